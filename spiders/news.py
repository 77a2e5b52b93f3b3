"""The spider every registered site gets (see newscrawl.spiderloader).

Discovery goes down the site's routes, most efficient first (``rest``,
``news_sitemap``, ``sitemap``, ``feed``, ``archive``; a registry entry or ``-a
routes=`` can pick and order them). A route that is missing or broken (404, not
the format, disallowed by robots.txt, failing mid-way) hands over to the next by
itself. The complete routes (REST, sitemaps, archives) list every article; the
recent ones (news sitemap, feeds) are trusted only when they reach back to what
the last run saw, otherwise the next route runs too.

Incremental state lives in the store (``crawl_state``): the high-water mark
(newest publication time seen) and the route that worked. A cron run asks only
for what is newer than the mark, less an overlap, and skips every URL the store
already has, so an unchanged site costs a few discovery requests. The mark moves
only when a run finishes normally: a killed run is followed by one that fills
the gap.

Arguments: ``-a since=2023-09-01``, ``-a until=2023-09-30``, ``-a limit=N``,
``-a full=1`` (ignore incremental state), ``-a routes=sitemap,archive``.
Settings: ``NEWSCRAWL_ROUTES`` (default route order), ``DISCOVERY_OVERLAP_HOURS``,
``DISCOVERY_REST_PER_PAGE``, ``NEWSCRAWL_BROWSER_ENABLED``.
Stats: ``discovery/<route>/documents``, ``discovery/<route>/listed``,
``discovery/<route>/failed``, ``discovery/known``, ``discovery/scheduled``,
``discovery/retried``, ``discovery/sitemaps_retried``, ``discovery/skipped_non_article``,
``fetch/failed``, ``fetch/gone``, ``extract/not_article/<reason>``, ``extract/duplicate_canonical``,
``render/browser_unavailable``, ``render/no_browser`` (why, when no page gave an article: exit 1).

The mark decides which documents are read, never which listed entries count: an entry in
hand dated before it (a backdated post) is fetched when the store does not have it. It does
not move past a discovery document that failed (a child sitemap's 5xx: exit 1), nor when no
listed page gave an article while some failed. A failed child sitemap is kept in the state
(``failed_sitemaps``) and asked for first by the next runs (``discovery/sitemaps_retried``),
out of their ``max_sitemaps``, until it answers or ``DISCOVERY_RETRY_RUNS`` runs failed it.
The state is saved in one write; a failed write exits 2.

A listed page that is no article (home, tag, category, author, archive, search) is
remembered in the state (``non_articles``: URL, kind, when fetched) and not fetched by
later runs. A page that says "not found" with status 200 (a soft 404), an empty one, one
too short to be an article (a stub), or a listed URL redirected to a listing (a post not
live yet sent to the home page) is retried like a 5xx (``retry_urls``).

An article whose fetch fails (5xx after retries, a timeout, a dead connection) does not
hold the mark back: its URL is kept in the state (``retry_urls``) and fetched first by the
next runs until it answers, by at most ``DISCOVERY_RETRY_RUNS`` later runs that reached the
site (then remembered as ``given_up``). A 404 or 410 is retried the same way: a listing can
name a post before it is live, and a deleted one is not fetched again once given up.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy
from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    UsageError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from newscrawl.discovery import (
    DROPPED_COPY,
    GIVEN_UP,
    MAX_NON_ARTICLES,
    RETRY,
    Listed,
    fetch_non_article_again,
    is_trap,
    listed_page_outcome,
    parse_feed,
    parse_rest_posts,
    parse_robots,
    parse_sitemap,
    parse_when,
)
from newscrawl.sites import ROUTES, Site
from newscrawl.store import StoreError, open_store, store_uri_from_settings
from newscrawl.urls import url_key
from pipelines.dedupe import DuplicateArticle

#: Failures that say nothing answered at all (no connection, no name, no response in time).
_UNREACHABLE = (CannotResolveHostError, DownloadConnectionRefusedError, DownloadFailedError, DownloadTimeoutError)
#: Cost of a route for a cron run that wants only what is new (lower first).
INCREMENTAL_COST = {"rest": 0, "news_sitemap": 1, "feed": 1, "sitemap": 2, "archive": 3}
#: Entries dated at or before the window start a recent-items listing (feed, news sitemap) needs
#: to be trusted to reach back to the last run (one could be a pinned post).
REACH_BACK_ENTRIES = 2
#: Routes that list every article; the others list only recent ones.
COMPLETE_ROUTES = frozenset({"rest", "sitemap", "archive"})
_LISTING_PATH = re.compile(
    r"/(page|halaman)/\d+/?$|[?&](page|paged|halaman|updated-max)=|/(category|kategori|section|rubrik|topic|kanal)/"
    r"|/search/label/|^/\d{4}/(\d{1,2}/)?$",
    re.I,
)
_ARTICLE_HINT = re.compile(r"/\d{4}/\d{2}/|\.html?$|-[a-z0-9]+-[a-z0-9]+", re.I)
#: Pagination links by their text, in English, Indonesian and Malay.
_NEXT_TEXT = re.compile(
    r"^(next|older|older posts|more|selanjutnya|berikutnya|lebih lama|lanjut|seterusnya|catatan lama|›|»|>|\d{1,4})$"
)
#: One path segment, no file extension: /world-news/, /dunia
_SECTION_PATH = re.compile(r"^/[^/.]+/?$")
#: Pages that are never articles: about, contact, policies; Blogger's static /p/ pages.
_NOT_ARTICLE = re.compile(
    r"^/p/|/(about|about-us|contact|contact-us|tentang|tentang-kami|kontak|hubungi-kami|privacy|"
    r"privacy-policy|kebijakan-privasi|disclaimer|redaksi|pedoman-media-siber|terms|advertise|iklan)(/|\.html|$)",
    re.I,
)
#: Child sitemaps that list posts, as WordPress core, Yoast and Rank Math name them.
_POST_SITEMAP = re.compile(r"/(wp-sitemap-posts-post-\d+|post-sitemap\d*)\.xml", re.I)
#: Child sitemaps that list no articles (WordPress core, Yoast, Rank Math names).
_NON_POST_SITEMAP = re.compile(r"taxonom|users|author|-page-|/page-sitemap|category-sitemap|tag-sitemap|post_tag", re.I)
_STATIC = re.compile(r"\.(jpe?g|png|gif|webp|svg|css|js|pdf|zip|mp[34]|xml|json|ico)(\?|$)", re.I)


def parse_arguments(args: dict[str, Any], tz: Any = timezone.utc) -> dict[str, Any]:
    """Validate the spider arguments; raise ``UsageError`` with one line on a bad one."""
    known = {"since", "until", "limit", "full", "routes"}
    unknown = sorted(set(args) - known)
    if unknown:
        raise UsageError(f"unknown spider argument {unknown[0]!r} (known: {', '.join(sorted(known))})")
    out: dict[str, Any] = {"since": None, "until": None, "limit": None, "full": False, "routes": None}
    for name in ("since", "until"):
        value = args.get(name)
        if value in (None, ""):
            continue
        try:
            when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise UsageError(f"-a {name}={value}: expected a date like 2023-09-01 or 2023-09-01T10:00+07:00") from None
        out[name] = when if when.tzinfo else when.replace(tzinfo=tz)
    if args.get("limit") not in (None, ""):
        try:
            out["limit"] = int(args["limit"])
        except ValueError:
            raise UsageError(f"-a limit={args['limit']}: expected a whole number") from None
        if out["limit"] < 1:
            raise UsageError(f"-a limit={args['limit']}: expected at least 1")
    out["full"] = str(args.get("full", "")).lower() in ("1", "true", "yes")
    if args.get("routes"):
        routes = [r.strip() for r in str(args["routes"]).split(",") if r.strip()]
        bad = [r for r in routes if r not in ROUTES]
        if bad:
            raise UsageError(f"-a routes: unknown route {bad[0]!r} (known: {', '.join(ROUTES)})")
        out["routes"] = tuple(routes)
    return out


class NewsSpider(scrapy.Spider):
    """Discovers a site's new articles and yields one Article per article page."""

    name: str = None  # type: ignore[assignment]  # each site subclass sets it; unnamed stays unlisted
    site: Site | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        spider_args = {k: kwargs.pop(k) for k in list(kwargs) if k in ("since", "until", "limit", "full", "routes")}
        super().__init__(*args, **kwargs)
        tz = self.site.tz if self.site else timezone.utc
        parsed = parse_arguments(spider_args, tz)
        self.since: datetime | None = parsed["since"]
        self.until: datetime | None = parsed["until"]
        self.limit: int | None = parsed["limit"]
        self.full: bool = parsed["full"]
        self.forced_routes: tuple[str, ...] | None = parsed["routes"]
        self.store = None
        self.routes: tuple[str, ...] = ()
        self.window_start: datetime | None = None
        self.hwm: datetime | None = None
        self._newest: datetime | None = None
        self._seen: set[str] = set()
        self._scheduled = 0
        self._route_done: set[int] = set()
        self._robots_sitemaps: tuple[str, ...] = ()
        self._archive_pages = 0
        self._sitemaps_followed = 0  # child sitemaps followed this run (max_sitemaps)
        self._sitemaps_asked: set[str] = set()  # url keys of the child sitemaps asked for this run
        self._sitemaps_read: set[str] = set()  # url keys of those that answered (or are gone)
        self._route_used: str | None = None
        self._failed_routes: set[str] = set()
        self._canonical_holder: dict[str, str] = {}
        self._fetched: set[str] = set()  # url keys of article requests that got a page
        self._fetch_failed: set[str] = set()  # article URLs that failed (5xx, timeouts, DNS...)
        self._gone: set[str] = set()  # article URLs answered 404/410: retried like a soft 404
        self._retry_known: set[str] = set()  # URLs to retry that the store holds by now
        # Listed URLs that were no article (home, tag, too short...), from the state:
        # url key -> (kind, fetched at); and those this run found, and the articles it found.
        self._non_articles: dict[str, tuple[str, datetime | None]] = {}
        self._non_articles_found: dict[str, list[str]] = {}
        self._articles_found: set[str] = set()
        self._dropped_copies: dict[str, list[str]] = {}  # DEDUPE_MODE=drop: copies never stored
        self._failed_documents: dict[str, str] = {}  # discovery documents (child sitemaps...) that failed: route
        # Why a render = "browser" site's pages are fetched without their browser (from_crawler).
        self.browser_missing: str | None = None
        self.browser_ready = False

    @classmethod
    def check_arguments(cls, args: dict[str, Any]) -> None:
        """Raise UsageError (one line) for a bad -a argument, before the crawl starts."""
        parse_arguments(args, cls.site.tz if cls.site else timezone.utc)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if settings.getbool("STORE_ENABLED", True):
            try:
                spider.store = open_store(store_uri_from_settings(settings), check=False)
            except StoreError as exc:
                spider.logger.error("No incremental state (store: %s)", exc)
        order = (
            spider.forced_routes
            or (spider.site.discovery.routes if spider.site else ())
            or tuple(settings.getlist("NEWSCRAWL_ROUTES") or ROUTES)
        )
        spider.routes = tuple(order)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._item_dropped, signal=signals.item_dropped)
        if spider.site is not None and spider.site.render == "browser":
            spider.browser_missing = browser_missing(settings)
            spider.browser_ready = spider.browser_missing is None
            if spider.browser_missing:
                spider.logger.error(
                    "%s needs a browser but %s; fetching its pages without one",
                    spider.site.name,
                    spider.browser_missing,
                )
        return spider

    # -- start ---------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        if self.site is None:
            self.logger.error("Spider %s has no site; run one of `scrapy list`", self.name)
            return
        state = {}
        if self.store is not None and not self.full:
            try:
                state = self.store.get_state(self.site.name)
            except StoreError as exc:
                self._store_failed(exc, "reading the crawl state")
                return
        self.hwm = _parse_time(state.get("hwm"))
        self._non_articles = {
            url_key(url): (kind, _parse_time(seen)) for url, kind, seen in _non_article_entries(state)
        }
        overlap = timedelta(hours=self.settings.getfloat("DISCOVERY_OVERLAP_HOURS", 24))
        starts = [t for t in (self.since, self.hwm - overlap if self.hwm else None) if t is not None]
        self.window_start = max(starts) if starts else None
        self.logger.info(
            "Crawling %s (%s) via %s; %s",
            self.site.name,
            self.site.base_url,
            ",".join(self.routes),
            f"new since {self.window_start.isoformat()}" if self.window_start else "everything",
        )
        if self.window_start is not None and not self.forced_routes:
            # A cron run wants only what is new: the cheap self-checking routes (REST after=,
            # news sitemap, feed) go first; routes that failed last time go last.
            failed_before = set(state.get("failed_routes", ()))
            self.routes = tuple(sorted(self.routes, key=lambda r: (r in failed_before, INCREMENTAL_COST[r])))
        for request in self._retries(_retry_map(state)):
            yield request
        for request in self._sitemap_retries(_failed_sitemaps(state)):
            yield request
        robots_url = urljoin(self.site.base_url, "/robots.txt")
        middleware = self._robots_middleware()
        if middleware is not None:
            # Share the robots.txt that RobotsTxtMiddleware fetches anyway: one request, not two.
            try:
                parser = await middleware.robot_parser(scrapy.Request(robots_url))
            except Exception:  # noqa: BLE001 - robots.txt trouble must not stop discovery
                parser = None
            rules = getattr(parser, "rp", None)
            if parser is None:
                # The middleware could not fetch robots.txt (it said why): fetching it again
                # here costs the same retries; discovery finds out whether the site answers.
                for request in self._start_route(0):
                    yield request
                return
            if rules is not None:
                self._robots_sitemaps = tuple(rules.sitemaps)
                delay = rules.crawl_delay(self.settings.get("USER_AGENT", "newscrawl"))
                self._apply_crawl_delay(float(delay) if delay is not None else None)
                for request in self._start_route(0):
                    yield request
                return
        yield scrapy.Request(
            robots_url,
            callback=self.parse_robots,
            errback=self.robots_failed,
            meta={"dont_obey_robotstxt": True, "handle_httpstatus_list": [404, 403, 410]},
            dont_filter=True,
        )

    def _robots_middleware(self) -> Any:
        from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

        for middleware in self.crawler.engine.downloader.middleware.middlewares:
            if isinstance(middleware, RobotsTxtMiddleware):
                return middleware
        return None

    def parse_robots(self, response: Response) -> Iterator[Any]:
        if response.status == 200:
            robots = parse_robots(response.body, self.settings.get("USER_AGENT", "newscrawl"))
            self._robots_sitemaps = robots.sitemaps
            self._apply_crawl_delay(robots.crawl_delay)
        yield from self._start_route(0)

    def robots_failed(self, failure: Failure) -> Iterator[Any]:
        yield from self._start_route(0)

    def _apply_crawl_delay(self, delay: float | None) -> None:
        obey = self.site.politeness.obey_robots
        if delay is None or obey is False or (obey is None and not self.settings.getbool("ROBOTSTXT_OBEY")):
            return
        self.logger.info("robots.txt asks for Crawl-delay %.2fs", delay)
        self.download_delay = max(getattr(self, "download_delay", 0.0) or 0.0, delay)
        throttle = getattr(self.crawler, "newscrawl_throttle", None)
        if throttle is not None:
            throttle.mindelay = max(throttle.mindelay, delay)
        for slot in self.crawler.engine.downloader.slots.values():
            slot.delay = max(slot.delay, delay)

    # -- routes --------------------------------------------------------------------------

    def _start_route(self, index: int) -> Iterator[Any]:
        if index in self._route_done:
            return
        self._route_done.add(index)
        if index >= len(self.routes):
            if self._route_used is None:
                self.logger.error("No discovery route worked for %s (tried %s)", self.site.name, ",".join(self.routes))
                self.crawler.stats.set_value("discovery/no_route", 1)
            return
        route = self.routes[index]
        candidates = list(dict.fromkeys(self._candidates(route)))
        if not candidates:
            yield from self._start_route(index + 1)
            return
        yield from self._try_candidate(index, candidates, 0)

    def _candidates(self, route: str) -> Iterable[str]:
        site, base = self.site, self.site.base_url
        hints = site.discovery
        if route == "rest":
            if site.family != "wordpress" and not hints.rest_url:
                return  # only WordPress has /wp/v2/posts; asking others costs two 404s a run
            query = {
                "per_page": self.settings.getint("DISCOVERY_REST_PER_PAGE", 100),
                "orderby": "date",
                "order": "desc",
            }
            if self.since:
                query["after"] = _wp_time(self.since)
            if self.window_start and self.window_start != self.since:
                # Posts changed since the mark, not only those dated after it: a post backdated or
                # published late under its first date is new too (WordPress 5.7+; an older one
                # ignores the parameter, see parse_rest).
                query["modified_after"] = _wp_time(self.window_start)
            if self.until:
                query["before"] = _wp_time(self.until)
            rest = hints.rest_url or urljoin(base, "/wp-json/wp/v2/posts")
            sep = "&" if "?" in rest else "?"
            yield rest + sep + urlencode(query)
            if not hints.rest_url:
                yield urljoin(base, "/") + "?" + urlencode({"rest_route": "/wp/v2/posts", **query})
        elif route == "news_sitemap":
            listed = [*hints.sitemaps, *self._robots_sitemaps]
            yield from (u for u in listed if "news" in u.lower())
            if site.family == "wordpress":
                yield urljoin(base, "/news-sitemap.xml")
        elif route == "sitemap":
            listed = [*hints.sitemaps, *self._robots_sitemaps]
            yield from (u for u in listed if "news" not in u.lower())
            if site.family == "wordpress":
                yield from (urljoin(base, p) for p in ("/wp-sitemap.xml", "/sitemap_index.xml"))
            yield urljoin(base, "/sitemap.xml")
        elif route == "feed":
            yield from hints.feeds
            if site.family == "blogger":
                yield urljoin(base, "/feeds/posts/default?alt=json&max-results=150")
            elif site.family == "wordpress":
                yield urljoin(base, "/feed/")
            else:
                # The homepage first: its <link rel="alternate"> names the real feeds.
                yield from (urljoin(base, p) for p in ("/", "/feed/", "/rss.xml", "/atom.xml"))
        elif route == "archive":
            yield from (hints.archives or (base,))

    def _try_candidate(self, index: int, candidates: list[str], position: int) -> Iterator[Any]:
        if position >= len(candidates):
            self.crawler.stats.inc_value(f"discovery/{self.routes[index]}/failed")
            self._failed_routes.add(self.routes[index])
            yield from self._start_route(index + 1)
            return
        route = self.routes[index]
        callback = {
            "rest": self.parse_rest,
            "news_sitemap": self.parse_sitemap,
            "sitemap": self.parse_sitemap,
            "feed": self.parse_feed,
            "archive": self.parse_archive,
        }[route]
        meta = {"newscrawl_route": index, "newscrawl_candidates": candidates, "newscrawl_position": position}
        yield scrapy.Request(
            candidates[position], callback=callback, errback=self.discovery_failed, meta=meta, dont_filter=True
        )

    def discovery_failed(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta
        if isinstance(failure.value, _UNREACHABLE) and not self.crawler.stats.get_value("downloader/response_count"):
            # Nothing of the site has answered yet (robots.txt included): its other discovery
            # URLs would each cost the same retries and timeouts for nothing.
            reason = failure.getErrorMessage() or type(failure.value).__name__
            self.logger.error("%s does not answer, stopping: %s (%s)", self.site.base_url, failure.request.url, reason)
            self.crawler.stats.set_value("discovery/unreachable", reason)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="site_unreachable"))
            return
        self.logger.info(
            "Discovery document failed, trying the next: %s (%s)", failure.request.url, failure.getErrorMessage()
        )
        response = getattr(failure.value, "response", None)
        gone = response is not None and response.status in (403, 404, 410)
        refused = isinstance(failure.value, IgnoreRequest) and not isinstance(failure.value, HttpError)  # robots.txt
        if meta.get("newscrawl_follow") and (gone or refused):
            self._sitemaps_read.add(url_key(failure.request.url))  # a failed child sitemap kept: dropped
        elif meta.get("newscrawl_follow"):
            # A document the route had reached (a child sitemap, a feed's next page) that did not
            # answer this time (5xx, timeout): the mark must not move past what it lists.
            route = self.routes[meta["newscrawl_route"]]
            self._route_used = self._route_used or route
            self._failed_documents[failure.request.url] = route
            self.crawler.stats.set_value("discovery/documents_failed", len(self._failed_documents))
            self.logger.warning(
                "Discovery document failed, read again next run: %s (%s)",
                failure.request.url,
                f"HTTP {response.status}" if response is not None else failure.getErrorMessage(),
            )
        yield from self._next_candidate(meta)

    def _next_candidate(self, meta: dict[str, Any]) -> Iterator[Any]:
        if meta.get("newscrawl_follow") and self.routes[meta["newscrawl_route"]] == "archive":
            # One listing page of many failed (404, robots.txt): the others still stand.
            self.crawler.stats.inc_value("discovery/archive/page_failed")
            return
        if meta.get("newscrawl_follow"):
            # A later page of a route that had started: the route is broken, move on.
            self.crawler.stats.inc_value(f"discovery/{self.routes[meta['newscrawl_route']]}/failed")
            yield from self._start_route(meta["newscrawl_route"] + 1)
            return
        yield from self._try_candidate(
            meta["newscrawl_route"], meta["newscrawl_candidates"], meta["newscrawl_position"] + 1
        )

    def _follow(self, response: Response, url: str, callback: Any, **extra: Any) -> scrapy.Request:
        meta = {k: v for k, v in response.meta.items() if k.startswith("newscrawl_")}
        meta.update(newscrawl_follow=True, **extra)
        return scrapy.Request(url, callback=callback, errback=self.discovery_failed, meta=meta)

    def _document(self, response: Response) -> str:
        route = self.routes[response.meta["newscrawl_route"]]
        self.crawler.stats.inc_value(f"discovery/{route}/documents")
        return route

    # -- REST API ---------------------------------------------------------------------------

    def parse_rest(self, response: Response) -> Iterator[Any]:
        page = parse_rest_posts(response.body, response.headers.get("X-WP-TotalPages"))
        if not page.ok:
            yield from self._next_candidate(response.meta)
            return
        route = self._document(response)
        self._route_used = self._route_used or route
        yield from self._articles(page.posts, route)
        if self._modified_after_ignored(response.url, page.posts):
            # A WordPress older than 5.7 lists every post whatever modified_after says: ask by
            # publication date instead rather than page through the whole site.
            self.logger.info("REST ignores modified_after; listing by publication date: %s", response.url)
            url = _with_query(_without_query(response.url, "modified_after", "page"), after=_wp_time(self.window_start))
            yield self._follow(response, url, self.parse_rest, newscrawl_page=1)
            return
        number = response.meta.get("newscrawl_page", 1)
        if page.total_pages and number < page.total_pages and not self._limit_reached():
            url = _with_query(response.url, page=number + 1)
            yield self._follow(response, url, self.parse_rest, newscrawl_page=number + 1)

    def _modified_after_ignored(self, url: str, posts: Iterable[Listed]) -> bool:
        """Whether a REST answer asked for ``modified_after`` lists a post modified before it."""
        if self.window_start is None or "modified_after=" not in url:
            return False
        for post in posts:
            modified = (post.rest_post or {}).get("modified_gmt")
            when = parse_when(modified + "Z") if isinstance(modified, str) else None
            if when is not None and when < self.window_start - timedelta(minutes=1):
                return True
        return False

    # -- sitemaps ---------------------------------------------------------------------------

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        if response.meta.get("newscrawl_follow"):
            self._sitemaps_read.update(url_key(u) for u in (*response.meta.get("redirect_urls", ()), response.url))
        sitemap = parse_sitemap(response.body, response.url)
        if not sitemap.children and not sitemap.urls:
            if not response.meta.get("newscrawl_follow"):
                yield from self._next_candidate(response.meta)
            return
        route = self._document(response)
        if route == "news_sitemap" and sitemap.children:
            # Someone listed an index as the news sitemap: take the news children only.
            children = [c for c in sitemap.children if "news" in c.url.lower()]
        else:
            children = list(sitemap.children)
        posts_only = [c for c in children if _POST_SITEMAP.search(c.url)]
        if posts_only:
            # WordPress (core, Yoast, Rank Math) names the post sitemaps; the others list
            # pages, categories, tags and authors, whatever language their names are in.
            children = posts_only
        children = [c for c in children if not _NON_POST_SITEMAP.search(c.url)]
        if self.window_start:  # lastmod says nothing new in there
            children = [c for c in children if not (c.when and c.when < self.window_start)]
        children = [c for c in children if url_key(c.url) not in self._sitemaps_asked]  # a failed one, asked first
        budget = self.site.discovery.max_sitemaps - self._sitemaps_followed
        if len(children) > budget:
            # Indexes naming more sitemaps than the site's budget for one run (an index of
            # indexes multiplies the protocol's 50,000 a file) are a trap or a bomb: each child
            # is a request. The newest by lastmod are followed.
            self.logger.warning(
                "Sitemap index %s lists %d sitemaps; following the newest %d (max_sitemaps %d a run)",
                response.url,
                len(children),
                max(budget, 0),
                self.site.discovery.max_sitemaps,
            )
            oldest = datetime.min.replace(tzinfo=timezone.utc)
            children = sorted(children, key=lambda c: c.when or oldest, reverse=True)[: max(budget, 0)]
        self._sitemaps_followed += len(children)
        self._sitemaps_asked.update(url_key(c.url) for c in children)
        for child in children:
            yield self._follow(response, child.url, self.parse_sitemap)
        cap = self.site.discovery.max_sitemap_urls
        urls = list(sitemap.urls)
        if len(urls) > cap:
            self.logger.warning("Sitemap %s lists %d URLs; taking the first %d", response.url, len(urls), cap)
            urls = urls[:cap]
        if urls:
            self._route_used = self._route_used or route
        yield from self._articles(urls, route)
        if route == "news_sitemap" and urls:
            # Every news document is checked, an index's children too: one that does not reach
            # back to the last run (the first run: none does) hands over to the complete route.
            if not self._reaches_back(urls):
                yield from self._start_route(response.meta["newscrawl_route"] + 1)

    # -- feeds -----------------------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[Any]:
        feed = parse_feed(response.body, response.url)
        if not feed.entries:
            discovered = [] if response.meta.get("newscrawl_follow") else self._feed_links(response)
            if discovered:
                # An HTML page (the homepage) naming its feeds: <link rel="alternate" type="...rss+xml">.
                for url in discovered:
                    yield self._follow(response, url, self.parse_feed)
            elif not response.meta.get("newscrawl_follow"):
                yield from self._next_candidate(response.meta)
            return
        route = self._document(response)
        self._route_used = self._route_used or route
        entries = list(feed.entries)
        yield from self._articles(entries, route)
        if self._reaches_back(entries):
            return
        if feed.next_url and not self._limit_reached():
            yield self._follow(response, feed.next_url, self.parse_feed)
        else:
            # The feed does not reach back to the last run: let the next route fill the gap.
            yield from self._start_route(response.meta["newscrawl_route"] + 1)

    @staticmethod
    def _feed_links(response: Response) -> list[str]:
        if not isinstance(response, scrapy.http.TextResponse):
            return []
        links = response.xpath(
            "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
        ).getall()
        return list(dict.fromkeys(response.urljoin(h) for h in links if "comment" not in h.lower()))[:3]

    def _reaches_back(self, entries: list[Listed]) -> bool:
        """Whether a recent-items listing overlaps what the store already covers: at least
        ``REACH_BACK_ENTRIES`` of its dated entries are at or before the window start. One old
        entry alone (a pinned post on top of a feed, an old story updated and fed again) says
        nothing about the posts between it and the newest ones."""
        if self.window_start is None:
            return False
        old = [e for e in entries if e.when and e.when <= self.window_start]
        return len({url_key(e.url) for e in old}) >= REACH_BACK_ENTRIES

    # -- archives --------------------------------------------------------------------------------

    def parse_archive(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            yield from self._next_candidate(response.meta)
            return
        route = self._document(response)
        self._archive_pages += 1
        articles, listings = [], []
        start_page = not response.meta.get("newscrawl_follow")
        for link in response.css("a[href]"):
            url = response.urljoin(link.attrib["href"].strip())
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not self._owns(url) or _STATIC.search(parts.path):
                continue
            tail = parts.path + (f"?{parts.query}" if parts.query else "")
            if is_trap(tail) or _NOT_ARTICLE.search(parts.path):
                continue
            text = " ".join(link.css("::text").getall()).strip().lower()
            if _LISTING_PATH.search(tail) or "next" in link.attrib.get("rel", "") or _NEXT_TEXT.match(text):
                listings.append(url)
            elif self._looks_like_article(parts.path, tail):
                articles.append(Listed(url.split("#", 1)[0]))
            elif start_page and _SECTION_PATH.match(parts.path):
                listings.append(url)  # a section of the site, linked from its front page
        new = list(self._articles(articles, route))
        self._route_used = self._route_used or route
        yield from new
        if self.window_start is not None and not new:
            return  # incremental: a listing page with nothing new; older pages hold nothing new either
        if not start_page and not articles:
            return  # a listing that lists no article leads nowhere: this is what stops calendar traps
        for url in listings:
            key = url_key(url)
            if key in self._seen or self._archive_pages >= self.site.discovery.max_archive_pages:
                continue
            self._seen.add(key)
            yield self._follow(response, url, self.parse_archive)

    def _looks_like_article(self, path: str, tail: str) -> bool:
        pattern = self.site.discovery.article_pattern
        if pattern:
            return re.search(pattern, tail) is not None
        deny = self.site.discovery.deny_pattern
        if (deny and re.search(deny, tail)) or is_trap(tail) or path.rstrip("/") in ("", "/"):
            return False
        return bool(_ARTICLE_HINT.search(path))

    # -- articles ----------------------------------------------------------------------------------

    def _owns(self, url: str) -> bool:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        base = urlsplit(self.site.base_url)
        if parts.netloc.lower().removeprefix("www.") == base.netloc.lower().removeprefix("www."):
            return True
        return parts.port in (None, base.port) and host in self.site.domains

    def _limit_reached(self) -> bool:
        return self.limit is not None and self._scheduled >= self.limit

    def _articles(self, listed: Iterable[Listed], route: str) -> Iterator[scrapy.Request]:
        """Requests for the listed articles that are in the window, on the site and new."""
        stats = self.crawler.stats
        fresh: dict[str, Listed] = {}
        for entry in listed:
            stats.inc_value(f"discovery/{route}/listed")
            if not self._owns(entry.url):
                continue
            if entry.when is not None:
                self._newest = max(self._newest or entry.when, entry.when)
                # The mark's window decides only which documents are read (paging, child
                # sitemaps): an entry in hand dated before it (a backdated post, one published
                # late under its first date) is new if the store does not know it. An explicit
                # -a since= / until= restricts the run.
                if (self.since and entry.when < self.since) or (self.until and entry.when > self.until):
                    continue
            key = url_key(entry.url)
            if key in self._seen:
                continue
            self._seen.add(key)
            skipped = self._non_articles.get(key)
            if skipped is not None and not fetch_non_article_again(*skipped, entry.when):
                stats.inc_value("discovery/skipped_non_article")
                continue
            fresh[entry.url] = entry
        if fresh and self.store is not None and not self.full:
            try:
                known = self.store.known_urls(list(fresh))
            except StoreError as exc:
                self._store_failed(exc, "checking which listed URLs are stored")
                return
            stats.inc_value("discovery/known", len(known))
            for url in known:
                del fresh[url]
        for url, entry in fresh.items():
            if self._limit_reached():
                return
            yield self._article_request(url, route, entry.rest_post)

    def _article_request(self, url: str, route: str, rest_post: Any = None) -> scrapy.Request:
        stats = self.crawler.stats
        self._scheduled += 1
        stats.inc_value("discovery/scheduled")
        meta: dict[str, Any] = {"newscrawl_route_name": route}
        if rest_post is not None:
            meta["newscrawl_rest_post"] = rest_post
        if self.site.render == "browser":
            if self.browser_ready:
                meta["playwright"] = True
                # Scripts that fetch the article text finish after "load": wait for the network.
                meta["playwright_page_goto_kwargs"] = {"wait_until": "networkidle"}
            else:
                stats.inc_value("render/browser_unavailable")
        return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed, meta=meta)

    def _retries(self, retry_urls: dict[str, int]) -> Iterator[scrapy.Request]:
        """Articles whose fetch failed in an earlier run (the mark moved past them): again."""
        urls = [u for u in retry_urls if self._owns(u)]
        if not urls or self.full:
            return
        try:
            known = self.store.known_urls(urls) if self.store is not None else set()
        except StoreError as exc:
            self._store_failed(exc, "checking the articles to retry")
            return
        self._retry_known.update(known)  # stored meanwhile (another run, its canonical URL): done
        for url in urls:
            key = url_key(url)
            if url in known or key in self._seen or self._limit_reached():
                continue
            self._seen.add(key)
            self.crawler.stats.inc_value("discovery/retried")
            yield self._article_request(url, "retry")

    def _sitemap_retries(self, failed: dict[str, tuple[str, int]]) -> Iterator[scrapy.Request]:
        """Child sitemaps that failed in an earlier run: asked for first, out of this run's
        ``max_sitemaps``, whether or not an index still lists them (first)."""
        if self.full:
            return
        for url, (route, _) in failed.items():
            if route not in self.routes or not self._owns(url):
                continue  # kept for a run that takes its route
            self._sitemaps_followed += 1
            self._sitemaps_asked.add(url_key(url))
            self.crawler.stats.inc_value("discovery/sitemaps_retried")
            meta = {
                "newscrawl_route": self.routes.index(route),
                "newscrawl_candidates": [url],
                "newscrawl_position": 0,
                "newscrawl_follow": True,
            }
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.discovery_failed, meta=meta)

    def article_failed(self, failure: Failure) -> None:
        """An article request that got no page: remembered, so the next run tries it again."""
        url = failure.request.url
        response = getattr(failure.value, "response", None)
        if response is not None and response.status in (404, 410):
            # Deleted, or not published yet (a sitemap can list a post before it is live):
            # retried by the next runs like a soft 404, then remembered as given up.
            self._gone.add(url)
            self.crawler.stats.inc_value("fetch/gone")
            self.logger.info("Listed article not found (%d), retried next run: %s", response.status, url)
            return
        self._fetch_failed.add(url)
        self.crawler.stats.inc_value("fetch/failed")
        reason = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        self.logger.warning("Article not fetched, retried next run: %s (%s)", url, reason)

    def parse_article(self, response: Response) -> Iterator[Any]:
        from newscrawl.pages import extract  # the extraction package is imported once, lazily

        fetched_at = datetime.now(timezone.utc)
        redirects = response.meta.get("redirect_urls") or []
        own = url_key(response.url)
        keys = {own, *(url_key(u) for u in redirects)}  # the listed URL, the redirects, the page's
        headers = {k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v}
        result = extract(
            response.body,
            response.url,
            self.site,
            rest_post=response.meta.get("newscrawl_rest_post"),
            fetched_at=fetched_at,
            headers=headers,
        )
        if result.article is None:
            self.crawler.stats.inc_value(f"extract/not_article/{(result.reason or 'unknown').split(':')[-1]}")
            self._not_an_article(response, result.reason, keys)
            return
        self._fetched |= keys
        self._articles_found |= keys
        article = result.article
        article.site = self.site.name
        # The URLs a redirect came through (a listed shortlink, an old slug): stored with the
        # article so the next run knows them and does not fetch them again.
        article.redirected_from = [u for u in redirects if url_key(u) != own]
        if self._duplicate_of_another_url(article, response.url):
            self.crawler.stats.inc_value("extract/duplicate_canonical")
            return
        if article.published_at:
            self._newest = max(self._newest or article.published_at, article.published_at)
        yield article

    def _not_an_article(self, response: Response, reason: str | None, keys: set[str]) -> None:
        """Remember a listed page that was no article, so later runs do not fetch it again, or
        retry it (see :func:`listed_page_outcome`: a soft 404, a stub, a URL sent to the home
        page). ``keys``: the URL keys of the listed URL, its redirects and the page."""
        redirects = response.meta.get("redirect_urls") or []
        listed = (redirects or [response.url])[0]
        outcome = listed_page_outcome(reason, redirected=url_key(listed) != url_key(response.url))
        if outcome == RETRY:
            self._fetch_failed.add(listed)
            why = f"{reason}, redirected to {response.url}" if redirects else reason
            self.logger.warning("Listed page gave no article (%s), retried next run: %s", why, listed)
            return
        self._fetched |= keys
        if outcome is not None:
            self._non_articles_found[url_key(listed)] = [listed, outcome, datetime.now(timezone.utc).isoformat()]

    def _duplicate_of_another_url(self, article: Any, url: str) -> bool:
        """Whether this page's canonical article was already taken under another URL.

        Two URLs the normaliser cannot tell apart (``/?p=123`` and ``/2023/09/slug/``)
        name one article through ``<link rel=canonical>``; the first one fetched wins.
        """
        own = url_key(url)
        canonical = url_key(article.canonical_url) if article.canonical_url else own
        holder = self._canonical_holder.setdefault(canonical, own)
        if holder != own:
            return True
        if canonical != own and self.store is not None and not self.full:
            try:
                stored = self.store.get_article(article.canonical_url)
            except StoreError as exc:
                self._store_failed(exc, "looking up a canonical URL")
                return False  # the article goes on to the store pipeline, which spools it
            return stored is not None and stored.get("url_key") != own
        return False

    # -- close -------------------------------------------------------------------------------------

    def _store_failed(self, exc: StoreError, doing: str) -> None:
        """Stop the crawl: without the store it cannot tell new articles from stored ones, and
        fetching everything listed again is the waste a cron run must not make. What was
        fetched already still reaches the store pipeline, which spools it."""
        stats = self.crawler.stats
        if stats.get_value("store/unavailable"):
            return
        self.logger.error("Store failed while %s; stopping the crawl: %s", doing, exc)
        stats.set_value("store/unavailable", 1)
        stats.set_value("store/last_error", str(exc))
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_unavailable"))

    def _item_dropped(self, item: Any, response: Response | None, exception: BaseException, spider: Any) -> None:
        """A copy ``DEDUPE_MODE = "drop"`` did not store: remembered like a page that was no
        article (its listed URL and the redirects to it), so later runs do not fetch it again."""
        if spider is not self or not isinstance(exception, DuplicateArticle):
            return
        url = ItemAdapter(item).get("url")
        listed = [*((response.meta.get("redirect_urls") or []) if response is not None else []), url]
        now = datetime.now(timezone.utc).isoformat()
        for each in filter(None, listed):
            self._dropped_copies[url_key(each)] = [each, DROPPED_COPY, now]

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        if spider is not self:
            return
        if self.browser_missing and not self._articles_found:
            # A script-built site crawled without its browser: every page is a shell (too short,
            # retried next run). The crawl command ends with one line and exit code 1.
            self.crawler.stats.set_value("render/no_browser", self.browser_missing)
        if self.store is None:
            return
        try:
            state = self.store.get_state(self.site.name)
            values: dict[str, Any] = {}
            # Only a complete, unrestricted run may move the mark: a killed, limited or
            # windowed run leaves it, so the next run fills whatever this one missed.
            if reason == "finished" and self.limit is None and self.until is None and self._route_used:
                values.update(self._mark_values())
            values.update(self._retry_values(state, reason))
            values.update(self._failed_sitemap_values(state, reason))
            values.update(self._non_article_values(state))
            if values:
                # One write: a mark saved without the retries it leaves behind loses them.
                self.store.update_state(self.site.name, values)
        except StoreError as exc:
            self.logger.error("Crawl state not saved: %s", exc)
            stats = self.crawler.stats
            stats.set_value("store/state_not_saved", 1)
            stats.set_value("store/last_error", f"crawl state not saved: {exc}")
        finally:
            self.store.close()

    def _mark_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "last_run_at": datetime.now(timezone.utc).isoformat(),
            "last_route": self._route_used,
            "failed_routes": sorted(self._failed_routes),
        }
        # A post dated in the future (a typo, a wrong timezone) must not push the mark
        # past today, or every later run would skip what is really new.
        ceiling = datetime.now(timezone.utc) + timedelta(hours=1)
        newest = max((min(t, ceiling) for t in (self._newest, self.hwm) if t), default=None)
        if self._fetch_failed and not self._articles_found:
            # Not one listed page gave an article, and some failed or were too short (a
            # script-built site fetched without its browser, an outage mid-run): what the
            # listings dated is no sign the store has it.
            self.logger.warning(
                "No listed page gave an article and %d failed: the mark stays at %s",
                len(self._fetch_failed),
                self.hwm.isoformat() if self.hwm else "none",
            )
            newest = self.hwm
        if self._failed_documents:
            # A discovery document (a child sitemap, a feed's next page) failed: what it lists
            # is unknown, so the next run reads the same window again.
            self.logger.warning(
                "%d discovery documents failed (%s): the mark stays at %s",
                len(self._failed_documents),
                sorted(self._failed_documents)[0],
                self.hwm.isoformat() if self.hwm else "none",
            )
            newest = self.hwm
        if newest is not None:
            values["hwm"] = newest.isoformat()
        return values

    def _retry_values(self, state: dict[str, Any], reason: str) -> dict[str, Any]:
        """The failed articles (with the number of runs that failed them) for the state; a run
        the site did not answer at all does not count against them."""
        before = _retry_map(state)
        limit = self.settings.getint("DISCOVERY_RETRY_RUNS", 5)
        # Runs that could not have fetched the pages (the site down, no browser) do not count.
        counts = reason != "site_unreachable" and not self.browser_missing
        failed = self._fetch_failed | self._gone
        after: dict[str, int] = {}
        for url in {*before, *failed}:
            if url_key(url) in self._fetched or url in self._retry_known:
                continue
            runs = before.get(url, 0) + (counts and url in failed)  # runs that failed it, the first included
            if runs > limit:
                self.logger.error("Giving up on %s: its fetch failed in %d runs", url, runs)
                self._non_articles_found[url_key(url)] = [url, GIVEN_UP, datetime.now(timezone.utc).isoformat()]
                continue
            after[url] = runs
        if after == before:
            return {}
        return {"retry_urls": sorted([u, n] for u, n in after.items())}  # pairs: a URL is no MongoDB field name

    def _failed_sitemap_values(self, state: dict[str, Any], reason: str) -> dict[str, Any]:
        """The child sitemaps that failed (with the number of runs that failed them) for the
        state: asked for first by the next runs, dropped once one answers, given up after
        ``DISCOVERY_RETRY_RUNS`` runs; a run the site did not answer at all does not count."""
        before = _failed_sitemaps(state)
        limit = self.settings.getint("DISCOVERY_RETRY_RUNS", 5)
        counts = int(reason != "site_unreachable")
        after: dict[str, tuple[str, int]] = {}
        for url, route in self._failed_documents.items():
            if route in ("sitemap", "news_sitemap"):  # a feed's or REST's next page is reached again from the top
                after[url] = (route, before.get(url, (route, 0))[1] + counts)
        for url, (route, runs) in before.items():
            if url not in after and url_key(url) not in self._sitemaps_read:
                after[url] = (route, runs)  # not asked for this run (another route, a killed run)
        for url, (_, runs) in list(after.items()):
            if runs > limit:
                self.logger.error("Giving up on sitemap %s: it failed in %d runs", url, runs)
                del after[url]
        if after == before:
            return {}
        return {"failed_sitemaps": sorted([u, r, n] for u, (r, n) in after.items())}

    def _non_article_values(self, state: dict[str, Any]) -> dict[str, Any]:
        """The listed pages this run found were no article, added to the state's (the newest
        ``MAX_NON_ARTICLES``); those that were articles this time dropped."""
        if not self._non_articles_found and not self._articles_found and not self._dropped_copies:
            return {}
        entries = {url_key(url): [url, kind, seen] for url, kind, seen in _non_article_entries(state)}
        before = dict(entries)
        entries.update(self._non_articles_found)
        for key in self._articles_found:
            entries.pop(key, None)
        entries.update(self._dropped_copies)
        if entries == before:
            return {}
        kept = sorted(entries.values(), key=lambda e: e[2] or "", reverse=True)[:MAX_NON_ARTICLES]
        return {"non_articles": sorted(kept)}


def browser_missing(settings: Any) -> str | None:
    """Why pages of a ``render = "browser"`` site cannot be fetched through the browser (one
    clause naming what to fix), or None when it can be."""
    if not settings.getbool("NEWSCRAWL_BROWSER_ENABLED"):
        return "NEWSCRAWL_BROWSER_ENABLED is off"
    try:
        import scrapy_playwright  # noqa: F401 - a pinned requirement, missing from a partial install
    except ImportError:
        return "scrapy-playwright is not installed (pip install -r requirements.txt)"
    # The browser Playwright will launch (NEWSCRAWL_CHROMIUM_PATH, read from the environment).
    launch = settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")
    chromium = launch.get("executable_path") or settings.get("NEWSCRAWL_CHROMIUM_PATH", "/usr/bin/chromium")
    if not os.path.exists(chromium):
        return f"there is no Chromium at {chromium} (apt-get install chromium, or set NEWSCRAWL_CHROMIUM_PATH)"
    return None


def _non_article_entries(state: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """The state's ``non_articles`` ([url, kind, fetched at] triples); bad entries skipped."""
    found = []
    for entry in state.get("non_articles") or ():
        if isinstance(entry, (list, tuple)) and len(entry) == 3 and all(isinstance(v, str) for v in entry[:2]):
            found.append((entry[0], entry[1], entry[2] if isinstance(entry[2], str) else None))
    return found


def _failed_sitemaps(state: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """The state's ``failed_sitemaps`` ([url, route, failed runs] triples) as a mapping; bad
    entries skipped."""
    found: dict[str, tuple[str, int]] = {}
    for entry in state.get("failed_sitemaps") or ():
        if isinstance(entry, (list, tuple)) and len(entry) == 3 and all(isinstance(v, str) for v in entry[:2]):
            found[entry[0]] = (entry[1], entry[2] if isinstance(entry[2], int) else 0)
    return found


def _retry_map(state: dict[str, Any]) -> dict[str, int]:
    """The state's ``retry_urls`` ([url, failed runs] pairs) as a mapping; bad entries skipped."""
    found: dict[str, int] = {}
    for entry in state.get("retry_urls") or ():
        if isinstance(entry, (list, tuple)) and len(entry) == 2 and isinstance(entry[0], str):
            found[entry[0]] = int(entry[1]) if isinstance(entry[1], int) else 0
    return found


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _wp_time(value: datetime) -> str:
    """WordPress REST ``after=`` / ``before=`` take ISO 8601; send UTC with an offset."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _without_query(url: str, *names: str) -> str:
    from w3lib.url import url_query_cleaner

    return url_query_cleaner(url, names, remove=True, keep_fragments=True)


def _with_query(url: str, **params: Any) -> str:
    from w3lib.url import add_or_replace_parameters

    return add_or_replace_parameters(url, {k: str(v) for k, v in params.items()})
