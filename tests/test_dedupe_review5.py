"""The reviewers' fifth hand-written dedupe set (tests/review_dedupe5/, review R26).

121 articles in 65 stories: 20 wire stories (S164-S183) with 55 copies and 45 hard negatives
(N184-N228), on languages: Reuters / AFP / AP / PTI / NDTV / Al Jazeera stories and their
Indonesian and Malay machine translations of different quality (word for word, fluent, figures
converted as "US$2,4 miliar", "Rp 38 triliun", miles as km, quotes turned into reported speech,
paragraphs merged or split, the lead re-ordered, the last half cut, a mirror's own headline,
"Baca juga" lines, days apart), ANTARA / Bernama / Kompas originals and their English versions,
Indonesian and Malay versions of one story, templated bulletins in Indonesian with an English
counterpart. Hard negatives: other agencies' and local outlets' reports of the same event in the
other language, the next day's follow-up in the other language, a minister's or an agency's
second story of the same day, and the same bulletins of other days in either language; 63 hard
pairs. Run through ``scrapy dedupe``'s own code in five arrival orders, as
``test_dedupe_review.py`` runs the first set.
"""

from __future__ import annotations

from tests.review_dedupe5.build import build
from tests.test_dedupe_review import review_set_tests

#: Same-story pairs (of 106) found in each arrival order when this test was written (R26's
#: score.py --orders 5: pairwise F1 0.835 / 0.835 / 0.835 / 0.843 / 0.818; English-Indonesian
#: recall 31-34 of 47 at precision 1.0). Missed in every order: fluent Indonesian translations
#: (S164-2's "Rp 38 triliun", S165-1's km, S167-3's re-ordered lead, S169-1's reported speech,
#: S175-2's half, S182-3's merged paragraphs), the Malay translation S165-2, the Malay quake
#: bulletin S178-3, the Indonesian translations S182-1 and S183-2 (late, wrapped).
#: Tenth session (D11): 85 / 84 / 88 / 84 / 80 once a bracketed date after the weekday ("Senin
#: (6/10/2025)") is the day and month and a whole hour its hour, the headline veto reads titles as
#: written whichever article is new (S164-2), and a translation beyond doubt (S166-2, 0.943) is not
#: dropped because the story's other Indonesian translation words it otherwise; shuffles 3 and 4
#: 86 and 82 once a rate is one figure with or without its trailing zero (S175-2's "4,5 persen"),
#: 90 and 86 once N195 (below) no longer takes S169's copies into its story. With D12's rules
#: merged too (figures in other units, title values, a year of its own): 85 / 88 / 92 / 94 / 86.
#: Eleventh session (D13): 91 / 91 / 95 / 97 / 89 once a weekday's date said again ("Senin (13/10)"
#: for "on Monday", S169-1), a rupiah amount after "atau sekitar" (S183-2) and a mirror's call to
#: its section are no figures or names of a translation's own, and a same-language copy beyond the
#: window no longer contradicts a late translation; 91 / 95 / 95 / 97 / 93 once a conversion in
#: brackets after a figure written as a word ("nine kilometres (5.6 miles)", S174) is an aside.
#: Twelfth session (D15): 96 / 100 / 100 / 100 / 96 once another Indonesian translation of the
#: story that agrees with a fluent one as a translation would (names, figures, their order) no
#: longer calls it another story text to text (S164-2, S175-2, S166-1, S165-1 in three orders).
#: Lowered by QF15 (R36's finding: precision over recall) to 91 / 95 / 95 / 97 / 93: that "another
#: story" is set aside only when the article shows it translates the story (credits its agency,
#: names a copy as its original); this set's rows carry no attribution, so D15's finds are gone,
#: while an Indonesian outlet's own report of the wire's press conference no longer joins.
#: Thirteenth session (D18): 96 / 100 / 100 / 97 / 93: with no credit on either page, two that
#: read as translations of one text at ``ONE_TEXT_SCORE`` (0.65; S164-2 0.66, S175-2
#: 0.66; R36's own reports 0.53-0.61) set the "another story" aside again; 100 / 100 / 100 / 97 / 97
#: once a shorter one that reads so is set aside too (S165-3, 67 words, against S165-1, 0.88).
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 100, "reverse": 100, "shuffled-2": 100, "shuffled-3": 97, "shuffled-4": 97}
SAME_STORY_PAIRS = 106

#: Stories merged today that are different stories: none. R26 found one: Reuters' own report N195
#: of the Rohingya boat landing in Aceh joined the Malay translation S169-2 of Al Jazeera's report
#: of it (the same event, figures and village, other sentences) when the Malay copy arrived before
#: the original (shuffles 3 and 4), read as a copy of its first two paragraphs; gone in the tenth
#: session (D11) since each goes on past them with its own names (``evidence._own_weight_beyond``).
WRONG_TODAY: dict[str, set[tuple[str, str]]] = {order: set() for order in PAIRS_FOUND_TODAY}

(
    review_set,
    config,
    test_the_fifth_review_set_is_built_whole,
    test_fifth_review_set_in_arrival_order,
    test_fifth_review_set_today,
) = review_set_tests(build, (121, 65, 63, SAME_STORY_PAIRS), PAIRS_FOUND_TODAY, WRONG_TODAY)
