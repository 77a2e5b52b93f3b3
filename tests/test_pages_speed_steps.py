"""Speed steps that must give what the slower step they replace gives: the text of an element,
the tree of a page's UTF-8 bytes, jusText's paragraphs, trafilatura's main extractor with its
backup copy made only when read. Pages written here."""

from __future__ import annotations

import copy
import json

import pytest
from lxml import etree, html

from newscrawl.pages.document import PageElement, _decoded, parse_html

_PAGE = (
    "<html><head><meta charset='iso-8859-1'><title>Bürgermeister – Straße</title></head><body>"
    "<div class='story'><h2>Überschrift</h2><p>Der Rat tagte am Montag &amp; am Dienstag.<br><br>"
    "Zweiter <b>Absatz</b> mit <a href='/x'>einem Link</a> und Rest.</p>tail text"
    "<ul><li>Eins</li><li><a href='/a'>Zwei</a></li></ul><table><tr><td>Zelle</td></tr></table>"
    "<select><option>Wahl</option></select><p>© 2024 Zeitung</p>"
    "<div><p>Ein langer Absatz über die Sitzung des Rates, die Straße am Hafen und den neuen Plan für "
    "die Brücke, die im Frühjahr gebaut werden soll, sagte die Bürgermeisterin am Abend.</p></div>"
    "</div><footer><a href='/i'>Impressum</a></footer></body></html>"
)


def test_an_elements_text_is_lxmls_string_value() -> None:
    tree = parse_html(_PAGE)
    string_value = etree.XPath("string()")
    elements = list(tree.iter(etree.Element))
    assert all(isinstance(node, PageElement) for node in elements)
    for node in elements:
        assert node.text_content() == string_value(node) == html.HtmlElement.text_content(node)
    empty = tree.find(".//br")
    assert empty.text_content() == ""


def test_the_utf8_bytes_parse_into_the_tree_of_the_text() -> None:
    data = _PAGE.encode("utf-8")  # declares ISO-8859-1, is UTF-8: decoded as UTF-8
    text, utf8 = _decoded(data)
    assert utf8 is data
    ours = parse_html(text, utf8)
    plain = parse_html(text)
    assert etree.tostring(ours.getroottree(), encoding="unicode") == etree.tostring(
        plain.getroottree(), encoding="unicode"
    )
    assert "Bürgermeister – Straße" in ours.findtext(".//title")
    # An XML declaration is cut from the text, which then is no longer the bytes: the text is parsed.
    declared = b"<?xml version='1.0' encoding='utf-8'?>" + data
    text, utf8 = _decoded(declared)
    assert parse_html(text, utf8).findtext(".//h2") == "Überschrift"


def test_jusText_paragraphs_are_its_own() -> None:
    from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
    from trafilatura.baseline import basic_cleaning

    from newscrawl.pages.trafilatura_steps import _paragraph_maker

    stoplist = frozenset({"der", "die", "das", "und", "am", "mit", "im", "den", "für"})
    tree = basic_cleaning(parse_html(_PAGE))

    def paragraphs(maker: type, stop: object) -> list[tuple]:
        found = maker.make_paragraphs(copy.deepcopy(tree))
        classify_paragraphs(found, stop, 50, 150, 0.1, 0.2, 0.25, True)
        revise_paragraph_classification(found, 150)
        return [
            (p.text, p.text_nodes, p.dom_path, p.xpath, p.chars_count_in_links, p.tags_count, p.class_type)
            for p in found
        ]

    ours = paragraphs(_paragraph_maker(), stoplist)
    assert ours == paragraphs(ParagraphMaker, tuple(sorted(stoplist)))
    assert any(p[6] == "good" for p in ours) and any(p[6] == "bad" for p in ours)


@pytest.mark.parametrize("precision", [False, True])
def test_the_main_extractor_with_a_backup_made_when_read_is_trafilaturas(precision: bool) -> None:
    from trafilatura.core import _prepare_tree
    from trafilatura.settings import Extractor

    from newscrawl.pages.trafilatura_steps import extract_content

    options = Extractor(tables=True, comments=False, precision=precision)
    # Loose paragraphs and no frame: the extractor comes up short and recovers wild text from its backup.
    page = "<html><body><span>Kurz.</span><p>Ein Satz.</p><div><p>Noch einer hier.</p></div></body></html>"
    for source in (page, _PAGE):
        cleaned, _ = _prepare_tree(parse_html(source), options, None)
        spare, read = copy.deepcopy(cleaned), []
        expected = extract_content(copy.deepcopy(cleaned), options)
        found = extract_content(cleaned, options, lambda spare=spare, read=read: read.append(1) or spare)
        assert etree.tostring(found[0]) == etree.tostring(expected[0]) and found[1] == expected[1]
        if source is page:
            assert read, "the short page's run read no backup"


_BYLINE_PAGE = (
    "<html><head><title>Hafen</title></head><body>"
    "<div class='comments'><span class='author'>Leser Eins</span></div>"
    "<figure><figcaption><span class='author'>Foto Zwei</span></figcaption></figure> nach der Figur"
    "<article><p>Text <time>Montag</time> <span>und</span></p>"
    "<div class='byline'>Jana <b>Ulm</b></div><p>Der Rat tagte.</p></article></body></html>"
)


def test_trafilaturas_byline_guess_reads_the_page_without_copying_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from trafilatura.metadata import extract_author as trafilaturas

    from newscrawl.pages.trafilatura_steps import _metadata, extract_author

    tree = parse_html(_BYLINE_PAGE)
    before = etree.tostring(tree, encoding="unicode")
    expected = trafilaturas(parse_html(_BYLINE_PAGE))
    assert expected == "Jana Ulm"

    def no_copy(_: object) -> None:
        raise AssertionError("the page was copied")

    monkeypatch.setitem(_metadata(), "deepcopy", no_copy)
    assert extract_author(tree) == expected
    assert etree.tostring(tree, encoding="unicode") == before  # what the prune took out is back
    # Two <html> documents in one page: read on a copy, which a second root would not be part of.
    twice = parse_html(_BYLINE_PAGE + _BYLINE_PAGE)
    if twice.getnext() is not None:
        monkeypatch.undo()
        assert extract_author(twice) == trafilaturas(twice)


def test_a_drop_selector_no_element_can_match_is_not_run_on_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from newscrawl.pages import body
    from newscrawl.pages.wordpress import WordPressPage

    story = " ".join(["Der Rat tagte am Montag im Rathaus und beschloss den neuen Plan für den Hafen."] * 8)
    page = (
        "<html><body><article><h1 class='entry-title'>Hafenplan</h1><div class='entry-content'>"
        f"<p>{story}</p><div class='sharedaddy'>Teilen: Facebook</div><p>{story}</p></div></article></body></html>"
    )
    run: list[str] = []
    css = body.css

    def recorded(root: object, selector: str) -> list:
        run.append(selector)
        return css(root, selector)

    monkeypatch.setattr(body, "css", recorded)
    article = WordPressPage(page, "https://hafen.example/plan").to_item()
    assert "Teilen" not in article.body and article.body.count("Der Rat tagte") == 16
    assert ".sharedaddy" in run  # on the page: dropped
    assert ".jp-relatedposts" not in run and ".yarpp-related" not in run  # no element has the class


def test_the_canonical_link_is_read_once_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from newscrawl.pages import GenericPage
    from newscrawl.pages.document import PageDocument

    story = " ".join(["Der Rat tagte am Montag im Rathaus und beschloss den neuen Plan für den Hafen."] * 8)
    page = (
        "<html><head><link rel='canonical' href='/plan'></head><body><article><h1>Hafenplan</h1>"
        f"<p>{story}</p><p>{story}</p></article></body></html>"
    )
    reads: list[str] = []
    link_href = PageDocument.link_href

    def counted(self: PageDocument, rel: str) -> str | None:
        reads.append(rel)
        return link_href(self, rel)

    monkeypatch.setattr(PageDocument, "link_href", counted)
    item = GenericPage(page, "https://hafen.example/plan?ref=home").to_item()
    assert item.canonical_url == "https://hafen.example/plan"
    assert reads.count("canonical") == 1


def test_the_byline_guess_keeps_a_names_closing_marks() -> None:
    # trafilatura's cleaner strips a closing vowel sign or harakat as if it were punctuation.
    from newscrawl.pages.trafilatura_steps import _with_marks

    assert _with_marks("सुनील मीण", "सुनील मीणा") == "सुनील मीणा"
    assert _with_marks("கண்ணன் ராஜ; சுரேஷ்", "கண்ணன் ராஜா, சுரேஷ்") == "கண்ணன் ராஜா; சுரேஷ்"
    assert _with_marks("สมศักดิ์ ใจด", "สมศักดิ์ ใจดี") == "สมศักดิ์ ใจดี"
    assert _with_marks("সোহেল মিয", "সোহেল মিয়া") == "সোহেল মিয়া"
    assert _with_marks("Jana Ulm", "By Jana Ulm") == "Jana Ulm"


def test_classed_captions_are_found_from_the_pages_class_words_as_by_the_folding_xpath() -> None:
    from newscrawl.pages import body
    from newscrawl.pages.document import PageDocument

    page = (
        "<html><body><div class='story'><p>Der Rat tagte am Montag.</p>"
        "<table class='tplCaption'><tr><td><img src='/a.jpg'></td></tr><tr><td><p>Der Hafen am Abend</p></td></tr></table>"
        "<p class='wp-caption-text'>Die Brücke im Nebel</p><div class='IMAGE-CAPTION x'><img src='/b.jpg'>Der Kai</div>"
        "<figure><img src='/c.jpg'><div class='caption'>In einer Figur</div></figure>"
        "<span class='captioned' id='caption-1'>Kein Bild</span><p class='capt ion'>Getrennt</p></div></body></html>"
    )
    doc = PageDocument(page, "https://hafen.example/plan")
    found = body._classed_captions(doc.tree, doc.markers)
    assert found == body._CLASSED_CAPTIONS(doc.tree)  # the same elements, in the same order
    assert [node.get("class") for node in found] == ["tplCaption", "wp-caption-text", "IMAGE-CAPTION x", "captioned"]


def test_a_page_whose_classes_never_write_caption_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    from newscrawl.pages import body
    from newscrawl.pages.document import PageDocument

    page = "<html><body><div class='story' id='caption'><p>Der Rat tagte.</p><p>Er beschloss den Plan.</p></div></body></html>"
    doc = PageDocument(page, "https://hafen.example/plan")

    def refused(tree: object) -> list:
        raise AssertionError("searched")

    monkeypatch.setattr(body, "_CLASSED_CAPTIONS", refused)
    lines = ["Der Rat tagte.", "Er beschloss den Plan."]
    assert body.drop_classed_captions(doc.tree, lines, doc.markers) == lines
    with pytest.raises(AssertionError):  # without the page's class words: the whole page is read
        body.drop_classed_captions(doc.tree, lines)


def test_linked_paragraphs_are_not_searched_when_the_precision_run_holds_every_middle_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newscrawl.pages import body

    tree = html.fromstring(
        "<html><body><p>Der Rat tagte am Montag.</p><p><a href='/hafen/neuer-plan-fuer-die-bruecke'>Neuer Plan für die "
        "Brücke am Hafen</a></p><p>Er beschloss den Plan.</p></body></html>"
    )
    lines = ["Der Rat tagte am Montag.", "Neuer Plan für die Brücke am Hafen", "Er beschloss den Plan."]
    url = "https://hafen.example/rat/sitzung"
    assert body.drop_linked_inserts(tree, lines, [lines[0], lines[2]], url) == [lines[0], lines[2]]
    searched: list[object] = []
    xpath = body._LINK_ONLY_PARAGRAPHS

    def recorded(root: object) -> list:
        searched.append(root)
        return xpath(root)

    monkeypatch.setattr(body, "_LINK_ONLY_PARAGRAPHS", recorded)
    assert body.drop_linked_inserts(tree, lines, lines, url) == lines
    assert not searched  # the precision run kept the linked line: nothing to look for
    assert body.drop_linked_inserts(tree, lines, [lines[0], lines[2]], url) == [lines[0], lines[2]]
    assert searched


def _speed_module(monkeypatch: pytest.MonkeyPatch):
    import importlib
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "benchmarks"))
    return importlib.import_module("extraction_speed")


def test_paired_seconds_runs_each_page_by_both_in_turn_the_first_alternating(monkeypatch: pytest.MonkeyPatch) -> None:
    speed = _speed_module(monkeypatch)
    calls: list[tuple[str, int]] = []

    def timed(name: str, seconds: float):
        def run(index: int) -> float:
            calls.append((name, index))
            return seconds

        return run

    assert speed.paired_seconds(timed("ours", 0.5), timed("theirs", 0.25), 3, 1) == (1.5, 0.75)
    assert calls == [("theirs", 0), ("ours", 0), ("ours", 1), ("theirs", 1), ("theirs", 2), ("ours", 2)]


def test_trafilatura_is_timed_in_a_worker_that_never_imports_newscrawl(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    import os

    speed = _speed_module(monkeypatch)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>"
        "<p>The island ferry will leave half an hour earlier on weekdays from the first of March, the operator "
        "said on Tuesday, after commuters asked for a connection to the morning train.</p></article></body></html>"
    )
    pages = [(str(page), "https://example.org/news/ferry.html")]
    core = min(os.sched_getaffinity(0))
    ours, theirs = speed.Worker("ours", pages, core), speed.Worker("trafilatura", pages, core)
    try:
        seconds = speed.paired_seconds(ours, theirs, 1)
        assert all(value > 0 for value in seconds)
        assert "trafilatura" in theirs.modules()
        assert not [name for name in theirs.modules() if name.startswith("newscrawl")]
        assert "newscrawl.pages" in ours.modules()
    finally:
        ours.close()
        theirs.close()


_UNLIKELY_PAGE = (
    "<html><body><div class='main'><p>Der Rat tagte am Montag.</p>"
    "<div class='sidebar'>Rand<div class='comment'>Innen<div id='footer'>tief</div>nach tief</div>nach innen</div>"
    "nach dem Rand<div class='sidebar article'>bleibt</div><div class='x' id='popup'>weg</div>"
    "<div class='' id='combx'>auch weg</div><div class='a'>kurz</div><p id='menu'>Menü</p>Schluss</div>"
    "<div class='community'>Mehr<div class='tweet'>noch mehr</div></div></body></html>"
)


def test_readabilitys_unlikely_candidates_are_trafilaturas_own() -> None:
    # Nested unlikely blocks (the inner ones are stepped over, not dropped from a detached copy),
    # tails that move to the text before them, "ok" words that keep a block, an empty class.
    from trafilatura.readability_lxml import Document

    from newscrawl.pages.trafilatura_steps import _readability_document

    tree = parse_html(_UNLIKELY_PAGE)
    theirs, ours = (
        Document(copy.copy(tree), min_text_length=25),
        _readability_document()(copy.copy(tree), min_text_length=25),
    )
    theirs.remove_unlikely_candidates()
    ours.remove_unlikely_candidates()
    assert etree.tostring(ours.doc) == etree.tostring(theirs.doc)
    text = ours.doc.text_content()
    assert "bleibt" in text and "nach dem Rand" in text and "kurz" in text
    assert not any(word in text for word in ("Innen", "tief", "weg", "Menü", "Mehr"))
    assert ours.summary() == Document(copy.copy(tree), min_text_length=25).summary()


_LINKED_TREE = (
    "<body><div><div><list><item><ref>Startseite</ref></item><item><ref>Politik</ref></item>"
    "<item><ref>Kultur</ref></item></list></div><p>Der Rat tagte am Montag und beschloss den Plan für die "
    "Brücke am Hafen, sagte die Bürgermeisterin.</p><div><ref>Ein sehr langer Link, der fast den ganzen Block "
    "ausmacht, zu einem anderen Artikel der Zeitung über die Brücke</ref></div>"
    "<div><p><ref>Eins</ref> <ref>Zwei</ref> <ref>Drei</ref> <ref>Vier</ref> <ref>Fünf</ref></p></div>"
    "<list><item><p><ref>Punkt</ref></p></item></list><head>Mehr <ref>lesen</ref></head></div></body>"
)


@pytest.mark.parametrize(
    ("tag", "backtracking", "precision"),
    [("div", True, False), ("div", True, True), ("list", False, False), ("p", False, False), ("head", False, True)],
)
def test_the_link_density_deletion_is_trafilaturas_own(tag: str, backtracking: bool, precision: bool) -> None:
    # Links inside nested blocks are read for each block that holds them; each read once here.
    from trafilatura.htmlprocessing import delete_by_link_density

    from newscrawl.pages.trafilatura_steps import _link_density_deleter

    parser = etree.XMLParser()  # trafilatura's converted tree: its own element names, lxml.html's elements
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=html.HtmlElement))
    tree = etree.fromstring(_LINKED_TREE, parser)
    theirs = delete_by_link_density(copy.deepcopy(tree), tag, backtracking=backtracking, favor_precision=precision)
    ours = _link_density_deleter()(copy.deepcopy(tree), tag, backtracking=backtracking, favor_precision=precision)
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert etree.tostring(ours) != etree.tostring(tree) or tag == "head"


def _labelled_groups_reference(page: object, nodes: object) -> list[list[str]]:
    """``ArticlePage._labelled_groups`` as it was written before the thirteenth session: a loop
    over the pair of an element's text and tail."""
    from newscrawl.pages.base import _LABEL_INITIALS, _LINE_SEPARATORS, _NO_TEXT_TAGS, MAX_BYLINE_CHARS, MAX_HEADINGS
    from newscrawl.pages.cleaning import normalize_space

    found = []
    strip = _LINE_SEPARATORS + " \t\r\n\xa0"
    for node, with_text in nodes:
        tag = node.tag
        if not isinstance(tag, str) or tag in _NO_TEXT_TAGS:
            continue
        for text, is_tail in ((node.text, False), (node.tail, True)) if with_text else ((node.tail, True),):
            if not text or len(text) > MAX_BYLINE_CHARS * 2:
                continue
            opening = text.lstrip(strip)
            if not opening or opening[0] not in _LABEL_INITIALS:
                continue
            line = page._labelled_line(node, is_tail, normalize_space(opening))
            if line is not None:
                found.append(line)
        if len(found) > MAX_HEADINGS * 4:
            break
    if not found:
        return []
    texts = dict(found)
    return [[texts[n] for n in group[:MAX_HEADINGS]] for group in page._by_closeness(list(texts))[:MAX_HEADINGS]]


_LABELLED_PAGE = (
    "<html><head><title>Ferry line opens</title><script>By the script</script></head><body>"
    "<nav><a href='/'>Home</a> By the menu</nav><div class='post'><h1>Ferry line opens</h1>"
    "<p class='byline'> | By <b>Jana Ulm</b><br>Von Piet Horn</p><span>Oleh</span> Ani Sari"
    "<!-- By a comment --> By Comment Tail<p>The ferry line opened on Monday with a first crossing at dawn.</p>"
    "<div class='related'><p>By Related Writer</p></div>Text by Kim Lee<p>Autor: Lena Berg</p>"
    "<p>The harbour master said more boats come in May, by the new quay and the old one.</p>"
    "<p>Written by Tom Vale &amp; Ada Roth</p></div>"
    "<aside><p>By Side Writer</p></aside>— By Aside Tail<footer>By Footer Name</footer></body></html>"
)


@pytest.mark.parametrize("many", [False, True])
def test_the_labelled_byline_lines_are_the_loop_over_text_and_tails(many: bool) -> None:
    from newscrawl.pages.base import ArticlePage

    markup = _LABELLED_PAGE
    if many:  # more lines than are read: the walk stops at the same element
        markup = markup.replace(
            "<footer>", "".join(f"<p>By Writer {chr(65 + i)}ox</p>x" for i in range(26)) + "<footer>"
        )
    page = ArticlePage(markup, "https://paper.example/city/ferry-line-opens-1234")
    inside_nodes = list(page._text_holders(page._article_region if page._article_region is not None else page.tree))
    whole_nodes = list(page._text_holders(page.tree))
    for nodes in (inside_nodes, whole_nodes):
        expected = _labelled_groups_reference(page, nodes)
        assert expected  # the page holds labelled lines the walk finds
        assert page._labelled_groups(nodes) == expected
    assert page._labelled_inside == _labelled_groups_reference(
        page, page._text_holders(page._article_region if page._article_region is not None else page.tree)
    )


def _byline_editors_reference(page: object) -> list[str]:
    """``ArticlePage._byline_editors`` as it was before the thirteenth session: the page's source
    scanned for an editor's label first, the byline lines read only where it holds one."""
    from newscrawl.pages.base import (
        _BYLINE_LINE_LABEL,
        _EDITOR_PART,
        _GENERIC_AUTHOR_SELECTORS,
        _editor_cue,
        clean_author_names,
        same_person,
    )

    if page.tree is None or not _editor_cue(page.doc.text or ""):
        return []
    lines = [line for group in page._labelled_inside[:2] for line in group]
    lines += [line for group in page._bylines(_GENERIC_AUTHOR_SELECTORS)[:1] for line in group]
    editors: list[str] = []
    labelled = False
    for line in lines:
        match = _EDITOR_PART.search(line)
        if match is None:
            labelled = labelled or bool(_BYLINE_LINE_LABEL.match(line.strip()))
            continue
        before = line[: match.start()]
        labelled = labelled or any(char.isalpha() for char in before)
        writers = clean_author_names([before])[0] if match.start() else []
        for name in clean_author_names([match.group("names") or match.group("names2")])[0]:
            if not any(same_person(name, w) for w in writers) and name not in editors:
                editors.append(name)
    return editors if labelled else []


def _editor_page(byline: str, script: str = "") -> str:
    return (
        f"<html><head><title>Ferry line opens</title><script>{script}</script></head><body><article>"
        f"<h1>Ferry line opens</h1>{byline}<p>The ferry line opened on Monday with a first crossing at "
        "dawn, the harbour master said, and more boats come in May.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "script", "editors"),
    [
        ("<p class='byline'>Reporter: Jana Ulm | Editor: Piet Horn</p>", "", ["Piet Horn"]),
        ("<p>Penulis: Ani Sari, Editor: Budi Santoso</p>", "", ["Budi Santoso"]),
        ("<p class='byline'>Written by Jana Ulm | Edited by Piet Horn</p>", "", ["Piet Horn"]),
        # The line has an editor's part; the source spells no label the cue knows: none.
        ("<p class='byline'>Written by Jana Ulm | Edited <b>by</b> Piet Horn</p>", "", []),
        ("<p class='byline'>Reporter: Jana Ulm | EdItor: Piet Horn</p>", "", []),
        # The source holds a label; no byline line has an editor's part: none.
        ("<p class='byline'>By Jana Ulm</p>", "var label = 'Editor: x';", []),
        ("<p class='byline'>Editor: Piet Horn</p>", "", []),  # an editor alone is the writer
    ],
)
def test_the_byline_editors_are_those_the_source_scan_first_found(byline: str, script: str, editors: list[str]) -> None:
    from newscrawl.pages.base import ArticlePage

    page = ArticlePage(_editor_page(byline, script), "https://paper.example/city/ferry-line-opens-1234")
    reference = ArticlePage(_editor_page(byline, script), "https://paper.example/city/ferry-line-opens-1234")
    assert page._byline_editors == _byline_editors_reference(reference) == editors


_DISCARD_PAGE = (
    "<html><body><div class='story'><p>Der Rat tagte am Montag.</p>"
    "<div id='cookie-banner' class='box'>Cookies</div><div class='box' id='cookie-banner'>Cookies</div>"
    "<div class='cookie-banner' id='box'>Cookies</div><div id='box' class='cookie-banner'>Cookies</div>"
    "<span role='Navigation'>Menü</span><div data-component='MostPopularStories'>Beliebt</div>"
    "<p data-lp-replacement-content=''>Ersatz</p><div class='share-buttons'>Teilen</div>"
    "<div class='share-buttons'>Teilen</div><div style='display:none'>versteckt</div>"
    "<p id='hidden-1' style='color:red'>rot</p><p style='color:red' id='hidden-1'>rot</p>"
    "<section aria-hidden='true'>aus</section><a class='reply-link'>Antworten</a>"
    "<div class='comments-title'>Kommentare</div><div class='box'>bleibt</div><div class='box'>bleibt</div>"
    "<p>Er beschloss den Plan.</p></div></body></html>"
)


def test_the_overall_discard_matchers_find_trafilaturas_elements() -> None:
    # The same attribute lists in both orders (trafilatura's "@id|@class" reads the one written
    # first), repeated lists, lists no test holds: the elements of trafilatura's XPaths, in order.
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH

    from newscrawl.pages.trafilatura_steps import matchers

    tree = parse_html(_DISCARD_PAGE)
    theirs = [expression(tree) for expression in OVERALL_DISCARD_XPATH]
    ours = matchers()["OVERALL_DISCARD_XPATH"]
    assert [matcher(tree) for matcher in ours] == theirs
    assert sum(map(len, theirs)) >= 10


def test_the_caption_and_teaser_prunes_run_only_when_a_class_or_id_word_can_match() -> None:
    from newscrawl.pages.trafilatura_steps import _gated, page_markers

    searched: list[object] = []

    def xpath(tree: object) -> list:
        searched.append(tree)
        return ["found"]

    search = _gated(xpath, "easer")
    assert search("tree") == ["found"] and len(searched) == 1  # markers unknown: searched
    with page_markers(".story\n#main"):
        assert search("tree") == [] and len(searched) == 1
    with page_markers(".story\n.Teaser-box"):
        assert search("tree") == ["found"] and len(searched) == 2
    assert search("tree") == ["found"] and len(searched) == 3  # the page's markers are gone again


@pytest.mark.parametrize("words", [("teaser", "caption"), ("story", "bild")])
def test_the_main_text_is_the_same_with_the_prunes_gated(words: tuple[str, str]) -> None:
    import contextlib

    from newscrawl.pages import body
    from newscrawl.pages.document import PageDocument

    teaser, caption = words
    page = (
        "<html><body><article><h1>Der Plan</h1><p>Der Rat tagte am Montag und beschloss den Plan für die Brücke "
        "am Hafen, sagte die Bürgermeisterin am Abend.</p>"
        f"<div class='{teaser}-box'><p>Ein anderer Artikel über den Hafen und die Fähre, die im Sommer fährt.</p></div>"
        f"<div class='{caption}'><p>Die Brücke im Nebel am frühen Morgen, von der Fähre aus gesehen.</p></div>"
        "<p>Er sagte, der Bau beginne im Frühjahr und dauere zwei Jahre, die Kosten trage die Stadt allein.</p>"
        "</article></body></html>"
    )
    doc = PageDocument(page, "https://hafen.example/rat/plan")
    gated = body.trafilatura_runs(doc.tree, doc.url, [], doc.markers)
    original = body.page_markers
    try:
        body.page_markers = lambda text: contextlib.nullcontext()  # every prune run, as trafilatura runs them
        ungated = body.trafilatura_runs(doc.tree, doc.url, [], doc.markers)
    finally:
        body.page_markers = original
    assert gated == ungated
    assert "Bürgermeisterin" in gated[0]


#: The regular expression ``body._spaced_source_lines`` replaces (its backtracking grew with the
#: square of a run of blanks).
_OLD_SOURCE_NEWLINE = r"[^\S\n]*\n[^\S\n]*(?!\s*\n)"


def test_the_source_lines_are_spaced_as_the_old_expression_spaced_them() -> None:
    import random
    import re

    from newscrawl.pages.body import _BLANKS_BUT_NEWLINE, _spaced_source_lines

    old = re.compile(_OLD_SOURCE_NEWLINE)
    # Every character of ``[^\S\n]`` in the Basic Multilingual Plane and none else.
    blanks = "".join(chr(code) for code in range(0x10000) if re.fullmatch(r"[^\S\n]", chr(code)))
    assert blanks == _BLANKS_BUT_NEWLINE
    texts = [
        "",
        "no break",
        "Der Rat tagte\n   am Montag.",
        "\n\n            \n\n                        \n" + " " * 90 + "Eintrag",
        "Zeile eins\n\n   \nZeile zwei\r\n\xa0 Ende\n",
        "word " * 40 + " " * 300 + "end\n   ",
    ]
    alphabet = [" ", "\n", "\t", "\r", "\xa0", "\u2028", "\u3000", "\x1c", "\x85", "\u200b", "a", "."]
    rng = random.Random(17)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(20000)]
    for text in texts:
        assert _spaced_source_lines(text) == old.sub(" ", text), repr(text)


def test_the_source_lines_of_trafilaturas_tree_are_joined_outside_code_and_between_blocks() -> None:
    from newscrawl.pages.body import _join_source_lines

    tree = etree.fromstring(
        "<body><p>Der Rat\n      tagte <hi>am\n  Montag</hi>\n   lange.\n\n   <lb/>Zweite\n Zeile</p>"
        "<div>\n  zwischen\n  Blöcken\n</div><code>x = 1\n    y = 2</code>nach\n dem Code"
        "<p><code>inline\n code</code>\n</p></body>"
    )
    _join_source_lines(tree)
    assert etree.tostring(tree, encoding="unicode") == (
        "<body><p>Der Rat tagte <hi>am Montag</hi> lange.\n <lb/>Zweite Zeile</p>"
        "<div>\n  zwischen\n  Blöcken\n</div><code>x = 1\n    y = 2</code>\nnach\n dem Code"
        "<p><code>inline\n code</code> </p></body>"
    )


def test_a_caption_pages_words_are_counted_up_to_the_bound() -> None:
    from newscrawl.pages import walls

    shown = " ".join(f"<p>Satz {i} mit fünf Wörtern hier.</p>" for i in range(30))
    tree = parse_html(
        "<html><body><h1>Video des Tages</h1><video src='/v.mp4'></video><p>2026-11-28 · 1:42</p>"
        f"<div>\n   \n</div>{shown}</body></html>"
    )
    assert walls._caption_words(tree) == 180  # the date line and the blank texts count for nothing
    assert walls._caption_words(tree, 24) == 30  # stopped at the first text past 24 words (six a text)
    assert walls._caption_words(tree, 200) == 180
    assert not walls.is_media_page(tree, set(), "")
    short = parse_html(
        "<html><body><h1>Video des Tages</h1><video src='/v.mp4'></video><p>2026-11-28 · 1:42</p>"
        "<p>Die Fähre legt am Morgen im Nebel ab.</p></body></html>"
    )
    assert walls._caption_words(short, 24) == walls._caption_words(short) == 8
    assert walls.is_media_page(short, set(), "")


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "headline": "Der Plan"};',
        '<!-- {"@type": "NewsArticle", "headline": "Der Plan"} -->',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Der Plan"}\n//]]>',
        '{"@type": "NewsArticle", "headline": "Der Plan <!-- x --> ]]>"}',
        '{"@type": "NewsArticle", "headline": "Der Plan"} -->',
    ],
)
def test_the_jsonld_wrappers_go_as_the_pattern_took_them(script: str) -> None:
    from newscrawl.pages.document import _JSON_WRAPPER, PageDocument

    doc = PageDocument(
        f"<html><head><script type='application/ld+json'>{script}</script></head></html>", "https://x.example/a"
    )
    raw = script.strip()
    expected = json.loads(_JSON_WRAPPER.sub("", raw).strip().rstrip(";"), strict=False)
    assert doc.jsonld == [expected]
    assert doc.article_ld["headline"].startswith("Der Plan")


def _old_foreign_candidates(page) -> list:  # noqa: ANN001 - the walk of _foreign_blocks before its verdicts were kept
    from newscrawl.pages.base import _EMBED_CLASSES, _FOREIGN_LOOSE, _LOOSE_HINT, _foreign_marker

    out = []
    for node in page.tree.iter(etree.Element):
        classes, ident = node.get("class"), node.get("id")
        if classes is None and ident is None:
            continue
        words = f"{classes or ''} {ident or ''}".lower()
        if (
            _LOOSE_HINT.search(words) and node not in page.frame and _foreign_marker(node, _FOREIGN_LOOSE)
        ) or not _EMBED_CLASSES.isdisjoint(words.split()):
            out.append(node)
    return out


def test_the_foreign_blocks_are_those_of_the_walk_testing_every_element() -> None:
    from newscrawl.pages import GenericPage

    teasers = "".join(
        f"<div class='related-item'><a href='/s{i}'>Andere Meldung {i} vom Hafen</a> 24.11.2026</div>" for i in range(4)
    )
    markup = (
        "<html><body><div class='Widget sidebar'><p>Wetter am Hafen 23.11.2026</p></div>"
        "<article class='post'><h1>Die Fähre fährt wieder</h1>"
        "<p>Die Fähre über den Fluss fährt seit Montag wieder nach dem Fahrplan, sagte der Hafenmeister.</p>"
        "<blockquote class='twitter-tweet'><p>Endlich wieder Fähre! 22.11.2026</p></blockquote>"
        "<p>Die Reparatur am Anleger dauerte drei Wochen und kostete mehr als geplant, hieß es.</p>"
        f"<div class='related-item' id='x'><p>Im Artikel 21.11.2026</p></div></article>{teasers}"
        "<section id='comments' class='comment-list'><p>Leser 20.11.2026</p></section></body></html>"
    )
    page = GenericPage(markup, "https://hafen.example/2026/11/faehre")
    found = page._foreign_blocks()
    candidates = _old_foreign_candidates(page)
    assert len(candidates) >= 6
    assert all(node in candidates for node in found)
    # Every candidate of the old walk is outermost and holds no lead here: all are the blocks.
    assert found == candidates
    assert [(node.get("class"), node.get("id")) for node in found] == [
        ("Widget sidebar", None),
        ("twitter-tweet", None),
        ("related-item", "x"),
        *[("related-item", None)] * 4,
        ("comment-list", "comments"),
    ]


def test_the_author_path_hint_finds_what_the_alternation_alone_found() -> None:
    import re

    from newscrawl.pages.base import _AUTHOR_PATH_HINT

    lookahead = "(?=[acgjmnprsw])"
    assert lookahead in _AUTHOR_PATH_HINT.pattern
    alone = re.compile(_AUTHOR_PATH_HINT.pattern.replace(lookahead, ""), _AUTHOR_PATH_HINT.flags)
    words = alone.pattern[len("/(?:") : -1].split("|")
    assert "".join(sorted({word[0] for word in words})) == "acgjmnprsw"
    sources = [
        "<a href='/author/jana-ulm/'>Jana Ulm</a></div>",
        "</span></p><a href='https://x.example/AUTOR/nils'>Nils</a>",
        "<a href='/ſtaff/kim'>Kim</a>",  # a long s, which the case-blind match reads as "s"
        "<a href='/Contributors/ada'>Ada</a><script src='/js/app.js'></script>",
        "</div></div><a href='/news/2026/11/faehre'>Fähre</a>",
        "//penulis//Periodista/giornalisti/",
    ]
    for source in sources:
        found, before = _AUTHOR_PATH_HINT.search(source), alone.search(source)
        assert (found and found.span()) == (before and before.span()), source
    assert [bool(_AUTHOR_PATH_HINT.search(source)) for source in sources] == [True, True, True, True, False, True]
