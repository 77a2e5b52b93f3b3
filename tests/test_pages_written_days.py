"""The days a page writes in its text: read in one walk of the tree, shared by the date checks."""

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
        '<meta property="article:modified_time" content="12/01/2023">'
    )
    body = "<article><h1>Pier</h1><p>The board met on 1 November 2023 and again on 12 January 2023.</p></article>"
    page = GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://harbour.example/pier")
    assert page.published_at() == datetime(2023, 11, 1, tzinfo=timezone.utc)
    assert page.modified_at() == datetime(2023, 1, 12, tzinfo=timezone.utc)
    assert counting.texts == 1
