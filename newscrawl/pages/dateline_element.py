"""A dateline set in an element of its own right before the story's first paragraph (CNN's
``<cite><span>Washington</span><span>CNN</span></cite>``, shown as "Washington CNN —").

Read by structure: the nearest element with text before the first paragraph holds two texts and no
more (dashes aside), a short place (one to four capitalised words, no figure) and the outlet's name:
the site's own name or the first word of one (its registry or og:site_name name, the last part of
its ``<title>``, its host), or a wire agency. A kicker ("Politics" / "Analysis") names no outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newscrawl.attribution import agency_name

#: Longest text of the element, and of its place.
MAX_DATELINE_ELEMENT_CHARS = 60
MAX_PLACE_CHARS = 30
#: Paragraphs looked at for the story's first one.
MAX_PARAGRAPHS_SEARCHED = 40
_PLACE = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|del|da|do|am|upon|on|la|le)){0,3}")
_DASHES = frozenset("-–—:|")


def _key(name: str) -> str:
    return re.sub(r"[\W_]", "", name.casefold())


def _outlet_keys(site_names: Sequence[str]) -> set[str]:
    """The site's names as keys, each whole and its first word ("CNN Net" -> "cnnnet", "cnn"; a
    host "www.cnn.com" -> "cnn")."""
    keys = set()
    for name in site_names:
        name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip())
        if "." in name and " " not in name:
            name = name.split(".")[0]
        keys.add(_key(name))
        first = re.split(r"[\s-]+", name.strip())[0] if name.strip() else ""
        keys.add(_key(first))
    return {key for key in keys if len(key) >= 2}


#: Class, id or rel words of an element that holds a byline, and the paths of author pages: a
#: name there ("<span>Lena Marsh</span><span>Associated Press</span>") is no place.
_BYLINE_MARK = re.compile(r"byline|author|contributor|reporter|writer", re.IGNORECASE)
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|staff|people|profiles?|reporters?|writers?|journalists?|contributors?|autor(?:en)?|penulis)(?:/|$)",
    re.IGNORECASE,
)


def _in_byline(previous: HtmlElement, place: str, container: HtmlElement) -> bool:
    """True when the text ``place`` of ``previous`` sits in an element marked as a byline or an
    author's (class, id or rel), or in a link to an author page."""
    for text in previous.xpath(".//text()"):
        if " ".join(str(text).split()) != place:
            continue
        node = text.getparent()
        if node is not None and getattr(text, "is_tail", False):
            node = node.getparent()
        while node is not None:
            words = " ".join(value for value in (node.get("class"), node.get("id"), node.get("rel")) if value)
            if words and _BYLINE_MARK.search(words):
                return True
            if node.tag == "a" and _AUTHOR_PAGE.search(node.get("href") or ""):
                return True
            if node is container:
                break
            node = node.getparent()
    return False


def element_dateline(
    container: HtmlElement | None,
    first_paragraph: str | None,
    site_names: Sequence[str],
    authors: Sequence[str] = (),
) -> str | None:
    """The place of a dateline element right before ``first_paragraph`` in ``container``, else None.
    A name of ``authors`` (the page's), or a text in a byline or author element or in a link to an
    author page, is a byline, not a place."""
    if container is None or not first_paragraph:
        return None
    start = " ".join(first_paragraph.split())[:80]
    for count, node in enumerate(container.iter("p")):
        if count >= MAX_PARAGRAPHS_SEARCHED:
            return None
        if " ".join(node.text_content().split()).startswith(start):
            break
    else:
        return None
    previous = node.getprevious()
    while previous is not None and not (isinstance(previous.tag, str) and previous.text_content().strip()):
        previous = previous.getprevious()
    if previous is None or len(previous.text_content()) > MAX_DATELINE_ELEMENT_CHARS * 2:
        return None
    parts = [" ".join(text.split()) for text in previous.itertext()]
    parts = [part for part in parts if part and not set(part) <= _DASHES | {" "}]
    if len(parts) != 2:
        return None
    place, outlet = parts
    if len(place) > MAX_PLACE_CHARS or not _PLACE.fullmatch(place):
        return None
    if _key(place) in {_key(author) for author in authors} or _in_byline(previous, place, container):
        return None
    if _key(outlet) in _outlet_keys(site_names) or agency_name(outlet):
        return place
    return None
