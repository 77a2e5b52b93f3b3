"""The store contract: one suite, run against every backend (SQLite, MongoDB-wire)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.items import Article, Attribution, article_from_doc, article_to_doc
from newscrawl.store import StoreConfigError, StoreUnavailable, mask_uri, open_store

T0 = datetime(2023, 9, 13, 3, 15, tzinfo=timezone.utc)


def make_doc(n: int, site: str = "batam", body: str | None = None, **extra) -> dict:
    article = Article(
        url=f"https://www.{site}.example/2023/09/story-{n}/",
        site=site,
        title=f"Story {n}",
        body=body or f"First paragraph of story {n}.\n\nSecond paragraph, number {n}.",
        published_at=T0 + timedelta(hours=n),
        authors=["Dewi Lestari"],
        language="id",
        attribution=Attribution(publisher="NDTV", agencies=["AFP"], credit="(AFP)"),
        fetched_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
    ).finalize()
    doc = article_to_doc(article)
    doc.update(extra)
    return doc


def test_upsert_counts_insert_update_unchanged(store):
    docs = [make_doc(n) for n in range(5)]
    assert (r := store.upsert_articles(docs)).inserted == 5 and r.updated == 0
    again = store.upsert_articles(docs)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)
    changed = dict(docs[0], title="Story 0, corrected")
    refetched = dict(docs[1], fetched_at="2026-02-01T00:00:00+00:00")
    result = store.upsert_articles([changed, refetched])
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 1)
    assert store.get_article(docs[0]["url"])["title"] == "Story 0, corrected"
    assert store.count_articles() == 5


def test_article_round_trips_through_the_store(store):
    doc = make_doc(7)
    store.upsert_articles([doc])
    back = store.get_article(doc["url"])
    article = article_from_doc(back)
    assert article.published_at == T0 + timedelta(hours=7)
    assert article.published_at.tzinfo is not None
    assert article.attribution.agencies == ["AFP"]
    assert article.authors == ["Dewi Lestari"]
    assert back["url_key"] == "batam.example/2023/09/story-7"


def test_a_day_alone_round_trips_with_its_precision_and_own_day(store):
    wib = timezone(timedelta(hours=7))
    article = Article(
        url="https://www.batam.example/2025/11/banjir/",
        site="batam",
        published_at=datetime(2025, 11, 24, tzinfo=wib),
        published_precision="day",
    ).finalize()
    old = make_doc(8)  # stored before the fields existed: none of them
    for name in ("published_precision", "modified_precision", "published_local", "modified_local"):
        old.pop(name)
    store.upsert_articles([article_to_doc(article), old])
    back = article_from_doc(store.get_article(article.url))
    assert back.published_at == datetime(2025, 11, 23, 17, tzinfo=timezone.utc)
    assert (back.published_precision, back.published_local) == ("day", "2025-11-24")
    assert back.modified_precision is None and back.modified_local is None
    legacy = article_from_doc(store.get_article(old["url"]))
    assert legacy.published_at == T0 + timedelta(hours=8) and legacy.published_precision is None
    assert [a["url"] for a in store.find_articles(site="batam")] == [old["url"], article.url]  # sorted by instant


def test_lookup_by_url_variants_and_canonical(store):
    doc = make_doc(1, canonical_url="https://batam.example/p/1")
    store.upsert_articles([doc])
    for variant in (
        "http://batam.example/2023/09/story-1",
        "https://www.batam.example/2023/09/story-1/amp/?utm_source=fb",
        "https://batam.example/p/1/",
    ):
        assert store.get_article(variant)["title"] == "Story 1", variant
    assert store.get_article("https://batam.example/2023/09/story-2/") is None
    asked = [
        "https://batam.example/p/1",
        "https://batam.example/2023/09/story-1?utm_medium=x",
        "https://batam.example/x",
    ]
    assert store.known_urls(asked) == set(asked[:2])


def test_a_url_is_first_the_article_at_it_then_a_canonical_then_a_redirect(store):
    # /p/7 is article 7's own URL and redirected to article 8; /p/8 is 8's canonical and
    # redirected to 9; /p/9 only redirected to 9.
    first, second, third = "https://batam.example/p/7", "https://batam.example/p/8", "https://batam.example/p/9"
    store.upsert_articles(
        [
            make_doc(9, redirected_from=[second, third]),
            make_doc(8, canonical_url=second, redirected_from=[first]),
            make_doc(7, url=first),
        ]
    )
    assert store.get_article(first)["title"] == "Story 7"
    assert store.get_article(second)["title"] == "Story 8"
    assert store.get_article(third)["title"] == "Story 9"
    assert store.get_article("https://batam.example/p/10") is None


def test_urls_that_redirected_to_an_article_are_known(store):
    doc = make_doc(2, redirected_from=["https://batam.example/?p=2", "https://batam.example/2023/09/old-slug"])
    store.upsert_articles([doc])
    assert store.get_article("https://www.batam.example/?p=2")["title"] == "Story 2"
    asked = ["https://batam.example/?p=2", "https://batam.example/2023/09/old-slug/", "https://batam.example/?p=3"]
    assert store.known_urls(asked) == set(asked[:2])
    # Storing the article again (a re-crawl that came in by its own URL) keeps what was learnt,
    # and is no update; reaching it through another redirect adds that URL.
    assert store.upsert_articles([make_doc(2, redirected_from=[])]).unchanged == 1
    assert store.known_urls(asked[:1]) == set(asked[:1])
    assert store.upsert_articles([make_doc(2, redirected_from=[asked[2]])]).unchanged == 1
    assert store.known_urls(asked) == set(asked)
    assert store.get_article(asked[2])["title"] == "Story 2"


def test_same_url_twice_in_one_batch_is_one_article(store):
    doc = make_doc(3)
    result = store.upsert_articles([doc, dict(doc, url=doc["url"] + "?utm_source=x", title="later")])
    assert result.inserted == 1
    assert store.count_articles() == 1
    assert store.get_article(doc["url"])["title"] == "later"


def test_find_iterate_count_by_site(store):
    store.upsert_articles([make_doc(n, site="a") for n in range(3)] + [make_doc(9, site="b")])
    assert store.count_articles("a") == 3
    assert [d["title"] for d in store.iter_articles("a")] == ["Story 0", "Story 1", "Story 2"]
    same = make_doc(1, site="a")
    assert [d["url"] for d in store.find_articles(content_hash=same["content_hash"])] == [same["url"]]
    with pytest.raises(ValueError):
        store.find_articles(title="Story 1")


def test_set_story_links_and_survives_reupsert(store):
    doc = make_doc(2)
    store.upsert_articles([doc])
    store.set_story(doc["url"], "s-1", "near", 0.91)
    assert store.get_article(doc["url"])["story_id"] == "s-1"
    store.upsert_articles([dict(doc, title="retitled")])
    assert store.get_article(doc["url"])["story_id"] == "s-1"
    assert [d["url"] for d in store.find_articles(story_id="s-1")] == [doc["url"]]


def test_claims_first_writer_wins_until_cleared(store):
    assert store.claim_key("hash:abc", "s-1") == "s-1"
    assert store.claim_key("hash:abc", "s-2") == "s-1"
    store.clear_stories()
    assert store.count_stories() == 0
    assert store.claim_key("hash:abc", "s-3") == "s-3"
    assert store.get_story("nope") is None


def test_crawl_state_merges_and_runs_are_kept(store):
    assert store.get_state("batam") == {}
    store.update_state("batam", {"rest_after": "2023-09-13T00:00:00+00:00", "seen": 3})
    state = store.update_state("batam", {"seen": 4})
    assert state == {"rest_after": "2023-09-13T00:00:00+00:00", "seen": 4}
    assert store.get_state("batam") == state
    store.record_run({"run_id": "r1", "started_at": "2026-01-01T00:00:00+00:00", "status": "running"})
    store.record_run({"run_id": "r2", "started_at": "2026-01-02T00:00:00+00:00", "status": "ok"})
    store.record_run({"run_id": "r1", "started_at": "2026-01-01T00:00:00+00:00", "status": "ok"})
    runs = list(store.iter_runs())
    assert [(r["run_id"], r["status"]) for r in runs] == [("r2", "ok"), ("r1", "ok")]


def test_mask_uri_hides_passwords():
    assert mask_uri("mongodb://user:s3cret@db.example:27017/news") == "mongodb://user:***@db.example:27017/news"
    assert mask_uri("mongodb+srv://u:p%40ss@cluster.example/") == "mongodb+srv://u:***@cluster.example/"
    assert mask_uri("sqlite:///data/newscrawl.sqlite") == "sqlite:///data/newscrawl.sqlite"


def test_unsupported_uri_is_a_config_error():
    with pytest.raises(StoreConfigError, match="unsupported store URI 'redis://x'"):
        open_store("redis://x")


def test_unreachable_mongodb_fails_fast_with_masked_uri():
    with pytest.raises(StoreUnavailable) as info:
        open_store("mongodb://user:hunter2@127.0.0.1:1/news", connect_timeout=0.5)
    assert "hunter2" not in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.mongodb
def test_mongodb_lost_while_iterating_is_one_line_store_error():
    import re
    import subprocess

    from tests.fixtures.stores import JONGODB, _free_port

    if not JONGODB.exists():
        pytest.skip("no jongodb (npm install)")
    port = _free_port()
    server = subprocess.Popen(
        [str(JONGODB), "--host=127.0.0.1", f"--port={port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert re.match(r"JONGODB_URI=", server.stdout.readline())
        store = open_store(f"mongodb://127.0.0.1:{port}/lost?directConnection=true", connect_timeout=1)
        store.upsert_articles([{"url": "https://a.example/1", "site": "a"}])
    finally:
        server.terminate()
        server.wait(timeout=10)
    # The queries of an iter_* method run while it is iterated: they fail there, translated.
    for name in ("iter_articles", "iter_stories", "iter_runs", "iter_fingerprints"):
        with pytest.raises(StoreUnavailable) as info:
            list(getattr(store, name)())
        assert "\n" not in str(info.value)


def test_sqlite_in_unwritable_place_is_unavailable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable, match="cannot create"):
        open_store(f"sqlite:///{blocker}/sub/newscrawl.sqlite")


def test_sqlite_file_that_is_not_a_database_is_one_line_unavailable(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreUnavailable, match=r"cannot open .*notes.sqlite: file is not a database") as info:
        open_store(f"sqlite:///{path}")
    assert "\n" not in str(info.value)


@pytest.mark.skipif(not hasattr(os, "posix_fadvise") or not os.path.isdir("/proc/self/fd"), reason="Linux only")
def test_a_large_sqlite_store_is_read_unmapped_and_advised_random(tmp_path, monkeypatch):
    # A page faulted in through a memory map brings the device's read-ahead window with it (8 MB
    # on this machine's disk): a lookup at 1M stories read ~1.3 MB from the disk for ~30 random
    # pages. A store past RANDOM_READS_FROM is read with pread, advised random; a smaller one,
    # whose pages the lookups soon all want, stays mapped.
    from newscrawl.store import sqlite

    advised = []
    real_fadvise = os.posix_fadvise

    def fadvise(fd, offset, length, advice):
        advised.append((os.readlink(f"/proc/self/fd/{fd}"), advice))
        real_fadvise(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", fadvise)
    path = tmp_path / "s.sqlite"
    with open_store(f"sqlite:///{path}") as store:
        store.upsert_articles([make_doc(1)])
        assert store._db.execute("PRAGMA mmap_size").fetchone()[0] > 0 and not advised
    monkeypatch.setattr(sqlite, "RANDOM_READS_FROM", os.path.getsize(path) - 1)
    with open_store(f"sqlite:///{path}") as store:
        assert store._db.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert (os.path.realpath(path), os.POSIX_FADV_RANDOM) in advised
        assert all(name == os.path.realpath(path) for name, _ in advised)  # the store's file only
        assert store.get_article(make_doc(1)["url"]) is not None
    monkeypatch.setattr(sqlite, "RANDOM_READS_FROM", -1)
    open_store("sqlite:///:memory:").close()  # nothing to advise, no error


def _corrupt_article_index(path) -> None:
    """Overwrite the page of the articles' key index, as a failing disk would."""
    import sqlite3

    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_articles_1'").fetchone()[0]
    db.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)


def test_sqlite_reads_of_a_corrupt_file_are_one_line_unavailable(tmp_path):
    path = tmp_path / "s.sqlite"
    with open_store(f"sqlite:///{path}") as store:
        store.upsert_articles([make_doc(n) for n in range(50)])
    _corrupt_article_index(path)
    with open_store(f"sqlite:///{path}") as store:  # the schema page is intact: it opens
        for read in (
            lambda: store.known_urls([make_doc(3)["url"]]),
            lambda: store.get_article(make_doc(3)["url"]),
        ):
            with pytest.raises(StoreUnavailable, match="cannot read sqlite:///.*: database disk image is malformed"):
                read()


class _FailingConnection:
    """Stands in for a sqlite3 connection whose every statement fails."""

    in_transaction = False

    def __init__(self, message: str) -> None:
        self.message = message

    def execute(self, *args, **kwargs):
        import sqlite3

        raise sqlite3.OperationalError(self.message)

    executemany = execute

    def close(self) -> None:
        pass


SQLITE_READS = {
    "get_article": lambda s: s.get_article("https://batam.example/2023/09/story-1/"),
    "known_urls": lambda s: s.known_urls(["https://batam.example/2023/09/story-1/"]),
    "find_articles": lambda s: s.find_articles(site="batam"),
    "iter_articles": lambda s: list(s.iter_articles()),
    "count_articles": lambda s: s.count_articles(),
    "get_story": lambda s: s.get_story("st"),
    "iter_stories": lambda s: list(s.iter_stories()),
    "count_stories": lambda s: s.count_stories(),
    "get_fingerprint": lambda s: s.get_fingerprint("ref"),
    "find_fingerprints": lambda s: s.find_fingerprints([1, 2, 3]),
    "iter_fingerprints": lambda s: list(s.iter_fingerprints()),
    "resolve_story": lambda s: s.resolve_story("st"),
    "get_state": lambda s: s.get_state("batam"),
    "iter_runs": lambda s: list(s.iter_runs()),
}


@pytest.mark.parametrize("message", ["database is locked", "disk I/O error"])
@pytest.mark.parametrize("name", sorted(SQLITE_READS))
def test_sqlite_read_errors_are_one_line_store_unavailable(tmp_path, name, message):
    store = open_store(f"sqlite:///{tmp_path}/s.sqlite")
    real, store._db = store._db, _FailingConnection(message)
    try:
        with pytest.raises(StoreUnavailable, match=f"cannot read sqlite:///.*: {message}$"):
            SQLITE_READS[name](store)
    finally:
        store._db = real
        store.close()


def test_every_sqlite_read_method_is_covered():
    from newscrawl.store.base import Store

    reads = {n for n in vars(Store) if n.startswith(("get_", "iter_", "find_", "count_", "known_", "resolve_"))}
    assert reads == set(SQLITE_READS)


def test_one_decorator_maps_a_backends_errors_for_calls_and_generators() -> None:
    from newscrawl.store.base import StoreError, mapping_errors

    def mapped(store, exc):
        return StoreUnavailable(f"cannot read {store.name}: {exc}") if isinstance(exc, OSError) else None

    class Backend:
        name = "demo://store"

        @mapping_errors(mapped)
        def count(self, fail: Exception | None = None) -> int:
            if fail:
                raise fail
            return 3

        @mapping_errors(mapped)
        def rows(self, fail: Exception | None = None):
            yield 1
            if fail:
                raise fail
            yield 2

    store = Backend()
    assert store.count() == 3 and list(store.rows()) == [1, 2]
    assert Backend.count.__name__ == "count" and Backend.rows.__name__ == "rows"
    with pytest.raises(StoreUnavailable, match=r"^cannot read demo://store: disk gone$") as info:
        store.count(OSError("disk gone"))
    assert info.value.__cause__ is None and info.value.__suppress_context__
    rows = store.rows(OSError("disk gone"))  # the error comes while it is iterated
    assert next(rows) == 1
    with pytest.raises(StoreUnavailable, match="disk gone"):
        next(rows)
    # An error the backend does not map passes through as it was.
    with pytest.raises(KeyError):
        store.count(KeyError("x"))
    with pytest.raises(KeyError):
        list(store.rows(KeyError("x")))
    assert not issubclass(KeyError, StoreError)


def _fold_setup(store):
    """One article stored under its first slug, then again under its edited one (the old URL a
    301 now), as dedupe leaves them: two rows, two copies of one story."""
    from newscrawl.dedupe.story import summarize
    from newscrawl.urls import url_key

    old = make_doc(
        1, url="https://www.batam.example/2023/09/kim-tiba-di-rusia/", fetched_at="2026-01-01T00:00:00+00:00"
    )
    new = make_doc(
        1,
        url="https://www.batam.example/2023/09/kim-jong-un-tiba-di-rusia/",
        fetched_at="2026-01-02T00:00:00+00:00",
        title="Kim Jong Un tiba di Rusia",
        body=None,
        description=None,
    )  # a light record: dedupe took it for a copy
    new["content_hash"], new["word_count"] = old["content_hash"], old["word_count"]
    for doc, match in ((old, "new"), (new, "exact")):
        ref = url_key(doc["url"])
        store.claim_key("text:t1", ref)
        assert store.put_fingerprint(
            {
                "ref": ref,
                "url": doc["url"],
                "story_id": "s1",
                "seen": doc["fetched_at"],
                "text_hash": "t1",
                "match": match,
                "is_copy": match != "new",
            },
            b"\x01" * 8,
            [5],
        )
        store.link_copy(
            "s1",
            {
                "url": doc["url"],
                "site": "batam",
                "title": doc["title"],
                "language": "id",
                "words": 10,
                "match": match,
                "score": 1.0,
                "seen": doc["fetched_at"],
            },
            summarize,
        )
        doc.update(story_id="s1", match=match, match_score=1.0)
    store.upsert_articles([old])
    store.upsert_articles([new])
    return old, new, summarize


def test_one_article_under_an_edited_slug_folds_into_one_row(store):
    from newscrawl.urls import url_key

    old, new, summarize = _fold_setup(store)
    assert store.count_articles() == 2 and store.get_story("s1")["n_copies"] == 2  # the old behaviour
    assert store.fold_same_article([new], summarize) == [(url_key(old["url"]), url_key(new["url"]))]
    assert store.count_articles() == 1
    for url in (old["url"], new["url"]):  # every URL still finds it, as known
        assert store.get_article(url)["url"] == new["url"], url
    assert store.known_urls([old["url"]]) == {old["url"]}
    kept = store.get_article(new["url"])
    assert (
        kept["body"] == old["body"] and kept["title"] == "Kim Jong Un tiba di Rusia"
    )  # the body the light record lacked
    assert (kept["story_id"], kept["match"]) == ("s1", "new")
    assert old["url"] in kept["redirected_from"]
    story = store.get_story("s1")
    assert [(c["url"], c["match"]) for c in story["copies"]] == [(new["url"], "new")]
    assert story["n_copies"] == 1 and story["representative"] == new["url"]
    assert (
        store.get_fingerprint(url_key(old["url"])) is None
        or not store.get_fingerprint(url_key(old["url"]))[0]["story_id"]
    )
    assert store.get_fingerprint(url_key(new["url"]))[0]["match"] == "new"
    assert store.claim_key("text:t1", "someone") == url_key(new["url"])
    # Idempotent: folding again, or the same article written again, changes nothing.
    assert store.fold_same_article([new], summarize) == []
    store.upsert_articles([new])
    assert store.fold_same_article([new], summarize) == []
    assert store.count_articles() == 1 and store.get_story("s1")["n_copies"] == 1


def test_only_same_site_rows_of_one_article_fold(store):
    from newscrawl.dedupe.story import summarize

    store.upsert_articles([make_doc(1), make_doc(2)])
    other_site = make_doc(1, site="kabar")  # a copy of the same text at another site: a copy, not an alias
    unrelated = make_doc(3)
    # The same text at another time: a paywall teaser, a site's boilerplate, not one article.
    teaser = make_doc(5, body=make_doc(1)["body"])
    store.upsert_articles([other_site, unrelated, teaser])
    assert store.fold_same_article([other_site, unrelated, teaser], summarize) == []
    assert store.count_articles() == 5
    # The redirect tells, whatever the text: an old URL that led here folds in.
    moved = make_doc(
        2,
        url="https://batam.example/2023/09/story-2-updated/",
        body="Rewritten when the slug changed.",
        redirected_from=["https://www.batam.example/2023/09/story-2/"],
    )
    store.upsert_articles([moved])
    assert len(store.fold_same_article([moved], summarize)) == 1
    assert store.count_articles(site="batam") == 4  # stories 1, 3, 5 and the moved 2
    assert store.get_article("https://batam.example/2023/09/story-2/")["url"] == moved["url"]


_FOLD_WORKER = """
import os, sys, time
from newscrawl.dedupe.story import summarize
from newscrawl.store import open_store
from tests.test_store import make_doc
uri, which, barrier = sys.argv[1], int(sys.argv[2]), sys.argv[3]
store = open_store(uri)
open(os.path.join(barrier, f"ready-{which}"), "w").close()
deadline = time.time() + 60
while len(os.listdir(barrier)) < 2 and time.time() < deadline:
    time.sleep(0.001)
for n in range(12):  # article n under two slugs, one written by each process
    doc = make_doc(n, url=f"https://batam.example/2023/09/story-{n}-slug-{which}/", fetched_at=f"2026-01-0{which}T00:00:00Z")
    store.upsert_articles([doc])
    store.fold_same_article([doc], summarize)
store.close()
"""


def test_two_processes_folding_at_once_leave_one_row_an_article(store_uri, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(root))
    procs = [
        subprocess.Popen([sys.executable, "-c", _FOLD_WORKER, store_uri, str(n), str(tmp_path)], env=env, cwd=root)
        for n in (1, 2)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with open_store(store_uri) as store:
        assert store.count_articles() == 12
        for n in range(12):
            found = {store.get_article(f"https://batam.example/2023/09/story-{n}-slug-{w}/")["url"] for w in (1, 2)}
            assert len(found) == 1, (n, found)


def test_a_folded_article_stays_one_copy_through_dedupe_and_a_rebuild(store):
    from newscrawl.commands.dedupe import rebuild
    from newscrawl.dedupe import DedupeConfig, DedupeEngine
    from newscrawl.dedupe.story import summarize

    body = "\n\n".join(
        f"Presiden Kim Jong Un tiba di Vladivostok pada hari Selasa untuk bertemu Putin, paragraf {n}."
        " Kereta lapis baja itu berhenti di stasiun setelah perjalanan dua hari."
        for n in range(6)
    )
    old = make_doc(1, url="https://batam.example/2023/09/kim-tiba/", body=body)
    new = make_doc(
        1,
        url="https://batam.example/2023/09/kim-jong-un-tiba-di-vladivostok/",
        body=body,
        fetched_at="2026-01-02T00:00:00+00:00",
    )
    engine = DedupeEngine(store)
    for doc in (old, new):  # as the crawl's two pipelines do, a run apart
        verdict = engine.process(doc)
        store.upsert_articles([dict(doc, story_id=verdict.story_id, match=verdict.match, match_score=verdict.score)])
        store.fold_same_article([doc], summarize)
    assert store.count_articles() == 1 and store.count_stories() == 1
    (story,) = store.iter_stories()
    assert [(c["url"], c["match"]) for c in story["copies"]] == [(new["url"], "new")]
    again = engine.process(dict(new, fetched_at="2026-01-03T00:00:00+00:00"))  # fetched again: the same story
    assert (again.story_id, again.match, again.is_copy) == (story["story_id"], "url", False)
    rebuild(store, DedupeConfig())
    assert [len(s["copies"]) for s in store.iter_stories()] == [1]
    assert store.get_article(old["url"])["url"] == new["url"]


def _link(store, doc, story_id, match="new"):
    """Link a stored doc to a story as dedupe does (its copy record and its article's place)."""
    from newscrawl.dedupe.story import summarize

    store.link_copy(
        story_id,
        {
            "url": doc["url"],
            "site": doc["site"],
            "title": doc["title"],
            "language": "id",
            "words": 10,
            "match": match,
            "score": 1.0,
            "seen": doc["fetched_at"],
        },
        summarize,
    )
    doc.update(story_id=story_id, match=match, match_score=1.0)
    store.upsert_articles([doc])


def test_a_redirect_to_another_article_folds_nothing(store):
    """A site sends a removed post's URL to another post: a redirect alone, with neither the
    text nor the publication time in common, is no edited slug."""
    from newscrawl.dedupe.story import summarize

    x = make_doc(1, body="Floods closed the harbour after two days of rain, the port office said.")
    y = make_doc(2, body="The regional bank kept its lending rate unchanged at its monthly meeting.")
    _link(store, x, "sx")
    _link(store, y, "sy")
    y_again = dict(y, redirected_from=[x["url"]])  # X's old URL re-crawled, landing on Y
    store.upsert_articles([y_again])
    assert store.fold_same_article([y_again], summarize) == []
    assert store.count_articles() == 2
    assert store.get_article(make_doc(1)["url"])["body"] == x["body"]
    assert [c["url"] for c in store.get_story("sx")["copies"]] == [x["url"]]
    assert [c["url"] for c in store.get_story("sy")["copies"]] == [y["url"]]


def test_a_fold_never_moves_a_copy_into_another_story(store):
    """An edited slug (same post date) whose text was rewritten enough to start a story of its
    own: the old row folds in, and its copy leaves its story instead of joining the kept one's."""
    from newscrawl.dedupe.story import summarize
    from newscrawl.urls import url_key

    old = make_doc(1, url="https://www.batam.example/2023/09/banjir-batam/", body="Floods closed the harbour today.")
    _link(store, old, "sold")
    new = make_doc(
        1,
        url="https://www.batam.example/2023/09/banjir-tutup-pelabuhan-batam/",
        body="A wholly rewritten report on the port and the weather.",
        redirected_from=[old["url"]],
        fetched_at="2026-01-02T00:00:00+00:00",
    )
    _link(store, new, "snew")
    assert store.fold_same_article([new], summarize) == [(url_key(old["url"]), url_key(new["url"]))]
    assert store.count_articles() == 1 and store.get_article(old["url"])["story_id"] == "snew"
    assert [c["url"] for c in store.get_story("snew")["copies"]] == [new["url"]]
    assert store.get_story("sold") is None  # its only copy left it
    assert store.count_stories() == 1


def test_a_light_row_folded_with_the_full_row_keeps_a_body(store):
    """The slug and one phrase edited: dedupe took the new URL for a near copy and stored it
    light (no body); the full old row folds into it and gives it its text."""
    from newscrawl.dedupe.story import summarize

    old = make_doc(
        1,
        url="https://www.batam.example/2023/09/pelabuhan-ditutp/",
        body="The port stayed closed on Monday.\n\nShips waited offshore for clearance.",
    )
    _link(store, old, "s1")
    new = make_doc(
        1,
        url="https://www.batam.example/2023/09/pelabuhan-ditutup/",
        body="The port remained closed on Monday.\n\nShips waited offshore for clearance.",
        redirected_from=[old["url"]],
        fetched_at="2026-01-02T00:00:00+00:00",
    )
    new.update(body=None, description=None)  # stored light: its content hash and word count stay
    _link(store, new, "s1", match="near")
    assert len(store.fold_same_article([new], summarize)) == 1
    kept = store.get_article(new["url"])
    assert kept["url"] == new["url"] and kept["body"] == old["body"]
    assert (kept["content_hash"], kept["word_count"]) == (old["content_hash"], old["word_count"])
    assert store.find_articles(content_hash=old["content_hash"])[0]["url"] == new["url"]
    story = store.get_story("s1")
    assert story["representative"] == new["url"] and [c["url"] for c in story["copies"]] == [new["url"]]
