"""Crawls of the small local site (tests/fixtures/smallsite.py) where a new article must not be
missed: a news sitemap index, a pinned feed entry, a backdated post."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from newscrawl.store import open_store
from newscrawl.urls import url_key
from tests.fixtures.smallsite import article_html
from tests.test_crawl import crawl

pytestmark = pytest.mark.slow


def iso(hours_ago: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(hours=hours_ago)).isoformat(timespec="seconds")


def rfc(hours_ago: float) -> str:
    return format_datetime(datetime.now(timezone.utc) - timedelta(hours=hours_ago))


def state_of(store: Path) -> dict:
    with open_store(f"sqlite:///{store}") as s:
        return s.get_state("smallsite")


def key(site, path: str) -> str:
    return url_key(site.base_url + path[1:])


def registry(site, path: Path, routes: list[str], sitemaps: tuple[str, ...] = (), feeds: tuple[str, ...] = ()) -> Path:
    path.write_text(
        f'[[site]]\nname = "smallsite"\nbase_url = "{site.base_url}"\ndomains = ["127.0.0.1"]\n'
        'family = "generic"\nlanguage = "en"\ntimezone = "UTC"\npublisher = "Small Site"\n'
        f"[site.discovery]\nroutes = {json.dumps(routes)}\n"
        f"sitemaps = {json.dumps([site.base_url + p[1:] for p in sitemaps])}\n"
        f"feeds = {json.dumps([site.base_url + p[1:] for p in feeds])}\n",
        encoding="utf-8",
    )
    return path


def feed(site, entries: list[tuple[str, str]]) -> None:
    items = "".join(f"<item><title>t</title><link>{site.base_url.rstrip('/')}{p}</link><pubDate>{d}</pubDate></item>"
                    for p, d in entries)
    site.pages["/feed/"] = (200, "application/rss+xml",
                            f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>{items}</channel></rss>")


def urlset(site, entries: list[tuple[str, str]]) -> tuple[int, str, str]:
    urls = "".join(f"<url><loc>{site.base_url.rstrip('/')}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
    return 200, "application/xml", (f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                                    f"{urls}</urlset>")


def stub_html(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body class='single'><h1>{title}</h1>"
            "<p>Developing story. More soon.</p></body></html>")


OLD = ["/2026/01/a/", "/2026/01/b/"]


def _old_articles(site, hours_ago: float = 3) -> None:
    for path in OLD:
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(hours_ago)))


NEWS_NS = "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'"


def test_a_news_sitemap_index_is_not_taken_as_complete(small_site, tmp_path):
    site = small_site
    recent = ["/2026/11/recent-a/", "/2026/11/recent-b/"]
    older = [f"/2026/10/older-{n}/" for n in range(3)]
    for path in recent:
        site.pages[path] = (200, "text/html", article_html(f"Ferry story {path}", iso(3)))
    for n, path in enumerate(older):
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(24 * (10 + n))))
    news = "".join(f"<url><loc>{site.base_url.rstrip('/')}{p}</loc><news:news><news:publication_date>{iso(3)}"
                   "</news:publication_date></news:news></url>" for p in recent)
    site.pages["/news-sitemap1.xml"] = (200, "application/xml", f"<?xml version='1.0'?><urlset {NEWS_NS}>{news}</urlset>")
    site.pages["/news-sitemap-index.xml"] = (200, "application/xml", f"<?xml version='1.0'?><sitemapindex {NEWS_NS}>"
                                             f"<sitemap><loc>{site.base_url}news-sitemap1.xml</loc></sitemap></sitemapindex>")
    site.sitemap([(p, iso(3)) for p in recent] + [(p, iso(24 * 10)) for p in older])
    reg = registry(site, tmp_path / "sites.toml", ["news_sitemap", "sitemap"],
                   sitemaps=("/news-sitemap-index.xml", "/sitemap.xml"))
    first = crawl(reg, "smallsite", tmp_path / "s.sqlite")
    assert first.stored == {key(site, p) for p in recent + older}


def test_a_pinned_old_feed_entry_does_not_hide_new_posts(small_site, tmp_path):
    site = small_site
    pinned = "/2026/10/pinned-guide/"
    old = [f"/2026/11/old-{n}/" for n in range(3)]
    for path in old:
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(30)))
    site.pages[pinned] = (200, "text/html", article_html("How to reach the islands", iso(24 * 40)))
    listed = [(p, 30.0) for p in old] + [(pinned, 24.0 * 40)]
    feed(site, [(pinned, rfc(24 * 40))] + [(p, rfc(30)) for p in old])
    site.sitemap([(p, iso(h)) for p, h in listed])
    reg, store = registry(site, tmp_path / "sites.toml", ["feed", "sitemap"], sitemaps=("/sitemap.xml",),
                          feeds=("/feed/",)), tmp_path / "s.sqlite"
    crawl(reg, "smallsite", store)
    new = [(f"/2026/11/new-{n:02d}/", 0.1 * (15 - n)) for n in range(15)]
    for path, hours in new:
        site.pages[path] = (200, "text/html", article_html(f"Ferry news {path}", iso(hours)))
    newest = sorted(new, key=lambda e: e[1])[:9]
    feed(site, [(pinned, rfc(24 * 40))] + [(p, rfc(h)) for p, h in newest])  # pinned on top, then the 9 newest
    site.sitemap([(p, iso(h)) for p, h in listed + new])
    second = crawl(reg, "smallsite", store)
    assert {key(site, p) for p, _ in new} <= second.stored
    # A feed that does reach back (entries older than the window, not just the pinned one) is trusted.
    hits = site.hits["/sitemap.xml"]
    feed(site, [(pinned, rfc(24 * 40))] + [(p, rfc(h)) for p, h in newest] + [(p, rfc(30)) for p in old])
    crawl(reg, "smallsite", store)
    assert site.hits["/sitemap.xml"] == hits


@pytest.mark.parametrize("route", ["feed", "sitemap"])
def test_a_backdated_post_is_fetched(small_site, tmp_path, route):
    site = small_site
    _old_articles(site)
    feed(site, [(p, rfc(3)) for p in OLD])
    site.sitemap([(p, iso(3)) for p in OLD])
    reg, store = registry(site, tmp_path / "sites.toml", [route], sitemaps=("/sitemap.xml",),
                          feeds=("/feed/",)), tmp_path / "s.sqlite"
    crawl(reg, "smallsite", store)
    post = "/2026/01/backdated/"  # new, dated three days back: long before the mark
    site.pages[post] = (200, "text/html", article_html("Court ruling from last week", iso(72)))
    feed(site, [(post, rfc(72))] + [(p, rfc(3)) for p in OLD])
    site.sitemap([(post, iso(72))] + [(p, iso(3)) for p in OLD])
    second = crawl(reg, "smallsite", store)
    assert key(site, post) in second.stored
    assert site.hits[OLD[0]] == 1  # what the store has is not fetched again
