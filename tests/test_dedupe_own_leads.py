"""Two stories sharing paragraphs below leads of their own (``evidence._stories_below_own_leads``)
and a digest crawled before the parts it holds (``DedupeEngine._another_part``). Fixtures written
for these tests: one agency's two stories of a minister's briefing repeating its background block,
two agencies pasting one release under their own leads, and a digest of two briefs."""

from __future__ import annotations

import itertools

from newscrawl.dedupe import compare
from newscrawl.dedupe.engine import _fingerprint
from tests.test_dedupe_arrival import article
from tests.test_dedupe_fold_guards import _stories

DAY = "2024-04-10"

SUBSIDY_LEAD = (
    "Bangkok: Thailand will cut the diesel subsidy to 2 baht a litre from June, Energy Minister "
    "Pirapan Salirathavibhaga said on Wednesday, a step expected to save the state fund about "
    "9 billion baht a year."
)
BRIEFING = [
    "Pirapan was speaking to reporters after a meeting of the national energy policy committee "
    "at Government House, where ministers answered questions for nearly an hour.",
    "The briefing came two days after the coalition lost a provincial by-election in Khon Kaen, "
    "its second defeat since it took office last year.",
]
SUBSIDY_REST = [
    "Truck operators had asked for the cut to be delayed until the end of the harvest, saying "
    "freight rates were already squeezed by higher tolls.",
    "The oil fuel fund has borrowed heavily since 2022 to hold down pump prices for farmers and "
    "hauliers across the country.",
]
STAKE_LEAD = (
    "Bangkok: Energy Minister Pirapan Salirathavibhaga on Wednesday ruled out a sale of the "
    "state's stake in the national oil company this year, dismissing reports that a listing "
    "was being prepared."
)
STAKE_END = (
    "Pirapan said any decision on the stake would wait for a review of the company's refining "
    "business, which is due to be finished next year."
)


def _doc(url: str, paragraphs: list[str], hour: int, title: str | None = None) -> dict:
    doc = article(url, "\n\n".join(paragraphs), "en", DAY, hour) if title is None else None
    return doc or {**article(url, "x: " + title, "en", DAY, hour), "body": "\n\n".join(paragraphs)}


SUBSIDY = _doc("https://wire.example/diesel-subsidy", [SUBSIDY_LEAD, *BRIEFING, *SUBSIDY_REST], 6)


def test_one_sites_two_stories_sharing_a_background_block_are_not_copies():
    # The agency's second story of the briefing: its own lead over the same two background
    # paragraphs, cut there or going on with its own; the subsidy lead's figures are nowhere in it.
    for paragraphs in ([STAKE_LEAD, *BRIEFING], [STAKE_LEAD, *BRIEFING, STAKE_END]):
        stake = _fingerprint(_doc("https://wire.example/oil-stake", paragraphs, 7))
        subsidy = _fingerprint(SUBSIDY)
        assert compare(stake, subsidy) is None
        assert compare(subsidy, stake) is None


def test_a_portals_re_lead_and_the_agencys_writethru_still_match():
    subsidy = _fingerprint(SUBSIDY)
    # Another site's own lead over the story's second and third paragraphs (cut there).
    relead = _fingerprint(
        _doc(
            "https://portal.example/diesel",
            [
                "Bangkok: Hauliers face higher diesel bills this summer after the government decided "
                "to scale back the subsidy it has paid at the pump since the war in Ukraine.",
                *BRIEFING,
            ],
            9,
        )
    )
    # The agency's own writethru: a new lead over the story's body, to its end.
    writethru = _fingerprint(
        _doc(
            "https://wire.example/diesel-subsidy-update",
            [
                "Bangkok: Thailand will cut the diesel subsidy to 2 baht a litre from June, Energy Minister "
                "Pirapan Salirathavibhaga said on Wednesday, and truckers threatened a protest in 3 provinces.",
                *BRIEFING,
                *SUBSIDY_REST,
            ],
            10,
        )
    )
    for copy in (relead, writethru):
        assert compare(copy, subsidy) is not None
        assert compare(subsidy, copy) is not None


def _credited(url: str, lead: str, rest: list[str], hour: int, title: str) -> dict:
    """A paragraph list under the agency's dateline credit ("BANGKOK, April 10 (Reuters) -")."""
    return _doc(url, ["BANGKOK, April 10 (Reuters) - " + lead.removeprefix("Bangkok: "), *rest], hour, title)


def test_the_agencys_two_stories_stay_apart_through_a_mirror_on_another_site():
    # One source by its credit: a portal's verbatim copy of the subsidy story against the
    # agency's stake story (or the portal's copy of that) shares the background block alone.
    title = "Thailand to cut diesel subsidy from June"
    subsidy = _credited("https://wire.example/subsidy", SUBSIDY_LEAD, [*BRIEFING, *SUBSIDY_REST], 6, title)
    mirror = {**subsidy, "url": "https://portal.example/subsidy", "site": "portal.example"}
    stake = _credited("https://wire.example/stake", STAKE_LEAD, BRIEFING, 7, "Minister rules out oil stake sale")
    stake_mirror = {**stake, "url": "https://portal.example/stake", "site": "portal.example"}
    for one, other in ((stake, mirror), (stake_mirror, subsidy)):
        assert compare(_fingerprint(one), _fingerprint(other)) is None
        assert compare(_fingerprint(other), _fingerprint(one)) is None
    # A mirror's cut and the agency's writethru under a new lead, one headline's words, still match.
    cut = _credited("https://portal.example/subsidy-cut", SUBSIDY_LEAD, BRIEFING, 8, title)
    writethru = _credited(
        "https://wire.example/subsidy-2",
        "Truckers threatened on Wednesday to block roads in 3 provinces after the government said it "
        "would cut the diesel subsidy to 2 baht a litre from June.",
        [*BRIEFING, *SUBSIDY_REST],
        9,
        "Truckers threaten protest as Thailand cuts diesel subsidy",
    )
    assert compare(_fingerprint(cut), _fingerprint(writethru)) is not None


RELEASE = [
    "The authority said the new berth would handle 1.4 million containers a year once it is fully "
    "running and would create about 2,600 jobs in the port districts.",
    "Work will be paid for with a 6.5 billion baht loan from three state banks, with the first "
    "phase due to be finished in the third quarter of 2027.",
]
PORT_STORY = _doc(
    "https://agency-one.example/port",
    [
        "LAEM CHABANG, April 10 (Reuters) - Thailand approved a new container berth at Laem Chabang "
        "port on Wednesday, Transport Minister Suriya Jungrungreangkit told reporters, after years "
        "of queues for ships at the country's busiest gateway.",
        *RELEASE,
        "Suriya said the cabinet had signed off on the project and that bids would open in July.",
        "The port handled 9.1 million containers last year, above its designed capacity, according "
        "to the port authority's annual report.",
    ],
    6,
    "Thailand approves new container berth at Laem Chabang",
)


def _rival(credit: str) -> dict:
    lead = (
        f"CHONBURI, April 10 {credit}- Chonburi business leaders welcomed the approval of a new berth "
        "on Wednesday, saying it would ease the delays that have cost exporters for years."
    )
    return _doc("https://agency-two.example/berth", [lead, *RELEASE], 8, "Chonburi welcomes berth approval")


def test_another_agencys_report_pasting_the_release_is_not_a_copy():
    story = _fingerprint(PORT_STORY)
    rival = _fingerprint(_rival("(AFP) "))
    assert compare(rival, story) is None
    assert compare(story, rival) is None


def test_the_same_page_crediting_the_story_agency_or_nothing_still_matches():
    # A portal's re-lead of the agency's story credits it, or nothing: a copy by its shape.
    story = _fingerprint(PORT_STORY)
    for credit in ("(Reuters) ", ""):
        copy = _fingerprint(_rival(credit))
        assert compare(copy, story) is not None
        assert compare(story, copy) is not None


WAGE_BRIEF = _doc("https://wire.example/wage", [SUBSIDY_LEAD, BRIEFING[0], SUBSIDY_REST[0]], 6)
STAKE_BRIEF = _doc("https://wire.example/stake", [STAKE_LEAD, BRIEFING[0], STAKE_END], 7)
RICE = [
    "Bangkok: Thai rice export prices fell to a three-month low this week as the baht weakened and "
    "buyers in the Philippines held off, traders said on Wednesday.",
    "Five percent broken white rice was quoted at 510 dollars a tonne, down from 528 dollars a week "
    "ago, according to exporters in Bangkok.",
]
DIGEST = article(
    "https://wire.example/midday-briefing",
    "\n\n".join([*WAGE_BRIEF["body"].split("\n\n"), *STAKE_BRIEF["body"].split("\n\n"), *RICE]),
    "en",
    DAY,
    12,
)


def test_a_digest_crawled_first_does_not_bridge_its_two_briefs(tmp_path):
    # Published after both briefs it holds: in publication order the two began stories of their
    # own and the digest, near to each, joined one. Crawled in any order, they stay apart.
    for order in itertools.permutations([WAGE_BRIEF, STAKE_BRIEF, DIGEST]):
        stories = _stories(tmp_path, list(order))
        assert stories[WAGE_BRIEF["url"]] != stories[STAKE_BRIEF["url"]], [d["url"] for d in order]


def test_cuts_published_before_the_full_story_still_join_it(tmp_path):
    # An urgent of two paragraphs and a mirror's copy of three, both before the full story.
    urgent = _doc("https://wire.example/diesel-urgent", [SUBSIDY_LEAD, BRIEFING[0]], 4)
    mirror = _doc("https://mirror.example/diesel", [SUBSIDY_LEAD, *BRIEFING], 5)
    for order in itertools.permutations([urgent, mirror, SUBSIDY]):
        stories = _stories(tmp_path, list(order))
        assert len(set(stories.values())) == 1, [d["url"] for d in order]


def test_the_agencys_two_stories_and_their_mirrors_stay_two_stories_in_any_order(tmp_path):
    title = "Thailand to cut diesel subsidy from June"
    subsidy = _credited("https://wire.example/subsidy", SUBSIDY_LEAD, [*BRIEFING, *SUBSIDY_REST], 6, title)
    stake = _credited("https://wire.example/stake", STAKE_LEAD, BRIEFING, 7, "Minister rules out oil stake sale")
    mirrors = [
        {**d, "url": d["url"].replace("wire.example", "portal.example"), "site": "portal.example"}
        for d in (subsidy, stake)
    ]
    for i, order in enumerate(itertools.permutations([subsidy, stake, *mirrors])):
        if i % 3:
            continue  # 8 of the 24 orders, each article first in two
        stories = _stories(tmp_path, list(order))
        assert stories[subsidy["url"]] == stories[mirrors[0]["url"]], [d["url"] for d in order]
        assert stories[stake["url"]] == stories[mirrors[1]["url"]], [d["url"] for d in order]
        assert stories[subsidy["url"]] != stories[stake["url"]], [d["url"] for d in order]


def test_a_cut_before_a_big_story_reads_no_more_of_it_for_more_mirrors(tmp_path, monkeypatch):
    # R54's bigstory.py: a cut published before a story's many mirrors. Its near verdict on each
    # mirror asks whether the mirror's story holds another part published before (a digest's,
    # _another_part); the mirrors are the copy's length, no part of it: none is to be read, and
    # the story once, however many mirrors it has.
    from newscrawl.dedupe.engine import DedupeEngine
    from newscrawl.store.sqlite import SQLiteStore

    reads = {"asking": False, "fingerprints": 0, "stories": 0}
    asked = DedupeEngine._another_part

    def another_part(self, *args, **kwargs):
        reads["asking"] = True
        try:
            return asked(self, *args, **kwargs)
        finally:
            reads["asking"] = False

    def counted(name, key):
        method = getattr(SQLiteStore, name)

        def call(self, *args, **kwargs):
            reads[key] += reads["asking"]
            return method(self, *args, **kwargs)

        monkeypatch.setattr(SQLiteStore, name, call)

    monkeypatch.setattr(DedupeEngine, "_another_part", another_part)
    counted("get_fingerprint", "fingerprints")
    counted("get_story", "stories")
    cut = _doc("https://urgent.example/diesel", [SUBSIDY_LEAD, BRIEFING[0]], 4)
    found = []
    for n in (3, 9):
        mirrors = [{**SUBSIDY, "url": f"https://m{i}.example/diesel", "site": f"m{i}.example"} for i in range(n)]
        reads.update(fingerprints=0, stories=0)
        stories = _stories(tmp_path, [SUBSIDY, *mirrors, cut])
        assert len(set(stories.values())) == 1
        found.append((reads["fingerprints"], reads["stories"]))
    assert found[0] == found[1], found


SLIDE_MIDDLE = [
    "Heavy rain had soaked the hillside above the village for three days before the slope gave way "
    "shortly after midnight, the provincial governor said.",
    "Soldiers and volunteers dug through the mud by hand because the road to the village was blocked "
    "by fallen trees and could not take excavators.",
    "Chiang Rai was hit by floods in 2021 that forced thousands from their homes along the Kok river.",
]


def test_the_sites_writethru_under_a_headline_sharing_a_words_stem_still_matches():
    # One site's first version and its writethru: a new lead with its own figures over the same
    # middle paragraphs, a new closing paragraph; the headlines share "landslide" only as a stem.
    first = _doc(
        "https://wire.example/landslide",
        [
            "CHIANG RAI, April 10 (Reuters) - A landslide buried 7 houses in a hill village in northern "
            "Thailand early on Wednesday, killing at least four people, rescue officials said.",
            *SLIDE_MIDDLE,
            "Rescuers were still searching for two children missing under the mud, the officials said.",
        ],
        4,
        "Landslide buries village homes in Chiang Rai, four dead",
    )
    writethru = _doc(
        "https://wire.example/landslide-update",
        [
            "CHIANG RAI, April 10 (Reuters) - The death toll from a landslide in a hill village in northern "
            "Thailand rose to 11 on Wednesday, with 23 people taken to hospital, rescue officials said.",
            *SLIDE_MIDDLE,
            "Prime Minister Srettha Thavisin ordered the army to open the road and send food to the "
            "district, a government spokesman said in the afternoon.",
        ],
        9,
        "Thai landslides death toll rises to 11",
    )
    one, other = _fingerprint(first), _fingerprint(writethru)
    assert compare(one, other) is not None
    assert compare(other, one) is not None


TOLL_REST = [
    "Kenaikan itu yang pertama sejak 2016 dan akan menambah pendapatan operator sekitar 450 juta "
    "baht per tahun, menurut hitungan kementerian.",
    "Menteri mengatakan pengendara sepeda motor tetap dibebaskan dari tarif di jalur lingkar luar "
    "kota untuk mengurangi kemacetan pada jam sibuk.",
    "Asosiasi pengemudi taksi menilai kenaikan itu akan membebani sopir yang setiap hari melintasi "
    "jalan tol menuju bandara Suvarnabhumi.",
    "Operator tol terbesar menyatakan sebagian tambahan pendapatan dipakai untuk memperlebar 40 km "
    "jalan tol di timur Bangkok.",
]


def test_a_re_lead_crediting_the_translating_agency_still_matches_its_translation():
    # The national agency's Indonesian translation credits Reuters; a portal's re-lead of it (its
    # own lead over the rest, cut before the last paragraph) credits the translator, by any name.
    translation = {
        **_doc(
            "https://antara.example/tol-bangkok",
            [
                "Pemerintah Thailand menaikkan tarif di 9 ruas jalan tol Bangkok sebesar 8 persen mulai "
                "1 Juni, kata Menteri Transportasi Suriya Jungrungreangkit di Bangkok, Rabu.",
                *TOLL_REST,
                "Saham operator tol di bursa Bangkok naik hingga 4 persen setelah pengumuman itu.",
            ],
            5,
            "Thailand naikkan tarif tol Bangkok 8 persen",
        ),
        "language": "id",
        "attribution": {"agencies": ["Reuters"]},
    }
    for credit in ("ANTARA", "Antara News Agency"):
        relead = {
            **_doc(
                "https://portal.example/tol-thailand",
                [
                    "Wisatawan yang berlibur ke Bangkok harus membayar lebih mahal di jalan tol mulai "
                    "musim panas setelah pemerintah Thailand mengumumkan kenaikan tarif.",
                    *TOLL_REST,
                ],
                8,
                "Liburan ke Bangkok? Siap-siap bayar tol lebih mahal",
            ),
            "language": "id",
            "attribution": {"agencies": [credit]},
        }
        one, other = _fingerprint(translation), _fingerprint(relead)
        assert compare(one, other) is not None, credit
        assert compare(other, one) is not None, credit
        # Against a story crediting "ANTARA" under another name, too.
        named = {**translation, "url": "https://antara.example/tol-2", "attribution": {"agencies": ["ANTARA"]}}
        assert compare(_fingerprint(named), other) is not None, credit
