"""Pages that stand in front of an article or in place of one: a bot check's challenge, a consent
wall, a section front of teasers. Told by their structure (the challenge's form and scripts, the
consent platform's container holding the page's text, prose only under headlines that link other
pages), not by their words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.dates import url_date
from newscrawl.items import count_words

#: Most words of a page, outside a consent platform's elements, that is no article (``base.MIN_BODY_WORDS``).
MAX_WALL_WORDS = 25
#: Most words of a consent dialog (its purposes and partners); a body this long is a story.
MAX_DIALOG_WORDS = 1500
#: Most words of a challenge page (its messages, the host, the vendor's footer); an article is longer.
MAX_CHALLENGE_WORDS = 120

# -- a bot check's challenge page: Cloudflare, DataDome, PerimeterX -------------------------------

#: Element ids of a challenge page's form and messages (Cloudflare's "challenge-form",
#: "challenge-running"; PerimeterX's "px-captcha").
_CHALLENGE_IDS = frozenset({"challenge-form", "challenge-running", "challenge-body-text", "challenge-error-text",
                            "challenge-success-text", "cf-challenge-running", "px-captcha"})  # fmt: skip
#: Scripts only a challenge page loads: Cloudflare's challenge orchestration (not its bot-detection
#: script "/cdn-cgi/challenge-platform/scripts/jsd/", which it adds to ordinary pages), DataDome's
#: captcha.
_CHALLENGE_SCRIPT = re.compile(r"/cdn-cgi/challenge-platform/h/[^/]+/orchestrate/|captcha-delivery\.com/")


def is_challenge(tree: HtmlElement, markers: frozenset[str]) -> bool:
    """True for a bot check's challenge page: one of its form's or message's ids or its script, on a
    page of no more than MAX_CHALLENGE_WORDS words outside scripts."""
    found = any(f"#{ident}" in markers for ident in _CHALLENGE_IDS) or any(
        (src := script.get("src")) and "/c" in src and _CHALLENGE_SCRIPT.search(src) for script in tree.iter("script")
    )
    return found and _words_outside(tree, []) <= MAX_CHALLENGE_WORDS


#: The text a reader sees under an element (no script, style or template text).
_SHOWN_TEXT = etree.XPath(
    "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def _words(node: HtmlElement) -> int:
    return sum(len(text.split()) for text in _SHOWN_TEXT(node))


def _words_outside(tree: HtmlElement, blocks: list[HtmlElement]) -> int:
    """Words of the page's ``<body>`` shown outside ``blocks`` (none of which holds another)."""
    body = tree.find(".//body")
    return _words(body if body is not None else tree) - sum(_words(block) for block in blocks)


# -- a consent wall: the page's text is the consent platform's dialog ------------------------------

#: Class and id words of consent platforms' containers (OneTrust, Didomi, Quantcast's "qc-cmp2",
#: Sourcepoint's "sp_message", Funding Choices' "fc-consent", Cookiebot, Usercentrics). Not "cmp"
#: alone: page builders call their components so ("ls-cmp-wrap").
_CONSENT_HINTS = ("consent", "gdpr", "cookie", "onetrust", "didomi", "qc-cmp2", "sp_message", "usercentrics", "truste")
_CONSENT_WORD = re.compile(
    r"(?:^|[\s_-])(?:consent|gdpr|cookie|cookies|cookiebot|onetrust|didomi|qc-cmp2|sp_message|fc-consent|"
    r"usercentrics|truste)(?:$|[\s_-])",
    re.IGNORECASE,
)


def is_consent_wall(tree: HtmlElement, markers: frozenset[str], paragraphs: list[str]) -> bool:
    """True when the page's text is a consent platform's dialog: the containers whose class or id
    (``markers``: the page's, see ``PageDocument.markers``) is one of ``_CONSENT_WORD`` hold the
    text extracted as the body (``paragraphs``), all but MAX_WALL_WORDS words of it."""
    if count_words(" ".join(paragraphs)) > MAX_DIALOG_WORDS:
        return False  # longer than any consent dialog
    text = "\n".join(markers).casefold()
    if not any(hint in text for hint in _CONSENT_HINTS):
        return False
    classes = [m[1:] for m in markers if m[:1] == "." and _CONSENT_WORD.search(m[1:])]
    ids = [m[1:] for m in markers if m[:1] == "#" and _CONSENT_WORD.search(m[1:])]
    if not (classes or ids) or not paragraphs:
        return False
    tests = [f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in classes if "'" not in c]
    tests += [f"@id = '{i}'" for i in ids if "'" not in i]
    if not tests:
        return False
    blocks = tree.xpath(f"//body//*[{' or '.join(tests)}]")
    if not blocks or any(next(block.iter("article"), None) is not None for block in blocks):
        return False  # (a wrapper of the whole page that a consent script marks, around the article)
    inside = " ".join(_KEY_JUNK.sub(" ", " ".join(block.text_content() for block in blocks).casefold()).split())
    outside = 0
    for line in paragraphs:
        if " ".join(_KEY_JUNK.sub(" ", line.casefold()).split()) not in inside:
            outside += count_words(line)
    return outside <= MAX_WALL_WORDS


_KEY_JUNK = re.compile(r"[\W_]+")


# -- a section front: its prose is the summaries of other pages' stories ----------------------------

#: A paragraph this long (characters) is prose (``base.MIN_PROSE_CHARS``); a headline of at least
#: this many words is a story's headline; its link holds at least this share of the heading's text.
MIN_PROSE_CHARS = 150
MIN_HEADLINE_WORDS = 3
MIN_HEADLINE_LINK_SHARE = 0.8
#: Most paragraphs of prose of a teaser's summary; more under one linked headline are a post (a blog
#: theme links each post's title to its permalink).
MAX_SUMMARY_PARAGRAPHS = 2
_HEADINGS = ("h1", "h2", "h3", "h4")


def _path_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")


def _teaser_heading(heading: HtmlElement, base: str, own: set[tuple[str, str]]) -> bool:
    """True when ``heading`` is a story's headline that links another page of the site."""
    text = " ".join(heading.text_content().split())
    if len(text.split()) < MIN_HEADLINE_WORDS:
        return False
    for anchor in heading.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        link_text = " ".join(anchor.text_content().split())
        if len(link_text) < MIN_HEADLINE_LINK_SHARE * len(text):
            continue
        target = _path_key(urljoin(base, href))
        if target[0] == _path_key(base)[0] and target not in own and target[1]:
            return True
    return False


def is_section_front(tree: HtmlElement, url: str, own_urls: tuple[str, ...] = ()) -> bool:
    """True when every paragraph of prose on the page sits under a headline that links another page
    of the site, at most MAX_SUMMARY_PARAGRAPHS under each (a section front's lead story and its
    summary, a list of teasers) or whole posts under two or more (a Blogger label page), and one does.
    An article's prose sits under its own headline, which links nowhere or to itself (``url``,
    ``own_urls``: its canonical address)."""
    own = {_path_key(u) for u in (url, *own_urls) if u}
    last: HtmlElement | None = None
    under = 0  # paragraphs of prose under the last heading
    teased = 0
    full_posts = 0  # linked headlines with more prose under them than a summary
    for node in tree.iter(*_HEADINGS, "p"):
        if node.tag != "p":
            last, under = node, 0
            continue
        if (
            len(" ".join(node.text_content().split())) < MIN_PROSE_CHARS
            or next(node.iterancestors("a"), None) is not None
        ):
            continue
        under += 1
        if last is None or not _teaser_heading(last, url, own):
            return False  # the page's own prose
        full_posts += under == MAX_SUMMARY_PARAGRAPHS + 1
        teased += 1
    # One whole post under a title that links its permalink is that post's page (a blog theme links
    # each post's title); two or more are a label's or an archive's listing of whole posts (review rv21).
    return teased > 0 and full_posts != 1


# -- a topic's page: the topic's name, a short intro, then dated cards of other pages' stories --------

#: Most words of a topic's name heading its page ("Banjir Jakarta", "Climate change"); a story's
#: headline says more.
MAX_TOPIC_NAME_WORDS = 5
#: Most paragraphs of a topic page's intro between its name and its story cards.
MAX_TOPIC_INTRO_PARAGRAPHS = 3
#: Most words of that intro: a longer text is the page's own (a glossary entry over its blog's posts).
MAX_TOPIC_INTRO_WORDS = 120
#: Fewest story cards, each with its own date, under the intro.
MIN_TOPIC_CARDS = 3
#: Most headings read for cards (a longer page is read by the other checks).
MAX_CARD_HEADINGS = 200


def is_topic_page(
    tree: HtmlElement,
    url: str,
    own_urls: tuple[str, ...] = (),
    dated: Callable[[str], bool] = lambda _: False,
    related: Callable[[HtmlElement], bool] = lambda _: False,
    related_heading: Callable[[str], bool] = lambda _: False,
) -> bool:
    """True for a topic's or a tag's page with an intro (review rv32): the page's one ``<h1>`` is a
    name of at most MAX_TOPIC_NAME_WORDS words that links nowhere; under it at most
    MAX_TOPIC_INTRO_PARAGRAPHS paragraphs and MAX_TOPIC_INTRO_WORDS words with no date in them or
    beside them (``dated``: a text shows a date); then at least MIN_TOPIC_CARDS cards, each a headline linking another page of
    the site with a date of its own (a ``<time>`` or a ``dated`` text), and no prose outside them.
    An article's related cards come after its own headline, date and story; cards that all sit in a
    block ``related`` names (a related-posts box, not one that holds the name too) are an article's
    when the page shows a story of its own (a paragraph of prose outside the cards) or the box a
    heading ``related_heading`` reads as a related-posts label, and the address is no topic's
    (``topic_address``): a topic page's own list sits in a "more-stories" box too."""
    if any(story_address(u) for u in (url, *own_urls) if u):
        return False  # a story's own address: a date, an id or a headline's slug in it
    names = [h for h in tree.iter("h1") if h.text_content().strip()]
    if len(names) != 1:
        return False
    name = names[0]
    own = {_path_key(u) for u in (url, *own_urls) if u}
    if len(name.text_content().split()) > MAX_TOPIC_NAME_WORDS or _links_away(name, url, own):
        return False
    headings = [h for h in tree.iter(*_HEADINGS[1:]) if _links_away(h, url, own)]
    if len(headings) < MIN_TOPIC_CARDS or len(headings) > MAX_CARD_HEADINGS:
        return False
    order = {node: i for i, node in enumerate(tree.iter())}
    start = order[name]
    headings = [h for h in headings if order[h] > start]
    cards = [_card_of(h, headings) for h in headings]
    if len(cards) < MIN_TOPIC_CARDS or any(order[card] <= start for card in cards):
        return False  # a card holding the name: the whole page is one block
    around_name = set(name.iterancestors())
    boxes = [
        next((n for n in (card, *card.iterancestors()) if n not in around_name and related(n)), None) for card in cards
    ]
    if None not in boxes and not any(topic_address(u) for u in (url, *own_urls) if u):
        in_card = set().union(*(set(card.iter()) for card in cards))
        own_prose = any(
            order[node] > start
            and node not in in_card
            and len(" ".join(node.text_content().split())) >= MIN_PROSE_CHARS
            for node in tree.iter("p")
        )
        labels = [h for box in set(boxes) for h in (box, box.getprevious()) if h is not None]
        labelled = any(
            related_heading(h.text_content())
            for node in labels
            for h in node.iter(*_HEADINGS[1:], "h5", "h6")
            if h not in in_card
        )
        if own_prose or labelled:
            return False  # a story's "Related" box under a short brief (R57), not a topic's own list
    dated_cards = 0
    for heading, card in zip(headings, cards, strict=True):
        own_text = " ".join(card.text_content().replace(heading.text_content(), " ", 1).split())
        dated_cards += next(card.iter("time"), None) is not None or dated(own_text)
    if dated_cards < MIN_TOPIC_CARDS:
        return False
    first = min(order[card] for card in cards)
    intro = words = 0
    in_card = set().union(*(set(card.iter()) for card in cards))
    for node in tree.iter():
        index = order[node]
        if index <= start or node in in_card or not isinstance(node.tag, str):
            continue
        if index < first:
            if dated(" ".join(f"{node.text or ''} {node.tail or ''}".split())) or node.tag == "time":
                return False  # the intro's own date: a story's
            if node.tag == "p" and (text := node.text_content().split()):
                intro += 1
                words += len(text)
        elif node.tag == "time":
            return False  # a date outside the cards: the page's own
        elif node.tag == "p" and len(" ".join(node.text_content().split())) >= MIN_PROSE_CHARS:
            return False  # prose after the cards, outside them: a story's
    return intro <= MAX_TOPIC_INTRO_PARAGRAPHS and words <= MAX_TOPIC_INTRO_WORDS


#: Fewest digits of a story's id in its address ("/news/482913", "/a-1234567.html").
MIN_STORY_ID_DIGITS = 5
#: Fewest words of a slug that is a story's headline ("/ferry-strike-ends-after-vote"); a topic's
#: name is shorter ("/topic/river-floods").
MIN_STORY_SLUG_WORDS = 4
_STORY_ID = re.compile(rf"\d{{{MIN_STORY_ID_DIGITS},}}")
_SLUG_WORD = re.compile(r"[^\W\d_]+")


def story_address(url: str) -> bool:
    """True when ``url``'s path is a story's: a date in it (``/2025/05/01/``), an id of
    MIN_STORY_ID_DIGITS digits or more, or a last segment that is a slug of MIN_STORY_SLUG_WORDS
    words or more (review R57: a short brief's page with three dated related cards)."""
    path = urlsplit(url).path
    if url_date(url) is not None or _STORY_ID.search(path):
        return True
    segments = [part for part in path.split("/") if part]
    if not segments:
        return False
    last = re.sub(r"\.[a-z]{2,5}$", "", segments[-1].lower())
    words = [part for part in re.split(r"[-_+]+", last) if part]
    return sum(bool(_SLUG_WORD.fullmatch(word)) for word in words) >= MIN_STORY_SLUG_WORDS


#: Path segments of a topic's, a tag's or a category's page ("/topic/storms", "/tag/banjir", "/tema/...").
_TOPIC_SEGMENTS = frozenset(
    {"topic", "topics", "tag", "tags", "category", "categories", "kategori", "topik", "tema", "temas", "thema",
     "themen", "label", "labels", "subject", "subjects"}
)  # fmt: skip


def topic_address(url: str) -> bool:
    """True when a segment of ``url``'s path before its last names a topic's, a tag's or a category's page."""
    segments = [part.lower() for part in urlsplit(url).path.split("/") if part]
    return any(part in _TOPIC_SEGMENTS for part in segments[:-1])


def _links_away(heading: HtmlElement, base: str, own: set[tuple[str, str]]) -> bool:
    """True when ``heading`` is a headline that links another page of the site, by a link inside it
    or one around it (``<a href><h3>...</h3></a>``)."""
    if _teaser_heading(heading, base, own):
        return True
    anchor = next(heading.iterancestors("a"), None)
    if anchor is None or len(heading.text_content().split()) < MIN_HEADLINE_WORDS:
        return False
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    target = _path_key(urljoin(base, href))
    return target[0] == _path_key(base)[0] and target not in own and bool(target[1])


def _card_of(heading: HtmlElement, headings: list[HtmlElement]) -> HtmlElement:
    """The largest element around ``heading`` that holds no other of ``headings``: its card."""
    others = set(headings) - {heading}
    node = heading
    while (parent := node.getparent()) is not None and parent.tag not in ("body", "html"):
        if any(h in others for h in parent.iter(*_HEADINGS[1:])):
            break
        node = parent
    return node


# -- a site search's page: the query's name, then a list of result cards ---------------------------

#: The start of a heading or a title part that names a site search's results, in the languages the
#: crawl meets: "Search results for ...", "12 search results", "You searched for", "Hasil
#: pencarian untuk ...", "Hasil carian", "Résultats de recherche", "Suchergebnisse" ... Anchored: a
#: headline that speaks of search results in a sentence names no search.
_SEARCH_HEADING = re.compile(
    r"\W*(?:\d[\d.,]*\s+)?(?:search\s+results?\b|results?\s+of\s+(?:your\s+)?search\b|you\s+searched\s+for\b|"
    r"showing\s+(?:search\s+)?results\s+for\b|hasil\s+(?:pencarian|penelusuran|carian|cari)\b|"
    r"keputusan\s+carian\b|r[ée]sultats?\s+(?:de\s+(?:la\s+|votre\s+)?recherche|pour\s+la\s+recherche)\b|"
    r"suchergebnisse|ergebnisse\s+der\s+suche\b|resultados?\s+(?:de\s+(?:la\s+|su\s+)?b[úu]squeda|"
    r"da\s+(?:pesquisa|busca))\b|risultati\s+(?:della\s+)?ricerca\b|zoekresultaten|wyniki\s+wyszukiwania\b|"
    r"arama\s+sonu[çc]lar[ıi]|s[öo]kresultat|s[øo][gk]eresultat|результаты\s+поиска|"
    r"kết\s+quả\s+tìm\s+kiếm|نتائج\s+البحث|搜索结果|搜尋結果|検索結果|검색\s*결과)",
    re.IGNORECASE,
)
#: Separators of a title's parts ("Hasil pencarian: beras - Site", "beras | Search results | Site").
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\-\u00bb\u00b7]+\s+|\s*[|\u00bb\u00b7]\s*")
#: Path segments of a site search's address ("/search?q=", "/cari/beras", "/pencarian?keyword=").
_SEARCH_SEGMENTS = frozenset(
    {"search", "searches", "cari", "pencarian", "carian", "recherche", "suche", "buscar", "busca", "busqueda",
     "pesquisa", "ricerca", "zoeken", "szukaj", "arama", "sok", "soeg", "haku"}
)  # fmt: skip
#: Query keys that carry a search's words on the site's root path (WordPress's "/?s=").
_SEARCH_KEYS = frozenset({"s", "q", "query", "search", "keyword", "keywords"})
#: Fewest result cards: links of headline length to other pages of the site, each in a card of its own.
MIN_RESULT_CARDS = 2
#: Elements whose links are the page's chrome, not results.
_CHROME_TAGS = ("nav", "header", "footer", "aside", "form")


def search_address(url: str) -> bool:
    """True when ``url`` is a site search's: a segment of its path names a search ("/search",
    "/cari"), or its root path carries a search's query ("/?s=words", "/?q=words")."""
    parts = urlsplit(url)
    segments = [part.lower() for part in parts.path.split("/") if part]
    if any(re.sub(r"\.[a-z]{2,5}$", "", part) in _SEARCH_SEGMENTS for part in segments):
        return True
    keys = {pair.split("=", 1)[0].lower() for pair in parts.query.split("&") if "=" in pair}
    return not segments and bool(keys & _SEARCH_KEYS)


def is_search_page(
    tree: HtmlElement,
    url: str,
    own_urls: tuple[str, ...] = (),
    foreign: Callable[[HtmlElement], bool] = lambda _: False,
) -> bool:
    """True for a site search's page of results (review rv34): its ``<h1>`` (else its title) opens
    with a search's name (``_SEARCH_HEADING``, any language listed) or its address is a search's
    (``search_address``); after that heading at least MIN_RESULT_CARDS cards, each holding a link of
    MIN_HEADLINE_WORDS words or more to another page of the site (outside the page's menus, header,
    footer, sidebars and the blocks ``foreign`` names), and no paragraph of prose outside them (a
    ``<p>``, or the own text of any other element: a story set in a ``<div>`` with ``<br>``): a
    list of results, no story. A story that speaks of search results has its prose."""
    headings = [h for h in tree.iter("h1") if h.text_content().strip()]
    name = headings[0] if headings else None
    title = tree.find(".//title")
    named = bool(_SEARCH_HEADING.match(" ".join(name.text_content().split()))) if name is not None else False
    if not named and name is None and title is not None:
        named = any(_SEARCH_HEADING.match(part) for part in _TITLE_SEPARATORS.split(title.text_content().strip()))
    if not named and not any(search_address(u) for u in (url, *own_urls) if u):
        return False
    body = tree.find(".//body")
    if body is None:
        return False
    own = {_path_key(u) for u in (url, *own_urls) if u}
    site = _path_key(url)[0]
    order = {node: i for i, node in enumerate(body.iter())}
    start = order.get(name, -1) if name is not None else -1
    results: dict[HtmlElement, tuple[str, str]] = {}
    for anchor in body.iter("a"):
        if order[anchor] <= start or len(anchor.text_content().split()) < MIN_HEADLINE_WORDS:
            continue
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = _path_key(urljoin(url, href))
        if target[0] != site or target in own or not target[1]:
            continue
        if any(a.tag in _CHROME_TAGS or foreign(a) for a in anchor.iterancestors()):
            continue
        results[anchor] = target
    # The targets of the results under each element, two at most: a card holds one target.
    targets_under: dict[HtmlElement, set[tuple[str, str]]] = {}
    for anchor, target in results.items():
        for ancestor in anchor.iterancestors():
            if ancestor is body:
                break
            held = targets_under.setdefault(ancestor, set())
            if len(held) >= 2:
                break  # (and so do the elements above it)
            held.add(target)
    cards = set()
    for anchor in results:
        node = anchor
        while (parent := node.getparent()) is not None and parent is not body and len(targets_under[parent]) < 2:
            node = parent
        cards.add(node)
    if len(cards) < MIN_RESULT_CARDS:
        return False
    in_card = set().union(*(set(card.iter()) for card in cards))
    for node in body.iter():
        if not isinstance(node.tag, str) or order[node] <= start or node in in_card or node.tag in _CHROME_TAGS:
            continue
        # The element's own text (a <div>'s lines between <br>s), not its children's nor a card's tail.
        own = " ".join(" ".join([node.text or "", *(c.tail or "" for c in node if c not in in_card)]).split())
        if node.tag == "p":
            own = " ".join(node.text_content().split())
        if len(own) >= MIN_PROSE_CHARS and not any(a.tag in _CHROME_TAGS or foreign(a) for a in node.iterancestors()):
            return False  # a story's prose
    return True


# -- a page that is no story: a Google Web Story, a live match centre --------------------------------

#: JSON-LD types of a sports event's page (a live score, a match centre).
EVENT_TYPES = frozenset({"SportsEvent"})


def is_web_story(tree: HtmlElement) -> bool:
    """True for a Google Web Story: the page's ``<body>`` holds an ``<amp-story>`` as its root
    element (slides of pictures and captions, not a story's text; its JSON-LD still says Article)."""
    if tree.get("amp") is None and tree.get("⚡") is None:
        return False  # a Web Story is an AMP document (``<html amp>``)
    body = tree.find("body")
    return body is not None and body.find("amp-story") is not None


#: A sports event's page with this much sentence-ended prose (paragraphs of at least
#: ``MIN_REPORT_PARAGRAPH_CHARS`` characters, ``MIN_REPORT_PARAGRAPHS`` of them, at least
#: ``MIN_REPORT_PROSE_CHARS`` in all) is a match report told in short paragraphs, not a live score.
#: A live commentary's entry that opens with the minute ("23' A long ball ...") is no report's prose.
MIN_REPORT_PARAGRAPHS = 3
MIN_REPORT_PARAGRAPH_CHARS = 60
MIN_REPORT_PROSE_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")
_MATCH_MINUTE = re.compile(r"[-•*\s]*\d{1,3}(?:\s*\+\s*\d{1,2})?\s*(?:['’′]|min\b|menit\b)", re.IGNORECASE)


def is_event_page(
    ld_types: set[str] | frozenset[str], article_ld: bool, og_type: str, paragraphs: list[str], bylined: bool = False
) -> bool:
    """True for a sports event's page (a live score): JSON-LD describes the event and no article,
    the page's Open Graph type is not an article's, no writer signs it (``bylined``: an author or a
    dated byline) and its text (``paragraphs``) holds little prose: no paragraph of MIN_PROSE_CHARS,
    nor a match report's short sentence-ended paragraphs (score lines, line-ups, a table). A live
    commentary's prose is read as a text, as a live blog is."""
    if bylined or not EVENT_TYPES & set(ld_types) or article_ld or "article" in og_type:
        return False
    if any(len(p) >= MIN_PROSE_CHARS for p in paragraphs):
        return False
    prose = [
        p
        for p in paragraphs
        if len(p) >= MIN_REPORT_PARAGRAPH_CHARS and _SENTENCE_END.search(p) and not _MATCH_MINUTE.match(p)
    ]
    return len(prose) < MIN_REPORT_PARAGRAPHS or sum(map(len, prose)) < MIN_REPORT_PROSE_CHARS


# -- a video's or a podcast episode's page: a player and its caption ----------------------------------

#: JSON-LD types of a page whose item is a recording (a video, a podcast episode), not a text.
MEDIA_TYPES = frozenset({"VideoObject", "AudioObject", "PodcastEpisode", "RadioEpisode"})
#: Elements that play a recording on the page.
_PLAYER_TAGS = ("video", "audio", "amp-video", "amp-audio")
#: An ``<iframe>`` address that plays a recording hosted elsewhere: a YouTube or Vimeo player.
_EMBEDDED_PLAYER = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:youtube(?:-nocookie)?\.com/embed/|player\.vimeo\.com/video/)", re.I
)
#: Fewest words of a story's text (``base.MIN_BODY_WORDS``): a recording's page shows fewer outside its
#: links (menus, lists of other videos), its headline and its line of date and length: a caption of a
#: sentence or two (review rv27). A story's text, a short brief's with a video or a "read aloud" player
#: included, is longer (review R43: 37 and 40 words): the page is refused as media only when it would
#: be refused as too short anyway.
MAX_CAPTION_WORDS = 24
#: The text a page shows outside links and form controls (a broken page's unclosed <header> or <nav>
#: may hold all of it: their text counts), its headline and its dates.
_OWN_TEXT = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
    " or ancestor::a or ancestor::button or ancestor::select or ancestor::label or ancestor::h1"
    " or ancestor::time)]"
)
#: A short line of a date or a length (``26 November 2026 · 1:42``): a year or a clock in it.
_DATE_LINE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b")
#: Most words of a line of date and length.
_MAX_DATE_LINE_WORDS = 8


def _caption_words(tree: HtmlElement, most: int | None = None) -> int:
    """The words of ``_OWN_TEXT`` outside a short line that holds a date or a length; counted up
    to the first text past ``most`` words when given (a page's whole text is no caption: the
    line of each of its texts was read, ~1 ms a page of news). A text of blanks adds none: its
    line is not read."""
    words = 0
    for text in _OWN_TEXT(tree):
        own = count_words(str(text))
        if not own:
            continue
        parent = text.getparent()
        if parent is not None and text.is_tail:
            parent = parent.getparent()
        line = parent.text_content() if parent is not None else str(text)
        if count_words(line) <= _MAX_DATE_LINE_WORDS and _DATE_LINE.search(line):
            continue
        words += own
        if most is not None and words > most:
            break
    return words


def _in_text_column(player: HtmlElement) -> bool:
    """True for an ``<audio>`` under the page's headline: a player that reads the text aloud, not
    the page's own recording, which stands above its title (review R43: a brief's "Artikel anhören")."""
    if player.tag not in ("audio", "amp-audio"):
        return False
    for el in player.getroottree().getroot().iter():
        if el is player:
            return False
        if el.tag == "h1":
            return True
    return False


def is_media_page(tree: HtmlElement, ld_types: set[str] | frozenset[str], og_type: str) -> bool:
    """True for the page of a video or a podcast episode: it plays one (a ``<video>`` or
    ``<audio>`` element or a YouTube or Vimeo ``<iframe>`` outside a sidebar or footer, JSON-LD
    describing a recording, an Open Graph type of ``video.*`` or ``music.*``; an ``<audio>`` under the headline
    reads the text aloud) and shows no more than MAX_CAPTION_WORDS words outside its headline, its date line and its
    links (``_OWN_TEXT``): a title, a date and a caption, no story. The caller has checked that the
    page does not call itself an article."""
    if not (
        MEDIA_TYPES & set(ld_types)
        or og_type.startswith(("video", "music"))
        or any(
            (p.tag != "iframe" or _EMBEDDED_PLAYER.search(p.get("src") or p.get("data-src") or ""))
            and next(p.iterancestors("aside", "footer"), None) is None
            and not _in_text_column(p)
            for p in tree.iter(*_PLAYER_TAGS, "iframe")
        )
    ):
        return False
    return _caption_words(tree, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS
