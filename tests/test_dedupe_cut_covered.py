"""A translation cut across the wire's story, against a rewrite published after it (brief D53).

Fixtures written for these tests: a central bank holding its rate. Reuters' English story (four
paragraphs), an Indonesian portal's cut to its lead and its quote three hours later, and another
portal's Indonesian rewrite the next day (its own order, the quote told in its last paragraph).
The cut scores at the bar against the wire (``cut_across``): the figures of the two paragraphs it
leaves out count against it. Against the paragraphs it stands for it scores more than the rewrite
holds the story by, so the rewrite, published after it, does not keep it out: the cut joins the
story whichever of the two comes first, as it does when it comes before the rewrite.
"""

from __future__ import annotations

import pytest

from newscrawl.dedupe import DedupeEngine, compare, fingerprint
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import article

WIRE_EN = (
    "MANILA, Nov 12 (Reuters) - The Bangko Sentral ng Pilipinas kept its key rate at 4.75% on Thursday,"
    " as expected, but Governor Ramon Dizon said easing inflation left room to cut next year if the peso"
    " holds steady.\n\n"
    "All 31 economists in a Reuters poll had expected no change. The overnight deposit rate stayed at"
    " 4.25% and the lending rate at 5.25%.\n\n"
    '"Our focus this quarter is still the peso. Once it is calmer, we can move to a looser stance in'
    ' 2027," Dizon told reporters.\n\n'
    "The peso was steady at 58.20 per dollar after the decision. Annual inflation was 2.4% in October,"
    " within the central bank's 2%-4% target."
)
CUT_ID = (
    "Manila (Reuters) - Bangko Sentral ng Pilipinas (BSP) mempertahankan suku bunga acuan di level 4,75 persen"
    " pada Kamis, sesuai perkiraan, namun Gubernur Ramon Dizon mengatakan inflasi yang melandai memberi"
    " ruang pemangkasan tahun depan jika peso tetap stabil.\n\n"
    '"Fokus kami kuartal ini tetap peso. Setelah lebih tenang, kami bisa beralih ke kebijakan yang lebih'
    ' longgar pada 2027," kata Dizon kepada wartawan.'
)
REWRITE_ID = (
    "Bangko Sentral ng Pilipinas mempertahankan suku bunga di level 4,75 persen dalam rapat kebijakan"
    " November. Seluruh 31 ekonom dalam jajak pendapat Reuters telah memperkirakan suku bunga tidak berubah.\n\n"
    "Suku bunga deposito semalam tetap 4,25 persen dan suku bunga pinjaman 5,25 persen.\n\n"
    "Peso stabil di level 58,20 per dolar AS usai pengumuman. Inflasi tahunan Oktober tercatat 2,4 persen,"
    " masih dalam sasaran 2-4 persen.\n\n"
    "Gubernur Ramon Dizon menyebut bank sentral membuka peluang menurunkan suku bunga pada 2027 asalkan"
    " peso lebih stabil."
)

WIRE = article(
    "https://wire.example/bsp-holds",
    WIRE_EN,
    "en",
    "2026-11-12",
    7,
    title="Philippine central bank holds rate at 4.75%",
)
CUT = article(
    "https://portal-a.example/bsp-tahan", CUT_ID, "id", "2026-11-12", 10, title="BSP tahan suku bunga 4,75 persen"
)
REWRITE = article(
    "https://portal-b.example/suku-bunga-bsp",
    REWRITE_ID,
    "id",
    "2026-11-13",
    7,
    title="Suku Bunga BSP Tetap 4,75 Persen",
)


def test_the_cut_scores_at_the_bar_and_higher_against_the_paragraphs_it_stands_for() -> None:
    found = compare(fingerprint(CUT), fingerprint(WIRE))
    assert found is not None and found.kind == "translation"
    assert found.covered is not None and found.covered > found.score
    rewrite = compare(fingerprint(REWRITE), fingerprint(WIRE))
    assert rewrite is not None and found.covered > rewrite.score  # the rewrite holds the story by less
    assert compare(fingerprint(CUT), fingerprint(REWRITE)) is None  # two texts to each other


@pytest.mark.parametrize(
    "order",
    [(WIRE, REWRITE, CUT), (WIRE, CUT, REWRITE), (REWRITE, WIRE, CUT)],
    ids=["rewrite-first", "cut-first", "wire-second"],
)
def test_the_cut_joins_the_story_whichever_comes_first(tmp_path, order) -> None:
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    try:
        engine = DedupeEngine(store)
        for doc in order:
            engine.process(dict(doc))
        stories = {store.resolve_story(store.get_fingerprint(_key(doc["url"]))[0]["story_id"]) for doc in order}
        assert len(stories) == 1
    finally:
        store.close()


def _key(url: str):
    from newscrawl.store.base import cached_url_key

    return cached_url_key(url)
