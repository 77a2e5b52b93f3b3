from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from itemadapter import ItemAdapter

from newscrawl.items import Article, Attribution, article_from_doc, article_to_doc, body_hash, normalize_body


def test_body_hash_ignores_case_punctuation_and_spacing():
    a = "Moskow: Kim Jong Un tiba.\n\nIa bertemu Putin!"
    b = "moskow  kim jong un tiba\nia bertemu putin"
    assert normalize_body(a) == normalize_body(b)
    assert body_hash(a) == body_hash(b)
    assert body_hash(a) != body_hash(a + " Lagi.")


def test_finalize_fills_hash_and_word_count():
    article = Article(url="https://x.example/a", body="Satu dua tiga.\n\nEmpat lima.").finalize()
    assert article.word_count == 5
    assert article.content_hash == body_hash("Satu dua tiga. Empat lima.")


def test_doc_round_trip_keeps_times_aware_and_utc():
    wib = timezone(timedelta(hours=7))
    article = Article(
        url="https://x.example/a",
        published_at=datetime(2023, 9, 13, 10, 15, tzinfo=wib),
        attribution=Attribution(publisher="NDTV", agencies=["AFP"]),
        tags=["Rusia"],
    )
    doc = article_to_doc(article)
    assert doc["published_at"] == "2023-09-13T03:15:00+00:00"
    assert doc["attribution"] == {"publisher": "NDTV", "agencies": ["AFP"], "credit": None, "original_url": None}
    back = article_from_doc(doc)
    assert back.published_at == article.published_at
    assert back.attribution.publisher == "NDTV"


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        article_to_doc(Article(url="https://x.example/a", published_at=datetime(2023, 9, 13, 10, 15)))


def test_pipelines_see_articles_through_itemadapter():
    adapter = ItemAdapter(Article(url="https://x.example/a", title="T"))
    assert adapter["title"] == "T"
    assert "story_id" in adapter.field_names()
    assert adapter.asdict()["attribution"]["agencies"] == []
