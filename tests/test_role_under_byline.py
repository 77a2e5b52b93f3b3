"""A byline written into the story's first paragraph with the writer's role on a line under it
("By Jana Ulm<br><em>Courier health reporter</em>"): both lines go. Fixtures written for these tests."""

from __future__ import annotations

import json

from newscrawl.pages import extract
from newscrawl.pages.furniture import drop_header_lines

STORY = [
    "The Ridgeway water board will replace 3,000 lead service lines by 2028, it said on Monday, after tests found high levels in two schools.",
    "The work will cost about $41 million, most of it from a federal loan the board secured last spring.",
    "Parents at both schools were told in October to use bottled water until the pipes are replaced.",
]


def test_the_role_line_under_a_dropped_byline_goes():
    lines = ["By Odile Marsh", "Gazette education reporter", *STORY]
    assert drop_header_lines(lines, None, [], ["Odile Marsh"]) == STORY


def test_a_short_line_under_the_byline_that_is_no_role_stays():
    lines = ["By Odile Marsh", "Ridgeway, Ohio", *STORY]
    assert drop_header_lines(lines, None, [], ["Odile Marsh"]) == ["Ridgeway, Ohio", *STORY]


def test_a_role_line_with_no_byline_above_it_stays():
    lines = ["Gazette education reporter", *STORY]
    assert drop_header_lines(lines, None, [], ["Odile Marsh"]) == lines


def test_a_byline_and_role_in_the_first_paragraph_of_the_page_go():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Lead pipes to be replaced",
          "author": {"@type": "Person", "name": "Staff Report"}}  # fmt: skip
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html lang='en'><head><title>Lead pipes to be replaced</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main><article>"
        "<h1>Lead pipes to be replaced</h1><div class='story-body'>"
        "<p><strong>By Odile Marsh</strong><br><em>Gazette education reporter</em></p>"
        f"{paragraphs}</div></article></main></body></html>"
    ).encode()
    result = extract(page, "https://ridgeway-gazette.example/2026/11/24/lead-pipes/", None)
    assert result.article is not None, result.reason
    assert result.article.authors == ["Odile Marsh"]
    assert result.article.body.split("\n\n") == STORY


def test_a_plural_subhead_under_one_writers_byline_stays():
    for subhead in ("Police officers", "The editors", "Foreign correspondents"):
        lines = ["By Odile Marsh", subhead, *STORY]
        assert drop_header_lines(lines, None, [], ["Odile Marsh"]) == [subhead, *STORY], subhead


def test_a_plural_role_under_two_writers_byline_goes():
    lines = ["By Odile Marsh and Teo Brandt", "Gazette staff reporters", *STORY]
    assert drop_header_lines(lines, None, [], ["Odile Marsh", "Teo Brandt"]) == STORY
