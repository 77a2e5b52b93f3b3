"""Authors (brief FA18): wrong persons from teaser lists whose headlines are plain links (no
heading element), and missed writers."""

from __future__ import annotations

from newscrawl.pages import GenericPage

URL = "https://www.harbourledger.example/2025/03/04/old-ferry-pier-to-close/"
HEADLINE = "Old ferry pier to close after divers find rotten piles"
LEDE = (
    "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
    "<p>Repairs would cost more than a new pier, the board's engineer told members at the meeting.</p>"
    "<p>Ferries will berth at the container quay until a new pier opens, probably in two years.</p>"
)


def page(byline: str = "", aside: str = "", *, head: str = "") -> GenericPage:
    body = f"<main><article><header><h1>{HEADLINE}</h1>{byline}</header>{LEDE}</article><div class='col-4'>{aside}</div></main>"
    title = f"<title>{HEADLINE} | Harbour Ledger</title>"
    return GenericPage(f"<html lang='en'><head>{title}{head}</head><body>{body}</body></html>", URL)


# -- (1) a teaser list whose headlines are plain links --------------------------------------------

LINK_TEASERS = (
    "<div class='context-list'><h4>See also</h4><ul>"
    "<li><a href='/2025/02/27/council-approves-harbour-budget/'>Council approves the new harbour works budget</a>"
    "<div class='teaser-author'>Press release by Jana Ulm</div></li>"
    "<li><a href='/2025/02/20/ferry-fares-rise/'>Ferry fares to rise by a tenth from April</a>"
    "<div class='teaser-author'>Interview by Piet Horn</div></li>"
    "</ul></div>"
)
LINKED_TEASERS = (
    "<div class='most-read'>"
    "<p><span>1/3</span> <a href='/2025/02/12/quay-cranes/'>New cranes for the container quay arrive by sea "
    "<small>(<span class='vcard author'><a class='url fn' href='/author/mara-lind'>Mara Lind</a></span>, "
    "Harbour)</small></a></p>"
    "<p><span>2/3</span> <a href='/2025/02/10/lighthouse/'>The old lighthouse reopens to visitors in May "
    "<small>(<span class='vcard author'><a class='url fn' href='/author/tomas-berg'>Tomas Berg</a></span>, "
    "Town)</small></a></p>"
    "</div>"
)


def test_the_bylines_of_a_teaser_list_with_linked_headlines_name_no_writer() -> None:
    assert page(aside=LINK_TEASERS).authors() == []


def test_a_byline_inside_another_storys_link_names_no_writer() -> None:
    assert page(aside=LINKED_TEASERS).authors() == []


def test_the_storys_own_byline_wins_over_the_teasers() -> None:
    byline = "<p class='byline'>By <a href='/author/ellen-voss'>Ellen Voss</a></p>"
    assert page(byline, LINK_TEASERS + LINKED_TEASERS).authors() == ["Ellen Voss"]


def test_a_byline_beside_a_link_to_the_writers_own_page_or_a_share_link_is_kept() -> None:
    # The writer's card: its links name her or lead off the site; no other story's headline.
    card = (
        "<div class='author-card'><span class='author'>Ellen Voss</span> "
        "<a href='https://social.example/share?u=harbourledger'>Share this story with your friends</a> "
        "<a href='/author/ellen-voss'>All stories written by Ellen Voss</a></div>"
    )
    assert page(card).authors() == ["Ellen Voss"]
    # A meta row apart from the headline's block, its section's link before the byline.
    row = (
        "<div class='meta-row'><a href='/2025/03/'>Harbour news from the month of March</a> "
        "<span class='author'>Ellen Voss</span></div>"
    )
    assert page(aside=row).authors() == ["Ellen Voss"]


# -- (2) a theme's maker in the author meta ----------------------------------------------------


def test_an_author_meta_with_another_sites_address_is_the_themes_maker() -> None:
    head = "<meta name='author' content='Oskar Brandt - http://brandt-themes.example'>"
    assert page(head=head).authors() == []
    # The story's own byline still names its writer.
    assert page("<p class='byline'>By Ellen Voss</p>", head=head).authors() == ["Ellen Voss"]


def test_an_author_meta_with_the_sites_own_address_is_kept() -> None:
    head = "<meta name='author' content='Oskar Brandt - https://www.harbourledger.example'>"
    assert page(head=head).authors() == ["Oskar Brandt"]


def test_an_author_meta_with_a_broken_address_does_not_raise() -> None:
    head = "<meta name='author' content='Oskar Brandt http://[brandt-themes'>"
    assert isinstance(page(head=head).to_item().authors, list)


# -- (3) a writer's card whose link leads to all of the writer's stories ---------------------------


def test_a_writers_card_with_a_link_to_all_her_stories_names_her() -> None:
    card = (
        "<div class='bio-box'><h3>Ellen Voss</h3><p>Ellen covers the port and its people.</p>"
        "<a href='/author/ellen'>All stories by Ellen Voss</a></div>"
    )
    assert page(aside=card).authors() == ["Ellen Voss"]


def test_a_card_whose_link_says_all_articles_and_spells_the_name_in_its_address() -> None:
    card = (
        "<div class='box short'><div class='name'> Mara Lind </div>"
        "<div class='more'><a href='/search/?word=mara-lind&amp;field=writer'>Alle Artikel</a></div></div>"
    )
    assert page(aside=card).authors() == ["Mara Lind"]
    # The link's title gives the label where its text is a picture or a phrase.
    titled = (
        "<div class='box'><div class='name'>Mara Lind</div>"
        "<a href='/experts/mara-lind' title='zu allen Rezepten vom Autor'><img src='/m.png' alt=''></a></div>"
    )
    assert page(aside=titled).authors() == ["Mara Lind"]


def test_cards_of_several_writers_or_an_address_that_spells_no_one_name_no_one() -> None:
    cards = (
        "<div class='box'><h3>Ellen Voss</h3><a href='/author/ellen-voss'>All stories</a></div>"
        "<div class='box'><h3>Mara Lind</h3><a href='/author/mara-lind'>All stories</a></div>"
    )
    assert page(aside=cards).authors() == []
    other = "<div class='box'><h3>Ellen Voss</h3><a href='/section/harbour/'>All stories</a></div>"
    assert page(aside=other).authors() == []
    # A menu: the link's address spells its own label, the item before it is no name.
    menu = "<ul><li><a href='/all-issues/'>All Issues</a></li><li><a href='/all-stories/'>All stories</a></li></ul>"
    assert page(aside=menu).authors() == []


def test_the_storys_byline_wins_over_a_writers_card() -> None:
    card = "<div class='box'><h3>Mara Lind</h3><a href='/author/mara-lind'>All stories</a></div>"
    assert page("<p class='byline'>By Ellen Voss</p>", card).authors() == ["Ellen Voss"]


def test_a_columnists_card_in_a_sidebar_or_a_footer_names_no_writer() -> None:
    # No byline: the sidebar's or footer's card is the site's columnist, not this story's writer.
    card = "<h3>Mara Lind</h3><p>Our woman on the quays.</p><a href='/author/mara-lind'>All stories</a>"
    assert page(aside=f"<aside>{card}</aside>").authors() == []
    assert page(aside=f"<div class='sidebar'><div class='widget columnist'>{card}</div></div>").authors() == []
    assert page(aside=f"<footer><div class='box'>{card}</div></footer>").authors() == []
    # The same card beside the story, in no sidebar, still names her; so does the sidebar's card
    # that the theme classes as the post's author box.
    assert page(aside=f"<div class='box'>{card}</div>").authors() == ["Mara Lind"]
    assert page(aside=f"<aside><div class='author-bio'><div>{card}</div></div></aside>").authors() == ["Mara Lind"]
    assert page(aside=f"<div class='sidebar'><div class='teaser-box autor'>{card}</div></div>").authors() == [
        "Mara Lind"
    ]


def test_an_author_meta_with_the_writers_own_site_is_kept() -> None:
    # The address's host spells her whole name: her own site, no theme maker's.
    for address in ("https://ellenvoss.example", "http://www.ellen-voss.example/blog"):
        head = f"<meta name='author' content='Ellen Voss - {address}'>"
        assert page(head=head).authors() == ["Ellen Voss"]
    # A host that spells only part of the name is still another site's ("brandt-themes").
    head = "<meta name='author' content='Oskar Brandt - http://oskar-themes.example'>"
    assert page(head=head).authors() == []
