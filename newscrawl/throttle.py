"""AutoThrottle that a site's robots.txt ``Crawl-delay`` can slow down.

Scrapy's AutoThrottle reads its minimum delay once, when the spider opens; the
crawl delay is only known after robots.txt arrives. This subclass makes itself
reachable as ``crawler.newscrawl_throttle`` so the spider can raise ``mindelay``
when it learns the delay. Settings: Scrapy's ``AUTOTHROTTLE_*``.
"""

from __future__ import annotations

from typing import Any

from scrapy.extensions.throttle import AutoThrottle


class PoliteThrottle(AutoThrottle):
    """AutoThrottle whose floor can rise to a robots.txt crawl delay mid-crawl."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        crawler.newscrawl_throttle = self
