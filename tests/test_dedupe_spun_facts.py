"""Spun rewrites with their sentences moved between paragraphs, and commentary quoting a story
(issue #6, review set 13: SEO rewrites of AFP's ferry, Reuters' wage and Kyodo's patrol ship
stories; the Jakarta Post's column on the Bali levy against Reuters' story).

Fixtures written for these tests: a wire report of a cable car stopping over a gorge, an SEO
rewrite of it (synonyms, sentences moved to other paragraphs, the quote kept whole), a rival
agency's own report quoting the same sentence with the same headline figures, a wire report of a
city's new parking fee and an opinion column quoting its lead figure and the mayor's sentence; two
own reports of a hockey final and two agencies' reports of a rate decision, each pair with the same
figures and quote (after R56's review); a mining story and a spun copy of its first four paragraphs.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import (
    SPUN_FACT_PARAGRAPHS,
    SPUN_KEPT_WORDS,
    SPUN_LONGER,
    _longer_in_own_words,
    keeps_all_facts,
    kept_wording,
    paragraph_agreement,
    word_sequence,
)
from newscrawl.dedupe.features import WORD_SEQUENCE
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
#: An SEO rewrite: keywords first, synonyms, the inspector with the line's year and visitors moved
#: up above the quote, kept whole.
CABLE_SPUN = (
    "Tarvesta cable car stuck: 38 passengers were left dangling above the Orlen gorge for almost five"
    " hours on Thursday, according to operator Velmar Lifts.\n\n"
    "The cabin was hanging some 240 metres over the river after a power fault at 10.40 am, and rescuers"
    " sent down water and blankets on a rope before engineers got it moving again.\n\n"
    "Regional safety inspector Paavo Lind said his office would look into the backup generators of the"
    " line, which opened in 2019 and takes around 1,200 visitors daily in the summer season.\n\n"
    '"Nobody was hurt and everyone walked out on their own," Velmar Lifts chief executive Ilse Drommen'
    " said at the lower station."
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
    """The rewrite moved the inspector up: half its paragraphs name the wire's facts in another
    arrangement (paragraph agreement below ``SPUN_PARAGRAPHS``, at least ``SPUN_FACT_PARAGRAPHS``),
    so it was a story of its own. It keeps every figure, the quote whole and all the names: one story
    (``keeps_all_facts``). The rival quoting the same sentence with the same headline figures has a
    figure and a passenger of its own and leaves out the opening year: apart from both."""
    wire = _fp("https://wire.example/cable", CABLE_WIRE, "2026-07-02", 9, "Cable car stuck above gorge for five hours")
    spun = _fp(
        "https://seo.example/cable", CABLE_SPUN, "2026-07-02", 13, "Tarvesta cable car stuck: 38 passengers rescued"
    )
    rival = _fp("https://press.example/cable", CABLE_RIVAL, "2026-07-02", 11, "38 stuck in cable car above Orlen gorge")
    assert SPUN_FACT_PARAGRAPHS <= paragraph_agreement(spun, wire, referred=True) < 0.8
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


#: A club's own report of a cup final, uncredited.
HOCKEY_CLUB = (
    "KARRSTAD, Norland - Karrstad Lynx beat Holm Falcons 4-2 on Saturday to win the Norland hockey cup"
    " for the first time since 1998, with forward Anton Veer scoring twice in front of 11,800 fans.\n\n"
    "Veer put the Lynx ahead after 6 minutes and again in the 33rd minute, after Holm's Jari Oksa had"
    " levelled. Defender Lukas Brenn and Mats Kori added goals in the third period.\n\n"
    '"This team never stopped believing, not even when we were a goal down," Lynx coach Freya Dahl told'
    " reporters on the ice.\n\n"
    "The Lynx lost the final in 2024 and 2025. Holm had won 9 of their last 10 games."
)
#: A local paper's own report of the final: every figure, name and the coach's sentence the same
#: (a result and one quote to the press), told in its own arrangement.
HOCKEY_PAPER = (
    "KARRSTAD, Norland - Two goals from Anton Veer gave Karrstad Lynx a 4-2 win over Holm Falcons in the"
    " Norland hockey cup final on Saturday, the club's first title since 1998.\n\n"
    '"This team never stopped believing, not even when we were a goal down," coach Freya Dahl said.\n\n'
    "Holm, who had won 9 of their last 10 games, drew level through Jari Oksa after Veer's opener in the"
    " 6th minute, but Veer struck again in the 33rd minute and Lukas Brenn and Mats Kori scored in the"
    " third period as 11,800 fans watched.\n\n"
    "The Lynx had lost the final in 2024 and 2025."
)


def test_two_own_reports_of_one_result_with_the_same_figures_and_quote_stay_apart():
    """Two reports of one match give the same score, minutes, crowd and the coach's one sentence
    to the press, and name no one the other does not: every fact kept. The paper tells them in
    its own arrangement (the quote second, the minutes after it): its paragraphs agree with the
    club's below ``SPUN_FACT_PARAGRAPHS``, where a spun copy keeps part of its story's."""
    club = _fp("https://lynx.example/final", HOCKEY_CLUB, "2027-03-06", 20, "Lynx win the cup 4-2")
    paper = _fp("https://post.example/final", HOCKEY_PAPER, "2027-03-06", 21, "Veer double brings the cup home")
    assert paragraph_agreement(paper, club, referred=True) < SPUN_FACT_PARAGRAPHS
    assert not keeps_all_facts(paper, club) and not keeps_all_facts(club, paper)
    assert compare(paper, club) is None and compare(club, paper) is None


RATE_ONE = (
    "TALMORE, Marvia, Oct 8 (Reuters) - The Marvian central bank cut its main interest rate by 50 basis"
    " points to 3.25 percent on Wednesday, its second cut this year, as inflation fell to 1.8 percent in"
    " September.\n\n"
    "Governor Ines Falk said growth had slowed to 0.4 percent in the third quarter and the bank saw"
    " inflation staying below its 2 percent goal until 2028.\n\n"
    '"Prices are under control and the economy needs support now, not next year," Falk told reporters'
    " in Talmore.\n\n"
    "Five of the seven board members backed the cut. The Marvian mark fell 0.3 percent against the dollar."
)
#: Another agency's own report of the decision: the same figures and quote, the board's vote moved
#: up, credited to its own agency.
RATE_OTHER = (
    "TALMORE, Marvia, Oct 8 (AFP) - Marvia's central bank lowered its key rate by 50 basis points to 3.25"
    " percent on Wednesday, its second cut this year, with five of the seven board members in favour, as"
    " inflation eased to 1.8 percent in September.\n\n"
    "Growth slowed to 0.4 percent in the third quarter, Governor Ines Falk said, and inflation should"
    " stay below the 2 percent goal until 2028.\n\n"
    '"Prices are under control and the economy needs support now, not next year," Falk told reporters'
    " in Talmore.\n\n"
    "The Marvian mark lost 0.3 percent against the dollar."
)


def test_two_agencies_reports_of_one_decision_stay_apart():
    """Reuters' and AFP's reports of one rate decision give the same figures and quote the
    governor alike, paragraphs partly in the same places: each credits its own agency
    (``credits_differ``), which a spun copy does not."""
    one = _fp("https://wire.example/rate", RATE_ONE, "2027-10-08", 9, "Marvia cuts rate to 3.25 percent")
    other = _fp("https://press.example/rate", RATE_OTHER, "2027-10-08", 10, "Marvian central bank lowers key rate")
    assert paragraph_agreement(one, other, referred=True) >= SPUN_FACT_PARAGRAPHS
    assert not keeps_all_facts(one, other) and not keeps_all_facts(other, one)
    assert compare(one, other) is None and compare(other, one) is None


MINE_WIRE = (
    "BRELL, Norland, Sept 2 (Wire) - Mining group Osterfeld said on Tuesday it would reopen its Brell"
    " copper mine, shut since 2021, after spending 870 million crowns on a new processing plant, and hire"
    " 640 workers by the end of 2028.\n\n"
    "The mine produced 52,000 tonnes of copper a year before it closed when prices fell, and the company"
    " expects to reach 45,000 tonnes within three years of the restart.\n\n"
    '"Brell has the ore and the people, and now it will have a plant fit for this century," chief'
    " executive Henrik Sand said at the site.\n\n"
    "The plant will run on power from the Kolby wind farm, which Osterfeld bought in May for 210 million"
    " crowns, the company said.\n\n"
    "Osterfeld shares rose 4.2 percent in Veska. The group, which also runs zinc and nickel mines in the"
    " north, reported a net profit of 1.9 billion crowns for the first half, up from 1.4 billion a year"
    " earlier, helped by higher metal prices and lower energy costs.\n\n"
    "Local council leader Agnes Holm said the town's population had fallen by a fifth since the closure,"
    " with young families leaving for the coast, and that the council would build new housing and"
    " reopen the school it shut in 2023."
)
#: A spinner's copy of the wire's first four paragraphs: synonyms for most words, the quote whole,
#: the last two paragraphs cut.
MINE_SPUN_CUT = (
    "BRELL - Osterfeld unveiled on Tuesday a scheme to revive its Brell copper pit, idle since 2021,"
    " by pouring 870 million crowns into a fresh refining facility, taking on 640 staff before 2028"
    " ends.\n\n"
    "Prior to shutting as values slid, output there stood at 52,000 tonnes of metal per year; the firm"
    " now targets 45,000 tonnes inside three years of reopening.\n\n"
    '"Brell has the ore and the people, and now it will have a plant fit for this century," CEO Henrik'
    " Sand stated on site.\n\n"
    "Electricity for the facility is to come from the Kolby turbine park, acquired by Osterfeld in May"
    " for 210 million crowns, according to the firm."
)


def test_a_spun_copy_cut_short_is_as_long_as_the_part_it_keeps():
    """The spinner kept the wire's first four paragraphs of six: the wire has half again its
    words, yet the copy is about as long as the part it spins (``_cut_of``), and is one story."""
    wire = _fp("https://wire.example/mine", MINE_WIRE, "2027-09-02", 8, "Osterfeld to reopen Brell copper mine")
    spun = _fp("https://mining.example/mine", MINE_SPUN_CUT, "2027-09-02", 11, "Osterfeld restarts Brell copper pit")
    assert wire["words"] >= SPUN_LONGER * spun["words"] and kept_wording(spun, wire) < SPUN_KEPT_WORDS
    assert compare(spun, wire) is not None and compare(wire, spun) is not None


def _long_text(sentences: int, seed: str) -> str:
    """Invented filler, eight sentences a paragraph, no name or figure of the other's."""
    said = [
        f"The {seed} board heard {seed}{i} about dredging{i} near quay{i} and voted later." for i in range(sentences)
    ]
    return "\n\n".join(" ".join(said[i : i + 8]) for i in range(0, sentences, 8))


def test_length_counts_every_word_of_a_long_article():
    """``word_seq`` keeps an article's first ``WORD_SEQUENCE`` content words: two long articles,
    one four times the other's words, read as long as each other by it. ``words`` counts all."""
    short = _fp("https://a.example/1", _long_text(40, "city"), "2027-01-04", 8, "Harbour board")
    long = _fp("https://b.example/2", _long_text(160, "port"), "2027-01-04", 9, "Harbour board votes")
    assert len(word_sequence(short)) == len(word_sequence(long)) == WORD_SEQUENCE
    assert _longer_in_own_words(short, long) and _longer_in_own_words(long, short)
    assert not _longer_in_own_words(short, short)
