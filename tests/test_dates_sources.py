"""Which source dates a page when its sources disagree (session 12, brief FD12): plausibility
checks between the stamps, the date line under the headline and the URL."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from newscrawl.dates import url_date, url_month
from newscrawl.items import local_form
from newscrawl.pages import GenericPage
from newscrawl.sites import Site

UTC = timezone.utc
HEADLINE = "Reading club picks a harbour novel for the winter"
STORY = "".join(
    f"<p>Paragraph {n} says the club met on Thursday and chose the novel after a long vote, and "
    f"that copies are waiting at the library desk for every member who signed up.</p>"
    for n in range(1, 5)
)


def page(meta: str, url: str, *, head: str = "", lang: str = "en") -> GenericPage:
    html = (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title>{head}</head><body>'
        f"<main><article><h1>{HEADLINE}</h1>{meta}{STORY}</article></main></body></html>"
    )
    return GenericPage(html, url)


def ld(**fields: str) -> str:
    return '<script type="application/ld+json">' + json.dumps({"@type": "BlogPosting", **fields}) + "</script>"


# -- the URL's year and month ---------------------------------------------------------------------


def test_url_month() -> None:
    assert url_month("https://books.example/2025/11/review-of-a-novel.html") == (2025, 11)
    assert url_month("https://books.example/2025/3/12/review") == (2025, 3)
    assert url_month("https://books.example/news/2025-11-20-review") == (2025, 11)
    assert url_month("https://books.example/2025/review-13/") is None  # no month segment
    assert url_month("https://books.example/p/2025/13/x") is None


def test_stamp_in_the_urls_month_beats_a_line_of_another_month() -> None:
    """A book review's "Release date: 14.10.2025" under the headline is the book's date: the post's
    stamp falls in the month its URL carries (/2025/11/), the line does not."""
    meta = "<div><b>Release date:</b> 14.10.2025</div>"
    head = ld(datePublished="2025-11-20T10:52:00+01:00")
    review = page(meta, "https://books.example/2025/11/review-of-a-harbour-novel.html", head=head)
    assert review.published_at() == datetime(2025, 11, 20, 9, 52, tzinfo=UTC)


def test_line_still_beats_a_stamp_when_the_url_carries_no_month() -> None:
    meta = "<div><b>Release date:</b> 14.10.2025</div>"
    head = ld(datePublished="2025-11-20T10:52:00+01:00")
    review = page(meta, "https://books.example/review-of-a-harbour-novel.html", head=head)
    assert review.published_at().date() == date(2025, 10, 14)


def test_line_in_the_urls_month_still_beats_the_stamp() -> None:
    """The URL agrees with the line, not the stamp (a CMS's first save in the month before)."""
    meta = "<div>14.10.2025</div>"
    head = ld(datePublished="2025-09-28T10:52:00+01:00")
    review = page(meta, "https://books.example/2025/10/review-of-a-harbour-novel.html", head=head)
    assert review.published_at().date() == date(2025, 10, 14)


# -- two UTC stamps a zone's offset apart -----------------------------------------------------------


def test_a_utc_stamp_that_is_the_other_stamps_local_clock() -> None:
    """An Australian page's JSON-LD "Z" stamp is its Sydney wall clock (07:25:06), the meta tag the
    true instant (20:25:06 UTC the day before, 11 hours earlier, to the second): the instant is the
    meta's, written in the offset the two stamps show."""
    head = ld(datePublished="2025-11-25T07:25:06Z") + (
        '<meta property="article:published_time" content="2025-11-24T20:25:06+00:00">'
    )
    story = page("", "https://www.harbourtimes.com.au/news/ferry-late-crossing/c4d3321d", head=head)
    published = story.published_at()
    assert published == datetime(2025, 11, 24, 20, 25, 6, tzinfo=UTC)
    assert published.utcoffset().total_seconds() == 11 * 3600
    assert local_form(published, story.published_precision()) == "2025-11-25T07:25:06+11:00"


def test_two_utc_stamps_hours_apart_west_of_a_page_east_of_utc_stay() -> None:
    """The same shift the other way round is no local clock east of UTC: the first stamp stands."""
    head = ld(datePublished="2025-11-24T09:25:06Z") + (
        '<meta property="article:published_time" content="2025-11-24T20:25:06+00:00">'
    )
    story = page("", "https://www.harbourtimes.com.au/news/ferry-late-crossing/c4d3321d", head=head)
    assert story.published_at() == datetime(2025, 11, 24, 9, 25, 6, tzinfo=UTC)


def test_two_utc_stamps_apart_by_another_offset_than_the_countrys_stay() -> None:
    """Eight hours apart on an Austrian page (+01:00 in November): no evidence which is the local clock."""
    head = ld(datePublished="2025-11-24T03:38:45Z") + (
        '<meta property="article:published_time" content="2025-11-24T11:38:45+00:00">'
    )
    story = page("", "https://www.bergblatt.at/ratgeber/winterreifen-test/401755605", head=head, lang="de-AT")
    assert story.published_at() == datetime(2025, 11, 24, 3, 38, 45, tzinfo=UTC)


def test_a_naive_stamp_on_the_countrys_clock_of_a_utc_meta_stamp() -> None:
    """A naive JSON-LD "05:00:14" on an Austrian page beside the meta's "04:00:14Z": Vienna's clock."""
    head = ld(datePublished="2025-11-24T05:00:14") + (
        '<meta property="article:published_time" content="2025-11-24T04:00:14Z">'
    )
    story = page("", "https://www.bergblatt.at/ratgeber/winterreifen-test/401755605", head=head, lang="de-AT")
    assert story.published_at() == datetime(2025, 11, 24, 4, 0, 14, tzinfo=UTC)


# -- a stamp at midnight is a day written as a stamp ------------------------------------------------


def test_a_stamp_at_local_midnight_takes_the_time_its_date_line_shows() -> None:
    head = ld(datePublished="2025-11-24T00:00:00+08:00", dateModified="2025-11-24T00:00:00+08:00")
    meta = '<div class="entry-meta"><span class="date">Monday, 24 November 2025, 8:15 PM</span></div>'
    story = page(meta, "https://www.harbourtimes.example.my/news/2025/11/late-crossing", head=head)
    assert story.published_at() == datetime(2025, 11, 24, 12, 15, tzinfo=UTC)
    assert story.published_precision() == "minute"


def test_a_stamp_at_utc_midnight_is_no_evidence_the_page_writes_utc() -> None:
    """ "T00:00:00Z" is a day: the clock the page shows is read in its country's zone (Pakistan, +05:00),
    not in UTC, and no offset is paired from the stamp's midnight."""
    head = ld(datePublished="2025-11-24T00:00:00Z")
    meta = '<div class="entry-meta"><span class="date">24 November 2025 08:15 PM</span></div>'
    story = page(meta, "https://www.harbourtimes.example.pk/news/2025/11/24/late-crossing", head=head)
    assert story.published_at() == datetime(2025, 11, 24, 15, 15, tzinfo=UTC)


def test_a_midnight_default_written_as_both_stamps_gives_way_to_the_date_line() -> None:
    """A theme's default "2020-01-01T00:00:00+05:30" as publication and modification: no edit
    happened in 2020, so the date line shown years later is no event's date, it is the page's."""
    head = ld(datePublished="2020-01-01T00:00:00+05:30", dateModified="2020-01-01T00:00:00+05:30")
    meta = '<div class="entry-meta"><span class="date">24 Nov 2025, 08:45 AM IST</span></div>'
    story = page(meta, "https://www.harbourtimes.example.in/city/late-crossing-article-88120.html", head=head)
    assert story.published_at() == datetime(2025, 11, 24, 3, 15, tzinfo=UTC)


def test_a_z_stamp_on_the_clock_the_date_line_shows_is_the_local_clock() -> None:
    """A Saudi page's JSON-LD "10:15:00Z" and its date line "10:15 AM" with no zone: the CMS put a "Z"
    on Riyadh's clock (+03:00); the stamp chosen (not only the line) is read so."""
    head = ld(datePublished="2025-11-24T10:15:00Z")
    meta = '<div class="entry-meta"><span class="date">24 November 2025 - 10:15 AM</span></div>'
    story = page(meta, "https://www.harbourtimes.example.sa/local/58821", head=head)
    assert story.published_at() == datetime(2025, 11, 24, 7, 15, tzinfo=UTC)


def test_a_z_stamp_on_a_shown_clock_of_a_page_on_utc_stays() -> None:
    head = ld(datePublished="2025-11-24T10:15:00Z")
    meta = '<div class="entry-meta"><span class="date">24 November 2025 - 10:15 AM</span></div>'
    story = page(meta, "https://www.harbourtimes.example.co.uk/local/58821", head=head)
    assert story.published_at() == datetime(2025, 11, 24, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "lang", "expected"),
    [
        ("https://www.harbourtimes.example.com/local/58821", "es-ES", datetime(2025, 11, 24, 10, 15, tzinfo=UTC)),
        ("https://www.harbourtimes.example.es/local/58821", "es-ES", datetime(2025, 11, 24, 9, 15, tzinfo=UTC)),
        ("https://www.harbourtimes.example.com/local/58821", "de-DE", datetime(2025, 11, 24, 9, 15, tzinfo=UTC)),
    ],
)
def test_a_z_stamp_on_a_shown_clock_is_local_only_in_the_domains_country(
    url: str, lang: str, expected: datetime
) -> None:
    """The language tag's region ("es-ES") says how the page is written, not where its clock is (a
    Latin American ".com" tagged "es-ES"): the "Z" stamp stands; on a ".es" it is Madrid's clock, and
    so is the clock of a language written in one zone (German: Berlin's)."""
    head = ld(datePublished="2025-11-24T10:15:00Z")
    meta = '<div class="entry-meta"><span class="date">24/11/2025 10:15</span></div>'
    story = page(meta, url, head=head, lang=lang)
    assert story.published_at() == expected


def test_a_z_stamp_on_a_shown_clock_is_local_in_the_registered_sites_zone() -> None:
    """The site registry's zone names the clock too: a registered ".com" in Madrid."""
    html = (
        f'<html lang="es-ES"><head><title>{HEADLINE}</title>{ld(datePublished="2025-11-24T10:15:00Z")}</head>'
        f'<body><main><article><h1>{HEADLINE}</h1><div class="entry-meta"><span class="date">24/11/2025 10:15'
        f"</span></div>{STORY}</article></main></body></html>"
    )
    site = Site(
        name="harbour", base_url="https://www.harbourtimes.example.com/", domains=("harbourtimes.example.com",),
        timezone="Europe/Madrid",
    )  # fmt: skip
    story = GenericPage(html, "https://www.harbourtimes.example.com/local/58821", site)
    assert story.published_at() == datetime(2025, 11, 24, 9, 15, tzinfo=UTC)


def test_a_midnight_stamp_the_page_shows_as_midnight_keeps_its_zone() -> None:
    """ "03:00:00 UTC" is midnight in Buenos Aires, and the page shows "00:00": the stamp stands (the
    line alone, with no zone, would read as midnight UTC, three hours off)."""
    head = ld(datePublished="2025-11-24T03:00:00 UTC")
    meta = '<div class="entry-meta"><span class="date">24 noviembre 2025 - 00:00</span></div>'
    story = page(meta, "https://www.harbourtimes.example.com.ar/politica/late-crossing", head=head, lang="es")
    assert story.published_at() == datetime(2025, 11, 24, 3, 0, tzinfo=UTC)


# -- a printed issue's date ---------------------------------------------------------------------------


def test_a_printed_issue_line_above_the_online_stamp_is_not_the_publication() -> None:
    """The paper's next-morning print issue ("Print edition | Tuesday, 25 November 2025 | Page 5")
    above the line of the story's online publication: the online one dates the page."""
    meta = (
        '<div class="print">Print edition | Tuesday, 25 November 2025 | Page 5</div>'
        '<div class="date">Monday, 24 November 2025 21:30</div>'
    )
    story = page(meta, "https://www.harbourtimes.example.com/city/late-crossing-1234")
    assert story.published_at().date() == date(2025, 11, 24)


@pytest.mark.parametrize("label", ["Edisi Cetak", "Versión impresa", "Printausgabe"])
def test_print_edition_labels(label: str) -> None:
    meta = f'<div class="print">{label} | 25.11.2025</div><div class="date">24.11.2025 21:30</div>'
    story = page(meta, "https://www.harbourtimes.example.com/city/late-crossing-1234")
    assert story.published_at().date() == date(2025, 11, 24)


# -- an update given as a time alone ------------------------------------------------------------------


def test_an_update_time_alone_after_a_comma_takes_the_publications_day() -> None:
    meta = '<p class="date">Publié le 24 novembre 2025 à 09h10, mis à jour à 11h45</p>'
    story = page(meta, "https://www.harbourtimes.example.fr/ville/traversee-tardive", lang="fr")
    assert story.published_at() == datetime(2025, 11, 24, 8, 10, tzinfo=UTC)  # Paris, +01:00
    assert story.modified_at() == datetime(2025, 11, 24, 10, 45, tzinfo=UTC)


def test_an_update_time_alone_before_the_publication_is_no_update() -> None:
    meta = '<p class="date">Publié le 24 novembre 2025 à 09h10, mis à jour à 08h00</p>'
    story = page(meta, "https://www.harbourtimes.example.fr/ville/traversee-tardive", lang="fr")
    assert story.modified_at() is None


# -- a URL's 14-digit stamp ---------------------------------------------------------------------------


def test_url_date_reads_a_stamp_before_the_id() -> None:
    assert url_date("https://kabar.example.com/nasional/20251124163012-20-118822/jembatan-baru") == date(2025, 11, 24)
    # A Wayback Machine capture is the archive's time, not the story's; an hour 25 is no stamp.
    assert url_date("https://web.archive.org/web/20131110121040/http://kabar.example.com/a") is None
    assert url_date("https://kabar.example.com/nasional/20251124253012-20-118822/x") is None


def test_a_page_that_shows_only_a_relative_date_takes_the_day_its_url_stamp_gives() -> None:
    meta = '<div class="date">2 jam yang lalu</div>'
    story = page(meta, "https://kabar.example.co.id/nasional/20251124163012-20-118822/jembatan-baru", lang="id")
    published = story.published_at()
    assert local_form(published, story.published_precision()) == "2025-11-24"
