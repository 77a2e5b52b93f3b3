"""A role behind a name set in capitals, with the paper's name between them ("KENDRA MARSH Journal
staff writer"): the capitals mark where the name ends. Names written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.pages.cleaning import clean_author_names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By ODALYS PRENTICE Gazette staff writer", ["Odalys Prentice"]),
        ("ODALYS PRENTICE Valley Gazette Senior Reporter", ["Odalys Prentice"]),
        ("ODALYS PRENTICE staff writer", ["Odalys Prentice"]),
        # one word in capitals is a family name written first: nothing is cut behind it
        ("TANAKA Hiroshi Staff Writer", ["TANAKA Hiroshi"]),
    ],
)
def test_a_role_behind_a_name_in_capitals_takes_the_papers_name_with_it(byline, names):
    assert clean_author_names([byline])[0] == names
