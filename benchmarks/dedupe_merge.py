"""What keeping the key index costs on a filled bench store: CPU, wall time and bytes written.

The two steps ``dedupe_bench`` charges per article as "indexing keys", timed the same way on
a store it filled (``--store``: a copy, written to; give a fresh one each run): the tail
topped up to the size a crawl writes at and written as one run (``merge_key_tail``), then
one merge of the ``FANIN`` newest runs to its last deleted block (``compact_key_runs``),
charged ``rewrites_per_fingerprint`` times a fingerprint as the bench does. Beside the bench's
wall time: CPU time and the bytes the process wrote (``/proc/self/io``: the WAL, then the
checkpoints into the file), which a core's wait does not move.

    cp CACHE/dedupe-bench-1000000-1-<hash>.sqlite /tmp/m.sqlite
    taskset -c 1 .venv/bin/python benchmarks/dedupe_merge.py --store /tmp/m.sqlite --size 1000000

Run it from each tree in turn (each on its own fresh copy) to compare two trees. Last line:
one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dedupe_bench  # noqa: E402

from newscrawl.store import keyruns, sqlite  # noqa: E402


def _written() -> int:
    """Bytes this process wrote (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/io") as io:
            return int(dict(line.split(": ") for line in io.read().splitlines())["wchar"])
    except (OSError, ValueError, KeyError):
        return 0


def _timed(step) -> tuple[int, float, float, int]:
    cpu, wall, written = time.process_time(), time.perf_counter(), _written()
    done = step()
    return done, time.process_time() - cpu, time.perf_counter() - wall, _written() - written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="a copy of a filled bench store (written to)")
    parser.add_argument("--size", type=int, default=1_000_000, help="the store's size")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    store = sqlite.SQLiteStore(args.store)
    store.find_fingerprints([0])  # the runs read and packed, as the bench does before timing
    tail = dedupe_bench.top_up_tail(store, args.size, args.seed)
    fps, tail_cpu, tail_wall, tail_bytes = _timed(store.merge_key_tail)
    newest = [r for (r,) in store._db.execute("SELECT run FROM key_runs ORDER BY run DESC LIMIT ?", (keyruns.FANIN,))]
    runs_fps = store._db.execute(
        f"SELECT SUM(fps) FROM key_runs WHERE run IN ({','.join('?' * len(newest))})", newest
    ).fetchone()[0]
    pairs, merge_cpu, merge_wall, merge_bytes = _timed(lambda: store.compact_key_runs(newest))
    store.close()
    rewrites = keyruns.crawl_layout(args.size, sqlite.TAIL_MIN, sqlite.TAIL_SHARE)[1] / args.size
    result = {
        "stored": args.size,
        "tail": tail,
        "tail_run_cpu_us_per_fp": round(tail_cpu / fps * 1e6, 1),
        "tail_run_wall_us_per_fp": round(tail_wall / fps * 1e6, 1),
        "tail_run_written_mb": round(tail_bytes / 1e6, 1),
        "runs_merge_fps": runs_fps,
        "runs_merge_pairs": pairs,
        "rewrites_per_fingerprint": round(rewrites, 2),
        "runs_merge_cpu_us_per_article": round(merge_cpu / runs_fps * 1e6 * rewrites, 1),
        "runs_merge_wall_us_per_article": round(merge_wall / runs_fps * 1e6 * rewrites, 1),
        "runs_merge_written_mb": round(merge_bytes / 1e6, 1),
    }
    print(
        f"tail run: {fps:,} fingerprints, {result['tail_run_cpu_us_per_fp']} us of CPU a fingerprint "
        f"({result['tail_run_wall_us_per_fp']} wall), {result['tail_run_written_mb']} MB written; "
        f"merge of {runs_fps:,} fingerprints ({pairs:,} pairs): {result['runs_merge_cpu_us_per_article']} us of "
        f"CPU an article at {result['rewrites_per_fingerprint']} rewrites a fingerprint "
        f"({result['runs_merge_wall_us_per_article']} wall), {result['runs_merge_written_mb']} MB written"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
