"""Downloader middlewares: one that honours 429 / 503 with ``Retry-After``, and Scrapy's
robots.txt middleware with a one-line error.

Settings: ``RETRY_AFTER_MAX`` (longest wait honoured, seconds; a longer one gives
the request up), ``RETRY_AFTER_TIMES`` (tries per request). A response without
the header waits ``RETRY_AFTER_DEFAULT`` seconds. Counters: ``retry_after/waited``,
``retry_after/gave_up``.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.spidermiddlewares.httperror import HttpError

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

RETRY_STATUSES = (429, 503)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


class RetryAfterMiddleware:
    """Waits what the server asks, then retries, for 429 and 503 responses."""

    def __init__(self, crawler: Crawler, max_wait: float, times: int, default_wait: float) -> None:
        self.crawler = crawler
        self.max_wait = max_wait
        self.times = times
        self.default_wait = default_wait

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        s = crawler.settings
        return cls(
            crawler,
            s.getfloat("RETRY_AFTER_MAX", 120.0),
            s.getint("RETRY_AFTER_TIMES", 3),
            s.getfloat("RETRY_AFTER_DEFAULT", 5.0),
        )

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in RETRY_STATUSES or request.meta.get("dont_retry"):
            return response
        tries = request.meta.get("retry_after_times", 0)
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        wait = self.default_wait if wait is None else wait
        stats = self.crawler.stats
        if tries >= self.times or wait > self.max_wait:
            stats.inc_value("retry_after/gave_up")
            logger.warning(
                "Giving up %s: HTTP %s, Retry-After %.0fs, try %d", request.url, response.status, wait, tries
            )
            # HttpError (an IgnoreRequest) carries the response: the spider tells a server that
            # stayed busy (a discovery document to read again) from a robots.txt refusal.
            raise HttpError(response, f"HTTP {response.status} after {tries} waits")
        stats.inc_value("retry_after/waited")
        logger.info("HTTP %s for %s: waiting %.1fs as the server asks", response.status, request.url, wait)
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["retry_after_times"] = tries + 1
        return retry


def _without_traceback(record: logging.LogRecord) -> bool:
    record.exc_info, record.exc_text = None, None
    return True


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, but a robots.txt that cannot be downloaded (a dead
    server) is one log line, as every other failed download is, not a 60-line traceback."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        # Scrapy logs that error with exc_info=True; the message already names the error.
        logging.getLogger(ScrapyRobotsTxtMiddleware.__module__).addFilter(_without_traceback)
