"""Story text trafilatura's prunes took for boilerplate (twentieth session, FB21, issue #5)."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.trafilatura_steps import names_a_caption

URL = "https://harbour-post.example/2026/11/ferry-strike-ends"

LEAD = (
    "The ferry crews of the Wexbury line voted on Tuesday night to end a strike that had kept the island "
    "cut off from the mainland for eleven days."
)
STORY = (
    "<p>The vote, taken in the union hall at the harbour, was 212 to 40, the union's secretary Mara Holt said.</p>"
    "<p>Crossings resume on Thursday morning with the 6.15 sailing, the operator said in a statement on its website.</p>"
    "<p>Shops on the island had run short of fresh food by the weekend, and the school had closed on Monday.</p>"
    "<p>The crews won a pay rise of four per cent this year and a review of the rota in the spring.</p>"
)


def _page(first_item: str) -> bytes:
    return (
        "<html><head><title>Ferry strike ends after eleven days | Harbour Post</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        "<article><header><h1>Ferry strike ends after eleven days</h1></header>"
        f'<div class="story-body"><div class="story-list">{first_item}'
        f'<div class="list-item list-item-text">{STORY}</div></div></div></article>'
        "<footer><p>About us</p></footer></body></html>"
    ).encode()


def test_a_lead_in_a_block_classed_as_having_no_caption_is_kept() -> None:
    # The first item: a picture and the lead in an <h2>, its block classed "no_caption" (the
    # picture has none); trafilatura's caption prune reads "caption" in the class and drops it.
    item = f'<div class="list-item list-item-image no_caption"><h2>{LEAD}</h2><div><img src="/p/ferry.jpg"></div></div>'
    body = GenericPage(_page(item), URL).body() or ""
    assert body.startswith(LEAD)
    assert "The vote, taken in the union hall" in body


def test_a_caption_block_still_goes() -> None:
    item = (
        '<div class="list-item list-item-image image-caption"><p>Crews on the quay at Wexbury on Tuesday. '
        'Photo: Ivo Lind for the Harbour Post</p><div><img src="/p/ferry.jpg"></div></div>'
    )
    body = GenericPage(_page(item), URL).body() or ""
    assert "Photo: Ivo Lind" not in body
    assert "The vote, taken in the union hall" in body


def _list_page(items: list[str]) -> bytes:
    rows = "".join(
        f'<li class="list-row"><span class="row-icon"><svg viewBox="0 0 8 8"><path d="M0 0h8v8z"/></svg></span>'
        f'<span class="list-icon-text">{item}</span></li>'
        for item in items
    )
    return (
        "<html><head><title>Island shops count the cost of the strike | Harbour Post</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        '<article><h1>Island shops count the cost of the strike</h1><div class="entry-content">'
        "<p>Traders on Wexbury say the eleven-day ferry strike cost them most of a month's takings, "
        "and several want the council to cut their rates for the winter.</p>"
        "<p>At a meeting in the church hall on Wednesday the traders' group agreed to ask the council for three things:</p>"
        f'<div class="wp-block points-icon-list"><ul class="styled-list">{rows}</ul></div>'
        "<p>The council's leader, Petra Voss, said she would put the requests to the finance committee next month.</p>"
        "<p>The ferry operator has not said whether it will compensate the traders for the lost weeks of trade.</p>"
        "</div></article><footer><p>About us</p></footer></body></html>"
    ).encode()


def test_a_check_list_classed_with_an_icon_is_kept() -> None:
    # trafilatura's class prune drops a block whose class holds "-icon" (an icon); a page
    # builder's list of points with an icon before each is the story's text.
    items = ["a rates holiday until March", "a hardship fund for the smallest shops", "a seat on the ferry board"]
    body = GenericPage(_list_page(items), URL).body() or ""
    for item in items:
        assert item in body
    assert "The council's leader, Petra Voss" in body


def test_an_icon_row_of_links_still_goes() -> None:
    items = [f'<a href="/topics/{n}">More on {n} here</a>' for n in ("ferries", "islands", "council")]
    body = GenericPage(_list_page(items), URL).body() or ""
    assert "More on ferries" not in body
    assert "The council's leader, Petra Voss" in body


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("tplCaption", True),
        ("wp-caption alignleft", True),
        ("image-caption no_caption", True),
        ("list-item list-item-image no_caption", False),
        ("block nocaption", False),
        ("figure without-caption", False),
        (None, False),
    ],
)
def test_names_a_caption(value: str | None, expected: bool) -> None:
    assert names_a_caption(value) is expected


def test_a_short_caption_in_a_block_classed_as_having_no_caption_still_goes() -> None:
    # No heading and no more text than a caption: the block's span is the picture's caption.
    html = (
        "<html><head><title>Ferry strike ends after eleven days | Harbour Post</title></head><body>"
        f"<article><h1>Ferry strike ends after eleven days</h1><div class='entry-content'><p>{LEAD}</p>{STORY}"
        '<div class="wp-block-image no-caption"><img src="/p/ferry.jpg">'
        '<span class="photo-line">Mara Holt on the quay at Wexbury on Tuesday.</span></div>'
        "<p>The island's council thanked the crews and the operator for settling before the holidays.</p>"
        "</div></article></body></html>"
    ).encode()
    body = GenericPage(html, URL).body() or ""
    assert "Mara Holt on the quay" not in body
    assert "The vote, taken in the union hall" in body and body.endswith("before the holidays.")
