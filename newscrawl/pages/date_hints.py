"""What a page says about how to read its dates, beyond the date's own text.

- ``month_first``: a numeric date whose day and month read either way ("03/04/2025") is read
  month-first on a US page: a US zone name beside it ("6:30 PM EDT", "10:15 a.m. ET"), or a site
  the registry places in a US zone. The names EST, CST, MST and PST are also Australia's, China's,
  Malaysia's, the Philippines' and Pakistan's: they count unless the page is placed elsewhere (a
  country domain, a language region or a registry zone outside North America). The language tag ``en-US`` alone counts on a .us domain only: WordPress tags every
  English site so, and on a generic domain it counts only when the page writes elsewhere a
  numeric date that reads month-first only ("11/25/2025") and none that reads day-first only.
  A UK or European page ("03/04/2025" on a .co.uk) stays day-first, as ``dates.parse_date``
  reads it.
- ``epoch_stamp``: a Unix time in a ``data-*`` attribute of the element that shows the date
  (``<span data-timestamp="1732455900">Nov 24, 2024</span>``), in seconds or milliseconds, kept
  only when it falls on the day the element shows (in some zone from UTC-12 to UTC+14).
- ``year_filled``: the second date of a line that gives no year ("...; updated Nov. 4 at 9:10 a.m.")
  with the first's year written in.
- ``in_language``: month names read on a page of their language only: Romanian, Czech, Slovak,
  Croatian (Croatian "listopada" is October, Polish and Czech November; Dutch "leden" is no month).
- ``name_part``: a part of a date line set apart by a mark that is a name or a byline of a few
  ("By A & B | Published ...", "Penulis: A dan B · 25 Nov 2026 4:05 ptg"), not a sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo

from lxml.html import HtmlElement

from newscrawl.dates import COUNTRY_ZONES, LANGUAGE_MONTHS, LANGUAGE_SHORT_MONTHS, MONTHS, parse_iso

#: Zone names US (and Canadian) pages write after a clock, in capitals.
_US_ZONE = re.compile(r"(?:\d[:.]\d\d|(?i:[ap]\.?m\b\.?|noon))\s*\(?(?P<name>[ECMP][SD]?T|AK[SD]T|HST)\b")
#: Of those, the names other countries' zones share (Australian EST, China's CST, Malaysia's MST,
#: the Philippines' and Pakistan's PST).
_SHARED_ZONE_NAMES = frozenset({"EST", "CST", "MST", "PST"})
#: Domains and language regions of North America, where the shared names are US or Canadian zones.
_NORTH_AMERICA = frozenset({"us", "ca"})
#: A numeric date that reads one way only: month-first ("11/25/2025") or day-first ("25/11/2025", "25.11.2025").
_MONTH_FIRST_ONLY = re.compile(r"(?<![\d./-])(?:0?[1-9]|1[0-2])([/-])(?:1[3-9]|2\d|3[01])\1(?:\d{4}|\d{2})(?![\d./-])")
_DAY_FIRST_ONLY = re.compile(r"(?<![\d./-])(?:1[3-9]|2\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d{2})(?![\d./-])")
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
#: English month names, by number: what ``in_language`` writes for a language's own month name.
_ENGLISH_MONTHS = "january february march april may june july august september october november december".split()
#: Each language's month names (``dates.LANGUAGE_MONTHS``) as one pattern, longest first.
_LANGUAGE_MONTH = {
    language: re.compile(r"(?<!\w)(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
    for language, names in LANGUAGE_MONTHS.items()
}


def in_language(text: str, lang: str | None) -> str:
    """``text`` with the month names only the page's language (its tag's first part) writes, in
    English: Romanian, Czech, Slovak, Croatian and Bosnian (``dates.LANGUAGE_MONTHS``: "15.
    listopada 2025" on a Croatian page is 15 October, "3. března 2025" on a Czech page 3 March);
    unchanged for other languages, where the words may be no month (Dutch "leden", members)."""
    language = re.split(r"[-_]", lang.strip().lower())[0] if lang else ""
    pattern = _LANGUAGE_MONTH.get(language)
    if pattern is None:
        return text
    names = LANGUAGE_MONTHS[language]
    short = LANGUAGE_SHORT_MONTHS.get(language, frozenset())

    def english(match: re.Match[str]) -> str:
        name = match.group().lower()
        if name in short and not _short_month_read(text, match.start(), match.end()):
            return match.group()
        return _ENGLISH_MONTHS[names[name] - 1]

    return pattern.sub(english, text)


#: After a month's abbreviation: a dot, or a day that is no clock ("Set 26, 2026"); a year, after a day
#: before it ("26 Set 2026", "26 nob, 2026").
_SHORT_MONTH_DOT_OR_DAY = re.compile(r"\.|\s+\d{1,2}(?![\d:.])")
_SHORT_MONTH_YEAR = re.compile(r"[\s,]*(?:19|20)\d\d(?!\d)")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?\s+$")


def _short_month_read(text: str, start: int, end: int) -> bool:
    """True when a month's abbreviation at ``text[start:end]`` stands as a date writes it."""
    if _SHORT_MONTH_DOT_OR_DAY.match(text, end):
        return True
    return bool(_SHORT_MONTH_YEAR.match(text, end) and _DAY_BEFORE.search(text[:start]))


#: "IST" after a time is India's (``dates.ZONE_ABBREVIATIONS``) except on the pages of Israel, where it
#: is Israel Standard Time (UTC+2; the summer clock is "IDT"), and of Ireland, where it is Irish
#: Standard Time (UTC+1, the summer clock): by the country domain, the language tag's region, or
#: Hebrew.
_IST_OFFSETS = {"il": "GMT+2", "ie": "GMT+1"}
_IST = re.compile(r"(?<=[\d.mM])(\s*)\(?IST\b\)?")


def ist_offset(url: str | None, lang: str | None) -> str | None:
    """The offset "IST" stands for on a page of Israel or Ireland ("GMT+2", "GMT+1"); None elsewhere."""
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")
    offset = _IST_OFFSETS.get(host.rsplit(".", 1)[-1])
    if offset is None and lang:
        parts = re.split(r"[-_]", lang.strip().lower())
        region = parts[1] if len(parts) > 1 else ("il" if parts[0] in ("he", "iw") else "")
        offset = _IST_OFFSETS.get(region)
    return offset


def local_ist(text: str, offset: str | None) -> str:
    """``text`` with an "IST" after a time written as ``offset`` (see ``ist_offset``); unchanged without one."""
    if offset is None or "IST" not in text:
        return text
    return _IST.sub(lambda match: f"{match.group(1)}{offset}", text)


#: Byline labels that open a byline of several writers, each with the word for "and" of its language
#: ("By A and B", "Oleh: A dan B", "Von A und B", "Par A et B", "Por A y B", "Di A e B", "Door A en B",
#: "Av A och B"); a comma, "&" and "+" join names in all of them.
_LABELS_AND_JOINERS = (
    (r"(?:written\s+|reported\s+|words\s+|story\s+)?by|reporter", r"and|dan"),
    (r"(?:ditulis\s+)?oleh|penulis|pewarta|wartawan|laporan", r"dan|serta"),
    (r"von|autor|autorin", r"und"),
    (r"par", r"et"),
    (r"por", r"y|e"),
    (r"a\s+cura\s+di|di", r"e"),
    (r"door", r"en"),
    (r"av|af", r"och|og"),
)
_LABELLED_BYLINES = tuple(
    (
        re.compile(rf"^\s*(?i:{labels})(?:\s*:\s*|\s+)(?=\S)"),
        re.compile(rf"\s*(?:,\s*(?:(?i:{joiners})\b)?|[&+]|\b(?i:{joiners})\b)\s*"),
    )
    for labels, joiners in _LABELS_AND_JOINERS
)
#: Most names a byline part of a date line holds ("A, B, C and D").
MAX_DATELINE_NAMES = 4


def name_part(part: str, max_words: int) -> bool:
    """True when a part of a date line set apart by a mark (``|``, ``·``, ``/``) is a name of at most
    ``max_words`` words (a label before it counted: "By Ann Lee", "Riverside Desk"), or a byline
    label and up to ``MAX_DATELINE_NAMES`` such names joined by a comma, "&" or the label's
    language's "and", each ending in a word not in lower case ("By Sana Qureshi & Bilal Anwar",
    "Penulis: Norazlina Jamil dan Jeffrey Gontusan"); not a clause ("the man and his wife were
    held") nor a headline without a label ("Mayor Wins a Second Term at Elmford Town Hall")."""
    if len(part.split()) <= max_words:
        return True
    for label, joiners in _LABELLED_BYLINES:
        found = label.match(part)
        if found is not None:
            names = [name.split() for name in joiners.split(part[found.end() :])]
            return len(names) <= MAX_DATELINE_NAMES and all(
                0 < len(words) <= max_words and not words[-1][0].islower() for words in names
            )
    return False


#: A URL's first folder named as a language ("/ro/", "/cs-cz/").
_URL_LANGUAGE = re.compile(r"^[a-z]+://[^/]+/([a-z]{2})(?:[-_][a-z]{2})?/", re.IGNORECASE)


def url_language(url: str | None) -> str | None:
    """The language of ``LANGUAGE_MONTHS`` a URL's first folder names ("https://news.example.md/ro/story/1"
    -> "ro"); None for other folders and languages."""
    match = _URL_LANGUAGE.match(url or "")
    language = match.group(1).lower() if match else None
    return language if language in LANGUAGE_MONTHS else None


#: Unix seconds (10 digits) or milliseconds (13 digits): 2001-09-09 to 2286.
_EPOCH = re.compile(r"^\s*(\d{10}|\d{13})\s*$")
#: Zones a shown day may be in, west and east of UTC (hours).
_WEST, _EAST = 12, 14


def month_first(
    text: str,
    lang: str | None = None,
    zone_name: str | None = None,
    url: str | None = None,
    agrees: Callable[[], bool] | None = None,
) -> bool:
    """True when ``text`` holds a numeric date that reads either way and the page is American: a US
    zone name after a clock in it (EST, CST, MST, PST unless the domain, language region or registry
    zone places the page in another country), a US registry zone, or the language tag ``en-US`` on a .us domain, or on a domain
    of no country when ``agrees()`` (the page writes month-first elsewhere: ``writes_month_first``).
    WordPress tags every English site ``en-US`` by default: a Nigerian or Indonesian page so
    tagged stays day-first."""
    match = _EITHER_WAY.search(text)
    if match is None or match.group(1).lstrip("0") == match.group(2).lstrip("0"):
        return False
    if zone_name and _US_ZONE_NAMES.match(zone_name):
        return True
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")
    domain = host.rsplit(".", 1)[-1] if "." in host else ""
    parts = re.split(r"[-_]", lang.strip().lower()) if lang else []
    region = parts[1] if len(parts) > 1 else ""
    zone = _US_ZONE.search(text)
    if zone is not None:
        if zone.group("name") not in _SHARED_ZONE_NAMES:
            return True
        # A shared name: US unless the domain, the language's region or the registry zone places the
        # page in another country ("9:30 AM MST" on a .my domain or an en-MY page is Malaysia's).
        elsewhere = (domain in COUNTRY_ZONES and domain not in _NORTH_AMERICA) or (
            len(region) == 2 and region not in _NORTH_AMERICA
        )
        if not elsewhere and not zone_name:
            return True
    if parts[:2] != ["en", "us"] or (domain in COUNTRY_ZONES and domain != "us"):
        return False
    return domain == "us" or (agrees is not None and agrees())


#: Languages whose numeric dates put the day first whatever the country ("12-11-26" is 12 November
#: in Dutch, German, French, ... and in Indonesian and Malay); English is written both ways.
_DAY_FIRST_LANGUAGES = frozenset(
    "de fr it es pt nl pl id ms cs sk ro hr sl sr bs tr ru uk be bg da sv nb nn no fi el vi ca gl eu".split()
)


def language_writes_day_first(lang: str | None) -> bool:
    """True when the page's language tag names a language that writes numeric dates day first only."""
    return bool(lang) and re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0] in _DAY_FIRST_LANGUAGES


def writes_month_first(texts: Iterable[str]) -> bool:
    """True when ``texts`` hold a numeric date that reads month-first only ("11/25/2025") and none
    that reads day-first only ("25/11/2025", "25.11.2025"): a page that writes US dates."""
    month_first_seen = False
    for text in texts:
        if _DAY_FIRST_ONLY.search(text):
            return False
        month_first_seen = month_first_seen or _MONTH_FIRST_ONLY.search(text) is not None
    return month_first_seen


#: A CJK month and day with no year before them ("11月27日", "11월 27일").
_CJK_MONTH_DAY = re.compile(
    r"(?<![\d年년])(?<![年년]\s)(?:1[0-2]|0?[1-9])\s*[月월]\s*(?:[12]\d|3[01]|0?[1-9])\s*[日일]"
)


def year_filled(text: str, year: int) -> str | None:
    """``text`` with ``year`` written after its month and day when it gives none ("updated Nov. 4 at
    9:10 a.m." -> "updated Nov. 4, 2025 at 9:10 a.m."); None when it holds no month and day, or a year."""
    if _FULL_YEAR.search(text):
        return None
    cjk = _CJK_MONTH_DAY.search(text)
    if cjk is not None:  # "最終更新 11月27日 午前8:10": the year before the month, as CJK dates write it
        mark = "년 " if "월" in cjk.group() else "年"
        return f"{text[: cjk.start()]}{year}{mark}{text[cjk.start() :]}"
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


#: Keys of a date element's ``data-*`` JSON that name its publication ("published", beside the
#: "display" time a site shows for a story it puts forward again, and "changed").
_PUBLISHED_KEYS = ("published", "datePublished", "published_at", "publishedAt")


#: An ISO stamp with its clock ("2025-11-18T10:00:00Z"); a bare day would read as midnight.
_ISO_STAMP = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}")


def data_published(node: HtmlElement, default_tz: str | tzinfo | None = None) -> datetime | None:
    """The publication a date element's ``data-*`` JSON names apart from what it shows
    (``<time data-microtimes='{"published": 1442501820000, "display": 1450976400000}'>``): a Unix
    time (seconds or milliseconds) under a ``_PUBLISHED_KEYS`` key, as a UTC instant, or an ISO
    stamp with its clock (in ``default_tz`` when it names no zone); None otherwise."""
    for name, value in node.attrib.items():
        if not name.startswith("data-") or not value.lstrip().startswith("{"):
            continue
        try:
            found = json.loads(value)
        except ValueError:
            continue
        if not isinstance(found, dict):
            continue
        for key in _PUBLISHED_KEYS:
            value = str(found.get(key, "")).strip()
            match = _EPOCH.match(value)
            if match is None:
                stamp = parse_iso(value, default_tz) if _ISO_STAMP.match(value) else None
                if stamp is not None:
                    return stamp
                continue
            digits = match.group(1)
            try:
                return datetime.fromtimestamp(int(digits) / (1000 if len(digits) == 13 else 1), timezone.utc)
            except (OverflowError, OSError, ValueError):
                continue
    return None
