"""One parsed page: bytes decoded once, parsed once, its structured data read once.

Everything a page class asks of the HTML goes through :class:`PageDocument`, so the
page is parsed a single time and that lxml tree is what trafilatura and htmldate
get too. Decoding trusts the bytes over the declaration: a page that declares
ISO-8859-1 but is valid UTF-8 is UTF-8 (a common mirror fault).
"""

from __future__ import annotations

import codecs
import itertools
import json
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from functools import cached_property
from typing import Any
from urllib.parse import urljoin

from lxml import etree, html
from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

#: JSON-LD types whose object describes the article on the page.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "ScholarlyArticle",
        "TechArticle",
        "SocialMediaPosting",
        "Report",
        "SatiricalArticle",
        "AdvertiserContentArticle",
        "MedicalScholarlyArticle",
        "DiscussionForumPosting",
        "Posting",
    }
)

#: schema.org types of an item a news page embeds that is not the article: a video or a recording,
#: an image, a reader's comment or review, an event, a product or a book. Its ``itemprop`` dates
#: (``datePublished``, ``uploadDate``) are that item's: a clip filmed years before the story that embeds it.
OTHER_ITEM_TYPES = frozenset(
    {
        "VideoObject",
        "AudioObject",
        "ImageObject",
        "MediaObject",
        "Clip",
        "Movie",
        "MusicRecording",
        "TVEpisode",
        "PodcastEpisode",
        "RadioEpisode",
        "Comment",
        "Review",
        "Event",
        "Product",
        "Offer",
        "Book",
        "SoftwareApplication",
    }
)


def in_other_item(node: HtmlElement) -> bool:
    """True when ``node`` belongs to a microdata item of ``OTHER_ITEM_TYPES`` (the nearest
    ``itemscope`` around it; an ``Event`` subtype too) that does not hold an ``<h1>``: an item that
    holds the headline is the page's own (a video's page), any other is something the story embeds."""
    for current in (node, *node.iterancestors()):
        if current.get("itemscope") is None:
            continue
        kinds = {kind.rstrip("/").rsplit("/", 1)[-1] for kind in (current.get("itemtype") or "").split()}
        if not any(kind in OTHER_ITEM_TYPES or kind.endswith("Event") for kind in kinds):
            return False
        return next(current.iter("h1"), None) is None
    return False


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.+-]+)", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in a browser.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# Wrappers themes put around JSON-LD: HTML comments, CDATA sections (with "//" before them).
_JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
# How a stripped text the wrapper pattern can match begins or ends (its search over the whole of a
# graph of several kB, tried at every character for its closing part, is skipped on the others).
_WRAPPER_OPENINGS = ("<!", "//")
_WRAPPER_CLOSINGS = ("-->", "]]>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The C0 controls of _CONTROL as bytes: a page is checked for them by deleting them from its UTF-8
# form (bytes.translate, about a third of the time of a regex scan of the text; pages rarely have any).
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))


def _has_control(text: str, utf8: bytes | None = None) -> bool:
    """True when ``text`` holds a character ``_CONTROL`` matches. ``utf8``: bytes whose UTF-8 text
    holds every character of ``text`` (the page's own bytes, read as UTF-8), looked at instead of
    an encoding of ``text`` (a C0 control there and not in ``text`` only costs a needless removal)."""
    if "\ufffe" in text or "\uffff" in text:
        return True
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _header(headers: Any, name: str) -> str | None:
    if not headers:
        return None
    try:
        value = headers.get(name) or headers.get(name.lower())
    except AttributeError:
        return None
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value


def decode_html(data: bytes | str, headers: Any = None) -> str:
    """Text of a page: BOM, then valid UTF-8, then the declared charset (HTTP header, meta), then a guess."""
    return _decoded(data, headers)[0]


def _decoded(data: bytes | str, headers: Any = None) -> tuple[str, bytes | None]:
    """``decode_html``'s text, and ``data`` when that text is ``data`` read as UTF-8 (else None)."""
    if isinstance(data, str):
        return data, None
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), None
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    declared = []
    content_type = _header(headers, "Content-Type")
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match:
            declared.append(match.group(1))
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared.append(match.group(1).decode("ascii", "replace"))
    for label in declared:
        codec = _codec(label)
        if codec and codec != "utf-8":
            try:
                return data.decode(codec), None
            except (UnicodeDecodeError, LookupError):
                continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace"), None
    except Exception:  # noqa: BLE001 - a guess that fails leaves the fallback below
        logger.debug("charset guess failed", exc_info=True)
    return data.decode("cp1252", errors="replace"), None


def parse_html(text: str, utf8: bytes | None = None) -> HtmlElement | None:
    """The lxml tree of ``text``, or None when nothing parses (``utf8``: ``text``'s own UTF-8 bytes, if known)."""
    length = len(text)
    text = _XML_DECL.sub("", text, count=1)
    if _has_control(text, utf8):
        text, utf8 = _CONTROL.sub("", text), None
    if not text.strip():
        return None
    # The page's own UTF-8 bytes when they are the text as it stands: libxml2 reads UTF-8 bytes
    # (told their encoding) in 0.1-0.2 ms less a page than a str, into the same tree. A text
    # left starting "<?xml" stays a str (lxml refuses an encoding declaration in one).
    if utf8 is not None and len(text) == length and not text.startswith("<?xml"):
        source, parser = utf8, _UTF8_PARSER
    else:
        source, parser = text, _PARSER
    try:
        tree = html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None
    return tree if tree is not None else None


class PageElement(html.HtmlElement):
    """lxml.html's element, its ``text_content()`` read without XPath.

    lxml.html evaluates the XPath ``string()`` for each call (~500 calls a real page, most
    of them trafilatura's link-density tests on small elements); the same text is an
    element's own text when it has no children, else libxml2's text serialisation of it
    (``xmlNodeBufGetContent``: text and CDATA below it, no comments, no tail), a fraction
    of the cost. A plain ``str``, not lxml's "smart" string (no caller reads its parent).
    """

    def text_content(self) -> str:
        if len(self):
            return _TO_STRING(self, method="text", encoding="unicode", with_tail=False)
        return self.text or ""


_TO_STRING = etree.tostring
_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
# Every element a PageElement, chosen in C: lxml.html's own lookup calls a Python method for each
# element proxy made (millions a run in trafilatura's passes over the tree), for form and input
# classes no one here uses. The second parser reads a page's UTF-8 bytes (see ``parse_html``).
_UTF8_PARSER = html.HTMLParser(
    remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False, encoding="utf-8"
)
for _parser in (_PARSER, _UTF8_PARSER):
    _parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=PageElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity
        )
    )


#: Elements that end a line or a block: their text never runs on into the next ("<a>Jana
#: Ulm</a><div>The Daily</div>", "Reporter<br>November 24" are two runs of words).
BREAK_TAGS = (
    "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer",
    "aside", "nav", "main", "figure", "figcaption", "address", "hr", "form", "fieldset", "details", "summary",
    "caption", "option",
)  # fmt: skip
_BREAKS = frozenset(BREAK_TAGS)


#: Longest text whose blocks are parted: a line, a heading, a byline, a box (a longer text is a
#: container's, read for its length or its words' count, and a walk in Python costs ~0.3 ms a kB).
MAX_SPACED_CHARS = 1000


def text_of(node: Any) -> str:
    """Visible text of a node, whitespace collapsed; block elements and ``<br>`` inside it part words
    (in texts of up to ``MAX_SPACED_CHARS``)."""
    if node is None:
        return ""
    if isinstance(node, str):
        return " ".join(node.split())
    try:
        text = node.text_content()  # lxml's own walk, in C
        if len(node) and len(text) <= MAX_SPACED_CHARS and _has_break(node):
            text = _spaced_text(node)
        return " ".join(text.split())
    except (ValueError, AttributeError, TypeError):
        return ""


def _has_break(node: HtmlElement) -> bool:
    """True when an element below ``node`` is one of ``BREAK_TAGS`` (a plain loop: lxml's tag filter
    costs more to set up for a small node)."""
    return any(el.tag in _BREAKS for el in node.iterdescendants())


def _spaced_text(node: HtmlElement) -> str:
    """``node.text_content()`` with a space at each edge of the break elements below it."""
    parts: list[str] = []
    for event, el in etree.iterwalk(node, events=("start", "end")):
        if el is node:
            if event == "start" and el.text:
                parts.append(el.text)
            continue
        text_holder = isinstance(el.tag, str)
        if event == "start":
            if text_holder and el.tag in _BREAKS:
                parts.append(" ")
            if text_holder and el.text:
                parts.append(el.text)
        else:
            if text_holder and el.tag in _BREAKS:
                parts.append(" ")
            if el.tail:
                parts.append(el.tail)
    return "".join(parts)


#: Deepest JSON-LD nesting read (objects and lists); real metadata nests a few levels, and
#: deeper values (a hostile page's thousand nested lists) would overflow the readers' recursion.
MAX_JSONLD_DEPTH = 32


def _prune_deep(data: Any, limit: int) -> None:
    """Replace the objects and lists of ``data`` nested deeper than ``limit`` by None, in place."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        for key, child in list(children):
            if isinstance(child, (dict, list)):
                if depth >= limit:
                    value[key] = None
                else:
                    stack.append((child, depth + 1))


def _walk_jsonld(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk_jsonld(item)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk_jsonld(graph)
        main = value.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _walk_jsonld(main)


#: Keys whose values are other things than the object itself: a list's items, a whole's parts.
_PART_KEYS = ("itemListElement", "hasPart", "relatedLink")


def _address(value: Any, fragment: bool = False) -> str:
    """``value`` as an address to compare: no scheme, ``www.``, fragment or closing slash, host in lower case.

    With ``fragment``, the ``#...`` part is kept (a live blog entry's ``page#post-9`` is not the page)."""
    if not isinstance(value, str) or "/" not in value:
        return ""
    rest, hash_, tail = value.strip().partition("#")
    host, _, path = rest.split("://", 1)[-1].partition("/")
    host = host.lower().removeprefix("www.")
    if not host:
        return ""
    return f"{host}/{path}".rstrip("/") + (hash_ + tail if fragment and tail else "")


def _ld_addresses(obj: dict[str, Any]) -> Iterator[Any]:
    """The addresses a JSON-LD object gives for itself: ``url``, ``@id``, ``mainEntityOfPage``."""
    for key in ("url", "@id", "mainEntityOfPage"):
        value = obj.get(key)
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, dict):
                yield item.get("@id")
                yield item.get("url")
            else:
                yield item


def _folded(value: Any) -> str:
    return " ".join(value.split()).casefold() if isinstance(value, str) else ""


def _listed_ids(objects: list[dict[str, Any]]) -> set[str]:
    """``@id`` values that a list or a part refers to (``itemListElement``, ``hasPart``, ``relatedLink``)."""
    ids: set[str] = set()
    for obj in objects:
        for key in _PART_KEYS:
            value = obj.get(key)
            for item in value if isinstance(value, list) else (value,):
                if isinstance(item, dict) and item.get("item"):
                    item = item["item"]  # a ListItem
                if isinstance(item, dict):
                    item = item.get("@id") or item.get("url")
                if isinstance(item, str):
                    ids.add(item)
    return ids


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    """The ``@type`` names of a JSON-LD object, without vocabulary prefixes."""
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if v}


class PageDocument:
    """A page parsed once: the tree, its JSON-LD objects and its meta tags."""

    def __init__(self, data: bytes | str, url: str, headers: Any = None) -> None:
        self.url = url
        self.text, utf8 = _decoded(data, headers)
        self.tree = parse_html(self.text, utf8)

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page (``@graph`` and lists flattened)."""
        objects: list[dict[str, Any]] = []
        if self.tree is None:
            return objects
        for script in self.tree.iter("script"):
            if (script.get("type") or "").strip().lower() != "application/ld+json":
                continue
            raw = (script.text or "").strip()
            if not raw:
                continue
            if raw.startswith(_WRAPPER_OPENINGS) or raw.endswith(_WRAPPER_CLOSINGS):
                raw = _JSON_WRAPPER.sub("", raw).strip()
            raw = raw.rstrip(";")
            try:
                data = json.loads(raw, strict=False)
            except RecursionError:
                continue  # nested deeper than the parser goes: no real metadata
            except ValueError:
                try:  # trailing junk after the object, seen on some themes
                    data, _ = json.JSONDecoder(strict=False).raw_decode(raw)
                except (ValueError, RecursionError):
                    continue
            if raw.count("[") + raw.count("{") > MAX_JSONLD_DEPTH:
                _prune_deep(data, MAX_JSONLD_DEPTH)
            objects.extend(_walk_jsonld(data))
        return objects

    @cached_property
    def article_ld(self) -> dict[str, Any]:
        """The JSON-LD object describing the page's own article, or ``{}``.

        A page may describe several (a story with its related stories, a live blog's postings, a
        graph with a list of articles): the own one is the object whose ``url``, ``@id`` or
        ``mainEntityOfPage`` is the page's address or canonical address, else the one whose
        headline is the page's (an ``<h1>``, og:title), else the first one that no list or part
        (``itemListElement``, ``hasPart``, ``relatedLink``) refers to, else the first. On one
        entry's own page of a live blog, the entry (``_own_live_entry``).
        """
        found = [obj for obj in self.jsonld if jsonld_types(obj) & ARTICLE_TYPES]
        chosen = self._own_article_ld(found)
        if "LiveBlogPosting" in jsonld_types(chosen):
            return self._own_live_entry(chosen) or chosen
        return chosen

    @cached_property
    def _own_addresses(self) -> set[str]:
        """The page's address, canonical address and og:url, as ``_address`` compares them."""
        own = set()
        for address in (self.url, self.link_href("canonical"), self.meta_first("og:url")):
            if address:
                key = _address(urljoin(self.url or "", address))
                own |= {key, key.split("?")[0]}
        own.discard("")
        return own

    @cached_property
    def _own_headlines(self) -> set[str]:
        """The headlines the page gives itself (og:title, twitter:title, its first ``<h1>``s), folded."""
        headlines = {_folded(self.meta_first("og:title", "twitter:title") or "")}
        if self.tree is not None:
            headlines |= {_folded(node.text_content()) for node in itertools.islice(self.tree.iter("h1"), 3)}
        headlines.discard("")
        return headlines

    def _own_article_ld(self, found: list[dict[str, Any]]) -> dict[str, Any]:
        if len(found) < 2:
            return found[0] if found else {}
        own = self._own_addresses
        for obj in found:
            if any(_address(value) in own for value in _ld_addresses(obj)):
                return obj
        headlines = self._own_headlines
        for obj in found:
            if any(_folded(obj.get(key)) in headlines for key in ("headline", "name")):
                return obj
        listed = _listed_ids(self.jsonld)
        for obj in found:
            if not (
                "ListItem" in jsonld_types(obj)
                or "position" in obj
                or any(obj.get(k) in listed for k in ("@id", "url") if isinstance(obj.get(k), str))
            ):
                return obj
        return found[0]

    def _own_live_entry(self, blog: dict[str, Any]) -> dict[str, Any] | None:
        """The one ``liveBlogUpdate`` entry of a live blog whose page this is (the page's headline is
        the entry's and not the blog's, or its address the entry's): a single entry's permalink, dated
        by the entry's own time, not the blog's coverage start. None on the blog's own page."""
        headlines = self._own_headlines
        if any(_folded(blog.get(key)) in headlines for key in ("headline", "name")):
            return None
        own = self._own_addresses
        if any(_address(value) in own for value in _ld_addresses(blog)):
            return None  # the blog's own address is the page's: the blog's page, whatever its headline
        entries = [
            entry
            for entry in _walk_jsonld(blog.get("liveBlogUpdate"))
            if jsonld_types(entry) & ARTICLE_TYPES
            and (
                any(_folded(entry.get(key)) in headlines for key in ("headline", "name"))
                or any(_address(value, fragment=True) in own for value in _ld_addresses(entry))
            )
        ]
        return entries[0] if len(entries) == 1 else None

    @cached_property
    def ld_types(self) -> set[str]:
        types: set[str] = set()
        for obj in self.jsonld:
            types |= jsonld_types(obj)
        return types

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-cased name / property / itemprop, in page order."""
        found: dict[str, list[str]] = {}
        if self.tree is None:
            return found
        head = self.tree.find("head")
        nodes = self.tree.iter("meta") if head is None else head.iter("meta")
        if head is not None:
            # Meta tags in the body come after the head's: itemprop dates inside <article>, and
            # head tags the parser moved into the body because an element that belongs there
            # (an <iframe>, an <img>, stray text) came first in the served <head>.
            nodes = itertools.chain(nodes, self.tree.iterfind(".//body//meta"))
        for node in nodes:
            content = " ".join((node.get("content") or "").split())
            if not content or (node.get("itemprop") and in_other_item(node)):
                continue  # (an embedded video's own datePublished is not the page's)
            for attr in ("property", "name", "itemprop"):
                key = node.get(attr)
                if key:
                    found.setdefault(key.strip().lower(), []).append(content)
        return found

    def meta_first(self, *names: str) -> str | None:
        """The first non-empty meta value among ``names`` (in the order given)."""
        for name in names:
            values = self.meta.get(name)
            if values:
                return values[0]
        return None

    def link_href(self, rel: str) -> str | None:
        if self.tree is None:
            return None
        for node in self.tree.iter("link"):
            rels = (node.get("rel") or "").lower().split()
            if rel in rels and node.get("href"):
                return node.get("href").strip()
        return None

    @cached_property
    def html_lang(self) -> str | None:
        if self.tree is None:
            return None
        return self.tree.get("lang") or self.tree.get("xml:lang") or self.meta_first("content-language", "og:locale")

    @cached_property
    def markers(self) -> frozenset[str]:
        """Every class (``.x``), id (``#x``), itemprop and rel value (``=x``) on the page, read in one pass."""
        if self.tree is None:
            return frozenset()
        # One XPath over the attributes (in C) instead of a Python walk over every element; each
        # distinct value split once (a page repeats its class values hundreds of times).
        words = {
            prefix + word
            for prefix, values in (
                (".", self.class_values),
                ("#", self.id_values),
                ("=", set(_ITEMPROP_REL_VALUES(self.tree))),
            )
            for value in values
            for word in value.split()
        }
        return frozenset(words)

    @cached_property
    def class_values(self) -> frozenset[str]:
        """Every distinct ``class`` attribute value on the page, as written."""
        return frozenset(_CLASS_VALUES(self.tree)) if self.tree is not None else frozenset()

    @cached_property
    def id_values(self) -> frozenset[str]:
        """Every distinct ``id`` attribute value on the page, as written."""
        return frozenset(_ID_VALUES(self.tree)) if self.tree is not None else frozenset()

    @cached_property
    def _marker_text(self) -> str:
        return "\n".join(self.markers)

    def marker_contains(self, words: Iterable[str]) -> bool:
        """True when some class, id, itemprop or rel value (see ``markers``) contains one of ``words``.

        One substring search per word over the markers joined by newlines (no word holds one),
        instead of a test of every word against every marker.
        """
        text = self._marker_text
        return any(word in text for word in words)

    def may_match(self, selector: str) -> bool:
        """False when a selector needs a class, id, itemprop or rel that no element has (a cheap skip)."""
        needed = _SELECTOR_NEEDS.get(selector)
        if needed is None:
            needed = _needs(selector)
            _SELECTOR_NEEDS[selector] = needed
        return not needed or any(alternative <= self.markers for alternative in needed)

    @cached_property
    def body_classes(self) -> set[str]:
        if self.tree is None:
            return set()
        body = self.tree.find("body")
        return set((body.get("class") or "").split()) if body is not None else set()


# Plain strings: smart strings would make an element proxy for each value's parent.
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)
_ID_VALUES = etree.XPath("//@id", smart_strings=False)
_ITEMPROP_REL_VALUES = etree.XPath("//@itemprop | //@rel", smart_strings=False)
_CSS_CACHE: dict[str, Any] = {}
_SELECTOR_NEEDS: dict[str, list[frozenset[str]]] = {}
_SIMPLE_PART = re.compile(r"([.#])([\w-]+)|\[(?:itemprop|rel)[~|]?=[\"']?([\w:-]+)[\"']?\]")


def _needs(selector: str) -> list[frozenset[str]]:
    """Per comma-separated alternative, the markers an element must have for it to match (empty: no skip)."""
    alternatives = []
    for part in selector.split(","):
        tokens = {(m.group(1) + m.group(2)) if m.group(2) else "=" + m.group(3) for m in _SIMPLE_PART.finditer(part)}
        if not tokens or ":not(" in part:
            return []
        alternatives.append(frozenset(tokens))
    return alternatives


def css(root: Any, selector: str) -> list[HtmlElement]:
    """Elements under ``root`` matching a CSS selector; an invalid selector matches nothing (logged once)."""
    xpath = _CSS_CACHE.get(selector)
    if xpath is None:
        try:
            from cssselect import HTMLTranslator, SelectorError

            try:
                xpath = etree.XPath(HTMLTranslator().css_to_xpath(selector))
            except SelectorError:
                logger.warning("invalid CSS selector %r: ignored", selector)
                xpath = False
        except ImportError:  # cssselect comes with Scrapy (parsel); without it selectors are off
            xpath = False
        _CSS_CACHE[selector] = xpath
    if xpath is False:
        return []
    try:
        return [node for node in xpath(root) if isinstance(node, HtmlElement)]
    except etree.XPathError:
        return []


def elements_named(
    root: Any,
    tags: frozenset[str],
    classed: frozenset[str] = frozenset(),
    class_words: tuple[str, ...] = (),
    itemprop: str | None = None,
    markers: frozenset[str] | None = None,
    limit: int | None = None,
) -> list[HtmlElement]:
    """Elements of ``root``'s document in document order, at most ``limit``: every one of
    ``tags``, every one of ``classed`` whose class attribute contains one of ``class_words``
    (case-sensitive substrings), and every one whose ``itemprop`` is exactly ``itemprop``.

    The same nodes as the XPath ``//tag | //*[@itemprop='x'] | //*[contains(@class, 'w')][self::t]``,
    read by lxml's tag-filtered walk: libxml2 tests the union's string predicates on every
    element (about 0.9 ms a real page), and the walk stops at ``limit``. ``markers`` (see
    ``PageDocument.markers``) tell when no element has the itemprop; then only the tags are walked.
    Like the XPath's ``//``, the walk covers the whole document of ``root``: the parser puts a
    second ``<html>`` (a page served twice) beside the first.
    """
    if itemprop and (markers is None or "=" + itemprop in markers):
        wanted: tuple[str, ...] = ()
    else:
        itemprop = None
        wanted = tuple(tags | classed)
    top = root.getroottree().getroot()
    tops = [*reversed(list(top.itersiblings(preceding=True))), top, *top.itersiblings()] if top is not None else [root]
    nodes = itertools.chain.from_iterable(element.iter(*wanted) for element in tops)
    return named_among(nodes, tags, classed, class_words, itemprop, None, limit)


def named_among(
    nodes: Iterable[HtmlElement],
    tags: frozenset[str],
    classed: frozenset[str] = frozenset(),
    class_words: tuple[str, ...] = (),
    itemprop: str | None = None,
    markers: frozenset[str] | None = None,
    limit: int | None = None,
) -> list[HtmlElement]:
    """``elements_named(root, ...)`` read off ``nodes``, the document-order result of an
    ``elements_named`` call on the same document and markers whose arguments take in these (its
    tags and its classed tags with their words, the same ``itemprop``): one walk of the page
    serves several such lists."""
    if not (itemprop and (markers is None or "=" + itemprop in markers)):
        itemprop = None
    found: list[HtmlElement] = []
    # A class value's verdict is read once: a page repeats its values on hundreds of elements,
    # and the words' test was a generator run for each (~200k a run of the 300 speed pages).
    verdicts: dict[str, bool] = {}
    for node in nodes:
        tag = node.tag
        if not (tag in tags or (itemprop is not None and node.get("itemprop") == itemprop)):
            if tag not in classed or not (value := node.get("class")):
                continue
            verdict = verdicts.get(value)
            if verdict is None:
                verdict = verdicts[value] = any(word in value for word in class_words)
            if not verdict:
                continue
        found.append(node)
        if limit is not None and len(found) >= limit:
            break
    return found


def elements_with_values(
    root: Any, tags: tuple[str, ...], classes: frozenset[str], ids: frozenset[str] = frozenset()
) -> list[HtmlElement]:
    """Elements of ``root``'s document in document order, of one of ``tags``, whose ``class``
    attribute is one of ``classes`` or whose ``id`` is one of ``ids`` (whole values).

    With the values a substring test picks out of ``PageDocument.class_values`` / ``id_values``,
    the same nodes as the XPath ``//*[self::t][contains(@class, 'w') or contains(@id, 'v')]``:
    libxml2 evaluates each ``contains`` on every element (about 2 ms a real page for ten words),
    the walk tests each element's values once against a set. Like ``//``, it covers the whole
    document (a second ``<html>`` beside the first).
    """
    if not classes and not ids:
        return []
    top = root.getroottree().getroot()
    tops = [*reversed(list(top.itersiblings(preceding=True))), top, *top.itersiblings()] if top is not None else [root]
    found = []
    for node in itertools.chain.from_iterable(element.iter(*tags) for element in tops):
        if node.get("class") in classes or (ids and node.get("id") in ids):
            found.append(node)
    return found


@contextmanager
def taken_out(nodes: Iterable[HtmlElement], keep_blank_tails: bool = False) -> Iterator[None]:
    """``nodes`` removed from their tree while in use, each one's tail text kept in place (as
    ``_remove`` does; a tail of blanks too with ``keep_blank_tails``, as trafilatura's
    ``delete_element`` does), then put back as they were."""
    undo: list[tuple[HtmlElement, HtmlElement, int, HtmlElement | None, str | None]] = []
    try:
        for node in nodes:
            parent = node.getparent()
            if parent is None:
                continue
            previous = node.getprevious()
            text = parent.text if previous is None else previous.tail
            undo.append((node, parent, parent.index(node), previous, text))
            tail = node.tail
            if tail and (keep_blank_tails or tail.strip()):
                if previous is None:
                    parent.text = (text or "") + tail
                else:
                    previous.tail = (text or "") + tail
            parent.remove(node)
        yield
    finally:
        for node, parent, index, previous, text in reversed(undo):
            if previous is None:
                parent.text = text
            else:
                previous.tail = text
            parent.insert(index, node)


@contextmanager
def without_nodes(root: HtmlElement, nodes: list[HtmlElement]) -> Iterator[HtmlElement]:
    """``root`` with ``nodes`` (disjoint subtrees, in document order) dropped as ``drop_tree`` does
    (each one's tail text kept in place), for a reader such as htmldate that copies what it gets.

    The nodes are taken out of ``root`` itself and put back afterwards, text and tails as they were,
    instead of dropped from a copy (a page's copy costs 1-2 ms, and htmldate copies it again).
    A document with more than one top element (a second ``<html>`` beside the first) is read on
    a copy of ``root`` as before: a copy of ``root`` has no such neighbour.
    """
    if not nodes:
        yield root
        return
    if root.getprevious() is not None or root.getnext() is not None:
        copy = deepcopy(root)
        doomed = set(nodes)
        twins = [twin for node, twin in zip(root.iter(), copy.iter(), strict=True) if node in doomed]
        for twin in twins:
            twin.drop_tree()
        yield copy
        return
    for node in nodes:
        if node.getparent() is None:
            node.drop_tree()  # raises, as on a copy: the root cannot go
    with taken_out(nodes, keep_blank_tails=True):  # every tail kept, as drop_tree keeps it
        yield root
