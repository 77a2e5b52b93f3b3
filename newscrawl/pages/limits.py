"""Bounds on what one page may cost, and the test that a page's text is language at all.

A news page needs little: of 2,042 real pages (../shared/data: the trafilatura and htmldate
evaluations, the Readability test pages) the largest has 10,112 elements and the 99th centile
3,109. A hostile or broken page (20 MB of paragraphs, 21 MB of links) is cut to what a news page
can need before the costly steps, so extraction stays linear in the page and bounded, and the
crawl never stalls on one page; the cut is logged.
"""

from __future__ import annotations

import logging
import re

from lxml.html import HtmlElement

from newscrawl.items import UNSPACED_SCRIPTS

logger = logging.getLogger(__name__)

#: Most elements of a page read: twice the largest of 2,042 real pages (10,112). trafilatura's
#: cost grows faster than the page past some thousands (16k paragraphs 19 s, 30k 58 s on the
#: loaded test machine), so the cap is kept near what real pages need.
MAX_ELEMENTS = 20_000
#: Most paragraphs of a body: a long-read has a few hundred.
MAX_PARAGRAPHS = 2_000
#: Scripts kept after the cut: structured data and a framework's page state (read for the body).
_KEPT_SCRIPT_IDS = {"__NEXT_DATA__", "__NUXT_DATA__"}


def _kept(node: HtmlElement) -> bool:
    return node.tag == "script" and (
        (node.get("type") or "").strip().lower() == "application/ld+json" or node.get("id") in _KEPT_SCRIPT_IDS
    )


def cut_tree(tree: HtmlElement | None, url: str = "") -> bool:
    """Cut ``tree`` in place after its ``MAX_ELEMENTS``-th element (in document order), keeping
    the JSON-LD and page-state scripts that follow it. True when the page was cut."""
    if tree is None:
        return False
    last = None
    for count, node in enumerate(tree.iter(), 1):
        if count > MAX_ELEMENTS:
            last = node
            break
    if last is None:
        return False
    node = last
    while node is not None:
        following = node.getnext()
        while following is not None:
            after = following.getnext()
            if not _kept(following):
                _drop(following)
            following = after
        node = node.getparent()
    _drop(last)
    logger.warning("page cut: %s has more than %d elements; read up to there", url, MAX_ELEMENTS)
    return True


def _drop(node: HtmlElement) -> None:
    """``node`` out of the tree, its tail text with it (the tail follows the cut too)."""
    parent = node.getparent()
    if parent is not None:
        parent.remove(node)


def cap_paragraphs(paragraphs: list[str], url: str = "") -> list[str]:
    """``paragraphs`` cut to ``MAX_PARAGRAPHS`` (logged)."""
    if len(paragraphs) <= MAX_PARAGRAPHS:
        return paragraphs
    logger.warning("body cut: %s has %d paragraphs; kept %d", url, len(paragraphs), MAX_PARAGRAPHS)
    return paragraphs[:MAX_PARAGRAPHS]


#: A word as written: letters and combining marks (Devanagari's and Tamil's vowel signs are
#: marks; inner hyphens, apostrophes, dots: "e-mail", "don't", "U.S."), or a number ("3.5",
#: "12:30", "2025-10-07"), with punctuation around it ("(hello),", "«Oui»").
_LETTERS = r"(?:[^\W\d_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0f00-\u0fff])+"
_WORD = re.compile(rf"[\W_]*(?:{_LETTERS}(?:[-'’.]{_LETTERS})*\.?|\d+(?:[.,:/-]\d+)*%?)[\W_]*")
#: Longest token counted as a word (German compounds reach 30-40 letters).
MAX_WORD_CHARS = 40
#: Least share of a text's characters in word-shaped tokens for it to be language. Real bodies
#: have 0.85 and more (URLs, "US$5", "COVID-19" are the rest); random bytes read as cp1252 about 0.02.
MIN_WORD_SHARE = 0.5
#: Characters of a text looked at (its start: enough to tell, bounded cost).
_SAMPLE_CHARS = 20_000


def is_not_text(text: str | None) -> bool:
    """True when ``text`` is not written language: most of it is no word (binary data read as
    text, base64, replacement characters). Scripts written without spaces count as words, and
    tokens of punctuation alone are left out."""
    if not text:
        return False
    sample = text[:_SAMPLE_CHARS]
    for pattern, _ in UNSPACED_SCRIPTS:
        sample = pattern.sub(" ", sample)
    tokens = [token for token in sample.split() if any(ch.isalnum() for ch in token)]
    total = sum(map(len, tokens))
    if total < 200:
        return False
    words = sum(len(token) for token in tokens if len(token) <= MAX_WORD_CHARS and _WORD.fullmatch(token))
    return words < MIN_WORD_SHARE * total
