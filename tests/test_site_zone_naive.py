"""A date the page writes with no zone ("Tue, 10/07/2025 - 21:40", Drupal's default) is in the
site's timezone when the registry gives one; with none and no country or zone on the page, UTC."""

from __future__ import annotations

from newscrawl.pages import extract
from newscrawl.sites import Site

PAGE = (
    b'<html lang="en"><head><title>Council delays vote</title></head><body><article><h1>Council delays vote</h1>'
    b'<div class="node__submitted">Submitted by editor on <span>Tue, 10/07/2025 - 21:40</span></div>'
    b"<div class='field--name-body'><p>The county council put off its vote on the landfill after a long hearing on Tuesday night.</p>"
    b"<p>Commissioners will take written comments for two more weeks before they decide, the chair said.</p></div>"
    b"</article></body></html>"
)
URL = "https://courier.example.com/news/council-delays-vote"


def test_the_site_zone_reads_a_naive_date() -> None:
    site = Site(
        name="courier",
        base_url="https://courier.example.com/",
        domains=("courier.example.com",),
        timezone="America/New_York",
    )
    article, reason = extract(PAGE, URL, site)
    assert article is not None, reason
    assert article.published_at is not None
    assert article.published_at.isoformat() == "2025-10-07T21:40:00-04:00"


def test_no_zone_anywhere_is_utc() -> None:
    article, _ = extract(PAGE, URL)
    assert article is not None and article.published_at is not None
    assert article.published_at.utcoffset().total_seconds() == 0
    assert article.published_at.replace(tzinfo=None).isoformat() == "2025-10-07T21:40:00"
