"""Forms of bylines that name no person, and the byline forms whose person needs telling apart.

Read by the author clean-up (``cleaning.clean_author_names``, ``cleaning.name_beside_date``) and
the authors step (``ArticlePage._authors``):

- a time zone beside a date ("08:30 AM Eastern Standard Time", "10.15 WIB") is no name;
- a desk or a team ("FOX 7 Capital Digital Team", "Digital Desk") and a staff credit ("Staff and
  wire reports", "From staff reports") name no person: the page credits no one by name;
- a name in capitals ("MARK SHERMAN") is written as people write it ("Mark Sherman");
- an agency run on behind a name in one span ("JOSH FUNK Associated Press") is the agency's credit;
- an element the page marks as its byline (a class, id or data attribute that says so: "byline",
  "…_by", ``data-testid="byline-new"``) names the writer on its first line; the lines under it set
  in blocks of their own are the writer's role, outlet or place ("Special to the Desert Sun Times",
  "BBC News, Wiltshire");
- Malay and Indonesian "Di" / "Dari" ("in", "from") before a place is no byline label.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.attribution import KNOWN_PUBLISHER_NAMES, agency_name, byline_agencies
from newscrawl.dates import ZONE_ABBREVIATIONS

# -- time zones ----------------------------------------------------------------------------

#: A zone's name spelled out: a season or standard word before "Time" ("Eastern Standard Time",
#: "Pacific Daylight Time", "Central European Summer Time", "Greenwich Mean Time", "Coordinated
#: Universal Time"), or a US region's clock ("Eastern Time").
ZONE_NAME = re.compile(
    r"\b(?:[A-Z][\w.-]*\s+){0,3}(?:Standard|Daylight(?:\s+Saving)?|Summer|Winter|Mean|Universal)\s+Time\b"
    r"|\b(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii)\s+Time\b"
)
#: Zone abbreviations written after a time (``dates.ZONE_ABBREVIATIONS`` and the US seasonless
#: ones), matched in capitals only ("WIB", "EST", "ET"; "West" and "Ist" are words).
ZONE_WORDS = frozenset(word.upper() for word in ZONE_ABBREVIATIONS if len(word) > 1) | {"ET", "CT", "MT", "PT"}


def without_zone_names(text: str) -> str:
    """``text`` less the time zones spelled out in it ("... 08:30 AM Eastern Standard Time" ->
    "... 08:30 AM"); the abbreviations are words ``is_zone_word`` tells."""
    return ZONE_NAME.sub(" ", text) if "Time" in text else text


def is_zone_word(word: str) -> bool:
    """True for a zone's abbreviation in capitals ("WIB", "EST", "(GMT)")."""
    bare = word.strip(".,:;()[]|/")
    return bare.isupper() and bare in ZONE_WORDS


def zone_name(name: str) -> bool:
    """True when ``name`` is a time zone and nothing else ("Eastern Standard Time", "GMT")."""
    name = name.strip()
    return bool(name) and (is_zone_word(name) or ("Time" in name and not without_zone_names(name).strip()))


# -- credits that name no person -----------------------------------------------------------

#: A desk or team's word that ends a credit: what goes before it names the team ("FOX 7 Capital
#: Digital Team", "Metro Desk", "Web Newsroom"), no person; "desk" in Bengali, Hindi and Urdu too
#: ("সমকাল বার্তা ডেস্ক", "न्यूज़ डेस्क", "نیوز ڈیسک"); Greek "ομάδα" ("Συντακτική Ομάδα": editorial team).
TEAM_WORDS = frozenset("team desk newsroom webteam ডেস্ক डेस्क ڈیسک ομάδα ομαδα".split())
#: A newsroom's credit in one word: "red" in lower case (German and Polish "red." for Redaktion),
#: a desk in one word ("Newsdesk"), a team's initials run into its word in capitals ("BBNTEAM"),
#: Greek "Σύνταξη" (the editorial staff), "the editor" alone (Albanian "Redaktori", Polish, Czech and
#: Scandinavian "Redaktor", Lithuanian "Redaktorius": a CMS's editor account).
NEWSROOM_MARK = re.compile(
    r"^(?:red|(?i:newsdesk|webdesk|webteam|σύνταξη|συνταξη|redaktori|redaktor|redaktorius)|[A-Z0-9]{2,}(?:TEAM|DESK|NEWSROOM))$"
)
#: A staff or wire credit: "Staff and wire reports", "Wire reports", "From staff reports", "Staff
#: and agencies", "News services", "Times staff and wire services".
_STAFF_CREDIT = re.compile(
    r"^(?:from\s+)?(?:[\w.&'’-]+\s+){0,3}?(?:staff|wire|news|agency|combined)"
    r"(?:\s*(?:,|and|&)\s*(?:staff|wire|news|agency))?(?:\s+(?:reports?|services?|dispatches)|\s*(?:and|&)\s*agencies)$",
    re.IGNORECASE,
)


#: The readers' letters column as a page's author ("Letters To The Editor" in a letters page's JSON-LD,
#: "Leserbriefe", "Cartas al director", "Courrier des lecteurs", "Surat Pembaca"): each letter is its
#: writer's, the page credits the column.
_LETTERS_COLUMN = re.compile(
    r"^(?:letters?(?:\s+to\s+the\s+editor)?|readers[’']?\s+letters|letters\s+from\s+(?:our\s+)?readers|"
    r"leserbriefe?|leserpost|cartas?\s+(?:al|ao|aos|a\s+los|dos)\s+(?:director|editor|leitores|lectores)|"
    r"courrier\s+des\s+lecteurs|lettere\s+al\s+direttore|surat\s+pembaca)$",
    re.IGNORECASE,
)


#: A staff reporter's title standing for the name, a place after it at most ("Staff Correspondent,
#: Chattogram", the paper's initials before it: "HT Correspondent"): in English, Bengali ("নিজস্ব প্রতিবেদক": own reporter, "বিশেষ প্রতিনিধি": special
#: correspondent), Hindi ("संवाददाता, पटना": correspondent, "स्टाफ रिपोर्टर"), Urdu ("نمائندہ خصوصی":
#: special correspondent, "اسٹاف رپورٹر"), Malayalam and Tamil.
_STAFF_TITLE = re.compile(
    r"^(?:(?:staff|special|own|(?-i:[A-Z]{2,5}))\s+(?:correspondent|reporter)"
    r"|(?:নিজস্ব|বিশেষ|স্টাফ|জেলা)\s+(?:প্রতিবেদক|প্রতিনিধি|সংবাদদাতা|রিপোর্টার)|প্রতিবেদক|সংবাদদাতা"
    r"|(?:(?:विशेष|निज|हमारे|स्थानीय)\s+)?संवाददाता|(?:स्टाफ|विशेष)\s+(?:रिपोर्टर|प्रतिनिधि)"
    r"|نمائندہ\s+خصوصی|خصوصی\s+نمائندہ|ا?سٹاف\s+رپورٹر|نامہ\s+نگار"
    # Malayalam "സ്വന്തം ലേഖകൻ" (own correspondent), "പ്രത്യേക ലേഖകൻ" (special correspondent), Tamil
    # "நமது நிருபர்" (our reporter), "சிறப்பு நிருபர்" / "சிறப்புச் செய்தியாளர்" (special reporter).
    r"|(?:സ്വന്തം|പ്രത്യേക)\s+ലേഖക(?:ൻ|ന്|ർ)|(?:நமது|சிறப்புச்?)\s+(?:நிருபர்|செய்தியாளர்))s?"
    r"(?:\s*(?:[,،]|\s[-–—])\s*[^\W\d_][^\s,،]*(?:\s+[^\W\d_][^\s,،]*)?)?$",
    re.IGNORECASE,
)


def names_no_person(text: str) -> bool:
    """True for a credit that names a desk, a team or the staff rather than a person ("FOX 7
    Capital Digital Team", "Staff and wire reports", "From staff reports", "red.", "Newsdesk")."""
    text = " ".join(text.split()).strip(" .,;:|-–—")
    words = text.split()
    if not words:
        return False
    if words[-1].casefold() in TEAM_WORDS and len(words) >= 2:
        return True
    # A German desk in one compound ("SWR Online-Redaktion", "CHIP Software-Redaktion",
    # "Lokalredaktion", "Web-Team"); not an account's handle ("KB_Redaktion").
    last = words[-1].casefold()
    if "_" not in last and (last.endswith("redaktion") or ("-" in last and last.rsplit("-", 1)[1] in TEAM_WORDS)):
        return True
    if len(words) == 1 and NEWSROOM_MARK.match(words[0]):
        return True
    if "/" in text:
        credit = text.split(":")[-1]
        unmarked = without_editor_marks(credit)
        if unmarked != credit and not re.search(r"[^\W\d_]", unmarked):
            return True  # editors' marks only ("Autor: asty//now")
    return (
        bool(_STAFF_CREDIT.match(text))
        or bool(_LETTERS_COLUMN.match(text))
        or staff_title(text)
        or desk_credit(text)
        or own_reporter_credit(text)
        or portuguese_newsroom_credit(text)
    )


#: A beat before the title, alone ("Court Reporter", "Crime Correspondent"): "Harbour Correspondent,
#: Jana Ulm" is her role before her name; a pen name is no beat ("Rasender Reporter").
_BEAT_TITLE = re.compile(
    r"^(?i:court|courts|crime|business|political|politics|health|science|sports?|education|transport|city|local|"
    r"environment|farming|property|motoring|travel|fashion|arts|foreign|diplomatic|economics|technology|tech|"
    r"entertainment|weather|community|investigative|legal|defen[cs]e|security|energy|climate|consumer|royal|"
    r"chief|senior|junior|trainee|news)\s+(?i:correspondent|reporter)s?$"
)


def staff_title(text: str) -> bool:
    """True for a staff reporter's title in place of a name ("Staff Correspondent, Chattogram",
    "Court Reporter", "নিজস্ব প্রতিবেদক", "संवाददाता, पटना")."""
    text = " ".join(text.split()).strip(" .,;:|-–—")
    return bool(_STAFF_TITLE.match(text) or _BEAT_TITLE.match(text))


#: A desk named by its newsroom word first, as Malay, Portuguese and the Romance languages write it
#: ("Meja Berita", "Meja Serantau": the news and regional desks; "Da Redação", "La Rédaction",
#: "Redacción Madrid"), a preposition or article before it at most, two words after it at most;
#: "Meja" (a first name too: "Meja Andersson") only before a desk's word (``_MEJA_DESKS``).
_MEJA_DESKS = (
    "berita", "serantau", "sukan", "jenayah", "politik", "ekonomi", "bisnes", "niaga", "hiburan", "dunia",
    "nasional", "rencana", "pengarang", "editorial", "digital", "online", "semasa", "luar", "antarabangsa",
    "wilayah", "agama", "pendidikan", "teknologi", "gaya", "wanita", "sastera", "korporat", "am",
)  # fmt: skip
_DESK_FIRST = re.compile(
    r"^(?:(?:da|de|la|a|di|della|dalla|do|dari)\s+)?"
    r"(?:meja\s+(?:" + "|".join(_MEJA_DESKS) + r")(?![^\W\d_])\S*(?:\s+\S+)?"
    r"|(?:reda[cç][aã]o|redac[cç]i[oó]n|r[ée]daction|redazione|redactie)(?:\s+\S+){0,2}"
    # The newsroom words of Central and Eastern Europe, the Baltics, the North and Turkey, a place
    # or a section or the paper's name after them at most ("Redakcja Kraków", "Redakcja Gazety
    # Miejskiej", "Haber Merkezi"): Polish, Czech, Slovak,
    # the South Slavic and Lithuanian, Romanian, Albanian, Russian, Ukrainian, Serbian and
    # Macedonian, Hungarian, Finnish, Estonian, Scandinavian and Turkish.
    r"|(?:redakcja|redakce|redakcia|redakcija|uredni[sš]tvo|reda[cč][tţț]ia|redaksia|редакция|редакція|"
    r"редакција|szerkeszt[oőö]s[eé]g|toimitus|toimetus|redaktionen|redaksjonen|haber\s+merkezi)(?:\s+\S+){0,2})$",
    re.IGNORECASE,
)
#: A desk or team in Korean, Chinese or Japanese, its word closing the name without a space
#: ("온라인뉴스팀": online news team, "디지털뉴스부", "编辑部", "編集部"); Korean names are no such words.
_CJK_DESK = re.compile(
    r"^[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]*(?:팀|뉴스부|편집부|편집국|취재부|데스크|编辑部|編集部|编辑室|新闻中心|新聞中心|報道部|取材班)$"
)


def desk_credit(text: str) -> bool:
    """True for a desk credited by its newsroom word first ("Meja Berita", "Da Redação") or a
    Korean, Chinese or Japanese desk in one word ("온라인뉴스팀")."""
    return bool(_DESK_FIRST.match(text) or _CJK_DESK.match(text))


#: "Our correspondent": a credit to the paper's own reporter with no name ("By Our Correspondent",
#: "Our Staff Reporter", Malay and Indonesian "Wartawan Kami", French "Notre correspondant").
_OWN_REPORTER = re.compile(
    r"^(?:(?:by|from|oleh|dari|par|por|de|door|von|na)\s+)?(?:"
    r"(?:our|notre|nos|nuestro|nuestra|nuestros|unser|unsere|unserem|onze)\s+(?:[\w-]+\s+){0,2}"
    r"(?:correspondents?|reporters?|staff|writers?|correspondant(?:e|s)?|envoy[ée]e?s?\s+sp[ée]ciale?s?|"
    r"corresponsal(?:es)?|reporter(?:in)?|korrespondent(?:in|en)?|redakteur(?:in)?|verslaggever)|"
    r"(?:wartawan|pemberita|koresponden|reporter|jurnalis|penulis|pewarta|petugas)\s+kami|"
    # Swahili: "(Na) Mwandishi Wetu" (our writer), "Waandishi Wetu", "Mwandishi Maalum" (special).
    r"(?:mwandishi|waandishi)\s+(?:wetu|maalum))$",
    re.IGNORECASE,
)


def own_reporter_credit(text: str) -> bool:
    """True for a credit to the paper's own reporter that names no one ("Our Correspondent",
    "Oleh Wartawan Kami", Swahili "Na Mwandishi Wetu")."""
    return bool(_OWN_REPORTER.match(" ".join(text.split()).strip(" .,;:|-–—")))


#: Portuguese "from" an outlet written in capitals ("Do UOL, em São Paulo", "Do G1", "Da BBC
#: News Brasil"; "Da Silva" is a name) and "in" a place ("Em São Paulo"): the newsroom's credit and
#: where it was filed, no writer.
_PORTUGUESE_FROM = re.compile(r"^(?:Do|Da|Dos|Das)\s+[A-Z0-9]{2,}\b|^Em\s+[A-ZÀ-ÖØ-Þ]")


def portuguese_newsroom_credit(text: str) -> bool:
    """True for "Do UOL", "Da BBC News Brasil", "Em São Paulo" (not for an agency: "Da AFP")."""
    return bool(_PORTUGUESE_FROM.match(text)) and not byline_agencies(text)


# -- names in capitals ---------------------------------------------------------------------

#: Particles kept in lower case inside a name ("LUDWIG VAN BEETHOVEN" -> "Ludwig van Beethoven").
_LOWER_PARTICLES = frozenset("von van der den de del della di da do dos du la le ter ten zu".split())
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX)$")


def _name_word(word: str) -> str:
    """One word of a name in capitals written as a name's: "SHERMAN" -> "Sherman", "MCDONALD" ->
    "McDonald", "O'BRIEN" -> "O'Brien", "LIN-FISHER" -> "Lin-Fisher", "III" stays."""
    if _ROMAN.match(word.rstrip(".,")):
        return word
    parts = re.split(r"([-'’])", word)
    out = []
    for part in parts:
        if part in "-'’":
            out.append(part)
            continue
        low = part.casefold()
        if low.startswith("mc") and len(low) > 3:
            out.append("Mc" + low[2:].capitalize())
        else:
            out.append(low.capitalize())
    return "".join(out)


def caps_name(name: str) -> str:
    """``name`` written as a name when all of it is in capitals and it has two words at least
    ("MARK SHERMAN" -> "Mark Sherman"); else ``name`` as it is."""
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return name
    out = []
    for index, word in enumerate(words):
        letters = word.replace(".", "")
        if len(letters) <= 1 or (word.endswith(".") and len(letters) <= 3 and "." in word[:-1]):
            out.append(word)  # an initial ("J.", "J.R.")
        elif index and word.casefold() in _LOWER_PARTICLES and index < len(words) - 1:
            out.append(word.casefold())
        else:
            out.append(_name_word(word))
    return " ".join(out)


# -- an agency behind a name ---------------------------------------------------------------

#: Most words of an agency's name run on behind a writer's ("Agence France-Presse", "The Associated Press").
MAX_AGENCY_WORDS = 4


def split_agency_tail(name: str, agency_of: object) -> tuple[str, str | None]:
    """``(name, agency)``: a writer's name of two words or more with a wire agency's name run on
    behind it in the same span ("JOSH FUNK Associated Press" -> "JOSH FUNK", "AP"; "Jana Ulm
    REUTERS"), else ``(name, None)``. One word in mixed case counts only behind a name in
    capitals: "Michael R. Bloomberg" is a name. ``agency_of`` tells an agency's name (``byline_agency``)."""
    words = name.split()
    for size in range(min(MAX_AGENCY_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-size:])
        if not tail[:1].isupper():
            continue
        agency = agency_of(tail)  # type: ignore[operator]
        if agency:
            head = words[:-size]
            set_apart = size > 1 or tail.isupper() or " ".join(head).isupper()
            if set_apart and 2 <= len(head) <= 4 and all(w[:1].isupper() for w in head):
                return " ".join(head), agency
    return name, None


# -- outlets beside names ------------------------------------------------------------------


def outlet_after_names(names: list[str], lead: str) -> str | None:
    """The last of one byline's ``names`` when it is set all in capitals, in two words or more,
    after a separator (``lead``: a comma, not "and") behind names in mixed case: an outlet or a
    desk beside the writers ("Betty Lin-Fisher and Gabe Hauari, USA TODAY"), no person; else None.
    Names all in capitals ("JOSH FUNK, JANA ULM") and "Jim Rutenberg and KENNETH P. VOGEL" are the
    writers'; one word ("..., NDR") may be a broadcaster credited as an author."""
    if len(names) < 2 or not names[-1].isupper() or " " not in names[-1] or (lead and lead[0].isalpha()):
        return None
    return names[-1] if not any(name.isupper() for name in names[:-1]) else None


#: Words of an outlet's or an organisation's name (case-folded): behind the writer after a comma, the
#: name is where they write, no co-author ("Siân Evans, Local Democracy Reporting Service", "Jana
#: Ulm, Kaiser Health News"). In a name of two words only the last ones no surname is ("Emily Post",
#: "Robert Service" are people).
_OUTLET_NAME_WORDS = frozenset(
    "news agency network bureau reporting newsroom tribune gazette chronicle journal magazine radio "
    "television media institute foundation council association society ministry department".split()
)
_OUTLET_NAME_WORDS_LONG = _OUTLET_NAME_WORDS | frozenset(
    "services times project partnership coalition commission corporation university college centre center "
    "group online digital publishing publications".split()
)
#: Outlet words that are also surnames ("Tom Ledger", "Robert W. Service", "Emily Post"): an outlet's
#: only beside another outlet word ("Local Democracy Reporting Service", "Harbour Ledger Weekly").
_OUTLET_SURNAME_WORDS = frozenset("ledger service herald daily weekly post press trust".split())


def outlet_named(name: str) -> bool:
    """True when ``name`` holds a word of an outlet's or an organisation's name (``_OUTLET_NAME_WORDS``;
    in three words or more, ``_OUTLET_NAME_WORDS_LONG`` or two of ``_OUTLET_SURNAME_WORDS``)."""
    words = [word.casefold().strip(".,") for word in name.split()]
    if len(words) < 2:
        return False
    if len(words) >= 3:
        return any(word in _OUTLET_NAME_WORDS_LONG for word in words) or (
            sum(word in _OUTLET_SURNAME_WORDS for word in words) >= 2
        )
    return words[-1] in _OUTLET_NAME_WORDS


#: A paper's name that opens with a definite article ("El Sol de México", "La Voz de Galicia", "Die
#: Welt", "Il Giorno", "Los Tiempos"): behind the writers after a separator it is their outlet. ("Le"
#: is also a Vietnamese surname: "Le Van Thanh".) Alone, only English "The" says so ("The Wall Street
#: Journal"; "La Toya Jackson", "El Hadji Diouf" are people, "Der Spendenteddy" a pen name).
_ARTICLE_OUTLET = re.compile(r"^(?P<article>El|La|Los|Las|Les|Die|Der|Il|Lo|The)\s+[A-ZÀ-ÖØ-Þ]")
_ARTICLE_OUTLET_ALONE = re.compile(r"^(?:The|THE)\s+[A-ZÀ-ÖØ-Þ]")

#: Articles no person's name opens with: behind a writer, a paper's name. "El", "La", "Les", "Il"
#: and "Lo" also open people's names ("El Hadji Sarr", "La Toya Jackson", "Les Dennis", "Il Sung
#: Park", Cantonese "Lo Wing-sze"): after them, a paper needs an outlet word or a linking word.
_OUTLET_ONLY_ARTICLES = frozenset(("Los", "Las", "Die", "Der", "The"))

#: Words of a paper's name after its article (case-folded): "El País", "Il Giorno", "Les Echos".
_ARTICLE_OUTLET_WORDS = frozenset(
    "sol país pais mundo diario tiempo tiempos nación nacion prensa voz correo heraldo universal comercio "
    "periódico periodico observador informador razón razon jornada vanguardia opinión opinion crónica cronica "
    "giorno stampa repubblica gazzetta sole messaggero nazione verità verita provincia tribuna "
    "echos croix presse dépêche depeche montagne provence "
    "welt zeit zeitung rundschau "
    "journal times post news herald gazette tribune press chronicle telegraph observer star sun".split()
)

#: Lowercase linking words inside a paper's name ("El Sol de México", "La Gazzetta dello Sport").
_OUTLET_LINKS = frozenset("de del della dello delle di do da des du y e".split())


def article_outlet(name: str, *, alone: bool = False) -> bool:
    """True when ``name`` opens with a definite article and a capitalised word: an outlet, no
    person (``alone``: a credit standing by itself, not behind a writer's name). After an article
    that also opens people's names ("El Hadji Sarr", "Lo Wing-sze"), only with an outlet word
    ("El País", "Il Giorno"), a linking word ("La Voz de Galicia") or a number ("Il Sole 24 Ore")."""
    if alone:
        return _ARTICLE_OUTLET_ALONE.match(name) is not None
    match = _ARTICLE_OUTLET.match(name)
    if match is None:
        return False
    if match["article"] in _OUTLET_ONLY_ARTICLES:
        return True
    words = name.split()[1:]
    return any(
        word.casefold().strip(".,") in _ARTICLE_OUTLET_WORDS or word in _OUTLET_LINKS or word.isdigit()
        for word in words
    )


# -- Malay and Indonesian "Di" / "Dari" ----------------------------------------------------

#: "Di Kuala Lumpur", "Dari Jakarta": Malay and Indonesian "in", "from" before a place's
#: capitalised words (in Italian "Di Marco Rossi" is a byline: by Marco Rossi).
_PLACE_AFTER = re.compile(r"^\s*(?P<word>di|dari)\s+[A-ZÀ-ÖØ-Þ]", re.IGNORECASE)


def place_line(text: str, italian: object) -> bool:
    """True when ``text`` opens with "Di" / "Dari" before a capitalised word and so names a place
    ("Di Kuala Lumpur"): "dari" always, "di" unless ``italian()`` (a callable: the page's language
    is asked for only then) says the page is Italian."""
    match = _PLACE_AFTER.match(text)
    if match is None:
        return False
    return match.group("word").casefold() == "dari" or not italian()  # type: ignore[operator]


#: "By" in a language that writes it as a short word that is also a name elsewhere: Tagalog "Ni",
#: Swahili "Na" ("Ni Jun Abellana", "Na Rehema Mushi"; Chinese "Ni", Korean "Na" are surnames).
_LOCAL_BY = {"tl": "ni", "fil": "ni", "sw": "na"}
_LOCAL_BY_OPENER = re.compile(r"^\s*(?P<word>[Nn][ia]|N[IA])\s+(?=[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+[A-ZÀ-ÖØ-Þ])")


def without_local_by(text: str, language: Callable[[], str | None]) -> str:
    """``text`` without "Ni" (Tagalog) or "Na" (Swahili) opening a short byline before a full name,
    on a page in that language (``language``: a callable, asked only then, giving its code)."""
    match = _LOCAL_BY_OPENER.match(text)
    if match is None or len(text.split()) > 6:
        return text
    if _LOCAL_BY.get(language()) != match.group("word").casefold():
        return text
    return text[match.end() :]


def local_by_line(text: str, language: Callable[[], str | None]) -> bool:
    """True when ``text`` is a short byline that "Ni" (Tagalog) or "Na" (Swahili) opens on a page in
    that language ("Na Rehema Mwakyusa" under a Swahili headline; see ``without_local_by``)."""
    return without_local_by(text, language) != text


#: A source label opening a credit, in the languages we read: Polish "Źródło", Czech and Slovak
#: "Zdroj", Croatian and Serbian "Izvor", Turkish "Kaynak", Spanish "Fuente", Portuguese and Italian
#: "Fonte", Malay and Indonesian "Sumber", German "Quelle", Romanian "Sursa", Hungarian "Forrás", ...
_SOURCE_LABEL = re.compile(
    r"^\(?\s*(?P<label>źródło|zrodlo|zdroj|izvor|извор|kaynak|fuentes?|fontes?|sumber|sources?|quellen?|sursa|"
    r"forrás|bron|kilde|källa|lähde|nguồn)(?:\s*(?P<colon>[:：])|\s+(?=\S))\s*(?P<rest>.*?)\s*\)?\.?$",
    re.IGNORECASE,
)


def source_credit(text: str) -> list[str] | None:
    """The wire agencies a source credit standing as a byline names ("Źródło: PAP", "Źródło PAP" as a
    byline guess gives it without its colon, "Kaynak: AA", "Source: Reuters"), or None when ``text``
    is no source credit. With its colon a source label opens an attribution whatever follows (a
    paper, a site: no agency, no person either); without it, only before an agency ("Fonte Lusa";
    "Fuentes Ortega" is a name)."""
    match = _SOURCE_LABEL.match(text) if text else None
    if match is None:
        return None
    rest = match.group("rest").strip(" .,;:")
    found = byline_agencies(rest) or ([a] if (a := agency_name(rest)) else [])
    if found or match.group("colon"):
        return found
    return None


#: A writer's field in the info line under a headline, its label and a colon before the name, the
#: next field or a separator after it: "发布时间：... 来源：江南日报 作者：陈晓雯", "Data publikacji:
#: 26.11.2026, 14:07 | Autor: Tomasz Wiśniewski", "रिपोर्ट: सुरेश मीणा", "نویسنده: احمد رحیمی".
_WRITER_FIELD = re.compile(
    r"(?:^|(?<=[\s|·•/]))(?P<label>作者|撰稿|撰文|记者|記者|autor|autorin|author|auteur|autore|penulis|reporter|"
    r"pewarta|wartawan|yazar|muhabir|tác giả|teksti|toimittaja|செய்தியாளர்|сурвалжлагч|रिपोर्ट|लेखक|تحریر|رپورٹ|نویسنده|گزارش|خبرنگار|লেখক|كتب|بقلم)"
    r"\s*[:：]\s*(?P<name>[^|·•:：]+?)\s*(?=$|[|·•]|\s+\S{1,12}\s*[:：])",
    re.IGNORECASE,
)


def writer_field(text: str) -> str | None:
    """The name a writer's field of an info line gives, label and all ("作者：陈晓雯", "Autor: Tomasz
    Wiśniewski"), or None: read where no byline element names anyone."""
    if ":" not in text and "：" not in text:
        return None
    match = _WRITER_FIELD.search(text)
    if not match:
        return None
    name = match.group("name")
    if not field_name_shaped(name):
        return None  # a headline or a dek quoting a reporter: "Reporter: 'We Were Told To Leave'"
    if _CJK_MARK.search(name):
        # "作者：本报记者 王磊", "作者：本报记者王磊 通讯员李娜": the reporters' marks go, a role alone
        # ("作者：本报评论员") names no one.
        names = [n for n in _CJK_MARK_SPLIT.split(_CJK_MARK.sub(" ", name)) if n]
        if not names:
            return None
        if all(_HAN_NAME.fullmatch(n) for n in names):
            name = ", ".join(names)
    return f"{match.group('label')}: {name}"


#: Quotation marks: a label's value that opens or closes with one quotes someone ("Reporter: 'We
#: Were Told To Leave'"), no name (a nickname inside stays: 'Amanda "Tania Mae" Tan', "Jana O'Neil").
_QUOTE_MARKS = re.compile(r"^[\"“”„«»‹›「」『』'‘’]|[\"“”„«»‹›「」『』'‘’]$")
#: Most words of a writer's field's value (names and their separators): longer is a sentence.
MAX_FIELD_NAME_WORDS = 8
#: Small words between the capitalised words of names in a field ("Lauren del Valle", "A and B").
_FIELD_NAME_LINKS = frozenset(
    "and und dan et y e i og och ve és și ja и de da das do dos du del della di van von der den ten ter bin binti "
    "al el la le".split()
)


def field_name_shaped(name: str) -> bool:
    """True when ``name``, the value after a writer's label, could be one or more names: no quotation
    marks, no question or exclamation mark, at most ``MAX_FIELD_NAME_WORDS`` words, each word of a
    script with capitals capitalised (a small linking word or particle aside). "Reporter: 'We Were
    Told To Leave'" quotes a reporter; "Autor: Tomasz Wiśniewski" and "作者：陈晓雯" name writers."""
    name = name.strip()
    if _QUOTE_MARKS.search(name) or "?" in name or "!" in name:
        return False
    words = name.replace(",", " ").split()
    if not words or len(words) > MAX_FIELD_NAME_WORDS:
        return False
    for word in words:
        letter = next((ch for ch in word if ch.isalpha()), None)
        if letter is None or not (letter.isupper() or letter.islower()):
            continue  # a number, an initial's mark or a script without capitals
        if letter.islower() and word.casefold() not in _FIELD_NAME_LINKS:
            return False
    return True


#: A Chinese paper's reporter or columnist mark in a writer's field, before the name or alone.
_CJK_MARK = re.compile(
    r"本报特约记者|本報特約記者|本报记者|本報記者|特约记者|特約記者|本报通讯员|本報通訊員|通讯员|通訊員|"
    r"本报评论员|本報評論員|特约评论员|特約評論員|评论员|評論員|实习生|實習生|记者|記者"
)
_CJK_MARK_SPLIT = re.compile(r"[\s、，,]+")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


# -- elements the page marks as its byline -------------------------------------------------

#: Words of a class or id (its parts between "-", "_" and case changes) that mark a byline:
#: "byline" ("tnt-byline", "ArticleByline") anywhere, "by" as the value's last part or whole
#: ("gnt_ar_by", "article-by", "<span class="by">"; not "by-section").
_MARK_WORDS = frozenset({"byline", "bylines"})
#: What a class ending on "by" names that is no byline: a sponsor ("sponsored-by", "presented-by",
#: "powered-by") or a reviewer ("reviewed-by").
_NOT_BYLINE_BY = frozenset({"sponsored", "presented", "powered", "reviewed", "sponsor", "supported", "brought"})
#: A line that credits a sponsor, no writer ("Presented by Harbor Savings Bank").
SPONSOR_LINE = re.compile(
    r"^\W*(?:sponsored|presented|powered|supported|brought\s+to\s+you|in\s+partnership|paid\s+for)\s+(?:by|with)\b",
    re.IGNORECASE,
)
_PARTS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
#: A data attribute that marks a byline (``data-component="byline-block"``, ``data-testid="byline-new"``).
DATA_MARK = re.compile(r"data-(?:component|testid)=[\"'][^\"']*[Bb]yline")
DATA_MARK_XPATH = etree.XPath(
    "//*[contains(translate(@data-component, 'B', 'b'), 'byline') or contains(translate(@data-testid, 'B', 'b'), 'byline')]"
)


def marks_byline(value: str) -> bool:
    """True when a class or id ``value`` says its element is a byline (see ``_MARK_WORDS``)."""
    for word in value.split():
        parts = [p.casefold() for p in _PARTS.split(word) if p]
        ends_by = parts[-1:] == ["by"] and (len(parts) == 1 or parts[-2] not in _NOT_BYLINE_BY)  # "by" alone too
        if parts and (ends_by or any(p in _MARK_WORDS for p in parts)):
            return True
    return False


#: Class words that mark a byline in one language only, as another language uses the word for
#: something else (German "Firma" is a company): Spanish, Catalan and Italian "firma" (the
#: signature), Portuguese "assinatura", French "signature" (a forum post's signature elsewhere).
#: Read on pages in that language (``language_marked_values``).
LANGUAGE_MARK_WORDS = {
    "fr": frozenset({"signature", "signatures"}),
    "es": frozenset({"firma", "firmas"}),
    "ca": frozenset({"firma", "signatura"}),
    "it": frozenset({"firma"}),
    "pt": frozenset({"assinatura"}),
}


def language_marked_values(values: Iterable[str], language: str | None) -> frozenset[str]:
    """The class (or id) values among ``values`` that mark a byline in ``language`` (a two-letter
    code) by a word of ``LANGUAGE_MARK_WORDS`` ("firma", "article__firma" on a Spanish page)."""
    words = LANGUAGE_MARK_WORDS.get((language or "")[:2].casefold())
    if not words:
        return frozenset()
    return frozenset(
        v
        for v in values
        if any(w in v.casefold() for w in words)
        and any(p.casefold() in words for word in v.split() for p in _PARTS.split(word) if p)
    )


def marked_values(values: Iterable[str]) -> frozenset[str]:
    """The class (or id) values among ``values`` that mark a byline."""
    return frozenset(v for v in values if ("by" in v or "By" in v or "BY" in v) and marks_byline(v))


def outermost(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """``nodes`` less those inside another of them."""
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


#: Elements that break a line in a byline block; ``<time>`` holds the date beside the name.
_LINE_TAGS = frozenset(
    "br p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section header footer figure address table tr td".split()
)
_SKIP_TAGS = frozenset({"time", "script", "style", "noscript", "button", "svg", "img", "figure"})


def _glued_block(el: HtmlElement, before: str) -> bool:
    """True when ``el`` opens a block of its own run on to a full name with no space ("<span>Alun
    Pritchard</span><span>BNC Wales, Holyhead</span>": a style sheet sets them apart): a capital
    after the letter ending two words at least, nothing between the two elements."""
    previous = el.getprevious()
    text = el.text or ""
    return (
        previous is not None
        and isinstance(previous.tag, str)
        and previous.tag not in _SKIP_TAGS
        and not previous.tail
        and text[:1].isupper()
        and before[-1:].isalpha()
        and len(before.split()) >= 2
    )


def first_line(node: HtmlElement) -> str:
    """The first line with text of a byline block: its text up to the first element that breaks a
    line after some text, or a block run on to a name (``_glued_block``), a ``<time>``'s date left
    out ("<time>24 November 2025</time><div><span>Sarah Blake</span><div>BBC News, Wiltshire</div></div>"
    -> "Sarah Blake")."""
    parts: list[str] = []
    for event, el in etree.iterwalk(node, events=("start", "end")):
        if not isinstance(el.tag, str):
            if event == "end" and el.tail and "".join(parts).strip():
                parts.append(el.tail)
            continue
        if event == "start":
            if el is not node and el.tag in _LINE_TAGS and "".join(parts).strip():
                break
            if el is not node and _glued_block(el, "".join(parts)):
                break
            if el.tag in _SKIP_TAGS:
                continue
            if el.text and not any(a.tag in _SKIP_TAGS for a in el.iterancestors() if a is not node):
                parts.append(el.text)
        else:
            if el is node:
                break
            if el.tag in _LINE_TAGS and "".join(parts).strip():
                break
            if el.tail and not any(a.tag in _SKIP_TAGS for a in el.iterancestors() if a is not node):
                parts.append(el.tail)
    return " ".join("".join(parts).split())


# -- the paper's name and an agency beside the writer -------------------------------------


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


#: A broadcaster's or a paper's initials behind its writers ("By Jana Ulm and Piet Horn, CNN", "NDR").
_OUTLET_INITIALS = re.compile(r"^[A-Z]{2,5}$")
#: Initials this long are a person's as often as an outlet's ("By Jana Ulm and MJ"): dropped only
#: when they name a known outlet, an agency or the site.
MIN_UNKNOWN_OUTLET_INITIALS = 3


def _site_spellings(papers: Iterable[str]) -> set[str]:
    """Keys the paper's names spell: whole, a host's first label, their initials ("Lakeside Ledger":
    "ll"; "ndr.de": "ndr")."""
    keys = set()
    for paper in papers:
        keys.add(_key(paper))
        keys.add(_key(paper.split(".")[0]))
        if len(words := paper.split()) > 1:
            keys.add(_key("".join(word[:1] for word in words)))
    return keys - {""}


def _outlet_initials(name: str, others: list[str], papers: Iterable[str], raw: str) -> bool:
    """True when ``name``, initials in capitals behind other writers, is an outlet's: a known
    publisher, an agency, the site's name or initials; else initials of three letters or more,
    unless the other names are written in capitals too ("RIZKY AMALIA, AGUS": a mononym)."""
    if not _OUTLET_INITIALS.match(name):
        return False
    if name in KNOWN_PUBLISHER_NAMES or agency_name(name) or _key(name) in _site_spellings(papers):
        return True
    if raw and all(other.upper() in raw for other in others):
        return False
    return len(name) >= MIN_UNKNOWN_OUTLET_INITIALS


def without_paper(
    people: list[str], papers: Iterable[str], owners: Iterable[str] = (), raw: Iterable[str] = ()
) -> list[str]:
    """``people`` less a name after the first that is the paper's own (``papers``: the name its
    ``<title>`` ends on, its host's first label): "By Jake Sheridan | e-mail | Lakefront Tribune"
    on lakefronttribune.example names one person. A site's owner (``owners``) stays. An outlet
    behind the writers (a publisher the credits know, "The Hindu", or initials alone, "CNN", "NDR";
    see ``_outlet_initials``, which reads the byline as written, ``raw``) is no writer either; alone,
    a byline's initials stay ("CNN Wire", "NDR": no one else is named)."""
    if len(people) < 2:
        return people
    papers = list(papers)
    keys = {k for p in papers if len(k := _key(p)) >= 4} - {_key(o) for o in owners}
    text = " ".join(raw)
    kept = [people[0]]
    for name in people[1:]:
        others = [p for p in people if p != name]
        if _key(name) in keys or name in KNOWN_PUBLISHER_NAMES or _outlet_initials(name, others, papers, text):
            continue
        kept.append(name)
    return kept


#: A joint credit: a name, "with", an agency ("Berita Contoh dengan Bernama", "Jana Ulm with AFP").
_JOINT = re.compile(r"^(?P<head>.+?)\s+(?:dengan|bersama|with|avec|con|com|mit|met)\s+(?P<agency>\S.{0,40})$")


def joint_agency(text: str, agency_of: object) -> tuple[str, str | None]:
    """``(head, agency)`` of a joint credit whose second part is a wire agency ("Ahmad Zaki dengan
    Bernama" -> "Ahmad Zaki", "Bernama"), else ``(text, None)``. ``agency_of``: ``byline_agency``."""
    match = _JOINT.match(text) if " " in text else None
    if match is None:
        return text, None
    agency = agency_of(match.group("agency").strip(" .,;:"))  # type: ignore[operator]
    return (match.group("head"), agency) if agency else (text, None)


def joint_credit(text: str, agency_of: object) -> bool:
    """True for a joint credit naming a wire agency (see ``joint_agency``)."""
    return joint_agency(" ".join(text.split()), agency_of)[1] is not None


def with_joint(agencies: list[str], joint: list[str]) -> list[str]:
    """``agencies`` and then those of joint credits not among them."""
    return agencies + [a for a in joint if a not in agencies]


# -- words no person's name holds ----------------------------------------------------------

#: Four capitals or more with no vowel ("TTXVN", "DHNS"): an agency's or a news service's initials
#: (Vietnam's "Thông tấn xã Việt Nam", "Deccan Herald News Service"), no word of a name ("MARK" has
#: one). Three are a broadcaster's as often ("NDR", "CNN Wire": the evaluation gold keeps those).
_VOWELLESS_CAPS = re.compile(r"^[B-DF-HJ-NP-TV-XZ]{4,}$")
#: A byline that is a news network's or news service's initials alone: a desk's credit ("TNN": Times
#: News Network; "PNS", "DHNS": a paper's news service).
#: A broadcaster's initials ("CNN") are no such credit, nor "BNS" (the Baltic News Service's byline,
#: read as its writer).
_NEWS_SERVICE = re.compile(r"^(?!BNS$)(?:[B-DF-HJ-NP-TV-XZ]{1,2}NS|TNN)$")
#: Initials in capitals joined by a hyphen or a slash: two wires credited in one word ("AFP-JIJI",
#: "AP/REUTERS"), when every part is an agency: a name in capitals is joined so too ("JEAN-PAUL").
_JOINED_CAPS = re.compile(r"^[A-Z]{2,}(?:[-/][A-Z]{2,})+$")
#: The labels a date line opens with in Korean, Chinese and Japanese ("기사입력 2026-11-26 11:10":
#: the article was posted; "发布时间", "公開日"), left alone once the date is cut off.
CJK_STAMP_WORDS = frozenset(
    "기사입력 입력 수정 최종수정 등록 승인 업데이트 发布时间 发布 更新时间 更新 發布時間 发布日期 公開日 更新日 投稿日 配信日".split()
)


def credit_words(name: str) -> bool:
    """True when ``name`` holds a word no person's name does: initials in capitals with no vowel
    ("Theo TTXVN"), two wires' initials joined ("AFP-JIJI"), or it is a news service's initials alone
    ("TNN") or opens with a date's label ("기사입력")."""
    words = name.split()
    if not words:
        return False
    if words[0] in CJK_STAMP_WORDS or (len(words) == 1 and _NEWS_SERVICE.match(words[0])):
        return True
    return any(_VOWELLESS_CAPS.match(w) or (_JOINED_CAPS.match(w) and byline_agencies(w)) for w in words)


# -- byline shapes of other languages ------------------------------------------------------

#: Dutch "en" ("and") between two writers in a byline the Dutch label "Door" opens ("Door Sanne de
#: Vries en Pieter van den Berg"); elsewhere "en" is French and Spanish "in" ("Jana Ulm en Madrid").
_DUTCH_BYLINE = re.compile(r"^\s*door\s", re.IGNORECASE)
_DUTCH_AND = re.compile(r"\s+en\s+(?=[A-ZÀ-ÖØ-Þ])")


def dutch_writers(text: str) -> str:
    """``text`` with Dutch "en" between writers written "&" when a "Door" label opens it."""
    return _DUTCH_AND.sub(" & ", text) if _DUTCH_BYLINE.match(text) and " en " in text else text


#: Co-authors in an aside behind the first writer: "Martin Untersinger (avec Damien Leloup et
#: Morgane Tual)", "Jana Ulm (with Piet Horn)", "Jana Ulm (mit Piet Horn und Ann Lee)". The words
#: after "with" must all be full names ("(mit Agenturen)", "(with Reuters)", "(with additional
#: reporting by ...)" are no co-authors: the agency's aside is read as a credit).
_COAUTHOR_ASIDE = re.compile(r"\((?:avec|with|mit|con|com|met|dengan|bersama)\s+(?P<names>[A-ZÀ-ÖØ-Þ][^()]{2,120})\)")
_ASIDE_JOINS = re.compile(r"\s*(?:,|&|\b(?:and|et|und|y|e|en|dan)\b)\s*")


def coauthor_aside(text: str, person_shaped: Callable[[str], bool]) -> str:
    """``text`` with an aside that names co-authors ("A (avec B et C)") written as a list ("A,
    B et C"); else ``text``."""
    if "(" not in text:
        return text

    def as_list(match: re.Match[str]) -> str:
        names = [n for n in _ASIDE_JOINS.split(match.group("names").strip()) if n]
        return ", " + match.group("names") if names and all(person_shaped(n) for n in names) else match.group()

    return _COAUTHOR_ASIDE.sub(as_list, text)


#: An editor's mark in lower case joined by a slash to a credit, as German papers sign a piece they
#: edited from a wire's copy or a colleague's ("det/dpa", "dpa/lno", "MDR THÜRINGEN/ls"): initials,
#: no name.
#: (Set on the slash with no space: "jana ulm / piet horn" are two writers in lower case.)
_SLASHED_MARK = re.compile(r"(?<![\w.])[a-zäöüß]{2,4}(?=/\S)|(?<=\S/)[a-zäöüß]{2,4}(?![\w.])")


def without_editor_marks(text: str) -> str:
    """``text`` without the lower-case editors' marks beside a slash (an agency's name such as
    "dpa" stays)."""
    if "/" not in text:
        return text
    return _SLASHED_MARK.sub(lambda m: m.group() if agency_name(m.group()) else "", text)


#: Where the writer files from, behind the name: "Ayesha Siddiqui reports from Karachi", "Jana Ulm
#: reporting from Kyiv", "Jana Ulm writes from Lisbon", "Jana Ulm, who reports from Kyiv".
_REPORTS_FROM = re.compile(r"(?:,?\s+who)?\s+(?:reports|reporting|writes|writing|filed|files)\s+(?:from|in)\s+\S.*$")


#: Where an Arabic byline was filed, before a dash and the writer's full name, as the Arabic press
#: writes it ("الرياض - فلان الفلاني": Riyadh - the writer): one word, then a name of two to four.
_ARABIC_PLACE_FIRST = re.compile(r"^[\u0600-\u06ff]+\s+[-–—]\s+(?=[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+){1,3}$)")
#: The same place after the name ("حسام أبو العلا - القاهرة": the writer - Cairo).
_ARABIC_PLACE_LAST = re.compile(r"^(?P<name>[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+){1,3})\s+[-–—]\s+[\u0600-\u06ff]+$")


def without_report_place(text: str) -> str:
    """``text`` less a "reports from <place>" behind the writer's name, or an Arabic byline's place
    before it or after it ("بريدة - عبدالله الحربي", "حسام أبو العلا - القاهرة")."""
    if " from " in text or " in " in text:
        return _REPORTS_FROM.sub("", text)
    if " - " in text or " – " in text or " — " in text:
        return _ARABIC_PLACE_LAST.sub(r"\g<name>", _ARABIC_PLACE_FIRST.sub("", text))
    return text


#: A Chinese reporter's label before the names, which follow with spaces or "、" between them
#: ("本报记者 王晓明 李娜": this paper's reporters; "记者 张伟", "通讯员 李娜").
_CJK_REPORTER = re.compile(
    r"^(?:(?:本报记者|本報記者|本报特约记者|特约记者|本报通讯员|通讯员|通訊員|记者|記者|实习生|實習生)\s*[:：/]?|文\s*[:：/／])\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[\s、，,]\s*[\u4e00-\u9fff]{2,4})*)$"
)


def cjk_reporter_names(text: str) -> str | None:
    """The names a Chinese reporter's label gives, a comma between them ("王晓明, 李娜"), else None.
    A role's mark between them is no name ("记者 李娜 实习生 王小明": the intern 王小明); where they
    reported from goes after "、" as the clean-up reads it ("记者 王小明、李娜 北京报道")."""
    match = _CJK_REPORTER.match(text)
    if match is None:
        return None
    names = [n for n in re.split(r"\s*[\s、，,]\s*", match.group("names")) if n and not cjk_role_mark(n)]
    if len(names) > 1 and (names[-1].endswith(_CJK_REPORT_ENDS) or len(names[-1]) == 2):
        # "李娜 北京报道", "李娜 北京": the last part may be a place, told by the clean-up after "、".
        return ", ".join(names[:-1]) + "、" + names[-1]
    return ", ".join(names) if names else None


#: A Chinese reporter's or contributor's role written between the names of a byline: intern,
#: correspondent, special or trainee reporter, photographer ("记者 李娜 实习生 王小明").
_CJK_ROLE_MARK = re.compile(
    r"(?:本报|本報)?(?:特约|特約|见习|見習|实习|實習|摄影|攝影)?(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|编辑|編輯)"
)
_CJK_REPORT_ENDS = ("报道", "報導", "報道", "电", "電", "讯", "訊")


def cjk_role_mark(word: str) -> bool:
    """True when ``word`` is a Chinese reporter's role alone ("实习生", "通讯员", "本报记者"), no name."""
    return _CJK_ROLE_MARK.fullmatch(word) is not None


# -- the site's name in its address --------------------------------------------------------

#: Second-level labels under a country's domain that name no site ("co.uk", "com.my", "co.id").
_SECOND_LEVEL = frozenset("co com net org or ac go gov edu web my biz info ne".split())


def domain_label(host: str) -> str | None:
    """The label that names the site in a host with a subdomain before it ("economy.okezona.com",
    "news.harbour.co.uk": "okezona", "harbour"), else None (a host without one names the site by
    its first label already)."""
    labels = host.casefold().removeprefix("www.").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 3 and labels[-2] else None


# -- a Japanese or Chinese signature -------------------------------------------------------

#: A reporter's name in full-width parentheses closing a Japanese or Chinese story ("（高橋 美咲）"):
#: two to six kanji, a space between family and given name at most.
_CJK_SIGNATURE = re.compile(r"^[（(]\s*(?P<name>[\u4e00-\u9fff]{1,4}(?:\s?[\u4e00-\u9fff]{1,4})?)\s*[）)]$")
#: Words of a closing line in brackets that no name holds: the story's end or continuation
#: ("（全文完）", "（未完待续）"), an editor's credit ("（责任编辑）"), a reporter's label alone ("（记者）").
_CJK_NOT_NAME = re.compile(r"完$|续$|續$|未完|待续|待續|编辑|編輯|編集|^(?:记者|記者)$")
#: How a Japanese or Chinese sentence ends: the line a signature follows.
CJK_SENTENCE_ENDS = ("。", "」", "！", "？", "』")


def cjk_signature(line: str) -> str | None:
    """The name of a closing "（高橋 美咲）", two kanji at least, else None ("（完）" ends a story; an
    agency's "（共同）" is left to the caller's name clean-up)."""
    match = _CJK_SIGNATURE.match(line.strip())
    if match is None or len(match.group("name").replace(" ", "")) < 2:
        return None
    name = match.group("name")
    if agency_name(name) or _CJK_NOT_NAME.search(name):
        return None  # an agency's credit ("（時事）") or a story's end or editor's mark ("（未完待续）")
    return name


#: A closing name in brackets behind the story's last sentence, on its line ("... bleibt
#: spannend. (Jana M. Ulm)", German and Austrian regional papers; a "+++" may end the story). Not
#: behind a closing quotation mark: that name is the speaker's ("„Wir schaffen das.“ (Angela Merkel)").
_BRACKET_SIGNATURE = re.compile(r"[.!?…]\s*\((?P<name>[^()\d:/]{4,48})\)\s*(?:\+{3})?$")


def bracketed_signature(line: str, signature_name: Callable[[str], str | None]) -> tuple[str, str] | None:
    """``(name, closing text)`` when ``line`` is a sentence signed by a name in brackets after it
    ("... bleibt spannend. (Jana M. Ulm)"), the name as ``signature_name`` reads it (a full name:
    an agency's "(dpa)" or a reporter's initials "(jmu)" are no signature); else None."""
    if not line.endswith((")", "+")):
        return None
    match = _BRACKET_SIGNATURE.search(line)
    if match is None:
        return None
    name = signature_name(match.group("name"))
    if not name or agency_name(name):
        return None
    return name, line[match.start() + 1 :].strip()


# -- Parse.ly's page meta ------------------------------------------------------------------


def parsely_page_authors(value: str | None) -> list[str]:
    """The writers Parse.ly's older ``parsely-page`` meta names in its JSON (``"author"``: a name
    or a list of them; ``"authors"``), else none."""
    if not value or "author" not in value:
        return []
    try:
        data = json.loads(value)
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    found = data.get("authors") or data.get("author")
    names = [found] if isinstance(found, str) else found if isinstance(found, list) else []
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]


def spells_label(name: str, label: str) -> bool:
    """True when ``name`` is a host's ``label`` written as a name ("Okezona" for "okezona"); a
    name holding more letters is a writer's ("Krimiblogger" on krimiblog.de)."""
    return "".join(ch for ch in name.casefold() if ch.isalnum()) == label.replace("-", "")
