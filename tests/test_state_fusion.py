"""Arc XP's page state (``Fusion.globalContent={...}`` in a script): the last update, and the
headline and writers when the page shows none (review R12; fixtures written here)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from lxml import html

from newscrawl.pages import extract
from newscrawl.pages.state_dates import state_authors, state_headline, state_modified

URL = "https://www.harbourherald.example.com/news/2025/11/24/ferries-to-run-later/"
HEADLINE = "Ferries to run later on weekends"
PARAGRAPHS = [
    "The harbour board approved a new ferry timetable on Monday that adds late sailings on weekends.",
    "Commuters had asked for the change for years, the board's chair told the meeting on the quay.",
    "The first late boats will sail in March, once two more crews have finished their training.",
]


def story(**changes: Any) -> dict[str, Any]:
    content = {
        "_id": "ABC123",
        "type": "story",
        "headlines": {"basic": HEADLINE},
        "first_publish_date": "2025-11-24T14:00:00.100Z",
        "display_date": "2025-11-24T14:00:00.100Z",
        "last_updated_date": "2025-11-24T18:45:10.500Z",
        "credits": {"by": [{"type": "author", "name": "Mara Quint"}]},
        "related_content": {
            "basic": [{"headlines": {"basic": "Bridge shut"}, "last_updated_date": "2025-11-30T08:00:00Z"}]
        },
    }
    content.update(changes)
    return content


def page(content: dict[str, Any], *, shown: bool = True) -> str:
    script = f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="herald";Fusion.globalContent={json.dumps(content)};Fusion.globalContentConfig={{}};'
    head = f"<title>{HEADLINE} – Harbour Herald</title>" if shown else "<title>Harbour Herald</title>"
    article = (
        f"<h1>{HEADLINE}</h1><div class='byline'>By Mara Quint</div>"
        "<time datetime='2025-11-24T14:00:00.100Z'>November 24, 2025 at 9:00 a.m.</time>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        if shown
        else "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    )
    return (
        f"<html lang='en'><head>{head}<script id='fusion-metadata' type='application/javascript'>{script}</script>"
        f"</head><body><main><article>{article}</article></main></body></html>"
    )


def test_the_last_update_only_in_fusions_content_is_read() -> None:
    article = extract(page(story()), URL).article
    assert article is not None
    assert article.published_at == datetime(2025, 11, 24, 14, 0, tzinfo=UTC)  # as the page shows it
    assert article.modified_at == datetime(2025, 11, 24, 18, 45, 10, tzinfo=UTC)
    assert state_modified(html.fromstring(page(story()))) == ("2025-11-24T18:45:10.500Z", "2025-11-24T14:00:00.100Z")


def test_a_save_right_after_publication_is_no_update() -> None:
    article = extract(page(story(last_updated_date="2025-11-24T14:00:01.900Z")), URL).article
    assert article is not None and article.modified_at is None


def test_content_whose_publication_is_not_the_pages_gives_no_update() -> None:
    # Another story's content (a stale state): its publication days off the one the page shows.
    other = story(first_publish_date="2025-11-02T10:00:00Z", display_date="2025-11-02T10:00:00Z")
    article = extract(page(other), URL).article
    assert article is not None and article.modified_at is None


def test_a_section_fronts_stories_in_a_list_are_not_the_pages() -> None:
    front = {"_id": "news", "type": "section", "content_elements": [story(), story()]}
    assert state_modified(html.fromstring(page(front))) == (None, None)


def test_headline_and_writers_from_fusions_content_when_the_page_shows_none() -> None:
    tree = html.fromstring(page(story(), shown=False))
    assert state_headline(tree) == HEADLINE
    assert state_authors(tree) == ["Mara Quint"]
    article = extract(page(story(), shown=False), URL).article
    assert article is not None
    assert article.title == HEADLINE and article.authors == ["Mara Quint"]


def test_a_story_only_in_fusions_content_elements_is_the_body() -> None:
    # The HTML shows the first paragraph only; the rest is rendered from content_elements. A
    # picture and an embed among the text blocks are no paragraphs.
    more = [
        "Two evening boats will also call at the island pier, which has had no service after six since spring.",
        "Fares stay as they are, the board said, though a monthly pass will cost two pounds more from April.",
    ]
    elements = [
        {"type": "text", "content": PARAGRAPHS[0]},
        {"type": "image", "url": "https://img.example/ferry.jpg", "caption": "The ferry at the quay."},
        *({"type": "text", "content": p} for p in PARAGRAPHS[1:]),
        {"type": "raw_html", "html_id": "poll-7"},
        *({"type": "text", "content": p} for p in more),
    ]
    script = (
        "window.Fusion=window.Fusion||{};Fusion.globalContent="
        + json.dumps(story(content_elements=elements))
        + ";Fusion.globalContentConfig={};"
    )
    thin = (
        f"<html lang='en'><head><title>{HEADLINE} – Harbour Herald</title>"
        f"<script id='fusion-metadata' type='application/javascript'>{script}</script></head><body><main>"
        f"<h1>{HEADLINE}</h1><div class='byline'>By Mara Quint</div><article class='b-article-body'>"
        f"<p>{PARAGRAPHS[0]}</p></article></main></body></html>"
    )
    result = extract(thin, URL)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == [*PARAGRAPHS, *more]


def fusion_page(content: dict[str, Any], shown: list[str]) -> str:
    script = (
        "window.Fusion=window.Fusion||{};Fusion.globalContent="
        + json.dumps(content)
        + ";Fusion.globalContentConfig={};"
    )
    return (
        f"<html lang='en'><head><title>{HEADLINE} – Harbour Herald</title>"
        f"<script id='fusion-metadata' type='application/javascript'>{script}</script></head><body><main>"
        f"<h1>{HEADLINE}</h1><div class='byline'>By Mara Quint</div><article class='b-article-body'>"
        + "".join(f"<p>{p}</p>" for p in shown)
        + "</article></main></body></html>"
    )


def text_blocks(paragraphs: list[str]) -> list[dict[str, str]]:
    return [{"type": "text", "content": p} for p in paragraphs]


LIGHTHOUSE = [
    "The old lighthouse on the north cape was closed to visitors on Friday after a storm cracked its lantern glass.",
    "Keepers of the museum inside said the tower had not been shut for a whole season since it opened as a museum.",
    "Repairs are expected to cost more than the trust raises in a year, its treasurer told members at a meeting.",
    "Volunteers will run guided walks around the base of the tower instead until the glass has been replaced.",
]


def test_a_related_story_in_fusions_content_is_never_the_body() -> None:
    # A short story of two paragraphs; a longer related story sits in related_content and a
    # promo item: the story's own content_elements are its body.
    related = {"_id": "R1", "type": "story", "content_elements": text_blocks(LIGHTHOUSE)}
    content = story(
        content_elements=text_blocks(PARAGRAPHS[:2]),
        related_content={"basic": [related]},
        promo_items={"basic": {"type": "story", "content_elements": text_blocks(LIGHTHOUSE)}},
    )
    result = extract(fusion_page(content, PARAGRAPHS[:1]), URL)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == PARAGRAPHS[:2]


def test_a_link_to_another_story_among_fusions_blocks_is_no_paragraph() -> None:
    elements = [
        *text_blocks(PARAGRAPHS[:1]),
        {
            "type": "interstitial_link",
            "url": "/news/lighthouse/",
            "content": "Storm shuts the old lighthouse for a season",
        },
        {"type": "header", "level": 2, "content": "Late boats"},
        *text_blocks(PARAGRAPHS[1:]),
        {
            "type": "raw_html",
            "content": "<div><p>Get the morning's harbour news in your inbox every weekday, free.</p></div>",
        },
        {"type": "list", "list_type": "unordered", "items": text_blocks(["Sailings at ten and at eleven."])},
    ]
    result = extract(fusion_page(story(content_elements=elements), PARAGRAPHS[:1]), URL)
    assert result.article is not None, result.reason
    body = result.article.body.split("\n\n")
    assert body == [PARAGRAPHS[0], "Late boats", *PARAGRAPHS[1:], "Sailings at ten and at eleven."]


def test_a_long_first_paragraph_shown_does_not_hide_the_rest_of_fusions_story() -> None:
    # The page shows a first paragraph of 25+ words; the state's body begins with it and goes on.
    first = (
        "The harbour board approved a new ferry timetable on Monday that adds late sailings on weekends,"
        " two extra crews and a night bus from the pier to the station for the first time in ten years."
    )
    content = story(content_elements=text_blocks([first, *PARAGRAPHS[1:], *LIGHTHOUSE[3:]]))
    result = extract(fusion_page(content, [first]), URL)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == [first, *PARAGRAPHS[1:], *LIGHTHOUSE[3:]]
    # a state whose body is another text than the page's stays unread
    other = story(content_elements=text_blocks(LIGHTHOUSE))
    result = extract(fusion_page(other, [first]), URL)
    assert result.article is not None, result.reason
    assert result.article.body == first


LONG_FIRST = (
    "The harbour board approved a new ferry timetable on Monday that adds late sailings on weekends,"
    " two extra crews and a night bus from the pier to the station for the first time in ten years."
)


def test_state_blocks_with_inline_tags_are_read_as_html_and_a_read_more_block_goes() -> None:
    # Arc text blocks hold inline markup (a link, bold words) but no block tag; one block is a
    # "READ MORE:" label over a link to another story. The shown page holds the first paragraph
    # and the second with its markup, which the state's blocks continue.
    second = "Commuters had asked for the change for years, <b>the board's chair</b> told the meeting on the quay."
    promo = "<b>READ MORE:</b> <a href='/news/2025/11/20/pier-repairs/'>Pier repairs to finish by Easter</a>"
    third = "The first late boats will sail in March, once two more crews have <i>finished</i> their training."
    blocks = [LONG_FIRST, second, promo, third, *LIGHTHOUSE[2:]]
    content = story(content_elements=text_blocks(blocks))
    plain = [
        LONG_FIRST,
        "Commuters had asked for the change for years, the board's chair told the meeting on the quay.",
        "The first late boats will sail in March, once two more crews have finished their training.",
        *LIGHTHOUSE[2:],
    ]
    result = extract(fusion_page(content, [LONG_FIRST, second]), URL)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == plain


def test_reading_past_the_shown_text_also_when_a_family_selector_finds_the_body() -> None:
    from newscrawl.pages.wordpress import WordPressPage

    # A headless WordPress front end: the entry's element shows the first paragraph, the
    # Next.js state holds the whole story.
    rest = [*PARAGRAPHS[1:], *LIGHTHOUSE[2:]]
    state = {
        "props": {
            "pageProps": {
                "post": {"title": HEADLINE, "blocks": [{"type": "paragraph", "text": p} for p in [LONG_FIRST, *rest]]}
            }
        }
    }
    html_text = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<div class='entry-content'><h2>{HEADLINE}</h2><p>{LONG_FIRST}</p></div></article>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>'
    )
    article = WordPressPage(html_text, URL).to_item()
    assert article.body.split("\n\n") == [LONG_FIRST, *rest]
    # a state that does not hold the shown text is not read (nor parsed)
    shown = LONG_FIRST.replace("approved a new ferry timetable", "approved new moorings")
    article = WordPressPage(html_text.replace(f"<p>{LONG_FIRST}</p>", f"<p>{shown}</p>"), URL).to_item()
    assert article.body == shown
    from newscrawl.pages.page_state import state_paragraphs

    tree = html.fromstring(html_text)
    assert state_paragraphs(tree, shown) == []
    assert state_paragraphs(tree, LONG_FIRST) == state_paragraphs(tree) == [LONG_FIRST, *rest]


def test_other_stories_teasers_among_nextjs_text_blocks_are_not_read_past_a_short_story() -> None:
    # A short story shown whole; its state's block list holds its paragraph and two teasers of
    # other stories as blocks of a type that is not text ("editorsPick").
    teasers = [
        {"type": "editorsPick", "text": LIGHTHOUSE[0]},
        {"type": "editorsPick", "text": LIGHTHOUSE[1] + " " + LIGHTHOUSE[2]},
    ]
    state = {
        "props": {
            "pageProps": {
                "article": {"headline": HEADLINE, "blocks": [{"type": "paragraph", "text": LONG_FIRST}, *teasers]}
            }
        }
    }
    html_text = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body><main><article><h1>{HEADLINE}</h1>"
        f"<p>{LONG_FIRST}</p></article></main>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>'
    )
    result = extract(html_text, URL)
    assert result.article is not None, result.reason
    assert result.article.body == LONG_FIRST
    from newscrawl.pages.page_state import state_paragraphs

    # the state's body is the text blocks alone
    assert state_paragraphs(html.fromstring(html_text)) == [LONG_FIRST]
