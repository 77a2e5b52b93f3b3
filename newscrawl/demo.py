"""``make demo``: start the simulated mirror network, crawl every site, show what was stored.

    python -m newscrawl.demo [--size 20] [--seed 1] [--store sqlite:///data/demo.sqlite]

The network runs as a child process (``python -m newscrawl.mirrornet``); its
registry file is merged in through ``NEWSCRAWL_SITES`` and every one of its sites
is crawled in one Scrapy process into the store (by default its own SQLite file,
so a demo never mixes with your real data; it is emptied at each start). Then it prints, per site, how many
articles were stored, and how the copies of each wire story were linked.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from newscrawl.store import open_store

DEFAULT_STORE = "sqlite:///data/demo.sqlite"


def start_network(size: int, seed: int) -> tuple[subprocess.Popen, dict]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.mirrornet", "--size", str(size), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    try:
        return proc, json.loads(line)
    except json.JSONDecodeError:
        proc.kill()
        raise SystemExit(f"newscrawl: demo: the mirror network did not start (printed {line!r})") from None


def crawl_all(site_names: list[str]) -> None:
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
    process = CrawlerProcess(settings)
    for name in site_names:
        process.crawl(name)
    process.start()


def show(uri: str, site_names: list[str]) -> None:
    with open_store(uri) as store:
        print(f"\nStored in {store.display_uri}:")
        for name in site_names:
            print(f"  {name:<16} {store.count_articles(name):>6} articles")
        print(f"  {'all sites':<16} {store.count_articles():>6} articles")
        stories = list(store.iter_stories())
        if not stories:
            print("  (no stories: the dedupe pipeline is not enabled)")
            return
        kinds = Counter(c.get("match") for s in stories for c in s.get("copies", []))
        multi = [s for s in stories if len(s.get("copies", [])) > 1]
        print(f"  {len(stories)} wire stories; {len(multi)} with more than one copy; copies by match: {dict(kinds)}")
        for story in sorted(multi, key=lambda s: -len(s["copies"]))[:5]:
            title = story.get("title") or story["copies"][0].get("title")
            print(f"\n  {title}")
            for copy in story["copies"]:
                print(
                    f"    {copy.get('site', ''):<14} {copy.get('language', ''):<3} {copy.get('match', ''):<12} {copy.get('url')}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20, help="articles per site")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", default=DEFAULT_STORE, help="store URI for the demo")
    args = parser.parse_args(argv)

    root = Path(__file__).resolve().parents[1]
    os.chdir(root)  # scrapy.cfg and the relative store path live here
    if args.store == DEFAULT_STORE:
        # The network's ports change every start: an old demo store would only confuse.
        for path in Path("data").glob("demo.sqlite*"):
            path.unlink()
    proc, network = start_network(args.size, args.seed)
    try:
        os.environ["NEWSCRAWL_SITES"] = network["registry"]
        os.environ["NEWSCRAWL_STORE"] = args.store
        names = sorted(network["sites"])
        print("Mirror network:", ", ".join(f"{n} {u}" for n, u in sorted(network["sites"].items())))
        crawl_all(names)
        show(args.store, names)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
