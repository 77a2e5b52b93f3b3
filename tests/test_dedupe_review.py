"""The reviewers' hand-written dedupe set (tests/review_dedupe/): wire-story copies and hard negatives.

118 articles: 20 wire stories with 72 copies (boilerplate, retitles, cuts, spun, re-leads,
Indonesian and Malay translations, a week later) and 26 hard negatives (another agency's report
of the same event, follow-ups, template stories), 46 stories, 36 hard pairs. Built by
``review_dedupe/build.py`` (deterministic, no network), run through ``scrapy dedupe``'s own code
in-process (``dedupe_file``, a fresh temporary store, the project's settings) in five arrival
orders. Each order must merge no two stories (precision 1.0, no hard pair merged) and find at
least the same-story pairs it found when this test was written. The five orders take about 2 s
(`pytest tests/test_dedupe_review.py`: 3.8 s in all, on the shared 2-core machine).
"""

from __future__ import annotations

import itertools
import json
import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scrapy.settings import Settings

from newscrawl.commands.dedupe import dedupe_file
from newscrawl.dedupe import DedupeConfig
from tests.review_dedupe.build import build

#: Same-story pairs (of 173) found in each arrival order on main at cfff723, as the reviewers'
#: score.py --orders 5 measured them (pairwise F1 0.988 / 0.970 / 0.939 / 0.970 / 0.952); the
#: spun S16-1 found in publication order and shuffle 2 too since a paragraph that leaves out a name
#: the story gave above still agrees (169 -> 173 there).
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 173, "reverse": 173, "shuffled-2": 173, "shuffled-3": 173, "shuffled-4": 173}
SAME_STORY_PAIRS = 173


def arrival_order(rows: list[dict[str, Any]], order: str) -> list[dict[str, Any]]:
    """The rows in one arrival order: publication, reverse, or shuffled with seed N (as score.py)."""
    if order == "publication":
        return list(rows)
    if order == "reverse":
        return rows[::-1]
    shuffled = list(rows)
    random.Random(int(order.removeprefix("shuffled-"))).shuffle(shuffled)
    return shuffled


@pytest.fixture(scope="module")
def review_set() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return build()


def project_config() -> DedupeConfig:
    """The dedupe settings a crawl of this project runs with."""
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    return DedupeConfig.from_settings(settings)


@pytest.fixture(scope="module")
def config() -> DedupeConfig:
    return project_config()


def run_dedupe(rows: list[dict[str, Any]], tmp_path: Path, config: DedupeConfig) -> dict[str, str]:
    """Article id -> story id, as `scrapy dedupe INPUT -o OUT` writes them."""
    source, out = tmp_path / "input.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    assert dedupe_file(source, out, config) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(rows)
    return {line["id"]: line["story_id"] for line in lines}


def check_built_whole(rows: list[dict[str, Any]], truth: dict[str, Any], counts: tuple[int, int, int, int]) -> None:
    """A review set has its articles, stories, hard pairs and same-story pairs, in publication order."""
    articles, stories, hard_pairs, same_story_pairs = counts
    assert len(rows) == articles
    assert len(set(truth["label"].values())) == stories
    assert len(truth["hard_pairs"]) == hard_pairs
    same = sum(truth["label"][a["id"]] == truth["label"][b["id"]] for a, b in itertools.combinations(rows, 2))
    assert same == same_story_pairs
    assert [row["published_at"] for row in rows] == sorted(row["published_at"] for row in rows)


def test_the_review_set_is_built_whole(review_set) -> None:
    check_built_whole(*review_set, (118, 46, 36, SAME_STORY_PAIRS))


@pytest.mark.parametrize("order", list(PAIRS_FOUND_TODAY))
def test_review_set_in_arrival_order(order: str, review_set, config: DedupeConfig, tmp_path: Path) -> None:
    rows, truth = review_set
    check_arrival_order(rows, truth, order, PAIRS_FOUND_TODAY[order], SAME_STORY_PAIRS, config, tmp_path)


def check_arrival_order(
    rows: list[dict[str, Any]],
    truth: dict[str, Any],
    order: str,
    floor: int,
    pairs: int,
    config: DedupeConfig,
    tmp_path: Path,
) -> None:
    """A review set run in one arrival order: no two stories merged, no hard pair merged, at
    least ``floor`` of its ``pairs`` same-story pairs found (the review-set tests use it)."""
    found, wrong, merged = pairs_outcome(rows, truth, order, tmp_path, config)
    assert sorted(wrong) == [], f"{order}: articles of different stories merged"
    assert merged == [], f"{order}: hard pairs merged"
    assert found >= floor, f"{order}: {found} of {pairs} same-story pairs found"


def pairs_outcome(
    rows: list[dict[str, Any]], truth: dict[str, Any], order: str, tmp_path: Path, config: DedupeConfig
) -> tuple[int, set[tuple[str, str]], list[str]]:
    """(same-story pairs found, label pairs of different stories merged, hard pairs merged) of a
    review set run through ``scrapy dedupe``'s code in one arrival order."""
    label = truth["label"]
    story = run_dedupe(arrival_order(rows, order), tmp_path, config)
    found, wrong = 0, set()
    for a, b in itertools.combinations(sorted(story), 2):
        if story[a] == story[b]:
            if label[a] == label[b]:
                found += 1
            else:
                wrong.add(tuple(sorted((label[a], label[b]))))
    stories_of = defaultdict(set)
    for article, story_id in story.items():
        stories_of[label[article]].add(story_id)
    merged = [f"{a}~{b} ({cls})" for a, b, cls in truth["hard_pairs"] if stories_of[a] & stories_of[b]]
    return found, wrong, merged


def order_params(found_today: dict[str, int], wrong_today: dict[str, set[tuple[str, str]]]) -> list[Any]:
    """The arrival orders as test parameters, those with known wrong merges a strict xfail."""
    xfail = pytest.mark.xfail(strict=True, reason="different stories merged (see WRONG_TODAY)")
    return [pytest.param(order, marks=xfail) if wrong_today[order] else order for order in found_today]


def review_set_tests(
    build_set: Callable[[], tuple[list[dict[str, Any]], dict[str, Any]]],
    counts: tuple[int, int, int, int],
    found_today: dict[str, int],
    wrong_today: dict[str, set[tuple[str, str]]],
) -> tuple[Callable[..., Any], ...]:
    """The fixtures and three tests of a later review set (sets 4 on), for its module to name:
    ``review_set, config, test_built_whole, test_in_arrival_order, test_today``. ``counts`` is
    (articles, stories, hard pairs, same-story pairs); ``found_today`` the floors per order and
    ``wrong_today`` the different stories each order merges today (strict xfails)."""
    pairs = counts[3]
    outcomes: dict[str, tuple[int, set[tuple[str, str]], list[str]]] = {}

    @pytest.fixture(scope="module")
    def review_set() -> tuple[list[dict[str, Any]], dict[str, Any]]:
        return build_set()

    @pytest.fixture(scope="module")
    def config() -> DedupeConfig:
        return project_config()

    def outcome(order: str, review_set, config: DedupeConfig, tmp_path_factory) -> tuple[int, set, list[str]]:
        if order not in outcomes:
            outcomes[order] = pairs_outcome(*review_set, order, tmp_path_factory.mktemp(order), config)
        return outcomes[order]

    def test_built_whole(review_set) -> None:
        check_built_whole(*review_set, counts)

    @pytest.mark.parametrize("order", order_params(found_today, wrong_today))
    def test_in_arrival_order(order: str, review_set, config: DedupeConfig, tmp_path_factory) -> None:
        """The goal: no two stories merged, no hard pair merged, at least the pairs found today."""
        found, wrong, merged = outcome(order, review_set, config, tmp_path_factory)
        assert sorted(wrong) == [], f"{order}: articles of different stories merged"
        assert merged == [], f"{order}: hard pairs merged"
        assert found >= found_today[order], f"{order}: {found} of {pairs} same-story pairs found"

    @pytest.mark.parametrize("order", list(found_today))
    def test_today(order: str, review_set, config: DedupeConfig, tmp_path_factory) -> None:
        """Today: the floor holds and exactly the known wrong merges happen (a new one fails; so
        does a fixed one, until its entry leaves WRONG_TODAY)."""
        found, wrong, _ = outcome(order, review_set, config, tmp_path_factory)
        assert wrong == wrong_today[order], f"{order}: stories merged"
        assert found >= found_today[order], f"{order}: {found} of {pairs} same-story pairs found"

    return review_set, config, test_built_whole, test_in_arrival_order, test_today
