"""Titles after review R16 (F15A): emoji images in the headline, a badge element at its end."""

from __future__ import annotations

from datetime import date

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.headline_parts import emoji_alt, stamp_days

LEDE = "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
URL = "https://harbourtimes.example/2024/05/pier-closes/"


def page(head: str, body: str) -> GenericPage:
    return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", URL)


def test_an_emoji_set_as_an_image_is_part_of_the_headline() -> None:
    h1 = '<h1>Pier closes <img class="emoji" alt="⚓" src="/e/2693.svg"> after divers find rot</h1>'
    head = "<title>Pier closes ⚓ after divers find rot | Harbour Times</title>"
    assert page(head, f"<article>{h1}{LEDE * 3}</article>").title() == "Pier closes ⚓ after divers find rot"


def test_an_images_alt_that_is_words_is_no_emoji() -> None:
    assert emoji_alt("⚓") and emoji_alt("👍🏽") and emoji_alt("🇩🇪")
    assert not emoji_alt("Logo") and not emoji_alt("") and not emoji_alt(None)


def test_an_element_ending_the_headline_that_the_titles_leave_out_is_a_badge() -> None:
    h1 = "<h1>Old ferry pier to close after divers find rot <span class='tag'>Members</span></h1>"
    head = '<meta property="og:title" content="Old ferry pier to close after divers find rot"><title>x</title>'
    assert page(head, f"<article>{h1}{LEDE * 3}</article>").title() == "Old ferry pier to close after divers find rot"


def test_an_element_ending_the_headline_that_the_titles_carry_stays() -> None:
    h1 = "<h1>Old ferry pier to close after divers find <em>rot</em></h1>"
    head = '<meta property="og:title" content="Old ferry pier to close after divers find rot">'
    assert page(head, f"<article>{h1}{LEDE * 3}</article>").title() == "Old ferry pier to close after divers find rot"


def test_a_subtitle_at_the_headlines_end_is_no_badge() -> None:
    h1 = "<h1>Old ferry pier to close <span>Divers found the piles rotten after the storm</span></h1>"
    head = '<meta property="og:title" content="Old ferry pier to close">'
    want = "Old ferry pier to close Divers found the piles rotten after the storm"
    assert page(head, f"<article>{h1}{LEDE * 3}</article>").title() == want


def test_a_date_stamps_days_are_read_day_first_with_dots_and_either_way_with_slashes() -> None:
    assert stamp_days("12.3.1953 - Der Tag, an dem die Fähre sank") == [date(1953, 3, 12)]
    assert stamp_days("2024-05-23 | Old ferry pier to close") == [date(2024, 5, 23)]
    assert stamp_days("04/05/24 - Old ferry pier to close") == [date(2024, 5, 4), date(2024, 4, 5)]
    assert stamp_days("Old ferry pier to close") == []


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        ("JUST IN: Old ferry pier to close after divers find rot", "Old ferry pier to close after divers find rot"),
        ("Exclusive | Old ferry pier to close after divers find rot", "Old ferry pier to close after divers find rot"),
        ("BREAKING NEWS: Old ferry pier to close", "Old ferry pier to close"),
        # a headline opening with a word and a colon, or a label naming the story's kind, stays
        ("Mayor: 'We will rebuild the old ferry pier'", "Mayor: 'We will rebuild the old ferry pier'"),
        (
            "Live updates: Old ferry pier closes after divers find rot",
            "Live updates: Old ferry pier closes after divers find rot",
        ),
        ("Analysis: Why the old ferry pier had to close", "Analysis: Why the old ferry pier had to close"),
        ("Exclusive: Ferries", "Exclusive: Ferries"),  # too short a rest to be a headline
        # (QF34, R49's finding 8) a label in small letters before a colon: a wire's headline carries it
        (
            "Exclusive: Ferry operator in talks to buy two boats from rival",
            "Exclusive: Ferry operator in talks to buy two boats from rival",
        ),
        (
            "Breaking: Old ferry pier to close after divers find rot",
            "Breaking: Old ferry pier to close after divers find rot",
        ),
        ("EXCLUSIVE: Ferry operator in talks to buy two boats", "Ferry operator in talks to buy two boats"),
    ],
)
def test_a_desks_label_written_into_the_headlines_text_is_no_part_of_it(h1: str, title: str) -> None:
    head = f"<title>{h1} | Harbour Times</title>"
    assert page(head, f"<article><h1>{h1}</h1>{LEDE * 3}</article>").title() == title
