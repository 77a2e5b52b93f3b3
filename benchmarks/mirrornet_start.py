"""How fast the simulated mirror network starts and answers, by size.

Starts ``python -m newscrawl.mirrornet --size N`` for each size, times the ready line
(the first stdout line), then times a first request to each site's home page and to a
sitemap. Prints a table and, last, one JSON line with the figures.

    .venv/bin/python benchmarks/mirrornet_start.py [--sizes 20,1000,100000]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: A first sitemap page per site (the biggest document each serves).
SITEMAPS = {
    "wirenews": "sitemaps/news.xml",
    "batamkini": "wp-sitemap-posts-post-1.xml",
    "kabarmirror": "post-sitemap.xml",
    "beritablog": "sitemap.xml?page=1",
    "jsmirror": "sitemaps/posts-1.xml",
    "globalwire": "sitemap-posts-1.xml",
}


def timed_get(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
    return time.perf_counter() - start


def run(size: int) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.mirrornet", "--size", str(size)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        ready = time.perf_counter() - start
        info = json.loads(line)
        home = {name: timed_get(base) for name, base in info["sites"].items()}
        sitemap = {name: timed_get(base + SITEMAPS[name]) for name, base in info["sites"].items() if name in SITEMAPS}
        return {
            "size": size,
            "ready_s": round(ready, 3),
            "truth_ready": info.get("truth_ready", True),
            "home_max_s": round(max(home.values()), 4),
            "sitemap_max_s": round(max(sitemap.values()), 3),
        }
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,1000,100000")
    args = parser.parse_args()
    rows = [run(int(size)) for size in args.sizes.split(",")]
    print(f"{'size':>8} {'ready s':>8} {'truth ready':>12} {'home max s':>11} {'sitemap max s':>14}")
    for row in rows:
        print(
            f"{row['size']:>8} {row['ready_s']:>8} {str(row['truth_ready']):>12} {row['home_max_s']:>11} "
            f"{row['sitemap_max_s']:>14}"
        )
    print(json.dumps({"benchmark": "mirrornet_start", "python": sys.version.split()[0], "runs": rows}))


if __name__ == "__main__":
    main()
