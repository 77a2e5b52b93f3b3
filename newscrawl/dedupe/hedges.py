"""Rounded figures: "more than 1,200" for 1,243, "nearly $103 billion" for $102.84 billion.

A rewrite may round every figure of its source behind a hedge word ("about", "nearly", "more
than"; "sekitar", "hampir", "lebih dari"), and its figures are then all its own as anchors
(R17 finding 6). For the fingerprint this module finds the figures written behind a hedge word
(``hedged``) and the value of every figure with a decimal part (``decimals``: the anchor of
"13.1" is ``#131``); :func:`evidence.with_hedged_of` takes a hedged figure for the other
article's figure within ``HEDGE_SLACK`` of it.
"""

from __future__ import annotations

import re

from newscrawl.dedupe.text import number_anchor

#: A number: digits with separators ("1,243", "13.1", "1.234,5"); starts with a character
#: class, which re scans for in C.
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
#: Hedge words, as the one or two words before a figure (its currency left out) read.
HEDGES = frozenset(
    (
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "some",
        "over",
        "more than",
        "less than",
        "sekitar",
        "hampir",
        "kira-kira",
        "lebih dari",
        "lebih daripada",
        "kurang dari",
        "kurang lebih",
    )
)
#: A currency between the hedge word and the figure: "$", "US$", "Rp", "RM".
_CURRENCY = re.compile(r"(?:US\$|\$|Rp\.?|RM)\s?$", re.IGNORECASE)


def value_of(token: str) -> float:
    """The value of a number token: "1,243" and "1.243" 1243, "13.1" and "13,1" 13.1."""
    head, sep, tail = token.rpartition(".") if token.rfind(".") > token.rfind(",") else token.rpartition(",")
    if sep and len(tail) in (1, 2):
        return float(head.replace(".", "").replace(",", "") + "." + tail)
    return float(token.replace(".", "").replace(",", ""))


_LAST_WORDS = "|".join(sorted(re.escape(h.split()[-1][::-1]) for h in HEDGES))
#: One scan of the text read backwards, which stops at a digit only where a figure that
#: matters ends or starts (re scans for the digit in C). Group 1, at a figure's last digit: a
#: figure with a decimal part (a separator and one or two digits last; the lookbehinds,
#: backwards, say that the number goes no further). Group 2, at a figure's first digit:
#: what must stand between it and a hedge (spaces, a currency; a hedge word glued to the
#: figure is part of its word), then a hedge's last word, backwards. So it finds every
#: figure the test in :func:`_hedged` can take (and a few it then refuses); IGNORECASE
#: matches every character whose ``lower()`` is the letter (checked over all of Unicode in
#: tests/test_dedupe_fingerprint_speed.py).
_FIGURES_REVERSED = re.compile(
    r"\d(?:(?<!\d\d)(?<!\d[.,]\d)(?=\d?[.,]\d)()"
    rf"|(?=[\s$.PM])(?![.,]\d)(\s*(?:\$SU|\$|\.?PR|MR)?\s*(?:{_LAST_WORDS})))",
    re.IGNORECASE,
)
#: A ``FIGURE`` read backwards from its last digit (it reads the same number either way).
_FIGURE_REVERSED = re.compile(r"\d+(?:[.,]\d+)*")


#: The last words of the hedges: a text that, lowered, holds none of them has no hedged
#: figure (``_hedged`` takes the words before a figure lowered, and looks them up in ``HEDGES``).
_LAST_HEDGE_WORDS = tuple(sorted({h.split()[-1] for h in HEDGES}))
#: The ones a text is searched for: a word holding another ("daripada", "dari") is in every
#: text the other is in, so only the other is searched for (each search reads the whole text).
_HEDGE_WORD_TESTS = tuple(w for w in _LAST_HEDGE_WORDS if not any(v != w and v in w for v in _LAST_HEDGE_WORDS))
#: A separator between two digits: a text without one has no decimal figure. Scanned for at
#: the separator, not at each digit.
_DECIMAL_SEPARATOR = re.compile(r"[.,](?<=\d[.,])\d")
#: Digits past which an ASCII text is checked for either first: the scan costs ~0.1 us a
#: digit, the check ~5-10 us a kilobyte, counting the digits ~1 us a kilobyte.
_DENSE_DIGITS = 200


def _digits(text: str) -> int:
    """The ASCII digits of an ASCII text (each deleted in one C pass)."""
    raw = text.encode("ascii")
    return len(raw) - len(raw.translate(None, b"0123456789"))


def _standalone(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is not inside a word or a number ("Rp1.500" is not)."""
    if not start:
        return True
    before = text[start - 1]
    if before.isdigit() or before in ".,":
        return False
    return not before.isalpha() or text[max(0, start - 2) : start].lower() in ("rp", "rm")


def _hedged(text: str, start: int) -> bool:
    """Whether the one or two words before ``start`` (a currency left out) are a hedge."""
    before = _CURRENCY.sub("", text[max(0, start - 24) : start].rstrip()).lower().split()
    return bool(before) and (before[-1] in HEDGES or " ".join(before[-2:]) in HEDGES)


def rounded_figures(text: str) -> tuple[list[list], list[list]]:
    """``hedged`` and ``decimals``: ``[[anchor, value], ...]`` of the figures the text writes
    behind a hedge word, and of those with a decimal part ("13.1", "13,1", "1.234,5": a
    separator and one or two digits last; the anchor drops the point), in order.

    Only the figures a hedge word stands right before, and the decimal ones, are looked at
    (one scan for digits in C); the rest of the text's figures cost nothing. The scan stops
    at every digit, so a text dense with them (tables, scores, codes, the bench's words) is
    first checked for a hedge word and a separator between digits, and not scanned with
    neither."""
    if text.isascii() and _digits(text) > _DENSE_DIGITS:
        lowered = text.lower()
        if not any(word in lowered for word in _HEDGE_WORD_TESTS) and not _DECIMAL_SEPARATOR.search(text):
            return [], []
    return _scan(text)


def _scan(text: str) -> tuple[list[list], list[list]]:
    """:func:`rounded_figures` of any text, by the scan of its reversed text."""
    hedged: list[list] = []
    decimals: list[list] = []
    reversed_text = text[::-1]
    end = len(text)
    for m in _FIGURES_REVERSED.finditer(reversed_text):
        if m[2] is None:  # a decimal figure's last digit
            start = end - _FIGURE_REVERSED.match(reversed_text, m.start()).end()
            if _standalone(text, start):
                token = text[start : end - m.start()]
                decimals.append([number_anchor(token), value_of(token)])
        else:
            start = end - 1 - m.start()
            if _standalone(text, start) and _hedged(text, start):
                token = FIGURE.match(text, start)[0]
                hedged.append([number_anchor(token), value_of(token)])
    return hedged[::-1], decimals[::-1]
