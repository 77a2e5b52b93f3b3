"""Parts of a headline element that its text alone tells wrong (F15A).

- An emoji set as an image (WordPress writes each emoji as ``<img class="emoji" alt="🔥">``) is part
  of the headline as shown: its ``alt`` stands for it.
- An element at the headline's end that the page's other titles (og:title, ``<title>``) leave out
  is a badge beside the headline ("<h1>Headline <span>Premium</span></h1>"), no part of it: told by
  comparison with those titles (``_title_from_page``), not by its words.
- A short heading whose every word a longer title holds ("<h1>Design</h1>" under "<title>Professional
  Design for Companies | Site") is the page's own heading, the title written around it for search
  engines (``words_held``); a section label the title holds is a whole segment of it, read before.
- A title cut at a length limit without an ellipsis (JSON-LD's ``headline`` at Google's 110
  characters, a share title at the length a plugin allows) is read whole from a title that goes on
  where it stops (``completed``).
- A date stamp that opens a headline before a separator ("23.01.2022 - Headline", as some club and
  event sites set the day before every headline) is the story's date, no part of its headline
  (``without_date_stamp``), when it is the page's publication day (``stamp_days``): another day is
  the headline's subject ("11.9.2001 - Der Tag, der die Welt veränderte").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from copy import deepcopy
from datetime import date

from lxml.html import HtmlElement

from newscrawl.pages.document import text_of

#: Longest alt text read as an emoji (a flag, a family joined with zero-width joiners).
MAX_EMOJI_CHARS = 8
#: Characters an emoji sequence holds besides symbols: zero-width joiner, variation selectors.
_EMOJI_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")
#: Most words of a badge ("Premium", "Members only", "Exclusive").
MAX_BADGE_WORDS = 2
#: Shortest headline left once an end element is cut off.
MIN_CUT_HEADLINE_CHARS = 12
#: Shortest word read as another's inflection or a compound's end ("Nachhaltig" in "Nachhaltiger",
#: "Geschichte" in "Chorgeschichte"); shorter ones start or end too many unrelated words.
MIN_STEM_CHARS = 5
_NOT_WORD = re.compile(r"[\W_]+")
#: Fewest characters of a title cut at a word's end for a title that goes on with more words (no
#: separator, no subtitle: "Headline – Subtitle" is a title of its own) to be read as its whole:
#: plugins cut JSON-LD's headline at 110 characters (Google's limit) and share titles at 60-100;
#: a headline of a few words is not cut where another title adds to it ("Pier closes" in "Pier
#: closes in May").
MIN_LIMIT_CUT_CHARS = 60


def emoji_alt(alt: str | None) -> bool:
    """True for an image's alt text that is an emoji and nothing else ("🔥", "🇩🇪", "👍🏽")."""
    if not alt or len(alt) > MAX_EMOJI_CHARS:
        return False
    return all(unicodedata.category(ch) in ("So", "Sk") or ch in _EMOJI_JOINERS for ch in alt) and any(
        unicodedata.category(ch) == "So" for ch in alt
    )


def with_emoji_text(node: HtmlElement) -> HtmlElement | None:
    """A copy of ``node`` whose emoji images are their alt texts, or None when it holds none."""
    if next(node.iter("img"), None) is None:
        return None
    if not any(emoji_alt(img.get("alt")) for img in node.iter("img")):
        return None
    copy = deepcopy(node)
    for img in list(copy.iter("img")):
        alt = img.get("alt")
        if emoji_alt(alt):
            img.tail = f"{alt}{img.tail or ''}"
            img.drop_tree()  # its tail stays, now led by the emoji
    return copy


def without_end_element(node: HtmlElement) -> str | None:
    """A heading's text without the element that ends it ("<h1>Headline <span>Premium</span></h1>"
    -> "Headline"), when the heading's own text comes first and nothing follows that element;
    else None. Whether the element is a badge (``MAX_BADGE_WORDS`` at most) is for the page's other
    titles to say."""
    if len(node) == 0 or not (node.text or "").strip():
        return None
    last = node[-1]
    if not isinstance(last.tag, str) or (last.tail or "").strip() or not text_of(last):
        return None
    whole = text_of(node)
    badge = text_of(last)
    if len(badge.split()) > MAX_BADGE_WORDS or not whole.endswith(badge):
        return None  # a longer end element is a subtitle set in the heading, which the gold keeps
    rest = " ".join(whole[: -len(badge)].split())
    return rest if len(rest) >= MIN_CUT_HEADLINE_CHARS else None


def _word_key(word: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", word).casefold())


def words_held(heading: str, title: str) -> bool:
    """True when ``title`` holds every word of ``heading``: the word itself, an inflection of it
    (one starts the other, ``MIN_STEM_CHARS`` or more: "Nachhaltig leben" in "Nachhaltiger leben
    für Klima") or a compound's end ("Chorgeschichte" where the title says "Geschichte")."""
    held = {key for key in map(_word_key, title.split()) if key}
    keys = [key for key in map(_word_key, heading.split()) if key]
    return bool(keys) and all(
        key in held
        or any(
            min(len(key), len(word)) >= MIN_STEM_CHARS
            and (key.startswith(word) or word.startswith(key) or key.endswith(word))
            for word in held
        )
        for key in keys
    )


def completed(title: str, others: Iterable[str]) -> str | None:
    """The first of ``others`` that goes on where ``title`` stops, when ``title`` is cut short
    without an ellipsis: in the middle of a word ("... tops tw" beside "... tops two million"), or
    at a word's end after ``MIN_LIMIT_CUT_CHARS`` with words (not a separator) following; else None.
    ``others`` are titles less their site names, spaced as ``title`` is."""
    if not title or not title[-1].isalnum():
        return None
    for other in others:
        if len(other) <= len(title) or not other.startswith(title):
            continue
        rest = other[len(title) :]
        if rest[0].isalnum() or (len(title) >= MIN_LIMIT_CUT_CHARS and rest[0] == " " and rest[1:2].isalnum()):
            return other
    return None


#: A day's date, numeric (``23.01.2022``, ``2022-01-23``, ``23/01/22``), then a dash, a bar or a
#: colon, then the headline.
_DATE_STAMP = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*[-–—|:]\s+(?=\S)")
#: Fewest words of the headline left behind a stamp: a stamp before one word is a title of its own.
MIN_STAMPED_HEADLINE_WORDS = 3


def stamp_days(title: str) -> list[date]:
    """The days a date stamp before ``title`` can be (``without_date_stamp``): "23.01.2022" one,
    "01/02/22" day first or month first ("23.01.2022" is day first); none when ``title`` opens with no stamp."""
    match = _DATE_STAMP.match(title) if title[:1].isdigit() else None
    if match is None:
        return []
    numbers = [int(n) for n in re.findall(r"\d+", match.group(0))]
    if numbers[0] > 31:  # ISO: the year first
        orders = [(numbers[0], numbers[1], numbers[2])]
    else:
        year = numbers[2] + 2000 if numbers[2] < 100 else numbers[2]
        orders = [(year, numbers[1], numbers[0])]
        if "/" in match.group(0):  # "01/02/22": day first or month first
            orders.append((year, numbers[0], numbers[1]))
    days = []
    for year, month, day in orders:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return days


def without_date_stamp(title: str) -> str:
    """``title`` without a date stamp before it ("23.01.2022 - Headline" -> "Headline")."""
    if not title[:1].isdigit():
        return title
    match = _DATE_STAMP.match(title)
    if match is None or len(title[match.end() :].split()) < MIN_STAMPED_HEADLINE_WORDS:
        return title
    return title[match.end() :]


# A news desk's label written into the headline's own text, set off by a bar or in capitals before a
# colon: "JUST IN: ...", "Exclusive | ...", "BREAKING: ..." (review rv29). Only these words: a headline
# may open with any word and a colon ("Biden: 'We will ...'", "Superbugs: What They Are ..."), and the
# labels that name the story's kind ("Live updates:", "Opinion:", "Analysis:", "VIDEO:") stay, as the
# evaluation sets' and the reviewers' titles keep them. So does one in small letters before a colon
# ("Exclusive: Oil firm in talks ..."): a wire's headline carries it as its own.
_NEWS_LABEL = re.compile(
    r"^(?P<label>(?i:just\s+in|breaking(?:\s+news)?|exclusive|developing(?:\s+story)?|urgent|eksklusif|terkini))"
    r"\s*(?P<mark>[:|])\s+(?=\S)"
)


def without_news_label(title: str) -> str:
    """``title`` without a news desk's label before it ("JUST IN: Headline", "Exclusive | Headline"
    -> "Headline"), when a headline of MIN_STAMPED_HEADLINE_WORDS words or more follows."""
    match = _NEWS_LABEL.match(title) if title[:1].isalpha() else None
    if match is None or len(title[match.end() :].split()) < MIN_STAMPED_HEADLINE_WORDS:
        return title
    if match.group("mark") == ":" and not match.group("label").isupper():
        return title
    return title[match.end() :]
