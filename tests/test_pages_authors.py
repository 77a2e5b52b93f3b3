"""Authors (review R7): words across blocks, author links with ids, roles, the paper's name after the writer's."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import clean_author_names
from newscrawl.pages.document import text_of

LEDE = "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
URL = "https://harbourtimes.example/2024/05/pier-closes/"


def page(head: str, body: str, url: str = URL) -> GenericPage:
    return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", url)


def test_text_of_parts_words_at_blocks_and_line_breaks_not_inline_elements() -> None:
    node = html.fragment_fromstring("<div><a>Jana Ulm</a><div>Harbour Times</div>Ferry<br>desk</div>")
    assert text_of(node) == "Jana Ulm Harbour Times Ferry desk"
    assert text_of(html.fragment_fromstring("<p>Jana <b>U</b>lm</p>")) == "Jana Ulm"


def test_a_byline_whose_paper_name_sits_in_a_block_of_its_own_names_the_writer() -> None:
    head = '<meta property="og:site_name" content="Harbour Times">'
    byline = '<div class="byline"><span>Jana Ulm</span><div>Harbour Times</div></div>'
    body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
    assert page(head, body).authors() == ["Jana Ulm"]


def test_a_link_to_the_authors_page_with_an_id_beside_the_slug_names_the_author() -> None:
    for href in ("/staff/2648/jana-ulm/", "/author/jana-ulm/2648"):
        byline = f'<div class="meta"><a href="{href}">Jana Ulm</a></div>'
        body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
        assert page("<title>Old ferry pier to close</title>", body).authors() == ["Jana Ulm"], href


def test_a_byline_line_break_ends_the_name_before_the_date() -> None:
    byline = '<p class="byline">Jana Ulm<br>May 3, 2024</p>'
    body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
    assert page("<title>Old ferry pier to close</title>", body).authors() == ["Jana Ulm"]


def test_the_papers_name_behind_the_writers_is_no_part_of_the_name() -> None:
    body = f"<article><h1>Old ferry pier to close</h1>{LEDE * 3}</article>"
    # The host spells the paper's name, its words in another order too.
    for url in ("https://www.harbourstar.example/news/pier/", "https://harbourstar-lincoln.example/news/pier/"):
        head = '<meta name="author" content="Jana Ulm Lincoln Harbour Star">'
        assert page(head, body, url).authors() == ["Jana Ulm"], url
    # A three-word name on another host stays whole.
    head = '<meta name="author" content="Lim Kai Wen">'
    assert page(head, body, "https://www.harbourstar.example/news/pier/").authors() == ["Lim Kai Wen"]


def test_an_author_meta_that_is_the_writers_name_and_the_sites_is_the_writers() -> None:
    head = '<meta name="author" content="Jana Ulm Harbour Star"><meta property="og:site_name" content="Harbour Star">'
    body = f"<article><h1>Old ferry pier to close</h1>{LEDE * 3}</article>"
    assert page(head, body, "https://news.example/2024/pier/").authors() == ["Jana Ulm"]
    # Words of the host inside a word are no name of the site: "Landesanstalt für Landwirtschaft" on landwirt.example.
    head = '<meta name="author" content="Jana Ulm, Landesanstalt für Landwirtschaft, Kiel">'
    assert page(head, body, "https://landwirt.example/2024/pier/").authors() == ["Jana Ulm"]


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        # A role is a title noun with any modifiers before it, beside the name after a separator.
        ("Jana Ulm, Senior Transport Reporter", ["Jana Ulm"]),
        ("Jana Ulm, Ferries and Ports Correspondent", ["Jana Ulm"]),
        ("Jana Ulm | state political reporter", ["Jana Ulm"]),
        ("Jana Ulm, Editor-in-Chief", ["Jana Ulm"]),
        ("Harbour Correspondent, Jana Ulm", ["Jana Ulm"]),
        ("Jana Ulm, Harbour Reporter May 3, 2024", ["Jana Ulm"]),
        # After "and" it is another writer with the role behind the name.
        ("Jana Ulm and Piet Horn Staff Writers", ["Jana Ulm", "Piet Horn"]),
        ("Jana Ulm, Piet Horn", ["Jana Ulm", "Piet Horn"]),
    ],
)
def test_a_role_beside_the_name_is_no_name(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


def test_a_role_in_an_element_of_its_own_is_no_part_of_the_name() -> None:
    byline = '<div class="byline"><a href="/authors/jana-ulm">Jana Ulm</a> <span>Harbour Correspondent</span></div>'
    body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
    assert page("<title>Old ferry pier to close</title>", body).authors() == ["Jana Ulm"]


def _ld_page(author: object, byline: str = "") -> GenericPage:
    import json

    ld = {"@type": "NewsArticle", "headline": "Old ferry pier to close", "author": author}
    head = f'<title>Old ferry pier to close</title><script type="application/ld+json">{json.dumps(ld)}</script>'
    return page(head, f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>")


def test_a_byline_that_writes_the_structured_data_writer_another_way_still_gives_the_co_author() -> None:
    # JSON-LD names the first writer with an honorific, a middle initial or in capitals; the
    # byline shown names her and a co-author.
    for name, byline in (
        ("Dr. Amara Okafor", "By Amara Okafor and Piet Horn"),
        ("Amara N. Okafor", "By Amara Okafor and Piet Horn"),
        ("Amara Okafor", "By AMARA OKAFOR and PIET HORN"),
    ):
        found = _ld_page({"@type": "Person", "name": name}, f'<p class="byline">{byline}</p>').authors()
        assert found == ["Amara Okafor", "Piet Horn"], (name, byline)


def test_one_writer_given_twice_in_other_forms_is_one_author() -> None:
    for second in ("AMARA OKAFOR", "Dr. Amara Okafor", "Amara N. Okafor"):
        people = [{"@type": "Person", "name": "Amara Okafor"}, {"@type": "Person", "name": second}]
        assert _ld_page(people).authors() == ["Amara Okafor"], second
    # Another middle initial is another person.
    people = [{"@type": "Person", "name": "Amara N. Okafor"}, {"@type": "Person", "name": "Amara K. Okafor"}]
    assert _ld_page(people).authors() == ["Amara N. Okafor", "Amara K. Okafor"]


def test_an_organisations_hcard_names_no_writer_and_a_persons_hcard_still_does() -> None:
    # An info box beside the story marks the country with an hCard whose name is its organisation's.
    box = '<table class="infobox vcard"><tr><td><div class="fn org country-name">Tuvalu</div></td></tr></table>'
    body = f"<article><h1>Tuvalu</h1>{box}{LEDE * 3}</article>"
    assert page("<title>Tuvalu - Atlas</title>", body).authors() == []
    person = '<span class="author vcard"><a class="url fn n" href="/about/">Jana Ulm</a></span>'
    body = f"<article><h1>Old ferry pier to close</h1>{person}{LEDE * 3}</article>"
    assert page("<title>Old ferry pier to close</title>", body).authors() == ["Jana Ulm"]


@pytest.mark.parametrize(
    "href", ["/journaliste/jana-ulm/", "/periodista/jana-ulm/", "/giornalista/jana-ulm", "/jornalista/jana-ulm/"]
)
def test_a_link_to_the_writers_page_in_a_romance_languages_words_names_the_writer(href: str) -> None:
    byline = f'<div class="meta"><a href="{href}">Jana Ulm</a></div>'
    body = f"<article><h1>Old ferry pier to close</h1>{byline}{LEDE * 3}</article>"
    assert page("<title>Old ferry pier to close</title>", body).authors() == ["Jana Ulm"]


# -- a page builder's blocks: no element holds the headline and the story -----------------

BLOCKS_LEAD = (
    "<div class='block'><p><em>Mit achtzig Jahren forscht die Biologin noch immer an neuen Wegen gegen das"
    " Virus, sagt sie.</em></p></div>"
)
BLOCKS_STORY = "".join(
    f"<div class='block'><p>{sentence}</p></div>"
    for sentence in (
        "Die Forscherin hat in ihrem Labor in Boston viele wichtige Entdeckungen gemacht, die heute in Kliniken genutzt werden.",
        "Schon in den achtziger Jahren arbeitete sie an Tests, als andere das Thema noch mieden und kaum Geld dafür gaben.",
        "Heute leitet sie eine kleine Gruppe junger Leute, die ihre Arbeit an den Universitäten des Landes weiterführen wollen.",
    )
)


def _blocks_page(before: str, after: str = "") -> GenericPage:
    head = "<title>Eine Forscherin gegen das Virus</title><meta name='author' content='Isa Angerer'>"
    body = f"<h1>Eine Forscherin gegen das Virus</h1>{BLOCKS_LEAD}{before}{BLOCKS_STORY}{after}"
    return GenericPage(
        f"<html lang='de'><head>{head}</head><body>{body}</body></html>", "https://courage.example/forscherin/"
    )


def test_a_labelled_byline_opening_the_story_beats_the_author_meta_where_no_element_holds_the_article() -> None:
    # The meta names the account that posted; the story's own "Von" line under the lead names its
    # writer (soft hyphens in the name, as a hyphenating editor leaves them).
    byline = "<div class='block'><p><strong>Von Mat\u00adthi\u00adas Lauber</strong></p></div>"
    assert _blocks_page(byline).authors() == ["Matthias Lauber"]
    # After the story it is no byline of it (a box, a related story's): the meta stays.
    assert _blocks_page("", byline).authors() == ["Isa Angerer"]
    # A name with no label opening the story is no byline either.
    assert _blocks_page("<div class='block'><p><strong>Matthias Lauber</strong></p></div>").authors() == ["Isa Angerer"]


def test_a_json_ld_person_named_in_its_parts_names_the_author() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Old ferry pier to close", "author": {"@type": "Person", "givenName": "Jana",'
        ' "familyName": "Ulm"}}</script>'
    )
    body = f"<article><h1>Old ferry pier to close</h1>{LEDE * 3}</article>"
    assert page(f"<title>Old ferry pier to close</title>{ld}", body).authors() == ["Jana Ulm"]


def test_a_json_ld_persons_lower_case_surname_shown_in_the_byline_names_the_author() -> None:
    # A blogger's profile name as typed ("Rafiq karim"): JSON-LD's Person, and the byline's link.
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting",'
        ' "headline": "Okra masala", "author": {"@type": "Person", "name": "Rafiq karim"}}</script>'
    )
    byline = '<span class="entry-author">by <a href="https://www.blogger.com/profile/1">Rafiq karim</a></span>'
    body = f"<article><h1>Okra masala</h1>{byline}{LEDE * 3}</article>"
    assert page(f"<title>Okra masala</title>{ld}", body).authors() == ["Rafiq Karim"]
    # Not shown whole on the page: a phrase as likely as a name, no author.
    assert page(f"<title>Okra masala</title>{ld}", f"<article><h1>Okra masala</h1>{LEDE * 3}</article>").authors() == []


def _guest_post(same_as: str) -> GenericPage:
    graph = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "Hope in hard times",'
        ' "author": {"name": "Piet Horn", "@id": "https://harbourtimes.example/#/schema/person/1"}},'
        ' {"@type": "Person", "@id": "https://harbourtimes.example/#/schema/person/1", "name": "Piet Horn",'
        f' "sameAs": ["{same_as}"]}}]}}'
    )
    story = (
        "<p>Hope is what keeps us going when the news is bad, and it asks us to be brave each morning.</p>"
        "<p>The lion in old tales stands for that courage: it goes down into the cave and comes back out.</p>"
        "<p>We can learn to trust the future again, one small step after the other, as the lion does.<br>"
        "<em>Jana Ulm</em></p>"
    )
    head = f'<title>Hope in hard times</title><script type="application/ld+json">{graph}</script>'
    return page(head, f"<article><h1>Hope in hard times</h1>{story}</article>", "https://harbourtimes.example/hope/")


def test_a_guests_signature_beats_the_site_owners_account_in_json_ld() -> None:
    # The JSON-LD author's sameAs is the site's home page: the owner's account posted the text.
    assert _guest_post("https://harbourtimes.example").authors() == ["Jana Ulm"]
    # An author whose profile points elsewhere is the writer: the name under the text is someone else's.
    assert _guest_post("https://twitter.com/piethorn").authors() == ["Piet Horn"]


def test_a_quotations_author_under_the_site_owners_post_is_no_guest() -> None:
    # The owner's post ends with a quotation and whom it quotes: the owner wrote it.
    graph = (
        '{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Calm through winter",'
        ' "author": {"@type": "Person", "name": "Piet Horn", "sameAs": ["https://harbourtimes.example/"]}}'
    )
    head = f'<title>Calm through winter</title><script type="application/ld+json">{graph}</script>'
    intro = (
        "<p>When the days get shorter, many people find it hard to rest, and I am one of them too.</p>"
        "<p>Every morning I walk for half an hour, even in the rain, and the light does me good.</p>"
        "<p>In the evening I put the phone away and read a few pages. To end, a line I keep close:</p>"
    )
    quotes = (
        "<p>Imagination is more important than knowledge, for knowledge is limited.</p>",
        "<p>“Imagination is more important than knowledge, for knowledge is limited.”</p>",
        "<blockquote><p>Imagination is more important than knowledge, for knowledge is limited.</p></blockquote>",
    )
    for quote in quotes:
        body = f"<article><h1>Calm through winter</h1>{intro}{quote}<p>Albert Einstein</p></article>"
        assert page(head, body, "https://harbourtimes.example/calm/").authors() == ["Piet Horn"], quote
    body = f"<article><h1>Calm through winter</h1>{intro}<blockquote>{quotes[0]}<p>Albert Einstein</p></blockquote></article>"
    assert page(head, body, "https://harbourtimes.example/calm/").authors() == ["Piet Horn"]


@pytest.mark.parametrize("team", ["Tim liputan", "Tim kabar", "Pasukan sukan"])
def test_a_json_ld_persons_team_in_lower_case_is_no_author(team: str) -> None:
    # "Tim liputan" (the reporting team) typed as a Person and shown in the byline: no "Tim Liputan".
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        f' "headline": "Banjir rendam kampung", "author": {{"@type": "Person", "name": "{team}"}}}}</script>'
    )
    body = f'<article><h1>Banjir rendam kampung</h1><div class="meta">Oleh <a href="/author/tim/">{team}</a></div>{LEDE * 3}</article>'
    assert page(f"<title>Banjir rendam kampung</title>{ld}", body).authors() == []
    assert clean_author_names(["Tim Liputan"])[0] == []
