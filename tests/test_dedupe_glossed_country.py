"""A translation cut short that names in its lead the country its original leaves implicit there
("Pejabat ... Indonesia (VMO)" for "The Volcano Monitoring Office (VMO)"), the original naming it
only in its last paragraph ("AirNav Indonesia"): the original is compared on the part the cut
keeps (``evidence.anchor_score``). Fixtures written for these tests: a fictional volcano on a
fictional island, an English wire story, its Malay translation cut to three paragraphs and a
Malay paper's own report of the eruption."""

from __future__ import annotations

from newscrawl.dedupe import compare
from newscrawl.dedupe.engine import _fingerprint

WIRE = [
    "The Volcano Monitoring Office (VMO) raised the alert status of Mount Keruing on Lenggam island to Level III, "
    "the second highest, after the volcano erupted on Monday evening and sent an ash column 3,200 metres into the sky.",
    "The office told residents and tourists to stay out of a five-kilometre radius of the crater and warned of "
    "mudflows along the Sirat and Bukau rivers.",
    '"Tremors have grown stronger since Saturday, with 148 volcanic earthquakes recorded in the past 24 hours," '
    "VMO chief Hendra Wiratama said in a statement in Palmera.",
    "About 1,730 people from four villages in South Lenggam district have been taken to shelters in Tanjung Sela, "
    "the district disaster agency said.",
    "Lenggam's Raja Udang airport stayed open, but AirNav Indonesia said it was watching the ash cloud.",
]
# The translation: the country added to the office's name, the second paragraph shortened, the
# last two left out.
TRANSLATION = [
    "Pejabat Pemantauan Gunung Berapi Indonesia (VMO) menaikkan status Gunung Keruing di pulau Lenggam ke Tahap "
    "III, tahap kedua tertinggi, selepas gunung berapi itu meletus petang Isnin dan memuntahkan tiang abu setinggi "
    "3,200 meter.",
    "Penduduk dan pelancong diminta menjauhi radius lima kilometer dari kawah.",
    '"Gegaran semakin kuat sejak Sabtu, dengan 148 gempa bumi gunung berapi direkodkan dalam 24 jam lepas," '
    "kata ketua VMO, Hendra Wiratama.",
]
# A Malay paper's own report: the country in its lead, its own figures and people.
OWN_REPORT = [
    "Gunung Keruing di Indonesia meletus petang Isnin, memaksa pihak berkuasa memindahkan 2,100 penduduk "
    "dari enam kampung di pulau Lenggam, kata agensi bencana wilayah.",
    "Ketua agensi itu, Marlina Suhaimi, berkata 12 sekolah ditutup dan dua jalan utama dinaikkan status amaran.",
    "Status gunung itu dinaikkan ke Tahap III oleh VMO, kata Hendra Wiratama.",
]


def _doc(url: str, paragraphs: list[str], language: str, hour: int, title: str) -> dict:
    return {
        "url": url,
        "site": url.split("/")[2],
        "title": title,
        "body": "\n\n".join(paragraphs),
        "language": language,
        "published_at": f"2025-09-08T{hour:02d}:00:00+00:00",
    }


def _wire() -> dict:
    return _fingerprint(_doc("https://wire.example/keruing", WIRE, "en", 6, "Mount Keruing erupts, alert at Level III"))


def test_a_cut_translation_glossing_the_country_in_its_lead_is_the_story():
    cut = _fingerprint(
        _doc("https://berita.example/keruing", TRANSLATION, "ms", 9, "Gunung Keruing meletus, status Tahap III")
    )
    wire = _wire()
    for first, second in ((cut, wire), (wire, cut)):
        found = compare(first, second)
        assert found is not None and found.kind == "translation"


def test_an_own_report_naming_the_country_in_its_lead_stays_apart():
    own = _fingerprint(
        _doc("https://warta.example/keruing", OWN_REPORT, "ms", 10, "Ribuan dipindahkan selepas Gunung Keruing meletus")
    )
    wire = _wire()
    assert compare(own, wire) is None
    assert compare(wire, own) is None
