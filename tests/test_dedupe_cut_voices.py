"""When a copy in the article's language that is a cut of its story says "another story"
(``engine._contradicted``): a lead cut holds too little to tell a second translator's wording
from a rival report's, and a fuller copy of the story that reads with the article as one text
has read the rest."""

from __future__ import annotations

from newscrawl.dedupe.engine import _contradicted


def test_a_cut_is_not_heard_when_a_fuller_copy_of_its_story_vouches() -> None:
    # (story, held, shorter than the article, "another story")
    said = [("wire", 0.68, True, True), ("wire", 0.91, False, False)]
    assert _contradicted(said) == {}


def test_a_cut_alone_is_heard() -> None:
    assert _contradicted([("wire", 0.68, True, True)]) == {"wire": 0.68}


def test_a_fuller_copy_that_says_another_story_is_heard_whatever_else_vouches() -> None:
    said = [("wire", 0.95, False, True), ("wire", 0.91, False, False), ("wire", 0.68, True, True)]
    assert _contradicted(said) == {"wire": 0.95}  # the cut is still not heard


def test_a_copy_of_another_story_vouches_for_nothing() -> None:
    said = [("wire", 0.68, True, True), ("rival", 1.0, False, False)]
    assert _contradicted(said) == {"wire": 0.68}
