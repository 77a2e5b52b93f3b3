"""A translation keeps its original's credit: two reports crediting two agencies are two stories.

Fixtures written for these tests: a landslide cuts the Trans-Sumatra road near Padang. AFP's
story (its own site: no credit in the text), Reuters' own report of the same landslide (its
dateline's credit) with the same officials, figures and day in the same order, and a fluent
Indonesian translation of AFP's story that says where it comes from in its lead ("seperti
dilaporkan AFP"). ANTARA's Indonesian version of Reuters' report credits both ("Padang
(ANTARA) - ... seperti dilaporkan Reuters").
"""

from __future__ import annotations

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import credited_agencies, credits_differ
from newscrawl.dedupe.features import cited_agencies
from tests.dedupe_corpus import article

_DAY = "2026-12-02"

AFP_EN = (
    "A landslide buried a 300-metre stretch of the Trans-Sumatra highway near Padang on Wednesday"
    " after two days of heavy rain, cutting the main road between West Sumatra and Riau, officials said.\n\n"
    "Regional disaster agency chief Rudi Syahputra said 14 vehicles were trapped and rescuers had pulled"
    " 23 people from the mud, while four drivers were still missing near the village of Lembah Anai.\n\n"
    "Traffic to Pekanbaru was diverted through Solok, adding about five hours to the journey, and the"
    " public works ministry said the road could reopen on Sunday.\n\n"
    "Landslides are common in Sumatra's hills during the rainy season, which runs from November to March."
)
REUTERS_EN = (
    "PADANG, Indonesia, Dec 2 (Reuters) - A landslide cut the Trans-Sumatra highway near Padang on"
    " Wednesday, trapping motorists and severing the main link between West Sumatra and Riau, local"
    " authorities said.\n\n"
    "Rudi Syahputra, head of the regional disaster agency, told reporters 14 vehicles had been caught"
    " and 23 people rescued, with four drivers missing around Lembah Anai.\n\n"
    "Trucks bound for Pekanbaru were sent through Solok. The public works ministry said it expected"
    " the road to reopen on Sunday, and fuel distributors warned of delays in Riau."
)
AFP_ID = (
    "Tanah longsor menimbun ruas Jalan Lintas Sumatra sepanjang 300 meter di dekat Padang pada Rabu"
    " setelah hujan deras dua hari, memutus jalur utama antara Sumatra Barat dan Riau, seperti"
    " dilaporkan AFP.\n\n"
    "Kepala badan penanggulangan bencana daerah Rudi Syahputra mengatakan 14 kendaraan terjebak dan"
    " tim penyelamat telah mengevakuasi 23 orang dari lumpur, sementara empat sopir masih hilang di"
    " dekat Lembah Anai.\n\n"
    "Kendaraan menuju Pekanbaru dialihkan lewat Solok sehingga perjalanan bertambah sekitar lima jam."
    " Kementerian pekerjaan umum menyebut jalan itu bisa dibuka kembali pada Minggu.\n\n"
    "Longsor kerap terjadi di perbukitan Sumatra pada musim hujan, yang berlangsung dari November"
    " hingga Maret."
)
ANTARA_ID = (
    "Padang (ANTARA) - Tanah longsor memutus Jalan Lintas Sumatra di dekat Padang pada Rabu, menjebak"
    " pengendara dan memutus jalur utama antara Sumatra Barat dan Riau, kata pihak berwenang setempat,"
    " seperti dilaporkan Reuters.\n\n"
    "Rudi Syahputra, kepala badan penanggulangan bencana daerah, mengatakan kepada wartawan 14"
    " kendaraan terjebak dan 23 orang diselamatkan, sementara empat sopir hilang di sekitar Lembah Anai.\n\n"
    "Truk tujuan Pekanbaru dialihkan lewat Solok. Kementerian pekerjaan umum memperkirakan jalan dibuka"
    " kembali pada Minggu, dan distributor bahan bakar memperingatkan keterlambatan di Riau."
)

AFP = article("https://afp.example/landslide", AFP_EN, "en", _DAY, 6, title="Landslide cuts Trans-Sumatra highway")
REUTERS = article(
    "https://reuters.example/landslide",
    REUTERS_EN,
    "en",
    _DAY,
    7,
    title="Landslide cuts Sumatra highway, drivers missing",
)
TRANSLATED = article(
    "https://portal.example/longsor", AFP_ID, "id", _DAY, 9, title="Longsor putus Jalan Lintas Sumatra"
)
VERSION = article(
    "https://antara.example/longsor",
    ANTARA_ID,
    "id",
    _DAY,
    10,
    title="Longsor putus Jalan Lintas Sumatra, sopir hilang",
)


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("memutus jalur utama, seperti dilaporkan AFP.", ["AFP"]),
        ("kata Anwar di sini hari ini, lapor Reuters.", ["Reuters"]),
        ("menurut kantor berita negara Bernama.", ["Bernama"]),
        ("banjir yang menurut laporan AFP menewaskan 14 orang", ["AFP"]),
        ("more than 2,000 fled, state news agency Antara reported.", ["ANTARA"]),
        ("Antara lain, polisi menyita 12 kendaraan.", []),  # "among others", no agency
        ("All 14 economists in a Reuters poll had forecast a hold.", []),  # a poll, not the source
    ],
)
def test_the_agency_a_text_reports_from(text, agencies):
    assert cited_agencies(text) == agencies


def test_a_translation_crediting_another_agency_is_not_the_rivals_report():
    """AFP's story in Indonesian names every official, figure and place of Reuters' report in
    the same order; it says it is AFP's, and Reuters' report says it is Reuters'."""
    translated, reuters = fingerprint(TRANSLATED), fingerprint(REUTERS)
    assert credits_differ(translated, reuters)
    assert compare(translated, reuters) is None
    assert compare(reuters, translated) is None


def test_a_translation_stays_with_its_original_and_a_version_crediting_both():
    """AFP's own page credits no one in its text: no veto. ANTARA's version credits ANTARA and
    Reuters: it shares Reuters, so it is read as Reuters' report translated."""
    afp, translated = fingerprint(AFP), fingerprint(TRANSLATED)
    assert not credits_differ(translated, afp)
    found = compare(translated, afp)
    assert found is not None and found.kind == "translation"
    version, reuters = fingerprint(VERSION), fingerprint(REUTERS)
    assert not credits_differ(version, reuters)
    found = compare(version, reuters)
    assert found is not None and found.kind == "translation"


# A bus plunges into a ravine in Central Java: AP's first version (12 hurt, 3 missing), its
# writethru hours later (five dead, the toll revised), the first version's Indonesian translation
# cut to its lead, and the writethru's translation in full. The two translations word one text
# each their own way and give two versions' figures; each credits AP.
_BUS_DAY = "2026-12-03"
BUS_FIRST = (
    "BANJARNEGARA, Indonesia (AP) - A Sinar Jaya bus carrying 38 pilgrims from Cilacap plunged into a ravine in Indonesia's"
    " Banjarnegara district on Thursday, and at least 15 people were missing, officials said.\n\n"
    "The bus was heading from Banjarnegara to Wonosobo when its brakes failed on a steep"
    " bend about 5 miles from the town, said Agus Wibowo, head of the local police traffic unit.\n\n"
    "Villagers and rescuers pulled 23 people from the wreck, some of them trapped under seats,"
    " he said.\n\n"
    '"The road is narrow and it is still raining, but we will keep searching until everyone is'
    ' found," Wibowo said.\n\n'
    "Road accidents are common in Indonesia, where buses are often poorly maintained and drivers"
    " work long shifts."
)
BUS_WRITETHRU = BUS_FIRST.replace("A bus carrying", "Rescuers recovered five bodies after a bus carrying").replace(
    "and at least 15 people were missing", "and seven others were still missing"
)
BUS_FIRST_ID_CUT = (
    "Bus Sinar Jaya yang membawa 38 peziarah asal Cilacap terjun ke jurang di Kabupaten Banjarnegara, Kamis, dan sedikitnya 15"
    " orang hilang, kata Kepala Dinas Perhubungan Banjarnegara kepada AP.\n\n"
    "Bus itu melaju dari Banjarnegara menuju Wonosobo ketika remnya blong di tikungan"
    " tajam sekitar 8 kilometer dari kota, kata Agus Wibowo, kepala satuan lalu lintas polres setempat."
)
BUS_WRITETHRU_ID = (
    "BANJARNEGARA, Indonesia (AP) - Tim penyelamat menemukan lima jenazah setelah bus Sinar Jaya yang membawa"
    " 38 peziarah asal Cilacap terjun ke jurang di Kabupaten Banjarnegara, Indonesia, pada Kamis, dan tujuh orang lainnya"
    " masih hilang, kata para pejabat.\n\n"
    "Bus tersebut sedang berjalan dari Banjarnegara ke Wonosobo ketika remnya gagal"
    " berfungsi di sebuah tikungan curam sekitar 8 kilometer dari kota, kata Agus Wibowo, kepala"
    " unit lalu lintas kepolisian setempat.\n\n"
    "Warga dan tim penyelamat mengeluarkan 23 orang dari bangkai bus, sebagian terjepit di bawah"
    " kursi, katanya.\n\n"
    "Menurut Agus, jalan itu sempit dan hujan masih turun, namun pencarian akan terus dilakukan"
    " sampai semua korban ditemukan.\n\n"
    "Kecelakaan lalu lintas sering terjadi di Indonesia, tempat bus kerap tidak terawat dan sopir"
    " bekerja berjam-jam."
)
BUS = {
    "first": article(
        "https://ap.example/bus", BUS_FIRST, "en", _BUS_DAY, 6, title="Bus plunges into ravine in Java; 15 missing"
    ),
    "cut_id": article(
        "https://infojateng.example/bus", BUS_FIRST_ID_CUT, "id", _BUS_DAY, 8, title="Bus masuk jurang di Jawa Tengah"
    ),
    "writethru": article(
        "https://ap.example/bus-update",
        BUS_WRITETHRU,
        "en",
        _BUS_DAY,
        10,
        title="5 dead as bus plunges into ravine in Java",
    ),
    "writethru_id": article(
        "https://beritajateng.example/bus",
        BUS_WRITETHRU_ID,
        "id",
        _BUS_DAY,
        14,
        title="Lima tewas, bus masuk jurang di Jawa Tengah",
    ),
}


@pytest.mark.parametrize("order", [list(BUS), list(BUS)[::-1]])
def test_a_translation_of_the_writethru_joins_the_story_of_a_cut_translation(tmp_path, order):
    """The cut translation of AP's first version, in the story, calls the writethru's
    translation another text (15 missing against five dead); both credit AP, as the story's
    copies do, and the two read as two translations of one text: one story."""
    from tests.test_dedupe_own_reports import stories_of

    found = stories_of(tmp_path, BUS, order)
    assert len(set(found.values())) == 1, found


#: ANTARA's own report of the crash: the same bus, pilgrims, toll and officer, its own dateline.
BUS_OWN_ID = (
    "Banjarnegara (ANTARA) - Lima penumpang bus Sinar Jaya yang membawa 38 peziarah asal Cilacap"
    " tewas setelah bus terjun ke jurang di Kabupaten Banjarnegara, Kamis, dan tujuh lainnya masih"
    " dicari.\n\n"
    "Kasatlantas Polres Banjarnegara AKP Agus Wibowo mengatakan bus diduga mengalami rem blong di"
    " tikungan sekitar 8 kilometer sebelum Wonosobo.\n\n"
    "Bupati Banjarnegara meminta dinas perhubungan memeriksa kelaikan bus pariwisata yang melintas"
    " jalur Dieng menjelang libur akhir tahun."
)


@pytest.mark.parametrize("order", [[*BUS, "own_id"], ["own_id", *list(BUS)[::-1]]])
def test_an_own_report_crediting_its_agency_stays_apart_from_the_agencys_story(tmp_path, order):
    """ANTARA's own report names the bus, the toll and the officer of AP's story; it credits
    ANTARA, the story's copies AP: it is no translation of them, in either order."""
    from tests.test_dedupe_own_reports import stories_of

    docs = {
        **BUS,
        "own_id": article(
            "https://antara.example/bus", BUS_OWN_ID, "id", _BUS_DAY, 15, title="Lima tewas, bus peziarah masuk jurang"
        ),
    }
    found = stories_of(tmp_path, docs, order)
    assert found["own_id"] not in {found[name] for name in BUS}, found


AFP_MS = (
    "Tanah runtuh menimbus 300 meter Lebuh Raya Trans-Sumatera berhampiran Padang pada Rabu"
    " selepas hujan lebat dua hari, memutuskan jalan utama antara Sumatera Barat dan Riau, lapor AFP.\n\n"
    "Ketua agensi bencana wilayah Rudi Syahputra berkata 14 kenderaan terperangkap dan pasukan"
    " penyelamat telah mengeluarkan 23 orang dari lumpur, manakala empat pemandu masih hilang"
    " berhampiran kampung Lembah Anai.\n\n"
    "Lalu lintas ke Pekanbaru dilencongkan melalui Solok, menambah kira-kira lima jam perjalanan,"
    " dan kementerian kerja raya berkata jalan itu boleh dibuka semula pada Ahad.\n\n"
    "Tanah runtuh kerap berlaku di bukit-bukit Sumatera pada musim hujan, dari November hingga Mac."
)
TRANSLATED_MS = article(
    "https://cermin.example/tanah-runtuh", AFP_MS, "ms", _DAY, 9, title="Tanah runtuh putus lebuh raya Sumatera"
)
#: AFP's story in Indonesian cut to its first two paragraphs, with no credit of its own.
AFP_ID_CUT = "\n\n".join(AFP_ID.replace(", seperti dilaporkan AFP", "").split("\n\n")[:2])
CUT = article("https://ringkas.example/longsor", AFP_ID_CUT, "id", _DAY, 8, title="Longsor timbun Jalan Lintas Sumatra")


@pytest.mark.parametrize("order", [["cut", "translated", "reuters"], ["translated", "cut", "reuters"]])
def test_a_report_crediting_another_agency_joins_no_story_through_an_uncredited_copy(tmp_path, order):
    """AFP's English page not crawled, its story is an Indonesian cut and a Malay translation.
    The cut names no agency, and Reuters' report reads as its original (0.636); but the story it
    is in has AFP's Malay translation, which says the story is AFP's: Reuters' report begins its
    own."""
    from tests.test_dedupe_own_reports import stories_of

    docs = {"cut": CUT, "translated": TRANSLATED_MS, "reuters": REUTERS}
    found = stories_of(tmp_path, docs, order)
    assert found["cut"] == found["translated"]
    assert found["reuters"] != found["cut"], found


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("Pabrik itu berhenti beroperasi, menurut APP, sejak Senin.", []),  # the paper company
        ("kata Perdana Menteri kepada PAP dalam rapat partai", []),  # the party
        ("The fund had told INA it would invest $500 million.", []),  # the wealth fund
        ("Kebakaran itu, menurut kantor berita MAP, menewaskan dua orang.", ["MAP"]),
        ("the Moroccan news agency MAP reported on Sunday", ["MAP"]),
        ("sedikitnya 9 orang hilang, kata pejabat pelabuhan kepada AP.", ["AP"]),  # the world agency
        ("Ms Tan, a commuter, told CNA the trains were packed.", []),  # Singapore's broadcaster
        ('"Two spans collapsed," the district collector told ANI.', ["ANI"]),
    ],
)
def test_initials_of_another_body_are_no_agency_cited(text, agencies):
    """An agency's short form that is also a company's, a party's or a fund's initials is cited
    only when the text calls it a news agency."""
    assert cited_agencies(text) == agencies


PULP_EN = (
    "JAMBI, Indonesia, Dec 4 (Reuters) - A fire at Asia Pulp & Paper's Tebo mill in Jambi province"
    " halted output of 2,400 tonnes of pulp a day on Friday, the company said, after a boiler"
    " exploded shortly before dawn.\n\n"
    "Eleven workers were taken to hospital in Muara Tebo and two were in serious condition, APP said,"
    " adding that firefighters from three villages had put out the blaze by 9 a.m.\n\n"
    "The mill supplies about 18% of the group's pulp for its Tangerang paper plants, and traders said"
    " prices in Shanghai rose 1.2% after the news."
)
PULP_ID = (
    "Kebakaran di pabrik Tebo milik Asia Pulp & Paper di Provinsi Jambi menghentikan produksi 2.400 ton"
    " pulp per hari pada Jumat setelah sebuah ketel uap meledak menjelang subuh, menurut APP.\n\n"
    "Sebelas pekerja dibawa ke rumah sakit di Muara Tebo dan dua di antaranya dalam kondisi serius,"
    " kata APP, seraya menambahkan pemadam dari tiga desa telah memadamkan api pada pukul 09.00.\n\n"
    "Pabrik itu memasok sekitar 18% pulp grup tersebut untuk pabrik kertasnya di Tangerang, dan"
    " pedagang mengatakan harga di Shanghai naik 1,2% setelah kabar itu."
)


def test_a_translation_quoting_a_company_by_its_initials_stays_with_its_original():
    """Reuters' report and its uncredited Indonesian translation, which says what the paper
    company APP told: APP is no agency cited, and the translation is Reuters' report's."""
    reuters = fingerprint(
        article(
            "https://reuters.example/pulp", PULP_EN, "en", _DAY, 6, title="Fire halts Asia Pulp & Paper mill in Jambi"
        )
    )
    translated = fingerprint(
        article("https://berita.example/pulp", PULP_ID, "id", _DAY, 9, title="Kebakaran hentikan pabrik pulp di Jambi")
    )
    assert not credits_differ(translated, reuters)
    for first, second in ((translated, reuters), (reuters, translated)):
        found = compare(first, second)
        assert found is not None and found.kind == "translation"


_FILLER = "Harga cabai naik di pasar induk pada pekan ini, dan pedagang menunggu pasokan baru. " * 40


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("Antara reported the toll. " + _FILLER + "Pasokan dari Garut, lapor AFP", ["ANTARA", "AFP"]),
        (_FILLER + "seperti dikutip Xinhua. " + _FILLER + "kata dia kepada wartawan.", ["Xinhua"]),
        (_FILLER + "mengutip Kyodo News, " + _FILLER[:300] + "menurut Bernama", ["Kyodo", "Bernama"]),
        ("kepada Reuters " * 3 + _FILLER + "state news agency Antara reported", ["Reuters", "ANTARA"]),
    ],
)
def test_the_agencies_cited_far_apart_in_a_long_text(text, agencies):
    assert cited_agencies(text) == agencies


def test_the_agencies_cited_are_read_around_the_verbs_only(monkeypatch):
    """ "kepada" and "told" are on most pages: the regex reads the words around them, not the
    whole text."""
    from newscrawl.dedupe import features

    read = []
    pattern = features._CITED

    class Reading:
        def finditer(self, text, start=0, end=None):
            end = len(text) if end is None else end
            read.append(end - start)
            return pattern.finditer(text, start, end)

    monkeypatch.setattr(features, "_CITED", Reading())
    text = _FILLER + "kata kepala dinas kepada wartawan, seperti dilaporkan AFP. " + _FILLER
    assert cited_agencies(text) == ["AFP"]
    assert sum(read) < len(text) / 4, read


def test_mengutip_alone_is_a_citing_verb():
    # The last look (LL16): the early exit looked for "kutip", which "mengutip" does not hold.
    assert cited_agencies("Harga beras naik lima persen pekan ini, mengutip Reuters.") == ["Reuters"]


def test_a_translators_credit_is_dropped_under_any_of_its_names():
    # The last look (LL16): "Antara News Agency" on an Indonesian text is ANTARA, the translator,
    # as "ANTARA" is; both credit functions read names canonical.
    for name in ("ANTARA", "Antara News Agency"):
        assert credited_agencies({"agencies": [name], "language": "id"}) == frozenset()
    assert credited_agencies({"agencies": ["Antara News Agency"], "language": "en"}) == {"antara"}
