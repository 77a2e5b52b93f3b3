"""Date forms rewritten into ones ``dates.parse_date`` and the date-line tests read.

- Digits of other scripts as ASCII digits: Arabic-Indic ("٢٤ نوفمبر ٢٠٢٥"), Persian, Devanagari,
  Bengali and Thai.
- Thai month names, full and abbreviated ("พฤศจิกายน", "พ.ย."), as English ones, and a Buddhist-era
  year written after a Thai month or after "พ.ศ." as the Common-era year (2568 is 2025).
- A year-first numeric date with a space after each dot, as Korean sites write it ("2025. 11. 24.
  오후 2:05", "2025. 11. 24"), without the spaces ("2025.11.24").
- Chinese, Japanese and Korean clock times ("14時05分", "14时05分", "14시 05분", "午後2時5分",
  "下午2:05", "오후 2시 5분") as "14:05" ("2:05 pm" after a morning or afternoon word).

Each step runs only when the text holds a character of its script (one ``re.search``), so a
Latin-script date costs one failed search.
"""

from __future__ import annotations

import re

#: Decimal digits of other scripts, as ASCII digits.
_DIGIT_BLOCKS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50)
_DIGITS = {block + value: str(value) for block in _DIGIT_BLOCKS for value in range(10)}
#: Any character one of the steps rewrites: a digit of another script, Thai, a CJK clock mark.
_NATIVE = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e00-\u0e7f時时시午上下오]")
_THAI = re.compile("[\u0e00-\u0e7f]")
#: Thai month names (the Royal Institute's full names and the abbreviations the press prints).
_THAI_MONTHS = {
    "มกราคม": "jan", "ม.ค.": "jan",
    "กุมภาพันธ์": "feb", "ก.พ.": "feb",
    "มีนาคม": "mar", "มี.ค.": "mar",
    "เมษายน": "apr", "เม.ย.": "apr",
    "พฤษภาคม": "may", "พ.ค.": "may",
    "มิถุนายน": "jun", "มิ.ย.": "jun",
    "กรกฎาคม": "jul", "ก.ค.": "jul",
    "สิงหาคม": "aug", "ส.ค.": "aug",
    "กันยายน": "sep", "ก.ย.": "sep",
    "ตุลาคม": "oct", "ต.ค.": "oct",
    "พฤศจิกายน": "nov", "พ.ย.": "nov",
    "ธันวาคม": "dec", "ธ.ค.": "dec",
}  # fmt: skip
_THAI_MONTH = re.compile(
    "(?<![\u0e00-\u0e7f])(" + "|".join(re.escape(name) for name in sorted(_THAI_MONTHS, key=len, reverse=True)) + ")"
)
#: The Buddhist era runs 543 years ahead: 2533 to 2613 are 1990 to 2070. Read after a Thai month
#: (rewritten to an English one by then) or after "พ.ศ." ("Buddhist era").
BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_YEAR = re.compile(
    r"(?:(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) )|(?<=พ\.ศ\. )|(?<=พ\.ศ\.))(25[3-9]\d|26[01]\d)(?!\d)"
)
#: A CJK clock time: hour mark 時/时/시 and a minute (the minute mark 分/분 optional), or a colon time,
#: with the morning / afternoon word before it (午前/上午/오전, 午後/下午/오후).
_CJK_CLOCK = re.compile(
    r"(?:(?P<half>午前|午後|上午|下午|오전|오후)\s*)?(?P<H>\d{1,2})\s*(?:[時时시]\s*(?P<M>\d{1,2})\s*[分분]?|:(?P<M2>\d{2}))"
)
#: "2025. 11. 24": a four-digit year, month and day, a dot and spaces after each of the first two.
_SPACED_YMD = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s+(\d{1,2})\.\s+(\d{1,2})(?!\d)")
_HALVES = {"午前": "am", "上午": "am", "오전": "am", "午後": "pm", "下午": "pm", "오후": "pm"}


def western(text: str) -> str:
    """``text`` with its dates in forms the parser reads (see the module's docstring); unchanged
    when it holds none of them."""
    if ". " in text:
        text = _SPACED_YMD.sub(r"\1.\2.\3", text)
    if not _NATIVE.search(text):
        return text
    text = text.translate(_DIGITS)
    if _THAI.search(text):
        text = _THAI_MONTH.sub(lambda match: f" {_THAI_MONTHS[match.group(1)]} ", text)
        text = " ".join(text.split())
        text = _BUDDHIST_YEAR.sub(lambda match: str(int(match.group(1)) - BUDDHIST_ERA_OFFSET), text)
    return _CJK_CLOCK.sub(_clock, text) if _has_cjk_clock(text) else text


def _has_cjk_clock(text: str) -> bool:
    return any(mark in text for mark in "時时시午上下오")


def _clock(match: re.Match[str]) -> str:
    hour, minute = match.group("H"), match.group("M") or match.group("M2")
    half = _HALVES.get(match.group("half") or "")
    if not half and match.group("M2"):
        return match.group()  # a colon time with no CJK mark: as written
    return f" {int(hour)}:{int(minute):02d}" + (f" {half}" if half else "")
