"""A national agency's own report in its language is no translation of another agency's story.

Fixtures written for these tests: Lombok's new ferry terminal at Lembar. Xinhua's English story
(its dateline's credit), ANTARA's own Indonesian report of the same opening an hour before it
("Mataram (ANTARA) -", the same figures and the governor's sentence, no other agency named) and
ANTARA's Indonesian translation of Xinhua's story, which names Xinhua ("seperti dilaporkan Xinhua").
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import own_agency_report
from newscrawl.dedupe.features import credits_translator
from tests.dedupe_corpus import article

_DAY = "2026-12-03"

XINHUA_EN = (
    "MATARAM, Indonesia, Dec 3 (Xinhua) -- Indonesia opened a new ferry terminal at Lembar port on"
    " the island of Lombok on Thursday, able to handle 12,000 passengers a day, provincial officials said.\n\n"
    "West Nusa Tenggara Governor Lalu Wirasena said the 640 billion rupiah terminal would shorten"
    " crossings to Bali and ease queues of trucks during the Eid holidays.\n\n"
    '"Lombok needs a gateway worthy of its visitors," Wirasena told reporters in Mataram.\n\n'
    "Lembar handled 3.1 million passengers last year, most of them travelling to Padangbai in Bali."
)
ANTARA_OWN_ID = (
    "Mataram (ANTARA) - Pemerintah Provinsi Nusa Tenggara Barat meresmikan terminal penyeberangan"
    " baru di Pelabuhan Lembar, Lombok, yang mampu melayani 12.000 penumpang per hari.\n\n"
    "Gubernur NTB Lalu Wirasena di Mataram, Kamis, mengatakan terminal senilai Rp640 miliar itu akan"
    " mempersingkat penyeberangan ke Bali dan mengurai antrean truk saat libur Lebaran.\n\n"
    '"Lombok membutuhkan gerbang yang layak bagi pengunjungnya," kata Wirasena.\n\n'
    "Pelabuhan Lembar melayani 3,1 juta penumpang pada tahun lalu, sebagian besar menuju Padangbai di Bali."
)
ANTARA_TRANSLATION_ID = (
    "Mataram (ANTARA) - Indonesia membuka terminal feri baru di pelabuhan Lembar di pulau Lombok pada"
    " Kamis, yang mampu menangani 12.000 penumpang per hari, kata pejabat provinsi, seperti dilaporkan"
    " Xinhua.\n\n"
    "Gubernur Nusa Tenggara Barat Lalu Wirasena mengatakan terminal senilai 640 miliar rupiah itu akan"
    " mempersingkat penyeberangan ke Bali dan mengurangi antrean truk selama libur Idul Fitri.\n\n"
    '"Lombok membutuhkan gerbang yang layak bagi pengunjungnya," kata Wirasena kepada wartawan di Mataram.\n\n'
    "Lembar menangani 3,1 juta penumpang tahun lalu, sebagian besar bepergian ke Padangbai di Bali."
)

XINHUA = article(
    "https://xinhua.example/lembar", XINHUA_EN, "en", _DAY, 7, title="Indonesia opens Lombok ferry terminal"
)
OWN = article(
    "https://antara.example/lembar", ANTARA_OWN_ID, "id", _DAY, 6, title="Terminal baru Pelabuhan Lembar diresmikan"
)
TRANSLATION = article(
    "https://antara.example/lembar-xinhua",
    ANTARA_TRANSLATION_ID,
    "id",
    _DAY,
    9,
    title="Indonesia buka terminal feri Lombok",
)


def test_an_agencys_own_report_naming_no_other_agency_is_not_the_others_translation():
    own, xinhua = fingerprint(OWN), fingerprint(XINHUA)
    assert own_agency_report(own, xinhua) and own_agency_report(xinhua, own)
    assert compare(own, xinhua) is None and compare(xinhua, own) is None


def test_the_agencys_translation_naming_the_story_agency_still_matches():
    translation, xinhua = fingerprint(TRANSLATION), fingerprint(XINHUA)
    assert not own_agency_report(translation, xinhua)
    found = compare(translation, xinhua)
    assert found is not None and found.kind == "translation"


#: ANTARA's translation of Xinhua's story as a mirror's row holds it: its dateline and footer, which
#: name its translator ("Penerjemah:") and no other agency. Its own report's footer names a reporter.
ANTARA_FOOTER_TRANSLATION_ID = (
    ANTARA_TRANSLATION_ID.replace(", seperti dilaporkan Xinhua", "")
    + "\n\nPenerjemah: Dewi Kartikasari\n\nEditor: Bambang Sutejo\n\nCOPYRIGHT © ANTARA 2026"
)
ANTARA_FOOTER_OWN_ID = (
    ANTARA_OWN_ID + "\n\nPewarta: Dewi Kartikasari\n\nEditor: Bambang Sutejo\n\nCOPYRIGHT © ANTARA 2026"
)


def test_a_translation_crediting_its_translator_is_no_own_report_of_the_agency():
    row = article("https://mirror.example/lembar", ANTARA_FOOTER_TRANSLATION_ID, "id", _DAY, 10, title="Terminal feri")
    translation, xinhua = fingerprint(row), fingerprint(XINHUA)
    assert translation["translator"] and translation["text_agencies"] == ["ANTARA"]
    assert "dewi" not in translation["anchors"]  # the translator's line is a credit line, left out
    assert not own_agency_report(translation, xinhua) and not own_agency_report(xinhua, translation)
    found = compare(translation, xinhua)
    assert found is not None and found.kind == "translation"


def test_the_agencys_own_report_with_its_reporters_footer_is_still_refused():
    row = article("https://mirror.example/lembar-own", ANTARA_FOOTER_OWN_ID, "id", _DAY, 6, title="Terminal baru")
    own, xinhua = fingerprint(row), fingerprint(XINHUA)
    assert not own["translator"]
    assert own_agency_report(own, xinhua) and compare(own, xinhua) is None


def test_translator_credit_lines():
    assert credits_translator("Teks.\n\nPenerjemah: Dewi Kartikasari\n\nEditor: Bambang Sutejo")
    assert credits_translator("Teks kisah.\n\nDiterjemah oleh: Faizal Osman")
    assert credits_translator("Story text.\n\nTranslated by Ana Ruiz")
    assert credits_translator("Teks.\n\nPENERJEMAH: DEWI KARTIKASARI") and credits_translator(
        "Teks.\n\nAlih Bahasa: Dewi"
    )
    assert credits_translator("Teks.\n\n(Alih bahasa: Dewi Kartikasari)")
    assert credits_translator("Teks.\n\nBaca juga: Judul lain\n\nEditor: Bambang Sutejo\nPenerjemah: Dewi Kartikasari")
    # A sentence about a translator, or a long paragraph opening so, is story text.
    assert not credits_translator("Teks.\n\nPenerjemah buku itu, Dewi Kartikasari, meraih penghargaan.")
    assert not credits_translator("Teks.\n\nPewarta: Dewi Kartikasari\n\nCOPYRIGHT © ANTARA 2026")
    long = "Diterjemahkan oleh tim sukarelawan, " + "buku panduan itu dibagikan kepada warga desa " * 3
    assert not credits_translator("Teks.\n\n" + long)


def test_translator_credit_forms_in_a_footer_line():
    """A dash for the colon, a credit sharing its line with another ("Penerjemah/Editor: ...",
    "Editor: ... | Penerjemah: ..."), and "oleh" / "by" before a name, not before a common noun."""
    assert credits_translator("Teks.\n\nPenerjemah – Ratna Wulandari")
    assert credits_translator("Teks.\n\nPenerjemah—Ratna Wulandari\nEditor: Joko")
    assert credits_translator("Teks.\n\nPenerjemah/Editor: Ratna Wulandari")
    assert credits_translator("Teks.\n\nEditor: Joko Santoso | Penerjemah: Ratna Wulandari")
    assert credits_translator("Teks.\n\nEditor: Joko Santoso; Alih bahasa: Ratna")
    assert credits_translator("Story text.\n\nTranslated by Ana Ruiz from the Catalan.")
    assert not credits_translator("Diterjemahkan oleh panitia, naskah itu dibacakan di depan warga.")
    assert not credits_translator("Teks.\n\nTranslated by volunteers, the leaflet went to every house.")


def test_a_reporters_credit_makes_an_interpreters_no_translation():
    """The agency's own report may credit an interpreter beside its reporter, on two lines or one:
    the reporter's credit says it is the agency's own report."""
    assert not credits_translator("Teks.\n\nPewarta: Adi Nugroho\n\nPenerjemah: Ratna Wulandari")
    assert not credits_translator("Teks.\n\nPewarta: Adi Nugroho/Penerjemah: Ratna Wulandari")
    assert not credits_translator("Teks.\n\nPenerjemah: Ratna Wulandari | Reporter – Adi Nugroho")


def test_an_own_report_crediting_reporter_and_interpreter_is_still_refused():
    """ANTARA's own report whose footer credits its reporter and an interpreter, or that quotes a
    speech "Diterjemahkan oleh panitia", is still no translation of Xinhua's story."""
    xinhua = fingerprint(XINHUA)
    footer = "\n\nPewarta: Adi Nugroho\n\nPenerjemah: Ratna Wulandari\n\nCOPYRIGHT © ANTARA 2026"
    quoted = ANTARA_OWN_ID.replace('"Lombok', 'Diterjemahkan oleh panitia, sambutan itu berbunyi: "Lombok')
    for body in (ANTARA_OWN_ID + footer, quoted + "\n\nPewarta: Adi Nugroho"):
        own = fingerprint(article("https://mirror.example/lembar-own", body, "id", _DAY, 6, title="Terminal baru"))
        assert not own["translator"]
        assert own_agency_report(own, xinhua) and compare(own, xinhua) is None


def test_translator_credit_names_with_particles_brackets_and_two_names():
    """A credit's name may close a bracket, go on to another credit after a comma, join a second
    name ("dan", "and", "&") or hold lower-case particles ("de la", "binti")."""
    assert credits_translator("Teks.\n\n(Translated by Lena Marsh)")
    assert credits_translator("Story text.\n\nTranslated by Lena Marsh, edited by Owen Pike")
    assert credits_translator("Story text.\n\nTranslated by Lena Marsh and Owen Pike")
    assert credits_translator("Story text.\n\nTranslated by Lena de la Fuente")
    assert credits_translator("Teks.\n\nDiterjemahkan oleh Siti Hajar binti Osman")
    assert credits_translator("Teks.\n\n(Diterjemahkan oleh Rini Pratiwi dan Sekar Ayu)")
    assert credits_translator("Teks.\n\nDiterjemahkan oleh Rini Pratiwi, Editor: Hasan Basri")
    assert not credits_translator("Teks.\n\nDiterjemahkan oleh relawan, selebaran itu dibagikan.")


def test_a_transcripts_reporter_question_is_no_reporters_credit():
    """A translated interview's "Reporter: Why ...?" line asks a question and credits no one; a
    reporter credit names someone, in the body's last lines."""
    transcript = "Reporter: Why did you leave the council?\n\nMayor: It was time.\n\nPenerjemah: Rini Pratiwi"
    assert credits_translator("Teks.\n\n" + transcript)
    assert not credits_translator("Teks.\n\nReporter: Hasan Basri\n\nPenerjemah: Rini Pratiwi")
    early = "Teks.\n\nReporter: The question came late.\n\n" + "\n\n".join(["Kalimat berikutnya."] * 9)
    assert credits_translator(early + "\n\nPenerjemah: Rini Pratiwi")
