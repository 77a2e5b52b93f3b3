"""Authors after review R16/R15 (F15A): wire sign-offs, name clean-ups, credits without colons."""

from __future__ import annotations

from lxml import html

from newscrawl.attribution import is_credit_line
from newscrawl.pages import GenericPage
from newscrawl.pages.author_lines import seamed_text, sign_off_writers
from newscrawl.pages.cleaning import clean_author_names

LEDE = "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
URL = "https://harbourtimes.example/2024/05/pier-closes/"


def page(head: str, body: str, url: str = URL) -> GenericPage:
    return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", url)


# -- wire sign-offs ------------------------------------------------------------------------------


def test_a_sign_off_names_its_reporters_not_its_editors_nor_additional_reporting() -> None:
    line = "Reporting by Tove Lund and Marco Ferri in Oslo; Additional reporting by Kim Aas; Editing by Per Holm"
    assert sign_off_writers(line) == ["Tove Lund", "Marco Ferri"]
    assert clean_author_names([line]) == (["Tove Lund", "Marco Ferri"], [])
    assert clean_author_names([f"({line})"]) == (["Tove Lund", "Marco Ferri"], [])
    line = "Reporting by Ola Berg; Writing by Kim Aas; Editing by Per Holm"
    assert sign_off_writers(line) == ["Ola Berg"]  # the desk that wrote the copy up is no author


def test_a_line_that_is_no_sign_off_is_left_alone() -> None:
    assert sign_off_writers("Editing by Per Holm") is None  # an editor alone names no writer
    assert sign_off_writers("The report was written by Ola Berg and read by few.") is None
    assert sign_off_writers("Reporting by Ola Berg; the mayor said no") is None


def test_a_wire_story_credited_to_its_agency_gets_its_reporters_from_the_sign_off() -> None:
    body = (
        '<article><h1>Ferry fares rise again</h1><p class="byline">By Reuters</p>'
        "<p>OSLO, May 3 (Reuters) - Ferry fares rose for the third time this year on Friday.</p>"
        f"{LEDE * 2}<p>Reporting by Tove Lund in Oslo; Editing by Per Holm</p></article>"
    )
    got = page("<title>Ferry fares rise again</title>", body)
    assert got.authors() == ["Tove Lund"]
    assert got.attribution().agencies == ["Reuters"]


def test_a_sign_off_naming_newsrooms_gives_no_authors() -> None:
    line = "Reporting by Fjordwatch and The Bergen Courier Tribune."
    assert clean_author_names([line]) == ([], [])
    body = f"<article><h1>Pier plan shelved</h1>{LEDE * 3}<p>{line}</p></article>"
    assert page("<title>Pier plan shelved</title>", body).authors() == []
    # People in the same line stay; a newsroom beside them goes.
    mixed = "Reporting by Tove Lund and Harbour Times in Oslo; Editing by Per Holm"
    assert clean_author_names([mixed]) == (["Tove Lund"], [])


# -- name clean-ups ------------------------------------------------------------------------------


def test_an_arabic_particle_joined_by_a_hyphen_is_part_of_the_name() -> None:
    assert clean_author_names(["By Omar el-Haddad and Noor al-Saadi"]) == (["Omar el-Haddad", "Noor al-Saadi"], [])


def test_jr_keeps_its_full_stop() -> None:
    assert clean_author_names(["By Tom Reyes Jr."]) == (["Tom Reyes Jr."], [])
    assert clean_author_names(["By Tom Reyes Jr"]) == (["Tom Reyes Jr"], [])  # as the page writes it


def test_romanian_de_before_a_full_name_is_a_label() -> None:
    assert clean_author_names(["de Ioana Marin"]) == (["Ioana Marin"], [])


# -- Indonesian credits without colons -------------------------------------------------------------


def test_an_indonesian_role_credit_names_the_writer_after_the_post_not_the_editor() -> None:
    assert clean_author_names(["Laporan Wartawan Kabar Cianjur, Asep"]) == (["Asep"], [])
    line = "Penulis Kontributor Garut, Dewi Lestari | Editor Budi Hartono"
    assert clean_author_names([line]) == (["Dewi Lestari"], [])


def test_an_indonesian_role_credit_ending_on_a_known_place_names_no_one() -> None:
    assert clean_author_names(["Reporter Beritacontoh.com, Makassar"]) == ([], [])
    assert clean_author_names(["Laporan Wartawan Kabar Cianjur; Jakarta"]) == ([], [])
    credit = '<div class="author">Laporan Wartawan Kabar Cianjur, Jakarta</div>'
    body = f"<article><h1>Jembatan baru dibuka di Garut</h1>{credit}{LEDE * 3}</article>"
    assert page("<title>Jembatan baru dibuka di Garut</title>", body).authors() == []
    assert clean_author_names(["Reporter Beritacontoh.com, Asep"]) == (["Asep"], [])


def test_an_indonesian_role_credit_in_an_unmarked_block_is_read_as_a_byline() -> None:
    credit = '<div class="read-credit">Penulis Kontributor Garut, Dewi Lestari | Editor Budi Hartono</div>'
    body = f"<article><h1>Jembatan baru dibuka di Garut</h1>{credit}{LEDE * 3}</article>"
    assert page("<title>Jembatan baru dibuka di Garut</title>", body).authors() == ["Dewi Lestari"]


# -- "admin" and the real writer elsewhere ----------------------------------------------------------


def test_a_guest_post_label_opens_a_byline_and_an_admin_meta_names_no_one() -> None:
    head = '<meta name="author" content="admin"><title>Ten winters on a narrowboat</title>'
    body = f'<article><h1>Ten winters on a narrowboat</h1><div class="meta">Guest post by Ines Walder</div>{LEDE * 3}</article>'
    assert page(head, body).authors() == ["Ines Walder"]


def test_an_author_box_bio_names_the_writer_where_the_post_is_by_admin() -> None:
    posted = '<div class="entry-meta">Posted on May 3, 2024 by <a href="/author/admin/" rel="author">admin</a></div>'
    box = '<div class="author-box"><h4>About the author</h4><p><b>Ines Walder</b> is a canal writer in Leeds.</p></div>'
    body = f"<article><h1>Ten winters on a narrowboat</h1>{posted}{LEDE * 3}{box}</article>"
    assert page("<title>Ten winters on a narrowboat</title>", body).authors() == ["Ines Walder"]


def test_a_bio_gives_the_name_it_opens_with() -> None:
    assert clean_author_names(["About the author Ines Walder is a canal writer in Leeds."]) == (["Ines Walder"], [])
    assert clean_author_names(["Written by Ines Walder, who is a canal writer in Leeds."]) == (["Ines Walder"], [])
    # Without a label an author box's text may run the name into the bio's first name.
    assert clean_author_names(["Ines Walder Ines is a canal writer in Leeds."]) == ([], [])
    assert clean_author_names(["The Leeds canal is a long one"]) == ([], [])


# -- an agency's partner service as the closing credit -------------------------------------------------


def test_an_agency_with_its_partner_service_is_the_agencys_credit_and_leaves_the_body() -> None:
    assert is_credit_line("AFP/Relaxnews") and is_credit_line("AFP-Relaxnews")
    assert not is_credit_line("AFP/Getty Images")  # a picture credit of two words is no such line
    body = f"<article><h1>Old ferry pier to close</h1>{LEDE * 3}<p>AFP/Relaxnews</p></article>"
    got = page("<title>Old ferry pier to close</title>", body)
    assert got.attribution().agencies == ["AFP"]
    assert "Relaxnews" not in (got.body() or "")


# -- words of adjacent elements run together ---------------------------------------------------------


def test_a_byline_span_glued_to_the_date_span_after_it_ends_at_the_name() -> None:
    meta = '<div class="meta"><span>By Ines Walder</span><span>Published 3 May 2024</span></div>'
    body = f"<article><h1>Old ferry pier to close</h1>{meta}{LEDE * 3}</article>"
    assert page("<title>Old ferry pier to close</title>", body).authors() == ["Ines Walder"]
    byline = '<div class="byline"><a>Ines Walder</a><span>Updated 3 May 2024</span></div>'
    body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
    assert page("<title>Old ferry pier to close</title>", body).authors() == ["Ines Walder"]


def test_a_word_split_by_markup_stays_one_word() -> None:
    node = html.fragment_fromstring("<p>By Ines Wal<b>der</b><span>Published</span> May 3</p>")
    assert seamed_text(node) == "By Ines Walder Published May 3"


# -- byline blocks: another language's class word, a columnist, a place behind the linked name --------


def test_a_spanish_firma_block_is_a_byline_but_a_german_firma_is_a_company() -> None:
    firma = '<div class="firma">Lucía Ferrer</div>'
    body = f"<article><h1>El puerto cierra el muelle viejo</h1>{firma}{LEDE * 3}</article>"
    assert GenericPage(f'<html lang="es"><head><title>x</title></head><body>{body}</body></html>', URL).authors() == [
        "Lucía Ferrer"
    ]
    body = f'<article><h1>Der alte Fähranleger schließt</h1><div class="firma">Hafen Kranz</div>{LEDE * 3}</article>'
    assert GenericPage(f'<html lang="de"><head><title>x</title></head><body>{body}</body></html>', URL).authors() == []


def test_a_reporter_class_word_of_the_site_s_language_marks_the_byline() -> None:
    # Review R33 (rv25/22): Turkish "muhabir" (reporter); Indonesian and Malay "wartawan" and
    # "pewarta", Dutch "redacteur", Vietnamese "tac-gia" (tác giả) likewise.
    for marker in ("muhabir", "haber-muhabir", "wartawan", "pewarta-name", "redacteur", "tac-gia"):
        block = f'<div class="meta"><span class="{marker}">Ines Walder</span> <time>3 saat önce</time></div>'
        body = f"<article><h1>Old ferry pier to close</h1>{block}{LEDE * 3}</article>"
        assert page("<title>Old ferry pier to close</title>", body).authors() == ["Ines Walder"], marker


def test_the_next_span_s_date_label_is_no_part_of_the_name() -> None:
    # Review R33 (rv25/37): "Oleh A" in its span, "Diterbitkan pada: <date>" in the next one; the
    # line ran on into the next span's label (Malay and Indonesian "published", "updated").
    for label in ("Diterbitkan pada:", "Dikemaskini:", "Dipublikasikan:"):
        meta = f'<div class="entry-meta"><span class="author">Oleh Ines Walder</span> <span class="date">{label} Khamis, 26 Nov 2026 7:02 pagi</span></div>'
        body = f"<article><h1>Old ferry pier to close</h1>{meta}{LEDE * 3}</article>"
        assert page("<title>Old ferry pier to close</title>", body).authors() == ["Ines Walder"], label
    assert clean_author_names(["Ines Walder Diterbitkan pada 26 Nov 2026"])[0] == ["Ines Walder"]


def test_a_columnists_name_block_names_the_writer() -> None:
    block = '<div class="columnist"><img src="/c.jpg" alt=""><span>Ines Walder</span></div>'
    body = f"<article><h1>Ines Walder: Why I still take the ferry</h1>{block}{LEDE * 3}</article>"
    assert page("<title>Why I still take the ferry</title>", body).authors() == ["Ines Walder"]


def test_a_place_behind_the_linked_writer_is_no_second_writer() -> None:
    byline = '<div class="byline">Written by <a href="/author/ines-walder">Ines Walder</a> | Port Talbot</div>'
    body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
    assert page("<title>Old ferry pier to close</title>", body).authors() == ["Ines Walder"]


def test_a_letters_signature_gives_the_writer_not_the_town() -> None:
    signed = '<p class="byline">Ines Walder, Port Talbot</p>'
    body = f"<article><h1>Letter: Keep the old ferry pier open</h1>{signed}{LEDE * 3}</article>"
    assert page("<title>Letter: Keep the old ferry pier open</title>", body).authors() == ["Ines Walder"]
    body = f"<article><h1>Harbour board votes on the pier</h1>{signed}{LEDE * 3}</article>"
    assert page("<title>Harbour board votes on the pier</title>", body).authors() == ["Ines Walder", "Port Talbot"]


def test_same_person_folds_case_honorifics_degrees_and_a_middle_initial() -> None:
    from newscrawl.pages.author_lines import same_person

    assert same_person("Dr. Jana M. Ulm", "JANA ULM")
    assert same_person("Jana Ulm, PhD", "jana ulm")
    assert same_person("creeny", "Creeny")
    assert not same_person("Jana M. Ulm", "Jana K. Ulm")  # another initial: another person
    assert not same_person("Jana Ulm", "Piet Ulm")
    assert not same_person("Jana", "Jana Ulm")


def test_a_wire_storys_closing_sign_off_names_the_writer_under_the_agencys_byline() -> None:
    from newscrawl.pages import GenericPage

    lede = (
        "<p>Gdynia's container terminal handled a record number of ships in October, its operator said on Monday.</p>"
        "<p>The new quay opened in the spring lets two of the largest vessels berth at the same time.</p>"
    )

    def page(author: str, closing: str) -> GenericPage:
        head = f'<title>Record month</title><meta name="author" content="{author}">'
        body = f"<main><article><h1>Record month at Gdynia terminal</h1>{lede}<p>{closing}</p></article></main>"
        return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://www.baltic.example/news/1")

    credited = page("PAP", "Tomasz Lewandowski (PAP)")
    assert credited.authors() == ["Tomasz Lewandowski"]
    assert "PAP" in credited.attribution().agencies
    # another agency's sign-off, or no agency in the byline: no writer guessed from it
    assert page("PAP", "Tomasz Lewandowski (AFP)").authors() == []
    assert page("Staff and wire reports", "Tomasz Lewandowski (PAP)").authors() == []
