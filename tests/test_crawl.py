"""End-to-end crawls of the simulated mirror network (``scrapy crawl`` in a subprocess).

Each crawl writes into its own SQLite store; what it did is read back from the
store: the articles and the run record (with the crawl's stats).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscrawl.discovery import parse_feed
from newscrawl.sites import load_file
from newscrawl.store import open_store
from newscrawl.urls import url_key

ROOT = Path(__file__).resolve().parents[1]
HAS_BROWSER = shutil.which("chromium") is not None or os.path.exists("/usr/bin/chromium")
SITES = ["wirenews", "batamkini", "kabarmirror", "beritablog", "jsmirror", "globalwire"]
#: Fast but still polite to our own servers: no AutoThrottle ramp-up, no fixed delay
#  (robots.txt Crawl-delay is still honoured).
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]

pytestmark = pytest.mark.slow


@dataclass
class Run:
    returncode: int
    stderr: str
    stats: dict
    stored: set[str]


def crawl(registry: Path, site: str, store_path: Path, *args: str, log_level: str = "INFO") -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env.update(NEWSCRAWL_SITES=str(registry), NEWSCRAWL_STORE=f"sqlite:///{store_path}")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            site,
            *FAST,
            "-s",
            f"LOG_LEVEL={log_level}",
            "-s",
            f"STORE_SPOOL_DIR={store_path.parent}/spool",
            *args,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    with open_store(f"sqlite:///{store_path}") as store:
        runs = list(store.iter_runs())
        stored = {a["url_key"] for a in store.iter_articles(site)}
    stats = runs[0]["stats"] if runs else {}
    return Run(proc.returncode, proc.stderr, stats, stored)


def truth_keys(net, site: str) -> set[str]:
    return {url_key(t["url"]) for t in net.truth_for(site)}


@pytest.mark.parametrize("site", SITES)
def test_default_crawl_finds_every_article_and_nothing_else(mirrornet, site, tmp_path):
    if site == "jsmirror" and not HAS_BROWSER and not os.environ.get("CI"):
        pytest.skip("jsmirror needs Chromium (apt-get install chromium)")
    run = crawl(mirrornet.registry_path, site, tmp_path / "s.sqlite")
    assert run.returncode == 0, run.stderr[-2000:]
    want = truth_keys(mirrornet, site)
    assert run.stored == want, f"missing {sorted(want - run.stored)[:5]}, not articles {sorted(run.stored - want)[:5]}"
    assert run.stats["finish_reason"] == "finished"


@pytest.mark.parametrize(
    ("site", "route"),
    [
        ("batamkini", "rest"),
        ("batamkini", "sitemap"),
        ("batamkini", "archive"),
        ("kabarmirror", "news_sitemap"),
        ("kabarmirror", "sitemap"),
        ("kabarmirror", "archive"),
        ("beritablog", "sitemap"),
        ("beritablog", "feed"),
        ("beritablog", "archive"),
        ("wirenews", "news_sitemap"),
        ("wirenews", "archive"),
        ("globalwire", "sitemap"),
        ("globalwire", "archive"),
    ],
)
def test_each_complete_route_alone_finds_every_article(mirrornet, site, route, tmp_path):
    run = crawl(mirrornet.registry_path, site, tmp_path / "s.sqlite", "-a", f"routes={route}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stats.get(f"discovery/{route}/documents", 0) >= 1
    if route == "news_sitemap":
        # A Google News sitemap lists the last two days only: all of those.
        recent = {
            url_key(t["url"])
            for t in mirrornet.truth_for(site)
            if t["published_at"] >= max(x["published_at"] for x in mirrornet.truth_for(site))[:10]
        }
        assert recent and recent <= run.stored
        assert run.stored <= truth_keys(mirrornet, site)
    else:
        assert run.stored == truth_keys(mirrornet, site)


@pytest.mark.parametrize(("site", "feed_path"), [("batamkini", "feed/"), ("kabarmirror", "feed/")])
def test_feed_route_finds_every_article_the_feed_lists(mirrornet, site, feed_path, tmp_path):
    import urllib.request

    with urllib.request.urlopen(mirrornet.sites[site] + feed_path, timeout=10) as response:
        listed = {url_key(e.url) for e in parse_feed(response.read()).entries}
    assert 0 < len(listed) < len(truth_keys(mirrornet, site))  # a feed holds the recent ones only
    run = crawl(mirrornet.registry_path, site, tmp_path / "s.sqlite", "-a", "routes=feed")
    assert run.stored == listed


@pytest.mark.parametrize("site", ["batamkini", "kabarmirror", "beritablog"])
def test_cron_reruns_fetch_only_discovery_then_only_new_posts(fresh_mirrornet, site, tmp_path):
    net = fresh_mirrornet(size=1000, crawl_delay=None)
    store = tmp_path / "s.sqlite"
    first = crawl(net.registry_path, site, store)
    assert first.stored == truth_keys(net, site)

    second = crawl(net.registry_path, site, store)
    assert second.stats["downloader/request_count"] <= 5, second.stats
    assert second.stats.get("item_scraped_count", 0) == 0
    assert second.stats.get("store/inserted", 0) == 0

    new = net.publish(10, sites=[site])
    third = crawl(net.registry_path, site, store)
    assert third.stats.get("item_scraped_count") == 10
    # A fresh post the news sitemap lists under its shortlink costs a 301 first.
    redirects = third.stats.get("downloader/response_status_count/301", 0)
    assert third.stats["downloader/request_count"] - redirects <= 5 + 10, third.stats
    assert third.stored == truth_keys(net, site)
    assert {url_key(t["url"]) for t in new} <= third.stored


def test_an_article_that_failed_to_download_is_fetched_by_the_next_run(fresh_mirrornet, tmp_path):
    net = fresh_mirrornet(size=40, crawl_delay=None)
    store = tmp_path / "s.sqlite"
    assert crawl(net.registry_path, "wirenews", store).stored == truth_keys(net, "wirenews")
    new = net.publish(3, sites=["wirenews"])
    broken = new[1]["url"]
    net.break_page(broken, 500)
    second = crawl(net.registry_path, "wirenews", store, "-s", "RETRY_TIMES=0")
    assert second.returncode == 0
    assert second.stats.get("fetch/failed") == 1
    assert url_key(broken) not in second.stored
    assert {url_key(t["url"]) for t in new} - {url_key(broken)} <= second.stored
    with open_store(f"sqlite:///{store}") as s:
        assert s.get_state("wirenews")["retry_urls"] == [[broken, 1]]

    net.mend_page(broken)
    third = crawl(net.registry_path, "wirenews", store)
    assert third.stats.get("discovery/retried") == 1
    assert third.stored == truth_keys(net, "wirenews")
    with open_store(f"sqlite:///{store}") as s:
        assert s.get_state("wirenews")["retry_urls"] == []


def test_a_retry_stored_meanwhile_by_another_run_is_dropped(fresh_mirrornet, tmp_path):
    net = fresh_mirrornet(size=40, crawl_delay=None)
    store = tmp_path / "s.sqlite"
    crawl(net.registry_path, "wirenews", store)
    (new,) = net.publish(1, sites=["wirenews"])
    net.break_page(new["url"], 500)
    crawl(net.registry_path, "wirenews", store, "-s", "RETRY_TIMES=0")
    with open_store(f"sqlite:///{store}") as s:
        assert s.get_state("wirenews")["retry_urls"] == [[new["url"], 1]]
        s.upsert_articles([{"url": new["url"], "site": "wirenews", "title": new["title"]}])  # another process
    again = crawl(net.registry_path, "wirenews", store, "-s", "RETRY_TIMES=0")
    assert not again.stats.get("discovery/retried") and not again.stats.get("fetch/failed")
    with open_store(f"sqlite:///{store}") as s:
        assert s.get_state("wirenews")["retry_urls"] == []


def test_drop_mode_remembers_the_copies_it_dropped(fresh_mirrornet, tmp_path):
    """A copy DEDUPE_MODE=drop did not store has no row: without the crawl state's memory every
    later run fetched it again (a sitemap lists it for good)."""
    net = fresh_mirrornet(size=40, crawl_delay=None)
    store = tmp_path / "s.sqlite"
    drop = ("-s", "DEDUPE_MODE=drop")
    crawl(net.registry_path, "wirenews", store, *drop)
    first = crawl(net.registry_path, "batamkini", store, *drop)
    dropped = first.stats.get("item_dropped_reasons_count/DuplicateArticle", 0)
    assert dropped >= 5, first.stats
    with open_store(f"sqlite:///{store}") as s:
        kinds = [kind for _, kind, _ in s.get_state("batamkini")["non_articles"]]
    assert kinds.count("dropped_copy") >= dropped
    net.publish(1, sites=["batamkini"])
    again = crawl(net.registry_path, "batamkini", store, *drop)
    assert again.returncode == 0
    assert not again.stats.get("item_dropped_reasons_count/DuplicateArticle"), again.stats
    assert again.stats.get("discovery/scheduled", 0) <= 1, again.stats


def test_an_article_gone_for_good_is_given_up(fresh_mirrornet, tmp_path):
    net = fresh_mirrornet(size=40, crawl_delay=None)
    store = tmp_path / "s.sqlite"
    crawl(net.registry_path, "wirenews", store)
    (new,) = net.publish(1, sites=["wirenews"])
    net.break_page(new["url"], 503)
    for runs in (1, 2, 3):
        crawl(net.registry_path, "wirenews", store, "-s", "RETRY_TIMES=0", "-s", "DISCOVERY_RETRY_RUNS=2")
        with open_store(f"sqlite:///{store}") as s:
            left = s.get_state("wirenews")["retry_urls"]
        # Failed, then retried by 2 later runs that failed too: given up (logged).
        assert left == ([[new["url"], runs]] if runs <= 2 else []), (runs, left)
    net.break_page(new["url"], 404)
    net.publish(1, sites=["wirenews"])
    gone = crawl(net.registry_path, "wirenews", store, "-s", "RETRY_TIMES=0", "-a", "full=1")
    assert gone.stats.get("fetch/gone") == 1 and not gone.stats.get("fetch/failed")


def test_killed_run_is_followed_by_one_that_fills_the_gap(fresh_mirrornet, tmp_path):
    net = fresh_mirrornet(size=120, crawl_delay=None)
    site, store = "batamkini", tmp_path / "s.sqlite"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env.update(NEWSCRAWL_SITES=str(net.registry_path), NEWSCRAWL_STORE=f"sqlite:///{store}")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            site,
            *FAST,
            "-s",
            "LOG_LEVEL=DEBUG",
            "-s",
            "STORE_BATCH_SIZE=5",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        ],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    stored_lines = 0
    try:
        for line in proc.stderr:
            if re.search(r"Stored http", line):
                stored_lines += 1
                if stored_lines >= 20:
                    break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with open_store(f"sqlite:///{store}") as s:
        after_kill = {a["url_key"] for a in s.iter_articles(site)}
        dead = list(s.iter_runs())[0]
    assert 20 <= len(after_kill) < len(truth_keys(net, site))
    assert dead["status"] == "running" and "finished_at" not in dead

    second = crawl(net.registry_path, site, store)
    assert second.stored == truth_keys(net, site)
    assert second.stats.get("store/inserted") == len(truth_keys(net, site)) - len(after_kill)
    assert second.stats.get("store/updated", 0) == 0


@pytest.mark.parametrize("site", ["batamkini", "kabarmirror", "beritablog", "wirenews", "globalwire", "jsmirror"])
def test_probe_prints_an_entry_that_crawls_the_whole_site(mirrornet, site, tmp_path):
    if site == "jsmirror" and not HAS_BROWSER and not os.environ.get("CI"):
        pytest.skip("jsmirror needs Chromium (apt-get install chromium)")
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "probe", mirrornet.sites[site]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    registry = tmp_path / "probed.toml"
    registry.write_text(proc.stdout)
    (probed,) = load_file(registry).values()
    expected = load_file(mirrornet.registry_path)[site]
    assert (probed.family, probed.language, probed.timezone, probed.render) == (
        expected.family,
        expected.language,
        expected.timezone,
        expected.render,
    ), proc.stdout
    run = crawl(registry, probed.name, tmp_path / "s.sqlite")
    assert run.stored == truth_keys(mirrornet, site)


def _crawl_process(registry: Path, site: str, store: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env.update(NEWSCRAWL_SITES=str(registry), NEWSCRAWL_STORE=f"sqlite:///{store}")
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", site, *FAST, "-s", "LOG_LEVEL=WARNING",
         "-s", f"STORE_SPOOL_DIR={store.parent}/spool", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def test_a_store_that_cannot_be_read_stops_the_crawl_with_one_line(fresh_mirrornet, tmp_path):
    from tests.test_store import _corrupt_article_index

    net = fresh_mirrornet(size=40, crawl_delay=None)
    store = tmp_path / "s.sqlite"
    assert crawl(net.registry_path, "wirenews", store).stored == truth_keys(net, "wirenews")
    net.publish(3, sites=["wirenews"])
    _corrupt_article_index(store)
    proc = _crawl_process(net.registry_path, "wirenews", store)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert re.fullmatch(
        r"newscrawl: store failed: cannot read sqlite:///\S+: database disk image is malformed;"
        r" crawl stopped",
        last,
    ), last
    # It could not tell new from stored: it fetched no article rather than all of them again.
    assert "Stored http" not in proc.stderr and not (tmp_path / "spool").exists()


def test_a_store_that_refuses_writes_loses_nothing_and_exits_2(mirrornet, tmp_path):
    import sqlite3

    store = tmp_path / "s.sqlite"
    open_store(f"sqlite:///{store}").close()
    db = sqlite3.connect(store)
    db.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    db.close()
    proc = _crawl_process(mirrornet.registry_path, "wirenews", store, "-s", "STORE_RETRY_BACKOFF=0")
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    want = truth_keys(mirrornet, "wirenews")
    last = proc.stderr.strip().splitlines()[-1]
    assert re.fullmatch(
        rf"newscrawl: store sqlite:///\S+ failed: .*disk I/O error; {len(want)} articles kept in"
        rf" {tmp_path}/spool/articles-\w+\.jsonl for the next run",
        last,
    ), last
    db = sqlite3.connect(store)
    db.execute("DROP TRIGGER refuse")
    db.close()
    again = crawl(mirrornet.registry_path, "wirenews", store)
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stats["store/replayed"] == len(want)
    assert again.stored == want


def test_listed_pages_that_are_no_article_are_not_fetched_again(small_site, tmp_path):
    from datetime import datetime, timedelta, timezone

    def iso(hours_ago: float) -> str:
        return (datetime.now(timezone.utc) - timedelta(hours=hours_ago)).isoformat(timespec="seconds")

    from tests.fixtures.smallsite import article_html, listing_html

    site = small_site
    articles = [f"/2026/01/story-{n}/" for n in range(3)]
    for n, path in enumerate(articles):
        site.pages[path] = (200, "text/html", article_html(f"Ferry line story {n}", iso(3)))
    site.pages["/"] = (200, "text/html", listing_html("Small Site", "home"))
    site.pages["/tag/ferry/"] = (200, "text/html", listing_html("Ferry", "archive tag"))
    site.pages["/author/rina/"] = (200, "text/html", listing_html("Rina Hartono", "archive author"))
    short, soon = "/2026/01/short-note/", "/2026/01/coming-soon/"
    site.pages[short] = (
        200,
        "text/html",
        "<html><head><title>Note</title></head><body class='single'><p>More soon.</p></body></html>",
    )
    site.pages[soon] = (
        200,
        "text/html",
        "<html><head><title>Page not found</title></head><body><p>Sorry.</p></body></html>",
    )
    listed = [*articles, "/", "/tag/ferry/", "/author/rina/", short, soon]
    site.sitemap([(p, iso(2)) for p in listed])
    registry, store = site.registry(tmp_path / "sites.toml"), tmp_path / "s.sqlite"

    first = crawl(registry, "smallsite", store)
    assert first.returncode == 0, first.stderr[-2000:]
    assert first.stored == {url_key(site.base_url + p[1:]) for p in articles}
    with open_store(f"sqlite:///{store}") as s:
        state = s.get_state("smallsite")
    assert {(url[len(site.base_url) - 1 :], kind) for url, kind, _ in state["non_articles"]} == {
        ("/", "home"),
        ("/tag/ferry/", "tag"),
        ("/author/rina/", "author"),
    }
    # A soft 404 and a page too short to be an article (a stub filled in later): retried.
    assert [url for url, _ in state["retry_urls"]] == [site.base_url + p[1:] for p in sorted((short, soon))]

    second = crawl(registry, "smallsite", store)
    assert second.stats["discovery/skipped_non_article"] == 3
    assert all(site.hits[p] == 1 for p in ("/", "/tag/ferry/", "/author/rina/")), site.hits
    assert site.hits[soon] == 2 and site.hits[short] == 2  # retried, not forgotten

    # Both were filled in; the home page's lastmod moves, as it does with every post, but it
    # never becomes an article.
    site.pages[short] = (200, "text/html", article_html("A note that grew", iso(0.5)))
    site.pages[soon] = (200, "text/html", article_html("Now published", iso(0.5)))
    site.sitemap([*[(p, iso(2)) for p in listed if p != "/"], ("/", iso(0))])
    third = crawl(registry, "smallsite", store)
    assert third.returncode == 0, third.stderr[-2000:]
    assert third.stats["discovery/skipped_non_article"] == 3
    assert site.hits["/"] == 1 and site.hits[short] == 3
    assert {url_key(site.base_url + p[1:]) for p in (short, soon)} <= third.stored
    with open_store(f"sqlite:///{store}") as s:
        state = s.get_state("smallsite")
    assert short not in {url[len(site.base_url) - 1 :] for url, _, _ in state["non_articles"]}
    assert state["retry_urls"] == []
