"""Pages per CPU second of two checkouts of newscrawl, in rounds alternated on one core.

    .venv/bin/python benchmarks/speed_alternate.py BEFORE_DIR AFTER_DIR [--rounds N] [--pages N] [--core C]

One ``extraction_speed.Worker`` process per checkout, each importing that checkout's
``newscrawl``, and one running plain ``trafilatura.extract`` that never imports newscrawl,
all pinned to ``--core`` (default 0; the workers go there whatever core this script itself
was given); a round runs a checkout's ``extract()`` and trafilatura over the first N real
pages of the trafilatura evaluation set page by page in turn, timed as
``extraction_speed.py`` times them (its ``paired_seconds``, from this checkout). Rounds go
before/after, then after/before, and so on, so that both versions see the same load on a
shared machine. Prints each round and the means: pages per CPU second
(``time.process_time``) and the ratio to trafilatura.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PAGES = Path("/tmp/newscrawl-evalpages/trafilatura-htmldate/trafilatura/tests/eval")


def main(argv: list[str] | None = None) -> int:
    from extraction_speed import Worker, paired_seconds  # this script's checkout's (benchmarks/ is on sys.path)

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--core", type=int, default=0, help="the core every worker is pinned to (taskset -c)")
    args = parser.parse_args(argv)
    real = [(str(p), f"https://example.org/{p.stem}/a.html") for p in sorted(PAGES.glob("*.html"))[: args.pages]]
    workers = {"trafilatura": Worker("trafilatura", real, args.core)}
    try:
        for name, root in (("before", args.before), ("after", args.after)):
            workers[name] = Worker("ours", real, args.core, str(root.resolve()))
        results: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
        for turn in range(args.rounds):
            for name in ("before", "after") if turn % 2 == 0 else ("after", "before"):
                seconds = paired_seconds(workers[name], workers["trafilatura"], len(real), turn)
                ours, theirs = len(real) / seconds[0], len(real) / seconds[1]
                results[name].append((ours, theirs))
                print(
                    f"{name:<6} round {turn + 1}: {ours:6.2f} pages/s, trafilatura {theirs:6.2f}, {ours / theirs:.3f}x"
                )
    finally:
        for worker in workers.values():
            worker.close()
    for name, rows in results.items():
        ours = sum(r[0] for r in rows) / len(rows)
        theirs = sum(r[1] for r in rows) / len(rows)
        ratios = sum(r[0] / r[1] for r in rows) / len(rows)
        print(f"{name:<6} mean: {ours:6.2f} pages/s, trafilatura {theirs:6.2f}, {ratios:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
