"""Vectorised MinHash over word shingles, LSH band keys and containment.

One numpy pass per article: tokens are hashed once (crc32), shingle hashes are
combined from them with array arithmetic, and all permutations are applied at
once as ``(a * h + b) mod 2**64 >> 32`` (multiply-shift hashing). It gives the
same estimates as datasketch's MinHash at a fraction of the cost per article
(``benchmarks/dedupe_bench.py`` measures both): datasketch hashes every shingle
with SHA-1 in Python, which alone costs more than our whole budget per article.

:func:`text_minhash` does the three steps of an article at once. With numba (pinned in
requirements.txt: ``numba==0.68.1``, ``llvmlite==0.50.0``; docs/dedupe.md weighs its cost)
they run as one compiled pass, ~5x faster with the same values, compiled once and then
loaded from numba's cache; when numba cannot import (or its kernel fails), with numpy.
``NEWSCRAWL_NUMBA=0`` keeps numpy.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from typing import Any

import numpy as np

from newscrawl.compiled import compile_checked

#: Permutations per signature (the issue's baseline uses 128 too).
NUM_PERM = 128
#: LSH bands x rows: 32 x 4 finds pairs from Jaccard ~0.42 up (50% chance at 0.42, 98% at 0.6).
#: Truncated copies below that are found by their paragraph keys instead.
BANDS, ROWS = 32, 4
#: Words per shingle: 4 keeps lightly edited copies close and unrelated stories apart.
SHINGLE = 4

_rng = np.random.default_rng(20240913)
_A = (_rng.integers(1, 2**63 - 1, NUM_PERM, dtype=np.uint64) | np.uint64(1)).reshape(1, NUM_PERM)
_B = _rng.integers(0, 2**63 - 1, NUM_PERM, dtype=np.uint64).reshape(1, NUM_PERM)
_SHINGLE_MULT = np.array([0x9E3779B97F4A7C15 ** (SHINGLE - 1 - i) % 2**64 for i in range(SHINGLE)], dtype=np.uint64)
_BAND_MULT = np.array([0xC2B2AE3D27D4EB4F ** (i + 1) % 2**64 for i in range(ROWS)], dtype=np.uint64)
_BAND_OFFSET = np.array([i * 0x100000001B3 for i in range(BANDS)], dtype=np.uint64)
_buffer = np.empty((1024, NUM_PERM), dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
logger = logging.getLogger(__name__)


def text_minhash(joined: bytes | None, tokens: list[bytes] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token hashes (:func:`token_hashes`), distinct shingle hashes (:func:`combine_shingles`)
    and signature (:func:`signature`) of a text given as its tokens joined by single spaces
    (UTF-8; tokens hold no space; None: no token); ``tokens``: the same split, when at hand."""
    return text_minhash_and_lengths(joined, tokens)[:3]


def text_minhash_and_lengths(
    joined: bytes | None, tokens: list[bytes] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """:func:`text_minhash`, and each token's length in characters when the compiled pass
    counted them on the way (its UTF-8 bytes that open a character), else None."""
    if joined is None:
        empty = np.empty(0, dtype=np.uint64)
        return empty, empty, _EMPTY.copy(), None
    kernel = _compiled()
    if kernel is not None and joined:
        return kernel(np.frombuffer(joined, dtype=np.uint8), _CRC_TABLE, _A[0], _B[0], _SHINGLE_MULT)
    hashes = token_hashes(joined.split(b" ") if tokens is None else tokens)
    shingles = combine_shingles(hashes)
    return hashes, shingles, signature(shingles), None


def _crc_table() -> np.ndarray:
    """The table of zlib's crc32 (reflected polynomial 0xEDB88320), one entry a byte value."""
    table = np.zeros(256, dtype=np.uint32)
    for i in range(256):
        c = i
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table[i] = c
    return table


_CRC_TABLE = _crc_table()
_kernel: Callable[..., Any] | None = None
_kernel_tried = False


def _compiled() -> Callable[..., Any] | None:
    """The compiled :func:`text_minhash` (numba, compiled or loaded from its cache on the
    first call in a process), or None without numba."""
    global _kernel, _kernel_tried
    if _kernel_tried:
        return _kernel
    _kernel_tried = True
    compiled = compile_checked((_text_minhash_loops,), _probe, logger, "MinHash with numpy")
    _kernel = compiled[0] if compiled else None
    return _kernel


def _probe(compiled: tuple[Callable[..., Any], ...]) -> None:
    """Raise unless the compiled kernel gives numpy's hashes, signature and word lengths."""
    probe = b"numba probe of the minhash kernel"
    got = compiled[0](np.frombuffer(probe, dtype=np.uint8), _CRC_TABLE, _A[0], _B[0], _SHINGLE_MULT)
    want_hashes = token_hashes(probe.split(b" "))
    if not (
        np.array_equal(got[0], want_hashes)
        and np.array_equal(got[2], signature(combine_shingles(want_hashes)))
        and got[3].tolist() == [len(w) for w in probe.split(b" ")]
    ):
        raise ValueError("compiled values differ from numpy's")


def _text_minhash_loops(
    text: np.ndarray, table: np.ndarray, mult_a: np.ndarray, add_b: np.ndarray, shingle_mult: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`text_minhash_and_lengths` as plain loops over a non-empty text, for numba: crc32
    of each space-separated token and its bytes that open a character (not 0b10xxxxxx), the
    tokens' shingles combined as :func:`combine_shingles` does (uint64 arithmetic wraps),
    sorted and distinct, and each permutation's minimum."""
    tokens = 1
    for i in range(text.size):
        if text[i] == 32:
            tokens += 1
    hashes = np.empty(tokens, dtype=np.uint64)
    lengths = np.zeros(tokens, dtype=np.int32)
    at = 0
    crc = np.uint32(0xFFFFFFFF)
    for i in range(text.size):
        byte = text[i]
        if byte == 32:
            hashes[at] = np.uint64(crc ^ np.uint32(0xFFFFFFFF))
            at += 1
            crc = np.uint32(0xFFFFFFFF)
        else:
            crc = table[(crc ^ byte) & 0xFF] ^ (crc >> np.uint32(8))
            if byte & 0xC0 != 0x80:
                lengths[at] += 1
    hashes[at] = np.uint64(crc ^ np.uint32(0xFFFFFFFF))
    size = shingle_mult.size
    if tokens < size:
        shingles = hashes.copy()
    else:
        shingles = np.empty(tokens - size + 1, dtype=np.uint64)
        for i in range(shingles.size):
            value = np.uint64(0)
            for j in range(size):
                value += hashes[i + j] * shingle_mult[j]
            shingles[i] = value
    shingles.sort()
    kept = 1
    for i in range(1, shingles.size):
        if shingles[i] != shingles[kept - 1]:
            shingles[kept] = shingles[i]
            kept += 1
    shingles = shingles[:kept]
    # Shingle by shingle, all permutations in the inner loop: the 128 products and minima
    # run in SIMD lanes (~3.7x the loop over each permutation's shingles, the same minima).
    least = np.full(mult_a.size, np.uint64(0xFFFFFFFFFFFFFFFF))
    for h in shingles:
        for p in range(mult_a.size):
            value = mult_a[p] * h + add_b[p]
            if value < least[p]:
                least[p] = value
    sig = np.empty(mult_a.size, dtype=np.uint32)
    for p in range(mult_a.size):
        sig[p] = np.uint32(least[p] >> np.uint64(32))
    return hashes, shingles, sig, lengths


def shingle_hashes(tokens: list[str], size: int = SHINGLE) -> np.ndarray:
    """Distinct 64-bit hashes of the word ``size``-grams of ``tokens`` (one gram if shorter)."""
    return combine_shingles(token_hashes(tokens), size)


def token_hashes(tokens: list[str] | list[bytes]) -> np.ndarray:
    """crc32 of each token's UTF-8 (uint64; tokens as str or already encoded), once per article."""
    encoded = map(str.encode, tokens) if tokens and isinstance(tokens[0], str) else tokens
    return np.fromiter(map(zlib.crc32, encoded), dtype=np.uint64, count=len(tokens))


def combine_shingles(token_hashes: np.ndarray, size: int = SHINGLE) -> np.ndarray:
    """Distinct 64-bit hashes of the ``size``-grams of hashed tokens (one gram if shorter)."""
    tokens = token_hashes
    if not tokens.size:
        return np.empty(0, dtype=np.uint64)
    if len(tokens) < size:
        return _distinct(token_hashes.copy())
    n = len(tokens) - size + 1
    with np.errstate(over="ignore"):
        combined = token_hashes[:n] * _SHINGLE_MULT[0]
        for i in range(1, size):
            combined += token_hashes[i : i + n] * _SHINGLE_MULT[i]
    return _distinct(combined)


def _distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of a 1-d array (sorted, distinct), sorted in place: a third of its cost
    on a few hundred values (it hashes, then sorts)."""
    values.sort()
    keep = np.empty(values.size, dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def signature(hashes: np.ndarray) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32) of a set of shingle hashes."""
    if hashes.size == 0:
        return _EMPTY.copy()
    # One reused buffer, (shingles x permutations), rows contiguous: allocating a fresh
    # 600 KB temporary per article costs 5x the arithmetic in page faults.
    global _buffer
    if _buffer.shape[0] < hashes.size:
        _buffer = np.empty((max(hashes.size, 2 * _buffer.shape[0]), NUM_PERM), dtype=np.uint64)
    work = _buffer[: hashes.size]
    np.multiply(hashes.reshape(-1, 1), _A, out=work)
    np.add(work, _B, out=work)
    # The shift is monotonic: shifting the 128 minima equals the minima of the shifted values.
    return (work.min(axis=0) >> np.uint64(32)).astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band: equal keys mean an equal band (the LSH candidate test)."""
    # Integer matmul wraps modulo 2**64 like the element-wise products and sum (one call, not three).
    bands = sig.astype(np.uint64).reshape(BANDS, ROWS)
    return (bands @ _BAND_MULT + _BAND_OFFSET).view(np.int64).tolist()


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(sig_a == sig_b)) / NUM_PERM


def containment(jac: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller set found in the larger, from Jaccard and the set sizes.

    ``|A∩B| = J (|A| + |B|) / (1 + J)``; a copy cut to its first half has J ~0.5 but
    containment ~1.
    """
    small = min(size_a, size_b)
    if small == 0:
        return 0.0
    return min(1.0, jac * (size_a + size_b) / ((1.0 + jac) * small))
