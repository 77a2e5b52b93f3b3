"""``scrapy dedupe``: a JSON-lines file in, story ids out; ``--rebuild`` re-clusters a store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newscrawl.commands.dedupe import rebuild
from newscrawl.dedupe import DedupeConfig, DedupeEngine
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import network

ROOT = Path(__file__).resolve().parents[1]


def scrapy(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_dedupe_file_writes_one_line_per_input(tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [dict(doc, id=f"a{n}") for n, (_, doc) in enumerate(network())]
    for row in rows[:3]:
        row.pop("url")  # url is optional in the input
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = scrapy("dedupe", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == [r["id"] for r in rows]
    assert set(lines[0]) == {"id", "story_id", "match", "score"}
    labels = [label for label, _ in network()]
    stories = {label: {l_["story_id"] for l_, lb in zip(lines, labels, strict=True) if lb == label} for label in labels}
    assert all(len(ids) == 1 for ids in stories.values())
    assert len({next(iter(ids)) for ids in stories.values()}) == len(stories)


def test_unreadable_input_is_one_line(tmp_path):
    result = scrapy("dedupe", str(tmp_path / "missing.jsonl"))
    assert result.returncode == 1 and "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_rebuild_reclusters_from_fingerprints(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    engine = DedupeEngine(store)
    first = [engine.process(doc).story_id for _, doc in network()]
    store.upsert_articles([dict(doc, story_id="stale") for _, doc in network()])
    counts, _ = rebuild(store, DedupeConfig())
    assert sum(counts.values()) == len(first) and counts["new"] == len(set(first))
    again = [
        store.get_fingerprint(fp_ref)[0]["story_id"] for fp_ref in (f["ref"] for f, _ in store.iter_fingerprints())
    ]
    assert sorted(set(again)) == sorted(set(first))
    assert {a["story_id"] for a in store.iter_articles()} == set(first)
    store.close()


def test_rebuild_command_on_the_configured_store(tmp_path):
    uri = f"sqlite:///{tmp_path}/s.sqlite"
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    store.upsert_articles([doc for _, doc in network()])  # stored before dedupe was switched on
    store.close()
    result = scrapy("dedupe", "--rebuild", env={"NEWSCRAWL_STORE": uri})
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["articles"] == len(network()) and summary["stories"] == 5
