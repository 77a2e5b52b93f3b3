"""How much of a date a page gives (``published_precision``) and the date in the page's own zone
(``published_local``): a day alone stays that day east of UTC, whatever the stored instant's UTC
day. Pages we wrote."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.items import article_to_doc
from newscrawl.pages import GenericPage, WordPressPage
from newscrawl.sites import Site

UTC = timezone.utc
HEADLINE = "Banjir rob merendam jalan pesisir Batam selama dua hari"
STORY = "".join(
    f"<p>Paragraf {n}: banjir rob merendam jalan pesisir di Batam selama dua hari, dan petugas dinas "
    f"perhubungan menutup dua ruas jalan sampai air surut pada Selasa sore, kata warga setempat.</p>"
    for n in range(1, 6)
)
JAKARTA = Site(
    name="pesisir",
    base_url="https://pesisir.example/",
    domains=("pesisir.example",),
    family="generic",
    language="id",
    timezone="Asia/Jakarta",
)


def _page(head: str = "", line: str = "", lang: str = "id") -> str:
    return (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title>{head}</head><body><article><h1>{HEADLINE}</h1>'
        f"{line}{STORY}</article></body></html>"
    )


def _ld(**dates: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, **dates}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _dates(page: GenericPage) -> dict:
    doc = article_to_doc(page.to_item())
    names = ("published_at", "published_precision", "published_local", "modified_at", "modified_precision")
    return {name: doc[name] for name in (*names, "modified_local")}


@pytest.mark.parametrize(
    ("url", "site"),
    [("https://pesisir.example/banjir", JAKARTA), ("https://pesisir.example.co.id/banjir", None)],
)
def test_a_day_alone_is_the_pages_day_not_the_utc_day_before(url, site):
    # The registry's zone, or the country's: the day's midnight in Jakarta is 17:00 UTC the day before.
    page = GenericPage(_page(_ld(datePublished="2025-11-24", dateModified="2025-11-26")), url, site)
    assert _dates(page) == {
        "published_at": "2025-11-23T17:00:00+00:00",
        "published_precision": "day",
        "published_local": "2025-11-24",
        "modified_at": "2025-11-25T17:00:00+00:00",
        "modified_precision": "day",
        "modified_local": "2025-11-26",
    }


def test_a_date_line_with_no_time_is_a_day():
    page = GenericPage(_page(line="<p>Senin, 24 November 2025</p>"), "https://pesisir.example/banjir", JAKARTA)
    found = _dates(page)
    assert (found["published_at"], found["published_precision"], found["published_local"]) == (
        "2025-11-23T17:00:00+00:00",
        "day",
        "2025-11-24",
    )


def test_a_clock_is_a_minute_and_a_stamp_with_seconds_a_second():
    line = GenericPage(_page(line="<p>Senin, 24 November 2025 14:05 WIB</p>"), "https://pesisir.example/b", JAKARTA)
    assert _dates(line)["published_precision"] == "minute"
    assert _dates(line)["published_local"] == "2025-11-24T14:05:00+07:00"
    stamp = GenericPage(_page(_ld(datePublished="2025-11-24T14:05:30+07:00")), "https://pesisir.example/b")
    assert _dates(stamp)["published_at"] == "2025-11-24T07:05:30+00:00"
    assert (_dates(stamp)["published_precision"], _dates(stamp)["published_local"]) == (
        "second",
        "2025-11-24T14:05:30+07:00",
    )


def test_a_midnight_written_with_its_time_is_a_time():
    page = GenericPage(_page(_ld(datePublished="2025-11-24T00:00:00+07:00")), "https://pesisir.example/b")
    assert _dates(page)["published_precision"] == "second"
    assert _dates(page)["published_local"] == "2025-11-24T00:00:00+07:00"


def test_a_day_shown_over_a_stamp_keeps_the_stamps_time():
    # published_raw is what the reader sees (the day); the time is the stamp's, not unknown.
    line = '<p><time itemprop="datePublished" datetime="2025-11-24T14:05:00+07:00">24 November 2025</time></p>'
    page = GenericPage(_page(line=line), "https://pesisir.example/b", JAKARTA)
    assert page.published_raw() == "24 November 2025"
    assert page.published_at() == datetime(2025, 11, 24, 7, 5, tzinfo=UTC)
    assert page.published_precision() == "minute"
    assert _dates(page)["published_local"] == "2025-11-24T14:05:00+07:00"


def test_a_relative_date_gives_its_unit():
    fetched = datetime(2025, 11, 24, 9, 0, tzinfo=UTC)
    page = GenericPage(_page(line="<p>3 jam yang lalu</p>"), "https://pesisir.example/b", JAKARTA, fetched_at=fetched)
    assert page.published_at() == fetched - timedelta(hours=3)
    assert page.published_precision() == "hour"


def test_no_date_no_precision():
    page = GenericPage(_page(), "https://pesisir.example/b")
    assert _dates(page) == dict.fromkeys(
        (
            "published_at",
            "published_precision",
            "published_local",
            "modified_at",
            "modified_precision",
            "modified_local",
        )
    )


def test_a_rest_post_keeps_the_sites_own_clock():
    # WordPress REST: date_gmt is the instant, date the site's wall clock: the local form is the latter's.
    rest = {
        "date": "2025-11-24T14:05:00",
        "date_gmt": "2025-11-24T07:05:00",
        "modified": "2025-11-25T08:10:00",
        "modified_gmt": "2025-11-25T01:10:00",
    }
    page = WordPressPage(_page(), "https://pesisir.example/b", rest_post=rest)
    assert _dates(page) == {
        "published_at": "2025-11-24T07:05:00+00:00",
        "published_precision": "second",
        "published_local": "2025-11-24T14:05:00+07:00",
        "modified_at": "2025-11-25T01:10:00+00:00",
        "modified_precision": "second",
        "modified_local": "2025-11-25T08:10:00+07:00",
    }
