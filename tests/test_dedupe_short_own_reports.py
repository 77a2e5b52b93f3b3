"""Two short own reports of one briefing, in two languages, are no translation on anchors alone.

A business portal's own Indonesian report of a central bank's decision and a news agency's own
English report share the governor, the bank and the held rate, in the briefing's order: enough
for the anchor score of a short pair (review set 15's N1529 against N1530, 0.623). Each gives a
figure or a month the other names nowhere (an incentive running to June; dollar sales since
September); a translation, cut or loose, adds nothing but the day it writes
(``evidence._each_own_figure``).

Fixtures written for these tests: a fictional central bank of Sabutara holding its rate, an
English agency report, a portal's own Indonesian report and a portal's Indonesian translation
of the English report cut to two paragraphs with its own date stamp.
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import stories_of

_DAY = "2026-10-14"

AGENCY_EN = (
    "Bank Sabutara left its key rate unchanged for a third straight meeting, saying it would"
    " consider easing once the kenar steadies.\n\n"
    "Governor Darmo Kusumawijaya held the policy rate at 6.75% on Wednesday, as forecast by every"
    " economist surveyed by Pelita Wire.\n\n"
    "The central bank has sold dollars in the spot market almost daily since August, traders said."
)
#: The portal's own report: the governor's words and an incentive to March, none of it the agency's.
PORTAL_ID = (
    "Gubernur Bank Sabutara Darmo Kusumawijaya memberi sinyal suku bunga acuan bisa turun tahun"
    " depan setelah rapat Oktober memutuskan menahan suku bunga di 6,75%.\n\n"
    '"Fokus kami tetap kenar. Setelah nilai tukar stabil, ada ruang untuk kebijakan lebih longgar'
    ' pada 2027," kata Darmo dalam konferensi pers, Rabu (14/10/2026).\n\n'
    "Bank Sabutara juga memperpanjang insentif likuiditas bagi bank yang menyalurkan kredit"
    " perumahan hingga Maret 2027."
)
#: A translation of the agency's report cut to two paragraphs, with the portal's date stamp.
TRANSLATION_ID = (
    "Bank Sabutara mempertahankan suku bunga acuannya untuk pertemuan ketiga berturut-turut, dan"
    " akan mempertimbangkan pelonggaran setelah kenar stabil.\n\n"
    "Gubernur Darmo Kusumawijaya menahan suku bunga kebijakan di 6,75% pada Rabu (14/10), sesuai"
    " perkiraan semua ekonom yang disurvei Pelita Wire."
)


def _docs() -> dict[str, dict]:
    return {
        "agency": article("https://pelitawire.example/sabutara-rate", AGENCY_EN, "en", _DAY, 7),
        "portal": article("https://bisnisportal.example/bunga", PORTAL_ID, "id", _DAY, 8),
        "translation": article("https://kabarpasar.example/suku-bunga", TRANSLATION_ID, "id", _DAY, 10),
    }


def test_two_short_own_reports_each_with_a_figure_of_its_own_are_no_translation():
    docs = {name: fingerprint(doc) for name, doc in _docs().items()}
    assert compare(docs["portal"], docs["agency"]) is None
    assert compare(docs["agency"], docs["portal"]) is None


def test_a_short_translation_adding_only_its_date_still_is_one():
    docs = {name: fingerprint(doc) for name, doc in _docs().items()}
    found = compare(docs["translation"], docs["agency"])
    assert found is not None and found.kind == "translation"


@pytest.mark.parametrize("order", list(itertools.permutations(["agency", "portal", "translation"])))
def test_the_own_report_stays_apart_in_every_order(tmp_path, order):
    docs = _docs()
    story = stories_of(tmp_path, docs, order)
    assert story["translation"] == story["agency"]
    assert story["portal"] != story["agency"]


#: A wire report whose second paragraph says its maker's name again and gives figures of its own.
_FERRY_EN = (
    "KORVATH, Nov 4 (Pelita Wire) - Tamsin Shipyards will build four electric ferries for the"
    " port of Velmora, managing director Ilse Brandvik said on Tuesday, after a first one sailed"
    " last month.\n\n"
    "The ferries will carry 350 passengers each from 2029, Brandvik said, and cost 40 million"
    " kronar in all."
)
#: The first paragraph translated; the translator names the month ("last month": "Oktober lalu").
_FERRY_ID = (
    "KORVATH, 4 Nov (Pelita Wire) - Tamsin Shipyards akan membangun empat feri listrik untuk"
    " pelabuhan Velmora, kata direktur pelaksana Ilse Brandvik pada Selasa, setelah feri pertama"
    " berlayar Oktober lalu."
)


def test_a_cut_translation_naming_a_month_the_wire_leaves_unnamed_is_one():
    # The wire's figures of its own (350, 2029, 40 million) are below the cut's reach: the second
    # paragraph names first nothing the cut says ("Brandvik said" again is no reach).
    wire = fingerprint(article("https://pelitawire.example/ferries", _FERRY_EN, "en", "2026-11-04", 7))
    cut = fingerprint(article("https://kabarlaut.example/feri", _FERRY_ID, "id", "2026-11-04", 9))
    for found in (compare(cut, wire), compare(wire, cut)):
        assert found is not None and found.kind == "translation"
