"""The reviewers' seventh hand-written dedupe set (tests/review_dedupe7/, review R34).

139 articles in 69 stories: 19 wire stories (S300-S318) with 55 copies, nearly all across
English, Indonesian and Malay, and 50 hard negatives (N320-N369, 15 copies of their own). Copies:
word-for-word machine translations, fluent human translations that rewrite the figures ($2.4
billion as "Rp 38 triliun" or "RM11 bilion", miles and feet as km, a dollar price per tonne as
rupiah), translations cut to the lead or two paragraphs, translations with a local intro and
outro, summary translations (shorter, same facts in the same order), reported speech for quotes,
paragraphs merged, a translation of AP's writethru (new lead), translations days later, agency
language versions (Bernama English and Malay, ANTARA Indonesian and English) and ANTARA
Indonesian originals in English and Malay. Hard negatives: the same events reported on their own
by ANTARA, Kompas, Tempo, Detik, Kontan, Bernama, The Star, the Jakarta Post, PTI and other
agencies (same officials, quotes, figures, places, day), Indonesian and Malay machine translations
of a DIFFERENT agency's story of the same event, follow-ups, an agency's second story of the day,
and template twins in both languages (last month's rate, fuel price, GDP and tourist figures, the
next day's ringgit open, the same Liga 1 matchday's results, BMKG weather warnings); 74 hard pairs.
Run through ``scrapy dedupe``'s own code in five arrival orders, as ``test_dedupe_review.py``
runs the first set.
"""

from __future__ import annotations

from tests.review_dedupe7.build import build
from tests.test_dedupe_review import review_set_tests

#: Same-story pairs (of 128) found in each arrival order when this test was written (R34's
#: score.py --orders 5, /work/r34/: pairwise F1 0.781 / 0.835 / 0.740 / 0.756 / 0.781;
#: English-Indonesian recall 26-34 of 44 at precision 0.87-1.0). Missed in every order, each a
#: copy left on its own: human translations that rewrite the figures (S305-1's "Rp 7,3 triliun"
#: for $450 million, S302-3's English with feet and miles for ANTARA's metres and km), summary
#: translations (S305-2, S312-3, S314-3 with a site's outro), BNM's Indonesian version days later
#: and a Malay cut to one sentence (S306-2/3); in some orders S300's human translations with
#: rupiah and ringgit figures, AP's Indonesian writethru (S304-2), S301's Indonesian summary and
#: S318's rupiah translation.
#: Since D15 (another Indonesian translation of the story that reads with it as two translations
#: of one text no longer calls it another story): S301's summary S301-3 and S307's Indonesian
#: translation with merged paragraphs S307-3 in publication order and shuffle 4, AP's Indonesian
#: lead cut S304-4 in shuffle 3: 89 / 99 / 81 / 85 / 89.
#: Since D16 (a nautical mile read as 1.852 km: S317-1's 220 km for 120 nautical miles; ringgit
#: written as rupiah as the same amount: S313-2's "Rp 6,2 juta" for RM1,700 three days later;
#: two titles giving one figure two ways, "689,000" / "689 ribu", no other headlines: N340-1,
#: ANTARA's Indonesian version of its own English story), merged with D15's: 92 / 101 / 87 / 91 /
#: 95 (D16's branch alone found 102 in reverse order, one of them N331-1~N331-o, found only
#: because both were wrongly in S304's story; with both, S304-4 joins S304 first, N331-o stays
#: apart and that order's wrong pairs fall from 10 to 5).
#: Lowered by QF15 (R36's finding: precision over recall) to 85 / 101 / 87 / 84 / 88: D15's
#: set-aside now needs a sign that the article translates the story (its agency credited, a copy
#: named as its original), which this set's rows do not carry (reverse finds 102 again, with
#: N331-1~N331-o, both wrongly in S304's story, 10 wrong pairs for 5: not counted).
#: Thirteenth session (D18): 92 / 101 / 87 / 88 / 95 once a page crediting nothing that reads with
#: the story's other translation as two translations of one text at ``ONE_TEXT_SCORE``
#: (0.65) sets that one's "another story" aside (S301-3, S307-3; S313-2 in shuffle 3); the same wrong pairs.
#: Then 95 / 101 / 90 / 91 / 95 (reverse finds 105, the 10 wrong pairs as before) once a shorter copy
#: reading as one text with it at that score is set aside too (S313-2 against the cut S313-3).
#: Raised by D17 (an article taken out of a story when a later copy, in its language or a
#: fuller copy of the cut it joined through, calls it another story, judged again as if it came
#: now; an article it kept out joins then): 85 / 101 / 91 / 91 / 88; wrong pairs 0 / 10 / 10 / 7 /
#: 0 -> 0 / 5 / 6 / 7 / 0. N331-o leaves S304's story in reverse and shuffle 2 (reverse loses
#: N331-1~N331-o, found only with both wrongly in S304's story); AP's Indonesian lead cut S304-4
#: joins S304 in shuffles 2 and 3, S313's copies in shuffle 3; in reverse S314-3 (a summary) is
#: in S314-o's story in place of S314-1 and S314-2's (the same count).
#: D17 and D18 together (merged): 95 / 104 / 94 / 94 / 95, the wrong pairs D17 left (0 / 5 / 6 / 7 / 0).
#: D20: 95 / 105 / 102 / 98 / 95, none wrong (N331-1 follows N331-o; S300-3 and S303's Indonesian
#: copies join their stories once N321-o and N329-o are out; in shuffle 3 S304-2 is in S304's
#: story and S304-4, which it calls another story, is not: three pairs for three).
#: D23: 101 / 108 / 108 / 100 / 97 (``evidence.summarizes``): the Indonesian lead cut S318-3 reads
#: as a summary of the rupiah translation S318-2, the Indonesian summary S312-3 of the reported-speech
#: translation S312-1 (in shuffle 3 the two then stay apart from S312's other copies: 2 pairs for 1).
#: D30: 105 / 112 / 108 / 104 / 101: the rupiah translation S300-2 joins S300 past the wire's
#: Indonesian lead cut S300-4, which calls it another story, since the machine translation S300-1
#: reads with it as one text (``engine._contradicted``); in shuffle 2 it is in already. Then
#: 105 / 112 / 108 / 108 / 105: in shuffles 3 and 4 the reported-speech translation S312-1, crawled
#: after the summary S312-3 published a day later, joins the wire's story and the summary's folds
#: in (``engine._first_in_time``).
#: D33: 108 / 115 / 111 / 111 / 108: the Indonesian summary S314-3 (0.52 of the story's length, 0.97
#: of its words the story's) joins S314-o as a summary in every order (``SUMMARY_VERBATIM``).
#: D34: 114 in every order. The rupiah translation S305-1 (each sentence rebuilt: mention order
#: 0.571) keeps the paragraphs' order (``evidence._paragraph_order``, 0.9); AP's writethru in
#: Indonesian, S304-2, joins past the Indonesian lead cut S304-4 of the first version, which calls
#: it another story: both credit AP (``engine._credits_source`` reads text credits and cited
#: agencies); in reverse Reuters' N331-o no longer reads as a translation of S304-4 ("kepada AP",
#: ``evidence.credits_differ``).
#: D33 and D34 together: 117 in every order.
#: D37: 120 / 117 / 120 / 120 / 117: the Malay summary S305-2 joins in publication order and
#: shuffles 2 and 3, as a summary of the Indonesian machine translation S305-3: "tiga" and "empat"
#: in both, numbers both write as words (``evidence.with_spelled_of``). In reverse it joins too, and
#: the rupiah translation S305-1, which matches only S305-o (0.5), stays in a story of its own: S305-o
#: came last and joined the better match (S305-3's, 0.647); translation verdicts fold nothing.
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 120, "reverse": 117, "shuffled-2": 120, "shuffled-3": 120, "shuffled-4": 117}
SAME_STORY_PAIRS = 128

#: Stories merged today that are different stories (label pairs): Reuters' own report of the
#: Batam ferry (N331: five dead, seven missing, KM Bintang Laut, Rudi Saputra) with AP's S304,
#: whose writethru leads on the same five bodies and seven missing (reverse and shuffle 3: its
#: Indonesian machine translation N331-1, whose story S304-3 folded in; since D17 N331-o leaves);
#: Bernama's own Malay report of the battery deal (N321: $2.4 billion, Hanjin Cell, Batang, 4,800
#: workers, 2028) with Reuters' S300 (shuffles 2 and 3); ANTARA's own Indonesian report of the
#: Sebatik treaty (N329: the same ministers, six months, the joint market) with Bernama's S303
#: through its Malay version (shuffle 2). None since D20: N321-o and N329-o, published before the
#: translation they matched, yield to the English original it translates (``_source_refutes``);
#: N331-1 follows N331-o, which matches it more firmly than it holds S304's story (``_follow``).
WRONG_TODAY: dict[str, set[tuple[str, str]]] = {
    "publication": set(),
    "reverse": set(),
    "shuffled-2": set(),
    "shuffled-3": set(),
    "shuffled-4": set(),
}

(
    review_set,
    config,
    test_the_seventh_review_set_is_built_whole,
    test_seventh_review_set_in_arrival_order,
    test_seventh_review_set_today,
) = review_set_tests(build, (139, 69, 74, SAME_STORY_PAIRS), PAIRS_FOUND_TODAY, WRONG_TODAY)
