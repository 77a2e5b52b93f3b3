"""Dedupe speed as one story grows: the cost of a copy joining a story that holds N copies.

A wire story reaches hundreds of mirror copies; ``dedupe_bench.py``'s stories hold one copy
each, so a cost that grows with a story's copies never shows there. Here one invented story
(``dedupe_bench.synthetic_article``) goes through ``DedupeEngine.process`` on a fresh SQLite
store, then its mirror copies (other sites, other URLs; every ``--cut-every``-th cut to its
first paragraphs, the rest whole) up to the largest count. The copies arriving just before
each count (``--window`` of them) are timed, in CPU time (the machine is shared), and of it
the store's ``link_copy`` (linking the copy and rewriting the story record). Baseline
in the same run: the same kinds of copy, each joining its own story of one copy (N = 1).

    .venv/bin/python benchmarks/story_growth.py                      # counts 10,100,500
    .venv/bin/python benchmarks/story_growth.py --counts 10,100,500,1000 --window 20

Last line: one JSON object with µs a copy (and in ``link_copy``) at each count.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from dedupe_bench import synthetic_article, warm_up  # noqa: E402

from newscrawl.dedupe import DedupeEngine  # noqa: E402
from newscrawl.store.sqlite import SQLiteStore  # noqa: E402


def mirror(doc: dict, i: int, cut_every: int) -> dict:
    """The ``i``-th mirror copy of ``doc``: its own site and URL, an hour later each 10 copies;
    every ``cut_every``-th (from the first) cut to 4 paragraphs."""
    body = doc["body"]
    if cut_every and i % cut_every == 0:
        body = "\n\n".join(body.split("\n\n")[:4])
    return dict(doc, url=f"https://mirror{i}.example/{doc['url'].rsplit('/', 1)[-1]}", site=f"mirror{i}", body=body)


def timing_links(store: SQLiteStore) -> list[float]:
    """CPU seconds each ``link_copy`` takes, appended to the list returned."""
    spent: list[float] = []
    link_copy = store.link_copy

    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return link_copy(*args, **kwargs)
        finally:
            spent.append(time.process_time() - started)

    store.link_copy = timed  # type: ignore[method-assign]
    return spent


def grow(counts: list[int], window: int, cut_every: int, seed: int, path: Path) -> dict[int, tuple[float, float, dict]]:
    """µs of CPU a copy, of it in ``link_copy``, and the verdicts, for the ``window`` copies
    ending at each count."""
    rng = np.random.default_rng(seed)
    doc = synthetic_article(1, rng)
    store = SQLiteStore(str(path))
    links = timing_links(store)
    try:
        engine = DedupeEngine(store)
        engine.process(doc)
        out: dict[int, tuple[float, float, dict]] = {}
        n = 1
        for count in counts:
            while n < count - window:
                engine.process(mirror(doc, n, cut_every))
                n += 1
            matches: dict[str, int] = {}
            del links[:]
            started = time.process_time()
            while n < count:
                verdict = engine.process(mirror(doc, n, cut_every))
                matches[verdict.match] = matches.get(verdict.match, 0) + 1
                n += 1
            out[count] = ((time.process_time() - started) / window * 1e6, sum(links) / window * 1e6, matches)
            story = store.get_story(verdict.story_id) or {}
            if story.get("n_copies") != count:
                raise SystemExit(f"story holds {story.get('n_copies')} copies at {count}: not one story")
        return out
    finally:
        store.close()


def baseline(copies: int, cut_every: int, seed: int, path: Path) -> tuple[float, float, dict]:
    """µs of CPU a copy, of it in ``link_copy``, when each copy joins its own story of one
    copy (same kinds of copy)."""
    rng = np.random.default_rng(seed + 7)
    store = SQLiteStore(str(path))
    links = timing_links(store)
    try:
        engine = DedupeEngine(store)
        docs = [synthetic_article(100 + i, rng) for i in range(copies)]
        for doc in docs:
            engine.process(doc)
        matches: dict[str, int] = {}
        del links[:]
        started = time.process_time()
        for i, doc in enumerate(docs, 1):
            verdict = engine.process(mirror(doc, i, cut_every))
            matches[verdict.match] = matches.get(verdict.match, 0) + 1
        return (time.process_time() - started) / copies * 1e6, sum(links) / copies * 1e6, matches
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--counts", default="10,100,500", help="story sizes to time a copy at")
    parser.add_argument("--window", type=int, default=8, help="copies timed before each count")
    parser.add_argument("--cut-every", type=int, default=4, help="every N-th copy cut to 4 paragraphs (0: none)")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    counts = sorted(int(c) for c in args.counts.split(","))
    if counts[0] <= args.window:
        parser.error("--window must be below the smallest count")
    warm_up(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        base_us, base_link, base_matches = baseline(50, args.cut_every, args.seed, Path(tmp) / "base.db")
        print(
            f"N = 1 (50 stories of one copy each): {base_us:,.0f} µs a copy, link_copy {base_link:,.0f} {base_matches}"
        )
        grown = grow(counts, args.window, args.cut_every, args.seed, Path(tmp) / "grow.db")
    for count, (us, link, matches) in grown.items():
        print(f"N = {count}: {us:,.0f} µs a copy ({us / base_us:.1f}x N = 1), link_copy {link:,.0f} {matches}")
    figures = {str(c): {"us": round(us), "link_us": round(link)} for c, (us, link, _) in grown.items()}
    print(json.dumps({"baseline": {"us": round(base_us), "link_us": round(base_link)}, "counts": figures}))


if __name__ == "__main__":
    main()
