"""The page's furniture that trafilatura takes with the story: the header's lines before it (byline,
date line, kicker) and pull quotes that repeat one of its sentences. Read on the page's structure
(the element holding the story, the date lines the date methods read, the page's writers), not on
words.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from lxml.html import HtmlElement

from newscrawl.attribution import find_agencies, is_credit_line
from newscrawl.intl_credits import strip_intl_label
from newscrawl.pages.body import MIN_LEAD_CHARS
from newscrawl.pages.body import _key as body_key
from newscrawl.pages.cleaning import role_phrase

logger = logging.getLogger(__name__)

_KEY_JUNK = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return body_key(text)  # ``_KEY_JUNK`` removed, faster on ASCII text


# -- the header: the lines between the headline and the story -----------------------------------


#: Labels before a byline's names ("By Jane Doe"), as letters only.
_BYLINE_LABELS = ("by", "von", "oleh", "par", "por", "door", "di", "da", "av", "af")


def _byline(line: str, authors: Iterable[str]) -> bool:
    """True when ``line`` opens with one of ``authors`` (after a label such as "By"): the byline,
    with at most a role or the paper after the names ("Jane Doe, Staff Writer")."""
    key = _key(line)
    for label in _BYLINE_LABELS:
        if key.startswith(label) and any(key[len(label) :].startswith(_key(a)) for a in authors if _key(a)):
            return True
    unlabelled = _key(strip_intl_label(line))  # other languages' labels: "Texto e fotos:" (intl_credits)
    return any(key.startswith(name) or unlabelled.startswith(name) for name in map(_key, authors) if len(name) >= 4)


#: Elements that hold a story's blocks (not a list, a table or a paragraph of it).
_CONTAINERS = frozenset({"div", "section", "article", "main", "td", "span", "font", "center", "body"})


def story_container(node: HtmlElement | None) -> bool:
    """True when ``node`` (the element holding the story's text, ``body.holder``) is a container of
    blocks, not one of its lists, tables or paragraphs."""
    return node is not None and node.tag in _CONTAINERS


#: Least share of the body's text (letters and digits) the story's element must hold for the lines
#: outside it to be its header's.
MIN_FRAME_SHARE = 0.6


def drop_header_lines(
    paragraphs: list[str],
    frame: str | Callable[[], str | None] | None,
    date_texts: Iterable[str],
    authors: Iterable[str],
    headline: str = "",
) -> list[str]:
    """``paragraphs`` without the header's lines before the story: its opening lines shorter than a
    lead (``body.MIN_LEAD_CHARS``) that lie outside the element holding the story (``frame``: its
    text's key, see ``body.frame_key``, or a function that gives it; None: not known; not trusted
    when it holds less than MIN_FRAME_SHARE of the body's text), or that are a date line the date
    methods read under the headline (``date_texts``) or the byline of the page's ``authors``. A
    line that is the ``headline`` (its ``_key``) stays.

    The header's headline, kicker, byline, date line and a one-line subtitle sit beside the story's
    element, not in it; a lead paragraph (longer), a table row and a credit line that names an
    agency (read by attribution) stay. The walk ends at the first line as long as a lead.
    """
    dates = {_key(text) for text in date_texts if text}
    dates.discard("")
    opening = 0
    while opening < len(paragraphs) and (
        len(paragraphs[opening]) < MIN_LEAD_CHARS or _dates_only(paragraphs[opening], dates)
    ):
        opening += 1
    if not opening or opening == len(paragraphs):
        return paragraphs
    writers = [name for name in authors if name]
    if callable(frame):
        frame = frame()  # read only when the body opens with short lines
    if frame is not None:
        keys = [_key(line) for line in paragraphs]
        held = sum(len(key) for key in keys if key in frame)
        if held < MIN_FRAME_SHARE * sum(map(len, keys)):
            frame = None  # not the story's element: a list or a paragraph of it, one post of a thread
    doomed: set[int] = set()
    for index, line in enumerate(paragraphs):
        if index >= opening or line.startswith("|"):
            break
        key = _key(line)
        if not key or key == headline or is_credit_line(line) or find_agencies(line):
            continue  # (the headline is left to the body's headline check: a line after it may repeat it)
        outside = frame is not None and key not in frame
        if outside or key in dates or _dates_only(line, dates) or (writers and _byline(line, writers)):
            doomed.add(index)
        elif _role_under_byline(index, paragraphs, doomed, writers):
            doomed.add(index)
    if not doomed or len(doomed) == len(paragraphs):
        return paragraphs
    return [line for index, line in enumerate(paragraphs) if index not in doomed]


def _role_under_byline(index: int, paragraphs: list[str], doomed: set[int], writers: list[str]) -> bool:
    """True when line ``index`` is the writer's role alone ("Courier health reporter") on the line
    under the byline just dropped ("By Jana Ulm"): the byline's second line. One writer's role is
    singular: "Police officers" under "By Jana Ulm" is a subhead."""
    if not index or index - 1 not in doomed or not writers or not _byline(paragraphs[index - 1], writers):
        return False
    return role_phrase(paragraphs[index].strip(" .,;:|-–—"), plural=len(writers) > 1)


def _dates_only(line: str, dates: set[str]) -> bool:
    """True when ``line`` is two or more of the date lines the date methods read (``dates``, keys)
    set in one line with separators between them ("Updated: Nov 26, 2026, 11:05 PM IST | First
    published: Nov 26, 2026, 06:30 PM IST"): a stamp line, however long."""
    if len(dates) < 2:
        return False
    key = _key(line)
    found = 0
    for date in sorted(dates, key=len, reverse=True):
        if date in key:
            key = key.replace(date, "", 1)
            found += 1
    return found >= 2 and not key


# -- pull quotes: a sentence of the story set again in large type -------------------------------

#: Shortest pull quote (letters and digits): a shorter quote ("No.") repeats words, not a sentence.
MIN_PULL_QUOTE_KEY = 20
#: Class words of a pull quote's element ("pull-quote", "pullquote", "pq", "pullout").
_PULL_QUOTE_CLASS = re.compile(r"pull-?quote|pull-?out|(?:^|[\s_-])pq(?:$|[\s_-])", re.IGNORECASE)


#: Longest pull quote (characters): a longer aside is a box of its own.
MAX_PULL_QUOTE_CHARS = 600


#: Words one of which a pull quote's class holds (see ``_PULL_QUOTE_CLASS``).
_PULL_QUOTE_HINTS = ("pull", "Pull", "pq")


def _quote_keys(
    tree: HtmlElement, markers: frozenset[str] | None, contains: Callable[[tuple[str, ...]], bool] | None = None
) -> dict[str, str | None]:
    """The keys of the page's quote elements' texts, each with its speaker's key (a ``<cite>``'s)."""
    nodes = list(tree.iter("blockquote", "aside"))
    if not markers:
        hinted = False
    elif contains is not None:
        hinted = contains(_PULL_QUOTE_HINTS)  # the page's markers joined once, for every such search
    else:
        joined = " ".join(markers)  # one search, not three a class value
        hinted = any(hint in joined for hint in _PULL_QUOTE_HINTS)
    classes = [m[1:] for m in markers if m[:1] == "." and _PULL_QUOTE_CLASS.search(m[1:])] if hinted else []
    if markers is None:
        nodes += [node for node in tree.iter() if _PULL_QUOTE_CLASS.search(node.get("class") or "")]
    elif classes:
        tests = " or ".join(
            f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in classes if "'" not in c
        )
        nodes += tree.xpath(f"//*[{tests}]") if tests else []
    keys: dict[str, str | None] = {}
    for node in nodes:
        text = node.text_content()
        if len(text) > MAX_PULL_QUOTE_CHARS:
            continue
        key = _key(text)
        if len(key) >= MIN_PULL_QUOTE_KEY:
            keys.setdefault(key, None)
        # A quote signed by its speaker in a <cite> or <footer> (WordPress's wp-block-pullquote):
        # the body reads the quote and the speaker as two lines.
        signed = node.find(".//cite")
        if signed is None:
            signed = node.find(".//footer")
        if signed is not None and (cite := _key(signed.text_content())):
            quote = key.replace(cite, "", 1) if key.endswith(cite) else ""
            if len(quote) >= MIN_PULL_QUOTE_KEY:
                keys[quote] = cite
    return keys


def drop_pull_quotes(
    tree: HtmlElement | None,
    paragraphs: list[str],
    markers: frozenset[str] | None = None,
    contains: Callable[[tuple[str, ...]], bool] | None = None,
) -> list[str]:
    """``paragraphs`` without pull quotes: a line that is the whole text of a ``<blockquote>``, an
    ``<aside>`` or an element classed as a pull quote, and that another line of the body holds
    (the sentence the quote repeats). Of two equal lines, one stays. The speaker's line of such a
    quote (its ``<cite>``), right after it, goes with it. ``markers`` (the page's class
    and id values, ``PageDocument.markers``) spare the search for pull-quote classes on a page
    that has none; ``contains`` (``PageDocument.marker_contains``) looks for their words in the
    markers joined once a page, not again here (0.1-0.2 ms a page)."""
    if tree is None or len(paragraphs) < 2:
        return paragraphs
    try:
        quotes = _quote_keys(tree, markers, contains)
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        logger.debug("pull quote lookup failed", exc_info=True)
        return paragraphs
    if not quotes:
        return paragraphs
    keys = [_key(line) for line in paragraphs]
    doomed: set[int] = set()
    for index, key in enumerate(keys):
        if key in quotes and any(
            other != index and other not in doomed and key in keys[other] for other in range(len(keys))
        ):
            doomed.add(index)
            cite = quotes[key]
            if cite and index + 1 < len(keys) and keys[index + 1] == cite:
                doomed.add(index + 1)
    return [line for index, line in enumerate(paragraphs) if index not in doomed] if doomed else paragraphs
