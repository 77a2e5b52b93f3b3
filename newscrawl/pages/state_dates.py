"""The publication stamp, headline and writers in a client-rendered page's state (``<script
id="__NEXT_DATA__">``): a page whose HTML is a skeleton until JavaScript runs carries them only there.

The article is the shallowest object with a publication key (``datePublished``, ``publishedAt``,
``publishDate``...): a related story's sits deeper, in a list under it. The stamp is that key's
value; the headline and writers are read from the same object, by the keys of ``HEADLINE_KEYS`` and
``AUTHOR_KEYS`` (a writer a string, or an object with a key of ``AUTHOR_NAME_KEYS``). Each is read
only when the page itself gave none (no stamp or date line; no title other than the site's name; no byline).
"""

from __future__ import annotations

import json
from collections import deque
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.pages.page_state import _STATE_IDS

#: Keys of the publication instant in the state objects of common CMSs and frameworks.
PUBLISHED_KEYS = (
    "datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "publicationDate",
    "firstPublished", "firstPublishedAt", "date_published", "pubDate",
)  # fmt: skip
#: Keys of the headline in the article object, first found wins.
HEADLINE_KEYS = ("headline", "title", "headlineText", "seoTitle", "name")
#: Keys of the writers in the article object: a string, an object or a list of either.
AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "writers", "creators", "creator")
#: Keys of a writer's name in a writer object.
AUTHOR_NAME_KEYS = ("name", "displayName", "fullName", "full_name", "title")
#: Objects read at most, breadth first (a state holds thousands in a long listing).
MAX_OBJECTS = 2000


def state_published(tree: HtmlElement | None) -> str | None:
    """The publication stamp (as written) of the page's state script, or None."""
    found = state_article(tree)
    return _first_string(found, PUBLISHED_KEYS) if found else None


def state_headline(tree: HtmlElement | None) -> str | None:
    """The headline of the article in the page's state script, or None."""
    found = state_article(tree)
    return _first_string(found, HEADLINE_KEYS) if found else None


def state_authors(tree: HtmlElement | None) -> list[str]:
    """The writers' names (as written) of the article in the page's state script, or ``[]``."""
    found = state_article(tree)
    if not found:
        return []
    for key in AUTHOR_KEYS:
        value = found.get(key)
        items = value if isinstance(value, list) else [value]
        names = [name for name in (_writer_name(item) for item in items) if name]
        if names:
            return names
    return []


def _writer_name(item: Any) -> str | None:
    if isinstance(item, str):
        return item.strip() or None
    if isinstance(item, dict):
        return _first_string(item, AUTHOR_NAME_KEYS)
    return None


def _first_string(value: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        found = value.get(key)
        if isinstance(found, str) and found.strip():
            return found.strip()
    return None


#: The state scripts of a page, by their ids (an XPath: no Python object for every other script).
_STATE_SCRIPTS = etree.XPath("//script[" + " or ".join(f"@id='{name}'" for name in _STATE_IDS) + "]")


def state_article(tree: HtmlElement | None) -> dict[str, Any] | None:
    """The article object of the page's state script (the shallowest with a publication stamp), or None."""
    if tree is None:
        return None
    if _LAST[0] is tree:
        return _LAST[1]  # the page's other field asked already
    found = None
    for script in _STATE_SCRIPTS(tree):
        found = _article_in(script.text) if script.text else None
        if found is not None:
            break
    _LAST[:] = [tree, found]
    return found


#: The last page read and its article object: its stamp, headline and writers are read in turn.
_LAST: list[Any] = [None, None]


@lru_cache(maxsize=4)
def _article_in(text: str) -> dict[str, Any] | None:
    """The article object of a state script's JSON (kept for the page's other fields: read, never changed)."""
    try:
        state = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return _shallowest(state)


def _shallowest(state: Any) -> dict[str, Any] | None:
    queue: deque[Any] = deque([state])
    seen = 0
    while queue and seen < MAX_OBJECTS:
        value = queue.popleft()
        seen += 1
        if isinstance(value, dict):
            if _first_string(value, PUBLISHED_KEYS):
                return value
            queue.extend(item for item in value.values() if isinstance(item, dict | list))
        elif isinstance(value, list):
            queue.extend(item for item in value if isinstance(item, dict | list))
    return None
