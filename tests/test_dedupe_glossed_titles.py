"""A translation cut to its lead renders titles and institutions ("Kementerian Dalam Negeri" for
"Ministry of Home Affairs"), dates the day before its month ("1 Juni" for "June 1") and opens its
only sentence with the story's subject ("Laos menggelar ...", named in its title).

Fixtures written for these tests: an invented wire report of village chief elections in Laos,
its Indonesian translation cut to the lead and the ministry's quote (review set 13's S1011-5 has
this shape), a rival Indonesian report of the same vote naming the ministry and figures of its
own; a wire report of a hydrogen bus depot in Kuching and its Indonesian translation cut to the lead.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import as_translations, keeps_lead, without_glossed
from newscrawl.dedupe.text import title_names
from tests.dedupe_corpus import article

LAOS_EN = (
    "VIENTIANE, July 6 (Wire) - Laos will hold elections for 8,400 village chiefs on August 9, the"
    " government said on Monday, the first such vote since the pandemic.\n\n"
    "Voters in the northern provinces, which include Luang Prabang and Oudomxay, will choose from"
    " 21,300 candidates approved under a decree signed by Deputy Prime Minister Khamla Sengdara.\n\n"
    '"The vote gives villages a say over land and schools," the Ministry of Home Affairs said in a'
    " statement.\n\n"
    "Turnout in the last village vote, in 2019, was 81%, according to official figures."
)
#: Cut to the lead and the quote; "Laos" opens the only sentence of its lead (no anchor), the
#: ministry rendered, the dates written day first.
LAOS_ID_CUT = (
    "VIENTIANE, 6 Juli (Wire) - Laos menggelar pemilihan 8.400 kepala desa pada 9 Agustus, kata"
    " pemerintah Senin, pemungutan suara pertama sejak pandemi.\n\n"
    '"Pemilihan ini memberi desa suara atas tanah dan sekolah," kata Kementerian Dalam Negeri'
    " dalam pernyataannya."
)
#: The wire's literal Indonesian translation, whole.
LAOS_ID_FULL = (
    "VIENTIANE, 6 Juli (Wire) - Laos akan menggelar pemilihan untuk 8.400 kepala desa pada 9 Agustus,"
    " kata pemerintah pada hari Senin, pemungutan suara pertama sejak pandemi.\n\n"
    "Pemilih di provinsi-provinsi utara, yang mencakup Luang Prabang dan Oudomxay, akan memilih dari"
    " 21.300 calon yang disetujui berdasarkan dekrit yang ditandatangani Wakil Perdana Menteri Khamla"
    " Sengdara.\n\n"
    '"Pemilihan ini memberi desa suara atas tanah dan sekolah," kata Kementerian Dalam Negeri dalam'
    " sebuah pernyataan.\n\n"
    "Jumlah pemilih dalam pemilihan desa terakhir, pada 2019, adalah 81%, menurut angka resmi."
)
#: A rival's own report of the vote: the ministry and the date, its own minister and figures.
LAOS_ID_RIVAL = (
    "Kementerian Dalam Negeri Laos menetapkan pemilihan kepala desa pada 9 Agustus di 8.400 desa,"
    " pemungutan suara pertama sejak pandemi.\n\n"
    "Menteri Dalam Negeri Vilay Phommachan mengatakan 19.500 warga mendaftar sebagai calon dan"
    " anggaran pemilihan mencapai 42 miliar kip."
)


def _fp(url: str, body: str, language: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, language, "2026-07-06", hour, title=title))


def _laos_full() -> dict:
    return _fp("https://kabar24.example/laos", LAOS_ID_FULL, "id", 7, "Pemerintah Laos akan memilih 8.400 kepala desa")


def _laos() -> tuple[dict, dict, dict]:
    wire = _fp("https://wire.example/laos", LAOS_EN, "en", 5, "Laos to elect 8,400 village chiefs on August 9")
    cut = _fp("https://berita.example/laos", LAOS_ID_CUT, "id", 9, "Pemilihan 8.400 kepala desa Laos digelar 9 Agustus")
    rival = _fp("https://kabar.example/desa", LAOS_ID_RIVAL, "id", 8, "Pemilihan kepala desa Laos 9 Agustus")
    return wire, cut, rival


def test_rendered_titles_and_institutions_are_left_out_on_both_sides():
    wire, cut, _rival = _laos()
    glossed_cut, glossed_wire = without_glossed(cut, wire)
    assert {"kementerian", "negeri"} <= set(cut["anchors"])
    assert not {"kementerian", "negeri"} & set(glossed_cut["anchors"])
    assert not {"ministry", "home", "affairs"} & set(glossed_wire["anchors"])
    # Words the other side does not render stay: the wire's deputy prime minister is not in the cut.
    assert {"deputy", "prime", "minister"} <= set(glossed_wire["anchors"])
    # The mentions follow the anchors left.
    assert glossed_cut["anchors"] == [x for x in cut["anchors"] if x not in ("kementerian", "negeri")]


def test_a_translation_cut_to_its_lead_and_quote_matches_the_wire():
    wire, cut, _rival = _laos()
    for first, second in ((cut, wire), (wire, cut)):
        found = compare(first, second)
        assert found is not None and found.kind == "translation"


def test_a_rival_report_naming_the_ministry_stays_apart():
    wire, _cut, rival = _laos()
    assert compare(rival, wire) is None and compare(wire, rival) is None


SARAWAK_EN = (
    "KUCHING, Malaysia, May 12 (Wire) - Sarawak will open its first hydrogen bus depot in Kuching on"
    " June 1, replacing 40 diesel buses on routes to Samarahan and Serian, the state government said"
    " on Tuesday.\n\n"
    "The depot, built by Sarawak Energy at a cost of 210 million ringgit, can refuel 60 buses a day,"
    " utilities secretary Halim Junaidi said.\n\n"
    '"Kuching will be the first city in the region to run buses on green hydrogen," Junaidi said.\n\n'
    "Sarawak plans to extend the service to Miri and Bintulu by 2028."
)
SARAWAK_ID_LEAD = (
    "KUCHING, 12 Mei (Wire) - Pemerintah Sarawak akan membuka depo bus hidrogen pertamanya di Kuching"
    " pada 1 Juni, menggantikan 40 bus diesel di rute ke Samarahan dan Serian, kata pemerintah negara"
    " bagian itu pada Selasa."
)


def test_a_lead_dating_the_day_first_keeps_the_lead():
    wire = fingerprint(article("https://wire.example/sarawak", SARAWAK_EN, "en", "2026-05-12", 5))
    cut = fingerprint(article("https://berita.example/sarawak", SARAWAK_ID_LEAD, "id", "2026-05-12", 9))
    # "June 1" and "1 Juni": the same two anchors, each language's way round.
    assert wire["anchors"].index("@m6") < wire["anchors"].index("#1")
    assert cut["anchors"].index("#1") < cut["anchors"].index("@m6")
    assert keeps_lead(cut, wire) and keeps_lead(wire, cut)


def test_a_word_opening_a_sentence_is_a_name_when_the_title_names_it():
    _wire, cut, _rival = _laos()
    assert "laos" in cut["anchors"]  # "Laos menggelar ...": its title names Laos
    untitled = _fp("https://berita.example/laos-2", LAOS_ID_CUT, "id", 9, "Pemilihan kepala desa")
    assert "laos" not in untitled["anchors"]
    assert title_names("Laos pilih 8.400 kepala desa pada 9 Agustus") == frozenset()  # the first word
    assert title_names("Pemilihan kepala desa di Laos pada 9 Agustus") == {"laos"}
    # A label's part opens as a sentence does ("Ringkasan: Laos ..."); a figure is no name.
    assert title_names("Ringkasan: Laos gelar pemilihan kepala desa") == frozenset()
    assert title_names("Anggaran Rp42 miliar untuk pemilihan di Laos") == {"laos"}
    # A title in title case capitalises every word: it names nothing so.
    assert title_names("Laos To Elect Village Chiefs In August") == frozenset()


def test_a_cut_naming_nothing_of_its_own_reads_with_the_whole_translation_as_one_text():
    """The cut left out the whole translation's second paragraph (the candidates and the deputy
    prime minister): a passage left out, not a paragraph of the whole's own."""
    _wire, cut, _rival = _laos()
    full = _laos_full()
    assert set(cut["anchors"]) <= set(full["anchors"])
    assert as_translations(cut, full) is not None and as_translations(full, cut) is not None


def test_a_report_with_a_paragraph_of_its_own_still_reads_as_another_text():
    _wire, _cut, rival = _laos()
    full = _laos_full()
    assert as_translations(rival, full) is None and as_translations(full, rival) is None
