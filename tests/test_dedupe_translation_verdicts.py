"""Translation verdicts between outlets' own reports of one press conference in two languages.

Fixtures written for these tests: police in Dumai show the press a seizure of
methamphetamine smuggled by boat from Malaysia. An Indonesian paper's own report gives the briefing's
figures, the official's account, his words and what was seized, then the suspects sought; a
Malaysian paper's own report in Malay gives the same lead figures and account, then a Malaysian
angle of its own (the boat's port of departure, the Malaysian police's word). And a Malay
translation of the Indonesian report, names translated where a translator words them.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article

_DAY = "2026-08-17"

#: The Indonesian paper's own report of the briefing.
CUSTOMS_ID_OWN = (
    "DUMAI - Polisi menggagalkan penyelundupan 48 kilogram sabu yang dibawa kapal cepat ke Dumai,"
    " Riau. Tiga awak kapal ditangkap.\n\n"
    "Kapolres Dumai AKBP Rudy Hartono mengatakan kapal itu dicegat sekitar 9 mil dari Pulau Rupat"
    " setelah dibuntuti dua kapal patroli.\n\n"
    '"Sabu disembunyikan di bawah tumpukan karung ikan asin," ujar Rudy dalam jumpa pers, Senin.\n\n'
    "Selain sabu, polisi menyita 12.000 butir ekstasi dan uang tunai Rp 150 juta.\n\n"
    "Rudy menyebut penyidik masih mencari pemilik barang yang diduga mengendalikan jaringan dari"
    " dalam penjara."
)
#: The Malaysian paper's own report: the same lead and account, then a Malaysian angle.
CUSTOMS_MS_OWN = (
    "DUMAI: Polis Indonesia menggagalkan cubaan menyeludup 48 kilogram syabu dari Malaysia yang"
    " dibawa bot laju ke Dumai, Riau, dan menahan tiga anak kapal.\n\n"
    "Ketua Polis Dumai AKBP Rudy Hartono berkata bot itu dipintas kira-kira 9 batu nautika dari"
    " Pulau Rupat selepas diekori dua bot peronda.\n\n"
    "Menurut sumber, bot berkenaan dipercayai bertolak dari jeti haram di Batu Pahat, Johor.\n\n"
    "Polis Diraja Malaysia berkata pihaknya sedia membantu siasatan rakan sejawat di Indonesia."
)
#: A Malay mirror's translation of the Indonesian report.
CUSTOMS_MS_TRANSLATED = (
    "DUMAI - Polis menggagalkan penyeludupan 48 kilogram syabu yang dibawa bot laju ke Dumai, Riau."
    " Tiga anak kapal ditahan.\n\n"
    "Ketua Polis Dumai AKBP Rudy Hartono berkata bot itu dipintas kira-kira 9 batu dari Pulau Rupat"
    " selepas diekori dua bot peronda.\n\n"
    '"Syabu disembunyikan di bawah timbunan guni ikan masin," kata Rudy dalam sidang media, Isnin.\n\n'
    "Selain syabu, polis merampas 12,000 biji ekstasi dan wang tunai Rp 150 juta.\n\n"
    "Rudy berkata penyiasat masih mencari pemilik barang yang disyaki mengawal sindiket dari"
    " dalam penjara."
)

OWN_ID = article("https://harian.example/sabu-dumai", CUSTOMS_ID_OWN, "id", _DAY, 6, title="Bea Cukai gagalkan 48 kg sabu")
OWN_MS = article("https://akhbar.example/syabu-dumai", CUSTOMS_MS_OWN, "ms", _DAY, 7, title="Kastam Indonesia rampas 48 kg syabu")
TRANSLATED_MS = article(
    "https://cermin.example/syabu-dumai", CUSTOMS_MS_TRANSLATED, "ms", _DAY, 8, title="Kastam gagalkan 48 kg syabu"
)


def test_two_outlets_own_reports_in_two_languages_are_no_translation():
    """The Malaysian paper gives the briefing's lead (the haul, the crew, the official, the
    island, the boats) and then two paragraphs of its own, where the Indonesian paper gives the
    official's words and what else was seized: only their anchors agree (R40's probe: an
    Indonesian and a Malay outlet's own reports of one press conference, 0.706 before)."""
    own_id, own_ms = fingerprint(OWN_ID), fingerprint(OWN_MS)
    assert compare(own_id, own_ms) is None
    assert compare(own_ms, own_id) is None


def test_a_translation_into_the_neighbouring_language_stays_one():
    """The Malay translation of the Indonesian report keeps every paragraph in place."""
    own_id, translated = fingerprint(OWN_ID), fingerprint(TRANSLATED_MS)
    assert compare(own_id, translated).kind == "translation"
    assert compare(translated, own_id).kind == "translation"
