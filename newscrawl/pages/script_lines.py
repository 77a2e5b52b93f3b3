"""Body rules that depend on the page's script or on a press release's shape (review R9, B1/B3/B4).

Small helpers called from one line each in ``body``, ``cleaning`` and ``base``:

- ``below_floor``: trafilatura's size floors count characters; a CJK character carries about as
  much as three Latin ones, so a short Chinese, Japanese or Korean story is weighed by its
  content, not its length, before the baseline rescue takes the whole page instead.
- ``is_script_furniture``: a CJK info line (a time stamp and a 来源/來源/출처 source label), an
  editor's credit (【责任编辑：...】, （编辑：...）), a Korean byline ("김민수 기자", with an address
  after it) or an 입력/수정 stamp, a paywall's members-only prompt, each a line of its own.
- ``info_line_agencies``: the wire agency a CJK info line's source field names ("来源：新华社").
- ``drop_release_tail``: a press release's closing block (a press contact's lines and the wire's
  "SOURCE Company" / "FUENTE Company" line) at the end of the body.
- ``drop_signature_line``: the story's last line when it is one of the page's writers' names alone.
"""

from __future__ import annotations

import re

from newscrawl.attribution import agency_name, find_agencies, is_credit_line

# -- script-weighted size -------------------------------------------------------------------

#: Han ideographs (with extension A and compatibility forms), kana and Hangul syllables.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: How many Latin characters one CJK character counts for against a size floor: a story told in
#: 250 CJK characters takes about 700 in English (Japanese and Chinese news wires' translations).
CJK_CHAR_WEIGHT = 3


def weighted_length(text: str) -> int:
    """``len(text)`` with each CJK character counted as ``CJK_CHAR_WEIGHT`` characters."""
    if text.isascii():
        return len(text)
    return len(text) + (CJK_CHAR_WEIGHT - 1) * len(_CJK.findall(text))


def below_floor(text: str, floor: int) -> bool:
    """True when ``text`` is shorter than ``floor`` characters once its script is weighed
    (``weighted_length``): trafilatura's ``min_extracted_size`` suited to CJK text."""
    return len(text) < floor and weighted_length(text) < floor


# -- CJK and Korean furniture lines -----------------------------------------------------------

#: Labels of a CJK info line's fields: the source (来源/來源/出处/稿源, Korean 출처) and the desk's
#: credits (责任编辑/責任編輯/编辑/校对/审核/监制/主编, Japanese 編集), one of which an info line holds.
_SOURCE_LABELS = "来源|來源|稿源|出处|出處|출처"
_EDITOR_LABELS = (
    "责任编辑|責任編輯|实习编辑|實習編輯|值班编辑|值班編輯|责编|責編|编辑|編輯|編集|校对|校對|审核|審核|审校|審校|"
    "编审|編審|终审|終審|监制|監製|主编|主編|签发|簽發"
)
#: Labels of the other fields beside them (writer, time, hits, font size), and a time's labels.
_OTHER_LABELS = (
    "作者|记者|記者|通讯员|通訊員|摄影|攝影|发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|时间|時間|日期|"
    "更新时间|更新時間|更新日時|更新|公開日時|公開|配信日時|配信|掲載|最終更新|浏览|瀏覽|阅读|閱讀|点击|點擊|字号|字號|"
    "입력|수정|등록|승인|업데이트|최종수정|기사입력|발행"
)
_LABEL = re.compile(rf"(?P<label>{_SOURCE_LABELS}|{_EDITOR_LABELS}|{_OTHER_LABELS})\s*(?:[：:]\s*(?P<value>.*))?")
_KEY_LABEL = re.compile(rf"(?:{_SOURCE_LABELS}|{_EDITOR_LABELS})$")
#: Labels of a time stamp: a line of them and dates alone is a stamp ("입력 2025.11.24 14:05").
_STAMP_LABEL = re.compile(
    r"(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|时间|時間|日期|更新时间|更新時間|更新日時|更新|公開日時|公開|"
    r"配信日時|配信|掲載|最終更新|입력|수정|등록|승인|업데이트|최종수정|기사입력|발행)$"
)
#: A date or a time as a token of an info line: 2025-11-24, 2025/11/24, 2025.11.24, 2025年11月24日,
#: 11月24日, 14:05(:32), 14時05分, 14时05分, 14시 05분, and the Korean 오전/오후 (a.m./p.m.).
_DATE_TOKEN = re.compile(
    r"(?:\d{4}\s*[-./年]\s*)?\d{1,2}\s*[-./月]\s*\d{1,2}\s*[日일]?\.?|\d{4}년|\d{1,2}월|\d{1,2}일|"
    r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?|\d{1,2}\s*[分분]|오전|오후|[(（]\w[)）]"
)
#: A CJK date (年 and 月, or 月 and 日): a line of such dates and times alone is a stamp.
_CJK_DATE = re.compile(r"\d\s*年\s*\d{1,2}\s*月|\d\s*月\s*\d{1,2}\s*日|\d{4}\s*년")
#: Longest value of an info line's field ("新华社", "张华", a writer's or a paper's name).
MAX_INFO_VALUE_CHARS = 20
#: Longest info line (characters): a longer line is a paragraph of the story.
MAX_INFO_LINE_CHARS = 100
#: A Korean byline: two to four Hangul syllables a name, more names after "·" or ",", the reporter
#: mark 기자 (or 특파원, correspondent) and perhaps the writer's e-mail address: "김민수 기자",
#: "김민수·이영희 기자", "김민수 기자 minsu.kim@paper.example" (a story's closing sign-off too).
_KOREAN_BYLINE = re.compile(
    r"(?:[가-힣]{2,4}\s*[·,ㆍ]\s*){0,3}[가-힣]{2,4}\s*(?:선임|수석|객원|인턴|전문|사진|영상)?\s*(?:기자|특파원)"
    r"(?:\s*[=:]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*"
)
#: Brackets around a whole info line: 【责任编辑：张华】, （编辑：李明）, [来源：新华社].
_BRACKETS = "【】[]（）()〔〕「」 "
#: What parts an info line's fields: blanks, bars and slashes.
_FIELD_SEPARATORS = re.compile(r"(?:[\s|｜丨]|(?<!\d)/|/(?!\d))+")
#: Sentence punctuation no field's value holds.
_SENTENCE_MARKS = re.compile(r"[。，！？；,.!?;]\s*\S")


#: A paywall's prompt in CJK: a members-only word ("会員限定", "有料会員", "会员专享", "유료회원")
#: and a reading word ("続きをお読み", "阅读全文", "읽") in one short line: "この記事は会員限定です。
#: 電子版に登録すると続きをお読みいただけます。" (English "to read the full story, subscribe").
_CJK_MEMBERS_ONLY = re.compile(
    r"(?:会員|会员|會員|订阅|訂閱|付费|付費|有料|회원|구독)\s*(?:限定|专享|專享|専用|专用|專用|会員|会员|會員|用户|用戶|전용)|유료\s*회원"
)
_CJK_READ_ON = re.compile(r"続き|全文|阅读|閱讀|お読み|읽|열람|보기")


def _has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def is_script_furniture(line: str) -> bool:
    """True for a CJK info line or a Korean byline or stamp, on a line of its own (``line``
    stripped): "2025-11-24 14:05:32 来源：新华社", "【责任编辑：张华】", "（编辑：李明 校对：王芳）",
    "2025年11月24日 14時05分", "입력 2025.11.24 14:05", "김민수 기자", "김민수 기자 minsu@paper.example".

    A line of fields only (a label and a short value, a date, a time) that holds a source or an
    editor's label, or a CJK date; a story's sentence holds more than a label and a name.
    """
    if line.isascii() or len(line) > MAX_INFO_LINE_CHARS or not _has_cjk(line):
        return False
    if _KOREAN_BYLINE.fullmatch(line):
        return True
    if _CJK_MEMBERS_ONLY.search(line) and _CJK_READ_ON.search(line):
        return True  # a paywall's prompt
    tokens = [token for token in _FIELD_SEPARATORS.split(line.strip(_BRACKETS)) if token.strip(_BRACKETS)]
    keyed = stamped = dated = False
    expect_value = False
    for raw in tokens:
        token = raw.strip(_BRACKETS)
        if _DATE_TOKEN.fullmatch(token):
            dated = True
            expect_value = False
            continue
        label = _LABEL.match(token)
        if label:
            value = label.group("value")
            keyed = keyed or bool(_KEY_LABEL.match(label.group("label")))
            stamped = stamped or bool(_STAMP_LABEL.match(label.group("label")))
            dated = dated or bool(value and _DATE_TOKEN.fullmatch(value))
            if value is None and token != label.group(0):
                label = None  # a word that only starts like a label ("时间表")
            elif value is None or not value:
                expect_value = True  # "来源： 新华社": the value is the next field
                continue
            elif _DATE_TOKEN.fullmatch(value) or _fields_value(value):
                expect_value = False
                continue
            else:
                return False
        if label is None and expect_value and _fields_value(token):
            expect_value = False
            continue
        return False
    return keyed or (dated and (stamped or bool(_CJK_DATE.search(line))))


#: A source field and its value ("来源：新华社", "來源 中央社", "출처: 연합뉴스").
_SOURCE_FIELD = re.compile(rf"(?:{_SOURCE_LABELS})\s*[：:]?\s*(?P<name>[^\s|｜丨/{re.escape(_BRACKETS)}]+)")
#: Another field's label glued to the source's value ("来源：新华社编辑：张华").
_NEXT_LABEL = re.compile(rf"(?:{_EDITOR_LABELS}|{_OTHER_LABELS})\s*[：:]")


def info_line_agencies(line: str) -> list[str]:
    """The wire agencies the source field of a CJK info line names ("2025-11-24 14:05:32 来源：新华社
    编辑：张华": Xinhua; an agency's name in its own script, ``attribution.agency_name``), else none.
    A source that is a paper or a site ("来源：人民网") credits no agency."""
    if line.isascii() or not any(label in line for label in _SOURCE_LABELS.split("|")):
        return []
    if not is_script_furniture(line.strip()):
        return []
    found: list[str] = []
    for match in _SOURCE_FIELD.finditer(line):
        name = _NEXT_LABEL.split(match.group("name"), maxsplit=1)[0]
        agency = agency_name(name)
        if agency and agency not in found:
            found.append(agency)
    return found


def _fields_value(value: str) -> bool:
    """True for a field's value: short, no sentence in it."""
    return 0 < len(value) <= MAX_INFO_VALUE_CHARS and not _SENTENCE_MARKS.search(value)


# -- a press release's closing block, a company's "About" paragraph, a closing signature -------

#: The wire's closing source line, in the capitals PR Newswire and Business Wire print it: "SOURCE
#: Acme Corp", "FUENTE Grupo Solaria", "FONTE ...", "QUELLE ..." (a mixed-case "Source: Reuters" is
#: a credit, read by attribution).
_RELEASE_SOURCE = re.compile(r"(?:SOURCE|FUENTE|FONTE|QUELLE|SORGENTE|BRON)\s*:?\s+\S.{0,80}")
#: The label that opens a press release's contact block: "Media contact:", "Contacto de prensa:",
#: "Contact presse", "Pressekontakt", "Contatto stampa", "Contato para imprensa", "Kontak media",
#: or the heading "Contacts" alone.
_CONTACT_LABEL = re.compile(
    r"(?i:(?:media|press|investor|news)\s+(?:and\s+\w+\s+)?(?:contacts?|enquiries|inquiries)|"
    r"contactos?\s+(?:de\s+|para\s+)?(?:prensa|medios)|contacts?\s+(?:presse|médias?)|"
    r"(?:presse|medien)kontakt|pressestelle|contatt[oi]\s+(?:per\s+la\s+)?stampa|"
    r"contatos?\s+(?:para\s+(?:a\s+)?|de\s+)?imprensa|kontak\s+media|perscontact|"
    r"for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact|"
    # The block's heading alone ("Contacts", "Contact:"), as Business Wire sets it.
    r"contacts?(?=\s*:?\s*$))\b"
)
#: A line of a contact block: an e-mail address, a phone number or a web address.
_CONTACT_DETAIL = re.compile(r"\S+@\S+\.\w|\+?\d[\d\s().-]{6,}\d|https?://|www\.")
#: How many lines a press contact's block takes at most (label, name, role, e-mail, phone).
MAX_CONTACT_LINES = 6
#: Longest line of a contact block (characters).
MAX_CONTACT_CHARS = 160
#: Longest name line inside a contact block ("Laura Méndez", "Director of Communications").
MAX_CONTACT_NAME_CHARS = 60


def _names_agency(line: str) -> bool:
    """True when ``line`` is a credit or names a wire agency ("SOURCE: REUTERS", "SOURCE: BERNAMA"):
    attribution reads it (and takes it off the story's end), not the release's closing rule."""
    return is_credit_line(line) or bool(find_agencies(line, strict=False))


def ends_with_release_source(paragraphs: list[str]) -> bool:
    """True when the last of ``paragraphs`` is a press release wire's closing "SOURCE Company" line
    (one that names no agency): the mark of a release, like the wire's dateline."""
    if not paragraphs:
        return False
    last = paragraphs[-1]
    return len(last) <= MAX_CONTACT_CHARS and bool(_RELEASE_SOURCE.fullmatch(last)) and not _names_agency(last)


def _contact_label_at(paragraphs: list[str], index: int, end: int) -> bool:
    """True when ``paragraphs[index]`` opens a contact block: a label with a contact detail in it or
    after it ("Media contact: press@...", "Media contact:" / name / e-mail), not a sentence."""
    line = paragraphs[index]
    match = _CONTACT_LABEL.match(line)
    if not match or line.rstrip().endswith("."):
        return False
    return any(_CONTACT_DETAIL.search(p) for p in paragraphs[index:end])


def drop_release_tail(paragraphs: list[str], release: bool = False) -> list[str]:
    """``paragraphs`` without a press release's closing block: the wire's "SOURCE Company" line
    last, and a press contact's lines before it (or last) that open with a contact label
    ("Contacto de prensa: prensa@...", "Media contact" / name / e-mail / phone). Only on a press
    release (``release``, or a closing "SOURCE Company" line): a story's last sentence ("Press
    inquiries went unanswered.") stays, and so does a line that credits an agency ("SOURCE: REUTERS")."""
    if not (release or ends_with_release_source(paragraphs)):
        return paragraphs
    end = len(paragraphs)
    if ends_with_release_source(paragraphs):
        end -= 1
    for index in range(end - 1, max(end - 1 - MAX_CONTACT_LINES, -1), -1):
        line = paragraphs[index]
        if len(line) > MAX_CONTACT_CHARS:
            break
        if _contact_label_at(paragraphs, index, end):
            end = index
            break
        if not (_CONTACT_DETAIL.search(line) or (len(line) <= MAX_CONTACT_NAME_CHARS and not line.endswith("."))):
            break
    return paragraphs[:end] if end else paragraphs


#: The opening of an organisation's "About" paragraph after its name and verb: an article and at
#: most four words (none a preposition) before a word for an organisation ("... is a leading
#: provider of", "... es una empresa mexicana", "... ist ein Unternehmen", "... est une société").
_ORGANISATION_NOUNS = (
    "company|companies|firm|corporation|provider|manufacturer|supplier|"
    "organi[sz]ation|nonprofit|non-profit|charity|foundation|institution|association|retailer|"
    "distributor|insurer|consultancy|startup|start-up|"
    "empresa|compañía|sociedad|proveedor|fabricante|fundación|organización|asociación|entidad|"
    "companhia|fornecedor|fundação|organização|associação|"
    "unternehmen|konzern|anbieter|hersteller|stiftung|verband|"
    "entreprise|société|fournisseur|fabricant|fondation|organisme|"
    "azienda|società|fornitore|fondazione|"
    "bedrijf|onderneming|organisatie|leverancier|stichting|"
    "perusahaan|spółka|przedsiębiorstwo"
)
_ARTICLE_WORDS = "a|an|the|one|un|una|uno|une|ein|eine|einer|um|uma|een|la|el|le|il|l'|o|het|salah\\s+satu"
_PREPOSITIONS = frozenset(
    "at of for in on with by from to as und and y e et en de del des du di da do dos das bei für à au chez "
    "van voor met per con para por pour".split()
)
_ORGANISATION_OPENING = re.compile(
    rf"\s*(?:{_ARTICLE_WORDS})\s+(?P<words>(?:\S+\s+){{0,4}}?)(?i:{_ORGANISATION_NOUNS})\b(?!['’-])", re.IGNORECASE
)


def organisation_bio(line: str, verb_end: int) -> bool:
    """True when ``line``, opening with a name and a bio's verb (up to ``verb_end``), describes an organisation, not a person: an article and at most four words
    before an organisation's word ("Grupo Solaria es una empresa mexicana ...", "Acme is a leading
    provider of ..."). A company's "About" paragraph in a press release is the release's text."""
    match = _ORGANISATION_OPENING.match(line, verb_end)
    if not match:
        return False
    return not any(word.casefold() in _PREPOSITIONS for word in match.group("words").split())


def drop_signature_line(paragraphs: list[str], authors: list[str]) -> list[str]:
    """``paragraphs`` without their last line when it is one of ``authors`` (the page's writers)
    alone: the writer's name set under the story (right-aligned, in bold), already read as its
    author."""
    if len(paragraphs) < 2 or not authors:
        return paragraphs
    last = paragraphs[-1].strip(" .,;:-–—()（）").casefold()  # also "（高橋 美咲）"
    if any(last == name.casefold() for name in authors if name):
        return paragraphs[:-1]
    return paragraphs


#: The details a writer's contact line gives: an e-mail address, a handle, a phone number (a web
#: address alone is a link the story gives, a source or a site, as often as a contact).
_WRITER_DETAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@/])@\w{2,}|\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}\b"
)
#: What may stand beside the details on a line of details alone: "Email:", "or", "on X", "|".
_DETAIL_WORDS = re.compile(
    r"(?i:e-?mail|phone|tel|twitter|x|instagram|threads|bluesky|on|or|and|at|follow)\b|[\s,;:/|·•()-]+"
)
#: A line that asks the reader to reach the writer: "Reach the writer at ...", "Contact reporter Jane
#: Doe at ...", "Email Jane Doe at ...", "Follow her on X @...". Its object is the writer (a
#: "Contact the county at ..." is the story's).
_WRITER_CONTACT = re.compile(
    r"(?:Reach|Contact|E-?mail|Write to|Follow|Call)\s+"
    r"(?:the\s+(?:writer|reporter|author|columnist)|(?:reporter|writer|columnist)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|"
    r"him|her|them|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:at|on|via|by)\b"
)
#: The end of a story's last sentence, before the writer's contact lines.
_STORY_LINE_END = re.compile(r"[.!?。！？…\"'”’»)]\s*$")
#: Longest writer's contact line (characters).
MAX_WRITER_CONTACT_CHARS = 200


def writer_contact_line(line: str) -> bool:
    """True for a writer's contact line under a story: its details alone ("jdoe@paper.com",
    "@JaneDoe", "Email: jdoe@paper.com | X: @JaneDoe"), or a line asking the reader to reach the
    writer that gives one ("Reach the writer at 402-555-0100 or jdoe@paper.com."). A sentence that
    mentions an address among other words is the story's."""
    if len(line) > MAX_WRITER_CONTACT_CHARS or not _WRITER_DETAIL.search(line):
        return False
    if not _DETAIL_WORDS.sub("", _WRITER_DETAIL.sub("", line)).strip(".!"):
        return True
    return bool(_WRITER_CONTACT.match(line.strip()))


def drop_writer_contact(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the writer's contact lines they end with (``writer_contact_line``, at
    most MAX_CONTACT_LINES of them) after the story's last sentence: only at the story's end,
    where they are furniture."""
    end = len(paragraphs)
    while end > 1 and len(paragraphs) - end < MAX_CONTACT_LINES and writer_contact_line(paragraphs[end - 1]):
        end -= 1
    if end == len(paragraphs) or not _STORY_LINE_END.search(paragraphs[end - 1]):
        return paragraphs  # after a name or a phone line: an address block the story gives, kept whole
    return paragraphs[:end]


def drop_closing_lines(paragraphs: list[str], authors: list[str], release: bool = False) -> list[str]:
    """``paragraphs`` without a press release's closing block (``drop_release_tail``, on a
    ``release`` only), then without the writer's contact lines (``drop_writer_contact``) and a
    closing signature of one of ``authors`` (``drop_signature_line``)."""
    return drop_signature_line(drop_writer_contact(drop_release_tail(paragraphs, release)), authors)
