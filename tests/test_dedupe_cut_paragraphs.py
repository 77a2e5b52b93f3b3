"""Copies that keep a story's paragraphs word for word but not its word order: a cut to the lead
and the quote (``evidence.keeps_paragraphs_cut``) and a re-lead over the wire's body with the
quote moved up (``evidence.keeps_wire_body``). Fixtures written for these tests: a fictional
coast guard rescue off a fictional island and a rival agency's own report of it."""

from __future__ import annotations

from newscrawl.dedupe import compare
from newscrawl.dedupe.engine import _fingerprint
from newscrawl.dedupe.evidence import keeps_paragraphs_cut, keeps_wire_body

DAY = "2025-06-12"

LEAD = (
    "PORT CALDER, Veltria (Wire) - Veltria's coast guard rescued 31 crew members from a cargo ship "
    "that ran aground on a reef about 40 nautical miles off Marrow Island on Wednesday, after its "
    "engine failed in heavy seas."
)
# A long second paragraph: left out by a cut, it weighs as much as the two kept.
DETAIL = (
    "The Veltrian Coast Guard said in a statement that its cutter Halvorsen and a helicopter from "
    "the Brenna air station reached the ship, the Tessaly Star, shortly before midnight, nearly "
    "six hours after the master sent a distress call that was picked up by a passing tanker and "
    "relayed to the rescue coordination centre in Port Calder, where officers had been tracking "
    "the storm since the afternoon and had warned smaller vessels to stay in harbour. Rescuers "
    "lowered a basket from the helicopter for two injured engineers, while the cutter's boats "
    "circled the wreck collecting the others from life rafts drifting towards the reef."
)
QUOTE = (
    '"The swell was over five metres and the hull was breaking up. Our divers had to bring '
    "the crew across one at a time, and we were very lucky that nobody was lost in the water "
    "tonight,\" said the coast guard's district commander, Captain Orla Fenwick."
)
AFTER = (
    "All 31 sailors, most of them from Sarnavia, were taken to hospital in Port Calder for checks. "
    "The ship was carrying 6,200 tonnes of cement from Lisk to the mainland."
)
END = "Three cargo ships have run aground off Marrow Island since January."

STORY = [LEAD, DETAIL, QUOTE, AFTER, END]


def _doc(url: str, paragraphs: list[str], hour: int, title: str) -> dict:
    return {
        "url": url,
        "site": url.split("/")[2],
        "title": title,
        "body": "\n\n".join(paragraphs),
        "language": "en",
        "published_at": f"{DAY}T{hour:02d}:00:00+00:00",
    }


WIRE = _doc(
    "https://wire.example/veltria-rescue", STORY, 6, "Veltria rescues 31 crew from cargo ship off Marrow Island"
)


def test_a_copy_cut_to_the_lead_and_the_quote_is_the_story():
    # The lead and the quote, the long paragraph between left out: its words miss the order test.
    cut = _fingerprint(_doc("https://asianews.example/rescue", [LEAD, QUOTE], 8, "Veltria rescues 31 crew in storm"))
    wire = _fingerprint(WIRE)
    assert keeps_paragraphs_cut(cut, wire)
    assert compare(cut, wire) is not None
    assert compare(wire, cut) is not None
    # The lead, the quote and the paragraph after it, as the story gives them.
    longer = _fingerprint(_doc("https://asianews.example/rescue-2", [LEAD, QUOTE, AFTER], 8, "Veltria rescues 31 crew"))
    assert keeps_paragraphs_cut(longer, wire)
    assert compare(longer, wire) is not None


def test_a_cut_needs_the_lead_the_order_and_no_paragraph_of_its_own():
    wire = _fingerprint(WIRE)
    # The quote above the lead: not the story's order.
    moved = _fingerprint(_doc("https://a.example/1", [QUOTE, LEAD], 8, "Veltria rescues 31 crew"))
    assert not keeps_paragraphs_cut(moved, wire)
    # A short line of its own under the lead and the quote (no paragraph key of its own).
    own = _fingerprint(_doc("https://a.example/2", [LEAD, QUOTE, "The tanker was unharmed."], 8, "Rescue"))
    assert not keeps_paragraphs_cut(own, wire)
    # A rival's own lead over the official's quote, word for word.
    rival_lead = (
        "MARROW ISLAND, June 12 (Agency) - Thirty-one sailors were plucked from a stricken cement carrier "
        "in a night rescue off Marrow Island, the Veltrian Coast Guard said on Wednesday."
    )
    rival = _fingerprint(
        _doc("https://agency.example/sailors", [rival_lead, QUOTE], 7, "Sailors plucked from cement carrier")
    )
    assert not keeps_paragraphs_cut(rival, wire)


# The re-lead: a portal's own lead, then the wire's quote and its second paragraph (cut there).
RELEAD = [
    "Sarnavian sailors are safe in Port Calder after the coast guard pulled them off a cement ship "
    "breaking up on a reef on Wednesday in one of the most difficult night operations the service "
    "has carried out in years, Captain Orla Fenwick said.",
    QUOTE,
    DETAIL,
]


def test_a_re_lead_with_the_quote_moved_up_keeps_the_wire_body():
    relead = _fingerprint(
        _doc("https://shipping.example/sailors", RELEAD, 9, "Sarnavian sailors safe after reef rescue")
    )
    wire = _fingerprint(WIRE)
    assert keeps_wire_body(relead, wire)
    assert compare(relead, wire) is not None
    assert compare(wire, relead) is not None


def test_a_re_lead_with_a_paragraph_of_its_own_below_is_no_wire_body():
    # The same two paragraphs of the wire's body, moved about, beside a paragraph of its own.
    own = (
        "Local fishermen said the reef had been badly marked since a storm last winter knocked down "
        "the beacon, and the port authority had promised to replace it."
    )
    relead = _fingerprint(
        _doc("https://shipping.example/reef", [RELEAD[0], QUOTE, own, DETAIL], 9, "Reef beacon still missing")
    )
    assert not keeps_wire_body(relead, _fingerprint(WIRE))
