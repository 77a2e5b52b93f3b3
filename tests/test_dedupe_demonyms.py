"""Peoples for countries: an English story names "Australians, Chinese and Indians", its rewrite or
its Indonesian translation "Australia, China dan India" (issue #6, review set 13: dpa's Bali levy
story, its SEO rewrite and the rewrite's translation).

Fixtures written for these tests: an English report of a Thai island's visitor numbers and its
Indonesian translation, which writes the countries for the visitors' peoples.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import _anchor_set, _demonyms, with_countries_of
from tests.dedupe_corpus import article

EN = (
    "Koh Lanta received 1.4 million foreign visitors in the first nine months of the year, up 18 per"
    " cent, provincial governor Somchai Wattana said on Monday.\n\n"
    "The largest groups were Malaysians, Chinese and Germans, and hotel occupancy reached 81 per cent in"
    " August, the Krabi tourism office said.\n\n"
    "Wattana said a new pier at Saladan would open in March."
)
ID = (
    "Koh Lanta menerima 1,4 juta pengunjung asing dalam sembilan bulan pertama tahun ini, naik 18 persen,"
    " kata gubernur provinsi Somchai Wattana pada hari Senin.\n\n"
    "Kelompok terbesar adalah warga Malaysia, China dan Jerman, dan tingkat hunian hotel mencapai 81"
    " persen pada Agustus, kata kantor pariwisata Krabi.\n\n"
    "Wattana mengatakan dermaga baru di Saladan akan dibuka pada Maret."
)


def test_a_translation_that_writes_the_country_for_its_people_names_it():
    """ "Malaysians" and "Chinese" are the translation's "Malaysia" and "China": no longer names of the
    original's own, the translation's verdict scores higher. "Germans" / "Jerman" stays apart (the
    country's name in another language, not a people's English name)."""
    assert _demonyms()["malaysians"] == "malaysia" and _demonyms()["chinese"] == "china"
    en = fingerprint(article("https://wire.example/lanta", EN, "en", "2026-10-05", 8, title="Koh Lanta visitors"))
    tr = fingerprint(article("https://berita.example/lanta", ID, "id", "2026-10-05", 11, title="Pengunjung Koh Lanta"))
    renamed = with_countries_of(tr, en)
    assert {"malaysia", "china"} <= _anchor_set(renamed) and not {"malaysians", "chinese"} & _anchor_set(renamed)
    assert "germans" in _anchor_set(renamed)
    found = compare(en, tr)
    # 0.903 with "malaysians" and "chinese" read as names of the original's own.
    assert found is not None and found.kind == "translation" and found.score >= 0.95


def test_a_people_named_beside_its_country_is_not_renamed():
    """An article naming both "China" and "Chinese" keeps them: the other's "China" is already its own."""
    en = fingerprint(
        article(
            "https://wire.example/lanta-2",
            EN.replace("Malaysians, Chinese and Germans", "Malaysians, Chinese from China and Germans"),
            "en",
            "2026-10-05",
            8,
            title="Koh Lanta visitors",
        )
    )
    tr = fingerprint(article("https://berita.example/lanta", ID, "id", "2026-10-05", 11, title="Pengunjung Koh Lanta"))
    renamed = with_countries_of(tr, en)
    assert "chinese" in _anchor_set(renamed) and "malaysia" in _anchor_set(renamed)


def test_the_first_word_of_a_country_name_is_no_people():
    # "Dominican" names the Dominican Republic's people, not Dominica's (R58).
    found = _demonyms()
    assert "dominican" not in found and "dominicans" not in found
    assert found.get("jordanians") == "jordan" and found.get("brazilian") == "brazil"
