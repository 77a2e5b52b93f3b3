"""An outlet's own report crawled first, that the wire's translations joined (issue #6, D43).

A passengers' story of an emergency landing (no agency credited) names the flight, the plane,
the airport, the minutes and the day the wire's report names: a Malay machine translation of
the wire reads as a translation of it on names and figures alone and joins it; the wire's
Indonesian translation joins the Malay one beyond doubt, and the wire's English text joins the
Indonesian one. Text to text, the wire and the passengers' story are two stories, and the only
verdict on the passengers' story is the Malay one's. It leaves when the wire comes (review set
12's N956 in shuffle 2, set 11's N703 in shuffle 3). Fixtures written for these tests.
"""

from __future__ import annotations

import itertools

from newscrawl.dedupe import compare
from newscrawl.dedupe.engine import _fingerprint
from tests.dedupe_corpus import article, stories_in_store

WIRE = article(
    "https://wire-news.example/nusa-air-landing",
    "SEMARANG, Indonesia, May 7 (AFP) - A Nusa Air Airbus A320 with 172 people on board made an emergency"
    " landing in Semarang on Thursday after smoke filled the cabin shortly after take-off, the airline said.\n\n"
    "Flight NA 318 to Denpasar returned to Ahmad Yani airport 22 minutes after departure and all passengers"
    " left the aircraft safely, Nusa Air spokesman Bayu Prasetyo said in a statement.\n\n"
    '"The crew followed every procedure and no one was hurt," Prasetyo said. The aircraft has been grounded'
    " for checks.\n\n"
    "The National Transportation Safety Committee said it had opened an investigation.",
    "en",
    "2026-05-07",
    5,
    title="Nusa Air jet makes emergency landing in Semarang after cabin smoke",
)
#: The passengers' story: the same flight, plane, airport, minutes and day, a passenger's quote.
PASSENGERS = article(
    "https://harbour-post.example/nusa-air-passengers",
    "Passengers on Nusa Air flight NA 318 described coughing and prayers in the cabin as smoke poured from"
    " the air vents minutes after the Airbus A320 left Semarang on Thursday morning.\n\n"
    '"The smoke came up from the floor and then the lights went out," said Wulan Anggraini, a teacher'
    " travelling to Denpasar. The jet returned to Ahmad Yani airport 22 minutes after take-off.\n\n"
    "Nusa Air said it had grounded the aircraft and was cooperating with the National Transportation"
    " Safety Committee.",
    "en",
    "2026-05-07",
    9,
    title="Smoke, prayers and a turn back: passengers describe Nusa Air scare",
)
MALAY = article(
    "https://berita-udara.example/nusa-air-mendarat",
    "SEMARANG, Indonesia, 7 Mei (AFP) - Sebuah Airbus A320 milik Nusa Air dengan 172 orang di dalamnya"
    " membuat pendaratan kecemasan di Semarang pada hari Khamis selepas asap memenuhi kabin sejurus"
    " selepas berlepas, kata syarikat penerbangan itu.\n\n"
    "Penerbangan NA 318 ke Denpasar kembali ke lapangan terbang Ahmad Yani 22 minit selepas berlepas dan"
    " semua penumpang meninggalkan pesawat dengan selamat, kata jurucakap Nusa Air Bayu Prasetyo dalam"
    " satu kenyataan.\n\n"
    '"Anak kapal mengikuti setiap prosedur dan tiada sesiapa yang cedera," kata Prasetyo. Pesawat itu'
    " telah dihentikan operasi untuk pemeriksaan.\n\n"
    "Jawatankuasa Keselamatan Pengangkutan Kebangsaan berkata ia telah membuka siasatan.",
    "ms",
    "2026-05-07",
    6,
    title="Pesawat Nusa Air mendarat kecemasan di Semarang selepas asap dalam kabin",
)
INDONESIAN = article(
    "https://kabar-penerbangan.example/nusa-air-darurat",
    "SEMARANG, Indonesia, 7 Mei (AFP) - Sebuah Airbus A320 milik Nusa Air dengan 172 orang di dalamnya"
    " melakukan pendaratan darurat di Semarang pada hari Kamis setelah asap memenuhi kabin sesaat setelah"
    " lepas landas, kata maskapai tersebut.\n\n"
    "Penerbangan NA 318 tujuan Denpasar kembali ke bandara Ahmad Yani 22 menit setelah keberangkatan dan"
    " semua penumpang meninggalkan pesawat dengan selamat, kata juru bicara Nusa Air Bayu Prasetyo dalam"
    " sebuah pernyataan.\n\n"
    '"Awak mengikuti setiap prosedur dan tidak ada yang terluka," kata Prasetyo. Pesawat tersebut telah'
    " dikandangkan untuk pemeriksaan.\n\n"
    "Komite Nasional Keselamatan Transportasi mengatakan telah membuka penyelidikan.",
    "id",
    "2026-05-07",
    7,
    title="Pesawat Nusa Air mendarat darurat di Semarang setelah asap di kabin",
)


def test_the_fixtures_match_as_the_tests_need():
    wire, passengers, malay, indonesian = map(_fingerprint, (WIRE, PASSENGERS, MALAY, INDONESIAN))
    assert compare(wire, passengers) is None  # text to text: two stories
    found = compare(malay, passengers)
    assert found is not None and found.kind == "translation" and found.score < 0.9  # names and figures alone
    found = compare(indonesian, malay)
    assert found is not None and found.kind == "translation" and found.score >= 0.9
    found = compare(wire, indonesian)
    assert found is not None and found.kind == "translation"


def test_the_passengers_story_crawled_first_leaves_when_the_wire_comes(tmp_path):
    stories = stories_in_store(tmp_path, [PASSENGERS, MALAY, INDONESIAN, WIRE])
    assert stories[WIRE["url"]] == stories[MALAY["url"]] == stories[INDONESIAN["url"]]
    assert stories[PASSENGERS["url"]] != stories[WIRE["url"]]


def test_the_wire_and_its_translations_stay_one_story_and_the_passengers_apart_in_any_order(tmp_path):
    for order in itertools.permutations((PASSENGERS, MALAY, INDONESIAN, WIRE)):
        stories = stories_in_store(tmp_path, list(order))
        assert stories[WIRE["url"]] == stories[MALAY["url"]] == stories[INDONESIAN["url"]], [d["url"] for d in order]
        assert stories[PASSENGERS["url"]] != stories[WIRE["url"]], [d["url"] for d in order]
