"""Paragraph skeletons: what tells two reports written from one template apart.

An automated newsroom writes its bulletins from a template (a quake's magnitude and place,
a currency's close, a match's score): two bulletins share most words and shingles, and
differ in the names and figures put into the same paragraphs. A copy keeps those
paragraphs with their names and figures; a writethru revises the figures of one or two and
keeps the others as they were.

Each paragraph that states a figure (a number anchor) gives its words, as 16-bit hashes
(the token hashes MinHash computed: no more work on the text), and a hash of its figures
and dates in order (what a template fills in; not its names, which are judged over the whole
article: a copy cut short may judge a capitalised word otherwise). The fingerprint keeps them
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
_HEADER = struct.Struct("<3H")  # words, figures' hash (high, low)


def paragraph_skeletons(by_paragraph: list[list[str]], sizes: list[int], token_hashes: np.ndarray) -> str:
    """The ``skeletons`` blob: for each paragraph (its anchors in ``by_paragraph``, its number
    of tokens in ``sizes``, the article's token hashes in order) that states a figure, its
    word count, its figures' and dates' hash and its words' hashes, as little-endian 16-bit integers."""
    parts: list[bytes] = []
    low = None  # the token hashes' low 16 bits, made once (a numpy call costs ~1 us)
    start = 0
    for found, size in zip(by_paragraph, sizes, strict=True):
        if size >= MIN_WORDS and any(x[0] == "#" for x in found):
            if low is None:
                low = token_hashes.astype("<u2")  # the low 16 bits
            filled = zlib.crc32("\x1f".join(x for x in found if x[0] in "#@").encode("utf-8"))
            n = min(size, MAX_WORDS)
            parts.append(_HEADER.pack(n, filled >> 16, filled & 0xFFFF))
            parts.append(low[start : start + n].tobytes())
            if len(parts) == 2 * MAX_PARAGRAPHS:
                break
        start += size
    return base64.b64encode(b"".join(parts)).decode("ascii") if parts else ""


def decoded(fp: dict[str, Any]) -> list[tuple[int, tuple[int, ...]]] | None:
    """(figures' hash, word hashes) of each paragraph with a figure, once per fingerprint;
    None for a fingerprint stored without them."""
    cached = fp.get("_skeletons")
    if cached is None:
        value = fp.get("skeletons")
        cached = fp["_skeletons"] = (_unpack(value) if isinstance(value, str) else None,)
    return cached[0]


def _unpack(value: str) -> list[tuple[int, tuple[int, ...]]]:
    try:
        packed = np.frombuffer(base64.b64decode(value), dtype="<u2").tolist()
    except (binascii.Error, ValueError):
        return []  # a damaged row: no paragraph to compare
    found = []
    i, end = 0, len(packed)
    while i + 3 <= end:
        n = packed[i]
        if i + 3 + n > end:
            break
        found.append(((packed[i + 1] << 16) | packed[i + 2], tuple(packed[i + 3 : i + 3 + n])))
        i += 3 + n
    return found


__all__ = ["paragraph_skeletons", "decoded", "MIN_WORDS", "MAX_PARAGRAPHS", "MAX_WORDS"]
