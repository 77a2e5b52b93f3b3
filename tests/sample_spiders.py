"""Spiders used by tests through ``scrapy runspider``: they make items, fetch nothing."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import scrapy

from newscrawl.items import Article


class EndlessArticles(scrapy.Spider):
    """Yields a new Article every few milliseconds until killed (or ``-a count=N``)."""

    name = "endless"

    async def start(self):
        count = int(getattr(self, "count", 0) or 0)
        n = 0
        while not count or n < count:
            n += 1
            yield Article(
                url=f"https://kill.example/2026/story-{n}",
                site="kill",
                title=f"Story {n}",
                body=f"Paragraph one of {n}.\n\nParagraph two of {n}.",
                published_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
                fetched_at=datetime.now(timezone.utc),
            ).finalize()
            await asyncio.sleep(0.002)
