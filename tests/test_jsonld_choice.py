"""Which JSON-LD article object is the page's own when the page describes several."""

from __future__ import annotations

import json

from newscrawl.pages import GenericPage

URL = "https://tidewatch.example/2025/03/ferry-strike-ends/"
H1 = "Ferry strike ends after nine days"
LEDE = (
    "<p>Deckhands on the island routes went back to work on Thursday after the operator agreed to hire "
    "twelve more crew and to pay the overtime owed since the autumn timetable began.</p>"
    "<p>The first sailing left the north quay at six, half full, and the operator said every route "
    "would run to the normal timetable by the weekend.</p>"
)


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def page(scripts: str, url: str = URL, head: str = "", h1: str = H1) -> GenericPage:
    return GenericPage(
        f"<html><head><title>{H1} | Tidewatch</title>{head}{scripts}</head>"
        f"<body><article><h1>{h1}</h1>{LEDE}</article></body></html>",
        url,
    )


def story(headline: str, author: str, published: str, **more: object) -> dict:
    return {
        "@type": "NewsArticle",
        "headline": headline,
        "author": {"@type": "Person", "name": author},
        "datePublished": published,
        **more,
    }


RELATED = story(
    "Island school gets a new roof",
    "Cormac Delaney",
    "2025-02-11T08:00:00+00:00",
    url="https://tidewatch.example/2025/02/school-roof/",
)
OWN = story(H1, "Ines Marlowe", "2025-03-13T17:40:00+00:00")


def test_the_object_at_the_pages_address_beats_a_related_story_before_it() -> None:
    own = {**OWN, "headline": "Strike over: crews return", "mainEntityOfPage": {"@id": URL}}
    result = page(ld(RELATED) + ld(own))
    assert result.authors() == ["Ines Marlowe"]
    assert result.published_at().isoformat() == "2025-03-13T17:40:00+00:00"


def test_the_canonical_address_counts_as_the_pages_and_an_id_fragment_is_ignored() -> None:
    own = {**OWN, "headline": "Strike over: crews return", "@id": URL + "#article"}
    head = f'<link rel="canonical" href="{URL}">'
    result = page(ld([RELATED, own]), url=URL + "?utm_source=feed", head=head)
    assert result.authors() == ["Ines Marlowe"]


def test_the_object_with_the_pages_headline_beats_a_live_blogs_postings() -> None:
    postings = [
        story("Talks resume at ten", "Cormac Delaney", "2025-03-13T09:05:00+00:00"),
        story("Union puts the offer to a vote", "Cormac Delaney", "2025-03-13T12:30:00+00:00"),
    ]
    own = {**OWN, "@type": "LiveBlogPosting", "url": "https://tidewatch-mirror.example/live/ferry"}
    result = page(ld(postings + [own]))
    assert result.authors() == ["Ines Marlowe"]
    assert result.published_at().isoformat() == "2025-03-13T17:40:00+00:00"


def test_articles_a_list_refers_to_are_not_the_pages() -> None:
    listed = [
        {**story(f"Earlier story {n}", "Cormac Delaney", f"2025-0{n}-02T10:00:00+00:00"), "@id": f"#list-{n}"}
        for n in (1, 2)
    ]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": URL, "name": "Tidewatch"},
            {
                "@type": "ItemList",
                "itemListElement": [
                    {"@type": "ListItem", "position": n, "item": {"@id": f"#list-{n}"}} for n in (1, 2)
                ],
            },
            *listed,
            {**OWN, "headline": "Crews back at work"},
        ],
    }
    result = page(ld(graph), h1="Ferry crews back at work as strike ends")
    assert result.authors() == ["Ines Marlowe"]


def test_an_object_with_a_list_position_is_not_the_pages() -> None:
    items = [{**story("Pier reopens", "Cormac Delaney", "2025-01-20T10:00:00+00:00"), "position": 1}]
    result = page(ld(items + [{**OWN, "headline": "Crews back at work"}]), h1="Ferry crews are back")
    assert result.authors() == ["Ines Marlowe"]


def test_the_first_object_stays_when_it_is_the_pages() -> None:
    own = {**OWN, "url": URL}
    other = {**RELATED, "headline": H1}  # a related story titled alike does not win over the address
    assert page(ld([own, other])).authors() == ["Ines Marlowe"]
    # a mirror's copy: the objects name the original's address, the headline tells
    mirrored = {**OWN, "url": "https://origin.example/ferry-strike-ends"}
    copy = page(ld([mirrored, RELATED]), url="https://copies.example/ferry-strike-ends-2/")
    assert copy.authors() == ["Ines Marlowe"]
    # nothing tells: the first one, as before
    plain = page(ld([{**OWN, "headline": "Crews back"}, RELATED]), h1="Ferry crews are back")
    assert plain.authors() == ["Ines Marlowe"]


def test_odd_address_values_do_not_raise() -> None:
    odd = {**RELATED, "url": ["x", {"@id": 3}, None], "@id": {"a": 1}, "mainEntityOfPage": [[], 5]}
    graph = {
        "@graph": [odd, {"@type": "ItemList", "itemListElement": [{"item": 7}, "y", None]}, {**OWN, "position": "a"}]
    }
    assert page(ld(graph), h1="").doc.article_ld["headline"] == RELATED["headline"]


def live_blog(entries: list[dict], **more: object) -> dict:
    return {
        "@type": "LiveBlogPosting",
        "headline": "Ferry strike live: talks and votes",
        "datePublished": "2025-03-13T06:00:00+00:00",
        "coverageStartTime": "2025-03-13T06:00:00+00:00",
        "liveBlogUpdate": entries,
        **more,
    }


ENTRIES = [
    {**story(H1, "Ines Marlowe", "2025-03-13T17:40:00+00:00"), "@type": "BlogPosting"},
    {**story("Union puts the offer to a vote", "Cormac Delaney", "2025-03-13T12:30:00+00:00"), "@type": "BlogPosting"},
]


def test_one_entrys_own_page_of_a_live_blog_is_dated_by_the_entry() -> None:
    # The page's headline is one entry's, not the blog's: the entry's time, not the coverage start.
    result = page(ld(live_blog(ENTRIES)))
    assert result.published_at().isoformat() == "2025-03-13T17:40:00+00:00"
    assert result.authors() == ["Ines Marlowe"]


def test_the_live_blogs_own_page_is_dated_by_the_blog() -> None:
    result = page(ld(live_blog(ENTRIES)), h1="Ferry strike live: talks and votes")
    assert result.published_at().isoformat() == "2025-03-13T06:00:00+00:00"


def test_a_live_blog_whose_address_is_the_pages_is_dated_by_the_blog() -> None:
    # The blog's headline is not the page's, and its one entry's address is the page's with a
    # "#post-9" fragment: that entry is a part of this page, not the page.
    entry = {
        **story("Union puts the offer to a vote", "Cormac Delaney", "2025-03-13T12:30:00+00:00"),
        "@type": "BlogPosting",
        "url": URL + "#post-9",
    }
    blog = live_blog([entry], url=URL, dateModified="2025-03-13T12:30:00+00:00")
    result = page(ld(blog), h1="Ferry strike: votes, talks and the day's news")
    assert result.published_at().isoformat() == "2025-03-13T06:00:00+00:00"
    assert result.modified_at().isoformat() == "2025-03-13T12:30:00+00:00"
    # without the blog's own address, the fragment alone still keeps the entry from being the page
    blog = live_blog([entry])
    result = page(ld(blog), h1="Ferry strike: votes, talks and the day's news")
    assert result.published_at().isoformat() == "2025-03-13T06:00:00+00:00"


def test_a_live_entrys_own_address_still_picks_the_entry() -> None:
    permalink = "https://tidewatch.example/2025/03/ferry-strike-live/post-9"
    entry = {
        **story("Union puts the offer to a vote", "Cormac Delaney", "2025-03-13T12:30:00+00:00"),
        "@type": "BlogPosting",
        "url": permalink,
    }
    blog = live_blog([entry], url="https://tidewatch.example/2025/03/ferry-strike-live/")
    result = page(ld(blog), url=permalink, h1="A vote on the offer")
    assert result.published_at().isoformat() == "2025-03-13T12:30:00+00:00"
