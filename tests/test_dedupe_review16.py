"""The reviewers' sixteenth hand-written dedupe set (tests/review_dedupe16/, review RD16).

122 articles in 52 stories: 18 wire stories (S1600-S1617: Bernama's English and Malay copy,
Sinar Harian's prayer times, Reuters, AP, Xinhua and Kyodo on Malaysian and Indonesian events)
with 54 copies (Berita Harian, Utusan, Harian Metro and Sinar Harian Malay translations of
Bernama's English stories with "- BERNAMA" tails, one with its paragraphs reordered; English
copies of Bernama's Malay stories; Sindobatam-style Indonesian machine translations of Bernama,
Reuters, AP, Xinhua and Kyodo copy under a photo caption, with a "Baca juga:" insert and a
syndication note, cut after two to four paragraphs; Indonesian copies spelling Ukrainian, Arabic,
Chinese and Japanese names another way and writing figures in the other locale; Indonesian cuts
to the lead and the quote; Reuters' and AP's two-paragraph BREAKING versions with their
six-paragraph writethrus and translations of each), and 34 hard negatives (N1620-N1659):
Malaysian portals' own Malay and English reports of the same press conferences ("Oleh"
bylines), two agencies' own stories of one event each machine-translated by another mirror,
next-day follow-ups with the same names, a weekly roundup quoting the same figures, CPO-duty,
dengue, ringgit, Bursa, weather, prayer-time, trade-balance and quake-bulletin templates, and
the same ministers and ambassador in other stories. 48 hard pairs. Run through ``scrapy
dedupe``'s own code in five arrival orders, as ``test_dedupe_review.py`` runs the first set.
"""

from __future__ import annotations

from tests.review_dedupe16.build import build
from tests.test_dedupe_review import review_set_tests

#: Same-story pairs (of 138) found in each arrival order when this test was written
#: (/work/briefs/score.py 16 --orders 5 --missed, at dc2a920's engine): 98 / 104 / 100 / 96 / 98.
#: D54 (twentieth session) raised them to 109 / 115 / 111 / 107 / 109 at a97632c: a headline
#: figure taken from the body both give is no other headline (``retitled_from_body``: S1607-1,
#: S1606-3 against the writethru), an institution's name rendered word for word names no one of
#: its own (``other_names``: S1602-2, "Departemen Bea Cukai Kerajaan Malaysia"), a name turned
#: round keeps the order (``_keeps_order``: S1609-3, "Kenji Takahashi"), and a near copy with
#: the quote moved up and its last paragraph left out is the story (``keeps_paragraphs_moved``:
#: S1613-2). Language pairs (/work/briefs/langpairs.py 16), publication order: en-id 40/56,
#: en-ms 31/33, en-en 20/23, id-id 5/13, id-ms 5/5, ms-ms 8/8, precision 1.0 in each.
#: Alone in every order: AP's hajj story's Indonesian cut and human rewrite (S1607-3, S1607-4:
#: "Abdurrahman Al Qahthani", "Abdul Rahman Al Qohtani"), the translation of AP's Saudi-sensor
#: story (N1643-1: anchors 0 with the names spelled otherwise), the Indonesian copy of Reuters'
#: wheat story spelling "Aleksandr Harchenko", "Odessa" (S1606-4: 0.096), the Indonesian cuts to
#: the lead and the quote or the second paragraph (S1610-3: 0.179, no quote for ``cut_across``
#: and the "(16/11)" stamp its own; S1617-3: 0.47 against the wire, but Sindobatam's Indonesian
#: translation S1617-1, text to text, calls it another story: 0.41 as two translations, the
#: "(23/11)" stamp, "Direktur Utama", "(Persero) Tbk" its own) and the Borneo Post's
#: two-paragraph English copy of Bernama's Malay subsidy story (S1614-2: 0.353).
#: By order: AP's quake writethru and the translations of each split from the BREAKING version
#: (S1616: the two Indonesian translations are near at 0.741 but fail the word order, the
#: writethru's lead rebuilt) until D56 (twentieth session): a copy in the article's language near
#: it but out of word order says nothing of "another story" (``near_out_of_order``), 114 / 114 /
#: 114 / 106 / 114 at 7facd1f (S1616 whole in every order). At 4cf0644 (main, before it) set 16
#: measured 108 / 114 / 110 / 106 / 108: Harian Metro's Malay translation of the negative N1628
#: (N1628-1) apart from its original in every order, one pair fewer than D54 measured at a97632c
#: (D52's own-report rule against a crediting wire; QF70 spares a translation that reads as one
#: text and keeps the figures, and N1628-1 joins again). Every change together (91043c7, D51-D56
#: and QF70/QF72): 115 / 115 / 115 / 107 / 115.
#: A floor: raise it when a change finds more; never lower it to make a change pass.
PAIRS_FOUND_TODAY = {"publication": 115, "reverse": 115, "shuffled-2": 115, "shuffled-3": 107, "shuffled-4": 115}
SAME_STORY_PAIRS = 138

#: Different stories merged today (label pairs): none.
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
    test_the_sixteenth_review_set_is_built_whole,
    test_sixteenth_review_set_in_arrival_order,
    test_sixteenth_review_set_today,
) = review_set_tests(build, (122, 52, 48, SAME_STORY_PAIRS), PAIRS_FOUND_TODAY, WRONG_TODAY)
