"""The zone of a time a page writes with none (session 15, brief FD14): a registered site whose zone
the registry leaves unset (``Site.timezone``'s default, "UTC") reads it as an unregistered site does,
in the zone the page shows or its country's, not as UTC; a country domain of a country of several
zones (``.com.au``) reads it in the country's most populous zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from newscrawl.pages import extract
from newscrawl.sites import Site

PAGE = (
    "<html lang='id'><head><title>Banjir surut di tiga kelurahan</title></head><body><article>"
    "<h1>Banjir surut di tiga kelurahan</h1><div class='meta'><span class='date'>Rabu, 26/11/2026 10:15</span></div>"
    "<div class='content'><p>Banjir yang merendam tiga kelurahan mulai surut pada Rabu pagi, kata petugas "
    "penanggulangan bencana setempat kepada wartawan di posko.</p><p>Warga diminta tetap waspada karena hujan "
    "deras diperkirakan turun lagi pada sore hari menurut prakiraan cuaca terbaru.</p></div></article></body></html>"
)
URL = "https://kabar-kota.example.co.id/banjir-surut"
WIB = timezone(timedelta(hours=7))


def site(**zone: str) -> Site:
    return Site(
        name="kabar-kota", base_url="https://kabar-kota.example.co.id/", domains=("kabar-kota.example.co.id",), **zone
    )


def test_a_registered_site_with_no_zone_reads_the_pages_country() -> None:
    article, reason = extract(PAGE, URL, site())
    assert article is not None, reason
    assert article.published_at == datetime(2026, 11, 26, 10, 15, tzinfo=WIB)


def test_the_same_page_unregistered_reads_the_same() -> None:
    article, reason = extract(PAGE, URL)
    assert article is not None, reason
    assert article.published_at == datetime(2026, 11, 26, 10, 15, tzinfo=WIB)


def test_a_zone_the_registry_names_still_wins() -> None:
    article, reason = extract(PAGE, URL, site(timezone="Asia/Makassar"))
    assert article is not None, reason
    assert article.published_at == datetime(2026, 11, 26, 10, 15, tzinfo=timezone(timedelta(hours=8)))


AU_PAGE = (
    "<html lang='en-AU'><head><title>Tram strike called off</title></head><body><article>"
    "<h1>Tram strike called off</h1><div class='timestamp'>{line}</div>"
    "<p>A planned 24-hour tram strike was called off after the operator and the union reached an in-principle "
    "wage deal late on Monday, the union said in a statement.</p><p>Services will run to the normal timetable "
    "on Friday, and the agreement goes to a members' vote next week, the operator said.</p></article></body></html>"
)
SYDNEY = ZoneInfo("Australia/Sydney")


def test_a_country_domain_of_several_zones_reads_a_clock_in_its_most_populous() -> None:
    # (review rv7/27, rv29/26) UTC is no zone of Australia: "9:45PM" on a .com.au page is AEDT's.
    article, reason = extract(
        AU_PAGE.format(line="November 24, 2025 - 9:45PM"), "https://news.example.com.au/tram-strike"
    )
    assert article is not None, reason
    assert article.published_at == datetime(2025, 11, 24, 21, 45, tzinfo=SYDNEY)


def test_a_language_tag_alone_names_no_zone_of_such_a_country() -> None:
    # "en-US" is many a theme's default: a ".com" page's clock stays unplaced (UTC), as before.
    html = AU_PAGE.replace("en-AU", "en-US").format(line="November 24, 2025 - 9:45PM")
    article, reason = extract(html, "https://news.example.com/tram-strike")
    assert article is not None, reason
    assert article.published_at == datetime(2025, 11, 24, 21, 45, tzinfo=timezone.utc)


def test_an_update_line_with_the_first_publications_time_after_a_comma() -> None:
    # (review rv29/26) The publication's time alone takes the update's day; the update is the later.
    line = "Updated November 27 2026 - 3:45pm, first published 1:10pm"
    article, reason = extract(AU_PAGE.format(line=line), "https://news.example.com.au/tram-strike")
    assert article is not None, reason
    assert article.published_at == datetime(2026, 11, 27, 13, 10, tzinfo=SYDNEY)
    assert article.modified_at == datetime(2026, 11, 27, 15, 45, tzinfo=SYDNEY)
