"""Dedupe pipeline: links every article to its wire story before it is stored.

Runs before the store pipeline (700 vs 800) and sets ``story_id``, ``match`` and
``match_score`` on the item; the story records and fingerprints it writes itself.

Settings: ``DEDUPE_ENABLED`` (True), ``DEDUPE_MODE`` (``link`` | ``keep`` | ``drop``),
``DEDUPE_WINDOW_DAYS`` (3), ``DEDUPE_MAX_CANDIDATES`` (40), ``DEDUPE_CLAIM_WAIT`` (2.0),
and the store's ``STORE_URI`` / ``NEWSCRAWL_STORE`` / ``STORE_CONNECT_TIMEOUT``.
Stats: ``dedupe/<match kind>`` (new, url, exact, near, rewrite, translation),
``dedupe/light``, ``dedupe/errors``; dropped copies under ``item_dropped_reasons_count/DuplicateArticle``.

Modes, for an article that copies a story another article brought first:
``link`` stores it as a light record (body and description left out; url, site,
title, language, dates, attribution, content hash, word count and the story link
kept) unless it became the story's representative; ``keep`` stores it in full;
``drop`` does not store it (:class:`DuplicateArticle`). Originals, and re-fetches
of stored originals, always pass in full.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.config import get_bool, get_choice, get_float
from newscrawl.dedupe import DedupeConfig, DedupeEngine
from newscrawl.items import article_to_doc, body_hash
from newscrawl.store import StoreError, mask_uri, open_store, store_uri_from_settings

logger = logging.getLogger(__name__)

MODES = ("link", "keep", "drop")
#: Fields a light record leaves out.
LIGHT_DROPPED = ("body", "description")


class DuplicateArticle(DropItem):
    """A copy of a stored story, dropped in ``DEDUPE_MODE = "drop"``."""


@dataclass(frozen=True, slots=True)
class DedupeSettings:
    """The pipeline's settings, read once and validated."""

    mode: str = "link"
    uri: str = "sqlite:///data/newscrawl.sqlite"
    connect_timeout: float = 5.0
    engine: DedupeConfig = DedupeConfig()

    @classmethod
    def from_settings(cls, settings: Any) -> DedupeSettings:
        """Raises :class:`SettingError` naming the first setting that does not fit."""
        return cls(
            mode=get_choice(settings, "DEDUPE_MODE", "link", MODES),
            uri=store_uri_from_settings(settings),
            connect_timeout=get_float(settings, "STORE_CONNECT_TIMEOUT", 5.0, minimum=0),
            engine=DedupeConfig.from_settings(settings),
        )


class DedupePipeline:
    """Assigns each article to a story; in ``link`` / ``drop`` mode copies are lightened / dropped."""

    def __init__(self, crawler: Crawler, config: DedupeSettings) -> None:
        self.crawler = crawler
        self.config = config
        self.engine: DedupeEngine | None = None

    @classmethod
    def check_settings(cls, settings: Any) -> None:
        """Raise :class:`SettingError` for a setting ``from_crawler`` would refuse.

        The crawl command calls this before the crawl starts, to print one line and exit 2.
        """
        if get_bool(settings, "DEDUPE_ENABLED", True):
            DedupeSettings.from_settings(settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        if not get_bool(crawler.settings, "DEDUPE_ENABLED", True):
            raise NotConfigured("DEDUPE_ENABLED is off")
        return cls(crawler, DedupeSettings.from_settings(crawler.settings))

    def open_spider(self) -> None:
        try:
            store = open_store(self.config.uri, connect_timeout=self.config.connect_timeout)
        except StoreError as exc:
            # The store pipeline stops the crawl for the same reason; items pass unlinked meanwhile.
            logger.error("Dedupe off: cannot open store %s: %s", mask_uri(self.config.uri), exc)
            return
        self.engine = DedupeEngine(store, self.config.engine)

    def close_spider(self) -> None:
        if self.engine is not None:
            self.engine.store.close()
            self.engine = None

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        stats = self.crawler.stats
        if self.engine is None or not adapter.get("url"):
            return item
        if adapter.get("body") and not adapter.get("content_hash"):
            adapter["content_hash"] = body_hash(adapter["body"])
            adapter["word_count"] = len(adapter["body"].split())
        doc = article_to_doc(adapter.asdict())
        site = getattr(self.crawler.spider, "site", None)
        if site is not None:
            # Lets dedupe tell the site's own stories (credited to itself) from copies.
            doc["site_publisher"] = site.publisher
            doc["site_origin"] = site.origin
        try:
            verdict = self.engine.process(doc)
        except StoreError as exc:
            stats.inc_value("dedupe/errors")
            logger.warning(
                "Not deduplicated (store error, `scrapy dedupe --rebuild` links it later): %s: %s", adapter["url"], exc
            )
            return item
        except Exception as exc:  # a bug must cost the link, never the article
            stats.inc_value("dedupe/errors")
            logger.error("Not deduplicated (%s: %s): %s", type(exc).__name__, exc, adapter["url"])
            logger.debug("Dedupe failure on %s", adapter["url"], exc_info=True)
            return item
        adapter["story_id"] = verdict.story_id
        adapter["match"] = verdict.match
        adapter["match_score"] = verdict.score
        stats.inc_value(f"dedupe/{verdict.match}")
        if not verdict.is_copy:
            return item
        if self.config.mode == "drop":
            raise DuplicateArticle(f"{verdict.match} copy of story {verdict.story_id}")
        if self.config.mode == "link" and not verdict.representative:
            for name in LIGHT_DROPPED:
                if name in adapter.field_names() or name in adapter:
                    adapter[name] = None
            stats.inc_value("dedupe/light")
        return item
