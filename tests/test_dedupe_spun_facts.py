"""Spun rewrites with their sentences moved between paragraphs, and commentary quoting a story
(issue #6, review set 13: SEO rewrites of AFP's ferry, Reuters' wage and Kyodo's patrol ship
stories; the Jakarta Post's column on the Bali levy against Reuters' story).

Fixtures written for these tests: a wire report of a cable car stopping over a gorge, an SEO
rewrite of it (synonyms, sentences moved to other paragraphs, the quote kept whole), a rival
agency's own report quoting the same sentence with the same headline figures, a wire report of a
city's new parking fee and an opinion column quoting its lead figure and the mayor's sentence.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import keeps_all_facts, paragraph_agreement
from tests.dedupe_corpus import article


def _fp(url: str, body: str, day: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, "en", day, hour, title=title))


CABLE_WIRE = (
    "TARVESTA, Norland (Wire) - A cable car carrying 38 passengers stopped above the Orlen gorge on"
    " Thursday and stayed stuck for nearly five hours before engineers restarted it, operator Velmar"
    " Lifts said.\n\n"
    "The car hung about 240 metres above the river when a power fault halted the line at 10.40 am."
    " Rescuers lowered water and blankets to the cabin by rope.\n\n"
    '"Nobody was hurt and everyone walked out on their own," Velmar Lifts chief executive Ilse Drommen'
    " said at the lower station.\n\n"
    "The line, which opened in 2019, carries about 1,200 visitors a day in summer. Regional safety"
    " inspector Paavo Lind said his office would review the backup generators."
)
#: An SEO rewrite: keywords first, synonyms, the fault's time moved into the lead, the inspector
#: moved up, the quote kept whole below.
CABLE_SPUN = (
    "Tarvesta cable car stuck: 38 passengers were left dangling above the Orlen gorge for almost five"
    " hours on Thursday after a power fault at 10.40 am, according to operator Velmar Lifts.\n\n"
    "Regional safety inspector Paavo Lind said his office would look into the backup generators of the"
    " line, which opened in 2019.\n\n"
    "The cabin was hanging some 240 metres over the river as rescuers sent down water and blankets on a"
    " rope before engineers got it moving again.\n\n"
    '"Nobody was hurt and everyone walked out on their own," Velmar Lifts chief executive Ilse Drommen'
    " said at the lower station. The line takes around 1,200 visitors daily in the summer season."
)
#: Another agency's own report: the same quote, passengers, hours and height, with a figure and
#: names of its own (the cabin's age, a passenger), and without the line's opening year.
CABLE_RIVAL = (
    "TARVESTA, Norland (Press) - 38 people spent almost five hours in a Velmar Lifts cable car stuck"
    " above the Orlen gorge on Thursday, 240 metres over the water, after a power fault at 10.40 am.\n\n"
    '"Nobody was hurt and everyone walked out on their own," Velmar Lifts chief executive Ilse Drommen'
    " said at the lower station.\n\n"
    "Passenger Marta Kask, a teacher from Sellby, said the heating in the cabin kept working and a"
    " rescuer on the radio told jokes. The 14-year-old cabins were due to be replaced next spring.\n\n"
    "Regional inspector Paavo Lind promised a review of the backup power of the line, opened in 2019"
    " and used by 1,200 visitors a day."
)


def test_a_spun_copy_moving_sentences_between_paragraphs_keeps_every_fact():
    """The rewrite moved the fault's time into the lead and the inspector up: its paragraphs name
    the wire's facts in another arrangement (paragraph agreement below ``SPUN_PARAGRAPHS``), so it
    was a story of its own. It keeps every figure, the quote whole and all the names: one story
    (``keeps_all_facts``). The rival quoting the same sentence with the same headline figures has a
    figure and a passenger of its own and leaves out the opening year: apart from both."""
    wire = _fp("https://wire.example/cable", CABLE_WIRE, "2026-07-02", 9, "Cable car stuck above gorge for five hours")
    spun = _fp(
        "https://seo.example/cable", CABLE_SPUN, "2026-07-02", 13, "Tarvesta cable car stuck: 38 passengers rescued"
    )
    rival = _fp("https://press.example/cable", CABLE_RIVAL, "2026-07-02", 11, "38 stuck in cable car above Orlen gorge")
    assert paragraph_agreement(spun, wire, referred=True) < 0.8
    assert keeps_all_facts(spun, wire)
    found = compare(spun, wire)
    assert found is not None and found.kind == "rewrite"
    assert compare(wire, spun) is not None
    assert not keeps_all_facts(rival, wire) and not keeps_all_facts(rival, spun)
    for one, other in ((rival, wire), (wire, rival), (rival, spun), (spun, rival)):
        assert compare(one, other) is None


def test_a_spun_copy_gives_no_figure_of_its_own():
    """The same rewrite with one figure changed (1,500 visitors a day) is another report."""
    wire = _fp("https://wire.example/cable", CABLE_WIRE, "2026-07-02", 9, "Cable car stuck above gorge for five hours")
    other = _fp(
        "https://seo.example/cable",
        CABLE_SPUN.replace("1,200", "1,500"),
        "2026-07-02",
        13,
        "Tarvesta cable car stuck: 38 passengers rescued",
    )
    assert not keeps_all_facts(other, wire)
    assert compare(other, wire) is None


PARKING_WIRE = (
    "VESTRA, Norland, Feb 9 (Wire) - The city of Vestra will charge drivers 6 crowns an hour to park in its"
    " old town from March, its mayor said on Monday, as it tries to cut traffic.\n\n"
    '"The streets of the old town belong to people, not to parked cars," Mayor Odile Brandt told the'
    " city council.\n\n"
    "Vestra raised about 40 million crowns last year from the current fee of 2 crowns.\n\n"
    "Tourism brings in a third of the city's income."
)
#: A columnist quoting the wire's lead figures and the mayor's sentence inside an argument of her own.
PARKING_COLUMN = (
    "When the city of Vestra said on Monday that it would charge drivers 6 crowns an hour to park in the"
    " old town from March, the shopkeepers on the square were the first to complain.\n\n"
    "They were wrong to. The question is the one Mayor Odile Brandt answered only in passing to the"
    " council: what will the money pay for?\n\n"
    '"The streets of the old town belong to people, not to parked cars," she said. Fine words. But the'
    " buses that might take drivers out of their cars came less often after the timetable change of"
    " August 2025.\n\n"
    "If the council wants fewer cars in the square, it should spend the fee on the buses first, and say"
    " every year what it raised."
)


def test_a_column_quoting_a_story_in_words_of_its_own_is_no_spun_copy():
    """The column names the wire's fee, month, day and mayor in the same paragraphs and quotes the
    mayor's sentence whole: it read as a spun copy (every paragraph agreeing, 0.45 of the wire's
    wording kept). A spun copy is about as long as its text; the column has half again the wire's
    words or more, its own (``SPUN_LONGER``), and keeps less than ``SPUN_KEPT_WORDS`` of the wording."""
    wire = _fp("https://wire.example/parking", PARKING_WIRE, "2026-02-09", 8, "Vestra to charge 6 crowns an hour")
    column = _fp(
        "https://paper.example/parking",
        PARKING_COLUMN,
        "2026-02-10",
        6,
        "Comment: Vestra's parking fee is right, its buses are not",
    )
    assert compare(column, wire) is None
    assert compare(wire, column) is None
