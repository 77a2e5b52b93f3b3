"""Where the page shows its own date when it is not right under the headline (session 14, brief
FD13): the article's box of facts set as an ``<aside>``, a date line that names its section and
source after dashes."""

from __future__ import annotations

from datetime import datetime, timezone

from newscrawl.items import local_form
from newscrawl.pages import GenericPage

UTC = timezone.utc
HEADLINE = "Valley ski club opens a second touring trail above the lake"
LEAD = (
    "<div class='intro'><p>The club marked the new trail with poles this week, and members say it "
    "keeps skiers away from the slopes where the deer spend the winter months.</p></div>"
)
STORY = "".join(
    f"<p>Paragraph {n} says the trail climbs through the forest for two hours, that the club will "
    f"groom it twice a week and that the warden asked skiers to keep to the marked line.</p>"
    for n in range(1, 5)
)
TEASERS = (
    "<aside class='sidebar'><h3>More from the valley</h3><ul>"
    "<li><a href='/a'>Farmers vote on the new milk price in the village hall</a> <time datetime='2022-01-10'>10.01.2022</time></li>"
    "<li><a href='/b'>Village choir sings for the last time before the holidays</a> <time datetime='2022-01-12'>12.01.2022</time></li>"
    "</ul></aside>"
)


def page(
    between: str, url: str = "https://valley-news.example/ski/second-trail.html", *, head: str = "", wrap: bool = True
) -> GenericPage:
    """The article with ``between`` after its lead, inside its ``<article>`` (``wrap``) or in a
    ``<div>`` with the headline and lead, the story's ``<article>`` after it."""
    top = f"<header><h1>{HEADLINE}</h1></header>{LEAD}{between}"
    inner = f"<article>{top}{STORY}</article>" if wrap else f"<div>{top}</div><article>{STORY}</article>"
    html = f'<html lang="de"><head><title>{HEADLINE}</title>{head}</head><body><main>{inner}</main></body></html>'

    return GenericPage(html, url)


def day(article: GenericPage) -> str | None:
    value = article.published_at()
    local = local_form(value, article.published_precision())
    return local[:10] if local else None


# -- an <aside> that is the article's own box of facts --------------------------------------------------


def test_facts_aside_date_beats_a_generic_meta_stamp_of_another_day() -> None:
    """``<aside class="meta">`` after the lead holds the article's date; the page's ``<meta
    name="date">`` is a later save. The box's date is the date the reader sees."""
    box = (
        "<aside class='meta' role='complementary'><div class='meta__row meta__row--posted'><p>"
        "<time datetime='2022-01-21'>21.01.2022 - 13:30</time></p></div>"
        "<div class='meta__row'><p>Quelle: Valley ski club</p></div></aside>"
    )
    article = page(box, head='<meta name="date" content="2022-01-26T14:32:06+01:00">')
    assert day(article) == "2022-01-21"
    assert article.published_at() == datetime(2022, 1, 21, 12, 30, tzinfo=UTC)


def test_facts_aside_labelled_date_dates_a_page_with_no_stamp() -> None:
    """``<aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd>...``: a blog's facts list."""
    box = (
        "<aside class='blogData'><dl><dt>Datum</dt><dd>12.01.2022</dd><dt>Kategorie</dt>"
        "<dd><a href='/ski/'>Ski</a></dd></dl></aside>"
    )
    assert day(page(box)) == "2022-01-12"


def test_facts_aside_event_date_does_not_date_the_page() -> None:
    """``<aside class="info"><strong>Termin</strong><br>Samstag, 14. November 2026, 16 Uhr``: an
    event's date in the box of facts (no ``<time>``, no publication label) is not the article's."""
    box = "<aside class='info'><strong>Termin</strong><br>Samstag, 14. November 2026, 16 Uhr</aside>"
    assert day(page(box)) is None
    labelled = "<aside class='info'><strong>Veröffentlicht</strong><br>Samstag, 14. November 2026, 16 Uhr</aside>"
    assert day(page(labelled)) == "2026-11-14"


STAMP = '<meta property="article:published_time" content="2022-01-20T09:15:00+01:00">'


def test_sidebar_aside_stays_foreign() -> None:
    """An ``<aside>`` of teasers after the lead is a sidebar: its dates are other stories', no date
    line that would beat the page's stamp."""
    assert day(page(TEASERS, wrap=False, head=STAMP)) == "2022-01-20"


def test_facts_named_aside_of_teasers_stays_foreign() -> None:
    """A box named for facts that links to other stories is a rail, whatever its name."""
    rail = TEASERS.replace("class='sidebar'", "class='news-data'")
    assert day(page(rail, wrap=False, head=STAMP)) == "2022-01-20"
    assert day(page(rail, head=STAMP)) == "2022-01-20"


# -- a date line with its section and source after dashes -------------------------------------------


def test_date_line_above_headline_with_section_and_source_after_dashes() -> None:
    """ "02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red" above the ``<h1>``: the date, the
    section and the source, each set apart by a dash; teasers lower down carry other days."""
    html = (
        f'<html lang="de"><head><title>{HEADLINE}</title></head><body><div id="copynews">'
        f"<p>02.02.2022 10:16 Uhr - Wintersport - PM Vereine, red</p><h1>{HEADLINE}</h1>{LEAD}{STORY}</div>"
        "<div class='tab-pane' id='tab_news_read'>"
        "<p><small>30.01.2022 · Männer</small></p><p><a href='/n1'>Farmers vote on the new milk price in the village hall</a></p>"
        "<p><small>30.01.2022 · Frauen</small></p><p><a href='/n2'>Village choir sings for the last time before the holidays</a></p>"
        "</div></body></html>"
    )
    article = GenericPage(html, "https://valley-news.example/news-1-1-1-139353.html")
    assert day(article) == "2022-02-02"
    assert local_form(article.published_at(), article.published_precision()) == "2022-02-02T10:16:00+01:00"


def test_sentence_after_a_dash_is_no_date_line() -> None:
    """A dash does not make a sentence a name: "12.01.2022 - Die Gemeinde hat am Abend den neuen
    Weg über den Pass für alle Skifahrer freigegeben" is the story's first line, not a date line."""
    line = "<p>12.01.2022 - Die Gemeinde gab am Abend den Weg frei</p>"
    article = page(line, url="https://valley-news.example/2022/01/20/second-trail.html")
    assert day(article) == "2022-01-20"


def test_an_events_place_after_a_dash_is_no_date_line() -> None:
    """ "am 19.05.2007 in Aalen-Wasseralfingen – Talstadion am Kocher": an event's date and place in the text, a clause before
    the dash; the line stays in the body, the page's stamp stands."""
    line = "<p>Kreismeisterschaften der Schüler</p><p>am 19.05.2007 in Aalen-Wasseralfingen – Talstadion am Kocher</p>"
    stamp = '<meta property="article:published_time" content="2007-05-20T18:00:00+02:00">'
    article = page(line, url="https://valley-news.example/ergebnisse.html", head=stamp)
    assert day(article) == "2007-05-20"
    assert "am 19.05.2007 in Aalen-Wasseralfingen – Talstadion am Kocher" in article.body()


# -- a generic "date" meta against the publication marked up on the article ------------------------


def _news_single(meta: str, marked: str) -> GenericPage:
    """A TYPO3 news page: the headline in an ``<h3>``, the date in the news record's "footer"."""
    html = (
        f'<html lang="de"><head><title>{HEADLINE}</title>{meta}</head><body><div class="news news-single">'
        f'<div class="article"><div class="header"><h3 itemprop="headline">{HEADLINE}</h3></div>'
        f'<div class="footer"><p><span class="news-list-date">{marked}</span></p></div>'
        f"{LEAD}{STORY}</div></div></body></html>"
    )
    return GenericPage(html, "https://valley-news.example/aktuelles/second-trail/")


def test_marked_up_publication_beats_a_generic_date_meta() -> None:
    """``<meta name="date">`` holds the page's last change (the 21st); the news record marks its
    publication ``<time itemprop="datePublished" datetime="2022-01-27">``: the 27th."""
    meta = '<meta name="date" content="2022-01-21T15:38:44+01:00"><meta name="DCTERMS.date" content="2022-01-21T15:38:44+01:00">'
    marked = '<time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>'
    assert day(_news_single(meta, marked)) == "2022-01-27"


def test_generic_date_meta_stands_against_marked_up_dates_of_several_days() -> None:
    """Several ``itemprop=datePublished`` of other days are a list's teasers: the meta stands."""
    meta = '<meta name="date" content="2022-01-21T15:38:44+01:00">'
    marked = (
        '<time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>'
        '<time itemprop="datePublished" datetime="2022-01-25">25.01.2022</time>'
    )
    assert day(_news_single(meta, marked)) == "2022-01-21"


def test_article_published_time_stands_against_a_marked_up_element() -> None:
    """Only a meta that does not say what its date is gives way: ``article:published_time`` does."""
    meta = '<meta property="article:published_time" content="2022-01-21T15:38:44+01:00">'
    marked = '<time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>'
    assert day(_news_single(meta, marked)) == "2022-01-21"


def test_generic_date_meta_stands_when_the_date_line_shows_its_day() -> None:
    """A press release shows "Berlin, 28.10.2021, 058/21" under its headline, the day of its ``<meta
    name="date">``; the hidden ``itemprop=datePublished`` of the evening before is the draft's."""
    html = (
        f'<html lang="de"><head><title>{HEADLINE}</title><meta name="date" content="2021-10-28T13:21:30+01:00">'
        f"</head><body><main><header><h1>{HEADLINE}</h1></header><p class='meta'>Berlin, 28.10.2021, 058/21</p>"
        f"{STORY}<div hidden><time itemprop='datePublished' datetime='2021-10-27T20:35:36+01:00'>"
        "2021-10-27T20:35:36+01:00</time></div></main></body></html>"
    )
    assert day(GenericPage(html, "https://relief.example/presse/meldung/glasgow/")) == "2021-10-28"


# -- a teaser list's date is no fallback --------------------------------------------------------------


def _menu_news_page(own: str) -> GenericPage:
    """A page with no stamp and no date line whose only dates are a news menu's teasers; ``own`` is
    put under the headline."""
    teasers = "".join(
        f"<div class='newsitem'><div class='newsitem-content'><span class='htag4'><a href='/n{n}/'>{title}</a></span>"
        f"<span class='newsitem-time'><i class='fa fa-calendar'></i> {day}.11.2022</span></div></div>"
        for n, (title, day) in enumerate(
            [("Farmers vote on the new milk price", "29"), ("Village choir sings for the last time", "28")]
        )
    )
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title></head><body><nav class='top'><div class='dropdown'>{teasers}</div></nav>"
        f"<div class='content'><div class='headline'>{HEADLINE}</div>{own}{LEAD}{STORY}</div></body></html>"
    )
    return GenericPage(html, "https://valley-news.example/de/news/NewsDetail__18725/")


def test_a_date_written_only_beside_other_stories_links_is_no_date() -> None:
    """htmldate's fast mode reads the first teaser's "29.11.2022" in the menu: another story's day."""
    assert _menu_news_page("").published_at() is None


def test_the_pages_own_date_still_dates_it() -> None:
    assert day(_menu_news_page("<p class='when'>Stand 21.11.2022</p>")) == "2022-11-21"


def test_the_pages_own_teaser_in_a_recent_posts_list_dates_it() -> None:
    """A blog whose only date is the "Recent posts" list, where the page's own headline is linked
    first: that teaser's date is the page's."""
    items = "".join(
        f"<li><a href='/blog/{slug}/'>{title}</a> <span class='post-date'>{when}</span></li>"
        for slug, title, when in [
            ("second-trail", HEADLINE, "26/10/2022"),
            ("milk", "Farmers vote on the new milk price in the hall", "05/10/2022"),
        ]
    )
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title></head><body><div class='content'><h1>{HEADLINE}</h1>"
        f"{LEAD}{STORY}</div><section class='widget_recent_entries'><h3>Letzte Beiträge</h3><ul>{items}</ul>"
        "</section></body></html>"
    )
    assert day(GenericPage(html, "https://valley-news.example/blog/second-trail/")) == "2022-10-26"


def test_a_date_beside_the_pages_comments_link_is_the_pages() -> None:
    """ "Dieser Artikel wurde am 14. Dezember 2022 ... <a href=...#comments>Es gibt schon 9 Kommentare,
    wie ist deine Meinung?</a>": a link within the page is no other story."""
    footer = (
        "<div class='post-footer'>Dieser Artikel wurde am 14. Dezember 2022 um 14:48 geschrieben. "
        "<a href='https://valley-news.example/blog/second-trail.php#comments'>Es gibt schon 9 Kommentare, "
        "wie ist deine Meinung?</a></div>"
    )
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title></head><body><div class='content'><h1>{HEADLINE}</h1>"
        f"{LEAD}{STORY}</div>{footer}</body></html>"
    )
    assert day(GenericPage(html, "https://valley-news.example/blog/second-trail.php")) == "2022-12-14"


def test_an_events_list_after_the_story_gives_no_date() -> None:
    """A box of coming events after the story ("Sa. 13.11.2021" over each event's link), in a block
    no class calls a sidebar: neither the last short-date step nor htmldate's search (confirmed by
    that same day written in the box) dates the page by another page's day."""
    events = "".join(
        f"<div class='events-list-item'>{when}<br><a href='/events/{slug}/' class='linkb'>{title}</a><hr></div>"
        for when, slug, title in [
            ("Sa. 13.11.2021", "lantern-walk", "Lantern walk along the lake shore"),
            ("So. 14.11.2021", "organ-concert", "Organ concert in the old chapel"),
            ("Di. 16.11.2021", "book-evening", "Evening of new books for children"),
        ]
    )
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title></head><body><div class='content'><h1>{HEADLINE}</h1>"
        f"{LEAD}{STORY}</div><h5 class='teaser'>Events</h5><div class='bluebox'>{events}</div></body></html>"
    )
    assert GenericPage(html, "https://valley-news.example/detail/news/id/3521-second-trail/").published_at() is None


def test_a_link_in_a_sentence_of_the_story_is_no_teaser_beside_the_date() -> None:
    """The story's own block (a CMS's "node"), its date under it: a link in one of its sentences is a
    citation, not another story's headline; a list item's link is one."""
    from lxml import html as lxml_html

    from newscrawl.pages import date_places

    tree = lxml_html.fromstring(
        "<html><body><h1>Valley ski club opens a second touring trail</h1><div class='node'>"
        "<p>The club says the number of members has grown by half since the autumn, according to "
        "<a href='https://stats.example.org/clubs'>the regional club statistics office</a>, and that "
        "the new trail was marked by volunteers over three weekends in December.</p>"
        "<div class='submitted'>Saved by mira on 24 July 2017 - 18:55</div></div>"
        "<ul class='more'><li><a href='/news/lift'>The old chair lift runs again this winter</a>"
        "<span class='when'>12 July 2017</span></li></ul></body></html>"
    )
    headline = tree.find(".//h1")
    own = tree.find(".//div[@class='submitted']")
    teaser_date = tree.find(".//span[@class='when']")
    url = "https://valley-news.example/ski/second-trail.html"
    assert not date_places.beside_teaser_link(own, headline, frozenset(), url)
    assert date_places.beside_teaser_link(teaser_date, headline, frozenset(), url)
