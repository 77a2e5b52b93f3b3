"""An interactive graphic's placeholder line (newscrawl.pages.graphic_lines), and the story's
sentences about interactive maps, which stay. Fixtures written for these tests."""

from __future__ import annotations

import pytest

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
