"""Review R14 findings 5, 6 and 8, on pages and lines we wrote: an Italian or Korean surname that
is also a German weekday abbreviation and a month ("Di Maggio", "Mo April") is part of the name; a
sponsor's credit ("Presented by ...", a "sponsored-by" block) names no author; a relative date
("3 jam lalu") gives its local form in the page's zone, not UTC."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newscrawl.items import article_to_doc
from newscrawl.pages import GenericPage
from newscrawl.pages.byline_forms import marks_byline
from newscrawl.pages.cleaning import clean_author_names
from tests.test_pages_precision import JAKARTA  # the same Jakarta-zoned site

UTC = timezone.utc

# -- finding 5: a weekday abbreviation before a month word is a date only with a digit ----------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Luigi Di Maggio", "Luigi Di Maggio"),
        ("By Vincenzo Di Marzo", "Vincenzo Di Marzo"),
        ("By Paolo Di Giugno", "Paolo Di Giugno"),
        ("By Tony Mo April", "Tony Mo April"),
        ("By Lisa Do Mayo", "Lisa Do Mayo"),
    ],
)
def test_a_surname_that_reads_as_weekday_and_month_is_kept(line, name):
    assert clean_author_names([line])[0] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe Fr, 18. Oktober 2019",
        "Jane Doe Sunday, November 23rd",
        "Jane Doe Di., 5. März 2024",
        "Jane Doe Mo April 3, 2020",
        "Jane Doe Monday, March 25, 2015",
    ],
)
def test_a_weekday_and_month_with_a_digit_is_still_cut(line):
    assert clean_author_names([line])[0] == ["Jane Doe"]


# -- finding 6: a sponsor is no author ---------------------------------------------------------

HEADLINE = "Harbor Point closes Ferry Street bridge for repairs"
STORY = "".join(
    f"<p>Paragraph {n}: the city council of Harbor Point voted on Monday to close the old Ferry Street "
    f"bridge for repairs after inspectors found cracks in two of its steel supports.</p>"
    for n in range(1, 6)
)


def _story(block: str) -> str:
    return (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{block}{STORY}</article></body></html>"
    )


@pytest.mark.parametrize("value", ["sponsored-by", "presented-by", "powered_by", "reviewedBy", "article-sponsored-by"])
def test_a_sponsor_class_marks_no_byline(value):
    assert not marks_byline(value)


@pytest.mark.parametrize("value", ["gnt_ar_by", "article-by", "tnt-byline", "written-by"])
def test_a_byline_class_still_marks_one(value):
    assert marks_byline(value)


@pytest.mark.parametrize(
    "block",
    [
        "<div class='sponsored-by'>Presented by Harbor Savings Bank</div>",
        "<div class='presented-by'>Maria Lopez Chen</div>",
        "<div class='article-by'>Presented by Harbor Savings Bank</div>",
        "<div class='byline'>Sponsored by Harbor Savings Bank</div>",
        "<div class='post-by'>Powered by Harbor Savings Bank</div>",
    ],
)
def test_a_sponsor_block_gives_no_author(block):
    page = GenericPage(_story(block), "https://harbordaily.example/news/bridge")
    assert page.authors() == []


def test_a_byline_block_beside_a_sponsor_gives_the_writer():
    block = "<div class='sponsored-by'>Presented by Harbor Savings Bank</div><div class='article-by'>Maria Lopez</div>"
    page = GenericPage(_story(block), "https://harbordaily.example/news/bridge")
    assert page.authors() == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("source", "credited"),
    [
        ("<p>Presented by Harbor Savings Bank</p>", True),
        ("<div>SPONSORED BY <a href='/x'><b>Harbor Savings Bank</b></a></div>", True),
        ("<span>Brought to you by</span>\n <strong>Harbor Savings Bank</strong>", True),
        ("<p>Written by Harbor Savings Bank</p>", False),  # a byline's "by", not a sponsor's
        ("<p>Powered by WordPress</p><p>Harbor Savings Bank</p>", False),
        ("<p>Sponsored by the city</p><p>Harbor Savings Bank</p>", False),
    ],
)
def test_a_sponsor_is_found_by_its_credit_through_tags(source, credited):
    from newscrawl.pages.base import _sponsor_named

    assert _sponsor_named("Harbor Savings Bank", "<html><body>" + source + "</body></html>") is credited


# -- finding 8: a relative date's local form is in the page's zone ------------------------------

BANJIR = "Banjir rob merendam jalan pesisir selama dua hari"
CERITA = "".join(
    f"<p>Paragraf {n}: banjir rob merendam jalan pesisir selama dua hari, dan petugas menutup dua ruas "
    f"jalan sampai air surut pada Selasa sore, kata warga setempat kepada wartawan.</p>"
    for n in range(1, 6)
)


def _berita(line: str) -> str:
    return (
        f'<html lang="id"><head><title>{BANJIR}</title></head><body><article><h1>{BANJIR}</h1>'
        f'<div class="date">{line}</div>{CERITA}</article></body></html>'
    )


@pytest.mark.parametrize(
    ("url", "site"),
    [("https://kabar-pesisir.example.co.id/banjir", None), ("https://pesisir.example/banjir", JAKARTA)],
)
def test_a_relative_date_is_local_in_the_pages_zone(url, site):
    fetched = datetime(2025, 11, 24, 20, 0, tzinfo=UTC)  # 03:00 on the 25th in Jakarta
    page = GenericPage(_berita("3 jam lalu"), url, site, fetched_at=fetched)
    doc = article_to_doc(page.to_item())
    assert doc["published_at"] == "2025-11-24T17:00:00+00:00"  # the same instant
    assert doc["published_local"] == "2025-11-25T00:00:00+07:00"
    assert doc["published_precision"] == "hour"


def test_a_relative_date_with_no_zone_known_stays_utc():
    fetched = datetime(2025, 11, 24, 20, 0, tzinfo=UTC)
    page = GenericPage(
        _berita("3 hours ago").replace('lang="id"', 'lang="en"'), "https://harbor.example/b", fetched_at=fetched
    )
    doc = article_to_doc(page.to_item())
    assert doc["published_local"] == "2025-11-24T17:00:00+00:00"
