"""Pages per second of newscrawl's extraction beside plain trafilatura, on one core.

    taskset -c 0 .venv/bin/python benchmarks/extraction_speed.py [--pages N] [--rounds N] [--mirror-size N]

Real pages: the first N pages of the trafilatura evaluation set (unpacked by
extraction_eval.py into /tmp/newscrawl-evalpages). Both systems start from the same
bytes: ours decodes, parses once and fills every Article field; trafilatura's
``extract()`` decodes, parses and extracts the main text. Mirror pages: every article
of a simulated mirror network (newscrawl.mirrornet, seed 1), fetched once, then
extracted with its site's registry entry, as the crawl does. Rates are pages per
second of CPU time (``time.process_time``). After a warm-up round of both (imports,
models, caches), the two are timed page by page in turn, which one goes first
alternating (``paired_seconds``): both see the same load at the same moments and run in
the same process. (Until the eleventh session trafilatura's rounds were timed first, in
a process that had not yet run ours, and ours after: a load change between the two
phases went whole into the ratio, and trafilatura runs 3-11 % faster in a process that
has not run ours; single runs read 0.63-0.72x where alternated ones read 0.88x.)
``benchmarks/speed_alternate.py`` times its rounds with the same function.
Prints a table and one JSON line.
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


def paired_seconds(ours, theirs, pages: list, first: int = 0) -> tuple[float, float]:
    """CPU seconds of ``ours`` and ``theirs`` over ``pages``, each page run by both in turn;
    which goes first alternates from page to page (``first``: the parity on which ours does)."""
    spent = [0.0, 0.0]
    for index, page in enumerate(pages):
        for which in (0, 1) if index % 2 == first % 2 else (1, 0):
            func = ours if which == 0 else theirs
            started = time.process_time()
            func(*page)
            spent[which] += time.process_time() - started
    return spent[0], spent[1]


def paired_rates(ours, theirs, pages: list, rounds: int = 1) -> tuple[float, float]:
    """Pages per CPU second of ``ours`` and ``theirs``, after a warm-up round of both (``paired_seconds``)."""
    for page in pages:  # warm-up round: imports, models, caches
        ours(*page)
        theirs(*page)
    spent = [0.0, 0.0]
    for turn in range(rounds):
        seconds = paired_seconds(ours, theirs, pages, turn)
        spent = [spent[0] + seconds[0], spent[1] + seconds[1]]
    return rounds * len(pages) / spent[0], rounds * len(pages) / spent[1]


def _rate(func, pages: list, rounds: int = 1) -> float:
    for page in pages:  # warm-up round: imports, models, caches
        func(*page)
    started = time.process_time()
    for _ in range(rounds):
        for page in pages:
            func(*page)
    return rounds * len(pages) / (time.process_time() - started)


def mirror_pages(size: int) -> list[tuple[bytes, str, object, dict]]:
    """``(bytes, url, site, headers)`` of every HTTP-rendered article of a simulated network."""
    import tempfile
    import urllib.error
    import urllib.request

    from newscrawl.mirrornet import MirrorNet
    from newscrawl.sites import load_file

    pages = []
    with MirrorNet(size=size, seed=1, workdir=tempfile.mkdtemp(prefix="nc-speed-")) as net:
        sites = load_file(net.registry_path)
        for truth in net.truth:
            site = sites.get(truth["site"])
            if site is None or site.render == "browser":
                continue
            for _ in range(3):  # some pages answer 503 + Retry-After the first time
                try:
                    with urllib.request.urlopen(truth["url"], timeout=10) as response:
                        pages.append((response.read(), response.geturl(), site, dict(response.headers)))
                    break
                except urllib.error.HTTPError as exc:
                    if exc.code != 503:
                        raise
                    time.sleep(float(exc.headers.get("Retry-After") or 1) + 0.05)
    return pages


def main(argv: list[str] | None = None) -> int:
    import trafilatura

    from newscrawl.pages import extract

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-pages", type=Path, default=Path("/tmp/newscrawl-evalpages/trafilatura-htmldate"))
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=1, help="timed rounds of the real pages after the warm-up")
    parser.add_argument("--mirror-size", type=int, default=40, help="articles per simulated site (0: skip)")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)

    figures: dict[str, float] = {}
    real_dir = args.eval_pages / "trafilatura" / "tests" / "eval"
    if real_dir.exists():
        paths = sorted(real_dir.glob("*.html"))[: args.pages]
        real = [(p.read_bytes(), f"https://example.org/{p.stem}/a.html") for p in paths]
        figures["real.newscrawl"], figures["real.trafilatura"] = paired_rates(
            lambda d, u: extract(d, u), lambda d, u: trafilatura.extract(d, url=u), real, args.rounds
        )
        figures["real.ratio"] = figures["real.newscrawl"] / figures["real.trafilatura"]
        figures["real.pages"] = len(real)
    else:
        print(f"no real pages at {real_dir} (run benchmarks/extraction_eval.py once to unpack them)", file=sys.stderr)

    if args.mirror_size:
        mirror = mirror_pages(args.mirror_size)
        figures["mirror.newscrawl"] = _rate(lambda d, u, site, h: extract(d, u, site, headers=h), mirror, 2)
        figures["mirror.pages"] = len(mirror)

    for key, value in figures.items():
        print(f"{key:<22} {value:10.2f}")
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
