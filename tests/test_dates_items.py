"""Dates of things a story embeds are not the story's (session 15, brief FD14): a video's,
an image's or a reviewed book's microdata ``datePublished`` (``document.in_other_item``) gives
way to the article's own stamps and date lines."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newscrawl.pages import GenericPage

HEADLINE = "Regional council approves the dam plan after a long night"
STORY = "".join(
    f"<p>Paragraph {n} tells how the council voted on the dam, what the access road will cost and "
    f"when the reservoir should be full, as the chair explained after the session.</p>"
    for n in range(1, 5)
)
#: A clip of an explainer filmed two years earlier, with its own microdata.
VIDEO_META = (
    "<div class='video' itemscope itemtype='https://schema.org/VideoObject'>"
    "<meta itemprop='name' content='How the dam would work'>"
    "<meta itemprop='uploadDate' content='2023-05-02T10:00:00+00:00'>"
    "<meta itemprop='datePublished' content='2023-05-02T10:00:00+00:00'>"
    "<iframe src='https://www.youtube.com/embed/x1'></iframe></div>"
)
VIDEO_SHOWN = (
    "<div itemscope itemtype='http://schema.org/VideoObject'><span itemprop='name'>How the dam would work</span>"
    " <span itemprop='datePublished'>2023-05-02</span></div>"
)
PUBLISHED = datetime(2025, 3, 10, 8, 0, tzinfo=timezone(timedelta(hours=1)))


def page(
    head: str, embed: str, url: str = "https://valley-news.example/2025/dam-plan.html", **extra: str
) -> GenericPage:
    scope = extra.get("scope", "")
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title>{head}</head><body><article{scope}>"
        f"<h1>{HEADLINE}</h1>{STORY[:200]}{embed}{STORY}</article></body></html>"
    )
    return GenericPage(html, url)


def test_an_embedded_videos_meta_date_does_not_beat_the_articles_date_meta() -> None:
    # itemprop metas are read with the head's: the video's "datePublished" came before "pubdate".
    got = page("<meta name='pubdate' content='2025-03-10T08:00:00+01:00'>", VIDEO_META)
    assert got.published_at() == PUBLISHED


def test_an_embedded_videos_shown_date_is_no_date_line() -> None:
    # The video's own date element under the headline replaced the stamp as the date "shown".
    got = page("<meta name='date' content='2025-03-10T08:00:00+01:00'>", VIDEO_SHOWN)
    assert got.published_at() == PUBLISHED


def test_a_recordings_date_dates_a_page_that_gives_no_other() -> None:
    # A podcast episode's page: its recording's item is its only date, and the story's (a last resort).
    got = page("", VIDEO_SHOWN, url="https://valley-news.example/dam-plan.html")
    assert got.published_at() is not None and got.published_at().date().isoformat() == "2023-05-02"


def test_the_articles_own_microdata_date_is_still_read() -> None:
    scope = " itemscope itemtype='https://schema.org/NewsArticle'"
    own = "<meta itemprop='datePublished' content='2025-03-10T08:00:00+01:00'>"
    got = page("", own + VIDEO_META, url="https://valley-news.example/dam-plan.html", scope=scope)
    assert got.published_at() == PUBLISHED


def test_a_video_item_that_holds_the_headline_is_the_pages_own() -> None:
    # A video's page: the item around the headline is the page's, its date the page's date.
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body>"
        "<div itemscope itemtype='https://schema.org/VideoObject'>"
        "<meta itemprop='datePublished' content='2025-03-10T08:00:00+01:00'>"
        f"<h1>{HEADLINE}</h1>{STORY}</div></body></html>"
    )
    assert GenericPage(html, "https://valley-news.example/video/dam-plan").published_at() == PUBLISHED
