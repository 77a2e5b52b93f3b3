"""A handful of real pages from ../shared/data (skipped when the data is absent): no crash, sane fields."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from newscrawl.pages import GenericPage

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
ARCHIVE = DATA / "readability-testpages" / "test-pages.tar.xz"
NAMES = ("bbc-1", "guardian-1", "medium-1", "wordpress", "nytimes-3")


@pytest.fixture(scope="module")
def readability_pages() -> dict[str, tuple[bytes, dict]]:
    if not ARCHIVE.exists():
        pytest.skip("no shared evaluation data")
    pages: dict[str, tuple[bytes, dict]] = {}
    with tarfile.open(ARCHIVE) as tar:
        for name in NAMES:
            source = tar.extractfile(f"test-pages/{name}/source.html")
            meta = tar.extractfile(f"test-pages/{name}/expected-metadata.json")
            if source and meta:
                pages[name] = (source.read(), json.loads(meta.read()))
    return pages


@pytest.mark.parametrize("name", NAMES)
def test_real_news_page(readability_pages: dict, name: str) -> None:
    html, meta = readability_pages[name]
    article = GenericPage(html, f"https://example.org/{name}/story.html").to_item()
    assert article.body and article.word_count > 100
    assert article.title
    assert article.language == (meta.get("lang") or article.language)[:2]
    if meta.get("publishedTime"):
        assert article.published_at is not None
        assert article.published_at.date().isoformat() == meta["publishedTime"][:10]
