"""Bylines, datelines and credits as the press writes them beyond English (review R9).

A documented vocabulary, by language, used by ``attribution`` (datelines) and the author steps
(labels, reporter marks):

- byline labels before a name (``BYLINE_LABELS``): Italian "Di" (only before a full name of two
  words or more: "Di Marco" alone may be a surname), Portuguese and Spanish "Texto e fotos:",
  Arabic "كتب:" / "بقلم"; Chinese and Japanese 记者 / 記者 before a name, Korean 기자 / 특파원
  and Japanese 記者 after it (``reporter_names``);
- datelines with their credit (``take_intl_dateline``): Spanish "Madrid, 24 nov (EFE).-" is read
  by ``attribution``'s own pattern; a press release wire's "CIUDAD DE MÉXICO, 24 de noviembre de
  2025 /PRNewswire/ --", "PITTSBURGH--(BUSINESS WIRE)--", "VANCOUVER, BC / ACCESSWIRE / November
  24, 2025 /" (``PR_WIRES``: a distributor, no agency and no author); Japanese
  【ワシントン共同】; Chinese 新华社北京11月24日电（记者王磊、李娜）; Taiwanese 〔記者陳怡君／台北報導〕;
  Korean (서울=연합뉴스) 김민수 기자 =;
- a relative time after a byline's name ("Agencia EFE · hace 3 horas"), no name.

The CJK patterns run only on text that holds CJK characters (a cheap test first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: Press release distributors as their datelines credit them ("/PRNewswire/ --", "(BUSINESS WIRE)--",
#: "/CNW/", "(GLOBE NEWSWIRE)"): the company that issues the release is no author.
PR_WIRES = (
    r"PR\s?Newswire(?:-[\w ]{2,30})?",
    r"Business\s?Wire",
    r"GLOBE\s?NEWSWIRE",
    r"ACCESSWIRE",
    r"ACCESS\s?Newswire",
    r"Newsfile\s+Corp\.?",
    r"CNW",
    r"EIN\s?Presswire(?:\.com)?",
    r"PRWeb",
    r"Marketwired",
)
_PR_WIRE = "(?i:" + "|".join(PR_WIRES) + ")"
# "CIUDAD DE MÉXICO, 24 de noviembre de 2025 /PRNewswire/ --", "NEW YORK, Nov. 24, 2025 (GLOBE NEWSWIRE) --"
_PR_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^,()/\n]{1,40}?),\s*[^()/\n]{3,40}?\s*"
    rf"(?P<credit>[/(]\s*(?P<wire>{_PR_WIRE})\s*[/)]\s*(?:-{{1,2}}|–|—)\s*)"
)
# Business Wire's "PITTSBURGH--(BUSINESS WIRE)--" (no date; a dash before the credit) and
# Accesswire's "VANCOUVER, BC / ACCESSWIRE / November 24, 2025 /" (the date after the credit).
_PR_DATELINE_BARE = re.compile(
    r"^(?P<place>[^\W\d_][^,()/\n]{1,40}?)(?:,\s*[^\W\d_][^,()/\n]{1,20}?)?\s*"
    rf"(?:(?:-{{1,2}}|–|—)\s*(?P<credit>\(\s*(?P<wire>{_PR_WIRE})\s*\)\s*(?:-{{1,2}}|–|—)\s*)"
    rf"|(?P<credit2>/\s*(?P<wire2>{_PR_WIRE})\s*/\s*[^/\n]{{3,40}}?\s*/\s*))"
)
_PR_CUE = re.compile(r"[/(]\s*" + _PR_WIRE + r"\s*[/)]")


def _place_words(place: str) -> bool:
    """True when every word of ``place`` opens with a capital, but short particles ("de", "&")."""
    return all(word[0].isupper() or len(word) <= 3 for word in place.split())


def _pr_dateline(paragraph: str) -> tuple[str, str, str] | None:
    """``(place, credit, rest)`` of a press release wire's dateline at the paragraph's head, else None."""
    match = _PR_DATELINE.match(paragraph)
    if match:
        return match.group("place").strip(), match.group("credit").strip(), paragraph[match.end() :]
    match = _PR_DATELINE_BARE.match(paragraph)
    if match and _place_words(match.group("place")):
        credit = match.group("credit") or match.group("credit2")
        return match.group("place").strip(), credit.strip(), paragraph[match.end() :]
    return None


#: CJK characters (Han, kana, Hangul): the cheap test before the CJK patterns.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_HAN = r"[\u3400-\u9fff]"
#: Agencies as CJK datelines name them (their canonical names in ``attribution.AGENCIES``).
CJK_AGENCY_MARKS = (
    "AFP時事",
    "共同通信",
    "共同",
    "時事",
    "新华社",
    "新華社",
    "中央社",
    "聯合",
    "联合",
    "ロイター",
    "연합뉴스",
)
_JA_MARKS = "|".join(re.escape(m) for m in CJK_AGENCY_MARKS)
# 【ワシントン共同】, 【ソウル聯合】, 【パリAFP時事】, 【ワシントン＝山田太郎】 (a paper's own correspondent).
_JA_DATELINE = re.compile(
    rf"^【(?P<place>[^【】=＝\s\d]{{0,12}}?)(?:(?P<agency>{_JA_MARKS})|[=＝](?P<name>[^【】]{{2,12}}))】\s*"
)
# 新华社北京11月24日电（记者王磊、李娜）, 本报上海11月24日电, 中新网11月24日电
_ZH_DATELINE = re.compile(
    rf"^(?P<agency>新华社|新華社|中新社|中新网|本报|本報)(?P<place>{_HAN}{{2,8}}?)?(?:\d{{1,2}}月)?\d{{1,2}}日(?:电|電)"
    rf"\s*(?:[（(](?:记者|記者)\s*(?P<names>[^（）()]{{2,40}}?)\s*[）)])?\s*"
)
# 〔記者陳怡君／台北報導〕, [记者 王磊/北京报道]
_TW_DATELINE = re.compile(
    rf"^[〔\[［【(（](?:记者|記者)\s*(?P<names>{_HAN}{{2,4}}(?:[、，,]\s*{_HAN}{{2,4}})*)\s*[／/]\s*"
    rf"(?P<place>{_HAN}{{2,8}}?)\s*(?:報導|报道|電|电)[〕\]］】)）]\s*"
)
# Taiwan's CNA opens with its credit, the reporters and the place run together in parentheses:
# （中央社記者林怡君台北26日電）, （中央社記者林怡君、王大明華盛頓25日專電）, （中央社台北26日電）.
_CNA_DATELINE = re.compile(
    rf"^[（(](?P<agency>中央社)(?:(?P<reporter>記者|记者)(?P<names>(?:{_HAN}{{2,4}}[、，,])*))?(?P<run>{_HAN}{{2,12}}?)"
    r"\d{1,2}日(?:綜合)?(?:專電|专电|電|电|外電報導|外电报导)[）)]\s*"
)
#: The places of Taiwan's domestic datelines (its cities and counties): the end of CNA's run of a
#: reporter's name and the place (林怡君台北); another place follows a name of three characters.
TAIWAN_PLACES = (
    "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "嘉義", "苗栗",
    "彰化", "南投", "雲林", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "馬祖", "連江",
)  # fmt: skip
# (서울=연합뉴스) 김민수 기자 =
_KO_DATELINE = re.compile(
    r"^[(\[](?P<place>[가-힣]{1,10})\s*=\s*(?P<agency>연합뉴스|뉴시스|뉴스1)[)\]]\s*"
    r"(?:(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=\s*)?"
)
#: How many of the story's first paragraphs are looked at for a dateline (a header's lines may lead:
#: "Noticias proporcionadas por", the company, the date; ``attribution.MAX_DATELINE_PARAGRAPH`` + 1).
MAX_LEAD_PARAGRAPHS = 4
_NAME_SPLIT = re.compile(r"\s*[、，,·]\s*")


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK character (Han, kana, Hangul)."""
    return bool(_CJK.search(text))


@dataclass(slots=True)
class IntlDateline:
    """A dateline read off a paragraph: the rest, the place, the credit and the reporters it names."""

    rest: str
    place: str | None
    credit: str | None
    names: list[str]


def take_intl_dateline(paragraph: str) -> IntlDateline | None:
    """The dateline a press release wire or a CJK paper writes at a story's head, else None.

    >>> d = take_intl_dateline("【ワシントン共同】米商務省は24日、発表した。")
    >>> (d.rest, d.place, d.credit)
    ('米商務省は24日、発表した。', 'ワシントン', '共同')
    """
    if "/" in paragraph[:120] or "(" in paragraph[:120]:
        found = _pr_dateline(paragraph)
        if found and len(found[2].split()) >= 6:
            return IntlDateline(found[2], found[0], found[1], [])
    if not _CJK.search(paragraph[:80]):
        return None
    text = paragraph.lstrip("\u3000 ")
    match = _JA_DATELINE.match(text)
    if match:
        name = (match.group("name") or "").strip()
        return IntlDateline(
            text[match.end() :], match.group("place") or None, match.group("agency"), [name] if name else []
        )
    match = _ZH_DATELINE.match(text)
    if match:
        agency = match.group("agency")
        credit = None if agency in ("本报", "本報") else agency
        names = [n for n in _NAME_SPLIT.split(match.group("names") or "") if n]
        return IntlDateline(text[match.end() :], match.group("place"), credit, names)
    match = _TW_DATELINE.match(text)
    if match:
        names = [n for n in _NAME_SPLIT.split(match.group("names")) if n]
        return IntlDateline(text[match.end() :], match.group("place"), None, names)
    match = _CNA_DATELINE.match(text)
    if match:
        run, names = match.group("run"), [n for n in _NAME_SPLIT.split(match.group("names") or "") if n]
        place = run
        if match.group("reporter"):  # the last reporter's name runs into the place
            place = next((p for p in TAIWAN_PLACES if run.endswith(p) and len(run) - len(p) >= 2), None)
            place = place or (run[3:] if len(run) >= 5 else None)
            if place is None:
                return None
            names.append(run[: len(run) - len(place)])
        return IntlDateline(text[match.end() :], place, match.group("agency"), names)
    match = _KO_DATELINE.match(text)
    if match:
        names = [n for n in _NAME_SPLIT.split(match.group("names") or "") if n]
        return IntlDateline(text[match.end() :], match.group("place"), match.group("agency"), names)
    return None


def press_release_wire(paragraphs: list[str]) -> bool:
    """True when one of the story's first paragraphs opens with a press release wire's dateline."""
    return any(_PR_CUE.search(p[:160]) and _pr_dateline(p) for p in paragraphs[:MAX_LEAD_PARAGRAPHS])


def dateline_reporters(paragraphs: list[str]) -> list[str]:
    """The reporters a CJK dateline of the story's first paragraphs names (（记者王磊、李娜）)."""
    for paragraph in paragraphs[:MAX_LEAD_PARAGRAPHS]:
        if _CJK.search(paragraph[:40]):
            found = take_intl_dateline(paragraph)
            if found is not None:
                return found.names
    return []


# -- byline labels ----------------------------------------------------------------------------------

#: Labels that open a byline, by language (lower case; the English, German, French and Indonesian
#: ones are ``cleaning._BYLINE_LABEL``'s). Italian "di" is handled apart (``_ITALIAN_DI``).
BYLINE_LABELS: dict[str, tuple[str, ...]] = {
    "pt": ("texto e fotos", "texto e foto", "textos e fotos", "texto", "reportagem", "redação de"),
    "es": ("texto y fotos", "texto y foto", "texto", "redacción de"),
    "it": ("testo e foto", "testo e fotografie", "testo", "a cura di"),
    "ar": ("كتب", "كتبت", "بقلم", "إعداد", "تقرير"),
    "zh": ("记者", "記者", "作者", "撰稿", "文", "撰文"),
    "pl": ("tekst",),
    # Turkish "Yazar" (writer), "Muhabir" (reporter), "Haber" is the story, no label.
    "tr": ("yazar", "muhabir"),
    # Dutch "Verslaggever" (reporter), Greek "Συντάκτης" (writer). Not "Redaktor"/"Redactor": an
    # editor in Polish and Romanian as often as the writer.
    "nl": ("verslaggever",),
    "el": ("συντάκτης", "συντάκτρια"),
    "vi": ("tác giả", "bài và ảnh", "bài"),
    "th": ("เขียนโดย", "ผู้เขียน", "โดย"),
    "hi": ("रिपोर्ट", "लेखक"),
    "ur": ("تحریر", "رپورٹ"),
    "fa": ("نویسنده", "گزارش", "خبرنگار"),
    "bn": ("লেখক",),
    # Finnish "Teksti" (text; "Kuvat", the pictures, is the photographer's), "Toimittaja" (reporter),
    # Estonian "Tekst", Tamil "செய்தியாளர்" (reporter), "எழுத்து" (writing), Mongolian
    # "Сурвалжлагч" (reporter), "Нийтлэлч" (columnist), Hungarian "Szerző".
    "fi": ("teksti", "toimittaja", "kirjoittaja"),
    "ta": ("செய்தியாளர்", "எழுத்து"),
    "mn": ("сурвалжлагч", "нийтлэлч", "зохиогч"),
    "hu": ("szerző",),
}
_LABEL_ALT = "|".join(
    re.escape(label)
    for label in sorted({lb for labels in BYLINE_LABELS.values() for lb in labels}, key=len, reverse=True)
)
_LABEL = re.compile(rf"^\s*(?:{_LABEL_ALT})\s*(?:[:：／/\-–—|]\s*|\s+(?=\S))", re.IGNORECASE)
# 记者王磊, 記者陳怡君: the reporter mark glued to the name.
_HAN_LABEL = re.compile(r"^\s*(?:记者|記者)\s*(?=[\u3400-\u9fff])")
# "Di Marco Rossi": Italian "by" before a full name (two capitalised words at least); Romanian
# "de Andrei Popescu" in lower case (a name's own particle comes before one surname: "de Gaulle");
_ITALIAN_DI = re.compile(r"^\s*(?:di|Di|DI|de)\s+(?=[A-ZÀ-ÖØ-Þ][\w'’.-]+\s+[A-ZÀ-ÖØ-Þ])")
# Swedish and Norwegian "Av", Danish "Af" before any capitalised word ("Av Lea Holm och Nils
# Berg", "Af Ritzau": by the agency), on a page in those languages or in one not known; never
# "AV"/"AF" in capitals ("AF Hossain": a name's initials), nor on a page in another language ("Av
# Ramos Silva" on an English page: "Av" is his name's).
_SCANDINAVIAN_BY = re.compile(r"^\s*(?:av|Av|af|Af)\s+(?=[A-ZÀ-ÖØ-Þ])")
_SCANDINAVIAN = frozenset(("da", "no", "nb", "nn", "sv"))
# "김민수 기자", "山田太郎記者", "王磊 记者": a reporter mark after the name.
_REPORTER_AFTER = re.compile(
    r"^(?P<names>(?:[가-힣]{2,4}|[\u3400-\u9fff]{2,5})(?:\s*[·,、]\s*(?:[가-힣]{2,4}|[\u3400-\u9fff]{2,5}))*)"
    r"\s*(?:기자|특파원|記者|记者|特派員)(?:\s+\S+@\S+)?$"
)
# A relative time behind a name ("Agencia EFE · hace 3 horas", "il y a 2 heures", "vor 3 Stunden").
_RELATIVE_TIME = re.compile(
    r"(?:^|\s|[·•|,-])\s*(?:(?:hace|há|il\s+y\s+a|vor|fa)\s+(?:\d+|un|una|uno|une|um|uma|einer?|einem)\s+[^\W\d_]+"
    r"|\d+\s+[^\W\d_]+\s+(?:ago|fa|geleden|temu|lalu|назад))\s*$",
    re.IGNORECASE,
)


def strip_intl_label(text: str, language: Callable[[], str | None] | None = None) -> str:
    """``text`` without a byline label of ``BYLINE_LABELS`` in front, a reporter mark behind and a
    relative time at its end: "Di Marco Rossi" -> "Marco Rossi", "كتب: أحمد سالم" -> "أحمد سالم",
    "김민수 기자" -> "김민수", "Agencia EFE · hace 3 horas" -> "Agencia EFE". ``language`` (a
    callable, asked only for "Av"/"Af", giving the page's language code or None) keeps "Av"/"Af"
    on a page in a language other than Danish, Norwegian or Swedish."""
    if not text:
        return text
    stripped = _LABEL.sub("", text, count=1)
    stripped = _ITALIAN_DI.sub("", stripped, count=1)
    if _SCANDINAVIAN_BY.match(stripped) is not None:
        code = language() if language is not None else None
        if code is None or code.split("-")[0] in _SCANDINAVIAN:
            stripped = _SCANDINAVIAN_BY.sub("", stripped, count=1)
    if _CJK.search(stripped):
        stripped = _HAN_LABEL.sub("", stripped, count=1)
        match = _REPORTER_AFTER.match(stripped.strip())
        if match:
            stripped = match.group("names")
    stripped = _RELATIVE_TIME.sub("", stripped).rstrip(" ·•|,-")
    return stripped.strip() or text


def reporter_names(line: str) -> list[str]:
    """The names of a reporter line ("김민수 기자", "记者 王磊 李娜"), else nothing."""
    line = line.strip()
    if not line or len(line) > 60 or not _CJK.search(line):
        return []
    match = _REPORTER_AFTER.match(line)
    if match:
        return [n for n in _NAME_SPLIT.split(match.group("names")) if n]
    match = _REPORTER_BEFORE.match(line)
    if match:
        return [n for n in re.split(r"[\s、，,]+", match.group("names")) if n]
    return []


# "记者 王磊", "記者：陳怡君", "记者 王磊 李娜"
_REPORTER_BEFORE = re.compile(
    r"^(?:记者|記者)\s*[:：]?\s*(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、，,]+[\u3400-\u9fff]{2,4}){0,3})$"
)

#: "And" between two writers' names in a byline, by language, where it is a word that is no
#: conjunction elsewhere (Tagalog "at" is English "at"; Vietnamese "và", Turkish "ve"), or is
#: written joined to the next name (Arabic "و": "أحمد السيد ومحمد علي"). Malay and Indonesian
#: "dan" and the western languages' are ``cleaning``'s own.
_LOCAL_AND = {"tl": "at", "fil": "at", "vi": "và", "tr": "ve", "az": "və", "sw": "na"}
#: The languages ``split_local_and`` reads.
LOCAL_AND_LANGUAGES = frozenset({*_LOCAL_AND, "ar"})
_LOCAL_AND_RE = {code: re.compile(rf"\s+{word}\s+(?=[^\W\d_])") for code, word in _LOCAL_AND.items()}
# Arabic "و" before the second name, spaced or joined to it; each side two words at least.
_ARABIC_AND = re.compile(r"^(?P<first>\S+(?:\s+\S+)+?)\s+و\s*(?P<second>[^\W\d_A-Za-z]\S*(?:\s+\S+)+)$")
#: Arabic given names that open with "و" (Walid, Wael, Wissam, Wafaa...): written inside one name
#: ("أحمد محمد وليد الشامي"), the "و" is the name's own letter and no "and".
_WAW_NAMES = frozenset(
    "وليد وائل وسام وفاء وداد وجدي وديع وهيب وصفي ولاء وعد وحيد وجيه وضاح وئام وردة وهبة وفيق وجدان وصال".split()
)


def split_local_and(text: str, language: str | None, known: Iterable[str] = ()) -> str:
    """``text`` (a byline) with the local "and" between two names written as a comma, on a page in
    that language: Tagalog "Ana Cruz at Jose Dizon" -> "Ana Cruz, Jose Dizon"; Arabic
    "أحمد السيد ومحمد علي" -> "أحمد السيد, محمد علي". Else ``text`` as it is.

    An Arabic "و" joined to the next word may be that name's own letter ("وليد"): the byline is
    split there only where no name the page gives elsewhere (``known``: JSON-LD's) is the whole
    byline, and where the word after "و" is no given name of its own (unless ``known`` names it
    without the "و")."""
    if not text or not language or len(text) > 120:
        return text
    if language == "ar":
        if "و" not in text:
            return text
        line = text.strip()
        match = _ARABIC_AND.match(line)
        if match is None:
            return text
        first, second = match.group("first"), match.group("second")
        if line[match.end("first") :].lstrip()[1:2].isalpha():  # "و" joined to the next word
            names = {" ".join(name.split()) for name in known}
            if " ".join(text.split()) in names:
                return text
            if second not in names and "و" + second.split()[0] in _WAW_NAMES:
                return text
        return f"{first}, {second}"
    pattern = _LOCAL_AND_RE.get(language)
    if pattern is None or f" {_LOCAL_AND[language]} " not in text:
        return text
    return pattern.sub(", ", text)


#: Words of scripts without capitals that name no person (a desk, a bureau, a site): Arabic
#: "news", "portal", "site", "agency", "office", "team", "editing", "editor"; Hindi "bureau",
#: "news", "desk", "team", "correspondent".
CASELESS_NOT_NAMES = frozenset(
    "نيوز أخبار الأخبار بوابة موقع وكالة مكتب فريق تحرير التحرير محرر ब्यूरो न्यूज़ न्यूज डेस्क टीम संवाददाता".split()
) | frozenset(
    # Bengali "desk", "report", "online", "web", "newsroom"; Urdu "desk", "news", "web", "report";
    # Hindi "web", "digital"; Thai "news team", "news desk", "editorial office" (review rv24:
    # "ডেস্ক রিপোর্ট", a desk's report, is no one).
    "ডেস্ক রিপোর্ট অনলাইন ওয়েব বার্তাকক্ষ ڈیسک نیوز ویب رپورٹ वेब डिजिटल ทีมข่าว โต๊ะข่าว กองบรรณาธิการ".split()
)

#: The site's administrator's account in other languages, no person: Malay "Pentadbir", Spanish and
#: Portuguese "Administrador", French "Administrateur", Turkish "Yönetici", and "admin" as Thai,
#: Hindi, Bengali and Urdu write it (review rv24). (English "admin" is ``cleaning``'s own.)
ACCOUNT_WORDS = frozenset(
    "pentadbir administrador administrateur yönetici ผู้ดูแลระบบ แอดมิน एडमिन এডমিন ایڈمن প্রশাসক व्यवस्थापक".split()
)

#: Particles joining a site's name and an agency in a joint credit ("Le Quotidien avec AFP").
_WITH_AGENCY = re.compile(r"^(?P<site>.+?)\s+(?:avec|with|con|com|mit|met|z|dengan)\s+(?P<agency>\S.{0,40})$")


def site_with_agency(text: str, site_keys: set[str], key: object) -> str | None:
    """The agency of a joint credit "<site> avec <agency>" whose first part is the site's name
    (its key within one of ``site_keys``, the site's names and host), else None. ``key`` is the
    function that makes a comparison key of a name."""
    match = _WITH_AGENCY.match(text)
    if not match:
        return None
    site = key(match.group("site"))  # type: ignore[operator]
    if len(site) < 4 or not any(site in k or k in site for k in site_keys if len(k) >= 4):
        return None
    return match.group("agency")
