"""Store pipeline: writes every article through the store interface, in batches.

Settings: ``STORE_ENABLED``, ``STORE_URI`` (``NEWSCRAWL_STORE`` in the environment
wins), ``STORE_BATCH_SIZE``, ``STORE_FLUSH_INTERVAL``, ``STORE_CONNECT_TIMEOUT``,
``STORE_WRITE_RETRIES``, ``STORE_RETRY_BACKOFF``, ``STORE_SPOOL_DIR``.
Stats: ``store/inserted``, ``store/updated``, ``store/unchanged``, ``store/errors``,
``store/spooled``, ``store/replayed``, ``store/folded``; ``store/last_error`` and ``store/spool`` (the file)
when a batch was spooled. The settings are read once into
:class:`StoreSettings`; a value that does not fit is a ``SettingError`` naming it,
which ``scrapy crawl`` reports in one line before the crawl (``check_settings``).

A store that cannot be opened stops the crawl at once (close reason
``store_unavailable``) with one log line naming the URI, password masked. A batch
that still fails after the retries goes to the spool file, which the next run
replays before crawling: nothing is lost. Each stored URL is logged at DEBUG
("Stored <url>") only after its batch is committed.

One article at one site is one row: after each batch, a row of the same site that the batch
shows to be the same article (a URL that redirected to one of its articles: an edited slug;
the same text under another URL) is folded into it (``Store.fold_same_article``), every URL
of it kept as an alias, its story left with one copy.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from newscrawl.config import SettingError, get_bool, get_float, get_int
from newscrawl.dedupe.story import summarize
from newscrawl.items import article_to_doc, body_hash
from newscrawl.store import StoreError, StoreUnavailable, mask_uri, open_store, store_uri_from_settings
from newscrawl.store.base import Store, WriteResult
from newscrawl.store.spool import Spool

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """The pipeline's ``STORE_*`` settings, read once and validated."""

    uri: str
    batch_size: int = 100
    flush_interval: float = 2.0
    retries: int = 3
    backoff: float = 0.5
    spool_dir: str = "data/spool"
    connect_timeout: float = 5.0

    @classmethod
    def from_settings(cls, settings: Any) -> StoreSettings:
        """Raises :class:`SettingError` naming the first setting that does not fit."""
        default = cls(uri=store_uri_from_settings(settings))
        spool_dir = settings.get("STORE_SPOOL_DIR") or default.spool_dir
        if not isinstance(spool_dir, str):
            raise SettingError(f"STORE_SPOOL_DIR = {spool_dir!r}: expected a directory path")
        return cls(
            uri=default.uri,
            batch_size=get_int(settings, "STORE_BATCH_SIZE", default.batch_size, minimum=1),
            flush_interval=get_float(settings, "STORE_FLUSH_INTERVAL", default.flush_interval, minimum=0),
            retries=get_int(settings, "STORE_WRITE_RETRIES", default.retries, minimum=1),
            backoff=get_float(settings, "STORE_RETRY_BACKOFF", default.backoff, minimum=0),
            spool_dir=spool_dir,
            connect_timeout=get_float(settings, "STORE_CONNECT_TIMEOUT", default.connect_timeout, minimum=0),
        )


class StorePipeline:
    """Buffers articles and upserts them in batches; spools what cannot be written."""

    def __init__(
        self,
        crawler: Crawler,
        uri: str,
        *,
        batch_size: int = 100,
        flush_interval: float = 2.0,
        retries: int = 3,
        backoff: float = 0.5,
        spool_dir: str = "data/spool",
        connect_timeout: float = 5.0,
    ) -> None:
        self.crawler = crawler
        self.uri = uri
        self.batch_size = max(1, batch_size)
        self.flush_interval = flush_interval
        self.retries = max(1, retries)
        self.backoff = backoff
        self.connect_timeout = connect_timeout
        self.spool = Spool.for_store(spool_dir, uri)
        self.store: Store | None = None
        self._buffer: list[dict[str, Any]] = []
        self._lock = asyncio.Lock()
        self._timer: task.LoopingCall | None = None

    @classmethod
    def check_settings(cls, settings: Any) -> None:
        """Raise :class:`SettingError` for a setting ``from_crawler`` would refuse.

        The crawl command calls this before the crawl starts, to print one line and exit 2.
        """
        if get_bool(settings, "STORE_ENABLED", True):
            StoreSettings.from_settings(settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        if not get_bool(crawler.settings, "STORE_ENABLED", True):
            raise NotConfigured("STORE_ENABLED is off")
        config = StoreSettings.from_settings(crawler.settings)
        pipeline = cls(
            crawler,
            config.uri,
            batch_size=config.batch_size,
            flush_interval=config.flush_interval,
            retries=config.retries,
            backoff=config.backoff,
            spool_dir=config.spool_dir,
            connect_timeout=config.connect_timeout,
        )
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        return pipeline

    # -- lifecycle ------------------------------------------------------------------

    async def open_spider(self) -> None:
        stats = self.crawler.stats
        try:
            self.store = open_store(self.uri, connect_timeout=self.connect_timeout)
        except StoreError as exc:
            logger.error("Cannot open store %s: %s", mask_uri(self.uri), exc)
            stats.set_value("store/unavailable", 1)
            stats.set_value("store/last_error", str(exc))
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_unavailable"))
            return
        # Share the open store with spiders and other components (no global state).
        self.crawler.newscrawl_store = self.store
        try:
            replayed = self.spool.replay(self.store, self._fold)
        except StoreError as exc:
            logger.error("Spool %s not replayed, kept for the next run: %s", self.spool.path, exc)
        else:
            if replayed:
                logger.info("Replayed %d spooled articles from %s", replayed, self.spool.path)
                stats.inc_value("store/replayed", replayed)
        if self.flush_interval > 0:
            self._timer = task.LoopingCall(self._scheduled_flush)
            self._timer.start(self.flush_interval, now=False)

    async def close_spider(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        await self.flush()
        if self.store is not None:
            self.store.close()
            self.store = None

    def spider_idle(self) -> None:
        # Nothing is waiting for the engine: commit what is buffered now.
        if self._buffer:
            asyncio.ensure_future(self.flush())

    def _scheduled_flush(self) -> None:
        if self._buffer:
            asyncio.ensure_future(self.flush())

    # -- items --------------------------------------------------------------------------

    async def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        doc = article_to_doc(adapter.asdict())
        if doc.get("body") and not doc.get("content_hash"):
            doc["content_hash"] = body_hash(doc["body"])
            doc["word_count"] = len(doc["body"].split())
        self._buffer.append(doc)
        if len(self._buffer) >= self.batch_size:
            await self.flush()
        return item

    async def flush(self) -> None:
        """Write the buffer as one batch: retried, then spooled if the store stays down."""
        async with self._lock:
            batch, self._buffer = self._buffer, []
            if not batch:
                return
            stats = self.crawler.stats
            if self.store is None:
                self._to_spool(batch, "store not open")
                return
            for attempt in range(1, self.retries + 1):
                try:
                    result = self.store.upsert_articles(batch)
                except StoreUnavailable as exc:
                    stats.inc_value("store/errors")
                    logger.warning("Store write failed (try %d of %d): %s", attempt, self.retries, exc)
                    if attempt < self.retries:
                        await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
                    last_error = str(exc)
                except Exception as exc:  # StoreError, or a driver error no one foresaw: spool, lose nothing
                    stats.inc_value("store/errors")
                    last_error = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
                    logger.error("Store rejected a batch of %d: %s", len(batch), last_error)
                    break
                else:
                    self._count(result)
                    self._fold(batch)
                    for doc in batch:
                        logger.debug("Stored %s", doc["url"])
                    return
            self._to_spool(batch, last_error)

    def _fold(self, batch: list[dict[str, Any]]) -> None:
        """Fold other rows of the batch's articles at their site (an old slug, the same text)
        into them. The batch is stored whatever happens here: a fold that fails is done when
        the article is written again."""
        try:
            folded = self.store.fold_same_article(batch, summarize)
        except Exception as exc:  # noqa: BLE001 - StoreError, or a driver error: the articles are stored
            self.crawler.stats.inc_value("store/fold_failed")
            logger.warning("Rows of one article not folded: %s", exc)
            return
        for old, kept in folded:
            logger.info("One article at one site: %s folded into %s", old, kept)
        if folded:
            self.crawler.stats.inc_value("store/folded", len(folded))

    def _count(self, result: WriteResult) -> None:
        stats = self.crawler.stats
        stats.inc_value("store/inserted", result.inserted)
        stats.inc_value("store/updated", result.updated)
        stats.inc_value("store/unchanged", result.unchanged)

    def _to_spool(self, batch: list[dict[str, Any]], reason: str) -> None:
        stats = self.crawler.stats
        try:
            self.spool.append(batch)
        except OSError as exc:  # the store and the local disk both failed: say what is lost
            stats.inc_value("store/lost", len(batch))
            stats.set_value("store/last_error", f"{reason}; spool {self.spool.path} not written: {exc.strerror or exc}")
            logger.error("Lost %d articles: %s", len(batch), stats.get_value("store/last_error"))
            return
        stats.inc_value("store/spooled", len(batch))
        stats.set_value("store/last_error", reason)
        stats.set_value("store/spool", str(self.spool.path))
        logger.error("Spooled %d articles to %s for the next run (%s)", len(batch), self.spool.path, reason)
