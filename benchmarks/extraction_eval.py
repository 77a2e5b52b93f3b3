"""Score newscrawl's extraction beside plain trafilatura and htmldate on real pages.

Reads the evaluation data in ``../shared/data`` (never copied into the project):
Readability's and newspaper4k's test pages (whole-body gold: scored with the
Scrapinghub article-extraction-benchmark metric, token 4-gram shingles), trafilatura's
evaluation pages (segments that must / must not appear, plus title, author, date),
and htmldate's date sets. Archives are unpacked once into ``--pages`` (a temporary
directory, outside the repository).

    .venv/bin/python benchmarks/extraction_eval.py [--data ../shared/data] [--limit N] [--jobs 2]
        [--dates-only | --titles-only | --authors-only] [--sets readability,trafilatura] [--dump out.jsonl]

Prints one table per page set, then one JSON line with the headline figures.
Systems: ``newscrawl`` (our page classes, generic family), ``traf`` (trafilatura
defaults), ``traf_prec`` (favor_precision), ``htmldate`` (dates only).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import tarfile
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.items import local_form  # noqa: E402

UTC = timezone.utc


# -- the Scrapinghub article-extraction-benchmark metric ----------------------------------
# Per page: shingles (token 4-grams, tokens = \w+ runs) of gold and prediction, counted as
# multisets; tp/fp/fn normalised by their sum. Over a set: mean precision over pages with
# tp+fp > 0, mean recall over pages with tp+fn > 0, F1 = harmonic mean of the two means.

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def shingle_f1(matches: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    ps = [_precision(*m) for m in matches if m[0] + m[1] > 0]
    rs = [_recall(*m) for m in matches if m[0] + m[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- gold ------------------------------------------------------------------------------------


@dataclass
class Page:
    dataset: str
    path: str
    url: str
    body: str | None = None  # whole-body gold
    paragraphs: list[str] = field(default_factory=list)  # the gold's paragraphs (diagnostics)
    with_: list[str] = field(default_factory=list)  # segment gold
    without: list[str] = field(default_factory=list)
    title: str | None = None
    authors: list[str] | None = None
    date: str | None = None  # YYYY-MM-DD
    datetime_: str | None = None  # gold with a time of day


def _unpack(archive: Path, dest: Path, marker: str) -> None:
    if (dest / marker).exists():
        return
    dest.mkdir(parents=True, exist_ok=True)
    print(f"unpacking {archive} into {dest} ...", file=sys.stderr)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")


def _html_text(fragment: str) -> str:
    from lxml import html

    tree = html.fromstring(fragment)
    for node in tree.iter():
        if isinstance(node.tag, str) and node.tag in {
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "br",
            "tr",
            "blockquote",
            "pre",
            "figcaption",
            "td",
            "th",
            "dd",
            "dt",
        }:
            node.tail = "\n" + (node.tail or "")
    return "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())


# -- paragraphs (diagnostics: the F1 metric does not see them) -------------------------------
# A body's paragraphs are its blank-line separated blocks. A gold paragraph is "split" when our
# body gives it as two or more paragraphs in a row, "joined" when one of ours holds it and another
# whole gold paragraph. Paragraphs are matched on letters and digits only.

_PARAGRAPH_BLOCKS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "tr", "figcaption", "div"}
)
_KEY_JUNK = re.compile(r"[\W_]+")
#: Shortest paragraph counted (letters and digits): shorter ones match by chance.
MIN_PARAGRAPH_KEY = 15


def _paragraph_key(text: str) -> str:
    return _KEY_JUNK.sub("", unicodedata.normalize("NFC", text).casefold())


def leaf_blocks(root: Any, tags: frozenset[str] = _PARAGRAPH_BLOCKS) -> list[str]:
    """Text of each element of ``tags`` under ``root`` that holds none of them (a ``<br>`` stays
    inside its paragraph, a table row is one paragraph as the body gives it); a ``div`` only for
    its own text."""
    out = []
    for node in root.iter(*tags):
        if any(isinstance(child.tag, str) and child.tag in tags for child in node.iterdescendants()):
            if node.tag == "div" or not (node.text or "").strip():
                continue
        out.append(node.text_content())
    return out


def gold_paragraphs_html(fragment: str) -> list[str]:
    """The paragraphs of a gold HTML fragment (Readability's expected output)."""
    from lxml import html

    return leaf_blocks(html.fromstring(fragment))


def page_paragraphs(tree: Any) -> list[str]:
    """The ``<p>`` elements of a page, each one paragraph as the page shows it."""
    if tree is None:
        return []
    body = tree.find(".//body")
    return leaf_blocks(body if body is not None else tree, frozenset({"p"}))


def _paragraph_counts(counts: list[tuple[int, int, int]]) -> str:
    found, split, joined = (sum(c[i] for c in counts) for i in range(3))
    return f"found {found} split {split} joined {joined}"


def split_join(paragraphs: list[str], body: str, separator: str = "\n\n") -> tuple[int, int, int]:
    """``(found, split, joined)``: how many of ``paragraphs`` the body holds, and of those how many
    it splits into several of its paragraphs or joins with another (``separator`` separates its
    paragraphs)."""
    ours = [key for part in (body or "").split(separator) if (key := _paragraph_key(part))]
    have = set(ours)
    gold = list(dict.fromkeys(k for p in paragraphs if len(k := _paragraph_key(p)) >= MIN_PARAGRAPH_KEY))
    found = split = joined = 0
    for key in gold:
        if key in have:
            found += 1
            continue
        holder = next((o for o in ours if key in o), None)
        if holder is not None:
            found += 1
            if any(other != key and other not in key and key not in other and other in holder for other in gold):
                joined += 1
            continue
        for start, first in enumerate(ours):
            if not key.startswith(first):
                continue
            text, end = first, start
            while len(text) < len(key) and end + 1 < len(ours):
                end += 1
                text += ours[end]
            if text == key and end > start:
                found += 1
                split += 1
                break
    return found, split, joined


def _split_gold_authors(value: Any) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else re.split(r";|\band\b|\bund\b|&|,(?!\s*(?:Jr|Sr)\b)", str(value))
    out = []
    for item in items:
        item = re.sub(r"^\s*(?:by|von|par|por)\s+", "", str(item).strip(), flags=re.I).strip(" .")
        if item:
            out.append(item)
    return out


def load_pages(data: Path, pages_dir: Path) -> list[Page]:
    pages: list[Page] = []
    # Readability
    rdir = pages_dir / "readability"
    _unpack(data / "readability-testpages" / "test-pages.tar.xz", rdir, "test-pages")
    for folder in sorted((rdir / "test-pages").iterdir()):
        meta = json.loads((folder / "expected-metadata.json").read_text())
        expected = (folder / "expected.html").read_text(encoding="utf-8", errors="replace")
        pub = meta.get("publishedTime")
        pages.append(
            Page(
                "readability",
                str(folder / "source.html"),
                f"https://readability.example/{folder.name}/article.html",
                body=_html_text(expected),
                paragraphs=gold_paragraphs_html(expected),
                title=meta.get("title"),
                authors=_split_gold_authors(meta.get("byline")) or None,
                date=pub[:10] if pub else None,
                datetime_=pub if pub and ("T" in pub or " " in pub.strip()) else None,
            )
        )
    # newspaper4k
    ndir = pages_dir / "newspaper4k"
    _unpack(data / "newspaper4k-testdata" / "data.tar.xz", ndir, "data")
    for html_path in sorted((ndir / "data" / "html").glob("*.html")):
        name = html_path.stem
        txt = ndir / "data" / "txt" / f"{name}.txt"
        meta_path = ndir / "data" / "metadata" / f"{name}.json"
        meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        if not txt.exists() and not meta:
            continue
        pub = meta.get("publish_date")
        pages.append(
            Page(
                "newspaper4k",
                str(html_path),
                meta.get("url") or f"https://newspaper4k.example/{name}/article.html",
                body=txt.read_text(encoding="utf-8", errors="replace") if txt.exists() else None,
                paragraphs=re.split(r"\n\s*\n", txt.read_text(encoding="utf-8", errors="replace"))
                if txt.exists()
                else [],
                title=meta.get("title") or None,
                authors=_split_gold_authors(meta.get("authors")) or None,
                date=str(pub)[:10] if pub else None,
                datetime_=str(pub)
                if pub and re.search(r"\d:\d\d", str(pub)) and not re.search(r"00:00(:00)?$", str(pub))
                else None,
            )
        )
    # trafilatura and htmldate
    tdir = pages_dir / "trafilatura-htmldate"
    _unpack(data / "trafilatura-htmldate-eval" / "pages.tar.xz", tdir, "trafilatura")
    evaldata = json.loads((data / "trafilatura-htmldate-eval" / "trafilatura_evaldata.json").read_text())
    for url, item in evaldata.items():
        path = next(
            (
                p
                for p in (
                    tdir / "trafilatura/tests/eval" / item["file"],
                    tdir / "trafilatura/tests/cache" / item["file"],
                )
                if p.exists()
            ),
            None,
        )
        if path is None:
            continue
        pages.append(
            Page(
                "trafilatura",
                str(path),
                url,
                with_=item.get("with") or [],
                without=item.get("without") or [],
                title=item.get("title") or None,
                authors=_split_gold_authors(item.get("author")) or None,
                date=item.get("date") or None,
            )
        )
    for name, dataset in (
        ("htmldate_eval_default.json", "htmldate"),
        ("htmldate_eval_mediacloud_2020.json", "mediacloud"),
    ):
        gold = json.loads((data / "trafilatura-htmldate-eval" / name).read_text())
        for url, item in gold.items():
            path = next(
                (
                    p
                    for p in (tdir / "htmldate/tests" / d / item["file"] for d in ("eval", "cache", "test_set"))
                    if p.exists()
                ),
                None,
            )
            if path is None or not item.get("date"):
                continue
            pages.append(Page(dataset, str(path), url, date=item["date"]))
    return pages


# -- running the systems ---------------------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _declares_article(page_obj: Any) -> bool:
    """True when a page calls itself an article: og:type article or a JSON-LD Article type."""
    from newscrawl.pages.document import ARTICLE_TYPES

    og_type = (page_obj.doc.meta_first("og:type") or "").lower()
    return og_type == "article" or bool(page_obj.doc.ld_types & ARTICLE_TYPES)


def htmldate_dates(text: str, url: str) -> dict[str, str | None]:
    """htmldate's publication day and full stamp (its best settings: original date, extensive search)."""
    from htmldate import find_date

    try:
        day = find_date(text, original_date=True, extensive_search=True, url=url)
        full = find_date(text, original_date=True, extensive_search=True, url=url, outputformat="%Y-%m-%dT%H:%M:%S%z")
    except Exception:  # noqa: BLE001 - a crash is a result here
        day = full = None
    return {"day": day, "published": full}


def _our_dates(published: datetime | None, local: str | None) -> dict[str, Any]:
    """Our publication as scored: the instant, the page's own day (``published_local``: what a
    user reads, and the day a gold with a day alone gives) and, beside it, the UTC day the stored
    ``published_at`` falls on (diagnostics: a day alone east of UTC is the day before there)."""
    if published is None:
        return {"published": None, "local": None, "day": None, "day_utc": None}
    return {
        "published": published.isoformat(),
        "local": local,
        "day": local[:10] if local else None,
        "day_utc": published.astimezone(UTC).date().isoformat(),
    }


def run_dates(page: Page) -> dict[str, Any]:
    """Only the publication dates, ours and htmldate's (``--dates-only``: a faster loop on dates)."""

    from newscrawl.pages import GenericPage

    logging.disable(logging.CRITICAL)
    data = Path(page.path).read_bytes()
    out: dict[str, Any] = {}
    try:
        page_obj = GenericPage(data, page.url)
        published = page_obj.published_at()
        out["ours"] = _our_dates(published, local_form(published, page_obj.published_precision()))
        out["declared_article"] = _declares_article(page_obj)
        out["gold_people"] = [n for n in page.authors or [] if gold_is_person(n, page_site_names(page_obj))]
    except Exception as exc:  # noqa: BLE001 - a crash is a result here
        out["ours"] = {"error": repr(exc)}
    if page.dataset in ("htmldate", "mediacloud"):
        text = data.decode("utf-8", errors="replace")
    else:
        from newscrawl.pages.document import decode_html

        text = decode_html(data)
    out["htmldate"] = htmldate_dates(text, page.url)
    return out


# The gold title less a site-name tail ("How to Build a Terrarium | eHow" -> "How to Build a
# Terrarium"), by the names the page gives itself. A frozen copy of the rule newscrawl's
# cleaning.strip_site_tail had when this second figure was introduced: the gold must not move
# when the title code under test changes.
_GOLD_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|·|•|::|»|«|›|‹|/|:)\s+|\s*\|\s*")


def _name_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def gold_without_site_tail(title: str, site_names: list[str]) -> str:
    """``title`` without leading or trailing segments that are one of ``site_names``."""
    title = " ".join(title.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "").split())
    keys = {_name_key(n) for n in site_names if n and _name_key(n)}
    parts = _GOLD_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    separators = _GOLD_SEPARATORS.findall(title)

    def is_site(part: str) -> bool:
        key = _name_key(part)
        return bool(key) and any(
            key == k or (len(k) > 3 and (k in key or key in k) and len(key) < len(k) + 12) for k in keys
        )

    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    out = parts[start]
    for sep, part in zip(separators[start : end - 1], parts[start + 1 : end], strict=False):
        out += sep + part
    return out.strip()


# -- gold authors that are no person ---------------------------------------------------------
# Issue #5: authors are people, not the site's name, "Redaktion" or a wire agency (an agency goes
# to attribution). The gold of the sets keeps those; the second authors figure sets them aside.
# A frozen rule of the benchmark's own (the extractor's rules may change, this must not move
# with them): a gold name is no person when one of its "/"-parts ("dpa/lno", "hessenschau.de/bb")
# is a wire agency, a staff or desk word ("Redaktion", "Staff Writer", "PETA-Team"), an
# organisation's legal form or kind ("e.V.", "GmbH", "Stiftung", "Foundation"), or one of the
# names the page gives the site (og:site_name, JSON-LD organisations and websites, the host).
_GOLD_AGENCIES = frozenset(
    "afp reuters ap dpa apa epd kna kathpress efe agenciaefe ansa jiji kyodo yonhap xinhua antara bernama pti "
    "ani ians upi tass sda ats sid spx agenturen agencies agencias agences".split()
)
_GOLD_STAFF = re.compile(
    r"\b(?:red|redaktion|redaktionen|redaksi|redacción|redaccion|rédaction|redazione|redakcja|editorial|"
    r"editors|team|webteam|desk|newsroom|pressestelle|presseabteilung|press office|admin|administrator|"
    r"unknown|contributors|news service|wire)\b|\w-team\b|^staff\b|\bstaff\b(?=\s+\w)",
    re.IGNORECASE,
)
_GOLD_ORGANISATION = re.compile(
    r"\b(?:e\.\s?v|gmbh|ag|se|inc|ltd|llc|foundation|stiftung|verband|verein|bund|association|fernsehen|"
    r"online|magazin|magazine|news|zeitung|media|blog)\b\.?",
    re.IGNORECASE,
)
_GOLD_PARTICLES = frozenset("von van de del della da der den la le du dos bin al".split())
_GOLD_ARTICLES = frozenset("the die der das la le les el los las il a an".split())
_GOLD_PLATFORMS = re.compile(r"\.(?:wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|substack\.com)$")


def _gold_person_shaped(name: str) -> bool:
    """Two to four words, each capitalised or a particle ("Lauren del Valle", "JUERGEN HASENKOPF")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[0].casefold() not in _GOLD_ARTICLES
        and all(w[0].isupper() or w in _GOLD_PARTICLES for w in words)
    )


def page_site_names(page_obj: Any) -> tuple[list[str], list[str]]:
    """``(names, hosts)`` a page gives its site, read from the page itself (not from the
    extractor's rules): og:site_name and JSON-LD organisations and websites; the host and its
    first label (none for a blog platform's subdomain, which is the blogger's account)."""
    from newscrawl.pages.document import jsonld_types

    doc = page_obj.doc
    names = [doc.meta_first("og:site_name", "application-name", "apple-mobile-web-app-title") or ""]
    stack = list(doc.jsonld)
    while stack:
        obj = stack.pop()
        if isinstance(obj, list):
            stack.extend(obj)
        elif isinstance(obj, dict):
            if jsonld_types(obj) & {"WebSite", "Organization", "NewsMediaOrganization", "Corporation"}:
                name = obj.get("name")
                names.append(name if isinstance(name, str) else "")
            stack.extend(v for v in obj.values() if isinstance(v, (dict, list)))
    host = (re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", page_obj.url or "").split("/")[0])).casefold()
    hosts = (
        [host, host.split(".")[0]]
        if host and not host.endswith(".example") and not _GOLD_PLATFORMS.search(host)
        else []
    )
    return [n for n in names if n], hosts


def gold_is_person(name: str, site: tuple[list[str], list[str]]) -> bool:
    """False when the gold author ``name`` is a wire agency, a desk, an organisation or the site.

    A credit in parts ("dpa/lno", "FR mit dpa", "Kelli Miller\\nWebMD Health News") is a person's
    when one part is shaped like a person's name and names nothing else; else it is no person's
    when a part is an agency, a desk, an organisation, the site's name (or holds it: "Teufel Blog
    Redaktion") or the host. A word the host holds ("Heiko" on heiko-adams.de) stays a person's."""
    names, hosts = site
    name_keys = {_name_key(n) for n in names if len(_name_key(n)) > 2}
    host_keys = {_name_key(n) for n in hosts if len(_name_key(n)) > 2}
    parts = [p for p in re.split(r"\s*/\s*|\s+(?:mit|with|avec|con)\s+|\s*\n\s*", name.strip()) if _name_key(p)]
    verdicts = []  # (shaped like a person's name and no agency, desk or organisation; names something else)
    for part in parts:
        key = _name_key(part)
        kind = bool(key in _GOLD_AGENCIES or _GOLD_STAFF.search(part) or _GOLD_ORGANISATION.search(part))
        site = any(key == k or (len(k) > 3 and k in key) or (len(key) > 3 and key in k) for k in name_keys) or any(
            key == k or (len(k) > 3 and k in key) for k in host_keys
        )
        verdicts.append((_gold_person_shaped(part) and not kind, kind or site))
    if any(person for person, _ in verdicts):
        return True
    return not any(other for _, other in verdicts)


def _norm_title(text: str | None) -> str:
    """``_norm`` without invisible format characters (soft hyphens, zero-width spaces): a
    headline as the page shows it has none, and some gold titles were copied with them."""
    return _norm("".join(ch for ch in text or "" if unicodedata.category(ch) != "Cf"))


# Typographic variants of one character: a CMS sets curly quotes and dashes in the page's text
# ("wptexturize") but not in its og:title, and a gold copied from either holds the same headline.
_TYPOGRAPHIC = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_WORD_START = re.compile(r"(^|\s)([^\w\s]*)(\w)")


def _css_capitalize(text: str) -> str:
    """``text`` as a style sheet's ``text-transform: capitalize`` shows it: each word's first letter
    in capitals, the rest as written."""
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)


def title_matches(title: str | None, gold: str) -> bool:
    """True when ``title`` is the gold headline, read as shown.

    Beyond ``_norm_title``: typographic quotes, apostrophes and dashes equal their plain forms,
    and a gold set in capitals by a style sheet (``text-transform: uppercase`` or ``capitalize``,
    which a saved page rarely holds: the gold was copied from the rendered page) matches the
    text those transforms show. Both apply alike to every system scored.
    """
    ours, want = _norm_title(title), _norm_title(gold)
    if ours == want:
        return True
    if not ours:
        return False
    ours, want = (
        ours.translate(_TYPOGRAPHIC).replace("\u2026", "..."),
        want.translate(_TYPOGRAPHIC).replace("\u2026", "..."),
    )
    return want in (ours, ours.upper(), ours.lower(), _css_capitalize(ours))


def run_titles(page: Page) -> dict[str, Any]:
    """Only our title (``--titles-only``: a faster loop on titles, no trafilatura run)."""
    from newscrawl.pages import GenericPage

    logging.disable(logging.CRITICAL)
    out: dict[str, Any] = {"titles_only": True}
    try:
        page_obj = GenericPage(Path(page.path).read_bytes(), page.url)
        out["gold_title_notail"] = gold_without_site_tail(page.title or "", page_obj.site_names)
        out["ours"] = {"title": page_obj.title()}
        # For sorting the misses (diagnostics only, the scores do not use them).
        out["gold_title_shown"] = _gold_shown(page_obj, page.title or "")
        out["declared_article"] = _declares_article(page_obj)
    except Exception as exc:  # noqa: BLE001 - a crash is a result here
        out["ours"] = {"error": repr(exc)}
    return out


_UNSEEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})
#: What follows a headline in a title that keeps the site's name or section ("Headline | Site").
_TAIL_OPENERS = tuple("|-–—·•:»/([_‹│｜")


def _gold_shown(page_obj: Any, gold: str) -> bool:
    """True when the gold title's words, in order, are in the page's text (not its scripts, styles
    or <head>): case, spacing and punctuation ignored, so a headline a style sheet sets in capitals
    counts as shown."""
    if page_obj.tree is None or not _name_key(gold):
        return False
    parts: list[str] = []
    for node in page_obj.tree.iter():
        if (
            isinstance(node.tag, str)
            and node.tag not in _UNSEEN_TAGS
            and not any(isinstance(a.tag, str) and a.tag in _UNSEEN_TAGS for a in node.iterancestors())
        ):
            parts.append(node.text or "")
        parent = node.getparent()
        if parent is not None and not (
            isinstance(parent.tag, str)
            and (parent.tag in _UNSEEN_TAGS or any(a.tag in _UNSEEN_TAGS for a in parent.iterancestors()))
        ):
            parts.append(node.tail or "")
    return _name_key(gold) in _name_key(" ".join(parts))


def title_miss_class(title: str | None, gold: str, row: dict[str, Any]) -> str:
    """Why a title that does not match its gold misses (diagnostics), the first that fits:
    ``gold_tail`` (the gold is ours with a tail: "Headline | Site"), ``gold_spelling`` (the same
    words, in other case, punctuation or spacing: "Fussabdruck" for "Fußabdruck", guillemets left
    out), ``gold_cut`` (ours goes on where the gold stops), ``gold_kicker`` (the gold is ours after
    a kicker or label), ``gold_not_shown`` (the gold's words are nowhere in the page's text:
    retitled, mistyped), ``not_article`` (the page does not call itself an article: og:type or
    JSON-LD), else ``other`` (another heading on the page, or one we cut wrong)."""
    ours, want = _norm_title(title), _norm_title(gold)
    if ours and want.startswith(ours) and want[len(ours) :].lstrip().startswith(_TAIL_OPENERS):
        return "gold_tail"
    ours_key, want_key = _name_key(ours), _name_key(want)
    if ours_key and ours_key == want_key:
        return "gold_spelling"
    if ours_key and want_key and ours_key.startswith(want_key):
        return "gold_cut"
    if ours_key and want_key.endswith(ours_key):
        return "gold_kicker"
    if not row.get("gold_title_shown"):
        return "gold_not_shown"
    if not row.get("declared_article"):
        return "not_article"
    return "other"


def run_authors(page: Page) -> dict[str, Any]:
    """Only the authors, ours and trafilatura's (``--authors-only``: a faster loop on authors;
    trafilatura's are those of its metadata step, which ``bare_extraction`` runs first)."""
    from trafilatura.core import Extractor
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from newscrawl.pages import GenericPage

    logging.disable(logging.CRITICAL)
    data = Path(page.path).read_bytes()
    out: dict[str, Any] = {"authors_only": True}
    try:
        page_obj = GenericPage(data, page.url)
        out["gold_people"] = [n for n in page.authors or [] if gold_is_person(n, page_site_names(page_obj))]
        art = page_obj.to_item()
        out["ours"] = {
            "authors": art.authors,
            "agencies": list(art.attribution.agencies) if art.attribution else [],
        }
    except Exception as exc:  # noqa: BLE001 - a crash is a result here
        out["ours"] = {"error": repr(exc)}
    from newscrawl.pages.document import decode_html

    try:
        options = Extractor(url=page.url, with_metadata=True)
        doc = extract_metadata(load_html(decode_html(data)), page.url, options.date_params, options.fast, None)
        out["traf"] = {"authors": _split_gold_authors(doc.author) if doc and doc.author else []}
    except Exception:  # noqa: BLE001
        out["traf"] = {"authors": []}
    return out


def run_page(page: Page) -> dict[str, Any]:
    """Every system's output on one page (run in a worker process)."""
    import trafilatura

    from newscrawl.pages import GenericPage

    logging.disable(logging.CRITICAL)
    data = Path(page.path).read_bytes()
    out: dict[str, Any] = {}
    started = time.perf_counter()
    try:
        page_obj = GenericPage(data, page.url)
        out["declared_article"] = _declares_article(page_obj)
        out["gold_people"] = [n for n in page.authors or [] if gold_is_person(n, page_site_names(page_obj))]
        art = page_obj.to_item()
        reason = GenericPage(data, page.url).page_type()
        if page.title:
            # The gold without a site-name tail, by the names the page gives itself (og:site_name,
            # JSON-LD publisher, host): the rule is the headline as shown, no " | Site" tail.
            out["gold_title_notail"] = gold_without_site_tail(page.title, page_obj.site_names)
        out["ours"] = {
            "body": art.body or "",
            "title": art.title,
            "authors": art.authors,
            "agencies": list(art.attribution.agencies) if art.attribution else [],
            **_our_dates(art.published_at, art.published_local),
            "reason": reason,
        }
    except Exception as exc:  # noqa: BLE001 - a crash is a result here
        out["ours"] = {"body": "", "error": repr(exc)}
    out["ours_time"] = time.perf_counter() - started
    try:
        shown = page_paragraphs(page_obj.tree)
    except Exception:  # noqa: BLE001 - diagnostics
        shown = []
    if page.dataset in ("htmldate", "mediacloud"):
        text = data.decode("utf-8", errors="replace")
    else:
        from newscrawl.pages.document import decode_html

        text = decode_html(data)
    try:
        doc = trafilatura.bare_extraction(text, url=page.url, with_metadata=True, include_comments=False)
        out["traf"] = {
            "body": (doc.text or "") if doc else "",
            "title": doc.title if doc else None,
            "authors": _split_gold_authors(doc.author) if doc and doc.author else [],
            "day": doc.date if doc else None,
        }
    except Exception:  # noqa: BLE001
        out["traf"] = {"body": ""}
    if page.dataset not in ("htmldate", "mediacloud"):
        try:
            prec = trafilatura.extract(text, url=page.url, favor_precision=True, include_comments=False)
        except Exception:  # noqa: BLE001
            prec = None
        out["traf_prec"] = {"body": prec or ""}
    out["htmldate"] = htmldate_dates(text, page.url)
    # Diagnostics: the page's own paragraphs split or joined (plain trafilatura: a line is a paragraph).
    out["page_paragraphs"] = {
        "ours": split_join(shown, out["ours"].get("body", "")),
        "traf": split_join(shown, out["traf"].get("body", ""), "\n"),
    }
    return out


# -- scoring -----------------------------------------------------------------------------------


def _author_f1(gold: list[str], pred: list[str]) -> float:
    # Both sides as the gold is split (_split_gold_authors strips a name's end stops: "Jr." is "Jr").
    g = {_norm(x).strip(" .").casefold() for x in gold}
    p = {_norm(x).strip(" .").casefold() for x in pred or []}
    if not g and not p:
        return 1.0
    tp = len(g & p)
    if tp == 0:
        return 0.0
    prec, rec = tp / len(p), tp / len(g)
    return 2 * prec * rec / (prec + rec)


_HONORIFICS = frozenset("dr prof mr mrs ms mag dipl ing".split())
_DEGREES = frozenset("phd md ma msc mba jr sr".split())


def _loose_name(name: str) -> str:
    """A name without punctuation, honorifics and degrees ("Dr. Michael L. Anderson, PhD" ->
    "michael l anderson"): the second authors figure, for both systems alike."""
    words = re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFC", name).casefold()).split()
    while words and words[0] in _HONORIFICS:
        words.pop(0)
    while words and words[-1] in _DEGREES:
        words.pop()
    return " ".join(words)


def _author_f1_loose(gold: list[str], pred: list[str]) -> float:
    return _author_f1([n for n in map(_loose_name, gold) if n], [n for n in map(_loose_name, pred or []) if n])


def _minute(value: str | None) -> str | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return parsed.strftime("%Y-%m-%dT%H:%M")


def _segments(page: Page, body: str) -> tuple[int, int, int, int]:
    text = _norm(body)
    tp = sum(1 for s in page.with_ if _norm(s) in text)
    fn = len(page.with_) - tp
    fp = sum(1 for s in page.without if _norm(s) in text)
    tn = len(page.without) - fp
    return tp, fn, fp, tn


def score(pages: list[Page], results: list[dict[str, Any]]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    systems = ("ours", "traf", "traf_prec")
    full = all("traf" in r and not r.get("authors_only") for r in results)  # False under --*-only
    datasets = sorted({p.dataset for p in pages})
    for dataset in datasets:
        rows = [(p, r) for p, r in zip(pages, results, strict=True) if p.dataset == dataset]
        fig: dict[str, Any] = {"pages": len(rows)}
        body_rows = [(p, r) for p, r in rows if p.body and full]
        if body_rows:
            for system in systems:
                matches = [shingle_match(p.body, r.get(system, {}).get("body", "")) for p, r in body_rows]
                fig[f"body_f1.{system}"] = shingle_f1(matches)
            # Diagnostics: the gold's paragraphs found, split and joined (plain trafilatura: lines).
            for system, separator in (("ours", "\n\n"), ("traf", "\n")):
                counts = [split_join(p.paragraphs, r.get(system, {}).get("body", ""), separator) for p, r in body_rows]
                fig[f"gold_paragraphs.{system}"] = _paragraph_counts(counts)
        shown_rows = [r["page_paragraphs"] for _, r in rows if r.get("page_paragraphs")]
        if shown_rows:
            for system in ("ours", "traf"):
                counts = [row[system] for row in shown_rows]
                fig[f"page_paragraphs.{system}"] = _paragraph_counts(counts)
        seg_rows = [(p, r) for p, r in rows if (p.with_ or p.without) and full]
        if seg_rows:
            for system in systems:
                tp = fn = fp = tn = 0
                for p, r in seg_rows:
                    a, b, c, d = _segments(p, r.get(system, {}).get("body", ""))
                    tp, fn, fp, tn = tp + a, fn + b, fp + c, tn + d
                prec = tp / (tp + fp) if tp + fp else 0.0
                rec = tp / (tp + fn) if tp + fn else 0.0
                fig[f"segments.{system}"] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        dated = [(p, r) for p, r in rows if p.date and not r.get("titles_only") and not r.get("authors_only")]
        if dated:
            for system in ("ours", "traf", "htmldate") if full else ("ours", "htmldate"):
                got = [r.get(system, {}).get("day") for _, r in dated]
                right = sum(1 for (p, _), g in zip(dated, got, strict=True) if g == p.date)
                wrong = sum(1 for (p, _), g in zip(dated, got, strict=True) if g and g != p.date)
                fig[f"day.{system}"] = (right / len(dated), wrong / len(dated))
            # The day of our stored UTC instant instead (before published_local, what a user read).
            got = [r.get("ours", {}).get("day_utc") for _, r in dated]
            right = sum(1 for (p, _), g in zip(dated, got, strict=True) if g == p.date)
            fig["day_utc.ours"] = (right / len(dated), sum(1 for g in got if g) / len(dated) - right / len(dated))
            # The same on the pages where our date has a time (a day alone is stored as its local
            # midnight: east of UTC, the UTC day before). No page of these sets has a gold time: this
            # is no minute figure, only the UTC day of a timed date against the gold's day.
            timed_ours = [(p, r) for p, r in dated if len(r.get("ours", {}).get("local") or "") > 10]
            if timed_ours:
                got = [r["ours"].get("day_utc") for _, r in timed_ours]
                right = sum(1 for (p, _), g in zip(timed_ours, got, strict=True) if g == p.date)
                fig["day_utc_timed.ours"] = (right / len(timed_ours), 1 - right / len(timed_ours))
                fig["day_utc_timed.n"] = len(timed_ours)
            # The same on the pages that call themselves articles (og:type / JSON-LD): the sets mix
            # in home pages, terms of service, recipes and wiki pages.
            declared = [(p, r) for p, r in dated if r.get("declared_article")]
            if declared:
                for system in ("ours", "htmldate"):
                    got = [r.get(system, {}).get("day") for _, r in declared]
                    right = sum(1 for (p, _), g in zip(declared, got, strict=True) if g == p.date)
                    wrong = sum(1 for (p, _), g in zip(declared, got, strict=True) if g and g != p.date)
                    fig[f"day_articles.{system}"] = (right / len(declared), wrong / len(declared))
                fig["day_articles.n"] = len(declared)
        timed = [(p, r) for p, r in rows if p.datetime_ and not r.get("titles_only") and not r.get("authors_only")]
        if timed:
            for system in ("ours", "htmldate"):
                right = sum(1 for p, r in timed if _minute(r.get(system, {}).get("published")) == _minute(p.datetime_))
                fig[f"minute.{system}"] = right / len(timed)
            fig["minute.n"] = len(timed)
        titled = [(p, r) for p, r in rows if p.title and (full or r.get("titles_only"))]
        if titled:
            for system in ("ours", "traf") if full else ("ours",):
                fig[f"title.{system}"] = statistics.mean(
                    title_matches(r.get(system, {}).get("title"), p.title) for p, r in titled
                )
                fig[f"title.{system}_notail"] = statistics.mean(
                    title_matches(r.get(system, {}).get("title"), r.get("gold_title_notail") or p.title)
                    for p, r in titled
                )
                # The strict figure of earlier rounds: no typographic or style-sheet case variants.
                fig[f"title.{system}_strict"] = statistics.mean(
                    _norm_title(r.get(system, {}).get("title")) == _norm_title(r.get("gold_title_notail") or p.title)
                    for p, r in titled
                )
            if not full:
                # Where our misses come from (see ``title_miss_class``; --titles-only runs).
                misses = Counter(
                    title_miss_class(r.get("ours", {}).get("title"), p.title, r)
                    for p, r in titled
                    if not title_matches(r.get("ours", {}).get("title"), p.title)
                )
                kinds = (
                    "gold_tail",
                    "gold_spelling",
                    "gold_cut",
                    "gold_kicker",
                    "gold_not_shown",
                    "not_article",
                    "other",
                )
                for kind in kinds:
                    fig[f"title_misses.{kind}"] = misses[kind]
        authored = [(p, r) for p, r in rows if p.authors and (full or r.get("authors_only"))]
        if authored:
            for system in ("ours", "traf"):
                fig[f"authors.{system}"] = statistics.mean(
                    _author_f1(p.authors, r.get(system, {}).get("authors") or []) for p, r in authored
                )
                fig[f"authors.{system}_loose"] = statistics.mean(
                    _author_f1_loose(p.authors, r.get(system, {}).get("authors") or []) for p, r in authored
                )
            # Issue #5's rules: the pages whose gold names a person, scored on the people it names
            # (agencies, desks, organisations and the site's name set aside; ``gold_is_person``).
            people = [(p, r) for p, r in authored if r.get("gold_people")]
            fig["authors.gold_not_person_pages"] = len(authored) - len(people)
            if people:
                for system in ("ours", "traf"):
                    fig[f"authors.{system}_people_only"] = statistics.mean(
                        _author_f1(r["gold_people"], r.get(system, {}).get("authors") or []) for p, r in people
                    )
            # How much of the gap is wire agencies, which go to attribution by design: the
            # score if the agencies found counted as authors.
            fig["authors.ours_with_agencies"] = statistics.mean(
                _author_f1(
                    p.authors, (r.get("ours", {}).get("authors") or []) + (r.get("ours", {}).get("agencies") or [])
                )
                for p, r in authored
            )
        fig["not_article"] = sum(1 for _, r in rows if r.get("ours", {}).get("reason"))
        fig["errors"] = sum(1 for _, r in rows if r.get("ours", {}).get("error"))
        figures[dataset] = fig
    return figures


def _fmt(value: Any) -> str:
    if isinstance(value, tuple):
        return "/".join(f"{v:.3f}" for v in value)
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--pages", type=Path, default=Path("/tmp/newscrawl-evalpages"))
    parser.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    parser.add_argument("--sets", default="", help="comma-separated page sets (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dump", type=Path, help="write per-page outputs as JSON lines here")
    parser.add_argument("--dates-only", action="store_true", help="score only dates, on the dated pages")
    parser.add_argument("--titles-only", action="store_true", help="score only our titles, on the titled pages")
    parser.add_argument("--authors-only", action="store_true", help="score only authors, on the pages with author gold")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no evaluation data at {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data, args.pages)
    if args.sets:
        wanted = set(args.sets.split(","))
        pages = [p for p in pages if p.dataset in wanted]
    if args.limit:
        counts: Counter = Counter()
        kept = []
        for p in pages:
            counts[p.dataset] += 1
            if counts[p.dataset] <= args.limit:
                kept.append(p)
        pages = kept
    run = run_page
    if args.dates_only:
        pages, run = [p for p in pages if p.date], run_dates
    elif args.titles_only:
        pages, run = [p for p in pages if p.title], run_titles
    elif args.authors_only:
        pages, run = [p for p in pages if p.authors], run_authors
    started = time.time()
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run, pages, chunksize=8))
    if args.dump:
        with open(args.dump, "w") as fh:
            for p, r in zip(pages, results, strict=True):
                fh.write(
                    json.dumps(
                        {
                            "dataset": p.dataset,
                            "path": p.path,
                            "url": p.url,
                            "gold": {"title": p.title, "authors": p.authors, "date": p.date, "datetime": p.datetime_},
                            **r,
                        },
                        default=str,
                    )
                    + "\n"
                )
    figures = score(pages, results)
    for dataset, fig in figures.items():
        print(f"\n== {dataset} ({fig['pages']} pages)")
        keys = sorted({k.split(".")[0] for k in fig if "." in k})
        for key in keys:
            cells = [f"{k.split('.', 1)[1]}={_fmt(v)}" for k, v in fig.items() if k.split(".")[0] == key]
            print(f"  {key:<10} " + "  ".join(cells))
        print(f"  not_article={fig['not_article']} errors={fig['errors']}")
    print(f"\n({len(pages)} pages in {time.time() - started:.0f}s; body_f1/segments are P/R/F1, day is right/wrong)")
    headline = {}
    for dataset, fig in figures.items():
        for key, value in fig.items():
            headline[f"{dataset}.{key}"] = (
                [round(v, 4) for v in value]
                if isinstance(value, tuple)
                else (round(value, 4) if isinstance(value, float) else value)
            )
    print(json.dumps(headline, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
