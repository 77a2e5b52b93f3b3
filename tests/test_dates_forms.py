"""Date forms of the world's press and where a page's own date stands: year-first date lines, other
scripts' digits, Thai months and Buddhist-era years, CJK clock times, update labels of many
languages, the offset a date line's ``<time datetime>`` gives, a teaser rail above the headline,
a labelled ``<time>`` in the article's footer, a client-rendered page's state; pages we wrote."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.date_forms import western
from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage

UTC = timezone.utc
NOW = datetime(2025, 3, 6, 12, 0, tzinfo=UTC)
HEADLINE = "Harbour ferry timetable changes from April onwards"
STORY = "".join(
    f"<p>Paragraph {n} says the harbour ferries will leave every twenty minutes from April, after the operator "
    f"hired more crews and took two older boats out of service for repairs over the winter months.</p>"
    for n in range(1, 5)
)


def page(meta: str, *, lang: str = "en", url: str = "https://ferries.example.com/news/timetable", before: str = ""):
    html = (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body>{before}'
        f"<article><h1>{HEADLINE}</h1>{meta}{STORY}</article></body></html>"
    )
    return GenericPage(html, url)


def utc(page_: GenericPage) -> datetime | None:
    value = page_.published_at()
    return value.astimezone(UTC) if value else None


# -- forms the parser reads after rewriting ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年3月4日 14時05分", datetime(2025, 3, 4, 14, 5)),
        ("2025年3月4日 午後2時5分", datetime(2025, 3, 4, 14, 5)),
        ("2025年3月4日 上午9:30", datetime(2025, 3, 4, 9, 30)),
        ("2025년 3월 4일 오후 2시 5분", datetime(2025, 3, 4, 14, 5)),
        ("4 มี.ค. 2568 14:05 น.", datetime(2025, 3, 4, 14, 5)),
        ("วันอังคารที่ 4 มีนาคม พ.ศ. 2568", datetime(2025, 3, 4)),
        ("الثلاثاء، ٤ مارس ٢٠٢٥ - ٠٢:٠٥ م", datetime(2025, 3, 4, 14, 5)),
    ],
)
def test_cjk_clocks_thai_months_and_other_digits_are_read(text: str, expected: datetime) -> None:
    assert parse_date(text, "UTC", now=NOW) == expected.replace(tzinfo=UTC)


def test_latin_text_and_korean_words_with_hour_marks_are_left_alone() -> None:
    assert western("4 March 2025 9:30") == "4 March 2025 9:30"
    assert western("서울 시내버스 3시간") == "서울 시내버스 3시간"  # "3 hours": no minute after the mark


@pytest.mark.parametrize(
    "line", ["2025/03/04 09:30", "2025.03.04 09:30", "입력 2025.03.04 09:30", "입력2025.03.04. 오전 9:30"]
)
def test_a_year_first_date_line_gives_the_time(line: str) -> None:
    found = page(f'<div class="info">{line}</div>', lang="ko", url="https://ferries.example.com/news/1234")
    assert utc(found) == datetime(2025, 3, 4, 0, 30, tzinfo=UTC)  # Seoul's 09:30


@pytest.mark.parametrize(
    ("line", "lang", "url", "expected"),
    [
        ("2025-03-04 kl. 09.30", "sv", "https://ferries.example.se/nyheter/tidtabell", datetime(2025, 3, 4, 8, 30)),
        (
            "Publicerad 2025-03-04 kl 09:30",
            "sv",
            "https://ferries.example.se/nyheter/tidtabell",
            datetime(2025, 3, 4, 8, 30),
        ),
        ("2025-03-04 klo 09.30", "fi", "https://ferries.example.fi/uutiset/aikataulu", datetime(2025, 3, 4, 7, 30)),
        ("2025-03-04 um 09:30 Uhr", "de", "https://ferries.example.de/news/fahrplan", datetime(2025, 3, 4, 8, 30)),
    ],
)
def test_an_iso_day_with_its_time_in_another_form_keeps_the_time(
    line: str, lang: str, url: str, expected: datetime
) -> None:
    # The ISO day read alone dropped the Nordic "kl. 09.30" after it: the time is the page's.
    assert utc(page(f'<div class="info">{line}</div>', lang=lang, url=url)) == expected.replace(tzinfo=UTC)


def test_an_iso_day_before_another_date_takes_no_time_from_it() -> None:
    assert parse_date("2025-03-04 21.05.2025", "UTC", now=NOW) == datetime(2025, 3, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "2025-03-04 | Updated 16:40",
        "2025-03-04 · diperbarui 16.40",
        "2025-03-04 Mar 5 16:40",
        "2025-03-04 Friday 16:40",
    ],
)
def test_an_iso_day_takes_no_clock_after_an_update_label_or_another_day(line: str) -> None:
    # The clock after "Updated", another month's day or another weekday (4 March 2025 is a Tuesday)
    # is not the ISO day's: the day stands alone.
    assert parse_date(line, "UTC", now=NOW) == datetime(2025, 3, 4, tzinfo=UTC)


def test_an_iso_day_keeps_the_clock_after_its_own_weekday() -> None:
    assert parse_date("2025-03-04 Tuesday 16:40", "UTC", now=NOW) == datetime(2025, 3, 4, 16, 40, tzinfo=UTC)


def test_thai_and_arabic_indic_date_lines_are_date_lines() -> None:
    thai = page('<div class="post-date">4 มี.ค. 2568 14:05 น.</div>', lang="th", url="https://x.example.co.th/n/1")
    assert utc(thai) == datetime(2025, 3, 4, 7, 5, tzinfo=UTC)
    arabic = page(
        '<div class="when">الثلاثاء، ٤ مارس ٢٠٢٥ - ٠٢:٠٥ م</div>', lang="ar", url="https://x.example.com.eg/n/1"
    )
    assert utc(arabic) == datetime(2025, 3, 4, 12, 5, tzinfo=UTC)


# -- update labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "<p>Publié le 4 mars 2025 à 09h30, modifié le 4 mars 2025 à 11h10</p>"),
        ("es", "<p>4 de marzo de 2025 09:30</p><p>Modificado: 4 de marzo de 2025 11:10</p>"),
        ("nl", "<p>4 maart 2025 09:30</p><p>Gewijzigd: 4 maart 2025 11:10</p>"),
        ("ko", "<ul><li>입력 2025.03.04 09:30</li><li>수정 2025.03.04 11:10</li></ul>"),
        ("ja", "<p>2025年3月4日 9時30分</p><p>最終更新 2025年3月4日 11時10分</p>"),
    ],
)
def test_an_update_label_gives_the_modification_not_the_publication(lang: str, line: str) -> None:
    found = page(line, lang=lang, url=f"https://ferries.example.com/{lang}/news/1234")
    published, modified = found.published_at(), found.modified_at()
    assert (published.hour, published.minute) == (9, 30)
    assert modified is not None and (modified.hour, modified.minute) == (11, 10)
    assert modified.utcoffset() == published.utcoffset()


def test_the_offset_of_a_time_datetime_pairs_an_update_shown_with_no_zone() -> None:
    found = page(
        '<p><time datetime="2025-03-04T08:30:00Z">4 March 2025 09:30</time> '
        "<span>Updated: 4 March 2025 11:10</span></p>"
    )
    assert found.modified_at() == datetime(2025, 3, 4, 10, 10, tzinfo=UTC)


# -- where the page's own date stands ----------------------------------------------------------

RAIL = (
    '<div class="rail"><h3>Top stories</h3>'
    '<div><time datetime="2025-03-03T07:00:00+01:00">03/03 07:00</time> <a href="/a">Storm closes the coast road '
    "for a second night</a></div>"
    '<div><time datetime="2025-03-02T18:00:00+01:00">02/03 18:00</time> <a href="/b">Council backs the new '
    "market hall plans</a></div></div>"
)
FOOTER = '<div class="article-footer"><p>Published on <time datetime="2025-03-04T09:30:00+01:00">4 March 2025</time></p></div>'


def test_a_rail_of_teasers_above_the_headline_is_not_the_articles_date() -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main>{RAIL}"
        f"<article><h1>{HEADLINE}</h1>{STORY}{FOOTER}</article></main></body></html>"
    )
    found = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert found.published_at() == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)


def test_a_rail_in_an_aside_leaves_the_labelled_footer_time() -> None:
    aside = RAIL.replace('<div class="rail">', "<aside>").removesuffix("</div>") + "</aside>"
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main>{aside}"
        f"<article><h1>{HEADLINE}</h1>{STORY}{FOOTER}</article></main></body></html>"
    )
    found = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert found.published_at() == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)


def test_a_date_in_the_articles_header_above_the_headline_stays() -> None:
    header = '<div class="meta"><a href="/transport">Transport</a> <time datetime="2025-03-04T09:30:00+01:00">4 March</time></div>'
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        f"<article><header>{header}<h1>{HEADLINE}</h1></header>{STORY}</article></body></html>"
    )
    found = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert found.published_at() == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)


def test_a_client_rendered_pages_state_gives_the_publication() -> None:
    state = {
        "props": {
            "pageProps": {
                "story": {
                    "headline": HEADLINE,
                    "publishDate": "2025-03-04T09:30:00+01:00",
                    "blocks": [{"text": "The harbour ferries will leave every twenty minutes from April."}],
                    "related": [{"headline": "Older story", "publishDate": "2025-02-20T10:00:00+01:00"}],
                }
            }
        }
    }
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body><div id="__next"></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>'
    )
    found = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert found.published_at() == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)
    assert found.published_at().utcoffset() == timedelta(hours=1)


def _state_page(state: dict, title: str, url: str) -> GenericPage:
    html = (
        f'<html lang="id"><head><title>{title}</title></head><body><div id="__next"><h1>{title}</h1></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>'
    )
    return GenericPage(html, url)


def test_a_states_related_list_gives_no_date_before_the_nested_article() -> None:
    # Breadth first, a "terkini" (latest) list's item is shallower than the page's own article.
    title = "Jembatan pelabuhan ditutup untuk truk"
    latest = [{"title": "Banjir di pesisir surut", "publishedAt": "2025-11-02T08:00:00+07:00"}]
    article = {"data": {"attributes": {"title": title, "publishedAt": "2025-11-24T09:30:00+07:00"}}}
    state = {"props": {"pageProps": {"terkini": latest, "post": article}}}
    found = _state_page(state, title, "https://kota.example.com/berita/jembatan-pelabuhan")
    assert found.published_at() == datetime(2025, 11, 24, 2, 30, tzinfo=UTC)
    # No title matches: the shallowest stamp reached through no list.
    article["data"]["attributes"]["title"] = "Another headline"
    found = _state_page(state, title, "https://kota.example.com/berita/jembatan-pelabuhan")
    assert found.published_at() == datetime(2025, 11, 24, 2, 30, tzinfo=UTC)


def test_a_state_date_that_contradicts_the_urls_day_is_not_taken() -> None:
    title = "Harbour bridge to close to lorries"
    state = {"props": {"pageProps": {"post": {"title": "Other", "publishedAt": "2025-11-02T08:00:00+00:00"}}}}
    found = _state_page(state, title, "https://news.example.com/2025/11/24/harbour-bridge")
    assert found.published_at() is None or found.published_at().date() != datetime(2025, 11, 2).date()
    state["props"]["pageProps"]["post"]["publishedAt"] = "2025-11-24T08:00:00+00:00"
    found = _state_page(state, title, "https://news.example.com/2025/11/24/harbour-bridge")
    assert found.published_at() == datetime(2025, 11, 24, 8, 0, tzinfo=UTC)


def test_a_header_with_one_topic_link_and_two_times_is_no_rail() -> None:
    # Above the headline, no <article>: a topic link of headline length with the published and
    # updated times is the article's own header; two teaser links with a time each are a rail.
    from lxml.html import fromstring

    from newscrawl.pages.date_places import in_rail_above

    meta = (
        '<div class="meta"><a href="/topik/jembatan">Penutupan Jembatan Pelabuhan Untuk Truk</a> '
        '<time datetime="2025-03-04T09:30:00+01:00"></time> <time class="updated" datetime="2025-03-05T08:00:00+01:00"></time></div>'
    )
    html = f"<html><head><title>{HEADLINE}</title></head><body><div class='wrap'><div class='head'>{meta}<h1>{HEADLINE}</h1></div>{STORY}</div></body></html>"
    found = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert found.published_at() == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)
    tree = fromstring(f"<html><body><div>{RAIL}<h1>{HEADLINE}</h1>{STORY}</div></body></html>")
    h1 = tree.find(".//h1")
    assert all(in_rail_above(time, h1) for time in tree.iter("time"))
    tree = fromstring(f"<html><body><div>{meta}<h1>{HEADLINE}</h1>{STORY}</div></body></html>")
    assert not any(in_rail_above(time, tree.find(".//h1")) for time in tree.iter("time"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26 | 01 | 2022", datetime(2022, 1, 26, tzinfo=UTC)),
        ("26 / 01 / 2022 14:05", datetime(2022, 1, 26, 14, 5, tzinfo=UTC)),
        ("26|01|2022", datetime(2022, 1, 26, tzinfo=UTC)),
        ("Von Redaktion 4. 2. 2022.", datetime(2022, 2, 4, tzinfo=UTC)),
        ("2025. 11. 24", datetime(2025, 11, 24, tzinfo=UTC)),
    ],
)
def test_a_numeric_date_set_apart_by_bars_or_spaced_slashes_is_read(text: str, expected: datetime) -> None:
    # (session 15, brief FD14: a theme's "26 | 01 | 2022" under the headline, the page's only date;
    # German typesetting's "4. 2. 2022", which htmldate reads as 2 April)
    assert parse_date(text, UTC, now=NOW, relative=False) == expected


def test_a_date_line_of_bars_dates_the_page() -> None:
    got = page("<div class='subline'><span>26 | 01 | 2022</span> <span>Schweiz | Fischerei</span></div>", lang="de")
    assert got.published_at() is not None and got.published_at().date().isoformat() == "2022-01-26"


# -- a two-digit year ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "lang", "before", "day"),
    [
        ("", "de", "<span class='when'>03.02.25</span>", "2025-02-03"),  # alone, just above the headline
        ("<p class='byline'>von <a href='/autor/lena-graf'>Lena Graf</a>, 4.2.25</p>", "de", "", "2025-02-04"),
        ("<p class='byline'>By Tom Reyes | 05.02.25</p>", "en-GB", "", "2025-02-05"),
    ],
)
def test_a_date_with_a_two_digit_year_alone_or_after_a_byline_is_a_date_line(
    meta: str, lang: str, before: str, day: str
) -> None:
    html = (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body><article><header>{before}'
        f"<h1>{HEADLINE}</h1></header>{meta}{STORY}</article></body></html>"
    )
    shown = GenericPage(html, "https://ferries.example.com/news/timetable")
    # (htmldate's fast mode may find it too on a page this bare: the date line is what is tested)
    assert [line.date().isoformat() for line, _, _ in shown._date_lines] == [day]
    value = shown.published_at()
    assert value is not None and value.date().isoformat() == day


@pytest.mark.parametrize(
    "meta", ["<p class='note'>Version 4.2.25 of the timetable app</p>", "<p>Score: 3-1-25 after the final</p>"]
)
def test_a_two_digit_year_date_among_other_words_is_no_date_line(meta: str) -> None:
    assert page(meta)._date_lines == []


@pytest.mark.parametrize(
    ("meta", "lang"),
    [
        ("<p>21.10.03</p>", "ko"),  # year first in Korean: no day-first date
        ("<p class='when'>21.10.03</p>", "hu"),  # nor in Hungarian, whatever its class
        ("<div class='version'>3.1.12</div>", "en"),  # an app's version number
        ("<p class='release'><time>3.1.12</time></p>", "en"),
        ("<p>3.1.12</p>", "en"),  # bare, with nothing to say it is a date
    ],
)
def test_a_bare_two_digit_year_date_needs_a_byline_label_or_date_class(meta: str, lang: str) -> None:
    assert page(meta, lang=lang)._date_lines == []


@pytest.mark.parametrize(
    "meta",
    [
        "<p class='meta'><span>Posted:</span> <span>07.03.25</span></p>",  # a date label before it
        "<p class='meta'><span>By Tom Reyes</span> <span>07.03.25</span></p>",  # a byline before it
        "<p><span itemprop='datePublished'>07.03.25</span></p>",
        "<p><time>07.03.25</time></p>",
    ],
)
def test_a_bare_two_digit_year_date_after_a_label_or_byline_or_named_a_date_is_read(meta: str) -> None:
    assert [line.date().isoformat() for line, _, _ in page(meta, lang="de")._date_lines] == ["2025-03-07"]


def test_a_bare_two_digit_year_date_right_over_the_headline_is_read() -> None:
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body><article><header>'
        f"<span style='color: #b00'>09.03.25</span><h1>{HEADLINE}</h1></header>{STORY}</article></body></html>"
    )
    shown = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert [line.date().isoformat() for line, _, _ in shown._date_lines] == ["2025-03-09"]


# -- a date element that shows the day a story was put forward again ----------------------------------

_TIMES = "{&quot;published&quot;:&quot;1736501400000&quot;,&quot;display&quot;:&quot;1740816000000&quot;}"


def test_a_date_elements_data_naming_the_publication_beats_the_day_it_shows() -> None:
    # The element shows 1 March (the day the site put the story on its front again); its data names
    # the publication on 10 January, as the page's stamp does: the stamp stands.
    line = f'<div class="meta"><time data-times="{_TIMES}">Saturday 1 March 2025</time></div>'
    stamp = '<meta property="article:published_time" content="2025-01-10T09:30:00+00:00">'
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title>{stamp}</head><body>'
        f"<article><h1>{HEADLINE}</h1>{line}{STORY}</article></body></html>"
    )
    found = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert utc(found) == datetime(2025, 1, 10, 9, 30, tzinfo=UTC)
    # with no stamp, the data's publication is the page's
    assert utc(page(line)) == datetime(2025, 1, 10, 9, 30, tzinfo=UTC)
    # a data object with no publication in it leaves the day shown
    plain = line.replace("published", "created")
    assert utc(page(plain)).date() == datetime(2025, 3, 1).date()


def test_a_date_elements_data_naming_the_publication_as_an_iso_stamp_beats_the_day_it_shows() -> None:
    # Review R59: the same data with ISO stamps in place of Unix times.
    times = "{&quot;published&quot;:&quot;2025-01-10T09:30:00+01:00&quot;,&quot;display&quot;:&quot;2025-03-01T08:00:00Z&quot;}"
    line = f'<div class="meta"><time data-times="{times}">Saturday 1 March 2025</time></div>'
    assert utc(page(line)) == datetime(2025, 1, 10, 8, 30, tzinfo=UTC)
    # a bare day under the key says no clock: the day shown stands
    bare = line.replace("2025-01-10T09:30:00+01:00", "2025-01-10")
    assert utc(page(bare)).date() == datetime(2025, 3, 1).date()
