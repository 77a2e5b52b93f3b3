"""The walks of the tree the date checks read: the days a page writes, the texts around a headline."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from newscrawl.pages import GenericPage, base


class _Counting:
    """_DATE_IN_TEXT, counting the texts its walk reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.texts = 0

    def finditer(self, text: str):
        self.texts += 1
        return self.pattern.finditer(text)

    def search(self, *args):
        return self.pattern.search(*args)


def test_the_page_is_walked_for_its_written_days_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(base._DATE_IN_TEXT)
    monkeypatch.setattr(base, "_DATE_IN_TEXT", counting)
    # Both stamps read either way: each is settled by the days the text writes in full.
    head = (
        "<title>Pier</title>"
        '<meta property="article:published_time" content="11/01/2023">'
        '<meta property="article:modified_time" content="12/01/2024">'
    )
    body = "<article><h1>Pier</h1><p>The board met on 1 November 2023 and again on 12 January 2024.</p></article>"
    page = GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://harbour.example/pier")
    assert page.published_at() == datetime(2023, 11, 1, tzinfo=timezone.utc)
    assert page.modified_at() == datetime(
        2024, 1, 12, tzinfo=timezone.utc
    )  # (an update before the publication is none)
    assert counting.texts == 1


HEADER = (
    "<div><header>"
    "<p class='kicker'>Harbour <b>news</b> desk</p><span>Updated 3 May 2024</span>tail one"
    "<h1>Pier to close</h1>after title"
    "<p>By <a>Ana Ruiz</a>, 2 May 2024</p><!-- a note -->note tail"
    "<script>var x = '1 May 2024';</script>script tail"
    "</header>header tail<p>The story's lead.</p></div>"
)


def _headline():
    from lxml import html

    return html.fromstring(HEADER).find(".//h1")


def test_the_texts_before_and_after_a_headline_in_document_order() -> None:
    texts_before = [(text, node.tag) for text, node in base._texts_before(_headline(), 10)]
    assert texts_before == [
        ("Harbour ", "p"),
        ("news", "b"),
        (" desk", "p"),
        ("Updated 3 May 2024", "span"),
        ("tail one", "header"),
    ]
    texts_after = [(text, node.tag) for text, node in base._texts_after(_headline(), 10)]
    assert texts_after == [
        ("after title", "header"),
        ("By ", "p"),
        ("Ana Ruiz", "a"),
        (", 2 May 2024", "p"),
        ("note tail", "header"),
        ("script tail", "header"),
        ("The story's lead.", "p"),
    ]
    # The walk after the headline stops at its element budget, the one before at a whole sibling.
    # (a comment is no element: its tail is read, uncounted)
    after = ["after title", "By ", "Ana Ruiz", ", 2 May 2024", "note tail"]
    assert [text for text, _ in base._texts_after(_headline(), 2)] == after
    assert [text for text, _ in base._texts_before(_headline(), 2)] == ["Updated 3 May 2024", "tail one"]


def test_one_siblings_texts_announce_each_element_first() -> None:
    kicker = _headline().getparent()[0]
    read = [(text, node.tag) for text, node in base._sibling_texts(kicker, kicker.getparent())]
    assert read == [(None, "p"), ("Harbour ", "p"), (None, "b"), ("news", "b"), (" desk", "p")]
