"""The publication stamp in a client-rendered page's state (``<script id="__NEXT_DATA__">``): a page
whose HTML is a skeleton until JavaScript runs carries its dates only there.

The stamp is the value of a publication key (``datePublished``, ``publishedAt``, ``publishDate``...)
of the shallowest object that has one (the page's article: a related story's sits deeper, in a list
under it). Read only when no stamp, date element or date line of the page gave a date.
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


def state_published(tree: HtmlElement | None) -> str | None:
    """The publication stamp (as written) of the page's state script, or None."""
    if tree is None:
        return None
    for script in tree.iter("script"):
        if script.get("id") not in _STATE_IDS or not script.text:
            continue
        try:
            state = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        found = _shallowest(state)
        if found:
            return found
    return None


def _shallowest(state: Any) -> str | None:
    queue: deque[Any] = deque([state])
    seen = 0
    while queue and seen < MAX_OBJECTS:
        value = queue.popleft()
        seen += 1
        if isinstance(value, dict):
            for key in PUBLISHED_KEYS:
                stamp = value.get(key)
                if isinstance(stamp, str) and stamp.strip():
                    return stamp.strip()
            queue.extend(item for item in value.values() if isinstance(item, dict | list))
        elif isinstance(value, list):
            queue.extend(item for item in value if isinstance(item, dict | list))
    return None
