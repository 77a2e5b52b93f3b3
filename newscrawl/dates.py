"""Date processors shared by the page classes: text as sites write it to aware datetimes.

``parse_date`` understands ISO 8601 and RFC 2822 stamps, English, Indonesian and
Malay month and day names (and the month names of the European languages news is most
often written in, Russian, Ukrainian, Greek and Turkish among them) ("Rabu, 13 September 2023 10:15 WIB", "Khamis, 14 Ogos
2025"), Indonesian time zones (WIB/WITA/WIT), the dot as a time separator
("10.15 WIB") and relative dates ("2 jam yang lalu", "3 hours ago", "kemarin").
A date without a zone is taken in the site's timezone. It is a small hand-written
parser, not ``dateparser``: it runs for every date candidate of every page, and a
wrong guess is worse than none, so anything it cannot read with confidence is None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newscrawl.date_forms import western

UTC = timezone.utc

#: Earliest and latest plausible publication years; outside them a match is noise (ids, prices).
MIN_YEAR = 1990
MAX_YEAR_AHEAD = 1

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january januari jan janvier januar jänner enero gennaio janeiro جنوری "
        "stycznia ocak tammikuuta январь января січень січня ιανουαρίου يناير جانفي",
        "february februari feb pebruari febr février fevrier februar febrero febbraio fevereiro فروری "
        "lutego şubat helmikuuta февраль февраля лютий лютого φεβρουαρίου فبراير شباط فيفري",
        "march maret mac mar maart märz maerz mars marzo março marts marca mart maaliskuuta مارچ "
        "март марта березень березня μαρτίου مارس آذار",
        "april apr avril abril aprile kwietnia nisan huhtikuuta апрель апреля квітень квітня απριλίου "
        "أبريل ابريل إبريل نيسان أفريل افريل اپریل",
        "may mei mai mayo maggio maio maj maja mayıs toukokuuta май мая травень травня μαΐου مايو أيار ماي مئی",
        "june juni jun juin junio giugno junho czerwca haziran kesäkuuta июнь июня червень червня ιουνίου "
        "يونيو يونيه حزيران جوان",
        "july juli julai jul juillet julio luglio julho lipca temmuz heinäkuuta июль июля липень липня ιουλίου "
        "يوليو يوليه تموز جويلية جولائی",
        "august agustus ogos aug agu agt ags ogo agustos août aout agosto augustus augusti sierpnia ağustos "
        "elokuuta август августа серпень серпня αυγούστου أغسطس اغسطس آب أوت اگست",
        "september sep sept septembre septiembre setiembre settembre setembro września eylül syyskuuta "
        "сентябрь сентября вересень вересня σεπτεμβρίου سبتمبر أيلول ايلول ستمبر",
        "october oktober okt oct octobre octubre ottobre outubro października ekim lokakuuta "
        "октябрь октября жовтень жовтня οκτωβρίου أكتوبر اكتوبر اکتوبر",
        "november nov nop nopember novembre noviembre novembro listopada kasım marraskuuta "
        "ноябрь ноября листопад листопада νοεμβρίου نوفمبر نومبر",
        "december desember disember dec des dis dezember diciembre décembre decembre dicembre dezembro "
        "grudnia aralık joulukuuta декабрь декабря грудень грудня δεκεμβρίου ديسمبر دجنبر دسمبر",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number
#: Romanian, Czech (nominative and genitive), Slovak, Croatian, Tagalog and Swahili months, by language: read only on a
#: page of that language (``pages.date_hints.in_language``), since some are words elsewhere (Dutch
#: "leden" is "members"). Croatian "listopad(a)" is October, Czech "listopad(u)" and Polish
#: "listopada" November (the Polish word is in ``MONTHS``).
_CROATIAN_MONTHS = (
    "siječnja siječanj|veljače veljača|ožujka ožujak|travnja travanj|svibnja svibanj|lipnja lipanj"
    "|srpnja srpanj|kolovoza kolovoz|rujna rujan|listopada listopad|studenoga studenog studeni|prosinca prosinac"
)
_TAGALOG_MONTHS = (
    "enero|pebrero peb|marso|abril|mayo|hunyo|hulyo|agosto|setyembre set|oktubre okt|nobyembre nob|disyembre dis"
)
#: Abbreviations among a language's months that are read only as a date writes them: with a dot
#: ("Set. 26"), before a day ("Set 26, 2026") or between a day and a year ("26 Set 2026"); not
#: "set" in running text ("Ika-2 set, 12:30 2026").
LANGUAGE_SHORT_MONTHS: dict[str, frozenset[str]] = {
    language: frozenset({"peb", "set", "okt", "nob", "dis"}) for language in ("tl", "fil")
}
LANGUAGE_MONTHS: dict[str, dict[str, int]] = {
    language: {name: number for number, names in enumerate(table.split("|"), start=1) for name in names.split()}
    for language, table in (
        (
            "ro",
            "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie",
        ),
        (
            "cs",
            "leden ledna|únor února|březen března|duben dubna|květen května|červen června|červenec července"
            "|srpen srpna|září|říjen října|listopad listopadu|prosinec prosince",
        ),
        (
            "sk",
            "január januára|február februára|marec marca|apríl apríla|máj mája|jún júna|júl júla|august augusta"
            "|september septembra|október októbra|november novembra|december decembra",
        ),
        ("hr", _CROATIAN_MONTHS),
        ("bs", _CROATIAN_MONTHS),
        # Tagalog and Swahili: "Marso", "Machi" and "Mei" are words or names elsewhere.
        ("tl", _TAGALOG_MONTHS),
        ("fil", _TAGALOG_MONTHS),
        ("sw", "januari|februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|desemba"),
        # Urdu (and Pashto) "جون", June, is the name John in Arabic: read on their pages only. The other
        # Urdu months ("نومبر") are words of no other language and stay in ``MONTHS``.
        ("ur", "|||||جون||||||"),
        ("ps", "|||||جون||||||"),
    )
}

#: The Vietnamese word for month ("Tháng Mười Một", November; ``date_forms`` reads the name as a
#: whole): a word a date's text holds, no name beside it. The number words after it ("Mười", "Năm",
#: "Tám") are also given names ("Lê Văn Tám 26/11/2026"), so they are not month words on their own.
_VIETNAMESE_MONTH_WORDS = frozenset({"tháng"})
#: The number words of a Vietnamese month name, read as date words only after "tháng".
_VIETNAMESE_MONTH_NUMBERS = "một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp"
#: A Vietnamese month name with its number words ("Tháng Mười Một", "tháng 11").
VIETNAMESE_MONTH_NAME = rf"tháng(?:\s+(?:{_VIETNAMESE_MONTH_NUMBERS})(?!\w)){{0,2}}"
_VIETNAMESE_NUMBER_SET = frozenset(_VIETNAMESE_MONTH_NUMBERS.split("|"))


def without_month_numbers(words: list[str]) -> list[str]:
    """``words`` less the number words after "tháng" ("Tháng Mười Một 26," → "Tháng 26,"), so a
    Vietnamese month name reads as one month word; elsewhere they are names ("Lê Văn Tám")."""
    kept: list[str] = []
    after_month = False
    for word in words:
        folded = word.strip(".,:;()").casefold()
        if after_month and folded in _VIETNAMESE_NUMBER_SET:
            continue
        after_month = folded == "tháng"
        kept.append(word)
    return kept


#: Every month name of every language: the words a date's text may hold beside its numbers.
MONTH_WORDS = frozenset(MONTHS).union(*LANGUAGE_MONTHS.values(), _VIETNAMESE_MONTH_WORDS)

#: Day names (English, Indonesian, Malay, Arabic); they carry no information once the date is read.
DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad isnin khamis jumaat "
    "الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت".split()
)

#: Day names by weekday (Monday 0), for settling a numeric date that reads either way
#: ("Tue, 10/07/2025" is 7 October: 10 July 2025 is a Thursday).
WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "monday mon senin isnin الاثنين الإثنين",
        "tuesday tue tues selasa الثلاثاء",
        "wednesday wed rabu الأربعاء الاربعاء",
        "thursday thu thur thurs kamis khamis الخميس",
        "friday fri jumat jum'at jumaat الجمعة",
        "saturday sat sabtu السبت",
        "sunday sun minggu ahad الأحد الاحد",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _number

#: Zone abbreviations a news site prints after the time, as offsets in minutes. Each names its
#: season where it has one (AEDT is Sydney's summer clock, AEST its winter one), so the offset is
#: fixed. An abbreviation two zones share is read as the one news sites print most: IST is India's
#: (not Israel's or Ireland's, ``date_hints.ist_offset`` reads those on their pages), BST British
#: Summer Time (not Bangladesh's), CST the US Central zone (not China's), PST the US Pacific zone
#: (not Pakistan's or the Philippines'). BDT (Bangladesh's, also its currency's code) is left out.
#: Abbreviations that are also words are in ``_ZONE_WORDS``.
ZONE_ABBREVIATIONS = {
    # South-East and East Asia
    "wib": 7 * 60,
    "wita": 8 * 60,
    "wit": 9 * 60,
    "ict": 7 * 60,
    "myt": 8 * 60,
    "sgt": 8 * 60,
    "pht": 8 * 60,
    "phst": 8 * 60,  # Philippine Standard Time, the official abbreviation ("PhST")
    "bnt": 8 * 60,  # Brunei
    "tlt": 9 * 60,  # Timor-Leste
    "mmt": 6 * 60 + 30,  # Myanmar
    "hkt": 8 * 60,
    "jst": 9 * 60,
    "kst": 9 * 60,
    # South Asia, the Gulf
    "ist": 5 * 60 + 30,
    "pkt": 5 * 60,
    "npt": 5 * 60 + 45,
    "slst": 5 * 60 + 30,  # Sri Lanka
    "mvt": 5 * 60,  # Maldives
    "btt": 6 * 60,  # Bhutan
    "aft": 4 * 60 + 30,  # Afghanistan
    "gst": 4 * 60,
    # Australia and New Zealand (standard and daylight time)
    "awst": 8 * 60,
    "acst": 9 * 60 + 30,
    "acdt": 10 * 60 + 30,
    "aest": 10 * 60,
    "aedt": 11 * 60,
    "nzst": 12 * 60,
    "nzdt": 13 * 60,
    # Europe and Africa
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "мск": 180,  # Moscow time in Cyrillic ("14:05 (МСК)")
    "tsi": 180,  # Türkiye Saati ("14:05 TSİ")
    "tsi̇": 180,  # "TSİ" lowered: "i" and a combining dot
    "sast": 120,
    "wat": 60,
    "cat": 120,
    "eat": 180,
    # North America
    "est": -5 * 60,
    "edt": -4 * 60,
    "cst": -6 * 60,
    "cdt": -5 * 60,
    "mst": -7 * 60,
    "mdt": -6 * 60,
    "pst": -8 * 60,
    "pdt": -7 * 60,
    "akst": -9 * 60,
    "akdt": -8 * 60,
    "hst": -10 * 60,
    # South America (Brazil's Brasília time has kept no summer time since 2019)
    "brt": -3 * 60,
    "art": -3 * 60,
    "uyt": -3 * 60,
    "clt": -4 * 60,
    "clst": -3 * 60,
    "cot": -5 * 60,
    "pet": -5 * 60,
}
#: Zone abbreviations that are English words ("3 eat", "2 cat", "art", "pet") or units ("12.45 mmt",
#: million metric tonnes): read only as written in capitals, and not after a decimal figure a word in
#: lower case comes before ("output 12.45 MMT").
_ZONE_WORDS = frozenset({"wat", "cat", "eat", "art", "cot", "pet", "aft", "mmt", "bnt", "tlt"})
#: A decimal figure after a word in lower case, not a clock's label ("output 12.45"; "at 12.45" and
#: "pukul 12.45" are clocks).
_FIGURE_IN_SENTENCE = re.compile(
    r"(?<![^\W\d_])(?!(?:at|um|kl|klo|alle|ore|às|as|las|pukul|jam|om|à|a)\s)[a-zà-ÿ]+\s+\d+\.\d+\s*$"
)
#: US zones named without their season ("10:15 a.m. ET"): the zone's clock on that day. "et" is a
#: word in French, Latin, Danish and Norwegian ("à 10:30 et mis à jour", "3.50 et"), so the zone
#: is read only in capitals in the text as written, right after a clock time ("10:15", "10.15 am",
#: not a decimal "3.50"), and in a line all in capitals only when no word follows it.
_SEASONLESS_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_SEASONLESS_ZONE = re.compile(
    r"(?<![\d.,:])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\b\.?))?|\d{1,2}[.h]\d{2}\s*(?i:[ap]\.?m\b\.?)"
    r"|\b(?i:noon|midnight))"
    r"\s*\(?(ET|CT|MT|PT)\b(?P<after>\s*[^\W\d_])?"
)

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{1,2})(?:[.,]\d+)?)?"
    r"\s*(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
# The basic format, its time with or without colons ("20230913T101500+0700", "20201123T11:02:35Z").
_COMPACT_ISO = re.compile(
    r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"
    r"(?:T?(?P<H>\d{2})(?P<c>:?)(?P<M>\d{2})(?:(?P=c)(?P<S>\d{2})(?:[.,]\d+)?)?(?P<z>Z|[+-]\d{2}:?\d{2})?)?$"
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_TIME = re.compile(
    r"(?<![\d.:/-])(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?(?![\d/-])\s*"
    r"(?P<ampm>[ap]\.?m\.?\b|pg\b|pagi\b|ptg\b|petang\b|mlm\b|malam\b|tengah\s+(?:hari|malam)\b|tgh\b|sore\b|siang\b|(?:مساء|صباحا?|م|ص)[\u064b-\u0652]*(?![^\W\d_]))?",
    re.IGNORECASE,
)
# "+0700" right after a time, or "GMT+7" / "UTC+07:00"; "2022 - 08:00" is a date and a time, not an offset.
#: Morning / afternoon words after a time: English, Malay (pagi, petang, malam, tengah hari, and their
#: short forms pg, ptg, mlm, tgh), Indonesian (sore, siang, malam), Arabic.
_AMPM = {
    "am": "am",
    "pg": "am",
    "pagi": "am",
    "pm": "pm",
    "ptg": "pm",
    "petang": "pm",
    "mlm": "night",
    "malam": "night",
    "tengah malam": "night",  # midnight ("12:00 tengah malam")
    "tengah hari": "midday",  # noon ("12:30 tengah hari", "1:15 tgh")
    "tgh": "midday",
    "sore": "pm",
    "siang": "midday",
    # Arabic: "12:09 م" (masa'an, evening), "09:22 صباحاً" (sabahan, morning).
    "م": "pm",
    "مساء": "pm",
    "ص": "am",
    "صباح": "am",
}
#: The last night hour after midnight: "1:30 malam" is 01:30, "5:30 malam" 17:30 (as ``date_forms``
#: reads the night words of other languages).
_NIGHT_AFTER_MIDNIGHT = 4
#: Arabic short vowels and tanwin ("صباحاً", "مساءً"): not part of the word looked up.
_HARAKAT = re.compile("[\u064b-\u0652]")


def _ampm_stem(word: str) -> str:
    """The _AMPM key of a morning / afternoon word: "a.m." -> "am", "صباحاً" -> "صباح"."""
    word = _HARAKAT.sub("", " ".join(word.replace(".", "").lower().split()))
    return word[:-1] if word.startswith("صباح") and word.endswith("ا") else word


# A zone name after a number or "noon" / "midnight", in Latin or Cyrillic letters ("14:05 (МСК)").
_ZONE_AFTER_NUMBER = re.compile(
    r"(?:\d|\b(?:noon|midnight))\s*(?:[ap]\.?m\.?)?\s*\(?([a-zа-яёİ]{2,4}\u0307?)(?!\w)", re.IGNORECASE
)
_OFFSET = re.compile(
    r"(?:(?:gmt|utc)\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?|(?<=\d)\s?(?P<sign2>[+-])(?P<h2>\d{2}):?(?P<m2>\d{2}))\b",
    re.IGNORECASE,
)
# Chinese, Japanese and Korean: 2020年7月3日, 2020년 7월 3일.
_CJK_DATE = re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_NUMERIC_DATE = re.compile(r"(?<!\d)(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2,4})(?!\d)")

_RELATIVE_UNITS = {
    "second": 1,
    "seconds": 1,
    "sec": 1,
    "secs": 1,
    "detik": 1,
    "saat": 1,
    "minute": 60,
    "minutes": 60,
    "min": 60,
    "mins": 60,
    "menit": 60,
    "minit": 60,
    "hour": 3600,
    "hours": 3600,
    "hr": 3600,
    "hrs": 3600,
    "jam": 3600,
    "day": 86400,
    "days": 86400,
    "hari": 86400,
    "week": 7 * 86400,
    "weeks": 7 * 86400,
    "minggu": 7 * 86400,
    "pekan": 7 * 86400,
    # Spanish and Portuguese ("hace 3 horas", "há 2 horas"), French ("il y a 2 heures"), German
    # ("vor 3 Stunden", "vor 3 Std."), Italian ("3 ore fa"), Dutch ("3 uur geleden"), Polish
    # ("3 godziny temu"), Malay ("3 minit lalu"): each language's units, singular and plural.
    "segundo": 1,
    "segundos": 1,
    "seconde": 1,
    "secondes": 1,
    "secondi": 1,
    "sekunde": 1,
    "sekunden": 1,
    "seconden": 1,
    "sekunda": 1,
    "sekundy": 1,
    "sekund": 1,
    "sekundę": 1,
    "minuto": 60,
    "minutos": 60,
    "minuti": 60,
    "minuten": 60,
    "minuut": 60,
    "minuta": 60,
    "minuty": 60,
    "minut": 60,
    "minutę": 60,
    "hora": 3600,
    "horas": 3600,
    "heure": 3600,
    "heures": 3600,
    "h": 3600,
    "stunde": 3600,
    "stunden": 3600,
    "std": 3600,
    "ora": 3600,
    "ore": 3600,
    "uur": 3600,
    "godzina": 3600,
    "godziny": 3600,
    "godzin": 3600,
    "godzinę": 3600,
    "día": 86400,
    "días": 86400,
    "dia": 86400,
    "dias": 86400,
    "jour": 86400,
    "jours": 86400,
    "tag": 86400,
    "tage": 86400,
    "tagen": 86400,
    "giorno": 86400,
    "giorni": 86400,
    "dag": 86400,
    "dagen": 86400,
    "dzień": 86400,
    "dni": 86400,
    "semana": 7 * 86400,
    "semanas": 7 * 86400,
    "semaine": 7 * 86400,
    "semaines": 7 * 86400,
    "woche": 7 * 86400,
    "wochen": 7 * 86400,
    "settimana": 7 * 86400,
    "settimane": 7 * 86400,
    "weken": 7 * 86400,
    "tydzień": 7 * 86400,
    "tygodnie": 7 * 86400,
    "tygodni": 7 * 86400,
}
#: At most two words of label before a relative date ("Updated 3 hours ago", "Diperbarui 2 jam yang
#: lalu", "Posted: yesterday", French "Mis à jour il y a 2 heures"); a longer text before it is a
#: sentence, not a date line.
_RELATIVE_LABEL = r"^\W*(?:mis\s+à\s+jour\W+|(?:[^\W\d_]+[\s:,.-]+){0,2}?)"
#: "One" as a count, in the languages of both forms: "an hour ago", "se jam", "un'ora fa", "een uur
#: geleden", "hace una hora", "há um dia", "il y a une heure", "vor einer Stunde".
_ONE = r"an?|satu|se|un[\'’]|una?|uno|um|uma|une|een|één|einer?|einem"
_RELATIVE = re.compile(
    _RELATIVE_LABEL
    + r"(?:(?:(?P<n>\d+)|(?P<a>"
    + _ONE
    + r"))\s*(?P<unit>[^\W\d_]+)|(?P<one>godzinę|minutę|sekundę|tydzień))"
    r"\.?\s+(?:yang\s+)?(?:lalu|ago|lepas|sebelumnya|fa|geleden|temu)\b(?!\s*[^\W\d_])",  # no word after it: a date line, not a sentence
    re.IGNORECASE,
)
#: Spanish, Portuguese, French and German put the word before the span ("hace 3 horas", "Actualizado
#: hace una hora", "há 2 horas", "il y a 2 heures", "vor 3 Std.").
_RELATIVE_BEFORE = re.compile(
    _RELATIVE_LABEL + r"(?:hace|há|il\s+y\s+a|vor)\s+(?:(?P<n>\d+)|(?P<a>" + _ONE + r"))\s*(?P<unit>[^\W\d_]+)\.?\s*$",
    re.IGNORECASE,
)
# Alone at the start only: "Subscribe today", "Sign up today" are no dates.
_YESTERDAY = re.compile(r"^\s*(kemarin|kemaren|semalam|yesterday)\b", re.IGNORECASE)
_TODAY = re.compile(r"^\s*(hari ini|today|just now|baru saja)\b", re.IGNORECASE)
#: The clock after "yesterday" or "today" ("Yesterday, 2:05 PM", "Kemarin 14.05 WIB", "today at 09:30"):
#: a few words at most between them.
_MONTH_NAMES_EN = "January February March April May June July August September October November December".split()
_DAY_WORD_CLOCK = re.compile(
    r"^[\s,|\-–—]*(?:(?:at|um|pukul|à|a\s+las)\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?!\d)\s*(?P<ap>[ap]\.?\s?m\.?)?",
    re.IGNORECASE,
)


def _at_shown_clock(day: datetime, rest: str, now: datetime) -> datetime:
    """``day`` at the clock written after its day word ("Yesterday, 2:05 PM", "Kemarin 14.05 WIB": read
    as a full date on ``day``'s date in the zone written after the clock, else ``day``'s zone); ``day``
    as it is when there is no clock or the clock would be later than ``now``."""
    match = _DAY_WORD_CLOCK.match(rest)
    if match is None:
        return day
    clock = rest[match.start("h") :].strip()
    local = day.astimezone(_zone_from_text(clock) or day.tzinfo)
    written = f"{local.day} {_MONTH_NAMES_EN[local.month - 1]} {local.year} {clock}"
    found = parse_date(written, local.tzinfo, now=now, relative=False)
    if found is None or found > now:
        return day
    return found


def site_zone(name: str | tzinfo | None) -> tzinfo:
    """A tzinfo for an IANA name (or an existing tzinfo); UTC for None or an unknown name."""
    if isinstance(name, tzinfo):
        return name
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _plausible(year: int, now: datetime | None) -> bool:
    latest = (now or datetime.now(UTC)).year + MAX_YEAR_AHEAD
    return MIN_YEAR <= year <= latest


def _offset(text: str) -> tzinfo | None:
    if text in ("Z", "z"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(y: int, m: int, d: int, hh: int, mm: int, ss: int, tz: tzinfo) -> datetime | None:
    try:
        return datetime(y, m, d, hh, mm, ss, tzinfo=tz)
    except ValueError:
        return None


def parse_iso(text: str, default_tz: str | tzinfo | None = None) -> datetime | None:
    """An ISO 8601 stamp (``2023-09-13T10:15:00+07:00``, ``2023-09-13 10:15``, ``20230913``) or None."""
    text = text.strip()
    match = _ISO.match(text) or _COMPACT_ISO.match(text)
    if not match:
        return None
    parts = match.groupdict()
    tz = None
    if parts.get("z"):
        tz = _offset(parts["z"])
    if tz is None:
        rest = text[match.end() :].strip()
        # A zone name right after the time ("...T00:30:00PDT", "10:15 (WITA)"); none after a bare date.
        tz = _zone_from_text("0 " + rest) if rest and parts.get("H") else None
    if tz is None:
        tz = site_zone(default_tz)
    return _build(
        int(parts["y"]),
        int(parts["m"]),
        int(parts["d"]),
        int(parts["H"] or 0),
        int(parts["M"] or 0),
        int(parts["S"] or 0),
        tz,
    )


def _zone_from_text(text: str) -> tzinfo | None:
    # An explicit offset first ("GMT+7" is not GMT), then a zone name right after a number
    # ("10:15 WIB", "5:30 pm IST", "2023 (WITA)"): "ist" and "est" are words too.
    lowered = text.lower()
    match = _OFFSET.search(lowered)
    if match:
        sign = match.group("sign") or match.group("sign2")
        hours = int(match.group("h") or match.group("h2"))
        minutes = int(match.group("m") or match.group("m2") or 0)
        if hours <= 14 and minutes < 60:
            return timezone((-1 if sign == "-" else 1) * timedelta(hours=hours, minutes=minutes))
    for found in _ZONE_AFTER_NUMBER.finditer(text):
        written = found.group(1)
        word = written.lower()
        if (
            word in ZONE_ABBREVIATIONS
            and word != "z"
            and (
                word not in _ZONE_WORDS
                or (written.isupper() and not _FIGURE_IN_SENTENCE.search(text, 0, found.start() + 1))
            )
        ):
            return timezone(timedelta(minutes=ZONE_ABBREVIATIONS[word]))
    shouting = not any(char.islower() for char in text)
    for seasonless in _SEASONLESS_ZONE.finditer(text):
        if not (shouting and seasonless.group("after")):
            return ZoneInfo(_SEASONLESS_ZONES[seasonless.group(1)])
    return None


def parse_relative(text: str, now: datetime, *, spans_only: bool = False) -> datetime | None:
    """ "2 jam yang lalu", "3 hours ago", "hace 3 horas" (after at most two words of label: "Updated 2 hrs ago"),
    "kemarin", "today" relative to ``now`` (aware; at the clock written after the day word: "Yesterday,
    2:05 PM"); None otherwise. ``spans_only`` reads only a
    span counted back ("3 hours ago"), not "yesterday" or "today" (a day, not a time)."""
    match = _RELATIVE.match(text) or _RELATIVE_BEFORE.match(text)
    if match:
        unit = (match.group("unit") or match.group("one")).lower()
        seconds = _RELATIVE_UNITS.get(unit) or _RELATIVE_UNITS.get(unit.rstrip("s"))
        if seconds is None:
            return None
        count = int(match.group("n")) if match.group("n") else 1
        return (now - timedelta(seconds=count * seconds)).replace(microsecond=0)
    if spans_only:
        return None
    if found := _YESTERDAY.match(text):
        return _at_shown_clock((now - timedelta(days=1)).replace(microsecond=0), text[found.end() :], now)
    if found := _TODAY.match(text):
        return _at_shown_clock(now.replace(microsecond=0), text[found.end() :], now)
    return None


def parse_date(
    text: str | None,
    default_tz: str | tzinfo | None = None,
    *,
    now: datetime | None = None,
    day_first: bool = True,
    relative: bool = True,
) -> datetime | None:
    """The aware datetime written in ``text``, or None when it cannot be read with confidence.

    ``default_tz`` (an IANA name or tzinfo) applies when the text names no zone;
    ``now`` anchors relative dates (defaults to the current time); ``day_first``
    settles "03/04/2023" (Indonesia and Malaysia write the day first); ``relative=False`` reads
    absolute dates only.
    """
    if not text:
        return None
    text = western(" ".join(str(text).split()))
    if not text or len(text) > 200:
        return None
    tz = site_zone(default_tz)
    parsed = None if _iso_day_then_clock(text) else parse_iso(text, tz)
    if parsed is not None:
        return parsed if _plausible(parsed.year, now) else None
    if now is None:
        now = datetime.now(UTC)
    if relative:
        found = parse_relative(text, now.astimezone(tz))
        if found is not None:
            return found
    parsed = _parse_words(text, tz, now, day_first)
    if parsed is None and "," in text and text[:3].isalpha():
        try:  # RFC 2822, as in feeds and some meta tags
            parsed = parsedate_to_datetime(text)
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=tz)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is not None and not _plausible(parsed.year, now):
        return None
    return parsed


#: An update's label between an ISO day and a clock: the clock is the update's ("2026-11-26 | Updated 11:20").
_UPDATE_WORD = re.compile(
    r"\b(?:updated?|modified|edited|revised|aktualisiert|aktualisierung|mise?\s+à\s+jour|actualizad[oa]|"
    r"atualizad[oa]|aggiornat[oa]|bijgewerkt|diperbarui|pembaruan|(?:di)?kemas\s*kini|uppdaterad|opdateret|"
    r"oppdatert|päivitetty)\b",
    re.IGNORECASE,
)


def _iso_day_then_clock(text: str) -> bool:
    """True for an ISO day whose time follows in another form ("2026-11-26 kl. 14.05", "2026-11-26
    um 14:05 Uhr", "2026-11-26 14.05"): read as words, so the time is kept; not when another date
    follows ("2026-11-26 21.05.2026"), nor when an update's label, a month's name or another day's
    name comes before the clock ("2026-11-26 | Updated 11:20", "2026-11-26 Nov 27 10:30")."""
    match = _ISO.match(text)
    if match is None or match.group("H") is not None:
        return False
    rest = text[match.end() :]
    clock = _TIME.search(rest)
    if clock is None or _NUMERIC_DATE.search(rest) is not None:
        return False
    between = rest[: clock.start()]
    if _UPDATE_WORD.search(between):
        return False
    try:
        weekday = date(int(match.group("y")), int(match.group("m")), int(match.group("d"))).weekday()
    except ValueError:
        return False
    words = [word.lower() for word in _WORD.findall(between)]
    return not any(word in MONTH_WORDS or WEEKDAYS.get(word, weekday) != weekday for word in words)


def _parse_words(text: str, tz: tzinfo, now: datetime, day_first: bool) -> datetime | None:
    lowered = text.lower()
    zone = _zone_from_text(text)
    day_part = _read_day(lowered, now, day_first)
    if day_part is None:
        return None
    found, consumed = day_part
    rest = lowered[: consumed[0]] + " " + lowered[consumed[1] :]
    clock = time(0, 0)
    match = _TIME.search(rest)
    if match:
        hour, minute = int(match.group("H")), int(match.group("M"))
        second = int(match.group("S") or 0)
        ampm = _AMPM.get(_ampm_stem(match.group("ampm") or ""))
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif ampm == "midday" and hour < 6:  # "siang": late morning to mid-afternoon
            hour += 12
        elif ampm == "night":  # "malam": 12 and 1 to 4 after midnight ("12:30 mlm" is 00:30)
            hour = 0 if hour == 12 else hour + 12 if _NIGHT_AFTER_MIDNIGHT < hour < 12 else hour
        if hour < 24 and minute < 60 and second < 60:
            clock = time(hour, minute, second)
    elif "noon" in rest or "midnight" in rest or "midday" in rest:
        clock = _NOON_OR_MIDNIGHT.get(next(iter(_NOON_WORD.findall(rest)), ""), clock)
    return datetime.combine(found, clock, tzinfo=zone or tz)


#: "at noon", "midnight" as the time of a date ("Nov. 5, 2025 at noon ET").
_NOON_WORD = re.compile(r"\b(noon|midday|midnight)\b")
_NOON_OR_MIDNIGHT = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}


def _read_day(lowered: str, now: datetime, day_first: bool) -> tuple[date, tuple[int, int]] | None:
    """The calendar day in ``lowered`` and the span it took, from month names or numbers."""
    match = _CJK_DATE.search(lowered)
    if match:
        day = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            return day, (match.start(), match.end())
    tokens = []  # (kind, value, start, end) with kind "num" or "month"
    for match in re.finditer(r"\d+|[^\W\d_]+", lowered):
        word = match.group()
        if word.isdigit():
            tokens.append(("num", int(word), match.start(), match.end(), len(word)))
        elif word in MONTHS:
            if tokens and tokens[-1][0] == "month" and tokens[-1][1] == MONTHS[word]:
                # One month in two calendars' names ("24 نيسان / أبريل 2020"): read as one.
                tokens[-1] = (*tokens[-1][:3], match.end(), 0)
                continue
            tokens.append(("month", MONTHS[word], match.start(), match.end(), 0))
    for i, token in enumerate(tokens):
        if token[0] != "month":
            continue
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        after2 = tokens[i + 2] if i + 2 < len(tokens) else None
        # 13 September 2023
        if before and after and before[0] == after[0] == "num" and before[1] <= 31 and after[4] == 4:
            day = _safe_date(after[1], token[1], before[1])
            if day:
                return day, (before[2], after[3])
        # September 13, 2023
        if after and after2 and after[0] == after2[0] == "num" and after[1] <= 31 and after2[4] == 4:
            day = _safe_date(after2[1], token[1], after[1])
            if day:
                return day, (token[2], after2[3])
        # 2023 September 13 (rare) / 13 September (no year: the latest such day not in the future)
        if before and before[0] == "num" and before[1] <= 31 and before[4] <= 2:
            day = _safe_date(now.year, token[1], before[1])
            if day and day > now.date():
                day = _safe_date(now.year - 1, token[1], before[1])
            if day:
                return day, (before[2], token[3])
    match = _NUMERIC_DATE.search(lowered)
    if match:
        a, b, c = (int(match.group(g)) for g in "abc")
        if len(match.group("a")) == 4:
            day = _safe_date(a, b, c)
        else:
            year = c if len(match.group("c")) == 4 else 2000 + c
            first = day_first or b > 12
            day = _safe_date(year, b, a) if first else _safe_date(year, a, b)
            if day is None:  # the other order ("13/01" day-first, "01/13" month-first)
                day = _safe_date(year, a, b) if first else _safe_date(year, b, a)
            day = weekday_reading(lowered, day, _safe_date(year, b, a), _safe_date(year, a, b))
        if day:
            return day, (match.start(), match.end())
    return None


def weekday_reading(text: str, chosen: date | None, *readings: date | None) -> date | None:
    """The reading of a numeric date whose day and month read either way that the weekday named in
    ``text`` fits, when it fits only one ("Tue, 10/07/2025" is 7 October); else ``chosen``."""
    names = [WEEKDAYS[word] for word in _WORD.findall(text) if word in WEEKDAYS]
    if len(set(names)) != 1:
        return chosen
    fits = {day for day in readings if day is not None and day.weekday() == names[0]}
    return fits.pop() if len(fits) == 1 else chosen


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A full date in a URL's path: /2023/09/13/, /2023-09-13-slug, /20230913/; never a year and month alone.
_URL_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<sep>[/_.-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])"
    r"|/(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?=/|[_-]|\.html?$|$)"
)
# A 14-digit stamp, year to second, that opens a path segment before a "-" or "_" and an id
# ("/nasional/20261126163012-20-118822/slug", as CNN Indonesia's CMS writes); not a Wayback
# Machine capture ("/web/20131110121040/http://..."), which a "/" follows.
_URL_STAMP = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?=[_-])")
# The year last, at the start of a path segment ("/meldungen/29-10-2021"): read only when the day
# cannot be the month ("29-10-2021", "10-29-2021"), never "06-01-2021".
_URL_DATE_YEAR_LAST = re.compile(
    r"/(?P<a>\d{1,2})(?P<sep>[_.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?=/|[_-]|\.html?$|$)"
)


def url_date(url: str | None) -> date | None:
    """The calendar day a URL's path carries (``/2023/09/13/slug``, ``/20230913/``, ``/29-10-2021``,
    ``/20230913101500-20-123/``), or None."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for match in _URL_DATE.finditer(path):
        y, m, d = match.group("y", "m", "d") if match.group("y") else match.group("y2", "m2", "d2")
        found = _safe_date(int(y), int(m), int(d))
        if found is not None and _plausible(found.year, None):
            return found
    for match in _URL_STAMP.finditer(path):
        found = _safe_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if found is not None and _plausible(found.year, None):
            return found
    for match in _URL_DATE_YEAR_LAST.finditer(path):
        a, b, y = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        if (a > 12) == (b > 12):
            continue
        found = _safe_date(y, b, a) if a > 12 else _safe_date(y, a, b)
        if found is not None and _plausible(found.year, None):
            return found
    return None


# A year and a month as path segments ("/2017/09/slug", "/2017/9/12/slug"): a blog's archive path.
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])(?=/)")


def url_month(url: str | None) -> tuple[int, int] | None:
    """The (year, month) a URL's path carries: the month of its full date (``url_date``), else a
    ``/2017/09/`` pair of segments (Blogger's and many blogs' archive paths), or None."""
    day = url_date(url)
    if day is not None:
        return day.year, day.month
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0].split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    match = _URL_MONTH.search(path)
    if match is None or not _plausible(int(match.group("y")), None):
        return None
    return int(match.group("y")), int(match.group("m"))


#: The zone most of a country's news is written in, by country code (a URL's country domain, or
#: the region of a page's language tag): a guess for a UTC stamp the page gives no zone for.
#: Countries with zones hours apart (US, Canada, Russia, Brazil, Australia) have their most
#: populous one: every one of their zones is west (or east) of UTC alike, so the guess is never
#: further from the local day than UTC itself.
COUNTRY_ZONES = {
    "id": "Asia/Jakarta",
    "my": "Asia/Kuala_Lumpur",
    "sg": "Asia/Singapore",
    "bn": "Asia/Brunei",
    "ph": "Asia/Manila",
    "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh",
    "in": "Asia/Kolkata",
    "pk": "Asia/Karachi",
    "bd": "Asia/Dhaka",
    "lk": "Asia/Colombo",
    "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul",
    "cn": "Asia/Shanghai",
    "tw": "Asia/Taipei",
    "hk": "Asia/Hong_Kong",
    "au": "Australia/Sydney",
    "nz": "Pacific/Auckland",
    "ae": "Asia/Dubai",
    "sa": "Asia/Riyadh",
    "qa": "Asia/Qatar",
    "il": "Asia/Jerusalem",
    "tr": "Europe/Istanbul",
    "eg": "Africa/Cairo",
    "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos",
    "ke": "Africa/Nairobi",
    "uk": "Europe/London",
    "gb": "Europe/London",
    "ie": "Europe/Dublin",
    "pt": "Europe/Lisbon",
    "es": "Europe/Madrid",
    "fr": "Europe/Paris",
    "be": "Europe/Brussels",
    "nl": "Europe/Amsterdam",
    "lu": "Europe/Luxembourg",
    "de": "Europe/Berlin",
    "at": "Europe/Vienna",
    "ch": "Europe/Zurich",
    "it": "Europe/Rome",
    "dk": "Europe/Copenhagen",
    "se": "Europe/Stockholm",
    "no": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "gr": "Europe/Athens",
    "hr": "Europe/Zagreb",
    "si": "Europe/Ljubljana",
    "rs": "Europe/Belgrade",
    "ua": "Europe/Kyiv",
    "ru": "Europe/Moscow",
    "us": "America/New_York",
    "ca": "America/Toronto",
    "mx": "America/Mexico_City",
    "br": "America/Sao_Paulo",
    "ar": "America/Argentina/Buenos_Aires",
    "cl": "America/Santiago",
    "co": "America/Bogota",
    "pe": "America/Lima",
    "uy": "America/Montevideo",
    "ve": "America/Caracas",
    "ec": "America/Guayaquil",
    "bo": "America/La_Paz",
    "py": "America/Asuncion",
    "cr": "America/Costa_Rica",
    "gt": "America/Guatemala",
    "hn": "America/Tegucigalpa",
    "sv": "America/El_Salvador",
    "ni": "America/Managua",
    "pa": "America/Panama",
    "do": "America/Santo_Domingo",
    "cu": "America/Havana",
    "pr": "America/Puerto_Rico",
    "jm": "America/Jamaica",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "ee": "Europe/Tallinn",
    "by": "Europe/Minsk",
    "ba": "Europe/Sarajevo",
    "mk": "Europe/Skopje",
    "al": "Europe/Tirane",
    "cy": "Asia/Nicosia",
    "mt": "Europe/Malta",
    "az": "Asia/Baku",
    "ge": "Asia/Tbilisi",
    "kz": "Asia/Almaty",
    "uz": "Asia/Tashkent",
    "ir": "Asia/Tehran",
    "af": "Asia/Kabul",
    "iq": "Asia/Baghdad",
    "jo": "Asia/Amman",
    "lb": "Asia/Beirut",
    "kw": "Asia/Kuwait",
    "bh": "Asia/Bahrain",
    "om": "Asia/Muscat",
    "np": "Asia/Kathmandu",
    "mm": "Asia/Yangon",
    "kh": "Asia/Phnom_Penh",
    "mn": "Asia/Ulaanbaatar",
    "ma": "Africa/Casablanca",
    "dz": "Africa/Algiers",
    "tn": "Africa/Tunis",
    "gh": "Africa/Accra",
    "et": "Africa/Addis_Ababa",
    "tz": "Africa/Dar_es_Salaam",
    "ug": "Africa/Kampala",
    "zw": "Africa/Harare",
    "sn": "Africa/Dakar",
}
# Country domains sold for other uses stay out (.me, .md, .fm, .am, .tv, .io, .ai, .ly, .la, .cc, .ws).


#: Languages written in one zone (or in neighbouring countries on the same clock): the zone a page
#: in that language with no country domain or region is most likely in. Not English, Spanish,
#: French, Portuguese, Arabic, Russian or Chinese, spread over many zones.
LANGUAGE_ZONES = {
    "id": "Asia/Jakarta",
    "ms": "Asia/Kuala_Lumpur",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "th": "Asia/Bangkok",
    "vi": "Asia/Ho_Chi_Minh",
    "he": "Asia/Jerusalem",
    "tr": "Europe/Istanbul",
    "de": "Europe/Berlin",
    "nl": "Europe/Amsterdam",
    "it": "Europe/Rome",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "el": "Europe/Athens",
    "hr": "Europe/Zagreb",
    "sl": "Europe/Ljubljana",
    "sv": "Europe/Stockholm",
    "fi": "Europe/Helsinki",
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "no": "Europe/Oslo",
    "uk": "Europe/Kyiv",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "et": "Europe/Tallinn",
    "is": "Atlantic/Reykjavik",
    "mt": "Europe/Malta",
    "ca": "Europe/Madrid",
    "eu": "Europe/Madrid",
    "gl": "Europe/Madrid",
    "sr": "Europe/Belgrade",
    "bs": "Europe/Sarajevo",
    "mk": "Europe/Skopje",
    "sq": "Europe/Tirane",
    "be": "Europe/Minsk",
    "ka": "Asia/Tbilisi",
    "hy": "Asia/Yerevan",
    "az": "Asia/Baku",
}


#: Locale tags whose region is no country: Facebook's (and many Arabic sites' ``og:locale``/``lang``)
#: "ar_AR" is Arabic at large, not Arabic in Argentina.
_NO_REGION_LOCALES = frozenset({("ar", "ar")})


#: Countries whose zones are hours apart (``COUNTRY_ZONES`` names the most populous): the day of a
#: UTC stamp is right in any of them, the clock of a time written with no zone in one only.
SPREAD_COUNTRIES = frozenset({"us", "ca", "ru", "br", "au"})


def country_zone(url: str | None, lang: str | None = None, *, clock: bool = False) -> tzinfo | None:
    """The zone a page's country domain (``.co.id``), language region (``en-US``) or language (``id``)
    suggests; with ``clock``, None for a country of ``SPREAD_COUNTRIES`` that only a language tag names
    (a wall clock's zone is unknown there: ``en-US`` is many a theme's default). A country domain of
    one (``.com.au``) names the country for sure: its most populous zone reads a wall clock nearer the
    truth than UTC, which is no zone of it (a Perth page's clock is 3 hours off Sydney's, 8 off UTC)."""
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")
    code = host.rsplit(".", 1)[-1] if "." in host else ""
    name = COUNTRY_ZONES.get(code)
    by_domain = name is not None
    if name is None and lang:
        parts = re.split(r"[-_]", lang.strip().lower())
        if len(parts) > 1 and len(parts[1]) == 2 and (parts[0], parts[1]) not in _NO_REGION_LOCALES:
            code = parts[1]
            name = COUNTRY_ZONES.get(parts[1])
        if name is None:
            name = LANGUAGE_ZONES.get(parts[0])
    if clock and code in SPREAD_COUNTRIES and not by_domain:
        return None
    return site_zone(name) if name else None
