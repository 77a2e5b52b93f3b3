"""Authors (review R20, R21): desks, labels and wire credits that name no one, byline lead words
and shapes of other languages, a photo credit beside the writer's."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import clean_author_names

LEDE = (
    "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
    "<p>Repairs would cost more than a new pier, the board's engineer told members at the meeting.</p>"
    "<p>Ferries will berth at the container quay until a new pier opens, probably in two years.</p>"
)
URL = "https://www.harbourledger.example/2025/03/04/old-ferry-pier-to-close/"
HEADLINE = "<h1>Old ferry pier to close after divers find rotten piles</h1>"


def article(byline: str, head: str = "", url: str = URL, tail: str = "") -> GenericPage:
    title = "<title>Old ferry pier to close after divers find rotten piles | Harbour Ledger</title>"
    body = f"<main><article>{HEADLINE}{byline}{LEDE}{tail}</article></main>"
    return GenericPage(f"<html><head>{title}{head}</head><body>{body}</body></html>", url)


# -- desks, labels and wire credits: no person --------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "Meja Berita",  # Malay: the news desk
        "oleh Meja Serantau",
        "Meja Berita26 November 2026",  # its date run on
        "Da Redação",  # Portuguese: from the newsroom
        "La Rédaction",
        "온라인뉴스팀",  # Korean: online news team
        "디지털뉴스부",
        "编辑部",
        "Συντακτική Ομάδα",  # Greek: editorial team
        "Σύνταξη",
        # The newsroom word of other languages, a place or a section after it at most
        "Redakcja",  # Polish
        "Redakcja Kraków",
        "Redakce",  # Czech
        "Redacția",  # Romanian
        "Редакция",  # Russian
        "Szerkesztőség",  # Hungarian
        "Toimitus",  # Finnish
        "Haber Merkezi",  # Turkish: the news centre
        "redaktori",  # Albanian: the editor's account
        "Na Mwandishi Wetu",  # Swahili: by our writer
        "Waandishi Wetu",
        "Thứ Sáu, 27/11/2026 10:00",  # a Vietnamese weekday and its date
        "Chủ Nhật",
    ],
)
def test_a_desk_named_by_its_newsroom_word_first_or_in_one_cjk_word_is_no_person(raw: str) -> None:
    assert clean_author_names([raw]) == ([], [])


@pytest.mark.parametrize(
    "raw", ["By Our Correspondent", "Our Staff Reporter", "Oleh Wartawan Kami", "Par notre correspondant"]
)
def test_our_own_reporter_unnamed_is_no_person(raw: str) -> None:
    assert clean_author_names([raw]) == ([], [])


@pytest.mark.parametrize("raw", ["TNN", "DHNS", "Theo TTXVN", "AFP-JIJI", "기사입력 2026-11-26 11:10"])
def test_initials_without_a_vowel_joined_wires_and_a_date_label_are_no_name(raw: str) -> None:
    assert clean_author_names([raw])[0] == []


def test_names_stay_beside_the_new_rules() -> None:
    assert clean_author_names(["MARK SHERMAN"])[0] == ["Mark Sherman"]
    assert clean_author_names(["Jean-Paul Sartre"])[0] == ["Jean-Paul Sartre"]
    assert clean_author_names(["Jana Ulm, Meja Berita"])[0] == ["Jana Ulm"]
    assert clean_author_names(["Anna Nowak, Redakcja"])[0] == ["Anna Nowak"]
    assert clean_author_names(["Theo Walcott"])[0] == ["Theo Walcott"]
    assert clean_author_names(["박서연"])[0] == ["박서연"]
    # A broadcaster's three initials are kept as the evaluation gold keeps them.
    assert clean_author_names(["NDR"])[0] == ["NDR"]
    assert clean_author_names(["CNN Wire"])[0] == ["CNN Wire"]


def test_a_desk_credit_in_the_byline_leaves_the_page_without_a_guessed_author() -> None:
    byline = '<div class="byline">oleh <a href="/author/meja-berita/">Meja Berita</a></div>'
    assert article(byline).authors() == []
    assert article('<p class="byline">By Our Correspondent</p>').authors() == []
    assert article('<div class="byline"><span>TNN</span> / Updated: Nov 26, 2026, 06:30 IST</div>').authors() == []


# -- byline lead words and shapes of other languages ---------------------------------------


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Door Sanne de Vries en Pieter van den Berg", ["Sanne de Vries", "Pieter van den Berg"]),
        ("Ayesha Siddiqui reports from Karachi", ["Ayesha Siddiqui"]),
        ("Jana Ulm reporting from Kyiv", ["Jana Ulm"]),
        ("本报记者 王晓明 李娜", ["王晓明", "李娜"]),
        ("记者 张伟", ["张伟"]),
        ("Jana Ulm en Madrid", []),  # French and Spanish "en" is "in": no second writer
    ],
)
def test_byline_shapes_of_other_languages_give_their_writers(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Lea Holm og Nils Berg", ["Lea Holm", "Nils Berg"]),  # Danish, Norwegian
        ("Lea Holm och Nils Berg", ["Lea Holm", "Nils Berg"]),  # Swedish
        ("Anna Kowalska i Piotr Nowak", ["Anna Kowalska", "Piotr Nowak"]),  # Polish, Catalan
        ("Ayşe Kaya ve Mehmet Demir", ["Ayşe Kaya", "Mehmet Demir"]),  # Turkish
        ("Kiss Anna és Nagy Péter", ["Kiss Anna", "Nagy Péter"]),  # Hungarian
        ("Ioana Pop și Mihai Ionescu", ["Ioana Pop", "Mihai Ionescu"]),  # Romanian
        ("Liisa Korhonen ja Matti Laine", ["Liisa Korhonen", "Matti Laine"]),  # Finnish
        ("Анна Орлова и Иван Зуев", ["Анна Орлова", "Иван Зуев"]),  # Russian
        # Catalan "i" joins a person's two surnames: one name, no second writer
        ("Marta Puig i Soler", []),
    ],
)
def test_and_in_other_languages_joins_two_writers(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


def test_a_swedish_byline_with_two_writers_gives_both() -> None:
    byline = '<div class="byline">Av Lea Holm och Nils Berg</div>'
    assert article(byline).authors() == ["Lea Holm", "Nils Berg"]


@pytest.mark.parametrize(
    ("raw", "people", "agencies"),
    [
        ("Lucie Perrin (avec Marc Duval et Inès Roy)", ["Lucie Perrin", "Marc Duval", "Inès Roy"], []),
        ("Jana Ulm (with Piet Horn)", ["Jana Ulm", "Piet Horn"], []),
        ("Jana Ulm (mit Piet Horn und Ann Lee)", ["Jana Ulm", "Piet Horn", "Ann Lee"], []),
        # no co-authors: an agency, a German noun, a credit that is no name
        ("Lucie Perrin (avec AFP)", ["Lucie Perrin"], ["AFP"]),
        ("Jana Ulm (mit Agenturen)", ["Jana Ulm"], []),
        ("Jana Ulm (with additional reporting by Ann Lee)", ["Jana Ulm"], []),
    ],
)
def test_coauthors_in_an_aside_behind_the_first_writer_are_writers(
    raw: str, people: list[str], agencies: list[str]
) -> None:
    assert clean_author_names([raw]) == (people, agencies)


def test_a_byline_with_coauthors_in_brackets_gives_all_three() -> None:
    byline = (
        '<p class="signature">Par <span class="auteur"><a href="/journaliste/lucie-perrin/">Lucie Perrin</a>'
        " (avec Marc Duval et Inès Roy)</span></p>"
    )
    assert article(byline).authors() == ["Lucie Perrin", "Marc Duval", "Inès Roy"]


def test_a_french_interview_credit_opens_a_byline() -> None:
    byline = '<p class="signature">Propos recueillis par <strong>Lucie Perrin</strong></p>'
    assert article(byline).authors() == ["Lucie Perrin"]


def test_a_dutch_byline_with_two_writers_gives_both() -> None:
    byline = '<div class="byline">Door Sanne de Vries en Pieter van den Berg</div>'
    assert article(byline).authors() == ["Sanne de Vries", "Pieter van den Berg"]


# -- a photo credit beside the writer's -----------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["Words: Hannah Brook / Pictures: Dylan Nash", "Hannah Brook; Pictures Dylan Nash", "Words: Hannah Brook"],
)
def test_the_pictures_credit_beside_the_words_credit_is_no_writer(raw: str) -> None:
    assert clean_author_names([raw])[0] == ["Hannah Brook"]


def test_a_words_and_pictures_byline_names_the_writer_only() -> None:
    byline = (
        '<span class="byline">Words: <a href="/author/hbrook/">Hannah Brook</a> / '
        'Pictures: <a href="/author/dnash/">Dylan Nash</a></span>'
    )
    assert article(byline).authors() == ["Hannah Brook"]


# -- the site's name as meta author --------------------------------------------------------


def test_a_meta_author_that_is_the_domains_name_loses_to_the_byline_on_a_subdomain() -> None:
    url = "https://economy.lintaswarta.example/read/2026/11/26/320/harga-emas-turun"
    head = '<meta name="author" content="Lintaswarta">'
    byline = '<div class="reporter"><div class="namerep">Fakhri Rezy, <b>Jurnalis</b></div></div>'
    assert article(byline, head, url=url).authors() == ["Fakhri Rezy"]
    # On the domain itself the first label names the site already; a writer named in the meta stays.
    head = '<meta name="author" content="Fakhri Rezy">'
    assert article("", head, url=url).authors() == ["Fakhri Rezy"]


# -- a Japanese signature in parentheses ---------------------------------------------------

JA_STORY = (
    "<p>市は二十六日、市内すべての図書館で来年四月から開館時間を夜九時まで延ばすと発表した。</p>"
    "<p>対象は十二館で、年間の費用は約二億円を見込む。利用者の声を受けた措置だという。</p>"
    "<p>市長は記者会見で「働く人にも使いやすい図書館にしたい」と話した。</p>"
)


def _ja_page(closing: str) -> GenericPage:
    html = (
        "<html lang='ja'><head><title>図書館の開館時間を延長へ</title></head><body><main><article>"
        f"<h1>図書館の開館時間を延長へ</h1>{JA_STORY}{closing}</article></main></body></html>"
    )
    return GenericPage(html, "https://www.kitaguni-shinpo.example.jp/news/20261126-library")


def test_a_name_in_full_width_parentheses_closing_a_japanese_story_is_its_writer_and_leaves_the_body() -> None:
    page = _ja_page('<p class="reporter">（高橋 美咲）</p>')
    assert page.authors() == ["高橋 美咲"]
    assert "高橋" not in page.body()
    assert _ja_page("<p>（完）</p>").authors() == []


# -- Parse.ly's page meta ------------------------------------------------------------------


def test_the_writer_in_parselys_page_meta_json_is_read_where_nothing_else_names_one() -> None:
    meta = '{"title":"Old ferry pier to close","type":"post","author":"Keisha Monroe","section":"News"}'
    head = f"<meta name='parsely-page' content='{meta}'>"
    assert article("", head).authors() == ["Keisha Monroe"]
    meta = '{"title":"Old ferry pier to close","authors":["Keisha Monroe","Piet Horn"]}'
    assert article("", f"<meta name='parsely-page' content='{meta}'>").authors() == ["Keisha Monroe", "Piet Horn"]
    assert article("", "<meta name='parsely-page' content='{not json'>").authors() == []


def test_an_agency_or_a_storys_end_in_brackets_closing_a_cjk_story_is_no_writer() -> None:
    for closing in ("（時事）", "（未完待续）", "（全文完）", "（责任编辑）", "（记者）"):
        assert _ja_page(f"<p>{closing}</p>").authors() == [], closing
    assert _ja_page("<p>（高橋 美咲）</p>").authors() == ["高橋 美咲"]


@pytest.mark.parametrize(
    ("raw", "people", "agencies"),
    [
        ("Von: det/dpa", [], ["dpa"]),  # the editor's mark beside the agency
        ("dpa/lno", [], ["dpa"]),
        ("ls/AFP", [], ["AFP"]),
        ("Jana Ulm/red", ["Jana Ulm"], []),
        ("Jana Ulm/dpa", ["Jana Ulm"], ["dpa"]),
        ("Jana Ulm / Piet Horn", ["Jana Ulm", "Piet Horn"], []),
    ],
)
def test_an_editors_lower_case_mark_beside_a_slash_is_no_writer(
    raw: str, people: list[str], agencies: list[str]
) -> None:
    assert clean_author_names([raw]) == (people, agencies)


def test_a_wire_story_signed_with_the_editors_mark_names_no_writer() -> None:
    assert article('<p class="article-date">Von: det/dpa</p>').authors() == []


@pytest.mark.parametrize(
    "raw",
    ["Uppdaterad", "Actualizado", "Atualizado", "Opdateret", "Päivitetty", "Usuario", "Usuario/Correo electrónico"],
)
def test_a_date_label_or_a_login_forms_label_of_other_languages_is_no_name(raw: str) -> None:
    assert clean_author_names([raw]) == ([], [])


def test_a_date_behind_an_update_word_of_other_languages_is_cut_from_the_name() -> None:
    assert clean_author_names(["Lea Holm Uppdaterad 28.5.2020 17:43"])[0] == ["Lea Holm"]
    assert clean_author_names(["Juan Ruiz Actualizado 12/3/2020"])[0] == ["Juan Ruiz"]


def test_the_outlet_behind_the_writers_is_no_writer_when_the_source_repeats_the_byline() -> None:
    byline = "Jana Ulm, Piet Horn, Ann Lee | HARBOUR TODAY"
    assert clean_author_names([byline, byline]) == (["Jana Ulm", "Piet Horn", "Ann Lee"], [])
    head = f'<meta name="author" content="{byline}"><meta name="author" content="{byline}">'
    assert article("", head).authors() == ["Jana Ulm", "Piet Horn", "Ann Lee"]


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("José Volta e Pinto", ["José Volta e Pinto"]),  # Portuguese: two surnames joined
        ("Rosa Ortega y Gasset", ["Rosa Ortega y Gasset"]),
        ("Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Ana Costa e Pedro Silva", ["Ana Costa", "Pedro Silva"]),
    ],
)
def test_y_and_e_join_two_writers_only_before_a_full_name(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


@pytest.mark.parametrize(
    "raw", ["Galo Ramírez | El Sol de Mazatlán", "Galo Ramírez, La Voz de Galicia", "Galo Ramírez / Die Welt"]
)
def test_a_paper_that_opens_with_an_article_behind_the_writer_is_no_writer(raw: str) -> None:
    assert clean_author_names([raw])[0] == ["Galo Ramírez"]


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        # A second writer whose name opens like an article (Cantonese "Lo", Senegalese "El Hadji",
        # Korean "Il") is a writer, not a paper (review R31 finding 9).
        ("By Jana Ulm, Lo Wing-sze", ["Jana Ulm", "Lo Wing-sze"]),
        ("Por María Gómez, El Hadji Sarr", ["María Gómez", "El Hadji Sarr"]),
        ("Jana Ulm, Il Sung Park", ["Jana Ulm", "Il Sung Park"]),
        # A paper's name still goes: an outlet word, a linking "de", an article no name opens with.
        ("Galo Ramírez, El País", ["Galo Ramírez"]),
        ("Galo Ramírez | Il Giorno", ["Galo Ramírez"]),
        ("Galo Ramírez | Los Tiempos", ["Galo Ramírez"]),
    ],
)
def test_a_writer_whose_name_opens_like_an_article_is_no_paper(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


def test_an_author_meta_that_credits_the_sites_developer_names_no_writer() -> None:
    head = '<meta name="author" content="Developed By Heba Musa">'
    assert article("", head).authors() == []
    assert article('<p class="byline">By Jana Ulm</p>', head).authors() == ["Jana Ulm"]


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("HT Correspondent", []),  # the paper's initials and a staff title: no name
        ("HT Correspondent, New Delhi", []),
        ("Jana Ulm, HT Correspondent", ["Jana Ulm"]),
        ("Agência O Globo", []),  # an agency's word, no person's
        ("Jana Ulm, Agência Estado", ["Jana Ulm"]),
        ("Jornal O Papel", []),
        ("Hildesheimer Presse", []),  # a paper named by its town and "press"
        ("Prensa Libre", []),
        ("حسام أبو العلا - القاهرة", ["حسام أبو العلا"]),  # Arabic: the writer - Cairo
        ("بريدة - عبدالله الحربي", ["عبدالله الحربي"]),
    ],
)
def test_a_papers_staff_title_an_agency_and_a_place_after_an_arabic_name_are_no_writers(
    raw: str, people: list[str]
) -> None:
    assert clean_author_names([raw])[0] == people


def test_a_danish_by_before_an_agency_credits_the_agency() -> None:
    assert clean_author_names(["Af Ritzau"]) == ([], ["Ritzau"])
    assert clean_author_names(["Av NTB"]) == ([], ["NTB"])


def test_av_and_af_are_no_label_in_capitals_or_on_a_page_in_another_language() -> None:
    # "AF" in capitals is a name's initials; "Av" on an English page is the writer's name (review
    # R31 finding 10). On a Swedish page, or one whose language is unknown, "Av" is "by".
    assert clean_author_names(["AF Hossain"])[0] == ["AF Hossain"]
    assert clean_author_names(["Av Ramos Silva"], language=lambda: "en")[0] == ["Av Ramos Silva"]
    assert clean_author_names(["Av Lea Holm"], language=lambda: "sv")[0] == ["Lea Holm"]
    byline = '<div class="byline">By Av Ramos Silva</div>'
    body = f"<main><article>{HEADLINE}{byline}{LEDE}</article></main>"
    page = GenericPage(
        f'<html lang="en"><head><title>Old ferry pier to close</title></head><body>{body}</body></html>', URL
    )
    assert page.authors() == ["Av Ramos Silva"]


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("SWR Online-Redaktion", []),
        ("Lokalredaktion", []),
        ("Michael Humpa, CHIP Software-Redaktion", ["Michael Humpa"]),
        ("Harbour Web-Team", []),
    ],
)
def test_a_german_desk_in_one_compound_is_no_writer(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


def test_a_desk_compound_in_the_byline_stops_the_guesses() -> None:
    assert article('<p class="byline">Von SWR Online-Redaktion</p>').authors() == []


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Court Reporter", []),  # a beat and a staff title stand for the name
        ("Jana Ulm, Court Reporter", ["Jana Ulm"]),
        ("The Wall Street Journal", []),  # a paper, credited alone
        ("La Toya Jackson", ["La Toya Jackson"]),
        ("Rasender Reporter", ["Rasender Reporter"]),  # pen names, no beat, no paper
        ("Der Spendenteddy", ["Der Spendenteddy"]),
    ],
)
def test_a_beat_reporters_title_and_a_paper_credited_alone_are_no_writers(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Do UOL Em São Paulo (SP) 23/06/2020 16h45", []),  # Portuguese: from UOL, in São Paulo
        ("Em São Paulo (SP)", []),
        ("Ana Costa, do G1", ["Ana Costa"]),
        ("Da Silva", ["Da Silva"]),
    ],
)
def test_a_portuguese_newsroom_credit_and_its_place_are_no_writers(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


def test_a_wire_agency_under_the_still_credits_the_agency() -> None:
    assert clean_author_names(["The Associated Press"]) == ([], ["AP"])


def test_a_desk_account_beside_a_handle_leaves_the_handle() -> None:
    assert clean_author_names(["Marianne1", "KB_Redaktion", "KB_Redaktion"])[0] == ["Marianne1"]


def test_a_byline_of_editors_marks_only_names_no_one_and_stops_the_guesses() -> None:
    assert clean_author_names(["Autor: asty//now"]) == ([], [])
    byline = '<p class="byline">Autor: asty//now</p><span class="author-box">Autor asty; Now</span>'
    assert article(byline).authors() == []


def test_an_agency_under_the_behind_the_writer_is_credited_not_dropped_as_a_paper() -> None:
    assert clean_author_names(["Colleen Barry, The Associated Press"]) == (["Colleen Barry"], ["AP"])


# -- labels that open a credit line: "Words:", "Story:", "Writer:", "Words and pictures:" ----


@pytest.mark.parametrize(
    "raw",
    [
        "Words and pictures: Jana Ulm",
        "Words & pictures: Jana Ulm",
        "Story: Jana Ulm",
        "Report: Jana Ulm",
        "Writer: Jana Ulm",
        "Journalist: Jana Ulm",
    ],
)
def test_a_credit_label_before_the_writer_is_cut(raw: str) -> None:
    assert clean_author_names([raw])[0] == ["Jana Ulm"]


@pytest.mark.parametrize(
    "line",
    [
        "<p>Words: Jana Ulm</p>",
        "<p><strong>Words:</strong> Jana Ulm</p>",
        "<div class='credits'>Words: Jana Ulm<br>Pictures: Nell Ashby</div>",
        "<p>Words and pictures: Jana Ulm</p>",
        "<p>Text und Fotos: Jana Ulm</p>",
        "<p>Writer: Jana Ulm</p>",
    ],
)
def test_a_credit_line_of_no_byline_class_names_the_writer(line: str) -> None:
    assert article(line).authors() == ["Jana Ulm"]


def test_a_credit_line_under_the_story_names_the_writer() -> None:
    assert article("", tail="<p>Words: Jana Ulm</p>").authors() == ["Jana Ulm"]


@pytest.mark.parametrize(
    "raw",
    [
        "Senior Correspondent Jana Ulm",
        "Chief Political Reporter Jana Ulm",
        "Compiled by Jana Ulm",
        "As told to Jana Ulm",
    ],
)
def test_a_role_with_its_modifiers_before_the_name_and_as_told_to_are_cut(raw: str) -> None:
    assert clean_author_names([raw])[0] == ["Jana Ulm"]


def test_a_modifier_alone_before_a_name_stays_part_of_it() -> None:
    assert clean_author_names(["Senior Reporter"])[0] == []
    assert clean_author_names(["Digital Jana"])[0] == ["Digital Jana"]


@pytest.mark.parametrize(
    "line",
    [
        "<p>Kontributor: Jana Ulm</p>",
        "<p>Laporan: Jana Ulm</p>",
        "<p>Kontributor Bandung, Jana Ulm</p>",  # Indonesian: the role and post before the name
        "<p>As told to Jana Ulm</p>",
        "<p>Compiled by Jana Ulm</p>",
    ],
)
def test_more_credit_lines_of_no_byline_class_name_the_writer(line: str) -> None:
    assert article(line).authors() == ["Jana Ulm"]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By Jana Ulm, CNN", ["Jana Ulm"]),
        ("By Jana Ulm and Nell Ashby, CNN", ["Jana Ulm", "Nell Ashby"]),
        ("Jana Ulm, Nell Ashby, NDR", ["Jana Ulm", "Nell Ashby"]),
        ("By Jana Ulm, The Hindu", ["Jana Ulm"]),
    ],
)
def test_an_outlet_behind_the_writers_is_no_writer(byline: str, people: list[str]) -> None:
    assert article(f'<p class="byline">{byline}</p>').authors() == people


def framed_article(byline: str, head: str) -> GenericPage:
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "The harbour board voted on Tuesday to close the old ferry pier after divers found its piles "
            "rotten through, and the ferries will berth at the north quay from next month.",
            "Repairs would cost more than a new pier, the board said, and work on one starts in spring; the "
            "old timber goes to the maritime museum, which asked for it last year.",
            "Ferry passengers are asked to allow ten more minutes for the walk from the bus station to the "
            "north quay until the new pier opens.",
            "Residents of the old town had asked for the pier to be repaired rather than replaced, and some "
            "of them spoke at the meeting.",
        )
    )
    return GenericPage(
        f"<html><head><title>Old ferry pier to close | Harbour Ledger</title>{head}</head><body>"
        "<header><a href='/'>Harbour Ledger</a></header><main><article><h1>Old ferry pier to close</h1>"
        f"{byline}<div class='entry-content'>{story}</div></article></main><footer>© 2025 Harbour Ledger</footer>"
        "</body></html>",
        "https://www.harbourledger.example/2025/03/04/old-ferry-pier-to-close/",
    )


def test_the_byline_element_by_the_headline_beats_an_author_meta_naming_the_site() -> None:
    meta = '<meta name="author" content="Harbour Ledger">'
    assert framed_article('<div class="byline">Jana Ulm</div>', meta).authors() == ["Jana Ulm"]
    # a labelled byline did before
    assert framed_article('<p class="byline">By Jana Ulm</p>', meta).authors() == ["Jana Ulm"]


def french_article(byline: str) -> GenericPage:
    story = (
        "<p>Deux skieurs de randonnée ont été secourus mercredi après avoir été emportés par une avalanche "
        "au-dessus du col, a indiqué la préfecture.</p>"
        "<p>Les deux hommes, légèrement blessés, ont été héliportés vers l'hôpital le plus proche.</p>"
        "<p>Le risque d'avalanche était évalué à trois sur une échelle de cinq dans le secteur.</p>"
    )
    return GenericPage(
        '<html lang="fr"><head><title>Avalanche : deux skieurs secourus | Écho des Cimes</title></head><body>'
        f"<main><article><h1>Avalanche : deux skieurs secourus</h1><div class='meta'>{byline}</div>{story}"
        "</article></main></body></html>",
        "https://www.echodescimes.example.fr/faits-divers/avalanche-deux-skieurs-secourus",
    )


def test_a_signature_block_is_the_byline_on_a_french_page() -> None:
    assert french_article('<div class="signature">Jana Ulm</div>').authors() == ["Jana Ulm"]


def test_a_byline_block_that_credits_an_agency_and_no_one_credits_the_agency() -> None:
    page = french_article('<div class="signature">La Rédaction avec AFP</div>')
    assert page.authors() == []
    assert page.to_item().attribution.agencies == ["AFP"]


@pytest.mark.parametrize(
    ("signature", "people"),
    [
        ("Minh Anh (theo Reuters)", ["Minh Anh"]),  # Vietnamese: according to Reuters
        ("Minh Anh (Tổng hợp)", ["Minh Anh"]),  # compiled
        ("Jana Ulm (with AFP)", ["Jana Ulm"]),
        ("Jana Ulm (AFP)", ["Jana Ulm"]),
        ("Jana Ulm (Hrsg.)", []),  # an editor's mark in a book's details: no source, no signature
    ],
)
def test_a_signature_with_its_source_in_brackets_closing_the_story_names_the_writer(
    signature: str, people: list[str]
) -> None:
    assert article("", tail=f'<p style="text-align:right"><strong>{signature}</strong></p>').authors() == people


def test_a_section_and_date_around_an_agencys_byline_name_no_one() -> None:
    story = (
        "<p>Havnebestyrelsen besluttede tirsdag at lukke den gamle færgebro, efter at dykkere fandt pælene rådne.</p>"
        "<p>En reparation ville koste mere end en ny bro, sagde bestyrelsen, og arbejdet begynder til foråret.</p>"
        "<p>Færgerne lægger til ved containerkajen, indtil den nye bro står færdig om to år.</p>"
    )
    meta = (
        '<div class="created_and_author"><div class="created_at">Erhverv - 02. januar 2026 kl. 10:21</div>'
        '<div class="author">Af Ritzau</div></div>'
    )
    page = GenericPage(
        '<html lang="da"><head><title>Gammel færgebro lukker | Havnebladet</title></head><body><main><article>'
        f"<h1>Gammel færgebro lukker</h1>{meta}{story}</article></main></body></html>",
        "https://www.havnebladet.example.dk/erhverv/gammel-faergebro-lukker/artikel/1",
    )
    assert page.authors() == []
    assert page.to_item().attribution.agencies == ["Ritzau"]


# -- "Writer:" as a field of a fact box is no credit line (R39 finding 4) ------------------------

FACT_BOX = (
    "<div class='details'><p>Harbour Lights</p><p>Director: Ola Brenn</p><p>Writer: Tove Lindqvist</p>"
    "<p>Running time: 98 minutes</p></div>"
)


@pytest.mark.parametrize("byline", ["", "<p>By Jana Ulm</p>"])
def test_a_writer_field_in_a_fact_box_is_no_byline(byline: str) -> None:
    assert article(byline, tail=FACT_BOX).authors() == (["Jana Ulm"] if byline else [])


def test_a_writer_field_among_maker_credits_is_still_the_writer() -> None:
    assert article("<div>Writer: Jana Ulm<br>Photos: Nell Ashby</div>").authors() == ["Jana Ulm"]


# -- "As told to" opening a sentence is no credit (R39 finding 6) --------------------------------


@pytest.mark.parametrize(
    "sentence", ["As told to AFP, the pier stays shut.", "As told to Jana Ulm, the mayor wants a new pier."]
)
def test_a_sentence_opening_as_told_to_is_no_credit(sentence: str) -> None:
    page = article("", tail=f"<p>{sentence}</p>")
    assert page.authors() == []
    assert page.to_item().attribution.agencies == []


def test_as_told_to_before_names_alone_still_names_them() -> None:
    assert article("<p>As told to Jana Ulm and Piet Horn</p>").authors() == ["Jana Ulm", "Piet Horn"]


# -- a role and post before a name, no colon: a credit only when the names end the line (R39 finding 5)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kontributor kami di Medan, Budi Santoso, mencatat harga cabai ikut naik.",
        "Koresponden Antara di Medan, Budi Santoso mencatat harga cabai ikut naik.",
    ],
)
def test_a_sentence_opening_with_a_role_and_post_is_no_credit(sentence: str) -> None:
    assert article(f"<p>{sentence}</p>").authors() == []


def test_a_role_and_post_credit_ending_on_the_name_still_names_them() -> None:
    assert article("<p>Penulis Kontributor Medan, Budi Santoso | Editor Rina Marlina</p>").authors() == ["Budi Santoso"]


FIGURE = '<figure class="story-art"><img src="/img/pier.jpg" alt=""><figcaption>Divers at the old pier.</figcaption></figure>'


@pytest.mark.parametrize(
    ("head", "lower", "people", "agencies"),
    [
        # A picture's agency under the lead image, the writer's byline lower in the story.
        (
            f'{FIGURE}<span class="pic-byline">Reuters</span>',
            '<div class="article-byline">Tomas Berg</div>',
            ["Tomas Berg"],
            [],
        ),
        (
            f'{FIGURE}<span class="credit-byline">Reuters</span>',
            '<div class="article-byline">Tomas Berg</div>',
            ["Tomas Berg"],
            [],
        ),
        # The picture's agency beside the writer's byline that credits it too.
        (
            f'{FIGURE}<span class="image-byline">Reuters</span><span class="article-byline">Tomas Berg, Reuters</span>',
            "",
            ["Tomas Berg"],
            ["Reuters"],
        ),
    ],
)
def test_a_photos_agency_credit_takes_no_writer_away(
    head: str, lower: str, people: list[str], agencies: list[str]
) -> None:
    page = GenericPage(
        "<html><head><title>Old ferry pier to close after divers find rotten piles | Harbour Ledger</title></head><body>"
        f'<main><article><header>{HEADLINE}{head}</header><div class="article-text">{lower}{LEDE}</div></article></main></body></html>',
        URL,
    )
    assert page.authors() == people
    assert page.to_item().attribution.agencies == agencies


def test_a_byline_block_with_an_agency_alone_ends_no_search_for_the_writer() -> None:
    page = GenericPage(
        "<html><head><title>Old ferry pier to close after divers find rotten piles | Harbour Ledger</title></head><body>"
        f'<main><article><header>{HEADLINE}<div class="wire-byline">Reuters</div></header>'
        f'<div class="article-text"><div class="article-byline">Tomas Berg</div>{LEDE}</div></article></main></body></html>',
        URL,
    )
    assert page.authors() == ["Tomas Berg"]


QUOTED = "<p>“We have waited long enough for a pier that does not creak under the lorries.”</p>"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # A quote card in the story, after its first paragraph.
        (
            "",
            f'<div class="pull-quote">{QUOTED}<span class="author-name">Olaf Brandt</span><span>Ferry captain</span></div>',
        ),
        # A quote in a box of its own above the story.
        (f'<blockquote class="feature-quote">{QUOTED}<div class="byline">Olaf Brandt</div></blockquote>', ""),
        (f'<aside class="highlight">{QUOTED}<div class="post-author">Olaf Brandt</div></aside>', ""),
    ],
)
def test_a_quoted_speakers_name_in_the_story_does_not_beat_the_author_meta(before: str, after: str) -> None:
    lede, rest = LEDE.split("</p>", 1)
    page = GenericPage(
        '<html><head><title>Old ferry pier to close | Harbour Ledger</title><meta name="author" content="Ines Vahl"></head>'
        "<body><main><article class='post'><h1>Old ferry pier to close after divers find rotten piles</h1>"
        f"<div class='entry-content'>{before}{lede}</p>{after}{rest}</div></article></main></body></html>",
        URL,
    )
    assert page.authors() == ["Ines Vahl"]


@pytest.mark.parametrize(
    ("before", "signature"),
    [
        ("", "Town Hall (via Instagram)"),  # an office's post the story shows
        ("", "Councillor Erik Sand (via X)"),
        ("", "Erik Sand (mit Kollegen)"),  # a photo's people
        ("", "Erik Sand (dengan warga)"),
        # The person the story quotes, with an agency's credit after the name
        (
            "<p>Erik Sand, the harbour master, said the container quay was ready to take the ferries.</p>",
            "Erik Sand (with AFP)",
        ),
    ],
)
def test_a_name_in_brackets_closing_the_story_with_no_agencys_source_signs_nothing(before: str, signature: str) -> None:
    assert article("", tail=f"{before}<p><strong>{signature}</strong></p>").authors() == []


# -- what a byline runs on behind the names (fourteenth session) ----------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # The paper after a capitalised "For" (a tabloid's house style), a role before it.
        ("By Jana Ulm For Mailonline", ["Jana Ulm"]),
        ("By JANA ULM FOR MAILONLINE", ["Jana Ulm"]),
        ("By Jana Ulm and Piet Horn For Dailymail.Com", ["Jana Ulm", "Piet Horn"]),
        ("By Jana Ulm Political Editor For The Ledger On Sunday", ["Jana Ulm"]),
        ("By Jana Ulm, Senior Political Correspondent For Mailonline", ["Jana Ulm"]),
        # A contributor's credit without a comma before it.
        ("Jana Ulm Special to the Harbour Ledger", ["Jana Ulm"]),
        ("Jana Ulm Special to CNN", ["Jana Ulm"]),
        # A degree written with full stops after a comma is no second writer.
        ("Jana Ulm, Ph.D.", ["Jana Ulm"]),
        # "Last" belongs to the date's label.
        ("By Jana Ulm Last updated on May 3, 2024", ["Jana Ulm"]),
        ("Jana Ulm Zuletzt aktualisiert am 3. Mai 2024", ["Jana Ulm"]),
    ],
)
def test_a_bylines_paper_role_degree_and_date_label_behind_the_names_are_cut(byline: str, names: list[str]) -> None:
    assert article(f'<div class="byline">{byline}</div>').authors() == names


def test_a_lower_case_for_and_a_name_that_is_no_paper_stay_as_before() -> None:
    # "for" inside an organisation's name is small; a capitalised "For" before a small word is no paper.
    assert clean_author_names(["Jana Ulm For president"])[0] == []
    assert article('<div class="byline">By Jana Ulm for the Harbour Ledger</div>').authors() == ["Jana Ulm"]


# -- the info line under the headline, a bare "by" class, a feed's bot (review set rv27) ----


def _page_in(language: str, headline: str, meta: str, story: str) -> GenericPage:
    body = f"<main><article><header><h1>{headline}</h1><div class='entry-meta'>{meta}</div></header>{story}</article></main>"
    return GenericPage(f"<html lang='{language}'><head><title>{headline}</title></head><body>{body}</body></html>", URL)


def test_a_writers_field_in_the_info_line_under_the_headline_names_the_writer() -> None:
    zh_story = "".join(
        f"<p>{s}</p>"
        for s in (
            "市交通部门二十六日表示，两条公交新线将在下月开通，沿线居民出行将更加方便。",
            "新线共设三十个站点，其中五个与地铁站相连，高峰时段发车间隔为八分钟。",
            "有关负责人说，开通初期将视客流情况调整班次，并听取乘客意见。",
        )
    )
    meta = "<div class='info'>发布时间：2026-11-26 10:05 来源：海港日报 作者：林雨桐</div>"
    assert _page_in("zh", "两条公交新线下月开通", meta, zh_story).authors() == ["林雨桐"]
    # The source field beside it names the paper, no writer: without "作者" no one.
    meta = "<div class='info'>发布时间：2026-11-26 10:05 来源：海港日报</div>"
    assert _page_in("zh", "两条公交新线下月开通", meta, zh_story).authors() == []
    meta = "<div class='print-meta'>Data publikacji: 26.11.2026, 09:15 | Autor: Joanna Kowalczyk</div>"
    assert _page_in("pl", "Nowy prom w porcie", meta, LEDE).authors() == ["Joanna Kowalczyk"]
    # A picture's caption under the headline credits the picture, no writer.
    meta = "<figure><img src='prom.jpg'><figcaption>Prom / autor: Fotobank Nord</figcaption></figure>"
    assert _page_in("pl", "Nowy prom w porcie", meta, LEDE).authors() == []
    assert _page_in("hi", "बंदरगाह पर नया घाट", "<div class='auth'>रिपोर्ट: अनिल शर्मा</div>", LEDE).authors() == [
        "अनिल शर्मा"
    ]
    assert _page_in("fa", "اسکله تازه در بندر", "<span>نویسنده: مریم کریمی</span>", LEDE).authors() == ["مریم کریمی"]


def test_a_local_by_opening_a_line_under_the_headline_names_the_writer_on_a_page_in_that_language() -> None:
    meta = "<span class='mwandishi'>Na Asha Mwakalinga</span> <span>Alhamisi, Novemba 26, 2026</span>"
    assert _page_in("sw", "Kivuko kipya bandarini", meta, LEDE).authors() == ["Asha Mwakalinga"]
    meta = "<span class='ni'>Ni Marites Dela Cruz</span>"
    assert _page_in("tl", "Bagong pantalan sa daungan", meta, LEDE).authors() == ["Marites Dela Cruz"]
    # "Na" on an English page is no label.
    assert _page_in("en", "Old ferry pier to close", "<span>Na Asha Mwakalinga</span>", LEDE).authors() == []


def test_an_element_whose_class_is_by_alone_is_a_byline() -> None:
    assert article(
        '<div class="meta"><span class="by">Vikram Sethi</span> <span>Nov 26, 2026</span></div>'
    ).authors() == ["Vikram Sethi"]


@pytest.mark.parametrize("account", ["newsbot", "rss_bot", "AutoBot", "feedbot2"])
def test_a_feeds_bot_account_is_no_writer(account: str) -> None:
    assert article(f'<span class="byline">{account}</span>').authors() == []
    assert clean_author_names(["Jana Talbot"])[0] == ["Jana Talbot"]


def test_the_readers_letters_column_is_no_writer() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Letters: Ferry pier, bus fares", "author": {"@type": "Person", "name": "Letters To The Editor"}}'
        "</script>"
    )
    letters = (
        "<p>The board waited far too long to look at the piles under the old pier, and now we all pay for it.</p>"
        "<p>Jon Reyes, Harbour Heights</p>"
    )
    assert article("", ld, tail=letters).authors() == []
    for column in ("Letters to the editor", "Leserbriefe", "Cartas al director"):
        assert article(f'<div class="byline">{column}</div>').authors() == [], column


def test_writers_joined_by_an_ideographic_comma_are_each_a_writer() -> None:
    def cjk(language: str, byline: str) -> GenericPage:
        story = "<p>市は二十六日、市内すべての図書館で来年四月から開館時間を夜九時まで延ばすと発表した。</p>" * 3
        body = f"<main><article><h1>図書館の開館時間を延長へ</h1><div class='byline'>{byline}</div>{story}</article></main>"
        return GenericPage(f"<html lang='{language}'><head><title>図書館</title></head><body>{body}</body></html>", URL)

    assert cjk("ja", "高橋美咲、山田太郎").authors() == ["高橋美咲", "山田太郎"]
    assert cjk("zh", "作者：王晓明，李娜").authors() == ["王晓明", "李娜"]
    # A full-width slash sets the reporter apart from the desk's or the place's report ("即時報導"):
    # no split there, no desk as a writer.
    assert "即時報導" not in cjk("zh", "記者陳小華／即時報導").authors()


def test_a_chinese_writers_field_loses_the_reporters_marks() -> None:
    story = "".join(
        f"<p>{s}</p>"
        for s in (
            "市交通部门二十六日表示，两条公交新线将在下月开通，沿线居民出行将更加方便。",
            "新线共设三十个站点，其中五个与地铁站相连，高峰时段发车间隔为八分钟。",
            "有关负责人说，开通初期将视客流情况调整班次，并听取乘客意见。",
        )
    )

    def authors(field: str) -> list[str]:
        meta = f"<div class='info'>发布时间：2026-11-26 10:05 来源：海港日报 作者：{field}</div>"
        return _page_in("zh", "两条公交新线下月开通", meta, story).authors()

    assert authors("本报记者 林雨桐") == ["林雨桐"]
    assert authors("本报记者林雨桐 通讯员李娜") == ["林雨桐", "李娜"]
    # The paper's columnist's role alone names no one.
    assert authors("本报评论员") == []


@pytest.mark.parametrize(
    "byline",
    ["王磊，北京报道", "王磊，北京电", "王磊，北京", "山田太郎、ロンドン", "山田太郎、ロンドン発", "山田太郎、東京"],
)
def test_where_a_cjk_writer_reported_from_after_a_comma_is_no_writer(byline: str) -> None:
    assert clean_author_names([byline])[0] == [byline[:2] if byline.startswith("王") else "山田太郎"]
    # Two writers stay two, a name that ends in a dispatch's character too.
    assert clean_author_names(["王磊、王晓电"])[0] == ["王磊", "王晓电"]


@pytest.mark.parametrize("desk", ["Redakcja Gazety Miejskiej", "Redakce Deníku Brno", "Toimitus Helsingin Sanomat"])
def test_a_newsroom_word_before_the_papers_name_is_a_desk(desk: str) -> None:
    assert clean_author_names([desk])[0] == []
    meta = f"<div class='print-meta'>Data publikacji: 26.11.2026, 09:15 | Autor: {desk}</div>"
    assert _page_in("pl", "Nowy prom w porcie", meta, LEDE).authors() == []
