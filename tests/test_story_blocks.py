"""The story's own blocks, read on the page's structure (reviews R18, R16, R15: content lost or
header lines kept): a story sentence that opens with a related-link lead, an old table-layout
page, the headline's header block, a short story's paragraphs and its byline."""

from __future__ import annotations

from lxml import html as lxml_html

from newscrawl.pages import GenericPage
from newscrawl.pages import body as body_text
from newscrawl.pages.cleaning import is_boilerplate_line
from newscrawl.pages.story_blocks import baseline_adds_story, drop_short_story_header

URL = "https://news.example/2025/11/harbour-wall"
STORY = [
    "The harbour wall will be rebuilt over the winter after storms last month opened a gap near the lifeboat station.",
    "The works will close the east quay to cars until March, the harbour master said at a meeting on Tuesday night.",
    "Fishing boats will moor at the west quay while the work goes on, and the ferry keeps its usual berth there.",
]


def _paragraphs(page_html: str, url: str = URL) -> list[str]:
    page = GenericPage(page_html.encode(), url)
    return (page.body() or "").split("\n\n")


def _ps(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _page(article: str, title: str = "Harbour wall to be rebuilt this winter") -> str:
    return (
        f"<html><head><title>{title} | Coast Post</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>'
        f"<main>{article}</main><footer><p>About us</p><p>Contact</p></footer></body></html>"
    )


# -- a story sentence that opens with a related-link lead --------------------------------------


def test_a_sentence_after_a_related_lead_is_the_story_s() -> None:
    assert not is_boilerplate_line(
        "Read more about the costs of the repair in our report from June, which found the wall had cracked in three places."
    )
    assert not is_boilerplate_line(
        "Related: the same quay was closed in 2009, when a winter storm moved two of the wall's blocks out of line."
    )


def test_a_related_box_after_the_same_leads_still_goes() -> None:
    assert is_boilerplate_line("Read more: Harbour repairs explained in five charts")
    assert is_boilerplate_line("RELATED: Photos: Storm waves over the east quay")
    assert is_boilerplate_line("Related: Storm closes the east quay for a week.")  # a title, capital after the lead
    assert is_boilerplate_line("Read more about it here.")  # a prompt, not a sentence
    assert is_boilerplate_line("Subscribe to our newsletter for the latest news on the harbour works.")


def test_a_related_lead_and_its_colon_before_a_short_line_is_an_insert() -> None:
    # A lower-case title after the colon, shorter than a headline: an insert (review R19).
    assert is_boilerplate_line("Read more: the new timetable for the east quay ferry.")
    assert is_boilerplate_line("Related: our map of every berth in the harbour this winter.")
    page = _page(
        f"<article><h1>Harbour wall to be rebuilt this winter</h1><div>{_ps(STORY[:1])}"
        "<p>Read more: the new timetable for the east quay ferry.</p>"
        f"{_ps(STORY[1:2])}<p>Related: our map of every berth in the harbour this winter.</p>{_ps(STORY[2:])}"
        "</div></article>"
    )
    assert _paragraphs(page) == STORY


# -- an old table-layout page: nav cell, story cell, rail cell --------------------------------------


def _table_page() -> str:
    story = "<br><br>".join(STORY)
    return (
        "<html><head><title>Harbour wall to be rebuilt this winter</title></head><body>"
        '<table width="100%"><tr><td width="150"><a href="/">Home</a><br><a href="/local">Local</a><br>'
        '<a href="/sport">Sport</a></td><td><table><tr><td><font size="5"><b>Harbour wall to be rebuilt this'
        ' winter</b></font><br><font size="2">By Ann Lowe<br>Monday, November 24, 2025</font></td></tr>'
        f'<tr><td><font size="3">{story}</font></td></tr></table></td>'
        '<td width="180"><b>Tides</b><br>High water 6:12<br><br><b>For sale</b><br>Dinghy, good order</td>'
        "</tr></table></body></html>"
    )


def test_nested_layout_tables_are_layout() -> None:
    page = lxml_html.fromstring(_table_page())
    outer, inner = page.iter("table")
    assert body_text.layout_tables(page) == [outer, inner]


def test_a_table_layout_story_comes_out_as_its_paragraphs() -> None:
    assert _paragraphs(_table_page()) == STORY


def test_a_data_table_stays_a_table() -> None:
    rows = "".join(f"<tr><td>Quay {n}</td><td>{n * 3} boats</td></tr>" for n in range(1, 5))
    page = lxml_html.fromstring(
        f"<div><table>{rows}</table><table><tr><td><table>{rows}</table></td></tr></table></div>"
    )
    assert body_text.layout_tables(page) == []


def test_a_one_column_table_with_a_header_or_caption_is_data() -> None:
    # One cell a row with <br><br> in the cells, but a header cell or a caption: data (review R19).
    cells = "".join(f"<tr><td>Day {n}: quay shut.<br><br>Boats use the west berth.</td></tr>" for n in range(1, 4))
    for head in ("<tr><th>Works</th></tr>", "<caption>Works</caption>"):
        page = lxml_html.fromstring(f"<div><table>{head}{cells}</table></div>")
        assert body_text.layout_tables(page) == []
    page = lxml_html.fromstring(f"<div><table>{cells}</table></div>")
    assert body_text.layout_tables(page) == list(page.iter("table"))


def _column_page(sidebar_marker: str) -> str:
    # A blog theme of the 2000s: one row of a menu column and the story's column, the story in
    # <p>s, a footer row of the blog's name under them.
    return (
        "<html><head><title>Harbour wall to be rebuilt this winter | Coast Post</title></head><body>"
        f'<table width="100%"><tr><td {sidebar_marker} width="160"><h2>Pages</h2>'
        '<a href="/">Home</a><br><a href="/local">Local</a><br><a href="/sport">Sport</a><br>'
        '<a href="/archive">Archive</a></td>'
        f"<td><h1>Harbour wall to be rebuilt this winter</h1>{_ps(STORY)}</td></tr>"
        "<tr><td>Coast Post</td><td>Powered by a blog engine</td></tr></table></body></html>"
    )


def test_a_row_of_page_columns_is_layout() -> None:
    # A cell classed or named as a page's column (a sidebar, a menu, LWN's "LeftColumn") makes its
    # table the page's layout: the story comes out as its paragraphs, not as one "| ... |" row.
    for marker in ('class="sidebar"', 'class="LeftColumn"', 'id="nav"'):
        page = lxml_html.fromstring(_column_page(marker))
        assert body_text.layout_tables(page) == list(page.iter("table"))
        assert _paragraphs(_column_page(marker)) == STORY


def _story_then_rail_page(story_marker: str, rail_marker: str) -> str:
    # The story's column first (its headline, a byline line, the paragraphs in a <div>), a narrow
    # column of the latest headlines beside it.
    return (
        "<html><head><title>Coast Post :: Harbour wall to be rebuilt this winter</title></head><body>"
        f'<nav><a href="/">Home</a> <a href="/local">Local</a></nav><table width="100%"><tr><td {story_marker}>'
        '<h1>Harbour wall to be rebuilt this winter</h1><div class="info">By Ann Lowe | 2025-11-24 14:05:10</div>'
        f'<div class="text">{_ps(STORY)}</div></td><td {rail_marker}><div class="latest"><b>Latest</b><br>'
        '<a href="/local/ferry">Ferry times unchanged</a> 2025-11-24 12:40</div></td></tr></table></body></html>'
    )


def test_a_row_of_the_story_s_column_and_a_rail_is_layout() -> None:
    # Review R33 (rv25/31): "td.main" beside "td.side", or a cell that holds the page's <h1>, is a
    # page's column: the story came out as one "| headline byline paragraphs | Latest ... |" line.
    for story_marker, rail_marker in (('class="main"', 'class="side"'), ('width="70%"', 'width="30%"')):
        page_html = _story_then_rail_page(story_marker, rail_marker)
        page = lxml_html.fromstring(page_html)
        assert body_text.layout_tables(page) == list(page.iter("table"))
        assert _paragraphs(page_html) == STORY


def test_a_data_table_with_classed_cells_stays_a_table() -> None:
    # Numbered column classes (TablePress's "column-1") are a data table's; a header cell or a
    # caption is data whatever the cells are classed.
    rows = "".join(
        f'<tr><td class="column-1">Quay {n}</td><td class="column-2">{n * 3} boats</td></tr>' for n in range(4)
    )
    page = lxml_html.fromstring(f"<div><table>{rows}</table></div>")
    assert body_text.layout_tables(page) == []
    side = "".join(f'<tr><td class="sidebar">Quay {n}</td><td>{n * 3} boats</td></tr>' for n in range(4))
    for head in ("<tr><th>Quay</th><th>Boats</th></tr>", "<caption>Boats at each quay</caption>"):
        page = lxml_html.fromstring(f"<div><table>{head}{side}</table></div>")
        assert body_text.layout_tables(page) == []


def test_a_data_table_with_nav_menu_or_rail_cells_stays_a_table() -> None:
    # A fund table's "nav" (net asset value) cells, a "menu-item" or "rail-line" cell: short data,
    # no blocks in the row, so not a page's columns (review R31 finding 1); the class is read as
    # whole words ("fund-nav" is not a navigation column).
    for marker in ("nav", "fund-nav", "menu-item", "rail-line", "price nav", "main", "side", "main-price"):
        rows = "".join(
            f'<tr><td class="scheme">Quay {n} Growth Fund</td><td class="{marker}">{n * 3}.40</td></tr>'
            for n in range(1, 4)
        )
        page = lxml_html.fromstring(f"<div><p>Values:</p><table>{rows}</table></div>")
        assert body_text.layout_tables(page) == [], marker


# -- the headline's header block -------------------------------------------------------------------


def _header_page(header: str) -> str:
    return _page(
        f'<article><header class="story-head">{header}</header><div class="story-body">{_ps(STORY)}</div></article>'
    )


def test_a_dek_inside_the_h1_is_the_header_s() -> None:
    header = (
        "<h1>Harbour wall to be rebuilt this winter <small>The east quay will be shut to cars until March</small></h1>"
    )
    assert _paragraphs(_header_page(header)) == STORY


def test_a_dek_in_the_hgroup_is_the_header_s() -> None:
    header = (
        "<hgroup><h1>Harbour wall to be rebuilt this winter</h1><p>Storm damage last month left a gap near the"
        " lifeboat station, and repairs will take the whole of the winter season</p></hgroup>"
    )
    assert _paragraphs(_header_page(header)) == STORY


def test_a_place_line_in_the_header_is_the_header_s() -> None:
    header = '<h1>Harbour wall to be rebuilt this winter</h1><div class="place">PORTREE</div>'
    # (the story's first line holds the place's name: the header's line is no piece of the story)
    story = [f"{STORY[0][:-1]} in Portree.", *STORY[1:]]
    page = _page(f'<article><header>{header}</header><div class="story-body">{_ps(story)}</div></article>')
    assert _paragraphs(page) == story


def test_a_standfirst_in_the_header_stays() -> None:
    # A dek as long as a lead in the <header> (not in an <hgroup>): the evaluation sets' gold keeps it.
    dek = "Storm damage last month left a gap near the lifeboat station, and repairs will take the whole winter"
    header = f'<h1>Harbour wall to be rebuilt this winter</h1><p class="standfirst">{dek}</p>'
    assert _paragraphs(_header_page(header)) == [dek, *STORY]


# -- a short story: its paragraphs, not the baseline's one block, and no byline ---------------------------


SHORT = [
    "The east quay will shut to cars from Monday.",
    "Boats will moor at the west quay instead.",
    "The works should end in March.",
]


def test_the_baseline_replaces_the_paragraphs_only_with_more_story() -> None:
    found = "Quay to shut\n" + "\n".join(SHORT)
    assert not baseline_adds_story(found, "Quay to shut Ann Lowe 24 November 2025 " + " ".join(SHORT))
    assert baseline_adds_story(found, " ".join(SHORT) + " " + STORY[0])


def test_a_short_story_s_byline_and_date_line_go() -> None:
    lines = ["Ann Lowe", "24. 11. 2025 14:05", *SHORT]
    assert drop_short_story_header(lines, ["24. 11. 2025 14:05"], ["Ann Lowe"]) == SHORT
    assert drop_short_story_header(SHORT, [], ["Ann Lowe"]) == SHORT
    assert drop_short_story_header(["Ann Lowe", "Ann Lowe"], [], ["Ann Lowe"]) == ["Ann Lowe"]  # never emptied


def test_a_short_story_comes_out_as_its_paragraphs_without_its_byline() -> None:
    page = _page(
        '<article class="story"><header><h1>Quay to shut</h1></header><div class="writer">Ann Lowe</div>'
        f'<div class="when">24 November 2025, 14:05</div><div class="story-body">{_ps(SHORT)}</div></article>',
        title="Quay to shut",
    )
    html_page = page.replace("<head>", '<head><meta name="author" content="Ann Lowe">')
    assert _paragraphs(html_page) == SHORT


# -- a fact box set between two of the story's paragraphs ----------------------------------------------


def _box_page(box: str) -> str:
    return _page(
        f'<article><h1>Harbour wall to be rebuilt this winter</h1><div class="story-body">{_ps(STORY[:2])}'
        f"{box}{_ps(STORY[2:])}</div></article>"
    )


def test_a_fact_box_inside_the_story_is_the_story_s() -> None:
    box = "<aside><h3>The works</h3><ul><li>March: east quay opens</li><li>40 m: length of the gap</li></ul></aside>"
    assert _paragraphs(_box_page(box)) == [
        *STORY[:2],
        "The works",
        "- March: east quay opens",
        "- 40 m: length of the gap",
        *STORY[2:],
    ]


def test_a_box_of_links_or_a_quote_inside_the_story_stays_out() -> None:
    links = '<aside><h3>More on the coast</h3><ul><li><a href="/a">Lifeboat crew honoured</a></li><li><a href="/b">New ferry named</a></li></ul></aside>'
    quote = "<aside><p>The gap grew by a metre a night during the storm.</p></aside>"
    assert _paragraphs(_box_page(links)) == STORY
    assert _paragraphs(_box_page(quote)) == STORY


def test_a_promo_aside_inside_the_story_stays_out() -> None:
    # A members' box between two paragraphs, list-like and short (review R19): by its class, or
    # by a prompt among its lines.
    perks = "<ul><li>Every story on every device</li><li>No adverts, a weekly letter</li></ul>"
    member = f'<aside class="member-offer"><h4>Join the harbour club</h4>{perks}</aside>'
    prompt = f"<aside><h4>Sign up for our newsletter</h4>{perks}</aside>"
    assert _paragraphs(_box_page(member)) == STORY
    assert _paragraphs(_box_page(prompt)) == STORY


# -- a short story in a script with joiners or without spaces: its paragraphs, not the baseline's block --


#: Short stories (under trafilatura's 250-character floor) with their headline and date line: the
#: baseline's one block adds only the header, the share links and, in Persian or Pashto, the words
#: it writes without their zero-width non-joiner; in Thai, Lao, Khmer or Burmese the headline is
#: one "word" that the story never writes whole.
UNSPACED_STORIES = {
    "fa": (
        "ساعت کار کتابخانه مرکزی شیراز افزایش می‌یابد",
        "پنجشنبه ۵ آذر ۱۴۰۵ - ۱۰:۱۵",
        [
            "کتابخانه مرکزی شیراز از هفته آینده ساعت کار خود را تا نیمه‌شب افزایش می‌دهد.",
            "مدیر کتابخانه گفت این تصمیم پس از درخواست دانشجویان گرفته شد.",
            "سالن‌های مطالعه روزهای جمعه هم باز می‌مانند.",
        ],
    ),
    "ps": (
        "د کندهار ښار‌والۍ نوې پارک جوړوي",
        "۱۴۰۵/۹/۵ - ۱۰:۱۵",
        [
            "د کندهار ښار‌والۍ ویلي چې د ښار په لوېدیځ کې به یو نوی پارک جوړ شي.",
            "ښار‌وال وویل چې کار به له راتلونکې میاشتې پیل شي.",
            "پارک به د ماشومانو لپاره د لوبو ځای ولري.",
        ],
    ),
    "th": (
        "เชียงใหม่เปิดสวนสาธารณะริมแม่น้ำปิงแห่งใหม่",
        "โพสต์เมื่อ 25 พฤศจิกายน 2026",
        [
            "เทศบาลนครเชียงใหม่เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำปิงให้ประชาชนใช้ได้ตั้งแต่วันนี้",
            "สวนแห่งนี้มีทางเดินยาวสองกิโลเมตรและลานกีฬาสำหรับเด็ก",
            "สวนเปิดทุกวันตั้งแต่ห้าโมงเช้าถึงสามทุ่ม",
        ],
    ),
    "lo": (
        "ວຽງຈັນເປີດຕະຫຼາດກະສິກຳແຫ່ງໃໝ່ທຸກວັນອາທິດ",
        "25 ພະຈິກ 2026",
        [
            "ນະຄອນຫຼວງວຽງຈັນເປີດຕະຫຼາດກະສິກຳແຫ່ງໃໝ່ຢູ່ໜ້າສະໜາມກິລາແຫ່ງຊາດ",
            "ຕະຫຼາດຈະເປີດທຸກວັນອາທິດແຕ່ເວລາຫົກໂມງເຊົ້າ",
            "ຊາວກະສິກອນຫຼາຍກວ່າຫ້າສິບຄົນໄດ້ລົງທະບຽນແລ້ວ",
        ],
    ),
    "km": (
        "ភ្នំពេញបើកផ្សារកសិកម្មថ្មីរៀងរាល់ថ្ងៃអាទិត្យ",
        "២៥ វិច្ឆិកា ២០២៦",
        [
            "សាលារាជធានីភ្នំពេញបើកផ្សារកសិកម្មថ្មីមួយនៅមុខពហុកីឡដ្ឋានជាតិ",
            "ផ្សារនេះនឹងបើករៀងរាល់ថ្ងៃអាទិត្យចាប់ពីម៉ោងប្រាំមួយព្រឹក",
            "កសិករជាងហាសិបនាក់បានចុះឈ្មោះរួចហើយ",
        ],
    ),
    "my": (
        "ရန်ကုန်မြို့တွင်စိုက်ပျိုးရေးဈေးသစ်ဖွင့်လှစ်",
        "၂၅ နိုဝင်ဘာ ၂၀၂၆",
        [
            "ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီကစိုက်ပျိုးရေးဈေးသစ်တစ်ခုကိုဖွင့်လှစ်လိုက်သည်",
            "ဈေးသည်တနင်္ဂနွေနေ့တိုင်းနံနက်ခြောက်နာရီမှစ၍ဖွင့်မည်",
            "လယ်သမားငါးဆယ်ကျော်စာရင်းပေးသွင်းပြီးဖြစ်သည်",
        ],
    ),
}


def _short_story_page(lang: str) -> str:
    headline, stamp, story = UNSPACED_STORIES[lang]
    paragraphs = "\n".join(f"<p>{line}</p>" for line in story)  # one a line, as a page's source has them
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - Sahar</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/local">Local</a></nav>'
        f'<main><article class="post"><header><h1 class="entry-title">{headline}</h1>'
        f'<div class="entry-meta"><span class="date">{stamp}</span></div></header>'
        f'<div class="entry-content">{paragraphs}</div>'
        '<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>'
        "</article></main><footer><p>About us</p></footer></body></html>"
    )


def test_a_short_story_with_joiners_or_without_spaces_keeps_its_paragraphs() -> None:
    # Review R33 (rv25/16 Persian, rv25/55 Thai): the baseline's block with the headline, the
    # date line and the share links was taken as the body, in one paragraph.
    for lang, (_, _, story) in UNSPACED_STORIES.items():
        assert _paragraphs(_short_story_page(lang)) == story, lang


def test_the_baseline_weighs_a_script_without_spaces_by_what_the_story_lacks() -> None:
    _, _, story = UNSPACED_STORIES["th"]
    found = "\n".join(story)
    # The headline's words are the story's: no gain. A paragraph the extractor missed is one.
    assert not baseline_adds_story(found, "เทศบาลนครเชียงใหม่เปิดสวนแห่งใหม่ริมแม่น้ำปิง " + " ".join(story))
    missed = "ผู้ว่าราชการจังหวัดกล่าวว่าจะมีการปลูกต้นไม้เพิ่มอีกหนึ่งพันต้นภายในปีหน้าเพื่อให้ร่มเงาแก่ผู้มาเยือน"
    assert baseline_adds_story(found, " ".join(story) + " " + missed)
    # A word written with and without its joiner is one word.
    _, _, persian = UNSPACED_STORIES["fa"]
    assert not baseline_adds_story("\n".join(persian), " ".join(persian).replace("\u200c", "") + " Facebook X")


# -- a short story's header in the baseline's one block ------------------------------------------


def test_a_short_story_keeps_its_paragraphs_when_the_baseline_adds_only_its_header() -> None:
    # A story of three short paragraphs (under trafilatura's floor): the baseline's one block adds
    # the headline, the reporter, a long date line and the share buttons above the same paragraphs,
    # more than a lead's length, but no sentence: the paragraphs stay as found.
    short = [
        "Ferries to the islands were cancelled on Thursday as gales reached the coast.",
        "The operator said the first crossing would leave at nine on Friday.",
        "Schools on two islands closed early.",
    ]
    article = (
        '<article><header><h1 class="entry-title">Island ferries cancelled as winter gales reach the coast</h1>'
        '<div class="entry-meta"><div class="rpt">Northern Isles correspondent</div>'
        '<div class="time">Thursday, 26 November 2026 | 12:10 in the afternoon</div></div></header>'
        '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>'
        '<a href="https://twitter.com/intent/tweet">X</a><a href="https://wa.me/?text=">WhatsApp</a></div>'
        f'<div class="entry-content">{_ps(short)}</div></article>'
    )
    assert _paragraphs(_page(article, "Island ferries cancelled as winter gales reach the coast")) == short
    # a lead the extractor missed above the same paragraphs ends a sentence: the baseline adds it
    missed = (
        "Storm Ada closed every harbour along Orkney overnight, leaving fishermen stranded; "
        "coastguard crews expect calmer weather by Saturday evening."
    )
    found = " ".join(short)
    assert baseline_adds_story(found, f"Island ferries cancelled {missed} {found}")
    assert not baseline_adds_story(
        found,
        f"Island ferries cancelled as winter gales reach the coast "
        f"Northern Isles correspondent Thursday, 26 November 2026 | 12:10 "
        f"FacebookXWhatsApp {found}",
    )


# -- a short post's sharing and likes box in the baseline's one block ------------------------------


def _short_post(story: list[str], share: str, like: str, loading: str, posted_by: str) -> str:
    # A WordPress post under trafilatura's floor: the baseline's one block is the <article>'s text,
    # and after the post come the sharing and likes boxes (Jetpack) and the author's line.
    return _page(
        '<article class="post type-post hentry"><header class="entry-header">'
        '<h1 class="entry-title">Tankstellen fuer Elektroautos</h1>'
        '<div class="entry-meta"><time datetime="2026-11-20T09:00:00+00:00">20. November 2026</time> '
        '<span class="author vcard">Jo Brandt</span></div></header>'
        f'<div class="entry-content">{_ps(story)}'
        f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{share}</h3>'
        '<ul><li><a href="https://twitter.example/share">Twitter</a></li>'
        '<li><a href="https://facebook.example/share">Facebook</a></li>'
        '<li><a href="mailto:?subject=x">E-Mail</a></li><li><a href="https://linkedin.example/share">LinkedIn</a></li>'
        '<li><a href="https://pinterest.example/pin">Pinterest</a></li><li><a href="#print">Print</a></li>'
        '<li><a href="https://wa.example/send">WhatsApp</a></li></ul></div>'
        f'<div class="sharedaddy sd-like"><h3 class="sd-title">{like}</h3>'
        f'<span class="button">{like.rstrip(":")}</span> <span class="loading">{loading}</span></div></div>'
        f'<div class="entry-author"><p>{posted_by} Jo Brandt</p><p>Writing is thinking. Thinking is slow.</p></div>'
        "</article>",
        "Tankstellen fuer Elektroautos",
    )


def test_a_short_post_s_sharing_and_likes_box_stays_out_of_the_baseline_s_block() -> None:
    story_de = [
        "Ich wuerde in Ladesaeulen fuer Elektroautos investieren, mit Service und Cafe daneben.",
        "Seltsam, dass es so etwas noch kaum gibt. Fuer den Tipp nehme ich zwei Prozent.",
    ]
    body = "\n\n".join(
        _paragraphs(_short_post(story_de, "Teilen mit:", "Gefällt mir:", "Wird geladen …", "Veröffentlicht von"))
    )
    assert "Ladesaeulen" in body and "zwei Prozent" in body
    for widget in ("Teilen mit", "Gefällt mir", "Wird geladen", "Writing is thinking"):
        assert widget not in body
    story_en = [
        "I would put money into charging points for electric cars, with a cafe beside each one.",
        "Odd that hardly anyone sells them yet. My fee for the tip is two per cent.",
    ]
    body = "\n\n".join(_paragraphs(_short_post(story_en, "Share this:", "Like this:", "Loading...", "Published by")))
    assert "charging points" in body and "two per cent" in body
    for widget in ("Share this", "Like this", "Loading", "Writing is thinking"):
        assert widget not in body


def test_an_abbreviation_before_a_clock_time_in_the_header_ends_no_sentence() -> None:
    # A date line's "kl. 9.40" (Scandinavian "at"): its full stop after a short lower-case word and
    # before a number is no sentence's end, so the header stays out of the story.
    short = [
        "Vägen över myren stängs på fredag när bron ska lagas, meddelar kommunen.",
        "Bussen till byn kör en omväg på tolv kilometer under tiden.",
        "Arbetet ska vara klart före jul.",
    ]
    found = " ".join(short)
    header = "Bron över myren lagas i december Uppdaterad 2026-11-27 kl. 11.20 Publicerad 2026-11-27 kl. 9.40 Ola Ström"
    assert not baseline_adds_story(found, f"{header} {found}")
    # a sentence's end before a number stays one: the lead before it is story the extractor missed
    missed = "Nästan tvåhundra hushåll på andra sidan myren får längre till skolan och affären under hösten"
    assert baseline_adds_story(found, f"{missed}. 40 barn åker buss varje dag. {found}")
    article = (
        '<article class="detail"><h1>Bron över myren lagas i december</h1><div class="meta">'
        "<span>Uppdaterad 2026-11-27 kl. 11.20</span> <span>Publicerad 2026-11-27 kl. 9.40</span> "
        f'<span class="byline">Ola Ström</span></div><div class="text">{_ps(short)}</div></article>'
    )
    assert (
        _paragraphs(_page(article, "Bron över myren lagas i december"), URL.replace("news.example", "myr.se")) == short
    )
