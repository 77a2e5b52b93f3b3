"""The Article item and its small value types.

Pipelines and commands touch items only through ``itemadapter.ItemAdapter``; the
store serialises them with :func:`article_to_doc` and reads them back with
:func:`article_from_doc`, so the two stay symmetrical in one place.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

#: Match kinds a copy can have against its story (set by the dedupe pipeline).
MATCH_KINDS = ("new", "url", "exact", "near", "rewrite", "translation")

#: How much of a date the page gives, coarsest first: a day alone ("24 November 2025"), the hour of
#: a relative date ("3 hours ago"), a clock ("14:05"), a clock with seconds (an ISO stamp).
PRECISIONS = ("day", "hour", "minute", "second")


@dataclass(slots=True)
class Attribution:
    """Who really published an article that a mirror republished."""

    publisher: str | None = None
    """Original publisher, e.g. ``"NDTV"``; None when the page names none."""
    agencies: list[str] = field(default_factory=list)
    """Wire agencies credited, canonical short names, e.g. ``["AFP"]``."""
    credit: str | None = None
    """The credit line exactly as found, e.g. ``"(AFP) -"`` or the syndication notice."""
    original_url: str | None = None
    """URL of the original article when the copy links to it."""


@dataclass(slots=True)
class Article:
    """One news article as extracted from one page of one site."""

    url: str
    """Final URL of the page (after redirects), absolute."""
    site: str | None = None
    """Name of the site in the registry, e.g. ``"sindobatam"``."""
    canonical_url: str | None = None
    """``<link rel=canonical>`` (or og:url) as an absolute URL; None when absent."""
    redirected_from: list[str] = field(default_factory=list)
    """URLs that redirected to ``url`` (as listed or linked), first first; the store knows the
    article under each, so a listing that keeps the old URL does not refetch it every run."""
    title: str | None = None
    """Headline as the page shows it, without a `` | Site name`` tail."""
    body: str | None = None
    """Plain text; paragraphs separated by one blank line (``"\\n\\n"``); no boilerplate."""
    description: str | None = None
    """Summary from meta description / og:description, plain text."""
    published_at: datetime | None = None
    """Publication time, timezone-aware; stored as UTC (ISO 8601 with ``+00:00``)."""
    modified_at: datetime | None = None
    """Last modification time, timezone-aware; stored as UTC."""
    published_raw: str | None = None
    """The publication date exactly as the site wrote it, e.g. ``"Rabu, 13 September 2023 10:15 WIB"``."""
    published_precision: str | None = None
    """How much of ``published_at`` the page gives: one of :data:`PRECISIONS`; ``"day"`` means the time
    is unknown (``published_at`` is then the local midnight); None with no date (or a record stored before it)."""
    modified_precision: str | None = None
    """The same for ``modified_at``."""
    published_local: str | None = None
    """The publication as the page gives it, in its own zone: ``"2025-11-24"`` for a day alone,
    ``"2025-11-24T14:05:00+07:00"`` with a time (see :func:`local_form`)."""
    modified_local: str | None = None
    """The same for ``modified_at``."""
    authors: list[str] = field(default_factory=list)
    """Names of people; never the site's name, "Admin", "Redaksi" or a wire agency."""
    language: str | None = None
    """ISO 639-1 code of the body's language, e.g. ``"id"``."""
    section: str | None = None
    """Site section or category, e.g. ``"Dunia"``."""
    tags: list[str] = field(default_factory=list)
    """Tags / keywords as the site lists them."""
    image_url: str | None = None
    """Absolute URL of the lead image."""
    dateline: str | None = None
    """Place the story was filed from, taken off the body's start, e.g. ``"Moskow"``."""
    attribution: Attribution = field(default_factory=Attribution)
    """Original publisher, wire agencies, credit line and original URL."""
    fetched_at: datetime | None = None
    """When the page was fetched, UTC."""
    content_hash: str | None = None
    """Hex SHA-1 of the normalised body (see :func:`body_hash`); None without a body."""
    word_count: int | None = None
    """Number of words in ``body`` (see :func:`count_words`: CJK and Thai text counted by characters)."""
    story_id: str | None = None
    """Story this article belongs to; set by the dedupe pipeline."""
    match: str | None = None
    """How the article matched its story: one of :data:`MATCH_KINDS`."""
    match_score: float | None = None
    """Score of that match, 0..1 (1.0 for url / exact / new)."""

    def finalize(self) -> Article:
        """Fill the derived fields: ``content_hash``, ``word_count`` from ``body``, ``published_local``
        and ``modified_local`` from the times (in the zone the page gave them) and their precision."""
        if self.body:
            self.content_hash = body_hash(self.body)
            self.word_count = count_words(self.body)
        self.published_local = local_form(self.published_at, self.published_precision)
        self.modified_local = local_form(self.modified_at, self.modified_precision)
        return self


#: Scripts written without spaces between words, and how many characters make a word on average:
#: Chinese and Japanese (Han, kana) about 2 (a Chinese word is 1.5-2 characters; Japanese mixes
#: kanji compounds and kana endings), Thai, Lao, Khmer and Burmese about 4.
UNSPACED_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+"), 2),
    (re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"), 4),
)

_ANY_UNSPACED = re.compile("|".join(pattern.pattern[:-1] for pattern, _ in UNSPACED_SCRIPTS))
CJK_PUNCTUATION = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+")


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds a script written without spaces (see ``UNSPACED_SCRIPTS``)."""
    return bool(_ANY_UNSPACED.search(text))


def count_words(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens, and for scripts written without spaces
    (Chinese, Japanese, Thai, ...) their characters over the characters a word has there."""
    if text.isascii() or not has_unspaced(text):  # isascii: a flag of the string, no scan
        return len(text.split())
    count = 0
    for pattern, per_word in UNSPACED_SCRIPTS:
        chars = sum(map(len, pattern.findall(text)))
        if chars:
            count += -(-chars // per_word)
            text = CJK_PUNCTUATION.sub(" ", pattern.sub(" ", text))
    return count + len(text.split())


#: A word of a body's normalised form: a run of letters and digits (no underscore).
_WORD = re.compile(r"[^\W_]+")


#: Every ASCII character but a letter or a digit, as a space: an ASCII text's words are the runs
#: ``_WORD`` finds once these are blanks (NFKC leaves ASCII as it is).
_ASCII_NOT_WORD = str.maketrans({chr(code): " " for code in range(128) if not chr(code).isalnum()})


def normalize_body(text: str) -> str:
    """Body text reduced to what survives re-publishing: NFKC, lower case, words only."""
    if text.isascii():  # the same words as the regular expression's, by a table and split() in C
        return " ".join(text.lower().translate(_ASCII_NOT_WORD).split())
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def body_hash(text: str) -> str:
    """Hex SHA-1 of :func:`normalize_body` of ``text``."""
    return hashlib.sha1(normalize_body(text).encode("utf-8")).hexdigest()


def to_utc_iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC for a timezone-aware datetime; naive datetimes are refused."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: Article times must be timezone-aware")
    return value.astimezone(timezone.utc).isoformat()


def local_form(value: datetime | None, precision: str | None) -> str | None:
    """A time as the page gives it, in the zone it is in: the day alone (``"2025-11-24"``) when
    ``precision`` is ``"day"``, else ISO 8601 to the second with its own offset. Call it on the
    time the page gave (a stored time is UTC: its local day is lost)."""
    if value is None:
        return None
    if precision == "day":
        return value.date().isoformat()
    return value.isoformat(timespec="seconds")


def parse_iso(value: Any) -> datetime | None:
    """Inverse of :func:`to_utc_iso`; accepts datetimes too (pymongo returns them)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


_TIME_FIELDS = ("published_at", "modified_at", "fetched_at")


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(value: Any) -> Any:
    """``value`` with every lone UTF-16 surrogate (``"\\ud83d"`` in a page's JSON) replaced by
    U+FFFD: no store, file or terminal can encode one. Strings, lists, tuples, dicts and
    dataclasses are walked; anything else is returned as it is."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, (list, tuple)):
        return type(value)(without_surrogates(v) for v in value)
    if isinstance(value, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: without_surrogates(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def article_to_doc(article: Article | dict[str, Any]) -> dict[str, Any]:
    """A JSON-ready dict of an Article (times as UTC ISO strings, no lone surrogates)."""
    if isinstance(article, Article):
        doc = dataclasses.asdict(article)
    else:
        doc = dict(article)
        attribution = doc.get("attribution")
        if isinstance(attribution, Attribution):
            doc["attribution"] = dataclasses.asdict(attribution)
    for name in _TIME_FIELDS:
        if isinstance(doc.get(name), datetime):
            doc[name] = to_utc_iso(doc[name])
    return without_surrogates(doc)


_ARTICLE_FIELDS = {f.name for f in dataclasses.fields(Article)}


def article_from_doc(doc: dict[str, Any]) -> Article:
    """Rebuild an Article from :func:`article_to_doc` output (unknown keys ignored)."""
    values = {k: v for k, v in doc.items() if k in _ARTICLE_FIELDS}
    for name in _TIME_FIELDS:
        values[name] = parse_iso(values.get(name))
    attribution = values.get("attribution") or {}
    if isinstance(attribution, dict):
        values["attribution"] = Attribution(**attribution)
    return Article(**values)
