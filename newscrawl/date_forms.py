"""Date forms rewritten into ones ``dates.parse_date`` and the date-line tests read.

- Digits of other scripts as ASCII digits: Arabic-Indic ("٢٤ نوفمبر ٢٠٢٥"), Persian, Devanagari,
  Bengali, Gurmukhi, Gujarati, Tamil and Thai.
- Gregorian month names in the scripts of India and Bangladesh (Hindi "नवंबर", Marathi "नोव्हेंबर",
  Bengali "নভেম্বর", Gujarati "નવેમ્બર", Tamil "நவம்பர்" and its "நவ", Punjabi "ਨਵੰਬਰ") as English
  ones, and Hindi's "पूर्वाह्न" / "अपराह्न" (forenoon / afternoon) after a time as "am" / "pm".
- Thai month names, full and abbreviated ("พฤศจิกายน", "พ.ย."), as English ones, and a Buddhist-era
  year written after a Thai month or after "พ.ศ." as the Common-era year (2568 is 2025).
- The Common-era mark after a Gregorian year dropped ("26 نومبر 2026ء", "٢٦ نوفمبر ٢٠٢٦م").
- A year-first numeric date with a space after each dot, as Korean sites write it ("2025. 11. 24.
  오후 2:05", "2025. 11. 24"), without the spaces ("2025.11.24").
- A numeric date set apart by bars or spaced slashes ("26 | 01 | 2022", "26 / 01 / 2022") as a
  slashed one ("26/01/2022"); a day-first one with a space after each dot ("4. 2. 2022") without them.
- A Japanese era year as the Common-era year ("令和8年11月26日" is 26 November 2026).
- The Levantine two-word Arabic months ("تشرين الثاني") and Vietnamese months ("Tháng Mười Một 26,
  2026", "26 tháng 11 năm 2026") as English ones.
- A part-of-day word beside a 12-hour clock as "am" / "pm": Tagalog "7:30 NG GABI", Urdu "08:15 شام",
  Bengali "রাত ৯:২০", Hindi "शाम 7:10" (a night hour from 12 to 4 is after midnight).
- Chinese, Japanese and Korean clock times ("14時05分", "14时05分", "14시 05분", "午後2時5分",
  "下午2:05", "오후 2시 5분") as "14:05" ("2:05 pm" after a morning or afternoon word).

Each step runs only when the text holds a character of its script (one ``re.search``), so a
Latin-script date costs one failed search.
"""

from __future__ import annotations

import re
from datetime import date

#: Decimal digits of other scripts, as ASCII digits.
_DIGIT_BLOCKS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0E50)
_DIGITS = {block + value: str(value) for block in _DIGIT_BLOCKS for value in range(10)}
#: Any character one of the steps rewrites: a digit of another script, a letter of the Indic
#: scripts below (Devanagari to Tamil), Thai, a CJK clock mark.
_NATIVE = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0900-\u0bff\u0e00-\u0e7f時时시午上下오]")
_INDIC = re.compile("[\u0900-\u0bff]")
#: Gregorian months as the press of India and Bangladesh writes them, with the common spellings
#: (with and without the nukta, the anusvara or a half consonant). Marathi "मे" (May) is left out:
#: in Hindi text it is a frequent misspelling of "में" (in).
_INDIC_MONTHS = {
    # Hindi (and Nepali spellings where they differ)
    "जनवरी": "jan", "फ़रवरी": "feb", "फरवरी": "feb", "मार्च": "mar", "अप्रैल": "apr", "अप्रिल": "apr",
    "मई": "may", "जून": "jun", "जुन": "jun", "जुलाई": "jul", "अगस्त": "aug", "सितंबर": "sep",
    "सितम्बर": "sep", "अक्टूबर": "oct", "अक्तूबर": "oct", "नवंबर": "nov", "नवम्बर": "nov",
    "दिसंबर": "dec", "दिसम्बर": "dec", "फेब्रुअरी": "feb", "अगस्ट": "aug", "सेप्टेम्बर": "sep",
    "अक्टोबर": "oct", "नोभेम्बर": "nov", "डिसेम्बर": "dec",
    # Marathi
    "जानेवारी": "jan", "फेब्रुवारी": "feb", "एप्रिल": "apr", "जुलै": "jul", "ऑगस्ट": "aug",
    "सप्टेंबर": "sep", "ऑक्टोबर": "oct", "नोव्हेंबर": "nov", "डिसेंबर": "dec",
    # Bengali (য় precomposed and as য + nukta)
    "জানু\u09dfারি": "jan", "জানু\u09dfারী": "jan", "জানু\u09af\u09bcারি": "jan", "জানু\u09af\u09bcারী": "jan",
    "ফেব্রু\u09dfারি": "feb", "ফেব্রু\u09dfারী": "feb", "ফেব্রু\u09af\u09bcারি": "feb", "ফেব্রু\u09af\u09bcারী": "feb",
    "মার্চ": "mar", "এপ্রিল": "apr", "মে": "may", "জুন": "jun", "জুলাই": "jul", "আগস্ট": "aug",
    "আগষ্ট": "aug", "সেপ্টেম্বর": "sep", "অক্টোবর": "oct", "নভেম্বর": "nov", "ডিসেম্বর": "dec",
    # Punjabi (Gurmukhi)
    "ਜਨਵਰੀ": "jan", "ਫ਼ਰਵਰੀ": "feb", "ਫਰਵਰੀ": "feb", "ਮਾਰਚ": "mar", "ਅਪ੍ਰੈਲ": "apr", "ਮਈ": "may",
    "ਜੂਨ": "jun", "ਜੁਲਾਈ": "jul", "ਅਗਸਤ": "aug", "ਸਤੰਬਰ": "sep", "ਅਕਤੂਬਰ": "oct", "ਨਵੰਬਰ": "nov",
    "ਦਸੰਬਰ": "dec",
    # Gujarati
    "જાન્યુઆરી": "jan", "ફેબ્રુઆરી": "feb", "માર્ચ": "mar", "એપ્રિલ": "apr", "મે": "may", "જૂન": "jun",
    "જુલાઈ": "jul", "ઓગસ્ટ": "aug", "સપ્ટેમ્બર": "sep", "ઓક્ટોબર": "oct", "નવેમ્બર": "nov",
    "ડિસેમ્બર": "dec",
    # Tamil, full names (the abbreviations below)
    "ஜனவரி": "jan", "பிப்ரவரி": "feb", "மார்ச்": "mar", "ஏப்ரல்": "apr", "மே": "may", "ஜூன்": "jun",
    "ஜூலை": "jul", "ஆகஸ்ட்": "aug", "ஆகஸ்டு": "aug", "செப்டம்பர்": "sep", "அக்டோபர்": "oct",
    "நவம்பர்": "nov", "டிசம்பர்": "dec",
}  # fmt: skip
#: The Tamil abbreviations the press prints ("நவ 26, 2026"). Some are common words ("ஆக", "as, to";
#: "பலி எண்ணிக்கை 25 ஆக உயர்வு", "the toll rose to 25"): read only before a year, maybe with a day
#: between ("நவ 26, 2026", "26 ஆக 2026").
_TAMIL_SHORT_MONTHS = {
    "ஜன": "jan", "பிப்": "feb", "ஏப்": "apr", "ஆக": "aug", "செப்": "sep", "அக்": "oct", "நவ": "nov",
    "டிச": "dec",
}  # fmt: skip
_INDIC_MONTHS.update(_TAMIL_SHORT_MONTHS)
#: A month name only as a whole word: no letter or sign of these scripts on either side ("நவ" is
#: also the first syllable of many Tamil words); a Tamil abbreviation only before a year.
_INDIC_MONTH = re.compile(
    "(?<![\u0900-\u0bff])(?:("
    + "|".join(re.escape(name) for name in sorted(_INDIC_MONTHS.keys() - _TAMIL_SHORT_MONTHS, key=len, reverse=True))
    + ")|("
    + "|".join(re.escape(name) for name in sorted(_TAMIL_SHORT_MONTHS, key=len, reverse=True))
    + ")(?=\\.?[\\s,]*(?:\\d{1,2}[\\s,]+)?(?:19|20)\\d\\d(?!\\d)))(?![\u0900-\u0bff])\\.?"
)
#: Hindi forenoon / afternoon words after a clock time ("03:40 अपराह्न"), and a clock written with a
#: space after the colon in native digits ("১১: ২০").
_INDIC_HALF = re.compile("(?<=\\d)(\\s*)(पूर्वाह्न|अपराह्न)(?![\u0900-\u0bff])")
_INDIC_HALVES = {"पूर्वाह्न": "am", "अपराह्न": "pm"}
_SPACED_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):\s+(\d{2})(?![\d:])")
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
#: (rewritten to an English one by then) or after "พ.ศ." ("Buddhist era"), which goes with it
#: ("26 พฤศจิกายน พ.ศ. 2569" is "26 nov 2026").
BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_YEAR = re.compile(
    r"(?:(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) )|พ\.ศ\.\s?)(25[3-9]\d|26[01]\d)(?!\d)"
)
#: A two-digit Buddhist-era year after a Thai month ("26 พ.ย. 69 16:20 น.": 2569, that is 2026), as
#: Thai papers print it in a date line; not a time ("1 พ.ย. 16:20") nor a day before it.
_SHORT_BUDDHIST_YEAR = re.compile(r"(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) )(\d{2})(?![\d:.])")
_BUDDHIST_CENTURY = 2500
#: The Common-era mark run into a Gregorian year: Urdu "2026ء", Arabic "2026م" (not the "م" of "1:30 م",
#: the afternoon, nor the Hijri year "1448ھ").
_ERA_MARK = re.compile(
    "(?<![\\d.:])((?:19|20)\\d\\d|(?:[\u0661\u06f1][\u0669\u06f9]|[\u0662\u06f2][\u0660\u06f0])[\u0660-\u0669\u06f0-\u06f9]{2})\\s?[ءم](?![^\\W\\d_])"
)
#: A Japanese era year ("令和8年" is 2026, "令和元年" its first year, 2019): the year before the
#: era's first, by era.
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988}
_JAPANESE_ERA = re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年")
#: A CJK clock time: hour mark 時/时/시 and a minute (the minute mark 分/분 optional), or a colon time,
#: with the morning / afternoon word before it (午前/上午/오전, 午後/下午/오후).
_CJK_CLOCK = re.compile(
    r"(?:(?P<half>午前|午後|上午|下午|오전|오후)\s*)?(?P<H>\d{1,2})\s*(?:[時时시]\s*(?P<M>\d{1,2})\s*[分분]?|:(?P<M2>\d{2}))"
)
#: "26 | 01 | 2022", "26 / 01 / 2022": a numeric date with its parts set apart by a bar, or by a slash
#: between spaces, as a theme's date line may write it; read as the slashed date ("26/01/2022"), the
#: page deciding which of the first two is the day.
_SPACED_DMY = re.compile(r"(?<![\d|/])(\d{1,2})[ \t]*([|/])[ \t]*(\d{1,2})[ \t]*\2[ \t]*((?:19|20)\d\d)(?![\d|/])")
#: "2025. 11. 24": a four-digit year, month and day, a dot and spaces after each of the first two.
_SPACED_YMD = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s+(\d{1,2})\.\s+(\d{1,2})(?!\d)")
#: "4. 2. 2022": a day, a month and a four-digit year, a dot and a space after each of the first two,
#: as German typesetting writes a numeric date.
_SPACED_DMY_DOTS = re.compile(r"(?<![\d.])(\d{1,2})\.[ \t]+(\d{1,2})\.[ \t]*((?:19|20)\d\d)(?![\d.]\d)")
_HALVES = {"午前": "am", "上午": "am", "오전": "am", "午後": "pm", "下午": "pm", "오후": "pm"}


#: Words for a part of the day beside a 12-hour clock, as "am" / "pm" (or "night": by the hour),
#: after the time (Tagalog "7:30 NG GABI", Urdu "08:15 شام") or before it (Bengali "রাত ৯:২০",
#: Hindi "शाम 7:10", Urdu "شام 8:15").
_HALF_DAY_WORDS = {
    # Tagalog, after "ng": morning, noon, afternoon, evening-night ("12:15 ng gabi" is after midnight)
    "umaga": "am", "tanghali": "pm", "hapon": "pm", "gabi": "night",
    # Urdu: morning, noon-afternoon, evening, night
    "صبح": "am", "دوپہر": "pm", "شام": "pm", "رات": "night",
    # Bengali: dawn, morning, noon-afternoon, afternoon, evening, night
    "ভোর": "am", "সকাল": "am", "দুপুর": "pm", "বিকাল": "pm", "বিকেল": "pm", "সন্ধ্যা": "pm", "রাত": "night",
    # Hindi: morning, noon-afternoon, evening, night
    "सुबह": "am", "दोपहर": "pm", "शाम": "pm", "रात": "night",
}  # fmt: skip
_LOCAL_HALF_WORDS = "|".join(sorted((w for w in _HALF_DAY_WORDS if not w.isascii()), key=len, reverse=True))
_HALF_DAY_AFTER = re.compile(
    r"(?<![\d:.])(\d{1,2})[:.](\d{2})\s*(?:(?i:ng\s+(umaga|tanghali|hapon|gabi))\b|(" + _LOCAL_HALF_WORDS + r")(?!\w))"
)
_HALF_DAY_BEFORE = re.compile(r"(?<!\w)(" + _LOCAL_HALF_WORDS + r")\s+(\d{1,2})[:.](\d{2})(?![\d:])")
#: A letter of the scripts those words are written in (Arabic, Devanagari, Bengali): a cheap test first.
_HALF_DAY_SCRIPTS = re.compile("[\u0600-\u06ff\u0900-\u09ff]")
#: A night hour: 12 and 1 to 4 are after midnight ("রাত ১২:১০" is 00:10), 5 to 11 the evening's.
_NIGHT_AFTER_MIDNIGHT = 4


#: A Swahili clock ("saa 3:30 usiku"): hours counted from 6 (saa 1 is 7 o'clock), with the part of the
#: day after it: morning, midday-afternoon, evening, night, dawn. Read only with that word (a page
#: may write "saa 21:30" on the western clock).
_SWAHILI_CLOCK = re.compile(
    r"\bsaa\s+(\d{1,2})(?:[:.](\d{2}))?\s+(asubuhi|mchana|jioni|usiku|alfajiri)\b", re.IGNORECASE
)
#: Night hours on the western clock before midnight (saa 1 to 5 usiku: 19:00 to 23:00); from saa 6
#: usiku (midnight) on they are the next morning's.
_SWAHILI_EVENING_HOURS = range(7, 12)


def _swahili_clock(match: re.Match[str]) -> str:
    """A Swahili clock as a 24-hour time ("saa 3:30 usiku" is 21:30, "saa 2 asubuhi" 08:00); an hour
    of 0 or 13 to 23 is the western clock, the word after it only the part of the day ("saa 13:30
    mchana" is 13:30)."""
    minute = int(match.group(2) or 0)
    if not 1 <= int(match.group(1)) <= 12:
        return f"{int(match.group(1)):02d}:{minute:02d}"
    hour = (int(match.group(1)) + 6) % 12  # 0 is 12 o'clock
    part = match.group(3).lower()
    if part in ("mchana", "jioni") or (part == "usiku" and hour in _SWAHILI_EVENING_HOURS):
        hour = 12 if hour == 0 else hour + 12  # (saa 6 mchana: noon)
    elif part == "asubuhi" and hour == 0:
        hour = 12  # saa 6 asubuhi: noon, the morning's end
    return f"{hour:02d}:{minute:02d}"


#: Solar Hijri months, Iran's names and Afghanistan's (Dari: the zodiac's), first to twelfth.
_SOLAR_HIJRI_MONTHS = {
    name: number
    for names in (
        ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
        ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
    )
    for number, name in enumerate(names, start=1)
}
_ANY_DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
#: A Solar Hijri date: day, month name, a year of the 1300s or 1400s ("۵ آذر ۱۴۰۵", "5 قوس 1405").
_SOLAR_HIJRI_DATE = re.compile(
    rf"(?<![\w])({_ANY_DIGIT}{{1,2}})\s+({'|'.join(sorted(_SOLAR_HIJRI_MONTHS, key=len, reverse=True))})"
    rf"\s+((?:13|14|۱۳|۱۴|١٣|١٤){_ANY_DIGIT}{{2}})(?!\w)"
)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri date, by the 33-year arithmetic cycle (the calendar Iran
    and Afghanistan use; it gives the first of Farvardin on the day of the March equinox for the
    years news is written in: 1 Farvardin 1403 is 20 March 2024, 1405 is 21 March 2026)."""
    # Days from 1 Farvardin 1 to the date, counted as the cycle places the leap years.
    shifted = year + 1595
    days = (
        -355668 + 365 * shifted + (shifted // 33) * 8 + ((shifted % 33) + 3) // 4 + day
        + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)
    )  # fmt: skip
    return date.fromordinal(days - _ORDINAL_SHIFT)


#: ``days`` above counts from a year before ``date.toordinal``'s origin (1 January of year 1).
_ORDINAL_SHIFT = 365


def _solar_hijri(match: re.Match[str]) -> str:
    """A Solar Hijri date as a Gregorian one the parser reads ("۵ آذر ۱۴۰۵" is "26 nov 2026")."""
    day, year = (int(group.translate(_DIGITS)) for group in (match.group(1), match.group(3)))
    month = _SOLAR_HIJRI_MONTHS[match.group(2)]
    if not 1 <= day <= (31 if month <= 6 else 30):
        return match.group()
    gregorian = solar_hijri_to_gregorian(year, month, day)
    return f"{gregorian.day} {_ENGLISH_MONTHS[gregorian.month - 1]} {gregorian.year}"


#: The Levantine two-word months (Syria, Lebanon, Jordan, Iraq, Palestine): "تشرين الثاني" is November.
#: Their one-word months ("آذار", "أيلول") are in ``dates.MONTHS``.
_LEVANTINE_MONTHS = {"كانون الثاني": "jan", "تشرين الأول": "oct", "تشرين الاول": "oct", "تشرين الثاني": "nov",
                     "كانون الأول": "dec", "كانون الاول": "dec"}  # fmt: skip
_LEVANTINE_MONTH = re.compile("|".join(_LEVANTINE_MONTHS))
#: Vietnamese months: WordPress's locale names ("Tháng Mười Một 26, 2026") and the numbered month of
#: the press ("26 tháng 11 năm 2026", "ngày 26 tháng 11, 2026"), as English ones.
_VIETNAMESE_MONTHS = {
    "một": "jan", "giêng": "jan", "hai": "feb", "ba": "mar", "tư": "apr", "bốn": "apr", "năm": "may",
    "sáu": "jun", "bảy": "jul", "tám": "aug", "chín": "sep", "mười": "oct", "mười một": "nov",
    "mười hai": "dec", "chạp": "dec",
}  # fmt: skip
_VIETNAMESE_NAMED_MONTH = re.compile(
    r"\btháng\s+(" + "|".join(sorted(_VIETNAMESE_MONTHS, key=len, reverse=True)) + r")(?=[\s,.]+\d)", re.IGNORECASE
)
_VIETNAMESE_NUMBERED_MONTH = re.compile(
    r"(?:\bngày\s+)?\b(\d{1,2})\s+tháng\s+(1[0-2]|0?[1-9])(?:\s+năm\s+|\s*,\s*|\s+)((?:19|20)\d\d)\b", re.IGNORECASE
)
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _half_day(hour: str, minute: str, word: str) -> str:
    half = _HALF_DAY_WORDS[word.lower()]
    number = int(hour)
    if half == "night":
        half = "am" if number == 12 or number <= _NIGHT_AFTER_MIDNIGHT else "pm"
    return f"{number}:{int(minute):02d} {half}"


def western(text: str) -> str:
    """``text`` with its dates in forms the parser reads (see the module's docstring); unchanged
    when it holds none of them."""
    tagalog = "g " in text or "G " in text  # ("ng gabi", "NG GABI": one scan each, the regexes only then)
    if (tagalog or (not text.isascii() and _HALF_DAY_SCRIPTS.search(text))) and (
        _HALF_DAY_AFTER.search(text) or _HALF_DAY_BEFORE.search(text)
    ):
        text = _HALF_DAY_AFTER.sub(lambda m: _half_day(m.group(1), m.group(2), m.group(3) or m.group(4)), text)
        text = _HALF_DAY_BEFORE.sub(lambda m: _half_day(m.group(2), m.group(3), m.group(1)), text)
    if ("saa " in text or "SAA " in text or "Saa " in text) and _SWAHILI_CLOCK.search(text):
        text = _SWAHILI_CLOCK.sub(_swahili_clock, text)
    if not text.isascii() and _ARABIC_LETTER.search(text) and _SOLAR_HIJRI_DATE.search(text):
        text = _SOLAR_HIJRI_DATE.sub(_solar_hijri, text)
    if "تشرين" in text or "كانون" in text:
        text = _LEVANTINE_MONTH.sub(lambda match: _LEVANTINE_MONTHS[match.group()], text)
    if "háng" in text or "HÁNG" in text:
        text = _VIETNAMESE_NUMBERED_MONTH.sub(
            lambda match: f"{match.group(1)} {_ENGLISH_MONTHS[int(match.group(2)) - 1]} {match.group(3)}", text
        )
        text = _VIETNAMESE_NAMED_MONTH.sub(lambda match: _VIETNAMESE_MONTHS[match.group(1).lower()], text)
    if ". " in text:
        text = _SPACED_YMD.sub(r"\1.\2.\3", text)
        text = _SPACED_DMY_DOTS.sub(r"\1.\2.\3", text)
    if "|" in text or " / " in text:
        text = _SPACED_DMY.sub(r"\1/\3/\4", text)
    if "令和" in text or "平成" in text:
        text = _JAPANESE_ERA.sub(_era_year, text)
    if "ء" in text or "م" in text:
        text = _ERA_MARK.sub(r"\1", text)
    if not _NATIVE.search(text):
        return text
    translated = text.translate(_DIGITS)
    if translated != text and ": " in translated:
        translated = _SPACED_CLOCK.sub(r"\1:\2", translated)
    text = translated
    if _INDIC.search(text):
        text = _INDIC_MONTH.sub(_english_month, text)
        text = _INDIC_HALF.sub(lambda match: f" {_INDIC_HALVES[match.group(2)]}", text)
        text = " ".join(text.split())
    if _THAI.search(text):
        text = _THAI_MONTH.sub(lambda match: f" {_THAI_MONTHS[match.group(1)]} ", text)
        text = " ".join(text.split())
        text = _BUDDHIST_YEAR.sub(lambda match: str(int(match.group(1)) - BUDDHIST_ERA_OFFSET), text)
        text = _SHORT_BUDDHIST_YEAR.sub(
            lambda match: str(_BUDDHIST_CENTURY + int(match.group(1)) - BUDDHIST_ERA_OFFSET), text
        )
    return _CJK_CLOCK.sub(_clock, text) if _has_cjk_clock(text) else text


def _era_year(match: re.Match[str]) -> str:
    number = match.group(2)
    return f"{_JAPANESE_ERAS[match.group(1)] + (1 if number == '元' else int(number))}年"


def _english_month(match: re.Match[str]) -> str:
    """An Indic month name as an English one, set apart by spaces but kept against the comma or
    full stop after it ("૨૬ નવેમ્બર, ૨૦૨૬" is "26 nov, 2026")."""
    after = match.string[match.end() : match.end() + 1]
    return f" {_INDIC_MONTHS[match.group(1) or match.group(2)]}" + ("" if after in ",;" else " ")


def _has_cjk_clock(text: str) -> bool:
    return any(mark in text for mark in "時时시午上下오")


def _clock(match: re.Match[str]) -> str:
    hour, minute = match.group("H"), match.group("M") or match.group("M2")
    half = _HALVES.get(match.group("half") or "")
    if not half and match.group("M2"):
        return match.group()  # a colon time with no CJK mark: as written
    return f" {int(hour)}:{int(minute):02d}" + (f" {half}" if half else "")
