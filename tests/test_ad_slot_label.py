"""An ad slot's label between a story's paragraphs ("Article content") is no body line.
Fixtures written for these tests."""

from __future__ import annotations

from newscrawl.pages import extract
from newscrawl.pages.cleaning import is_boilerplate_line

PARAGRAPHS = [
    "The Birchmont library will stay open until 10 p.m. on weeknights from January, the board decided on Tuesday.",
    "Trustees said the longer hours would cost about $180,000 a year, paid from the reserve fund.",
    "Students had asked for a quiet place to study after the community centre closed in the spring.",
    "The board will review the change after six months and report to council in July.",
]


def test_the_label_alone_is_boilerplate_and_a_sentence_with_it_is_not():
    assert is_boilerplate_line("Article content")
    assert not is_boilerplate_line("Article content on the site was changed after the complaint, the editor said.")


def test_an_ad_slots_label_between_paragraphs_is_cut():
    text = (
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
        + "<div class='slot-border'><span>Article content</span></div>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    )
    page = (
        "<html lang='en'><head><title>Library to stay open later</title></head><body><article>"
        f"<h1>Library to stay open later</h1>{text}</article></body></html>"
    ).encode()
    result = extract(page, "https://birchmont-herald.example/news/2026/11/library-hours/", None)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == PARAGRAPHS
