"""Short pieces sharing an official's sentence chain no two stories (review R58).

Fixtures written for these tests: a wire story of a port levy announced on a Monday, its cut to
the lead and the minister's sentence, another agency's two-paragraph brief quoting the same
sentence, a local paper's brief quoting it under a lead near both, and next-day pieces that
restate the lead, repeat the sentence and tell Tuesday's news.
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, evidence, fingerprint
from newscrawl.dedupe.engine import JOIN_SCORE, DedupeEngine
from newscrawl.dedupe.evidence import leads_with_a_later_day
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import article, stories_in_order
from tests.test_dedupe_review import project_config

QUOTE = (
    '"Every container that leaves this harbour without paying its share leaves a bill for the'
    ' fishermen and the ferry users," Otieno told reporters at the harbour office in Mombasa.'
)
LEAD = (
    "Kenya will charge a levy of 40 shillings on every tonne of transit cargo from March to fund"
    " dredging at Mombasa port, Transport Minister Halima Otieno said on Monday."
)
WIRE = (
    "MOMBASA, Feb 9 (Reuters) - " + LEAD + "\n\n"
    "The levy would raise about 3.1 billion shillings a year, she said, and cargo owners in Uganda"
    " and South Sudan would pay it from the first shipment.\n\n" + QUOTE + "\n\n"
    "Truckers' unions said they would meet on Thursday to decide whether to stop hauling transit"
    " cargo.\n\n"
    "The port last raised its handling charges in 2021, when shipping lines threatened to call at"
    " Dar es Salaam instead."
)
#: A portal's cut: the wire's lead and the sentence, word for word.
CUT = "MOMBASA, Feb 9 (Reuters) - " + LEAD + "\n\n" + QUOTE
#: Another agency's brief: its own wording of the lead, the same sentence.
RIVAL_BRIEF = (
    "Mombasa (AFP) - Kenya will charge transit cargo a levy of 40 shillings a tonne from March,"
    " Transport Minister Halima Otieno said on Monday, to pay for dredging the port.\n\n" + QUOTE
)
#: Another agency's story, the brief's fuller text.
RIVAL = (
    "Mombasa (AFP) - Kenya will charge transit cargo a levy of 40 shillings a tonne from March,"
    " Transport Minister Halima Otieno said on Monday, to pay for dredging the port.\n\n" + QUOTE + "\n\n"
    "Shipping agents in Nairobi said the charge would push up the price of fuel and fertiliser in"
    " landlocked Rwanda and Burundi.\n\n"
    "Economists at Equity Research said the levy could add 0.2 percentage points to inflation in"
    " the region by June."
)
#: A local paper's brief, crediting no one: a lead near both, the same sentence.
LOCAL = (
    "Kenya will charge a levy of 40 shillings a tonne on transit cargo from March to fund the"
    " dredging of the port, Transport Minister Halima Otieno said on Monday in Mombasa.\n\n" + QUOTE
)
#: The next day's piece: the lead restated with Tuesday's news, the sentence repeated.
NEXT_DAY = (
    "Kenya will charge a levy of 40 shillings on every tonne of transit cargo from March to fund"
    " dredging at Mombasa port, Transport Minister Halima Otieno said on Monday, and truckers said"
    " on Tuesday they would stop hauling transit cargo.\n\n" + QUOTE
)

DOCS = {
    "wire": article("https://wire.example/levy", WIRE, "en", "2026-02-09", 6, title="Kenya to levy transit cargo"),
    "rival": article("https://press.example/levy", RIVAL, "en", "2026-02-09", 6, title="Kenya sets port levy"),
    "cut": article("https://portal.example/levy", CUT, "en", "2026-02-09", 7, title="Kenya transit levy"),
    "rival-brief": article("https://briefs.example/levy", RIVAL_BRIEF, "en", "2026-02-09", 8, title="Port levy"),
    "local": article("https://coastdaily.example/levy", LOCAL, "en", "2026-02-09", 9, title="Cargo levy from March"),
}


def test_the_fixtures_match_as_the_tests_need():
    """The local brief matches both briefs beyond doubt (a rewrite at ``JOIN_SCORE`` or more),
    which are copies of their own agency's story and no copies of each other."""
    fp = {name: fingerprint(doc) for name, doc in DOCS.items()}
    for brief in ("cut", "rival-brief"):
        found = compare(fp["local"], fp[brief])
        assert found is not None and found.kind == "rewrite" and found.score >= JOIN_SCORE
    assert compare(fp["cut"], fp["wire"]).kind == "near"
    assert compare(fp["rival-brief"], fp["rival"]).kind == "near"
    assert compare(fp["cut"], fp["rival-brief"]) is None
    assert compare(fp["wire"], fp["rival"]) is None


def test_a_brief_near_two_agencies_briefs_folds_no_stories():
    """The local brief, coming after both agencies' stories and their briefs, matches one brief of
    each beyond doubt and is about as long as both: that makes the two agencies' briefs, each crediting its own,
    no copies of each other, and their stories stay two (before: folded, ``_copies``)."""
    engine = DedupeEngine(SQLiteStore(":memory:"), project_config())
    story = stories_in_order(engine, DOCS, ["wire", "rival", "cut", "rival-brief", "local"])
    assert story["wire"] == story["cut"]
    assert story["rival"] == story["rival-brief"]
    assert story["wire"] != story["rival"]


def _next_day(url: str, body: str, hour: int) -> dict:
    return fingerprint(article(url, body, "en", "2026-02-10", hour, title="Truckers to stop hauling transit cargo"))


def test_a_next_day_piece_leading_with_its_own_day_is_another_story():
    """The next day's piece restates the wire's lead, repeats the sentence and names Tuesday, a
    day neither the wire nor the local brief (both naming Monday) names: another story (before:
    near the wire at 0.7 and a rewrite of the local brief at 1.0)."""
    follow = _next_day("https://wire.example/levy-2", NEXT_DAY, 5)
    for other in ("wire", "local"):
        fp = fingerprint(DOCS[other])
        assert leads_with_a_later_day(follow, fp) and leads_with_a_later_day(fp, follow)
        assert compare(follow, fp) is None and compare(fp, follow) is None


@pytest.mark.parametrize("hour", [5, 20])
def test_a_copy_a_day_later_keeps_its_match(hour):
    """A mirror's copy the next day keeps the wire's days; a copy of a story naming no weekday
    may add one. Neither leads with a day of its own."""
    wire = fingerprint(DOCS["wire"])
    later = _next_day("https://mirror.example/levy", WIRE.replace("(Reuters) - ", "(Reuters) -- "), hour)
    assert not leads_with_a_later_day(later, wire)
    assert compare(later, wire) is not None
    undated = fingerprint(DOCS["wire"] | {"body": WIRE.replace(" on Monday", "").replace(" on Thursday", "")})
    dated = _next_day("https://mirror.example/levy-2", WIRE.replace(" on Thursday", ""), hour)
    assert not leads_with_a_later_day(dated, undated)


#: Another wire story (a dam's sluice gates), its writethru and two mirrors' copies, for the
#: later-day rule's limits: text near word for word stays one story whatever day it leads with.
DAM = (
    "TARVIK, March 2 (Reuters) - Norland will open the sluice gates of the Halvor dam for six"
    " weeks from April to lower the reservoir for repairs, Water Minister Ebba Lindqvist said on"
    " Monday.\n\n"
    "The work would cost about 210 million crowns, she said, and farmers below the dam would be"
    " paid for flooded fields from the first week.\n\n"
    '"The gates have not moved since the spring of 1998, and every season we wait the bill for the'
    ' valley grows," Lindqvist told reporters at the dam.\n\n'
    "Farmers' associations said they would meet on Thursday to decide whether to accept the"
    " payments.\n\n"
    "The dam was last drained in 1998, when a crack in its spillway closed the river to barges for"
    " a summer."
)
#: The wire's writethru 21 hours later: the lead tells the next day's news, the rest is the same.
DAM_WRITETHRU = DAM.replace(
    "said on Monday.", "said on Monday, and confirmed on Tuesday that the gates would open on April 6."
).replace("March 2", "March 3")
#: A mirror's copy the same day that wrote the lead's "on Monday" as "today".
DAM_TODAY = DAM.replace("said on Monday", "said today")


def _dam(name: str, body: str, day: str, hour: int) -> dict:
    return article(f"https://{name}.example/halvor", body, "en", day, hour, title="Norland to open Halvor dam gates")


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (_dam("wire", DAM, "2026-03-02", 6), _dam("wire2", DAM_WRITETHRU, "2026-03-03", 3)),
        (_dam("todaymirror", DAM_TODAY, "2026-03-02", 8), _dam("latemirror", DAM, "2026-03-03", 9)),
    ],
    ids=["writethru", "copy-of-a-today-mirror"],
)
def test_a_later_copy_near_word_for_word_keeps_its_story_whatever_day_it_leads_with(early, late):
    """The later piece leads with a weekday the earlier names nowhere (the writethru's Tuesday; a
    mirror's "today" against the wire's Monday a day later), the earlier naming Thursday below:
    the later-day rule holds, but the text is near the other's at JOIN_SCORE or more, word for
    word. One story in either order (before: compare() said nothing, two stories)."""
    a, b = fingerprint(early), fingerprint(late)
    assert leads_with_a_later_day(a, b)
    for x, y in ((a, b), (b, a)):
        found = compare(x, y)
        assert found is not None and found.kind == "near" and found.score >= JOIN_SCORE
    for order in (["early", "late"], ["late", "early"]):
        engine = DedupeEngine(SQLiteStore(":memory:"), project_config())
        story = stories_in_order(engine, {"early": early, "late": late}, order)
        assert story["early"] == story["late"]


@pytest.mark.parametrize("order", list(itertools.permutations(["wire", "cut", "local"])), ids="-".join)
def test_the_next_day_piece_joins_no_story_of_the_day(order):
    """Whatever the order, the next day's piece stays out of the wire's story and the local brief's."""
    docs = dict(DOCS)
    docs["next"] = article("https://wire.example/levy-2", NEXT_DAY, "en", "2026-02-10", 5, title="Truckers to strike")
    engine = DedupeEngine(SQLiteStore(":memory:"), project_config())
    story = stories_in_order(engine, docs, [*order, "next"])
    assert story["next"] not in (story["wire"], story["local"])


#: The next day's piece in Indonesian: Tuesday's news on top, the wire's facts recalled below.
NEXT_DAY_ID = (
    "Pengemudi truk di Kenya menyatakan pada hari Selasa bahwa mereka akan berhenti mengangkut kargo"
    " transit, sehari setelah Menteri Perhubungan Halima Otieno mengumumkan pungutan 40 shilling per"
    " ton mulai Maret untuk membiayai pengerukan pelabuhan Mombasa.\n\n"
    "Pungutan itu akan menghasilkan sekitar 3,1 miliar shilling per tahun, dan pemilik kargo di Uganda"
    " dan Sudan Selatan akan membayarnya sejak pengiriman pertama.\n\n"
    "Pelabuhan itu terakhir menaikkan biaya bongkar muat pada 2021, ketika perusahaan pelayaran"
    " mengancam akan singgah di Dar es Salaam."
)


def test_a_translated_next_day_piece_leading_with_its_own_day_is_no_translation(monkeypatch):
    """In another language too: published a day later, its lead naming Tuesday, which the wire
    (naming Monday) names nowhere. A day apart, the weekdays pass ``other_weekdays`` (a translator
    may move a day to local time); without the rule it reads as a translation of the wire's names
    and figures (review set 9's N531, Reuters' follow-up of a refinery fire, in reverse order)."""
    wire = fingerprint(DOCS["wire"] | {"body": WIRE.replace(" on Thursday", "")})
    follow = fingerprint(
        article("https://berita.example/levy-2", NEXT_DAY_ID, "id", "2026-02-10", 5, title="Sopir truk Kenya mogok")
    )
    assert leads_with_a_later_day(follow, wire)
    assert compare(follow, wire) is None and compare(wire, follow) is None
    monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)
    assert compare(follow, wire) is not None


def test_two_agencies_credits_on_parts_of_one_text_word_for_word_fold_their_stories():
    """A rerun of the dam story's top under a second agency's credit and a copy of its bottom with
    only an agency's tail ("- AFP") match each other by nothing (two parts) and credit different
    agencies; the wire's whole text holds both word for word (near at JOIN_SCORE or more): one
    story in either order (before: two, ``_copies`` skipped every pair whose credits differ)."""
    paras = DAM.split(" - ", 1)[1].split("\n\n") + [
        "Barge operators on the lower river said they expected a loss of some 14 million crowns over the six weeks."
    ]
    docs = {
        "rerun": _dam("rerun", "TARVIK, March 2 (Bernama) -- " + "\n\n".join(paras[:4]), "2026-03-02", 8),
        "tail": _dam("tail", "\n\n".join(paras[2:]) + "\n\n- AFP", "2026-03-02", 9),
        "whole": _dam("portal", "TARVIK, March 2 (Reuters) - " + "\n\n".join(paras), "2026-03-02", 11),
    }
    fp = {name: fingerprint(doc) for name, doc in docs.items()}
    assert evidence.credits_differ(fp["rerun"], fp["tail"]) and compare(fp["rerun"], fp["tail"]) is None
    for part in ("rerun", "tail"):
        found = compare(fp["whole"], fp[part])
        assert found is not None and found.kind == "near" and found.score >= JOIN_SCORE
    for order in (["rerun", "tail", "whole"], ["tail", "rerun", "whole"]):
        engine = DedupeEngine(SQLiteStore(":memory:"), project_config())
        story = stories_in_order(engine, docs, order)
        assert story["rerun"] == story["tail"] == story["whole"]
