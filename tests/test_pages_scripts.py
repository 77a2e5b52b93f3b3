"""Body rules for other scripts and for press releases (review R9, B1/B3/B4): a short CJK story is
weighed by its script against trafilatura's size floor; CJK info lines, editors' credits, Korean
bylines and stamps, a closing signature, a press release's contact and SOURCE lines leave the body;
a company's "About" paragraph stays. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.cleaning import drop_author_bio, is_boilerplate_line
from newscrawl.pages.script_lines import (
    below_floor,
    drop_release_tail,
    drop_signature_line,
    is_script_furniture,
    weighted_length,
)


def page(head: str, body: str, url: str) -> GenericPage:
    return GenericPage(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>", url)


def paragraphs(p: GenericPage) -> list[str]:
    return (p.body() or "").split("\n\n")


# -- B1: a short CJK story against the size floor -------------------------------------------

JA_STORY = [
    "市の水道局は25日、老朽化した配水管の更新工事を来月から始めると発表しました。",
    "工事は駅前通りの約2キロの区間で行われ、来年の春に終わる予定です。",
    "工事の期間中は夜間に一部の道路で車線が規制されるということです。",
    "水道局は住民に理解と協力を呼びかけています。",
]


def test_a_short_japanese_story_keeps_its_paragraphs_not_the_whole_header() -> None:
    # 120 characters of story: under trafilatura's 250-character floor by length, over it by content.
    assert len("".join(JA_STORY)) < 250
    body = (
        "<header><a href='/'>港町新聞</a></header><main><article>"
        "<div class='head'><h1>配水管の更新工事 来月から</h1><p class='stamp'><time>2025年11月25日 9時30分</time></p>"
        "<ul class='tags'><li><a href='/tag/life'>暮らし</a></li></ul></div>"
        "<div class='text'>" + "".join(f"<p>{p}</p>" for p in JA_STORY) + "</div></article></main>"
        "<footer>港町新聞社</footer>"
    )
    got = page(
        "<title>配水管の更新工事 来月から | 港町新聞</title>", body, "https://minato.example.jp/news/20251125/a1.html"
    )
    assert paragraphs(got) == JA_STORY


def test_the_floor_weighs_cjk_characters_and_leaves_other_scripts_alone() -> None:
    assert weighted_length("abc") == 3
    assert weighted_length("Grüße") == 5
    assert weighted_length("水道局") == 9
    assert weighted_length("서울시") == 9
    assert below_floor("x" * 249, 250) and not below_floor("x" * 250, 250)
    assert below_floor("é" * 100, 250)
    assert not below_floor("水" * 100, 250)  # 300 by content
    assert below_floor("水" * 50, 250)


# -- B3: CJK and Korean furniture lines ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2024-03-08 09:12:45 来源：东海日报",  # an info line: a time stamp and the source
        "發布時間：2024/03/08 09:12 來源：中央社",
        "来源： 东海日报 / 编辑：陈明",
        "【责任编辑：陈明】",  # an editor's credit
        "（编辑：陈明 校对：刘芳）",
        "2024年3月8日 9時12分",  # a CJK date and time alone
        "更新：2024年3月8日 9時12分",
        "입력 2024.03.08 09:12",  # Korean stamps
        "입력 2024.03.08 09:12 | 수정 2024.03.08 11:40",
        "기사입력 2024-03-08 오후 2:05",
        "박지훈 기자",  # Korean bylines and the closing sign-off
        "박지훈·이서연 기자",
        "박지훈 기자 jihoon.park@harbour-ilbo.example.kr",
        "この記事は有料会員限定です。ログインすると続きをお読みいただけます。",  # a paywall's prompt
        "本文为付费会员专享，登录后阅读全文",
    ],
)
def test_cjk_info_lines_editors_credits_and_korean_bylines_are_furniture(line: str) -> None:
    assert is_script_furniture(line)
    assert is_boilerplate_line(line)
    assert is_boilerplate_line(f"- {line}")  # as a list item


@pytest.mark.parametrize(
    "line",
    [
        "记者8日从市交通局获悉，今年前两个月全市公交客运量同比增长5%。",  # a sentence
        "来源：东海日报消息，记者陈明报道称客运量创新高",  # a label, then a sentence
        "时间表公布",  # a word that starts like a label
        "박지훈 기자는 이날 현장을 찾았다고 말했다.",  # the reporter mark inside a sentence
        "기자회견",
        "今天 9:12",
        "编辑：陈明 今天在会上发言",  # a label, then a sentence
        "（编辑：陈明 刘芳）",  # two names after one label: newspaper4k's gold keeps such a credit
        "市は会員制の図書館を開設し、住民は全文を読めるようになった。",  # members and reading, no prompt
        "2024/03/08 09:12",  # ASCII: not this rule's
        "Source: Harbour Times 2024-03-08",
    ],
)
def test_sentences_and_other_lines_are_no_cjk_furniture(line: str) -> None:
    assert not is_script_furniture(line)


ZH_STORY = [
    "记者8日从市交通局获悉，今年前两个月全市公交客运量达到1.2亿人次，同比增长5%，创同期新高。",
    "市交通局有关负责人介绍，今年以来，全市新开通公交线路12条，优化调整线路30条。",
    "据介绍，到今年年底，全市新能源公交车占比将达到95%以上。",
]


def test_a_chinese_pages_info_line_and_editors_credit_leave_the_body() -> None:
    body = (
        "<div class='top'>东海日报网</div><div class='main'><h1>前两个月全市公交客运量创同期新高</h1>"
        "<div class='info'><span>2024-03-08 09:12:45</span> <span>来源：东海日报</span></div>"
        "<div id='content'>"
        + "".join(f"<p>{p}</p>" for p in ZH_STORY)
        + "<p class='editor'>【责任编辑：陈明】</p></div></div>"
        "<div class='bottom'>东海日报网版权所有</div>"
    )
    got = page(
        "<title>前两个月全市公交客运量创同期新高_东海日报</title>",
        body,
        "https://donghai.example.cn/2024-03/08/c_1.htm",
    )
    assert paragraphs(got) == ZH_STORY


KO_STORY = [
    "부산시는 내년 3월부터 도시철도 요금을 현행 1450원에서 1600원으로 인상한다고 8일 밝혔다.",
    "시는 전기요금과 인건비가 크게 올라 운영 적자가 누적됐다며 인상이 불가피하다고 설명했다.",
    "어린이와 노인 요금은 현행대로 유지된다.",
]


def test_a_korean_pages_byline_stamps_and_sign_off_leave_the_body() -> None:
    body = (
        "<header>항구일보</header><article><h1>부산 도시철도 요금 내년 3월부터 1600원</h1>"
        "<ul class='info'><li>박지훈 기자</li><li>입력 2024.03.08 09:12</li><li>수정 2024.03.08 11:40</li></ul>"
        "<div class='text'>"
        + "".join(f"<p>{p}</p>" for p in KO_STORY)
        + "<p>박지훈 기자 jihoon.park@harbour-ilbo.example.kr</p></div>"
        "</article><footer>항구일보</footer>"
    )
    got = page(
        "<title>부산 도시철도 요금 내년 3월부터 1600원 - 항구일보</title>",
        body,
        "https://harbour-ilbo.example.kr/news/1234",
    )
    assert paragraphs(got) == KO_STORY


# -- B3: a closing signature, a press release's closing block --------------------------------

VI_STORY = [
    "Sở Giao thông cho biết cầu mới qua sông sẽ thông xe vào cuối tháng 12, sớm hơn kế hoạch một tháng.",
    "Theo ban quản lý dự án, nhà thầu đã hoàn thành phần lớn khối lượng và đang lắp đặt hệ thống chiếu sáng.",
    "Khi đưa vào khai thác, cây cầu sẽ giúp giảm ùn tắc cho các tuyến đường nội thành vào giờ cao điểm.",
]


def test_the_writers_name_set_under_the_story_is_the_author_not_a_paragraph() -> None:
    body = (
        "<header>Tin Cảng</header><div class='page'><h1>Cầu mới qua sông thông xe cuối tháng 12</h1>"
        "<article class='detail'>"
        + "".join(f"<p class='Normal'>{p}</p>" for p in VI_STORY)
        + "<p class='Normal' style='text-align:right;'><strong>Minh Khoa</strong></p></article>"
        "<div class='related'><h4>Tin liên quan</h4><a href='/a'>Cầu cũ đóng cửa để sửa chữa</a></div></div>"
    )
    got = page(
        "<title>Cầu mới qua sông thông xe cuối tháng 12 - Tin Cảng</title>",
        body,
        "https://tincang.example.vn/cau-moi-123.html",
    )
    assert got.authors() == ["Minh Khoa"]
    assert paragraphs(got) == VI_STORY


RELEASE = [
    "Nordwind Solar anunció hoy la apertura de su segunda planta de baterías en Monterrey, con una inversión de 40 millones de dólares.",
    "La planta tendrá una capacidad de 2 gigavatios hora al año y empleará a 350 personas.",
    '"Es un paso clave para nuestra estrategia en la región", dijo Ana Ruiz, directora de operaciones de Nordwind Solar.',
    "Acerca de Nordwind Solar",
    "Nordwind Solar es una empresa de almacenamiento de energía fundada en 2015, con oficinas en México y Chile.",
]


def test_a_press_releases_about_paragraph_stays_and_its_contact_and_source_lines_go() -> None:
    body = (
        "<header>Wire Latam</header><section class='release-header'><h1>Nordwind Solar abre planta de baterías en Monterrey</h1>"
        "<p>25 nov, 2025, 09:00 CST</p></section><section class='release-body'>"
        + "".join(f"<p>{p}</p>" for p in RELEASE[:3])
        + f"<p><b>{RELEASE[3]}</b></p><p>{RELEASE[4]}</p>"
        "<p>Contacto de prensa: prensa@nordwind.example.mx</p><p>FUENTE Nordwind Solar</p></section>"
        "<div class='share'>Compartir este artículo</div>"
    )
    head = '<title>Nordwind Solar abre planta de baterías en Monterrey</title><meta name="author" content="Nordwind Solar">'
    got = page(head, body, "https://wire-latam.example.com/news-releases/nordwind-solar-abre-planta-301.html")
    assert paragraphs(got) == RELEASE


def test_a_contact_block_goes_from_the_end_only_after_its_label() -> None:
    story = ["The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."]
    block = ["Media contact:", "Jana Ulm", "Head of Communications", "+49 431 555 0101", "press@harbour.example"]
    assert drop_release_tail([*story, *block, "SOURCE Harbour Board"]) == story
    assert drop_release_tail([*story, "Media contact: Jana Ulm, press@harbour.example"], release=True) == story
    assert drop_release_tail([*story, "SOURCE Harbour Board"]) == story
    # No label: a closing name or address is left to the other rules; a mixed-case credit stays.
    assert drop_release_tail([*story, "Jana Ulm", "press@harbour.example"], release=True) == [
        *story,
        "Jana Ulm",
        "press@harbour.example",
    ]
    assert drop_release_tail([*story, "Source: Reuters"]) == [*story, "Source: Reuters"]
    # A contact label inside the story, with a sentence after it, stays.
    inside = [*story, "Media contacts say the board met twice.", story[0]]
    assert drop_release_tail(inside, release=True) == inside


def test_a_closing_agency_source_line_is_left_to_attribution() -> None:
    story = ["The city council voted on Tuesday to close the old harbour bridge to heavy lorries from January."]
    for credit in ("SOURCE: REUTERS", "SOURCE: BERNAMA", "SUMBER: ANTARA"):
        assert drop_release_tail([*story, credit]) == [*story, credit]
        assert drop_release_tail([*story, credit], release=True) == [*story, credit]
    body = (
        "<article><h1>Harbour bridge to close to lorries</h1>"
        + "".join(
            f"<p>{p}</p>"
            for p in [
                *story,
                "Engineers said the bridge remained safe for cars and buses until repairs.",
                "SOURCE: REUTERS",
            ]
        )
        + "</article>"
    )
    got = page("<title>Harbour bridge to close to lorries</title>", body, "https://news.example.com/2025/11/24/bridge")
    assert "SOURCE" not in (got.body() or "")
    assert got.attribution().agencies == ["Reuters"]


def test_a_storys_closing_contact_sentence_is_no_release_tail() -> None:
    story = ["Polis menahan tiga lelaki yang disyaki terlibat dalam kes samun di sebuah kedai di Jalan Ipoh."]
    closings = [
        "Press inquiries to the ministry went unanswered on Tuesday evening.",
        "For more information, contact the council's roads helpline on 0800 123 4567.",
        "Media contacts at the port authority declined to comment.",
    ]
    for closing in closings:
        assert drop_release_tail([*story, closing]) == [*story, closing]
        assert drop_release_tail([*story, closing], release=True) == [*story, closing]
    # On a release, a label line with a contact detail after it is the contact block.
    block = ["Kontak media:", "Sari Dewi", "sari@pelabuhan.example"]
    assert drop_release_tail([*story, *block], release=True) == story
    assert drop_release_tail([*story, *block]) == [*story, *block]


def test_a_closing_signature_goes_only_when_it_is_an_authors_name() -> None:
    story = ["The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."]
    assert drop_signature_line([*story, "Jana Ulm"], ["Jana Ulm"]) == story
    assert drop_signature_line([*story, "Jana Ulm."], ["Jana Ulm"]) == story
    assert drop_signature_line([*story, "Piet Horn"], ["Jana Ulm"]) == [*story, "Piet Horn"]
    assert drop_signature_line(["Jana Ulm"], ["Jana Ulm"]) == ["Jana Ulm"]


# -- B4: a company's "About" paragraph is no writer's bio --------------------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Nordwind Solar es una empresa de almacenamiento de energía fundada en 2015.", True),
        ("Nordwind Solar is a leading provider of battery storage for utilities.", True),
        ("Nordwind Solar ist ein Unternehmen aus Kiel.", True),
        ("Nordwind Solar est une société de stockage d'énergie.", True),
        ("Jana Ulm is a reporter at the company's Kiel office.", False),  # a person's bio
        ("Jana Ulm ist Redakteurin der Kieler Zeitung.", False),
        ("Jana Ulm is the Harbour Times' port reporter.", False),
        ("Jana Ulm is a Harbour Times freelance producer based in Kiel.", False),
        ("Jana Ulm is the company's chief economist.", False),
    ],
)
def test_an_organisations_about_paragraph_is_not_dropped_as_a_bio(line: str, kept: bool) -> None:
    story = ["The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."]
    name = " ".join(line.split()[:2])
    assert (drop_author_bio([*story, line], [name], release=True) == [*story, line]) is kept


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe is a former shipping company lawyer who covers the port for the Harbour Times.",
        "Budi Santoso adalah salah satu pendiri perusahaan rintisan media dan kini menulis soal kota.",
        "Siti Aminah merupakan salah satu pendiri perusahaan rintisan berita di Kuala Lumpur.",
    ],
)
def test_a_writers_bio_goes_though_it_names_a_company(line: str) -> None:
    # Off a press release, a bio that opens with the writer's name is the writer's, whatever
    # organisation it names: the "About" exemption is a release's only.
    story = ["The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."]
    name = " ".join(line.split()[:2])
    assert drop_author_bio([*story, line], [name]) == story
    html = (
        "<article><h1>Harbour pier closes</h1>"
        + "".join(
            f"<p>{p}</p>"
            for p in [*story, "Ferries will use the new quay at the north end of the harbour from Monday.", line]
        )
        + "</article>"
    )
    got = page(
        f'<title>Harbour pier closes</title><meta name="author" content="{name}">',
        html,
        "https://news.example.com/2025/11/24/pier",
    )
    assert line not in paragraphs(got)
