"""Date classes closed after review R15 (pages we wrote): a US page's numeric date month-first, a
teaser rail's dates on a page that shows none, an update stamp before the publication, Cyrillic and
Turkish zone names, "noon", a two-digit year on a date line, more languages' months, Unix times in
the date element's ``data-*`` attributes, and a second date on a line with no year of its own."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage
from newscrawl.pages.base import _date_line_text
from newscrawl.pages.date_hints import epoch_stamp, in_language, month_first, year_filled

UTC = timezone.utc
NOW = datetime(2026, 1, 10, tzinfo=UTC)
HEADLINE = "County opens two new cooling centres for the summer"
STORY = "".join(
    f"<p>Paragraph {n} says the county will keep the centres open until September, with water, seats "
    f"and nurses on hand every afternoon, after a hot spell sent dozens of residents to hospital.</p>"
    for n in range(1, 5)
)


def page(meta: str, html_lang: str, url: str, head: str = "", before: str = "") -> GenericPage:
    html = (
        f'<html lang="{html_lang}"><head><title>{HEADLINE}</title>{head}</head><body>{before}'
        f"<main><article><h1>{HEADLINE}</h1>{meta}{STORY}</article></main></body></html>"
    )
    return GenericPage(html, url)


# 1. A US page's numeric date whose day and month read either way: month-first.


@pytest.mark.parametrize(
    ("text", "lang", "zone", "expected"),
    [
        ("Posted 07/08/2025 4:15 PM EDT", "en", None, True),
        ("07/08/2025 9:05 a.m. CT", "en", None, True),
        ("07/08/2025", "en-US", None, False),  # WordPress's default tag alone: no US sign (R19)
        ("07/08/2025", "en", "America/Denver", True),
        ("07/08/2025 16:15 CEST", "en", None, False),  # a European zone
        ("07/08/2025 4:15 PM", "en-GB", "Europe/London", False),
        ("17/08/2025 4:15 PM EDT", "en", None, False),  # reads one way only
        ("Updated 4:15 PM EDT", "en", None, False),  # no numeric date
    ],
)
def test_month_first_on_a_us_page(text: str, lang: str, zone: str | None, expected: bool) -> None:
    assert month_first(text, lang, zone) is expected


def test_en_us_counts_on_a_us_domain_or_where_the_page_writes_month_first() -> None:
    # WordPress tags every English site "en-US" unless told otherwise.
    assert month_first("07/08/2025", "en-US", None, "https://www.example.us/news/a")
    assert not month_first("07/08/2025", "en-US", None, "https://www.example.com/news/a")
    assert month_first("07/08/2025", "en-US", None, "https://www.example.com/news/a", lambda: True)
    assert not month_first("07/08/2025", "en-US", None, "https://www.example.com.ng/news/a", lambda: True)
    assert not month_first("07/08/2025", "en-US", None, "https://www.example.co.uk/news/a", lambda: True)


def test_a_us_pages_stamp_reads_month_first_unless_the_text_writes_the_other_day() -> None:
    meta = '<meta property="article:published_time" content="07/08/2025">'
    us = page("", "en-US", "https://www.example.us/news/centres", head=meta)
    assert us.published_at().date() == date(2025, 7, 8)
    written = page("<p class='note'>Filed on 7 August 2025.</p>", "en-US", "https://www.example.us/news/c", head=meta)
    assert written.published_at().date() == date(2025, 8, 7)


def test_a_us_date_line_reads_month_first_and_a_uk_one_day_first() -> None:
    us = page("<div class='when'>Posted 07/08/2025 4:15 PM EDT</div>", "en", "https://www.example.com/news/centres")
    assert us.published_at() == datetime(2025, 7, 8, 20, 15, tzinfo=UTC)
    uk = page("<div class='when'>Posted 07/08/2025 16:15 BST</div>", "en-GB", "https://www.example.co.uk/news/centres")
    assert uk.published_at() == datetime(2025, 8, 7, 15, 15, tzinfo=UTC)


# 2. A page that shows no date of its own: the rail of teasers above it dates other stories.


def test_a_teaser_rails_dates_above_the_headline_do_not_date_the_page() -> None:
    rail = (
        "<section><h3>Top stories</h3><ol>"
        "<li><a href='/a'>Water main break closes two downtown streets overnight</a>"
        " <time datetime='2025-11-20T06:10:00-05:00'>6:10 a.m.</time></li>"
        "<li><a href='/b'>Library board picks a new director after a long search</a>"
        " <time datetime='2025-11-18T14:00:00-05:00'>Nov. 18</time></li>"
        "<li><a href='/c'>Snow crews ready for the first storm of the winter season</a>"
        " <span>Nov. 12, 2025</span></li></ol></section>"
    )
    guide = page("", "en", "https://www.example.com/guides/cooling-centres", before=rail)
    assert guide.published_at() is None


# 3. An update stamp before the publication (a site-wide default) is no update.


def test_a_modification_stamp_before_the_publication_is_dropped() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + HEADLINE + '", '
        '"datePublished": "2025-07-08T09:00:00+02:00", "dateModified": "2023-01-01T00:00:00Z"}</script>'
    )
    story = page("", "de", "https://www.example.de/lokal/centres", head=ld)
    assert story.published_at() == datetime(2025, 7, 8, 7, 0, tzinfo=UTC)
    assert story.modified_at() is None
    later = ld.replace("2023-01-01T00:00:00Z", "2025-07-09T10:00:00+02:00")
    assert page("", "de", "https://www.example.de/lokal/centres", head=later).modified_at() == datetime(
        2025, 7, 9, 8, 0, tzinfo=UTC
    )


# 4. Zone names in other scripts; "noon" and "midnight" as the time.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 марта 2025, 09:30 (МСК)", datetime(2025, 3, 3, 6, 30, tzinfo=UTC)),
        ("3 марта 2025 09:30 мск", datetime(2025, 3, 3, 6, 30, tzinfo=UTC)),
        ("3 Mart 2025 09:30 TSİ", datetime(2025, 3, 3, 6, 30, tzinfo=UTC)),
        ("March 3, 2025 at noon PT", datetime(2025, 3, 3, 20, 0, tzinfo=UTC)),
        ("March 3, 2025, midnight EST", datetime(2025, 3, 3, 5, 0, tzinfo=UTC)),
        ("March 3, 2025 at midday", datetime(2025, 3, 3, 12, 0, tzinfo=UTC)),
    ],
)
def test_zone_names_and_noon(text: str, expected: datetime) -> None:
    assert parse_date(text, UTC, now=NOW, relative=False) == expected


# 5. Missing dates.


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("3 martie 2025, 09:30", "ro", date(2025, 3, 3)),  # Romanian
        ("3. března 2025 9:30", "cs-CZ", date(2025, 3, 3)),  # Czech genitive
        ("3. listopadu 2025", "cs", date(2025, 11, 3)),  # Czech November
        ("3. októbra 2025", "sk", date(2025, 10, 3)),  # Slovak
        ("3. ožujka 2025.", "hr", date(2025, 3, 3)),  # Croatian
        ("3 listopada 2025", "pl", date(2025, 11, 3)),  # Polish November stays November
    ],
)
def test_more_languages_months(text: str, lang: str, expected: date) -> None:
    parsed = parse_date(in_language(text, lang), UTC, now=NOW, relative=False)
    assert parsed is not None and parsed.date() == expected


def test_a_numeric_date_that_reads_one_way_only_is_read_whichever_order_is_asked_first() -> None:
    assert parse_date("13/01/2025", UTC, now=NOW, day_first=False).date() == date(2025, 1, 13)
    assert parse_date("01/13/2025", UTC, now=NOW, day_first=True).date() == date(2025, 1, 13)


def test_a_date_line_with_a_two_digit_year_and_a_time() -> None:
    story = page("<div class='fecha'>Publicado: 08/07/25 - 11:20</div>", "es", "https://www.example.es/centres")
    assert story.published_at() == datetime(2025, 7, 8, 9, 20, tzinfo=UTC)  # Madrid, summer time
    assert story.published_precision() == "minute"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicado: 08/07/25 - 11:20", True),
        ("08.07.25 11:20", True),
        ("Version 2.10.25", False),  # no time beside it
        ("Publicado: 08/07/25", False),
    ],
)
def test_a_two_digit_year_makes_a_date_line_only_beside_a_time(text: str, expected: bool) -> None:
    assert _date_line_text(text) is expected


def test_a_second_date_with_no_year_takes_the_first_ones_year_and_zone() -> None:
    line = "<div class='dates'>Originally published Jul. 8, 2025 at 6:00 a.m. MDT; updated Jul. 9 at 8:45 a.m.</div>"
    story = page(line, "en", "https://www.example.com/news/centres")
    assert story.published_at() == datetime(2025, 7, 8, 12, 0, tzinfo=UTC)
    assert story.modified_at() == datetime(2025, 7, 9, 14, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("updated Jul. 9 at 8:45 a.m.", "updated Jul. 9, 2025 at 8:45 a.m."),
        ("Updated 9 July, 8:45", "Updated 9 July 2025, 8:45"),
        ("updated Jul. 9, 2025", None),  # a year of its own
        ("updated at 8:45", None),  # no day
        ("updated in 9 places", None),  # no month
    ],
)
def test_year_filled(text: str, expected: str | None) -> None:
    assert year_filled(text, 2025) == expected


def _node(attributes: str, shown: str) -> object:
    from lxml import html

    return html.fromstring(f"<span {attributes}>{shown}</span>")


def test_a_unix_time_on_the_date_element_gives_its_time() -> None:
    seconds = int(datetime(2025, 7, 8, 16, 40, tzinfo=UTC).timestamp())
    assert epoch_stamp(_node(f'data-ts="{seconds}"', "July 8, 2025"), date(2025, 7, 8)) == datetime(
        2025, 7, 8, 16, 40, tzinfo=UTC
    )
    assert epoch_stamp(_node(f'data-published="{seconds * 1000}"', "July 8, 2025"), date(2025, 7, 8)) == datetime(
        2025, 7, 8, 16, 40, tzinfo=UTC
    )
    assert epoch_stamp(_node(f'data-ts="{seconds}"', "July 2, 2025"), date(2025, 7, 2)) is None  # another day
    assert epoch_stamp(_node(f'id="{seconds}"', "July 8, 2025"), date(2025, 7, 8)) is None  # no data-* attribute


def test_a_date_line_takes_the_unix_time_of_its_own_element() -> None:
    seconds = int(datetime(2025, 7, 8, 16, 40, tzinfo=UTC).timestamp())
    line = f"<div class='meta'>By Ana Ruiz · <span class='ts' data-timestamp='{seconds}'>Jul 8, 2025</span></div>"
    story = page(line, "en", "https://www.example.com/news/centres")
    assert story.published_at() == datetime(2025, 7, 8, 16, 40, tzinfo=UTC)
    other = line.replace(f"data-timestamp='{seconds}'", f"data-timestamp='{seconds - 6 * 86400}'")
    assert page(other, "en", "https://www.example.com/news/centres").published_at() == datetime(2025, 7, 8, tzinfo=UTC)


def test_listopad_is_october_on_a_croatian_page_and_november_on_a_polish_one() -> None:
    line = "<div class='datum'>15. listopada 2025. 10:20</div>"
    croatian = page(line, "hr", "https://www.example.com/vijesti/centres")
    assert croatian.published_at() is not None and croatian.published_at().date() == date(2025, 10, 15)
    polish = page(line.replace("2025.", "2025"), "pl", "https://www.example.com/wiadomosci/centres")
    assert polish.published_at() is not None and polish.published_at().date() == date(2025, 11, 15)
