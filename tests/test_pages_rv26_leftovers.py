"""Review rv26's leftovers (F27): a story in a script with its own full stop (a danda, "。", Urdu's
"۔") goes on after a related box; one publisher's credit gives one spelling whichever wording
carries it; a Chinese or Japanese copyright notice closes the story. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute
from newscrawl.pages.cleaning import drop_related_blocks
from tests.test_pages_rv26_credits import paragraphs, story_page

# -- a story with a danda, "。" or "۔" goes on after a related box ------------------------------

HI = [
    "नगर निगम ने मंगलवार को पुराने बाजार में नई पार्किंग व्यवस्था शुरू करने की घोषणा की, जिससे रोज़ के जाम से राहत मिलेगी।",
    "पहले चरण में तीन सौ गाड़ियों की जगह बनेगी।",
    "काम अगले महीने शुरू होगा।",
    "निगम के अधिकारियों ने कहा कि दुकानदारों से भी राय ली जाएगी और उनकी चिंताओं पर ध्यान दिया जाएगा।",
]
ZH = [
    "市交通局周二宣布，地铁五号线南延段将于下月底开通试运营，沿线新增四座车站，预计日均客流超过三万人次。",
    "票价维持不变。",
    "首班车六点发出。",
    "交通局提醒市民，开通初期部分出入口暂不开放，请留意站内指引并提前规划出行路线。",
]
UR = [
    "شہر کی انتظامیہ نے منگل کو اعلان کیا کہ پرانے بازار میں گاڑیوں کے لیے نئی پارکنگ اگلے ماہ سے کھل جائے گی۔",
    "پہلے مرحلے میں تین سو گاڑیاں کھڑی ہوں گی۔",
    "کام اگلے ہفتے شروع ہوگا۔",
    "حکام کا کہنا ہے کہ دکانداروں سے بھی مشاورت کی جائے گی اور ان کے خدشات دور کیے جائیں گے۔",
]


@pytest.mark.parametrize(
    ("lang", "lines", "label", "teaser"),
    [
        ("hi", HI, "यह भी पढ़ें", "स्टेशन रोड पर फ्लाईओवर का काम फिर रुका"),
        ("zh", ZH, "相关阅读", "机场快线周末加开夜班车"),
        ("ur", UR, "یہ بھی پڑھیں", "ریلوے اسٹیشن کے قریب نیا پل تیار"),
    ],
)
def test_a_storys_short_lines_after_a_related_box_stay(lang: str, lines: list[str], label: str, teaser: str) -> None:
    # The box's teaser (a link) goes; the story's next short sentences, each ending in its
    # script's full stop, are no teasers.
    box = f"<p><strong>{label}</strong></p><p><a href='/city/2025/1/9/881'>{teaser}</a></p>"
    got = story_page(lang, lines[0][:20], lines, "https://khabar.example.in/city/2025/1/10/882", {1: box})
    assert paragraphs(got) == lines


def test_a_subheading_after_a_related_box_stays_when_it_is_no_link() -> None:
    # No danda on a subheading: it is no teaser since no link on the page has its text.
    lines = [*HI[:1], "यात्रियों की राय", *HI[1:]]
    box = "<p><strong>यह भी पढ़ें</strong></p><p><a href='/city/2025/1/9/881'>स्टेशन रोड पर फ्लाईओवर का काम फिर रुका</a></p>"
    got = story_page("hi", "पार्किंग", lines, "https://khabar.example.in/city/2025/1/10/883", {1: box})
    assert paragraphs(got) == lines


def test_the_teasers_of_a_related_box_still_go() -> None:
    teasers = ["机场快线周末加开夜班车", "老城区公交线路调整"]
    assert drop_related_blocks([ZH[0], "相关阅读", *teasers, *ZH[1:]], lambda: set(teasers)) == ZH
    # Without the page's links, a line ending in its script's full stop still ends the box.
    assert drop_related_blocks([HI[0], "यह भी पढ़ें", "स्टेशन रोड पर फ्लाईओवर का काम फिर रुका", *HI[1:]]) == HI
    # A Chinese sentence that opens with the label's characters is the story's.
    line = "相关新闻发布会将于周五举行。"
    assert drop_related_blocks([ZH[0], line, *ZH[1:]]) == [ZH[0], line, *ZH[1:]]


# -- one publisher, one spelling ----------------------------------------------------------------

ID_STORY = "Pemerintah kota menambah dua puluh bus listrik untuk rute bandara mulai pekan depan, kata kepala dinas."


@pytest.mark.parametrize(
    "line",
    [
        'Artikel ini telah tayang di Kompas.com dengan judul "Bus Listrik Bandara Ditambah".',
        "Sumber: Kompas.com",
        "Sumber: KOMPAS.com",
        "Sumber: https://www.kompas.com/read/2025/01/10/bus-listrik",
        "Berita ini pertama kali dimuat di Kompas",
    ],
)
def test_one_publishers_credit_gives_one_spelling_whatever_its_wording(line: str) -> None:
    credits = attribute([ID_STORY, "Paragraf kedua.", line], site_names=["beritaku.example"])
    assert credits.paragraphs == [ID_STORY, "Paragraf kedua."]
    assert credits.attribution.publisher == "Kompas.com"
    # The portal's dateline on a copy names it the same way.
    credits = attribute([f"JAKARTA, KOMPAS.com - {ID_STORY}"], site_names=["beritaku.example"])
    assert credits.attribution.publisher == "Kompas.com"


def test_a_source_naming_an_unknown_publisher_keeps_its_spelling() -> None:
    for line, publisher in (
        ("Sumber: Merdeka.com", "Merdeka.com"),
        ("Sumber: https://www.sorotnusa.com/a", "sorotnusa.com"),
    ):
        assert attribute([ID_STORY, line], site_names=["beritaku.example"]).attribution.publisher == publisher
    # A known publisher's address gives its name ("ndtv.com": NDTV).
    got = attribute([ID_STORY, "Source: https://www.ndtv.com/world-news/a-story"], site_names=["x.example"])
    assert got.attribution.publisher == "NDTV"


# -- a CJK rights notice closes the story -------------------------------------------------------

JA_STORY = [
    "市は来年度から市内すべての公園で古くなった遊具を順次更新すると発表した。",
    "更新には三年かかる見込みで、費用は約四億円を予定している。",
]
ZH_STORY = ZH[:2]
KO_STORY = [
    "시는 내년부터 시내 모든 공원의 낡은 놀이기구를 차례로 교체한다고 밝혔다.",
    "교체에는 3년이 걸릴 것으로 보이며 비용은 약 40억 원이 들 예정이다.",
]


@pytest.mark.parametrize(
    ("lang", "story", "notice"),
    [
        ("ja", JA_STORY, "記事・写真の無断転載を禁じます。"),
        ("ja", JA_STORY, "このサイトの記事の無断転載・複製を禁止します"),
        ("zh", ZH_STORY, "【本文版权归城市晚报所有，未经授权，不得转载、摘编。】"),
        ("zh", ZH_STORY, "城市晚报网版权所有 未经许可请勿转载"),
        ("ko", KO_STORY, "<ⓒ 한빛일보, 무단전재 및 재배포 금지>"),
    ],
)
def test_a_cjk_rights_notice_closing_the_story_goes(lang: str, story: list[str], notice: str) -> None:
    got = story_page(lang, story[0][:12], [*story, notice], "https://news.example.jp/2025/01/10/882")
    assert paragraphs(got) == story


@pytest.mark.parametrize(
    ("lang", "story", "line"),
    [
        ("zh", ZH_STORY, "平台表示，未经授权转载的文章将被删除。"),  # a sentence about reposting: no ban
        ("ko", KO_STORY, "법원은 무단 전재 금지 조항을 어긴 업체에 벌금을 물렸다."),  # a Korean sentence
        ("ja", JA_STORY, "無断転載が増え、出版社は対策を急いでいる。"),  # no ban word
        ("ja", JA_STORY, "同社は記事の無断転載を禁止すると利用者に通知した。"),  # the ban goes on: a report
        ("zh", ZH_STORY, "该报在每篇稿件末尾都附上版权所有的声明。"),
    ],
)
def test_a_storys_closing_sentence_about_reposting_stays(lang: str, story: list[str], line: str) -> None:
    got = story_page(lang, story[0][:12], [*story, line], "https://news.example.jp/2025/01/10/883")
    assert paragraphs(got) == [*story, line]
