"""A local spool for article batches the store could not take.

When the store stays down after its retries, the store pipeline appends the batch
here as JSON lines (flushed and fsynced); the next run replays the spool into the
store before it crawls. Replays are safe to repeat: store writes are upserts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newscrawl.store.base import Store, mask_uri

logger = logging.getLogger(__name__)

REPLAY_BATCH = 500


class Spool:
    """JSON-lines file of documents waiting for a store."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @classmethod
    def for_store(cls, spool_dir: str | Path, uri: str) -> Spool:
        """One spool per store URI, so a replay goes back where it was meant to go."""
        digest = hashlib.sha1(mask_uri(uri).encode()).hexdigest()[:12]
        return cls(Path(spool_dir) / f"articles-{digest}.jsonl")

    def append(self, docs: Sequence[dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def pending(self) -> int:
        if not self.path.exists():
            return 0
        with open(self.path, encoding="utf-8") as fh:
            return sum(1 for line in fh if line.strip())

    def replay(self, store: Store) -> int:
        """Write every spooled document to ``store``; the file is removed once all are in."""
        if not self.path.exists():
            return 0
        batch: list[dict[str, Any]] = []
        count = 0
        with open(self.path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    batch.append(json.loads(line))
                except json.JSONDecodeError:
                    # A line cut short by a crash while spooling: nothing else to save.
                    logger.warning("Spool %s line %d is not JSON; skipped", self.path, number)
                    continue
                if len(batch) >= REPLAY_BATCH:
                    store.upsert_articles(batch)
                    count += len(batch)
                    batch = []
        if batch:
            store.upsert_articles(batch)
            count += len(batch)
        self.path.unlink()
        return count
