"""Page classes on saved pages we wrote: every Article field, non-article pages, bad bytes."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscrawl.pages import BloggerPage, ExtractResult, GenericPage, WordPressPage, extract, page_class_for
from newscrawl.sites import Extraction, Site

PAGES = Path(__file__).with_name("pages_html")
WIB = timezone(timedelta(hours=7))

SINDOBATAM = Site(
    name="sindobatam",
    base_url="https://sindobatam.com/",
    domains=("sindobatam.com",),
    family="wordpress",
    language="id",
    timezone="Asia/Jakarta",
    publisher="Sindobatam",
)
BLOG = Site(
    name="beritasemasa",
    base_url="https://beritasemasakita.blogspot.com/",
    domains=("beritasemasakita.blogspot.com",),
    family="blogger",
    language="ms",
    timezone="Asia/Kuala_Lumpur",
)
COURIER = Site(
    name="courier",
    base_url="https://www.dailycourier.example/",
    domains=("dailycourier.example",),
    language="en",
    timezone="Asia/Kolkata",
    publisher="Daily Courier India",
)


def page(name: str) -> bytes:
    return (PAGES / f"{name}.html").read_bytes()


def sindobatam() -> ExtractResult:
    return extract(
        page("sindobatam_post"), "https://sindobatam.com/2023/09/13/putin-janjikan-bantuan-satelit/", SINDOBATAM
    )


def test_page_class_follows_the_site_family_not_the_url() -> None:
    assert page_class_for(SINDOBATAM) is WordPressPage
    assert page_class_for(BLOG) is BloggerPage
    assert page_class_for(COURIER) is GenericPage
    assert page_class_for(None) is GenericPage


def test_wordpress_mirror_page_every_field() -> None:
    result = sindobatam()
    assert result.reason is None
    article = result.article
    assert article.title == "Putin Janjikan Bantuan Satelit untuk Pyongyang"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Pemimpin Rusia menerima tamunya")  # dateline taken off
    assert paragraphs[-1].startswith("Para analis")
    for boilerplate in ("READ", "Dapatkan berita", "Bagikan", "Facebook", "Kecuali judulnya", "Komentar", "Hak cipta"):
        assert boilerplate not in article.body
    assert article.dateline == "Moskow"
    assert article.published_at == datetime(2023, 9, 13, 10, 15, tzinfo=WIB)
    assert article.published_raw == "Rabu, 13 September 2023 10:15 WIB"
    assert article.modified_at == datetime(2023, 9, 13, 11, 2, tzinfo=WIB)
    assert article.authors == []  # "admin" is not a person
    assert article.language == "id"
    assert article.section == "Dunia"
    assert article.tags == ["Rusia", "Korea Utara"]
    assert article.image_url == "https://sindobatam.com/wp-content/uploads/2023/09/kosmodrom.jpg"
    assert article.canonical_url == "https://sindobatam.com/2023/09/13/putin-janjikan-bantuan-satelit/"
    assert article.description == "Presiden Rusia berjanji membantu program satelit tetangganya."
    assert article.attribution.publisher == "NDTV"
    assert article.attribution.credit == (
        "(Kecuali judulnya, cerita ini belum diedit oleh staf NDTV dan diterbitkan dari feed sindikasi.)"
    )
    assert article.site == "sindobatam"
    assert article.word_count == len(article.body.split())
    assert article.content_hash


def test_rest_post_is_preferred_over_the_page() -> None:
    rest_post = {
        "id": 4812,
        "date": "2023-09-13T10:16:00",
        "date_gmt": "2023-09-13T03:16:00",
        "modified_gmt": "2023-09-13T04:00:00",
        "link": "https://sindobatam.com/2023/09/13/putin-janjikan-bantuan-satelit/",
        "title": {"rendered": "Putin Janjikan Bantuan Satelit untuk Pyongyang &#8211; Versi REST"},
        "content": {
            "rendered": "<p>Moskow: Paragraf pertama dari REST yang cukup panjang untuk dihitung sebagai isi berita ini.</p>"
            "<p><strong>READ</strong> <a href='/x/'>Judul lain</a></p>"
            "<p>Paragraf kedua dari REST, juga dengan beberapa kata tambahan agar cukup panjang.</p>"
        },
        "_embedded": {
            "author": [{"name": "Dewi Lestari"}],
            "wp:term": [
                [{"taxonomy": "category", "name": "Internasional"}],
                [{"taxonomy": "post_tag", "name": "Rusia"}],
            ],
        },
    }
    page_ = WordPressPage(page("sindobatam_post"), rest_post["link"], SINDOBATAM, rest_post=rest_post)
    article = page_.to_item()
    assert article.title == "Putin Janjikan Bantuan Satelit untuk Pyongyang – Versi REST"
    assert article.published_at == datetime(2023, 9, 13, 3, 16, tzinfo=timezone.utc)
    assert article.published_raw == "2023-09-13T10:16:00"
    assert article.modified_at == datetime(2023, 9, 13, 4, 0, tzinfo=timezone.utc)
    assert article.authors == ["Dewi Lestari"]
    assert article.body.split("\n\n")[0].startswith("Paragraf pertama dari REST")
    assert "READ" not in article.body
    assert article.dateline == "Moskow"


def test_site_overrides_select_fields() -> None:
    site = Site(
        name="sindobatam",
        base_url="https://sindobatam.com/",
        domains=("sindobatam.com",),
        family="wordpress",
        timezone="Asia/Jakarta",
        extract=Extraction(drop=(".entry-content p:nth-of-type(2)",), title=".site-title", author=".comment p"),
    )
    article = extract(page("sindobatam_post"), "https://sindobatam.com/a/", site).article
    assert article.title == "Sindobatam"
    assert "Kedua pemimpin" not in article.body
    assert article.authors == []  # the override picks a sentence, which is no name


def test_blogger_page() -> None:
    url = "https://beritasemasakita.blogspot.com/2024/01/banjir-kilat-landa-tiga-daerah.html"
    article = extract(page("blogger_post"), url, BLOG).article
    assert article.title == "Banjir Kilat Landa Tiga Daerah di Pantai Timur"
    assert article.published_at == datetime(2024, 1, 11, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    assert article.authors == ["Aisyah Rahman"]
    assert article.dateline == "KUALA TERENGGANU"
    assert article.body.startswith("Hujan lebat")
    assert "BACA JUGA" not in article.body and "Tiga Jalan Utama" not in article.body
    assert "Sumber" not in article.body and "Catat Ulasan" not in article.body
    assert article.body.split("\n\n")[-1].startswith("Orang ramai")
    assert article.attribution.agencies == ["Bernama"]
    assert article.attribution.credit == "Sumber: Bernama"
    # Blogger has labels only: the first is shown as the section, the rest are the tags.
    assert article.section == "Banjir"
    assert article.tags == ["Terengganu"]
    assert article.language == "ms"


def test_origin_page_with_json_ld() -> None:
    url = "https://www.dailycourier.example/world-news/kim-jong-un-meets-putin-at-remote-space-base-4391"
    article = extract(page("origin_jsonld"), url, COURIER).article
    assert article.title == "Kim Jong Un Meets Putin At Remote Space Base"
    assert article.published_at == datetime(2023, 9, 13, 14, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert article.modified_at == datetime(2023, 9, 13, 15, 20, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert article.authors == []
    assert article.attribution.agencies == ["AFP"]
    assert article.attribution.publisher is None  # the notice names the site itself
    assert article.dateline == "Vostochny, Russia" or article.dateline == "Vostochny"
    assert "Also Read" not in article.body and "Another Story" not in article.body
    assert "syndicated feed" not in article.body
    assert article.section == "World News"
    assert article.tags == ["Kim Jong Un", "Vladimir Putin", "Russia"]
    assert article.language == "en"


def test_aggregator_page_without_a_site() -> None:
    url = "https://newsroundup.example/business/markets-slip-as-oil-prices-climb-again"
    article = extract(page("aggregator"), url).article
    assert article.title == "Markets slip as oil prices climb again"
    assert article.authors == ["Maria Lopez", "Tom Becker"]
    assert article.attribution.agencies == ["Reuters"]
    assert article.attribution.original_url == "https://www.reuters.example/markets/europe/markets-slip-oil-2024-03-05/"
    assert article.dateline == "LONDON"
    assert article.published_at == datetime(2024, 3, 5, 9, 12, tzinfo=timezone.utc)
    body = article.body
    assert body.startswith("Stock markets across Europe")
    assert body.endswith("for the first time since the autumn")
    for boilerplate in ("ADVERTISEMENT", "Read more", "Source:", "Share on", "Comments", "morning briefing"):
        assert boilerplate not in body


@pytest.mark.parametrize(
    ("name", "url", "reason"),
    [
        ("wordpress_tag", "https://sindobatam.com/tag/korea-utara/", "not_article:tag"),
        ("not_found", "https://sindobatam.com/tidak-ada/", "not_article:error"),
    ],
)
def test_non_article_pages_give_a_reason(name: str, url: str, reason: str) -> None:
    assert extract(page(name), url, SINDOBATAM) == ExtractResult(None, reason)


def test_home_and_short_pages() -> None:
    assert extract(b"<html><body><p>Hello</p></body></html>", "https://sindobatam.com/").reason == "not_article:home"
    short = b"<html><head><title>x</title></head><body><article><p>Only a few words.</p></article></body></html>"
    assert extract(short, "https://sindobatam.com/a/b/").reason == "not_article:too_short"


def test_a_post_on_the_root_path_by_its_query_is_no_home_page() -> None:
    # An old WordPress theme's plain permalink ("/?p=2895"): no body class, no og:type, no JSON-LD.
    story = "".join(
        f"<p>{line}</p>"
        for line in (
            "The lighthouse keeper of Vellmar Point logged his last night on duty this week, after forty years.",
            "He said the lamp had failed only twice in that time, both during the storms of the winter of 1998.",
            "The council will run the light from the harbour office from next month, with a camera on the tower.",
        )
    )
    html = f"<html><head><title>Last night at the light</title></head><body><h2>Last night at the light</h2>{story}</body></html>"
    assert GenericPage(html.encode(), "http://harbourblog.example/?p=2895").page_type() is None
    assert GenericPage(html.encode(), "http://harbourblog.example/?page_id=12").page_type() is None
    # The root path with no post's query, or another query, is still the home page.
    assert GenericPage(html.encode(), "http://harbourblog.example/").page_type() == "not_article:home"
    assert GenericPage(html.encode(), "http://harbourblog.example/?utm_source=feed").page_type() == "not_article:home"


def test_wrong_charset_declaration_is_survived() -> None:
    html = page("sindobatam_post").replace(b'<meta charset="UTF-8">', b'<meta charset="iso-8859-1">')
    html = html.replace(b"Pemimpin Rusia", "Pemimpin Rusia — “kata”".encode())
    article = extract(html, "https://sindobatam.com/a/", SINDOBATAM).article
    assert "Pemimpin Rusia — “kata”" in article.body
    latin = "<html><head><meta charset='iso-8859-1'><title>Café</title></head><body><h1>Café à Paris</h1></body></html>"
    assert GenericPage(latin.encode("latin-1"), "https://x.example/a/").title() == "Café à Paris"


def test_extraction_never_raises_on_any_bytes() -> None:
    rng = random.Random(5)
    seed = page("sindobatam_post")
    samples = [b"", b"\x00", b"\xff\xfe\x00", b"<", b"<?xml version='1.0' encoding='utf-8'?><html/>", b"<html>" * 500]
    for _ in range(40):
        data = bytearray(seed)
        for _ in range(rng.randint(1, 200)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cut = rng.randrange(len(data))
        samples.append(bytes(data[:cut]) if rng.random() < 0.5 else bytes(data))
    samples += [bytes(rng.randrange(256) for _ in range(rng.randint(1, 3000))) for _ in range(20)]
    for sample in samples:
        for site in (None, SINDOBATAM, BLOG):
            result = extract(sample, "https://sindobatam.com/2023/09/13/a/", site)
            assert (result.article is None) == (result.reason is not None)
            # ``extract`` catches everything as a last resort; mangled bytes must not need it.
            assert result.reason != "extract_failed", sample[:80]


def test_malformed_links_cost_the_link_not_the_article(caplog) -> None:
    bad = "http://[x"
    paragraphs = "".join(
        f"<p>Paragraph {n} of the story tells what the ministry said about the harvest and the prices.</p>"
        for n in range(8)
    )
    html = f"""<html><head><title>Harvest prices rise again | Example</title>
<link rel="canonical" href="{bad}/a/"><meta property="og:url" content="{bad}/a/">
<meta property="og:image" content="{bad}/i.jpg"><link rel="author" href="{bad}/author/jana/">
<script type="application/ld+json">{{"@type": "NewsArticle", "url": "{bad}/a/", "image": "{bad}/j.jpg",
 "author": {{"@type": "Person", "name": "Jana Ulm", "url": "{bad}/author/jana-ulm/"}}}}</script></head>
<body><a href="//[x" class="logo">Example</a><article><h1>Harvest prices rise again</h1>
<div class="byline">By <a href="{bad}/author/jana-ulm/">Jana Ulm</a></div>{paragraphs}
<p>(Via <a href="{bad}/origin/">Wire News</a>)</p><img src="{bad}/x.png"></article></body></html>"""
    with caplog.at_level("WARNING"):
        result = extract(html, "https://example.com/2024/01/02/harvest/")
    assert result.reason is None and result.article.title == "Harvest prices rise again"
    assert result.article.authors == ["Jana Ulm"] and result.article.canonical_url is None
    assert "Traceback" not in caplog.text and not [r for r in caplog.records if r.levelname == "ERROR"]


def test_a_malformed_url_is_a_reason_not_a_traceback(caplog) -> None:
    html = page("sindobatam_post")
    for url in ("http://[bad/2023/09/13/a/", "https://sindobatam.com:99999/a/"):
        with caplog.at_level("WARNING", logger="newscrawl.pages"):
            caplog.clear()
            assert extract(html, url, SINDOBATAM) == ExtractResult(None, "bad_url")
        assert [r.levelname for r in caplog.records] == ["WARNING"] and "bad URL" in caplog.text
        assert "Traceback" not in caplog.text


STORY_PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story tells what the ministry said about the harvest and the prices.</p>"
    for n in range(1, 6)
)


def test_a_widget_that_wraps_the_whole_post_is_the_page_not_a_sidebar() -> None:
    html = f"""<html lang="ms"><head><title>Berita: Harga beras naik</title></head><body>
    <div class="widget Blog" id="Blog1"><div class="post-outer"><div class="post hentry">
    <h3 class="post-title">Harga beras naik</h3>
    <div class="post-body">{STORY_PARAGRAPHS}</div>
    <div class="post-footer"><abbr class="published" title="2024-01-11T08:30:00+08:00">8:30 PG</abbr>
    <span class="post-labels"><a href="/l/Ekonomi" rel="tag">Ekonomi</a>, <a href="/l/Beras" rel="tag">Beras</a></span>
    </div></div></div></div>
    <div class="widget PopularPosts"><abbr class="published" title="2020-01-01T00:00:00+08:00">x</abbr></div>
    </body></html>"""
    article = extract(html.encode(), "https://beritasemasakita.blogspot.com/2024/01/harga.html", BLOG).article
    assert article.published_at == datetime(2024, 1, 11, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    assert article.section == "Ekonomi"
    assert article.tags == ["Beras"]


def test_a_via_line_names_the_publisher_and_an_unchanged_stamp_is_no_modification() -> None:
    html = f"""<html lang="en"><head><title>Harvest prices climb | Courier</title>
    <meta property="article:published_time" content="2023-09-09T22:52:00+00:00">
    <meta property="article:modified_time" content="2023-09-09T22:52:00+00:00"></head><body>
    <article><h1>Harvest prices climb</h1>
    <div class="via">Via <a href="https://origin.example/news/harvest-1">Origin Times</a></div>
    <div class="story">{STORY_PARAGRAPHS}</div></article></body></html>"""
    article = extract(html.encode(), "https://www.dailycourier.example/news/harvest", COURIER).article
    assert article.attribution.publisher == "Origin Times"
    assert article.attribution.original_url == "https://origin.example/news/harvest-1"
    assert article.attribution.credit is None
    assert "Via" not in article.body
    assert article.modified_at is None


def test_a_site_is_the_publisher_of_what_it_credits_to_no_one_else() -> None:
    plain = f"""<html><head><title>Harvest prices climb</title></head><body><article>
    <h1>Harvest prices climb</h1><div class="story">{STORY_PARAGRAPHS}</div></article></body></html>"""
    credited = plain.replace("</div></article>", "<p>(AFP)</p></div></article>")
    url = "https://www.dailycourier.example/news/harvest"
    origin = Site(**{**{f: getattr(COURIER, f) for f in ("name", "base_url", "domains", "publisher")}, "origin": True})
    # Uncredited: the site's own story, origin or mirror.
    assert extract(plain.encode(), url, origin).article.attribution.publisher == "Daily Courier India"
    assert extract(plain.encode(), url, COURIER).article.attribution.publisher == "Daily Courier India"
    # Credited to a wire agency: an origin still published it; a mirror did not.
    assert extract(credited.encode(), url, origin).article.attribution.publisher == "Daily Courier India"
    mirror = extract(credited.encode(), url, COURIER).article.attribution
    assert mirror.publisher is None and mirror.agencies == ["AFP"]


def test_head_meta_tags_pushed_into_the_body_by_the_parser_are_read() -> None:
    # An <iframe> (a tag manager's) first in the served <head> makes the HTML parser start the
    # body there, so every meta tag after it lands in <body>.
    html = (
        "<html><head><title>Harbour reopens - Pelabuhan News</title>"
        '<iframe src="https://tags.example/ns.html"></iframe>'
        '<meta property="og:title" content="Harbour reopens after the storm">'
        '<meta property="article:published_time" content="2023-03-14T08:30:00+07:00">'
        '<meta name="author" content="Sari Wulandari"></head><body><article>'
        "<h1>Harbour reopens after the storm</h1>"
        + "<p>The harbour reopened on Tuesday after a week of repairs to the breakwater.</p>" * 4
        + "</article></body></html>"
    )
    page = GenericPage(html.encode(), "https://pelabuhan.example/harbour-reopens")
    assert page.tree.find("head").find("meta") is None  # the parser did move them
    assert page.published_at() == datetime(2023, 3, 14, 8, 30, tzinfo=timezone(timedelta(hours=7)))
    assert page.authors() == ["Sari Wulandari"]
