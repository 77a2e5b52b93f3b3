"""The writer's contact lines under a story are furniture (``script_lines.drop_writer_contact``)."""

from __future__ import annotations

from newscrawl.pages import extract
from newscrawl.pages.script_lines import drop_writer_contact, writer_contact_line

STORY = [
    "The council approved the new bus lanes on Tuesday after a two-hour debate.",
    "Residents can send written comments to comments@city.example.org until Friday, the clerk said.",
    "Work on the first corridor starts in the spring.",
]


def test_contact_lines_at_the_end_go() -> None:
    for tail in (
        ["Reach the writer at 555-201-3344 or mrowe@herald.example.com."],
        ["mrowe@herald.example.com", "@MRoweWrites"],
        ["Email: mrowe@herald.example.com | X: @MRoweWrites"],
        ["Contact reporter Mia Rowe at mrowe@herald.example.com."],
    ):
        assert drop_writer_contact([*STORY, *tail]) == STORY


def test_a_sentence_that_mentions_an_address_stays() -> None:
    assert drop_writer_contact(STORY) == STORY
    assert not writer_contact_line(STORY[1])
    assert not writer_contact_line("Contact the county at info@county.example.gov for a form.")
    assert not writer_contact_line("Fans replied to @cityhall within minutes of the vote, the mayor said.")


def test_contact_lines_mid_story_stay() -> None:
    lines = [STORY[0], "mrowe@herald.example.com", *STORY[1:]]
    assert drop_writer_contact(lines) == lines


def test_a_page_ending_in_contact_lines() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>Bus lanes approved</title></head><body><article><h1>Bus lanes approved</h1>"
        f"{paragraphs}<p><em>mrowe@herald.example.com</em></p><p><em>@MRoweWrites</em></p>"
        "<p>Reach the writer at 555-201-3344.</p></article></body></html>"
    )
    article, reason = extract(html.encode(), "https://herald.example.com/news/bus-lanes")
    assert article is not None, reason
    assert article.body.split("\n\n") == STORY


def test_an_address_block_stays_whole() -> None:
    lines = [*STORY, "Press office", "Mia Rowe", "Phone +49 40 555 01 06", "presse@verein.example.org"]
    assert drop_writer_contact(lines) == lines
