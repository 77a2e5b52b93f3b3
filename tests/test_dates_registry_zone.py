"""A registered site whose zone the registry leaves unset (``Site.timezone``'s default, "UTC")
reads a time the page writes with no zone as an unregistered site does: in the zone the page
shows or its country's (session 15, brief FD14), not as UTC."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

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
    return Site(name="kabar-kota", base_url="https://kabar-kota.example.co.id/", domains=("kabar-kota.example.co.id",), **zone)


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
