"""A date line after a byline of two or more writers ("By A & B | Published ...", "Penulis: A dan B ·
..."), Malay night and midday words after a time ("12:30 mlm", "1:15 tgh"), and the zone
abbreviations of South and South-East Asia; pages we wrote."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage
from newscrawl.pages.date_hints import name_part

UTC = timezone.utc
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
HEADLINE = "Ferry fares on the delta route rise for the first time in six years"
STORY = "".join(
    f"<p>Paragraph {n} says the river transport board will raise ferry fares on the delta route from "
    f"January, the first rise in six years, after fuel and repair costs doubled since the last review.</p>"
    for n in range(1, 5)
)


def page(meta_line: str, url: str, lang: str = "en", **kwargs) -> GenericPage:
    body = f"<article><h1>{HEADLINE}</h1><div class='meta'>{meta_line}</div>{STORY}</article>"
    html = f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body>{body}</body></html>'
    return GenericPage(html, url, **kwargs)


# -- a byline of several writers beside the date --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "url", "lang", "expected"),
    [
        # "&", a clock run into its "am", Pakistan's zone
        (
            "By Hina Rauf &amp; Tariq Mehmood | Published Nov 26, 2026 11:45am PKT",
            "https://deltaledger.com.pk/city/ferry-fares",
            "en",
            datetime(2026, 11, 26, 6, 45, tzinfo=UTC),
        ),
        # Malay "dan" and "ptg" (petang, p.m.) on a Malaysian site: the country's clock
        (
            "Penulis: Aminah Rashid dan Kevin Lojuni · 25 Nov 2026 4:05 ptg",
            "https://warta-sungai.com.my/berita/tambang-feri",
            "ms",
            datetime(2026, 11, 25, 8, 5, tzinfo=UTC),
        ),
        # three names, commas and Indonesian "dan", WITA
        (
            "Oleh: Rina Kartika, Yohanes Bere dan Made Suarta | Selasa, 24/11/2026 19:30 WITA",
            "https://kabarpesisir.co.id/daerah/tarif-feri",
            "id",
            datetime(2026, 11, 24, 11, 30, tzinfo=UTC),
        ),
        # "and", Singapore's zone
        (
            "Priya Nair and Daniel Koh / 3 Nov 2026, 8:20 PM SGT",
            "https://straitslookout.example/news/ferry-fares",
            "en",
            datetime(2026, 11, 3, 12, 20, tzinfo=UTC),
        ),
    ],
)
def test_a_date_line_after_a_byline_of_several_writers(line: str, url: str, lang: str, expected: datetime) -> None:
    assert page(line, url, lang).published_at() == expected


def test_a_clause_set_apart_from_a_date_is_still_no_date_line() -> None:
    # Short pieces joined by "and", but a clause, not names (the last words are not names).
    line = "<p>Police said the man and his wife were held | Nov 26, 2026 11:45am PKT</p>"
    assert page(line, "https://deltaledger.com.pk/city/ferry-fares")._date_lines == []


def test_a_relative_date_after_a_byline_of_two_writers() -> None:
    got = page(
        "By Hina Rauf and Tariq Mehmood | 3 hours ago", "https://deltaledger.example/city/ferry-fares", fetched_at=NOW
    ).published_at()
    assert got == NOW - timedelta(hours=3)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("By Hina Rauf & Tariq Mehmood", True),
        ("Oleh: Ahmad bin Yusof dan Siti Nur binti Hamid", True),
        ("By Ann Lee, Bo Kim, Cy Dee and Di Eng", True),
        ("Ann Lee, Bo Kim, Cy Dee, Di Eng and Ed Fox", False),  # more names than a byline of a date line
        ("Police said the man and his wife were held", False),
        ("Seven more ferries will run on the delta route from May", False),
    ],
)
def test_name_part(part: str, expected: bool) -> None:
    assert name_part(part, 5) is expected


# -- Malay day words after a time ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("25 Nov 2026 4:05 ptg", (16, 5)),
        ("25 Nov 2026 9:50 pg", (9, 50)),
        ("25 Nov 2026 9:30 mlm", (21, 30)),
        ("25 Nov 2026 12:30 mlm", (0, 30)),  # half past midnight, not noon
        ("25 Nov 2026 1:10 malam", (1, 10)),
        ("25 Nov 2026 12:00 tengah malam", (0, 0)),
        ("25 Nov 2026 12:30 tengah hari", (12, 30)),
        ("25 Nov 2026 1:15 tgh", (13, 15)),
        ("25 Nov 2026 21:45 malam", (21, 45)),
    ],
)
def test_malay_day_words_after_a_time(text: str, clock: tuple[int, int]) -> None:
    got = parse_date(text, "Asia/Kuala_Lumpur", now=NOW)
    assert (got.hour, got.minute) == clock


# -- zone abbreviations of South and South-East Asia -----------------------------------------------


@pytest.mark.parametrize(
    ("zone", "minutes"),
    [
        ("PKT", 5 * 60),
        ("MYT", 8 * 60),
        ("SGT", 8 * 60),
        ("PHT", 8 * 60),
        ("PHST", 8 * 60),
        ("ICT", 7 * 60),
        ("WIB", 7 * 60),
        ("WITA", 8 * 60),
        ("WIT", 9 * 60),
        ("NPT", 5 * 60 + 45),
        ("SLST", 5 * 60 + 30),
        ("MVT", 5 * 60),
        ("BTT", 6 * 60),
        ("MMT", 6 * 60 + 30),
        ("BNT", 8 * 60),
        ("TLT", 9 * 60),
        ("AFT", 4 * 60 + 30),
    ],
)
def test_south_and_south_east_asian_zones(zone: str, minutes: int) -> None:
    got = parse_date(f"26 Nov 2026 10:05 {zone}", "UTC", now=NOW)
    assert got.utcoffset() == timedelta(minutes=minutes)


def test_afghan_time_is_read_only_in_capitals() -> None:
    # "aft" is an English word.
    assert parse_date("26 Nov 2026 10:05 aft", "UTC", now=NOW).utcoffset() == timedelta(0)


def test_ist_is_india_s_but_israel_s_on_an_israeli_site() -> None:
    line = "Nov 26, 2026, 18:20 IST"
    assert page(line, "https://metrodaybreak.in/city/ferry-fares").published_at() == datetime(
        2026, 11, 26, 12, 50, tzinfo=UTC
    )
    assert page(line, "https://coastalherald.co.il/news/ferry-fares").published_at() == datetime(
        2026, 11, 26, 16, 20, tzinfo=UTC
    )


# -- a headline beside a date is no byline (review R62) -------------------------------------------


def test_a_related_headline_beside_its_date_does_not_date_the_page() -> None:
    # A teaser's Title Case headline set apart from its own date: not a byline of names, so the
    # story's own line below dates the page.
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1>"
        "<p class='meta'>Harbour Pilots Vote to Strike at Kestrel Point Again | 2 June 2021, 9:40 AM</p>"
        f"<div class='story'>{STORY}</div><p class='meta'>Published 26 November 2026</p></main></body></html>"
    )
    got = GenericPage(html, "https://deltaledger.example/city/ferry-fares").published_at()
    assert got is not None and got.date() == datetime(2026, 11, 26).date()


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Harbour Pilots Vote to Strike at Kestrel Point Again", False),  # "at", "a": no joiners without a label
        ("Ferry Crews and Dock Workers Walk Out in Port Selby", False),
        ("Par Inès Moreau et Luc Girard Fontaine", True),  # French label, French "and"
        ("Par Inès Moreau and Luc Girard Fontaine", False),  # not the label's language's "and"
        ("Por Lucía Ferrer y Tomás Ibarra Ruiz", True),
        ("Von Jana Ulm und Theo Brandt Weiss", True),
        ("By Ann Lee, Bo Kim, and Cy Dee Fox", True),  # a serial comma before "and"
    ],
)
def test_a_long_part_is_names_only_after_a_byline_label(part: str, expected: bool) -> None:
    assert name_part(part, 5) is expected


# -- zone words that are units too ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("26 Nov 2026 10:20 MMT", timedelta(hours=6, minutes=30)),
        ("26 Nov 2026 10:20 mmt", timedelta(0)),  # capitals only
        ("26 Nov 2026 10:20 bnt", timedelta(0)),
        ("26 Nov 2026 10:20 Tlt", timedelta(0)),
        ("26 Nov 2026 10:20 TLT", timedelta(hours=9)),
        ("26 Nov 2026, harvest 14.30 MMT", timedelta(0)),  # million metric tonnes, not Myanmar's clock
        ("26 Nov 2026, updated at 14.30 MMT", timedelta(hours=6, minutes=30)),
    ],
)
def test_zone_words_that_are_units_are_read_in_capitals_after_a_clock(text: str, offset: timedelta) -> None:
    assert parse_date(text, UTC, now=NOW).utcoffset() == offset
