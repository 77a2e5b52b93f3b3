"""A client-rendered page's headline and writers from its state (``__NEXT_DATA__``), as its date."""

from __future__ import annotations

import json

from lxml import html

from newscrawl.pages import extract
from newscrawl.pages.state_dates import state_authors, state_headline

PARAGRAPHS = [
    "The harbour board approved a new ferry timetable on Monday that adds late sailings on weekends.",
    "Commuters had asked for the change for years, the board's chair told the meeting.",
]


def page(article: dict) -> str:
    state = {"props": {"pageProps": {"story": article}}, "page": "/[slug]"}
    return (
        '<html lang="en"><head><title>Harbour Herald</title></head><body><div id="__next"></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>'
    )


ARTICLE = {
    "title": "Ferries to run later on weekends",
    "publishedAt": "2025-11-24T09:30:00Z",
    "byline": [{"displayName": "Mara Quint"}, {"displayName": "Tomas Reyes"}],
    "content": [{"type": "p", "text": p} for p in PARAGRAPHS],
    "related": [{"headline": "Bridge closed for repairs", "publishedAt": "2025-11-20T08:00:00Z", "author": "Ann Lee"}],
}


def test_the_state_article_gives_headline_and_writers() -> None:
    tree = html.fromstring(page(ARTICLE))
    assert state_headline(tree) == "Ferries to run later on weekends"
    assert state_authors(tree) == ["Mara Quint", "Tomas Reyes"]
    one = {**ARTICLE, "byline": None, "author": {"name": "Mara Quint"}}
    assert state_authors(html.fromstring(page(one))) == ["Mara Quint"]
    assert state_headline(html.fromstring("<html><body><p>No state</p></body></html>")) is None


def test_a_page_whose_only_text_is_its_state() -> None:
    article, reason = extract(page(ARTICLE).encode(), "https://harbourherald.example.com/news/ferries-later")
    assert article is not None, reason
    assert article.title == "Ferries to run later on weekends"
    assert sorted(article.authors) == ["Mara Quint", "Tomas Reyes"]
    assert article.body.split("\n\n") == PARAGRAPHS


def test_the_page_s_own_headline_wins() -> None:
    shown = page(ARTICLE).replace(
        "<title>Harbour Herald</title>", "<title>Later ferries at weekends | Harbour Herald</title>"
    )
    shown = shown.replace('<div id="__next"></div>', '<div id="__next"><h1>Later ferries at weekends</h1></div>')
    article, _ = extract(shown.encode(), "https://harbourherald.example.com/news/ferries-later")
    assert article is not None
    assert article.title == "Later ferries at weekends"
