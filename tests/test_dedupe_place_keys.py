"""A place Indonesian or Malay spell otherwise than English ("Jawa" / "Java", "Filipina" /
"Philippines") is one lookup key (``features.place_keys``): a translation cut to its lead, whose
key anchors share one name with the wire's besides that place, is a candidate of the wire (review
set 14's S1408-4: "Sumatera" against "Sumatra", "Padang" the one other name both key on).

Fixtures written for this test: a quake in western Java, a wire report and an Indonesian portal's
cut to its lead and a shopkeeper's quote.
"""

from __future__ import annotations

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.features import anchor_pair_keys, candidate_keys, place_keys
from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import stories_of

QUAKE_EN = (
    "GARUT, Indonesia (AP) - A strong earthquake shook western Java on Tuesday evening, cracking walls of"
    " homes in Garut and sending residents running into the streets, but there was no threat of a tsunami,"
    " officials said.\n\n"
    "The magnitude 5.9 quake was centred 42 kilometres south of Garut at a depth of 18 kilometres, the"
    " Meteorology, Climatology and Geophysical Agency said.\n\n"
    "Daryono Prasetyo, an official at the agency, said 23 houses were damaged and four people had minor"
    " injuries.\n\n"
    '"It lasted about ten seconds. People panicked," said Siti Marlina, who runs a food stall in Garut.'
)
QUAKE_ID_CUT = (
    "Garut (AP) - Gempa kuat mengguncang Jawa bagian barat pada Selasa malam, membuat dinding rumah di Garut"
    " retak dan warga berlarian ke jalan, namun tidak berpotensi tsunami, kata pejabat.\n\n"
    '"Guncangannya sekitar sepuluh detik. Orang-orang panik," kata Siti Marlina, pemilik warung makan di'
    " Garut."
)


def _docs() -> dict[str, dict]:
    wire = article("https://wire.example/java-quake", QUAKE_EN, "en", "2026-09-08", 13)
    cut = article("https://portal.example/gempa-garut", QUAKE_ID_CUT, "id", "2026-09-08", 15)
    wire["title"] = "Strong quake shakes western Java, no tsunami threat"
    cut["title"] = "Gempa kuat guncang Jawa bagian barat, tak berpotensi tsunami"
    return {"wire": wire, "cut": cut}


def test_places_spelled_otherwise_have_one_key() -> None:
    keys = place_keys()
    assert keys["jawa"] == "java" and keys["sumatera"] == "sumatra"
    assert keys["filipina"] == "philippines" and keys["jepun"] == "japan"  # CLDR's, through Babel
    assert "kalimantan" not in keys and "java" not in keys
    assert anchor_pair_keys(["filipina", "manila"], 7) == anchor_pair_keys(["manila", "philippines"], 7)
    assert anchor_pair_keys(["jawa", "garut"], 7) != anchor_pair_keys(["sumatra", "garut"], 7)


def test_a_country_cldr_renamed_in_english_keys_as_english_copy_writes_it() -> None:
    """CLDR's English "Türkiye" made Indonesian "Turki" a key of its own, pairing with neither
    "Turkey" (what most English copy writes) nor "Türkiye": all three are one key."""
    keys = place_keys()
    assert keys["turki"] == keys["turkiye"] == "turkey"
    # An English copy writing "Türkiye" gives the folded anchor "turkiye".
    body = "Officials in Ankara said Türkiye would send 1,450 tents to the region on Monday."
    assert "turkiye" in fingerprint(article("https://wire.example/tents", body, "en", "2026-02-09"))["anchors"]
    expected = anchor_pair_keys(["ankara", "turkey"], 7)
    assert anchor_pair_keys(["ankara", "turki"], 7) == expected
    assert anchor_pair_keys(["ankara", "turkiye"], 7) == expected


def test_the_cut_translation_is_looked_up_under_a_key_of_the_wire() -> None:
    docs = _docs()
    wire, cut = fingerprint(docs["wire"]), fingerprint(docs["cut"])
    assert "jawa" in cut["key_anchors"] and "java" in wire["key_anchors"]
    lookups, _ = candidate_keys(cut, 3)
    _, stored = candidate_keys(wire, 3)
    assert set(lookups) & set(stored)


@pytest.mark.parametrize("order", [("wire", "cut"), ("cut", "wire")])
def test_the_cut_translation_joins_the_wire(tmp_path, order) -> None:
    docs = _docs()
    assert compare(fingerprint(docs["wire"]), fingerprint(docs["cut"])) is not None
    found = stories_of(tmp_path, docs, order)
    assert found["wire"] == found["cut"]
