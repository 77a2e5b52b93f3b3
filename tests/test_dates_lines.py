"""Date lines as news sites write them: zone abbreviations, relative dates, ordinal days, a name or a
second labelled date beside the date, a time in an element of its own, ``<time datetime>`` behind a
clock shown with no zone; pages we wrote."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.dates import parse_date, parse_relative
from newscrawl.pages import GenericPage

UTC = timezone.utc
NOW = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
HEADLINE = "Night buses return to the coast road after a year"
STORY = "".join(
    f"<p>Paragraph {n} says the transport office will run night buses along the coast road again from "
    f"April, a year after the service was cut when two operators gave up their licences in the spring.</p>"
    for n in range(1, 6)
)


def page(
    meta_line: str, url: str = "https://buses.example/news/night-buses", lang: str = "en", **kwargs
) -> GenericPage:
    body = f"<article><h1>{HEADLINE}</h1>{meta_line}{STORY}</article>"
    html = f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body>{body}</body></html>'
    return GenericPage(html, url, **kwargs)


# -- zone abbreviations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Tue 4 Mar 2025 17.45 AEDT", 11),
        ("4 July 2025 9:00 AEST", 10),
        ("4 July 2025 9:00 ACST", 9.5),
        ("4 March 2025 9:00 ACDT", 10.5),
        ("4 March 2025 9:00 AWST", 8),
        ("4 March 2025 9:00 NZDT", 13),
        ("4 July 2025 9:00 NZST", 12),
        ("4 March 2025 9:00 PKT", 5),
        ("4 March 2025 9:00 NPT", 5.75),
        ("4 March 2025 9:00 WAT", 1),
        ("4 March 2025 9:00 CAT", 2),
        ("4 March 2025 9:00 EAT", 3),
        ("4 March 2025 9:00 SAST", 2),
    ],
)
def test_zone_abbreviations(text: str, hours: float) -> None:
    assert parse_date(text, "UTC", now=NOW).utcoffset() == timedelta(hours=hours)


def test_a_zone_abbreviation_that_is_a_word_counts_only_in_capitals() -> None:
    assert parse_date("4 March 2025 9:00 eat", "UTC", now=NOW).utcoffset() == timedelta(0)


# -- relative dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Updated 3 hours ago", timedelta(hours=3)),
        ("Updated 2 hrs ago", timedelta(hours=2)),
        ("Diperbarui 2 jam yang lalu", timedelta(hours=2)),
        ("Posted: 5 mins ago |", timedelta(minutes=5)),
    ],
)
def test_a_relative_date_after_a_short_label(text: str, back: timedelta) -> None:
    assert parse_relative(text, NOW) == NOW - back


@pytest.mark.parametrize("text", ["he said 3 hours ago that", "the ferry that left a day ago was late"])
def test_a_relative_date_in_a_sentence_is_none(text: str) -> None:
    assert parse_relative(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("vor 3 Stunden", timedelta(hours=3)),
        ("Aktualisiert vor einer Stunde", timedelta(hours=1)),
        ("vor 40 Min.", timedelta(minutes=40)),
        ("vor 2 Tagen", timedelta(days=2)),
        ("il y a 2 heures", timedelta(hours=2)),
        ("Mis à jour il y a une heure", timedelta(hours=1)),
        ("Publié il y a 15 min", timedelta(minutes=15)),
        ("3 ore fa", timedelta(hours=3)),
        ("un'ora fa", timedelta(hours=1)),
        ("3 uur geleden", timedelta(hours=3)),
        ("een dag geleden", timedelta(days=1)),
        ("3 godziny temu", timedelta(hours=3)),
        ("godzinę temu", timedelta(hours=1)),
        ("20 minit lalu", timedelta(minutes=20)),
        ("hace 2 semanas", timedelta(weeks=2)),
    ],
)
def test_a_relative_date_in_every_language_of_the_sets(text: str, back: timedelta) -> None:
    # German and French write the word before the span, as Spanish and Portuguese do; Italian,
    # Dutch and Polish after it, as English, Indonesian and Malay do.
    assert parse_relative(text, NOW) == NOW - back


@pytest.mark.parametrize(
    "text",
    [
        "Das geschah vor 3 Stunden in Berlin",
        "il y a 2 heures, le maire a parlé",
        "vor 3 Jahren",
        "3 ore fa il sindaco ha parlato",
    ],
)
def test_a_relative_span_in_a_sentence_or_in_years_is_none(text: str) -> None:
    assert parse_relative(text, NOW) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ('<div class="byline">Von Lena Vosskamp</div><span class="time">vor 3 Stunden</span>', "de"),
        ('<div class="signature">Par Élodie Marchetti</div><div class="date"><span>il y a 3 heures</span></div>', "fr"),
        ('<p class="meta">Di Giulia Ferraresi</p><span class="data">3 ore fa</span>', "it"),
    ],
)
def test_a_relative_date_line_in_another_language_counts_back_from_the_fetch_time(line: str, lang: str) -> None:
    assert page(line, lang=lang, fetched_at=NOW).published_at() == NOW - timedelta(hours=3)
    assert page(line, lang=lang).published_at() is None


def test_a_relative_date_line_counts_back_from_the_fetch_time() -> None:
    line = '<div class="info"><span>By City Desk</span> <span class="time">3 hours ago</span></div>'
    assert page(line, fetched_at=NOW).published_at() == NOW - timedelta(hours=3)
    assert page("<div>Updated 3 hours ago</div>", fetched_at=NOW).modified_at() == NOW - timedelta(hours=3)


@pytest.mark.parametrize(
    "lines",
    [
        "<div>3 hours ago</div><div>March 2, 2025 8:30 AM</div>",
        "<div>Posted 3 hours ago</div><div>Published March 2, 2025 8:30 AM</div>",
        '<div class="meta">2 jam yang lalu</div><div class="meta">Minggu, 2 Maret 2025 08:30</div>',
    ],
)
def test_a_relative_date_counted_back_gives_way_to_a_date_written_out(lines: str) -> None:
    # The fetch time dates a page only when it shows nothing better: a date written out, even below.
    assert page(lines, fetched_at=NOW).published_at() == datetime(2025, 3, 2, 8, 30, tzinfo=UTC)


def test_a_relative_date_with_its_own_stamp_keeps_its_place() -> None:
    # "3 hours ago" over a <time datetime> is that instant, a date written out: shown first, it is the date line.
    lines = '<time datetime="2025-03-04T09:05:00Z">3 hours ago</time><div>Updated March 4, 2025 11:40 AM</div>'
    assert page(lines, fetched_at=NOW).published_at() == datetime(2025, 3, 4, 9, 5, tzinfo=UTC)
    assert page(lines, fetched_at=NOW).modified_at() == datetime(2025, 3, 4, 11, 40, tzinfo=UTC)


def test_a_relative_date_without_a_fetch_time_gives_no_date() -> None:
    # Counted from the time of reading it would be wrong by the time since the fetch.
    assert page('<div class="time">3 hours ago</div>').published_at() is None
    assert page("<time>3 hours ago</time>").published_at() is None


def test_a_relative_time_element_gives_its_stamp() -> None:
    line = (
        '<ul><li><time datetime="2025-03-03T17:30:00-06:00">Mar 3, 2025</time></li>'
        '<li><time datetime="2025-03-03T19:05:00-06:00">Updated 2 hrs ago</time></li></ul>'
    )
    article = page(line, url="https://buses.example/news/2025/03/03/night-buses")
    assert article.modified_at() == datetime(2025, 3, 4, 1, 5, tzinfo=UTC)


# -- date lines --------------------------------------------------------------------------------


def test_an_ordinal_day_first() -> None:
    article = page(
        '<div class="timestamp">Published: 3rd March 2025 08:15 AM</div>',
        url="https://buses.example.co.uk/news/night-buses",
    )
    assert article.published_at() == datetime(2025, 3, 3, 8, 15, tzinfo=UTC)


def test_a_paper_name_set_apart_from_the_date() -> None:
    article = page(
        "<div>Harbour Evening Chronicle / 06:20 PM March 3, 2025</div>",
        url="https://buses.example.com.ph/news/night-buses",
    )
    assert article.published_at() == datetime(2025, 3, 3, 10, 20, tzinfo=UTC)


def test_a_sentence_before_a_date_is_no_date_line() -> None:
    article = page("<div>The council will vote on the new timetable / on March 3, 2025</div>")
    assert article._date_lines == []


def test_two_labelled_dates_on_a_long_line() -> None:
    article = page(
        "<div>Diterbitkan 3 Mac 2025, 10:05 pagi &nbsp; Dikemaskini 3 Mac 2025, 4:20 petang</div>",
        url="https://buses.example.com.my/news/night-buses",
        lang="ms",
    )
    assert article.published_at() == datetime(2025, 3, 3, 2, 5, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 3, 3, 8, 20, tzinfo=UTC)


def test_a_malay_kemaskini_stamp_is_the_update_not_the_publication() -> None:
    # "Kemaskini" (updated) without the "di-" of "Dikemaskini": the page's last update, so the
    # meta's and the <time>'s publication stays, and the stamp is the modification (review rv21).
    line = (
        '<div><time class="entry-date published" datetime="2025-03-03T09:05:00+08:00">3 Mac 2025</time>'
        "<span>Kemaskini: 3 Mac 2025 4:20 PTG</span></div>"
    )
    article = page(line, url="https://buses.example.com.my/news/night-buses", lang="ms")
    assert article.published_at() == datetime(2025, 3, 3, 1, 5, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 3, 3, 8, 20, tzinfo=UTC)


def test_published_and_updated_with_us_zones_on_a_long_line() -> None:
    article = page("<div>Published 9:48 a.m. ET March 3, 2025 | Updated 11:02 a.m. ET March 3, 2025</div>")
    assert article.published_at() == datetime(2025, 3, 3, 14, 48, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 3, 3, 16, 2, tzinfo=UTC)


def test_a_time_in_an_element_of_its_own_after_the_date() -> None:
    article = page('<p class="date">Tuesday, 4 Mar 2025 <time class="ts">9:15 AM MYT</time></p>')
    assert article.published_at() == datetime(2025, 3, 4, 1, 15, tzinfo=UTC)


def test_a_clock_shown_with_no_zone_takes_the_offset_of_its_time_element() -> None:
    line = (
        '<div><time datetime="2025-03-03T21:05:00.000Z">Posted Tue 4 Mar 2025 at 8:05am</time>, updated '
        '<time datetime="2025-03-03T23:30:00.000Z">Tue 4 Mar 2025 at 10:30am</time></div>'
    )
    article = page(line)
    assert article.published_at() == datetime(2025, 3, 3, 21, 5, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 3, 3, 23, 30, tzinfo=UTC)


def test_a_line_labelled_first_published_beats_an_unlabelled_later_one_shown_first() -> None:
    line = (
        "<details><summary>Tue 4 Mar 2025 19.30 AEDT</summary>"
        "<div>First published on Tue 4 Mar 2025 18.05 AEDT</div></details>"
    )
    article = page(line)
    assert article.published_at() == datetime(2025, 3, 4, 7, 5, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)


def test_an_update_with_no_zone_takes_the_offset_the_publication_pair_shows() -> None:
    # The stamp is 21:05 UTC, the page shows the same publication as "8:05am": its clock is +11:00.
    stamp = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-03T21:05:00Z"}</script>'
    )
    body = (
        f"<article><h1>{HEADLINE}</h1><div>Posted Tue 4 Mar 2025 at 8:05am</div>"
        f"<div>Updated Tue 4 Mar 2025 at 10:30am</div>{STORY}</article>"
    )
    article = GenericPage(f"<html><head>{stamp}</head><body>{body}</body></html>", "https://buses.example/n/1")
    assert article.published_at() == datetime(2025, 3, 3, 21, 5, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 3, 3, 23, 30, tzinfo=UTC)


def test_the_date_line_under_a_headline_shown_without_h1_is_read() -> None:
    # No <h1>: the headline is a classed element whose text is the title; the line under it
    # gives the time and zone, the URL only the day.
    headline = "El puerto reabre el muelle norte tras las obras de invierno"
    story = "".join(
        f"<p>Párrafo {n}: la autoridad portuaria dijo que los pesqueros volverán a descargar en el muelle "
        f"norte desde el lunes, después de cuatro meses de obras en el dique y en las grúas.</p>"
        for n in range(1, 5)
    )
    body = (
        f'<main class="nota"><p class="nota-headline">{headline}</p>'
        f'<div class="nota-datos"><span>Redacción</span> <span>4 de marzo de 2025, 9:40 CET</span></div>'
        f'<div class="nota-cuerpo">{story}</div></main>'
    )
    html = f'<html lang="es"><head><title>{headline} | Diario del Puerto</title></head><body>{body}</body></html>'
    article = GenericPage(html, "https://diariopuerto.example/2025/03/04/muelle-norte")
    assert article.published_at() == datetime(2025, 3, 4, 8, 40, tzinfo=UTC)


def test_a_relative_date_line_never_moves_a_stamps_day() -> None:
    # Published 71 hours before the fetch: "2 days ago" is a span rounded down, not the day.
    stamp = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-01T08:00:00Z"}</script>'
    )
    body = f"<article><h1>{HEADLINE}</h1><div>2 days ago</div>{STORY}</article>"
    fetched = datetime(2025, 3, 4, 7, 0, tzinfo=UTC)
    html = f"<html><head>{stamp}</head><body>{body}</body></html>"
    article = GenericPage(html, "https://buses.example/n/1", fetched_at=fetched)
    assert article.published_at() == datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def test_a_date_and_time_in_two_elements_take_the_offset_of_the_stamp_around_them() -> None:
    line = (
        '<ul><li title="2025-03-03T21:15:00+11:00"><span class="d">March 3, 2025</span>'
        '<span class="t">9:15PM</span></li></ul>'
    )
    assert page(line).published_at() == datetime(2025, 3, 3, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize("text", ["Subscribe today", "Sign up today for the morning briefing"])
def test_a_call_to_act_today_is_no_date(text: str) -> None:
    assert parse_relative(text, NOW) is None
    assert page(f"<div>{text}</div>", fetched_at=NOW).published_at() is None


def test_a_relative_date_after_a_byline_set_apart_by_a_mark() -> None:
    assert page("<p class='meta'>By Ann Lee | 3 hours ago</p>", fetched_at=NOW).published_at() == NOW - timedelta(
        hours=3
    )
    # another story's headline beside it, not a name: no date line
    teaser = "<p>Seven more night buses will run on the inland route from May | 2 hours ago</p>"
    assert page(teaser, fetched_at=NOW)._date_lines == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday, 2:05 PM", datetime(2025, 3, 3, 14, 5, tzinfo=UTC)),
        ("Kemarin 14.05", datetime(2025, 3, 3, 14, 5, tzinfo=UTC)),
        ("Today at 9:30 am", datetime(2025, 3, 4, 9, 30, tzinfo=UTC)),
        ("Yesterday 2:05 PM EST", datetime(2025, 3, 3, 14, 5, tzinfo=timezone(timedelta(hours=-5)))),
        ("yesterday", NOW - timedelta(days=1)),  # no clock: the span, as before
    ],
)
def test_yesterday_or_today_at_a_clock_takes_that_clock(text: str, expected: datetime) -> None:
    assert parse_relative(text, NOW) == expected
    assert parse_relative(text, NOW, spans_only=True) is None  # (never a date line's span)


def test_a_time_element_that_says_yesterday_at_a_clock_dates_the_page() -> None:
    line = "<div class='meta'><time>Yesterday, 2:05 PM</time></div>"
    assert page(line, fetched_at=NOW).published_at() == datetime(2025, 3, 3, 14, 5, tzinfo=UTC)


# 19:30 UTC on 4 March is 02:30 on 5 March in Jakarta (UTC+7).
LATE = datetime(2025, 3, 4, 19, 30, tzinfo=UTC)
WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        # the day word's date is the date in the zone written after the clock
        ("Hari ini 01.15 WIB", "UTC", datetime(2025, 3, 5, 1, 15, tzinfo=WIB)),
        ("Kemarin 22.40 WIB", "UTC", datetime(2025, 3, 4, 22, 40, tzinfo=WIB)),
        # else in the site's zone
        ("Hari ini 01.15", "Asia/Jakarta", datetime(2025, 3, 5, 1, 15, tzinfo=WIB)),
        # a clock later than the fetch: the counted value, not a time to come
        ("Today, 10:50 PM", "UTC", LATE),
        ("Hari ini 09.00", "Asia/Jakarta", LATE),
    ],
)
def test_a_day_word_clock_is_read_on_that_zone_s_day_and_never_after_the_fetch(
    text: str, zone: str, expected: datetime
) -> None:
    assert parse_date(text, zone, now=LATE) == expected


def test_a_time_element_that_says_today_at_a_clock_to_come_is_the_fetch_time() -> None:
    line = "<p class='meta'><time>Today, 10:50 PM</time></p>"
    assert page(line, fetched_at=LATE).published_at() == LATE
