"""Date forms and zones from review set rv27 (session 14, brief FD13): pages and texts we wrote."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.dates import parse_date

UTC = timezone.utc


def _offset(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


# -- South American zone abbreviations ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26/11/2026 às 21h15 (BRT)", datetime(2026, 11, 26, 21, 15, tzinfo=_offset(-3))),
        ("26/11/2026 21:15 ART", datetime(2026, 11, 26, 21, 15, tzinfo=_offset(-3))),
        ("26/11/2026 09:40 COT", datetime(2026, 11, 26, 9, 40, tzinfo=_offset(-5))),
        ("26/11/2026 09:40 CLT", datetime(2026, 11, 26, 9, 40, tzinfo=_offset(-4))),
    ],
)
def test_south_american_zones_after_a_time(text: str, expected: datetime) -> None:
    """A Brazilian evening in BRT is the next day in UTC ("21h15 (BRT)" is 00:15 UTC)."""
    parsed = parse_date(text, UTC)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


def test_zone_abbreviations_that_are_words_only_in_capitals() -> None:
    """"art", "pet" and "cot" are words: only "ART", "PET", "COT" after a time are zones."""
    assert parse_date("26/11/2026 21:15 art", UTC).utcoffset() == timedelta(0)
