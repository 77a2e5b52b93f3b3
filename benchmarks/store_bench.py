"""Store write and lookup rates, beside a plain sqlite3 baseline measured in the same run.

    .venv/bin/python benchmarks/store_bench.py [--articles 20000] [--batch 500] [--mongodb URI]

Writes ``--articles`` realistic article documents through the store interface in
batches (``upsert_articles``), then looks each one up by a URL variant
(``get_article``). The baseline is what the store has to beat for the SQLite
backend: a bare ``executemany`` of ``INSERT OR REPLACE`` rows (url, json) into one
table, and primary-key lookups on it, with the same data, durability settings and
batch size. The MongoDB backend runs against ``--mongodb`` or, when `npm install`
has put it there, the in-memory jongodb server (wire-compatible, not MongoDB: its
figures say nothing about a real server, so it gets a small count).
The last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscrawl.items import Article, Attribution, article_to_doc  # noqa: E402
from newscrawl.store import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
JONGODB = ROOT / "node_modules/@jongodb/memory-server-bin-linux-x64-gnu/bin/jongodb"
WORDS = "pemerintah presiden menteri kota warga banjir harga pasar sekolah rumah sakit jalan laut".split()


def make_docs(count: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    start = datetime(2023, 9, 1, tzinfo=timezone.utc)
    docs = []
    for n in range(count):
        paragraphs = [" ".join(rng.choices(WORDS, k=40)) for _ in range(8)]
        docs.append(
            article_to_doc(
                Article(
                    url=f"https://www.mirror{n % 50}.example/2023/09/{n}/berita-{n}/",
                    site=f"mirror{n % 50}",
                    title=f"Berita nomor {n}",
                    body="\n\n".join(paragraphs),
                    published_at=start + timedelta(minutes=n),
                    authors=["Dewi Lestari"],
                    language="id",
                    tags=["dunia"],
                    attribution=Attribution(publisher="NDTV", agencies=["AFP"]),
                    fetched_at=datetime.now(timezone.utc),
                ).finalize()
            )
        )
    return docs


def bench_store(uri: str, docs: list[dict], batch: int) -> dict:
    store = open_store(uri)
    t0 = time.perf_counter()
    for i in range(0, len(docs), batch):
        store.upsert_articles(docs[i : i + batch])
    store.flush()
    upsert_s = time.perf_counter() - t0
    urls = [d["url"].replace("https://www.", "http://").rstrip("/") for d in docs]
    random.Random(2).shuffle(urls)
    t0 = time.perf_counter()
    found = sum(store.get_article(u) is not None for u in urls)
    lookup_s = time.perf_counter() - t0
    store.close()
    assert found == len(docs), f"only {found} of {len(docs)} found"
    return {"upserts_per_s": len(docs) / upsert_s, "lookups_per_s": len(urls) / lookup_s}


def bench_baseline(path: str, docs: list[dict], batch: int) -> dict:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE articles (url TEXT PRIMARY KEY, doc TEXT NOT NULL)")
    rows = [(d["url"], json.dumps(d, ensure_ascii=False)) for d in docs]
    t0 = time.perf_counter()
    for i in range(0, len(rows), batch):
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?)", rows[i : i + batch])
        db.execute("COMMIT")
    upsert_s = time.perf_counter() - t0
    urls = [d["url"] for d in docs]
    random.Random(2).shuffle(urls)
    t0 = time.perf_counter()
    for url in urls:
        json.loads(db.execute("SELECT doc FROM articles WHERE url = ?", (url,)).fetchone()[0])
    lookup_s = time.perf_counter() - t0
    db.close()
    return {"upserts_per_s": len(docs) / upsert_s, "lookups_per_s": len(urls) / lookup_s}


def start_jongodb() -> tuple[subprocess.Popen, str] | None:
    if not JONGODB.exists():
        return None
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([str(JONGODB), "--host=127.0.0.1", f"--port={port}"], stdout=subprocess.PIPE, text=True)
    proc.stdout.readline()
    return proc, f"mongodb://127.0.0.1:{port}/bench?directConnection=true"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--mongodb", help="MongoDB URI to measure too (default: jongodb when installed)")
    parser.add_argument("--mongodb-articles", type=int, default=1_000)
    args = parser.parse_args()

    docs = make_docs(args.articles)
    results: dict[str, float | int | None] = {"articles": args.articles, "batch": args.batch}
    with tempfile.TemporaryDirectory() as tmp:
        ours = bench_store(f"sqlite:///{tmp}/store.sqlite", docs, args.batch)
        base = bench_baseline(f"{tmp}/baseline.sqlite", docs, args.batch)
    print(f"{'backend':<28}{'upserts/s':>12}{'lookups/s':>12}")
    print(f"{'sqlite (newscrawl store)':<28}{ours['upserts_per_s']:>12,.0f}{ours['lookups_per_s']:>12,.0f}")
    print(f"{'sqlite3 executemany base':<28}{base['upserts_per_s']:>12,.0f}{base['lookups_per_s']:>12,.0f}")
    results.update(
        upserts_per_s=round(ours["upserts_per_s"]),
        lookups_per_s=round(ours["lookups_per_s"]),
        baseline_upserts_per_s=round(base["upserts_per_s"]),
        baseline_lookups_per_s=round(base["lookups_per_s"]),
    )

    server = None
    uri = args.mongodb
    label = "mongodb"
    if not uri:
        server = start_jongodb()
        uri = server[1] if server else None
        label = "jongodb (in-memory, not MongoDB)"
    if uri:
        try:
            mongo = bench_store(uri, docs[: args.mongodb_articles], min(args.batch, args.mongodb_articles))
            print(
                f"{label:<28}{mongo['upserts_per_s']:>12,.0f}{mongo['lookups_per_s']:>12,.0f}"
                f"   ({args.mongodb_articles} articles)"
            )
            results.update(
                mongodb_backend=label,
                mongodb_articles=args.mongodb_articles,
                mongodb_upserts_per_s=round(mongo["upserts_per_s"]),
                mongodb_lookups_per_s=round(mongo["lookups_per_s"]),
            )
        finally:
            if server:
                server[0].terminate()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
