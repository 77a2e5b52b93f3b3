"""No page is published after its last edit (session 15, brief FD14): a stamp a day after the only
update a page shows ("Stand: 28.04.2020 18:00 Uhr" under a "date" meta of the 29th: a re-save) gives
way to that update, which stands for the publication."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from newscrawl.pages import GenericPage

BERLIN = ZoneInfo("Europe/Berlin")
HEADLINE = "Datenleck bei einem Zulieferer: Pläne offen im Netz"
STORY = "".join(
    f"<p>Absatz {n}: Die Unterlagen lagen wochenlang ungeschützt auf einem Server, wie eine Recherche "
    f"zeigt; das Unternehmen hat den Zugang inzwischen gesperrt und prüft den Vorfall.</p>"
    for n in range(1, 5)
)


def page(meta: str, line: str) -> GenericPage:
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title>{meta}</head><body><article>"
        f"<h1>{HEADLINE}</h1><p class='stand'>{line}</p>{STORY}</article></body></html>"
    )
    return GenericPage(html, "https://nachrichten.example.de/investigativ/datenleck-101.html")


def test_a_stamp_after_the_only_update_shown_gives_way_to_it() -> None:
    got = page("<meta name='date' content='2020-04-29T11:52:23'>", "Stand: 28.04.2020 18:00 Uhr")
    assert got.published_at() == datetime(2020, 4, 28, 18, 0, tzinfo=BERLIN)


def test_a_stamp_before_the_update_stays() -> None:
    got = page("<meta name='date' content='2020-04-27T11:52:23+02:00'>", "Stand: 28.04.2020 18:00 Uhr")
    assert got.published_at() == datetime(2020, 4, 27, 11, 52, 23, tzinfo=BERLIN)


def test_an_update_entry_before_a_later_modification_stamp_is_no_last_edit() -> None:
    # A live story's "Update vom ..." entry, the page's own modification stamp weeks later.
    meta = (
        "<meta property='article:published_time' content='2020-05-04T14:50:00+02:00'>"
        "<meta property='article:modified_time' content='2020-06-16T11:52:13+02:00'>"
    )
    got = page(meta, "Update vom 03. Mai 2020, 16:05 Uhr:")
    assert got.published_at() == datetime(2020, 5, 4, 14, 50, tzinfo=BERLIN)
