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
    args = parse_arguments({"since": "2023-09-01", "until": "2023-09-30T12:00Z", "limit": "5", "full": "1",
                            "routes": "sitemap,feed"}, WIB)
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
        {"name": "slow", "base_url": "https://slow.example", "family": "wordpress",
         "politeness": {"concurrency": 1, "delay": 2.5, "obey_robots": True}},
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
