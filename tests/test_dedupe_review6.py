"""The reviewers' sixth hand-written dedupe set (tests/review_dedupe6/, review R30).

120 articles in 62 stories: 15 wire stories (S229-S243) with 58 copies and 47 hard negatives
(N249-N295) on seven big events each reported by five to eight outlets on their own (a
Banggai quake, a Bank Indonesia rate cut, a Papua plane crash, a Melaka state election, an
ASEAN football final, a Lewotobi eruption, a Garuda chief's resignation, a Bali Strait ferry):
every outlet quotes the same official, the same figures (magnitude, toll, rate, seats, score)
and the same names, and only the copies of one agency's story are that story. Copies: verbatim
mirrors, headline-only changes, truncations to two or three paragraphs, spun rewrites (synonyms,
passive voice, re-ordered clauses), a mirror's SEO rewrite with its own intro and outro,
paragraphs re-ordered, an agency's writethru with a new lead over the old body (one story, as
the second set's AP writethru chain), Indonesian machine and human translations, Malay and
English versions. Hard negatives: the other outlets' reports in English and Indonesian, the
next day's follow-ups, an agency's second story of the day, last month's rate decision, a live
blog and a weekly roundup quoting the wire leads; 206 hard pairs. Run through ``scrapy
dedupe``'s own code in five arrival orders, as ``test_dedupe_review.py`` runs the first set.
"""

from __future__ import annotations

from typing import Any

import pytest

from newscrawl.dedupe import DedupeConfig
from tests.review_dedupe6.build import build
from tests.test_dedupe_review import check_built_whole, order_params, pairs_outcome, project_config

#: Same-story pairs (of 151) found in each arrival order when this test was written (R30's
#: score.py --orders 5, /work/r30/: pairwise F1 0.896 / 0.908 / 0.919 / 0.970 / 0.903;
#: English-Indonesian recall 49-60 of 62 at precision 0.84-0.95). Missed: the SEO rewrite of
#: S239 (its own intro and outro, every sentence reworded; all orders but reverse) and
#: S239's Indonesian translation with its lead re-ordered (S239-4; all but shuffled-3); in
#: publication AFP's football report's two machine translations (S237-4/5, no dateline); in
#: reverse S229's spun rewrite and its two machine translations, a group of their own; in
#: shuffled-4 S231's SEO rewrite and writethru (a group of their own) and S234's translation.
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 134, "reverse": 134, "shuffled-2": 142, "shuffled-3": 146, "shuffled-4": 130}
SAME_STORY_PAIRS = 151

#: Stories merged today that are different stories (label pairs), each another outlet's own
#: report of the same event joined to a wire story and its copies: Tempo's Indonesian report of
#: the Garuda chief's resignation (N288, the minister's quote in Indonesian, the same 9.6%,
#: Rp 52, 11 Boeing 737s and 20 August) with Reuters' S241 in every order; Kompas' Indonesian
#: match report of the football final (N275) with AFP's S237; AFP's (N268) and Kompas' (N269)
#: reports of the Melaka election with Reuters' S235 (the same quote of Anwar, 19 of 28 seats,
#: 61.4%); Detik's Indonesian passenger list (N264) with AP's S234 on the plane crash.
WRONG_TODAY: dict[str, set[tuple[str, str]]] = {
    "publication": {("N268", "S235"), ("N275", "S237"), ("N288", "S241")},
    "reverse": {("N275", "S237"), ("N288", "S241")},
    "shuffled-2": {("N269", "S235"), ("N275", "S237"), ("N288", "S241")},
    "shuffled-3": {("N288", "S241")},
    "shuffled-4": {("N264", "S234"), ("N288", "S241")},
}

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


def test_the_sixth_review_set_is_built_whole(review_set) -> None:
    check_built_whole(*review_set, (120, 62, 206, SAME_STORY_PAIRS))


@pytest.mark.parametrize("order", order_params(PAIRS_FOUND_TODAY, WRONG_TODAY))
def test_sixth_review_set_in_arrival_order(order: str, review_set, config: DedupeConfig, tmp_path_factory) -> None:
    """The goal: no two stories merged, no hard pair merged, at least the pairs found today."""
    found, wrong, merged = outcome(order, review_set, config, tmp_path_factory)
    assert sorted(wrong) == [], f"{order}: articles of different stories merged"
    assert merged == [], f"{order}: hard pairs merged"
    assert found >= PAIRS_FOUND_TODAY[order], f"{order}: {found} of {SAME_STORY_PAIRS} same-story pairs found"


@pytest.mark.parametrize("order", list(PAIRS_FOUND_TODAY))
def test_sixth_review_set_today(order: str, review_set, config: DedupeConfig, tmp_path_factory) -> None:
    """Today: the floor holds and exactly the known wrong merges happen (a new one fails; so does
    a fixed one, until its entry leaves WRONG_TODAY)."""
    found, wrong, _ = outcome(order, review_set, config, tmp_path_factory)
    assert wrong == WRONG_TODAY[order], f"{order}: stories merged"
    assert found >= PAIRS_FOUND_TODAY[order], f"{order}: {found} of {SAME_STORY_PAIRS} same-story pairs found"
