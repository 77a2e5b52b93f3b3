"""Where ``DedupeEngine.process`` spends its time: each step timed on the bench's store.

The store and the workload are ``dedupe_bench``'s (``--store-cache`` reuses its filled
stores). Every engine step, store call and SQL statement is wrapped in a timer (CPU
time unless ``--wall``), so the figures carry a little of the timers' own cost and
nested steps are counted in their parents too (``find_fingerprints`` holds
``_run_hits``, which holds ``RunSet.candidates`` ...). A statement's time is its
``execute`` only: rows a cursor yields later are counted in the step that reads them.

    taskset -c 1 .venv/bin/python benchmarks/dedupe_steps.py --size 1000000 --store-cache /tmp/dedupe-bench [--batch 100]

``--fingerprint`` times the steps of ``fingerprint()`` instead, on the same articles and
no store (the text functions it calls, MinHash's numpy steps, and what is left in it):

    taskset -c 0 .venv/bin/python benchmarks/dedupe_steps.py --fingerprint
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dedupe_bench  # noqa: E402

from newscrawl.dedupe import DedupeEngine, features, fingerprint, minhash  # noqa: E402
from newscrawl.dedupe import engine as engine_module  # noqa: E402
from newscrawl.store import keyruns, sqlite  # noqa: E402

ENGINE_STEPS = ("fingerprint", "candidate_keys", "compare", "from_record", "to_record", "copy_record", "summarize")
STORE_STEPS = (
    "find_fingerprints", "_read_tail", "_run_hits", "put_fingerprint", "link_copy", "claim_key",
    "get_fingerprint", "get_article", "resolve_story", "_index_step", "_copies", "_write_summary", "prefetch_keys",
)  # fmt: skip


#: What ``fingerprint()`` calls, by the module it finds them in (each timed where called).
FINGERPRINT_STEPS = {
    features: (
        "without_site_intro", "paragraphs", "word_bytes", "Counter", "paragraph_anchors", "quotes",
        "key_anchors", "word_sequence_blob", "_char_lengths", "mention_blob", "cached_url_key", "_utc", "_day",
        "paragraph_skeletons", "money_figures", "date_word_starts_among",
    ),
    minhash: ("token_hashes", "combine_shingles", "signature"),
}  # fmt: skip


class TimedConnection:
    """A sqlite3 connection whose ``execute`` is timed per statement (its first words)."""

    def __init__(self, db, record) -> None:
        self._db, self._record = db, record

    def execute(self, sql, *args):
        started = self._record.clock()
        try:
            return self._db.execute(sql, *args)
        finally:
            self._record.add("SQL " + " ".join(sql.split()[:4])[:50], started)

    def __getattr__(self, name):
        return getattr(self._db, name)


class Record:
    def __init__(self, clock) -> None:
        self.clock = clock
        self.seconds: collections.Counter[str] = collections.Counter()
        self.calls: collections.Counter[str] = collections.Counter()

    def add(self, label: str, started: float) -> None:
        self.seconds[label] += self.clock() - started
        self.calls[label] += 1

    def wrap(self, owner, name: str, label: str | None = None) -> None:
        inner = getattr(owner, name)

        @functools.wraps(inner)
        def timed(*args, **kwargs):
            started = self.clock()
            try:
                return inner(*args, **kwargs)
            finally:
                self.add(label or name, started)

        setattr(owner, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="stored stories")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store-cache", type=Path, help="dedupe_bench's filled stores, kept here")
    parser.add_argument("--wall", action="store_true", help="wall time instead of CPU time")
    parser.add_argument("--batch", type=int, default=1, help="articles a transaction (process_batch) when above 1")
    parser.add_argument("--fingerprint", action="store_true", help="the steps of fingerprint() (no store)")
    parser.add_argument(
        "--store", type=Path, help="a copy of a filled bench store of --size to use as it is (written to: a fresh copy)"
    )
    args = parser.parse_args()
    if args.fingerprint:
        fingerprint_steps(args)
        return
    if not args.store:
        dedupe_bench._made_from()
    with tempfile.TemporaryDirectory(prefix="dedupe-steps-", dir=args.store_cache) as tmp:
        if args.store:
            store = sqlite.SQLiteStore(str(args.store))
            sample = [doc for _, doc in dedupe_bench.sample_articles(args.size, np.random.default_rng(args.seed))]
        else:
            store, sample = dedupe_bench.filled_store(Path(tmp) / "s.sqlite", args.size, args.seed, args.store_cache)
        docs = dedupe_bench.workload(args.size, args.articles, sample, args.seed)
        for doc in docs[:50]:  # the anchor scan's tables are built once a process
            fingerprint(doc)
        engine = DedupeEngine(store)
        store.find_fingerprints([])
        store.find_fingerprints([0])  # the runs packed for lookups, as the bench does before timing
        keyruns.load_compiled()  # the compiled lookup, once a process
        record = Record(time.perf_counter if args.wall else time.process_time)
        for name in ENGINE_STEPS:
            record.wrap(engine_module, name)
        for name in STORE_STEPS:
            record.wrap(store, name)
        record.wrap(sqlite.KeyTail, "hits", "KeyTail.hits")
        record.wrap(sqlite.KeyTail, "add", "KeyTail.add")
        record.wrap(keyruns.RunSet, "candidates", "RunSet.candidates")
        record.wrap(keyruns, "pairs_in_blocks")
        store._db = TimedConnection(store._db, record)
        sqlite.TAIL_MIN = 10**12  # the tail is kept, as in the bench (its run write is timed there)
        started = record.clock()
        if args.batch > 1:
            for i in range(0, len(docs), args.batch):
                engine.process_batch(docs[i : i + args.batch])
        else:
            for doc in docs:
                engine.process(doc)
        total = record.clock() - started
        store.close()
    count = len(docs)
    way = f"process_batch() of {args.batch}" if args.batch > 1 else "process()"
    print(f"{args.size:,} stored, {count} articles: {way} {total / count * 1e6:.0f} us an article")
    for label, seconds in record.seconds.most_common():
        print(f"{seconds / count * 1e6:8.1f} us {record.calls[label] / count:6.2f} calls  {label}")


def fingerprint_steps(args: argparse.Namespace) -> None:
    """``fingerprint()`` of the bench's articles, each of its steps timed (the first pass
    untimed: tables built, memos warm; then three)."""
    sample = [doc for _, doc in dedupe_bench.sample_articles(args.size, np.random.default_rng(args.seed))]
    docs = dedupe_bench.workload(args.size, args.articles, sample, args.seed)
    for doc in docs:
        fingerprint(doc)
    record = Record(time.perf_counter if args.wall else time.process_time)
    for module, names in FINGERPRINT_STEPS.items():
        for name in names:
            record.wrap(module, name)
    passes = 3
    started = record.clock()
    for _ in range(passes):
        for doc in docs:
            fingerprint(doc)
    total = record.clock() - started
    count = passes * len(docs)
    steps = sum(record.seconds.values())
    print(f"{len(docs)} articles x {passes}: fingerprint() {total / count * 1e6:.0f} us an article under the timers")
    for label, seconds in record.seconds.most_common():
        print(f"{seconds / count * 1e6:8.1f} us {record.calls[label] / count:6.2f} calls  {label}")
    print(f"{(total - steps) / count * 1e6:8.1f} us in fingerprint() itself (joins, MinHash's glue, keys, the dict)")


if __name__ == "__main__":
    main()
