"""Agencies a text credits itself (its dateline, its credit lines), read when the input names
none (``scrapy dedupe``'s rows), as evidence against a summary verdict (D32). Fixtures: the
strike and flood stories of ``test_dedupe_summaries`` (our own), with credits of our own."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute
from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import REWRITE_SCORE, Evidence, summarizes
from newscrawl.dedupe.features import text_agencies
from tests.dedupe_corpus import article
from tests.test_dedupe_summaries import FLOOD_SUMMARY_ID, FLOOD_WIRE, STRIKE_SUMMARY, STRIKE_WIRE

WIRE = STRIKE_WIRE.replace("(Wire)", "(Reuters)", 1)


def _row(url: str, body: str, hour: int, language: str = "en") -> dict:
    """A ``scrapy dedupe`` row's fingerprint: no attribution, the credits left in the body."""
    return fingerprint(article(url, body, language, "2026-05-12", hour, title="Surabaya port strike"))


@pytest.mark.parametrize(
    ("body", "agencies"),
    [
        ("KUALA LUMPUR, 3 Nov (Bernama) -- Floods rose again in Kelantan on Monday.\n\nMore rain is due.", ["Bernama"]),
        ("Jakarta (ANTARA) - Harga beras naik lagi pekan ini.\n\nBulog menambah pasokan.", ["ANTARA"]),
        ("DHAKA (AFP) -\n\nA fire killed 16 workers at a factory on Tuesday.", ["AFP"]),
        ("(Photo: File)\n\nMANILA (AP) - A typhoon hit Luzon on Sunday.\n\nSchools closed.", ["AP"]),
        ("Harga beras naik lagi pekan ini di Jakarta.\n\nBulog menambah pasokan beras.\n\nSumber: ANTARA", ["ANTARA"]),
        ("Floods rose again in Kelantan on Monday.\n\nMore rain is due, the agency said.\n\n-- BERNAMA", ["Bernama"]),
        (
            "A typhoon hit Luzon on Sunday.\n\nSchools closed across the island on Monday, officials said. — Reuters",
            ["Reuters"],
        ),
        ("JAKARTA (AFP/ANTARA) - Harga beras naik.\n\nBulog menambah pasokan.", ["AFP", "ANTARA"]),
        ("Harga beras naik lagi pekan ini.\n\nBulog menambah pasokan beras.\n\nAFP/ANTARA", ["AFP", "ANTARA"]),
        ("Floods rose again in Kelantan on Monday.\n\nMore rain is due, the agency said on Tuesday.", []),
        (STRIKE_WIRE, []),  # "(Wire)": no agency
    ],
)
def test_a_texts_own_credits_are_read(body, agencies):
    assert text_agencies(body) == agencies
    # the plain tests hand ``attribute`` what it reads on the whole body, no less
    assert text_agencies(body) == attribute([p for p in body.split("\n\n") if p.strip()]).attribution.agencies


def test_a_brief_whose_text_credits_another_agency_is_no_summary():
    """The D28 veto on rows that carry no attribution: the brief's dateline or closing line
    credits another agency than the story's, none of the story's: that agency's report."""
    wire = _row("https://wire.example/strike", WIRE, 6)
    same = _row("https://brief.example/strike", "SURABAYA (Reuters) - " + STRIKE_SUMMARY, 11)
    joint = _row("https://kabar.example/strike", STRIKE_SUMMARY + "\n\nReuters/ANTARA", 11)
    uncredited = _row("https://ringkas.example/strike", STRIKE_SUMMARY, 11)
    assert compare(same, wire) == Evidence("rewrite", REWRITE_SCORE)
    assert compare(joint, wire) == Evidence("rewrite", REWRITE_SCORE)  # a joint credit is both agencies'
    assert compare(uncredited, wire) == Evidence("rewrite", REWRITE_SCORE)
    for body in ("SURABAYA (AP) - " + STRIKE_SUMMARY, STRIKE_SUMMARY + "\n\nSumber: ANTARA"):
        other = _row("https://harian.example/strike", body, 11)
        assert not summarizes(other, wire)
        assert compare(other, wire) is None and compare(wire, other) is None


def test_extractions_credits_come_first():
    """An extracted article's ``attribution.agencies`` is what it credits: its body (credits
    taken off) is not read again."""
    doc = article("https://brief.example/strike", "SURABAYA (AP) - " + STRIKE_SUMMARY, "en", "2026-05-12", 11)
    doc["attribution"] = {"agencies": ["Reuters"]}
    wire = _row("https://wire.example/strike", WIRE, 6)
    assert fingerprint(doc)["text_agencies"] == []
    assert compare(fingerprint(doc), wire) == Evidence("rewrite", REWRITE_SCORE)


def test_a_fingerprint_made_before_version_5_reads_no_credit():
    """A stored fingerprint of version 4 has no ``text_agencies``: no veto until ``--rebuild``."""
    wire = _row("https://wire.example/strike", WIRE, 6)
    old = {k: v for k, v in wire.items() if k != "text_agencies"} | {"fv": 4}
    other = _row("https://harian.example/strike", "SURABAYA (AP) - " + STRIKE_SUMMARY, 11)
    assert compare(other, old) == Evidence("rewrite", REWRITE_SCORE)


def test_a_recredited_copy_or_translation_is_still_the_story():
    """The veto is the summary verdict's only: a mirror re-crediting the story to itself or to
    another agency is a copy (exact or near), an Indonesian translation credited to the translating agency
    a translation."""
    wire = _row("https://wire.example/strike", WIRE, 6)
    mirror = _row("https://cermin.example/strike", WIRE.replace("(Reuters)", "(ANTARA)", 1), 8)
    assert compare(mirror, wire).kind in ("exact", "near")
    flood = _row("https://wire.example/flood", FLOOD_WIRE.replace("(Wire)", "(Reuters)", 1), 6)
    translated = _row("https://berita.example/banjir", "SEMARANG (ANTARA) - " + FLOOD_SUMMARY_ID, 11, "id")
    assert flood["text_agencies"] == ["Reuters"] and translated["text_agencies"] == ["ANTARA"]
    for first, second in ((translated, flood), (flood, translated)):
        assert compare(first, second).kind == "translation"
