"""A byline "By A with B" under a JSON-LD author A: the byline shown names a co-author after "with".
Fixtures written for these tests."""

from __future__ import annotations

import json

from newscrawl.pages import GenericPage

LEDE = "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
URL = "https://harbourtimes.example/2024/05/pier-closes/"


def _page(byline: str) -> GenericPage:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Old ferry pier to close",
          "author": [{"@type": "Person", "name": "Amara Okafor"}]}  # fmt: skip
    head = f'<title>Old ferry pier to close</title><script type="application/ld+json">{json.dumps(ld)}</script>'
    body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
    return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", URL)


def test_by_a_with_b_gives_both_writers() -> None:
    byline = '<p class="byline">By <a href="/staff/ao">Amara Okafor</a> with <a href="/staff/ph">Piet Horn</a> | Times Staff</p>'
    assert _page(byline).authors() == ["Amara Okafor", "Piet Horn"]


def test_by_a_with_lower_case_words_after_gives_one() -> None:
    byline = '<p class="byline">By <a href="/staff/ao">Amara Okafor</a> with additional reporting from the desk</p>'
    assert _page(byline).authors() == ["Amara Okafor"]
