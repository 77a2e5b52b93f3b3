"""The reviewers' sixth hand-written dedupe set (tests/review_dedupe6/, review R30).

126 articles in 62 stories: 15 wire stories (S229-S243) with 58 copies and 47 hard negatives
(N249-N295, four of them with 6 copies of their own) on eight big events, each reported by five
to eight outlets on their own (a Banggai quake, a Bank Indonesia rate cut, a Papua plane crash,
a Melaka state election, an ASEAN football final, a Lewotobi eruption, a Garuda chief's
resignation, a Bali Strait ferry): every outlet quotes the same official, the same figures
(magnitude, toll, rate, seats, score) and the same names, and only the copies of one agency's
story are that story. Copies: verbatim mirrors, headline-only changes, truncations to two or
three paragraphs, spun rewrites (synonyms, passive voice, re-ordered clauses), a mirror's SEO
rewrite with its own intro and outro, paragraphs re-ordered, an agency's writethru with a new
lead over the old body (one story, as the second set's AP writethru chain), Indonesian machine
and human translations, Malay and English versions. Hard negatives: the other outlets' reports
in English and Indonesian (AP's, AFP's and Reuters' with their own mirrors and Indonesian
machine translations), the next day's follow-ups, an agency's second story of the day, last
month's rate decision, a live blog and a weekly roundup quoting the wire leads; 206 hard pairs.
Run through ``scrapy dedupe``'s own code in five arrival orders, as ``test_dedupe_review.py``
runs the first set.
"""

from __future__ import annotations

from tests.review_dedupe6.build import build
from tests.test_dedupe_review import review_set_tests

#: Same-story pairs (of 159) found in each arrival order when this test was written (R30's
#: score.py --orders 5, /work/r30/: pairwise F1 0.902 / 0.913 / 0.903 / 0.924 / 0.923;
#: English-Indonesian recall 54-62 of 67 at precision 0.87-0.92). Missed then: S239's Indonesian
#: translation with its lead rebuilt round the flight cancellations (S239-4, every order; found
#: since D15, when S239's machine translation S239-3, which agrees with it as a translation would,
#: no longer calls it another story text to text) and its SEO rewrite (its own intro and outro,
#: every sentence reworded; found since D14, whose outro naming only Bali no longer counts as a
#: paragraph of its own); AFP's football report's two machine translations (S237-4/5, publication
#: and shuffle 2: found since D15, when Kompas' N275, taken in through the cut, no longer
#: contradicts them). Still missed: S229's spun rewrite and its two machine translations, a group
#: of their own (reverse: the English copies the translations match call the rewrite, a copy of
#: no translation, another story), Reuters' writethru with a new lead over the old body (S231-3,
#: shuffle 3) and Bernama's Malay version S236-2 (shuffle 2).
#: Lowered by QF15 (R36's finding: precision over recall) to 154 / 142 / 151 / 149 / 154: the
#: machine translation's "another story" is set aside only when the article shows it translates
#: the story (credits its agency, names a copy as its original); this set's rows carry no
#: attribution, so S239-4 is missed again (D15's cut-copy rule keeps N275 apart).
#: A floor: raise it when a change finds more; never lower it to make a change pass.
#: D20: reverse 154 (S229-4, in S229-6's Indonesian story by a translation of 0.889, follows the
#: English S229-2 that matches it at 1.0, and S229-1 then folds the two stories).
#: D30: shuffle 2 151 -> 154 (the Malay translation S236-2, crawled before its original and the
#: original's cut, folds in past the digest guard: it is of the original's whole length,
#: ``engine._whole_length``).
#: Raised by D31 (two verbatim parts of an article sharing half their paragraphs are parts of one
#: text: ``engine._overlapping_parts``): shuffle 3 154, Reuters' writethru S231-3 found.
PAIRS_FOUND_TODAY = {"publication": 154, "reverse": 154, "shuffled-2": 154, "shuffled-3": 154, "shuffled-4": 154}
SAME_STORY_PAIRS = 159

#: Stories merged today that are different stories (label pairs): none. No longer merged: Kompas'
#: own Indonesian match report of the football final (N275: the same 2-1, 84th minute, 78,000,
#: Struick, Marselino and the coach's words in Indonesian) with AFP's S237, through AFP's copy cut
#: to two paragraphs (S237-3, read as a translation of N275's first two; D15: the whole copy, or
#: the whole Indonesian translation, calls N275 another story and overrules the cut's lead);
#: before it (D14) the full story no longer took N275 (a translation gives its original's years,
#: N275 lists four finals of its own), Tempo's N288 with Reuters' S241 (its rest under a
#: "re-lead" of its own left out S241's lead) and AFP's N268 with Reuters' S235 (its case rested
#: on Anwar's quote).
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
    test_the_sixth_review_set_is_built_whole,
    test_sixth_review_set_in_arrival_order,
    test_sixth_review_set_today,
) = review_set_tests(build, (126, 62, 206, SAME_STORY_PAIRS), PAIRS_FOUND_TODAY, WRONG_TODAY)
