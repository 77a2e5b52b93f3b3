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

from newscrawl.items import CJK_PUNCTUATION, UNSPACED_SCRIPTS, has_unspaced

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


def cut_tree(tree: HtmlElement | None, url: str = "", source: str | None = None) -> bool:
    """Cut ``tree`` in place after its ``MAX_ELEMENTS``-th element (in document order), keeping
    the JSON-LD and page-state scripts that follow it. True when the page was cut.

    ``source``, the text ``tree`` was parsed from, spares the count of the elements (0.15 ms a
    page) when it is too short to hold that many: the parser makes an element of a tag, each
    written with a "<", and adds at most one of its own (``<html>``, ``<body>``, a ``<p>``
    around loose text) before each tag, and a few at the start.
    """
    if tree is None or (source is not None and 2 * source.count("<") + 4 <= MAX_ELEMENTS):
        return False
    if tree.xpath("count(//*)") <= MAX_ELEMENTS:
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


#: Letters and digits, with the combining marks of scripts that write vowels as marks
#: (Devanagari, Tamil, Arabic, Hebrew: Python's ``\w`` leaves the marks out).
_MARKS = r"\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0f00-\u0fff"
_NOT_LETTER = re.compile(rf"[^\w\s{_MARKS}]+|_+")
#: Least share of letters, digits and marks among a text's non-space characters for it to be
#: language: real bodies have 0.9 and more, random bytes read as cp1252 about 0.6.
MIN_LETTER_SHARE = 0.75
#: Most characters a token has on average in written language (German, Finnish: under 10);
#: base64 and binary data run to dozens or thousands.
MAX_MEAN_TOKEN_CHARS = 20
_PUNCTUATION_TOKEN = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
#: A number as price tables, market reports and results print it ("$67,245.12", "(+3.45%)",
#: "$1.32T", "1:32:45.123", "2-1"): its signs, separators and brackets count as digits.
_NUMBER_TOKEN = re.compile(
    r"[(\[]?[-+\u2212\u00b1~]?[$\u20ac\u00a3\u00a5\u20b9\u20a9\u20bd]?[-+\u2212]?\d[\d.,:/'\u2019%\u2030-]*"
    r"(?:[KMBTkmbt]|bn|mn)?[)\]]?[.,;:]?"
)
#: Characters of a text looked at (its start: enough to tell, bounded cost).
_SAMPLE_CHARS = 2_000


def is_not_text(text: str | None) -> bool:
    """True when ``text`` is not written language: few letters among its characters, or tokens
    far longer than words (binary data read as text, base64). Scripts written without spaces
    and their punctuation are left out of the count; numbers count as letters, signs and all."""
    if not text:
        return False
    sample = text[:_SAMPLE_CHARS]
    if has_unspaced(sample):
        for pattern, _ in UNSPACED_SCRIPTS:
            sample = CJK_PUNCTUATION.sub(" ", pattern.sub(" ", sample))
    tokens = _PUNCTUATION_TOKEN.sub(" ", sample).split()  # table rules ("|"), dashes, bullets
    chars = sum(map(len, tokens))
    if chars < 200:
        return False
    # A token of letters and digits alone has no other character: only the rest are looked at.
    others = sum(
        len(token) - len(_NOT_LETTER.sub("", token))
        for token in tokens
        if not token.isalnum() and not _NUMBER_TOKEN.fullmatch(token)
    )
    return others > (1 - MIN_LETTER_SHARE) * chars or chars > MAX_MEAN_TOKEN_CHARS * len(tokens)
