"""The article page class every site family builds on: one method per Article field.

Each field is read from the most reliable source first: the WordPress REST post
when the spider has it, JSON-LD (``NewsArticle`` and kin), OpenGraph and meta tags,
then the page itself (family selectors, then generic ones), and trafilatura /
htmldate last. Per-site CSS overrides from the registry (``site.extract``) beat
everything but the REST post. Family subclasses override only what differs.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from copy import deepcopy
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cached_property, lru_cache
from itertools import chain, islice, takewhile
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.attribution import (
    Credits,
    agency_name,
    attribute,
    byline_agency,
    closing_credit_agencies,
    find_agencies,
    header_source_agencies,
    is_credit_line,
    organization_agency,
    publisher_of_url,
    report_for_agency,
    republished_from,
    source_agency,
    via_publisher,
)
from newscrawl.date_forms import western
from newscrawl.dates import (
    DAY_NAMES,
    MONTH_WORDS,
    VIETNAMESE_MONTH_NAME,
    country_zone,
    parse_date,
    parse_iso,
    parse_relative,
    site_zone,
    url_date,
    url_month,
)
from newscrawl.intl_credits import (
    LOCAL_AND_LANGUAGES,
    dateline_reporters,
    has_cjk,
    press_release_wire,
    reporter_names,
    split_local_and,
)
from newscrawl.items import Article, Attribution, count_words
from newscrawl.language import detect_language, normalize_tag
from newscrawl.pages import body as body_text
from newscrawl.pages import date_hints, date_places, furniture, joiners, story_blocks, story_boxes, story_edges, walls
from newscrawl.pages.about_writer import about_writer
from newscrawl.pages.author_lines import (
    ELEMENT_SEAM,
    agency_sign_off_writer,
    credits_the_site,
    known_place,
    letter_title,
    role_credit_names,
    same_person,
    seamed_text,
    sign_off_writers,
    unseamed,
    without_letter_town,
)
from newscrawl.pages.byline_forms import (
    CJK_SENTENCE_ENDS,
    DATA_MARK,
    DATA_MARK_XPATH,
    SPONSOR_LINE,
    bracketed_signature,
    cjk_reporter_names,
    cjk_role_mark,
    cjk_signature,
    domain_label,
    first_line,
    joint_credit,
    language_marked_values,
    local_by_line,
    marked_values,
    names_no_person,
    outermost,
    parsely_page_authors,
    place_line,
    spells_label,
    with_joint,
    without_local_by,
    without_paper,
    writer_field,
)
from newscrawl.pages.cleaning import (
    byline_name_part,
    cjk_place_part,
    clean_author_names,
    drop_author_bio,
    drop_closing_appeal,
    drop_desk_initials,
    drop_related_blocks,
    drop_site_name_line,
    drop_source_initials,
    full_name_for,
    heading_rank,
    is_boilerplate_line,
    is_contact_line,
    is_related_heading,
    is_site_name,
    is_zone_after_time,
    name_beside_date,
    normalize_space,
    person_named_site,
    person_shaped,
    platform_handle,
    role_phrase,
    signature_name,
    strip_site_tail,
    tail_guess,
    title_key,
    title_segments,
    without_named_section,
    without_page_number,
    without_sections,
    without_trailing_sections,
)
from newscrawl.pages.dateline_element import element_dateline
from newscrawl.pages.document import (
    PageDocument,
    css,
    elements_named,
    elements_with_values,
    in_other_item,
    jsonld_types,
    named_among,
    text_of,
    without_nodes,
)
from newscrawl.pages.headline_parts import (
    completed,
    stamp_days,
    with_emoji_text,
    without_date_stamp,
    without_end_element,
    without_news_label,
    words_held,
)
from newscrawl.pages.limits import cap_paragraphs, cut_tree
from newscrawl.pages.liveblog import live_blog_paragraphs
from newscrawl.pages.page_state import _STATE_IDS, state_paragraphs
from newscrawl.pages.reader_lines import is_tip_call, is_tip_heading
from newscrawl.pages.script_lines import (
    drop_closing_lines,
    drop_writer_contact,
    ends_with_release_source,
    info_line_agencies,
)
from newscrawl.pages.state_dates import state_authors, state_headline, state_modified, state_published
from newscrawl.translator_credits import in_book_details, translator_credit_lines

logger = logging.getLogger(__name__)

UTC = timezone.utc

#: Most words of a kicker before the headline's colon on the body's first line.
MAX_KICKER_WORDS = 5
#: Fewer words than this in the body and the page is not taken for an article.
MIN_BODY_WORDS = 25
#: htmldate's extensive search (free text) as the last date source, kept only when the page writes
#: the day it finds in full (see ``_htmldate_confirmed``).
HTMLDATE_EXTENSIVE = True
#: Longest text read as a date when it is nothing but a date (the last date source).
MAX_DATE_CHARS = 48
#: Largest offsets (hours west and east of UTC) a UTC stamp is written in so that it falls on the
#: day the page shows: US Pacific time west, Pacific islands east. A wider gap is another event
#: (a URL dated the day the story was started, published the next morning).
MAX_WEST_SHIFT_HOURS = 8
MAX_EAST_SHIFT_HOURS = 14
#: How far after the headline (elements, in document order, before the story's second paragraph of prose) a
#: date line is read, and how many characters other than the date it may hold ("Stand:",
#: "Publié le", "Updated", "Mittwoch,", a short byline). Chosen on the evaluation sets' wrong days:
#: the page's date line sits within 32 elements of the headline on all but two of the pages
#: whose stamp it contradicts; a date further down is a teaser's, an event's or the story's own.
MAX_DATELINE_DISTANCE = 35
#: How many elements just before the headline, in its parent, a date line is read from (a date
#: above the headline: "05.02.2020 - Redaktion: ..." over the ``<h1>``). Breadcrumbs and
#: menus before a headline are longer: a block that does not fit is not read.
MAX_DATELINE_BEFORE = 12
MAX_DATELINE_EXTRA_CHARS = 24
#: Paragraphs of the story's frame searched for the one a bold dateline opens (``_bold_lead``).
MAX_BOLD_LEAD_PARAGRAPHS = 40
#: Lines of a box right after the body read for a closing credit ("Autor: X" then "Źródło: PAP").
MAX_BOX_CREDIT_LINES = 4
#: Fewest characters (of the headline's comparison key) of an ``<h1>`` taken as the headline that
#: a longer title extends (the title "Kicker: Headline", the ``<h1>`` "Headline").
MIN_ANCHOR_KEY_CHARS = 16
#: A text this long (characters) is a paragraph of prose: a lead, or the story.
MIN_PROSE_CHARS = 150
#: Labels of a date line that gives the last update, not the publication (the page's own
#: modification date: never the publication day).
_UPDATE_LABEL = re.compile(
    r"\b(?:(?:last\s+)?updated?|modified|edited|revised|aktualisiert|geändert|editiert|stand|bearbeitet|"
    r"mise?\s+à\s+jour|actualizado|actualizada|atualizado|aggiornato|bijgewerkt|diperbarui|(?:di)?kemas\s*kini|"
    r"zaktualizowano|aktualizacja|uppdaterad|opdateret|oppdatert|päivitetty|güncelleme|обновлено|"
    r"modifiée?|modificad[oa]|modificat[oa]|gewijzigd|zmieniono|aktualizováno|aktualizované|frissítve|actualizat|"
    r"güncellendi|оновлено|ενημερώθηκε|cập\s+nhật|atualizada|aggiornata|수정|업데이트|اپ\s*ڈیٹ|"
    # The nouns ("Ultimo aggiornamento:", "Última actualización:", "Letzte Aktualisierung:", "Laatste wijziging:").
    r"aggiornamento|actualizaci[oó]n|atualiza[cç][aã]o|aktualisierung|wijziging|pembaruan)\b"
    # CJK labels run into the words around them ("最終更新", "更新时间"): no word boundary.
    r"|更新|修改|修正"
    # Hindi, Marathi, Bengali, Gujarati, Thai: a vowel sign ends many words, and "\b" does not see it.
    r"|(?<![\u0900-\u0bff])(?:अपडेटेड|अपडेट|अद्यतन|আপডেট|হালনাগাদ|અપડેટ)(?![\u0900-\u0bff])|แก้ไขล่าสุด|อัปเดต|ปรับปรุง",
    re.IGNORECASE,
)
#: Update labels that say "as of" (the page's state at that time, "Stand: 12.11.2026 14:05 Uhr"),
#: not "updated": the only date line of a page that shows no other, it may stand for the publication.
_AS_OF_LABEL = re.compile(r"\b(?:stand|as\s+of|stan\s+na|stav\s+k)\b", re.IGNORECASE)
#: Labels of a date line that gives the publication, where it shares a line with the last update
#: ("Updated ... Published ..."), and the marks that part the two.
_PUBLISHED_LABEL = re.compile(
    r"\b(?:(?:(?:first|originally)\s+)?published|posted|publié|publicado|pubblicato|veröffentlicht|diterbitkan|dipublikasikan|"
    r"terbit|disiarkan|dibuat|gepubliceerd|opublikowano|publikováno|publicat|입력|등록|발행|شائع|"
    r"mise?\s+en\s+ligne|publicada|pubblicata|publicerad|publiceret|publisert|julkaistu|erschienen\s+am|"
    r"yayınlanma|yayınlandı|опубликовано|опубліковано|δημοσιεύθηκε|közzétéve|objavljeno|publikované)\b"
    r"|发布|發布|发表|發表|公開|配信|掲載"
    r"|(?<![\u0900-\u0bff])(?:प्रकाशित|প্রকাশিত|প্রকাশ|પ્રકાશિત)(?![\u0900-\u0bff])|เผยแพร่",
    re.IGNORECASE,
)
_DATE_PART_MARKS = (
    "|",
    "·",
    "•",
    ";",
    "—",
    "（",
)  # (an em dash: "شائع ... — اپ ڈیٹ ..."; "...（最終更新 11月27日 ...）")
#: What may stand between a part mark and the second date's label ("（最終更新", "| Last updated"): no
#: digit and no closing bracket (the first date's time, "— 14h05, mis à jour"; a weekday, "（木）14:05 更新日").
_MARK_TO_LABEL = re.compile(r"[^\d)）]{0,12}")


def _part_mark_cut(between: str) -> int:
    """Where in the text between two dates the second part starts: the last part mark that the
    second date's label follows ("...| Published: ...", "（最終更新 ..."); -1 when there is none (a
    mark inside the first part: "Publié le 26/11/2026 — 14h05, mis à jour ...")."""
    cut = -1
    for mark in _DATE_PART_MARKS:
        at = between.find(mark)
        while at >= 0:
            rest = at + len(mark)
            found = (_UPDATE_LABEL.search(between, rest), _PUBLISHED_LABEL.search(between, rest))
            labels = [label.start() for label in found if label]
            if labels and _MARK_TO_LABEL.fullmatch(between, rest, min(labels)):
                cut = max(cut, at)
            at = between.find(mark, rest)
    return cut


# Day and month as numbers apart by "/" or "-": read either way ("06/01/2020"); a dotted date is day-first.
_AMBIGUOUS_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?![\d.])")
_YEAR = re.compile(r"(?<!\d)(?:19[9]\d|20[0-4]\d)(?!\d)")
#: A numeric date with a two-digit year ("24/11/25", "24.11.25").
#: A comma may follow it before the time ("12-11-26, 16:30"), not a decimal one ("1.2.34,5").
_SHORT_YEAR_DATE = re.compile(r"(?<![\d.,:/-])\d{1,2}([./-])\d{1,2}\1\d{2}(?![\d.:/-]|,\d|\s*[ap]\.?m)")
#: A numeric date with a two-digit year that is all a text shows, but for a byline before a comma
#: ("02.12.19", "von Lena Graf, 8.5.12"): a date line, no version or score.
_BYLINE_WORD = r"(?:von|by|par|por|oleh|door|af|av)\s+"
_SHORT_DATE_ALONE = re.compile(
    r"^(?:[,|·]\s*|(?P<byline>" + _BYLINE_WORD + r"[^\d,|:]{2,40}[,|]\s*))?\d{1,2}([./-])\d{1,2}\2\d{2}$",
    re.IGNORECASE,
)
#: A byline shown just before a line of its own ("By Ann Lee", "von Lena Graf").
_BYLINE_BEFORE = re.compile(r"^\W*" + _BYLINE_WORD + r"[^\d]{2,40}$", re.IGNORECASE)
#: Class, id or itemprop words of an element that holds a date ("when", "pubdate", "datePublished")
#: and of one that holds a version or a score ("version", "release-no").
_DATE_NAMED = re.compile(r"date|time|when|publish|posted|datum|fecha|tanggal|waktu|zeit", re.IGNORECASE)
_VERSION_NAMED = re.compile(r"version|release|build|\bver\b|score|result|rating", re.IGNORECASE)
#: Languages that write a numeric date year first ("19.12.02" is 2019-12-02 in Korean, Hungarian).
_YEAR_FIRST_LANGUAGES = frozenset({"ko", "ja", "zh", "hu", "lt", "mn", "eu"})
#: Elements up from a line searched for a class that names a date or a version.
MAX_SHORT_DATE_LEVELS = 3
_DATE_WORDS_LEFT = re.compile(
    r"[\d\s.,:/|()-]+|\b(?:"
    + VIETNAMESE_MONTH_NAME
    + "|"
    + "|".join(sorted(MONTH_WORDS | DAY_NAMES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: Headings of each kind read as headline candidates, and the longest headline (characters).
MAX_HEADINGS = 5
#: Blocks around the story's text searched for a headline set over it in a banner (``_heading_over_story``).
MAX_BANNER_LEVELS = 3
MAX_HEADLINE_CHARS = 300
#: Fewest words of a lone <h1> taken for the headline when no title carries it (shorter ones are
#: section names and logos: "Literatur", "Bangkok").
MIN_LONE_H1_WORDS = 3
#: Most words of an <h1> that may be a topic label over the headline ("Literatur", "Betriebliche
#: Altersvorsorge") rather than the headline.
MAX_LABEL_WORDS = 2
#: Headline elements besides <h1> (``elements_named``'s arguments; as an XPath: "//*[@itemprop='headline'] |
#: //h2 | //*[contains(@class, 'headline') or contains(@class, 'title')][self::span or self::div or self::p
#: or self::h2 or self::h3 or self::header]").
_HEADING_ELEMENTS = (
    frozenset({"h2"}),
    frozenset({"span", "div", "p", "h2", "h3", "header"}),
    ("headline", "title"),
    "headline",
)
#: The same headline elements inside one block.
_INNER_HEADING_XPATH = (
    ".//*[@itemprop='headline'] | .//h2 | .//*[contains(@class, 'headline') or contains(@class, 'title')]"
    "[self::span or self::div or self::p or self::h2 or self::h3 or self::header]"
)
#: A date written in running text: numeric (13.09.2023, 2023-09-13) or with a month name (an ordinal
#: day too: "24th November 2025", "November 24th, 2025").
_DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}\b|\b[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
    # Year first (2025/11/24, 2025.11.24), maybe run into a CJK label ("입력2025.11.24.").
    r"|(?<![\d./])\d{4}/\d{1,2}/\d{1,2}(?![\d/])|(?<![\d.])\d{4}\.\s?\d{1,2}\.\s?\d{1,2}(?!\d|\.\d)"
)
# Kicker / topic lines inside an <h1>, the headline beside them, and text only screen readers get.
_KICKER_CLASS = re.compile(
    r"kicker|dachzeile|overline|topline|eyebrow|roofline|supertitle|pretitle|subheadline|topic-label|"
    r"spitzmarke|titleheader|rubric|subtitle",
    re.IGNORECASE,
)
_MAIN_LINE_CLASS = re.compile(
    r"(?<![a-z])(?:headline|title|heading)(?![a-z-]*(?:kicker|header|sub|link))", re.IGNORECASE
)
# Class words of text only screen readers get (Bootstrap's "hidden-xs" is shown on wide screens).
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:visually-?hidden|sr-only|screen-reader-text|element-invisible|invisible|hidden|is-hidden|"
    r"u-hidden|offscreen)(?:\s|$)",
    re.IGNORECASE,
)
#: Ruby annotations: the readings set in small type above the characters ("<ruby>子<rt>こ</rt></ruby>"
#: shows 子), not letters of the line.
_RUBY_READINGS = frozenset({"rt", "rp"})
_INLINE_EMPHASIS = frozenset({"b", "strong", "em", "i", "u", "mark", "a", "abbr", "q", "cite", "code"})
#: A key in a script's object holding a day ("2021-03-04..."): quoted in any way ("key":, 'key':,
#: \"key\": in a Next.js app-router push) or bare in JavaScript ({key: ...}).
_SCRIPT_DATED_KEY = re.compile(
    r"""(?:\\?["']([A-Za-z_$][\w$-]*)\\?["']|(?<=[{,])\s*([A-Za-z_$][\w$]*))\s*:\s*\\?["']\d{4}-\d\d-\d\d"""
)
#: Keys of an event's or an offer's instants (schema.org's Event and Offer, an ad's run), lower
#: case without "_" or "-": a script naming one and no publication-like key dates no page.
_EVENT_KEYS = frozenset(
    {
        "startdate", "enddate", "starttime", "endtime", "validfrom", "validthrough", "validuntil",
        "doortime", "pricevaliduntil", "availabilitystarts", "availabilityends", "expires", "expiresat",
        "expirydate", "expirationdate", "deadline", "eventdate", "eventstart", "eventend",
    }
)  # fmt: skip
#: A publication-like key (lower case): one whose day may be the page's own.
_PUBLICATION_LIKE_KEY = re.compile(r"publish|created|date|time")
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "option", "select", "textarea", "title", "head"})

#: Ancestors (tag, or class/id words) whose dates and bylines belong to something else:
#: related posts, comments, sidebars, footers. Class and id words are read one by one, split
#: into their parts (``-``, ``_``, camelCase; BEM ``__`` elements and ``--`` modifiers); a part
#: that is one of these stems, maybe run together with a word before it or a plural and a noun
#: after it, marks the block (``relatedposts``, ``commentlist``, ``rightsidebar``, ``terpopuler``),
#: a longer word does not (``commentary``, ``recently``).
_FOREIGN_STEMS = re.compile(
    r"^[a-z0-9]*?(related|comment|footer|sidebar|widget|recent|popular|trending|terkait|lainnya|populer|recommend|"
    r"rekomendasi|rpwwt|outbrain|taboola|newsletter|subscribe|menu|breadcrumb|"
    # "comment" in the languages whose relative dates are read ("vor 3 Stunden", "il y a 3 heures").
    r"kommentare[nr]?|kommentar|commentaire|comment[io]|comentario|comentário|commentaar|reactie|komentarze?|"
    r"komentare?)(?:s|es|ed|ations?)?"
    r"(?:posts?|list|area|box|block|wrap|wrapper|container|links?|articles?|stories|story|news|entries|entry|"
    r"items?|section|widgets?|bar|nav|form|title|header|inner|holder|content|respond|body|feed)?$"
)
#: Runs of parts that mark a block only together ("also-read", "post-navigation").
_FOREIGN_PHRASES = re.compile(
    r"(?:^|-)(?:also-read|baca-juga|read-more|more-stories|next-post|prev-post|previous-post|post-navigation|"
    r"nav-links|yarpp)(?:-|$)"
)
#: The stems and phrases each kind of look-up takes: a family's own selectors are not strict
#: (footers, menus and newsletter boxes may hold the post's own date), body candidates take only
#: blocks no article sits in (a sidebar widget can wrap a whole post). A breadcrumb trail is the
#: page's own: a date or byline in it is the article's (headings in it are not the headline).
_FOREIGN_STRICT = frozenset(
    {"related", "comment", "footer", "sidebar", "widget", "recent", "popular", "trending", "terkait", "lainnya",
     "populer", "recommend", "rekomendasi", "rpwwt", "outbrain", "taboola", "newsletter", "subscribe", "menu",
     "also-read", "baca-juga", "read-more", "more-stories", "next-post", "prev-post",
     "previous-post", "post-navigation", "nav-links", "yarpp",
     # comments in other languages (a date line and a byline are read in them too)
     "kommentar", "kommentare", "kommentaren", "kommentarer", "commentaire", "commenti", "commento", "comentario",
     "comentário", "commentaar", "reactie", "komentarz", "komentarze", "komentar", "komentare"}
)  # fmt: skip
_FOREIGN_LOOSE = frozenset(
    {"related", "comment", "sidebar", "widget", "recent", "popular", "trending", "terkait", "lainnya", "populer",
     "recommend", "rekomendasi", "outbrain", "taboola", "also-read", "baca-juga", "more-stories", "yarpp"}
)  # fmt: skip
#: A cheap first test of class and id values (lower-cased) before ``_foreign_word`` reads them word
#: by word: every loose stem, and one word of each phrase.
_LOOSE_HINT = re.compile("|".join(sorted({max(kind.split("-"), key=len) for kind in _FOREIGN_LOOSE})))
_FOREIGN_NO_ARTICLE = frozenset(
    {"related", "comment", "sidebar", "terkait", "recommend", "rekomendasi", "outbrain", "taboola", "also-read",
     "baca-juga", "more-stories", "yarpp"}
)  # fmt: skip
#: Headings: sidebars, widgets, menus, footers and related posts, not "read more" or pagers.
_FOREIGN_HEADING = (_FOREIGN_STRICT | {"breadcrumb"}) - {"read-more", "next-post", "prev-post", "previous-post",
                                                          "post-navigation", "nav-links", "also-read", "baca-juga",
                                                          "more-stories", "rpwwt"}  # fmt: skip
#: Parts before a stem that make the word describe the page's layout or state, not the block:
#: ``has-sidebar``, ``no-sidebar``, ``lay-sidebar``, ``layout-with-sidebar``, ``showing-comments``;
#: and parts after it that say a state (``comments-open``, ``footer-top-visible``).
_FOREIGN_QUALIFIERS = frozenset(
    {"has", "with", "without", "no", "lay", "layout", "show", "showing", "hide", "hidden", "enable", "enabled"}
)
_FOREIGN_STATES = frozenset(
    {"open", "opened", "closed", "visible", "hidden", "active", "enabled", "disabled", "shown", "collapsed", "expanded"}
)
#: WordPress post classes and similar: a taxonomy term named after a foreign word ("tag-related", "category-popular").
_TAXONOMY_PREFIXES = frozenset({"category", "cat", "tag", "tags", "format", "type", "status", "term", "topic"})
#: BEM elements that are the main column of a layout block named after its sidebar (``sidebar__main``).
_MAIN_PARTS = frozenset({"main", "primary", "article", "story"})
_FOREIGN_TAGS = frozenset({"footer", "aside", "nav"})
_SIDEBAR = frozenset({"sidebar"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _foreign_parts(parts: list[str], kinds: frozenset[str]) -> bool:
    """True when a run of class-word parts names a foreign block of ``kinds`` (see ``_foreign_word``)."""
    joined = "-".join(parts)
    for match in _FOREIGN_PHRASES.finditer(joined):
        if match.group().strip("-") in kinds:
            return True
    for index, part in enumerate(parts):
        match = _FOREIGN_STEMS.match(part)
        if match is None or match.group(1) not in kinds:
            continue
        stem, before = match.group(1), parts[:index]
        if _FOREIGN_QUALIFIERS & set(before) or _FOREIGN_STATES & set(parts[index + 1 :]):
            continue
        if before and before[0] in _TAXONOMY_PREFIXES:
            continue
        if stem == "widget" and part == "widget" and before:
            # A page builder's module ("elementor-widget-container"), not a theme's sidebar widget.
            continue
        if stem == "sidebar" and "content" in before:
            # The layout of the content and its sidebar ("content-sidebar-wrap", "PageContentSidebar").
            continue
        return True
    return False


@lru_cache(maxsize=4096)
def _foreign_word(word: str, kinds: frozenset[str]) -> bool:
    """True when one class or id word marks a block of ``kinds`` (related posts, comments, sidebar...).

    A BEM element or modifier of a foreign block is foreign (``comments__item``, ``sidebar--left``),
    an element naming a foreign block is too (``article__related``); the main column of a layout
    named after its sidebar is not (``sidebar__main``), nor a block's modifier (``layout--sidebar``).
    """
    word = _CAMEL.sub("-", word)
    if word.startswith(("-", "_")):
        word = word.lstrip("-_")
    block, *elements = word.lower().split("__")
    block = block.split("--")[0]
    block_parts = [p for p in re.split(r"[-_]+", block) if p]
    if block_parts and block_parts[0] in _TAXONOMY_PREFIXES:
        return False
    if _foreign_parts(block_parts, kinds):
        return not (elements and elements[0].split("--")[0] in _MAIN_PARTS)
    for element in elements:
        parts = [p for p in re.split(r"[-_]+", element.split("--")[0]) if p]
        if _foreign_parts(parts, kinds):
            return True
    return False


def _foreign_marker(node: HtmlElement, kinds: frozenset[str]) -> bool:
    """True when a class or id word of ``node`` marks a foreign block of ``kinds``."""
    return _foreign_values(node.get("class"), node.get("id"), kinds)


@lru_cache(maxsize=4096)
def _foreign_values(cls: str | None, ident: str | None, kinds: frozenset[str]) -> bool:
    """``_foreign_marker`` of a class and id value: a page repeats its values (~90 tests a page)."""
    words = f"{cls or ''} {ident or ''}".split()
    return any(_foreign_word(word, kinds) for word in words)


#: One part of a title (split at " | ", " - ", ":"...) that is an error page's whole title:
#: "404", "Error 404 - Not Found", "Page not found", "Halaman tidak ditemukan", "Nothing found
#: for ...". Anchored: a headline that says "not found" in a sentence is no error page.
_NOT_FOUND_TITLE = re.compile(
    r"(?:oops!?\s*)?(?:error\s*)?(?:404|50\d)(?:\s*[:.!-]?\s*(?:error|(?:page\s+)?not found|(?:internal\s+)?server error|"
    r"halaman tidak ditemukan|tidak ditemukan))?|(?:oops!?\s*)?(?:error\s*[:-]?\s*)?(?:page\s+|halaman\s+)?"
    r"(?:not found|tidak ditemukan|tidak dijumpai)|nothing found(?:\s+for\b.*)?|(?:internal\s+)?server error",
    re.IGNORECASE,
)
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014:\-\u00bb\u00b7]+\s+|\s*[|\u00bb\u00b7]\s*")


def _is_not_found_title(title: str) -> bool:
    """Whether a part of the title is, whole, what an error page is titled."""
    return any(_NOT_FOUND_TITLE.fullmatch(part.strip(" .!")) for part in _TITLE_PARTS.split(title.strip()))


# WordPress and Blogger theme classes on <body> that say what kind of page it is.
_BODY_CLASS_REASONS = (
    ("error404", "error"),
    ("search", "search"),
    ("search-results", "search"),
    ("search-no-results", "search"),
    ("author", "author"),
    ("tag", "tag"),
    ("category", "category"),
    ("date", "archive"),
    ("archive", "archive"),
    ("home", "home"),
    ("blog", "home"),
    # Ghost (Casper and the themes built on it): tag, author, home and later pages of a listing.
    ("tag-template", "tag"),
    ("author-template", "author"),
    ("home-template", "home"),
    ("paged", "archive"),
    # Drupal (7's page-*, 8+'s path-* classes): a taxonomy term's page, the front page. Not 8's
    # "path-taxonomy": a site's theme set it on its articles (iass-potsdam.de, trafilatura's set).
    ("page-taxonomy-term", "tag"),
    ("path-frontpage", "home"),
)
_LISTING_LD_TYPES = {
    "CollectionPage": "archive",
    # Ghost's tag pages. Not CreativeWorkSeries: a forum's article pages carry it (anglerboard.de).
    "Series": "tag",
    "SearchResultsPage": "search",
    "ProfilePage": "author",
    "ItemList": "archive",
}
# A query naming one post on the site's root path: WordPress's plain permalinks ("/?p=2895",
# "/?page_id=12") and a CMS's item ids ("/?id=", "/?story=", "/?article="). Such a page is that
# post, not the home page.
_POST_QUERY = re.compile(r"(?:^|&)(?:p|page_id|id|story|article|articleid|newsid|news_id|nid)=\w")


def _organisation_card(node: HtmlElement) -> bool:
    """True for an hCard name that is its organisation's (microformats: ``class="fn org"``)."""
    classes = (node.get("class") or "").split()
    return "fn" in classes and "org" in classes


def _photo_credit(node: HtmlElement) -> bool:
    """True for an element that credits a picture: one in a ``<figure>`` or a caption, one right
    after a figure or an image, or one whose class or id says so ("photo-byline", "image-credit")."""
    if _PHOTO_MARK.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
        return True
    if any(ancestor.tag in _CAPTION_TAGS for ancestor in node.iterancestors()):
        return True
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment between them
    return before is not None and before.tag in _PICTURE_TAGS


def _foreign(node: HtmlElement, *, strict: bool = True, frame: frozenset[Any] = frozenset()) -> bool:
    """True when ``node`` sits in a related-posts block, comment or sidebar (or, ``strict``, a footer).

    A family's own selectors are not strict: Blogger puts the post's date and author in
    ``.post-footer``, inside the post. ``frame`` holds the article body's element and its
    ancestors: a container that holds the article is the page's frame, not a widget, however
    it is named (Blogger wraps the whole post in ``<div class="widget Blog">``).
    """
    kinds = _FOREIGN_STRICT if strict else _FOREIGN_LOOSE
    for current in (node, *node.iterancestors()):
        if current in frame:
            return False
        tag = current.tag if isinstance(current.tag, str) else ""
        if tag in ("body", "html"):
            return False
        if strict and tag in _FOREIGN_TAGS:
            return True
        if _foreign_marker(current, kinds):
            return True
    return False


#: Longest first line compared with the page's <title> (characters).
MAX_TITLE_LINE_CHARS = 300


def _after_kicker_key(paragraph: str) -> str:
    """``title_key`` of what follows a short kicker and its colon ("Tag der Abstimmung: Headline"), or ""."""
    kicker, colon, rest = paragraph.partition(":")
    return title_key(rest) if colon and len(kicker.split()) <= MAX_KICKER_WORDS else ""


def _outside_article(node: HtmlElement) -> bool:
    """True when a candidate body element sits in comments, related posts or a sidebar."""
    for current in node.iterancestors():
        tag = current.tag if isinstance(current.tag, str) else ""
        if tag in _FOREIGN_TAGS:
            return True
        if _foreign_marker(current, _FOREIGN_NO_ARTICLE):
            return True
    return False


#: Class words of embedded social posts (a tweet's "October 31, 2021" link, an Instagram post's
#: <time>): their dates are the post's, not the article's.
_EMBED_CLASSES = frozenset(
    {"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "fb-video", "reddit-embed-bq",
     "bluesky-embed"}
)  # fmt: skip


def _in_embed(node: HtmlElement) -> bool:
    """True when ``node`` sits in an embedded social post (tweet, Instagram or TikTok post, ...) or in
    the microdata item of something the story embeds (a ``VideoObject``: ``document.in_other_item``)."""
    for current in (node, *node.iterancestors()):
        classes = current.get("class")
        if classes and not _EMBED_CLASSES.isdisjoint(classes.split()):
            return True
    return in_other_item(node)


def _names_only_events(script: str) -> bool:
    """Does ``script`` give a day under an event's or an offer's key (``_EVENT_KEYS``: an ad's
    "startDate") and none under a publication-like key (``_PUBLICATION_LIKE_KEY``: "datePublished",
    'articlePublishDate', "created", "date")? Its ISO stamps are not the page's."""
    event = False
    for match in _SCRIPT_DATED_KEY.finditer(script):
        key = (match.group(1) or match.group(2)).lower().replace("_", "").replace("-", "")
        if key in _EVENT_KEYS:
            event = True
        elif _PUBLICATION_LIKE_KEY.search(key):
            return False
    return event


def _not_the_articles_date(node: HtmlElement, frame: frozenset[Any]) -> bool:
    """True when a date in ``node`` is something else's: a foreign block's or an embedded post's."""
    return _foreign(node, frame=frame) or _in_embed(node)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    if value is None or isinstance(value, (dict, list)):
        return None
    text = normalize_space(html_lib.unescape(str(value)))
    return text or None


#: A team's word before its name, which a person's name in lower case after it makes a team's
#: credit ("Tim liputan", "Pasukan sukan"; ``_shown_lower_surname``).
_TEAM_FIRST_WORDS = frozenset({"tim", "pasukan", "team"})


def _lower_surname(name: str) -> bool:
    """True for a name of two or three words of letters whose first word alone is capitalised
    ("Mobasir hassan"), particles aside."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[0][:1].isupper()
        and words[0].isalpha()
        and all(len(w) > 1 and w.isalpha() and w.islower() and w not in _NAME_PARTICLES for w in words[1:])
    )


def _hidden(node: HtmlElement) -> bool:
    return bool(_HIDDEN_CLASS.search(node.get("class") or "")) or node.get("aria-hidden") == "true"


def _shown_text(node: HtmlElement) -> str:
    """A heading's text as the page shows it: without permalink marks, screen-reader-only parts
    ("Headline<span class=element-invisible> | Site</span>"), ruby readings and the style sheets
    CSS-in-JS libraries set inside it ("<h1><style>.css-umyvef{...}</style>...")."""

    def unseen(el: HtmlElement) -> bool:
        return isinstance(el.tag, str) and (el.tag in _NO_TEXT_TAGS or el.tag in _RUBY_READINGS or _hidden(el))

    def glued(el: HtmlElement) -> bool:
        # "<span>Kicker</span>\n<span>: </span><span>Headline</span>": the line break between the
        # elements is the markup's layout, not a space before the colon ("Kicker: Headline").
        prev = el.getprevious()
        return (
            (el.text or "")[:1] in _GLUED_PUNCTUATION and prev is not None and bool(prev.tail) and not prev.tail.strip()
        )

    if (shown := with_emoji_text(node)) is not None:
        node = shown  # "<img class=emoji alt=🔥>" is the emoji shown
    drop = [el for el in node.iterdescendants() if unseen(el)]
    glue = [el for el in node.iterdescendants() if isinstance(el.tag, str) and el.text and glued(el)]
    if drop or glue:
        node = deepcopy(node)
        descendants = list(node.iterdescendants())
        for el in descendants:
            if isinstance(el.tag, str) and el.text and glued(el) and not unseen(el):
                el.getprevious().tail = ""
        for el in descendants:
            if unseen(el):
                el.drop_tree()
    return normalize_space(text_of(node)).rstrip("¶#§ ").strip()


#: Class and id words of a table of contents ("toc", "ez-toc-title", "table-of-contents").
_TOC_WORD = re.compile(r"(?<![a-z])(?:toc|table-of-contents)(?![a-z])", re.IGNORECASE)
#: Meta tags that name the headline beside og:title and twitter:title.
_MORE_TITLE_META = ("title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title")
#: Punctuation that follows a word without a space: an element opening with one is glued to the
#: element before it (see ``_shown_text``).
_GLUED_PUNCTUATION = frozenset(":;,.!?")


#: An HTML entity left in text that was escaped twice ("&amp;#8217;" in a <title> reads "&#8217;").
_LEFT_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
#: Invisible format characters a headline as shown has none of: direction marks, word joiners,
#: zero-width spaces, soft hyphens (not the zero-width (non-)joiners Persian and Indic scripts spell with).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _in_toc(node: HtmlElement, block: HtmlElement) -> bool:
    """True when ``node`` or an element around it inside ``block`` is a table of contents."""
    for current in (node, *node.iterancestors()):
        if current is block:
            return False
        if _TOC_WORD.search(f"{current.get('class') or ''} {current.get('id') or ''}"):
            return True
    return False


def _clean_headline(title: str | None) -> str | None:
    """The headline as the reader sees it: entities left by double escaping read, invisible
    format characters and the spacing they leave taken out (a date stamp before it stays: see
    ``ArticlePage._dated_title``)."""
    if not title:
        return title
    if "&" in title and _LEFT_ENTITY.search(title):
        title = html_lib.unescape(title)
    return normalize_space(_INVISIBLE.sub("", title)) or None


#: A separator a title may set a section's name off with (a cheap test before reading the section).
_SEPARATOR_HINT = re.compile(r"\s[-|–—·•»:/]\s|[|│｜_]")


def _without_tail(title: str, names: list[str]) -> str:
    """``title`` less the page of a story split over pages, the site's name and the section names set
    beside it ("Headline | Local News | Site", "Site - Headline - Local - News") and a wire agency's
    name after it; less a short last segment when no name is found in it."""
    title = without_page_number(normalize_space(title))
    cleaned = strip_site_tail(title, names)
    if cleaned == title:
        return tail_guess(cleaned)
    if title.endswith(cleaned):
        # The site's name went from the front: section names may follow the headline ("Site -
        # Headline - Local - News").
        cleaned = without_trailing_sections(cleaned)
    return _without_agency(without_sections(cleaned))


def _without_agency(title: str) -> str:
    """``title`` without a wire agency's name as its last segment ("Headline - Reuters", as a
    mirror keeps it from the wire's copy before its own name): the credit, not the headline."""
    parts = title_segments(title)
    if len(parts) > 1 and byline_agency(parts[-1]):
        return strip_site_tail(title, [parts[-1]])
    return title


def _headline_texts(nodes: list[HtmlElement]) -> list[str]:
    """Distinct texts of headline elements as shown; headings only screen readers get left out."""
    out: list[str] = []
    for node in nodes:
        if _hidden(node):
            continue
        text = _shown_text(node)
        if text and text not in out and len(text) <= MAX_HEADLINE_CHARS:
            out.append(text)
    return out


def _truncated(heading: str) -> bool:
    """True for a heading cut short with an ellipsis: a teaser's, unless a title carries it whole
    ("Alles hat seine Zeit…" in "Alles hat seine Zeit… | Marktplatz")."""
    return heading.endswith(("…", "..."))


def _main_line(node: HtmlElement) -> str | None:
    """The headline of an ``<h1>`` that also holds a kicker or topic line in its own element, else None.

    The kicker is an element classed as one ("kicker", "dachzeile", "overline", "subheadline",
    "topic-label"), or the sibling of an element classed as the headline; text hidden for
    screen readers (": " between the two) goes with it.
    """
    marked = [
        el
        for el in node.iterdescendants()
        if isinstance(el.tag, str)
        and (el.tag == "small" or _KICKER_CLASS.search(el.get("class") or ""))
        and text_of(el)
    ]
    titled = [
        el
        for el in node.iterdescendants()
        if isinstance(el.tag, str)
        and _MAIN_LINE_CLASS.search(el.get("class") or "")
        and el not in marked
        and text_of(el)
    ]
    whole = text_of(node)
    if len(titled) == 1 and text_of(titled[0]) != whole and (marked or whole.endswith(text_of(titled[0]))):
        # The headline-classed line, after a kicker ("<span>Kicker</span><span class=headline>...</span>").
        return normalize_space(text_of(titled[0])) or None
    if not marked:
        return _trailing_line(node)
    copy = deepcopy(node)
    for el in list(copy.iterdescendants()):
        if isinstance(el.tag, str) and (
            el.tag == "small"
            or _KICKER_CLASS.search(el.get("class") or "")
            or _HIDDEN_CLASS.search(el.get("class") or "")
            or el.get("aria-hidden") == "true"
        ):
            el.drop_tree()
    main = normalize_space(text_of(copy)).strip(" :-–—|")
    return main if main and main != whole else None


def _trailing_line(node: HtmlElement) -> str | None:
    """The headline of "<h1><span>Kicker</span> Headline</h1>": the heading's own text after a
    leading element, when nothing else in it has text."""
    inner = node
    while len(inner) == 1 and not (inner.text or "").strip() and not (inner[0].tail or "").strip():
        inner = inner[0]  # <h1><a href=...><span>Kicker</span> Headline</a></h1>
    children = [c for c in inner if isinstance(c.tag, str) and c.tag not in _NO_TEXT_TAGS and not _hidden(c)]
    if (
        (inner.text or "").strip()
        or not children
        or not text_of(children[0])
        or children[0].tag in _INLINE_EMPHASIS
        or (children[0].tail or "").lstrip()[:1].islower()
    ):
        return None  # "<b>Ehezoff</b> der Pochers ...": a word set in bold, not a kicker
    rest = normalize_space((children[0].tail or "") + "".join(text_of(c) + (c.tail or "") for c in children[1:]))
    if any(text_of(c).strip() for c in children[1:]):
        return None  # more elements with text: not a kicker and a headline
    rest = rest.strip(" :-–—|")
    return rest if len(rest) >= 12 else None


def _without_site_name(node: HtmlElement, names: list[str]) -> str | None:
    """A heading's text without an element at its start or end that is the site's name, else None
    ("<h1><span>Headline</span><a href="/mallorca.html">Ultima Hora Mallorca</a></h1>"; not
    "Frauen im <abbr>THW</abbr>: ..." on thw.de)."""
    whole = text_of(node)
    named = {
        el
        for el in node.iterdescendants()
        if isinstance(el.tag, str)
        and el.tag not in ("abbr", "acronym")
        and (text := text_of(el))
        and text != whole
        and (whole.startswith(text) or whole.endswith(text))
        and is_site_name(text, names)
    }
    if not named:
        return None
    out: list[str] = []

    def walk(el: HtmlElement) -> None:
        if el not in named and isinstance(el.tag, str):
            out.append(el.text or "")
            for child in el:
                walk(child)
        if el is not node:
            out.append(el.tail or "")

    walk(node)
    rest = normalize_space("".join(out)).strip(" :-–—|")
    return rest if len(rest) >= 12 else None


def _heading_lines(node: HtmlElement) -> list[str]:
    """The lines of a heading broken with ``<br>``."""
    if node.find(".//br") is None:
        return [normalize_space(text_of(node))]
    copy = deepcopy(node)
    for br in copy.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [line for line in (normalize_space(t) for t in copy.text_content().split("\n")) if line]


def _element_starts(node: HtmlElement) -> set[str]:
    """Title keys of the heading's text up to each point where an element starts or ends
    ("<h1><span>Kicker</span> Headline</h1>" gives "kicker"): where a kicker in an element of its
    own can end. Empty for a heading of one text."""
    starts: set[str] = set()
    if len(node) == 0:
        return starts
    seen = ""
    for piece in node.itertext():
        seen += piece
        starts.add(title_key(seen))
    starts.discard("")
    return starts


def _after_kicker(heading: str, reference: str) -> bool:
    """True when ``reference`` is "Kicker: ``heading``" (the heading is the headline after a kicker)."""
    reference = normalize_space(reference)
    heading = normalize_space(heading)
    return (
        len(heading) >= 12
        and reference.endswith(heading)
        and reference[: -len(heading)].rstrip().endswith(":")
        and len(reference) - len(heading) <= 60
    )


#: Title segments a theme sets between the site's name and the headline: WordPress's old default
#: theme writes "Site » Blog Archive » Headline", in each language it was translated into.
_THEME_SEGMENTS = ("Blog Archive", "Blog Archiv", "Blog-Archiv", "Archivo del blog", "Archives du blog", "Arsip Blog")
#: Class words of a heading that is the site's name in the page header, not a headline
#: ("site-title", "topbar__logo__title", "blog-name", "site-branding").
_MASTHEAD_CLASS = re.compile(
    r"(?<![a-z])(?:logo|site-?title|site-?name|blog-?title|blog-?name|branding|masthead)(?![a-z])", re.IGNORECASE
)
#: An href that is a site's home page: its root, a language root ("/de/"), an index page.
_HOME_HREF = re.compile(
    r"^(?:(?:https?:)?//(?:www\.)?(?P<host>[^/?#]+))?(?P<path>/?|/[a-z]{2}(?:-[a-zA-Z]{2})?/?|/?index\.\w+|/home/?)$"
)
#: Most links read when looking for the ones to the site's home page (its logo, its name).
MAX_HOME_LINKS = 30


#: ``title_key`` remembered: the title steps key the same headings, titles and site names many
#: times a page (``_title_from_page`` alone about 20 keys, most of them again).
_title_key = lru_cache(maxsize=4096)(title_key)


#: A class word that names a share box: "share" as its first part ("shareArticles", "share-box"),
#: not inside it ("gigya-share-btns", "docked-sharebar-content" wrap whole articles).
_SHARE_WORD = re.compile(r"(?i)share(?:[-_]|$)")


def _logo_classed(node: HtmlElement) -> bool:
    return bool(_MASTHEAD_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"))


def _strip_tags(fragment: str | None) -> str:
    if not fragment:
        return ""
    return normalize_space(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)))


#: Most short lines (headline, kicker, byline) over the shown text that the state's body lacks.
MAX_STATE_LEAD_LINES = 3
#: Most words of such a line.
MAX_STATE_LEAD_WORDS = 15


def _heading_line(text: str) -> bool:
    return count_words(text) <= MAX_STATE_LEAD_WORDS and not re.search(r"[.!?。！？…][\"'”’»)]*$", text)


def _state_continues(paragraphs: list[str], state: list[str]) -> bool:
    """True when the state's body begins with the page's paragraphs and is much longer (at least
    half as long again and ``MIN_BODY_WORDS`` more words): the page shows its first part only."""
    shown = " ".join(re.findall(r"\w+", " ".join(paragraphs).casefold()))
    whole = " ".join(re.findall(r"\w+", " ".join(state).casefold()))
    words, more = count_words(shown), count_words(whole)
    return bool(shown) and whole.startswith(shown) and more >= max(words * 3 // 2, words + MIN_BODY_WORDS)


class ArticlePage:
    """A page of some site, read into an :class:`~newscrawl.items.Article`.

    Construct with the page's bytes (or text) and final URL; ``to_item()`` builds the
    Article, ``page_type()`` says why a page is not an article.
    """

    #: True once ``_main_paragraphs`` took the body from the page's state (``_state_rest``): the
    #: rules that trim trafilatura's reading to the page's frame do not apply to it.
    _body_from_state = False
    #: CSS selectors of the element holding the article's text, tried in order (family subclasses set these).
    body_selectors: tuple[str, ...] = ()
    #: CSS selectors of the headline element.
    title_selectors: tuple[str, ...] = ()
    #: CSS selectors of the publication date element (``datetime``/``title``/``content`` attribute or text).
    date_selectors: tuple[str, ...] = ()
    #: CSS selectors of the modification date element.
    modified_selectors: tuple[str, ...] = ()
    #: CSS selectors of author names or the byline.
    author_selectors: tuple[str, ...] = ()
    #: CSS selectors of elements dropped before extraction (widgets the family's themes share).
    drop_selectors: tuple[str, ...] = ()
    #: CSS selectors of the section / category link and the tag links.
    section_selectors: tuple[str, ...] = ()
    tag_selectors: tuple[str, ...] = ()

    def __init__(
        self,
        html: bytes | str,
        url: str,
        site: Any = None,
        *,
        rest_post: dict[str, Any] | None = None,
        fetched_at: datetime | None = None,
        headers: Any = None,
    ) -> None:
        self.url = url
        self.site = site
        self.rest_post = rest_post if isinstance(rest_post, dict) else None
        self.fetched_at = fetched_at
        self.doc = PageDocument(html, url, headers)
        self.tree = self.doc.tree
        self.cut = cut_tree(self.tree, url, self.doc.text)  # a hostile size read only as far as a news page needs
        # The registry's zone; its default, "UTC", names none (a registered site whose zone nobody set
        # reads a time the page writes with no zone as an unregistered one's, from what the page shows).
        name = getattr(site, "timezone", None)
        self.tz = site_zone(name) if name != "UTC" else UTC

    # -- shared inputs ---------------------------------------------------------------

    @cached_property
    def now(self) -> datetime:
        """The time relative dates count back from: when the page was fetched."""
        if self.fetched_at is not None:
            return self.fetched_at if self.fetched_at.tzinfo else self.fetched_at.replace(tzinfo=UTC)
        return datetime.now(UTC)

    @property
    def counts_back(self) -> bool:
        """True when a relative date ("3 hours ago") can be read: the fetch time is known (counted from
        the time of reading, it would be wrong by the time since the fetch)."""
        return self.fetched_at is not None

    @cached_property
    def ld(self) -> dict[str, Any]:
        return self.doc.article_ld

    @property
    def overrides(self) -> Any:
        return getattr(self.site, "extract", None)

    def select(self, selector: str | None, root: HtmlElement | None = None) -> list[HtmlElement]:
        """Elements matching a CSS selector (an invalid selector matches nothing, logged once)."""
        if not selector or self.tree is None:
            return []
        if root is None and not self.doc.may_match(selector):
            return []
        return css(root if root is not None else self.tree, selector)

    def select_first(self, selectors: tuple[str, ...] | list[str], *, strict: bool = True) -> list[HtmlElement]:
        """Elements of the first selector that matches outside related posts, comments and sidebars."""
        for selector in selectors:
            found = [n for n in self.select(selector) if not _foreign(n, strict=strict, frame=self.frame)]
            if found:
                return found
        return []

    @cached_property
    def site_names(self) -> list[str]:
        """Names the site goes by: registry publisher and name, og:site_name, JSON-LD publisher, host."""
        names = []
        if self.site is not None:
            names += [getattr(self.site, "publisher", None), getattr(self.site, "name", None)]
        names.append(self.doc.meta_first("og:site_name", "application-name", "apple-mobile-web-app-title"))
        publisher = self.ld.get("publisher")
        names.append(_ld_text(publisher))
        for obj in self.doc.jsonld:
            if jsonld_types(obj) & {"WebSite", "Organization", "NewsMediaOrganization"}:
                names.append(_ld_text(obj.get("name")))
        host = _host(self.url)
        if host:
            names.append(host)
            names.append(host.split(".")[0])
        return [n for n in names if n]

    # -- what kind of page ----------------------------------------------------------

    def page_type(self) -> str | None:
        """``"not_article:<why>"`` for home, archive, tag, search, author and error pages; None for an article."""
        if self.tree is None:
            return "not_article:empty"
        if self.rest_post is not None:
            return None
        title = text_of(self.tree.find(".//title"))
        classes = self.doc.body_classes
        if "error404" in classes:
            return "not_article:error"
        if self._declares_profile():
            return "not_article:author"
        # A WordPress (or Ghost: post-template) single post first: its headline may well say "not found".
        if classes & {"single", "single-post", "postid", "post-template"} or any(
            c.startswith("postid-") for c in classes
        ):
            return None
        if title and not self.ld and _is_not_found_title(title):
            return "not_article:error"
        for cls, reason in _BODY_CLASS_REASONS:
            if cls in classes:
                return f"not_article:{reason}"
        if not self.ld:
            for ld_type, reason in _LISTING_LD_TYPES.items():
                if ld_type in self.doc.ld_types:
                    return f"not_article:{reason}"
            og_type = (self.doc.meta_first("og:type") or "").lower()
            parts = urlsplit(self.url)
            path = parts.path
            if (path in ("", "/") and not _POST_QUERY.search(parts.query)) or (
                og_type == "website" and path in ("", "/", "/index.html")
            ):
                # the root path with a search's query ("/?s=words") is the site search's page
                return "not_article:search" if walls.search_address(self.url) else "not_article:home"
            if og_type in ("profile",):
                return "not_article:author"
        if self._blogger_listing():
            return "not_article:archive"
        return self._wall_type()

    def _declares_profile(self) -> bool:
        """True when a page with no article JSON-LD says it is a person's profile (JSON-LD
        ``ProfilePage`` or og:type ``profile``): a staff author page, whatever single-post classes
        its theme puts on every page's body (review rv31)."""
        if self.ld:
            return False
        return "ProfilePage" in self.doc.ld_types or (self.doc.meta_first("og:type") or "").lower() == "profile"

    def _blogger_listing(self) -> bool:
        """True when the page shows Blogger's markup of several posts (``.post-outer`` blocks): a
        home, label or search page of a Blogger site, whichever page class reads it (a blogspot
        site not in the registry is read as a generic page: review rv21)."""
        return len(self.select(".post-outer")) > 1 or len(self.select("article.post-outer-container")) > 1

    def _wall_type(self) -> str | None:
        """``"not_article:challenge"`` for a bot check's page, ``"not_article:media"`` for a video's
        or a podcast episode's page (a player and a caption), ``"not_article:consent"`` for a
        consent wall, ``"not_article:section"`` for a section front of teasers and
        ``"not_article:topic"`` for a topic's page (on a page that does not say it is an article);
        None otherwise (see ``walls``)."""
        if walls.is_challenge(self.tree, self.doc.markers):
            return "not_article:challenge"
        if walls.is_web_story(self.tree):
            return "not_article:web_story"
        og_type = (self.doc.meta_first("og:type") or "").lower()
        event = bool(walls.EVENT_TYPES & set(self.doc.ld_types))  # the writers read only on an event's page
        if event and walls.is_event_page(
            self.doc.ld_types, bool(self.ld), og_type, self._main_paragraphs[0], bool(self.authors())
        ):
            return "not_article:event"
        if (
            not self.ld
            and "article" not in og_type
            and walls.is_media_page(self.tree, self.doc.ld_types, og_type)
            and not self.authors()
        ):
            return "not_article:media"  # a video's or a podcast episode's page: a player and a caption
        if walls.is_consent_wall(self.tree, self.doc.markers, self._main_paragraphs[0]):
            return "not_article:consent"
        if (
            not self.ld
            and "article" not in og_type
            and walls.is_section_front(self.tree, self.url, (self.canonical_url() or "",))
        ):
            return "not_article:section"
        if (
            not self.ld
            and "article" not in og_type
            and walls.is_search_page(
                self.tree,
                self.url,
                (self.canonical_url() or "",),
                lambda node: _foreign_marker(node, _FOREIGN_NO_ARTICLE),
            )
        ):
            return "not_article:search"  # a site search's results: a list of cards, no story
        if (
            not self.ld
            and "article" not in og_type
            and not self.authors()
            and walls.is_topic_page(
                self.tree,
                self.url,
                (self.canonical_url() or "",),
                lambda text: bool(_DATE_IN_TEXT.search(text)),
                lambda node: _foreign_marker(node, _FOREIGN_NO_ARTICLE),
                is_related_heading,
            )
        ):
            return "not_article:topic"  # a topic's name, a short undated intro, dated cards of other stories
        return None

    # -- fields ------------------------------------------------------------------------

    def canonical_url(self) -> str | None:
        return self._canonical_url

    @cached_property
    def _canonical_url(self) -> str | None:
        # (read by the section-front check, the teaser and home-link steps and the item: made once)
        href = self.doc.link_href("canonical") or self.doc.meta_first("og:url")
        if not href and self.rest_post:
            href = self.rest_post.get("link")
        return _join(self.url, href)

    def title(self) -> str | None:
        return self._title if self._reading_stamp else self._dated_title

    @cached_property
    def _title(self) -> str | None:
        """The headline, without a date stamp before it (read by the dates, see ``_dated_title``)."""
        return without_date_stamp(self._stamped_title or "") or None

    @cached_property
    def _stamped_title(self) -> str | None:
        title = _clean_headline(self._title_source())
        return without_news_label(title) if title else title

    _reading_stamp = False

    @cached_property
    def _dated_title(self) -> str | None:
        """The headline with the date stamp before it kept when the stamp is not the page's
        publication day (a day apart at most): "11.9.2001 - Der Tag, der die Welt veränderte" on a
        page of 2026 is about that day (``headline_parts.stamp_days``)."""
        title, whole = self._title, self._stamped_title
        if whole == title or not (days := stamp_days(whole or "")):
            return title
        self._reading_stamp = True  # the dates read the headline: the stamp's own text is one
        try:
            published = self.published_at()
        finally:
            self._reading_stamp = False
        if published is None or any(abs((published.date() - day).days) <= 1 for day in days):
            return title
        return whole

    def _title_source(self) -> str | None:
        selectors = [self.overrides.title] if self.overrides and self.overrides.title else []
        for node in self.select_first(selectors):
            text = normalize_space(text_of(node))
            if text:
                return text
        if self.rest_post:
            rendered = (self.rest_post.get("title") or {}).get("rendered")
            text = _strip_tags(rendered)
            if text:
                return text
        # A client-rendered page whose HTML gives no headline: its state's article's (__NEXT_DATA__).
        return self._title_from_page() or (state_headline(self.tree) if self._has_state else None)

    def _title_from_page(self) -> str | None:
        # The site's names: those it declares, those it shows as links to its home page, and the
        # segments a theme adds ("Blog Archive").
        names = [*self.site_names, *self._shown_site_names, *_THEME_SEGMENTS]
        page_title = text_of(self.tree.find(".//title")) if self.tree is not None else ""
        if "&" in page_title and _LEFT_ENTITY.search(page_title):
            # Escaped twice ("Headline &amp;#8211; Site"): its separators read, as the meta tags' are.
            page_title = html_lib.unescape(page_title)
        structured = [
            _ld_text(self.ld.get("headline")),
            self.doc.meta_first("og:title"),
            self.doc.meta_first("twitter:title"),
            _ld_text(self.ld.get("name")),
        ]
        structured = [normalize_space(html_lib.unescape(s)) for s in structured if s]
        headings = self._heading_candidates()
        # Other names the page gives its headline carry a heading too, but none stands in for
        # one: Dublin Core's and Parse.ly's title, a bare <meta name=title> and JSON-LD's
        # alternativeHeadline (the headline shown where the <h1> is a shorter SEO line).
        more = [
            self.doc.meta_first(*_MORE_TITLE_META),
            _ld_text(self.ld.get("alternativeHeadline")),
        ]
        more = [normalize_space(html_lib.unescape(s)) for s in more if s]
        site_keys = {_title_key(n) for n in names}
        # A title that is only the site's name ("<title>MEDEF</title>") carries no headline: not
        # "Medef Contactez-nous", the menu's <h1> it starts.
        references = [t for t in [*structured, page_title, *more] if t and _title_key(t) not in site_keys]
        # A heading that the <title> or og:title also carries is the headline as shown. In page
        # order: an <h1> that is the title or its headline segment, else an <h1> the title
        # starts with, else another headline element that is a whole segment.
        primary, secondary = headings
        reference_keys = [_title_key(r) for r in references]
        for heading in primary:
            # "<h1>Headline <span>Premium</span></h1>" where the titles carry the headline alone: the
            # element at its end is a badge (``headline_parts.without_end_element``).
            cut = self._end_cuts.get(heading)
            if (
                cut
                and (key := _title_key(cut)) not in site_keys
                and not any(_title_key(heading) in k for k in reference_keys)
            ):
                if any(_title_key(strip_site_tail(r, names)) == key for r in references):
                    return cut
        for heading in primary:
            # An <h1> in lines (<br>) of which the title carries one: that line, not the byline under it.
            carried = [
                line
                for line in self._heading_lines.get(heading, ())
                if len(_title_key(line)) >= 4 and any(_title_key(line) in k for k in reference_keys)
            ]
            if len(carried) == 1 and _title_key(carried[0]) not in site_keys:
                return carried[0]
        for heading in [*primary, *self._walled_h1s]:
            # "Kicker: Headline" in the title, the two in their own elements in the <h1>: the
            # headline is the main line ("<span class=kicker>Klimaschutz</span><span>Bohren...</span>").
            main = self._main_lines.get(heading)
            if (
                main
                and _title_key(main) not in site_keys
                and any(
                    heading_rank(heading, r) >= 1 or heading_rank(main, r) >= 2 or _after_kicker(main, r)
                    for r in references
                )
            ):
                return main
        for heading in primary:
            if _title_key(heading) not in site_keys and any(_after_kicker(heading, r) for r in references):
                return heading

        # Headings a title carries, in turn: the page's <h1>s; an <h1> that is only the title's
        # last segment and less than half of it ("Headline | DimidoBlog": the blog's name) after
        # another heading the title carries as its headline; an <h1> in a block called a widget
        # or sidebar (page builders wrap everything in "elementor-widget-container") when the
        # title carries it whole; last, another heading that ends the title and is most of it
        # ("Site | Headline" with the headline in an <h2>). Of several, the longest: a section
        # name ("Fachmeldungen" in "Zoll online - Fachmeldungen - Verkündung des ...") is shorter.
        def fits(heading: str, reference: str, least: int, short_tail: bool) -> bool:
            rank = heading_rank(heading, reference)
            most = len(_title_key(heading)) * 2 > len(_title_key(reference))
            return rank >= least and (rank != 2 or most or short_tail)

        for group, least, short_tail in (
            (primary, 1, False),
            (secondary, 3, False),
            (primary, 2, True),
            (self._walled_h1s, 3, False),
            (secondary, 2, False),
        ):
            carried = [
                heading
                for heading in group
                if len(_title_key(heading)) >= 4
                and _title_key(heading) not in site_keys
                and any(fits(heading, r, least, short_tail) for r in references)
            ]
            # A heading that is another one with the site's name after it is the <title> repeated.
            carried = [h for h in carried if not any(heading_rank(o, h) == 3 for o in carried if o != h)]
            if carried:
                best = max(carried, key=lambda h: len(_title_key(h)))
                if group is primary and (over := self._headline_under_label(best, secondary, references, site_keys)):
                    return over
                if group is self._walled_h1s and (shown := self._article_heading(best, references, primary, site_keys)):
                    return shown
                # Its kicker in an element of its own is not part of it, when a title carries the
                # headline after it ("<h2><span class=overline>Grenzschließungen</span><span>...").
                main = self._main_lines.get(best)
                if main and any(heading_rank(main, r) >= 2 or _after_kicker(main, r) for r in references):
                    return main
                return best
        cleaned_titles = [strip_site_tail(c, names) for c in [*structured, page_title] if c]
        for heading in primary:
            # The <h1> is a kicker in an element of its own run into the headline the title
            # carries ("<h1><span>Immobilienkrise</span> Rene Benko-Firma ...</h1>"): the headline
            # is the title's part. A lead-in the heading writes in its own text ('"Pure Leere":
            # Marita Kramer verpasst ...') is part of the headline as shown.
            key = _title_key(heading)
            starts = self._heading_starts.get(heading, set())
            for cleaned in cleaned_titles:
                part = _title_key(cleaned)
                if (
                    len(part) >= 12
                    and key.endswith(part)
                    and len(part) * 2 >= len(key)
                    and part not in site_keys
                    and key[: len(key) - len(part)] in starts
                ):
                    return cleaned
        for heading in primary:
            # The title runs the site's name into the headline with no separator ("Truckwash
            # A31Das etwas andere Branchenbuch | Das etwas andere Branchenbuch"): the heading is it.
            key = _title_key(heading)
            if (
                len(key) >= 4
                and key not in site_keys
                and any(
                    len(site) >= 4 and (r.startswith(key + site) or r.endswith(site + key))
                    for r in reference_keys
                    for site in site_keys
                )
            ):
                return heading
        if (
            len(primary) == 1
            and not _truncated(primary[0])
            and _title_key(primary[0]) not in site_keys
            and (
                len(primary[0].split()) >= MIN_LONE_H1_WORDS
                or any(words_held(primary[0], cleaned) for cleaned in cleaned_titles)
            )
        ):
            # The page's one <h1>, though no title carries it: the headline as shown, where the
            # og:title is written for sharing ("Wärmepumpe im Altbau - Wann es sich lohnt"). A
            # shorter one is a section's name, unless a title holds each of its words: the title
            # is then written around it ("<h1>Blockhaus 3</h1>", "Blockhaus Typ 3 in Ludorf").
            return self._main_lines.get(primary[0]) or primary[0]
        held = [
            heading
            for heading in primary
            if len(heading.split()) >= MIN_LONE_H1_WORDS
            and not _truncated(heading)
            and _title_key(heading) not in site_keys
            and any(words_held(heading, cleaned) for cleaned in cleaned_titles)
        ]
        if len(primary) > 1 and len(held) == 1:
            # Of the page's <h1>s (the headline, a box's "Anwendung"), the one a title holds each
            # word of, though in another order ("... mit dem neuen Wellaflex 10-in-1 ..."): the
            # headline as shown, where the og:title is written for sharing.
            return self._main_lines.get(held[0]) or held[0]
        if not primary and (story := self._story_heading()) and _title_key(story[1]) not in site_keys:
            heading, main = story
            # No <h1>, and no title carries a heading: the first headline element in the block
            # that holds the story ("<div class=content><h2>Headline</h2><p>..."), not the
            # <title>'s section or site name ("Magic Cleaning | Shop Magazine").
            key = _title_key(heading)
            for cleaned in cleaned_titles:
                part = _title_key(cleaned)
                if len(part) >= 12 and part != key and (key.startswith(part) or key.endswith(part)):
                    # "Headline "Quote"" in the heading, a subtitle or kicker with the headline
                    # the titles name: the titles' part.
                    return cleaned
            return main
        for candidate in structured:
            cleaned = self._without_section(_without_agency(strip_site_tail(candidate, names)))
            if cleaned and _title_key(cleaned) not in site_keys:
                if _truncated(cleaned):
                    # Cut short with an ellipsis ("... for Hong Kong leader..."): another title
                    # that holds it whole, less its site name.
                    cut = _title_key(cleaned)
                    whole = (strip_site_tail(t, names) for t in [*structured, page_title] if t)
                    cleaned = next(
                        (
                            t
                            for t in whole
                            if _title_key(t).startswith(cut) and _title_key(t) != cut and not _truncated(t)
                        ),
                        cleaned,
                    )
                else:
                    # Cut at a length limit without an ellipsis (JSON-LD's headline at 110
                    # characters): another title that goes on where it stops, less its site name.
                    others = (_without_tail(t, names) for t in [*structured, page_title] if t and t != candidate)
                    cleaned = completed(cleaned, (t for t in others if not _truncated(t))) or cleaned
                return cleaned
        if page_title:
            if more and _SEPARATOR_HINT.search(page_title):
                # A segment the page's other title (dc:title, parsely-title) names whole is the
                # headline at whichever end it sits ("draft-board-04 - Pier closure"), no tail:
                # when the other segments are no headline (no space: a slug, a file's name). Else
                # the named segment may be the site's name (review R43: "Headline - Coast Herald").
                host = (urlsplit(self.url).hostname or "").removeprefix("www.")
                named = {_title_key(m) for m in more} - site_keys - {_title_key(host), _title_key(host.split(".")[0])}
                segments = title_segments(page_title)
                for i, part in enumerate(segments):
                    if (
                        len(key := _title_key(part)) >= 4
                        and key in named
                        and not any(" " in other.strip() for j, other in enumerate(segments) if j != i)
                    ):
                        return part
            cleaned = self._without_section(_without_tail(page_title, names))
            if cleaned and _title_key(cleaned) not in site_keys:
                if self._names_sections_only(cleaned) and (over := self._heading_over_story()):
                    # The title names the sections the address walks ("Swimming - News - Swimming"
                    # on /swimming/news-swimming/read/): the headline is the one over the story.
                    return over[1]
                return cleaned
        shown = next((h for h in primary if not _truncated(h)), None)
        if (
            shown is None
            and (over := self._heading_over_story())
            and _title_key(over[1]) not in site_keys
            and len(over[1].split()) >= MIN_LONE_H1_WORDS
        ):
            # No title names a headline (a <title> that is the site's name alone) and no <h1>: the
            # headline set over the story outside its block ("<div class=banner><h2>Headline</h2>"),
            # not a section's name in a banner ("Berita Daerah"), as short as a lone <h1> logo.
            return over[1]
        return shown

    def _names_sections_only(self, title: str) -> bool:
        """True when ``title`` is two or more segments of a word or two that the page's address
        spells in its path ("Synchronschwimmen - Aktuelles" on /synchronschwimmen/aktuelles/...)."""
        parts = title_segments(title)
        if len(parts) < 2 or any(len(part.split()) > MAX_LABEL_WORDS for part in parts):
            return False
        path = _title_key(urlsplit(self.url).path)
        return all(len(key := _title_key(part)) >= 3 and key in path for part in parts)

    def _without_section(self, title: str) -> str:
        """A title less the page's declared section set beside the headline ("Headline - Ekonomi")."""
        if not title or not _SEPARATOR_HINT.search(title):
            return title
        return without_named_section(title, self.section())

    def _headline_under_label(
        self, label: str, secondary: list[str], references: list[str], site_keys: set[str]
    ) -> str | None:
        """A headline element a title names whole, where the ``<h1>`` the titles carry is a topic
        label of a word or two that they hold only in part or as one segment among others
        ("<h1>Literatur</h1><h2>30.11. | Buch der Woche</h2>" under "Site | Kultur | Literatur |
        30.11. | Buch der Woche - ..."), else None."""
        key = _title_key(label)
        if len(label.split()) > MAX_LABEL_WORDS or any(
            key in (_title_key(r), _title_key(next(iter(title_segments(r)), ""))) for r in references
        ):
            return None  # the title whole or its first segment: "Pier closes | Harbour Times"
        whole = [
            h
            for h in secondary
            if len(_title_key(h)) > len(_title_key(label))
            and _title_key(h) not in site_keys
            and len(h.split()) > MAX_LABEL_WORDS
            and any(heading_rank(h, r) >= 3 for r in references)
        ]
        return whole[0] if whole else None

    def _article_heading(
        self, walled: str, references: list[str], primary: list[str], site_keys: set[str]
    ) -> str | None:
        """The article's own heading where the headline a title carries is an ``<h1>`` in a
        breadcrumb trail or menu (``walled``), else None: the headline the story's block shows
        (no ``<h1>`` in the page's main part), or an ``<h2>`` with the breadcrumb's words that
        sets its kicker apart ("<h2><span class=kicker>Covid-19</span> <span>Headline</span>"),
        when a title carries that headline. Its kicker in an element of its own is left out."""

        def carried(text: str) -> bool:
            return (
                len(_title_key(text)) >= 4
                and _title_key(text) not in site_keys
                and any(heading_rank(text, r) >= 2 or _after_kicker(text, r) for r in references)
            )

        if not primary and (story := self._story_heading()) and _title_key(story[0]) != _title_key(walled):
            heading, main = story
            if carried(main) or (carried(heading) and _title_key(main) not in site_keys):
                return main
        key = _title_key(walled)
        for node in self.tree.iter("h2"):
            if _title_key(text_of(node)) == key and not self._foreign_heading(node) and not _hidden(node):
                main = _main_line(node)
                if main and carried(main):
                    return main
        return None

    def _story_heading(self) -> tuple[str, str] | None:
        """The first headline element (``<h2>``, ``itemprop=headline``, ``.headline``, ``.title``)
        inside the block around the story's text (the frame's innermost element's parent), of
        two words or more; not a label ("Projekt:"), a table of contents or a teaser linking to
        another page. Its text as shown, and its headline without a kicker (``_main_line``)."""
        if not self.frame or self.tree is None:
            return None
        inner = max(self.frame, key=lambda n: sum(1 for _ in n.iterancestors()))
        block = inner.getparent() if inner.getparent() is not None else inner
        if block.tag in ("body", "html"):
            block = inner
        if block.tag in ("body", "html"):
            return None
        return self._first_heading(block)

    def _heading_over_story(self) -> tuple[str, str] | None:
        """The last headline element (as ``_story_heading`` reads one) before the story's text
        within ``MAX_BANNER_LEVELS`` blocks around it, short of ``<body>``: a headline in a banner
        over the story ("<div class=topbanner><h2>Headline</h2></div><div class=article>..."),
        else None. Read only where nothing else gives a headline."""
        first = self._frame_node
        if first is None or self.tree is None:
            return None
        before: set[HtmlElement] = set()
        for node in self.tree.iter():
            if node is first:
                break
            before.add(node)
        block = first
        for _ in range(MAX_BANNER_LEVELS):
            parent = block.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            block = parent
        found = None
        for node in block.xpath(_INNER_HEADING_XPATH)[: MAX_HEADINGS * 2]:
            if node in before and node not in self.frame:
                found = self._first_heading(block, [node]) or found
        return found

    def _first_heading(self, block: HtmlElement, nodes: list[HtmlElement] | None = None) -> tuple[str, str] | None:
        """The first headline element in ``block`` (of ``nodes`` in it, when given) that
        ``_story_heading`` takes, else None."""
        own = {self.url.split("#")[0], (self.canonical_url() or "").split("#")[0]}
        if nodes is None:
            nodes = block.xpath(_INNER_HEADING_XPATH)[: MAX_HEADINGS * 2]
        for node in nodes:
            if _hidden(node) or self._foreign_heading(node):
                continue
            if (
                node.tag != "h2"
                and node.get("itemprop") != "headline"
                and not _MAIN_LINE_CLASS.search(node.get("class") or "")
            ):
                continue  # "letterattributiontitle": a word that holds "title", not a title class
            text = _shown_text(node)
            if len(text.split()) < 2 or len(text) > MAX_HEADLINE_CHARS or text.endswith(":"):
                continue
            if _in_toc(node, block):
                continue  # a table of contents' title
            link = next(node.iter("a"), None)
            if link is not None and text_of(link) == text_of(node):
                target = _join(self.url, link.get("href"))
                if target and target.split("#")[0] not in own:
                    continue  # a teaser's headline
            return text, self._main_lines.get(text) or _main_line(node) or text
        return None

    @cached_property
    def _anchors(self) -> list[HtmlElement]:
        """The page's links (``self.tree.iter("a")``), read once for the home links, the author links
        and the "Via" line (each walk of the tree made an element proxy for every link again)."""
        return list(self.tree.iter("a")) if self.tree is not None else []

    @cached_property
    def _home_links(self) -> list[HtmlElement]:
        """Links to the site's home page (``rel=home``, the host's root, a language root or index
        page): the site's logo and name as the page shows them."""
        if self.tree is None:
            return []
        host = _host(self.url)
        longest = len(host) + 24  # no longer href can be the root URL: skip the pattern
        found = []
        for link in self._anchors:
            href, rel = link.get("href"), link.get("rel")
            home = bool(rel) and "home" in rel.split()
            if not home and href and len(href) <= longest and (root := _HOME_HREF.match(href.strip())):
                if root.group("host"):
                    home = root.group("host").lower().removeprefix("www.") == host
                else:  # a page read without a host (file://) has no language roots
                    home = bool(host) or root.group("path").strip("/")[:6] in ("", "index.")
            if home:
                found.append(link)
                if len(found) >= MAX_HOME_LINKS:
                    break
        return found

    @cached_property
    def _shown_site_names(self) -> list[str]:
        """Names the site shows for itself that its ``<title>`` or og:title also carries as a
        segment: the text, ``title`` and logo ``alt`` of links to its home page, and logo headings
        ("Headline | Four Years Remaining" with ``<h1><a href="/">Four Years Remaining</a></h1>``)."""
        if self.tree is None:
            return []
        segments = set()  # keys of the titles' segments and runs of them ("Salsa-Figuren - Rueda in Berlin")
        for reference in (text_of(self.tree.find(".//title")), self.doc.meta_first("og:title") or ""):
            keys = [_title_key(part) for part in title_segments(reference)]
            segments.update(
                "".join(keys[i:j]) for i in range(len(keys)) for j in range(i + 1, min(len(keys), i + 4) + 1)
            )
        segments.discard("")
        shown: list[str] = []
        for link in self._home_links:
            shown += [text_of(link), link.get("title") or "", *(img.get("alt") or "" for img in link.iter("img"))]
        shown += [text_of(n) for n in self.tree.iter("h1") if _logo_classed(n)][:MAX_HEADINGS]
        names: list[str] = []
        for name in map(normalize_space, shown):
            if name and name not in names and _title_key(name) in segments:
                names.append(name)
        # "Site » Blog Archive » Headline": what comes before the theme's segment is the site.
        parts = title_segments(text_of(self.tree.find(".//title")))
        theme = {_title_key(t) for t in _THEME_SEGMENTS}
        for index, part in enumerate(parts[1:-1], start=1):
            if _title_key(part) in theme:
                names += [p for p in parts[:index] if p not in names]
                break
        return names

    def _masthead(self, node: HtmlElement) -> bool:
        """True when a heading is the site's name in the page header (a logo), not a headline: it
        is classed as one, or its whole text is a link to the home page."""
        if _logo_classed(node):
            return True
        key = _title_key(text_of(node))
        return bool(key) and any(
            node in link.iterancestors() and _title_key(text_of(link)) == key for link in self._home_links
        )

    def _in_share_box(self, node: HtmlElement) -> bool:
        """True when a heading sits in a share box (a class word that opens with "share":
        ``shareArticles``, ``share-box``), which repeats the title beside its buttons ("Share or
        comment on this article: <h1>Short title</h1>") while the story shows its own headline;
        not in a block that holds the story itself."""
        for current in node.iterancestors():
            if current in self.frame or current.tag in ("body", "html"):
                return False
            classes = current.get("class")
            if (
                classes
                and "hare" in classes
                and any(_SHARE_WORD.match(_CAMEL.sub("-", word)) for word in classes.split())
            ):
                return True
        return False

    def _foreign_heading(self, node: HtmlElement) -> bool:
        """True when a heading sits in a sidebar, widget, menu, footer or related-posts block.

        Class names are read word by word, so that a page builder's "elementor-widget-container"
        or a paper's "commentary" section is not taken for a widget or the comments.
        """
        for current in (node, *node.iterancestors()):
            if current in self.frame or current.tag in ("body", "html"):
                return False
            if current.tag in _FOREIGN_TAGS:
                return True
            if _foreign_marker(current, _FOREIGN_HEADING):
                return True
        return False

    @cached_property
    def _headline_elements(self) -> list[HtmlElement]:
        """The page's headline elements of every kind the title steps read (``_HEADLINE_ELEMENTS``),
        in one walk; ``_heading_candidates`` and ``_headline_node`` take theirs from it."""
        return elements_named(self.tree, *_HEADLINE_ELEMENTS, self.doc.markers) if self.tree is not None else []

    def _heading_candidates(self) -> tuple[list[str], list[str]]:
        """Texts that may be the headline as shown: the family's title element, else the page's
        ``<h1>``s; then ``itemprop=headline``, ``<h2>``s and headline/title-classed elements (only
        one that a title also carries is taken, see ``_title_from_page``)."""
        self._main_lines: dict[str, str] = {}
        self._heading_lines: dict[str, list[str]] = {}
        self._heading_starts: dict[str, set[str]] = {}
        self._walled_h1s: list[str] = []
        self._end_cuts: dict[str, str] = {}
        if self.tree is None:
            return [], []
        nodes = self.select_first(self.title_selectors) if self.title_selectors else []
        extra: list[HtmlElement] = []
        if not nodes:
            nodes = [
                n
                for n in self.tree.iter("h1")
                if not self._foreign_heading(n) and not self._masthead(n) and not self._in_share_box(n)
            ]
            nodes = nodes[:MAX_HEADINGS]
            extra = [
                n
                for n in named_among(self._headline_elements, *_HEADING_ELEMENTS, self.doc.markers, MAX_HEADINGS * 2)
                if not self._foreign_heading(n) and not self._masthead(n)
            ]
        walled = [n for n in self.tree.iter("h1") if self._foreign_heading(n) and not self._masthead(n)][:MAX_HEADINGS]
        self._walled_h1s = _headline_texts(walled)
        primary = _headline_texts(nodes)
        names = [*self.site_names, *self._shown_site_names]
        for node in [*nodes, *walled]:
            whole = _shown_text(node)
            main = _main_line(node) or _without_site_name(node, names)
            if main:
                self._main_lines[whole] = main
            lines = _heading_lines(node)
            if len(lines) > 1:
                self._heading_lines[whole] = lines
            self._heading_starts[whole] = _element_starts(node)
            if cut := without_end_element(node):
                self._end_cuts[whole] = cut
        secondary = [t for t in _headline_texts(extra) if t not in primary]
        for node in extra:
            whole = _shown_text(node)
            if whole in secondary and whole not in self._main_lines and (main := _main_line(node)):
                self._main_lines[whole] = main
        return primary, secondary

    def description(self) -> str | None:
        value = self.doc.meta_first("description", "og:description", "twitter:description")
        if not value:
            value = _ld_text(self.ld.get("description"))
        if not value and self.rest_post:
            value = _strip_tags((self.rest_post.get("excerpt") or {}).get("rendered"))
        return normalize_space(html_lib.unescape(value)) if value else None

    # dates

    @cached_property
    def _published(self) -> tuple[datetime | None, str | None]:
        return self._date(
            ("date_gmt", "date"), ("datePublished", "dateCreated"), _PUBLISHED_META, self._published_selectors()
        )

    @cached_property
    def _modified(self) -> tuple[datetime | None, str | None]:
        return self._date(("modified_gmt", "modified"), ("dateModified",), _MODIFIED_META, self.modified_selectors)

    def _published_selectors(self) -> tuple[str, ...]:
        override = self.overrides.date if self.overrides and self.overrides.date else None
        return ((override,) if override else ()) + self.date_selectors

    def _date(
        self,
        rest_keys: tuple[str, str],
        ld_keys: tuple[str, ...],
        meta_keys: tuple[str, ...],
        selectors: tuple[str, ...],
    ) -> tuple[datetime | None, str | None]:
        if self.rest_post:
            raw_gmt, raw_local = (self.rest_post.get(k) for k in rest_keys)
            if raw_gmt:
                parsed = parse_iso(str(raw_gmt), UTC)
                if parsed:
                    return _in_rest_offset(parsed, raw_local), str(raw_local or raw_gmt)
            if raw_local:
                parsed = parse_iso(str(raw_local), self.tz)
                if parsed:
                    return parsed, str(raw_local)
        override = self.overrides.date if self.overrides and self.overrides.date and "date" in rest_keys else None
        if override:
            found = self._dates_from_selectors((override,))
            if found:
                return found[0]
        # Structured sources, most trusted first: the article's JSON-LD date, the meta tags,
        # then JSON-LD's weaker keys (dateCreated).
        keyed = [(ld_keys[0], _ld_text(self.ld.get(ld_keys[0])))]
        keyed += [(key, self.doc.meta_first(key)) for key in meta_keys]
        keyed += [(key, _ld_text(self.ld.get(key))) for key in ld_keys[1:]]
        candidates: list[tuple[datetime, str]] = []
        first_key = None
        for key, raw in keyed:
            if raw:
                parsed = parse_date(raw, self.tz, now=self.now, relative=self.counts_back)
                if parsed:
                    first_key = first_key or key
                    candidates.append((parsed, raw))
        page = self._dates_from_selectors(selectors)
        if not candidates:
            return page[0] if page else (None, None)
        if first_key in _GENERIC_DATE_META and "date" in rest_keys:
            # A page-wide "date" meta (TYPO3 writes the page's last change there) against the
            # article's own element marked up as its publication: the marked-up element says more,
            # when it is one day (several are a list's teasers) and the page shows no date line on
            # the meta's day (a press release's "Berlin, 28.10.2021" over a draft's stamp of the 27th).
            marked = self._dates_from_selectors(_MARKED_PUBLISHED, embeds_last=False)
            day = candidates[0][0].date()
            if (
                len({value.date() for value, _ in marked}) == 1
                and marked[0][0].date() != day
                and all(shown.date() != day for shown, _, _ in self._date_lines)
            ):
                return marked[0]
        best, raw = candidates[0]
        others = candidates[1:] + page
        if _ambiguous_day(raw):
            best = self._day_order_settled(best, raw, others, month_first=not self._day_first(raw))
        if not _has_time(raw):
            # A date-only stamp gains its time from another source that gives the same day.
            for value, other_raw in others:
                if value.date() == best.date() and _has_time(other_raw):
                    return value, other_raw
        elif best.utcoffset() == timedelta(0) and best.timetz() != _MIDNIGHT_UTC:
            # The same wall clock with a real offset elsewhere (another stamp, or the date line the page
            # shows with its zone: "5:30AM (EST)"): the "Z" was the local time mislabelled.
            for value, other_raw in others:
                if value.utcoffset() and value.replace(tzinfo=None) == best.replace(tzinfo=None):
                    local = best.astimezone(value.tzinfo)
                    if any(other.replace(tzinfo=None) == local.replace(tzinfo=None) for other, _ in others):
                        # Another stamp shows the "Z" instant's own clock in that offset (a "05:46:30" beside
                        # "09:46:30Z" and "09:46:30-04:00"): the "Z" is right, the offset was put on its clock.
                        return local, raw
                    return value, other_raw
            shifted = self._local_clock_of(best, others)
            if shifted is not None:
                return shifted
            lines = self._date_lines if "date" in rest_keys else []
            home = self._clock_zone
            for shown, text, update in lines:
                # A date line with no zone on the stamp's very clock, on a page whose country is off
                # UTC that day: the "Z" is the CMS's on the local clock ("10:15 ص" beside "10:15:00Z").
                if (
                    not update
                    and home is not None
                    and not shown.utcoffset()
                    and _naive(text)
                    and _has_time(text)
                    and shown.replace(tzinfo=None) == best.replace(tzinfo=None, second=0, microsecond=0)
                    and home.utcoffset(shown.replace(tzinfo=None))
                ):
                    return best.replace(tzinfo=home), raw
            for shown, _text, update in lines:  # a date line shows the minute, not the second
                if (
                    not update
                    and shown.utcoffset()
                    and shown.replace(tzinfo=None) == best.replace(tzinfo=None, second=0, microsecond=0)
                ):
                    return best.replace(tzinfo=shown.tzinfo), raw
            # (Midnight UTC is a day written as a stamp, not an instant: it keeps its day.)
            return self._localized(best, raw, others)
        return best, raw

    def _local_clock_of(self, best: datetime, others: list[tuple[datetime, str]]) -> tuple[datetime, str] | None:
        """The instant a "Z" stamp's clock is the local time of: another UTC stamp that, in the zone of
        the page's country, shows that clock to the second (JSON-LD "07:25:06Z" beside a meta
        "20:25:06+00:00" the day before, on an Australian page: the meta's instant at +11:00). Only
        the country's own offset counts: a shift by any other is no evidence which stamp is right
        (a WordPress site set to +01:00 on a Bangladeshi page). None when the country is unknown."""
        if not (best.minute or best.second):
            return None  # a round hour: a scheduled time as likely as a shifted one
        zone = country_zone(self.url, self.doc.html_lang)
        if zone is None:
            return None
        for value, other_raw in others:
            if value.utcoffset() != timedelta(0) or not _has_time(other_raw):
                continue
            local = value.astimezone(zone)
            if local.utcoffset() and local.replace(tzinfo=None) == best.replace(tzinfo=None):
                return local, other_raw
        return None

    def _day_first(self, text: str) -> bool:
        """False for a numeric date a US page writes month-first (``date_hints.month_first``)."""
        zone = self.site.timezone if self.site is not None else None
        agrees = lambda: self._month_first_written  # noqa: E731 - read only when en-US is all there is
        return not date_hints.month_first(text, self.doc.html_lang, zone, self.url, agrees)

    def _in_language(self, text: str) -> str:
        """``text`` with the month names only the page's language writes in English (``date_hints.in_language``)
        and an "IST" of Israel or Ireland as its offset (``date_hints.local_ist``)."""
        return date_hints.local_ist(date_hints.in_language(text, self._date_language), self._ist_offset)

    @cached_property
    def _clock_zone(self) -> tzinfo | None:
        """The zone of the page's country where one clock holds for it all, as the site registry, the
        country domain (``.vn``) or a language written in one zone (``ja``) names it
        (``dates.country_zone``), for reading a "Z" stamp on the clock the page shows as that local
        clock; not the language tag's region, which says how the page is written, not where ("es-ES"
        on a Dominican ".com"). None on a WordPress.com blog (its generator meta says so): the platform
        writes every stamp from the post's UTC time, so a "+00:00" stamp on the clock the page shows is
        a blog set to UTC, WordPress.com's default, not a local clock mislabelled."""
        name = getattr(self.site, "timezone", None)
        if name and name != "UTC":
            return site_zone(name)
        if (self.doc.meta_first("generator") or "").strip().lower() == "wordpress.com":
            return None
        language = re.split(r"[-_]", self.doc.html_lang or "", maxsplit=1)[0]
        return country_zone(self.url, language or None, clock=True)

    @cached_property
    def _ist_offset(self) -> str | None:
        """What "IST" means on this page when it is not India's time (``date_hints.ist_offset``)."""
        return date_hints.ist_offset(self.url, self.doc.html_lang)

    @cached_property
    def _date_language(self) -> str | None:
        """The language the page writes its dates in: the registry's, else the URL's language folder
        ("/ro/story/...": a multilingual site's template may keep one ``lang`` for every edition),
        else the page's language tag."""
        language = getattr(self.site, "language", None)
        return language or date_hints.url_language(self.url) or self.doc.html_lang

    @cached_property
    def _month_first_written(self) -> bool:
        """True when the page's text writes a numeric date month-first only and none day-first only
        (``date_hints.writes_month_first``): read once, when an ``en-US`` page's date reads either way."""
        if self.tree is None:
            return False
        return date_hints.writes_month_first(
            text
            for node in self.tree.iter()
            if isinstance(node.tag, str) and node.tag not in _NO_TEXT_TAGS
            for text in (node.text, node.tail)
            if text and _DIGIT.search(text)
        )

    def _either_way(self, text: str) -> bool:
        """True when a date's day and month read either way and the page does not say which comes first."""
        return _ambiguous_day(text) and self._day_first(text)

    def _day_order_settled(
        self, best: datetime, raw: str, others: list[tuple[datetime, str]], month_first: bool = False
    ) -> datetime:
        """A stamp whose day and month read either way ("11/01/2023"), read month-first when the page
        writes only that day (another stamp, or a date in its text that reads one way: "01.11.2023");
        with ``month_first`` (a US page, ``date_hints.month_first``), month-first unless the page
        writes only the day-first day."""
        swapped = parse_date(raw, best.tzinfo, now=self.now, day_first=False, relative=False)
        if swapped is None or swapped.date() == best.date():
            return best
        days = {value.date() for value, other_raw in others if not _ambiguous_day(other_raw)}
        if not days and self.tree is not None:
            days = self._written_days
        if month_first:  # a US page: month-first unless only the day-first day is written
            return best if best.date() in days and swapped.date() not in days else swapped
        return swapped if swapped.date() in days and best.date() not in days else best

    def _localized(self, best: datetime, raw: str, others: list[tuple[datetime, str]]) -> tuple[datetime, str]:
        """A UTC stamp as the site shows it: the same instant in the site's offset, so it keeps the local day."""
        for value, other_raw in others:
            if value == best and value.utcoffset() != timedelta(0):
                return value, other_raw
        local = self._local_offset(best, [other_raw for _, other_raw in others], written_utc=not _naive(raw))
        if local is not None:
            return best.astimezone(local), raw
        return best, raw

    def _local_offset(self, instant: datetime, other_raws: list[str], *, written_utc: bool = False) -> tzinfo | None:
        """The zone a UTC stamp is shown in, from the best evidence the page gives.

        The site's zone; else the offset between the stamp and the same time written as a wall
        clock (a ``<time>`` text, a meta stamp with no zone); else UTC when the stamp writes its zero
        offset (``written_utc``) and the page's date line shows its clock with no zone; else the zone of the country the
        URL's domain or the language tag's region names, unless it contradicts the day the page
        shows (a date element's text, a date in the URL); else, when that day is the day before
        or after the UTC day, the smallest whole-hour offset that puts the instant on it. The
        instant is never changed, only the offset it is written in.
        """
        if self.site is not None and self.tz is not UTC and self.tz.utcoffset(instant) != timedelta(0):
            return self.tz
        if self.tree is None:
            return None
        utc_wall = instant.astimezone(UTC).replace(tzinfo=None)
        nodes = list(islice((n for n in self.tree.iter("time") if not self._not_own_time(n)), 3))
        nodes += self.select_first(self.date_selectors, strict=False)[:2]
        shown_texts = [text_of(node) for node in nodes]
        walls = [text for text in shown_texts if text and _has_time(text)]
        walls += [text for text in other_raws if text and _has_time(text) and _naive(text)]
        for text in walls:
            wall = parse_date(self._in_language(text), UTC, now=self.now, relative=False)
            if wall is None or wall.utcoffset() != timedelta(0):
                continue
            offset = wall.replace(tzinfo=None) - utc_wall
            if offset and abs(offset) <= timedelta(hours=14) and offset % timedelta(minutes=15) == timedelta(0):
                return timezone(offset)
        minute = utc_wall.replace(second=0, microsecond=0)
        for shown, text, update in self._date_lines if written_utc else ():
            if not update and _has_time(text) and _naive(text) and shown.replace(tzinfo=None) == minute:
                return UTC  # the page shows the "Z" stamp's clock as its time: it writes its times in UTC
        day = self._shown_day(shown_texts)
        guess = country_zone(self.url, self.doc.html_lang)
        if guess is not None and (day is None or instant.astimezone(guess).date() == day):
            return guess
        if day is None or day == utc_wall.date():
            return None
        since_midnight = utc_wall - datetime.combine(utc_wall.date(), datetime.min.time())
        if day == utc_wall.date() - timedelta(days=1):
            hours = -((since_midnight + timedelta(minutes=1)) // timedelta(hours=1) + 1)
        elif day == utc_wall.date() + timedelta(days=1):
            hours = -(-(timedelta(days=1) - since_midnight) // timedelta(hours=1))
        else:
            return None
        if not -MAX_WEST_SHIFT_HOURS <= hours <= MAX_EAST_SHIFT_HOURS:
            return None
        return timezone(timedelta(hours=hours))

    def _shown_day(self, shown_texts: list[str]) -> Any:
        """The publication day as the page shows it: a date element's text with a day and year, else the URL's date."""
        for text in shown_texts:
            if not text or len(text) > MAX_DATE_CHARS * 2 or not _YEAR.search(text):
                continue
            parsed = parse_date(self._in_language(text), UTC, now=self.now, relative=False)
            if parsed is not None:
                return parsed.date()
        return url_date(self.url)

    def _dates_from_selectors(
        self, selectors: tuple[str, ...], *, embeds_last: bool = True
    ) -> list[tuple[datetime, str]]:
        """The dates of the first selector's elements; an embed's (``_in_embed``) only when no selector
        matches anything else, and then only with ``embeds_last``."""
        found = []
        nodes: list[HtmlElement] = []
        for selector in selectors:  # (the first selector that matches outside foreign blocks and embeds)
            nodes = [node for node in self.select_first((selector,), strict=False) if not _in_embed(node)]
            if nodes:
                break
        else:
            # Only an embed's, as a last resort: a podcast episode's page dates its story by its
            # recording's item (the article's own stamps and date lines come first, ``_date``).
            nodes = self.select_first(selectors, strict=False) if embeds_last else []
        for node in nodes:
            shown = text_of(node)
            for raw in (node.get("datetime"), node.get("content"), node.get("title"), shown):
                if raw:
                    order = self._day_first(raw)
                    read = self._in_language(raw)
                    parsed = parse_date(read, self.tz, now=self.now, relative=self.counts_back, day_first=order)
                    if parsed:
                        # published_raw keeps the date as the reader sees it when it says the same day;
                        # a date-only attribute takes the time the text shows ("2020-10-15" shown as
                        # "15.10.2020 21:55").
                        seen = (
                            parse_date(
                                self._in_language(shown),
                                self.tz,
                                now=self.now,
                                relative=self.counts_back,
                                day_first=self._day_first(shown),
                            )
                            if shown and raw != shown
                            else None
                        )
                        if seen is not None and seen.date() == parsed.date():
                            if not _has_time(raw) and _has_time(shown):
                                parsed = seen
                            raw = shown
                        if not _has_time(raw) and parsed.time() == datetime.min.time():
                            parsed = date_hints.epoch_stamp(node, parsed.date()) or parsed
                        found.append((parsed, normalize_space(raw)))
                        break
        return found

    def _fallback_published(self) -> tuple[datetime | None, str | None]:
        """Page-wide search when no source names the date: time elements, then htmldate."""
        if self.tree is None:
            return None, None
        frame = self._fallback_frame
        for node in self.tree.iter("time"):
            if _not_the_articles_date(node, frame) or date_places.in_rail_above(node, self._dateline_anchor):
                continue
            raw = node.get("datetime") or text_of(node)
            parsed = parse_date(raw, self.tz, now=self.now, relative=self.counts_back) if raw else None
            if parsed:
                if parsed.utcoffset() == timedelta(0) and parsed.timetz() != _MIDNIGHT_UTC:
                    return self._localized(parsed, normalize_space(raw), [])
                return parsed, normalize_space(raw)
        lines = self._date_lines
        updated: set[date] = set()
        if lines and lines[0][2]:  # after an update, only a line that says it is the publication
            # (the update's day, for a wire dateline's day and month that give no year)
            updated = {shown.date() for shown, _, update in lines if update}
            lines = [line for line in lines if not line[2] and _PUBLISHED_LABEL.search(line[1])]
            if lines:
                updated = set()
        if lines and not lines[0][2] and not self._either_way(lines[0][1]):
            return lines[0][:2]  # the date line under the headline: no need to search further
        if updated:
            found = self._wire_dateline_day(min(updated))
            if found[0] is not None:
                return found
        if not lines:
            found = self._labelled_article_time(frame)
            if found[0] is None:
                found = self._posted_sentence(frame)
            if found[0] is None:
                found = self._lead_date()
            if found[0] is not None:
                return found
            stamp = state_published(self.tree, self.title())  # a client-rendered page's state (__NEXT_DATA__)
            parsed = parse_date(stamp, self.tz, now=self.now, relative=False) if stamp else None
            day = url_date(self.url)
            if parsed is not None and (day is None or abs((parsed.date() - day).days) <= 1):
                return parsed, stamp  # (a stamp more than a day off the URL's date is another story's)
        try:
            from htmldate import find_date

            with without_nodes(self.tree, self._htmldate_detached()) as tree:
                raw = find_date(tree, extensive_search=False, original_date=True, url=self.url, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - htmldate must not break extraction
            logger.debug("htmldate failed on %s", self.url, exc_info=True)
            raw = None
        parsed = parse_iso(raw, self.tz) if raw else None
        if parsed is not None and not self._teasers_only(parsed.date()):
            return parsed, raw
        day = url_date(self.url)
        if day is not None:
            return datetime.combine(day, datetime.min.time(), tzinfo=self.tz), day.isoformat()
        # The first short text in the page that is a date and little else ("Apr 7, 2009",
        # "19. Mai 2010", "Rabu, 13/09/2023 10:15 WIB"), outside related posts, sidebars and footers.
        for node in self.tree.iter():
            # normalize_space never lengthens a text: one under six characters (most, and the
            # empty) is left before the tag is read and the text collapsed.
            text = node.text
            if text is None or len(text) < 6 or not isinstance(node.tag, str) or node.tag in _NO_TEXT_TAGS:
                continue
            shown = normalize_space(text)
            if not (6 <= len(shown) <= MAX_DATE_CHARS) or not _YEAR.search(shown):
                continue
            if _DATE_WORDS_LEFT.sub("", _YEAR.sub("", shown)).__len__() > MAX_DATE_CHARS // 4:
                continue
            parsed = parse_date(self._in_language(shown), self.tz, now=self.now, relative=False)
            if parsed and not _not_the_articles_date(node, frame):
                if date_places.in_rail_above(node, self._dateline_anchor):
                    continue  # a teaser's date in a rail above the headline
                if date_places.beside_teaser_link(node, self._dateline_anchor, self.frame, self.url):
                    continue  # another story's or an event's date, beside the link to it
                return parsed, shown
        return self._htmldate_confirmed()

    @cached_property
    def _opening_paragraphs(self) -> list[str]:
        """The texts of the first ``OPENING_PARAGRAPHS`` ``<p>`` after the headline (a standfirst and
        the story's first paragraph), outside foreign blocks and embeds: where a dateline stands."""
        return [text for _, text in self._opening_paragraph_nodes]

    @cached_property
    def _opening_paragraph_nodes(self) -> list[tuple[HtmlElement, str]]:
        """``_opening_paragraphs`` with each one's ``<p>``: (the element, its text)."""
        anchor = self._dateline_anchor
        found: list[tuple[HtmlElement, str]] = []
        if anchor is None:
            return found
        for _text, owner in _texts_after(anchor, MAX_DATELINE_DISTANCE):
            if owner.tag != "p" or (found and found[-1][0] is owner) or self._not_a_date_line(owner):
                continue
            found.append((owner, text_of(owner)))
            if len(found) == OPENING_PARAGRAPHS:
                break
        return found

    def _wire_dateline_day(self, update: date) -> tuple[datetime | None, str | None]:
        """The day of the wire dateline that opens the story ("KOTA KINABALU, 25 Nov (Bernama) --")
        on a page that shows only its last update: the dateline gives the day and month the agency
        filed the story, the update the year. Kept when it falls on the update's day or up to
        ``MAX_DATELINE_DAYS_BEFORE_UPDATE`` days before (read in the year before when the
        dateline's month is later than the update's: a December story updated in January)."""
        for text in self._opening_paragraphs:
            match = _WIRE_DATELINE_DAY.match(text)
            if match is None:
                continue
            for year in (update.year, update.year - 1):
                written = f"{match.group(1)} {year}"
                parsed = parse_date(self._in_language(written), self.tz, now=self.now, relative=False)
                if parsed is not None and timedelta(0) <= update - parsed.date() <= MAX_DATELINE_DAYS_BEFORE_UPDATE:
                    return parsed, written
            break
        return None, None

    def _lead_date(self) -> tuple[datetime | None, str | None]:
        """The full date that opens the story's first paragraph before a dash or in brackets, maybe after
        its place ("29.11.2022 – Mehrfach hatte ...", "Berlin, 3. Mai 2021 – Der Verband ...", "Kassel,
        (12.11.2021). Die ..."), on a page that
        shows no date line and whose URL gives no other day: a press release's or a trade paper's
        dateline, read before htmldate's search (which takes a comment's or a teaser's date there).
        Kept only when something else vouches for it (``_lead_date_vouched``): a look-back story opens
        the same way on a day long past ("September 11, 2001 — The call came in ...")."""
        for owner, text in self._opening_paragraph_nodes:
            match = _LEAD_DATE.match(text)
            if match is None:
                continue
            written = match.group("date")
            parsed = parse_date(
                self._in_language(written), self.tz, now=self.now, relative=False, day_first=self._day_first(written)
            )
            day = url_date(self.url)
            if parsed is not None and not self._either_way(written) and day in (None, parsed.date()):
                # (a URL's other day files the post: the date is the story's event)
                if day is not None or self._lead_date_vouched(parsed, owner):
                    return parsed, written
            break
        return None, None

    def _posted_sentence(self, frame: frozenset[Any]) -> tuple[datetime | None, str | None]:
        """The date of the sentence a blog theme closes its post with ("This entry was posted on
        Monday, May 19th, 2010 at 11:03 pm and is filed under ...", "Dieser Beitrag wurde am 19. Mai
        2010 um 23:03 Uhr veröffentlicht"; its subject the post's title: "Headline wurde am ... gepostet"),
        outside comments, related posts and sidebars (but for one naming the page's title: Kubrick's "About
        this entry" box), the first one, on a page that shows no date line."""
        seen: set[Any] = set()  # each block is read once: a block of many lines each holding "wurde"
        for node in self.tree.iter(etree.Element):
            if node.tag in _NO_TEXT_TAGS:
                continue
            for text, owner in ((node.text, node), (node.tail, node.getparent())):
                if not text or owner is None or not _POSTED_WORDS.search(text):
                    continue
                block = next((n for n in (owner, *owner.iterancestors()) if n.tag not in _INLINE_DATE_PARTS), owner)
                if block in seen:
                    continue
                seen.add(block)
                whole = _short_text(block, MAX_POSTED_SENTENCE_CHARS)
                match = _POSTED_SENTENCE.search(whole) if whole else None
                named = False  # the sentence names the page's own title: about this page wherever it stands
                if match is None and whole and (titled := _TITLED_POSTED_SENTENCE.search(whole)):
                    own = title_key(self.title() or "")
                    named = bool(own) and title_key(titled.group("subject")).endswith(own)
                    match = titled if named else None
                written = (match.group("date") or match.group("de")) if match else ""
                if not _YEAR.search(written):
                    continue
                parsed = parse_date(
                    self._in_language(written),
                    self.tz,
                    now=self.now,
                    relative=False,
                    day_first=self._day_first(written),
                )
                if (
                    parsed is not None
                    and (named or not _not_the_articles_date(block, frame))
                    and not self._either_way(written)
                    and not any(match.group(0) in paragraph for paragraph in self._credits.paragraphs)
                ):  # (a sentence of the story's text is no theme's)
                    return parsed, written
        return None, None

    def _lead_date_vouched(self, parsed: datetime, lead: HtmlElement) -> bool:
        """True when a lead date is no look-back's historical date: it falls at most
        ``MAX_LEAD_DATE_AGE`` before the fetch (and not after it), or as near the day htmldate's
        search finds in the rest of the page (its markup and meta, a comment's or a teaser's date,
        a footer's year: when the page was live). That search (a few milliseconds) runs only for an
        older lead date, on the page without the ``lead`` paragraph."""
        if timedelta(0) <= self.now - parsed <= MAX_LEAD_DATE_AGE:
            return True
        try:
            from htmldate import find_date

            with without_nodes(self.tree, [lead]) as tree:
                raw = find_date(tree, extensive_search=True, original_date=True, url=self.url, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - htmldate must not break extraction
            logger.debug("htmldate failed on %s", self.url, exc_info=True)
            raw = None
        found = parse_iso(raw, self.tz) if raw else None
        return found is not None and abs(found.date() - parsed.date()) <= MAX_LEAD_DATE_AGE

    def _teasers_only(self, day: date) -> bool:
        """True when the page writes ``day`` in its text, and only beside links to other stories
        (``date_places.beside_teaser_link``): htmldate's fast mode read a teaser list's date (a menu's
        or a "most read" tab's), another story's; no date is better than that one."""
        anchor = self._dateline_anchor
        seen = False
        for node in self.tree.iter():
            if not isinstance(node.tag, str) or node.tag in _NO_TEXT_TAGS:
                continue
            for text, owner in ((node.text, node), (node.tail, node.getparent())):
                if not text or owner is None or not _YEAR.search(text):
                    continue
                for match in _DATE_IN_TEXT.finditer(text):
                    parsed = parse_date(self._in_language(match.group()), UTC, now=self.now, relative=False)
                    if parsed is None or parsed.date() != day:
                        continue
                    if not date_places.beside_teaser_link(owner, anchor, self.frame, self.url):
                        return False
                    seen = True
        return seen

    def _htmldate_detached(self) -> list[HtmlElement]:
        """What htmldate's fast search must not read: the foreign blocks, the ``<time>``s of a
        teaser rail above the headline (``date_places.in_rail_above``: another story's dates) and the
        scripts that are no JSON-LD and name an event's or an offer's instant and no publication-like
        key (``_names_only_events``: its last step takes any ISO stamp in the markup, an ad's
        "startDate" in a script the page never shows; a dataLayer's 'articlePublishDate', a state's
        "created" or "date" stay), in document order."""
        blocks = self._foreign_blocks()
        inside = set(blocks)
        anchor = self._dateline_anchor
        rail = [
            node
            for node in self.tree.iter("time")
            if anchor is not None
            and inside.isdisjoint(node.iterancestors())
            and date_places.in_rail_above(node, anchor)
        ]
        scripts = [
            node
            for node in self.tree.iter("script")
            if "ld+json" not in (node.get("type") or "").lower()
            and _names_only_events(node.text or "")
            and inside.isdisjoint(node.iterancestors())
        ]
        if not rail and not scripts:
            return blocks
        order = {node: index for index, node in enumerate(self.tree.iter())}
        return sorted({*blocks, *rail, *scripts}, key=order.__getitem__)

    def _labelled_article_time(self, frame: frozenset[Any]) -> tuple[datetime | None, str | None]:
        """The first ``<time>`` of the headline's ``<article>`` labelled as the publication ("Publié le
        <time>") in a block the first search left out as a footer (not a comment, related posts, a sidebar)."""
        anchor = self._dateline_anchor
        for node in self.tree.iter("time"):
            if (
                _not_the_articles_date(node, frame)
                and not _foreign(node, strict=False, frame=frame)
                and not _in_embed(node)
                and date_places.labelled_in_article(node, anchor, _PUBLISHED_LABEL)
            ):
                raw = node.get("datetime") or text_of(node)
                parsed = parse_date(raw, self.tz, now=self.now, relative=False) if raw else None
                if parsed is not None:
                    if parsed.utcoffset() == timedelta(0) and parsed.timetz() != _MIDNIGHT_UTC:
                        return self._localized(parsed, normalize_space(raw), [])
                    return parsed, normalize_space(raw)
        return None, None

    @cached_property
    def _fallback_frame(self) -> frozenset[Any]:
        """The frame and the sidebars inside the ``<article>`` element that holds the headline: the
        article's own column of facts ("Mise en ligne 23 mai 2019", its ``<time>``), read when no
        stamp and no date line gave a date (a sidebar beside the article is the site's)."""
        anchor = self._dateline_anchor
        article = next(anchor.iterancestors("article"), None) if anchor is not None else None
        if article is None:
            return self.frame
        sidebars = [
            node
            for node in article.iterdescendants()
            if isinstance(node.tag, str) and (node.get("class") or node.get("id")) and _foreign_marker(node, _SIDEBAR)
        ]
        return self.frame | frozenset(sidebars)

    def _foreign_blocks(self) -> list[HtmlElement]:
        """The outermost related-post, comment, sidebar, widget and embed blocks that hold neither the
        article's first paragraphs nor the ``<h1>``, in document order."""
        candidates = []
        top = self.tree.getroottree().getroot()  # the whole document, as XPath's "//" (a second <html>)
        tops = [*reversed(list(top.itersiblings(preceding=True))), top, *top.itersiblings()]
        frame = self.frame
        # (loose foreign marker, embed class) read once a class and id pair: a page repeats them.
        verdicts: dict[tuple[str | None, str | None], tuple[bool, bool]] = {}
        for node in chain.from_iterable(element.iter(etree.Element) for element in tops):
            classes, ident = node.get("class"), node.get("id")
            if classes is None and ident is None:  # a walk of the elements: 0.35 ms where XPath took 0.57
                continue
            verdict = verdicts.get((classes, ident))
            if verdict is None:
                words = f"{classes or ''} {ident or ''}".lower()
                verdict = verdicts[classes, ident] = (
                    bool(_LOOSE_HINT.search(words)) and _foreign_values(classes, ident, _FOREIGN_LOOSE),
                    not _EMBED_CLASSES.isdisjoint(words.split()),
                )
            if (verdict[0] and node not in frame) or verdict[1]:
                candidates.append(node)
        if not candidates:
            return []
        leads = [normalize_space(text)[:80] for text in self._main_paragraphs[0][:2] if text.strip()]
        blocks: list[HtmlElement] = []
        chosen: set[HtmlElement] = set()
        for node in candidates:  # document order: a block goes with the block it sits in
            if chosen.intersection(node.iterancestors()):
                continue
            if next(node.iter("h1"), None) is not None:
                continue
            text = normalize_space(text_of(node)) if leads else ""  # read once, not once a lead
            if not any(lead in text for lead in leads):
                blocks.append(node)
                chosen.add(node)
        return blocks

    def _htmldate_confirmed(self) -> tuple[datetime | None, str | None]:
        """htmldate's free-text search, kept only when the page writes that day in full outside foreign blocks.

        Its search fills a missing day or month with the 1st and reads ambiguous numbers
        month-first; a day the page itself writes (read day-first) is what guards against both.
        """
        if not HTMLDATE_EXTENSIVE or self.tree is None:
            return None, None
        days = self._written_days
        if not days:  # nothing could confirm its day: its search (about 4 ms) is not run
            return None, None
        try:
            from htmldate import find_date

            raw = find_date(self.tree, extensive_search=True, original_date=True, url=self.url, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - htmldate must not break extraction
            logger.debug("htmldate failed on %s", self.url, exc_info=True)
            raw = None
        parsed = parse_iso(raw, self.tz) if raw else None
        if parsed is None or parsed.date() not in days or self._teasers_only(parsed.date()):
            return None, None  # (a day written only beside other stories' links is theirs)
        return parsed, raw

    @cached_property
    def _written_days(self) -> frozenset[Any]:
        """Every calendar day written in full in the page's text, outside related posts, comments and
        footers (a walk of the whole tree: read once, by the day-order and htmldate checks)."""
        days = set()
        for node in self.tree.iter():
            if not isinstance(node.tag, str) or node.tag in _NO_TEXT_TAGS:
                continue
            for text, owner in ((node.text, node), (node.tail, node.getparent())):
                if not text or owner is None or not _YEAR.search(text):
                    continue
                for match in _DATE_IN_TEXT.finditer(text):
                    parsed = parse_date(self._in_language(match.group()), UTC, now=self.now, relative=False)
                    if parsed is not None and not _not_the_articles_date(owner, self.frame):
                        days.add(parsed.date())
        return frozenset(days)

    @cached_property
    def _published_final(self) -> tuple[datetime | None, str | None]:
        value, raw = self._published
        if self._published_by_site():
            return value, raw
        if value is None:
            value, raw = self._fallback_published()
        return self._in_page_zone(*self._as_shown(*self._timed(value, raw)))

    def _timed(self, value: datetime | None, raw: str | None) -> tuple[datetime | None, str | None]:
        """A publication date without a time takes the time of the page's date line of that day
        ("2020-01-02" in the markup, "2020-01-02 17:11" under the headline); so does a stamp at
        midnight, local or UTC ("2020-01-02T00:00:00+08:00": a day written as a stamp)."""
        stamped = bool(raw) and _has_time(raw)
        if value is None or not raw or (stamped and not _at_midnight(value)):
            return value, raw
        lines = self._date_lines
        for shown, text, update in lines:
            if not update and _has_time(text) and shown.date() == value.date():
                if stamped and shown.time() == _MIDNIGHT:
                    break  # the page shows the stamp's midnight ("04 mayo 2022 - 00:00"): the stamp, zone and all
                return shown, text
        if not stamped and lines and all(update for _, _, update in lines):
            # A day alone, and the page shows only its state as of a time on that day ("Stand:
            # 12.11.2026 14:05 Uhr"): that stands for the publication (as in ``_as_shown``), its time
            # with it. Not an "Updated:" line: the day's publication came before it.
            for shown, text, _ in lines:
                if _has_time(text) and shown.date() == value.date() and _AS_OF_LABEL.search(text):
                    return shown, text
        return value, raw

    def _published_by_site(self) -> bool:
        """True when the REST post or the site's own date selector gives the publication date."""
        if self.rest_post and (self.rest_post.get("date_gmt") or self.rest_post.get("date")):
            return True
        override = self.overrides.date if self.overrides and self.overrides.date else None
        return bool(override and self._dates_from_selectors((override,)))

    def _as_shown(self, value: datetime | None, raw: str | None) -> tuple[datetime | None, str | None]:
        """The publication date the page shows under its headline, when its stamps say another day.

        The date line a reader sees is the page's date: a stamp that contradicts it is the CMS's
        first save, a stale copy or the last edit the page shows as its date. The stamp stands when
        the page shows its day on another date line, when the URL carries its day (or its year and
        month, /2025/11/, and the line another month), when the line
        is the stamp's own instant in a zone (a late-evening time west of UTC), and against a date
        line labelled as an update ("Updated", "Aktualisiert", "Stand:"), one whose day and
        month read either way ("06/01/2020"), and one after the page's own modification stamp
        (an event's or a book's date: a page is not published after its last edit).
        """
        lines = self._date_lines
        if value is not None and raw and _has_time(raw):
            earlier = self._published_before_update(value, lines)
            if earlier is not None:
                return earlier
        # (A relative date, "1 day ago", is a span rounded down: it never moves a stamp's day.)
        published = [(shown, text) for shown, text, update in lines if not update and not _counted_back(text)]
        if not published and value is not None and lines:
            # Only updates shown, the stamp a day after the first of them: no page is published
            # after its last edit ("Stand: 28.04.2020 18:00 Uhr" under a "date" meta of the 29th,
            # a later re-save); the update the page shows stands for its publication. Not when the
            # page's modification stamp is later still: the line is then an entry's ("Update vom
            # 03. Mai 2020, 16:05 Uhr:" opening a live story's paragraph), not the last edit.
            shown, text, _ = min(lines, key=lambda line: line[0].replace(tzinfo=None))
            modified = self._modified[0]
            if (
                value.date() > shown.date()
                and (modified is None or modified.date() <= shown.date())
                and not _counted_back(text)
                and not self._either_way(text)
            ):
                return shown, text
        if not published or value is None:
            return value, raw  # (a page with no stamp took its first date line already, if it was no update)
        shown, text = published[0]
        day = value.date()
        if url_date(self.url) == day or any(line[0].date() == day for line in lines):
            return value, raw
        if url_month(self.url) == (day.year, day.month) != (shown.year, shown.month):
            return value, raw  # the URL files the post under the stamp's month: the line is a book's or event's date
        if _ambiguous_day(text) and day in _both_readings(text):
            return value, raw  # the stamp says which way the line reads ("05/11/2025" beside 2025-11-05)
        if self._either_way(text) or (raw and _has_time(raw) and _same_instant(shown, text, value)):
            return value, raw
        if self._after_last_edit(shown):
            return value, raw  # an event's or a book's date: the page was not published after its last edit
        if _naive(text) and self.tz is UTC:
            # Written in the stamp's zone when the site names none; a UTC stamp's page in its country's.
            zone = (
                value.tzinfo
                if value.utcoffset()
                else self._page_zone(shown) or country_zone(self.url, self.doc.html_lang) or value.tzinfo
            )
            shown = shown.replace(tzinfo=zone)
        return shown, text

    def _published_before_update(
        self, value: datetime, lines: list[tuple[datetime, str, bool]]
    ) -> tuple[datetime, str] | None:
        """The publication the page shows when its stamp is the update it shows: a stamp on the clock
        of a date line labelled as an update ("แก้ไขล่าสุด: ... 16:40 น.", "Updated: ... 11:05 IST"; a
        CMS that resets ``datePublished`` on each edit) gives way to an earlier time of a line labelled
        as the publication, under the headline ("เผยแพร่: ... 09:30 น.") or at the article's end
        ("First published on: 25-11-2026 at 22:40 IST"). None when the stamp is no shown update."""
        wall = value.replace(tzinfo=None, second=0, microsecond=0)
        clocks = {
            update: shown.replace(tzinfo=None, second=0, microsecond=0)
            for shown, text, update in lines
            if _has_time(text) and shown.replace(tzinfo=None, second=0, microsecond=0) == wall
        }
        if True not in clocks or False in clocks:
            return None  # no shown update on the stamp's clock, or a publication shown on it too
        shown_first = [(shown, text) for shown, text, update in lines if not update and _has_time(text)]
        minute = value.replace(second=0, microsecond=0)
        for shown, text in shown_first or self._first_published_at_end():
            local = shown.replace(tzinfo=value.tzinfo) if _naive(text) else shown
            if local.replace(second=0, microsecond=0) < minute:
                return local, text
        return None

    def _first_published_at_end(self) -> list[tuple[datetime, str]]:
        """The "First published on ..." lines of the headline's ``<article>`` (with a time), where
        some sites print the publication below the story."""
        anchor = self._dateline_anchor
        article = next(anchor.iterancestors("article"), None) if anchor is not None else None
        if article is None:
            return []
        found = []
        for node in article.iter():
            if not isinstance(node.tag, str) or not node.text or not _FIRST_PUBLISHED.search(node.text):
                continue
            text = normalize_space(text_of(node))
            if len(text) > MAX_DATE_CHARS + MAX_DATELINE_EXTRA_CHARS or self._not_a_date_line(node):
                continue
            parsed = parse_date(
                self._in_language(text), self.tz, now=self.now, relative=False, day_first=self._day_first(text)
            )
            if parsed is not None and _has_time(text):
                found.append((parsed, text))
        return found

    def _after_last_edit(self, shown: datetime) -> bool:
        """True when a shown day falls after the page's own modification stamp in every zone."""
        modified = self._modified[0]
        if modified is None or (modified == self._published[0] and _at_midnight(modified)):
            return False  # (no stamp, or the publication's own midnight written twice: a default, no edit)
        latest = (modified.astimezone(UTC) + timedelta(hours=MAX_EAST_SHIFT_HOURS)).date()
        return shown.date() > latest

    def _modified_shown(self) -> tuple[datetime | None, str | None]:
        """The last update the page shows by its headline when no stamp gives one: the first date
        line labelled as an update ("Updated: ...", "Diperbarui ..."), unless it reads either way
        (not on a page whose language writes the day first only: "Laatste update: 12-11-26, 16:30")
        or falls before the publication."""
        for shown, text, update in self._date_lines:
            if update:
                if self._either_way(text) and not self._writes_day_first_only:
                    return None, None
                published = self._published_final[0]
                local = self._in_page_zone(shown, text)[0]
                if published is not None and local < published:
                    return None, None
                if self.fetched_at is not None and local > self.now + timedelta(hours=MAX_EAST_SHIFT_HOURS):
                    return None, None  # after the fetch in every zone: read the wrong way round
                return shown, text
        return None, None

    @cached_property
    def _writes_day_first_only(self) -> bool:
        """True when the page's language writes numeric dates day first only (``date_hints.language_writes_day_first``)
        and the page does not say otherwise: no US region ("es-US" writes month first), no date in its
        text that reads month first only, no publication line whose month-first reading is the stamp's
        day ("Publicado: 11/10/2026" beside 2026-11-10)."""
        lang = self.doc.html_lang
        if not date_hints.language_writes_day_first(lang):
            return False
        if re.split(r"[-_]", (lang or "").strip().lower())[1:2] == ["us"] or self._month_first_written:
            return False
        stamp = self._published[0]
        if stamp is None:
            return True
        for shown, text, update in self._date_lines:
            if not update and shown.date() != stamp.date() and _ambiguous_day(text):
                swapped = parse_date(self._in_language(text), UTC, now=self.now, day_first=False, relative=False)
                if swapped is not None and swapped.date() == stamp.date():
                    return False
        return True

    def _in_page_zone(self, value: datetime | None, raw: str | None) -> tuple[datetime | None, str | None]:
        """A date written with no zone on a site the registry gives none, in the zone the page
        shows (``_page_zone``): the same wall clock, no longer read as UTC. An explicit offset or
        zone name is never changed, nor a stamp whose raw is the shown text of another day or time.
        A relative date ("3 jam lalu": the fetch time less a span, an instant given in UTC) is the
        same instant in the site's or the page's zone, so its local form gives the local day."""
        if value is None or not raw:
            return value, raw
        if _counted_back(raw) and not value.utcoffset():
            zone = self.tz if self.tz is not UTC else self._page_zone(value)
            return (value.astimezone(zone) if zone is not None else value), raw
        if self.tz is not UTC:
            return value, raw
        wall = parse_date(self._in_language(raw), UTC, now=self.now, relative=False)
        if wall is None or wall != value:
            wall = parse_date(self._in_language(raw), UTC, now=self.now, day_first=False, relative=False)
            if wall is None or wall != value:
                return value, raw  # not the date as written (a stamp behind a shown text, a day moved)
        if wall.utcoffset() or parse_date(self._in_language(raw), _PLUS_HOURS, now=self.now, relative=False) == wall:
            return value, raw  # a zone written in it (UTC's, "GMT", "Z")
        # A day alone is the local day whatever the clock: the country's zone, no evidence read.
        shown = any(text == raw for _, text, _ in self._date_lines)
        zone = (
            self._page_zone(wall, shown=shown)
            if _has_time(raw)
            else country_zone(self.url, self.doc.html_lang, clock=True)
        )
        if zone is None or not wall.replace(tzinfo=zone).utcoffset():
            return value, raw  # UTC it is (and a UTC stamp keeps the local offset it was shown in)
        return wall.replace(tzinfo=zone), raw

    def _page_zone(self, wall: datetime, *, shown: bool = False) -> tzinfo | None:
        """The zone a page writes a time in that names none (``wall``, read as UTC), from what it shows.

        In this order: a zone named beside a date the page shows by its headline or in a date
        element ("10:25 WIB", "09:41 PM IST", "10:15 a.m. ET") or an explicit offset in one of its
        stamps (JSON-LD, meta, ``<time datetime>``) that writes the same wall clock (the same
        local clock: the surest, but a zero offset on the clock a page of a country off UTC shows
        (``shown``: ``wall`` is a date line's) is a "Z" a CMS put on the local clock); else the offset between the publication stamp and the same
        publication shown with no zone (``_paired_offset``); else the first zone named (what the reader is told); else the
        first non-zero offset (the CMS's zone; a zero offset is as often a CMS's UTC as the site's
        clock), and None when every offset is zero (its stamps write UTC: so does a time it gives no
        zone); else the zone of the country the URL's domain or the language tag names (a guess
        about the place, not something the page says; none for a country whose zones are hours
        apart); else None (read as UTC, as before).
        """
        named, offsets = self._zone_evidence
        clock = wall.replace(second=0, tzinfo=None)
        for found in (*named, *offsets):
            if found.replace(second=0, tzinfo=None) == clock:
                if shown and found in offsets and not found.utcoffset() and found not in named:
                    # A "Z" on the clock the page shows, in a country not on UTC: the CMS's "Z" on a
                    # local clock (``_time_stamp``).
                    home = self._clock_zone
                    if home is not None and home.utcoffset(clock):
                        return home
                return found.tzinfo
        if self._paired_offset is not None:
            return self._paired_offset
        if named:
            return named[0].tzinfo
        if offsets and (home := self._country_clock_shown(offsets)) is not None:
            return home
        for found in offsets:
            if found.utcoffset():
                return found.tzinfo
        if offsets:
            return None  # its stamps write UTC: so is a time it gives no zone
        return country_zone(self.url, self.doc.html_lang, clock=True)

    def _country_clock_shown(self, offsets: list[datetime]) -> tzinfo | None:
        """The zone of the page's country (``dates.country_zone``) where a date line the page shows
        with no zone is one of its stamps' instants on that zone's clock ("Updated November 25 —
        7:42am" beside a modified stamp of 20:42Z the day before, on an Australian page): the page
        writes its times in it, though its stamps write UTC. Only the country's own offset counts."""
        zone = country_zone(self.url, self.doc.html_lang)
        if zone is None:
            return None
        clocks = {
            stamp.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
            for stamp in offsets
            if zone.utcoffset(stamp.replace(tzinfo=None))
        }
        for _, text, _ in self._date_lines:
            if not clocks or not _has_time(text) or not _naive(text):
                continue
            wall = parse_date(self._in_language(text), UTC, now=self.now, relative=False)
            if wall is not None and wall.replace(tzinfo=None, second=0, microsecond=0) in clocks:
                return zone
        return None

    @cached_property
    def _paired_offset(self) -> tzinfo | None:
        """The offset between the publication stamp (with its zone) and the publication the page shows
        under its headline as a wall clock with none: a "Z" stamp of 21:05 shown as "Posted Tue 4 Mar
        2025 at 8:05am" is +11:00, the zone the page writes its times in. None when the first such
        line is not that instant in a zone (another time: a stamp of another save). With no such
        stamp, the offset a date line's own ``<time datetime>`` gave its clock (``_time_stamp``)."""
        stamp, raw = self._published
        if stamp is None or not raw or not _has_time(raw) or _naive(raw) or _at_midnight(stamp):
            return _stamped_offset(self._date_lines)  # (a stamp at midnight is a day: no clock to pair)
        for _, text, update in self._date_lines:
            if update or not _has_time(text) or not _naive(text):
                continue
            shown = parse_date(self._in_language(text), UTC, now=self.now, relative=False)
            if shown is None:
                return None
            offset = shown.replace(tzinfo=None, second=0) - stamp.astimezone(UTC).replace(
                tzinfo=None, second=0, microsecond=0
            )
            if offset and abs(offset) <= timedelta(hours=14) and not offset % timedelta(minutes=15):
                return timezone(offset)
            return None
        return None

    @cached_property
    def _zone_evidence(self) -> tuple[list[datetime], list[datetime]]:
        """The dates with a zone the page shows by its headline or in its date elements, and its
        stamps with an explicit offset (read only on a page whose date names no zone)."""
        if self.tree is None:
            return [], []
        nodes = list(islice((n for n in self.tree.iter("time") if not self._not_own_time(n)), 3))
        nodes += self.select_first((*self.date_selectors, *self.modified_selectors), strict=False)[:3]
        shown = [text for _, text, _ in self._date_lines] + [text_of(node) for node in nodes]
        stamps = [_ld_text(self.ld.get(key)) for key in ("datePublished", "dateModified", "dateCreated")]
        stamps += [self.doc.meta_first(key) for key in (*_PUBLISHED_META, *_MODIFIED_META)]
        stamps += [node.get("datetime") for node in nodes]
        found: tuple[list[datetime], list[datetime]] = ([], [])
        for texts, into in ((shown, found[0]), (stamps, found[1])):
            for text in texts:
                if not text or len(text) > MAX_DATE_CHARS * 2 or not _has_time(text):
                    continue
                parsed = parse_date(self._in_language(text), UTC, now=self.now, relative=False)
                if into is found[1] and parsed is not None and parsed.timetz() == _MIDNIGHT_UTC:
                    continue  # a day written as a UTC stamp ("2026-11-26T00:00:00Z"): no zone said
                if parsed is not None and parsed == parse_date(
                    self._in_language(text), _PLUS_HOURS, now=self.now, relative=False
                ):
                    into.append(parsed)  # the same instant in two default zones: its own zone
        return found

    def _not_own_time(self, node: HtmlElement) -> bool:
        """True for a ``<time>`` that is not the article's: a foreign block's, or a teaser rail's above
        the headline (``date_places.in_rail_above``), as the fallback date step reads them."""
        return _not_the_articles_date(node, self.frame) or date_places.in_rail_above(node, self._dateline_anchor)

    @cached_property
    def _date_lines(self) -> list[tuple[datetime, str, bool]]:
        """The dates the page shows under its headline: ``(date, text as shown, labelled an update)``.

        Read from the headline down to the story's second paragraph of prose, at most
        ``MAX_DATELINE_DISTANCE`` elements, outside related posts, comments, sidebars, embedded
        posts and teasers: texts that are a full date with at most a label, a time and a short
        byline beside it ("Stand: 28.04.2020 18:00 Uhr", "Publié le 29 juin 2019", "12.01.2022").
        A date written in running text is the story's, not the page's. An unlabelled date shown before
        a later one labelled as the publication, and after it in time, is the last update
        ("Mon 24 Nov 2025 17.45 AEDT", then "First published on Mon 24 Nov 2025 16.10 AEDT").
        """
        headline = self._dateline_anchor
        if headline is None:
            return []
        counted: list[tuple[datetime, str, bool]] = []
        lines = self._read_date_lines(_texts_after(headline, MAX_DATELINE_DISTANCE), counted) + self._read_date_lines(
            _texts_before(headline, MAX_DATELINE_BEFORE), counted
        )
        # A relative date counted back from the fetch time ("3 hours ago") comes after every date
        # the page writes out: the fetch time only dates a page that shows nothing better.
        return _first_published_apart(lines + counted)

    def _read_date_lines(
        self, texts: Iterable[tuple[str, HtmlElement]], counted: list[tuple[datetime, str, bool]]
    ) -> list[tuple[datetime, str, bool]]:
        """The date lines among ``texts`` (in document order), up to the second paragraph of prose.

        Besides a full date with a short label: a line of two labelled dates up to twice as long
        ("Published ... | Updated ..."); a date whose time is the next element ("24 Nov 2025
        <time>4:38 PM MYT</time>"); a relative date ("Updated 3 hours ago"), read from its
        ``<time datetime>`` or its title, else counted back from the fetch time (added to
        ``counted``, not returned), none without either."""
        lines: list[tuple[datetime, str, bool]] = []
        before = ""  # the text shown just before, where a label may stand ("Updated <time>...</time>")
        between: list[str] = []  # the texts shown since the last date line
        prose = 0
        joined: HtmlElement | None = None  # a line whose date its inline elements split, read whole
        for text, owner in texts:
            if joined is not None and (owner is joined or joined in set(owner.iterancestors())):
                continue
            shown = normalize_space(text)
            if not shown:
                continue
            whole = _split_date_line(shown, owner)
            if whole is not None:
                shown, owner = whole
                joined = owner
            if lines and lines[-1][1] != before:
                between.append(before)
            elif not lines or lines[-1][1] == before:
                between = []
            if len(shown) >= MIN_PROSE_CHARS:
                prose += 1
                if prose > 1:
                    break  # a second paragraph of prose: past a lead, inside the story (whatever the body found)
            label = shown if _DIGIT.search(before) else f"{before} {shown}"
            probe = western(shown)  # other scripts' digits, Thai months and eras, CJK clocks
            if _date_line_text(probe) and self._short_date_shown(probe, before, owner):
                read = self._in_language(shown)
                parsed = parse_date(read, self.tz, now=self.now, relative=False, day_first=self._day_first(shown))
                if parsed is not None and not self._not_a_date_line(owner):
                    parsed = _time_stamp(owner, shown, parsed, self._clock_zone)
                    if not _has_time(shown) and isinstance(owner.tag, str):
                        parsed = date_hints.epoch_stamp(owner, parsed.date()) or parsed
                    first = date_hints.data_published(owner, self.tz) if isinstance(owner.tag, str) else None
                    if first is not None and first.date() != parsed.date():
                        # The element shows the day a site put the story forward again; its data
                        # names the publication ("display" beside "published"): that is the line's.
                        lines.append((first, first.isoformat(), False))
                        before = shown
                        continue
                    lines += self._update_and_publication(shown, label) or [(parsed, shown, _labelled_update(label))]
            elif _YEAR.search(probe) and len(shown) <= 2 * (MAX_DATE_CHARS + MAX_DATELINE_EXTRA_CHARS):
                parts = self._update_and_publication(shown, label)
                if len(parts) == 2 and all(_date_line_text(part) for _, part, _ in parts):
                    if not self._not_a_date_line(owner):
                        lines += parts
            elif (
                lines and not between and _UPDATE_LABEL.search(probe) and _clock_only(probe) and _has_time(lines[-1][1])
            ):
                # An update time with no date after the publication ("2026年11月26日 上午10:05
                # <span>更新時間 下午 2:40</span>"): the publication's day, when it falls later.
                published = lines[-1][0]
                joined = f"{published.day} {_ENGLISH_MONTH_NAMES[published.month - 1]} {published.year} {probe}"
                parsed = parse_date(joined, published.tzinfo, now=self.now, relative=False)
                if parsed is not None and parsed > published and not lines[-1][2]:
                    lines.append((parsed, joined, True))
            elif lines and _time_apart(lines[-1][1], between) and _clock_only(shown):
                # The time in an element of its own after the date ("Monday, 24 Nov 2025 <time>4:38 PM</time>"),
                # maybe after the day in another calendar ("26 نومبر 2026ء <span>16 جمادی الثانی
                # 1448ھ</span> <span>15:25</span>").
                joined = f"{lines[-1][1]} {shown}"
                parsed = parse_date(self._in_language(joined), self.tz, now=self.now, relative=False)
                if parsed is not None and parsed.date() == lines[-1][0].date() and _has_time(joined):
                    lines[-1] = (_time_stamp(owner, joined, parsed, self._clock_zone), joined, lines[-1][2])
            elif len(shown) <= MAX_DATE_CHARS:
                found = self._relative_line(shown, owner)
                if found is not None:
                    relative, back = found
                    written = owner.get("title") if isinstance(owner.tag, str) else None
                    # (Read from the title as written: the text is the stamp, a wall clock.)
                    text = written if written and relative == self._written_title_stamp(owner) else shown
                    (counted if back else lines).append((relative, text, _labelled_update(label)))
            before = shown
        return lines

    def _relative_line(self, shown: str, owner: HtmlElement) -> tuple[datetime, bool] | None:
        """A date line that counts back from now ("3 hours ago", "Updated 2 hrs ago", "2 jam yang lalu",
        "By Ann Lee | 3 hours ago"):
        its ``<time datetime>`` stamp, else the fetch time less the span; None when the fetch time is unknown
        (the time of reading is not the time the page was fetched)."""
        counted = parse_relative(shown, self.now, spans_only=True)
        if counted is None and _LINE_PARTS.search(shown):
            # A byline set apart by a mark ("By Ann Lee | 3 hours ago"): the one part that counts back,
            # the others a name of a few words each.
            parts = _LINE_PARTS.split(shown)
            read = [found for part in parts if (found := parse_relative(part, self.now, spans_only=True))]
            if len(read) == 1 and all(date_hints.name_part(part, MAX_DATELINE_NAME_WORDS) for part in parts):
                counted = read[0]
        if counted is None or self._not_a_date_line(owner):
            return None
        raw = _stamp_near(owner)
        stamp = (parse_iso(raw) if raw else None) or self._written_title_stamp(owner)
        if stamp is not None:
            return stamp, False
        return (counted, True) if self.counts_back else None

    def _written_title_stamp(self, owner: HtmlElement) -> datetime | None:
        """The date and time as people write it in a relative stamp's own title ("26/11/2026 11:45"
        over "hace 3 horas"): a wall clock in the site's zone (or the page's, ``_in_page_zone``)."""
        written = owner.get("title") if isinstance(owner.tag, str) else None
        if not written or len(written) > MAX_DATE_CHARS or not _has_time(written) or not _DATE_IN_TEXT.search(written):
            return None
        return parse_date(
            self._in_language(written), self.tz, now=self.now, relative=False, day_first=self._day_first(written)
        )

    def _update_and_publication(self, shown: str, label: str) -> list[tuple[datetime, str, bool]]:
        """The two dates of a line that shows the last update and the publication ("Last updated:
        15/10/2025 9:12 AM | Published: 14/10/2025 7:45 PM", "Published ... | Updated ..."), each
        as a date line of its own; none when the line does not hold one of each."""
        if not _UPDATE_LABEL.search(shown):
            return []
        dates = list(_DATE_IN_TEXT.finditer(shown))
        if len(dates) < 2 and (written := western(shown)) != shown:
            # One of the two in other digits or forms ("अपडेटेड: 27 नवंबर 2026, 10:15 AM IST | प्रकाशित:
            # २६ नवंबर २०२६, ०९:४० PM"): both read as rewritten.
            label, shown = label[: len(label) - len(shown)] + written, written
            dates = list(_DATE_IN_TEXT.finditer(shown))
        if len(dates) == 1:
            return self._yearless_second(shown, label, dates[0])
        if len(dates) != 2:
            return []
        between = shown[dates[0].end() : dates[1].start()]
        cut = _part_mark_cut(between)
        if cut < 0:
            second_label = _UPDATE_LABEL.search(between) or _PUBLISHED_LABEL.search(between)
            if second_label is None:
                return []
            cut = second_label.start()
        cut += dates[0].end()
        first, second = shown[:cut].strip(), shown[cut:].strip(" " + "".join(_DATE_PART_MARKS))
        kinds = (_labelled_update(label[: len(label) - len(shown) + cut]), _labelled_update(second))
        if kinds[0] == kinds[1]:
            return []
        parts = [
            (parse_date(self._in_language(text), self.tz, now=self.now, relative=False), text, kind)
            for text, kind in zip((first, second), kinds, strict=True)
        ]
        return [(value, text, kind) for value, text, kind in parts if value is not None]

    def _yearless_second(self, shown: str, label: str, first: re.Match[str]) -> list[tuple[datetime, str, bool]]:
        """A line of two labelled dates whose second, after a mark, gives no year ("Originally
        published Nov. 3, 2025 at 7:00 a.m. CST; updated Nov. 4 at 9:10 a.m."): it takes the first's
        year and, when it names none, its zone; each is a date line of its own (the second's text
        with the year written in; a time alone takes the first's day: "Publié le 26 novembre 2026 à
        14h05, mis à jour à 16h40", "Updated November 27 2026 - 3:45pm, first published 1:10pm"), none
        when the second is not a date of the other kind on the right side of the first (the update later)."""
        cut = _part_mark_cut(shown[first.end() :])
        cut = cut + first.end() if cut >= 0 else -1
        if cut < 0:
            # No mark: a comma before the update's label ("Publié le 26 novembre 2026 à 14h05, mis à jour à 16h40"),
            # or before the publication's after an update ("Updated November 27 2026 - 3:45pm, first published 1:10pm").
            second = _UPDATE_LABEL.search(shown, first.end()) or _PUBLISHED_LABEL.search(shown, first.end())
            if second is None or not shown[: second.start()].rstrip().endswith(","):
                return []
            cut = shown.rindex(",", 0, second.start())
        head, tail = shown[:cut].strip(), shown[cut + 1 :].strip()
        kinds = (_labelled_update(label[: len(label) - len(shown) + cut]), _labelled_update(tail))
        value = parse_date(
            self._in_language(head), self.tz, now=self.now, relative=False, day_first=self._day_first(head)
        )
        filled = date_hints.year_filled(tail, value.year) if value is not None and kinds[0] != kinds[1] else None
        if filled is None and value is not None and kinds[0] != kinds[1] and _has_time(head) and _clock_only(tail):
            # A time alone, the first date's day ("..., mis à jour à 16h40"), when it falls later.
            filled = f"{value.day} {_ENGLISH_MONTH_NAMES[value.month - 1]} {value.year} {tail}"
        if filled is None or not _date_line_text(head) or not _date_line_text(filled):
            return []
        later = parse_date(
            self._in_language(filled), value.tzinfo, now=self.now, relative=False, day_first=self._day_first(head)
        )
        if later is None or (later > value if kinds[0] else later < value):
            return []  # (the update is the later of the two)
        return [(value, head, kinds[0]), (later, filled, kinds[1])]

    @cached_property
    def _dateline_anchor(self) -> HtmlElement | None:
        """The article's headline element that date lines follow: its ``<h1>`` when that shows the
        headline (a list of teasers may repeat the headline above it), else the headline element."""
        if self.tree is None:
            return None
        key = title_key(self.title())
        if not key:
            return self._headline_node
        h1_keys = [(node, title_key(text_of(node))) for node in islice(self.tree.iter("h1"), MAX_HEADINGS)]
        for node, shown in h1_keys:
            if shown == key:
                return node
        found = self._headline_node
        if found is not None:
            return found
        # An <h1> that shows the headline with a kicker before it ("Interne Unterlagen im Netz
        # <headline>") or after it, or that shows a shortened headline the title extends.
        for node, shown in h1_keys:
            if shown and (
                shown.endswith(key)
                or shown.startswith(key)
                or (
                    len(shown) >= max(MIN_ANCHOR_KEY_CHARS, len(key) // 2)
                    and (key.endswith(shown) or key.startswith(shown))
                )
            ):
                return node
        return None

    @cached_property
    def _dateline_frame(self) -> frozenset[Any]:
        """The article's frame and the blocks that hold its headline: a block around the headline is
        the article's header however it is named ("ArticleHeaderComment" on an opinion column)."""
        anchor = self._dateline_anchor
        if anchor is None:
            return self.frame
        return self.frame | frozenset(anchor.iterancestors()) | self._article_footers()

    def _article_footers(self) -> frozenset[Any]:
        """The ``<footer>`` elements an ``<article>`` of the frame holds as its own, not in a foreign
        block: HTML's place for an article's byline and date (Drupal's "Submitted by ... on ...")."""
        return frozenset(
            child
            for article in self.frame
            if article.tag == "article"
            for child in article
            if child.tag == "footer" and not _foreign_marker(child, _FOREIGN_STRICT)
        )

    @cached_property
    def _header_blocks(self) -> frozenset[str]:
        """The class words of the blocks that hold the headline and not the article's text (its header)."""
        anchor = self._dateline_anchor
        if anchor is None:
            return frozenset()
        frame = self.frame
        return frozenset(
            word
            for block in anchor.iterancestors()
            if block not in frame
            for word in (block.get("class") or "").split()
        )

    def _short_date_shown(self, probe: str, before: str, owner: HtmlElement) -> bool:
        """For a date line that is a two-digit-year date alone ("03.02.25", "von Lena Graf, 4.2.25"):
        True after a byline in its line or just before it, under a date label, in an element named as a
        date's ("when", ``itemprop="datePublished"``) or right over the headline; never in one named as a
        version's ("2.4.10"), nor on a page whose language writes the year first ("19.12.02"); True for
        any other date line."""
        alone = _SHORT_DATE_ALONE.match(probe)
        if alone is None or _YEAR.search(probe) or _has_time(probe):
            return True
        language = re.split(r"[-_]", self._date_language or "", maxsplit=1)[0].lower()
        if language in _YEAR_FIRST_LANGUAGES:
            return False
        named = False
        for level, current in enumerate((owner, *owner.iterancestors())):
            if level >= MAX_SHORT_DATE_LEVELS or not isinstance(current.tag, str):
                break
            words = " ".join(current.get(name) or "" for name in ("class", "id", "itemprop"))
            if _VERSION_NAMED.search(words):
                return False
            named = named or current.tag == "time" or bool(_DATE_NAMED.search(words))
        if alone.group("byline") or named:
            return True
        following = owner.getnext() if isinstance(owner.tag, str) else None
        if following is not None and following is self._dateline_anchor:
            return True  # the line right over the headline, in its header ("<span>02.12.19</span><h1>")
        line = normalize_space(owner.text_content()) if isinstance(owner.tag, str) else ""
        whole = _SHORT_DATE_ALONE.match(western(line)) if len(line) <= MAX_DATE_CHARS else None
        if whole is not None and whole.group("byline"):
            return True  # (the byline's name in a link of its own: "von <a>Lena Graf</a>, 4.2.25")
        label = before if len(before) <= MAX_DATE_CHARS else ""
        return bool(_PUBLISHED_LABEL.search(label) or _UPDATE_LABEL.search(label) or _BYLINE_BEFORE.match(label))

    def _not_a_date_line(self, node: HtmlElement) -> bool:
        """True when a date under the headline is something else's: a foreign block's, an embed's, a teaser's.

        An element of the header block is the header's, whatever its own name says: the BEM
        element ``ArticleHeaderComment_publishDate`` of ``<article class="ArticleHeaderComment">``."""
        frame = self._dateline_frame
        if _in_embed(node):
            return True
        blocks = self._header_blocks
        for current in (node, *node.iterancestors()):
            tag = current.tag if isinstance(current.tag, str) else ""
            if current in frame or tag in ("body", "html"):
                return False
            if tag in _FOREIGN_TAGS and not (tag == "aside" and self._facts_aside(current, node)):
                return True
            words = f"{current.get('class') or ''} {current.get('id') or ''}".split()
            if any(_foreign_word(word, _FOREIGN_STRICT) and _bem_block(word) not in blocks for word in words):
                return True
            if "teaser" in (current.get("class") or "").lower():
                return True
        return False

    def _facts_aside(self, node: HtmlElement, dated: HtmlElement) -> bool:
        """True for an ``<aside>`` that is the article's own box of facts (``date_places.facts_aside``:
        ``<aside class="meta"><time datetime="2022-01-21">21.01.2022 - 13:30</time>`` after the
        lead), whose date line ``dated`` is the article's (``date_places.facts_date``: a ``<time>``
        or a publication label, not an event's "Termin"); any other ``<aside>`` is a sidebar."""
        anchor = self._dateline_anchor
        return date_places.facts_aside(node, text_of(anchor) if anchor is not None else "") and date_places.facts_date(
            node, dated
        )

    def published_at(self) -> datetime | None:
        return self._published_final[0]

    def published_raw(self) -> str | None:
        return self._published_final[1]

    def published_precision(self) -> str | None:
        """How much of the publication the page gives (``items.PRECISIONS``), read from the text the
        chosen date was read from: "day" when it gives no time."""
        return _precision(*self._published_final)

    def modified_at(self) -> datetime | None:
        """The last modification; None when the page's stamp equals the publication (never edited)."""
        return self._modified_final[0]

    def modified_precision(self) -> str | None:
        return _precision(*self._modified_final)

    @cached_property
    def _modified_final(self) -> tuple[datetime | None, str | None]:
        value, raw = self._modified
        if value is None:
            value, raw = self._modified_shown()
        if value is None and self._has_state:
            value, raw = self._state_modified()
        if not (self.rest_post and (self.rest_post.get("modified_gmt") or self.rest_post.get("modified"))):
            value, _ = self._in_page_zone(value, raw)  # (the REST post's dates are the site's own)
        if value is not None and value == self.published_at():
            return None, None
        if value is not None and _before_publication(value, self.published_at()):
            return None, None  # a site-wide default or a stale save: no update comes before its story
        return value, raw

    def _state_modified(self) -> tuple[datetime | None, str | None]:
        """The last update in the page's state (``state_dates``: Arc XP's ``last_updated_date``) when
        the page shows none: only from the object whose publication stamp is the page's (within a
        day), and only a minute or more after the publication (a CMS's save right after it is none)."""
        stamp, published_stamp = state_modified(self.tree, self.title())
        value = parse_date(stamp, self.tz, now=self.now, relative=False) if stamp else None
        published = self.published_at()
        if value is None or published is None:
            return None, None
        own = parse_date(published_stamp, self.tz, now=self.now, relative=False) if published_stamp else None
        if own is None or abs(own - published) > timedelta(days=1):
            return None, None  # another story's object, or one with no publication to check it by
        if value - published < timedelta(minutes=1):
            return None, None
        return value, stamp

    # authors

    @cached_property
    def _ld_nodes(self) -> dict[str, dict[str, Any]]:
        """JSON-LD objects by ``@id``, so that ``{"@id": ...}`` references (Yoast's graph) resolve."""
        nodes: dict[str, dict[str, Any]] = {}
        for obj in self.doc.jsonld:
            key = obj.get("@id")
            if isinstance(key, str) and len(obj) > len(nodes.get(key, {})):
                nodes[key] = obj
        return nodes

    def _ld_resolve(self, value: Any) -> Any:
        if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
            return self._ld_nodes.get(value["@id"], value)
        return value

    @cached_property
    def _ld_site_account(self) -> bool:
        """True when a JSON-LD author is a person whose ``sameAs`` is the site's home page: the
        owner's account (a blog's, a magazine's publisher), which also posts what guests write."""
        host = _host(self.url)
        if not host:
            return False
        for author in _as_list(self.ld.get("author")):
            node = author
            if isinstance(author, dict) and isinstance(author.get("@id"), str):
                node = self._ld_nodes.get(author["@id"], author)
            if not isinstance(node, dict) or ("@type" in node and "Person" not in jsonld_types(node)):
                continue
            for link in _as_list(node.get("sameAs")):
                if isinstance(link, str) and _host(link) == host and not _path(link).strip("/"):
                    return True
        return False

    @cached_property
    def _site_owners(self) -> list[str]:
        """People the site belongs to: a JSON-LD publisher of type Person (a personal site)."""
        publishers = _as_list(self.ld.get("publisher"))
        for obj in self.doc.jsonld:
            if "WebSite" in jsonld_types(obj):
                publishers += _as_list(obj.get("publisher"))
        owners = []
        for publisher in publishers:
            node = self._ld_resolve(publisher)
            if not isinstance(node, dict):
                continue
            if "Person" in jsonld_types(node):
                names = [_ld_text(node.get("name"))]
            elif "name" not in node and "/schema/person/" in str(node.get("@id")):
                # Yoast's reference to a person publisher that the graph lacks: the site's name
                # is the person's ("https://site.example/#/schema/person/").
                names = [_ld_text(o.get("name")) for o in self.doc.jsonld if "WebSite" in jsonld_types(o)]
            else:
                continue
            owners += [name for name in names if name and name not in owners]
        # A blog on a platform: its subdomain is the blogger's account ("creeny.wordpress.com"), so a
        # byline with that name is the blogger, not the site's name.
        handle = platform_handle(urlsplit(self.url).hostname or "" if self.url else "")
        if handle and handle not in owners:
            owners.append(handle)
        return owners

    @cached_property
    def _site_persons(self) -> list[str]:
        """Site names shaped like a person's name that the host spells ("Dr. Alexander Klier" on
        alexander-klier.net): only a byline's first name is written out with them ("Alexander"), since
        "Royal Road" on royalroad.com or "Twin Cities" on twincities.com are shaped the same."""
        host = urlsplit(self.url).hostname or "" if self.url else ""
        names = [person_named_site(name, host) for name in (self.site_names[:-2] if self.url else [])]
        return [name for name in names if name]

    @cached_property
    def _headline_node(self) -> HtmlElement | None:
        """The element showing the headline (``title()``), if the page has one."""
        key = _title_key(self.title())
        if self.tree is None or not key:
            return None
        nodes = named_among(self._headline_elements, *_HEADLINE_NODE_ELEMENTS, self.doc.markers)
        for node in nodes:
            if _title_key(text_of(node)) == key:
                return node
        for node in nodes:  # a headline the title shortens ("Headline: kicker" shown, "Headline" in og:title)
            if node.tag == "h1" and _title_key(text_of(node)).startswith(key):
                return node
        for node in nodes:  # the heading that shows the headline after its kicker ("<h2><span>Kicker</span> Headline")
            if node.tag in ("h1", "h2") and _title_key(text_of(node)).endswith(key) and _main_line(node):
                return node
        # No <h1> shows it: the headline element the title steps read (``_HEADING_ELEMENTS``:
        # "<div class=article-headline>") whose text is the title, so the byline and date lines
        # under it are read as under an <h1>.
        for node in named_among(self._headline_elements, *_HEADING_ELEMENTS, self.doc.markers, MAX_HEADINGS * 2):
            if _title_key(text_of(node)) == key and not self._foreign_heading(node) and not _hidden(node):
                return node
        return None

    @cached_property
    def _byline_frame(self) -> frozenset[Any]:
        """The article's frame (see ``frame``) and the headline's ancestors: a byline beside the
        headline belongs to the article, whatever its containers are called ("content-area sidebar")."""
        node = self._headline_node
        if node is None:
            return self.frame
        return self.frame | frozenset(node.iterancestors()) | {node}

    @cached_property
    def _post_container(self) -> HtmlElement | None:
        """The innermost ``<article>`` or post-classed element holding the headline, if any."""
        node = self._headline_node
        for ancestor in node.iterancestors() if node is not None else ():
            if ancestor.tag == "article" or _POST_CLASSES & set((ancestor.get("class") or "").split()):
                return ancestor
        return None

    @cached_property
    def _generic_bylines(self) -> list[list[str]]:
        """``_bylines`` of ``_GENERIC_AUTHOR_SELECTORS``, read once a page (four steps read them)."""
        return [[_byline_text(n) for n in group] for group in self._generic_byline_nodes]

    @cached_property
    def _generic_byline_nodes(self) -> list[list[HtmlElement]]:
        """The elements of ``_generic_bylines``, in its groups."""
        return self._byline_nodes(_GENERIC_AUTHOR_SELECTORS)

    def _bylines(self, selectors: tuple[str, ...], *, strict: bool = True) -> list[list[str]]:
        """Texts of the first of ``selectors`` that matches outside related posts, comments and
        sidebars, in groups, nearest the headline first (see ``_by_closeness``)."""
        return [[_byline_text(n) for n in group] for group in self._byline_nodes(selectors, strict=strict)]

    def _byline_nodes(self, selectors: tuple[str, ...], *, strict: bool = True) -> list[list[HtmlElement]]:
        """The elements ``_bylines`` reads, in its groups.

        A footer inside the post that holds the headline is the post's own (Blogger's ``.post-footer``).
        """
        post = self._post_container
        for selector in selectors:
            found = [
                n
                for n in self.select(selector)
                if not _foreign(n, strict=strict, frame=self._byline_frame)
                or (
                    strict
                    and post is not None
                    and post in n.iterancestors()
                    and not _foreign(n, strict=False, frame=self._byline_frame)
                )
            ]
            # (A sponsor's credit, "Presented by Harbor Savings Bank", names no writer.)
            # (An hCard whose name is its organisation's, class "fn org": a place or a company, no
            # writer; "<div class="fn org country-name">New Zealand</div>" in a country's info box.)
            found = [
                n
                for n in found
                if not self._in_teaser(n)
                and not SPONSOR_LINE.match(_byline_text(n))
                and not _organisation_card(n)
                and not _caption_credit(n, _byline_text(n))  # a picture's "Jana Ulm / AFP"
            ]
            if found:
                return self._by_closeness(found)
        return []

    @cached_property
    def _headline_around(self) -> frozenset[Any]:
        """The headline element and its ancestors (empty when the page shows none)."""
        node = self._headline_node
        return frozenset(node.iterancestors()) | {node} if node is not None else frozenset()

    @cached_property
    def _teaser_headings(self) -> dict[Any, list[HtmlElement]]:
        """Headings of ``MIN_TEASER_HEADING_CHARS`` or more other than the headline, by each of
        their ancestors (the blocks that hold them)."""
        holders: dict[Any, list[HtmlElement]] = {}
        if self.tree is None or self._headline_node is None:
            return holders
        headlines = {_title_key(text_of(self._headline_node)), _title_key(self.title())}
        for heading in self.tree.iter("h1", "h2", "h3", "h4"):
            text = text_of(heading)
            # Another story's headline links to it; the headline shown again (a sticky header's
            # copy) and a subtitle do not.
            if (
                len(text) >= MIN_TEASER_HEADING_CHARS
                and heading is not self._headline_node
                and _title_key(text) not in headlines
                and _linked(heading)
            ):
                for ancestor in heading.iterancestors():
                    holders.setdefault(ancestor, []).append(heading)
        return holders

    def _in_teaser(self, node: HtmlElement) -> bool:
        """True for a byline in a block with another story's headline: the innermost block around
        it (``MAX_TEASER_DEPTH`` levels up at most) that holds a linked heading of
        ``MIN_TEASER_HEADING_CHARS`` or more other than the byline
        ("Von Jana Ulm am 08.12.2022" under a teaser's "<h3>Zehn Thesen zur ...</h3>") lies below
        the headline's containers and the article text's (a teaser list inside the ``<article>``).
        A list of links with no headings shows its headlines as plain links (``_link_teaser``)."""
        holders = self._teaser_headings
        around, frame = self._headline_around, self.frame
        ancestors = list(node.iterancestors())
        if self._headline_node is not None and _link_teaser(node, ancestors, around | frame, self.url or ""):
            self._teaser_bylines_seen = True
            return True
        if not holders:
            return False
        text = None
        for ancestor in ancestors[:MAX_TEASER_DEPTH]:
            if ancestor in around or ancestor in frame:
                return False
            for heading in holders.get(ancestor, ()):
                if heading in ancestors:
                    continue  # the byline is in the heading ("<h4>By Jana Ulm | 12/10/2020</h4>")
                text = text_of(node) if text is None else text
                if text in text_of(heading):
                    continue
                # An author box lists the author's other stories under "More from Jana Ulm".
                name = text.split()[-1] if text else ""
                if len(name) > 2 and any(name in text_of(h) for h in ancestor.iter(*_HEADING_TAGS)):
                    return False
                self._teaser_bylines_seen = True
                return True
        return False

    #: Set when a byline was dropped as a teaser's (see ``_in_teaser``).
    _teaser_bylines_seen = False

    def _by_closeness(self, nodes: list[HtmlElement]) -> list[list[HtmlElement]]:
        """``nodes`` grouped by the innermost container each shares with the headline, nearest first:
        the byline shares the article's header with it, the bylines of teasers only an outer block."""
        if len(nodes) < 2:
            return [nodes] if nodes else []
        # Without a known headline the first match, high on the page, stands in for it.
        anchor = self._headline_node if self._headline_node is not None else nodes[0]
        around = {a: depth for depth, a in enumerate(reversed([anchor, *anchor.iterancestors()]))}

        def shared_depth(node: HtmlElement) -> int:
            for ancestor in (node, *node.iterancestors()):
                if ancestor in around:
                    return around[ancestor]
            return -1

        groups: dict[int, list[HtmlElement]] = {}
        for node in nodes:
            groups.setdefault(shared_depth(node), []).append(node)
        return [groups[depth] for depth in sorted(groups, reverse=True)]

    def _author_sources(self, agencies: Sequence[str] = ()) -> Iterator[list[str]]:
        """Raw author strings, one list per source, most reliable first (see docs/extraction.md).

        ``agencies``: the wire agencies the sources read so far credit (filled as they are read);
        once one is, the page's own bylines are searched no further (a wire story's "By AFP")."""
        if self.rest_post:
            embedded = (self.rest_post.get("_embedded") or {}).get("author") or []
            yield _Accounts(a.get("name", "") for a in embedded if isinstance(a, dict))
        direct, referenced = self._ld_authors()
        if direct and self._ld_site_account:
            # The site's owner's account posted a guest's text that its writer signs under the story
            # ("... Gefühle ...<br><em>Claudia Duwe</em>" under a JSON-LD author whose sameAs is the
            # site's home page): the signature names the writer.
            signed = self._signature()
            if (
                signed
                and not any(same_person(name, writer) for name in signed for writer in direct)
                and not self._quotation_signed(signed[0])
            ):
                yield signed
        yield _Accounts(direct)
        for key, values in self._meta_authors:
            # A page's plain author meta is often the site's (its owners, the account that set up
            # the theme: "Matthias Hille - Lukas Balbach" over "Erstellt von Fabian"); where no
            # JSON-LD names the writer, the byline the article shows beside its headline wins.
            if key == "author" and not direct:
                shown = self._byline_against(values)
                if shown:
                    yield shown
            yield _Accounts(values)
        # Yoast's "Written by" card names the account that posted, as its author meta does: a
        # labelled byline in the article that names someone else wins over it ("Autor Piet Horn:
        # Übersetzung Jana Ulm" under a card for "jana-ulm").
        carded = self._labelled_meta_authors()
        if carded and not direct and (shown := self._byline_against(carded)):
            yield shown
        yield _Accounts(carded)
        if self.author_selectors:
            yield from self._bylines(self.author_selectors, strict=False)
        yield from self._generic_bylines
        # A byline with no class of its own: a line that a label opens ("Von Jana Ulm", "Ein Artikel
        # von <b>Jana Ulm</b> | 27.01.2022", "Autor: Jana Ulm<br>").
        if not agencies:
            yield from self._labelled_bylines()
            # A date line under the headline with the name beside the date ("11.12.2019 - Jana Ulm").
            yield self._dateline_byline()
            yield self._reporter_marks()
            # A labelled writer's field in the info line under the headline ("... 来源：江南日报
            # 作者：陈晓雯", "Data publikacji: ... | Autor: A", "रिपोर्ट: A") or a local "by" ("Na A").
            yield self._header_writer_field()
        else:
            # The wire's reporter before the agency a source named ("By JANA ULM Associated Press"
            # where JSON-LD's author is the agency): a byline that credits that agency too.
            for group in self._labelled_bylines():
                if any(name in agencies for name in find_agencies(" ".join(group), strict=False)):
                    yield group
        # A JSON-LD author given as a reference into the page's graph is the CMS account that posted
        # (Yoast); the byline the page shows, where it has one, names the reporter.
        yield _Accounts(referenced)
        # A link to the author's page ("/author/jana-ulm/") whose text is the name its address spells.
        if not agencies:
            yield from (g if isinstance(g, _WriterCard) else _Accounts(g) for g in self._author_links())
            # A writer's card with a link to all their stories ("Jana Ulm" / "Alle Artikel").
            yield self._all_stories_card()
        # A client-rendered page whose HTML shows no byline: its state's article's writers (__NEXT_DATA__).
        if self._has_state:
            yield _Accounts(state_authors(self.tree))
        # A wire story's sign-off names its reporters, an agency credited or not ("Reporting by A"):
        # read last, so that the sources before it credit their agencies.
        yield self._sign_off()
        # Where no byline names a person (a desk's, a CMS account's: "Posted by Admin"), the writer's
        # line in the story does: "Laporan dari Jana Ulm untuk Reuters" over it, "-- Jana Ulm" under it.
        yield self._story_writer_line()

    def _byline_blocks(self) -> list[list[str]]:
        """The first lines of the elements the page marks as its bylines (a class or id that says
        "byline" or ends on "by": "gnt_ar_by", "tnt-byline"; ``data-component`` / ``data-testid``
        "byline-block"), outside related posts, comments and sidebars, nearest the headline first:
        the name; the lines under it in blocks of their own are a role, an outlet or a place
        ("<a>Carla Mendes</a><div>Special to the Desert Sun Times</div>"). Only lines that give a
        full name count (a "sort-by" block's "Newest" does not)."""
        if self.tree is None:
            return []
        language = getattr(self.site, "language", None) or self.doc.html_lang
        classes = marked_values(self.doc.class_values) | language_marked_values(self.doc.class_values, language)
        ids = marked_values(self.doc.id_values)
        nodes = elements_with_values(self.tree, _BYLINE_BLOCK_TAGS, classes, ids) if classes or ids else []
        text = self.doc.text or ""
        if ("data-testid" in text or "data-component" in text) and DATA_MARK.search(text):
            chosen = set(nodes)
            nodes += [n for n in DATA_MARK_XPATH(self.tree) if n not in chosen]
        found = []
        for node in outermost(nodes):
            line = first_line(node)
            if line and SPONSOR_LINE.match(line):
                continue  # a sponsor's credit ("Presented by Harbor Savings Bank"), no writer
            names, credits = clean_author_names([line]) if line and len(line) <= MAX_BYLINE_CHARS else ([], [])
            # A byline block that credits a wire agency and no one ("La Rédaction avec AFP") is read
            # for its agency; a photo's credit is no byline ("<div class="photo-byline">AFP</div>"
            # under the lead image).
            if (
                (
                    (names and all(person_shaped(n) for n in names))
                    or (credits and not names and not _photo_credit(node))
                )
                and not _foreign(node, frame=self._byline_frame)
                and not self._in_teaser(node)
                and not (names and credits and _caption_credit(node, line))
            ):
                found.append((node, line))
        lines = dict(found)
        return [[lines[n] for n in group] for group in self._by_closeness([n for n, _ in found])]

    @cached_property
    def _has_state(self) -> bool:
        """True when the page's source names a state script (``__NEXT_DATA__``): a substring test, no walk."""
        text = self.doc.text or ""
        return ("_DATA__" in text and any(name in text for name in _STATE_IDS)) or "Fusion.globalContent" in text

    @cached_property
    def _meta_authors(self) -> list[tuple[str, list[str]]]:
        """``(key, values)`` of each author meta (``_AUTHOR_META``) that has some, in that order."""
        found = []
        for key in _AUTHOR_META:
            values = [
                v
                for v in self.doc.meta.get(key) or []
                if not v.lower().startswith(("http://", "https://"))
                and not _THEME_CREDIT.search(v)
                and not self._other_sites_address(v)
            ]
            if key in _CATALOGUE_META:
                values = [_uninverted(v) for v in values]
            # Dozens of values are the authors a paper cites (microdata in its reference list).
            if values and len(values) <= MAX_META_AUTHORS:
                found.append((key, values))
        # Parse.ly's older page meta: its writers inside a JSON object ('{"author": "Jana Ulm", ...}').
        if not any(key == "parsely-author" for key, _ in found) and (
            values := parsely_page_authors(self.doc.meta_first("parsely-page"))
        ):
            found.append(("parsely-page", values))
        return found

    def _other_sites_address(self, value: str) -> bool:
        """True for an author meta that gives the address of another site beside its name ("Jana
        Ulm - http://ulm-themes.example" on a news site): the theme's or the web agency's maker,
        whose meta the theme prints on every page, no writer. Not the writer's own site, whose host
        spells the whole name ("Jana Ulm - https://jana-ulm.example")."""
        match = _WEB_ADDRESS.search(value)
        if match is None or not self.url:
            return False
        address = match.group() if "//" in match.group() else "//" + match.group()
        try:
            host = (urlsplit(address).hostname or "").removeprefix("www.")
            own = (urlsplit(self.url).hostname or "").removeprefix("www.")
        except ValueError:  # "http://[" is no address
            return False
        name = "".join(_ascii_words(value[: match.start()]))
        if name and "".join(_ascii_words(host.split(".")[0])) == name:
            return False
        return bool(host) and host != own and not own.endswith("." + host) and not host.endswith("." + own)

    def _byline_against(self, meta: list[str]) -> list[str]:
        """The labelled byline nearest the headline inside the article (``_labelled_inside``) when
        it names people and none of those ``meta`` names (no first or last name in common), else
        nothing."""
        if self._article_region is None:
            # The article's element unknown (its text spread over a page builder's blocks): a
            # labelled line that is one of the story's opening paragraphs ("Von Jana Ulm" under
            # the lead) is its byline still.
            shown = self._opening_byline()
        else:
            # No label: the element the page marks as its byline, inside the article's region
            # ("<div class="byline">Jana Ulm</div>" under the headline, the site's name in the meta).
            shown = self._labelled_inside[0] if self._labelled_inside else self._region_byline()
        if not shown:
            return []
        names = clean_author_names(shown)[0]
        if not names or not all(person_shaped(n) or " " not in n for n in names):
            return []
        # The meta as the authors step reads it: the site's name is no one ("GESE - La Estrella").
        hosts = self.site_names[-2:] if self.url else []
        brands = [n for n in self.site_names if n not in hosts]
        # A site on a subdomain ("economy.okezona.com") goes by its domain's name too ("Okezona"),
        # spelled whole: "Krimiblogger" writes on archiv.krimiblog.de.
        domain = domain_label(hosts[0]) if hosts else None
        named = clean_author_names(meta, brands, host_names=hosts, owners=self._site_owners)[0]
        named = [name for name in named if not (domain and spells_label(name, domain))]
        # The same person written another way ("Ashlie Blakey" / "Ashlie BlakeyLive", a name cut
        # short by an address glued to it): a first or a last name in common.
        ends = {(w[0], w[-1]) for n in named if (w := normalize_space(n).casefold().split())}
        if not named or any(
            w[0] in {a for a, _ in ends} or w[-1] in {b for _, b in ends}
            for n in names
            if (w := normalize_space(n).casefold().split())
        ):
            return []
        return shown

    def _opening_byline(self) -> list[str]:
        """The first group of ``_labelled_inside`` when its line, label and all, is a paragraph of
        its own among the story's first ``MAX_LEAD_PARAGRAPHS`` ("Von Jana Ulm" between the lead
        and the text), else nothing: where ``_article_region`` is not known, the byline the story
        itself opens with."""
        if not self._labelled_inside:
            return []
        group = self._labelled_inside[0]
        opening = [
            line
            for p in self._main_paragraphs[0][:MAX_LEAD_PARAGRAPHS]
            if len(line := normalize_space(p)) <= MAX_BYLINE_CHARS and _BYLINE_LINE_LABEL.match(line)
        ]
        if opening and all(any(line.endswith(normalize_space(name)) for line in opening) for name in group):
            return group
        return []

    def _region_byline(self) -> list[str]:
        """The first group of ``_generic_bylines`` when each of its lines stands in ``_article_region``
        before the story's first paragraph and outside a quote, a figure or an aside (a byline class
        beside the headline, not one in a box under the story, not a quote card's speaker), else nothing."""
        groups = self._generic_bylines
        if not groups or self._article_region is None:
            return []
        text = normalize_space(text_of(self._article_region))
        if not all(normalize_space(line) in text for line in groups[0]):
            return []
        nodes = self._generic_byline_nodes[0]
        if any(a.tag in _QUOTE_BOX_TAGS for n in nodes for a in n.iterancestors()):
            return []
        return groups[0] if self._before_lead(nodes) else []

    def _before_lead(self, nodes: list[HtmlElement]) -> bool:
        """True when ``nodes`` come before the paragraph of ``_article_region`` that opens the story
        (or inside it), or when no ``<p>`` there opens it (the body's first paragraphs but the headline)."""
        paragraphs = self._main_paragraphs[0][:MAX_LEAD_PARAGRAPHS]
        if not paragraphs or self._article_region is None:
            return True
        keys = tuple(key for p in paragraphs if (key := normalize_space(p)[:MIN_LEAD_KEY_CHARS]))
        left = set(nodes)
        for node in self._article_region.iter("p", *{n.tag for n in nodes}):
            if node in left:
                left.discard(node)
                if not left:
                    return True
            elif node.tag == "p" and normalize_space(text_of(node)).startswith(keys):
                return all(node in n.iterancestors() for n in left)  # the byline opens the paragraph
        return True

    def _labelled_meta_authors(self) -> list[str]:
        """The author a labelled Twitter card pair names (``twitter:label1`` "Written by" /
        "Verfasst von", ``twitter:data1`` "Jana Ulm"), as Yoast writes it."""
        for index in range(1, 5):
            labels = self.doc.meta.get(f"twitter:label{index}") or []
            if labels and _TWITTER_AUTHOR_LABEL.match(labels[0]):
                return (self.doc.meta.get(f"twitter:data{index}") or [])[:1]
        return []

    @cached_property
    def _article_region(self) -> HtmlElement | None:
        """The innermost element holding both the headline and the article's text, when both are
        known and it is not the whole page: where the article's own byline is looked for first."""
        node = self._headline_node
        frame = self.frame
        if node is None or not frame:
            return None
        for ancestor in (node, *node.iterancestors()):
            if ancestor in frame:
                return None if ancestor.tag in ("body", "html") else ancestor
        return None

    @cached_property
    def _byline_skips(self) -> frozenset[Any]:
        """Elements whose subtrees hold no byline of the article: menus, footers and asides
        outside the article's frame (``_foreign`` of every element below them is true), and
        elements whose text is no text (scripts, styles, ``<head>``). Found by tag, in C: telling
        related posts, comments and sidebars by their classes costs more than reading them."""
        if self.tree is None:
            return frozenset()
        frame = self._byline_frame
        return frozenset(node for node in self.tree.iter(*_FOREIGN_TAGS, *_NO_TEXT_TAGS) if node not in frame)

    def _text_holders(self, root: HtmlElement) -> Iterator[tuple[HtmlElement, bool]]:
        """``(element, its text too)`` for ``root`` and the elements below it, but not below one of
        ``_byline_skips``, whose own tail (text of its parent) is still read unless it is a script
        or the like: one walk in C that steps over those subtrees."""
        skips = self._byline_skips
        walker = etree.iterwalk(root, events=("start",))
        for _, node in walker:
            if node in skips:
                walker.skip_subtree()
                if node.tag not in _NO_TEXT_TAGS:
                    yield node, False
                continue
            yield node, True

    @cached_property
    def _labelled_inside(self) -> list[list[str]]:
        """``_labelled_bylines`` found in ``_article_region`` (the whole page when it is unknown)."""
        return [[text for _, text in group] for group in self._labelled_inside_lines]

    @cached_property
    def _labelled_inside_lines(self) -> list[list[tuple[HtmlElement, str]]]:
        """``_labelled_inside`` as ``(owner, line)`` pairs."""
        if self.tree is None:
            return []
        region = self._article_region
        return self._labelled_groups(self._text_holders(region if region is not None else self.tree), nodes_too=True)

    @cached_property
    def _labelled_outside(self) -> list[list[str]]:
        """``_labelled_bylines`` found outside ``_article_region``: its ancestors and their other
        children, nearest first (bylines there share only an outer block with the headline)."""
        region = self._article_region
        if region is None:
            return []

        def outside() -> Iterator[tuple[HtmlElement, bool]]:
            node = region
            while (parent := node.getparent()) is not None:
                yield parent, True
                for child in parent:
                    if child is not node:
                        yield from self._text_holders(child)
                node = parent

        return self._labelled_groups(outside())

    def _labelled_bylines(self) -> Iterator[list[str]]:
        """Lines a byline label opens ("By", "Von", "Oleh", "Ein Artikel von", "Autor:"), cut after
        the label, outside related posts, comments and sidebars, in groups, nearest the headline first.

        A line runs from the label to the next ``<br>`` or block boundary, across inline elements
        ("Von <span>Jana Ulm</span>"), and is at most ``MAX_BYLINE_CHARS`` long (a sentence that
        starts with "Von" is no byline; the name check after it drops "Von Montag an"). The
        element holding the headline and the article's text is read first, the rest of the page
        only when no line there names a person (each text of a page is a Python string made on
        access: reading all of them cost ~1 ms a page).
        """
        yield from self._labelled_inside
        yield from self._labelled_outside

    def _labelled_groups(
        self, nodes: Iterable[tuple[HtmlElement, bool]], *, nodes_too: bool = False
    ) -> list[list[Any]]:
        """The byline lines of ``nodes``' texts (where asked) and tails (see ``_labelled_bylines``),
        in groups (with ``nodes_too``, ``(owner, line)`` pairs)."""
        found: list[tuple[HtmlElement, str]] = []
        strip = _LINE_SEPARATORS + " \t\r\n\xa0"
        longest = MAX_BYLINE_CHARS * 2
        most = MAX_HEADINGS * 4
        initials = _LABEL_INITIALS
        for node, with_text in nodes:
            tag = node.tag
            if not isinstance(tag, str) or tag in _NO_TEXT_TAGS:
                continue
            # The text, then the tail; most are empty, long or open with no label's initial. (Both
            # tests written out, not a loop over a tuple of the two: this runs on every element of
            # the article's region and round it, 0.25 ms a page less.)
            if with_text and (text := node.text) and len(text) <= longest:
                opening = text.lstrip(strip)
                if opening and opening[0] in initials:
                    line = self._labelled_line(node, False, normalize_space(opening))
                    if line is not None:
                        found.append(line)
            if (text := node.tail) and len(text) <= longest:
                opening = text.lstrip(strip)
                if opening and opening[0] in initials:
                    line = self._labelled_line(node, True, normalize_space(opening))
                    if line is not None:
                        found.append(line)
            if len(found) > most:
                break
        if not found:
            return []
        texts = dict(found)
        groups = [group[:MAX_HEADINGS] for group in self._by_closeness(list(texts))[:MAX_HEADINGS]]
        if nodes_too:
            return [[(n, texts[n]) for n in group] for group in groups]
        return [[texts[n] for n in group] for group in groups]

    def _labelled_line(self, node: HtmlElement, is_tail: bool, opening: str) -> tuple[HtmlElement, str] | None:
        """``(owner, name part)`` when ``opening`` (``node``'s text or tail) opens a byline line."""
        match = _BYLINE_LINE_LABEL.match(opening) or _LABEL_ONLY.match(opening)
        if match is None or not _byline_label_words(match.groupdict().get("lead")):
            return None
        owner = node.getparent() if is_tail else node
        if owner is None or _foreign(owner, frame=self._byline_frame) or self._in_teaser(owner):
            return None
        if owner.tag == "a" and not is_tail and _LABEL_ONLY.match(opening):
            return None  # a menu's link to the authors' page ("<a href=...>Authors</a>"), no label
        if match.groupdict().get("bare") and _caption_line(node, owner, is_tail):
            return None  # "<figure><img></figure><p>Autorin Juli Zeh</p>": whom the picture shows
        label = match.group(0).strip()
        # A heading is a headline ("Von Sprachregeln und Gender-Politik"), unless it holds a label
        # alone ("<h5>Autor:</h5>"), one that names a piece of writing ("<h2>Posted by Jana Ulm
        # under ...</h2>"), or a date or separator runs on behind the name ("<h4>By Jana Ulm |
        # 12/10/2020</h4>").
        heading = _in_heading(owner) and not _LABEL_ONLY.match(text_of(owner)) and len(label.split()) < 2
        line = _line_from(owner, node, is_tail)
        if len(line) > MAX_BYLINE_CHARS:
            # "Posted by Jana Ulm under Politik, Kultur | Schlagwörter: ...": the byline ends at a separator.
            line = re.split(r"\s[|·•]\s", line, maxsplit=1)[0]
        if not line.startswith(label) or len(line) > MAX_BYLINE_CHARS:
            return None
        if match.groupdict().get("bare") and self._mid_story(line):
            return None  # a colon-less "Autorin Juli Zeh" between two paragraphs of the story
        if (not label or _ROLE_LEAD_LABEL.match(label)) and not self._role_credit_line(line):
            return None  # a sentence: "Koresponden Reuters di Bandung, Rina Wulandari, melaporkan ..."
        if _TOLD_TO_LABEL.match(label) and not (_names_only(line[len(label) :]) and not self._mid_story(line)):
            return None  # a sentence: "As told to Reuters, the plan is on hold."
        if _FIELD_CREDIT_LABEL.match(label) and (self._mid_story(line) or _in_fact_box(owner, line)):
            return None  # "Writer: Piet Horn" in a film review's fact box ("Director: ...", "Runtime: ...")
        name = line[len(label) :].strip(" :")
        # An interview's byline names the one asking; whom they talk with follows "mit" / "with"
        # ("Ein Interview von Jana Ulm mit Piet Horn", "Interview by Jana Ulm with Piet Horn").
        if (lead := match.groupdict().get("lead")) and _INTERVIEW_LEAD.search(lead):
            name = _INTERVIEWEE.split(name, maxsplit=1)[0]
        # A byline set as a minor heading with nothing behind the name ("<h5><em>Von Jana
        # Ulm</em></h5>") holds a full name and nothing else; a headline rarely is one.
        if heading and not _HEADING_BYLINE_END.search(name) and not _minor_heading_byline(owner, name):
            return None
        # A handle is one word ("von flerche", "by damianduchamps on August 3, 2019"); more words
        # in lower case are a sentence ("by mid-2020 the ...").
        if name and (name[0].isupper() or " " not in byline_name_part(name)):
            return owner, name
        if name and _caseless_start(name) and len(name.split()) <= MAX_CASELESS_NAME_WORDS:
            return owner, name  # a script without capitals ("செய்தியாளர்: ப. செல்வம்"): the name check after it
        if name and role_credit_names(line):
            return owner, name  # a role in lower case before the name: "Laporan wartawan Site, Jana Ulm"
        return None

    def _role_credit_line(self, line: str) -> bool:
        """True when ``line``, a role and post before a name with no colon ("Kontributor Bandung, Agus
        Setiawan"), ends with the names (an editor's part behind a "|" at most) and is no paragraph
        in the middle of the story."""
        names = role_credit_names(line)
        if names is None or (names and not _names_only(names.split(" | ", 1)[0])):
            return False
        return not self._mid_story(line)

    def _mid_story(self, line: str) -> bool:
        """True when ``line`` is one of the article's paragraphs in the middle of its story: past
        its first two, between two sentences (a caption or a quoted name, no byline or closing credit)."""
        paragraphs = self._main_paragraphs[0]
        for index in range(2, len(paragraphs) - 1):
            if normalize_space(paragraphs[index]) == line:
                return bool(_SIGNED_PROSE.search(paragraphs[index - 1]) and _SIGNED_PROSE.search(paragraphs[index + 1]))
        return False

    def _author_links(self) -> list[list[str]]:
        """Texts of links to an author's page whose address spells the name ("/author/jana-ulm/":
        "Jana Ulm"; "/autor/nils/": "Nils"), outside related posts, comments and sidebars, in groups,
        nearest the headline first."""
        if self.tree is None or not _AUTHOR_PATH_HINT.search(self.doc.text):
            return []
        found = []
        carded: list[HtmlElement] = []
        for node in self._anchors:
            href = node.get("href")
            # No address that lacks the hint has such a path (urlsplit drops tabs and line breaks).
            if not href or (
                not _AUTHOR_PATH_HINT.search(href) and "\n" not in href and "\t" not in href and "\r" not in href
            ):
                continue
            match = _AUTHOR_PATH.search(_path(href))
            if match is None:
                continue
            text = _link_name(node)
            if text and len(text) <= MAX_BYLINE_CHARS and _slug_names(match.group("slug"), text):
                if self._in_teaser(node):
                    continue
                if not _foreign(node, frame=self._byline_frame):
                    found.append(node)
                elif _writer_card_label(node):
                    carded.append(node)
        if not found and len({_link_name(n) for n in carded}) == 1:
            # The writer's card in a sidebar beside the story, its label before the name ("<p>Written
            # by</p><p><a href="/contributors/jana-ulm">Jana Ulm</a></p>"): one card, one name; only
            # where the story shows no byline (``_authors``).
            return [_WriterCard([_link_name(carded[0])])]
        return [[_link_name(n) for n in group[:MAX_HEADINGS]] for group in self._by_closeness(found)[:MAX_HEADINGS]]

    def _all_stories_card(self) -> list[str]:
        """The name on the one writer's card whose link leads to all that writer's stories and
        whose address spells the name: "<h3>Jana Ulm</h3> ... <a href="/author/jana">Alle
        Artikel</a>", "<a href="/experten/jana-ulm" title="zu allen Rezepten">", "Alles von Jana
        Ulm"; as a ``_WriterCard`` (read where no byline names anyone). Cards for several writers
        (a list of the site's columnists) name no one, nor a card in a teaser, or in a sidebar or
        footer (the frame test of bylines) that the theme does not class as the author's box."""
        names: set[str] = set()
        hinted = False  # (the source is searched at the first link that matches: a whole page's search costs more)
        for link in self._anchors:
            href = link.get("href") or ""
            label = text_of(link) or normalize_space(link.get("title") or "")
            match = _ALL_STORIES_LINK.match(label) if href and len(label) <= MAX_BYLINE_CHARS else None
            if (
                match is None
                and href
                and (heading := _all_stories_heading(link))
                and _WRITERS_PAGE.search(urlsplit(href).path)
            ):
                # The card's heading says whose stories these are, its link any label ("<h3>More
                # from Jana Ulm</h3><a href="/author/jana-ulm">9 articles</a>"), where the link leads to
                # a writer's page: not a section's ("More from New Jersey") nor a story's.
                label = heading
                match = _ALL_STORIES_LINK.match(label)
            if match is None:
                continue
            if not hinted:
                if not _ALL_STORIES_HINT.search(self.doc.text or ""):
                    return []
                hinted = True
            # A label that names the writer ("More from Jana Ulm") says whose the stories listed
            # beside it are: the list is the writer's, no teasers of others' stories.
            if not label[match.end() :].strip() and self._in_teaser(link):
                continue
            if _foreign(link, frame=self._byline_frame) and not _in_author_box(link):
                continue  # (a sidebar's widget, a footer's promo: the site's columnist, not this story's writer)
            # (The address's words beside the label's own: "/alle-artikel/" spells no "Alle Hefte".)
            words = set(_ascii_words(unquote(href))) - set(_ascii_words(label[: match.end()]))
            candidates = [normalize_space(label[match.end() :])] if label[match.end() :].strip() else []
            candidates += reversed(_card_texts_before(link))
            name = next(
                (
                    c
                    for c in candidates
                    if person_shaped(c)
                    and _ascii_words(c)[0] in words
                    and not _ALL_STORIES_HINT.search(c)
                    and clean_author_names([c])[0] == [c]
                ),
                None,
            )
            if name:
                names.add(name)
        return _WriterCard(names) if len(names) == 1 else []

    def _guessed_bylines(self) -> Iterator[list[str]]:
        """The last resorts: the elements the page marks as bylines (their first lines), author-classed
        elements, then trafilatura's byline search."""
        yield from self._byline_blocks()
        yield from self._byline_search()
        # Where the page's bylines are its teasers' (each beside another story's heading),
        # trafilatura's guess reads one of them.
        if self.tree is not None and not self._teaser_bylines_seen and self._traf_byline_possible():
            # trafilatura's byline search (its own pruned copy of the tree).
            from newscrawl.pages.trafilatura_steps import extract_author

            try:
                found = extract_author(self.tree)
            except Exception:  # noqa: BLE001 - a failed guess is no author
                found = None
            if found and _sponsor_named(found, self.doc.text or ""):
                found = None  # the sponsor of "Presented by Harbor Savings Bank"
            yield [found] if found else []
        # A closing line of the article that is the writer's name and nothing else.
        yield self._signature()
        # The post's author answering in the comments (WordPress marks the comment).
        yield self._post_author_comment()

    def _post_author_comment(self) -> list[str]:
        """The name a comment by the post's author shows: WordPress marks it ``bypostauthor`` and
        names the account in ``comment-author-<nicename>``; the name is the comment's text that
        spells the account ("comment-author-hansehrlich" shows "HansEhrlich")."""
        if self.tree is None or "bypostauthor" not in self.doc.text:
            return []
        for node in self.tree.iter():
            classes = (node.get("class") or "").split() if isinstance(node.tag, str) else ()
            if "bypostauthor" not in classes:
                continue
            account = next((c.removeprefix("comment-author-") for c in classes if c.startswith("comment-author-")), "")
            key = "".join(_ascii_words(account))
            if not key:
                continue
            for el in islice(node.iter(), MAX_COMMENT_ELEMENTS):
                text = normalize_space(el.text) if isinstance(el.tag, str) else ""
                if text and len(text) <= MAX_BYLINE_CHARS and "".join(_ascii_words(text)) == key:
                    return [text]
        return []

    def _dateline_byline(self) -> list[str]:
        """The name a date line under the headline gives beside its date (``name_beside_date``),
        not a teaser's ("Von Jana Ulm am 06.12.2022" under another story's heading)."""
        names = {text: name for _, text, _ in self._date_lines if (name := name_beside_date(text))}
        if not names:
            return []
        # Under the headline first, then the header's lines above it ("<small>04.02.2022 | 13:10
        # Uhr | Jana Ulm</small><h1>...</h1>"), the same lines the dates step reads.
        anchor = self._dateline_anchor
        texts = chain(_texts_after(anchor, MAX_DATELINE_DISTANCE), _texts_before(anchor, MAX_DATELINE_BEFORE))
        for text, owner in texts:
            name = names.get(normalize_space(text))
            if name:
                if _foreign(owner, frame=self._byline_frame) or self._in_teaser(owner):
                    return []
                return [name]
        return []

    def _header_writer_field(self) -> list[str]:
        """The writer's field (``writer_field``) or the Tagalog or Swahili byline (``local_by_line``)
        of the first text under the headline that has one, outside teasers and foreign blocks."""
        anchor = self._headline_node
        if anchor is None:
            return []
        language = lambda: self._language_code  # noqa: E731 - asked only for a line "Ni"/"Na" opens
        for text, owner in _texts_after(anchor, MAX_DATELINE_DISTANCE):
            line = normalize_space(text)
            if len(line) > MAX_BYLINE_CHARS * 2:
                continue
            found = writer_field(line)
            if not found and line[:2] in ("Ni", "Na", "NI", "NA") and local_by_line(line, language):
                found = line
            if found and (owner.tag in _CAPTION_TAGS or _photo_credit(owner)):
                continue  # a picture's credit ("<figcaption>Londyn / autor: Pixabay</figcaption>")
            if found and (_in_heading(owner) or _dek_element(owner, anchor)):
                # A heading or the dek under the headline quoting a writer ("<h2>Yazar: Kitabım
                # Yasaklandı</h2>", "<p class="standfirst">Reporter: ...</p>"): no byline.
                continue
            if found:
                if _foreign(owner, frame=self._byline_frame) or self._in_teaser(owner):
                    return []
                return [found]
        return []

    def _reporter_marks(self) -> list[str]:
        """The names a CJK reporter line under the headline gives ("김민수 기자", "记者 王磊"), else those
        of the story's CJK dateline ("新华社北京11月24日电（记者王磊、李娜）"; see ``intl_credits``)."""
        if self.tree is None or not has_cjk(self.title() or ""):
            return []  # (a CJK paper's headline holds CJK characters: a cheap test first)
        anchor = self._headline_node
        for text, owner in _texts_after(anchor, MAX_DATELINE_DISTANCE) if anchor is not None else ():
            found = reporter_names(text) or _split_names(cjk_reporter_names(text.strip()))  # "本报记者 A、B"
            names = [name for name in found if not cjk_role_mark(name)]  # "实习生": an intern's mark
            if len(names) > 1 and cjk_place_part(names[-1]):
                names = names[:-1]  # where they reported from: "记者 王小明、李娜 北京报道"
            if names and not _foreign(owner, frame=self._byline_frame) and not self._in_teaser(owner):
                return names
        return dateline_reporters(self._main_paragraphs[0])

    def _sign_off(self) -> list[str]:
        """A wire sign-off among the article's last ``MAX_SIGNATURE_LINES`` lines ("Reporting by A
        and B; Editing by C": ``author_lines.sign_off_writers``), as its one raw line."""
        lines = self._main_paragraphs[0][-MAX_SIGNATURE_LINES:]
        return next(([line] for line in reversed(lines) if " by " in line and sign_off_writers(line)), [])

    def _story_writer_line(self) -> list[str]:
        """The writers a line of the story's own names: over it, the agency they reported for
        ("Laporan dari Jana Ulm untuk Reuters": ``attribution.report_for_agency``); under it, a
        dashed sign-off after the last sentence ("-- Jana Ulm", "— Jana Ulm": ``signature_name``)."""
        lines = [line for line in map(normalize_space, self._main_paragraphs[0]) if line]
        if len(lines) < MIN_SIGNED_LINES:
            return []
        reported = report_for_agency(lines[0])
        if reported:
            return [name for name in reported[0] if not known_place(name)]
        signed = _DASH_SIGN_OFF.match(lines[-1])
        if not signed or not _SIGNED_PROSE.search(lines[-2]) or _quotation_line(lines[-2]):
            return []  # under a quotation, a dashed name is whom it quotes ("— Abraham Lincoln")
        name = signature_name(signed.group("name"))
        if name and not _named_in(name, lines[:-1]):  # a name the story speaks of is no signature
            return [name]
        return []

    def _signature(self) -> list[str]:
        """The writer's name on one of the article's last ``MAX_SIGNATURE_LINES`` lines, alone on
        its line ("<p><b>Jana Ulm</b></p>" under the story; ``signature_name``), not a heading's,
        a link's, a list item's or a caption's."""
        lines = [line for line in map(normalize_space, self._main_paragraphs[0]) if line]
        if self.tree is None or len(lines) < MIN_SIGNED_LINES:
            return []
        for index in range(len(lines) - 1, len(lines) - 1 - MAX_SIGNATURE_LINES, -1):
            line = lines[index]
            cjk = cjk_signature(line)  # "（高橋 美咲）" under a Japanese story
            name = cjk or signature_name(line)
            if not name and line.endswith(")") and (sourced := _SOURCED_SIGNATURE.match(line)):
                # The source an agency ("theo Reuters", "with AFP", "AFP") or the compiler's mark
                # ("Tổng hợp"): a page the writer's line is a caption of names an office or a quoted
                # person ("Harbour Council (via Facebook)", "Petra Lindner (mit Fraktionskollegen)").
                lead = sourced.group("lead")
                if (
                    (
                        lead
                        and (lead.casefold().startswith("tổng") or find_agencies(sourced.group("source"), strict=False))
                    )
                    or (not lead and byline_agency(sourced.group("agency")))
                ) and not _named_in(sourced.group("name"), lines[:index]):
                    name = signature_name(sourced.group("name"))
            if not name:
                # The last sentence signed in brackets on its own line ("... spannend. (Jana M. Ulm)").
                signed = bracketed_signature(line, signature_name) if index == len(lines) - 1 else None
                if signed and self._plain_line(signed[1], ending=True):
                    return [signed[0]]
                continue
            # It signs prose: a list of short lines (an address, credits, a playlist) holds names too.
            previous = lines[index - 1]
            if not (_SIGNED_PROSE.search(previous) or (cjk and previous.endswith(CJK_SENTENCE_ENDS))):
                return []
            # A press contact ("Ansprechpartner Presse" / name / "E-Mail: ..."), not the writer.
            if is_contact_line(lines[index - 1]) or (index + 1 < len(lines) and is_contact_line(lines[index + 1])):
                return []
            return [name] if self._plain_line(line) else []
        return []

    def _quotation_signed(self, name: str) -> bool:
        """True when the line that signs with ``name`` names whom a quotation above it quotes: the
        line or the one before it is in a ``<blockquote>`` or ``<q>``, the one before is in quotation
        marks, or a line ending in a colon introduces it ("Zum Schluss ein Satz, der mich begleitet:"
        / "Phantasie ist wichtiger als Wissen." / "Albert Einstein" under a blog owner's post)."""
        lines = [line for line in map(normalize_space, self._main_paragraphs[0]) if line]
        for index in range(len(lines) - 1, max(len(lines) - 1 - MAX_SIGNATURE_LINES, 0), -1):
            if name not in lines[index]:
                continue
            line, previous = lines[index], lines[index - 1]
            if previous[:1] in _OPENING_QUOTES and previous.rstrip(".!?…")[-1:] in _CLOSING_QUOTES:
                return True
            if index >= 2 and lines[index - 2].endswith(":"):
                return True
            root = self._frame_node if self._frame_node is not None else self.tree
            quoted = [normalize_space(text_of(node)) for node in root.iter("blockquote", "q")]
            return any(line in text or previous in text for text in quoted)
        return False

    def _plain_line(self, line: str, ending: bool = False) -> bool:
        """True when ``line`` stands as a text of the article's frame (or the page) outside
        headings, links, list items, captions and foreign blocks (``ending``: ends such a text)."""
        root = self._frame_node if self._frame_node is not None else self.tree
        for node in root.iter():
            if not isinstance(node.tag, str) or node.tag in _NO_TEXT_TAGS:
                continue
            for text, owner in ((node.text, node), (node.tail, node.getparent())):
                if not text or owner is None:
                    continue
                shown = normalize_space(text)
                if not (shown.endswith(line) if ending else shown == line):
                    continue
                holders = [owner, *owner.iterancestors()]
                if any(h.tag in _NOT_SIGNATURE_TAGS for h in holders) or _foreign(owner, frame=self._byline_frame):
                    return False
                return True
        return False

    def _traf_byline_possible(self) -> bool:
        """False when trafilatura's byline search cannot find anything: no class, id, itemprop or
        rel value holds a word its XPaths look for, no ``data-testid`` / ``data-component``
        attribute, no ``<author>`` or ``<rel>`` element. Its three XPaths and the copy cost ~9 ms a
        page; half the pages that reach it have none of these (trafilatura 2.3.1's ``AUTHOR_XPATHS``)."""
        from trafilatura import __version__

        if __version__ != _TRAF_AUTHOR_VERSION:
            return True
        if self.doc.marker_contains(_TRAF_AUTHOR_WORDS):
            return True
        source = self.doc.text.lower()
        if "data-testid" in source or "data-component" in source:
            return True
        return next(self.tree.iter("author", "rel"), None) is not None

    def _byline_search(self) -> list[list[str]]:
        """Short texts of author- and byline-classed elements outside comments, related posts and
        sidebars, in groups, nearest the headline first."""
        if self.tree is None:
            return []
        if not self.doc.marker_contains(_BYLINE_WORDS):
            return []  # no element the search below could match
        # The class and id values that hold a byline word, found among the page's distinct values;
        # then the elements that carry one (``_BYLINE_XPATH``'s nodes, at a quarter of its time).
        classes = frozenset(v for v in self.doc.class_values if any(word in v for word in _BYLINE_WORDS))
        ids = frozenset(v for v in self.doc.id_values if _BYLINE_ID_WORD in v)
        found = []
        for node in elements_with_values(self.tree, _BYLINE_TAGS, classes, ids):
            text = text_of(node)
            if (
                text
                and len(text) <= MAX_BYLINE_CHARS
                and not SPONSOR_LINE.match(text)  # a sponsor's credit names no writer
                and not _foreign(node, frame=self._byline_frame)
                and not self._in_teaser(node)
                and not _caption_credit(node, text)
            ):
                found.append(node)
        return [[_byline_text(n) for n in group[:MAX_HEADINGS]] for group in self._by_closeness(found)[:MAX_HEADINGS]]

    @cached_property
    def _authors(self) -> tuple[list[str], list[str]]:
        """``(people, agencies)``: the first source that names a person wins; agencies from every source read."""
        hosts = self.site_names[-2:] if self.url else []
        brands = [n for n in self.site_names if n not in hosts]
        # A site on a subdomain ("economy.okezona.com") goes by its domain's name too ("Okezona"),
        # spelled whole: "Krimiblogger" writes on archiv.krimiblog.de.
        domain = domain_label(hosts[0]) if hosts else None
        agencies: list[str] = []
        joint: list[str] = []  # agencies of a joint credit ("Berita Contoh dengan Bernama"): the search goes on
        credited = [False]  # a desk, a team or the staff credited ("Staff and wire reports"): no guessing

        editors = self._byline_editors + self._byline_photographers

        def clean(raw: list[str]) -> list[str]:
            account = isinstance(raw, _Accounts)  # a meta or an account, not the byline shown
            raw = [item for item in raw if not place_line(item, lambda: self._italian)]  # "Di Kuala Lumpur"
            if len(raw) == 1 and self._local_and_language:  # "Ana Cruz at Jose Dizon" (Tagalog), "A ومحمد علي"
                raw = [split_local_and(raw[0], self._local_and_language, [n for ns in self._ld_authors() for n in ns])]
            raw = [without_local_by(item, lambda: self._language_code) for item in raw]  # Tagalog "Ni A B"
            people, found = clean_author_names(
                raw, brands, host_names=hosts, owners=self._site_owners, language=lambda: self._declared_language_code
            )
            if editors:
                # The editor the byline shows is no author, where JSON-LD or a meta names them
                # ("Reporter: A | Editor: B" under a JSON-LD author B): the next source names the writer.
                people = [name for name in people if not any(same_person(name, e) for e in editors)]
            if len(people) > 1 and (republished := self._republished_from):
                # The outlet the story ran in first, named behind its writer ("Hannah Brecht, Prairie
                # Current" over "This article was originally published by Prairie Current ..."): no writer.
                people = [people[0], *(name for name in people[1:] if _key_of(name) not in republished)]
            people = without_paper(people, [*self._title_tail_name, *hosts[-1:]], self._site_owners, raw)
            if domain and account:
                people = [name for name in people if not spells_label(name, domain)]
            if len(people) > 1 and letter_title(self.title()):
                people = without_letter_town(people, raw)  # a letter signed "Ann Lee, Maple Grove"
            credited[0] = (
                credited[0]
                or any(names_no_person(item) for item in raw)
                or (not account and not people and any(credits_the_site(item, self.site_names) for item in raw))
            )
            shared = not people and found and all(joint_credit(item, byline_agency) for item in raw if item)
            target = joint if shared else agencies
            target.extend(a for a in found if a not in target)
            return people

        if self.overrides and self.overrides.author:
            nodes = self.select_first([self.overrides.author])
            if nodes:
                return clean([text_of(n) for n in nodes]), agencies
        if press_release_wire(self._main_paragraphs[0]):
            # A press release wire's copy ("/PRNewswire/ --"): the company issuing it is no author;
            # only a byline a label opens names a person.
            for raw in self._labelled_bylines():
                if people := clean(raw):
                    return people, agencies
            return [], agencies
        shown = False  # a source before it named someone, a person or not ("By Reuters staff")
        for raw in self._author_sources(agencies):
            if isinstance(raw, _WriterCard) and shown:
                continue  # a sidebar's writer card is no credit against the story's own byline
            shown = shown or bool(raw)
            people = clean(raw) if raw else []
            if people:
                return self._full_names(self._with_coauthors(people, clean)), with_joint(agencies, joint)
        if agencies or credited[0]:
            # the page credits a wire agency, a desk or its staff and no person: no guessing; but the
            # agency's own sign-off may name the writer ("Marta Zielińska (PAP)" under "Źródło: PAP")
            if not credited[0] and (
                writer := agency_sign_off_writer(self._main_paragraphs[0], agencies, byline_agency)
            ):
                if people := clean_author_names([writer])[0]:
                    return people, with_joint(agencies, joint)
            return [], with_joint(agencies, joint)
        held: list[str] = []  # the agencies of byline blocks that name no one
        for raw in self._guessed_bylines():
            if len(raw) > 1:
                # A block around an agency's credit reads as its text whole ("Erhverv - 02. januar
                # 2020 Af Ritzau" around "<div class="author">Af Ritzau</div>"): the credit is the byline.
                # A line that names a person is kept ("Jana Ulm, AFP" beside a photo's "AFP").
                raw = [
                    item
                    for item in raw
                    if not any(o != item and o in item and clean_author_names([o])[1] for o in raw)
                    or any(person_shaped(n) for n in clean_author_names([item])[0])
                ]
            people = clean(raw) if raw else []
            if 0 < len(people) <= MAX_GUESSED_AUTHORS:  # more: a list of sections or tags
                return self._full_names(people), with_joint(agencies, joint)
            # A byline block that credits an agency and no one ("La Rédaction avec AFP"): the search
            # goes on, and the agency is credited where no person turns up.
            held.extend(a for a in agencies if a not in held)
            agencies.clear()
        if not held and not joint:
            # A personal site's one writer, named only in its "About me" box or its footer ("Hi, I'm
            # Jana Ulm", "<site> is written by Jana Ulm"): no copyright line, no "About us".
            if people := clean(_Accounts(about_writer(self.tree, self.site_names, _writer_name))):
                return people, agencies
        return [], with_joint(held, joint)

    @cached_property
    def _byline_editors(self) -> list[str]:
        """The people the page's byline labels as its editors and not as its writers ("Reporter: A |
        Editor: B", "Penulis: A, Editor: B", "Written by A | Edited by B": B), where the byline also
        names or labels a writer or a desk. Looked for only where the page's source holds an editor's label."""
        if self.tree is None:
            return []
        lines = [line for group in self._labelled_inside[:2] for line in group]
        lines += [line for group in self._generic_bylines[:1] for line in group]
        # No line with an editor's part, no editor: the lines (read for the authors anyway on
        # nearly every page) are tested before the page's source, whose scans cost 0.75 ms a page.
        if not any(_EDITOR_PART.search(line) for line in lines) or not _editor_cue(self.doc.text or ""):
            return []
        editors: list[str] = []
        labelled = False  # a writer or a desk named or labelled beside the editor
        for line in lines:
            match = _EDITOR_PART.search(line)
            if match is None:
                labelled = labelled or bool(_BYLINE_LINE_LABEL.match(line.strip()))  # "Reporter: A" apart
                continue
            before = line[: match.start()]
            labelled = labelled or any(char.isalpha() for char in before)  # "Penulis: Tim Redaksi | Editor: B"
            writers = clean_author_names([before])[0] if match.start() else []
            for name in clean_author_names([match.group("names") or match.group("names2")])[0]:
                if not any(same_person(name, w) for w in writers) and name not in editors:
                    editors.append(name)
        # An editor alone ("Editor: Jana Ulm", an editor's letter): the page's writer, no one to skip.
        return editors if labelled else []

    @cached_property
    def _republished_from(self) -> set[str]:
        """The outlets (keys of their names) the story's notes say it ran in first, among its first
        and last lines ("This article was originally published by Prairie Current ...")."""
        lines = self._main_paragraphs[0]
        found = set()
        for line in [*lines[:2], *lines[-MAX_SIGNATURE_LINES:]]:
            if (publisher := republished_from(normalize_space(line))) and (key := _key_of(publisher)):
                found.add(key)
        return found

    @cached_property
    def _byline_photographers(self) -> list[str]:
        """The people the byline shown credits for the pictures after its writer ("By A, Contributor |
        Photography by B", "Penulis: A · Fotografer: B": B), where JSON-LD or a meta lists them
        among the authors: no authors. Looked for only where a byline line holds a picture's word."""
        if self.tree is None:
            return []
        lines = [line for group in self._labelled_inside[:2] for line in group]
        lines += [line for group in self._generic_bylines[:1] for line in group]
        found: list[str] = []
        for line in lines:
            if "oto" not in line and "icture" not in line and "mage" not in line:
                continue
            match = _PHOTO_PART.search(line)
            if match is None or not any(char.isalpha() for char in line[: match.start()]):
                continue  # the pictures' credit alone: no writer beside it to tell it from
            if _WRITING_AND.match(line[: match.start()]):
                continue  # "Story and photos by A", "Words and pictures by A": A wrote it too
            writers = clean_author_names([line[: match.start()]])[0]
            for name in clean_author_names([match.group("names")])[0]:
                if not any(same_person(name, w) for w in writers) and name not in found:
                    found.append(name)
        return found

    @cached_property
    def _local_and_language(self) -> str | None:
        """The page's language where a byline's "and" is a word of its own (``split_local_and``)."""
        code = self._language_code
        return code if code in LOCAL_AND_LANGUAGES else None

    @cached_property
    def _italian(self) -> bool:
        """True when the page is in Italian (read for a byline that opens with "Di", Italian "by"
        and Malay "in")."""
        return self._language_code == "it"

    @cached_property
    def _declared_language_code(self) -> str | None:
        """The language the site or the page declares (site config, ``<html lang>``, og:locale)."""
        declared = getattr(self.site, "language", None) or self.doc.html_lang or self.doc.meta_first("og:locale")
        return normalize_tag(declared) if declared else None

    @cached_property
    def _language_code(self) -> str | None:
        """The page's language: its declared language, else its title's."""
        code = self._declared_language_code
        if code is None:
            code = detect_language(self.title() or "")
        return code

    @cached_property
    def _release_issuers(self) -> list[str]:
        """The company a press release's author meta names (no author: ``_authors``), whose line in
        the release's header is no part of its text."""
        if not press_release_wire(self._main_paragraphs[0]):
            return []
        return [value for _, values in self._meta_authors for value in values]

    def _with_coauthors(self, people: list[str], clean: Any) -> list[str]:
        """``people`` (one name, from structured data most often: a CMS's author field holds the
        account that posted) or the byline the page shows, when that names the same writer first
        and co-authors after ("von Jana Ulm, Piet Horn" where the meta author is "Jana Ulm"). Looked
        at only where the page's source writes the name with a co-author's after it."""
        if len(people) != 1 or self.tree is None:
            return people
        # The byline may write the name another way ("Amara Okafor and Piet Horn" where JSON-LD
        # has "Dr. Amara Okafor", "JANA ULM and PIET HORN" for "Jana Ulm"): its last word, as
        # written or in capitals, is what the page's source is searched for.
        surname = people[0].split()[-1]
        if not any(
            _followed_by_coauthor(self.doc.text, html_lib.escape(form, quote=False))
            for form in dict.fromkeys((people[0], surname, surname.upper()))
        ):
            return people
        # An author meta that lists more writers ("April Roach, Daniel O'Mahony" where JSON-LD
        # names the first), the byline shown.
        groups = [
            *(values for _, values in self._meta_authors),
            *self._generic_bylines[:1],
            *self._labelled_inside[:1],
        ]
        # Last, a line of no byline class ("Ni A at B"; names under the story): looked for only then.
        for group in chain(groups, self._coauthor_lines(people[0])):
            names = clean(group)
            # Co-authors by their full names: "Jana Ulm, AMP Project Marketing, Google" is a
            # writer, her team and her employer.
            if len(names) > 1 and same_person(names[0], people[0]):
                return names if all(person_shaped(name) or _caseless_full_name(name) for name in names[1:]) else people
        return people

    def _coauthor_lines(self, name: str) -> Iterator[list[str]]:
        """``_coauthor_line``, read when asked for."""
        yield self._coauthor_line(name, byline_shaped=True)

    def _coauthor_line(self, name: str, *, byline_shaped: bool = False) -> list[str]:
        """The shortest line of the page that holds ``name`` and more, short enough for a byline,
        outside foreign blocks: where the page shows the writer with a co-author
        in an element of no byline class ("<p class="author">A và B</p>" under a Vietnamese story).
        With ``byline_shaped``, only a line an author's element holds (``_author_element``): a line
        of any paragraph that opens with the name is a sentence or a credit as often ("سارة خالد
        ووكالات الأنباء", "Jana Ulm and the wires")."""
        if self.tree is None:
            return []
        best = None
        for text in _HOLDS_TEXT(self.tree, name=name):  # the text nodes; up from each to a long line
            node = text.getparent()
            while node is not None and not isinstance(node.tag, str):
                node = node.getparent()
            while node is not None:
                line = text_of(node)
                if len(line) > MAX_BYLINE_CHARS:
                    break
                if len(line) > len(name) + 2 and (best is None or len(line) < len(best)):
                    if not _foreign(node, frame=self._byline_frame) and (not byline_shaped or _author_element(node)):
                        best = line
                    break
                node = node.getparent()
        return [best] if best is not None else []

    def _full_names(self, people: list[str]) -> list[str]:
        """``people`` with a first name alone ("Nils") written in full where the page gives the full
        name once: the site's owner, a JSON-LD person (name, or a description that opens with it:
        "Nils Pickert ist freier Autor"), a labelled byline or an author link ("Eine Kolumne von Nils
        Pickert")."""
        if all(" " in name for name in people):
            return people
        candidates = self._site_owners + self._site_persons
        for obj in self.doc.jsonld:
            if "Person" in jsonld_types(obj):
                candidates.append(_ld_text(obj.get("name")) or "")
                candidates.append(_leading_name(_ld_text(obj.get("description")) or ""))
        for group in [*self._labelled_bylines(), *self._author_links()]:
            candidates += clean_author_names(group)[0]
        return [full_name_for(name, candidates) or name for name in people]

    def _ld_authors(self) -> tuple[list[str], list[str]]:
        """JSON-LD author names: ``(given in place, given by reference into the graph)``."""
        direct: list[str] = []
        referenced: list[str] = []
        for author in _as_list(self.ld.get("author")) + _as_list(self.ld.get("creator")):
            names = direct
            resolved = self._ld_resolve(author)
            if resolved is not author:
                author, names = resolved, referenced
            if isinstance(author, dict):
                kind = jsonld_types(author)
                # schema.org's Person may give the name in its parts only ("givenName", "familyName").
                name = _ld_text(author.get("name")) or normalize_space(
                    f"{_ld_text(author.get('givenName')) or ''} {_ld_text(author.get('familyName')) or ''}"
                )
                if name and ("Organization" in kind or "NewsMediaOrganization" in kind) and "Person" not in kind:
                    if agency_name(name):
                        names.append(name)
                    continue
                if name and "Person" in kind and " " in name and _lower_surname(name):
                    name = self._shown_lower_surname(name)
                if name:
                    names.append(name)
            elif isinstance(author, str):
                names.append(author)
        return direct, referenced

    def _shown_lower_surname(self, name: str) -> str:
        """A JSON-LD person's name with its other words in lower case ("Mobasir hassan", as a
        blogger's profile gives it) written with capitals, where an element of the page shows that
        name whole (its byline's link): a person's name as the site writes it, not a phrase. Else
        ``name`` (which the clean-up reads as no name)."""
        if f">{name}<" not in (self.doc.text or ""):
            return name
        if name.split()[0].casefold() in _TEAM_FIRST_WORDS:
            return name  # a team ("Tim liputan": the reporting team), no "Tim Cook"
        return " ".join(word[:1].upper() + word[1:] for word in name.split())

    def authors(self) -> list[str]:
        return self._authors[0]

    # body

    @cached_property
    def _drop(self) -> list[str]:
        drop = list(self.drop_selectors)
        if self.overrides and self.overrides.drop:
            drop += list(self.overrides.drop)
        return drop

    @cached_property
    def _page_drop(self) -> list[str]:
        """``_drop`` less the selectors that need a class, id, itemprop or rel no element of the
        page has (``PageDocument.may_match``): they match nothing in the page or in a copy of a
        part of it (a family's list names five plugins' boxes, most pages have none of them, and
        each selector is an XPath over the whole element, ~0.05 ms on a mirror's page). A REST
        post's HTML is another document: it gets the whole ``_drop``."""
        return [selector for selector in self._drop if self.doc.may_match(selector)]

    @cached_property
    def _body_element(self) -> tuple[HtmlElement | None, list[str], dict[str, str]]:
        """The element holding the article's text (override, then family selectors), its paragraphs and links."""
        if self.tree is None:
            return None, [], {}
        selectors = [self.overrides.body] if self.overrides and self.overrides.body else []
        for selector in [*selectors, *self.body_selectors]:
            for node in self.select(selector):
                if _outside_article(node):
                    continue
                breaks: set[tuple[str, str]] = set()
                paragraphs, links = body_text.from_node(node, self._page_drop, breaks)
                if count_words(" ".join(paragraphs)) >= MIN_BODY_WORDS:
                    self._line_breaks.update(breaks)
                    return node, paragraphs, links
                break
        return None, [], {}

    @cached_property
    def _line_breaks(self) -> set[tuple[str, str]]:
        """Pairs ``(line, next line)`` of the body that a lone ``<br>`` separates inside one
        paragraph: filled when the paragraphs are read, the line rules run per line, the body
        shows such lines in one paragraph (``body_text.join_lines``)."""
        return set()

    @cached_property
    def frame(self) -> frozenset[Any]:
        """The article body's element and its ancestors (see ``_foreign``); empty when not known.

        On a page no family selector reads, the element is the one holding the paragraphs
        trafilatura took from the whole page (``body.holder``).
        """
        node = self._frame_node
        return frozenset(node.iterancestors()) | {node} if node is not None else frozenset()

    @cached_property
    def _frame_node(self) -> HtmlElement | None:
        """The article body's element (see ``frame``), or None."""
        node = self._body_element[0]
        if node is None and self.tree is not None:
            node = body_text.holder(self.tree, self._main_paragraphs[0])
        return node

    @cached_property
    def _main_paragraphs(self) -> tuple[list[str], dict[str, str]]:
        """The article's paragraphs before credits come off, and the first link of each."""
        if self.tree is None:
            return [], {}
        if self.rest_post:
            rendered = (self.rest_post.get("content") or {}).get("rendered")
            if rendered:
                breaks: set[tuple[str, str]] = set()
                paragraphs, links = body_text.from_fragment(rendered, self._drop, breaks)
                if paragraphs:
                    self._line_breaks.update(breaks)
                    return paragraphs, links
        node, paragraphs, links = self._body_element
        if node is not None:
            if rest := self._state_rest(paragraphs):
                self._body_from_state = True
                return cap_paragraphs(rest, self.url), {}
            return cap_paragraphs(paragraphs, self.url), links
        paragraphs = body_text.from_page(
            self.tree, self.url, self._page_drop, self.ld, self.doc.markers, self._line_breaks
        )
        paragraphs = body_text.ld_body_breaks(self.ld.get("articleBody"), paragraphs)
        words = count_words(" ".join(paragraphs))
        if words >= MIN_BODY_WORDS:
            if rest := self._state_rest(paragraphs):
                paragraphs, self._body_from_state = rest, True
        else:
            # A client-rendered page (a skeleton until JavaScript runs): the body in its state script.
            state = state_paragraphs(self.tree)
            if count_words(" ".join(state)) > words:
                paragraphs = state
            else:
                # A short gallery page: an intro over a slideshow, its story told in the captions.
                paragraphs = [*paragraphs, *story_blocks.gallery_captions(self.tree, paragraphs)]
        live = "LiveBlogPosting" in self.doc.ld_types
        if live or self.doc.marker_contains(("live", "Live", "LIVE", "ticker", "Ticker")):
            paragraphs = live_blog_paragraphs(self.tree, paragraphs, live) or paragraphs
        return cap_paragraphs(paragraphs, self.url), {}

    def _state_rest(self, paragraphs: list[str]) -> list[str]:
        """The state's body when the page shows only its first paragraphs (``_state_continues``),
        or ``[]``; a state script that does not hold the shown text's first words is not parsed."""
        if not self._has_state or count_words(" ".join(paragraphs)) < MIN_BODY_WORDS:
            return []
        # The headline, a kicker or a byline over the story's text (short, no sentence's end) is
        # the page's, not the state body's.
        start = 0
        while start < min(len(paragraphs) - 1, MAX_STATE_LEAD_LINES) and _heading_line(paragraphs[start]):
            start += 1
        shown = paragraphs[start:]
        state = state_paragraphs(self.tree, shown[0])
        return state if _state_continues(shown, state) else []

    @cached_property
    def _via(self) -> tuple[str, str, str] | None:
        """``(text, publisher, url)`` of a "Via <a>Publisher</a>" line beside the story, if any, or
        of a source line naming a wire agency (``"Sumber: <a>AFP</a>"``, its label in an element
        of its own too; url "" for a link to the agency's home)."""
        if self.tree is None:
            return None
        for anchor in self._anchors:
            parent = anchor.getparent()
            lead = (parent.text or "").split() if parent is not None else []
            if not lead and parent is not None and _label_before(anchor):
                lead = _lead_words(parent, anchor)  # "<span>Sumber:</span> <a>AFP</a>"
            if not lead or len(lead) > 3 or not anchor.get("href"):
                continue
            text = text_of(parent)
            publisher = via_publisher(text)
            if not publisher:
                publisher = source_agency(text)
                if not publisher:
                    continue  # (the link's address is made absolute only for a line that credits)
                # A source line's link to the agency's home is no original; one to a story is.
                url = _join(self.url, anchor.get("href"))
                url = url if _path(url).strip("/") else ""
            else:
                url = _join(self.url, anchor.get("href"))
            if not _foreign(parent, frame=self.frame):
                return text, publisher, url
        return None

    def _source_line_after_body(self) -> str | None:
        """A source or copyright line naming an agency set right after the body's element, outside
        it ("<div class=content>...</div><p>Forrás: MTI</p>", review rv28; "<p>RIPRODUZIONE
        RISERVATA © Copyright ANSA</p>"), or a line of the box there ("<div class=author-box><p>Autor:
        X</p><p>Źródło: PAP</p></div>", review rv30): the story's closing credit."""
        node = self._frame_node
        if node is None or node.getparent() is None:
            return None
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            text = normalize_space(sibling.text_content())
            if not text:
                continue
            if closing_credit_agencies(text):
                return text
            lines = [normalize_space(child.text_content()) for child in sibling if child.tag in ("p", "div", "span")]
            return next((line for line in lines[:MAX_BOX_CREDIT_LINES] if closing_credit_agencies(line)), None)
        return None

    @cached_property
    def _credits(self) -> Credits:
        paragraphs, links = self._main_paragraphs
        paragraphs = story_blocks.drop_summary_box(self.tree, paragraphs)
        if self._body_element[0] is None and not (self.rest_post and paragraphs) and not self._body_from_state:
            # trafilatura read the whole page: give back the blocks of the article it left out,
            # and leave out what it took from after the article's container.
            paragraphs = body_text.twin_paragraphs(self._frame_node, paragraphs, self._page_drop)
            paragraphs = body_text.loose_text(self._frame_node, paragraphs)
            paragraphs = story_blocks.inner_fact_boxes(self._frame_node, paragraphs)
            paragraphs = body_text.drop_outside_tail(self._frame_node, paragraphs)
            paragraphs = body_text.drop_comment_tail(self._frame_node, paragraphs, self.doc.markers)
            paragraphs = story_boxes.drop_boxes(self.tree, self._frame_node, paragraphs, self.doc)
            paragraphs = body_text.drop_teasers(
                self.tree, self._frame_node, paragraphs, self.url, (self.canonical_url() or "",)
            )
            paragraphs = body_text.ld_body_paragraphs(self.ld.get("articleBody"), paragraphs)
            frame = self._frame_node
            paragraphs = furniture.drop_header_lines(
                paragraphs,
                (lambda: body_text.frame_key(frame, siblings=False)) if furniture.story_container(frame) else None,
                [text for _, text, _ in self._date_lines],
                self.authors() or self._release_issuers,
                title_key(self.title()),
            )
            paragraphs = story_blocks.drop_short_story_header(
                paragraphs,
                [text for _, text, _ in self._date_lines],
                self.authors() or self._release_issuers,
                title_key(self.title()),
            )
        paragraphs = furniture.drop_pull_quotes(self.tree, paragraphs, self.doc.markers, self.doc.marker_contains)
        via = self._via[0] if self._via else None
        # A notice that is boilerplate but credits an agency ("Copyright 2025 The Associated Press.
        # All rights reserved. ...") goes on to attribution, which takes it off the story's end.
        notices: set[str] = set()
        kept: list[str] = []
        dropped: list[str] = []  # the lines the rules take off: a translator's credit goes to attribution
        shown = [normalize_space(p) for p in paragraphs]  # (for story_edges.drop_box_headings)
        time_tails = {normalize_space(t.tail) for t in self.tree.iter("time") if t.tail and t.tail.strip()}
        own_host = urlsplit(self.url).hostname or "" if self.url else ""
        previous = ""  # the line above (a tip box's heading goes as boilerplate, its call below it here)
        # A support box closing the story goes whole, before the line rules take its ask alone.
        lines = drop_related_blocks(drop_closing_appeal(shown), self._link_texts)
        for index, p in enumerate(lines):
            above, previous = previous, p
            if not p or p == via or is_zone_after_time(p, kept[-1] if kept else "", time_tails):
                continue
            if is_tip_call(p, own_host, is_tip_heading(above)):
                continue  # a tip box's call to the site's own address, or below its heading
            if is_boilerplate_line(p) and not in_book_details(lines, index):
                if not is_credit_line(p):
                    dropped.append(p)
                    continue
                notices.add(p)
            kept.append(p)
        paragraphs = kept
        paragraphs = drop_desk_initials(paragraphs)
        if not links and paragraphs:
            credit_lines = [p for p in paragraphs[-4:] if is_credit_line(p)]
            links = self._links_of(credit_lines) if credit_lines else {}
        # A press release (the wire's dateline, or its closing "SOURCE Company" line): its "About"
        # paragraph stays and its contact block goes; on any other page neither rule applies.
        release = press_release_wire(self._main_paragraphs[0]) or ends_with_release_source(paragraphs)
        paragraphs = drop_author_bio(paragraphs, self.authors(), release)
        paragraphs = drop_closing_lines(paragraphs, self.authors(), release)  # a release's contact block, a signature
        paragraphs = story_edges.drop_box_headings(self.tree, shown, paragraphs)  # its box's text went
        headline = title_key(self.title())
        if paragraphs and headline and headline in (title_key(paragraphs[0]), _after_kicker_key(paragraphs[0])):
            paragraphs = paragraphs[1:]  # the headline, or a kicker and the headline ("Tag der Abstimmung: ...")
        elif paragraphs and headline and self.tree is not None and len(paragraphs[0]) <= MAX_TITLE_LINE_CHARS:
            page_title = text_of(self.tree.find(".//title"))
            if title_key(page_title) == title_key(paragraphs[0]) and title_key(paragraphs[0]).startswith(headline):
                paragraphs = paragraphs[1:]  # the page's <title>: "Headline | Section | Site | 23.05.2011"
        if self._body_element[0] is None and not (self.rest_post and self._main_paragraphs[0]):
            paragraphs = story_edges.drop_opening_furniture(self._headline_node, paragraphs, self.doc)
            paragraphs = story_blocks.drop_header_block(self._headline_node, paragraphs)
        publisher = getattr(self.site, "publisher", None)
        if paragraphs and (source := self._source_line_after_body()) and source not in paragraphs:
            paragraphs = [*paragraphs, source]  # a credit for attribute, which takes it off the end
        credits = attribute(
            paragraphs,
            links=links,
            site_publisher=publisher,
            site_names=self.site_names,
            title_names=self._title_tail_name,
            bold_lead=self._bold_lead,
            staff_byline=self._staff_byline,
        )
        if len(credits.paragraphs) < len(paragraphs) and credits.attribution.credit:
            # The writer's e-mail line above the agency's closing credit ("kimms@..." over Yonhap's
            # copyright line): the story's end once the credit is off.
            credits.paragraphs = drop_writer_contact(credits.paragraphs)
        if translators := translator_credit_lines(dropped, self._authors[0]):
            # A translator's credit the line rules took off as a staff credit ("Penerjemah: Jana
            # Ulm", ANTARA's footer on a translation), no reporter credited beside it nor in the
            # byline: kept in the credit, where dedupe reads it (``translator_credits``).
            credits.attribution.credit = " ".join(filter(None, [credits.attribution.credit, *translators]))
        credits.paragraphs = drop_source_initials(credits.paragraphs)
        credits.paragraphs = drop_site_name_line(credits.paragraphs, [*self.site_names, *self._title_tail_name])
        if notices:
            credits.paragraphs = [p for p in credits.paragraphs if p not in notices]
        if self._body_element[0] is None and not (self.rest_post and self._main_paragraphs[0]):
            # trafilatura read the whole page: give back a lead it left out (after the
            # dateline and credits came off the story's first paragraph).
            lead = body_text.lead_paragraph(self._headline_node, credits.paragraphs, self.description())
            if lead and not is_boilerplate_line(lead):
                credits.paragraphs = [lead, *credits.paragraphs]
        return credits

    @property
    def _staff_byline(self) -> bool:
        """True when the page names writers and no wire agency beside them: the site's own story."""
        people, agencies = self._authors
        return bool(people) and not agencies and not self._shown_byline_agencies

    def _bold_lead(self, paragraph: str) -> str | None:
        """The bold text (``<b>``, ``<strong>``) the page's paragraph ``paragraph`` opens with, if any:
        a dateline set in bold with no mark after it (``attribution.take_bold_dateline``)."""
        if self._frame_node is None:
            return None
        start = paragraph[:80]
        for count, node in enumerate(self._frame_node.iter("p")):
            if count >= MAX_BOLD_LEAD_PARAGRAPHS:
                break
            first = node[0] if len(node) else None
            if first is None or first.tag not in ("b", "strong") or (node.text or "").strip():
                continue
            if normalize_space(node.text_content()).startswith(start):
                return normalize_space(first.text_content())
        return None

    @cached_property
    def _title_tail_name(self) -> list[str]:
        """The last segment of the page's ``<title>`` when it is short ("Headline - CNA": "CNA"): the
        site's name as the page gives it, for credits that name the site itself."""
        parts = title_segments(text_of(self.tree.find(".//title"))) if self.tree is not None else []
        if len(parts) >= 2 and len(parts[-1].split()) <= MAX_TITLE_TAIL_WORDS:
            return [parts[-1]]
        return []

    def _link_texts(self) -> set[str]:
        """The text of every link on the page, normalised (a related box's teaser titles)."""
        return self._link_text_set

    @cached_property
    def _link_text_set(self) -> set[str]:
        return set() if self.tree is None else {normalize_space(a.text_content()) for a in self.tree.iter("a")}

    def _links_of(self, paragraphs: list[str]) -> dict[str, str]:
        """First link of each of ``paragraphs`` found as a block in the page (credits that link the original)."""
        wanted = set(paragraphs)
        links: dict[str, str] = {}
        if self.tree is None:
            return links
        for node in self.tree.iter("p", "div", "span", "em", "small", "li"):
            anchor = node.find(".//a[@href]")
            if anchor is None:
                continue
            text = normalize_space(node.text_content())
            if text in wanted and text not in links:
                links[text] = _join(self.url, anchor.get("href"))
        return links

    def body(self) -> str | None:
        paragraphs = self._credits.paragraphs  # reading them fills the line breaks
        breaks = {(normalize_space(a), normalize_space(b)) for a, b in self._line_breaks}
        text = body_text.join_lines(paragraphs, breaks)
        if text and joiners.may_be_joined(text) and self._joined_words:
            text = joiners.restore(text, self._joined_words)
        return text or None

    @cached_property
    def _joined_words(self) -> dict[str, str]:
        """The page's words that hold a zero-width joiner, by their form without it (``joiners``).
        Read on the page's text as one string (a word a tag cuts in two) and as its text nodes
        apart: a minified page's ``</p><p>`` parts no words in the first ("می‌مانند.Facebook")."""
        if self.tree is None or not joiners.may_hold_joiners(self.doc.text or ""):
            return {}
        return joiners.joined_words(f"{self.tree.text_content()} {' '.join(self.tree.itertext())}")

    def dateline(self) -> str | None:
        if self._credits.dateline is None and self._credits.paragraphs:
            # A dateline in an element of its own before the first paragraph ("Washington" / "CNN").
            names = [*self.site_names, *self._title_tail_name]
            return element_dateline(self._frame_node, self._credits.paragraphs[0], names, self.authors())
        return self._credits.dateline

    @cached_property
    def _source_field_agencies(self) -> list[str]:
        """The agency a CMS's labelled "Source" field names beside the story, the label and the
        value in elements of their own (Drupal's ``<div class="field__label">Source</div><div
        class="field__item">Bernama</div>``). Looked for only where the page's source holds a field label."""
        if self.tree is None or "field__label" not in (self.doc.text or ""):
            return []
        for label in _FIELD_LABELS(self.tree):
            if (
                _SOURCE_FIELD_LABEL.match(text_of(label))
                and not _foreign(label, frame=self.frame)
                and not any(_MEDIA_FIELD.search(a.get("class") or "") for a in label.iterancestors())
            ):
                value = label.getnext()
                agency = agency_name(text_of(value)) if value is not None else None
                if agency:
                    return [agency]
        return []

    @cached_property
    def _header_source_agencies(self) -> list[str]:
        """The wire agencies a source line in the story's header names, between its headline and its
        text, beside the date ("<div class=entry-meta><span>date</span><p>Sources: Reuters, AFP</p>",
        "<span>Sumber: Reuters</span> <span>date</span>"; review rv34): a text or an element of its
        own (``attribution.header_source_agencies``), not in a picture's caption or credit (a
        figure, an element or its parent of a picture's class, one beside an ``<img>``:
        ``_picture_credit_owner``) nor a sidebar."""
        headline = self._dateline_anchor
        if headline is None:
            return []
        body = self._frame_node
        if body is not None and (body is headline or body in set(headline.iterancestors())):
            body = None  # the story's element holds its header: read up to the first prose
        names = [*self.site_names, *self._title_tail_name]
        read: set[HtmlElement] = set()
        for text, owner in _texts_after(headline, MAX_DATELINE_DISTANCE):
            if body is not None and (owner is body or body in set(owner.iterancestors())):
                break  # the story's text
            shown = normalize_space(text)
            if len(shown) >= MIN_PROSE_CHARS:
                break
            if (
                not shown
                or any(a.tag in ("figure", "figcaption") for a in (owner, *owner.iterancestors()))
                or _picture_credit_owner(owner)
            ):
                continue
            lines = [shown]
            if owner not in read:
                read.add(owner)
                lines.append(normalize_space(owner.text_content()))
            for line in lines:
                line = line.strip(" ·|•-–—")  # (a part of the meta line after its separator)
                if (found := header_source_agencies(line, names)) and not _foreign(owner, frame=self.frame):
                    return found
        return []

    @cached_property
    def _ld_organization_agencies(self) -> list[str]:
        """The wire agency JSON-LD names as the article's ``sourceOrganization`` (the body its writer
        worked for) or ``publisher``: a copy whose head came along whole, or the agency's own page. The
        whole name must be the agency's ("Reuters", "ANTARA News"; not "Reuters Institute")."""
        found: list[str] = []
        for key in ("sourceOrganization", "publisher"):
            for value in _as_list(self.ld.get(key)):
                agency = organization_agency(_ld_text(self._ld_resolve(value)))
                if agency and agency not in found:
                    found.append(agency)
        return found

    @cached_property
    def _shown_byline_agencies(self) -> list[str]:
        """The wire agencies the byline the page shows (its first byline element) credits beside
        its writers ("By Grace Tan and Vikram Sethi, Bloomberg")."""
        # A byline with no class of its own that a label opens ("Von Jana Ulm und Piet Horn, dpa").
        groups = self._generic_bylines[:1] or self._labelled_inside[:1]
        if not groups:
            # The writer's line of no byline class with the agency in an aside behind the name
            # ("<p class="author">Hải Yến (theo Reuters)</p>" under a Vietnamese story).
            text = self.doc.text or ""
            writers = self._authors[0]
            groups = [self._coauthor_line(writers[0])] if len(writers) == 1 and f"{writers[0]} (" in text else []
        if not groups or not groups[0] or not find_agencies(" ".join(groups[0]), strict=False):
            return []
        return clean_author_names(groups[0])[1]

    def attribution(self) -> Attribution:
        found = self._credits.attribution
        agencies = list(found.agencies)
        for name in self._authors[1]:
            if name not in agencies:
                agencies.append(name)
        if not agencies and self._authors[0]:
            # The byline shown beside writers an earlier source named (JSON-LD's): the authors
            # step stops there, its agency ("By Grace Tan and Vikram Sethi, Bloomberg") is read here.
            agencies.extend(self._shown_byline_agencies)
        if not agencies:
            # A wire credit in the byline area ("AFP", "Reuters") rather than in the text.
            for key in ("article:author", "author"):
                for value in self.doc.meta.get(key) or []:
                    for name in find_agencies(value, strict=False):
                        if name not in agencies:
                            agencies.append(name)
        if not agencies:
            agencies.extend(self._source_field_agencies)
        if not agencies:
            agencies.extend(self._ld_organization_agencies)
        if not agencies:
            agencies.extend(self._header_source_agencies)
        if not agencies:
            # A CJK info line under the headline whose source field names an agency in its own
            # script ("2025-11-24 14:05:32 来源：新华社 编辑：张华"): the body leaves the line out.
            for _, text, _ in self._date_lines:
                agencies.extend(a for a in info_line_agencies(text) if a not in agencies)
        publisher, original = found.publisher, found.original_url
        site_publisher = getattr(self.site, "publisher", None)
        if self._via and not publisher and not original:
            # The page names the copy's source beside the story rather than in its text.
            _, via_name, via_url = self._via
            if agency_name(via_name):
                if agency_name(via_name) not in agencies:
                    agencies.append(agency_name(via_name))
            elif via_name != site_publisher:
                publisher = via_name
            if _other_host(via_url, self.url):
                original = via_url
        credits_nothing = not agencies and not found.credit and not original
        if not publisher and (getattr(self.site, "origin", False) or credits_nothing):
            # An original publisher's page that names no other publisher is its own story;
            # so is a mirror's page that credits no one at all (its staff wrote it).
            publisher = site_publisher
        canonical = self.canonical_url()
        if not original and canonical and _other_host(canonical, self.url):
            original = canonical
            if not found.publisher and not getattr(self.site, "origin", False):
                # A mirror's copy of a known publisher's page whose head came along whole: its
                # canonical link and og:url both give the publisher's address (hindustantimes.com).
                og_url = _join(self.url, self.doc.meta_first("og:url"))
                copied = publisher_of_url(canonical) if og_url and _host(og_url) == _host(canonical) else None
                publisher = copied or publisher
        return Attribution(
            publisher=publisher,
            agencies=agencies,
            credit=found.credit,
            original_url=original,
        )

    # the rest

    def language(self) -> str | None:
        declared = getattr(self.site, "language", None) or self.doc.html_lang
        body = self.body() or ""
        return detect_language(body, declared)

    def section(self) -> str | None:
        value = _ld_text(self.ld.get("articleSection"))
        if not value:
            value = self.doc.meta_first("article:section")
        if not value and self.rest_post:
            value = self._rest_terms("category")[:1]
            value = value[0] if value else None
        if not value:
            nodes = self.select_first(self.section_selectors, strict=False)
            value = text_of(nodes[0]) if nodes else None
        return normalize_space(html_lib.unescape(value)) if value else None

    def _rest_terms(self, taxonomy: str) -> list[str]:
        names = []
        for group in (self.rest_post or {}).get("_embedded", {}).get("wp:term", []) or []:
            for term in group or []:
                if isinstance(term, dict) and term.get("taxonomy") == taxonomy and term.get("name"):
                    names.append(normalize_space(html_lib.unescape(term["name"])))
        return names

    def tags(self) -> list[str]:
        values = list(self.doc.meta.get("article:tag") or [])
        if not values:
            keywords = self.ld.get("keywords")
            if isinstance(keywords, str):
                values = keywords.split(",")
            elif isinstance(keywords, list):
                values = [str(k) for k in keywords if isinstance(k, (str, int))]
        if not values and self.rest_post:
            values = self._rest_terms("post_tag")
        if not values:
            values = [text_of(n) for n in self.select_first(self.tag_selectors, strict=False)]
        tags: list[str] = []
        for value in values:
            value = normalize_space(html_lib.unescape(value)).strip("# ")
            if value and value not in tags:
                tags.append(value)
        return tags

    def image_url(self) -> str | None:
        value = self.doc.meta_first(
            "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"
        )
        if not value:
            image = self.ld.get("image")
            if isinstance(image, list):
                image = image[0] if image else None
            if isinstance(image, dict):
                image = image.get("url") or image.get("contentUrl")
            value = image if isinstance(image, str) else None
        if not value and self.rest_post:
            media = (self.rest_post.get("_embedded") or {}).get("wp:featuredmedia") or []
            if media and isinstance(media[0], dict):
                value = media[0].get("source_url")
        return _join(self.url, value)

    def to_item(self) -> Article:
        """The Article for this page (derived fields filled by ``finalize()``)."""
        site_name = getattr(self.site, "name", None)
        article = Article(
            url=self.url,
            site=site_name,
            canonical_url=self.canonical_url(),
            title=self.title(),
            body=self.body(),
            description=self.description(),
            published_at=self.published_at(),
            modified_at=self.modified_at(),
            published_raw=self.published_raw(),
            published_precision=self.published_precision(),
            modified_precision=self.modified_precision(),
            authors=self.authors(),
            language=self.language(),
            section=self.section(),
            tags=self.tags(),
            image_url=self.image_url(),
            dateline=self.dateline(),
            attribution=self.attribution(),
            fetched_at=self.fetched_at,
        )
        return article.finalize()


#: A time of day as written ("10:15", "10.15 WIB", "13h36"), not a dotted date's day and month ("21.05.2019").
_CLOCK = re.compile(r"(?<![\d.:/-])\d{1,2}[:.h]\d{2}(?!\d|[./-]\d)|\d{1,2}\s*[時时시]\s*\d{1,2}(?!\d)")
#: A basic-format ISO time right after its "T" ("20180619T055000+0900").
_COMPACT_CLOCK = re.compile(r"\d{4}(?:\d{2})?(?!\d)")
_PLUS_HOURS = timezone(timedelta(hours=5))
_MIDNIGHT_UTC = datetime.min.replace(tzinfo=UTC).timetz()
_MIDNIGHT = datetime.min.time()
#: Any instant, to tell a relative date from an absolute one.
_MIDNIGHT_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _naive(raw: str) -> bool:
    """True when a written date names no zone (it reads differently in two default zones)."""
    return parse_date(raw, UTC, relative=False) != parse_date(raw, _PLUS_HOURS, relative=False)


_ISO_T = re.compile(r"\dT(?=\d)")
_DIGIT = re.compile(r"\d")


class _Accounts(list[str]):
    """Author names from a meta, structured data or a CMS account (``_author_sources``), not a
    byline the page shows: only these are the site's own name ("Okezona" on economy.okezona.com)."""


class _WriterCard(_Accounts):
    """The name on a writer's card in a sidebar ("Written by" above it, ``_author_links``): read
    only where no source before it names anyone."""


def _editor_cue(text: str) -> bool:
    """True when the page's source holds an editor's label and its colon ("Editor:", "Editor</b>:")
    or "Edited by": found with ``str.find`` (a case-insensitive pattern over the source is slow)."""
    if any(phrase in text for phrase in _EDITOR_PHRASES):
        return True
    for mark in _EDITOR_MARKS:
        at = text.find(mark)
        while at >= 0:
            if _AFTER_LABEL.match(text, at + len(mark)):
                return True
            at = text.find(mark, at + 1)
    return False


def _named_in(name: str, lines: list[str]) -> bool:
    """True when one of ``lines`` names ``name`` in full or by its last word ("Lincoln")."""
    surname = name.split()[-1]
    pattern = re.compile(rf"(?<!\w)(?:{re.escape(name)}|{re.escape(surname)})(?!\w)")
    return any(pattern.search(line) for line in lines)


def _author_element(node: HtmlElement) -> bool:
    """True when ``node``, or an element round it that holds no more than a byline's text, is an
    author's: a class or id with a byline word ("td-post-author-name", "writer"), ``itemprop`` or
    ``rel`` "author"; or ``node`` holds a link to an author's page ("/author/jana-ulm")."""
    if any(any(word in (link.get("href") or "") for word in _BYLINE_WORDS) for link in node.iter("a")):
        return True
    while node is not None and len(text_of(node)) <= MAX_BYLINE_CHARS:
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if any(word in marks for word in _BYLINE_WORDS) or "author" in (node.get("itemprop"), node.get("rel")):
            return True
        node = node.getparent()
    return False


#: Words no caseless name holds (Arabic): prepositions, an agency's, a desk's or a post's word
#: ("وكالات الأنباء", "مراسلة الشؤون الاقتصادية", "المراسلون في الخارج").
_NOT_IN_CASELESS_NAME = frozenset(
    "في من على عن إلى الى مع و أو ثم وكالة وكالات الأنباء الانباء أنباء مراسل مراسلة مراسلون مراسلين المراسل "
    "المراسلة محرر محررة المحرر رئيس رئيسة مدير مديرة كاتب كاتبة صحفي صحفية الشؤون شؤون قسم فريق هيئة التحرير "
    "الخارج الداخل".split()
)  # fmt: skip
#: An Arabic plural with its article ("المراسلون", "الصحفيون"), no name (a short one may be: "الحسون").
_ARTICLE_PLURAL = re.compile(r"^و?ال\w{3,}ون$")


def _caseless_full_name(name: str) -> bool:
    """True for two to four words of a script without capitals ("محمد علي"): a full name's shape
    there, with no preposition, post or desk word (``_NOT_IN_CASELESS_NAME``) and no plural with
    its article among them."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(not (w[0].isupper() or w[0].islower()) and w[0].isalpha() for w in words)
        and not any(w in _NOT_IN_CASELESS_NAME or _ARTICLE_PLURAL.match(w) for w in words)
    )


def _link_name(node: HtmlElement) -> str:
    """A link's text, or where it shows only a picture (an author's avatar), the picture's ``alt``."""
    text = text_of(node)
    if text:
        return text
    image = node.find(".//img")
    return normalize_space(image.get("alt") or "") if image is not None else ""


def _followed_by_coauthor(source: str, name: str) -> bool:
    """True when ``source`` writes ``name`` with another name after it ("Jana Ulm, Piet Horn",
    "Jana Ulm</a> und <a>Piet Horn"): each place it is written is looked at (``str.find`` is fast)."""
    start = source.find(name)
    while start >= 0:
        end = start + len(name)
        if _COAUTHOR_AFTER.match(source, end):
            return True
        start = source.find(name, end)
    return False


#: Class or id words of a picture's, its caption's or its credit's element.
_PICTURE_OWNER = re.compile(r"credit|caption|photo|foto|image|img|hero|media", re.IGNORECASE)


def _picture_credit_owner(owner: HtmlElement) -> bool:
    """True when ``owner`` or its parent is a picture's element by its class or id (``_PICTURE_OWNER``:
    "img-credit", "lead-image"), or ``owner`` sits beside an ``<img>`` or a ``<picture>``."""
    parent = owner.getparent()
    for node in (owner, parent):
        if node is not None and _PICTURE_OWNER.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    siblings = parent if parent is not None else ()
    return any(node is not owner and node.tag in ("img", "picture") for node in siblings)


def _texts_after(headline: HtmlElement, limit: int) -> Iterator[tuple[str, HtmlElement]]:
    """The texts shown after ``headline`` in document order, each with the element it belongs to,
    over at most ``limit`` elements (the headline's own text is not among them)."""
    if headline.tail:
        parent = headline.getparent()
        if parent is not None:
            yield headline.tail, parent
    count = 0
    current: HtmlElement | None = headline
    while current is not None:
        parent = current.getparent()
        for sibling in current.itersiblings():
            for text, node in _sibling_texts(sibling, parent if parent is not None else sibling):
                if text is not None:
                    yield text, node
                    continue
                count += 1
                if count > limit:
                    return
        current = parent


def _texts_before(headline: HtmlElement, limit: int) -> Iterator[tuple[str, HtmlElement]]:
    """The texts of the elements just before ``headline`` in its parent (a date above the headline in
    the article's header), in document order, over at most ``limit`` elements."""
    siblings = []
    count = 0
    for sibling in headline.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        count += sum(1 for node in sibling.iter() if isinstance(node.tag, str))
        if count > limit:
            break
        siblings.append(sibling)
    parent = headline.getparent()
    for sibling in reversed(siblings):
        for text, node in _sibling_texts(sibling, parent if parent is not None else sibling):
            if text is not None:
                yield text, node


def _sibling_texts(sibling: HtmlElement, owner: HtmlElement) -> Iterator[tuple[str | None, HtmlElement]]:
    """The texts of ``sibling`` and its descendants in document order, each with the element it
    belongs to, then its tail (belonging to ``owner``). Each element is first announced as
    ``(None, element)``, so a caller can count the elements it has read."""
    for node in sibling.iter():
        if not isinstance(node.tag, str):
            continue
        yield None, node
        if node.tag in _NO_TEXT_TAGS:
            continue
        if node.text:
            yield node.text, node
        if node.tail and node is not sibling:
            yield node.tail, node.getparent()
    if sibling.tail:
        yield sibling.tail, owner


#: Elements a date line's parts run in ("8.<a>Dezember 2010</a> um 09:43": a theme links the month to its archive).
_INLINE_DATE_PARTS = frozenset({"a", "b", "strong", "em", "i", "span", "small", "nobr", "time", "abbr"})


def _split_date_line(shown: str, owner: HtmlElement) -> tuple[str, HtmlElement] | None:
    """The whole text of a short line whose full date its inline elements split ("8.<a>Dezember
    2010</a> um 09:43 · <a>Rezepte</a>"), read from its first part (a text with a number and no
    full date of its own), with the line's element; None for any other text."""
    if len(shown) > MAX_DATE_CHARS + MAX_DATELINE_EXTRA_CHARS or not isinstance(owner.tag, str):
        return None  # (a part longer than a date line: a paragraph's)
    if _DATE_IN_TEXT.search(shown) or not _DIGIT.search(shown):
        return None
    if owner.tag in _INLINE_DATE_PARTS and owner.getparent() is not None:
        owner = owner.getparent()  # (the part in an element of its own: "<b>8.</b> Dezember 2010")
    if any(isinstance(child.tag, str) and child.tag not in _INLINE_DATE_PARTS for child in owner.iterdescendants()):
        return None  # a block of blocks: its texts are lines of their own
    parts = [normalize_space(part) for part in owner.itertext(etree.Element)]
    if any(_DATE_IN_TEXT.search(part) for part in parts):
        return None  # one element holds the whole date: read as it comes
    whole = " ".join(part for part in parts if part)  # (the parts as words: "8." and "Dezember 2010")
    if whole == shown or not _date_line_text(western(whole)):
        return None
    return whole, owner


def _labelled_update(label: str) -> bool:
    """True when a date line's label says it is the last update: the label stands before the date
    ("Updated Jan 12, 2022", "Stand: 28.04.2020"); after it, the date is the publication the
    update follows ("January 19, 2020 / 12:25 PM / Updated 8 hours ago")."""
    update = _UPDATE_LABEL.search(label)
    if update is None:
        return False
    written = _DATE_IN_TEXT.search(label)
    return written is None or update.start() < written.start()


#: The marks that set a name apart from the date on a date line ("Daily Inquirer / 05:12 PM Nov 24, 2025").
_LINE_PARTS = re.compile(r"\s+[/|·•]\s+")
#: The same with a dash between spaces ("02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red": the
#: section and the source), when the dated parts are the date and its time alone: a dash also ends a
#: clause ("am 19.05.2007 in Aalen – Stadion", an event's place in the text).
_DASHED_LINE_PARTS = re.compile(r"\s+[/|·•\-–—]\s+")
MAX_DASHED_DATE_EXTRA_CHARS = 5
#: Most words of a name set apart on a date line (the paper's, the desk's, the writer's).
MAX_DATELINE_NAME_WORDS = 5


def _date_words_left(text: str) -> str:
    """What a date line says besides its date, time and year (its label, a byline)."""
    return _DATE_WORDS_LEFT.sub("", _YEAR.sub("", text))


def _date_line_text(shown: str) -> bool:
    """True when a text is a full date with at most a short label, a time and a short byline beside it
    ("Stand: 28.04.2020 18:00 Uhr"); a name set apart by a mark counts as no label ("Philippine Daily
    Inquirer / 05:12 PM November 24, 2025"), and so does a byline of a few ("By A & B | Published ..."),
    a sentence around a date does not."""
    if len(shown) > MAX_DATE_CHARS + MAX_DATELINE_EXTRA_CHARS and not _names_beside_a_date(shown):
        return False
    if not _YEAR.search(shown) and not (
        _SHORT_YEAR_DATE.search(shown) and (_has_time(shown) or _SHORT_DATE_ALONE.match(shown))
    ):
        return False  # (a two-digit year only beside a time, "24/11/25 - 09:40", alone or after a byline)
    if not _DATE_IN_TEXT.search(shown):
        return False
    if _republishing_credit(shown) or _PRINT_EDITION.search(shown):
        return False  # another publication's date: the original's, or the paper's printed issue
    if len(_date_words_left(shown)) <= MAX_DATELINE_EXTRA_CHARS:
        return True
    label = _PUBLISHED_LABEL.search(shown)  # the label itself is no sentence ("Originally published ...")
    if label and len(_date_words_left(shown[: label.start()] + shown[label.end() :])) <= MAX_DATELINE_EXTRA_CHARS:
        return True
    for marks, extra in ((_LINE_PARTS, MAX_DATELINE_EXTRA_CHARS), (_DASHED_LINE_PARTS, MAX_DASHED_DATE_EXTRA_CHARS)):
        parts = marks.split(shown)
        if marks is _LINE_PARTS:
            dated = [part for part in parts if _DIGIT.search(part)]
        else:  # (a section may hold a number: "1. Bundesliga")
            dated = [part for part in parts if _DATE_IN_TEXT.search(part) or _has_time(part)]
        if (
            len(dated) < len(parts)
            and all(date_hints.name_part(part, MAX_DATELINE_NAME_WORDS) for part in parts if part not in dated)
            and len(_date_words_left(" ".join(dated))) <= extra
        ):
            return True
    return False


def _names_beside_a_date(shown: str) -> bool:
    """True when a line longer than a date line is a byline of a few writers set apart by a mark from
    a date line's length of date ("Oleh: A, B dan C | Selasa, 24/11/2026 19:30 WITA")."""
    parts = _LINE_PARTS.split(shown)
    dated = [part for part in parts if _DIGIT.search(part)]
    return (
        0 < len(dated) < len(parts)
        and len(" ".join(dated)) <= MAX_DATE_CHARS + MAX_DATELINE_EXTRA_CHARS
        and all(date_hints.name_part(part, MAX_DATELINE_NAME_WORDS) for part in parts if part not in dated)
    )


#: A date labelled as the newspaper's printed issue, not the page's publication ("Edisi Cetak | Jumat,
#: 27 November 2026 | Halaman 5" above the online stamp; the paper prints the story the next morning).
_PRINT_EDITION = re.compile(
    r"\b(?:edisi\s+cetak|(?:print|printed)\s+(?:edition|issue|version)|in\s+print|edición\s+impresa"
    r"|versión\s+impresa|édition\s+(?:imprimée|papier)|printausgabe|zeitungsausgabe)\b",
    re.IGNORECASE,
)
#: "Originally published" / "First published" and the word after it ("by", "in", "on", "at").
_FIRST_PUBLISHED = re.compile(
    r"\b(?:originally|first)\s+(?:published|appeared|ran)\b\s*(?:(?:by|in|on|at)\b)?", re.IGNORECASE
)
#: Words that may stand between that label and its date ("First published on Mon 24 Nov 2025").
_BEFORE_DATE_WORDS = frozenset({"on", "at", "by", "in"}) | DAY_NAMES


def _republishing_credit(shown: str) -> bool:
    """True when a date line credits the outlet that published the story first ("Originally published
    by Riverbank Review, 3 November 2025", "First published in The Courier on 3 Nov 2025"): the
    date is the original's, not the page's. "First published on Mon 24 Nov 2025" is the page's own."""
    label = _FIRST_PUBLISHED.search(shown)
    if label is None:
        return False
    dated = _DATE_IN_TEXT.search(shown, label.end())
    if dated is None:
        return False
    between = re.findall(r"[^\W\d_]+", shown[label.end() : dated.start()].lower())
    return any(word not in _BEFORE_DATE_WORDS for word in between)


_ENGLISH_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _time_apart(dated: str, between: list[str]) -> bool:
    """True when the time in the element after ``between`` may be the date line ``dated``'s: the date
    shows no time, and nothing stands between them but one short text with no time that is the day
    in another calendar (it holds digits; "16 جمادی الثانی 1448ھ"), not a label ("Last updated:")
    nor a byline ("Jane Doe")."""
    return (
        not _has_time(dated)
        and len(between) <= 1
        and all(
            len(text) <= MAX_DATE_CHARS
            and not _has_time(text)
            and _DIGIT.search(text)
            and not _UPDATE_LABEL.search(western(text))
            and not _PUBLISHED_LABEL.search(western(text))
            for text in between
        )
    )


def _clock_only(text: str) -> bool:
    """True when a short text is a time of day and little else ("4:38 PM MYT", "16.10 WIB"), maybe
    with a publication label ("Published at 9:05 am")."""
    label = _PUBLISHED_LABEL.search(text)
    if label is not None:
        text = text[: label.start()] + text[label.end() :]
    return (
        len(text) <= MAX_DATELINE_EXTRA_CHARS
        and _has_time(text)
        and not _DATE_IN_TEXT.search(text)
        and len(_date_words_left(text)) <= MAX_DATELINE_EXTRA_CHARS // 2
    )


#: The attributes that hold the machine-readable date of a date line's element ("<time datetime>",
#: "<li title='2015-03-13T21:00:00+11:00'>", "<span content>").
_STAMP_ATTRIBUTES = ("datetime", "content", "title")


def _stamp_near(owner: HtmlElement) -> str | None:
    """An ISO stamp with a time and a zone in the attributes of a date line's element or of the two
    elements around it; None when there is none."""
    for node in (owner, *islice(owner.iterancestors(), 2)):
        for name in _STAMP_ATTRIBUTES:
            raw = node.get(name)
            if raw and _YEAR.match(raw.strip()) and _has_time(raw) and not _naive(raw):
                return raw
    return None


def _time_stamp(owner: HtmlElement, shown: str, parsed: datetime, home: tzinfo | None = None) -> datetime:
    """A date line whose element (or the two around it) carries a stamp that is the instant of its
    wall clock (``<time datetime>``, a ``title``): that wall clock at the offset that makes it the
    stamp's instant (a clock shown with no zone, "Mon 24 Nov 2025 at 7:40am", is no longer read as
    UTC); else the date as read. A UTC stamp whose clock is the one shown, on a page whose country
    (``home``) is not on UTC that day, is the local clock with a "Z" the CMS added
    (``datetime="2026-11-26T08:30:00Z"`` over "08:30" on a Vietnamese page): the clock in ``home``."""
    if not _has_time(shown) or not _naive(shown):
        return parsed
    raw = _stamp_near(owner)
    if raw is None:
        return parsed
    stamp = parse_iso(raw)
    if stamp is None:
        return parsed
    utc_clock = stamp.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    offset = parsed.replace(tzinfo=None, second=0) - utc_clock
    if abs(offset) > timedelta(hours=14) or offset % timedelta(minutes=15):
        return parsed  # another instant: the text stands
    if not offset and home is not None and home.utcoffset(parsed.replace(tzinfo=None)):
        return parsed.replace(tzinfo=home)
    return parsed.replace(tzinfo=timezone(offset))


def _stamped_offset(lines: list[tuple[datetime, str, bool]]) -> tzinfo | None:
    """The offset of the first publication date line shown as a clock with no zone, when its element's
    stamp gave it one (``_time_stamp``: "14:05" in ``<time datetime="...13:05Z">`` is +01:00); else None."""
    for value, text, update in lines:
        if not update and _has_time(text) and _naive(text):
            return value.tzinfo if value.utcoffset() else None
    return None


#: What credits a sponsor before its name in a page's source, tags between allowed.
_SPONSOR_BEFORE = r"(?:sponsored|presented|powered|supported|brought\s+to\s+you)\s+by\s*(?:<[^>]{0,200}>\s*)*"


#: The end of ``_SPONSOR_BEFORE``, which any match of it before a name holds: searched first, as
#: its first letter ("b") starts far fewer places of a page's source than the credit's verbs ("s",
#: "p") do (10 ms a call on a 300 kB page; 1 ms for this search, which almost every page fails).
_BY_BEFORE = r"by\s*(?:<[^>]{0,200}>\s*)*"


def _sponsor_named(name: str, text: str) -> bool:
    """True when ``text`` (the page's source) credits ``name`` as a sponsor ("Presented by Harbor
    Savings Bank", "Sponsored by ...", "Powered by ...")."""
    escaped = re.escape(name)
    return (
        name in text
        and re.search(_BY_BEFORE + escaped, text, re.IGNORECASE) is not None
        and re.search(_SPONSOR_BEFORE + escaped, text, re.IGNORECASE) is not None
    )


def _counted_back(text: str) -> bool:
    """True when a date line is a relative date ("3 hours ago", "Updated 2 hrs ago", "kemarin")."""
    return parse_relative(text, _MIDNIGHT_EPOCH) is not None


def _first_published_apart(lines: list[tuple[datetime, str, bool]]) -> list[tuple[datetime, str, bool]]:
    """Date lines with the unlabelled ones shown before a line labelled as the publication ("First
    published on ...", "Posted ...") and later than it marked as updates: the page shows its last
    edit first and its publication below it."""
    labelled = next((value for value, text, update in lines if not update and _PUBLISHED_LABEL.search(text)), None)
    if labelled is None:
        return lines
    marked = []
    for value, text, update in lines:
        if not update and _PUBLISHED_LABEL.search(text):
            marked += lines[len(marked) :]
            break
        marked.append((value, text, update or value > labelled))
    return marked


def _before_publication(modified: datetime, published: datetime | None) -> bool:
    """True when a modification stamp falls before the publication (by more than a minute, as a
    day: a date alone at midnight is not before a time that same day)."""
    if published is None:
        return False
    if modified.timetz() == _MIDNIGHT_UTC or modified.time() == datetime.min.time():
        return modified.date() < published.astimezone(modified.tzinfo).date()
    return published - modified > timedelta(minutes=1)


def _ambiguous_day(text: str) -> bool:
    """True when a date's day and month are numbers that read either way ("06/01/2020", not "13/01/2020")."""
    match = _AMBIGUOUS_NUMERIC_DATE.search(text)
    if not (match and match.group(1) != match.group(2) and max(int(match.group(1)), int(match.group(2))) <= 12):
        return False
    # A weekday that fits one reading only settles it ("Tue, 10/07/2025": both orders read 7 October).
    day_first = parse_date(text, UTC, relative=False)
    return day_first is None or day_first != parse_date(text, UTC, day_first=False, relative=False)


def _both_readings(text: str) -> set[date]:
    """The days a numeric date whose day and month read either way may be ("05/11/2025": 5 November
    and 11 May)."""
    readings = (parse_date(text, UTC, relative=False, day_first=order) for order in (True, False))
    return {reading.date() for reading in readings if reading is not None}


def _same_instant(shown: datetime, text: str, stamp: datetime) -> bool:
    """True when a shown date (and time) is the stamp's instant in some zone: the wall clock the
    stamp's offset misses, or a day the stamp falls on at most 8 hours west or 14 east of UTC."""
    if not _has_time(text):
        utc = stamp.astimezone(UTC)
        west = (utc - timedelta(hours=MAX_WEST_SHIFT_HOURS)).date()
        east = (utc + timedelta(hours=MAX_EAST_SHIFT_HOURS)).date()
        return west <= shown.date() <= east
    if not _naive(text):
        return abs(shown - stamp) < timedelta(minutes=1)
    offset = shown.replace(tzinfo=None) - stamp.astimezone(UTC).replace(tzinfo=None)
    return abs(offset) <= timedelta(hours=14) and offset % timedelta(minutes=15) == timedelta(0)


def _bem_block(word: str) -> str | None:
    """The block a BEM element class names ("ArticleHeader_date", "article-header__date"), or None."""
    block, sep, _ = word.partition("__") if "__" in word else word.partition("_")
    return block if sep and block else None


#: Seconds written after a clock ("10:15:00", "T101500").
_SECONDS = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}:\d{2}(?!\d)|\dT\d{6}(?!\d)")


def _precision(value: datetime | None, raw: str | None) -> str | None:
    """How much of ``value`` the text it was read from (``raw``) gives: "day" for a date alone,
    "minute" for a clock, "second" for one with seconds; a relative date ("3 hours ago") its unit,
    "hour" or "day" ("kemarin"). A date shown with no time whose stamp (``<time datetime>``) gave
    one keeps that stamp's time: its clock is not midnight. None with no date."""
    if value is None:
        return None
    raw = raw or ""
    counted = parse_relative(raw, _MIDNIGHT_EPOCH)
    if counted is not None:
        span = _MIDNIGHT_EPOCH - counted
        return "day" if not span % timedelta(days=1) else "hour" if not span % timedelta(hours=1) else "minute"
    if _has_time(raw):
        return "second" if _SECONDS.search(raw) else "minute"
    if value.time() != datetime.min.time():  # shown as a day, its time read from the stamp behind it
        return "second" if value.second else "minute"
    return "day"


def _in_rest_offset(instant: datetime, raw_local: Any) -> datetime:
    """A WordPress REST time (``date_gmt``) in the offset its local twin (``date``) gives, so the page's
    own wall clock and day are kept; the instant as it is when the two are no whole quarter-hour apart."""
    local = parse_iso(str(raw_local), UTC) if raw_local else None
    if local is None:
        return instant
    offset = local.replace(tzinfo=None) - instant.astimezone(UTC).replace(tzinfo=None)
    if not offset or abs(offset) > timedelta(hours=14) or offset % timedelta(minutes=15):
        return instant
    return instant.astimezone(timezone(offset))


def _at_midnight(value: datetime) -> bool:
    """True for a stamp at 00:00:00 in its own offset or in UTC: the form a CMS gives a day alone."""
    return value.time() == _MIDNIGHT or value.astimezone(UTC).time() == _MIDNIGHT


def _has_time(raw: str) -> bool:
    """True when a date as written carries a time of day (``T10:15``, ``10.15 WIB``)."""
    iso = _ISO_T.search(raw)  # only an ISO "T" between date and time, not the one in "GMT"
    if iso and _COMPACT_CLOCK.match(raw, iso.end()):
        return True
    return bool(_CLOCK.search(raw[iso.end() :] if iso else raw))


def _join(base: str, href: Any) -> str | None:
    """``href`` made absolute against ``base``; None when empty or malformed (``https://[x/``):
    one bad link on a page costs that link, not the article."""
    if not isinstance(href, str) or not href.strip():
        return None
    try:
        joined = urljoin(base, href.strip())
        urlsplit(joined).port  # noqa: B018 - raises on a malformed host or port
    except ValueError:
        return None
    return joined


def _path(href: Any) -> str:
    """The path of a link, '' when it has none or is malformed."""
    try:
        return urlsplit(href).path if isinstance(href, str) else ""
    except ValueError:
        return ""


def _host(url: str | None) -> str:
    try:
        return (urlsplit(url or "").hostname or "").removeprefix("www.")
    except ValueError:
        return ""


#: Most words of a title's last segment read as the site's name (credits only).
MAX_TITLE_TAIL_WORDS = 4
#: Elements before a link read for the words that lead into it ("<span>Sumber:</span> <a>").
MAX_LEAD_SIBLINGS = 3


def _label_before(anchor: HtmlElement) -> bool:
    """True when the element just before ``anchor`` is a label: its own text ends on a colon and
    nothing but space follows it ("<span>Sumber:</span> <a>")."""
    label = anchor.getprevious()
    return (
        label is not None
        and isinstance(label.tag, str)
        and not (label.tail or "").strip()
        and (label.text or "").rstrip().endswith(":")
    )


def _lead_words(parent: HtmlElement, anchor: HtmlElement) -> list[str]:
    """The words before ``anchor`` in ``parent``: its text and its earlier children's, where
    ``MAX_LEAD_SIBLINGS`` children at most come before it (else more words than a label has)."""
    before = list(islice(anchor.itersiblings(preceding=True), MAX_LEAD_SIBLINGS + 1))
    if len(before) > MAX_LEAD_SIBLINGS:
        return ["…"] * (MAX_LEAD_SIBLINGS + 1)
    words = (parent.text or "").split()
    for child in reversed(before):
        words += text_of(child).split() + (child.tail or "").split()
    return words


def _other_host(a: str, b: str) -> bool:
    ha, hb = _host(a), _host(b)
    return bool(ha and hb and ha != hb)


_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "article.published",
    "publish-date",
    "publishdate",
    "pubdate",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "citation_publication_date",
    "og:published_time",
    "article:published",
    "content_publication_date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "article_date_original",
)
#: Meta keys that name a date without saying of what: a CMS may fill them with the page's last
#: change ("date", Dublin Core's "dc.date", "dcterms.date"); the publication marked up on the article's
#: own element (``_MARKED_PUBLISHED``) wins over them when the two give other days.
_GENERIC_DATE_META = frozenset({"date", "dc.date", "dcterms.date"})
_MARKED_PUBLISHED = ("[itemprop=datePublished]",)
#: A wire dateline's day and month before its agency's credit, at the opening of the story
#: ("KOTA KINABALU, 25 Nov (Bernama) --", "PUTRAJAYA, 3 Sept (Bernama) -"): the place, a comma,
#: the day and a month's name, the credit in brackets, a dash.
_WIRE_DATELINE_DAY = re.compile(
    r"[^\W\d_][^,()]{1,40},\s*(\d{1,2}\s+[^\W\d_]{3,10})\.?\s*\([^()]{2,30}\)\s*(?:--|[-\u2013\u2014])"
)
#: A full date opening a paragraph before a dash, maybe after a place and a comma ("29.11.2022 –",
#: "Berlin, 3. Mai 2021 –", "MADRID, 12/05/2021 -"): numeric day first, or a month's name.
_LEAD_DATE = re.compile(
    r"(?:[^\W\d_][^,()\d]{1,40},\s*)?(?P<open>\()?(?P<date>\d{1,2}[./]\s?\d{1,2}[./]\s?\d{4}"
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?\s+(?:de\s+)?\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})"
    # before a dash, or in brackets ("Karlsruhe, (12.11.2021). Die ...", "(21. November 2022) Die ...")
    r"(?(open)\)\.?\s|\s*[-\u2013\u2014]+\s)"
)
#: The words that open a blog theme's closing sentence on its post ("This entry was posted on ...",
#: "Dieser Beitrag wurde am ... veröffentlicht"), read before the sentence is.
_POSTED_WORDS = re.compile(r"\bwas\s+(?:posted|published|written)\b|\bwurde\b", re.IGNORECASE)
#: That sentence, its subject the post itself ("This entry", "Dieser Beitrag"; not the story's "the
#: original article was published on ..."), and its date: the date runs to the verb after it in
#: German ("wurde am <date> um 23:03 Uhr gepostet"; not "wurde am 28. März 1926 in Wien geboren")
#: and to the clause after it in English ("... on <date> and is filed under", "... on <date>, in News.").
_POSTED_SENTENCE = re.compile(
    r"\bthis\s+(?:entry|post|article)\s+was\s+(?:posted|published|written)\s+on\s+"
    r"(?P<date>[^;!?]{4,60}?)(?:,?\s+(?:and|in|by|under)\s|[.;]\s|[.;]?$)"
    r"|\bdieser\s+(?:beitrag|eintrag|artikel)\s+wurde\s+(?:[^\W\d_]+\s+)?am\s+(?P<de>[^;!?]{4,60}?)\s+(?:veröffentlicht|gepostet|publiziert|verfasst|geschrieben)\b",
    re.IGNORECASE,
)
#: The same sentence with the post's own title for its subject ("Über diesen Artikel: <a>Headline</a>
#: wurde am 19. Mai 2010 um 23:03 Uhr gepostet", "Headline was posted on May 19, 2010"), kept when
#: its subject ends with the page's title.
_TITLED_POSTED_SENTENCE = re.compile(
    r"(?P<subject>[^.!?]{4,200}?)\s+(?:was\s+(?:posted|published|written)\s+on\s+"
    r"(?P<date>[^;!?]{4,60}?)(?:,?\s+(?:and|in|by|under)\s|[.;]\s|[.;]?$)"
    r"|wurde\s+am\s+(?P<de>[^;!?]{4,60}?)\s+(?:veröffentlicht|gepostet|publiziert|verfasst|geschrieben)\b)",
    re.IGNORECASE,
)
MAX_POSTED_SENTENCE_CHARS = 400
#: Most time a lead date (``_LEAD_DATE``) may fall before the fetch with nothing else vouching for
#: its year: an older one opening the story is more often a look-back's historical date.
MAX_LEAD_DATE_AGE = timedelta(days=2 * 366)
#: The paragraphs after the headline read for a dateline (a standfirst, then the story's first).
OPENING_PARAGRAPHS = 2
#: Most days a wire dateline's day may fall before the only update the page shows (a story
#: is updated within days; a dateline's day much earlier is read in the wrong year, or is no dateline).
MAX_DATELINE_DAYS_BEFORE_UPDATE = timedelta(days=7)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
#: Author metas that a catalogue's convention fills, one person a tag, family name first ("Ulm,
#: Jana"; Dublin Core's creator as libraries and standards bodies write it).
_CATALOGUE_META = frozenset({"dc.creator", "dcterms.creator"})
_FAMILY_PARTICLES = r"(?:de|van|von|der|den|del|da|di|du|la|le|ten|ter|zu)"
#: "Family, Given": a capitalised family name (two for a double one, lower-case particles before it),
#: a comma, given names or initials and a particle of the family name at their end ("Jong, Michiel
#: de", "van der Berg, Jan", "García Márquez, Ana", "Ulm, J.", "Ulm, Jana M.").
_INVERTED_NAME = re.compile(
    rf"^(?P<family>(?P<lead>(?:{_FAMILY_PARTICLES}\s+)*)(?P<core>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)),"
    rf"\s*(?P<given>(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?\s*){{1,3}}(?P<particle>(?:\s*{_FAMILY_PARTICLES})*))$"
)
_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.?$")


def _uninverted(value: str) -> str:
    """A catalogue's "Family, Given" as the name is shown ("Jong, Michiel de" -> "Michiel de Jong");
    any other value as it is. Two single words ("Ulm, Horn") may be two people and stay as they are:
    the given part must show itself (an initial, two or more names, a particle of the family name)."""
    match = _INVERTED_NAME.match(normalize_space(value))
    if match is None or clean_author_names([value])[1]:
        return value  # (an agency or a credit: "Reuters, AFP", "Ulm, dpa")
    given = match.group("given").split()
    names = [word for word in given if not re.fullmatch(_FAMILY_PARTICLES, word)]
    initials = any(_INITIAL.match(word) for word in names)
    if len(match.group("core").split()) > 1:
        shown = len(names) == 1 or all(_INITIAL.match(word) for word in names)  # not "Jana Ulm, Piet Horn"
    else:
        shown = initials or len(names) > 1 or bool(match.group("lead")) or len(given) > len(names)
    if not shown:
        return value
    name = f"{' '.join(given)} {match.group('family')}"
    # (Not a name and a role: "Ulm, Staff Reporter" stays whole, for the clean-up to read.)
    return name if clean_author_names([name])[0] == [name] else value


_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "cxenseparse:author",
    "article_author",
    "citation_author",
)
#: The words one of which a class or id value must contain for ``_BYLINE_XPATH`` to match.
_BYLINE_WORDS = ("author", "Author", "byline", "Byline", "autor", "penulis", "reporter", "writer", "username")
# French, Turkish, Danish/Norwegian (not Spanish "firma": German "Firma" is a company, in class names too)
_BYLINE_WORDS += ("auteur", "yazar", "forfatter")
# A columnist's name block beside the column ("<div class=columnist><img><span>Jana Ulm</span>").
_BYLINE_WORDS += ("columnist", "kolumnist", "columnista")
# The reporter or writer in the site's language: Turkish "muhabir", Indonesian and Malay "wartawan" and
# "pewarta", Dutch "redacteur", Vietnamese "tác giả" as a class ("tac-gia", "tacgia").
_BYLINE_WORDS += ("muhabir", "wartawan", "pewarta", "redacteur", "tac-gia", "tacgia")
#: ``_BYLINE_XPATH`` as ``elements_with_values`` reads it: its elements, and the word of its id test.
_BYLINE_TAGS = ("a", "span", "div", "p", "address", "li", "strong", "em")
_BYLINE_ID_WORD = "author"
#: Elements the last-resort byline search reads (what ``elements_with_values`` gives for the tags and
#: words above, built from them so a word added to ``_BYLINE_WORDS`` reaches it too), and the longest
#: text taken from one (characters).
_BYLINE_XPATH = (
    "//*["
    + " or ".join(f"self::{tag}" for tag in _BYLINE_TAGS)
    + "]["
    + " or ".join(f"contains(@class, '{word}')" for word in _BYLINE_WORDS)
    + f" or contains(@id, '{_BYLINE_ID_WORD}')]"
)
MAX_BYLINE_CHARS = 120
#: What an element needs in a class, id, itemprop or rel value for trafilatura's byline XPaths to
#: match it (read off trafilatura 2.3.1's ``AUTHOR_XPATHS``: "author", "[Bb]yline", "byl", "BBL",
#: "username", "zuozhe", ...).
_TRAF_AUTHOR_VERSION = "2.3.1"
_TRAF_AUTHOR_WORDS = (
    "uthor",
    "yline",
    "byl",
    "BBL",
    "username",
    "zuozhe",
    "bianji",
    "xiaobian",
    "channel-name",
    "submitted-by",
    "posted-by",
    "journalist-name",
    "screenname",
    "writer",
)
#: What opens a byline line that has no class: a preposition ("By", "Von", "Oleh", "Par"), led by
#: at most three words that name a piece of writing ("Ein Artikel von", "Written by", "Blog Beitrag
#: von"; never "Foto von", "Theme by", "Powered by"), a date it was posted on ("Posted on September
#: 21, 2020 by"), or a label and a colon ("Autor:", "Penulis:").
_BYLINE_LINE_LABEL = re.compile(
    r"(?P<lead>(?:[^\W\d_][\w-]*\s+){0,3}?)(?:by|von|oleh|par|por|door)\s*:?(?:\s+(?=\S)|$)"
    r"|(?:posted|published|veröffentlicht|publié|publicado|diposting|dipublikasikan)\s+(?:on|am|le|el|pada)?\s*"
    r"[\w.,/: ]{4,40}?\s+(?:by|von|par|por|oleh)(?:\s+(?=\S)|$)"
    r"|(?:autor|autorin|autoren|author|authors|auteur|autore|verfasser|penulis|reporter|wartawan|"
    r"pewarta|kontributor|koresponden|jurnalis|laporan|redaktion|text|texte|teks|tekst|texto|testo|byline|words|writer|journalist|"
    # Finnish "Teksti" (text), "Toimittaja" (reporter), Tamil "செய்தியாளர்" (reporter), Mongolian
    # "Сурвалжлагч" (reporter), Hungarian "Szerző" (author).
    r"teksti|toimittaja|செய்தியாளர்|сурвалжлагч|szerző|"
    r"(?:words|text|texte|teks)\s*(?:and|und|&|dan|et)\s*(?:pictures|photos|fotos?|bilder|gambar))\s*:(?:\s*(?=\S)|$)"
    # German "Autor" without its colon, before a capitalised name ("Autoren Jana Ulm und Piet
    # Horn" closing a story; "Autor Piet Horn: Übersetzung Jana Ulm"): the name check after it
    # drops a sentence ("Autor Michael Ende schrieb ..."), ``_caption_line`` a portrait's caption.
    r"|(?P<bare>autor(?:in|en)?)\s+(?=(?-i:[A-ZÄÖÜ]))"
    # An as-told-to essay: the writer it was told to ("As told to Jana Ulm").
    r"|as\s+told\s+to\s+(?=\S)"
    # Indonesian credits without a colon, a role and post before the name ("Penulis Kontributor
    # Bandung, Agus Setiawan", "Laporan Wartawan Warta Kota, Ujang": ``author_lines.role_credit_names``).
    r"|(?:penulis|laporan)\s+(?=(?:wartawan|reporter|kontributor|koresponden|jurnalis|pewarta)\s+[^,]{2,40},)"
    # The role alone before the post ("Kontributor Bandung, Agus Setiawan").
    r"|(?=(?:kontributor|koresponden)\s+[^,]{2,40},)",
    re.IGNORECASE,
)
_BYLINE_LEAD_WORDS = frozenset(
    "written posted published reported compiled story words text analysis commentary column report interview "
    "a an by created submitted geschrieben verfasst veröffentlicht erstellt gepostet eingestellt ein eine einem einer artikel beitrag blogbeitrag blog kommentar "
    "kolumne gastbeitrag gastkommentar analyse bericht reportage interview essay rezension glosse text und "
    "ditulis dikirim diposting laporan escrito publicado un una artículo columna écrit publié une article "
    "chronique tribune scritto articolo".split()
) | frozenset("guest post feature review opinion".split())  # "Guest post by", "Opinion by"
#: French "Propos recueillis par" ("words gathered by"): an interview's byline.
_BYLINE_LEAD_WORDS |= frozenset("propos recueillis recueilli entretien".split())


def _leading_name(text: str) -> str:
    """The capitalised words that open ``text`` (at most four): "Nils Pickert ist ..." -> "Nils Pickert"."""
    words = []
    for word in text.split()[:4]:
        if not word[:1].isupper() or not word.strip(".").replace("-", "").isalpha():
            break
        words.append(word)
    return " ".join(words)


def _linked(heading: HtmlElement) -> bool:
    """True for a heading that holds a link or sits in one ("<h3><a href=...>Headline</a></h3>",
    "<a href=...><div><h3>Headline</h3></div></a>")."""
    if next(heading.iter("a"), None) is not None:
        return True
    return any(ancestor.tag == "a" for ancestor in islice(heading.iterancestors(), 3))


def _link_teaser(node: HtmlElement, ancestors: list[HtmlElement], article: frozenset[Any], url: str) -> bool:
    """True for a byline beside another story's headline shown as a plain link: a link to another
    page of the site (``url``'s host) of ``MIN_TEASER_HEADING_CHARS`` and ``MIN_LINK_TEASER_WORDS``
    or more, before the byline in a small block (``MAX_LINK_TEASER_DEPTH`` levels up) or around it
    (``MAX_TEASER_DEPTH``), outside the headline's and the text's containers (``article``):
    "<li><a href="/2021/zehn-thesen/">Zehn Thesen zur Wohnungspolitik der Stadt</a><div>Von Jana
    Ulm</div></li>", "<a href="/2021/zehn-thesen/">Zehn Thesen ... <small>(<a>Jana Ulm</a>)</small></a>".
    A link that names the byline's writer ("Alle Artikel von Jana Ulm") is no headline."""
    text = text_of(node)
    name = text.split()[-1] if text else ""
    page = urlsplit(url)
    for depth, ancestor in enumerate(ancestors[:MAX_TEASER_DEPTH]):
        if ancestor in article:
            return False
        if ancestor.tag == "a":
            links: list[HtmlElement] = [ancestor]
        elif depth < MAX_LINK_TEASER_DEPTH:
            before = takewhile(lambda el: el is not node, ancestor.iter("a", node.tag))
            links = list(islice((el for el in before if el.tag == "a"), MAX_TEASER_LINKS + 1))
            if len(links) > MAX_TEASER_LINKS:
                continue  # (a list of links, no card: a sidebar of writers or stories)
        else:
            continue
        for link in links:
            if link.tag != "a" or (link is not ancestor and link in ancestors):
                continue
            shown = text_of(link).replace(text, " ") if link is ancestor else text_of(link)
            if (
                len(shown) >= MIN_TEASER_HEADING_CHARS
                and len(shown.split()) >= MIN_LINK_TEASER_WORDS
                and (len(name) <= 2 or name not in shown)
                and _other_story_link(link.get("href"), page)
            ):
                return True
    return False


def _other_story_link(href: str | None, page: Any) -> bool:
    """True for an address of another page on the host of ``page`` (a split URL), not an author's
    and not a section above the page ("/harbour-and-shipping/" over "/harbour-and-shipping/2025/...")."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    try:
        target = urlsplit(urljoin(page.geturl(), href))
    except ValueError:
        return False
    host = (target.hostname or "").removeprefix("www.")
    return (
        bool(host)
        and host == (page.hostname or "").removeprefix("www.")
        and target.path.rstrip("/") != page.path.rstrip("/")
        and not page.path.startswith(target.path.rstrip("/") + "/")
        and not _AUTHOR_PATH.search(target.path)
    )


#: A path to a writer's page, by its segment that says so ("/columnists/jana-ulm/", "/@jana-ulm").
_WRITERS_PAGE = re.compile(
    r"(?i)/(?:authors?|autor|autoren|auteurs?|autore|autori|penulis|columnists?|contributors?|profiles?|profil|"
    r"writers?|staff|reporters?|journalist|journalisten|journalistes?|kolumnisten?|@[^/]+/?$)(?:/|$)"
)


def _all_stories_heading(link: HtmlElement) -> str | None:
    """The text of the heading right before ``link`` when an all-stories label opens it ("<h3>More
    from Jana Ulm</h3><a>9 articles</a>"), else None."""
    before = link.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment between them
    if before is None or before.tag not in ("h2", "h3", "h4", "h5"):
        return None
    text = text_of(before)
    return text if len(text) <= MAX_BYLINE_CHARS and _ALL_STORIES_LINK.match(text) else None


def _card_texts_before(link: HtmlElement) -> list[str]:
    """The texts shown before ``link`` in its card (``MAX_WRITER_CARD_DEPTH`` levels up), in order."""
    card = link
    for _ in range(MAX_WRITER_CARD_DEPTH):
        parent = card.getparent()
        if parent is None or len(list(islice(parent.iter(), MAX_WRITER_CARD_ELEMENTS + 1))) > MAX_WRITER_CARD_ELEMENTS:
            break  # (a list of cards or the page around them, no card)
        card = parent
    texts = []
    for el in card.iter():
        if el is link:
            break
        if isinstance(el.tag, str) and el.text and el.text.strip():
            texts.append(normalize_space(el.text))
    return texts


def _in_heading(node: HtmlElement) -> bool:
    """True for a node in a heading or table header: "Von Sprachregeln und Gender-Politik" is a
    headline, "By changesets" a column, no byline."""
    return any(el.tag in _HEADING_TAGS for el in (node, *node.iterancestors()))


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "th", "title"})
#: Elements that show a picture, and those that caption one.
_PICTURE_TAGS = frozenset({"img", "picture", "figure", "svg", "video"})
_CAPTION_TAGS = frozenset({"figure", "figcaption", "caption"})
#: Elements whose names are a quote's speaker or a box's, no byline of the story (``_region_byline``).
_QUOTE_BOX_TAGS = frozenset({"blockquote", "figure", "aside"})
#: Characters of the story's first paragraph looked for to place a byline before it.
MIN_LEAD_KEY_CHARS = 60


#: The body's paragraphs whose first ``<p>`` opens the story (the headline read as the first).
def _caption_credit(node: HtmlElement, text: str) -> bool:
    """True when ``node``, in a figure or a caption, credits a wire agency beside or instead of a name
    ("<figcaption>... <span class=author>Jana Ulm / AFP</span></figcaption>"): the picture's credit,
    its photographer no writer. A plain name there may be the writer's card (an avatar's caption). A
    figure or caption that holds the headline is the story's header ("<figure class=article-header>
    <img><h1>...</h1><div class=author>Jana Ulm / AFP</div>"), no picture's caption."""
    boxes = [el for el in (node, *node.iterancestors()) if el.tag in _CAPTION_TAGS]
    if not boxes or any(el.find(".//h1") is not None for el in boxes):
        return False
    return bool(clean_author_names([text])[1])


MAX_LEAD_PARAGRAPHS = 3
#: A class or id of a picture's credit (``_photo_credit``).
_PHOTO_MARK = re.compile(r"(?i)photo|foto|image|picture|caption|gallery")


def _caption_line(node: HtmlElement, owner: HtmlElement, is_tail: bool) -> bool:
    """True when the line ``node``'s text or tail opens (in ``owner``) captions a picture: it sits in
    a figure or caption, follows a picture in its element ("<p><img> Autorin Juli Zeh</p>"), or its
    element follows one with no text between ("<figure><img></figure><p>Autorin Juli Zeh</p>")."""
    if any(el.tag in _CAPTION_TAGS for el in (owner, *owner.iterancestors())):
        return True
    if is_tail and node.tag in _PICTURE_TAGS:
        return True
    previous = owner.getprevious()
    if previous is None or not isinstance(previous.tag, str) or (previous.tail or "").strip():
        return False
    if previous.tag in _PICTURE_TAGS:
        return True
    # A block that holds a picture and no text ("<div class='img'><img></div>").
    return next(previous.iter(*_PICTURE_TAGS), None) is not None and not text_of(previous)


_MINOR_HEADINGS = frozenset({"h4", "h5", "h6"})


#: Class and id parts of the dek (the subtitle or summary under the headline): "dek", "standfirst",
#: Turkish "spot" / "ozet", French "chapo", Spanish "bajada" / "entradilla" (``body.LEAD_WORDS`` too).
_DEK_WORDS = frozenset(
    {*body_text.LEAD_WORDS, "dek", "deck", "subtitle", "subheadline", "subhead", "subheading", "strapline",
     "description", "spot", "ozet", "özet", "lid", "sottotitolo", "occhiello"}
)  # fmt: skip
_CLASS_PART_SPLIT = re.compile(r"[\s_-]+|(?<=[a-z0-9])(?=[A-Z])")


def _key_of(name: str) -> str:
    """``name`` case-folded, letters and digits only: "Prairie Current" and "prairie-current" alike."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _split_names(names: str | None) -> list[str]:
    """The names of ``cjk_reporter_names``' line, one by one."""
    return [name for name in re.split(r"[,、]\s*", names) if name] if names else []


def _dek_element(owner: HtmlElement, headline: HtmlElement) -> bool:
    """True when ``owner`` or a block around it that does not hold ``headline`` is the dek under it:
    a class or id says so (``_DEK_WORDS``)."""
    node: HtmlElement | None = owner
    for _ in range(4):
        if node is None or headline in node.iterdescendants():
            return False
        words = f"{node.get('class') or ''} {node.get('id') or ''}"
        if words.strip() and any(part.lower() in _DEK_WORDS for part in _CLASS_PART_SPLIT.split(words) if part):
            return True
        node = node.getparent()
    return False


def _minor_heading_byline(owner: HtmlElement, name: str) -> bool:
    """True when ``name`` after a byline label in a heading is a person's full name and nothing
    else and the heading is a minor one (``<h4>`` to ``<h6>``) that links nowhere: "Von Sprachregeln
    und Gender-Politik" and a teaser's linked heading are no bylines."""
    heading = next((el for el in (owner, *owner.iterancestors()) if el.tag in _HEADING_TAGS), None)
    return heading is not None and heading.tag in _MINOR_HEADINGS and not _linked(heading) and person_shaped(name)


#: Most words of a name in a script without capitals that a byline label's line may hold.
MAX_CASELESS_NAME_WORDS = 4


def _caseless_start(text: str) -> bool:
    """True when ``text`` opens with a letter of a script without capitals (Tamil, Arabic, Thai)."""
    first = text[0]
    return first.isalpha() and not first.isupper() and not first.islower()


def _byline_label_words(lead: str | None) -> bool:
    """True when the words before a byline's preposition name a piece of writing (or there are none)."""
    return lead is None or all(word.casefold() in _BYLINE_LEAD_WORDS for word in lead.split())


#: Elements that break a line of text (the rest, ``<span>``, ``<a>``, ``<meta>``, run inline).
_LINE_BREAKING_TAGS = frozenset(
    "br p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table tbody thead tr td th section article header footer aside "
    "nav main blockquote pre figure figcaption form address hr body html".split()
)
_LINE_START = "\x00"
_LINE_BREAK = "\x01"
_BLANK_LINES = re.compile(r"\x01(?:[ \t\r\n\xa0]*\x01)+")
#: The letters a byline label can start with (a quick test before the patterns above and below).
_LABEL_INITIALS = frozenset("bvoptawrgecsklfuidéBVOPTAWRGECSKLFUIDÉ") | {"l", "L"} | {"ச", "с", "С"}  # Tamil, Mongolian
_TWITTER_AUTHOR_LABEL = re.compile(
    r"^\s*(?:written by|verfasst von|geschrieben von|ditulis oleh|écrit par|escrito por|scritto da|auteur|autor|author)",
    re.IGNORECASE,
)
#: A link to all of a writer's stories, and what may follow it: the name ("Alles von Jana Ulm").
_ALL_STORIES_LINK = re.compile(
    r"(?:(?:view|see|show|read)\s+)?all\s+(?:(?:the|of|her|his|their)\s+)?(?:posts|articles|stories|recipes|columns)"
    r"(?:\s+(?:by|from|of))?|more\s+(?:posts\s+|articles\s+|stories\s+)?(?:by|from)|"
    r"(?:zeige\s+)?alle\s+(?:beiträge|artikel|rezepte|texte)(?:\s+(?:von|des\s+autors|der\s+autorin))?|"
    r"alles\s+von|mehr\s+von|zu\s+allen\s+(?:beiträgen|artikeln|rezepten|texten)(?:\s+\S+){0,3}|"
    r"tous\s+(?:les\s+|ses\s+)?(?:articles|billets)(?:\s+(?:de|par))?|"
    r"todos\s+(?:los\s+|sus\s+)?(?:artículos|articulos)(?:\s+de)?|semua\s+(?:artikel|tulisan|berita)(?:\s+dari)?",
    re.IGNORECASE,
)
#: A class or id word of the post's author box (``_in_author_box``), and how far up it is looked for.
_AUTHOR_BOX_WORD = re.compile(r"(?:author|autor|auteur|penulis)(?:s|en|in)?(?:box|bio|info|card|profile)?$")
MAX_AUTHOR_BOX_DEPTH = 4
#: Words of ``_ALL_STORIES_LINK`` one of which a page's source holds for any such link to be looked for.
_ALL_STORIES_HINT = re.compile(
    r"all\s+(?:(?:the|of|her|his|their)\s+)?(?:posts|articles|stories|recipes|columns)|more\s+(?:\w+\s+)?(?:by|from)|"
    r"alle\s+(?:beiträge|artikel|rezepte|texte)|alles\s+von|mehr\s+von|zu\s+allen|"
    r"tous\s+(?:les\s+|ses\s+)?(?:articles|billets)|todos\s+(?:los\s+|sus\s+)?art|semua\s+(?:artikel|tulisan|berita)",
    re.IGNORECASE,
)
#: The label of a writer's card, alone in its element before the name ("Written by", "Words by",
#: "About the author", "Geschrieben von", "Écrit par", "Escrito por", "Scritto da", "Geschreven
#: door", "Napisane przez", "Ditulis oleh"); not a bare "by": a teaser's in a rail says that too.
_WRITER_CARD_LABEL = re.compile(
    r"^(?:written\s+by|words\s+by|about\s+the\s+author|the\s+author|author|geschrieben\s+von|verfasst\s+von|"
    r"autor(?:in)?|über\s+(?:den\s+autor|die\s+autorin)|écrit\s+par|l'auteur|auteur|escrito\s+por|"
    r"scritto\s+da|autore|geschreven\s+door|napisane\s+przez|ditulis\s+oleh|penulis)\s*:?$",
    re.IGNORECASE,
)
MAX_WRITER_CARD_DEPTH = 3
#: Most elements in a writer's card (more: a list of cards or the page around it).
MAX_WRITER_CARD_ELEMENTS = 60


def _writer_card_label(node: HtmlElement) -> bool:
    """True when a writer card's label stands just before the link ``node``: the element before it
    or one of its nearest wrappers, or the text before it in its own element ("<p>Written by</p><p><a>")."""
    parent = node.getparent()
    if parent is not None and parent.text and _WRITER_CARD_LABEL.match(parent.text.strip()) and parent[0] is node:
        return True
    current = node
    for _ in range(MAX_WRITER_CARD_DEPTH):
        previous = current.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None:  # (with no text between it and the name)
            return (
                not (previous.tail or "").strip()
                and bool(_WRITER_CARD_LABEL.match(normalize_space(previous.text_content())))
                and not _titled_box(current.getparent(), previous)
            )
        current = current.getparent()
        if current is None or (current.text or "").strip():
            return False
    return False


def _titled_box(box: HtmlElement | None, label: HtmlElement) -> bool:
    """True when the card's ``box`` has a heading of its own before its ``label`` ("<h3>Opinion</h3>
    <p>Written by</p><p><a>...", "Columnists", "Our experts"): a section of the site promoting one
    of its writers, not this story's credit."""
    if box is None:
        return False
    for node in box.iter():
        if node is label:
            return False  # (a heading after it names the writer: "<h4><a>Jana Ulm</a></h4>")
        if node.tag in _HEADING_TAGS and not _WRITER_CARD_LABEL.match(normalize_space(node.text_content())):
            return True  # (not the label set as a heading: "<h3>About the author</h3>")
    return False


#: A line that is nothing but a byline label; the name follows on the next line with text, at
#: most this many line breaks further on.
_LABEL_ONLY = re.compile(
    r"^(?:by|von|oleh|par|por|autor|autorin|autoren|author|authors|auteur|autore|verfasser|penulis|reporter|"
    r"wartawan|text|texte|teks)\s*:?$",
    re.IGNORECASE,
)
MAX_LABEL_GAP_LINES = 3
#: How many wrappers a label alone on its line may have before the block that holds the name too.
MAX_LABEL_WRAPPERS = 3
#: Text that may come before a byline's label on its line: the post's date or category ("Posted in
#: <a>Politik</a> by Jana Ulm", "Posted on <time>...</time> by Jana Ulm").
_POSTED_LEAD = re.compile(
    r"^(?:posted|filed|published|written|veröffentlicht|gepostet|abgelegt|erstellt|publié|publicado|diposting)"
    r"\s+(?:in|on|under|am|unter|le|en|el|pada|di|dalam)\b",
    re.IGNORECASE,
)
#: What runs on behind the name in a byline set as a heading: a separator or a date.
#: A web address in a text ("http://ulm-themes.example", "www.ulm-themes.example").
_WEB_ADDRESS = re.compile(r"(?:https?://|\bwww\.)[^\s/|,;()]+", re.IGNORECASE)
#: An author meta that credits the site's design, not a writer ("Peter Amende und Fuchsy designed",
#: "Webdesign: Studio Nord", "Theme by Jana Ulm").
_THEME_CREDIT = re.compile(
    r"\bdesigned\b|\bdesign(?:ed)?\s*(?:by|von|:)|\bweb-?design\b|\btheme\s+(?:by|von)\b|\b(?:developed|powered)\s+by\b",
    re.IGNORECASE,
)
#: Lead words of an interview's byline, and the word before the one interviewed.
_INTERVIEW_LEAD = re.compile(r"\b(?:interview|entretien)\b", re.IGNORECASE)
_INTERVIEWEE = re.compile(r"\s+(?:mit|with|avec|con|met)\s+")
_HEADING_BYLINE_END = re.compile(r"[|·•/]|\d")
_LINE_SEPARATORS = "-–—|·•/"


#: The word before a role and post with no colon ("Penulis Kontributor Bandung, A"; the role alone
#: leaves the label empty).
_ROLE_LEAD_LABEL = re.compile(r"(?:penulis|laporan)$", re.IGNORECASE)
#: The label of an as-told-to essay's credit, which opens sentences too ("As told to Reuters, ...").
_TOLD_TO_LABEL = re.compile(r"as\s+told\s+to$", re.IGNORECASE)
#: Small words between the capitalised words of one or more names ("Jana Ulm and Piet Horn", "Lauren
#: del Valle", "Ahmad bin Ali").
_NAME_PARTICLES = frozenset(
    "and und dan & et y e de da das do dos du del della di van von der den ten ter bin binti al el la le".split()
)


def _names_only(text: str) -> bool:
    """True when ``text`` is names and nothing after them ("Jana Ulm and Piet Horn", "Agus
    Setiawan."): every word capitalised but particles and joiners, no sentence running on ("Rina
    Wulandari, melaporkan antrean ...", "Reuters, the plan is on hold")."""
    words = text.replace(",", " ").strip(" .").split()
    return 0 < len(words) <= 12 and all(w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in words)


#: The labels that also head a field of a fact box ("Writer:" under "Director:" in a film review's,
#: "Journalist:" in a people box): a credit only outside a run of other fields.
_FIELD_CREDIT_LABEL = re.compile(r"(?:words|writer|journalist)\s*:$", re.IGNORECASE)
#: A line that is a field of a box: a short label, a colon, a value ("Runtime: 112 minutes").
_FIELD_LINE = re.compile(r"^(?P<label>[^\W\d_][^\W\d_'’ -]*(?:[ -][^\W\d_]+){0,2})\s*:\s*\S")
#: Fields that credit the story's makers beside its writer ("Words: A" over "Pictures: B"): no fact box.
_MAKER_FIELD = re.compile(
    r"^(?:pictures?|photos?|photography|photographs?|fotos?|bilder|images?|illustrations?|graphics?|"
    r"video|editing|editor|edited by|additional reporting|production|design)$",
    re.IGNORECASE,
)


def _in_fact_box(owner: HtmlElement, line: str) -> bool:
    """True when ``line`` (``owner``'s) has a neighbouring line that is a field of a box and no
    credit ("Director: Marta Vos" / "Writer: Piet Horn" / "Runtime: 112 minutes"): a fact box."""
    block = owner
    while block.tag not in _LINE_BREAKING_TAGS and block.getparent() is not None:
        block = block.getparent()
    container = block.getparent() if block.getparent() is not None else block
    parts: list[str] = []
    for event, el in etree.iterwalk(container, events=("start", "end")):
        if not isinstance(el.tag, str) or el.tag in _NO_TEXT_TAGS:
            if event == "end" and el.tail:
                parts.append(el.tail)
            continue
        if el is not container and el.tag in _LINE_BREAKING_TAGS:
            parts.append(_LINE_BREAK)
        if event == "start":
            parts.append(el.text or "")
        elif el is not container:
            parts.append(el.tail or "")
    lines = [text for part in "".join(parts).split(_LINE_BREAK) if (text := normalize_space(part))]
    index = next((i for i, text in enumerate(lines) if text == line or text.endswith(line)), None)
    if index is None:
        return False
    for neighbour in (lines[index - 1] if index else "", lines[index + 1] if index + 1 < len(lines) else ""):
        field = _FIELD_LINE.match(neighbour) if len(neighbour) <= MAX_BYLINE_CHARS else None
        if field and not _MAKER_FIELD.match(field.group("label")) and not _BYLINE_LINE_LABEL.match(neighbour):
            return True
    return False


def _one_word_handle(text: str) -> bool:
    """True for an account's name: one word of letters and digits that holds both ("delta201"), or
    a capital inside ("harbourGull"); not a word of the language ("nach", "se")."""
    if not text or " " in text or not text.replace("_", "").replace(".", "").isalnum():
        return False
    return (any(ch.isdigit() for ch in text) and not text.isdigit()) or any(ch.isupper() for ch in text[1:])


def _line_from(owner: HtmlElement, node: HtmlElement, is_tail: bool) -> str:
    """The line of text that starts at ``node``'s text (or tail), up to the next ``<br>`` or block
    boundary, across inline elements; empty when other text comes before it on its line (a "von"
    inside a sentence or heading), unless a separator ends that text ("05.02.2020 | Von ...")."""
    block = owner
    while block.tag not in _LINE_BREAKING_TAGS and block.getparent() is not None:
        block = block.getparent()
    # "<h4>Autor</h4><p>Jana Ulm</p>": the name is in the next block; so it is where the label has
    # wrappers of its own ("<div><p><b>By</b></p></div><div><p>Jana Ulm</p></div>").
    for _ in range(MAX_LABEL_WRAPPERS):
        if block.getparent() is None or not _LABEL_ONLY.match(text_of(block)):
            break
        block = block.getparent()
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        if isinstance(el.tag, str) and el.tag not in _NO_TEXT_TAGS:
            breaks = el is not block and el.tag in _LINE_BREAKING_TAGS
            if breaks and el.tag != "br":
                parts.append(_LINE_BREAK)
            if el is node and not is_tail:
                parts.append(_LINE_START)
            parts.append(el.text or "")
            for child in el:
                walk(child)
            if breaks:
                parts.append(_LINE_BREAK)
        if el is not block:
            if el is node and is_tail:
                parts.append(_LINE_START)
            parts.append(el.tail or "")
            if not el.tail and el.getnext() is not None:
                parts.append(ELEMENT_SEAM)  # "<span>By Ann Lee</span><span>Published ...": two words

    walk(block)
    before, _, after = unseamed("".join(parts)).partition(_LINE_START)
    if not _:
        return ""
    # Blank lines (breaks of nested blocks in a row) are no lines.
    after = _BLANK_LINES.sub(_LINE_BREAK, after)
    lead = normalize_space(before.rsplit(_LINE_BREAK, 1)[-1])
    lines = [
        normalize_space(line) for line in after.split(_LINE_BREAK, MAX_LABEL_GAP_LINES + 1)[: MAX_LABEL_GAP_LINES + 1]
    ]
    if lead and not (lead[-1] in _LINE_SEPARATORS or lines[0][:1] in _LINE_SEPARATORS or _POSTED_LEAD.match(lead)):
        return ""
    line = lines[0].lstrip(_LINE_SEPARATORS + " ")
    if _LABEL_ONLY.match(line):
        # A label on a line of its own ("<b>Von:</b><br>Jana Ulm", "<h5>Autor:</h5>Jana Ulm"): the
        # name is the next line with text.
        following = next((text for text in lines[1:] if text), "")
        # A name, or a handle: one word ("by</span><h3><a>delta201</a></h3>").
        return f"{line} {following}" if following[:1].isupper() or _one_word_handle(following) else line
    return line


#: A link to an author's page: the path segment that says so, then the author's slug, a numeric
#: id before or after it at most ("/staff/2648/jana-ulm/", "/author/jana-ulm/2648"); French,
#: Spanish, Italian and Portuguese papers' words too ("/journaliste/jana-ulm/", "/periodista/...").
_AUTHOR_PATH = re.compile(
    r"/(?:author|authors|autor|autoren|autorinnen|auteur|auteurs|autore|autori|penulis|reporter|redakteur|"
    r"journalist|journalisten|writer|writers|staff|columnist|contributor|contributors|profile|profil|"
    r"newsteam|mitarbeiter|journaliste|journalistes|autores|periodista|periodistas|giornalista|giornalisti|"
    r"jornalista|jornalistas)/(?:\d+/)?(?P<slug>[^/?#]+)/?(?:(?<=/)\d+/?)?$",
    re.IGNORECASE,
)
#: (The lookahead holds the words' first letters: of the thousands of "/" in a page's source, most
#: close a tag or start a path none of them begins, and are left at one test instead of one a word;
#: searched in every page's source, 0.23 to 0.15 ms a page.)
_AUTHOR_PATH_HINT = re.compile(
    r"/(?=[acgjmnprsw])(?:author|autor|auteur|penulis|reporter|redakteur|journalist|writer|staff|columnist|"
    r"contributor|profil|newsteam|mitarbeiter|periodista|giornalist|jornalist)",
    re.IGNORECASE,
)


#: Elements of a byline looked at for a role of their own.
MAX_BYLINE_PARTS = 12


def _byline_text(node: HtmlElement) -> str:
    """A byline element's text with a role that stands in an element of its own set off by commas
    ("<a>Lim Kai Wen</a> <span>Transport Correspondent</span>" -> "Lim Kai Wen, Transport
    Correspondent,"), which the name clean-up then drops: its words are the role's, not the name's."""
    text = text_of(node)
    if len(node) == 0:
        return text
    text = seamed_text(node) if len(text) <= MAX_BYLINE_CHARS else text  # "<span>Ann Lee</span><span>May 3"
    text = _before_linked_tail(node, text)
    for part in islice(node.iterdescendants(), MAX_BYLINE_PARTS):
        if not isinstance(part.tag, str) or len(part):
            continue
        role = text_of(part)
        if role and role != text and role_phrase(role):
            text = re.sub(rf"(?<![^\s,]){re.escape(role)}(?![^\s,])", f", {role},", text, count=1)
    return text


def _before_linked_tail(node: HtmlElement, text: str) -> str:
    """A byline's ``text`` up to a separator behind its last link to an author's page, when plain
    text ends it after that ("Written by <a href=/author/ann-lee>Ann Lee</a> | New Delhi": the
    writer's place, no second writer; a second writer would be linked too)."""
    last = None
    for anchor in node.iter("a"):
        if _AUTHOR_PATH.search(_path(anchor.get("href"))):
            last = anchor
    tail = " ".join((last.tail or "").split()) if last is not None else ""
    if not tail or tail[0] not in "|·•" or last.getparent() is not node or last.getnext() is not None:
        return text
    cut = text.rfind(tail)
    return text[:cut].rstrip() if cut > 0 and text[cut:] == tail else text


def _short_text(node: HtmlElement, limit: int) -> str | None:
    """The element's text, whitespace collapsed, or None once it runs past ``limit`` characters
    (read no further: the text of a long block is never joined)."""
    parts: list[str] = []
    length = -1
    for piece in node.itertext(etree.Element):
        piece = normalize_space(piece)
        if piece:
            length += len(piece) + 1
            if length > limit:
                return None
            parts.append(piece)
    return " ".join(parts)


def _in_author_box(node: HtmlElement) -> bool:
    """True when ``node`` or one of its ``MAX_AUTHOR_BOX_DEPTH - 1`` nearest ancestors is classed
    as the post's author box ("author-bio", "teaser-box author", "autor"): a sidebar's card for the
    story's writer, not a widget promoting a columnist."""
    for current in (node, *islice(node.iterancestors(), MAX_AUTHOR_BOX_DEPTH - 1)):
        words = _ascii_words(f"{current.get('class') or ''} {current.get('id') or ''}")
        if any(_AUTHOR_BOX_WORD.match(word) for word in words):
            return True
    return False


def _writer_name(name: str) -> bool:
    """True for a person's full name as the byline clean-up keeps it whole (``about_writer``)."""
    return person_shaped(name) and clean_author_names([name])[0] == [name]


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"[a-z0-9]+", "".join(ch for ch in folded if not unicodedata.combining(ch)))


def _slug_names(slug: str, text: str) -> bool:
    """True when a link's text is the name its address spells: "jana-ulm" or "janaulm" for "Jana Ulm",
    "nils" for "Nils", "juan-carlos-munoz-la-cuarta" for "Juan Carlos Muñoz C."."""
    words = _ascii_words(text)
    slug_words = _ascii_words(unquote(slug))
    if not words or not slug_words or len(words) > MAX_NAME_WORDS_IN_LINK:
        return False
    joined = "".join(slug_words)
    return words[0] in slug_words or joined.startswith(words[0]) and len(words[0]) >= 3


MAX_NAME_WORDS_IN_LINK = 5
#: How many elements of the post author's comment are read for the name it shows.
MAX_COMMENT_ELEMENTS = 60
#: Shortest heading that makes a block a teaser of another story (an author box's "Über den Autor"
#: or "About the author" is shorter; headlines are longer).
MIN_TEASER_HEADING_CHARS = 20
#: How far above a byline a teaser's heading is looked for (levels): a teaser is a small block
#: ("<li><h3><a>...</a></h3><p>Von <a>Jana Ulm</a></p></li>"); a page's wrapper holds every heading.
MAX_TEASER_DEPTH = 4
#: How far above a byline a teaser's headline shown as a plain link is looked for (levels): the
#: list item or card around the byline and its link, no more (a page's wrapper holds every link).
MAX_LINK_TEASER_DEPTH = 2
#: Most links before a byline in a block read as a teaser's card (more: a list of links).
MAX_TEASER_LINKS = 20
#: Fewest words of a plain link read as another story's headline ("Weitere Artikel" is none).
MIN_LINK_TEASER_WORDS = 4
#: What follows a writer's name in the page's source where a co-author's follows it.
# (The name's own element may close first: "Jana Ulm</a> dan <a>Piet Horn"; the local "and" of
# ``intl_credits.split_local_and``; Arabic "و" joined to the next name and its link; "By A with B".)
_COAUTHOR_AFTER = re.compile(
    r"(?:\s*</[a-z]+>)*\s*(?:,|&amp;|&|\band\b|\bwith\b|\bund\b|\bdan\b|\bet\b|\by\b|\be\b|\bat\b|\bvà\b|\bve\b|و)\s*"
    r"(?:<[^>]*>\s*)*(?:[A-ZÀ-ÖØ-ÞĐ]|[\u0600-\u06ff])"
)
#: The text nodes that hold the string ``$name``: ``_coauthor_line`` reads a writer's line up from each.
_HOLDS_TEXT = etree.XPath("//text()[contains(., $name)]")
#: A signature is read on the article's last lines only, and only under a story of some lines.
MAX_SIGNATURE_LINES = 3
#: Marks that open and close a quotation on its own line (``_quotation_signed``).
_OPENING_QUOTES = frozenset("\"'„“”‚‘«»「『")
_CLOSING_QUOTES = frozenset("\"'“”‘’»«」』")
#: An editor's part of a byline after the writer's: "| Editor: Jana Ulm", ", Editor: Jana Ulm",
#: "| Edited by Jana Ulm", "| Penyunting: Jana Ulm" (the cheap test first, on the page's source:
#: ``_editor_cue``, a label and its colon or "by", a tag between them at most).
_EDITOR_MARKS = ("ditor", "DITOR", "enyunting", "ENYUNTING", "edaktur", "EDAKTUR")
_EDITOR_PHRASES = ("dited by", "dited By", "DITED BY", "diting by", "isunting oleh", "iedit oleh")
_AFTER_LABEL = re.compile(r"(?:\s*</[a-z]+>)?\s*:")
#: The pictures' credit behind the writer in a byline ("| Photography by B", "· Fotografer: B").
_PHOTO_PART = re.compile(
    r"(?:^|[|,;/·•]|\s)\s*(?i:photography|photographs|photos?|pictures|images|fotos?|fotografer|fotógrafo|fotografía|"
    r"fotografie|bilder)\s*(?:(?i:by|oleh|von|por|de|par)\s+|[:：]\s*)(?P<names>[^|;·•]{3,80})"
)
#: Only a writing's word and "and" before the pictures' word: "Story and photos by A", "Words and
#: pictures by A", "Text & Fotos: A", "Teks dan foto: A" credit A for both.
_WRITING_AND = re.compile(
    r"\W*(?i:story|text|texts|words|writing|reporting|report|teks|texto|texte|tulisan|berita)\s*"
    r"(?i:and|&|\+|und|dan|et|y|e)\W*$"
)
_EDITOR_PART = re.compile(
    r"(?:^|[|,;/·•]|\s)\s*(?i:editor|penyunting|redaktur|editor\s+in\s+charge)\s*:\s*(?P<names>[^|;·•]{3,80})"
    r"|(?:^|[|,;/·•]|\s)\s*(?i:edited\s+by|editing\s+by|disunting\s+oleh|diedit\s+oleh)\s+(?P<names2>[^|;·•]{3,80})"
)
#: A CMS field's label (Drupal's ``field__label``) and the labels that name a story's source.
_FIELD_LABELS = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' field__label ')]")
_SOURCE_FIELD_LABEL = re.compile(r"^\s*(?i:source|sources|sumber|quelle|fuente|fonte)\s*:?\s*$")
# A field of an image or other media ("field--name-field-image-credit"): its source is the picture's.
_MEDIA_FIELD = re.compile(r"(?i)(?<![^\s_-])(?:image|img|media|photo|foto|picture|video|gallery)(?![^\s_-])")
#: A dashed sign-off under a story: "-- Jana Ulm", "— Jana Ulm", "~ Jana Ulm".
_DASH_SIGN_OFF = re.compile(r"^(?:-{1,2}|–|—|~)\s*(?P<name>[^\W\d_][^-–—~]{2,60})$")
MIN_SIGNED_LINES = 4
#: A quotation's line, an epigraph's shape: it closes with a quote mark.
_QUOTATION_END = re.compile(r"[\"“”’»«][.!?…]?$")
_QUOTE_OPENS = ('"', "“", "”", "‘", "„", "«", "»")
#: Words saying a line quotes a saying or a text whose author it leaves to the line under it:
#: "quoting", "citing", Indonesian and Malay "mengutip", "memetik", "kata pepatah", German
#: "zitiert", Spanish and Portuguese "citando", French "citant".
_QUOTING_WORDS = re.compile(r"(?i)\b(?:quoting|citing|mengutip|memetik|pepatah|zitiert|zitierte|citando|citant)\b")


def _quotation_line(line: str) -> bool:
    """True when the dashed name under ``line`` may be whom it quotes: ``line`` is a quotation
    ("“The sea waits for no one.”") or opens a quote it says it cites ("“...,” the mayor said,
    quoting an old saying"). A paragraph of the story that opens with its speaker's quote ("“We
    reopen in May,” the harbour master said.") is prose: the dashed line under it signs the story."""
    return bool(_QUOTATION_END.search(line)) or (line.startswith(_QUOTE_OPENS) and bool(_QUOTING_WORDS.search(line)))


#: The line a signature follows: a sentence (four words or more, closed by its punctuation).
#: A signature with its source in brackets after the name, alone on the story's last lines
#: ("Minh Anh (theo Reuters)", Vietnamese "according to"; "Jana Ulm (with AFP)", "Minh Anh (Tổng
#: hợp)": compiled); a bracket of one word only when it is an agency ("Jana Ulm (AFP)").
_SOURCED_SIGNATURE = re.compile(
    r"^(?P<name>[^()]{3,60}?)\s*\((?:(?P<lead>theo|tổng\s+hợp|with|avec|mit|dengan|dari|via)\b(?P<source>[^()]{0,60})|"
    r"(?P<agency>[^()\s]{2,12}))\)$",
    re.IGNORECASE,
)
_SIGNED_PROSE = re.compile(r"^\S+(?:\s+\S+){3,}.*[.!?:;…\"“”»«)]$")
#: Elements whose text is no signature: headings, links, list items, captions, buttons.
_NOT_SIGNATURE_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "a", "li", "dt", "dd", "figcaption", "caption", "button", "label", "th"}
)
#: Most values an author meta may have; more are the authors of works a page cites.
MAX_META_AUTHORS = 12
#: Most names a guessed byline may give; more is a list of sections or tags, not of authors.
MAX_GUESSED_AUTHORS = 4
_POST_CLASSES = frozenset(
    {"hentry", "post", "type-post", "single-post", "post-outer", "blog-post", "entry", "article", "story"}
)
#: Elements that may show the headline (``elements_named``'s arguments; as an XPath: "//h1 |
#: //*[@itemprop='headline'] | //h2 | //*[contains(@class, 'title')][self::div or self::span or self::h3]").
_HEADLINE_NODE_ELEMENTS = (frozenset({"h1", "h2"}), frozenset({"div", "span", "h3"}), ("title",), "headline")
#: The union of ``_HEADING_ELEMENTS`` and ``_HEADLINE_NODE_ELEMENTS``, walked once a page.
_HEADLINE_ELEMENTS = (
    frozenset({"h1", "h2"}),
    frozenset({"span", "div", "p", "h2", "h3", "header"}),
    ("headline", "title"),
    "headline",
)
#: Elements read as byline blocks (``_byline_blocks``).
_BYLINE_BLOCK_TAGS = ("div", "span", "p", "section", "address", "li", "header", "footer")
_GENERIC_AUTHOR_SELECTORS = (
    "[itemprop=author] [itemprop=name]",
    ".author .fn",
    ".vcard .fn",
    "[itemprop=author]",
    "a[rel~=author]",
    ".byline .author",
    ".author-name",
    ".byline",
    ".post-author",
    ".entry-author",
    ".article-author",
)

__all__ = ["ArticlePage", "MIN_BODY_WORDS"]
