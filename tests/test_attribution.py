"""Credits: datelines, wire agencies, syndication notices, source lines, in English, Indonesian, Malay."""

from __future__ import annotations

import pytest

from newscrawl.attribution import (
    agency_name,
    attribute,
    find_agencies,
    may_open_bold_dateline,
    take_bold_dateline,
    take_dateline,
    via_publisher,
)

STORY = "The two leaders met at a remote launch site on Wednesday and talked for hours, officials said."


@pytest.mark.parametrize(
    ("paragraph", "place", "credit"),
    [
        (f"MOSCOW (AFP) - {STORY}", "MOSCOW", "(AFP) -"),
        (f"Jakarta (ANTARA) - {STORY}", "Jakarta", "(ANTARA) -"),
        (f"KUALA LUMPUR, 13 Sept (Bernama) -- {STORY}", "KUALA LUMPUR", "(Bernama) --"),
        (f"Moskow: {STORY}", "Moskow", None),
        (f"NEW DELHI: {STORY}", "NEW DELHI", None),
        (f"WASHINGTON — {STORY}", "WASHINGTON", None),
        (f"Jakarta - {STORY}", "Jakarta", None),
        (f"Kuala Lumpur – {STORY}", "Kuala Lumpur", None),
        (f"Frankfurt am Main: {STORY}", "Frankfurt am Main", None),
        (f"Rio de Janeiro: {STORY}", "Rio de Janeiro", None),
    ],
)
def test_dateline_comes_off_the_first_paragraph(paragraph: str, place: str, credit: str | None) -> None:
    rest, found_place, found_credit = take_dateline(paragraph)
    assert rest == STORY
    assert found_place == place
    assert found_credit == credit


@pytest.mark.parametrize(
    "paragraph",
    [
        "Note: this article was updated on Thursday with new figures from the ministry.",
        "He said: we will not stop now.",
        "Baca juga: Harga cabai naik lagi di pasar tradisional",
        "Oleh: Aisyah Rahman",
        "Prices rose - and nobody in the market was surprised by the change this week.",
        "Sarah - who had worked there for years - said she would stay until the end.",
        "Admit it: you have never once read the harbour's timetable to the end.",
        # A correction note keeps its label: it is part of the note's sentence.
        "Correction: An earlier version of this story gave the wrong date for the pier's closure.",
        "Clarification: The ferry company, not the port, runs the shuttle bus to the town centre.",
    ],
)
def test_sentences_with_colons_are_not_datelines(paragraph: str) -> None:
    assert take_dateline(paragraph) == (paragraph, None, None)


@pytest.mark.parametrize(
    ("notice", "publisher"),
    [
        ("(Kecuali judulnya, cerita ini belum diedit oleh staf NDTV dan diterbitkan dari feed sindikasi.)", "NDTV"),
        (
            "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
            "NDTV",
        ),
        (
            "(Kecuali tajuk, berita ini tidak disunting oleh kakitangan NDTV dan diterbitkan daripada suapan bersindiket.)",
            "NDTV",
        ),
    ],
)
def test_syndication_notice_names_the_publisher_and_leaves_the_body(notice: str, publisher: str) -> None:
    credits = attribute([f"Moskow: {STORY}", "Second paragraph of the story goes here.", notice])
    assert credits.paragraphs == [STORY, "Second paragraph of the story goes here."]
    assert credits.dateline == "Moskow"
    assert credits.attribution.publisher == publisher
    assert credits.attribution.credit == notice


def test_trailing_agency_and_source_line_with_link() -> None:
    paragraphs = [
        f"LONDON (Reuters) - {STORY}",
        "Oil rose above ninety dollars a barrel for the first time since the autumn - Reuters",
        "Sumber: Reuters",
    ]
    credits = attribute(paragraphs, links={"Sumber: Reuters": "https://reuters.example/a"})
    assert credits.paragraphs == [STORY, "Oil rose above ninety dollars a barrel for the first time since the autumn"]
    assert credits.attribution.agencies == ["Reuters"]
    assert credits.attribution.credit == "(Reuters) - - Reuters Sumber: Reuters"
    assert credits.attribution.original_url == "https://reuters.example/a"
    assert credits.attribution.publisher is None


def test_source_line_naming_a_publisher() -> None:
    credits = attribute([STORY, "Sumber: NDTV / AFP"], site_publisher="Sindobatam")
    assert credits.attribution.publisher == "NDTV"
    assert credits.attribution.agencies == ["AFP"]
    assert credits.paragraphs == [STORY]


def test_the_site_itself_is_not_the_original_publisher() -> None:
    notice = "(Except for the headline, this story has not been edited by Courier staff and is published from a syndicated feed.)"
    credits = attribute([STORY, notice], site_publisher="Courier")
    assert credits.attribution.publisher is None
    assert credits.attribution.credit == notice


def test_agency_names_and_mentions() -> None:
    assert agency_name("Agence France-Presse") == "AFP"
    assert agency_name("The Associated Press") == "AP"
    assert agency_name("Kantor Berita ANTARA") is None
    assert agency_name("Maria Lopez") is None
    assert find_agencies("Reporting by Reuters and dpa; (AP) contributed") == ["Reuters", "dpa", "AP"]
    # "AP" as an ordinary capitalised word is not a credit
    assert find_agencies("AP Dhillon performed on Sunday") == []


def test_a_body_without_credits_is_left_alone() -> None:
    paragraphs = [STORY, "Another ordinary paragraph that mentions nothing in particular at all."]
    credits = attribute(paragraphs)
    assert credits.paragraphs == paragraphs
    assert credits.dateline is None
    assert credits.attribution.credit is None
    assert credits.attribution.agencies == []


@pytest.mark.parametrize("line", ["— ANTARA", "- Reuters", "-- AFP.", "(Bernama)"])
def test_an_agency_on_its_own_line_closes_the_story(line: str) -> None:
    credits = attribute([STORY, "Another paragraph of the story, long enough to be text.", line])
    assert credits.paragraphs == [STORY, "Another paragraph of the story, long enough to be text."]
    assert credits.attribution.credit == line
    assert len(credits.attribution.agencies) == 1


def test_a_via_line_names_the_source_of_a_copy() -> None:
    assert via_publisher("Via Wire News") == "Wire News"
    assert via_publisher("Via: Reuters") == "Reuters"
    assert via_publisher("Viaduct closed for repairs") is None
    assert via_publisher("Via the back door, the minister left the building quietly.") is None


@pytest.mark.parametrize(
    ("paragraph", "bold"),
    [
        ("MADURAI The State government will finish the road by March.", "MADURAI"),
        ("Jakarta. Indonesia's central bank held its rate on Thursday.", "Jakarta."),
        ("NEW DELHI Officials met the farmers' unions again on Monday.", "NEW DELHI"),
    ],
)
def test_bold_place_paragraphs_pass_the_bold_dateline_precheck(paragraph: str, bold: str) -> None:
    # the precheck must never hide a place take_bold_dateline would split off
    assert take_bold_dateline(paragraph, bold)[1] is not None
    assert may_open_bold_dateline(paragraph)
    assert attribute([paragraph, "More text follows here."], bold_lead=lambda text: bold).dateline is not None


def test_the_page_is_not_searched_for_bold_text_a_paragraph_cannot_open_with() -> None:
    # "The State government ..." fits neither bold place form: no search of the page for its bold text
    asked: list[str] = []

    def bold_lead(text: str) -> str | None:
        asked.append(text)
        return "The"

    paragraphs = ["The State government will finish the road by March.", "It said so on Friday."]
    assert attribute(paragraphs, bold_lead=bold_lead).dateline is None
    assert asked == []
