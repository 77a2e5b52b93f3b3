"""Lines around a story that are no part of it (review rv32): an ad slot's note that the story goes on
("Continue reading below"), a note that the story ran first elsewhere or in a printed issue, and a tip
box (its question and where to send the tip). Fixtures written here; each rule with the story's
sentences it must leave alone."""

from __future__ import annotations

import pytest

from newscrawl.attribution import republished_from
from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import is_boilerplate_line
from newscrawl.pages.reader_lines import is_reader_line

FIRST = "The county will open a second recycling depot on the east side of Marlow in the spring, officials said."
SECOND = "The depot will take glass, cardboard and garden waste six days a week."
THIRD = "Residents have waited nine years for the site since the old tip on Ferry Lane closed."


@pytest.mark.parametrize(
    "line",
    [
        "Continue reading below",
        "Continue reading the main story",
        "Continue reading after the advertisement",
        "Content continues below",
        "Lanjutkan membaca di bawah",
        "Artikel berlanjut setelah iklan",
        "Teruskan membaca di bawah",
        "Lesen Sie nach der Anzeige weiter",
        "L'article continue ci-dessous",
        "La suite après cette publicité",
        "Sigue leyendo abajo",
        "La noticia continúa después de la publicidad",
        "Continue lendo após o anúncio",
        "Continua a leggere dopo la pubblicità",
        "Lees verder na de advertentie",
    ],
)
def test_an_ad_slots_note_that_the_story_goes_on_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Continue reading below the fold and you will find the council's answer.",
        "Lanjutkan membaca di bawah pohon itu menjadi kebiasaan para pelajar.",
        "Sigue leyendo abajo del puente, contó el pescador.",
    ],
)
def test_a_sentence_opening_with_those_words_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "This story was originally published by the Copper Basin Ledger, a nonprofit newsroom. "
            "It is republished here under a Creative Commons license.",
            "Copper Basin Ledger",
        ),
        ("Republished with permission from The Marlow Courier.", "The Marlow Courier"),
        ("Reprinted courtesy of Tidewater Weekly.", "Tidewater Weekly"),
        ("Originally published by the Copper Basin Ledger, a nonprofit newsroom.", "Copper Basin Ledger"),
        ("Originally published by Tidewater Weekly and is republished here with permission.", "Tidewater Weekly"),
        ("Originally published by Tidewater Weekly, 3 March 2026.", "Tidewater Weekly"),
        ("First published in The Coastal Herald on March 3, 2026", "The Coastal Herald"),
        ("Published in The Coastal Herald, March 3rd, 2026.", "The Coastal Herald"),
        ("Published in Valley Post, 3 March 2026", "Valley Post"),
    ],
)
def test_a_note_that_the_story_ran_elsewhere_names_its_publisher(line: str, publisher: str) -> None:
    assert republished_from(line) == publisher


@pytest.mark.parametrize(
    "line",
    [
        "This story was originally published by the team in a trade journal.",
        "Published in Nature, the study found that bees sleep in short bursts.",
        "Published in 1998, the novel sold two million copies.",
        "Published in The Lancet on Monday, the trial enrolled 4,000 patients.",
        # review R57: a subjectless note ends at the outlet's name
        "Originally published by the Marlow Survey Office in 1904, the chart shows a ford below the mill.",
        "Reprinted from the County Archive's 1932 atlas, the plan marks three wells on the green.",
    ],
)
def test_a_sentence_about_publishing_names_no_publisher(line: str) -> None:
    assert republished_from(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Have a tip?",
        "Got a news tip?",
        "Do you have a story idea?",
        "Punya informasi menarik?",
        "Ada maklumat?",
        "Haben Sie einen Hinweis?",
        "Vous avez une info ?",
        "¿Tienes una pista?",
        "Heb je een tip?",
        "Send it to our newsroom at tips@marlowtribune.example or call 555-0177.",
        "Kirim informasi Anda ke redaksi@kabarmarlow.example.",
    ],
)
def test_a_tip_box_line_is_the_sites(line: str) -> None:
    assert is_reader_line(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Call the county at 555-0199 to report a missed collection.",
        "Send tips to the sheriff's office at 555-0100, the sheriff said.",
        "Have a tip for the police? Officers asked residents to call 555-0100.",
        "The newsroom moved to the old bank building on Main Street in 2019.",
        # review R57: a call to someone else, or one that says who made it
        "Call the Marlow Fire Line with tips at 555-0123.",
        "Send your tips about the otters to the River Society at otters@society.example or call 555-0188, "
        "Dr Ines Ward urged walkers.",
        "Email tips to the depot at depot@county.example, the manager asked.",
    ],
)
def test_a_story_sentence_about_tips_or_calls_stays(line: str) -> None:
    assert not is_reader_line(line)
    assert not is_boilerplate_line(line)


def _page(inside: str, after: str = "") -> str:
    return (
        "<html><head><title>Marlow gets a second recycling depot</title></head><body><article>"
        "<h1>Marlow gets a second recycling depot</h1><div class='entry-content'>"
        f"<p>{FIRST}</p><p>{SECOND}</p>{inside}<p>{THIRD}</p>{after}</div></article></body></html>"
    )


def test_the_story_goes_on_past_the_ad_slots_note() -> None:
    html = _page("<p class='continue'>Continue reading below</p><div class='ad-slot'><span>ADVERTISEMENT</span></div>")
    body = GenericPage(html, "https://marlowtribune.example/2026/03/recycling-depot").body()
    assert body is not None and body.split("\n\n") == [FIRST, SECOND, THIRD]


def test_a_closing_tip_box_and_republication_note_are_not_body() -> None:
    after = (
        "<div class='tip-box'><h4>Got a news tip?</h4>"
        "<p>Send it to our newsroom at tips@marlowtribune.example or call 555-0177.</p></div>"
        "<p><em>This story was originally published by the Copper Basin Ledger, a nonprofit newsroom. "
        "It is republished here under a Creative Commons license.</em></p>"
    )
    page = GenericPage(_page("", after), "https://marlowtribune.example/2026/03/recycling-depot")
    body = page.body()
    assert body is not None and body.split("\n\n") == [FIRST, SECOND, THIRD]


def test_a_sentence_reprinted_from_an_outlet_mid_story_stays() -> None:
    # Review R57: "Originally published by ..." / "Reprinted from ..." is a note only as the story's
    # close; with two paragraphs of the story below it, it is one of the story's sentences.
    note = "Reprinted from The Marlow Courier."
    html = _page("").replace(f"<p>{SECOND}</p>", f"<p>{note}</p><p>{SECOND}</p>")
    page = GenericPage(html, "https://marlowtribune.example/2026/03/recycling-depot")
    assert page.body().split("\n\n") == [FIRST, note, SECOND, THIRD]
    assert page.attribution().publisher is None


def test_a_story_sentence_opening_like_a_note_stays_in_the_body() -> None:
    sentence = "Originally published by the Marlow Survey Office in 1904, the chart shows a ford below the mill."
    page = GenericPage(_page(f"<p>{sentence}</p>"), "https://marlowtribune.example/2026/03/recycling-depot")
    assert page.body().split("\n\n") == [FIRST, SECOND, sentence, THIRD]
    assert page.attribution().publisher is None


def test_a_tip_call_to_the_sites_own_address_or_under_a_tip_heading_is_not_body() -> None:
    # Review R57: a call naming no newsroom is the site's when its address is the site's own, or when
    # it sits under a tip box's heading; the same call on another site's page is the story's.
    url = "https://marlowtribune.example/2026/03/recycling-depot"
    call = "Email your tips to news@marlowtribune.example."
    assert not is_reader_line(call)
    assert GenericPage(_page("", f"<p>{call}</p>"), url).body().split("\n\n") == [FIRST, SECOND, THIRD]
    other = "https://otherpaper.example/2026/03/recycling-depot"
    assert GenericPage(_page("", f"<p>{call}</p>"), other).body().split("\n\n") == [FIRST, SECOND, THIRD, call]
    boxed = (
        "<div class='box'><h4>Have a tip?</h4><p>Email the details to depot@county.example or call 555-0177.</p></div>"
    )
    assert GenericPage(_page("", boxed), other).body().split("\n\n") == [FIRST, SECOND, THIRD]


def test_a_closing_call_to_someone_else_stays_in_the_body() -> None:
    url = "https://marlowtribune.example/2026/03/recycling-depot"
    for call in (
        "Call the Marlow Fire Line with tips at 555-0123.",
        "Send your tips about the otters to the River Society at otters@society.example or call 555-0188, "
        "Dr Ines Ward urged walkers.",
    ):
        assert GenericPage(_page("", f"<p>{call}</p>"), url).body().split("\n\n") == [FIRST, SECOND, THIRD, call]
