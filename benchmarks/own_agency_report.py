"""A translating agency's own report against another agency's story (issue #6, D40).

For every pair in two languages that ``compare`` reads as a translation without the veto
``evidence.own_agency_report`` (review sets, the NTREX documents in English against Indonesian
and Malay, with ``--variants`` the eval's cross-language copies against their English original),
count the pairs of one story and of two stories the veto refuses; print each refused.

    .venv/bin/python benchmarks/own_agency_report.py --sets 1-13 \\
        --ntrex /work/shared/data/ntrex-128-subset --variants
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newscrawl.dedupe.evidence as evidence  # noqa: E402
from benchmarks.own_report_alignment import pairs  # noqa: E402
from newscrawl.dedupe.features import fingerprint  # noqa: E402


def _sets(text: str) -> list[int]:
    """ "1-13" or "5,7,9" as set numbers."""
    low, _, high = text.partition("-")
    return list(range(int(low), int(high) + 1)) if high else [int(x) for x in text.split(",") if x]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", help="the NTREX subset's directory")
    parser.add_argument("--variants", action="store_true", help="with --ntrex: the eval's variants too")
    parser.add_argument("--sets", type=_sets, default="1-13", help="review sets: 1-13 or 5,7,9")
    args = parser.parse_args()
    args.probes = []
    veto = evidence.own_agency_report
    evidence.own_agency_report = lambda a, b: False  # compare() as it was before the veto
    counts: Counter[tuple[str, str]] = Counter()
    made: dict[int, tuple[dict, dict]] = {}  # the document kept: its id is not reused
    for source, a, b, same, kinds in pairs(args):
        for doc in (a, b):
            if id(doc) not in made:
                made[id(doc)] = (doc, fingerprint(doc))
        fa, fb = made[id(a)][1], made[id(b)][1]
        found = evidence.compare(dict(fa), dict(fb)) or evidence.compare(dict(fb), dict(fa))
        if found is None or found.kind != "translation":
            continue
        story = "one story" if same else "two stories"
        counts[(story, "translations")] += 1
        if veto(fa, fb):
            counts[(story, "refused")] += 1
            print(story, "refused", source, kinds, a.get("id", a["url"]), b.get("id", b["url"]), found.score, sep="  ")
    for (story, what), n in sorted(counts.items()):
        print(f"{story:12} {what:14} {n}")


if __name__ == "__main__":
    main()
