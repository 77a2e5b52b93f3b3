"""Writers named in the story's own lines, editors and desks beside them (review rv24)."""

from __future__ import annotations

import json

import pytest

from newscrawl.pages import BloggerPage, GenericPage

URL = "https://kabarpelabuhan.example.id/2026/11/27/dermaga-lama-ditutup/"
# Our own story: a harbour board closes an old ferry pier.
STORY = [
    "Otoritas pelabuhan memutuskan pada Selasa untuk menutup dermaga feri lama setelah penyelam menemukan tiangnya lapuk.",
    "Kapal feri akan memakai terminal baru di sisi timur mulai bulan depan, kata otoritas itu.",
    "Pedagang di sekitar dermaga meminta kios sementara di dekat terminal baru.",
]


def _page(lines: list[str], *, byline: str = "", ld_author: object = None, cls: type = GenericPage) -> GenericPage:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Dermaga lama ditutup"}
    if ld_author is not None:
        ld["author"] = ld_author
    head = f'<title>Dermaga lama ditutup</title><script type="application/ld+json">{json.dumps(ld)}</script>'
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    body = f'<article><h1>Dermaga lama ditutup</h1>{byline}<div class="entry-content">{paragraphs}</div></article>'
    return cls(f"<html><head>{head}</head><body>{body}</body></html>", URL)


SITE = {"@type": "Organization", "name": "KabarPelabuhan"}


def test_a_report_for_an_agency_over_the_story_names_the_writer_and_credits_the_agency() -> None:
    page = _page(["Laporan dari Dewi Anggraini untuk Reuters", *STORY], ld_author=SITE)
    assert page.authors() == ["Dewi Anggraini"]
    assert page.attribution().agencies == ["Reuters"]
    assert page.body().split("\n\n") == STORY


def test_a_report_from_a_place_names_no_writer() -> None:
    page = _page(["Laporan dari Jakarta untuk Reuters", *STORY], ld_author=SITE)
    assert page.authors() == []
    assert page.attribution().agencies == ["Reuters"]


def test_a_dashed_sign_off_under_a_post_by_an_admin_account_names_the_writer() -> None:
    byline = '<div class="post-author">Posted by <span class="fn">Admin</span></div>'
    page = _page([*STORY, "-- Rahman Yusof"], byline=byline)
    assert page.authors() == ["Rahman Yusof"]
    assert page.body().split("\n\n") == STORY


def test_a_dashed_line_that_is_no_name_names_no_one() -> None:
    byline = '<div class="post-author">Posted by <span class="fn">Admin</span></div>'
    page = _page([*STORY, "-- Bersambung minggu depan"], byline=byline)
    assert page.authors() == []


def test_a_dashed_name_under_a_quotation_is_whom_it_quotes_no_writer() -> None:
    quoted = "“Sebuah kota dibangun satu dermaga demi satu dermaga,” kata kepala otoritas, mengutip pepatah lama."
    assert _page([*STORY, quoted, "— Hang Tuah"]).authors() == []
    assert _page([*STORY, "“Laut tidak pernah menunggu orang yang ragu-ragu.”", "— Hang Tuah"]).authors() == []


def test_a_dashed_sign_off_under_a_paragraph_opening_with_a_quote_names_the_writer() -> None:
    # The story's last paragraph opens with its speaker's words, then the writer signs on a line of
    # their own: a sign-off, not whom the quote quotes (the speaker is named in the paragraph).
    last = "“Kami akan membuka dermaga baru pada bulan Mei,” kata kepala otoritas pelabuhan kepada wartawan."
    page = _page([*STORY, last, "-- Rahman Yusof"])
    assert page.authors() == ["Rahman Yusof"]
    assert page.body().split("\n\n") == [*STORY, last]


def test_a_dashed_name_the_story_speaks_of_is_no_signature() -> None:
    told = "Dermaga itu dibangun pada masa Bupati Hasan Basri dan diresmikan tahun 1978 oleh gubernur."
    assert _page([*STORY, told, "— Hasan Basri"]).authors() == []


def test_a_reporters_line_with_its_role_in_lower_case_names_the_writer() -> None:
    page = _page(["Laporan wartawan KabarPelabuhan, Yohanes Bere", *STORY], ld_author=SITE)
    assert page.authors() == ["Yohanes Bere"]
    assert page.body().split("\n\n") == STORY


def test_blogger_class_reads_the_dashed_sign_off_too() -> None:
    byline = '<div class="post-author">Posted by <span class="fn">admin</span></div>'
    assert _page([*STORY, "— Rahman Yusof"], byline=byline, cls=BloggerPage).authors() == ["Rahman Yusof"]


# -- an agency after the names in a byline (class 5) -------------------------------------------------

EN_STORY = [
    "The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.",
    "Ferries will use the new terminal on the east quay from next month, the board said.",
    "Traders near the pier asked for stalls beside the new terminal while the work goes on.",
]


def _en_page(byline: str, ld_author: object) -> GenericPage:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Old pier to close",
        "author": ld_author,
    }
    head = f'<title>Old pier to close</title><script type="application/ld+json">{json.dumps(ld)}</script>'
    paragraphs = "".join(f"<p>{line}</p>" for line in EN_STORY)
    body = f'<article><h1>Old pier to close</h1><div class="meta-x">{byline}</div><div class="entry-content">{paragraphs}</div></article>'
    return GenericPage(f"<html><head>{head}</head><body>{body}</body></html>", "https://harbour.example/2026/11/pier/")


def test_a_wire_reporter_in_capitals_before_the_agency_structured_data_named() -> None:
    page = _en_page("By JANA ULM Associated Press", {"@type": "Person", "name": "Associated Press"})
    assert page.authors() == ["Jana Ulm"]
    assert page.attribution().agencies == ["AP"]


def test_a_byline_naming_another_agency_than_structured_data_is_not_read_for_the_writer() -> None:
    page = _en_page("By JANA ULM Harbour Weekly", {"@type": "Person", "name": "Associated Press"})
    assert page.authors() == []


def test_an_agency_behind_the_writers_of_a_labelled_byline_is_credited() -> None:
    people = [{"@type": "Person", "name": "Jana Ulm"}, {"@type": "Person", "name": "Piet Horn"}]
    page = _en_page("Von Jana Ulm und Piet Horn, dpa", people)
    assert page.authors() == ["Jana Ulm", "Piet Horn"]
    assert page.attribution().agencies == ["dpa"]


def test_a_drupal_source_field_with_its_label_apart_credits_the_agency() -> None:
    field = '<div class="field field--name-field-source"><div class="field__label">Source</div><div class="field__item">Bernama</div></div>'
    paragraphs = "".join(f"<p>{line}</p>" for line in EN_STORY)
    body = f'<article><h1>Old pier to close</h1><div class="field--name-body">{paragraphs}</div>{field}</article>'
    page = GenericPage(
        f"<html><head><title>Old pier to close</title></head><body>{body}</body></html>",
        "https://harbour.example/2026/11/pier/",
    )
    assert page.attribution().agencies == ["Bernama"]
    other = body.replace(">Source<", ">Tags<")
    page = GenericPage(
        f"<html><head><title>Old pier to close</title></head><body>{other}</body></html>",
        "https://harbour.example/2026/11/pier/",
    )
    assert page.attribution().agencies == []


@pytest.mark.parametrize(
    ("meta", "agencies"),
    [
        # a source line of its own beside the date, in the header's meta line (review rv34)
        ('<span class="date">26 Nov 2026 09:10 GMT</span><p class="src">Sources: Reuters, AFP</p>', ["Reuters", "AFP"]),
        (
            '<span class="src">Sumber: Reuters</span> <span class="date">Kamis, 26 Nov 2026 09:10 WIB</span>',
            ["Reuters"],
        ),
        ('<span class="date">26 Nov 2026 09:10</span> · Fuente: EFE', ["EFE"]),
        # a press office, the site itself, a picture's credit: no agency
        ('<span class="date">Kamis, 26 Nov 2026</span><p>Sumber: Humas Pemkot Teluk Biru</p>', []),
        ('<span class="date">Kamis, 26 Nov 2026</span><p>Sumber: KabarPelabuhan</p>', []),
        ('<span class="date">26 Nov 2026</span><p>Credit: AFP</p>', []),
        ('<figure><img src="/p.jpg"><figcaption>Sumber: Reuters</figcaption></figure>', []),
        # a lead picture's credit under the meta line: by its class, or beside the picture
        ('<span class="date">26 Nov 2026</span><span class="img-credit">Sumber: Reuters</span>', []),
        (
            '<span class="date">26 Nov 2026</span><div class="lead"><img src="/p.jpg"><span>Sumber: Reuters</span></div>',
            [],
        ),
        # a picture's or a chart's source by its words, or a photographer after a slash
        *(
            (f'<span class="date">26 Nov 2026</span><p>{line}</p>', [])
            for line in (
                "Source: AP Photo/Jane Doe",
                "Sumber: Antara Foto/Budi Santoso",
                "Quelle: picture alliance / dpa",
                "Sumber: Tangkapan layar Reuters",
                "Source: Screengrab/Reuters",
                "Source: Bloomberg data",
            )
        ),
    ],
)
def test_a_source_line_in_the_headers_meta_credits_its_agencies(meta: str, agencies: list[str]) -> None:
    page = _page(STORY, byline=f'<div class="entry-meta">{meta}</div>', ld_author=SITE)
    assert sorted(page.attribution().agencies) == sorted(agencies)


def test_the_credit_or_source_field_of_a_picture_credits_no_agency_to_the_story() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in EN_STORY)
    for label in ("Credit", "Source"):
        field = (
            '<div class="field field--name-field-image"><img src="/pier.jpg" alt="pier">'
            f'<div class="field field--name-field-photo-source"><div class="field__label">{label}</div>'
            '<div class="field__item">AFP</div></div></div>'
        )
        body = f'<article><h1>Old pier to close</h1>{field}<div class="entry-content">{paragraphs}</div></article>'
        page = GenericPage(
            f"<html><head><title>Old pier to close</title></head><body>{body}</body></html>",
            "https://harbour.example/2026/11/pier/",
        )
        assert page.attribution().agencies == [], label


def test_an_author_link_that_shows_only_an_avatar_names_the_writer_by_its_alt() -> None:
    avatar = '<div class="meta-x"><a href="/author/yohanes-bere/"><img alt="Yohanes Bere" src="/a.png"></a></div>'
    assert _page(STORY, byline=avatar, ld_author=SITE).authors() == ["Yohanes Bere"]
    other = avatar.replace('alt="Yohanes Bere"', 'alt="Foto profil"')  # an alt the address does not spell
    assert _page(STORY, byline=other, ld_author=SITE).authors() == []


# -- an editor taken as the author (class 1) ----------------------------------------------------------


def _editor_page(byline: str, ld_name: str, ld_type: str = "Person") -> GenericPage:
    return _page(STORY, byline=f'<div class="meta-x">{byline}</div>', ld_author={"@type": ld_type, "name": ld_name})


def test_the_editor_structured_data_names_gives_way_to_the_labelled_writer() -> None:
    assert _editor_page("Reporter: <a>Yohanes Bere</a> | Editor: <a>Maria Goreti</a>", "Maria Goreti").authors() == [
        "Yohanes Bere"
    ]
    assert _editor_page("Written by Yohanes Bere | Edited by Maria Goreti", "Maria Goreti").authors() == [
        "Yohanes Bere"
    ]
    assert _editor_page(
        "Penulis: Yohanes Bere dan Dewi Anggraini | Editor: Maria Goreti", "Maria Goreti"
    ).authors() == [
        "Yohanes Bere",
        "Dewi Anggraini",
    ]


def test_the_editor_is_no_author_when_the_writer_is_a_desk() -> None:
    byline = '<div class="author-line">Penulis: Tim Redaksi | Editor: Maria Goreti</div>'
    assert _editor_page(byline, "Tim Redaksi").authors() == []


def test_a_writer_who_is_also_the_editor_stays_the_author() -> None:
    assert _editor_page("Penulis: Maria Goreti | Editor: Maria Goreti", "Maria Goreti").authors() == ["Maria Goreti"]


def test_an_editor_the_byline_names_alone_is_the_author_structured_data_names() -> None:
    person = {"@type": "Person", "name": "Maria Goreti"}
    for byline in ("Editor: <a>Maria Goreti</a>", "Edited by Maria Goreti"):
        page = _page(STORY, byline=f'<div class="byline">{byline}</div>', ld_author=person)
        assert page.authors() == ["Maria Goreti"], byline


# -- a shown byline with more names than JSON-LD (local "and", class 3) -------------------------------


def _lang_page(lang: str, byline: str, ld_name: str, tail: str = "") -> GenericPage:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Old pier to close"}
    ld["author"] = {"@type": "Person", "name": ld_name}
    head = f'<title>Old pier to close</title><script type="application/ld+json">{json.dumps(ld)}</script>'
    paragraphs = "".join(f"<p>{line}</p>" for line in EN_STORY) + tail
    body = (
        f'<article><h1>Old pier to close</h1><div class="meta-x">{byline}</div>'
        f'<div class="entry-content">{paragraphs}</div></article>'
    )
    return GenericPage(
        f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>', "https://harbour.example/2026/11/pier/"
    )


def test_a_tagalog_byline_with_at_completes_the_structured_data_writer() -> None:
    byline = 'Ni <a href="/author/ana-cruz/">Ana Reyes Cruz</a> at <a href="/author/jose-dizon/">Jose Dizon</a>'
    assert _lang_page("tl", byline, "Ana Reyes Cruz").authors() == ["Ana Reyes Cruz", "Jose Dizon"]


def test_a_malay_byline_whose_first_name_closes_its_link_before_dan() -> None:
    byline = 'Oleh <a href="/author/siti-hajar/">Siti Hajar Osman</a> dan <a href="/author/faiz/">Faiz Rahman</a>'
    assert _lang_page("ms", byline, "Siti Hajar Osman").authors() == ["Siti Hajar Osman", "Faiz Rahman"]


def test_vietnamese_names_under_the_story_joined_by_va() -> None:
    tail = '<p class="author"><strong>Trần Văn Nam và Đỗ Thu Trang</strong></p>'
    assert _lang_page("vi", "", "Trần Văn Nam", tail).authors() == ["Trần Văn Nam", "Đỗ Thu Trang"]


def test_an_arabic_byline_whose_waw_is_joined_to_the_second_name() -> None:
    byline = 'كتب: <a href="/author/a">خالد حسن</a> و<a href="/author/b">سارة يوسف</a>'
    assert _lang_page("ar", byline, "خالد حسن").authors() == ["خالد حسن", "سارة يوسف"]


@pytest.mark.parametrize(
    "line",
    [
        "سارة يوسف ووكالات الأنباء",  # "and the news agencies"
        "سارة يوسف, مراسلة الشؤون الاقتصادية",  # her post: "economic affairs correspondent"
        "سارة يوسف والمراسلون في الخارج",  # "and the correspondents abroad"
    ],
)
def test_a_line_under_an_arabic_story_adds_no_agency_post_or_desk_as_co_author(line: str) -> None:
    assert _lang_page("ar", "", "سارة يوسف", f'<p class="small">{line}</p>').authors() == ["سارة يوسف"]
    # in an author's element too: its words are no name
    assert _lang_page("ar", "", "سارة يوسف", f'<p class="author">{line}</p>').authors() == ["سارة يوسف"]


def test_english_at_after_a_writer_is_no_co_author() -> None:
    byline = "By Jana Ulm at Harbour Weekly"
    assert _lang_page("en", byline, "Jana Ulm").authors() == ["Jana Ulm"]


# -- a desk or an account taken as a person (class 6) ---------------------------------------------------


def test_desks_and_admin_accounts_in_other_languages_name_no_one() -> None:
    from newscrawl.pages.cleaning import clean_author_names

    for desk in ("ডেস্ক রিপোর্ট", "অনলাইন ডেস্ক", "ทีมข่าว", "Pentadbir", "Administrador", "ایڈمن"):
        assert clean_author_names([desk])[0] == [], desk
    assert clean_author_names(["সুমন রায়"])[0] == ["সুমন রায়"]  # a Bengali name stays


def test_a_blogger_post_by_the_malay_admin_account_has_no_author() -> None:
    byline = '<div class="post-author">Posted by <span class="fn">Pentadbir</span></div>'
    assert _page(STORY, byline=byline, cls=BloggerPage).authors() == []


def test_an_agency_aside_behind_the_writers_name_under_the_story_is_credited() -> None:
    tail = '<p class="author"><strong>Trần Văn Nam (theo Reuters)</strong></p>'
    page = _lang_page("vi", "", "Trần Văn Nam", tail)
    assert page.authors() == ["Trần Văn Nam"]
    assert page.attribution().agencies == ["Reuters"]
    assert page.body().split("\n\n") == EN_STORY
