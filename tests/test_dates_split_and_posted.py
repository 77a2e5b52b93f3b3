"""Date lines whose date a theme splits over inline elements ("8.<a>Dezember 2024</a> um 09:43"),
and the sentence an old blog theme closes its post with ("This entry was posted on ...", "Dieser
Beitrag wurde am ... veröffentlicht"); pages we wrote."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.pages import GenericPage

UTC = timezone.utc
NOW = datetime(2026, 11, 28, tzinfo=UTC)
HEADLINE = "Apfelkuchen vom Blech mit Streuseln"
STORY = "".join(
    f"<p>Absatz {n}: Der Teig wird mit Butter, Zucker und einem Ei verknetet, dann dünn auf das Blech "
    f"gestrichen, mit Apfelspalten belegt und mit Streuseln bedeckt, bevor er vierzig Minuten backt.</p>"
    for n in range(1, 5)
)
# A comment with a later date and a footer with a version number that reads like a date (4.8.12).
COMMENTS = (
    '<div id="comments"><ol><li><cite>Karla</cite> <small class="commentmetadata">14. Januar 2025 um '
    "10:56</small><p>Sehr lecker, danke für das Rezept!</p></li></ol></div>"
)
FOOTER = "<div id='footer'>© Backstube am Deich 2026 · WordPress 4.8.12</div>"


def blog(
    meta_line: str, *, url: str = "https://backstube.example/rezepte/apfelkuchen.htm", after: str = ""
) -> GenericPage:
    body = (
        f'<div class="post"><h2 class="title"><a href="{url}" rel="bookmark">{HEADLINE}</a></h2>'
        f'{meta_line}<div class="entry">{STORY}{after}</div></div>{COMMENTS}{FOOTER}'
    )
    html = f'<html lang="de"><head><title>{HEADLINE}</title></head><body>{body}</body></html>'
    return GenericPage(html, url, fetched_at=NOW)


def test_a_date_line_split_over_links_is_read_whole() -> None:
    article = blog(
        '<p class="postmetadata">8.<a href="https://backstube.example/date/2024/12/">Dezember 2024</a> um 09:43'
        ' &middot; <a href="https://backstube.example/category/kuchen">Kuchen vom Blech</a> &middot; '
        '<a href="#comments">2 Kommentare</a></p>'
    )
    published = article.published_at()
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2024, 12, 8, 9, 43)
    assert "Dezember 2024" in article.published_raw()


def test_a_sentence_split_over_inline_elements_is_no_date_line() -> None:
    # The stamp says the 10th; a sentence in the lead names the 8th: no date line moves the stamp.
    stamp = '<meta property="article:published_time" content="2024-12-10T08:00:00+01:00">'
    body = (
        f"<article><h1>{HEADLINE}</h1><p>Seit dem <b>8.</b> Dezember 2024 backt die Backstube am Deich "
        f"jeden Morgen zwei Bleche mehr für den Markt.</p>{STORY}</article>"
    )
    html = f'<html lang="de"><head><title>{HEADLINE}</title>{stamp}</head><body>{body}</body></html>'
    article = GenericPage(html, "https://backstube.example/news/mehr-bleche", fetched_at=NOW)
    assert article.published_at() == datetime(2024, 12, 10, 8, 0, tzinfo=timezone(timedelta(hours=1)))


def test_an_english_theme_closing_sentence_gives_the_date() -> None:
    closing = (
        '<p class="postmetadata"><small>This entry was posted on Monday, May 19th, 2025 at 11:03 pm and is '
        'filed under <a href="https://backstube.example/category/news">News</a>. You can follow any '
        "responses to this entry through the RSS 2.0 feed.</small></p>"
    )
    article = blog("", after=closing)
    published = article.published_at()
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2025, 5, 19, 23, 3)


def test_a_german_theme_closing_sentence_gives_the_date() -> None:
    closing = (
        '<p class="postmetadata alt"><small>Dieser Beitrag wurde am Samstag, 3. Mai 2025 um 14:20 Uhr '
        'veröffentlicht und unter <a href="https://backstube.example/category/kuchen">Kuchen</a> abgelegt.'
        "</small></p>"
    )
    article = blog("", after=closing)
    published = article.published_at()
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2025, 5, 3, 14, 20)


def test_a_sentence_of_the_story_with_wurde_am_is_no_posting_date() -> None:
    # "wurde am ... geboren" is the story's, not the post's: the URL's day stands.
    story = "<p>Die Bäckerin wurde am 3. Mai 2024 in Lindau geboren und lernte das Handwerk bei ihrer Tante.</p>"
    article = blog("", url="https://backstube.example/2025/05/07/die-baeckerin/", after=story)
    published = article.published_at()
    assert published is not None and published.date() == datetime(2025, 5, 7).date()


def test_a_long_block_of_lines_with_wurde_is_read_once_and_only_up_to_the_limit(monkeypatch) -> None:
    # Each line of one block holds "wurde": the block is read once, and no further than the
    # longest closing sentence, not joined whole again for every line (quadratic in the page).
    from newscrawl.pages import base

    lines = "<br>".join(f"Die Fähre wurde am Morgen {n}. Mal umgeleitet, sagte die Hafenmeisterin." for n in range(400))
    page = GenericPage(
        f"<html><head><title>Fähre</title></head><body><h1>Fähre umgeleitet</h1><div>{lines}</div></body></html>",
        "https://faehre.example/news/umleitung",
        fetched_at=NOW,
    )
    read = []
    counted = base.normalize_space

    def counting(text):
        read.append(len(text or ""))
        return counted(text)

    monkeypatch.setattr(base, "normalize_space", counting)
    assert page._posted_sentence(frozenset()) == (None, None)
    assert sum(read) <= 2 * base.MAX_POSTED_SENTENCE_CHARS


@pytest.mark.parametrize(
    "sentence",
    [
        # German and English story sentences whose subject is not the post itself.
        "Der Prüfbericht wurde bereits am 12. Februar 2018 veröffentlicht, fand aber kaum Leser.",
        "The original recipe article was published on 9 October 2017 by the village guild, and reprinted since.",
        "Her grandmother's post was published on Instagram on 2 July 2021, and later taken down.",
        # The post's own subject, but a sentence of the story's text (no theme writes in it).
        "This article was published on 14 August 2016 in the parish newsletter, and copied widely.",
    ],
)
def test_a_story_sentence_saying_when_something_was_published_is_no_posting_date(sentence: str) -> None:
    story = f"<p>{sentence}</p>"
    article = blog("", url="https://backstube.example/2025/05/07/der-bericht/", after=story)
    assert sentence.split(",")[0] in (article.body() or "")  # the sentence is the story's
    published = article.published_at()
    assert published is not None and published.date() == datetime(2025, 5, 7).date()


@pytest.mark.parametrize(
    ("subject", "found"),
    [
        (f'<a href="https://backstube.example/rezepte/apfelkuchen.htm" rel="bookmark">{HEADLINE}</a>', True),
        ('<a href="https://backstube.example/rezepte/zwetschgen.htm">Zwetschgendatschi mit Zimt</a>', False),
    ],
)
def test_a_sidebars_about_this_entry_sentence_naming_the_posts_title_gives_the_date(subject: str, found: bool) -> None:
    # An old theme's "About this entry" box in the sidebar: its subject the post's own title, not
    # "Dieser Beitrag"; another post's title there is another post's date.
    sidebar = (
        f"<div id='sidebar'><ul><li><p>Über diesen Artikel: {subject} wurde am <nobr>19. Mai 2010</nobr> um "
        "<nobr>23:03</nobr> Uhr gepostet und unter <a href='/kat/kuchen'>Kuchen</a> abgelegt.</p></li></ul></div>"
    )
    published = blog("", after=sidebar).published_at()
    assert (published is not None and published.replace(tzinfo=None) == datetime(2010, 5, 19, 23, 3)) is found
