"""Rival reports of one event read as copies: a rival agency's own report as a spun rewrite, an
outlet's own report in another language as a translation cut short, a daily template's bulletin
for another city as a copy cut to its first paragraph (review R38, set 8: AP's N433 against AFP's
S401-4, Bloomberg's N430 against ANTARA's N432, BMKG's Bandung warning N460 against a cut of the
Jakarta one, S410-2).

Fixtures written for these tests: a wire report of a ferry fire, a spun copy of it and a rival
agency's own report; an English wire report of a train order, a machine translation of its first
three paragraphs and a business paper's own Indonesian report; a heat warning written from one
template for two cities and a one-paragraph cut of one.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article


def _fp(url: str, body: str, language: str, day: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, language, day, hour, title=title))


FERRY_WIRE = (
    "ILOILO, Philippines (Wire) - A fire swept through a passenger ferry off the central Philippine island of"
    " Panay on Sunday, killing at least nine people and leaving 14 missing, the coast guard said.\n\n"
    "Flames broke out in the engine room of the MV Lady Mercedes shortly after midnight while about 60"
    " passengers were asleep on the upper deck, said Armando Balilo, a spokesman for the Iloilo coast guard.\n\n"
    '"The sea was calm but the smoke spread very fast through the cabins," he told the Wire by phone.\n\n'
    "Fishing boats pulled survivors from the water, some with burns, and took them to a hospital in the"
    " port town, he added.\n\n"
    "Ferry accidents are frequent in the archipelago, where old vessels are often overloaded and safety"
    " rules are poorly enforced."
)
#: The wire's report spun: synonyms, clauses turned about, the quote as reported speech.
FERRY_SPUN = (
    "Nine people died and 14 others remain unaccounted for after fire engulfed a passenger ferry near"
    " Panay in the central Philippines on Sunday, according to the coast guard.\n\n"
    "Shortly after midnight, a blaze started in the engine room of the MV Lady Mercedes as some 60"
    " travellers slept on its top deck, Iloilo coast guard spokesman Armando Balilo said.\n\n"
    "Balilo told the Wire by telephone that the water had been calm, but that smoke raced quickly"
    " through the cabins.\n\n"
    "Survivors, several of them burned, were rescued from the sea by fishermen and brought to a hospital"
    " in the harbour town, he said.\n\n"
    "Deadly ferry mishaps happen often across the island nation, where ageing boats routinely carry too"
    " many people and regulations go unenforced."
)
#: Another agency's own report: the same figures, ship, spokesman and places, paragraph for
#: paragraph, in its own words.
FERRY_RIVAL = (
    "ILOILO, Philippines (Press) - Nine people died when a blaze gutted an inter-island boat near Panay"
    " in the Philippines early Sunday, and 14 remained lost at sea, authorities reported.\n\n"
    "The MV Lady Mercedes had roughly 60 people aboard when its motor caught fire, said Armando Balilo,"
    " who speaks for maritime authorities in Iloilo.\n\n"
    "Television footage showed relatives waiting at the pier as rescue boats returned with people"
    " wrapped in blankets.\n\n"
    "Maritime disasters are common in the Philippines."
)


def test_a_rival_agencys_own_report_is_no_spun_copy():
    """The rival names the spun copy's figures, ship and spokesman in the same paragraphs (an
    anchor score of 0.85, every paragraph agreeing), so it passed as a spun copy, which fails the
    word order. A spinner keeps the words it does not swap; the rival words the event its own
    way around the same names: it keeps 0.24 of the spun copy's wording (the mean of its content
    words found anywhere and in order), the spun copy 0.42 of the wire's."""
    wire = _fp("https://wire.example/ferry", FERRY_WIRE, "en", "2026-03-01", 6, "Ferry fire off Panay kills nine")
    spun = _fp("https://spin.example/ferry", FERRY_SPUN, "en", "2026-03-01", 14, "Nine dead in Philippine ferry blaze")
    rival = _fp(
        "https://press.example/ferry", FERRY_RIVAL, "en", "2026-03-01", 5, "Philippine ferry fire kills 9, 14 missing"
    )
    assert compare(rival, spun) is None
    assert compare(spun, rival) is None
    assert compare(rival, wire) is None
    found = compare(spun, wire)
    assert found is not None and found.kind == "rewrite"


TRAINS_EN = (
    "PT Kereta Nusantara agreed to buy 40 electric trains from Alstom for about $900 million, its largest"
    " rolling-stock order since the operator listed its shares in 2019.\n\n"
    '"These trains will carry commuters for the next thirty years," President Director Rudy Hartono told'
    " reporters in Bandung on Monday. Deliveries will run from 2027 to 2029, he said.\n\n"
    "The purchase will be financed with export credit from France, Finance Director Sinta Maharani said."
    " The company's shares climbed as much as 6.2% in Jakarta after the announcement.\n\n"
    "The operator carried 310 million passengers last year. Alstom declined to comment."
)
#: A business paper's own report: the same order, chief, years and finance director, without the
#: price, the share move or the passengers; routes of its own.
TRAINS_ID_OWN = (
    "Bandung (Kabar) - PT Kereta Nusantara Tbk memesan 40 rangkaian kereta listrik dari Alstom untuk"
    " melayani jalur komuter di Jawa Barat, kata Direktur Utama Rudy Hartono di Bandung, Senin.\n\n"
    "Menurut Rudy, kereta tersebut akan dikirim bertahap pada 2027 hingga 2029 dan dipakai di lintas"
    " Bogor dan Cikarang.\n\n"
    "Direktur Keuangan Sinta Maharani mengatakan pembelian itu dibiayai kredit ekspor dari Prancis."
)
#: The wire's first three paragraphs machine-translated.
TRAINS_ID_CUT = (
    "PT Kereta Nusantara sepakat membeli 40 kereta listrik dari Alstom senilai sekitar 900 juta dolar AS,"
    " pesanan sarana terbesarnya sejak perusahaan itu mencatatkan sahamnya pada 2019.\n\n"
    '"Kereta ini akan mengangkut komuter selama tiga puluh tahun ke depan," kata Direktur Utama Rudy'
    " Hartono kepada wartawan di Bandung pada Senin. Pengiriman akan berlangsung dari 2027 hingga 2029,"
    " katanya.\n\n"
    "Pembelian itu akan dibiayai dengan kredit ekspor dari Prancis, kata Direktur Keuangan Sinta Maharani."
    " Saham perusahaan naik hingga 6,2% di Jakarta setelah pengumuman itu."
)


def test_an_own_report_in_another_language_is_no_translation_cut_mid_paragraph():
    """The paper's report read as a translation of the wire's first part, cut after the finance
    director's name (0.486, bar 0.45): the price in the wire's lead was forgiven as an update's
    figure on top, and the share move after the name, in the same paragraph, was left out with
    the part cut. A copy cut short keeps whole paragraphs, figures and all: with a figure of the
    wire's own after that name in that paragraph (unless it is the last one naming anything: a
    sentence dropped at the end), nothing is forgiven. The translation of the first three
    paragraphs keeps them whole and still matches."""
    wire = _fp(
        "https://wire.example/trains", TRAINS_EN, "en", "2026-02-02", 4, "Kereta Nusantara orders 40 Alstom trains"
    )
    own = _fp(
        "https://kabar.example/kereta", TRAINS_ID_OWN, "id", "2026-02-02", 6, "Kereta Nusantara pesan 40 kereta Alstom"
    )
    cut = _fp(
        "https://terjemah.example/kereta",
        TRAINS_ID_CUT,
        "id",
        "2026-02-02",
        7,
        "Kereta Nusantara pesan 40 kereta Alstom",
    )
    assert compare(own, wire) is None
    assert compare(wire, own) is None
    found = compare(cut, wire)
    assert found is not None and found.kind == "translation"


def _heat_warning(city: str, areas: str, low: int, high: int, officer: str, advice: str) -> str:
    """A weather office's heat warning, one template filled in for each city."""
    return (
        f"{city} (Kabar) - Stasiun Klimatologi Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) meminta"
        f" penduduk {city} bersiap menghadapi gelombang panas dan udara kering pada Kamis siang hingga sore.\n\n"
        f"Menurut peringatan yang diterbitkan BMKG pada Kamis dini hari, suhu tertinggi diperkirakan terjadi di"
        f" {areas} antara pukul 11.00 dan 15.00 WIB.\n\n"
        f"Suhu udara diprakirakan mencapai {low} sampai {high} derajat Celsius dengan indeks ultraviolet sangat"
        " tinggi.\n\n"
        f"Petugas prakiraan BMKG {officer} menyarankan warga {advice}."
    )


def test_a_template_bulletin_for_another_city_is_no_copy_of_a_cut():
    """A mirror's copy of the Surabaya warning cut to its first paragraph is almost contained in
    the Malang warning of the same morning (near 0.9): the same words, weekday and agency names,
    the city alone told otherwise. Two paragraphs of one template, each naming a place its
    article names and the other article nowhere, are the template filled in for two places
    (``is_template_pair``): a copy keeps its paragraphs' names. The cut still joins Surabaya's."""
    surabaya = _heat_warning(
        "Surabaya",
        "Surabaya Utara dan Surabaya Barat",
        31,
        37,
        "Hendra Wijaya",
        "memperbanyak minum air putih dan mengurangi kegiatan di luar ruangan",
    )
    malang = _heat_warning(
        "Malang",
        "Kabupaten Malang dan Kota Batu",
        27,
        33,
        "Ratna Puspita",
        "petani di lereng gunung mewaspadai kebakaran lahan",
    )
    cut = surabaya.split("\n\n")[0]
    full = _fp(
        "https://kabar.example/cuaca-surabaya",
        surabaya,
        "id",
        "2026-08-13",
        0,
        "BMKG: Surabaya waspadai gelombang panas Kamis",
    )
    other = _fp(
        "https://kabar.example/cuaca-malang",
        malang,
        "id",
        "2026-08-13",
        0,
        "BMKG: Malang waspadai gelombang panas Kamis",
    )
    short = _fp("https://cuaca-kini.example/surabaya", cut, "id", "2026-08-13", 1, "Cuaca Surabaya hari ini")
    assert compare(short, other) is None
    assert compare(other, short) is None
    assert compare(other, full) is None
    found = compare(short, full)
    assert found is not None and found.kind == "near"


MINE_WIRE = (
    "KOTA KINABALU, Malaysia (Wire) - Floodwater trapped 23 workers in a copper mine near Ranau in the"
    " Malaysian state of Sabah on Tuesday after heavy rain burst a tailings dam, the state fire department said.\n\n"
    "Rescuers pulled 11 miners out alive by evening, but 12 were still missing in a tunnel about 300 metres"
    " below the surface, department director Jimmy Lagung told reporters at the site.\n\n"
    '"We are pumping water out day and night, and divers are ready to go in once the level drops," Lagung said.\n\n'
    "Mamut Copper Mining, which runs the pit, said it had stopped work at all its shafts and would help the"
    " families of the trapped men.\n\n"
    "Sabah Chief Minister Hajiji Noor said he would visit Ranau on Wednesday and ordered an inquiry into the dam."
)
#: The wire's report spun: synonyms, clauses turned about, the quote as reported speech, and the
#: town left out of the lead (one paragraph in five naming less).
MINE_SPUN = (
    "After torrential rain breached a tailings dam on Tuesday, floodwater trapped 23 workers at a copper mine"
    " in the Malaysian state of Sabah, the state fire department said.\n\n"
    "By evening rescue teams had brought 11 miners out alive, but 12 remained missing in a shaft some 300"
    " metres underground, department director Jimmy Lagung told reporters at the scene.\n\n"
    "Lagung said crews were pumping water out round the clock, and that divers stood ready to go in once the"
    " level fell.\n\n"
    "Mamut Copper Mining, the firm operating the pit, said it had halted work at all its shafts and would"
    " assist the families of the trapped men.\n\n"
    "Sabah Chief Minister Hajiji Noor ordered an investigation into the dam and said he would travel to Ranau"
    " on Wednesday."
)
#: Another agency's own report: the same figures, people and the quote, paragraph for paragraph but
#: the last, in its own words.
MINE_RIVAL = (
    "RANAU, Malaysia (Press) - A tailings dam gave way at a copper pit near Ranau in Sabah early on Tuesday,"
    " sending mud into tunnels where 23 men were at work, Malaysian officials said.\n\n"
    "By nightfall 11 had been rescued and 12 were unaccounted for some 300 metres down, according to Jimmy"
    " Lagung, who heads the fire department.\n\n"
    '"We are pumping water out day and night, and divers are ready to go in once the level drops," Lagung said.\n\n'
    "Relatives gathered at the gate of the Mamut Copper Mining site, where police kept out onlookers.\n\n"
    "Chief Minister Hajiji Noor, due at the pit on Wednesday, promised an inquiry into why 12 workers were"
    " still below ground.\n\n"
    "Environmental groups have long warned that waste ponds left behind by decades of digging in the hills"
    " could fail during the monsoon, and villagers downstream complained of murky rivers last year."
)


def test_a_spun_copy_may_tell_one_paragraph_in_five_otherwise():
    """A spinner left the town out of the lead and turned the quote into reported speech: four
    paragraphs in five name the wire's people and figures alike (0.8, under the 0.9 a spun copy
    needed), and it keeps 0.67 of the wire's wording. With half the wording kept, 0.8 is enough
    (``SPUN_PARAGRAPHS``). A rival agency's report quoting the same words and giving the same
    figures, paragraph for paragraph but the last (0.8 too), keeps 0.44 of the wire's wording:
    it stays apart, as it does with the spun copy."""
    wire = _fp(
        "https://wire.example/mine", MINE_WIRE, "en", "2026-05-12", 3, "Flood traps 23 workers in Malaysian copper mine"
    )
    spun = _fp(
        "https://spin.example/mine",
        MINE_SPUN,
        "en",
        "2026-05-12",
        9,
        "23 workers trapped as floodwater hits Sabah copper mine",
    )
    rival = _fp(
        "https://press.example/mine",
        MINE_RIVAL,
        "en",
        "2026-05-12",
        4,
        "Dam burst floods Sabah copper mine, 12 missing",
    )
    found = compare(spun, wire)
    assert found is not None and found.kind == "rewrite"
    assert compare(wire, spun) is not None
    assert compare(rival, wire) is None
    assert compare(wire, rival) is None
    assert compare(rival, spun) is None
    assert compare(spun, rival) is None
