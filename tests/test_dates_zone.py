"""The zone of a time a page writes with none, when the registry gives the site none; a line that
shows the update and the publication; a weekday that settles a date's day order. Pages we wrote."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from newscrawl.dates import country_zone, parse_date
from newscrawl.pages import GenericPage

UTC = timezone.utc
HEADLINE = "Ferry fares to the islands rise by a tenth from January"
STORY = "".join(
    f"<p>Paragraph {n} says the port authority agreed on Monday to raise ferry fares to the islands by a "
    f"tenth from January, after fuel costs rose for a third year running and two boats needed repairs.</p>"
    for n in range(1, 6)
)

#: Text outside the article, so that the article's element is told from the whole page.
SIDEBAR = (
    "<aside>"
    + "".join(
        f"<p>Teaser {n}: the council will decide next month whether the harbour car park gets a new roof "
        f"and whether the ticket office opens on Sundays through the winter season as well.</p>"
        for n in range(1, 7)
    )
    + "</aside>"
)


def page(
    meta_line: str = "",
    url: str = "https://ferries.example/news/fares",
    lang: str = "en",
    ld: dict[str, str] | None = None,
    head: str = "",
    above: str = "",
) -> GenericPage:
    if ld is not None:
        head += f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **ld})}</script>'
    body = f"<article>{above}<h1>{HEADLINE}</h1>{meta_line}{STORY}</article>"
    html = f'<html lang="{lang}"><head><title>{HEADLINE}</title>{head}</head><body>{body}</body></html>'
    return GenericPage(html, url)


# -- parsing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tue, 10/07/2025 - 21:40", date(2025, 10, 7)),  # 10 July 2025 is a Thursday
        ("Thu, 10/07/2025 - 21:40", date(2025, 7, 10)),
        ("Selasa, 07/10/2025 10:15", date(2025, 10, 7)),
        ("Sat, 01/02/2025", date(2025, 2, 1)),
    ],
)
def test_a_weekday_settles_which_number_is_the_day(text: str, day: date) -> None:
    for day_first in (True, False):
        parsed = parse_date(text, UTC, day_first=day_first, relative=False)
        assert parsed is not None and parsed.date() == day


def test_no_weekday_leaves_the_order_to_the_caller() -> None:
    assert parse_date("10/07/2025", UTC).date() == date(2025, 7, 10)
    assert parse_date("10/07/2025", UTC, day_first=False).date() == date(2025, 10, 7)


def test_a_weekday_that_fits_neither_reading_changes_nothing() -> None:
    # 3 April and 4 March 2025 are a Thursday and a Tuesday: "Mon" fits neither.
    assert parse_date("Mon, 03/04/2025", UTC).date() == date(2025, 4, 3)
    assert parse_date("Mon, 03/04/2025", UTC, day_first=False).date() == date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("Oct 11, 2025 10:15 a.m. ET", -4),
        ("Jan 11, 2025 3:15 pm ET", -5),
        ("Oct 11, 2025 10:15 MST", -7),
        ("Oct 11, 2025 10:15 PT", -7),
    ],
)
def test_us_zone_words(text: str, offset: int) -> None:
    assert parse_date(text, UTC).utcoffset() == timedelta(hours=offset)


def test_et_after_a_year_is_no_zone() -> None:
    assert parse_date("14 octobre 2025 et 15 octobre", UTC).utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 12/03/2025 à 10:30 et mis à jour à 11:45",  # French "and" after a time
        "12 mars 2025, 10:30 et 11:45",
        "12 mars 2025, 3.50 et 4.10",  # a decimal is no time
        "12 mars 2025 3.50 ET",
        "PUBLIÉ LE 12/03/2025 À 10:30 ET MIS À JOUR",  # a line in capitals: a word follows
        "Mis à jour le 12 mars 2025 à 14:05 et publié à 9:00",
    ],
)
def test_et_as_a_word_is_no_us_zone(text: str) -> None:
    paris = ZoneInfo("Europe/Paris")
    assert parse_date(text, paris).utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("OCT 11, 2025 10:15 AM ET", -4),  # in capitals, nothing after the zone
        ("Oct 11, 2025 10.15 am ET", -4),
        ("Oct 11, 2025 10:15 a.m. (ET) Tuesday", -4),
    ],
)
def test_us_zone_words_in_capitals_after_a_time(text: str, offset: int) -> None:
    assert parse_date(text, UTC).utcoffset() == timedelta(hours=offset)


def test_a_french_page_with_et_after_its_time_keeps_the_site_clock() -> None:
    article = page(
        '<p class="date">Publié le 12/03/2025 à 10:30 et mis à jour à 11:45</p>',
        url="https://mairie.example.fr/actualites/vote",
        lang="fr",
    )
    assert article.published_at() == datetime(2025, 3, 12, 9, 30, tzinfo=UTC)


def test_a_stamp_with_a_one_digit_second_keeps_its_zone() -> None:
    assert parse_date("2020-12-05T23:15:0Z", timezone(timedelta(hours=1))) == datetime(2020, 12, 5, 23, 15, tzinfo=UTC)


def test_no_clock_guess_for_a_country_whose_zones_are_hours_apart() -> None:
    assert country_zone("https://news.example.com/a", "en-US") == ZoneInfo("America/New_York")
    assert country_zone("https://news.example.com/a", "en-US", clock=True) is None
    assert country_zone("https://berita.example.co.id/a", "id", clock=True) == ZoneInfo("Asia/Jakarta")


# -- the page's zone -------------------------------------------------------------------------


def test_a_zone_word_beside_the_shown_date_zones_a_naive_stamp() -> None:
    article = page(
        '<div class="date">Selasa, 14 Okt 2025 10:25 WIB</div>',
        head='<meta name="publishdate" content="2025/10/14 10:25:13">',
        lang="id",
    )
    assert article.published_at() == datetime(2025, 10, 14, 3, 25, 13, tzinfo=UTC)


def test_a_naive_json_ld_stamp_takes_the_zone_the_date_line_shows() -> None:
    article = page(
        '<div class="tanggal">Kamis, 9 Oktober 2025 | 15:20 WIB</div>',
        ld={"headline": HEADLINE, "datePublished": "2025-10-09 15:20:00", "dateModified": "2025-10-09 18:02:00"},
        url="https://kabar.example/politik/jadwal",
        lang="id",
    )
    assert article.published_at() == datetime(2025, 10, 9, 8, 20, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 10, 9, 11, 2, tzinfo=UTC)


def test_an_offset_in_another_stamp_zones_a_naive_one() -> None:
    article = page(
        ld={"headline": HEADLINE, "datePublished": "2025-10-09 15:20:00"},
        head='<meta property="article:modified_time" content="2025-10-10T09:00:00+08:00">',
        lang="en",
    )
    assert article.published_at() == datetime(2025, 10, 9, 7, 20, tzinfo=UTC)


def test_a_stamp_in_utc_with_the_same_clock_keeps_the_naive_one_utc() -> None:
    article = page(
        ld={"headline": HEADLINE, "datePublished": "2025-10-09 22:19:12"},
        head='<meta property="article:published_time" content="2025-10-09T22:19:12+00:00">',
        url="https://ferries.example.co.id/news/fares",
    )
    assert article.published_at() == datetime(2025, 10, 9, 22, 19, 12, tzinfo=UTC)


def test_the_country_domain_zones_a_naive_date_line() -> None:
    article = page(
        '<div class="meta">Oktober 14, 2025 @ 3:42pm</div>', url="https://akhbar.example.com.my/a", lang="ms"
    )
    assert article.published_at() == datetime(2025, 10, 14, 7, 42, tzinfo=UTC)


def test_the_language_zones_a_naive_date_line_when_the_domain_names_no_country() -> None:
    article = page('<div class="info">Oleh: Redaksi | Senin, 13/10/2025 | 14:25</div>', lang="id")
    assert article.published_at() == datetime(2025, 10, 13, 7, 25, tzinfo=UTC)


def test_a_naive_time_on_a_us_page_stays_as_written() -> None:
    # The US has zones hours apart: no guess of the clock, the time reads as UTC as before.
    article = page('<div class="meta">October 14, 2025 3:42 PM</div>', lang="en-US")
    assert article.published_at().astimezone(UTC) == datetime(2025, 10, 14, 15, 42, tzinfo=UTC)


def test_an_explicit_offset_is_never_overridden() -> None:
    article = page(
        '<div class="date">Selasa, 14 Okt 2025 10:25 WIB</div>',
        ld={"headline": HEADLINE, "datePublished": "2025-10-14T10:25:00+09:00"},
        lang="id",
    )
    assert article.published_at() == datetime(2025, 10, 14, 1, 25, tzinfo=UTC)


def test_a_site_zone_from_the_registry_still_rules() -> None:
    class Site:
        timezone = "Asia/Makassar"

    html = (
        f'<html lang="id"><head><title>{HEADLINE}</title><meta name="publishdate" content="2025/10/14 10:25:13">'
        f"</head><body><article><h1>{HEADLINE}</h1><div>14 Okt 2025 10:25 WIB</div>{STORY}</article></body></html>"
    )
    article = GenericPage(html, "https://ferries.example/news/fares", site=Site())
    assert article.published_at() == datetime(2025, 10, 14, 2, 25, 13, tzinfo=UTC)


# -- update and publication ------------------------------------------------------------------


def test_updated_and_published_on_one_line() -> None:
    article = page(
        '<p class="story__date">Last updated: 15/10/2025 9:12 AM | Published: 14/10/2025 7:45 PM</p>',
        url="https://akhbar.example.com.my/metro/tunnel",
    )
    assert article.published_at() == datetime(2025, 10, 14, 11, 45, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 10, 15, 1, 12, tzinfo=UTC)


def test_published_then_updated_on_one_line() -> None:
    article = page("<p>Published 14 Oct 2025 19:45 IST · Updated 15 Oct 2025 09:12 IST</p>")
    assert article.published_at() == datetime(2025, 10, 14, 14, 15, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 10, 15, 3, 42, tzinfo=UTC)


def test_updated_and_published_in_two_spans() -> None:
    article = page(
        '<div class="byline"><span>Press Desk</span> <span>Updated: Oct 14, 2025, 09:41 PM IST</span> '
        "<span>Published: Oct 14, 2025, 06:05 PM IST</span></div>"
    )
    assert article.published_at() == datetime(2025, 10, 14, 12, 35, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 10, 14, 16, 11, tzinfo=UTC)


def test_an_update_above_the_headline_is_the_modification() -> None:
    article = page(
        '<div class="author">Dewi Lestari &middot; <span>14 Oktober 2025 10:25 WIB</span></div>',
        above='<div class="story-date"><span>Diperbarui 15 Oktober 2025 08:00 WIB</span></div>',
        lang="id",
    )
    assert article.published_at() == datetime(2025, 10, 14, 3, 25, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 10, 15, 1, 0, tzinfo=UTC)


def test_a_date_after_an_update_that_does_not_say_published_is_not_the_publication() -> None:
    article = page("<p>Stand: 12.11.2021</p><p>(Unverändert gültig seit: 05.11.2021)</p>", lang="de")
    assert article.published_at() is None or article.published_at().date() != date(2021, 11, 5)


def test_an_update_before_the_publication_is_no_modification() -> None:
    article = page("<p>Published: 14/10/2025 7:45 PM</p><p>Updated: 13/10/2025 9:12 AM</p>")
    assert article.modified_at() is None


# -- the weekday in a date line ----------------------------------------------------------------


def test_a_us_date_line_in_an_articles_footer_with_its_weekday() -> None:
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1>'
        '<article><footer class="node__meta"><div class="node__submitted">Submitted by <span>jdoe</span> on '
        f'<span class="field--name-created">Tue, 10/07/2025 - 21:40</span></div></footer>'
        f'<div class="node__content">{STORY}</div></article></main>{SIDEBAR}</body></html>'
    )
    article = GenericPage(html, "https://courier.example/news/fares")
    assert article.published_at() == datetime(2025, 10, 7, 21, 40, tzinfo=UTC)


def test_the_rest_posts_dates_are_never_rezoned() -> None:
    html = (
        f'<html lang="id"><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>'
        f"<div>14 Okt 2025 10:25 WIB</div>{STORY}</article>{SIDEBAR}</body></html>"
    )
    rest_post = {
        "date": "2025-10-14T10:25:00",
        "date_gmt": "2025-10-14T10:25:00",
        "modified": "2025-10-15T08:00:00",
        "modified_gmt": "2025-10-15T08:00:00",
    }
    article = GenericPage(html, "https://ferries.example.co.id/news/fares", rest_post=rest_post)
    assert article.published_at() == datetime(2025, 10, 14, 10, 25, tzinfo=UTC)
    assert article.modified_at() == datetime(2025, 10, 15, 8, 0, tzinfo=UTC)
