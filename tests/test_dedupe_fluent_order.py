"""A fluent translation rebuilds each sentence and keeps the paragraphs in order.

Fixtures written for these tests: Japan and Indonesia sign a $1.2 billion loan for a Jakarta
commuter line. The English wire story gives it in five paragraphs; a fluent Indonesian
translation gives every dollar figure in rupiah and rebuilds each sentence (the two leaders
named the other way round, "Indonesia dan Jepang" for "Japan and Indonesia", the city and the
day on top, the loan's terms after the trains, the target before last year's trade), paragraph for
paragraph. An Indonesian paper's own report of the signing gives
the same names and figures in five paragraphs of its own order (the minister's account first,
the loan's terms last).
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article

_DAY = "2026-12-04"

WIRE = (
    "Japan and Indonesia on Friday signed a $1.2 billion loan agreement for the second phase of"
    " Jakarta's MRT North-South line, extending it to Ancol, the biggest Japanese infrastructure"
    " loan to Southeast Asia this year.\n\n"
    "The agreement was signed in Tokyo in the presence of Prime Minister Shigeru Ishiba and"
    " President Prabowo Subianto, who also discussed energy and fisheries.\n\n"
    '"This line will carry Jakarta into a new era of public transport," Ishiba told a joint news'
    " conference.\n\n"
    "Under the deal, the Japan International Cooperation Agency will lend at 0.1 percent over 40"
    " years, and Japanese firms will supply 48 trains, officials said.\n\n"
    "Trade between the two countries stood at about $36 billion last year and the leaders agreed"
    " to raise it to $45 billion by 2030."
)
FLUENT_ID = (
    "Di Tokyo, Jumat, Indonesia dan Jepang menandatangani perjanjian pinjaman senilai sekitar"
    " Rp 19,5 triliun untuk memperpanjang hingga Ancol jalur Utara-Selatan MRT Jakarta. Ini pinjaman"
    " infrastruktur Jepang terbesar ke Asia Tenggara tahun ini.\n\n"
    "Penandatanganan disaksikan Presiden Prabowo Subianto dan Perdana Menteri Shigeru Ishiba,"
    " yang juga membahas energi dan perikanan.\n\n"
    "Ishiba menyebut jalur itu akan membawa transportasi publik Jakarta ke era baru.\n\n"
    "Perusahaan Jepang akan memasok 48 rangkaian kereta, sedangkan Japan International Cooperation"
    " Agency memberi pinjaman selama 40 tahun dengan bunga 0,1 persen, menurut pejabat.\n\n"
    "Kedua pemimpin sepakat menaikkan nilai perdagangan menjadi Rp 730 triliun pada 2030 dari"
    " sekitar Rp 585 triliun tahun lalu."
)
OWN_ID = (
    "Menteri Perhubungan Dudy Purwagandhi mengatakan Jepang akan memasok 48 rangkaian kereta untuk"
    " MRT Jakarta jalur Utara-Selatan hingga Ancol, setelah Presiden Prabowo Subianto dan Perdana"
    " Menteri Shigeru Ishiba bertemu di Tokyo, Jumat.\n\n"
    "Dudy menyebut perdagangan kedua negara tahun lalu sekitar Rp 585 triliun dan ditargetkan"
    " Rp 730 triliun pada 2030, sementara Jepang tetap investor terbesar kedua di Indonesia.\n\n"
    "Ishiba dan Prabowo juga membahas kerja sama energi dan perikanan, termasuk pelabuhan ikan"
    " di Natuna.\n\n"
    "Pinjaman Japan International Cooperation Agency untuk proyek itu senilai Rp 19,5 triliun,"
    " berbunga 0,1 persen selama 40 tahun.\n\n"
    "Proyek tahap kedua ditargetkan beroperasi pada 2029 dan melayani 200.000 penumpang per hari."
)

ORIGINAL = article(
    "https://wire.example/mrt-loan", WIRE, "en", _DAY, 6, title="Japan lends Indonesia $1.2 billion for Jakarta MRT"
)
FLUENT = article(
    "https://portal.example/mrt", FLUENT_ID, "id", _DAY, 9, title="Jepang pinjamkan Rp 19,5 triliun untuk MRT Jakarta"
)
OWN = article("https://harian.example/mrt", OWN_ID, "id", _DAY, 8, title="Jepang pasok 48 kereta MRT Jakarta")


def test_a_fluent_translation_rebuilding_each_sentence_is_a_translation():
    """Dollars in rupiah and each sentence rebuilt: the names and figures come in another order
    within the paragraphs, in the same paragraphs one after the other."""
    original, fluent = fingerprint(ORIGINAL), fingerprint(FLUENT)
    for a, b in ((original, fluent), (fluent, original)):
        found = compare(a, b)
        assert found is not None and found.kind == "translation", found


def test_an_own_report_in_its_own_paragraph_order_is_no_translation():
    """The paper's own report names the same people and figures, its paragraphs in its own order."""
    original, own = fingerprint(ORIGINAL), fingerprint(OWN)
    assert compare(original, own) is None
    assert compare(own, original) is None
