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


MALAY_MT = (
    "Kerajaan negeri berkata semua jalan ke pelabuhan akan ditutup selama tiga hari kerana kerja-kerja "
    "pembaikan yang dijangka selesai pada hujung minggu. Orang ramai diminta menggunakan jalan lain dan "
    "mematuhi arahan pegawai di lapangan. Menurut ketua jabatan, kerja itu dirancang sejak awal tahun dan "
    "tidak boleh ditangguhkan lagi kerana hujan lebih daripada biasa."
)
INDONESIAN_WIRE = (
    "Pemerintah menargetkan pembangunan jalan tol baru di Sumatra rampung tahun depan karena proyek itu "
    "dinilai penting bagi arus barang. Menteri Pekerjaan Umum mengatakan pemerintah sudah menyiapkan dana "
    "tambahan agar pekerjaan tidak tertunda, dan kontraktor bisa mempercepat pembebasan lahan sebelum "
    "musim hujan tiba pada Desember."
)


def test_the_texts_own_words_settle_indonesian_against_malay() -> None:
    # A Malay machine translation on an Indonesian theme, an Indonesian wire story on a Malay site:
    # the classifier and the text's marker words agree, against the page's declared language.
    assert detect_language(MALAY_MT, "id") == "ms"
    assert detect_language(INDONESIAN_WIRE, "ms") == "id"
    # Too few marker words: the declaration still wins.
    assert detect_language(INDONESIAN, "ms") == "ms"


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
