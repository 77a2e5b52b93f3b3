"""The dedupe pipeline: settings, verdicts on items, modes, stats."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.config import SettingError
from newscrawl.items import Article, Attribution
from pipelines.dedupe import DedupePipeline, DedupeSettings, DuplicateArticle
from tests.dedupe_corpus import KIM_EN, KIM_ID, KIM_RIVAL, with_inserts


def make_pipeline(store_uri: str, **settings) -> DedupePipeline:
    crawler = get_crawler(settings_dict={"STORE_URI": store_uri, **settings})
    crawler.stats.open_spider()
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline


def process(pipeline: DedupePipeline, item):
    """One item through the pipeline, alone in its loop turn (a batch of one)."""
    return asyncio.run(pipeline.process_item(item))


def process_together(pipeline: DedupePipeline, batch) -> list:
    """Items reaching the pipeline in the same loop turn (each result, or the exception raised)."""

    async def together():
        return await asyncio.gather(*(pipeline.process_item(item) for item in batch), return_exceptions=True)

    return asyncio.run(together())


def items() -> list[Article]:
    when = datetime(2023, 9, 13, 8, tzinfo=timezone.utc)
    return [
        Article(
            url="https://origin.example/kim",
            site="origin",
            title="Kim meets Putin",
            body=KIM_EN,
            description="Kim at Vostochny",
            language="en",
            published_at=when,
        ),
        Article(
            url="https://mirror.example/kim",
            site="mirror",
            title="Kim tiba",
            body=with_inserts(KIM_EN),
            description="copy",
            language="en",
            published_at=when.replace(hour=10),
        ),
        Article(
            url="https://sindo.example/kim",
            site="sindo",
            title="Kim bertemu Putin",
            body=KIM_ID,
            language="id",
            published_at=when.replace(hour=12),
            attribution=Attribution(publisher="NDTV", agencies=["AFP"]),
        ),
        Article(
            url="https://rival.example/kim",
            site="rival",
            title="Putin promises satellites",
            body=KIM_RIVAL,
            language="en",
            published_at=when.replace(hour=11),
        ),
    ]


@pytest.fixture(autouse=True)
def _no_env_store(monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)


def test_disabled_pipeline_is_not_configured(sqlite_uri):
    with pytest.raises(NotConfigured):
        DedupePipeline.from_crawler(get_crawler(settings_dict={"DEDUPE_ENABLED": False, "STORE_URI": sqlite_uri}))


def test_bad_mode_is_one_clear_error():
    with pytest.raises(ValueError, match="DEDUPE_MODE = 'merge': expected one of link, keep, drop"):
        DedupeSettings.from_settings({"DEDUPE_MODE": "merge"})


def test_check_settings_names_the_bad_setting_unless_dedupe_is_off():
    bad = [
        ("DEDUPE_WINDOW_DAYS", "-1"),
        ("DEDUPE_MAX_CANDIDATES", "lots"),
        ("DEDUPE_CLAIM_WAIT", "x"),
        ("DEDUPE_BATCH_SIZE", "0"),
    ]
    for name, value in bad:
        with pytest.raises(SettingError, match=f"^{name} = '{value}': expected "):
            DedupePipeline.check_settings({name: value})
    DedupePipeline.check_settings({"DEDUPE_ENABLED": "False", "DEDUPE_MODE": "merge"})  # off: not read


def test_link_mode_sets_story_and_lightens_copies(store_uri):
    pipeline = make_pipeline(store_uri)
    out = [process(pipeline, item) for item in items()]
    origin, copy, translation, rival = out
    assert origin.match == "new" and origin.body == KIM_EN and origin.description
    assert (copy.story_id, copy.match, copy.match_score) == (origin.story_id, "exact", 1.0)
    assert copy.body is None and copy.description is None and copy.content_hash and copy.word_count
    assert translation.story_id == origin.story_id and translation.match == "translation"
    assert rival.story_id != origin.story_id and rival.body == KIM_RIVAL
    stats = pipeline.crawler.stats
    assert stats.get_value("dedupe/new") == 2 and stats.get_value("dedupe/exact") == 1
    assert stats.get_value("dedupe/translation") == 1 and stats.get_value("dedupe/light") == 2
    story = pipeline.engine.store.get_story(origin.story_id)
    assert [c["url"] for c in story["copies"]] == [i.url for i in out[:3]]
    pipeline.close_spider()


def test_keep_mode_keeps_copies_whole(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri, DEDUPE_MODE="keep")
    out = [process(pipeline, item) for item in items()]
    assert out[1].match == "exact" and out[1].body
    pipeline.close_spider()


def test_drop_mode_drops_copies_with_their_own_reason(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri, DEDUPE_MODE="drop")
    kept, dropped = [], []
    for item in items():
        try:
            kept.append(process(pipeline, item))
        except DuplicateArticle as exc:
            assert "copy of story" in str(exc)
            dropped.append(item.url)
    assert [i.url for i in kept] == ["https://origin.example/kim", "https://rival.example/kim"]
    assert dropped == ["https://mirror.example/kim", "https://sindo.example/kim"]
    pipeline.close_spider()


def test_refetched_original_passes_whole_in_drop_mode(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri, DEDUPE_MODE="drop")
    first = process(pipeline, items()[0])
    again = process(pipeline, items()[0])
    assert again.match == "url" and again.story_id == first.story_id and again.body
    pipeline.close_spider()


def test_refetched_representative_stays_whole_in_link_mode(sqlite_uri):
    # The translation arrives first; the original, arriving second as its copy, becomes the
    # story's representative and is kept whole. Fetched again, it must not come back light.
    pipeline = make_pipeline(sqlite_uri)
    origin, sindo = items()[0], items()[2]
    process(pipeline, sindo)
    first = process(pipeline, origin)
    assert first.match == "translation" and first.body
    assert pipeline.engine.store.get_story(first.story_id)["representative"] == origin.url
    again = process(pipeline, items()[0])
    assert again.match == "url" and again.body == origin.body
    pipeline.close_spider()


def test_an_unforeseen_dedupe_failure_passes_the_article_unlinked(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri)

    def broken(doc):
        raise ValueError("a bug")

    pipeline.engine.process = broken
    item = process(pipeline, items()[0])
    assert item.body and item.story_id is None
    assert pipeline.crawler.stats.get_value("dedupe/errors") == 1
    pipeline.close_spider()


def test_the_registry_origin_becomes_the_representative_whatever_arrives_first(sqlite_uri):
    from types import SimpleNamespace

    from newscrawl.sites import Site

    pipeline = make_pipeline(sqlite_uri)
    origin, _, sindo, _ = items()
    # Extraction names an origin site's own story as published by the site itself.
    origin.attribution = Attribution(publisher="Origin News", agencies=["AFP"])
    # A mirror crediting only the agency credits no other publisher either.
    sindo.attribution = Attribution(agencies=["AFP"])
    sites = {
        "sindo": Site("sindo", "https://sindo.example/", ("sindo.example",), publisher="Sindo"),
        "origin": Site("origin", "https://origin.example/", ("origin.example",), publisher="Origin News", origin=True),
    }
    for item in (sindo, origin):
        pipeline.crawler.spider = SimpleNamespace(site=sites[item.site])
        process(pipeline, item)
    (story,) = list(pipeline.engine.store.iter_stories())
    assert story["representative"] == "https://origin.example/kim"
    assert story["language"] == "en"
    pipeline.close_spider()


def verdicts_of(out) -> list:
    return [(i.story_id, i.match, i.match_score, i.body is None) for i in out]


def test_items_arriving_together_are_one_batch_with_the_verdicts_given_one_by_one(sqlite_uri, tmp_path):
    alone = make_pipeline(sqlite_uri)
    expected = verdicts_of([process(alone, item) for item in items()])
    assert alone.crawler.stats.get_value("dedupe/batches") == 4
    alone.close_spider()
    together = make_pipeline(f"sqlite:///{tmp_path / 'together.sqlite'}")
    batches = []
    process_batch = together.engine.process_batch
    together.engine.process_batch = lambda docs: batches.append(len(docs)) or process_batch(docs)
    assert verdicts_of(process_together(together, items())) == expected
    assert batches == [4] and together.crawler.stats.get_value("dedupe/batches") == 1
    assert together.crawler.stats.get_value("dedupe/light") == 2
    together.close_spider()


def test_a_batch_stops_at_dedupe_batch_size(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri, DEDUPE_BATCH_SIZE=3)
    out = process_together(pipeline, items())
    assert [i.match for i in out] == ["new", "exact", "translation", "new"]
    assert pipeline.crawler.stats.get_value("dedupe/batches") == 2  # 3, then 1
    pipeline.close_spider()


def test_batch_size_one_is_one_transaction_an_item(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri, DEDUPE_BATCH_SIZE=1)
    pipeline.engine.process_batch = None  # never called
    out = process_together(pipeline, items())
    assert [i.match for i in out] == ["new", "exact", "translation", "new"]
    assert pipeline.crawler.stats.get_value("dedupe/batches") is None
    pipeline.close_spider()


def test_a_failed_batch_is_done_again_one_by_one_so_only_its_culprit_is_unlinked(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri, DEDUPE_MODE="drop")
    process_one = pipeline.engine.process

    def failing_batch(docs):
        raise ValueError("a bug in a batch")

    def process(doc):
        if doc["url"] == "https://sindo.example/kim":
            raise ValueError("a bug on one article")
        return process_one(doc)

    pipeline.engine.process_batch, pipeline.engine.process = failing_batch, process
    origin, copy, sindo, rival = process_together(pipeline, items())
    assert origin.match == "new" and rival.match == "new"
    assert isinstance(copy, DuplicateArticle)  # dropped: linked one by one
    assert sindo.story_id is None and sindo.body  # the culprit passes whole, unlinked
    assert pipeline.crawler.stats.get_value("dedupe/errors") == 1
    pipeline.close_spider()


def test_without_an_asyncio_loop_items_go_one_by_one(sqlite_uri):
    pipeline = make_pipeline(sqlite_uri)
    coro = pipeline.process_item(items()[0])  # driven by hand: no event loop runs
    with pytest.raises(StopIteration) as done:
        coro.send(None)
    assert done.value.value.match == "new"
    assert pipeline.crawler.stats.get_value("dedupe/batches") is None
    pipeline.close_spider()


@pytest.mark.mongodb
def test_on_a_store_that_cannot_undo_a_batch_items_go_one_by_one(mongodb_uri):
    """MongoDB: a batch failing on its third item would keep what the first two wrote, and the
    one-by-one retry would give them back as "url" matches; there items never share a batch."""
    pipeline = make_pipeline(mongodb_uri)
    assign = pipeline.engine._assign

    def failing_on_sindo(fp, **kw):
        if fp["url"] == "https://sindo.example/kim":
            raise ValueError("a bug on one article")
        return assign(fp, **kw)

    pipeline.engine._assign = failing_on_sindo
    origin, copy, sindo, rival = process_together(pipeline, items())
    assert (origin.match, copy.match, rival.match) == ("new", "exact", "new")
    assert copy.body is None and sindo.story_id is None and sindo.body
    assert pipeline.crawler.stats.get_value("dedupe/errors") == 1
    assert pipeline.crawler.stats.get_value("dedupe/url") is None
    pipeline.close_spider()
