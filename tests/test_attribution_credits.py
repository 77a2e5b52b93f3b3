"""Credits and datelines (review R7): inputs notes, national agencies, desk initials, datelines after a box."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute, take_dateline
from newscrawl.pages import GenericPage

STORY = "The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."
MORE = "Ferries will use the new terminal on the east quay from next month, the board said."


@pytest.mark.parametrize(
    ("paragraph", "place", "credit"),
    [
        (f"KIEL (PTI): {STORY}", "KIEL", "(PTI):"),  # a colon after the agency
        (f"MANILA, Philippines — {STORY}", "MANILA, Philippines", None),  # the country after the place
        (f"PORTLAND, Maine - {STORY}", "PORTLAND, Maine", None),
    ],
)
def test_more_dateline_shapes(paragraph: str, place: str, credit: str | None) -> None:
    assert take_dateline(paragraph) == (STORY, place, credit)


def test_a_boxs_label_is_no_dateline() -> None:
    line = "Highlights: harbour pier to close; ferries move to the east quay by May"
    assert take_dateline(line) == (line, None, None)


def test_the_dateline_is_found_after_a_box_or_a_date_line_above_the_story() -> None:
    box = "Highlights: harbour pier to close; ferries move to the east quay by May"
    credits = attribute([box, "UPDATED May 3, 2024, 06:31 PM", f"KIEL: {STORY}", MORE])
    assert credits.dateline == "KIEL"
    assert credits.paragraphs == [box, "UPDATED May 3, 2024, 06:31 PM", STORY, MORE]
    # Past a lead-in line a place in capitals only: "Harbour Master:" is a speaker, "Ferries:" a kicker.
    for line in (f"Harbour Master: {STORY}", f"Ferries: {STORY}"):
        credits = attribute([box, line, MORE])
        assert credits.dateline is None and credits.paragraphs == [box, line, MORE]
    # Not after a sentence: the story has begun.
    credits = attribute([STORY, f"KIEL: {MORE}"])
    assert credits.dateline is None and credits.paragraphs == [STORY, f"KIEL: {MORE}"]


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("(With inputs from PTI)", ["PTI"]),
        ("With inputs from agencies.", []),
        ("(With agency inputs)", []),
        ("(With inputs from Reuters and AFP)", ["Reuters", "AFP"]),
        ("— APP", ["APP"]),  # national agencies: Pakistan, the Philippines, Nigeria
        ("-- PNA", ["PNA"]),
        ("(NAN)", ["NAN"]),
        ("—Reuters/LDF, Harbour Desk News", ["Reuters"]),  # desk initials and the desk's name
        ("AFP/dn", ["AFP"]),
        ("Source: AFP/jd(ab)", ["AFP"]),
    ],
)
def test_credit_lines_close_the_story(line: str, agencies: list[str]) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE]
    assert credits.attribution.agencies == agencies
    assert credits.attribution.credit == line


@pytest.mark.parametrize(
    "line", ["Additional reporting by Jana Ulm", "Reuters, The Harbour Times", "With inputs from Jana Ulm"]
)
def test_a_person_or_a_paper_named_is_no_agency_credit(line: str) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE, line]
    assert credits.attribution.agencies == []


def test_a_source_line_naming_the_site_itself_is_no_credit() -> None:
    credits = attribute([STORY, MORE, "Source: HBT/jd(ab)"], title_names=["HBT"])
    assert credits.paragraphs == [STORY, MORE]
    assert credits.attribution.agencies == [] and credits.attribution.credit is None
    # On another site it credits what it names.
    assert attribute([STORY, MORE, "Source: HBT/jd(ab)"]).attribution.credit == "Source: HBT/jd(ab)"


def test_a_source_box_after_the_story_credits_its_agency() -> None:
    box = '<div class="source-box"><span class="label">Sumber:</span> <a href="https://www.afp.example">AFP</a></div>'
    body = f"<article><h1>Old ferry pier to close</h1><div class='content'><p>{STORY}</p><p>{MORE}</p><p>{STORY}</p></div>{box}</article>"
    page = GenericPage(
        f"<html><head><title>Old ferry pier to close</title></head><body>{body}</body></html>",
        "https://harbourtimes.example/pier/",
    )
    attribution = page.attribution()
    assert attribution.agencies == ["AFP"]
    assert attribution.original_url is None  # the agency's home page is no original


def test_an_agency_name_alone_between_paragraphs_is_no_credit() -> None:
    # A picture's credit or a link's label with the story going on below it: not the agency's story.
    last = "The old pier will be pulled down in the spring, and a park laid out on the quay by the summer."
    after = "Ferry crews say the new landing stage will take larger boats and cut the crossing by ten minutes."
    for line in ("AFP", "Reuters"):
        credits = attribute([STORY, MORE, line, after, last])
        assert credits.attribution.agencies == [] and credits.attribution.credit is None
        assert credits.paragraphs == [STORY, MORE, after, last]
    # Closing the story, it is the credit line.
    credits = attribute([STORY, MORE, last, "AFP"])
    assert credits.attribution.agencies == ["AFP"] and credits.paragraphs == [STORY, MORE, last]
    credits = attribute([STORY, MORE, last, "AFP", "Tags: harbour, ferries"])
    assert credits.attribution.agencies == ["AFP"]


def test_an_agency_name_alone_before_one_closing_sentence_is_the_credit() -> None:
    # Review R35: the agency's line with one sentence below it (a feed's note on the copy) still
    # credits the agency; only the story going on (two sentences or more) makes it a picture's credit.
    note = "This copy came to us over the wire service's feed and was run as it arrived, unedited here."
    credits = attribute([STORY, MORE, "AFP", note])
    assert credits.attribution.agencies == ["AFP"]
