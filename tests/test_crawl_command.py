"""``scrapy crawl``: a bad setting or an unknown site ends the command with one line, exit 2.

Nothing is fetched and no store is opened: the registry names a site on a closed port
and the store file must not appear.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = """\
[[site]]
name = "closedport"
base_url = "http://127.0.0.1:9/"
domains = ["127.0.0.1"]
family = "wordpress"
language = "en"
timezone = "UTC"
publisher = "Closed Port"
"""


def crawl(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, Path]:
    registry = tmp_path / "sites.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    store = tmp_path / "store.sqlite"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env.update(NEWSCRAWL_SITES=str(registry), NEWSCRAWL_STORE=f"sqlite:///{store}")
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", *args, "-s", "LOG_LEVEL=WARNING",
         "-s", f"STORE_SPOOL_DIR={tmp_path / 'spool'}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return proc, store


@pytest.mark.parametrize(
    ("setting", "line"),
    [
        ("DEDUPE_MODE=bogus", "newscrawl: bad setting DEDUPE_MODE = 'bogus': expected one of link, keep, drop"),
        ("STORE_BATCH_SIZE=abc", "newscrawl: bad setting STORE_BATCH_SIZE = 'abc': expected a whole number >= 1"),
        ("DEDUPE_WINDOW_DAYS=-1", "newscrawl: bad setting DEDUPE_WINDOW_DAYS = '-1': expected a whole number >= 0"),
        ("STORE_ENABLED=maybe", "newscrawl: bad setting STORE_ENABLED = 'maybe': expected True or False (1 or 0)"),
        (
            "DISCOVERY_OVERLAP_HOURS=abc",
            "newscrawl: bad setting DISCOVERY_OVERLAP_HOURS = 'abc': expected a number >= 0",
        ),
        ("DISCOVERY_RETRY_RUNS=x", "newscrawl: bad setting DISCOVERY_RETRY_RUNS = 'x': expected a whole number >= 1"),
        ("RUNS_ENABLED=maybe", "newscrawl: bad setting RUNS_ENABLED = 'maybe': expected True or False (1 or 0)"),
        ('ITEM_PIPELINES={"pipelines.nowhere.Pipeline": 5}', "newscrawl: bad setting ITEM_PIPELINES: cannot load"),
    ],
)
def test_bad_setting_is_one_line_before_the_store_is_opened(tmp_path, setting, line):
    proc, store = crawl(tmp_path, "closedport", "-s", setting)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith(line)
    assert "Traceback" not in proc.stderr
    assert not store.exists()


def test_unknown_site_points_to_scrapy_list(tmp_path):
    proc, store = crawl(tmp_path, "nosuchsite")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1] == (
        "newscrawl: no site or spider named 'nosuchsite'; `scrapy list` shows them"
    )
    assert "Traceback" not in proc.stderr
    assert not store.exists()


def test_bad_spider_argument_is_one_line_before_the_store_is_opened(tmp_path):
    proc, store = crawl(tmp_path, "closedport", "-a", "since=yesterday")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith("newscrawl: closedport: -a since=yesterday: expected a date")
    assert "Traceback" not in proc.stderr
    assert not store.exists()


def test_a_site_that_does_not_answer_ends_with_one_line_after_two_tries(tmp_path):
    proc, _ = crawl(tmp_path, "closedport", "-s", "RETRY_TIMES=0")
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr  # robots.txt's failure was a traceback
    assert (
        proc.stderr.strip()
        .splitlines()[-1]
        .startswith("newscrawl: closedport: http://127.0.0.1:9/ does not answer (Connection was refused")
    )
    # robots.txt and the first discovery URL, not every candidate of every route.
    assert proc.stderr.count("Connection refused") <= 5


def test_a_site_that_hangs_ends_with_one_line(tmp_path):
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(50)  # accepts connections, never answers
    port = listener.getsockname()[1]
    registry = tmp_path / "sites.toml"
    registry.write_text(REGISTRY.replace("closedport", "hangs").replace("127.0.0.1:9/", f"127.0.0.1:{port}/"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env.update(NEWSCRAWL_SITES=str(registry), NEWSCRAWL_STORE=f"sqlite:///{tmp_path}/s.sqlite")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "hangs", "-s", "LOG_LEVEL=WARNING", "-s", "RETRY_TIMES=0",
             "-s", "DOWNLOAD_TIMEOUT=1", "-s", f"STORE_SPOOL_DIR={tmp_path / 'spool'}"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        listener.close()
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert re.fullmatch(
        rf"newscrawl: hangs: http://127.0.0.1:{port}/ does not answer \(.*took longer than 1.0 seconds.*\);"
        r" nothing crawled",
        proc.stderr.strip().splitlines()[-1],
    )


def test_a_site_with_no_discovery_route_ends_with_one_line(small_site, tmp_path):
    registry = small_site.registry(tmp_path / "sites.toml")  # its sitemap.xml answers 404
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env.update(NEWSCRAWL_SITES=registry, NEWSCRAWL_STORE=f"sqlite:///{tmp_path}/s.sqlite")
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "smallsite", "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert proc.stderr.strip().splitlines()[-1] == (
        f"newscrawl: smallsite: no discovery route worked on {small_site.base_url};"
        " check the site's [site.discovery] entry"
    )
