"""A person named in full, referred to later by another part of the name in each language
(review set 15's S1512-4: ANTARA's English version says "Sulistyo said" where its Indonesian
story says "kata Bambang", Bambang Sulistyo named in full in both): one person, so the two
mention the same anchors in the same places (``evidence.with_name_parts``).

Fixtures written for this test: a city's water tariff, an agency's Indonesian story and its
English version, the mayor (Hendra Kusumawati) quoted and cited by his given name in Indonesian
and by his family name in English.
"""

from __future__ import annotations

import pytest

from newscrawl.dedupe import compare, evidence, fingerprint
from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import stories_of

TARIFF_ID = (
    "Surabaya (ANTARA) - Pemerintah Kota (Pemkot) Surabaya melalui Perusahaan Daerah Air Minum (PDAM) Surya"
    " Sembada menetapkan tarif air bersih 2027 sebesar Rp4.850 per meter kubik, naik 7,5 persen dari tarif"
    " 2026 sebesar Rp4.510.\n\n"
    "Keputusan itu diumumkan Wali Kota Surabaya Hendra Kusumawati di Gedung Negara Grahadi, Jumat, setelah"
    " rapat dengan Badan Pengawas PDAM.\n\n"
    '"Tarif ini masih di bawah rata-rata kota besar lain dan tetap terjangkau bagi warga," kata Hendra.\n\n'
    "Menurut Hendra, subsidi bagi 12.000 pelanggan miskin tetap dipertahankan.\n\n"
    "Tarif baru berlaku mulai 1 Februari 2027 bagi pelanggan rumah tangga."
)
TARIFF_EN = (
    "Surabaya (ANTARA) - The Surabaya city government has set the 2027 clean water tariff at Rp4,850 per cubic"
    " metre, up 7.5 percent from Rp4,510 this year.\n\n"
    "Mayor Hendra Kusumawati announced the tariff at Grahadi State Building on Friday after a meeting with the"
    " utility's supervisory board.\n\n"
    '"The tariff is still below the average of other big cities and remains affordable for residents,"'
    " Kusumawati said.\n\n"
    "Subsidies for 12,000 poor customers would be kept, Kusumawati said.\n\n"
    "The new tariff takes effect on February 1, 2027, for household customers."
)


def _docs() -> dict[str, dict]:
    story = article("https://antaranews.example/tarif-air", TARIFF_ID, "id", "2026-11-20", 5)
    version = article("https://en.antaranews.example/water-tariff", TARIFF_EN, "en", "2026-11-20", 7)
    story["title"] = "Surabaya tetapkan tarif air 2027 Rp4.850 per meter kubik"
    version["title"] = "Surabaya sets 2027 water tariff at Rp4,850 per cubic metre"
    return {"id": story, "en": version}


def _mentioned(fp: dict) -> list[str]:
    anchors = fp["anchors"]
    return [anchors[i] for i in evidence.mention_indexes(fp) if i >= 0]


def test_a_full_name_is_read_from_the_words_written_next_to_each_other() -> None:
    en = fingerprint(_docs()["en"])
    # "Mayor Hendra Kusumawati", "Grahadi State Building": the last two names of each run.
    assert list(evidence._full_names(en)) == [("hendra", "kusumawati"), ("state", "building")]
    # "Surabaya (ANTARA) -": a bracket between, no run.
    assert ("surabaya", "antara") not in evidence._full_names(en)


def test_a_lone_part_of_the_name_is_read_as_the_person_in_both_languages() -> None:
    docs = _docs()
    story, version = evidence.with_name_parts(fingerprint(docs["id"]), fingerprint(docs["en"]))
    # "Kusumawati said" twice, read as the given name both name; the full name as written.
    assert _mentioned(version).count("kusumawati") == 1
    assert _mentioned(version).count("hendra") == 3
    assert _mentioned(story).count("hendra") == 3
    assert _mentioned(fingerprint(docs["en"])).count("kusumawati") == 3


def test_a_part_of_two_full_names_is_left_alone() -> None:
    two = article(
        "https://harian.example/dua-hendra",
        "Wali Kota Hendra Kusumawati dan Wakil Wali Kota Hendra Saputra meninjau instalasi air.\n\n"
        '"Kami pastikan pasokan aman," kata Hendra.',
        "id",
        "2026-11-20",
    )
    fp = fingerprint(two)
    assert evidence.with_name_parts(fp, fingerprint(_docs()["en"]))[0] is fp


@pytest.mark.parametrize("order", [("id", "en"), ("en", "id")])
def test_the_english_version_is_found_as_a_translation(tmp_path, order) -> None:
    docs = _docs()
    found = compare(fingerprint(docs["id"]), fingerprint(docs["en"]))
    assert found is not None and found.kind == "translation"
    stories = stories_of(tmp_path, docs, order)
    assert stories["id"] == stories["en"]


def test_a_fingerprint_stored_before_name_runs_reads_no_full_name() -> None:
    fp = fingerprint(_docs()["en"])
    del fp["name_runs"]
    assert evidence._full_names(fp) == {}
    assert evidence.with_name_parts(fp, fp) == (fp, fp)


def test_a_person_named_in_full_in_one_copy_only_is_left_alone() -> None:
    docs = _docs()
    docs["en"]["body"] = TARIFF_EN.replace("Mayor Hendra Kusumawati", "Mayor Kusumawati")
    story, version = fingerprint(docs["id"]), fingerprint(docs["en"])
    assert evidence.with_name_parts(story, version) == (story, version)


def test_a_country_in_a_name_is_left_alone() -> None:
    # "Bank Indonesia" in full in both, then "Indonesia" and "the bank" alone: the country.
    en = article(
        "https://wire.example/bi",
        "Governor Perry Warjiyo of Bank Indonesia spoke on Monday.\n\nGrowth in Indonesia slowed, Bank said.",
        "en",
        "2026-11-20",
    )
    local = article(
        "https://harian.example/bi",
        "Gubernur Perry Warjiyo dari Bank Indonesia berbicara Senin.\n\nPertumbuhan Bank melambat, kata Warjiyo.",
        "id",
        "2026-11-20",
    )
    first, second = fingerprint(en), fingerprint(local)
    assert ("bank", "indonesia") in evidence._full_names(first)
    assert evidence.with_name_parts(first, second) == (first, second)
