"""Article extraction: page classes per site family, and the one entry point the crawl uses.

>>> result = extract(html_bytes, url, site)          # doctest: +SKIP
>>> result.article.title, result.reason              # doctest: +SKIP

``extract`` never raises: a page that is not an article gives ``article=None`` and
a ``reason`` ("not_article:tag", "not_article:too_short", "not_article:not_text", ...), which the spider
counts in its stats.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from newscrawl.items import Article, without_surrogates
from newscrawl.pages.base import MIN_BODY_WORDS, ArticlePage
from newscrawl.pages.blogger import BloggerPage
from newscrawl.pages.generic import GenericPage
from newscrawl.pages.limits import is_not_text
from newscrawl.pages.wordpress import WordPressPage

logger = logging.getLogger(__name__)

PAGE_CLASSES: dict[str, type[ArticlePage]] = {
    "wordpress": WordPressPage,
    "blogger": BloggerPage,
    "generic": GenericPage,
}


class ExtractResult(NamedTuple):
    """An Article, or None and the reason the page gave none."""

    article: Article | None
    reason: str | None = None


def page_class_for(site: Any) -> type[ArticlePage]:
    """The page class of a site's family (``site.family``); generic for None or an unknown family."""
    return PAGE_CLASSES.get(getattr(site, "family", None) or "generic", GenericPage)


#: Blogger's marks on a page of a site no registry entry names: its generator meta, or its
#: post-body class beside blogger.com assets (profiles, widgets, comment forms).
_BLOGGER_GENERATOR = re.compile(
    rb"""<meta[^>]+(?:content=["']blogger["'][^>]*name=["']generator|"""
    rb"""name=["']generator["'][^>]*content=["']blogger["'])""",
    re.IGNORECASE,
)
#: How much of a page is looked at for them.
_SNIFF_BYTES = 200_000


def _looks_blogger(html: bytes | str) -> bool:
    if isinstance(html, bytes) and html.find(b"logger", 0, _SNIFF_BYTES) < 0:
        return False  # neither "blogger" nor "Blogger": one search, no copy of the page's start
    head = html[:_SNIFF_BYTES]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    if b"blogger" not in head and b"Blogger" not in head:
        return False
    return bool(_BLOGGER_GENERATOR.search(head)) or (b"blogger.com" in head and b"post-body" in head)


def page_class_of(site: Any, html: bytes | str) -> type[ArticlePage]:
    """``page_class_for(site)``, or the Blogger class for a page that carries Blogger's marks
    when the site's family is not known."""
    cls = page_class_for(site)
    if cls is GenericPage and not getattr(site, "family", None) and html and _looks_blogger(html):
        return BloggerPage
    return cls


def extract(
    html: bytes | str,
    url: str,
    site: Any = None,
    *,
    rest_post: dict[str, Any] | None = None,
    fetched_at: datetime | None = None,
    headers: Any = None,
) -> ExtractResult:
    """The Article on a page, never raising: ``ExtractResult(article, None)`` or ``(None, reason)``."""
    try:
        urlsplit(url).port  # noqa: B018 - raises on a malformed host or port
    except (ValueError, TypeError, AttributeError) as exc:
        logger.warning("not extracting %r: bad URL (%s)", url, exc)
        return ExtractResult(None, "bad_url")
    try:
        page = page_class_of(site, html)(
            html or b"", url, site, rest_post=rest_post, fetched_at=fetched_at, headers=headers
        )
        reason = page.page_type()
        if reason:
            return ExtractResult(None, reason)
        article = page.to_item()
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a crawl
        # One line for the log; the traceback for whoever debugs at DEBUG level.
        logger.error("extraction failed on %s: %s: %s", url, type(exc).__name__, exc)
        logger.debug("extraction failed on %s", url, exc_info=True)
        return ExtractResult(None, "extract_failed")
    if not article.body or (article.word_count or 0) < MIN_BODY_WORDS:
        return ExtractResult(None, "not_article:too_short")
    if is_not_text(article.body):
        # Binary data or a mis-read encoding: words of no language.
        return ExtractResult(None, "not_article:not_text")
    # A lone surrogate ("\ud83d" in a page's JSON) cannot be encoded by any store or file.
    return ExtractResult(without_surrogates(article), None)


__all__ = [
    "ArticlePage",
    "BloggerPage",
    "ExtractResult",
    "GenericPage",
    "PAGE_CLASSES",
    "WordPressPage",
    "extract",
    "page_class_for",
    "page_class_of",
]
