"""Review R14's extraction findings (pages and lines we wrote): a lead a video player repeats, a
story's sentence about an app, a byline taken as a dateline, a time word taken as a region."""

from __future__ import annotations

import pytest

from newscrawl.attribution import take_dateline
from newscrawl.dateline_regions import dateline_region
from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import is_boilerplate_line

URL = "https://www.bayherald.example.com/2025/11/24/pier-inspections"
HEADLINE = "Harbour board orders pier inspections after cracks found"
STORY = [
    "The harbour board on Monday ordered inspections of every wooden pier after divers found cracks in two of them.",
    "The order covers piers built before 1980, which carry most of the ferry traffic on the east side of the bay.",
    "No one was hurt, the board said, and ferries will keep running while the inspections go on this month.",
    "Divers will start with the two piers at Gull Point, where the cracks were found during a routine check.",
]


def _page(lead: str, head: str = "") -> GenericPage:
    html = (
        f"<html lang='en'><head><title>{HEADLINE} | Bay Herald</title>"
        f"<meta property='og:site_name' content='Bay Herald'>{head}</head>"
        f"<body><main><h1>{HEADLINE}</h1><div class='story'>{lead}"
        + "".join(f"<p>{line}</p>" for line in STORY)
        + "</div></main></body></html>"
    )
    return GenericPage(html, URL)


# -- a video player's description that repeats the lead ----------------------------------------------


def test_a_lead_that_a_video_players_description_repeats_stays() -> None:
    player = f"<div class='video-player'><h2>Piers to be inspected</h2><p>{STORY[0]}</p></div>"
    body = _page(player).body() or ""
    assert body.split("\n\n")[0] == STORY[0]
    assert "Piers to be inspected" not in body


def test_a_video_players_own_description_still_goes() -> None:
    player = (
        "<div class='video-player'><h2>Piers to be inspected</h2><p>Our reporter Ana Ruiz went out with the divers"
        " at Gull Point this morning.</p></div>"
    )
    assert (_page(player).body() or "").split("\n\n") == STORY


# -- a story's sentence about an app ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Download the port's new ferry-tracker app to see delays as they happen, harbour master Ivo Bell told reporters.",
        "Download the council's free FloodWatch app for warnings, the emergency minister said on Tuesday.",
        "For the latest tide warnings, islanders should download the board's PierSafe app, a spokeswoman says.",
    ],
)
def test_a_sentence_about_an_app_is_the_storys(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_the_sites_app_prompt_is_still_boilerplate() -> None:
    assert is_boilerplate_line("Download the Bay Herald app for the latest news.")
    assert is_boilerplate_line("Download our free app for alerts from the harbour.")


# -- a byline taken as a dateline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "head"),
    [
        # the page's author
        (
            "<div class='meta'><span>Mira Holt</span><span>Reuters</span></div>",
            "<meta name='author' content='Mira Holt'>",
        ),
        # an author element
        ("<div class='meta'><span class='author-name'>Mira Holt</span><span>Bay Herald</span></div>", ""),
        # a link to an author page
        ("<div class='meta'><a href='/staff/mira-holt'>Mira Holt</a><span>Bay Herald</span></div>", ""),
    ],
)
def test_a_byline_before_the_first_paragraph_is_no_dateline(lead: str, head: str) -> None:
    assert _page(lead, head).dateline() is None


def test_a_place_and_the_outlet_before_the_first_paragraph_are_still_a_dateline() -> None:
    lead = "<div class='src'><a href='/places/gull-point'>Gull Point</a><span>Bay Herald</span></div>"
    assert _page(lead, "<meta name='author' content='Mira Holt'>").dateline() == "Gull Point"


# -- a time word after a dateline's place ----------------------------------------------------------


@pytest.mark.parametrize("word", ["Today", "Tonight", "Malam Ini", "Kemarin", "Semalam", "Pagi Ini", "Friday"])
def test_a_time_word_is_no_region(word: str) -> None:
    assert dateline_region(f", {word} ") is None


def test_a_time_word_stays_out_of_the_place() -> None:
    assert take_dateline("SURABAYA, Malam Ini (ANTARA) - Hujan deras melanda kota.")[1] == "SURABAYA"
    assert take_dateline("DUBLIN, Tonight (Reuters) - Ferries were halted.")[1] == "DUBLIN"
    assert take_dateline("PORTO, Portugal (AFP) - Ferries were halted.")[1] == "PORTO, Portugal"
