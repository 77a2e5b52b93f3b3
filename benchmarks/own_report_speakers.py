"""Who speaks, across languages: true translations against own reports of one event (issue #6).

For every pair in two languages that ``compare`` reads as a translation (review sets 5-9, the
NTREX documents in English against Indonesian and Malay, probe files giving ``rows()``), print
how its verdict was reached (on names and figures alone, or helped by paragraphs, an abridged
copy, the lead, the titles or a link) and two wording features: whether a name next to a quote
mark or a speech verb in one (said/says/told/added; kata/ujar/ucap/tutur/jelas/menurut/ungkap/
terang/tambah) is a speaker in the other too, and whether only one of the two quotes anything
(``quotes``: 3 words or more between quote marks). Short: neither has more than 3 paragraphs.
Each pair of two stories is printed with the longer one's words.

    .venv/bin/python benchmarks/own_report_speakers.py --ntrex /work/shared/data/ntrex-128-subset \
        [--variants] [--probes /path/probes40.py ...]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import itertools
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newscrawl.dedupe.evidence as evidence  # noqa: E402
from benchmarks.dedupe_eval import VARIANTS, load_ntrex, make_variant  # noqa: E402
from newscrawl.dedupe.features import fingerprint  # noqa: E402

_NAME = r"((?:[A-Z][\w'’-]+\s){0,3}[A-Z][\w'’-]+)"
_SPEAKER = (
    re.compile(_NAME + r",?\s+(?:said|says|told|added)\b"),
    re.compile(
        r"\b(?:said|says|told|added|kata|ujar|ucap|tutur|jelas|menurut|ungkap|terang|tambah)\s+(?:\w+\s){0,3}?" + _NAME
    ),
)
#: Titles and pronouns by a speech verb, not a speaker's name.
_NOT_NAMES = set(
    "The A He She It They Mr Ms Dr In On Menteri Minister Presiden President Kepala Ketua Direktur Director"
    " Gubernur Governor Wakil Deputy Senior Chief".split()
)
#: The verdict's helpers besides the anchor score (any of them true: not "names and figures alone").
_HELPERS = {
    "paragraph_agreement": lambda r: r >= evidence.PARAGRAPH_AGREEMENT,
    "is_abridged": bool,
    "keeps_lead": bool,
    "titles_agree": bool,
    "links_to": bool,
}
_USED: set[str] = set()


def _watch(name: str, test: Any) -> None:
    function = getattr(evidence, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        if test(result):
            _USED.add(name)
        return result

    setattr(evidence, name, watched)


def speakers(text: str) -> set[str]:
    return {
        word
        for pattern in _SPEAKER
        for match in pattern.finditer(text)
        for word in match.group(1).split()
        if word not in _NOT_NAMES and len(word) > 2
    }


def verdict(a: dict[str, Any], b: dict[str, Any]) -> tuple[Any, set[str]]:
    for first, second in ((a, b), (b, a)):
        _USED.clear()
        found = evidence.compare(first, second)
        if found is not None and found.kind == "translation":
            return found, set(_USED)
    return None, set()


def variant_pairs(docs: list[dict[str, Any]], truth: list[str]) -> Any:
    """``(kind, English original, copy)`` for every cross-language variant of the eval
    (``dedupe_eval.VARIANTS``) made from the NTREX Indonesian and Malay documents, as the eval
    makes them (one seeded generator a kind and language)."""
    english = {t: d for d, t in zip(docs, truth, strict=True) if d["language"] == "en"}
    for _, kind in VARIANTS:
        for lang in ("id", "ms"):
            rng = random.Random(f"{kind}:{lang}")
            found = [(d, t) for d, t in zip(docs, truth, strict=True) if d["language"] == lang and t in english]
            titles = [d["title"] for d, _ in found]
            for k, (d, t) in enumerate(found):
                yield kind, english[t], make_variant(kind, d, rng, titles[(k + 7) % len(found)], english[t]["url"])


def pairs(args: argparse.Namespace) -> Any:
    for n in range(5, 10):
        rows, truth = importlib.import_module(f"tests.review_dedupe{n}.build").build()
        label = truth["label"]
        for a, b in itertools.combinations(rows, 2):
            yield f"set{n}", a, b, label[a["id"]] == label[b["id"]]
    if args.ntrex:
        docs, truth = load_ntrex(Path(args.ntrex))
        for i, j in itertools.combinations(range(len(docs)), 2):
            if truth[i] == truth[j] and "en" in (docs[i]["language"], docs[j]["language"]):
                yield "ntrex", docs[i], docs[j], True
    if args.ntrex and args.variants:  # the eval's cross-language variants against their English original
        for kind, original, copy in variant_pairs(docs, truth):
            yield f"variant {kind}", original, copy, True
    for path in args.probes:
        spec = importlib.util.spec_from_file_location(Path(path).stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows, label = module.rows()
        for a, b in itertools.combinations(rows, 2):
            yield Path(path).stem, a, b, label[a["id"]] == label[b["id"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", help="the NTREX subset's directory")
    parser.add_argument("--variants", action="store_true", help="with --ntrex: the eval's variants too")
    parser.add_argument("--probes", nargs="*", default=[], help="probe files with rows() -> (rows, labels)")
    args = parser.parse_args()
    for name, test in _HELPERS.items():
        _watch(name, test)
    table: Counter = Counter()
    for source, a, b, same in pairs(args):
        if a["language"] == b["language"]:
            continue
        fa, fb = fingerprint(a), fingerprint(b)
        found, used = verdict(fa, fb)
        if found is None:
            continue
        sa, sb = speakers(a["body"]), speakers(b["body"])
        short = max(len([p for p in d["body"].split("\n\n") if p.strip()]) for d in (a, b)) <= 3
        row = (
            "translation" if same else "other story",
            "alone" if not used else "helped",
            "short" if short else "long",
            "no speakers" if not (sa and sb) else ("speaker shared" if sa & sb else "no speaker shared"),
            "quotes one-sided" if (not fa["quotes"]) != (not fb["quotes"]) else "quotes both/neither",
        )
        table[row] += 1
        if not same:
            words = max(fa["words"], fb["words"])
            print(
                source,
                a.get("id", a["url"]),
                b.get("id", b["url"]),
                f"{found.score:.2f}",
                f"{words}w",
                *row[1:],
                sep="  ",
            )
    for row, count in sorted(table.items()):
        print(f"{count:5d}  " + "  ".join(row))


if __name__ == "__main__":
    main()
