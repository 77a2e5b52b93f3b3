"""Boxes and labels kept in the body (review rv30): a summary box over the story, an ad slot's label,
a related card's label run into its title, "read also" in Argentine Spanish, an editor's credit
line. Fixtures written here; each rule with the sentences it must leave alone."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import is_boilerplate_line
from newscrawl.pages.story_blocks import drop_summary_box

FIRST = "The ferry company will cut its winter timetable to four crossings a day from January, it said on Monday."
SECOND = "Islanders say the cut leaves no boat after six in the evening, when most commuters come home."


@pytest.mark.parametrize(
    "line",
    [
        "Publicidade",  # an ad slot's label, Portuguese
        "Anúncio",
        "Anuncio",  # Spanish
        "LEÉ TAMBIÉN: Cuánto cuesta el boleto de colectivo en enero",  # Argentine voseo
        "Mirá también: Las rutas que cierran por obras",
        "RELATEDWhy ferry fares rose twice this year",  # a card's label run into its title
        "Oprac. Marta Wilk",  # Polish: compiled by
        "Opracowała: Marta Wilk",
        "A cura di Paolo Neri",
        "Editado por Lucía Paz",
        "Bewerkt door Jan de Boer",
    ],
)
def test_a_label_or_an_editors_line_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Leé también el informe completo, pidió el ministro a los diputados.",
        "Publicidade enganosa é crime, lembrou o órgão de defesa do consumidor.",
        "RELATED PARTIES were named in the filing, the regulator said.",
        "Editado por Planeta, el libro reúne veinte cuentos de autores jóvenes.",
        "Opracowanie planu zajęło urzędnikom dwa lata.",
        "A cura di Roma Capitale la mostra apre domani al pubblico.",
    ],
)
def test_a_sentence_opening_with_the_same_words_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


def _tree_and_lines(box: list[str], inside: bool = False) -> tuple[object, list[str]]:
    """A page with the box (its label, its points, a note) above the story's container, or inside
    it; and the lines trafilatura reads from it."""
    label, *rest = box
    points = "".join(f"<li>{line[2:]}</li>" for line in rest if line.startswith("- "))
    note = "".join(f"<p class='small'>{line}</p>" for line in rest if not line.startswith("- "))
    html_box = f"<div class='box'><h3>{label}</h3><ul>{points}</ul>{note}</div>"
    story = f"<p>{FIRST}</p><p>{SECOND}</p>"
    body = f"<div class='story'>{html_box}{story}</div>" if inside else f"{html_box}<div class='story'>{story}</div>"
    tree = lxml_html.fromstring(
        f"<html><body><article><h1>Ferry cut</h1><p class='deck'>{STANDFIRST}</p>{body}</article></body></html>"
    )
    return tree, [STANDFIRST, *box, FIRST, SECOND]


STANDFIRST = "Islanders fear the cut will empty the island in winter"


@pytest.mark.parametrize(
    "box",
    [
        ["In brief", "- Four crossings a day from January", "- No evening boat"],
        ["Resumo", "- Quatro travessias por dia", "Gerado por IA e revisado pela redação"],
        ["Das Wichtigste in Kürze:", "- Vier Fahrten am Tag"],
        ["W skrócie", "- Cztery kursy dziennie"],
        ["Ringkasan", "- Empat kali penyeberangan sehari"],
    ],
)
def test_a_summary_box_over_the_story_goes(box: list[str]) -> None:
    tree, lines = _tree_and_lines(box)
    assert drop_summary_box(tree, lines) == [STANDFIRST, FIRST, SECOND]
    # inside the story's own container, the story's list of points: it stays (review rv18 23)
    tree, lines = _tree_and_lines(box, inside=True)
    assert drop_summary_box(tree, lines) == lines


def test_a_summary_label_with_no_list_or_with_only_the_list_after_it_stays() -> None:
    tree, _ = _tree_and_lines(["In brief", "- Four crossings a day"])
    subhead = [FIRST, "Summary", SECOND]  # a subheading
    assert drop_summary_box(tree, subhead) == subhead
    listed = ["In brief", "- Four crossings a day"]  # the list is the page's text
    assert drop_summary_box(tree, listed) == listed
    late = [FIRST, SECOND, FIRST, SECOND, FIRST, "In brief", "- Four crossings a day", SECOND]  # far into the story
    assert drop_summary_box(tree, late) == late


def test_a_summary_box_above_the_body_is_neither_body_nor_lead() -> None:
    html = (
        "<html><head><title>Ferry timetable cut to four crossings</title></head><body><article>"
        "<header><h1>Ferry timetable cut to four crossings</h1></header>"
        "<div class='c-summary'><h3>Resumo</h3><ul><li>Quatro travessias por dia a partir de janeiro.</li>"
        "<li>Sem barco depois das seis da tarde.</li></ul><p>Gerado por IA e revisado pela redação</p></div>"
        f"<section class='story-body'><p>{FIRST}</p><p>{SECOND}</p>"
        "<p>The company blamed fuel costs and a shortage of crew, and said the summer timetable would not change.</p>"
        "</section></article></body></html>"
    )
    body = GenericPage(html, "https://islandnews.example/ferry-timetable-cut").body()
    assert body is not None and body.startswith(FIRST)
    assert "Resumo" not in body and "Quatro" not in body
