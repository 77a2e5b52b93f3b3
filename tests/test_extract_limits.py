"""Hostile sizes, binary pages, unspaced scripts and CMS listing pages (pages written by us)."""

from __future__ import annotations

import logging
import random

import pytest

from newscrawl.items import count_words
from newscrawl.pages import body, extract, limits

_SENTENCE = (
    "Harbour crews on the north quay worked through the night on Thursday to clear the berth, the port"
    " authority said, as cranes stood idle and tug crews waited for the tide ({n})."
)


def _article(paragraphs: int, body_class: str = "", extra_head: str = "") -> bytes:
    text = "".join(f"<p>{_SENTENCE.format(n=n)}</p>\n" for n in range(paragraphs))
    return (
        f"<html><head><title>Night shift clears the berth</title>{extra_head}</head><body class='{body_class}'>"
        f"<article><h1>Night shift clears the berth</h1>{text}</article></body></html>"
    ).encode()


def _naive_found(lines: list[str], precise: list[str]) -> list[int]:
    precise_key = body._key("".join(precise))
    return [i for i, line in enumerate(lines) if (key := body._key(line)) and key in precise_key]


def test_lines_found_in_the_precision_run_as_before_on_article_sizes():
    lines = ["Share this", "First paragraph here.", "Second one, longer", "Related: other story", "tail"]
    precise = ["First paragraph here. Second one,", "longer"]
    assert body._found_in_precise(lines, precise) == _naive_found(lines, precise) == [1, 2]


def test_lines_found_in_a_long_precision_run_near_the_last_match(monkeypatch):
    monkeypatch.setattr(body, "MAX_PRECISE_SCAN", 400)
    precise = [_SENTENCE.format(n=n) for n in range(100)]
    lines = ["Log in", *precise[:50], precise[50] + " " + precise[51], *precise[52:], "More stories"]
    assert body._found_in_precise(lines, precise) == list(range(1, len(lines) - 1))


def test_a_huge_page_is_cut_to_what_a_news_page_needs(monkeypatch, caplog):
    monkeypatch.setattr(limits, "MAX_ELEMENTS", 400)
    monkeypatch.setattr(limits, "MAX_PARAGRAPHS", 150)
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Night shift clears the berth"}</script>'
    page = _article(3000).replace(b"</body>", ld.encode() + b"</body>")
    with caplog.at_level(logging.WARNING):
        result = extract(page, "https://port.example/2026/11/night-shift/", None)
    assert result.article is not None, result.reason
    paragraphs = result.article.body.split("\n\n")
    assert 100 < len(paragraphs) <= 150
    assert any("page cut" in message for message in caplog.messages)
    assert result.article.title == "Night shift clears the berth"


def test_cut_tree_keeps_structured_data_after_the_cut(monkeypatch):
    from lxml import html

    monkeypatch.setattr(limits, "MAX_ELEMENTS", 50)
    tree = html.document_fromstring(
        "<html><body><div>" + "<p>x</p>" * 200 + "</div><script type='application/ld+json'>{}</script>"
        "<script id='__NEXT_DATA__'>{}</script><script>var a;</script></body></html>"
    )
    assert limits.cut_tree(tree)
    assert sum(1 for _ in tree.iter()) == 50 + 2
    assert [s.get("id") or s.get("type") for s in tree.iter("script")] == ["application/ld+json", "__NEXT_DATA__"]


def test_random_bytes_are_not_an_article():
    data = random.Random(5).randbytes(200_000)
    result = extract(data, "https://port.example/2026/11/blob/", None)
    assert result.article is None
    assert result.reason == "not_article:not_text"


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. port authority said on Thursday (12:30 GMT) that 3.5% more ships, e-mail and COVID-19 aside, " * 20,
        "Rettungskräfte durchsuchten am Donnerstag die Unfallstelle, teilte die Polizei mit. " * 20,
        "東京都は二十日、新しい防災計画を発表した。都内の避難所を増やし、備蓄を見直す。" * 30,
        "ภาษาไทยเป็นภาษาที่มีระดับเสียงของคำแน่นอน " * 30,
        "सरकार ने गुरुवार को नई नीति की घोषणा की और कहा कि यह अगले साल से लागू होगी। " * 20,
        "அரசு வியாழக்கிழமை புதிய கொள்கையை அறிவித்தது. " * 20,
        "Правительство объявило в четверг о новой политике. " * 20,
        "الحكومة أعلنت يوم الخميس عن سياسة جديدة. " * 20,
    ],
)
def test_written_language_is_text(text):
    assert not limits.is_not_text(text)


_PRICES = [
    ("Harbour Gold (HGLD)", 67245.12, 3.45),
    ("Quay Token (QUAY)", 3512.08, -2.1),
    ("Tug Coin (TUG)", 0.52, 0.01),
]


def _price_rows(rows: int) -> str:
    return "\n".join(
        f"{name} ${price:,.2f} ({change:+.2f}%) ${price * 19.7:,.1f}B"
        for name, price, change in (_PRICES * rows)[:rows]
    )


def test_a_price_table_is_text():
    assert not limits.is_not_text("Prices at 8 a.m. UTC:\n" + _price_rows(40))


def test_a_market_report_with_a_price_table_is_an_article():
    table = "".join(f"<tr><td>{row}</td></tr>" for row in _price_rows(30).split("\n"))
    story = "".join(f"<p>{_SENTENCE.format(n=n)}</p>" for n in range(2))
    html = (
        "<html><head><title>Harbour Gold up 3% on the day</title></head><body><article>"
        "<h1>Harbour Gold up 3% on the day</h1><p>Prices at 8 a.m. UTC:</p>"
        f"<table>{table}</table>{story}</article></body></html>"
    )
    result = extract(html.encode(), "https://port.example/2026/11/prices/", None)
    assert result.reason != "not_article:not_text"
    assert result.article is not None


def test_base64_is_not_text():
    import base64

    assert limits.is_not_text(base64.b64encode(random.Random(1).randbytes(3000)).decode())


def test_unspaced_scripts_count_words_by_characters():
    assert count_words("hello world") == 2
    assert count_words("東京都は二十日、新しい防災計画を発表した。") == 10  # 20 characters, punctuation left out
    assert count_words("ภาษาไทยเป็นภาษา hello") == 4 + 1


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("東京都は二十日、都内の避難所を来年度までに増やし、食料や水の備蓄を見直す新しい防災計画を発表した。", "ja"),
        ("北京市政府周二宣布，将在明年年底前新建三十座公园，并改造城区的老旧供水管道。", "zh"),
    ],
)
def test_a_chinese_or_japanese_article_of_eight_paragraphs_is_long_enough(paragraph, lang):
    text = "".join(f"<p>{paragraph}</p>" for _ in range(8))
    page = (
        f"<html lang='{lang}'><head><title>{paragraph[:12]}</title></head><body><article><h1>{paragraph[:12]}</h1>"
        f"{text}</article></body></html>"
    ).encode()
    result = extract(page, "https://tokyo.example/2026/11/plan/", None)
    assert result.article is not None, result.reason


@pytest.mark.parametrize(
    ("body_class", "reason"),
    [
        ("tag-template tag-harbour", "not_article:tag"),
        ("author-template author-jane", "not_article:author"),
        ("home-template paged page-2", "not_article:home"),
        ("page-taxonomy-term page-taxonomy-term-12", "not_article:tag"),
    ],
)
def test_ghost_and_drupal_listing_pages_are_not_articles(body_class, reason):
    assert extract(_article(6, body_class), "https://port.example/tag/harbour/", None).reason == reason


def test_a_ghost_post_tagged_template_is_an_article():
    result = extract(_article(6, "post-template tag-template"), "https://port.example/night-shift/", None)
    assert result.article is not None, result.reason


def test_a_json_ld_series_page_is_a_tag_page():
    head = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Series", "name": "Harbour"}</script>'
    assert extract(_article(6, extra_head=head), "https://port.example/tag/harbour/", None).reason == "not_article:tag"


def test_a_client_rendered_page_reads_its_body_from_the_page_state():
    import json

    blocks = [{"type": "paragraph", "text": _SENTENCE.format(n=n)} for n in range(4)]
    state = {
        "props": {
            "pageProps": {
                "story": {"headline": "Night shift clears the berth", "blocks": blocks},
                "related": [{"title": "Ferry fares rise"}, {"title": "Tide tables"}],
            }
        }
    }
    page = (
        "<html><head><title>Night shift clears the berth</title></head><body><div id='__next'><main>"
        "<div class='skeleton'></div></main></div><script id='__NEXT_DATA__' type='application/json'>"
        + json.dumps(state)
        + "</script></body></html>"
    ).encode()
    result = extract(page, "https://port.example/news/night-shift", None)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == [_SENTENCE.format(n=n) for n in range(4)]


def _entry(n: int, title: str = "") -> str:
    heading = f"<h2>{title}</h2>" if title else ""
    return (
        f"<article class='entry'><header><time datetime='2026-11-26T{10 + n:02d}:00:00Z'>{10 + n}.00</time>"
        f"{heading}</header><div><p>{_SENTENCE.format(n=n)}</p></div><footer><a href='#e{n}'>Share</a>"
        "</footer></article>"
    )


def test_a_live_blog_keeps_every_entry_newest_first():
    entries = "".join(_entry(n, "Tugs back at the berth after the storm" if n == 3 else "") for n in (3, 2, 1, 0))
    page = (
        "<html><head><title>Port live: night shift</title></head><body><header><a href='/'>Port</a></header>"
        f"<main><h1>Port live: night shift</h1><div class='liveblog-body'>{entries}</div></main></body></html>"
    ).encode()
    result = extract(page, "https://port.example/live/night-shift", None)
    assert result.article is not None, result.reason
    lines = result.article.body.split("\n\n")
    assert [line for line in lines if line.startswith("Harbour")] == [_SENTENCE.format(n=n) for n in (3, 2, 1, 0)]
    assert "Share" not in lines


def test_a_live_blog_read_from_its_newest_entry_gets_every_entry():
    from lxml import html

    from newscrawl.pages.liveblog import live_blog_paragraphs

    heading = "Tugs back at the berth after the storm"
    entries = "".join(_entry(n, heading if n == 3 else "") for n in (3, 2, 1, 0))
    tree = html.document_fromstring(f"<html><body><main><div class='live-blog'>{entries}</div></main></body></html>")
    got = live_blog_paragraphs(tree, [_SENTENCE.format(n=3)])
    assert got == [heading, *(_SENTENCE.format(n=n) for n in (3, 2, 1, 0))]
    plain = html.document_fromstring(f"<html><body><main><div class='stories'>{entries}</div></main></body></html>")
    assert live_blog_paragraphs(plain, [_SENTENCE.format(n=3)]) is None  # no live blog said so
    assert live_blog_paragraphs(plain, [_SENTENCE.format(n=3)], live=True) == got  # JSON-LD LiveBlogPosting
    assert live_blog_paragraphs(tree, [_SENTENCE.format(n=n) for n in range(4)]) is None  # all there already
    assert live_blog_paragraphs(tree, ["Another story altogether, read elsewhere on the page."]) is None


def test_a_live_blog_keeps_its_summary_above_the_entries():
    from lxml import html

    from newscrawl.pages.liveblog import live_blog_paragraphs

    summary = [
        "The storm shut the port for two days; the reopening, hour by hour.",
        "Our reporters on the quay follow the tugs and the first ships back in.",
    ]
    entries = "".join(_entry(n) for n in (3, 2, 1, 0))
    for around in (
        "<div class='live-blog'>{s}{e}</div>",
        "<div class='standfirst'>{s}</div><div class='live-blog'>{e}</div>",
    ):
        run = around.format(s="".join(f"<p>{line}</p>" for line in summary), e=entries)
        tree = html.document_fromstring(
            f"<html><body><main><h1>Port live</h1>{run}<p>Read more: tide tables</p></main></body></html>"
        )
        # read as extracted: the newest entry first, the summary after it, a link line below the run
        got = live_blog_paragraphs(tree, [_SENTENCE.format(n=3), *summary, "Read more: tide tables"])
        assert got == [*summary, *(_SENTENCE.format(n=n) for n in (3, 2, 1, 0))]


def test_dated_teasers_beside_an_article_stay_out():
    teasers = "".join(_entry(n) for n in range(4))
    story = "".join(
        f"<p>Cranes stood idle on the south quay as the storm passed, officials said ({n}).</p>" * 1 for n in range(8)
    )
    page = (
        "<html><head><title>Storm passes</title></head><body><main><article><h1>Storm passes</h1>"
        f"{story}</article><aside class='latest'>{teasers}</aside></main></body></html>"
    ).encode()
    result = extract(page, "https://port.example/2026/11/storm-passes", None)
    assert result.article is not None, result.reason
    assert "Harbour crews" not in result.article.body


def test_a_blogger_page_of_an_unregistered_site_is_read_as_blogger():
    from newscrawl.pages import BloggerPage, GenericPage, page_class_of

    page = (
        "<html><head><meta content='blogger' name='generator'/><title>Night shift</title></head><body>"
        "<div class='date-header'><span>Thursday, 26 November 2026</span></div><div class='post-outer'>"
        "<div class='post'><h3 class='post-title'>Night shift clears the berth</h3><div class='post-body'>"
        + "".join(f"<p>{_SENTENCE.format(n=n)}</p>" for n in range(3))
        + "</div></div></div></body></html>"
    ).encode()
    assert page_class_of(None, page) is BloggerPage
    assert page_class_of(None, _article(3)) is GenericPage
    result = extract(page, "https://port.blogspot.com/2026/11/night-shift.html", None)
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == [_SENTENCE.format(n=n) for n in range(3)]


@pytest.mark.parametrize(
    "extra_head",
    [
        '<script type="application/ld+json">{"@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": "Ada Voss"}}</script>',
        '<meta property="og:type" content="profile">',
    ],
)
def test_a_profile_page_with_single_post_classes_is_an_author_page(extra_head):
    page = _article(6, "single single-post", extra_head)
    assert extract(page, "https://port.example/staff/ada-voss/", None).reason == "not_article:author"


def test_a_single_post_with_article_json_ld_and_og_profile_is_an_article():
    head = (
        '<meta property="og:type" content="profile"><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Night shift clears the berth"}</script>'
    )
    result = extract(_article(6, "single single-post", head), "https://port.example/night-shift/", None)
    assert result.article is not None, result.reason


def test_a_link_with_a_malformed_address_costs_no_article():
    # urlsplit raises on "http://[..." (an IPv6 host never closed); the writer's-card search read
    # every link's address on a page with no byline and the page failed.
    page = _article(12).replace(b"</article>", b"<p><a href='http://[quay/berth'>Berth map</a></p></article>")
    result = extract(page, "https://quay-post.example/2026/11/berth-cleared.html")
    assert result.reason is None
    assert result.article.title == "Night shift clears the berth"
