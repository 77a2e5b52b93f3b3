"""Run records: every crawl leaves one in the store's ``runs``.

An extension that writes ``{run_id, spider, started_at, status: "running"}`` when a
spider opens and completes it when the spider closes (``finished_at``,
``finish_reason``, the crawl's stats, and ``status``: ``ok``, ``errors`` when it
finished but logged errors, ``failed`` when it did not finish). A run killed with SIGKILL stays
``running`` with no ``finished_at``, which is how a later run or report tells it
died. Settings: ``RUNS_ENABLED`` (True), the store settings.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.store import StoreError, open_store, store_uri_from_settings

logger = logging.getLogger(__name__)

#: Close reasons of a run that did its whole job.
OK_REASONS = frozenset({"finished"})


def json_safe(value: Any) -> Any:
    """Stats values as JSON: datetimes as ISO 8601, everything else as is or as text."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        # MongoDB reads a dot in a key as a path: "exception_count/twisted.x.Error" would split.
        return {str(k).replace(".", "_"): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return str(value)


class RunRecorder:
    """Writes a run record to the store when a spider opens and when it closes."""

    def __init__(self, crawler: Crawler, uri: str, connect_timeout: float) -> None:
        self.crawler = crawler
        self.uri = uri
        self.connect_timeout = connect_timeout
        self.run: dict[str, Any] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        settings = crawler.settings
        if not settings.getbool("RUNS_ENABLED", True) or not settings.getbool("STORE_ENABLED", True):
            raise NotConfigured("RUNS_ENABLED or STORE_ENABLED is off")
        recorder = cls(crawler, store_uri_from_settings(settings), settings.getfloat("STORE_CONNECT_TIMEOUT", 5.0))
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def _write(self) -> None:
        try:
            with open_store(self.uri, connect_timeout=self.connect_timeout) as store:
                store.record_run(self.run)
        except StoreError as exc:
            logger.warning("Run record %s not written: %s", self.run.get("run_id"), exc)

    def spider_opened(self, spider: Any) -> None:
        now = datetime.now(timezone.utc)
        self.run = {
            "run_id": f"{now:%Y%m%dT%H%M%S}-{spider.name}-{uuid.uuid4().hex[:8]}",
            "spider": spider.name,
            "started_at": now.isoformat(),
            "status": "running",
            "arguments": {
                k: str(getattr(spider, k)) for k in ("since", "until", "limit", "full") if getattr(spider, k, None)
            },
        }
        spider.run_id = self.run["run_id"]
        self._write()

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = json_safe(self.crawler.stats.get_stats())
        self.run.update(
            finished_at=datetime.now(timezone.utc).isoformat(),
            finish_reason=reason,
            status=("errors" if stats.get("log_count/ERROR") else "ok") if reason in OK_REASONS else "failed",
            stats=stats,
        )
        self._write()
