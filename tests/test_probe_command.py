"""``scrapy probe``: a URL that cannot be probed, or a server that breaks HTTP, is one line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newscrawl.commands.probe import absolute, fetch

ROOT = Path(__file__).resolve().parents[1]


def probe(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "probe", *args],
        cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("not a url", "holds a space or control character"),
        ("https://[x/", "Invalid IPv6 URL"),
        ("ftp://example.com/", "not an absolute http(s) URL"),
    ],
)
def test_a_url_that_cannot_be_probed_is_one_line(url, problem):
    done = probe(url)
    assert done.returncode == 2
    assert done.stderr == f"newscrawl: probe: {url!r} is not a site URL ({problem}); e.g. https://sindobatam.com/\n"
    assert done.stdout == ""


@pytest.fixture
def broken_http_server():
    """A server that answers every connection with a line that is not an HTTP status line."""
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(b"HELLO THERE\r\n\r\n")

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    server.close()


def test_a_server_that_breaks_http_is_unreachable_not_a_crash(broken_http_server):
    assert fetch(broken_http_server, "newscrawl-test") is None
    done = probe(broken_http_server)
    assert done.returncode == 2
    assert done.stderr == f"newscrawl: probe: cannot fetch {broken_http_server}: unreachable\n"


def test_links_that_do_not_parse_are_skipped():
    assert absolute("https://example.com/", "/feed/") == "https://example.com/feed/"
    assert absolute("https://example.com/", "https://[x/feed") is None


def test_a_page_with_broken_or_bomb_gzip_is_no_crash(small_site):
    import gzip
    import zlib

    from newscrawl.commands.probe import PROBE_MAX_BYTES

    broken = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + bytes(range(256)) * 8  # a gzip header, then noise
    packer = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join([packer.compress(b"<html><body>" + b" " * (1 << 20)) for _ in range(200)] + [packer.flush()])
    cut = gzip.compress(os.urandom(PROBE_MAX_BYTES + 4096))  # read only up to PROBE_MAX_BYTES: cut short
    for path, body in {"/broken": broken, "/bomb": bomb, "/cut": cut}.items():
        small_site.pages[path] = (200, "text/html", body)
        small_site.headers[path] = {"Content-Encoding": "gzip"}
        fetched = fetch(small_site.base_url + path[1:], "newscrawl-test")  # raised zlib.error / EOFError
        assert fetched is not None and fetched.status == 200, path
        assert len(fetched.body) <= PROBE_MAX_BYTES, path  # the bomb unpacked to 200 MB
    done = probe(small_site.base_url + "broken")
    assert "Traceback" not in done.stderr
