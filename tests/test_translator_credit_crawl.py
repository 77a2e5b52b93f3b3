"""A translator's credit on a crawled page reaches dedupe (brief D53).

Extraction takes a footer's staff credits off the body ("Penerjemah: ...", ANTARA's footer on its
translation of another agency's story); a translator's line goes to ``attribution.credit``, where
dedupe's fingerprint reads it (``translator``), so the translation is not taken for the agency's
own report. Pages written for these tests: the Lombok ferry terminal of
``test_dedupe_own_agency_report``, as a mirror's page and as Xinhua's.
"""

from __future__ import annotations

import asyncio

import pytest
from scrapy.utils.test import get_crawler

from newscrawl.dedupe import fingerprint
from newscrawl.items import article_to_doc
from newscrawl.pages import extract
from newscrawl.translator_credits import credit_names_translator, translator_credit_lines
from pipelines.dedupe import DedupePipeline
from tests.test_dedupe_own_agency_report import ANTARA_OWN_ID, ANTARA_TRANSLATION_ID, XINHUA_EN

#: ANTARA's translation of Xinhua's story naming no other agency in its text: only its footer
#: says it is a translation.
TRANSLATION = ANTARA_TRANSLATION_ID.replace(", seperti dilaporkan Xinhua", "")

#: Footers by language: Indonesian, Malay, English; the translator's line as the credit keeps it.
FOOTERS = {
    "id": (
        ["Penerjemah: Dewi Kartikasari", "Editor: Bambang Sutejo", "COPYRIGHT © ANTARA 2026"],
        "Penerjemah: Dewi Kartikasari",
    ),
    "ms": (["Penterjemah: Nur Aisyah Rahman", "Editor: Hafiz Ismail"], "Penterjemah: Nur Aisyah Rahman"),
    "en": (["Translated by Lena Marsh"], "Translated by Lena Marsh"),
}


def page(body: str, footer: list[str], title: str = "Indonesia buka terminal feri Lombok", when: str = "09") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*body.split("\n\n"), *footer])
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="2026-12-03T{when}:00:00+07:00"></head>'
        f"<body><header><a href='/'>Kabar Cermin</a></header><main><article><h1>{title}</h1>"
        f"{paragraphs}</article></main></body></html>"
    ).encode()


def extracted(html: bytes, url: str):
    result = extract(html, url)
    assert result.article is not None, result.reason
    return result.article


@pytest.mark.parametrize("language", sorted(FOOTERS))
def test_extraction_keeps_a_translators_credit_off_the_body_in_attribution(language: str) -> None:
    footer, line = FOOTERS[language]
    article = extracted(page(TRANSLATION, footer), "https://cermin.example/berita/terminal-feri-lombok")
    assert article.body.endswith("sebagian besar bepergian ke Padangbai di Bali.")
    assert line not in article.body and "Editor:" not in article.body
    assert article.attribution.agencies == ["ANTARA"]
    assert article.attribution.credit.startswith("(ANTARA) -") and article.attribution.credit.endswith(line)
    assert fingerprint(article_to_doc(article))["translator"]


def test_a_reporters_credit_beside_an_interpreters_keeps_both_out_of_the_credit() -> None:
    """ANTARA's own report credits its reporter, and may credit an interpreter: no translation."""
    footer = ["Pewarta: Adi Nugroho", "Penerjemah: Dewi Kartikasari", "Editor: Bambang Sutejo"]
    article = extracted(page(ANTARA_OWN_ID, footer), "https://cermin.example/berita/terminal-lembar")
    assert "Penerjemah" not in article.body and "Pewarta" not in article.body
    assert article.attribution.credit == "(ANTARA) -"
    assert not fingerprint(article_to_doc(article))["translator"]


def test_translator_credit_lines_and_credit_reading() -> None:
    assert translator_credit_lines(["Penerjemah: Dewi K", "Editor: Budi"]) == ["Penerjemah: Dewi K"]
    assert translator_credit_lines(["Editor: Budi | Penterjemah: Aisyah"]) == ["Editor: Budi | Penterjemah: Aisyah"]
    assert translator_credit_lines(["Pewarta: Adi N", "Penerjemah: Dewi K"]) == []
    assert translator_credit_lines(["Editor: Budi", "Baca juga: Alih bahasa: panduan"]) == []
    assert credit_names_translator("(ANTARA) - COPYRIGHT © ANTARA 2026 Penerjemah: Dewi Kartikasari")
    assert credit_names_translator("(ANTARA) - Translated by Lena Marsh")
    assert not credit_names_translator("(ANTARA) - COPYRIGHT © ANTARA 2026")
    assert not credit_names_translator(None)
    # A word that only holds the mark is no credit.
    assert not credit_names_translator("Sumber: Kamus Penerjemahan Dunia")


def test_the_cleaning_rule_takes_a_translators_line_off_as_a_staff_credit() -> None:
    from newscrawl.pages.cleaning import is_portal_credit_line

    assert is_portal_credit_line("Translated by Lena Marsh")
    assert is_portal_credit_line("Diterjemahkan oleh Nur Aisyah Rahman")
    assert not is_portal_credit_line("Translated by volunteers, the leaflet went to every house.")
    assert not is_portal_credit_line("Translated by Google, the message read: we are closed.")


@pytest.mark.parametrize("language", sorted(FOOTERS))
def test_the_crawls_pipeline_links_the_translation_to_the_wire_story(tmp_path, language: str) -> None:
    """Both pages through extraction and the dedupe pipeline as the crawl runs them: ANTARA's
    translation crediting its translator joins Xinhua's story instead of standing alone as
    ANTARA's own report."""
    crawler = get_crawler(settings_dict={"STORE_URI": f"sqlite:///{tmp_path / 's.sqlite'}"})
    crawler.stats.open_spider()
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:
        xinhua = extracted(
            page(XINHUA_EN, [], "Indonesia opens Lombok ferry terminal", "07"), "https://xinhua.example/lombok-ferry"
        )
        assert xinhua.attribution.agencies == ["Xinhua"]
        first = asyncio.run(pipeline.process_item(xinhua))
        footer, _ = FOOTERS[language]
        translation = extracted(page(TRANSLATION, footer), "https://cermin.example/berita/terminal-feri-lombok")
        second = asyncio.run(pipeline.process_item(translation))
        assert second.match == "translation" and second.story_id == first.story_id
    finally:
        pipeline.close_spider()


@pytest.mark.parametrize(
    "credit",
    [
        "(ANTARA) - Penerjemah: Dewi Kartikasari",
        "(ANTARA) - Penterjemah: Nur Aisyah Rahman",
        "(ANTARA) - Translated by Lena Marsh",
    ],
)
def test_dedupe_reads_the_translators_credit_from_attribution(credit: str) -> None:
    """An extracted article's body holds no footer: the credit line says it is a translation."""
    from newscrawl.dedupe import compare
    from newscrawl.dedupe.evidence import own_agency_report
    from tests.dedupe_corpus import article
    from tests.test_dedupe_own_agency_report import XINHUA

    bare = article("https://cermin.example/lembar", TRANSLATION, "id", "2026-12-03", 9, title="Terminal feri")
    credited = {**bare, "attribution": {"agencies": ["ANTARA"], "credit": credit}}
    xinhua = fingerprint(XINHUA)
    assert not fingerprint({**bare, "attribution": {"agencies": ["ANTARA"], "credit": "(ANTARA) -"}})["translator"]
    translation = fingerprint(credited)
    assert translation["translator"] and not own_agency_report(translation, xinhua)
    found = compare(translation, xinhua)
    assert found is not None and found.kind == "translation"


def test_a_reporter_credited_over_the_story_keeps_an_interpreters_footer_out_of_the_credit() -> None:
    """The reporter credited in the header, the interpreter in the footer: the agency's own report."""
    html = page(ANTARA_OWN_ID, ["Penerjemah: Dewi Kartikasari", "Editor: Bambang Sutejo"]).replace(
        b"<h1>", b'<div class="meta"><span class="reporter">Pewarta: Rudi Hartanto</span></div><h1>', 1
    )
    article = extracted(html, "https://cermin.example/berita/terminal-lembar")
    assert article.authors == ["Rudi Hartanto"]
    assert "Penerjemah" not in article.body
    assert "Penerjemah" not in (article.attribution.credit or "")
    assert not fingerprint(article_to_doc(article))["translator"]
    # A byline naming only the translator leaves the translator's credit in place.
    assert translator_credit_lines(["Penerjemah: Dewi K", "Editor: Budi"], ["Dewi K"]) == ["Penerjemah: Dewi K"]
    assert translator_credit_lines(["Penerjemah: Dewi K", "Editor: Budi"], ["Rudi H"]) == []


def test_a_books_translator_among_its_details_stays_in_a_reviews_text() -> None:
    """A review's details block names the book's translator: the page's own credit it is not."""
    review = [
        "The memoir walks the reader through a glassblower's forty years in a valley town, one furnace "
        "and one apprentice at a time.",
        "Its plain style suits the trade it describes, and the closing chapters on the workshop's fire are the best.",
    ]
    details = ["<em>Heat and Sand</em>", "Marek Dolny", "Translated by Ilse Brandt", "Orchard Lane Books, 214 pages"]
    paragraphs = "".join(f"<p>{p}</p>" for p in [*review, *details])
    html = (
        "<html><head><title>A glassblower's life, told plainly</title>"
        '<meta property="article:published_time" content="2026-12-03T09:00:00+00:00"></head>'
        "<body><main><article><h1>A glassblower's life, told plainly</h1>"
        f'<p class="byline">By Tomas Lindqvist</p>{paragraphs}</article></main></body></html>'
    ).encode()
    article = extracted(html, "https://lanternreview.example/books/glassblowers-life")
    assert article.body.endswith("Marek Dolny\n\nTranslated by Ilse Brandt\n\nOrchard Lane Books, 214 pages")
    assert not article.attribution.credit


def test_in_book_details_reads_the_lines_beside_a_translators_credit() -> None:
    from newscrawl.translator_credits import in_book_details

    story = "The ferry terminal opened on Tuesday and will serve three routes."
    assert in_book_details(["Heat and Sand", "Marek Dolny", "Translated by Ilse Brandt"], 2)
    assert not in_book_details([story, "Translated by Lena Marsh"], 1)
    assert not in_book_details([story, "Penerjemah: Dewi K", "Editor: Budi"], 1)
    assert not in_book_details([story, "Translated by Lena Marsh", "COPYRIGHT © ANTARA 2026"], 1)
    assert not in_book_details(["Heat and Sand", "Marek Dolny"], 1)
