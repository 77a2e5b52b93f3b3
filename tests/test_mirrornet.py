"""The simulated mirror network: every site serves, and the ground truth matches the pages."""

from __future__ import annotations

import gzip
import html
import json
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime
from urllib.parse import quote, urljoin

import pytest

from newscrawl.mirrornet import MirrorNet, read_truth
from newscrawl.sites import load_file
from newscrawl.urls import url_key

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class Page:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body

    @property
    def text(self) -> str:
        # Always UTF-8: one site lies about its charset in the header, as real ones do.
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET") -> Page:
    """GET without following redirects; a 503 (each flaky URL answers one) is retried once."""
    for _ in range(2):
        request = urllib.request.Request(url, headers=headers or {}, method=method)
        try:
            with _opener.open(request, timeout=10) as response:
                return Page(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as error:
            page = Page(error.code, dict(error.headers), error.read())
            if error.code != 503:
                return page
    return page


def visible_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return " ".join(text.replace("\xa0", " ").split())


def in_order(needles: list[str], haystack: str) -> list[str]:
    """The needles not found in ``haystack`` in the given order."""
    missing, pos = [], 0
    for needle in needles:
        found = haystack.find(" ".join(needle.split()), pos)
        if found < 0:
            missing.append(needle)
        else:
            pos = found + len(needle)
    return missing


def rendered_text(net: MirrorNet, record: dict) -> str:
    """What a reader sees of an article: the page text, or for the JS site the data the script renders."""
    page = fetch(record["url"])
    assert page.status == 200, record["url"]
    if record["site"] != "jsmirror":
        return visible_text(page.text)
    blob = re.search(r'<script id="__DATA__" type="application/json">(.*?)</script>', page.text, re.S)
    data = (
        json.loads(blob.group(1))
        if blob
        else fetch(urljoin(record["url"], f"/api/post/{record['post_id']}.json")).json()
    )
    return visible_text(" ".join([data["title"], *data["paragraphs"], data.get("byline") or ""]))


# -- the network as a whole ----------------------------------------------------------------


def test_every_site_serves_home_robots_and_its_articles(mirrornet):
    assert len(mirrornet.sites) >= 3
    for name, base in mirrornet.sites.items():
        assert fetch(base).status == 200, name
        robots = fetch(base + "robots.txt").text
        assert "Disallow:" in robots and "Sitemap: " in robots, name
        assert fetch(base + "no-such-page/").status == 404, name


def test_registry_loads_and_describes_every_site(mirrornet):
    sites = load_file(mirrornet.registry_path)
    assert set(sites) == set(mirrornet.sites)
    for name, site in sites.items():
        assert site.base_url == mirrornet.sites[name]
        host = site.base_url.split("//")[1].split(":")[0]
        assert site.domains == (host,)


def test_truth_file_holds_every_article_once(mirrornet):
    records = read_truth(mirrornet.truth_path)
    assert records == mirrornet.truth
    assert len(records) == 40 * len(mirrornet.sites)
    assert len({r["url"] for r in records}) == len(records)
    assert len({url_key(r["url"]) for r in records}) == len(records)
    for record in records:
        assert record["body"] and "\n\n" in record["body"]
        assert datetime.fromisoformat(record["published_at"]).tzinfo is not None
        assert record["copy_kind"] in ("original", "verbatim", "retitled", "truncated", "translated", "rewritten")


def test_truth_matches_every_served_page(mirrornet):
    # The truth cannot drift from the sites: every field a reader sees is on the page.
    problems = []
    for record in mirrornet.truth:
        text = rendered_text(mirrornet, record)
        if " ".join(record["title"].split()) not in text:
            problems.append((record["url"], "title"))
        missing = in_order(record["body"].split("\n\n"), text)
        if missing:
            problems.append((record["url"], "body", missing[0][:60]))
        for author in record["authors"]:
            if author not in text:
                problems.append((record["url"], "author", author))
        if record["attribution"]["credit"] and record["attribution"]["credit"] not in text:
            problems.append((record["url"], "credit"))
    assert problems == []


def test_pages_carry_the_truth_dates(mirrornet):
    for record in mirrornet.truth:
        page = fetch(record["url"]).text
        published = datetime.fromisoformat(record["published_at"])
        assert record["published_at"] in page or published.isoformat() in page, record["url"]
        # Stamped to the second in the site's zone: the page's own form is that stamp.
        assert f"{published:%Y-%m-%dT%H:%M:%S}" in page, record["url"]
        assert record["published_precision"] == "second"
        assert record["published_local"] == published.isoformat(timespec="seconds") == record["published_at"]
        if record["modified_at"]:
            assert record["modified_precision"] == "second"
            assert record["modified_local"] == record["modified_at"]
        else:
            assert record["modified_precision"] is None and record["modified_local"] is None


def test_same_seed_same_network_other_seed_other_content(fresh_mirrornet, mirrornet):
    again = fresh_mirrornet(size=40, seed=1)
    other = fresh_mirrornet(size=40, seed=2)

    def strip(records, net):
        out = []
        for r in records:
            r = dict(r)
            r["url"] = r["url"].replace(net.sites[r["site"]], "/")
            r["image_url"] = r["image_url"].replace(net.sites[r["site"]], "/")
            r["attribution"] = {**r["attribution"], "original_url": None}
            out.append(r)
        return out

    assert strip(again.truth, again) == strip(mirrornet.truth, mirrornet)
    assert [r["body"] for r in other.truth] != [r["body"] for r in mirrornet.truth]


# -- discovery routes ------------------------------------------------------------------------


def _sitemap_urls(url: str, depth: int = 0) -> list[str]:
    root = ET.fromstring(fetch(url).body)
    if root.tag == SM + "sitemapindex":
        out = []
        for loc in root.iter(SM + "loc"):
            out += _sitemap_urls(loc.text, depth + 1)
        return out
    return [loc.text for loc in root.iter(SM + "loc")]


@pytest.mark.parametrize("site", ["wirenews", "batamkini", "kabarmirror", "beritablog", "jsmirror", "globalwire"])
def test_sitemaps_from_robots_list_every_article(mirrornet, site):
    base = mirrornet.sites[site]
    robots = fetch(base + "robots.txt").text
    listed = set()
    for line in robots.splitlines():
        if line.startswith("Sitemap: "):
            listed.update(_sitemap_urls(line.split(" ", 1)[1]))
    truth = {r["url"] for r in mirrornet.truth_for(site)}
    assert truth <= listed


def test_wordpress_rest_pages_and_filters(mirrornet):
    base = mirrornet.sites["batamkini"]
    truth = mirrornet.truth_for("batamkini")
    first = fetch(base + "wp-json/wp/v2/posts?per_page=7")
    assert first.headers["x-wp-total"] == "40" and first.headers["x-wp-totalpages"] == "6"
    links = []
    for page in range(1, 7):
        posts = fetch(base + f"wp-json/wp/v2/posts?per_page=7&page={page}").json()
        links += [p["link"] for p in posts]
    assert links == [r["url"] for r in reversed(truth)]
    assert fetch(base + "wp-json/wp/v2/posts?per_page=7&page=7").status == 400
    # after= keeps only later posts, in both URL forms
    cut = truth[29]["published_at"]
    newer = fetch(base + f"wp-json/wp/v2/posts?per_page=100&after={quote(cut)}").json()
    assert [p["link"] for p in newer] == [r["url"] for r in reversed(truth[30:])]
    same = fetch(base + f"?rest_route=/wp/v2/posts&per_page=100&after={quote(cut)}").json()
    assert same == newer
    slim = fetch(base + "wp-json/wp/v2/posts?per_page=2&_fields=id,link,title.rendered").json()
    assert set(slim[0]) == {"id", "link", "title"} and set(slim[0]["title"]) == {"rendered"}
    oldest = fetch(base + "wp-json/wp/v2/posts?per_page=1&order=asc").json()[0]
    assert oldest["link"] == truth[0]["url"]
    assert html.unescape(oldest["title"]["rendered"]) == truth[0]["title"]


def test_feeds_list_the_newest_articles(mirrornet):
    newest = {site: [r["url"] for r in mirrornet.truth_for(site)][::-1] for site in mirrornet.sites}
    wp = fetch(mirrornet.sites["batamkini"] + "feed/").text
    assert re.findall(r"<link>(.*?)</link>", wp)[1:] == newest["batamkini"][:10]
    wp2 = fetch(mirrornet.sites["batamkini"] + "feed/?paged=2").text
    assert re.findall(r"<link>(.*?)</link>", wp2)[1:] == newest["batamkini"][10:20]
    blog = fetch(mirrornet.sites["beritablog"] + "feeds/posts/default?alt=json&max-results=5&start-index=3").json()
    links = [next(lk["href"] for lk in e["link"] if lk["rel"] == "alternate") for e in blog["feed"]["entry"]]
    assert links == newest["beritablog"][2:7]
    assert blog["feed"]["openSearch$totalResults"]["$t"] == "40"
    origin = fetch(mirrornet.sites["wirenews"] + "feeds/latest.xml").text
    assert re.findall(r"<link>(.*?)</link>", origin)[1:] == newest["wirenews"][:20]


def test_publish_adds_articles_everywhere(fresh_mirrornet):
    net = fresh_mirrornet(size=25)
    before = {r["url"] for r in net.truth}
    high_water = net.truth_for("batamkini")[-1]["published_at"]
    new = net.publish(3)
    assert len(new) == 3 * len(net.sites)
    assert not {r["url"] for r in new} & before
    base = net.sites["batamkini"]
    assert fetch(base + "wp-json/wp/v2/posts?per_page=1").headers["x-wp-total"] == "28"
    fresh = [r["url"] for r in new if r["site"] == "batamkini"]
    since = fetch(base + f"wp-json/wp/v2/posts?after={quote(high_water)}&_fields=link").json()
    assert [p["link"] for p in since] == fresh[::-1]
    assert fetch(base + f"wp-json/wp/v2/posts?after={quote(new[5]['published_at'])}").json() == []
    assert len(read_truth(net.truth_path)) == 28 * len(net.sites)
    for record in new:
        assert fetch(record["url"]).status == 200


def test_http_details(mirrornet):
    base = mirrornet.sites["batamkini"]
    record = mirrornet.truth_for("batamkini")[-1]
    head = fetch(record["url"], method="HEAD")
    got = fetch(record["url"])
    assert head.status == 200 and head.body == b""
    assert head.headers["content-length"] == got.headers["content-length"] == str(len(got.body))
    zipped = fetch(record["url"], headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert gzip.decompress(zipped.body) == got.body
    redirect = fetch(record["url"].rstrip("/"))
    assert redirect.status == 301 and redirect.headers["location"] == record["url"]
    short = fetch(base + f"?p={record['post_id']}")
    assert short.status == 301 and short.headers["location"] == record["url"]
    assert fetch(record["url"] + "?utm_source=x").status == 200
    assert fetch(base + "images/nothing.jpg").body[:2] == b"\xff\xd8"


# -- the mess real sites have ------------------------------------------------------------------


def test_the_mess(fresh_mirrornet):
    net = fresh_mirrornet(size=30)
    sites = net.sites
    # robots.txt: disallowed paths, a crawl delay, sitemap lines
    robots = fetch(sites["kabarmirror"] + "robots.txt").text
    assert "Crawl-delay: 0.1" in robots and "Disallow: /wp-admin/" in robots
    # a REST API the page advertises but that answers 404, in both URL forms
    assert "/wp-json/" in fetch(sites["kabarmirror"]).text
    assert fetch(sites["kabarmirror"] + "wp-json/wp/v2/posts").status == 404
    assert fetch(sites["kabarmirror"] + "?rest_route=/wp/v2/posts").status == 404
    # a 503 with Retry-After, once
    flaky = net.truth_for("batamkini")[3]["url"]
    first = _fetch_once(flaky)
    assert first.status == 503 and first.headers["retry-after"] == "1"
    assert _fetch_once(flaky).status == 200
    # the infinite calendar: every month links to the next one
    page = fetch(sites["wirenews"] + "calendar/2999/12/").text
    assert "/calendar/3000/01/" in page
    # the same article under other URLs
    origin = net.truth_for("wirenews")[-1]["url"]
    amp = fetch(origin.replace(sites["wirenews"], sites["wirenews"] + "amp/")).text
    assert f'rel="canonical" href="{origin}"' in amp
    assert f'rel="canonical" href="{origin}"' in fetch(origin + "/?utm_source=feed").text
    blog = net.truth_for("beritablog")[-1]["url"]
    assert fetch(blog + "?m=1").status == 200
    # a wrong charset in the header, UTF-8 bytes
    aggregated = fetch(net.truth_for("globalwire")[-1]["url"])
    assert aggregated.headers["content-type"] == "text/html; charset=iso-8859-1"
    aggregated.body.decode("utf-8")
    # a page whose text only a browser sees
    js = net.truth_for("jsmirror")[-1]
    assert js["body"].split("\n\n")[1][:40] not in visible_text(fetch(js["url"]).text)
    assert 'render = "browser"' in net.registry_path.read_text()
    # a Google News sitemap of the last two days only
    news = fetch(sites["kabarmirror"] + "news-sitemap.xml").text
    newest = datetime.fromisoformat(net.truth_for("kabarmirror")[-1]["published_at"])
    for stamp in re.findall(r"<news:publication_date>(.*?)</", news):
        assert (newest - datetime.fromisoformat(stamp)).total_seconds() <= 2 * 86400


def _fetch_once(url: str) -> Page:
    try:
        with _opener.open(url, timeout=10) as response:
            return Page(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Page(error.code, dict(error.headers), error.read())


def test_blogger_feed_filters_by_date(mirrornet):
    base = mirrornet.sites["beritablog"]
    truth = mirrornet.truth_for("beritablog")
    cut = truth[34]["published_at"]
    feed = fetch(base + f"feeds/posts/default?alt=json&published-min={quote(cut)}").json()["feed"]
    links = [next(lk["href"] for lk in e["link"] if lk["rel"] == "alternate") for e in feed["entry"]]
    assert links == [r["url"] for r in reversed(truth[34:])]


def test_hand_written_stories_cover_events_with_several_stories():
    from newscrawl.mirrornet.stories import handwritten

    stories = handwritten()
    assert len(stories) >= 30
    by_event: dict[str, list] = {}
    for story in stories:
        by_event.setdefault(story.event, []).append(story)
        counts = {len(story.text(lang).paragraphs) for lang in ("en", "id", "ms")}
        assert len(counts) == 1 and counts.pop() >= 5
    assert sum(len(group) > 1 for group in by_event.values()) >= 5


def test_command_line_prints_one_json_line_and_stops_on_sigterm(tmp_path):
    import signal
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.mirrornet", "--size", "20", "--workdir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        info = json.loads(proc.stdout.readline())
        assert set(info) >= {"sites", "registry", "truth"}
        assert len(read_truth(info["truth"])) == 20 * len(info["sites"])
        assert fetch(info["sites"]["wirenews"]).status == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
