"""A wire's dateline and the copies that leave it out (issue #6, review set 13: PTI's houseboat
fire spun without "Alappuzha (Kerala), Oct 17 (PTI)" and with "14" for "Fourteen"; dpa's Bali
levy story spun without "Denpasar, Indonesia (dpa) -").

Fixtures written for these tests: an Indian wire's report of a pilgrims' bus overturning, under a
dateline with no dash and a number word opening its lead, and an SEO rewrite of it that leaves the
dateline and the last paragraph out; a European agency's report of a ferry strike under a dateline
in mixed case and a spun copy of it; two agencies' own reports of a dam's sluice gates opened, the
same facts paragraph by paragraph, each crediting its own agency.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import paragraph_agreement, with_spelled_of
from newscrawl.dedupe.text import dateline_end, paragraph_anchors
from tests.dedupe_corpus import article


def _fp(url: str, body: str, day: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, "en", day, hour, title=title))


BUS_WIRE = (
    "Kottayam (Kerala), Mar 4 (PTI) Sixteen pilgrims, including four children, were injured when the"
    " bus they were travelling in overturned near Vaikom on Tuesday morning, police said.\n\n"
    "The driver lost control of the vehicle on a sharp bend of the Ettumanoor road at around 6.40 am"
    " and it rolled into a paddy field, they said.\n\n"
    "Local residents pulled all 16 pilgrims and the driver out of the bus before a Fire and Rescue"
    " Services unit reached the spot from Kottayam.\n\n"
    '"The driver appears to have dozed off. The bus had no valid fitness certificate," District'
    " Collector Meera Raghavan said, adding that the operator's permit had been cancelled.\n\n"
    "Kottayam has recorded 212 road accidents involving buses this year, and the transport department"
    " had ordered checks on tourist operators in January."
)
#: An SEO rewrite: no dateline, "16" for "Sixteen", sentences turned about, synonyms, the last
#: paragraph left out.
BUS_SPUN = (
    "On Tuesday morning 16 pilgrims, four of them children, suffered injuries near Vaikom after the bus"
    " carrying them turned over, according to police.\n\n"
    "Negotiating a sharp curve of the Ettumanoor road at about 6.40 am, the driver could not hold the"
    " vehicle, which tumbled into a paddy field, police added.\n\n"
    "Even before a Fire and Rescue Services team arrived from Kottayam, villagers had rescued all 16"
    " pilgrims and the driver from the wreck.\n\n"
    '"The driver appears to have dozed off. The bus had no valid fitness certificate," said District'
    " Collector Meera Raghavan, who added that the operator's permit had been cancelled."
)


def test_the_word_after_a_dateline_closing_on_a_credit_opens_the_lead():
    """Indian wires close their dateline on the agency's credit with no dash: "Sixteen" opens the
    lead's sentence, so it is no name (the anchors held "sixteen") and reads as 16; the lead's
    mentions that stand in the dateline are counted (``dateline``)."""
    assert BUS_WIRE[dateline_end(BUS_WIRE) :].startswith("Sixteen pilgrims")
    assert dateline_end("The man (PTI) said it was over.") == 0  # no dateline: a lower-case word
    assert dateline_end("Lima (Peru) Seven people were hurt.") == 0  # no agency's credit
    fp = _fp("https://wire.example/bus", BUS_WIRE, "2026-03-04", 6, "16 pilgrims hurt as bus overturns")
    assert "sixteen" not in fp["anchors"]
    assert ["#16", 0, fp["dateline"]] in fp["spelled"]  # the lead's first word after the dateline
    lead = paragraph_anchors(["Padang (ANTARA) - Tujuh warga hilang di Sungai Batang, kata Basarnas."])[0]
    assert "tujuh" not in lead and "batang" in lead  # after a dateline's dash too
    assert fp["anchors"][: fp["dateline"]] == ["kottayam", "kerala", "@m3", "#4", "pti"]


def test_a_spun_copy_without_the_dateline_tells_the_same_lead():
    """The rewrite leaves the dateline out and writes "16" for "Sixteen": its lead named the
    wire's facts less the dateline's place and more the figure, so the leads disagreed (paragraph
    agreement 0.75, under ``SPUN_PARAGRAPHS``) and the copy was a story of its own. Left out of the
    wire's lead, the dateline no longer counts against it; the number word is the figure."""
    wire = _fp("https://wire.example/bus", BUS_WIRE, "2026-03-04", 6, "16 pilgrims hurt as bus overturns")
    spun = _fp("https://seo.example/bus", BUS_SPUN, "2026-03-04", 11, "Vaikom bus accident: 16 pilgrims injured")
    assert paragraph_agreement(with_spelled_of(wire, spun), with_spelled_of(spun, wire), referred=True) == 1.0
    for first, second in ((wire, spun), (spun, wire)):
        found = compare(first, second)
        assert found is not None and found.kind == "rewrite"


FERRY_WIRE = (
    "Aarhus, Denmark (dpa) - Danish ferry crews walked out on Friday for the first time in 14 years,"
    " halting 38 crossings to the islands of Samso and Anholt, the Sofart union said.\n\n"
    "Union leader Karin Holst said the crews wanted a 6.5 per cent pay rise over two years and an end to"
    " unpaid night shifts on the Kattegat routes.\n\n"
    '"We are not leaving the islanders stranded for fun," Holst told reporters at the harbour in Aarhus.\n\n'
    "The ferry operator Nordlinjen said talks would resume on Monday and that 2,100 passengers had been"
    " booked onto buses and a chartered boat."
)
FERRY_SPUN = (
    "Ferry staff in Denmark went on strike on Friday, their first walkout in 14 years, cancelling 38"
    " sailings to the islands of Samso and Anholt, according to the Sofart union.\n\n"
    "The crews are demanding a 6.5 per cent wage increase across two years and no more unpaid night"
    " shifts on the Kattegat crossings, said union chief Karin Holst.\n\n"
    '"We are not leaving the islanders stranded for fun," the union leader told journalists at the port'
    " in Aarhus.\n\n"
    "Operator Nordlinjen said negotiations would restart on Monday, with 2,100 travellers moved onto"
    " buses and a chartered vessel."
)


def test_a_spun_copy_of_a_story_under_a_mixed_case_dateline():
    """A dateline in mixed case ("Aarhus, Denmark (dpa) - ") stays in the text (a label in capitals
    is taken off): its place and country stood in the wire's lead, not in the spun copy's."""
    wire = _fp("https://dpa.example/ferry", FERRY_WIRE, "2026-05-08", 9, "Danish ferry crews strike")
    spun = _fp("https://travel.example/ferry", FERRY_SPUN, "2026-05-08", 14, "Denmark ferry strike: 38 sailings off")
    assert wire["dateline"] == 2
    found = compare(spun, wire)
    assert found is not None and found.kind == "rewrite"


DAM_AFP = (
    "Kandy, Sri Lanka (AFP) - Sri Lanka opened all 12 sluice gates of the Victoria dam on Wednesday after"
    " three days of monsoon rain, forcing 4,300 people from their homes downstream, officials said.\n\n"
    "Water levels at Teldeniya rose by 2.4 metres overnight, the Disaster Management Centre said, and"
    " schools in Kandy district were shut.\n\n"
    '"We had no choice but to release the water in a controlled way," irrigation director Nimal Perera'
    " said.\n\n"
    "The centre said 17 relief camps had been opened along the Mahaweli river."
)
DAM_AP = (
    "KANDY, Sri Lanka (AP) - Monsoon rains that fell for three days left authorities no option on"
    " Wednesday: with 4,300 people told to leave homes downstream, all 12 spillway gates of the Victoria"
    " dam in Sri Lanka were thrown open.\n\n"
    "Schools were closed across Kandy district while the Disaster Management Centre reported the river"
    " at Teldeniya 2.4 metres higher than a night before.\n\n"
    'Irrigation director Nimal Perera defended the decision. "We had no choice but to release the water'
    ' in a controlled way," he said.\n\n'
    "Along the Mahaweli river, 17 relief camps now shelter families, according to the centre."
)


def test_two_agencies_reports_with_the_same_facts_in_the_same_paragraphs_stay_apart():
    """Two agencies' own reports of the event give the same facts paragraph by paragraph and quote
    the same sentence: the spun-copy test took them for one story (under a dateline in mixed case,
    since the dateline is left out of the lead). Each credits its own agency; a
    spun copy credits its story's agency or none."""
    ap = _fp("https://ap.example/dam", DAM_AP, "2026-06-10", 9, "Sri Lanka opens Victoria dam spillways")
    # AFP's dateline in mixed case (left in its lead) or in capitals (taken off as a label).
    for body in (DAM_AFP, DAM_AFP.replace("Kandy, Sri Lanka (AFP)", "KANDY, Sri Lanka (AFP)")):
        afp = _fp("https://afp.example/dam", body, "2026-06-10", 8, "Sri Lanka opens dam gates")
        assert compare(afp, ap) is None
        assert compare(ap, afp) is None
