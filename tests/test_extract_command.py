"""``scrapy extract``: saved pages in, one JSON object per page out."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from newscrawl.commands.extract import site_for_url
from newscrawl.sites import load_registry

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).with_name("pages_html")
POST_URL = "https://sindobatam.com/2023/09/13/putin-janjikan-bantuan-satelit/"


def scrapy(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NEWSCRAWL_SITES", None)
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_extract_one_file_with_its_url() -> None:
    done = scrapy("extract", str(PAGES / "sindobatam_post.html"), "--url", POST_URL)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["path"] == str(PAGES / "sindobatam_post.html")
    assert record["site"] == "sindobatam"  # found from the URL's host in the registry
    assert record["title"] == "Putin Janjikan Bantuan Satelit untuk Pyongyang"
    assert record["published_at"] == "2023-09-13T03:15:00+00:00"
    # As the page shows it under the headline: "Rabu, 13 September 2023 10:15 WIB".
    assert (record["published_precision"], record["published_local"]) == ("minute", "2023-09-13T10:15:00+07:00")
    assert record["attribution"]["publisher"] == "NDTV"
    assert record["dateline"] == "Moskow"


def test_extract_from_a_gzipped_list(tmp_path: Path) -> None:
    listing = tmp_path / "pages.tsv.gz"
    rows = [
        f"{PAGES / 'sindobatam_post.html'}\t{POST_URL}",
        f"{PAGES / 'wordpress_tag.html'}\thttps://sindobatam.com/tag/korea-utara/",
        "# a comment",
        f"{PAGES / 'aggregator.html'}\thttps://newsroundup.example/business/markets",
    ]
    listing.write_bytes(gzip.compress("\n".join(rows).encode()))
    done = scrapy("extract", "--from-list", str(listing))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.strip().splitlines()]
    assert [r["path"] for r in records] == [
        str(PAGES / n) for n in ("sindobatam_post.html", "wordpress_tag.html", "aggregator.html")
    ]
    assert records[1]["article"] is None and records[1]["reason"] == "not_article:tag"
    assert records[2]["authors"] == ["Maria Lopez", "Tom Becker"]
    assert records[2]["site"] is None


def test_usage_errors_are_one_line() -> None:
    done = scrapy("extract")
    assert done.returncode != 0
    assert "FILE" in done.stderr and "Traceback" not in done.stderr
    missing = scrapy("extract", "/nonexistent/page.html")
    assert missing.returncode == 1
    assert "cannot read /nonexistent/page.html" in missing.stderr


def test_a_url_that_does_not_parse_is_one_line() -> None:
    done = scrapy("extract", str(PAGES / "sindobatam_post.html"), "--url", "https://[x/")
    assert done.returncode == 2
    assert done.stderr == "newscrawl: --url 'https://[x/': Invalid IPv6 URL\n"
    assert done.stdout == ""


def test_a_bad_line_in_the_list_costs_that_page_only(tmp_path: Path) -> None:
    listing = tmp_path / "pages.tsv"
    post = PAGES / "sindobatam_post.html"
    listing.write_text(f"{post}\thttps://[x/\n{post}\t{POST_URL}\n{post}\thttp://a.example:99999/x\n", encoding="utf-8")
    done = scrapy("extract", "--from-list", str(listing))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"newscrawl: {post}: skipped, bad URL 'https://[x/': Invalid IPv6 URL",
        f"newscrawl: {post}: skipped, bad URL 'http://a.example:99999/x': Port out of range 0-65535",
    ]
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["url"] for r in records] == [POST_URL] and records[0]["site"] == "sindobatam"


def test_broken_gzip_is_a_cannot_read_line(tmp_path: Path) -> None:
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(gzip.compress(b"<html><body><p>words</p></body></html>" * 50)[:40])
    done = scrapy("extract", str(cut))
    assert done.returncode == 1
    assert done.stderr.startswith(f"newscrawl: cannot read {cut}: broken gzip data (")
    assert len(done.stderr.splitlines()) == 1


def test_site_for_url_is_none_for_a_url_that_does_not_parse() -> None:
    sites = load_registry()
    assert site_for_url(POST_URL, sites).name == "sindobatam"
    assert site_for_url("https://[x/", sites) is None
    assert site_for_url("https://sindobatam.com:99999/", sites) is None


def test_extract_logs_as_scrapy_crawl_does() -> None:
    page = str(PAGES / "sindobatam_post.html")
    quiet = scrapy("extract", page, "--url", POST_URL)
    assert quiet.returncode == 0 and quiet.stderr == ""  # WARNING by default: nothing to say
    for options in (["-L", "DEBUG"], ["-s", "LOG_LEVEL=DEBUG"]):
        loud = scrapy("extract", page, "--url", POST_URL, *options)
        assert loud.returncode == 0 and loud.stdout == quiet.stdout
        assert "] DEBUG: " in loud.stderr, options


def test_extract_log_file_and_nolog(tmp_path) -> None:
    page, log = str(PAGES / "sindobatam_post.html"), tmp_path / "extract.log"
    done = scrapy("extract", page, "--url", POST_URL, "-L", "DEBUG", "--logfile", str(log))
    assert done.returncode == 0 and done.stderr == ""
    assert "] DEBUG: " in log.read_text()
    assert scrapy("extract", page, "--url", POST_URL, "-L", "DEBUG", "--nolog").stderr == ""


def test_fetched_at_anchors_relative_dates(tmp_path: Path) -> None:
    story = "".join(
        f"<p>Paragraph {n} says the water board will repair the old reservoir wall this summer after "
        f"inspectors found cracks along its northern side during the spring survey of the dam.</p>"
        for n in range(1, 5)
    )
    saved = tmp_path / "page.html"
    saved.write_text(
        f"<html><body><article><h1>Reservoir wall to be repaired this summer</h1>"
        f'<div class="time">Published 3 hours ago</div><div class="time">Updated 2 hours ago</div>{story}</article></body></html>'
    )
    url = "https://water.example/news/reservoir-wall"
    with_time = scrapy("extract", str(saved), "--url", url, "--fetched-at", "2025-03-04T12:00:00+02:00")
    assert with_time.returncode == 0, with_time.stderr
    record = json.loads(with_time.stdout)
    assert record["published_at"] == "2025-03-04T07:00:00+00:00"
    assert record["modified_at"] == "2025-03-04T08:00:00+00:00"
    assert record["fetched_at"] == "2025-03-04T10:00:00+00:00"
    # No fetch time: no date rather than one counted from the time of reading.
    assert json.loads(scrapy("extract", str(saved), "--url", url).stdout)["published_at"] is None
    bad = scrapy("extract", str(saved), "--url", url, "--fetched-at", "this morning")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--fetched-at" in bad.stderr


def test_a_day_alone_prints_the_pages_own_day(tmp_path: Path) -> None:
    # A page that gives only the day, on an Indonesian site: the UTC instant is the day before,
    # so the record says the day the page gives, and that its time is unknown.
    headline = "Banjir rob merendam jalan pesisir selama dua hari"
    ld = json.dumps({"@type": "NewsArticle", "headline": headline, "datePublished": "2025-11-24"})
    story = "".join(
        f"<p>Paragraf {n}: banjir rob merendam jalan pesisir selama dua hari, dan petugas menutup dua ruas "
        f"jalan sampai air surut pada Selasa sore, kata warga setempat kepada wartawan.</p>"
        for n in range(5)
    )
    page = tmp_path / "banjir.html"
    page.write_text(
        f'<html lang="id"><head><title>{headline}</title><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>{headline}</h1>{story}</article></body></html>",
        encoding="utf-8",
    )
    done = scrapy("extract", str(page), "--url", "https://kabar-pesisir.example.co.id/banjir")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["published_at"] == "2025-11-23T17:00:00+00:00"
    assert (record["published_precision"], record["published_local"]) == ("day", "2025-11-24")
    assert record["modified_precision"] is None and record["modified_local"] is None
