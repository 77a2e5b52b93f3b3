"""Copies of one story that the engine kept apart in some arrival orders, or behind a cut's
"another story" (review sets 6, 7 and 9): when a cut in the article's language speaks
(``engine._contradicted``), which story an article joins when its best verdict is on copies
published after it (``engine._first_in_time``), and when a later translation of the article
whole folds in past the digest guard (``engine._whole_length``). Fixtures: those of
test_dedupe_arrival.py, verdicts scripted where named.
"""

from __future__ import annotations

import itertools

from newscrawl.dedupe.engine import _contradicted
from tests.test_dedupe_arrival import FERRY_EN, FERRY_ID, ORIGINAL, TRANSLATION, _scripted, _stories, article


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


# -- the story an article joins when its best verdict is on copies published after it --------


def test_a_translation_met_after_a_later_summary_joins_the_wire_story_in_any_order(tmp_path, monkeypatch):
    # The wire's English story, an Indonesian translation two hours later, and an Indonesian
    # summary of the translation published the next day (scripted verdicts: the summary reads
    # as the translation's summary, 0.55, and as nothing of the English; the translation reads
    # as the English one's at 0.5). In publication order the translation joins the wire's story
    # and the summary follows it there. Crawled before the translation, the summary begins a
    # story of its own, whose verdict then ranks first for the translation (a rewrite): the
    # translation goes where it would have gone had the summary not been there yet
    # (``_first_in_time``), and the summary's story folds in (``_take_later_stories``).
    translation = article("https://berita.example/feri", FERRY_ID, "id", "2024-03-01", 8)
    summary = article("https://ringkas.example/feri", FERRY_ID.split("\n\n")[0], "id", "2024-03-02", 9)
    _scripted(
        monkeypatch,
        {
            frozenset((translation["url"], ORIGINAL["url"])): ("translation", 0.5),
            frozenset((translation["url"], summary["url"])): ("rewrite", 0.55),
            frozenset((summary["url"], ORIGINAL["url"])): None,
        },
    )
    for order in itertools.permutations([ORIGINAL, translation, summary]):
        stories = _stories(tmp_path, list(order))
        assert len(set(stories.values())) == 1, [d["url"] for d in order]


def test_a_translation_beyond_doubt_on_later_copies_keeps_to_them(tmp_path, monkeypatch):
    # The guard: the English story, crawled after its Indonesian translation (0.96, published
    # after it) and an Indonesian brief published before it that it reads thinly (0.47): the
    # verdict beyond doubt stands, the earlier story is no better a place, nothing folds (review
    # set 9: Reuters' follow-up N568-o against its own translation and a Malay copy of S514).
    earlier = article("https://warta.example/feri", "\n\n".join(FERRY_ID.split("\n\n")[:2]), "id", "2024-03-01", 5)
    _scripted(
        monkeypatch,
        {
            frozenset((ORIGINAL["url"], TRANSLATION["url"])): ("translation", 0.96),
            frozenset((ORIGINAL["url"], earlier["url"])): ("translation", 0.47),
            frozenset((TRANSLATION["url"], earlier["url"])): None,
        },
    )
    stories = _stories(tmp_path, [earlier, TRANSLATION, ORIGINAL])
    assert stories[ORIGINAL["url"]] == stories[TRANSLATION["url"]] != stories[earlier["url"]]


def test_a_later_translation_of_the_article_whole_folds_in_past_the_digest_guard(tmp_path, monkeypatch):
    # The English story crawled after its Indonesian translation (0.45, of its whole length) and
    # a mirror's cut of it to two paragraphs, both published after it: the cut is a part of the
    # story, the translation does not read as the cut's (scripted None, as a translation and a
    # cut of two paragraphs often do not), and the digest guard asked them to be copies of each
    # other. A digest page's other story is about half the page: a translation of the article
    # whole is not that (review set 6's S236-2, the Malay translation, in shuffle 2).
    translation = article("https://berita.example/feri", FERRY_ID, "id", "2024-03-01", 8)
    cut = article("https://potong.example/ferry", "\n\n".join(FERRY_EN.split("\n\n")[:2]), "en", "2024-03-01", 9)
    _scripted(
        monkeypatch,
        {
            frozenset((ORIGINAL["url"], translation["url"])): ("translation", 0.45),
            frozenset((cut["url"], translation["url"])): None,
        },
    )
    for order in itertools.permutations([ORIGINAL, translation, cut]):
        stories = _stories(tmp_path, list(order))
        assert len(set(stories.values())) == 1, [d["url"] for d in order]
