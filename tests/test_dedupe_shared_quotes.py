"""Two agencies quoting one press release's paragraph word for word are two stories, whichever
copy comes first (review R47, set 11: Bloomberg's N716 and Reuters' S715 quoting Singapore's
trade ministry; Reuters' N751 and AFP's S750 quoting the IMF's mission chief).

Fixtures written for these tests: a wire report of a quarterly inflation release quoting the
statistics office's paragraph, a copy of it cut to that paragraph and the lead, a mirror's copy
of it whole, and another agency's own report quoting the same paragraph.
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.engine import DedupeEngine
from newscrawl.dedupe.evidence import REWRITE_SCORE
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import article, stories_in_order
from tests.test_dedupe_review import project_config

RELEASE = (
    '"Headline inflation eased to 2.4 per cent in October 2026 from 3.1 per cent in September, as'
    " food prices fell for a second straight month. Core inflation, which excludes food and energy,"
    " slowed to 2.9 per cent, the lowest reading since March 2024. Transport costs were unchanged from"
    ' the previous month, while housing and utility charges rose modestly."'
)
WIRE = (
    "MANILA, Nov 5 (Wire) - Philippine inflation slowed to 2.4% in October, below forecasts, giving"
    " the central bank room to cut interest rates again in December.\n\n"
    f"The Philippine Statistics Authority said in a statement: {RELEASE}\n\n"
    "A Wire poll of 14 economists had pointed to a rate of 2.7 per cent. The peso firmed 0.3 per cent"
    " against the dollar after the data.\n\n"
    '"The door is wide open for another quarter-point cut," said Nicholas Mapa, an economist at ING'
    " in Manila.\n\n"
    "The central bank has lowered its benchmark rate four times since August 2025, bringing it to"
    " 4.75%, as slowing government spending and weaker remittances weighed on household consumption"
    " across the archipelago."
)
#: The wire's lead and the release's paragraph, nothing more: a mirror's cut.
WIRE_CUT = WIRE.split("\n\n", 2)[0] + "\n\n" + WIRE.split("\n\n", 2)[1]
#: Another agency's own report: its lead, the release's figures and its paragraph, its own poll.
RIVAL = (
    "Philippine consumer prices rose at a slower pace in October, pulled down by cheaper rice.\n\n"
    f"The annual rate fell to 2.4%, the statistics office said Wednesday. {RELEASE}\n\n"
    "Economists in a Press survey had expected 2.8 per cent. The benchmark stock index climbed 1.1"
    " per cent in early trade.\n\n"
    "Governor Eli Remolona has signalled the bank could lower borrowing costs by 50 basis points more"
    " by mid-2027."
)

DOCS = {
    "wire": article(
        "https://wire.example/ph-cpi", WIRE, "en", "2026-11-05", 2, title="Philippine inflation slows to 2.4%"
    ),
    "rival": article("https://press.example/ph-cpi", RIVAL, "en", "2026-11-05", 3, title="Philippine Inflation Cools"),
    "mirror": article("https://mirror.example/ph-cpi", WIRE, "en", "2026-11-05", 4, title="Philippine inflation slows"),
    "cut": article("https://cut.example/ph-cpi", WIRE_CUT, "en", "2026-11-05", 5, title="Inflation slows to 2.4%"),
}


def test_the_fixtures_match_as_the_tests_need():
    """The rival reads as a rewrite of the cut (the lead's figures, the release's paragraph and
    its quote), not of the wire it is cut from."""
    fp = {name: fingerprint(doc) for name, doc in DOCS.items()}
    found = compare(fp["rival"], fp["cut"])
    assert found is not None and found.kind == "rewrite"
    assert compare(fp["rival"], fp["wire"]) is None
    assert compare(fp["cut"], fp["wire"]).kind == "near"


@pytest.mark.parametrize("order", list(itertools.permutations(DOCS)), ids="-".join)
def test_a_statement_both_quote_makes_no_story_of_two_reports(tmp_path, order):
    """The cut coming first, the rival joins it on the quote; the wire's whole text (or a mirror
    of it), which calls the rival another story, takes it out. The wire coming first, the rival
    stays out: the fuller copy refutes the verdict on the cut."""
    engine = DedupeEngine(SQLiteStore(str(tmp_path / "s.sqlite")), project_config())
    story = stories_in_order(engine, DOCS, order)
    assert story["wire"] == story["mirror"] == story["cut"]
    assert story["rival"] != story["wire"]


#: A regional site's re-lead of the wire: its own first paragraph over the wire's second and
#: third, the second the release's paragraph every outlet may quote.
RELEAD = (
    "Market vendors in Quezon City said shoppers were buying more vegetables again this week, as"
    " the price of a kilo of tomatoes dropped below what it cost before the typhoons flattened"
    " farms across northern Luzon, and several stallholders reported their busiest weekend since"
    " midyear, with families returning to fresh produce after months of instant noodles and canned"
    " sardines.\n\n" + "\n\n".join(WIRE.split("\n\n")[1:3])
)
#: An outlet's own report quoting the release in a paragraph of its own and going on in its words.
QUOTING = (
    "Market vendors in Quezon City said shoppers were buying more vegetables again this week, as"
    " prices at stalls eased.\n\n"
    f"The statistics office said on Wednesday: {RELEASE}\n\n"
    "Vendors expect demand to pick up before Christmas, when families buy ham and cheese for the"
    " holidays, said Rosa Dizon, who has sold produce at the market for 20 years."
)


def test_a_relead_keeping_the_wires_second_and_third_paragraphs_is_a_copy():
    """The re-lead's own first paragraph on top and the wire's paragraphs after the block it keeps
    read as another order (the word-order test, forward and from the end); its paragraphs below
    the lead are the wire's block, word for word and in order. An outlet's own report giving the
    release's words in a paragraph of its own keeps no block of the wire's."""
    wire, relead, quoting = (
        fingerprint(article(url, body, "en", "2026-11-05", 6, title=title))
        for url, body, title in (
            ("https://wire.example/ph-cpi", WIRE, "Philippine inflation slows to 2.4%"),
            ("https://region.example/ph-cpi", RELEAD, "Vegetable prices fall in Quezon City markets"),
            ("https://daily.example/ph-cpi", QUOTING, "Vendors see shoppers return"),
        )
    )
    for first, second in ((relead, wire), (wire, relead)):
        found = compare(first, second)
        # The wire's second and third paragraphs under a lead of its own: a copy, as the weak
        # rewrite ``keeps_wire_body`` gives (it folds nothing).
        assert found is not None and (found.kind, found.score) == ("rewrite", REWRITE_SCORE)
    assert compare(quoting, wire) is None
    assert compare(quoting, relead) is None


#: The wire's writethru: a new lead with the afternoon's figures over the morning's body.
WRITETHRU = (
    "MANILA, Nov 5 (Wire) - The Philippine finance secretary said on Wednesday afternoon the"
    " government would keep rice import tariffs at 15% until June, after consumer prices rose at"
    " the slowest pace in 19 months.\n\n" + "\n\n".join(WIRE.split("\n\n")[1:])
)


@pytest.mark.parametrize("order", list(itertools.permutations(("wire", "cut", "writethru"))), ids="-".join)
def test_a_writethru_and_a_cut_coming_before_the_wire_are_one_story(tmp_path, order):
    """The writethru and the cut share the release's paragraph and nothing else (no verdict
    between them); the morning's wire holds both, each a verbatim part of it: they are parts of
    one text, not a digest page's two stories, whichever two came first."""
    docs = {
        "wire": DOCS["wire"],
        "cut": DOCS["cut"],
        "writethru": article(
            "https://wire.example/ph-cpi-2",
            WRITETHRU,
            "en",
            "2026-11-05",
            9,
            title="Philippine inflation at 2-year low",
        ),
    }
    fp = {name: fingerprint(doc) for name, doc in docs.items()}
    assert compare(fp["cut"], fp["writethru"]) is None
    engine = DedupeEngine(SQLiteStore(str(tmp_path / "s.sqlite")), project_config())
    for name in order:
        engine.process(dict(docs[name]))
    stories = {
        engine.store.resolve_story(engine.store.get_fingerprint(fp[name]["ref"])[0]["story_id"]) for name in docs
    }
    assert len(stories) == 1


#: A digest page of one agency's morning briefs (``DIGEST``), two of them also on the agency's
#: site, each its own lead over the same paragraph of context from the press conference both
#: came from, which the page gives once (R50's p10b shape; fixtures written for this test).
CONTEXT = (
    "Marcos was speaking to reporters at Malacanang Palace after the weekly cabinet meeting, where"
    " he answered questions for about half an hour."
)
BRIEF_RICE = (
    "The Philippines will cut the tariff on imported rice to 10% from"
    " January, President Ferdinand Marcos Jr said on Wednesday, to bring down prices before the"
    " lean season.\n\n" + CONTEXT
)
BRIEF_LEVY = (
    "President Ferdinand Marcos Jr on Wednesday ruled out a new levy on motor fuel before the end of"
    " his term, dismissing reports that the finance department was drafting one.\n\n" + CONTEXT
)
DIGEST = "\n\n".join(
    [
        *BRIEF_RICE.split("\n\n"),
        "Farmers' groups had asked for the tariff to stay at 15% until the harvest in March, saying"
        " cheaper imports would push down the price of palay.",
        BRIEF_LEVY.split("\n\n")[0],
        "The finance secretary told lawmakers last month that fuel taxes would be reviewed with the"
        " budget for next year, which Congress is due to pass in December.",
        "Indonesia's trade surplus narrowed to $2.4 billion in October from"
        " $3.3 billion a month earlier, the statistics bureau said on Wednesday.",
        "Exports of coal fell 9% from a year earlier as prices eased, the bureau said.",
    ]
)


@pytest.mark.parametrize("order", [("rice", "levy", "digest"), ("levy", "rice", "digest")], ids="-".join)
def test_two_briefs_sharing_a_context_paragraph_on_a_digest_page_stay_two_stories(tmp_path, order):
    """Each brief is a verbatim part of the digest and the two share their context paragraph,
    half of each: yet together they hold 3 of the page's 7 paragraphs, two stories of it, not
    the parts of one text a writethru and a cut of its morning version are (``OVERLAP_COVER``).
    The briefs come first, as published: the digest arriving before a brief joins it to the
    page's story (R50's p10 reverse orders, before D31 too), another rule than this one."""
    docs = {
        "rice": article("https://wire.example/ph-rice", BRIEF_RICE, "en", "2026-11-12", 2, title="Rice tariff cut"),
        "levy": article("https://wire.example/ph-levy", BRIEF_LEVY, "en", "2026-11-12", 3, title="No fuel levy"),
        "digest": article("https://digest.example/am", DIGEST, "en", "2026-11-12", 6, title="Morning briefs"),
    }
    fp = {name: fingerprint(doc) for name, doc in docs.items()}
    assert compare(fp["rice"], fp["levy"]) is None
    engine = DedupeEngine(SQLiteStore(str(tmp_path / "s.sqlite")), project_config())
    for name in order:
        engine.process(dict(docs[name]))
    story = {
        name: engine.store.resolve_story(engine.store.get_fingerprint(fp[name]["ref"])[0]["story_id"]) for name in docs
    }
    assert story["rice"] != story["levy"]
