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

Each figure's hash keeps its kind in its top two bits (``COUNT``, ``CLOCK``, ``WEEKDAY``,
``MONTH``): the veto asks whether two paragraphs from one template name another day or
another time, not merely other counts (a writethru revises counts; a copy may write
"Tuesday" as "Nov. 24"). A blob written so has its first paragraph's word count flagged
(``_KINDS``); an older blob's figures are all counts (no veto from it). At most
``MAX_FIGURES`` figures are kept of a paragraph (a table of 80,000 numbers is no template).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import struct
import zlib
from typing import Any

import numpy as np

from newscrawl.dedupe.minhash import token_hashes
from newscrawl.dedupe.text import PerAnchor, paragraph_anchors

#: Paragraphs shorter than this many words are too common ("Magnitude: 5.2") to tell anything.
MIN_WORDS = 8
#: Paragraphs kept per article (the first ones with a figure: a template's are short).
MAX_PARAGRAPHS = 8
#: Words kept of a paragraph (its start tells enough).
MAX_WORDS = 40
#: Figures and dates kept per paragraph (the smallest hashes: the same ones in a copy).
MAX_FIGURES = 24
#: A paragraph's header (words, figures and dates) and its figures, one format a figure count.
_PARAGRAPH_HEADS = [struct.Struct(f"<{2 + k}H") for k in range(MAX_FIGURES + 1)]
#: Set on the first paragraph's word count: figures carry their kind in their top 2 bits.
_KINDS = 0x8000
#: A figure's kind, in its hash's top two bits.
COUNT, CLOCK, WEEKDAY, MONTH = 0, 1, 2, 3
#: A time of day: "21:12", "9.41 a.m.", "10 pm", "14.30 WIB", "pukul 14.30".
#: Every form starts with a digit, "p" or "j": the lookahead in front lets the scan skip other
#: characters at once (half the time of the bare alternatives, the same matches).
_CLOCK = re.compile(
    r"(?=[\dpPjJ])(?:"
    r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b"
    r"|\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:[ap]\.m\.|[ap]m\b|wib\b|wita\b|wit\b|gmt\b|utc\b)"
    r"|\b(?:pukul|pkl\.?|jam)\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\b"
    r")",
    re.IGNORECASE,
)


def paragraph_skeletons(
    by_paragraph: list[list[str]], sizes: list[int], token_hashes: np.ndarray, texts: list[str] | None = None
) -> str:
    """The ``skeletons`` blob: for each paragraph (its anchors in ``by_paragraph``, its number
    of tokens in ``sizes``, the article's token hashes in order) that states a figure, its word
    count, its number of figures and dates, their hashes and its words' hashes, as
    little-endian 16-bit integers. A figure's trailing zeros are dropped ("1.5 million" and
    "1,500,000" are one figure, ``#15`` and ``#1500000``). With the paragraphs' ``texts``, a
    figure that is a time of day there is a ``CLOCK``; without them every number is a count."""
    parts: list[bytes] = []
    low = None  # the token hashes' low 16 bits, made once (a numpy call costs ~1 us)
    start = 0
    for index, (found, size) in enumerate(zip(by_paragraph, sizes, strict=True)):
        if size >= MIN_WORDS:
            # Each anchor's hash as a count or a date (names: _NO_FIGURE), memoised: the set
            # made in C, as _short would give it without clocks.
            shorts = set(map(_AS_COUNT.__getitem__, found))
            shorts.discard(_NO_FIGURE)
            if not shorts:
                start += size
                continue
            if low is None:
                low = token_hashes.astype("<u2")  # the low 16 bits
            # A time of day's figure has 4 digits at most ("#2112" of "21:12"): a paragraph
            # without such a figure needs no search for them.
            if texts and any(map(_MAY_BE_CLOCK.__getitem__, found)):
                clocks = _clocks(texts[index])
                if clocks:
                    shorts = {_short(x, clocks) for x in found if x[0] in "#@"}
            figures = sorted(shorts)[:MAX_FIGURES]
            n = min(size, MAX_WORDS)
            parts.append(_PARAGRAPH_HEADS[len(figures)].pack(n | (_KINDS if not parts else 0), len(figures), *figures))
            parts.append(low[start : start + n].tobytes())
            if len(parts) == 2 * MAX_PARAGRAPHS:
                break
        start += size
    return base64.b64encode(b"".join(parts)).decode("ascii") if parts else ""


#: :func:`_short` of a figure or date anchor as a count (no clocks), of a name _NO_FIGURE.
_NO_FIGURE = -1
_AS_COUNT = PerAnchor(lambda anchor: _short(anchor, frozenset()) if anchor[0] in "#@" else _NO_FIGURE)
#: Can the anchor be a time of day's figure ("#2112" of "21:12": 4 digits at most)?
_MAY_BE_CLOCK = PerAnchor(lambda anchor: anchor[0] == "#" and len(anchor) <= 5)


def _clocks(text: str) -> set[str]:
    """The number anchors of the times of day ``text`` states."""
    found: set[str] = set()
    if not may_hold_clock(text):
        return found  # most paragraphs: a scan by the regex costs ~7 us each
    for m in _CLOCK.finditer(text):
        found.update(x for x in paragraph_anchors([m.group()])[0] if x[0] == "#")
    return found


#: bytes.translate's table for :func:`may_hold_clock` (ASCII text): letters lowered, digits "0", whitespace (re's ``\\s``) dropped.
_CLOCK_HINT_TABLE = bytes(
    ord("0") if chr(c).isdecimal() else ord(chr(c).lower()) if c < 0x80 else c for c in range(0x100)
)
_CLOCK_HINT_SPACES = bytes(c for c in range(0x80) if chr(c).isspace())
#: What every ``_CLOCK`` match holds once its text is so mapped: a figure then a colon and a
#: figure (the first form), a figure then a suffix (the second: the suffix follows the
#: hour's or minutes' last digit, whitespace between dropped), or a word then a figure (the
#: third, ``_CLOCK_WORD_HINTS``). The regex opens with its "0": re finds each "0" in C and
#: tries the rest there (a search for each hint costs ~3x more; a lookbehind for the third
#: form's words, tried at each "0", ~3x more too).
_CLOCK_HINT = re.compile(rb"0(?::0|[ap]m|[ap]\.m\.|wi[bt]|gmt|utc)")
_CLOCK_WORD_HINTS = (b"pukul0", b"pkl0", b"pkl.0", b"jam0")
#: Non-ASCII characters ``_CLOCK`` matches a letter of its words with (IGNORECASE).
_CLOCK_LETTERS = {"\u0130": "i", "\u0131": "i", "\u212a": "k"}


def _clock_hint_fold(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler of :func:`may_hold_clock`: a digit (re's ``\\d``) "0", whitespace
    dropped, a character ``_CLOCK`` reads as a letter that letter, any other a NUL (which
    no hint holds)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        if char.isdecimal():
            out.append("0")
        elif not char.isspace():
            out.append(_CLOCK_LETTERS.get(char, "\0"))
    return "".join(out), error.end


codecs.register_error("newscrawl-clock-hint", _clock_hint_fold)


def may_hold_clock(text: str) -> bool:
    """False when ``_CLOCK`` finds nothing in ``text``: no ``_CLOCK_HINT`` in it with
    letters lowered, digits made "0" and whitespace dropped (``_CLOCK`` itself tries each
    digit, "p" and "j": ~7 us a paragraph). True does not mean it finds one."""
    if text.isascii():
        data = text.encode("ascii")
    elif len(text.encode("utf-8", "surrogatepass")) > len(text) + len(text) // 8:
        return True  # mostly another script: the error handler would take each character
    else:
        data = text.encode("ascii", "newscrawl-clock-hint")
    data = data.translate(_CLOCK_HINT_TABLE, _CLOCK_HINT_SPACES)
    return _CLOCK_HINT.search(data) is not None or any(hint in data for hint in _CLOCK_WORD_HINTS)


def _short(anchor: str, clocks: set[str]) -> int:
    """A figure's or date's 14-bit hash under its kind (a count's trailing zeros dropped)."""
    if anchor[0] == "@":
        kind = WEEKDAY if anchor.startswith("@d") else MONTH
    else:
        kind = CLOCK if anchor in clocks else COUNT
        if kind == COUNT:
            anchor = anchor.rstrip("0")
    return kind << 14 | zlib.crc32(anchor.encode("utf-8")) & 0x3FFF


def kind(figure: int) -> int:
    """A decoded figure's kind (``COUNT``, ``CLOCK``, ``WEEKDAY`` or ``MONTH``)."""
    return figure >> 14


def decoded(fp: dict[str, Any]) -> list[tuple[frozenset[int], tuple[int, ...]]] | None:
    """(figures' and dates' hashes, word hashes) of each paragraph with a figure, once per
    fingerprint; None for a fingerprint stored without them."""
    cached = fp.get("_skeletons")
    if cached is None:
        value = fp.get("skeletons")
        cached = fp["_skeletons"] = (_unpack(value) if isinstance(value, str) else None,)
    return cached[0]


def word_hashes(words: list[str]) -> tuple[int, ...]:
    """``words`` (folded, as ``text.words`` gives them) as a skeleton keeps them, the low 16
    bits of their token hashes: what :func:`decoded` gives for a paragraph's words."""
    return tuple(token_hashes(words).astype("<u2").tolist())


def _unpack(value: str) -> list[tuple[frozenset[int], tuple[int, ...]]]:
    try:
        packed = np.frombuffer(base64.b64decode(value), dtype="<u2").tolist()
    except (binascii.Error, ValueError):
        return []  # a damaged row: no paragraph to compare
    found = []
    i, end = 0, len(packed)
    kinds = bool(packed and packed[0] & _KINDS)
    while i + 2 <= end:
        n, m = packed[i] & ~_KINDS, packed[i + 1]
        if i + 2 + m + n > end:
            break
        figures = packed[i + 2 : i + 2 + m]
        if not kinds:  # written before kinds were: every figure a count
            figures = [f & 0x3FFF for f in figures]
        found.append((frozenset(figures), tuple(packed[i + 2 + m : i + 2 + m + n])))
        i += 2 + m + n
    return found


__all__ = [
    "paragraph_skeletons",
    "decoded",
    "kind",
    "COUNT",
    "CLOCK",
    "WEEKDAY",
    "MONTH",
    "MIN_WORDS",
    "MAX_PARAGRAPHS",
    "MAX_WORDS",
    "MAX_FIGURES",
]
