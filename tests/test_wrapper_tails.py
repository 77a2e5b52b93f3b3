"""A story written as text and <br> runs keeps the paragraph after an ad box that wraps blocks."""

from __future__ import annotations

from newscrawl.pages import extract

LINES = [
    "Polisi menutup sementara jalan raya di kawasan perbukitan setelah tanah longsor menimbun separuh badan jalan pagi tadi.",
    "Kepala unit lalu lintas mengatakan material longsor turun dari tebing setelah hujan deras sepanjang malam di wilayah itu.",
    "Petugas memperkirakan jalan bisa dibuka kembali pada sore hari jika cuaca mendukung dan material sudah dibersihkan.",
    "Badan penanggulangan bencana mencatat tidak ada korban jiwa, tetapi dua warung di tepi jalan rusak tertimpa material.",
]


def page(ad_box: str) -> bytes:
    text = f"{LINES[0]}<br><br>{LINES[1]}<br><br>{ad_box}{LINES[2]}<br><br>{LINES[3]}<br><br>"
    return (
        "<html><head><title>Jalan ditutup karena longsor</title></head><body><article>"
        "<h1>Jalan ditutup karena longsor</h1><div class='story-body'><div class='story-text'>"
        f"{text}</div></div></article></body></html>"
    ).encode()


def test_the_paragraph_after_a_nested_ad_box_stays() -> None:
    for ad_box in (
        "<div class='promo-wrap'><div class='promo-top'><span>SCROLL TO CONTINUE WITH CONTENT</span></div></div>",
        "<div class='iklan-box'><p>Iklan</p></div>",
        "<div><div><div>ADVERTISEMENT</div></div></div>",
    ):
        article, reason = extract(page(ad_box), "https://news.example.co.id/berita/jalan-ditutup")
        assert article is not None, reason
        assert article.body.split("\n\n") == LINES, ad_box


def test_the_paragraph_after_an_ad_label_of_inline_elements_stays_apart() -> None:
    # The label in a <span> (no block inside the box): trafilatura would run it into the next line.
    for label in ("ADVERTISEMENT", "বিজ্ঞাপন", "विज्ञापन", "Quảng cáo"):
        ad_box = f"<div class='inner-ad'><span style='font-size:10px'>{label}</span><div id='gpt-mid'></div></div>"
        article, reason = extract(page(ad_box), "https://news.example.co.id/berita/jalan-ditutup")
        assert article is not None, reason
        assert article.body.split("\n\n") == LINES, label


def test_a_read_also_label_in_a_box_of_its_own_keeps_its_title() -> None:
    # Only a widget's label gives the text after it a paragraph: a "read also" label's title, run
    # into it, goes with it.
    ad_box = "<div class='inline-link'><strong>Baca juga:</strong></div>Jembatan baru dibuka di hulu sungai"
    article, reason = extract(page(ad_box + "<br><br>"), "https://news.example.co.id/berita/jalan-ditutup")
    assert article is not None, reason
    assert article.body.split("\n\n") == LINES
