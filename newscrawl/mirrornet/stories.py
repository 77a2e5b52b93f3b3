"""Wire stories: the hand-written set, and how a mirror changes a story when it copies it.

A :class:`Story` is one piece of wire copy (one agency report) in every language the
network uses. Hand-written stories live in ``stories/*.toml``, one file per news event,
so that different stories about the same event sit side by side::

    [[story]]
    name = "kim-putin-vostochny"      # the story id, shared by every copy of this story
    event = "kim-putin-summit"        # shared by different stories about one event
    agency = "AFP"                    # wire agency, or omit for staff copy
    authors = []                      # reporters (people) named in the byline
    section = "world"                 # a key of SECTIONS
    [story.en]
    title = "..."
    dateline = "Moscow"
    tags = ["Kim Jong Un", "Russia"]
    body = '''
    First paragraph.

    Second paragraph.
    '''
    [story.id]   # Indonesian, same keys
    [story.ms]   # Malay, same keys

(``name``, not ``id``: ``[story.id]`` is the Indonesian table.) The copy transforms (:func:`truncate`, :func:`retitle`, :func:`rewrite`) are pure and
seeded, so a site shows the same copy of a story on every run with the same seed.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from random import Random

STORY_DIR = Path(__file__).with_name("stories")
LANGUAGES = ("en", "id", "ms")
#: How a site's article relates to the story it carries (the truth field ``copy_kind``).
COPY_KINDS = ("original", "verbatim", "retitled", "truncated", "translated", "rewritten")

#: Section keys and their labels per language.
SECTIONS: dict[str, dict[str, str]] = {
    "world": {"en": "World", "id": "Dunia", "ms": "Dunia"},
    "asia": {"en": "Asia", "id": "Asia", "ms": "Asia"},
    "business": {"en": "Business", "id": "Ekonomi", "ms": "Bisnes"},
    "sport": {"en": "Sport", "id": "Olahraga", "ms": "Sukan"},
    "science": {"en": "Science", "id": "Sains", "ms": "Sains"},
    "environment": {"en": "Environment", "id": "Lingkungan", "ms": "Alam Sekitar"},
    "health": {"en": "Health", "id": "Kesehatan", "ms": "Kesihatan"},
    "technology": {"en": "Technology", "id": "Teknologi", "ms": "Teknologi"},
}

#: Canonical short names of the wire agencies stories are credited to.
AGENCIES = ("AFP", "Reuters", "AP", "Xinhua", "Bernama", "ANTARA", "Kyodo", "Yonhap", "PTI", "dpa")


@dataclass(frozen=True, slots=True)
class Text:
    """A story in one language."""

    title: str
    dateline: str | None
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class Story:
    """One wire story in every language; ``id`` is shared by all its copies."""

    id: str
    event: str
    agency: str | None
    authors: tuple[str, ...]
    section: str
    texts: dict[str, Text]
    image: str = ""

    def text(self, language: str) -> Text:
        return self.texts[language]


class StoryFileError(ValueError):
    """A hand-written story file is malformed; the message names file and story."""


def _paragraphs(body: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", body.strip()) if p.strip())


def _parse_story(raw: dict, source: str) -> Story:
    sid = raw.get("name", "?")
    for key in ("name", "event", "section"):
        if not isinstance(raw.get(key), str):
            raise StoryFileError(f"{source}: story {sid!r}: field {key!r} missing")
    if raw["section"] not in SECTIONS:
        raise StoryFileError(f"{source}: story {sid!r}: unknown section {raw['section']!r}")
    agency = raw.get("agency")
    if agency is not None and agency not in AGENCIES:
        raise StoryFileError(f"{source}: story {sid!r}: unknown agency {agency!r}")
    texts = {}
    for language in LANGUAGES:
        part = raw.get(language)
        if not isinstance(part, dict) or not part.get("title") or not part.get("body"):
            raise StoryFileError(f"{source}: story {sid!r}: [{language}] needs title and body")
        paragraphs = _paragraphs(part["body"])
        if len(paragraphs) < 5:
            raise StoryFileError(f"{source}: story {sid!r}: [{language}] has {len(paragraphs)} paragraphs, want 5+")
        texts[language] = Text(
            title=" ".join(part["title"].split()),
            dateline=part.get("dateline"),
            paragraphs=paragraphs,
            tags=tuple(part.get("tags", ())),
        )
    counts = {lang: len(t.paragraphs) for lang, t in texts.items()}
    if len(set(counts.values())) != 1:
        raise StoryFileError(f"{source}: story {sid!r}: paragraph counts differ between languages {counts}")
    return Story(
        id=raw["name"],
        event=raw["event"],
        agency=agency,
        authors=tuple(raw.get("authors", ())),
        section=raw["section"],
        texts=texts,
        image=raw.get("image", raw["name"]),
    )


@cache
def handwritten() -> tuple[Story, ...]:
    """The hand-written stories, in file order (files sorted by name)."""
    stories: list[Story] = []
    seen: set[str] = set()
    for path in sorted(STORY_DIR.glob("*.toml")):
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for raw in data.get("story", []):
            story = _parse_story(raw, path.name)
            if story.id in seen:
                raise StoryFileError(f"{path.name}: story {story.id!r} defined twice")
            seen.add(story.id)
            stories.append(story)
    return tuple(stories)


def slugify(text: str, max_words: int = 10) -> str:
    """ASCII slug as WordPress makes one: ``"Kim Jong Un's train"`` -> ``"kim-jong-uns-train"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("'", "")
    words = re.findall(r"[a-z0-9]+", ascii_text)
    return "-".join(words[:max_words]) or "post"


# -- copy transforms ---------------------------------------------------------------


def truncate(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A cut-short copy: the first half of the paragraphs, at least three."""
    keep = max(3, (len(paragraphs) + 1) // 2)
    return paragraphs[: min(keep, len(paragraphs) - 1)]


_RETITLE = {
    "en": ("{t}: What We Know", "Breaking: {t}", "{t}, Officials Say"),
    "id": ("Terungkap! {t}", "{t}, Begini Faktanya", "Berita Terkini: {t}", "{t}, Simak Selengkapnya"),
    "ms": ("Terkini: {t}", "{t}, Ini Faktanya", "Panas: {t}"),
}


def retitle(title: str, language: str, rng: Random) -> str:
    """A mirror's clickier headline for the same story."""
    return rng.choice(_RETITLE[language]).format(t=title)


# Light edits an aggregator's copy desk makes; whole words only, case kept.
_REWRITE_WORDS = {
    "said": "stated",
    "more than": "over",
    "announced": "unveiled",
    "started": "began",
    "officials": "authorities",
    "big": "large",
    "help": "assist",
    "also": "additionally",
    "near": "close to",
    "However": "Still",
}
_REWRITE_RE = re.compile(r"\b(" + "|".join(map(re.escape, _REWRITE_WORDS)) + r")\b")


def rewrite(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A lightly rewritten English copy: swapped words, two paragraphs swapped, the last one cut."""
    edited = [_REWRITE_RE.sub(lambda m: _REWRITE_WORDS[m.group(1)], p) for p in paragraphs]
    if len(edited) >= 5:
        edited[2], edited[3] = edited[3], edited[2]
    if len(edited) >= 6:
        edited.pop()
    return tuple(edited)


def description(paragraphs: tuple[str, ...], limit: int = 160) -> str:
    """The meta description a site derives from a body: the first paragraph, cut at a word."""
    first = paragraphs[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."
