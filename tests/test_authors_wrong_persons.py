"""Authors (brief FA16): wrong persons known on main. A label in a heading or dek that quotes
someone, a source label's agency, Chinese role marks and places between the reporters' names, an
outlet or a photographer beside the writer, a desk's byline cut to a place."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.byline_forms import field_name_shaped, source_credit, writer_field
from newscrawl.pages.cleaning import clean_author_names

URL = "https://www.harbourledger.example/2025/03/04/old-ferry-pier-to-close/"
LEDE = (
    "<p>The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten.</p>"
    "<p>Repairs would cost more than a new pier, the board's engineer told members at the meeting.</p>"
    "<p>Ferries will berth at the container quay until a new pier opens, probably in two years.</p>"
)
TR_LEDE = (
    "<p>Kentin eski iskelesi, dalgıçların ayaklarda çürük bulmasının ardından salı günü kapatıldı.</p>"
    "<p>Belediye mühendisi, onarımın yeni bir iskeleden daha pahalıya mal olacağını söyledi.</p>"
    "<p>Feribotlar yeni iskele açılana kadar konteyner rıhtımına yanaşacak.</p>"
)
ZH_LEDE = "".join(
    f"<p>{s}</p>"
    for s in (
        "市交通部门二十六日表示，两条公交新线将在下月开通，沿线居民出行将更加方便。",
        "新线共设三十个站点，其中五个与地铁站相连，高峰时段发车间隔为八分钟。",
        "有关负责人说，开通初期将视客流情况调整班次，并听取乘客意见。",
    )
)


def page(headline: str, between: str = "", *, lang: str = "en", story: str = LEDE, head: str = "") -> GenericPage:
    body = f"<main><article><header><h1>{headline}</h1>{between}</header>{story}</article></main>"
    title = f"<title>{headline} | Harbour Ledger</title>"
    return GenericPage(f"<html lang='{lang}'><head>{title}{head}</head><body>{body}</body></html>", URL)


# -- (1) a role word and a colon in a heading or dek ------------------------------------------


@pytest.mark.parametrize(
    "dek",
    [
        "<p class='standfirst'>Reporter: ‘We Were Told To Leave’</p>",
        "<p class='dek'>Reporter: 'We Were Told To Leave'</p>",
        "<h2>Reporter: “We Were Told To Leave”</h2>",
        '<p>Reporter: "We Were Told To Leave"</p>',
    ],
)
def test_a_heading_or_dek_quoting_a_reporter_names_no_writer(dek: str) -> None:
    assert page("Ferry passengers stranded as pier shuts", dek).authors() == []


@pytest.mark.parametrize("dek", ["<p class='spot'>Yazar: Kitabım Yasaklandı</p>", "<h2>Yazar: Kitabım Yasaklandı</h2>"])
def test_a_turkish_dek_quoting_a_writer_names_no_writer(dek: str) -> None:
    assert page("Kitap fuarında yasak tartışması", dek, lang="tr", story=TR_LEDE).authors() == []
    # The writer's own field under it still names her.
    byline = f"{dek}<div class='meta'>Yazar: Ayşe Demir</div>"
    assert page("Kitap fuarında yasak tartışması", byline, lang="tr", story=TR_LEDE).authors() == ["Ayşe Demir"]


def test_a_writers_field_still_names_the_writer_under_the_headline() -> None:
    assert page(
        "Old ferry pier to close", "<div class='info'>Reporter: Jana O'Neil | 4 March 2025</div>"
    ).authors() == ["Jana O'Neil"]


@pytest.mark.parametrize(
    ("value", "shaped"),
    [
        ("'We Were Told To Leave'", False),
        ("“We Were Told To Leave”", False),
        ("why we were told to leave", False),
        ("We Were Told To Leave?", False),
        ("Tomasz Wiśniewski", True),
        ("Jana O'Neil, Piet Horn", True),
        ('Amanda "Tania Mae" Tan', True),
        ("Lauren del Valle", True),
        ("陈晓雯", True),
        ("अनिल शर्मा", True),
    ],
)
def test_a_writers_field_value_must_look_like_names(value: str, shaped: bool) -> None:
    assert field_name_shaped(value) is shaped
    assert (writer_field(f"Autor: {value}") is not None) is shaped


# -- (2) a source label with an agency: attribution, never a person ---------------------------


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Źródło: PAP", "PAP"),
        ("Źródło PAP", "PAP"),  # as trafilatura's byline guess gives it, its colon gone
        ("Zdroj: ČTK", "CTK"),
        ("Izvor: Hina", "HINA"),
        ("Kaynak: AA", "Anadolu"),
        ("Fuente: EFE", "EFE"),
        ("Fonte: Lusa", "Lusa"),
        ("Sumber: Antara", "ANTARA"),
        ("Source: Reuters", "Reuters"),
    ],
)
def test_a_source_label_with_an_agency_credits_the_agency_and_names_no_one(credit: str, agency: str) -> None:
    assert clean_author_names([credit]) == ([], [agency])
    byline = page("Sejm przyjął ustawę o portach", f"<div class='author'>{credit}</div>", lang="pl")
    assert byline.authors() == []
    assert agency in byline.attribution().agencies


def test_a_source_label_without_its_colon_is_a_credit_only_before_an_agency() -> None:
    assert source_credit("Fuentes Ortega") is None
    assert clean_author_names(["Fuentes Ortega"])[0] == ["Fuentes Ortega"]
    # With its colon, what follows is a source whatever it is: no person.
    assert clean_author_names(["Sumber: Berita Harian"])[0] == []


# -- (3) Chinese bylines: role marks between names, the place after them ----------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("记者 李娜 实习生 王小明", ["李娜", "王小明"]),
        ("实习生 王小明 记者 李娜", ["王小明", "李娜"]),
        ("本报记者 王小明 通讯员 李娜", ["王小明", "李娜"]),
        ("记者 王小明、李娜 北京报道", ["王小明", "李娜"]),
        ("本报记者 王小明、李娜 北京报道", ["王小明", "李娜"]),
        ("记者 王小明、李娜 北京", ["王小明", "李娜"]),
        ("记者 王小明 李娜", ["王小明", "李娜"]),
    ],
)
def test_a_chinese_reporter_line_gives_the_names_without_roles_and_place(line: str, names: list[str]) -> None:
    assert clean_author_names([line])[0] == names
    assert page("两条公交新线下月开通", f"<p>{line}</p>", lang="zh", story=ZH_LEDE).authors() == names


# -- (4) review rv29's classes: an outlet, an editor, a photographer, a desk; a co-author kept -


def _ld(*names: str) -> str:
    people = ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in names)
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        f' "headline": "Old ferry pier to close", "author": [{people}]}}</script>'
    )


def test_the_writers_outlet_after_a_comma_is_no_co_author() -> None:
    byline = (
        "<span class='byline'>By <a href='/author/piet-horn/'>Piet Horn</a>, Coastal Affairs Reporting Service</span>"
    )
    assert page("Old ferry pier to close", byline, head=_ld("Piet Horn")).authors() == ["Piet Horn"]
    assert clean_author_names(["By Piet Horn, Coastal Affairs Reporting Service"])[0] == ["Piet Horn"]
    assert clean_author_names(["Piet Horn, Kaiser Health News"])[0] == ["Piet Horn"]
    # Two writers stay two; a surname that is an outlet's word in a two-word name stays a name.
    assert clean_author_names(["Piet Horn, Jana Ulm"])[0] == ["Piet Horn", "Jana Ulm"]
    assert clean_author_names(["Piet Horn, Robert Service"])[0] == ["Piet Horn", "Robert Service"]


def test_a_co_author_whose_surname_is_an_outlets_word_stays_a_co_author() -> None:
    # (review R49) "Ledger", "Service", "Herald" are surnames as well: alone in a name, a person's.
    assert clean_author_names(["Piet Horn, Tom Ledger"])[0] == ["Piet Horn", "Tom Ledger"]
    assert clean_author_names(["Piet Horn, Robert W. Service"])[0] == ["Piet Horn", "Robert W. Service"]
    assert clean_author_names(["Piet Horn, Mara J. Herald"])[0] == ["Piet Horn", "Mara J. Herald"]
    meta = "<meta name='author' content='Jana Ulm, Tom Ledger'>"
    assert page("Old ferry pier to close", head=meta).authors() == ["Jana Ulm", "Tom Ledger"]
    # Beside a second outlet word the name is an outlet still.
    assert clean_author_names(["Piet Horn, Estuary Ledger Weekly"])[0] == ["Piet Horn"]
    assert clean_author_names(["Piet Horn, Coastal Democracy Reporting Service"])[0] == ["Piet Horn"]


def test_the_outlet_a_republished_story_ran_in_first_is_no_co_author() -> None:
    byline = "<span class='byline'>By <a href='/author/guest/'>Jana Ulm, Tidewater Current</a></span>"
    note = (
        "<p><em>This article was originally published by <a href='https://tidewater.example/pier'>Tidewater"
        " Current</a> and is republished here under a Creative Commons license.</em></p>"
    )
    republished = page("Old ferry pier to close", byline, story=LEDE + note, head=_ld("Jana Ulm"))
    assert republished.authors() == ["Jana Ulm"]
    # Without the note the two names are two writers, as they read.
    assert page("Old ferry pier to close", byline, head=_ld("Jana Ulm")).authors() == ["Jana Ulm", "Tidewater Current"]


def test_an_editor_behind_the_writers_without_a_colon_is_no_author() -> None:
    byline = "<div class='namerep'>Reporter <b>Budi Santoso, Rina Wulandari</b> &middot; Editor <b>Agus Salim</b></div>"
    assert page("Kapal feri baru tiba", byline, lang="id", head=_ld("Budi Santoso")).authors() == [
        "Budi Santoso",
        "Rina Wulandari",
    ]
    assert clean_author_names(["Budi Santoso, Rina Wulandari · Editor Agus Salim"])[0] == [
        "Budi Santoso",
        "Rina Wulandari",
    ]


def test_a_photographer_the_byline_credits_is_no_author_where_json_ld_lists_him() -> None:
    byline = (
        "<div class='c-byline'>By <a href='/people/jana-ulm/'>Jana Ulm</a>, Contributor | Photography by"
        " <a href='/people/piet-horn/'>Piet Horn</a></div>"
    )
    assert page("Old ferry pier to close", byline, head=_ld("Jana Ulm", "Piet Horn")).authors() == ["Jana Ulm"]
    # (review R49) The writer who took the pictures too ("Story and photos by A") is the writer.
    for credit, head in (
        ("Story and photos by", _ld("Jana Ulm")),
        ("Words and pictures by", "<meta name='author' content='Jana Ulm'>"),
        ("Text &amp; Fotos:", _ld("Jana Ulm")),
    ):
        shown = f"<div class='byline'>{credit} <a href='/people/jana-ulm/'>Jana Ulm</a></div>"
        assert page("Old ferry pier to close", shown, head=head).authors() == ["Jana Ulm"], credit
    # Both written by the two: both authors.
    both = "<div class='c-byline'>By <a href='/people/jana-ulm/'>Jana Ulm</a> and <a>Piet Horn</a></div>"
    assert page("Old ferry pier to close", both, head=_ld("Jana Ulm", "Piet Horn")).authors() == [
        "Jana Ulm",
        "Piet Horn",
    ]


def test_a_second_writer_whose_surname_is_said_is_kept() -> None:
    byline = "<div class='article-byline'>Oleh <a href='/author/a'>Ahmad Zaki</a> dan <a href='/author/b'>Siti Aminah Said</a><br><a href='mailto:zaki@x.my'>zaki@x.my</a></div>"
    assert page("Feri baharu tiba", byline, lang="ms", head=_ld("Ahmad Zaki")).authors() == [
        "Ahmad Zaki",
        "Siti Aminah Said",
    ]
    assert clean_author_names(["Jane said:"])[0] == []  # a comment's "said" in lower case still is no name


def test_a_desk_byline_of_the_sites_name_or_a_place_and_a_role_names_no_one() -> None:
    for byline in ("By Harbour Ledger Reporter", "Harbour Ledger Correspondent", "By Nairobi Correspondent"):
        got = page("Old ferry pier to close", f"<div class='entry-meta'><span class='author'>{byline}</span></div>")
        assert got.authors() == [], byline
    assert clean_author_names(["By Harbour Ledger Reporter"], ["Harbour Ledger"])[0] == []
    assert clean_author_names(["Jana Ulm, Reporter"], ["Harbour Ledger"])[0] == ["Jana Ulm"]


# -- (5) non-persons of the evaluation pages' outputs: sections after the date, an office, a
# company's copyright, a comment count -----------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # What follows the byline's date is its sections and comment count, no writers.
        ("Jana Ulm 10. Februar 2019 in Allgemein, Mode, Kolumne 17 Comments", ["Jana Ulm"]),
        ("Piet Horn, 03/04/2025 Hafen, Verkehr", ["Piet Horn"]),
        # A date first stays allowed, and writers before a date stay two.
        ("10. Dezember 2019 · von Jana Ulm", ["Jana Ulm"]),
        ("Jana Ulm, Piet Horn | 12.03.2020", ["Jana Ulm", "Piet Horn"]),
        # A post's comment count run on is no name.
        ("Harbour Desk, 06/01/2025 Business, Small Business No Comments 0 Views", []),
        # An office named whole, a company's copyright: no one.
        ("Bundesamt für Seeschifffahrt, Häfen und Wasserstraßen BSH", []),
        ("Ministry of Transport, Ports and Harbours", []),
        ("Copyright Hafenverlag GmbH & Co. KG - alle Rechte vorbehalten", []),
        # An office beside a person still names the person.
        ("Landesamt für Häfen - Jana Ulm", ["Jana Ulm"]),
    ],
)
def test_sections_after_the_date_an_office_and_a_copyright_name_no_one(byline: str, names: list[str]) -> None:
    assert clean_author_names([byline], ["Harbour Desk"])[0] == names


def test_the_sites_name_less_its_outlet_word_is_no_writer() -> None:
    assert clean_author_names(["Luxurious"], ["Luxurious Magazine"])[0] == []
    assert clean_author_names(["Harbour"], ["Harbour Times"])[0] == []
    # A blog goes by its writer's name; a full name stays.
    assert clean_author_names(["Andrea"], ["Andreas Blog"])[0] == ["Andrea"]
    assert clean_author_names(["Jana Ulm"], ["Jana Ulm News"])[0] == ["Jana Ulm"]
