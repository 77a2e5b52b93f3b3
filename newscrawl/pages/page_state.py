"""An article's body from a client-rendered page's state (``<script id="__NEXT_DATA__">``, or Arc
XP's ``Fusion.globalContent={...}`` assignment), for pages whose HTML holds only a skeleton (or a
first paragraph) until JavaScript runs.

The state is the page's props as JSON; where the body sits in it is each site's own choice
(``props.pageProps.article.body``, ``...story.content``). It is found by its shape: of every
string and every list of strings (or of blocks holding a ``text``/``content``/``html`` string;
in a list of typed blocks, ``{"type": ...}``, the blocks with no text, a picture or an embed, are
stepped over, and so is every block not of a text type when some are), the one with the most paragraph-shaped text (a sentence's end, at least ``MIN_PARAGRAPH_CHARS``)
is the body. A string holding HTML is read as HTML. An Arc story's own ``content_elements`` (text
blocks only) come first; keys of other stories' teasers (``related_content``, ``promo_items``)
are never searched.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

_STATE_IDS = ("__NEXT_DATA__", "__NUXT_DATA__")
MIN_PARAGRAPH_CHARS = 60
_SENTENCE_END = re.compile(r"[.!?。！？…\"'”»]\s*$|[.!?。！？]\s")
_TEXT_KEYS = ("text", "content", "html", "value", "body", "paragraph")
#: Any tag (``<p>``, ``<a href=...>``, ``</b>``): a string holding one is read as HTML.
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
#: Most characters outside its links of a block that is a lead-in label and a link ("READ MORE:").
_MAX_LABEL_CHARS = 40
_MAX_DEPTH = 40
#: Arc XP's assignment of the page's content in a script.
_FUSION_CONTENT = re.compile(r"\bFusion\.globalContent\s*=\s*(?=\{)")
#: Types of a typed block (``{"type": ...}``) that hold the story's own text; Arc's list holds
#: its items' text in ``items``.
_TEXT_TYPES = frozenset({"text", "header", "heading", "paragraph", "p", "quote", "blockquote", "list", "list_item"})
#: Types of a typed block that hold no story text: a picture, an embed, a link to another story.
_OTHER_TYPES = frozenset(
    {"interstitial_link", "raw_html", "oembed", "custom_embed", "image", "video", "gallery", "table", "divider"}
)
#: Keys holding other stories' teasers (Arc's ``related_content``, ``promo_items``): never the body.
_TEASER_KEY = re.compile(r"related|promo|teaser|recommend|more_stories|read_more", re.IGNORECASE)


def _paragraph_shaped(text: str) -> bool:
    return len(text) >= MIN_PARAGRAPH_CHARS and bool(_SENTENCE_END.search(text))


def _block_text(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        kind = item.get("type")
        if isinstance(kind, str) and kind.lower() in _OTHER_TYPES:
            return None
        if isinstance(item.get("items"), list) and kind in ("list", "list_item"):
            items = [_block_text(part) for part in item["items"]]
            return "\n".join(text for text in items if text) or None
        for key in _TEXT_KEYS:
            value = item.get(key)
            if isinstance(value, str):
                return value
    return None


def _promo(fragment: str) -> bool:
    """True for a block that is a lead-in label and a link to another story ("<b>READ MORE:</b>
    <a href=...>...</a>", "Baca juga: <a>...</a>"), as the cleaning rules know such lines."""
    from lxml import etree
    from lxml import html as lxml_html

    from newscrawl.pages.cleaning import is_boilerplate_line

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, TypeError):
        return False
    links = root.findall(".//a")
    if not links:
        return False
    text = " ".join(root.text_content().split())
    outside = len(text) - sum(len(" ".join(link.text_content().split())) for link in links)
    return outside <= _MAX_LABEL_CHARS and is_boilerplate_line(text)


def _split(text: str) -> list[str]:
    if _TAG.search(text):
        from newscrawl.pages.body import from_fragment

        try:
            return [] if _promo(text) else from_fragment(text, [])[0]
        except Exception:  # noqa: BLE001 - a bad fragment gives nothing
            return []
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n|\n", text) if part.strip()]


def _candidates(value: Any, depth: int = 0) -> list[list[str]]:
    """Every string and list of text blocks under ``value``, each as its paragraphs."""
    if depth > _MAX_DEPTH:
        return []
    found: list[list[str]] = []
    if isinstance(value, str):
        if len(value) >= MIN_PARAGRAPH_CHARS:
            found.append(_split(value))
    elif isinstance(value, list):
        texts = [_block_text(item) for item in value]
        items = value
        if texts and all(isinstance(item, dict) and "type" in item for item in value):
            kinds = [str(item["type"]).lower() for item in value]
            if any(kind in _TEXT_TYPES for kind in kinds):
                # Beside text blocks, a block of another type ("editorsPick") is not the story's.
                texts = [text if kind in _TEXT_TYPES else None for text, kind in zip(texts, kinds, strict=True)]
                items = [item for item, kind in zip(value, kinds, strict=True) if kind in _TEXT_TYPES]
            texts = [text for text in texts if text is not None]  # typed blocks: pictures, embeds step out
        if texts and all(text is not None for text in texts):
            found.append([p for text in texts for p in _split(text or "")])
        for item in items:
            found += _candidates(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not (isinstance(key, str) and _TEASER_KEY.search(key)):
                found += _candidates(item, depth + 1)
    return found


def _own_elements(state: Any) -> list[str]:
    """The paragraphs of an Arc story's own ``content_elements`` (text blocks only), or ``[]``."""
    elements = state.get("content_elements") if isinstance(state, dict) else None
    if not isinstance(elements, list) or state.get("type") not in (None, "story"):
        return []
    texts = [
        _block_text(item)
        for item in elements
        if isinstance(item, dict) and str(item.get("type", "")).lower() in _TEXT_TYPES
    ]
    return [p for text in texts if text for p in _split(text) if p]


def _score(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs if _paragraph_shaped(p))


#: Characters of the shown text whose words are looked for in a state script before it is parsed.
PROBE_CHARS = 60
_PROBE_RUN = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)+")


def _probe(text: str) -> re.Pattern[str] | None:
    """A pattern of the first run of plain words (up to ``PROBE_CHARS``, at least a third of it)
        in ``text``, or None when it has none (escapes in the script could hide other letters); between
    the words the script may hold tags (a link) or escaped line breaks."""
    run = _PROBE_RUN.search(text[: PROBE_CHARS * 2])
    words = run.group(0)[:PROBE_CHARS].split()[:-1] if run else []
    if sum(len(word) + 1 for word in words) < PROBE_CHARS // 3:
        return None
    return re.compile(r"(?:\s|\\[nrt]|\\?<[^<>]*>)+".join(map(re.escape, words)))


def state_paragraphs(tree: HtmlElement | None, shown: str = "") -> list[str]:
    """The body's paragraphs in the page's state script, or ``[]``. With ``shown`` (the text the
    page shows), a script that does not hold its first words is not parsed."""
    if tree is None:
        return []
    probe = _probe(shown) if shown else None
    for script in tree.iter("script"):
        if not script.text:
            continue
        if probe is not None and not probe.search(script.text):
            continue
        try:
            if script.get("id") in _STATE_IDS:
                state = json.loads(script.text)
            elif match := _FUSION_CONTENT.search(script.text):
                state, _ = json.JSONDecoder().raw_decode(script.text, match.end())
            else:
                continue
        except (ValueError, RecursionError):
            continue
        own = _own_elements(state)
        if _score(own):
            return own
        try:
            candidates = _candidates(state.get("props", state) if isinstance(state, dict) else state)
        except RecursionError:
            continue
        best = max(candidates, key=_score, default=[])
        if _score(best):
            return [p for p in best if p]
    return []
