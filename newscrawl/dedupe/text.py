"""Text features of one article that survive re-publishing.

Everything here is a pure function of the text. Three families of features:

* **shingles** (word n-grams of the cleaned body) for exact and near copies;
* **paragraph keys** (hashes of long normalised paragraphs), which a truncated
  or retitled copy keeps verbatim;
* **anchors**: what survives a rewrite or a translation, in order of first
  appearance: names (capitalised words inside sentences), numbers (separators
  dropped, so ``820,000`` and ``820.000`` agree), dates (English, Indonesian and
  Malay month and weekday names mapped to one token) and quotations.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable
from typing import Any

import numpy as np

from newscrawl.attribution import agency_name

# -- boilerplate mirrors add around a wire story ----------------------------------------------
# Paragraphs dropped before any feature is taken. Examples met on real mirrors:
#   "Baca juga: Harga BBM naik lagi" (read also), "READ  Putin meets Kim" (inline related post),
#   "(Kecuali judulnya, cerita ini belum diedit oleh staf NDTV dan diterbitkan dari feed sindikasi.)"
_BOILERPLATE_START = re.compile(
    r"\s*(?:baca juga|baca pula|lihat juga|simak juga|read also|also read|read more|related|berita terkait"
    r"|artikel terkait|tags?|topik|kata kunci|keywords)\s*[:\-]"
    r"|\s*READ\s"
    r"|\s*\(?(?:except for the headline|kecuali judul|kecuali tajuk)",
    re.IGNORECASE,
)
#: Found anywhere in a paragraph (a plain substring test: an unanchored regex costs ~30 us a paragraph).
_BOILERPLATE_ANYWHERE = ("feed sindikasi", "syndicated feed", "sindiket suapan")
#: A "read also" label alone in its paragraph: the related headline is the next paragraph
#: ("BACA JUGA:" then "Harga BBM naik lagi"), dropped with it when it is short.
_READ_ALSO_ALONE = re.compile(
    r"\s*(?:baca juga|baca pula|lihat juga|simak juga|read also|also read|read more|related|berita terkait"
    r"|artikel terkait)\s*[:\-]?\s*$",
    re.IGNORECASE,
)
HEADLINE_WORDS = 25
#: Credit lines and photo captions mirrors leave in a short paragraph; each adds names the
#: story does not have ("Pewarta: Yudha Prasetyo", "Penerjemah: Yudha Prasetyo", "Editor: Sri
#: Handayani", "COPYRIGHT © ANTARA 2019", "(Reporting by ...; Editing by ...)", "... ANTARA
#: FOTO/Rina Kusuma/foc.", "- BERNAMA", "(ant/red)").
_CREDIT_START = re.compile(
    r"\s*\(?\s*(?:(?:pewarta|editor|penulis|reporter|redaktur|penyunting|penerjemah|penterjemah|alih\s+bahasa"
    r"|sumber foto|foto|photo)\s*[:\-]"
    r"|(?:reporting|writing|editing|translated) by\b|(?:disunting|diterjemah(?:kan)?) oleh\b|©|copyright\b|hak cipta\b)",
    re.IGNORECASE,
)
_CREDIT_ANYWHERE = re.compile(r"antara foto/|\((?:foto|photo)\s*:|\bfoto fail\b|\bfile photo\b", re.IGNORECASE)
_SIGN_OFF = re.compile(r"[\W_]*[A-Z]{2,}[\W_]*|\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+\s*\)")
CREDIT_WORDS = 15
CAPTION_WORDS = 40
# -- site furniture a mirror's page leaves around the story ----------------------------------
# Each adds names and figures the story does not have (the site's name, "Google News",
# "Telegram", the day and time of posting), which a translation or a copy elsewhere lacks.
#: A date line: "Kamis, 14 Maret 2024 | 09:15 WIB", "Updated: Tuesday, March 12, 2024 10:45 GMT".
#: Short, and every word a number, a month or weekday name, or one of these.
_TIMESTAMP_WORDS = frozenset(
    """
    wib wita wit gmt utc myt sgt ist pst est cet am pm pagi petang malam siang sore
    updated update published posted diperbarui diterbitkan dipublikasikan terbit kemaskini dikemaskini
    diterbit dikemas kini last modified at on pada
    """.split()
)
TIMESTAMP_WORDS = 14
#: A site or dateline label before the lead, in capitals: "KABARKINI.COM, JAKARTA - ",
#: "JAKARTA (ANTARA) - ", "KUALA LUMPUR, 13 Sept (Bernama) -- ", "PALU, Indonesia, June 3
#: (Reuters) - " (up to two comma parts). Left out of the lead.
_LEAD_LABEL = re.compile(
    r"\s*[A-Z][A-Z0-9.&'/]*(?:\s+[A-Z0-9.&'/]+){0,4}(?:\s*,\s*[\w. ]{2,30}?){0,2}(?:\s*\([^()]{2,40}\))?\s*(?:-{1,2}|–|—)\s+(?=\S)"
)
#: A call to follow the site elsewhere ("Ikuti berita terkini di Google News", "Join our
#: WhatsApp channel", "Mari bergabung di Grup Telegram"): a paragraph of 40 words or fewer
#: opening with an imperative, naming a platform or holding a link, and addressing the reader
#: or the site (``_ADDRESS``, a link or an @handle), among the first or last two story
#: paragraphs (where furniture sits: "Download numbers for TikTok fell..." in the middle, or
#: "Be careful with WhatsApp messages..., police warned" anywhere, are story). Plain word and
#: substring tests (a regex alternation with IGNORECASE cost ~60 us a paragraph).
_CALLS = frozenset(
    """
    follow join subscribe sign download click get ikuti gabung bergabung langganan berlangganan unduh klik
    simak dapatkan sertai layari muat mari ayo yuk jangan don't be
    """.split()
)
_PLATFORMS = (
    "google news",
    "telegram",
    "whatsapp",
    "instagram",
    "facebook",
    "twitter",
    "tiktok",
    "youtube",
    "line today",
    "newsletter",
)
#: A site's section ("di kanal Aviasi", "di rubrik Nusantara"): a call only with "kami", "kunjungi"
#: or "simak" (or a link): "Jangan membuang sampah ke Kanal Banjir Timur", "Mari kita jaga
#: kebersihan kanal" are story.
_SECTIONS = ("di kanal ", "di rubrik ")
_SECTION_WORDS = frozenset(("kami", "kunjungi", "simak"))
_LINK_MARKS = ("http://", "https://", "www.", "t.me/", "@")
#: Words of a call that address the reader or the site: "our"/"kami"/"kita", its channel
#: ("saluran"), "here"/"di sini", its latest news ("berita terkini", "latest updates").
_ADDRESS = frozenset(
    """
    our us we kami kita channel channels saluran here sini latest terkini terbaru updates
    """.split()
)
FOLLOW_WORDS = 40
#: Story paragraphs a follow call may have before or after it (fewer than this many).
FOLLOW_EDGE = 2
#: The page's note that the story first ran elsewhere ("Artikel ini telah tayang di ...
#: dengan judul ..."): it repeats the original title, with its names.
_FIRST_RAN_STARTS = ("artikel ini", "this article", "this story")  # tested first: 3x cheaper than the regex
_FIRST_RAN = re.compile(  # on lowered text
    r"artikel ini (?:telah|sudah|juga|pertama kali) (?:tayang|terbit|dimuat|diterbitkan)|artikel ini pertama kali"
    r"|this (?:article|story) (?:was )?(?:first|originally) (?:published|appeared)|artikel ini telah disiarkan"
)
_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n|\r\n\s*\r\n")
#: The same split on a body without "\r" (its second branch cannot match): re then scans for
#: the literal "\n" in C, 6x faster.
_PARAGRAPH_SPLIT_LF = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w+", re.UNICODE)
_WORD_ASCII = re.compile(r"\w+", re.ASCII)  # the same tokens on ASCII text, a quarter faster


def paragraphs(body: str) -> list[str]:
    """Body paragraphs without the boilerplate mirrors insert (blank-line separated input)."""
    body = body or ""
    parts = (_PARAGRAPH_SPLIT if "\r" in body else _PARAGRAPH_SPLIT_LF).split(body)
    if len(parts) == 1:
        parts = body.split("\n")
    # A phrase not in the whole body is in none of its paragraphs: one test for most bodies.
    lowered = body.lower()
    anywhere = [phrase for phrase in _BOILERPLATE_ANYWHERE if phrase in lowered]
    photos = _may_hold_photo_credit(lowered)
    first_ran = any(start in lowered for start in _FIRST_RAN_STARTS) and _FIRST_RAN.search(lowered) is not None
    out = []
    calls = []  # indexes in ``out`` of calls to follow the site, kept if mid-story
    skip_headline = False
    for part in parts:
        paragraph = part.strip()
        if skip_headline:
            skip_headline = False
            if len(paragraph.split()) <= HEADLINE_WORDS:
                continue  # the related headline under a lone "read also" label
        if not paragraph or _BOILERPLATE_START.match(part):
            skip_headline = bool(paragraph) and _READ_ALSO_ALONE.match(part) is not None
            continue
        if anywhere and any(phrase in part.lower() for phrase in anywhere):
            continue
        if _is_credit(paragraph, photos) or _is_furniture(paragraph, first_ran):
            continue
        if _is_follow_call(paragraph):
            calls.append(len(out))
        elif len(out) == len(calls):  # the lead: no story paragraph yet
            label = _LEAD_LABEL.match(paragraph)
            if (
                label
                and sum(map(str.isalpha, label[0])) >= 4
                and len(paragraph[label.end() :].split()) >= LABELLED_LEAD_WORDS
            ):
                paragraph = paragraph[label.end() :]
        out.append(paragraph)
    if calls:
        story = len(out) - len(calls)
        drop = {i for n, i in enumerate(calls) if i - n < FOLLOW_EDGE or story - (i - n) < FOLLOW_EDGE}
        out = [paragraph for i, paragraph in enumerate(out) if i not in drop]
    return out


#: The lead a label (of 4 letters or more: "US - China talks" keeps its "US") is taken off
#: must go on for this many words (a sentence of the story).
LABELLED_LEAD_WORDS = 8


def _is_furniture(paragraph: str, first_ran: bool) -> bool:
    """A date line or a "first ran at" note (``first_ran``: the body holds one somewhere)."""
    if _is_timestamp(paragraph):
        return True
    if not first_ran or len(paragraph) > 400 or len(paragraph.split()) > FOLLOW_WORDS:
        return False
    return _FIRST_RAN.search(paragraph.lower()) is not None


def _is_follow_call(paragraph: str) -> bool:
    """A call to follow the site elsewhere, wherever it sits (see ``_CALLS``)."""
    if len(paragraph) > 400:
        return False
    opening = paragraph.split(None, 1)[0].strip("\"'“”‘’([*-").lower()
    if opening not in _CALLS:
        return False
    words = paragraph.split()
    if len(words) > FOLLOW_WORDS:
        return False
    lowered = paragraph.lower()
    if any(mark in lowered for mark in _LINK_MARKS):
        return True
    folded = [word.strip(".,:;!?\"'“”‘’()[]").lower() for word in words]
    if any(section in lowered for section in _SECTIONS) and not _SECTION_WORDS.isdisjoint(folded):
        return True
    if not any(mark in lowered for mark in _PLATFORMS):
        return False
    return not _ADDRESS.isdisjoint(folded)


def _is_timestamp(paragraph: str) -> bool:
    if len(paragraph) > 160:
        return False
    first = paragraph.split(None, 1)[0].strip(",.:;|()[]-").lower()
    if not (first.isdecimal() or first in DATE_WORDS or first in _TIMESTAMP_WORDS):
        return False  # most short paragraphs: one test
    tokens = words(paragraph)
    if len(tokens) > TIMESTAMP_WORDS:
        return False
    has_date = has_number = False
    for token in tokens:
        if token.isdecimal():
            has_number = True
        elif token in DATE_WORDS:
            has_date = True
        elif token not in _TIMESTAMP_WORDS:
            return False
    return has_date and has_number


def _may_hold_photo_credit(lowered: str) -> bool:
    """False when no paragraph of a body (``lowered``: the body, lower-cased) can match
    ``_CREDIT_ANYWHERE``: each of its branches holds "foto" or "photo", plain ASCII letters
    that no other character matches under IGNORECASE. One test a body instead of a search
    a short paragraph (~13 us each)."""
    return "foto" in lowered or "photo" in lowered


def _is_credit(paragraph: str, photos: bool = True) -> bool:
    """A credit line, a sign-off or a photo caption (see ``_CREDIT_START``); ``photos`` False:
    the body holds no photo credit (:func:`_may_hold_photo_credit`)."""
    if len(paragraph) > 400:
        return False  # one test for most paragraphs: story text is longer than a caption
    starts = _CREDIT_START.match(paragraph) is not None or _SIGN_OFF.fullmatch(paragraph) is not None
    if not starts and not photos:
        return False  # the word count below decides nothing: not counted
    size = len(paragraph.split())
    if size <= CREDIT_WORDS and starts:
        return True
    if not photos or size > CAPTION_WORDS or not _may_hold_photo_credit(paragraph.lower()):
        return False  # a search costs ~20 us a paragraph: first the words it needs, in C
    return _CREDIT_ANYWHERE.search(paragraph) is not None


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """NFKC, case-folded, accents removed: the form every comparison uses."""
    if text.isascii():  # most wire copy: skip the Unicode work
        return text.lower()
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return _COMBINING.sub("", text)


def words(text: str) -> list[str]:
    """Folded word tokens of ``text``."""
    if text.isascii():  # most wire copy: one str.translate and a split, 3x faster than a regex
        return text.translate(_ASCII_WORDS).split()
    folded = fold(text)
    return (_WORD_ASCII if folded.isascii() else _WORD).findall(folded)


def word_bytes(text: str) -> list[bytes]:
    """:func:`words` of ``text``, UTF-8 encoded: what hashing and counting them need.

    Most text's characters fold alone, each into ASCII word characters or into no word
    character (``_word_table``): then the text is encoded to ASCII with each such character
    replaced by its fold (the error handler is called once a run of them: a few times in a
    text with curly quotes and dashes), and bytes.translate and a split give the words.
    Text with any other character is folded and matched as :func:`words` does."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES).split()
    # Text of another script (its UTF-8 an eighth longer or more) is folded at once: an
    # attempt would stop at its first letter, at the cost of an exception.
    if len(text.encode("utf-8", "surrogatepass")) <= len(text) + len(text) // 8:
        try:
            return text.encode("ascii", "newscrawl-fold-alone").translate(_ASCII_WORD_BYTES).split()
        except _NotAlone:
            pass
    found = words(text)
    return " ".join(found).encode("utf-8").split(b" ") if found else []  # C, not a call a word


class _NotAlone(Exception):
    """A character :func:`word_bytes` cannot fold on its own."""


def _fold_alone(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler of :func:`word_bytes`: the run of non-ASCII characters
    folded, each by ``_word_table``, or :class:`_NotAlone`."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    table = _word_table()
    out = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        folded = table[code] if code < 0x10000 else code
        if not isinstance(folded, str):
            raise _NotAlone
        out.append(folded)
    return "".join(out), error.end


codecs.register_error("newscrawl-fold-alone", _fold_alone)


def _spaced(char: str) -> str:
    """What :func:`words` reads ``char`` as (of an ASCII one): lower case, space for a non-word."""
    return char.lower() if _WORD_ASCII.match(char) else " "


#: str.translate's table for ASCII text: ``_spaced`` of each character.
_ASCII_WORDS = [_spaced(chr(c)) for c in range(0x80)]
#: The same for ASCII bytes (bytes.translate's 256 entries: the upper half never met).
_ASCII_WORD_BYTES = bytes(ord(_spaced(chr(c))) if c < 0x80 else c for c in range(0x100))


@functools.cache
def _word_table() -> list[int | str]:
    """``_ASCII_WORDS`` plus every BMP character that folds alone into ASCII word characters
    (its fold: "é" → "e", "ß" → "ss", "Ａ" → "a") or into no word character (a space:
    "“", "—", "\u00a0", "…"); every other character maps to itself (a list, not a dict: a
    character it leaves costs no KeyError).

    Alone: not a combining mark (removed, or reordered with its neighbours) nor the second
    half of a canonical pair (composed with what precedes), its decomposition opening with
    neither; then folding a text folds each such character on its own."""
    seconds = {0x1161 + i for i in range(21)} | {0x11A8 + i for i in range(27)}
    for c in range(0xC0, 0x10000):
        parts = unicodedata.decomposition(chr(c)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    table: list[int | str] = [*_ASCII_WORDS, *range(0x80, 0x10000)]
    for c in range(0x80, 0x10000):
        char = chr(c)
        if unicodedata.combining(char) or c in seconds or 0xD800 <= c < 0xE000:
            continue
        folded = fold(char)
        first = unicodedata.normalize("NFKD", char)[:1]
        if not folded or unicodedata.combining(first) or ord(first) in seconds:
            continue
        if not _WORD.search(folded):
            table[c] = " "
        elif folded.isascii() and _WORD_ASCII.fullmatch(folded):
            table[c] = folded
    return table


# -- anchors -----------------------------------------------------------------------------------------

#: Month and weekday names (English, Indonesian, Malay) → one token, so a translated date still agrees.
_MONTHS = {
    1: "january jan januari",
    2: "february feb februari pebruari",
    3: "march mar maret mac",
    4: "april apr",
    5: "may mei",
    6: "june jun juni",
    7: "july jul juli julai",
    8: "august aug agustus ogos",
    9: "september sep sept",
    10: "october oct oktober",
    11: "november nov nopember",
    12: "december dec desember disember",
}
_WEEKDAYS = {
    1: "monday senin isnin",
    2: "tuesday selasa",
    3: "wednesday rabu",
    4: "thursday kamis khamis",
    5: "friday jumat jum'at jumaat",
    6: "saturday sabtu",
    7: "sunday minggu ahad",
}
DATE_WORDS = {w: f"@m{n}" for n, names in _MONTHS.items() for w in names.split()}
_MONTH_NAMES = {n: names.split()[0] for n, names in _MONTHS.items()}
DATE_WORDS.update({w: f"@d{n}" for n, names in _WEEKDAYS.items() for w in names.split()})
# Short forms that are ordinary words too ("may", "mar", "jun", "sep", "dec") only count capitalised.
_AMBIGUOUS_DATE_WORDS = frozenset(
    {"may", "mar", "jan", "jun", "jul", "sep", "oct", "nov", "dec", "feb", "apr", "aug", "minggu", "mac"}
)

#: Capitalised words that are not names: sentence furniture in the languages we crawl.
_NOT_NAMES = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my your there here
    but and or if when while as at in on of for to by with from after before mr mrs ms dr
    said says according however meanwhile also yet so
    di ke dari dan yang itu ini dia ia mereka kami kita saya namun tetapi tapi sementara itu menurut
    pada para seorang sebuah dalam untuk dengan oleh setelah sebelum juga bahwa jika ketika adalah
    tuan nyonya bapak ibu pak bu encik puan
    """.split()
)
#: A number as written (separators and a percent sign included).
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*%?")
_QUOTE = re.compile(r"[\"“”«»„]([^\"“”«»„]{12,400})[\"“”«»„]")
_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")  # the characters ``_QUOTE`` opens with
#: Speech in single quotes, as Malaysian papers and some wires write it: only beside a speech
#: verb ("'...,' kata dia", "said: '...'"), where an apostrophe cannot open or close it.
_SPEECH_VERBS = r"(?:said|says|told|added|kata|katanya|ujar|ujarnya|tambah|tambahnya|jelas|jelasnya|tegas|tegasnya)"
_SINGLE_QUOTE = re.compile(
    rf"(?:(?<![\w'‘’])['‘]([^'‘’\n]{{12,400}}?[,.?!])['’]\s+{_SPEECH_VERBS}\b"
    rf"|\b{_SPEECH_VERBS}:?\s+['‘]([^'‘’\n]{{12,400}}?)['’](?!\w))",
    re.IGNORECASE,
)


#: A currency written before a figure: its letters glued to the figure ("Rp15.160", "RM128.3",
#: "Rs500") or standing before it ("Rp 15.160", "US$ 2"), or capitals before "$" ("US$", "S$",
#: "HK$"). Group 1 is the figure when glued. A translation writes the currency its own way
#: ("15,160 rupiah"): the figure is the anchor, the currency none.
_CURRENCY_AT = re.compile(
    r"(?:(?:Rp|RM|Rs|USD|IDR|MYR|SGD|INR|EUR)(?:(\d+(?:[.,:]\d+)*%?)|\.?\s?\$?(?=\d))|[A-Z]{1,3}\$(?=\s?\d))"
)
#: Capitals that can open a currency at a token start (a cheap test before the regex).
_CURRENCY_INITIALS = frozenset("ACHMNRSUIE")
#: The names ``_CURRENCY_AT`` opens with, if not with capitals and "$".
_CURRENCY_NAMES = ("Rp", "RM", "Rs", "USD", "IDR", "MYR", "SGD", "INR", "EUR")
#: A 12-hour clock right after a number: "5:35 pm", "3 p.m.", "9.30am". Groups: the space
#: before, the half ("a"/"p"), the dot after it, the "m".
_CLOCK_AFTER = re.compile(r"(\s?)([aApP])(\.?)\s?([mM])(?![a-zA-Z])\.?")
_CLOCK = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?")
#: The letters ``_CLOCK_AFTER`` opens with (after one space at most).
_CLOCK_HALVES = frozenset("aApP")


def clock_token(number: str, clock: re.Match[str]) -> str | None:
    """A 12-hour time as 24-hour ("5:35" pm → "17:35", "3" pm → "15:00"), as a translation
    writes it ("17.35", "pukul 15.00 WIB"); None when ``number`` is no time of day.

    A word "am" after a bare number is German ("3 am stärksten", "12 am Montag"), not a
    clock: "am" apart from the number, undotted and lower case, is read only after a time
    with its minutes ("5:35 am", "9.30 am"); "3 a.m.", "3am", "3 AM" and every "pm" are."""
    m = _CLOCK.fullmatch(number)
    if not m or not 1 <= int(m[1]) <= 12 or (m[2] and int(m[2]) > 59):
        return None
    space, half, dot, letter_m = clock.group(1, 2, 3, 4)
    if not m[2] and space and not dot and half in "aA" and letter_m == "m":
        return None
    hour = int(m[1]) % 12 + (12 if half in "pP" else 0)
    return _clock(hour, m[2])


def _clock(hour: int, minutes: str | None) -> str:
    """A time of day as its token: the hour alone at a whole hour ("9" of "9 a.m.", "09.00",
    "9 am"), else hour and minutes ("17:35")."""
    return str(hour) if not minutes or minutes == "00" else f"{hour}:{minutes}"


#: A 24-hour time with seconds ("06:11:32"): a translation gives its hour and minutes.
_SECONDS = re.compile(r"([01]?\d|2[0-3]):([0-5]\d):[0-5]\d")
#: A 24-hour whole hour ("09.00", "21:00") ...
_WHOLE_HOUR = re.compile(r"([01]?\d|2[0-3])[.:]00")
#: ... read as a time when written with a colon, after "pukul" / "jam" / "pkl", or before a zone.
_HOUR_BEFORE = ("pukul ", "jam ", "pkl ", "pkl. ")
_ZONE_AFTER = re.compile(r"\s?(?:WIB|WITA|WIT|GMT|UTC|IST|MYT|SGT)\b|\s(?:waktu setempat|local time)\b")
#: A date written in figures, day first: "19/11" (with a year, "24/12/2025"). Matched at the day.
_NUMERIC_DATE = re.compile(r"(3[01]|[12]\d|0?[1-9])/(1[0-2]|0?[1-9])(?:/((?:19|20)\d\d))?(?![\d/])")
#: The weekday an Indonesian or Malay writer puts such a date after, in brackets: "Rabu (19/11)"
#: (a folded word, then "(").
_WEEKDAY_BEFORE = re.compile(r"(\w+(?:'\w+)?)\s?\($")


def figure_as_written(text: str, offset: int, token: str) -> tuple[list[str], int] | None:
    """The tokens a number at ``offset`` stands for when it is a time or a date written the
    way one language writes it, and the end of what they cover; None for a figure.

    A translation writes the original's "9 am" as "pukul 09.00" and its "06:11:32 IST" as
    "pukul 06.11": a time at a whole hour is its hour, seconds are dropped. An Indonesian writer
    puts the date after the weekday, "Rabu (19/11)" for "Wednesday, Nov. 19": the day and the
    month (``@m11``), not two figures; so is a date with its year, "23/11/2025", anywhere. Only asked of a number with ":", "." or a "/" after it."""
    end = offset + len(token)
    if text.startswith("/", end):
        m = _NUMERIC_DATE.match(text, offset)
        if m is None:
            return None
        if not m[3]:  # day and month alone: a date only in brackets after a weekday
            before = _WEEKDAY_BEFORE.search(text, max(0, offset - 12), offset)
            if not (before and text.startswith(")", m.end()) and DATE_WORDS.get(fold(before[1]), "")[:2] == "@d"):
                return None
        found = [m[1], _MONTH_NAMES[int(m[2])]]
        return ([*found, m[3]] if m[3] else found), m.end()
    if token.count(":") == 2:
        m = _SECONDS.fullmatch(token)
        return ([_clock(int(m[1]), m[2])], end) if m else None
    m = _WHOLE_HOUR.fullmatch(token)
    if m and (
        token[-3] == ":"
        or text[max(0, offset - 6) : offset].lower().endswith(_HOUR_BEFORE)
        or _ZONE_AFTER.match(text, end)
    ):
        return [str(int(m[1]))], end
    return None


#: A year: four digits 1900-2099 standing alone, written without a thousands separator
#: ("2,000 troops", "2.000 tentara" are counts). The lookbehind stands after "19"/"20" (three
#: characters back: the one before them), so the regex opens with a literal and skips to each
#: "1" or "2" in C instead of trying a lookbehind at every character (~2x faster, the same matches).
_YEAR = re.compile(r"((?:19|20)(?<![\w.,]..)\d\d)(?!\w|[.,]\d)")
#: A word before a figure that makes it a year ("in 1998", "sejak 2022", "tahun 2019").
_YEAR_BEFORE = frozenset(
    "in since by until till from before after of year early late mid end "
    "tahun sejak pada hingga sampai dari sebelum sesudah setelah awal akhir pertengahan".split()
)

#: Between two years of a list: a comma, "and" or "or" ("pada 2000, 2002, dan 2021").
_YEAR_LIST = re.compile(r",? ?(?:(?:and|or|dan|atau|serta) )?", re.IGNORECASE)
#: After a listed year: the list goes on or the clause ends ("since 1998, 2000 troops" is a count).
_LIST_GOES_ON = re.compile(r"(?:[,.;:)]|$| (?:and|or|dan|atau|serta)\b)", re.IGNORECASE)
#: Before the last year of a list: "and" ends it ("the finals of 2000, 2002 and 2016 to Indonesia").
_YEAR_LIST_LAST = re.compile(r",? ?(?:and|dan|serta) ", re.IGNORECASE)


def years(text: str) -> list[str]:
    """The anchors of the years ``text`` gives (``"#1951"``): a figure 1900-2099 written
    without a thousands separator beside a year's context - a month, a word that takes a year
    ("in", "since", "tahun"), a possessive or a name after it ("2023's", "the 1951 Refugee
    Convention"), or a year before it in a list ("in 2000, 2002 and 2016"). A count of 2,000
    or "2.000" is no year."""
    found = []
    listed = -1  # where the last year found ends: "in 2000, 2002 and 2016" lists three
    for m in _YEAR.finditer(text):
        before = [w.lower().strip("(-,.") for w in text[max(0, m.start() - 30) : m.start()].split()[-2:]]
        after = text[m.end() : m.end() + 2]
        if (
            (before and before[-1] in _YEAR_BEFORE)
            or (
                listed >= 0
                and _YEAR_LIST.fullmatch(text, listed, m.start())
                and (_LIST_GOES_ON.match(text, m.end()) or _YEAR_LIST_LAST.fullmatch(text, listed, m.start()))
            )
            or any(DATE_WORDS.get(w, "").startswith("@m") for w in before)
            or after[:1] in ("'", "\u2019")
            or (len(after) == 2 and after[0] == " " and after[1].isupper())
        ):
            found.append("#" + m[1])
            listed = m.end()
    return list(dict.fromkeys(found))


def percent_figure(token: str) -> str:
    """A percentage's figure without the trailing zeros of its decimal part (one or two digits
    after the last separator: a thousands group has three): "4.50%" = "4,5 persen" = "#45". A
    rate is written either way; a time of day ("12.30") never carries a percent."""
    if token[-1:] == "0" and ("." in token[-3:] or "," in token[-3:]):
        return token.rstrip("0").rstrip(".,")
    return token


#: The word after a figure that makes it a percentage, as "%" does.
PERCENT_AFTER = re.compile(r"\s(?:persen|percent|per cent|peratus)\b", re.IGNORECASE)
#: The rest of a range of rates that gives its percent once, after the second figure ("4,0-4,8
#: persen", "4.0-4.8%"): the first figure is a rate too, "4.0%" as another writer puts it.
PERCENT_RANGE_AFTER = re.compile(r"[-–]\d+(?:[.,]\d+)?(?:%|\s(?:persen|percent|per cent|peratus)\b)", re.IGNORECASE)


def number_anchor(token: str) -> str:
    """The anchor of a number token: ``"#51452"`` for ``51,452`` or ``51.452``."""
    # Separators dropped: "820,000" = "820.000", and a time of day "10:15" = "10.15" (Indonesian);
    # so is the sign, "14%" = "14 persen" = "14 percent".
    if token[-1] == "%":
        token = percent_figure(token[:-1])
    digits = token.replace(".", "").replace(",", "").replace(":", "")
    return "#" + digits.lstrip("0") if digits.strip("0") else "#0"


#: A sentence break (end punctuation or a quote mark, then space; or a new line) and what
#: precedes the next sentence's first token: a match ends where that token starts. Written
#: to start with a character class, which re scans for in C (2x faster than an alternation).
_SENTENCE_BREAK = re.compile(r"[.!?:;\"“”\n](?:(?<=\n)|\s)\W*")
#: What makes the non-word characters before a word a sentence break (``_SENTENCE_BREAK``).
_BREAK_IN_GAP = re.compile(r"\n|[.!?:;\"“”]\s")


def opens_sentence(text: str, offset: int) -> bool:
    """Does the word at ``offset`` open a sentence: is ``offset`` where a ``_SENTENCE_BREAK``
    match of ``text`` ends, or the first word character of ``text``?

    Such a match ends at the first word character after it, and none reaches into a gap of
    non-word characters from before it (its first character is a non-word character, and
    the one before the gap a word character): so one ends at ``offset`` when the gap before
    ``offset`` holds a new line or end punctuation then a space. Most words follow one
    space after a word, the test then; the gap is found only otherwise (a scan of the whole
    text for breaks cost ~13 us an article)."""
    if offset >= 2 and text[offset - 1] == " " and _is_word_char(text[offset - 2]):
        return False
    gap = offset
    while gap and not _is_word_char(text[gap - 1]):
        gap -= 1
    return gap == 0 or _BREAK_IN_GAP.search(text, gap, offset) is not None


#: A word of a wire dateline: one with a capital or a digit, a site ("kompas.com"), a bracket
#: ("(Kerala)", "[India]", "(PTI)").
DATELINE_WORD = r"(?:[\w.]*[A-Z0-9][\w.]*|\w+\.\w+|\([^()\n]{1,30}\)|\[[^\[\]\n]{1,30}\])"
#: A wire dateline at a paragraph's start, closing on a bracketed credit: then a dash or a colon
#: ("Denpasar, Indonesia (dpa) - ", "New Delhi [India], October 15 (ANI): "), or nothing, as
#: Indian wires write it ("Alappuzha (Kerala), Oct 17 (PTI) Fourteen tourists ...").
_DATELINE_CREDIT = re.compile(
    rf"(?:{DATELINE_WORD}[ ,/]+)+\((?P<credit>[^()\n]{{1,30}})\)(?:\s*(?:--?|[\u2013\u2014]|:)\s+|\s+)(?=\w)"
)
#: Characters a dateline takes at most.
DATELINE_CHARS = 80


def dateline_end(paragraph: str) -> int:
    """Where a wire dateline closing on an agency's credit in brackets (``_DATELINE_CREDIT``:
    "Alappuzha (Kerala), Oct 17 (PTI) ", "Denpasar, Indonesia (dpa) - ") at the start of
    ``paragraph`` ends, the offset of the lead's first word; 0 when it opens with none. The word
    after it opens the lead's sentence; a copy that leaves the dateline out keeps that sentence."""
    if "(" not in paragraph[:DATELINE_CHARS]:
        return 0
    m = _DATELINE_CREDIT.match(paragraph[: DATELINE_CHARS + 2])
    return m.end() if m is not None and agency_name(m["credit"].strip()) else 0


def _after_dateline(text: str, start: int, offset: int) -> bool:
    """Is the word at ``offset`` the first after a dateline (:func:`dateline_end`) opening the
    paragraph at ``start``? Asked only of a word after a bracket, a dash or a colon near it."""
    return (
        offset - start <= DATELINE_CHARS + 2
        and text[offset - 2 : offset - 1] in (")", "-", ":", "\u2013", "\u2014")
        and dateline_end(text[start : start + DATELINE_CHARS + 2]) == offset - start
    )


def _is_word_char(char: str) -> bool:
    """Is ``char`` a word character (re's ``\\w``)?"""
    return char.isalnum() or char == "_"


_UPPER = "".join(c for c in map(chr, range(0x3000)) if c.isupper() and re.match(r"\w", c))


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for ``words`` as a trie: re tries a flat alternation's ~60 words
    one by one at every word start, a trie's first letters in one step."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(tree)


_LOWER_DATE_WORDS = sorted(w for w in DATE_WORDS if w not in _AMBIGUOUS_DATE_WORDS)
#: Only the tokens that can be anchors: numbers, capitalised words, unambiguous lower-case
#: date words; each at a token start (no word character before it), so "v1" or "iPhone" yield nothing, as before.
_ANCHOR_CANDIDATE = re.compile(
    r"(?<!\w)(?:(\d+(?:[.,:]\d+)*%?)|(["
    + re.escape(_UPPER)
    + r"]\w*(?:'\w+)?)|("
    + _trie_pattern(_LOWER_DATE_WORDS)
    + r"(?!\w|'\w)))"
)
# Numbers and names matched at a known token start (see _candidates).
_NUMBER_AT = re.compile(r"\d+(?:[.,:]\d+)*%?")
_NAME_AT = re.compile(r"\w+(?:'\w+)?")
_UPPER_SET = frozenset(_UPPER)
#: The folded word each lower-case date word begins with ("jum'at" → "jum"), and the words.
_DATE_WORD_STARTS: dict[str, tuple[str, ...]] = {}
for _word in _LOWER_DATE_WORDS:
    _DATE_WORD_STARTS[_word.split("'")[0]] = (*_DATE_WORD_STARTS.get(_word.split("'")[0], ()), _word)
#: Each folded word a lower-case date word may begin with, and its UTF-8.
_DATE_WORD_STARTS_UTF8 = [(start, start.encode("utf-8")) for start in _DATE_WORD_STARTS]


def date_word_starts_among(encoded: Container[bytes]) -> set[str]:
    """The words among ``encoded`` (UTF-8 words, as :func:`word_bytes` gives) that a lower-case
    date word may begin with: all :func:`paragraph_anchors` asks of an article's words."""
    return {start for start, utf8 in _DATE_WORD_STARTS_UTF8 if utf8 in encoded}


#: Code points with a table entry; text with a character beyond takes the regex scan.
_BMP = 0x10000


@functools.cache
def _scan_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per code point of the BMP (built once, ~0.1 s): a word character (re's own ``\\w``); a
    number or name start (``\\d`` or a capital); a character that :func:`fold` turns into
    characters of its own kind (word or not) whatever stands beside it."""
    chars = "".join(map(chr, range(_BMP)))
    word = np.zeros(_BMP, dtype=bool)
    for m in re.finditer(r"\w+", chars):
        word[m.start() : m.end()] = True
    start = np.zeros(_BMP, dtype=bool)
    for m in re.finditer(r"\d+", chars):
        start[m.start() : m.end()] = True
    start[[ord(c) for c in _UPPER]] = True
    # Not stable: combining marks (removed), the second half of a canonical pair or a Hangul
    # vowel or final (composed with what precedes), "½" (→ "1⁄2", a word and a non-word).
    seconds = {0x1161 + i for i in range(21)} | {0x11A8 + i for i in range(27)}
    for c in range(0xC0, _BMP):
        parts = unicodedata.decomposition(chr(c)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    stable = np.zeros(_BMP, dtype=bool)
    stable[:0x80] = True
    for c in range(0x80, _BMP):
        char = chr(c)
        if c in seconds or 0xD800 <= c < 0xE000 or unicodedata.combining(char):
            continue
        folded = fold(char)
        if folded == char and not unicodedata.decomposition(char):
            stable[c] = True
            continue
        first = unicodedata.normalize("NFKD", char)[0]
        if not folded or unicodedata.combining(first) or ord(first) in seconds:
            continue
        stable[c] = all(ord(f) < _BMP and word[ord(f)] == word[c] for f in folded)
    return word, start, stable


def _candidates(text: str, tokens: Container[str] | None = None) -> list[tuple[int, str]]:
    """(offset, token) of every match of ``_ANCHOR_CANDIDATE`` in ``text``, in order.

    The regex tries its lookbehind at every character (~30 ns each: 70 us an article). Here
    numpy finds the word starts that hold a digit or a capital from code-point tables, and
    the regex's parts match each token there. That leaves out lower-case date words
    ("pada senin"): when the text may hold one, the regex scans it. ``tokens`` are the folded
    words of ``text`` (:func:`words`; computed when not given), or those of them a date word
    may begin with (:func:`date_word_starts_among`: all that is asked of them). In text whose characters all
    fold on their own into characters of their kind, the folded words are the text's own
    words, so a lower-case date word of the text is among them; when one is, and found
    as is in the text, the regex decides. So does text with a character beyond the tables.
    """
    if not text:
        return []
    is_word, is_start, stable = _scan_tables()
    if text.isascii():  # every ASCII character is in the tables and stable: bytes index them
        cp = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
        scan = _may_hold_lower_date(text, tokens)
    else:
        cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        scan = cp.max() >= _BMP or not stable[cp].all() or _may_hold_lower_date(text, tokens)
    if scan:
        return [(m.start(), m.group(m.lastindex)) for m in _ANCHOR_CANDIDATE.finditer(text)]
    # A number or name start not after a word character (bools: a > b is a and not b).
    first = is_start[cp]
    np.greater(first[1:], is_word[cp[:-1]], out=first[1:])
    out = []
    stop = 0  # matches do not overlap: "2.8" holds no second number "8"
    for offset in np.flatnonzero(first).tolist():
        if offset >= stop:
            token = (_NUMBER_AT if text[offset].isdecimal() else _NAME_AT).match(text, offset)[0]
            stop = offset + len(token)
            out.append((offset, token))
    return out


def _may_hold_lower_date(text: str, tokens: Container[str] | None) -> bool:
    if tokens is None:
        tokens = set(words(text))
    # The starts among the tokens picked in C (most texts hold none), then the words tested.
    return any(w in text for start in filter(tokens.__contains__, _DATE_WORD_STARTS) for w in _DATE_WORD_STARTS[start])


def anchors(text: str) -> list[str]:
    """Names, numbers and dates of ``text``, each once, in order of first appearance.

    Names are capitalised words not at a sentence start (``"kim"``, ``"putin"``), numbers are
    ``"#820000"`` or ``"#14"`` (from ``14%``), dates ``"@m9"`` (September) or ``"@d6"`` (Saturday).
    """
    return list(dict.fromkeys(anchor_sequence(text)))


def anchor_sequence(text: str) -> list[str]:
    """Every occurrence of a name, number or date in ``text``, in order (see :func:`anchors`).

    A copy or a translation repeats the same names in the same places, sentence after
    sentence; a rival report built from the same facts mentions them in its own order.
    """
    return paragraph_anchors([text])[0]


_UNKNOWN = object()
#: Anchor of each candidate token met (tokens repeat within and across articles), bounded.
#: A token's first character tells its kind: a digit, a capital, a lower-case date word.
_anchor_of: dict[str, str | None] = {}
_ANCHOR_MEMO = 200_000


def _candidate_anchor(token: str) -> str | None:
    """The anchor a candidate token (a number, a capitalised word, a date word) stands for."""
    if token[0].isdecimal():
        anchor: str | None = number_anchor(token)
    elif token[0] in _UPPER_SET:
        # The English possessive names the same thing: "India's rover" vs "rover India".
        folded = fold(token.removesuffix("'s"))
        anchor = DATE_WORDS.get(folded)
        if anchor is None:
            anchor = folded if folded not in _NOT_NAMES and len(folded) > 1 else None
    else:
        anchor = DATE_WORDS[token]
    if len(_anchor_of) >= _ANCHOR_MEMO:
        _anchor_of.clear()
    _anchor_of[token] = anchor
    return anchor


def paragraph_anchors(
    paras: list[str],
    tokens: Container[str] | None = None,
    offsets: list[list[int]] | None = None,
    titled: Container[str] = frozenset(),
) -> list[list[str]]:
    """:func:`anchor_sequence` of each paragraph, names judged over the whole article
    (``tokens``: its folded words when at hand, or :func:`date_word_starts_among` them;
    see :func:`_candidates`). ``offsets``, when given (empty), is filled with each mention's
    offset in its paragraph, paragraph by paragraph as the result.

    A capitalised word at a sentence start counts as a name only where the article also
    names it inside a sentence ("India's rover ..." then "... making India the first"):
    otherwise "Moscow is big." would make every sentence's first word a name. Or where the
    title names it (``titled``, :func:`title_names`): a translation cut to its lead opens its
    only sentence with the story's subject ("Vietnam menaikkan upah minimum ...").
    One pass finds the candidate tokens (a word-by-word loop cost ~400 us an article).
    """
    text = "\n\n".join(paras)
    out: list[list[str]] = [[] for _ in paras]
    if offsets is not None:
        offsets[:] = [[] for _ in paras]
    ends = list(itertools.accumulate(len(p) + 2 for p in paras))
    i = 0  # the paragraph of the offset
    names = set()  # anchors met where they count (numbers and dates: anywhere)
    at_start: list[tuple[int, int]] = []  # (paragraph, index) of names met at a sentence start
    memo = _anchor_of
    stop = 0  # the end of a currency or a clock read as one figure: tokens inside it are read
    dollar = "$" in text
    more: list[str] | tuple[()] = ()  # tokens a date in brackets gives after its day
    for offset, token in _candidates(text, tokens):
        if offset < stop:
            continue
        if token[0].isdecimal():
            # A clock's half ("a"/"p") stands right after the number or one space on: the
            # regex runs only then (a third of numbers).
            after = text[offset + len(token) : offset + len(token) + 2]
            clock = _CLOCK_AFTER.match(text, offset + len(token)) if _CLOCK_HALVES.intersection(after) else None
            time = clock_token(token, clock) if clock else None
            if time:
                stop = clock.end()
                token = time
            elif after[:1] == "/" or token.endswith("00") or token.count(":") == 2:
                written = figure_as_written(text, offset, token)
                if written:
                    (token, *more), stop = written
            if token[-1] == "0" and after[:1] == " " and PERCENT_AFTER.match(text, offset + len(token)):
                token = percent_figure(token)  # "4,50 persen": a rate, as "4.50%" is read
            elif token[-1] == "0" and after[:1] in "-–" and PERCENT_RANGE_AFTER.match(text, offset + len(token)):
                token = percent_figure(token)  # "4,0-4,8 persen": "4.0%-4.8%"
        elif token[0] in _CURRENCY_INITIALS and (
            token.startswith(_CURRENCY_NAMES) or (dollar and text.startswith("$", offset + len(token)))
        ):  # what every currency opens with: its name (word characters: in the token if in
            # the text there), or capitals then "$" (all the token)
            money = _CURRENCY_AT.match(text, offset)
            if money:
                if money[1] is None:  # "Rp 15.160", "US$2": the figure is the next token
                    continue
                offset, token = money.start(1), money[1]
                stop = money.end()
        anchor = memo.get(token, _UNKNOWN)
        if anchor is _UNKNOWN:
            anchor = _candidate_anchor(token)
        if anchor is None:
            continue
        while offset >= ends[i]:
            i += 1
        # Numbers ("#") and dates ("@") count wherever they stand. Most words follow a space
        # after a word: no sentence start, told here without a call.
        if anchor[0] in "#@" or (
            offset >= 2 and text[offset - 1] == " " and (text[offset - 2].isalnum() or text[offset - 2] == "_")
        ):
            names.add(anchor)
        elif not opens_sentence(text, offset) and not _after_dateline(text, ends[i - 1] if i else 0, offset):
            names.add(anchor)
        else:
            at_start.append((i, len(out[i])))
        out[i].append(anchor)
        if more:  # the month (and year) of a date in brackets
            out[i] += [DATE_WORDS.get(x) or number_anchor(x) for x in more]
            more = ()
        if offsets is not None:  # the mention's (and a bracketed date's month's) offset in its paragraph
            offsets[i] += [offset - (ends[i - 1] if i else 0)] * (len(out[i]) - len(offsets[i]))
    # A name only at sentence starts is none: taken out, the last first (indexes hold).
    for i, at in reversed(at_start):
        if out[i][at] not in names and out[i][at] not in titled:
            del out[i][at]
            if offsets is not None:
                del offsets[i][at]
    return out


#: Where a title's label or kicker ends ("Ringkasan: ", "Update - ", "Ekonomi | ").
_TITLE_PARTS = re.compile(r":\s|\s[-–—|]\s")


def title_names(title: str | None) -> frozenset[str]:
    """The names a title in sentence case gives: its capitalised words but the first of each
    part (after a label, "Ringkasan: ..."), none with a digit (folded,
    as :func:`anchors` reads them). None from a title in title case, where every word is
    capitalised ("Vietnam To Raise Minimum Wages"): more than half its words of four letters
    or more, the first aside."""
    # Each part after a label ("Ringkasan: ...", "LRT Penang: Gamuda ...") opens as a sentence does.
    parts = [_NAME_AT.findall(part) for part in _TITLE_PARTS.split(title or "")]
    found = [w for part in parts for w in part[1:] if not any(map(str.isdecimal, w))]  # a character test in C
    long = [w for w in found if len(w) >= 4]
    if sum(map(len, parts)) < 3 or 2 * sum(w[0] in _UPPER_SET for w in long) > len(long):
        return frozenset()
    out = set()
    for word in found:
        if word[0] in _UPPER_SET:
            folded = fold(word.removesuffix("'s"))
            if folded not in _NOT_NAMES and folded not in DATE_WORDS and len(folded) > 1:
                out.add(folded)
    return frozenset(out)


#: A figure and up to three unit or scale words right before a bracket ("44.7 billion baht (",
#: "35-km (", "5:30 a.m. (", "45 million ringgit ("); or a figure written as a word, as wire style
#: writes one to nine ("nine kilometres (5.6 miles)": a translation gives "sembilan kilometer").
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen"
    "|satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan|sepuluh|sebelas|seratus"
)
_FIGURE_BEFORE = re.compile(
    r"(?:\d[\d.,:%]*|(?<![^\W\d])(?:" + _NUMBER_WORDS + r")\b)(?:[\s.-]?[^\W\d]++\.?){0,3}\s?$", re.IGNORECASE
)
#: A bracket holding the same quantity another way: a figure, perhaps behind a hedge word and a
#: currency sign, and a few words ("($1.3 billion)", "(22-mile)", "(2130 GMT Tuesday)",
#: "(sekitar Rp19 triliun)").
_CONVERSION = re.compile(
    r"\((?:about|approximately|around|roughly|some|sekitar|kira-kira|kurang lebih|lebih kurang|setara(?: dengan)?)?"
    r"\s?(?:US\$|[A-Z]{1,2}\$|[$€£¥]|Rp\.?|RM|USD|EUR|IDR|MYR)?\s?\d[^()\n]{0,32}\)",
    re.IGNORECASE,
)
#: How far before a bracket the figure it converts may start.
_CONVERTED_FROM = 32


def conversions(text: str) -> Counter[str]:
    """The anchors mentioned in brackets that give the figure before them another way, with
    their counts: a currency or a unit converted, a time in another zone ("44.7 billion baht
    ($1.3 billion)", "35-km (22-mile)", "5:30 a.m. (2130 GMT Tuesday)"). A writer adds them for
    readers elsewhere; a translation for local readers drops them (or adds its own), so they
    say nothing about whether two articles tell one story. ``str.find`` for the brackets, a
    small regex at each."""
    found: Counter[str] = Counter()
    at = text.find("(")
    while at >= 0:
        m = _CONVERSION.match(text, at)
        if m is not None and _FIGURE_BEFORE.search(text, max(0, at - _CONVERTED_FROM), at):
            found.update(anchor_sequence(m[0][1:-1]))
            at = m.end()
        at = text.find("(", at + 1)
    return found


def quotes(text: str) -> list[str]:
    """Quotations (folded words, at most the first 8) in order: a rewrite keeps them, a rival story rarely."""
    out: list[tuple[int, str]] = []
    if any(mark in text for mark in _QUOTE_MARKS):  # most texts have none: a scan costs ~10 us
        out += [(m.start(), m.group(1)) for m in _QUOTE.finditer(text)]
    if "'" in text or "‘" in text:
        out += [(m.start(), m.group(1) or m.group(2)) for m in _SINGLE_QUOTE.finditer(text)]
    found = [words(quoted) for _, quoted in sorted(out)]
    return [" ".join(ws[:8]) for ws in found if len(ws) >= 3]


def is_strong(anchor: str) -> bool:
    """Anchors specific enough to key a candidate search: long numbers (not years), names."""
    if anchor.startswith("@"):
        return False
    if anchor.startswith("#"):
        digits = anchor[1:].rstrip("%")
        return len(digits) >= 2 and not (len(digits) == 4 and digits[:2] in ("19", "20") and "%" not in anchor)
    return len(anchor) >= 3


def anchor_weight(anchor: str) -> float:
    """How much agreeing on ``anchor`` says: a specific number most, a date token least."""
    if anchor.startswith("@"):
        return 0.5
    if anchor.startswith("#"):
        return 2.0 if is_strong(anchor) else 1.0
    return 1.0


class PerAnchor(dict):
    """``anchor → f(anchor)``, computed once per anchor string (they repeat across articles)
    and looked up in C (``map(table.__getitem__, anchors)``); bounded."""

    def __init__(self, function: Callable[[str], Any]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, anchor: str) -> Any:
        if len(self) >= _ANCHOR_MEMO:
            self.clear()
        value = self[anchor] = self.function(anchor)
        return value


#: :func:`anchor_weight` of an anchor, memoised.
ANCHOR_WEIGHT = PerAnchor(anchor_weight)
#: Is the anchor a specific figure (a strong number)? Memoised.
STRONG_FIGURE = PerAnchor(lambda anchor: anchor.startswith("#") and is_strong(anchor))


def key_anchors(ordered: list[str], counts: Counter[str], limit: int) -> list[str]:
    """The ``limit`` strong anchors that best name a story across languages.

    Numbers first (a translation keeps them all), at most half the keys; then names,
    most repeated first (the subject of the story), earliest on ties. ``counts`` may be
    :func:`anchor_counts` or the article's folded words counted (a name's count is the same).
    """
    numbers = [a for a in ordered if a[0] == "#" and is_strong(a)][: limit // 2]
    names = [a for a in ordered if a[0] not in "#@" and len(a) >= 3]  # is_strong, for names
    # ``ordered`` is in order of first mention and the sort is stable: earliest first on ties.
    names.sort(key=lambda a: -counts.get(a, 1))
    return numbers + names[: limit - len(numbers)]


def anchor_counts(tokens: Iterable[str], ordered: Iterable[str]) -> Counter[str]:
    """How often each name anchor occurs among the folded ``tokens`` (numbers and dates count once)."""
    folded = Counter(tokens)
    return Counter({a: folded.get(a, 1) for a in ordered if not a.startswith(("#", "@"))})
