"""Spider construction and arguments (crawls of the mirror network are in test_crawl.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from scrapy.exceptions import UsageError

from newscrawl.sites import parse_site
from newscrawl.spiderloader import site_spider
from spiders.news import NewsSpider, parse_arguments

WIB = timezone(timedelta(hours=7))


def test_arguments_are_parsed_in_the_site_timezone():
    args = parse_arguments(
        {"since": "2023-09-01", "until": "2023-09-30T12:00Z", "limit": "5", "full": "1", "routes": "sitemap,feed"}, WIB
    )
    assert args["since"] == datetime(2023, 9, 1, tzinfo=WIB)
    assert args["until"] == datetime(2023, 9, 30, 12, tzinfo=timezone.utc)
    assert (args["limit"], args["full"], args["routes"]) == (5, True, ("sitemap", "feed"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"since": "yesterday"}, "-a since=yesterday: expected a date"),
        ({"limit": "0"}, "expected at least 1"),
        ({"limit": "many"}, "expected a whole number"),
        ({"routes": "rss"}, "unknown route 'rss'"),
        ({"sinse": "2023-01-01"}, "unknown spider argument 'sinse'"),
    ],
)
def test_bad_arguments_are_one_line_usage_errors(args, message):
    with pytest.raises(UsageError, match=message):
        parse_arguments(args)


def test_site_spider_carries_site_and_politeness():
    site = parse_site(
        {
            "name": "slow",
            "base_url": "https://slow.example",
            "family": "wordpress",
            "politeness": {"concurrency": 1, "delay": 2.5, "obey_robots": True},
        },
        "test.toml",
    )
    cls = site_spider(NewsSpider, site)
    assert cls.name == "slow" and cls.site is site and issubclass(cls, NewsSpider)
    assert cls.custom_settings == {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2.5, "ROBOTSTXT_OBEY": True}
    assert cls.allowed_domains == ["slow.example"]
    spider = cls(since="2023-09-01")
    assert spider.since == datetime(2023, 9, 1, tzinfo=timezone.utc)


def test_two_urls_of_one_canonical_article_yield_it_once():
    from types import SimpleNamespace

    site = parse_site({"name": "dup", "base_url": "https://dup.example", "family": "wordpress"}, "test.toml")
    spider = site_spider(NewsSpider, site)()
    article = SimpleNamespace(canonical_url="https://dup.example/2023/09/kim-tiba/")
    assert not spider._duplicate_of_another_url(article, "https://dup.example/2023/09/kim-tiba/?utm_source=x")
    assert spider._duplicate_of_another_url(article, "https://dup.example/?p=123")
    # The same URL fetched again (a retry, a full re-crawl) is not a duplicate of itself.
    assert not spider._duplicate_of_another_url(article, "https://dup.example/2023/09/kim-tiba/")


class _UnreadableStore:
    """A store whose reads fail, as a locked or corrupt SQLite file's do."""

    def known_urls(self, urls):
        from newscrawl.store import StoreUnavailable

        raise StoreUnavailable("cannot read sqlite:///s.sqlite: database disk image is malformed")

    get_state = get_article = known_urls


def _spider_on_unreadable_store():
    from types import SimpleNamespace

    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    site = parse_site({"name": "unread", "base_url": "https://unread.example", "family": "wordpress"}, "test.toml")
    spider = site_spider(NewsSpider, site)()
    closed: list[str] = []

    def close_spider_async(*, reason):  # the engine's is a coroutine; the spider only schedules it
        closed.append(reason)

    crawler = get_crawler()
    spider.crawler = SimpleNamespace(
        stats=MemoryStatsCollector(crawler), engine=SimpleNamespace(close_spider_async=close_spider_async)
    )
    spider.store = _UnreadableStore()
    return spider, closed


def test_a_store_that_cannot_be_read_stops_the_crawl_instead_of_refetching_everything():
    from newscrawl.discovery import Listed

    spider, closed = _spider_on_unreadable_store()
    listed = [Listed(f"https://unread.example/2023/09/story-{n}/") for n in range(20)]
    assert list(spider._articles(listed, "sitemap")) == []  # before: all 20 fetched again
    assert closed == ["store_unavailable"]
    assert spider.crawler.stats.get_value("store/last_error").endswith("database disk image is malformed")
    # The articles to retry are not fetched blindly either.
    assert list(spider._retries({"https://unread.example/2023/09/story-1/": 1})) == []
    assert closed == ["store_unavailable"]  # one stop, one log line


def test_an_article_fetched_before_the_store_failed_still_goes_on():
    from types import SimpleNamespace

    spider, closed = _spider_on_unreadable_store()
    article = SimpleNamespace(canonical_url="https://unread.example/2023/09/kim-tiba/")
    assert not spider._duplicate_of_another_url(article, "https://unread.example/?p=5")  # yielded: spooled
    assert closed == ["store_unavailable"]


def test_sitemap_indexes_are_followed_within_one_budget_a_run_newest_first():
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.http import XmlResponse
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    site = parse_site(
        {"name": "many", "base_url": "https://many.example", "family": "generic", "discovery": {"max_sitemaps": 10}},
        "test.toml",
    )
    spider = site_spider(NewsSpider, site)()
    spider.crawler = SimpleNamespace(stats=MemoryStatsCollector(get_crawler()))
    spider.routes = ("sitemap",)

    def index(name: str, days: list[str]) -> XmlResponse:
        entries = "".join(
            f"<sitemap><loc>https://many.example/{name}-{d}.xml</loc><lastmod>{d}</lastmod></sitemap>" for d in days
        )
        url = f"https://many.example/{name}.xml"
        return XmlResponse(
            url,
            body=f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{entries}</sitemapindex>".encode(),
            request=Request(url, meta={"newscrawl_route": 0}),
        )

    days = [f"2026-01-{d:02d}" for d in range(1, 31)]
    followed = [r.url for r in spider.parse_sitemap(index("sitemap", days[:6]))]
    assert followed == [f"https://many.example/sitemap-{d}.xml" for d in days[:6]]  # within the budget: all
    # A second index (an index of indexes names many) gets what is left of the run's budget, newest first.
    followed = [r.url for r in spider.parse_sitemap(index("posts", days))]
    assert followed == [f"https://many.example/posts-{d}.xml" for d in reversed(days[-4:])]
    assert [r.url for r in spider.parse_sitemap(index("more", days))] == []


def _page(url: str, html: str, redirected_from: tuple[str, ...] = ()):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    meta = {"redirect_urls": list(redirected_from)} if redirected_from else {}
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta=meta))


def test_what_a_fetched_listed_page_leaves_for_the_next_run():
    from types import SimpleNamespace

    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.urls import url_key
    from tests.fixtures.smallsite import article_html, listing_html

    site = parse_site({"name": "pages", "base_url": "https://pages.example", "family": "generic"}, "test.toml")
    spider = site_spider(NewsSpider, site)()
    spider.crawler = SimpleNamespace(stats=MemoryStatsCollector(get_crawler()))
    base = "https://pages.example"
    stub = "<html><head><title>Soon</title></head><body class='single'><h1>Soon</h1><p>More soon.</p></body></html>"
    pages = [
        # an article reached through a shortlink; a tag page; a stub; a post not live yet sent home
        _page(
            f"{base}/2026/01/story/", article_html("Ferry line opens", "2026-01-05T08:00:00+00:00"), (f"{base}/?p=7",)
        ),
        _page(f"{base}/tag/ferry/", listing_html("Ferry", "archive tag")),
        _page(f"{base}/2026/01/stub/", stub),
        _page(f"{base}/", listing_html("Pages", "home"), (f"{base}/2026/01/scheduled/",)),
    ]
    items = [item for response in pages for item in spider.parse_article(response)]
    assert [item.url for item in items] == [f"{base}/2026/01/story/"]
    assert items[0].redirected_from == [f"{base}/?p=7"]
    assert spider._articles_found == {url_key(f"{base}/2026/01/story/"), url_key(f"{base}/?p=7")}
    assert spider._fetched == spider._articles_found | {url_key(f"{base}/tag/ferry/")}
    assert spider._fetch_failed == {f"{base}/2026/01/stub/", f"{base}/2026/01/scheduled/"}
    assert {k: v[:2] for k, v in spider._non_articles_found.items()} == {
        url_key(f"{base}/tag/ferry/"): [f"{base}/tag/ferry/", "tag"]
    }


def test_a_child_sitemap_that_stayed_busy_is_a_failed_document_not_a_refusal():
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.http import Response
    from scrapy.spidermiddlewares.httperror import HttpError
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler
    from twisted.python.failure import Failure

    site = parse_site({"name": "busy", "base_url": "https://busy.example", "family": "generic"}, "test.toml")
    spider = site_spider(NewsSpider, site)()
    spider.crawler = SimpleNamespace(stats=MemoryStatsCollector(get_crawler()))
    spider.routes = ("sitemap",)
    meta = {"newscrawl_route": 0, "newscrawl_follow": True}
    busy = Request("https://busy.example/post-sitemap2.xml", meta=meta)
    forbidden = Request("https://busy.example/private-sitemap.xml", meta=meta)
    # RetryAfterMiddleware gives up a 503 that stayed busy; robots.txt forbids the other.
    for request, error in [
        (busy, HttpError(Response(busy.url, status=503, request=busy), "HTTP 503 after 3 waits")),
        (forbidden, IgnoreRequest("Forbidden by robots.txt")),
    ]:
        failure = Failure(error)
        failure.request = request
        list(spider.discovery_failed(failure))
    assert spider._failed_documents == {busy.url: "sitemap"}


def test_a_site_searchs_page_is_counted_and_remembered_as_a_search():
    from types import SimpleNamespace

    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.urls import url_key

    site = parse_site({"name": "finds", "base_url": "https://finds.example", "family": "generic"}, "test.toml")
    spider = site_spider(NewsSpider, site)()
    spider.crawler = SimpleNamespace(stats=MemoryStatsCollector(get_crawler()))
    url = "https://finds.example/search?q=lighthouse"
    cards = "".join(
        f'<li><a href="/coast/{n}">Lighthouse keeper number {n} retires after decades</a>'
        f"<span>2{n} Nov 2026</span><p>A short summary of the story.</p></li>"
        for n in range(3)
    )
    html = f"""<html><head><title>Search results: lighthouse</title></head><body>
    <main><h1>Search results for "lighthouse"</h1><ul>{cards}</ul></main></body></html>"""
    assert list(spider.parse_article(_page(url, html))) == []
    assert spider.crawler.stats.get_value("extract/not_article/search") == 1
    assert spider._non_articles_found[url_key(url)][:2] == [url, "search"]
