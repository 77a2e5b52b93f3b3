"""Date and title classes closed after review R24 (set rv22; pages we wrote): Gregorian month names
of the scripts of India and Bangladesh, Urdu, Tagalog and Swahili months, more native digits, Hindi
forenoon / afternoon words, Japanese era years, the Thai era mark between month and year, the
Common-era mark after a year; "IST" of Israel and Ireland; a CMS's "Z" on a local clock; a time in an
element of its own after another calendar's date; update labels of Indian scripts and Thai; a
JSON-LD publication reset to the update the page shows; a dateless update time; "hace 3 horas"
with its stamp in a title; a CJK title's underscore tails; zero-width joiners kept in the body."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.date_forms import western
from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import strip_site_tail
from newscrawl.pages.date_hints import in_language

UTC = timezone.utc
NOW = datetime(2026, 12, 1, tzinfo=UTC)
HEADLINE = "Harbour ferry adds a late crossing for the festival week"
STORY = "".join(
    f"<p>Paragraph {n} says the ferry company will run one more crossing each night of the festival, "
    f"leaving the east pier at half past eleven, after crowds missed the last boat home last year.</p>"
    for n in range(1, 5)
)


def page(
    meta: str,
    url: str,
    *,
    lang: str = "en",
    head: str = "",
    after: str = "",
    title: str = HEADLINE,
    fetched_at: datetime | None = None,
) -> GenericPage:
    html = (
        f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>'
        f"<main><article><h1>{HEADLINE}</h1>{meta}{STORY}{after}</article></main></body></html>"
    )
    return GenericPage(html, url, fetched_at=fetched_at)


def utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value else None


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# -- month names and digits of other scripts -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("प्रकाशित: 26 नवंबर 2026, 08:15 AM", datetime(2026, 11, 26, 8, 15)),  # Hindi
        ("गुरुवार, २६ नोव्हेंबर २०२६, ०३:४० PM", datetime(2026, 11, 26, 15, 40)),  # Marathi
        ("প্রকাশ: ২৬ নভেম্বর ২০২৬, ১১: ২০", datetime(2026, 11, 26, 11, 20)),  # Bengali, "HH: MM"
        ("૨૬ નવેમ્બર, ૨૦૨૬ ૧૨:૧૫ PM", datetime(2026, 11, 26, 12, 15)),  # Gujarati digits and month
        ("பதிவு செய்த நாள்: நவ 26, 2026 10:05", datetime(2026, 11, 26, 10, 5)),  # Tamil abbreviation
        ("੨੬ ਨਵੰਬਰ ੨੦੨੬", datetime(2026, 11, 26)),  # Gurmukhi
        ("௨௬ மார்ச் ௨௦௨௬", datetime(2026, 3, 26)),  # Tamil digits
        ("26 Nov 2026, 03:40 अपराह्न", datetime(2026, 11, 26, 15, 40)),  # afternoon
        ("26 Nov 2026, 11:40 पूर्वाह्न", datetime(2026, 11, 26, 11, 40)),  # forenoon
        ("جمعرات 26 نومبر 2026ء", datetime(2026, 11, 26)),  # Urdu month, era mark
        ("令和8年11月26日 15時20分", datetime(2026, 11, 26, 15, 20)),  # Japanese era year
        ("令和元年5月1日", datetime(2019, 5, 1)),
        ("วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569 เวลา 11:15 น.", datetime(2026, 11, 26, 11, 15)),
    ],
)
def test_months_digits_and_eras_of_other_scripts_are_read(text: str, expected: datetime) -> None:
    assert parse_date(text, "UTC", now=NOW) == expected.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "நவராத்திரி 26, 2026",  # a Tamil word that starts with the month's abbreviation
        "பலி எண்ணிக்கை 25 ஆக உயர்வு",  # Tamil "ஆக" ("to"), the abbreviation of August, with no year
        "இதுவரை 12 நவ பேர்",  # nor "நவ" after a number, with no year
        "मे 5, 2026",  # Marathi "May", a Hindi misspelling of "in": not read
        "१४४८ه",  # a Hijri year keeps its mark
        "قال جون 12 2025",  # Arabic "John", Urdu "June" (read on Urdu pages only)
    ],
)
def test_month_syllables_inside_words_and_hijri_years_are_no_dates(text: str) -> None:
    assert parse_date(text, "UTC", now=NOW) is None


def test_era_mark_goes_after_a_gregorian_year_only() -> None:
    assert western("٢٦ نوفمبر ٢٠٢٦م ١:٣٠ م") == "26 نوفمبر 2026 1:30 م"  # the second "م" is pm
    assert western("16 جمادی الثانی 1448ھ") == "16 جمادی الثانی 1448ھ"


def test_tagalog_and_swahili_months_are_read_on_pages_of_their_language_only() -> None:
    tagalog = '<p class="date">Nobyembre 26, 2026 - 8:12 AM</p>'
    swahili = '<p class="date">Alhamisi, Novemba 26, 2026 — 11:30</p>'
    assert utc(page(tagalog, "https://balita.example.com/a/1", lang="tl").published_at()) == at(2026, 11, 26, 8, 12)
    assert utc(page(swahili, "https://habari.example.com/a/1", lang="sw").published_at()) == at(2026, 11, 26, 11, 30)
    assert page(swahili, "https://habari.example.com/a/1", lang="en").published_at() is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ika-2 set, 12:30 2026", None),  # "set" in running text, a clock after it
        ("Ika-2 peb, 12:30 2026", None),
        ("Set. 26, 2026", datetime(2026, 9, 26)),
        ("Nob 26, 2026 - 8:12 AM", datetime(2026, 11, 26, 8, 12)),
        ("26 Set 2026", datetime(2026, 9, 26)),
    ],
)
def test_tagalog_month_abbreviations_only_as_a_date_writes_them(text: str, expected: datetime | None) -> None:
    found = parse_date(in_language(text, "tl"), "UTC", now=NOW)
    assert found == (expected.replace(tzinfo=UTC) if expected else None)


def test_urdu_june_is_read_on_an_urdu_page() -> None:
    line = '<p class="date">جمعہ 12 جون 2026ء</p>'
    assert page(line, "https://urdu.example.pk/a-1", lang="ur").published_at().date() == datetime(2026, 6, 12).date()


def test_thai_era_mark_between_month_and_year_reads_on_the_page() -> None:
    line = '<p class="date">วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569 เวลา 11:15 น.</p>'
    assert utc(page(line, "https://khao.example.co.th/view/1", lang="th").published_at()) == at(2026, 11, 26, 4, 15)


# -- zones -----------------------------------------------------------------------------------------


def test_ist_is_israel_on_an_israeli_page_and_india_elsewhere() -> None:
    line = '<p class="date">26 November 2026, 3:14 pm IST</p>'
    assert utc(page(line, "https://www.post.example.co.il/a/1").published_at()) == at(2026, 11, 26, 13, 14)
    assert utc(page(line, "https://www.post.example.ie/a/1").published_at()) == at(2026, 11, 26, 14, 14)
    assert utc(page(line, "https://www.post.example.in/a/1").published_at()) == at(2026, 11, 26, 9, 44)


def test_a_z_stamp_on_the_shown_clock_is_local_time_on_a_page_of_a_country_off_utc() -> None:
    line = '<time class="published" datetime="2026-11-26T08:30:00Z">Thứ năm, 26/11/2026 - 08:30</time>'
    assert utc(page(line, "https://tin.example.vn/a-1.html", lang="vi").published_at()) == at(2026, 11, 26, 1, 30)
    # On a British page in winter the same stamp is the same instant.
    assert utc(page(line, "https://news.example.co.uk/a-1.html").published_at()) == at(2026, 11, 26, 8, 30)


# -- where the time and the publication stand -------------------------------------------------------


def test_a_time_in_its_own_element_after_another_calendars_date_joins_the_date() -> None:
    meta = (
        '<div class="meta"><span class="date">جمعرات 26 نومبر 2026ء</span> '
        '<span class="hijri">16 جمادی الثانی 1448ھ</span> <span class="time">15:25</span></div>'
    )
    assert utc(page(meta, "https://urdu.example.pk/a-1", lang="ur").published_at()) == at(2026, 11, 26, 10, 25)


@pytest.mark.parametrize(
    "between",
    ["<span>Last updated:</span>", "<span>Updated</span>", "<span>Jane Doe</span>"],
)
def test_a_time_after_a_label_or_a_name_is_not_the_dates(between: str) -> None:
    meta = f'<div class="meta"><span>Published 26 November 2026</span>{between}<span>3:40 pm</span></div>'
    found = page(meta, "https://news.example.com/a-1")
    assert found.published_at() is not None and found.published_at().date() == datetime(2026, 11, 26).date()
    assert (found.published_at().hour, found.published_at().minute) == (0, 0)


def test_a_published_label_before_a_lone_time_is_no_obstacle() -> None:
    meta = '<span class="date">Thursday, November 26, 2026</span> <span class="time">Published at 9:05 am</span>'
    assert utc(page(meta, "https://news.example.co.ug/a-1").published_at()) == at(2026, 11, 26, 6, 5)


def test_hindi_update_label_before_the_publication() -> None:
    meta = (
        '<div class="dates"><span>अपडेटेड: 26 नवंबर 2026, 10:42 AM IST</span> | '
        "<span>प्रकाशित: 26 नवंबर 2026, 08:15 AM IST</span></div>"
    )
    found = page(meta, "https://samachar.example.in/a-1", lang="hi")
    assert utc(found.published_at()) == at(2026, 11, 26, 2, 45)
    assert utc(found.modified_at()) == at(2026, 11, 26, 5, 12)


def _ld(published: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE}
    data.update(datePublished=published, dateModified=published)
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_json_ld_publication_reset_to_the_shown_update_gives_way_to_the_shown_publication() -> None:
    meta = (
        '<div class="time"><span>แก้ไขล่าสุด: 26 พฤศจิกายน 2569 - 16:40 น.</span><br>'
        "<span>เผยแพร่: 26 พฤศจิกายน 2569 - 09:30 น.</span></div>"
    )
    found = page(meta, "https://khao.example.co.th/view/2", lang="th", head=_ld("2026-11-26T16:40:00+07:00"))
    assert utc(found.published_at()) == at(2026, 11, 26, 2, 30)
    assert utc(found.modified_at()) == at(2026, 11, 26, 9, 40)


def test_first_published_at_the_articles_end_beats_a_stamp_that_is_the_shown_update() -> None:
    meta = '<div class="meta"><span>Updated: November 26, 2026 11:05 IST</span></div>'
    end = '<div class="end">First published on: 25-11-2026 at 22:40 IST</div>'
    found = page(meta, "https://express.example.in/a-1", head=_ld("2026-11-26T11:05:00+05:30"), after=end)
    assert utc(found.published_at()) == at(2026, 11, 25, 17, 10)
    assert utc(found.modified_at()) == at(2026, 11, 26, 5, 35)
    # Without the shown update the stamp stands.
    plain = page("", "https://express.example.in/a-1", head=_ld("2026-11-26T11:05:00+05:30"), after=end)
    assert utc(plain.published_at()) == at(2026, 11, 26, 5, 35)


def test_an_update_time_with_no_date_takes_the_publications_day() -> None:
    meta = '<span class="time">2026年11月26日 上午10:05</span> <span class="update">更新時間 下午 2:40</span>'
    found = page(meta, "https://news.example.com.tw/a/1", lang="zh-TW")
    assert utc(found.published_at()) == at(2026, 11, 26, 2, 5)
    assert utc(found.modified_at()) == at(2026, 11, 26, 6, 40)


def test_hace_horas_reads_the_stamp_written_in_its_title() -> None:
    meta = '<span class="ago" title="26/11/2026 11:45">hace 3 horas</span>'
    found = page(meta, "https://diario.example.com.ar/n-1", lang="es")
    assert utc(found.published_at()) == at(2026, 11, 26, 14, 45)
    assert found.published_at() is not None and found.published_at().utcoffset() == timedelta(hours=-3)


# -- titles ----------------------------------------------------------------------------------------


def test_cjk_underscore_tails_after_a_sign_or_digit_go() -> None:
    headline = "前十月空气质量优良天数比例达86%"
    html = (
        f'<html lang="zh-CN"><head><title>{headline}_环保_江城新闻网</title></head><body><header><a class="logo" href="/"><img src="/logo.svg" alt="江城新闻网"></a></header><div class="detail">'
        f'<div class="article-title">{headline}</div><div class="meta"><span class="time">2026-11-26 15:32</span></div>'
        f'<div class="content">{"<p>市生态环境局通报，今年前十个月全市空气质量优良天数比例同比上升三个百分点，细颗粒物平均浓度同比下降。</p>" * 4}</div>'
        "</div></body></html>"
    )
    found = GenericPage(html, "https://www.jiangcheng.example.cn/env/2026-11/26/content_1.htm")
    assert found.title() == headline
    assert utc(found.published_at()) == at(2026, 11, 26, 7, 32)  # the line under the headline found again
    # An underscore between Latin words is no separator.
    assert strip_site_tail("Harbour ferry adds 2 crossings_Site", ["Site"]) == "Harbour ferry adds 2 crossings_Site"


# -- zero-width joiners in the body -----------------------------------------------------------------


def test_zero_width_joiners_inside_words_stay_in_the_body() -> None:
    words = "شهرداری اعلام کرد بلیت اتوبوس\u200cهای شهری با کارت بانکی پرداخت می\u200cشود"
    story = "".join(
        f"<p>{words} و مسافران شماره {n} از این هفته می\u200cتوانند از دستگاه\u200cهای جدید استفاده کنند.</p>"
        for n in range(1, 5)
    )
    html = f'<html lang="fa"><head><title>اتوبوس</title></head><body><article><h1>بلیت اتوبوس با کارت بانکی</h1>{story}</article></body></html>'
    body = GenericPage(html, "https://news.example.ir/a/1").body() or ""
    assert "اتوبوس\u200cهای" in body and "می\u200cشود" in body and "دستگاه\u200cهای" in body
    bengali = "".join(
        f"<p>নারায়ণগঞ্জে অভিযান চালিয়ে নকল ওষুধের কারখানার সন্ধান পেয়েছে র\u200d্যাব, জব্দ হয়েছে {n} লাখ টাকার ওষুধ ও কাঁচামাল।</p>"
        for n in range(1, 5)
    )
    html = f'<html lang="bn"><head><title>র্যাব</title></head><body><article><h1>নকল ওষুধের কারখানা</h1>{bengali}</article></body></html>'
    assert "র\u200d্যাব" in (GenericPage(html, "https://news.example.com.bd/a/1").body() or "")


def test_a_joined_word_at_a_paragraph_s_end_stays_on_a_minified_page() -> None:
    # No blank between "</p><p>": the page's text glued "می‌شود.کارت" and the word's form was not found.
    lines = [
        f"کتابخانه شهر از هفته آینده ساعت کار خود را تا نیمه‌شب افزایش {n} می\u200cدهد و سالن\u200cها باز می\u200cمانند."
        for n in range(1, 5)
    ]
    story = "".join(f"<p>{line}</p>" for line in lines)
    html = f'<html lang="fa"><head><title>کتابخانه</title></head><body><article><h1>ساعت کار کتابخانه</h1>{story}</article><div><a href="/">Facebook</a></div></body></html>'
    body = GenericPage(html, "https://news.example.ir/a/2").body() or ""
    assert body.split("\n\n") == lines


def test_a_word_the_page_also_writes_without_its_joiner_is_left_as_extracted() -> None:
    from newscrawl.pages.joiners import joined_words, restore

    words = joined_words("می\u200cشود و میشود ; کارت\u200cها")
    assert restore("میشود کارتها", words) == "میشود کارت\u200cها"


def test_a_closing_no_reproduction_line_of_a_cjk_site_goes() -> None:
    from newscrawl.pages.body import drop_dangling_tail

    story = ["港の新しいフェリーは来月から夜の便を増やすと運航会社が発表した。", "利用者は前年より二割多い。"]
    for notice in ("無断転載を禁じます", "無断転載禁止", "未经授权，不得转载。", "무단 전재 및 재배포 금지"):
        assert drop_dangling_tail([*story, notice]) == story
    sentence = "同社は無断転載を禁じますと書いた紙を配った。"
    assert drop_dangling_tail([*story, sentence]) == [*story, sentence]


def test_a_stamp_on_the_clock_of_both_shown_lines_stands() -> None:
    meta = '<p class="pub">Published 19.2.2026 16:20</p><p class="upd">Updated 19.2.2026 16:20</p>'
    found = page(meta, "https://uutiset.example.fi/a-1", lang="fi", head=_ld("2026-02-19T16:20:25+02:00"))
    assert found.published_at() == datetime(2026, 2, 19, 14, 20, 25, tzinfo=UTC)
