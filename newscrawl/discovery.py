"""Pure parsers for the documents that list a site's articles.

robots.txt (``Sitemap:`` lines, ``Crawl-delay``), sitemaps and sitemap indexes
(WordPress core, Yoast, Rank Math, Google News), RSS / Atom / Blogger JSON feeds,
and WordPress REST ``/wp/v2/posts`` pages. Each parser takes bytes and returns
plain values; none raises on malformed input (it returns what it could read).
The spider (spiders/news.py) decides which documents to fetch.
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from protego import Protego

logger = logging.getLogger(__name__)

#: Largest (uncompressed) discovery document we parse; bigger ones are cut here.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Listed:
    """One article URL as a discovery document lists it."""

    url: str
    #: Publication or last-modification time the listing gives (UTC), if any.
    when: datetime | None = None
    #: The WordPress REST post object, when the listing is the REST API.
    rest_post: dict[str, Any] | None = None


def parse_when(value: str | None) -> datetime | None:
    """ISO 8601 (W3C datetime, sitemaps, Atom, REST) or RFC 822 (RSS) → aware UTC datetime."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


# -- robots.txt ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Robots:
    sitemaps: tuple[str, ...]
    crawl_delay: float | None


def parse_robots(body: bytes, user_agent: str) -> Robots:
    """Sitemap URLs and the crawl delay that applies to ``user_agent``."""
    try:
        text = body.decode("utf-8", "replace")
        rules = Protego.parse(text)
        delay = rules.crawl_delay(user_agent)
        return Robots(tuple(rules.sitemaps), float(delay) if delay is not None else None)
    except Exception:  # noqa: BLE001 - a broken robots.txt must not stop discovery
        logger.debug("Unreadable robots.txt", exc_info=True)
        return Robots((), None)


# -- sitemaps ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: an index (``children``) or a URL set (``urls``)."""

    children: tuple[Listed, ...] = ()
    urls: tuple[Listed, ...] = ()
    is_news: bool = False


def gunzip_capped(body: bytes, limit: int = MAX_DOCUMENT_BYTES, source: str = "") -> bytes | None:
    """A gzip file's first ``limit`` bytes, never more in memory (a ``.xml.gz`` sitemap of
    1 MB can hold 1 GB of zeros); None when it is not gzip."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit)
    except zlib.error:
        return None
    if inflater.unconsumed_tail:
        logger.warning("%s unpacks to more than %d bytes: reading that much", source or "A gzip document", limit)
    return data


def _xml_root(body: bytes, source: str = "") -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":
        unpacked = gunzip_capped(body, source=source)
        if unpacked is None:
            return None
        body = unpacked
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(body.strip()[:MAX_DOCUMENT_BYTES], parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: etree._Element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes, base_url: str = "") -> Sitemap:
    """A sitemap index or URL set; Google News ``publication_date`` wins over ``lastmod``."""
    root = _xml_root(body, base_url)
    if root is None:
        return Sitemap()
    kind = _local(root.tag)
    entries = []
    is_news = False
    for element in root:
        name = _local(element.tag)
        if name not in ("sitemap", "url"):
            continue
        loc = _child_text(element, "loc")
        if not loc:
            continue
        news_date = _child_text(element, "publication_date")
        is_news = is_news or news_date is not None
        when = parse_when(news_date) or parse_when(_child_text(element, "lastmod"))
        entries.append(Listed(urljoin(base_url, loc), when))
    if kind == "sitemapindex":
        return Sitemap(children=tuple(entries))
    return Sitemap(urls=tuple(entries), is_news=is_news)


# -- feeds ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Feed:
    entries: tuple[Listed, ...] = ()
    #: Next page of a paged feed (Blogger JSON, Atom rel=next), if any.
    next_url: str | None = None


def parse_feed(body: bytes, base_url: str = "") -> Feed:
    """RSS 2.0, Atom or Blogger JSON (``/feeds/posts/default?alt=json``)."""
    stripped = body.lstrip()[:1]
    if stripped in (b"{", b"["):
        return _parse_blogger_json(body, base_url)
    root = _xml_root(body, base_url)
    if root is None:
        return Feed()
    entries = []
    next_url = None
    for element in root.iter():
        name = _local(element.tag)
        if name == "item":
            link = _child_text(element, "link") or _child_text(element, "guid")
            when = parse_when(_child_text(element, "pubDate") or _child_text(element, "date"))
            if link:
                entries.append(Listed(urljoin(base_url, link), when))
        elif name == "entry":
            link = None
            for child in element:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate" and child.get("href"):
                    link = child.get("href")
                    break
            when = parse_when(_child_text(element, "published") or _child_text(element, "updated"))
            if link:
                entries.append(Listed(urljoin(base_url, link), when))
        elif name == "link" and element.get("rel") == "next" and element.get("href"):
            next_url = urljoin(base_url, element.get("href"))
    return Feed(tuple(entries), next_url)


def _parse_blogger_json(body: bytes, base_url: str) -> Feed:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return Feed()
    feed = data.get("feed") if isinstance(data, dict) else None
    if not isinstance(feed, dict):
        return Feed()
    entries = []
    for entry in feed.get("entry") or []:
        if not isinstance(entry, dict):
            continue
        link = next(
            (lk.get("href") for lk in entry.get("link") or [] if isinstance(lk, dict) and lk.get("rel") == "alternate"),
            None,
        )
        published = entry.get("published") or entry.get("updated") or {}
        when = parse_when(published.get("$t") if isinstance(published, dict) else None)
        if link:
            entries.append(Listed(urljoin(base_url, link), when))
    next_url = next(
        (lk.get("href") for lk in feed.get("link") or [] if isinstance(lk, dict) and lk.get("rel") == "next"), None
    )
    return Feed(tuple(entries), next_url)


# -- WordPress REST -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestPage:
    posts: tuple[Listed, ...] = ()
    total_pages: int | None = None
    #: False when the response is not a REST posts list (HTML, error object, ...).
    ok: bool = False


def parse_rest_posts(body: bytes, total_pages_header: bytes | str | None = None) -> RestPage:
    """One page of ``/wp/v2/posts``: each post's ``link`` and ``date_gmt``."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return RestPage()
    if not isinstance(data, list):
        return RestPage()
    posts = []
    for post in data:
        if not isinstance(post, dict) or not isinstance(post.get("link"), str):
            continue
        when = parse_when(post.get("date_gmt") + "Z" if isinstance(post.get("date_gmt"), str) else None)
        posts.append(Listed(post["link"], when, post))
    total = None
    if total_pages_header:
        text = total_pages_header.decode() if isinstance(total_pages_header, bytes) else total_pages_header
        total = int(text) if text.strip().isdigit() else None
    return RestPage(tuple(posts), total, True)


# Month archives (/2023/09/) are not here: they are real listings. The archive route
# keeps them bounded by expanding only listing pages that listed articles.
_CALENDAR_PATH = re.compile(r"/(calendar|kalender|events?|agenda)/|[?&](month|year|date|cal|day)=", re.I)
_NEVER_FOLLOW = re.compile(
    r"/(wp-admin|wp-login|wp-json|feed|feeds|comments|tag|author|cari|login|register|cart)(/|$)"
    r"|/search/?$|[?&](s|q|replytocom|share)=",
    re.I,
)


def is_trap(path_and_query: str) -> bool:
    """Paths an archive crawl never follows: calendars, search, admin, feeds, tags, authors."""
    return bool(_CALENDAR_PATH.search(path_and_query) or _NEVER_FOLLOW.search(path_and_query))


# -- listed pages that were no article ------------------------------------------------------

#: Kinds of page that are listings by nature (``ArticlePage.page_type`` reasons): they change
#: whenever a post is published (a home page's sitemap lastmod moves with every post), but they
#: never become an article, so a newer lastmod is no reason to fetch one again.
LISTING_KINDS = frozenset({"home", "tag", "category", "author", "archive", "search"})
#: Kinds that say the server did not give the page this time (a soft 404 or a CDN's error page
#: served with 200, an empty body) or not yet (a stub too short to be an article, filled in
#: later; a script-built page fetched without a browser): like a 5xx, the page is fetched again
#: by the next runs (``retry_urls``, at most ``DISCOVERY_RETRY_RUNS``), never remembered as no
#: article, so a post listed before it went live is not missed.
FAILED_KINDS = frozenset({"error", "empty", "too_short"})
#: Kind of a listed URL whose fetch failed in ``DISCOVERY_RETRY_RUNS`` runs (a 5xx, a stub that
#: stayed too short, a redirect to the home page): remembered, not fetched again while listed.
GIVEN_UP = "given_up"
#: Kind of a listed URL whose article ``DEDUPE_MODE = "drop"`` dropped as a copy of a stored
#: story: the store has no row for it, so without this memory every run would fetch it again.
DROPPED_COPY = "dropped_copy"
#: Listed pages remembered as no article, per site, at most (the newest kept): the list lives
#: in the site's crawl state, one document.
MAX_NON_ARTICLES = 20_000


#: What :func:`listed_page_outcome` says of a listed page to fetch again next run, like a 5xx.
RETRY = "retry"


def listed_page_outcome(reason: str | None, redirected: bool = False) -> str | None:
    """What becomes of a listed URL whose page gave no article, from the reason extraction
    gave (``redirected``: the URL led to another page): ``RETRY`` when the server did not give
    the page this time or not yet (``FAILED_KINDS``), or sent the URL to a listing (a post
    not live yet sends readers to the home page); else the kind of page to remember it as
    (``tag``, ``home``...); None when nothing is to be remembered (our bug, ``extract_failed``:
    a fix makes it an article; ``bad_url``)."""
    if not reason or not reason.startswith("not_article:"):
        return None
    kind = reason.split(":", 1)[1]
    if kind in FAILED_KINDS or (redirected and kind in LISTING_KINDS):
        return RETRY
    return kind


def fetch_non_article_again(kind: str, seen_at: datetime | None, listed_when: datetime | None) -> bool:
    """Whether a listed URL remembered as no article (``kind``, when it was fetched) is fetched
    again: never a listing nor a URL given up; a page of another kind (a ``too_short`` page an older version
    remembered) is, since its content could have changed into an article: a listing's date
    says nothing about that (a feed's pubDate is the publication time, older than any fetch)."""
    return kind not in LISTING_KINDS and kind not in (GIVEN_UP, DROPPED_COPY)
