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


# -- (3) a card of the writer's other stories ----------------------------------------------------
# On the evaluation pages every "More from <a person>" card named the page's writer (3 of 3); the
# cards naming a section ("More from Pop Culture") link to no writer's page.

OTHER_STORIES = (
    "<ul><li><a href='/2025/02/01/ferry-fares-rise/'>Ferry fares to rise by a tenth from April</a></li>"
    "<li><a href='/2025/01/11/quay-cranes/'>New cranes for the container quay arrive by sea</a></li></ul>"
)


def test_a_more_from_link_after_the_writers_stories_names_the_writer() -> None:
    card = f"<div class='more'>{OTHER_STORIES}<a href='/authors/piet-horn'>More from Piet Horn</a></div>"
    assert page(after=card).authors() == ["Piet Horn"]


def test_a_more_from_heading_over_a_link_to_the_writers_page_names_the_writer() -> None:
    card = f"<div class='more'><h3>More from Piet Horn</h3><a href='/author/piet-horn/'>9 articles</a>{OTHER_STORIES}</div>"
    assert page(after=card).authors() == ["Piet Horn"]
    # The byline, where there is one, wins.
    assert page("<p class='byline'>By Jana Ulm</p>", after=card).authors() == ["Jana Ulm"]


def test_a_more_from_card_without_the_writers_page_names_no_one() -> None:
    for heading in ("More from Piet Horn", "More from Pop Culture"):
        assert page(after=f"<div class='more'><h3>{heading}</h3>{OTHER_STORIES}</div>").authors() == [], heading
    # A link to somewhere else than the name's page.
    card = f"<div class='more'><h3>More from Pop Culture</h3><a href='/culture/'>See all</a>{OTHER_STORIES}</div>"
    assert page(after=card).authors() == []
    # A sidebar's card is the site's columnist, not this story's writer.
    card = "<aside class='sidebar'><h3>More from Piet Horn</h3><a href='/author/piet-horn/'>9 articles</a></aside>"
    assert page(aside=card).authors() == []


# -- (4) a catalogue's "Family, Given" in Dublin Core's creator ----------------------------------


def test_a_dublin_core_creator_written_family_name_first_is_one_person() -> None:
    head = "<meta name='DC.Creator' content='Berg, Piet van den'><meta name='DC.Creator' content='Ulm, J.'>"
    assert page(head=head).authors() == ["Piet van den Berg", "J. Ulm"]
    head = "<meta name='DC.Creator' content='Ulm, Jana M.'>"
    assert page(head=head).authors() == ["Jana M. Ulm"]


def test_a_name_and_its_outlet_in_dublin_core_stay_as_they_are() -> None:
    head = "<meta name='DC.Creator' content='Jana Ulm, Valley Herald'>"
    assert page(head=head).authors() == ["Jana Ulm"]
