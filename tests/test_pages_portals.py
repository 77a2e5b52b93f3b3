"""Whole pages of Indonesian, Malay and English news portals: datelines, staff credits, channel prompts
and credits of a copy's origin come off the body (fixtures written for review R5, tests/fixtures/portal_pages)."""

from __future__ import annotations

from pathlib import Path

from newscrawl.pages import extract

PAGES = Path(__file__).parent / "fixtures" / "portal_pages"


def _extract(name: str, url: str):
    result = extract((PAGES / f"{name}.html").read_bytes(), url)
    assert result.article is not None, result.reason
    return result.article


def test_a_tribun_page_keeps_only_the_story() -> None:
    article = _extract(
        "tribun_style",
        "https://batam.tribunkepri.com/2025/10/12/dua-kapal-nelayan-tenggelam-dihantam-gelombang-tinggi-di-perairan-natuna",
    )
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Dua kapal nelayan tenggelam")  # "TRIBUNBATAM.id, NATUNA -" is off
    assert article.dateline == "NATUNA"
    assert paragraphs[-1].startswith("Ia kembali mengimbau nelayan kecil")  # no credit, no Google News prompt
    assert not any("Tribunbatam.id" in p or "Google News" in p for p in paragraphs)
    assert article.authors == ["Endra Kaputra"]
    # The site's own portal in its own dateline credits no one else.
    assert article.attribution.publisher is None and article.attribution.credit is None


def test_a_kompas_page_loses_its_dateline_credits_and_whatsapp_box() -> None:
    article = _extract(
        "kompas_style",
        "https://money.kompasnews.com/read/2025/10/13/164005026/harga-beras-medium-naik-rp-1000-per-kilogram-di-pasar-induk",
    )
    paragraphs = article.body.split("\n\n")
    assert article.dateline == "JAKARTA"
    assert paragraphs[0].startswith("Harga beras medium di Pasar Induk")
    assert not any("WhatsApp" in p or p.startswith(("Penulis", "Editor")) for p in paragraphs)


def test_a_ran_first_elsewhere_line_gives_publisher_agency_and_original() -> None:
    article = _extract(
        "mirror_credit_end", "https://kabarpasar.web.id/harga-emas-dunia-cetak-rekor-baru-saat-dolar-melemah/"
    )
    assert "telah tayang" not in article.body
    assert article.attribution.publisher == "Reuters"
    assert article.attribution.agencies == ["Reuters"]
    assert article.attribution.original_url == "https://www.reuters.com/markets/commodities/gold-record-2025-10-08/"
    assert article.authors == []  # "Tim Kabar Pasar" is the site's team


def test_an_agencys_copyright_notice_leaves_the_body() -> None:
    article = _extract(
        "agency_copyright",
        "https://www.channel9mountain.com/news/national/wildfire-near-ski-town-forces-evacuation-of-3000-residents/article_5f2e1a.html",
    )
    assert "All rights reserved" not in article.body
    assert article.attribution.agencies == ["AP"]
    assert "Copyright 2025 The Associated Press" in article.attribution.credit


def test_a_byline_block_with_only_a_date_names_no_author() -> None:
    article = _extract(
        "byline_only_date",
        "https://www.deccanledger.in/india/monsoon-withdrawal-delayed-in-kerala-imd-extends-yellow-alert-1082341",
    )
    assert article.authors == []
    assert article.attribution.agencies == ["PTI"]


def test_deeply_nested_json_ld_does_not_fail_the_page() -> None:
    body = "".join(
        f"<p>The river rose {n} centimetres again overnight, and bridge number {n} was closed to traffic by the police.</p>"
        for n in range(1, 9)
    )
    for depth in (40, 900, 5000):  # read and cut at MAX_JSONLD_DEPTH; too deep for the parser
        ld = '{"@type":"NewsArticle","headline":"River rises","author":{"name":' + "[" * depth + '"Jane Doe"'
        ld += "]" * depth + '},"datePublished":"2025-10-14T08:00:00+00:00"}'
        html = (
            f'<html><head><title>River rises</title><script type="application/ld+json">{ld}</script></head>'
            f"<body><article><h1>River rises</h1>{body}</article></body></html>"
        )
        result = extract(html.encode(), "https://news.example/2025/10/river-rises")
        assert result.article is not None, (depth, result.reason)
        assert result.article.title == "River rises"
