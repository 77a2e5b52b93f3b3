"""Figures with a unit of measure: what a translation converting units changes.

A translation into Indonesian or Malay gives "winds of 150 miles per hour" as "240 km per jam"
and "5,000 feet" as "1.524 meter": the figure is another number, the same quantity (review set
5, S165-1: every figure of the typhoon's speed given only in km). Each figure the text gives
with a unit of length or area is kept as ``[anchor, dimension, value]``, its value in the
dimension's metric unit (km, m, ha): "150 miles" ``["#150", "km", 241.4]``, "240 km"
``["#240", "km", 240.0]``. A speed is a length an hour in both ("miles per hour", "km/jam"),
so its length stands for it.

Stored in the fingerprint as ``units`` (a list, often empty); a fingerprint stored without it
has none. Matching (``evidence.with_units_of``) reads it between two languages only.
"""

from __future__ import annotations

import re
from typing import Any

from newscrawl.dedupe.money import _value
from newscrawl.dedupe.text import number_anchor

#: Unit words (as the text writes them, lower case) -> (dimension,
#: the dimension's metric units one of them is).
UNITS: dict[str, tuple[str, float]] = {
    "miles": ("km", 1.609344), "mile": ("km", 1.609344), "mph": ("km", 1.609344), "mil": ("km", 1.609344),
    "kilometres": ("km", 1.0), "kilometers": ("km", 1.0), "kilometre": ("km", 1.0), "kilometer": ("km", 1.0),
    "km": ("km", 1.0),
    "feet": ("m", 0.3048), "foot": ("m", 0.3048), "ft": ("m", 0.3048), "kaki": ("m", 0.3048),
    "metres": ("m", 1.0), "meters": ("m", 1.0), "metre": ("m", 1.0), "meter": ("m", 1.0),
    "acres": ("ha", 0.404686), "acre": ("ha", 0.404686), "ekar": ("ha", 0.404686),
    "hectares": ("ha", 1.0), "hectare": ("ha", 1.0), "hektare": ("ha", 1.0), "hektar": ("ha", 1.0),
}  # fmt: skip
#: Where a unit word starts: each unit word starts with one of these (found with ``str.find``,
#: fewer searches than one a word); the whole word is then read and looked up in ``UNITS``.
_STEMS = ("mil", "mph", "km", "kilomet", "feet", "foot", "ft", "kaki", "met", "acre", "ekar", "hect", "hekt", "batu")
_WORD = re.compile(r"[a-z]+")
#: The figure just before a unit word: "150 miles", "240-km", "1.524 meter", "5,000ft".
_BEFORE = re.compile(r"(\d+(?:[.,]\d+)*)(?:\s|-)?$")
#: How far before a unit word its figure may start.
_LOOK_BACK = 16
#: A mile at sea (1.852 km, not 1.609): "120 nautical miles" is 222 km, which a translation
#: writes "220 km"; read as land miles (193 km) it was no conversion of it.
#: "nautical miles", "sea miles" before the unit; "mil laut" (Indonesian), "batu nautika" (Malay:
#: "batu", a mile, is a stone too, so only before "nautika") after it.
_NAUTICAL = re.compile(r"(?:nautical|sea)[\s-]$")
#: A currency just before the figure: "RM45mil" and "RM9.2mil" are Malaysian English for
#: millions of ringgit, no miles (The Star: "fined RM45mil").
_CURRENCY_BEFORE = re.compile(r"(?:RM|Rp|\$|€|£|¥|USD|MYR|IDR)\s?$")
_NAUTICAL_AFTER = re.compile(r"\s(?:laut|nautika)\b")
_NAUTICAL_BATU = re.compile(r"\snautika\b")
_NAUTICAL_MILE = 1.852
#: How far apart two values may be and still be one quantity converted: a translator rounds
#: "150 miles" (241.4 km) to "240 km", "15 miles" (24.1 km) to "24 km", "5 miles" to "8 km".
CONVERSION_SLACK = 0.06


def unit_figures(text: str) -> list[list[Any]]:
    """``[anchor, dimension, value]`` of each figure in ``text`` given with a unit of length
    or area, in order of mention. Found with ``str.find`` per stem of unit words (lower case
    only: "KM" in a headline's label is not looked at)."""
    found: dict[int, list[Any]] = {}
    for stem in _STEMS:
        at = text.find(stem)
        while at >= 0:
            word = _WORD.match(text, at)[0]
            unit = UNITS.get(word)
            if word == "batu" and _NAUTICAL_BATU.match(text, at + 4):
                unit = ("km", _NAUTICAL_MILE)  # "7 batu nautika"
            if unit is not None and not (at and text[at - 1].isalpha()):
                m = _BEFORE.search(text, max(0, at - _LOOK_BACK), at)
                factor = unit[1]
                if word[:3] == "mil":
                    if m and _CURRENCY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                        m = None  # "RM45mil": an amount of money
                    elif m is None and (nautical := _NAUTICAL.search(text, max(0, at - _LOOK_BACK), at)):
                        m = _BEFORE.search(text, max(0, nautical.start() - _LOOK_BACK), nautical.start())
                        factor = _NAUTICAL_MILE  # "120 nautical miles"
                    elif m and _NAUTICAL_AFTER.match(text, at + len(word)):
                        factor = _NAUTICAL_MILE  # "120 mil laut"
                if m:
                    found[at] = [number_anchor(m[1]), unit[0], round(_value(m[1]) * factor, 3)]
            at = text.find(stem, at + len(word))
    return [found[at] for at in sorted(found)]


def quantities(fp: dict[str, Any]) -> dict[str, list[tuple[str, float]]]:
    """Anchor -> (dimension, value) of each figure given with a unit."""
    out: dict[str, list[tuple[str, float]]] = {}
    for entry in fp.get("units") or ():
        if isinstance(entry, list) and len(entry) == 3:
            out.setdefault(entry[0], []).append((str(entry[1]), float(entry[2])))
    return out


def same_quantity(first: list[tuple[str, float]], second: list[tuple[str, float]]) -> bool:
    """Is one of ``first`` one of ``second`` in another unit of the same dimension?"""
    return any(d == e and v and w and abs(v - w) <= CONVERSION_SLACK * max(v, w) for d, v in first for e, w in second)
