"""The reviewers' fourth hand-written dedupe set (tests/review_dedupe4/, review R22).

113 articles in 61 stories: 20 wire stories (S103-S122) with 52 copies and 41 hard negatives
(N123-N163), on what sets 1-3 lack: PTI / IANS / ANI / NDTV stories and their Indonesian machine
translations on mirror sites (figures as "1,5 juta", "Rp 7.900", dates as "Senin (24/11)"),
Malay translations, ANTARA's and Bernama's English versions of their own originals, mirrors that
leave their wrapper lines in the body ("Baca juga: ...", credit notes, app and channel pitches),
copies of the first one or two paragraphs plus "Read more at", one agency's updates of a
developing story (toll 12 -> 19 -> 31, labelled the same story). Hard negatives: other agencies'
reports of the same event, two stories on one press conference, the next day's follow-up,
recurring templated stories (gold price, quake and weather bulletins, market close, AQI) and
other matches of the same league day; 54 hard pairs. Run through ``scrapy dedupe``'s own code in
five arrival orders, as ``test_dedupe_review.py`` runs the first set.
"""

from __future__ import annotations

from typing import Any

import pytest

from newscrawl.dedupe import DedupeConfig
from tests.review_dedupe4.build import build
from tests.test_dedupe_review import check_built_whole, order_params, pairs_outcome, project_config

#: Same-story pairs (of 99) found in each arrival order when this test was written (R22's
#: score.py --orders 5: pairwise F1 0.867 / 0.852 / 0.852 / 0.867 / 0.867; the 21 missed:
#: the 11 pairs of PTI's updated story S103, the three of S104's wrapped Indonesian translation,
#: the Indonesian cuts S116-2 and S120-2 (five), the Indonesian quake bulletin S121-2 (two)).
#: 78 -> 80 in every order when D9's conversions rule left out the bracketed "(sekitar Rp 7.900)"
#: of the cut translation S116-2 (ninth session).
#: 80 -> 88 in every order (tenth session, D11) when a date in brackets after the weekday
#: ("Senin (24/11)") became the day and month, a whole hour its hour ("pukul 09.00" = "9 am")
#: and a clock's seconds were dropped ("06:11:32" = "pukul 06.11"): S104-1, S120-2, S121-2.
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 88, "reverse": 88, "shuffled-2": 88, "shuffled-3": 88, "shuffled-4": 88}
SAME_STORY_PAIRS = 99

#: Stories merged today that are different stories: none. R22 found two, both templated
#: bulletins and hard pairs (template), gone in the ninth session: Friday's Antam gold price N140
#: joined Monday's S110 in every order through their word-for-word closing tax paragraph, until a
#: template pair needed more paragraphs of other figures than of kept ones; the next day's
#: MetMalaysia warning N143 joined S112 through S112's English translation when it arrived first
#: (reverse, shuffle 2), until translations naming only other weekdays were kept apart
#: (``evidence.other_weekdays``).
WRONG_TODAY: dict[str, set[tuple[str, str]]] = {order: set() for order in PAIRS_FOUND_TODAY}

_outcomes: dict[str, tuple[int, set[tuple[str, str]], list[str]]] = {}


@pytest.fixture(scope="module")
def review_set() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return build()


@pytest.fixture(scope="module")
def config() -> DedupeConfig:
    return project_config()


def outcome(
    order: str, review_set, config: DedupeConfig, tmp_path_factory
) -> tuple[int, set[tuple[str, str]], list[str]]:
    """(same-story pairs found, pairs of different stories merged, hard pairs merged) in one order."""
    if order not in _outcomes:
        _outcomes[order] = pairs_outcome(*review_set, order, tmp_path_factory.mktemp(order), config)
    return _outcomes[order]


def test_the_fourth_review_set_is_built_whole(review_set) -> None:
    check_built_whole(*review_set, (113, 61, 54, SAME_STORY_PAIRS))


@pytest.mark.parametrize("order", order_params(PAIRS_FOUND_TODAY, WRONG_TODAY))
def test_fourth_review_set_in_arrival_order(order: str, review_set, config: DedupeConfig, tmp_path_factory) -> None:
    """The goal: no two stories merged, no hard pair merged, at least the pairs found today."""
    found, wrong, merged = outcome(order, review_set, config, tmp_path_factory)
    assert sorted(wrong) == [], f"{order}: articles of different stories merged"
    assert merged == [], f"{order}: hard pairs merged"
    assert found >= PAIRS_FOUND_TODAY[order], f"{order}: {found} of {SAME_STORY_PAIRS} same-story pairs found"


@pytest.mark.parametrize("order", list(PAIRS_FOUND_TODAY))
def test_fourth_review_set_today(order: str, review_set, config: DedupeConfig, tmp_path_factory) -> None:
    """Today: the floor holds and exactly the known wrong merges happen (a new one fails; so does
    a fixed one, until its entry leaves WRONG_TODAY)."""
    found, wrong, _ = outcome(order, review_set, config, tmp_path_factory)
    assert wrong == WRONG_TODAY[order], f"{order}: stories merged"
    assert found >= PAIRS_FOUND_TODAY[order], f"{order}: {found} of {SAME_STORY_PAIRS} same-story pairs found"
