"""Datelines of press release wires without a date before the credit (Business Wire, Accesswire),
and US states after an agency dateline's place (review R12; fixtures written here)."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute, take_dateline
from newscrawl.intl_credits import press_release_wire, take_intl_dateline

STORY = "Harbor Freight Cranes Inc. said today it had agreed to buy a rival for cash and shares."


@pytest.mark.parametrize(
    ("paragraph", "place", "credit"),
    [
        (f"DULUTH--(BUSINESS WIRE)--{STORY}", "DULUTH", "(BUSINESS WIRE)--"),
        (f"WINSTON-SALEM, N.C.--(BUSINESS WIRE)--{STORY}", "WINSTON-SALEM", "(BUSINESS WIRE)--"),
        (f"REGINA, SK / ACCESSWIRE / March 3, 2026 / {STORY}", "REGINA", "/ ACCESSWIRE / March 3, 2026 /"),
    ],
)
def test_a_wire_dateline_with_no_date_before_its_credit(paragraph: str, place: str, credit: str) -> None:
    found = take_intl_dateline(paragraph)
    assert found is not None and (found.place, found.credit, found.rest) == (place, credit, STORY)
    assert press_release_wire([paragraph])
    credits = attribute([paragraph, "The deal closes in May."])
    assert credits.dateline == place and credits.paragraphs[0] == STORY
    assert credits.attribution.agencies == []  # a distributor, no agency


def test_a_dash_and_a_wire_inside_a_sentence_is_no_dateline() -> None:
    text = f"Shares rose -- (BUSINESS WIRE) -- after {STORY}"
    assert take_intl_dateline(text) is None and not press_release_wire([text])


def test_a_release_page_with_a_business_wire_dateline_credits_no_author() -> None:
    from newscrawl.pages import extract

    html = (
        "<html><head><title>Harbor Freight Cranes buys rival</title></head><body><article>"
        "<h1>Harbor Freight Cranes buys rival</h1>"
        "<div class='stamp'><time datetime='2026-03-03T13:30:00Z'>March 3, 2026 08:30 AM Eastern Standard Time</time></div>"
        f"<div class='story'><p>DULUTH--(BUSINESS WIRE)--{STORY}</p>"
        "<p>The purchase adds two plants in Ohio and brings the company's staff to about 900 people, it said.</p>"
        "<p>Terms include a cash payment and new shares, and the deal is expected to close in May.</p></div>"
        "</article></body></html>"
    )
    article = extract(html, "https://wire.example.com/news/home/20260303/en/harbor-freight-cranes-buys-rival").article
    assert article is not None
    assert article.dateline == "DULUTH"
    assert article.authors == []  # not the time zone beside the date
    assert article.body.split("\n\n")[0] == STORY


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("OMAHA, Neb. (AP) —", "OMAHA, Neb."),  # an AP state abbreviation
        ("SANTA FE, N.M. (AP) —", "SANTA FE, N.M."),
        ("BOISE, Idaho (AP) —", "BOISE, Idaho"),  # a state AP spells out
        ("MANILA, Philippines (AP) —", "MANILA, Philippines"),  # a country
        ("KUALA LUMPUR, 13 Sept (Bernama) --", "KUALA LUMPUR"),  # a date is no region
        ("Jakarta, Senin (ANTARA) -", "Jakarta"),  # nor a weekday
        ("LONDON, Nov (Reuters) -", "LONDON"),  # nor a month
    ],
)
def test_an_agency_datelines_place_keeps_its_state_or_country(head: str, place: str) -> None:
    rest, found, credit = take_dateline(f"{head} {STORY}")
    assert (rest, found) == (STORY, place) and credit is not None


@pytest.mark.parametrize(
    ("head", "place", "agencies"),
    [
        ("LAGOS/NAIROBI, Nov 26 (Harbour Wire) -", "LAGOS/NAIROBI", []),  # a newswire's own credit
        ("QUITO, Ecuador (WHO) —", "QUITO, Ecuador", []),  # an organisation's
        ("TROMSØ, Norway, March 3, 2026 /PressHub/ --", "TROMSØ, Norway", []),  # a release hub's, with a date
        ("TUCSON, Ariz. (KVOA) —", "TUCSON, Ariz.", None),  # a station's call sign, the state kept
        ("VALENCIA, 26 Nov. (EUROPA PRESS) -", "VALENCIA", ["Europa Press"]),  # an agency in capitals
        ("CUSCO, 26 nov (Prensa Andes).-", "CUSCO", []),  # Spanish wires close theirs with ".-"
    ],
)
def test_a_dateline_credits_whoever_its_bracket_names(head: str, place: str, agencies: list[str] | None) -> None:
    credits = attribute([f"{head} {STORY}", "The deal closes in May."])
    assert (credits.dateline, credits.paragraphs[0]) == (place, STORY)
    if agencies is not None:
        assert credits.attribution.agencies == agencies


@pytest.mark.parametrize(
    "paragraph",
    [
        f"NASA (file photo) - {STORY}",  # a caption's note, no credit
        f"BREAKING (Live) - {STORY}",  # a label
        f"BERGEN, Norway /PressHub/ -- {STORY}",  # slashes with no date: no release hub's dateline
        "GENEVA (WHO) — too short to be a story.",
    ],
)
def test_a_bracket_after_capitals_is_no_dateline_without_a_place_and_a_story(paragraph: str) -> None:
    assert take_dateline(paragraph)[1] is None


LEDE = "Bus fares rose for the second year running, the council said on Friday in its budget."
LEDE_ES = "El ayuntamiento aprobó este viernes la subida de las tarifas del autobús para el año próximo."


@pytest.mark.parametrize(
    "head",
    [
        "NHS (England) —",  # an acronym with its region in brackets
        "EDITOR'S NOTE (Nov 26) —",  # a label with a date in brackets
        "ICYMI (From Monday) —",
        "LISTEN (Podcast) —",
        "EU/UK (Analysis) —",  # two acronyms joined by a slash
    ],
)
def test_a_label_in_capitals_before_a_bracket_is_no_dateline(head: str) -> None:
    credits = attribute([f"{head} {LEDE}", "The deal closes in May."])
    assert credits.dateline is None and credits.paragraphs[0] == f"{head} {LEDE}"


@pytest.mark.parametrize("head", ["ÚLTIMA HORA (Actualizado).-", "OPINIÓN (Editorial).-"])
def test_a_spanish_label_before_a_bracket_is_no_dateline(head: str) -> None:
    assert take_dateline(f"{head} {LEDE_ES}") == (f"{head} {LEDE_ES}", None, None)


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("NAIROBI (Harbour Wire) —", "NAIROBI"),  # a known city needs no date or region
        ("BOISE, Idaho (KBSX) —", "BOISE, Idaho"),  # a region after the place
        ("TARRAGONA, 3 dic (Prensa Andes).-", "TARRAGONA"),  # a date after the place
    ],
)
def test_a_place_before_a_credit_naming_no_agency_stays_a_dateline(head: str, place: str) -> None:
    assert take_dateline(f"{head} {LEDE}")[:2] == (LEDE, place)
