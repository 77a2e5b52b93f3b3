"""Procedural wire stories for networks larger than the hand-written set.

Every template exists in English, Indonesian and Malay, so a generated story has real
translations: names, places and numbers survive, sentences differ. A story is drawn from
two seeded random streams: the *event* stream (topic, place, people, key figures), shared
by every story about that event, and the *story* stream (headline, which sentences, in
which order), so stories about one event are hard negatives for dedupe: same names and
figures, different text.
"""

from __future__ import annotations

from functools import lru_cache
from random import Random

from .stories import LANGUAGES, Story, Text

# (en, id, ms) place names and their countries.
CITIES = (
    (("Jakarta",) * 3, "indonesia"),
    (("Surabaya",) * 3, "indonesia"),
    (("Bandung",) * 3, "indonesia"),
    (("Medan",) * 3, "indonesia"),
    (("Makassar",) * 3, "indonesia"),
    (("Batam",) * 3, "indonesia"),
    (("Kuala Lumpur",) * 3, "malaysia"),
    (("Penang",) * 3, "malaysia"),
    (("Johor Bahru",) * 3, "malaysia"),
    (("Kuching",) * 3, "malaysia"),
    (("Singapore", "Singapura", "Singapura"), "singapore"),
    (("Manila",) * 3, "philippines"),
    (("Cebu",) * 3, "philippines"),
    (("Bangkok",) * 3, "thailand"),
    (("Chiang Mai",) * 3, "thailand"),
    (("Hanoi",) * 3, "vietnam"),
    (("Da Nang",) * 3, "vietnam"),
    (("Tokyo",) * 3, "japan"),
    (("Osaka",) * 3, "japan"),
    (("Seoul",) * 3, "korea"),
    (("Busan",) * 3, "korea"),
    (("Mumbai",) * 3, "india"),
    (("Chennai",) * 3, "india"),
    (("Perth",) * 3, "australia"),
)
COUNTRIES = {
    "indonesia": ("Indonesia", "Indonesia", "Indonesia"),
    "malaysia": ("Malaysia", "Malaysia", "Malaysia"),
    "singapore": ("Singapore", "Singapura", "Singapura"),
    "philippines": ("the Philippines", "Filipina", "Filipina"),
    "thailand": ("Thailand", "Thailand", "Thailand"),
    "vietnam": ("Vietnam", "Vietnam", "Vietnam"),
    "japan": ("Japan", "Jepang", "Jepun"),
    "korea": ("South Korea", "Korea Selatan", "Korea Selatan"),
    "india": ("India", "India", "India"),
    "australia": ("Australia", "Australia", "Australia"),
}
FIRST_NAMES = (
    "Arif",
    "Siti",
    "Budi",
    "Nurul",
    "Hendra",
    "Wei Ling",
    "Takeshi",
    "Min-jun",
    "Priya",
    "Carlos",
    "Anna",
    "Daniel",
    "Farah",
    "Rizal",
    "Maria",
    "Thanh",
    "Somchai",
    "Ahmad",
    "Lestari",
    "Kevin",
    "Aisyah",
    "Ravi",
    "Yuki",
    "Joon-ho",
    "Dewi",
    "Marco",
    "Grace",
    "Hamid",
    "Linh",
    "Bayu",
    "Chloé",
    "Rafael",
)
LAST_NAMES = (
    "Santoso",
    "Wijaya",
    "Rahman",
    "Tan",
    "Nakamura",
    "Park",
    "Sharma",
    "Reyes",
    "Nguyen",
    "Suzuki",
    "Hassan",
    "Lim",
    "Fernando",
    "Chen",
    "Halim",
    "Kurniawan",
    "Ismail",
    "Müller",
    "Pratama",
    "Castillo",
    "Okada",
    "Kim",
    "Iyer",
    "Siregar",
    "Lopez",
    "Hidayat",
    "Tran",
    "Wong",
    "Saputra",
    "Becker",
)
AGENCY_WEIGHTS = (
    ("AFP", 5),
    ("Reuters", 4),
    ("AP", 3),
    ("Xinhua", 1),
    ("Bernama", 2),
    ("ANTARA", 2),
    ("Kyodo", 1),
    ("Yonhap", 1),
    ("PTI", 1),
)


def _t(en: str, id_: str, ms: str) -> tuple[str, str, str]:
    return (en, id_, ms)


# One topic: section, official and expert roles, headlines, leads, facts and quotes.
TOPICS = {
    "flood": {
        "section": "environment",
        "roles": (
            _t(
                "the head of the local disaster agency",
                "kepala badan penanggulangan bencana daerah",
                "ketua agensi pengurusan bencana tempatan",
            ),
            _t(
                "a hydrologist at the national university",
                "ahli hidrologi di universitas negeri",
                "pakar hidrologi di universiti kebangsaan",
            ),
        ),
        "tags": _t("Floods", "Banjir", "Banjir"),
        "headlines": (
            _t(
                "Floods force {n1} people from their homes in {city}",
                "Banjir paksa {n1} orang mengungsi di {city}",
                "Banjir paksa {n1} orang berpindah di {city}",
            ),
            _t(
                "Heavy rain floods {n2} districts around {city}, {n1} evacuated",
                "Hujan lebat rendam {n2} kecamatan di sekitar {city}, {n1} warga mengungsi",
                "Hujan lebat banjiri {n2} daerah sekitar {city}, {n1} dipindahkan",
            ),
            _t(
                "{city} shelters fill up as floodwaters rise to {d1} metres",
                "Pengungsian di {city} penuh saat banjir capai {d1} meter",
                "Pusat pemindahan di {city} penuh ketika banjir capai {d1} meter",
            ),
        ),
        "leads": (
            _t(
                "Floodwaters rose across {city} after two days of heavy rain, forcing {n1} people to leave their homes, officials said.",
                "Air banjir naik di seluruh {city} setelah dua hari hujan lebat, memaksa {n1} orang meninggalkan rumah mereka, kata pejabat.",
                "Air banjir naik di seluruh {city} selepas dua hari hujan lebat, memaksa {n1} orang meninggalkan rumah mereka, kata pegawai.",
            ),
            _t(
                "Rescue teams used rubber boats to reach residents trapped on rooftops in {city}, where {n2} districts were under water.",
                "Tim penyelamat menggunakan perahu karet untuk menjangkau warga yang terjebak di atap rumah di {city}, tempat {n2} kecamatan terendam air.",
                "Pasukan penyelamat menggunakan bot getah untuk sampai kepada penduduk yang terperangkap di atas bumbung di {city}, di mana {n2} daerah ditenggelami air.",
            ),
        ),
        "facts": (
            _t(
                "The water reached {d1} metres in the lowest streets, and electricity was cut to parts of the city as a precaution.",
                "Ketinggian air mencapai {d1} meter di jalan-jalan terendah, dan listrik di sebagian kota dipadamkan sebagai tindakan pencegahan.",
                "Paras air mencecah {d1} meter di jalan paling rendah, dan bekalan elektrik ke sebahagian bandar diputuskan sebagai langkah berjaga-jaga.",
            ),
            _t(
                "{p1}, {r1}, said {n4} temporary shelters had been opened in schools and mosques.",
                "{p1}, {r1}, mengatakan {n4} tempat penampungan sementara telah dibuka di sekolah dan masjid.",
                "{p1}, {r1}, berkata {n4} pusat pemindahan sementara telah dibuka di sekolah dan masjid.",
            ),
            _t(
                "Forecasters warned that more rain was expected over the next {n5} days.",
                "Prakirawan cuaca memperingatkan bahwa hujan diperkirakan masih akan turun dalam {n5} hari ke depan.",
                "Pakar ramalan cuaca memberi amaran bahawa lebih banyak hujan dijangka dalam tempoh {n5} hari akan datang.",
            ),
            _t(
                "Residents said the water rose faster than in any flood they could remember.",
                "Warga mengatakan air naik lebih cepat dibandingkan banjir mana pun yang pernah mereka alami.",
                "Penduduk berkata air naik lebih pantas berbanding mana-mana banjir yang pernah mereka alami.",
            ),
            _t(
                "Authorities said at least {n2} roads were closed and train services to {city} were suspended.",
                "Pihak berwenang mengatakan sedikitnya {n2} ruas jalan ditutup dan layanan kereta ke {city} dihentikan sementara.",
                "Pihak berkuasa berkata sekurang-kurangnya {n2} jalan ditutup dan perkhidmatan kereta api ke {city} digantung.",
            ),
        ),
        "quotes": (
            _t(
                '"We have never seen the river rise this quickly," {p1} said.',
                '"Kami belum pernah melihat sungai naik secepat ini," kata {p1}.',
                '"Kami tidak pernah melihat sungai naik sepantas ini," kata {p1}.',
            ),
            _t(
                '"The drains in the old town were built for a much smaller city," said {p2}, {r2}.',
                '"Saluran air di kota tua dibangun untuk kota yang jauh lebih kecil," kata {p2}, {r2}.',
                '"Longkang di bandar lama dibina untuk bandar yang jauh lebih kecil," kata {p2}, {r2}.',
            ),
        ),
    },
    "market": {
        "section": "business",
        "roles": (
            _t("the trade minister", "menteri perdagangan", "menteri perdagangan"),
            _t(
                "an economist at a regional bank",
                "ekonom di sebuah bank regional",
                "ahli ekonomi di sebuah bank serantau",
            ),
        ),
        "tags": _t("Economy", "Ekonomi", "Ekonomi"),
        "headlines": (
            _t(
                "{country} exports rise {pct} as demand for electronics recovers",
                "Ekspor {country} naik {pct} seiring pulihnya permintaan elektronik",
                "Eksport {country} naik {pct} apabila permintaan elektronik pulih",
            ),
            _t(
                "Shares in {city} close {pct} higher after central bank holds rates",
                "Saham di {city} ditutup menguat {pct} setelah bank sentral menahan suku bunga",
                "Saham di {city} ditutup {pct} lebih tinggi selepas bank pusat kekalkan kadar",
            ),
            _t(
                "{country} trade surplus widens to {n1} million dollars",
                "Surplus perdagangan {country} melebar jadi {n1} juta dolar",
                "Lebihan dagangan {country} melebar kepada {n1} juta dolar",
            ),
        ),
        "leads": (
            _t(
                "Exports from {country} rose {pct} from a year earlier, official data showed, as factories reported stronger orders for chips and phone parts.",
                "Ekspor {country} naik {pct} dibandingkan tahun sebelumnya, menurut data resmi, karena pabrik melaporkan pesanan chip dan komponen ponsel yang lebih kuat.",
                "Eksport {country} meningkat {pct} berbanding tahun sebelumnya, menurut data rasmi, apabila kilang melaporkan tempahan cip dan komponen telefon yang lebih kukuh.",
            ),
            _t(
                "The benchmark index in {city} closed up {pct}, led by banks and property developers, after the central bank left interest rates unchanged.",
                "Indeks acuan di {city} ditutup naik {pct}, dipimpin saham perbankan dan pengembang properti, setelah bank sentral mempertahankan suku bunga.",
                "Indeks penanda aras di {city} ditutup naik {pct}, diterajui oleh bank dan pemaju hartanah, selepas bank pusat mengekalkan kadar faedah.",
            ),
        ),
        "facts": (
            _t(
                "The trade surplus widened to {n1} million dollars, the largest in {n5} months.",
                "Surplus perdagangan melebar menjadi {n1} juta dolar, terbesar dalam {n5} bulan.",
                "Lebihan dagangan melebar kepada {n1} juta dolar, yang terbesar dalam tempoh {n5} bulan.",
            ),
            _t(
                "{p1}, {r1}, said the government expected growth of around {pct2} this year.",
                "{p1}, {r1}, mengatakan pemerintah memperkirakan pertumbuhan sekitar {pct2} tahun ini.",
                "{p1}, {r1}, berkata kerajaan menjangkakan pertumbuhan kira-kira {pct2} tahun ini.",
            ),
            _t(
                "Imports of machinery also increased, a sign that companies were investing in new production lines.",
                "Impor mesin juga meningkat, tanda bahwa perusahaan berinvestasi pada lini produksi baru.",
                "Import jentera juga meningkat, petanda bahawa syarikat melabur dalam barisan pengeluaran baharu.",
            ),
            _t(
                "The currency weakened slightly against the US dollar in afternoon trade.",
                "Mata uang sedikit melemah terhadap dolar AS pada perdagangan sore.",
                "Mata wang sedikit lemah berbanding dolar AS dalam dagangan petang.",
            ),
            _t(
                "Analysts said weaker demand from China remained the main risk for the rest of the year.",
                "Analis mengatakan melemahnya permintaan dari China tetap menjadi risiko utama sepanjang sisa tahun ini.",
                "Penganalisis berkata permintaan yang lemah dari China kekal sebagai risiko utama bagi baki tahun ini.",
            ),
        ),
        "quotes": (
            _t(
                '"Orders are coming back, but slowly," said {p2}, {r2}.',
                '"Pesanan mulai kembali, tetapi perlahan," kata {p2}, {r2}.',
                '"Tempahan kembali, tetapi perlahan," kata {p2}, {r2}.',
            ),
            _t(
                '"We are cautious about the second half," {p1} said.',
                '"Kami berhati-hati terhadap paruh kedua tahun ini," kata {p1}.',
                '"Kami berhati-hati mengenai separuh kedua tahun ini," kata {p1}.',
            ),
        ),
    },
    "football": {
        "section": "sport",
        "roles": (
            _t("the winning coach", "pelatih tim pemenang", "jurulatih pasukan yang menang"),
            _t("the coach of the beaten side", "pelatih tim yang kalah", "jurulatih pasukan yang tewas"),
        ),
        "tags": _t("Football", "Sepak Bola", "Bola Sepak"),
        "headlines": (
            _t(
                "{city} club wins cup final {s1}-{s2} in front of {n1} fans",
                "Klub {city} juara final piala {s1}-{s2} di depan {n1} penonton",
                "Kelab {city} juara final piala {s1}-{s2} di hadapan {n1} penyokong",
            ),
            _t(
                "Goal in {minute}th minute ends {n5}-year wait for {city} side",
                "Gol menit ke-{minute} akhiri penantian {n5} tahun tim {city}",
                "Gol minit ke-{minute} tamatkan penantian {n5} tahun pasukan {city}",
            ),
            _t(
                "{n1} fans celebrate in {city} after {s1}-{s2} cup win",
                "{n1} suporter rayakan kemenangan {s1}-{s2} di {city}",
                "{n1} penyokong raikan kemenangan {s1}-{s2} di {city}",
            ),
        ),
        "leads": (
            _t(
                "A {city} side won the national cup for the first time in {n5} years, beating the defending champions {s1}-{s2} in front of {n1} fans.",
                "Tim asal {city} menjuarai piala nasional untuk pertama kalinya dalam {n5} tahun, mengalahkan juara bertahan {s1}-{s2} di depan {n1} penonton.",
                "Pasukan dari {city} menjuarai piala kebangsaan buat kali pertama dalam tempoh {n5} tahun, menewaskan juara bertahan {s1}-{s2} di hadapan {n1} penyokong.",
            ),
            _t(
                "A header in the {minute}th minute gave the {city} club a {s1}-{s2} win in the cup final and ended a wait of {n5} years.",
                "Sundulan pada menit ke-{minute} memberi klub {city} kemenangan {s1}-{s2} di final piala dan mengakhiri penantian {n5} tahun.",
                "Tandukan pada minit ke-{minute} memberi kelab {city} kemenangan {s1}-{s2} dalam perlawanan akhir piala dan menamatkan penantian {n5} tahun.",
            ),
        ),
        "facts": (
            _t(
                "The winning goal came in the {minute}th minute, a header from a corner kick.",
                "Gol kemenangan tercipta pada menit ke-{minute}, lewat sundulan dari sepak pojok.",
                "Gol kemenangan dijaringkan pada minit ke-{minute}, melalui tandukan hasil sepakan sudut.",
            ),
            _t(
                "{p1}, {r1}, said the players had trained twice a day for the final.",
                "{p1}, {r1}, mengatakan para pemain berlatih dua kali sehari untuk laga final.",
                "{p1}, {r1}, berkata para pemain berlatih dua kali sehari untuk perlawanan akhir.",
            ),
            _t(
                "Fans gathered in the centre of {city} late into the night to celebrate.",
                "Para suporter berkumpul di pusat {city} hingga larut malam untuk merayakan kemenangan.",
                "Penyokong berkumpul di tengah {city} sehingga lewat malam untuk meraikan kemenangan.",
            ),
            _t(
                "The defeated side had {n2} shots on goal but could not find a way past the goalkeeper.",
                "Tim yang kalah melepaskan {n2} tembakan ke gawang tetapi tidak mampu menaklukkan kiper lawan.",
                "Pasukan yang tewas melepaskan {n2} rembatan ke arah gol tetapi gagal menewaskan penjaga gol.",
            ),
            _t(
                "The club will now play in the regional championship next season.",
                "Klub tersebut akan tampil di kejuaraan regional musim depan.",
                "Kelab itu akan beraksi dalam kejohanan serantau musim depan.",
            ),
        ),
        "quotes": (
            _t(
                '"This is for everyone who stayed with us in the difficult years," {p1} said.',
                '"Ini untuk semua orang yang tetap bersama kami di tahun-tahun sulit," kata {p1}.',
                '"Ini untuk semua yang terus bersama kami pada tahun-tahun sukar," kata {p1}.',
            ),
            _t(
                '"We made mistakes and we paid for them," said {p2}, {r2}.',
                '"Kami membuat kesalahan dan kami membayarnya," kata {p2}, {r2}.',
                '"Kami melakukan kesilapan dan kami menerima padahnya," kata {p2}, {r2}.',
            ),
        ),
    },
    "dengue": {
        "section": "health",
        "roles": (
            _t("head of the city health office", "kepala dinas kesehatan kota", "ketua pejabat kesihatan bandar"),
            _t("an epidemiologist", "seorang ahli epidemiologi", "seorang pakar epidemiologi"),
        ),
        "tags": _t("Dengue", "Demam Berdarah", "Denggi"),
        "headlines": (
            _t(
                "Dengue cases in {city} climb to {n1} as rainy season starts",
                "Kasus demam berdarah di {city} naik menjadi {n1} saat musim hujan tiba",
                "Kes denggi di {city} meningkat kepada {n1} ketika musim hujan bermula",
            ),
            _t(
                "{country} steps up mosquito control after {n1} dengue cases",
                "{country} perketat pengendalian nyamuk setelah {n1} kasus demam berdarah",
                "{country} pertingkat kawalan nyamuk selepas {n1} kes denggi",
            ),
            _t(
                "{city} hospitals add {n4} beds as dengue spreads",
                "Rumah sakit di {city} tambah {n4} tempat tidur karena demam berdarah meluas",
                "Hospital di {city} tambah {n4} katil ketika denggi merebak",
            ),
        ),
        "leads": (
            _t(
                "Health officials in {city} recorded {n1} dengue cases in the past month, nearly double the figure a year ago.",
                "Pejabat kesehatan di {city} mencatat {n1} kasus demam berdarah dalam sebulan terakhir, hampir dua kali lipat dibandingkan setahun lalu.",
                "Pegawai kesihatan di {city} merekodkan {n1} kes denggi dalam sebulan lalu, hampir dua kali ganda berbanding setahun lalu.",
            ),
            _t(
                "Hospitals in {city} added {n4} beds for dengue patients as cases climbed to {n1} with the start of the rainy season.",
                "Rumah sakit di {city} menambah {n4} tempat tidur untuk pasien demam berdarah karena kasus naik menjadi {n1} seiring dimulainya musim hujan.",
                "Hospital di {city} menambah {n4} katil untuk pesakit denggi apabila kes meningkat kepada {n1} dengan bermulanya musim hujan.",
            ),
        ),
        "facts": (
            _t(
                "Hospitals in the city have set aside {n4} extra beds for patients with high fever.",
                "Rumah sakit di kota itu menyiapkan {n4} tempat tidur tambahan untuk pasien demam tinggi.",
                "Hospital di bandar itu menyediakan {n4} katil tambahan untuk pesakit demam panas.",
            ),
            _t(
                "Teams began fogging {n2} neighbourhoods where the most cases were reported.",
                "Petugas mulai melakukan pengasapan di {n2} lingkungan dengan kasus terbanyak.",
                "Pasukan mula melakukan semburan kabus di {n2} kawasan kejiranan yang mencatat kes paling banyak.",
            ),
            _t(
                "{p1}, {r1}, urged residents to empty containers where rainwater collects.",
                "{p1}, {r1}, mengimbau warga untuk mengosongkan wadah tempat air hujan menggenang.",
                "{p1}, {r1}, menggesa penduduk mengosongkan bekas yang menakung air hujan.",
            ),
            _t(
                "Most patients were children and young adults, the health office said.",
                "Sebagian besar pasien adalah anak-anak dan orang dewasa muda, kata dinas kesehatan.",
                "Kebanyakan pesakit ialah kanak-kanak dan golongan dewasa muda, kata pejabat kesihatan.",
            ),
            _t(
                "Schools were asked to check their grounds every week until the end of the rainy season.",
                "Sekolah diminta memeriksa lingkungan mereka setiap pekan hingga akhir musim hujan.",
                "Sekolah diminta memeriksa kawasan mereka setiap minggu sehingga akhir musim hujan.",
            ),
        ),
        "quotes": (
            _t(
                '"Prevention starts at home, in every yard and on every roof," {p1} said.',
                '"Pencegahan dimulai dari rumah, di setiap halaman dan di setiap atap," kata {p1}.',
                '"Pencegahan bermula di rumah, di setiap halaman dan di setiap bumbung," kata {p1}.',
            ),
            _t(
                '"The warmer nights let mosquitoes breed faster," said {p2}, {r2}.',
                '"Malam yang lebih hangat membuat nyamuk berkembang biak lebih cepat," kata {p2}, {r2}.',
                '"Malam yang lebih panas membolehkan nyamuk membiak lebih cepat," kata {p2}, {r2}.',
            ),
        ),
    },
    "transit": {
        "section": "technology",
        "roles": (
            _t("the operator's president director", "direktur utama operator", "presiden pengendali"),
            _t("a transport planner", "seorang perencana transportasi", "seorang perancang pengangkutan"),
        ),
        "tags": _t("Transport", "Transportasi", "Pengangkutan"),
        "headlines": (
            _t(
                "New rail line in {city} carries {n1} passengers in first week",
                "Jalur kereta baru di {city} angkut {n1} penumpang pada pekan pertama",
                "Laluan kereta api baharu di {city} bawa {n1} penumpang minggu pertama",
            ),
            _t(
                "{city} opens {n2}-kilometre driverless metro after years of delays",
                "{city} resmikan metro tanpa masinis {n2} kilometer setelah bertahun-tahun tertunda",
                "{city} buka metro tanpa pemandu {n2} kilometer selepas bertahun-tahun tertangguh",
            ),
            _t(
                "Trains every {n5} minutes: {city} metro beats ridership forecast",
                "Kereta tiap {n5} menit: metro {city} lampaui target penumpang",
                "Kereta api setiap {n5} minit: metro {city} lepasi unjuran penumpang",
            ),
        ),
        "leads": (
            _t(
                "A new driverless rail line in {city} carried {n1} passengers in its first week, the operator said, well above its own forecast.",
                "Jalur kereta tanpa masinis yang baru di {city} mengangkut {n1} penumpang pada pekan pertamanya, kata operator, jauh di atas perkiraan mereka sendiri.",
                "Laluan kereta api tanpa pemandu yang baharu di {city} membawa {n1} penumpang pada minggu pertamanya, kata pengendali, jauh melebihi unjuran mereka sendiri.",
            ),
            _t(
                "{city} opened its first driverless metro line, a {n2}-kilometre route that runs {n5} years behind its original schedule.",
                "{city} meresmikan jalur metro tanpa masinis pertamanya, rute sepanjang {n2} kilometer yang terlambat {n5} tahun dari jadwal awal.",
                "{city} membuka laluan metro tanpa pemandu pertamanya, laluan sepanjang {n2} kilometer yang terlewat {n5} tahun daripada jadual asal.",
            ),
        ),
        "facts": (
            _t(
                "The line runs {n2} kilometres and links the airport with the business district.",
                "Jalur tersebut sepanjang {n2} kilometer dan menghubungkan bandara dengan kawasan bisnis.",
                "Laluan itu sepanjang {n2} kilometer dan menghubungkan lapangan terbang dengan kawasan perniagaan.",
            ),
            _t(
                "Trains run every {n5} minutes at peak hours, the operator said.",
                "Kereta beroperasi setiap {n5} menit pada jam sibuk, kata operator.",
                "Kereta api bergerak setiap {n5} minit pada waktu puncak, kata pengendali.",
            ),
            _t(
                "{p1}, {r1}, said ticket prices would stay unchanged until the end of the year.",
                "{p1}, {r1}, mengatakan harga tiket tidak akan berubah hingga akhir tahun.",
                "{p1}, {r1}, berkata harga tiket tidak akan berubah sehingga akhir tahun.",
            ),
            _t(
                "The project ran {n5} years behind schedule.",
                "Proyek tersebut terlambat {n5} tahun dari jadwal.",
                "Projek itu terlewat {n5} tahun daripada jadual.",
            ),
            _t(
                "Commuters said the journey to the centre now took less than half an hour.",
                "Para penglaju mengatakan perjalanan ke pusat kota kini memakan waktu kurang dari setengah jam.",
                "Para penumpang berkata perjalanan ke pusat bandar kini mengambil masa kurang daripada setengah jam.",
            ),
        ),
        "quotes": (
            _t(
                '"I used to leave home at five in the morning. Now I can sleep a little longer," said one commuter.',
                '"Dulu saya berangkat dari rumah pukul lima pagi. Sekarang saya bisa tidur sedikit lebih lama," kata seorang penglaju.',
                '"Dulu saya keluar rumah pada pukul lima pagi. Sekarang saya boleh tidur lebih lama sedikit," kata seorang penumpang.',
            ),
            _t(
                '"The real test will be the rainy season and the holiday crowds," said {p2}, {r2}.',
                '"Ujian sesungguhnya adalah musim hujan dan keramaian saat libur," kata {p2}, {r2}.',
                '"Ujian sebenar ialah musim hujan dan kesesakan musim cuti," kata {p2}, {r2}.',
            ),
        ),
    },
    "quake": {
        "section": "world",
        "roles": (
            _t(
                "a spokesman for the disaster agency",
                "juru bicara badan penanggulangan bencana",
                "jurucakap agensi pengurusan bencana",
            ),
            _t("a seismologist", "seorang ahli seismologi", "seorang pakar seismologi"),
        ),
        "tags": _t("Earthquake", "Gempa", "Gempa Bumi"),
        "headlines": (
            _t(
                "Magnitude {mag} quake shakes {city}, no tsunami warning",
                "Gempa magnitudo {mag} guncang {city}, tidak berpotensi tsunami",
                "Gempa bumi magnitud {mag} gegar {city}, tiada amaran tsunami",
            ),
            _t(
                "{n4} buildings damaged as quake strikes near {city}",
                "{n4} bangunan rusak akibat gempa di dekat {city}",
                "{n4} bangunan rosak akibat gempa bumi berhampiran {city}",
            ),
            _t(
                "{n2} aftershocks follow magnitude {mag} quake near {city}",
                "{n2} gempa susulan ikuti gempa magnitudo {mag} dekat {city}",
                "{n2} gegaran susulan selepas gempa bumi magnitud {mag} berhampiran {city}",
            ),
        ),
        "leads": (
            _t(
                "A magnitude {mag} earthquake struck near {city}, damaging {n4} buildings and sending residents running into the streets, officials said.",
                "Gempa bermagnitudo {mag} mengguncang dekat {city}, merusak {n4} bangunan dan membuat warga berhamburan ke jalan, kata pejabat.",
                "Gempa bumi bermagnitud {mag} melanda berhampiran {city}, merosakkan {n4} bangunan dan menyebabkan penduduk berlari ke jalan, kata pegawai.",
            ),
            _t(
                "Residents of {city} spent the night outdoors after a magnitude {mag} quake and {n2} aftershocks damaged {n4} buildings.",
                "Warga {city} bermalam di luar rumah setelah gempa magnitudo {mag} dan {n2} gempa susulan merusak {n4} bangunan.",
                "Penduduk {city} bermalam di luar rumah selepas gempa bumi magnitud {mag} dan {n2} gegaran susulan merosakkan {n4} bangunan.",
            ),
        ),
        "facts": (
            _t(
                "The quake struck at a depth of {n2} kilometres, according to the geophysics agency.",
                "Gempa terjadi pada kedalaman {n2} kilometer, menurut badan geofisika.",
                "Gempa bumi berlaku pada kedalaman {n2} kilometer, menurut agensi geofizik.",
            ),
            _t(
                "No tsunami warning was issued, but coastal residents were told to stay alert.",
                "Tidak ada peringatan tsunami, tetapi warga pesisir diminta tetap waspada.",
                "Tiada amaran tsunami dikeluarkan, tetapi penduduk pesisir pantai diminta berwaspada.",
            ),
            _t(
                "{p1}, {r1}, said {n5} people were treated for minor injuries.",
                "{p1}, {r1}, mengatakan {n5} orang dirawat karena luka ringan.",
                "{p1}, {r1}, berkata {n5} orang dirawat kerana cedera ringan.",
            ),
            _t(
                "At least {n2} aftershocks were recorded in the following hours.",
                "Sedikitnya {n2} gempa susulan tercatat dalam beberapa jam berikutnya.",
                "Sekurang-kurangnya {n2} gegaran susulan direkodkan dalam beberapa jam berikutnya.",
            ),
            _t(
                "Schools in the area were closed while engineers checked the buildings.",
                "Sekolah di daerah itu diliburkan sementara insinyur memeriksa bangunan.",
                "Sekolah di kawasan itu ditutup sementara jurutera memeriksa bangunan.",
            ),
        ),
        "quotes": (
            _t(
                '"The shaking lasted about twenty seconds and everything fell off the shelves," one shopkeeper said.',
                '"Guncangannya berlangsung sekitar dua puluh detik dan semua barang jatuh dari rak," kata seorang pemilik toko.',
                '"Gegaran berlangsung kira-kira dua puluh saat dan semua barang jatuh dari rak," kata seorang pemilik kedai.',
            ),
            _t(
                '"Buildings put up after the new code was introduced held up well," said {p2}, {r2}.',
                '"Bangunan yang didirikan setelah aturan baru diberlakukan bertahan dengan baik," kata {p2}, {r2}.',
                '"Bangunan yang didirikan selepas kod baharu diperkenalkan bertahan dengan baik," kata {p2}, {r2}.',
            ),
        ),
    },
}

# Sentences any topic can use.
GENERIC = (
    _t(
        "{p1} said the government would publish a full assessment within {n5} weeks.",
        "{p1} mengatakan pemerintah akan menerbitkan penilaian lengkap dalam {n5} pekan.",
        "{p1} berkata kerajaan akan menerbitkan penilaian penuh dalam tempoh {n5} minggu.",
    ),
    _t(
        "{p2} said the figures showed how quickly conditions could change in {country}.",
        "{p2} mengatakan angka-angka itu menunjukkan betapa cepatnya kondisi dapat berubah di {country}.",
        "{p2} berkata angka itu menunjukkan betapa cepatnya keadaan boleh berubah di {country}.",
    ),
    _t(
        '"People want clear answers, and they want them now," {p1} told reporters in {city}.',
        '"Masyarakat menginginkan jawaban yang jelas, dan mereka menginginkannya sekarang," kata {p1} kepada wartawan di {city}.',
        '"Orang ramai mahukan jawapan yang jelas, dan mereka mahukannya sekarang," kata {p1} kepada pemberita di {city}.',
    ),
    _t(
        '"This is not the first time, and it will not be the last," said {p2}.',
        '"Ini bukan yang pertama kali, dan tidak akan menjadi yang terakhir," kata {p2}.',
        '"Ini bukan kali pertama, dan ia tidak akan menjadi yang terakhir," kata {p2}.',
    ),
    _t(
        "A similar situation in {year} affected around {n3} people across the region.",
        "Situasi serupa pada {year} berdampak pada sekitar {n3} orang di seluruh kawasan.",
        "Situasi serupa pada {year} menjejaskan kira-kira {n3} orang di seluruh rantau.",
    ),
    _t(
        "Officials in {country} said they would meet again in {n5} days to review progress.",
        "Pejabat di {country} mengatakan mereka akan kembali bertemu dalam {n5} hari untuk meninjau perkembangan.",
        "Pegawai di {country} berkata mereka akan bertemu semula dalam tempoh {n5} hari untuk menilai kemajuan.",
    ),
    _t(
        "{p2}, {r2}, said it was too early to draw firm conclusions.",
        "{p2}, {r2}, mengatakan masih terlalu dini untuk menarik kesimpulan pasti.",
        "{p2}, {r2}, berkata masih terlalu awal untuk membuat kesimpulan muktamad.",
    ),
    _t(
        "The figures could not be independently verified.",
        "Angka-angka tersebut tidak dapat diverifikasi secara independen.",
        "Angka tersebut tidak dapat disahkan secara bebas.",
    ),
    _t(
        "{p1} was due to visit {city} again in the coming days.",
        "{p1} dijadwalkan kembali mengunjungi {city} dalam beberapa hari mendatang.",
        "{p1} dijadual melawat {city} sekali lagi dalam beberapa hari akan datang.",
    ),
    _t(
        "Local television showed long queues outside government offices in {city}.",
        "Televisi lokal menayangkan antrean panjang di luar kantor pemerintah di {city}.",
        "Televisyen tempatan menunjukkan barisan panjang di luar pejabat kerajaan di {city}.",
    ),
    _t(
        "The government set aside {n4} billion to deal with the consequences, {p1} said.",
        "Pemerintah menyiapkan {n4} miliar untuk menangani dampaknya, kata {p1}.",
        "Kerajaan memperuntukkan {n4} bilion untuk menangani kesannya, kata {p1}.",
    ),
    _t(
        "Opposition politicians called for an inquiry into how the authorities had prepared.",
        "Politisi oposisi menyerukan penyelidikan atas persiapan yang dilakukan pihak berwenang.",
        "Ahli politik pembangkang menggesa siasatan tentang persediaan pihak berkuasa.",
    ),
)


def _number(n: int, language: str) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if language == "id" else text


def _decimal(x: float, language: str) -> str:
    text = f"{x:.1f}"
    return text.replace(".", ",") if language == "id" else text


def _percent(x: float, language: str) -> str:
    word = {"en": "percent", "id": "persen", "ms": "peratus"}[language]
    return f"{_decimal(x, language)} {word}"


class ProceduralStories:
    """Deterministic generated stories, by index, for one seed."""

    #: One procedural story in EVENT_SHARE shares its event with its neighbours (groups of 3).
    EVENT_GROUP = 3
    EVENT_SHARE = 4

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._event = lru_cache(maxsize=4096)(self._draw_event)

    def event_of(self, index: int) -> tuple[str, int]:
        """The event key of story ``index`` and the story's position within the event."""
        group = index // self.EVENT_GROUP
        if self.shares_event(index):
            return f"event-{self.seed}-g{group}", index % self.EVENT_GROUP
        return f"event-{self.seed}-{index}", 0

    def shares_event(self, index: int) -> bool:
        """Story ``index`` is one of several independent reports of its event."""
        return (index // self.EVENT_GROUP) % self.EVENT_SHARE == 0

    def _draw_event(self, key: str) -> dict:
        rng = Random(f"{self.seed}:{key}")
        topic = rng.choice(sorted(TOPICS))
        names = rng.sample(FIRST_NAMES, 2), rng.sample(LAST_NAMES, 2)
        city, country = rng.choice(CITIES)
        s1 = rng.randint(1, 4)
        return {
            "topic": topic,
            "city": city,
            "country": COUNTRIES[country],
            "p1": f"{names[0][0]} {names[1][0]}",
            "p2": f"{names[0][1]} {names[1][1]}",
            "n1": rng.randint(1_000, 60_000),
            "n2": rng.randint(3, 40),
            "n3": rng.randint(10_000, 900_000),
            "n4": rng.randint(20, 400),
            "n5": rng.randint(2, 12),
            "d1": rng.randint(5, 30) / 10,
            "pct": rng.randint(5, 150) / 10,
            "pct2": rng.randint(20, 70) / 10,
            "mag": rng.randint(48, 71) / 10,
            "minute": rng.randint(60, 94),
            "s1": s1,
            "s2": rng.randint(0, s1 - 1),
            "year": rng.randint(2009, 2019),
            "headline": rng.randrange(3),
        }

    def section_of(self, index: int) -> str:
        """The section of story ``index``, without writing the story."""
        return TOPICS[self._event(self.event_of(index)[0])["topic"]]["section"]

    def title(self, index: int, language: str) -> str:
        """The headline of story ``index``, without writing the story."""
        event_key, position = self.event_of(index)
        facts = self._event(event_key)
        topic = TOPICS[facts["topic"]]
        headline = topic["headlines"][(position + facts["headline"]) % len(topic["headlines"])]
        li = LANGUAGES.index(language)
        return _capitalize(headline[li].format(**_values(facts, topic, li, language)))

    def story(self, index: int, story_id: str | None = None) -> Story:
        """Story ``index``: same index and seed, same story."""
        event_key, position = self.event_of(index)
        facts = self._event(event_key)
        topic = TOPICS[facts["topic"]]
        rng = Random(f"{self.seed}:story:{index}")
        # Stories of one event never share a headline: positions 0, 1, 2 take different ones.
        headline = topic["headlines"][(position + facts["headline"]) % len(topic["headlines"])]
        if self.shares_event(index):
            # Independent reports of one event share its names and figures, not its sentences:
            # each takes its own slice of the topic's facts, quotes and generic sentences, and
            # its own lead (the third report leads with one of its facts).
            def own(sentences: tuple) -> list:
                return [s for i, s in enumerate(sentences) if i % self.EVENT_GROUP == position]

            mine = own(topic["facts"])
            lead = topic["leads"][position] if position < len(topic["leads"]) else mine.pop(0)
            pool = mine + own(topic["quotes"]) + own(GENERIC)
            rng.shuffle(pool)
            sentences = [lead] + pool
        else:
            lead = topic["leads"][position % len(topic["leads"])]
            pool = list(topic["facts"]) + list(topic["quotes"]) + rng.sample(GENERIC, 5)
            rng.shuffle(pool)
            sentences = [lead] + pool[: rng.randint(7, len(pool))]
        # Paragraphs of one or two sentences; quotes stand alone, as in wire copy.
        shape: list[list[int]] = []
        for i, sentence in enumerate(sentences):
            if shape and len(shape[-1]) == 1 and i > 1 and not sentence[0][0] == '"' and rng.random() < 0.35:
                shape[-1].append(i)
            else:
                shape.append([i])
        agency = rng.choices([a for a, _ in AGENCY_WEIGHTS], [w for _, w in AGENCY_WEIGHTS])[0]
        authors: tuple[str, ...] = ()
        if rng.random() < 0.35:
            authors = (f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",)
        texts = {}
        for li, language in enumerate(LANGUAGES):
            values = _values(facts, topic, li, language)
            paragraphs = tuple(
                " ".join(_capitalize(sentences[i][li].format(**values)) for i in group) for group in shape
            )
            texts[language] = Text(
                title=_capitalize(headline[li].format(**values)),
                dateline=facts["city"][li],
                paragraphs=paragraphs,
                tags=(topic["tags"][li], facts["city"][li], facts["country"][li].removeprefix("the ")),
            )
        return Story(
            id=story_id or f"gen-{self.seed}-{index}",
            event=event_key,
            agency=agency,
            authors=authors,
            section=topic["section"],
            texts=texts,
            image=facts["topic"],
        )


def _values(facts: dict, topic: dict, li: int, language: str) -> dict:
    values = {
        "city": facts["city"][li],
        "country": facts["country"][li],
        "p1": facts["p1"],
        "p2": facts["p2"],
        "r1": topic["roles"][0][li],
        "r2": topic["roles"][1][li],
        "pct": _percent(facts["pct"], language),
        "pct2": _percent(facts["pct2"], language),
        "d1": _decimal(facts["d1"], language),
        "mag": _decimal(facts["mag"], language),
    }
    for key in ("n1", "n2", "n3", "n4", "n5"):
        values[key] = _number(facts[key], language)
    for key in ("s1", "s2", "minute", "year"):
        values[key] = facts[key]
    return values


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text and text[0].islower() else text
