"""Translations against other agencies' reports of the same event (review R26, set 5).

Fixtures written for these tests: a wire report of an asylum boat landing in English and the
Indonesian translation of another outlet's report of the same landing, each naming the same
island, village and country and rounding or giving the same count; a cyclone report in miles and
feet and its Indonesian translation in km and metres.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, evidence, fingerprint
from newscrawl.dedupe.units import unit_figures
from tests.dedupe_corpus import article

WIRE = (
    "DARWIN, Australia, March 3 (Wire) - More than 90 asylum seekers came ashore on Melville Island"
    " in northern Australia overnight, officials said on Wednesday, the first boat to land there this"
    " year after a lull in departures from Sri Lanka.\n\n"
    "Police said they were questioning two crew members on suspicion of people smuggling.\n\n"
    "Some residents of Pirlangimpi village objected to the group being housed in the community hall,"
    " a witness said.\n\n"
    "Australia signed the 1967 Protocol to the Refugee Convention but holds boat arrivals offshore."
)
#: Another outlet's report of the landing, machine-translated: its own count (93, which "more
#: than 90" rounds), its own people and quote, its own figures further down.
RIVAL_ID = (
    "Sebuah kapal kayu yang membawa 93 pencari suaka, sebagian besar keluarga dari Sri Lanka, mendarat"
    " di pantai Pulau Melville, Australia, setelah dua minggu di laut, kata pejabat setempat.\n\n"
    "Kapal itu tiba di dekat desa nelayan Pirlangimpi pada Selasa malam. Warga memberi air dan makanan,"
    " tetapi sebagian warga awalnya keberatan, kata kepala desa, Maria Tipungwuti.\n\n"
    '"Mereka berangkat dari Negombo pada 14 Februari dan dua orang meninggal di perjalanan,"'
    " kata Tipungwuti kepada Harbour News.\n\n"
    "Juru bicara IOM Daniel Kerr mengatakan badannya mencari tempat penampungan sementara.\n\n"
    "Lebih dari 1.500 pencari suaka tiba di Australia dengan kapal sejak 2022."
)
#: The wire report itself, machine-translated and cut after its third paragraph.
WIRE_ID_CUT = (
    "Lebih dari 90 pencari suaka mendarat di Pulau Melville di Australia utara semalam, kata pejabat"
    " pada hari Rabu, kapal pertama yang mendarat di sana tahun ini setelah jeda keberangkatan dari Sri Lanka.\n\n"
    "Polisi mengatakan mereka memeriksa dua awak kapal atas dugaan penyelundupan manusia.\n\n"
    "Sebagian warga desa Pirlangimpi keberatan rombongan itu ditampung di balai desa, kata seorang saksi."
)


def _wire():
    return fingerprint(
        article("https://wire.example/boat", WIRE, "en", "2026-03-03", 6, title="Asylum boat lands on Melville Island")
    )


def test_another_outlets_report_translated_is_no_translation_of_a_report_with_a_year_of_its_own():
    """The rival's lead shares the island, the village, the country and the count: the wire
    report was taken for a translation of its first two paragraphs (anchors alone, 0.464). A
    translation of a story's first part adds no year of its own below its lead: a year is
    written alike in every language; the wire report's 1967 is in no part of the rival."""
    rival = fingerprint(
        article(
            "https://harbour-id.example/kapal",
            RIVAL_ID,
            "id",
            "2026-03-03",
            12,
            title="Kapal 93 pencari suaka mendarat di Pulau Melville",
        )
    )
    assert compare(_wire(), rival) is None
    assert compare(rival, _wire()) is None


def test_a_cut_translation_of_the_report_still_matches_it():
    cut = fingerprint(
        article(
            "https://kabar-id.example/suaka",
            WIRE_ID_CUT,
            "id",
            "2026-03-03",
            9,
            title="90 pencari suaka mendarat di Pulau Melville",
        )
    )
    assert compare(cut, _wire()) is not None
    assert compare(_wire(), cut) is not None


CYCLONE_EN = (
    "Cyclone Marra struck the east coast of Veloria on Sunday with winds of 125 miles per hour,"
    " flattening sugar cane fields and forcing more than 41,000 people from their homes, officials said.\n\n"
    "The storm came ashore near the port of Tessaly before midnight and was moving inland at 12 miles"
    " an hour towards the Koran hills, the national weather office said.\n\n"
    '"The sea came over the wall and into the streets," harbour master Ivo Dressen, 58, told reporters.\n\n'
    "A storm surge of 10 feet flooded the lower town, and power was cut across the coast.\n\n"
    "Veloria is struck by several cyclones in an average season."
)
#: A fluent translation: every speed and height in metric units only (review set 5, S165-1).
CYCLONE_ID = (
    "Topan Marra menerjang pantai timur Veloria pada Minggu dengan kecepatan angin mencapai 200 km per jam,"
    " meratakan ladang tebu dan memaksa lebih dari 41.000 orang meninggalkan rumah, kata pejabat.\n\n"
    "Badai itu mendarat di dekat pelabuhan Tessaly menjelang tengah malam dan bergerak ke daratan dengan"
    " kecepatan 19 km per jam menuju perbukitan Koran, menurut badan cuaca nasional.\n\n"
    "Kepala pelabuhan Ivo Dressen, 58 tahun, mengatakan kepada wartawan bahwa air laut melewati tembok"
    " dan masuk ke jalan-jalan.\n\n"
    "Gelombang badai setinggi 3 meter membanjiri kota bawah, dan listrik padam di sepanjang pantai.\n\n"
    "Veloria dilanda beberapa topan setiap musim."
)


def test_figures_with_a_unit_are_read_in_metric_units():
    assert unit_figures("winds of 150 miles per hour, 15 mil per jam, a 10-foot wall, 240 km/jam") == [
        ["#150", "km", 241.402],
        ["#15", "km", 24.14],
        ["#10", "m", 3.048],
        ["#240", "km", 240.0],
    ]
    assert unit_figures("he smiles at 3 kmh, 5 kilos") == []  # no unit word standing alone


def test_millions_of_ringgit_written_mil_are_no_miles():
    """Malaysian English writes a million ringgit "mil" after the amount ("fined RM45mil"): an
    amount of money, not 45 miles (72 km) that a translation's "72 km" would rename to."""
    assert unit_figures("fined RM45mil for taking RM9.2mil in bribes, Rp 5 mil, $3mil") == []
    assert unit_figures("a 5-mil exclusion zone, 3 mil dari pantai") == [["#5", "km", 8.047], ["#3", "km", 4.828]]


def test_a_translation_giving_miles_as_km_is_the_same_story():
    """Speeds of 125 and 12 miles an hour and a 10-foot surge given as 200 and 19 km per jam and
    3 meter: three of five figures were the translation's own (no match before)."""
    en = fingerprint(
        article("https://wire.example/cyclone", CYCLONE_EN, "en", "2026-02-08", 2, title="Cyclone Marra hits Veloria")
    )
    id_ = fingerprint(
        article("https://kini-id.example/topan", CYCLONE_ID, "id", "2026-02-08", 7, title="Topan Marra hantam Veloria")
    )
    assert compare(id_, en) is not None
    assert compare(en, id_) is not None


def test_only_a_conversion_is_renamed():
    """Another report's own speed (150 km an hour is 93 miles, not 125) keeps its name."""
    en = fingerprint(article("https://wire.example/cyclone", CYCLONE_EN, "en", "2026-02-08", 2))
    rival = fingerprint(
        article("https://kini-id.example/topan", CYCLONE_ID.replace("200 km", "150 km"), "id", "2026-02-08", 7)
    )
    renamed = evidence.with_units_of(en, rival)["anchors"]
    assert "#150" in renamed and "#125" not in renamed
    assert "#12" in renamed and "#10" in renamed  # 19 km an hour, 3 metres: conversions


RATE_EN = (
    "JAKARTA, March 4 (Wire) - The central bank of Orvania unexpectedly cut its policy rate by 25 basis"
    " points to 3.50% on Wednesday, saying it wanted to support growth while inflation stayed low.\n\n"
    "Only four of 27 economists polled had expected a cut, the rest forecasting a hold at 3.75%.\n\n"
    '"The decision is consistent with low inflation," Governor Ilse Varga told a news conference.\n\n'
    "The currency weakened 0.4% after the announcement."
)
#: Its fluent translation, cut, headlining the rate without its trailing zero.
RATE_ID = (
    "Bank sentral Orvania di luar dugaan menurunkan suku bunga acuan sebesar 25 basis poin menjadi"
    " 3,50 persen pada Rabu, dengan alasan mendukung pertumbuhan di tengah inflasi yang rendah.\n\n"
    "Hanya 4 dari 27 ekonom yang memperkirakan pemangkasan, sementara sisanya memperkirakan suku bunga"
    " bertahan di 3,75 persen.\n\n"
    "Gubernur Ilse Varga menyebut keputusan itu sejalan dengan inflasi yang rendah."
)


def test_a_title_figure_without_its_trailing_zero_is_the_same_headline():
    """ "... cuts rate to 3.50%" / "... jadi 3,5 persen" (review set 5, S175-2): the two title
    anchors differ (#350, #35) and the body states #350, so the headline veto called the
    translation another report."""
    en = fingerprint(
        article(
            "https://wire.example/rate", RATE_EN, "en", "2026-03-04", 7, title="Orvania unexpectedly cuts rate to 3.50%"
        )
    )
    id_ = fingerprint(
        article(
            "https://ekonomi-id.example/bunga",
            RATE_ID,
            "id",
            "2026-03-04",
            15,
            title="Bank sentral Orvania pangkas suku bunga jadi 3,5 persen",
        )
    )
    assert not evidence.headlines_differ(id_, en)
    assert compare(id_, en) is not None
    other = fingerprint(
        article("https://ekonomi-id.example/b", RATE_ID, "id", "2026-03-04", 15, title="Suku bunga Orvania 3,75 persen")
    )
    assert evidence.headlines_differ(other, en)  # another figure headlined: still told apart


def test_a_count_of_two_thousand_is_no_year_of_its_own():
    """A count written with a thousands separator ("2.000") is no year of its own (taken for
    the year 2000 before, R28), which would keep the copy from being read as a translation of
    the other's first part (``_may_cut``); the report's 1967 stays one."""
    cut = fingerprint(
        article(
            "https://kabar-id.example/suaka",
            WIRE_ID_CUT + "\n\nSekitar 2.000 pencari suaka kini ditahan di pusat penahanan lepas pantai.",
            "id",
            "2026-03-03",
            9,
            title="90 pencari suaka mendarat di Pulau Melville",
        )
    )
    assert cut["years"] == []
    assert not evidence._gives_own_figure(cut, _wire())  # "2.000" was the year 2000 before
    assert evidence._gives_own_figure(_wire(), cut)  # the wire's 1967 is still a year of its own
    assert compare(cut, _wire()) is not None
    assert compare(_wire(), cut) is not None


FERRY_EN = (
    "MARANT, May 5 (Wire) - Ferry passengers between Veloria's islands rose 8.4% in the first four"
    " months from a year earlier to 3.2 million, the Orvania Ports Board said on Tuesday.\n\n"
    "Traffic on the Tessaly route grew 11% to 910,000 passengers, board chairman Ivo Dressen told"
    " reporters in Marant.\n\n"
    "The ferries carried 9.6 million passengers last year and the board expects 10.4 million this"
    " year, helped by two new ships.\n\n"
    "The board will spend 47 million dinars on a 260-metre berth at Tessaly."
)


def ferry_id(year):
    return (
        "MARANT, 5 Mei (Wire) - Penumpang kapal feri antarpulau Veloria naik 8,4 persen dalam empat"
        " bulan pertama dibanding tahun sebelumnya menjadi 3,2 juta, kata Dewan Pelabuhan Orvania pada Selasa.\n\n"
        "Lalu lintas di rute Tessaly tumbuh 11 persen menjadi 910.000 penumpang, kata ketua dewan Ivo"
        " Dressen kepada wartawan di Marant.\n\n"
        f"Kapal feri mengangkut 9,6 juta penumpang {year} dan dewan memperkirakan 10,4 juta tahun ini."
    )


def test_a_translation_writing_the_year_for_last_year_keeps_its_score():
    """R32 finding 6: the translation writes "pada 2025" for the original's "last year" (both
    published in 2026): no year of its own, as the year of publication is none."""
    en = fingerprint(article("https://wire.example/ferry", FERRY_EN, "en", "2026-05-05", 6))

    def translated(year):
        return fingerprint(article("https://kabar-id.example/feri", ferry_id(year), "id", "2026-05-05", 9))

    # The year before publication is no figure of its own where the original says "last year";
    # another year is, and so is that one where the original does not say it.
    last, other = evidence.anchor_score(translated("pada 2025"), en), evidence.anchor_score(translated("pada 2024"), en)
    assert last > other
    assert evidence.anchor_score(en, translated("pada 2025")) == last
    plain = fingerprint(
        article("https://wire.example/ferry", FERRY_EN.replace("last year", "in all"), "en", "2026-05-05", 6)
    )
    assert evidence.anchor_score(translated("pada 2025"), plain) == evidence.anchor_score(
        translated("pada 2024"), plain
    )


LOAN_EN = (
    "MARANT, June 2 (Wire) - Veloria will lend Orvania up to 148.2 billion dinars for the first"
    " phase of the Marant metro's harbour line, the Finance Ministry said on Tuesday.\n\n"
    "The loan runs for 30 years at 0.4 percent and funds an 18.6-kilometre section to Port Sella."
)


def _loan_title(title: str) -> dict:
    return fingerprint(article("https://kabar-id.example/pinjaman", LOAN_EN, "en", "2026-06-02", 9, title=title))


def test_a_headline_rounding_the_figure_of_the_other_is_no_other_figure():
    """The wire headlines "148 billion" for the 148.2 billion its body and a translation's
    headline give: one figure, rounded to the unit. A headline giving another whole figure still
    differs."""
    wire = _loan_title("Veloria to lend Orvania 148 billion dinars for Marant metro")
    translated = _loan_title("Veloria pinjamkan 148,2 miliar dinar untuk metro Marant")
    assert not evidence.headlines_differ(translated, wire)
    assert not evidence.headlines_differ(wire, translated)
    assert evidence.headlines_differ(_loan_title("Veloria pinjamkan 149 miliar dinar untuk metro"), translated)


FARES_EN = (
    "SELLA, June 3 (Wire) - Ferry fares on the Sella strait will rise 18 percent next month, and"
    " 17.5 percent on the night boats, the port authority said; storms brought 12.6 cm of rain.\n\n"
    "Gales kept 13 ferries in port on Monday, the authority said, and the 12 crew of one were rescued."
)


def _fares_title(title: str) -> dict:
    return fingerprint(article("https://kabar-id.example/tarif", FARES_EN, "en", "2026-06-03", 9, title=title))


def test_a_headline_rounding_counts_one_unit_and_no_rate():
    """Rounding is one figure only under one unit or scale word, and never a rate: "18 percent"
    and "17.5 percent" are two rates of the body, "13" ferries no "12.6 cm" of rain, whichever
    language writes the rate. "13 cm" for "12.6 cm" is the figure rounded, 12.5 rounds up."""
    assert evidence.headlines_differ(
        _fares_title("Sella ferry fares to rise 18 percent"), _fares_title("Sella ferry fares to rise 17.5 percent")
    )
    assert evidence.headlines_differ(
        _fares_title("Tarif feri Sella naik 18 persen"), _fares_title("Tarif feri Sella naik 17,5 persen")
    )
    assert evidence.headlines_differ(
        _fares_title("Gales keep 13 ferries in Sella port"), _fares_title("Storms bring 12.6 cm of rain to Sella")
    )
    assert not evidence.headlines_differ(
        _fares_title("Storms bring 13 cm of rain to Sella"), _fares_title("Badai membawa 12,6 cm hujan ke Sella")
    )
    assert evidence._title_rounds(_fares_title("Storms bring 13 cm of rain"), _fares_title("Hujan 12,5 cm di Sella"))


def test_a_headline_rounding_reads_one_unit_across_languages():
    """One unit, however each language writes it: "47 degrees" is "46,6 derajat", "15 tonnes"
    "14,6 ton", "13 km" "12,6 kilometer", "$15bn" and "15m" a scale glued to the figure. Units
    of two dimensions ("13 km" / "12,6 ton") and a count against a unit stay two figures."""
    rounded = [
        ("Sella swelters at 47 degrees", "Suhu Sella capai 46,6 derajat Celsius"),
        ("15 tonnes of fish die in Sella", "14,6 ton ikan mati di Sella"),
        ("13 km queue at Sella border", "Antrean 12,6 kilometer di perbatasan Sella"),
        ("Sella to borrow $15bn", "Sella pinjam 14,6 miliar dolar AS"),
        ("Sella heat: 15m told to stay home", "14,6 juta warga Sella diminta di rumah"),
    ]
    for whole, decimal in rounded:
        assert evidence._title_rounds(_fares_title(whole), _fares_title(decimal)), whole
    assert not evidence._title_rounds(_fares_title("13 km queue at Sella"), _fares_title("12,6 ton ikan di Sella"))
    assert not evidence._title_rounds(_fares_title("Sella to borrow $15bn"), _fares_title("Antrean 14,6 km di Sella"))
    assert not evidence._title_rounds(_fares_title("Gales keep 13 ferries in port"), _fares_title("Hujan 12,6 cm"))
