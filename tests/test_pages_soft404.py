"""A soft 404 (an error page served with 200) is told from an article whose headline says
"not found" (pages written by us)."""

from __future__ import annotations

import pytest

from newscrawl.pages import extract

_BODY = "".join(
    f"<p>Rescue teams searched the ridge for a third day on Thursday, the district office said, as rain and fog"
    f" slowed the work of some two hundred volunteers from the villages below ({n}).</p>"
    for n in range(4)
)


def _page(title: str, body_class: str = "") -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body class='{body_class}'><article><h1>{title}</h1>"
        f"{_BODY}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "title",
    [
        "Missing hiker still not found after three days - Tiny",
        "Korban longsor belum juga tidak ditemukan tim SAR | Tiny",
        "404 days at sea: a fisherman's story",
    ],
)
def test_a_headline_that_says_not_found_is_an_article(title):
    result = extract(_page(title), "https://tiny.example/2026/11/missing-hiker/", None)
    assert result.article is not None, result.reason


def test_a_wordpress_single_post_is_an_article_whatever_its_title():
    result = extract(_page("Page not found", "single postid-12"), "https://tiny.example/2026/11/x/", None)
    assert result.article is not None, result.reason


@pytest.mark.parametrize(
    "title",
    [
        "404 Not Found",
        "Page not found - Tiny",
        "Tiny | 404",
        "Error 404 - Not Found",
        "Halaman tidak ditemukan – Tiny",
        "Nothing found for ferry",
        "500 Internal Server Error",
    ],
)
def test_an_error_page_titled_so_is_a_soft_404(title):
    result = extract(_page(title), "https://tiny.example/2026/11/missing-hiker/", None)
    assert result.reason == "not_article:error"
