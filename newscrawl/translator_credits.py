"""A translator's credit: the publisher says it translated the text ("Penerjemah: Dewi K").

ANTARA's footer on its translation of another agency's story credits its translator
("Penerjemah: ..."), where its own reports credit their reporter ("Pewarta: ..."). Extraction
takes the footer off the body as a staff credit and keeps a translator's line in
``attribution.credit`` (:func:`translator_credit_lines`); dedupe reads it there
(:func:`credit_names_translator`) and in a body that still holds its footer
(:func:`credits_translator`: a row of ``scrapy dedupe``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A translator's credit: "Penerjemah: Yudha Prasetyo" (ANTARA's footer on a translation, where
#: its own reports give "Pewarta:", the reporter), "Penerjemah – ...", "Penerjemah/Editor: ...",
#: "Penterjemah: ...", "Alih bahasa: ...", and "Diterjemahkan oleh", "Diterjemah oleh" (Malay),
#: "Alih bahasa oleh", "Translated by" before a capitalised name ("Translated by Ana de la Cruz,
#: edited by ...", "... oleh Dewi K dan Ratna W)"; not "Diterjemahkan oleh panitia, ...").
_TRANSLATOR_CREDIT = re.compile(
    r"\s*\(?\s*(?:(?:penerjemah|penterjemah|alih\s+bahasa)\s*[:\-–—/]"
    r"|(?:diterjemah(?:kan)?\s+oleh|alih\s+bahasa\s+oleh|translated\s+by)\s*:?\s+"
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+(?:(?:de|la|le|del|der|den|van|von|bin|binti|da|das|dos|di)\s+)*"
    r"[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,4})\s*(?:$|[()/|;,&]|(?:from|dari|daripada|and|dan)\b))",
    re.IGNORECASE,
)
#: A reporter's credit ("Pewarta: Adi Nugroho", "Reporter – ..."): the agency's own report, whatever
#: else its footer credits (an interpreter, "Penerjemah: ..."). A capitalised name follows, on a
#: line not ending "?" among the body's last ``_REPORTER_LINES`` (a transcript's "Reporter: Why
#: ...?" is a question).
_REPORTER_CREDIT = re.compile(r"\s*\(?\s*(?:pewarta|reporter|wartawan)\s*[:\-–—/]\s*(?-i:[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)
_REPORTER_LINES = 8
#: Where a credit may start in a footer line: its start, or after "/", "|" or ";" ("Pewarta: Adi
#: N/Penerjemah: Dewi K", "Penerjemah: Dewi | Editor: Budi").
_CREDIT_SPLIT = re.compile(r"[/|;]")
#: Longest line read as a credit line, in words (``dedupe.text.CREDIT_WORDS``'s measure).
CREDIT_LINE_WORDS = 15
#: Every match of ``_TRANSLATOR_CREDIT`` holds one of these, in lower case or capitals ("Alih
#: Bahasa", "PENERJEMAH"): a text without any costs no regex, nor a lower-cased copy.
_TRANSLATOR_MARKS = ("jemah", "JEMAH", "ahasa", "AHASA", "ranslated", "RANSLATED")
#: Where a translator's credit may start inside a credit string ("(ANTARA) - Penerjemah: ...").
_CREDIT_WORD_START = re.compile(r"(?<![\w-])(?=\(?(?i:penerjemah|penterjemah|alih\s+bahasa|diterjemah|translated))")


def _credit_lines(lines: Sequence[str]) -> tuple[list[str], bool]:
    """The lines of ``lines`` (credit lines: ``CREDIT_LINE_WORDS`` words or fewer) with a
    translator's credit at their start or after "/", "|" or ";", and whether one of the last
    ``_REPORTER_LINES`` credits a reporter (not a question)."""
    found: list[str] = []
    last = len(lines) - _REPORTER_LINES
    for i, line in enumerate(lines):
        if len(line.split()) > CREDIT_LINE_WORDS:
            continue
        starts = [0, *(m.end() for m in _CREDIT_SPLIT.finditer(line))]
        if i >= last and not line.rstrip().endswith("?") and any(_REPORTER_CREDIT.match(line, at) for at in starts):
            return found, True
        if any(_TRANSLATOR_CREDIT.match(line, at) for at in starts):
            found.append(line)
    return found, False


def credits_translator(body: str) -> bool:
    """Does ``body`` credit its translator and no reporter: a line of ``CREDIT_LINE_WORDS`` words or
    fewer (a footer's lines may stand in one paragraph, "Penerjemah: ...\\nEditor: ...") with a
    credit (``_TRANSLATOR_CREDIT``) at its start or after "/", "|" or ";", and no such line among
    the last ``_REPORTER_LINES`` crediting a reporter (``_REPORTER_CREDIT``, not a question: an
    agency's own report may credit an interpreter too)? The publisher says it translated the text."""
    if not any(mark in body for mark in _TRANSLATOR_MARKS):
        return False
    found, reporter = _credit_lines([line for line in body.splitlines() if line.strip()])
    return bool(found) and not reporter


def translator_credit_lines(lines: Sequence[str], writers: Sequence[str] = ()) -> list[str]:
    """The lines of a page's staff credits (``lines``, each a line the body left out) that credit
    its translator, when none credits a reporter (:func:`credits_translator`'s reading) and the
    page's byline (``writers``, its people: "Pewarta: Adi Nugroho" over the story) names no one
    the translator's lines do not: the agency's own report crediting an interpreter; else ``[]``."""
    if not any(mark in line for line in lines for mark in _TRANSLATOR_MARKS):
        return []
    found, reporter = _credit_lines([line for text in lines for line in text.splitlines() if line.strip()])
    if reporter or not found:
        return []
    credited = " ".join(found).casefold()
    return [] if any(name.strip() and name.casefold() not in credited for name in writers) else found


#: Longest line of a book's details (title, author, publisher) read beside a translator's line, in words.
_DETAILS_LINE_WORDS = 8
#: A line that is no book's detail: a sentence's end, a labelled credit ("Editor: ..."), a notice.
_NOT_A_DETAIL = re.compile(r"""[.!?…"”»]\s*$|[:|/©]|\(c\)|copyright""", re.IGNORECASE)


def in_book_details(lines: Sequence[str], index: int) -> bool:
    """Is ``lines[index]`` a translator's credit (``_TRANSLATOR_CREDIT``) among a book's details (a
    review's "The Silent Harbour / Lucia Verde / Translated by Ana Ruiz / Harbour Press, 320 pages"):
    a line above or below it of ``_DETAILS_LINE_WORDS`` words or fewer that ends no sentence and is
    no labelled credit or notice? It credits the book's translator, not the page's: the text keeps it."""
    line = lines[index]
    if not any(mark in line for mark in _TRANSLATOR_MARKS) or not _TRANSLATOR_CREDIT.match(line):
        return False
    beside = [lines[i].strip() for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(text and len(text.split()) <= _DETAILS_LINE_WORDS and not _NOT_A_DETAIL.search(text) for text in beside)


def credit_names_translator(credit: str | None) -> bool:
    """Does an article's credit (``attribution.credit``, its credit lines joined by spaces) hold a
    translator's credit (``_TRANSLATOR_CREDIT``) at a word's start ("(ANTARA) - Penerjemah: Dewi
    Kartikasari")? Extraction puts one there only when no reporter is credited beside it."""
    if not credit or not any(mark in credit for mark in _TRANSLATOR_MARKS):
        return False
    return any(_TRANSLATOR_CREDIT.match(credit, m.start()) for m in _CREDIT_WORD_START.finditer(credit))
