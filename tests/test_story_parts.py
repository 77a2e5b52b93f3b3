"""A story split over several containers by ad slots and forms (review rv30): a short last part,
one sentence in a container of the story's own kind, is the story's. Fixtures written here."""

from __future__ import annotations

from lxml import html as lxml_html

from newscrawl.pages.body import twin_paragraphs

PARTS = [
    [
        "The county will reopen the old quarry road to lorries in March after a year of repairs to its retaining wall.",
        "Engineers found the wall had moved by ten centimetres after the floods of last winter.",
    ],
    [
        "Residents of the two villages along the road asked for a weight limit, which the county refused.",
        "A speed camera will be set up by the school instead, a spokeswoman for the highways office said.",
    ],
]
AD = "<div class='ad-slot'><div class='ad-label'>ADVERTISEMENT</div></div>"


def _twins_after_first_part(last: str) -> list[str]:
    parts = "".join(f"<div class='story-part'>{''.join(f'<p>{p}</p>' for p in part)}</div>{AD}" for part in PARTS)
    tree = lxml_html.fromstring(
        "<html><head><title>Quarry road reopens to lorries</title></head><body><article>"
        f"<h1>Quarry road reopens to lorries</h1>{parts}<div class='story-part'>{last}</div>"
        "</article></body></html>"
    )
    # trafilatura read the first part only: its twins give back the rest
    return twin_paragraphs(tree.find_class("story-part")[0], PARTS[0], [])


def test_a_one_sentence_last_part_after_an_ad_slot_is_the_storys() -> None:
    last = "A public hearing on the plan is set for February 3."
    assert _twins_after_first_part(f"<p>{last}</p>") == [*PARTS[0], *PARTS[1], last]


def test_a_short_twin_that_is_no_sentence_or_a_link_stays_out() -> None:
    for last in (
        "<p>Photo: county highways office</p>",  # a caption's line, no sentence
        "<p><a href='/plan'>Read the county's full plan for the road.</a></p>",  # a link
        "<p>It was approved.</p>",  # too short to tell
    ):
        assert _twins_after_first_part(last) == [*PARTS[0], *PARTS[1]]
