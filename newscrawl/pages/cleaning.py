"""Shared clean-up processors for page fields: boilerplate lines, title tails, author names.

Pure functions over strings, so each rule is tested on its own. The boilerplate
lines are the inserts mirror themes put between paragraphs ("READ <title>",
"Baca juga: ...", "Simak juga", "Also Read") and the boxes they put around the
story (subscribe, share, newsletter, advertisement), in English, Indonesian and Malay.
"""

from __future__ import annotations

import re
import unicodedata

from newscrawl.attribution import agency_name

# A paragraph that starts like this is a related-post insert, whatever follows.
_RELATED_LEAD = re.compile(
    r"^\s*(?:"
    r"READ(?:\s+(?:ALSO|MORE))?\b(?!\s+(?:the|a|an|it|this|that)\b)|(?i:read (?:also|more|next)|also read)\b|"
    r"Related\s*:|RELATED\s*:|Related (?:story|stories|articles?|news|posts?)\b|See also\s*:|More\s*:|"
    r"Baca(?:\s+(?:juga|pula|lagi|selengkapnya|berita\s+lainnya|artikel\s+lainnya))\b|BACA(?:\s+(?:JUGA|PULA))\b|"
    r"Baca\s*:|Simak(?:\s+(?:juga|pula|video|berita))\b|SIMAK(?:\s+JUGA)?\b|Lihat(?:\s+juga)\b|LIHAT(?:\s+JUGA)\b|"
    r"Tonton(?:\s+juga)?\s*:|Artikel\s+terkait\b|Berita\s+terkait\b|Berita\s+lainnya\b|Bacaan\s+lain\b|"
    r"Dapatkan\s+(?:berita|update|informasi)\b|Ikuti\s+(?:kami|berita|update|saluran|channel)\b|"
    r"Jangan\s+lewatkan\b|Klik\s+(?:di\s*sini|link)\b|"
    r"Subscribe\b|Sign up\b|Click here\b|Follow us\b|Share (?:this|on)\b|Bagikan\b|Kongsi\b|Langgan\b|"
    r"Advertisement\b|ADVERTISEMENT\b|Advertisment\b|Iklan\b|IKLAN\b|Scroll to continue\b|SCROLL TO CONTINUE\b|"
    r"Get the latest\b|Stay up to date\b|Newsletter\b|Download (?:the )?(?:app|aplikasi)\b|Unduh aplikasi\b"
    r")",
)
# Whole-line boilerplate: short lines that are nothing but a widget's label.
_WIDGET_LINE = re.compile(
    r"^\s*(?:share|tweet|pin it|email|print|whatsapp|facebook|twitter|telegram|linkedin|comments?|komentar|"
    r"tags?|tag|label|labels|kategori|category|topik|advertisement|iklan|ads by google|loading\.*|"
    r"(?:\d+\s+)?(?:views|dilihat|kali dibaca)|bagikan artikel ini|share this article|"
    r"continue reading|lanjutkan membaca|baca selengkapnya)\s*:?\s*$",
    re.IGNORECASE,
)
#: Longest related-post insert (characters): a related-post line is a title, not a paragraph.
MAX_INSERT_CHARS = 220


def is_boilerplate_line(text: str) -> bool:
    """True for a related-post insert, subscribe/share/newsletter prompt or widget label."""
    stripped = text.strip()
    if not stripped:
        return True
    if _WIDGET_LINE.match(stripped):
        return True
    if _RELATED_LEAD.match(stripped) and len(stripped) <= MAX_INSERT_CHARS:
        return True
    return False


def normalize_space(text: str | None) -> str:
    """Whitespace collapsed and trimmed; NBSP and zero-width spaces removed."""
    if not text:
        return ""
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return " ".join(text.split())


# Separators between a headline and the site's name in <title> and og:title.
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|·|•|::|»|«|›|‹|/|:)\s+|\s*\|\s*")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", text)


def strip_site_tail(title: str, site_names: list[str]) -> str:
    """``title`` without a leading or trailing site name ("Headline | Site", "Site - Headline")."""
    title = normalize_space(title)
    keys = {_key(n) for n in site_names if n and _key(n)}
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    separators = _TITLE_SEPARATORS.findall(title)

    def is_site(part: str) -> bool:
        key = _key(part)
        return bool(key) and any(
            key == k or (len(k) > 3 and (k in key or key in k) and len(key) < len(k) + 12) for k in keys
        )

    # Drop site-name segments at either end, keeping the separators between what stays.
    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    if (start, end) != (0, len(parts)):
        kept = parts[start:end]
        seps = separators[start : end - 1]
        out = kept[0]
        for sep, part in zip(seps, kept[1:], strict=False):
            out += sep + part
        return out.strip()
    return title


def tail_guess(title: str) -> str:
    """``title`` without a short last " | segment" when nothing names the site (a weaker rule)."""
    match = re.match(r"^(?P<head>.+?)\s+(?:\||–|—|-|·|•|::|»)\s+(?P<tail>[^|–—·•»]{2,40})$", normalize_space(title))
    if match and len(match.group("tail").split()) <= 4 and len(match.group("head")) > len(match.group("tail")):
        return match.group("head").strip()
    return normalize_space(title)


# Where a title splits into runs: the site-name separators, and a kicker's colon ("Chronik: Headline").
_TITLE_RUNS = re.compile(r"\s+(?:\||–|—|-|·|•|::|»|«|›|‹|/|:)\s+|\s*\|\s*|(?<=\w):\s+")


def heading_rank(heading: str, reference: str) -> int:
    """How well a heading on the page matches a title (``<title>``, og:title): 0 when it does not.

    4: the whole title; 3: a run of the title's segments that leaves out its last one
    ("Headline | Site", "Kicker: Headline - Site"); 2: a run that ends the title (a headline
    after a kicker, but also a site name in an ``<h1>`` logo); 1: the title starts with the
    heading and the heading is at least half of that first segment ("Name (40222) - Place").
    """
    key = _key(heading)
    whole = _key(reference)
    if len(key) < 4 or not whole:
        return 0
    if key == whole:
        return 4
    pieces = _TITLE_RUNS.split(normalize_space(reference))
    separators = [m.group(0).strip() for m in _TITLE_RUNS.finditer(normalize_space(reference))]
    parts = [_key(p) for p in pieces]
    best = 0
    for start in range(len(parts)):
        run = ""
        for end in range(start, len(parts)):
            run += parts[end]
            # A run that a colon ends is a kicker ("Chronik: ..."), not the headline.
            if run == key and not (end < len(separators) and separators[end] == ":"):
                best = max(best, 3 if end < len(parts) - 1 else 2)
            if len(run) >= len(key):
                break
    if best:
        return best
    first = next((p for p in parts if p), whole)
    if first.startswith(key) and len(key) * 2 >= len(first):
        return 1
    if key.startswith(whole) and len(whole) >= 4:
        return 1
    return 0


def title_key(text: str | None) -> str:
    """A comparison key for headlines: case, punctuation and spacing ignored."""
    return _key(text or "")


# Author clean-up.
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:by|from|oleh|penulis|reporter|pewarta|wartawan|editor|penyunting|ditulis oleh|written by|posted by|"
    r"diposting oleh|dikirim oleh|author|autor|von|par|por|text|teks|laporan)\s*[:\-–]?\s+",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bdan\b|\bund\b|\bet\b|\by\b|\bwith\b|/)\s*", re.IGNORECASE)
_NOT_PEOPLE = re.compile(
    r"^(?:admin|administrator|redaksi|redaktur|editor|editors|editorial|staff|staf|team|tim|newsroom|desk|"
    r"web desk|news desk|webmaster|guest|tamu|anonymous|unknown|user|the editors|editorial staff|"
    r"tim redaksi|admin redaksi|redaksi\s+\S+|news|berita|reporter|kontributor|contributor|wire|wires|"
    r"agencies|agency|staff writer|staff reporter|editorial team|press release|siaran pers)$",
    re.IGNORECASE,
)
_EMAIL_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
#: Longest plausible name, in words; a longer "author" is a sentence that leaked from the byline.
MAX_NAME_WORDS = 5


def clean_author_names(raw: list[str], site_names: list[str] = ()) -> tuple[list[str], list[str]]:
    """``(people, agencies)`` from raw author strings: bylines split, prefixes and non-people dropped."""
    people: list[str] = []
    agencies: list[str] = []
    site_keys = {_key(n) for n in site_names if n and len(_key(n)) > 2}
    for item in raw:
        item = normalize_space(_EMAIL_URL.sub(" ", item or ""))
        item = re.sub(r"\s*\([^)]*\)\s*", " ", item).strip(" .,:;|-–—")
        item = _BYLINE_PREFIX.sub("", item)
        item = _BYLINE_PREFIX.sub("", item)
        for name in _AUTHOR_SPLIT.split(item):
            name = normalize_space(name).strip(" .,:;|-–—\"'")
            if not name:
                continue
            agency = agency_name(name)
            if agency:
                if agency not in agencies:
                    agencies.append(agency)
                continue
            key = _key(name)
            words = name.split()
            if (
                not key
                or len(words) > MAX_NAME_WORDS
                or _NOT_PEOPLE.match(name)
                or "admin" in key
                or any(ch.isdigit() for ch in name)
                or key in site_keys
                or any(len(k) > 4 and k in key for k in site_keys)
                or ("." in words[-1][1:] and len(words) == 1)
            ):
                continue
            if all(_key(name) != _key(p) for p in people):
                people.append(name)
    return people, agencies
