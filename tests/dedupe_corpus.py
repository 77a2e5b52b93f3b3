"""Hand-written wire stories for the dedupe tests: originals, translations, rivals.

Each story has an English original, an Indonesian translation and, for two of
them, a *different* story about the same event (same names, same day) that must
never be merged with it. Written for these tests; no third-party text.
"""

from __future__ import annotations

KIM_EN = """Moscow: North Korean leader Kim Jong Un arrived at the Vostochny cosmodrome on Wednesday for talks with Russian President Vladimir Putin, the Kremlin said.

Putin greeted Kim at the launch site in the Amur region, some 8,000 kilometres east of Moscow, and the two men shook hands for about 40 seconds.

"I am very glad to see you," Putin told Kim, according to footage released by state television. Defence Minister Sergei Shoigu joined the talks later.

The summit is the first between the two leaders since 2019 and comes as Washington warned of an arms deal worth 300 million dollars.

Kim travelled 1,180 kilometres by armoured train to reach the cosmodrome, AFP reported."""

KIM_ID = """Moskow: Pemimpin Korea Utara Kim Jong Un tiba di kosmodrom Vostochny pada hari Rabu untuk pembicaraan dengan Presiden Rusia Vladimir Putin, kata Kremlin.

Putin menyambut Kim di lokasi peluncuran di wilayah Amur, sekitar 8.000 kilometer sebelah timur Moskow, dan kedua pria itu berjabat tangan selama sekitar 40 detik.

"Saya sangat senang bertemu Anda," kata Putin kepada Kim, menurut rekaman yang dirilis televisi pemerintah. Menteri Pertahanan Sergei Shoigu bergabung dalam pembicaraan kemudian.

Pertemuan puncak ini adalah yang pertama antara kedua pemimpin sejak 2019 dan terjadi ketika Washington memperingatkan kesepakatan senjata senilai 300 juta dolar.

Kim menempuh perjalanan 1.180 kilometer dengan kereta lapis baja untuk mencapai kosmodrom, lapor AFP."""

KIM_RIVAL = """Vostochny: Russian President Vladimir Putin on Wednesday promised to help North Korea build satellites as he hosted Kim Jong Un, Kremlin spokesman Dmitry Peskov said.

Kim told Putin that Pyongyang would always support Moscow, and the pair inspected a Soyuz-2 rocket launch pad for 25 minutes.

"We will help them build satellites," Putin told reporters when asked, adding that Russia saw no limits to cooperation with Pyongyang.

Sergei Shoigu, the defence minister, visited North Korea in July, when Kim showed him missiles at an arms fair.

The United States said it would impose sanctions if any deal went ahead, State Department spokesman Matthew Miller said."""

FLOOD_EN = """Jakarta: Floods in the Indonesian province of West Sumatra have killed at least 37 people and left 17 missing, disaster agency spokesman Abdul Muhari said on Sunday.

Torrential rain on Saturday night sent cold lava and mud down the slopes of Mount Marapi, sweeping away 193 houses in the districts of Agam and Tanah Datar.

"Search teams are still combing the rivers for the missing," Muhari told reporters in Padang, adding that 3,396 residents had been moved to shelters.

Marapi, one of 127 active volcanoes in Indonesia, erupted in December, killing 24 climbers.

The agency said heavy rain was expected to continue until Wednesday, Reuters reported."""

FLOOD_ID = """Jakarta: Banjir di provinsi Sumatera Barat, Indonesia, menewaskan sedikitnya 37 orang dan 17 lainnya hilang, kata juru bicara badan penanggulangan bencana Abdul Muhari pada hari Minggu.

Hujan deras pada Sabtu malam membawa lahar dingin dan lumpur menuruni lereng Gunung Marapi, menyapu 193 rumah di kabupaten Agam dan Tanah Datar.

"Tim pencari masih menyisir sungai untuk mencari orang hilang," kata Muhari kepada wartawan di Padang, seraya menambahkan bahwa 3.396 warga telah dipindahkan ke tempat penampungan.

Marapi, salah satu dari 127 gunung berapi aktif di Indonesia, meletus pada bulan Desember dan menewaskan 24 pendaki.

Badan tersebut mengatakan hujan lebat diperkirakan akan berlanjut hingga Rabu, lapor Reuters."""

FLOOD_RIVAL = """Padang: Rescuers in West Sumatra pulled 11 more bodies from the mud on Sunday, raising the toll from flash floods around Mount Marapi, police chief Suharyono said.

Villagers in Agam said the water came shortly after midnight, and that some families had no time to leave their homes.

"We heard a roar like thunder and then the river was in the street," said Yusri, 52, whose shop in Tanah Datar was destroyed.

President Joko Widodo sent his condolences and ordered the army to deploy 400 soldiers to help clear the roads.

Abdul Muhari of the disaster agency said excavators would reach the worst-hit village of Limo Kaum by Monday."""

RATE_EN = """Jakarta: Bank Indonesia unexpectedly raised its benchmark interest rate by 25 basis points to 6.25 percent on Wednesday to defend the rupiah, Governor Perry Warjiyo said.

The rupiah had fallen to 16,280 per dollar last week, its weakest level since April 2020, as investors pulled money from emerging markets.

"This decision strengthens the stabilisation policy of the rupiah exchange rate," Warjiyo told a news conference, adding that inflation would stay within the 1.5 to 3.5 percent target.

Only 2 of 31 economists polled had expected the increase, which follows a hike in October.

The central bank also kept its deposit facility rate at 5.50 percent, Bloomberg reported."""

RATE_ID = """Jakarta: Bank Indonesia secara tak terduga menaikkan suku bunga acuan sebesar 25 basis poin menjadi 6,25 persen pada hari Rabu untuk mempertahankan rupiah, kata Gubernur Perry Warjiyo.

Rupiah telah jatuh ke 16.280 per dolar pekan lalu, level terlemahnya sejak April 2020, karena investor menarik dana dari pasar negara berkembang.

"Keputusan ini memperkuat kebijakan stabilisasi nilai tukar rupiah," kata Warjiyo dalam konferensi pers, seraya menambahkan bahwa inflasi akan tetap dalam sasaran 1,5 hingga 3,5 persen.

Hanya 2 dari 31 ekonom yang disurvei memperkirakan kenaikan tersebut, yang menyusul kenaikan pada bulan Oktober.

Bank sentral juga mempertahankan suku bunga fasilitas simpanan di 5,50 persen, lapor Bloomberg."""

STORIES = {
    "kim": {"en": KIM_EN, "id": KIM_ID, "rival": KIM_RIVAL, "day": "2023-09-13"},
    "flood": {"en": FLOOD_EN, "id": FLOOD_ID, "rival": FLOOD_RIVAL, "day": "2024-05-12"},
    "rate": {"en": RATE_EN, "id": RATE_ID, "rival": None, "day": "2024-04-24"},
}


def with_inserts(body: str) -> str:
    """A mirror's copy: 'Baca juga' inserts between paragraphs and a syndication notice."""
    paras = body.split("\n\n")
    paras.insert(2, "Baca juga: Harga cabai naik menjelang Lebaran")
    paras.insert(4, "READ  Gempa magnitudo 5,1 guncang Maluku")
    paras.append("(Kecuali judulnya, cerita ini belum diedit oleh staf NDTV dan diterbitkan dari feed sindikasi.)")
    return "\n\n".join(paras)


def truncated(body: str, keep: int = 2) -> str:
    """A copy cut after its first ``keep`` paragraphs."""
    return "\n\n".join(body.split("\n\n")[:keep])


def article(url: str, body: str, language: str, day: str, hour: int = 9, **extra) -> dict:
    """An article dict as the engine takes it."""
    doc = {
        "url": url,
        "site": url.split("/")[2].split(".")[0],
        "title": body.split(":", 1)[-1].split(",")[0].strip()[:80],
        "body": body,
        "language": language,
        "published_at": f"{day}T{hour:02d}:00:00+00:00",
    }
    doc.update(extra)
    return doc


def network() -> list[tuple[str, dict]]:
    """(story label, article) for every copy and rival, in publication order."""
    out = []
    for name, s in STORIES.items():
        day = s["day"]
        out.append((name, article(f"https://origin.example/{name}", s["en"], "en", day, 8)))
        out.append((name, article(f"https://mirror-a.example/{name}-copy", with_inserts(s["en"]), "en", day, 10)))
        out.append((name, article(f"https://mirror-b.example/{name}-short", truncated(s["en"]), "en", day, 12)))
        out.append(
            (
                name,
                article(
                    f"https://sindo.example/{name}-id",
                    with_inserts(s["id"]),
                    "id",
                    day,
                    14,
                    attribution={"publisher": "NDTV", "agencies": ["AFP"]},
                ),
            )
        )
        out.append((name, article(f"https://blog.example/{name}-id-short", truncated(s["id"], 3), "id", day, 20)))
        if s["rival"]:
            out.append((f"{name}-rival", article(f"https://rival.example/{name}", s["rival"], "en", day, 11)))
    return out


# A story whose institutions and park are translated: few names survive, the paragraphs do.
ORCHID_EN = """Jakarta: Scientists at the National Research and Innovation Agency have found a new species of orchid in the forests of Central Sulawesi, the agency said on Tuesday.

The orchid, which grows only at heights above 1,400 metres, was found during a survey near Lore Lindu National Park.

Researcher Rina Wulandari said the flower was named after the village where it was first seen.

The team collected 12 samples and will send them to the herbarium in Bogor for further study.

The agency said at least 30 more surveys were planned in Sulawesi this year."""

ORCHID_ID = """Jakarta: Ilmuwan di Badan Riset dan Inovasi Nasional menemukan spesies anggrek baru di hutan Sulawesi Tengah, kata badan itu pada hari Selasa.

Anggrek tersebut, yang hanya tumbuh di ketinggian di atas 1.400 meter, ditemukan saat survei di dekat Taman Nasional Lore Lindu.

Peneliti Rina Wulandari mengatakan bunga itu dinamai sesuai desa tempat bunga itu pertama kali terlihat.

Tim mengumpulkan 12 sampel dan akan mengirimkannya ke herbarium di Bogor untuk penelitian lebih lanjut.

Badan itu mengatakan sedikitnya 30 survei lagi direncanakan di Sulawesi tahun ini."""


# A port strike, in English and in Indonesian: long enough (eight paragraphs, ~30 names and
# figures) for a copy with passages left out to still say a lot. Written for these tests.
STRIKE_EN = """Surabaya: Dock workers at Tanjung Perak port in Surabaya walked off the job on Monday, halting the loading of 1,250 containers, port operator Pelindo said.

The strike was called by the port workers' union after talks with Pelindo over a 12 percent pay rise broke down on Saturday.

Union leader Agus Salim said 4,300 workers had joined the stoppage and that it would last until Thursday unless the company returned to the table.

Pelindo director Ratna Dewi said the company had offered a rise of 7 percent and warned that shipping lines could divert vessels to Tanjung Priok in Jakarta.

Transport Minister Budi Karya Sumadi urged both sides to settle quickly, saying exports of palm oil and coal through Surabaya were worth 85 million dollars a day.

Shipping agents said at least 23 vessels were waiting at anchor off Madura on Monday evening.

The last strike at Tanjung Perak, in 2018, lasted nine days and cost exporters an estimated 640 million dollars, according to the Kadin business chamber.

Police said 300 officers had been deployed around the port and that the protest had been peaceful."""

STRIKE_ID = """Surabaya: Para pekerja bongkar muat di pelabuhan Tanjung Perak di Surabaya mogok kerja pada hari Senin, menghentikan pemuatan 1.250 peti kemas, kata operator pelabuhan Pelindo.

Pemogokan diserukan oleh serikat pekerja pelabuhan setelah perundingan dengan Pelindo mengenai kenaikan upah 12 persen gagal pada hari Sabtu.

Ketua serikat Agus Salim mengatakan 4.300 pekerja telah ikut mogok dan aksi itu akan berlangsung hingga Kamis kecuali perusahaan kembali berunding.

Direktur Pelindo Ratna Dewi mengatakan perusahaan telah menawarkan kenaikan 7 persen dan memperingatkan bahwa perusahaan pelayaran dapat mengalihkan kapal ke Tanjung Priok di Jakarta.

Menteri Perhubungan Budi Karya Sumadi mendesak kedua pihak segera berdamai, dengan mengatakan ekspor minyak sawit dan batu bara melalui Surabaya bernilai 85 juta dolar per hari.

Agen pelayaran mengatakan sedikitnya 23 kapal menunggu di lepas pantai Madura pada Senin malam.

Pemogokan terakhir di Tanjung Perak, pada 2018, berlangsung sembilan hari dan merugikan eksportir sekitar 640 juta dolar, menurut kamar dagang Kadin.

Polisi mengatakan 300 petugas telah dikerahkan di sekitar pelabuhan dan aksi protes berlangsung damai."""

# Another report of the same strike, in Indonesian: the same port, people and day, its own
# figures and its own order.
STRIKE_RIVAL_ID = """Surabaya: Ketua serikat Agus Salim pada hari Senin menyerukan pemogokan kedua di Tanjung Perak jika Pelindo tidak menaikkan upah sebesar 15 persen.

Direktur Pelindo Ratna Dewi mengatakan sekitar 2.100 pekerja masih bertugas dan 40 kapal telah dialihkan ke Tanjung Priok di Jakarta.

Menteri Perhubungan Budi Karya Sumadi akan bertemu kedua pihak di Surabaya pada hari Rabu, kata juru bicaranya.

Menurut Kadin, pemogokan di Tanjung Perak merugikan eksportir 120 juta dolar per hari dan mengganggu pengiriman ke Madura.

Polisi mengatakan 450 petugas berjaga di sekitar pelabuhan, tempat para pekerja berunjuk rasa sejak Senin pagi."""

# A tennis final whose names and figures are nearly all in its lead, and another report of
# it that takes that lead, translated, and goes on about the coach: written for these tests.
FINAL_EN = """Spain's Carlos Ortega won the Bali Open title on Sunday, beating Japan's Kenji Mori 6-4, 3-6, 7-5 in a final that lasted 164 minutes.

The Spaniard saved three break points late in the deciding set before breaking serve to close it out.

Mori had levelled the match with a string of aces from the baseline, but Ortega did not trail again in the third set.

"I was exhausted, but the people here pushed me through," Ortega said on court after the match.

The win is his first at this level and takes him into the top twenty of the rankings for the first time.

Mori, still a teenager, said the defeat would make him stronger."""

FINAL_RIVAL_ID = """Petenis Spanyol Carlos Ortega menjuarai Bali Open pada hari Minggu setelah mengalahkan petenis Jepang Kenji Mori 6-4, 3-6, 7-5 dalam final yang berlangsung 164 menit.

Pelatih Miguel Sanz mengatakan kamp latihan selama enam pekan di Valencia memberi Ortega tenaga untuk bertahan di set ketiga.

Sanz mengatakan Ortega berlatih dua kali sehari, dengan lari di pegunungan dan renang di samping latihan di lapangan.

Federasi Tenis Spanyol akan memberi Ortega bonus 45.000 euro untuk gelar tersebut, kata Sanz kepada wartawan.

Ortega selanjutnya akan bermain di Osaka Masters, tempat ia menjadi unggulan kelima."""


# Two reports from one template (a monthly export figure): most words the same, each with its
# own country, figure and economist. Written for the near-copy tests.
EXPORTS_VANDORIA = """Exports from Vandoria rose 5.1 percent from a year earlier, official data showed, as factories reported stronger orders for chips and phone parts and shipping costs eased for a third month in a row.

"Orders are coming back, but slowly," said Budi Wong, an economist at a regional bank in the capital, adding that the central bank was expected to keep its rates on hold."""

EXPORTS_CORLATH = """Exports from Corlath rose 14.8 percent from a year earlier, official data showed, as factories reported stronger orders for chips and phone parts and shipping costs eased for a third month in a row.

"Orders are coming back, but slowly," said Yuki Suzuki, an economist at a regional bank in the capital, adding that the central bank was expected to keep its rates on hold."""

# One event, two reports that state the same facts and headline different ones: the English
# one leads with the beds, the Indonesian one (another report, short) with the case count.
FEVER_BEDS_TITLE = "Port Selwyn hospitals add 164 beds as fever spreads"
FEVER_BEDS_EN = """Health officials in Port Selwyn recorded 51,452 fever cases in the past month, nearly double the figure a year ago.

"Prevention starts at home, in every yard and on every roof," said Arjun Tello, the city's health chief.

Hospitals in Port Selwyn have set aside 164 extra beds for patients with high fever, Arjun Tello said.

Marta Quispe, an epidemiologist, said it was too early to draw firm conclusions.

Most patients were children and young adults, the health office said."""

FEVER_CASES_TITLE_ID = "Kasus demam di Port Selwyn naik menjadi 51.452"
FEVER_CASES_ID = """Rumah sakit di Port Selwyn menambah 164 tempat tidur karena kasus demam naik menjadi 51.452 saat musim hujan dimulai.

Sekolah diminta memeriksa halaman mereka setiap pekan, kata Arjun Tello.

Marta Quispe mengatakan angka itu menunjukkan betapa cepat keadaan dapat berubah di Port Selwyn."""

FEVER_BEDS_ID = """Pejabat kesehatan di Port Selwyn mencatat 51.452 kasus demam dalam sebulan terakhir, hampir dua kali lipat dibandingkan setahun lalu.

"Pencegahan dimulai dari rumah, di setiap halaman dan di setiap atap," kata Arjun Tello, kepala dinas kesehatan kota itu.

Rumah sakit di Port Selwyn menyiapkan 164 tempat tidur tambahan untuk pasien demam tinggi, kata Arjun Tello.

Marta Quispe, seorang ahli epidemiologi, mengatakan masih terlalu dini untuk menarik kesimpulan pasti.

Sebagian besar pasien adalah anak-anak dan orang dewasa muda, kata dinas kesehatan."""


# A race result and a second-day story (Indonesian) that recalls its lead, translated, as its
# third paragraph: the coach, the training camp, a bonus and the next race are its own news.
# Written for the follow-up tests.
MARATHON_EN = """Kenya's Faith Wanjiru won the Jakarta Marathon women's race on Sunday in 2 hours 24 minutes 18 seconds, beating Ethiopia's Tigist Bekele by 41 seconds.

The 27-year-old broke away from the lead group and ran the last part alone.

Bekele closed the gap on the final bridge, but Wanjiru held on to win.

"The heat was hard, but the crowd kept me going," Wanjiru said after the race at Gelora Bung Karno.

It is Wanjiru's first marathon win outside Kenya.

Bekele said she would come back next year to win."""

MARATHON_FOLLOWUP_ID = """Pelatih Kenya mengatakan pemusatan latihan di Iten memberi Faith Wanjiru stamina untuk memenangi Jakarta Marathon.

Wanjiru berlatih dua kali sehari selama pemusatan latihan, kata sang pelatih.

Pelari Kenya Faith Wanjiru memenangi nomor putri Jakarta Marathon pada hari Minggu dengan waktu 2 jam 24 menit 18 detik, mengalahkan pelari Ethiopia Tigist Bekele dengan selisih 41 detik.

Federasi atletik Kenya akan memberi Wanjiru bonus 30.000 dolar untuk gelar tersebut.

Wanjiru selanjutnya akan berlari di Tokyo Marathon."""

# The same second-day story recalling the result's first two paragraphs (the age included)
# under two paragraphs of its own: the coach, by name, and the camp. Written for the tests.
MARATHON_FOLLOWUP2_ID = """Pelatih nasional Daniel Kiptoo mengatakan pemusatan latihan di Iten memberi Faith Wanjiru stamina untuk memenangi Jakarta Marathon.

Wanjiru berlatih dua kali sehari selama enam pekan di Iten, kata Kiptoo.

Pelari Kenya Faith Wanjiru memenangi nomor putri Jakarta Marathon pada hari Minggu dengan waktu 2 jam 24 menit 18 detik, mengalahkan pelari Ethiopia Tigist Bekele dengan selisih 41 detik.

Pelari berusia 27 tahun itu melepaskan diri dari rombongan terdepan dan berlari sendirian.

Federasi atletik Kenya akan memberi Wanjiru bonus 30.000 dolar untuk gelar tersebut.

Wanjiru selanjutnya akan berlari di Tokyo Marathon, kata Kiptoo."""


# A company announcement (English) and an Indonesian mirror's translation cut to its first two
# paragraphs, whose lead names only the company, the province and the day; a rival report of
# the announcement names them in its own order. Written for the lead test.
VINFAST_EN = """Carmaker VinFast will build a battery plant in Ha Tinh province, its chairman said on Monday.

The plant will supply cars sold in Thailand and Indonesia from 2027, the company said.

"We want every car we sell in the region to carry cells made here," chairman Pham Nhat Vuong said.

Shares of Vingroup, its parent, rose 2.7 percent in Hanoi. Analysts at SSI Securities called the plan costly.

The company delivered 34,855 cars last year, most of them in Vietnam."""

VINFAST_CUT_ID = """Produsen mobil VinFast akan membangun pabrik baterai di provinsi Ha Tinh, kata ketuanya pada hari Senin.

Pabrik itu akan memasok mobil yang dijual di kawasan, kata perusahaan."""

VINFAST_RIVAL_ID = """Pada hari Senin, provinsi Ha Tinh mendapat pabrik baterai baru milik produsen mobil VinFast.

Pabrik itu akan memasok mobil yang dijual di kawasan, kata perusahaan."""


def stories_in_order(engine, docs: dict[str, dict], order) -> dict[str, str]:
    """Name -> the story each of ``docs`` is in once ``engine`` has processed them in ``order``
    (names), following the copies a later article moved to another story (``Verdict.moved``)."""
    verdicts = {name: engine.process(dict(docs[name])) for name in order}
    story = {name: engine.store.resolve_story(v.story_id) for name, v in verdicts.items()}
    for v in verdicts.values():
        for url, to, _kind, _score in v.moved:
            for other, doc in docs.items():
                if doc["url"] == url:
                    story[other] = engine.store.resolve_story(to)
    return story


def stories_in_store(tmp_path, docs: list[dict]) -> dict[str, str]:
    """URL -> the story each of ``docs`` is in once all are processed in the order given, in a
    fresh SQLite store, as the store says (a member taken out of a story is where the store puts
    it, not where its verdict did)."""
    import os

    from newscrawl.dedupe.engine import DedupeEngine
    from newscrawl.store.base import cached_url_key
    from newscrawl.store.sqlite import SQLiteStore

    store = SQLiteStore(str(tmp_path / f"s{os.urandom(6).hex()}.sqlite"))
    try:
        engine = DedupeEngine(store)
        for doc in docs:
            engine.process(doc)
        return {
            d["url"]: store.resolve_story(store.get_fingerprint(cached_url_key(d["url"]))[0]["story_id"]) for d in docs
        }
    finally:
        store.close()
