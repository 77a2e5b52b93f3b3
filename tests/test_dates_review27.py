"""Date forms and zones from review set rv27 (session 14, brief FD13): pages and texts we wrote."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newscrawl.date_forms import solar_hijri_to_gregorian, western
from newscrawl.dates import parse_date
from newscrawl.pages import GenericPage

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
    """ "art", "pet" and "cot" are words: only "ART", "PET", "COT" after a time are zones."""
    assert parse_date("26/11/2026 21:15 art", UTC).utcoffset() == timedelta(0)


# -- the Swahili clock ------------------------------------------------------------------------------


SWAHILI_HEADLINE = "Bandari ya Tanga yapokea meli mpya ya mizigo"
SWAHILI_STORY = "".join(
    f"<p>Aya ya {n}: meli hiyo ilitia nanga jioni na mamlaka ya bandari ilisema itasaidia wafanyabiashara "
    f"wa mkoa kusafirisha mizigo yao kwa haraka zaidi kuliko hapo awali.</p>"
    for n in range(1, 5)
)


def swahili_page(line: str) -> GenericPage:
    html = (
        f'<html lang="sw"><head><title>{SWAHILI_HEADLINE}</title></head><body><main><article>'
        f'<h1>{SWAHILI_HEADLINE}</h1><div class="entry-meta"><span class="tarehe">{line}</span></div>'
        f"{SWAHILI_STORY}</article></main></body></html>"
    )
    return GenericPage(html, "https://habari.example.co.tz/habari/meli-mpya-118822")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Alhamisi, Novemba 26, 2026 saa 3:30 usiku (EAT)", datetime(2026, 11, 26, 18, 30, tzinfo=UTC)),
        ("Novemba 26, 2026 saa 2 asubuhi (EAT)", datetime(2026, 11, 26, 5, 0, tzinfo=UTC)),
        ("Novemba 26, 2026 saa 7:15 mchana (EAT)", datetime(2026, 11, 26, 10, 15, tzinfo=UTC)),
        ("Novemba 26, 2026 saa 6 usiku (EAT)", datetime(2026, 11, 25, 21, 0, tzinfo=UTC)),
        ("Novemba 26, 2026 saa 8:40 usiku (EAT)", datetime(2026, 11, 25, 23, 40, tzinfo=UTC)),
    ],
)
def test_swahili_clock_counts_hours_from_six(line: str, expected: datetime) -> None:
    """ "saa 3:30 usiku" is 21:30 (the third hour of the night), "saa 2 asubuhi" 08:00, "saa 6
    usiku" midnight and "saa 8:40 usiku" 02:40 the next morning (EAT, UTC+3)."""
    assert swahili_page(line).published_at() == expected


def test_saa_with_no_part_of_day_is_the_western_clock() -> None:
    assert western("saa 21:30 (EAT)") == "saa 21:30 (EAT)"
    assert swahili_page("Novemba 26, 2026 saa 21:30 (EAT)").published_at() == datetime(2026, 11, 26, 18, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("saa 21:30 usiku", "21:30"),
        ("saa 13:30 mchana", "13:30"),
        ("saa 0:15 usiku", "00:15"),
        ("saa 12 mchana", "18:00"),  # the twelfth hour of the day, on the Swahili clock
    ],
)
def test_saa_with_a_24_hour_time_and_a_part_of_day_is_the_western_clock(text: str, expected: str) -> None:
    """Hours 0 and 13 to 23 are the western clock: "saa 13:30 mchana" is 13:30, not 19:30."""
    assert western(text) == expected
    line = f"Imechapishwa: 26 Novemba 2026, {text}" if expected == "13:30" else None
    if line:
        assert swahili_page(line).published_at() == datetime(2026, 11, 26, 10, 30, tzinfo=UTC)


# -- a two-digit Buddhist-era year ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26 พ.ย. 69 16:20 น.", "26 nov 2026 16:20 น."),
        ("3 ม.ค. 70", "3 jan 2027"),
        ("1 พ.ย. 16:20 น.", "1 nov 16:20 น."),  # no year: the time stays a time
    ],
)
def test_two_digit_buddhist_year_after_a_thai_month(text: str, expected: str) -> None:
    assert western(text) == expected


def test_thai_date_line_with_a_two_digit_year_dates_the_page() -> None:
    headline = "เชียงใหม่เปิดจุดชมดอกไม้เพิ่มสามแห่งในฤดูหนาวนี้"
    story = "".join(
        f"<p>ย่อหน้าที่ {n} เจ้าหน้าที่ระบุว่าดอกไม้จะเริ่มบานในช่วงปลายเดือนธันวาคมและคาดว่าจะมีนักท่องเที่ยวมาก</p>" for n in range(1, 5)
    )
    html = (
        f'<html lang="th"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>'
        f'<div class="entry-meta"><span class="date">26 พ.ย. 69 16:20 น.</span></div>{story}</article></body></html>'
    )
    article = GenericPage(html, "https://news.example.co.th/news/local/118822")
    assert article.published_at() == datetime(2026, 11, 26, 9, 20, tzinfo=UTC)


# -- the update on the publication's line -----------------------------------------------------------


def _line_page(line: str, lang: str, url: str, headline: str, sentence: str) -> GenericPage:
    story = "".join(f"<p>{sentence} ({n})</p>" for n in range(1, 5))
    html = (
        f'<html lang="{lang}"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>'
        f'<div class="entry-meta"><div class="date">{line}</div></div>{story}</article></body></html>'
    )
    return GenericPage(html, url)


def test_japanese_update_in_brackets_with_no_year() -> None:
    """ "2026年11月26日 午後9:05（最終更新 11月27日 午前8:10）": the update takes the publication's
    year (and zone: Tokyo, from the ``.jp`` domain)."""
    article = _line_page(
        "2026年11月26日 午後9:05（最終更新 11月27日 午前8:10）",
        "ja",
        "https://www.port-news.example.jp/news/article/118822",
        "高松港に大型クルーズ船が来春から寄港倍増へ",
        "高松港への大型クルーズ船の寄港が来春から倍増する見通しとなったと県が明らかにした。" * 3,
    )
    assert article.published_at() == datetime(2026, 11, 26, 12, 5, tzinfo=UTC)
    assert article.modified_at() == datetime(2026, 11, 26, 23, 10, tzinfo=UTC)


def test_urdu_publication_and_update_on_one_line() -> None:
    """ "شائع ... شام — اپ ڈیٹ ... صبح": published (شائع) and updated (اپ ڈیٹ), apart by an em dash."""
    article = _line_page(
        "شائع 26 نومبر 2026 06:10 شام — اپ ڈیٹ 27 نومبر 2026 09:00 صبح",
        "ur",
        "https://www.frontier-news.example.pk/news/118822",
        "پشاور میں بس کے دو نئے روٹس کا آغاز کر دیا گیا",
        "حکام کے مطابق نئے روٹس سے شہر کے اطراف کی آبادیوں کو سفر میں آسانی ہوگی اور رش کم ہوگا۔" * 2,
    )
    assert article.published_at() == datetime(2026, 11, 26, 13, 10, tzinfo=UTC)
    assert article.modified_at() == datetime(2026, 11, 27, 4, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "lang", "url", "published", "modified"),
    [
        # a weekday in brackets is no part mark
        ("公開日：2026年11月26日（木）14:05　更新日：2026年11月27日（金）9:10", "ja", "https://www.port-news.example.jp/news/article/118822",
         datetime(2026, 11, 26, 5, 5, tzinfo=UTC), datetime(2026, 11, 27, 0, 10, tzinfo=UTC)),
        # an em dash before the first date's time is no part mark either
        ("Publié le 26/11/2026 — 14h05, mis à jour le 27/11/2026 à 09h10", "fr", "https://www.port-news.example.fr/news/118822",
         datetime(2026, 11, 26, 13, 5, tzinfo=UTC), datetime(2026, 11, 27, 8, 10, tzinfo=UTC)),
        # the same when the update gives no year (it takes the publication's)
        ("Publié le 26 novembre 2026 — 14h05, mis à jour le 27 novembre à 09h10", "fr", "https://www.port-news.example.fr/news/118822",
         datetime(2026, 11, 26, 13, 5, tzinfo=UTC), datetime(2026, 11, 27, 8, 10, tzinfo=UTC)),
        ("2026年11月26日（木）14:05（最終更新 11月27日 午前8:10）", "ja", "https://www.port-news.example.jp/news/article/118822",
         datetime(2026, 11, 26, 5, 5, tzinfo=UTC), datetime(2026, 11, 26, 23, 10, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_part_mark_inside_the_first_date_is_no_cut(
    line: str, lang: str, url: str, published: datetime, modified: datetime
) -> None:
    """A line is cut at a mark only where the second date's label follows it."""
    article = _line_page(
        line,
        lang,
        url,
        "高松港に大型クルーズ船が来春から寄港倍増へ",
        "高松港への大型クルーズ船の寄港が来春から倍増する見通しとなった。" * 4,
    )
    assert (article.published_at(), article.modified_at()) == (published, modified)


def test_korean_month_and_day_take_the_year() -> None:
    from newscrawl.pages.date_hints import year_filled

    assert year_filled("수정 11월 27일 오전 8:10", 2026) == "수정 2026년 11월 27일 오전 8:10"
    assert year_filled("最終更新 2026年11月27日", 2026) is None


def test_hindi_update_then_publication_in_devanagari_digits() -> None:
    """ "अपडेटेड: 27 नवंबर 2026, 10:15 AM IST | प्रकाशित: २६ नवंबर २०२६, ०९:४० PM": the update in
    Latin digits, the publication in Devanagari ones; each is read, the publication in IST."""
    article = _line_page(
        "अपडेटेड: 27 नवंबर 2026, 10:15 AM IST | प्रकाशित: २६ नवंबर २०२६, ०९:४० PM",
        "hi",
        "https://www.jaipur-samachar.example.in/state/metro-tender-118822.html",
        "जयपुर मेट्रो के दूसरे चरण का टेंडर जारी किया गया",
        "जयपुर मेट्रो रेल कॉरपोरेशन ने दूसरे चरण के सिविल कार्य के लिए टेंडर जारी कर दिया है और काम जल्द शुरू होगा।" * 2,
    )
    assert article.published_at() == datetime(2026, 11, 26, 16, 10, tzinfo=UTC)
    assert article.modified_at() == datetime(2026, 11, 27, 4, 45, tzinfo=UTC)


# -- Solar Hijri dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1399, 1, 1), date(2020, 3, 20)),
        ((1403, 1, 1), date(2024, 3, 20)),
        ((1403, 12, 30), date(2025, 3, 20)),  # a leap year's last day
        ((1404, 1, 1), date(2025, 3, 21)),
        ((1405, 9, 5), date(2026, 11, 26)),
    ],
)
def test_solar_hijri_to_gregorian(solar: tuple[int, int, int], gregorian: date) -> None:
    """Nowruz falls on the day of the March equinox (20 March 2024, 21 March 2025)."""
    assert solar_hijri_to_gregorian(*solar) == gregorian


@pytest.mark.parametrize(
    ("line", "url", "expected"),
    [
        # Iran's month names, Persian digits, Tehran time (+03:30)
        ("تاریخ انتشار: پنجشنبه ۵ آذر ۱۴۰۵ - ۱۸:۲۰", "https://www.north-news.example.ir/news/118822",
         datetime(2026, 11, 26, 14, 50, tzinfo=UTC)),
        # Afghanistan's (Dari) month names, the Gregorian beside it, Kabul time (+04:30)
        ("پنجشنبه ۵ قوس ۱۴۰۵ (۲۶ نوامبر ۲۰۲۶) ساعت ۱۵:۳۰", "https://www.herat-daily.example.af/news/118822",
         datetime(2026, 11, 26, 11, 0, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_solar_hijri_date_line_dates_the_page(line: str, url: str, expected: datetime) -> None:
    article = _line_page(
        line,
        "fa",
        url,
        "بارش برف راه‌های کوهستانی استان را مسدود کرد",
        "بارش سنگین برف از بامداد روز گذشته چند جاده کوهستانی را مسدود کرد و ماموران راهداری در حال بازگشایی آن هستند."
        * 2,
    )
    assert article.published_at() == expected


def test_levantine_march_is_no_solar_month() -> None:
    """ "آذار" (March in the Levant) is not the Solar Hijri "آذر"; a Gregorian year is no Solar one."""
    assert western("5 آذار 2026") == "5 آذار 2026"
    assert western("5 آذر 2026") == "5 آذر 2026"
