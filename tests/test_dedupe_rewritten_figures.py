"""Human translations that write the figures another way (review set 7, class 1): ringgit given
as rupiah, nautical miles as km. Fixtures written for these tests: a Malaysian agency's English
report of a wage rise for Indonesian domestic workers, a fluent Indonesian translation giving every
ringgit amount in rupiah, and an Indonesian outlet's own report with its own rupiah figures.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, evidence, fingerprint, money, units
from tests.dedupe_corpus import article

WAGE_EN = (
    "KUALA LUMPUR, March 3 (Bernama) -- Malaysia will raise the minimum monthly wage for Indonesian"
    " domestic workers to RM1,800 from July, Human Resources Minister Hadi Rahman said on Tuesday.\n\n"
    "Hadi said employers in Johor, Selangor and Penang would also have to pay a RM250 housing allowance,"
    " and that 64,000 workers would benefit from the change.\n\n"
    '"The new wage reflects what it costs to live in our cities today," Hadi told reporters after'
    " meeting ambassador Dewi Kartika in Putrajaya.\n\n"
    "Dewi said Jakarta would open 12 placement offices across Java before the end of 2026 to register"
    " the workers."
)
#: Every ringgit amount in rupiah (3,500 and 3,480 rupiah a ringgit), the quote as reported speech.
WAGE_ID = (
    "Malaysia akan menaikkan upah minimum bulanan pekerja rumah tangga asal Indonesia menjadi sekitar"
    " Rp 6,3 juta mulai Juli, kata Menteri Sumber Manusia Hadi Rahman, Selasa.\n\n"
    "Menurut Hadi, majikan di Johor, Selangor dan Penang juga wajib membayar tunjangan perumahan sekitar"
    " Rp 870 ribu, dan 64.000 pekerja akan menikmati kenaikan itu.\n\n"
    "Hadi menyampaikan hal itu usai bertemu Duta Besar Dewi Kartika di Putrajaya. Ia menyebut upah baru"
    " itu sesuai dengan biaya hidup di kota-kota Malaysia.\n\n"
    "Dewi mengatakan Jakarta akan membuka 12 kantor penempatan di Pulau Java hingga akhir 2026 untuk"
    " mendata para pekerja."
)


def fp(body: str, url: str, language: str = "en", hour: int = 8) -> dict:
    return fingerprint(article(url, body, language, "2026-03-03", hour, title="Wage for domestic workers"))


def test_ringgit_written_as_rupiah_is_one_amount():
    en = fp(WAGE_EN, "https://bernama.example/wage")
    translated = fp(WAGE_ID, "https://buruh.example/upah", language="id", hour=14)
    assert compare(translated, en) is not None
    assert compare(en, translated) is not None
    # Each amount renamed once, one way: the rupiah (the reader's money) as the ringgit.
    assert "#1800" in evidence.with_money_of(en, translated)["anchors"]  # Rp 6,3 juta read as RM1,800
    assert evidence.with_money_of(translated, en) is en


def test_another_local_currency_only_at_a_plausible_rate():
    ringgit = [("MYR", 1800.0)]
    assert money.other_currency([("IDR", 6.3e6)], ringgit, "id", "en")  # 3,500 rupiah a ringgit
    assert not money.other_currency([("IDR", 1.8e6)], ringgit, "id", "en")  # 1,000: another amount
    # Rates since 2012 (about 2,950-4,000) and a translator's rounding, no further.
    assert money.other_currency([("IDR", 5.4e6)], ringgit, "id", "en")  # 3,000
    assert money.other_currency([("IDR", 7.4e6)], ringgit, "id", "en")  # 4,111
    assert not money.other_currency([("IDR", 4.5e6)], ringgit, "id", "en")  # 2,500: another amount
    assert not money.other_currency([("IDR", 8.5e6)], ringgit, "id", "en")  # 4,722
    assert not money.other_currency(ringgit, [("IDR", 6.3e6)], "en", "id")  # one way only
    # A Malay text's ringgit is its readers' own money, converted (if at all) from a third
    # amount: two translations converting one dollar amount each into their readers' money.
    assert not money.other_currency([("IDR", 6.3e6)], ringgit, "id", "ms")
    assert not money.other_currency(ringgit, ringgit, "ms", "en")
    assert not money.other_currency([], ringgit, "id", "en")


def test_an_outlets_own_rupiah_figures_are_not_ringgit():
    # Its own amount (Rp 1,8 juta, the old wage at home) is no conversion of RM1,800.
    rival = WAGE_ID.replace("sekitar Rp 6,3 juta", "Rp 1,8 juta").replace("sekitar Rp 870 ribu", "Rp 90 ribu")
    en = fp(WAGE_EN, "https://bernama.example/wage")
    own = fp(rival, "https://kabar.example/upah", language="id", hour=14)
    assert evidence.with_money_of(en, own) is own


RESCUE_EN = (
    "PORT BLAIR: A coast guard cutter rescued 14 Thai fishermen on Sunday whose trawler had sunk about"
    " 90 nautical miles west of Car Nicobar, the coast guard said on Monday.\n\n"
    "The cutter Vajra found the men clinging to a life raft after a 30-hour search and took them to"
    " Port Blair, commander Ravi Menon said.\n\n"
    "Two of the fishermen were treated for burns from an engine fire that sank the trawler, Menon said,"
    " and the others were in good health.\n\n"
    "The crew would be handed to Thai embassy officials in Chennai on Friday."
)
#: The distance in km (90 nautical miles is 167 km; 90 land miles would be 145).
RESCUE_ID = (
    "Kapal penjaga pantai India menyelamatkan 14 nelayan Thailand yang kapal pukatnya tenggelam sekitar"
    " 167 km di sebelah barat Car Nicobar pada Minggu, kata penjaga pantai, Senin.\n\n"
    "Kapal Vajra menemukan mereka berpegangan pada rakit penyelamat setelah pencarian selama 30 jam,"
    " lalu membawa mereka ke Port Blair, kata komandan Ravi Menon.\n\n"
    "Menurut Menon, dua nelayan dirawat karena luka bakar akibat kebakaran mesin yang menenggelamkan"
    " kapal, sedangkan yang lain dalam kondisi sehat.\n\n"
    "Para awak akan diserahkan kepada pejabat kedutaan Thailand di Chennai pada Jumat."
)


def test_a_nautical_mile_is_read_as_such():
    assert units.unit_figures("about 120 nautical miles south") == [["#120", "km", 222.24]]
    assert units.unit_figures("sejauh 120 mil laut dari") == [["#120", "km", 222.24]]
    assert units.unit_figures("a 12 nautical-mile zone") == [["#12", "km", 22.224]]
    assert units.unit_figures("some 120 miles inland") == [["#120", "km", 193.121]]


#: A Malay translation that keeps the nautical miles, as "batu nautika" (a "batu" is a mile), and
#: runs two paragraphs together.
RESCUE_MS = (
    "Kapal pengawal pantai India menyelamatkan 14 nelayan Thailand yang bot pukatnya karam kira-kira"
    " 90 batu nautika ke barat Car Nicobar pada Ahad, kata pengawal pantai pada Isnin.\n\n"
    "Kapal Vajra menemui mereka berpaut pada rakit penyelamat selepas pencarian 30 jam, lalu membawa"
    " mereka ke Port Blair, kata komander Ravi Menon. "
    "Menurut Menon, dua nelayan dirawat kerana melecur akibat kebakaran enjin yang menenggelamkan bot"
    " itu, manakala yang lain sihat.\n\n"
    "Anak kapal akan diserahkan kepada pegawai kedutaan Thailand di Chennai pada Jumaat."
)


def test_batu_nautika_is_a_nautical_mile():
    assert units.unit_figures("kira-kira 120 batu nautika dari pantai") == [["#120", "km", 222.24]]
    # "batu" alone is a stone as often as a mile: no unit ("5 batu bata", "7 batu").
    assert units.unit_figures("membawa 5 batu bata dan 7 batu ke tapak") == []


def test_batu_nautika_and_km_are_one_distance():
    translated = fingerprint(
        article("https://laut.example/nelayan", RESCUE_ID, "id", "2026-02-09", 15, title="Nelayan")
    )
    malay = fingerprint(article("https://laut.example/my", RESCUE_MS, "ms", "2026-02-09", 16, title="Nelayan"))
    # The Malay "90" is the Indonesian "167" (km): one distance, no figure of its own.
    renamed = evidence.with_units_of(translated, malay)["anchors"]
    assert "#167" in renamed and "#90" not in renamed
    assert compare(malay, translated) is not None
    assert compare(translated, malay) is not None


def test_nautical_miles_written_as_km_are_one_distance():
    en = fingerprint(article("https://wire.example/rescue", RESCUE_EN, "en", "2026-02-09", 8, title="Rescue"))
    translated = fingerprint(
        article("https://laut.example/nelayan", RESCUE_ID, "id", "2026-02-09", 15, title="Nelayan")
    )
    assert compare(translated, en) is not None
    assert compare(en, translated) is not None


def test_a_range_of_rates_with_one_percent_sign_reads_as_rates():
    # "4,0-4,8 persen" and "4.0%-4.8%": one range of rates, whichever way it is written.
    def figures(body: str, language: str) -> list[str]:
        found = fingerprint(article("https://x.example/r", body, language, "2026-09-10", title="Rate"))
        return [x for x in found["anchors"] if x[0] == "#"]

    assert figures("Bank itu memperkirakan ekonomi tumbuh 4,0-4,8 persen, kata Budi.", "id") == ["#4", "#48"]
    assert figures("The bank expects growth of 4.0%-4.8%, Budi said.", "en") == ["#4", "#48"]
    assert figures("The bank expects growth of 4.0-4.8% this year.", "en") == ["#4", "#48"]
    assert figures("A 10.0-12.5 km stretch of road was shut.", "en") == ["#100", "#125"]


def test_a_title_figure_written_with_a_scale_word_is_no_other_headline():
    # "412,000" in the English title, "412 ribu" in the Indonesian one; the English body also
    # gives a rate of 41.2 percent, whose anchor is the Indonesian title's "412".
    en = fingerprint(
        article(
            "https://wire.example/toba",
            "Foreign visitors to Lake Toba reached 412,000 in March, up 7.5 percent from a year earlier, the"
            " North Sumatra statistics office said on Monday. Hotel occupancy in Parapat averaged 41.2 percent,"
            " office head Lintong Sirait said, with Malaysians and Singaporeans the largest groups.",
            "en",
            "2026-04-06",
            title="Lake Toba foreign visitors reach 412,000 in March",
        )
    )
    translated = fingerprint(
        article(
            "https://wisata.example/toba",
            "Kunjungan wisatawan mancanegara ke Danau Toba pada Maret mencapai 412 ribu, naik 7,5 persen"
            " dibanding tahun lalu, kata Kepala BPS Lintong Sirait, Senin. Tingkat hunian hotel di Parapat"
            " rata-rata 41,2 persen, dengan wisman Malaysia dan Singapura terbanyak.",
            "id",
            "2026-04-06",
            11,
            title="Kunjungan wisman ke Danau Toba Maret capai 412 ribu",
        )
    )
    assert not evidence.headlines_differ(translated, en)
    assert not evidence.headlines_differ(en, translated)


def test_a_small_title_figure_is_no_scaled_figure_without_its_scale_word():
    # The wire's headline figure, "14,000", written out; another outlet's own report headlines
    # its own "14" (the dead) and gives the 14,000 in its body: two headlines. A translation
    # writing the figure "14 ribu" headlines the same one.
    en = fingerprint(
        article(
            "https://wire.example/garut",
            "GARUT, Indonesia -- More than 14,000 villagers were moved to 40 shelters in Garut after"
            " landslides cut three roads on Sunday, district disaster agency head Asep Sunandar said."
            " Rescuers were still searching the hamlets of Cisurupan with sniffer dogs, he said.",
            "en",
            "2026-04-06",
            title="Garut landslides: 14,000 moved to shelters",
        )
    )
    own = fingerprint(
        article(
            "https://kabar.example/garut",
            "Sebanyak 14 warga tewas tertimbun longsor di Cisurupan, sementara lebih dari 14.000 warga"
            " dipindahkan ke 40 tempat pengungsian di Garut, kata Kepala BPBD Asep Sunandar, Minggu."
            " Jenazah para korban dibawa ke RSUD dr. Slamet untuk diidentifikasi.",
            "id",
            "2026-04-06",
            13,
            title="Longsor Garut: 14 tewas tertimbun di Cisurupan",
        )
    )
    translated = fingerprint(
        article(
            "https://warta.example/garut",
            "Lebih dari 14 ribu warga dipindahkan ke 40 tempat pengungsian di Garut setelah longsor memutus"
            " tiga ruas jalan pada Minggu, kata Kepala BPBD Asep Sunandar. Tim penyelamat masih menyisir"
            " dusun-dusun di Cisurupan dengan anjing pelacak, katanya.",
            "id",
            "2026-04-06",
            11,
            title="Longsor Garut: 14 ribu warga dipindahkan ke pengungsian",
        )
    )
    assert evidence.headlines_differ(own, en)
    assert evidence.headlines_differ(en, own)
    assert not evidence.headlines_differ(translated, en)
    assert not evidence.headlines_differ(en, translated)


#: A port authority's budget in an agency's story, and a rewrite of it that gives the amount with
#: another scale word ("Rp 1.200 miliar" for "Rp1,2 triliun") and its own wording.
PORT_ID = (
    "Makassar (ANTARA) - Pelindo menyiapkan anggaran Rp1,2 triliun untuk memperdalam kolam Pelabuhan"
    " Makassar New Port hingga 16 meter, kata Direktur Utama Arif Suhartono di Makassar, Kamis.\n\n"
    "Menurut Arif, pengerukan dimulai pada Maret 2027 dan ditargetkan selesai dalam 14 bulan, sehingga"
    " kapal berkapasitas 12.000 TEU dapat bersandar.\n\n"
    '"Dengan kedalaman itu, biaya logistik ke kawasan timur bisa turun hingga 8 persen," ujar Arif.\n\n'
    "Sepanjang 2025, Makassar New Port melayani 420.000 TEU peti kemas, naik 9 persen dari tahun sebelumnya."
)
PORT_ID_SPUN = (
    "Direktur Utama Pelindo Arif Suhartono pada Kamis di Makassar menyampaikan bahwa perusahaan"
    " menyiapkan dana Rp 1.200 miliar guna memperdalam kolam Makassar New Port sampai 16 meter.\n\n"
    "Arif menjelaskan, pekerjaan keruk akan berjalan mulai Maret 2027 dengan target rampung 14 bulan,"
    " agar kapal 12.000 TEU bisa berlabuh.\n\n"
    "Ia menilai kedalaman baru tersebut dapat memangkas ongkos logistik ke wilayah timur sampai 8 persen.\n\n"
    "Pada 2025, pelabuhan itu menangani 420.000 TEU, tumbuh 9 persen dibanding tahun sebelumnya."
)


def test_an_amount_with_another_scale_word_is_one_amount():
    original = fingerprint(article("https://antara.example/port", PORT_ID, "id", "2026-11-12", 8, title="Pelabuhan"))
    spun = fingerprint(article("https://kabar.example/port", PORT_ID_SPUN, "id", "2026-11-12", 13, title="Pelabuhan"))
    assert "#12" in evidence.with_amounts_of(original, spun)["anchors"]  # "1.200 miliar" read as "1,2 triliun"
    assert "#1200" not in evidence.with_amounts_of(original, spun)["anchors"]
    assert compare(spun, original) is not None
    assert compare(original, spun) is not None
    # Another amount is no rename: "Rp 1.300 miliar" stays a figure of its own.
    other = fingerprint(
        article(
            "https://kabar.example/port2",
            PORT_ID_SPUN.replace("1.200 miliar", "1.300 miliar"),
            "id",
            "2026-11-12",
            13,
            title="Pelabuhan",
        )
    )
    assert "#1300" in evidence.with_amounts_of(original, other)["anchors"]
