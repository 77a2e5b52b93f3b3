"""Author classes closed after review R51 (set rv30; pages we wrote): a role or a desk after the
writer's name and a comma ("Words by A, Marine Projects Officer", "Von A, SWA-Studio Brüssel"); the
writer's card in a sidebar ("Written by" above the name); a broadcaster's byline whose name and
place are inline elements run together, beside an organisation as the JSON-LD author."""

from __future__ import annotations

import json

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.byline_forms import first_line
from newscrawl.pages.cleaning import clean_author_names

HEADLINE = "Seagrass meadows return to the north bay"
LEDE = (
    "<p>Seagrass has come back to two stretches of the north bay a decade after boat moorings tore it up.</p>"
    "<p>Volunteers replanted more than four thousand shoots over three summers, and divers counted "
    "seahorses there this autumn for the first time since the survey began.</p>"
    "<p>The council has agreed to keep the eco-moorings that let the meadows grow back.</p>"
)
URL = "https://www.northbaytrust.example/news/seagrass-meadows-return"


def article(byline: str = "", *, head: str = "", aside: str = "", url: str = URL, lang: str = "en") -> GenericPage:
    return GenericPage(
        f'<html lang="{lang}"><head><title>{HEADLINE} | North Bay Trust</title>{head}</head><body>'
        f"<div class='main-col'><main><article><h1>{HEADLINE}</h1>{LEDE}{byline}</article></main>{aside}</div>"
        "</body></html>",
        url,
    )


# -- a role or a desk after the name and a comma ---------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Words by Imogen Fairley, Marine Projects Officer", ["Imogen Fairley"]),
        ("Jana Ulm, Policy Adviser", ["Jana Ulm"]),
        ("Von Anna Meierhöfer, SWA-Studio Brüssel", ["Anna Meierhöfer"]),
        ("Von Jana Ulm, ARD-Hauptstadtstudio", ["Jana Ulm"]),
        ("Piet Horn, redactie Buitenland", ["Piet Horn"]),
        ("Par Lise Martin, bureau de Bruxelles", ["Lise Martin"]),
        ("Gianni Russo, inviato", ["Gianni Russo"]),
    ],
)
def test_a_role_or_a_desk_after_the_name_is_no_second_writer(raw: str, expected: list[str]) -> None:
    assert clean_author_names([raw])[0] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Imogen Fairley, Marcus Webb", ["Imogen Fairley", "Marcus Webb"]),
        ("Von Anna Meierhöfer, Jonas Studer", ["Anna Meierhöfer", "Jonas Studer"]),
        ("Par Lise Martin, Hugo Lebrun", ["Lise Martin", "Hugo Lebrun"]),
    ],
)
def test_a_second_writer_after_a_comma_stays(raw: str, expected: list[str]) -> None:
    assert clean_author_names([raw])[0] == expected


def test_the_role_after_a_closing_credit_leaves_the_writer_alone() -> None:
    credit = "<p class='post-credit'><strong>Words by</strong> Imogen Fairley, Marine Projects Officer</p>"
    assert article(credit).authors() == ["Imogen Fairley"]


# -- the writer's card in a sidebar -----------------------------------------------------------------

CARD = (
    "<aside class='article-sidebar'><div class='contributor-card'><img src='/img/c/hs.jpg' alt=''>"
    "<p class='contributor-label'>{label}</p><p class='contributor-name'>"
    "<a href='/contributors/hanna-sorensen'>Hanna Sorensen</a></p>"
    "<p class='contributor-bio'>Hanna Sorensen writes about the coast.</p></div></aside>"
)


@pytest.mark.parametrize("label", ["Written by", "Geschrieben von", "Escrito por", "Ditulis oleh"])
def test_a_writer_card_in_the_sidebar_names_the_writer(label: str) -> None:
    assert article(aside=CARD.format(label=label)).authors() == ["Hanna Sorensen"]


def test_a_sidebar_author_link_without_a_writers_label_names_no_one() -> None:
    # A sidebar's list of the site's writers is no byline.
    aside = CARD.format(label="Our contributors")
    assert article(aside=aside).authors() == []


def test_two_writer_cards_in_the_sidebar_name_no_one() -> None:
    # Cards of two writers: the sidebar's, not this story's.
    other = (
        CARD.format(label="Written by").replace("hanna-sorensen", "olav-berg").replace("Hanna Sorensen", "Olav Berg")
    )
    assert article(aside=CARD.format(label="Written by") + other).authors() == []


def test_a_writer_card_in_the_sidebar_is_no_credit_against_the_storys_byline() -> None:
    # A wire story's own byline credits no person: the sidebar's card is another writer's.
    byline = "<p class='byline'>By Reuters staff</p>"
    assert article(byline, aside=CARD.format(label="Written by")).authors() == []


def test_a_titled_sidebar_box_promoting_a_writer_names_no_one() -> None:
    # "Opinion" over the card: the site's section promoting its columnist, not this story's credit.
    aside = CARD.format(label="Written by").replace("<img", "<h3>Opinion</h3><img")
    assert article(aside=aside).authors() == []


def test_a_writer_card_whose_label_is_its_heading_names_the_writer() -> None:
    aside = CARD.format(label="Written by").replace(
        "<p class='contributor-label'>Written by</p>", "<h3>About the author</h3>"
    )
    assert article(aside=aside).authors() == ["Hanna Sorensen"]


# -- a broadcaster's byline in inline elements run together ------------------------------------------


def test_a_name_and_its_place_in_inline_elements_run_together_are_two_lines() -> None:
    block = (
        '<div data-component="byline-block"><time datetime="2026-11-26T16:18:41.882Z">5 hours ago</time>'
        '<div data-testid="byline-new-contributors"><span>Alun Pritchard</span><span>BNC Wales, Holyhead</span>'
        "</div></div>"
    )
    head = '<script type="application/ld+json">{}</script>'.format(
        json.dumps(
            {
                "@type": "ReportageNewsArticle",
                "headline": HEADLINE,
                "author": {"@type": "NewsMediaOrganization", "name": "BNC News"},
            }
        )
    )
    assert article(block, head=head).authors() == ["Alun Pritchard"]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("<div class='byline'><span>By</span><a>Jana Ulm</a></div>", "ByJana Ulm"),  # a label: one word before
        ("<div class='byline'><span>Jana</span><span>Ulm</span></div>", "JanaUlm"),
        ("<div class='byline'><span>Jana Ulm</span> <span>Harbour Desk</span></div>", "Jana Ulm Harbour Desk"),
        ("<div class='byline'><span>Jana Ulm</span><span>, Harbour Desk</span></div>", "Jana Ulm, Harbour Desk"),
    ],
)
def test_inline_elements_with_a_space_or_no_full_name_before_stay_one_line(block: str, expected: str) -> None:
    from lxml import html

    assert first_line(html.fromstring(block)) == expected


def test_a_rail_teasers_by_line_is_no_writer_card() -> None:
    aside = (
        "<aside class='sidebar'><h3>Most read</h3><div class='promo'><span>By</span> "
        "<a href='/contributors/olav-berg'>Olav Berg</a></div></aside>"
    )
    assert article(aside=aside).authors() == []
