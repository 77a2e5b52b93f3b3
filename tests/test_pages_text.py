"""Pure processors of the page classes: where the body ends, which heading is the headline."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from newscrawl.pages import GenericPage
from newscrawl.pages.body import _page_text_bound, drop_dangling_tail, from_page, trim_to_precise
from newscrawl.pages.cleaning import heading_rank
from newscrawl.pages.document import PageDocument, parse_html

STORY = [
    "Rescuers searched through the night after the landslide hit the village at dawn on Wednesday.",
    "Twelve houses were carried away and three people are still missing, the mayor said.",
    "Related: Floods close the coast road",
    "Work on a new wall had been due to start next spring, the council said.",
]
TEASERS = [
    "A sheriff says a woman held captive for three weeks cannot describe her abductors.",
    "The prison board heard arguments for and against mercy for a man set to die in January.",
]


def test_the_body_ends_where_the_precision_run_ends() -> None:
    # The precision run broke the lines differently and dropped the inline insert.
    precise = [STORY[0] + " " + STORY[1], STORY[3]]
    assert trim_to_precise(STORY + TEASERS, precise) == STORY


def test_a_closing_paragraph_the_precision_run_dropped_stays() -> None:
    closing = (
        "The council will meet again on Friday to decide whether the coast road can reopen before the "
        "holidays; engineers want another week of checks on the slope above the village, and the mayor "
        "asked residents of the upper streets to stay with relatives until the last of the survey is done, "
        "whatever the weather brings."
    )
    assert trim_to_precise(STORY + [closing] + TEASERS, STORY) == STORY + [closing]


def test_a_captioned_picture_before_a_closing_paragraph_does_not_end_the_story() -> None:
    closing = (
        "The council will meet again on Friday to decide whether the coast road can reopen before the "
        "holidays; engineers want another week of checks on the slope above the village, and the mayor "
        "asked residents of the upper streets to stay with relatives until the last of the survey is done, "
        "whatever the weather brings."
    )
    caption = "The slope above the village after the landslide. Photo: Jane Doe"
    assert trim_to_precise(STORY + [caption, closing] + TEASERS, STORY) == STORY + [closing]
    # a line without a credit is no caption: the story ends there
    assert trim_to_precise(STORY + ["More from the coast", closing], STORY) == STORY


def test_short_lines_before_the_precision_run_go_and_leads_and_tables_stay() -> None:
    head = ["Save article", "Log in", "| 125 g | flour |", STORY[0]]
    assert trim_to_precise(head + STORY[1:] + TEASERS, STORY[1:]) == head[2:] + STORY[1:]


def test_a_lost_precision_run_is_ignored() -> None:
    assert trim_to_precise(STORY + TEASERS, ["Rescuers"]) == STORY + TEASERS
    assert trim_to_precise(STORY, []) == STORY


def test_closing_labels_and_copyright_lines_leave_the_end_of_the_body() -> None:
    tail = ["More on this topic:", "© 2024 Coast News Ltd. All rights reserved", "Photo credit:"]
    assert drop_dangling_tail(STORY + tail) == STORY
    # a colon inside the story stays
    assert drop_dangling_tail(["The mayor said:", *STORY]) == ["The mayor said:", *STORY]


def _story_page(extra: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    return f"""<html><head><title>Landslide</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Landslide hits village</h1>{paragraphs}{extra}</article>
    <footer>Contact us</footer></body></html>"""


def test_text_a_reader_never_sees_stays_out_of_the_body() -> None:
    hidden = (
        '<p style="display: none">The hidden paragraph was never shown to anyone reading the page online.</p>'
        '<div style="visibility:hidden"><p>A second invisible paragraph sat in a box the reader never saw.</p></div>'
        "<p hidden>A third paragraph carried the hidden attribute and stayed off the screen too.</p>"
    )
    tree = parse_html(_story_page(hidden))
    text = " ".join(from_page(tree, "https://news.example/2024/05/landslide", [], {}))
    assert "Twelve houses were carried away" in text
    assert "hidden paragraph" not in text
    assert "invisible paragraph" not in text
    assert "hidden attribute" not in text


def test_the_page_tree_stays_whole_and_drop_selectors_go() -> None:
    box = '<div class="promo-box"><p>Order the printed edition today and save on every issue this year.</p></div>'
    tree = parse_html(_story_page(box))
    text = " ".join(from_page(tree, "https://news.example/2024/05/landslide", [".promo-box"], {}))
    assert "Rescuers searched" in text
    assert "printed edition" not in text
    # the title, dates and authors are read from the same tree afterwards
    assert tree.find(".//nav") is not None and tree.find(".//footer") is not None
    assert "printed edition" in tree.text_content()


def test_skipping_the_pruning_xpaths_by_markers_changes_nothing() -> None:
    # A comment section the comment XPath prunes, and a page without one (the XPath is skipped).
    comments = (
        '<div class="comments-area"><p>Reader one wrote that the council should have built the wall '
        "years ago and asked who would pay for it now that the houses are gone.</p></div>"
    )
    url = "https://news.example/2024/05/landslide"
    for extra in (comments, ""):
        doc = PageDocument(_story_page(extra), url)
        with_markers = from_page(doc.tree, url, [], {}, doc.markers)
        assert with_markers == from_page(doc.tree, url, [], {})
        assert "Reader one" not in " ".join(with_markers)


@pytest.mark.parametrize(
    "html",
    [
        _story_page(""),
        "<html><body><div>a<p>b</p>c<br>d<ul><li>e</li><li>f</li></ul></div><script>var x = 1;</script></body></html>",
        "<html><body><table><tr><td>1</td><td>2</td></tr></table><p>one   two</p>three</body></html>",
        "<div><span>x</span><span>y</span></div>",
        "<html><body>a<script>b c</script>d <aside>e<style>f</style> g</aside>h<footer>i</footer> <p>j</p></body></html>",
        "<html><body><p>x</p><aside></aside><svg><text>k</text></svg>y<template>z</template></body></html>",
    ],
)
def test_the_page_text_bound_is_never_below_html2txt(html: str) -> None:
    from trafilatura.baseline import html2txt

    tree = parse_html(html)
    assert _page_text_bound(tree) >= len(html2txt(tree))


@pytest.mark.parametrize(
    "html",
    [
        _story_page(""),
        "<html><body><div>a<p>b</p>c<br>d<ul><li>e</li><li>f</li></ul></div><script>var x = 1;</script></body></html>",
        "<html><body><div class='site-footer'>f</div>x<aside>y</aside>z<p>one\n\ttwo\u00adthree\u200b four</p></body></html>",
        "<html><body><div id='cookie-banner'>We use cookies</div><p>Text\u00a0with\u2028breaks</p>tail</body></html>",
        "<div><span>x</span><span>y</span></div>",
    ],
)
def test_the_page_text_length_is_html2txts(html: str) -> None:
    from trafilatura.baseline import html2txt

    from newscrawl.pages.trafilatura_steps import html2txt_length

    tree = parse_html(html)
    assert html2txt_length(tree) == len(html2txt(tree))


def test_every_parsed_element_is_an_html_element() -> None:
    tree = parse_html('<html><body><form action="/s"><input name="q"><label>Find</label></form></body></html>')
    assert all(isinstance(node, HtmlElement) for node in tree.iter())
    assert " ".join(tree.find(".//form").text_content().split()) == "Find"


_TWO_ROOTS = (
    "<html><body><div class='wrap'>Intro<h2 class='section-title'>Sport</h2>tail one"
    "<span itemprop='headline'>Match report</span><p class='title'>No</p><h3 class='card-title'>Teaser</h3>"
    "<header class='headline'>Top</header></div></body></html>"
    "<html><body><h2>Second root</h2><div class='title'>Also</div></body></html>"
)


#: Class values repeated on elements of the classed tags and of others (each value's verdict is read once).
_REPEATED_CLASSES = (
    "<html><body>"
    + "<div class='card-title'>T</div><span class='meta'>M</span><li class='card-title'>L</li>" * 3
    + "<p class='meta'>P</p><h3 class='card-title'>H</h3><h2 class='meta'>S</h2></body></html>"
)


@pytest.mark.parametrize(
    "html",
    [_TWO_ROOTS, _REPEATED_CLASSES, "<p>Plain <b>page</b></p>", "<html><body><h1 class=title>X</h1></body></html>"],
)
def test_elements_named_are_the_xpath_union(html: str) -> None:
    from lxml import etree

    from newscrawl.pages.document import elements_named

    doc = PageDocument(html, "https://example.org/a")
    xpath = etree.XPath(
        "//h2 | //*[@itemprop='headline'] | //*[contains(@class, 'headline') or contains(@class, 'title')]"
        "[self::span or self::div or self::p or self::h3 or self::header]"
    )
    args = (frozenset({"h2"}), frozenset({"span", "div", "p", "h3", "header"}), ("headline", "title"), "headline")
    assert elements_named(doc.tree, *args, doc.markers) == xpath(doc.tree)
    assert elements_named(doc.tree, *args, None) == xpath(doc.tree)
    assert elements_named(doc.tree, *args, doc.markers, 2) == xpath(doc.tree)[:2]


@pytest.mark.parametrize("html", [_TWO_ROOTS, "<p>Plain <b>page</b></p>", "<h1 class=x>A</h1><div class=title>B</div>"])
def test_headline_elements_serve_both_lists(html: str) -> None:
    from newscrawl.pages.base import _HEADING_ELEMENTS, _HEADLINE_ELEMENTS, _HEADLINE_NODE_ELEMENTS
    from newscrawl.pages.document import elements_named, named_among

    doc = PageDocument(html, "https://example.org/a")
    union = elements_named(doc.tree, *_HEADLINE_ELEMENTS, doc.markers)
    for spec, limit in ((_HEADING_ELEMENTS, 10), (_HEADING_ELEMENTS, 2), (_HEADLINE_NODE_ELEMENTS, None)):
        expected = elements_named(doc.tree, *spec, doc.markers, limit)
        assert named_among(union, *spec, doc.markers, limit) == expected
        assert named_among(union, *spec, None, limit) == elements_named(doc.tree, *spec, None, limit)


_BYLINE_CLASSES = (
    "<html><body><div class='post-author'><a class=Author href=/a/>Jana Ulm</a></div>"
    "<span class='by writer'>x</span><p id=author-box>y</p><em id=main-author class=z>z</em>"
    "<section class=author>not a byline element</section><li class='user-name'>no word</li>"
    # every word of _BYLINE_WORDS reaches the XPath, the words of other languages too
    "<span class=muhabir>m</span><span class='wartawan'>w</span><span class=pewarta-name>p</span>"
    "<div class=redacteur>r</div><a class='post-tac-gia'>t</a><li class=tacgia>t</li><address class=columnist>c</address>"
    "</body></html>"
    "<html><body><strong class=byline>On the second root</strong></body></html>"
)


@pytest.mark.parametrize("html", [_BYLINE_CLASSES, _TWO_ROOTS, "<p>Plain <b>page</b></p>"])
def test_byline_search_elements_are_its_xpath(html: str) -> None:
    from lxml import etree

    from newscrawl.pages.base import _BYLINE_ID_WORD, _BYLINE_TAGS, _BYLINE_WORDS, _BYLINE_XPATH
    from newscrawl.pages.document import elements_with_values

    doc = PageDocument(html, "https://example.org/a")
    classes = frozenset(v for v in doc.class_values if any(word in v for word in _BYLINE_WORDS))
    ids = frozenset(v for v in doc.id_values if _BYLINE_ID_WORD in v)
    found = elements_with_values(doc.tree, _BYLINE_TAGS, classes, ids)
    assert found == etree.XPath(_BYLINE_XPATH)(doc.tree)
    assert len(found) == (13 if html is _BYLINE_CLASSES else 0)


def test_without_nodes_drops_them_and_puts_them_back() -> None:
    from lxml import etree

    from newscrawl.pages.document import without_nodes

    tree = parse_html(
        "<html><body><div>Lead<p class=x>one</p>after one<p class=x>two</p>after two<p>kept</p></div>"
        "<aside><p>side</p></aside>end</body></html>"
    )
    before = etree.tostring(tree)
    doomed = [*tree.iterfind(".//p[@class='x']"), tree.find(".//aside")]
    with without_nodes(tree, doomed) as shown:
        assert shown is tree
        assert etree.tostring(shown) == b"<html><body><div>Leadafter oneafter two<p>kept</p></div>end</body></html>"
    assert etree.tostring(tree) == before
    with pytest.raises(RuntimeError), without_nodes(tree, doomed[:1]):
        raise RuntimeError("a reader that fails")
    assert etree.tostring(tree) == before
    with pytest.raises(AssertionError), without_nodes(tree, [tree]):
        pass  # the root cannot go (as drop_tree on a copy)
    assert etree.tostring(tree) == before


@pytest.mark.parametrize(
    ("heading", "title", "rank"),
    [
        ("Lotte Tobisch ist tot", "Lotte Tobisch ist tot", 4),
        ("Kleine Schafskunde", "Kleine Schafskunde | Mäscot das Schaf – Webcomic", 3),
        ("Lotte Tobisch ist tot", "Chronik: Lotte Tobisch ist tot - wien.ORF.at", 3),
        ("Lotte Tobisch ist tot", "Chronik: Lotte Tobisch ist tot", 2),
        ("Ferienhaus Feinen", "Ferienhaus Feinen (40222) - Ferienhaus Lierfeld", 1),
        ("Mäscot das Schaf – Webcomic", "Kleine Schafskunde | Mäscot das Schaf – Webcomic", 2),
        ("Frei erfunden: Grab-Bote fliegt nach Singapur", "Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand", 1),
        ("Wetter", "Lotte Tobisch ist tot", 0),
        ("Lotte", "Lotte Tobisch ist tot", 0),
    ],
)
def test_heading_rank(heading: str, title: str, rank: int) -> None:
    assert heading_rank(heading, title) == rank


def test_the_headline_is_the_heading_the_title_carries_not_the_logo_or_the_kicker() -> None:
    html = """<html><head><title>Chronik: Lotte Tobisch ist tot - wien.ORF.at</title>
    <meta property="og:title" content="Chronik: Lotte Tobisch ist tot"></head><body>
    <h1 class="logo">wien.ORF.at</h1>
    <div class="story"><h2 class="kicker">Chronik</h2><span class="story-headline">Lotte Tobisch ist tot</span>
    <p>Die frühere Opernball-Organisatorin ist im Alter von 93 Jahren gestorben.</p></div>
    </body></html>"""
    assert GenericPage(html, "https://wien.orf.at/stories/3017954/").title() == "Lotte Tobisch ist tot"


# Class, id, role and style values that trafilatura's XPaths test, in both attribute orders.
_MARKED_BLOCKS = [
    'class="post"',
    'id="article-body" class="share-bar"',
    'class="share-bar" id="article-body"',
    'class="cookie-note" id="story"',
    'id="story" class="cookie-note"',
    'role="Navigation"',
    'data-component="MostPopularStoriesList"',
    'data-lp-replacement-content=""',
    'id="reply-3" class="x"',
    'class="reply-3" id="x"',
    'style="overflow: hidden" id="box"',
    'id="box" style="overflow: hidden"',
    'style="display:none"',
    'aria-hidden="true"',
    'class="comments-title"',
    'class="entry-meta bottom"',
    'id="link" class="bottom-bar"',
    'style="border: 1px"',
    'class="FullText"',
    'class="main-Content"',
    'id="Main-content"',
    'class="Page-content"',
    'class="mainbox"',
    'id="comments"',
    'id="commentary"',
    'class="post-comments"',
    'id="disqus_thread"',
    'class="widget-area sidebar"',
    'class="site-footer" id="x"',
    'id="cookie-banner"',
    'class="CookieBot"',
    'class="post__author"',
    'class="author-name"',
    'rel="author"',
    'itemprop="author"',
    'data-component="Byline"',
    'data-testid="AuthorCard"',
    'class="byline"',
    'class="title"',
    'id="commentlist"',
    "",
]


_MARKED_TAGS = (
    "div",
    "section",
    "span",
    "p",
    "article",
    "ul",
    "ol",
    "main",
    "header",
    "aside",
    "footer",
    "svg",
    "a",
    "h3",
    "author",
    "figure",
)


def _marked_page(blocks: list[tuple[str, str]]) -> str:
    html = []
    for tag, attrs in blocks:
        inner = "<li>An item of a list</li>" if tag in ("ul", "ol") else "Some words of a block<rel>me</rel>"
        html.append(f"<{tag} {attrs}>{inner}</{tag}>")
    text = "".join(f"<p>{line}</p>" for line in STORY)
    return f"<html><body><div class='wrap'>{''.join(html)}<div class='story-body'>{text}</div></div></body></html>"


_EVERY_BLOCK = [(tag, attrs) for tag in _MARKED_TAGS for attrs in _MARKED_BLOCKS]


@pytest.mark.parametrize("blocks", [_EVERY_BLOCK, *([block] for block in _EVERY_BLOCK)])
def test_the_python_tests_select_what_trafilaturas_xpaths_select(blocks: list[tuple[str, str]]) -> None:
    import copy

    from trafilatura import settings, xpaths
    from trafilatura.core import _prepare_tree
    from trafilatura.settings import Extractor

    from newscrawl.pages.trafilatura_steps import matchers

    found = matchers()
    assert set(found) >= {"BODY_XPATH", "OVERALL_DISCARD_XPATH", "REMOVE_COMMENTS_XPATH"}
    raw = parse_html(_marked_page(blocks))
    cleaned, _ = _prepare_tree(copy.deepcopy(raw), Extractor(tables=True, comments=False), None)
    for tree in (raw, cleaned):
        for name, replacements in found.items():
            originals = getattr(xpaths, name, None) or [getattr(settings, name)]
            if not isinstance(replacements, list):
                replacements = [replacements]
            for xpath, matcher in zip(originals, replacements, strict=True):
                expected = xpath(tree)
                if name == "BODY_XPATH":  # its callers read the first element only
                    expected = expected[:1]
                assert matcher(tree) == expected, (name, xpath.path)
                if name != "BODY_XPATH" and tree is raw and blocks is _EVERY_BLOCK:
                    assert expected, (name, "the page tests nothing")


def test_the_main_text_is_trafilaturas() -> None:
    import copy

    from trafilatura.core import _prepare_tree
    from trafilatura.main_extractor import extract_content as trafilatura_extract_content
    from trafilatura.settings import Extractor

    from newscrawl.pages.trafilatura_steps import extract_content

    for precision in (False, True):
        options = Extractor(tables=True, comments=False, precision=precision)
        cleaned, _ = _prepare_tree(parse_html(_marked_page(_EVERY_BLOCK)), options, None)
        ours = extract_content(copy.deepcopy(cleaned), options)[1]
        assert ours == trafilatura_extract_content(cleaned, options)[1]
        assert "Twelve houses were carried away" in ours


def test_the_lead_search_walks_the_elements_after_the_headline_in_document_order() -> None:
    from lxml import etree

    from newscrawl.pages.body import _following

    tree = parse_html(
        "<html><body><header><h1>Title <span>inner</span></h1><p class=lead>Lead</p></header>"
        "<main><div><p>One</p><p>Two</p></div></main><footer>End</footer></body></html>"
        "<html><body><p>Second root</p></body></html>"
    )
    for node in tree.iter():
        assert list(_following(node)) == etree.XPath("following::*")(node)


def test_trafilatura_reads_the_page_without_what_goes_and_leaves_it_as_it_was() -> None:
    from lxml import etree

    from newscrawl.pages.body import trafilatura_runs

    extra = (
        '<p style="display:none">A paragraph nobody saw on the screen.</p> tail after the hidden one '
        '<div class="promo">Buy the print edition today</div>\n'
        '<div class="comments" id="comments"><p>First comment: what a story, thanks for writing it.</p></div> '
        "<p>The last paragraph of the story said the road would stay closed until further notice.</p>"
    )
    url = "https://news.example/2024/05/landslide"
    tree = parse_html(_story_page(extra))
    before = etree.tostring(tree)
    runs = trafilatura_runs(tree, url, [".promo"])
    assert etree.tostring(tree) == before
    assert "nobody saw" not in runs[0] and "print edition" not in runs[0] and "First comment" not in runs[0]
    # The same text as from a copy rid of them (the way taken when the page has a neighbour).
    tree.addnext(etree.Comment("a neighbour: the page is read on a copy"))
    assert trafilatura_runs(tree, url, [".promo"]) == runs
    assert etree.tostring(tree) == before


def test_jusText_rescue_cleans_the_page_as_trafilatura_does() -> None:
    from trafilatura.external import justext_rescue as trafilatura_rescue
    from trafilatura.settings import Extractor

    from newscrawl.pages.trafilatura_steps import justext_rescue

    long_paragraphs = "".join(f"<p>{STORY[0]} {STORY[1]} {STORY[3]}</p>" for _ in range(3))
    html = _story_page(
        f"{long_paragraphs}<aside>Most read this week</aside><div id='cookie-consent'>We use cookies</div>"
        "<div class='site-footer'>About us and the people who write for this paper</div><script>var x = 1;</script>"
    )
    options = Extractor(url="https://news.example/2024/05/landslide")
    ours = justext_rescue(parse_html(html), options)
    theirs = trafilatura_rescue(parse_html(html), options)
    assert ours[1] == theirs[1] and "Twelve houses" in ours[1]


@pytest.mark.parametrize(
    "extra",
    [
        "",  # the story fills the page: readability cannot be twice as long
        "<nav>" + " ".join(f"<a href='/s{i}'>Section number {i}</a>" for i in range(80)) + "</nav>",
        "<div class='sidebar'>"
        + "<p>Most read: a long list of other stories from around the world.</p>" * 40
        + "</div>",
        "<div class='col'>"
        + "<p>Another long story somewhere else on the page, quite long indeed.</p>" * 60
        + "</div>",
        "<iframe src='https://www.youtube.com/embed/x'></iframe>" * 3,
        # a sidebar outside the story, which readability drops before it scores paragraphs
        "</article><div class='sidebar'>" + f"<p>{TEASERS[0]}</p>" * 40 + "</div><article>",
    ],
)
def test_the_comparison_is_trafilaturas_when_readability_stops_early(extra: str) -> None:
    import copy

    from lxml import etree
    from trafilatura.core import _prepare_tree
    from trafilatura.external import compare_extraction as trafilatura_compare
    from trafilatura.settings import Extractor

    from newscrawl.pages.trafilatura_steps import ReadablePage, compare_extraction, extract_content

    page = parse_html(_story_page(extra))
    for focus in ("balanced", "recall"):
        options = Extractor(tables=True, comments=False, recall=focus == "recall")
        cleaned, backup = _prepare_tree(page, options, None)
        body, text = extract_content(cleaned, options)
        theirs = trafilatura_compare(copy.deepcopy(backup), copy.copy(page), copy.deepcopy(body), text, options)
        readable = ReadablePage(page)
        for _ in range(2):  # the second comparison reads the first one's readability run
            ours = compare_extraction(copy.deepcopy(backup), readable, copy.deepcopy(body), text, options)
            assert ours[1] == theirs[1]
            assert etree.tostring(ours[0]) == etree.tostring(theirs[0])


# Teasers of the site's other stories set among the story's own blocks.

_STORY_TEXT = [
    "The harbour board voted on Tuesday to close the old ferry pier for a year of repairs to its pilings.",
    "Engineers found that salt water had eaten into the steel frames under the deck faster than expected.",
    "Ferries will use the container quay in the meantime, and a shuttle bus will link it to the town centre.",
    "The board said the repairs would cost about four million and be paid for from the port's own reserves.",
    "Fishing boats keep their moorings at the inner basin, which the works will not touch, the board said.",
]
_TEASER_ITEMS = [
    ("/news/coast-road-reopens", "Coast road reopens after landslide",
     "Crews cleared the last of the mud on Monday and the road opened to lorries by the evening."),
    ("/news/lighthouse-for-sale", "Old lighthouse put up for sale",
     "The keeper's cottage and the tower go together, and the town hopes a buyer will open a museum."),
    ("/news/school-roof-storm", "Storm tears school roof",
     "Pupils were sent home on Thursday after gusts lifted part of the gym roof onto the playing field."),
]  # fmt: skip


def _teaser_page(item: str, box: str, host: str = "") -> str:
    teasers = "".join(item.format(href=host + href, headline=headline, summary=summary)
                      for href, headline, summary in _TEASER_ITEMS)  # fmt: skip
    story = "".join(f"<p>{line}</p>" for line in _STORY_TEXT[:3])
    rest = "".join(f"<p>{line}</p>" for line in _STORY_TEXT[3:])
    return f"""<html><head><title>Ferry pier to close</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="content"><h1>Ferry pier to close</h1>{story}{box.format(teasers)}{rest}</div>
    <footer>Contact us</footer></body></html>"""


_URL = "https://www.harbour-times.example/news/ferry-pier-to-close"


@pytest.mark.parametrize(
    ("item", "box", "host"),
    [
        # a headline, a thumbnail on the same link and a summary line
        ('<div class="card"><h3><a href="{href}">{headline}</a></h3><a href="{href}"><img src="t.jpg"></a>'
         "<p>{summary}</p></div>", "<div>{}</div>", ""),
        # list items with a kicker, on the site's absolute URLs (another host name of the site)
        ('<li><div><span>News</span><h4><a href="{href}">{headline}</a></h4><p>{summary}</p></div></li>',
         "<div><ul>{}</ul></div>", "https://m.harbour-times.example"),
    ],
)  # fmt: skip
def test_teasers_among_the_storys_blocks_leave_the_body(item: str, box: str, host: str) -> None:
    body = GenericPage(_teaser_page(item, box, host).encode(), _URL).body() or ""
    for line in _STORY_TEXT:
        assert line in body
    for _, headline, summary in _TEASER_ITEMS:
        assert headline not in body and summary not in body


def test_links_inside_the_storys_sentences_and_other_sites_teasers_stay() -> None:
    # Short paragraphs that each link another story of the site inside a sentence: no teasers.
    linked = '<p>The board first warned about the pier <a href="{href}">in a report on {headline}</a>: {summary}</p>'
    body = GenericPage(_teaser_page(linked, "<div>{}</div>").encode(), _URL).body() or ""
    for _, _, summary in _TEASER_ITEMS:
        assert summary in body
    # A roundup of other sites' stories (a headline and a summary each) is the story's content.
    card = '<div class="card"><h3><a href="{href}">{headline}</a></h3><p>{summary}</p></div>'
    body = GenericPage(_teaser_page(card, "<div>{}</div>", "https://other-paper.example").encode(), _URL).body()
    for _, _, summary in _TEASER_ITEMS:
        assert summary in (body or "")


def _story_page_with(blocks: dict[int, str]) -> str:
    """The ferry story with ``blocks`` set after its paragraphs (by index)."""
    story = "".join(f"<p>{line}</p>" + blocks.get(index, "") for index, line in enumerate(_STORY_TEXT))
    return f"""<html><head><title>Ferry pier to close</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="content"><h1>Ferry pier to close</h1>{story}</div>
    <footer>Contact us</footer></body></html>"""


def test_another_storys_headline_as_a_linked_paragraph_mid_story_leaves_the_body() -> None:
    # No label, no box: a paragraph that is only a link to another story of the site.
    items = enumerate(_TEASER_ITEMS[:2])
    linked = {i: f'<p><a href="{href}"><strong>{headline}</strong></a></p>' for i, (href, headline, _) in items}
    body = (GenericPage(_story_page_with(linked).encode(), _URL).body() or "").split("\n\n")
    assert body == _STORY_TEXT


def test_a_linked_sentence_or_another_sites_headline_mid_story_stays() -> None:
    other = '<p><a href="https://other-paper.example/news/coast-road">Coast road reopens after landslide</a></p>'
    sentence = '<p><a href="/news/coast-road-reopens">The coast road reopened after the landslide.</a></p>'
    for block in (other, sentence):
        text = block.split(">", 2)[2].split("<", 1)[0]
        assert text in (GenericPage(_story_page_with({1: block}).encode(), _URL).body() or "").split("\n\n")


def test_a_caption_a_theme_classes_outside_a_figure_leaves_the_body() -> None:
    caption = "The old pier at low tide on Monday, before the works begin. Photo: Jane Doe"
    table = (
        f'<table class="tplCaption"><tr><td><img src="/pier.jpg"></td></tr><tr><td><p>{caption}</p></td></tr></table>'
    )
    body = (GenericPage(_story_page_with({1: table}).encode(), _URL).body() or "").split("\n\n")
    assert body == _STORY_TEXT


def test_a_teaser_line_the_story_shows_too_stays() -> None:
    # The strip repeats the story's first paragraph as one teaser's summary (the story on another address).
    card = '<div class="card"><h3><a href="{href}">{headline}</a></h3><p>{summary}</p></div>'
    html = _teaser_page(card, "<div>{}</div>").replace(_TEASER_ITEMS[0][2], _STORY_TEXT[0])
    body = GenericPage(html.encode(), _URL).body() or ""
    assert _STORY_TEXT[0] in body
    assert _TEASER_ITEMS[1][2] not in body and _TEASER_ITEMS[2][2] not in body


# Paragraphs as the page shows them: a lone <br> breaks a line inside a paragraph.


def _body_of(extra: str) -> list[str]:
    """The body's paragraphs of the story page with ``extra`` after its text (trafilatura's path)."""
    page = GenericPage(_story_page(extra).encode(), "https://news.example/2024/05/landslide")
    return (page.body() or "").split("\n\n")


def test_a_lone_line_break_keeps_its_lines_in_one_paragraph() -> None:
    verse = "<p>The tide came in at noon,<br>the boats lay on their sides,<br>and the gulls went home.</p>"
    assert "The tide came in at noon,\nthe boats lay on their sides,\nand the gulls went home." in _body_of(verse)


def test_two_line_breaks_end_a_paragraph_inside_a_p_too() -> None:
    for separator in ("<br><br>", "<br> <br>", "<br/>\n<br/>"):
        paragraphs = _body_of(
            f"<p>The first paragraph of the report ended right here.{separator}"
            "The second paragraph began after the two breaks.</p>"
        )
        assert "The first paragraph of the report ended right here." in paragraphs, separator
        assert "The second paragraph began after the two breaks." in paragraphs, separator


def test_a_paragraph_wrapped_in_the_html_source_is_one_line() -> None:
    wrapped = (
        '<p>The <a href="/council">council</a> said\n        the new wall would be\n'
        "        finished by <b>June</b> next year, weather permitting.</p>"
    )
    assert "The council said the new wall would be finished by June next year, weather permitting." in _body_of(wrapped)


def test_the_line_rules_read_each_line_of_a_paragraph() -> None:
    paragraphs = _body_of(
        "<p>Engineers checked the slope above the village again on Thursday morning.<br>"
        "Related: Floods close the coast road</p>"
    )
    assert "Engineers checked the slope above the village again on Thursday morning." in paragraphs
    assert not any("Related:" in paragraph for paragraph in paragraphs)


def test_a_block_of_code_is_one_paragraph_of_lines() -> None:
    code = (
        "<p>The council published the script it uses to check the gauges every hour:</p>"
        "<pre><code>read gauge north\nread gauge south\nsend report\n</code></pre>"
        "<p>Its readings go to the regional office, which decides when the road opens again.</p>"
    )
    paragraphs = _body_of(code)
    assert "read gauge north\nread gauge south\nsend report" in paragraphs
    assert "Its readings go to the regional office, which decides when the road opens again." in paragraphs


def test_the_paragraphs_of_an_element_break_lines_at_a_lone_br() -> None:
    from newscrawl.pages.body import join_lines, paragraphs_of

    root = parse_html(
        "<html><body><div id='text'><p>Jana Ulm<br>12 Harbour Road<br><br>Kelby</p>"
        "<div>Text one<br><b>text</b> two</div></div></body></html>"
    ).find(".//div")
    breaks: set[tuple[str, str]] = set()
    lines, _ = paragraphs_of(root, breaks)
    assert lines == ["Jana Ulm", "12 Harbour Road", "Kelby", "Text one", "text two"]
    assert breaks == {("Jana Ulm", "12 Harbour Road"), ("Text one", "text two")}
    assert join_lines(lines, breaks) == "Jana Ulm\n12 Harbour Road\n\nKelby\n\nText one\ntext two"


def test_a_list_of_links_nested_in_a_list_item_stays_and_a_menu_with_sub_menus_goes() -> None:
    fixes = (
        "<ul><li>Fixed this week:<ul>"
        "<li><a href='https://bugs.example/1'>Bug 101 – The tide table showed the wrong day</a></li>"
        "<li><a href='https://bugs.example/2'>Bug 102 – Ferry times were an hour late in winter</a></li>"
        "</ul></li><li>The harbour office also moved to the new building on the quay.</li></ul>"
    )
    menu = (
        "<ul><li><a href='/news'>News</a><ul><li><a href='/news/world'>World</a></li>"
        "<li><a href='/news/coast'>Coast</a></li></ul></li><li><a href='/sport'>Sport</a></li></ul>"
    )
    text = "\n".join(_body_of(fixes + menu))
    assert "Bug 101 – The tide table showed the wrong day" in text
    assert "Bug 102 – Ferry times were an hour late in winter" in text
    assert "Coast" not in text and "Sport" not in text


def test_a_list_inside_a_table_cell_stays() -> None:
    table = (
        "<table><tr><th>Section</th><th>This week</th></tr>"
        "<tr><td>Harbour</td><td><ul><li>Ferry times change on Monday</li>"
        "<li>The north quay reopens after repairs</li></ul></td></tr>"
        "<tr><td>Coast</td><td>The road stays closed until the survey ends</td></tr></table>"
    )
    text = "\n".join(_body_of(table))
    assert "Ferry times change on Monday" in text
    assert "The north quay reopens after repairs" in text


def test_the_page_text_readability_keeps_leaves_out_scripts_and_styles_but_not_their_tails() -> None:
    from lxml import etree, html

    from newscrawl.pages.trafilatura_steps import _KEPT_TEXTS, _kept_text, _page_length_bound

    page = html.fromstring(
        "<html><head><style>p { color: red }</style></head><body><p>Harbour<script>var x = 1;</script>side "
        "news</p><fencedframe>ad</fencedframe> <iframe></iframe><p>The ferry  sails at dawn.</p></body></html>"
    )
    before = html.tostring(page)
    assert _kept_text(page) == "".join(_KEPT_TEXTS(page)) == "Harbourside news The ferry  sails at dawn."
    assert html.tostring(page) == before  # the texts set aside are back
    assert _page_length_bound(page) == len("Harbourside news The ferry sails at dawn.") + 1 + 6
    # A script holding an element (not what the parser gives): the XPath reads it.
    script = page.find(".//script")
    etree.SubElement(script, "b").text = "bold"
    assert _kept_text(page) == "".join(_KEPT_TEXTS(page)) == "Harbourside news The ferry  sails at dawn."


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII, with punctuation -- and_underscores!",
        "Zürich: „Die Brücke“ bleibt\u00a0gesperrt — vorerst.",
        "Ａｂｃ　１２３\u2003東京・大阪 ４月",
        "l'été\u202fdernier… ½ ² Ⅻ",
        "\u0130stanbul ve\u2028Straße\u3000ß",
        "\u200bzero\u200bwidth\tand\x1ccontrols\x1f",
        "",
        "   \u3000  ",
    ],
)
def test_a_line_key_is_its_letters_and_digits_case_folded(text: str) -> None:
    import re

    from newscrawl.pages.body import _key

    # What the key is defined as: the case-folded text without its non-word runs and underscores.
    assert _key(text) == re.sub(r"[\W_]+", "", text.casefold())


@pytest.mark.parametrize(
    "text",
    ["  Apr 7, \n 2009 ", "\u200b\u200b12\u00a0May\ufeff", "a\u00adb  c", "\u3000\u3000", "\r\n\t x", "", "abc"],
)
def test_normalize_space_never_lengthens_a_text(text: str) -> None:
    """What the last date search of ``_fallback_published`` relies on to leave a text under six
    characters before collapsing it."""
    from newscrawl.pages.cleaning import normalize_space

    assert len(normalize_space(text)) <= len(text)
