"""Boxes beside or inside the story that trafilatura reads as its text, found by the page's structure:
other stories' cards, the comments of the article's own section, a table's caption read as a row.

- Cards: ``<article>`` elements that do not hold the story (the story's own ``<article>`` or the
  element around its text does), each a short teaser whose title is a link to another page (an
  "Editor's picks" strip of mini cards between the story's paragraphs; a rail of ``<article>``
  cards beside a story set in a ``<div>``, whose first summary trafilatura takes for the lead),
  in the story's container (CARD_LEVELS above the element holding its text). Their lines go, and the heading of the box that holds them when nothing else is in it.
- Comments: a block classed as comments (``kommentare``, ``komentar``, ``komen``) in the
  story's section but outside the element holding its text: the run of lines that ends the body
  and lies in it (a commenter's name and timestamp, the comment) goes.
- A table's ``<caption>`` that trafilatura writes as a row of one filled cell
  ("| Specifications | |") becomes the line it is ("Specifications").
"""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

#: Longest card (characters of its text): a teaser's title, a line of summary, a time. A longer
#: ``<article>`` is a story (a live blog's entry, a post on a listing page).
MAX_CARD_CHARS = 400
#: Shortest title of a card (characters of its link's text).
MIN_CARD_TITLE_CHARS = 10
#: Fewest cards on the page: one ``<article>`` beside the story may be an embed.
MIN_CARDS = 2
#: Most of the body (share of its characters) the cards' lines may make: more, and the cards
#: are the page's content (a listing, a live blog, a round-up), not a box beside it.
MAX_CARD_SHARE = 0.5
#: How many levels above the element holding the story's text cards are looked for (a rail beside
#: the story's container; a page-wide search reads every listing on the page).
CARD_LEVELS = 3
#: Longest heading of a box of cards (characters).
MAX_BOX_HEADING_CHARS = 80
#: How many levels above the element holding the story's text its section is looked for.
SECTION_LEVELS = 3
#: Class and id parts of a comment section in the languages we meet other than English (German,
#: Indonesian, Malay, Polish, French, Spanish, Italian, Dutch): trafilatura prunes English names
#: itself, and an English "comment" also names a live ticker's entries (see ``body.COMMENT_WORDS``).
COMMENT_PARTS = frozenset(
    {"kommentar", "kommentare", "komentar", "komen", "komentarze", "commentaire", "commentaires", "comentario",
     "comentarios", "commento", "commenti", "reacties"}
)  # fmt: skip
_COMMENT_HINTS = ("ommentar", "ommentai", "omentar", "komen", "ommenti", "ommento", "eacties")
#: Elements whose class or id may name a comment block (a test in libxml2 before the split in Python).
_MAYBE_COMMENTS = etree.XPath(
    ".//*[" + " or ".join(f"contains(@class, '{hint}') or contains(@id, '{hint}')" for hint in _COMMENT_HINTS) + "]"
)
_CLASS_PARTS = re.compile(r"[\s_-]+|(?<=[a-z0-9])(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def _holds(source: str, tag: str, least: int) -> bool:
    """True when ``source`` holds ``tag`` at least ``least`` times: ``source.count(tag) >= least``,
    the scan ending at the ``least``-th (a page's source is long; its cards come early)."""
    start = 0
    for _ in range(least):
        found = source.find(tag, start)
        if found < 0:
            return False
        start = found + len(tag)
    return True


def _text(node: HtmlElement) -> str:
    return " ".join(node.text_content().split())


def drop_boxes(
    tree: HtmlElement | None, frame: HtmlElement | None, paragraphs: list[str], doc: Any = None
) -> list[str]:
    """``paragraphs`` (trafilatura's reading of the whole page) with the caption rows made lines, and
    without the lines of other stories' cards and of the comments in the story's section (see the
    module's doc). ``frame`` is the element holding the story's text (``body.holder``). ``doc``
    (the page's ``PageDocument``), when given, spares the searches on a page whose source has
    fewer than MIN_CARDS ``<article>`` tags or none of whose class and id values holds a comment
    word (most pages)."""
    if tree is None or frame is None or not paragraphs:
        return paragraphs
    try:
        paragraphs = caption_rows(tree, paragraphs)
        source = getattr(doc, "text", None)
        if not isinstance(source, str) or _holds(source, "<article", MIN_CARDS):
            paragraphs = drop_cards(tree, frame, paragraphs)
        markers = getattr(doc, "markers", None)
        if markers is not None:
            contains = getattr(doc, "marker_contains", None)  # the page's markers joined once, cached
            if contains is not None:
                if not contains(_COMMENT_HINTS):
                    return paragraphs
            else:
                marker_text = "\n".join(markers)
                if not any(hint in marker_text for hint in _COMMENT_HINTS):
                    return paragraphs
        return drop_comments_beside(frame, paragraphs)
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        logger.debug("story box lookup failed", exc_info=True)
        return paragraphs


# -- a table's caption read as a row -----------------------------------------------------------------


def caption_rows(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with each table row whose one filled cell is the text of a ``<caption>`` of the
    page written as that text ("| Specifications | |" -> "Specifications")."""
    if not any(line.startswith("|") for line in paragraphs):
        return paragraphs
    captions = {text for node in tree.iter("caption") if (text := _text(node))}
    if not captions:
        return paragraphs
    out = []
    for line in paragraphs:
        if line.startswith("|"):
            cells = [cell for cell in (part.strip() for part in line.strip().strip("|").split("|")) if cell]
            if len(cells) == 1 and " ".join(cells[0].split()) in captions:
                line = " ".join(cells[0].split())
        out.append(line)
    return out


# -- other stories' cards ----------------------------------------------------------------------------


def _card(node: HtmlElement) -> bool:
    """True when an ``<article>`` is a teaser card: short, and its title (its first text) is the
    text of a link to another page."""
    text = _text(node)
    if not text or len(text) > MAX_CARD_CHARS:
        return False
    for anchor in node.iter("a"):
        href = (anchor.get("href") or "").strip()
        title = _text(anchor)
        if not href or href.startswith(("#", "javascript:")) or len(title) < MIN_CARD_TITLE_CHARS:
            continue
        return text.startswith(title) or any(_text(h) == title for h in anchor.iter("h2", "h3", "h4", "h5", "h6"))
    return False


def drop_cards(tree: HtmlElement, frame: HtmlElement, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the lines of other stories' cards (see the module's doc)."""
    from newscrawl.pages.body import _key, paragraphs_of

    holders = {frame, *frame.iterancestors()}
    scope = frame  # the story's container: the element holding its text and CARD_LEVELS above it
    for _ in range(CARD_LEVELS):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    cards = [node for node in scope.iter("article") if node not in holders and _card(node)]
    if len(cards) < MIN_CARDS:
        return paragraphs
    outer = set(cards)
    cards = [card for card in cards if not any(a in outer for a in card.iterancestors("article"))]
    # Only the lines some card holds (cheap) are read against the cards' blocks.
    card_text = "\n".join(_key(_text(card)) for card in cards)
    keys = [_key(line) for line in paragraphs]
    if not any(key and key in card_text for key in keys):
        return paragraphs
    blocks: set[str] = set()
    for card in cards:
        lines, _ = paragraphs_of(card)
        blocks.update(key for line in lines if (key := _key(line)))
        blocks.update(key for a in card.iter("a") if (key := _key(_text(a))))
    doomed = {index for index, key in enumerate(keys) if key in blocks}
    if not doomed:
        return paragraphs
    if sum(len(paragraphs[index]) for index in doomed) > MAX_CARD_SHARE * sum(map(len, paragraphs)):
        return paragraphs
    # A line the page shows outside the cards too (the story's own lead in a card of itself) stays.
    page_text = _key(_text(tree))
    doomed = {index for index in doomed if page_text.count(key := _key(paragraphs[index])) <= card_text.count(key)}
    # The heading of a box that holds nothing but cards ("Editor's picks", "Latest business news").
    headings = set()
    for box in {card.getparent() for card in cards if card.getparent() is not None}:
        if box in holders:
            continue
        rest = _key(_text(box))
        for card in cards:
            if card.getparent() is box:
                rest = rest.replace(_key(_text(card)), "", 1)
        if rest:
            headings.add(rest)
    for index, line in enumerate(paragraphs):
        if len(line) <= MAX_BOX_HEADING_CHARS and not _SENTENCE_END.search(line) and _key(line) in headings:
            doomed.add(index)
    return [line for index, line in enumerate(paragraphs) if index not in doomed] if doomed else paragraphs


# -- comments in the story's section -----------------------------------------------------------------


def _comment_block(node: HtmlElement) -> bool:
    words = f"{node.get('class') or ''} {node.get('id') or ''}"
    return any(part.lower() in COMMENT_PARTS for part in _CLASS_PARTS.split(words) if part)


def drop_comments_beside(frame: HtmlElement, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the run at their end that lies in a comment block of the story's section
    (the nearest ``<article>`` around ``frame``, else SECTION_LEVELS up) outside ``frame``. A block
    that holds the story's longest paragraph is the story (an opinion column classed "comment")."""
    from newscrawl.pages.body import _key

    if len(paragraphs) < 2:
        return paragraphs
    section = frame
    for level, ancestor in enumerate(frame.iterancestors()):
        if ancestor.tag in ("body", "html") or level >= SECTION_LEVELS:
            break
        section = ancestor
        if ancestor.tag == "article":
            break
    if section is frame:
        return paragraphs
    holders = {frame, *frame.iterancestors()}
    longest = _key(max(paragraphs, key=len))
    boxes = []
    for node in _MAYBE_COMMENTS(section):
        if node in holders or not _comment_block(node):
            continue
        if any(a in boxes for a in node.iterancestors()):
            continue
        key = _key(_text(node))
        if key and longest not in key and frame not in node.iterancestors():
            boxes.append(node)
    if not boxes:
        return paragraphs
    keys = [_key(_text(box)) for box in boxes]
    end = len(paragraphs)
    while end > 1 and (key := _key(paragraphs[end - 1])) and any(key in box for box in keys):
        end -= 1
    return paragraphs[:end]


__all__: list[Any] = ["caption_rows", "drop_boxes", "drop_cards", "drop_comments_beside"]
