"""Where the story ends and what sits around it, read on the page's structure: the next story an
infinite-scroll page appends after it (its own headline, its own ``<article>``), the furniture
above its first paragraph that trafilatura takes with it (a byline block, a video player's title
and description), and a box's heading left alone when the box's text went as
boilerplate.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


# -- the next story: an infinite-scroll page appends it after the article -------------------------


def _climb(block: HtmlElement, shared: set[HtmlElement]) -> list[HtmlElement]:
    """``block`` and its ancestors below the first one in ``shared`` (the holder's ancestors)."""
    out = []
    for ancestor in (block, *block.iterancestors()):
        if ancestor in shared:
            break
        out.append(ancestor)
    return out


def another_story(block: HtmlElement, node: HtmlElement) -> bool:
    """True when ``block`` (a twin of ``node``, the element holding the story, after it) belongs to
    another story: between the element both sit in and ``block`` lies an ``<article>`` of its own,
    or an ``<h1>`` before ``block`` (the next story's headline, its byline and date after it)."""
    climb = _climb(block, {node, *node.iterancestors()})
    if not climb:
        return False
    if any(element.tag == "article" for element in climb):
        return True
    for element in climb[-1].iter():
        if element is block:
            return False
        if element.tag == "h1":
            return True
    return False


def same_story_twins(node: HtmlElement, after: list[HtmlElement]) -> list[HtmlElement]:
    """``after`` (``node``'s twin blocks after it, in document order) up to the first one that
    belongs to another story (``another_story``): what follows it is that story's too."""
    for index, block in enumerate(after):
        if another_story(block, node):
            return after[:index]
    return after


# -- the header's furniture above the story's first paragraph --------------------------------------

_CLASS_PARTS = re.compile(r"[\s_-]+|(?<=[a-z0-9])(?=[A-Z])")
#: Class, id, ``data-component`` and ``data-testid`` parts of the header's furniture that
#: trafilatura takes as the story's first lines: a byline block ("byline-block", "byline-new"), a
#: video player above the story ("video-player", "featured-video"). Not a subtitle under the
#: headline ("subhead", "subtitle", "dek"): the evaluation sets' gold keeps it (trafilatura's
#: segments on 4 pages, Readability's on 1; tried and left out).
FURNITURE_PARTS = frozenset({"byline", "video", "player"})
#: How many elements after the headline are read for furniture, and how many opening lines may go.
MAX_FURNITURE_DISTANCE = 80
MAX_FURNITURE_LINES = 4
#: Fewest letters and digits of a line found inside a furniture element's text (a whole element's
#: text may be shorter): a shorter piece ("t" in a byline's "tlow") says nothing.
MIN_FURNITURE_KEY = 12
#: Shortest paragraph outside furniture that says the story has begun (characters).
MIN_STORY_CHARS = 80
#: Longest furniture element (characters): a longer one holds a story.
MAX_FURNITURE_CHARS = 1000


#: Strings one of the furniture parts holds, lower case: the cheap test before the split.
_FURNITURE_HINTS = ("byline", "video", "player")
#: The same as they may stand in a class or id value ("storyByline"): the page's test.
FURNITURE_HINTS = (*_FURNITURE_HINTS, *(hint.capitalize() for hint in _FURNITURE_HINTS), "BYLINE", "VIDEO")


def _furniture(node: HtmlElement) -> bool:
    """True when one of ``node``'s class, id, ``data-component`` or ``data-testid`` parts is one of
    FURNITURE_PARTS."""
    words = " ".join(
        value
        for value in (node.get("class"), node.get("id"), node.get("data-component"), node.get("data-testid"))
        if value
    )
    if not words:
        return False
    low = words.lower()
    if not any(hint in low for hint in _FURNITURE_HINTS):
        return False
    return any(part.lower() in FURNITURE_PARTS for part in _CLASS_PARTS.split(words))


def _following(node: HtmlElement) -> Iterator[HtmlElement]:
    current: HtmlElement | None = node
    while current is not None:
        for sibling in current.itersiblings():
            yield from sibling.iter()
        current = current.getparent()


def furniture_texts(headline: HtmlElement) -> list[str]:
    """The texts (``body._key``) of the furniture elements (``FURNITURE_PARTS``) among the
    MAX_FURNITURE_DISTANCE elements after ``headline`` and before the story's first paragraph
    (a ``<p>`` of MIN_STORY_CHARS outside them), outermost only."""
    from newscrawl.pages.body import _key

    found: list[str] = []
    inside: HtmlElement | None = None
    for count, element in enumerate(_following(headline)):
        if count >= MAX_FURNITURE_DISTANCE:
            break
        if not isinstance(element.tag, str):
            continue
        if inside is not None and inside in element.iterancestors():
            continue
        if _furniture(element):
            text = element.text_content()
            if len(text) <= MAX_FURNITURE_CHARS and (key := _key(text)):
                found.append(key)
                # Its elements' own texts: a short line ("Play") is one of them, not a piece of one.
                found.extend(piece for part in element.iterdescendants() if (piece := _key(part.text_content())))
                inside = element
        elif element.tag == "p" and len(element.text_content()) >= MIN_STORY_CHARS:
            break  # the story's first paragraph: furniture after it is not the header's
    return found


def drop_opening_furniture(headline: HtmlElement | None, paragraphs: list[str], doc: Any = None) -> list[str]:
    """``paragraphs`` without their opening lines (at most MAX_FURNITURE_LINES) that are text of
    the header's furniture after ``headline`` (``furniture_texts``): a byline block, a video
    player's title and description. ``doc`` (the page's ``PageDocument``) spares the
    walk on a page whose class and id values hold no furniture word and that has no data names. A
    line that credits an agency stays (attribution reads it); so do all the lines when the story's
    next line is in the same element (it holds the story), and the body is never emptied."""
    if headline is None or len(paragraphs) < 2:
        return paragraphs
    if doc is not None and not (
        doc.marker_contains(FURNITURE_HINTS) or "data-component" in doc.text or "data-testid" in doc.text
    ):
        return paragraphs  # no class or id holds a furniture word, no element has data names
    try:
        texts = furniture_texts(headline)
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        logger.debug("furniture lookup failed", exc_info=True)
        return paragraphs
    if not texts:
        return paragraphs
    from newscrawl.attribution import find_agencies, is_credit_line
    from newscrawl.pages.body import _key

    # The paragraphs that stand outside the furniture: a video player's description that repeats
    # the lead leaves the lead, which is also a paragraph of its own after the player.
    outside = set()
    for count, element in enumerate(_following(headline)):
        if count >= MAX_FURNITURE_DISTANCE:
            break
        if element.tag == "p" and not any(_furniture(node) for node in (element, *element.iterancestors())):
            outside.add(_key(element.text_content()))
    end = 0
    holding: str | None = None
    while end < min(MAX_FURNITURE_LINES, len(paragraphs) - 1):
        line = paragraphs[end]
        key = _key(line)
        text = next((text for text in texts if key == text), None) or next(
            (text for text in texts if len(key) >= MIN_FURNITURE_KEY and key in text), None
        )
        if text is None or is_credit_line(line) or find_agencies(line) or key in outside:
            break
        holding = text
        end += 1
    following = _key(paragraphs[end]) if end else ""
    if not end or (holding is not None and following and following in holding):
        return paragraphs
    return paragraphs[end:]


# -- a lead block that holds the lead picture ------------------------------------------------------

#: The text a reader sees under an element outside its pictures' figures and captions.
_TEXT_OUTSIDE_FIGURES = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::template or ancestor::figure"
    " or ancestor::figcaption)]"
)


def without_figures(node: HtmlElement, text: str) -> str:
    """``text`` (``node``'s visible text) without what ``node``'s figures and captions hold: a
    block classed as the lead ("ArticlePage-lead") that holds the lead picture has the picture's
    caption and credit as its text, which is no lead paragraph."""
    if node.find(".//figure") is None and node.find(".//figcaption") is None:
        return text
    inside = set(node.iterancestors())
    if any(ancestor.tag in ("figure", "figcaption") for ancestor in inside):
        return text  # (a block inside a figure: left to the caller's own checks)
    return " ".join(" ".join(_TEXT_OUTSIDE_FIGURES(node)).split())


# -- a box's heading left alone ---------------------------------------------------------------------

#: Longest heading line (characters) and longest box around it (characters): a longer box is a
#: section of the story, not a donate, newsletter or author box.
MAX_BOX_HEADING_CHARS = 80
MAX_BOX_CHARS = 1500
#: Fewest letters and digits of a box's text that went (a prompt, a bio): a button's or an edit
#: link's label that went ("Edit") leaves the heading of a section whose text lies outside the box.
MIN_BOX_TEXT_KEY = 30
#: The end of a sentence: a heading has none.
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def drop_box_headings(tree: HtmlElement | None, shown: list[str], kept: list[str]) -> list[str]:
    """``kept`` (the body after its boilerplate, bio and closing lines went) without the heading of
    a box whose other text all went: a line of ``kept`` that is the text of a heading (``<h2>`` to
    ``<h6>``) whose parent element holds one of the lines of ``shown`` (the body before) that went,
    and no other line of ``kept`` ("Support local news" over a donate prompt; an author box's
    "Profile Image of <name>" over the writer's bio)."""
    if tree is None or len(kept) < 2:
        return kept
    try:
        return _drop_box_headings(tree, shown, kept)
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        logger.debug("box heading lookup failed", exc_info=True)
        return kept


def _drop_box_headings(tree: HtmlElement, shown: list[str], kept: list[str]) -> list[str]:
    from newscrawl.pages.body import _key

    still = set(kept)
    if all(line in still for line in shown):
        return kept
    short = {
        key: line
        for line in kept
        if len(line) <= MAX_BOX_HEADING_CHARS and not _SENTENCE_END.search(line) and (key := _key(line))
    }
    if not short:
        return kept
    gone: list[str] | None = None
    doomed: set[str] = set()
    for heading in tree.iter(*_HEADINGS[1:]):
        text = heading.text_content()
        if len(text) > 2 * MAX_BOX_HEADING_CHARS:
            continue
        line = short.get(_key(text))
        box = heading.getparent()
        if line is None or line in doomed or box is None:
            continue
        box_text = box.text_content()
        if len(box_text) > MAX_BOX_CHARS:
            continue
        if gone is None:
            gone = [key for line in shown if line not in still and len(key := _key(line)) >= MIN_BOX_TEXT_KEY]
        box_key = _key(box_text)
        if not any(part in box_key for part in gone):
            continue
        if any(other != line and (other_key := _key(other)) and other_key in box_key for other in kept):
            continue
        doomed.add(line)
    if not doomed or len(doomed) >= len(kept):
        return kept
    return [line for line in kept if line not in doomed]
