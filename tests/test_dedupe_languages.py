"""Translations against other agencies' reports of the same event (review R26, set 5).

Fixtures written for these tests: a wire report of an asylum boat landing in English and the
Indonesian translation of another outlet's report of the same landing, each naming the same
island, village and country and rounding or giving the same count.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article

WIRE = (
    "DARWIN, Australia, March 3 (Wire) - More than 90 asylum seekers came ashore on Melville Island"
    " in northern Australia overnight, officials said on Wednesday, the first boat to land there this"
    " year after a lull in departures from Sri Lanka.\n\n"
    "Police said they were questioning two crew members on suspicion of people smuggling.\n\n"
    "Some residents of Pirlangimpi village objected to the group being housed in the community hall,"
    " a witness said.\n\n"
    "Australia signed the 1967 Protocol to the Refugee Convention but holds boat arrivals offshore."
)
#: Another outlet's report of the landing, machine-translated: its own count (93, which "more
#: than 90" rounds), its own people and quote, its own figures further down.
RIVAL_ID = (
    "Sebuah kapal kayu yang membawa 93 pencari suaka, sebagian besar keluarga dari Sri Lanka, mendarat"
    " di pantai Pulau Melville, Australia, setelah dua minggu di laut, kata pejabat setempat.\n\n"
    "Kapal itu tiba di dekat desa nelayan Pirlangimpi pada Selasa malam. Warga memberi air dan makanan,"
    " tetapi sebagian warga awalnya keberatan, kata kepala desa, Maria Tipungwuti.\n\n"
    '"Mereka berangkat dari Negombo pada 14 Februari dan dua orang meninggal di perjalanan,"'
    " kata Tipungwuti kepada Harbour News.\n\n"
    "Juru bicara IOM Daniel Kerr mengatakan badannya mencari tempat penampungan sementara.\n\n"
    "Lebih dari 1.500 pencari suaka tiba di Australia dengan kapal sejak 2022."
)
#: The wire report itself, machine-translated and cut after its third paragraph.
WIRE_ID_CUT = (
    "Lebih dari 90 pencari suaka mendarat di Pulau Melville di Australia utara semalam, kata pejabat"
    " pada hari Rabu, kapal pertama yang mendarat di sana tahun ini setelah jeda keberangkatan dari Sri Lanka.\n\n"
    "Polisi mengatakan mereka memeriksa dua awak kapal atas dugaan penyelundupan manusia.\n\n"
    "Sebagian warga desa Pirlangimpi keberatan rombongan itu ditampung di balai desa, kata seorang saksi."
)


def _wire():
    return fingerprint(article("https://wire.example/boat", WIRE, "en", "2026-03-03", 6, title="Asylum boat lands on Melville Island"))


def test_another_outlets_report_translated_is_no_translation_of_a_report_with_a_year_of_its_own():
    """The rival's lead shares the island, the village, the country and the count: the wire
    report was taken for a translation of its first two paragraphs (anchors alone, 0.464). A
    translation of a story's first part adds no year of its own below its lead: a year is
    written alike in every language; the wire report's 1967 is in no part of the rival."""
    rival = fingerprint(
        article("https://harbour-id.example/kapal", RIVAL_ID, "id", "2026-03-03", 12, title="Kapal 93 pencari suaka mendarat di Pulau Melville")
    )
    assert compare(_wire(), rival) is None
    assert compare(rival, _wire()) is None


def test_a_cut_translation_of_the_report_still_matches_it():
    cut = fingerprint(
        article("https://kabar-id.example/suaka", WIRE_ID_CUT, "id", "2026-03-03", 9, title="90 pencari suaka mendarat di Pulau Melville")
    )
    assert compare(cut, _wire()) is not None
    assert compare(_wire(), cut) is not None
