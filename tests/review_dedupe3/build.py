"""Build the third review dedupe set: ``scrapy dedupe`` input rows and their truth.

The format of the second set (``tests/review_dedupe2/build.py``, whose paragraph specs this
reuses): stories.json (S41-S60) and negatives.json (N61-N102), each with its explicit copies.
Two differences, as the reviewers' own build script has them: a negative with ``against`` (other
than a template or a roundup) reports its story's event, and a hard pair's class is the
negative's ``cls`` (independent, independent_xlang, same_agency, release_rewrite, liveblog,
correction). Deterministic, no network.

    python -m tests.review_dedupe3.build DIR      # writes DIR/input.jsonl and DIR/truth.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.review_dedupe2.build import ORIGIN as ORIGIN2
from tests.review_dedupe2.build import SetRows, _expand, _later, hard_pairs
from tests.review_dedupe2.build import main as write_set

HERE = Path(__file__).parent

ORIGIN = {
    **ORIGIN2,
    "CNA": "channelnewsasia.com",
    "Star": "thestar.com.my",
    "JP": "thejakartapost.com",
    "Kontan": "kontan.co.id",
    "Tempo": "tempo.co",
}


def build(here: Path = HERE, origin: dict[str, str] = ORIGIN) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows in publication order, truth) of the set in ``here`` (the fourth set's build is this
    one over its own folder and sites)."""
    built = SetRows(here)
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
        related = bool(s.get("against")) and s.get("cls") not in ("template", "roundup")
        event[key] = s.get("event") or (events.get(s["against"][0]) if related else "E" + key)
        add(key + "-o", key, "original", origin[s["agency"]], s["title"], s["paras"], s["language"], s["date"])
        named: dict[str, list[str]] = {}
        for n, copy in enumerate(s["copies"]):
            paras = named[copy["var"]] = _expand(copy["paras"], s["paras"], named)
            when = _later(s["date"], copy["hours"])
            add(
                f"{key}-{n + 1}",
                key,
                copy["var"],
                copy["site"],
                copy["title"],
                paras,
                copy.get("lang", s["language"]),
                when,
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
