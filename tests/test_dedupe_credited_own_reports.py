"""A wire's short report crediting itself, and an outlet's own short report of the same decision in
another language crediting no one (review set 9's N537/N539: Kontan's rice import report against
Reuters'). Each has a paragraph the other lacks and tells the shared facts in its own arrangement:
two stories, though one side credits an agency (``evidence.uncredited_own_reports``). A translation
of the wire that dropped its credit keeps the wire's paragraphs and stays a translation.

Fixtures written for this test: a garlic import decision (the minister, tonnage, stock and day),
an English wire report with traders' reaction in a port abroad, an Indonesian daily's own report
with the minister quoted and a growers' cooperative, and the wire report machine-translated with
its credit left out.
"""

from __future__ import annotations

import pytest

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import stories_of

GARLIC_EN = (
    "JAKARTA, Aug 6 (Reuters) - Indonesia will import 320,000 tons of garlic before the end of the year,"
    " its trade minister said on Thursday, a move that could lift wholesale prices in Qingdao.\n\n"
    "Garlic prices in Jinxiang rose about 4% after the announcement, two exporters in Shandong said.\n\n"
    "Trade Minister Arief Wicaksono said government stocks had fallen to 45,000 tons."
)
#: The daily's own report: the same minister, tonnages and day, its own quote and a cooperative.
GARLIC_ID_OWN = (
    "Pemerintah menetapkan impor bawang putih sebanyak 320.000 ton hingga akhir tahun. Keputusan itu"
    " diambil dalam rapat di Kementerian Perdagangan, Kamis (6/8).\n\n"
    "Mendag Arief Wicaksono menyebut stok bawang putih pemerintah tinggal 45.000 ton."
    ' "Kita harus jaga harga menjelang Natal," katanya.\n\n'
    "Ketua Koperasi Petani Bawang Temanggung meminta kuota impor dikurangi agar harga panen lokal bertahan."
)
#: The wire report machine-translated, paragraph by paragraph, its credit left out.
GARLIC_ID_MT = (
    "Indonesia akan mengimpor 320.000 ton bawang putih sebelum akhir tahun, kata menteri perdagangannya"
    " pada hari Kamis, langkah yang bisa mengangkat harga grosir di Qingdao.\n\n"
    "Harga bawang putih di Jinxiang naik sekitar 4% setelah pengumuman itu, kata dua eksportir di Shandong.\n\n"
    "Menteri Perdagangan Arief Wicaksono mengatakan stok pemerintah telah turun menjadi 45.000 ton."
)


def _docs() -> dict[str, dict]:
    en = article("https://wire.example/garlic-imports", GARLIC_EN, "en", "2026-08-06", 6)
    own = article("https://harian.example/impor-bawang-putih", GARLIC_ID_OWN, "id", "2026-08-06", 4)
    mt = article("https://portal.example/impor-bawang-putih-320-ribu-ton", GARLIC_ID_MT, "id", "2026-08-06", 9)
    en["title"] = "Indonesia to import 320,000 T of garlic as stocks fall"
    own["title"] = "Pemerintah impor bawang putih 320.000 ton hingga akhir tahun"
    mt["title"] = "Indonesia impor 320.000 ton bawang putih"
    return {"en": en, "own": own, "mt": mt}


def test_the_wire_credits_itself_and_the_daily_no_one() -> None:
    docs = _docs()
    assert fingerprint(docs["en"])["text_agencies"] == ["Reuters"]
    assert not fingerprint(docs["own"])["text_agencies"]


@pytest.mark.parametrize("order", [("en", "own"), ("own", "en")])
def test_own_report_against_a_crediting_wire_stays_apart(tmp_path, order) -> None:
    docs = _docs()
    assert compare(fingerprint(docs["en"]), fingerprint(docs["own"])) is None
    found = stories_of(tmp_path, docs, order)
    assert found["en"] != found["own"]


@pytest.mark.parametrize("order", [("en", "mt"), ("mt", "en")])
def test_an_uncredited_translation_of_the_wire_is_still_found(tmp_path, order) -> None:
    docs = _docs()
    evidence = compare(fingerprint(docs["en"]), fingerprint(docs["mt"]))
    assert evidence is not None and evidence.kind == "translation"
    found = stories_of(tmp_path, docs, order)
    assert found["en"] == found["mt"]


#: A wire's short rate decision and its Indonesian translation that splits the lead in two, merges
#: the last two paragraphs and adds a context line of its own: no paragraph lines up, but the two
#: read as one text and the translation keeps every figure.
RATE_EN = (
    "VALMORA, Aug 2 (Reuters) - The Veloran central bank kept its key rate at 4.25% on Thursday,"
    " as expected by 14 of 19 economists polled.\n\n"
    "Inflation slowed to 2.6% in July from 2.9% in June, the statistics office said.\n\n"
    "Governor Ilse Marren said the bank could cut rates in October if prices stay calm.\n\n"
    "The crown firmed 0.3% to 11.45 per dollar after the decision."
)
RATE_ID_SPLIT = (
    "Bank sentral Velora mempertahankan suku bunga acuannya di 4,25% pada Kamis.\n\n"
    "Keputusan itu sesuai perkiraan 14 dari 19 ekonom yang disurvei. Inflasi melambat menjadi 2,6% pada"
    " Juli dari 2,9% pada Juni, kata kantor statistik.\n\n"
    "Gubernur Ilse Marren mengatakan bank dapat memangkas suku bunga pada Oktober jika harga tetap"
    " tenang. Mata uang crown menguat 0,3% ke 11,45 per dolar AS setelah keputusan itu.\n\n"
    "Sebelumnya, Bank Pelta juga menahan suku bunga di tengah tekanan Dorin."
)


@pytest.mark.parametrize("order", [("en", "id"), ("id", "en")])
def test_a_translation_splitting_and_merging_paragraphs_of_a_crediting_wire_is_found(tmp_path, order) -> None:
    docs = {
        "en": article("https://wire.example/velora-rate", RATE_EN, "en", "2026-08-02", 8),
        "id": article("https://ekonomi.example/velora-tahan-bunga", RATE_ID_SPLIT, "id", "2026-08-02", 10),
    }
    evidence = compare(fingerprint(docs["en"]), fingerprint(docs["id"]))
    assert evidence is not None and evidence.kind == "translation"
    found = stories_of(tmp_path, docs, order)
    assert found["en"] == found["id"]


#: A wire's report of a minister's press conference crediting itself, and a portal's own report of it
#: in Indonesian crediting no one: the same levy, stock and export figures, but the portal quotes an
#: exporters' head in a line of its own between the briefing's lines (0.70 on anchors, agreement
#: 0.33). A translation adds its background below all it shares; an own report arranges its own.
LEVY_EN = (
    "ORLIN, Sept 9 (Reuters) - Veloria will cut its cocoa export levy to 7.5% from 10% starting"
    " October 1, Economy Minister Tomas Varel told a news conference in Orlin on Tuesday.\n\n"
    "Varel said stocks had risen to 4.2 million tons, while Trade Minister Ines Korda said exports"
    " fell 12% to 2.1 million tons in August.\n\n"
    "Traders said the move had been widely expected and would support prices in the coming weeks."
)
LEVY_ID_OWN = (
    "Pemerintah memangkas pungutan ekspor kakao menjadi 7,5% dari 10% mulai 1 Oktober, kata Menteri"
    " Ekonomi Tomas Varel dalam konferensi pers di Orlin, Selasa (9/9).\n\n"
    "Ketua asosiasi eksportir Bram Holtin menyambut baik keputusan itu.\n\n"
    "Menurut Varel, stok kakao naik menjadi 4,2 juta ton. Menteri Perdagangan Ines Korda menyebut ekspor"
    " Agustus turun 12% menjadi 2,1 juta ton."
)


@pytest.mark.parametrize("order", [("en", "own"), ("own", "en")])
def test_an_own_report_with_its_own_line_among_the_shared_stays_apart_from_a_crediting_wire(tmp_path, order) -> None:
    docs = {
        "en": article("https://wire.example/cocoa-levy", LEVY_EN, "en", "2026-09-09", 6),
        "own": article("https://portal.example/pungutan-kakao", LEVY_ID_OWN, "id", "2026-09-09", 8),
    }
    docs["en"]["title"] = "Veloria cuts cocoa export levy to 7.5%"
    docs["own"]["title"] = "Pemerintah pangkas pungutan ekspor kakao jadi 7,5%"
    en, own = fingerprint(docs["en"]), fingerprint(docs["own"])
    assert en["text_agencies"] == ["Reuters"] and not own["text_agencies"]
    assert compare(en, own) is None and compare(own, en) is None
    found = stories_of(tmp_path, docs, order)
    assert found["en"] != found["own"]
