"""Credits given by a citing verb opening the story ("Seperti dilaporkan Bernama, ...", "Reuters
reported on Tuesday that ..."), credits run into the last paragraph ("... kata dia. (AFP)") and
JSON-LD's organisations naming an agency (issue #5)."""

from __future__ import annotations

import json

import pytest

from newscrawl.attribution import attribute, opening_citation
from newscrawl.pages import GenericPage

ID = "pemerintah kota Lembahsari menutup jembatan tua di atas Sungai Keruh setelah retakan ditemukan pada tiangnya."
ID_MORE = "Warga diminta memakai jalan lingkar selatan sampai jembatan baru selesai dibangun, kata wali kota."
MS = "majlis perbandaran Lembahsari menutup jambatan lama selepas retakan ditemui pada tiang sokongannya."
EN = "the harbour board of Westmere voted to close the old ferry pier after divers found its piles rotten."
EN_MORE = "Ferries will use the new terminal on the east quay from next month, the board said in a statement."


@pytest.mark.parametrize(
    ("opening", "agency", "credit"),
    [
        # read before (the "lansir" / "utip" verbs anywhere in the first two paragraphs)
        ("Dilansir dari AFP, " + ID, "AFP", "Dilansir dari AFP"),
        ("Mengutip Reuters, " + ID, "Reuters", "Mengutip Reuters"),
        # read now
        ("Seperti dilaporkan Bernama, " + ID, "Bernama", "Seperti dilaporkan Bernama"),
        ("Sebagaimana dilaporkan kantor berita AFP, " + ID, "AFP", "Sebagaimana dilaporkan kantor berita AFP"),
        ("Menurut laporan AFP, " + ID, "AFP", "Menurut laporan AFP"),
        ("Menurut laporan AFP pada Selasa (3/5) malam, " + ID, "AFP", "Menurut laporan AFP"),
        ("Menurut Reuters, " + ID, "Reuters", "Menurut Reuters"),
        ("Dilaporkan oleh Xinhua, " + ID, "Xinhua", "Dilaporkan oleh Xinhua"),
        ("Kantor berita ANTARA melaporkan, " + ID, "ANTARA", "Kantor berita ANTARA melaporkan"),
        ("Memetik laporan Bernama, " + MS, "Bernama", "Memetik laporan Bernama"),
        ("Memetik laporan agensi berita AFP, " + MS, "AFP", "Memetik laporan agensi berita AFP"),
        ("Reuters reported on Tuesday that " + EN, "Reuters", "Reuters reported"),
        ("The Associated Press reported that " + EN, "AP", "The Associated Press reported"),
        ("Reuters news agency reported, " + EN, "Reuters", "Reuters news agency reported"),
        ("According to Agence France-Presse, " + EN, "AFP", "According to Agence France-Presse"),
        ("As reported by AFP on Monday, " + EN, "AFP", "As reported by AFP"),
    ],
)
def test_a_citing_verb_opening_the_story_credits_its_agency(opening: str, agency: str, credit: str) -> None:
    more = EN_MORE if opening.isascii() and " the " in opening else ID_MORE
    credits = attribute([opening, more])
    assert credits.attribution.agencies == [agency]
    assert credits.attribution.credit == credit
    assert credits.paragraphs == [opening, more]  # the sentence stays whole


@pytest.mark.parametrize(
    "opening",
    [
        # an earlier report, or the agency's data: no source of this story
        "Menurut laporan AFP tahun lalu, " + ID,
        "Seperti dilaporkan Bernama sebelumnya, " + ID,
        "Reuters reported last year that " + EN,
        "According to Reuters calculations, " + EN,
        # a body named after an agency, a person, an ambiguous short form with no "news agency"
        "Menurut Reuters Institute, " + ID,
        "According to AP Dhillon, " + EN,
        "Menurut PNA, " + ID,
        "Menurut Wali Kota Budi Santoso, " + ID,
    ],
)
def test_a_citing_verb_that_names_no_source_of_the_story_is_no_credit(opening: str) -> None:
    credits = attribute([opening, ID_MORE])
    assert credits.attribution.agencies == [] and credits.attribution.credit is None


def test_a_citing_verb_inside_the_story_is_a_passing_mention() -> None:
    story = ["Pemerintah kota Lembahsari menutup jembatan tua di atas Sungai Keruh pada hari Selasa.", ID_MORE]
    for mention in (
        "Menurut laporan AFP, tiang jembatan serupa di kota lain juga rapuh dan harus segera diganti.",
        "Wali kota mengatakan kepada Reuters bahwa jembatan baru akan selesai tahun depan, sesuai rencana.",
    ):
        credits = attribute([story[0], mention, *story[1:], "Pedagang pasar mengeluhkan jalan memutar itu."])
        assert credits.attribution.agencies == []
    english = [
        "The harbour board of Westmere voted on Tuesday to close the old ferry pier.",
        "Reuters reported on Monday that the ferry company had asked for a new berth before the vote.",
        EN_MORE,
    ]
    assert attribute(english).attribution.agencies == []


@pytest.mark.parametrize(
    ("last", "agencies"),
    [
        ("Seperti dilaporkan Bernama, jembatan akan dibuka kembali bulan depan setelah diperbaiki.", ["Bernama"]),
        ("Menurut laporan Reuters, jembatan akan dibuka kembali bulan depan setelah diperbaiki.", ["Reuters"]),
        # in the last paragraph, a bare "according to" and English citations mention as often as they credit
        ("Menurut Reuters, harga semen naik dua persen sepanjang bulan lalu di seluruh provinsi.", []),
        ("Reuters reported on Tuesday that cement prices rose two percent across the province.", []),
    ],
)
def test_a_citing_verb_opening_the_last_paragraph(last: str, agencies: list[str]) -> None:
    opening = "Pemerintah kota Lembahsari menutup jembatan tua di atas Sungai Keruh pada hari Selasa."
    assert attribute([opening, ID_MORE, last]).attribution.agencies == agencies
    assert (opening_citation(last, last=True) is not None) == bool(agencies)


@pytest.mark.parametrize(
    ("tail", "agencies"),
    [
        (" (AFP)", ["AFP"]),
        (" (ANTARA).", ["ANTARA"]),
        (" Sumber: Bernama", ["Bernama"]),
        (" Source: Reuters/AFP", ["Reuters", "AFP"]),
    ],
)
def test_a_credit_run_into_the_last_paragraph_after_its_last_sentence(tail: str, agencies: list[str]) -> None:
    credits = attribute([ID[0].upper() + ID[1:], ID_MORE + tail])
    assert credits.attribution.agencies == agencies
    assert credits.attribution.credit == tail.strip()
    assert credits.paragraphs[-1] == ID_MORE


@pytest.mark.parametrize("tail", [" (Photo: AFP)", " (file)", " Sumber: Dinas Pekerjaan Umum"])
def test_other_brackets_after_the_last_sentence_are_no_credit(tail: str) -> None:
    credits = attribute([ID[0].upper() + ID[1:], ID_MORE + tail])
    assert credits.attribution.agencies == []
    assert credits.paragraphs[-1] == ID_MORE + tail


def test_a_bracketed_agency_after_a_sentence_inside_the_story_stays() -> None:
    middle = ID_MORE + " (AFP)"
    credits = attribute(["Pemerintah kota menutup jembatan tua pada hari Selasa.", middle, ID_MORE])
    assert credits.attribution.agencies == [] and middle in credits.paragraphs


def _ld_page(extra: dict) -> GenericPage:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Old ferry pier to close", **extra}
    body = f"<p>{EN[0].upper() + EN[1:]}</p><p>{EN_MORE}</p><p>{EN_MORE}</p>"
    html = (
        f"<html><head><title>Old ferry pier to close</title><script type='application/ld+json'>{json.dumps(ld)}"
        f"</script></head><body><article><h1>Old ferry pier to close</h1><div class='content'>{body}</div>"
        "</article></body></html>"
    )
    return GenericPage(html, "https://harbourtimes.example/pier/")


@pytest.mark.parametrize(
    ("extra", "agencies"),
    [
        ({"sourceOrganization": {"@type": "Organization", "name": "Associated Press"}}, ["AP"]),
        (
            {"sourceOrganization": "Kyodo News", "publisher": {"@type": "Organization", "name": "Harbour Times"}},
            ["Kyodo"],
        ),
        ({"publisher": {"@type": "NewsMediaOrganization", "name": "ANTARA News"}}, ["ANTARA"]),
        # a body named after an agency; a short form that is another body's too (Singapore's CNA)
        ({"publisher": {"@type": "Organization", "name": "Reuters Institute"}}, []),
        ({"publisher": {"@type": "Organization", "name": "CNA"}}, []),
    ],
)
def test_json_ld_organisations_naming_an_agency(extra: dict, agencies: list[str]) -> None:
    assert _ld_page(extra).attribution().agencies == agencies


@pytest.mark.parametrize(
    ("line", "agencies", "publisher"),
    [
        ("Sumber: antaranews.com", ["ANTARA"], None),  # the agency's own site, by its address
        ("Sumber: https://www.bernama.com/bm/news.php?id=1", ["Bernama"], None),
        ("Source: reuters.com", ["Reuters"], None),
        ("Sumber: kompas.com", [], "Kompas.com"),  # a portal's address: its publisher, no agency
        ("Sumber: ap.org", [], "ap.org"),  # a short form that is also other bodies' initials
    ],
)
def test_a_source_line_giving_an_agencys_address(line: str, agencies: list[str], publisher: str | None) -> None:
    credits = attribute([ID[0].upper() + ID[1:], ID_MORE, line])
    assert credits.attribution.agencies == agencies
    assert credits.attribution.publisher == publisher
    assert credits.paragraphs == [ID[0].upper() + ID[1:], ID_MORE]
