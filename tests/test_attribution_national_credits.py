"""National agencies' closing credits, sign-offs and datelines in their own scripts and forms (review rv28)."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute, take_dateline

# Our own sentences (a new bus depot, a bridge repair), long enough to be paragraphs of a story.
STORY = "The city opened its new bus depot on Tuesday, with room for eighty buses and a workshop."
MORE = "Work on the second hall goes on until spring, the council said in a statement on Monday."


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("/ritzau/", ["Ritzau"]),  # the agency between slashes, lower case
        ("AGERPRES/(OP - autor: Ana Pop, editor: Dan Ilie)", ["Agerpres"]),  # desk, writer, editor
        ("Sursa: Agerpres", ["Agerpres"]),  # Romanian source label
        ("Izvor: Tanjug", ["Tanjug"]),  # Serbian / Croatian
        ("Извор: Танјуг", ["Tanjug"]),  # Serbian Cyrillic, the agency too
        ("ប្រភព៖ AKP", ["AKP"]),  # Khmer, its own colon
        ("ແຫຼ່ງຂ່າວ: KPL", ["KPL"]),  # Lao
        ("(רויטרס)", ["Reuters"]),  # Hebrew
        ("(SAPA)", ["SAPA"]),  # South African Press Association
        ("-பிடிஐ", ["PTI"]),  # Tamil, after a dash
        ("(MNA)", ["MNA"]),  # Myanmar News Agency
        ("(ΑΠΕ-ΜΠΕ)", ["ANA-MPA"]),  # Greek
        ("(МОНЦАМЭ)", ["Montsame"]),  # Mongolian
    ],
)
def test_a_national_agencys_closing_credit_leaves_the_body(line: str, agencies: list[str]) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE]
    assert credits.attribution.agencies == agencies


def test_a_desk_signoff_in_initials_goes_with_the_agencys_credit() -> None:
    credits = attribute([STORY, MORE, "Ana Pop (PAP)", "ap/ mk/"])
    assert credits.paragraphs == [STORY, MORE]
    assert credits.attribution.agencies == ["PAP"]
    credits = attribute(["Brno 26. listopadu (ČTK) - " + STORY, MORE, "abc kde"])
    assert credits.paragraphs == [STORY, MORE]
    assert credits.attribution.agencies == ["CTK"]


def test_initials_with_no_agency_credited_stay() -> None:
    # no agency anywhere: a short lower-case last line is the story's (or someone else's rule)
    assert attribute([STORY, MORE, "ap/ mk/"]).paragraphs == [STORY, MORE, "ap/ mk/"]
    assert attribute([STORY, MORE, "and so on"]).paragraphs == [STORY, MORE, "and so on"]


def test_a_sentence_naming_an_agency_mid_story_stays() -> None:
    middle = "The mayor told Agerpres the depot cost 40 million lei (SAPA figures were lower)."
    credits = attribute([STORY, middle, MORE])
    assert credits.paragraphs == [STORY, middle, MORE]
    assert credits.attribution.agencies == []


@pytest.mark.parametrize(
    ("paragraph", "place", "credit"),
    [
        ("Brno 26. listopadu (ČTK) - Město otevřelo nové depo.", "Brno", "(ČTK) -"),  # day, no comma
        ("Timișoara, 26 noi /Agerpres/ - Primăria a deschis depoul.", "Timișoara", "/Agerpres/ -"),
        ("ЕКАТЕРИНБУРГ, 26 ноября. /ТАСС/. Город открыл новое депо.", "ЕКАТЕРИНБУРГ", "/ТАСС/."),
        ("ባሕር ዳር፣ ኅዳር 17/2019 (ኢዜአ)፦ ከተማው አዲስ ጣቢያ ከፈተ።", "ባሕር ዳር", "(ኢዜአ)፦"),  # Amharic comma and colon
        ("पोखरा, मंसिर ११ (रासस) – नगरले नयाँ डिपो खोल्यो।", "पोखरा", "(रासस) –"),  # Nepali RSS
    ],
)
def test_a_dateline_with_a_national_agencys_credit(paragraph: str, place: str, credit: str) -> None:
    rest, got_place, got_credit = take_dateline(paragraph)
    assert (got_place, got_credit) == (place, credit)
    assert rest and not rest.startswith((" ", "-", "/", "("))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Prices 26 (AP) rose again this week in the shops of the town.",  # a number, no day and month
        "The ratio rose to 5/10 /AP/ in the survey of the town's shops.",  # slashes mid-sentence
    ],
)
def test_a_sentence_with_a_number_before_a_credit_is_no_dateline(paragraph: str) -> None:
    assert take_dateline(paragraph) == (paragraph, None, None)


def _page_with_line_after_content(line: str):
    from newscrawl.pages.wordpress import WordPressPage

    body = (
        f"<article class='post'><h1 class='entry-title'>New bus depot opens</h1><div class='entry-content'><p>{STORY}</p><p>{MORE}</p>"
        f"<p>{STORY} It cost less than planned.</p></div><p class='source'>{line}</p></article>"
    )
    return WordPressPage(
        f"<html><head><title>New bus depot opens</title></head><body>{body}</body></html>",
        "https://citybuses.example/depot/",
    )


def test_a_source_line_after_the_bodys_container_credits_its_agency() -> None:
    page = _page_with_line_after_content("Forrás: MTI")
    assert page.attribution().agencies == ["MTI"]
    assert all("Forrás" not in p for p in page.body().split("\n"))


def test_a_line_after_the_container_naming_no_agency_credits_no_one() -> None:
    page = _page_with_line_after_content("Forrás: a városi közlekedési vállalat")
    assert page.attribution().agencies == []


def test_an_agency_in_brackets_closing_a_sentence_is_credited_and_the_sentence_stays() -> None:
    first = "Фабрика у граду запослиће још 300 радника до средине следеће године, саопштено је данас (Танјуг)."
    credits = attribute([first, MORE])
    assert credits.paragraphs == [first, MORE]
    assert credits.attribution.agencies == ["Tanjug"]


def test_a_bracket_closing_a_sentence_that_names_no_agency_credits_no_one() -> None:
    first = "The depot has room for eighty buses and a workshop (see the plan)."
    assert attribute([first, MORE]).attribution.agencies == []
