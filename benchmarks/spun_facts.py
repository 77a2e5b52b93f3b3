"""Spun copies against rival reports in one language: the figures behind ``SPUN_FIGURES``,
``SPUN_ANCHORS`` and ``SPUN_LONGER`` (issue #6, D38).

Over every pair of articles in one language of the review sets, published within three days:

* pairs the text evidence reads as a rewrite that the spun-copy test turns away for their
  paragraphs (agreement below ``SPUN_PARAGRAPHS``, out of order, not the same paragraphs, not a
  template pair): the weighted share of each side's anchors in the other, the figures each gives,
  the quotations, the wording kept, and whether :func:`keeps_all_facts` takes them;
* pairs ``compare`` matches as spun copies (a rewrite, out of order, not the same paragraphs),
  and those agreeing paragraph by paragraph it does not match, ``SPUN_LONGER`` times longer: how
  many times the longer's content words the shorter's, and the wording kept.

    .venv/bin/python benchmarks/spun_facts.py [--sets 1-13]
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newscrawl.dedupe.evidence as ev  # noqa: E402
from newscrawl.dedupe.features import fingerprint  # noqa: E402
from newscrawl.dedupe.text import ANCHOR_WEIGHT  # noqa: E402


def _share(mine: frozenset[str], theirs: frozenset[str]) -> float:
    total = sum(map(ANCHOR_WEIGHT.__getitem__, mine))
    return sum(map(ANCHOR_WEIGHT.__getitem__, mine & theirs)) / total if total else 0.0


def _sets(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def pairs(sets: list[int]) -> Any:
    for n in sets:
        module = "tests.review_dedupe.build" if n == 1 else f"tests.review_dedupe{n}.build"
        rows, truth = importlib.import_module(module).build()
        label, variant = truth["label"], truth.get("variant", {})
        prints = {r["id"]: fingerprint(r) for r in rows}
        for x, y in itertools.combinations(rows, 2):
            a, b = prints[x["id"]], prints[y["id"]]
            if x["language"] == y["language"] and abs(a["day"] - b["day"]) <= 3:
                name = f"set{n} {x['id']}/{y['id']} {variant.get(x['id'])}/{variant.get(y['id'])}"
                yield name, label[x["id"]] == label[y["id"]], a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=_sets, default=list(range(1, 14)))
    args = parser.parse_args()
    turned, matched = [], []
    for name, same, a, b in pairs(args.sets):
        if ev._same_order(a, b) or ev.same_paragraphs(a, b) or ev.is_template_pair(a, b):
            continue
        evidence = ev._text_evidence(a, b, False, 3)
        if evidence is None or evidence.kind != "rewrite" or ev._stories_below_own_leads(a, b):
            continue
        first, second = a["words"], b["words"]
        ratio = max(first, second) / max(1, min(first, second))
        if ev.paragraph_agreement(a, b, referred=True) >= ev.SPUN_PARAGRAPHS:
            found = ev.compare(a, b)
            if found is not None or ev._longer_in_own_words(a, b):  # perhaps turned away for its length
                matched.append((ratio, ev.kept_wording(a, b), same, name + ("" if found else " (not matched)")))
            continue
        viewed = ev.with_hedged_of(a, ev.with_figures_of(a, b))
        mine, theirs = ev._anchor_set(a), ev._anchor_set(viewed)
        figures = [len([x for x in s if x[0] == "#"]) for s in (mine, theirs, mine & theirs)]
        quotes = [set(a.get("quotes") or ()), set(b.get("quotes") or ())]
        turned.append(
            (
                ev.keeps_all_facts(a, b),
                same,
                name,
                f"shares {_share(mine, theirs):.2f}/{_share(theirs, mine):.2f}",
                "figures {}/{}/{}".format(*figures),
                f"quotes {len(quotes[0])}/{len(quotes[1])}/{len(quotes[0] & quotes[1])}",
                f"kept {ev.kept_wording(a, b):.2f}",
                f"paragraphs {ev.paragraph_agreement(a, b, referred=True):.2f}",
                f"credits {sorted(ev.credited_agencies(a))}/{sorted(ev.credited_agencies(b))}",
            )
        )
    print("Turned away by their paragraphs (taken by keeps_all_facts, same story, pair, ...):")
    for row in sorted(turned, key=lambda r: (not r[0], not r[1], r[2])):
        print(" ", *row)
    for taken in (True, False):
        for same in (True, False):
            n = sum(r[0] == taken and r[1] == same for r in turned)
            print(f"  keeps_all_facts {taken}: {'one story' if same else 'two stories'} {n}")
    print(f"Matched as spun copies, {ev.SPUN_LONGER} times longer or more (ratio, kept, same story, pair):")
    for ratio, kept, same, name in sorted(matched):
        if ratio >= ev.SPUN_LONGER:
            print(f"  {ratio:.2f} {kept:.2f} {same} {name}")


if __name__ == "__main__":
    main()
