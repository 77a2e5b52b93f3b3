"""Amounts of money and their currency: what a translation converting currencies changes.

A machine translation into Indonesian or Malay may give "$5 million" as "Rp79 miliar" and add
"(sekitar Rp19 triliun)" after "1,2 miliar dolar AS": the figure is another number, the same
amount. Each figure the text gives as an amount is tagged with its currency's kind:

* ``L``: local money (rupiah, ringgit: "Rp79 miliar", "RM2,5 juta", "300 ribu rupiah");
* ``F``: foreign money ("$5 million", "US$2", "1,2 miliar dolar AS", "20 billion euros");
* ``B``: a local amount in brackets after a foreign one ("... dolar AS (sekitar Rp19 triliun)"),
  kept as ``[anchor, "B", the foreign amount's anchor]``: a translator's addition.

Each entry also gives the amount's currency (ISO code) and its value (the number times its
scale word, "Rp30 miliar" 3e10): ``[anchor, kind, currency, value]``, ``[anchor, "B", foreign
anchor, currency, value]``. A conversion is read only between amounts whose ratio lies in a
plausible exchange-rate band (``RATE_BANDS``, :func:`plausible_rate`): "Rp30 miliar" is no
conversion of "$5 million" (6,000 rupiah a dollar), "Rp79 miliar" is (15,800).

Stored in the fingerprint as ``money`` (a list, often empty); a fingerprint stored without it
has none (an entry stored without currency and value: any rate). Matching (``evidence.with_money_of``) reads it between two languages only.
"""

from __future__ import annotations

import re
from typing import Any

from newscrawl.dedupe.text import number_anchor

#: Local currency units a foreign unit buys: a band wide enough for the rates of 2000-2026 and
#: their swings (rupiah 8,000-16,500 a dollar, ringgit 3.2-4.8), no wider. Yuan and yen
#: against the ringgit and rupiah likewise.
RATE_BANDS = {
    ("IDR", "USD"): (10_000, 25_000),
    ("IDR", "EUR"): (11_000, 28_000),
    ("IDR", "GBP"): (13_000, 32_000),
    ("IDR", "SGD"): (7_000, 19_000),
    ("IDR", "AUD"): (6_000, 17_000),
    ("IDR", "JPY"): (70, 200),
    ("IDR", "CNY"): (1_400, 3_500),
    ("MYR", "USD"): (3, 6),
    ("MYR", "EUR"): (3.2, 6.8),
    ("MYR", "GBP"): (3.8, 8),
    ("MYR", "SGD"): (2.3, 4.5),
    ("MYR", "AUD"): (2, 4.5),
    ("MYR", "JPY"): (0.02, 0.05),
    ("MYR", "CNY"): (0.4, 0.9),
    # One local currency written as the other (a Malaysian minimum wage in rupiah for Indonesian
    # readers): rupiah a ringgit 2,800-4,300. Since 2012 the rate has stayed about 2,950-4,000
    # (yearly means 3,050-3,800: ~3,100 in 2012 and 2017, 3,300-3,500 in 2018-2024, ~3,900 in
    # late 2025), the two moving together against the dollar; the band leaves 5-8% either side
    # for a translator's rounding ("sekitar Rp 6,2 juta" for RM1,700 is 3,650). 2,000-5,000 took
    # a rupiah amount worth 0.6 or 1.4 times the ringgit amount for its conversion.
    ("IDR", "MYR"): (2_800, 4_300),
    ("MYR", "IDR"): (1 / 4_300, 1 / 2_800),
}
#: The money of a language's readers: what a translation into that language converts into.
LOCAL_CURRENCY = {"id": "IDR", "ms": "MYR"}
#: Scale words after an amount.
_SCALES = {
    "ribu": 1e3, "rb": 1e3, "thousand": 1e3, "k": 1e3,
    "juta": 1e6, "jt": 1e6, "million": 1e6, "mn": 1e6, "m": 1e6,
    "miliar": 1e9, "milyar": 1e9, "bilion": 1e9, "billion": 1e9, "bn": 1e9,
    "triliun": 1e12, "trilion": 1e12, "trillion": 1e12,
}  # fmt: skip
_SCALE_AFTER = re.compile(r"\s?(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
#: The currency each sign or word names ("$" after "S" or "A": Singapore's, Australia's).
_CODES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "USD": "USD", "EUR": "EUR", "Rp": "IDR", "RM": "MYR",
          "IDR": "IDR", "MYR": "MYR", "dollar": "USD", "dolar": "USD", "euro": "EUR", "yuan": "CNY",
          "rupiah": "IDR", "ringgit": "MYR"}  # fmt: skip
#: Currency signs and codes written before the amount ("$5", "Rp79", "RM 2,5") ...
_SIGNS = {"$": "F", "€": "F", "£": "F", "¥": "F", "USD": "F", "EUR": "F", "Rp": "L", "RM": "L", "IDR": "L", "MYR": "L"}
#: The signs and codes ASCII text can hold (a search for each of the others would find none).
_SIGNS_ASCII = [(sign, kind) for sign, kind in _SIGNS.items() if sign.isascii()]
#: ... and currency words written after it ("5 million dollars", "1,2 miliar dolar AS").
_WORDS = {"dollar": "F", "dolar": "F", "euro": "F", "yuan": "F", "rupiah": "L", "ringgit": "L"}
_DIGITS = r"\d+(?:[.,]\d+)*"  # an amount's figure, its separators whichever way round
_FIGURE = re.compile(_DIGITS)
_AFTER_SIGN = re.compile(r"\.?\s?(" + _DIGITS + ")")
_BEFORE_WORD = re.compile(
    "(" + _DIGITS + r")(?:\s?(ribu|rb|juta|jt|miliar|milyar|bilion|trilion|triliun|thousand|million|billion"
    r"|trillion|mn|bn))?\s(?:US\s|U\.S\.\s)?$"
)
#: "(sekitar Rp19 triliun)": a local amount in brackets, a translator's conversion; or after
#: "atau" ("3,9 miliar dolar AS atau sekitar Rp 64 triliun", "... atau setara Rp 64 triliun"),
#: as fluent Indonesian and Malay translations write it.
_IN_BRACKETS = re.compile(
    r"(?:\(|\batau\s+)(?:sekitar|kira-kira|kurang lebih|lebih kurang|setara(?: dengan)?|about|approximately"
    r"|around)?\s*$",
    re.IGNORECASE,
)
#: How far before a currency word its amount may start, and before a bracket the amount converted.
_LOOK_BACK = 32
_CONVERTED_WITHIN = 24


def money_figures(text: str) -> list[list[str]]:
    """``[anchor, kind]`` (``[anchor, "B", foreign anchor]``) of each amount of money in ``text``,
    in order. Found with ``str.find`` (a regex over the whole text costs ~50 us an article)."""
    found: list[tuple[int, int, str, str, str, float]] = []  # (start, end, anchor, kind, currency, value)
    for sign, kind in _SIGNS_ASCII if text.isascii() else _SIGNS.items():
        at = text.find(sign)
        while at >= 0:
            end = at + len(sign)
            if sign == "$" or not (at and text[at - 1].isalnum()):
                m = _AFTER_SIGN.match(text, end)
                if m:
                    code = _CODES[sign]
                    if sign == "$" and at and text[at - 1] in "SA" and not text[max(0, at - 2) : at].startswith("U"):
                        code = "SGD" if text[at - 1] == "S" else "AUD"
                    scale = _SCALE_AFTER.match(text, m.end())
                    value = _value(m[1]) * (_SCALES[scale[1].lower()] if scale else 1)
                    found.append((at, m.end(), number_anchor(m[1]), kind, code, value))
            at = text.find(sign, end)
    for word, kind in _WORDS.items():
        at = text.find(word)
        while at >= 0:
            if at and not text[at - 1].isalpha():
                m = _BEFORE_WORD.search(text, max(0, at - _LOOK_BACK), at)
                if m:
                    code = _CODES[word]
                    if word in ("dollar", "dolar") and re.match(
                        r"\s?(?:Singapura|Singapore)", text[at + len(word) + 1 :]
                    ):
                        code = "SGD"
                    value = _value(m[1]) * (_SCALES[m[2].lower()] if m[2] else 1)
                    found.append((m.start(), at + len(word), number_anchor(m[1]), kind, code, value))
            at = text.find(word, at + len(word))
    if not found:
        return []
    found.sort()
    out: list[list[str]] = []
    last_foreign: tuple[int, str] | None = None  # (end, anchor)
    for start, end, anchor, kind, code, value in found:
        if kind == "L" and last_foreign is not None and start - last_foreign[0] <= _CONVERTED_WITHIN:
            if _IN_BRACKETS.search(text, last_foreign[0], start):
                out.append([anchor, "B", last_foreign[1], code, value])
                continue
        out.append([anchor, kind, code, value])
        if kind == "F":
            last_foreign = (end, anchor)
    return out


def scaled_values(text: str) -> set[int]:
    """The values of the figures ``text`` writes with a scale word after them: "689 ribu"
    689000, "2,4 miliar" 2400000000, "1.2 million" 1200000."""
    out = set()
    for m in _FIGURE.finditer(text):
        scale = _SCALE_AFTER.match(text, m.end())
        if scale and not (m.start() and text[m.start() - 1].isalnum()):
            out.add(round(_value(m[0]) * _SCALES[scale[1].lower()]))
    return out


def _value(digits: str) -> float:
    """An amount's number: "1,2" 1.2, "1.500.000" 1500000, "15,655" 15655, "2.5" 2.5 (a
    separator before three digits groups thousands, before one or two marks the decimals)."""
    groups = re.split(r"[.,]", digits)
    if len(groups) > 1 and len(groups[-1]) != 3:
        return float("".join(groups[:-1]) + "." + groups[-1])
    return float("".join(groups))


def amounts(fp: dict[str, Any]) -> dict[str, list[tuple[str, float]]]:
    """Anchor -> (currency, value) of each amount given with it (entries stored with them)."""
    out: dict[str, list[tuple[str, float]]] = {}
    for entry in fp.get("money") or ():
        if isinstance(entry, list) and len(entry) >= 4 and isinstance(entry[-1], (int, float)):
            out.setdefault(entry[0], []).append((str(entry[-2]), float(entry[-1])))
    return out


def plausible_rate(local: list[tuple[str, float]], foreign: list[tuple[str, float]]) -> bool:
    """May a local amount be a conversion of a foreign one: does some pair's ratio lie in its
    ``RATE_BANDS`` band? Either side unknown (stored without currency), or a pair of currencies
    without a band: yes, as before bands were."""
    if not local or not foreign:
        return True
    for code, value in local:
        for their_code, their_value in foreign:
            if (code, their_code) not in RATE_BANDS or not their_value:
                return True
            if _in_band(code, value, their_code, their_value):
                return True
    return False


def _in_band(code: str, value: float, their_code: str, their_value: float) -> bool:
    """Does ``value`` in ``code`` lie in ``RATE_BANDS``' band for ``their_value`` in ``their_code``?"""
    low, high = RATE_BANDS[code, their_code]
    return low <= value / their_value <= high


def other_currency(
    local: list[tuple[str, float]], theirs: list[tuple[str, float]], reader: str | None, writer: str | None
) -> bool:
    """Is a local amount (``local``, in a text in the ``reader``'s language) the conversion of
    an amount in another local currency (``theirs``, in a text in the ``writer``'s language),
    at a rate of ``RATE_BANDS``? A translator converts into the reader's money what the
    original gives in money foreign to the reader ("RM1,700" in a Bernama English story as
    "Rp 6,2 juta" for Indonesian readers). Only when ``local`` is the reader's money and
    ``theirs`` is not the writer's (a Malay text's ringgit and an Indonesian text's rupiah are
    each converted from a third amount, if at all: neither is the other's original); one way
    only, then, so the two articles, each renamed to the other's figures, do not swap names.
    Only a pair of currencies with a band: an entry stored without currency is none."""
    mine, own = LOCAL_CURRENCY.get(reader or ""), LOCAL_CURRENCY.get(writer or "")
    return any(
        code == mine
        and their_code not in (code, own)
        and (code, their_code) in RATE_BANDS
        and value
        and their_value
        and _in_band(code, value, their_code, their_value)
        for code, value in local
        for their_code, their_value in theirs
    )


def kinds(fp: dict[str, Any]) -> dict[str, set[str]]:
    """Anchor -> the kinds of money it is given as (``L``, ``F``); bracketed ones apart."""
    out: dict[str, set[str]] = {}
    for entry in fp.get("money") or ():
        if isinstance(entry, list) and len(entry) >= 2 and entry[1] in ("L", "F"):
            out.setdefault(entry[0], set()).add(entry[1])
    return out


def bracketed(fp: dict[str, Any]) -> dict[str, str]:
    """Bracketed local amount's anchor -> the foreign amount's anchor it converts."""
    return {e[0]: e[2] for e in fp.get("money") or () if isinstance(e, list) and len(e) >= 3 and e[1] == "B"}
