"""The shortcuts that make ``fingerprint()`` cheaper decide nothing: each one's answer is the
slow way's. Fixtures and random texts written here."""

from __future__ import annotations

import random
import re

import pytest

from newscrawl.dedupe import features, hedges, minhash, skeletons

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
    for joined in (
        b"x",
        "kota b\u00e9sar di \u00e9t\u00e9 \u6771\u4eac naik".encode(),
        b"satu dua tiga empat lima enam",
    ):
        hashes, shingles, sig, lengths = minhash.text_minhash_and_lengths(joined)
        assert lengths.tolist() == features._char_lengths(joined).tolist()
        assert lengths.tolist() == [len(w) for w in joined.decode().split(" ")]
        assert [x.tolist() for x in (hashes, shingles, sig)] == [x.tolist() for x in minhash.text_minhash(joined)]


def test_minhash_with_numpy_leaves_the_lengths_to_the_caller(monkeypatch):
    monkeypatch.setattr(minhash, "_compiled", lambda: None)
    hashes, shingles, sig, lengths = minhash.text_minhash_and_lengths(b"satu dua tiga empat lima")
    assert lengths is None and hashes.size == 5 and shingles.size == 2
    assert minhash.text_minhash_and_lengths(None)[3] is None


def _rounded_figures_slowly(text: str) -> tuple[list[list], list[list]]:
    """:func:`hedges.rounded_figures` the slow way: every figure, its own window."""
    hedged: list[list] = []
    decimals: list[list] = []
    for m in hedges.FIGURE.finditer(text):
        token, start = m[0], m.start()
        glued = text[max(0, start - 2) : start].lower() in ("rp", "rm")
        if start and (
            text[start - 1].isdigit() or text[start - 1] in ".," or (text[start - 1].isalpha() and not glued)
        ):
            continue
        tail = token[-3:]
        if tail[-2:-1] in (".", ",") or tail[:1] in (".", ","):
            decimals.append([hedges.number_anchor(token), hedges.value_of(token)])
        before = hedges._CURRENCY.sub("", text[max(0, start - 24) : start].rstrip()).lower().split()
        if before and (before[-1] in hedges.HEDGES or " ".join(before[-2:]) in hedges.HEDGES):
            hedged.append([hedges.number_anchor(token), hedges.value_of(token)])
    return hedged, decimals


HEDGE_FORMS = [
    "Nearly 40 homes and more than 1,200 people; about $5.5 billion, some 13.1 percent.",
    "Harga naik sekitar Rp15.160, kurang lebih Rp 1.500,25 dan lebih dari 7,5 persen.",
    "It cost ABOUT US$ 3 and around\u00a0RM9, over\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t 4.",
    "aboutrm 5, aboutus$6, about5, x.7, 1..2, 1.2.3, 1,23, 12.345, \u00b25.5, Rp.8,5 and \u0663.\u0664",
    "Kira-\u212aira 30 orang; \u017fome 4; \u0130 over 2; hampir\u2028\u2028 9,99 and more than\x1c 10",
    "1.5 at the start, then some 2,5, 3,50 and 4,500 at the end 6.7",
]


def test_rounded_figures_are_the_slow_ways():
    assert hedges.rounded_figures(HEDGE_FORMS[0]) == (
        [["#40", 40.0], ["#1200", 1200.0], ["#55", 5.5], ["#131", 13.1]],
        [["#55", 5.5], ["#131", 13.1]],
    )
    for text in HEDGE_FORMS:
        assert hedges.rounded_figures(text) == _rounded_figures_slowly(text), repr(text)


def test_rounded_figures_are_the_slow_ways_on_random_text():
    pieces = [*"0123456789 ..,,$ -\n\t\x1cxaR", "\u00a0", "\u2028", "\u0130", "\u212a", "\u017f", "\u0663", "\u00b2",
              "about ", "ABOUT", "more than ", "lebih dari", "daripada ", "kira-kira", "Rp", "rp.", "RM", "US$", "u\u017f$",
              "some", "over", "nearly ", "hampir", "kurang ", "13.1", "1,243", "1.234,5"]  # fmt: skip
    rng = random.Random(5)
    hedged = decimals = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        fast = hedges.rounded_figures(text)
        assert fast == _rounded_figures_slowly(text), repr(text)
        hedged += len(fast[0])
        decimals += len(fast[1])
    assert hedged > 300 and decimals > 300  # the pieces make both often enough to test the claim


def test_the_hedge_scan_matches_every_character_lower_reads_as_its_letter():
    letters = set("".join(hedges.HEDGES) + "us$rpm.") - {" "}
    for code in range(0x110000):
        char = chr(code)
        assert bool(re.fullmatch(r"\s", char)) == char.isspace(), hex(code)  # split()'s spaces are re's
        if len(char.lower()) == 1 and char.lower() in letters:
            assert re.fullmatch(re.escape(char.lower()), char, re.IGNORECASE), hex(code)


def test_only_the_figures_after_a_hedge_word_get_the_slow_test(monkeypatch):
    calls = []
    slow = hedges._hedged
    monkeypatch.setattr(hedges, "_hedged", lambda text, start: calls.append(start) or slow(text, start))
    text = "In 2024, 12 people and 300 homes; 1,500 more on 3 May, then about 5 " + "7 " * 50
    assert hedges.rounded_figures(text) == ([["#5", 5.0]], [])
    assert calls == [text.index("5 ")]


class _NoScan:
    def finditer(self, text):
        raise AssertionError("scanned")


def test_a_text_without_a_hedge_word_or_a_decimal_separator_is_not_scanned(monkeypatch):
    digit_words = " ".join(f"ka{n} Nama{n} {n * 7919}" for n in range(200)) + ". Rp5, RM 7 and Sum 9."
    hedged_too = digit_words + " Over 40."
    decimal_too = digit_words + " 2,5"
    expected = {text: _rounded_figures_slowly(text) for text in (digit_words, hedged_too, decimal_too)}
    assert expected[hedged_too][0] and expected[decimal_too][1]
    assert hedges.rounded_figures(hedged_too) == expected[hedged_too]
    assert hedges.rounded_figures(decimal_too) == expected[decimal_too]
    monkeypatch.setattr(hedges, "_FIGURES_REVERSED", _NoScan())
    assert hedges.rounded_figures(digit_words) == expected[digit_words] == ([], [])
    with pytest.raises(AssertionError, match="scanned"):
        hedges.rounded_figures(hedged_too)
    with pytest.raises(AssertionError, match="scanned"):
        hedges.rounded_figures(decimal_too)
    with pytest.raises(AssertionError, match="scanned"):  # few digits: scanned at once
        hedges.rounded_figures("ka1 Nama2 and 300 more")
    with pytest.raises(AssertionError, match="scanned"):  # not ASCII: scanned at once
        hedges.rounded_figures(digit_words + " \u017fome 9")


def test_the_year_regex_finds_what_its_lookbehind_first_form_finds():
    from newscrawl.dedupe import text

    slow = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(?!\w|[.,]\d)")  # tried at every character
    rng = random.Random(19)
    parts = "19 20 1999 2024 0 7 . , - ( ' a B _ \u00e9 \u0661".split() + [" ", "\n"]
    texts = ["1999", "In 2020.", "x2020", "2,000", "1.999", "2020,5", "(1951)", "\u00e92001", "\u06612001"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    found = 0
    for sample in texts:
        want = [m.span(1) for m in slow.finditer(sample)]
        assert [m.span(1) for m in text._YEAR.finditer(sample)] == want, sample
        found += len(want)
    assert found > 1000


def test_only_the_hedge_words_no_other_holds_are_searched_for():
    tests = hedges._HEDGE_WORD_TESTS
    assert "dari" in tests and "daripada" not in tests  # "daripada" holds "dari"
    for word in hedges._LAST_HEDGE_WORDS:  # a text holding any last word holds one searched for
        assert any(test in word for test in tests), word
    digit_words = " ".join(f"ka{n} Nama{n} {n * 7919}" for n in range(200))
    text = digit_words + " Jumlahnya lebih besar daripada 40."
    assert hedges.rounded_figures(text) == _rounded_figures_slowly(text)


def test_a_paragraph_skeleton_is_one_format_for_its_header_and_figures():
    import base64
    import struct

    for count in (0, 1, 5, skeletons.MAX_FIGURES):
        figures = list(range(1000, 1000 + count))
        packed = skeletons._PARAGRAPH_HEADS[count].pack(12 | skeletons._KINDS, count, *figures)
        assert packed == struct.pack("<2H", 12 | skeletons._KINDS, count) + struct.pack(f"<{count}H", *figures)
        assert skeletons._unpack(base64.b64encode(packed + b"\x01\x00" * 12).decode()) == [
            (frozenset(figures), (1,) * 12)
        ]
