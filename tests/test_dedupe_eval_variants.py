"""The eval's copies as mirrors make them (``benchmarks/dedupe_eval.make_variant``): what one
copy gives is what every copy of the story gives, and a credit footer is the kind its text is."""

from __future__ import annotations

import importlib
import random
import sys
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: A translated copy written for this test (a made-up harbour story), published on two mirrors a day apart.
BODY = (
    "Pelabuhan Teluk Sarangan menampung 4.800 kontainer pada pekan lalu, kata Direktur Hendra Saputra.\n\n"
    "Saputra mengatakan antrean truk berkurang setelah gerbang baru dibuka di sisi timur pelabuhan."
)


@pytest.fixture()
def dedupe_eval(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    module = importlib.import_module("dedupe_eval")
    yield module
    sys.modules.pop("dedupe_eval", None)


def _copy(published: str) -> dict:
    return {"url": "https://mirror.example/" + published, "title": "Pelabuhan Teluk Sarangan", "body": BODY}


def test_every_copy_of_an_update_gives_the_day_of_the_update(dedupe_eval):
    updated = datetime.fromisoformat("2026-03-02T09:00:00+07:00")  # a Monday
    first = dict(_copy("a"), language="id", published_at="2026-03-02T23:10:00+07:00")
    later = dict(_copy("b"), language="id", published_at="2026-03-03T08:40:00+07:00")
    tops = [
        dedupe_eval.make_variant("update", doc, random.Random(1), updated=updated)["body"].split("\n\n")[0]
        for doc in (first, later)
    ]
    assert tops[0] == tops[1] and tops[0].endswith("pada Senin.")


def test_the_indonesian_credit_footer_is_antaras_footer_on_a_translation(dedupe_eval):
    doc = dict(_copy("c"), language="id", published_at="2026-03-02T23:10:00+07:00")
    body = dedupe_eval.make_variant("inserts", doc, random.Random(1), "Judul kisah lain")["body"]
    assert "Penerjemah: " in body and "Pewarta: " not in body and body.endswith("COPYRIGHT © ANTARA 2019")


def test_the_reporters_footer_is_a_variant_of_its_own_in_indonesian_only(dedupe_eval):
    """ANTARA's own-report footer ("Pewarta:") stays measured beside the translator's: its own
    Indonesian variant, its refusals reported as known, and Malay copies keep their own footer."""
    doc = dict(_copy("d"), language="id", published_at="2026-03-02T23:10:00+07:00")
    body = dedupe_eval.make_variant("inserts_reporter", doc, random.Random(1), "Judul kisah lain")["body"]
    assert "Pewarta: " in body and "Penerjemah: " not in body and body.endswith("COPYRIGHT © ANTARA 2019")
    assert "inserts_reporter" in dict(map(reversed, dedupe_eval.VARIANTS))
    assert dedupe_eval.ONE_LANGUAGE_VARIANTS["inserts_reporter"] == "id"
    run = {"found": 3, "of": 5, "precision": 1.0, "wrong_merges": 0}
    assert dedupe_eval._known("inserts_reporter", run)["known_refusal"]
    assert "known_refusal" not in dedupe_eval._known("inserts_reporter", dict(run, found=5))
    assert "known_refusal" not in dedupe_eval._known("inserts", run)
