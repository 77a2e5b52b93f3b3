"""A dateline in an element of its own before the story's first paragraph: a short place and the
outlet's name ("Washington" / "CNN"), read by structure (review R12; pages we wrote)."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage

HEADLINE = "Harbour board orders pier inspections after cracks found"
PARAGRAPHS = [
    "The harbour board on Monday ordered inspections of every wooden pier after divers found cracks in two of them.",
    "The order covers piers built before 1980, which carry most of the ferry traffic on the east side of the bay.",
    "No one was hurt, the board said, and ferries will keep running while the inspections go on this month.",
]


def page(lead: str, site: str = "Bay Herald") -> GenericPage:
    html = (
        f"<html lang='en'><head><title>{HEADLINE} | {site}</title><meta property='og:site_name' content='{site}'></head>"
        f"<body><main><h1>{HEADLINE}</h1><div class='story'>{lead}"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</div></main></body></html>"
    )
    return GenericPage(html, "https://www.bayherald.example.com/2025/11/24/pier-inspections")


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("<div class='source'><cite><span>Port Alder</span><span>Bay Herald</span></cite></div>", "Port Alder"),
        ("<div class='src'><span>Port Alder</span> <b>BAY</b></div>", "Port Alder"),  # the name's first word
        ("<div class='src'><span>Lagos</span><span>Reuters</span> —</div>", "Lagos"),  # a wire agency
        ("<div class='kicker'><span>Politics</span><span>Analysis</span></div>", None),  # no outlet
        ("<div class='src'><span>Nov 24</span><span>Bay Herald</span></div>", None),  # a date, not a place
        ("<div class='src'><span>Port Alder</span><span>Bay Herald</span><span>Live</span></div>", None),
    ],
)
def test_a_place_and_the_outlets_name_before_the_first_paragraph(lead: str, dateline: str | None) -> None:
    found = page(lead)
    assert found.dateline() == dateline
    assert found.body().split("\n\n") == PARAGRAPHS


def bold_page(first: str) -> GenericPage:
    html = (
        f"<html lang='en'><head><title>{HEADLINE} | Bay Herald</title></head>"
        f"<body><main><h1>{HEADLINE}</h1><div class='story'><p>{first}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
        + "</div></main></body></html>"
    )
    return GenericPage(html, "https://www.bayherald.example.com/2025/11/24/pier-inspections")


@pytest.mark.parametrize(
    ("bold", "dateline"),
    [
        ("<b>PORT ALDER</b> ", "PORT ALDER"),  # a place in capitals, no mark after it
        # a known place closed by a full stop (QF34: a place the tz database names, no other word)
        ("<strong>Kuala Lumpur.</strong> ", "Kuala Lumpur"),
    ],
)
def test_a_place_in_bold_opening_the_story_is_its_dateline(bold: str, dateline: str) -> None:
    found = bold_page(bold + PARAGRAPHS[0])
    assert found.dateline() == dateline
    assert found.body().split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    ("bold", "shown"),
    [
        ("<b>BREAKING</b> ", "BREAKING "),  # a label in capitals
        ("<strong>Background.</strong> ", "Background. "),  # a label closed by a full stop
        # capitalised words with no mark: the sentence's subject ("Port Alder harbour board ...")
        ("<b>Port Alder</b> ", "Port Alder "),
        ("The <b>PORT ALDER</b> ", "The PORT ALDER "),  # bold inside the sentence
        # (QF34, R49's finding 5) a note's label in capitals, its possessive's "'s" off
        ("<strong>EDITOR'S NOTE</strong> ", "EDITOR'S NOTE "),
        # any other word closed by a full stop: a column's label, a round-up's item, a place unknown
        ("<b>Kommentar.</b> ", "Kommentar. "),
        ("<strong>Westbrook.</strong> ", "Westbrook. "),
    ],
)
def test_a_bold_label_or_subject_opening_the_story_stays(bold: str, shown: str) -> None:
    found = bold_page(bold + PARAGRAPHS[0])
    assert found.dateline() is None
    assert found.body().split("\n\n") == [shown + PARAGRAPHS[0], *PARAGRAPHS[1:]]
