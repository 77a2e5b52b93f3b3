"""A copy that keeps the wire's body under a lead of its own (``evidence.keeps_wire_body``): a
portal's own lead or local colour on top of the wire's second and third paragraphs, word for
word. Fixtures written for these tests: a landslide story, a portal's copy with two paragraphs
of local colour on top, a re-lead, and the next day's follow-up recalling the background."""

from __future__ import annotations

import itertools

from newscrawl.dedupe import compare
from newscrawl.dedupe.engine import _fingerprint
from newscrawl.dedupe.evidence import REWRITE_SCORE, keeps_wire_body
from tests.test_dedupe_arrival import article
from tests.test_dedupe_fold_guards import _stories

LEAD = (
    "Wonosobo: A landslide buried 9 houses in Kalikajar village in Central Java early on Tuesday "
    "after two days of heavy rain, and rescuers were searching for 4 missing residents."
)
SECOND = (
    "District disaster agency chief Hendra Wijaya said the slope above the village gave way at "
    "about 03.20 local time while most families were asleep."
)
THIRD = (
    "Wijaya said 31 people had been moved to a mosque and a school, and that an excavator "
    "from the public works office reached the site by mid-morning."
)
FOURTH = (
    "The meteorology agency has warned of heavy rain across the hills of Central Java until the "
    "end of the week, with more landslides likely on steep farmland."
)
FIFTH = (
    "Landslides killed 22 people in the province during last year's rainy season, according to "
    "figures from the national disaster mitigation agency."
)
WIRE = article(
    "https://wire.example/landslide", "\n\n".join([LEAD, SECOND, THIRD, FOURTH, FIFTH]), "en", "2024-02-06", 4
)

COLOUR = [
    "Wonosobo: Farmers in the hills above Kalikajar say the terraces had been cracking for weeks "
    "before the rain came, and many had asked for the slope to be checked.",
    '"We heard the ground moving before dawn and ran with the children," said Siti Aminah, 45, '
    "who sells vegetables at the village market.",
]
LOCAL = article("https://portal.example/kalikajar", "\n\n".join([*COLOUR, SECOND, THIRD]), "en", "2024-02-06", 9)

RELEAD = article(
    "https://mirror.example/relead",
    "\n\n".join(
        [
            "Wonosobo: Villagers in Kalikajar spent Tuesday digging with their hands and hoes "
            "beside the soldiers and volunteers who came up the narrow road from the town, while "
            "women cooked rice for the searchers in a neighbour's kitchen and the older men "
            "watched the hillside for new cracks as the clouds gathered again over the valley.",
            SECOND,
            THIRD,
        ]
    ),
    "en",
    "2024-02-06",
    11,
)

FOLLOW_UP = article(
    "https://wire.example/landslide-day-two",
    "\n\n".join(
        [
            "Wonosobo: Rescuers recovered the bodies of 3 residents from the mud in Kalikajar on "
            "Wednesday, a day after a landslide buried 9 houses, and one villager is still missing.",
            "Search team leader Bambang Setiadi said the work was slowed by fresh rain in the "
            "afternoon and a crack that opened higher up the slope.",
            FOURTH,
            FIFTH,
        ]
    ),
    "en",
    "2024-02-07",
    5,
)


def _fp(doc: dict) -> dict:
    return _fingerprint(doc)


def test_local_colour_over_the_wire_body_is_a_copy() -> None:
    wire, local = _fp(WIRE), _fp(LOCAL)
    assert keeps_wire_body(local, wire) and keeps_wire_body(wire, local)
    assert compare(local, wire) == compare(wire, local)
    found = compare(local, wire)
    assert found is not None and (found.kind, found.score) == ("rewrite", REWRITE_SCORE)


def test_a_re_lead_over_the_wire_body_is_a_copy() -> None:
    # Its own lead names the story's people and figures in its own order: not near by order.
    found = compare(_fp(RELEAD), _fp(WIRE))
    assert found is not None and (found.kind, found.score) == ("rewrite", REWRITE_SCORE)


def test_a_follow_up_recalling_the_background_is_not() -> None:
    assert not keeps_wire_body(_fp(FOLLOW_UP), _fp(WIRE))
    assert compare(_fp(FOLLOW_UP), _fp(WIRE)) is None


def test_the_wire_lead_kept_is_another_shape() -> None:
    # A cut that keeps the lead is read by the near and cut rules, not by this one.
    cut = _fp(article("https://cut.example/x", "\n\n".join([LEAD, SECOND, THIRD]), "en", "2024-02-06", 6))
    assert not keeps_wire_body(cut, _fp(WIRE))


def test_the_copy_joins_the_wire_story_in_any_order(tmp_path) -> None:
    for order in itertools.permutations([WIRE, LOCAL, FOLLOW_UP]):
        stories = _stories(tmp_path, list(order))
        assert stories[LOCAL["url"]] == stories[WIRE["url"]] != stories[FOLLOW_UP["url"]], [d["url"] for d in order]


def test_a_month_later_it_is_the_next_release_not_a_copy() -> None:
    # Outside the window the paragraphs after the lead that give no figure are what the next
    # release of a statistic keeps (the eval's NTREX "next release" negatives).
    later = article(LOCAL["url"] + "-later", LOCAL["body"], "en", "2024-03-07", 9)
    assert keeps_wire_body(_fp(later), _fp(WIRE))
    assert compare(_fp(later), _fp(WIRE)) is None


# An agency's long story on a dam, the water ministry's release given at its third and fourth
# paragraphs; a rival agency's short report of the same day: its own lead over that release's
# two paragraphs (R50's p1 shape). The short report is no wire the long story copies.
RELEASE = [
    "The ministry said the Jatigede extension would store 140 million cubic metres of water once "
    "filled and irrigate about 18,000 hectares of rice fields in the districts of Sumedang and Majalengka.",
    "Construction will be paid for with a 4.2 trillion rupiah loan from a group of state banks, "
    "with the first of three phases due to be finished in the second half of 2028.",
]
AGENCY_STORY = article(
    "https://wirea.example/jatigede",
    "\n\n".join(
        [
            "Jakarta: Indonesia approved on Thursday a second reservoir at the Jatigede dam in West Java, "
            "Public Works Minister Dody Hanggodo told reporters, after years of water shortages for "
            "farmers downstream in the dry season.",
            "Hanggodo said the cabinet had signed off on the project at its meeting that morning and "
            "that tenders would open in February.",
            *RELEASE,
            "The existing reservoir, filled in 2015, displaced about 11,000 families from 28 villages, "
            "and many of them are still waiting for the compensation they were promised.",
            "Farmers' groups in Indramayu have asked for more water since 2019, saying the canals run "
            "dry for four months of the year and harvests have fallen by a third.",
            "Environmental groups said the extension would flood a further 600 hectares of forest and "
            "called for the impact study to be published before tenders open.",
            "Shares of state builder Waskita Karya rose 2.4 percent in afternoon trade after the "
            "announcement, outperforming the broader market.",
        ]
    ),
    "en",
    "2024-02-08",
    8,
)
RIVAL_REPORT = article(
    "https://wireb.example/jatigede",
    "\n\n".join(
        [
            "Bandung: West Java's governor welcomed on Thursday the central government's approval of a "
            "new reservoir at Jatigede, saying it would end the water rationing that farmers have "
            "suffered for years.",
            *RELEASE,
        ]
    ),
    "en",
    "2024-02-08",
    10,
)


def test_a_rivals_short_report_pasting_the_release_is_no_wire_of_the_long_story(tmp_path) -> None:
    # The long story's paragraphs after its lead are not the rival's; the rival's second and third
    # are the long story's third and fourth, under a lead of the rival's own: the shape of a
    # re-lead read backwards. A re-lead keeps the wire's body, so is about as long as the wire or
    # shorter (``WIRE_WORDS_SHARE``); the rival's report has a third of the long story's words.
    story, rival = _fp(AGENCY_STORY), _fp(RIVAL_REPORT)
    assert not keeps_wire_body(story, rival) and not keeps_wire_body(rival, story)
    assert compare(story, rival) is None and compare(rival, story) is None
    for order in itertools.permutations([AGENCY_STORY, RIVAL_REPORT]):
        stories = _stories(tmp_path, list(order))
        assert stories[AGENCY_STORY["url"]] != stories[RIVAL_REPORT["url"]], [d["url"] for d in order]


# The wire's body moved about under a top paragraph (R58): a re-lead telling the wire's news of
# Tuesday, and the next day's follow-up with its own news over the same paragraphs.
SAME_NEWS = article(
    "https://mirror.example/relead-moved",
    "\n\n".join(
        [
            "Wonosobo: Nine houses in Kalikajar village in Central Java were buried by a landslide "
            "early on Tuesday, and rescuers were looking for 4 residents still missing.",
            THIRD,
            SECOND,
        ]
    ),
    "en",
    "2024-02-06",
    10,
)
NEXT_DAY = article(
    "https://wire.example/landslide-relocation",
    "\n\n".join(
        [
            "Wonosobo: Central Java's governor Bayu Pranoto ordered on Wednesday the relocation of "
            "Kalikajar's remaining families after Tuesday's slide, his office said.",
            THIRD,
            SECOND,
            FOURTH,
        ]
    ),
    "en",
    "2024-02-07",
    6,
)


def test_a_re_lead_over_the_body_moved_about_is_a_copy() -> None:
    assert keeps_wire_body(_fp(SAME_NEWS), _fp(WIRE))
    found = compare(_fp(SAME_NEWS), _fp(WIRE))
    assert found is not None and (found.kind, found.score) == ("rewrite", REWRITE_SCORE)


def test_a_next_day_lead_over_the_body_moved_about_is_not() -> None:
    # Its top paragraph names Wednesday and people of its own: the next day's news.
    assert not keeps_wire_body(_fp(NEXT_DAY), _fp(WIRE)) and not keeps_wire_body(_fp(WIRE), _fp(NEXT_DAY))
    assert compare(_fp(NEXT_DAY), _fp(WIRE)) is None and compare(_fp(WIRE), _fp(NEXT_DAY)) is None
