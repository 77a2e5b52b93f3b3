"""A translation naming its source against an English text crediting no one (issue #6, D36).

For every pair in two languages that ``compare`` reads as a translation without the veto
``evidence.cited_source_missing`` (review sets, the NTREX documents in English against Indonesian
and Malay, with ``--variants`` the eval's cross-language copies against their English original),
count the pairs of one story and of two stories the veto refuses, and the pairs of its shape but
for the English side naming the agency in its text, for the agency's site, for the English side
ending above the paragraph that names the agency, or for the English side naming fewer than
``evidence.MORE_NAMED`` names the other does not; print each.

    .venv/bin/python benchmarks/own_report_credits.py --sets 1-13 \
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


def shape(a: dict, b: dict) -> str | None:
    """Which part of the veto's test the pair fails, or "refused" when it passes them all."""
    for cited, english in ((a, b), (b, a)):
        agencies = frozenset(x.casefold() for x in cited.get("cited") or ())
        if (
            not agencies
            or english.get("language") != evidence.WIRE_LANGUAGE
            or cited.get("language") == evidence.WIRE_LANGUAGE
            or evidence.credited_agencies(english)
        ):
            continue
        if evidence._names_agency(english, agencies):
            return "but for naming the agency"
        if evidence._on_agency_site(english, agencies):
            return "but for the site"
        if not evidence._reaches_citation(english, cited, agencies):
            return "but for the cut"
        if not evidence._names_more(english, cited):
            return "but for naming more"
        return "refused"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", help="the NTREX subset's directory")
    parser.add_argument("--variants", action="store_true", help="with --ntrex: the eval's variants too")
    parser.add_argument("--sets", default="1-13", help="review sets: 1-13 or 5,7,9 (1 is tests/review_dedupe)")
    args = parser.parse_args()
    args.probes = []
    if "-" in args.sets:
        low, high = args.sets.split("-")
        args.sets = list(range(int(low), int(high) + 1))
    else:
        args.sets = [int(x) for x in args.sets.split(",") if x]
    veto = evidence.cited_source_missing
    evidence.cited_source_missing = lambda a, b: False  # compare() as it was before the veto
    counts: Counter[tuple[str, str]] = Counter()
    prints: dict[int, tuple[dict, dict]] = {}
    for source, a, b, same, kinds in pairs(args):
        for doc in (a, b):
            if id(doc) not in prints:
                prints[id(doc)] = (doc, fingerprint(doc))
        fa, fb = prints[id(a)][1], prints[id(b)][1]
        found = evidence.compare(dict(fa), dict(fb)) or evidence.compare(dict(fb), dict(fa))
        if found is None or found.kind != "translation":
            continue
        story = "one story" if same else "two stories"
        counts[(story, "translations")] += 1
        seen = shape(fa, fb)
        if seen is not None:
            assert (seen == "refused") == veto(fa, fb)
            counts[(story, seen)] += 1
            print(story, seen, source, kinds, a.get("id", a["url"]), b.get("id", b["url"]), found.score, sep="  ")
    for (story, what), n in sorted(counts.items()):
        print(f"{story:12s} {what:22s} {n:6d}")


if __name__ == "__main__":
    main()
