"""The shortcuts that make ``fingerprint()`` cheaper decide nothing: each one's answer is the
slow way's. Fixtures and random texts written here."""

from __future__ import annotations

import random
import re

import pytest

from newscrawl.dedupe import features, minhash, skeletons

CLOCK_FORMS = [
    "The quake struck at 21:12 local time.",
    "It struck at 9.41 a.m. on Monday.",
    "It ended at 10 pm, police said.",
    "Gempa terjadi pukul 14.30 WIB, kata BMKG.",
    "Gempa terjadi pkl. 9 pagi.",
    "Sidang dimulai jam 9 dan selesai jam 13.15.",
    "The shop opened at 7AM and closed at 5\u00a0PM.",
    "Talks began at 0830 GMT and 10:00\u2028UTC.",
    "Kickoff is at 3 P.M. in \u201cthe\u201d capital.",
    "Sidang mulai PUKUL 10.00 WITA.",
    "Sidang mulai pukul\t10.00 wit.",
    "It began at \u0663 pm local time.",  # Arabic-Indic digits are re's \d too
    "Acara dimulai 9 W\u0130B \u2014 \u00e9t\u00e9.",  # the regex reads "\u0130" as "i"
    "Gempa terjadi pu\u212aul 9.",  # and the Kelvin sign as "k"
]

NO_CLOCK = [
    "Floods killed 37 people in 2024, and 1,500 homes were lost.",
    "The team won 3-1 and the 20 players went home.",
    "Harga beras naik 5 persen menjadi Rp15.160 per kilogram.",
]


def test_every_clock_form_is_let_through():
    for text in CLOCK_FORMS:
        assert skeletons._CLOCK.search(text), text  # the fixture is a clock
        assert skeletons.may_hold_clock(text), text


def test_paragraphs_without_a_clock_are_told_so():
    for text in NO_CLOCK:
        assert not skeletons._CLOCK.search(text)
        assert not skeletons.may_hold_clock(text), text


def _hint_of_any_text(text: str) -> bool:
    """:func:`skeletons.may_hold_clock`'s test on the error handler's path, whatever the script."""
    data = text.encode("ascii", "newscrawl-clock-hint").translate(
        skeletons._CLOCK_HINT_TABLE, skeletons._CLOCK_HINT_SPACES
    )
    return skeletons._CLOCK_HINT.search(data) is not None or any(h in data for h in skeletons._CLOCK_WORD_HINTS)


def test_no_clock_is_missed_on_random_text():
    pieces = [*"0123456789 :.apmAPMwibtgucWIBTGUCkKlLjJ\n\t\x1c", "\u00a0", "\u2028", "\u0130", "\u0131",
              "\u212a", "\u0663", "\uff13", "\u00e9", "\u201c", "pukul ", "pkl. ", "jam ", "a.m.", "WITA", " pm"]  # fmt: skip
    rng = random.Random(11)
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        if skeletons._CLOCK.search(text):
            found += 1
            assert skeletons.may_hold_clock(text), repr(text)
            assert _hint_of_any_text(text), repr(text)
    assert found > 300  # the pieces make clocks often enough to test the claim


def test_the_letters_the_clock_regex_matches_outside_ascii_are_mapped():
    letters = "".join(sorted(set("pukuljamwibwitagmtutcpkl")))
    pattern = re.compile(f"[{letters}]", re.IGNORECASE)
    chars = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    outside = {m.group() for m in pattern.finditer(chars)}
    assert outside == set(skeletons._CLOCK_LETTERS)
    for char, letter in skeletons._CLOCK_LETTERS.items():
        assert pattern.fullmatch(letter) and re.fullmatch(letter, char, re.IGNORECASE)


def test_compiled_minhash_counts_each_words_characters():
    pytest.importorskip("numba")
    assert minhash._compiled() is not None
    for joined in (b"x", "kota b\u00e9sar di \u00e9t\u00e9 \u6771\u4eac naik".encode(), b"satu dua tiga empat lima enam"):
        hashes, shingles, sig, lengths = minhash.text_minhash_and_lengths(joined)
        assert lengths.tolist() == features._char_lengths(joined).tolist()
        assert lengths.tolist() == [len(w) for w in joined.decode().split(" ")]
        assert [x.tolist() for x in (hashes, shingles, sig)] == [x.tolist() for x in minhash.text_minhash(joined)]


def test_minhash_with_numpy_leaves_the_lengths_to_the_caller(monkeypatch):
    monkeypatch.setattr(minhash, "_compiled", lambda: None)
    hashes, shingles, sig, lengths = minhash.text_minhash_and_lengths(b"satu dua tiga empat lima")
    assert lengths is None and hashes.size == 5 and shingles.size == 2
    assert minhash.text_minhash_and_lengths(None)[3] is None
