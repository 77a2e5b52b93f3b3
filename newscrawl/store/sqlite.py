"""Embedded store on stdlib sqlite3: the zero-configuration default.

WAL journal, ``synchronous=NORMAL`` and a busy timeout make it safe for several
crawler processes on one machine: each write batch is one ``BEGIN IMMEDIATE``
transaction, so a batch is all there or not there after a SIGKILL. Documents are
kept as JSON beside the indexed columns that lookups use.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from newscrawl.store import keyruns
from newscrawl.store.base import (
    FoldRow,
    LazyCopies,
    Store,
    StoreConfigError,
    StoreError,
    StoreUnavailable,
    WriteResult,
    cached_url_key,
    fold_pairs,
    fold_targets,
    folded_article,
    folded_copy,
    mapping_errors,
    prepare_article,
)
from newscrawl.store.keyruns import KEY_END, KEY_MIN, RunView

logger = logging.getLogger(__name__)

#: Seconds a writer waits for another process's transaction before failing.
BUSY_TIMEOUT_S = 30.0
#: SQLite's limit on host parameters is 32766 since 3.32; stay well below it.
_IN_CHUNK = 900
#: WAL pages between checkpoints. Each checkpoint writes the changed pages back and
#: syncs the file; dedupe rewrites the same hot pages (stories, copy links, the newest
#: fingerprints) article after article, so a longer WAL (~40 MB) writes each page back
#: once instead of every ~12 articles: 2.8 ms -> 2.0 ms per article at 10k stories.
WAL_CHECKPOINT_PAGES = 10_000
#: ``PRAGMA secure_delete`` of every connection (see ``SQLiteStore.__init__``).
SECURE_DELETE = "FAST"
#: Fingerprints whose keys wait in their own row (the "tail", which every process reads
#: into memory) before they are written as one sorted run of the key index (see
#: ``keyruns``): at least this many, and at least ``TAIL_SHARE`` of the fingerprints
#: already indexed. A row is one appended page write where ~70 index inserts dirty ~70
#: random pages; a run is written in one pass of new pages, and runs are merged by size
#: tier, so the cost per article stays flat as the store grows.
TAIL_MIN = 2_000
TAIL_SHARE = 0.01
#: Fingerprints of a tier-0 run (``keyruns.tier``): a run written at the smallest tail.
TIER_BASE = 2_000
#: Fingerprints whose keys a process holds in a dict before they become a sorted run of
#: its in-memory tail (see ``KeyTail``).
TAIL_RUN = 2048
_KEY_MIN, _KEY_END = KEY_MIN, KEY_END
#: Bytes of a store file past which it is read at random, unmapped (``SQLiteStore._set_reads``):
#: past 8 times the page cache a connection holds (128 MB), a lookup wants a few scattered pages.
#: Chosen between the bench's 10k-story store (87 MB: mapped, faster read cold) and its
#: 1M-story one (8.7 GB: random, faster read cold); the sizes between were not measured.
RANDOM_READS_FROM = 1 << 30
#: Bits of the legacy key filter per key of ``fingerprint_keys`` (the B-tree index of stores
#: made before key runs, and the one a re-cluster writes), at least, when it is built
#: (rounded up to a power of two). With 3 hashes a key not in the index is probed anyway
#: 3 % of the time at 8 bits a key: only a wasted probe, never a missed candidate.
FILTER_BITS_PER_KEY = 8

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url_key TEXT PRIMARY KEY,
    canonical_key TEXT,
    site TEXT,
    published_at TEXT,
    content_hash TEXT,
    story_id TEXT,
    doc_hash TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_canonical ON articles(canonical_key);
CREATE INDEX IF NOT EXISTS articles_site_published ON articles(site, published_at);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_at);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE TABLE IF NOT EXISTS url_aliases (alias_key TEXT PRIMARY KEY, url_key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stories (
    story_id TEXT PRIMARY KEY,
    first_seen TEXT,
    last_seen TEXT,
    doc TEXT NOT NULL,
    first_key TEXT,
    first_copy TEXT,
    summary TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_copies (
    story_id TEXT NOT NULL,
    url_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (story_id, url_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fingerprints (
    id INTEGER PRIMARY KEY,
    ref TEXT UNIQUE NOT NULL,
    story_id TEXT,
    seen TEXT,
    sig BLOB NOT NULL,
    doc TEXT NOT NULL,
    keys BLOB
);
CREATE TABLE IF NOT EXISTS dedupe_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dedupe_filter (id INTEGER PRIMARY KEY CHECK (id = 1), bits BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS fingerprint_keys (
    key INTEGER NOT NULL,
    id INTEGER NOT NULL,
    PRIMARY KEY (key, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS key_runs (
    run INTEGER PRIMARY KEY AUTOINCREMENT,
    fps INTEGER NOT NULL,
    pairs INTEGER NOT NULL,
    blocks INTEGER NOT NULL,
    state INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS key_run_parts (
    run INTEGER NOT NULL,
    part INTEGER NOT NULL,
    fences BLOB NOT NULL,
    bits BLOB NOT NULL,
    PRIMARY KEY (run, part)
);
CREATE TABLE IF NOT EXISTS key_blocks (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS story_aliases (story_id TEXT PRIMARY KEY, merged_into TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS crawl_state (site TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (run_id TEXT PRIMARY KEY, started_at TEXT, doc TEXT NOT NULL);
"""

_ARTICLE_COLUMNS = ("content_hash", "story_id", "site", "canonical_key", "url_key")

#: A fingerprint row's story as it is now (``fingerprints AS f``): the stored id, or the story
#: it was folded into (``merge_stories`` records the fold in ``story_aliases``, one hop, and
#: leaves the fingerprint rows as they are).
_FP_STORY = "COALESCE((SELECT merged_into FROM story_aliases WHERE story_id = f.story_id), f.story_id)"
#: Indexes of older stores that no reader needs, dropped on open (each was one more random
#: B-tree leaf read and written for every fingerprint or story stored).
_DROPPED_INDEXES = ("fingerprints_story", "stories_first_seen")
#: A story's first copy is kept in its ``stories`` row (``first_key``, ``first_copy``), the
#: rest in ``story_copies`` (``seq`` from 1): a new story with one copy, the commonest write,
#: writes one row instead of two (fewer WAL frames, one random leaf less at 1M stories).
#: Stories stored before hold every copy in ``story_copies`` (``first_copy`` NULL) and are
#: read as they are; the copies are listed the same either way.
_FIRST_COPY_COLUMNS = ("first_key", "first_copy")
#: A story's summary state (``summarize.state``, JSON) beside its record, kept up copy by copy
#: when a copy is linked; NULL when another write rewrote the record from its copies (a merge,
#: a move, a fold): the next link reads the copies once and keeps it again.
_SUMMARY_COLUMN = "summary"
#: The store's layout (``PRAGMA user_version``): 1, first copies in the ``stories`` row; 2, the
#: summary state beside the record (a version 1 process would rewrite records and leave the
#: state stale). Set on open; a store with a higher one was written by a newer version whose
#: rows this one would misread (as versions before 1, which do not check, misread first
#: copies): refused.
LAYOUT_VERSION = 2


#: JSON of the dedupe records (fingerprints, copies, stories): compact and without the
#: circular-reference check (plain dicts made here), ~20 % cheaper than ``json.dumps``;
#: any JSON reads back the same, so older stores' rows need no rewrite.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


_STORY_INSERT = (
    "INSERT INTO stories (story_id, first_seen, last_seen, doc, first_key, first_copy, summary)"
    " VALUES (?,?,?,?,?,?,?) ON CONFLICT(story_id) DO "
)
_STORY_UPSERT = _STORY_INSERT + (
    "UPDATE SET first_seen=excluded.first_seen, last_seen=excluded.last_seen, doc=excluded.doc,"
    " summary=excluded.summary"
)
_NEW_STORY = _STORY_INSERT + "NOTHING"


def _chunks(items: Sequence[Any], size: int = _IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _read_error(store: SQLiteStore, exc: Exception) -> StoreError | None:
    """The sqlite3 error of a read (a lock held past ``BUSY_TIMEOUT_S``, a corrupt page, a
    disk I/O error) as :class:`StoreUnavailable` with one line, as writes do."""
    if isinstance(exc, sqlite3.Error):
        return StoreUnavailable(f"cannot read {store.display_uri}: {exc}")
    return None


_reading = mapping_errors(_read_error)


class KeyFilter:
    """A Bloom filter over the keys in the B-tree index ``fingerprint_keys`` (of stores made
    before key runs, and of a re-cluster; 3 bits a key): a lookup probes the B-tree only for
    keys the filter does not rule out. Most keys of a new article are in no other
    fingerprint, and at 1M stories each probe is a B-tree descent (~10 us) through pages
    that no longer fit in the cache."""

    __slots__ = ("bits", "shift")
    _MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)

    def __init__(self, bits: np.ndarray) -> None:
        self.bits = bits
        self.shift = np.uint64(64 - (bits.size * 8).bit_length() + 1)

    @classmethod
    def sized_for(cls, keys: int) -> KeyFilter:
        nbits = max(1 << 20, 1 << (FILTER_BITS_PER_KEY * max(1, keys) - 1).bit_length())
        return cls(np.zeros(nbits // 8, dtype=np.uint8))

    def _positions(self, keys: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return (keys.astype(np.int64).view(np.uint64).reshape(-1, 1) * self._MULT) >> self.shift

    def add(self, keys: np.ndarray) -> None:
        positions = self._positions(keys).ravel()
        masks = np.left_shift(1, positions & np.uint64(7)).astype(np.uint8)
        np.bitwise_or.at(self.bits, positions >> np.uint64(3), masks)

    def might_hold(self, keys: np.ndarray) -> np.ndarray:
        positions = self._positions(keys)
        return ((self.bits[positions >> np.uint64(3)] >> (positions & np.uint64(7))) & 1).all(axis=1)


class KeyTail:
    """The keys of the fingerprints not yet written to a key run, as each process holds
    them: the newest ``TAIL_RUN`` fingerprints' keys in a dict, older ones in runs of
    (key, id) pairs sorted by key, two runs merged when the older is at most twice the newer
    (a binary counter: few runs, each pair re-sorted a few times). A pair costs 16 bytes in
    a run where a dict entry costs ~150: the tail of a 1M-story store (10,000 fingerprints,
    ~700,000 pairs) takes ~11 MB in each process instead of ~100 MB."""

    __slots__ = ("runs", "recent", "pending", "read_upto")

    def __init__(self, read_upto: int) -> None:
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []
        self.recent: dict[int, int | list[int]] = {}
        self.pending: list[tuple[int, np.ndarray]] = []  # the fingerprints in ``recent``
        self.read_upto = read_upto
        """The last fingerprint id read into the tail."""

    def add(self, fid: int, blob: bytes) -> None:
        keys = np.frombuffer(blob, dtype=np.int64)
        self.pending.append((fid, keys))
        recent = self.recent
        listed = keys.tolist()
        # A key held by one fingerprint maps to its id, by several to their list; most keys
        # are new, so they go in by C loops (a loop in Python was ~25-60 us an article).
        shared = {key: recent[key] for key in recent.keys() & listed}
        recent.update(dict.fromkeys(listed, fid))
        for key, ids in shared.items():
            recent[key] = [*ids, fid] if type(ids) is list else [ids, fid]
        self.read_upto = fid
        if len(self.pending) >= TAIL_RUN:
            self.seal()

    def seal(self) -> None:
        """The dict's fingerprints become one sorted run."""
        if not self.pending:
            return
        keys = np.concatenate([k for _, k in self.pending])
        ids = np.repeat(np.array([f for f, _ in self.pending], dtype=np.int64), [k.size for _, k in self.pending])
        self.pending, self.recent = [], {}
        order = np.argsort(keys, kind="stable")
        self.runs.append((keys[order], ids[order]))
        while len(self.runs) > 1 and self.runs[-2][0].size <= 2 * self.runs[-1][0].size:
            newer, older = self.runs.pop(), self.runs.pop()
            keys, ids = np.concatenate((older[0], newer[0])), np.concatenate((older[1], newer[1]))
            order = np.argsort(keys, kind="stable")
            self.runs.append((keys[order], ids[order]))

    def hits(self, wanted: list[int], wanted_array: np.ndarray) -> list[tuple[int, int]]:
        """Every (key, id) pair whose key is wanted."""
        found: list[tuple[int, int]] = []
        for keys, ids in self.runs:
            lo = np.searchsorted(keys, wanted_array, "left")
            hi = np.searchsorted(keys, wanted_array, "right")
            held = hi > lo
            if not held.any():
                continue
            counts = (hi - lo)[held]
            # the positions lo..hi-1 of every held key, in one gather
            positions = np.arange(counts.sum()) + np.repeat(lo[held] - (np.cumsum(counts) - counts), counts)
            found.extend(zip(np.repeat(wanted_array[held], counts).tolist(), ids[positions].tolist(), strict=True))
        recent = self.recent
        # The few wanted keys the dict holds, picked in C (a loop over every wanted key, most
        # of them not held, was ~15 us an article).
        for key in recent.keys() & wanted:
            ids_ = recent[key]
            if type(ids_) is list:
                found.extend((key, fid) for fid in ids_)
            else:
                found.append((key, ids_))
        return found

    def pairs(self, after: int, upto: int, key_from: int, key_to: int) -> tuple[np.ndarray, np.ndarray]:
        """(keys, ids) of the pairs of fingerprints ``after < id <= upto`` whose keys lie in
        ``[key_from, key_to)``, in key order."""
        keys_found, ids_found = [], []
        for keys, ids in self.runs:
            start = np.searchsorted(keys, key_from, "left") if key_from > _KEY_MIN else 0
            stop = np.searchsorted(keys, key_to, "left") if key_to < _KEY_END else keys.size
            keys_found.append(keys[start:stop])
            ids_found.append(ids[start:stop])
        for fid, keys in self.pending:
            if after < fid <= upto:
                keys_found.append(keys)
                ids_found.append(np.full(keys.size, fid, dtype=np.int64))
        if not keys_found:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        keys, ids = np.concatenate(keys_found), np.concatenate(ids_found)
        wanted = (ids > after) & (ids <= upto) & (keys >= key_from)
        if key_to < _KEY_END:
            wanted &= keys < key_to
        keys, ids = keys[wanted], ids[wanted]
        order = np.lexsort((ids, keys))
        return keys[order], ids[order]

    def drop_upto(self, upto: int) -> np.ndarray:
        """Forget the pairs of fingerprints ``id <= upto`` (written to a run by another process);
        returns their keys."""
        dropped = []
        runs = []
        for keys, ids in self.runs:
            kept = ids > upto
            dropped.append(keys[~kept])
            if kept.any():
                runs.append((keys[kept], ids[kept]))
        self.runs = runs
        pending = self.pending
        self.pending, self.recent = [], {}
        for fid, keys in pending:
            if fid <= upto:
                dropped.append(keys)
            else:
                self.add(fid, keys.tobytes())
        self.read_upto = max(self.read_upto, upto)
        return np.concatenate(dropped) if dropped else np.empty(0, dtype=np.int64)


def _advise_random(path: str) -> None:
    """Tell the kernel that this process reads the store's file at random (Linux: each of
    its descriptors of the file, found in ``/proc/self/fd``, gets ``POSIX_FADV_RANDOM``), so a
    page read from the disk brings no read-ahead with it. A lookup at 1M stories reads ~30
    random pages (key blocks, a fingerprint, the leaves it writes); with the default
    read-ahead each cold one brought 16-128 kB more (0.38 MB read a lookup where 0.12
    is wanted). A hint only, on the descriptors, not the file: other processes keep their
    own; a scan of the whole store (``--rebuild``) reads page by page. Nothing where the
    call or ``/proc`` is missing."""
    if path == ":memory:" or not hasattr(os, "posix_fadvise"):
        return
    try:
        real = os.path.realpath(path)
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return
    for name in fds:
        try:
            if os.readlink(f"/proc/self/fd/{name}") == real:
                os.posix_fadvise(int(name), 0, 0, os.POSIX_FADV_RANDOM)
        except (OSError, ValueError):
            continue  # closed since the listing, or not a file


def path_from_uri(uri: str) -> str:
    """``sqlite:///rel/path`` → ``rel/path``; ``sqlite:////abs`` → ``/abs``; ``:memory:`` kept."""
    if not uri.startswith("sqlite://"):
        raise StoreConfigError(f"not a sqlite URI: {uri!r} (expected sqlite:///path/to/file.sqlite)")
    path = uri[len("sqlite://") :]
    if path.startswith("/"):
        path = path[1:]
    if not path:
        raise StoreConfigError(f"sqlite URI {uri!r} names no file (expected sqlite:///data/newscrawl.sqlite)")
    return path


class SQLiteStore(Store):
    """The :class:`Store` on one SQLite file."""

    #: Story ids resolved in the dedupe batch under way (``resolve_story``; no other process
    #: writes while it holds the store): a fresh dict each batch, emptied when this process
    #: merges stories; filled only inside a batch, so this shared default stays empty.
    _resolved: dict[str, str] = {}  # noqa: RUF012

    def __init__(self, path: str, *, display_uri: str | None = None) -> None:
        self.path = path
        self._batch_depth = 0
        #: A dedupe batch's run pairs looked up at once (``prefetch_keys``): the RunSet they
        #: were found in, the keys asked, and key -> ids found.
        self._prefetched: tuple[keyruns.RunSet, set[int], dict[int, list[int]]] | None = None
        self.display_uri = display_uri or f"sqlite:///{path}"
        if path != ":memory:":
            parent = Path(path).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreUnavailable(f"cannot create {parent}: {exc.strerror}") from None
        try:
            self._db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            self._enable_wal()
            self._db.execute("PRAGMA synchronous=NORMAL")
            # The dedupe key index outgrows SQLite's 2 MB default cache past ~10k stories: a
            # 128 MB cache a connection. How the file is read past it: _set_reads.
            self._db.execute("PRAGMA cache_size=-131072")
            self._db.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
            # Python's SQLite is often built with SECURE_DELETE, which writes every page a
            # delete frees, zeroed, through the WAL and back: a merge of key runs deleting the
            # merged runs' blocks wrote each freed page twice more (at 1M stories, 895 MB for
            # 190 MB of new blocks). FAST zeroes deleted content only on pages written anyway.
            self._db.execute(f"PRAGMA secure_delete={SECURE_DELETE}")
            self._db.executescript(_SCHEMA)
            self._migrate()
            self._set_reads()
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"cannot open {path}: {exc}") from None
        # The key-index tail (see TAIL_MIN, KeyTail), read from the rows above
        # ``indexed_upto``; trimmed or re-read when a run or a clear moved it.
        self._tail = KeyTail(0)
        self._tail_base: tuple[int, int] = (-1, -1)
        self._meta_cache: dict[str, int] | None = None
        self._filter: KeyFilter | None = None
        self._runs: dict[int, RunView] = {}
        self._run_set: keyruns.RunSet | None = None  # ``_runs`` packed for lookups
        self._runs_version = -1
        self._merge_checked = -1
        self._dead_runs = False

    def _set_reads(self) -> None:
        """How the file's pages are read from the disk, chosen at open by its size.

        A store up to ``RANDOM_READS_FROM`` is memory-mapped (SQLite caps the map at its
        build's SQLITE_MAX_MMAP_SIZE, 2 GB in Python's usual builds; mapped pages are the OS
        page cache, shared between processes): dedupe's lookups soon want most of its pages,
        and a page faulted in from the disk brings its neighbours with it (the kernel's mmap
        read-around, as large as the device's read-ahead: 8 MB on this machine's disk), so a
        10k-story store (87 MB) read cold comes in a few faults. A larger store is read with
        pread, its descriptors advised random (``_advise_random``): a lookup at 1M stories
        wants ~30 pages of 8.7 GB, and the read-around brought ~1.3 MB from the disk for them
        where 0.12 MB is wanted."""
        try:
            large = self.path != ":memory:" and os.path.getsize(self.path) > RANDOM_READS_FROM
        except OSError:
            large = False
        if large:
            self._db.execute("PRAGMA mmap_size=0")
            _advise_random(self.path)
        else:
            self._db.execute("PRAGMA mmap_size=4294967296")

    def _enable_wal(self) -> None:
        """WAL is kept in the file: the first opener sets it. Two processes opening a new file
        at once race for the lock that takes, and SQLite answers "database is locked" at once
        instead of waiting (2 crawlers starting together failed ~1 time in 3): retry."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _migrate(self) -> None:
        """Stores made before the key-index tail: their keys are all in the index already.
        Stores made before key runs: their index (``fingerprint_keys``, with its filter) stays
        as it is and is still probed (``base_live``; its filter holds the keys of the
        fingerprints up to ``base_upto``); a merge they had under way is dropped, its keys
        go into the next run (a pair in both counts once)."""
        self._layout_error: str | None = None
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version > LAYOUT_VERSION:
            raise StoreUnavailable(
                f"cannot open {self.display_uri}: its layout ({version}) is newer than this version reads"
                f" ({LAYOUT_VERSION}); upgrade newscrawl"
            )
        with self._write() as db:
            stored = db.execute("SELECT value FROM dedupe_meta WHERE name = 'runs_layout'").fetchone()
            has_runs = (
                stored is not None and stored[0] != keyruns.LAYOUT and db.execute("SELECT 1 FROM key_runs").fetchone()
            )
            if has_runs and stored[0] in keyruns.OLDER_LAYOUTS:
                # Runs with 8 filter bits a pair: read with their own width until merges rewrite
                # them; new runs get 16. Marked so an older version refuses the store.
                db.execute("UPDATE dedupe_meta SET value = ? WHERE name = 'runs_layout'", (keyruns.LAYOUT,))
                logger.info(
                    "%s: key runs upgraded to layout %#x (was %#x): old runs keep their 8 filter bits a pair"
                    " until merged, new runs get %d; versions before this one will ask for a rebuild",
                    self.display_uri,
                    keyruns.LAYOUT,
                    stored[0],
                    keyruns.BITS_PER_PAIR,
                )
            elif has_runs:
                self._layout_error = (
                    f"{self.display_uri}: its key runs were written with another layout ({stored[0]:#x}, this"
                    f" version writes {keyruns.LAYOUT:#x}); run `scrapy dedupe --rebuild` once"
                )
            elif stored is None or stored[0] != keyruns.LAYOUT:
                db.execute(
                    "INSERT OR REPLACE INTO dedupe_meta (name, value) VALUES ('runs_layout', ?)", (keyruns.LAYOUT,)
                )
            marks = ",".join("?" * len(_DROPPED_INDEXES))
            unread = [
                name
                for (name,) in db.execute(
                    f"SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ({marks})", _DROPPED_INDEXES
                )
            ]  # noqa: S608
            for name in unread:
                db.execute(f"DROP INDEX IF EXISTS {name}")
            if unread:
                logger.info(
                    "%s: dropped the indexes %s, which no reader needs (fingerprints find their story through"
                    " story_aliases; stories are listed by a sort)",
                    self.display_uri,
                    ", ".join(unread),
                )
            story_columns = {row[1] for row in db.execute("PRAGMA table_info(stories)")}
            added = [name for name in _FIRST_COPY_COLUMNS if name not in story_columns]
            for name in added:
                db.execute(f"ALTER TABLE stories ADD COLUMN {name} TEXT")
            if _SUMMARY_COLUMN not in story_columns:
                db.execute(f"ALTER TABLE stories ADD COLUMN {_SUMMARY_COLUMN} TEXT")
            if added:
                logger.info(
                    "%s: stories keep their first copy in their own row from now on (stored stories are read as"
                    " they are); versions before this one would miss those copies",
                    self.display_uri,
                )
            if version < LAYOUT_VERSION:
                db.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
            columns = {row[1] for row in db.execute("PRAGMA table_info(fingerprints)")}
            if "keys" not in columns:
                db.execute("ALTER TABLE fingerprints ADD COLUMN keys BLOB")
            db.execute(
                "INSERT OR IGNORE INTO dedupe_meta (name, value)"
                " SELECT 'indexed_upto', COALESCE(MAX(id), 0) FROM fingerprints"
            )
            db.execute("INSERT OR IGNORE INTO dedupe_meta (name, value) VALUES ('generation', 0)")
            # Stores from before FILTER_SAVE_SHARE saved the filter at every merge.
            db.execute(
                "INSERT OR IGNORE INTO dedupe_meta (name, value)"
                " SELECT 'filter_upto', value FROM dedupe_meta WHERE name = 'indexed_upto'"
            )
            if db.execute("SELECT 1 FROM dedupe_meta WHERE name = 'base_live'").fetchone() is None:
                live = db.execute("SELECT EXISTS (SELECT 1 FROM fingerprint_keys)").fetchone()[0]
                db.execute("INSERT INTO dedupe_meta (name, value) VALUES ('base_live', ?)", (live,))
                db.execute(
                    "INSERT OR IGNORE INTO dedupe_meta (name, value)"
                    " SELECT 'base_upto', value FROM dedupe_meta WHERE name = 'indexed_upto'"
                )
                db.execute("DELETE FROM dedupe_meta WHERE name IN ('merging_upto', 'merged_below')")

    atomic_dedupe_batch = True

    @contextmanager
    def dedupe_batch(self) -> Iterator[None]:
        """One ``BEGIN IMMEDIATE`` transaction around everything dedupe does for one article:
        processes take turns article by article, so each sees the others' committed stories."""
        if self._batch_depth:
            self._batch_depth += 1
            try:
                yield
            finally:
                self._batch_depth -= 1
            return
        if self._runs and not keyruns.compiled_tried():
            keyruns.load_compiled()  # once a process, before other processes wait on us
        with self._write():
            self._batch_depth, self._meta_cache, self._resolved = 1, None, {}
            try:
                yield
            finally:
                self._batch_depth, self._meta_cache, self._prefetched, self._resolved = 0, None, None, {}

    @classmethod
    def from_uri(cls, uri: str) -> SQLiteStore:
        return cls(path_from_uri(uri), display_uri=uri)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: other processes wait, nothing half-written.

        Inside :meth:`dedupe_batch` the batch's transaction is used: the writes commit with it.
        """
        if self._batch_depth:
            yield self._db
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreUnavailable(str(exc)) from None
        try:
            yield self._db
        except BaseException as exc:
            self._forget_index_state()
            # SQLite has rolled back already on some errors (a full disk, I/O errors).
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreUnavailable(f"{type(exc).__name__}: {exc}") from exc
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._forget_index_state()
                raise StoreUnavailable(str(exc)) from None

    def _forget_index_state(self) -> None:
        """Drop what this process keeps of the key index in memory (tail, runs, filter): a
        transaction that did not commit may have read its own uncommitted fingerprint rows
        into them, whose ids another process will reuse; the next lookup reads them afresh."""
        self._tail, self._tail_base = KeyTail(0), (-1, -1)
        self._runs, self._run_set, self._runs_version = {}, None, -1
        self._filter, self._meta_cache, self._merge_checked = None, None, -1
        self._prefetched = None

    # -- articles ---------------------------------------------------------------

    def upsert_articles(self, docs: Sequence[dict[str, Any]]) -> WriteResult:
        result = WriteResult()
        if not docs:
            return result
        with self._write() as db:
            # A story folded into another (merge_stories) since the doc was given its id: the
            # doc gets the story it is in now, in the transaction, so no merge comes between.
            ids = list({d["story_id"] for d in docs if d.get("story_id")})
            moved: dict[str, str] = {}
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                moved.update(
                    db.execute(f"SELECT story_id, merged_into FROM story_aliases WHERE story_id IN ({marks})", chunk)
                )
            # An article taken out of its story (``move_copy``) since the doc was given its id,
            # while it waited unwritten: its fingerprint holds the story it is in now, and how.
            refs = list({cached_url_key(d["url"]) for d in docs if d.get("story_id") and d.get("url")})
            now: dict[str, str | None] = {}
            for chunk in _chunks(refs):
                marks = ",".join("?" * len(chunk))
                now.update(db.execute(f"SELECT ref, {_FP_STORY} FROM fingerprints AS f WHERE ref IN ({marks})", chunk))
            prepared = {}
            for doc in docs:
                if doc.get("story_id") in moved:
                    doc = dict(doc, story_id=moved[doc["story_id"]])
                ref = cached_url_key(doc["url"]) if now and doc.get("story_id") and doc.get("url") else None
                if now.get(ref) and now[ref] != doc["story_id"]:  # moved: rare, its match read alone
                    match, score = db.execute(
                        "SELECT json_extract(doc, '$.match'), json_extract(doc, '$.score') FROM fingerprints"
                        " WHERE ref = ?",
                        (ref,),
                    ).fetchone()
                    doc = dict(doc, story_id=now[ref], match=match, match_score=score)
                p = prepare_article(doc)
                prepared[p["url_key"]] = p  # last one wins inside a batch
            existing: dict[str, str] = {}
            for chunk in _chunks(list(prepared)):
                marks = ",".join("?" * len(chunk))
                existing.update(db.execute(f"SELECT url_key, doc_hash FROM articles WHERE url_key IN ({marks})", chunk))
            rows = []
            for key, p in prepared.items():
                if key not in existing:
                    result.inserted += 1
                elif existing[key] != p["doc_hash"]:
                    result.updated += 1
                else:
                    result.unchanged += 1
                    continue
                rows.append(
                    (
                        key,
                        p["canonical_key"],
                        p.get("site"),
                        p.get("published_at"),
                        p.get("content_hash"),
                        p.get("story_id"),
                        p["doc_hash"],
                        json.dumps(p, ensure_ascii=False),
                    )
                )
            db.executemany(
                "INSERT INTO articles (url_key, canonical_key, site, published_at, content_hash,"
                " story_id, doc_hash, doc) VALUES (?,?,?,?,?,?,?,?)"
                " ON CONFLICT(url_key) DO UPDATE SET canonical_key=excluded.canonical_key,"
                " site=excluded.site, published_at=excluded.published_at,"
                " content_hash=excluded.content_hash,"
                " story_id=COALESCE(excluded.story_id, articles.story_id),"
                " doc_hash=excluded.doc_hash, doc=excluded.doc",
                rows,
            )
            aliases = [(alias, key) for key, p in prepared.items() for alias in p["alias_keys"]]
            if aliases:
                db.executemany("INSERT OR REPLACE INTO url_aliases (alias_key, url_key) VALUES (?,?)", aliases)
        return result

    @_reading
    def get_article(self, url: str) -> dict[str, Any] | None:
        # One statement for the three places a URL is found, in that order (dedupe asks for
        # every article it sees; most are in none of them).
        row = self._db.execute(
            "SELECT doc, story_id FROM ("
            " SELECT 1 AS place, doc, story_id FROM articles WHERE url_key = ?1"
            " UNION ALL SELECT * FROM (SELECT 2, doc, story_id FROM articles WHERE canonical_key = ?1 LIMIT 1)"
            " UNION ALL SELECT 3, a.doc, a.story_id FROM url_aliases u JOIN articles a ON a.url_key = u.url_key"
            " WHERE u.alias_key = ?1"
            ") ORDER BY place LIMIT 1",
            (cached_url_key(url),),
        ).fetchone()
        return self._article(row) if row else None

    @staticmethod
    def _article(row: tuple[str, str | None]) -> dict[str, Any]:
        doc = json.loads(row[0])
        if row[1] is not None:
            doc["story_id"] = row[1]
        return doc

    @_reading
    def known_urls(self, urls: Iterable[str]) -> set[str]:
        by_key: dict[str, list[str]] = {}
        for url in urls:
            by_key.setdefault(cached_url_key(url), []).append(url)
        found: set[str] = set()
        keys = list(by_key)
        for chunk in _chunks(keys, _IN_CHUNK // 3):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT url_key FROM articles WHERE url_key IN ({marks}) "
                f"UNION SELECT canonical_key FROM articles WHERE canonical_key IN ({marks}) "
                f"UNION SELECT alias_key FROM url_aliases WHERE alias_key IN ({marks})",
                [*chunk, *chunk, *chunk],
            )
            for (key,) in rows:
                found.update(by_key.get(key, ()))
        return found

    @_reading
    def find_articles(self, **equals: Any) -> list[dict[str, Any]]:
        clauses, values = [], []
        for name, value in equals.items():
            if name not in _ARTICLE_COLUMNS:
                raise ValueError(f"find_articles: {name} is not an indexed field")
            clauses.append(f"{name} = ?")
            values.append(value)
        where = " AND ".join(clauses) or "1"
        rows = self._db.execute(f"SELECT doc, story_id FROM articles WHERE {where} ORDER BY published_at", values)
        return [self._article(r) for r in rows]

    @_reading
    def iter_articles(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        if site is None:
            rows = self._db.execute("SELECT doc, story_id FROM articles ORDER BY published_at, url_key")
        else:
            rows = self._db.execute(
                "SELECT doc, story_id FROM articles WHERE site = ? ORDER BY published_at, url_key", (site,)
            )
        for row in rows:
            yield self._article(row)

    @_reading
    def count_articles(self, site: str | None = None) -> int:
        if site is None:
            return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return self._db.execute("SELECT COUNT(*) FROM articles WHERE site = ?", (site,)).fetchone()[0]

    def set_story(self, url: str, story_id: str | None, match: str | None, score: float | None) -> None:
        key = cached_url_key(url)
        with self._write() as db:
            row = db.execute("SELECT doc FROM articles WHERE url_key = ?", (key,)).fetchone()
            if row is None:
                return
            doc = json.loads(row[0])
            doc.update(story_id=story_id, match=match, match_score=score)
            db.execute(
                "UPDATE articles SET story_id = ?, doc = ? WHERE url_key = ?",
                (story_id, json.dumps(doc, ensure_ascii=False), key),
            )

    # -- one article under two URLs at one site -------------------------------------------

    def fold_same_article(
        self, docs: Sequence[dict[str, Any]], summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> list[tuple[str, str]]:
        targets = fold_targets(docs)
        if not targets or not fold_pairs(targets, self._fold_rows(targets)):  # most batches: one read, no lock
            return []
        folded = []
        with self._write() as db:
            for pair in fold_pairs(targets, self._fold_rows(targets)):  # again, holding the write lock
                if self._fold_article(db, *pair, summarize):
                    folded.append(pair)
        return folded

    @_reading
    def _fold_rows(self, targets: dict[str, frozenset[str]]) -> list[FoldRow]:
        """The stored rows (see :data:`FoldRow`) that are the targets, a URL that redirected to
        one, or share a target's text; fetched at is read (from the document) only for rows of
        equal text and time, the only ones it decides between."""
        columns = "url_key, site, content_hash, published_at, NULL"
        keys = list({*targets, *(alias for aliases in targets.values() for alias in aliases)})
        rows: dict[str, FoldRow] = {}
        for chunk in _chunks(keys):
            marks = ",".join("?" * len(chunk))
            rows.update(
                (r[0], r) for r in self._db.execute(f"SELECT {columns} FROM articles WHERE url_key IN ({marks})", chunk)
            )  # noqa: S608
        texts = list({row[2] for key, row in rows.items() if key in targets and row[2]})
        for chunk in _chunks(texts):
            marks = ",".join("?" * len(chunk))
            rows.update(
                (r[0], r)
                for r in self._db.execute(f"SELECT {columns} FROM articles WHERE content_hash IN ({marks})", chunk)
            )  # noqa: S608
        alike: dict[tuple[Any, ...], list[str]] = {}
        for key, site, text, published, _ in rows.values():
            if text and published:
                alike.setdefault((site, text, published), []).append(key)
        undecided = [key for group in alike.values() if len(group) > 1 for key in group]
        for chunk in _chunks(undecided):
            marks = ",".join("?" * len(chunk))
            for key, fetched in self._db.execute(
                f"SELECT url_key, json_extract(doc, '$.fetched_at') FROM articles WHERE url_key IN ({marks})", chunk
            ):  # noqa: S608
                rows[key] = (*rows[key][:4], fetched)
        return list(rows.values())

    def _fold_article(
        self,
        db: sqlite3.Connection,
        folded: str,
        kept: str,
        summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]],
    ) -> bool:
        """Fold the row ``folded`` into ``kept``, in the caller's write transaction: the article
        (its URLs as aliases), its story copy, its fingerprint and its text claim."""
        rows = {
            key: self._article((doc, story))
            for key, doc, story in db.execute(
                "SELECT url_key, doc, story_id FROM articles WHERE url_key IN (?, ?)", (folded, kept)
            )
        }
        if len(rows) < 2:
            return False  # folded meanwhile
        article = folded_article(rows[kept], rows[folded])
        db.execute(
            "UPDATE articles SET canonical_key = ?, published_at = ?, content_hash = ?, story_id = ?, doc_hash = ?,"
            " doc = ? WHERE url_key = ?",
            (
                article["canonical_key"],
                article.get("published_at"),
                article.get("content_hash"),
                article.get("story_id"),
                article["doc_hash"],
                json.dumps(article, ensure_ascii=False),
                kept,
            ),
        )
        db.execute("DELETE FROM articles WHERE url_key = ?", (folded,))
        db.execute("DELETE FROM url_aliases WHERE alias_key = ?", (kept,))
        db.execute("UPDATE url_aliases SET url_key = ? WHERE url_key = ?", (kept, folded))
        db.executemany(
            "INSERT OR REPLACE INTO url_aliases (alias_key, url_key) VALUES (?, ?)",
            [(a, kept) for a in article["alias_keys"]],
        )
        # The stories holding a copy of the folded row: as a first copy (in the story's row) or
        # in ``story_copies``. (Both full scans, rare: a fold is a slug edit.)
        held = [
            (story_id, doc, True)
            for story_id, doc in db.execute(
                "SELECT story_id, first_copy FROM stories WHERE first_key = ?", (folded,)
            ).fetchall()
        ]
        held += [
            (story_id, doc, False)
            for story_id, doc in db.execute(
                "SELECT story_id, doc FROM story_copies WHERE url_key = ?", (folded,)
            ).fetchall()
        ]
        for story_id, doc, in_row in sorted(held):
            if story_id != article.get("story_id"):  # a story the kept article is not in: the copy leaves it
                self._drop_copy(db, story_id, folded, in_row)
            else:
                first_key, first_copy = db.execute(
                    "SELECT first_key, first_copy FROM stories WHERE story_id = ?", (story_id,)
                ).fetchone() or (None, None)
                if first_key == kept:
                    own, own_in_row = (first_copy,), True
                else:
                    own = db.execute(
                        "SELECT doc FROM story_copies WHERE story_id = ? AND url_key = ?", (story_id, kept)
                    ).fetchone()
                    own_in_row = False
                copy = folded_copy(json.loads(own[0]) if own else None, json.loads(doc), article)
                if own:
                    self._drop_copy(db, story_id, kept, own_in_row)
                if in_row:  # the kept article takes the folded one's place: first
                    db.execute(
                        "UPDATE stories SET first_key = ?, first_copy = ? WHERE story_id = ?",
                        (kept, _dumps(copy), story_id),
                    )
                else:
                    db.execute(
                        "UPDATE story_copies SET url_key = ?, doc = ? WHERE story_id = ? AND url_key = ?",
                        (kept, _dumps(copy), story_id, folded),
                    )
            copies = self._copies(db, story_id)
            if copies:
                self._write_summary(db, summarize(story_id, copies))
            else:
                db.execute("DELETE FROM stories WHERE story_id = ?", (story_id,))
        prints = {
            ref: (fid, story, json.loads(doc))
            for ref, fid, story, doc in db.execute(
                f"SELECT ref, id, {_FP_STORY}, doc FROM fingerprints AS f WHERE ref IN (?, ?)", (folded, kept)
            )
        }
        if folded in prints:
            fid, story, fields = prints[folded]
            if fields.get("text_hash"):  # exact copies found through its text now find the kept one
                db.execute(
                    "UPDATE claims SET owner = ? WHERE key = ? AND owner = ?",
                    (kept, "text:" + fields["text_hash"], folded),
                )
            if kept not in prints:
                fields.update(ref=kept, url=article["url"])
                db.execute("UPDATE fingerprints SET ref = ?, doc = ? WHERE id = ?", (kept, _dumps(fields), fid))
                return True
            kid, kept_story, kept_fields = prints[kept]
            if story and kept_story in (None, story):
                kept_fields.update({name: fields.get(name) for name in ("match", "score", "is_copy", "seen")})
                db.execute(
                    "UPDATE fingerprints SET story_id = ?, seen = ?, doc = ? WHERE id = ?",
                    (story, fields.get("seen"), _dumps(kept_fields), kid),
                )
            if db.execute("SELECT EXISTS (SELECT 1 FROM fingerprints WHERE id > ?)", (fid,)).fetchone()[0]:
                db.execute("DELETE FROM fingerprints WHERE id = ?", (fid,))
            else:  # the newest id is never deleted (SQLite would give it again; processes' key tails know it)
                db.execute("UPDATE fingerprints SET story_id = NULL WHERE id = ?", (fid,))
        return True

    @staticmethod
    def _drop_copy(db: sqlite3.Connection, story_id: str, key: str, in_row: bool) -> None:
        """Remove the copy ``key`` from a story: its first copy (``in_row``) or a row."""
        if in_row:
            db.execute("UPDATE stories SET first_key = NULL, first_copy = NULL WHERE story_id = ?", (story_id,))
        else:
            db.execute("DELETE FROM story_copies WHERE story_id = ? AND url_key = ?", (story_id, key))

    # -- stories ----------------------------------------------------------------

    def _story(self, story_id: str, doc_json: str, first_copy: str | None) -> dict[str, Any]:
        story = json.loads(doc_json)
        story["copies"] = self._copies(self._db, story_id, first_copy)
        return story

    @_reading
    def get_story(self, story_id: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT doc, first_copy FROM stories WHERE story_id = ?", (story_id,)).fetchone()
        return self._story(story_id, *row) if row else None

    @_reading
    def iter_stories(self) -> Iterator[dict[str, Any]]:
        for story_id, doc, first in self._db.execute(
            "SELECT story_id, doc, first_copy FROM stories ORDER BY first_seen, story_id"
        ):
            yield self._story(story_id, doc, first)

    @_reading
    def count_stories(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]

    # -- dedupe keys --------------------------------------------------------------

    def claim_key(self, key: str, owner: str) -> str:
        with self._write() as db:
            if db.execute("INSERT OR IGNORE INTO claims (key, owner) VALUES (?, ?)", (key, owner)).rowcount == 1:
                return owner
            return db.execute("SELECT owner FROM claims WHERE key = ?", (key,)).fetchone()[0]

    def clear_stories(self) -> None:
        self._resolved = {}
        with self._write() as db:
            for table in ("stories", "story_copies", "claims", "story_aliases"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self._meta_cache = None
            self._clear_index(db)
        self._layout_error = None

    # -- dedupe fingerprints ----------------------------------------------------------

    def put_fingerprint(
        self, fields: dict[str, Any], sig: bytes, keys: Sequence[int], *, replace: bool = False
    ) -> bool:
        doc = _dumps({k: v for k, v in fields.items() if k != "story_id"})
        blob = array("q", keys).tobytes()
        with self._write() as db:
            # Keys stay in the row (the tail) until the tail is written as a key run.
            cursor = db.execute(
                "INSERT INTO fingerprints (ref, story_id, seen, sig, doc, keys) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT(ref) DO NOTHING",
                (fields["ref"], fields.get("story_id"), fields.get("seen"), sig, doc, blob),
            )
            if cursor.rowcount == 1:
                self._index_step(db, cursor.lastrowid)
                return True
            if not replace:
                return False
            row = db.execute("SELECT id, keys FROM fingerprints WHERE ref = ?", (fields["ref"],)).fetchone()
            # A re-cluster rewrites one stored fingerprint: its keys go straight to the B-tree
            # index ``fingerprint_keys`` (other processes may hold its old keys in their tail,
            # and a run written before may hold them: a stale candidate only; a re-cluster
            # clears the runs first), past its key filter, which is dropped (the next tail
            # run rebuilds it): every process reloads on the generation change and probes
            # every key meanwhile.
            fid, old = row
            self._meta_cache = None
            if db.execute("DELETE FROM dedupe_filter").rowcount:
                db.execute("UPDATE dedupe_meta SET value = value + 1 WHERE name = 'generation'")
            if not self._meta_rows(db).get("base_live"):
                self._set_meta(db, "base_live", 1)
            db.execute(
                "UPDATE fingerprints SET story_id = ?, seen = ?, sig = ?, doc = ?, keys = ? WHERE id = ?",
                (fields.get("story_id"), fields.get("seen"), sig, doc, blob, fid),
            )
            if old is None:
                db.execute("DELETE FROM fingerprint_keys WHERE id = ?", (fid,))  # a store made before blobs
            else:
                db.executemany(
                    "DELETE FROM fingerprint_keys WHERE key = ? AND id = ?", [(k, fid) for k in array("q", old)]
                )
            db.executemany("INSERT OR IGNORE INTO fingerprint_keys (key, id) VALUES (?, ?)", [(k, fid) for k in keys])
        return True

    def _meta_rows(self, db: sqlite3.Connection) -> dict[str, int]:
        """The ``dedupe_meta`` rows. Inside a dedupe batch no other process writes, so they
        are read once (the tail lookup and the merge gate both want them) until we write one
        (``_meta_cache`` is dropped before every write to the table)."""
        rows = self._meta_cache
        if rows is None:
            rows = dict(db.execute("SELECT name, value FROM dedupe_meta"))
            if self._batch_depth:
                self._meta_cache = rows
        return rows

    def _meta(self, db: sqlite3.Connection) -> tuple[int, int]:
        """(``indexed_upto``, ``generation``): the last fingerprint id in the key index, and
        a counter bumped when the index is cleared."""
        values = self._meta_rows(db)
        return values.get("indexed_upto", 0), values.get("generation", 0)

    def _set_meta(self, db: sqlite3.Connection, name: str, value: int) -> None:
        self._meta_cache = None
        db.execute("INSERT OR REPLACE INTO dedupe_meta (name, value) VALUES (?, ?)", (name, value))

    def _index_step(self, db: sqlite3.Connection, last: int) -> None:
        """One step of keeping the key index, in the transaction of the article that stored
        fingerprint ``last``: write one key range of the tail as a run (started once the tail
        holds ``TAIL_MIN`` / ``TAIL_SHARE`` fingerprints); else move one key range of a run
        merge under way, or start the merge a size tier is due (``keyruns.pick_merge``);
        else delete some blocks of runs merged away. Each a bounded step (``SLICE_PAIRS``
        pairs), so no transaction holds the store long."""
        meta = self._meta_rows(db)
        upto = meta.get("indexed_upto", 0)
        if meta.get("tail_run") or last - upto >= max(TAIL_MIN, TAIL_SHARE * upto):
            self._tail_run_step(db, last)
        elif not self._merge_runs_step(db) and self._dead_runs:
            self._delete_dead_blocks(db)

    def _tail_run_step(self, db: sqlite3.Connection, last: int) -> int:
        """Write one key range of the tail run under way (started, for the fingerprints up to
        ``last``, when none is); returns how many fingerprints the run holds once it is whole
        (0 before: until then every process finds these keys in its tail)."""
        tail = self._read_tail()  # holds every fingerprint up to ``last``
        meta = self._meta_rows(db)
        upto = meta.get("indexed_upto", 0)
        target = meta.get("tail_run", 0)
        if not target:
            if last <= upto:
                return 0
            tail.seal()  # every pair in sorted runs: each key range a binary search
            pairs = sum(keys.size for keys, _ in tail.runs)
            target = db.execute(
                "INSERT INTO key_runs (fps, pairs, blocks, state) VALUES (?, 0, 0, ?)", (last - upto, keyruns.BUILDING)
            ).lastrowid
            self._set_meta(db, "tail_run", target)
            self._set_meta(db, "tail_upto", last)
            self._set_meta(db, "tail_slices", max(1, -(-pairs // keyruns.SLICE_PAIRS)))
            self._set_meta(db, "tail_from", _KEY_MIN)
            meta = self._meta_rows(db)
        ending, key_from, slices = meta["tail_upto"], meta["tail_from"], meta["tail_slices"]
        key_to = min(_KEY_END, key_from + (_KEY_END - _KEY_MIN) // slices + 1)
        keys, ids = tail.pairs(upto, ending, key_from, key_to)
        if keys.size:
            blocks, parts = db.execute(
                "SELECT blocks, (SELECT COUNT(*) FROM key_run_parts WHERE run = ?) FROM key_runs WHERE run = ?",
                (target, target),
            ).fetchone()
            blocks += keyruns.write_blocks(db, target, blocks, parts, keys, ids)
            db.execute(
                "UPDATE key_runs SET blocks = ?, pairs = pairs + ? WHERE run = ?", (blocks, int(keys.size), target)
            )
        if key_to < _KEY_END:
            self._set_meta(db, "tail_from", key_to)
            return 0
        # Whole: the run goes live and the tail gives its fingerprints up, in one commit.
        if db.execute("SELECT blocks FROM key_runs WHERE run = ?", (target,)).fetchone()[0]:
            db.execute("UPDATE key_runs SET state = ? WHERE run = ?", (keyruns.LIVE, target))
            self._bump_runs(db)
        else:  # fingerprints without keys
            db.execute("DELETE FROM key_runs WHERE run = ?", (target,))
        db.execute("DELETE FROM dedupe_meta WHERE name IN ('tail_run', 'tail_upto', 'tail_slices', 'tail_from')")
        tail.drop_upto(ending)
        self._set_meta(db, "indexed_upto", ending)
        if self._meta_rows(db).get("base_live") and self._filter is None:
            self._build_base_filter(db)  # after a re-cluster, which writes to the B-tree
        self._tail_base = self._meta(db)
        self._refresh_runs(db)
        return ending - upto

    def _bump_runs(self, db: sqlite3.Connection) -> None:
        self._set_meta(db, "runs_version", self._meta_rows(db).get("runs_version", 0) + 1)

    def _merge_runs_step(self, db: sqlite3.Connection, *, start: bool = True) -> int:
        """Move one key range of the run merge under way into its new run, or start the
        merge that is due (``start``); returns the pairs moved (0: no merge to do)."""
        meta = self._meta_rows(db)
        target = meta.get("merge_run", 0)
        if not target:
            if not start:
                return 0
            version = meta.get("runs_version", 0)
            if version == self._merge_checked:  # merges fall due only when runs change
                return 0
            sources = keyruns.pick_merge(
                (
                    (run, fps)
                    for run, fps in db.execute("SELECT run, fps FROM key_runs WHERE state = ?", (keyruns.LIVE,))
                ),
                TIER_BASE,
            )
            if not sources:
                self._merge_checked = version
                return 0
            self._start_merge(db, sources)
            meta = self._meta_rows(db)
            target = meta["merge_run"]
        self._read_tail()
        key_from = meta["merge_from"]
        pairs, blocks, parts = db.execute(
            "SELECT pairs, blocks, (SELECT COUNT(*) FROM key_run_parts WHERE run = ?) FROM key_runs WHERE run = ?",
            (target, target),
        ).fetchone()
        slices = max(1, -(-pairs // keyruns.SLICE_PAIRS))
        key_to = min(_KEY_END, key_from + (_KEY_END - _KEY_MIN) // slices + 1)
        sources = [run for (run,) in db.execute("SELECT run FROM key_runs WHERE state = ?", (keyruns.MERGING,))]
        keys_in, ids_in = [], []
        for run in sources:
            view = self._runs[run]
            first, stop = view.block_range(key_from, key_to)
            if stop < first:
                continue
            for (data,) in db.execute(
                "SELECT data FROM key_blocks WHERE id BETWEEN ? AND ? ORDER BY id",
                (keyruns.block_id(run, first), keyruns.block_id(run, stop)),
            ):
                block_keys, block_ids = keyruns.split_block(data)
                keys_in.append(block_keys)
                ids_in.append(block_ids)
        moved = 0
        if keys_in:
            keys, ids = np.concatenate(keys_in), np.concatenate(ids_in)
            inside = keys >= key_from
            if key_to < _KEY_END:
                inside &= keys < key_to
            keys, ids = keys[inside], ids[inside]
            order = np.argsort(keys, kind="stable")
            keys, ids = keys[order], ids[order]
            moved = keys.size
            blocks += keyruns.write_blocks(db, target, blocks, parts, keys, ids)
            db.execute("UPDATE key_runs SET blocks = ? WHERE run = ?", (blocks, target))
        if key_to < _KEY_END:
            self._set_meta(db, "merge_from", key_to)
            return max(moved, 1)
        # The new run is whole: it replaces the merged ones, in one commit.
        db.execute("UPDATE key_runs SET state = ? WHERE state = ?", (keyruns.DEAD, keyruns.MERGING))
        db.execute("UPDATE key_runs SET state = ? WHERE run = ?", (keyruns.LIVE, target))
        db.execute("DELETE FROM dedupe_meta WHERE name IN ('merge_run', 'merge_from')")
        self._bump_runs(db)
        self._refresh_runs(db)
        return max(moved, 1)

    def _start_merge(self, db: sqlite3.Connection, sources: Sequence[int]) -> None:
        marks = ",".join("?" * len(sources))
        fps, pairs = db.execute(f"SELECT SUM(fps), SUM(pairs) FROM key_runs WHERE run IN ({marks})", sources).fetchone()
        target = db.execute(
            "INSERT INTO key_runs (fps, pairs, blocks, state) VALUES (?, ?, 0, ?)", (fps, pairs, keyruns.BUILDING)
        ).lastrowid
        db.execute(f"UPDATE key_runs SET state = ? WHERE run IN ({marks})", (keyruns.MERGING, *sources))
        self._set_meta(db, "merge_run", target)
        self._set_meta(db, "merge_from", _KEY_MIN)

    def _delete_dead_blocks(self, db: sqlite3.Connection) -> int:
        """Delete up to ``DELETE_BLOCKS`` blocks of runs merged away; returns how many."""
        row = db.execute("SELECT run FROM key_runs WHERE state = ? ORDER BY run LIMIT 1", (keyruns.DEAD,)).fetchone()
        if row is None:
            self._dead_runs = False
            return 0
        run = row[0]
        deleted = db.execute(
            "DELETE FROM key_blocks WHERE id IN (SELECT id FROM key_blocks WHERE id BETWEEN ? AND ? LIMIT ?)",
            (keyruns.block_id(run, 0), keyruns.block_id(run + 1, 0) - 1, keyruns.DELETE_BLOCKS),
        ).rowcount
        if deleted < keyruns.DELETE_BLOCKS:
            db.execute("DELETE FROM key_run_parts WHERE run = ?", (run,))
            db.execute("DELETE FROM key_runs WHERE run = ?", (run,))
        return max(deleted, 1)

    def merge_key_tail(self) -> int:
        """Write every waiting fingerprint's keys as a run now, every key range in one
        transaction (a crawl does it by itself every ``TAIL_MIN`` fingerprints, a key range
        per article); returns how many fingerprints were written."""
        written = 0
        with self._write() as db:
            last = db.execute("SELECT COALESCE(MAX(id), 0) FROM fingerprints").fetchone()[0]
            while self._meta(db)[0] < last:  # a run begun earlier may end short of ``last``
                written += self._tail_run_step(db, last)
        return written

    def compact_key_runs(self, runs: Sequence[int] = ()) -> int:
        """Do every run merge that is due, and delete the merged runs' blocks, now (a crawl
        does it a key range per article); returns the pairs moved. ``runs``: merge these
        live runs, due or not, and no other (the benchmark times a merge this way)."""
        moved = 0
        if runs:
            with self._write() as db:
                if self._meta_rows(db).get("merge_run"):
                    raise ValueError("compact_key_runs: a merge is under way")
                self._start_merge(db, runs)
        while True:
            with self._write() as db:
                step = self._merge_runs_step(db, start=not runs)
                if not step:
                    step = self._delete_dead_blocks(db)
                    if not step:
                        return moved
                else:
                    moved += step
        return moved

    def _build_base_filter(self, db: sqlite3.Connection) -> None:
        """The filter over ``fingerprint_keys``, from the index (missing after a re-cluster)."""
        count = db.execute("SELECT COUNT(*) FROM fingerprint_keys").fetchone()[0]
        key_filter = KeyFilter.sized_for(count)
        cursor = db.execute("SELECT key FROM fingerprint_keys")
        while chunk := cursor.fetchmany(1_000_000):
            key_filter.add(np.array([k for (k,) in chunk], dtype=np.int64))
        self.store_key_filter(db, key_filter, count, self._meta_rows(db).get("base_upto", 0))
        self._filter = key_filter

    def store_key_filter(self, db: sqlite3.Connection, key_filter: KeyFilter, count: int, upto: int) -> None:
        """Write the filter over ``fingerprint_keys``, the count of keys it was built from and
        the last fingerprint whose keys it holds (``upto``)."""
        db.execute("INSERT OR REPLACE INTO dedupe_filter (id, bits) VALUES (1, ?)", (key_filter.bits.tobytes(),))
        self._set_meta(db, "indexed_keys", count)
        self._set_meta(db, "filter_upto", upto)

    @staticmethod
    def _meta_value(db: sqlite3.Connection, name: str) -> int:
        row = db.execute("SELECT value FROM dedupe_meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else 0

    def _read_tail(self) -> KeyTail:
        """The tail's keys, brought up to date with every fingerprint stored so far, and the
        live runs (``_runs``) with every run written so far."""
        db = self._db
        base = self._meta(db)
        if base != self._tail_base:
            old_upto, old_generation = self._tail_base
            if base[1] == old_generation and base[0] > old_upto:
                self._tail.drop_upto(base[0])  # another process wrote a run of them
                self._tail_base = base
            else:  # first read, or cleared since: read the tail and the filter afresh
                self._tail, self._tail_base = KeyTail(base[0]), base
                self._runs, self._run_set, self._runs_version = {}, None, -1
                meta = self._meta_rows(db)
                self._filter = self._load_filter(db, meta.get("base_upto", 0)) if meta.get("base_live") else None
        meta = self._meta_rows(db)
        if self._runs_version != meta.get("runs_version", 0):
            self._refresh_runs(db)
        if self._filter is None and meta.get("base_live"):  # built since (after a re-cluster)?
            self._filter = self._load_filter(db, meta.get("base_upto", 0))
        tail = self._tail
        for fid, blob in db.execute(
            "SELECT id, keys FROM fingerprints WHERE id > ? AND keys IS NOT NULL ORDER BY id", (tail.read_upto,)
        ):
            tail.add(fid, blob)
        return tail

    def _refresh_runs(self, db: sqlite3.Connection) -> None:
        """Read the runs written or merged since we last looked (their fences and filters)."""
        if self._layout_error:
            raise StoreError(self._layout_error)
        states = dict(db.execute("SELECT run, state FROM key_runs"))
        live = {run for run, state in states.items() if state in (keyruns.LIVE, keyruns.MERGING)}
        self._dead_runs = keyruns.DEAD in states.values()
        runs = {run: view for run, view in self._runs.items() if run in live}
        for run in sorted(live - runs.keys()):
            view = runs[run] = RunView(run)
            view.add_parts(
                db.execute("SELECT fences, bits FROM key_run_parts WHERE run = ? ORDER BY part", (run,)).fetchall()
            )
        self._runs, self._run_set = runs, None
        self._runs_version = self._meta_rows(db).get("runs_version", 0)

    def _load_filter(self, db: sqlite3.Connection, upto: int) -> KeyFilter | None:
        """The stored filter over ``fingerprint_keys``, plus the keys merged into it since it
        was saved (fingerprints ``filter_upto < id <= upto``: a store made before key runs)."""
        row = db.execute("SELECT bits FROM dedupe_filter WHERE id = 1").fetchone()
        if row is None:
            return None
        key_filter = KeyFilter(np.frombuffer(row[0], dtype=np.uint8))
        since = self._meta_value(db, "filter_upto")
        if since < upto:
            key_filter = KeyFilter(key_filter.bits.copy())
            cursor = db.execute(
                "SELECT keys FROM fingerprints WHERE id > ? AND id <= ? AND keys IS NOT NULL", (since, upto)
            )
            while rows := cursor.fetchmany(10_000):
                key_filter.add(np.frombuffer(b"".join(blob for (blob,) in rows), dtype=np.int64))
        return key_filter

    def prefetch_keys(self, keys: Sequence[int]) -> None:
        """Inside a dedupe batch: the run pairs of every key at once, each key block read
        once, in file order; :meth:`find_fingerprints` takes its run pairs from them while
        the live runs stay the ones they were found in (a run written or merged in the
        batch: it looks up as usual). The tail is read at each lookup as before, so the
        batch's own fingerprints still find each other."""
        self._prefetched = None
        if not self._batch_depth or not keys:
            return
        self._read_tail()  # the runs as they are now
        if not self._runs:
            return
        wanted = np.unique(np.array(keys, dtype=np.int64))
        by_key: dict[int, list[int]] = {}
        for key, fid in self._run_hits(wanted, prefetched=False):
            by_key.setdefault(key, []).append(fid)
        self._prefetched = (self._run_set, set(wanted.tolist()), by_key)

    def _run_hits(self, wanted_array: np.ndarray, *, prefetched: bool = True) -> set[tuple[int, int]]:
        """Every (key, id) pair in the live runs whose key is wanted: the blocks whose fences
        and filter say they may hold one, read in one statement (or the batch's prefetched
        pairs, when they were found in these runs and hold every wanted key)."""
        if not self._runs or not wanted_array.size:
            return set()
        if self._run_set is None:
            self._run_set = keyruns.RunSet(self._runs)
        held = self._prefetched if prefetched else None
        if held is not None and held[0] is self._run_set:
            wanted = wanted_array.tolist()
            if held[1].issuperset(wanted):
                by_key = held[2]
                return {(key, fid) for key in wanted if key in by_key for fid in by_key[key]}
        # keys in order: each run's binary searches and filter reads then go through memory in order
        block_ids, keys = self._run_set.candidates(np.sort(wanted_array))
        if not block_ids.size:
            return set()
        rows: list[tuple[int, bytes]] = []
        for chunk in _chunks(np.unique(block_ids).tolist()):
            marks = ",".join("?" * len(chunk))
            rows.extend(self._db.execute(f"SELECT id, data FROM key_blocks WHERE id IN ({marks})", chunk))
        return set(keyruns.pairs_in_blocks(rows, block_ids, keys))

    @staticmethod
    def _fingerprint(story_id: str | None, sig: bytes, doc: str) -> tuple[dict[str, Any], bytes]:
        fields = json.loads(doc)
        fields["story_id"] = story_id
        return fields, bytes(sig)

    @_reading
    def get_fingerprint(self, ref: str) -> tuple[dict[str, Any], bytes] | None:
        row = self._db.execute(f"SELECT {_FP_STORY}, sig, doc FROM fingerprints AS f WHERE ref = ?", (ref,)).fetchone()
        return self._fingerprint(*row) if row else None

    @_reading
    def find_fingerprints(self, keys: Sequence[int], limit: int = 50) -> list[tuple[dict[str, Any], bytes, int]]:
        wanted = list(dict.fromkeys(keys))
        wanted_array = np.array(wanted, dtype=np.int64)
        tail = self._read_tail()
        probed: list[int] = []
        if self._meta_rows(self._db).get("base_live"):  # a store made before runs, or re-clustered
            probed = wanted
            if self._filter is not None and wanted:
                probed = wanted_array[self._filter.might_hold(wanted_array)].tolist()
        # (key, id) pairs: one in two places (a store's old merge, redone as a run) counts once.
        pairs = self._run_hits(wanted_array)
        pairs.update(tail.hits(wanted, wanted_array))
        for chunk in _chunks(probed):
            marks = ",".join("?" * len(chunk))
            pairs.update(self._db.execute(f"SELECT key, id FROM fingerprint_keys WHERE key IN ({marks})", chunk))
        hits = Counter(map(itemgetter(1), pairs))
        best = sorted(hits, key=lambda f: (-hits[f], f))[:limit]
        if not best:
            return []
        marks = ",".join("?" * len(best))
        rows = self._db.execute(f"SELECT id, {_FP_STORY}, sig, doc FROM fingerprints AS f WHERE id IN ({marks})", best)
        found = {fid: self._fingerprint(story_id, sig, doc) for fid, story_id, sig, doc in rows}
        return [(*found[f], hits[f]) for f in best if f in found]

    @_reading
    def iter_fingerprints(self) -> Iterator[tuple[dict[str, Any], bytes]]:
        last = -1
        while True:  # in pages by id, so the caller may write while iterating
            rows = self._db.execute(
                f"SELECT id, {_FP_STORY}, sig, doc FROM fingerprints AS f WHERE id > ? ORDER BY id LIMIT 500", (last,)
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            page = [self._fingerprint(story_id, sig, doc) for _, story_id, sig, doc in rows]
            yield from sorted(page, key=lambda fp: (fp[0].get("seen") or "", fp[0]["ref"]))

    def clear_fingerprint_index(self) -> None:
        with self._write() as db:
            self._meta_cache = None
            self._clear_index(db)
        self._layout_error = None

    @staticmethod
    def _clear_index(db: sqlite3.Connection) -> None:
        db.execute(
            "DELETE FROM dedupe_meta WHERE name IN ('merge_run', 'merge_from', 'tail_run', 'tail_upto', 'tail_slices',"
            " 'tail_from')"
        )
        db.execute("DELETE FROM fingerprint_keys")
        db.execute("DELETE FROM key_blocks")
        db.execute("DELETE FROM key_run_parts")
        db.execute("DELETE FROM key_runs")
        db.execute("INSERT OR REPLACE INTO dedupe_meta (name, value) VALUES ('runs_layout', ?)", (keyruns.LAYOUT,))
        db.execute("UPDATE dedupe_meta SET value = 0 WHERE name IN ('base_live', 'base_upto')")
        db.execute("DELETE FROM dedupe_filter")
        db.execute("UPDATE dedupe_meta SET value = 0 WHERE name = 'indexed_keys'")
        db.execute("UPDATE fingerprints SET story_id = NULL, keys = NULL")
        db.execute(
            "UPDATE dedupe_meta SET value = (SELECT COALESCE(MAX(id), 0) FROM fingerprints) WHERE name = 'indexed_upto'"
        )
        db.execute("UPDATE dedupe_meta SET value = value + 1 WHERE name = 'generation'")

    def _copies(
        self, db: sqlite3.Connection, story_id: str, first_copy: str | None | bool = True
    ) -> list[dict[str, Any]]:
        """A story's copies in order: the first copy its row holds (``first_copy``: read here
        when True), then its ``story_copies`` rows by ``seq``."""
        if first_copy is True:
            row = db.execute("SELECT first_copy FROM stories WHERE story_id = ?", (story_id,)).fetchone()
            first_copy = row[0] if row else None
        copies = [json.loads(first_copy)] if first_copy else []
        copies.extend(
            json.loads(d)
            for (d,) in db.execute("SELECT doc FROM story_copies WHERE story_id = ? ORDER BY seq", (story_id,))
        )
        return copies

    def _write_summary(
        self,
        db: sqlite3.Connection,
        story: dict[str, Any],
        first: tuple[str, str] | None = None,
        *,
        only_new: bool = False,
        state: dict[str, Any] | None = None,
    ) -> bool:
        """Write a story's record; ``first``: a new story's first copy (url key, JSON), kept in its
        row. ``only_new``: only when the story has no row yet. ``state``: its summary state
        (``_SUMMARY_COLUMN``; NULL without). Whether it was written."""
        doc = {k: v for k, v in story.items() if k != "copies"}
        first_key, first_copy = first or (None, None)
        summary = None if state is None else _dumps(state)
        return (
            db.execute(
                _NEW_STORY if only_new else _STORY_UPSERT,
                (
                    doc["story_id"],
                    doc.get("first_seen"),
                    doc.get("last_seen"),
                    _dumps(doc),
                    first_key,
                    first_copy,
                    summary,
                ),
            ).rowcount
            == 1
        )

    def link_copy(
        self, story_id: str, copy: dict[str, Any], summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> dict[str, Any]:
        with self._write() as db:
            return self._link(db, story_id, copy, summarize)

    def _link(
        self,
        db: sqlite3.Connection,
        story_id: str,
        copy: dict[str, Any],
        summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]],
    ) -> dict[str, Any]:
        """``link_copy`` in the caller's write transaction. With a summary state kept (``summarize``
        giving ``state``, ``add`` and ``record``: ``newscrawl.dedupe.story``) a copy joining a
        story updates the state and rewrites the record from it, reading none of the story's
        copies (a wire story's hundreds of mirrors were each read, decoded and summarised again
        for every copy joining); the copies returned are read when first used."""
        key = cached_url_key(copy["url"])
        doc = _dumps(copy)
        kept = all(hasattr(summarize, name) for name in ("state", "add", "record"))
        if copy.get("match") == "new":
            # The engine's new story has no row yet but when an id comes back (a re-cluster, a
            # story folded away after a race): its row written in one statement, where a read
            # of the row, missing, then the write were two (at 1M stories the read was a leaf
            # from the disk, the write the same leaf again). A row there: as below.
            copies = [json.loads(doc)]
            story = summarize(story_id, copies)
            state = summarize.state(copies) if kept else None  # type: ignore[attr-defined]
            if self._write_summary(db, story, (key, doc), only_new=True, state=state):
                story["copies"] = copies
                return story
        row = db.execute(
            f"SELECT first_key, first_copy, {_SUMMARY_COLUMN} FROM stories WHERE story_id = ?", (story_id,)
        ).fetchone()
        if row is None:
            # A new story (a story has a row from its first copy on, and keeps one while it
            # has copies): its first copy is all its copies, kept in its row.
            copies = [json.loads(doc)]
            story = summarize(story_id, copies)
            state = summarize.state(copies) if kept else None  # type: ignore[attr-defined]
            self._write_summary(db, story, (key, doc), state=state)
            story["copies"] = copies
            return story
        added = False
        if key != row[0]:  # a copy already linked stays where it is
            added = (
                db.execute(
                    "INSERT OR IGNORE INTO story_copies (story_id, url_key, seq, doc)"
                    " SELECT ?, ?, COALESCE(MAX(seq) + 1, 1), ? FROM story_copies WHERE story_id = ?",
                    (story_id, key, doc, story_id),
                ).rowcount
                == 1
            )
        if kept and row[2] is not None:
            state = json.loads(row[2])
            if added:
                summarize.add(state, json.loads(doc))  # type: ignore[attr-defined]
            story = summarize.record(story_id, state)  # type: ignore[attr-defined]
            if added:
                self._write_summary(db, story, state=state)
            first_copy = row[1]
            story["copies"] = LazyCopies(lambda: self._copies(db, story_id, first_copy), state["n"], state["kinds"])
            return story
        copies = self._copies(db, story_id, row[1])
        story = summarize(story_id, copies)
        self._write_summary(db, story, state=summarize.state(copies) if kept else None)  # type: ignore[attr-defined]
        story["copies"] = copies
        return story

    def merge_stories(
        self, src: str, dst: str, summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> None:
        if src == dst:
            return
        self._resolved = {}
        with self._write() as db:
            # dst may have been folded away since the caller looked it up: into its story now.
            row = db.execute("SELECT merged_into FROM story_aliases WHERE story_id = ?", (dst,)).fetchone()
            dst = row[0] if row else dst
            if src == dst:
                return
            seq = db.execute("SELECT COALESCE(MAX(seq) + 1, 0) FROM story_copies WHERE story_id = ?", (dst,))
            base = seq.fetchone()[0]
            row = db.execute("SELECT first_key FROM stories WHERE story_id = ?", (dst,)).fetchone()
            dst_first = row[0] if row else None
            # src's copies after dst's, in their order (its first copy, kept in its row, then
            # its rows, numbered from 1 when it has one); a copy dst holds already stays dst's.
            row = db.execute("SELECT first_key, first_copy FROM stories WHERE story_id = ?", (src,)).fetchone()
            if row and row[1] is not None and row[0] != dst_first:
                db.execute(
                    "INSERT OR IGNORE INTO story_copies (story_id, url_key, seq, doc) VALUES (?, ?, ?, ?)",
                    (dst, row[0], base, row[1]),
                )
            db.execute(
                "INSERT OR IGNORE INTO story_copies (story_id, url_key, seq, doc)"
                " SELECT ?, url_key, seq + ?, doc FROM story_copies WHERE story_id = ? AND url_key IS NOT ?",
                (dst, base, src, dst_first),
            )
            db.execute("DELETE FROM story_copies WHERE story_id = ?", (src,))
            db.execute("DELETE FROM stories WHERE story_id = ?", (src,))
            # The fingerprint rows keep ``src``: they read as ``dst`` through the alias (_FP_STORY).
            db.execute(
                "UPDATE articles SET story_id = ?, doc = json_set(doc, '$.story_id', ?) WHERE story_id = ?",
                (dst, dst, src),
            )
            db.execute("UPDATE story_aliases SET merged_into = ? WHERE merged_into = ?", (dst, src))
            db.execute("INSERT OR REPLACE INTO story_aliases (story_id, merged_into) VALUES (?, ?)", (src, dst))
            copies = self._copies(db, dst)
            if copies:  # dst may not have linked its first copy yet: it writes the record then
                self._write_summary(db, summarize(dst, copies))

    def move_copy(
        self,
        url: str,
        src: str,
        dst: str,
        copy: dict[str, Any],
        summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]],
    ) -> dict[str, Any]:
        key = cached_url_key(url)
        with self._write() as db:
            # Only out of the story it is in now, as the store reads it: another process may have
            # moved it since the caller read it (that move stands; its story is returned).
            row = db.execute(f"SELECT {_FP_STORY} FROM fingerprints AS f WHERE ref = ?", (key,)).fetchone()
            if row is not None and row[0] not in (None, src):
                now = db.execute("SELECT doc, first_copy FROM stories WHERE story_id = ?", (row[0],)).fetchone()
                return self._story(row[0], *now) if now else {"story_id": row[0], "copies": []}
            if src != dst:
                row = db.execute("SELECT first_key FROM stories WHERE story_id = ?", (src,)).fetchone()
                if row is not None:
                    self._drop_copy(db, src, key, row[0] == key)
                    copies = self._copies(db, src)
                    if copies:
                        self._write_summary(db, summarize(src, copies))
                    else:
                        db.execute("DELETE FROM stories WHERE story_id = ?", (src,))
            # The fingerprint row holds the story itself now (no alias hop: ``dst`` is live), and
            # how the article is in it.
            db.execute(
                "UPDATE fingerprints SET story_id = ?, doc = json_set(doc, '$.match', ?, '$.score', ?,"
                " '$.is_copy', json(?)) WHERE ref = ?",
                (dst, copy.get("match"), copy.get("score"), "true" if copy.get("match") != "new" else "false", key),
            )
            db.execute(
                "UPDATE articles SET story_id = ?, doc = json_set(doc, '$.story_id', ?, '$.match', ?,"
                " '$.match_score', ?) WHERE url_key = ?",
                (dst, dst, copy.get("match"), copy.get("score"), key),
            )
            # The copy record is the one given, where the copy is already linked too (the
            # summary state, kept of the copy as it was, is dropped: ``_link`` reads the copies).
            db.execute(f"UPDATE stories SET {_SUMMARY_COLUMN} = NULL WHERE story_id = ?", (dst,))
            row = db.execute("SELECT first_key FROM stories WHERE story_id = ?", (dst,)).fetchone()
            if row is not None and row[0] == key:
                db.execute("UPDATE stories SET first_copy = ? WHERE story_id = ?", (_dumps(copy), dst))
            elif row is not None:
                db.execute(
                    "UPDATE story_copies SET doc = ? WHERE story_id = ? AND url_key = ?", (_dumps(copy), dst, key)
                )
            return self._link(db, dst, copy, summarize)

    @_reading
    def resolve_story(self, story_id: str) -> str:
        if self._batch_depth:  # the engine asks ~3 times an article, mostly for the same ids
            resolved = self._resolved.get(story_id)
            if resolved is not None:
                return resolved
        row = self._db.execute("SELECT merged_into FROM story_aliases WHERE story_id = ?", (story_id,)).fetchone()
        resolved = row[0] if row else story_id
        if self._batch_depth:
            self._resolved[story_id] = resolved
        return resolved

    # -- crawl state and runs ---------------------------------------------------------

    @_reading
    def get_state(self, site: str) -> dict[str, Any]:
        row = self._db.execute("SELECT doc FROM crawl_state WHERE site = ?", (site,)).fetchone()
        return json.loads(row[0]) if row else {}

    def update_state(self, site: str, values: dict[str, Any]) -> dict[str, Any]:
        with self._write() as db:
            row = db.execute("SELECT doc FROM crawl_state WHERE site = ?", (site,)).fetchone()
            state = json.loads(row[0]) if row else {}
            state.update(values)
            db.execute(
                "INSERT INTO crawl_state (site, doc) VALUES (?, ?) ON CONFLICT(site) DO UPDATE SET doc=excluded.doc",
                (site, json.dumps(state, ensure_ascii=False)),
            )
        return state

    def record_run(self, run: dict[str, Any]) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO runs (run_id, started_at, doc) VALUES (?,?,?) ON CONFLICT(run_id) DO UPDATE SET"
                " started_at=excluded.started_at, doc=excluded.doc",
                (run["run_id"], run.get("started_at"), json.dumps(run, ensure_ascii=False, default=str)),
            )

    @_reading
    def iter_runs(self) -> Iterator[dict[str, Any]]:
        for (doc,) in self._db.execute("SELECT doc FROM runs ORDER BY started_at DESC, run_id DESC"):
            yield json.loads(doc)

    # -- lifecycle ------------------------------------------------------------------

    def ping(self) -> None:
        try:
            self._db.execute("SELECT 1").fetchone()
        except sqlite3.Error as exc:
            raise StoreUnavailable(str(exc)) from None
        if self.path != ":memory:" and not os.access(self.path, os.W_OK):
            raise StoreUnavailable(f"{self.display_uri}: file is not writable")

    def close(self) -> None:
        try:
            self._db.close()
        except sqlite3.Error:
            pass
