"""Two short own reports of one decision in two languages, read as translations on names and
figures alone (review set 9's wrong merges: N537/N539, N563/N564, N557/S510, N533/S501).

Fixtures written for this test: a wire's 3-paragraph English report of a sugar import decision
(traders' reaction, the minister on stocks, no quotation) and an Indonesian daily's own
3-paragraph report (the meeting, the minister quoted on prices, a farmers' leader): the same
minister, tonnages and day, each with its own speakers and wording. D25 measured who speaks
(names next to quote marks and speech verbs) and found no margin against true translations
(docs/dedupe.md, 2026-11-27): the pair was merged, a strict xfail. Since D47 it stays apart:
neither credits a source, and one has a paragraph of its own in its own arrangement
(``evidence.uncredited_own_reports``).
"""

from __future__ import annotations

import pytest

from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import stories_of

SUGAR_EN = (
    "JAKARTA, March 3 (Wire) - Indonesia will import 750,000 tons of raw sugar before the fasting month,"
    " its trade minister said on Tuesday, a decision that could lift prices in Bangkok and Sao Paulo.\n\n"
    "Refiners in Thailand and Brazil are expected to win most of the permits, two industry officials in"
    " Jakarta said.\n\n"
    "Trade Minister Budi Santoso said state stocks had dropped to 410,000 tons."
)
SUGAR_ID = (
    "Pemerintah memutuskan mendatangkan gula mentah sebanyak 750.000 ton menjelang bulan puasa. Keputusan"
    " itu diambil dalam rapat terbatas di Kementerian Perdagangan, Selasa (3/3).\n\n"
    'Mendag Budi Santoso menerangkan stok gula pemerintah kini tinggal 410.000 ton. "Kita tidak mau harga'
    ' di pasar naik saat Lebaran," ujarnya.\n\n'
    "Ketua asosiasi petani tebu di Jawa Timur meminta izin impor dibatasi agar harga panen petani tidak jatuh."
)


def _docs() -> dict[str, dict]:
    en = article("https://wire.example/sugar-imports", SUGAR_EN, "en", "2026-03-03", 6)
    own = article("https://harian.example/impor-gula", SUGAR_ID, "id", "2026-03-03", 9)
    en["title"] = "Indonesia to import 750,000 T of raw sugar as stocks dwindle"
    own["title"] = "Pemerintah impor gula mentah 750.000 ton jelang puasa"
    return {"en": en, "own": own}


@pytest.mark.parametrize("order", [("en", "own"), ("own", "en")])
def test_short_own_reports_with_their_own_speakers_stay_apart(tmp_path, order) -> None:
    found = stories_of(tmp_path, _docs(), order)
    assert found["en"] != found["own"]
