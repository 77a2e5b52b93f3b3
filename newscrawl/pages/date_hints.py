"""What a page says about how to read its dates, beyond the date's own text.

- ``month_first``: a numeric date whose day and month read either way ("03/04/2025") is read
  month-first on a US page: a US zone name beside it ("6:30 PM EST", "10:15 a.m. ET"), the page's
  language tag ``en-US``, or a site the registry places in a US zone. A UK or European page
  ("03/04/2025" on a .co.uk) stays day-first, as ``dates.parse_date`` reads it.
- ``epoch_stamp``: a Unix time in a ``data-*`` attribute of the element that shows the date
  (``<span data-timestamp="1732455900">Nov 24, 2024</span>``), in seconds or milliseconds, kept
  only when it falls on the day the element shows (in some zone from UTC-12 to UTC+14).
- ``year_filled``: the second date of a line that gives no year ("...; updated Nov. 4 at 9:10 a.m.")
  with the first's year written in.
- ``in_language``: a month name whose month depends on the page's language (Croatian "listopada"
  is October, Polish and Czech November).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from lxml.html import HtmlElement

from newscrawl.dates import COUNTRY_ZONES, MONTHS

#: Zone names only US (and Canadian) pages write after a clock, in capitals.
_US_ZONE = re.compile(r"(?:\d[:.]\d\d|(?i:[ap]\.?m\b\.?|noon))\s*\(?(?:[ECMP][SD]?T|AK[SD]T|HST)\b")
#: A day and month as numbers that read either way, a cheap first check.
_EITHER_WAY = re.compile(r"(?<![\d.])(0?[1-9]|1[0-2])[/-](0?[1-9]|1[0-2])[/-](?:\d{4}|\d{2})(?![\d.])")
#: IANA zones of the United States a site's registry entry may name.
_US_ZONE_NAMES = re.compile(
    r"America/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Boise|Detroit|Juneau|Indiana/|Kentucky/"
    r"|North_Dakota/|Menominee|Nome|Sitka|Yakutat|Adak)|Pacific/Honolulu|US/"
)
#: A month name and a day with no year after it ("Nov. 4 at 9:10", "4 November, 9:10").
_MONTH_DAY = re.compile(r"\b(?P<month>[^\W\d_]{3,})\.?\s+(?P<day>\d{1,2})(?![\d:.])(?!,?\s*\d{4})")
_DAY_MONTH = re.compile(r"(?<![\d:.])(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,})\b\.?(?!,?\s*\d{4})")
#: A year already written.
_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Month names whose month depends on the page's language (``in_language``): Croatian and Bosnian
#: "listopad(a)" is October, where Czech and Polish read it as November.
LANGUAGE_MONTHS = {
    "hr": {"listopad": "october", "listopada": "october"},
    "bs": {"listopad": "october", "listopada": "october"},
}
_LANGUAGE_MONTH = re.compile(r"\blistopada?\b", re.IGNORECASE)


def in_language(text: str, lang: str | None) -> str:
    """``text`` with the month names of ``LANGUAGE_MONTHS`` for the page's language (its tag's
    first part) written as the month they mean there ("15. listopada 2025" on a Croatian page is
    15 October); unchanged for other languages."""
    words = LANGUAGE_MONTHS.get(re.split(r"[-_]", lang.strip().lower())[0]) if lang else None
    if not words:
        return text
    return _LANGUAGE_MONTH.sub(lambda match: words.get(match.group().lower(), match.group()), text)


#: Unix seconds (10 digits) or milliseconds (13 digits): 2001-09-09 to 2286.
_EPOCH = re.compile(r"^\s*(\d{10}|\d{13})\s*$")
#: Zones a shown day may be in, west and east of UTC (hours).
_WEST, _EAST = 12, 14


def month_first(text: str, lang: str | None = None, zone_name: str | None = None, url: str | None = None) -> bool:
    """True when ``text`` holds a numeric date that reads either way and the page is American:
    a US zone name after a clock in it, a US registry zone, or the language tag ``en-US`` on a
    domain that names no other country (WordPress tags every English site ``en-US`` by default:
    a ``.ng`` or ``.co.uk`` page so tagged stays day-first)."""
    match = _EITHER_WAY.search(text)
    if match is None or match.group(1).lstrip("0") == match.group(2).lstrip("0"):
        return False
    if _US_ZONE.search(text):
        return True
    if zone_name and _US_ZONE_NAMES.match(zone_name):
        return True
    if not lang or lang.strip().lower().replace("_", "-") != "en-us":
        return False
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")
    domain = host.rsplit(".", 1)[-1]
    return domain == "us" or domain not in COUNTRY_ZONES


def year_filled(text: str, year: int) -> str | None:
    """``text`` with ``year`` written after its month and day when it gives none ("updated Nov. 4 at
    9:10 a.m." -> "updated Nov. 4, 2025 at 9:10 a.m."); None when it holds no month and day, or a year."""
    if _FULL_YEAR.search(text):
        return None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            if match.group("month").lower() in MONTHS and 1 <= int(match.group("day")) <= 31:
                return (
                    f"{text[: match.end()]}, {year}{text[match.end() :]}"
                    if pattern is _MONTH_DAY
                    else (f"{text[: match.end()]} {year}{text[match.end() :]}")
                )
    return None


def epoch_stamp(node: HtmlElement, shown_day: date) -> datetime | None:
    """The Unix time in a ``data-*`` attribute of ``node`` (seconds or milliseconds) when it falls on
    ``shown_day`` in some zone (UTC-12 to UTC+14); None otherwise."""
    for name, value in node.attrib.items():
        if not name.startswith("data-"):
            continue
        match = _EPOCH.match(value)
        if match is None:
            continue
        digits = match.group(1)
        try:
            instant = datetime.fromtimestamp(int(digits) / (1000 if len(digits) == 13 else 1), timezone.utc)
        except (OverflowError, OSError, ValueError):
            continue
        west = (instant - timedelta(hours=_WEST)).date()
        east = (instant + timedelta(hours=_EAST)).date()
        if west <= shown_day <= east:
            return instant.replace(microsecond=0)
    return None
