"""The store pipeline: batches, stats, spool on outage, replay, SIGKILL safety."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newscrawl.config import SettingError
from newscrawl.items import Article
from newscrawl.store import StoreUnavailable, open_store
from pipelines.store import StorePipeline, StoreSettings

ROOT = Path(__file__).resolve().parents[1]


def article(n: int) -> Article:
    return Article(
        url=f"https://p.example/story-{n}",
        site="p",
        title=f"Story {n}",
        body=f"Body of story {n}.",
        published_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
    )


def make_pipeline(store_uri: str, tmp_path: Path, **settings) -> StorePipeline:
    values = {
        "STORE_URI": store_uri,
        "STORE_BATCH_SIZE": 2,
        "STORE_FLUSH_INTERVAL": 0,
        "STORE_RETRY_BACKOFF": 0,
        "STORE_SPOOL_DIR": str(tmp_path / "spool"),
        **settings,
    }
    crawler = get_crawler(settings_dict=values)
    crawler.stats.open_spider()
    return StorePipeline.from_crawler(crawler)


def run(coro):
    return asyncio.new_event_loop().run_until_complete(coro)


async def feed(pipeline: StorePipeline, items) -> None:
    await pipeline.open_spider()
    for item in items:
        await pipeline.process_item(item)
    await pipeline.close_spider()


def test_items_are_written_in_batches_with_stats(store_uri, tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    pipeline = make_pipeline(store_uri, tmp_path)
    run(feed(pipeline, [article(n) for n in range(5)]))
    stats = pipeline.crawler.stats
    assert stats.get_value("store/inserted") == 5
    run(feed(pipeline := make_pipeline(store_uri, tmp_path), [article(1), article(2)]))
    assert pipeline.crawler.stats.get_value("store/unchanged") == 2
    with open_store(store_uri) as store:
        assert store.count_articles() == 5
        assert store.get_article("https://p.example/story-3")["content_hash"]


class FailingStore:
    """Stands in for a store that went away mid-crawl."""

    def __init__(self, inner):
        self.inner = inner
        self.calls = 0

    def upsert_articles(self, docs):
        self.calls += 1
        raise StoreUnavailable("connection reset")

    def close(self):
        self.inner.close()


def test_store_lost_mid_crawl_spools_and_next_run_replays(sqlite_uri, tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    pipeline = make_pipeline(sqlite_uri, tmp_path, STORE_WRITE_RETRIES=3)

    async def outage():
        await pipeline.open_spider()
        pipeline.store = failing = FailingStore(pipeline.store)
        for n in range(5):
            await pipeline.process_item(article(n))
        await pipeline.close_spider()
        return failing

    failing = run(outage())
    stats = pipeline.crawler.stats
    assert stats.get_value("store/spooled") == 5
    assert failing.calls == 3 * 3  # three batches (2 + 2 + 1), three tries each
    assert pipeline.spool.pending() == 5
    with open_store(sqlite_uri) as store:
        assert store.count_articles() == 0

    again = make_pipeline(sqlite_uri, tmp_path)
    run(feed(again, [article(9)]))
    assert again.crawler.stats.get_value("store/replayed") == 5
    assert not again.spool.path.exists()
    with open_store(sqlite_uri) as store:
        assert store.count_articles() == 6


def test_a_lone_surrogate_costs_nothing(sqlite_uri, tmp_path, monkeypatch):
    # A page's JSON can carry "\ud83d" (half an emoji); no store or file can encode it.
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    pipeline = make_pipeline(sqlite_uri, tmp_path)
    odd = article(1)
    odd.authors = ["Jane Roe \ud83d"]
    odd.title = "Roads \udc00 plan"
    run(feed(pipeline, [article(0), odd, article(2)]))
    assert not pipeline.crawler.stats.get_value("store/spooled")
    with open_store(sqlite_uri) as store:
        assert store.count_articles() == 3
        stored = store.get_article(odd.url)
        assert stored["authors"] == ["Jane Roe \ufffd"] and stored["title"] == "Roads \ufffd plan"


def test_a_full_disk_spools_the_batch(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    uri = f"sqlite:///{tmp_path}/full.sqlite"
    pipeline = make_pipeline(uri, tmp_path, STORE_WRITE_RETRIES=2)

    async def full_disk():
        await pipeline.open_spider()
        db = pipeline.store._db
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count={pages}")  # SQLite now fails as on a full disk
        for n in range(5):
            item = article(n)
            item.body = f"{n} " + "word " * 3000  # needs new pages, which SQLite cannot get
            await pipeline.process_item(item)
        await pipeline.close_spider()

    run(full_disk())
    assert pipeline.crawler.stats.get_value("store/spooled") == 5
    assert pipeline.spool.pending() == 5
    again = make_pipeline(uri, tmp_path)
    run(feed(again, []))
    with open_store(uri) as store:
        assert store.count_articles() == 5


def scrapy_env(store_uri: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env["NEWSCRAWL_STORE"] = store_uri
    return env


def test_unreachable_store_stops_crawl_with_one_line(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "sindobatam"],
        cwd=ROOT,
        env=scrapy_env("mongodb://crawler:s3cret@127.0.0.1:1/news"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("newscrawl:")]
    assert errors == [
        "newscrawl: cannot open store mongodb://crawler:***@127.0.0.1:1/news: 127.0.0.1:1: [Errno 111] Connection refused"
    ]
    assert "Traceback" not in proc.stderr and "s3cret" not in proc.stderr + proc.stdout


def test_sigkill_mid_write_loses_no_reported_item(tmp_path):
    uri = f"sqlite:///{tmp_path}/kill.sqlite"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scrapy",
            "runspider",
            str(ROOT / "tests/sample_spiders.py"),
            "-s",
            "LOG_LEVEL=DEBUG",
            "-s",
            "STORE_BATCH_SIZE=7",
            "-s",
            "STORE_FLUSH_INTERVAL=0.05",
            "-s",
            f"STORE_SPOOL_DIR={tmp_path}/spool",
        ],
        cwd=ROOT,
        env=scrapy_env(uri),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    reported = []
    try:
        for line in proc.stderr:
            match = re.search(r"Stored (\S+)", line)
            if match:
                reported.append(match.group(1))
                if len(reported) >= 200:
                    break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(reported) >= 200
    with open_store(uri) as store:
        missing = [url for url in reported if store.get_article(url) is None]
        assert missing == []
        assert store.count_articles() >= len(reported)


def test_store_settings_are_read_once_and_validated(monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    config = StoreSettings.from_settings(Settings({"STORE_BATCH_SIZE": "7", "STORE_URI": "sqlite:///x.sqlite"}))
    assert (config.batch_size, config.uri, config.retries) == (7, "sqlite:///x.sqlite", 3)
    for name, value in [("STORE_BATCH_SIZE", "abc"), ("STORE_BATCH_SIZE", "0"), ("STORE_FLUSH_INTERVAL", "-1"),
                        ("STORE_WRITE_RETRIES", "many"), ("STORE_CONNECT_TIMEOUT", "soon")]:  # fmt: skip
        with pytest.raises(SettingError, match=f"^{name} = '{value}': expected "):
            StorePipeline.check_settings(Settings({name: value}))
    StorePipeline.check_settings(Settings({"STORE_ENABLED": False, "STORE_BATCH_SIZE": "abc"}))  # off: not read


def test_a_spool_that_cannot_be_written_either_is_one_line_naming_the_loss(sqlite_uri, tmp_path, monkeypatch, caplog):
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    (tmp_path / "blocker").write_text("a file where the spool directory should be")
    pipeline = make_pipeline(sqlite_uri, tmp_path, STORE_WRITE_RETRIES=1, STORE_SPOOL_DIR=str(tmp_path / "blocker"))

    async def outage():
        await pipeline.open_spider()
        pipeline.store = FailingStore(pipeline.store)
        for n in range(3):
            await pipeline.process_item(article(n))
        await pipeline.close_spider()

    run(outage())  # no exception out of the pipeline
    stats = pipeline.crawler.stats
    assert stats.get_value("store/lost") == 3 and not stats.get_value("store/spooled")
    lost = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Lost ")]
    assert lost and all("\n" not in m and "connection reset" in m and "not written" in m for m in lost)


def test_rows_of_one_article_fold_after_each_batch_and_after_a_replay(store_uri, tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)

    def slug(name: str, fetched: int) -> Article:  # one post, its slug edited between two fetches
        return Article(
            url=f"https://p.example/2026/01/{name}/",
            site="p",
            title="Ferry line opens",
            body="The ferry line opens in the spring with four crossings a day. " * 5,
            published_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
            fetched_at=datetime(2026, 1, fetched, tzinfo=timezone.utc),
        )

    pipeline = make_pipeline(store_uri, tmp_path)
    run(feed(pipeline, [slug("ferry", 2), slug("ferry-line-opens", 3)]))
    assert pipeline.crawler.stats.get_value("store/folded") == 1
    with open_store(store_uri) as store:
        assert store.count_articles() == 1
        assert (
            store.get_article("https://p.example/2026/01/ferry/")["url"]
            == "https://p.example/2026/01/ferry-line-opens/"
        )

    spooling = make_pipeline(store_uri, tmp_path)

    async def outage():
        await spooling.open_spider()
        spooling.store = FailingStore(spooling.store)
        for item in (slug("ferry-2", 4), slug("ferry-line-opens-2", 5)):
            await spooling.process_item(item)
        await spooling.close_spider()

    run(outage())
    again = make_pipeline(store_uri, tmp_path)
    run(feed(again, []))
    assert again.crawler.stats.get_value("store/replayed") == 2
    with open_store(store_uri) as store:
        # The first URL and three more of it: one row, at the URL fetched last.
        assert store.count_articles() == 1
        assert (
            store.get_article("https://p.example/2026/01/ferry/")["url"]
            == "https://p.example/2026/01/ferry-line-opens-2/"
        )


def test_an_article_moved_while_the_store_pipeline_holds_it_is_stored_in_its_final_story(
    store_uri, tmp_path, monkeypatch
):
    """A crawl through both pipelines: the cut wire copy, a paper's own report (joins the story
    through the cut's lead), the whole wire report (takes the report out of the story: D17's
    ``Verdict.moved``) and its translation, each deduplicated alone, and all held unwritten by
    the store pipeline (``STORE_BATCH_SIZE``) until the crawl ends. Every article row is in the
    story its fingerprint is in and that lists it as a copy, with the match it is there by."""
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    from newscrawl.items import article_from_doc
    from newscrawl.store.base import cached_url_key
    from pipelines.dedupe import DedupePipeline
    from tests.test_dedupe_own_reports import _FINAL_NAMES

    store_pipeline = make_pipeline(store_uri, tmp_path, STORE_BATCH_SIZE=100)
    dedupe = DedupePipeline.from_crawler(store_pipeline.crawler)
    names = ("cut", "own", "wire", "mt")

    async def crawl():
        dedupe.open_spider()
        await store_pipeline.open_spider()
        for name in names:  # one response at a time: a dedupe batch of one each
            item = await dedupe.process_item(article_from_doc(_FINAL_NAMES[name]))
            await store_pipeline.process_item(item)
        assert store_pipeline.crawler.stats.get_value("store/inserted") is None  # nothing written yet
        dedupe.close_spider()
        await store_pipeline.close_spider()

    run(crawl())
    assert store_pipeline.crawler.stats.get_value("dedupe/moved") == 1
    with open_store(store_uri) as store:
        places = {}
        for name in names:
            url = _FINAL_NAMES[name]["url"]
            story_id = store.resolve_story(store.get_fingerprint(cached_url_key(url))[0]["story_id"])
            copies = {c["url"]: c for c in store.get_story(story_id)["copies"]}
            row = store.get_article(url)
            assert (name, row["story_id"]) == (name, story_id)
            assert (row["match"], row["match_score"]) == (copies[url]["match"], copies[url]["score"])
            places[name] = story_id
        assert places["own"] != places["wire"] == places["cut"] == places["mt"]
        assert store.get_article(_FINAL_NAMES["own"]["url"])["match"] == "new"
