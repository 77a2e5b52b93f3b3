"""A page's chrome inside the story's text (review rv34): a list's drawn step numbers, a sign-up
box's pitch, a related-story insert glued to the end of a paragraph."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newscrawl.pages import GenericPage, WordPressPage
from newscrawl.pages import body as body_module

URL = "https://harbourvoice.example/2026/11/27/ferry-pass-renewal"
INTRO = (
    "<p>Islanders who hold a resident ferry pass must renew it before the end of December, the harbour "
    "board said on Thursday, after a new booking system went live.</p>"
    "<p>The board said the renewal can be done online in a few minutes:</p>"
)
OUTRO = "<p>Passes that are not renewed will stop working on 2 January, the board said.</p>"


def _page(story: str, cls: type = GenericPage, body_class: str = "story-text") -> GenericPage:
    html = (
        "<html><head><title>Ferry pass renewal opens | Harbour Voice</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/island">Island</a></nav>'
        f'<article><h1>Ferry pass renewal opens</h1><div class="{body_class}">{INTRO}{story}{OUTRO}</div></article>'
        "<footer><p>About us</p></footer></body></html>"
    )
    return cls(html.encode(), URL)


STEPS = ["Open the board's booking page.", "Type in the number on your pass.", "Pay the fee of 12 pounds."]


@pytest.mark.parametrize("cls", [GenericPage, WordPressPage])
@pytest.mark.parametrize(
    "item",
    [
        '<li class="step"><span class="step__num">{n}</span><span class="step__text">{text}</span></li>',
        "<li><b>{n}.</b> {text}</li>",
        '<li><div class="step"><span class="badge">Step {n}</span><p>{text}</p></div></li>',
    ],
)
def test_a_lists_drawn_step_numbers_are_not_the_items_text(item: str, cls: type) -> None:
    steps = "".join(item.format(n=n, text=text) for n, text in enumerate(STEPS, 1))
    body = _page(f"<ol>{steps}</ol>", cls, "entry-content").body() or ""
    items = [p.removeprefix("- ") for p in body.split("\n\n")]  # (bulleted on the trafilatura path)
    for text in STEPS:
        assert text in items
    assert "1Open" not in body and "Step 1" not in body


def test_numbers_that_do_not_count_up_with_the_items_stay() -> None:
    # quantities opening the items of a list, and a rank counting down: the items' own text
    items = ["<li><b>3</b> life jackets</li>", "<li><b>2</b> flares</li>", "<li><b>1</b> radio</li>"]
    body = _page(f"<ul>{''.join(items)}</ul>").body() or ""
    assert ["- 3 life jackets", "- 2 flares", "- 1 radio"] == [p for p in body.split("\n\n") if p.startswith("- ")]
    # one item alone, a number with no text after it
    body = _page('<ol><li><span class="n">1</span><span>Open the page.</span></li></ol>').body() or ""
    assert "1Open the page." in body or "1 Open the page." in body


def test_quantities_that_count_one_two_three_in_a_bulleted_list_stay() -> None:
    # an ingredient list's quantities, 1, 2, 3 by chance: no counter's class, no "." after them, a <ul>
    items = [
        '<li><span class="qty">1</span> <span class="name">cup of plain flour</span></li>',
        '<li><span class="qty">2</span> <span class="name">ferry tickets, return</span></li>',
        '<li><span class="qty">3</span> <span class="name">harbour maps</span></li>',
    ]
    body = _page(f"<ul>{''.join(items)}</ul>").body() or ""
    assert "1 cup of plain flour" in body and "2 ferry tickets, return" in body and "3 harbour maps" in body
    # a measure after the number is a quantity in a numbered list too
    items = [f'<li><span class="num">{n}</span> kg of {w}</li>' for n, w in ((1, "rice"), (2, "salt"))]
    body = _page(f"<ol>{''.join(items)}</ol>").body() or ""
    assert "1 kg of rice" in body and "2 kg of salt" in body


@pytest.mark.parametrize(
    "box",
    [
        '<div class="subscribe-box"><h4>Island news by email</h4><p>Our morning briefing reaches you before '
        'the first ferry, six days a week.</p><form><input placeholder="Email"><button>Sign up</button></form></div>',
        '<section id="newsletter-signup"><div class="inner"><p>The Tide Table: one email every Friday.</p>'
        '<div class="row"><input type="email"><button>Join</button></div></div></section>',
    ],
)
def test_a_sign_up_box_in_the_story_goes_whole(box: str) -> None:
    body = _page(box).body() or ""
    assert "briefing" not in body and "Tide Table" not in body and "Island news" not in body
    assert "Passes that are not renewed" in body and "renew it before the end of December" in body


def test_a_subscription_named_block_without_a_form_or_longer_than_a_box_stays() -> None:
    # a story's line in a block a theme names so, without a form control; a long block around a
    # form control (a story with a button in it) is more than a sign-up box
    line = "<p>Subscribers to the board's text alerts will get a reminder a week before the deadline.</p>"
    body = _page(f'<div class="subscription-note">{line}</div>').body() or ""
    assert "Subscribers to the board's text alerts" in body
    # a story's paragraph beside a button in a box so marked, short enough for a box, no pitch's words
    line = (
        "<p>Islanders can now renew by text message: the board launched the free service this week "
        "after complaints about queues.</p>"
    )
    body = _page(f'<div class="subscribe-alerts">{line}<button>Sign up</button></div>').body() or ""
    assert "Islanders can now renew by text message" in body
    long = "<p>" + " ".join(["The board will also post paper forms to every household on the island."] * 5) + "</p>"
    body = _page(f'<div class="subscribe-story">{long}<button>Print</button></div>').body() or ""
    assert "paper forms to every household" in body


GLUED = "Loket di terminal timur tetap buka bagi warga yang tidak bisa mendaftar secara daring."


@pytest.mark.parametrize("cls", [GenericPage, WordPressPage])
@pytest.mark.parametrize(
    "paragraph",
    [
        f'<p>{GLUED} <strong>Baca Juga: <a href="/r/31">Tarif Kapal Cepat Naik Bulan Depan</a></strong></p>',
        f'<p>{GLUED} <b>Also read: <a href="/r/31">Fast ferry fares rise next month</a></b></p>',
        f'<p><strong>BACA JUGA: <a href="/r/31">Tarif Kapal Cepat Naik</a></strong> {GLUED}</p>',
        f'<p>{GLUED} <em>Lihat juga <a href="/r/31">Jadwal Kapal Cepat Berubah</a></em></p>',
    ],
)
def test_an_insert_glued_to_a_story_paragraph_is_cut_from_it(paragraph: str, cls: type) -> None:
    body = _page(paragraph, cls, "entry-content").body() or ""
    assert GLUED in body.split("\n\n")
    assert "Tarif" not in body and "fares rise" not in body and "Jadwal" not in body


def test_a_linked_phrase_in_bold_inside_a_sentence_stays() -> None:
    # bold links that are the story's words, or a label-like phrase in the middle of the sentence
    inside = (
        '<p>Warga bisa <strong>membaca juga <a href="/r/9">aturan baru</a></strong> di laman dewan, '
        "kata juru bicara dewan pelabuhan.</p>"
    )
    body = _page(inside).body() or ""
    assert "membaca juga aturan baru di laman dewan" in body
    ending = f'<p>{GLUED} Details are in <strong><a href="/r/9">the board notice</a></strong></p>'
    body = _page(ending).body() or ""
    assert "Details are in the board notice" in body


def test_many_linked_spans_in_one_block_read_the_blocks_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a tag cloud of thousands of linked words in one <div>: each is no insert by its label alone,
    # and the block's text is not read again for each of them (it was, quadratic in the block)
    spans = "".join(f'<span><a href="/tag/{n}">tag word {n}</a></span> ' for n in range(2000))
    root = lxml_html.fromstring(f"<div><p>{INTRO}</p><div>{spans}</div></div>")
    block_chars = len(" ".join(root.text_content().split()))
    read = []
    shown = body_module._shown
    monkeypatch.setattr(body_module, "_shown", lambda node: read.append(len(text := shown(node))) or text)
    assert body_module.glued_inserts(root) == []
    assert sum(read) < 5 * block_chars
