"""trafilatura 2.3.1's main extractor with its class and id tests run in Python, memoised per value.

trafilatura finds the content block (``BODY_XPATH``) and prunes boilerplate from it
(``OVERALL_DISCARD_XPATH`` and kin) with XPaths whose ``re:test()`` calls back into
Python's ``re`` for every candidate element; its long alternations ("^shar|social|viral|
...|nfoline", 70 words) cost 2-3 ms a page for each tree they read, and both our runs
(default and precision) read the page. Here the same tests are written as Python
predicates over the same elements, in the same order, with each regular expression
run once per distinct attribute value of the page (class values repeat): the same nodes
for about a third of the time. The patterns are read from trafilatura's own module, and
trafilatura's own ``extract_content`` runs on them: its functions are rebound to a copy
of their module's namespace in which the XPath lists are these matchers (trafilatura
itself is left as it is). Two of its prunes are narrowed (``_captions_only``,
``_sparing_icon_lists``): a block classed "no_caption", and a list of text classed with an icon,
are the story's.

Only for the trafilatura version the predicates were written from (``PINNED_VERSION``);
with another one ``extract_content`` is trafilatura's own. ``tests/test_pages_text.py``
checks every matcher against the XPath it replaces.
"""

from __future__ import annotations

import contextvars
import copy
import logging
import re
import types
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.pages.cleaning import MAX_CAPTION_CHARS
from newscrawl.pages.document import taken_out

logger = logging.getLogger(__name__)

#: The trafilatura version whose XPaths the matchers below were written from.
PINNED_VERSION = "2.3.1"

Matcher = Callable[[HtmlElement], list[HtmlElement]]

#: Element names the XPaths' ``self::`` tests list.
_DISCARD_TAGS = frozenset({"div", "item", "list", "p", "section", "span"})
_BODY_TAGS = ("article", "div", "main", "section")
_MAIN_TAGS = ("article", "div", "section", "main")
_COMMENT_TAGS = ("div", "list", "section", "details", "ol", "ul")
_BYLINE_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_BASIC_CLEAN_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})


def _test(pattern: str, flags: int = 0) -> Callable[[str], bool]:
    """lxml's EXSLT ``re:test(value, pattern)`` (``re.search``), memoised per value."""
    compiled = re.compile(pattern, flags)

    @lru_cache(maxsize=4096)
    def test(value: str) -> bool:
        return compiled.search(value) is not None

    return test


def _first(node: HtmlElement, one: str, one_value: str | None, other: str, other_value: str | None) -> str | None:
    """What XPath's ``@one|@other`` gives a string function: the value of the attribute written first."""
    if one_value is None or other_value is None:
        return other_value if one_value is None else one_value
    for name in node.keys():  # noqa: SIM118 - the attributes in the order written
        if name == one:
            return one_value
        if name == other:
            return other_value
    return one_value


def _document(tree: HtmlElement, *tags: str) -> Iterator[Any]:
    """What XPath's ``//*`` reads: every element of ``tree``'s document, the root's siblings too
    (a page written as two ``<html>`` documents parses into two)."""
    root = tree.getroottree().getroot()
    for top in (*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()):
        yield from top.iter(*tags)


def _build() -> dict[str, Any]:
    """Matchers for trafilatura's XPaths, by the name of the list they replace."""
    from trafilatura import settings
    from trafilatura import xpaths as X  # noqa: N812

    alt = X._alt
    test_cookie = _test(alt(X._CONSENT_ID_CLASS_TOKENS))
    test_discard_id = _test(alt(X._OVERALL_DISCARD_BOTH_TOKENS + X._OVERALL_DISCARD_ID_TOKENS))
    test_discard_class = _test(alt(X._OVERALL_DISCARD_BOTH_TOKENS + X._OVERALL_DISCARD_CLASS_TOKENS))

    def overall_discard(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in tree.iterdescendants(*_DISCARD_TAGS):
            if node.get("data-lp-replacement-content") is not None:
                out.append(node)
                continue
            role, component = node.get("role"), node.get("data-component")
            ident, cls = node.get("id"), node.get("class")
            first = cls if ident is None else ident if cls is None else _first(node, "id", ident, "class", cls)
            if (
                (role is not None and "nav" in role.replace("N", "n"))
                or (component is not None and "MostPopularStories" in component)
                or (first is not None and test_cookie(first))
                or (ident is not None and test_discard_id(ident))
                or (cls is not None and test_discard_class(cls))
            ):
                out.append(node)
        return out

    test_hidden = _test("hidden")
    test_reader_comments = _test("reader-comments|akismet")
    test_hide_class = _test(
        "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|"
        "noprint|notloaded"
    )

    def hidden_and_replies(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in tree.iterdescendants(etree.Element):  # elements only, chosen in C
            cls, ident, style = node.get("class"), node.get("id"), node.get("style")
            if ident is None:  # (``_first`` of two values one of which is None: the other)
                id_or_class, id_or_style = cls, style
            else:
                id_or_class = ident if cls is None else _first(node, "id", ident, "class", cls)
                id_or_style = ident if style is None else _first(node, "id", ident, "style", style)
            if (
                cls == "comments-title"
                or (id_or_class is not None and id_or_class.startswith("reply-"))
                or (id_or_style is not None and test_hidden(id_or_style))
                or (style is not None and ("display:none" in style or "display: none" in style))
                or (ident is not None and test_reader_comments(ident))
                or (cls is not None and test_hide_class(cls))
                or node.get("aria-hidden") == "true"
            ):
                out.append(node)
        return out

    test_bottom = _test(r"(^|\s)bottom|bottom(\s|$)")
    test_link = _test(r"(^|\s)link(\s|$)")

    def precision_discard(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in tree.iterdescendants(*_DISCARD_TAGS):
            ident, cls = node.get("id"), node.get("class")
            first = cls if ident is None else ident if cls is None else _first(node, "id", ident, "class", cls)
            style = node.get("style")
            if (first is not None and (test_bottom(first) or test_link(first))) or (
                style is not None and "border" in style
            ):
                out.append(node)
        return out

    test_content_id = _test(alt(X._ARTICLE_CONTENT_ID_TOKENS))
    test_content_class = _test(alt(X._ARTICLE_CONTENT_CLASS_TOKENS))

    def article_body(node: HtmlElement) -> bool:
        cls, ident = node.get("class"), node.get("id")
        return (
            cls in ("post", "entry")
            or node.get("itemprop") == "articleBody"
            or ident == "articleContent"
            or (ident is not None and test_content_id(ident))
            or (cls is not None and test_content_class(cls))
        )

    test_story_id = _test(alt(X._STORY_ID_TOKENS))
    test_fulltext = _test("fulltext", re.IGNORECASE)
    test_story_class = _test(alt(X._STORY_CLASS_TOKENS))

    def story(node: HtmlElement) -> bool:
        cls, ident = node.get("class"), node.get("id")
        return (
            node.get("role") == "article"
            or ident in ("article", "story")
            or cls in ("postarea", "art-postcontent", "text", "cell", "story")
            or (ident is not None and test_story_id(ident))
            or (cls is not None and (test_fulltext(cls) or test_story_class(cls)))
        )

    test_main_id = _test(alt(X._MAIN_CONTENT_ID_TOKENS))
    test_main_class = _test(alt(X._MAIN_CONTENT_CLASS_TOKENS))

    def main_content(node: HtmlElement) -> bool:
        cls, ident = node.get("class"), node.get("id")
        return (
            ident == "content"
            or cls == "content"
            or (
                ident is not None
                and (test_main_id(ident) or "main-content" in ident.replace("C", "c").replace("M", "m"))
            )
            or (
                cls is not None
                and (
                    test_main_class(cls)
                    or "main-content" in cls.replace("C", "c").replace("M", "m")
                    or "page-content" in cls.replace("C", "c").replace("P", "p")
                )
            )
        )

    def first_of(tags: tuple[str, ...], predicate: Callable[[HtmlElement], bool]) -> Matcher:
        def match(tree: HtmlElement) -> list[HtmlElement]:
            return next(([node] for node in tree.iterdescendants(*tags) if predicate(node)), [])

        return match

    def main_block(node: HtmlElement) -> bool:
        # (.//*[article|div|section][starts-with(@class|@id|@role, 'main')])[1] | (.//main)[1]
        return node.tag == "main" or any((node.get(name) or "").startswith("main") for name in ("class", "id", "role"))

    comments_id = X._COMMENTS_ID
    test_comment_list_id = _test(f"^(?:{comments_id}|disqus_thread|dsq-comments)")
    test_comment_id = _test(f"^(?:{comments_id})")
    test_comment_class = _test(X._COMMENTS_CLASS)

    def comments_and_lists(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in tree.iterdescendants(*_COMMENT_TAGS):
            ident, cls = node.get("id"), node.get("class")
            by_class = cls is not None and test_comment_class(cls)
            if not (by_class or (ident is not None and test_comment_list_id(ident))):
                continue
            if node.tag not in ("ol", "ul") or by_class or (ident is not None and test_comment_id(ident)):
                out.append(node)
        return out

    def comments(tree: HtmlElement) -> list[HtmlElement]:
        return [
            node
            for node in tree.iterdescendants(*_COMMENT_TAGS[:4])
            if ((cls := node.get("class")) is not None and test_comment_class(cls))
            or ((ident := node.get("id")) is not None and test_comment_list_id(ident))
        ]

    test_consent = _test(settings._COOKIE_CONSENT_RE, re.IGNORECASE)

    def basic_clean(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in tree.iterdescendants(etree.Element):  # elements only, chosen in C
            tag = node.tag
            cls, ident = node.get("class"), node.get("id")
            if (
                tag in _BASIC_CLEAN_TAGS
                or (tag == "div" and "footer" in (_first(node, "class", cls, "id", ident) or ""))
                or (cls is not None and test_consent(cls))
                or (ident is not None and test_consent(ident))
            ):
                out.append(node)
        return out

    # trafilatura's byline search (metadata.extract_author): its patterns are written in its XPaths.
    test_author_name = _test("author-?name|AuthorName|authorName")

    def bylines(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in _document(tree, "author", *_BYLINE_TAGS):
            if node.tag == "author":
                out.append(node)
            elif (
                node.get("rel") == "author"
                or node.get("id") == "author"
                or node.get("itemprop") == "author name"
                or node.get("data-testid") in ("AuthorCard", "AuthorURL")
                or (
                    node.find("rel") is not None and any(rel.text_content() == "me" for rel in node.iterchildren("rel"))
                )
                or ((cls := node.get("class")) is not None and (cls == "author" or test_author_name(cls)))
            ):
                out.append(node)
        return out

    test_author_id = _test("author|zuozhe|bianji|xiaobian")
    test_author_class = _test("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")

    def author_blocks(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in _document(tree, "a", "div", "h3", "h4", "p", "span"):
            cls, ident = node.get("class"), node.get("id")
            if (
                cls in ("byline", "username", "byl", "BBL")
                or "author" in (node.get("itemprop") or "")
                or (ident is not None and test_author_id(ident))
                or (cls is not None and test_author_class(cls))
            ):
                out.append(node)
        return out

    test_any_author_id = _test("[Aa]uthor")
    test_any_author_class = _test("[Aa]uthor|screenname|writer|[Bb]yline")

    def any_author(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in _document(tree):
            if not isinstance(node.tag, str):
                continue
            cls, ident = node.get("class"), node.get("id")
            if (
                "Byline" in (node.get("data-component") or "")
                or "author" in (node.get("itemprop") or "")
                or (ident is not None and test_any_author_id(ident))
                or (cls is not None and test_any_author_class(cls))
            ):
                out.append(node)
        return out

    test_comments_id = _test("^comments|comment-?list|ProductReviews")
    test_not_byline_class = _test(
        "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|"
        "print|category|meta-date|meta-reviewer"
    )

    def not_bylines(tree: HtmlElement) -> list[HtmlElement]:
        out = []
        for node in tree.iterdescendants("a", "div", "section", "span"):
            cls, ident = node.get("class"), node.get("id")
            if (
                ident == "comments"
                or cls in ("comments", "title", "date")
                or (ident is not None and test_comments_id(ident))
                or (cls is not None and test_not_byline_class(cls))
                or "Figure" in (node.get("data-component") or "")
            ):
                out.append(node)
        return out

    return {
        # The BODY_XPATH matchers give the first element the XPath selects (its callers read no other).
        "BODY_XPATH": [
            first_of(_BODY_TAGS, article_body),
            first_of(("article",), lambda node: True),
            first_of(_BODY_TAGS, story),
            first_of(_BODY_TAGS, main_content),
            first_of(_MAIN_TAGS, main_block),
        ],
        "OVERALL_DISCARD_XPATH": [overall_discard, hidden_and_replies],
        "PRECISION_DISCARD_XPATH": [X.PRECISION_DISCARD_XPATH[0], precision_discard],
        "REMOVE_COMMENTS_AND_LISTS_XPATH": [comments_and_lists],
        "REMOVE_COMMENTS_XPATH": [comments],
        "BASIC_CLEAN_XPATH": basic_clean,
        "AUTHOR_XPATHS": [bylines, author_blocks, any_author],
        "AUTHOR_DISCARD_XPATHS": [not_bylines, X.AUTHOR_DISCARD_XPATHS[1]],
    }


_MATCHERS: dict[str, Any] | None = None


def matchers() -> dict[str, Any]:
    """The matchers by trafilatura list name; empty when trafilatura is not the pinned version."""
    global _MATCHERS
    if _MATCHERS is None:
        from trafilatura import __version__

        _MATCHERS = _build() if __version__ == PINNED_VERSION else {}
        if not _MATCHERS:
            logger.info("trafilatura %s is not %s: its own XPaths run", __version__, PINNED_VERSION)
    return _MATCHERS


def basic_cleaned_tags() -> tuple[str, ...]:
    """The element names trafilatura's basic cleaning (``BASIC_CLEAN_XPATH``) deletes whatever their
    attributes; none when trafilatura is not the pinned version."""
    return tuple(sorted(_BASIC_CLEAN_TAGS)) if matchers() else ()


def _rebound(module: types.ModuleType, names: Iterable[str], replacements: dict[str, Any]) -> dict[str, Any]:
    """``module``'s functions ``names``, run in a copy of its namespace with ``replacements``."""
    namespace = dict(vars(module))
    namespace.update(replacements)
    for name in names:
        func = getattr(module, name)
        clone = types.FunctionType(func.__code__, namespace, func.__name__, func.__defaults__, func.__closure__)
        clone.__kwdefaults__ = func.__kwdefaults__
        namespace[name] = clone
    return namespace


def _sparing_nested_lists(delete_by_link_density: Callable[..., Any]) -> Callable[..., Any]:
    """trafilatura's ``delete_by_link_density`` that leaves a list nested in a list item to the list
    holding it: a release note's list of bug links under "Fixed:" is that item's content, and
    tested alone it reads as a menu. The outer list's test counts its links (a menu with sub-menus
    still goes whole)."""

    def delete(subtree: Any, tagname: str, *args: Any, **kwargs: Any) -> Any:
        if tagname != "list":
            return delete_by_link_density(subtree, tagname, *args, **kwargs)
        nested = [
            node for node in subtree.iter("list") if (parent := node.getparent()) is not None and parent.tag == "item"
        ]
        for node in nested:
            node.tag = _NESTED_LIST
        try:
            return delete_by_link_density(subtree, tagname, *args, **kwargs)
        finally:
            for node in nested:
                node.tag = "list"

    return delete


def _link_density_deleter() -> Callable[..., Any]:
    """trafilatura 2.3.1's ``htmlprocessing.delete_by_link_density``, step for step, with each
    link's trimmed text read once a call: its ``link_density_test`` reads the text of every link
    below each element it tests, so a link in nested blocks was read once for each of them (60,685
    reads on the 300 speed pages, a third of them distinct). Nothing changes in the tree until
    the tests are done, so a link's text is the same at every read."""
    from trafilatura import htmlprocessing as hp

    trim, delete_element, is_paragraph_listing, farm_ratio = (
        hp.trim,
        hp.delete_element,
        hp.is_paragraph_listing,
        hp.LINK_FARM_RATIO,
    )

    def density_test(element: Any, favor_precision: bool, link_text: Callable[[Any], str]) -> tuple[bool, bool]:
        links = element.findall(".//ref")
        if not links:
            return False, False
        if element.find(".//graphic") is not None:  # preserve image containers
            return False, False
        text = trim(element.text_content())
        if len(links) == 1:
            len_threshold = 10 if favor_precision else 100
            first = link_text(links[0])
            if len(first) > len_threshold and len(first) > len(text) * 0.9:
                return True, False
        if element.tag == "p":
            limitlen = 60 if element.getnext() is None else 30
        elif element.getnext() is None:
            limitlen = 300
        else:
            limitlen = 100
        elemlen = len(text)
        if elemlen < limitlen:
            texts = [t for t in map(link_text, links) if t]
            if not texts:
                return True, False
            linklen = sum(map(len, texts))
            shortelems = sum(1 for t in texts if len(t) < 10)
            return linklen > elemlen * 0.8 or (len(texts) > 1 and shortelems / len(texts) > 0.8), True
        if len(links) > 4:  # a large near-total link farm
            texts = [t for t in map(link_text, links) if t]
            linklen = sum(map(len, texts))
            if linklen > len(text) * farm_ratio and linklen < 100 * len(texts) and not is_paragraph_listing(links):
                return True, False
        return False, False

    def delete_by_link_density(
        subtree: Any, tagname: str, backtracking: bool = False, favor_precision: bool = False
    ) -> Any:
        known: dict[Any, str] = {}

        def link_text(link: Any) -> str:
            text = known.get(link)
            if text is None:
                text = known[link] = trim(link.text_content())
            return text

        deletions = []
        len_threshold = 200 if favor_precision else 100
        depth_threshold = 1 if favor_precision else 3
        for elem in subtree.iter(tagname):
            result, short_with_links = density_test(elem, favor_precision, link_text)
            if result or (
                backtracking
                and short_with_links
                and len(elem) >= depth_threshold
                and len(trim(elem.text_content())) < len_threshold
            ):
                parent = elem.getparent()
                if tagname == "p" and parent is not None and parent.tag in ("item", "td", "th"):
                    continue  # a list item's paragraph (trafilatura's GH #788)
                deletions.append(elem)
        for elem in dict.fromkeys(deletions):
            delete_element(elem)
        return subtree

    return delete_by_link_density


#: The name a nested list goes by while the lists holding it are tested.
_NESTED_LIST = "nested-list"


def _keeping_lists_in_cells(fill_cell: Callable[..., Any]) -> Callable[..., Any]:
    """trafilatura's ``_fill_cell`` that keeps a list inside a table cell, as its recall mode does
    (a weekly index's sections, a table of quotes set as lists): a table that survives its link
    density test is content, and the cell's list is part of it."""

    def fill(new_child_elem: Any, cell: Any, nested_elems: Any, ptags_with_div: Any, options: Any) -> None:
        if options.focus != "recall" and cell.find(".//list") is not None:
            options = copy.copy(options)
            options.focus = "recall"
        fill_cell(new_child_elem, cell, nested_elems, ptags_with_div, options)

    return fill


#: The class, id, itemprop and rel words of the page being extracted, joined by newlines (see
#: ``PageDocument.markers``), while ``page_markers`` holds them; None: unknown.
_PAGE_MARKERS: contextvars.ContextVar[str | None] = contextvars.ContextVar("page_markers", default=None)
#: trafilatura's class and id XPaths of its main extractor's prune, each with the string one of
#: the page's class or id words must hold for it to match anything: ``contains(@id, 'caption') or
#: contains(@class, 'caption')``; ``contains(translate(@id|@class, 'T', 't'), 'teaser')`` (a "t" or
#: a "T", then "easer"). Each is a libxml2 walk of the whole tree (0.4-0.5 ms a run, two runs a
#: page); three pages in five have neither word.
_GATED_PRUNES = {"DISCARD_IMAGE_ELEMENTS": "caption", "TEASER_DISCARD_XPATH": "easer"}


@contextmanager
def page_markers(marker_text: str | None) -> Iterator[None]:
    """While in use, trafilatura's main extractor skips the XPaths of ``_GATED_PRUNES`` that no
    word of ``marker_text`` (the page's markers joined by newlines, None: unknown) can satisfy.
    The trees it reads are copies of the page's, less what was dropped: their classes and ids
    are the page's (trafilatura renames elements, it writes no class or id)."""
    token = _PAGE_MARKERS.set(marker_text)
    try:
        yield
    finally:
        _PAGE_MARKERS.reset(token)


def _gated(xpath: Callable[[Any], list[Any]], needed: str) -> Callable[[Any], list[Any]]:
    """``xpath``, run only when the page's markers (``page_markers``) are unknown or hold ``needed``."""

    def search(tree: Any) -> list[Any]:
        marker_text = _PAGE_MARKERS.get()
        if marker_text is not None and needed not in marker_text:
            return []
        return xpath(tree)

    return search


#: A class or id word that says its block has no caption ("no_caption", "nocaption", "without-caption").
_NO_CAPTION = re.compile(r"(?:^|[\s_-])(?:no|without)[_-]?caption(?:$|[\s_-])", re.IGNORECASE)


def names_a_caption(value: str | None) -> bool:
    """True when ``value`` (a class or id) holds "caption", in any case, in a word other than a
    "no caption" one ("tplCaption", "wp-caption"; not "no_caption")."""
    return value is not None and "caption" in _NO_CAPTION.sub(" ", value).casefold()


#: Headings as written and as trafilatura's converted tree has them.
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "head")


def story_beside_picture(node: Any) -> bool:
    """True when ``node``'s class and id name a caption only in a "no caption" word ("no_caption")
    and it holds a heading or more text than a caption (``MAX_CAPTION_CHARS``): a picture block
    with the story's text beside the picture (a lead in an ``<h2>``), not a short caption."""
    if names_a_caption(node.get("class")) or names_a_caption(node.get("id")):
        return False
    if next(node.iter(*_HEADINGS), None) is not None:
        return True
    return len(" ".join(node.text_content().split())) > MAX_CAPTION_CHARS


def _captions_only(xpath: Callable[[Any], list[Any]]) -> Callable[[Any], list[Any]]:
    """trafilatura's caption prune (``DISCARD_IMAGE_ELEMENTS``: a class or id holding "caption")
    less the blocks whose only such word says they have none and that hold the story's text
    (``story_beside_picture``); a short caption in a "no-caption" block still goes."""

    def search(tree: Any) -> list[Any]:
        return [node for node in xpath(tree) if not story_beside_picture(node)]

    return search


#: Shortest list item of a text list (``_text_list``), words.
MIN_LIST_ITEM_WORDS = 2


@lru_cache(maxsize=1)
def _discard_tests() -> tuple[Callable[[str], bool], Callable[[str], bool], Callable[[str], bool]]:
    """Tests of trafilatura's class prune: a class's discard or consent words but "-icon", its
    "-icon", and an id's discard words."""
    from trafilatura import xpaths as X  # noqa: N812

    words = X._OVERALL_DISCARD_BOTH_TOKENS + X._OVERALL_DISCARD_CLASS_TOKENS + X._CONSENT_ID_CLASS_TOKENS
    others = _test(X._alt(tuple(word for word in words if word != "-icon")))
    return others, _test("-icon"), _test(X._alt(X._OVERALL_DISCARD_BOTH_TOKENS + X._OVERALL_DISCARD_ID_TOKENS))


def _text_list(node: Any) -> bool:
    """True when ``node`` (trafilatura's converted tree) is or holds one list of at least two
    items, each of a few words, and no link: points of the text, no menu or link row."""
    lists = [node] if node.tag == "list" else list(node.iter("list"))
    if len(lists) != 1 or node.find(".//ref") is not None or node.find(".//a") is not None:
        return False
    items = lists[0].findall("item")
    return len(items) >= 2 and all(len(item.text_content().split()) >= MIN_LIST_ITEM_WORDS for item in items)


def _sparing_icon_lists(xpath: Callable[[Any], list[Any]]) -> Callable[[Any], list[Any]]:
    """trafilatura's class prune (``OVERALL_DISCARD_XPATH``'s first XPath) less the blocks its
    "-icon" word alone condemns that are, or are inside, a list of text (``_text_list``): a page
    builder's list with a check-mark icon before each point ("tcb-icon-display",
    "styled-list-icon-text") is the story's; an icon row of links, a date or a label still goes."""
    others, icon, discard_id = _discard_tests()

    def spared(node: Any) -> bool:
        cls, ident = node.get("class"), node.get("id")
        if cls is None or not icon(cls) or others(cls) or (ident is not None and discard_id(ident)):
            return False
        if node.get("role") is not None and "nav" in node.get("role").replace("N", "n"):
            return False
        if _text_list(node):
            return True
        holder = next(node.iterancestors("list"), None)
        return holder is not None and _text_list(holder)

    def search(tree: Any) -> list[Any]:
        return [node for node in xpath(tree) if not spared(node)]

    return search


@lru_cache(maxsize=1)
def _main_extractor() -> dict[str, Any]:
    from trafilatura import main_extractor

    found = matchers()
    replacements = {k: v for k, v in found.items() if k in vars(main_extractor)}
    if not replacements:
        return vars(main_extractor)
    replacements["delete_by_link_density"] = _sparing_nested_lists(_link_density_deleter())
    replacements["_fill_cell"] = _keeping_lists_in_cells(main_extractor._fill_cell)
    for name, needed in _GATED_PRUNES.items():
        replacements[name] = [_gated(xpath, needed) for xpath in getattr(main_extractor, name)]
    replacements["DISCARD_IMAGE_ELEMENTS"] = [_captions_only(x) for x in replacements["DISCARD_IMAGE_ELEMENTS"]]
    overall, *others = replacements["OVERALL_DISCARD_XPATH"]
    replacements["OVERALL_DISCARD_XPATH"] = [_sparing_icon_lists(overall), *others]
    return _rebound(
        main_extractor,
        (
            "extract_content",
            "_extract",
            "recover_wild_text",
            "prune_unwanted_sections",
            "handle_textelem",
            "handle_table",
            "handle_other_elements",
        ),
        replacements,
    )


@lru_cache(maxsize=1)
def _metadata() -> dict[str, Any]:
    from trafilatura import metadata

    found = matchers()
    replacements = {k: v for k, v in found.items() if k in ("AUTHOR_XPATHS", "AUTHOR_DISCARD_XPATHS")}
    if not replacements:
        return vars(metadata)
    return _rebound(metadata, ("extract_author",), replacements)


@lru_cache(maxsize=1)
def _external() -> dict[str, Any]:
    """trafilatura's ``external`` functions with its basic cleaning's elements found by the Python
    tests (its XPath's regular expression runs on every element: ~4 ms a page, before jusText),
    and its readability run given a ``ReadablePage`` (see ``compare_extraction``)."""
    from importlib import import_module

    from trafilatura import external

    baseline = import_module("trafilatura.baseline")  # the package's ``baseline`` is the function
    basic_clean = matchers().get("BASIC_CLEAN_XPATH")
    if basic_clean is None:
        return vars(external)
    rebound_cleaning = _rebound(baseline, ("basic_cleaning",), {"BASIC_CLEAN_XPATH": basic_clean})["basic_cleaning"]
    try_readability = external.try_readability

    def cleaning(tree: Any) -> HtmlElement:
        return rebound_cleaning(tree.tree() if isinstance(tree, CleanedCopy) else tree)

    def readability(raw_tree: Any) -> HtmlElement:
        return raw_tree.summary() if isinstance(raw_tree, ReadablePage) else try_readability(raw_tree)

    namespace = _rebound(
        external,
        ("justext_rescue", "compare_extraction", "try_justext", "jt_stoplist_init"),
        {"basic_cleaning": cleaning, "try_readability": readability, "ParagraphMaker": _paragraph_maker()},
    )
    init = namespace["jt_stoplist_init"]

    def stoplist_init() -> frozenset[str]:
        # trafilatura's union of jusText's stoplists as a frozenset: jusText's ``define_stoplist``
        # is an lru_cache keyed by it, and a 154,000-word tuple is hashed again on every call
        # (5.5 ms each), a frozenset once. The same words, so the same set jusText builds.
        namespace["JT_STOPLIST"] = frozenset(init())
        return namespace["JT_STOPLIST"]

    namespace["jt_stoplist_init"] = stoplist_init
    if namespace.get("JT_STOPLIST") is not None:  # trafilatura's own jusText run came first
        namespace["JT_STOPLIST"] = frozenset(namespace["JT_STOPLIST"])
    return namespace


#: The jusText version whose ``ParagraphMaker`` and ``Paragraph`` ``_paragraph_maker`` follows.
_JUSTEXT_VERSION = "3.0.2"


@lru_cache(maxsize=1)
def _paragraph_maker() -> type:
    """jusText's ``ParagraphMaker`` with the same handler and paragraphs at a fraction of the cost
    (jusText runs on 30 of 300 real pages, ~45 ms a page of it under a profiler): the tree is
    walked directly instead of through ``lxml.sax`` (which builds each element's attributes and
    namespace map for a handler that reads neither), each element's dotted path and XPath are
    built once as it is entered instead of joined again for every paragraph started (most hold
    no text), and a paragraph's text is joined and normalised once, not on each of the ~7
    reads of its classification. Another jusText version gets its own class."""
    import justext
    from justext.core import ParagraphMaker
    from justext.paragraph import Paragraph
    from justext.utils import normalize_whitespace

    if getattr(justext, "__version__", None) != _JUSTEXT_VERSION:
        return ParagraphMaker

    class Path:
        """jusText's ``PathInfo``: ``dom`` and ``xpath`` of the open elements, kept as strings."""

        __slots__ = ("_elements",)

        def __init__(self) -> None:
            # (dom, xpath, {tag: children so far}) of each open element, the document first
            self._elements: list[tuple[str, str, dict[str, int]]] = [("", "", {})]

        @property
        def dom(self) -> str:
            return self._elements[-1][0]

        @property
        def xpath(self) -> str:
            return self._elements[-1][1] or "/"

        def append(self, tag_name: str) -> Path:
            dom, xpath, children = self._elements[-1]
            if len(self._elements) == 1:
                children = {}  # PathInfo counts no siblings at the top
            order = children.get(tag_name, 0) + 1
            children[tag_name] = order
            self._elements.append((f"{dom}.{tag_name}" if dom else tag_name, f"{xpath}/{tag_name}[{order}]", {}))
            return self

        def pop(self) -> Path:
            self._elements.pop()
            return self

    class JoinedParagraph(Paragraph):
        """jusText's ``Paragraph`` whose text is joined and normalised at its first read after a change."""

        def __init__(self, path: Path) -> None:
            super().__init__(path)
            self._text: str | None = None

        @property
        def text(self) -> str:
            if self._text is None:
                self._text = normalize_whitespace("".join(self.text_nodes).strip())
            return self._text

        def append_text(self, text: str) -> str:
            self._text = None
            return super().append_text(text)

    class Maker(ParagraphMaker):
        @classmethod
        def make_paragraphs(cls, root: Any) -> list[Any]:
            # lxml.sax.saxify's events, in its order: processing instructions beside the root,
            # the root; comments and processing instructions give only their tails' text.
            handler = cls()
            before, sibling = [], root.getprevious()
            while getattr(sibling, "tag", None) is etree.ProcessingInstruction:
                before.append(sibling)
                sibling = sibling.getprevious()
            for node in [*before[::-1], root]:
                handler._walk(node)
            sibling = root.getnext()
            while getattr(sibling, "tag", None) is etree.ProcessingInstruction:
                handler._walk(sibling)
                sibling = sibling.getnext()
            handler.endDocument()
            return handler.paragraphs

        def __init__(self) -> None:
            self.path = Path()
            self.paragraphs = []
            self.paragraph = None
            self.link = False
            self.br = False
            self._start_new_pragraph()

        def _start_new_pragraph(self) -> None:
            if self.paragraph and self.paragraph.contains_text():
                self.paragraphs.append(self.paragraph)
            self.paragraph = JoinedParagraph(self.path)

        def _walk(self, element: Any) -> None:
            tag = element.tag
            if tag is etree.Comment or tag is etree.ProcessingInstruction:
                if element.tail:
                    self.characters(element.tail)
                return
            if not isinstance(tag, str):
                raise TypeError(f"cannot walk a {tag!r} node")  # as lxml.sax (an entity)
            name = tuple(tag[1:].split("}", 1)) if tag[:1] == "{" else (None, tag)
            self.startElementNS(name, tag, None)
            if element.text:
                self.characters(element.text)
            for child in element:
                self._walk(child)
            self.endElementNS(name, tag)
            if element.tail:
                self.characters(element.tail)

    return Maker


class CleanedCopy:
    """trafilatura's cleaned and not yet converted copy of a page (``core._prepare_tree``'s backup),
    made only when jusText reads it: the comparison's jusText run is rare (10 of 300 real pages),
    a copy of the cleaned tree costs 0.3-0.5 ms on every page. The cleaning runs again on a new
    copy of the page, which nothing changes in between: the same tree."""

    __slots__ = ("page", "options")

    def __init__(self, page: HtmlElement, options: Any) -> None:
        self.page = page
        self.options = options

    def tree(self) -> HtmlElement:
        from trafilatura.htmlprocessing import tree_cleaning

        return tree_cleaning(copy.copy(self.page), self.options)


def prepare_tree(page: HtmlElement, options: Any, url: str | None) -> tuple[HtmlElement, Any]:
    """trafilatura's ``core._prepare_tree``: ``(cleaned and converted copy of page, backup)``, the
    backup a ``CleanedCopy`` (which only the comparison's jusText step reads, see ``_external``)."""
    from trafilatura import core
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning

    if not matchers():
        return core._prepare_tree(page, options, url)
    return convert_tags(tree_cleaning(copy.copy(page), options), options, url), CleanedCopy(page, options)


class _Decided(Exception):
    """Readability's text is too short to change the comparison's outcome: the run stops."""


class ReadablePage:
    """The page trafilatura's comparison hands to readability (``external.try_readability``).

    Readability reads a copy of the page, made only when it runs. Its result is kept for the
    recall escalation's comparison, which reads the same page (trafilatura runs it twice).
    With a ``limit`` (see ``readability_limit``) the run stops as soon as the text left on
    its copy is no longer than the limit (after scripts and styles are dropped, measured on
    the page before the copy is made, then after its unlikely candidates are): readability's
    text only comes from that text, so it could not be preferred, and an empty result (length
    0) gives the same outcome.
    """

    __slots__ = ("page", "limit", "_summary")

    def __init__(self, page: HtmlElement) -> None:
        self.page = page
        self.limit: int | None = None
        self._summary: str | None = None

    def summary(self) -> HtmlElement:
        """``try_readability(copy(page))``: readability's article, or an empty element."""
        from trafilatura.utils import fromstring_bytes

        if self._summary is None:
            limit = self.limit
            if limit is not None and _page_length_bound(self.page) <= limit:
                return HtmlElement()  # decided before the copy (its first check, below, would say so)
            try:
                tree = copy.copy(self.page)
                if limit is None:
                    document = _readability_document()(tree, min_text_length=25)
                else:
                    document = _bounded_document()(tree, limit)
                self._summary = document.summary()
            except _Decided:
                return HtmlElement()
            except Exception as err:  # noqa: BLE001 - as try_readability: a failed run gives nothing
                logger.warning("readability_lxml failed: %s", err)
                self._summary = ""
        if not self._summary:
            return HtmlElement()
        found = fromstring_bytes(self._summary)
        return found if found is not None else HtmlElement()


def _shown_length_bound(tree: HtmlElement, limit: int) -> bool:
    """True when readability's text of ``tree`` (``trim(text)``) cannot be longer than ``limit``.

    Its text is made of ``tree``'s text (nodes dropped, moved in order, never duplicated),
    plus "VIDEO" written into a video ``<iframe>``: at most the non-space characters plus one
    space a word, and six characters an iframe.
    """
    words = tree.text_content().split()
    bound = sum(map(len, words)) + len(words)
    return bound <= limit and bound + 6 * sum(1 for _ in tree.iter("iframe")) <= limit


#: The page's text that readability's ``summary`` keeps when it drops scripts, styles and fenced
#: frames before its first step (their tails stay): its copy's text, read on the page itself.
_KEPT_TEXTS = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::fencedframe)]", smart_strings=False
)


_DROPPED_TEXT_TAGS = ("script", "style", "fencedframe")


def _kept_text(page: HtmlElement) -> str:
    """The text of ``_KEPT_TEXTS`` joined. The parser gives a script or a style its text and no
    child: then that text is set aside while the whole text is read (``text_content``, 0.3 ms a
    page rather than the XPath's 1 ms) and put back; the XPath when one holds an element."""
    dropped = list(page.iter(*_DROPPED_TEXT_TAGS))
    if any(len(node) for node in dropped):
        return "".join(_KEPT_TEXTS(page))
    saved = [node.text for node in dropped]
    try:
        for node in dropped:
            node.text = None
        return page.text_content()
    finally:
        for node, text in zip(dropped, saved, strict=True):
            node.text = text


def _page_length_bound(page: HtmlElement) -> int:
    """What ``_shown_length_bound`` measures on readability's copy of ``page`` once its scripts,
    styles and fenced frames are gone (non-space characters, one space a word, six characters an
    iframe), read on ``page`` itself (no copy): when it is within the limit, the first check of the
    bounded run would stop it."""
    words = _kept_text(page).split()
    return sum(map(len, words)) + len(words) + 6 * sum(1 for _ in page.iter("iframe"))


@lru_cache(maxsize=1)
def _readability_document() -> type:
    """trafilatura 2.3.1's readability ``Document`` with its unlikely-candidate pass walking less."""
    from trafilatura.readability_lxml import FRAME_TAGS, REGEXES, Document

    unlikely, maybe = REGEXES["unlikelyCandidatesRe"].search, REGEXES["okMaybeItsACandidateRe"].search

    class ReadabilityDocument(Document):
        """readability's ``Document``; its ``remove_unlikely_candidates`` drops the same elements.

        trafilatura's reads every element below the root (``findall(".//*")``), those inside a
        block it has already dropped too (a drop there changes a detached copy, not the page). Here
        a walk steps over a dropped block's subtree, and the blocks are dropped in document order
        once it is done: less than half the time (1.24 to 0.56 ms a call on the 2,335 evaluation
        pages' parsed trees), the same tree on every one. A class or id value's verdict is read
        once, as there.
        """

        __slots__ = ()

        def remove_unlikely_candidates(self) -> None:
            verdicts: dict[str, bool] = {}
            doomed = []
            walker = etree.iterwalk(self.doc, events=("start",))
            next(walker)  # the root: ".//*" starts below it
            for _, elem in walker:
                cls, ident = elem.get("class"), elem.get("id")
                if cls and ident:
                    attrs = f"{cls} {ident}"  # " ".join(filter(None, (class, id)))
                else:
                    attrs = cls or ident
                    if not attrs or len(attrs) < 2:
                        continue
                if elem.tag in FRAME_TAGS:
                    continue
                verdict = verdicts.get(attrs)
                if verdict is None:
                    low = attrs.lower()
                    verdict = verdicts[attrs] = bool(unlikely(low)) and not maybe(low)
                if verdict:
                    doomed.append(elem)
                    walker.skip_subtree()
            for elem in doomed:
                elem.drop_tree()

    return ReadabilityDocument


@lru_cache(maxsize=1)
def _bounded_document() -> type:
    class BoundedDocument(_readability_document()):
        """trafilatura's readability ``Document``, stopped (``_Decided``) when the text left is within a limit."""

        __slots__ = ("limit",)

        def __init__(self, doc: HtmlElement, limit: int) -> None:
            super().__init__(doc, min_text_length=25)
            self.limit = limit

        def remove_unlikely_candidates(self) -> None:
            # summary() has dropped scripts, styles and fenced frames: the text left then was
            # measured on the page before the copy (``_page_length_bound``).
            super().remove_unlikely_candidates()
            if _shown_length_bound(self.doc, self.limit):
                raise _Decided

    return BoundedDocument


def readability_limit(body: Any, len_text: int, options: Any) -> int | None:
    """The longest readability text that cannot replace ``body`` (``len_text`` characters) in
    trafilatura 2.3.1's ``external._prefer_readability``; None: no such length is known.

    In the default (balanced) mode readability's text must be more than twice as long as the
    extraction, or longer than twice ``min_extracted_size`` when the extraction has no paragraph
    text or more tables than paragraphs; with no extraction, any text wins.
    """
    if options.focus != "balanced":
        return None
    if len_text == 0:
        return 0
    limit = 2 * len_text
    if not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p")):
        limit = min(limit, 2 * options.min_extracted_size)
    return limit


def compare_extraction(
    cleaned_tree: HtmlElement, raw_tree: HtmlElement | ReadablePage, body: Any, text: str, options: Any
) -> tuple[Any, str]:
    """trafilatura's ``external.compare_extraction``: readability and jusText against its own extraction.

    ``raw_tree`` is the page readability reads, or a ``ReadablePage`` of it: then readability's
    run is shared between the calls on one page and stops once it cannot win.
    """
    if isinstance(raw_tree, ReadablePage):
        if options.focus == "precision" or not matchers():
            raw_tree = copy.copy(raw_tree.page)  # trafilatura's own steps, which read a tree
        else:
            raw_tree.limit = readability_limit(body, len(text), options)
    return _external()["compare_extraction"](cleaned_tree, raw_tree, body, text, options)


def justext_rescue(tree: HtmlElement, options: Any) -> tuple[Any, str]:
    """trafilatura's ``external.justext_rescue``: jusText's text of ``tree`` (which it changes)."""
    return _external()["justext_rescue"](tree, options)


def extract_author(tree: HtmlElement) -> str | None:
    """trafilatura 2.3.1's ``metadata.extract_author``: the byline of a page.

    trafilatura prunes a copy of the whole page (1-3 ms on a real page) before its byline
    matchers read it. Here what its prune deletes is taken out of the page itself while they
    read it, each list's matches found after the previous list's are gone, tails kept as its
    ``delete_element`` keeps them, then put back (``document.taken_out``, as in
    ``_page_for_trafilatura``). A page with a neighbour beside its root (a second ``<html>``,
    which a copy leaves behind) is read on trafilatura's copy, as is any other version's.
    """
    found = _metadata()
    if not matchers() or tree.getparent() is not None or tree.getprevious() is not None or tree.getnext() is not None:
        return found["extract_author"](tree)
    discard = found["AUTHOR_DISCARD_XPATHS"]
    with taken_out((node for expression in discard for node in expression(tree)), keep_blank_tails=True):
        author = found["extract_metainfo"](tree, found["AUTHOR_XPATHS"], len_limit=120)
    return _with_marks(found["normalize_authors"](None, author), author) if author else author


def _with_marks(names: str | None, raw: str) -> str | None:
    """trafilatura's ``names`` ("A; B") with the combining marks its cleaner strips off the end of
    each name given back as ``raw`` has them: its "[^\\w]+$" takes a closing vowel sign or harakat
    for punctuation ("सुरेश मीणा" -> "सुरेश मीण", "ராஜா", "ใจดี", "عليٌّ")."""
    if not names or raw.isascii():
        return names
    fixed = []
    for name in names.split("; "):
        at = raw.find(name)
        if at >= 0:
            end = at + len(name)
            while end < len(raw) and unicodedata.category(raw[end]).startswith("M"):
                end += 1
            name = raw[at:end]
        fixed.append(name)
    return "; ".join(fixed)


def extract_content(
    cleaned_tree: HtmlElement, options: Any, backup: Callable[[], HtmlElement] | None = None
) -> tuple[Any, str]:
    """trafilatura's ``main_extractor.extract_content``: the main text of a cleaned, converted tree.

    ``backup`` gives a copy of ``cleaned_tree`` as it is before the run (which changes it): then
    that copy is made only when trafilatura's wild-text recovery reads it (68 of 612 runs on the
    speed pages), not up front as trafilatura makes it (0.1-0.2 ms a copy).
    """
    found = _main_extractor()
    if backup is None or not matchers():  # another trafilatura version: its own, as it is
        return found["extract_content"](cleaned_tree, options)
    return _extract_content_from(found, cleaned_tree, options, backup)


def _extract_content_from(
    found: dict[str, Any], cleaned_tree: HtmlElement, options: Any, backup: Callable[[], HtmlElement]
) -> tuple[Any, str]:
    """trafilatura 2.3.1's ``extract_content`` (``main_extractor``), step for step, with its
    functions from ``found`` (the rebound namespace) and its backup of the tree from ``backup()``,
    read only when the recovery of wild text needs it."""
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = found["_extract"](cleaned_tree, options)
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        backup_tree = backup()
        consumed = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        between = _between_paragraphs(backup_tree, consumed)
        result_body = found["recover_wild_text"](backup_tree, result_body, options, potential_tags, consumed)
        if between:
            _put_back_between(found, result_body, between, potential_tags, options)
        temp_text = " ".join(result_body.itertext()).strip()
    previous = None
    for el in list(result_body):
        current = found["_elem_text"](el)
        if current and current == previous and len(current) > found["MIN_DUPLICATE_LENGTH"]:
            found["delete_element"](el, keep_tail=False)
        else:
            previous = current
    found["strip_elements"](result_body, "done")
    found["strip_tags"](result_body, "div")
    text_chars_test, protected = found["text_chars_test"], found["SPACING_PROTECTED"]
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in protected for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body, temp_text


#: What trafilatura's recovery of wild text leaves out: the story's headings and lists. One set
#: between two of its paragraphs is the story's (keep-tabular-data's "<h3>", "<ul>" between
#: "<p>"s; a formula page's headings between its displayed formulas).
_BETWEEN_TAGS = ("head", "list")
#: Longest label a box of links sets as its first item ("MORE SIXERS", "Related").
MAX_LIST_LABEL_CHARS = 40


def _between_paragraphs(tree: Any, consumed: set[Any]) -> list[tuple[Any, list[Any]]]:
    """``(paragraph, [heading or list, ...])``: each run of headings and lists in ``tree`` (the
    converted tree before the recovery of wild text) that a paragraph with text precedes and
    another follows among their siblings (empty elements skipped), the main pass not having
    taken them. The recovery of wild text, which reads paragraphs only, leaves such runs out:
    they are the story's own subheads and lists, unlike a list before the story (highlights) or
    after it (related links)."""
    runs: list[tuple[Any, list[Any]]] = []
    for parent in {node.getparent() for node in tree.iter(*_BETWEEN_TAGS)}:
        if parent is None:
            continue
        before: Any = None
        run: list[Any] = []
        for child in parent:
            if not isinstance(child.tag, str) or not "".join(child.itertext()).strip():
                continue
            if child.tag == "p":
                if before is not None and run:
                    runs.append((before, run))
                before, run = child, []
            elif child.tag in _BETWEEN_TAGS and before is not None and child not in consumed:
                run.append(child)
            else:
                before, run = None, []
    return runs


def _link_list(node: Any) -> bool:
    """True for a list whose every item with text is one link's text (a box of other stories), but
    for a first item that labels it ("MORE SIXERS" over the links); or for a list of two items or
    more each opening with a link (a teaser box: a linked headline and its teaser sentence)."""
    if node.tag != "list":
        return False
    items = [item for item in node.iter("item") if "".join(item.itertext()).strip()]
    texts = ["".join(item.itertext()).strip() for item in items]
    links = ["".join("".join(ref.itertext()) for ref in item.iter("ref")).strip() for item in items]
    linked = [text == link for text, link in zip(texts, links, strict=True)]
    if linked and not linked[0] and len(linked) > 2 and len(texts[0]) <= MAX_LIST_LABEL_CHARS:
        linked = linked[1:]  # the box's label set as its first item
    if bool(linked) and all(linked):
        return True
    return len(items) > 1 and all(_opens_with_link(item) for item in items)


def _opens_with_link(item: Any) -> bool:
    """True for a list item whose text opens with a link's text (``<a>Headline</a> teaser``)."""
    if (item.text or "").strip():
        return False
    for child in item:
        if child.tag == "ref":
            return bool("".join(child.itertext()).strip())
        if "".join(child.itertext()).strip() or (child.tail or "").strip():
            return False
    return False


#: A heading that announces a promotion rather than a part of the story ("Get the Harbour Weekly
#: newsletter" over its selling points): with ``is_boilerplate_line``'s labels, a run's heading
#: that keeps it and the one list under it out.
_PROMO_HEADING = re.compile(r"(?i)\bnewsletters?\b")


def _promo_heading(node: Any) -> bool:
    """True for a heading whose text is a widget label or announces a newsletter."""
    from newscrawl.pages.cleaning import is_boilerplate_line

    if node.tag != "head":
        return False
    text = "".join(node.itertext()).strip()
    return bool(text) and (is_boilerplate_line(text) or bool(_PROMO_HEADING.search(text)))


def _put_back_between(
    found: dict[str, Any], result_body: Any, runs: list[tuple[Any, list[Any]]], potential_tags: Any, options: Any
) -> None:
    """Each run of ``runs`` (see ``_between_paragraphs``) set in ``result_body`` after its
    paragraph, as the recovery gave that paragraph; a run whose paragraph it did not give stays out."""
    elem_text, handle = found["_elem_text"], found["handle_textelem"]
    where = {}
    for child in result_body:
        where.setdefault(elem_text(child), child)
    for paragraph, run in runs:
        anchor = where.get(elem_text(paragraph))
        if anchor is None:
            continue
        after_promo = False
        for index, node in enumerate(run):
            under_promo, after_promo = after_promo and node.tag == "list", _promo_heading(node)
            if after_promo or under_promo:
                continue  # a promotion's heading and the list under it
            if _link_list(node) or (node.tag == "head" and index + 1 < len(run) and _link_list(run[index + 1])):
                continue  # a list of links (other stories, a menu) and its heading
            processed = handle(node, set(potential_tags) | set(_BETWEEN_TAGS), options)
            if processed is None or not elem_text(processed):
                continue
            anchor.addnext(processed)
            anchor = processed


def matchers_for(name: str) -> list[Any]:
    """The matchers standing in for trafilatura's XPath list ``name`` (``"REMOVE_COMMENTS_XPATH"``), or that list."""
    from trafilatura import xpaths

    return matchers().get(name) or getattr(xpaths, name)


#: Every whitespace character: trafilatura's control-character filter keeps them.
_WHITESPACE = dict.fromkeys(code for code in range(0x3001) if chr(code).isspace())


def html2txt_length(page: HtmlElement) -> int:
    """``len(trafilatura.baseline.html2txt(page))``, at a fraction of its cost.

    The same steps on a copy of the ``<body>`` alone (not the whole page): the basic
    cleaning's elements removed (found by the Python tests), a space put around each
    block element's text, the words counted. trafilatura filters control characters out of
    each block's text one character at a time whenever the text is not all printable,
    which newlines make it; here that filter runs only on text holding a character that is
    neither printable nor whitespace.
    """
    from trafilatura.baseline import _BLOCK_ELEMS, html2txt
    from trafilatura.utils import remove_control_characters
    from trafilatura.xml import delete_element

    basic_clean = matchers().get("BASIC_CLEAN_XPATH")
    if basic_clean is None:
        return len(html2txt(page))
    body = page.find(".//body")
    body = copy.deepcopy(body if body is not None else page)
    for node in basic_clean(body):
        delete_element(node)

    def shown(text: str) -> str:
        if text.isprintable() or text.translate(_WHITESPACE).isprintable():
            return text
        return remove_control_characters(text)

    for node in body.iter(*_BLOCK_ELEMS):
        node.text = f" {shown(node.text)}" if node.text else " "
        node.tail = f" {shown(node.tail)}" if node.tail else " "
    words = body.text_content().split()
    return sum(map(len, words)) + max(len(words) - 1, 0)
