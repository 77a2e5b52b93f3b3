"""The date line a page shows under its headline against its stamps, and htmldate on the page
without its foreign blocks (no copy of the tree); pages we wrote."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import htmldate
import pytest
from lxml import html as lxml_html

from newscrawl.pages import GenericPage, WordPressPage

HEADLINE = "Old ferry pier to close after divers find rot"
STORY = "".join(
    f"<p>Paragraph {n} says the harbour board voted on Tuesday to close the old ferry pier after a team of "
    f"divers found rot in most of the piles that hold up its deck, and that repairs would cost too much.</p>"
    for n in range(1, 6)
)


def page(
    dateline: str = "",
    stamp: str | None = "2022-01-04T09:15:00+01:00",
    url: str = "https://harbour.example/news/pier",
    after: str = "",
    **kwargs: object,
) -> GenericPage:
    ld = (
        f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": HEADLINE, "datePublished": stamp})}</script>'
        if stamp
        else ""
    )
    body = f"<article><h1>{HEADLINE}</h1>{dateline}{STORY}{after}</article>"
    return GenericPage(f"<html><head><title>{HEADLINE}</title>{ld}</head><body>{body}</body></html>", url, **kwargs)


def test_the_date_line_under_the_headline_beats_a_stamp_of_another_day() -> None:
    article = page('<div class="meta"><span>12.01.2022</span> <span>Jane Doe</span></div>')
    assert article.published_at().date() == date(2022, 1, 12)
    assert article.published_raw() == "12.01.2022"
    # Written in the stamp's zone: the day stays the day shown.
    assert article.published_at().utcoffset() == timedelta(hours=1)


def test_a_shown_time_is_read_in_the_zone_of_the_stamp() -> None:
    article = page("<p>Veröffentlicht am 12. Januar 2022, 14:30 Uhr</p>")
    assert article.published_at() == datetime(2022, 1, 12, 14, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "dateline",
    [
        "<p>Updated Jan 12, 2022</p>",
        "<p>Aktualisiert: 12.01.2022, 10:27</p>",
        '<p><span class="label">Last updated</span> <time>January 12, 2022</time></p>',
        "<p>Stand: 12.01.2022 18:00 Uhr</p>",
        # The French noun as well as the participle, and the Polish noun.
        "<p>Mise à jour le 12 janvier 2022</p>",
        "<p>Mis à jour le 12 janvier 2022</p>",
        "<p><span>Aktualizacja:</span> <span>12.01.2022, 05:53</span></p>",
    ],
)
def test_a_date_line_labelled_as_an_update_leaves_the_publication_stamp(dateline: str) -> None:
    assert page(dateline).published_at() == datetime(2022, 1, 4, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_the_stamp_stands_when_the_page_shows_its_day_too() -> None:
    # A published and an updated line, neither labelled: the stamp's day is among them.
    article = page("<p><time>04.01.2022</time> <time>12.01.2022</time></p>")
    assert article.published_at() == datetime(2022, 1, 4, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_the_stamp_stands_when_the_url_carries_its_day() -> None:
    article = page("<p>12 January 2022</p>", url="https://harbour.example/2022/01/04/pier/")
    assert article.published_at().date() == date(2022, 1, 4)


def test_a_day_and_month_that_read_either_way_do_not_overrule_the_stamp() -> None:
    assert page("<p>01/12/2022</p>").published_at().date() == date(2022, 1, 4)
    # 13 can only be a day: that one does.
    assert page("<p>13/01/2022</p>").published_at().date() == date(2022, 1, 13)


def test_a_late_evening_stamp_shown_as_the_next_local_day_keeps_its_instant() -> None:
    article = page("<p>5 January 2022</p>", stamp="2022-01-04T23:30:00Z")
    assert article.published_at().astimezone(timezone.utc) == datetime(2022, 1, 4, 23, 30, tzinfo=timezone.utc)


def test_dates_in_the_story_teasers_and_related_posts_are_no_date_lines() -> None:
    in_text = "<p>The pier opened on 3 March 1961 and served three ferry lines.</p>"
    related = '<div class="related-posts"><span>12.01.2022</span> <a href="/tides">Tide tables</a></div>'
    teaser = '<div class="teaser-card"><time>12.01.2022</time><h3><a href="/x">Other story</a></h3></div>'
    for dateline in (in_text, related, teaser):
        assert page(dateline).published_at().date() == date(2022, 1, 4), dateline
    # Past the story's second paragraph a date is the story's own.
    assert page(after="<p>12.01.2022</p>").published_at().date() == date(2022, 1, 4)


def test_the_rest_post_date_is_not_overruled_by_the_page() -> None:
    rest = {"date_gmt": "2022-01-04T08:15:00", "title": {"rendered": HEADLINE}}
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><p>12.01.2022</p>{STORY}</body></html>"
    )
    article = WordPressPage(html, "https://harbour.example/pier", rest_post=rest)
    assert article.published_at() == datetime(2022, 1, 4, 8, 15, tzinfo=timezone.utc)


def test_a_page_with_no_stamp_takes_its_date_line_without_htmldate(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_htmldate(*args: object, **kwargs: object) -> None:
        raise AssertionError("htmldate called although the page shows its date")

    monkeypatch.setattr(htmldate, "find_date", no_htmldate)
    article = page("<p>Publié le 12 janvier 2022</p>", stamp=None)
    assert article.published_at().date() == date(2022, 1, 12)
    assert article.published_raw() == "Publié le 12 janvier 2022"


def test_htmldate_reads_the_page_without_its_comments_and_the_page_is_left_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bytes] = []
    real = htmldate.find_date

    def spy(tree: object, *args: object, **kwargs: object) -> str | None:
        seen.append(lxml_html.tostring(tree))
        return real(tree, *args, **kwargs)

    monkeypatch.setattr(htmldate, "find_date", spy)
    comments = (
        '<div class="comments">Readers wrote: <div class="comment"><time datetime="2022-02-19T10:00:00">'
        "19 Feb 2022</time><p>About time too.</p></div>tail of the comments</div>after the comments"
    )
    article = page(stamp=None, after=comments)
    before = lxml_html.tostring(article.tree)
    assert article.published_at() is None  # the comment's date is no article's date
    assert seen and b"About time too" not in seen[0] and b"after the comments" in seen[0]
    assert lxml_html.tostring(article.tree) == before


def _headed(h1: str, header_class: str = "meta") -> GenericPage:
    ld = json.dumps({"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2022-01-04T09:15:00+01:00"})
    body = f'<article><div class="{header_class}"><h1>{h1}</h1><p>12.01.2022</p></div>{STORY}</article>'
    html = f'<html><head><title>{HEADLINE}</title><script type="application/ld+json">{ld}</script></head><body>{body}</body></html>'
    return GenericPage(html, "https://harbour.example/news/pier")


def test_the_date_line_under_an_h1_that_shows_a_kicker_before_the_headline() -> None:
    article = _headed(f'<span class="topline">Harbour board vote</span> <span>{HEADLINE}</span>')
    assert article.published_at().date() == date(2022, 1, 12)


def test_the_block_around_the_headline_is_the_articles_whatever_its_name() -> None:
    # An opinion column's header named after comments ("ArticleHeaderComment") holds the date line.
    assert _headed(HEADLINE, "ArticleHeaderComment").published_at().date() == date(2022, 1, 12)
    # A comments block below the headline still is foreign.
    article = page('<div class="comments"><p>12.01.2022</p></div>')
    assert article.published_at().date() == date(2022, 1, 4)


def test_a_date_line_after_the_pages_last_edit_is_an_events_not_the_publication() -> None:
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "datePublished": "2022-01-04T09:15:00+01:00",
            "dateModified": "2022-01-05T10:00:00+01:00",
        }
    )
    head = f'<title>{HEADLINE}</title><script type="application/ld+json">{ld}</script>'

    def shown(line: str) -> GenericPage:
        body = f"<article><h1>{HEADLINE}</h1><p>{line}</p>{STORY}</article>"
        return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://harbour.example/news/pier")

    assert shown("Termin: 12.02.2022, 19 Uhr").published_at().date() == date(2022, 1, 4)
    # A date line on or before the last edit is still the page's date.
    assert shown("05.01.2022").published_at().date() == date(2022, 1, 5)


def test_a_stamp_that_reads_either_way_takes_the_order_of_the_day_the_page_writes() -> None:
    assert page(stamp="11/01/2022 10:00").published_at().date() == date(2022, 1, 11)  # day first, as before
    written = page(stamp="11/01/2022 10:00", after="<p>Erstellt am: 01.11.2022</p>")
    assert written.published_at().date() == date(2022, 11, 1)
    assert written.published_raw() == "11/01/2022 10:00"
    other = page(stamp="11/01/2022 10:00", after="<p>Erstellt am: 11.01.2022</p>")
    assert other.published_at().date() == date(2022, 1, 11)


def test_the_date_line_above_the_headline_in_its_header() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2022-01-04T09:15:00+01:00"})
    head = f'<title>{HEADLINE}</title><script type="application/ld+json">{ld}</script>'

    def above(before: str) -> GenericPage:
        body = f'<article><div class="item">{before}<h1>{HEADLINE}</h1></div>{STORY}</article>'
        return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://harbour.example/news/pier")

    assert above("<div>12.01.2022 <span>- Editor: Jane Doe</span></div>").published_at().date() == date(2022, 1, 12)
    # Too far above (a long menu in between) or in a block of its own kind, it is not the page's.
    menu = "<ul>" + "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(8)) + "</ul>"
    assert above(f"<div>12.01.2022</div>{menu}").published_at().date() == date(2022, 1, 4)
    assert above('<div class="related-posts"><span>12.01.2022</span></div>').published_at().date() == date(2022, 1, 4)


def test_a_date_line_with_an_update_label_after_its_date_is_the_publication() -> None:
    assert page("<p>January 12, 2022 / 12:25 PM / Updated 8 hours ago</p>").published_at().date() == date(2022, 1, 12)
    # The label before the date: the date is the update's, the stamp stands.
    assert page("<p>Updated 8 hours ago / January 12, 2022</p>").published_at().date() == date(2022, 1, 4)


def test_the_date_line_under_a_headline_shown_after_its_kicker_is_found() -> None:
    # The title is the heading's main line (its kicker left out): the date line under that heading
    # still counts, as it did when the breadcrumb's <h1> was the headline.
    ld = json.dumps({"@type": "NewsArticle", "headline": "Harbour", "datePublished": "2022-01-04T09:15:00+01:00"})
    head = f"""<title>Waterfront - Old pier to close | Harbour Times</title>
    <meta property="og:title" content="Waterfront: {HEADLINE}"><script type="application/ld+json">{ld}</script>"""
    body = f"""<div class="page-breadcrumb"><a href="/">Home</a> <h1>Waterfront - Old pier to close</h1></div>
    <div id="main"><h2><span class="subline">Waterfront</span> <span class="headline">{HEADLINE}</span></h2>
    <div class="meta"><span>12.01.2022</span></div><div class="text">{STORY}</div></div>"""
    article = GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://harbour.example/news/pier")
    assert article.title() == HEADLINE
    assert article.published_at().date() == date(2022, 1, 12)


def test_a_date_only_stamp_takes_the_time_of_the_date_line_of_its_day() -> None:
    article = page("<p>2022-01-12 17:11</p>", stamp="2022-01-12")
    assert article.published_at() == datetime(2022, 1, 12, 17, 11, tzinfo=timezone.utc)
    assert article.published_raw() == "2022-01-12 17:11"
    # A line of another day lends no time.
    assert page("<p>2022-01-13 17:11</p>", stamp="2022-01-12").published_at().date() == date(2022, 1, 13)


def test_a_date_only_attribute_takes_the_time_its_element_shows() -> None:
    article = page('<p><span itemprop="datePublished" content="2022-01-12">12.01.2022 21:55</span></p>', stamp=None)
    assert article.published_at() == datetime(2022, 1, 12, 21, 55, tzinfo=timezone.utc)


def test_a_z_stamp_whose_wall_clock_the_date_line_shows_with_its_zone_was_local() -> None:
    # The markup says 05:30 UTC, the page says 5:30 in the morning Eastern time: the "Z" was wrong.
    article = page("<p>Published January 12, 2022 5:30AM (EST)</p>", stamp="2022-01-12T05:30:41Z")
    assert article.published_at() == datetime(2022, 1, 12, 10, 30, 41, tzinfo=timezone.utc)
    assert article.published_at().utcoffset() == timedelta(hours=-5)
    # A line with another wall clock is no evidence: the stamp keeps its instant.
    other = page("<p>Published January 12, 2022 6:45AM (EST)</p>", stamp="2022-01-12T05:30:41Z")
    assert other.published_at() == datetime(2022, 1, 12, 5, 30, 41, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("date_class", "expected"),
    [
        # An element of the header block, whatever its own name says ("Comment" is the column's kind).
        ("ArticleHeaderComment_publishDate", date(2022, 1, 12)),
        ("ArticleHeaderComment__publishDate", date(2022, 1, 12)),
        # A comment block of its own is still no date line.
        ("CommentList_date", None),
    ],
)
def test_a_date_in_an_element_of_the_header_block_is_the_date_line(date_class: str, expected: date | None) -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        f'<article class="ArticleHeaderComment"><div class="ArticleHeaderComment_subject"><h1>{HEADLINE}</h1></div>'
        f'<div class="{date_class}">12.01.2022</div></article>'
        f'<div class="PageArticle_body">{STORY}</div></body></html>'
    )
    published = GenericPage(html, "https://harbour.example/news/pier").published_at()
    assert (published.date() if published else None) == expected


def test_a_sidebar_inside_the_article_holds_its_date_when_nothing_else_does() -> None:
    def build(where: str) -> GenericPage:
        facts = '<div class="sidebar"><p class="time"><time datetime="2022-01-28">28. Januar</time></p></div>'
        article = f"<article><h1>{HEADLINE}</h1>{facts if where == 'inside' else ''}{STORY}</article>"
        outside = facts if where == "outside" else ""
        return GenericPage(
            f"<html><head><title>{HEADLINE}</title></head><body>{article}{outside}</body></html>",
            "https://harbour.example/news/pier",
        )

    assert build("inside").published_at().date() == date(2022, 1, 28)
    # The site's sidebar beside the article is the site's.
    assert build("outside").published_at() is None
