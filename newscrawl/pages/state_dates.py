"""The publication stamp in a client-rendered page's state (``<script id="__NEXT_DATA__">``): a page
whose HTML is a skeleton until JavaScript runs carries its dates only there.

The stamp is the value of a publication key (``datePublished``, ``publishedAt``, ``publishDate``...)
of the object whose title is the page's headline, else of the shallowest object that has one and is
reached through no list (a list holds related stories: "terkini", "latest", "related"). Read only
when no stamp, date element or date line of the page gave a date; the caller rejects a stamp that
contradicts the URL's day.
"""

from __future__ import annotations

import json
from collections import deque
from typing import Any

from lxml.html import HtmlElement

from newscrawl.pages.page_state import _STATE_IDS

#: Keys of the publication instant in the state objects of common CMSs and frameworks.
PUBLISHED_KEYS = (
    "datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "publicationDate",
    "firstPublished", "firstPublishedAt", "date_published", "pubDate",
)  # fmt: skip
#: Objects read at most, breadth first (a state holds thousands in a long listing).
MAX_OBJECTS = 2000


#: Keys of a state object's title, matched against the page's headline.
TITLE_KEYS = ("title", "headline", "name")


def state_published(tree: HtmlElement | None, headline: str | None = None) -> str | None:
    """The publication stamp (as written) of the page's state script, or None: the stamp of the
    object titled ``headline`` (the page's), else the shallowest one outside any list."""
    if tree is None:
        return None
    for script in tree.iter("script"):
        if script.get("id") not in _STATE_IDS or not script.text:
            continue
        try:
            state = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        found = _article_stamp(state, _key(headline) if headline else "")
        if found:
            return found
    return None


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _article_stamp(state: Any, headline: str) -> str | None:
    """Breadth first: the stamp of the object titled ``headline``, else the first stamp of an
    object reached through no list."""
    queue: deque[tuple[Any, bool]] = deque([(state, False)])
    seen = 0
    first: str | None = None
    while queue and seen < MAX_OBJECTS:
        value, listed = queue.popleft()
        seen += 1
        if isinstance(value, dict):
            stamp = next(
                (v.strip() for key in PUBLISHED_KEYS if isinstance(v := value.get(key), str) and v.strip()), None
            )
            if stamp:
                titled = any(isinstance(t := value.get(key), str) and _key(t) == headline for key in TITLE_KEYS)
                if headline and titled:
                    return stamp
                if first is None and not listed:
                    first = stamp
                    if not headline:
                        return first
            queue.extend((item, listed) for item in value.values() if isinstance(item, dict | list))
        elif isinstance(value, list):
            queue.extend((item, True) for item in value if isinstance(item, dict | list))
    return first
