"""A translation that says whose story it is, against an English report crediting no one.

Fixtures written for these tests: Indonesia and the Philippines reopen a ferry route between
Bitung and General Santos. Reuters' English story, its Indonesian translation on a portal that
says where it comes from ("lapor Reuters"), and a Manado paper's own English report of the same
announcement: the same ministers, figures and day in the same order, traders of its own in
Tomohon, no agency credited. The translation is Reuters' text; the paper's report is not.
"""

from __future__ import annotations

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import _on_agency_site, _translated_countries, cited_source_missing, credited_agencies
from tests.dedupe_corpus import article

_DAY = "2026-12-09"

WIRE_EN = (
    "MANADO, Indonesia, Dec 9 (Reuters) - Indonesia and the Philippines will reopen the ferry route"
    " between Bitung and General Santos that was closed in 2019, Transport Minister Darmawan Sulistyo"
    " and his Philippine counterpart Ramon Villacorta said on Wednesday.\n\n"
    "Two ships run by state operator Pelni will sail the 19-hour crossing twice a week from March,"
    " carrying up to 120,000 passengers a year, Darmawan told a joint news conference in Manado.\n\n"
    "Villacorta said the route would cut the cost of shipping tuna and copra between Sulawesi and"
    " Mindanao, and that customs posts at both ports would open in February.\n\n"
    "The route was suspended after a militant kidnapping off Sulu, and both navies will now escort the ships."
)
WIRE_ID = (
    "Indonesia dan Filipina akan membuka kembali rute feri antara Bitung dan General Santos yang ditutup"
    " sejak 2019, kata Menteri Perhubungan Darmawan Sulistyo dan mitranya dari Filipina Ramon Villacorta"
    " pada Rabu, lapor Reuters.\n\n"
    "Dua kapal yang dioperasikan BUMN Pelni akan berlayar dalam penyeberangan 19 jam itu dua kali"
    " seminggu mulai Maret, dengan kapasitas hingga 120.000 penumpang per tahun, kata Darmawan dalam"
    " konferensi pers bersama di Manado.\n\n"
    "Villacorta mengatakan rute itu akan menekan biaya pengiriman tuna dan kopra antara Sulawesi dan"
    " Mindanao, dan pos bea cukai di kedua pelabuhan akan dibuka pada Februari.\n\n"
    "Rute itu dihentikan setelah penculikan oleh militan di lepas Sulu, dan angkatan laut kedua negara"
    " kini akan mengawal kapal-kapal tersebut."
)
OWN_EN = (
    "MANADO: Indonesia and the Philippines will reopen the ferry route between Bitung and General Santos"
    " closed in 2019, Transport Minister Darmawan Sulistyo and his Philippine counterpart Ramon"
    " Villacorta said on Wednesday.\n\n"
    "Two Pelni ships will make the 19-hour crossing twice a week from March with room for 120,000"
    " passengers a year, Darmawan told reporters in Manado.\n\n"
    "Fish traders in Tomohon welcomed the news, saying cheaper shipping of tuna and copra to Mindanao"
    " would revive their trade."
)
#: A brief of Reuters' story that dropped its credit, naming only names a translation keeps.
BRIEF_EN = (
    "Ferries will sail again between Bitung and General Santos, closed since 2019, with Pelni ships"
    " making the 19-hour crossing twice a week from March, Darmawan Sulistyo and Ramon Villacorta"
    " said in Manado on Wednesday."
)

WIRE = article("https://reuters.example/ferry", WIRE_EN, "en", _DAY, 5, title="Indonesia, Philippines to reopen ferry")
TRANSLATED = article("https://kabarsulut.example/feri", WIRE_ID, "id", _DAY, 8, title="Rute feri Bitung dibuka lagi")
OWN = article("https://manadodaily.example/ferry", OWN_EN, "en", _DAY, 9, title="Bitung ferry route to reopen")
BRIEF = article(
    "https://asiafeed.example/ferry", BRIEF_EN, "en", _DAY, 7, title="Bitung-General Santos ferry to reopen"
)
#: Reuters' own page, its text without the dateline's credit.
UNCREDITED_WIRE = article(
    "https://reuters.example/ferry-2",
    WIRE_EN.replace(", Dec 9 (Reuters) -", " -"),
    "en",
    _DAY,
    5,
    title="Indonesia, Philippines to reopen ferry",
)


def test_an_english_report_crediting_no_one_is_no_original_of_a_translation_citing_reuters():
    """The paper's report names the ministers, the ships, the crossing's hours, the passengers
    and the day of the translation in its order (0.702 as a translation without this veto), and
    the traders of Tomohon, which the translation does not; the translation says it is Reuters'."""
    translated, own = fingerprint(TRANSLATED), fingerprint(OWN)
    assert cited_source_missing(translated, own)
    assert cited_source_missing(own, translated)
    assert compare(translated, own) is None
    assert compare(own, translated) is None


@pytest.mark.parametrize("original", [WIRE, UNCREDITED_WIRE, BRIEF], ids=["credited", "agency_site", "brief"])
def test_a_translation_citing_reuters_stays_with_reuters_story(original):
    """Reuters' story credits Reuters; on Reuters' own site it need not; a brief of it that
    dropped the credit names nothing the translation does not."""
    translated, english = fingerprint(TRANSLATED), fingerprint(original)
    assert not cited_source_missing(translated, english)
    for first, second in ((translated, english), (english, translated)):
        found = compare(first, second)
        assert found is not None and found.kind == "translation"


#: The translation naming Reuters in its last paragraph, as Reuters' story does ("..., Reuters
#: reported"), and a mirror's cut of the English story to its first two paragraphs, without the
#: dateline's credit: it ends above the sentence naming the agency.
LATE_CITED_ID = WIRE_ID.replace(", lapor Reuters.", ".").replace(
    "kapal-kapal tersebut.", "kapal-kapal tersebut, lapor Reuters."
)
CUT_EN = "\n\n".join(WIRE_EN.replace(", Dec 9 (Reuters) -", " -").split("\n\n")[:2])


def test_a_cut_ending_above_the_agencys_name_stays_with_the_translation():
    translated = fingerprint(
        article("https://kabarsulut.example/feri-2", LATE_CITED_ID, "id", _DAY, 8, title="Rute feri Bitung dibuka lagi")
    )
    cut = fingerprint(
        article(
            "https://asiafeed.example/ferry-cut", CUT_EN, "en", _DAY, 7, title="Indonesia, Philippines to reopen ferry"
        )
    )
    assert translated["cited"] == ["Reuters"] and not cut["cited"]
    assert not cited_source_missing(translated, cut)
    found = compare(translated, cut)
    assert found is not None and found.kind == "translation"
    # The paper's three-paragraph report ends above that paragraph too (the fourth): the rule's
    # limit. Against the translation naming Reuters in its lead it is refused.
    own = fingerprint(OWN)
    assert not cited_source_missing(translated, own)
    assert cited_source_missing(fingerprint(TRANSLATED), own)


@pytest.mark.parametrize("order", [["translated", "own"], ["own", "translated"]])
def test_the_papers_report_stays_out_of_the_translations_story(tmp_path, order):
    """Reuters' English page not crawled: the translation and the paper's report are two stories
    in either order; the brief joins the translation's story."""
    from tests.test_dedupe_own_reports import stories_of

    found = stories_of(tmp_path, {"translated": TRANSLATED, "own": OWN}, order)
    assert found["own"] != found["translated"], found
    (tmp_path / "brief").mkdir()
    docs = {"translated": TRANSLATED, "brief": BRIEF}
    found = stories_of(tmp_path / "brief", docs, [x.replace("own", "brief") for x in order])
    assert found["brief"] == found["translated"], found


@pytest.mark.parametrize(
    ("fields", "agencies", "on_site"),
    [
        ({"site": "apnews.com"}, {"ap"}, True),
        ({"site": "en.antaranews.com"}, {"antara"}, True),
        ({"site": None, "url": "https://www.reuters.com/world/x"}, {"reuters"}, True),
        ({"site": "thestar.com.my", "publisher": "Agence France-Presse"}, {"afp"}, True),
        ({"site": "thestar.com.my"}, {"reuters"}, False),
        ({"site": "asiapoliticsdaily.com"}, {"ap"}, False),  # "ap" inside a label is no site of AP's
        # A label beginning with an agency's short name is no site of the agency's.
        ({"url": "https://www.appledaily.example/x"}, {"ap"}, False),
        ({"url": "https://apherald.example/x"}, {"ap"}, False),
        ({"url": "https://www.animalpolitico.example/x"}, {"ani"}, False),
        ({"url": "https://www.aninews.in/x"}, {"ani"}, True),
        # Agencies' addresses not named after them.
        ({"url": "https://english.news.cn/20261209/x"}, {"xinhua"}, True),
        ({"url": "https://en.yna.co.kr/view/x"}, {"yonhap"}, True),
        ({"url": "https://english.news.cn/20261209/x"}, {"reuters"}, False),
    ],
)
def test_an_agencys_own_site(fields, agencies, on_site):
    assert _on_agency_site(fields, frozenset(agencies)) is on_site


def test_a_brief_naming_a_country_in_english_stays_with_the_translation(tmp_path):
    """A country's English name is the name the translation gives in its language ("Philippines",
    "Filipina"; CLDR's names): a brief of the story that dropped its credit and names one names
    nothing more than the translation; it joins the story (here through Reuters' credited copy)."""
    from tests.test_dedupe_own_reports import stories_of

    brief = article(
        "https://asiafeed.example/ferry-ph",
        BRIEF_EN.replace("Ferries will sail again", "The Philippines and Indonesia will run ferries"),
        "en",
        _DAY,
        7,
        title="Bitung-General Santos ferry to reopen",
    )
    assert not cited_source_missing(fingerprint(TRANSLATED), fingerprint(brief))
    found = stories_of(
        tmp_path, {"wire": WIRE, "translated": TRANSLATED, "brief": brief}, ["wire", "translated", "brief"]
    )
    assert len(set(found.values())) == 1, found


#: A mill's results: Reuters' story in Indonesian saying whose it is, and a mirror's full English
#: copy of it without the dateline's credit. The two name the same countries, each in its language.
MILL_EN = (
    "PEKANBARU - Riau's Sinar Lestari Pulp will close two of its five paper mills in Dumai by June"
    " as demand from Vietnam and the United States falls, the company said on Thursday.\n\n"
    "The mills employ about 3,800 workers, and the firm expects a loss of 410 billion rupiah this"
    " year, its first since 2015.\n\n"
    '"We cannot keep running machines for orders that do not come," director Wulan Prasetyo said'
    " in Pekanbaru.\n\n"
    "Sinar Lestari's shares fell 6.4% on Thursday."
)
MILL_ID = (
    "PEKANBARU - Sinar Lestari Pulp asal Riau akan menutup dua dari lima pabrik kertasnya di Dumai"
    " paling lambat Juni karena permintaan dari Vietnam dan Amerika Serikat turun, kata perusahaan"
    " itu pada Kamis, lapor Reuters.\n\n"
    "Pabrik-pabrik itu mempekerjakan sekitar 3.800 pekerja, dan perusahaan memperkirakan rugi 410"
    " miliar rupiah tahun ini, yang pertama sejak 2015.\n\n"
    '"Kami tidak bisa terus menjalankan mesin untuk pesanan yang tidak datang," kata direktur'
    " Wulan Prasetyo di Pekanbaru.\n\n"
    "Saham Sinar Lestari turun 6,4% pada Kamis."
)


def test_a_full_copy_naming_a_country_in_english_stays_with_the_translation():
    """ "the United States" is "Amerika Serikat": no name of the copy's own; once read as one, the
    copy of Reuters' story that lost its credit was split from its translation."""
    translated = fingerprint(article("https://kabarriau.example/pabrik", MILL_ID, "id", _DAY, 8, title="Pabrik"))
    copy = fingerprint(article("https://pulpwatch.example/mills", MILL_EN, "en", _DAY, 7, title="Mills to close"))
    assert _translated_countries(copy, translated) == {"united", "states"}
    assert not cited_source_missing(translated, copy)
    found = compare(translated, copy)
    assert found is not None and found.kind == "translation"


@pytest.mark.parametrize(
    "sentence",
    ["director Wulan Prasetyo said in an interview with Reuters", "Wulan Prasetyo told the Reuters news agency"],
)
def test_an_english_copy_naming_the_agency_in_its_text_is_not_refused(sentence):
    """A copy that lost its credit line but says "told Reuters" in its text names its source,
    names of its own or not (here "Sumatra", "Pelalawan")."""
    english = MILL_EN.replace("director Wulan Prasetyo said", sentence + ",").replace(
        "in Dumai", "in Dumai and Pelalawan on Sumatra"
    )
    translated = fingerprint(article("https://kabarriau.example/pabrik", MILL_ID, "id", _DAY, 8, title="Pabrik"))
    copy = fingerprint(article("https://pulpwatch.example/mills", english, "en", _DAY, 7, title="Mills to close"))
    assert not copy["cited"] and not credited_agencies(copy)
    assert not cited_source_missing(translated, copy)
    # Without the agency's name, the names of its own refuse it.
    own = fingerprint(
        article(
            "https://pulpwatch.example/mills-2",
            MILL_EN.replace("in Dumai", "in Dumai and Pelalawan on Sumatra"),
            "en",
            _DAY,
            7,
            title="Mills to close",
        )
    )
    assert cited_source_missing(translated, own)
