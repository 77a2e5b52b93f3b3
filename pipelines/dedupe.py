"""Dedupe pipeline: links every article to its wire story before it is stored.

Runs before the store pipeline (700 vs 800) and sets ``story_id``, ``match`` and
``match_score`` on the item; the story records and fingerprints it writes itself.

Settings: ``DEDUPE_ENABLED`` (True), ``DEDUPE_MODE`` (``link`` | ``keep`` | ``drop``),
``DEDUPE_WINDOW_DAYS`` (3), ``DEDUPE_MAX_CANDIDATES`` (40), ``DEDUPE_CLAIM_WAIT`` (2.0),
``DEDUPE_BATCH_SIZE`` (100), and the store's ``STORE_URI`` / ``NEWSCRAWL_STORE`` /
``STORE_CONNECT_TIMEOUT``.
Stats: ``dedupe/<match kind>`` (new, url, exact, near, rewrite, translation),
``dedupe/merged/<match kind>`` (another story the article matched too, folded into its own),
``dedupe/moved`` (stored articles the article calls another story, taken out of its own),
``dedupe/light``, ``dedupe/errors``, ``dedupe/batches`` (items / batches: the mean batch);
dropped copies under ``item_dropped_reasons_count/DuplicateArticle``.

Batches: items that reach the pipeline in the same turn of the event loop (several
responses parsed back to back while the crawl is busy) are deduplicated together by
``DedupeEngine.process_batch``, one store transaction for all of them (one commit
instead of one an item: docs/dedupe.md "Speed" measures it), with the verdicts
one-by-one processing gives. An item waits at most for the rest of
its loop turn; a quiet crawl makes batches of one. ``DEDUPE_BATCH_SIZE`` caps a batch
(1: one transaction an item). When a batch fails (a store error undoes it whole), its
items are deduplicated again one by one, so an error costs the link of its own item
only. A store that cannot undo a batch (MongoDB: each call stands alone) goes one by one. The store pipeline holds articles in memory longer than this (``STORE_BATCH_SIZE``,
``STORE_FLUSH_INTERVAL``) and a crash loses what a crawl had in flight either way: the
batch adds no new way to lose an article.

Modes, for an article that copies a story another article brought first:
``link`` stores it as a light record (body and description left out; url, site,
title, language, dates, attribution, content hash, word count and the story link
kept) unless it became the story's representative; ``keep`` stores it in full;
``drop`` does not store it (:class:`DuplicateArticle`). Originals, and re-fetches
of stored originals, always pass in full.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.config import get_bool, get_choice, get_float, get_int
from newscrawl.dedupe import DedupeConfig, DedupeEngine, Verdict
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
    batch_size: int = 100
    engine: DedupeConfig = DedupeConfig()

    @classmethod
    def from_settings(cls, settings: Any) -> DedupeSettings:
        """Raises :class:`SettingError` naming the first setting that does not fit."""
        return cls(
            mode=get_choice(settings, "DEDUPE_MODE", "link", MODES),
            uri=store_uri_from_settings(settings),
            connect_timeout=get_float(settings, "STORE_CONNECT_TIMEOUT", 5.0, minimum=0),
            batch_size=get_int(settings, "DEDUPE_BATCH_SIZE", 100, minimum=1),
            engine=DedupeConfig.from_settings(settings),
        )


class DedupePipeline:
    """Assigns each article to a story; in ``link`` / ``drop`` mode copies are lightened / dropped."""

    def __init__(self, crawler: Crawler, config: DedupeSettings) -> None:
        self.crawler = crawler
        self.config = config
        self.engine: DedupeEngine | None = None
        # Items waiting for the batch of this loop turn: (doc, url, future of the verdict).
        self._pending: list[tuple[dict[str, Any], str, asyncio.Future[Verdict | None]]] = []
        self._flush_handle: asyncio.Handle | None = None

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
        if self._pending:
            self._flush()
        if self.engine is not None:
            self.engine.store.close()
            self.engine = None

    async def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
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
            # Batches only where a failed one is undone whole (SQLite): on MongoDB the items a
            # batch did before its error would come back from the one-by-one retry as "url" matches.
            batched = self.config.batch_size > 1 and self.engine.store.atomic_dedupe_batch
            loop = asyncio.get_running_loop() if batched else None
        except RuntimeError:  # no asyncio loop (another reactor): one by one
            loop = None
        verdict = self._one(doc, adapter["url"]) if loop is None else await self._batched(loop, doc, adapter["url"])
        if verdict is None:
            return item
        return self._apply(item, adapter, verdict)

    def _batched(
        self, loop: asyncio.AbstractEventLoop, doc: dict[str, Any], url: str
    ) -> asyncio.Future[Verdict | None]:
        """The verdict of ``doc``, from the batch of this loop turn (run at its end, or
        when the batch is full)."""
        future: asyncio.Future[Verdict | None] = loop.create_future()
        self._pending.append((doc, url, future))
        if len(self._pending) >= self.config.batch_size:
            self._flush()
        elif self._flush_handle is None:
            self._flush_handle = loop.call_soon(self._flush)
        return future

    def _flush(self) -> None:
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        batch, self._pending = self._pending, []
        if not batch:
            return
        self.crawler.stats.inc_value("dedupe/batches")
        verdicts: list[Verdict | None]
        if self.engine is None:  # closed meanwhile
            verdicts = [None] * len(batch)
        elif len(batch) == 1:
            verdicts = [self._one(batch[0][0], batch[0][1])]
        else:
            try:
                verdicts = list(self.engine.process_batch([doc for doc, _, _ in batch]))
            except Exception as exc:  # undone whole: again one by one, so only a culprit loses its link
                logger.debug("Dedupe batch of %d failed (%s: %s); one by one", len(batch), type(exc).__name__, exc)
                verdicts = [self._one(doc, url) for doc, url, _ in batch]
        for (_, _, future), verdict in zip(batch, verdicts, strict=True):
            if not future.done():
                future.set_result(verdict)

    def _one(self, doc: dict[str, Any], url: str) -> Verdict | None:
        """The verdict of one article in its own transaction; None when dedupe failed."""
        assert self.engine is not None
        stats = self.crawler.stats
        try:
            return self.engine.process(doc)
        except StoreError as exc:
            stats.inc_value("dedupe/errors")
            logger.warning("Not deduplicated (store error, `scrapy dedupe --rebuild` links it later): %s: %s", url, exc)
        except Exception as exc:  # a bug must cost the link, never the article
            stats.inc_value("dedupe/errors")
            logger.error("Not deduplicated (%s: %s): %s", type(exc).__name__, exc, url)
            logger.debug("Dedupe failure on %s", url, exc_info=True)
        return None

    def _apply(self, item: Any, adapter: ItemAdapter, verdict: Verdict) -> Any:
        stats = self.crawler.stats
        adapter["story_id"] = verdict.story_id
        adapter["match"] = verdict.match
        adapter["match_score"] = verdict.score
        stats.inc_value(f"dedupe/{verdict.match}")
        for _, kind in verdict.merged:  # stories the article showed to be one with its own
            stats.inc_value(f"dedupe/merged/{kind}")
        if verdict.moved:  # stored articles it showed to be another story, taken out of its own
            stats.inc_value("dedupe/moved", len(verdict.moved))
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
