"""Dates and times as a translation writes them, and reports of one event as long as each other.

Our own fixtures: an English wire report of a river flood and a mirror's Indonesian machine
translation of it, which puts the date after the weekday ("Rabu (19/11)") and writes the
clock the Indonesian way ("pukul 09.00", "pukul 06.11" for "06:11:32"); and an Indonesian
outlet's own report of a mine blast against an English agency's story on the ministry's
inquiry into it, each four paragraphs.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.text import anchors
from tests.dedupe_corpus import article

FLOOD_EN = (
    "KOCHI, India (PTI) - The Periyar river rose to 12.4 metres at 9 am on Wednesday, flooding 37 "
    "villages in Ernakulam district and forcing 4,600 people into relief camps, officials said.\n\n"
    "District Collector Meera Nair said 28 boats of the Fire and Rescue Services and teams of the "
    "State Disaster Management Authority were moving families from the low-lying wards of Aluva and "
    "Kalady.\n\n"
    '"The water is still rising upstream, and we expect the crest by evening," Nair told reporters.\n\n'
    "The Idukki dam released 850 cubic metres a second after its level crossed the red alert mark, "
    "the Kerala State Electricity Board said."
)
FLOOD_ID = (
    "Kochi - Pada Rabu (19/11), Sungai Periyar naik hingga 12,4 meter pukul 09.00, membanjiri 37 desa "
    "di distrik Ernakulam dan memaksa 4.600 orang mengungsi ke kamp bantuan, kata para pejabat.\n\n"
    "Kolektor Distrik Meera Nair mengatakan 28 perahu Dinas Pemadam Kebakaran dan Penyelamatan serta "
    "tim Otoritas Penanggulangan Bencana Negara Bagian mengevakuasi keluarga dari wilayah dataran "
    "rendah Aluva dan Kalady.\n\n"
    '"Air masih naik di hulu, dan kami memperkirakan puncaknya sore ini," kata Nair kepada wartawan.\n\n'
    "Bendungan Idukki melepaskan 850 meter kubik per detik setelah ketinggiannya melewati batas siaga "
    "merah, kata Badan Listrik Negara Bagian Kerala."
)
#: A quake bulletin: the English gives the time to the second and the date in words, the
#: translation the minutes and "Minggu (23/11)", and leaves out the agency's post quoted.
QUAKE_EN = (
    "Port Blair, November 23 (ANI): An earthquake of magnitude 4.6 struck the Nicobar Islands at "
    "06:11:32 on Sunday, the National Center for Seismology (NCS) said.\n\n"
    "The quake was recorded at a depth of 35 km, at latitude 7.42 N and longitude 93.81 E, the "
    "NCS said.\n\n"
    '"EQ of M: 4.6, On: 23/11/2025 06:11:32 IST, Lat: 7.42 N, Long: 93.81 E, Depth: 35 Km, Region: '
    'Nicobar Islands," the NCS posted on X.\n\n'
    "Officials in Campbell Bay said no damage had been reported."
)
QUAKE_ID = (
    "Port Blair - Gempa bermagnitudo 4,6 mengguncang Kepulauan Nicobar pada Minggu (23/11) pukul "
    "06.11 waktu setempat, kata Pusat Seismologi Nasional (NCS) India.\n\n"
    "Gempa tercatat pada kedalaman 35 km, di lintang 7,42 LU dan bujur 93,81 BT, kata NCS.\n\n"
    "Pejabat di Campbell Bay mengatakan belum ada laporan kerusakan."
)


def _fp(url: str, body: str, language: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, language, "2025-11-19", hour, title=title))


def test_a_date_in_brackets_after_the_weekday_is_the_day_and_month():
    # "Rabu (19/11)": Wednesday, November 19; the English "Wednesday, Nov. 19" names the same.
    assert anchors("Banjir terjadi pada Rabu (19/11) pagi.") == ["@d3", "#19", "@m11"]
    assert anchors("Kebakaran terjadi Rabu (24/12/2025) pagi.") == ["@d3", "#24", "@m12", "#2025"]
    assert set(anchors("Floods hit on Wednesday, Nov. 19.")) == {"@d3", "@m11", "#19"}
    # Not after a weekday, or no day and month: figures as before.
    assert anchors("Skor akhir (3/4) di babak kedua.") == ["#3", "#4"]
    assert anchors("It happened on Wednesday (11/19).") == ["@d3", "#11", "#19"]


def test_a_time_of_day_is_read_the_same_in_either_language():
    # A whole hour is its hour, however written; seconds are dropped.
    for clock in ("at 9 am", "at 9 a.m.", "at 09:00", "pukul 09.00", "pukul 9", "pukul 09.00 WIB"):
        assert "#9" in anchors(f"Air naik {clock} di Kochi."), clock
    assert "#14" in anchors("Rapat dimulai pukul 14.00 WIB di Jakarta.")
    assert anchors("Time: 06:11:32 IST") == anchors("Time: 06:11 IST") == ["#611", "ist"]
    # A figure with ".00" that is no time of day stays itself.
    assert "#900" in anchors("The shares closed at 9.00 ringgit in Kuala Lumpur.")
    assert "#9000" in anchors("Harga naik menjadi Rp 9.000 per kilogram.")


def test_a_translation_adding_the_date_and_an_indonesian_clock_is_found():
    # The translator added "(19/11)" (two figures of its own, "#19" and "#11") and wrote "9 am"
    # as "pukul 09.00" ("#900" against "#9"): 0.51 before, under the bar with the figures it added.
    en = _fp("https://pti.example/periyar-flood", FLOOD_EN, "en", 5, "Periyar floods 37 villages in Ernakulam")
    id_ = _fp("https://mirror.example/banjir-periyar", FLOOD_ID, "id", 9, "Sungai Periyar banjiri 37 desa di Ernakulam")
    assert compare(id_, en).kind == compare(en, id_).kind == "translation"


def test_a_translated_bulletin_giving_the_minutes_and_the_date_is_found():
    en = _fp("https://ani.example/nicobar-quake", QUAKE_EN, "en", 1, "Magnitude 4.6 quake jolts Nicobar Islands")
    id_ = _fp("https://gempa.example/nicobar", QUAKE_ID, "id", 4, "Gempa M 4,6 guncang Kepulauan Nicobar")
    assert compare(id_, en).kind == compare(en, id_).kind == "translation"


#: An Indonesian outlet's own report of a blast: the mine, the toll, the police, then its own
#: sources (the company's spokesman, a union leader and his age).
BLAST_ID = (
    "Sawahlunto - Ledakan terjadi di tambang batu bara PT Bukit Andalas Energi di kawasan Talawi, "
    "Sawahlunto, Sumatera Barat, pada Selasa pagi. Enam pekerja tewas dan 14 orang luka-luka.\n\n"
    "Juru bicara kepolisian Dwi Sulistyawan mengatakan, ledakan diduga dipicu gas metana di lubang "
    "tambang.\n\n"
    "Juru bicara perusahaan Hendra Saputra menyampaikan belasungkawa dan berjanji menanggung biaya "
    "perawatan korban.\n\n"
    "Ketua Serikat Pekerja Tambang Talawi, Yusuf Effendi (52), mengatakan ventilasi lubang itu "
    "sudah lama dikeluhkan pekerja."
)
#: An English agency's story on the ministry's inquiry into the same blast, four paragraphs too.
BLAST_INQUIRY_EN = (
    "Jakarta (ANTARA) - The government has sent mine inspectors to the Talawi coal field near "
    "Sawahlunto in West Sumatra, where a blast killed six workers at a mine on Tuesday.\n\n"
    "Minister Bahlil Lahadalia said the inspectors would check whether PT Bukit Andalas "
    "Energi had met its ventilation duties.\n\n"
    '"Any company that ignored the rules will lose its permit," he said.\n\n'
    "West Sumatra police spokesman Dwi Sulistyawan said 14 workers were injured in the blast."
)


def test_a_report_as_long_as_the_other_is_no_copy_of_its_first_paragraphs():
    # Read as a copy of the outlet's first two paragraphs, the inquiry story shared their
    # names, figures and day (a translation, 0.53); a copy cut short is shorter than the report
    # it was cut from, and this one is as long and goes on with its own.
    own = _fp(
        "https://kompas.example/ledakan-talawi", BLAST_ID, "id", 6, "Ledakan tambang di Talawi, enam pekerja tewas"
    )
    inquiry = _fp(
        "https://antara.example/talawi-inquiry", BLAST_INQUIRY_EN, "en", 10, "Ministry sends inspectors to Talawi mine"
    )
    assert compare(own, inquiry) is None and compare(inquiry, own) is None


PLANT_EN = (
    "SEOUL, March 3 (Reuters) - South Korea's Hanbit Chemical will invest $1.5 billion in a "
    "copper foil plant in East Java, Indonesia's investment minister said on Tuesday.\n\n"
    "The plant in the Gresik special economic zone will produce 60,000 tonnes of foil a year from "
    "2028 and employ about 2,300 workers, Hanbit said in a statement.\n\n"
    "Hanbit supplies foil to battery makers in Korea and Japan and said the plant would use copper "
    "cathode from the Manyar smelter next door.\n\n"
    "Shares of Hanbit rose 2.7% in Seoul after the announcement."
)
#: A mirror's fluent machine translation, the last paragraph left out, gives the investment
#: only in rupiah, in its title too.
PLANT_ID = (
    "Perusahaan Korea Selatan Hanbit Chemical akan berinvestasi sekitar Rp 24 triliun untuk pabrik "
    "foil tembaga di Jawa Timur. Hal itu disampaikan Menteri Investasi pada Selasa.\n\n"
    "Pabrik di Kawasan Ekonomi Khusus Gresik itu ditargetkan memproduksi 60.000 ton foil per tahun "
    "mulai 2028 dan menyerap sekitar 2.300 tenaga kerja.\n\n"
    "Hanbit, pemasok foil bagi produsen baterai Korea dan Jepang, akan memakai katoda tembaga dari "
    "smelter Manyar di sebelahnya."
)


def test_a_headline_figure_converted_to_rupiah_reads_the_same_either_way():
    # "$1.5 billion" is "Rp 24 triliun" in the translation's body and title. Compared with the
    # Indonesian first, its body's amount was renamed to the English one's before the headline
    # test, which then saw the English title's figure stated in it and not headlined: vetoed one
    # way, a translation the other. Titles are read as written, both ways.
    en = _fp(
        "https://reuters.example/hanbit-foil",
        PLANT_EN,
        "en",
        2,
        "Hanbit to build $1.5 billion copper foil plant in Indonesia",
    )
    id_ = _fp(
        "https://mirror.example/hanbit",
        PLANT_ID,
        "id",
        8,
        "Investasi Rp 24 triliun, Hanbit bangun pabrik foil di Gresik",
    )
    assert compare(en, id_) is not None
    assert compare(id_, en) == compare(en, id_)


TRANSFER_EN = (
    "BANDUNG, Indonesia (AP) - Persib Bandung signed Brazilian striker Marcos Ribeiro from Santos on "
    "Monday on a contract until 2027, club president Umuh Muchtar said.\n\n"
    "Ribeiro, 26, scored 14 goals for Santos last season and joins Persib for a fee of 1.2 million "
    "dollars, Muchtar told reporters at the Gelora Bandung Lautan Api stadium.\n\n"
    '"Marcos is the striker we have wanted for two seasons," coach Bojan Hodak said.\n\n'
    "Persib, who lead the Liga 1 table by 3 points, play Persija Jakarta on Saturday."
)
#: One mirror's word-for-word machine translation ...
TRANSFER_ID = (
    "BANDUNG, Indonesia (AP) - Persib Bandung merekrut penyerang Brasil Marcos Ribeiro dari Santos pada "
    "Senin dengan kontrak hingga 2027, kata presiden klub Umuh Muchtar.\n\n"
    "Ribeiro, 26, mencetak 14 gol untuk Santos musim lalu dan bergabung dengan Persib dengan biaya 1,2 "
    "juta dolar, kata Muchtar kepada wartawan di stadion Gelora Bandung Lautan Api.\n\n"
    '"Marcos adalah penyerang yang kami inginkan selama dua musim," kata pelatih Bojan Hodak.\n\n'
    "Persib, yang memimpin klasemen Liga 1 dengan selisih 3 poin, menghadapi Persija Jakarta pada Sabtu."
)
#: ... and another's, re-led on the coach's words, in its own words.
TRANSFER_ID_RELED = (
    '"Marcos adalah penyerang yang sudah dua musim kami cari," ujar pelatih Persib Bojan Hodak soal '
    "rekrutan anyar Marcos Ribeiro, Senin.\n\n"
    "Penyerang asal Brasil berusia 26 tahun itu didatangkan dari Santos dengan kontrak hingga 2027, "
    "menurut presiden klub Umuh Muchtar. Musim lalu ia mencetak 14 gol.\n\n"
    "Nilai transfernya 1,2 juta dolar. Persib, pemimpin klasemen Liga 1 dengan keunggulan 3 poin, akan "
    "menjamu Persija Jakarta pada Sabtu."
)


def test_a_translation_beyond_doubt_joins_though_another_translation_words_it_otherwise(tmp_path):
    # The re-led translation joined the story; the word-for-word one, compared with it text to
    # text, is "another story" (their words differ), which dropped its translation verdict on
    # the original (1.0) and began a story of its own. A rival report in the article's language
    # is what that contradiction is for: its translation verdicts are far from beyond doubt.
    from newscrawl.dedupe import DedupeEngine
    from newscrawl.dedupe.engine import DedupeConfig
    from newscrawl.store.sqlite import SQLiteStore

    store = SQLiteStore(str(tmp_path / "dedupe.sqlite"))
    engine = DedupeEngine(store, DedupeConfig())
    try:
        original = engine.process(article("https://ap.example/persib-ribeiro", TRANSFER_EN, "en", "2025-07-14", 6))
        reled = engine.process(article("https://bola.example/ribeiro", TRANSFER_ID_RELED, "id", "2025-07-14", 8))
        literal = engine.process(article("https://mirror.example/persib", TRANSFER_ID, "id", "2025-07-14", 9))
        story = store.resolve_story(original.story_id)
        assert store.resolve_story(reled.story_id) == story
        assert (
            compare(
                fingerprint(article("https://mirror.example/persib", TRANSFER_ID, "id", "2025-07-14", 9)),
                fingerprint(article("https://bola.example/ribeiro", TRANSFER_ID_RELED, "id", "2025-07-14", 8)),
            )
            is None
        )
        assert literal.match == "translation" and store.resolve_story(literal.story_id) == story
    finally:
        store.close()


def test_a_rate_is_the_same_figure_with_or_without_its_trailing_zero():
    # "4.50%", "4.5%", "4,50 persen" and "4,5 persen" are one rate; a time "12.30" and a
    # thousands group "16.640" keep their zeros.
    for rate in ("4.50%", "4.5%", "4,50 persen", "4,5 persen", "4.50 percent", "4,50 peratus"):
        assert anchors(f"Suku bunga turun ke {rate} pada Rabu.")[0] == "#45", rate
    assert anchors("Rapat dimulai pukul 12.30 WIB.")[0] == "#1230"
    assert anchors("Rupiah melemah ke 16.640 per dolar.")[0] == "#16640"


RATE_EN = (
    "KUALA LUMPUR, May 7 (Reuters) - Bank Negara Malaysia cut its overnight policy rate by 25 basis "
    "points to 2.50% on Wednesday, its first cut since 2020, citing slowing exports.\n\n"
    "Only 4 of 22 economists in a Reuters poll had expected the cut.\n\n"
    '"Inflation is expected to remain moderate this year," Governor Abdul Rasheed Ghaffour said.\n\n'
    "The ringgit weakened 0.4% to 4.28 per dollar after the decision."
)
#: A fluent translation cut to its first half, headlining the rate without its trailing zero.
RATE_ID = (
    "Bank sentral Malaysia, Bank Negara Malaysia (BNM), memangkas suku bunga acuan Overnight Policy "
    "Rate (OPR) sebesar 25 basis poin menjadi 2,50 persen pada Rabu, pemangkasan pertama sejak 2020, "
    "dengan alasan ekspor melambat.\n\n"
    "Dalam jajak pendapat Reuters, hanya 4 dari 22 ekonom yang memperkirakan pemangkasan itu."
)


def test_a_translation_headlining_the_rate_without_its_trailing_zero_is_found():
    # The title's "2,5 persen" was "#25", the original's "2.50%" "#250", which the translation's
    # body also gave: two titles on different figures, one stated in the other's body, vetoed.
    en = _fp("https://reuters.example/bnm-cut", RATE_EN, "en", 7, "Malaysia's central bank cuts rate to 2.50%")
    id_ = _fp("https://mirror.example/bnm", RATE_ID, "id", 12, "BNM pangkas OPR jadi 2,5 persen, pertama sejak 2020")
    assert compare(id_, en).kind == compare(en, id_).kind == "translation"


#: An agency's own report of a refugee boat landing ...
LANDING_EN = (
    "BANDA ACEH, Indonesia, March 3 (Reuters) - More than 110 Rohingya refugees came ashore in "
    "Indonesia's Aceh province overnight, officials said on Tuesday, the second landing this month.\n\n"
    "Police said they had detained two men from the boat on suspicion of people smuggling.\n\n"
    "Residents of Lhok Bubon village objected to the refugees staying on the beach, a Reuters "
    "witness said.\n\n"
    "Indonesia has not signed the 1951 Refugee Convention but lets refugees stay on humanitarian grounds."
)
#: ... and a Malay translation of another outlet's report of it: the same lead, then its own.
LANDING_OTHER_MS = (
    "Sebuah bot kayu yang membawa 112 pelarian Rohingya, kebanyakannya wanita dan kanak-kanak, "
    "mendarat di pantai wilayah Aceh, Indonesia selepas dua minggu di laut, kata pegawai tempatan.\n\n"
    "Bot itu tiba berhampiran kampung Lhok Bubon lewat malam Isnin, kata ketua kampung Teuku Ridwan.\n\n"
    '"Mereka memberitahu kami empat orang meninggal dunia dalam perjalanan dari Cox\'s Bazar," kata '
    "Ridwan kepada Al Jazeera.\n\n"
    "Jurucakap UNHCR Mitra Salima berkata agensi itu sedang mencari tempat perlindungan sementara.\n\n"
    "Lebih 2,500 Rohingya tiba di Aceh dengan bot sejak 2023."
)


def test_two_reports_going_on_their_own_ways_past_a_shared_lead_are_no_cut_copy():
    # Read as a copy of the Malay report's first two paragraphs (the boat, the figure, the
    # village), the agency's report was a translation of it (0.46): but each goes on past them,
    # side by side, with names of its own (the agency's witness and the convention; the village
    # head, Al Jazeera, the UNHCR), where a copy cut short ends with its part.
    en = _fp("https://reuters.example/rohingya-aceh", LANDING_EN, "en", 6, "Rohingya boat lands in Indonesia's Aceh")
    ms = _fp("https://mirror.example/rohingya", LANDING_OTHER_MS, "ms", 9, "112 pelarian Rohingya mendarat di Aceh")
    assert compare(en, ms) is None and compare(ms, en) is None
