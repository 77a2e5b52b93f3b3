"""Dedupe speed: cost per article as the store grows, beside datasketch.

For each size N (stored stories), a fresh SQLite store is filled with N
fingerprints of synthetic articles (written straight into the fingerprint tables:
the state N processed articles leave), then M more articles go through
``DedupeEngine.process`` on one core: half new stories, a quarter exact copies,
a quarter truncated copies of stored ones. Beside it, datasketch's in-memory
MinHashLSH with the same parameters (128 permutations, 32 bands x 4 rows) holds
the same N signatures and inserts + queries the same M articles (MinHash computed
by datasketch from the text). A third line compares only the MinHash step: our
vectorised numpy signature vs datasketch ``MinHash.update_batch``.

    .venv/bin/python benchmarks/dedupe_bench.py                    # 10k and 30k stored, ~5 minutes
    .venv/bin/python benchmarks/dedupe_bench.py --sizes 10000,100000,1000000   # full run: over an hour, several GB of disk (not run yet)

Last line: one JSON object with the per-size figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from newscrawl.dedupe import DedupeEngine, fingerprint  # noqa: E402
from newscrawl.dedupe import minhash as mh  # noqa: E402
from newscrawl.dedupe.engine import new_story_id  # noqa: E402
from newscrawl.dedupe.features import index_keys, to_record  # noqa: E402
from newscrawl.dedupe.text import words  # noqa: E402
from newscrawl.store.sqlite import SQLiteStore  # noqa: E402

VOCABULARY = [f"{c}{v}{n}" for c in "bcdfgklmnprstw" for v in ("a", "e", "i", "o", "u", "ia", "ua") for n in range(220)]
NAMES = [f"Nama{i}" for i in range(5000)]
_WEIGHTS = 1.0 / np.arange(1, len(VOCABULARY) + 1) ** 0.9
_WEIGHTS /= _WEIGHTS.sum()


def synthetic_article(n: int, rng: np.random.Generator) -> dict:
    """A news-like article: Zipf words, paragraphs, names and numbers, one per day-hour."""
    paragraphs = []
    for _ in range(int(rng.integers(6, 12))):
        chosen = rng.choice(len(VOCABULARY), size=int(rng.integers(30, 60)), p=_WEIGHTS)
        text = [VOCABULARY[i] for i in chosen]
        for _ in range(3):
            text.insert(int(rng.integers(1, len(text))), NAMES[int(rng.integers(len(NAMES)))])
        text.insert(int(rng.integers(1, len(text))), str(int(rng.integers(10, 100000))))
        paragraphs.append(" ".join(text) + ".")
    day = 1 + (n // 400) % 28  # ~400 stories a day, as a big regional network would publish
    return {
        "url": f"https://site{n % 50}.example/story-{n}",
        "site": f"site{n % 50}",
        "title": paragraphs[0][:60],
        "body": "\n\n".join(paragraphs),
        "language": "id",
        "published_at": f"2024-{1 + (n // 11200) % 12:02d}-{day:02d}T{n % 24:02d}:00:00+00:00",
    }


def fill(store: SQLiteStore, size: int, seed: int) -> list[dict]:
    """Write ``size`` fingerprints in bulk; returns a sample of the articles for copies."""
    rng = np.random.default_rng(seed)
    db = store._db  # bulk load: the benchmark's set-up, not the code under test
    db.execute("BEGIN")
    sample = []
    rows, keys = [], []
    for n in range(size):
        doc = synthetic_article(n, rng)
        fp = fingerprint(doc)
        fp.update(story_id=new_story_id(fp["ref"]), match="new", score=1.0, is_copy=False)
        fields, sig = to_record(fp)
        rows.append((n + 1, fp["ref"], fp["story_id"], fp["seen"], sig, json.dumps(fields)))
        keys.extend((k, n + 1) for k in index_keys(fp, 3))
        if n % max(1, size // 1000) == 0:
            sample.append(doc)
        if len(rows) >= 5000:
            db.executemany("INSERT INTO fingerprints (id, ref, story_id, seen, sig, doc) VALUES (?,?,?,?,?,?)", rows)
            rows = []
    db.executemany("INSERT INTO fingerprints (id, ref, story_id, seen, sig, doc) VALUES (?,?,?,?,?,?)", rows)
    # Keys in sorted order: the index is built by appending, not by random inserts.
    db.executemany("INSERT OR IGNORE INTO fingerprint_keys (key, id) VALUES (?,?)", sorted(keys))
    db.execute("COMMIT")
    return sample


def workload(size: int, count: int, sample: list[dict], seed: int) -> list[dict]:
    rng = np.random.default_rng(seed + 1)
    pick = random.Random(seed)
    docs = []
    for i in range(count):
        kind = i % 4
        if kind < 2:
            docs.append(synthetic_article(size + i, rng))
        else:
            base = pick.choice(sample)
            body = base["body"] if kind == 2 else "\n\n".join(base["body"].split("\n\n")[:4])
            docs.append(dict(base, url=f"https://mirror.example/{i}", body=body))
    return docs


def bench_engine(size: int, count: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="dedupe-bench-") as tmp:
        store = SQLiteStore(str(Path(tmp) / "bench.sqlite"))
        started = time.perf_counter()
        sample = fill(store, size, seed)
        fill_s = time.perf_counter() - started
        docs = workload(size, count, sample, seed)
        engine = DedupeEngine(store)
        matches: dict[str, int] = {}
        started = time.perf_counter()
        for doc in docs:
            verdict = engine.process(doc)
            matches[verdict.match] = matches.get(verdict.match, 0) + 1
        elapsed = time.perf_counter() - started
        store.close()
    return {
        "stored": size,
        "articles": count,
        "articles_per_s": round(count / elapsed, 1),
        "us_per_article": round(elapsed / count * 1e6, 1),
        "fill_s": round(fill_s, 1),
        "matches": matches,
    }


def bench_datasketch(size: int, count: int, seed: int) -> dict:
    from datasketch import MinHash, MinHashLSH

    rng = np.random.default_rng(seed)
    lsh = MinHashLSH(num_perm=mh.NUM_PERM, params=(mh.BANDS, mh.ROWS))
    SCHEME = MinHash(num_perm=mh.NUM_PERM).scheme  # noqa: N806 - stored signatures join the same LSH
    sample = []
    for n in range(size):  # same stored set, signatures inserted as they are
        doc = synthetic_article(n, rng)
        sig = mh.signature(mh.shingle_hashes(words(doc["body"])))
        lsh.insert(doc["url"], MinHash(num_perm=mh.NUM_PERM, hashvalues=sig.astype(np.uint64), scheme=SCHEME))
        if n % max(1, size // 1000) == 0:
            sample.append(doc)
    docs = workload(size, count, sample, seed)
    started = time.perf_counter()
    for doc in docs:
        tokens = words(doc["body"])
        m = MinHash(num_perm=mh.NUM_PERM)
        m.update_batch([" ".join(tokens[i : i + mh.SHINGLE]).encode() for i in range(max(1, len(tokens) - 3))])
        lsh.query(m)
        lsh.insert(doc["url"], m)
    elapsed = time.perf_counter() - started
    return {
        "stored": size,
        "articles_per_s": round(count / elapsed, 1),
        "us_per_article": round(elapsed / count * 1e6, 1),
    }


def bench_minhash(count: int = 300) -> dict:
    from datasketch import MinHash

    rng = np.random.default_rng(7)
    texts = [words(synthetic_article(i, rng)["body"]) for i in range(count)]
    started = time.perf_counter()
    for tokens in texts:
        mh.signature(mh.shingle_hashes(tokens))
    ours = (time.perf_counter() - started) / count
    started = time.perf_counter()
    for tokens in texts:
        m = MinHash(num_perm=mh.NUM_PERM)
        m.update_batch([" ".join(tokens[i : i + mh.SHINGLE]).encode() for i in range(len(tokens) - 3)])
    theirs = (time.perf_counter() - started) / count
    words_per_article = sum(map(len, texts)) / count
    return {
        "numpy_us": round(ours * 1e6, 1),
        "datasketch_us": round(theirs * 1e6, 1),
        "words_per_article": round(words_per_article),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,30000", help="stored stories, comma-separated")
    parser.add_argument("--articles", type=int, default=2000, help="articles processed per size")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    minhash_cost = bench_minhash()
    print(
        f"MinHash per article ({minhash_cost['words_per_article']} words): numpy {minhash_cost['numpy_us']} us,"
        f" datasketch {minhash_cost['datasketch_us']} us"
    )
    results = []
    for size in sizes:
        ours = bench_engine(size, args.articles, args.seed)
        theirs = bench_datasketch(size, args.articles, args.seed)
        print(
            f"stored {size:>9,}: engine on SQLite {ours['articles_per_s']:>8,.1f} articles/s"
            f" ({ours['us_per_article']} us each, matches {ours['matches']});"
            f" datasketch MinHashLSH in memory {theirs['articles_per_s']:>8,.1f} articles/s"
        )
        results.append({"stored": size, "engine": ours, "datasketch": theirs})
    flat = None
    if len(results) > 1:
        flat = round(results[-1]["engine"]["us_per_article"] / results[0]["engine"]["us_per_article"], 2)
        print(f"cost per article, largest vs smallest store: {flat}x")
    print(json.dumps({"minhash": minhash_cost, "sizes": results, "cost_ratio_largest_smallest": flat}))


if __name__ == "__main__":
    main()
