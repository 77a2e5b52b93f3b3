"""Datelines that date a page (session 15, brief FD14): on a page that shows only its last update,
the wire dateline opening the story ("KOTA KINABALU, 25 Nov (Bernama) --") gives the day it was filed,
in the update's year (not the update's day, which htmldate read there); on a page that shows no date
line, a full date opening the story before a dash ("29.11.2022 – ...")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newscrawl.items import local_form
from newscrawl.pages import GenericPage

HEADLINE = "Hill race expects 1,500 runners from twelve countries"
REST = "".join(
    f"<p>Paragraph {n}: the organisers said registration opens next month and the foreign quota "
    f"stays at four hundred places, as in the last edition of the race.</p>"
    for n in range(1, 4)
)


def page(update: str, lead: str) -> GenericPage:
    html = (
        f"<html lang='ms'><head><title>{HEADLINE}</title></head><body><article class='post'>"
        f"<h1 class='entry-title'>{HEADLINE}</h1><div class='entry-meta'><span class='updated'>{update}</span></div>"
        f"<div class='entry-content'><p>{lead}</p>{REST}</div></article></body></html>"
    )
    return GenericPage(html, "https://borneo-news.example.my/sukan/hill-race-runners/")


def day_of(got: GenericPage) -> str | None:
    value = got.published_at()
    return local_form(value, got.published_precision())[:10] if value is not None else None


LEAD = "Some 1,500 runners from twelve countries are expected at the thirtieth hill race next October, the organisers said."


def test_the_wire_datelines_day_before_the_update_is_the_publication() -> None:
    got = page("Dikemaskini 26 Nov 2026, 9:05 pagi", f"KOTA KINABALU, 25 Nov (Bernama) -- {LEAD}")
    assert day_of(got) == "2026-11-25"


def test_a_december_dateline_updated_in_january_is_last_years() -> None:
    got = page("Updated 2 Jan 2027, 9:05 AM", f"KUALA LUMPUR, 31 Dec (Bernama) -- {LEAD}")
    assert day_of(got) == "2026-12-31"


def test_a_dateline_weeks_before_the_update_is_not_read() -> None:
    # Far from the update: a wrong year as likely as not, or a date in the story; not taken.
    got = page("Dikemaskini 26 Nov 2026, 9:05 pagi", f"KOTA KINABALU, 2 Okt (Bernama) -- {LEAD}")
    assert day_of(got) == "2026-11-26"  # (htmldate's reading of the update, as before)


def test_a_lead_with_no_dateline_leaves_the_update_alone() -> None:
    got = page("Dikemaskini 26 Nov 2026, 9:05 pagi", LEAD)
    assert day_of(got) == "2026-11-26"


def lead_page(standfirst: str, lead: str, head: str = "") -> GenericPage:
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title>{head}</head><body><div id='content'>"
        f"<h1>{HEADLINE}</h1><p class='intro'>{standfirst}</p><p>{lead}</p>{REST}"
        "<div class='comments'><p>Leser 02.12.2022, 15:57 Gut gesagt</p></div></div></body></html>"
    )
    return GenericPage(html, "https://energie-news.example.de/biomasse/branche-protestiert/")


STANDFIRST = (
    "Die Regierung hat den Entwurf am Freitag beschlossen, und die Branche sieht darin eine Bremse für den "
    "Ausbau, sagt ihr Verband in einer ersten Stellungnahme zu den Plänen."
)


def test_a_date_opening_the_story_before_a_dash_dates_a_page_with_no_date_line() -> None:
    # (session 15, FD14: htmldate's search took the comment's 02.12.2022)
    got = lead_page(STANDFIRST, f"29.11.2022 – {LEAD}")
    assert day_of(got) == "2022-11-29"


def test_a_place_and_a_month_name_before_the_dash_too() -> None:
    got = lead_page(STANDFIRST, f"Berlin, 3. Mai 2021 – {LEAD}")
    assert day_of(got) == "2021-05-03"


@pytest.mark.parametrize(("lead", "day"), [("(29.11.2022) ", "2022-11-29"), ("Kassel, (3. Mai 2021). ", "2021-05-03")])
def test_a_date_in_brackets_opening_the_story_dates_a_page_with_no_date_line(lead: str, day: str) -> None:
    # A trade paper's and a church press office's form: the date in brackets before the first sentence.
    assert day_of(lead_page(STANDFIRST, f"{lead}{LEAD}")) == day


def test_a_bracket_that_opens_with_a_date_inside_a_sentence_is_no_dateline() -> None:
    got = lead_page(STANDFIRST, f"(29.11.2022 war der Stichtag) {LEAD}")
    assert day_of(got) is None


def test_a_date_inside_the_lead_is_no_dateline() -> None:
    got = lead_page(STANDFIRST, f"Seit dem 29.11.2022 – so der Verband – {LEAD}")
    assert day_of(got) is None  # (the comment's date is no better)


def look_back_page(lead: str, footer: str) -> GenericPage:
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body><div id='content'>"
        f"<h1>{HEADLINE}</h1><p>{lead}</p>{REST}</div><footer><p>{footer}</p></footer></body></html>"
    )
    return GenericPage(
        html, "https://valley-voices.example.com/features/the-night-shift/", fetched_at=datetime(2026, 3, 2, tzinfo=UTC)
    )


LOOK_BACK = "The phone rang at ten past four, and the crew was out of the station within two minutes."


def test_a_look_backs_historical_date_before_the_dash_is_no_publication_date() -> None:
    # (QF34, R49's finding 4: a story recalling a day long past opens the same way; the footer's year,
    # the only other date on the page, is decades later)
    got = look_back_page(f"March 4, 1998 — {LOOK_BACK}", "© 2026 Valley Voices")
    assert day_of(got) is None


def test_a_lead_date_months_before_the_fetch_needs_no_other_date() -> None:
    got = look_back_page(f"November 4, 2025 — {LOOK_BACK}", "Valley Voices")
    assert day_of(got) == "2025-11-04"


def test_an_older_lead_date_near_the_pages_other_date_is_kept() -> None:
    got = look_back_page(f"March 4, 2019 — {LOOK_BACK}", "© 2019 Valley Voices")
    assert day_of(got) == "2019-03-04"
