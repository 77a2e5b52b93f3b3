"""Seconds and peak memory of one ``extract`` on a saved page, in a fresh process.

    .venv/bin/python benchmarks/page_cost.py PAGE.html [URL]

Imports and the language model's load are included (a fresh process each run), so compare
runs of the same command made at the same time.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newscrawl.pages import extract  # noqa: E402


def main() -> None:
    path = sys.argv[1]
    url = sys.argv[2] if len(sys.argv) > 2 else "https://example.com/news/2025/10/some-story"
    data = Path(path).read_bytes()
    start = time.time()
    result = extract(data, url, None)
    seconds = time.time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    words = result.article.word_count if result.article else None
    print(f"{path}\t{len(data)} bytes\t{seconds:.1f} s\tpeak {peak} MB\treason {result.reason}\twords {words}")


if __name__ == "__main__":
    main()
