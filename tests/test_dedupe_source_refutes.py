"""An outlet's own report against a wire story's translation into a third language, published
after the report (review set 7's N321-o and N329-o in shuffled orders).

Fixtures written for these tests: the English wire report and the Indonesian sports paper's own
report of a volleyball final (tests/test_dedupe_own_reports.py), and a Malay mirror's
translation of the wire cut to its first two paragraphs, published after the paper's report.
The report reads as a translation of the Malay cut (0.62) and not of the wire it translates.
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.engine import DedupeEngine
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import article, stories_in_order
from tests.test_dedupe_own_reports import FINAL_EN, FINAL_ID_OWN
from tests.test_dedupe_review import project_config

FINAL_MS_CUT = (
    "Vietnam memenangi Kejohanan Bola Tampar Asia buat pertama kali pada Sabtu, menewaskan Malaysia 3-2"
    " dalam perlawanan akhir di Hanoi dan menamatkan 24 tahun hampir juara bagi Vietnam.\n\n"
    "Kapten Pimpichaya Kokram menjaringkan mata kemenangan set kelima selama 41 minit di hadapan 12,500"
    " peminat di Hanoi Arena, selepas Nurul Aisyah meletakkan Malaysia di hadapan."
)
_DAY = "2026-06-06"
DOCS = {
    "wire": article("https://wire.example/final", FINAL_EN, "en", _DAY, 9),
    "own": article("https://sukan.example.id/voli", FINAL_ID_OWN, "id", _DAY, 11),
    "ms": article("https://berita.example.my/voli", FINAL_MS_CUT, "ms", _DAY, 13),
}


def test_the_fixtures_match_as_the_tests_need():
    wire, own, ms = (fingerprint(DOCS[k]) for k in ("wire", "own", "ms"))
    found = compare(own, ms)
    assert found is not None and found.kind == "translation" and found.score < 0.9
    assert compare(own, wire) is None
    assert compare(ms, wire).kind == "translation"


@pytest.mark.parametrize("order", list(itertools.permutations(DOCS)), ids="-".join)
def test_a_report_published_before_a_translation_is_judged_by_the_text_it_translates(tmp_path, order):
    """The report, published before the Malay cut, cannot translate it; both would translate the
    wire, which calls the report another story: the report stays out of the wire's story, and
    the Malay cut is in it, whichever comes first (the wire stored before the report: it is
    kept out; the wire arriving last: it is taken out)."""
    engine = DedupeEngine(SQLiteStore(str(tmp_path / "s.sqlite")), project_config())
    story = stories_in_order(engine, DOCS, order)
    assert story["wire"] == story["ms"]
    assert story["own"] != story["wire"]
