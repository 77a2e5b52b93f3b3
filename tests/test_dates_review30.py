"""Date classes closed after review R51 (set rv30; pages we wrote): an update labelled with a noun
("Ultimo aggiornamento:", "Última actualización:", "Laatste wijziging:"); a two-digit year with a
comma before the time ("12-11-26, 16:30"), read day first on a page whose language writes only
that order; a "Stand:" line, the only date a page shows, giving the publication its time."""

from __future__ import annotations

from datetime import datetime

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.base import _date_line_text
from tests.test_dates_review22 import HEADLINE, UTC, page, utc

# -- class 6: the last update labelled with a noun -------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "url", "lang", "expected"),
    [
        (
            '<div class="data">25 novembre 2026 | 17:45<br><small>Ultimo aggiornamento: 25 novembre 2026 | 19:10</small></div>',
            "https://www.traghetti.example.it/notizie/traghetto",
            "it",
            datetime(2026, 11, 25, 18, 10, tzinfo=UTC),
        ),
        (
            "<p>Publicado: 25 de noviembre de 2026, 17:45</p><p>Última actualización: 25 de noviembre de 2026, 19:10</p>",
            "https://www.ferris.example.es/noticias/ferri",
            "es",
            datetime(2026, 11, 25, 18, 10, tzinfo=UTC),
        ),
        (
            "<p>Gepubliceerd: 25 november 2026 17:45</p><p>Laatste wijziging: 25 november 2026 19:10</p>",
            "https://www.veer.example.nl/nieuws/veerboot",
            "nl",
            datetime(2026, 11, 25, 18, 10, tzinfo=UTC),
        ),
    ],
)
def test_an_update_labelled_with_a_noun_is_the_last_modification(
    meta: str, url: str, lang: str, expected: datetime
) -> None:
    story = page(meta, url, lang=lang)
    assert utc(story.modified_at()) == expected
    assert utc(story.published_at()) == datetime(2026, 11, 25, 16, 45, tzinfo=UTC)


def test_an_update_noun_in_a_sentence_is_no_date_line() -> None:
    meta = "<p>L'ultimo aggiornamento del piano degli orari risale al 3 marzo 2026, dopo le proteste dei pendolari.</p>"
    story = page(
        '<div class="data">25 novembre 2026 | 17:45</div>' + meta,
        "https://www.traghetti.example.it/notizie/traghetto",
        lang="it",
    )
    assert story.modified_at() is None


def test_a_two_digit_year_with_a_comma_before_the_time_on_a_day_first_page() -> None:
    meta = (
        '<time class="article__time">12-11-26, 14:05</time> '
        '<span class="article__updated">Laatste update: 12-11-26, 16:30</span>'
    )
    story = page(meta, "https://www.veer.example.nl/nieuws/veerboot", lang="nl")
    assert utc(story.published_at()) == datetime(2026, 11, 12, 13, 5, tzinfo=UTC)
    assert utc(story.modified_at()) == datetime(2026, 11, 12, 15, 30, tzinfo=UTC)


def test_an_update_that_reads_either_way_on_an_english_page_stays_unread() -> None:
    # English is written month first in the US: "12-11-26" may be 11 December there.
    meta = '<time>12-11-26, 14:05</time> <span class="updated">Last update: 12-11-26, 16:30</span>'
    assert page(meta, "https://ferry.example.com/news/ferry", lang="en").modified_at() is None


def spanish_us_page(lang: str, fetched_at: datetime | None = None) -> GenericPage:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-11-10T10:00:00-05:00"}</script>'
    meta = '<p class="fecha">Publicado: 11/10/2026 10:00 AM</p><p class="fecha">Actualizado: 11/12/2026 04:30 PM</p>'
    return page(meta, "https://www.ferri.example.com/local/ferri", lang=lang, head=head, fetched_at=fetched_at)


@pytest.mark.parametrize("lang", ["es-US", "es"])
def test_an_update_that_reads_either_way_on_a_month_first_spanish_page_stays_unread(lang: str) -> None:
    # "es-US" writes month first; so does a page whose publication line, read month first, is its
    # stamp's day ("Publicado: 11/10/2026" beside 2026-11-10): "11/12/2026" may be 11 December there.
    story = spanish_us_page(lang)
    assert utc(story.published_at()) == datetime(2026, 11, 10, 15, 0, tzinfo=UTC)
    assert story.modified_at() is None


def test_an_update_after_the_fetch_is_not_kept() -> None:
    meta = '<time class="article__time">02-11-26, 14:05</time> <span class="updated">Laatste update: 12-11-26, 16:30</span>'
    url = "https://www.veer.example.nl/nieuws/veerboot"
    story = page(meta, url, lang="nl", fetched_at=datetime(2026, 11, 5, 12, 0, tzinfo=UTC))
    assert story.modified_at() is None
    later = page(meta, url, lang="nl", fetched_at=datetime(2026, 11, 13, tzinfo=UTC))
    assert utc(later.modified_at()) == datetime(2026, 11, 12, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [("12-11-26, 16:30", True), ("Version 1.2.34,5 16:30", False)])
def test_a_comma_after_a_two_digit_year_ends_the_date_not_a_decimal(text: str, expected: bool) -> None:
    assert _date_line_text(text) is expected


# -- class 5: a "Stand:" line the only date the page shows -----------------------------------------


def test_a_stand_line_alone_gives_the_publication_its_time() -> None:
    # No stamp and no other date line: the day found for the publication is the update's, and so is its time.
    meta = '<p class="metatextline">Stand: 12.11.2026 14:05 Uhr</p><p class="autor">Von Jana Ulm</p>'
    story = page(meta, "https://www.faehre.example.de/nachrichten/faehre-100.html", lang="de")
    assert utc(story.published_at()) == datetime(2026, 11, 12, 13, 5, tzinfo=UTC)
    assert story.published_precision() == "minute"


def test_an_updated_line_does_not_give_a_days_publication_its_time() -> None:
    # "Updated" is not "as of": the day's publication came before the update, at a time not shown.
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-11-12"}</script>'
    meta = '<p class="meta">Updated: 12 November 2026, 18:40</p>'
    story = page(meta, "https://ferry.example.co.uk/news/ferry", head=head)
    assert story.published_at().date().isoformat() == "2026-11-12"
    assert story.published_precision() != "minute"
    assert utc(story.modified_at()) == datetime(2026, 11, 12, 18, 40, tzinfo=UTC)


def test_stand_in_a_sentence_gives_no_time() -> None:
    meta = (
        "<p>Nach dem Stand der Gespräche am 12.11.2026 um 14:05 Uhr wollte die Reederei die späte Fähre "
        "zunächst nur an den Wochenenden fahren lassen, hieß es aus dem Rathaus.</p>"
    )
    story = page(meta, "https://www.faehre.example.de/nachrichten/faehre-100.html", lang="de")
    assert story.published_precision() != "minute"


def test_a_stand_line_beside_a_publication_line_is_the_update() -> None:
    meta = "<p>Veröffentlicht: 12.11.2026 09:30 Uhr</p><p>Stand: 12.11.2026 14:05 Uhr</p>"
    story = page(meta, "https://www.faehre.example.de/nachrichten/faehre-100.html", lang="de")
    assert utc(story.published_at()) == datetime(2026, 11, 12, 8, 30, tzinfo=UTC)
    assert utc(story.modified_at()) == datetime(2026, 11, 12, 13, 5, tzinfo=UTC)


# -- a comment's relative time is not the page's -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "section", "when"),
    [
        ("de", "kommentare", "vor 3 Stunden"),
        ("fr", "commentaires", "il y a 3 heures"),
        ("it", "commenti", "3 ore fa"),
        ("nl", "reacties", "3 uur geleden"),
        ("es", "comentarios", "hace 3 horas"),
        ("pt", "comentarios", "há 3 horas"),
    ],
)
def test_a_comments_relative_time_is_not_the_publication(lang: str, section: str, when: str) -> None:
    # (a story not written in English: an English one has its relative dates read in English only)
    story = "".join(
        f"<p>Absatz {n}: Die Reederei lässt in der Festwoche jeden Abend eine weitere Fähre vom Ostpier "
        f"fahren, weil viele Gäste das letzte Boot verpassten.</p>"
        for n in range(1, 5)
    )
    html = (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body><main><article><h1>{HEADLINE}</h1>'
        f'{story}</article><section class="{section}"><h3>{section}</h3><div class="post">'
        f'<b>ferryfan</b> <span class="zeit">{when}</span><p>At last a boat after the concerts.</p></div>'
        f"</section></main></body></html>"
    )
    fetched = datetime(2026, 11, 13, 12, 0, tzinfo=UTC)
    page = GenericPage(html, "https://www.ferry.example.net/local/ferry", fetched_at=fetched)
    assert page.published_at() is None
