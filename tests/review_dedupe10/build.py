"""Build the tenth review dedupe set: ``scrapy dedupe`` input rows and their truth.

The fifth set's builder (the third set's ``build`` over the second set's ``SetRows`` and
paragraph specs) over this folder: stories.json (S600-S618) and negatives.json (N620-),
each with its explicit copies. A negative with ``against`` reports its story's event unless it is a
``template`` or a ``roundup``; a hard pair's class is the negative's ``cls``. Deterministic, no
network.

    python -m tests.review_dedupe10.build DIR      # writes DIR/input.jsonl and DIR/truth.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.review_dedupe2.build import main as write_set
from tests.review_dedupe3.build import build as build_set
from tests.review_dedupe9.build import ORIGIN as ORIGIN9

HERE = Path(__file__).parent

ORIGIN = {**ORIGIN9, "Tribun": "tribunnews.com", "HMetro": "hmetro.com.my"}


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows in publication order, truth): the third set's builder over this folder and the
    ninth set's sites."""
    return build_set(HERE, ORIGIN)


def main(out_dir: str) -> None:
    write_set(out_dir, build)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
