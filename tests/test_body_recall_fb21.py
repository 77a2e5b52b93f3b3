"""Story text trafilatura's prunes took for boilerplate (twentieth session, FB21, issue #5)."""

from __future__ import annotations

from newscrawl.pages import GenericPage

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
