"""The publication stamp, headline and writers in a client-rendered page's state (``<script
id="__NEXT_DATA__">``, or Arc XP's ``Fusion.globalContent={...}`` assignment, the content the page
renders): a page whose HTML is a skeleton until JavaScript runs carries them only there.

The article is the object whose title is the page's headline, when the caller knows it, else the
shallowest object with a publication key (``datePublished``, ``publishedAt``, ``publishDate``...)
reached through no list (a list holds related stories: "terkini", "latest", "related"). The stamp
is that key's value; the headline and writers are read from the same object, by the keys of
``HEADLINE_KEYS`` and ``AUTHOR_KEYS`` (a writer a string, or an object with a key of
``AUTHOR_NAME_KEYS``). Each is read only when the page itself gave none (no stamp or date line; no
title other than the site's name; no byline); the caller rejects a stamp that contradicts the
URL's day.
"""

from __future__ import annotations

import json
import re
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
    "first_publish_date", "display_date",  # Arc XP's ANS (its "publish_date" is the last republication)
)  # fmt: skip
#: Keys of the last update in the same objects (ANS: "last_updated_date").
MODIFIED_KEYS = (
    "dateModified", "modifiedAt", "updatedAt", "modified_at", "updated_at", "dateUpdated", "lastModified",
    "last_updated_date",
)  # fmt: skip
#: Keys of the headline in the article object, first found wins.
HEADLINE_KEYS = ("headline", "title", "headlineText", "seoTitle", "name", "headlines")
#: Keys of the writers in the article object: a string, an object or a list of either (ANS's
#: "credits" holds them under "by").
AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "writers", "creators", "creator", "credits")
#: Keys of a writer's name in a writer object.
AUTHOR_NAME_KEYS = ("name", "displayName", "fullName", "full_name", "title")
#: Objects read at most, breadth first (a state holds thousands in a long listing).
MAX_OBJECTS = 2000


#: Keys of a state object's title, matched against the page's headline.
TITLE_KEYS = ("title", "headline", "name")


def state_published(tree: HtmlElement | None, headline: str | None = None) -> str | None:
    """The publication stamp (as written) of the page's state script, or None: the stamp of the
    object titled ``headline`` (the page's), else of the shallowest one outside any list."""
    found = state_article(tree, headline)
    return _first_string(found, PUBLISHED_KEYS) if found else None


def state_modified(tree: HtmlElement | None, headline: str | None = None) -> tuple[str | None, str | None]:
    """``(last update, publication)`` stamps (as written) of the article object that
    ``state_published`` reads, either None."""
    found = state_article(tree, headline)
    if not found:
        return None, None
    return _first_string(found, MODIFIED_KEYS), _first_string(found, PUBLISHED_KEYS)


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
        if isinstance(value, dict) and isinstance(value.get("by"), list):
            value = value["by"]  # ANS: {"by": [{"type": "author", "name": ...}]}
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
        if isinstance(found, dict):
            found = found.get("basic")  # ANS: "headlines": {"basic": ...}
        if isinstance(found, str) and found.strip():
            return found.strip()
    return None


#: The state scripts of a page, by their ids (an XPath: no Python object for every other script).
_STATE_SCRIPTS = etree.XPath("//script[" + " or ".join(f"@id='{name}'" for name in _STATE_IDS) + "]")


def state_article(tree: HtmlElement | None, headline: str | None = None) -> dict[str, Any] | None:
    """The article object of the page's state script, or None (see the module's docstring)."""
    if tree is None:
        return None
    for script in _STATE_SCRIPTS(tree):
        found = _article_in(script.text, _key(headline) if headline else "") if script.text else None
        if found is not None:
            return found
    for script in _FUSION_SCRIPTS(tree):
        found = _fusion_article(script.text, _key(headline) if headline else "") if script.text else None
        if found is not None:
            return found
    return None


#: Arc XP's scripts that assign the page's content (``Fusion.globalContent={...};``), and the assignment.
_FUSION_SCRIPTS = etree.XPath("//script[contains(., 'Fusion.globalContent')]")
_FUSION_CONTENT = re.compile(r"\bFusion\.globalContent\s*=\s*(?=\{)")


@lru_cache(maxsize=8)
def _fusion_article(text: str, headline: str) -> dict[str, Any] | None:
    """The article object of Fusion's content object (the story itself on an article page; a
    section's stories are in lists, which ``_article_object`` steps over)."""
    match = _FUSION_CONTENT.search(text)
    if match is None:
        return None
    try:
        state, _ = json.JSONDecoder().raw_decode(text, match.end())
    except (ValueError, RecursionError):
        return None
    return _article_object(state, headline)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=8)
def _article_in(text: str, headline: str) -> dict[str, Any] | None:
    """The article object of a state script's JSON (a memo of a pure function of the script's
    text: the page's fields ask in turn; the object is read, never changed)."""
    try:
        state = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return _article_object(state, headline)


def _article_object(state: Any, headline: str) -> dict[str, Any] | None:
    """Breadth first: the object titled ``headline`` that has a stamp, else the first object with
    a stamp reached through no list."""
    queue: deque[tuple[Any, bool]] = deque([(state, False)])
    seen = 0
    first: dict[str, Any] | None = None
    while queue and seen < MAX_OBJECTS:
        value, listed = queue.popleft()
        seen += 1
        if isinstance(value, dict):
            if _first_string(value, PUBLISHED_KEYS):
                titled = any(isinstance(t := value.get(key), str) and _key(t) == headline for key in TITLE_KEYS)
                if headline and titled:
                    return value
                if first is None and not listed:
                    first = value
                    if not headline:
                        return first
            queue.extend((item, listed) for item in value.values() if isinstance(item, dict | list))
        elif isinstance(value, list):
            queue.extend((item, True) for item in value if isinstance(item, dict | list))
    return first
