"""Authors (brief FA19): a story's kind shown as its byline ("Opinion"), a picture's credit in a
caption, and the writer named only by a card of their other stories."""

from __future__ import annotations

from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import clean_author_names

URL = "https://www.valleyherald.example/2025/03/04/river-bridge-to-reopen/"
HEADLINE = "River bridge to reopen after three months of repairs"
LEDE = (
    "<p>The county said on Tuesday that the river bridge will reopen to traffic next week after repairs.</p>"
    "<p>Crews replaced the deck's worn joints and repainted the steel girders over the winter months.</p>"
    "<p>Buses will return to their old route once the bridge opens, the transit office said in a note.</p>"
)


def page(header: str = "", after: str = "", *, head: str = "", aside: str = "", url: str = URL) -> GenericPage:
    body = f"<main><article><header><h1>{HEADLINE}</h1>{header}</header>{LEDE}{after}</article>{aside}</main>"
    title = f"<title>{HEADLINE} | Valley Herald</title>"
    return GenericPage(f"<html lang='en'><head>{title}{head}</head><body>{body}</body></html>", url)


# -- (1) the story's kind in the byline's place -------------------------------------------------


def test_a_storys_kind_alone_names_no_writer() -> None:
    for label in ("Opinion", "OPINION", "Analysis", "Kommentar", "Op-Ed", "Guest column"):
        assert clean_author_names([label])[0] == [], label
    assert page("<div class='byline'><span>Opinion</span></div>").authors() == []
    assert page(head="<meta name='author' content='Opinion'>").authors() == []
    assert page("<p class='meta'><a href='/category/opinion/' rel='author'>Opinion</a></p>").authors() == []


def test_a_storys_kind_before_the_byline_is_a_label() -> None:
    for line in ("Opinion By Jana Ulm", "OPINION | Jana Ulm", "Analysis by Jana Ulm", "Kommentar von Jana Ulm"):
        assert clean_author_names([line])[0] == ["Jana Ulm"], line
    assert clean_author_names(["Jana Ulm | Opinion"])[0] == ["Jana Ulm"]
    byline = "<div class='byline'><span class='label'>Opinion</span> By <a href='/author/jana-ulm/'>Jana Ulm</a></div>"
    assert page(byline).authors() == ["Jana Ulm"]
    # A name that only starts like such a word is a name.
    assert clean_author_names(["Essayas Kebede"])[0] == ["Essayas Kebede"]


def test_the_byline_after_an_opinion_meta_names_the_writer() -> None:
    head = "<meta name='author' content='Opinion'>"
    assert page("<p class='byline'>By Piet Horn</p>", head=head).authors() == ["Piet Horn"]


# -- (2) a picture's credit in its caption --------------------------------------------------------


def test_a_pictures_credit_with_an_agency_in_a_caption_names_no_writer() -> None:
    for credit in (
        "<span class='author'>Jana Ulm / AFP</span>",
        "<span class='byline'>Jana Ulm/Reuters</span>",
    ):
        figure = f"<figure><img src='/bridge.jpg'><figcaption>The bridge in May. {credit}</figcaption></figure>"
        assert page(figure).authors() == [], credit
        # The story's own byline is read past it.
        assert page(f"{figure}<p class='byline'>By Piet Horn</p>").authors() == ["Piet Horn"], credit


def test_a_byline_with_an_agency_outside_a_caption_is_still_the_byline() -> None:
    story = page("<p class='byline'>Jana Ulm / AFP</p>")
    assert story.authors() == ["Jana Ulm"]
    assert story._authors[1] == ["AFP"]
