"""Pages per CPU second of two checkouts of newscrawl, in rounds alternated on one core.

    .venv/bin/python benchmarks/speed_alternate.py BEFORE_DIR AFTER_DIR [--rounds N] [--pages N] [--core C]

One worker process per checkout, both pinned to ``--core`` (default 0; the workers go
there whatever core this script itself was given), each importing that checkout's
``newscrawl``; a round runs ``extract()`` and ``trafilatura.extract`` over the first N
real pages of the trafilatura evaluation set page by page in turn, timed as
``extraction_speed.py`` times them (its ``paired_seconds``, from this checkout). Rounds go
before/after, then after/before, and so on, so that both versions see the same load on a
shared machine. Prints each round and the means: pages per CPU second
(``time.process_time``) and the ratio to trafilatura.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

PAGES = Path("/tmp/newscrawl-evalpages/trafilatura-htmldate/trafilatura/tests/eval")


def worker(pages: int) -> None:
    import logging

    from extraction_speed import paired_seconds  # this script's checkout's (benchmarks/ is on sys.path)

    sys.path.insert(0, str(Path.cwd()))  # the checkout under test's newscrawl
    import trafilatura

    from newscrawl.pages import extract

    logging.disable(logging.CRITICAL)
    real = [(p.read_bytes(), f"https://example.org/{p.stem}/a.html") for p in sorted(PAGES.glob("*.html"))[:pages]]
    for data, url in real:  # warm-up: imports, models, caches
        extract(data, url)
        trafilatura.extract(data, url=url)
    print("ready", flush=True)
    for turn, _ in enumerate(sys.stdin):
        ours, theirs = paired_seconds(
            lambda d, u: extract(d, u), lambda d, u: trafilatura.extract(d, url=u), real, turn
        )
        print(f"{len(real) / ours:.2f} {len(real) / theirs:.2f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--core", default="0", help="the core both workers are pinned to (taskset -c)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.pages)
        return 0
    command = ["taskset", "-c", args.core, sys.executable, str(Path(__file__).resolve()), ".", ".", "--worker"]
    workers = {}
    for name, root in (("before", args.before), ("after", args.after)):
        workers[name] = subprocess.Popen(
            [*command, "--pages", str(args.pages)], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        if workers[name].stdout.readline().strip() != "ready":
            print(f"{name}: worker failed in {root}", file=sys.stderr)
            return 1
    results: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
    for turn in range(args.rounds):
        for name in ("before", "after") if turn % 2 == 0 else ("after", "before"):
            workers[name].stdin.write("run\n")
            workers[name].stdin.flush()
            ours, theirs = map(float, workers[name].stdout.readline().split())
            results[name].append((ours, theirs))
            print(f"{name:<6} round {turn + 1}: {ours:6.2f} pages/s, trafilatura {theirs:6.2f}, {ours / theirs:.3f}x")
    for process in workers.values():
        process.stdin.close()
        process.wait()
    for name, rows in results.items():
        ours = sum(r[0] for r in rows) / len(rows)
        theirs = sum(r[1] for r in rows) / len(rows)
        ratios = sum(r[0] / r[1] for r in rows) / len(rows)
        print(f"{name:<6} mean: {ours:6.2f} pages/s, trafilatura {theirs:6.2f}, {ratios:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
