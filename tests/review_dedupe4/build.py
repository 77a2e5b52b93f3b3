"""Build the fourth review dedupe set: ``scrapy dedupe`` input rows and their truth.

The format and the builder of the third set (``tests/review_dedupe3/build.py``, over the second
set's ``SetRows`` and paragraph specs; set 4 has no ``roundup`` negative, so the third set's rule
for unrelated negatives is its own): stories.json (S103-S122) and negatives.json (N123-N163),
each with its explicit copies. A negative with ``against`` reports its story's event unless it
is a ``template`` (the same recurring bulletin on another day or place) or gives its own
``event`` (``same_day_results``: another match of the same league day); a hard pair's class is
the negative's ``cls``. Deterministic, no network.

    python -m tests.review_dedupe4.build DIR      # writes DIR/input.jsonl and DIR/truth.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.review_dedupe2.build import main as write_set
from tests.review_dedupe3.build import ORIGIN as ORIGIN3
from tests.review_dedupe3.build import build as build_set

HERE = Path(__file__).parent

ORIGIN = {
    **ORIGIN3,
    "NDTV": "ndtv.com",
    "IANS": "ianslive.in",
    "ANI": "aninews.in",
    "AutoGold": "hargaemas-harian.id",
    "AutoAQI": "aqi-today.in",
    "AutoIMD": "imd-bulletins.in",
}


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows in publication order, truth): the third set's builder over this folder and sites."""
    return build_set(HERE, ORIGIN)


def main(out_dir: str) -> None:
    write_set(out_dir, build)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
