"""Where a ``<time>`` stands against the article's headline: in a rail of teasers above it (another
story's date), or labelled as the publication in the article's own footer (the article's date); and
which ``<aside>`` is the article's own box of facts (its date, section, source) rather than a sidebar.

Read by ``ArticlePage._fallback_published`` when no stamp and no date line gave the date, and by the
date line search (``facts_aside``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from newscrawl.pages.document import text_of

#: Fewest characters and words of a link's text taken for another story's headline (a teaser), not a
#: section or author link ("Politik", "Jana Ulm").
MIN_TEASER_LINK_CHARS = 20
MIN_TEASER_LINK_WORDS = 4
#: Most characters read before a ``<time>`` for its label ("Publié le", "Published on").
MAX_LABEL_CHARS = 40
#: Fewest teaser links, each with a ``<time>`` of its own, that make a rail of teasers (a meta block
#: with one topic link and the story's published and updated times is the article's own header).
MIN_RAIL_TEASERS = 2
#: Class-word parts that name an ``<aside>`` the article's own facts ("meta", "blogData",
#: "article-info"), read as split at dashes, underscores and camel case.
FACT_BOX_PARTS = frozenset({"meta", "metadata", "data", "info", "details", "facts"})
_CLASS_PARTS = re.compile(r"[-_\s]+|(?<=[a-z0-9])(?=[A-Z])")


def _branches(node: HtmlElement, headline: HtmlElement) -> tuple[HtmlElement, HtmlElement, HtmlElement] | None:
    """The lowest element holding both ``node`` and ``headline``, and its two children on their paths."""
    around = {id(ancestor): ancestor for ancestor in headline.iterancestors()}
    child = node
    for ancestor in node.iterancestors():
        if id(ancestor) in around:
            lower = headline
            for step in headline.iterancestors():
                if step is ancestor:
                    return ancestor, child, lower
                lower = step
            return None
        child = ancestor
    return None


def _teaser_links(block: HtmlElement, headline_text: str) -> Iterator[HtmlElement]:
    for link in block.iter("a"):
        text = text_of(link)
        if len(text) >= MIN_TEASER_LINK_CHARS and len(text.split()) >= MIN_TEASER_LINK_WORDS and text != headline_text:
            yield link


def in_rail_above(node: HtmlElement, headline: HtmlElement | None) -> bool:
    """True for a ``<time>`` above the headline in a block that links to another story (a teaser's
    headline of ``MIN_TEASER_LINK_CHARS`` and ``MIN_TEASER_LINK_WORDS`` or more), when that block
    lies outside the ``<article>`` that holds the headline or holds ``MIN_RAIL_TEASERS`` teaser links
    or more, each with its own ``<time>`` (a rail of teasers: "À la une", "Top stories"). A date in
    the article's own header (a topic link, the published and updated times) is neither."""
    if headline is None:
        return False
    found = _branches(node, headline)
    if found is None:
        return False
    common, branch, headline_branch = found
    if common.index(branch) > common.index(headline_branch):
        return False  # after the headline
    if next(_teaser_links(branch, text_of(headline)), None) is None:
        return False
    article = next(headline.iterancestors("article"), None)
    if article is not None and article not in set(node.iterancestors()):
        return True
    return _dated_teasers(branch, text_of(headline)) >= MIN_RAIL_TEASERS


def facts_aside(node: HtmlElement, headline_text: str) -> bool:
    """True for an ``<aside>`` that is the article's own box of facts, not a sidebar: its class names
    facts (``FACT_BOX_PARTS``: ``<aside class="meta">``, ``<aside class="blogData">`` holding
    "Datum 12.01.2017") and it links to no other story (a teaser's headline: a rail's dates are
    other stories')."""
    parts = {part.lower() for part in _CLASS_PARTS.split(node.get("class") or "") if part}
    if FACT_BOX_PARTS.isdisjoint(parts):
        return False
    return next(_teaser_links(node, headline_text), None) is None


#: Labels of a facts box's date that make it the article's ("Datum", "Veröffentlicht", "Published",
#: "Diterbitkan"), not an event's ("Termin", "When"). Read up to the date's own text.
_FACTS_DATE_LABEL = re.compile(
    r"\b(?:datum|date|dated|published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|diterbitkan|"
    r"dipublikasikan|terbit|tanggal|fecha|gepubliceerd|opublikowano|publicerad|publiceret|publisert|julkaistu|"
    r"yayınlanma)\b",
    re.IGNORECASE,
)


def facts_date(aside: HtmlElement, dated: HtmlElement) -> bool:
    """True when the date ``dated`` in a box of facts ``aside`` is the article's: a ``<time>`` element's
    (or in one, or holding one), or after a publication label in the box ("<dt>Datum</dt><dd>12.01.2022"),
    not an event's ("<strong>Termin</strong><br>Samstag, 14. November 2026, 16 Uhr")."""
    if (
        dated.tag == "time"
        or next(dated.iterancestors("time"), None) is not None
        or next(dated.iter("time"), None) is not None
    ):
        return True
    shown, own = text_of(aside), text_of(dated)
    at = shown.find(own) if own else -1
    return _FACTS_DATE_LABEL.search(shown[: at + len(own)] if at >= 0 else shown) is not None


#: How far up from a date's element a teaser's link is looked for (the date's span, the teaser's
#: content block, the teaser).
MAX_TEASER_DATE_DEPTH = 3


def _elsewhere(link: HtmlElement, url: str | None) -> bool:
    """True for a link to another page (not "#comments", not the page's own path)."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    if not url:
        return True
    return urlsplit(urljoin(url, href)).path.rstrip("/") != urlsplit(url).path.rstrip("/")


#: Elements a link may sit in inside a line of text.
_INLINE_TAGS = frozenset({"span", "b", "strong", "em", "i", "small", "u", "mark", "font", "sup", "sub"})
#: A block this long (characters) around a link, three times the link's text or more, is a sentence
#: of running text, not a teaser's headline.
MIN_RUNNING_TEXT_CHARS = 150


def _in_running_text(link: HtmlElement) -> bool:
    """True for a link inside a sentence of the text ("... um das <a>Zehnfache</a> gestiegen ..."): the
    block around it is long and the link a small part of it."""
    block = next((node for node in link.iterancestors() if node.tag not in _INLINE_TAGS), None)
    if block is None:
        return False
    around = len(text_of(block))
    return around >= MIN_RUNNING_TEXT_CHARS and around >= 3 * len(text_of(link))


def beside_teaser_link(
    node: HtmlElement, headline: HtmlElement | None, frame: frozenset[Any] = frozenset(), url: str | None = None
) -> bool:
    """True for an element showing a date next to a link to another story: the innermost block
    around it (``MAX_TEASER_DATE_DEPTH`` levels up at most) that holds a teaser's headline link
    (``_teaser_links``) and neither the page's headline nor the article's text (``frame``: its
    element and their ancestors) ("<span class=newsitem-time>29.11.2022</span>" beside "<a>Die
    Rückkehr des Preisprotestes</a>" in a menu's news list). A link in a sentence of running text is
    no teaser's (``_in_running_text``)."""
    if headline is None:
        return False  # no headline found: nothing tells the page's own block from another story's
    headline_text = text_of(headline)
    for depth, ancestor in enumerate((node, *node.iterancestors())):
        if depth > MAX_TEASER_DATE_DEPTH or ancestor.tag in ("body", "html") or ancestor in frame:
            return False
        if ancestor is headline or headline in set(ancestor.iterdescendants()):
            return False
        if any(_elsewhere(link, url) and not _in_running_text(link) for link in _teaser_links(ancestor, headline_text)):
            # (a link within the page, "Es gibt schon 9 Kommentare": no other story)
            # The page's own teaser in the list ("Recent posts": its headline linked) dates the page.
            return not any(text_of(link) == headline_text for link in ancestor.iter("a"))
    return False


def _dated_teasers(branch: HtmlElement, headline_text: str) -> int:
    """How many teaser links in ``branch`` have a ``<time>`` of their own: the time's lowest
    ancestor (in ``branch``) that holds a teaser link holds that one link only."""
    links = list(_teaser_links(branch, headline_text))
    if len(links) < MIN_RAIL_TEASERS:
        return 0
    dated: set[int] = set()
    for time in branch.iter("time"):
        for ancestor in (time, *time.iterancestors()):
            held = [link for link in links if link is ancestor or ancestor in set(link.iterancestors())]
            if held:
                if len(held) == 1:
                    dated.add(id(held[0]))
                break
            if ancestor is branch:
                break
    return len(dated)


def label_before(node: HtmlElement) -> str:
    """The text shown just before ``node`` in its parent (its label: "Publié le <time>")."""
    previous = node.getprevious()
    parent = node.getparent()
    text = (previous.tail if previous is not None else parent.text if parent is not None else None) or ""
    return " ".join(text.split())[-MAX_LABEL_CHARS:]


def labelled_in_article(node: HtmlElement, headline: HtmlElement | None, label: re.Pattern[str]) -> bool:
    """True for a ``<time>`` inside the ``<article>`` that holds the headline whose label says it is
    the publication ("Publié le <time>" in the article's footer)."""
    if headline is None:
        return False
    article = next(headline.iterancestors("article"), None)
    if article is None or article not in set(node.iterancestors()):
        return False
    return bool(label.search(label_before(node)))
