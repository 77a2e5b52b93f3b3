"""Arc XP's page state (``Fusion.globalContent={...}`` in a script): the last update, and the
headline and writers when the page shows none (review R12; fixtures written here)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from lxml import html

from newscrawl.pages import extract
from newscrawl.pages.state_dates import state_authors, state_headline, state_modified

URL = "https://www.harbourherald.example.com/news/2025/11/24/ferries-to-run-later/"
HEADLINE = "Ferries to run later on weekends"
PARAGRAPHS = [
    "The harbour board approved a new ferry timetable on Monday that adds late sailings on weekends.",
    "Commuters had asked for the change for years, the board's chair told the meeting on the quay.",
    "The first late boats will sail in March, once two more crews have finished their training.",
]


def story(**changes: Any) -> dict[str, Any]:
    content = {
        "_id": "ABC123",
        "type": "story",
        "headlines": {"basic": HEADLINE},
        "first_publish_date": "2025-11-24T14:00:00.100Z",
        "display_date": "2025-11-24T14:00:00.100Z",
        "last_updated_date": "2025-11-24T18:45:10.500Z",
        "credits": {"by": [{"type": "author", "name": "Mara Quint"}]},
        "related_content": {
            "basic": [{"headlines": {"basic": "Bridge shut"}, "last_updated_date": "2025-11-30T08:00:00Z"}]
        },
    }
    content.update(changes)
    return content


def page(content: dict[str, Any], *, shown: bool = True) -> str:
    script = f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="herald";Fusion.globalContent={json.dumps(content)};Fusion.globalContentConfig={{}};'
    head = f"<title>{HEADLINE} – Harbour Herald</title>" if shown else "<title>Harbour Herald</title>"
    article = (
        f"<h1>{HEADLINE}</h1><div class='byline'>By Mara Quint</div>"
        "<time datetime='2025-11-24T14:00:00.100Z'>November 24, 2025 at 9:00 a.m.</time>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        if shown
        else "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    )
    return (
        f"<html lang='en'><head>{head}<script id='fusion-metadata' type='application/javascript'>{script}</script>"
        f"</head><body><main><article>{article}</article></main></body></html>"
    )


def test_the_last_update_only_in_fusions_content_is_read() -> None:
    article = extract(page(story()), URL).article
    assert article is not None
    assert article.published_at == datetime(2025, 11, 24, 14, 0, tzinfo=UTC)  # as the page shows it
    assert article.modified_at == datetime(2025, 11, 24, 18, 45, 10, tzinfo=UTC)
    assert state_modified(html.fromstring(page(story()))) == ("2025-11-24T18:45:10.500Z", "2025-11-24T14:00:00.100Z")


def test_a_save_right_after_publication_is_no_update() -> None:
    article = extract(page(story(last_updated_date="2025-11-24T14:00:01.900Z")), URL).article
    assert article is not None and article.modified_at is None


def test_content_whose_publication_is_not_the_pages_gives_no_update() -> None:
    # Another story's content (a stale state): its publication days off the one the page shows.
    other = story(first_publish_date="2025-11-02T10:00:00Z", display_date="2025-11-02T10:00:00Z")
    article = extract(page(other), URL).article
    assert article is not None and article.modified_at is None


def test_a_section_fronts_stories_in_a_list_are_not_the_pages() -> None:
    front = {"_id": "news", "type": "section", "content_elements": [story(), story()]}
    assert state_modified(html.fromstring(page(front))) == (None, None)


def test_headline_and_writers_from_fusions_content_when_the_page_shows_none() -> None:
    tree = html.fromstring(page(story(), shown=False))
    assert state_headline(tree) == HEADLINE
    assert state_authors(tree) == ["Mara Quint"]
    article = extract(page(story(), shown=False), URL).article
    assert article is not None
    assert article.title == HEADLINE and article.authors == ["Mara Quint"]


def test_a_story_only_in_fusions_content_elements_is_the_body() -> None:
    # The HTML shows the first paragraph only; the rest is rendered from content_elements. A
    # picture and an embed among the text blocks are no paragraphs.
    more = [
        "Two evening boats will also call at the island pier, which has had no service after six since spring.",
        "Fares stay as they are, the board said, though a monthly pass will cost two pounds more from April.",
    ]
    elements = [
        {"type": "text", "content": PARAGRAPHS[0]},
        {"type": "image", "url": "https://img.example/ferry.jpg", "caption": "The ferry at the quay."},
        *({"type": "text", "content": p} for p in PARAGRAPHS[1:]),
        {"type": "raw_html", "html_id": "poll-7"},
        *({"type": "text", "content": p} for p in more),
    ]
    script = (
        "window.Fusion=window.Fusion||{};Fusion.globalContent="
        + json.dumps(story(content_elements=elements))
        + ";Fusion.globalContentConfig={};"
    )
    thin = (
        f"<html lang='en'><head><title>{HEADLINE} – Harbour Herald</title>"
        f"<script id='fusion-metadata' type='application/javascript'>{script}</script></head><body><main>"
        f"<h1>{HEADLINE}</h1><div class='byline'>By Mara Quint</div><article class='b-article-body'>"
        f"<p>{PARAGRAPHS[0]}</p></article></main></body></html>"
    )
    result = extract(thin, URL)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == [*PARAGRAPHS, *more]
