"""A story record kept up copy by copy (``story.summary_state``, the SQLite store's ``summary``
column) is the record ``summarize`` makes of all the story's copies, whatever order they come
in, through links, moves and merges; a copy joining reads none of the story's copies."""

from __future__ import annotations

import random

import pytest

from newscrawl.dedupe.story import add_copy, summarize, summary_of, summary_state
from newscrawl.store import open_store
from newscrawl.store.base import LazyCopies

LANGUAGES = [None, "", "en", "id", "fr"]


def invented_copies(n: int, seed: int) -> list[dict]:
    """Copies of one invented story from made-up mirror sites: languages (some missing), word
    counts (some cut, some unknown), times (some missing or shared), origin flags and credits."""
    rng = random.Random(seed)
    copies = []
    for i in range(n):
        day, hour = rng.randint(1, 4), rng.randint(0, 5)
        copies.append(
            {
                "url": f"https://mirror{rng.randint(0, 40)}.example/harbour-ferry-{i}",
                "site": rng.choice([None, "mirror-a", "mirror-b", "mirror-c", "kabar-d"]),
                "title": f"Ferry line to Pulau Rendah resumes {i}",
                "language": rng.choice(LANGUAGES),
                "published_at": rng.choice([None, f"2025-03-0{day}T0{hour}:00:00+00:00"]),
                "seen": rng.choice([None, f"2025-03-0{day}T0{hour}:30:00+00:00"]),
                "match": rng.choice(["new", "exact", "near", "rewrite", "translation"]),
                "score": round(rng.random(), 3),
                "agencies": rng.sample(["Antara", "Bernama", "Kyodo"], rng.randint(0, 2)),
                "origin": rng.random() < 0.4,
                "origin_site": rng.random() < 0.1,
                "words": rng.choice([None, 0, rng.randint(40, 90), rng.randint(300, 420)]),
            }
        )
    return copies


@pytest.mark.parametrize("seed", range(6))
def test_the_state_gives_summarize_s_record_in_any_order(seed):
    copies = invented_copies(150, seed)
    for order in range(3):
        shuffled = random.Random(order).sample(copies, len(copies))
        state = summary_state([])
        for i, c in enumerate(shuffled, 1):
            add_copy(state, c)
            assert summary_of("s1", state) == summarize("s1", shuffled[:i]), (order, i)
        # kept small: only copies that may yet stand for the story
        assert len(state["candidates"]) < len(copies) // 3


def test_sqlite_links_keep_the_record_without_reading_the_copies(tmp_path, monkeypatch):
    store = open_store(f"sqlite:///{tmp_path}/s.sqlite")
    read = []
    copies_of = store._copies
    monkeypatch.setattr(store, "_copies", lambda *a, **k: read.append(a[1]) or copies_of(*a, **k))
    try:
        copies = [dict(c, match="exact") for c in invented_copies(120, 11)]
        copies[0]["match"] = "new"
        for i, c in enumerate(copies, 1):
            returned = store.link_copy("s1", c, summarize)
            assert len(returned["copies"]) == i
            assert _record(returned) == summarize("s1", copies[:i])
        linked = copies
        again = store.link_copy("s1", dict(copies[3], words=5000, language="fr"), summarize)
        assert _record(again) == summarize("s1", linked)  # a copy linked twice stays as it was
        assert read == []  # no link read the story's copies
        assert isinstance(returned["copies"], LazyCopies) and returned["copies"].kinds == {"new": 1, "exact": 119}
        assert [c["url"] for c in returned["copies"]] == [c["url"] for c in linked]  # read when used
        assert _record(store.get_story("s1")) == summarize("s1", linked)
    finally:
        store.close()


def _record(story: dict) -> dict:
    return {k: v for k, v in story.items() if k != "copies"}


def test_moves_and_merges_leave_records_that_further_links_keep_right(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/s.sqlite")
    try:
        copies = invented_copies(90, 23)
        for c in copies[:40]:
            store.link_copy("s1", c, summarize)
        for c in copies[40:70]:
            store.link_copy("s2", c, summarize)
        store.merge_stories("s2", "s1", summarize)
        moved = store.get_story("s1")["copies"][5]
        store.move_copy(moved["url"], "s1", "s3", dict(moved, match="new", score=1.0), summarize)
        relinked = store.get_story("s1")["copies"][7]
        store.move_copy(relinked["url"], "s1", "s1", dict(relinked, match="rewrite", score=0.5), summarize)
        for c in copies[70:]:
            store.link_copy("s1", c, summarize)
        for story_id in ("s1", "s3"):
            story = store.get_story(story_id)
            assert _record(story) == summarize(story_id, story["copies"])
        assert store.get_story("s1")["n_copies"] > 60
    finally:
        store.close()
