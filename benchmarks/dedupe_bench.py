"""Dedupe speed: cost per article as the store grows, beside datasketch.

For each size N (stored stories), a fresh SQLite store is filled with N
fingerprints (written straight into the fingerprint tables in big transactions,
mostly made in bulk: see ``fill``) and what processing them left beside them (each
one's text claim, story record, copy link and light article record, written by the
store's own methods: see ``_fill_stories``), then M more articles go through
``DedupeEngine.process`` on one core: half new stories, a quarter exact copies,
a quarter truncated copies of stored ones. Their keys wait in the store's tail;
one merge of a tail as large as a crawl merges at that store size is timed apart
and charged per article (``top_up_tail``); reading the key filter when a process
opens the store is printed apart (once per process). ``process()`` is printed in wall
time and in CPU time: on a shared machine the first swings with the other tenants' load
(and includes waiting for the disk), the second much less. Beside it, datasketch's in-memory
MinHashLSH with the same parameters (128 permutations, 32 bands x 4 rows) holds
the same N signatures and inserts + queries the same M articles (MinHash computed
by datasketch from the text). A third line compares only the MinHash step: our
vectorised numpy signature vs datasketch ``MinHash.update_batch``. ``--batch N`` (100 unless
0) also times the same M articles through ``process_batch``, N a transaction (what ``scrapy
dedupe`` does with its input file), on a fresh copy of the same store, printed beside the
one-by-one figure (what the crawl pipeline does: an article a transaction).

    .venv/bin/python benchmarks/dedupe_bench.py                    # 10k and 100k stored, a few minutes
    .venv/bin/python benchmarks/dedupe_bench.py --sizes 10000,100000,1000000   # full run: two 1M fills (~5 min of CPU each), ~17 GB of disk at once
    .venv/bin/python benchmarks/dedupe_bench.py --sizes 1000000 --store-cache /tmp/dedupe-bench   # built once; ~25 GB of disk at once

``--store-cache DIR`` keeps each filled store in DIR and copies it for every run instead
of filling it again (the 1M fill takes most of the full run). A cached store is named by what
it holds (see ``_made_from``): the SQLite schema and layout version, the key runs' layout
constants, the tail sizes, the runs a crawl to its size leaves, the syntax of this file's
fill, and a hash of every row a small probe fill (``PROBE_SIZE``, ~6 s) writes with the code
in hand. So it is reused exactly when its rows would be the same: an edit to the lookup, to
the engine, or to a fingerprint field the bench's articles never fill keeps it; an edit that
changes a stored row names a new one. Delete old ones by hand.

Last line: one JSON object with the per-size figures.
"""

from __future__ import annotations

import argparse
import ast
import functools
import hashlib
import inspect
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from newscrawl.dedupe import DedupeEngine, features, fingerprint  # noqa: E402
from newscrawl.dedupe import minhash as mh  # noqa: E402
from newscrawl.dedupe.engine import new_story_id  # noqa: E402
from newscrawl.dedupe.features import index_keys, to_record  # noqa: E402
from newscrawl.dedupe.story import copy_record, summarize  # noqa: E402
from newscrawl.dedupe.text import words  # noqa: E402
from newscrawl.items import Article, Attribution, article_to_doc, body_hash  # noqa: E402
from newscrawl.store import keyruns, sqlite  # noqa: E402
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


#: Real fingerprints (computed from synthetic articles) among the stored ones: the
#: articles the workload copies. The rest are made in bulk (see ``fill``).
SAMPLE = 1000
_FILL_CHUNK = 50_000


def fill(store: SQLiteStore, size: int, seed: int) -> list[dict]:
    """Store ``size`` fingerprints in bulk; returns the articles the workload copies.

    ``SAMPLE`` of them are real fingerprints of synthetic articles. The others are made
    directly, vectorised: random MinHash signatures with their real band keys, random
    paragraph keys, anchor-pair keys from the same name pool and day buckets real
    articles use (so candidate lookups meet the collisions a grown store has), and a
    real article's fields as their JSON. Keys go into the key runs a crawl storing
    ``size`` fingerprints one by one would leave (``keyruns.crawl_layout``), each written
    sorted in one pass: the state ``size`` processed articles leave, built in minutes
    instead of hours.
    """
    rng = np.random.default_rng(seed)
    db = store._db  # bulk load: the benchmark's set-up, not the code under test
    sample, real = [], {}
    for n, doc in sample_articles(size, rng):
        fp = fingerprint(doc)
        fp.update(story_id=new_story_id(fp["ref"]), match="new", score=1.0, is_copy=False)
        sample.append(doc)
        real[n] = fp
    template = to_record(next(iter(real.values())))[0]
    bodies = {real[n]["ref"]: doc["body"] for n, doc in zip(real, sample, strict=True)}
    records: list[dict] = []
    key_ids: list[np.ndarray] = []
    key_values: list[np.ndarray] = []
    for start in range(0, size, _FILL_CHUNK):
        stop = min(size, start + _FILL_CHUNK)
        count = stop - start
        sigs, bands, paras, anchors = _random_fingerprints(start, count, rng)
        rows = []
        for i in range(count):
            n = start + i
            if n in real:
                fields, sig = to_record(real[n])
                keys = np.array(index_keys(real[n], 3), dtype=np.int64)
            else:
                ref = f"site{n % 50}.example/story-{n}"
                seen = f"2024-{1 + (n // 11200) % 12:02d}-{1 + (n // 400) % 28:02d}T{n % 24:02d}:00:00+00:00"
                fields = dict(template, ref=ref, url="https://" + ref, story_id=new_story_id(ref), site=f"site{n % 50}")
                fields.update(seen=seen, published_at=seen, text_hash=hashlib.sha1(ref.encode()).hexdigest())
                sig = sigs[i].astype("<u4").tobytes()
                keys = np.concatenate([bands[i], paras[i], anchors[i], [features.key64("l:" + ref)]])
            rows.append(
                (n + 1, fields["ref"], fields["story_id"], fields["seen"], sig, json.dumps(fields), keys.tobytes())
            )
            key_values.append(keys)
            key_ids.append(np.full(len(keys), n + 1, dtype=np.int64))
            records.append(fields)
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO fingerprints (id, ref, story_id, seen, sig, doc, keys) VALUES (?,?,?,?,?,?,?)", rows
        )
        db.execute("COMMIT")
        _fill_stories(store, records, bodies)
        records.clear()
    keys_all = np.concatenate(key_values)
    ids_all = np.concatenate(key_ids)  # ascending
    del key_values, key_ids
    first_id = 1
    for fps in keyruns.crawl_layout(size, sqlite.TAIL_MIN, sqlite.TAIL_SHARE)[0]:
        start, stop = np.searchsorted(ids_all, [first_id, first_id + fps])
        keys, ids = keys_all[start:stop], ids_all[start:stop]
        order = np.argsort(keys, kind="stable")  # by key, then id
        db.execute("BEGIN")
        run = db.execute(
            "INSERT INTO key_runs (fps, pairs, blocks, state) VALUES (?, ?, 0, ?)", (fps, keys.size, keyruns.LIVE)
        ).lastrowid
        blocks = keyruns.write_blocks(db, run, 0, 0, keys[order], ids[order])
        db.execute("UPDATE key_runs SET blocks = ? WHERE run = ?", (blocks, run))
        db.execute("COMMIT")
        first_id += fps
    db.execute("BEGIN")
    db.execute("UPDATE dedupe_meta SET value = ? WHERE name = 'indexed_upto'", (size,))  # all in the index
    db.execute("UPDATE dedupe_meta SET value = 1 WHERE name = 'runs_version'")
    db.execute("INSERT OR IGNORE INTO dedupe_meta (name, value) VALUES ('runs_version', 1)")
    db.execute("COMMIT")
    return sample


def _fill_stories(store: SQLiteStore, records: list[dict], bodies: dict[str, str]) -> None:
    """What processing each stored fingerprint left beside it, written by the store's own
    methods: the engine's text claim (``claim_key``), the story record and its copy link
    (``link_copy``, the story summarised by ``story.summarize``), all in one transaction
    (``dedupe_batch``); then the article as the store pipeline stores it (one
    ``upsert_articles`` batch), light as ``DEDUPE_MODE=link`` leaves a copy (body and
    description left out; a crawl stores a story's first copy in full, a size the lookups
    by URL key never read)."""
    with store.dedupe_batch():
        for fields in records:
            if fields.get("text_hash"):
                store.claim_key("text:" + fields["text_hash"], fields["ref"])
            store.link_copy(fields["story_id"], copy_record(fields, "new", 1.0), summarize)
    articles = []
    template = _article_template()
    for fields in records:
        body = bodies.get(fields["ref"])
        article = dict(template, url=fields["url"], canonical_url=fields["url"], site=fields["site"])
        article.update(title=fields["title"], published_at=fields["published_at"], language=fields["language"])
        article.update(
            content_hash=body_hash(body) if body else hashlib.sha1(fields["url"].encode()).hexdigest(),
            word_count=len(body.split()) if body else fields["words"],
            story_id=fields["story_id"],
            match="new",
            match_score=1.0,
        )
        articles.append(article)
    store.upsert_articles(articles)


@functools.cache
def _article_template() -> dict:
    """An article doc as the store pipeline receives it (every ``Article`` field), body left out."""
    fetched = datetime(2024, 6, 1, tzinfo=timezone.utc)
    doc = article_to_doc(Article(url="https://site0.example/story-0", authors=["Nama1"], attribution=Attribution()))
    doc.update(fetched_at=fetched.isoformat(), section="berita", tags=["nasional"], body=None, description=None)
    doc["image_url"] = "https://site0.example/img/story-0.jpg"
    return doc


def sample_articles(size: int, rng: np.random.Generator) -> list[tuple[int, dict]]:
    """The ``SAMPLE`` real articles among ``size`` stored ones, drawn first from ``rng``."""
    every = max(1, size // SAMPLE)
    return [(n, synthetic_article(n, rng)) for n in range(0, size, every)]


def filled_store(path: Path, size: int, seed: int, cache: Path | None) -> tuple[SQLiteStore, list[dict]]:
    """A store at ``path`` holding ``size`` fingerprints (see ``fill``), copied from ``cache``
    when a store made the same way is there; the articles the workload copies."""
    if cache is None:
        store = SQLiteStore(str(path))
        return store, fill(store, size, seed)
    cached = cache / _cache_name(size, seed)
    if not cached.exists():
        cache.mkdir(parents=True, exist_ok=True)
        building = cached.with_suffix(".building")
        building.unlink(missing_ok=True)
        store = SQLiteStore(str(building))
        fill(store, size, seed)
        store.close()
        db = sqlite3.connect(building)  # one self-contained file: no WAL beside it
        db.execute("PRAGMA journal_mode=DELETE")
        db.close()
        building.rename(cached)
    shutil.copyfile(cached, path)
    sample = [doc for _, doc in sample_articles(size, np.random.default_rng(seed))]
    return SQLiteStore(str(path)), sample


#: Stored stories of the probe fill whose rows name a cached store (see ``_made_from``): the
#: ``SAMPLE`` real fingerprints, bulk ones beside them, and more than one key run.
PROBE_SIZE = 5_000
_PROBE_SEED = 1


@functools.cache
def _made_from() -> str:
    """Hash of what a filled store holds, made once, when ``main`` starts (the modules are
    loaded then, so an edit during a run changes nothing). A cached store is reused exactly
    when its rows would be the same, whatever else changed in the code: the hash covers the
    SQLite schema and layout version, the key runs' layout constants and the tail sizes, the
    syntax of this file's fill (which a probe of ``PROBE_SIZE`` might not follow to 1M: its
    chunks), and every row, of every table, that a probe fill by the same code writes
    (``fill`` of ``PROBE_SIZE`` stories: the same ``SAMPLE`` article texts as any size,
    fingerprinted, their story records, claims, copy links and light articles, the bulk
    fingerprints and the key runs' blocks, filters and fences). ``_cache_name`` adds the
    runs a crawl leaves at the store's size."""
    here = (synthetic_article, sample_articles, fill, _fill_stories, _article_template, _random_fingerprints)
    here += (_anchor_keys, _band_keys, _cache_name)
    made = hashlib.sha1()
    for function in here:
        made.update(_syntax(function).encode())
    constants = (sqlite.LAYOUT_VERSION, sqlite.TAIL_MIN, sqlite.TAIL_SHARE, sqlite.TIER_BASE, SAMPLE, PROBE_SIZE)
    constants += (keyruns.BLOCK, keyruns.BITS_PER_PAIR, keyruns.FANIN, keyruns.LAYOUT)
    made.update((sqlite._SCHEMA + repr(constants)).encode())
    made.update(_probe_rows_hash().encode())
    return made.hexdigest()[:10]


def _syntax(function) -> str:
    """A function's syntax tree without its docstring: a reformatting, a comment or a
    docstring's edit keeps a cached store."""
    (tree,) = ast.parse(textwrap.dedent(inspect.getsource(function))).body
    body = tree.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        tree.body = body[1:]
    tree.name = ""  # the callers name it
    return ast.dump(tree)


def _probe_rows_hash(size: int = PROBE_SIZE, seed: int = _PROBE_SEED) -> str:
    """Hash of every row a fill of ``size`` stories writes, table by table (rows in order,
    whatever order SQLite returns them in), with the store's ``user_version`` and schema."""
    with tempfile.TemporaryDirectory(prefix="dedupe-bench-probe-") as tmp:
        store = SQLiteStore(str(Path(tmp) / "probe.sqlite"))
        try:
            fill(store, size, seed)
            return _rows_hash(store._db)
        finally:
            store.close()


def _rows_hash(db: sqlite3.Connection) -> str:
    made = hashlib.sha1()
    made.update(repr(db.execute("PRAGMA user_version").fetchone()).encode())
    tables = db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name").fetchall()
    for name, sql in tables:
        made.update(f"{name}\n{sql}\n".encode())
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        if name.startswith("sqlite_"):
            continue
        for row in sorted(repr(row) for row in db.execute(f'SELECT * FROM "{name}"')):
            made.update(row.encode())
        made.update(b"\0")
    return made.hexdigest()


def _cache_name(size: int, seed: int) -> str:
    """A cached store's file name: its size and seed, the runs a crawl to ``size`` leaves
    (``keyruns.crawl_layout``, the layout ``fill`` writes) and ``_made_from``."""
    layout = keyruns.crawl_layout(size, sqlite.TAIL_MIN, sqlite.TAIL_SHARE)[0]
    made = hashlib.sha1(f"{_made_from()} {layout}".encode()).hexdigest()[:10]
    return f"dedupe-bench-{size}-{seed}-{made}.sqlite"


def _random_fingerprints(
    start: int, count: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Signatures, their band keys, paragraph keys and anchor keys of ``count`` stored stories."""
    sigs = rng.integers(0, 2**32, size=(count, mh.NUM_PERM), dtype=np.uint64)
    paras = rng.integers(-(2**63), 2**63 - 1, size=(count, 8), dtype=np.int64)
    return sigs, _band_keys(sigs), paras, _anchor_keys(start, count, rng)


def _band_keys(sigs: np.ndarray) -> np.ndarray:
    """``minhash.band_keys`` for many signatures at once."""
    bands = sigs.reshape(len(sigs), mh.BANDS, mh.ROWS)
    with np.errstate(over="ignore"):
        folded = (bands * mh._BAND_MULT).sum(axis=2) + np.arange(mh.BANDS, dtype=np.uint64) * np.uint64(0x100000001B3)
    return folded.view(np.int64)


def _anchor_keys(start: int, count: int, rng: np.random.Generator) -> np.ndarray:
    """28 anchor-pair keys per article, as ``features`` makes them: 4 numbers, 4 names from NAMES."""
    out = rng.integers(-(2**63), 2**63 - 1, size=(count, 28), dtype=np.int64)  # pairs with a number
    names = rng.integers(0, len(NAMES), size=(count, 4))
    for i in range(count):
        bucket = ((start + i) // 400) % 28 // 6  # features._bucket_days(3)
        out[i, :6] = features.anchor_pair_keys([NAMES[j].lower() for j in names[i]], bucket)
    return out


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


def bench_engine(size: int, count: int, seed: int, cache: Path | None = None, batch: int = 100) -> dict:
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)  # the scratch store is made in it
    with tempfile.TemporaryDirectory(prefix="dedupe-bench-", dir=cache) as tmp:
        started = time.perf_counter()
        store, sample = filled_store(Path(tmp) / "bench.sqlite", size, seed, cache)
        fill_s = time.perf_counter() - started
        docs = workload(size, count, sample, seed)
        engine = DedupeEngine(store)
        # Once per process: the key runs' fences and filters are read (at 1M stories, ~152 MB).
        started = time.perf_counter()
        store.find_fingerprints([])
        open_s = time.perf_counter() - started
        # Once per process too: the compiled lookup loaded (numba; ``keyruns.load_compiled``),
        # apart from the pack below, which a process does again each time the runs change.
        started = time.perf_counter()
        lookup = "numba" if keyruns.load_compiled() is not None else "numpy"
        lookup_s = time.perf_counter() - started
        # The first lookup packs the live runs for lookups (``keyruns.RunSet``: at 1M stories
        # ~0.1 s, the 147 MB of block filters copied into one array). A process does it again
        # each time the runs change (a tail written as a run, a merge ended): timed apart and
        # charged per article at one pack per tail a crawl writes, not to the first of the
        # articles timed below.
        started = time.perf_counter()
        store.find_fingerprints([0])
        pack_s = time.perf_counter() - started
        # New keys wait in their rows (the tail) until the tail is written as a key run.
        # That write is timed on its own, at the tail size a crawl writes at for this store
        # size (sqlite.TAIL_MIN or TAIL_SHARE of the store), and charged per fingerprint
        # (all its key ranges in one transaction: a crawl writes one in each of the next
        # articles' transactions, which it commits anyway); so is a merge of runs (below).
        # The fingerprint (pure, computed before process() holds the store) timed apart, so the
        # store path's share of process() shows: process() computes it again below. The first
        # call, which loads the compiled MinHash when numba is installed (once a process), apart.
        started = time.perf_counter()
        fingerprint(docs[0])
        first_s = time.perf_counter() - started
        # Once per process too: what the engine's first verdicts load (``warm_up``), apart.
        started = time.process_time()
        warm_up(seed)
        warm_cpu = time.process_time() - started
        cpu_started = time.process_time()
        for doc in docs:
            fingerprint(doc)
        fingerprint_cpu = time.process_time() - cpu_started
        matches, elapsed, cpu, waits = timed_pass(engine, docs, 1)
        if batch > 1:
            # The same articles through ``process_batch`` (what ``scrapy dedupe`` does), on a
            # fresh copy of the same store, opened and packed the same way.
            batched_store = filled_store(Path(tmp) / "batched.sqlite", size, seed, cache)[0]
            batched_store.find_fingerprints([])
            batched_store.find_fingerprints([0])
            batched_matches, batched_elapsed, batched_cpu, batched_waits = timed_pass(
                DedupeEngine(batched_store), docs, batch
            )
            batched_store.close()
            Path(tmp, "batched.sqlite").unlink()
            assert batched_matches == matches, (batched_matches, matches)
        tail = top_up_tail(store, size, seed)
        started = time.perf_counter()
        merged = store.merge_key_tail()
        merge_s = time.perf_counter() - started
        # Runs are merged by size tier: over a crawl to ``size``, each fingerprint's keys are
        # rewritten ``rewritten / size`` times (counted by the same rules). One merge of the
        # FANIN newest runs (the new one among them), to the last deleted block, is timed and
        # charged that many times per fingerprint.
        rewritten = keyruns.crawl_layout(size, sqlite.TAIL_MIN, sqlite.TAIL_SHARE)[1] / size
        newest = [
            r for (r,) in store._db.execute("SELECT run FROM key_runs ORDER BY run DESC LIMIT ?", (keyruns.FANIN,))
        ]
        runs_fps = store._db.execute(
            f"SELECT SUM(fps) FROM key_runs WHERE run IN ({','.join('?' * len(newest))})", newest
        ).fetchone()[0]
        started = time.perf_counter()
        store.compact_key_runs(newest)
        runs_merge_s = time.perf_counter() - started
        store.close()
    merge_us = merge_s / merged * 1e6
    runs_merge_us = runs_merge_s / runs_fps * 1e6 * rewritten
    pack_us = pack_s / tail * 1e6
    indexing_us = merge_us + runs_merge_us + pack_us  # each article stores one fingerprint
    per_article = elapsed / count * 1e6 + indexing_us
    batched = {"batch": None, "articles_per_s": None}
    if batch > 1:
        batched_per_article = batched_elapsed / count * 1e6 + indexing_us
        batched = {
            "batch": batch,
            "articles_per_s": round(1e6 / batched_per_article, 1),
            "us_per_article": round(batched_per_article, 1),
            "process_us_per_article": round(batched_elapsed / count * 1e6, 1),
            "process_cpu_us_per_article": round(batched_cpu / count * 1e6, 1),
            "waits_per_article": batched_waits,
        }
    return {
        "stored": size,
        "articles": count,
        "articles_per_s": round(1e6 / per_article, 1),
        "us_per_article": round(per_article, 1),
        "batched": batched,
        "process_us_per_article": round(elapsed / count * 1e6, 1),
        "process_cpu_us_per_article": round(cpu / count * 1e6, 1),
        "waits_per_article": waits,
        "fingerprint_cpu_us_per_article": round(fingerprint_cpu / count * 1e6, 1),
        "merge_us_per_article": round(merge_us + runs_merge_us, 1),
        "tail_run_us_per_article": round(merge_us, 1),
        "runs_merge_us_per_article": round(runs_merge_us, 1),
        "runs_pack_us_per_article": round(pack_us, 1),
        "runs_pack_s": round(pack_s, 3),
        "merged_tail": tail,
        "merge_s": round(merge_s, 2),
        "runs_merge_s": round(runs_merge_s, 2),
        "runs_merge_fps": runs_fps,
        "rewrites_per_fingerprint": round(rewritten, 2),
        "open_s": round(open_s, 2),
        "first_fingerprint_s": round(first_s, 2),
        "warm_up_cpu_s": round(warm_cpu, 2),
        "lookup": lookup,
        "first_lookup_s": round(lookup_s, 2),
        "minhash": "numba" if mh._kernel is not None else "numpy",
        "fill_s": round(fill_s, 1),
        "matches": matches,
    }


def warm_up(seed: int) -> None:
    """A story, its exact copy and a copy cut short, through an engine on a throwaway store in
    memory: what a process loads once at its first verdicts (the evidence's data, such as
    Babel's locale names for peoples' names, ~0.1-0.3 s) is not charged to the timed
    articles, as the first fingerprint and the compiled lookup are not. The store under
    test is not touched; the articles are not the workload's."""
    doc = synthetic_article(10**9, np.random.default_rng(seed + 3))
    cut = "\n\n".join(doc["body"].split("\n\n")[:4])
    store = SQLiteStore(":memory:")
    try:
        engine = DedupeEngine(store)
        for i, body in enumerate((doc["body"], doc["body"], cut)):
            engine.process(dict(doc, url=f"https://warm{i}.example/story", body=body))
    finally:
        store.close()


def timed_pass(engine: DedupeEngine, docs: list[dict], batch: int) -> tuple[dict[str, int], float, float, dict]:
    """Matches, wall and CPU seconds of ``docs`` through the engine, one by one (``batch`` 1,
    ``process``) or ``batch`` at a time (``process_batch``), with the tail kept (its write
    as a run is timed apart); and where the wall time beyond the CPU time went (``waits``)."""
    tail_min, sqlite.TAIL_MIN = sqlite.TAIL_MIN, 10**12
    matches: dict[str, int] = {}
    before = _waits()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        if batch == 1:
            verdicts = [engine.process(doc) for doc in docs]
        else:
            verdicts = [v for i in range(0, len(docs), batch) for v in engine.process_batch(docs[i : i + batch])]
    finally:
        sqlite.TAIL_MIN = tail_min
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    after = _waits()
    waits = {name: round((after[name] - before[name]) / len(docs), 1) for name in after if name in before}
    for verdict in verdicts:
        matches[verdict.match] = matches.get(verdict.match, 0) + 1
    return matches, elapsed, cpu, waits


def _waited(waits: dict[str, float]) -> str:
    if "core_wait_us" not in waits:
        return ""
    return f"; {waits['core_wait_us']} us waiting for a core, {waits['disk_read_bytes']:.0f} bytes read from disk"


def _waits() -> dict[str, float]:
    """Linux: microseconds this process has waited runnable for a core (``schedstat``), and
    bytes it read from the disk (not the page cache: ``io``); {} elsewhere. On a shared
    machine the first is most of what wall time adds to CPU time."""
    found: dict[str, float] = {}
    try:
        with open("/proc/self/schedstat") as stats:
            found["core_wait_us"] = int(stats.read().split()[1]) / 1e3
        with open("/proc/self/io") as io:
            fields = dict(line.split(": ") for line in io.read().splitlines())
        found["disk_read_bytes"] = int(fields["read_bytes"])
    except (OSError, ValueError, KeyError, IndexError):
        pass
    return found


def top_up_tail(store: SQLiteStore, size: int, seed: int) -> int:
    """Bulk fingerprints (made as ``fill`` makes them) added to the tail until it holds as
    many as a crawl merges at this store size; returns the tail's size."""
    db = store._db
    upto = db.execute("SELECT value FROM dedupe_meta WHERE name = 'indexed_upto'").fetchone()[0]
    last, template = db.execute("SELECT id, doc FROM fingerprints ORDER BY id DESC LIMIT 1").fetchone()
    target = int(max(sqlite.TAIL_MIN, sqlite.TAIL_SHARE * upto))
    missing = target - (last - upto)
    if missing > 0:
        rng = np.random.default_rng(seed + 2)
        sigs, bands, paras, anchors = _random_fingerprints(size, missing, rng)
        rows = []
        for i in range(missing):
            ref = f"tail.example/{seed}/story-{i}"
            fields = dict(json.loads(template), ref=ref, url="https://" + ref, story_id=new_story_id(ref))
            keys = np.concatenate([bands[i], paras[i], anchors[i], [features.key64("l:" + ref)]])
            sig = sigs[i].astype("<u4").tobytes()
            rows.append((ref, fields["story_id"], fields.get("seen"), sig, json.dumps(fields), keys.tobytes()))
        db.execute("BEGIN")
        db.executemany("INSERT INTO fingerprints (ref, story_id, seen, sig, doc, keys) VALUES (?,?,?,?,?,?)", rows)
        db.execute("COMMIT")
    return max(target, last - upto)


def bench_datasketch(size: int, count: int, seed: int) -> dict:
    from datasketch import MinHash, MinHashLSH

    rng = np.random.default_rng(seed)
    lsh = MinHashLSH(num_perm=mh.NUM_PERM, params=(mh.BANDS, mh.ROWS))
    SCHEME = MinHash(num_perm=mh.NUM_PERM).scheme  # noqa: N806 - stored signatures join the same LSH
    every = max(1, size // SAMPLE)
    sample = []
    for n in range(0, size, every):  # the same articles the engine's store holds for real
        doc = synthetic_article(n, rng)
        sample.append(doc)
        sig = mh.signature(mh.shingle_hashes(words(doc["body"])))
        lsh.insert(doc["url"], MinHash(num_perm=mh.NUM_PERM, hashvalues=sig.astype(np.uint64), scheme=SCHEME))
    for start in range(0, size, _FILL_CHUNK):  # and random signatures for the rest, as in ``fill``
        sigs = rng.integers(0, 2**32, size=(min(_FILL_CHUNK, size - start), mh.NUM_PERM), dtype=np.uint64)
        for i, sig in enumerate(sigs):
            if (start + i) % every:
                lsh.insert(f"bulk/{start + i}", MinHash(num_perm=mh.NUM_PERM, hashvalues=sig, scheme=SCHEME))
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
    parser.add_argument("--sizes", default="10000,100000", help="stored stories, comma-separated")
    parser.add_argument("--articles", type=int, default=2000, help="articles processed per size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store-cache", type=Path, help="keep filled stores here and reuse them")
    parser.add_argument("--skip-datasketch", action="store_true", help="time only our engine")
    parser.add_argument(
        "--batch", type=int, default=100, help="also time process_batch, this many articles a transaction (0: skip)"
    )
    args = parser.parse_args()
    assert sqlite.TIER_BASE == sqlite.TAIL_MIN  # keyruns.crawl_layout counts tiers from the smallest tail
    _made_from()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    minhash_cost = bench_minhash()
    print(
        f"MinHash per article ({minhash_cost['words_per_article']} words): numpy {minhash_cost['numpy_us']} us,"
        f" datasketch {minhash_cost['datasketch_us']} us"
    )
    results = []
    for size in sizes:
        ours = bench_engine(size, args.articles, args.seed, args.store_cache, args.batch)
        # null in the JSON line when skipped (NaN is not JSON)
        theirs = {"articles_per_s": None} if args.skip_datasketch else bench_datasketch(size, args.articles, args.seed)
        datasketch = "skipped" if theirs["articles_per_s"] is None else f"{theirs['articles_per_s']:>8,.1f} articles/s"
        print(
            f"stored {size:>9,}: engine on SQLite {ours['articles_per_s']:>8,.1f} articles/s"
            f" ({ours['us_per_article']} us each: {ours['process_us_per_article']} in process()"
            f" ({ours['process_cpu_us_per_article']} CPU, of which fingerprint() {ours['fingerprint_cpu_us_per_article']}"
            f"{_waited(ours['waits_per_article'])}), {ours['merge_us_per_article']} indexing keys: {ours['tail_run_us_per_article']} writing the tail as a run"
            f" ({ours['merged_tail']:,} fingerprints, {ours['merge_s']} s) + {ours['runs_merge_us_per_article']} merging"
            f" runs ({ours['rewrites_per_fingerprint']} rewrites a fingerprint; a merge of {ours['runs_merge_fps']:,}"
            f" fingerprints took {ours['runs_merge_s']} s); {ours['open_s']} s to open; MinHash with {ours['minhash']}, first fingerprint {ours['first_fingerprint_s']} s; first verdicts' loads {ours['warm_up_cpu_s']} s of CPU; lookups with {ours['lookup']}, loaded in {ours['first_lookup_s']} s; matches {ours['matches']});"
            f" datasketch MinHashLSH in memory {datasketch}"
        )
        if ours["batched"]["batch"]:
            b = ours["batched"]
            print(
                f"stored {size:>9,}: engine on SQLite, {b['batch']} articles a transaction (process_batch, as"
                f" `scrapy dedupe` runs): {b['articles_per_s']:>8,.1f} articles/s ({b['us_per_article']} us each:"
                f" {b['process_us_per_article']} in process_batch() ({b['process_cpu_us_per_article']} CPU"
                f"{_waited(b['waits_per_article'])}),"
                f" the same indexing)"
            )
        results.append({"stored": size, "engine": ours, "datasketch": theirs})
    flat = None
    if len(results) > 1:
        flat = round(results[-1]["engine"]["us_per_article"] / results[0]["engine"]["us_per_article"], 2)
        print(f"cost per article, largest vs smallest store: {flat}x")
    print(json.dumps({"minhash": minhash_cost, "sizes": results, "cost_ratio_largest_smallest": flat}, allow_nan=False))


if __name__ == "__main__":
    main()
