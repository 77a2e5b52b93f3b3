"""A translation keeps its original's credit: two reports crediting two agencies are two stories.

Fixtures written for these tests: a landslide cuts the Trans-Sumatra road near Padang. AFP's
story (its own site: no credit in the text), Reuters' own report of the same landslide (its
dateline's credit) with the same officials, figures and day in the same order, and a fluent
Indonesian translation of AFP's story that says where it comes from in its lead ("seperti
dilaporkan AFP"). ANTARA's Indonesian version of Reuters' report credits both ("Padang
(ANTARA) - ... seperti dilaporkan Reuters").
"""

from __future__ import annotations

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import credits_differ
from newscrawl.dedupe.features import cited_agencies
from tests.dedupe_corpus import article

_DAY = "2026-12-02"

AFP_EN = (
    "A landslide buried a 300-metre stretch of the Trans-Sumatra highway near Padang on Wednesday"
    " after two days of heavy rain, cutting the main road between West Sumatra and Riau, officials said.\n\n"
    "Regional disaster agency chief Rudi Syahputra said 14 vehicles were trapped and rescuers had pulled"
    " 23 people from the mud, while four drivers were still missing near the village of Lembah Anai.\n\n"
    "Traffic to Pekanbaru was diverted through Solok, adding about five hours to the journey, and the"
    " public works ministry said the road could reopen on Sunday.\n\n"
    "Landslides are common in Sumatra's hills during the rainy season, which runs from November to March."
)
REUTERS_EN = (
    "PADANG, Indonesia, Dec 2 (Reuters) - A landslide cut the Trans-Sumatra highway near Padang on"
    " Wednesday, trapping motorists and severing the main link between West Sumatra and Riau, local"
    " authorities said.\n\n"
    "Rudi Syahputra, head of the regional disaster agency, told reporters 14 vehicles had been caught"
    " and 23 people rescued, with four drivers missing around Lembah Anai.\n\n"
    "Trucks bound for Pekanbaru were sent through Solok. The public works ministry said it expected"
    " the road to reopen on Sunday, and fuel distributors warned of delays in Riau."
)
AFP_ID = (
    "Tanah longsor menimbun ruas Jalan Lintas Sumatra sepanjang 300 meter di dekat Padang pada Rabu"
    " setelah hujan deras dua hari, memutus jalur utama antara Sumatra Barat dan Riau, seperti"
    " dilaporkan AFP.\n\n"
    "Kepala badan penanggulangan bencana daerah Rudi Syahputra mengatakan 14 kendaraan terjebak dan"
    " tim penyelamat telah mengevakuasi 23 orang dari lumpur, sementara empat sopir masih hilang di"
    " dekat Lembah Anai.\n\n"
    "Kendaraan menuju Pekanbaru dialihkan lewat Solok sehingga perjalanan bertambah sekitar lima jam."
    " Kementerian pekerjaan umum menyebut jalan itu bisa dibuka kembali pada Minggu.\n\n"
    "Longsor kerap terjadi di perbukitan Sumatra pada musim hujan, yang berlangsung dari November"
    " hingga Maret."
)
ANTARA_ID = (
    "Padang (ANTARA) - Tanah longsor memutus Jalan Lintas Sumatra di dekat Padang pada Rabu, menjebak"
    " pengendara dan memutus jalur utama antara Sumatra Barat dan Riau, kata pihak berwenang setempat,"
    " seperti dilaporkan Reuters.\n\n"
    "Rudi Syahputra, kepala badan penanggulangan bencana daerah, mengatakan kepada wartawan 14"
    " kendaraan terjebak dan 23 orang diselamatkan, sementara empat sopir hilang di sekitar Lembah Anai.\n\n"
    "Truk tujuan Pekanbaru dialihkan lewat Solok. Kementerian pekerjaan umum memperkirakan jalan dibuka"
    " kembali pada Minggu, dan distributor bahan bakar memperingatkan keterlambatan di Riau."
)

AFP = article("https://afp.example/landslide", AFP_EN, "en", _DAY, 6, title="Landslide cuts Trans-Sumatra highway")
REUTERS = article(
    "https://reuters.example/landslide", REUTERS_EN, "en", _DAY, 7, title="Landslide cuts Sumatra highway, drivers missing"
)
TRANSLATED = article(
    "https://portal.example/longsor", AFP_ID, "id", _DAY, 9, title="Longsor putus Jalan Lintas Sumatra"
)
VERSION = article(
    "https://antara.example/longsor", ANTARA_ID, "id", _DAY, 10, title="Longsor putus Jalan Lintas Sumatra, sopir hilang"
)


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("memutus jalur utama, seperti dilaporkan AFP.", ["AFP"]),
        ("kata Anwar di sini hari ini, lapor Reuters.", ["Reuters"]),
        ("menurut kantor berita negara Bernama.", ["Bernama"]),
        ("more than 2,000 fled, state news agency Antara reported.", ["ANTARA"]),
        ("Antara lain, polisi menyita 12 kendaraan.", []),  # "among others", no agency
        ("All 14 economists in a Reuters poll had forecast a hold.", []),  # a poll, not the source
    ],
)
def test_the_agency_a_text_reports_from(text, agencies):
    assert cited_agencies(text) == agencies


def test_a_translation_crediting_another_agency_is_not_the_rivals_report():
    """AFP's story in Indonesian names every official, figure and place of Reuters' report in
    the same order; it says it is AFP's, and Reuters' report says it is Reuters'."""
    translated, reuters = fingerprint(TRANSLATED), fingerprint(REUTERS)
    assert credits_differ(translated, reuters)
    assert compare(translated, reuters) is None
    assert compare(reuters, translated) is None


def test_a_translation_stays_with_its_original_and_a_version_crediting_both():
    """AFP's own page credits no one in its text: no veto. ANTARA's version credits ANTARA and
    Reuters: it shares Reuters, so it is read as Reuters' report translated."""
    afp, translated = fingerprint(AFP), fingerprint(TRANSLATED)
    assert not credits_differ(translated, afp)
    found = compare(translated, afp)
    assert found is not None and found.kind == "translation"
    version, reuters = fingerprint(VERSION), fingerprint(REUTERS)
    assert not credits_differ(version, reuters)
    found = compare(version, reuters)
    assert found is not None and found.kind == "translation"
