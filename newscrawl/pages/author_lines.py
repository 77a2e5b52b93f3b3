"""Author lines read apart from bylines (F15A): a wire story's sign-off, and name clean-ups.

- A wire sign-off at a story's end ("Reporting by A and B in London; Additional reporting by C;
  Editing by D", Reuters' form) names its authors in its "Reporting by" part; an editor, the
  "Writing by" desk and "additional reporting" are no authors, and " in <place>" is where the reporter was.
- Name clean-ups ``clean_author_names`` applies to each name: a particle joined by a hyphen
  ("al-Mansouri") is a name's word; a generational suffix keeps its full stop ("Jr."). An honorific
  ("Dr.") stays, as the evaluation sets' gold keeps it ("Dr. Tim Loppe").
- One person written two ways (``same_person``): in another case, with or without an honorific or
  a middle initial ("Dr. Jana M. Ulm", "JANA ULM", "Jana Ulm"), as JSON-LD, a meta and the byline
  often write one writer; a different initial ("Jana K. Ulm") is someone else.
"""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from functools import cache

from lxml.html import HtmlElement

from newscrawl.pages.document import BREAK_TAGS

# One part of a sign-off: a few words and "by" ("Reporting by", "Additional reporting by",
# "Editing by", "Compiled by"), then the names.
_SIGN_OFF_PART = re.compile(r"^(?P<label>(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+\s+by)\s+(?P<names>\S.*)$")
#: The parts whose names are the story's authors: its reporters (the truths of the review sets leave
#: out "Writing by", the desk that wrote the copy up, as they leave out editors).
_WRITER_LABELS = frozenset({"reporting by", "reported by"})
_NAMES_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
# " in <Place>" behind a reporter's name ("Jun Wei Tan in Singapore").
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
#: Longest sign-off line (characters).
MAX_SIGN_OFF_CHARS = 300


def sign_off_writers(line: str) -> list[str] | None:
    """The writers a wire sign-off names, or None when ``line`` is no sign-off.

    A sign-off is a line (in parentheses or not) of one or more parts split by ";", each "<label>
    by <names>", the first a reporter's ("Reporting by"): "Reporting by Anna Berg and
    Tom Ruiz in Oslo; Editing by Lea Marsh" -> ["Anna Berg", "Tom Ruiz"].
    """
    if len(line) > MAX_SIGN_OFF_CHARS or " by " not in line:
        return None
    text = " ".join(line.split()).strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = text.rstrip(".")
    writers: list[str] = []
    for index, part in enumerate(p.strip() for p in text.split(";")):
        match = _SIGN_OFF_PART.match(part)
        if match is None:
            return None
        label = match.group("label").casefold()
        if index == 0 and label not in _WRITER_LABELS:
            return None
        if label in _WRITER_LABELS:
            for name in _NAMES_SPLIT.split(match.group("names")):
                name = _IN_PLACE.sub("", name.strip(" .,"))
                if name and name not in writers:
                    writers.append(name)
    return writers or None


# A writer's name and the agency in brackets closing a wire story ("Marta Zielińska (PAP)", as PAP
# signs its copy): two to four capitalised words, then the agency.
_NAME_AND_AGENCY = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:[-'’][^\W\d_]+)?(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:[-'’][^\W\d_]+)?){1,3})"
    r"\s*\((?P<agency>[^()\d]{2,20})\)$"
)
#: How many of a story's last paragraphs are searched for a writer's sign-off.
SIGN_OFF_LAST_PARAGRAPHS = 3


def agency_sign_off_writer(paragraphs: list[str], agencies: list[str], agency_of: object) -> str | None:
    """The writer a wire story's closing sign-off names beside an agency the byline credits alone
    ("Marta Zielińska (PAP)" under "Źródło: PAP"), among its last paragraphs, else None.
    ``agency_of``: ``byline_agency``."""
    if not agencies:
        return None
    for line in paragraphs[-SIGN_OFF_LAST_PARAGRAPHS:]:
        if not line.endswith(")") or len(line) > 60:
            continue
        match = _NAME_AND_AGENCY.match(line.strip())
        if match and agency_of(match.group("agency")) in agencies:  # type: ignore[operator]
            return match.group("name")
    return None


# -- name clean-ups ----------------------------------------------------------------------------

#: A particle joined to the surname by a hyphen or an apostrophe ("al-Mansouri", "el-Sayed",
#: "d'Alessandro", "ibn-Rushd"): the word is a name's though it opens in lower case.
_JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar|ibn|abu|bin|d|l|dell|dall)[-'’][A-ZÀ-ÖØ-Þ]")
#: Generational suffixes written with a full stop ("Robert Lee Jr.").
_SUFFIX_END = re.compile(r"(?<=\s)(?:Jr|Sr)$")


#: Words before a name that are no part of whom it names ("Dr. Jana Ulm" is Jana Ulm).
_HONORIFICS = frozenset("dr prof professor mr mrs ms mx sir dame dipl ing mag".split())
#: Words behind a name that are no part of whom it names ("Jana Ulm, PhD").
_NAME_DEGREES = frozenset("phd md ma msc mba jr sr ii iii".split())


def _person_key(name: str) -> tuple[str, str, frozenset[str]] | None:
    """``(first name, last name, middle initials)`` of ``name`` case-folded, honorifics and
    degrees left out; None for a name of one word."""
    words = [w.strip(".,") for w in unicodedata.normalize("NFKC", name).casefold().split()]
    words = [w for w in words if w]
    while words and words[0] in _HONORIFICS:
        words.pop(0)
    while words and words[-1] in _NAME_DEGREES:
        words.pop()
    if len(words) < 2:
        return None
    middle = words[1:-1]
    if not all(len(w) == 1 for w in middle):
        return (words[0], " ".join(words[1:]), frozenset())  # a middle name written out is part of it
    return words[0], words[-1], frozenset(middle)


def same_person(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name one person: the same words but for case, an honorific, a
    degree and a middle initial one of them leaves out ("Dr. Jana M. Ulm" / "JANA ULM"); one word
    each, the same word in any case."""
    if a == b:
        return True
    key_a, key_b = _person_key(a), _person_key(b)
    if key_a is None or key_b is None:
        return key_a is None and key_b is None and a.strip(" .").casefold() == b.strip(" .").casefold()
    return key_a[:2] == key_b[:2] and (key_a[2] <= key_b[2] or key_b[2] <= key_a[2])


def joined_particle(word: str) -> bool:
    """True for a name's word that opens with a particle joined to it ("al-Mansouri")."""
    return bool(_JOINED_PARTICLE.match(word))


def with_suffix_stop(name: str, source: str) -> str:
    """``name`` with the full stop its generational suffix has in ``source`` ("Robert Lee Jr" from
    "By Robert Lee Jr." -> "Robert Lee Jr."); as it is otherwise."""
    if name.endswith(("Jr", "Sr")) and _SUFFIX_END.search(name) and f"{name}." in source:
        return f"{name}."
    return name


# -- Indonesian and Malay credits without colons ------------------------------------------------

# "Laporan Wartawan Warta Priangan, Ujang", "Penulis Kontributor Bandung, Agus Setiawan": a
# reporter's role and outlet or post (a city), a comma, then the writer's name.
_ROLE_CREDIT = re.compile(
    r"^(?i:(?:penulis|laporan|ditulis\s+oleh)\s*:?\s+)?(?i:wartawan|reporter|kontributor|koresponden|jurnalis|pewarta)"
    r"\s+[^,;|]{2,40}[,;]\s*(?P<names>[^,;|]+?)\s*(?:\|\s*(?P<rest>.*))?$"
)
# An editor's part behind it ("| Editor Rina Marlina", "| Penyunting: Ani"): no author.
_EDITOR_PART = re.compile(r"^(?i:editor|penyunting|redaktur|editing)\b")


@cache
def _known_places() -> frozenset[str]:
    """Case-folded city names of the tz database ("jakarta", "kuala lumpur"): known places."""
    try:
        zones = zoneinfo.available_timezones()
    except Exception:  # no tz data: no place is known
        return frozenset()
    return frozenset(zone.rsplit("/", 1)[-1].replace("_", " ").casefold() for zone in zones)


def known_place(text: str) -> bool:
    """True when ``text`` is a city the tz database names ("Jakarta", "Kuala Lumpur")."""
    return " ".join(text.split()).strip(" .,").casefold() in _known_places()


def role_credit_names(item: str) -> str | None:
    """The writer an Indonesian or Malay credit names after its role and post, without a colon
    ("Penulis Kontributor Bandung, Agus Setiawan | Editor Rina Marlina" -> "Agus Setiawan"), else
    None. An editor's part behind a "|" is dropped; any other part stays for the usual split. A
    known place after the comma is where the outlet's reporter was, no name ("Reporter
    Kompas.com, Jakarta"): the credit then names no one ("")."""
    if "," not in item and ";" not in item:  # (a page's text may join the parts with ";")
        return None
    match = _ROLE_CREDIT.match(item)
    if match is None:
        return None
    if known_place(match.group("names")):
        return ""
    rest = match.group("rest")
    if rest and not _EDITOR_PART.match(rest):
        return f"{match.group('names')} | {rest}"
    return match.group("names")


# -- words of adjacent elements run together ----------------------------------------------------------

#: Set between two sibling elements with no text between them while a byline's text is read.
ELEMENT_SEAM = "\x02"
# A seam between a word's small letter and a capital ("<span>By Helen Crouch</span><span>Published
# ...</span>" reads "Helen Crouch Published"): two words; any other seam joins ("<b>U</b><i>lm</i>").
_WORD_SEAM = re.compile(rf"(?<=[^\W\d_])(?<![A-ZÀ-ÖØ-Þ]){ELEMENT_SEAM}(?=[A-ZÀ-ÖØ-Þ])")


def unseamed(text: str) -> str:
    """``text`` with its element seams (``ELEMENT_SEAM``) made a space where a small letter meets a
    capital, and dropped elsewhere."""
    if ELEMENT_SEAM not in text:
        return text
    return _WORD_SEAM.sub(" ", text).replace(ELEMENT_SEAM, "")


_BREAKS = frozenset(BREAK_TAGS)


def seamed_text(node: HtmlElement) -> str:
    """``node``'s text as ``text_of`` gives it, with a space too where two of its elements meet with
    no text between and a word's small letter runs into a capital."""
    parts: list[str] = []

    def walk(el: HtmlElement, top: bool) -> None:
        if isinstance(el.tag, str):
            breaks = el.tag in _BREAKS
            parts.append(" " if breaks else "")  # blocks and <br> part words (``text_of``)
            parts.append(el.text or "")
            for child in el:
                walk(child, False)
            parts.append(" " if breaks else "")
        if not top:
            parts.append(el.tail or "")
            if not el.tail and el.getnext() is not None:
                parts.append(ELEMENT_SEAM)

    walk(node, True)
    return " ".join(unseamed("".join(parts)).split())


# -- a letter to the editor -------------------------------------------------------------------------

# A letter's headline opens with its label: "Letter: ...", "Letters to the editor: ...", "Leserbrief:
# ...", "Carta: ...", "Lettre : ...", "Lettera: ...", "Surat Pembaca: ...".
_LETTER_TITLE = re.compile(
    r"^\s*(?i:letters?(?:\s+(?:to|of)\s+the\s+(?:editor|week|day))?|leserbriefe?|cartas?(?:\s+al\s+director)?|"
    r"lettres?|lettere|lettera|surat\s+pembaca)\s*[:|–—-]\s*\S"
)


def letter_title(title: str | None) -> bool:
    """True when ``title`` is a letter to the editor's ("Letter: Keep the pool open")."""
    return bool(title) and bool(_LETTER_TITLE.match(title))


def without_letter_town(people: list[str], raw: list[str]) -> list[str]:
    """A letter's writers without the town the signature gives after them ("Ann Lee, Maple Grove"
    -> "Ann Lee"): the last of ``people`` when a line of ``raw`` ends with a comma and that name."""
    if len(people) < 2:
        return people
    tail = f", {people[-1]}".casefold()
    if any(" ".join(item.split()).rstrip(" .").casefold().endswith(tail) for item in raw if item):
        return people[:-1]
    return people


def _site_key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def credits_the_site(item: str, site_names: list[str]) -> bool:
    """True when a byline shown names the site itself and nothing else ("Written by Miami Today"
    on Miami Today's page): the paper credits its newsroom, as a desk's byline does, and no other
    name on the page (a comment's, a widget's) is the writer."""
    item = _DATE_AFTER.sub("", item.strip())  # "Miami Today on November 7, 2023"
    key = _site_key(item)
    return len(key) > 2 and any(key == _site_key(name) for name in site_names if name)


#: A date run on behind a byline's name: a separator or "on" / "am" / "le", then a date's digits.
_DATE_AFTER = re.compile(r"\s*(?:[|·•,–—-]|\b(?:on|am|le|el|pada)\b)[^|]*\d[^|]*$")
