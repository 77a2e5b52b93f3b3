"""Date processors: Indonesian/Malay names, WIB/WITA/WIT, relative dates, site timezone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.dates import parse_date, parse_iso, parse_relative

NOW = datetime(2023, 9, 13, 12, 0, tzinfo=timezone.utc)


def offset(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabu, 13 September 2023 10:15 WIB", datetime(2023, 9, 13, 10, 15, tzinfo=offset(7))),
        ("Rabu, 13 September 2023 10.15 WITA", datetime(2023, 9, 13, 10, 15, tzinfo=offset(8))),
        ("Selasa, 12 Sep 2023 | 23:05 WIT", datetime(2023, 9, 12, 23, 5, tzinfo=offset(9))),
        ("Kamis, 7 Desember 2022 - 08:00", datetime(2022, 12, 7, 8, 0, tzinfo=offset(7))),
        ("Jumat, 18 Agustus 2023", datetime(2023, 8, 18, tzinfo=offset(7))),
        ("13 Mei 2023 pukul 19.30 WIB", datetime(2023, 5, 13, 19, 30, tzinfo=offset(7))),
        ("Khamis, 14 Ogos 2023 8:30 PG", datetime(2023, 8, 14, 8, 30, tzinfo=offset(7))),
        ("Isnin, 4 Disember 2022", datetime(2022, 12, 4, tzinfo=offset(7))),
        ("13/09/2023 10:15", datetime(2023, 9, 13, 10, 15, tzinfo=offset(7))),
        ("September 13, 2023 5:30 pm IST", datetime(2023, 9, 13, 17, 30, tzinfo=offset(5.5))),
        ("2023-09-13T10:15:00+07:00", datetime(2023, 9, 13, 10, 15, tzinfo=offset(7))),
        ("2023-09-13T03:15:00Z", datetime(2023, 9, 13, 3, 15, tzinfo=timezone.utc)),
        ("Wed, 13 Sep 2023 03:15:00 +0000", datetime(2023, 9, 13, 3, 15, tzinfo=timezone.utc)),
    ],
)
def test_parse_date_reads_what_sites_write(text: str, expected: datetime) -> None:
    parsed = parse_date(text, "Asia/Jakarta", now=NOW)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


def test_a_date_without_zone_takes_the_site_timezone() -> None:
    parsed = parse_date("13 September 2023 10:15", "Asia/Jakarta", now=NOW)
    assert parsed.astimezone(timezone.utc) == datetime(2023, 9, 13, 3, 15, tzinfo=timezone.utc)
    assert parse_date("13 September 2023 10:15", None, now=NOW).utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("2 jam yang lalu", timedelta(hours=2)),
        ("15 menit lalu", timedelta(minutes=15)),
        ("3 hari yang lalu", timedelta(days=3)),
        ("5 minit lepas", timedelta(minutes=5)),
        ("3 hours ago", timedelta(hours=3)),
        ("an hour ago", timedelta(hours=1)),
        ("kemarin", timedelta(days=1)),
    ],
)
def test_relative_dates_count_back_from_fetch_time(text: str, delta: timedelta) -> None:
    assert parse_date(text, "Asia/Jakarta", now=NOW) == NOW - delta
    assert parse_relative(text, NOW) == NOW - delta


@pytest.mark.parametrize("text", ["", "no date here", "Rp 2.500.000", "12345", "30 Februari 2023", "1850-01-01"])
def test_unreadable_or_implausible_text_is_no_date(text: str) -> None:
    assert parse_date(text, "Asia/Jakarta", now=NOW) is None


def test_iso_date_only_is_midnight_in_the_site_zone() -> None:
    assert parse_iso("2023-09-13", "Asia/Jakarta") == datetime(2023, 9, 13, tzinfo=offset(7))


def test_compact_iso_with_offset() -> None:
    assert parse_date("20180619T055000+0900") == datetime(2018, 6, 19, 5, 50, tzinfo=timezone(timedelta(hours=9)))


def test_relative_dates_can_be_refused() -> None:
    now = datetime(2023, 9, 13, 12, 0, tzinfo=timezone.utc)
    assert parse_date("2 jam yang lalu", "UTC", now=now, relative=False) is None


def test_url_date_reads_full_dates_in_the_path_only() -> None:
    from datetime import date

    from newscrawl.dates import url_date

    assert url_date("https://news.example/2023/11/08/story/") == date(2023, 11, 8)
    assert url_date("https://news.example/blog/2017/7/12/slug") == date(2017, 7, 12)
    assert url_date("https://news.example/20200428/slug") == date(2020, 4, 28)
    assert url_date("https://news.example/2019/43/slug") is None  # a year and an issue number
    assert url_date("https://news.example/read?d=2020/01/02") is None
    assert url_date("https://news.example/item/20120216182711/x") is None
    # The year last, only where the day cannot be read as the month.
    assert url_date("https://news.example/meldungen/29-10-2021") == date(2021, 10, 29)
    assert url_date("https://news.example/news/10-29-2021/slug") == date(2021, 10, 29)
    assert url_date("https://news.example/meldungen/06-01-2021") is None
    assert url_date("https://news.example/top-10-12-2021") is None


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("3 de mayo de 2022", 5),
        ("02 Novembre 2023", 11),
        ("16. Februar 2012", 2),
        ("23 juin 2019", 6),
        ("15 августа 2016, 13:43", 8),
        ("3 листопада 2021", 11),
        ("5 września 2022", 9),
        ("12 Mayıs 2021", 5),
        ("19. helmikuuta 2020", 2),
        ("2 augusti 2019", 8),
        ("7 Μαΐου 2024", 5),
    ],
)
def test_european_month_names(text: str, month: int) -> None:
    assert parse_date(text, "UTC", now=NOW).month == month


def _article(head: str, url: str, body_extra: str = "") -> object:
    from newscrawl.pages import GenericPage

    words = " ".join(f"kata{i}" for i in range(80))
    html = (
        f"<html><head><title>Story</title>{head}</head><body><article><h1>Story</h1>"
        f"{body_extra}<p>{words}</p></article></body></html>"
    )
    return GenericPage(html.encode(), url)


UTC_STAMP = '<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">'


def test_a_utc_stamp_keeps_the_day_the_url_shows_and_its_instant() -> None:
    page = _article(UTC_STAMP, "https://news.example/2023/11/08/story/")
    published = page.published_at()
    assert published == datetime(2023, 11, 9, 3, 28, 35, tzinfo=timezone.utc)
    assert published.date().isoformat() == "2023-11-08"


def test_a_utc_stamp_takes_the_offset_of_the_same_time_written_without_zone() -> None:
    head = UTC_STAMP + '<meta name="sailthru.date" content="2023-11-08 22:28:35">'
    published = _article(head, "https://news.example/story/").published_at()
    assert published.utcoffset() == timedelta(hours=-5)
    assert published == datetime(2023, 11, 9, 3, 28, 35, tzinfo=timezone.utc)


def test_a_utc_stamp_takes_the_day_its_time_element_shows() -> None:
    shown = '<time datetime="2023-11-01T23:01:00Z">02 Novembre 2023</time>'
    head = '<meta property="article:published_time" content="2023-11-01T23:01:00Z">'
    published = _article(head, "https://news.example/story/", shown).published_at()
    assert published.date().isoformat() == "2023-11-02"
    assert published == datetime(2023, 11, 1, 23, 1, tzinfo=timezone.utc)


def test_a_url_day_far_from_the_stamp_is_another_event() -> None:
    head = '<meta property="article:published_time" content="2020-07-09T10:04:04+00:00">'
    published = _article(head, "https://news.example/2020/07/08/story/").published_at()
    assert published.utcoffset() == timedelta(0)
    assert published.date().isoformat() == "2020-07-09"


def test_a_utc_stamp_is_shown_in_the_zone_of_the_country_domain() -> None:
    head = '<meta property="article:published_time" content="2023-09-12T18:30:00+00:00">'
    published = _article(head, "https://berita.example.co.id/story").published_at()
    assert published.utcoffset() == timedelta(hours=7)
    assert published.date().isoformat() == "2023-09-13"


def test_midnight_utc_is_a_day_and_keeps_it() -> None:
    head = '<meta property="article:published_time" content="2019-06-17T00:00:00Z">'
    published = _article(head, "https://news.example.us/story", "").published_at()
    assert published.date().isoformat() == "2019-06-17"


def test_country_zone_from_domain_or_language_region() -> None:
    from newscrawl.dates import country_zone

    assert str(country_zone("https://www.example.com.ar/x")) == "America/Argentina/Buenos_Aires"
    assert str(country_zone("https://example.com/x", "en-US")) == "America/New_York"
    assert str(country_zone("https://example.my/x", "en-US")) == "Asia/Kuala_Lumpur"
    assert country_zone("https://example.com/x", "en") is None
    assert str(country_zone("https://diario.example.com.bo/x", "es")) == "America/La_Paz"
    assert str(country_zone("https://example.com/x", "lt")) == "Europe/Vilnius"
    # Domains sold for other uses say nothing of the country.
    assert country_zone("https://podcast.example.fm/x") is None
    assert country_zone("https://example.me/x", "en") is None


def test_an_rfc_2822_gmt_stamp_is_shown_in_the_zone_of_the_country_domain() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "Wed, 04 May 2022 02:41:00 GMT"}</script>'
    published = _article(head, "https://diario.example.com.bo/story").published_at()
    assert published == datetime(2022, 5, 4, 2, 41, tzinfo=timezone.utc)
    assert published.date().isoformat() == "2022-05-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2020年07月03日 17:16", datetime(2020, 7, 3, 17, 16)), ("2020년 7월 3일", datetime(2020, 7, 3))],
)
def test_chinese_japanese_korean_dates(text: str, expected: datetime) -> None:
    assert parse_date(text, "UTC", now=NOW).replace(tzinfo=None) == expected


def test_a_page_with_no_stamp_takes_the_url_date() -> None:
    published = _article("", "https://news.example/20200428/story").published_at()
    assert published.date().isoformat() == "2020-04-28"


def test_a_date_in_running_text_is_found_and_a_bare_year_is_not() -> None:
    text = "<p>Pressemitteilung vom 20.01.2022 zur Lage der Vereine im Land</p>"
    published = _article("", "https://verein.example/presse/lage", text).published_at()
    assert published is not None and published.date().isoformat() == "2022-01-20"
    footer = "<footer>Copyright 2016 Verein</footer>"
    assert _article("", "https://verein.example/presse/lage", footer).published_at() is None


def test_a_z_stamp_with_the_same_wall_clock_as_a_real_offset_is_the_local_time_mislabelled() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Story",'
        ' "datePublished": "2016-12-22T10:43:37Z"}</script>'
        '<meta property="article:published_time" content="2016-12-22T10:43:37-08:00">'
    )
    published = _article(head, "https://news.example/story").published_at()
    assert published == datetime(2016, 12, 22, 18, 43, 37, tzinfo=timezone.utc)


def test_a_z_stamp_whose_local_clock_another_stamp_shows_is_right() -> None:
    # The same wall clock with an offset ("10:43:37-08:00"), and a third stamp showing the "Z"
    # instant's clock in that offset ("02:43:37", written as +00:00): the offset was put on the "Z"
    # clock, and the "Z" stamp is the instant.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Story",'
        ' "datePublished": "2016-12-22T10:43:37Z"}</script>'
        '<meta property="article:published_time" content="2016-12-22T10:43:37-08:00">'
        '<meta name="sailthru.date" content="2016-12-22T02:43:37+00:00">'
    )
    published = _article(head, "https://news.example/story").published_at()
    assert published == datetime(2016, 12, 22, 10, 43, 37, tzinfo=timezone.utc)
    assert published.utcoffset() == timedelta(hours=-8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Isnin, 11 September 2023 @ 3:15 PTG", datetime(2023, 9, 11, 15, 15, tzinfo=offset(8))),
        ("11 Sep 2023 9.30 malam", datetime(2023, 9, 11, 21, 30, tzinfo=offset(8))),
        ("13 Sep 2023 1.15 siang", datetime(2023, 9, 13, 13, 15, tzinfo=offset(8))),
        ("13 Sep 2023 10:15 GMT+7", datetime(2023, 9, 13, 10, 15, tzinfo=offset(7))),
        ("2020-09-29T00:30:00PDT", datetime(2020, 9, 29, 0, 30, tzinfo=offset(-7))),
        ("2023-09-13 10:15 (WITA)", datetime(2023, 9, 13, 10, 15, tzinfo=offset(8))),
        # "ist" is a German word before it is India's zone: the site's zone stays.
        ("Der Artikel ist vom 13.09.2023 10:15", datetime(2023, 9, 13, 10, 15, tzinfo=offset(8))),
    ],
)
def test_afternoon_words_offsets_and_zone_names(text: str, expected: datetime) -> None:
    parsed = parse_date(text, "Asia/Kuala_Lumpur", now=NOW)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


def test_a_utc_stamp_on_an_indonesian_page_of_a_dot_com_is_shown_in_wib() -> None:
    from newscrawl.pages import GenericPage

    words = " ".join(f"kata{i}" for i in range(80))
    html = (
        '<html lang="id"><head><meta property="article:published_time" content="2023-09-12T20:05:00Z">'
        f"</head><body><article><h1>Judul</h1><p>{words}</p></article></body></html>"
    )
    published = GenericPage(html.encode(), "https://berita.example.com/read/1").published_at()
    assert published.utcoffset() == timedelta(hours=7)
    assert published.date().isoformat() == "2023-09-13"


def test_a_written_date_has_a_time_when_it_shows_a_clock_not_a_zone_letter() -> None:
    from newscrawl.pages.base import _has_time

    assert _has_time("Wed, 13 Sep 2023 00:25:56 GMT")  # the "T" of GMT is no ISO separator
    assert _has_time("2023-09-13T10:15:00+07:00")
    assert _has_time("13 September 2023 10.15 WIB")
    assert not _has_time("2023-09-13")
    assert not _has_time("Wed, 13 Sep 2023")
    assert _has_time("04.05.2015 à 13h36")
    assert _has_time("20180619T055000+0900")  # the basic format after its "T"
    assert _has_time("08:22, 24.11.2020")
    # A dotted date's day and month are no clock ("21.05" is not 21:05).
    for text in ("21.05.2019", "19.2.2020", "Mittwoch, 01.11.2023", "11.12.2019 - Jana Ulm"):
        assert not _has_time(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The basic date format with an extended time, as some CMSs write JSON-LD.
        ("20201123T11:02:35Z", datetime(2020, 11, 23, 11, 2, 35, tzinfo=timezone.utc)),
        ("20180619T055000+0900", datetime(2018, 6, 19, 5, 50, tzinfo=offset(9))),
        # Seconds written with one digit still leave the zone letter read.
        ("2020-12-05T23:15:0Z", datetime(2020, 12, 5, 23, 15, tzinfo=timezone.utc)),
    ],
)
def test_iso_stamps_in_the_basic_format_and_short_seconds(text: str, expected: datetime) -> None:
    assert parse_date(text, "Asia/Jakarta", now=NOW) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", datetime(2020, 10, 7, 12, 9)),
        ("15 يناير 2021 09:30 ص", datetime(2021, 1, 15, 9, 30)),
        # The Levantine and the Egyptian name of one month side by side.
        ("الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", datetime(2020, 4, 24, 21, 22)),
        # "Morning" with its alef and tanwin, and bare: 12:30 in the morning is 00:30.
        ("السبت 9 مارس 2024 12:30 صباحاً", datetime(2024, 3, 9, 0, 30)),
        ("السبت 9 مارس 2024 12:45 صباحا", datetime(2024, 3, 9, 0, 45)),
        ("السبت 9 مارس 2024 12:05 صباح", datetime(2024, 3, 9, 0, 5)),
        ("3 آب 2019", datetime(2019, 8, 3)),
    ],
)
def test_arabic_month_names_and_evening_marks(text: str, expected: datetime) -> None:
    assert parse_date(text, "UTC", now=NOW).replace(tzinfo=None) == expected


def test_the_arabic_locale_of_no_country_names_no_zone() -> None:
    from newscrawl.dates import country_zone

    # Facebook's "ar_AR" is Arabic at large, not Argentina: a UTC stamp keeps its UTC day.
    assert country_zone("https://akhbar.example.com/x", "ar_AR") is None
    assert str(country_zone("https://diario.example.com/x", "es-AR")) == "America/Argentina/Buenos_Aires"
    head = '<meta property="article:published_time" content="2020-10-07T01:30:00Z">'
    html = (
        '<html lang="ar_AR"><head><title>Story</title>'
        + head
        + "</head><body><article><h1>Story</h1><p>"
        + " ".join(f"kata{i}" for i in range(80))
        + "</p></article></body></html>"
    )
    from newscrawl.pages import GenericPage

    published = GenericPage(html.encode(), "https://akhbar.example.com/story").published_at()
    assert published.date().isoformat() == "2020-10-07"
