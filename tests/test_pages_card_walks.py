"""The walks around a byline in a sidebar of writers' cards: bounded by the card, not the page."""

from __future__ import annotations

from lxml import html

from newscrawl.pages import base

CARD = "<div class='card'><p>Columnist</p><a href='/author/ines-falk/'>All stories by Ines Falk</a></div>"
STORY = "<a href='/2026/03/ferry-timetable-changes-from-april/'>Ferry timetable changes from April</a>"


def _rail(cards: int) -> html.HtmlElement:
    """A page whose aside holds ``cards`` teasers and writers' cards, a byline in the last card."""
    teasers = "".join(f"<div class='card'>{STORY}<span>By Ines Falk</span></div>" for _ in range(cards))
    return html.fromstring(
        f"<html><body><article><h1>Quay wall repairs start</h1></article><aside>{teasers}{CARD * cards}"
        f"<div class='card'><span>By Ines Falk</span></div></aside></body></html>"
    )


def test_a_link_teaser_reads_few_links_however_long_the_rail(monkeypatch) -> None:
    calls = []

    def counting(el, *args, **kwargs):
        calls.append(el)
        return base_text_of(el, *args, **kwargs)

    base_text_of = base.text_of
    monkeypatch.setattr(base, "text_of", counting)
    for cards in (50, 2000):
        calls.clear()
        tree = _rail(cards)
        byline = tree.findall(".//span")[-1]
        # The last card holds no headline; the aside around it is a list of links, no teaser's card.
        assert not base._link_teaser(
            byline, list(byline.iterancestors()), frozenset(), "https://quay.example/2026/03/wall/"
        )
        assert len(calls) <= base.MAX_TEASER_LINKS + 2, cards


def test_a_card_in_a_teaser_still_reads_its_headline() -> None:
    tree = _rail(50)
    byline = tree.findall(".//span")[0]
    assert base._link_teaser(byline, list(byline.iterancestors()), frozenset(), "https://quay.example/2026/03/wall/")


def test_a_cards_texts_stop_at_the_card() -> None:
    tree = _rail(2000)
    link = tree.findall(".//a")[-1]
    assert base._card_texts_before(link) == ["Columnist"]
    single = html.fromstring(
        f"<html><body><article><h1>Quay wall repairs start</h1></article><aside>{CARD}</aside></body></html>"
    )
    assert base._card_texts_before(single.findall(".//a")[-1]) == ["Quay wall repairs start", "Columnist"]
