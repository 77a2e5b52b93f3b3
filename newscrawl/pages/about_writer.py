"""The writer a personal site names outside any byline (QF56): read only where no byline, meta or
JSON-LD names a person.

- An about-the-writer box: a block whose heading says so ("About me", "About the author", "Tentang
  Saya", "Über mich", "À propos", "Sobre mí"), or whose class does ("about-me", "author-bio"), or
  Blogger's profile widget (``class="widget Profile"``, its ``profile-name-link``).
- The site's footer ("footer", "site-info", "colophon").

In these, a sentence that opens in the first person names the writer ("Hi, I'm Jana Ulm, ...",
"My name is Jana Ulm", "Saya Jana Ulm, ...", "Ich bin Jana Ulm", "Je suis Jana Ulm"), or one that
says who writes the site ("<site name> is written by Jana Ulm, who ...", "Ditulis oleh Jana Ulm").
A copyright line names the site's owner, often a company or the site itself: not read. A box
headed "About us" is the company's: not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml.html import HtmlElement

from newscrawl.pages.document import text_of

#: Headings of an about-the-writer box (whole heading, case and a trailing colon aside).
_ABOUT_HEADING = re.compile(
    r"(?:about me|about the (?:author|writer|blogger)|about the blog(?:ger)?|tentang saya|tentang penulis"
    r"|mengenai saya|profil saya|über mich|uber mich|à propos(?: de moi| de l['’]auteur)?|a propos"
    r"|sobre mí|sobre mi|sobre mim|sobre o autor|sobre el autor)\s*:?",
    re.IGNORECASE,
)
#: Class or id words of an about-the-writer box (the words of the value, hyphens and underscores apart).
_ABOUT_CLASSES = re.compile(
    r"(?:^|[\s_-])(?:about[_-]?me|about[_-]?(?:the[_-]?)?author|author[_-]?(?:bio|box|about)|ueber[_-]?mich)(?:$|[\s_-])",
    re.IGNORECASE,
)
#: Class or id words of a site's footer.
_FOOTER_CLASSES = re.compile(r"(?:^|[\s_-])(?:footer|site[_-]?info|colophon)(?:$|[\s_-])", re.IGNORECASE)
#: A comment's block: its writer's "I'm ..." is a reader's.
_COMMENT_CLASSES = re.compile(r"comment|(?:^|[\s_-])(?:reply|replies)(?:$|[\s_-])", re.IGNORECASE)

#: A sentence in the first person that opens with the writer's name after the cue.
_FIRST_PERSON = re.compile(
    r"^(?:(?:hi|hello|hey|hai|halo|hallo|salut|bonjour|hola|olá|ola)(?:\s+(?:there|everyone|semua|all))?"
    r"\s*[,!.]?\s+)?(?:i['’]m|i am|my name is|my name's|saya|nama saya|aku|ich bin|ich heiße|mein name ist"
    r"|je suis|je m['’]appelle|soy|me llamo|mi nombre es|sou|eu sou|meu nome é|o meu nome é)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
#: A sentence that says who writes the site: "<subject> is written by", "Ditulis oleh".
_WRITTEN_BY = re.compile(
    r"^(?:(?P<subject>.{2,60}?)\s+)?(?:is written by|is written and run by|(?:di)?tulis oleh)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
#: The site itself as a "written by" sentence's subject, in words ("This blog", "Blog ini").
_SITE_SUBJECT = re.compile(r"(?:this|the) (?:blog|site|website|newsletter)|(?:blog|laman|situs) ini", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*[·|•]\s*")
#: Where a name ends: punctuation.
_NAME_END = re.compile(r"[,.;:!?()\[\]|·•–—\"“”]")
_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dd", "dt", "table", "section", "aside", "footer"})
_BLOCK_TAGS |= frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "header", "nav"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Most words a name read from a sentence has.
MAX_NAME_WORDS = 5
#: Longest box or footer read (characters): a longer block is a page's column, not a box.
MAX_BOX_CHARS = 2000


def _marks(node: HtmlElement) -> str:
    return f"{node.get('class') or ''} {node.get('id') or ''}"


def _may_mark(folded: str) -> bool:
    """False when ASCII marks, lower-cased, hold none of the words ``_ABOUT_CLASSES`` and
    ``_FOOTER_CLASSES`` need, nor "widget": no box's nor footer's marks then. (Only ASCII marks:
    ``re.IGNORECASE`` also folds "ſ", "ı" and "İ" to ASCII letters.)"""
    return (
        "about" in folded
        or "author" in folded
        or "site" in folded
        or "footer" in folded
        or "widget" in folded
        or "ueber" in folded
        or "colophon" in folded
    )


def _in_comment(node: HtmlElement) -> bool:
    return any(_COMMENT_CLASSES.search(_marks(a)) for a in (node, *node.iterancestors()))


def about_blocks(tree: HtmlElement) -> Iterator[tuple[HtmlElement, bool]]:
    """``(block, is_about_box)``: the page's about-the-writer boxes and footers, outermost only."""
    found: list[tuple[HtmlElement, bool]] = []
    for node in tree.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag in _HEADINGS and _ABOUT_HEADING.fullmatch(text_of(node)):
            parent = node.getparent()
            if parent is not None:
                found.append((parent, True))
            continue
        marks = _marks(node)
        if tag != "footer" and marks.isascii() and not _may_mark(marks.lower()):
            continue  # (the patterns' words, looked for first: most elements' marks hold none)
        if _ABOUT_CLASSES.search(marks) or ("widget" in marks and "Profile" in marks.split()):
            found.append((node, True))
        elif node.tag == "footer" or _FOOTER_CLASSES.search(marks):
            found.append((node, False))
    chosen = {id(n) for n, _ in found}
    seen: set[int] = set()
    for node, about in found:
        if id(node) in seen or any(id(a) in chosen for a in node.iterancestors()) or _in_comment(node):
            continue
        seen.add(id(node))
        yield node, about


def _leaf_texts(block: HtmlElement) -> Iterator[str]:
    """The texts of the block's innermost blocks (a ``<p>``, a ``<div>`` of text), the block's own where it has none."""
    leaves = 0
    for node in block.iter(*_BLOCK_TAGS):
        if node is block or any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in node):
            continue
        leaves += 1
        yield text_of(node)
    if not leaves:
        yield text_of(block)


def _named(rest: str, is_name: Callable[[str], bool]) -> str | None:
    """The longest run of words that opens ``rest`` (up to its punctuation) and is a person's name."""
    words = _NAME_END.split(rest, maxsplit=1)[0].split()[:MAX_NAME_WORDS]
    for end in range(len(words), 1, -1):
        candidate = " ".join(words[:end])
        # (A name ends on a capitalised word: "Rosa Vidaurre y cuido ..." is "Rosa Vidaurre".)
        if words[end - 1][:1].isupper() and is_name(candidate):
            return candidate
    return None


def sentence_writer(sentence: str, site_names: list[str], is_name: Callable[[str], bool]) -> str | None:
    """The writer a first-person or "written by" sentence names, else None. A "written by" sentence
    counts where its subject is the site (a site name, "This blog") or where it has none."""
    match = _FIRST_PERSON.match(sentence)
    if match is None:
        match = _WRITTEN_BY.match(sentence)
        if match is None:
            return None
        subject = match.group("subject")
        if subject is not None:
            folded = subject.strip().casefold()
            if not _SITE_SUBJECT.fullmatch(folded) and folded not in {n.casefold() for n in site_names}:
                return None
    name = _named(match.group("rest"), is_name)
    if name is None or name.casefold() in {n.casefold() for n in site_names}:
        return None
    return name


def about_writer(tree: HtmlElement | None, site_names: list[str], is_name: Callable[[str], bool]) -> list[str]:
    """The one writer the page's about-the-writer boxes and footers name (``[]`` where they name no
    one or several people). ``is_name``: the person-name test a name must pass."""
    if tree is None:
        return []
    names: list[str] = []
    for block, about in about_blocks(tree):
        if len(text_of(block)) > MAX_BOX_CHARS:
            continue
        if about and "Profile" in _marks(block).split():
            # Blogger's profile widget: its name link is the blog's writer.
            for link in block.find_class("profile-name-link"):
                if is_name(name := text_of(link)) and name.casefold() not in {n.casefold() for n in site_names}:
                    names.append(name)
        for text in _leaf_texts(block):
            for sentence in _SENTENCE_END.split(text):
                if name := sentence_writer(sentence.strip(), site_names, is_name):
                    names.append(name)
    distinct = list(dict.fromkeys(names))
    return distinct if len(distinct) == 1 else []
