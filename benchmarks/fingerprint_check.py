"""Fingerprints of every article we have at hand, saved or compared field by field.

A change meant only to make ``fingerprint()`` cheaper must leave every field of every
fingerprint as it was (the store keys and the verdicts depend on them). This script
fingerprints the bench's articles (``dedupe_bench``), a mirror network's articles, the
tests' dedupe articles (every article, body or list of them a ``tests/test_dedupe*.py``
module or ``tests/dedupe_corpus.py`` defines at module level), every reviewers' dedupe set
(``tests/review_dedupe``, ``review_dedupe2``, ...), the NTREX documents in all 25 of their languages, and each of
those again with characters inserted that fold in unusual ways (accents, combining marks,
ligatures, full-width forms, curly quotes, NBSP, "½", "İ", "ß", final sigma, CJK, emoji).

    # the base's fingerprints (its code first on sys.path), then the working tree's against them
    .venv/bin/python benchmarks/fingerprint_check.py --root /tmp/base --save /tmp/base-fps.pickle
    .venv/bin/python benchmarks/fingerprint_check.py --against /tmp/base-fps.pickle

``--time`` also prints ``fingerprint()``'s CPU time an article on each corpus, and
``--speed-against DIR`` compares it with another checkout's in the same process (its
``newscrawl`` copied as ``newscrawl_base``, imports renamed), rounds alternating which goes
first, medians (the check itself is skipped):

    taskset -c 0 .venv/bin/python benchmarks/fingerprint_check.py --speed-against /tmp/base --rounds 8

``--base-numpy`` times the base's MinHash with numpy even where numba imports (a base from
before numba was a requirement, against this one with it).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import pickle
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NTREX = ROOT.parent / "shared" / "data" / "ntrex-128-subset" / "ntrex_docs_dev.jsonl.gz"
#: Fingerprints taken "now" (articles without dates): fixed so that two runs agree.
NOW = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
#: Inserted one at a time between words or inside them (see ``perturbed``).
ODD_CHARACTERS = [
    "é",
    "e\u0301",
    "\u0301",
    "ﬁ",
    "Ａ",
    "１２",
    "“",
    "”",
    "‘",
    "’",
    "\u00a0",
    "½",
    "İ",
    "ß",
    "Σ",
    "ς",
    "σ",
    "—",
    "–",
    "…",
    "«",
    "»",
    "€",
    "°",
    "\u200b",
    "\u2028",
    "東京",
    "😀",
    "ǅ",
    "Ⅻ",
    "²",
    "ı",
    "\u1100\u1161",
    "\u0627\u064e",
    "\u0915\u093f",
    "\r\n",
    "\t",
    "\x1c",
    "İstanbul",
    "Straße",
    "ΌΣΟΣ",
    "Ｊａｋａｒｔａ",
    "№5",
]


def load_corpora(mirror_size: int, mirror_seed: int) -> dict[str, list[dict[str, Any]]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import dedupe_bench
    import numpy as np

    corpora: dict[str, list[dict[str, Any]]] = {}
    sample = [doc for _, doc in dedupe_bench.sample_articles(10_000, np.random.default_rng(1))]
    corpora["bench"] = sample + dedupe_bench.workload(10_000, 1000, sample, 1)
    corpora["tests"] = test_articles()
    for name, folder in review_sets():
        corpora[name] = importlib.import_module(f"tests.{folder}.build").build()[0]
    if NTREX.exists():
        corpora["ntrex"] = ntrex_articles()
    corpora["mirrornet"] = mirror_articles(mirror_size, mirror_seed)
    rng = random.Random(7)
    for name in list(corpora):
        corpora[f"{name} odd"] = [perturbed(doc, rng) for doc in corpora[name][:400]]
    return corpora


def review_sets() -> list[tuple[str, str]]:
    """(corpus name, package) of every reviewers' dedupe set, ``tests/review_dedupe*``, in order."""
    folders = [p.name for p in (ROOT / "tests").glob("review_dedupe*") if (p / "build.py").exists()]
    folders.sort(key=lambda name: int(name.removeprefix("review_dedupe") or 1))
    return [("review" + folder.removeprefix("review_dedupe"), folder) for folder in folders]


def test_articles() -> list[dict[str, Any]]:
    """Every article dict, list of them or multi-paragraph body the dedupe tests define at module level."""
    out: list[dict[str, Any]] = []
    modules = ["tests.dedupe_corpus"] + sorted(f"tests.{p.stem}" for p in (ROOT / "tests").glob("test_dedupe*.py"))
    for name in modules:
        module = importlib.import_module(name)
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, dict) and "url" in value and "body" in value:
                out.append(value)
            elif isinstance(value, (list, tuple)):
                out += [v for v in value if isinstance(v, dict) and "url" in v and "body" in v]
            elif isinstance(value, str) and "\n\n" in value and attr.isupper():
                out.append({"url": f"https://tests.example/{name}/{attr}", "body": value, "language": "en"})
    corpus = importlib.import_module("tests.dedupe_corpus")
    out += [doc for _, doc in corpus.network()]
    return out


def ntrex_articles() -> list[dict[str, Any]]:
    out = []
    with gzip.open(NTREX, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            title, _, body = record["text"].partition("\n")
            out.append({
                "url": f"https://{record['lang']}.ntrex.example/{record['doc_id']}",
                "title": title,
                "body": body.replace("\n", "\n\n"),
                "language": record["lang"][:2],
                "published_at": "2019-01-10T08:00:00+00:00",
            })  # fmt: skip
    return out


def mirror_articles(size: int, seed: int) -> list[dict[str, Any]]:
    import dedupe_eval

    scratch = Path(tempfile.mkdtemp(prefix="fingerprint-check-"))
    try:
        path = dedupe_eval.truth_from_mirrornet(size, seed, scratch)
        if path is None:
            print("mirror network: ground truth not available: skipped")
            return []
        # The network's sites listen on ports chosen when it starts: named the same every run.
        lines = path.read_text(encoding="utf-8").splitlines()
        return [
            json.loads(re.sub(r"127\.0\.0\.(\d+):\d+", r"site\1.mirror.example", line))
            for line in lines
            if line.strip()
        ]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def perturbed(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """``doc`` with a few odd characters put in its body: beside words, inside them, on top."""
    body = list(doc.get("body") or "")
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(body) + 1)
        body.insert(at, rng.choice(ODD_CHARACTERS) + (" " if rng.random() < 0.5 else ""))
    return dict(doc, url=doc["url"] + "#odd", body="".join(body))


def plain(fp: dict[str, Any]) -> dict[str, Any]:
    """A fingerprint with its signature as bytes (the stored form), for pickling and comparing."""
    out = dict(fp)
    out["sig"] = bytes(memoryview(fp["sig"].astype("<u4")))
    out["sig_dtype"] = str(fp["sig"].dtype)
    return out


def fingerprints(corpora: dict[str, list[dict[str, Any]]], timed: bool) -> dict[str, list[dict[str, Any]]]:
    from newscrawl.dedupe import fingerprint

    out = {}
    for name, docs in corpora.items():
        for doc in docs[:50]:
            fingerprint(doc, now=NOW)  # tables built, memos warm
        started = time.process_time()
        out[name] = [fingerprint(doc, now=NOW) for doc in docs]
        spent = time.process_time() - started
        if timed:
            print(f"{name:16s} {len(docs):5d} articles  {spent / max(1, len(docs)) * 1e6:7.1f} us CPU an article")
        out[name] = [plain(fp) for fp in out[name]]
    return out


def compare(base: dict[str, list[dict[str, Any]]], now: dict[str, list[dict[str, Any]]]) -> int:
    """Print the fields that differ, per corpus; the number of fingerprints that differ."""
    differ = 0
    for name in sorted(set(base) | set(now)):
        old, new = base.get(name), now.get(name)
        if old is None or new is None or len(old) != len(new):
            print(f"{name}: {len(old or ())} fingerprints before, {len(new or ())} now")
            differ += max(len(old or ()), len(new or ()))
            continue
        fields: Counter[str] = Counter()
        first: dict[str, str] = {}
        for a, b in zip(old, new, strict=True):
            changed = [
                k
                for k in sorted(set(a) | set(b))
                if k not in a or k not in b or a[k] != b[k] or type(a[k]) is not type(b[k])
            ]
            differ += bool(changed)
            for k in changed:
                fields[k] += 1
                first.setdefault(k, f"{a.get('url')}: {a.get(k)!r:.120} -> {b.get(k)!r:.120}")
        status = "identical" if not fields else "DIFFER " + ", ".join(f"{k} x{n}" for k, n in fields.most_common())
        print(f"{name:16s} {len(new):5d} fingerprints  {status}")
        for k, example in first.items():
            print(f"    {k}: {example}")
    return differ


def shared_fields_equal(base: dict[str, Any], now: dict[str, Any]) -> tuple[bool, set[str]]:
    """Whether two fingerprints agree on every field both have and this tree makes every field
    of the base, and the fields only one has (a field added since the base, as ``asides``:
    timed, not compared; a field of the base's this tree lacks is a difference)."""
    shared = base.keys() & now.keys()
    return base.keys() <= now.keys() and all(base[k] == now[k] for k in shared), base.keys() ^ now.keys()


def speed_against(
    base_root: Path, corpora: dict[str, list[dict[str, Any]]], rounds: int, base_numpy: bool = False
) -> None:
    """``fingerprint()``'s CPU time an article here and in ``base_root``'s checkout, alternated
    (``base_numpy``: the base's MinHash with numpy even where numba imports, as before it was
    a requirement)."""
    from newscrawl.dedupe import fingerprint

    scratch = Path(tempfile.mkdtemp(prefix="fingerprint-base-"))
    try:
        copy = scratch / "newscrawl_base"
        shutil.copytree(base_root / "newscrawl", copy, ignore=shutil.ignore_patterns("__pycache__"))
        for path in copy.rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            source = re.sub(r"\bnewscrawl(?=[. ])", "newscrawl_base", source)
            # Its codec error handlers under their own names: registered under ours, they
            # would replace ours (and raise the copy's exceptions in our code).
            path.write_text(source.replace('"newscrawl-', '"newscrawl_base-'), encoding="utf-8")
        sys.path.append(str(scratch))
        base = importlib.import_module("newscrawl_base.dedupe").fingerprint
        if base_numpy:
            base_minhash = importlib.import_module("newscrawl_base.dedupe.minhash")
            base_minhash._kernel, base_minhash._kernel_tried = None, True
        here = importlib.import_module("newscrawl.dedupe.minhash")
        print(
            f"MinHash: base {'numpy' if base_numpy else 'as it finds'}, this {'numba' if here._compiled() else 'numpy'}"
        )
        unshared: set[str] = set()
        for name, docs in corpora.items():
            for doc in docs[:100]:
                old_fp, new_fp = plain(base(doc, now=NOW)), plain(fingerprint(doc, now=NOW))
                same, only = shared_fields_equal(old_fp, new_fp)
                assert same, doc["url"]
                if only - unshared:
                    unshared |= only
                    print(f"fields in one of the two only (not compared): {', '.join(sorted(only))}")
            spent: dict[str, list[float]] = {"base": [], "this": []}
            ways = [("base", base), ("this", fingerprint)]
            for n in range(rounds):
                for way, function in ways if n % 2 == 0 else ways[::-1]:
                    started = time.process_time()
                    for doc in docs:
                        function(doc, now=NOW)
                    spent[way].append((time.process_time() - started) / max(1, len(docs)) * 1e6)
            old, new = statistics.median(spent["base"]), statistics.median(spent["this"])
            print(
                f"{name:16s} {len(docs):5d} articles  base {old:7.1f}  this {new:7.1f} us CPU an article  {new / old:.3f}x"
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose newscrawl is fingerprinted")
    parser.add_argument("--save", type=Path, help="write the fingerprints here (pickle)")
    parser.add_argument("--against", type=Path, help="compare with fingerprints saved by --save")
    parser.add_argument("--mirror-size", type=int, default=40, help="articles per site of the mirror network")
    parser.add_argument("--mirror-seed", type=int, default=3)
    parser.add_argument("--time", action="store_true", help="print fingerprint()'s CPU time a corpus")
    parser.add_argument("--speed-against", type=Path, help="a checkout whose fingerprint() to time beside this one")
    parser.add_argument("--rounds", type=int, default=6, help="rounds of each (--speed-against)")
    parser.add_argument(
        "--base-numpy", action="store_true", help="the base's MinHash with numpy even where numba imports"
    )
    parser.add_argument("--corpora", help="only these corpora, comma-separated (e.g. bench,ntrex)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(args.root.resolve()))  # its newscrawl first
    corpora = load_corpora(args.mirror_size, args.mirror_seed)
    if args.corpora:
        corpora = {name: docs for name, docs in corpora.items() if name in args.corpora.split(",")}
    if args.speed_against:
        speed_against(args.speed_against.resolve(), corpora, args.rounds, args.base_numpy)
        return
    now = fingerprints(corpora, args.time)
    print(f"{sum(map(len, now.values()))} fingerprints of {len(now)} corpora")
    if args.save:
        args.save.write_bytes(pickle.dumps(now))
    if args.against:
        differ = compare(pickle.loads(args.against.read_bytes()), now)
        print("every fingerprint identical" if not differ else f"{differ} fingerprints differ")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
