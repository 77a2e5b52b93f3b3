"""Paragraph skeletons: what tells two reports written from one template apart.

An automated newsroom writes its bulletins from a template (a quake's magnitude and place,
a currency's close, a match's score): two bulletins share most words and shingles, and
differ in the names and figures put into the same paragraphs. A copy keeps those
paragraphs with their names and figures; a writethru revises the figures of one or two and
keeps the others as they were.

Each paragraph that states a figure (a number anchor) gives its words, as 16-bit hashes
(the token hashes MinHash computed: no more work on the text), and its figures and dates,
hashed (what a template fills in; not its names, which are judged over the whole article: a
copy cut short may judge a capitalised word otherwise). The fingerprint keeps them
as one base64 blob (``skeletons``); a fingerprint stored without it has none, and gets no
template veto (``evidence.is_template_pair``).
"""

from __future__ import annotations

import base64
import binascii
import struct
import zlib
from typing import Any

import numpy as np

#: Paragraphs shorter than this many words are too common ("Magnitude: 5.2") to tell anything.
MIN_WORDS = 8
#: Paragraphs kept per article (the first ones with a figure: a template's are short).
MAX_PARAGRAPHS = 8
#: Words kept of a paragraph (its start tells enough).
MAX_WORDS = 40
_HEADER = struct.Struct("<2H")  # words, figures and dates


def paragraph_skeletons(by_paragraph: list[list[str]], sizes: list[int], token_hashes: np.ndarray) -> str:
    """The ``skeletons`` blob: for each paragraph (its anchors in ``by_paragraph``, its number
    of tokens in ``sizes``, the article's token hashes in order) that states a figure, its word
    count, its number of figures and dates, their hashes and its words' hashes, as
    little-endian 16-bit integers. A figure's trailing zeros are dropped ("1.5 million" and
    "1,500,000" are one figure, ``#15`` and ``#1500000``)."""
    parts: list[bytes] = []
    low = None  # the token hashes' low 16 bits, made once (a numpy call costs ~1 us)
    start = 0
    for found, size in zip(by_paragraph, sizes, strict=True):
        if size >= MIN_WORDS and any(x[0] == "#" for x in found):
            if low is None:
                low = token_hashes.astype("<u2")  # the low 16 bits
            figures = {_short(x.rstrip("0") if x[0] == "#" else x) for x in found if x[0] in "#@"}
            n = min(size, MAX_WORDS)
            parts.append(_HEADER.pack(n, len(figures)))
            parts.append(struct.pack(f"<{len(figures)}H", *sorted(figures)))
            parts.append(low[start : start + n].tobytes())
            if len(parts) == 3 * MAX_PARAGRAPHS:
                break
        start += size
    return base64.b64encode(b"".join(parts)).decode("ascii") if parts else ""


def _short(anchor: str) -> int:
    return zlib.crc32(anchor.encode("utf-8")) & 0xFFFF


def decoded(fp: dict[str, Any]) -> list[tuple[frozenset[int], tuple[int, ...]]] | None:
    """(figures' and dates' hashes, word hashes) of each paragraph with a figure, once per
    fingerprint; None for a fingerprint stored without them."""
    cached = fp.get("_skeletons")
    if cached is None:
        value = fp.get("skeletons")
        cached = fp["_skeletons"] = (_unpack(value) if isinstance(value, str) else None,)
    return cached[0]


def _unpack(value: str) -> list[tuple[frozenset[int], tuple[int, ...]]]:
    try:
        packed = np.frombuffer(base64.b64decode(value), dtype="<u2").tolist()
    except (binascii.Error, ValueError):
        return []  # a damaged row: no paragraph to compare
    found = []
    i, end = 0, len(packed)
    while i + 2 <= end:
        n, m = packed[i], packed[i + 1]
        if i + 2 + m + n > end:
            break
        found.append((frozenset(packed[i + 2 : i + 2 + m]), tuple(packed[i + 2 + m : i + 2 + m + n])))
        i += 2 + m + n
    return found


__all__ = ["paragraph_skeletons", "decoded", "MIN_WORDS", "MAX_PARAGRAPHS", "MAX_WORDS"]
