"""News portals' datelines and credits (Indonesian, Malay, English): "JAKARTA, KOMPAS.com -",
"Artikel ini telah tayang di ...", an agency's copyright notice."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute, is_credit_line, take_portal_dateline

STORY = "Harga beras medium di pasar induk naik Rp 1.000 per kilogram dalam sepekan terakhir."


@pytest.mark.parametrize(
    ("lead", "place", "portal"),
    [
        ("JAKARTA, KOMPAS.com -", "JAKARTA", "KOMPAS.com"),
        ("Jakarta, Kompasiana.com –", "Jakarta", "Kompasiana.com"),
        ("TRIBUNNEWS.COM, JAKARTA -", "JAKARTA", "TRIBUNNEWS.COM"),
        ("Liputan6.com, Jakarta -", "Jakarta", "Liputan6.com"),
        ("REPUBLIKA.CO.ID, JAKARTA --", "JAKARTA", "REPUBLIKA.CO.ID"),
        ("PEKANBARU (RIAUPOS.CO) –", "PEKANBARU", "RIAUPOS.CO"),
        ("TANJUNGPINANG, WARTAKEPRI –", "TANJUNGPINANG", "WARTAKEPRI"),
        ("Suara.com -", None, "Suara.com"),
    ],
)
def test_a_portal_dateline_comes_off_with_its_place(lead: str, place: str | None, portal: str) -> None:
    assert take_portal_dateline(f"{lead} {STORY}") == (STORY, place, portal)


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Jakarta (ANTARA) - {STORY}",  # an agency's dateline: take_dateline's
        "Meanwhile, Amazon.com - which sells the books - said little about the change this week.",
        "Visit example.com for the full programme of the festival.",
        f"Jakarta - {STORY}",
    ],
)
def test_other_leads_are_no_portal_datelines(paragraph: str) -> None:
    assert take_portal_dateline(paragraph) == (paragraph, None, None)


def test_the_sites_own_portal_dateline_credits_no_one() -> None:
    for names in (["kompas.com"], ["Kompas", "www.kompas.com"]):
        credits = attribute([f"JAKARTA, KOMPAS.com - {STORY}", "Paragraf kedua."], site_names=names)
        assert credits.paragraphs == [STORY, "Paragraf kedua."]
        assert credits.dateline == "JAKARTA"
        assert credits.attribution.publisher is None and credits.attribution.credit is None
    # A short form of the host is the site too: RIAUPOS.CO on riauposdigital.co.id.
    credits = attribute([f"PEKANBARU (RIAUPOS.CO) – {STORY}"], site_names=["riauposdigital.co.id"])
    assert credits.dateline == "PEKANBARU" and credits.attribution.credit is None


def test_another_portals_dateline_on_a_copy_names_the_publisher() -> None:
    credits = attribute([f"JAKARTA, KOMPAS.com - {STORY}", "Paragraf kedua."], site_names=["beritaku.example"])
    assert credits.paragraphs == [STORY, "Paragraf kedua."]
    assert credits.attribution.publisher == "Kompas.com"  # a known publisher by its own name
    assert credits.attribution.credit == "KOMPAS.com"
    credits = attribute([f"TRIBUNBATAM.id, NATUNA - {STORY}"], site_names=["beritaku.example"])
    assert (credits.dateline, credits.attribution.publisher) == ("NATUNA", "TRIBUNBATAM.id")


def test_a_region_in_capitals_after_the_place_credits_no_one() -> None:
    credits = attribute([f"KUALA LUMPUR, MALAYSIA - {STORY}"], site_names=["beritaku.example"])
    assert credits.paragraphs == [STORY]
    assert credits.dateline == "KUALA LUMPUR"
    assert credits.attribution.publisher is None and credits.attribution.credit is None


@pytest.mark.parametrize(
    ("line", "publisher", "agencies"),
    [
        ('Artikel ini telah tayang di Reuters dengan judul "Gold hits record". Diterjemahkan secara otomatis.',
         "Reuters", ["Reuters"]),
        ('Artikel ini telah tayang di Kompas.com dengan judul "Harga Beras Naik", Klik untuk baca: https://x.example/a',
         "Kompas.com", []),
        ("Berita ini sudah dimuat di Tribunnews.com dengan judul Harga Cabai Naik", "Tribunnews.com", []),
        ("Artikel ini pertama kali disiarkan oleh Bernama pada 12 Oktober.", "Bernama", ["Bernama"]),
        ("This article was originally published on The Conversation. Read the original article.",
         "The Conversation", []),
        ("This article is republished from The Conversation under a Creative Commons license.",
         "The Conversation", []),
    ],
)  # fmt: skip
def test_a_ran_first_elsewhere_line_names_the_publisher(line: str, publisher: str, agencies: list[str]) -> None:
    credits = attribute([STORY, "Paragraf kedua.", line], links={line: "https://origin.example/story"})
    assert credits.paragraphs == [STORY, "Paragraf kedua."]
    assert credits.attribution.publisher == publisher
    assert credits.attribution.agencies == agencies
    assert credits.attribution.original_url == "https://origin.example/story"
    assert credits.attribution.credit == line


def test_an_agencys_copyright_notice_is_a_credit_line() -> None:
    notice = (
        "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed without permission."
    )
    credits = attribute(["The fire grew overnight, officials said.", notice])
    assert credits.paragraphs == ["The fire grew overnight, officials said."]
    assert credits.attribution.agencies == ["AP"]
    assert credits.attribution.publisher is None
    assert is_credit_line("Copyright © ANTARA 2025")
    assert not is_credit_line("© 2025 Kabar Pasar")  # the site's own notice credits no agency
    assert not is_credit_line("This article was originally published in 2019 and has been updated.")


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Cet article a initialement été publié le 4 mars 2025 sur le site du Courrier Alpin.", "Courrier Alpin"),
        ("Article initialement publié dans Le Quotidien du Port.", "Le Quotidien du Port"),
        ("Cet article a d'abord été publié sur le site d'Ouest-Rivage.", "Ouest-Rivage"),
        ("Este artículo fue publicado originalmente el 3 de marzo de 2025 en El Faro Costero.", "El Faro Costero"),
        ("Este artigo foi publicado originalmente no site Jornal do Vale.", "Jornal do Vale"),
        ("Questo articolo è stato pubblicato originariamente su Il Faro.", "Il Faro"),
        ("Dieser Artikel erschien zuerst bei Hafen Online.", "Hafen Online"),
    ],
)  # fmt: skip
def test_a_ran_first_elsewhere_line_in_french_spanish_portuguese_italian_german(line: str, publisher: str) -> None:
    credits = attribute([STORY, "Paragraf kedua.", line])
    assert credits.paragraphs == [STORY, "Paragraf kedua."]
    assert credits.attribution.publisher == publisher
    assert credits.attribution.credit == line


@pytest.mark.parametrize(
    "sentence",
    [
        "Le projet a d'abord été publié sur internet par les chercheurs du port en mars.",
        "Initialement publié sur Facebook, le message a été supprimé depuis par son auteur.",
        "El informe fue publicado originalmente en inglés y traducido después por la agencia regional.",
        "Der Roman erschien zuerst bei einem kleinen Verlag in Kiel und wurde dann ein Erfolg.",
    ],
)
def test_a_sentence_about_a_first_publication_is_no_credit(sentence: str) -> None:
    assert not is_credit_line(sentence)


def test_a_book_s_first_publisher_is_no_ran_first_elsewhere_note() -> None:
    # Review R43 (f4): a book review's last line names the book's first publisher, no outlet.
    line = "Erschien zuerst bei Suhrkamp."
    credits = attribute([STORY, "Paragraf kedua.", line])
    assert credits.paragraphs == [STORY, "Paragraf kedua.", line]
    assert credits.attribution.publisher is None
    # A note naming an outlet, or with its day, is one.
    for note, publisher in (
        ("Erschien zuerst bei Hafen Online.", "Hafen Online"),
        ("Erschien zuerst am 3. März 2025 bei Suhrkamp.", "Suhrkamp"),
    ):
        assert attribute([STORY, "Paragraf kedua.", note]).attribution.publisher == publisher, note


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Semarang, Kabar Pesisir --", "Semarang"),  # place, then the site's name in words
        ("Berita Kabar Pesisir, Kudus -", "Kudus"),  # the outlet (the site's name inside it), then the place
    ],
)
def test_a_dateline_naming_the_site_in_words_comes_off(lead: str, place: str) -> None:
    credits = attribute([f"{lead} {STORY}", "Paragraf kedua."], site_names=["Kabar Pesisir", "kabarpesisir.id"])
    assert credits.paragraphs == [STORY, "Paragraf kedua."]
    assert credits.dateline == place
    assert credits.attribution.credit is None  # the site's own name: no credit


def test_two_names_and_a_dash_naming_no_site_stay() -> None:
    # A place and its region, or a story on another site's copy: no side is known to be the outlet.
    for lead in ("Kuala Lumpur, Selangor -", "Semarang, Kabar Pesisir --"):
        paragraph = f"{lead} {STORY}"
        credits = attribute([paragraph], site_names=["Suara Utara", "suarautara.my"])
        assert credits.paragraphs == [paragraph] and credits.dateline is None
