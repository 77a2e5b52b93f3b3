"""Boxes beside or inside the story found by the page's structure (newscrawl.pages.story_boxes):
other stories' cards, comments in the story's section, a table's caption read as a row. Pages
written for these tests; each runs through the whole extraction too (``extract``)."""

from __future__ import annotations

from lxml import html as lxml_html

from newscrawl.pages import extract
from newscrawl.pages.story_boxes import caption_rows, drop_boxes, drop_cards, drop_comments_beside

STORY = [
    "The river authority opened the new flood gates on Thursday after three years of building work downstream.",
    "Engineers say the gates can hold back a surge twice the size of the one that flooded the old town in 2019.",
    "The project cost 48 million and was paid for by the regional government and a European fund for the coast.",
    "Boat owners will have to wait for a second lock, which is due to open next spring if the weather allows.",
]


def _page(middle: str = "", after: str = "", article_tag: str = "article", meta: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2]) + middle + "".join(f"<p>{p}</p>" for p in STORY[2:])
    return (
        "<html><head><title>Flood gates open on the river | Delta Courier</title></head><body>"
        "<header><a href='/'>Delta Courier</a></header><main>"
        f"<{article_tag} class='story'><h1>Flood gates open on the river</h1>{meta}"
        f"<div class='story-text'>{paragraphs}</div>{after}</{article_tag}>"
        "</main><aside class='rail'><h3>Weather</h3><p>Showers along the coast through the weekend, with winds easing"
        " on Sunday afternoon and a dry start to the week ahead.</p></aside>"
        "<footer><p>Delta Courier is published by Delta Media Group. All rights reserved. Contact the newsroom"
        " about corrections and complaints through the form on our contact page.</p></footer></body></html>"
    )


def _body(page: str) -> list[str]:
    article, reason = extract(page, "https://www.deltacourier.example.net/news/flood-gates-open")
    assert article is not None, reason
    return [line for line in article.body.split("\n") if line.strip()]


META = "<div class='author'>By Joris Veld</div><div class='date'>12 March 2025, 07:40</div>"

CARDS_MID = (
    "<section class='picks'><h4>Our selection</h4>"
    "<article class='tile'><a href='/news/ferry-fares'><h5>Ferry fares to rise in January</h5></a></article>"
    "<article class='tile'><a href='/news/dune-walk'><h5>New dune walk opens to the public</h5></a></article>"
    "</section>"
)

RAIL_CARDS = (
    "<section class='more'><h2>More from the coast</h2>"
    "<article class='teaser'><h3><a href='/news/harbour-crane'>Harbour gets its first electric crane</a></h3>"
    "<p class='summary'>The crane will cut the port's diesel use by a third and its noise at night, its operator says.</p>"
    "<time>3 hours ago</time></article>"
    "<article class='teaser'><h3><a href='/news/lighthouse'>Lighthouse keepers' cottage for sale</a></h3>"
    "<p class='summary'>The listed building on the point comes with a sea view, two acres and a leaking roof.</p>"
    "<time>5 hours ago</time></article></section>"
)


def test_cards_between_the_story_paragraphs_go_with_their_heading() -> None:
    assert _body(_page(middle=CARDS_MID)) == STORY


def test_article_cards_beside_a_story_in_a_div_go() -> None:
    page = (
        _page(article_tag="div")
        .replace(
            "<h1>Flood gates open on the river</h1>",
            "<div class='top'><h1>Flood gates open on the river</h1>" + META + "</div>",
        )
        .replace("<main>", "<div class='wrap'><main>")
        .replace("</main>", "</main>" + RAIL_CARDS + "</div>")
    )
    assert _body(page) == STORY


def test_cards_that_are_the_content_stay() -> None:
    tree = lxml_html.fromstring(
        "<html><body><div id='list'>"
        "<article><h2><a href='/a'>First story of the listing page</a></h2><p>Its summary line here.</p></article>"
        "<article><h2><a href='/b'>Second story of the listing page</a></h2><p>Another summary line.</p></article>"
        "</div></body></html>"
    )
    frame = tree.get_element_by_id("list")
    lines = ["First story of the listing page", "Its summary line here.", "Second story of the listing page"]
    assert drop_cards(tree, frame, lines) == lines


def test_a_story_line_also_shown_outside_the_cards_stays() -> None:
    tree = lxml_html.fromstring(
        "<html><body><div id='text'><p>Ferry fares to rise in January</p><p>"
        + STORY[0]
        + "</p><p>"
        + STORY[1]
        + "</p></div>"
        + CARDS_MID
        + "</body></html>"
    )
    lines = ["Ferry fares to rise in January", STORY[0], STORY[1]]
    assert drop_cards(tree, tree.get_element_by_id("text"), lines) == lines


COMMENTS = (
    "<section class='komentar'><h3>Komentar</h3>"
    "<div class='komentar-item'><b>Budi_77</b> <span>12/03/2025 08:15</span><p>Akhirnya selesai juga!</p></div>"
    "<div class='komentar-item'><b>Sari</b> <span>12/03/2025 09:02</span><p>Semoga tidak banjir lagi.</p></div>"
    "</section>"
)


def test_comments_in_the_story_section_go() -> None:
    assert _body(_page(after=COMMENTS, meta=META)) == STORY


def test_comment_lines_away_from_the_end_stay_and_a_story_classed_comment_stays() -> None:
    tree = lxml_html.fromstring(
        "<html><body><article><div id='text' class='kommentar-spalte'><p>" + STORY[0] + "</p></div>"
        "<div class='kommentare'><p>" + STORY[1] + "</p></div></article></body></html>"
    )
    frame = tree.get_element_by_id("text")
    # The comment block holds the story's longest paragraph: it is the story.
    assert drop_comments_beside(frame, [STORY[0], STORY[1]]) == [STORY[0], STORY[1]]
    tree = lxml_html.fromstring(
        "<html><body><article><div id='text'><p>" + STORY[0] + "</p><p>" + STORY[2] + "</p></div>"
        "<div class='kommentare'><p>Great news.</p></div><div class='comments'><p>Good.</p></div></article></body></html>"
    )
    frame = tree.get_element_by_id("text")
    assert drop_comments_beside(frame, [STORY[0], STORY[2], "Great news."]) == [STORY[0], STORY[2]]
    assert drop_comments_beside(frame, [STORY[0], "Great news.", STORY[2]]) == [STORY[0], "Great news.", STORY[2]]
    # English names are trafilatura's to prune (an English "comment" also names a ticker's entries).
    assert drop_comments_beside(frame, [STORY[0], STORY[2], "Good."]) == [STORY[0], STORY[2], "Good."]


TABLE = (
    "<table><caption>Lock dimensions</caption><tbody><tr><th>Length</th><td>120 m</td></tr>"
    "<tr><th>Width</th><td>18 m</td></tr></tbody></table>"
)


def test_a_caption_read_as_a_row_is_a_line() -> None:
    body = _body(_page(middle=TABLE))
    assert "Lock dimensions" in body
    assert not any("Lock dimensions" in line and "|" in line for line in body)
    assert "| Length | 120 m |" in body


def test_a_row_of_one_cell_that_is_no_caption_stays() -> None:
    tree = lxml_html.fromstring("<html><body>" + TABLE + "</body></html>")
    rows = ["| Total | |", "| Lock dimensions | |"]
    assert caption_rows(tree, rows) == ["| Total | |", "Lock dimensions"]


def test_bad_input_gives_the_lines_back() -> None:
    assert drop_boxes(None, None, ["a"]) == ["a"]
    tree = lxml_html.fromstring("<html><body><p>x</p></body></html>")
    assert drop_boxes(tree, None, ["a"]) == ["a"]
    assert drop_boxes(tree, tree, []) == []
