from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from itemadapter import ItemAdapter

from newscrawl.items import (
    Article,
    Attribution,
    article_from_doc,
    article_to_doc,
    body_hash,
    local_form,
    normalize_body,
)


def test_body_hash_ignores_case_punctuation_and_spacing():
    a = "Moskow: Kim Jong Un tiba.\n\nIa bertemu Putin!"
    b = "moskow  kim jong un tiba\nia bertemu putin"
    assert normalize_body(a) == normalize_body(b)
    assert body_hash(a) == body_hash(b)
    assert body_hash(a) != body_hash(a + " Lagi.")


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, snake_case_names and 3.14 -- all_ASCII!\n\tTabs\x1cand\x7fcontrols",
        "",
        "___ --- ...",
        "Café au lait: \ufb01ne ﬁne, Straße \u00bd \u2460",
    ],
)
def test_normalize_body_keeps_the_letters_and_digits_of_nfkc_case_folded_text(text):
    import re
    import unicodedata

    expected = " ".join(re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold()))
    assert normalize_body(text) == expected


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


def test_a_day_alone_keeps_its_own_day_beside_the_utc_instant():
    # 24 November 2025 in Jakarta, no time: stored as its midnight, 17:00 UTC the day before.
    wib = timezone(timedelta(hours=7))
    article = Article(
        url="https://x.example/a",
        published_at=datetime(2025, 11, 24, tzinfo=wib),
        published_precision="day",
        modified_at=datetime(2025, 11, 25, 9, 30, tzinfo=wib),
        modified_precision="minute",
    ).finalize()
    doc = article_to_doc(article)
    assert doc["published_at"] == "2025-11-23T17:00:00+00:00"  # the instant, as sorting and queries need it
    assert doc["published_local"] == "2025-11-24" and doc["published_precision"] == "day"
    assert doc["modified_local"] == "2025-11-25T09:30:00+07:00" and doc["modified_precision"] == "minute"
    back = article_from_doc(doc)
    assert (back.published_local, back.published_precision) == ("2025-11-24", "day")
    assert back.modified_local == "2025-11-25T09:30:00+07:00"


def test_a_record_stored_before_the_precision_still_loads():
    doc = {"url": "https://x.example/a", "published_at": "2025-11-23T17:00:00+00:00", "published_raw": "24/11/2025"}
    article = article_from_doc(doc)
    assert article.published_at == datetime(2025, 11, 23, 17, tzinfo=timezone.utc)
    assert article.published_precision is None and article.published_local is None
    assert article.modified_precision is None and article.modified_local is None


def test_local_form():
    ist = timezone(timedelta(hours=5, minutes=30))
    assert local_form(None, "day") is None
    assert local_form(datetime(2025, 11, 24, tzinfo=ist), "day") == "2025-11-24"
    assert local_form(datetime(2025, 11, 24, 0, 0, tzinfo=ist), "minute") == "2025-11-24T00:00:00+05:30"
    assert local_form(datetime(2025, 11, 24, 14, 5, 7, 250, tzinfo=ist), "second") == "2025-11-24T14:05:07+05:30"
    # Unknown precision: the instant in the offset it was given in, never cut to a day.
    assert local_form(datetime(2025, 11, 24, tzinfo=timezone.utc), None) == "2025-11-24T00:00:00+00:00"
