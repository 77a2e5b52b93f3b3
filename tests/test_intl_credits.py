"""Bylines, datelines, source lines and page types beyond English (review R9; fixtures written here)."""

from __future__ import annotations

import pytest

from newscrawl.attribution import agency_name, attribute, find_agencies, take_dateline
from newscrawl.intl_credits import dateline_reporters, reporter_names, strip_intl_label, take_intl_dateline
from newscrawl.pages import extract
from newscrawl.pages.cleaning import clean_author_names

LONG = "and the regional council said the decision would be reviewed again next spring after the vote."


# -- datelines ---------------------------------------------------------------------------------------


def test_a_spanish_agency_dateline_closed_by_a_full_stop_and_dash() -> None:
    rest, place, credit = take_dateline(
        "Sevilla, 3 dic (EFE).- La Junta aprobó ayer el plan de vivienda para la provincia."
    )
    assert (rest, place) == ("La Junta aprobó ayer el plan de vivienda para la provincia.", "Sevilla")
    assert credit == "(EFE).-"


def test_a_press_release_wires_dateline_is_taken_off_with_its_place() -> None:
    text = "BOGOTÁ, 2 de marzo de 2026 /PRNewswire/ -- Café Andino anunció hoy la compra de una tostadora en Medellín."
    rest, place, credit = take_dateline(text)
    assert rest.startswith("Café Andino anunció hoy")
    assert (place, credit) == ("BOGOTÁ", "/PRNewswire/ --")
    found = take_intl_dateline(
        "AUSTIN, Texas, March 2, 2026 (BUSINESS WIRE) -- Lone Oak Labs said today it had raised funds."
    )
    assert found is not None and found.place == "AUSTIN" and found.credit == "(BUSINESS WIRE) --"


@pytest.mark.parametrize(
    ("paragraph", "place", "agencies", "names", "rest"),
    [
        (
            "【ソウル聯合】韓国政府は3日、新しい住宅政策を発表した。",
            "ソウル",
            ["Yonhap"],
            [],
            "韓国政府は3日、新しい住宅政策を発表した。",
        ),
        (
            "【ロンドン共同】英政府は3日、鉄道の運賃を据え置くと発表した。",
            "ロンドン",
            ["Kyodo"],
            [],
            "英政府は3日、鉄道の運賃を据え置くと発表した。",
        ),
        (
            "新华社上海3月2日电（记者张伟、刘芳）上海市2日发布新的公交线路调整方案。",
            "上海",
            ["Xinhua"],
            ["张伟", "刘芳"],
            "上海市2日发布新的公交线路调整方案。",
        ),
        (
            "〔記者林志明／高雄報導〕高雄市政府今天宣布輕軌延伸路線通車。",
            "高雄",
            [],
            ["林志明"],
            "高雄市政府今天宣布輕軌延伸路線通車。",
        ),
        (
            "(부산=연합뉴스) 박지훈 기자 = 부산시는 3일 새 지하철 노선을 발표했다.",
            "부산",
            ["Yonhap"],
            ["박지훈"],
            "부산시는 3일 새 지하철 노선을 발표했다.",
        ),
    ],
)
def test_cjk_datelines_give_place_agency_and_reporters(paragraph, place, agencies, names, rest) -> None:
    found = take_intl_dateline(paragraph)
    assert found is not None
    assert (found.rest, found.place, found.names) == (rest, place, names)
    credits = attribute([paragraph, "第二段落の本文がここに続く。"])
    assert credits.dateline == place
    assert credits.paragraphs[0] == rest
    assert credits.attribution.agencies == agencies


def test_a_cjk_dateline_after_a_captions_line() -> None:
    credits = attribute(
        [
            "高雄輕軌延伸路線今天通車。（資料照）",
            "〔記者林志明／高雄報導〕高雄市政府今天宣布輕軌延伸路線通車。",
            "第二段。",
        ]
    )
    assert credits.dateline == "高雄"
    assert credits.paragraphs[1] == "高雄市政府今天宣布輕軌延伸路線通車。"


def test_cjk_dateline_parsing_leaves_ordinary_openings_alone() -> None:
    assert take_intl_dateline("政府は3日、新しい住宅政策を発表した。") is None
    assert take_intl_dateline("【速報】政府は3日、新しい住宅政策を発表した。") is None
    assert take_intl_dateline("The mayor said on Monday the plan would go ahead, " + LONG) is None
    assert dateline_reporters(["发布时间 2026-03-02", "新华社上海3月2日电（记者张伟）上海市2日发布。"]) == ["张伟"]


# -- source lines and agency aliases ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Źródło: PAP", "PAP"),
        ("Fuente: EFE", "EFE"),
        ("Quelle: dpa", "dpa"),
        ("Bron: ANP", "ANP"),
        ("来源：新华社", "Xinhua"),
    ],
)
def test_a_source_line_in_other_languages_credits_its_agency(line: str, agency: str) -> None:
    credits = attribute(["The council met on Monday, " + LONG, line])
    assert credits.attribution.agencies == [agency]
    assert credits.paragraphs == ["The council met on Monday, " + LONG]


def test_a_source_line_that_names_no_agency_credits_no_one() -> None:
    credits = attribute(["Die Preise stiegen im März, " + LONG, "Quelle: Statistisches Landesamt"])
    assert credits.attribution.agencies == []
    assert credits.attribution.publisher is None


def test_cjk_agency_aliases() -> None:
    assert agency_name("共同通信") == "Kyodo"
    assert agency_name("新華社") == "Xinhua"
    assert agency_name("연합뉴스") == "Yonhap"
    assert agency_name("中央社") == "CNA"
    # "共同" (joint) and "联合" (united) are words too: credited in brackets or alone only.
    assert find_agencies("两国 共同 发表声明") == []


# -- byline labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Di Paolo Bianchi", ["Paolo Bianchi"]),
        ("di Paolo Bianchi", ["Paolo Bianchi"]),
        ("Di Marco", ["Di Marco"]),  # a surname alone
        ("Luca Di Stefano", ["Luca Di Stefano"]),
        ("كتب: سارة علي", ["سارة علي"]),
        ("بقلم سارة علي", ["سارة علي"]),
        ("Texto e fotos: Rui Costa", ["Rui Costa"]),
        ("Texto y fotos: Ana Gil", ["Ana Gil"]),
        ("이지은 기자", ["이지은"]),
        ("记者 张伟", ["张伟"]),
        ("Bài và ảnh: Trần Minh Đức", ["Trần Minh Đức"]),
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
        # Urdu "تحریر" and Persian "نویسنده" / "خبرنگار" (review R33, rv25/56: the label was kept in the name)
        ("تحریر: عائشہ ملک", ["عائشہ ملک"]),
        ("تحریر عائشہ ملک", ["عائشہ ملک"]),
        ("نویسنده: مریم احمدی", ["مریم احمدی"]),
        ("خبرنگار: مریم احمدی", ["مریم احمدی"]),
    ],
)
def test_byline_labels_of_other_languages(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people


def test_a_relative_time_after_a_byline_is_no_name() -> None:
    assert strip_intl_label("Agencia EFE · hace 5 minutos") == "Agencia EFE"
    assert clean_author_names(["Agencia EFE · hace 5 minutos"]) == ([], ["EFE"])
    assert clean_author_names(["Lucía Vidal · il y a 2 heures"])[0] == ["Lucía Vidal"]


def test_the_sites_name_with_an_agency_credits_the_agency_only() -> None:
    hosts = ["www.lavoixdusud-info.example.fr", "www"]
    assert clean_author_names(["La Voix du Sud avec AFP"], host_names=hosts) == ([], ["AFP"])
    # a person with the agency stays
    assert clean_author_names(["Claire Morel avec AFP"], host_names=hosts)[0] == ["Claire Morel"]


def test_reporter_lines() -> None:
    assert reporter_names(" 이지은 기자") == ["이지은"]
    assert reporter_names("이지은 기자 jieun.lee@paper.example.kr") == ["이지은"]
    assert reporter_names("记者 张伟 刘芳") == ["张伟", "刘芳"]
    assert reporter_names("이지은 기자가 만난 사람들") == []


# -- pages -----------------------------------------------------------------------------------------

PARAS = "".join(
    f"<p>The new ferry line between the two harbours opened on Monday, {LONG} Paragraph {n}.</p>" for n in range(4)
)


def _page(body: str, head: str = "", url: str = "https://paper.example/city/ferry-line-opens-1234") -> str:
    return f"<html><head><title>Ferry line opens</title>{head}</head><body>{body}</body></html>"


def test_a_byline_classed_auteur_is_read() -> None:
    html = _page(
        f'<article><h1>Ferry line opens</h1><p class="auteur">Claire Morel</p><div class="texte">{PARAS}</div></article>'
    )
    article = extract(html.encode(), "https://paper.example/city/ferry-line-opens-1234").article
    assert article is not None and article.authors == ["Claire Morel"]


def test_a_korean_reporter_line_under_the_headline() -> None:
    paras = "".join(
        f"<p>부산시는 내년부터 시내버스 노선을 새로 조정한다고 3일 밝혔다. 시민들의 의견을 반영했다 {n}.</p>"
        for n in range(4)
    )
    html = _page(
        f'<article><h1>부산 시내버스 노선 조정</h1><ul class="info"><li><i class="icon"></i> 박지훈 기자</li></ul><div>{paras}</div></article>'
    )
    article = extract(html.encode(), "https://paper.example.kr/news/articleView.html?idxno=1").article
    assert article is not None and article.authors == ["박지훈"]


@pytest.mark.parametrize(
    ("info", "agencies"),
    [
        ("2026-03-02 10:15:07 来源：新华社 编辑：王芳", ["Xinhua"]),
        ("2026-03-02 10:15 來源：中央社", ["CNA"]),
        ("입력 2026.03.02 10:15 출처: 연합뉴스", ["Yonhap"]),
        ("2026-03-02 10:15:07 来源：人民网 编辑：王芳", []),  # a paper's site, no agency
    ],
)
def test_the_source_field_of_a_cjk_info_line_under_the_headline_credits_its_agency(
    info: str, agencies: list[str]
) -> None:
    # Review R33 (rv25/26): the info line under the headline is no part of the body, and its source
    # field ("来源：新华社") names the wire agency in its own script.
    paras = "".join(
        f"<p>记者从市交通局获悉，该市新建的有轨电车线路日前完成全部轨道铺设，计划明年上半年开通运营，第{n}段。</p>"
        for n in range(4)
    )
    story = f'<div class="article"><h1>有轨电车完成铺轨</h1><div class="info">{info}</div><div id="detail">{paras}</div></div>'
    html = f"<html><head><title>有轨电车完成铺轨_城市_城市网</title></head><body>{story}</body></html>"
    article = extract(html.encode(), "https://paper.example.cn/city/2026-03/02/c_1.htm").article
    assert article is not None and article.attribution.agencies == agencies
    assert article.body is not None and "来源" not in article.body and "출처" not in article.body


def test_a_press_releases_issuer_is_no_author() -> None:
    body = (
        "<section><h1>Lone Oak Labs opens a plant in Austin</h1></section><section class='release-body'>"
        "<p>AUSTIN, Texas, March 2, 2026 /PRNewswire/ -- Lone Oak Labs said today it opened a plant, "
        + LONG
        + "</p>"
        + PARAS
        + "</section>"
    )
    html = _page(body, head='<meta name="author" content="Lone Oak Labs">')
    article = extract(html.encode(), "https://wire.example/news-releases/lone-oak-labs-opens-a-plant-301.html").article
    assert article is not None and article.authors == []
    assert article.dateline == "AUSTIN"


def test_a_web_story_is_no_article() -> None:
    pages = "".join(
        f'<amp-story-page id="p{n}"><amp-story-grid-layer template="vertical"><h2>{n}. Harbour</h2>'
        f"<p>{LONG}</p></amp-story-grid-layer></amp-story-page>"
        for n in range(6)
    )
    head = '<script type="application/ld+json">{"@type":"Article","headline":"Six harbours"}</script>'
    html = f'<html amp><head><title>Six harbours</title>{head}</head><body><amp-story standalone title="Six harbours">{pages}</amp-story></body></html>'
    assert extract(html.encode(), "https://paper.example/web-stories/six-harbours/").reason == "not_article:web_story"


EVENT_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"Rovers - United",'
    '"startDate":"2026-03-02T20:00:00+01:00"}</script>'
)


def test_a_live_score_page_is_no_article() -> None:
    body = (
        "<main><div class='score'>Rovers 2 - 1 United</div><ol>"
        + "".join(
            f"<li>{m}' A long ball down the left wing found the striker, who shot wide of the post.</li>"
            for m in range(1, 30, 3)
        )
        + "</ol></main>"
    )
    html = _page(body, head='<meta property="og:type" content="website">' + EVENT_LD)
    assert (
        extract(html.encode(), "https://sport.example/football/live/rovers-united-20260302").reason
        == "not_article:event"
    )


def test_a_match_report_with_event_data_is_an_article() -> None:
    head = '<meta property="og:type" content="article">' + EVENT_LD
    html = _page(f"<article><h1>Rovers beat United</h1>{PARAS}</article>", head=head)
    result = extract(html.encode(), "https://sport.example/football/rovers-beat-united-20260302")
    assert result.reason is None


SHORT_REPORT = [
    "Rovers beat United 2-1 in the league on Sunday night at their packed home ground.",
    "The hosts went ahead after 23 minutes when their striker headed in a cross from the right.",
    "United levelled early in the second half with a free kick that curled in off the post.",
    "The winner came two minutes from time when a through ball found the substitute unmarked.",
    "The result lifts Rovers to third in the table with 27 points from fourteen matches played.",
]


@pytest.mark.parametrize("author", ['<meta name="author" content="Rudi Hartono">', ""])
def test_a_short_match_report_with_event_data_is_an_article(author: str) -> None:
    # Short paragraphs (under MIN_PROSE_CHARS each) under SportsEvent data and og:type website:
    # a signed report, or one with enough sentence-ended prose, is read as an article.
    paras = "".join(f"<p>{p}</p>" for p in SHORT_REPORT)
    head = '<meta property="og:type" content="website">' + author + EVENT_LD
    html = _page(f"<article><h1>Rovers beat United</h1>{paras}</article>", head=head)
    result = extract(html.encode(), "https://sport.example/football/rovers-beat-united-20260302")
    assert result.reason is None
    assert result.article is not None and result.article.body.startswith("Rovers beat United 2-1")


def test_a_live_commentarys_prose_keeps_an_event_page_an_article() -> None:
    entries = "".join(
        f"<p>Minute {m}: the home side pressed high again and won a corner on the right, but the visitors "
        f"cleared the ball twice before their keeper collected a weak header at the near post.</p>"
        for m in range(1, 60, 6)
    )
    html = _page(
        f"<main><h1>Rovers v United live</h1>{entries}</main>",
        head='<meta property="og:type" content="website">' + EVENT_LD,
    )
    assert extract(html.encode(), "https://sport.example/football/live/rovers-united-20260302").reason is None


def test_words_of_caseless_scripts_that_name_a_desk_are_no_names() -> None:
    assert clean_author_names(["वाराणसी ब्यूरो"])[0] == []
    assert clean_author_names(["المدينة نيوز"])[0] == []


def test_a_class_holding_a_company_word_is_no_byline() -> None:
    # German "Firma" (company) in a tab's class: no byline class word of any language.
    tabs = '<div class="top-firma-tabs"><span class="top-firma-button">Aktuell</span></div>'
    html = _page(f"<article><h1>Ferry line opens</h1>{PARAS}</article>{tabs}")
    article = extract(html.encode(), "https://paper.example/city/ferry-line-opens-1234").article
    assert article is not None and article.authors == []


def test_a_local_and_between_two_writers_is_read_as_a_comma() -> None:
    from newscrawl.intl_credits import split_local_and

    assert split_local_and("Ana Cruz at Jose Dizon", "tl") == "Ana Cruz, Jose Dizon"
    assert split_local_and("Ayla Kaya ve Emre Şahin", "tr") == "Ayla Kaya, Emre Şahin"
    assert split_local_and("Ana Cruz at Jose Dizon", "en") == "Ana Cruz at Jose Dizon"  # English "at"
    assert split_local_and("خالد حسن وسارة يوسف", "ar") == "خالد حسن, سارة يوسف"
    assert split_local_and("خالد وليد حسن", "ar") == "خالد وليد حسن"  # Walid, one name of three words


def test_an_arabic_waw_that_opens_a_given_name_inside_one_name_splits_no_byline() -> None:
    from newscrawl.intl_credits import split_local_and

    # Walid, a given name of its own inside one four-part name: no "and", no stub "ليد".
    assert split_local_and("أحمد محمد وليد الشامي", "ar") == "أحمد محمد وليد الشامي"
    # The page's JSON-LD names the whole byline as one writer: the joined "و" is the name's own.
    assert split_local_and("سامي حسن وردان علي", "ar", ["سامي حسن  وردان علي"]) == "سامي حسن وردان علي"
    # Walid after a whole name with no "and" of its own: no split, whatever half the page names.
    assert split_local_and("خالد حسن وليد عمر", "ar", ["خالد حسن"]) == "خالد حسن وليد عمر"
    assert split_local_and("خالد حسن ووليد عمر", "ar") == "خالد حسن, وليد عمر"
    assert split_local_and("خالد حسن و وليد عمر", "ar") == "خالد حسن, وليد عمر"  # "و" a word of its own


def test_an_arabic_byline_of_one_name_with_waw_inside_gives_no_stub_writer() -> None:
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": "سامي حسن وردان علي"}}'
    body = (
        '<article><h1>خط عبارات جديد</h1><p class="byline"><span class="author">سامي حسن وردان علي</span></p>'
        f'<div class="entry-content">{PARAS}</div></article>'
    )
    html = _page(body, f'<script type="application/ld+json">{ld}</script>').replace("<html>", '<html lang="ar">')
    article = extract(html.encode(), "https://paper.example/city/ferry-line-opens-1234").article
    assert article is not None
    # The four-part name whole, never its halves.
    assert article.authors == ["سامي حسن وردان علي"]


def test_long_names_joined_by_particles_are_kept_and_sentences_are_not() -> None:
    # Arabic names of four words and more (given name, father's, grandfather's, family; "بن", "آل",
    # "عبد" joining them), Malay "bin"/"binti" names, Spanish double surnames.
    for name in (
        "محمد بن عبد الله السالم",
        "عبد الرحمن بن سعيد آل ثاني",
        "محمد بن راشد بن سعيد آل مكتوم",
        "خالد أحمد محمد المنصور",
        "Wan Ahmad Fayhsal bin Wan Ahmad Kamal",
        "José Luis Rodríguez de la Fuente",
        "Ana María Fernández de Córdoba y Aguilar",
    ):
        assert clean_author_names([name])[0] == [name]
    # Sentences of as many words: a verb, a function word, the article on a leading word.
    for sentence in (
        "قال المتحدث باسم الوزارة إن الاجتماع",
        "ذكرت الصحيفة أن الحكومة قررت",
        "الوزير يزور العاصمة الفرنسية",
        "Kata menteri itu dalam satu kenyataan",
        "Harbour Crews Clear The Berth Before Dawn",
    ):
        assert clean_author_names([sentence])[0] == []


def test_a_long_arabic_byline_on_a_page_names_its_writer() -> None:
    body = (
        '<article><h1>خط عبارات جديد</h1><p class="byline"><span class="author">محمد بن عبد الله السالم</span></p>'
        f'<div class="entry-content">{PARAS}</div></article>'
    )
    html = _page(body).replace("<html>", '<html lang="ar">')
    article = extract(html.encode(), "https://paper.example/city/ferry-line-opens-1234").article
    assert article is not None and article.authors == ["محمد بن عبد الله السالم"]


def test_long_phrases_of_offices_roles_and_places_are_no_names() -> None:
    # Review R35: a long run of words is a name only by its real particles ("de", "la", "y", "bin"),
    # never an Italian or Indonesian "in", "from", "and" ("di", "da", "e"), and never with a word of
    # an office, a government or a role; a long Arabic phrase with a role or outlet word is no name.
    for phrase in (
        "Direzione di Porto Vecchio di Lago Verde",
        "Dinas Pekerjaan Umum Kota di Sungai Raya",
        "Ministerio de Obras de la Provincia Norte",
        "Laporan Wartawan Harian Pagi Dewi Lestari di Palu",
        "مراسلة صوت لبنان بيروت",
        "موفدة قناة لبنان اليوم",
        "صحفية ومحللة شؤون الطاقة",
    ):
        assert clean_author_names([phrase])[0] == []
    assert "Paolo Verdi da Bari e Lecce" not in clean_author_names(["Anna Neri e Paolo Verdi da Bari e Lecce"])[0]
    # Long names joined by particles still stand.
    for name in ("Rosa María Gutiérrez de la Vega", "Siti Aminah binti Abdul Rahman Yusof"):
        assert clean_author_names([name])[0] == [name]


TR_PARAS = "".join(
    f"<p>Belediye, limandaki yeni iskelenin pazartesi sabahı hizmete gireceğini açıkladı, paragraf {n}.</p>"
    for n in range(4)
)


@pytest.mark.parametrize("label", ["Muhabir", "Yazar", "MUHABİR"])
def test_a_turkish_writer_label_is_read(label: str) -> None:
    # "Muhabir: Name" (reporter) in a writer's element, and on a line of no class of its own.
    assert clean_author_names([f"{label}: Deniz Kaya"], language=lambda: "tr")[0] == ["Deniz Kaya"]
    for line in (f'<span class="muhabir">{label}: Deniz Kaya</span>', f"<p>{label}: Deniz Kaya</p>"):
        html = _page(
            f'<article><h1>Yeni iskele açılıyor</h1><div class="meta">{line}</div><div class="icerik">{TR_PARAS}</div></article>',
            "<meta http-equiv='content-language' content='tr'>",
        )
        article = extract(html.encode(), "https://gazete.example/gundem/yeni-iskele-aciliyor-2211").article
        assert article is not None and article.authors == ["Deniz Kaya"], line


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Verslaggever: Daan Visser", ["Daan Visser"]),
        ("Συντάκτης: Νίκος Παππάς", ["Νίκος Παππάς"]),
        ("Redaktor: Jan Kowalski", []),  # an editor as often as the writer: no label of a writer
    ],
)
def test_writer_labels_of_more_languages(raw: str, people: list[str]) -> None:
    assert clean_author_names([raw])[0] == people
