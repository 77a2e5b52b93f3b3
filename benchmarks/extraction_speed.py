"""Pages per second of newscrawl's extraction beside plain trafilatura, on one core.

    .venv/bin/python benchmarks/extraction_speed.py [--data ../shared/data] [--pages N] [--mirror-pages DIR]

Real pages: the first N pages of the trafilatura evaluation set (unpacked by
extraction_eval.py into /tmp/newscrawl-evalpages). Both systems start from the same
bytes: ours decodes, parses once and fills every Article field; trafilatura's
``extract()`` decodes, parses and extracts the main text. Mirror pages: every
``*.html`` under ``--mirror-pages`` (default: tests/pages_html) extracted with the
WordPress page class. Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rate(func, pages: list[tuple[bytes, str]], rounds: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for data, url in pages:
            func(data, url)
    return rounds * len(pages) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    import trafilatura

    from newscrawl.pages import extract
    from newscrawl.sites import Site

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-pages", type=Path, default=Path("/tmp/newscrawl-evalpages/trafilatura-htmldate"))
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--mirror-pages", type=Path, default=ROOT / "tests" / "pages_html")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)

    figures: dict[str, float] = {}
    real_dir = args.eval_pages / "trafilatura" / "tests" / "eval"
    if real_dir.exists():
        paths = sorted(real_dir.glob("*.html"))[: args.pages]
        real = [(p.read_bytes(), f"https://example.org/{p.stem}/a.html") for p in paths]
        extract(*real[0])  # warm up: imports, language model
        trafilatura.extract(real[0][0].decode("utf-8", "replace"))
        figures["real.trafilatura"] = _rate(lambda d, u: trafilatura.extract(d, url=u), real)
        figures["real.newscrawl"] = _rate(lambda d, u: extract(d, u), real)
        figures["real.ratio"] = figures["real.newscrawl"] / figures["real.trafilatura"]
        figures["real.pages"] = len(real)
    else:
        print(f"no real pages at {real_dir} (run benchmarks/extraction_eval.py once to unpack them)", file=sys.stderr)

    site = Site(name="mirror", base_url="https://mirror.example/", domains=("mirror.example",), family="wordpress")
    mirror = [(p.read_bytes(), f"https://mirror.example/{p.stem}/") for p in sorted(args.mirror_pages.rglob("*.html"))]
    if mirror:
        rounds = max(1, 300 // len(mirror))
        figures["mirror.newscrawl"] = _rate(lambda d, u: extract(d, u, site), mirror, rounds)
        figures["mirror.pages"] = len(mirror) * rounds

    for key, value in figures.items():
        print(f"{key:<22} {value:10.2f}")
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
