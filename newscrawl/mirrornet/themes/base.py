"""What every simulated site shares: the copy plan, times, lookups, robots, images, errors.

A theme subclass decides which copy of a story it carries (``kind_for``), who it credits
(``attribution``), its URL layout (``path`` / ``find``) and its markup (``route`` and the
render methods). Everything here is computed per request from the index of an article;
the few whole-site lists (a section's articles, a day's slugs) are built on first use.
"""

from __future__ import annotations

import html
import json
import re
import struct
import zlib
from bisect import bisect_left
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from random import Random
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ..procedural import ProceduralStories
from ..server import Request, Response
from ..stories import SECTIONS, Story, description, retitle, rewrite, slugify, truncate
from ..world import Copy, World, unit

if TYPE_CHECKING:
    from ..network import MirrorNet

esc = html.escape

ID_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ID_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MS_DAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
MS_MONTHS = (
    "Januari",
    "Februari",
    "Mac",
    "April",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "September",
    "Oktober",
    "November",
    "Disember",
)
TZ_NAMES = {
    "Asia/Jakarta": "WIB",
    "Asia/Kuala_Lumpur": "MYT",
    "Asia/Kolkata": "IST",
    "UTC": "GMT",
    "Asia/Singapore": "SGT",
}


def indonesian_date(dt: datetime, with_time: bool = True) -> str:
    """``Rabu, 13 September 2023 10:15 WIB``."""
    text = f"{ID_DAYS[dt.weekday()]}, {dt.day} {ID_MONTHS[dt.month - 1]} {dt.year}"
    return f"{text} {dt:%H:%M} {TZ_NAMES[str(dt.tzinfo)]}" if with_time else text


def malay_date(dt: datetime) -> str:
    """``Rabu, 13 September 2023``."""
    return f"{MS_DAYS[dt.weekday()]}, {dt.day} {MS_MONTHS[dt.month - 1]} {dt.year}"


def rfc822(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)


def iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


def png(seed: str, size: int = 8) -> bytes:
    """A real, tiny, solid-colour PNG."""
    colour = zlib.crc32(seed.encode()).to_bytes(4, "big")[:3]
    rows = b"".join(b"\x00" + colour * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# A real 8x8 mid-grey baseline JPEG: one DC and one AC Huffman code, both "0"; the
# only block codes DC category 0 then end-of-block.
JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000"
    "ffdb004300" + "01" * 64 + "ffc0000b080008000801011100"
    "ffc4001400" + "01" + "00" * 15 + "00"
    "ffc400141001" + "00" * 15 + "00"
    "ffda0008010100003f00" + "3f" + "ffd9"
)


class Theme:
    """One simulated site. Subclasses set the class attributes and the URL layout."""

    #: An original publisher (registry ``origin = true``) rather than a mirror.
    origin = False

    name = ""
    title_suffix = ""
    publisher = ""
    language = "en"
    timezone = "UTC"
    family = "generic"
    render = "http"
    #: How long after the origin this site publishes its copy of a story, in hours.
    delay_hours = 0.0
    #: Share of a mirror's generated articles that are its own local stories, not copies.
    local_share = 0.0
    #: Post ids: ``id_base + id_stride * index`` (gaps, as WordPress leaves for pages and media).
    id_base = 1000
    id_stride = 1
    #: Every ``flaky_every``-th article answers 503 + Retry-After once (0: never).
    flaky_every = 0
    #: The article with this index answers after ``slow_seconds`` (None: none).
    slow_index: int | None = None
    robots_disallow: tuple[str, ...] = ("/search",)
    sitemaps: tuple[str, ...] = ()
    crawl_delay: float | None = None
    home_size = 15

    def __init__(self, world: World, network: MirrorNet | None = None, slot: int = 0) -> None:
        self.world = world
        self.network = network
        self.count = world.size
        self.host = "127.0.0.1"
        self.port = 0
        self.base_url = "http://127.0.0.1/"
        self.tz = ZoneInfo(self.timezone)
        self.slow_seconds = 1.0
        self._flaked: set[str] = set()
        self.outages: dict[str, int] = {}  # path -> status served instead (MirrorNet.break_page)
        self._local = ProceduralStories(world.seed * 7919 + slot + 1)
        self.article = lru_cache(maxsize=4096)(self._article)
        self.title = lru_cache(maxsize=65536)(self._title)
        self._lists: dict[tuple, Any] = {}
        self._routes: list[tuple[Callable[[Request], Response | None]]] = []

    def registry_entry(self) -> dict[str, Any]:
        """This site's entry in the registry file (``domains`` is added by the network)."""
        return {
            "name": self.name,
            "base_url": self.base_url,
            "family": self.family,
            "language": self.language,
            "timezone": self.timezone,
            "render": self.render,
            "publisher": self.title_suffix,
            "origin": self.origin,
        }

    # -- the copy plan ---------------------------------------------------------------

    def is_local(self, k: int) -> bool:
        return (
            self.local_share > 0
            and self.world.hand_story(k) is None
            and unit(self.world.seed, self.name, "local", k) < self.local_share
        )

    def section_key(self, k: int) -> str:
        """The section of article ``k`` (a key of SECTIONS), without writing the article."""
        return self._local.section_of(k) if self.is_local(k) else self.world.section_of(k)

    def updated(self, k: int) -> datetime:
        return self.modified(k) or self.published(k)

    def story_for(self, k: int) -> Story:
        if self.is_local(k):
            return self._local.story(k, story_id=f"{self.name}-local-{k}")
        return self.world.story(k)

    def kind_for(self, k: int, rng: Random) -> str:
        """How this site copies story ``k``: one of ``stories.COPY_KINDS``."""
        return "verbatim"

    def _plan(self, k: int) -> tuple[str, Random]:
        rng = Random(f"{self.world.seed}:{self.name}:{k}")
        kind = "original" if self.is_local(k) else self.kind_for(k, rng)
        return kind, rng

    def _title(self, k: int) -> str:
        kind, rng = self._plan(k)
        hand = self.world.hand_story(k)
        if hand is not None:
            title = hand.text(self.language).title
        elif self.is_local(k):
            title = self._local.title(k, self.language)
        else:
            title = self.world.generated.title(k, self.language)
        return retitle(title, self.language, rng) if kind == "retitled" else title

    def _article(self, k: int) -> Copy:
        if not 0 <= k < self.count:
            raise IndexError(k)
        story = self.story_for(k)
        kind, rng = self._plan(k)
        text = story.text(self.language)
        paragraphs = text.paragraphs
        if kind == "truncated":
            paragraphs = truncate(paragraphs)
        elif kind == "rewritten":
            paragraphs = rewrite(paragraphs)
        credit = self.attribution(k, story, kind)
        return Copy(
            site=self.name,
            index=k,
            post_id=self.id_base + self.id_stride * k,
            story=story,
            kind=kind,
            language=self.language,
            title=self.title(k),
            paragraphs=paragraphs,
            dateline=text.dateline,
            published=self.published(k),
            modified=self.modified(k),
            section_key=story.section,
            section=SECTIONS[story.section][self.language],
            tags=text.tags,
            **credit,
        )

    def attribution(self, k: int, story: Story, kind: str) -> dict[str, Any]:
        """``authors``, ``byline``, ``publisher``, ``agencies``, ``credit``, ``original_url`` of a copy."""
        return {
            "authors": story.authors,
            "byline": ", ".join(story.authors) or None,
            "publisher": self.publisher,
            "agencies": (),
            "credit": None,
            "original_url": None,
        }

    def origin_url(self, k: int) -> str | None:
        """URL of the origin publisher's copy of story ``k``."""
        if self.network is None or "wirenews" not in self.network.themes:
            return None
        return self.network.themes["wirenews"].url(k)

    # -- time ------------------------------------------------------------------------

    def time(self, k: int) -> float:
        """Publication time of article ``k``, epoch seconds, whole minutes, growing with ``k``."""
        step = self.world.step
        t = self.world.story_time(k) + self.delay_hours * 3600 + unit(self.world.seed, self.name, "t", k) * 0.3 * step
        return t - t % 60

    def published(self, k: int) -> datetime:
        return datetime.fromtimestamp(self.time(k), self.tz)

    def modified(self, k: int) -> datetime | None:
        if unit(self.world.seed, self.name, "m", k) >= 0.25:
            return None
        t = self.time(k) + 60 + unit(self.world.seed, self.name, "mt", k) * 0.3 * self.world.step
        # Edited before the next post appears, so "modified after T" is a binary search too.
        t = min(t - t % 60, self.time(k + 1) - 60)
        return datetime.fromtimestamp(t, self.tz) if t > self.time(k) else None

    def first_at_or_after(self, ts: float) -> int:
        """The first article published at or after ``ts`` (``count`` when none)."""
        return bisect_left(range(self.count), ts, key=self.time)

    def first_after(self, ts: float) -> int:
        """The first article published strictly after ``ts``."""
        return bisect_left(range(self.count), ts + 1e-6, key=self.time)

    def between(self, start: datetime, end: datetime) -> range:
        """Articles published in ``[start, end)``."""
        return range(self.first_at_or_after(start.timestamp()), self.first_at_or_after(end.timestamp()))

    def newest(self, offset: int = 0, limit: int = 10) -> list[int]:
        top = self.count - 1 - offset
        return list(range(top, max(top - limit, -1), -1))

    # -- lists built on first use ----------------------------------------------------

    def cached_list(self, key: tuple, build: Callable[[], Any]) -> Any:
        full_key = (self.count, *key)
        value = self._lists.get(full_key)
        if value is None:
            if len(self._lists) > 512:
                self._lists.clear()
            value = self._lists[full_key] = build()
        return value

    def in_section(self, section: str) -> list[int]:
        """Indexes of the articles in section ``section`` (a key of SECTIONS), oldest first."""

        def build() -> list[int]:
            return [k for k in range(self.count) if self.section_key(k) == section]

        return self.cached_list(("section", section), build)

    def period_slugs(
        self, start: datetime, end: datetime, sep: str = "-", slugger: Callable[[str], str] = slugify
    ) -> dict[int, str]:
        """Slugs of the articles in a period (a day, a month), made unique as WordPress does."""

        def build() -> dict[int, str]:
            seen: dict[str, int] = {}
            out: dict[int, str] = {}
            for k in self.between(start, end):
                slug = slugger(self.title(k))
                n = seen[slug] = seen.get(slug, 0) + 1
                out[k] = slug if n == 1 else f"{slug}{sep}{n}"
            return out

        return self.cached_list(("slugs", start.timestamp(), end.timestamp(), sep), build)

    def by_post_id(self, text: str) -> int | None:
        try:
            post_id = int(text)
        except ValueError:
            return None
        k, rest = divmod(post_id - self.id_base, self.id_stride)
        return k if rest == 0 and 0 <= k < self.count else None

    # -- URLs ------------------------------------------------------------------------

    def path(self, k: int) -> str:
        raise NotImplementedError

    #: For sites whose article paths carry the post id as their first group: the pattern.
    article_path: re.Pattern[str] | None = None

    def find(self, path: str) -> int | None:
        """The article ``k`` at ``path``, or None."""
        if self.article_path is None:
            raise NotImplementedError
        match = self.article_path.match(path)
        return self.by_post_id(match.group(1)) if match else None

    def url(self, k: int) -> str:
        return self.base_url + self.path(k).lstrip("/")

    def abs(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def image_path(self, k: int) -> str:
        return f"/images/{self.world.seed}-{k}.jpg"

    # -- truth -----------------------------------------------------------------------

    def truth(self, k: int) -> dict[str, Any]:
        """The ground truth of article ``k``: what a perfect extractor returns for its page."""
        copy = self.article(k)
        return {
            "url": self.url(k),
            "site": self.name,
            "post_id": copy.post_id,
            "title": copy.title,
            "body": copy.body,
            "published_at": iso(copy.published),
            "modified_at": iso(copy.modified),
            # Every article page stamps its times in ISO 8601 with seconds (JSON-LD, meta, REST,
            # Blogger's abbr title), in the site's zone: that is the page's own form of them.
            "published_precision": "second",
            "modified_precision": "second" if copy.modified else None,
            "published_local": iso(copy.published),
            "modified_local": iso(copy.modified),
            "authors": list(copy.authors),
            "language": copy.language,
            "attribution": {
                "publisher": copy.publisher,
                "agencies": list(copy.agencies),
                "credit": copy.credit,
                "original_url": copy.original_url,
            },
            "dateline": copy.dateline,
            "section": copy.section,
            "tags": list(copy.tags),
            "image_url": self.abs(self.image_path(k)),
            "description": self.description(copy),
            "story": copy.story.id,
            "event": copy.story.event,
            "copy_kind": copy.kind,
        }

    def description(self, copy: Copy) -> str | None:
        return description(copy.paragraphs)

    # -- serving ---------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            return Response(
                "method not allowed", status=405, content_type="text/plain", headers=[("Allow", "GET, HEAD")]
            )
        path = request.path
        if path in self.outages:
            status = self.outages[path]
            return Response(f"<h1>{status}</h1>", status=status, content_type="text/html; charset=utf-8")
        if path == "/robots.txt":
            return Response(self.robots(), content_type="text/plain; charset=utf-8")
        if path.endswith((".jpg", ".jpeg")):
            return Response(JPEG, content_type="image/jpeg", headers=[("Cache-Control", "max-age=86400")])
        if path.endswith(".png") or path == "/favicon.ico":
            return Response(png(path), content_type="image/png", headers=[("Cache-Control", "max-age=86400")])
        response = self.route(request)
        return response if response is not None else self.not_found()

    def route(self, request: Request) -> Response | None:
        raise NotImplementedError

    def article_response(self, request: Request, k: int, page: Callable[[int], str], **kw: Any) -> Response:
        """An article page, with this site's share of trouble (503 once, the slow page)."""
        if self.flaky_every and k % self.flaky_every == 3 and request.path not in self._flaked:
            self._flaked.add(request.path)
            return Response("<h1>503 Service Unavailable</h1>", status=503, headers=[("Retry-After", "1")])
        delay = self.slow_seconds if k == self.slow_index else 0.0
        return Response(page(k), delay=delay, **kw)

    def robots(self) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {p}" for p in self.robots_disallow]
        if self.crawl_delay:
            lines.append(f"Crawl-delay: {self.crawl_delay:g}")
        lines += ["", "User-agent: BadBot", "Disallow: /", ""]
        lines += [f"Sitemap: {self.abs(p)}" for p in self.sitemaps]
        return "\n".join(lines) + "\n"

    def not_found(self) -> Response:
        return Response(
            f"<!DOCTYPE html><html><head><title>Not found - {esc(self.title_suffix or self.name)}</title></head>"
            f'<body class="error404"><h1>404</h1><p>Page not found.</p><a href="/">Home</a></body></html>',
            status=404,
        )

    @staticmethod
    def redirect(location: str, status: int = 301) -> Response:
        return Response("", status=status, content_type=None, headers=[("Location", location)])

    @staticmethod
    def json(data: Any, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Response:
        return Response(
            json.dumps(data, ensure_ascii=False),
            status=status,
            content_type="application/json; charset=UTF-8",
            headers=headers,
        )

    @staticmethod
    def xml(text: str, content_type: str = "application/xml; charset=UTF-8") -> Response:
        return Response(text, content_type=content_type)

    def post_sitemap_index(self, child: str, per_page: int) -> Response:
        """A sitemap index of post sitemaps ``child.format(n=1..)``, ``per_page`` articles each."""
        pages = max(1, -(-self.count // per_page))
        return self.xml(sitemap_index([(self.abs(child.format(n=n)), None) for n in range(1, pages + 1)]))

    def post_sitemap(self, n: int, per_page: int) -> Response | None:
        """Page ``n`` (from 1) of the post sitemap, with each article's last change; None past the end."""
        ks = range((n - 1) * per_page, min(n * per_page, self.count))
        if n < 1 or not ks:
            return None
        return self.xml(urlset([{"loc": self.url(k), "lastmod": iso(self.updated(k))} for k in ks]))

    # -- shared page pieces ----------------------------------------------------------

    def jsonld(self, k: int, person_authors: bool = True) -> str:
        """A schema.org NewsArticle block for article ``k``."""
        copy = self.article(k)
        authors: list[dict[str, str]] = [{"@type": "Person", "name": a} for a in copy.authors]
        if not authors and copy.agencies:
            authors = [{"@type": "Organization", "name": a} for a in copy.agencies]
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.url(k)},
            "headline": copy.title,
            "description": self.description(copy),
            "image": [self.abs(self.image_path(k))],
            "datePublished": iso(copy.published),
            "dateModified": iso(copy.updated),
            "author": authors,
            "publisher": {
                "@type": "Organization",
                "name": self.title_suffix,
                "logo": {"@type": "ImageObject", "url": self.abs("/logo.png")},
            },
            "articleSection": copy.section,
            "keywords": ", ".join(copy.tags),
            "inLanguage": copy.language,
        }
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'

    def page_number(self, text: str | None) -> int | None:
        try:
            number = int(text or "1")
        except ValueError:
            return None
        return number if number >= 1 else None

    def ago(self, k: int, hours: float) -> datetime:
        """``hours`` after article ``k`` was published, to the minute (comment times)."""
        return self.published(k) + timedelta(minutes=int(hours * 60))


# -- feed and sitemap documents --------------------------------------------------------


def urlset(entries: list[dict[str, Any]]) -> str:
    """A sitemap ``urlset``; an entry has ``loc`` and optional ``lastmod``, ``image``, ``news``."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ]
    for e in entries:
        out.append(f"<url><loc>{esc(e['loc'])}</loc>")
        if e.get("lastmod"):
            out.append(f"<lastmod>{e['lastmod']}</lastmod>")
        if e.get("image"):
            out.append(f"<image:image><image:loc>{esc(e['image'])}</image:loc></image:image>")
        if e.get("news"):
            n = e["news"]
            out.append(
                f"<news:news><news:publication><news:name>{esc(n['name'])}</news:name>"
                f"<news:language>{n['language']}</news:language></news:publication>"
                f"<news:publication_date>{n['date']}</news:publication_date>"
                f"<news:title>{esc(n['title'])}</news:title></news:news>"
            )
        out.append("</url>")
    out.append("</urlset>")
    return "\n".join(out)


def sitemap_index(entries: list[tuple[str, str | None]]) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for loc, lastmod in entries:
        out.append(
            f"<sitemap><loc>{esc(loc)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</sitemap>"
        )
    out.append("</sitemapindex>")
    return "\n".join(out)


def rss(channel: dict[str, str], items: list[dict[str, Any]]) -> str:
    """RSS 2.0 as WordPress writes it; an item has title, link, date, and optional
    guid, creator, categories, description, content."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{esc(channel['title'])}</title>",
        f'<atom:link href="{esc(channel["self"])}" rel="self" type="application/rss+xml" />',
        f"<link>{esc(channel['link'])}</link>",
        f"<description>{esc(channel.get('description', ''))}</description>",
        f"<lastBuildDate>{channel.get('updated', '')}</lastBuildDate>",
        f"<language>{channel.get('language', 'en')}</language>",
    ]
    for item in items:
        out.append("<item>")
        out.append(f"<title>{esc(item['title'])}</title>")
        out.append(f"<link>{esc(item['link'])}</link>")
        if item.get("creator"):
            out.append(f"<dc:creator><![CDATA[{item['creator']}]]></dc:creator>")
        out.append(f"<pubDate>{rfc822(item['date'])}</pubDate>")
        for category in item.get("categories", ()):
            out.append(f"<category><![CDATA[{category}]]></category>")
        guid = item.get("guid", item["link"])
        permalink = "true" if guid == item["link"] else "false"
        out.append(f'<guid isPermaLink="{permalink}">{esc(guid)}</guid>')
        if item.get("description"):
            out.append(f"<description><![CDATA[{item['description']}]]></description>")
        if item.get("content"):
            out.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out)


AGENCY_NAMES = {
    "AFP": "Agence France-Presse",
    "Reuters": "Reuters",
    "AP": "Associated Press",
    "Xinhua": "Xinhua",
    "Bernama": "Bernama",
    "ANTARA": "ANTARA",
    "Kyodo": "Kyodo News",
    "Yonhap": "Yonhap",
    "PTI": "Press Trust of India",
    "dpa": "dpa",
}


def wire_credit(agency: str | None) -> str | None:
    """The credit an English wire page shows: ``(AFP) -`` after the dateline, or ``- Reuters`` at the end."""
    if agency is None:
        return None
    return "- Reuters" if agency == "Reuters" else f"({agency}) -"


def wire_paragraphs(copy: Copy) -> list[str]:
    """The body as an English wire page prints it: dateline and credit around the text."""
    paragraphs = list(copy.paragraphs)
    agency = copy.agencies[0] if copy.agencies else None
    if copy.dateline:
        if agency and agency != "Reuters":
            paragraphs[0] = f"{copy.dateline} ({agency}) - {paragraphs[0]}"
        else:
            paragraphs[0] = f"{copy.dateline}: {paragraphs[0]}"
    if agency == "Reuters":
        paragraphs.append("- Reuters")
    return paragraphs
