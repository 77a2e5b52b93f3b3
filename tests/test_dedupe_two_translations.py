"""Two translations of one story in one language: a literal machine translation and a fluent
one (review set 5's S164-2, S165-1, S175-2, S166-1; set 6's S239-4). Compared text to text
they are two stories, and that "another story" dropped the fluent one's translation verdict
on the original (below ``JOIN_SCORE``): it began a story of its own.

Fixtures written for these tests: an English wire report of an airline's jet order, its
literal Indonesian machine translation, and a fluent Indonesian translation (the price in
rupiah only, the quote as reported speech, every clause in its own order).
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.engine import JOIN_SCORE
from newscrawl.dedupe.evidence import ONE_TEXT_SCORE, as_translations
from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import FINAL_CUT, FINAL_MT, FINAL_OWN, FINAL_WIRE, stories_of

JETS_EN = (
    "MANILA, Oct 14 (Wire) - Philippine Airlines agreed on Tuesday to buy 12 Airbus A350 jets worth"
    " about $3.6 billion at list prices, the carrier said, as it expands long-haul flights to Europe"
    " and North America.\n\n"
    "The first four aircraft will arrive in 2028 and the rest by 2031, chief executive Stanley Ng told"
    " reporters in Pasay City.\n\n"
    '"These planes will let us fly nonstop from Manila to New York and Paris," Ng said, adding that the'
    " airline would hire 600 pilots and cabin crew.\n\n"
    "Shares of PAL Holdings rose 6.2% to 5.48 pesos after the announcement, their biggest gain in four"
    " months.\n\n"
    "The airline flew 15.7 million passengers last year and expects 17 million this year."
)
JETS_ID_LITERAL = (
    "MANILA, 14 Okt (Wire) - Philippine Airlines setuju pada hari Selasa untuk membeli 12 jet Airbus A350"
    " senilai sekitar 3,6 miliar dolar AS dengan harga katalog, kata maskapai itu, seiring perluasan"
    " penerbangan jarak jauh ke Eropa dan Amerika Utara.\n\n"
    "Empat pesawat pertama akan tiba pada 2028 dan sisanya pada 2031, kata kepala eksekutif Stanley Ng"
    " kepada wartawan di Pasay City.\n\n"
    '"Pesawat-pesawat ini akan memungkinkan kami terbang langsung dari Manila ke New York dan Paris,"'
    " kata Ng, seraya menambahkan bahwa maskapai akan merekrut 600 pilot dan awak kabin.\n\n"
    "Saham PAL Holdings naik 6,2% menjadi 5,48 peso setelah pengumuman itu, kenaikan terbesar dalam empat"
    " bulan.\n\n"
    "Maskapai itu menerbangkan 15,7 juta penumpang tahun lalu dan memperkirakan 17 juta tahun ini."
)
JETS_ID_FLUENT = (
    "Philippine Airlines memesan 12 pesawat Airbus A350 senilai sekitar Rp 57 triliun untuk memperluas"
    " rute jarak jauhnya ke Eropa dan Amerika Utara, Selasa (14/10/2026).\n\n"
    "Direktur utama Stanley Ng di Pasay City menjelaskan, empat unit pertama dijadwalkan datang pada"
    " 2028, sedangkan sisanya paling lambat 2031.\n\n"
    "Menurut Ng, armada baru itu memungkinkan maskapai terbang tanpa transit dari Manila ke New York"
    " maupun Paris. Perusahaan juga akan menambah 600 pilot dan pramugari.\n\n"
    "Kabar tersebut mendorong saham PAL Holdings melonjak 6,2 persen ke level 5,48 peso, lonjakan"
    " tertinggi dalam empat bulan terakhir.\n\n"
    "Tahun lalu maskapai ini mengangkut 15,7 juta penumpang, dan tahun ini menargetkan 17 juta."
)
_DAY = "2026-10-14"
#: Each credits the wire (extraction's ``attribution.agencies``: the dateline, a "Sumber:" line).
_WIRE = {"attribution": {"agencies": ["Wire"]}}
JETS = {
    "wire": article(
        "https://wire.example/pal", JETS_EN, "en", _DAY, 3, title="Philippine Airlines to buy 12 A350s", **_WIRE
    ),
    "literal": article(
        "https://kabarbisnis.example/pal",
        JETS_ID_LITERAL,
        "id",
        _DAY,
        5,
        title="Philippine Airlines beli 12 jet A350",
        **_WIRE,
    ),
    "fluent": article(
        "https://ekonomiterkini.example/pal", JETS_ID_FLUENT, "id", _DAY, 7, title="PAL pesan 12 Airbus A350", **_WIRE
    ),
}


def test_two_translations_of_one_story_agree_as_translations_not_as_text():
    wire, literal, fluent = (fingerprint(JETS[k]) for k in ("wire", "literal", "fluent"))
    assert compare(literal, wire).kind == "translation"
    found = compare(fluent, wire)
    assert found.kind == "translation" and found.score < JOIN_SCORE
    assert compare(fluent, literal) is None and compare(literal, fluent) is None
    assert as_translations(fluent, literal).kind == "translation"
    assert as_translations(literal, fluent).kind == "translation"


def test_a_local_report_and_a_translation_do_not_agree_as_translations():
    """The sports paper's own report of the final and the wire's machine translation: its own
    lead, the lost finals' years; and the wire's copy cut to two paragraphs, whose translation
    any report with the same lead would be."""
    own, mt, wire = fingerprint(FINAL_OWN), fingerprint(FINAL_MT), fingerprint(FINAL_WIRE)
    assert as_translations(own, mt) is None and as_translations(mt, own) is None
    assert compare(own, wire) is None
    assert compare(own, fingerprint(FINAL_CUT)).kind == "translation"


@pytest.mark.parametrize("order", list(itertools.permutations(JETS)), ids="-".join)
def test_a_fluent_translation_joins_its_story_beside_a_literal_one(tmp_path, order):
    """The literal translation, stored before the fluent one, calls it another story text to
    text; the two agree as two translations of one text, and the fluent one, crediting the
    wire as the others do, keeps its verdict on the original (0.87). Before, it began a story of
    its own in four orders of six (as it still does with no credit: see the rival reports below)."""
    stories = set(stories_of(tmp_path, JETS, order).values())
    assert len(stories) == 1


#: The same three pages crediting nothing: a mirror's page with no dateline, no credit line, no link.
JETS_UNCREDITED = {key: {k: v for k, v in doc.items() if k != "attribution"} for key, doc in JETS.items()}


@pytest.mark.parametrize("order", list(itertools.permutations(JETS_UNCREDITED)), ids="-".join)
def test_an_uncredited_fluent_translation_joins_when_the_two_read_as_one_text(tmp_path, order):
    """With no credit on any page, the fluent translation and the literal one read as two
    translations of one text beyond an own report's reach (0.91, ``ONE_TEXT_SCORE``),
    so the literal one's "another story" is set aside. Before, the fluent one began a story of
    its own whenever the literal one came before it (QF15: only a shared credit set it aside)."""
    fluent, literal = fingerprint(JETS_UNCREDITED["fluent"]), fingerprint(JETS_UNCREDITED["literal"])
    assert as_translations(fluent, literal).score >= ONE_TEXT_SCORE
    stories = set(stories_of(tmp_path, JETS_UNCREDITED, order).values())
    assert len(stories) == 1


#: The literal translation cut to its first three paragraphs (84 words against the fluent one's 107).
JETS_LITERAL_CUT = {
    **JETS_UNCREDITED,
    "literal": {
        **JETS_UNCREDITED["literal"],
        "body": "\n\n".join(JETS_UNCREDITED["literal"]["body"].split("\n\n")[:3]),
    },
}


@pytest.mark.parametrize("order", list(itertools.permutations(JETS_LITERAL_CUT)), ids="-".join)
def test_a_shorter_translation_reading_as_one_text_does_not_keep_the_fluent_one_out(tmp_path, order):
    """A cut of the literal translation, shorter than the fluent one, still reads with it as one
    text (0.88): its "another story" is set aside as the whole one's is. A cut that agrees only
    as far as a shared lead goes (a rival's own report under the same lead) stays below
    ``ONE_TEXT_SCORE`` and speaks (``test_a_translation_cut_to_its_lead_still_says_another_story``)."""
    fluent, cut = fingerprint(JETS_LITERAL_CUT["fluent"]), fingerprint(JETS_LITERAL_CUT["literal"])
    assert cut["words"] < 0.8 * fluent["words"]
    assert as_translations(fluent, cut).score >= ONE_TEXT_SCORE
    assert len(set(stories_of(tmp_path, JETS_LITERAL_CUT, order).values())) == 1


#: The fluent page under an outlet's own credit (a publisher of its own: its dateline, a
#: "Sumber:" line naming it), the others crediting nothing.
JETS_OWN_CREDIT = {
    **JETS_UNCREDITED,
    "fluent": {**JETS_UNCREDITED["fluent"], "attribution": {"publisher": "Ekonomi Terkini"}},
}


@pytest.mark.parametrize("order", [("wire", "literal", "fluent"), ("literal", "wire", "fluent")], ids="-".join)
def test_a_page_crediting_a_source_of_its_own_is_not_set_aside_for(tmp_path, order):
    """A page that credits a source no copy of the story credits tells its own story: however
    closely it reads with the literal translation, that one's "another story" stands."""
    story = stories_of(tmp_path, JETS_OWN_CREDIT, order)
    assert story["wire"] == story["literal"] != story["fluent"]


#: The wire's machine translation cut to its first two paragraphs, as the wire's cut is.
FINAL_MT_CUT = article(
    "https://skorvoli.example/voli",
    "\n\n".join(FINAL_MT["body"].split("\n\n")[:2]),
    "id",
    "2026-06-06",
    18,
    title="Vietnam juara Asia",
)


@pytest.mark.parametrize(
    "first", [(FINAL_CUT, FINAL_MT_CUT), (FINAL_MT_CUT, FINAL_CUT)], ids=["cut-mtcut", "mtcut-cut"]
)
def test_a_translation_cut_to_its_lead_still_says_another_story(tmp_path, first):
    """The paper's own report agrees with the machine translation cut to two paragraphs as a
    translation would (0.6): both leads give the score, the captain, the minutes and the crowd.
    The cut says nothing of the rest: its "another story", text to text, stands."""
    assert as_translations(fingerprint(FINAL_OWN), fingerprint(FINAL_MT_CUT)) is not None
    docs = {"first": first[0], "second": first[1], "own": FINAL_OWN}
    story = stories_of(tmp_path, docs, ("first", "second", "own"))
    assert story["first"] == story["second"] != story["own"]


def _typhoon() -> dict[str, dict]:
    from tests.test_dedupe_arrival import TYPHOON_ID, TYPHOON_RIVAL, TYPHOON_WIRE

    day = "2026-11-04"
    return {
        "id": article(
            "https://mirror-id.example/topan", TYPHOON_ID, "id", day, 6, title="Topan Kalmaegi hantam Filipina utara"
        ),
        "rival": article(
            "https://rival.example/kalmaegi",
            TYPHOON_RIVAL,
            "en",
            day,
            4,
            title="Super Typhoon Kalmaegi lands in Isabela",
        ),
        "wire": article(
            "https://wire.example/typhoon",
            TYPHOON_WIRE,
            "en",
            day,
            3,
            title="Typhoon Kalmaegi hits northern Philippines",
        ),
    }


@pytest.mark.parametrize(
    "order",
    [o for o in itertools.permutations(("id", "rival", "wire")) if o.index("wire") < o.index("rival")],
    ids="-".join,
)
def test_the_original_in_the_rivals_language_still_says_another_story(tmp_path, order):
    """A rival agency's report of the typhoon (km) reads as a translation of the wire's
    Indonesian translation (km, 0.49), and, renamed miles to km, it and the wire read as two
    translations of one text too. The wire is no translation of the Indonesian copy: it was
    published first. Its "another story" stands, and the rival stays apart."""
    docs = _typhoon()
    assert as_translations(fingerprint(docs["rival"]), fingerprint(docs["wire"])) is not None
    story = stories_of(tmp_path, docs, order)
    assert story["wire"] == story["id"] != story["rival"]


# Same-event rival reports (R36's probes, adapted): the wire's report, its Indonesian machine
# translation, and an Indonesian outlet's own report of the same press conference, its facts
# in the wire's order. The own report reads as a translation of the wire (0.6-0.7) and, with
# the machine translation, as two translations of one text; it credits no agency and names
# no original, so the machine translation's "another story", text to text, stands.
NICKEL_EN = (
    "JAKARTA, May 11 (AFP) - Indonesia will stop issuing new export quotas for nickel ore from January"
    " 2027, Energy Minister Bahlil Lahadalia said on Monday, in a move aimed at forcing more processing"
    " at home.\n\n"
    "Bahlil told reporters at his ministry that the 14 smelters now under construction in Sulawesi and"
    " Maluku would be required to buy ore only from local mines.\n\n"
    '"We will not send raw materials abroad any more. The value must stay in Indonesia," he said.\n\n'
    "Indonesia produced about 2.2 million tonnes of nickel last year, more than half of the world's"
    " supply.\n\n"
    "Chinese companies have invested more than $30 billion in Indonesian nickel processing since 2015."
)
NICKEL_ID_MT = (
    "JAKARTA, 11 Mei (AFP) - Indonesia akan berhenti menerbitkan kuota ekspor baru untuk bijih nikel"
    " mulai Januari 2027, kata Menteri Energi Bahlil Lahadalia pada hari Senin, dalam langkah yang"
    " bertujuan memaksa lebih banyak pengolahan di dalam negeri.\n\n"
    "Bahlil mengatakan kepada wartawan di kementeriannya bahwa 14 smelter yang sedang dibangun di"
    " Sulawesi dan Maluku akan diwajibkan membeli bijih hanya dari tambang lokal.\n\n"
    '"Kami tidak akan mengirim bahan mentah ke luar negeri lagi. Nilai tambah harus tetap di'
    ' Indonesia," katanya.\n\n'
    "Indonesia memproduksi sekitar 2,2 juta ton nikel tahun lalu, lebih dari separuh pasokan dunia.\n\n"
    "Perusahaan China telah berinvestasi lebih dari 30 miliar dolar AS dalam pengolahan nikel Indonesia"
    " sejak 2015."
)
NICKEL_ID_OWN = (
    "TEMPO.CO, Jakarta - Menteri Energi Bahlil Lahadalia mengumumkan pemerintah berhenti memberikan"
    " kuota ekspor bijih nikel yang baru mulai Januari 2027 supaya pengolahan dilakukan di dalam"
    " negeri.\n\n"
    "Ditemui wartawan di kantornya, Senin, 11 Mei 2026, Bahlil menyebut 14 smelter yang tengah dibangun"
    " di Sulawesi dan Maluku hanya boleh membeli bijih dari tambang lokal.\n\n"
    '"Bahan mentah tidak boleh lagi keluar. Nilai tambahnya harus tinggal di Indonesia," ucap Bahlil.\n\n'
    "Tahun lalu produksi nikel Indonesia sekitar 2,2 juta ton, lebih dari separuh pasokan dunia.\n\n"
    "Sejak 2015, investor asal China telah menanamkan lebih dari 30 miliar dolar AS di sektor"
    " pengolahan nikel."
)
QUAKE_EN = (
    "JAKARTA, Indonesia (AP) - A magnitude 6.1 earthquake shook central Sulawesi early Monday, damaging"
    " houses in Poso and sending residents running into the streets, Indonesia's geophysics agency said."
    " There was no threat of a tsunami.\n\n"
    "The quake struck at 4:12 a.m. at a depth of 10 kilometers, about 32 kilometers northeast of Poso,"
    " the Meteorology, Climatology and Geophysics Agency said.\n\n"
    "Agency head Dwikorita Karnawati said at least 14 aftershocks had been recorded, the strongest of"
    " magnitude 4.3.\n\n"
    '"Residents should stay away from damaged buildings and steep slopes," she told a news conference'
    " in Jakarta.\n\n"
    "Indonesia sits on the Pacific Ring of Fire and is frequently hit by earthquakes."
)
QUAKE_ID_MT = (
    "JAKARTA, Indonesia (AP) - Gempa bumi bermagnitudo 6,1 mengguncang Sulawesi Tengah pada Senin dini"
    " hari, merusak rumah-rumah di Poso dan membuat warga berhamburan ke jalan, kata badan geofisika"
    " Indonesia. Tidak ada ancaman tsunami.\n\n"
    "Gempa terjadi pukul 04.12 pada kedalaman 10 kilometer, sekitar 32 kilometer timur laut Poso, kata"
    " Badan Meteorologi, Klimatologi, dan Geofisika.\n\n"
    "Kepala badan Dwikorita Karnawati mengatakan sedikitnya 14 gempa susulan telah tercatat, yang"
    " terkuat bermagnitudo 4,3.\n\n"
    '"Warga harus menjauhi bangunan yang rusak dan lereng yang curam," katanya dalam konferensi pers di'
    " Jakarta.\n\n"
    "Indonesia terletak di Cincin Api Pasifik dan sering dilanda gempa bumi."
)
QUAKE_ID_OWN = (
    "Jakarta - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bermagnitudo 6,1"
    " mengguncang wilayah Poso, Sulawesi Tengah, Senin (11/5/2026) dini hari. Gempa tidak berpotensi"
    " tsunami.\n\n"
    "Gempa terjadi pukul 04.12 WITA dengan kedalaman 10 km, berpusat 32 km timur laut Poso.\n\n"
    "Kepala BMKG Dwikorita Karnawati menyebut hingga pukul 08.00 WITA tercatat 14 kali gempa susulan"
    " dengan kekuatan terbesar magnitudo 4,3.\n\n"
    '"Kami imbau masyarakat menghindari bangunan yang retak dan lereng yang terjal," kata Dwikorita'
    " dalam jumpa pers di Jakarta.\n\n"
    "Menurut BMKG, gempa dipicu aktivitas sesar Poso yang masih aktif."
)
_MAY = "2026-05-11"
RIVALS = {
    "nickel": {
        "wire": article(
            "https://afp.example/nickel",
            NICKEL_EN,
            "en",
            _MAY,
            2,
            title="Indonesia to end nickel ore export quotas from 2027",
        ),
        "mt": article(
            "https://tambang.example/nikel",
            NICKEL_ID_MT,
            "id",
            _MAY,
            4,
            title="Indonesia hentikan kuota ekspor bijih nikel mulai 2027",
        ),
        "own": article(
            "https://tempo.example/nikel",
            NICKEL_ID_OWN,
            "id",
            _MAY,
            6,
            title="Pemerintah setop kuota ekspor bijih nikel Januari 2027",
        ),
    },
    "quake": {
        "wire": article(
            "https://ap.example/quake",
            QUAKE_EN,
            "en",
            _MAY,
            2,
            title="Magnitude 6.1 quake shakes Sulawesi, no tsunami threat",
        ),
        "mt": article(
            "https://gempa.example/sulawesi", QUAKE_ID_MT, "id", _MAY, 4, title="Gempa magnitudo 6,1 guncang Sulawesi"
        ),
        "own": article(
            "https://detik.example/bmkg",
            QUAKE_ID_OWN,
            "id",
            _MAY,
            5,
            title="BMKG: gempa M 6,1 di Poso akibat sesar aktif",
        ),
    },
}


@pytest.mark.parametrize(
    "event,order",
    [
        pytest.param(e, o, id=f"{e}-{'-'.join(o)}")
        for e in RIVALS
        for o in itertools.permutations(("wire", "mt", "own"))
    ],
)
def test_an_outlets_own_report_stays_apart_from_the_wires_translation(tmp_path, event, order):
    """The own report matches the wire as a translation and agrees with the machine translation
    as two translations of one text; it shows no sign of translating the wire (no credit to its
    agency, no link), so the machine translation's "another story" keeps it out. With D15's
    set-aside (QF15) it joined the wire's story in every order. With the machine translation last
    the own report had joined already (or begun the story the wire joined): the machine
    translation, the stronger translation, joins and takes it out (D17, ``_release``)."""
    docs = RIVALS[event]
    own, mt, wire = (fingerprint(docs[k]) for k in ("own", "mt", "wire"))
    assert compare(own, wire) is not None and compare(own, wire).kind == "translation"
    assert compare(own, mt) is None
    # Tempo's report of the nickel ban reads with the machine translation as one text; Detik's of
    # the quake briefing no longer does: the wire closes on a paragraph of background the report
    # lacks (the Ring of Fire), the report on one of its own (QF23, ``_own_paragraph``).
    assert (as_translations(own, mt) is not None) == (event == "nickel")
    story = stories_of(tmp_path, docs, order)
    assert story["wire"] == story["mt"] != story["own"]


# QF23 (R40 finding 2): a drug bust announced at a police press conference. The wire's report,
# its literal machine translation published an hour later, and a local outlet's own report an
# hour after that, crediting nothing: the briefing's figures in its order and its quote word
# for word, so that with the machine translation it read as one text (0.854).
BUST_MT = (
    "SURABAYA, 12 Mei (Wire) - Polisi Indonesia menangkap 9 orang, termasuk seorang pegawai pajak, terkait"
    " penyelundupan 310 kilogram sabu senilai sekitar 460 miliar rupiah, kata seorang pejabat polisi pada Selasa.\n\n"
    "Para tersangka menyimpan narkoba itu di sebuah gudang ikan di Gresik dan memakai 14 perahu nelayan untuk"
    " membawanya dari Malaysia, kata Komisaris Besar Rendra Wicaksana dalam konferensi pers di Surabaya.\n\n"
    '"Jaringan ini memakai nelayan miskin sebagai kurir," katanya.\n\n'
    "Polisi menyita 6 truk, 2 speedboat dan uang tunai 4 miliar rupiah, kata Rendra.\n\n"
    "Presiden telah memerintahkan Badan Narkotika Nasional memperketat pengawasan di pelabuhan kecil, yang"
    " menurut pemerintah menjadi pintu masuk utama narkoba dari Selat Malaka."
)
BUST_OWN = (
    "SURABAYA, KABARJATIM - Polda Jawa Timur menangkap 9 orang yang diduga terlibat penyelundupan 310"
    " kilogram sabu senilai Rp 460 miliar, salah satunya pegawai pajak.\n\n"
    "Kombes Rendra Wicaksana menjelaskan, barang itu disimpan di gudang ikan di Gresik dan diangkut dengan"
    " 14 perahu nelayan dari Malaysia.\n\n"
    '"Jaringan ini memakai nelayan miskin sebagai kurir," ujar Rendra dalam konferensi pers, Selasa.\n\n'
    "Dari para tersangka, polisi menyita 6 truk, 2 speedboat, serta uang tunai Rp 4 miliar.\n\n"
    "Rendra menyebut penyidik masih memburu dua orang lain yang diduga sebagai pemodal."
)
BUST_EN = (
    "SURABAYA, May 12 (Wire) - Indonesian police have arrested 9 people, including a tax official, over the"
    " smuggling of 310 kilograms of methamphetamine worth about 460 billion rupiah, a police official said on Tuesday.\n\n"
    "The suspects kept the drugs in a fish warehouse in Gresik and used 14 fishing boats to bring them from"
    " Malaysia, Senior Commissioner Rendra Wicaksana told a news conference in Surabaya.\n\n"
    '"This network uses poor fishermen as couriers," he said.\n\n'
    "Police seized 6 trucks, 2 speedboats and 4 billion rupiah in cash, Rendra said.\n\n"
    "The president has ordered the National Narcotics Agency to tighten checks at small ports, which the"
    " government says are the main gateway for drugs from the Strait of Malacca."
)
_BUST_DAY = "2026-05-12"
BUST = {
    "wire": article("https://wire.example/bust", BUST_EN, "en", _BUST_DAY, 3, **_WIRE),
    "mt": article("https://beritaku.example/bust", BUST_MT, "id", _BUST_DAY, 4, **_WIRE),
    "own": article("https://kabarjatim.example/bust", BUST_OWN, "id", _BUST_DAY, 5),
}


@pytest.mark.parametrize("order", list(itertools.permutations(BUST)), ids="-".join)
def test_an_own_report_with_a_paragraph_of_its_own_is_not_one_text_with_the_translation(tmp_path, order):
    """Each closes on a paragraph whose names the other lacks (the wire on the narcotics agency
    and the Strait of Malacca, the report on the suspects still sought): two translations of
    one text say the same things paragraph by paragraph. Before, the own report joined the
    wire's story in every order."""
    own, mt, wire = (fingerprint(BUST[k]) for k in ("own", "mt", "wire"))
    assert compare(own, wire).kind == "translation" and compare(own, mt) is None
    assert as_translations(own, mt) is None and as_translations(mt, own) is None
    story = stories_of(tmp_path, BUST, order)
    assert story["wire"] == story["mt"] != story["own"]


def test_a_translation_cut_above_the_others_own_paragraph_still_reads_as_one_text():
    """The paragraph of its own counts only where the other goes on: a translation cut to its
    first paragraphs lacks the rest of the text, not a paragraph of its own."""
    wire, literal, fluent = (fingerprint(JETS[k]) for k in ("wire", "literal", "fluent"))
    cut = fingerprint(dict(JETS["fluent"], body="\n\n".join(JETS_ID_FLUENT.split("\n\n")[:3])))
    assert as_translations(literal, fluent).kind == "translation"
    assert as_translations(cut, literal) is not None and as_translations(literal, cut) is not None
