"""Zero-width joiners inside words, put back into the body.

Persian writes the zero-width non-joiner (U+200C) inside words ("می‌شود", "ماشین‌آلات"), Bengali the
zero-width joiner (U+200D) for the ya-phala after ra ("র‍্যাব"), Hindi and Malayalam both: they are
part of the spelling. trafilatura drops every character that is not printable from the text it
extracts, these two among them, so the body reads "میشود". The words of the page that hold one are
looked up by their form without it and written back as the page writes them, unless the page also
writes that form without the joiner (then the extract cannot tell which it has).
"""

from __future__ import annotations

import re

#: ZWNJ and ZWJ.
JOINERS = "\u200c\u200d"
_STRIP = str.maketrans("", "", JOINERS)
#: What a page's source holds when its text may hold a joiner: the characters or their entities.
_SOURCE_MARKS = (
    "\u200c",
    "\u200d",
    "&zwnj;",
    "&zwj;",
    "&#8204;",
    "&#8205;",
    "&#x200c;",
    "&#x200d;",
    "&#x200C;",
    "&#x200D;",
)
_WORD = re.compile(r"\S+")
#: Letters of the scripts whose words hold joiners (Arabic and Persian, Devanagari to Sinhala): an
#: extracted text without one needs no look at the page's source (a search over a few kilobytes,
#: not the whole page). Emoji sequences joined by ZWJ are left as trafilatura gives them.
_JOINING_SCRIPT = re.compile("[\u0600-\u06ff\u0900-\u0dff]")


def may_be_joined(text: str) -> bool:
    """True when an extracted text holds a letter of a script that writes joiners inside words."""
    return _JOINING_SCRIPT.search(text) is not None


def may_hold_joiners(source: str) -> bool:
    """True when a page's source holds a joiner or its entity (a cheap first test)."""
    return any(mark in source for mark in _SOURCE_MARKS)


def joined_words(text: str) -> dict[str, str]:
    """The words of ``text`` that hold a joiner, by their form without it; a form the text also
    writes without a joiner, or with joiners in two places, is left out."""
    words: dict[str, str] = {}
    unsure: set[str] = set()
    bare_words: set[str] = set()
    for word in text.split():
        if "\u200c" not in word and "\u200d" not in word:
            bare_words.add(word)
            continue
        bare = word.translate(_STRIP)
        if words.setdefault(bare, word) != word:
            unsure.add(bare)
    return {bare: word for bare, word in words.items() if bare not in unsure and bare not in bare_words}


def restore(text: str, words: dict[str, str]) -> str:
    """``text`` with each word of ``words`` (see ``joined_words``) written with its joiners."""
    if not words:
        return text
    return _WORD.sub(lambda match: words.get(match.group(), match.group()), text)
