"""The bench's store cache is named by what a filled store holds, not by the code's source."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    module = importlib.import_module("dedupe_bench")
    monkeypatch.setattr(module, "SAMPLE", 40)  # a small probe: the same code, fewer rows
    yield module
    sys.modules.pop("dedupe_bench", None)


def _probe(bench) -> str:
    return bench._probe_rows_hash(size=300, seed=1)


def test_probe_rows_hash_is_stable_and_ignores_code_that_stores_nothing(bench, monkeypatch):
    from newscrawl.dedupe import engine
    from newscrawl.store.sqlite import SQLiteStore

    before = _probe(bench)
    assert _probe(bench) == before
    # the lookup path (what a speed pass edits) writes no row of a filled store: the fill
    # never runs it (it stores fingerprints in bulk), so an edit there keeps the cache

    def lookup(*args, **kwargs):
        raise AssertionError("the bench's fill ran the lookup path")

    monkeypatch.setattr(engine.DedupeEngine, "process", lookup)
    monkeypatch.setattr(engine.DedupeEngine, "_candidates", lookup)
    monkeypatch.setattr(SQLiteStore, "find_fingerprints", lookup)
    assert _probe(bench) == before


def test_probe_rows_hash_changes_with_a_rows_writer(bench, monkeypatch):
    from newscrawl.store import sqlite

    before = _probe(bench)
    monkeypatch.setattr(sqlite, "_dumps", sqlite.json.JSONEncoder(separators=(", ", ": ")).encode)
    assert _probe(bench) != before


def test_probe_rows_hash_changes_with_the_fingerprint(bench, monkeypatch):
    from newscrawl.dedupe import features

    before = _probe(bench)
    anchors = features.paragraph_anchors

    def fewer(*args, **kwargs):  # a text change: the last anchor of each paragraph no longer read
        return [found[:-1] for found in anchors(*args, **kwargs)]

    monkeypatch.setattr(features, "paragraph_anchors", fewer)
    assert _probe(bench) != before


def test_probe_rows_hash_follows_the_hedges_only_where_the_bench_has_them(bench, monkeypatch):
    """The bench's articles hold no hedged figure: a hedges edit that reads none in them leaves
    the cache as it is, one that reads one more changes it."""
    from newscrawl.dedupe import features

    before = _probe(bench)
    rounded = features.rounded_figures
    monkeypatch.setattr(features, "rounded_figures", lambda text: (rounded(text)[0][1:], rounded(text)[1]))
    assert _probe(bench) == before
    monkeypatch.setattr(features, "rounded_figures", lambda text: ([*rounded(text)[0], 1000], rounded(text)[1]))
    assert _probe(bench) != before


def test_probe_rows_hash_changes_with_the_key_blocks(bench, monkeypatch):
    from newscrawl.store import keyruns

    before = _probe(bench)
    write = keyruns.write_blocks
    monkeypatch.setattr(
        keyruns,
        "write_blocks",
        lambda db, run, part, first, keys, ids: write(db, run, part, first, keys[::-1], ids[::-1]),
    )
    assert _probe(bench) != before


def test_cache_name_follows_the_size_and_layout(bench, monkeypatch):
    monkeypatch.setattr(bench, "_made_from", lambda: "fixed")
    names = {bench._cache_name(size, 1) for size in (10_000, 100_000, 1_000_000)}
    assert len(names) == 3
    assert bench._cache_name(10_000, 1) != bench._cache_name(10_000, 2)
    before = bench._cache_name(1_000_000, 1)
    monkeypatch.setattr(bench.sqlite, "TAIL_SHARE", 0.02)  # another crawl's runs at 1M
    assert bench._cache_name(1_000_000, 1) != before


def test_the_fills_syntax_ignores_layout_comments_and_docstrings(bench):
    def one(n):
        """A docstring."""
        return n + 1  # a comment

    def two(n):
        return n + (1)

    def three(n):
        return n + 2

    assert bench._syntax(one) == bench._syntax(two)
    assert bench._syntax(one) != bench._syntax(three)


def test_warm_up_loads_what_the_first_verdicts_load_and_leaves_the_timed_store_alone(bench, tmp_path):
    from newscrawl.dedupe import evidence
    from newscrawl.store.sqlite import SQLiteStore

    store = SQLiteStore(str(tmp_path / "timed.sqlite"))
    try:
        evidence._demonyms.cache_clear()
        bench.warm_up(1)
        # the first cut copy's verdict reads peoples' names (Babel's locale data): loaded now,
        # not in the first timed article
        assert evidence._demonyms.cache_info().currsize == 1
        assert store.count_stories() == 0
        assert next(store.iter_fingerprints(), None) is None
    finally:
        store.close()
