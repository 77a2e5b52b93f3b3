"""The article's paragraphs: from a known content element, a REST fragment, or trafilatura.

When a family knows where its themes put the text (``.entry-content``, ``.post-body``)
or the spider has the REST post, the paragraphs are read straight from that element
with widgets pruned: fast, and every ``<p>`` stays a paragraph. Otherwise trafilatura
finds the main text in a copy of the tree already parsed (ours stays whole for the
other fields), rid of hidden elements: its default run trimmed by its precision run,
both from one cleaned and converted copy of the page.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree, html
from lxml.html import HtmlElement

from newscrawl.attribution import is_credit_line
from newscrawl.pages import story_edges
from newscrawl.pages.byline_forms import marks_byline, own_reporter_credit
from newscrawl.pages.cleaning import (
    MAX_CAPTION_CHARS,
    MAX_INSERT_CHARS,
    is_boilerplate_line,
    is_caption,
    is_widget_label,
    person_shaped,
    role_phrase,
)
from newscrawl.pages.document import css, taken_out
from newscrawl.pages.script_lines import below_floor
from newscrawl.pages.story_blocks import baseline_adds_story, cut_share_box, nested_layout_tables, summary_box
from newscrawl.pages.trafilatura_steps import (
    ReadablePage,
    basic_cleaned_tags,
    compare_extraction,
    extract_content,
    html2txt_length,
    justext_rescue,
    matchers_for,
    page_markers,
    prepare_tree,
    story_beside_picture,
)

logger = logging.getLogger(__name__)

BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "tr", "caption", "address"}
)
CONTAINER_TAGS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "dl",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "center",
        "header",
        "details",
        "summary",
        "body",
        "html",
        "span",
        "font",
        "b",
        "i",
        "em",
        "strong",
    }
)
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "video",
        "audio",
        "nav",
        "aside",
        "footer",
        "figure",
        "figcaption",
        "img",
        "picture",
        "source",
        "ins",
        "label",
        "menu",
        "head",
        "title",
        "meta",
        "link",
    }
)

#: Class / id words of widgets inside article text: share bars, related posts, ads, subscribe boxes.
WIDGET_MARKERS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharedaddy|social|subscribe|subscription|newsletter|related|relatedposts|"
    r"jp-relatedposts|yarpp|crp_related|advert|advertisement|ads|ad|adsbygoogle|adslot|dfp|iklan|comments?|"
    r"baca-?juga|bacajuga|also-?read|read-?also|readmore|read-more|promo|sponsored|author-?box|about-author|"
    r"tags?-?links|post-?tags|entry-?tags|screen-reader-text|sr-only|wp-block-buttons|post-navigation|"
    r"nav-links|inline-related|related-inline|outbrain|taboola|donate|paywall-prompt|signup)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _is_hidden(node: HtmlElement) -> bool:
    style = node.get("style")
    return node.get("hidden") is not None or bool(style and _HIDDEN_STYLE.search(style))


# The attributes, not the elements: libxml2 reads them faster than it tests every element.
_MAYBE_HIDDEN = etree.XPath(
    "//body/descendant::*/@hidden | //body/descendant::*/@style[contains(., 'none') or contains(., 'hidden')]",
    smart_strings=True,
)


def hidden_nodes(root: HtmlElement) -> list[HtmlElement]:
    """Elements a reader never sees: the ``hidden`` attribute, inline ``display:none`` or ``visibility:hidden``."""
    maybe = dict.fromkeys(value.getparent() for value in _MAYBE_HIDDEN(root))
    return [node for node in maybe if _is_hidden(node)]


#: Classes of the blockquote an embedded post is written as before the platform's script replaces it,
#: whose text is the widget's own ("View this post on Instagram", "A post shared by ...", a TikTok's
#: "♬ original sound"). Not a tweet's ("twitter-tweet"): its text and its "— Name (@handle) date"
#: line are a quote the story gives, which the three evaluation sets' gold keep (7 pages).
WIDGET_EMBEDS = frozenset({"instagram-media", "tiktok-embed"})
_EMBED_HINT = re.compile(r"instagram-media|tiktok-embed")


def _widget_embed(node: HtmlElement) -> bool:
    classes = node.get("class")
    return node.tag == "blockquote" and bool(classes) and not WIDGET_EMBEDS.isdisjoint(classes.split())


def embedded_posts(root: HtmlElement) -> list[HtmlElement]:
    """The embedded posts of ``WIDGET_EMBEDS`` under ``root`` (blockquotes only: a theme may give
    the post's own container such a class)."""
    return [node for node in root.iter("blockquote") if _widget_embed(node)]


#: A list item's counter in an element of its own ("<span class=num>1</span>", "<b>2.</b>", "Step 3").
_STEP_COUNTER = re.compile(r"(?i:(?:step|langkah|schritt|étape|paso|passo)\s*)?(\d{1,3})[.):]?")
#: How deep under a list item its counter may sit (``<li><div class=step><span>1</span>...``).
MAX_COUNTER_DEPTH = 2


#: Class words of a counter's element ("step__num", "rank", "list-index").
_COUNTER_CLASS = re.compile(r"num|count|step|rank|index", re.IGNORECASE)
#: A unit or a measure opening the text after a number: a quantity ("1 cup of flour", "2 kg"), no counter.
_MEASURE_WORD = re.compile(
    r"(?i:cups?|tbsp|tsp|tablespoons?|teaspoons?|g|gr|grams?|kg|kilos?|kilograms?|mg|ml|l|litres?|liters?|"
    r"oz|ounces?|lbs?|pounds?|pints?|quarts?|gallons?|cloves?|pinch(?:es)?|slices?|pieces?|pcs|cans?|"
    r"packs?|packets?|sdm|sdt|gelas|buah|butir|siung|lembar|batang|ons|cm|mm|m|km|inch(?:es)?|"
    r"large|medium|small|whole|x)\b"
)


def _counter(item: HtmlElement, ordered: bool) -> tuple[HtmlElement, int] | None:
    """The element that opens ``item`` holding only a number (its counter) and the number, when
    text follows it in the item and the number is a counter's: the list is ``ordered`` (an
    ``<ol>``), the element's class names a counter (``_COUNTER_CLASS``), the number ends in "." or
    ")" or follows "Step"; and no unit or measure opens the text after it (``_MEASURE_WORD``). Else None."""
    node = item
    for _ in range(MAX_COUNTER_DEPTH):
        if (node.text or "").strip():
            return None
        first = next((child for child in node if isinstance(child.tag, str)), None)
        if first is None:
            return None
        shown = " ".join(first.text_content().split())
        match = _STEP_COUNTER.fullmatch(shown)
        if match:
            following = " ".join(
                [(first.tail or "").strip()]
                + [sibling.text_content().strip() for sibling in first.itersiblings() if isinstance(sibling.tag, str)]
            ).strip()
            marked = (
                ordered
                or shown.endswith((".", ")"))
                or not shown[0].isdigit()
                or any(_COUNTER_CLASS.search(n.get("class") or "") for n in (first, *first.iterdescendants()))
            )
            if not following or not marked or _MEASURE_WORD.match(following):
                return None
            return first, int(match.group(1))
        node = first
    return None


def step_counters(root: HtmlElement) -> list[HtmlElement]:
    """The counters of numbered lists under ``root``: each item of a list of two or more opens with
    an element holding only its number, 1, 2, 3 ... in order (or from the ``<ol start>``), before
    its text ("<li><span class=num>1</span><span>Log in</span></li>"). They are the list's
    numbering, drawn by the page, not the item's text (read with it, "1Log in"); a quantity that
    opens an item ("<b>3</b> eggs") does not count up with the items, and one that does
    ("<span class=qty>1</span> cup of flour" in a ``<ul>``) is no counter by ``_counter``'s tests."""
    found: list[HtmlElement] = []
    for listing in root.iter("ol", "ul"):
        items = [child for child in listing if child.tag == "li"]
        if len(items) < 2:
            continue
        start = listing.get("start", "1").strip()
        number = int(start) if start.isdigit() else 1
        counters = []
        for item in items:
            counter = _counter(item, listing.tag == "ol")
            if counter is None or counter[1] != number:
                break
            counters.append(counter[0])
            number += 1
        else:
            found.extend(counters)
    return found


#: Class or id words of a newsletter's or a subscription's sign-up box.
_SIGNUP_MARKER = re.compile(
    r"(?:^|[\s_-])(?:subscribe|subscription|newsletter|newsletters|signup|sign-up|optin|opt-in)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SIGNUP_HINT = re.compile(r"(?i:subscri|newsletter|sign-?up|opt-?in)")
#: Most characters of a sign-up box (its heading, its pitch, its button); more is a story's.
MAX_SIGNUP_BOX_CHARS = 300
#: How many elements up from its form control a sign-up box's marked element is looked for.
MAX_SIGNUP_DEPTH = 4
#: Most characters of a sign-up box's text outside its form that holds no pitch's word (a heading
#: and a line: "The Tide Table: one email every Friday."); more may be a story's paragraph.
MAX_PLAIN_SIGNUP_CHARS = 100
#: A sign-up pitch's words.
_SIGNUP_PITCH = re.compile(
    r"(?i:sign\s*-?\s*up|subscri|newsletter|inbox|e-?mail|daftar|langganan|abonn|anmeld|suscr|iscriv)"
)
_FORM_TAGS = frozenset({"form", "button", "select", "textarea", "label"})


def _text_outside_form(node: HtmlElement) -> str:
    """The text of ``node`` outside its form controls (``_FORM_TAGS``), spaces made single."""
    parts: list[str] = []

    def walk(element: HtmlElement) -> None:
        if element.tag in _FORM_TAGS:
            return
        parts.append(element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")

    walk(node)
    return " ".join(" ".join(parts).split())


def signup_boxes(page: HtmlElement, marker_text: str | None = None) -> list[HtmlElement]:
    """The sign-up boxes under ``page``: an element whose class or id names a newsletter or a
    subscription (``_SIGNUP_MARKER``) around a form control (``<form>``, ``<input>``, ``<button>``)
    within MAX_SIGNUP_DEPTH levels, of at most MAX_SIGNUP_BOX_CHARS characters: its heading, its
    pitch ("Our free newsletter lands every weekday at 7 am.") and its form, none of it the story's.
    Its text outside the form must be a pitch (``_SIGNUP_PITCH``'s words) or at most
    MAX_PLAIN_SIGNUP_CHARS long: a story's paragraph in a box so marked stays.
    ``marker_text`` (the page's class and id words, when known) spares the search on a page with
    no such word."""
    if marker_text is not None and not _SIGNUP_HINT.search(marker_text):
        return []
    found: list[HtmlElement] = []
    for control in page.iter("form", "input", "button"):
        for depth, node in enumerate(control.iterancestors()):
            if depth >= MAX_SIGNUP_DEPTH or node.tag in ("body", "html", "main", "article"):
                break
            if _SIGNUP_MARKER.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
                if node not in found and len(" ".join(node.text_content().split())) <= MAX_SIGNUP_BOX_CHARS:
                    outside = _text_outside_form(node)
                    if len(outside) <= MAX_PLAIN_SIGNUP_CHARS or _SIGNUP_PITCH.search(outside):
                        found.append(node)
                break
    inner = {node for node in found for ancestor in node.iterancestors() if ancestor in found}
    return [node for node in found if node not in inner]


#: Inline elements a related-story insert is set in inside a story's paragraph.
_INSERT_TAGS = ("strong", "b", "em", "i", "span")
#: Most words of an insert's label before its link ("Baca Juga:", "Also read:", "Lihat juga").
MAX_INSERT_LABEL_WORDS = 4
#: Fewest characters of the paragraph's own text beside the insert (a paragraph that is the
#: insert alone is a line the line rules read).
MIN_INSERT_HOST_CHARS = 40


def _shown(node: HtmlElement) -> str:
    return " ".join(node.text_content().split())


def glued_inserts(root: HtmlElement) -> list[HtmlElement]:
    """Related-story inserts set inline at the end or the start of a story's paragraph (``<p>... kurang
    mampu. <strong>Baca Juga: <a>Title</a></strong></p>``): an inline element (``_INSERT_TAGS``)
    holding a label of at most MAX_INSERT_LABEL_WORDS words and a link, whose text is an insert
    (``cleaning.is_boilerplate_line``: "Baca Juga: ...", "Also read: ...", "Lihat juga ..."), with
    no text of the paragraph after it or none before it. Read with the paragraph, it would stay
    glued to its last sentence."""
    found: list[HtmlElement] = []
    host_chars: dict[HtmlElement, int] = {}  # (a parent's text length, read once per parent)
    for node in root.iter(*_INSERT_TAGS):
        parent = node.getparent()
        if parent is None or parent.tag not in ("p", "div", "li", "blockquote", "td"):
            continue
        anchor = node.find(".//a[@href]")
        if anchor is None:
            continue
        text, link = _shown(node), _shown(anchor)
        if not link or len(text) > MAX_INSERT_CHARS:
            continue
        label = text.replace(link, " ", 1).split()
        if not label or len(label) > MAX_INSERT_LABEL_WORDS or not is_boilerplate_line(text):
            continue
        if parent not in host_chars:
            host_chars[parent] = len(_shown(parent))
        if host_chars[parent] - len(text) < MIN_INSERT_HOST_CHARS:
            continue
        siblings = [sibling for sibling in node.itersiblings() if isinstance(sibling.tag, str)]
        after = bool((node.tail or "").strip()) or any(_shown(sibling) for sibling in siblings)
        before_nodes = [sibling for sibling in node.itersiblings(preceding=True) if isinstance(sibling.tag, str)]
        before = bool((parent.text or "").strip()) or any(
            _shown(sibling) or (sibling.tail or "").strip() for sibling in before_nodes
        )
        if after and before:
            continue
        found.append(node)
    return found


def _remove(nodes: list[HtmlElement]) -> None:
    """Remove ``nodes`` from their tree, keeping each one's tail text in place."""
    for node in nodes:
        parent = node.getparent()
        if parent is None:
            continue
        tail = node.tail
        if tail and tail.strip():
            previous = node.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(node)


def _prune(root: HtmlElement, drop: list[str]) -> None:
    doomed = []
    for selector in drop:
        doomed.extend(css(root, selector))
    for node in root.iter():
        if not isinstance(node.tag, str):
            doomed.append(node)
            continue
        if node is root:
            continue
        if node.tag in SKIP_TAGS:
            doomed.append(node)
            continue
        marker = (node.get("class") or "") + " " + (node.get("id") or "")
        if (marker.strip() and WIDGET_MARKERS.search(marker)) or _is_hidden(node):
            doomed.append(node)
        elif _widget_embed(node):
            doomed.append(node)
    doomed.extend(step_counters(root))
    doomed.extend(glued_inserts(root))
    _remove(doomed)


def _has_block(node: HtmlElement) -> bool:
    for child in node.iterdescendants():
        if isinstance(child.tag, str) and (
            child.tag in BLOCK_TAGS or child.tag in ("div", "section", "article", "ul", "ol", "table", "br")
        ):
            if child.tag == "br":
                continue
            return True
    return False


def _first_link(node: HtmlElement) -> str | None:
    for anchor in node.iter("a"):
        href = anchor.get("href")
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            return href.strip()
    return None


def paragraphs_of(root: HtmlElement, breaks: set[tuple[str, str]] | None = None) -> tuple[list[str], dict[str, str]]:
    """Text of each block under ``root`` in document order, and the first link of each.

    A lone ``<br>`` ends a line but not its paragraph (two or more in a row end the paragraph):
    the text after it is a line of its own, so that the line rules read each line, and
    ``breaks`` (when given) receives the pair ``(line, next line)``, so that the body shows the
    two in one paragraph (see ``join_lines``).
    """
    out: list[str] = []
    links: dict[str, str] = {}
    buffer: list[str] = []
    link: list[str | None] = [None]
    # Line breaks since the last line of the paragraph: one means the next line continues it.
    pending = [0]

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        if text:
            if pending[0] == 1 and out and breaks is not None:
                breaks.add((out[-1], text))
            out.append(text)
            if link[0]:
                links.setdefault(text, link[0])
            pending[0] = 0
        buffer.clear()
        link[0] = None

    def end_block() -> None:
        flush()
        pending[0] = 0

    def line_break() -> None:
        if "".join(buffer).strip():
            flush()
            pending[0] = 1
        elif pending[0]:
            pending[0] += 1  # a run of breaks: the paragraph ends

    # A formula is read as its symbols, spaced (``_formula_text``); on most pages there is none.
    formulas = next(root.iter("math"), None) is not None

    def inline(node: HtmlElement) -> None:
        """``node``'s text into the current line, its line breaks ending lines."""
        if node.tag == "br":
            line_break()
            return
        if formulas and node.tag == "math":
            buffer.append(f" {_formula_text(node)} ")
            return
        if node.find(".//br") is None and not (formulas and next(node.iter("math"), None) is not None):
            buffer.append(node.text_content())
            if link[0] is None:
                link[0] = _first_link(node)
            return
        if node.tag == "a" and link[0] is None:
            link[0] = _first_link(node)
        if node.text:
            buffer.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                inline(child)
            if child.tail:
                buffer.append(child.tail)

    def walk(node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in BLOCK_TAGS and not _has_block(node):
            end_block()
            inline(node)
            end_block()
            return
        if node.text:
            buffer.append(node.text)
        for child in node:
            child_tag = child.tag if isinstance(child.tag, str) else ""
            if (
                child_tag in BLOCK_TAGS
                or (child_tag in CONTAINER_TAGS and _has_block(child))
                or child_tag in ("div", "section", "article", "ul", "ol", "table")
            ):
                end_block()
                walk(child)
                end_block()
            elif child_tag:
                inline(child)
            if child.tail:
                buffer.append(child.tail)

    walk(root)
    end_block()
    return out, links


def from_node(
    node: HtmlElement, drop: list[str], breaks: set[tuple[str, str]] | None = None
) -> tuple[list[str], dict[str, str]]:
    """Paragraphs of a content element (copied, then pruned of widgets and ``drop`` selectors)."""
    node = copy.deepcopy(node)
    _prune(node, drop)
    return paragraphs_of(node, breaks)


def from_fragment(
    fragment: str, drop: list[str], breaks: set[tuple[str, str]] | None = None
) -> tuple[list[str], dict[str, str]]:
    """Paragraphs of an HTML fragment such as a REST post's ``content.rendered``."""
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, TypeError):
        return [], {}
    _prune(root, drop)
    return paragraphs_of(root, breaks)


def join_lines(lines: list[str], breaks: set[tuple[str, str]] | frozenset[tuple[str, str]]) -> str:
    """The body text of ``lines``: paragraphs separated by a blank line, and the lines of one
    paragraph (``breaks``: pairs of lines a lone ``<br>`` separates) by a line break."""
    if not lines:
        return ""
    parts = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        parts.append("\n" if (previous, line) in breaks else "\n\n")
        parts.append(line)
    return "".join(parts)


# trafilatura, for pages without a known content element.

#: Options for trafilatura's main-text pass. Chosen on benchmarks/extraction_eval.py:
#: tables are kept (news pages put lists of figures in them), comments never.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "comments": False,
    "tables": True,
    "images": False,
    "links": False,
    "dedup": False,
}


def trafilatura_runs(
    tree: HtmlElement, url: str, drop: list[str], markers: frozenset[str] | None = None
) -> tuple[str, str, set[tuple[str, str]]]:
    """Main text of ``tree`` by trafilatura's default cascade and by its precision extractor, one pass.

    One copy of the page is cleaned and converted once (trafilatura 2.3's ``bare_extraction``
    steps, without its metadata, comment and language stages); the precision extractor reads
    a copy of that prepared tree, so the page is not pruned, cleaned and converted twice.
    ``markers`` (the page's class, id, itemprop and rel values, see ``PageDocument.markers``)
    let the pruning XPaths that cannot match on the page be skipped.
    Returns ``(default text, precision text, line breaks)``: lines are blocks or the lines of
    one, the line breaks the pairs of the default text's lines a lone ``<br>`` separates inside
    one paragraph (see ``join_lines``); ``("", "", set())`` on failure.
    """
    try:
        return _trafilatura_runs(tree, url, drop, markers)
    except Exception:  # noqa: BLE001 - trafilatura must not break extraction
        logger.debug("trafilatura failed on %s", url, exc_info=True)
        return "", "", set()


#: trafilatura's pruning XPaths, each with the strings one of the page's class or id values must
#: contain for it to match anything (read off its regular expressions: "mvp-post-add-(?:box|wrap)|
#: infinite-?scroll"; the comment patterns "[Cc]omment(?!ary)|comol", "disqus_thread"). Each
#: XPath costs 0.5-1.3 ms a page, in the main with a Python regex call per element; most pages
#: have none of these words. Only for the trafilatura version they were read from.
_PRUNE_NEEDS_VERSION = "2.3.1"
_RAW_PRUNE_NEEDS = (("mvp-post-add-", "infinite"), ("elementor-share-buttons",))
_COMMENTS_NEEDS = (("omment", "comol", "disqus_thread"),)


def _needed(xpaths: list[Any], needs: tuple[tuple[str, ...], ...], marker_text: str | None) -> list[Any]:
    """``xpaths`` without those no marker can satisfy (``marker_text``: the page's markers joined by
    newlines; None: keep all)."""
    from trafilatura import __version__

    if marker_text is None or __version__ != _PRUNE_NEEDS_VERSION or len(xpaths) != len(needs):
        return xpaths
    return [xpath for xpath, words in zip(xpaths, needs, strict=True) if any(word in marker_text for word in words)]


@lru_cache(maxsize=2)
def _options_template(precision: bool) -> Any:
    from trafilatura.settings import Extractor

    if precision:
        return Extractor(precision=True, fast=True, **TRAFILATURA_OPTIONS)
    return Extractor(**TRAFILATURA_OPTIONS)


def _options(url: str, precision: bool = False) -> Any:
    """trafilatura's ``Extractor(url=url, ...)`` for the default or the precision run, without
    reading its configuration again for each page (0.2 ms each)."""
    options = copy.copy(_options_template(precision))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


@contextmanager
def _page_for_trafilatura(tree: HtmlElement, drop: list[str], marker_text: str | None) -> Iterator[HtmlElement]:
    """The tree rid of the ``drop`` selectors, hidden elements and trafilatura's raw-tree prunes
    (appended articles; comment sections unless the page is a forum thread), while in use.

    The tree itself: trafilatura's later steps copy what they change. What goes is taken out
    of the tree and put back afterwards (``document.taken_out``), instead of dropped from a copy (a
    copy costs 0.5-1 ms and went on 4 real pages of 5); a copy only when the tree has a
    neighbour (a second ``<html>``, which a copy leaves behind).
    """
    from trafilatura import core
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH

    raw_prune = _needed(RAW_TREE_PRUNE_XPATH, _RAW_PRUNE_NEEDS, marker_text)
    comment_prune = _needed(matchers_for("REMOVE_COMMENTS_AND_LISTS_XPATH"), _COMMENTS_NEEDS, marker_text)

    def doomed(page: HtmlElement) -> list[HtmlElement]:
        return [
            *(node for selector in drop for node in css(page, selector)),
            *hidden_nodes(page),
            *embeds(page),
            *step_counters(page),
            *signup_boxes(page, marker_text),
            *glued_inserts(page),
        ]

    def embeds(page: HtmlElement) -> list[HtmlElement]:
        return embedded_posts(page) if marker_text is None or _EMBED_HINT.search(marker_text) else []

    going = doomed(tree)
    if not going and not any(xpath(tree) for xpath in raw_prune + comment_prune):
        yield tree
        return
    if tree.getparent() is None and tree.getprevious() is None and tree.getnext() is None:
        with taken_out(going):
            prunes = raw_prune + ([] if core._forum_thread_page(tree) else comment_prune)
            # trafilatura_sequence's first steps (prune_unwanted_nodes: each list's matches
            # found after the previous list's are gone); the comment prune's match on a forum
            # page only brought us here.
            with taken_out((node for xpath in prunes for node in xpath(tree)), keep_blank_tails=True):
                yield tree
        return
    page = copy.deepcopy(tree)
    _remove(doomed(page))
    is_forum = core._forum_thread_page(page)
    yield prune_unwanted_nodes(page, raw_prune + ([] if is_forum else comment_prune))


#: The parts of a table, and the blocks whose presence in a cell makes it a page's layout, not data.
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_LAYOUT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote")


#: Class or id words of a table cell that is one of the page's columns, not a data cell: a
#: sidebar, a navigation or menu column, a left / middle / right column, a rail, the main and
#: side columns (``td.main`` beside ``td.side``; not a numbered "column-1": TablePress classes
#: a data table's cells so). Read on each class or id word alone: "nav", "menu", "rail", "main"
#: and "side" only as a whole word (not a fund table's "fund-nav", a "menu-item", a "rail-line").
_PAGE_COLUMN = re.compile(
    r"(?i:side-?bar|(?:left|right|mid|main|side|nav)[-_]?col(?:umn)?\b|^(?:nav(?:igation)?|menu|rail|main|side)$)"
)

#: The blocks, and the length of text, that make a table cell a page's column, not a data cell.
_COLUMN_BLOCKS = (*_LAYOUT_BLOCKS, "div", "table")
_COLUMN_TEXT = 300


def _page_columns(table: HtmlElement, rows: list[HtmlElement], row: HtmlElement) -> bool:
    """True when ``row``, the first of ``table``'s own ``rows`` with more than one cell, sets out
    the page's columns: one of its cells is classed or named as one (``_PAGE_COLUMN``: LWN's
    ``td.LeftColumn``, a blog theme's ``td.sidebar``) or holds an ``<h1>``, one of its cells holds blocks (a heading,
    paragraphs, a list, a div) or long text (a data row's cells hold short values: a fund table's
    ``td.nav``), and the table has no caption and no header cell of its own (a data table). The
    markers are read on that row only: a layout's columns open it, and a long data table costs no
    more than its first row."""
    for cell in row:
        if cell.tag == "td":
            marker = f"{cell.get('class') or ''} {cell.get('id') or ''}"
            if any(_PAGE_COLUMN.search(word) is not None for word in marker.split()):
                break
            if next(cell.iter("h1"), None) is not None:
                break  # the page's headline: no data table holds it
    else:
        return False
    if not any(
        cell.tag in ("td", "th")
        and (next(cell.iter(*_COLUMN_BLOCKS), None) is not None or len(cell.text_content().strip()) >= _COLUMN_TEXT)
        for cell in row
    ):
        return False
    return table.find("caption") is None and not any(cell.tag == "th" for own in rows for cell in own)


def layout_tables(page: HtmlElement, tables: list[HtmlElement] | None = None) -> list[HtmlElement]:
    """The tables of ``page`` that set out the page, not data: no row has more than one cell, and
    a cell holds blocks of text (a headline, paragraphs, a list); or a row's cells are the page's
    columns, one classed as a sidebar, a menu or a side column (``_page_columns``). trafilatura
    gives each cell as one table row ("| headline byline paragraphs |"), a row of columns as one
    line ("| story | sidebar |"). ``tables``: the page's tables, when already listed."""
    out = []
    tables = list(page.iter("table")) if tables is None else tables
    for table in tables:
        rows = [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]
        if not rows:
            continue
        columns = next((row for row in rows if sum(1 for cell in row if cell.tag in ("td", "th")) > 1), None)
        if columns is not None:
            if _page_columns(table, rows, columns):
                out.append(table)
            continue
        if any(
            cell.tag in ("td", "th") and next(cell.iter(*_LAYOUT_BLOCKS), None) is not None
            for row in rows
            for cell in row
        ):
            out.append(table)
    return nested_layout_tables(page, out, tables)


@contextmanager
def _layout_tables_unboxed(page: HtmlElement, url: str = "") -> Iterator[None]:
    """``page``'s layout tables (``layout_tables``) read as ``<div>``s while in use, and the data
    tables' linked cell lines (``_linked_cell_lines``) as ``<p>``s, then put back."""
    renamed: list[tuple[HtmlElement, str]] = []
    lines: list[HtmlElement] = []
    try:
        tables = list(page.iter("table"))  # one walk of the page for both steps
        for table in layout_tables(page, tables):
            for node in table.iter(*_TABLE_PARTS):
                if node is table or next(node.iterancestors("table"), None) is table:
                    renamed.append((node, node.tag))
        for node, _ in renamed:  # after all are read: a nested layout table's parts are its own
            node.tag = "div"
        lines = _linked_cell_lines(tables, url)
        for node in lines:
            node.tag = "p"
        yield
    finally:
        for node in lines:
            node.tag = "div"
        for node, tag in renamed:
            node.tag = tag


#: Elements that make a cell's ``<div>`` more than one line of the cell (a break, a rule, a picture
#: too: a layout table's side cell of a magazine's cover, title, issue and price lines).
_CELL_BLOCKS = frozenset(
    {"div", "p", "table", "ul", "ol", "dl", "blockquote", "pre", "section", "article", "br", "hr", "img"}
)
#: Longest text of a cell's line read as a ``<p>`` (a value, a name, a short note).
MAX_CELL_LINE_CHARS = 120
#: Fewest words of a cell's linked line read as another story's headline ("Contractor chosen for the
#: harbour wall"), not a name ("Lunar Scout").
MIN_HEADLINE_CELL_WORDS = 5


def _site_page_link(href: str, host: str) -> bool:
    """True for a link to another page of the site at ``host``: an address without a host, or
    with the page's own (``www.`` aside); not one within the page ("#notes")."""
    href = href.strip()
    if not href or href.startswith("#"):
        return False
    link_host = (urlsplit(urljoin("https://" + (host or "site.invalid") + "/", href)).hostname or "").removeprefix(
        "www."
    )
    return link_host == (host or "site.invalid")


def _linked_cell_lines(tables: list[HtmlElement], url: str = "") -> list[HtmlElement]:
    """The data tables' cell lines set as a ``<div>`` holding a link, each one line of up to
    MAX_CELL_LINE_CHARS (an editor's export: ``<td><div><a href=...><span>Farm Heroes</span></a>
    </div></td>``), to read as ``<p>``s: trafilatura's link-density pass drops a link-only
    ``<div>``, so the cell came out empty ("| | 71.1 MB |"); a ``<p>`` it keeps. ``tables``: the
    page's tables, the layout ones already read as ``<div>``s (their tag no longer "table"). A
    table whose lines all link to other pages of the site (``url``'s), each a headline's length, is
    a list of its stories ("Related stories": review R43), left to the link-density pass."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    found: list[HtmlElement] = []
    for table in tables:
        if table.tag != "table":
            continue
        lines = [
            child
            for cell in table.iter("td", "th")
            for child in cell
            if (
                child.tag == "div"
                and child.find(".//a") is not None
                and not any(node.tag in _CELL_BLOCKS for node in child.iterdescendants())
                and len(child.text_content().strip()) <= MAX_CELL_LINE_CHARS
                and next(cell.iterancestors("table"), None) is table  # a nested table's: its own
            )
        ]
        if (
            lines
            and all(_site_page_link(a.get("href") or "", host) for line in lines for a in line.iter("a"))
            and all(len(line.text_content().split()) >= MIN_HEADLINE_CELL_WORDS for line in lines)
        ):
            continue
        found.extend(lines)
    return found


#: MathML elements whose text is not the formula as shown: a TeX or content-MathML annotation.
_FORMULA_SOURCES = ("annotation", "annotation-xml")
#: Parents in which a formula stands between blocks, not inside a sentence's element.
_FORMULA_BLOCK_PARENTS = frozenset({"div", "section", "article", "main", "body", "center", "header", "td", "li"})


def _formula_text(math: HtmlElement) -> str:
    """The symbols of a MathML formula in reading order, spaced ("a x 2 + b x + c = 0")."""
    words = []
    for node in math.iter():
        if not node.text or not isinstance(node.tag, str) or node.tag in _FORMULA_SOURCES:
            continue
        if next(node.iterancestors(*_FORMULA_SOURCES), None) is None:
            words.extend(node.text.split())
    return " ".join(words)


def _formula_box(math: HtmlElement) -> HtmlElement:
    """The element a formula is shown as: ``math`` itself, or the outermost of the custom elements
    a renderer wraps it in (MathJax's ``<mjx-container>`` around its drawn glyphs and the
    ``<math>`` it keeps for screen readers), which trafilatura reads as unknown and drops."""
    box = math
    parent = math.getparent()
    while parent is not None and isinstance(parent.tag, str) and "-" in parent.tag:
        box, parent = parent, parent.getparent()
    return box


@contextmanager
def _formulas_as_text(page: HtmlElement) -> Iterator[None]:
    """``page``'s visible MathML formulas read as text (a ``<span>`` of their symbols, a ``<p>``
    between blocks) while in use,
    then put back. trafilatura drops ``<math>`` whole, and with it every inline formula of a
    story ("When a ≠ 0, there are two solutions"); hidden MathML (Wikipedia's, beside its
    image of the formula) is out of the page by now."""
    if next(page.iter("math"), None) is None:  # libxml2 knows at once a tag the page never names
        yield
        return
    swapped: list[tuple[HtmlElement, HtmlElement]] = []
    try:
        for math in list(page.iter("math")):
            box = _formula_box(math)
            parent = box.getparent()
            if parent is None or any(box is done or box in done.iterancestors() for _, done in swapped):
                continue
            # A formula set between blocks is a block of its own: trafilatura leaves loose text there.
            span = html.Element("p" if parent.tag in _FORMULA_BLOCK_PARENTS else "span")
            span.text = f" {_formula_text(math)} "  # a word against it is another word ("k heads")
            span.tail = box.tail
            parent.replace(box, span)
            swapped.append((span, box))
        yield
    finally:
        for span, box in reversed(swapped):
            box.tail = span.tail
            span.getparent().replace(span, box)


def _extract_and_compare(
    cleaned: HtmlElement, backup: HtmlElement, page: ReadablePage, options: Any, spare: HtmlElement | None = None
) -> tuple[Any, str]:
    """trafilatura's ``core._extract_and_compare``: its main extractor, then readability and jusText
    (readability on a copy of the page, run once for both comparisons and only when it can win).
    ``spare``: a copy of ``cleaned`` the main extractor may take as its backup (else it copies)."""
    body, text = extract_content(cleaned, options, None if spare is None else lambda: spare)
    if not options.fast:
        body, text = compare_extraction(backup, page, body, text, options)
    return body, text


def _trafilatura_runs(
    tree: HtmlElement, url: str, drop: list[str], markers: Any = None
) -> tuple[str, str, set[tuple[str, str]]]:
    from trafilatura import core
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xml import xmltotxt

    options = _options(url)
    marker_text = None if markers is None else "\n".join(markers)
    with (
        page_markers(marker_text),
        _page_for_trafilatura(tree, drop, marker_text) as page,
        _layout_tables_unboxed(page, url),
        _formulas_as_text(page),
    ):
        cleaned, backup = prepare_tree(page, options, url)
        _classed_heads(cleaned)
        if _keep_break_runs(cleaned):
            _keep_wrapper_tails(cleaned)
        # Two copies of the prepared tree, not three: the precision run's, and a spare that is the
        # default run's backup (trafilatura's main extractor copies the tree it is given, for its
        # rare recovery of wild text) and the source of the precision run's, made only if read.
        spare = copy.deepcopy(cleaned)
        precise_tree = copy.deepcopy(cleaned)
        comment_prune = _needed(matchers_for("REMOVE_COMMENTS_XPATH"), _COMMENTS_NEEDS, marker_text)
        if comment_prune:
            precise_tree = prune_unwanted_nodes(precise_tree, comment_prune)

        def precise_backup() -> HtmlElement:
            copied = copy.deepcopy(spare)  # the default run has not started: the spare is as made
            return prune_unwanted_nodes(copied, comment_prune) if comment_prune else copied

        precise_body, _ = extract_content(precise_tree, _options(url, precision=True), precise_backup)
        # The default cascade: main extractor against readability/jusText, baseline rescue,
        # recall retry on a short result (trafilatura_sequence, stages 1-4).
        readable = ReadablePage(page)
        body, text = _extract_and_compare(cleaned, backup, readable, options, spare)
        if below_floor(text, options.min_extracted_size):
            b_body, b_text = cut_share_box(*core.baseline(page)[:2])
            if len(b_text) > len(text) and baseline_adds_story(text, b_text):
                body, text = b_body, b_text
        if (
            0 < len(text) < core.ESCALATION_MAX_LENGTH
            and len(text) < core.ESCALATION_PAGE_SHARE * _page_text_bound(page)
            and len(text) < core.ESCALATION_PAGE_SHARE * html2txt_length(page)
        ):
            recall_options = copy.copy(options)
            recall_options.focus = "recall"
            r_cleaned, r_backup = prepare_tree(page, recall_options, url)
            _classed_heads(r_cleaned)
            if _keep_break_runs(r_cleaned):
                _keep_wrapper_tails(r_cleaned)
            r_body, r_text = _extract_and_compare(r_cleaned, r_backup, readable, recall_options)
            j_body, j_text = justext_rescue(copy.copy(page), options)
            if len(j_text) > len(r_text) and len(j_text) > core.ESCALATION_JUSTEXT_RATIO * len(text):
                body, text = j_body, j_text
            elif not below_floor(r_text, options.min_extracted_size) and len(
                r_text
            ) > core.ESCALATION_ACCEPT_RATIO * len(text):
                body, text = r_body, r_text
        if len(text) < options.min_output_size:
            return "", "", set()
        _join_source_lines(body)
        text = xmltotxt(body, False) or ""
        return text, xmltotxt(precise_body, False) or "", _line_breaks(body, text)


#: A class word that marks an inline element as a heading ("head", "subheading", "headline2", "step-title").
_HEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:sub)?(?:head(?:ing|line)?|title)\d*(?:$|[\s_-])", re.IGNORECASE)


def _classed_heads(tree: HtmlElement) -> None:
    """Make a line of its own of each ``<span>`` its class marks as one that opens a block, alone on its line
    above a paragraph ("<div><span class='head'>Step 2</span><p>..."): trafilatura keeps no text
    of a ``<div>``'s own, so a how-to's step headings and such subheads were lost. Not one holding
    a link or another element (a teaser's title, a label), nor a box's heading or a sentence."""
    for span in list(tree.iter("span")):
        parent = span.getparent()
        following = span.getnext()
        if (
            parent is None
            or following is None
            or following.tag != "p"
            or parent.tag not in ("div", "section", "article")
            or parent.index(span) != 0
            or (parent.text or "").strip()
            or (span.tail or "").strip()
            or len(span)
            or not _HEAD_CLASS.search(span.get("class") or "")
        ):
            continue
        text = " ".join((span.text or "").split())
        if text and _subhead(text):
            span.tag = "p"  # (trafilatura's rescue of text outside its frame reads no headings)
            span.attrib.clear()


#: The last line break of a run of blanks, with the blanks after it (``_spaced_source_lines``).
_LAST_NEWLINE_OF_RUN = re.compile(r"\n[^\S\n]*+(?!\n)")
#: Every character of the regular expressions' ``[^\S\n]``: ``\s`` (``str.isspace``) but the line break.
_BLANKS_BUT_NEWLINE = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def _spaced_source_lines(text: str) -> str:
    r"""``text`` with each line break of the page's source, with the blanks around it, as one space;
    of a run of blanks holding several (a blank line, more often parting the texts of two blocks
    trafilatura set in one) the last only, with the blanks from the one before it.

    What ``re.sub(r"[^\S\n]*\n[^\S\n]*(?!\s*\n)", " ", text)`` gives, without its backtracking,
    which grew with the square of a run of blanks (6 ms on one page's indented source).
    """
    parts = []
    start = 0
    for match in _LAST_NEWLINE_OF_RUN.finditer(text):
        parts.append(text[start : match.start()].rstrip(_BLANKS_BUT_NEWLINE))
        parts.append(" ")
        start = match.end()
    if not parts:
        return text
    parts.append(text[start:])
    return "".join(parts)


#: Elements of trafilatura's tree inside which a ``<code>`` is inline code, not a block (``<pre>``).
_INLINE_PARENTS = frozenset({"p", "head", "item", "cell", "hi", "ref", "del"})
#: Elements of trafilatura's tree whose own text and children's tails lie between blocks.
_BETWEEN_BLOCKS = frozenset({"body", "div", "list", "table", "row", "code"})


def _code_blocks(tree: Any) -> list[Any]:
    """The blocks of code (``<pre>``) of trafilatura's tree ``tree``, inline code left out."""
    return [
        node for node in tree.iter("code") if (parent := node.getparent()) is None or parent.tag not in _INLINE_PARENTS
    ]


def _join_source_lines(tree: Any) -> None:
    """``tree``'s paragraphs without the line breaks of the page's source, which a browser shows
    as spaces (a paragraph wrapped in the HTML file) but trafilatura keeps when a paragraph holds
    other elements. Text between blocks, a blank line and a block of code keep theirs, and what
    follows a block of code starts a line."""
    blocks = _code_blocks(tree)
    inside_code = {node for block in blocks for node in block.iter()}
    for node in tree.iter():
        text = node.text
        if text and "\n" in text and node.tag not in _BETWEEN_BLOCKS and node not in inside_code:
            node.text = _spaced_source_lines(text)
        tail = node.tail
        if (
            tail
            and "\n" in tail
            and (parent := node.getparent()) is not None
            and parent.tag not in _BETWEEN_BLOCKS
            and parent not in inside_code
        ):
            node.tail = _spaced_source_lines(tail)
    for block in blocks:
        block.tail = "\n" + (block.tail or "")


def _keep_break_runs(tree: HtmlElement) -> bool:
    """Give the first of two line breaks in a row (``<lb/><lb/>``, converted from ``<br>``) a
    zero-width space for its tail: trafilatura drops a break whose tail is blank, and a paragraph
    break would read as a lone line break (the space leaves no trace in its text). True when the
    tree has such a run (a story written as text and ``<br>`` runs)."""
    found = False
    for node in tree.iter("lb"):
        following = node.getnext()
        if following is not None and following.tag == "lb" and _blank(node.tail):
            node.tail = _ZERO_WIDTH_SPACE
            found = True
    return found


_ZERO_WIDTH_SPACE = "\u200b"

#: Blocks that wrap other blocks: trafilatura reads their children and drops their own tail.
_NESTED_BLOCKS = frozenset({"div", "section", "p", "list", "table"})
#: Longest text of a wrapper whose tail is given a paragraph (an ad box's label: "SCROLL TO CONTINUE WITH CONTENT").
MAX_AD_BOX_CHARS = 80
#: Elements that end a line: a wrapper right after one (or first in its parent) starts a line.
_LINE_ENDS = _NESTED_BLOCKS | {"lb", "head", "quote"}
#: A ``div`` or ``section`` with an element child and text right after it (an XPath: no Python
#: object for every other element).
_WRAPPERS_WITH_TAILS = etree.XPath(
    "//div[*][following-sibling::node()[1][self::text()][normalize-space()]]"
    " | //section[*][following-sibling::node()[1][self::text()][normalize-space()]]"
)


def _keep_wrapper_tails(tree: HtmlElement) -> None:
    """Give the text right after a wrapper of blocks (an ad box's ``<div><div>...</div></div>`` in a
    story written as text and ``<br>`` runs, as Indonesian portals place "SCROLL TO CONTINUE WITH
    CONTENT" mid-story) a paragraph of its own: trafilatura emits a wrapper's children, not the
    wrapper, and its tail (the story's next paragraph) went with it."""
    for node in _WRAPPERS_WITH_TAILS(tree):
        # A line of a text run (a break after it) after a box of a few words that starts a line of
        # its own (an ad's label, not a block of the story's own text, nor a figure inside a line).
        following = node.getnext()
        if following is None or following.tag != "lb" or len(node.text_content()) > MAX_AD_BOX_CHARS:
            continue
        previous = node.getprevious()
        before = node.getparent().text if previous is None else previous.tail
        if not _blank(before) or (previous is not None and previous.tag not in _LINE_ENDS):
            continue  # inside a line (a figure in a paragraph's text): the text runs on
        tail = node.tail
        # A box of blocks, or of a label alone (``<div><span>Advertisement</span></div>``, which
        # trafilatura reads as a paragraph and runs into the story's next line).
        if (
            tail
            and tail.strip()
            and (any(child.tag in _NESTED_BLOCKS for child in node) or is_widget_label(node.text_content()))
        ):
            paragraph = etree.Element("p")
            paragraph.text, node.tail = tail, None
            node.addnext(paragraph)


def _blank(text: str | None) -> bool:
    return not text or not text.replace(_ZERO_WIDTH_SPACE, "").strip()


def _lone_break(node: Any) -> bool:
    """True when the line break ``node`` (``<lb/>``) has no other break beside it, only blanks between."""
    previous, following = node.getprevious(), node.getnext()
    return not (
        (previous is not None and previous.tag == "lb" and _blank(previous.tail))
        or (following is not None and following.tag == "lb" and _blank(node.tail))
    )


def _line_breaks(body: Any, text: str) -> set[tuple[str, str]]:
    """Pairs ``(line, next line)`` of ``text`` (trafilatura's text of ``body``, its extracted
    tree) that a lone line break separates inside one paragraph, or a line break of a block of code.

    The body is written out again with its lone breaks and its code's line breaks taken out;
    each line of that text is a paragraph, found as a run of lines of ``text`` (spaces
    ignored). Nothing when the two do not line up.
    """
    from trafilatura.xml import xmltotxt

    if body is None or not (
        any(_lone_break(node) for node in body.iter("lb"))
        or any("\n" in "".join(node.itertext()).strip() for node in _code_blocks(body))
    ):
        return set()
    joined = copy.deepcopy(body)
    lone = [node for node in joined.iter("lb") if _lone_break(node)]
    for node in lone:
        node.tail = " " + (node.tail or "")
    _remove(lone)
    for block in _code_blocks(joined):
        code = "".join(block.itertext())
        for child in list(block):
            block.remove(child)
        block.text = code.rstrip("\n").replace("\n", " ") + code[len(code.rstrip("\n")) :]
    lines = _lines(text)
    keys = [line.replace(" ", "") for line in lines]
    pairs: set[tuple[str, str]] = set()
    index = 0
    for paragraph in _lines(xmltotxt(joined, False) or ""):
        wanted, start, found = paragraph.replace(" ", ""), index, ""
        while index < len(lines) and (index == start or len(found) < len(wanted)):
            found += keys[index]
            index += 1
        if found != wanted:
            return set()
        pairs.update(zip(lines[start : index - 1], lines[start + 1 : index], strict=True))
    return pairs


def _page_text_bound(page: HtmlElement) -> int:
    """An upper bound of ``len(trafilatura.baseline.html2txt(page))``, without its copy and cleaning.

    html2txt deletes elements (fewer characters and words, never more), puts a space before and
    after each block element's text and joins the words with single spaces: at most the page's
    non-space characters plus one space per word and two per block element. When the extraction
    is already long beside this bound, the escalation test is decided without html2txt (2-5 ms).
    Less the text of the elements its basic cleaning deletes by name (scripts, styles, asides,
    footers; their tails stay): their non-space characters go, and their words, but for the two
    that may merge with a neighbour's.
    """
    from trafilatura.baseline import _BLOCK_ELEMS

    body = page.find(".//body")
    if body is None:
        body = page
    words = body.text_content().split()
    blocks = sum(1 for _ in body.iter(*_BLOCK_ELEMS))
    bound = sum(map(len, words)) + len(words) + 2 * blocks
    cleaned = basic_cleaned_tags()
    for node in body.iter(*cleaned) if cleaned else ():
        if next(node.iterancestors(*cleaned), None) is None:
            gone = node.text_content().split()
            bound -= sum(map(len, gone)) + len(gone) - 2
    return bound


#: Least share of the default run's text the precision run must find before its first and last
#: paragraphs are trusted as the article's bounds. Below it precision mode has lost the article
#: (Engadget's review: one paragraph of 38). Chosen on benchmarks/extraction_eval.py: 0.1-0.3
#: give the same gains.
MIN_PRECISION_SHARE = 0.2
#: Before the precision run's first paragraph, default-run lines shorter than this (characters)
#: are widgets (save/share/login links, paywall notes); longer ones are lead paragraphs that
#: precision mode dropped. Chosen on benchmarks/extraction_eval.py (80 and 120 alike; 200 loses
#: real leads, 40 keeps the widgets).
MIN_LEAD_CHARS = 80
#: After the precision run's last paragraph, default-run paragraphs at least this long (characters)
#: that follow it directly are the story's own closing paragraphs that precision mode dropped;
#: teasers are shorter. Chosen on benchmarks/extraction_eval.py: 300 raised every set, 150
#: let teasers in (Readability pages' precision down 0.005).
MIN_CLOSING_CHARS = 300
_KEY_JUNK = re.compile(r"[\W_]+")


def _lines(text: str) -> list[str]:
    return [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]


#: The ASCII bytes ``_KEY_JUNK`` removes (all but letters and digits): an ASCII text is keyed by
#: ``bytes.translate``, a tenth of the regular expression's time on a long text.
_ASCII_JUNK = bytes(byte for byte in range(128) if not chr(byte).isalnum())


#: Longest text whose key is remembered (``_key``): a line or a paragraph, not a frame's whole text.
_MAX_KEPT_KEY_CHARS = 2000


def _key(text: str) -> str:
    """``text`` casefolded, letters and digits only. Remembered for the last 4,096 lines: the
    steps after trafilatura key the same lines again and again (28,906 calls on 12,835 texts
    on the 300 speed pages); a plain ``str`` only (lxml's smart strings hold their element)."""
    if type(text) is str and len(text) <= _MAX_KEPT_KEY_CHARS:
        return _kept_key(text)
    return _text_key(text)


@lru_cache(maxsize=4096)
def _kept_key(text: str) -> str:
    return _text_key(text)


def _text_key(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return folded.encode("ascii").translate(None, _ASCII_JUNK).decode("ascii")
    # Other text: its whitespace (none of it a letter or digit) goes by ``split`` first, in C,
    # which leaves the regular expression a match per punctuation run, not one per word (a
    # third less time on the evaluation pages' long non-ASCII texts).
    joined = "".join(folded.split())
    return joined if joined.isalnum() else _KEY_JUNK.sub("", joined)


def trim_to_precise(lines: list[str], precise: list[str]) -> list[str]:
    """``lines`` (trafilatura's default run) cut to the stretch its precision run also found.

    After the precision run's last paragraph the default run keeps what precision mode
    rejects: related stories with their teasers, galleries, "more from" lists (Yahoo's
    43-line page whose story is the first 17): all of it goes, but for paragraph-sized
    lines right after it (closing paragraphs precision mode dropped; a picture's caption with
    its credit between them goes and does not end them). Before its first paragraph,
    only short lines go (save, share and login links, paywall notes); a long paragraph
    there is a lead that precision mode dropped, and a table row is content. Between the
    two everything stays: the default run is the better judge there. Lines are matched on
    letters and digits only, as the two runs break lines differently.
    """
    if not lines or not precise:
        return lines
    if sum(map(len, precise)) < MIN_PRECISION_SHARE * sum(map(len, lines)):
        return lines
    found = _found_in_precise(lines, precise)
    if not found:
        return lines
    first, last = found[0], found[-1]
    lead = [line for line in lines[:first] if len(line) >= MIN_LEAD_CHARS or line.startswith("|")]
    kept = lines[first : last + 1]
    while last + 1 < len(lines):
        following = lines[last + 1]
        if len(following) >= MIN_CLOSING_CHARS or _CONTRIBUTORS.search(following):
            kept.append(following)
            last += 1
        elif last + 2 < len(lines) and len(lines[last + 2]) >= MIN_CLOSING_CHARS and is_caption(following):
            # A picture between the story's last paragraphs: its caption goes, the story goes on.
            kept.append(lines[last + 2])
            last += 2
        elif (
            last + 2 < len(lines)
            and len(lines[last + 2]) >= MIN_CLOSING_CHARS
            and _subhead(following)
            and not _author_box(following, lines[last + 2])
        ):
            # The story's last section under its subhead ("Our verdict: very good"): both stay.
            kept.extend(lines[last + 1 : last + 3])
            last += 2
        else:
            break
    return lead + kept


#: Longest line read as a subhead between the story's closing paragraphs, characters.
MAX_SUBHEAD_CHARS = 80
#: The first words of a box's heading, not a section's subhead ("More from the coast", "Most read",
#: "Latest stories", "Also on the site", "Mehr zum Thema", "Disclaimer", "Sponsored content",
#: "Trending now", "About the author").
_BOX_HEADING_LEAD = re.compile(
    r"(?i:more|mehr|most|latest|popular|recommended|related|also|other|top|read|see|watch|weitere|lesen|plus|más"
    r"|disclaimer|sponsored|advertisement|advertorial|anzeige|trending|about\s+the\s+author)\b"
)


def _author_box(head: str, text: str) -> bool:
    """True when ``head`` is a name of two to four capitalised words and ``text`` opens with it:
    an author box (the writer's name over a bio: "Jana Ulm" / "Jana Ulm is a senior reporter ..."),
    no section of the story."""
    words = head.split()
    return 2 <= len(words) <= 4 and text.startswith(head + " ") and all(word[:1].isupper() for word in words)


def _subhead(line: str) -> bool:
    """True when ``line`` is shaped as a section's subhead: short, not a sentence (no full stop
    at its end), not a list item, a table row or a label ending in a colon, and no box's heading,
    label or prompt (``_BOX_HEADING_LEAD``: "More from the coast"; ``cleaning.is_boilerplate_line``:
    "Leave a comment")."""
    from newscrawl.pages.cleaning import is_boilerplate_line

    return (
        len(line) <= MAX_SUBHEAD_CHARS
        and line[:1].isalpha()
        and line[-1:] not in ".:|"
        and not _BOX_HEADING_LEAD.match(line)
        and not is_boilerplate_line(line)
    )


#: Precision text (letters and digits) up to this long is searched whole for each default-run line;
#: beyond it (no news article is this long) each line is looked for only near where the previous
#: one was found, so a 20 MB page costs linear time, not lines x text (91 s for 32k paragraphs).
MAX_PRECISE_SCAN = 200_000


def _found_in_precise(lines: list[str], precise: list[str]) -> list[int]:
    """Indexes of ``lines`` whose letters and digits the precision run also holds (``trim_to_precise``).

    A line equal to a precision line is found in a set; another is looked for in the precision
    text joined (the runs break lines differently): all of it when it is short, else a window of
    ``MAX_PRECISE_SCAN`` characters from the last match on (the runs keep the page's order).
    """
    known = {line: _key(line) for line in precise}  # most default-run lines are precision lines too
    keys = [known[line] for line in precise]
    precise_key = "".join(keys)
    starts: dict[str, int] = {}
    offset = 0
    for key in keys:
        starts.setdefault(key, offset)
        offset += len(key)
    whole = len(precise_key) <= MAX_PRECISE_SCAN
    found: list[int] = []
    cursor = 0
    for index, line in enumerate(lines):
        key = known[line] if line in known else _key(line)
        if not key:
            continue
        at = starts.get(key)
        if at is None:
            if whole:
                at = precise_key.find(key)
            else:
                low = max(0, cursor - MAX_PRECISE_SCAN // 2)
                at = precise_key.find(key, low, cursor + len(key) + MAX_PRECISE_SCAN // 2)
        if at >= 0:
            found.append(index)
            cursor = max(cursor, at + len(key))
    return found


#: Longest closing line read as a dangling label ("Credit:", "Read more on this topic:"), characters.
MAX_LABEL_CHARS = 100
_COPYRIGHT = re.compile(
    r"^\s*(?:\W{0,4}\s*©|\(c\)\s*\d{4}|copyright\b|all rights reserved)|"
    r"\b(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|todos\s+los\s+derechos\s+reservados|"
    r"tous\s+droits\s+réservés|hak\s+cipta\s+dilindungi(?:\s+undang-undang)?)\.?\s*$"
    # Japanese, Chinese and Korean sites' "no reproduction without permission" line.
    r"|^\s*(?:無断転載(?:を禁じます|禁止)|未经(?:授权|许可)[，,]?\s*(?:禁止|不得)转载|무단\s*전재\s*및\s*재배포\s*금지)[.。]?\s*$",
    re.IGNORECASE,
)


# A Japanese, Chinese or Korean site's rights notice as a closing line: the ban on reproducing the
# story, which ends the line ("記事・写真の無断転載を禁じます", "【...未经授权，不得转载、摘编等。】", "<ⓒ
# 한빛일보, 무단전재 및 재배포 금지>"), or "版权所有" before nothing but a mark or another clause
# ("XX网版权所有 未经许可请勿转载"). A sentence that reports one goes on after it ("...を禁じますと
# 書いた紙を配った。"); a Korean sentence ends in "다." (``_cjk_notice``).
_CJK_NOTICE = re.compile(
    r"(?:無断(?:転載|複製|転用|使用)[^。]{0,12}?(?:を禁じます|を禁止します|禁止|禁)"
    r"|(?:未经|未經)[^。]{0,8}?(?:授权|授權|许可|許可|同意)[^。]{0,3}?(?:不得|禁止|请勿|請勿|严禁|嚴禁)[^。]{0,12}?"
    r"|무단\s*(?:전재|복제|배포)[^.]{0,12}?금지)"
    r"[。.]?\s*[】」）)>〉》\]]?\s*$"
    r"|(?:版权所有|版權所有)(?:\s*$|[\s，,|©(（])"
)


def _cjk_notice(line: str) -> bool:
    """True for a CJK rights notice (``_CJK_NOTICE``), not a Korean sentence about one, nor an
    agency's copyright line the attribution reads ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>")."""
    return bool(_CJK_NOTICE.search(line)) and not line.rstrip().endswith("다.") and not is_credit_line(line)


#: Longest closing line read as the site's licence or trademark notice, characters.
MAX_NOTICE_CHARS = 200
_LICENCE = re.compile(
    r"\b(?:licen[cs]ed\s+under\s+(?:a|the)\s+creative\s+commons|registered\s+trademarks?\s+of|"
    r"(?:are|is)\s+copyrighted\s+by|unter\s+der\s+lizenz\s+cc|published\s+under\s+(?:a\s+)?creative\s+commons)\b",
    re.IGNORECASE,
)


#: Fewest words of a closing line ending in a colon, with a comma, read as the sentence that
#: leads into an embed (a video, a post) rather than a box's label: the labels found on the
#: evaluation pages run 2-6 words and hold no comma ("Verwandte Themen auf unserem Blog:").
MIN_LEAD_IN_WORDS = 8


def _lead_in(line: str) -> bool:
    """True for a sentence leading into an embed the extractor left out ("To see the game in
    action, check out the footage below:"): the story's, as the reader sees it."""
    return "," in line and len(line.split()) >= MIN_LEAD_IN_WORDS


# A line of markup shown as text ("<p>...</p>" escaped as "&lt;p&gt;...&lt;/p&gt;" in the page: a
# CMS field or an embed's code printed after the story): it opens on a tag and closes on one.
_MARKUP_LINE = re.compile(r"^<(?:/?[A-Za-z][\w:-]*|!--)[^<>]*>.*(?:</?[A-Za-z][\w:-]*\s*/?>|-->)$", re.DOTALL)


def drop_dangling_tail(lines: list[str]) -> list[str]:
    """``lines`` without closing labels whose content is gone, copyright (but an agency's credit),
    licence and trademark notices, and closing lines of markup shown as text (``_MARKUP_LINE``).

    A story does not end on a short line ending in a colon: that is the label of a box the
    extractor left out (photo credit, "More on this topic:", a list of partner blogs), unless
    it is a sentence leading into an embed (``_lead_in``).
    Chosen on benchmarks/extraction_eval.py (body F1 equal or up on every set).
    """
    end = len(lines)
    while end and _dangling(lines[end - 1]):
        end -= 1
    return lines[:end]


def _dangling(line: str) -> bool:
    """True for a closing line ``drop_dangling_tail`` drops."""
    if len(line) <= MAX_LABEL_CHARS and (
        (line.endswith(":") and not _lead_in(line))
        # an agency's copyright line stays, a credit for attribution ("© dpa-infocom, dpa:...")
        or (_COPYRIGHT.search(line) and not is_credit_line(line))
        or _cjk_notice(line)
    ):
        return True
    return (len(line) <= MAX_NOTICE_CHARS and bool(_LICENCE.search(line))) or (
        line[:1] == "<" and bool(_MARKUP_LINE.match(line))
    )


def from_page(
    tree: HtmlElement,
    url: str,
    drop: list[str],
    ld: dict[str, Any],
    markers: frozenset[str] | None = None,
    breaks: set[tuple[str, str]] | None = None,
) -> list[str]:
    """Paragraphs of the main text of a whole page: trafilatura's default run, trimmed by its
    precision run (``breaks``, when given, receives the lines' line breaks, see ``paragraphs_of``)."""
    text, precise, line_breaks = trafilatura_runs(tree, url, drop, markers)
    if breaks is not None:
        breaks.update(line_breaks)
    lines = [line for line in _lines(text) if not _TABLE_RULE.match(line)]
    precise_lines = _lines(precise)
    lines = drop_linked_inserts(tree, trim_to_precise(lines, precise_lines), precise_lines, url)
    lines = drop_classed_captions(tree, lines, markers)
    lines = drop_dangling_tail(lines)
    return restore_repeats(tree, drop_opening_summary(lines))


#: Elements a theme classes as a picture's caption outside ``<figure>`` (trafilatura leaves out
#: ``<figure>`` and ``<figcaption>``): ``table.tplCaption`` around a picture and its caption row,
#: ``p.wp-caption-text`` beside its picture, ``div.image-caption``.
_CLASSED_CAPTIONS = etree.XPath(
    ".//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')][not(ancestor::figure)]"
)
#: The case fold ``_CLASSED_CAPTIONS`` applies to a class before it looks for "caption".
_CAPTION_FOLD = str.maketrans("CAPTION", "caption")
_CAPTION_SEARCHES: dict[tuple[str, ...], etree.XPath] = {}


def _classed_captions(tree: HtmlElement, markers: frozenset[str] | None) -> list[HtmlElement]:
    """``_CLASSED_CAPTIONS(tree)``, found the cheap way when the page's class words (``markers``,
    ``PageDocument.markers``) are known: none on two pages in three writes "caption" in any case,
    and the others write it one or two ways ("wp-caption", "ImageCaption"), which a plain
    ``contains()`` finds at under half the cost of a ``translate()`` of every element's class
    (1.3 to 0.6 ms a page; the same elements, in the same order)."""
    if markers is None:
        return _CLASSED_CAPTIONS(tree)
    text = "\n".join(markers)
    folded = text.translate(_CAPTION_FOLD)
    spellings = set()
    at = folded.find("caption")
    while at >= 0:
        spellings.add(text[at : at + 7])
        at = folded.find("caption", at + 7)
    if not spellings:
        return []
    key = tuple(sorted(spellings))
    search = _CAPTION_SEARCHES.get(key)
    if search is None:  # (the spellings are ASCII letters: no quote to escape)
        tests = " or ".join(f"contains(@class, '{spelling}')" for spelling in key)
        search = _CAPTION_SEARCHES[key] = etree.XPath(f".//*[{tests}][not(ancestor::figure)]")
    return search(tree)


def drop_classed_captions(
    tree: HtmlElement | None, lines: list[str], markers: frozenset[str] | None = None
) -> list[str]:
    """``lines`` without the text of a classed caption (``_CLASSED_CAPTIONS``) that holds a
    picture or sits beside one, up to MAX_CAPTION_CHARS long: the whole caption or a block of it.
    ``markers``: the page's class, id, itemprop and rel words, when known (a cheaper search)."""
    if tree is None or not lines:
        return lines
    captions: set[str] = set()
    for node in _classed_captions(tree, markers):
        if story_beside_picture(node):
            continue  # "no_caption" round a heading: the story's text beside a picture
        text = node.text_content()
        if len(text) > 2 * MAX_CAPTION_CHARS or len(text := " ".join(text.split())) > MAX_CAPTION_CHARS:
            continue
        parent = node.getparent()
        if node.find(".//img") is None and (parent is None or parent.find(".//img") is None):
            continue
        captions.add(_key(text))
        captions.update(_key(block.text_content()) for block in node.iter("p", "td", "div", "span"))
    captions.discard("")
    if not captions:
        return lines
    kept = [line for line in lines if _key(line) not in captions]
    return kept if kept else lines


#: A paragraph whose whole text is one link (``<p><a href=...><strong>Headline</strong></a></p>``).
_LINK_ONLY_PARAGRAPHS = etree.XPath(
    ".//p[count(.//a[@href]) = 1][string-length(normalize-space()) > 0]"
    "[string-length(normalize-space()) = string-length(normalize-space(.//a[@href]))]"
)
#: The last mark of a sentence: a linked sentence is the story's, a headline has none.
_SENTENCE_MARKS = ".!?।。"


def drop_linked_inserts(tree: HtmlElement | None, lines: list[str], precise: list[str], url: str) -> list[str]:
    """``lines`` (the default run, trimmed) without another story's headline set mid-story as a
    paragraph of its own with no label: a paragraph that is only a link to another page of the
    site, headline-shaped (MIN_TEASER_HEADLINE_WORDS words or more, no full stop), between two lines
    of the story, which the precision run (``precise``) left out as links. (The labelled ones,
    "Also read: ...", are ``cleaning.is_boilerplate_line``'s.)"""
    if tree is None or len(lines) < 3 or not precise:
        return lines
    # Only a line between two others that the precision run left out can go: without one, the
    # page's paragraphs are not searched (an XPath over every <p> and its text, ~0.3-0.5 ms a page).
    precise_key = "".join(map(_key, precise))
    loose = {index: key for index in range(1, len(lines) - 1) if (key := _key(lines[index])) and key not in precise_key}
    if not loose:
        return lines
    hosts = frozenset(host for host in (_host_of(url),) if host)
    own = _href_key(url, hosts)
    inserts = set()
    for paragraph in _LINK_ONLY_PARAGRAPHS(tree):
        text = " ".join(paragraph.text_content().split())
        if (
            len(text) > MAX_TEASER_HEADLINE_CHARS
            or text[-1] in _SENTENCE_MARKS
            or len(text.split()) < MIN_TEASER_HEADLINE_WORDS
        ):
            continue
        anchor = paragraph.find(".//a[@href]")
        key = _href_key(anchor.get("href") or "", hosts) if anchor is not None else None
        if key is not None and key != own:
            inserts.add(_key(text))
    inserts.discard("")
    if not inserts:
        return lines
    doomed = {index for index, key in loose.items() if key in inserts}
    return [line for index, line in enumerate(lines) if index not in doomed] if doomed else lines


#: The line trafilatura writes under a table's header row ("|---|---|"): markup, not a row of text.
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")


#: How many opening lines are read as a possible summary of the story's first paragraphs, and
#: how many lines after each are searched for its words (a strip of teasers may stand between:
#: Yahoo's nine).
MAX_SUMMARY_LINES = 3
MAX_SUMMARY_SPAN = 40


def drop_opening_summary(lines: list[str]) -> list[str]:
    """``lines`` without an opening line that the lines after it hold word for word, from inside
    one paragraph to the end of a later one: a summary box of the story's first paragraphs (a
    wire story's first two without the dateline), not a lead. A paragraph the page repeats whole
    stays (see ``restore_repeats``), and so do lines shorter than MIN_LEAD_CHARS."""
    if len(lines) < 3:
        return lines
    keys = [_key(line) for line in lines[: MAX_SUMMARY_LINES + MAX_SUMMARY_SPAN]]
    drop = set()
    for index in range(min(MAX_SUMMARY_LINES, len(lines) - 1)):
        key = keys[index]
        if len(lines[index]) < MIN_LEAD_CHARS or not key:
            continue
        after = keys[index + 1 : index + 1 + MAX_SUMMARY_SPAN]
        ends: dict[int, int] = {}  # end offset of each later line in their joined text -> its start
        offset = 0
        for later in after:
            ends[offset + len(later)] = offset
            offset += len(later)
        at = "".join(after).find(key)
        start = ends.get(at + len(key)) if at >= 0 else None
        if start is not None and at < start:
            drop.add(index)
    return [line for index, line in enumerate(lines) if index not in drop] if drop else lines


#: How many of the longest extracted paragraphs are looked up in the page to find their holder,
#: how long they must be, and how many characters of each are searched for.
_HOLDER_PROBES = 4
_HOLDER_MIN_CHARS = 80
_HOLDER_SNIPPET_CHARS = 40
#: The page's text nodes long enough to hold a piece (read in one pass; the pieces are looked
#: for in Python, which is cheaper than eight XPath ``contains`` a node).
_LONG_TEXTS = etree.XPath(
    f"/descendant::text()[string-length() >= {_HOLDER_SNIPPET_CHARS}][not(parent::script or parent::style)]",
    smart_strings=True,
)


#: ``len(node.text_content())`` counted in libxml2 (characters, as Python counts them), without
#: the page's text made into a Python string.
_TEXT_LENGTH = etree.XPath("string-length()")


def _text_length(node: HtmlElement) -> int:
    return int(_TEXT_LENGTH(node))


def _snippets(paragraph: str) -> list[str]:
    """Two pieces of ``paragraph`` cut at spaces: its start and its middle (one of them is likely
    to lie within one text node of the page, between two inline elements)."""
    words = paragraph.split()
    out = []
    for start in (0, len(words) // 2):
        piece = ""
        for word in words[start:]:
            piece = f"{piece} {word}" if piece else word
            if len(piece) >= _HOLDER_SNIPPET_CHARS:
                out.append(piece)
                break
    return out


def holder(tree: HtmlElement, paragraphs: list[str]) -> HtmlElement | None:
    """The lowest element of ``tree`` that holds ``paragraphs`` (extracted from the whole page).

    A few of the longest paragraphs are found back as text nodes (their start, else their
    middle, all in one pass over the text nodes; a piece found in no or in several places is skipped); their lowest common
    ancestor is the holder. None when fewer than two are found, or the holder is ``<body>``,
    ``<html>`` or holds nearly all the page's text: that says nothing of where the article is.
    """
    try:
        return _holder(tree, paragraphs)
    except Exception:  # noqa: BLE001 - the frame is a hint, it must not break extraction
        logger.debug("holder lookup failed", exc_info=True)
        return None


def _holder(tree: HtmlElement, paragraphs: list[str]) -> HtmlElement | None:
    probes = sorted((p for p in paragraphs if len(p) >= _HOLDER_MIN_CHARS), key=len, reverse=True)
    pieces = [_snippets(p) for p in probes[:_HOLDER_PROBES]]
    flat = [piece for each in pieces for piece in each]
    if not flat:
        return None
    hits: dict[str, list[Any]] = {piece: [] for piece in flat}
    # A piece found in a text node's collapsed text holds its longest word, which has no space,
    # in the node's own text: nodes holding no such word are not collapsed or searched.
    words = {max(piece.split(), key=len) for piece in flat}
    for text in _LONG_TEXTS(tree):
        if not any(word in text for word in words):
            continue
        plain = " ".join(text.split())
        for piece in flat:
            if piece in plain:
                hits[piece].append(text)
    found: list[HtmlElement] = []
    for each in pieces:
        for piece in each:
            nodes = hits.get(piece, [])
            if len(nodes) == 1:
                node = nodes[0].getparent()
                if nodes[0].is_tail:
                    node = node.getparent()
                if node is not None:
                    found.append(node)
                break
            if nodes:
                break
    if len(found) < 2:
        return None
    common = [found[0], *found[0].iterancestors()]
    for node in found[1:]:
        chain = {node, *node.iterancestors()}
        common = [c for c in common if c in chain]
    if not common or common[0].tag in ("body", "html") or not isinstance(common[0].tag, str):
        return None
    top = common[-1]
    page = top.find("body") if top.tag == "html" else top
    page_chars = _text_length(page if page is not None else top)
    if page_chars and _text_length(common[0]) > 0.9 * page_chars:
        return None
    return common[0]


# The lead (standfirst) between the headline and the story, which trafilatura leaves out when the
# theme sets it apart from the body's container ("p.lead", "div.article__intro", "h2.subheadline").

#: Class and id parts that name a lead paragraph. Chosen on benchmarks/extraction_eval.py;
#: "teaser" and "summary" also name lists of other stories, so a lead must sit between the
#: headline and the story's first paragraph and be a paragraph (MIN_LEAD_PARAGRAPH_CHARS).
#: A subtitle under the headline ("dek", "deck", "subheadline") is not the story's text: the
#: Readability and newspaper4k gold leave it out (5 pages), trafilatura's keeps it (3 pages).
LEAD_WORDS = frozenset(
    {"lead", "lede", "intro", "standfirst", "abstract", "summary", "teaser", "excerpt", "perex", "chapo", "chapeau",
     "entradilla", "bajada", "sapo", "vorspann"}
)  # fmt: skip
#: Class and id parts of what sits beside a lead but is none: the lead picture and its caption
#: ("leadAsset", "image__lede"), subtitles, sidebars.
NOT_LEAD_WORDS = frozenset(
    {"asset", "image", "img", "media", "photo", "picture", "video", "figure", "gallery", "caption", "credit", "dek",
     "deck", "subtitle", "subheadline", "subhead"}
)  # fmt: skip
#: Class and id parts of a block around it that holds no lead: captions, galleries, related posts.
NOT_LEAD_BLOCKS = frozenset({"caption", "gallery", "related", "slideshow", "carousel"})
#: Shortest and longest lead, characters: shorter is a kicker or a label, longer is a story.
MIN_LEAD_PARAGRAPH_CHARS = 60
MAX_LEAD_PARAGRAPH_CHARS = 1000
#: Letters and digits of a text node found in the story that say the story has begun.
MIN_STORY_PIECE = 30
#: How many elements after the headline are looked at before the lead is given up.
MAX_LEAD_DISTANCE = 80
_CLASS_PARTS = re.compile(r"[\s_-]+|(?<=[a-z0-9])(?=[A-Z])")


def _following(node: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after ``node`` in document order, its own descendants left out (XPath's
    ``following::*``), one at a time: the lead is looked for in the first few dozen, and the
    XPath made a proxy for every element to the end of the page (0.2 ms a page)."""
    current: HtmlElement | None = node
    while current is not None:
        for sibling in current.itersiblings():
            yield from sibling.iter(etree.Element)
        current = current.getparent()


#: Words of an element's text a reader sees (no script, style or template text).
_VISIBLE_TEXTS = etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::template)]")
#: Markup shown as text ("EMBED <iframe ...>"): a video widget's copy box, never a lead.
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>")
_NOT_LEAD_TAGS = frozenset({"figure", "figcaption", "aside", "nav", "footer", "form", "button", "a", "li", "ul", "ol"})


def _class_parts(node: HtmlElement) -> set[str]:
    words = f"{node.get('class') or ''} {node.get('id') or ''}"
    return {part.lower() for part in _CLASS_PARTS.split(words) if part}


def lead_paragraph(headline: HtmlElement | None, paragraphs: list[str], description: str | None = None) -> str | None:
    """The lead shown between ``headline`` and the first of ``paragraphs`` when they lack it.

    Read only on the elements that follow the headline up to the story's first paragraph: the
    first one classed as a lead ("lead", "intro", "standfirst", "abstract", "subheadline", ...)
    or whose text is the page's description (or its start, or starts it), a paragraph long, outside
    captions, lists and widgets below the element it shares with the headline.
    """
    if headline is None or not paragraphs:
        return None
    try:
        return _lead_paragraph(headline, paragraphs, description)
    except Exception:  # noqa: BLE001 - the lead is a bonus, it must not break extraction
        logger.debug("lead lookup failed", exc_info=True)
        return None


def _lead_paragraph(headline: HtmlElement, paragraphs: list[str], description: str | None) -> str | None:
    first = _key(paragraphs[0])[:60]
    body = _LazyKey("".join(paragraphs))  # keyed when a text of the page may be inside the story
    wanted = _key(description or "")
    heading = _key(headline.text_content())  # shown again in a teaser line or a breadcrumb
    if not first:
        return None
    for count, node in enumerate(_following(headline)):
        if count >= MAX_LEAD_DISTANCE or not isinstance(node.tag, str):
            break
        if node.tag in SKIP_TAGS:
            continue
        own = _key(node.text or "")
        if own and (own.startswith(first) or first.startswith(own) and len(own) >= len(first) // 2):
            break  # the story begins
        tail = _key(node.tail or "")
        if (len(own) >= MIN_STORY_PIECE and own in body and own not in heading) or (
            len(tail) >= MIN_STORY_PIECE and tail in body and tail not in heading
        ):
            break  # inside the story, past its first paragraph's start
        # Cheap tests first: a lead's class, or own text that starts like the description.
        parts = _class_parts(node)
        described = len(wanted) >= MIN_LEAD_PARAGRAPH_CHARS and own[:20] == wanted[:20] and own
        if parts & NOT_LEAD_WORDS or not (parts & LEAD_WORDS or described) or summary_box(node):
            continue
        text = story_edges.without_figures(node, " ".join(" ".join(_VISIBLE_TEXTS(node)).split()))
        key = _key(text)
        if key.startswith(first):
            break
        if not MIN_LEAD_PARAGRAPH_CHARS <= len(text) <= MAX_LEAD_PARAGRAPH_CHARS or (
            len(first) >= MIN_STORY_PIECE and first in key
        ):
            continue  # (a short first paragraph, a subheading, may be a word of the lead)
        if not parts & LEAD_WORDS and not _described_by(key, wanted):
            continue
        if key in body or _MARKUP.search(text) or any(map(_lead_outside, _lead_climb(node, headline))):
            return None
        return text
    return None


def _described_by(key: str, wanted: str) -> bool:
    """True when the page's description (``wanted``, letters and digits) is the lead's text
    (``key``), or the start of it (a description cut short), or the lead the description's start."""
    shorter = min(len(key), len(wanted))
    return shorter >= MIN_LEAD_PARAGRAPH_CHARS and (key.startswith(wanted) or wanted.startswith(key))


def _lead_climb(node: HtmlElement, headline: HtmlElement) -> Iterator[HtmlElement]:
    """``node`` and its ancestors below the nearest one that also holds ``headline``: the
    article's header (classed "has-sharing" for the share bar it holds) and the page's
    ``<body>`` (classed "no-ads", "layout--related") say nothing of the lead."""
    above = set(headline.iterancestors())
    for element in (node, *node.iterancestors()):
        if element in above:
            return
        yield element


def _lead_outside(element: HtmlElement) -> bool:
    return element.tag in _NOT_LEAD_TAGS or _lead_foreign(element)


class _LazyKey:
    """``_key(text)`` for ``in`` tests, computed at the first one."""

    __slots__ = ("text", "key")

    def __init__(self, text: str) -> None:
        self.text, self.key = text, None

    def __contains__(self, part: str) -> bool:
        if self.key is None:
            self.key = _key(self.text)
        return part in self.key


def _lead_foreign(node: HtmlElement) -> bool:
    marker = (node.get("class") or "") + " " + (node.get("id") or "")
    return bool(
        marker.strip() and (WIDGET_MARKERS.search(marker) or _class_parts(node) & NOT_LEAD_BLOCKS)
    ) or _is_hidden(node)


# trafilatura keeps one of two equal neighbouring blocks (an artifact check of its extractor);
# a page that shows a paragraph twice in a row shows it twice.

#: Shortest paragraph whose repeats are given back (characters): trafilatura keeps shorter ones.
MIN_REPEAT_CHARS = 100
#: Blocks counted in runs; a ``div`` only when it holds text and no blocks (a theme that sets
#: its paragraphs as bare ``<div>`` text).
_REPEAT_TAGS = ("p", "li", "blockquote", "pre", "div")


def restore_repeats(tree: HtmlElement | None, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with a paragraph repeated as often as the page repeats it in a row.

    A run of sibling blocks of one tag and one text (seen, not hidden; it starts with two side by
    side, and a widget, script or hidden element between two of it then does not break it,
    ``_run_previous``) is counted on the page;
    an extracted paragraph with that text, kept fewer times in a row, gets its repeats back.
    A block whose text trafilatura gave as several lines (a ``div`` whose text breaks lines)
    is matched by those lines together.
    """
    if tree is None or not paragraphs:
        return paragraphs
    try:
        runs = _repeat_runs(tree)
    except Exception:  # noqa: BLE001 - a bonus, it must not break extraction
        logger.debug("repeat lookup failed", exc_info=True)
        return paragraphs
    if not runs:
        return paragraphs
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        size, wanted = _repeat_unit(paragraphs, index, runs)
        unit = paragraphs[index : index + size]
        kept = 1
        while paragraphs[index + kept * size : index + (kept + 1) * size] == unit:
            kept += 1
        out.extend(unit * max(kept, wanted))
        index += kept * size
    return out


def _repeat_unit(paragraphs: list[str], index: int, runs: dict[str, int]) -> tuple[int, int]:
    """``(lines, run length)`` of the block whose text starts at ``paragraphs[index]``; ``(1, 1)``
    when no run of the page has that text."""
    first = paragraphs[index]
    if first in runs:
        return 1, runs[first]
    text = first
    for end in range(index + 1, len(paragraphs)):
        if not any(key.startswith(text) for key in runs):
            break
        text = f"{text} {paragraphs[end]}"
        if text in runs:
            return end + 1 - index, runs[text]
    return 1, 1


def _run_previous(node: HtmlElement) -> HtmlElement | None:
    """``node``'s previous sibling, passing over what the body never shows between two blocks
    (a comment, a script, a hidden element, a widget such as a share box or an ad slot: a run of
    equal paragraphs on either side of one is one run, once two of them stand side by side)."""
    previous = node.getprevious()
    while previous is not None and (
        not isinstance(previous.tag, str)
        or previous.tag in SKIP_TAGS
        or _is_hidden(previous)
        or WIDGET_MARKERS.search(f"{previous.get('class') or ''} {previous.get('id') or ''}")
    ):
        previous = previous.getprevious()
    return previous


def _repeat_runs(tree: HtmlElement) -> dict[str, int]:
    """Texts (whitespace collapsed) of the page's runs of equal sibling blocks, and the longest run of each."""
    runs: dict[str, int] = {}
    # The run each block ends, (text, length), carried from its previous sibling: one pass,
    # however long a run (walking back over the run from each block was quadratic). The dict
    # holds the elements, so lxml hands back the same proxy for the same node.
    ends: dict[HtmlElement, tuple[str, int]] = {}
    for node in tree.iter(*_REPEAT_TAGS):
        previous = node.getprevious()
        bridged = previous is not None and previous.tag != node.tag
        if bridged:
            previous = _run_previous(node)  # (only then: most blocks follow one of their own tag)
        if previous is None or previous.tag != node.tag or previous.text != node.text:
            continue
        if node.tag == "div" and not (node.text or "").strip():
            continue
        # Collapsing whitespace never lengthens a text: most blocks (menu items) are too short
        # before it, and are left before the hidden and block tests (the same blocks pass).
        raw = node.text_content()
        if len(raw) < MIN_REPEAT_CHARS:
            continue
        if _is_hidden(node) or _is_hidden(previous):
            continue
        if node.tag == "div" and _has_block(node):
            continue
        text = " ".join(raw.split())
        if len(text) < MIN_REPEAT_CHARS:
            continue
        before = ends.get(previous)
        if before is not None and before[0] == text:
            count = before[1] + 1
        elif not bridged and " ".join(previous.text_content().split()) == text:
            # Only two adjacent blocks start a run: a widget between two copies of a paragraph
            # (a lead repeated after an ad slot) is a page's duplicate, not its row.
            count = 2
        else:
            continue
        ends[node] = (text, count)
        runs[text] = max(runs.get(text, 1), count)
    return runs


# An article set as several blocks of one kind ("div.text-text" after "div.text-text", a page
# builder's text modules between pictures): trafilatura often takes only the block with the most
# text, and the holder found for its paragraphs is that block.

#: How many levels above the holder its twins are looked for.
MAX_TWIN_LEVELS = 3
#: The depth of the path below ``<body>`` along which twins are looked for right under it, every
#: block of it classed: a page set as a run of full-width sections
#: (``body > div.container-fluid.text > div.container > div.row > div.col-md-8``), each holding
#: a stretch of the story between tables or pictures. Shallower paths under ``<body>`` are the
#: page's own frame (header, main, footer); a fourth level under any other ancestor reaches the
#: teasers of a page's other stories (ad-magazin's "chunks").
BODY_TWIN_PATH = 4
#: Least text of a twin block (characters) and most of it in links: shorter or link-heavier
#: blocks of the same kind are teasers, captions or menus.
MIN_TWIN_CHARS = 80
MAX_TWIN_LINK_SHARE = 0.3
#: Shortest twin read as a sentence of the story when shorter than MIN_TWIN_CHARS (``_twin_sentence``).
MIN_TWIN_SENTENCE_CHARS = 40


def _signature(node: HtmlElement) -> tuple[str, str]:
    return node.tag, " ".join((node.get("class") or "").split())


def _twin_sentence(block: HtmlElement, text: str) -> bool:
    """True for a short twin that is one of the story's sentences: a paragraph with no link that
    ends a sentence ("<div class=article-body><p>A public meeting is set for January 14.</p>"
    after an ad slot, the story's last part: review rv30)."""
    return (
        len(text) >= MIN_TWIN_SENTENCE_CHARS
        and text.endswith((".", "!", "?", '"', "”"))
        and block.find(".//a") is None
        and any(len(" ".join(p.text_content().split())) == len(text) for p in block.iter("p"))
    )


def twin_blocks(node: HtmlElement | None) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Blocks of the same kind as ``node`` around it: ``(before, after)`` in document order.

    A twin sits under one of ``node``'s nearest ancestors (at most MAX_TWIN_LEVELS up; ``<body>``
    only along a path of BODY_TWIN_PATH classed blocks) along the same path of tags and classes
    (``section > div.text > div.text-text``),
    and ``node`` has a class (unclassed blocks of one tag are everywhere). The nearest ancestor
    that has twins gives them.
    """
    if node is None or not (node.get("class") or "").strip():
        return [], []
    try:
        return _twin_blocks(node)
    except Exception:  # noqa: BLE001 - a bonus, it must not break extraction
        logger.debug("twin lookup failed", exc_info=True)
        return [], []


def _twin_blocks(node: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    path: list[tuple[str, str]] = []
    current = node
    for depth in range(1, max(MAX_TWIN_LEVELS, BODY_TWIN_PATH) + 1):
        parent = current.getparent()
        if parent is None or not isinstance(parent.tag, str) or parent.tag == "html":
            break
        if parent.tag == "body":
            if depth != BODY_TWIN_PATH or not all(classes for _, classes in (*path, _signature(current))):
                break
        elif depth > MAX_TWIN_LEVELS:
            break
        path.insert(0, _signature(current))
        current = parent
        level = [current]
        for signature in path:
            level = [
                child
                for each in level
                for child in each
                if isinstance(child.tag, str) and _signature(child) == signature
            ]
        if len(level) > 1:
            index = level.index(node) if node in level else -1
            if index < 0:
                return [], []
            return level[:index], story_edges.same_story_twins(node, level[index + 1 :])  # not the next story's
    return [], []


def twin_paragraphs(node: HtmlElement | None, paragraphs: list[str], drop: list[str]) -> list[str]:
    """``paragraphs`` (read from ``node``'s page) with the text of ``node``'s twin blocks put back
    before and after them: each twin's paragraphs not found in ``paragraphs``, when the twin sits
    outside widgets, holds MIN_TWIN_CHARS of text and few links."""
    before, after = twin_blocks(node)
    if not before and not after:
        return paragraphs
    known = _key("".join(paragraphs))
    shared = {node, *node.iterancestors()}

    def lines_of(blocks: list[HtmlElement]) -> list[str]:
        out: list[str] = []
        for block in blocks:
            climb = []
            for ancestor in (block, *block.iterancestors()):
                if ancestor in shared:
                    break
                climb.append(ancestor)
            if any(_lead_foreign(ancestor) or ancestor.tag in SKIP_TAGS for ancestor in climb):
                continue
            text = " ".join(block.text_content().split())
            links = sum(len(" ".join(a.text_content().split())) for a in block.iter("a"))
            if links > MAX_TWIN_LINK_SHARE * len(text) or (
                len(text) < MIN_TWIN_CHARS and not _twin_sentence(block, text)
            ):
                continue
            lines, _ = from_node(block, drop)
            out.extend(line for line in lines if (key := _key(line)) and key not in known)
        return out

    return lines_of(before) + paragraphs + lines_of(after)


# Text set loose in the story's container, outside any paragraph element: the first paragraph
# written straight into the container before the first <p> ("<div class=text>The council
# ...<p>..."), or a standfirst in a bare <header> inside it. trafilatura passes over both.

#: Elements that run inline with the text around them: a run of them and of loose text between
#: two blocks is one paragraph.
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "big", "br", "cite", "code", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
     "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"}
)  # fmt: skip
#: Shortest loose run given back (characters, spaces collapsed) and most of it in links: shorter
#: runs are labels, dates and bylines, link-heavier ones menus and tag lists.
MIN_LOOSE_CHARS = 80
MAX_LOOSE_LINK_SHARE = 0.5
#: Shortest paragraph key an insert is placed by (a shorter one matches by chance).
_MIN_PLACE_KEY = 20
#: A subhead goes above the paragraph whose key's first characters open the block after it (the
#: page's block may hold words the paragraph lost, a link's hidden "Opens a new window").
_PLACE_PREFIX = 60
#: Longest loose subhead (characters): a run that is one bold element and nothing else, between
#: two blocks of the story ("</p><strong>New tools for teams</strong><p>"), is the story's own
#: heading, however short.
MAX_LOOSE_SUBHEAD_CHARS = 120
_BOLD_TAGS = frozenset({"b", "strong"})
#: Children that may hold a bold subhead (``_bold_subhead``).
_SUBHEAD_TAGS = frozenset({"b", "strong", "em", "i", "span"})


def _inline_only(node: HtmlElement) -> bool:
    return all(not isinstance(child.tag, str) or child.tag in _INLINE_TAGS for child in node.iterdescendants())


#: A byline label opening a header's line, a name after it ("By Jana Ulm, Transport Correspondent",
#: "Von Jana Ulm", "Written by Jana Ulm"): the header is the story's byline, not its standfirst.
_HEADER_BYLINE = re.compile(
    r"^(?i:(?:written|posted|reported|words|text|story)\s+by|by|von|par|por|oleh|door|av|af)\s+[A-ZÀ-ÖØ-Þ]"
)


def _meta_header(header: HtmlElement) -> bool:
    """True when a text-only ``<header>`` is the story's byline and date line, not a standfirst: it
    holds a ``<time>`` or an element its class or id marks as the byline, or its text opens with a
    byline label and a name."""
    for element in header.iter():
        if element.tag == "time" or (
            element is not header
            and isinstance(element.tag, str)
            and marks_byline(f"{element.get('class') or ''} {element.get('id') or ''}")
        ):
            return True
    return bool(_HEADER_BYLINE.match(" ".join(header.text_content().split())))


def _loose_runs(node: HtmlElement) -> list[tuple[HtmlElement | None, HtmlElement | None, list[HtmlElement | str]]]:
    """``(block before, block after, parts)`` of each run of loose text and inline elements among
    ``node``'s children (a text-only ``<header>`` is a run of its own)."""
    runs = []
    parts: list[HtmlElement | str] = [node.text or ""]
    before = None
    for child in node:
        if not isinstance(child.tag, str):  # a comment: its tail runs on
            parts.append(child.tail or "")
        elif child.tag in _INLINE_TAGS:
            parts.extend((child, child.tail or ""))
        else:
            runs.append((before, child, parts))
            if child.tag == "header" and _inline_only(child) and not _meta_header(child):
                following = child.getnext()
                while following is not None and not isinstance(following.tag, str):
                    following = following.getnext()
                runs.append((before, following, [child]))
            parts, before = [child.tail or ""], child
    runs.append((before, None, parts))
    return runs


def _bold_subhead(parts: list[HtmlElement | str]) -> str | None:
    """The text of a run that is one bold element (``<strong>``, ``<b>``, or an inline element
    holding only one) of up to MAX_LOOSE_SUBHEAD_CHARS without a link or a line break, else None."""
    elements = [part for part in parts if not isinstance(part, str)]
    if len(elements) != 1 or any(part.strip() for part in parts if isinstance(part, str)):
        return None
    element = elements[0]
    while element.tag not in _BOLD_TAGS:
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) != 1 or (element.text or "").strip() or (children[0].tail or "").strip():
            return None
        element = children[0]
    if elements[0].find(".//a") is not None or elements[0].find(".//br") is not None or elements[0].tag == "a":
        return None
    text = " ".join(elements[0].text_content().split())
    return text if 0 < len(text) <= MAX_LOOSE_SUBHEAD_CHARS else None


#: The page's furniture set in bold above a story's first paragraph, none of them a heading of
#: the story: an audio player's or a comment link's label ("Listen to this article", "Jump to
#: comments"), a sponsor's ("In partnership with ..."), an archive notice ("This article is more
#: than 3 years old"), a picture's courtesy credit, a stamp of the page's history ("Updated on
#: Tuesday with ...") and a credit's label before a name ("Text and photos: ...").
_OPENING_FURNITURE = re.compile(
    r"^(?i:listen\s+to\b|jump\s+to\b|skip\s+to\b|in\s+(?:partnership|association|collaboration)\s+with\b|"
    r"this\s+(?:article|story|page|post)\b|(?:photo(?:graph)?s?|pictures?|images?)\s+courtesy\b|"
    r"(?:last\s+)?(?:updated|modified|published|posted)\b)"
    r"|^[^:]{2,40}:\s*(?=\S)"
)
#: A byline's place after the name ("Tom Reed in Dunmore", "From our correspondent in Dunmore").
_IN_PLACE = re.compile(r"^(?P<head>.+?)\s+in\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}$")


def _opening_byline(text: str) -> bool:
    """True for a byline without a label: a name or the paper's own correspondent, with a role
    after a comma ("Tom Reed, county correspondent") or a place after "in" ("Tom Reed in Dunmore",
    "From our correspondent in Dunmore")."""
    head, comma, tail = text.partition(",")
    if comma and (person_shaped(head.strip()) or own_reporter_credit(head)) and role_phrase(tail.strip()):
        return True
    placed = _IN_PLACE.match(text)
    name = placed.group("head") if placed else text
    return person_shaped(name) or own_reporter_credit(name)


def _opening_subhead(text: str, after: HtmlElement) -> bool:
    """True when a bold run with no text before it in the story's container, ``text``, is the
    story's opening subhead: set right above the first paragraph (no empty block between, as under
    a label: "<strong>Filed under Politics</strong><p><br></p>"), subhead-shaped (no boilerplate
    line), no byline or the page's furniture (``_OPENING_FURNITURE``: a label and a colon before
    it as well), and written as a phrase: some word in small letters (a writer's or the site's
    name, "Lena Marsh", and a dateline, "LONDON", have none)."""
    return (
        bool(after.text_content().strip())
        and _subhead(text)
        and not _HEADER_BYLINE.match(text)
        and not is_widget_label(text)
        and not _OPENING_FURNITURE.match(text)
        and not _opening_byline(text)
        and any(word[:1].islower() for word in text.split()[1:])
    )


def _with_text(block: HtmlElement, step: int) -> HtmlElement:
    """``block``, or when it holds no text (``<p><br></p>``) the nearest sibling element that
    does, looking back (``step`` -1) or on (1)."""
    node: HtmlElement | None = block
    while node is not None and not (isinstance(node.tag, str) and node.text_content().strip()):
        node = node.getprevious() if step < 0 else node.getnext()
    return block if node is None else node


def _run_lines(parts: list[HtmlElement | str]) -> list[tuple[str, int]]:
    """The run's lines (parted at ``<br>``; spaces collapsed), each with how much of it is link text."""
    lines: list[tuple[str, int]] = []
    texts: list[str] = []
    links = 0
    for part in [*parts, None]:
        if part is None or (not isinstance(part, str) and part.tag == "br"):
            text = " ".join("".join(texts).split())
            if text:
                lines.append((text, links))
            texts, links = [], 0
        elif isinstance(part, str):
            texts.append(part)
        else:
            texts.append(part.text_content())
            anchors = (part,) if part.tag == "a" else part.iter("a")
            links += sum(len(" ".join(a.text_content().split())) for a in anchors)
    return lines


def loose_text(node: HtmlElement | None, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with the text set loose in ``node`` (the element holding the story) put
    back where it stands: a line of text and inline elements between two of its block children,
    or of a text-only ``<header>`` child, of MIN_LOOSE_CHARS and few links. It goes before the
    next line of its run that the body has, or after the one before; else after the paragraph
    the block before it ends with, or before the one the block after it starts with."""
    if node is None or not paragraphs:
        return paragraphs
    try:
        return _loose_text(node, paragraphs)
    except Exception:  # noqa: BLE001 - a bonus, it must not break extraction
        logger.debug("loose text lookup failed", exc_info=True)
        return paragraphs


def _loose_text(node: HtmlElement, paragraphs: list[str]) -> list[str]:
    # Cheap test first: no loose text of the least length among the container's own text nodes.
    own = len((node.text or "").strip()) + sum(len((c.tail or "").strip()) for c in node)
    # Loose lines only where the container holds that much loose text of its own (or a header);
    # else only bold subheads (runs of inline elements alone are captions and labels).
    lines_too = own >= MIN_LOOSE_CHARS or any(c.tag == "header" for c in node)
    if not lines_too and not any(c.tag in _SUBHEAD_TAGS for c in node):
        return paragraphs
    known = _key("".join(paragraphs))
    keys = [_key(p) for p in paragraphs]

    def found(key: str) -> int | None:
        return next((i for i, k in enumerate(keys) if key in k), None) if len(key) >= _MIN_PLACE_KEY else None

    inserts: list[tuple[int, int, str]] = []
    inside = ""  # the container's text (key), read only for an opening subhead
    for before, after, parts in _loose_runs(node):
        if any(not isinstance(p, str) and _is_hidden(p) for p in parts):
            continue
        subhead = _bold_subhead(parts) if after is not None else None
        if subhead and _key(subhead) and _key(subhead) not in known:
            # Between two blocks the body holds, before the paragraph the next one starts with.
            ending = _key(_with_text(before, -1).text_content()) if before is not None else ""
            opening = _key(_with_text(after, 1).text_content())
            ends = [i for i, k in enumerate(keys) if len(k) >= _MIN_PLACE_KEY and ending.endswith(k)]
            starts = [
                i for i, k in enumerate(keys) if len(k) >= _MIN_PLACE_KEY and opening.startswith(k[:_PLACE_PREFIX])
            ]
            if ends and starts and starts[0] == ends[-1] + 1:
                inserts.append((starts[0], len(inserts), subhead))
                continue
            if not ending and starts and _opening_subhead(subhead, after):
                # Above the container's first paragraph: the body's lines before it (a headline)
                # lie outside the container.
                inside = inside or _key(node.text_content())
                if not any(keys[i] and keys[i] in inside for i in range(starts[0])):
                    inserts.append((starts[0], len(inserts), subhead))
                    continue
        if not lines_too:
            continue
        lines = _run_lines(parts)
        wanted = []
        for text, links in lines:
            key = _key(text)
            wanted.append(
                bool(key)
                and key not in known
                and len(text) >= MIN_LOOSE_CHARS
                and links <= MAX_LOOSE_LINK_SHARE * len(text)
            )
        if not any(wanted):
            continue
        places = [None if want else found(_key(text)) for (text, _), want in zip(lines, wanted, strict=True)]
        for number, ((text, _), want) in enumerate(zip(lines, wanted, strict=True)):
            if not want:
                continue
            position = next((places[j] for j in range(number + 1, len(lines)) if places[j] is not None), None)
            if position is None:
                earlier = [places[j] for j in range(number) if places[j] is not None]
                position = earlier[-1] + 1 if earlier else None
            if position is None and before is not None:
                ending = _key(before.text_content())
                hits = [i for i, k in enumerate(keys) if len(k) >= _MIN_PLACE_KEY and ending.endswith(k)]
                position = hits[-1] + 1 if hits else None
            if position is None and after is not None:
                opening = _key(after.text_content())
                hits = [i for i, k in enumerate(keys) if len(k) >= _MIN_PLACE_KEY and opening.startswith(k)]
                position = hits[0] if hits else None
            if position is not None:
                inserts.append((position, len(inserts), text))
    # Later inserts at one position go in first, so each run's lines keep their order.
    for position, _, text in sorted(inserts, reverse=True):
        paragraphs = [*paragraphs[:position], text, *paragraphs[position:]]
    return paragraphs


#: Sibling blocks of the frame's own tag that make its parent the frame (see drop_outside_tail).
MIN_SIBLING_RUN = 3


def drop_outside_tail(node: HtmlElement | None, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the run at their end that lies outside ``node`` (the element holding
    the article's text, see ``holder``) and its twin blocks: teasers, author boxes, newsletter
    and comment prompts that trafilatura took from after the article's container."""
    if node is None or len(paragraphs) < 2:
        return paragraphs
    text = frame_text(node)
    if text is None:
        return paragraphs
    # A paragraph found as it is in the frame's text (spaces collapsed) is inside it, its key in the
    # frame's key: the frame's key (a regular expression over all its text) only when one is not.
    # A paragraph with single spaces between its words and none at its ends, found in the text as
    # it is, is in the collapsed text too: the text is collapsed only when one is not.
    shown, inside = None, None
    end = len(paragraphs)
    while end:
        last = paragraphs[end - 1]
        if last in text and last == " ".join(last.split()):
            break
        shown = " ".join(text.split()) if shown is None else shown
        if last in shown:
            break
        inside = _key(text) if inside is None else inside
        if _inside(paragraphs[end - 1], inside):
            break
        end -= 1
    return paragraphs[:end] if end else paragraphs


def frame_key(node: HtmlElement, siblings: bool = True) -> str | None:
    """The letters and digits (``_key``) of ``frame_text``; None when it cannot be read."""
    text = frame_text(node, siblings)
    return None if text is None else _key(text)


def frame_text(node: HtmlElement, siblings: bool = True) -> str | None:
    """The text of ``node`` (the element holding the article's text, see ``holder``) and its twin
    blocks, or (``siblings``) its parent when it is one of a run of sibling blocks of its tag;
    None when they cannot be read."""
    try:
        before, after = twin_blocks(node)
        blocks = (*before, node, *after)
        parent = node.getparent()
        if siblings and not (before or after) and parent is not None and parent.tag not in ("body", "html"):
            # One of a run of plain sibling blocks (paragraphs set as <div style=...>): the
            # story goes on in its siblings, so they are the frame too.
            if sum(1 for child in parent if child.tag == node.tag) >= MIN_SIBLING_RUN:
                blocks = (parent,)
        return " ".join(block.text_content() for block in blocks)
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        logger.debug("frame text failed", exc_info=True)
        return None


def _inside(paragraph: str, inside: str) -> bool:
    """True when ``paragraph`` is text of the frame (``inside``: its key), holds the whole frame
    (a table row around it), is a table row (results set after the story's container) or credits
    the story's reporters. List items are not spared: after the container they are teasers,
    share bars and comment rules more often than content (benchmarks/extraction_eval.py)."""
    key = _key(paragraph)
    return key in inside or inside in key or paragraph.startswith("|") or bool(_CONTRIBUTORS.search(paragraph))


# A comment section inside the story's container, named in the site's language ("kommentare",
# "comentarios"): trafilatura's comment prune knows English names only, and keeps the comments,
# their form's prompts and the moderation notice as the story's end. English names are left to
# trafilatura: inside a story's container "comment" also names a live ticker's entries and a
# gallery item's text (sports.fr's match report, houzz's gallery: 2 segment pages worse).

#: Class and id parts (split at "-", "_" and camelCase) that name a comment section or comment.
COMMENT_WORDS = frozenset(
    {"kommentar", "kommentare", "komentar", "komentarze", "commentaire", "commentaires", "comentario", "comentarios",
     "commento", "commenti", "reacties"}
)  # fmt: skip
#: Elements whose class or id may hold one of COMMENT_WORDS (a test in libxml2 before the split in Python).
_COMMENT_STEMS = ("ommentar", "omentar", "ommentai", "ommento", "ommenti", "eacties")
_MAYBE_COMMENTS = etree.XPath(
    ".//*[" + " or ".join(f"contains(@class, '{stem}') or contains(@id, '{stem}')" for stem in _COMMENT_STEMS) + "]"
)


def drop_comment_tail(
    node: HtmlElement | None, paragraphs: list[str], markers: frozenset[str] | None = None
) -> list[str]:
    """``paragraphs`` without the run at their end that lies in a comment section inside ``node``
    (the element holding the story's text, see ``holder``). A section that holds the story's
    longest paragraph is the story (an opinion column classed "kommentar"), not its comments.
    ``markers`` (the page's class and id values, see ``PageDocument.markers``), when given, spare
    the search on a page none of whose values holds a comment word's stem (most pages)."""
    if node is None or len(paragraphs) < 2:
        return paragraphs
    if markers is not None:
        marker_text = "\n".join(markers)
        if not any(stem in marker_text for stem in _COMMENT_STEMS):
            return paragraphs
    try:
        marked = [element for element in _MAYBE_COMMENTS(node) if _class_parts(element) & COMMENT_WORDS]
        if not marked:
            return paragraphs
        outer = set(marked)  # a comment inside the marked section adds no text
        marked = [element for element in marked if not any(a in outer for a in element.iterancestors())]
        longest = _key(max(paragraphs, key=len))
        boxes = [key for element in marked if longest not in (key := _key(element.text_content()))]
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        logger.debug("comment lookup failed", exc_info=True)
        return paragraphs
    if not boxes:
        return paragraphs
    end = len(paragraphs)
    while end > 1 and (key := _key(paragraphs[end - 1])) and any(key in box for box in boxes):
        end -= 1
    return paragraphs[:end]


#: A closing line that credits the story's reporters, which themes often set below its container.
_CONTRIBUTORS = re.compile(
    r"(?i:\bcontributed\s+to\s+this\s+(?:report|story|article)|\b(?:additional\s+)?reporting\s+by\b|"
    r"\bmitarbeit\s*:|\bcon\s+(?:información|informaci[oó]n)\s+de\b|\bavec\s+(?:afp|reuters)\b)"
)


# A page that renders its story from a script (the story's text only in the page's JSON-LD
# ``articleBody``): trafilatura finds a caption or a menu.

#: Least length of an ``articleBody`` that stands in for the extracted text (characters), and how
#: many times the extracted text it must be.
MIN_LD_BODY_CHARS = 500
LD_BODY_RATIO = 4
_TAG = re.compile(r"<[^<>]{1,500}>")


def ld_body_paragraphs(article_body: Any, paragraphs: list[str]) -> list[str]:
    """The paragraphs of a JSON-LD ``articleBody`` when the page's extracted ``paragraphs`` are a
    small part of it (a story rendered by a script), else ``paragraphs``. Line breaks, or tags
    when the field holds markup, split it into paragraphs."""
    if not isinstance(article_body, str) or len(article_body) < MIN_LD_BODY_CHARS:
        return paragraphs
    extracted = sum(map(len, paragraphs))
    if LD_BODY_RATIO * extracted > len(article_body):
        return paragraphs
    import html as html_entities

    text = _TAG.sub("\n", article_body) if "<" in article_body else article_body
    lines = [" ".join(line.split()) for line in html_entities.unescape(text).split("\n")]
    lines = [line for line in lines if line]
    return lines if sum(map(len, lines)) >= MIN_LD_BODY_CHARS else paragraphs


#: A line that ends a sentence (a closing quote or bracket may follow its mark).
_LD_LINE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
#: A line that ends in a title's abbreviation or an initialism ("Dr.", "U.S."): mid-sentence.
_LD_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:(?:Dr|Mr|Mrs|Ms|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hon|Jr|Sr)\.|(?:[A-Z]\.){2,})$"
)
#: Shortest width of a hard-wrapped field (characters of its widest line ending mid-sentence).
MIN_HARD_WRAP_CHARS = 30
#: Least share of that width of each line a hard-wrapped field breaks mid-sentence.
HARD_WRAP_SPREAD = 0.7


def _hard_wrapped(lines: list[str]) -> bool:
    """True when ``lines`` (a field's lines, the last left out) were broken at a width: most end
    mid-sentence, those of about one width (``HARD_WRAP_SPREAD``), and none much wider."""
    mid = [len(line) for line in lines if not _ld_line_end(line)]
    if len(mid) * 2 <= len(lines) or max(mid) < MIN_HARD_WRAP_CHARS:
        return False
    width = max(mid)
    return min(mid) >= width * HARD_WRAP_SPREAD and all(len(line) <= width * 1.1 for line in lines)


def _ld_line_end(line: str) -> bool:
    return bool(_LD_LINE_END.search(line)) and not _LD_ABBREVIATION_END.search(line)


def ld_body_breaks(article_body: Any, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with one that is a JSON-LD ``articleBody`` of several lines, all in one
    (trafilatura's fallback reads the field with its line breaks collapsed), split at its blank
    lines, or, in a field with none, at every line break (a subheading is a line of its own), but
    only after a sentence's end in a hard-wrapped field (``_hard_wrapped``); a line ending in a
    title or an initialism ("Dr.", "U.S.") runs on into the next."""
    if not isinstance(article_body, str) or "\n" not in article_body.strip() or "<" in article_body:
        return paragraphs
    import html as html_entities

    text = html_entities.unescape(article_body).strip()
    if re.search(r"\n[^\S\n]*\n", text):
        lines = [" ".join(part.split()) for part in re.split(r"\n[^\S\n]*\n", text)]
    else:
        raw = [" ".join(line.split()) for line in text.split("\n")]
        wrapped = _hard_wrapped([line for line in raw[:-1] if line])
        lines = [""]
        for line in raw:
            lines[-1] = f"{lines[-1]} {line}".strip()
            if line and (_ld_line_end(line) if wrapped else not _LD_ABBREVIATION_END.search(line)):
                lines.append("")
    lines = [line for line in lines if line]
    whole = " ".join(lines)
    if len(lines) < 2:
        return paragraphs
    return [part for p in paragraphs for part in (lines if " ".join(p.split()) == whole else [p])]


# Teasers of the site's other stories set inside (or among) the story's own blocks: a run of
# sibling items, each a headline linked to another article of the site, with its thumbnail,
# time, kicker or a line of summary, and no prose (a "more from the section" strip, a video
# carousel, a column of opinion pieces). trafilatura keeps them when they share the story's
# container. Found by their shape, not their words.

#: How many levels above the element holding the story's text the teasers are looked for (the
#: story's container: Herald Sun's opinion columns sit beside the story's text, one level up;
#: a page-wide search cost 0.7 ms a page).
TEASER_FRAME_LEVELS = 2
#: Fewest sibling items, each linking a different article, that make a teaser run.
MIN_TEASER_RUN = 3
#: Shortest and longest headline of a teaser item (characters of its link's text), and fewest
#: words ("Download", "More details" are buttons).
MIN_TEASER_HEADLINE_WORDS = 3
MIN_TEASER_HEADLINE_CHARS = 10
MAX_TEASER_HEADLINE_CHARS = 200
#: Most text of a teaser outside its links (characters): its kicker, time and a summary line; an
#: element with more holds prose (a blog index's full posts, the story itself).
MAX_TEASER_PROSE_CHARS = 800
#: Most pages a teaser links (its story and that story's own related links).
MAX_TEASER_LINKS = 4
#: Shortest block of text outside links that counts as prose (characters): kickers, times,
#: sources and comment counts are shorter.
MIN_PROSE_CHARS = 40
#: How far above its headline link an item's element is looked for (levels), and how far above
#: the item the elements whose siblings make the run.
MAX_TEASER_LEVELS = 6
MAX_TEASER_UNIT_LEVELS = 3
#: Least share of its parent's text a headline link holds (a link inside a sentence holds less).
HEADLINE_SHARE = 0.6
#: Shortest extracted paragraph (letters and digits) matched inside an item's text rather than
#: as one of its blocks.
MIN_TEASER_PIECE = 30
#: A unit's longest text is looked for in the body by its first TEASER_PROBE_CHARS characters,
#: when it has half as many (a shorter one says little).
TEASER_PROBE_CHARS = 40


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _href_key(href: str, hosts: frozenset[str]) -> str | None:
    """``href`` as a key when it links another page of the site (relative, or on one of ``hosts``), else None."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    href = href.split("#", 1)[0]
    if "//" in href[:8]:
        if _host_of(href) not in hosts:
            return None
        path = href.split("//", 1)[1].partition("/")[2]
    else:
        path = href.lstrip("./")
    return path.strip("/") or None


#: Links with a headline's length of text outside the menus, sidebars and footers trafilatura
#: leaves out (no other link can be a teaser's headline in the body), found in C.
_HEADLINE_LINKS = etree.XPath(
    f".//a[@href][string-length(normalize-space()) >= {MIN_TEASER_HEADLINE_CHARS}]"
    f"[string-length(normalize-space()) <= {MAX_TEASER_HEADLINE_CHARS}]"
    "[string-length(normalize-space()) - string-length(translate(normalize-space(), ' ', ''))"
    f" >= {MIN_TEASER_HEADLINE_WORDS - 1}]"
    "[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header or ancestor::form)]"
)


def _teaser_units(scope: HtmlElement, hosts: frozenset[str], own: frozenset[str]) -> list[HtmlElement]:
    """The elements in ``scope`` that may be teasers (``_teaser_shaped`` tells): each around a
    headline link and in a run (see MIN_TEASER_RUN) of siblings of its tag that hold other
    headlines. The item around a headline is its highest ancestor that links nothing else; the
    run is made by the item or one of its nearest ancestors (a list item holding the teaser and
    its own related links), which is the unit."""
    keys: dict[str, str | None] = {}

    def key_of(anchor: HtmlElement) -> str | None:
        href = anchor.get("href") or ""
        if href not in keys:
            keys[href] = _href_key(href, hosts)
        return keys[href]

    items: dict[HtmlElement, str] = {}
    for anchor in _HEADLINE_LINKS(scope):
        key = key_of(anchor)
        if key is None or key in own:
            continue
        if not _stands_alone(anchor, " ".join(anchor.text_content().split())):
            continue
        item = anchor
        for _ in range(MAX_TEASER_LEVELS):
            parent = item.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            if any((other := key_of(a)) is not None and other != key for a in parent.iter("a")):
                break
            item = parent
        items.setdefault(item, key)
    runs: dict[tuple[HtmlElement, str], set[str]] = {}
    chains: list[list[HtmlElement]] = []
    for item, key in items.items():
        chain = []
        unit = item
        for _ in range(MAX_TEASER_UNIT_LEVELS):
            parent = unit.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            runs.setdefault((parent, unit.tag), set()).add(key)
            chain.append(unit)
            unit = parent
        chains.append(chain)
    units: dict[HtmlElement, None] = {}
    for chain in chains:
        for unit in chain:
            if len(runs[(unit.getparent(), unit.tag)]) >= MIN_TEASER_RUN:
                units[unit] = None
                break
    return list(units)


def _stands_alone(anchor: HtmlElement, headline: str) -> bool:
    """True when ``anchor`` (text ``headline``) is a headline, not a link inside a sentence: it
    holds or sits in a heading, or it is most of its parent's text."""
    parent = anchor.getparent()
    if parent is None:
        return False
    if parent.tag in _HEADINGS or any(child.tag in _HEADINGS for child in anchor.iter()):
        return True
    return len(headline) >= HEADLINE_SHARE * len(" ".join(parent.text_content().split()))


#: Elements that are no teaser item: table rows and cells (tables of figures link their terms)
#: and headings (a listicle's linked subheadings).
_NOT_TEASER_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", *_HEADINGS})
_LINKED_PICTURE = etree.XPath("boolean(.//a[.//img or .//picture or .//amp-img])")
#: A picture, video or embed that links nowhere: the page's own media (a teaser's thumbnail links its story).
_UNLINKED_PICTURE = etree.XPath(
    "boolean(.//*[self::img or self::picture or self::video or self::iframe or self::embed or self::object"
    " or starts-with(local-name(), 'amp-img') or starts-with(local-name(), 'amp-video')"
    " or local-name() = 'amp-instagram' or local-name() = 'amp-youtube' or local-name() = 'amp-twitter']"
    "[not(ancestor::a)])"
)


def _teaser_shaped(unit: HtmlElement, hosts: frozenset[str]) -> bool:
    """True when ``unit`` is a teaser: a headline with its furniture and no prose.

    A headline and a linked thumbnail, or blocks beside the headline (kicker, time, source, a
    summary) of which at most one has MIN_PROSE_CHARS of text outside the links (the summary);
    at most MAX_TEASER_PROSE_CHARS of text outside its links in all, links to at most
    MAX_TEASER_LINKS pages (the story and its own related links; a list of links is no teaser),
    every picture, video or embed a link (the page's own media are content: a listicle's slides), no
    table (``hosts``: the site's, see ``_href_key``)."""
    if (
        unit.tag in _NOT_TEASER_TAGS
        or any(ancestor.tag in _NOT_TEASER_TAGS for ancestor in unit.iterancestors())
        or unit.find(".//table") is not None
        or _UNLINKED_PICTURE(unit)
    ):
        return False
    if len({key for a in unit.iter("a") if (key := _href_key(a.get("href") or "", hosts))}) > MAX_TEASER_LINKS:
        return False
    text = " ".join(unit.text_content().split())
    link_texts = [t for a in unit.iter("a") if (t := " ".join(a.text_content().split()))]
    if len(text) - sum(map(len, link_texts)) > MAX_TEASER_PROSE_CHARS:
        return False
    lines, _ = paragraphs_of(unit)
    if len(lines) < 2 and not _LINKED_PICTURE(unit):
        return False
    prose_lines = 0
    for line in lines:
        for link in link_texts:
            line = line.replace(link, "")
        if len(line.strip()) >= MIN_PROSE_CHARS:
            prose_lines += 1
            if prose_lines > 1:
                return False
    return True


def drop_teasers(
    tree: HtmlElement | None,
    frame: HtmlElement | None,
    paragraphs: list[str],
    url: str,
    own_urls: tuple[str, ...] = (),
) -> list[str]:
    """``paragraphs`` without the lines of teasers (see ``_teaser_units``) in the story's
    container: ``frame`` (the element holding the story's text, see ``holder``) and its nearest
    ancestors (TEASER_FRAME_LEVELS); the whole page when ``frame`` is None. A line goes when it is one of a teaser's blocks, or a long
    piece of a teaser's text, and the page (``tree``) shows it nowhere else. ``url`` and
    ``own_urls`` (canonical) name the site and the page itself."""
    if tree is None or not paragraphs:
        return paragraphs
    try:
        scope = frame if frame is not None else tree  # None: the story is most of the page
        for _ in range(TEASER_FRAME_LEVELS if frame is not None else 0):
            parent = scope.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            scope = parent
        return _drop_teasers(tree, scope, paragraphs, url, own_urls)
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        logger.debug("teaser lookup failed", exc_info=True)
        return paragraphs


def _host_of(url: str) -> str:
    """The site ``url`` is on: its host's registered part ("news.yahoo.com" -> "yahoo.com",
    "www.heraldsun.com.au" -> "heraldsun.com.au"), told by the shape of the name, no suffix list."""
    rest = url.split("//", 1)[1] if "//" in url else ""
    labels = rest.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0].lower().split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def _drop_teasers(
    tree: HtmlElement, scope: HtmlElement, paragraphs: list[str], url: str, own_urls: tuple[str, ...]
) -> list[str]:
    hosts = frozenset(host for host in map(_host_of, (url, *own_urls)) if host)
    own = frozenset(key for u in (url, *own_urls) if u and (key := _href_key(u, hosts)))
    units = _teaser_units(scope, hosts, own)
    if not units:
        return paragraphs
    body = "\n".join(paragraphs)
    blocks: set[str] = set()
    wholes: list[str] = []
    for unit in units:
        # Only a unit whose longest text the body holds can have given it lines (most units are
        # a menu's or a sidebar's): the shape is read on those alone.
        probe = " ".join(max(unit.itertext(), key=len, default="")[: 2 * TEASER_PROBE_CHARS].split())
        if len(probe) < TEASER_PROBE_CHARS // 2 or probe[:TEASER_PROBE_CHARS] not in body:
            continue
        if not _teaser_shaped(unit, hosts):
            continue
        lines, _ = paragraphs_of(unit)
        blocks.update(_key(line) for line in lines)
        blocks.update(_key(a.text_content()) for a in unit.iter("a"))
        wholes.append(_key(unit.text_content()))
    if not wholes:
        return paragraphs
    teaser_text = "\n".join(wholes)

    def teaser(key: str) -> bool:
        return bool(key) and (key in blocks or (len(key) >= MIN_TEASER_PIECE and key in teaser_text))

    doomed = {index for index, line in enumerate(paragraphs) if teaser(_key(line))}
    if not doomed:
        return paragraphs
    # A line the page shows outside its teasers too (the story's own lead in a teaser of
    # itself) stays.
    page_text = _key(" ".join(_VISIBLE_TEXTS(tree)))
    doomed = {index for index in doomed if page_text.count(key := _key(paragraphs[index])) <= teaser_text.count(key)}
    return [line for index, line in enumerate(paragraphs) if index not in doomed]
