"""Amounts of money and their currency: what a translation converting currencies changes.

A machine translation into Indonesian or Malay may give "$5 million" as "Rp79 miliar" and add
"(sekitar Rp19 triliun)" after "1,2 miliar dolar AS": the figure is another number, the same
amount. Each figure the text gives as an amount is tagged with its currency's kind:

* ``L``: local money (rupiah, ringgit: "Rp79 miliar", "RM2,5 juta", "300 ribu rupiah");
* ``F``: foreign money ("$5 million", "US$2", "1,2 miliar dolar AS", "20 billion euros");
* ``B``: a local amount in brackets after a foreign one ("... dolar AS (sekitar Rp19 triliun)"),
  kept as ``[anchor, "B", the foreign amount's anchor]``: a translator's addition.

Stored in the fingerprint as ``money`` (a list, often empty); a fingerprint stored without it
has none. Matching (``evidence.with_money_of``) reads it between two languages only.
"""

from __future__ import annotations

import re
from typing import Any

from newscrawl.dedupe.text import number_anchor

#: Currency signs and codes written before the amount ("$5", "Rp79", "RM 2,5") ...
_SIGNS = {"$": "F", "€": "F", "£": "F", "¥": "F", "USD": "F", "EUR": "F", "Rp": "L", "RM": "L", "IDR": "L", "MYR": "L"}
#: ... and currency words written after it ("5 million dollars", "1,2 miliar dolar AS").
_WORDS = {"dollar": "F", "dolar": "F", "euro": "F", "yuan": "F", "rupiah": "L", "ringgit": "L"}
_AFTER_SIGN = re.compile(r"\.?\s?(\d+(?:[.,]\d+)*)")
_BEFORE_WORD = re.compile(
    r"(\d+(?:[.,]\d+)*)(?:\s?(?:ribu|rb|juta|jt|miliar|milyar|bilion|trilion|triliun|thousand|million|billion"
    r"|trillion|mn|bn))?\s(?:US\s|U\.S\.\s)?$"
)
#: "(sekitar Rp19 triliun)": a local amount in brackets, a translator's conversion.
_IN_BRACKETS = re.compile(
    r"\((?:sekitar|kira-kira|kurang lebih|lebih kurang|setara(?: dengan)?|about|approximately|around)?\s*$",
    re.IGNORECASE,
)
#: How far before a currency word its amount may start, and before a bracket the amount converted.
_LOOK_BACK = 32
_CONVERTED_WITHIN = 24


def money_figures(text: str) -> list[list[str]]:
    """``[anchor, kind]`` (``[anchor, "B", foreign anchor]``) of each amount of money in ``text``,
    in order. Found with ``str.find`` (a regex over the whole text costs ~50 us an article)."""
    found: list[tuple[int, int, str, str]] = []  # (start, end, anchor, kind)
    for sign, kind in _SIGNS.items():
        at = text.find(sign)
        while at >= 0:
            end = at + len(sign)
            if sign == "$" or not (at and text[at - 1].isalnum()):
                m = _AFTER_SIGN.match(text, end)
                if m:
                    found.append((at, m.end(), number_anchor(m[1]), kind))
            at = text.find(sign, end)
    for word, kind in _WORDS.items():
        at = text.find(word)
        while at >= 0:
            if at and not text[at - 1].isalpha():
                m = _BEFORE_WORD.search(text, max(0, at - _LOOK_BACK), at)
                if m:
                    found.append((m.start(), at + len(word), number_anchor(m[1]), kind))
            at = text.find(word, at + len(word))
    if not found:
        return []
    found.sort()
    out: list[list[str]] = []
    last_foreign: tuple[int, str] | None = None  # (end, anchor)
    for start, end, anchor, kind in found:
        if kind == "L" and last_foreign is not None and start - last_foreign[0] <= _CONVERTED_WITHIN:
            if _IN_BRACKETS.search(text, last_foreign[0], start):
                out.append([anchor, "B", last_foreign[1]])
                continue
        out.append([anchor, kind])
        if kind == "F":
            last_foreign = (end, anchor)
    return out


def kinds(fp: dict[str, Any]) -> dict[str, set[str]]:
    """Anchor -> the kinds of money it is given as (``L``, ``F``); bracketed ones apart."""
    out: dict[str, set[str]] = {}
    for entry in fp.get("money") or ():
        if isinstance(entry, list) and len(entry) >= 2 and entry[1] in ("L", "F"):
            out.setdefault(entry[0], set()).add(entry[1])
    return out


def bracketed(fp: dict[str, Any]) -> dict[str, str]:
    """Bracketed local amount's anchor -> the foreign amount's anchor it converts."""
    return {e[0]: e[2] for e in fp.get("money") or () if isinstance(e, list) and len(e) == 3 and e[1] == "B"}
