"""Crawls of the small local site (tests/fixtures/smallsite.py) where a new article must not be
missed: a post listed before it is live, a stub filled in later, a pinned feed entry, a child
sitemap that fails once, an outage, a state write that fails, a backdated post."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from newscrawl.store import open_store
from newscrawl.urls import url_key
from tests.fixtures.smallsite import article_html, listing_html
from tests.test_crawl import crawl

pytestmark = pytest.mark.slow


def iso(hours_ago: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(hours=hours_ago)).isoformat(timespec="seconds")


def rfc(hours_ago: float) -> str:
    return format_datetime(datetime.now(timezone.utc) - timedelta(hours=hours_ago))


def state_of(store: Path) -> dict:
    with open_store(f"sqlite:///{store}") as s:
        return s.get_state("smallsite")


def key(site, path: str) -> str:
    return url_key(site.base_url + path[1:])


def registry(site, path: Path, routes: list[str], sitemaps: tuple[str, ...] = (), feeds: tuple[str, ...] = ()) -> Path:
    path.write_text(
        f'[[site]]\nname = "smallsite"\nbase_url = "{site.base_url}"\ndomains = ["127.0.0.1"]\n'
        'family = "generic"\nlanguage = "en"\ntimezone = "UTC"\npublisher = "Small Site"\n'
        f"[site.discovery]\nroutes = {json.dumps(routes)}\n"
        f"sitemaps = {json.dumps([site.base_url + p[1:] for p in sitemaps])}\n"
        f"feeds = {json.dumps([site.base_url + p[1:] for p in feeds])}\n",
        encoding="utf-8",
    )
    return path


def feed(site, entries: list[tuple[str, str]]) -> None:
    items = "".join(
        f"<item><title>t</title><link>{site.base_url.rstrip('/')}{p}</link><pubDate>{d}</pubDate></item>"
        for p, d in entries
    )
    site.pages["/feed/"] = (
        200,
        "application/rss+xml",
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>{items}</channel></rss>",
    )


def urlset(site, entries: list[tuple[str, str]]) -> tuple[int, str, str]:
    urls = "".join(f"<url><loc>{site.base_url.rstrip('/')}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
    return (
        200,
        "application/xml",
        (f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"),
    )


def stub_html(title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body class='single'><h1>{title}</h1>"
        "<p>Developing story. More soon.</p></body></html>"
    )


OLD = ["/2026/01/a/", "/2026/01/b/"]


def _old_articles(site, hours_ago: float = 3) -> None:
    for path in OLD:
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(hours_ago)))


def test_a_listed_post_redirected_to_the_home_page_is_retried_not_remembered(small_site, tmp_path):
    site = small_site
    _old_articles(site)
    site.pages["/"] = (200, "text/html", listing_html("Small Site", "home"))
    post = "/2026/01/scheduled-post/"
    site.redirects[post] = "/"  # not live yet: the site sends readers to its home page
    site.sitemap([(p, iso(2)) for p in OLD] + [(post, iso(1))])
    reg, store = registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)), tmp_path / "s.sqlite"
    first = crawl(reg, "smallsite", store)
    assert first.returncode == 0, first.stderr[-2000:]
    state = state_of(store)
    assert not state.get("non_articles")
    assert [url for url, _ in state["retry_urls"]] == [site.base_url + post[1:]]
    del site.redirects[post]
    site.pages[post] = (200, "text/html", article_html("The scheduled post is live", iso(0.2)))
    second = crawl(reg, "smallsite", store)
    assert key(site, post) in second.stored
    assert state_of(store)["retry_urls"] == []


def _with_a_listed_stub(site, tmp_path: Path, post: str, title: str) -> tuple[Path, Path]:
    """The old articles and a stub at ``post``, listed in a feed: (registry, store)."""
    _old_articles(site)
    site.pages[post] = (200, "text/html", stub_html(title))
    feed(site, [(post, rfc(0.5))] + [(p, rfc(3)) for p in OLD])
    return registry(site, tmp_path / "sites.toml", ["feed"], feeds=("/feed/",)), tmp_path / "s.sqlite"


def test_a_stub_filled_in_later_is_fetched_again(small_site, tmp_path):
    site = small_site
    post = "/2026/01/breaking/"
    reg, store = _with_a_listed_stub(site, tmp_path, post, "Ferry capsizes off the coast")
    first = crawl(reg, "smallsite", store)
    assert first.stored == {key(site, p) for p in OLD}
    state = state_of(store)
    assert not state.get("non_articles") and [u for u, _ in state["retry_urls"]] == [site.base_url + post[1:]]
    site.pages[post] = (200, "text/html", article_html("Ferry capsizes off the coast", iso(0.5)))  # filled in
    second = crawl(reg, "smallsite", store)
    assert key(site, post) in second.stored and site.hits[post] == 2


def test_a_stub_is_given_up_after_the_retry_runs(small_site, tmp_path):
    site = small_site
    post = "/2026/01/stays-short/"
    reg, store = _with_a_listed_stub(site, tmp_path, post, "A photo caption")
    for _ in range(3):
        crawl(reg, "smallsite", store, "-s", "DISCOVERY_RETRY_RUNS=1")
    state = state_of(store)
    assert state["retry_urls"] == []
    assert [(u, kind) for u, kind, _ in state["non_articles"]] == [(site.base_url + post[1:], "given_up")]
    assert site.hits[post] == 2  # the first run, one retry; then given up and no longer fetched while listed


def test_a_run_where_no_listed_page_was_an_article_does_not_move_the_mark(small_site, tmp_path):
    site = small_site
    posts = [f"/2026/01/js-{n}/" for n in range(3)]
    for path in posts:  # a script-built page fetched without its browser: a shell, too short
        site.pages[path] = (200, "text/html", stub_html("Loading"))
    site.sitemap([(p, iso(30 * 24)) for p in posts])
    reg, store = registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)), tmp_path / "s.sqlite"
    first = crawl(reg, "smallsite", store)
    assert first.returncode == 0, first.stderr[-2000:]
    state = state_of(store)
    assert "hwm" not in state and len(state["retry_urls"]) == 3
    for path in posts:
        site.pages[path] = (200, "text/html", article_html(f"Story {path}", iso(30 * 24)))
    second = crawl(reg, "smallsite", store)
    assert second.stored == {key(site, p) for p in posts}
    assert "hwm" in state_of(store)


NEWS_NS = (
    "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'"
)


def test_a_news_sitemap_index_is_not_taken_as_complete(small_site, tmp_path):
    site = small_site
    recent = ["/2026/11/recent-a/", "/2026/11/recent-b/"]
    older = [f"/2026/10/older-{n}/" for n in range(3)]
    for path in recent:
        site.pages[path] = (200, "text/html", article_html(f"Ferry story {path}", iso(3)))
    for n, path in enumerate(older):
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(24 * (10 + n))))
    news = "".join(
        f"<url><loc>{site.base_url.rstrip('/')}{p}</loc><news:news><news:publication_date>{iso(3)}"
        "</news:publication_date></news:news></url>"
        for p in recent
    )
    site.pages["/news-sitemap1.xml"] = (
        200,
        "application/xml",
        f"<?xml version='1.0'?><urlset {NEWS_NS}>{news}</urlset>",
    )
    site.pages["/news-sitemap-index.xml"] = (
        200,
        "application/xml",
        f"<?xml version='1.0'?><sitemapindex {NEWS_NS}>"
        f"<sitemap><loc>{site.base_url}news-sitemap1.xml</loc></sitemap></sitemapindex>",
    )
    site.sitemap([(p, iso(3)) for p in recent] + [(p, iso(24 * 10)) for p in older])
    reg = registry(
        site, tmp_path / "sites.toml", ["news_sitemap", "sitemap"], sitemaps=("/news-sitemap-index.xml", "/sitemap.xml")
    )
    first = crawl(reg, "smallsite", tmp_path / "s.sqlite")
    assert first.stored == {key(site, p) for p in recent + older}


def test_a_pinned_old_feed_entry_does_not_hide_new_posts(small_site, tmp_path):
    site = small_site
    pinned = "/2026/10/pinned-guide/"
    old = [f"/2026/11/old-{n}/" for n in range(3)]
    for path in old:
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(30)))
    site.pages[pinned] = (200, "text/html", article_html("How to reach the islands", iso(24 * 40)))
    listed = [(p, 30.0) for p in old] + [(pinned, 24.0 * 40)]
    feed(site, [(pinned, rfc(24 * 40))] + [(p, rfc(30)) for p in old])
    site.sitemap([(p, iso(h)) for p, h in listed])
    reg, store = (
        registry(site, tmp_path / "sites.toml", ["feed", "sitemap"], sitemaps=("/sitemap.xml",), feeds=("/feed/",)),
        tmp_path / "s.sqlite",
    )
    crawl(reg, "smallsite", store)
    new = [(f"/2026/11/new-{n:02d}/", 0.1 * (15 - n)) for n in range(15)]
    for path, hours in new:
        site.pages[path] = (200, "text/html", article_html(f"Ferry news {path}", iso(hours)))
    newest = sorted(new, key=lambda e: e[1])[:9]
    feed(site, [(pinned, rfc(24 * 40))] + [(p, rfc(h)) for p, h in newest])  # pinned on top, then the 9 newest
    site.sitemap([(p, iso(h)) for p, h in listed + new])
    second = crawl(reg, "smallsite", store)
    assert {key(site, p) for p, _ in new} <= second.stored
    # A feed that does reach back (entries older than the window, not just the pinned one) is trusted.
    hits = site.hits["/sitemap.xml"]
    feed(site, [(pinned, rfc(24 * 40))] + [(p, rfc(h)) for p, h in newest] + [(p, rfc(30)) for p in old])
    crawl(reg, "smallsite", store)
    assert site.hits["/sitemap.xml"] == hits


def _index(site, children: list[tuple[str, str]]) -> None:
    items = "".join(f"<sitemap><loc>{site.base_url}{p[1:]}</loc><lastmod>{m}</lastmod></sitemap>" for p, m in children)
    site.pages["/sitemap.xml"] = (
        200,
        "application/xml",
        "<?xml version='1.0'?><sitemapindex "
        f"xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{items}</sitemapindex>",
    )


def test_a_child_sitemap_that_fails_holds_the_mark_and_is_read_next_run(small_site, tmp_path):
    site = small_site
    paths = {p: h for p, h in [("/2026/10/a/", 100), ("/2026/10/b/", 100), ("/2026/11/c/", 1), ("/2026/11/d/", 50)]}
    for path, hours in paths.items():
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(hours)))
    site.pages["/post-sitemap1.xml"] = urlset(site, [("/2026/10/a/", iso(100))])
    site.pages["/post-sitemap2.xml"] = urlset(site, [("/2026/10/b/", iso(100))])
    _index(site, [("/post-sitemap1.xml", iso(100)), ("/post-sitemap2.xml", iso(100))])
    reg, store = registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)), tmp_path / "s.sqlite"
    first = crawl(reg, "smallsite", store)
    assert first.returncode == 0 and len(first.stored) == 2, first.stderr[-2000:]
    hwm = state_of(store)["hwm"]
    # c is new in the first child; d (published 50 hours ago) in the second, which is down.
    site.pages["/post-sitemap1.xml"] = urlset(site, [("/2026/10/a/", iso(100)), ("/2026/11/c/", iso(1))])
    site.pages["/post-sitemap2.xml"] = (500, "text/html", "<title>Internal Server Error</title>")
    _index(site, [("/post-sitemap1.xml", iso(1)), ("/post-sitemap2.xml", iso(50))])
    second = crawl(reg, "smallsite", store, "-s", "RETRY_TIMES=0")
    assert second.returncode == 1, second.stderr[-3000:]
    assert "1 discovery document(s)" in second.stderr.strip().splitlines()[-1]
    assert key(site, "/2026/11/c/") in second.stored
    assert state_of(store)["hwm"] == hwm  # not moved past what the failed child lists
    site.pages["/post-sitemap2.xml"] = urlset(site, [("/2026/10/b/", iso(100)), ("/2026/11/d/", iso(50))])
    third = crawl(reg, "smallsite", store)
    assert third.returncode == 0, third.stderr[-2000:]
    assert third.stored == {key(site, p) for p in paths}


def _with_a_flaky_post(site, tmp_path: Path) -> tuple[str, Path, Path]:
    """Two articles and one that answers 500, listed in a sitemap: (flaky path, registry, store)."""
    ok, flaky = ["/2026/11/a/", "/2026/11/b/"], "/2026/11/flaky/"
    for path in ok:
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(1)))
    site.pages[flaky] = (500, "text/html", "<title>oops</title>")
    site.sitemap([(flaky, iso(30))] + [(p, iso(1)) for p in ok])
    return (
        flaky,
        registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)),
        tmp_path / "s.sqlite",
    )


def test_runs_while_the_site_is_down_do_not_use_up_the_retries(small_site, tmp_path):
    site = small_site
    flaky, reg, store = _with_a_flaky_post(site, tmp_path)
    retries = ("-s", "DISCOVERY_RETRY_RUNS=1", "-s", "RETRY_TIMES=0")
    crawl(reg, "smallsite", store, *retries)
    assert state_of(store)["retry_urls"] == [[site.base_url + flaky[1:], 1]]
    site.up = False
    for _ in range(2):
        down = crawl(reg, "smallsite", store, *retries)
        assert down.returncode == 1 and "does not answer" in down.stderr, down.stderr[-2000:]
    assert state_of(store)["retry_urls"] == [[site.base_url + flaky[1:], 1]]
    site.up = True
    site.pages[flaky] = (200, "text/html", article_html("Flaky story now answers", iso(30)))
    back = crawl(reg, "smallsite", store, *retries)
    assert key(site, flaky) in back.stored


def test_a_state_write_that_fails_saves_nothing_and_exits_2(small_site, tmp_path):
    import sqlite3

    site = small_site
    flaky, reg, store = _with_a_flaky_post(site, tmp_path)
    open_store(f"sqlite:///{store}").close()
    db = sqlite3.connect(store)
    for event in ("INSERT", "UPDATE"):
        db.execute(
            f"CREATE TRIGGER refuse_{event} BEFORE {event} ON crawl_state "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
    db.close()
    first = crawl(reg, "smallsite", store, "-s", "RETRY_TIMES=0", "-s", "STORE_RETRY_BACKOFF=0")
    assert first.returncode == 2, first.stderr[-2000:]
    assert "crawl state not saved" in first.stderr.strip().splitlines()[-1]
    assert state_of(store) == {}  # no mark saved without the retry it leaves behind
    db = sqlite3.connect(store)
    db.executescript("DROP TRIGGER refuse_INSERT; DROP TRIGGER refuse_UPDATE;")
    db.close()
    site.pages[flaky] = (200, "text/html", article_html("Flaky story now answers", iso(30)))
    second = crawl(reg, "smallsite", store)
    assert second.returncode == 0 and key(site, flaky) in second.stored


@pytest.mark.parametrize("route", ["feed", "sitemap"])
def test_a_backdated_post_is_fetched(small_site, tmp_path, route):
    site = small_site
    _old_articles(site)
    feed(site, [(p, rfc(3)) for p in OLD])
    site.sitemap([(p, iso(3)) for p in OLD])
    reg, store = (
        registry(site, tmp_path / "sites.toml", [route], sitemaps=("/sitemap.xml",), feeds=("/feed/",)),
        tmp_path / "s.sqlite",
    )
    crawl(reg, "smallsite", store)
    post = "/2026/01/backdated/"  # new, dated three days back: long before the mark
    site.pages[post] = (200, "text/html", article_html("Court ruling from last week", iso(72)))
    feed(site, [(post, rfc(72))] + [(p, rfc(3)) for p in OLD])
    site.sitemap([(post, iso(72))] + [(p, iso(3)) for p in OLD])
    second = crawl(reg, "smallsite", store)
    assert key(site, post) in second.stored
    assert site.hits[OLD[0]] == 1  # what the store has is not fetched again


def _rest(site, posts: list[tuple[str, float, float]]) -> None:
    """The REST posts list, whatever the query: (path, hours since published, since modified)."""

    def gmt(hours: float) -> str:
        return (datetime.now(timezone.utc) - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S")

    body = [
        {"id": n, "link": site.base_url + p[1:], "date_gmt": gmt(h), "modified_gmt": gmt(m)}
        for n, (p, h, m) in enumerate(posts)
    ]
    site.pages["/wp-json/wp/v2/posts?*"] = (200, "application/json", json.dumps(body))


def test_rest_asks_for_posts_modified_since_the_mark_and_falls_back_to_after(small_site, tmp_path):
    site = small_site
    _old_articles(site)
    reg = tmp_path / "sites.toml"
    registry(site, reg, ["rest"])
    reg.write_text(reg.read_text() + f'rest_url = "{site.base_url}wp-json/wp/v2/posts"\n')
    store = tmp_path / "s.sqlite"
    _rest(site, [(p, 3, 3) for p in OLD])
    crawl(reg, "smallsite", store)
    post = "/2026/01/backdated/"  # published now under a date three days back: modified now
    site.pages[post] = (200, "text/html", article_html("Court ruling from last week", iso(72)))
    _rest(site, [(post, 72, 0.1)])
    second = crawl(reg, "smallsite", store)
    assert key(site, post) in second.stored
    asked = [p for p in site.hits if p.startswith("/wp-json/")]
    assert "modified_after=" in asked[-1] and "after=" not in asked[-1].replace("modified_after=", "")
    # A WordPress older than 5.7 ignores modified_after (it lists an old post): asked by date again.
    _rest(site, [(p, 3, 3 * 24) for p in OLD])
    crawl(reg, "smallsite", store)
    asked = [p for p in site.hits if p.startswith("/wp-json/")]
    assert "modified_after=" not in asked[-1] and "after=" in asked[-1]


def test_a_listed_page_that_stays_not_found_is_retried_then_given_up(small_site, tmp_path):
    site = small_site
    _old_articles(site)
    gone, late = "/2026/01/deleted/", "/2026/01/not-live-yet/"  # both answer 404 (the server's default)
    site.sitemap([(p, iso(2)) for p in [*OLD, gone, late]])
    reg, store = registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)), tmp_path / "s.sqlite"
    budget = ("-s", "DISCOVERY_RETRY_RUNS=2")
    first = crawl(reg, "smallsite", store, *budget)
    assert first.returncode == 0 and first.stats["fetch/gone"] == 2, first.stderr[-2000:]
    assert state_of(store)["retry_urls"] == [[site.base_url + p[1:], 1] for p in (gone, late)]
    site.pages[late] = (200, "text/html", article_html("Published a little late", iso(1)))  # comes back
    second = crawl(reg, "smallsite", store, *budget)
    assert key(site, late) in second.stored
    assert state_of(store)["retry_urls"] == [[site.base_url + gone[1:], 2]]
    for _ in range(2):
        crawl(reg, "smallsite", store, *budget)
    state = state_of(store)
    assert state["retry_urls"] == []
    assert [(u, kind) for u, kind, _ in state["non_articles"]] == [(site.base_url + gone[1:], "given_up")]
    assert site.hits[gone] == 3  # the first run and two retries; then no longer fetched while listed


def test_a_script_built_site_crawled_without_its_browser_exits_1_and_keeps_its_pages(small_site, tmp_path):
    site = small_site
    posts = [f"/2026/01/js-{n}/" for n in range(3)]
    for path in posts:  # what a script-built page is without its browser: a shell, too short
        site.pages[path] = (200, "text/html", stub_html("Loading"))
    site.sitemap([(p, iso(2)) for p in posts])
    reg, store = registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)), tmp_path / "s.sqlite"
    reg.write_text(
        reg.read_text().replace('publisher = "Small Site"\n', 'publisher = "Small Site"\nrender = "browser"\n')
    )
    no_browser = ("-s", "NEWSCRAWL_BROWSER_ENABLED=0")
    for _ in range(2):
        run = crawl(reg, "smallsite", store, *no_browser)
        assert run.returncode == 1 and not run.stored, run.stderr[-2000:]
        last = run.stderr.strip().splitlines()[-1]
        assert "smallsite: its pages need a browser" in last and "NEWSCRAWL_BROWSER_ENABLED is off" in last
        # Kept to retry, and a run that could not render them does not use up their retries.
        assert state_of(store)["retry_urls"] == [[site.base_url + p[1:], 0] for p in sorted(posts)]
    for path in posts:  # the browser is back (here: the pages are served whole)
        site.pages[path] = (200, "text/html", article_html(f"Story {path}", iso(2)))
    back = crawl(reg, "smallsite", store, *no_browser)
    assert back.returncode == 0 and back.stored == {key(site, p) for p in posts}, back.stderr[-2000:]


def test_why_a_browser_site_goes_without_its_browser():
    from scrapy.settings import Settings

    from spiders.news import browser_missing

    assert browser_missing(Settings({"NEWSCRAWL_BROWSER_ENABLED": False})) == "NEWSCRAWL_BROWSER_ENABLED is off"
    missing = browser_missing(
        Settings(
            {
                "NEWSCRAWL_BROWSER_ENABLED": True,
                "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": "/nonexistent/chromium"},
            }
        )
    )
    assert missing.startswith("there is no Chromium at /nonexistent/chromium")


def test_a_failed_child_sitemap_is_kept_and_read_first_by_the_next_run(small_site, tmp_path):
    site = small_site
    paths = {"/2026/10/a/": 100, "/2026/11/c/": 1, "/2026/11/d/": 50, "/2026/11/e/": 0.5}
    for path, hours in paths.items():
        site.pages[path] = (200, "text/html", article_html(f"Harbour story {path}", iso(hours)))
    site.pages["/post-sitemap1.xml"] = urlset(site, [("/2026/10/a/", iso(100))])
    _index(site, [("/post-sitemap1.xml", iso(100))])
    reg, store = registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)), tmp_path / "s.sqlite"
    reg.write_text(reg.read_text() + "max_sitemaps = 2\n")
    crawl(reg, "smallsite", store)
    # The second child (d, 50 hours old) is down; the first has c, new.
    site.pages["/post-sitemap1.xml"] = urlset(site, [("/2026/10/a/", iso(100)), ("/2026/11/c/", iso(1))])
    site.pages["/post-sitemap2.xml"] = (500, "text/html", "<title>Internal Server Error</title>")
    _index(site, [("/post-sitemap1.xml", iso(1)), ("/post-sitemap2.xml", iso(50))])
    second = crawl(reg, "smallsite", store, "-s", "RETRY_TIMES=0")
    assert second.returncode == 1, second.stderr[-2000:]
    assert state_of(store)["failed_sitemaps"] == [[site.base_url + "post-sitemap2.xml", "sitemap", 1]]
    # Next run a third child is newer than both: the budget of two would leave the failed one out.
    site.pages["/post-sitemap2.xml"] = urlset(site, [("/2026/11/d/", iso(50))])
    site.pages["/post-sitemap3.xml"] = urlset(site, [("/2026/11/e/", iso(0.5))])
    _index(site, [("/post-sitemap1.xml", iso(1)), ("/post-sitemap2.xml", iso(50)), ("/post-sitemap3.xml", iso(0.5))])
    third = crawl(reg, "smallsite", store)
    assert third.returncode == 0, third.stderr[-2000:]
    assert third.stored == {key(site, p) for p in paths}
    assert state_of(store)["failed_sitemaps"] == []
    assert site.hits["/post-sitemap2.xml"] == 2
    # One that fails in more runs than DISCOVERY_RETRY_RUNS, long after the index dropped it, is given up.
    site.pages["/post-sitemap3.xml"] = (500, "text/html", "<title>Internal Server Error</title>")
    for runs in (1, 2, 3):
        crawl(reg, "smallsite", store, "-s", "RETRY_TIMES=0", "-s", "DISCOVERY_RETRY_RUNS=2")
        _index(site, [("/post-sitemap1.xml", iso(1))])
        left = state_of(store)["failed_sitemaps"]
        assert left == ([[site.base_url + "post-sitemap3.xml", "sitemap", runs]] if runs <= 2 else []), (runs, left)


def test_a_post_whose_slug_was_edited_is_one_article_and_one_copy(small_site, tmp_path):
    site = small_site
    _old_articles(site)
    old, new = "/2026/01/kim-arrives/", "/2026/01/kim-jong-un-arrives-in-russia/"
    published = iso(5)
    site.pages[old] = (200, "text/html", article_html("Kim arrives", published))
    site.sitemap([(p, iso(3)) for p in OLD] + [(old, published)])
    reg, store = registry(site, tmp_path / "sites.toml", ["sitemap"], sitemaps=("/sitemap.xml",)), tmp_path / "s.sqlite"
    crawl(reg, "smallsite", store)
    # The slug is edited: the post answers at its new URL, the old one redirects there.
    site.pages[new] = (
        200,
        "text/html",
        article_html("Kim arrives", published).replace(
            "<title>Kim arrives</title>", "<title>Kim Jong Un arrives in Russia</title>"
        ),
    )
    del site.pages[old]
    site.redirects[old] = new
    site.sitemap([(p, iso(3)) for p in OLD] + [(new, iso(0.5))])
    second = crawl(reg, "smallsite", store)
    assert second.returncode == 0, second.stderr[-2000:]
    assert second.stored == {key(site, p) for p in [*OLD, new]}
    assert second.stats["store/folded"] == 1
    with open_store(f"sqlite:///{store}") as s:
        assert s.get_article(site.base_url + old[1:])["url"] == site.base_url + new[1:]
        story = s.get_story(s.get_article(site.base_url + new[1:])["story_id"])
    # (This site's articles share most of their text: dedupe links them all as copies of one story.)
    post = [c["url"] for c in story["copies"] if "kim" in c["url"]]
    assert post == [site.base_url + new[1:]] and story["n_copies"] == len(story["copies"]) == 3
    # A full run fetches the old URL again (it redirects): still one row, one copy.
    third = crawl(reg, "smallsite", store, "-a", "full=1")
    assert third.stored == second.stored
    with open_store(f"sqlite:///{store}") as s:
        assert s.get_story(story["story_id"])["n_copies"] == 3
