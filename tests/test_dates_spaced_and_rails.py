"""Korean dates written with spaces after the dots, and a teaser rail's times as no evidence of the
page's zone (known gaps closed after review R12; pages we wrote)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage

UTC = timezone.utc
SEOUL = timezone(timedelta(hours=9))
NOW = datetime(2025, 12, 1, tzinfo=UTC)
STORY = "".join(
    f"<p>Paragraph {n} says the harbour ferries will leave every twenty minutes from April, after the operator "
    f"hired more crews and took two older boats out of service for repairs over the winter months.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025. 11. 24. 오후 2:05", datetime(2025, 11, 24, 14, 5, tzinfo=SEOUL)),
        ("입력 2025. 11. 24. 오전 9:30", datetime(2025, 11, 24, 9, 30, tzinfo=SEOUL)),
        ("2025. 11. 24", datetime(2025, 11, 24, tzinfo=SEOUL)),
        ("수정 2025. 11. 24. 14:05", datetime(2025, 11, 24, 14, 5, tzinfo=SEOUL)),
    ],
)
def test_a_korean_date_with_spaces_after_the_dots(text: str, expected: datetime) -> None:
    assert parse_date(text, SEOUL, now=NOW, relative=False) == expected


def test_a_sentence_with_a_year_and_a_figure_is_no_date() -> None:
    assert parse_date("He won in 2019. 12 people came to see it.", SEOUL, now=NOW, relative=False) is None


def test_a_korean_pages_date_lines_with_spaces() -> None:
    headline = "항구 여객선 시간표 4월부터 바뀐다"
    html = (
        f'<html lang="ko"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>'
        "<div class='info'><span>입력 2025. 11. 24. 오후 2:05</span> <span>수정 2025. 11. 24. 오후 3:40</span></div>"
        f"{STORY}</article></body></html>"
    )
    page = GenericPage(html, "https://news.example.kr/article/20251124000123")
    assert page.published_at() == datetime(2025, 11, 24, 14, 5, tzinfo=SEOUL)
    assert page.modified_at() == datetime(2025, 11, 24, 15, 40, tzinfo=SEOUL)


def test_a_teaser_rails_times_are_no_evidence_of_the_pages_zone() -> None:
    # The rail above the headline dates other stories in another zone; the article's own time names
    # none, and its stamps write UTC: it stays as written, not moved into the rail's zone.
    headline = "Harbour ferry timetable changes from April onwards"
    rail = "".join(
        f"<li><a href='/news/{n}'>Another story about the harbour number {n} this week</a>"
        f"<time>Nov 24, 2025 0{n}:15 AM IST</time></li>"
        for n in (1, 2)
    )
    html = (
        f"<html lang='en'><head><title>{headline}</title></head><body><div class='top'><ul>{rail}</ul></div>"
        f"<article><h1>{headline}</h1><div class='date'>November 24, 2025 10:20</div>{STORY}</article></body></html>"
    )
    page = GenericPage(html, "https://ferries.example.com/news/timetable")
    assert page.published_at() == datetime(2025, 11, 24, 10, 20, tzinfo=UTC)
