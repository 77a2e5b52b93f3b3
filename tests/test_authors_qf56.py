"""Authors (brief QF56): a personal site's one writer, named only in its "About me" box, its
Blogger profile or its footer's "<site> is written by ..." (``about_writer``)."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage

URL = "https://www.quietorchard.example/2026/03/pruning-old-apple-trees/"
HEADLINE = "Pruning old apple trees in a wet March"
STORY = (
    "<p>The two trees by the gate are older than the house, and every March I promise to be braver with the saw.</p>"
    "<p>This year I took out the crossing branches first, then the water shoots, and left the rest alone.</p>"
    "<p>The blossom will tell me in May whether I cut too much; last year it was three weeks late.</p>"
)


def page(after: str = "", *, header: str = "", site: str = "Quiet Orchard", lang: str = "en") -> GenericPage:
    head = (
        f"<title>{HEADLINE} | {site}</title><meta property='og:site_name' content='{site}'>"
        "<meta property='og:type' content='article'>"
    )
    body = (
        f"<main><article class='post'><header><h1>{HEADLINE}</h1>{header}</header>"
        f"<div class='entry-content'>{STORY}</div></article>{after}</main>"
    )
    return GenericPage(f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>", URL)


def test_an_about_me_widget_names_the_writer() -> None:
    box = (
        "<aside class='widget'><h3>About me</h3><p>Hi, I'm Wren Ashdown. I grow apples and write about it.</p></aside>"
    )
    assert page(box).authors() == ["Wren Ashdown"]


def test_a_footer_says_who_writes_the_site() -> None:
    footer = (
        "<footer class='site-footer'><p>Quiet Orchard is written by Wren Ashdown, who keeps bees too.</p>"
        "<p>© 2026 Quiet Orchard</p></footer>"
    )
    assert page(footer).authors() == ["Wren Ashdown"]
    assert page("<div class='site-info'><p>This blog is written by Wren Ashdown.</p></div>").authors() == [
        "Wren Ashdown"
    ]


def test_a_blogger_profile_widget_names_the_writer() -> None:
    widget = (
        "<div class='sidebar'><div class='widget Profile'><h2>Tentang Saya</h2>"
        "<p>Saya Siti Aminah binti Yusof, guru dari Ipoh yang suka berkebun.</p></div></div>"
    )
    assert page(widget, lang="ms").authors() == ["Siti Aminah binti Yusof"]
    linked = (
        "<div class='widget Profile' id='Profile1'><h2>About Me</h2>"
        "<a class='profile-name-link' href='https://www.blogger.example/profile/1'>Wren Ashdown</a>"
        "<p>Apples, bees, rain.</p></div>"
    )
    assert page(linked).authors() == ["Wren Ashdown"]


@pytest.mark.parametrize(
    ("heading", "sentence", "lang", "name"),
    [
        ("Über mich", "Ich bin Jonas Weilheim und schreibe hier über meinen Garten.", "de", "Jonas Weilheim"),
        ("À propos", "Je suis Lise Garnaud, jardinière du dimanche.", "fr", "Lise Garnaud"),
        ("Sobre mí", "Me llamo Rosa Vidaurre y cuido un huerto en Teruel.", "es", "Rosa Vidaurre"),
        ("Mengenai Saya", "Nama saya Budi Harsanto.", "ms", "Budi Harsanto"),
    ],
)
def test_about_boxes_in_other_languages(heading: str, sentence: str, lang: str, name: str) -> None:
    box = f"<aside><h4>{heading}</h4><p>{sentence}</p></aside>"
    assert page(box, lang=lang).authors() == [name]


def test_an_about_us_box_naming_the_company_gives_no_author() -> None:
    box = (
        "<aside class='widget'><h3>About us</h3><p>Quiet Orchard Media is an independent publisher "
        "of gardening news. We are Quiet Orchard Media Ltd, based in Hereford.</p></aside>"
    )
    assert page(box).authors() == []
    footer = "<footer><p>Quiet Orchard is written by Harbor Media Group, an independent newsroom.</p></footer>"
    assert page(footer).authors() == []


def test_a_copyright_line_names_no_writer() -> None:
    assert page("<footer><p>© 2026 Wren Ashdown. All rights reserved.</p></footer>").authors() == []


def test_another_sites_writer_and_a_readers_comment_name_no_one() -> None:
    other = "<footer><p>Harbor Ledger is written by Wren Ashdown, who also edits it.</p></footer>"
    assert page(other).authors() == []
    comment = (
        "<section class='comments'><div class='comment-body'><h4>About me</h4>"
        "<p>Hi, I'm Tomas Reyne. Lovely trees!</p></div></section>"
    )
    assert page(comment).authors() == []


def test_two_writers_in_about_boxes_name_no_one() -> None:
    boxes = (
        "<aside><h3>About me</h3><p>Hi, I'm Wren Ashdown.</p></aside>"
        "<footer><p>Quiet Orchard is written by Tomas Reyne.</p></footer>"
    )
    assert page(boxes).authors() == []


def test_a_byline_wins_over_the_about_box() -> None:
    box = "<aside><h3>About me</h3><p>Hi, I'm Wren Ashdown.</p></aside>"
    byline = "<p class='byline'>By Tomas Reyne</p>"
    assert page(box, header=byline).authors() == ["Tomas Reyne"]
