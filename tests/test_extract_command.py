"""``scrapy extract``: saved pages in, one JSON object per page out."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

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
