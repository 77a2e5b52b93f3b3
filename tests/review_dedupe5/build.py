"""Build the fifth review dedupe set: ``scrapy dedupe`` input rows and their truth.

The fourth set's builder (``tests/review_dedupe3/build.py`` over the second set's ``SetRows``
and paragraph specs) over this folder: stories.json (S164-S183) and negatives.json
(N184-N228), each with its explicit copies. A negative with ``against`` reports its story's
event unless it is a ``template`` (the same recurring bulletin on another day or place); a hard
pair's class is the negative's ``cls``. Deterministic, no network.

    python -m tests.review_dedupe5.build DIR      # writes DIR/input.jsonl and DIR/truth.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.review_dedupe2.build import main as write_set
from tests.review_dedupe3.build import build as build_set
from tests.review_dedupe4.build import ORIGIN as ORIGIN4

HERE = Path(__file__).parent

ORIGIN = {
    **ORIGIN4,
    "AlJazeera": "aljazeera.com",
    "Bloomberg": "bloomberg.com",
    "Detik": "detik.com",
    "AutoCuaca": "peringatan-cuaca.id",
}


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows in publication order, truth): the third set's builder over this folder and sites."""
    return build_set(HERE, ORIGIN)


def main(out_dir: str) -> None:
    write_set(out_dir, build)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
