"""Part-of-day words beside a 12-hour clock (session 12, FD12; review rv25's class 2): Tagalog
"ng gabi", Urdu "شام", Bengali "রাত", Hindi "शाम" read as the afternoon or the night they say."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import byline_name_part, name_beside_date

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 November 2025 08:15 شام", datetime(2025, 11, 24, 20, 15)),  # Urdu evening, after the clock
        ("24 November 2025, صبح 9:05", datetime(2025, 11, 24, 9, 5)),  # Urdu morning, before it
        ("২৪ নভেম্বর ২০২৫ | রাত ৯:২০", datetime(2025, 11, 24, 21, 20)),  # Bengali night, evening hour
        ("২৪ নভেম্বর ২০২৫, রাত ১২:১০", datetime(2025, 11, 24, 0, 10)),  # Bengali night, after midnight
        ("২৪ নভেম্বর ২০২৫, বিকেল ৪:৩০", datetime(2025, 11, 24, 16, 30)),  # Bengali afternoon
        ("24 नवंबर 2025, शाम 7:10", datetime(2025, 11, 24, 19, 10)),  # Hindi evening
        ("November 24, 2025 | 7:30 NG GABI", datetime(2025, 11, 24, 19, 30)),  # Tagalog evening
        ("November 24, 2025 10:15 ng umaga", datetime(2025, 11, 24, 10, 15)),  # Tagalog morning
        ("November 24, 2025 | 12:15 NG GABI", datetime(2025, 11, 24, 0, 15)),  # Tagalog night, after midnight
        ("November 24, 2025 11:40 ng gabi", datetime(2025, 11, 24, 23, 40)),  # Tagalog night, before it
    ],
)
def test_part_of_day_words(text: str, expected: datetime) -> None:
    assert parse_date(text, UTC) == expected.replace(tzinfo=UTC)


def test_a_word_that_is_no_clock_beside_it_changes_nothing() -> None:
    assert parse_date("Sabi ng gabi, 24 November 2025", UTC) == datetime(2025, 11, 24, tzinfo=UTC)
    assert parse_date("রাতে বৃষ্টি, ২৪ নভেম্বর ২০২৫", UTC) == datetime(2025, 11, 24, tzinfo=UTC)


def test_a_philippine_date_line_in_the_evening() -> None:
    html = (
        '<html lang="tl"><head><title>Bagong tulay sa Marikina</title></head><body><article>'
        '<h1>Bagong tulay sa Marikina</h1><div class="date">Nobyembre 24, 2025 | 7:30 NG GABI</div>'
        + "".join(
            f"<p>Talata {n}: binuksan ang bagong tulay sa ilog matapos ang dalawang taon ng paggawa.</p>"
            for n in range(4)
        )
        + "</article></body></html>"
    )
    story = GenericPage(html, "https://balita.example.ph/metro/bagong-tulay-marikina")
    assert story.published_at() == datetime(2025, 11, 24, 11, 30, tzinfo=UTC)  # 19:30 in Manila (+08:00)


# -- month names: Levantine Arabic, Vietnamese ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الخميس 24 تشرين الثاني 2025 08:05", datetime(2025, 11, 24, 8, 5)),
        ("3 تشرين الأول 2025", datetime(2025, 10, 3)),
        ("12 كانون الأول 2025", datetime(2025, 12, 12)),
        ("7 كانون الثاني 2026", datetime(2026, 1, 7)),
        ("Tháng Mười Một 24, 2025", datetime(2025, 11, 24)),  # WordPress's vi locale
        ("Tháng Mười 2, 2025", datetime(2025, 10, 2)),
        ("Tháng Năm 3, 2025", datetime(2025, 5, 3)),
        ("ngày 24 tháng 11 năm 2025", datetime(2025, 11, 24)),
        ("24 tháng 11, 2025 14:05", datetime(2025, 11, 24, 14, 5)),
    ],
)
def test_levantine_and_vietnamese_months(text: str, expected: datetime) -> None:
    assert parse_date(text, UTC) == expected.replace(tzinfo=UTC)


def test_a_vietnamese_month_word_with_no_date_beside_it_is_left() -> None:
    assert parse_date("tháng hai năm nay", UTC) is None


@pytest.mark.parametrize("writer", ["Minh Châu", "Lê Văn Tám"])  # "Tám" (eight), a birth-order name
def test_a_vietnamese_wordpress_date_line_dates_the_page_and_names_no_writer(writer: str) -> None:
    html = (
        '<html lang="vi"><head><title>Cầu mới qua sông Hàn</title></head><body><article><header>'
        "<h1>Cầu mới qua sông Hàn</h1>"
        '<div class="entry-meta"><span class="posted-on">Đăng vào <a href="#" rel="bookmark">'
        '<span class="entry-date published">Tháng Mười Một 24, 2025</span></a></span> '
        f'<span class="byline">bởi <a href="/author/w/">{writer} Tháng Mười Một 24, 2025</a></span></div></header>'
        + "".join(
            f"<p>Đoạn {n}: cây cầu mới qua sông Hàn sẽ được thông xe vào cuối tuần này sau hai năm.</p>"
            for n in range(4)
        )
        + "</article></body></html>"
    )
    story = GenericPage(html, "https://tinmoi.example.vn/do-thi/cau-moi-qua-song-han")
    assert story.published_at().date() == datetime(2025, 11, 24).date()
    assert story.authors() == [writer]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Lê Văn Tám 26/11/2026 14:05", "Lê Văn Tám"),
        ("Trần Thị Ba Tháng Mười Một 24, 2025", "Trần Thị Ba"),
        ("Phạm Văn Hai 26.11.2026", "Phạm Văn Hai"),
    ],
)
def test_vietnamese_number_words_after_a_name_are_the_name(byline: str, name: str) -> None:
    # "Năm", "Ba", "Tám" are month words only after "tháng"; elsewhere given names.
    assert byline_name_part(byline) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("26/11/2026 | Nguyễn Văn Năm", "Nguyễn Văn Năm"),
        ("Tháng Mười Một 24, 2025 - Lê Văn Tám", "Lê Văn Tám"),
        ("Tháng Mười Một 24, 2025", None),
    ],
)
def test_a_vietnamese_name_beside_a_date(line: str, name: str | None) -> None:
    assert name_beside_date(line) == name


def test_a_thai_update_labelled_prap_prung_is_the_update_its_stamp_copies() -> None:
    """ "ปรับปรุง" ("revised") labels the update: the JSON-LD publication on its clock is the update,
    the line labelled "เผยแพร่" ("published") the publication."""
    ld = '{"@type": "NewsArticle", "datePublished": "2025-11-24T18:05:00+07:00", "dateModified": "2025-11-24T18:05:00+07:00"}'
    html = (
        f'<html lang="th"><head><title>สะพานใหม่</title><script type="application/ld+json">{ld}</script></head>'
        '<body><article><h1>สะพานใหม่ข้ามแม่น้ำ</h1><div class="meta"><span>เผยแพร่: 24 พ.ย. 2568 14:20 น.</span> '
        "<span>ปรับปรุง: 24 พ.ย. 2568 18:05 น.</span></div>"
        + "".join(f"<p>ย่อหน้า {n} เทศบาลเริ่มก่อสร้างสะพานแห่งใหม่ข้ามแม่น้ำเพื่อลดการจราจรในตัวเมืองช่วงเทศกาล</p>" for n in range(4))
        + "</article></body></html>"
    )
    story = GenericPage(html, "https://khao.example.co.th/local/new-bridge")
    assert story.published_at() == datetime(2025, 11, 24, 7, 20, tzinfo=UTC)
    assert story.modified_at() == datetime(2025, 11, 24, 11, 5, tzinfo=UTC)
