"""Experiment: would the key blocks read faster from a file of their own, under SQLite's 2 GB map?

At 1M stored stories the bench's store is ~8.2 GB and its key blocks (1.2 GB) lie past the
first 2 GB, the most SQLite maps (``SQLITE_MAX_MMAP_SIZE``): each block is read with
``pread``. This copies the blocks of a filled store (opened read-only, unchanged) into a
file of their own (once), finds the blocks the bench's workload's lookups read (the keys
each article looks up, through the runs' fences and filters, as ``RunSet.candidates``), and
reads them with the statement the store uses from each file in turn, article by article
(which first alternating), timing CPU. ``--held``: one connection a file for every round, so
the map is set up as in a process that has crawled a while, with a small page cache (the
pages come from the map or from ``pread``, not SQLite's cache); else fresh connections each
round, the store's 128 MB cache.

    taskset -c 0 .venv/bin/python benchmarks/dedupe_blocks_file.py CACHE/dedupe-bench-1000000-1-<hash>.sqlite /tmp/blocks.sqlite --held
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dedupe_bench  # noqa: E402
import numpy as np  # noqa: E402

from newscrawl.dedupe import fingerprint  # noqa: E402
from newscrawl.dedupe.features import candidate_keys  # noqa: E402
from newscrawl.store import keyruns  # noqa: E402


def connect(path: Path, cache_kib: int) -> sqlite3.Connection:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    db.execute(f"PRAGMA cache_size=-{cache_kib}")
    db.execute("PRAGMA mmap_size=4294967296")
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a filled bench store (read only)")
    parser.add_argument("blocks", type=Path, help="the blocks' own file (written once when missing)")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--held", action="store_true", help="one connection a file for all rounds, a 2 MB cache")
    args = parser.parse_args()
    if not args.blocks.exists():
        out = sqlite3.connect(args.blocks, isolation_level=None)
        out.execute("PRAGMA journal_mode=OFF")
        out.execute("CREATE TABLE key_blocks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        out.execute("ATTACH ? AS m", (f"file:{args.store}?mode=ro",))
        out.execute("BEGIN")
        out.execute("INSERT INTO key_blocks SELECT id, data FROM m.key_blocks ORDER BY id")
        out.execute("COMMIT")
        out.close()
    src = connect(args.store, 131072)
    views = {}
    for run, state in src.execute("SELECT run, state FROM key_runs"):
        if state in (keyruns.LIVE, keyruns.MERGING):
            views[run] = keyruns.RunView(run)
            views[run].add_parts(
                src.execute("SELECT fences, bits FROM key_run_parts WHERE run = ? ORDER BY part", (run,)).fetchall()
            )
    run_set = keyruns.RunSet(views)
    sample = [doc for _, doc in dedupe_bench.sample_articles(args.size, np.random.default_rng(1))]
    lookups = []
    for doc in dedupe_bench.workload(args.size, args.articles, sample, 1):
        keys = np.unique(np.array(candidate_keys(fingerprint(doc), 3)[0], dtype=np.int64))
        lookups.append(np.unique(run_set.candidates(keys)[0]).tolist())
    reads = [block for ids in lookups for block in ids]
    print(f"{len(reads) / len(lookups):.1f} blocks a lookup; {1 - len(set(reads)) / len(reads):.1%} of the reads"
          " are of a block read before in the pass")  # fmt: skip
    cache_kib = 2048 if args.held else 131072
    files = {"main file": args.store, "own file": args.blocks}
    held = {name: connect(path, cache_kib) for name, path in files.items()} if args.held else None
    spent: dict[str, list[float]] = {name: [] for name in files}
    for round_ in range(args.rounds):
        dbs = held or {name: connect(path, cache_kib) for name, path in files.items()}
        cpu = dict.fromkeys(files, 0.0)
        for n, ids in enumerate(lookups):
            if not ids:
                continue
            marks = ",".join("?" * len(ids))
            for name in list(files)[:: 1 if (n + round_) % 2 == 0 else -1]:
                started = time.process_time()
                dbs[name].execute(f"SELECT id, data FROM key_blocks WHERE id IN ({marks})", ids).fetchall()  # noqa: S608
                cpu[name] += time.process_time() - started
        for name in files:
            spent[name].append(cpu[name] / len(lookups) * 1e6)
        print(f"round {round_}: " + ", ".join(f"{name} {spent[name][-1]:.1f}" for name in files) + " us an article")
        if held is None:
            for db in dbs.values():
                db.close()
    print("median (rounds after the first): " + ", ".join(
        f"{name} {statistics.median(spent[name][1:] or spent[name]):.1f}" for name in files) + " us of CPU an article")  # fmt: skip


if __name__ == "__main__":
    main()
