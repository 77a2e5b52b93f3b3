"""Agency credits of other shapes (review rv30): a copyright line with a rights-reserved phrase or
the agency's service and story number, a source line in a box after the body, a byline naming the
agency with the word "agency" before it. Fixtures written here."""

from __future__ import annotations

import pytest

from newscrawl.attribution import agency_name, attribute
from newscrawl.pages import GenericPage

STORY = "The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."
MORE = "Ferries will use the new terminal on the east quay from next month, the board said."
LAST = "The old pier will be pulled down in the spring, and a park laid out on the quay by the summer."


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("© dpa-infocom, dpa:261203-930-445566/2", "dpa"),  # the agency's service and the story's number
        ("RIPRODUZIONE RISERVATA © Copyright ANSA", "ANSA"),  # Italian "all rights reserved" before it
        ("© Lusa. Todos os direitos reservados.", "Lusa"),
        ("Copyright © 2026 EFE. Todos los derechos reservados", "EFE"),
    ],
)
def test_an_agencys_copyright_line_closes_the_story_and_credits_it(line: str, agency: str) -> None:
    credits = attribute([STORY, MORE, line])
    assert credits.paragraphs == [STORY, MORE]
    assert credits.attribution.agencies == [agency]


@pytest.mark.parametrize(
    "line",
    [
        "© 2026 Harbour Times. Alle Rechte vorbehalten.",  # the site's own
        "Copyright ANSA reporters said the talks would resume on Monday.",  # a sentence
        "© AFP, photographers Jana Ulm and Piet Horn",  # a picture's credit naming people
    ],
)
def test_a_copyright_line_naming_no_agency_alone_credits_no_one(line: str) -> None:
    assert attribute([STORY, MORE, line]).attribution.agencies == []


def test_the_word_agency_before_an_agencys_name_is_the_agency() -> None:
    assert [agency_name(n) for n in ("Agência Lusa", "Agenzia ANSA", "Agencja PAP", "agence Belga")] == [
        "Lusa",
        "ANSA",
        "PAP",
        "Belga",
    ]
    # an agency whose own name holds the word stays itself; a word after it that names none is none
    assert agency_name("Agência Brasil") == "Agência Brasil"
    assert agency_name("Agência Nacional de Águas") is None


def _page(body: str, after: str = "", header: str = "") -> GenericPage:
    html = (
        "<html><head><title>Old ferry pier to close</title></head><body><article>"
        f"<header><h1>Old ferry pier to close</h1>{header}</header>"
        f"<div class='article__body'><p>{STORY}</p><p>{MORE}</p><p>{LAST}</p>{body}</div>{after}"
        "</article></body></html>"
    )
    return GenericPage(html, "https://harbourtimes.example/news/old-ferry-pier-to-close")


def test_an_agencys_copyright_line_at_the_bodys_end_is_its_credit() -> None:
    page = _page("<p class='credit'>© dpa-infocom, dpa:261203-930-445566/2</p>")
    assert page.attribution().agencies == ["dpa"]
    assert "dpa" not in page.body()


def test_a_copyright_line_after_the_body_credits_its_agency() -> None:
    page = _page("", "<p class='copyright'>RIPRODUZIONE RISERVATA © Copyright ANSA</p>")
    assert page.attribution().agencies == ["ANSA"]


def test_a_source_line_in_the_author_box_after_the_body_credits_its_agency() -> None:
    box = "<div class='author-box'><p>Autor: <a href='/autor/jan-nowak'>Jan Nowak</a></p><p>Źródło: PAP</p></div>"
    page = _page("", box)
    assert page.attribution().agencies == ["PAP"]
    assert "Źródło" not in page.body()
    # a box naming the writer only credits no one
    assert (
        _page("", "<div class='author-box'><p>Autor: Jan Nowak</p><p>Zdjęcia: Ewa Lis</p></div>").attribution().agencies
        == []
    )


def test_a_byline_that_is_the_agency_with_its_word_for_agency_credits_it_and_no_author() -> None:
    page = _page("", header="<div class='autor'>Agência Lusa</div>")
    assert page.attribution().agencies == ["Lusa"]
    assert page.authors() == []
