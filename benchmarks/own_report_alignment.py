"""Own reports against translations across languages: is there a margin? (issue #6, D29)

For every pair in two languages that ``compare`` reads as a translation (review sets 1-9, the
NTREX documents in English against Indonesian and Malay, with ``--variants`` the eval's
cross-language copies against their English original), print how each of these features is
distributed over the pairs of one story (verdict on names and figures alone, or helped by the
paragraphs, an abridged copy, the lead, the titles, a link or a summary) and over the pairs of
two stories (an outlet's own report of the event read as a translation), and each pair of two
stories with its values:

* ``align``: paragraph lengths lined up as a sentence aligner lines up sentences (beads of one
  paragraph against one or two, the shorter's paragraphs against a prefix of the longer): the
  mean distance of a bead's log word ratio from the pair's; a translation keeps proportions;
* ``spread``: the shorter text's paragraphs, each mapped to the paragraphs of the longer that
  name its shared anchors: the most paragraphs apart one of them must reach (an own report
  mixing far-apart facts of the other into one paragraph);
* ``fig_both``, ``fig_short``: numbers (``#``) one side gives and the other not (compare()'s
  translation views: money converted, asides, units, hedges, figures written out; weekday dates
  said again and the year of publication aside) on both sides, on the shorter;
* ``fig_facing``: such numbers on both sides in two paragraphs that face each other;
* ``quote_one``: a quotation on one side only, in a paragraph the other has (by index);
* ``covered``: the weighted share of the smaller side's anchors the other names too;
* ``own_names``: the lesser of the two sides' own name weights, the longer's counted over the
  paragraphs facing the shorter's;
* ``credit_one``: one side names a wire agency the other neither names nor is published by.

    .venv/bin/python benchmarks/own_report_alignment.py [--ntrex DIR] [--variants] [--sets 1-9] \
        [--probes FILE.py ...]   # files whose rows() gives (rows, {id: story label})
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import itertools
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newscrawl.dedupe.evidence as evidence  # noqa: E402
from benchmarks.dedupe_eval import load_ntrex  # noqa: E402
from benchmarks.own_report_speakers import _USED, _watch, variant_pairs  # noqa: E402
from newscrawl.dedupe.features import fingerprint, without_site_intro  # noqa: E402
from newscrawl.dedupe.text import ANCHOR_WEIGHT, paragraphs, quotes, words  # noqa: E402

#: The verdict's helpers besides the anchor score (any of them true: not "names and figures alone").
_HELPERS = {
    "paragraph_agreement": lambda r: r >= evidence.PARAGRAPH_AGREEMENT,
    "is_abridged": bool,
    "keeps_lead": bool,
    "titles_agree": bool,
    "links_to": bool,
    "summarizes_across": bool,
}
#: Wire agencies as anchors (folded), for ``credit_one``.
_AGENCIES = ("reuters", "afp", "ap", "antara", "bernama", "xinhua", "kyodo", "pti", "ani", "bloomberg", "yonhap")


def pairs(args: argparse.Namespace) -> Any:
    for n in args.sets:
        module = "tests.review_dedupe.build" if n == 1 else f"tests.review_dedupe{n}.build"
        rows, truth = importlib.import_module(module).build()
        label, variant = truth["label"], truth.get("variant", {})
        for a, b in itertools.combinations(rows, 2):
            if a["language"] != b["language"]:
                yield (
                    f"set{n}",
                    a,
                    b,
                    label[a["id"]] == label[b["id"]],
                    f"{variant.get(a['id'])}/{variant.get(b['id'])}",
                )
    for path in args.probes:
        spec = importlib.util.spec_from_file_location(Path(path).stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows, label = module.rows()
        for a, b in itertools.combinations(rows, 2):
            if a["language"] != b["language"]:
                yield Path(path).stem, a, b, label[a["id"]] == label[b["id"]], "probe"
    if args.ntrex:
        docs, truth = load_ntrex(Path(args.ntrex))
        for i, j in itertools.combinations(range(len(docs)), 2):
            if "en" in (docs[i]["language"], docs[j]["language"]) and docs[i]["language"] != docs[j]["language"]:
                yield "ntrex", docs[i], docs[j], truth[i] == truth[j], "ntrex"
        if args.variants:
            for kind, original, copy in variant_pairs(docs, truth):
                yield "variants", original, copy, True, kind


def views(a: dict[str, Any], b: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``a`` and ``b`` as ``_text_evidence`` reads them across languages."""
    a, b = evidence.with_money_of(b, a), evidence.with_money_of(a, b)
    a, b = evidence.without_asides(a, b), evidence.without_asides(b, a)
    b = evidence.with_units_of(a, b)
    return a, evidence.with_hedged_of(a, evidence.with_figures_of(a, b))


def _own_numbers(fp: dict[str, Any], other: dict[str, Any]) -> list[tuple[int, str]]:
    """(paragraph, number) of the numbers ``fp`` gives and ``other`` not, dates said again and
    the year of publication aside."""
    theirs = evidence._anchor_set(other)
    glossed = {x for day, dated in evidence.weekday_glosses(fp) if day in theirs for x in dated}
    year, seen, out = evidence._year_of(fp), set(), []
    for i, found in enumerate(evidence._paragraph_sets(fp)):
        for x in sorted(found):
            if x[0] == "#" and x not in theirs and x not in glossed and x != year and x not in seen:
                seen.add(x)
                out.append((i, x))
    return out


def align_cost(first: list[int], second: list[int]) -> float:
    """Paragraph word counts lined up (beads 1-1, 1-2, 2-1; the one with fewer paragraphs
    against a prefix of the other): the least mean distance of a bead's log ratio from the
    pair's overall log ratio, a merged bead costing 0.15 more."""
    if len(first) > len(second):
        first, second = second, first
    n, m = len(first), len(second)
    if not n:
        return 0.0
    overall = math.log((sum(second) + 1) / (sum(first) + 1))
    best = {(0, 0): (0.0, 0)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) not in best:
                continue
            cost, beads = best[(i, j)]
            for di, dj in ((1, 1), (1, 2), (2, 1)):
                if i + di <= n and j + dj <= m:
                    ratio = math.log((sum(second[j : j + dj]) + 1) / (sum(first[i : i + di]) + 1))
                    step = abs(ratio - overall) + (0.15 if di + dj == 3 else 0.0)
                    key = (i + di, j + dj)
                    if key not in best or cost + step < best[key][0]:
                        best[key] = (cost + step, beads + 1)
    ends = [best[(n, j)] for j in range(1, m + 1) if (n, j) in best]
    return min(cost / beads for cost, beads in ends) if ends else 9.0


def spread(short: dict[str, Any], long: dict[str, Any]) -> int:
    shared = evidence._anchor_set(short) & evidence._anchor_set(long)
    where: dict[str, set[int]] = defaultdict(set)
    for p, found in enumerate(evidence._paragraph_sets(long)):
        for x in found & shared:
            where[x].add(p)
    worst = 0
    for found in evidence._paragraph_sets(short):
        spots = [where[x] for x in found & shared]
        if len(spots) >= 2:
            worst = max(worst, min(max(min(abs(p - q) for p in s) for s in spots) for q in set().union(*spots)))
    return worst


def _quoted_paragraphs(body: str) -> tuple[list[int], int]:
    paras = paragraphs(without_site_intro(body))
    return [i for i, p in enumerate(paras) if quotes(p)], len(paras)


def features(a: dict[str, Any], b: dict[str, Any], fa: dict[str, Any], fb: dict[str, Any]) -> dict[str, Any]:
    va, vb = views(fa, fb)
    short, long = (va, vb) if fa["words"] <= fb["words"] else (vb, va)
    na, nb = _own_numbers(va, vb), _own_numbers(vb, va)
    shared = evidence._anchor_set(va) & evidence._anchor_set(vb)
    pa, pb = evidence._paragraph_sets(va), evidence._paragraph_sets(vb)
    facing = any(i < len(pb) and pa[i] & pb[i] & shared and any(j == i for j, _ in nb) for i, _ in na)
    qa, ca = _quoted_paragraphs(a["body"])
    qb, cb = _quoted_paragraphs(b["body"])
    weight = lambda found: sum(ANCHOR_WEIGHT[x] for x in found)  # noqa: E731
    small = min(evidence._anchor_set(va), evidence._anchor_set(vb), key=weight)
    few, many = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    mine = set().union(*few) - shared
    theirs = set().union(*many[: len(few)]) - shared
    own_names = min(weight(x for x in mine if x[0] not in "#@"), weight(x for x in theirs if x[0] not in "#@"))
    credit = any(
        g in x["anchors"] and g not in y["anchors"] and g not in f"{y.get('site') or ''} {y['url']}".lower()
        for x, y in ((fa, fb), (fb, fa))
        for g in _AGENCIES
    )
    return {
        "align": round(align_cost(*(list(map(len, map(words, paragraphs(d["body"])))) for d in (a, b))), 3),
        "spread": spread(short, long),
        "fig_both": bool(na and nb),
        "fig_short": bool(na if short is va else nb),
        "fig_facing": facing,
        "quote_one": bool((qa and not qb and min(qa) < cb) or (qb and not qa and min(qb) < ca)),
        "covered": round(weight(small & shared) / weight(small), 3) if small else 1.0,
        "own_names": own_names,
        "credit_one": credit,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", help="the NTREX subset's directory")
    parser.add_argument("--variants", action="store_true", help="with --ntrex: the eval's variants too")
    parser.add_argument("--probes", nargs="*", default=[], help="probe files with rows() -> (rows, labels)")
    parser.add_argument("--sets", default="1-9", help="review sets: 1-9 or 5,7,9 (1 is tests/review_dedupe)")
    args = parser.parse_args()
    if "-" in args.sets:
        low, high = args.sets.split("-")
        args.sets = list(range(int(low), int(high) + 1))
    else:
        args.sets = [int(x) for x in args.sets.split(",") if x]
    for name, test in _HELPERS.items():
        _watch(name, test)
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    prints: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}  # by id, the doc kept alive with it
    for source, a, b, same, kinds in pairs(args):
        for doc in (a, b):
            if id(doc) not in prints:
                prints[id(doc)] = (doc, fingerprint(doc))
        fa, fb = prints[id(a)][1], prints[id(b)][1]
        found = None
        for x, y in ((fa, fb), (fb, fa)):
            _USED.clear()
            found = evidence.compare(dict(x), dict(y))
            if found is not None and found.kind == "translation":
                break
        if found is None or found.kind != "translation":
            continue
        row = features(a, b, dict(fa), dict(fb))
        if same:
            by_class["one story, " + ("helped" if _USED else "alone")].append(row)
        else:
            by_class["two stories"].append(row)
            print(source, kinds, a.get("id", a["url"]), b.get("id", b["url"]), found.score, row, sep="  ")
    for name in ("align", "spread", "covered", "own_names"):
        print(f"\n{name}: min / 10% / median / 90% / max")
        for cls, rows in sorted(by_class.items()):
            values = sorted(r[name] for r in rows)
            deciles = statistics.quantiles(values, n=10, method="inclusive") if len(values) > 1 else values * 9
            print(
                f"  {cls:22s} {len(values):5d}  {values[0]} / {deciles[0]:.3g} / {statistics.median(values):.3g}"
                f" / {deciles[-1]:.3g} / {values[-1]}"
            )
    print("\nflags: pairs with it / pairs")
    for name in ("fig_both", "fig_short", "fig_facing", "quote_one", "credit_one"):
        counts = ", ".join(f"{cls} {sum(r[name] for r in rows)}/{len(rows)}" for cls, rows in sorted(by_class.items()))
        print(f"  {name:11s} {counts}")


if __name__ == "__main__":
    main()
