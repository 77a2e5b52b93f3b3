"""Authors (brief QF52): fixes to FA19's story-kind labels, Dublin Core's inverted creators, 'More
from' headings and captions' credits."""

from __future__ import annotations

from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import clean_author_names

URL = "https://www.lakeside-post.example/2025/06/10/ferry-timetable-changes/"
HEADLINE = "Ferry timetable changes for the summer season"
LEDE = (
    "<p>The lake ferry company said on Monday that its summer timetable starts a week earlier this year.</p>"
    "<p>Two extra crossings will run on Saturdays, and the last boat will leave the pier at ten.</p>"
    "<p>Tickets bought for the spring timetable stay valid until the end of June, the company said.</p>"
)


def page(header: str = "", after: str = "", *, head: str = "", url: str = URL) -> GenericPage:
    body = f"<main><article><header><h1>{HEADLINE}</h1>{header}</header>{LEDE}{after}</article></main>"
    title = f"<title>{HEADLINE} | Lakeside Post</title>"
    return GenericPage(f"<html lang='en'><head>{title}{head}</head><body>{body}</body></html>", url)


# -- (1) a story's kind before the byline ----------------------------------------------------------


def test_a_storys_kind_takes_its_of_word() -> None:
    for line, name in (
        ("Opinión de Rosa Vidal", "Rosa Vidal"),
        ("Análisis de Rosa Vidal", "Rosa Vidal"),
        ("Opinião de Tiago Lemos", "Tiago Lemos"),
        ("Chronique de Lise Garnier", "Lise Garnier"),
        ("Analisi di Carlo Benni", "Carlo Benni"),
        ("Kommentar: Jonas Weil", "Jonas Weil"),
        ("Komentar: Budi Harsono", "Budi Harsono"),
        ("Editorial: Jonas Weil", "Jonas Weil"),
        ("EDITORIAL Jonas Weil", "Jonas Weil"),
        ("Perspectives | Jonas Weil", "Jonas Weil"),
        ("Essay: Jonas Weil", "Jonas Weil"),
        ("ESSAY Jonas Weil", "Jonas Weil"),
    ):
        assert clean_author_names([line])[0] == [name], line
    assert clean_author_names(["Perspectives"])[0] == []


def test_a_genre_word_that_starts_a_name_is_the_name() -> None:
    for name in ("Essay Gebre", "Review Tadesse"):
        assert clean_author_names([name])[0] == [name], name


# -- (2) Dublin Core's creator, family name first --------------------------------------------------


def dc_authors(*values: str) -> list[str]:
    head = "".join(f"<meta name='DC.Creator' content='{value}'>" for value in values)
    return page(head=head).authors()


def test_two_agencies_in_a_dublin_core_creator_are_no_person() -> None:
    story = page(head="<meta name='DC.Creator' content='Reuters, AFP'>")
    assert story._authors == ([], ["Reuters", "AFP"])


def test_a_dublin_core_creator_turned_around_when_its_given_part_shows() -> None:
    assert dc_authors("van der Berg, Joost") == ["Joost van der Berg"]
    assert dc_authors("Mendes Lago, Rita") == ["Rita Mendes Lago"]
    assert dc_authors("Weil, Jonas K.") == ["Jonas K. Weil"]


def test_two_single_words_in_a_dublin_core_creator_stay_two() -> None:
    assert dc_authors("Weil, Horn") == ["Weil", "Horn"]


# -- (3) a 'More from' heading over a link -----------------------------------------------------------


def test_a_more_from_heading_over_a_sections_or_a_storys_link_names_no_one() -> None:
    for heading, link in (
        ("More from North Dakota", "<a href='/north-dakota/'>View all</a>"),
        ("More from Rita Lago", "<a href='/2025/04/02/rita-lago-steps-down-as-mayor/'>Rita Lago steps down</a>"),
    ):
        assert page(after=f"<div class='more'><h3>{heading}</h3>{link}</div>").authors() == [], heading


def test_a_more_from_heading_over_a_columnists_page_names_the_writer() -> None:
    card = "<div class='more'><h4>More from Rita Lago</h4><a href='/columnists/rita-lago/'>31 columns</a></div>"
    assert page(after=card).authors() == ["Rita Lago"]


# -- (4) a byline in a figure that holds the headline -----------------------------------------------


def test_a_byline_in_a_header_figure_with_the_headline_is_the_byline() -> None:
    header = (
        f"<figure class='article-header'><img src='/ferry.jpg'><h1>{HEADLINE}</h1>"
        "<div class='author'>Rita Lago / Reuters</div></figure>"
    )
    html = f"<html lang='en'><head><title>{HEADLINE}</title></head><body><main><article>{header}{LEDE}</article></main></body></html>"
    story = GenericPage(html, URL)
    assert story._authors == (["Rita Lago"], ["Reuters"])
    # A picture's caption beside the headline is still a credit, no byline.
    caption = "<figure><img src='/pier.jpg'><figcaption>The pier. <span class='author'>Rita Lago / Reuters</span></figcaption></figure>"
    assert page(caption).authors() == []
