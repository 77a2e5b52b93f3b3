"""The spool: batches the store could not take, replayed later, shared by processes."""

from __future__ import annotations

import json
import threading
import time

import pytest

from newscrawl.store.base import StoreUnavailable
from newscrawl.store.spool import Spool
from newscrawl.store.sqlite import SQLiteStore


def _docs(prefix: str, n: int) -> list[dict]:
    return [{"url": f"https://spool.example/{prefix}-{i}", "site": "spool", "title": f"{prefix} {i}"} for i in range(n)]


class _SlowStore:
    """A real store whose batch writes take a while (a big batch on a busy disk)."""

    def __init__(self, path, delay: float) -> None:
        self.path, self.delay = path, delay

    def upsert_articles(self, docs):
        time.sleep(self.delay)
        with SQLiteStore(str(self.path)) as store:
            return store.upsert_articles(docs)


def test_replay_writes_everything_and_removes_the_spool(tmp_path):
    spool = Spool(tmp_path / "spool" / "a.jsonl")
    spool.append(_docs("x", 3))
    spool.append(_docs("y", 2))
    assert spool.pending() == 5
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        assert spool.replay(store) == 5
        assert store.count_articles() == 5
    assert spool.pending() == 0
    assert list((tmp_path / "spool").iterdir()) == []


def test_a_batch_spooled_during_a_replay_is_kept_for_the_next(tmp_path):
    spool_dir = tmp_path / "spool"
    replaying, appending = Spool(spool_dir / "a.jsonl"), Spool(spool_dir / "a.jsonl")
    replaying.append(_docs("old", 10))
    done = []
    thread = threading.Thread(target=lambda: done.append(replaying.replay(_SlowStore(tmp_path / "s.sqlite", 0.5))))
    thread.start()
    time.sleep(0.1)
    appending.append(_docs("new", 3))  # another process spools while the replay runs
    thread.join()
    assert done == [10]
    assert appending.pending() == 3
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        assert appending.replay(store) == 3
        assert store.count_articles() == 13


def test_two_replays_at_once_write_each_document_and_raise_nothing(tmp_path):
    spool_dir = tmp_path / "spool"
    first, second = Spool(spool_dir / "a.jsonl"), Spool(spool_dir / "a.jsonl")
    first.append(_docs("d", 10))
    counts = []
    thread = threading.Thread(target=lambda: counts.append(first.replay(_SlowStore(tmp_path / "s.sqlite", 0.3))))
    thread.start()
    time.sleep(0.05)
    counts.append(second.replay(_SlowStore(tmp_path / "s.sqlite", 0)))
    thread.join()
    assert sorted(counts) == [0, 10]
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        assert store.count_articles() == 10


def test_a_claim_left_by_a_dead_replay_is_replayed(tmp_path):
    spool_dir = tmp_path / "spool"
    spool_dir.mkdir()
    left = spool_dir / "a.replaying-999999-deadbeef.jsonl"  # a replay killed mid-way left this
    left.write_text("".join(json.dumps(d) + "\n" for d in _docs("left", 4)) + '{"url": "https://spool.ex')
    spool = Spool(spool_dir / "a.jsonl")
    assert spool.pending() == 5  # the cut line counts until it is read
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        assert spool.replay(store) == 4
        assert store.count_articles() == 4
    assert list(spool_dir.iterdir()) == []


class _DownStore:
    def upsert_articles(self, docs):
        raise StoreUnavailable("down")


def test_a_replay_that_fails_keeps_every_document(tmp_path):
    spool = Spool(tmp_path / "spool" / "a.jsonl")
    spool.append(_docs("k", 6))
    with pytest.raises(StoreUnavailable, match="down"):
        spool.replay(_DownStore())
    assert spool.pending() == 6
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        assert spool.replay(store) == 6


def test_a_line_cut_short_by_a_crash_costs_only_itself(tmp_path):
    spool = Spool(tmp_path / "spool" / "a.jsonl")
    spool.append(_docs("a", 1))
    with open(spool.path, "a", encoding="utf-8") as fh:
        fh.write('{"url": "https://spool.example/cut')  # the process died mid-write
    spool.append(_docs("b", 2))
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        assert spool.replay(store) == 3
        assert store.get_article("https://spool.example/b-0") is not None
