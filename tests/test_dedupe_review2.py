"""The reviewers' second hand-written dedupe set (tests/review_dedupe2/, review R13).

72 articles in 45 stories: 20 stories (S21-S40) with their copies (a writethru chain, paragraphs
reordered, merged and split, a mirror's preamble and related list, an Indonesian original with
its English and Malay versions, a machine translation converting currencies, a brief, a local
angle, a photo caption, a press release, a syndicated column, verbatim mirrors) and 25 hard
negatives (N31-N55): bulletins from one template (match results, stock and rupiah closes, quake
bulletins, weather warnings, lottery draws, obituaries), one press conference reported by
several agencies, a follow-up, a weekly roundup, independent reports of one event and one court
case on three days; 35 hard pairs. Built by ``review_dedupe2/build.py``, run through ``scrapy
dedupe``'s own code in five arrival orders, as ``test_dedupe_review.py`` runs the first set:
no two stories merged, no hard pair merged, at least the same-story pairs found when written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newscrawl.dedupe import DedupeConfig
from tests.review_dedupe2.build import build
from tests.test_dedupe_review import check_arrival_order, check_built_whole, project_config

#: Same-story pairs (of 38) found in each arrival order: 36 when this test was written (missed:
#: S26-1, a machine translation converting dollars to rupiah; S29-1, a photo caption), 37 since
#: conversions are read as such (``evidence.with_money_of``).
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 37, "reverse": 37, "shuffled-2": 37, "shuffled-3": 37, "shuffled-4": 37}
SAME_STORY_PAIRS = 38


@pytest.fixture(scope="module")
def review_set() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return build()


@pytest.fixture(scope="module")
def config() -> DedupeConfig:
    return project_config()


def test_the_second_review_set_is_built_whole(review_set) -> None:
    check_built_whole(*review_set, (72, 45, 35, SAME_STORY_PAIRS))


@pytest.mark.parametrize("order", list(PAIRS_FOUND_TODAY))
def test_second_review_set_in_arrival_order(order: str, review_set, config: DedupeConfig, tmp_path: Path) -> None:
    rows, truth = review_set
    check_arrival_order(rows, truth, order, PAIRS_FOUND_TODAY[order], SAME_STORY_PAIRS, config, tmp_path)
