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


@pytest.mark.parametrize(
    ("opening", "agency", "credit"),
    [
        ("Seperti yang dilaporkan Bernama, " + MS, "Bernama", "Seperti yang dilaporkan Bernama"),
        ("Dipetik daripada Bernama, " + MS, "Bernama", "Dipetik daripada Bernama"),
        ("According to AFP news agency, " + EN, "AFP", "According to AFP"),
        ("According to the French news agency AFP, " + EN, "AFP", "According to the French news agency AFP"),
        ("Menurut laporan agensi berita Perancis AFP, " + MS, "AFP", "Menurut laporan agensi berita Perancis AFP"),
    ],
)
def test_more_forms_of_a_citing_verb_opening_the_story(opening: str, agency: str, credit: str) -> None:
    more = EN_MORE if opening.startswith("According") else ID_MORE
    credits = attribute([opening, more])
    assert credits.attribution.agencies == [agency]
    assert credits.attribution.credit == credit


@pytest.mark.parametrize(
    "opening",
    [
        # a poll's partners, a nationality and "news agency" naming no agency
        "According to Reuters/Ipsos, 40 percent of voters in Westmere back the new ferry pier.",
        "According to Reuters / Ipsos polling, 40 percent of voters in Westmere back the pier.",
        "According to the Westmere news agency Harbourwire, " + EN,
    ],
)
def test_a_name_joined_by_a_slash_or_no_agency_after_news_agency_is_no_credit(opening: str) -> None:
    assert attribute([opening, EN_MORE]).attribution.agencies == []


@pytest.mark.parametrize(
    "opening",
    [
        "According to Reuters, " + EN,
        "Reuters reported on Tuesday that " + EN,
        "According to Bloomberg, " + EN,
    ],
)
def test_an_english_citation_opening_a_staff_writers_story_is_a_mention(opening: str) -> None:
    assert attribute([opening, EN_MORE]).attribution.agencies != []
    assert attribute([opening, EN_MORE], staff_byline=True).attribution.agencies == []
    assert attribute([opening, EN_MORE], staff_byline=True).attribution.credit is None


def test_an_indonesian_citation_opening_a_staff_writers_story_still_credits() -> None:
    credits = attribute(["Seperti dilaporkan Bernama, " + MS, ID_MORE], staff_byline=True)
    assert credits.attribution.agencies == ["Bernama"]


def test_a_citation_in_the_last_paragraph_of_a_staff_writers_story_is_a_mention() -> None:
    opening = "Majlis perbandaran Lembahsari menutup jambatan lama pada hari Selasa."
    last = "Menurut laporan AFP, jambatan serupa di negeri jiran juga ditutup tahun ini."
    assert attribute([opening, ID_MORE, last]).attribution.agencies == ["AFP"]
    assert attribute([opening, ID_MORE, last], staff_byline=True).attribution.agencies == []


@pytest.mark.parametrize(
    "last",
    [
        "Ferry passengers queue at the east quay in Westmere on Monday. (AFP)",
        "A diver inspects a pier pile, in Westmere, October 3, 2026. (Reuters)",
        "The chart shows ferry fares since 2015. Source: Reuters",
    ],
)
def test_a_caption_run_into_a_staff_writers_story_is_no_credit(last: str) -> None:
    opening = EN[0].upper() + EN[1:]
    assert attribute([opening, EN_MORE, last]).attribution.agencies != []
    credits = attribute([opening, EN_MORE, last], staff_byline=True)
    assert credits.attribution.agencies == [] and credits.paragraphs[-1] == last


def test_a_story_sentence_run_into_a_staff_writers_credit_still_credits() -> None:
    # a sentence reporting speech, or more than one sentence: the story's end, the credit the agency's
    for last in (ID_MORE + " (ANTARA)", "The pier shut at noon. Ferries now dock at the east quay. (AFP)"):
        credits = attribute([EN[0].upper() + EN[1:], last], staff_byline=True)
        assert credits.attribution.agencies != [], last


@pytest.mark.parametrize(
    ("tail", "agencies"),
    [(" Sumber: antaranews.com", ["ANTARA"]), (" Sumber: kompas.com", []), (" Source: ap.org", [])],
)
def test_an_agencys_address_run_into_the_last_paragraph(tail: str, agencies: list[str]) -> None:
    credits = attribute([ID[0].upper() + ID[1:], ID_MORE + tail])
    assert credits.attribution.agencies == agencies
    assert credits.paragraphs[-1] == (ID_MORE if agencies else ID_MORE + tail)


def test_a_page_with_a_staff_byline_passes_it_to_attribution() -> None:
    body = f"<p>According to Reuters, {EN}</p><p>{EN_MORE}</p><p>{EN_MORE}</p>"
    html = (
        "<html><head><title>Old ferry pier to close</title></head><body><article><h1>Old ferry pier to close</h1>"
        "<p class='byline'>By <a href='/author/mira-sollen'>Mira Sollen</a>, staff writer</p>"
        f"<div class='content'>{body}</div></article></body></html>"
    )
    page = GenericPage(html, "https://harbourtimes.example/pier/")
    assert page.authors() == ["Mira Sollen"]
    assert page.attribution().agencies == []
    unsigned = GenericPage(html.replace("By <a href='/author/mira-sollen'>Mira Sollen</a>, staff writer", ""), page.url)
    assert unsigned.attribution().agencies == ["Reuters"]
