"""The reviewers' sixth hand-written dedupe set (tests/review_dedupe6/, review R30).

126 articles in 62 stories: 15 wire stories (S229-S243) with 58 copies and 47 hard negatives
(N249-N295, four of them with 6 copies of their own) on eight big events, each reported by five
to eight outlets on their own (a Banggai quake, a Bank Indonesia rate cut, a Papua plane crash,
a Melaka state election, an ASEAN football final, a Lewotobi eruption, a Garuda chief's
resignation, a Bali Strait ferry): every outlet quotes the same official, the same figures
(magnitude, toll, rate, seats, score) and the same names, and only the copies of one agency's
story are that story. Copies: verbatim mirrors, headline-only changes, truncations to two or
three paragraphs, spun rewrites (synonyms, passive voice, re-ordered clauses), a mirror's SEO
rewrite with its own intro and outro, paragraphs re-ordered, an agency's writethru with a new
lead over the old body (one story, as the second set's AP writethru chain), Indonesian machine
and human translations, Malay and English versions. Hard negatives: the other outlets' reports
in English and Indonesian (AP's, AFP's and Reuters' with their own mirrors and Indonesian
machine translations), the next day's follow-ups, an agency's second story of the day, last
month's rate decision, a live blog and a weekly roundup quoting the wire leads; 206 hard pairs.
Run through ``scrapy dedupe``'s own code in five arrival orders, as ``test_dedupe_review.py``
runs the first set.
"""

from __future__ import annotations

from typing import Any

import pytest

from newscrawl.dedupe import DedupeConfig
from tests.review_dedupe6.build import build
from tests.test_dedupe_review import check_built_whole, order_params, pairs_outcome, project_config

#: Same-story pairs (of 159) found in each arrival order when this test was written (R30's
#: score.py --orders 5, /work/r30/: pairwise F1 0.902 / 0.913 / 0.903 / 0.924 / 0.923;
#: English-Indonesian recall 54-62 of 67 at precision 0.87-0.92). Missed: S239's Indonesian
#: translation with its lead rebuilt round the flight cancellations (S239-4, every order) and
#: its SEO rewrite (its own intro and outro, every sentence reworded; all orders but reverse:
#: found since D14, whose outro naming only Bali no longer counts as a paragraph of its own);
#: AFP's football report's two machine translations (S237-4/5, no dateline; publication and
#: shuffle 2); S229's spun rewrite and its two machine translations, a group of their own
#: (reverse); Reuters' writethru with a new lead over the old body (S231-3, shuffle 3);
#: Bernama's Malay version S236-2 (shuffle 2).
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 146, "reverse": 142, "shuffled-2": 143, "shuffled-3": 149, "shuffled-4": 154}
SAME_STORY_PAIRS = 159

#: Stories merged today that are different stories (label pairs): Kompas' own Indonesian match
#: report of the football final (N275: the same 2-1, 84th minute, 78,000, Struick, Marselino and
#: the coach's words in Indonesian) with AFP's S237 in three orders, through AFP's copy cut to two
#: paragraphs (S237-3, read as a translation of N275's first two; the full story no longer takes
#: N275 since D14: a translation gives its original's years, N275 lists four finals of its own).
#: No longer merged (D14): Tempo's N288 with Reuters' S241 (its rest under a "re-lead" of its own
#: left out S241's lead) and AFP's N268 with Reuters' S235 (its case rested on Anwar's quote).
WRONG_TODAY: dict[str, set[tuple[str, str]]] = {
    "publication": {("N275", "S237")},
    "reverse": {("N275", "S237")},
    "shuffled-2": {("N275", "S237")},
    "shuffled-3": set(),
    "shuffled-4": set(),
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
    check_built_whole(*review_set, (126, 62, 206, SAME_STORY_PAIRS))


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
