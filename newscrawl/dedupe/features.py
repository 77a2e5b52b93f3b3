"""The fingerprint of one article: everything dedupe needs, computed once.

A fingerprint is a plain dict (stored as JSON beside the MinHash signature) so it
outlives the article's body: in ``link`` mode a copy is stored as a light record,
and ``scrapy dedupe --rebuild`` re-clusters from fingerprints alone.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import itertools
import logging
import re
import sys
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from datetime import datetime, timezone
from typing import Any

import babel
import numpy as np

from newscrawl.attribution import _AMBIGUOUS as AMBIGUOUS_AGENCIES
from newscrawl.attribution import AGENCIES, agency_name, attribute
from newscrawl.dedupe import minhash
from newscrawl.dedupe.hedges import rounded_figures
from newscrawl.dedupe.money import money_figures
from newscrawl.dedupe.skeletons import paragraph_skeletons
from newscrawl.dedupe.spelled import spelled_figures
from newscrawl.dedupe.text import (
    anchors,
    conversions,
    date_word_starts_among,
    dateline_end,
    fold,
    key_anchors,
    paragraph_anchors,
    paragraphs,
    quotes,
    title_names,
    word_bytes,
    words,
    years,
)
from newscrawl.dedupe.units import unit_figures
from newscrawl.items import parse_iso, to_utc_iso
from newscrawl.store.base import cached_url_key
from newscrawl.translator_credits import credit_names_translator, credits_translator

logger = logging.getLogger(__name__)

#: The version of what :func:`fingerprint` makes of a text, stored in every fingerprint
#: (``fv``). Raise it with any change that makes another fingerprint of the same article
#: (anchors read otherwise, a field added that ``compare`` reads, keys made otherwise):
#: rows of another version are reported when a lookup meets them (:func:`from_record`) and
#: ``scrapy dedupe --rebuild`` makes them again from the stored text. Rows stored before the
#: version was recorded read as 0. 1: the eleventh session's (anchors, ``units``, ``years``).
#: 2: the eleventh session's briefs D13 and D14 (``asides``, ``money``, ``years``; section calls).
#: 3: the twelfth session's D16 (``units``: a nautical mile is 1.852 km, "120 mil laut"; anchors:
#: the first figure of a range of rates, "4,0-4,8 persen"). 4: the thirteenth session's D18 (``units``:
#: "7 batu nautika", a Malay nautical mile). 5: the fifteenth session's D32 (``text_agencies``: the
#: agencies a text credits in its own dateline or credit lines, read when the input gives none).
#: 6: the sixteenth session's D34 (``cited``: the agencies a text says it reports from in its
#: running text, "seperti dilaporkan AFP", "lapor Reuters", "state news agency Antara reported";
#: ``units``: "RM45mil", a currency before the figure, is millions, no miles).
#: 7: the seventeenth session's D37 (``spelled``: numbers written as words, "Nineteen", "sembilan belas").
#: 8: the eighteenth session's D42 and D41 (``dateline``: the lead's mentions in its dateline; anchors:
#: the word after a dateline closing on a credit, "Alappuzha (Kerala), Oct 17 (PTI) Fourteen", opens a
#: sentence; a word opening a sentence is a name when a title in sentence case names it, ``title_names``).
#: 9: the nineteenth session's D48 (``translator``: the text credits its translator, "Penerjemah: ...";
#: paragraphs: a translator's credit line is a credit line, left out).
#: 10: the twentieth session's D52 (``name_runs``: a person named in full; lookup keys read a place
#: Indonesian or Malay spell otherwise than English by its English name) and D53 (``translator`` also
#: read from the extracted credit, ``attribution.credit``).
FINGERPRINT_VERSION = 10

#: Paragraphs shorter than this many words are too common ("Photo: AFP") to key a match.
PARAGRAPH_MIN_WORDS = 8
_WORD = re.compile(r"\w+")
#: Paragraph keys kept per article (the lead paragraphs: what a truncated copy keeps).
PARAGRAPH_KEYS = 8
#: Content words (this long or longer: function words are shorter) in the order test.
CONTENT_WORD = 5
#: Content words kept for the whole-document order test (a long article's first ones).
WORD_SEQUENCE = 240
#: Anchor mentions kept for the translation order test (a long article's first ones).
ANCHOR_SEQUENCE = 400
#: Marks the end of a paragraph in ``anchor_seq``.
PARAGRAPH_BREAK = -1
#: Strong anchors combined pairwise into candidate keys (8 → 28 keys).
KEY_ANCHORS = 8
#: Days apart within which a translation that keeps every figure is still sought when the
#: window is shorter: machine-translated mirrors post 4-5 days after the wire (review set 3).
#: Less than a week: a copy a week on is left to the arrival-order folds (engine.py), whose
#: tests and eval variants take it for one outside every window.
LATE_TRANSLATION_DAYS = 6
#: Such a translation is looked up in one time bucket more by the pairs of its key figures (a
#: translation keeps them all), or with fewer than 3 of them, also of a figure and one of the
#: first LATE_NAMES names (the most repeated): 6 keys at most, against ~100 an article looks up.
LATE_NAMES = 2
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def key64(text: str) -> int:
    """A signed 64-bit key for the store's integer index (two seeded crc32s: fast, stable)."""
    return key64_of(text.encode("utf-8"))


def key64_of(data: bytes) -> int:
    """:func:`key64` of a text given UTF-8 encoded."""
    value = (zlib.crc32(data) << 32) | zlib.crc32(data, 0x5BD1E995)
    return value - (1 << 64) if value >= 1 << 63 else value


def _key64_after(crcs: tuple[int, int], data: bytes | memoryview) -> int:
    """:func:`key64_of` of ``prefix + data``, given ``crcs``, the prefix's two crc32s (crc32
    goes on from a prefix's value: no copy of ``data`` made)."""
    value = (zlib.crc32(data, crcs[0]) << 32) | zlib.crc32(data, crcs[1])
    return value - (1 << 64) if value >= 1 << 63 else value


#: The two crc32s of a paragraph key's prefix, "p:".
_PARAGRAPH_KEY_CRCS = (zlib.crc32(b"p:"), zlib.crc32(b"p:", 0x5BD1E995))


def _utc(value: Any) -> str | None:
    try:
        return to_utc_iso(parse_iso(value)) if value else None
    except (TypeError, ValueError):
        return None


def _day(when: str | None) -> int:
    moment = parse_iso(when) if when else None
    return (moment - _EPOCH).days if moment else 0


_TOP_PARAGRAPH = re.compile(r"\n\s*\n|\r\n\s*\r\n")
#: A site intro is short: a line or two the mirror puts over every story.
SITE_INTRO_WORDS = 40
#: A domain as a site writes its name on top ("Sindobatam.com", "KOMPAS.com", "Kabarkini.co.id").
_DOMAIN = re.compile(r"(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6}")
#: How a site's intro goes on after its name: it presents what follows ("Berikut ini kami
#: sajikan ...", "Here is the latest ...", "menyajikan / membawakan berita ...") ...
_INTRO_OPENING = re.compile(
    r"(?:berikut|inilah|ini dia|simak|yuk|menyajikan|membawakan|mempersembahkan|merangkum"
    r"|here is|here are|here's|below is|below are|welcome|brings you|presents)\b"
)
#: ... or speaks to its readers (a story's lead quotes nobody without naming them).
_INTRO_READER = frozenset("kami anda pembaca we our you your readers".split())
_INTRO_WORDS_IN = 4  # the intro wording opens the text after the site's name


def without_site_intro(body: str) -> str:
    """``body`` without a mirror's own intro on top: a short first paragraph that opens with a
    domain ("Sindobatam.com - Berikut ini kami sajikan berita terbaru ..."), goes on with
    intro wording (it presents what follows or speaks to the reader) and names nothing (no
    name, figure or date). Counted as the lead, it hid the real lead's dateline ("JAKARTA
    (ANTARA) - ") from ``paragraphs``. Decided from the text alone, so every site holding the
    same text drops the same lines (the same text hash). A lead under a site label
    ("KOMPAS.com - Harga beras naik lagi pekan ini ...", "KABARKINI.COM, JAKARTA - Floods
    killed 37 ...") is the story: no intro wording, or it names things; it stays."""
    parts = _TOP_PARAGRAPH.split(body.lstrip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        parts = body.lstrip().split("\n", 1)
        if len(parts) < 2 or not parts[1].strip():
            return body
    top = parts[0].split()
    if not top or len(top) > SITE_INTRO_WORDS:
        return body
    if not _DOMAIN.fullmatch(fold(top[0].strip(",.:;-–—|()[]"))):
        return body
    rest = " ".join(top[1:])
    said = words(rest)
    opening = " ".join(said[:_INTRO_WORDS_IN])
    if not (_INTRO_OPENING.match(opening) or _INTRO_READER.intersection(said)) or anchors(rest):
        return body
    return parts[1]


def fingerprint(doc: dict[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
    """The fingerprint of an article dict shaped like :func:`newscrawl.items.article_to_doc`.

    ``seen`` is the publication time when known, else the fetch time, else ``now``:
    the time window of rewrite evidence is measured on it.
    """
    body = without_site_intro(doc.get("body") or "")
    paras = paragraphs(body)
    text = "\n\n".join(paras)
    # The words UTF-8 encoded, as hashing and the text's hash take them (words hold no space).
    para_tokens = [word_bytes(p) for p in paras]
    tokens = list(itertools.chain.from_iterable(para_tokens))
    counts = Counter(tokens)
    # Each paragraph's words joined (hashed for its key below), then the paragraphs': the
    # same bytes as all the words joined (a paragraph without words adds none).
    para_joined = [b" ".join(ws) for ws in para_tokens]
    joined = b" ".join(filter(None, para_joined))
    token_hashes, hashes, sig, lengths = minhash.text_minhash_and_lengths(joined if tokens else None, tokens)
    if lengths is None and not joined.isascii():
        lengths = _char_lengths(joined)  # ASCII: each word's length is its bytes' (word_sequence_blob)
    offsets: list[list[int]] = []  # each mention's offset in its paragraph (for ``spelled``)
    by_paragraph = paragraph_anchors(paras, date_word_starts_among(counts), offsets, title_names(doc.get("title")))
    ordered = list(dict.fromkeys(itertools.chain.from_iterable(by_paragraph)))
    position = {a: i for i, a in enumerate(ordered)}
    mentions = []  # a break before every paragraph, the first one's dropped below
    for found in by_paragraph:
        mentions.append(PARAGRAPH_BREAK)
        mentions += map(position.__getitem__, found)
    attribution = doc.get("attribution") or {}
    original = attribution.get("original_url")
    published = _utc(doc.get("published_at"))
    seen = published or _utc(doc.get("fetched_at")) or to_utc_iso(now or datetime.now(timezone.utc))
    para_keys = []
    for ws, words_joined in zip(para_tokens, para_joined, strict=True):
        if len(ws) >= PARAGRAPH_MIN_WORDS:
            para_keys.append(_key64_after(_PARAGRAPH_KEY_CRCS, words_joined))  # after "p:"
            if len(para_keys) == PARAGRAPH_KEYS:
                break
    hedged, decimals = rounded_figures(text)  # "more than 1,200"; "13.1" (#131) is 13.1
    converted = conversions(text) if "(" in text else None
    if converted:  # only the anchors mentioned nowhere else: "($1.3 billion)", "(22-mile)"
        mentioned = Counter(itertools.chain.from_iterable(by_paragraph))
        converted = [x for x in ordered if converted[x] and converted[x] >= mentioned[x]]
    return {
        "ref": cached_url_key(doc["url"]),
        "url": doc["url"],
        "canonical_ref": cached_url_key(doc["canonical_url"]) if doc.get("canonical_url") else None,
        "site": doc.get("site"),
        "title": doc.get("title"),
        "language": (doc.get("language") or "").lower() or None,
        "published_at": published,
        "seen": seen,
        "day": _day(seen),
        "content_hash": doc.get("content_hash"),
        "text_hash": hashlib.sha1(joined).hexdigest() if tokens else None,
        "words": len(tokens),
        "shingles": int(hashes.size),
        "sig": sig,
        "anchors": ordered,
        # Every mention, as an index into ``anchors``, paragraphs apart (PARAGRAPH_BREAK): a
        # translation repeats them in the same places, paragraph for paragraph.
        "anchor_seq": mention_blob(mentions[1 : ANCHOR_SEQUENCE + 1]),
        "word_seq": word_sequence_blob(tokens, token_hashes, lengths),
        # Each anchor's count as a word (1 if none), looked up in C.
        "key_anchors": key_anchors(
            ordered,
            dict(zip(ordered, map(counts.get, map(str.encode, ordered), itertools.repeat(1)), strict=True)),
            KEY_ANCHORS,
        ),
        "quotes": quotes(text),
        # The paragraphs with a figure: their words, and the names and figures filled in.
        "skeletons": paragraph_skeletons(by_paragraph, list(map(len, para_tokens)), token_hashes, paras),
        "money": money_figures(text),  # amounts and their currency (a translation may convert them)
        "hedged": hedged,  # figures behind a hedge word, rounded (hedges.py)
        "units": unit_figures(text),  # figures with a unit of length or area (a translation may convert them)
        # Numbers written as words ("Nineteen", "sembilan belas"): a copy may give them in digits.
        "spelled": spelled_figures(paras, offsets, para_tokens),
        # The mentions that follow the one before them with only spaces between, names both
        # ("Bambang Sulistyo"): a person named in full (``evidence.with_name_parts``).
        "name_runs": _name_runs(by_paragraph, paras, offsets),
        # The lead's first mentions that stand in its dateline ("Alappuzha (Kerala), Oct 17 (PTI)"):
        # a copy that leaves the dateline out tells the same lead (``evidence.paragraph_agreement``).
        "dateline": _dateline_mentions(paras, offsets),
        "decimals": decimals,
        "years": years(text),  # figures written as years ("in 1951", "the 1967 Protocol"), not counts ("2,000")
        # Anchors only in brackets giving a figure another way (a translation drops or adds them).
        "asides": converted or [],
        "para_keys": para_keys,
        "image": cached_url_key(doc["image_url"]) if doc.get("image_url") else None,
        "original": cached_url_key(original) if original else None,
        "publisher": attribution.get("publisher"),
        "agencies": list(attribution.get("agencies") or []),
        # The agencies the text credits itself when the input names none (``scrapy dedupe``'s rows,
        # a body stored with its credits): read by the summary veto only (``_credits_another``).
        "text_agencies": [] if attribution.get("agencies") else text_agencies(doc.get("body") or ""),
        # The agencies its running text reports from ("seperti dilaporkan AFP"): a translation
        # keeps its original's credit (read by the translation verdicts, ``credits_differ``).
        "cited": cited_agencies(doc.get("body") or ""),
        # The text credits its translator ("Penerjemah: ..."): its publisher translated it, so an
        # agency's credit on it is no sign of the agency's own report (``evidence.own_agency_report``).
        # An extracted article's footer is off its body: extraction keeps the line in its credit.
        "translator": credits_translator(doc.get("body") or "") or credit_names_translator(attribution.get("credit")),
        "origin": _is_origin(attribution.get("publisher"), original, doc.get("site_publisher")),
        # The registry calls the site an original publisher (it writes the stories others copy).
        "origin_site": bool(doc.get("site_origin")),
        "fv": FINGERPRINT_VERSION,
    }


#: Raw paragraphs read at each end of a body for its credits: ``attribute`` looks for a dateline in
#: the first four (three lead-in lines and the lead) and for credit lines in the last four.
CREDIT_PARAGRAPHS = 4
#: Characters of a leading paragraph where a dateline's credit sits ("KUALA LUMPUR, 3 Nov (Bernama) --").
CREDIT_DATELINE_CHARS = 60
#: Longest closing paragraph read as a possible credit line ("Sumber: ANTARA", "-- BERNAMA",
#: "AFP/ANTARA", "Reporting by Ali Khan; Editing by Sam Holmes"); a story sentence is longer. A
#: syndication notice in brackets is read up to ``attribute``'s 400 characters.
CREDIT_LINE_CHARS = 80
NOTICE_CHARS = 400
#: Characters of a leading paragraph handed to ``attribute`` (more than its lead-in lines' 160).
CREDIT_OPENING_CHARS = 240
#: Characters at the end of the last paragraph where a trailing credit sits ("... on Friday. — Reuters").
CREDIT_TAIL_CHARS = 24


def text_agencies(body: str) -> list[str]:
    """The agencies ``body`` credits in its own dateline or credit lines ("DHAKA (AFP) -",
    "Sumber: ANTARA", "-- Bernama", "AFP/ANTARA" as both), read by extraction's
    :func:`~newscrawl.attribution.attribute` (:func:`paragraphs` takes these lines off). An
    extracted article's body has had them taken off already (its ``attribution.agencies``); a
    row of ``scrapy dedupe`` still holds them. Only what may hold a credit is handed to it, found
    by plain tests: the first paragraphs down to the last whose opening has a bracket or a
    slash (the dateline's), the short lines closing the body, and its last paragraph if its end has a
    dash or a bracket (a trailing credit). A body with none of these costs no regex."""
    parts = body.split("\n\n") if "\n\n" in body else body.split("\n")
    head = [p for p in map(str.strip, parts[: 2 * CREDIT_PARAGRAPHS]) if p][:CREDIT_PARAGRAPHS]
    if not head:
        return []
    lines = 0  # how many of ``head`` to read: down to the last whose opening has a bracket or a slash
    for at, part in enumerate(head):
        opening = part[:CREDIT_DATELINE_CHARS]
        if "(" in opening or "/" in opening:
            lines = at + 1  # the last such: a caption's "(Photo: File)" may stand above the dateline
    closing = []  # from the last paragraph up
    for part in map(str.strip, reversed(parts[-2 * CREDIT_PARAGRAPHS :])):
        if not part:
            continue
        if len(part) > (NOTICE_CHARS if part[0] == "(" else CREDIT_LINE_CHARS):
            if not closing and any(mark in part[-CREDIT_TAIL_CHARS:] for mark in "-–—)"):
                closing.append(part)  # "... on Friday. — Reuters", "... kata menteri (ANTARA)."
            break
        closing.append(part)
        if len(closing) == CREDIT_PARAGRAPHS:
            break
    last = [p for p in map(str.strip, parts[-2:]) if p][-1:]
    if any("lansir" in p or "utip" in p for p in (*head[:2], *last)) or (last and last[0].endswith((")", ")."))):
        # An agency cited ("seperti dikutip Bernama") or in brackets closing a sentence ("...
        # (Tanjug).") in the first two paragraphs or the last: ``attribute`` reads them there.
        lines = max(lines, 2)
        closing = closing or last
    # A dateline is read from a paragraph's opening: the rest of a long lead is no credit's.
    read = [p if len(p) <= CREDIT_OPENING_CHARS else p[: p.rfind(" ", 0, CREDIT_OPENING_CHARS)] for p in head[:lines]]
    read += [p for p in reversed(closing) if p not in head[:lines]]
    return attribute(read).attribution.agencies if read else []


#: Wire agencies' spellings (of :data:`~newscrawl.attribution.AGENCIES`) in Latin capitals, the
#: shortest 2 letters: those a running text cites as its source.
_CITABLE = sorted(
    {name for names in AGENCIES.values() for name in names if name[:1].isupper() and name.isascii() and len(name) >= 2},
    key=len,
    reverse=True,
)
#: Of those, the short forms that are also other bodies' initials, names or words (extraction's
#: ambiguous ones: "menurut INA" cites Indonesia's wealth fund, "kata ... kepada PAP" a party):
#: cited only when called a news agency ("menurut kantor berita INA"). AP and India's ANI are no
#: other body's after these verbs in capitals ("lapor AP", "kata pejabat kepada AP", "told ANI":
#: how ANI's syndicated copy is written); "told CNA" is Singapore's broadcaster, not Taiwan's agency.
_CITABLE_AMBIGUOUS = AMBIGUOUS_AGENCIES - {"AP", "ANI"}
_CITABLE_CLEAR = "|".join(re.escape(name) for name in _CITABLE if name not in _CITABLE_AMBIGUOUS)
_AGENCY_WORDS = r"(?:(?:kantor|agensi) berita\s+(?:negara\s+|negeri\s+)?|(?:state )?news agency\s+)"
_CITABLE_NAMED = _AGENCY_WORDS + r"(?P<{}>" + "|".join(map(re.escape, _CITABLE)) + r")"
#: An agency named as the source of the report: after a verb of reporting or citing (Indonesian,
#: Malay, English: "seperti dilaporkan AFP", "lapor Reuters", "menurut kantor berita Bernama",
#: "menurut laporan AFP", "reported by Reuters"), after "told" / "kepada" (an official "told AP", "kata ... kepada AP": the
#: agency is the reporter) or before "reported" / "melaporkan" ("state news agency Antara reported").
#: An ambiguous short form only after "kantor berita" / "news agency".
_CITED = re.compile(
    r"\b(?:(?:dilaporkan|melaporkan|lapor|dilansir|melansir|dikutip|mengutip|menurut|kepada|reported by|according to|told)"
    r"\s+(?:(?:dari|daripada|oleh)\s+)?(?:laporan\s+|a report by\s+)?"
    r"(?:" + _CITABLE_NAMED.format("named_after") + r"|(?P<after>" + _CITABLE_CLEAR + r"))"
    r"|(?:"
    + _CITABLE_NAMED.format("named_before")
    + r"|(?P<before>"
    + _CITABLE_CLEAR
    + r"))\s+(?:reported|melaporkan|melapor))\b"
)

#: Every match of :data:`_CITED` holds one of these ("utip": "dikutip", "mengutip"), at most
#: ``_CITED_BEFORE`` characters after the match's start ("state news agency Xinhua News Agency
#: reported") and ``_CITED_AFTER`` before its end ("menurut laporan dari kantor berita negara
#: Bernama"): the regex reads only those windows, not the whole text.
_WINDOW_STEMS = ("lapor", "lansir", "utip", "menurut", "kepada", "reported", "according to", "told")
_CITED_BEFORE = len("state news agency ") + max(map(len, _CITABLE)) + 8
_CITED_AFTER = 160


def cited_agencies(body: str) -> list[str]:
    """The wire agencies ``body`` says it reports from in its running text, canonical names
    ("... pada Selasa, sebagaimana dilaporkan AFP" → AFP; "Antara reported" → ANTARA): a
    translation or a mirror's rewrite names its original's agency so, where the original had it
    in its dateline. Only bodies with one of the verbs' stems are read by the regex, and only
    around the stems: "kepada" and "told" are on most pages."""
    if not any(stem in body for stem in _WINDOW_STEMS):
        return []
    stems = []
    for stem in _WINDOW_STEMS:
        at = body.find(stem)
        while at >= 0:
            stems.append(at)
            at = body.find(stem, at + 1)
    stems.sort()
    found: list[str] = []
    index = 0
    while index < len(stems):
        start, end = max(0, stems[index] - _CITED_BEFORE), -1
        while index < len(stems) and (end < 0 or stems[index] - _CITED_BEFORE <= end):
            space = body.find(" ", stems[index] + _CITED_AFTER)  # a window ends at a space: no name cut
            end = len(body) if space < 0 else space
            index += 1
        for match in _CITED.finditer(body, start, end):
            agency = agency_name(next(name for name in match.groups() if name))
            if agency and agency not in found:
                found.append(agency)
    return found


def _is_origin(publisher: str | None, original: str | None, site_publisher: str | None) -> bool:
    """True for a copy that credits no other publisher and links no original.

    Extraction names an origin site's own page as published by the site itself, so a publisher
    equal to the site's own (``site_publisher``, from the registry) is no credit to another.
    """
    if original:
        return False
    return not publisher or (site_publisher is not None and publisher.casefold() == site_publisher.casefold())


def _name_runs(by_paragraph: list[list[str]], paras: list[str], offsets: list[list[int]]) -> list[int]:
    """The positions in ``anchor_seq`` of the mentions of a name that follow a name with only
    spaces between them in the text ("Bambang" and "Sulistyo" of "Acting Governor Bambang
    Sulistyo said"): a run of names, as a person named in full."""
    found: list[int] = []
    at = -1  # the position in the stored sequence (a break before every paragraph but the first)
    for i, (found_here, para) in enumerate(zip(by_paragraph, paras, strict=True)):
        at += i > 0
        places = offsets[i] if i < len(offsets) else []
        aligned = len(places) == len(found_here)
        end = -1
        for k, anchor in enumerate(found_here):
            at += 1
            if at >= ANCHOR_SEQUENCE:
                return found
            if not aligned or anchor[0] in "#@":
                end = -1
                continue
            start = places[k]
            if end >= 0 and start > end and para[end:start].isspace():
                found.append(at)
            word = _WORD.match(para, start)
            end = word.end() if word else -1
    return found


def _dateline_mentions(paras: list[str], offsets: list[list[int]]) -> int:
    """How many of the lead's mentions (``offsets``: each one's offset in its paragraph) stand in
    a dateline closing on an agency's credit (:func:`text.dateline_end`) at its start."""
    end = dateline_end(paras[0]) if paras and offsets else 0
    return bisect_left(offsets[0], end) if end else 0


def _char_lengths(joined: bytes) -> np.ndarray:
    """The length in characters of each word of UTF-8 words joined by single spaces: the
    bytes that open a character (not 0b10xxxxxx) between the spaces, counted by numpy."""
    data = np.frombuffer(joined, dtype=np.uint8)
    space = data == 32
    opens = (data & 0xC0) != 0x80
    opens &= ~space
    return np.bincount(np.cumsum(space)[opens], minlength=int(np.count_nonzero(space)) + 1)


def word_sequence_blob(tokens: list[str] | list[bytes], hashes: np.ndarray, lengths: np.ndarray | None = None) -> str:
    """The article's content words in order, as 16-bit hashes (of their crc32), base64.

    ``tokens``: the words (UTF-8 when all ASCII: a word's length is its bytes'); ``lengths``:
    their lengths in characters, when not."""
    if lengths is None:
        lengths = np.fromiter(map(len, tokens), dtype=np.int32, count=len(tokens))
    return base64.b64encode(content_word_hashes(hashes, lengths, WORD_SEQUENCE).tobytes()).decode("ascii")


def content_word_hashes(hashes: np.ndarray, lengths: np.ndarray, limit: int | None = None) -> np.ndarray:
    """The ``word_seq`` hashes of words hashed by :func:`minhash.token_hashes` (``hashes``) with
    their lengths in characters: those of the content words (``CONTENT_WORD`` characters or
    more), the first ``limit``, 16 bits of each (uint16)."""
    return hashes[lengths >= CONTENT_WORD][:limit].astype("<u2")


def word_hashes(words: list[str]) -> list[int]:
    """``words``' content words hashed as ``word_seq`` holds them (:func:`content_word_hashes`):
    a quotation's, to find in an article's word sequence (``evidence._reports_the_speaker``)."""
    if not words:
        return []
    lengths = np.fromiter(map(len, words), dtype=np.int32, count=len(words))
    return content_word_hashes(minhash.token_hashes(words), lengths).tolist()


def mention_blob(mentions: list[int]) -> str:
    """``anchor_seq`` as 16-bit integers, base64: a third of its JSON's cost to write and read.

    An index fits: the first ``ANCHOR_SEQUENCE`` mentions name at most that many anchors,
    each of which is among the first that many of ``anchors`` (ordered by first mention).
    """
    packed = array("h", mentions)
    if sys.byteorder == "big":
        packed.byteswap()  # stored little-endian
    return base64.b64encode(packed.tobytes()).decode("ascii")


def mention_indexes(fp: dict[str, Any]) -> list[int]:
    """The fingerprint's ``anchor_seq`` as a list: a blob, or a list in rows stored before."""
    value = fp.get("anchor_seq")
    if isinstance(value, str):
        try:
            packed = array("h", base64.b64decode(value))
        except (binascii.Error, ValueError):
            return []  # a damaged row: matched as one stored before mentions were
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tolist()
    return list(value or ())


def index_keys(fp: dict[str, Any], window_days: int) -> list[int]:
    """The keys a fingerprint is stored under (candidate search finds it by any of them)."""
    return candidate_keys(fp, window_days)[1]


def query_keys(fp: dict[str, Any], window_days: int) -> list[int]:
    """The keys to look up for a fingerprint's candidates (see :func:`candidate_keys`)."""
    return candidate_keys(fp, window_days)[0]


def candidate_keys(fp: dict[str, Any], window_days: int) -> tuple[list[int], list[int]]:
    """The keys to look up for a fingerprint's candidates, and the keys it is stored under.

    Band keys, paragraph keys and links are both. Anchor pairs are stored under one time
    bucket of twice the window: an article ``w`` days away either way falls in this bucket
    or in the neighbour on the side nearer to the article, so lookups ask two buckets.
    """
    width = _bucket_days(window_days)
    bucket, offset = divmod(fp["day"], width)
    common = minhash.band_keys(fp["sig"]) if fp["shingles"] else []
    common += fp["para_keys"]
    common += [key64("l:" + ref) for ref in (fp["ref"], fp.get("canonical_ref"), fp.get("original")) if ref]
    neighbour = bucket - 1 if offset < width // 2 else bucket + 1
    far: tuple[int, ...] = ()
    if window_days < LATE_TRANSLATION_DAYS:
        # A late translation (evidence.LATE_TRANSLATION_SCORE): the buckets that the window's
        # two leave out, by the pairs a translation keeps (_late_pairs).
        days = range((fp["day"] - LATE_TRANSLATION_DAYS) // width, (fp["day"] + LATE_TRANSLATION_DAYS) // width + 1)
        far = tuple(b for b in days if b not in (bucket, neighbour))
    own, near, *later = _pair_keys_in(fp["key_anchors"], (bucket, neighbour, *far))
    keys = dict.fromkeys(common + own)
    stored = list(keys)
    keys.update(dict.fromkeys(near))  # new keys go last, in order: the lookup keys
    if later and later[0]:
        kept = _late_pairs(fp["key_anchors"])
        for row in later:
            keys.update(dict.fromkeys(row[i] for i in kept))
    return list(keys), stored


def _bucket_days(window_days: int) -> int:
    return 2 * max(1, window_days)


_PAIR_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xFF51AFD7ED558CCD], dtype=np.uint64)


def anchor_pair_keys(strong: list[str], bucket: int) -> list[int]:
    """One key per pair of ``strong`` anchors in time ``bucket`` (signed 64-bit), whatever
    their order: each anchor hashed once, the pairs mixed with array arithmetic (a string
    and two crc32s per pair cost ~100 us an article)."""
    return _pair_keys_in(strong, (bucket,))[0]


#: Places Indonesian and Malay spell otherwise than English, which CLDR's country names
#: (:func:`place_keys`) do not give: the local spelling, folded, then the English.
PLACE_SPELLINGS = {"sumatera": "sumatra", "jawa": "java"}
#: A country's name in CLDR's English, folded, that English copy often writes otherwise: both to
#: the other ("Türkiye", Indonesian "Turki" and Malay "Turkiye" pair with "Turkey").
ENGLISH_PLACE_NAMES = {"turkiye": "turkey"}


@functools.lru_cache(maxsize=1)
def place_keys() -> dict[str, str]:
    """Each place name Indonesian or Malay write in one word otherwise than English, folded, to
    the English one ("filipina" and "jepun" to "philippines" and "japan": CLDR's country names
    through Babel; "sumatera" to "sumatra": ``PLACE_SPELLINGS``; "turki" and "turkiye" to
    "turkey": ``ENGLISH_PLACE_NAMES``), so that a translation's key
    anchors pair as the original's do. A name CLDR gives two countries is left out."""
    found: dict[str, set[str]] = {}
    try:
        english = babel.Locale.parse("en").territories
        for language in ("id", "ms"):
            for code, name in babel.Locale.parse(language).territories.items():
                local, theirs = words(name), words(english.get(code, ""))
                if code.isalpha() and len(local) == 1 and len(theirs) == 1 and local != theirs:
                    found.setdefault(local[0], set()).add(theirs[0])
    except (ValueError, babel.UnknownLocaleError):
        pass
    keys = {local: next(iter(names)) for local, names in found.items() if len(names) == 1}
    keys = {local: ENGLISH_PLACE_NAMES.get(name, name) for local, name in keys.items()}
    keys.update(ENGLISH_PLACE_NAMES)
    keys.update(PLACE_SPELLINGS)
    return keys


def _keyed(strong: list[str]) -> list[str]:
    """``strong``, each place by its English name (:func:`place_keys`), in the order pairs are
    made."""
    keys = place_keys()
    return sorted(keys.get(x, x) for x in strong)


def _pair_keys_in(strong: list[str], buckets: tuple[int, ...]) -> list[list[int]]:
    """:func:`anchor_pair_keys` for each of ``buckets``, the anchors hashed once for all."""
    if len(strong) < 2:
        return [[] for _ in buckets]
    ordered = _keyed(strong)
    hashes = np.array([key64("a:" + a) for a in ordered], dtype=np.int64).view(np.uint64)
    first, second = _pairs(len(ordered))
    # Arrays wrap modulo 2**64 without a warning (numpy scalars would warn): one row per bucket.
    paired = hashes[first] * _PAIR_MULT[0] + hashes[second] * _PAIR_MULT[1]
    mixed = paired + np.array(buckets, dtype=np.int64).view(np.uint64)[:, None] * _PAIR_MULT[2]
    mixed ^= mixed >> np.uint64(31)
    mixed *= _PAIR_MULT[3]
    mixed ^= mixed >> np.uint64(29)
    return mixed.view(np.int64).tolist()


def _late_pairs(strong: list[str]) -> list[int]:
    """The indexes, among :func:`_pair_keys_in`'s pairs of ``strong``, of the pairs of two
    figures (number anchors) and, with fewer than 3 figures, of a figure and one of the first
    ``LATE_NAMES`` names (the most repeated: the story's subject): 6 at most. A stored article
    is under every pair of its key anchors: a lookup needs one pair both hold, and a
    translation keeps every figure."""
    figures = sum(1 for x in strong if x[0] == "#")
    keys = place_keys()
    names = [keys.get(x, x) for x in strong if x[0] != "#"][:LATE_NAMES] if figures < 3 else []
    ordered = _keyed(strong)  # as _pair_keys_in orders them, pairs (i, j) with i < j in turn
    out, k = [], 0
    for i, x in enumerate(ordered):
        for y in ordered[i + 1 :]:
            if (x[0] == "#" and (y[0] == "#" or y in names)) or (y[0] == "#" and x in names):
                out.append(k)
            k += 1
    return out


@functools.lru_cache(maxsize=64)
def _pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(n, 1)  # ~40 us a call: one per anchor count, kept


def sig_to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def sig_from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def to_record(fp: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """A fingerprint split for storage: JSON-ready fields, signature bytes."""
    # Keys starting "_" are values cached while matching (decoded word sequence, anchor weights).
    fields = {k: v for k, v in fp.items() if k != "sig" and not k.startswith("_")}
    return fields, sig_to_bytes(fp["sig"])


def from_record(fields: dict[str, Any], sig: bytes) -> dict[str, Any]:
    """A stored fingerprint for matching; one of another version is reported (once a process)."""
    if fingerprint_version(fields) != FINGERPRINT_VERSION:
        report_version(fields)
    fp = dict(fields)
    fp["sig"] = sig_from_bytes(sig)
    return fp


def fingerprint_version(fields: dict[str, Any]) -> int:
    """The version of :func:`fingerprint` that made a stored fingerprint (0: before versions)."""
    return fields.get("fv", 0)


#: Versions of stored fingerprints this process has reported (one warning each).
_REPORTED: set[int] = set()


def report_version(fields: dict[str, Any]) -> None:
    """Warn, once a process for each version met, that a stored fingerprint is of another one:
    matched as it is, a rewrite or a translation of it may be missed or misjudged."""
    version = fingerprint_version(fields)
    if version in _REPORTED:
        return
    _REPORTED.add(version)
    if version > FINGERPRINT_VERSION:
        logger.warning(
            "The store holds fingerprints of a newer version (%d, e.g. %s) than this one makes (%d), written"
            " by a newer newscrawl sharing it: upgrade this one; matches against them may be missed",
            version,
            fields.get("url"),
            FINGERPRINT_VERSION,
        )
    else:
        logger.warning(
            "The store holds fingerprints of an older version (%d, e.g. %s; this one makes %d): rewrites and"
            " translations of them may be missed or misjudged until `scrapy dedupe --rebuild` makes them again"
            " from the stored text",
            version,
            fields.get("url"),
            FINGERPRINT_VERSION,
        )


__all__ = [
    "FINGERPRINT_VERSION",
    "fingerprint",
    "anchor_pair_keys",
    "candidate_keys",
    "index_keys",
    "query_keys",
    "key64",
    "to_record",
    "from_record",
    "fingerprint_version",
    "fold",
]
