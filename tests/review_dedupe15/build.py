"""Build the fifteenth review dedupe set: ``scrapy dedupe`` input rows and their truth.

The third set's builder (over the second set's ``SetRows`` and paragraph specs) over this folder:
stories.json (S1500-S1513, one wire story per event) and negatives.json (N1520-N1561), each with
its explicit copies. A story or negative with ``event`` reports that event; a negative with
``against`` (not a ``template`` or a ``roundup``) reports its story's event; a hard pair's class
is the negative's ``cls`` (two stories' pair: ``same_event``). Deterministic, no network.

    python -m tests.review_dedupe15.build DIR      # writes DIR/input.jsonl and DIR/truth.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.review_dedupe2.build import main as write_set
from tests.review_dedupe3.build import build as build_set
from tests.review_dedupe14.build import ORIGIN as ORIGIN14

HERE = Path(__file__).parent

ORIGIN = {
    **ORIGIN14,
    "EFE": "efe.com",
    "Liputan6": "liputan6.com",
    "CNNID": "cnnindonesia.com",
}


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows in publication order, truth): the third set's builder over this folder and the
    fourteenth set's sites, with EFE, Liputan6 and CNN Indonesia."""
    return build_set(HERE, ORIGIN)


def main(out_dir: str) -> None:
    write_set(out_dir, build)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
