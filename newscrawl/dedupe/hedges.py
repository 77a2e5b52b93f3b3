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


def rounded_figures(text: str) -> tuple[list[list], list[list]]:
    """``hedged`` and ``decimals``: ``[[anchor, value], ...]`` of the figures the text writes
    behind a hedge word, and of those with a decimal part ("13.1", "13,1", "1.234,5": a
    separator and one or two digits last; the anchor drops the point), in order."""
    hedged: list[list] = []
    decimals: list[list] = []
    for m in FIGURE.finditer(text):
        token, start = m[0], m.start()
        glued = text[max(0, start - 2) : start].lower() in ("rp", "rm")  # "Rp1.500"
        if start and (
            text[start - 1].isdigit() or text[start - 1] in ".," or (text[start - 1].isalpha() and not glued)
        ):
            continue  # inside a word or a number
        tail = token[-3:]
        decimal = tail[-2:-1] in (".", ",") or tail[:1] in (".", ",")
        if decimal:
            decimals.append([number_anchor(token), value_of(token)])
        before = _CURRENCY.sub("", text[max(0, start - 24) : start].rstrip()).lower().split()
        if before and (before[-1] in HEDGES or " ".join(before[-2:]) in HEDGES):
            hedged.append([number_anchor(token), value_of(token)])
    return hedged, decimals
