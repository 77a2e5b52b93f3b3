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
