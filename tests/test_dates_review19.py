"""Date classes closed after review R19 (pages we wrote): a stamp whose day is one reading of a date
line that reads either way keeps its day; the language tag ``en-US`` alone (WordPress's default) is
no US sign on a generic domain; EST/CST/MST/PST are other countries' zones too; a republishing
credit ("Originally published by <outlet>, <date>") does not date the page; Czech, Slovak,
Romanian and Croatian month names are read only on a page of that language."""

from __future__ import annotations

from datetime import date, datetime, timezone

from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage
from newscrawl.pages.base import _date_line_text
from newscrawl.pages.date_hints import in_language, month_first, url_language

UTC = timezone.utc
NOW = datetime(2026, 1, 10, tzinfo=UTC)
HEADLINE = "Harbour ferry adds a late crossing for the festival week"
STORY = "".join(
    f"<p>Paragraph {n} says the ferry company will run one more crossing each night of the festival, "
    f"leaving the east pier at half past eleven, after crowds missed the last boat home last year.</p>"
    for n in range(1, 5)
)


def page(meta: str, html_lang: str, url: str, head: str = "", after: str = "") -> GenericPage:
    html = (
        f'<html lang="{html_lang}"><head><title>{HEADLINE}</title>{head}</head><body>'
        f"<main><article><h1>{HEADLINE}</h1>{meta}{STORY}</article>{after}</main></body></html>"
    )
    return GenericPage(html, url)


def ld(published: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + HEADLINE
        + f'", "datePublished": "{published}"}}</script>'
    )


# 1. A stamp whose day is one of the two readings of the date line says which way the line reads.


def test_a_stamp_whose_day_is_one_reading_of_the_line_keeps_its_day() -> None:
    line = "<div class='when'>Posted 03/09/2025 4:15 PM EDT</div>"  # a US zone: the line reads 9 March
    story = page(line, "en", "https://www.example.com/news/ferry", head=ld("2025-09-03T16:15:00-04:00"))
    assert story.published_at() == datetime(2025, 9, 3, 20, 15, tzinfo=UTC)


def test_wordpress_en_us_alone_on_a_generic_domain_reads_day_first() -> None:
    line = "<div class='posted-on'>03/09/2025</div>"
    stamped = page(line, "en-US", "https://www.harbourtimes.example/news/ferry", head=ld("2025-09-03T08:00:00+01:00"))
    assert stamped.published_at() == datetime(2025, 9, 3, 7, 0, tzinfo=UTC)
    plain = page("<div class='posted-on'>03/09/2025 8:00 am</div>", "en-US", "https://www.harbourtimes.example/n/f")
    assert plain.published_at().date() == date(2025, 9, 3)


def test_en_us_counts_where_the_page_writes_a_month_first_date_elsewhere() -> None:
    footer = "<footer><p>Comments closed 12/28/2025 at midnight.</p></footer>"
    story = page("<div class='posted-on'>03/09/2025 8:00 am</div>", "en-US", "https://www.ht.example/f", after=footer)
    assert story.published_at().date() == date(2025, 3, 9)
    european = footer.replace("12/28/2025", "28/12/2025")
    story = page("<div class='posted-on'>03/09/2025 8:00 am</div>", "en-US", "https://www.ht.example/f", after=european)
    assert story.published_at().date() == date(2025, 9, 3)


# 2. EST, CST, MST and PST name zones of Australia, China, Malaysia, the Philippines and Pakistan too.


def test_shared_zone_names_count_as_us_unless_the_page_is_placed_elsewhere() -> None:
    assert not month_first("03/09/2025 9:30 AM MST", "en", None, "https://www.ferrynews.com.my/a")
    assert not month_first("03/09/2025 9:30 AM CST", "en-US", None, "https://www.ferrynews.cn/a")
    assert not month_first("03/09/2025 9:30 AM EST", "en-AU", None, "https://www.ferrynews.example/a")
    assert not month_first("03/09/2025 9:30 AM PST", "en", "Asia/Manila", "https://www.ferrynews.example/a")
    assert month_first("03/09/2025 9:30 AM MST", "en", None, "https://www.ferrynews.example/a")
    assert month_first("03/09/2025 9:30 AM EST", "en-CA", None, "https://www.ferrynews.ca/a")
    assert month_first("03/09/2025 9:30 AM PDT", "en", None, "https://www.ferrynews.com.my/a")  # US only
    story = page("<div class='date'>03/09/2025 9:30 AM MST</div>", "en-MY", "https://www.ferrynews.example/a")
    assert story.published_at().date() == date(2025, 9, 3)


# 3. A republishing credit dates the original, not the page.


def test_a_republishing_credit_is_no_date_line() -> None:
    assert not _date_line_text("Originally published by Harbour Weekly, 3 September 2025")
    assert not _date_line_text("First published in The Pier Gazette on 3 Sep 2025")
    assert _date_line_text("Originally published Sep. 3, 2025 at 6:00 a.m.")
    assert _date_line_text("First published on Wed 3 Sep 2025 16.10 AEST")
    credit = "<p class='origin'><em>Originally published by Harbour Weekly, 3 September 2025</em></p>"
    footer = "<footer><span class='posted'>Posted 6 September 2025</span></footer>"
    story = page(credit, "en", "https://www.mirror.example/ferry", after=footer)
    assert story.published_at().date() == date(2025, 9, 6)


# 4. Months of one language only on a page of that language.


def test_czech_and_croatian_months_only_on_a_page_of_that_language() -> None:
    assert parse_date("The club counts 12 leden since 2019", UTC, now=NOW, relative=False) is None
    assert in_language("Het koor telt 40 leden sinds 2019", "nl") == "Het koor telt 40 leden sinds 2019"
    assert in_language("12. ledna 2025", "cs") == "12. january 2025"
    assert in_language("12. siječnja 2025.", "hr-HR") == "12. january 2025."
    czech = page("<div class='datum'>12. března 2025 9:30</div>", "cs", "https://www.example.cz/zpravy/trajekt")
    assert czech.published_at().date() == date(2025, 3, 12)


def test_the_urls_language_folder_names_the_language_of_the_dates() -> None:
    assert url_language("https://www.ferry.example/ro/stiri/feribot") == "ro"
    assert url_language("https://www.ferry.example/en/news/ferry") is None  # no month of its own
    assert url_language("https://www.ferry.example/news/ferry") is None
    line = "<div class='info'>Harbour Weekly,\n12 septembrie 2025 16:20</div>"
    story = page(line, "en", "https://www.ferry.example/ro/stiri/feribot")
    assert story.published_at() is not None and story.published_at().date() == date(2025, 9, 12)
    assert story.published_precision() == "minute"
