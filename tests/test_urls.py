from __future__ import annotations

import pytest

from newscrawl.urls import url_key, url_problem

SAME = [
    "https://example.com/news/a-story",
    "http://example.com/news/a-story",
    "https://www.example.com/news/a-story/",
    "https://EXAMPLE.com/news/a-story?utm_source=fb&utm_medium=social",
    "https://example.com/news/a-story/amp/",
    "https://example.com/amp/news/a-story",
    "https://example.com/news/a-story?amp=1",
    "https://example.com/news/a-story#comments",
    "https://example.com:443/news/a-story?fbclid=abc",
]


@pytest.mark.parametrize("url", SAME)
def test_variants_share_one_key(url):
    assert url_key(url) == "example.com/news/a-story"


def test_content_parameters_are_kept_and_sorted():
    assert url_key("https://example.com/?p=12&lang=id") == "example.com/?lang=id&p=12"
    assert url_key("https://example.com/read?id=1") != url_key("https://example.com/read?id=2")


def test_non_default_ports_are_distinct_sites():
    assert url_key("http://127.0.0.1:8001/a/") == "127.0.0.1:8001/a"
    assert url_key("http://127.0.0.1:8001/a") != url_key("http://127.0.0.1:8002/a")


def test_amp_html_suffix():
    assert url_key("https://example.com/a.amp.html") == url_key("https://example.com/a.html")


@pytest.mark.parametrize(
    ("url", "web", "problem"),
    [
        ("https://example.com/a", True, None),
        ("http://127.0.0.1:8080/", True, None),
        ("https://[x/", True, "Invalid IPv6 URL"),
        ("https://[x/", False, "Invalid IPv6 URL"),
        ("http://example.com:99999/", False, "Port out of range 0-65535"),
        ("not a url", True, "holds a space or control character"),
        ("not a url", False, None),  # dedupe input: only needs a key
        ("example.com/a", True, "not an absolute http(s) URL"),
        ("file:///tmp/a.html", True, "not an absolute http(s) URL"),
        (123, False, "not a string but int"),
    ],
)
def test_url_problem_says_why_a_url_cannot_be_used(url, web, problem):
    assert url_problem(url, web=web) == problem
    if problem is None:
        url_key(url)  # what the check stands for: the key can be made
