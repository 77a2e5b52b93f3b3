"""Language detection, checked against the site's declared language."""

from __future__ import annotations

from newscrawl.language import detect_language, normalize_tag

INDONESIAN = (
    "Pemerintah daerah mengumumkan bahwa jalan utama menuju pelabuhan akan ditutup selama tiga hari "
    "untuk perbaikan. Warga diminta menggunakan jalur alternatif dan mengikuti petunjuk petugas di lapangan. "
    "Menurut kepala dinas, pekerjaan ini sudah direncanakan sejak awal tahun dan tidak dapat ditunda lagi."
)
ENGLISH = (
    "The city council said the main road to the harbour would be closed for three days of repairs. "
    "Residents were asked to use other routes and to follow the instructions of officers on the ground. "
    "The head of the works department said the job had been planned since the start of the year."
)


def test_detects_the_language_of_the_text() -> None:
    assert detect_language(INDONESIAN) == "id"
    assert detect_language(ENGLISH) == "en"


def test_a_clear_disagreement_overrules_the_declared_language() -> None:
    # An Indonesian site that republished an English story untranslated
    assert detect_language(ENGLISH, "id") == "en"


def test_declared_language_settles_short_text_and_close_relatives() -> None:
    assert detect_language("Banjir kilat", "ms") == "ms"
    assert detect_language(INDONESIAN, "ms") == "ms"  # Malay and Indonesian: the declaration wins
    assert detect_language("", "id") == "id"
    assert detect_language(None, None) is None


def test_language_tags_are_normalised() -> None:
    assert normalize_tag("id-ID") == "id"
    assert normalize_tag("en_US") == "en"
    assert normalize_tag("und") is None
    assert normalize_tag(None) is None


def test_the_word_walk_counts_what_py3langids_byte_walk_counts() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

    from newscrawl.language import _identifier, _visit_counts

    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = [
        "The council met on Tuesday and the council voted, the  council  said.",
        "Pemerintah kota mengumumkan jadwal baru; pemerintah kota juga menambah bus.",
        "Der Rat tagte am Dienstag. Der Rat stimmte ab.   ",
        "  leading spaces, trailing word",
        "東京都は火曜日に新しい計画を発表した。",
        "",
    ]
    memo: dict = {}
    for _ in range(2):  # the second time from the remembered words
        for text in texts:
            data = plain._encode(text)
            expected = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, data)
            found = _visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, data, memo)
            assert found == expected
            assert (list(found) if found else None) == (list(expected) if expected else None)  # same order
    for text in texts[:-1]:
        assert _identifier().classify(text) == plain.classify(text)
