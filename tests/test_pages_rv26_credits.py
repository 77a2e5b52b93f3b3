"""Review rv26's body, dateline and closing-credit classes (F26): a story in a script without full
stops cut at a related-news insert, closing credits, sign-offs and end marks in many scripts,
datelines in other scripts or with a regional agency, other ad labels, a tweet's attribution line.
Fixtures written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute, take_dateline
from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import is_boilerplate_line


def page(head: str, body: str, url: str) -> GenericPage:
    return GenericPage(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>", url)


def paragraphs(p: GenericPage) -> list[str]:
    return (p.body() or "").split("\n\n")


def story_page(lang: str, title: str, lines: list[str], url: str, inserts: dict[int, str] | None = None) -> GenericPage:
    inserts = inserts or {}
    text = "".join(inserts.get(n, "") + f"<p>{line}</p>" for n, line in enumerate(lines))
    body = (
        f"<header><a href='/'>Site</a></header><main><article><h1>{title}</h1>"
        f"<div class='entry-content'>{text}</div></article></main><footer>About us</footer>"
    )
    return page(f"<title>{title}</title><meta http-equiv='content-language' content='{lang}'>", body, url)


# -- a story in Thai goes on after a related-news insert ---------------------------------------

TH_STORY = [
    "กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักในภาคใต้ตั้งแต่วันเสาร์ถึงวันจันทร์ โดยเฉพาะจังหวัดนครศรีธรรมราชและสงขลา",
    "เจ้าหน้าที่แนะนำให้ชาวประมงงดออกเรือในช่วงนี้เพราะคลื่นสูงสองถึงสามเมตร",
    "โรงเรียนหลายแห่งในอำเภอหาดใหญ่ประกาศหยุดเรียนชั่วคราว",
    "ศูนย์ป้องกันภัยพิบัติเตรียมเรือท้องแบนไว้ยี่สิบลำ",
]


def test_a_thai_story_goes_on_after_a_related_news_insert() -> None:
    # Thai writes no full stop: the story's next sentences are short lines without one, as teaser
    # titles are; only the box's link is its teaser.
    insert = (
        "<div class='inline-box'><strong>อ่านข่าวที่เกี่ยวข้อง</strong><br>"
        "<a href='/news/2025/1/9/771'>น้ำท่วมเชียงรายคลี่คลายแล้ว</a></div>"
    )
    got = story_page("th", "เตือนฝนตกหนักภาคใต้", TH_STORY, "https://khao.example.co.th/news/2025/1/10/772", {2: insert})
    assert paragraphs(got) == TH_STORY


# -- closing credits, end marks and sign-offs in many scripts ----------------------------------

JA = "市は来年度から公園の遊具を順次更新すると発表した。"
ZH = "市交通局表示，新线路开通后将方便沿线居民出行。"
BN = "পৌরসভা মঙ্গলবার নদীর পাড়ে নতুন ঘাট চালু করেছে, যেখান থেকে প্রতিদিন নৌকা চলবে।"
VI = "Thành phố mở thêm bến phà mới bên sông từ thứ Ba, phục vụ hằng ngày từ sáng đến tối."
EN = "The council opened the new ferry pier on Tuesday, with boats every hour until late evening."


@pytest.mark.parametrize(
    ("story", "line", "agencies"),
    [
        (BN, "(বাসস)", ["BSS"]),  # Bengali: BSS in brackets on its own line
        (JA, "（共同）", ["Kyodo"]),  # full-width brackets; "共同" alone is a word elsewhere
        (ZH, "（中新社）", ["China News Service"]),
        (VI, "Lan Chi (theo Reuters)", ["Reuters"]),  # the writer, then "(from Reuters)"
        (EN, "(İHA)", ["İHA"]),
        (JA, "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", ["Yonhap"]),  # Korean copyright line
        (EN, "ⓒ Newsis", ["Newsis"]),
    ],
)
def test_a_closing_credit_in_brackets_is_taken_off_the_story(story: str, line: str, agencies: list[str]) -> None:
    got = attribute([story, story, line])
    assert got.paragraphs == [story, story]
    assert got.attribution.agencies == agencies


@pytest.mark.parametrize("line", ["（完）", "(完)", "（全文完）", "（终）"])
def test_a_chinese_end_mark_leaves_the_story_and_credits_no_one(line: str) -> None:
    got = attribute([ZH, ZH, line])
    assert got.paragraphs == [ZH, ZH]
    assert got.attribution.agencies == [] and got.attribution.credit is None


@pytest.mark.parametrize(
    "line",
    [
        "Lan Chi (theo lời kể của nhân chứng) nói rằng đoàn tàu đã dừng lại ở ga cuối.",  # a sentence
        "(Reuters Institute)",  # a body named after an agency
        "(ảnh: Lan Chi)",  # a caption's credit
        "Ông Nguyễn Văn Hùng, giám đốc sở giao thông (theo Reuters)",  # more than a writer's name
    ],
)
def test_other_bracketed_lines_stay(line: str) -> None:
    assert attribute([VI, VI, line]).paragraphs == [VI, VI, line]


def test_the_writers_e_mail_above_an_agencys_closing_copyright_goes_too() -> None:
    lines = [
        "서울시는 내년부터 시내버스 요금을 150원 올리기로 했다고 27일 밝혔다.",
        "시는 인상분을 노후 차량 교체와 심야 노선 확충에 쓰겠다고 설명했다.",
        "요금 인상은 3월 1일부터 적용된다.",
    ]
    body = (
        "".join(f"<p>{line}</p>" for line in lines)
        + "<p>parkjy@yna.co.kr</p><p>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포 금지&gt;</p>"
    )
    got = page(
        "<title>시내버스 요금 150원 인상</title>",
        f"<main><article><h1>시내버스 요금 150원 인상</h1><div class='article-body'>{body}</div></article></main>",
        "https://hanbit.example.kr/news/2025/11/27/1001",
    )
    assert paragraphs(got) == lines
    assert got.attribution().agencies == ["Yonhap"]


# -- datelines in scripts without capitals ------------------------------------------------------

HI_REST = "नगर निगम ने मंगलवार को नदी के किनारे नया घाट खोल दिया, जहां से हर दिन सुबह से शाम तक नावें चलेंगी।"
UR_REST = "بلدیہ نے منگل کو دریا کے کنارے نیا گھاٹ کھول دیا جہاں سے روزانہ صبح سے شام تک کشتیاں چلیں گی۔"


@pytest.mark.parametrize(
    ("paragraph", "place", "credit"),
    [
        (f"पटना: {HI_REST}", "पटना", None),  # Hindi: a place and a colon, no agency
        (f"नई दिल्ली: {HI_REST}", "नई दिल्ली", None),
        (f"کراچی: {UR_REST}", "کراچی", None),
        (f"حیدر آباد (اے پی پی) {UR_REST}", "حیدر آباد", "(اے پی پی)"),  # a place in two words, no dash
    ],
)
def test_a_caseless_dateline_is_cut_and_read(paragraph: str, place: str, credit: str | None) -> None:
    rest, got_place, got_credit = take_dateline(paragraph)
    assert (got_place, got_credit) == (place, credit)
    assert rest in (HI_REST, UR_REST)


@pytest.mark.parametrize(
    "paragraph",
    [
        f"सवाल: {HI_REST}",  # an interview's question
        "ये भी पढ़ें: नदी किनारे नया घाट",  # a related link's label
        "पटना: नया घाट",  # no sentence after it
        f"خبر رساں ادارے (اے پی پی) {UR_REST}",  # "the news agency (APP) ..." opens a sentence
    ],
)
def test_other_caseless_openings_are_no_dateline(paragraph: str) -> None:
    assert take_dateline(paragraph)[1] is None


# -- the note that the story goes on past an ad slot -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Continua após a publicidade",
        "Continua depois da publicidade",
        "Continúa después de la publicidad",
        "La suite après cette publicité",
        "Weiterlesen nach der Anzeige",
        "Scroll untuk melanjutkan",
        "Scroll ke bawah untuk melanjutkan membaca",
        "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
        "Story continues below advertisement",
        "Haberin devamı reklamdan sonra",
    ],
)
def test_the_note_that_the_story_goes_on_past_an_ad_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "A publicidade continua após a eleição, segundo o tribunal.",
        "The story continues below the fold in the print edition, the editor said.",
        "Scroll untuk melanjutkan membaca artikel ini dianggap mengganggu oleh sebagian pembaca, kata peneliti.",
    ],
)
def test_sentences_about_ads_and_scrolling_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_an_ad_slots_note_inside_the_story_leaves_it() -> None:
    lines = [
        "A prefeitura anunciou nesta terça-feira a reforma completa do mercado municipal do centro.",
        "As obras devem começar em janeiro e durar cerca de oito meses, segundo o secretário de obras.",
        "Os comerciantes serão transferidos para um galpão provisório durante a reforma do prédio.",
    ]
    ad = "<div class='ad-wrap'><span>Continua após a publicidade</span><div id='slot-2'></div></div>"
    got = story_page(
        "pt", "Mercado municipal será reformado", lines, "https://jornal.example.com.br/cidade/2025/11/mercado", {2: ad}
    )
    assert paragraphs(got) == lines


# -- a related box's label glued to its link's title -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "İlgili HaberAnkara'da toplu taşıma ücretleri yeniden belirlendi",  # label and link, no space
        "İlgili Haber",
        "İlgili Haberler:",
        "Lesen Sie auchNeue Radwege für die Innenstadt",
    ],
)
def test_a_related_label_glued_to_its_title_is_an_insert(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "İlgili haberler dün akşam yayınlandı ve kısa sürede çok okundu.",
        "Ilgilizenda is a place, not a label.",
    ],
)
def test_sentences_opening_with_a_labels_words_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


# -- a feed notice as a sentence of its own --------------------------------------------------------

NOTICE_STORY = [
    "The central bank left its policy rate unchanged on Thursday, citing easing inflation and steady growth.",
    "Analysts had expected the decision after consumer prices rose less than forecast in October.",
]


def test_a_bare_feed_notice_naming_the_site_itself_goes_and_gives_no_publisher() -> None:
    notice = "This story has not been edited by Harbour Daily staff and is auto-generated from a syndicated feed."
    got = attribute([*NOTICE_STORY, notice], site_names=["Harbour Daily", "harbourdaily.example.com"])
    assert got.paragraphs == NOTICE_STORY
    assert got.attribution.publisher is None and got.attribution.credit == notice


def test_a_bare_feed_notice_naming_another_site_gives_its_publisher() -> None:
    notice = (
        "Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed."
    )
    got = attribute([*NOTICE_STORY, notice], site_names=["Harbour Daily"])
    assert got.paragraphs == NOTICE_STORY
    assert got.attribution.publisher == "NDTV"


def test_a_storys_sentence_about_a_feed_stays() -> None:
    line = "This story was first told on a syndicated radio show in 1998, and it has been retold many times since."
    assert attribute([*NOTICE_STORY, line]).paragraphs == [*NOTICE_STORY, line]


@pytest.mark.parametrize(
    ("notice", "agencies"),
    [
        ("Artikel ini disiarkan daripada suapan Bernama.", ["Bernama"]),
        ("Berita ini diterbitkan dari umpan berita ANTARA.", ["ANTARA"]),
        ("Artikel ini dihasilkan secara automatik daripada suapan AFP.", ["AFP"]),
        ("This article was published from a Reuters feed.", ["Reuters"]),
        ("This story is auto-generated from the AFP news feed.", ["AFP"]),
        ("This story has been published from a wire agency feed without changes to the text.", []),
    ],
)
def test_a_feed_notice_in_english_indonesian_or_malay_is_a_credit(notice: str, agencies: list[str]) -> None:
    # "(this story / artikel ini) (was published / disiarkan) (from a ... feed / daripada suapan ...)":
    # no body; the agency it names is the credit's.
    got = attribute([*NOTICE_STORY, notice])
    assert got.paragraphs == NOTICE_STORY
    assert got.attribution.agencies == agencies and got.attribution.credit == notice
    tail = story_page(
        "ms", "Kadar dasar kekal", [*NOTICE_STORY, f"<em>{notice} -- Reuters</em>"], "https://kl.example/a"
    )
    assert paragraphs(tail) == NOTICE_STORY


@pytest.mark.parametrize(
    "line",
    [
        "This story spread quickly through social media feeds, and the ministry answered it on Friday.",
        "Artikel ini ditulis selepas suapan bayi di hospital itu dihentikan, kata pengarahnya.",
        "This report was received from residents through a neighbourhood feed, the police said.",
    ],
)
def test_a_storys_sentence_about_a_feed_is_no_notice(line: str) -> None:
    assert attribute([*NOTICE_STORY, line]).paragraphs == [*NOTICE_STORY, line]


FEED_STORY_SENTENCES = [
    "This footage was taken from a doorbell camera feed, police said, and this story was pulled from it too.",
    "This report was obtained from a harbour webcam feed that the port authority shared with investigators on Friday.",
    "This story was taken from a live radio feed that the fire brigade left open during the rescue, officials said.",
    "Laporan ini disampaikan melalui saluran resmi kepada gubernur pada hari Selasa, kata juru bicara dinas.",
    "Berita ini diambil dari saluran televisi milik pemerintah daerah, yang menyiarkan rapat itu secara langsung.",
    "Artikel ini disiarkan daripada suapan langsung mahkamah sebelum hakim menangguhkan perbicaraan pada petang Isnin.",
]


@pytest.mark.parametrize("line", FEED_STORY_SENTENCES)
def test_a_storys_sentence_that_opens_like_a_feed_notice_and_goes_on_stays(line: str) -> None:
    # A notice ends at its feed's word and the agency after it ("... suapan Bernama."); a sentence
    # that goes on past it ("... feed that the brigade left open ...") or names a channel
    # ("saluran") is the story's, also as its last paragraph on a page.
    assert attribute([*NOTICE_STORY, line]).paragraphs == [*NOTICE_STORY, line]
    got = story_page("en", "Rate held", [*NOTICE_STORY, line], "https://ratedesk.example/news/2026/11/20/rate-held")
    assert paragraphs(got) == [*NOTICE_STORY, line]
