"""CPU an article of this tree's engine against another tree's (a base), taking turns in one run.

Two worker processes, one per tree (each imports its own ``newscrawl`` and its own
``dedupe_bench``), each on its own copy of a filled 1M (or any size) bench store, process the
bench's workload ``--chunk`` articles at a time, one by one or ``--batch`` N a transaction;
the driver sends each chunk to both in turn, which goes first alternating, so the machine's
load weighs on both alike. Each worker's CPU time per chunk is summed; the verdicts (kind,
story, score) of both must be equal. Copy the stores first and drop them from the page cache
(``--cold``) so neither starts warmer; the copies are written to (give fresh ones each run).
Wall time and the bytes each worker had read from the disk (``/proc/self/io``) are printed
beside CPU.

    git archive BASE | tar -x -C /tmp/base && ln -s $PWD/.venv /tmp/base/.venv
    cp CACHE/dedupe-bench-1000000-1-<base>.sqlite /tmp/b.sqlite; cp CACHE/dedupe-bench-1000000-1-<ours>.sqlite /tmp/o.sqlite
    taskset -c 1 .venv/bin/python benchmarks/dedupe_against.py --base-dir /tmp/base --base-store /tmp/b.sqlite \\
        --store /tmp/o.sqlite --cold [--batch 100]

Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def worker(path: str, size: int, count: int) -> None:
    """Runs in the tree given by the current directory: chunks on command, CPU and verdicts back."""
    sys.path[:0] = [str(Path.cwd()), str(Path.cwd() / "benchmarks")]
    import dedupe_bench
    import numpy as np

    from newscrawl.dedupe import DedupeEngine, fingerprint
    from newscrawl.store import sqlite

    sample = [doc for _, doc in dedupe_bench.sample_articles(size, np.random.default_rng(1))]
    docs = dedupe_bench.workload(size, count, sample, 1)
    store = sqlite.SQLiteStore(path)
    engine = DedupeEngine(store)
    store.find_fingerprints([])  # the runs read and packed once a process, as the bench does
    store.find_fingerprints([0])
    from newscrawl.store import keyruns

    getattr(keyruns, "load_compiled", lambda: None)()  # the compiled lookup, once a process (a tree with one)
    for doc in docs[:50]:
        fingerprint(doc)
    sqlite.TAIL_MIN = 10**12  # as the bench's timed pass: the tail's write as a run timed apart
    print("ready", flush=True)
    for line in sys.stdin:
        start, stop, batch = map(int, line.split())
        cpu, wall, read = time.process_time(), time.perf_counter(), _read_bytes()
        if batch == 1:
            verdicts = [engine.process(doc) for doc in docs[start:stop]]
        else:
            verdicts = [
                v for i in range(start, stop, batch) for v in engine.process_batch(docs[i : min(stop, i + batch)])
            ]
        cpu, wall, read = time.process_time() - cpu, time.perf_counter() - wall, _read_bytes() - read
        print(json.dumps([cpu, [(v.match, v.story_id, round(v.score, 6)) for v in verdicts], wall, read]), flush=True)
    store.close()


def _read_bytes() -> int:
    """Bytes this process has had read from the disk (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/io") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("read_bytes:"))
    except (OSError, StopIteration):
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-dir", type=Path, help="the base tree (with its .venv)")
    parser.add_argument("--base-store", help="a copy of a filled store for the base")
    parser.add_argument("--store", help="a copy of a filled store for this tree")
    parser.add_argument("--size", type=int, default=1_000_000, help="the stores' size (the workload copies its sample)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--chunk", type=int, default=100)
    parser.add_argument("--batch", type=int, default=1, help="1: process() one by one; N: process_batch of N")
    parser.add_argument("--cold", action="store_true", help="drop both stores from the page cache first")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]), int(args.worker[2]))
        return
    if not (args.base_dir and args.base_store and args.store):
        parser.error("--base-dir, --base-store and --store are needed")
    if args.cold:
        for path in (args.base_store, args.store):
            fd = os.open(path, os.O_RDONLY)
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
    trees = {"base": (args.base_dir.resolve(), args.base_store), "branch": (ROOT, args.store)}
    procs = {
        name: subprocess.Popen(
            [str(tree / ".venv/bin/python"), __file__, "--worker", str(Path(store).resolve()), str(args.size),
             str(args.articles)],
            cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        for name, (tree, store) in trees.items()
    }  # fmt: skip
    for proc in procs.values():
        if proc.stdout.readline().strip() != "ready":
            raise SystemExit("a worker failed to start")
    cpu: dict[str, list[float]] = {name: [] for name in procs}
    wall: dict[str, list[float]] = {name: [] for name in procs}
    read: dict[str, int] = dict.fromkeys(procs, 0)
    verdicts: dict[str, list] = {name: [] for name in procs}
    for n, start in enumerate(range(0, args.articles, args.chunk)):
        for name in ("base", "branch") if n % 2 == 0 else ("branch", "base"):
            proc = procs[name]
            proc.stdin.write(f"{start} {min(args.articles, start + args.chunk)} {args.batch}\n")
            proc.stdin.flush()
            spent, found, waited, bytes_read = json.loads(proc.stdout.readline())
            cpu[name].append(spent)
            wall[name].append(waited)
            read[name] += bytes_read
            verdicts[name] += found
    for proc in procs.values():
        proc.stdin.close()
        proc.wait()
    per_article = {name: round(sum(spent) / args.articles * 1e6) for name, spent in cpu.items()}
    wall_article = {name: round(sum(spent) / args.articles * 1e6) for name, spent in wall.items()}
    read_article = {name: round(total / args.articles / 1e3, 1) for name, total in read.items()}
    print(
        f"CPU an article, base -> this tree: {per_article['base']} -> {per_article['branch']} us"
        f" ({args.batch} a transaction); verdicts equal: {verdicts['base'] == verdicts['branch']}"
    )
    print(f"wall an article: {wall_article['base']} -> {wall_article['branch']} us; read from the disk:"
          f" {read_article['base']} -> {read_article['branch']} kB an article")  # fmt: skip
    print(json.dumps({
        "batch": args.batch, "per_article_us": per_article, "wall_us": wall_article, "read_kb": read_article,
        "chunks_us": {name: [round(s / args.chunk * 1e6) for s in spent] for name, spent in cpu.items()},
        "verdicts_equal": verdicts["base"] == verdicts["branch"], "matches": Counter(m for m, _, _ in verdicts["branch"]),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
