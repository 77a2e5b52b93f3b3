"""Agency credits in other words, scripts and shapes (review rv20): closing notes, bylines, datelines."""

from __future__ import annotations

import pytest

from newscrawl.attribution import aside_agencies, attribute, byline_agencies, byline_agency, take_dateline
from newscrawl.intl_credits import take_intl_dateline
from newscrawl.pages.cleaning import clean_author_names

STORY = "The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."
MORE = "Ferries will use the new terminal on the east quay from next month, the board said."


# -- closing notes that the story draws on an agency's copy ------------------------------------------


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("Mit Material von dpa", ["dpa"]),
        ("Mit Material der dpa und AFP.", ["dpa", "AFP"]),
        ("Mit Agenturmaterial", []),  # the agencies unnamed: a credit still
        ("Con información de EFE.", ["EFE"]),
        ("(Con información de la AFP y EFE)", ["AFP", "EFE"]),
        ("Con información de agencias", []),
        ("*Com informações da Agência Brasil", ["Agência Brasil"]),
        ("— with AFP", ["AFP"]),
        ("With files from The Canadian Press", ["CP"]),
        ("(avec AFP)", ["AFP"]),
        ("Met materiaal van ANP", ["ANP"]),
        ("PTI KJH MNB", ["PTI"]),  # PTI's operators' initials after its name
    ],
)
def test_an_agency_note_in_other_words_closes_the_story(line: str, agencies: list[str]) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE]
    assert credits.attribution.agencies == agencies
    assert credits.attribution.credit == line


@pytest.mark.parametrize(
    "line", ["With the mayor", "Con información de El Comercio", "Mit Material von Jana Ulm", "with love", "NASA JPL"]
)
def test_a_note_naming_no_agency_stays(line: str) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE, line]
    assert credits.attribution.agencies == []


# -- agencies in a byline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "agencies"),
    [
        ("AFP-JIJI", ["AFP", "Jiji"]),
        ("Reuters/AP", ["Reuters", "AP"]),
        ("ITAR-TASS", ["TASS"]),  # one agency's own hyphen
        ("Theo TTXVN", ["VNA"]),  # Vietnamese "from" before the agency
        ("Theo Walcott", []),
        ("Ani-Efe", []),  # names: the short forms count in capitals only
        ("Smith and Reuters", []),
    ],
)
def test_a_byline_of_agencies_joined_names_each(name: str, agencies: list[str]) -> None:
    assert byline_agencies(name) == agencies
    assert byline_agency(name) == (agencies[0] if agencies else None)


@pytest.mark.parametrize(
    ("byline", "agency"),
    [("BNS", "BNS"), ("LETA", "LETA"), ("ELTA", "ELTA"), ("DHA", "DHA"), ("İHA", "İHA"), ("ACN", "ACN")],
)
def test_a_baltic_turkish_or_cuban_agency_as_the_byline_is_credited_not_an_author(byline: str, agency: str) -> None:
    assert clean_author_names([byline]) == ([], [agency])


def test_the_short_forms_of_those_agencies_are_names_in_title_case() -> None:
    assert clean_author_names(["Leta Hong Fincher"]) == (["Leta Hong Fincher"], [])
    assert byline_agency("Leta") is None


def test_a_joint_agency_byline_is_no_author() -> None:
    assert clean_author_names(["AFP-JIJI"]) == ([], ["AFP", "Jiji"])
    assert clean_author_names(["Theo TTXVN"]) == ([], ["VNA"])


def test_an_agency_in_an_aside_behind_the_writers_is_credited() -> None:
    people, agencies = clean_author_names(["Par Lucie Ferrand et Hugo Marot (avec AFP)"])
    assert (people, agencies) == (["Lucie Ferrand", "Hugo Marot"], ["AFP"])
    assert clean_author_names(["Jana Ulm (Reuters)"]) == (["Jana Ulm"], ["Reuters"])
    assert clean_author_names(["Jana Ulm (left)"]) == (["Jana Ulm"], [])
    assert aside_agencies("with Bloomberg") == ["Bloomberg"] and aside_agencies("photos") == []


def test_an_aside_that_is_the_writers_own_initials_is_no_agency() -> None:
    # "Auswärtige Autoren (AA)": the name's short form, not Anadolu's "AA".
    assert clean_author_names(["Auswärtige Autoren (AA)"]) == (["Auswärtige Autoren"], [])
    assert clean_author_names(["Anna Pauli (AP)"]) == (["Anna Pauli"], [])
    assert clean_author_names(["Jana Ulm (AP)"]) == (["Jana Ulm"], ["AP"])


# -- datelines -------------------------------------------------------------------------------------------


def test_anis_dateline_with_the_state_and_the_country() -> None:
    line = f"Manali (Himachal Pradesh) [India], March 3 (ANI): {STORY}"
    assert take_dateline(line) == (STORY, "Manali", "(ANI):")
    assert take_dateline(f"Leh [India], March 3 (ANI): {STORY}") == (STORY, "Leh", "(ANI):")
    credits = attribute([line, MORE])
    assert credits.attribution.agencies == ["ANI"] and credits.paragraphs == [STORY, MORE]


def test_an_arabic_agency_dateline() -> None:
    rest = "قررت البلدية إغلاق الرصيف القديم بعد أن وجد الغواصون أعمدته متآكلة."
    assert take_dateline(f"جدة (واس) - {rest}") == (rest, "جدة", "(واس) -")
    assert take_dateline(f"القاهرة، 3 مارس (أ ش أ) - {rest}") == (rest, "القاهرة", "(أ ش أ) -")
    credits = attribute([f"الدوحة (قنا) - {rest}", MORE])
    assert credits.attribution.agencies == ["QNA"] and credits.dateline == "الدوحة"
    # A picture's credit in parentheses in a sentence is no dateline.
    line = f"قال الوزير (الصورة) - {rest}"
    assert take_dateline(line) == (line, None, None)


def test_an_agency_in_brackets_after_a_verb_is_no_dateline() -> None:
    # "<verb> (Reuters) that ...": the agency is the verb's subject, the words before it no place.
    for line in (
        "ذكرت (رويترز) أن البلدية قررت إغلاق الرصيف القديم بعد أن وجد الغواصون أعمدته متآكلة.",
        "أفادت (واس) بأن البلدية قررت إغلاق الرصيف القديم.",
        "बताया (पीटीआई) कि नगर निगम ने पुराना घाट बंद कर दिया है।",
    ):
        assert take_dateline(line) == (line, None, None)
    rest = "قررت البلدية إغلاق الرصيف القديم بعد أن وجد الغواصون أعمدته متآكلة."
    assert take_dateline(f"بيروت (رويترز) {rest}") == (rest, "بيروت", "(رويترز)")  # a place, no dash


def test_a_dateline_with_a_dash_after_the_agency_stands_before_a_clause_word() -> None:
    # Review R35: a dash after the bracket closes the dateline, whatever word opens the story behind
    # it ("إن", "عن", Urdu "کے").
    for place, agency, rest in (
        ("بيروت", "(رويترز) -", "إن البلدية قررت إغلاق الرصيف القديم."),
        ("القاهرة", "(رويترز) -", "عن مصادر في البلدية أن الرصيف القديم سيغلق."),
        ("لاہور", "(اے پی پی) -", "کے ایم سی نے پرانا گھاٹ بند کر دیا ہے۔"),
    ):
        assert take_dateline(f"{place} {agency} {rest}") == (rest, place, agency)


@pytest.mark.parametrize(
    ("opener", "place", "names"),
    [
        ("（中央社記者陳雅婷高雄3日電）", "高雄", ["陳雅婷"]),
        # another place than Taiwan's: the name is three characters
        ("（中央社記者陳雅婷、吳承翰華盛頓2日專電）", "華盛頓", ["陳雅婷", "吳承翰"]),
        ("（中央社台中3日電）", "台中", []),
        ("（中央社東京3日綜合外電報導）", "東京", []),
    ],
)
def test_taiwans_cna_opener(opener: str, place: str, names: list[str]) -> None:
    rest = "市府今天宣布，舊渡輪碼頭下月起停用。"
    found = take_intl_dateline(opener + rest)
    assert (found.rest, found.place, found.credit, found.names) == (rest, place, "中央社", names)
    credits = attribute([opener + rest, "碼頭將改建為公園。"])
    assert credits.attribution.agencies == ["CNA"] and credits.paragraphs[0] == rest


def _page_with_byline(byline: str) -> str:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Old ferry pier to close",'
        ' "author": [{"@type": "Person", "name": "Mina Holt"}, {"@type": "Person", "name": "Tomas Reyes"}]}'
    )
    return (
        f'<html><head><title>Old ferry pier to close</title><script type="application/ld+json">{ld}</script></head>'
        f'<body><article><h1>Old ferry pier to close</h1><div class="byline">{byline}</div>'
        f"<p>{STORY}</p><p>{MORE}</p><p>{STORY}</p></article></body></html>"
    )


def test_an_agency_in_the_shown_byline_beside_writers_structured_data_named() -> None:
    from newscrawl.pages import GenericPage

    page = GenericPage(
        _page_with_byline("By Mina Holt and Tomas Reyes, Bloomberg"), "https://harbourtimes.example/pier/"
    )
    assert page.authors() == ["Mina Holt", "Tomas Reyes"]
    assert page.attribution().agencies == ["Bloomberg"]
    page = GenericPage(_page_with_byline("By Mina Holt and Tomas Reyes"), "https://harbourtimes.example/pier/")
    assert page.attribution().agencies == []


# -- the publisher of a copy whose head came along --------------------------------------------------


def _copy_page(canonical: str, og_url: str) -> str:
    return (
        f'<html><head><title>Old ferry pier to close</title><link rel="canonical" href="{canonical}">'
        f'<meta property="og:url" content="{og_url}"></head><body><article><h1>Old ferry pier to close</h1>'
        f"<p>{STORY}</p><p>{MORE}</p><p>{STORY}</p></article></body></html>"
    )


def test_a_copy_whose_canonical_and_og_url_give_a_known_publishers_address() -> None:
    from newscrawl.pages import GenericPage

    original = "https://www.thehindu.com/news/ferry-pier-to-close/article1.ece"
    page = GenericPage(_copy_page(original, original), "https://mirror-news.example/ferry-pier/")
    assert page.attribution().publisher == "The Hindu"
    assert page.attribution().original_url == original
    # One of the two elsewhere, or an address no known publisher has: no publisher named.
    page = GenericPage(
        _copy_page(original, "https://mirror-news.example/ferry-pier/"), "https://mirror-news.example/ferry-pier/"
    )
    assert page.attribution().publisher is None
    other = "https://www.harbour-gazette.example/ferry-pier/"
    assert (
        GenericPage(_copy_page(other, other), "https://mirror-news.example/ferry-pier/").attribution().publisher is None
    )


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("TTXVN", "VNA"),
        ("Thông tấn xã Việt Nam", "VNA"),
        ("واس", "SPA"),
        ("كونا", "KUNA"),
        ("أ ش أ", "MENA"),
        ("رويترز", "Reuters"),
        ("ТАСС", "TASS"),
        ("РИА Новости", "RIA Novosti"),
        ("Интерфакс", "Interfax"),
        ("中央社", "CNA"),
        ("美聯社", "AP"),
        ("로이터", "Reuters"),
        ("교도통신", "Kyodo"),
    ],
)
def test_agency_names_in_the_local_language(name: str, agency: str) -> None:
    from newscrawl.attribution import agency_name

    assert agency_name(name) == agency


def test_arabic_short_forms_are_credits_only_in_parentheses() -> None:
    from newscrawl.attribution import find_agencies

    # "وام" and "قنا" are words and names too: a mention in a sentence credits no one.
    assert find_agencies("وقال مدير قنا السويس إن العمل مستمر") == []
    assert find_agencies("أبوظبي (وام) - أعلنت") == ["WAM"]


# -- an agency named by a writer's role, or as the story's contributor (review rv29) --------------------


@pytest.mark.parametrize(
    ("byline", "agency"),
    [
        ("Jana Ulm, PA Health Correspondent", "PA"),  # "PA" alone is no credit; before a role it is the employer
        ("Piet Horn, AP Business Writer", "AP"),
        ("Jana Ulm, Reuters Energy Reporter", "Reuters"),
    ],
)
def test_an_agency_opening_the_writers_role_is_credited(byline: str, agency: str) -> None:
    names, agencies = clean_author_names([byline])
    assert names == [byline.split(",")[0]]
    assert agencies == [agency]


@pytest.mark.parametrize("byline", ["Jana Ulm, State Political Reporter", "Jana Ulm, BBC Health Correspondent"])
def test_a_role_naming_no_agency_credits_none(byline: str) -> None:
    assert clean_author_names([byline]) == ([byline.split(",")[0]], [])


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("The Associated Press contributed to this report.", ["AP"]),
        ("Reuters and The Associated Press contributed to this story.", ["Reuters", "AP"]),
        ("AP writers Kim Lee in Seoul and Ana Ruiz in Manila contributed to this report.", ["AP"]),
    ],
)
def test_an_agency_that_contributed_to_the_report_is_credited_and_the_line_stays(
    line: str, agencies: list[str]
) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE, line]
    assert credits.attribution.agencies == agencies


@pytest.mark.parametrize(
    "line",
    [
        "CNN's Jana Ulm contributed to this report.",  # a network, no agency
        "Staff writer Piet Horn contributed to this report.",
    ],
)
def test_a_contributor_line_naming_no_agency_alone_credits_none(line: str) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE, line]
    assert credits.attribution.agencies == []
