"""Rival reports of one event read as copies: a rival agency's own report as a spun rewrite, an
outlet's own report in another language as a translation cut short, a daily template's bulletin
for another city as a copy cut to its first paragraph (review R38, set 8: AP's N433 against AFP's
S401-4, Bloomberg's N430 against ANTARA's N432, BMKG's Bandung warning N460 against a cut of the
Jakarta one, S410-2).

Fixtures written for these tests: a wire report of a ferry fire, a spun copy of it and a rival
agency's own report; an English wire report of a train order, a machine translation of its first
three paragraphs and a business paper's own Indonesian report; a heat warning written from one
template for two cities and a one-paragraph cut of one.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article

FERRY_WIRE = (
    "ILOILO, Philippines (Wire) - A fire swept through a passenger ferry off the central Philippine island of"
    " Panay on Sunday, killing at least nine people and leaving 14 missing, the coast guard said.\n\n"
    "Flames broke out in the engine room of the MV Lady Mercedes shortly after midnight while about 60"
    " passengers were asleep on the upper deck, said Armando Balilo, a spokesman for the Iloilo coast guard.\n\n"
    '"The sea was calm but the smoke spread very fast through the cabins," he told the Wire by phone.\n\n'
    "Fishing boats pulled survivors from the water, some with burns, and took them to a hospital in the"
    " port town, he added.\n\n"
    "Ferry accidents are frequent in the archipelago, where old vessels are often overloaded and safety"
    " rules are poorly enforced."
)
#: The wire's report spun: synonyms, clauses turned about, the quote as reported speech.
FERRY_SPUN = (
    "Nine people died and 14 others remain unaccounted for after fire engulfed a passenger ferry near"
    " Panay in the central Philippines on Sunday, according to the coast guard.\n\n"
    "Shortly after midnight, a blaze started in the engine room of the MV Lady Mercedes as some 60"
    " travellers slept on its top deck, Iloilo coast guard spokesman Armando Balilo said.\n\n"
    "Balilo told the Wire by telephone that the water had been calm, but that smoke raced quickly"
    " through the cabins.\n\n"
    "Survivors, several of them burned, were rescued from the sea by fishermen and brought to a hospital"
    " in the harbour town, he said.\n\n"
    "Deadly ferry mishaps happen often across the island nation, where ageing boats routinely carry too"
    " many people and regulations go unenforced."
)
#: Another agency's own report: the same figures, ship, spokesman and places, paragraph for
#: paragraph, in its own words.
FERRY_RIVAL = (
    "ILOILO, Philippines (Press) - Nine people died when a blaze gutted an inter-island ferry near Panay"
    " in the central Philippines early Sunday, and 14 remained missing, authorities reported.\n\n"
    "The MV Lady Mercedes had roughly 60 people aboard when its engine caught fire, Iloilo coast guard"
    " official Armando Balilo said.\n\n"
    "Television footage showed relatives waiting at the pier as rescue boats returned with people"
    " wrapped in blankets.\n\n"
    "Maritime disasters are common in the Philippines."
)


def test_a_rival_agencys_own_report_is_no_spun_copy():
    """The rival names the spun copy's figures, ship and spokesman in the same paragraphs (an
    anchor score of 0.9, every paragraph agreeing), so it passed as a spun copy, which fails the
    word order. A spinner keeps the words it does not swap; the rival words the event its own
    way (0.40 of the shorter's content words shared; the spun copy keeps 0.51 of the wire's)."""
    wire = fingerprint(article("https://wire.example/ferry", FERRY_WIRE, "en", "2026-03-01", 6, title="Ferry fire off Panay kills nine"))
    spun = fingerprint(article("https://spin.example/ferry", FERRY_SPUN, "en", "2026-03-01", 14, title="Nine dead in Philippine ferry blaze"))
    rival = fingerprint(article("https://press.example/ferry", FERRY_RIVAL, "en", "2026-03-01", 5, title="Philippine ferry fire kills 9, 14 missing"))
    assert compare(rival, spun) is None
    assert compare(spun, rival) is None
    assert compare(rival, wire) is None
    found = compare(spun, wire)
    assert found is not None and found.kind == "rewrite"
