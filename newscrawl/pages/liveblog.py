"""Live blogs: a run of dated entries, newest first, read whole.

Only on a page that says it is a live blog (JSON-LD ``LiveBlogPosting``, or a "live-blog" or
"ticker" class or id around the run), and only for entries of one shape: elsewhere a run of
dated siblings is an article among teasers (6 pages of ../shared/data lost their story to it).

trafilatura takes the first ``<article>`` of a live blog's run of entries (the newest) and leaves
the rest. A run is an element whose children include at least ``MIN_ENTRIES`` entries, each
holding a time (``<time>`` or a ``datetime`` attribute) and a paragraph. When the paragraphs
extracted from the page lie in that run, every entry is read, in the page's order (as the page
shows them, newest first): its heading and its paragraphs, without its time stamp and footer
(share links, "Updated at ..."). The extracted paragraphs that lie above the run and in no entry
(the blog's summary or introduction) stay, in the page's order, before the entries.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newscrawl.pages.document import text_of

MIN_ENTRIES = 3
_TEXT_TAGS = ("h2", "h3", "h4", "p", "li", "blockquote")
_LIVE_WORDS = re.compile(r"live[-_]?(?:blog|ticker|update|feed|coverage|stream|entries|posts?)|liveblog|ticker")
_RUN_TAGS = {"div", "section", "main", "ol", "ul", "body"}
_LEFT_OUT = {"footer", "time", "button", "script", "style", "figcaption", "nav"}


_DATED = "//time | //*[@datetime]"


def _live_marked(node: HtmlElement) -> bool:
    """Whether ``node`` or an ancestor is classed or named as a live blog or ticker."""
    for element in (node, *node.iterancestors()):
        words = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if _LIVE_WORDS.search(words):
            return True
    return False


def _entries(tree: HtmlElement, live: bool = False) -> list[HtmlElement]:
    """The entries of the page's longest run of dated entries, or ``[]``.

    Each time stamp's ancestors are walked once (cost: stamps x depth), counting for each
    element the children that hold a stamp.
    """
    stamps = tree.xpath(_DATED)
    if len(stamps) < MIN_ENTRIES:
        return []
    dated: dict[HtmlElement, dict[HtmlElement, None]] = {}
    for stamp in stamps:
        child = stamp
        for parent in stamp.iterancestors():
            seen = dated.setdefault(parent, {})
            if child in seen:
                break  # this branch was walked from an earlier stamp
            seen[child] = None
            child = parent
    best: list[HtmlElement] = []
    for parent, children in dated.items():
        if len(children) < MIN_ENTRIES or parent.tag not in _RUN_TAGS or not (live or _live_marked(parent)):
            continue
        entries = [child for child in children if child.find(".//p") is not None]
        shapes = {(child.tag, child.get("class")) for child in entries}
        if len(shapes) != 1:
            continue  # an article among teasers of other shapes, not a run of entries
        others = sum(1 for child in parent if isinstance(child.tag, str))
        if len(entries) >= MIN_ENTRIES and len(entries) * 2 > others and len(entries) > len(best):
            best = entries
    return best


def _entry_lines(entry: HtmlElement) -> list[str]:
    lines = []
    for node in entry.iter(*_TEXT_TAGS):
        if any(ancestor.tag in _LEFT_OUT for ancestor in node.iterancestors()) or node.tag in _LEFT_OUT:
            continue
        if node.tag == "p" and node.find(".//p") is not None:
            continue
        if any(ancestor.tag in _TEXT_TAGS for ancestor in node.iterancestors()):
            continue  # text already read with its block
        text = text_of(node)
        if text:
            lines.append(text)
    return lines


def _intro_lines(tree: HtmlElement, first: HtmlElement, wanted: set[str], in_entries: set[str]) -> list[str]:
    """The extracted paragraphs (``wanted``) that sit above the run's ``first`` entry and in no
    entry, in the page's order."""
    lines: list[str] = []
    for node in tree.iter():
        if node is first:
            break
        if node.tag not in _TEXT_TAGS:
            continue
        text = text_of(node)
        if text in wanted and text not in in_entries and text not in lines:
            lines.append(text)
    return lines


def live_blog_paragraphs(tree: HtmlElement | None, paragraphs: list[str], live: bool = False) -> list[str] | None:
    """Every entry's lines when ``paragraphs`` (the page's extracted body) come from a run of
    dated entries of one shape, in a live blog (``live``: its JSON-LD says LiveBlogPosting; else
    the run or an ancestor is classed so: "live-blog", "liveblog", "ticker"), and leave some of
    them out, with the extracted paragraphs above the run (its summary) first; None otherwise."""
    if tree is None or not paragraphs:
        return None
    entries = _entries(tree, live)
    if not entries:
        return None
    lines = [_entry_lines(entry) for entry in entries]
    wanted = {" ".join(p.split()) for p in paragraphs}
    holding = [i for i, entry_lines in enumerate(lines) if wanted & set(entry_lines)]
    if not holding or len(holding) == len(entries):
        return None
    in_entries = {line for entry_lines in lines for line in entry_lines}
    intro = _intro_lines(tree, entries[0], wanted, in_entries)
    return [*intro, *(line for entry_lines in lines for line in entry_lines)]
