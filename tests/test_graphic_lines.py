"""An interactive graphic's placeholder line (newscrawl.pages.graphic_lines), and the story's
sentences about interactive maps, which stay. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.pages import extract
from newscrawl.pages.cleaning import is_boilerplate_line
from newscrawl.pages.graphic_lines import is_graphic_placeholder

PLACEHOLDERS = [
    "Interactive map: new bike lanes by ward",
    "Interactive graphic",
    "INTERACTIVE: How each precinct voted",
    "Interactive chart — rents since 2015",
    "This interactive is best viewed on a larger screen.",
    "This interactive graphic requires JavaScript.",
    "If you can't see the graphic, click here.",
    "Can't see the interactive map? Tap here.",
]

STORY_LINES = [
    "Interactive maps helped residents find shelters during the flood, the mayor said.",
    "The interactive map shows every bike lane added since 2020.",
    "Interactive: the council said the tool would be online in March. It costs $4,000 a year and was built by students.",
    "Residents who cannot see the river from their homes will pay a lower rate.",
]


@pytest.mark.parametrize("line", PLACEHOLDERS)
def test_a_graphic_placeholder_is_boilerplate(line):
    assert is_graphic_placeholder(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_about_a_graphic_stays(line):
    assert not is_graphic_placeholder(line)
    assert not is_boilerplate_line(line)


def test_a_placeholder_between_paragraphs_is_cut():
    paragraphs = [
        "Fernhill added 42 kilometres of protected bike lanes this year, more than in the previous five combined.",
        "Most of the new lanes run through the eastern wards, where car ownership is lowest.",
        "Cycling counts on the Mill Street bridge rose by a third between May and October.",
        "The transport committee will vote on next year's plan in February.",
    ]
    text = (
        "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + "<div class='viz' data-viz='lanes'><p>Interactive map: new bike lanes by ward</p></div>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    )
    page = (
        "<html lang='en'><head><title>Fernhill's bike lanes</title></head><body><article>"
        f"<h1>Fernhill's bike lanes</h1>{text}</article></body></html>"
    ).encode()
    result = extract(page, "https://fernhill-post.example/2026/11/bike-lanes/", None)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == paragraphs
