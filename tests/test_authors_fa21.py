"""Authors (brief FA21): a nickname or further given names in brackets inside one writer's name
("Richard (R.J.) Eskow") are the name as the page gives it; an agency or a role in brackets is not."""

from __future__ import annotations

import json

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import _inner_name_aside, clean_author_names

URL = "https://www.lakeshoretimes.example/2025/05/12/ferry-timetable-changes/"
HEADLINE = "Ferry timetable changes for the summer season"
LEDE = (
    "<p>The harbour office said on Monday that the summer ferry timetable starts two weeks early this year.</p>"
    "<p>Morning crossings to the island will run every forty minutes, and the last boat leaves at midnight.</p>"
    "<p>Season tickets bought before June keep their price, the office said in a note to passengers.</p>"
)


def page(author: object = None, byline: str = "") -> GenericPage:
    ld = ""
    if author is not None:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, "author": author}
        ld = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    head = f"<title>{HEADLINE} | Lakeshore Times</title>{ld}"
    body = f"<main><article><h1>{HEADLINE}</h1>{byline}{LEDE}</article></main>"
    return GenericPage(f"<html lang='en'><head>{head}</head><body>{body}</body></html>", URL)


@pytest.mark.parametrize(
    "name",
    ["Tomas (Tom) Varga", "Marta (M.J.) Kolar", "Inês (Maria Alves) Tavares", "Petra (Pet) van Dijk"],
)
def test_a_nickname_inside_the_name_is_kept(name: str) -> None:
    assert clean_author_names([name]) == ([name], [])


def test_a_json_ld_author_keeps_the_given_names_in_brackets() -> None:
    author = {"@type": "Person", "name": "Inês (Maria Alves) Tavares "}
    assert page(author).authors() == ["Inês (Maria Alves) Tavares"]


def test_a_byline_keeps_the_nickname_in_brackets() -> None:
    assert page(byline="<div class='byline'>By Tomas (Tom) Varga</div>").authors() == ["Tomas (Tom) Varga"]


@pytest.mark.parametrize(
    ("raw", "people", "agencies"),
    [
        ("Tomas (AFP) Varga", ["Tomas Varga"], ["AFP"]),  # an agency in brackets: credited, not named
        ("Tomas Varga (Reuters)", ["Tomas Varga"], ["Reuters"]),
        ("Tomas Varga (Fotos) und Jana Ulm", ["Tomas Varga", "Jana Ulm"], []),  # a role, then a second writer
        ("Tomas Varga (Berlin)", ["Tomas Varga"], []),  # a place behind the name
        ("Tomas (text) Varga", ["Tomas Varga"], []),  # a word in lower case is no name
    ],
)
def test_other_brackets_in_a_byline_still_go(raw: str, people: list[str], agencies: list[str]) -> None:
    assert clean_author_names([raw]) == (people, agencies)


def test_brackets_before_a_joining_word_are_no_name_of_their_own() -> None:
    # "y" and "e" join family names ("Ortega y Gasset") but here join two writers.
    assert _inner_name_aside("Tomas (Tom) Varga")
    assert not _inner_name_aside("Tomas (Fotos) y Jana")
    assert not _inner_name_aside("Tomas (Fotos) e Jana Ulm")
