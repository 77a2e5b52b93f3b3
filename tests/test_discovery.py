"""Discovery parsers on documents we wrote in the shapes real sites serve."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

from newscrawl.discovery import is_trap, parse_feed, parse_rest_posts, parse_robots, parse_sitemap, parse_when

UTC = timezone.utc

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://kabar.example/post-sitemap.xml</loc><lastmod>2023-09-14T08:00:00+07:00</lastmod></sitemap>
  <sitemap><loc>https://kabar.example/page-sitemap.xml</loc></sitemap>
</sitemapindex>"""

NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://kabar.example/2023/09/kim-tiba/</loc>
    <news:news><news:publication><news:name>Kabar</news:name><news:language>id</news:language></news:publication>
    <news:publication_date>2023-09-13T10:15:00+07:00</news:publication_date><news:title>Kim tiba</news:title></news:news>
    <lastmod>2023-09-20T00:00:00Z</lastmod></url>
</urlset>"""


def test_sitemap_index_and_news_urlset():
    index = parse_sitemap(INDEX)
    assert [c.url for c in index.children] == [
        "https://kabar.example/post-sitemap.xml",
        "https://kabar.example/page-sitemap.xml",
    ]
    assert index.children[0].when == datetime(2023, 9, 14, 1, 0, tzinfo=UTC)
    news = parse_sitemap(gzip.compress(NEWS))
    assert news.is_news
    # The news publication date wins over a later lastmod.
    assert news.urls[0].when == datetime(2023, 9, 13, 3, 15, tzinfo=UTC)


def test_broken_documents_give_nothing_not_an_error():
    for junk in (b"", b"<html><body>404</body></html>", b"\x1f\x8b not gzip", b"<urlset><url><loc>"):
        assert parse_sitemap(junk).urls == ()
        assert parse_feed(junk).entries == ()
    assert parse_rest_posts(b"<html>").ok is False
    assert parse_rest_posts(b'{"code":"rest_no_route"}').ok is False


def test_rss_atom_and_blogger_json():
    rss = b"""<rss version="2.0"><channel><item><title>A</title><link>https://b.example/a/</link>
      <pubDate>Wed, 13 Sep 2023 03:15:00 +0000</pubDate></item></channel></rss>"""
    assert parse_feed(rss).entries[0].when == datetime(2023, 9, 13, 3, 15, tzinfo=UTC)
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><link rel="next" href="/feed?page=2"/>
      <entry><link rel="alternate" href="https://b.example/b"/><published>2023-09-13T10:00:00+07:00</published></entry></feed>"""
    parsed = parse_feed(atom, "https://b.example/feed")
    assert parsed.entries[0].url == "https://b.example/b" and parsed.next_url == "https://b.example/feed?page=2"
    blogger = json.dumps(
        {
            "feed": {
                "link": [{"rel": "next", "href": "https://blog.example/feeds/posts/default?alt=json&start-index=26"}],
                "entry": [
                    {
                        "link": [
                            {"rel": "replies", "href": "x"},
                            {"rel": "alternate", "href": "https://blog.example/2023/09/a.html"},
                        ],
                        "published": {"$t": "2023-09-13T10:15:00.001+08:00"},
                    }
                ],
            }
        }
    ).encode()
    parsed = parse_feed(blogger)
    assert parsed.entries[0].url == "https://blog.example/2023/09/a.html"
    assert parsed.entries[0].when == datetime(2023, 9, 13, 2, 15, 0, 1000, tzinfo=UTC)
    assert parsed.next_url.endswith("start-index=26")


def test_rest_posts_page():
    body = json.dumps(
        [{"id": 7, "link": "https://s.example/2023/09/13/a/", "date_gmt": "2023-09-13T03:15:00"}]
    ).encode()
    page = parse_rest_posts(body, b"4")
    assert page.ok and page.total_pages == 4
    assert page.posts[0].when == datetime(2023, 9, 13, 3, 15, tzinfo=UTC)
    assert page.posts[0].rest_post["id"] == 7


def test_robots_sitemaps_and_crawl_delay():
    robots = parse_robots(
        b"User-agent: *\nCrawl-delay: 2\nDisallow: /cari/\nSitemap: https://s.example/sitemap_index.xml\n",
        "newscrawl/0.1",
    )
    assert robots.sitemaps == ("https://s.example/sitemap_index.xml",) and robots.crawl_delay == 2.0


def test_traps():
    assert is_trap("/calendar/2023/09/?view=month")
    assert is_trap("/?s=banjir")
    assert is_trap("/tag/politik/")
    assert not is_trap("/category/dunia/page/2/")
    assert not is_trap("/2023/09/13/kim-tiba-di-vostochny/")


def test_parse_when_formats():
    assert parse_when("2023-09-13") == datetime(2023, 9, 13, tzinfo=UTC)
    assert parse_when("not a date") is None


def test_which_pages_are_remembered_as_no_article_and_which_are_retried():
    from newscrawl.discovery import RETRY, listed_page_outcome

    assert listed_page_outcome("not_article:tag") == "tag"
    assert listed_page_outcome("not_article:home") == "home"
    # A soft 404, an empty answer or a stub too short to be an article is retried like a 5xx
    # (it may be a post listed before it went live); our own failure is never remembered.
    for kind in ("too_short", "error", "empty"):
        assert listed_page_outcome(f"not_article:{kind}") == RETRY
        assert listed_page_outcome(f"not_article:{kind}", redirected=True) == RETRY
    assert listed_page_outcome("extract_failed") is None
    assert listed_page_outcome("extract_failed", redirected=True) is None
    assert listed_page_outcome("bad_url") is None
    assert listed_page_outcome(None) is None
    # A listed URL sent to a listing (a post not live yet, redirected to the home page): retried.
    assert listed_page_outcome("not_article:home", redirected=True) == RETRY
    assert listed_page_outcome("not_article:tag", redirected=True) == RETRY


def test_a_remembered_page_is_fetched_again_only_when_it_could_have_become_an_article():
    from datetime import datetime, timedelta, timezone

    from newscrawl.discovery import fetch_non_article_again

    seen = datetime(2026, 1, 10, tzinfo=timezone.utc)
    later, earlier = seen + timedelta(hours=1), seen - timedelta(hours=1)
    # A too_short entry of an older state: fetched again whatever the listing's date (a feed's
    # pubDate is the publication time, never after our fetch).
    assert fetch_non_article_again("too_short", seen, later)
    assert fetch_non_article_again("too_short", seen, earlier)
    assert fetch_non_article_again("too_short", seen, None)
    for kind in ("home", "tag", "category", "author", "archive", "search", "given_up"):
        assert not fetch_non_article_again(kind, seen, later)  # listings change, never into articles


def test_a_gzip_bomb_sitemap_is_read_up_to_the_cap_without_unpacking_it_all():
    import tracemalloc
    import zlib

    from newscrawl.discovery import MAX_DOCUMENT_BYTES, parse_sitemap

    head = (
        b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        b"<url><loc>https://bomb.example/2026/01/a/</loc></url><url><loc>https://bomb.example/2026/01/b/</loc></url>"
    )
    packer = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(head)]
    blank = b" " * (1 << 20)
    parts += [packer.compress(blank) for _ in range(8 * MAX_DOCUMENT_BYTES >> 20)]  # 400 MB of spaces
    parts += [packer.compress(b"</urlset>"), packer.flush()]
    bomb = b"".join(parts)
    assert len(bomb) < 4 * 1024 * 1024
    tracemalloc.start()
    try:
        sitemap = parse_sitemap(bomb, "https://bomb.example/sitemap.xml.gz")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [e.url for e in sitemap.urls] == ["https://bomb.example/2026/01/a/", "https://bomb.example/2026/01/b/"]
    assert peak < 3 * MAX_DOCUMENT_BYTES  # unpacking it all took 400 MB


def test_a_broken_or_cut_gzip_sitemap_gives_what_it_holds():
    import gzip

    from newscrawl.discovery import parse_sitemap

    packed = gzip.compress(
        b"<urlset><url><loc>https://cut.example/2026/01/a/</loc></url>" + b"<!-- -->" * 5000 + b"</urlset>"
    )
    assert [e.url for e in parse_sitemap(packed[: len(packed) // 2]).urls] == ["https://cut.example/2026/01/a/"]
    assert parse_sitemap(b"\x1f\x8b\x08\x00 not gzip at all").urls == ()
