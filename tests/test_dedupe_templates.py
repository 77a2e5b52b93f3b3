"""Bulletins from one template and paragraphs moved about (review R13, findings 1 and 3).

Fixtures written for these tests: an automated newsroom's quake bulletin and currency close,
each filled in twice, and a short story whose copy moves its paragraphs about.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, evidence, fingerprint, skeletons
from newscrawl.dedupe.features import from_record, to_record
from tests.dedupe_corpus import article


def quake(magnitude, place, day, clock, depth, distance, town):
    return (
        f"A magnitude {magnitude} earthquake shook the sea off {place} on {day} at {clock} local time,"
        " the Calder Geophysics and Tsunami Warning Agency said in its bulletin.\n\n"
        f"The quake's centre lay {depth} km below the seabed, {distance} km south-west of {town}.\n\n"
        "The Calder Geophysics and Tsunami Warning Agency said the tremor was not strong enough to"
        " set off a tsunami along the coast, and asked residents to stay calm.\n\n"
        "Residents were asked to keep away from cracked buildings until engineers had checked them,"
        " and to follow only the agency's own updates.\n\n"
        "The agency records hundreds of small earthquakes in the region every year, most of them"
        " too weak to be felt on land."
    )


QUAKE_A = quake("4.9", "Selwyn Island", "Monday", "07:12", 14, 63, "Port Arda")
QUAKE_B = quake("5.3", "North Calder", "Wednesday", "22:40", 31, 118, "Mireth")


def close(direction, rate, day, move, points, previous, fixed, volume):
    return (
        f"The dinar closed {direction} at {rate} per euro on {day}, {move} {points} points from {previous}"
        " in the previous session, dealers in the capital said.\n\n"
        f"The Central Bank of Orvania fixed its reference rate at {fixed}, and trading volume was"
        f" {volume} billion dinars.\n\n"
        "Dealers said the currency followed other regional currencies as investors waited for the"
        " trade figures due later in the week from the Central Bank of Orvania.\n\n"
        "The Central Bank of Orvania has said it will step into the market only to smooth sharp"
        " swings, not to defend any level of the dinar.\n\n"
        "Exporters usually sell euros towards the end of the month to pay wages and taxes at home,"
        " dealers added."
    )


CLOSE_A = close("weaker", "3,412", "Monday", "down", 17, "3,395", "3,405", "1.2")
CLOSE_B = close("stronger", "3,377", "Tuesday", "up", 35, "3,412", "3,380", "0.9")

STORY = (
    "Rescue teams in the hill town of Varno pulled 12 people alive from a collapsed school on"
    " Thursday after a night of heavy rain loosened the slope behind it, officials said.\n\n"
    "The school's headmaster, Ilse Marant, said most pupils had gone home an hour before the wall gave way.\n\n"
    "Engineers from the regional works office were checking 40 other buildings on the same slope"
    " and had ordered two of them cleared.\n\n"
    '"We heard a sound like thunder and then the classrooms were gone," said Tomas Eller, who'
    " lives across the road from the school.\n\n"
    "The regional governor promised to pay for a new school and said the slope would be shored up"
    " before the next rainy season begins in October."
)


def fp(body, day="2023-09-13", url=None, **extra):
    return fingerprint(article(url or f"https://x.example/{abs(hash(body))}", body, "en", day, **extra))


def test_two_bulletins_from_one_template_are_two_stories(monkeypatch):
    for first, second in ((QUAKE_A, QUAKE_B), (CLOSE_A, CLOSE_B)):
        a, b = fp(first), fp(second, day="2023-09-14")
        assert evidence.is_template_pair(a, b) and evidence.is_template_pair(b, a)
        assert compare(a, b) is None and compare(b, a) is None
        # What the rule stops: the two share most shingles, their names agree enough.
        monkeypatch.setattr(evidence, "is_template_pair", lambda *_: False)
        assert compare(a, b).kind == "near"
        monkeypatch.undo()


def test_a_copy_and_a_writethru_of_a_bulletin_stay_one_story():
    a = fp(QUAKE_A)
    # A mirror's copy, a word changed in a paragraph with figures: its figures kept.
    reworded = QUAKE_A.replace("Agency said in its bulletin", "Agency stated in its bulletin")
    assert compare(a, fp(reworded)).kind == "near"
    # A writethru: the magnitude revised in the lead, the paragraph on depth and distance kept.
    revised = QUAKE_A.replace("magnitude 4.9", "magnitude 5.1").replace("07:12", "07:13")
    assert not evidence.is_template_pair(a, fp(revised))
    assert compare(a, fp(revised)).kind == "near"
    # A copy cut to its first two paragraphs.
    assert compare(a, fp("\n\n".join(QUAKE_A.split("\n\n")[:2]))).kind == "near"


def test_a_fingerprint_stored_without_skeletons_gets_no_template_veto():
    a, b = fp(QUAKE_A), fp(QUAKE_B, day="2023-09-14")
    fields, sig = to_record(b)
    del fields["skeletons"]
    old = from_record(fields, sig)
    assert skeletons.decoded(old) is None
    assert compare(a, old).kind == "near" and compare(old, a).kind == "near"  # matched as before
    damaged = from_record({**fields, "skeletons": "not base64!"}, sig)
    assert not evidence.is_template_pair(a, damaged)  # no error, no veto


def test_skeletons_are_kept_for_paragraphs_with_a_figure_only():
    found = skeletons.decoded(fp(QUAKE_A))
    assert len(found) == 2  # the lead and the depth paragraph; the rest states no figure
    assert skeletons.decoded(fp("No figure here at all, only words about the weather today.")) == []


def test_a_copy_with_its_paragraphs_moved_about_is_the_same_story():
    paras = STORY.split("\n\n")
    moved = "\n\n".join([paras[3], paras[4], paras[0], paras[2], paras[1]])
    a, b = fp(STORY), fp(moved, day="2023-09-14")
    assert not evidence._same_order(a, b)  # the order test alone would part them
    assert evidence.same_paragraphs(a, b)
    assert compare(a, b).kind == "near" and compare(b, a).kind == "near"


def test_a_roundup_quoting_a_paragraph_is_not_a_moved_copy():
    paras = STORY.split("\n\n")
    roundup = "\n\n".join(
        [
            "Here is what happened across the region this week, from the hills to the coast.",
            paras[0],
            "In the capital, the city council voted to extend the night bus network to 14 suburbs.",
            "Farmers in the east began the olive harvest early after a dry summer cut yields by a third.",
            "The football club of Port Arda named a new coach, its third in two seasons.",
        ]
    )
    a, b = fp(STORY), fp(roundup, day="2023-09-15")
    assert not evidence.same_paragraphs(a, b)
    assert compare(a, b) is None and compare(b, a) is None
