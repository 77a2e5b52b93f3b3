"""A "+00:00" stamp on the clock a page shows: a local clock mislabelled by a CMS, unless the page
says it is a WordPress.com blog, whose stamps are the post's UTC time (a blog set to UTC, the
platform's default, shows that same clock); and an ISO stamp only a script holds, which dates no
page unless the script names it the publication. Pages we wrote."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newscrawl.pages import GenericPage

UTC = timezone.utc
STORY = (
    "<p>Behind the dyke at Morsum stands an orchard of old apple kinds that the Kerbel family has kept "
    "for three generations; in spring more than forty trees flower there at once.</p>"
    "<p>The kinds carry names such as Red Meadowling and Grey Marlene, and each has a story of its own "
    "that Hanne Kerbel likes to tell to anyone who walks past the gate on a Sunday.</p>"
    "<p>Visitors may walk through the orchard on two Sundays a year and take cuttings home for their "
    "own gardens, as long as they sign the book by the shed.</p>"
)


def page(generator: str, stamp: str, shown: str, url: str = "https://orchardnotes.wordpress.com/2021/03/04/morsum/"):
    html = f"""<html lang="de-DE"><head><title>The orchard at Morsum</title>
<meta name="generator" content="{generator}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{stamp}" />
</head><body><div id="page"><article class="post">
<h1 class="entry-title">The orchard at Morsum</h1>
<div class="entry-meta"><span class="posted-on">{shown}</span></div>
<div class="entry-content">{STORY}</div>
</article></div></body></html>"""
    return GenericPage(html.encode(), url)


def test_a_wordpress_com_stamp_on_the_shown_clock_is_utc() -> None:
    published = page("WordPress.com", "2021-03-04T21:40:12+00:00", "4. März 2021 · 21:40").published_at()
    assert published == datetime(2021, 3, 4, 21, 40, 12, tzinfo=UTC)
    assert published.utcoffset() == timedelta(0)  # written as the page shows it


def test_a_late_evening_wordpress_com_stamp_keeps_the_day_the_page_shows() -> None:
    published = page("WordPress.com", "2021-03-04T23:40:12+00:00", "4. März 2021 · 23:40").published_at()
    assert published == datetime(2021, 3, 4, 23, 40, 12, tzinfo=UTC)
    assert published.date().isoformat() == "2021-03-04"  # not Berlin's 5 March


def test_a_wordpress_com_blog_on_a_domain_of_its_own() -> None:
    published = page(
        "WordPress.com", "2021-03-04T21:40:12+00:00", "4. März 2021 · 21:40", url="https://orchardnotes.de/morsum/"
    ).published_at()
    assert published == datetime(2021, 3, 4, 21, 40, 12, tzinfo=UTC)


def test_another_cms_stamp_on_the_shown_clock_is_still_the_local_clock() -> None:
    # A self-hosted WordPress (or any other CMS) on a German page: the "+00:00" is put on Berlin's clock.
    published = page(
        "WordPress 6.4.2", "2021-03-04T21:40:12+00:00", "4. März 2021 · 21:40", url="https://orchardnotes.de/morsum/"
    ).published_at()
    assert published == datetime(2021, 3, 4, 20, 40, 12, tzinfo=UTC)


def test_a_wordpress_com_blog_that_shows_another_clock_is_shown_in_that_offset() -> None:
    # A blog set to Berlin shows 22:40 for the stamp's 21:40 UTC: the instant stands, written at +01:00.
    published = page("WordPress.com", "2021-03-04T21:40:12+00:00", "4. März 2021 · 22:40").published_at()
    assert published == datetime(2021, 3, 4, 21, 40, 12, tzinfo=UTC)
    assert published.utcoffset() == timedelta(hours=1)


def _us_page(shown: str) -> GenericPage:
    html = f"""<html lang="en-US"><head><title>The orchard at Morsum</title>
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2021-03-05T02:16:00Z" />
</head><body><article><h1>The orchard at Morsum</h1><p class="byline">By Ada Brook | {shown}</p>
{STORY}</article></body></html>"""
    return GenericPage(html.encode(), "https://orchardnotes.com/news/morsum")


def test_a_utc_stamp_the_date_line_shows_as_its_clock_is_written_in_utc() -> None:
    # A US-English page of no one clock (the US spans zones) shows the "Z" stamp's own clock: it writes
    # UTC, so the instant stays on the day it shows, not on New York's day before.
    published = _us_page("March 5, 2021 2:16 AM").published_at()
    assert published == datetime(2021, 3, 5, 2, 16, tzinfo=UTC)
    assert published.date().isoformat() == "2021-03-05"


def test_a_utc_stamp_shown_on_another_clock_keeps_that_clocks_offset() -> None:
    published = _us_page("March 4, 2021 9:16 PM").published_at()
    assert published == datetime(2021, 3, 5, 2, 16, tzinfo=UTC)
    assert published.utcoffset() == timedelta(hours=-5)


# -- a stamp in a script the page never shows -----------------------------------------------------


def _undated_page(script: str) -> GenericPage:
    html = f"""<html lang="de"><head><title>The ten gardens our readers liked best</title></head><body>
<header><nav><a href="/">Home</a> <a href="/magazine/">Magazine</a></nav></header>
<main><h1>The ten gardens our readers liked best</h1>{STORY}</main>
{script}
<footer><p>Orchard Notes, a magazine for people who grow things.</p></footer></body></html>"""
    return GenericPage(html.encode(), "https://orchardnotes.example/magazine/ten-gardens-readers-liked-best")


def test_an_ads_stamp_in_a_script_does_not_date_the_page() -> None:
    script = (
        '<script id="app-ctx" type="application/json">{"promos":[{"id":4,"label":"GREENHOUSES",'
        '"startDate":"2019-05-03T22:00:00.000Z","endDate":"2019-06-03T22:00:00.000Z"}]}</script>'
    )
    assert _undated_page(script).published_at() is None


def test_a_scripts_publication_key_still_dates_the_page() -> None:
    script = '<script type="application/json" data-state="dates">{"publishedDate":"2021-03-04T10:20:00Z"}</script>'
    published = _undated_page(script).published_at()
    assert published is not None and published.date().isoformat() == "2021-03-04"


def test_a_stamp_under_a_publication_like_key_in_any_quoting_still_dates_the_page() -> None:
    scripts = [
        # a dataLayer in single quotes
        "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'pageKind':'story',"
        "'storyPublishDate':'2021-03-04T10:20:00+00:00','desk':'garden'});</script>",
        # a Next.js app-router push: its keys escaped inside a string
        '<script>self.__next_f.push([1,"7:[\\"$\\",\\"main\\",null,{\\"entry\\":{\\"slug\\":\\"gardens\\",'
        '\\"datePublished\\":\\"2021-03-04T10:20:00Z\\"}}]\\n"])</script>',
        # a state under other key names
        '<script>window.__APP__ = {"entry":{"id":7,"created":"2021-03-04T10:20:00Z"}};</script>',
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"entry":'
        '{"slug":"gardens","date":"2021-03-04T10:20:00"}}}}</script>',
    ]
    for script in scripts:
        published = _undated_page(script).published_at()
        assert published is not None and published.date().isoformat() == "2021-03-04", script


def test_an_offers_stamps_beside_no_publication_key_do_not_date_the_page() -> None:
    script = (
        "<script>var shopBox = {'sku':'GH-12', offer: {validFrom:'2019-05-03T22:00:00Z',"
        "'priceValidUntil':'2019-06-03T22:00:00Z'}};</script>"
    )
    assert _undated_page(script).published_at() is None
    # Keys named like a date's that hold none (a zone, a user) leave the ad's stamps hidden.
    script = (
        '<script>window.__CTX__ = {"timeZone":"Europe/Vienna","createdBy":"site","promos":[{"id":4,'
        '"startDate":"2019-05-03T22:00:00.000Z","endDate":"2019-06-03T22:00:00.000Z"}]};</script>'
    )
    assert _undated_page(script).published_at() is None
