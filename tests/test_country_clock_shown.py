"""A page whose stamps write UTC but whose date lines show the country's clock: the update line
shown with no zone is the modified stamp's instant in the zone of the country domain, so the
publication line, also shown with no zone, is read in that zone. Fixtures written for these tests."""

from __future__ import annotations

from datetime import UTC

from newscrawl.pages import extract

URL = "https://www.bayside-courier.com.au/news/wharf-reopens/news-story/77aa01"


def _page(modified_stamp: str) -> bytes:
    return (
        '<html lang="en"><head><title>Wharf reopens after repairs</title>'
        f'<meta property="article:modified_time" content="{modified_stamp}"></head><body><article>'
        "<h1>Wharf reopens after repairs</h1><div class='dates'><p>Updated March 3, 2026 — 9:15am"
        "<span>first published March 2, 2026 — 6:40pm</span></p></div>"
        "<p>The Bayside wharf reopened to ferries on Monday after eight months of repairs to its piles.</p>"
        "<p>The works cost $12 million, more than twice the first estimate, the council said.</p>"
        "<p>Commuters had taken buses around the bay since the wharf closed in June.</p>"
        "</article></body></html>"
    ).encode()


def test_the_update_on_the_countrys_clock_puts_the_publication_in_that_zone() -> None:
    # 9:15am AEDT on March 3 is 22:15Z on March 2: the page shows Sydney's clock.
    article, reason = extract(_page("2026-03-02T22:15:00Z"), URL)
    assert article is not None, reason
    assert article.published_at is not None
    assert article.published_at.astimezone(UTC).isoformat() == "2026-03-02T07:40:00+00:00"


def test_a_stamp_off_the_shown_clock_is_no_evidence() -> None:
    # The stamp is no shown time in Sydney: the stamps' UTC reads the line, as before.
    article, reason = extract(_page("2026-03-02T23:50:00Z"), URL)
    assert article is not None, reason
    assert article.published_at is not None
    assert article.published_at.astimezone(UTC).isoformat() == "2026-03-02T18:40:00+00:00"
