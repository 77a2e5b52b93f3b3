"""Build the fourth review dedupe set: ``scrapy dedupe`` input rows and their truth.

The format and the builder of the third set (``tests/review_dedupe3/build.py``, over the second
set's ``SetRows`` and paragraph specs): stories.json (S103-S122) and negatives.json (N123-N163),
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

from tests.review_dedupe2.build import SetRows, _expand, _later, hard_pairs
from tests.review_dedupe2.build import main as write_set
from tests.review_dedupe3.build import ORIGIN as ORIGIN3

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
    """(rows in publication order, truth)."""
    built = SetRows(HERE)
    stories, negatives, rows, label, variant, event = (
        built.stories,
        built.negatives,
        built.rows,
        built.label,
        built.variant,
        built.event,
    )
    add = built.add

    events = {s["key"]: s["event"] for s in stories}
    for s in stories + negatives:
        key = s["key"]
        related = bool(s.get("against")) and s.get("cls") != "template"
        event[key] = s.get("event") or (events.get(s["against"][0]) if related else "E" + key)
        add(key + "-o", key, "original", ORIGIN[s["agency"]], s["title"], s["paras"], s["language"], s["date"])
        named: dict[str, list[str]] = {}
        for n, copy in enumerate(s["copies"]):
            paras = named[copy["var"]] = _expand(copy["paras"], s["paras"], named)
            add(
                f"{key}-{n + 1}",
                key,
                copy["var"],
                copy["site"],
                copy["title"],
                paras,
                copy.get("lang", s["language"]),
                _later(s["date"], copy["hours"]),
            )
    hard = hard_pairs(
        stories,
        negatives,
        event,
        lambda classes: "follow_up" if "follow_up" in classes else (sorted(classes)[0] if classes else "same_event"),
    )
    rows.sort(key=lambda r: r["published_at"])
    return rows, {"label": label, "variant": variant, "event": event, "hard_pairs": hard}


def main(out_dir: str) -> None:
    write_set(out_dir, build)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
