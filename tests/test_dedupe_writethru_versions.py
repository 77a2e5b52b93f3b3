"""A wire story's versions (review set 16's S1616): the BREAKING version, its writethru, and a
mirror's Indonesian machine translation of each.

Fixtures written for these tests (invented events, names and sites): an agency's two-paragraph
BREAKING story of a ferry fire, its six-paragraph writethru rebuilding the lead, a mirror's
translation of each (the writethru's cut to three paragraphs under a caption, an insert and a
syndication note), and the agency's next-day follow-up with the mirror's translation.
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, evidence, fingerprint
from newscrawl.dedupe.engine import DedupeEngine
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import article, stories_in_order

BREAK_EN = (
    "VESSA, Tarsan (Wire) — A fire broke out on a passenger ferry off Tarsan's Kolmar island on Sunday,"
    " port officials said.\n\n"
    "The Vessa port authority said the ferry Marisa Dawn, carrying 214 passengers, was 12 kilometers"
    " (7 miles) east of the port. There was no immediate report of casualties. THIS IS A BREAKING NEWS UPDATE."
)
BREAK_ID = (
    "VESSA, Tarsan (Wire) — Kebakaran terjadi di sebuah kapal feri penumpang di lepas pulau Kolmar Tarsan"
    " pada hari Minggu, kata pejabat pelabuhan.\n\n"
    "Otoritas pelabuhan Vessa mengatakan kapal feri Marisa Dawn, yang membawa 214 penumpang, berada 12"
    " kilometer sebelah timur pelabuhan. Belum ada laporan korban."
)
WT_EN = (
    "VESSA, Tarsan (Wire) — A fire broke out on a passenger ferry off Tarsan's Kolmar island on Sunday,"
    " killing two crew members and forcing dozens of passengers to jump into rough seas, port officials said.\n\n"
    "The Vessa port authority said the ferry Marisa Dawn, carrying 214 passengers, was 12 kilometers"
    " (7 miles) east of the port when the fire started in its engine room.\n\n"
    "Fishing boats and two navy patrol vessels pulled 61 people from the water, port chief Oren Bastik"
    " told reporters. Nine passengers were taken to a hospital in Vessa with burns.\n\n"
    '"The crew fought the fire for almost an hour before the captain ordered everyone off," Bastik said.\n\n'
    "The ferry was sailing from Vessa to Kolmar's main town of Delf, a crossing of about three hours.\n\n"
    "Ferry accidents are common in the Tarsan islands, where many vessels are old and poorly maintained."
)
WT_ID = (
    "Foto: Penumpang dievakuasi di pelabuhan Vessa. (Wire)\n\n"
    "VESSA, Tarsan (Wire) — Kebakaran terjadi di sebuah kapal feri penumpang di lepas pulau Kolmar Tarsan"
    " pada hari Minggu, menewaskan dua awak kapal, melukai sembilan penumpang dan memaksa puluhan lainnya"
    " melompat ke laut berombak tinggi sebelum kapal nelayan datang menolong, kata pejabat pelabuhan.\n\n"
    "Baca juga: Harga Tiket Feri ke Kolmar Naik Jelang Libur Sekolah\n\n"
    "Otoritas pelabuhan Vessa mengatakan kapal feri Marisa Dawn, yang membawa 214 penumpang, berada 12"
    " kilometer sebelah timur pelabuhan ketika api mulai menyala di ruang mesinnya.\n\n"
    "Perahu nelayan dan dua kapal patroli angkatan laut menarik 61 orang dari air, kata kepala pelabuhan"
    " Oren Bastik kepada wartawan. Sembilan penumpang dibawa ke rumah sakit di Vessa karena luka bakar.\n\n"
    "(Kecuali judulnya, cerita ini belum disunting dan diterbitkan dari umpan sindikasi Wire.)"
)
NEXT_EN = (
    "VESSA, Tarsan (Wire) — Divers on Monday recovered the body of a third crew member from the ferry"
    " Marisa Dawn, a day after a fire broke out on the vessel off Tarsan's Kolmar island, port officials said.\n\n"
    "Port chief Oren Bastik said investigators were checking whether a fuel leak in the engine room"
    " started the fire. The ferry's owner, Delf Lines, suspended its other two vessels pending inspection.\n\n"
    "Nine passengers treated for burns remained in a hospital in Vessa, and four of them were in serious"
    " condition, Bastik said.\n\n"
    '"We owe the families answers, and we will not rush this," Transport Minister Ilda Rovan told reporters.'
)
NEXT_ID = (
    "VESSA, Tarsan (Wire) — Penyelam pada hari Senin menemukan jenazah awak kapal ketiga dari kapal feri"
    " Marisa Dawn, sehari setelah kebakaran terjadi di kapal itu di lepas pulau Kolmar Tarsan, kata pejabat pelabuhan.\n\n"
    "Kepala pelabuhan Oren Bastik mengatakan penyidik sedang memeriksa apakah kebocoran bahan bakar di ruang"
    " mesin memicu kebakaran. Pemilik feri, Delf Lines, menghentikan dua kapalnya yang lain sambil menunggu pemeriksaan.\n\n"
    "Sembilan penumpang yang dirawat karena luka bakar masih berada di rumah sakit di Vessa, dan empat di"
    " antaranya dalam kondisi serius, kata Bastik."
)


def _docs() -> dict[str, dict]:
    return {
        "o": article(
            "https://wire.example/ferry-fire",
            BREAK_EN,
            "en",
            "2026-06-07",
            3,
            title="BREAKING: Fire on passenger ferry off Tarsan's Kolmar island",
        ),
        "bid": article(
            "https://mirror-id.example/kebakaran-feri",
            BREAK_ID,
            "id",
            "2026-06-07",
            4,
            title="Kebakaran Kapal Feri di Lepas Pulau Kolmar",
        ),
        "wt": article(
            "https://wire.example/ferry-fire-kills-2",
            WT_EN,
            "en",
            "2026-06-07",
            6,
            title="Ferry fire off Tarsan kills 2, dozens jump into the sea",
        ),
        "nx": article(
            "https://wire.example/ferry-divers",
            NEXT_EN,
            "en",
            "2026-06-08",
            6,
            title="Divers recover third body from burned Tarsan ferry",
        ),
        "nid": article(
            "https://mirror-id.example/jenazah-ketiga",
            NEXT_ID,
            "id",
            "2026-06-08",
            9,
            title="Penyelam Temukan Jenazah Ketiga dari Feri Marisa Dawn",
        ),
        "wid": article(
            "https://mirror-id.example/kebakaran-feri-tewaskan-2",
            WT_ID,
            "id",
            "2026-06-07",
            9,
            title="Kebakaran Feri di Kolmar Tewaskan 2 Awak, Puluhan Penumpang Lompat ke Laut",
        ),
    }


VERSIONS = ("o", "bid", "wt", "wid")
FOLLOW_UPS = ("nx", "nid")


def _fp(doc: dict) -> dict:
    return fingerprint(dict(doc))


def test_the_fixtures_match_as_the_tests_need():
    """The writethru's translation is near the BREAKING version's but fails the word order (its
    lead rebuilt): compare() finds nothing between the two mirrors' texts; each translates its
    own version, and the English versions are one story by their text."""
    fps = {k: _fp(v) for k, v in _docs().items()}
    assert compare(fps["bid"], fps["wid"]) is None
    assert evidence._text_evidence(fps["bid"], fps["wid"], False, 3).kind == "near"
    assert compare(fps["o"], fps["bid"]).kind == "translation"
    assert compare(fps["wt"], fps["wid"]).kind == "translation"
    assert compare(fps["o"], fps["wt"]) is not None
    for version in VERSIONS:
        for follow_up in FOLLOW_UPS:
            assert compare(fps[version], fps[follow_up]) is None


def test_a_near_copy_out_of_word_order_is_not_another_story():
    """Near by their text, apart only by the word order: ``near_out_of_order``. Not two
    stories of one source with no text in common, nor a copy and itself in other languages."""
    fps = {k: _fp(v) for k, v in _docs().items()}
    assert evidence.near_out_of_order(fps["bid"], fps["wid"])
    assert not evidence.near_out_of_order(fps["wid"], fps["nid"])
    assert not evidence.near_out_of_order(fps["wt"], fps["wid"])
    # A copy with its words in order: compare()'s "no" there is another veto's, and stands.
    retold = _fp(
        {**_docs()["bid"], "url": "https://portal-id.example/feri", "body": BREAK_ID.replace("Minggu", "Senin")}
    )
    assert evidence._text_evidence(fps["bid"], retold, False, 3).kind == "near"
    assert not evidence.near_out_of_order(fps["bid"], retold)


#: Every order of the four versions, the follow-up last, and two with it among them. Before
#: ``near_out_of_order``, in 4 of them (the writethru's translation before the writethru) the
#: BREAKING version's translation called the writethru's "another story" and the two split.
ORDERS = [list(p) + list(FOLLOW_UPS) for p in itertools.permutations(VERSIONS)] + [
    ["nx", "o", "nid", "bid", "wt", "wid"],
    ["wid", "nid", "wt", "nx", "bid", "o"],
]


@pytest.mark.parametrize("order", ORDERS, ids=lambda o: "-".join(o))
def test_the_versions_and_their_translations_are_one_story_the_follow_up_another(order, tmp_path):
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    try:
        story = stories_in_order(DedupeEngine(store), _docs(), order)
    finally:
        store.close()
    assert len({story[k] for k in VERSIONS}) == 1
    assert len({story[k] for k in FOLLOW_UPS}) == 1
    assert story["o"] != story["nx"]
