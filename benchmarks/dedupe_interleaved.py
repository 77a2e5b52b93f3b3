"""CPU an article of two or more ways of deduplicating, measured interleaved on a loaded machine.

On a shared machine the load moves more between two runs than most changes move the cost,
so each comparison here runs its ways side by side in one process, in rotating order, over
the bench's workload (``dedupe_bench``: its filled stores, ``--store-cache`` reuses them):

* ``--batches 1,8,100``: one copy of the filled store per batch size; the articles go 200 at
  a time through each copy in turn, one by one (``process``) or N a transaction
  (``process_batch``); the verdicts must be the same in every copy.
* ``--minhash``: ``fingerprint()`` of each article with the compiled MinHash and with numpy,
  back to back, alternating which goes first (needs numba), five rounds, medians.

    taskset -c 1 .venv/bin/python benchmarks/dedupe_interleaved.py --size 100000 --batches 1,8,100 --store-cache DIR
    taskset -c 0 .venv/bin/python benchmarks/dedupe_interleaved.py --minhash

At 1M the copies (8.2 GB each) do not fit the page cache together: ``--cold`` drops each
copy's pages after copying so none starts warmer, and cold reads then weigh on every figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dedupe_bench  # noqa: E402

from newscrawl.dedupe import DedupeEngine, fingerprint, minhash  # noqa: E402
from newscrawl.store import keyruns, sqlite  # noqa: E402

CHUNK = 200


def batches(size: int, sizes: list[int], articles: int, cache: Path | None, cold: bool) -> None:
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dedupe-interleaved-", dir=cache) as tmp:
        stores, sample = {}, []
        for n in sizes:
            stores[n], sample = dedupe_bench.filled_store(Path(tmp) / f"s{n}.sqlite", size, 1, cache)
        if cold:
            for n in sizes:
                fd = os.open(Path(tmp) / f"s{n}.sqlite", os.O_RDONLY)
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                os.close(fd)
        docs = dedupe_bench.workload(size, articles, sample, 1)
        for doc in docs[:50]:  # tables built once a process, the compiled MinHash loaded
            fingerprint(doc)
        for store in stores.values():
            store.find_fingerprints([])
            store.find_fingerprints([0])  # the runs packed, as the bench does before timing
        keyruns.load_compiled()  # the compiled lookup, once a process
        sqlite.TAIL_MIN = 10**12  # the tail is kept, as in the bench
        engines = {n: DedupeEngine(store) for n, store in stores.items()}
        cpu, wall = dict.fromkeys(sizes, 0.0), dict.fromkeys(sizes, 0.0)
        verdicts: dict[int, list] = {n: [] for n in sizes}
        for k, start in enumerate(range(0, len(docs), CHUNK)):
            chunk = docs[start : start + CHUNK]
            for n in sizes[k % len(sizes) :] + sizes[: k % len(sizes)]:
                cpu_started, started = time.process_time(), time.perf_counter()
                if n == 1:
                    verdicts[n] += [engines[n].process(doc) for doc in chunk]
                else:
                    for i in range(0, len(chunk), n):
                        verdicts[n] += engines[n].process_batch(chunk[i : i + n])
                cpu[n] += time.process_time() - cpu_started
                wall[n] += time.perf_counter() - started
        for store in stores.values():
            store.close()
    first = [(v.match, v.story_id) for v in verdicts[sizes[0]]]
    assert all([(v.match, v.story_id) for v in verdicts[n]] == first for n in sizes), "verdicts differ"
    kind = "numba" if minhash._kernel is not None else "numpy"
    print(f"{size:,} stored, MinHash with {kind}, {dict(Counter(m for m, _ in first))}:")
    for n in sizes:
        label = "one by one" if n == 1 else f"{n} a transaction"
        print(
            f"  {label:>18}: {cpu[n] / len(docs) * 1e6:6.0f} us CPU an article ({wall[n] / len(docs) * 1e6:.0f} wall)"
        )


def compiled_minhash(articles: int, rounds: int = 5) -> None:
    kernel = minhash._compiled()
    if kernel is None:
        sys.exit("--minhash needs numba (and NEWSCRAWL_NUMBA unset)")
    sample = [doc for _, doc in dedupe_bench.sample_articles(10_000, dedupe_bench.np.random.default_rng(1))]
    docs = dedupe_bench.workload(10_000, articles, sample, 1)
    for doc in docs[:50]:
        fingerprint(doc)
    figures: dict[str, list[float]] = {"numba": [], "numpy": []}
    try:
        for r in range(rounds):
            total = dict.fromkeys(figures, 0.0)
            for i, doc in enumerate(docs):
                for way in ("numba", "numpy") if (i + r) % 2 == 0 else ("numpy", "numba"):
                    minhash._kernel = kernel if way == "numba" else None
                    started = time.process_time()
                    fingerprint(doc)
                    total[way] += time.process_time() - started
            for way, seconds in total.items():
                figures[way].append(seconds / len(docs) * 1e6)
    finally:
        minhash._kernel = kernel
    for way, values in figures.items():
        print(
            f"fingerprint() with {way}: {statistics.median(values):.0f} us CPU an article (median of {rounds} rounds: "
            + ", ".join(f"{v:.0f}" for v in values)
            + ")"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="stored stories")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--batches", help="batch sizes compared, comma-separated (1: one by one)")
    parser.add_argument("--minhash", action="store_true", help="compiled MinHash against numpy in fingerprint()")
    parser.add_argument("--store-cache", type=Path, help="dedupe_bench's filled stores, kept here")
    parser.add_argument("--cold", action="store_true", help="drop each store copy from the page cache first")
    args = parser.parse_args()
    dedupe_bench._made_from()
    if args.minhash:
        compiled_minhash(args.articles)
    if args.batches:
        sizes = [int(n) for n in args.batches.split(",")]
        batches(args.size, sizes, args.articles, args.store_cache, args.cold)


if __name__ == "__main__":
    main()
