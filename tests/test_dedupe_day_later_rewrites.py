"""A desk's rewrite of a wire story in another language, a day later, is a copy of the story.

An Indonesian portal retells an English wire story the next day in its own order: the figures
moved up into the lead, titles and institutions translated, the chief executive's quote told as
reported speech, an amount converted to rupiah, a line of context of its own. The anchor score
and the mention order fall short of the translation bar (review set 15's rewrites: 0.33-0.58);
it gives the wire's figures and no figure or quotation of its own
(``evidence.rewritten_later``). An outlet's own report the next day quotes someone; a follow-up
the next day brings a figure of its own: both stay apart.

Fixtures written for these tests: a fictional ferry operator of Meranti ordering ships from a
fictional yard in Busan, an English wire story, a mirror's literal Indonesian translation of it and
a portal's cut to the lead and the quote the same morning, an Indonesian rewrite 26 hours later, a
portal's own report of the order the next day quoting the operator's director, and a follow-up the
next day on the operator's shares.
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, evidence, fingerprint
from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import stories_of

WIRE_EN = (
    "MERANTI, Nov 4 (Lintas Wire) - Sakti Bahari Lines signed a contract on Wednesday for three"
    " passenger ferries to be built by Haedong Shipbuilding in Busan, the Meranti-based operator told"
    " the stock exchange.\n\n"
    "The 86-metre ships, each carrying 640 passengers and 45 vehicles, will be delivered between 2029"
    " and 2031 and will serve the crossing of the Karsa Strait, the Transport Ministry said.\n\n"
    '"Our fleet is the oldest on these waters, and the new ships will cut the crossing to under four'
    ' hours," chief executive Rudi Halawa said at the signing, attended by South Korean Ambassador'
    " Lee Dong-hoon.\n\n"
    "The contract is worth $312 million, the company said, its largest order since it was founded."
)
#: A mirror's literal Indonesian translation of the wire, the same morning.
TRANSLATION_ID = (
    "MERANTI, 4 Nov (Lintas Wire) - Sakti Bahari Lines menandatangani kontrak pada Rabu untuk tiga"
    " kapal feri penumpang yang akan dibangun oleh Haedong Shipbuilding di Busan, kata operator yang"
    " berbasis di Meranti itu kepada bursa saham.\n\n"
    "Kapal sepanjang 86 meter itu, masing-masing membawa 640 penumpang dan 45 kendaraan, akan dikirim"
    " antara 2029 dan 2031 dan akan melayani penyeberangan Selat Karsa, kata Kementerian Perhubungan.\n\n"
    '"Armada kami adalah yang tertua di perairan ini, dan kapal-kapal baru akan memangkas penyeberangan'
    ' menjadi kurang dari empat jam," kata kepala eksekutif Rudi Halawa saat penandatanganan, yang'
    " dihadiri Duta Besar Korea Selatan Lee Dong-hoon.\n\n"
    "Nilai kontrak itu 312 juta dolar AS, kata perusahaan, pesanan terbesarnya sejak didirikan."
)
#: A portal's Indonesian translation of the wire cut to the lead and the quote, the same morning.
CUT_ID = (
    "Meranti (Lintas Wire) - Sakti Bahari Lines menandatangani kontrak pada Rabu untuk tiga kapal feri"
    " penumpang yang akan dibangun Haedong Shipbuilding di Busan, kata operator asal Meranti itu.\n\n"
    '"Armada kami yang tertua di perairan ini, dan kapal baru akan memangkas penyeberangan menjadi'
    ' kurang dari empat jam," kata kepala eksekutif Rudi Halawa.'
)
#: The rewrite: figures in the lead, the amount in rupiah too, the quote told without its speaker,
#: a line of its own.
REWRITE_ID = (
    "Sakti Bahari Lines akan mendatangkan tiga kapal penyeberangan baru sepanjang 86 meter yang"
    " masing-masing mampu mengangkut 640 penumpang dan 45 kendaraan.\n\n"
    "Perusahaan menyebut kapal baru itu akan memangkas waktu tempuh penyeberangan menjadi kurang dari"
    " empat jam. Menurut Kementerian Perhubungan, kapal-kapal itu akan melayani penyeberangan Selat"
    " Karsa mulai 2029 hingga 2031.\n\n"
    "Nilai pesanannya 312 juta dolar AS atau sekitar Rp4,9 triliun. Kontraknya diteken dengan galangan"
    " kapal di Busan, Korea Selatan, Rabu (4/11).\n\n"
    "Armada perusahaan itu selama ini dikenal sebagai yang tertua di perairan tersebut."
)
#: A portal's own report the next day: the wire's figures in its own order, the director quoted.
OWN_REPORT_ID = (
    '"Kami ingin penumpang menyeberang dengan aman dan nyaman, tidak lagi berdesakan di dek," kata'
    " Direktur Operasional Sakti Bahari Lines Maria Sembiring di Meranti, Kamis (5/11).\n\n"
    "Maria mengatakan setiap kapal baru memuat 45 kendaraan dan 640 penumpang, dengan panjang 86"
    " meter.\n\n"
    "Perusahaan menyiapkan 312 juta dolar AS untuk pesanan tiga kapal itu."
)
#: The next day's follow-up: the shares' rise its own news, the order recalled below with its figures.
FOLLOW_UP_ID = (
    "Saham Sakti Bahari Lines melonjak 17 persen pada perdagangan kemarin. Analis menilai armada baru"
    " akan menaikkan pendapatan perusahaan mulai 2029.\n\n"
    "Perusahaan sehari sebelumnya meneken kontrak senilai 312 juta dolar AS untuk tiga kapal dari"
    " galangan Haedong Shipbuilding di Busan.\n\n"
    "Tiap kapal memuat 45 kendaraan dan 640 penumpang, dengan panjang 86 meter."
)


def _docs() -> dict[str, dict]:
    return {
        "wire": article("https://lintaswire.example/ferries", WIRE_EN, "en", "2026-11-04", 6),
        "translation": article("https://cerminberita.example/feri-meranti", TRANSLATION_ID, "id", "2026-11-04", 7),
        "cut": article("https://sekilasnews.example/feri-baru", CUT_ID, "id", "2026-11-04", 9),
        "rewrite": article("https://kabarlaut.example/kapal-baru", REWRITE_ID, "id", "2026-11-05", 8),
        "own": article("https://portalmeranti.example/pesan-kapal", OWN_REPORT_ID, "id", "2026-11-05", 9),
        "follow_up": article("https://bursakita.example/saham-sbl", FOLLOW_UP_ID, "id", "2026-11-05", 10),
    }


def test_a_rewrite_a_day_later_is_a_copy_of_the_wire():
    docs = {name: fingerprint(doc) for name, doc in _docs().items()}
    for first, second in (("rewrite", "wire"), ("wire", "rewrite")):
        found = compare(docs[first], docs[second])
        assert found is not None and found.kind == "translation", (first, second)


def test_the_same_text_published_with_the_wire_is_not_read_so():
    """The rule reads a retelling a day later only: within hours, an outlet's own report of the
    event gives the wire's figures as often."""
    docs = _docs()
    docs["rewrite"]["published_at"] = "2026-11-04T09:00:00+00:00"
    wire, rewrite = fingerprint(docs["wire"]), fingerprint(docs["rewrite"])
    assert not evidence.rewritten_later(wire, rewrite)


def test_an_own_report_quoting_someone_a_day_later_is_none():
    docs = {name: fingerprint(doc) for name, doc in _docs().items()}
    assert not evidence.rewritten_later(docs["wire"], docs["own"])
    assert compare(docs["own"], docs["wire"]) is None


def test_a_follow_up_with_a_figure_of_its_own_is_none():
    docs = {name: fingerprint(doc) for name, doc in _docs().items()}
    assert not evidence.rewritten_later(docs["wire"], docs["follow_up"])
    assert compare(docs["follow_up"], docs["wire"]) is None


@pytest.mark.parametrize("order", list(itertools.permutations(["wire", "translation", "rewrite", "own", "follow_up"])))
def test_the_rewrite_joins_the_wire_and_the_others_stay_apart_in_every_order(tmp_path, order):
    """The wire's literal translation, text to text another story to the rewrite, does not keep it
    out (``DedupeEngine._another_text``: the rewrite retells its figures)."""
    story = stories_of(tmp_path, _docs(), order)
    assert story["translation"] == story["wire"]
    assert story["rewrite"] == story["wire"]
    assert story["own"] != story["wire"]
    assert story["follow_up"] != story["wire"]


@pytest.mark.parametrize("order", list(itertools.permutations(["wire", "rewrite", "cut"])))
def test_a_cut_joins_after_the_rewrite(tmp_path, order):
    """The rewrite, a loose member, retells the cut's figures: text to text it says nothing of the
    cut (``DedupeEngine._another_text``)."""
    story = stories_of(tmp_path, _docs(), order)
    assert story["rewrite"] == story["wire"]
    assert story["cut"] == story["wire"]


#: A follow-up the next day with its own news first (the crews' training), no figure or quotation
#: of its own, the wire's figures recalled in its last paragraph only.
BACKGROUND_ID = (
    "Awak kapal Sakti Bahari Lines mulai menjalani pelatihan di akademi pelayaran Meranti sebelum"
    " kapal-kapal baru tiba. Para nakhoda dan mualim belajar sistem navigasi yang belum pernah"
    " mereka pakai.\n\n"
    "Pengelola akademi mengatakan kurikulumnya disusun bersama galangan pembuat kapal dan diawasi"
    " regulator pelayaran.\n\n"
    "Kapal sepanjang 86 meter itu masing-masing memuat 640 penumpang dan 45 kendaraan. Nilai"
    " pesanannya 312 juta dolar AS."
)
#: A follow-up the next day with the wire's figures up top and years and counts of its own below.
OWN_YEARS_ID = (
    "Tiga kapal sepanjang 86 meter yang memuat 640 penumpang dan 45 kendaraan akan menggantikan"
    " armada lama Sakti Bahari Lines senilai 312 juta dolar AS.\n\n"
    "Pada 2017 dan 2020 perusahaan itu sempat menghentikan 2 dan 7 kapalnya karena kerusakan mesin,"
    " dan penumpang terlantar di pelabuhan selama berhari-hari."
)


def test_a_follow_up_recalling_the_wire_below_its_own_news_is_none():
    """Its lead neither gives the wire's figures nor names the wire's lead: the figures are
    background (``evidence._leads_with_wire``)."""
    docs = _docs()
    docs["background"] = article("https://pelautkita.example/pelatihan", BACKGROUND_ID, "id", "2026-11-05", 9)
    wire, background = fingerprint(docs["wire"]), fingerprint(docs["background"])
    assert not evidence.rewritten_later(wire, background)
    assert compare(background, wire) is None
    assert compare(wire, background) is None


def test_a_follow_up_with_years_and_counts_of_its_own_is_none():
    """Small numbers the wire gives nowhere (two or more) are the follow-up's own counts, though no
    specific figure is; a year of context alone is not (``evidence._own_small_figures``)."""
    docs = _docs()
    docs["own_years"] = article("https://kabarlaut.example/armada-lama", OWN_YEARS_ID, "id", "2026-11-05", 9)
    wire, follow_up = fingerprint(docs["wire"]), fingerprint(docs["own_years"])
    assert not evidence.rewritten_later(wire, follow_up)
    assert compare(follow_up, wire) is None


def test_an_own_report_quoting_someone_in_single_quotes_is_none():
    """Malaysian papers quote in single quotes ("'...,' kata dia"): a quotation all the same."""
    docs = _docs()
    docs["own"]["body"] = OWN_REPORT_ID.replace('"', "'")
    wire, own = fingerprint(docs["wire"]), fingerprint(docs["own"])
    assert own["quotes"] == ["kami ingin penumpang menyeberang dengan aman dan nyaman"]
    assert not evidence.rewritten_later(wire, own)


def test_single_quoted_speech_beside_a_speech_verb_only_is_a_quotation():
    from newscrawl.dedupe.text import quotes

    text = (
        "The operator's chief said: 'we will sail before the monsoon starts' at the port. The"
        " ferries' 'new engines run quieter than the old ones' in tests. 'Kapal ini lebih cepat"
        " dari yang lama,' ujar Rudi."
    )
    assert quotes(text) == ["we will sail before the monsoon starts", "kapal ini lebih cepat dari yang lama"]
