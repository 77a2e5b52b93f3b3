"""The SQLite key index as immutable sorted runs (an LSM tree), so a merge appends.

A B-tree of (key, id) rows takes a merge of N random keys as N random leaf writes: at 1M
stories (~55M rows) a merge of the key tail rewrote most leaf pages however few keys it
brought, and its cost per article grew with the store. Here the tail is written as a new
**run**: its (key, id) pairs sorted by key, cut into blocks of ``BLOCK`` pairs, each block
one blob row (``key_blocks``; rowid = run << 32 | block number). Beside each run (in
``key_run_parts``, one row per part written) are its **fences**, the first key of each
block, and a **blocked Bloom filter**, ``BITS_PER_PAIR`` bits a pair of a block over that
block's keys (a run keeps the filter width it was written with: see ``OLDER_LAYOUTS``). Every
process holds the fences and filters of the live runs in memory (~17 bits a pair); a lookup finds each key's block with a binary search on the fences, tests the
block's filter bits and reads only the blocks that may hold it.

Runs are merged by size tier (``FANIN`` runs of one tier make one run of the next), one key
range per transaction (``SLICE_PAIRS`` pairs at most), so a merge writes each pair once per
tier, in new pages, and no transaction holds the store long. The merged runs stay live until
the new run is whole; then they are marked dead and their blocks deleted a few at a time.

Pure helpers here; ``SQLiteStore`` keeps the state (``key_runs``, ``dedupe_meta``) in the
article's transaction.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from newscrawl.compiled import compile_checked

logger = logging.getLogger(__name__)

#: Pairs per block: a 1,920-byte blob (keys then ids, int64), two rows to a 4 KB page. A
#: lookup reads one block per key its filter lets through, so blocks are small; the fences
#: cost 8 bytes a block in every process (3.7 MB at 1M stories).
BLOCK = 120
#: Filter bits a pair for the runs written now: 2,048 bits a 120-pair block, as 32 words of
#: 64 bits; a key sets 4 bits of one word (one 8-byte read a test; 0.44 % of the keys a full
#: block does not hold pass, simulated). Runs written with 8 bits a pair (before: 1,024 bits a
#: block, 3 bits anywhere in it, 2.5 % passed, each one a block read for nothing) stay readable
#: until a merge rewrites them: a run's width is read from its bytes (filter bytes over
#: blocks) and tells its scheme (:func:`is_word_filter`).
BITS_PER_PAIR = 16
#: The layout runs are written with now (``runs_layout`` in ``dedupe_meta``).
LAYOUT = (1 << 24) | (BLOCK << 8) | BITS_PER_PAIR
#: Older layouts this version reads as they are (the same blocks, 8 filter bits a pair): a store
#: marked with one is marked ``LAYOUT`` on open. A store whose runs have another layout is
#: refused with a one-line error until ``scrapy dedupe --rebuild``.
OLDER_LAYOUTS = ((1 << 24) | (BLOCK << 8) | 8,)
_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
#: Runs of one size tier merged into one run of the next.
FANIN = 4
#: Pairs a run write or a merge moves in one transaction at most (~1 MB written): the tail
#: of a 1M-story store (~550,000 pairs) is written over 9 articles' transactions.
SLICE_PAIRS = 1 << 16
#: Blocks of dead runs deleted in one transaction at most.
DELETE_BLOCKS = 1024
KEY_MIN, KEY_END = -(2**63), 2**63

# run states in key_runs
BUILDING, LIVE, MERGING, DEAD = 0, 1, 2, 3


def block_id(run: int, block: int) -> int:
    return (run << 32) | block


def filter_bits(bits_per_pair: int | None = None) -> int:
    """Filter bits per block (a power of two; one 64-bit word at least in the 16-bit layout),
    ``BITS_PER_PAIR`` a pair unless given."""
    per_pair = bits_per_pair or BITS_PER_PAIR
    bits = 1 << (BLOCK * per_pair - 1).bit_length()
    return bits if per_pair == 8 else max(64, bits)


def is_word_filter(bits: int) -> bool:
    """Whether block filters of ``bits`` bits are word filters (the 16-bit layout), not the
    8-bit layout's bit filters."""
    return bits != filter_bits(8)


def filter_positions(keys: np.ndarray, bits: int) -> np.ndarray:
    """The 8-bit layout: (len(keys), 3) bit positions inside a block's filter of ``bits``
    bits: the top bits of three products."""
    shift = np.uint64(64 - bits.bit_length() + 1)
    with np.errstate(over="ignore"):
        return (keys.astype(np.int64).view(np.uint64).reshape(-1, 1) * _MULT) >> shift


def word_positions(keys: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """The 16-bit layout: each key's word in a block's filter of ``bits`` bits (``bits // 64``
    words, a power of two: the top bits of one product) and its mask there (4 bits, from four
    6-bit fields of another product)."""
    words = bits // 64
    hashed = keys.astype(np.int64).view(np.uint64)
    with np.errstate(over="ignore"):
        first, second = hashed * _MULT[0], hashed * _MULT[1]
    at = (first >> np.uint64(65 - words.bit_length())).astype(np.intp) if words > 1 else np.zeros(keys.size, np.intp)
    six = np.uint64(63)
    mask = np.left_shift(np.uint64(1), second >> np.uint64(58))
    for shift in (52, 46, 40):
        mask |= np.left_shift(np.uint64(1), (second >> np.uint64(shift)) & six)
    return at, mask


def block_filters(keys: np.ndarray, blocks: int, bits: int | None = None) -> np.ndarray:
    """The filter bytes of ``blocks`` blocks holding ``keys`` (sorted), ``BLOCK`` a block,
    ``bits`` bits a block (``filter_bits()`` unless given; its layout's scheme)."""
    bits = bits or filter_bits()
    block = np.arange(keys.size, dtype=np.intp) // BLOCK
    if is_word_filter(bits):
        words = bits // 64
        at, mask = word_positions(keys, bits)
        out = np.zeros(blocks * words, dtype=np.uint64)
        np.bitwise_or.at(out, block * words + at, mask)
        return out.astype("<u8").view(np.uint8)
    flags = np.zeros(blocks * bits, dtype=bool)
    base = (block * bits).astype(np.uint64)
    flags[(filter_positions(keys, bits) + base.reshape(-1, 1)).ravel()] = True
    return np.packbits(flags, bitorder="little")


def part_filter_bits(fences: bytes, bits: bytes) -> int:
    """Filter bits a block of a stored run part, from its bytes (8 bytes of fence a block)."""
    return len(bits) * 8 // max(1, len(fences) // 8)


def write_blocks(
    db: sqlite3.Connection, run: int, first_block: int, part: int, keys: np.ndarray, ids: np.ndarray
) -> int:
    """Append pairs (sorted by key) to ``run`` as blocks from ``first_block`` on, with their
    fences and filter as ``part``; returns the number of blocks written. A run's later parts
    keep the filter width of its first (a run begun by a version with another width)."""
    blocks = -(-keys.size // BLOCK)
    if not blocks:
        return 0
    width = filter_bits()
    if part:
        first = db.execute(
            "SELECT fences, bits FROM key_run_parts WHERE run = ? ORDER BY part LIMIT 1", (run,)
        ).fetchone()
        if first is not None:
            width = part_filter_bits(*first)
    keys = np.ascontiguousarray(keys, dtype=np.int64)
    ids = np.ascontiguousarray(ids, dtype=np.int64)
    db.executemany(
        "INSERT INTO key_blocks (id, data) VALUES (?, ?)",
        (
            (
                block_id(run, first_block + b),
                keys[b * BLOCK : (b + 1) * BLOCK].tobytes() + ids[b * BLOCK : (b + 1) * BLOCK].tobytes(),
            )
            for b in range(blocks)
        ),
    )
    db.execute(
        "INSERT INTO key_run_parts (run, part, fences, bits) VALUES (?, ?, ?, ?)",
        (run, part, keys[::BLOCK].tobytes(), block_filters(keys, blocks, width).tobytes()),
    )
    return blocks


def split_block(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    pairs = np.frombuffer(data, dtype=np.int64)
    half = pairs.size // 2
    return pairs[:half], pairs[half:]


def tier(fps: int, tail_min: int) -> int:
    """A run's size tier: runs of ``tail_min`` fingerprints are tier 0, ``FANIN`` times as
    many tier 1, and so on."""
    return int(math.log(max(fps, 1) / max(tail_min, 1), FANIN)) if fps > tail_min else 0


def pick_merge(runs: Iterable[tuple[int, int]], tail_min: int) -> list[int]:
    """The runs to merge next, from (run, fingerprints) of the live runs not being merged:
    the ``FANIN`` oldest of the lowest tier that holds ``FANIN``; none when no tier does."""
    by_tier: dict[int, list[int]] = {}
    for run, fps in sorted(runs):
        by_tier.setdefault(tier(fps, tail_min), []).append(run)
    for level in sorted(by_tier):
        if len(by_tier[level]) >= FANIN:
            return by_tier[level][:FANIN]
    return []


def crawl_layout(total: int, tail_min: int, tail_share: float) -> tuple[list[int], int]:
    """The runs (fingerprints each, oldest first) a crawl storing ``total`` fingerprints one
    by one leaves, with the store's rules (a tail of ``max(tail_min, tail_share * indexed)``
    becomes a run; ``pick_merge`` merges), and how many fingerprints its merges rewrote in
    all. The benchmark builds its stores in this layout and charges merges from it."""
    runs: list[tuple[int, int]] = []
    indexed = rewritten = next_id = 0
    while indexed < total:
        size = min(total - indexed, math.ceil(max(tail_min, tail_share * indexed)))
        runs.append((next_id, size))
        next_id += 1
        indexed += size
        while merge := pick_merge(runs, tail_min):
            merged = sum(fps for run, fps in runs if run in merge)
            runs = [r for r in runs if r[0] not in merge] + [(next_id, merged)]
            next_id += 1
            rewritten += merged
    return [fps for _, fps in runs], rewritten


#: A lookup finds each key's last block in a run through a radix directory over the run's
#: fences (``RunSet._last_blocks``): a binary search over the 482,000 fences of a 1M-story
#: store's largest run cost ~0.25 us a key once other work had left the cache, most of the
#: cost of finding a lookup's blocks.
_SIGN = np.uint64(1 << 63)  # int64 keys as uint64 in the same order


class RunView:
    """What a process holds of one live run: its fences and block filters (``width`` bits a
    block, read from its first part's bytes)."""

    __slots__ = ("run", "fences", "bits", "parts", "width", "_directory")

    def __init__(self, run: int) -> None:
        self.run = run
        self.fences = np.empty(0, dtype=np.int64)
        self.bits = np.empty(0, dtype=np.uint8)
        self.parts = 0
        self.width = 0
        self._directory: tuple[int, np.ndarray] | None = None

    def directory(self) -> tuple[int, np.ndarray]:
        """A radix directory over the fences, made once a process (a live run does not change):
        keys are hashes, so a key's top bits (64 minus the shift given: 2-4 slots a fence)
        name its slot, and entry ``i`` is how many fences lie in the slots before slot ``i``
        (one entry more than slots)."""
        if self._directory is None:
            fences = self.fences
            bits = max(1, (fences.size - 1).bit_length() + 1)
            slots = (fences.view(np.uint64) ^ _SIGN) >> np.uint64(64 - bits)
            counts = np.bincount(slots.astype(np.intp), minlength=1 << bits)
            self._directory = (64 - bits, np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(counts)]))
        return self._directory

    def add_parts(self, rows: Sequence[tuple[bytes, bytes]]) -> None:
        if not rows:
            return
        widths = {part_filter_bits(f, b) for f, b in rows} | ({self.width} if self.width else set())
        if len(widths) != 1 or (width := widths.pop()) not in (filter_bits(8), filter_bits(16)):
            raise ValueError(
                f"key run {self.run}: filter widths {sorted(widths)} bits a block, not one this version reads"
            )
        self.width = width
        self.fences = np.concatenate([self.fences, *(np.frombuffer(f, dtype=np.int64) for f, _ in rows)])
        self.bits = np.concatenate([self.bits, *(np.frombuffer(b, dtype=np.uint8) for _, b in rows)])
        self.parts += len(rows)
        self._directory = None

    def block_range(self, key_from: int, key_to: int) -> tuple[int, int]:
        """First and last block that may hold keys in ``[key_from, key_to)`` (last < first: none)."""
        fences = self.fences
        first = max(0, int(np.searchsorted(fences, key_from, "left")) - 1) if key_from > KEY_MIN else 0
        last = int(np.searchsorted(fences, key_to, "left")) - 1 if key_to < KEY_END else fences.size - 1
        return first, last


class RunSet:
    """The live runs packed for lookups: each run's fences, and every run's block filters in
    one array, so a lookup over all runs is one pass of numpy steps (a few runs at any store
    size: ``FANIN - 1`` a tier at most), each key's block in each run found through the
    runs' fence directories (``RunView.directory``) in one array."""

    __slots__ = (
        "runs", "run_bits", "fences", "offsets", "all_fences", "bits", "words", "groups", "shifts", "directory",
        "dir_starts", "_loops_args",
    )  # fmt: skip

    def __init__(self, views: dict[int, RunView]) -> None:
        order = sorted(run for run, view in views.items() if view.fences.size)
        self.runs = np.array(order, dtype=np.int64)
        self.fences = [views[run].fences for run in order]
        sizes = np.array([f.size for f in self.fences], dtype=np.int64)
        self.offsets = np.cumsum(sizes) - sizes
        self.run_bits = self.runs << 32  # a block's row id is run << 32 | block
        # (and one more: the fence a key past the last run's last slot compares with, to no effect)
        self.all_fences = np.concatenate([*self.fences, np.zeros(1, dtype=np.int64)])
        # Each run's radix directory (``RunView.directory``) with the run's place in
        # ``all_fences`` added, all in one array (``_last_blocks``).
        directories = [views[run].directory() for run in order]
        self.shifts = np.array([shift for shift, _ in directories], dtype=np.uint64).reshape(-1, 1)
        slots = np.array([d.size for _, d in directories], dtype=np.int64)
        self.dir_starts = (np.cumsum(slots) - slots).astype(np.uint64).reshape(-1, 1)
        self.directory = np.concatenate(
            [d + offset for (_, d), offset in zip(directories, self.offsets.tolist(), strict=True)]
            or [np.zeros(1, np.int64)]
        )
        # Every run's filters in one array, each run's padded to whole 8-byte words, read as
        # bytes (8-bit layout) or as words (16-bit layout); runs grouped by width.
        widths = [views[run].width or filter_bits() for run in order]
        chunks, starts, at = [], [], 0
        for run in order:
            bits = views[run].bits
            chunks += [bits, np.zeros(-bits.size % 8, dtype=np.uint8)]
            starts.append(at)
            at += bits.size + (-bits.size % 8)
        self.bits = np.concatenate(chunks) if chunks else np.zeros(8, dtype=np.uint8)
        self.words = self.bits.view("<u8")
        self.groups = []  # (rows: a slice when all runs, width, each row's filter start in its unit)
        for width in sorted(set(widths)):
            rows_list = [i for i, w in enumerate(widths) if w == width]
            rows = slice(None) if len(rows_list) == len(order) else np.array(rows_list, dtype=np.intp)
            unit = 8 if is_word_filter(width) else 1  # bytes a unit of ``words`` or ``bits``
            first = np.array([starts[i] // unit for i in rows_list], dtype=np.intp).reshape(-1, 1)
            self.groups.append((rows, width, first))
        # The compiled lookup's arrays (``_candidate_loops``): runs of word filters only (a run
        # of the 8-bit layout, left from before the fifth session, is looked up with numpy).
        self._loops_args: tuple[np.ndarray, ...] | None = None
        if order and all(is_word_filter(width) for width in widths):
            words_a_block = np.array([width // 64 for width in widths], dtype=np.int64)
            self._loops_args = (
                self.shifts.ravel(),
                self.dir_starts.ravel(),
                self.directory,
                self.all_fences,
                self.offsets,
                sizes,
                self.words,
                np.array(starts, dtype=np.int64) // 8,
                words_a_block,
                np.array([65 - int(w).bit_length() for w in words_a_block], dtype=np.uint64),
                self.run_bits,
            )

    def _last_blocks(self, keys: np.ndarray) -> np.ndarray:
        """(runs, keys): in each run, the last block whose first key is at most the key (-1:
        none), as ``fences.searchsorted(keys, "right") - 1`` gives it: the fences before the
        key's slot in the run's directory, and the slot's fence when it is at most the key (a
        slot of several fences, rare, is searched the usual way)."""
        slot = (keys.astype(np.int64, copy=False).view(np.uint64) ^ _SIGN) >> self.shifts
        slot += self.dir_starts
        at = slot.astype(np.intp)
        lo = self.directory[at]
        at += 1
        count = self.directory[at]
        count -= lo
        found = (self.all_fences[lo] <= keys) & (count > 0)
        found = found + lo
        found -= self.offsets.reshape(-1, 1) + 1
        crowded = count > 1
        if crowded.any():  # a slot of several fences (one key over several blocks)
            for run, i in zip(*np.nonzero(crowded), strict=True):
                found[run, i] = self.fences[run].searchsorted(keys[i], "right") - 1
        return found

    def candidates(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(block row id, key) for every block that may hold one of ``keys``: in each run, the
        last block whose first key is at most the key (every copy of a key held is there),
        when that block's filter passes it, and the blocks before it a key runs over."""
        none = np.empty(0, dtype=np.int64)
        if not self.fences or not keys.size:
            return none, none
        loops = _loops  # loaded before the store is held (``load_compiled``), else numpy
        if loops is not None and self._loops_args is not None:
            keys = np.ascontiguousarray(keys, dtype=np.int64)
            return loops[0](keys, keys.view(np.uint64), _MULT, *self._loops_args)
        return self.candidates_numpy(keys)

    def candidates_numpy(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`candidates` in numpy steps (without numba, and for runs of the 8-bit layout)."""
        none = np.empty(0, dtype=np.int64)
        if not self.fences or not keys.size:
            return none, none
        last = self._last_blocks(keys)  # (runs, keys)
        # A key's filter bits, computed once for all runs of a width; a key before a run's
        # first block (``last`` -1) reads another block's filter, or wraps to the end, and is
        # ruled out after.
        held = np.empty(last.shape, dtype=bool)
        for rows, width, first in self.groups:
            block = last[rows]
            if is_word_filter(width):
                at, mask = word_positions(keys, width)
                held[rows] = (self.words[block * (width // 64) + first + at] & mask) == mask
            else:
                positions = filter_positions(keys, width)
                byte_at = (positions >> np.uint64(3)).astype(np.intp)
                masks = np.left_shift(1, positions & np.uint64(7)).astype(np.uint8)
                start = block * (width // 8) + first
                held[rows] = (self.bits[start[..., None] + byte_at] & masks).all(axis=2)
        held &= last >= 0
        run_at, key_at = np.nonzero(held)
        if not run_at.size:
            return none, none
        at = last[run_at, key_at]
        ids, wanted = self.run_bits[run_at] | at, keys[key_at]
        spans = np.nonzero(self.all_fences[at + self.offsets[run_at]] == wanted)[0]
        if spans.size:  # a block that starts with the key: earlier ones may hold it too
            extra_ids, extra_keys = [ids], [wanted]
            for i in spans.tolist():
                fences, key = self.fences[run_at[i]], int(wanted[i])
                first = max(0, int(np.searchsorted(fences, key, "left")) - 1)
                extra_ids.append(np.arange(first, int(at[i])) | (int(self.runs[run_at[i]]) << 32))
                extra_keys.append(np.full(extra_ids[-1].size, key, dtype=np.int64))
            ids, wanted = np.concatenate(extra_ids), np.concatenate(extra_keys)
        return ids, wanted


def pairs_in_blocks(
    rows: Sequence[tuple[int, bytes]], block_ids: np.ndarray, keys: np.ndarray
) -> list[tuple[int, int]]:
    """The (key, id) pairs of ``keys[i]`` in block ``block_ids[i]``, from the blocks read
    (``rows``: row id and data): each key compared with its block's keys in one numpy step."""
    if not rows:
        return []
    loops = _loops
    if loops is None:
        return pairs_in_blocks_numpy(rows, block_ids, keys)
    found_keys, found_ids = loops[1](*_pair_loops_args(rows, block_ids, keys))
    return list(zip(found_keys.tolist(), found_ids.tolist(), strict=True))


def _pair_loops_args(
    rows: Sequence[tuple[int, bytes]], block_ids: np.ndarray, keys: np.ndarray
) -> tuple[np.ndarray, ...]:
    return (
        np.fromiter((rid for rid, _ in rows), dtype=np.int64, count=len(rows)),
        np.frombuffer(b"".join(data for _, data in rows), dtype=np.int64),
        np.fromiter((len(data) >> 4 for _, data in rows), dtype=np.int64, count=len(rows)),
        np.ascontiguousarray(block_ids, dtype=np.int64),
        np.ascontiguousarray(keys, dtype=np.int64),
    )


def pairs_in_blocks_numpy(
    rows: Sequence[tuple[int, bytes]], block_ids: np.ndarray, keys: np.ndarray
) -> list[tuple[int, int]]:
    """:func:`pairs_in_blocks` in numpy steps (without numba)."""
    if not rows:
        return []
    where = {rid: i for i, (rid, _) in enumerate(rows)}
    flat = np.frombuffer(b"".join(data for _, data in rows), dtype=np.int64)
    width = max(len(data) for _, data in rows) >> 4
    if flat.size == 2 * width * len(rows):  # every block equally full: a view
        pairs = flat.reshape(len(rows), 2, width)
        block_keys, block_ids_ = pairs[:, 0], pairs[:, 1]
    else:
        block_keys = np.zeros((len(rows), width), dtype=np.int64)
        block_ids_ = np.full((len(rows), width), -1, dtype=np.int64)  # -1: no pair there
        for i, (_, data) in enumerate(rows):
            block_keys_i, block_ids_i = split_block(data)
            block_keys[i, : block_keys_i.size] = block_keys_i
            block_ids_[i, : block_ids_i.size] = block_ids_i
    at = np.fromiter((where.get(b, -1) for b in block_ids.tolist()), dtype=np.int64, count=block_ids.size)
    if (at < 0).any():  # deleted since (read outside a transaction): a run merged away meanwhile
        keys, at = keys[at >= 0], at[at >= 0]
    cand, pos = np.nonzero(block_keys[at] == keys.reshape(-1, 1))
    fids = block_ids_[at[cand], pos]
    found = fids >= 0
    return list(zip(keys[cand][found].tolist(), fids[found].tolist(), strict=True))


# -- the lookup compiled (numba) ------------------------------------------------------------
#
# ``RunSet.candidates`` and ``pairs_in_blocks`` as plain loops, compiled by numba when it
# imports (pinned in requirements.txt, as for MinHash; ``NEWSCRAWL_NUMBA=0`` keeps numpy):
# the numpy steps cost ~1-2 us each however few keys they take, ~40 of them a lookup. Same
# output, in the same order, as the numpy code (``tests/test_store_dedupe.py`` compares them).
# Loading them takes ~0.5 s of CPU once a process (compiling them, after an install or a
# change to this file, ~8 s), so the store loads them before it takes the write lock
# (``SQLiteStore.dedupe_batch``), once it has seen key runs: until then lookups use numpy.

_loops: tuple[Callable[..., Any], Callable[..., Any]] | None = None
_loops_tried = False


def load_compiled() -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    """The compiled ``(candidates, pairs)`` loops, compiled or loaded from numba's cache on
    the first call in a process (lookups use them from then on); None without numba."""
    global _loops, _loops_tried
    if _loops_tried:
        return _loops
    _loops_tried = True
    loops = compile_checked((_candidate_loops, _pair_loops), _probe, logger, "Key run lookups with numpy")
    _loops = loops  # type: ignore[assignment]
    return _loops


def compiled_tried() -> bool:
    """Whether :func:`load_compiled` ran in this process (it runs once)."""
    return _loops_tried


def _probe(loops: tuple[Callable[..., Any], Callable[..., Any]]) -> None:
    """Raise unless the compiled loops give numpy's output on a small run (a key over several
    blocks; keys before, between and after its blocks; some in no block)."""
    rng = np.random.default_rng(7)
    keys = np.sort(np.concatenate([rng.integers(-(2**63), 2**63 - 1, size=5 * BLOCK), np.full(2 * BLOCK, 12345)]))
    ids = np.arange(keys.size, dtype=np.int64)
    blocks = -(-keys.size // BLOCK)
    view = RunView(1)
    view.add_parts([(keys[::BLOCK].tobytes(), block_filters(keys, blocks).tobytes())])
    run_set = RunSet({1: view})
    wanted = np.concatenate([keys[::50], [12345, KEY_MIN, KEY_END - 1], rng.integers(-(2**63), 2**63 - 1, 50)])
    wanted = np.unique(wanted)
    rows = [
        (block_id(1, b), keys[b * BLOCK : (b + 1) * BLOCK].tobytes() + ids[b * BLOCK : (b + 1) * BLOCK].tobytes())
        for b in range(blocks)
    ]
    got = loops[0](wanted, wanted.view(np.uint64), _MULT, *run_set._loops_args)
    want = run_set.candidates_numpy(wanted)
    if not (np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])):
        raise ValueError("compiled candidates differ from numpy's")
    got_pairs = loops[1](*_pair_loops_args(rows[:-1], *want))  # one block missing: a run merged away
    if list(zip(*(a.tolist() for a in got_pairs), strict=True)) != pairs_in_blocks_numpy(rows[:-1], *want):
        raise ValueError("compiled block pairs differ from numpy's")


def _candidate_loops(
    keys, keys_u, mult, shifts, dir_starts, directory, all_fences, offsets, sizes, words, word_at, word_count,
    word_shift, run_bits,
):  # fmt: skip
    """``RunSet.candidates`` over runs of word filters, as loops for numba: (block row id, key)
    of each block that may hold a key, run by run in key order, then the blocks before a
    block that starts with its key (every copy of a key a run holds from its last block
    back)."""
    runs, count = offsets.size, keys.size
    out_ids = np.empty(runs * count, dtype=np.int64)
    out_keys = np.empty(runs * count, dtype=np.int64)
    out_runs = np.empty(runs * count, dtype=np.int64)
    found = 0
    sign = np.uint64(1 << 63)
    six = np.uint64(63)
    one = np.uint64(1)
    for r in range(runs):
        start, size = offsets[r], sizes[r]
        for i in range(count):
            key = keys[i]
            slot = np.int64(((keys_u[i] ^ sign) >> shifts[r]) + dir_starts[r])
            lo = directory[slot]
            held = directory[slot + 1] - lo
            if held > 1:  # a slot of several fences (one key over several blocks)
                last = np.searchsorted(all_fences[start : start + size], key, side="right") - 1
            elif held == 1 and all_fences[lo] <= key:
                last = lo - start
            else:
                last = lo - start - 1
            if last < 0:
                continue
            first = keys_u[i] * mult[0]
            second = keys_u[i] * mult[1]
            at = np.int64(first >> word_shift[r]) if word_count[r] > 1 else 0
            mask = (one << (second >> np.uint64(58))) | (one << ((second >> np.uint64(52)) & six))
            mask |= (one << ((second >> np.uint64(46)) & six)) | (one << ((second >> np.uint64(40)) & six))
            if words[word_at[r] + last * word_count[r] + at] & mask != mask:
                continue
            out_ids[found] = run_bits[r] | last
            out_keys[found] = key
            out_runs[found] = r
            found += 1
    extra = 0
    for j in range(found):
        r = out_runs[j]
        last = out_ids[j] - run_bits[r]
        if all_fences[offsets[r] + last] == out_keys[j]:
            fences = all_fences[offsets[r] : offsets[r] + sizes[r]]
            extra += last - max(0, np.searchsorted(fences, out_keys[j], side="left") - 1)
    ids = np.empty(found + extra, dtype=np.int64)
    wanted = np.empty(found + extra, dtype=np.int64)
    ids[:found] = out_ids[:found]
    wanted[:found] = out_keys[:found]
    at = found
    for j in range(found):
        r = out_runs[j]
        last = out_ids[j] - run_bits[r]
        if all_fences[offsets[r] + last] == out_keys[j]:
            fences = all_fences[offsets[r] : offsets[r] + sizes[r]]
            for b in range(max(0, np.searchsorted(fences, out_keys[j], side="left") - 1), last):
                ids[at] = run_bits[r] | b
                wanted[at] = out_keys[j]
                at += 1
    return ids, wanted


def _pair_loops(row_ids, flat, row_pairs, block_ids, keys):
    """``pairs_in_blocks`` as loops for numba: (keys, ids) of the pairs of ``keys[i]`` in
    block ``block_ids[i]``, among the blocks read (``row_ids``, their data one after the
    other in ``flat``, ``row_pairs`` pairs each: keys, then ids). A block's keys are sorted
    (a run is), so a key's pairs are found by a binary search for its first, in ~7 steps
    where a scan of the block's 120 keys took ~1 us a block (~30 us a lookup of 26 blocks)."""
    order = np.argsort(row_ids)
    sorted_ids = row_ids[order]
    starts = np.empty(row_ids.size, dtype=np.int64)
    at = 0
    for i in range(row_ids.size):
        starts[i] = at
        at += 2 * row_pairs[i]
    out_keys = np.empty(16, dtype=np.int64)
    out_ids = np.empty(16, dtype=np.int64)
    found = 0
    for j in range(block_ids.size):
        p = np.searchsorted(sorted_ids, block_ids[j])
        if p == sorted_ids.size or sorted_ids[p] != block_ids[j]:
            continue  # deleted since (read outside a transaction): a run merged away meanwhile
        row = order[p]
        start, pairs, key = starts[row], row_pairs[row], keys[j]
        lo, hi = 0, pairs
        while lo < hi:  # the first of the block's keys that is at least the key
            mid = (lo + hi) >> 1
            if flat[start + mid] < key:
                lo = mid + 1
            else:
                hi = mid
        t = lo
        while t < pairs and flat[start + t] == key:
            if found == out_keys.size:
                out_keys = np.concatenate((out_keys, np.empty(found, dtype=np.int64)))
                out_ids = np.concatenate((out_ids, np.empty(found, dtype=np.int64)))
            out_keys[found] = key
            out_ids[found] = flat[start + pairs + t]
            found += 1
            t += 1
    return out_keys[:found], out_ids[:found]
