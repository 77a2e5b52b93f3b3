"""Own-report probes for benchmarks/own_report_alignment.py (``--probes``; D29).

Three events, each as a wire's English story, its Indonesian or Malay machine translation cut to
two paragraphs, and a local outlet's own short report of the same event (the same officials,
figures and day). Written for newscrawl: invented events, names and figures."""


def rows():
    r = []
    label = {}

    def add(i, story, lang, site, when, title, paras):
        r.append(
            {
                "id": i,
                "url": f"https://{site}/{i.lower()}",
                "site": site,
                "title": title,
                "body": "\n\n".join(paras),
                "language": lang,
                "published_at": when,
            }
        )
        label[i] = story

    # 1. A port strike in Surabaya.
    add(
        "P1-o",
        "P1",
        "en",
        "reuters.com",
        "2026-09-08T03:00:00+00:00",
        "Dock workers strike at Surabaya's Tanjung Perak port, 40 ships wait",
        [
            "SURABAYA, Indonesia, Sept 8 (Reuters) - About 2,300 dock workers walked off the job at "
            "Tanjung Perak port in Surabaya on Tuesday, leaving 40 cargo ships waiting at anchor, "
            "port operator Pelindo said.",
            "The workers want a 12% pay rise after fuel prices went up last month, union leader "
            "Rudi Hartono told reporters outside the main gate. Pelindo offered 5%.",
            "Manpower Minister Yassierli said he would meet both sides on Wednesday in Jakarta.",
            "Tanjung Perak handles about a third of the country's container traffic outside Java's "
            "capital region, according to the transport ministry.",
        ],
    )
    add(
        "P1-1",
        "P1",
        "id",
        "berita-pelabuhan.id",
        "2026-09-08T05:30:00+00:00",
        "Buruh pelabuhan mogok di Tanjung Perak, 40 kapal menunggu",
        [
            "Sekitar 2.300 buruh pelabuhan mogok kerja di pelabuhan Tanjung Perak di Surabaya pada "
            "Selasa, membuat 40 kapal kargo menunggu di tempat berlabuh, kata operator pelabuhan Pelindo.",
            "Para buruh menuntut kenaikan upah 12% setelah harga bahan bakar naik bulan lalu, kata "
            "pemimpin serikat Rudi Hartono kepada wartawan di luar gerbang utama. Pelindo menawarkan 5%.",
        ],
    )
    add(
        "Q1-o",
        "Q1",
        "id",
        "jatimnews.co.id",
        "2026-09-08T04:10:00+00:00",
        "Mogok buruh Tanjung Perak, Menaker turun tangan",
        [
            "Ribuan buruh bongkar muat di Pelabuhan Tanjung Perak, Surabaya, mogok kerja sejak pagi "
            "Selasa (8/9). Ketua serikat Rudi Hartono menyebut 2.300 anggotanya ikut mogok.",
            'Mereka menuntut kenaikan upah 12 persen. "Harga solar naik, gaji kami tetap," kata '
            "Rudi. Pelindo baru menawarkan 5 persen, dan 40 kapal tertahan di dermaga.",
            "Menaker Yassierli dijadwalkan bertemu kedua pihak di Jakarta, Rabu (9/9).",
        ],
    )

    # 2. A dengue outbreak in Johor.
    add(
        "P2-o",
        "P2",
        "en",
        "afp.com",
        "2026-09-10T06:00:00+00:00",
        "Malaysia's Johor reports dengue surge, 14 deaths this year",
        [
            "Dengue cases in Malaysia's southern state of Johor have climbed to 9,870 this year, with "
            "14 deaths, state health committee chairman Ling Tian Soon said on Thursday.",
            "The figure is 38 percent higher than in the same period last year, he told reporters in "
            "Johor Bahru, blaming heavy rain and clogged drains in new housing estates.",
            "The health ministry will send 200 more workers to fog breeding areas in Iskandar Puteri "
            "and Kulai, Ling said.",
            "Dengue infects hundreds of thousands of people across Southeast Asia each year.",
        ],
    )
    add(
        "P2-1",
        "P2",
        "ms",
        "berita-kesihatan.my",
        "2026-09-10T08:00:00+00:00",
        "Johor catat lonjakan denggi, 14 kematian tahun ini",
        [
            "Kes denggi di negeri selatan Malaysia, Johor, meningkat kepada 9,870 tahun ini, dengan "
            "14 kematian, kata pengerusi jawatankuasa kesihatan negeri Ling Tian Soon pada Khamis.",
            "Angka itu 38 peratus lebih tinggi berbanding tempoh sama tahun lalu, katanya kepada "
            "pemberita di Johor Bahru, sambil menyalahkan hujan lebat dan longkang tersumbat.",
        ],
    )
    add(
        "Q2-o",
        "Q2",
        "ms",
        "harianjohor.my",
        "2026-09-10T07:20:00+00:00",
        "Denggi: 9,870 kes di Johor, Kulai paling teruk",
        [
            "Sebanyak 9,870 kes denggi dicatatkan di Johor setakat minggu ini, termasuk 14 kematian, "
            "menurut Pengerusi Jawatankuasa Kesihatan negeri Ling Tian Soon.",
            'Beliau berkata Kulai dan Iskandar Puteri mencatatkan kes tertinggi. "Kita akan tambah '
            '200 petugas untuk operasi semburan," katanya di Johor Bahru hari ini.',
            "Seorang penduduk Taman Indahpura berkata longkang di kawasannya tidak dibersihkan sejak Jun.",
        ],
    )

    # 3. A bridge collapse in North Sumatra.
    add(
        "P3-o",
        "P3",
        "en",
        "apnews.com",
        "2026-09-12T09:00:00+00:00",
        "Bridge collapses in Indonesia's North Sumatra, 3 dead",
        [
            "MEDAN, Indonesia (AP) - A steel bridge over the Asahan River in North Sumatra collapsed on "
            "Saturday as two trucks crossed it, killing three people and injuring seven, police said.",
            "Asahan police chief Afdhal Junaidi said the 60-meter bridge, built in 1998, had been "
            "closed to heavy vehicles since March but the ban was not enforced.",
            "Rescuers pulled one truck from the river. The public works ministry said it would check "
            "140 bridges of the same design across the province.",
        ],
    )
    add(
        "P3-1",
        "P3",
        "id",
        "kabar-sumut.id",
        "2026-09-12T11:00:00+00:00",
        "Jembatan runtuh di Sumatera Utara, 3 tewas",
        [
            "Sebuah jembatan baja di atas Sungai Asahan di Sumatera Utara runtuh pada Sabtu saat dua "
            "truk melintas, menewaskan tiga orang dan melukai tujuh lainnya, kata polisi.",
            "Kapolres Asahan Afdhal Junaidi mengatakan jembatan sepanjang 60 meter yang dibangun pada "
            "1998 itu sudah ditutup untuk kendaraan berat sejak Maret, namun larangan itu tidak ditegakkan.",
        ],
    )
    add(
        "Q3-o",
        "Q3",
        "id",
        "medanpos.co.id",
        "2026-09-12T10:15:00+00:00",
        "Jembatan Sungai Asahan ambruk, tiga warga tewas",
        [
            "Jembatan Sungai Asahan ambruk Sabtu (12/9) siang saat dua truk bermuatan sawit melintas. "
            "Tiga orang tewas dan tujuh luka-luka dilarikan ke RSUD Kisaran.",
            "Kapolres Asahan AKBP Afdhal Junaidi mengatakan jembatan 60 meter itu dilarang untuk "
            'kendaraan berat sejak Maret. "Sopir tetap nekat," ujarnya.',
            "Bupati Asahan Taufik Zainal meminta Kementerian PUPR segera membangun jembatan darurat.",
        ],
    )
    return r, label
