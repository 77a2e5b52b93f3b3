"""Body steps that read the page's structure to keep the story's own blocks (review R18, R16, R15).

- ``related_lead_sentence``: a story's sentence that opens with a related-link lead ("Read more
  about the shortfall in our explainer ...") is not the insert the lead names ("Read more:
  <title>"). After a lead and its colon the line is an insert ("Read more: the five streets ...",
  "Related: our guide to ..."), unless it runs on longer than a headline ("Related: the same
  branches were nearly closed in 2012, until ...": review R19).
- ``baseline_adds_story``: on a short story, trafilatura's baseline (an ``<article>``'s text in
  one block) replaces the paragraphs it found only when it adds a paragraph's worth of text, not
  just the header's lines (a byline, a date line) around the same paragraphs; a header above the
  story that ends no sentence (headline, reporter, date line, share buttons) adds none.
- ``cut_share_box``: a short post's text in the baseline's one block ends where the post's sharing
  or likes box begins ("Teilen mit: Twitter Facebook ...", "Like this: Loading..."), so the boxes
  and what follows them (the author's line, related posts) neither come into the body nor count
  as story the extractor missed.
- ``drop_short_story_header``: a story whose lines are all shorter than a lead keeps its opening
  byline and date line (``furniture.drop_header_lines`` reads only up to a lead); they go too.
- ``drop_header_block``: the opening lines that are text of the headline's own block (the
  ``<h1>`` with a ``<small>`` dek inside, the ``<hgroup>`` around it with its dek, a one-line
  part of the ``<header>`` around it: a place line) are the header's, not the story's.
- ``inner_fact_boxes``: a short list-like ``<aside>`` set between two of the story's paragraphs
  (a fact box: "By the numbers" and its items) is the story's; trafilatura leaves every aside out.
  An aside classed as an ad, promo, newsletter or members' box, or holding a prompt line, is not.
- ``drop_summary_box``: a summary box over the story (a label, "In brief", "Resumo", "Das
  Wichtigste in Kürze", "Ringkasan", then its points as a list, and an "AI-generated" note at
  most) set outside the container of the story's paragraphs is not the story's text: its points
  repeat the story (review rv30, as rv21 14, rv23 04); inside that container the list is the
  story's own (rv18 23). A label with no list under it is a subheading, and stays. ``summary_box`` tells the box on the
  page, which the lead step (``body.lead_paragraph``) must not take for the lead.
- ``gallery_captions``: a short gallery page (an intro and a slideshow, review rv30 53) has its
  story in the slides' captions; the page's own text alone is too short to be an article.
- ``nested_layout_tables``: an old table-layout page (rows of a nav cell, a story cell, a rail
  cell; text set in ``<font>`` with ``<br><br>`` between paragraphs) is layout, not data; a table
  with a caption or a header cell is data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.items import UNSPACED_SCRIPTS, has_unspaced

_CELLS = ("td", "th")

#: The English leads of a related-link insert (``cleaning._RELATED_LEAD``'s), with their colon.
_RELATED_SENTENCE_LEAD = re.compile(
    r"\s*(?:(?i:read\s+(?:also|more|next)|also\s+read)\b\s*:?|(?i:related|see\s+also|more)\s*:)\s*"
)
#: Words a sentence must hold after its lead ("Read more about it here." is a prompt).
MIN_SENTENCE_WORDS = 4
#: Words a sentence must hold after a lead and its colon: more than a headline's (an insert's
#: title in lower case, "Read more: the five streets where parking will go next year.", is shorter).
MIN_COLON_SENTENCE_WORDS = 16


def related_lead_sentence(line: str) -> bool:
    """True when ``line``, which opens with an English related-link lead, is a sentence of the
    story: the lead's words go on in lower case ("Read more about the ..."), at least
    ``MIN_SENTENCE_WORDS`` words, and it ends with a full stop (an insert's title starts with a
    capital and has no full stop: "Read more: Budget explained", "RELATED: Photos: ..."). After
    the lead's colon ("Related: the ...") the line is an insert's title unless it runs on longer
    than a headline, ``MIN_COLON_SENTENCE_WORDS`` words. As ``cleaning.is_boilerplate_line``
    keeps a sentence after the other languages' leads."""
    if not line.endswith(".") or line.endswith(".."):
        return False
    lead = _RELATED_SENTENCE_LEAD.match(line)
    if lead is None:
        return False
    rest = line[lead.end() :]
    least = MIN_COLON_SENTENCE_WORDS if ":" in lead.group(0) else MIN_SENTENCE_WORDS
    return rest[:1].islower() and len(rest.split()) >= least


def _own_rows(table: HtmlElement) -> list[HtmlElement]:
    return [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]


def has_break_run(cell: HtmlElement) -> bool:
    """True when ``cell`` parts its text in paragraphs with two line breaks in a row (``<br><br>``)."""
    for br in cell.iter("br"):
        following = br.getnext()
        if following is not None and following.tag == "br" and not (br.tail or "").strip():
            return True
    return False


def _data_table(table: HtmlElement, rows: list[HtmlElement]) -> bool:
    """True when ``table`` (its own ``rows``) has a caption or a header cell: a table of data."""
    return any(child.tag == "caption" for child in table) or any(cell.tag == "th" for row in rows for cell in row)


def nested_layout_tables(
    page: HtmlElement, found: list[HtmlElement], tables: list[HtmlElement] | None = None
) -> list[HtmlElement]:
    """The layout tables ``found`` (one cell a row, blocks inside) and the tables of ``page`` they
    imply: a table of one cell a row whose cell parts paragraphs with ``<br><br>``, and a table one
    of whose cells holds a layout table (a data table does not nest a page's layout inside it).
    A table with a ``<caption>`` or a ``<th>`` is data, whatever its cells hold (review R19).
    ``tables``: the page's tables, when already listed."""
    tables = list(page.iter("table")) if tables is None else tables
    outer = [table for table in tables if next(table.iterancestors("table"), None) is None]
    if len(outer) == len(tables) and not any(has_break_run(table) for table in outer):
        return found  # no table in a table, no <br><br> in one: nothing more to find
    layout = set(found)
    for table in reversed(tables):  # inner tables first
        if table in layout:
            continue
        rows = _own_rows(table)
        if not rows or _data_table(table, rows):
            continue
        cells = [cell for row in rows for cell in row if cell.tag in _CELLS]
        one_cell_rows = all(sum(1 for cell in row if cell.tag in _CELLS) <= 1 for row in rows)
        if (one_cell_rows and any(has_break_run(cell) for cell in cells)) or any(
            inner is not table and inner in layout and next(inner.iterancestors("table"), None) is table
            for cell in cells
            for inner in cell.iter("table")
        ):
            layout.add(table)
    return [table for table in tables if table in layout]


#: Least text (characters of words) the baseline must add to the extractor's text to replace it:
#: a lead's length (``body.MIN_LEAD_CHARS``); less is the header's lines (a byline, a date).
MIN_BASELINE_GAIN = 80


#: Characters that are no letter of a word and that the two texts may write or drop differently:
#: ZWNJ and ZWJ inside Persian, Pashto or Bengali words (the extractor's text keeps them, the
#: baseline's drops them: "پیاده‌روها" against "پیادهروها"), a soft hyphen, direction marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))


def baseline_adds_story(text: str, baseline_text: str) -> bool:
    """True when trafilatura's baseline text (``baseline_text``) holds story the extractor's
    ``text`` lacks: its words that ``text`` does not hold add up to MIN_BASELINE_GAIN characters.
    A short story's paragraphs found as paragraphs stay rather than come back in one block with
    the byline and the date line.

    Words are compared without invisible characters (``_INVISIBLE``). A run of a script written
    without spaces (Thai, Lao, Khmer, Burmese, Chinese, Japanese: a headline is one "word") counts
    only its characters that no run of a word's length (``items.UNSPACED_SCRIPTS``: 4, 2) shared
    with ``text`` covers: a Thai headline whose words the story repeats adds nothing."""
    if not text.isascii() or not baseline_text.isascii():
        text, baseline_text = text.translate(_INVISIBLE), baseline_text.translate(_INVISIBLE)
    baseline_text = _without_header(text, baseline_text)
    words = set(text.split())
    new = [word for word in baseline_text.split() if word not in words]
    gain = sum(map(len, new))
    if gain < MIN_BASELINE_GAIN or not any(has_unspaced(word) for word in new):
        return gain >= MIN_BASELINE_GAIN
    return sum(_new_chars(word, text) for word in new) >= MIN_BASELINE_GAIN


#: The labels of the sharing, likes and rating boxes WordPress (Jetpack) sets after a post, in the
#: languages of the family's sites ("Share this:", "Teilen Sie dies mit:", "Bagikan ini:", "Gefällt
#: mir:", "Bewerten:"), each with its colon.
_SHARE_LABEL = re.compile(
    r"(?<!\w)(?:Share\s+this|Like\s+this|Rate\s+this|Teilen\s+(?:Sie\s+dies\s+)?mit|Sharen\s+mit|Gefällt\s+mir"
    r"|Bewerten|Bagikan\s+ini|Suka\s+ini|Kongsi\s+ini|Compartir\s+esto|Comparte\s+esto|Me\s+gusta\s+esto"
    r"|Partager\s+cette\s+entrée|J['’]aime\s+ceci|Condividi\s+questo|Mi\s+piace\s+questo|Compartilhe\s+isso"
    r"|Curtir\s+isso|Delen\s+met|Vind\s+ik\s+leuk)\s*:"
)
#: What follows such a label in its box: a network's button or the likes box's loading note.
_SHARE_BOX_ITEM = re.compile(
    r"\b(?:Twitter|Facebook|WhatsApp|LinkedIn|Pinterest|Telegram|Reddit|Tumblr|Pocket|E-?[Mm]ail|Drucken|Print"
    r"|Loading|Lade|Wird\s+geladen|Memuat|Cargando|Chargement|Caricamento|Carregando|Laden)\b"
)
#: How far after a label (characters) its box's first button or note must stand.
SHARE_BOX_REACH = 120


def cut_share_box(body: Any, text: str) -> tuple[Any, str]:
    """trafilatura's baseline result (``body``, one ``<p>`` a block, and its ``text``, the blocks
    joined by line breaks) cut where a post's sharing or likes box begins: a label
    (``_SHARE_LABEL``) with a network's button or the loading note within SHARE_BOX_REACH
    characters after it. A short post's ``<article>`` text runs on into those boxes, the author's
    line and related posts ("... zwei Prozent. Teilen mit: Twitter Facebook ... Gefällt mir: Wird
    geladen … Veröffentlicht von ..."): none of it is the post's, and it must not count as story
    the extractor missed (``baseline_adds_story``). Nothing is cut when the label opens the text."""
    for match in _SHARE_LABEL.finditer(text):
        if match.start() and _SHARE_BOX_ITEM.search(text, match.end(), match.end() + SHARE_BOX_REACH):
            break
    else:
        return body, text
    cut, offset, kept = match.start(), 0, []
    for block in list(body):
        block_text = block.text or ""
        if offset + len(block_text) >= cut:
            block.text = block_text[: cut - offset].rstrip()
            if block.text:
                kept.append(block.text)
            else:
                body.remove(block)
            for later in list(block.itersiblings()):
                body.remove(later)
            break
        kept.append(block_text)
        offset += len(block_text) + 1
    return body, "\n".join(kept)


#: The end of a sentence: a full stop, question or exclamation mark after a letter (not a day's
#: "26." or a clock's "10.05"), or a Devanagari, Bengali, Urdu, CJK one, then a space or the end.
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_])[.!?]|[।۔。！？])[\"'”’»)]*(?:\s|$)")
#: Words of the extractor's text that find where its story starts in the baseline's.
_START_WORDS = 3
#: Longest lower-case abbreviation whose full stop before a number ends no sentence: a date line's
#: "kl. 14.05", "ca. 20", "nr. 4".
MAX_ABBREVIATION_LETTERS = 3


def _without_header(text: str, baseline_text: str) -> str:
    """``baseline_text`` from where the extractor's ``text`` starts in it, when what comes before
    ends no sentence: the headline, byline, date line and share buttons of a short story's
    ``<article>`` ("<headline> <reporter> <weekday, day month year | time> FacebookXWhatsApp")
    are the header, not a lead the extractor missed. Else ``baseline_text`` whole."""
    start = " ".join(text.split()[:_START_WORDS])
    at = baseline_text.find(start) if start else -1
    if at <= 0 or any(_ends_sentence(baseline_text, end) for end in _SENTENCE_END.finditer(baseline_text, 0, at)):
        return baseline_text
    return baseline_text[at:]


def _ends_sentence(text: str, end: re.Match[str]) -> bool:
    """True unless the full stop ``end`` found follows a short lower-case abbreviation and comes
    before a number (``MAX_ABBREVIATION_LETTERS``)."""
    stop = end.start()
    if text[stop] != "." or not text[end.end() : end.end() + 1].isdigit():
        return True
    word = text[text.rfind(" ", 0, stop) + 1 : stop]
    return not (len(word) <= MAX_ABBREVIATION_LETTERS and word.isalpha() and word.islower())


def _new_chars(word: str, text: str) -> int:
    """Characters of ``word`` that ``text`` does not hold: all of them, but in a run of a script
    written without spaces only those no shared run of a word's length covers."""
    if not has_unspaced(word):
        return len(word)
    new = len(word)
    for pattern, size in UNSPACED_SCRIPTS:
        for run in pattern.findall(word):
            if len(run) <= size:
                new -= len(run) if run in text else 0
                continue
            covered = [False] * len(run)
            for start in range(len(run) - size + 1):
                if run[start : start + size] in text:
                    covered[start : start + size] = [True] * size
            new -= sum(covered)
    return new


def drop_short_story_header(
    paragraphs: list[str], date_texts: Iterable[str], authors: Iterable[str], headline: str = ""
) -> list[str]:
    """``paragraphs`` without their opening lines that are a date line the date methods read
    (``date_texts``), the byline of the page's ``authors`` or the ``headline`` (its ``_key``),
    when every line is shorter than a lead (``body.MIN_LEAD_CHARS``): there
    ``furniture.drop_header_lines``, which ends its walk at the first lead, reads none. Only the
    opening run goes, and never every line."""
    from newscrawl.pages import furniture
    from newscrawl.pages.body import MIN_LEAD_CHARS, _key

    if len(paragraphs) < 2 or any(len(line) >= MIN_LEAD_CHARS for line in paragraphs):
        return paragraphs
    dates = {_key(text) for text in date_texts if text}
    writers = [name for name in authors if name]
    end = 0
    while end < len(paragraphs) - 1:
        line = paragraphs[end]
        key = _key(line)
        if not key or not (key in dates or key == headline or (writers and furniture._byline(line, writers))):
            break
        end += 1
    return paragraphs[end:]


#: Levels climbed from the headline to its header block.
MAX_HEADER_CLIMB = 3
#: Longest header block (characters): a longer one holds the story (a page that wraps all in ``<header>``).
MAX_HEADER_CHARS = 1000
#: How many opening lines may go as the header's.
MAX_HEADER_LINES = 4


def header_texts(headline: HtmlElement) -> set[str]:
    """The texts (``body._key``) of ``headline``, of the elements of the ``<hgroup>`` it stands in
    and of the one-line elements (shorter than a lead, ``body.MIN_LEAD_CHARS``) of the ``<header>``
    it stands in (within MAX_HEADER_CLIMB levels, at most MAX_HEADER_CHARS long). A longer line of
    the header (a dek, a standfirst) stays: the evaluation sets' gold keeps it."""
    from newscrawl.pages.body import MIN_LEAD_CHARS, _key

    found = {_key(headline.text_content())}
    for level, ancestor in enumerate(headline.iterancestors()):
        if level >= MAX_HEADER_CLIMB:
            break
        if ancestor.tag == "hgroup":  # the heading and its subheadings (HTML's hgroup): all of it
            found.update(_key(node.text_content()) for node in ancestor.iter() if isinstance(node.tag, str))
        elif ancestor.tag == "header":  # the header's one-line parts; a longer dek or lead stays
            if len(ancestor.text_content()) <= MAX_HEADER_CHARS:
                found.update(
                    _key(text)
                    for node in ancestor.iter()
                    if isinstance(node.tag, str) and len(text := " ".join(node.text_content().split())) < MIN_LEAD_CHARS
                )
            break
    found.discard("")
    return found


def drop_header_block(headline: HtmlElement | None, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without their opening lines (at most MAX_HEADER_LINES) that are the text of
    ``headline`` (the element showing the title) or of an element of its header block
    (``header_texts``): a dek set in the ``<h1>`` (``<small>``) or in the ``<hgroup>``, a place
    line in the ``<header>``. The body is never emptied."""
    if headline is None or len(paragraphs) < 2:
        return paragraphs
    try:
        texts = header_texts(headline)
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        return paragraphs
    from newscrawl.pages.body import _key

    end = 0
    while end < min(MAX_HEADER_LINES, len(paragraphs) - 1) and _key(paragraphs[end]) in texts:
        end += 1
    return paragraphs[end:]


#: Longest fact box (characters): a longer aside is a box of its own.
MAX_FACT_BOX_CHARS = 500
#: Fewest list items of a fact box: it is list-like.
MIN_FACT_BOX_ITEMS = 2
#: Largest share of a fact box's text in links: a box of links is a related box.
MAX_FACT_BOX_LINK_SHARE = 0.2
_BOX_LINES = ("h2", "h3", "h4", "h5", "h6", "p", "li")


def _spaced(text: str) -> str:
    return " ".join(text.split())


#: Class / id words of a box that sells, not tells: an ad, a promo, a newsletter or members' box.
_PROMO_BOX = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|promo\w*|newsletters?|subscribe\w*|subscriptions?|members?|membership|"
    r"sponsored)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _fact_box_lines(box: HtmlElement) -> list[str] | None:
    """The lines of ``box`` (its headings and paragraphs, its list items with trafilatura's "- "
    bullet) when it is a short list of facts; None otherwise: when it is classed as a promo
    (``_PROMO_BOX``: "Become a member" and its perks, review R19) or one of its lines is a
    prompt or a widget's label (``cleaning.is_boilerplate_line``)."""
    from newscrawl.pages.cleaning import is_boilerplate_line

    if _PROMO_BOX.search(f"{box.get('class') or ''} {box.get('id') or ''}"):
        return None
    text = _spaced(box.text_content())
    if not text or len(text) > MAX_FACT_BOX_CHARS:
        return None
    links = sum(len(_spaced(a.text_content())) for a in box.iter("a"))
    items = [item for item in box.iter("li")]
    if links > MAX_FACT_BOX_LINK_SHARE * len(text) or len(items) < MIN_FACT_BOX_ITEMS:
        return None
    lines = []
    for node in box.iter(*_BOX_LINES):
        if any(ancestor.tag in _BOX_LINES for ancestor in node.iterancestors() if ancestor is not box):
            continue  # a paragraph inside an item: the item's line holds it
        line = _spaced(node.text_content())
        if line:
            lines.append(f"- {line}" if node.tag == "li" else line)
    if any(is_boilerplate_line(line) for line in lines):
        return None
    return lines


def inner_fact_boxes(node: HtmlElement | None, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with the fact boxes of ``node`` (the element holding the story) put back: an
    ``<aside>`` child of it between two ``<p>`` siblings that are consecutive paragraphs of the
    body, short, a list of items with few links (``_fact_box_lines``)."""
    if node is None or len(paragraphs) < 2:
        return paragraphs
    try:
        boxes = [child for child in node if child.tag == "aside"]
    except Exception:  # noqa: BLE001 - a filter, it must not break extraction
        return paragraphs
    if not boxes:
        return paragraphs
    index = {_spaced(line): number for number, line in enumerate(paragraphs)}
    inserts: list[tuple[int, list[str]]] = []
    for box in boxes:
        before, after = box.getprevious(), box.getnext()
        if before is None or after is None or before.tag != "p" or after.tag != "p":
            continue
        first, second = index.get(_spaced(before.text_content())), index.get(_spaced(after.text_content()))
        if first is None or second != first + 1:
            continue
        lines = _fact_box_lines(box)
        if lines and not any(_spaced(line) in index for line in lines):
            inserts.append((second, lines))
    for position, lines in sorted(inserts, reverse=True):
        paragraphs = [*paragraphs[:position], *lines, *paragraphs[position:]]
    return paragraphs


# -- a summary box over the story ---------------------------------------------------------------

#: A summary box's label, a line of its own: English, Portuguese, Spanish, French, German, Italian,
#: Dutch, Polish, Indonesian and Malay.
_SUMMARY_LABEL = re.compile(
    r"^(?i:in\s+(?:brief|short)|key\s+(?:points|takeaways)|(?:story\s+)?highlights|summary|at\s+a\s+glance|tl;\s?dr|"
    r"resumo|em\s+resumo|resumen|en\s+resumen|en\s+bref|l['’]essentiel|à\s+retenir|résumé|"
    r"das\s+wichtigste(?:\s+in\s+kürze)?|in\s+kürze|auf\s+einen\s+blick|zusammenfassung|"
    r"in\s+sintesi|in\s+breve|punti\s+chiave|in\s+het\s+kort|samenvatting|w\s+skrócie|najważniejsze|"
    r"ringkasan|poin\s+penting|intisari|sorotan|intipati)\s*:?$"
)
#: A note that the summary was written by a machine ("Gerado por IA e revisado pela redação",
#: "Generated by AI, checked by our editors", "KI-generiert", "Généré par IA").
_MACHINE_NOTE = re.compile(
    r"(?i:\b(?:gerad[oa]|generad[oa]|g[ée]n[ée]r[ée]e?|generated|generiert|erstellt|generat[oa]|gegenereerd|"
    r"wygenerowan[aey]|dibuat|dihasilkan|dijana)\b.{0,40}\b(?:IA|AI|KI|SI)\b|\b(?:AI|KI|IA)-(?:generated|generiert|gerad[oa]))"
)
#: How many lines may stand above the box (a standfirst, a byline, a date line).
MAX_SUMMARY_BOX_AT = 4
#: Longest machine note after the box's points (characters).
MAX_MACHINE_NOTE_CHARS = 120


def drop_summary_box(tree: HtmlElement | None, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a summary box's label and points among the opening lines, the box set
    on the page (``tree``) outside the container of the story's paragraphs (see the module): a box
    among them is the story's own list of points (review rv18 23 keeps one)."""
    if tree is None:
        return paragraphs
    for at, line in enumerate(paragraphs[: MAX_SUMMARY_BOX_AT + 1]):
        if len(line) > 40 or not _SUMMARY_LABEL.match(line.strip()):
            continue
        end = at + 1
        while end < len(paragraphs) and paragraphs[end].startswith("- "):
            end += 1
        if end == at + 1 or end == len(paragraphs):
            continue  # a subheading, or the list is the story
        if len(paragraphs[end]) <= MAX_MACHINE_NOTE_CHARS and _MACHINE_NOTE.search(paragraphs[end]):
            end += 1
        if end < len(paragraphs) and _box_outside(tree, line.strip(), paragraphs[end]):
            return paragraphs[:at] + paragraphs[end:]
    return paragraphs


def _box_outside(tree: HtmlElement, label: str, story: str) -> bool:
    """True when a summary box whose label is ``label`` stands on the page outside the container of
    the story's paragraph ``story`` (the first after the box)."""
    box = None
    for node in tree.iter("div", "section", "aside"):
        if box is not None and not any(ancestor is box for ancestor in node.iterancestors()):
            break
        if summary_box(node) and next((t.strip() for t in node.itertext() if t.strip()), "") == label:
            box = node  # the innermost: a container around the box and the story opens with it too
    paragraph = _paragraph_starting(tree, story)
    if box is None or paragraph is None:
        return False
    container = paragraph.getparent()
    return container is not None and not any(ancestor is container for ancestor in box.iterancestors())


def _paragraph_starting(tree: HtmlElement, text: str) -> HtmlElement | None:
    """The first ``<p>`` whose text, its spaces collapsed, starts with ``text``'s first 60 characters."""
    start = text[:60]
    return next((p for p in tree.iter("p") if " ".join(p.text_content().split()).startswith(start)), None)


def summary_box(node: HtmlElement) -> bool:
    """True when ``node`` is a summary box: it holds a list, and its first text is a summary's label
    ("<div class=c-summary><h3>Resumo</h3><ul>...": no lead, though classed as a summary)."""
    if node.find(".//li") is None:
        return False
    first = next((text.strip() for text in node.itertext() if text.strip()), "")
    return len(first) <= 40 and bool(_SUMMARY_LABEL.match(first))


# -- a gallery page's captions ---------------------------------------------------------------------

#: Class parts of a slideshow or gallery, in the languages of its pages' themes.
GALLERY_PARTS = frozenset(
    {"slideshow", "gallery", "carousel", "slider", "slides", "diaporama", "galerie", "galeria", "galleria"}
)
#: Fewest captions that make a gallery (one is a picture's).
MIN_GALLERY_CAPTIONS = 2
_GALLERY_CLASS_PARTS = re.compile(r"[\s_-]+")


def _caption(node: HtmlElement) -> bool:
    return node.tag == "figcaption" or "caption" in (node.get("class") or "").lower()


def gallery_captions(tree: HtmlElement | None, paragraphs: list[str]) -> list[str]:
    """The captions of a slideshow or gallery in the container of the story's first paragraph, in
    page order, when it has MIN_GALLERY_CAPTIONS or more and none is in ``paragraphs``; else nothing."""
    if tree is None or not paragraphs:
        return []
    first = _paragraph_starting(tree, paragraphs[0])
    container = first.getparent() if first is not None else None
    if container is None:
        return []
    for node in container.iter("div", "section", "ul", "ol"):
        if not GALLERY_PARTS.intersection(_GALLERY_CLASS_PARTS.split((node.get("class") or "").lower())):
            continue
        captions: list[str] = []
        for element in node.iter(etree.Element):
            if _caption(element) and not any(_caption(a) for a in element.iterancestors() if a is not node):
                text = " ".join(element.text_content().split())
                if text and text not in captions:
                    captions.append(text)
        if len(captions) >= MIN_GALLERY_CAPTIONS and not set(captions) & set(paragraphs):
            return captions
    return []
