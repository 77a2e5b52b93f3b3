"""``scrapy dedupe``: run the dedupe engine outside a crawl.

``scrapy dedupe INPUT.jsonl [-o OUT.jsonl]`` reads lines ``{id, url, site, title,
body, language?, published_at?, ...}`` in file order, assigns each to a story in a
fresh temporary store (the same engine as the pipeline, default settings unless
``-s DEDUPE_...`` says otherwise) and writes ``{id, story_id, match, score}`` lines
(standard output without ``-o``).

``scrapy dedupe --rebuild`` re-clusters everything in the configured store
(``NEWSCRAWL_STORE`` / ``STORE_URI``) without refetching: stories, copy links and
keys are cleared, then every stored fingerprint is matched again in the order it
was first stored, then stored articles that have none (stored before dedupe was
on) are fingerprinted from their body. Articles get their new ``story_id``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.dedupe import DedupeConfig, DedupeEngine, fingerprint
from newscrawl.dedupe.features import from_record
from newscrawl.store import StoreError, mask_uri, open_store, store_uri_from_settings
from newscrawl.store.sqlite import SQLiteStore
from newscrawl.urls import url_key

if TYPE_CHECKING:
    import argparse

EXIT_STORE = 2
#: Input lines whose store work is one transaction (``DedupeEngine.process_batch``): the
#: commit and the transaction's set-up once per batch instead of once per article.
FILE_BATCH = 100


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_LEVEL": "WARNING"}

    def syntax(self) -> str:
        return "INPUT.jsonl [-o OUT.jsonl] | --rebuild"

    def short_desc(self) -> str:
        return "Group articles into wire stories (a JSON-lines file, or --rebuild the store)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", metavar="FILE", help="write {id, story_id, match, score} lines here")
        parser.add_argument("--rebuild", action="store_true", help="re-cluster every article in the configured store")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        config = DedupeConfig.from_settings(self.settings)
        if opts.rebuild:
            if args:
                raise UsageError("--rebuild takes no input file")
            self.exitcode = self._rebuild(config)
            return
        if len(args) != 1:
            raise UsageError("expected one INPUT.jsonl (or --rebuild)")
        self.exitcode = dedupe_file(Path(args[0]), Path(opts.output) if opts.output else None, config)

    def _rebuild(self, config: DedupeConfig) -> int:
        uri = store_uri_from_settings(self.settings)
        try:
            store = open_store(uri, connect_timeout=self.settings.getfloat("STORE_CONNECT_TIMEOUT", 5.0))
        except StoreError as exc:
            sys.stderr.write(f"newscrawl: cannot open store {mask_uri(uri)}: {exc}\n")
            return EXIT_STORE
        with store:
            counts, seconds = rebuild(store, config)
        total = sum(counts.values())
        sys.stdout.write(
            json.dumps({"articles": total, "stories": counts["new"], "matches": dict(counts), "seconds": seconds})
            + "\n"
        )
        return 0


def dedupe_file(source: Path, output: Path | None, config: DedupeConfig) -> int:
    """Process one JSON-lines file in a fresh temporary store; 1 on unreadable input."""
    try:
        lines = source.open(encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"newscrawl: cannot read {source}: {exc.strerror}\n")
        return 1
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    with tempfile.TemporaryDirectory(prefix="newscrawl-dedupe-") as tmp, lines:
        store = SQLiteStore(str(Path(tmp) / "dedupe.sqlite"))
        engine = DedupeEngine(store, config)
        batch: list[tuple[int, dict[str, Any]]] = []

        def write_batch() -> None:
            # Nothing else uses this store: a batch holds it as long as it likes.
            verdicts = engine.process_batch([input_doc(record, number) for number, record in batch])
            for (number, record), verdict in zip(batch, verdicts, strict=True):
                row = {"id": record.get("id", number), "story_id": verdict.story_id, "match": verdict.match}
                row["score"] = verdict.score
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            batch.clear()

        try:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    write_batch()  # the lines before it are answered
                    sys.stderr.write(f"newscrawl: {source}:{number}: not JSON ({exc.msg})\n")
                    return 1
                batch.append((number, record))
                if len(batch) >= FILE_BATCH:
                    write_batch()
            write_batch()
        finally:
            store.close()
            if output:
                out.close()
    return 0


def input_doc(record: dict[str, Any], number: int) -> dict[str, Any]:
    """An article dict from one input line; a line without url gets one made from its id."""
    doc = dict(record)
    if not doc.get("url"):
        doc["url"] = f"http://dedupe.input/{record.get('id', number)}"
    return doc


def rebuild(store: Any, config: DedupeConfig) -> tuple[Counter[str], float]:
    """Re-cluster a store from its fingerprints (and bodies of articles without one)."""
    started = time.perf_counter()
    engine = DedupeEngine(store, config)
    counts: Counter[str] = Counter()
    store.clear_stories()
    store.clear_fingerprint_index()
    done: set[str] = set()
    for batch in _batches(store.iter_fingerprints()):
        with store.dedupe_batch():  # SQLite: one transaction a batch, as for an input file
            for fields, sig in batch:
                verdict = engine.assign(from_record(fields, sig), replace=True)
                counts[verdict.match] += 1
                done.add(fields["ref"])
                store.set_story(fields["url"], verdict.story_id, verdict.match, verdict.score)
    unfingerprinted = (a for a in store.iter_articles() if url_key(a["url"]) not in done and a.get("body"))
    for batch in _batches(unfingerprinted):
        with store.dedupe_batch():
            for article in batch:
                verdict = engine.assign(fingerprint(article), replace=True)
                counts[verdict.match] += 1
                store.set_story(article["url"], verdict.story_id, verdict.match, verdict.score)
    return counts, round(time.perf_counter() - started, 3)


def _batches(items: Iterable[Any]) -> Iterator[list[Any]]:
    """``items`` in lists of ``FILE_BATCH`` (read ahead of the batch's transaction)."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= FILE_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
