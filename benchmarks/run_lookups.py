"""The key runs' lookup with numpy against the compiled one (numba), taking turns in one process.

On a copy of the bench's filled store (``dedupe_bench``; ``--store-cache`` reuses its stores),
the lookup keys of the bench's workload are looked up in the live runs (``_run_hits``: the
candidate blocks, their read, the pairs in them), each round once with numpy's steps and
once compiled, in turn (the first round warms the page cache, untimed); then
``RunSet.candidates`` alone. Both ways find the same pairs (checked). CPU time an article.

    taskset -c 0 .venv/bin/python benchmarks/run_lookups.py --size 1000000 --store-cache /tmp/dedupe-bench
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="stored stories")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--store-cache", type=Path, help="dedupe_bench's filled stores, kept here")
    args = parser.parse_args()
    dedupe_bench._made_from()
    loops = keyruns.load_compiled()
    if loops is None:
        raise SystemExit("numba's kernels did not load: nothing to compare")
    with tempfile.TemporaryDirectory(prefix="run-lookups-", dir=args.store_cache) as tmp:
        store, sample = dedupe_bench.filled_store(Path(tmp) / "s.sqlite", args.size, 1, args.store_cache)
        docs = dedupe_bench.workload(args.size, args.articles, sample, 1)
        wanted = [np.array(list(dict.fromkeys(candidate_keys(fingerprint(d), 3)[0])), dtype=np.int64) for d in docs]
        store.find_fingerprints([0])  # the runs read and packed
        found = {"numba": [store._run_hits(keys) for keys in wanted]}  # the page cache warmed
        keyruns._loops = None
        found["numpy"] = [store._run_hits(keys) for keys in wanted]
        if found["numpy"] != found["numba"]:
            raise SystemExit("numpy and numba found other pairs")
        pairs = sum(map(len, found["numba"])) / len(wanted)
        hits: dict[str, list[float]] = {"numpy": [], "numba": []}
        candidates: dict[str, list[float]] = {"numpy": [], "numba": []}
        for round_ in range(args.rounds):
            for way in ("numpy", "numba") if round_ % 2 == 0 else ("numba", "numpy"):
                keyruns._loops = loops if way == "numba" else None
                started = time.process_time()
                for keys in wanted:
                    store._run_hits(keys)
                hits[way].append((time.process_time() - started) / len(wanted) * 1e6)
                started = time.process_time()
                for keys in wanted:
                    store._run_set.candidates(np.sort(keys))
                candidates[way].append((time.process_time() - started) / len(wanted) * 1e6)
        keyruns._loops = loops
        store.close()
    print(
        f"{args.size:,} stored, {len(wanted)} lookups, {pairs:.1f} pairs found a lookup; CPU medians of {args.rounds}"
    )
    for way in ("numpy", "numba"):
        print(
            f"  {way}: run lookup {statistics.median(hits[way]):.0f} us"
            f" ({', '.join(f'{v:.0f}' for v in hits[way])}),"
            f" of it the candidate blocks {statistics.median(candidates[way]):.0f} us"
        )


if __name__ == "__main__":
    main()
