"""The spider every registered site gets (see newscrawl.spiderloader)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy

from newscrawl.sites import Site


class NewsSpider(scrapy.Spider):
    """Discovers a site's articles and yields one Article per article page."""

    name: str = None  # type: ignore[assignment]  # each site subclass sets it; unnamed stays unlisted
    site: Site | None = None

    async def start(self) -> AsyncIterator[Any]:
        if self.site is None:
            self.logger.error("Spider %s has no site; run one of `scrapy list`", self.name)
            return
        yield scrapy.Request(self.site.base_url, callback=self.parse)

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Any:
        return None
