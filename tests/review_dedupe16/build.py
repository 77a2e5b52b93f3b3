"""Build the sixteenth review dedupe set: ``scrapy dedupe`` input rows and their truth.

The third set's builder (over the second set's ``SetRows`` and paragraph specs) over this folder:
stories.json (S1600-S1617, one wire story per event) and negatives.json (N1620-N1659), each with
its explicit copies. A story or negative with ``event`` reports that event; a negative with
``against`` (not a ``template`` or a ``roundup``) reports its story's event; a hard pair's class
is the negative's ``cls`` (two stories' pair: ``same_event``). Deterministic, no network.

    python -m tests.review_dedupe16.build DIR      # writes DIR/input.jsonl and DIR/truth.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.review_dedupe2.build import main as write_set
from tests.review_dedupe3.build import build as build_set
from tests.review_dedupe15.build import ORIGIN

HERE = Path(__file__).parent


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows in publication order, truth): the third set's builder over this folder and the
    fifteenth set's sites."""
    return build_set(HERE, ORIGIN)


def main(out_dir: str) -> None:
    write_set(out_dir, build)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
