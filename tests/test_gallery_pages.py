"""A short gallery page (review rv30 53): an intro over a slideshow, its story told in the captions.
Fixtures written here."""

from __future__ import annotations

from newscrawl.pages import extract

INTRO = "The first frost of the year settled on the valley's vineyards overnight, a week earlier than usual."
CAPTIONS = [
    "Pickers wrap the last rows of late grapes in fleece before dawn.",
    "A tractor sprays water over the vines to shield the buds from ice.",
    "Frost covers the grass beside the cooperative's cellar at sunrise.",
]
LONG = [
    "Growers said the cold would not hurt the harvest, which ended in October, but could damage buds on young vines.",
    "The weather service expects the frost to return on Thursday night before milder air arrives from the west.",
]


def _page(paragraphs: list[str], captions: list[str]) -> str:
    slides = "".join(
        f"<div class='slide'><img src='/p/{n}.jpg' alt=''><span class='counter'>{n + 1} of {len(captions)}</span>"
        f"<p class='slide-caption'>{caption}</p></div>"
        for n, caption in enumerate(captions)
    )
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Photos: First frost in the vineyards</title></head><body><article>"
        "<div class='header'><h1>Photos: First frost in the vineyards</h1></div>"
        f"<div class='article-body'>{story}<div class='slideshow'>{slides}</div></div>"
        "</article></body></html>"
    )


URL = "https://valleyweekly.example/photos/first-frost-in-the-vineyards"


def test_a_short_gallery_pages_captions_are_its_story() -> None:
    result = extract(_page([INTRO], CAPTIONS), URL)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == [INTRO, *CAPTIONS]


def test_a_storys_gallery_and_a_lone_caption_stay_out() -> None:
    # a story long enough of its own: its slideshow's captions are no part of it
    body = extract(_page([INTRO, *LONG], CAPTIONS), URL).article.body
    assert body.split("\n\n") == [INTRO, *LONG]
    # one captioned picture under a short text makes no gallery: still too short
    assert extract(_page([INTRO], CAPTIONS[:1]), URL).article is None
