"""Which blocks are beside the article (related posts, comments, sidebars, footers): class and id
words read one by one, on pages we wrote."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.base import _FOREIGN_HEADING, _FOREIGN_LOOSE, _FOREIGN_STRICT, _foreign_word

STORY = "".join(
    f"<p>Paragraph {n} says the harbour board voted to close the old ferry pier after divers found rot.</p>"
    for n in range(1, 6)
)


def page(body: str, head: str = "<title>Old ferry pier to close</title>") -> GenericPage:
    return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://harbour.example/pier")


@pytest.mark.parametrize(
    "word",
    [
        "sidebar",
        "PageSidebar",
        "rightsidebar",
        "sidebar__widget",
        "sidebar--left",
        "sidebar-wrap",
        "main-sidebar",
        "comments",
        "commentlist",
        "comments__item",
        "comment-respond",
        "article__related",
        "relatedPosts",
        "jp-relatedposts",
        "crp_related",
        "mostpopular",
        "widget",
        "widget_recent_entries",
        "site-footer",
        "menu-main",
    ],
)
def test_words_of_blocks_beside_the_article_are_foreign(word: str) -> None:
    assert _foreign_word(word, _FOREIGN_STRICT)


@pytest.mark.parametrize(
    "word",
    [
        # A layout that has a sidebar, and the main column of one.
        "lay-sidebar",
        "sidebar__main",
        "has-sidebar",
        "with-sidebar",
        "no-sidebar",
        "layout--sidebar",
        "content-sidebar-wrap",
        # States of the page, not blocks.
        "comments-open",
        "showing-comments",
        # WordPress post classes naming a category or tag.
        "category-comment",
        "tag-related-news",
        # Longer words and page builders' modules.
        "commentary",
        "recently-updated",
        "elementor-widget",
        "elementor-widget-container",
    ],
)
def test_words_of_layouts_states_and_taxonomies_are_not_foreign(word: str) -> None:
    assert not _foreign_word(word, _FOREIGN_STRICT)
    assert not _foreign_word(word, _FOREIGN_HEADING)


def test_the_loose_reading_leaves_footers_and_menus_to_the_familys_selectors() -> None:
    assert _foreign_word("post-footer", _FOREIGN_STRICT)
    assert not _foreign_word("post-footer", _FOREIGN_LOOSE)
    assert _foreign_word("related-posts", _FOREIGN_LOOSE)


def test_a_date_in_the_main_column_of_a_sidebar_layout_is_the_articles() -> None:
    # The stamp is UTC; the day the page shows (the day before) puts it in the site's evening.
    head = '<meta property="article:published_time" content="2024-05-08T01:30:00Z">'
    body = f"""<div class="lay-sidebar">
    <div class="sidebar__aside"><time>9 May 2024</time></div>
    <div class="sidebar__main"><h1>Old ferry pier to close</h1>
    <span class="mod-date"><time>7 May 2024</time></span>{STORY}</div></div>"""
    published = page(body, head).published_at()
    assert published.date() == date(2024, 5, 7)
    assert published == datetime(2024, 5, 8, 1, 30, tzinfo=timezone.utc)


def test_a_date_in_a_post_tagged_with_a_foreign_word_is_read() -> None:
    body = f"""<article class="post-12 post type-post status-publish category-comment tag-related-news hentry">
    <h1>Old ferry pier to close</h1><div class="meta"><time datetime="2024-05-07T09:00:00+02:00">7 May</time></div>
    {STORY}</article>
    <div class="related-posts"><time datetime="2021-02-02T09:00:00+02:00">2 Feb</time></div>"""
    assert page(body).published_at().date() == date(2024, 5, 7)


def test_a_byline_in_a_page_builders_widget_or_a_commentary_section_is_read() -> None:
    builder = f"""<div class="elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
    <span class="byline">Mara Quist</span></div></div>{STORY}
    <div class="widget widget_recent_entries"><span class="byline">Ed Bell</span></div>"""
    assert page(builder)._byline_search() == [["Mara Quist"]]
    commentary = f"""<section class="commentary"><h1>Old ferry pier to close</h1>
    <span class="byline">Mara Quist</span>{STORY}</section>
    <ol class="commentlist"><li><span class="byline">Ed Bell</span></li></ol>"""
    assert page(commentary)._byline_search() == [["Mara Quist"]]


def test_dates_in_related_posts_comments_and_sidebars_stay_ignored() -> None:
    body = f"""<h1>Old ferry pier to close</h1>{STORY}
    <div class="sidebar--left"><time datetime="2021-02-02">2 Feb 2021</time></div>
    <ul class="comments__list"><li><time datetime="2021-03-03">3 Mar 2021</time></li></ul>
    <div class="yarpp-related"><time datetime="2021-04-04">4 Apr 2021</time></div>
    <div class="entry-meta"><time datetime="2024-05-07">7 May 2024</time></div>"""
    assert page(body).published_at().date() == date(2024, 5, 7)


def test_a_date_in_the_pages_breadcrumb_trail_is_read() -> None:
    body = f"""<div class="intro"><div class="intro__breadcrumbNavigation"><a href="/">Start</a>
    <span>07. Mai 2024</span> | <a href="/hafen">Hafen</a></div><h1>Old ferry pier to close</h1></div>{STORY}"""
    assert page(body).published_at().date() == date(2024, 5, 7)


def test_a_date_in_an_article_column_classed_like_a_sidebar_is_read() -> None:
    """No family selector reads this page: the column holding the paragraphs trafilatura took
    is the article's frame, though its class says "sidebar" and "widget"."""
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "The harbour board voted on Tuesday to close the old ferry pier after divers found rot in its piles.",
            "Repairs would have cost more than a new pier, the board's engineer told members at the meeting.",
            "Ferries will dock at the north quay from June, and the old ticket office will become a cafe.",
            "Fishermen who moor beside the pier asked for a year's notice; the board promised six months.",
        )
    )
    body = f"""<div class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="sidebar-wrap widget"><h1>Old ferry pier to close</h1>
    <div class="meta"><time datetime="2024-05-07T09:00:00+02:00">7 May 2024</time></div>{story}</div>
    <aside class="widget"><h3>Latest</h3><ul><li><a href="/a">Tide tables for the summer</a>
    <time datetime="2021-02-02T09:00:00+02:00">2 Feb 2021</time></li></ul></aside></div>
    <footer>Harbour Gazette, 1 Quay Street</footer>"""
    article = page(body)
    assert article._body_element[0] is None
    assert article.published_at() == datetime(2024, 5, 7, 7, tzinfo=timezone.utc)


def test_no_frame_from_paragraphs_found_nowhere_or_only_in_the_whole_page() -> None:
    from lxml import html

    from newscrawl.pages.body import holder

    lines = [
        "The harbour board voted on Tuesday to close the old ferry pier after divers found rot in its piles.",
        "Repairs would have cost more than a new pier, the board's engineer told members at the meeting.",
    ]
    loose = html.fromstring("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")
    assert holder(loose, lines) is None
    assert holder(loose, ["A sentence that the page does not hold anywhere at all, in any of its blocks."] * 2) is None
    boxed = html.fromstring(
        "<html><body><nav>Home</nav><div id='story'>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</div><footer>Harbour Gazette, 1 Quay Street, and a long line of links and notices</footer></body></html>"
    )
    assert boxed.get_element_by_id("story") is holder(boxed, lines)


def test_htmldate_does_not_read_a_comments_stamp_on_a_page_that_marks_up_no_date() -> None:
    """htmldate's markup search reads every <time>; it reads the page without its comments and
    related posts, and the date the article writes on a line of its own wins."""
    body = f"""<h1>Old ferry pier to close</h1><p>7 May 2024</p>{STORY}
    <div class="comments"><h3>2 comments</h3><div class="comment">
    <time datetime="2024-05-19T10:00:00">19 May 2024</time><p>About time too.</p></div></div>
    <div class="related-posts"><time datetime="2024-04-02">2 Apr 2024</time> <a href="/tides">Tide tables</a></div>"""
    published = page(body)
    assert published.published_at().date() == date(2024, 5, 7)
    assert published.published_raw() == "7 May 2024"


def test_an_embedded_posts_date_is_not_the_articles() -> None:
    """An Instagram post's <time> and a tweet's date link are the post's, not the article's."""
    instagram = """<blockquote class="instagram-media" data-instgrm-version="14"><p>A post shared by
    Harbour Divers (@harbourdivers) on <time datetime="2023-03-12T19:30:12+00:00">Mar 12, 2023 at 12:30pm PDT</time>
    </p></blockquote>"""
    tweet = """<blockquote class="twitter-tweet"><p>Pier closed from Monday.</p>&mdash; Harbour Board
    (@harbourboard) <a href="https://twitter.com/harbourboard/status/1">April 30, 2024</a></blockquote>"""
    body = f"<h1>Old ferry pier to close</h1><p>07.05.2024</p>{STORY}{instagram}{tweet}"
    published = page(body)
    assert published.published_at().date() == date(2024, 5, 7)
    assert published.published_raw() == "07.05.2024"
    # The page's only date in an embed: no date rather than the post's.
    assert page(f"<h1>Old ferry pier to close</h1>{STORY}{instagram}{tweet}").published_at() is None
