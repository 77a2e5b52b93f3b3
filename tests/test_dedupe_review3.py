"""The reviewers' third hand-written dedupe set (tests/review_dedupe3/, review R17).

106 articles in 62 stories: 20 wire stories (S41-S60) with 44 copies (spun, a spun press
release, re-leads, heavy cuts, padding, loose Indonesian and Malay machine translations 2 to 5
days late, reported speech, rounded figures, a corrected writethru, live blogs) and 42 hard
negatives (N61-N102): the same event told by 3-5 outlets in their own words (some in Indonesian
or Malay), one agency's second story the same day, outlets' own stories on a press release, two
live blogs, a correction notice; 75 hard pairs. Run through ``scrapy dedupe``'s own code in five
arrival orders, as ``test_dedupe_review.py`` runs the first set: no two stories merged, no hard
pair merged, at least the same-story pairs found when written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newscrawl.dedupe import DedupeConfig
from tests.review_dedupe3.build import build
from tests.test_dedupe_review import check_arrival_order, check_built_whole, project_config

#: Same-story pairs (of 81) found in each arrival order when this test was written (the
#: reviewers' score.py --orders 5: pairwise F1 0.920 / 0.898 / 0.899 / 0.920 / 0.898; shuffle 2
#: merged ANTARA's English report N94 with S55-2, a translation of AFP's story, until
#: translations on anchors alone needed the mention order: 67 -> 69 there; reverse and shuffle 4
#: lost the late translation S43-3, crawled first, until an exact copy folds in the story of its
#: later translations: 66 -> 69; S51-2, rounding every figure behind a hedge word, found since
#: hedged figures round the other's: 69 -> 70; S47-2 and S53-3, loose translations without the
#: original's bracketed conversions "($10.6 million)", "(2130 GMT Tuesday)", since those are left
#: out against an article in another language that lacks them: 70 -> 75; S51-1 and S59-3,
#: translations 4 and 5 days late that keep every figure, matched up to 6 days: 75 -> 80; S57-1, a
#: spun press release writing "The company" for its name, a paragraph that still agrees: 80 -> 81).
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 81, "reverse": 81, "shuffled-2": 81, "shuffled-3": 81, "shuffled-4": 81}
SAME_STORY_PAIRS = 81


@pytest.fixture(scope="module")
def review_set() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return build()


@pytest.fixture(scope="module")
def config() -> DedupeConfig:
    return project_config()


def test_the_third_review_set_is_built_whole(review_set) -> None:
    check_built_whole(*review_set, (106, 62, 75, SAME_STORY_PAIRS))


@pytest.mark.parametrize("order", list(PAIRS_FOUND_TODAY))
def test_third_review_set_in_arrival_order(order: str, review_set, config: DedupeConfig, tmp_path: Path) -> None:
    rows, truth = review_set
    check_arrival_order(rows, truth, order, PAIRS_FOUND_TODAY[order], SAME_STORY_PAIRS, config, tmp_path)
