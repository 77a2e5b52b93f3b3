"""A story's first copy kept in its own row (SQLite), the copies every reader lists the same
on both backends, stores made before opening as they are, and a SIGKILL mid-crawl."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newscrawl.dedupe import DedupeEngine
from newscrawl.dedupe.story import summarize
from newscrawl.store import open_store
from newscrawl.store.base import StoreUnavailable
from newscrawl.store.sqlite import SQLiteStore
from tests.test_store_dedupe import copy

ROOT = Path(__file__).resolve().parents[1]


def urls(story: dict | None) -> list[str]:
    return [c["url"] for c in story["copies"]] if story else []


def test_copies_keep_their_order_through_links_merges_and_repeats(store):
    for n in range(3):
        store.link_copy("s1", copy(f"https://a.example/{n}"), summarize)
    store.link_copy("s2", copy("https://b.example/0"), summarize)
    store.link_copy("s2", copy("https://a.example/1"), summarize)  # in s1 too: s1's stays
    store.link_copy("s2", copy("https://b.example/1"), summarize)
    store.link_copy("s3", copy("https://a.example/0"), summarize)  # s1's first copy, in s3 first
    store.link_copy("s1", copy("https://a.example/0"), summarize)  # linked again: once
    store.merge_stories("s2", "s1", summarize)
    expected = ["https://a.example/0", "https://a.example/1", "https://a.example/2", "https://b.example/0",
                "https://b.example/1"]  # fmt: skip
    assert urls(store.get_story("s1")) == expected
    store.merge_stories("s3", "s1", summarize)  # its only copy is s1's first already
    assert urls(store.get_story("s1")) == expected and store.get_story("s3") is None
    store.link_copy("s4", copy("https://c.example/0"), summarize)
    store.merge_stories("s1", "s4", summarize)
    story = store.get_story("s4")
    assert urls(story) == ["https://c.example/0", *expected] and story["n_copies"] == 6
    assert [s["story_id"] for s in store.iter_stories()] == ["s4"]


def test_a_merge_into_a_story_without_a_record_yet_keeps_every_copy(store):
    store.link_copy("s2", copy("https://b.example/0"), summarize)
    store.link_copy("s2", copy("https://b.example/1"), summarize)
    store.merge_stories("s2", "s1", summarize)  # s1's first copy is not linked yet
    store.link_copy("s1", copy("https://a.example/0"), summarize)
    assert urls(store.get_story("s1")) == ["https://b.example/0", "https://b.example/1", "https://a.example/0"]


def test_sqlite_writes_a_new_story_as_one_row(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    store.link_copy("s1", copy("https://a.example/0"), summarize)
    assert store._db.execute("SELECT COUNT(*) FROM story_copies").fetchone()[0] == 0
    store.link_copy("s1", copy("https://a.example/1"), summarize)
    assert store._db.execute("SELECT url_key, seq FROM story_copies").fetchall() == [("a.example/1", 1)]
    store.close()


def test_sqlite_writes_a_new_storys_row_in_one_statement_and_links_a_known_id_as_before(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    with store.dedupe_batch():
        story = store.link_copy("s1", copy("https://a.example/0"), summarize)
    # no read of the missing row first: one write
    assert [s.split()[0] for s in statements if "stories" in s] == ["INSERT"]
    assert urls(story) == ["https://a.example/0"] and story["n_copies"] == 1
    # A copy the engine calls a new story whose id has a row (a re-cluster, a race followed):
    # linked beside the first, its record summed over both.
    story = store.link_copy("s1", copy("https://a.example/1", published_at="2023-12-31T00:00:00+00:00"), summarize)
    assert urls(story) == ["https://a.example/0", "https://a.example/1"]
    assert story["n_copies"] == 2 and store.get_story("s1")["first_seen"] == "2023-12-31T00:00:00+00:00"
    store._db.set_trace_callback(None)
    store.close()


def _old_layout(path: str) -> None:
    """Rewrite a store as versions before this one left it: every copy in ``story_copies``
    (the first at ``seq`` 0), ``stories`` without the first-copy columns."""
    db = sqlite3.connect(path)
    db.executescript(
        """
        BEGIN;
        INSERT INTO story_copies (story_id, url_key, seq, doc)
            SELECT story_id, first_key, 0, first_copy FROM stories WHERE first_copy IS NOT NULL;
        CREATE TABLE stories_old (story_id TEXT PRIMARY KEY, first_seen TEXT, last_seen TEXT, doc TEXT NOT NULL)
            WITHOUT ROWID;
        INSERT INTO stories_old SELECT story_id, first_seen, last_seen, doc FROM stories;
        DROP TABLE stories;
        ALTER TABLE stories_old RENAME TO stories;
        COMMIT;
        """
    )
    db.close()


def test_sqlite_stores_made_before_open_as_they_are_and_take_new_stories_the_new_way(tmp_path, caplog):
    path = str(tmp_path / "s.sqlite")
    store = SQLiteStore(path)
    store.link_copy("s1", copy("https://a.example/0"), summarize)
    store.link_copy("s1", copy("https://a.example/1"), summarize)
    store.link_copy("s2", copy("https://b.example/0"), summarize)
    before = list(store.iter_stories())
    store.close()
    _old_layout(path)
    with caplog.at_level("INFO", logger="newscrawl.store.sqlite"):
        reopened = SQLiteStore(path)
    assert caplog.text.count("keep their first copy in their own row") == 1
    assert list(reopened.iter_stories()) == before
    reopened.link_copy("s1", copy("https://a.example/0"), summarize)  # linked before: once
    reopened.link_copy("s1", copy("https://a.example/2"), summarize)
    reopened.link_copy("s3", copy("https://c.example/0"), summarize)  # new: one row
    assert reopened._db.execute("SELECT first_key FROM stories WHERE story_id = 's3'").fetchone() == ("c.example/0",)
    reopened.merge_stories("s1", "s3", summarize)
    reopened.merge_stories("s2", "s3", summarize)
    assert urls(reopened.get_story("s3")) == [
        "https://c.example/0", "https://a.example/0", "https://a.example/1", "https://a.example/2", "https://b.example/0"
    ]  # fmt: skip
    caplog.clear()
    with caplog.at_level("INFO", logger="newscrawl.store.sqlite"):
        SQLiteStore(path).close()
    assert "first copy" not in caplog.text  # once
    reopened.close()


def test_a_fold_moves_the_copy_wherever_the_story_keeps_it(store):
    # The old row's copy is s1's first (kept in its row in SQLite), another story's first
    # (it leaves that story, deleted with it) and a later copy of a third story (it leaves it).
    from newscrawl.urls import url_key
    from tests.test_store import _fold_setup

    store.link_copy("s8", copy("https://b.example/0"), summarize)
    old, new, summarize_ = _fold_setup(store)
    store.link_copy("s9", copy(old["url"]), summarize)
    store.link_copy("s8", copy(old["url"]), summarize)
    store.link_copy("s1", copy("https://b.example/1", match="exact"), summarize)
    assert store.fold_same_article([new], summarize_) == [(url_key(old["url"]), url_key(new["url"]))]
    assert [(c["url"], c["match"]) for c in store.get_story("s1")["copies"]] == [
        (new["url"], "new"), ("https://b.example/1", "exact")
    ]  # fmt: skip
    assert store.get_story("s9") is None
    assert urls(store.get_story("s8")) == ["https://b.example/0"]


def test_sqlite_a_fold_of_a_later_copy_into_the_first_keeps_the_later_place(tmp_path):
    # The kept URL is the story's first copy (in its row), the folded one a later copy: as
    # before, the kept article takes the folded copy's place.
    from newscrawl.urls import url_key
    from tests.test_store import make_doc

    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    old = make_doc(
        1, url="https://www.batam.example/2023/09/kim-tiba-di-rusia/", fetched_at="2026-01-02T00:00:00+00:00"
    )
    new = make_doc(1, url="https://www.batam.example/2023/09/kim-jong-un-tiba-di-rusia/",
                   fetched_at="2026-01-03T00:00:00+00:00", redirected_from=[old["url"]])  # fmt: skip
    store.link_copy("s1", copy(new["url"], seen="2026-01-01T00:00:00+00:00"), summarize)
    store.link_copy("s1", copy("https://b.example/1", match="exact"), summarize)
    store.link_copy("s1", copy(old["url"], match="exact", seen="2026-01-02T00:00:00+00:00"), summarize)
    for doc in (old, new):
        doc.update(story_id="s1", match="exact")
    store.upsert_articles([old])
    store.upsert_articles([new])
    assert store.fold_same_article([new], summarize) == [(url_key(old["url"]), url_key(new["url"]))]
    assert urls(store.get_story("s1")) == ["https://b.example/1", new["url"]]
    assert store._db.execute("SELECT first_key FROM stories").fetchone() == (None,)
    store.close()


_WORKER = textwrap.dedent(
    """
    import json, sys
    from newscrawl.dedupe import DedupeEngine
    from newscrawl.store import keyruns, open_store, sqlite
    sqlite.TAIL_MIN = sqlite.TIER_BASE = 4  # runs written and merged while it runs
    keyruns.BLOCK, keyruns.SLICE_PAIRS = 8, 200
    sys.path.insert(0, ".")
    from tests.test_store_first_copy import workload
    engine = DedupeEngine(open_store(sys.argv[1]))
    for n, doc in enumerate(workload()):
        verdict = engine.process(doc)
        print(json.dumps([n, verdict.match, verdict.story_id]), flush=True)  # committed
    """
)


def workload() -> list[dict]:
    """The corpus' copies and rivals, again and again under new URLs with a line of their own."""
    from tests.dedupe_corpus import network

    docs = [doc for _, doc in network()]
    return [
        dict(doc, url=f"{doc['url']}-r{r}", body=doc["body"] + f"\n\nDiperbarui {r}.") for r in range(8) for doc in docs
    ]


def _verdicts(store, docs: list[dict]) -> list[tuple[str, str]]:
    engine = DedupeEngine(store)
    return [(v.match, store.resolve_story(v.story_id)) for v in map(engine.process, docs)]


def test_sqlite_a_sigkill_mid_crawl_loses_no_committed_article_and_the_store_dedupes_on(tmp_path, monkeypatch):
    from newscrawl.store import keyruns, sqlite

    monkeypatch.setattr(sqlite, "TAIL_MIN", 4)
    monkeypatch.setattr(sqlite, "TIER_BASE", 4)
    monkeypatch.setattr(keyruns, "BLOCK", 8)
    monkeypatch.setattr(keyruns, "SLICE_PAIRS", 200)
    docs = workload()
    with open_store(f"sqlite:///{tmp_path}/clean.sqlite") as clean:
        expected = _verdicts(clean, docs)
        expected_stories = {s["story_id"]: urls(s) for s in clean.iter_stories()}
    uri = f"sqlite:///{tmp_path}/killed.sqlite"
    stop_after = random.Random().randrange(20, len(docs) - 20)
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER, uri], stdout=subprocess.PIPE, cwd=ROOT, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )  # fmt: skip
    reported = []
    try:
        for line in proc.stdout:
            reported.append(json.loads(line))
            if len(reported) > stop_after:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, stop_after
    with open_store(uri) as store:
        done = store._db.execute("SELECT COUNT(*) FROM fingerprints").fetchone()[0]
        assert done >= len(reported)  # every committed article is there (and one in flight may be)
        for n, match, story_id in reported:
            assert (match, store.resolve_story(story_id)) == expected[n], (stop_after, n)
            assert docs[n]["url"] in urls(store.get_story(store.resolve_story(story_id)))
        assert _verdicts(store, docs[done:]) == expected[done:], stop_after
        assert {s["story_id"]: urls(s) for s in store.iter_stories()} == expected_stories


def test_the_store_marks_its_layout_and_refuses_a_newer_one(tmp_path):
    path = tmp_path / "dedupe.sqlite"
    SQLiteStore(str(path)).close()
    db = sqlite3.connect(path)
    # 1: first copies in the stories row; 2: the summary state beside the record
    assert db.execute("PRAGMA user_version").fetchone() == (2,)
    db.execute("PRAGMA user_version = 3")  # as a newer version would leave it
    db.close()
    with pytest.raises(StoreUnavailable) as refused:
        SQLiteStore(str(path))
    message = str(refused.value)
    assert "layout (3) is newer than this version reads (2)" in message and "\n" not in message
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (3,)  # left as it was
