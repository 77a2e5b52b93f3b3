"""Every simulated article extracted and compared with its ground truth, field by field.

Sites rendered by a browser are skipped (their text is not in the HTML). ``KNOWN_GAPS``
lists the (site, field) pairs that do not match the truth yet, so the test fails on any
other difference and on a gap that closes (remove it from the list then).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from datetime import datetime

import pytest

from newscrawl.items import article_to_doc
from newscrawl.pages import extract
from newscrawl.sites import load_file

FIELDS = (
    "url",
    "title",
    "body",
    "published_at",
    "modified_at",
    "published_precision",
    "modified_precision",
    "published_local",
    "modified_local",
    "authors",
    "language",
    "attribution",
    "dateline",
    "section",
    "tags",
    "image_url",
    "description",
)

#: Differences still open, by site: the fields that differ somewhere.
KNOWN_GAPS: dict[str, set[str]] = {}


def fetch(url: str) -> tuple[bytes, str, dict]:
    for _ in range(3):
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.read(), response.geturl(), dict(response.headers)
        except urllib.error.HTTPError as exc:
            if exc.code != 503:
                raise
            time.sleep(float(exc.headers.get("Retry-After") or 1) + 0.05)
    raise AssertionError(f"{url} kept answering 503")


def same(field: str, want, got) -> bool:
    if field in ("published_at", "modified_at") and want and got:
        return datetime.fromisoformat(want) == datetime.fromisoformat(got)
    if field == "attribution":
        return all(got.get(key) == value for key, value in want.items())
    return want == got


def test_every_simulated_article_matches_its_truth(mirrornet) -> None:
    sites = load_file(mirrornet.registry_path)
    differences: dict[tuple[str, str], str] = {}
    checked = 0
    for truth in mirrornet.truth:
        site = sites.get(truth["site"])
        if site is None or site.render == "browser":
            continue
        data, final_url, headers = fetch(truth["url"])
        result = extract(data, final_url, site, headers=headers)
        assert result.article is not None, f"{truth['url']}: {result.reason}"
        doc = article_to_doc(result.article)
        checked += 1
        for field in FIELDS:
            if field in truth and not same(field, truth[field], doc.get(field)):
                differences.setdefault(
                    (truth["site"], field), f"{truth['url']}: want {truth[field]!r} got {doc.get(field)!r}"
                )
    assert checked > 0
    unexpected = {k: v for k, v in differences.items() if k[1] not in KNOWN_GAPS.get(k[0], set())}
    assert not unexpected, "\n".join(
        f"{site} {field}: {example[:400]}" for (site, field), example in unexpected.items()
    )
    closed = {(s, f) for s, fs in KNOWN_GAPS.items() for f in fs if s in {t["site"] for t in mirrornet.truth}} - set(
        differences
    )
    if closed:
        pytest.fail(f"known gaps now closed, remove them from KNOWN_GAPS: {sorted(closed)}")
