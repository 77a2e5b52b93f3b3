"""A portal's cut of a translated story to its lead and its quote, the paragraph between left out
(issue #6, review set 12: S912-4, ASEAN ministers on Myanmar, cut from the Indonesian machine
translation's four paragraphs to the lead and the minister's quote).

Fixtures written for these tests: an Indonesian translation of a wire story on a ferry terminal's
tender put off, a portal's two-paragraph cut of it (the lead lightly edited, the quote), an
outlet's own short report quoting the same sentence under a lead of its own, and a follow-up that
recalls the story's last paragraph under its own news.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import is_excerpt
from tests.dedupe_corpus import article

FULL = (
    "SINGAPURA, 3 Mar (Reuters) - Singapura menunda tender pembangunan terminal feri Pasir Laut senilai"
    " 420 juta dolar Singapura pada hari Selasa setelah dua konsorsium menarik diri, kata Otoritas"
    " Maritim dan Pelabuhan.\n\n"
    "Juru bicara otoritas itu, Lim Wei Ling, mengatakan tender baru akan dibuka pada Juli dengan syarat"
    " yang direvisi bagi kontraktor asing dan jadwal pembangunan yang lebih panjang.\n\n"
    '"Kami lebih memilih menunggu daripada membangun terminal yang salah," kata Menteri Transportasi'
    " Darren Kwok kepada wartawan.\n\n"
    "Terminal itu melayani lebih dari 1,8 juta penumpang ke Batam dan Bintan setiap tahun."
)
#: The portal's cut: "pada Selasa" for "pada hari Selasa", "Menhub" for the minister's title, the
#: spokeswoman's paragraph and the last one left out.
CUT = (
    "SINGAPURA, 3 Mar (Reuters) - Singapura menunda tender terminal feri Pasir Laut senilai 420 juta"
    " dolar Singapura pada Selasa setelah dua konsorsium menarik diri, kata Otoritas Maritim dan"
    " Pelabuhan.\n\n"
    '"Kami lebih memilih menunggu daripada membangun terminal yang salah," kata Menhub Darren Kwok.'
)
#: An outlet's own report: the same quote and figures, its lead in its own words.
OWN = (
    "Batam (ANTARA) - Pemerintah Singapura memutuskan lelang terminal feri Pasir Laut yang bernilai"
    " 420 juta dolar Singapura ditunda, Selasa, karena dua konsorsium mundur dari Otoritas Maritim dan"
    " Pelabuhan.\n\n"
    '"Kami lebih memilih menunggu daripada membangun terminal yang salah," kata Darren Kwok.'
)
#: A follow-up two days later: its own news on top, the story's last paragraph recalled.
FOLLOW = (
    "SINGAPURA, 5 Mar (Reuters) - Dua operator feri Batam pada hari Kamis meminta Singapura menjamin"
    " jadwal pelayaran selama tender ulang terminal feri Pasir Laut, kata Asosiasi Feri Kepri.\n\n"
    "Terminal itu melayani lebih dari 1,8 juta penumpang ke Batam dan Bintan setiap tahun."
)


def _fp(url: str, body: str, day: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, "id", day, hour, title=title))


def test_a_cut_to_the_lead_and_the_quote_is_a_copy():
    """The cut skips the spokeswoman's paragraph: held to the translation's first three paragraphs
    it failed the order test, and its dozen anchors scored below a rewrite. Its lead is the
    translation's, its quote one of the translation's, each paragraph's names one paragraph's of
    the translation in order: a copy (the least rewrite)."""
    full = _fp("https://berita.example/feri", FULL, "2026-03-03", 9, "Singapura tunda tender terminal feri")
    cut = _fp("https://portal.example/feri", CUT, "2026-03-03", 12, "Tender terminal feri Pasir Laut ditunda")
    assert is_excerpt(cut, full) and is_excerpt(full, cut)
    for first, second in ((cut, full), (full, cut)):
        found = compare(first, second)
        assert found is not None and found.kind == "rewrite"


def test_an_own_report_quoting_the_sentence_or_a_follow_up_is_no_cut():
    """An outlet's own report gives the same figures and the minister's sentence under a lead in its
    own words; a follow-up recalls the story's last paragraph under its own news: neither is the
    story's lead and later paragraphs."""
    full = _fp("https://berita.example/feri", FULL, "2026-03-03", 9, "Singapura tunda tender terminal feri")
    own = _fp("https://antara.example/feri", OWN, "2026-03-03", 11, "Lelang terminal feri Pasir Laut ditunda")
    follow = _fp("https://berita.example/feri-2", FOLLOW, "2026-03-05", 9, "Operator feri minta jaminan jadwal")
    for other in (own, follow):
        assert not is_excerpt(other, full)
        assert compare(other, full) is None and compare(full, other) is None


# An English wire story and three two-paragraph pieces that keep its minister's sentence (R58).
QUOTE = (
    '"Nobody who works a full week in this country should need a food bank," Correia told'
    " reporters after a cabinet meeting in Lisbon."
)
WAGE = (
    "LISBON, April 14 (Reuters) - Portugal will raise the minimum wage by 6 percent to 920 euros a month"
    " from July, Labour Minister Helena Correia said on Tuesday.\n\n"
    "The increase would reach about 870,000 workers and cost employers some 410 million euros a year,"
    " she said, with small firms offered a cut in social security contributions.\n\n" + QUOTE + "\n\n"
    "The main employers' confederation said it would study the plan before talks with unions on Thursday.\n\n"
    "Portugal's minimum wage has risen every year since 2015, when it stood at 505 euros."
)
#: The lead in other words ("plans to lift ... starting in July"), the quote kept.
REWORDED = (
    "Portugal plans to lift its minimum wage 6 percent to 920 euros monthly starting in July,"
    " Labour Minister Helena Correia said Tuesday."
)
#: The next day's piece: the lead restated with the day's news added, the quote repeated.
NEXT_DAY = (
    "Portugal will raise the minimum wage by 6 percent to 920 euros a month from July, Labour Minister"
    " Helena Correia said on Tuesday, and hotel workers' unions called on Wednesday for a strike.\n\n" + QUOTE
)


def _en(url: str, body: str, day: str, hour: int) -> dict:
    return fingerprint(article(url, body, "en", day, hour, title="Portugal minimum wage"))


def test_a_cut_crediting_the_wire_with_its_lead_reworded_is_a_copy():
    """A portal's cut keeps the wire's credit over a lead it edited (review set 12's S912-4): a
    copy, though its lead keeps under ``VERBATIM_LEAD`` of the wire's words in order."""
    wire = _en("https://wire.example/wage", WAGE, "2026-04-14", 9)
    cut = _en(
        "https://portal.example/wage", "LISBON, April 14 (Reuters) - " + REWORDED + "\n\n" + QUOTE, "2026-04-14", 12
    )
    for first, second in ((cut, wire), (wire, cut)):
        found = compare(first, second)
        assert found is not None and found.kind == "rewrite"


def test_an_uncredited_brief_with_its_own_lead_is_no_cut():
    """A rival's brief quoting the same sentence under its own wording of the lead, crediting no
    agency: another report of the statement, not a cut of the wire."""
    wire = _en("https://wire.example/wage", WAGE, "2026-04-14", 9)
    own = _en("https://rival.example/wage", REWORDED + "\n\n" + QUOTE, "2026-04-14", 12)
    assert is_excerpt(own, wire)  # the shape alone is a cut's
    assert compare(own, wire) is None and compare(wire, own) is None
    # Uncredited, its lead near the wire's word for word ("Minister" for "Labour Minister"): a cut.
    lead = "Portugal will raise the minimum wage 6 percent to 920 euros a month from July, Minister Helena Correia said on Tuesday."
    cut = _en("https://portal.example/wage-2", lead + "\n\n" + QUOTE, "2026-04-14", 12)
    for first, second in ((cut, wire), (wire, cut)):
        found = compare(first, second)
        assert found is not None and found.kind == "rewrite"


def test_a_next_day_piece_naming_its_own_day_is_no_cut():
    """The next day's piece restates the lead and repeats the quote, and names Wednesday, a day the
    wire does not: its own news, not a cut of the wire."""
    wire = _en("https://wire.example/wage", WAGE, "2026-04-14", 9)
    follow = _en("https://other.example/wage", NEXT_DAY, "2026-04-15", 9)
    assert not is_excerpt(follow, wire) and not is_excerpt(wire, follow)
    assert compare(follow, wire) is None and compare(wire, follow) is None
