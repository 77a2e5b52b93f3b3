"""Authors (review R12): credits that name no person, names in capitals, an agency or the paper
beside the writer, bylines the page marks by a class or data attribute, Malay "Di" before a place."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.byline_forms import caps_name, first_line, marks_byline
from newscrawl.pages.cleaning import clean_author_names, name_beside_date

LEDE = (
    "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
    "<p>Repairs would cost more than a new pier, the board's engineer told members at the meeting.</p>"
    "<p>Ferries will berth at the container quay until a new pier opens, probably in two years.</p>"
)
URL = "https://www.harbourledger.example/2025/03/04/old-ferry-pier-to-close/"
HEADLINE = "<h1>Old ferry pier to close after divers find rotten piles</h1>"


def page(head: str, body: str, url: str = URL) -> GenericPage:
    return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", url)


def article(byline: str, head: str = "", url: str = URL) -> GenericPage:
    title = "<title>Old ferry pier to close after divers find rotten piles | Harbour Ledger</title>"
    return page(title + head, f"<main><article>{HEADLINE}{byline}{LEDE}</article></main>", url)


# -- not people -----------------------------------------------------------------------------


def test_a_time_zone_beside_a_date_is_no_name() -> None:
    assert name_beside_date("March 4, 2025 09:15 AM Pacific Daylight Time") is None
    assert name_beside_date("4 March 2025 10:15 WIB") is None
    assert name_beside_date("4 March 2025, 10:15 GMT") is None
    assert name_beside_date("4 March 2025 - Jana Ulm") == "Jana Ulm"
    assert name_beside_date("4 March 2025 - Jana West") == "Jana West"  # a zone in capitals only
    assert clean_author_names(["Central European Summer Time"]) == ([], [])
    line = '<div class="stamp">March 4, 2025 09:15 AM Pacific Daylight Time</div>'
    assert article(line).authors() == []


def test_a_desk_or_a_team_is_no_person() -> None:
    for credit in ("KRLD 4 News Digital Team", "Metro Desk", "Harbour Ledger Web Team", "News Team"):
        assert clean_author_names([credit]) == ([], []), credit
    assert clean_author_names(["Jana Ulm, Metro Desk"]) == (["Jana Ulm"], [])
    assert article("", '<meta name="dc.creator" content="KRLD 4 News Digital Team">').authors() == []


def test_a_place_or_an_office_after_a_comma_is_no_writer() -> None:
    assert clean_author_names(["Jana Ulm, Berlin"]) == (["Jana Ulm"], [])
    assert clean_author_names(["Jana Ulm, London, Piet Horn"]) == (["Jana Ulm", "Piet Horn"], [])
    assert clean_author_names(["Jana Ulm, CEO"]) == (["Jana Ulm"], [])
    assert clean_author_names(["Piet Horn, Co-Founder"]) == (["Piet Horn"], [])
    # A co-author named like a city stays: only a place alone after a separator is one.
    assert clean_author_names(["Jana Ulm, Sydney Brown"]) == (["Jana Ulm", "Sydney Brown"], [])
    assert article('<p class="byline">By Jana Ulm, Jakarta</p>').authors() == ["Jana Ulm"]


def test_a_handle_mark_set_apart_leaves_the_agency_credited() -> None:
    assert clean_author_names(["@ Reuters"]) == ([], ["Reuters"])


def test_a_companys_address_names_no_one() -> None:
    assert clean_author_names(["Harbour-Verlag GmbH, Nürnberg, Germany"]) == ([], [])
    assert article("", '<meta name="author" content="Harbour-Verlag GmbH, Nürnberg, Germany">').authors() == []


def test_placeholders_and_newsroom_marks_are_no_person() -> None:
    placeholders = ("publisher", "Benutzername", "Unbenannt", "anónimo", "Cortesía", "zvg", "Submitted")
    for credit in (
        *placeholders,
        "Newsdesk",
        "red",
        "red.",
        "HLTEAM",
        "Noticias de Harbour",
        "de Mayo de",
        "} Zapisz do",
    ):
        assert clean_author_names([credit]) == ([], []), credit
    # A name that holds such a word, or "Red" as a name, stays.
    assert clean_author_names(["Red Baker"]) == (["Red Baker"], [])
    assert article("", '<meta name="author" content="publisher">').authors() == []
    # "red." credits the newsroom: no guess after it gives "Red" either.
    assert article('<span class="author">Red</span>', '<meta name="author" content="red.">').authors() == []
    # The site's name whole, its parts split by separators, is no one.
    head = '<meta property="og:site_name" content="Noticias de Harbour - La Gaceta | Lo que pasa">'
    head += '<meta name="author" content="Noticias de Harbour - La Gaceta | Lo que pasa">'
    assert article('<p class="byline">Por Jana Ulm</p>', head).authors() == ["Jana Ulm"]


def test_a_staff_or_wire_credit_names_no_one_and_nothing_is_guessed_after_it() -> None:
    for credit in ("Staff and wire reports", "Wire reports", "From staff reports", "Ledger staff and wire services"):
        assert clean_author_names([credit]) == ([], []), credit
    ld = '{"@type": "NewsArticle", "headline": "Pier", "author": {"@type": "Person", "name": "Staff and wire reports"}}'
    head = f'<script type="application/ld+json">{ld}</script>'
    # A name-shaped line at the story's end is a guess; the page said its staff wrote it.
    body = f"<main><article>{HEADLINE}{LEDE}<p>Piet Horn</p></article></main>"
    assert page(head, body).authors() == []


def test_the_papers_own_name_as_a_part_of_the_byline_is_no_author() -> None:
    byline = '<div class="byline"><span>By Jana Ulm | <a href="mailto:jana@harbourledger.example">jana@harbourledger.example</a> | Harbour Ledger</span></div>'
    assert article(byline).authors() == ["Jana Ulm"]
    # Two writers stay two.
    byline = '<div class="byline"><span>By Jana Ulm | Piet Horn</span></div>'
    assert article(byline).authors() == ["Jana Ulm", "Piet Horn"]


# -- name shapes ----------------------------------------------------------------------------


def test_a_weekday_and_a_month_end_a_name_glued_to_the_date() -> None:
    assert clean_author_names(["Jana Ulm Tuesday, March 4th 2025, 9:00 am"]) == (["Jana Ulm"], [])
    assert clean_author_names(["By Jana Ulm Tue Mar. 4, 2025"]) == (["Jana Ulm"], [])
    byline = '<div class="meta"><span class="author">By Jana Ulm</span> <span class="date">Tuesday, March 4th 2025, 9:00 am</span></div>'
    assert article(byline).authors() == ["Jana Ulm"]


def test_a_name_all_in_capitals_is_written_as_a_name() -> None:
    assert caps_name("DANA O'NEILL-MCCARTHY") == "Dana O'Neill-McCarthy"
    assert caps_name("LUDWIG VAN DER BERG III") == "Ludwig van der Berg III"
    assert caps_name("J.R. HORN") == "J.R. Horn"
    assert caps_name("Kazım TÜRKMEN") == "Kazım TÜRKMEN"  # only a name all in capitals
    assert clean_author_names(["By PIET HORN"]) == (["Piet Horn"], [])


def test_an_agency_run_on_behind_the_name_in_one_span_is_credited_apart() -> None:
    assert clean_author_names(["By PIET HORN Associated Press"]) == (["Piet Horn"], ["AP"])
    assert clean_author_names(["Jana Ulm REUTERS"]) == (["Jana Ulm"], ["Reuters"])
    assert clean_author_names(["Michael R. Bloomberg"]) == (["Michael R. Bloomberg"], [])  # a name
    page_ = article('<ul><li><span class="tnt-byline">By PIET HORN Associated Press</span></li></ul>')
    assert page_.authors() == ["Piet Horn"]
    assert page_.attribution().agencies == ["AP"]


def test_an_outlet_in_capitals_beside_names_in_mixed_case_is_no_author() -> None:
    assert clean_author_names(["Jana Ulm and Piet Horn, HARBOUR LEDGER"]) == (["Jana Ulm", "Piet Horn"], [])
    assert clean_author_names(["JANA ULM, PIET HORN"]) == (["Jana Ulm", "Piet Horn"], [])
    # A writer in capitals after "and", or in a source of its own, is a writer.
    assert clean_author_names(["Jana Ulm and PIET R. HORN"]) == (["Jana Ulm", "Piet R. Horn"], [])
    assert clean_author_names(["Jana Ulm", "PIET R. HORN"]) == (["Jana Ulm", "Piet R. Horn"], [])


# -- bylines the page marks -----------------------------------------------------------------


def test_a_class_or_id_says_byline_by_its_parts() -> None:
    assert marks_byline("hl_story_by") and marks_byline("c-ArticleByline") and marks_byline("story-byline")
    assert not marks_byline("by-section") and not marks_byline("hl_story_by_link") and not marks_byline("nearby")


def test_a_marked_byline_block_names_the_writer_on_its_first_line() -> None:
    byline = '<div class="hl_story_by"><a class="hl_story_by_link">Jana Ulm</a><div class="hl_story_by_role">Special to the Harbour Ledger</div></div>'
    assert article(byline).authors() == ["Jana Ulm"]
    byline = '<div class="hl_story_by">Jana Ulm and Piet Horn, HARBOUR LEDGER</div>'
    assert article(byline).authors() == ["Jana Ulm", "Piet Horn"]


def test_a_data_attribute_byline_block_gives_the_name_not_the_outlet_or_place() -> None:
    byline = (
        '<div data-component="byline-block"><div data-testid="byline-contributors"><time datetime="2025-03-04">4 March 2025</time>'
        "<div><span>Jana Ulm</span><div><span>Ledger News, Harbourside</span></div></div></div></div>"
    )
    assert article(byline).authors() == ["Jana Ulm"]


def test_first_line_skips_the_date_and_stops_at_a_block() -> None:
    from lxml import html

    node = html.fragment_fromstring("<div><time>4 March 2025</time> <span>Jana Ulm</span><div>Ledger</div></div>")
    assert first_line(node) == "Jana Ulm"


def test_a_sort_control_marked_by_is_no_byline() -> None:
    assert article('<div class="sort-by">Sort by Newest</div>').authors() == []


# -- Malay and Indonesian -------------------------------------------------------------------

MS_URL = "https://www.beritapulau.example/semasa/2025/03/polis-tahan-suspek/"
MS_LEDE = (
    "<p>Polis menahan tiga suspek berusia antara 20 hingga 35 tahun dalam serbuan berasingan pada Isnin.</p>"
    "<p>Ketua Polis Daerah berkata semua suspek direman selama empat hari bagi membantu siasatan.</p>"
)


def ms_page(bylines: str, lang: str = "") -> GenericPage:
    title = "<title>Polis tahan tiga suspek samun di Kuala Lumpur | Berita Pulau</title>"
    body = f"<main><article><h1>Polis tahan tiga suspek samun di Kuala Lumpur</h1>{bylines}{MS_LEDE}</article></main>"
    return GenericPage(f"<html{lang}><head>{title}</head><body>{body}</body></html>", MS_URL)


def test_di_before_a_place_is_no_byline_label_outside_italian() -> None:
    bylines = '<div class="author">Di Kuala Lumpur</div><div class="author">Ahmad Fauzi</div>'
    assert ms_page(bylines).authors() == ["Ahmad Fauzi"]
    assert ms_page('<div class="author">Dari Johor Bahru</div><div class="author">Ahmad Fauzi</div>').authors() == [
        "Ahmad Fauzi"
    ]
    # Italian "di" is "by".
    assert ms_page('<div class="author">Di Marco Rossi</div>', ' lang="it"').authors() == ["Marco Rossi"]


def test_a_writer_with_an_agency_keeps_the_writer_and_credits_the_agency() -> None:
    assert clean_author_names(["Ahmad Zaki dengan Bernama"]) == (["Ahmad Zaki"], ["Bernama"])
    page_ = ms_page('<div class="author">Ahmad Fauzi</div><div class="byline">Berita Pulau dengan Bernama</div>')
    assert page_.authors() == ["Ahmad Fauzi"]
    assert page_.attribution().agencies == ["Bernama"]


# -- review R23: person's names the credit rules took ----------------------------------------


def test_a_hyphenated_name_in_capitals_is_a_name_only_joined_agencies_are_a_credit() -> None:
    assert article('<p class="byline">By JEAN-PAUL MARTIN</p>').authors() == ["Jean-Paul Martin"]
    assert clean_author_names(["BY NUR AIN MOHD-ZAIN AND SITI HAJAR"])[0] == ["Nur Ain Mohd-Zain", "Siti Hajar"]
    assert clean_author_names(["AFP-JIJI"]) == ([], ["AFP", "Jiji"])


def test_a_broadcasters_initials_are_no_news_services_credit() -> None:
    assert clean_author_names(["By CNN"]) == (["CNN"], [])
    # The Baltic News Service's byline: an agency since it is in AGENCIES (F26), credited, no writer.
    assert clean_author_names(["BNS"]) == ([], ["BNS"])
    assert clean_author_names(["TNN"]) == ([], [])
    assert clean_author_names(["DHNS"]) == ([], [])


def test_meja_is_a_desk_only_before_a_desks_word() -> None:
    assert article('<p class="byline">By Meja Andersson</p>').authors() == ["Meja Andersson"]
    assert clean_author_names(["Meja Sukan"]) == ([], [])


def test_who_before_reports_from_is_no_writer() -> None:
    assert article('<p class="byline">By Jana Ulm, who reports from Kyiv</p>').authors() == ["Jana Ulm"]


def test_a_byline_shown_that_spells_a_blogs_subdomain_label_is_its_writer() -> None:
    url = "https://blog.janaulm.com/2025/03/04/old-ferry-pier-to-close/"
    assert article('<p class="byline">By Jana Ulm</p>', url=url).authors() == ["Jana Ulm"]
    # a meta author that is the site's name is still no one
    assert article("", '<meta name="author" content="Janaulm">', url=url).authors() == []


# -- review sets rv22 and rv23 (FA23) -------------------------------------------------------


def test_a_staff_title_or_a_desk_in_place_of_a_name_is_no_one() -> None:
    # Bengali "own reporter", "special correspondent", a desk; Urdu, Hindi staff titles; a place after it.
    for credit in (
        "নিজস্ব প্রতিবেদক",
        "বিশেষ প্রতিনিধি",
        "খবর বার্তা ডেস্ক",
        "نمائندہ خصوصی",
        "اسٹاف رپورٹر",
        "स्टाफ रिपोर्टर",
        "संवाददाता, गया",
        "Staff Correspondent, Rangpur",
        "Staff Reporter, Cox's Bazar",
    ):
        assert clean_author_names([credit]) == ([], []), credit
    assert article('<p class="byline">Staff Correspondent, Rangpur</p>').authors() == []
    # behind a name it is the name's role, as before
    assert clean_author_names(["Rafiq, Staff Reporter"]) == (["Rafiq"], [])
    assert clean_author_names(["Rafiqul Hasan, Staff Correspondent"]) == (["Rafiqul Hasan"], [])


def test_the_hindi_report_label_opens_a_byline() -> None:
    assert clean_author_names(["रिपोर्ट: अनिल मीणा"]) == (["अनिल मीणा"], [])
    assert article('<p class="byline">रिपोर्ट: अनिल मीणा</p>').authors() == ["अनिल मीणा"]


def test_a_given_names_short_form_with_its_stop_is_inside_one_name() -> None:
    assert clean_author_names(["Rahmat Muh. Arif"]) == (["Rahmat Muh. Arif"], [])
    assert clean_author_names(["Mohd. Faizal Rani"]) == (["Mohd. Faizal Rani"], [])
    assert clean_author_names(["Abd. Kadir Lubis"]) == (["Abd. Kadir Lubis"], [])
    # a stop after a full word still ends a name
    assert clean_author_names(["Wilmer Leon. Sputnik International"])[0] == ["Wilmer Leon"]


def test_tagalog_ni_and_swahili_na_open_a_byline_on_pages_in_those_languages() -> None:
    def local(lang: str, byline: str) -> list[str]:
        body = f'<main><article>{HEADLINE}<p class="byline">{byline}</p>{LEDE}</article></main>'
        return GenericPage(
            f'<html lang="{lang}"><head><title>Pier</title></head><body>{body}</body></html>', URL
        ).authors()

    assert local("tl", "Ni Marites Dizon") == ["Marites Dizon"]
    assert local("sw", "Na Amani Kombo") == ["Amani Kombo"]
    # elsewhere "Ni" and "Na" are names ("Na Young Seok", Korean; "Ni Wayan Sari", Balinese)
    assert local("en", "Na Young Seok") == ["Na Young Seok"]
    assert local("id", "Ni Wayan Sari") == ["Ni Wayan Sari"]
    assert local("sw", "Ni Wayan Sari") == ["Ni Wayan Sari"]


def test_an_arabic_bylines_place_before_the_dash_is_no_writer() -> None:
    assert clean_author_names(["جدة - سلمان العتيبي"]) == (["سلمان العتيبي"], [])
    assert article('<p class="byline">الدمام - نورة القحطاني</p>').authors() == ["نورة القحطاني"]
    # two full names either side of the dash are two writers
    assert clean_author_names(["سلمان العتيبي - نورة القحطاني"]) == (["سلمان العتيبي", "نورة القحطاني"], [])


# -- initials behind the writers: an outlet's only when known, an agency's, the site's (R39 finding 7)


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By Jana Ulm and PH", ["Jana Ulm", "PH"]),  # a colleague's initials
        ("Reporter: BUDI SANTOSO, DEWI", ["Budi Santoso", "DEWI"]),  # a mononym in a byline in capitals
        ("By Jana Ulm and HL", ["Jana Ulm"]),  # the site's initials (Harbour Ledger)
        ("By Jana Ulm, BBC", ["Jana Ulm"]),  # a known broadcaster
        ("Jana Ulm, Nell Ashby, SWR", ["Jana Ulm", "Nell Ashby"]),  # a broadcaster's three initials
    ],
)
def test_initials_behind_the_writers_are_dropped_only_as_an_outlets(byline: str, people: list[str]) -> None:
    head = "<title>Old ferry pier to close | Harbour Ledger</title>"
    assert article(f'<p class="byline">{byline}</p>', head=head).authors() == people


# -- review rv28 (FA15): writer labels, initials, desks and a slashed agency of more languages -----


def test_finnish_tamil_and_mongolian_writer_labels_open_a_byline_in_an_info_line() -> None:
    # Finnish "Teksti" (the text's writer) beside "Kuvat" (the pictures': no author).
    credits = '<div class="credits">Teksti: <b>Mikko Rantanen</b> | Kuvat: <b>Liisa Heino</b></div>'
    assert article(credits).authors() == ["Mikko Rantanen"]
    assert article('<div class="info">Toimittaja: <span>Mikko Rantanen</span></div>').authors() == ["Mikko Rantanen"]
    # Tamil "செய்தியாளர்" (reporter) before a name with its initial; Mongolian "Сурвалжлагч" (reporter)
    # before a name whose father's initial is glued to it.
    assert article('<div class="info">செய்தியாளர்: <span>ப. செல்வம்</span></div>').authors() == ["ப. செல்வம்"]
    assert article('<div class="info">Сурвалжлагч: <a href="/u/7">Д.Оюунчимэг</a></div>').authors() == ["Д.Оюунчимэг"]
    # the photographer's label alone credits no writer
    assert article('<div class="credits">Kuvat: <b>Liisa Heino</b></div>').authors() == []


def test_an_initial_in_a_caseless_script_or_glued_by_its_stop_is_part_of_a_name() -> None:
    assert clean_author_names(["ப. செல்வம்"]) == (["ப. செல்வம்"], [])
    assert clean_author_names(["Д.Оюунчимэг"]) == (["Д.Оюунчимэг"], [])
    # an initial alone, a domain, a company's short form are no names
    for raw in ("ப.", "example.com", "E.ON", "Д.ОЮУН"):
        assert clean_author_names([raw])[0] == [], raw


def test_malayalam_and_tamil_own_correspondent_credits_name_no_one() -> None:
    for credit in ("സ്വന്തം ലേഖകൻ", "പ്രത്യേക ലേഖകൻ", "நமது நிருபர்", "சிறப்புச் செய்தியாளர்"):
        assert clean_author_names([credit]) == ([], []), credit
    assert article('<div class="byline">സ്വന്തം ലേഖകൻ</div>').authors() == []
    # a writer's own name stays ("Lekha" is a given name)
    assert clean_author_names(["ലേഖ മേനോൻ"]) == (["ലേഖ മേനോൻ"], [])


def test_tt_after_a_slash_behind_the_writer_is_the_swedish_agency() -> None:
    assert clean_author_names(["Erik Sandberg/TT"]) == (["Erik Sandberg"], ["TT"])
    assert clean_author_names(["Erik Sandberg / TT"]) == (["Erik Sandberg"], ["TT"])
    page_ = article('<span class="byline">Erik Sandberg/TT</span>')
    assert page_.authors() == ["Erik Sandberg"]
    # alone or after a comma "TT" is no agency: initials as often
    assert clean_author_names(["TT"])[1] == []
    assert clean_author_names(["Erik Sandberg, TT"])[1] == []


def test_a_national_agencys_short_form_alone_is_the_agency_on_a_page_in_its_countrys_language() -> None:
    def croatian(byline: str) -> GenericPage:
        body = f'<main><article>{HEADLINE}<p class="byline">{byline}</p>{LEDE}</article></main>'
        return GenericPage(f'<html lang="hr"><head><title>Pier</title></head><body>{body}</body></html>', URL)

    assert croatian("Autor: Hina").authors() == []
    assert "HINA" in croatian("Autor: Hina").attribution().agencies
    assert clean_author_names(["Hina"], language=lambda: "hr") == ([], ["HINA"])
    # elsewhere "Hina" is a given name; a full name is a person's on any page
    assert clean_author_names(["Hina"], language=lambda: "ja") == (["Hina"], [])
    assert clean_author_names(["Hina Tanaka"], language=lambda: "hr") == (["Hina Tanaka"], [])
