"""``scrapy dedupe``: a JSON-lines file in, story ids out; ``--rebuild`` re-clusters a store."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from newscrawl.commands.dedupe import dedupe_file, rebuild
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


def test_bad_lines_are_reported_with_their_number_and_skipped(tmp_path, capsys):
    good = [dict(doc, id=f"a{n}") for n, (_, doc) in enumerate(network())][:2]
    lines = [
        json.dumps(good[0]),
        "[1, 2]",  # not an object
        json.dumps({"id": "u", "url": "https://[x/", "title": "a", "body": "b c d"}),
        json.dumps({"id": "b", "title": "a", "body": 123}),
        json.dumps({"id": "t", "title": "a", "body": "b c d", "attribution": "Reuters"}),
        '{"id": "cut", "body": "b c',  # cut short
        json.dumps(good[1]),
        '{"id": "deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",  # nested past Python's stack
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "\xff"}\n')
    out = tmp_path / "out.jsonl"
    assert dedupe_file(source, out, DedupeConfig()) == 1
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a0", "a1"]
    err = capsys.readouterr().err.splitlines()
    assert err.pop(5) == f"newscrawl: {source}:8: skipped: JSON nested too deep"
    assert err == [
        f"newscrawl: {source}:2: skipped: not a JSON object but a JSON array",
        f"newscrawl: {source}:3: skipped: \"url\" 'https://[x/': Invalid IPv6 URL",
        f'newscrawl: {source}:4: skipped: "body" is a JSON number, expected a string',
        f'newscrawl: {source}:5: skipped: "attribution" is a JSON string, expected an object',
        f"newscrawl: {source}:6: skipped: not JSON (Unterminated string at column 23)",
        f"newscrawl: {source}:9: skipped: not UTF-8 (invalid start byte at byte 9)",
        f"newscrawl: {source}: 7 of 9 lines skipped",
    ]


def test_output_that_cannot_be_written_is_one_line_exit_2(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "title": "a", "body": "x y z"}) + "\n", encoding="utf-8")
    result = scrapy("dedupe", str(source), "-o", str(tmp_path / "nodir" / "out.jsonl"))
    assert result.returncode == 2
    assert result.stderr == f"newscrawl: cannot write {tmp_path / 'nodir' / 'out.jsonl'}: No such file or directory\n"


def test_bad_line_and_bad_setting_from_the_command_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("[1]\n" + json.dumps({"id": 1, "title": "a", "body": "x y z"}) + "\n", encoding="utf-8")
    result = scrapy("dedupe", str(source))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.count("story_id") == 1
    assert result.stderr.splitlines()[-1] == f"newscrawl: {source}: 1 of 2 lines skipped"
    timeout = scrapy("dedupe", "--rebuild", "-s", "STORE_CONNECT_TIMEOUT=abc")
    assert timeout.returncode == 2
    assert timeout.stderr == "newscrawl: bad setting STORE_CONNECT_TIMEOUT = 'abc': expected a number >= 0\n"
    bad = scrapy("dedupe", str(source), "-s", "DEDUPE_WINDOW_DAYS=-1")
    assert bad.returncode == 2
    assert bad.stderr == "newscrawl: bad setting DEDUPE_WINDOW_DAYS = '-1': expected a whole number >= 0\n"


def test_random_field_types_never_raise_and_every_line_is_accounted_for(tmp_path, capsys):
    rng = random.Random(7)
    values = [None, "", "x", "https://a.example/x", "https://[x/", 0, 10**30, 1.5, True, [], ["a"], {}, {"a": 1},
              "2023-09-01T10:00:00+07:00", "word " * 40]  # fmt: skip
    fields = ["id", "url", "canonical_url", "image_url", "site", "site_publisher", "site_origin", "title", "body",
              "language", "published_at", "content_hash", "attribution"]  # fmt: skip
    rows = []
    for _ in range(300):
        row = {f: rng.choice(values) for f in rng.sample(fields, rng.randint(0, len(fields)))}
        if rng.random() < 0.4:
            row["attribution"] = {k: rng.choice(values) for k in ("original_url", "publisher", "agencies")}
        rows.append(json.dumps(row))
    source = tmp_path / "fuzz.jsonl"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = dedupe_file(source, out, DedupeConfig())
    skipped = [line for line in capsys.readouterr().err.splitlines() if ": skipped: " in line]
    written = out.read_text().splitlines()
    assert code == (1 if skipped else 0)
    assert written and len(written) + len(skipped) == len(rows)


def test_commands_without_a_crawler_take_scrapys_log_options():
    import argparse
    import logging

    from scrapy.settings import Settings
    from scrapy.utils import log as scrapy_log

    from newscrawl.commands import dedupe, extract, probe

    root = logging.getLogger()
    for module in (dedupe, extract, probe):
        for options, level in (
            (["-L", "DEBUG"], logging.DEBUG),
            (["-s", "LOG_LEVEL=INFO"], logging.INFO),
            ([], logging.WARNING),
        ):
            command = module.Command()
            settings = Settings()
            settings.setdict(command.default_settings, priority="command")
            command.settings = settings
            parser = argparse.ArgumentParser()
            command.add_options(parser)
            opts, args = parser.parse_known_args(options)
            try:
                command.process_options(args, opts)
                handler = scrapy_log._scrapy_root_handler
                assert handler is not None and handler in root.handlers, module.__name__
                assert handler.level == level, (module.__name__, options)
            finally:
                if scrapy_log._scrapy_root_handler is not None:
                    root.removeHandler(scrapy_log._scrapy_root_handler)
                    scrapy_log._scrapy_root_handler = None


def test_rebuild_on_a_store_that_fails_mid_way_is_one_line(tmp_path):
    from tests.test_store import _corrupt_article_index, make_doc

    path = tmp_path / "s.sqlite"
    with SQLiteStore(str(path)) as store:
        store.upsert_articles([make_doc(n) for n in range(40)])
    _corrupt_article_index(path)
    result = scrapy("dedupe", "--rebuild", env={"NEWSCRAWL_STORE": f"sqlite:///{path}"})
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"newscrawl: store sqlite:///{path} failed during the rebuild: ")
    assert result.stderr.count("\n") == 1 and "database disk image is malformed" in result.stderr


def _missed_copy_rows(monkeypatch) -> list[dict]:
    """The flood story, a cut copy of it that misses it (a lookup that finds nothing: keys
    are a sample) and begins a story, then a copy of the whole story that finds both."""
    from tests.dedupe_corpus import FLOOD_EN, article, truncated
    from tests.test_dedupe import _lookup_misses

    rows = [
        dict(article("https://o.example/full", FLOOD_EN, "en", "2024-05-12", 8), id="full"),
        dict(article("https://b.example/cut", truncated(FLOOD_EN, 4), "en", "2024-05-12", 9), id="cut"),
        dict(article("https://c.example/copy", FLOOD_EN + "\n\nMore from our regional desk later today.", "en",
                     "2024-05-12", 12), id="copy"),
    ]  # fmt: skip
    _lookup_misses(monkeypatch, rows[1]["url"])
    return rows


def test_every_line_gets_the_story_its_article_ended_in(tmp_path, monkeypatch):
    # The cut copy begins a story of its own; the last copy makes the two one, and the
    # lines written before say so.
    rows = _missed_copy_rows(monkeypatch)
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert dedupe_file(source, out, DedupeConfig()) == 0
    lines = {row["id"]: row for row in map(json.loads, out.read_text().splitlines())}
    assert len({row["story_id"] for row in lines.values()}) == 1
    assert [lines[i]["match"] for i in ("full", "cut", "copy")] == ["new", "new", "near"]


def test_rebuild_counts_the_stories_left_after_folds(tmp_path, monkeypatch, capsys):
    from scrapy.settings import Settings

    from newscrawl.commands.dedupe import Command

    rows = _missed_copy_rows(monkeypatch)
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        store.upsert_articles(rows)  # stored before dedupe was switched on
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    command = Command()
    command.settings = Settings({"STORE_URI": f"sqlite:///{tmp_path}/s.sqlite"})
    assert command._rebuild(DedupeConfig()) == 0
    summary = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert summary["matches"] == {"new": 2, "near": 1} and summary["stories"] == 1
    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        assert len({a["story_id"] for a in store.iter_articles()}) == 1


def test_a_store_failure_mid_input_writes_the_lines_done_then_one_line(tmp_path, monkeypatch, capsys):
    import sqlite3

    from newscrawl.commands import dedupe as command_module

    monkeypatch.setattr(command_module, "FILE_BATCH", 2)
    real = DedupeEngine.process_batch
    calls = []

    def failing(self, docs):
        calls.append(len(docs))
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(self, docs)

    monkeypatch.setattr(DedupeEngine, "process_batch", failing)
    rows = [dict(doc, id=f"a{n}") for n, (_, doc) in enumerate(network())][:5]
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert dedupe_file(source, out, DedupeConfig()) == 1
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a0", "a1"]
    assert capsys.readouterr().err == f"newscrawl: {source}: stopped after line 2: OperationalError: disk I/O error\n"
