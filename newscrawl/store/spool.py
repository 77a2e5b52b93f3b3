"""A local spool for article batches the store could not take.

When the store stays down after its retries, the store pipeline appends the batch
here as JSON lines (flushed and fsynced); the next run replays the spool into the
store before it crawls. Replays are safe to repeat: store writes are upserts.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import uuid
from collections.abc import Callable, Sequence
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
        data = "".join(json.dumps(doc, ensure_ascii=False, default=str) + "\n" for doc in docs)
        while True:
            with open(self.path, "a", encoding="utf-8") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX)  # a replay claiming the file waits for this write
                if not _is_file_at(fh, self.path):
                    continue  # a replay claimed it after we opened it: write to the new spool
                if not _ends_a_line(self.path, os.fstat(fh.fileno()).st_size):
                    fh.write("\n")  # a write cut short by a crash: our first line stands alone
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
                return

    def _claimed(self) -> list[Path]:
        return sorted(self.path.parent.glob(f"{self.path.stem}.replaying-*{self.path.suffix}"))

    def pending(self) -> int:
        count = 0
        for path in (self.path, *self._claimed()):
            try:
                with open(path, encoding="utf-8") as fh:
                    count += sum(1 for line in fh if line.strip())
            except FileNotFoundError:
                continue
        return count

    def replay(self, store: Store, written: Callable[[list[dict[str, Any]]], None] | None = None) -> int:
        """Write every spooled document to ``store``; each file is removed once all are in.
        ``written`` is called with each batch once the store has it (the store pipeline folds
        the rows of one article, as after its own batches).

        The spool is first claimed (renamed to a name of this replay's own), so another
        process may append to a new spool or replay at the same time and no document is
        lost. A claim left by a replay that died or failed (its lock is gone) is replayed
        again: store writes are upserts.
        """
        if not self.path.parent.is_dir():
            return 0
        count = 0
        mine = self._claim_name()
        try:
            os.replace(self.path, mine)
        except FileNotFoundError:
            pass  # nothing spooled
        else:
            count += self._replay_claim(mine, store, written, left_over=False)
        for path in self._claimed():
            count += self._replay_claim(path, store, written, left_over=True)
        return count

    @staticmethod
    def _write(
        store: Store, batch: list[dict[str, Any]], written: Callable[[list[dict[str, Any]]], None] | None
    ) -> int:
        store.upsert_articles(batch)
        if written is not None:
            written(batch)
        return len(batch)

    def _claim_name(self) -> Path:
        return self.path.with_name(f"{self.path.stem}.replaying-{os.getpid()}-{uuid.uuid4().hex[:8]}{self.path.suffix}")

    def _replay_claim(
        self, path: Path, store: Store, written: Callable[[list[dict[str, Any]]], None] | None, *, left_over: bool
    ) -> int:
        try:
            fh = open(path, encoding="utf-8")
        except FileNotFoundError:
            return 0  # another replay took it over
        with fh:
            try:
                # Our own claim: wait for an append that opened the spool before we renamed it.
                # A left-over claim: skip it while a live replay holds it.
                fcntl.flock(fh, fcntl.LOCK_EX | (fcntl.LOCK_NB if left_over else 0))
            except BlockingIOError:
                return 0
            if not _is_file_at(fh, path):
                return 0  # taken over between our open and our lock
            if left_over:
                mine = self._claim_name()
                os.replace(path, mine)
                path = mine
            batch: list[dict[str, Any]] = []
            count = 0
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    batch.append(json.loads(line))
                except json.JSONDecodeError:
                    # A line cut short by a crash while spooling: nothing else to save.
                    logger.warning("Spool %s line %d is not JSON; skipped", path, number)
                    continue
                if len(batch) >= REPLAY_BATCH:
                    count += self._write(store, batch, written)
                    batch = []
            if batch:
                count += self._write(store, batch, written)
            path.unlink()
        return count


def _ends_a_line(path: Path, size: int) -> bool:
    """Whether the file (of ``size`` bytes) is empty or ends with a newline."""
    if not size:
        return True
    with open(path, "rb") as fh:
        fh.seek(size - 1)
        return fh.read(1) == b"\n"


def _is_file_at(fh: Any, path: Path) -> bool:
    try:
        here = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fh.fileno())
    return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)
