"""The world the sites share: which story is published when, and the Copy record.

Story ``i`` (0 = oldest) is published by the origin at :meth:`World.story_time`; every
site's article ``k`` is a copy of story ``k`` (or, on a mirror, now and then a local story
of its own), published a site-specific delay later. Times grow with ``k`` on every site,
so "articles after T" is a binary search and nothing is pre-rendered: any page of a
100,000-article site is computed when it is asked for.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from .procedural import ProceduralStories
from .stories import Story, handwritten

#: The newest story of a fresh network is published at this instant (10:15 WIB).
ANCHOR = datetime(2023, 9, 13, 3, 15, tzinfo=timezone.utc).timestamp()
#: Stories are at most this far apart, and a network spans at most MAX_SPAN seconds.
MAX_STEP = 2 * 3600.0
MAX_SPAN = 3 * 365 * 86400.0
#: Hand-written stories only; beyond, stories are generated.
DEFAULT_SIZE = 40


def unit(*keys: object) -> float:
    """A deterministic number in [0, 1) for ``keys`` (cheap, seed-stable, order-free of calls)."""
    digest = hashlib.blake2b(repr(keys).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64


@dataclass(frozen=True, slots=True, eq=False)
class Copy:
    """One article on one site: a copy of a story, as that site shows it (and as truth records it)."""

    site: str
    index: int
    post_id: int
    story: Story
    kind: str
    language: str
    title: str
    paragraphs: tuple[str, ...]
    dateline: str | None
    published: datetime
    modified: datetime | None
    authors: tuple[str, ...]
    byline: str | None
    section_key: str
    section: str
    tags: tuple[str, ...]
    publisher: str | None
    agencies: tuple[str, ...]
    credit: str | None
    original_url: str | None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def updated(self) -> datetime:
        return self.modified or self.published


class World:
    """Stories by index and the origin's publication times, for one size and seed."""

    def __init__(self, size: int = DEFAULT_SIZE, seed: int = 1) -> None:
        if size < 1:
            raise ValueError(f"size must be at least 1, got {size}")
        self.size = size
        self.seed = seed
        self.hand = handwritten()
        self.generated = ProceduralStories(seed)
        self.step = min(MAX_STEP, MAX_SPAN / size)
        self.story = lru_cache(maxsize=8192)(self._story)

    def hand_story(self, index: int) -> Story | None:
        """The hand-written story at ``index``: they are the newest ``len(hand)`` of a network."""
        offset = max(0, self.size - len(self.hand))
        if offset <= index < self.size:
            return self.hand[index - offset]
        return None

    def _story(self, index: int) -> Story:
        return self.hand_story(index) or self.generated.story(index)

    def section_of(self, index: int) -> str:
        story = self.hand_story(index)
        return story.section if story else self.generated.section_of(index)

    def story_time(self, index: int) -> float:
        """When the origin publishes story ``index`` (epoch seconds)."""
        base = ANCHOR - (self.size - 1 - index) * self.step
        return base + unit(self.seed, "t", index) * 0.3 * self.step
