"""Numbers written as words: what a copy writing the figure in digits changes.

Wire style writes one to nine as words and any number that opens a sentence ("Nineteen others
were missing"); a summary or a translation may give the same figure in digits ("19 hilang"),
and an Indonesian or Malay writer words it in turn ("enam tewas", "sembilan belas orang"). The
anchors read digits only, so the figure was one of the copy's own. Each number word from two to
ninety-nine in English, Indonesian or Malay ("two", "nineteen", "twenty-five", "dua", "sebelas",
"sembilan belas", "dua puluh lima") is kept as ``[anchor, paragraph, slot]``: its anchor as the
digits would read (``#19``), the paragraph it stands in and the place among that paragraph's
mentions where it stands (the mentions before it). "One" / "satu" are left out (a pronoun, "salah satu"), and so is
a capitalised number word inside a sentence (a name: "Lima", "Channel Seven"; the word after a
dateline's dash, "Padang (ANTARA) - Tujuh", or its credit, "Alappuzha (Kerala), Oct 17 (PTI) Fourteen", opens one), a word of a larger number ("one hundred and
twenty", "dua puluh ribu", "seratus dua puluh": not parsed, so not read as 20) and one that counts
nothing ("two-way", "dua hala"). Tens and ones may be joined by any hyphen or dash ("twenty‑one").

Stored in the fingerprint as ``spelled`` (a list, often empty); a fingerprint stored without it
has none. Matching (``evidence.with_spelled_of``) reads it only to fill in a figure of ten or more
the other article gives in digits and this one nowhere, or, for a summary, a number both word
(unless the summary words a number the story has neither in words nor in digits).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from newscrawl.dedupe.text import DATELINE_CHARS, DATELINE_WORD, dateline_end, opens_sentence, word_bytes

#: Entries kept per article (a table of counts written out would be noise).
MAX_SPELLED = 32

_EN_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Indonesian and Malay ("lapan" is Malay's eight).
_ID_UNITS = {
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "lapan": 8, "sembilan": 9,
}  # fmt: skip
_ID_ONE = {"satu": 1, **_ID_UNITS}


def _alternation(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_NUMBER_WORD = re.compile(
    r"(?<![\w-])(?:"
    rf"(?P<tens>{_alternation(_EN_TENS)})(?:[- \u2010\u2011\u2013](?P<ones>{_alternation(_EN_UNITS)}|one))?"
    rf"|(?P<teen>{_alternation(_EN_TEENS)})"
    rf"|(?P<unit>{_alternation(_EN_UNITS)})"
    rf"|(?P<id_tens>{_alternation(_ID_UNITS)}) puluh(?: (?P<id_ones>{_alternation(_ID_ONE)}))?"
    rf"|(?P<id_teen>{_alternation(_ID_ONE)}) belas"
    r"|(?P<sepuluh>sepuluh)|(?P<sebelas>sebelas)"
    rf"|(?P<id_unit>{_alternation(_ID_UNITS)})"
    r")(?!\w)",
    re.IGNORECASE,
)
#: Words that make a number word part of a larger number ("two hundred", "dua puluh ribu",
#: "seratus dua puluh", "one hundred and twenty"): a word before or after one of these is skipped.
_SCALES = (
    "hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions"
    "|ratus|ribu|juta|miliar|milyar|bilion|triliun|trilion|seratus|seribu|sejuta|semiliar|setengah"
)
_SCALE_BEFORE = re.compile(rf"(?<!\w)(?:{_SCALES})(?: and)?\s*$", re.IGNORECASE)
_SCALE_AFTER = re.compile(rf"[\s-]*(?:{_SCALES}|and a half)(?!\w)", re.IGNORECASE)
#: A number word that counts nothing: "two-way", "dua hala" (Malay: bilateral), "dua arah".
_NO_COUNT = re.compile(r"[- ](?:way|hala|arah)(?!\w)", re.IGNORECASE)
#: A dateline ending in a dash at a paragraph's start ("Padang (ANTARA) - ", "KUALA LUMPUR, 3 Nov
#: (Bernama) -- "): words with a capital or a digit, a bracketed credit, a site ("kompas.com").
#: The word after it opens the lead's sentence.
_DATELINE = re.compile(rf"{DATELINE_WORD}(?:[ ,/]+{DATELINE_WORD})*\s+(?:--?|[\u2013\u2014])\s*")
#: Every word a number word above opens with: a text holding none is not scanned.
_FIRST_WORDS = frozenset(w.encode() for w in (*_EN_UNITS, *_EN_TEENS, *_EN_TENS, *_ID_ONE, "sepuluh", "sebelas"))


def _value(m: re.Match[str]) -> int:
    if m["tens"]:
        return _EN_TENS[m["tens"].lower()] + (_EN_UNITS.get(m["ones"].lower(), 1) if m["ones"] else 0)
    if m["teen"]:
        return _EN_TEENS[m["teen"].lower()]
    if m["unit"]:
        return _EN_UNITS[m["unit"].lower()]
    if m["id_tens"]:
        return 10 * _ID_UNITS[m["id_tens"].lower()] + (_ID_ONE[m["id_ones"].lower()] if m["id_ones"] else 0)
    if m["id_teen"]:
        return 10 + _ID_ONE[m["id_teen"].lower()]
    if m["sepuluh"]:
        return 10
    if m["sebelas"]:
        return 11
    return _ID_UNITS[m["id_unit"].lower()]


def _after_dateline(para: str, at: int) -> bool:
    """Does a dateline ending in a dash (``_DATELINE``), or one closing on an agency's credit
    without a dash ("Alappuzha (Kerala), Oct 17 (PTI) Fourteen": ``text.dateline_end``), come
    before ``at``, and nothing else?"""
    return at <= DATELINE_CHARS and (_DATELINE.fullmatch(para, 0, at) is not None or dateline_end(para) == at)


def spelled_figures(
    paras: list[str], offsets: list[list[int]], para_tokens: list[list[bytes]] | None = None
) -> list[list[Any]]:
    """``[anchor, paragraph, slot]`` of each number word of ``paras`` (see the module's
    docstring), in order; ``offsets`` the offsets of each paragraph's mentions (as
    ``text.paragraph_anchors`` gives them),
    ``para_tokens`` each paragraph's words (UTF-8, folded: ``text.word_bytes``) when at hand.
    Only a paragraph holding a number word is read: ``str.find`` for each it holds, then the
    regex at each hit (a scan of every paragraph by the regex cost ~100 us an article)."""
    found: list[list[Any]] = []
    for i, para in enumerate(paras):
        present = _FIRST_WORDS.intersection(para_tokens[i] if para_tokens is not None else word_bytes(para))
        if not present:
            continue
        low = para.lower()
        if len(low) != len(para):  # a character lower-cased into two: offsets would not hold
            hits = [m.start() for m in _NUMBER_WORD.finditer(para)]
        else:
            hits = []
            for word in present:
                word = word.decode()
                at = low.find(word)
                while at >= 0:
                    hits.append(at)
                    at = low.find(word, at + len(word))
            hits.sort()
        stop = 0  # "dua puluh lima" holds "lima": one number
        for at in hits:
            m = _NUMBER_WORD.match(para, at) if at >= stop else None
            if m is None:
                continue
            stop = m.end()
            if _SCALE_AFTER.match(para, stop) or _SCALE_BEFORE.search(para, max(0, at - 24), at):
                continue  # part of a larger number: "twenty-five thousand", "seratus dua puluh"
            if _NO_COUNT.match(para, stop):
                continue
            if m[0][0].isupper() and not opens_sentence(para, at) and not _after_dateline(para, at):
                continue  # a name: "Lima", "Seven Network"
            found.append([f"#{_value(m)}", i, bisect_left(offsets[i], at)])  # the mentions before it
            if len(found) == MAX_SPELLED:
                return found
    return found
