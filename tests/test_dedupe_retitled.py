"""Retitled translations, institutions' names, names turned round, quotes moved up (review set 16).

Fixtures written for these tests (invented events, names and sites): a festival-quota story in
English, a mirror's Indonesian machine translation of it under a headline of its own and an
Indonesian outlet's own report of the same announcement; an export-levy notice, its Indonesian
translation naming the department word for word and the same notice for another state; a
shipbuilding order with a Japanese name family name first, an Indonesian brief giving it the
other way round and another outlet's own report; a Malay story and a portal's copy with its quote
moved to the top.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, evidence, fingerprint
from tests.dedupe_corpus import article

QUOTA_EN = (
    "TARSAN CITY, May 6 (Wire) - Veloria will allow 12,000 more pilgrims from Tarsan to attend the"
    " Kalimar festival next year, raising the island nation's quota to 186,000, Tarsan's culture"
    " ministry said on Wednesday.\n\n"
    "The increase was agreed in Orlin by Culture Minister Dario Pennek and Velorian festival chief"
    " Amsel Quarro, the ministry said in a statement.\n\n"
    "Waiting lists for the festival stretch up to 25 years in some provinces, and lawmakers have"
    " long pressed for a larger quota.\n\n"
    "Tarsan will spend about 900 billion dinar on extra tents and 840 additional medics, the"
    " statement said.\n\n"
    '"Every extra place matters to families who have waited for years," Pennek said.'
)
#: The mirror's machine translation under a caption, an insert and a headline of its own, which
#: gives the new quota where the wire headlines the increase.
QUOTA_ID = (
    "Foto: Peziarah Tarsan tiba di Orlin. (Wire)\n\n"
    "TARSAN CITY (Wire) - Veloria akan mengizinkan 12.000 peziarah Tarsan lagi untuk menghadiri festival"
    " Kalimar tahun depan, menaikkan kuota negara kepulauan itu menjadi 186.000, kata kementerian"
    " kebudayaan Tarsan pada hari Rabu.\n\n"
    "Baca juga: Harga Tiket Kapal ke Orlin Naik Jelang Festival\n\n"
    "Kenaikan itu disepakati di Orlin oleh Menteri Kebudayaan Dario Pennek dan kepala festival Veloria"
    " Amsel Kuarro, kata kementerian dalam sebuah pernyataan.\n\n"
    "Tarsan akan menghabiskan sekitar 900 miliar dinar untuk tenda tambahan dan 840 petugas medis"
    " tambahan, kata pernyataan itu."
)
#: An Indonesian outlet's own report: the same quota headlined, the increase in a paragraph of its own.
QUOTA_RIVAL_ID = (
    "Pemerintah Tarsan memastikan kuota peziarah ke festival Kalimar tahun depan menjadi 186.000 orang"
    " setelah Menteri Kebudayaan Dario Pennek bertemu pihak Veloria di Orlin, Rabu.\n\n"
    "Tambahan 12.000 kursi itu akan diprioritaskan bagi peziarah lanjut usia dan penyandang disabilitas,"
    " kata juru bicara kementerian Lina Marosa.\n\n"
    "Antrean keberangkatan di sejumlah provinsi Tarsan mencapai 25 tahun."
)


def _quota_en():
    return fingerprint(
        article(
            "https://wire.example/quota",
            QUOTA_EN,
            "en",
            "2026-05-06",
            6,
            title="Veloria raises Tarsan's festival quota by 12,000 pilgrims",
        )
    )


def test_a_retitled_translation_headlining_another_figure_of_the_body_is_the_story():
    """Each headline gives a figure the other states in its body ("12,000" / "186.000"): the
    veto took the mirror's translation (0.566) for another report. Both figures are stated in
    the lead the two share, paragraph for paragraph: the mirror's headline took its figure from
    the story's body."""
    en = _quota_en()
    id_ = fingerprint(
        article(
            "https://mirror-id.example/kuota",
            QUOTA_ID,
            "id",
            "2026-05-06",
            9,
            title="Veloria Tambah Kuota Peziarah Tarsan Jadi 186.000",
        )
    )
    assert evidence.headlines_differ(id_, en)
    found = compare(id_, en)
    assert found is not None and found.kind == "translation"
    assert compare(en, id_) is not None


def test_an_own_report_headlining_the_other_figure_stays_apart():
    """The outlet's own report shares the quota, the increase, the minister and the place
    (0.53 on anchors, past the bar) but gives the increase in a paragraph of its own: the
    headline veto keeps it apart."""
    en = _quota_en()
    rival = fingerprint(
        article(
            "https://kabar-id.example/kuota",
            QUOTA_RIVAL_ID,
            "id",
            "2026-05-06",
            10,
            title="Kuota Peziarah Tarsan ke Festival Kalimar Jadi 186.000",
        )
    )
    assert evidence.headlines_differ(rival, en)
    assert compare(rival, en) is None
    assert compare(en, rival) is None


LEVY_EN = (
    "MUSCAT, Nov 16 (Wire) -- Oman will keep its export levy on raw cane sugar (RCS) at 7.5 per cent"
    " for December, according to a notice on the Royal Omani Excise Department's website.\n\n"
    "The reference price for the month was set at 2,615.40 florins per tonne, up from 2,580.10 florins"
    " for November, the notice showed.\n\n"
    "The levy has been unchanged at 7.5 per cent since August, when the reference price first rose"
    " above 2,500 florins."
)
#: Its machine translation, cut to two paragraphs: "Departemen Cukai Kerajaan Oman" for the
#: department's name, each word of it rendered.
LEVY_ID = (
    "MUSCAT (Wire) - Oman akan mempertahankan pungutan ekspor gula tebu mentah (RCS) sebesar 7,5 persen"
    " untuk Desember, menurut pemberitahuan di situs web Departemen Cukai Kerajaan Oman.\n\n"
    "Harga referensi bulan itu ditetapkan sebesar 2.615,40 florin per ton, naik dari 2.580,10 florin"
    " untuk November, menurut pemberitahuan tersebut."
)
#: The same notice for another state, with a minister and a town of its own.
LEVY_OTHER_EN = (
    "MANAMA, Nov 16 (Wire) -- The government of Bahrain will keep its export levy on raw cane sugar"
    " (RCS) at 7.5 per cent for December, according to a notice on the Royal Bahraini Excise"
    " Department's website.\n\n"
    "The reference price for the month was set at 2,615.40 florins per tonne, up from 2,580.10 florins"
    " for November, the notice showed, and Trade Minister Olan Brisk said mills in Dunmere would be"
    " consulted."
)


def _levy_id():
    return fingerprint(
        article(
            "https://mirror-id.example/pungutan",
            LEVY_ID,
            "id",
            "2026-11-16",
            9,
            title="Oman Tahan Pungutan Ekspor RCS Desember di 7,5%",
        )
    )


def test_an_institutions_name_translated_word_for_word_names_no_one_of_its_own():
    """ "Royal Omani Excise Department" / "Departemen Cukai Kerajaan Oman": each side's four
    names of its own were read as places and people the other lacks (``other_names``: a
    template filled in for another place), though the translation keeps every figure."""
    en = fingerprint(
        article(
            "https://wire.example/levy",
            LEVY_EN,
            "en",
            "2026-11-16",
            6,
            title="Oman keeps RCS export levy at 7.5 pct for December",
        )
    )
    id_ = _levy_id()
    assert not evidence.other_names(id_, en)
    found = compare(id_, en)
    assert found is not None and found.kind == "translation"


def test_another_states_institution_is_no_rendering():
    """The same notice for another state names its own country in its department's name (and a
    minister and a town): no word of one institution's name rendered, the veto holds."""
    other = fingerprint(
        article(
            "https://wire.example/levy-bh",
            LEVY_OTHER_EN,
            "en",
            "2026-11-16",
            6,
            title="Bahrain keeps RCS export levy at 7.5 pct",
        )
    )
    id_ = _levy_id()
    assert evidence.other_names(id_, other)
    assert compare(id_, other) is None


FERRY_EN = (
    "OSAKA, June 4 (Wire) -- A Japanese shipbuilder has won a 36 billion yen order to build 12 ferries"
    " for Velora's island routes, sources said Thursday.\n\n"
    "The group led by Minato Marine Works will deliver the vessels between 2028 and 2030, with part of"
    " the fitting-out done in Port Amsel, company president Sakura Hideo said.\n\n"
    "The routes, financed by a Japanese loan, will link Kestra Bay with the Orlin islands.\n\n"
    "Japanese Ambassador to Velora Ishida Mariko said the deal would deepen ties in sea transport."
)
#: A portal's Indonesian brief of it: the lead and the president's sentence, the yard's name moved
#: into the lead, the president's name given name first.
FERRY_ID = (
    "Galangan kapal Jepang Minato Marine Works memenangi pesanan 12 kapal feri senilai 36 miliar yen"
    " untuk rute kepulauan Velora, Kamis (4/6).\n\n"
    "Kapal akan dikirim pada 2028-2030 dan sebagian diselesaikan di Port Amsel, kata Presiden Minato"
    " Hideo Sakura."
)
#: Another outlet's own report: the ambassador on top, the contract's figures last.
FERRY_RIVAL_ID = (
    "Duta Besar Jepang untuk Velora Mariko Ishida menyambut kontrak galangan Minato Marine Works di Port"
    " Amsel, Kamis (4/6), yang menurutnya mempererat kerja sama transportasi laut.\n\n"
    "Presiden Minato Hideo Sakura mengatakan 12 kapal feri senilai 36 miliar yen itu dikirim pada 2028-2030."
)


def _ferry_en():
    return fingerprint(
        article(
            "https://wire.example/ferry",
            FERRY_EN,
            "en",
            "2026-06-04",
            2,
            title="Japanese yard wins 36 bil. yen order for Velora ferries",
        )
    )


def test_a_name_given_family_name_last_keeps_the_order():
    """ "Sakura Hideo" / "Hideo Sakura": the brief's mentions kept the wire's order at 0.571 with
    the name turned round (below ``TRANSLATION_ORDER``), 0.69 as a match with it the wire's way."""
    brief = fingerprint(
        article(
            "https://portal-id.example/feri",
            FERRY_ID,
            "id",
            "2026-06-04",
            12,
            title="Galangan Jepang Menangi Tender Feri Velora",
        )
    )
    found = compare(brief, _ferry_en())
    assert found is not None and found.kind == "translation"


def test_turning_names_round_leaves_an_own_order_apart():
    """The rival report shares the names and figures (0.51 on anchors) in its own order; with
    its names turned the wire's way it still mentions them out of the wire's order."""
    rival = fingerprint(
        article(
            "https://kabar-id.example/feri",
            FERRY_RIVAL_ID,
            "id",
            "2026-06-04",
            13,
            title="Dubes Jepang Sambut Kontrak Feri Velora",
        )
    )
    en = _ferry_en()
    assert evidence.anchor_score(rival, en) >= evidence.TRANSLATION_SCORE
    assert compare(rival, en) is None
    assert compare(en, rival) is None


#: A Malay wire story (invented) and a portal's copy with the quote moved to the top, the dateline
#: moving down with the lead, and the last paragraph left out.
FISHERS_PARAS = [
    "SALTHAVEN, 12 Mac -- Velora dan Kestria hari ini menandatangani perjanjian baharu mengenai"
    " perlindungan nelayan Kestria di perairan Velora, yang menetapkan insurans minimum RM2,400 setahun"
    " bagi setiap nelayan.",
    "Menteri Perikanan Velora Daren Holt Mak Wei berkata perjanjian itu turut mewajibkan pemilik bot"
    " membayar upah melalui akaun bank dan memberikan dua hari rehat sebulan.",
    '"Tiada lagi dokumen yang ditahan pemilik bot, dan tiada lagi upah yang ditangguhkan sehingga musim'
    ' berakhir. Itu pendirian kami sejak awal rundingan," katanya pada majlis menandatangani perjanjian'
    " bersama Menteri Kelautan Kestria Oren Sallow Pike di sini.",
    "Oren berkata kira-kira 14,000 nelayan Kestria kini bekerja di Velora, dan sistem pendaftaran dalam"
    " talian akan digunakan sepenuhnya mulai Jun 2027.",
]


def _fishers(url, paras, hour):
    return fingerprint(
        article(url, "\n\n".join(paras), "ms", "2026-03-12", hour, title="Perjanjian baharu nelayan Kestria")
    )


def test_a_near_copy_with_the_quote_moved_up_is_the_story():
    """Its words are the story's (near, 0.934) but out of order (the long quote on top), and it
    leaves out the last paragraph (``same_paragraphs`` wants all): each of its paragraphs names
    what one of the story's does, the lead adding the date of its dateline."""
    story = _fishers("https://wire-ms.example/nelayan", FISHERS_PARAS, 6)
    p = FISHERS_PARAS
    moved = _fishers("https://portal-ms.example/nelayan", [p[2], p[0], p[1]], 9)
    found = compare(moved, story)
    assert found is not None and found.kind == "near"
    assert compare(story, moved) is not None


def test_a_moved_copy_with_a_sentence_of_its_own_stays_apart():
    """The same arrangement with the minister's paragraph telling whom he spoke to (a reporter
    and her paper, of its own): no paragraph of the story names that."""
    story = _fishers("https://wire-ms.example/nelayan", FISHERS_PARAS, 6)
    p = FISHERS_PARAS
    own = p[1].replace(
        "Daren Holt Mak Wei berkata",
        "Daren Holt Mak Wei berkata kepada wartawan Harian Selat Lina Corr di Saltharbour bahawa",
    )
    report = _fishers("https://portal-ms.example/nelayan2", [p[2], p[0], own], 9)
    assert not evidence.keeps_paragraphs_moved(report, story)
    assert compare(report, story) is None


def test_a_rival_report_stating_the_other_headline_figure_in_a_line_of_its_own_stays_apart():
    """A short Indonesian report of the fever story headlines the case count; the English one
    the beds, which the rival states in a health chief's line of its own, not in its lead with
    the count (0.89 on anchors). Its headline figures are apart in its body and the two do not
    agree paragraph for paragraph: not a retitled translation."""
    from tests.dedupe_corpus import FEVER_BEDS_EN, FEVER_BEDS_TITLE, FEVER_CASES_TITLE_ID

    rival_body = (
        "Kasus demam di Port Selwyn naik menjadi 51.452 saat musim hujan dimulai.\n\n"
        "Rumah sakit di Port Selwyn menambah 164 tempat tidur, kata Arjun Tello.\n\n"
        "Sekolah diminta memeriksa halaman mereka setiap pekan.\n\n"
        "Marta Quispe mengatakan angka itu menunjukkan betapa cepat keadaan dapat berubah di Port Selwyn."
    )
    beds = fingerprint(
        article("https://wire.example/fever", FEVER_BEDS_EN, "en", "2026-06-06", 8, title=FEVER_BEDS_TITLE)
    )
    rival = fingerprint(
        article("https://kabar.example/demam", rival_body, "id", "2026-06-06", 10, title=FEVER_CASES_TITLE_ID)
    )
    assert evidence.headlines_differ(beds, rival)
    assert not evidence.retitled_from_body(beds, rival, beds, rival)
    assert compare(beds, rival) is None and compare(rival, beds) is None


#: An English dam-burst story headlining the homes flooded; its lead also gives the surge's height.
DAM_EN = (
    "A 6.5-metre surge of water swept through villages below the Brennik dam on Friday, flooding 418"
    " homes and forcing families onto their roofs, officials said.\n\n"
    '"We heard a roar and then the water was at the door," said farmer Odile Varga.\n\n'
    "Governor Tomas Ferrell said the province would publish an inquiry within 6 weeks. Engineer Ilse"
    " Marrow said cracks had been reported in the spillway last year.\n\n"
    "Television pictures showed boats ferrying residents out of Brennik.\n\n"
    "The reservoir held about 9 million cubic metres before the breach, the water authority said.\n\n"
    '"Nothing like this has happened here in living memory," one teacher said.\n\n'
    "At least 37 people were treated in hospital for injuries."
)
#: The English story's lead and quote in Indonesian, which other reports take up.
DAM_LEAD_ID = (
    "Gelombang air setinggi 6,5 meter menyapu desa-desa di bawah bendungan Brennik pada hari Jumat,"
    " merendam 418 rumah dan memaksa warga naik ke atap, kata pejabat."
)
DAM_QUOTE_ID = '"Kami mendengar gemuruh lalu air sudah di depan pintu," kata petani Odile Varga.'
#: An Indonesian outlet's own report of the burst: the governor's visit and the opposition's call.
DAM_OWN_ID = [
    "Tomas Ferrell, gubernur provinsi itu, mengatakan 6 warga masih dicari tim penyelamat.",
    "Tomas Ferrell dijadwalkan meninjau Brennik dalam beberapa hari ke depan.",
    '"Warga berhak tahu apa yang terjadi, dan mereka berhak tahu hari ini," kata Tomas Ferrell kepada'
    " wartawan di Brennik.",
    "Anggota dewan oposisi menuntut audit atas perawatan bendungan. Otoritas air mengatakan akan"
    " melapor kembali dalam 6 hari.",
]


def test_a_rival_on_the_stories_lead_headlining_its_other_figure_stays_apart():
    """An Indonesian report headlining the surge's height, which the English story gives in its
    lead with the homes it headlines: the report's own body under the story's lead (0.75 on
    anchors, 0.25 of the paragraphs agreeing), and a follow-up a day later recalling the story's
    lead and quote under two lines of its own (0.5). Both headline figures come from the one lead
    the two share; the bodies go on in lines of their own: not a retitled translation."""
    en = fingerprint(
        article(
            "https://wire.example/dam",
            DAM_EN,
            "en",
            "2026-04-10",
            6,
            title="418 homes flooded as Brennik dam gives way",
        )
    )
    title = "Gelombang 6,5 meter terjang desa di bawah bendungan Brennik"
    rival = fingerprint(
        article(
            "https://kabar.example/bendungan",
            "\n\n".join([DAM_LEAD_ID, *DAM_OWN_ID[1:]]),
            "id",
            "2026-04-10",
            9,
            title=title,
        )
    )
    followup = fingerprint(
        article(
            "https://kabar.example/bendungan-2",
            "\n\n".join([*DAM_OWN_ID[:2], DAM_LEAD_ID, DAM_QUOTE_ID, *DAM_OWN_ID[2:]]),
            "id",
            "2026-04-11",
            9,
            title=title,
        )
    )
    for other in (rival, followup):
        assert evidence.headlines_differ(other, en)
        assert not evidence.retitled_from_body(other, en, other, en)
        assert compare(other, en) is None and compare(en, other) is None


def test_two_reports_in_one_language_headlining_different_figures_are_not_retitled():
    """Two English quake reports, one headlining the magnitude, the other the toll and the homes,
    each figure in both leads: a retitled copy in one language would share its text."""
    wire_body = (
        "Lomar, Mar 4 (Wire) - A magnitude 6.4 earthquake struck off the island of Pelta on"
        " Tuesday, killing 17 people and damaging 310 homes, the disaster agency said.\n\n"
        "The quake hit at a depth of 12 km about 35 km south of Lomar, residents said.\n\n"
        "Many of the dead were in the village of Ostra, agency spokesman Ivo Pardel said."
    )
    own_body = (
        "A magnitude 6.4 earthquake shook Pelta on Tuesday morning, killing 17 people and damaging"
        " 310 homes, according to the disaster agency.\n\n"
        "It was centred 35 km south of Lomar at a depth of 12 km.\n\n"
        "Most victims were in Ostra, spokesman Ivo Pardel said. Schools will stay closed."
    )
    wire = fingerprint(
        article(
            "https://wire.example/quake",
            wire_body,
            "en",
            "2026-03-04",
            3,
            title="Magnitude 6.4 quake strikes off Pelta",
        )
    )
    own = fingerprint(
        article(
            "https://kabar.example/quake",
            own_body,
            "en",
            "2026-03-04",
            5,
            title="Pelta quake kills 17, damages 310 homes",
        )
    )
    assert evidence.headlines_differ(wire, own)
    assert not evidence.retitled_from_body(wire, own, wire, own)


def test_a_persons_name_after_an_institution_is_no_word_of_it():
    """ "Trade Ministry official Hendro Kusumo" / "pejabat Kementerian Perdagangan Sari Anggraini":
    two reports of one seizure quoting two officials, each with a port of its own. The names
    after the head word and the town after them were read as the ministry's name rendered (3),
    which lifted the veto; only the run of names holding the head word counts, up to a title or
    a name said alone elsewhere ("kata Lina"): "Trade" / "Perdagangan", no name of one
    institution in both, none rendered."""
    wire_body = (
        "Veloria seized 520 tonnes of palm sugar bound for Kestra Bay in a raid on a warehouse on"
        " Wednesday, said Trade Ministry official Oren Talvik in Marsa.\n\n"
        "Nine people were detained, among them a customs clerk, Talvik said. Exports of the sugar have"
        " been banned since June to keep prices down.\n\n"
        "Prices of the sugar have risen 11% since May, according to the statistics office."
    )
    own_body = (
        "Sebanyak 520 ton gula aren yang akan diselundupkan ke Teluk Amsel disita dari sebuah gudang"
        " pada Rabu, kata pejabat Kementerian Perdagangan Lina Marosa di Marsa.\n\n"
        "Sembilan orang ditahan, termasuk seorang petugas bea cukai, kata Lina. Ekspor gula itu"
        " dilarang sejak Juni untuk menahan harga.\n\n"
        "Harga gula itu naik 11% sejak Mei, menurut kantor statistik."
    )
    wire = fingerprint(article("https://wire.example/sugar-raid", wire_body, "en", "2026-09-09", 6))
    own = fingerprint(article("https://kabar.example/gula-disita", own_body, "id", "2026-09-09", 8))
    assert evidence._institution_words_rendered(wire, own) == 0
    assert evidence.other_names(wire, own)
    assert compare(wire, own) is None and compare(own, wire) is None


def test_a_lightly_edited_copy_in_one_language_retitled_with_another_figure_is_the_story():
    """A short Malay wire story and a portal's copy of it, a few words changed, headlining the
    relief centres where the wire headlines the evacuees: one text (0.91 as a rewrite), thin
    (two paragraphs), so the headline veto asks whether the headline figure comes from the body.
    One language does not refuse it at that score; the rival quake reports (0.775) stay apart."""
    body = (
        "TALMA BAY, 14 Jan (Bernama) -- Seramai 12,400 mangsa banjir di Kestra dipindahkan ke 45 pusat"
        " pemindahan sementara setakat petang ini, kata Jawatankuasa Pengurusan Bencana negeri.\n\n"
        "Setiausahanya Rosna Idrin berkata tiga orang maut sejak Isnin dan hujan dijangka berterusan"
        " hingga hujung minggu."
    )
    copy = (
        "TALMA BAY: Seramai 12,400 mangsa banjir di Kestra telah dipindahkan ke 45 pusat pemindahan"
        " sementara setakat petang tadi, menurut Jawatankuasa Pengurusan Bencana negeri.\n\n"
        "Setiausaha jawatankuasa itu, Rosna Idrin berkata tiga orang maut sejak Isnin lalu manakala hujan"
        " dijangka berterusan sehingga hujung minggu ini."
    )
    wire = fingerprint(
        article(
            "https://wire-ms.example/banjir-kestra",
            body,
            "ms",
            "2027-01-14",
            6,
            title="Banjir Kestra: 12,400 mangsa dipindahkan",
        )
    )
    mirror = fingerprint(
        article(
            "https://cermin.example/banjir-kestra-45-pps",
            copy,
            "ms",
            "2027-01-14",
            9,
            title="45 pusat pemindahan dibuka di Kestra",
        )
    )
    assert evidence.headlines_differ(wire, mirror)
    for x, y in ((wire, mirror), (mirror, wire)):
        found = compare(x, y)
        assert found is not None and found.score >= evidence.HEADLINE_VETO_BELOW
