"""``scrapy probe URL``: look at a site and print a registry entry ready to paste.

Fetches the homepage, robots.txt and a few well-known discovery documents, then
detects the family (WordPress, Blogger, generic), the REST API, feeds, sitemaps,
language and timezone, and whether article text needs a browser. Prints one
``[[site]]`` TOML table on standard output; what it found goes to standard error.
Exit code 2 when the homepage cannot be fetched.
"""

from __future__ import annotations

import http.client
import json
import re
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.commands import Standalone
from newscrawl.discovery import gunzip_capped, parse_feed, parse_rest_posts, parse_robots, parse_sitemap
from newscrawl.sites import ROUTES
from newscrawl.urls import url_problem

if TYPE_CHECKING:
    import argparse

#: Seconds per request while probing.
PROBE_TIMEOUT = 15.0
#: Largest body read per probe request.
PROBE_MAX_BYTES = 5 * 1024 * 1024

#: Likely IANA zone for a UTC offset (minutes) and language; first match wins.
ZONES: tuple[tuple[int, str | None, str], ...] = (
    (420, None, "Asia/Jakarta"),
    (480, "ms", "Asia/Kuala_Lumpur"),
    (480, "id", "Asia/Makassar"),
    (480, None, "Asia/Singapore"),
    (540, "id", "Asia/Jayapura"),
    (540, None, "Asia/Tokyo"),
    (330, None, "Asia/Kolkata"),
    (0, None, "UTC"),
    (60, None, "Europe/Paris"),
    (120, None, "Europe/Berlin"),
    (-300, None, "America/New_York"),
    (-240, None, "America/New_York"),
)


@dataclass
class Fetched:
    url: str
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def fetch(url: str, user_agent: str) -> Fetched | None:
    """GET ``url``; None when it cannot be reached. HTTP errors come back with their status."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=PROBE_TIMEOUT) as response:  # noqa: S310 - user-given URL
            body = response.read(PROBE_MAX_BYTES)
            headers = {k.lower(): v for k, v in response.headers.items()}
            status = response.status
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        return Fetched(
            url, exc.code, exc.read(PROBE_MAX_BYTES) if exc.fp else b"", {k.lower(): v for k, v in exc.headers.items()}
        )
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException):
        # HTTPException: a server that breaks HTTP (bad status line, cut-short body).
        return None
    if headers.get("content-encoding") == "gzip":
        # Bounded: 1 MB of gzip can hold 1 GB; broken gzip (zlib.error) or a body cut at
        # PROBE_MAX_BYTES (EOFError) raised out of gzip.decompress.
        body = gunzip_capped(body, PROBE_MAX_BYTES, url) or body
    return Fetched(final, status, body, headers)


def site_name(host: str) -> str:
    """A registry name from a host: ``www.sindo-batam.com`` → ``sindo-batam``."""
    host = host.lower().removeprefix("www.")
    label = host.split(":")[0].split(".")[0] if not re.match(r"^\d+\.\d+\.\d+\.\d+", host) else ""
    name = re.sub(r"[^a-z0-9_-]+", "-", label).strip("-")
    if not name or not name[0].isalpha():
        name = "site-" + re.sub(r"[^a-z0-9]+", "-", host).strip("-")
    return name[:64]


def detect_family(html: str) -> str:
    lowered = html.lower()
    if (
        "wp-content/" in lowered
        or "wp-includes/" in lowered
        or "api.w.org" in lowered
        or 'content="wordpress' in lowered
    ):
        return "wordpress"
    if "blogger.com" in lowered or 'content="blogger"' in lowered or "/feeds/posts/default" in lowered:
        return "blogger"
    return "generic"


def detect_language(html: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html, re.I)
    if match:
        return match.group(1).lower()
    match = re.search(r"og:locale[\"'][^>]*content=[\"']([a-z]{2})", html, re.I)
    if match:
        return match.group(1).lower()
    text = re.sub(r"<[^>]+>", " ", re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", html))
    try:
        import py3langid

        code, _ = py3langid.classify(" ".join(text.split())[:5000])
        return code
    except Exception:  # noqa: BLE001 - language is a hint only
        return None


_OFFSET = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:?\d{2})")


def offsets_in(text: str) -> list[int]:
    """UTC offsets (minutes) of ISO 8601 times found in ``text``, ignoring ``Z``/UTC ones."""
    found = []
    for match in _OFFSET.finditer(text):
        raw = match.group(1).replace(":", "")
        minutes = int(raw[1:3]) * 60 + int(raw[3:5])
        found.append(-minutes if raw[0] == "-" else minutes)
    return found


def zone_for(offset: int | None, language: str | None) -> str:
    if offset is None:
        return "UTC"
    for minutes, lang, zone in ZONES:
        if minutes == offset and (lang is None or lang == language):
            return zone
    hours, rest = divmod(abs(offset), 60)
    return "UTC" if rest else (f"Etc/GMT{'-' if offset > 0 else '+'}{hours}" if hours else "UTC")


def rest_offset(posts: list[dict[str, Any]]) -> int | None:
    """The site's UTC offset from a REST post's local ``date`` against ``date_gmt``."""
    for post in posts:
        try:
            local = datetime.fromisoformat(post["date"])
            utc = datetime.fromisoformat(post["date_gmt"])
        except (KeyError, TypeError, ValueError):
            continue
        return round((local - utc).total_seconds() / 60)
    return None


def absolute(base: str, link: str) -> str | None:
    """``link`` resolved against ``base``; None for a link that does not parse (``https://[x/``)."""
    try:
        return urljoin(base, link)
    except ValueError:
        return None


class Probe:
    """Everything ``scrapy probe`` learns about one site."""

    def __init__(self, url: str, user_agent: str) -> None:
        self.given = url
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url):  # a bare host: sindobatam.com
            url = "https://" + url
        self.url = url
        self.user_agent = user_agent
        self.notes: list[str] = []

    def get(self, path_or_url: str) -> Fetched | None:
        url = absolute(self.base, path_or_url)
        return fetch(url, self.user_agent) if url else None

    def run(self) -> dict[str, Any]:
        problem = url_problem(self.url)
        if problem:
            raise UsageError(f"{self.given!r} is not a site URL ({problem}); e.g. https://sindobatam.com/")
        home = fetch(self.url, self.user_agent)
        if home is None or home.status >= 400:
            raise UsageError(f"cannot fetch {self.url}: " + (f"HTTP {home.status}" if home else "unreachable"))
        parts = urlsplit(home.url)
        self.base = f"{parts.scheme}://{parts.netloc}/"
        html = home.body.decode("utf-8", "replace")
        entry: dict[str, Any] = {
            "name": site_name(parts.netloc if parts.hostname in ("127.0.0.1", "localhost") else parts.hostname or ""),
            "base_url": self.base,
            "domains": [parts.hostname.lower().removeprefix("www.")] if parts.hostname else [],
            "family": detect_family(html),
            "language": detect_language(html),
        }
        discovery: dict[str, Any] = {}
        routes: list[str] = []

        robots = self.get("/robots.txt")
        robot_sitemaps: tuple[str, ...] = ()
        if robots is not None and robots.status == 200:
            parsed = parse_robots(robots.body, self.user_agent)
            robot_sitemaps = parsed.sitemaps
            if parsed.crawl_delay:
                self.notes.append(f"robots.txt Crawl-delay {parsed.crawl_delay}s (honoured automatically)")

        posts: list[dict[str, Any]] = []
        for candidate in ("/wp-json/wp/v2/posts?per_page=5", "/?rest_route=/wp/v2/posts&per_page=5"):
            fetched = self.get(candidate)
            if fetched is not None and fetched.status == 200:
                page = parse_rest_posts(fetched.body)
                if page.ok and page.posts:
                    posts = [p.rest_post for p in page.posts if p.rest_post]
                    routes.append("rest")
                    entry["family"] = "wordpress"
                    self.notes.append(f"WordPress REST API at {candidate.split('?')[0] or '/'}")
                    break

        news, full = [], []
        candidates = list(robot_sitemaps) + [
            "/news-sitemap.xml",
            "/wp-sitemap.xml",
            "/sitemap_index.xml",
            "/sitemap.xml",
        ]
        for candidate in dict.fromkeys(candidates):
            fetched = self.get(candidate)
            if fetched is None or fetched.status != 200:
                continue
            sitemap = parse_sitemap(fetched.body, fetched.url)
            url = urljoin(self.base, candidate)
            if sitemap.is_news:
                news.append(url)
            elif sitemap.children or sitemap.urls:
                full.append(url)
            if full and news:
                break
        if news:
            routes.append("news_sitemap")
        if full:
            routes.append("sitemap")
        non_default = [
            u
            for u in news + full[:1]
            if urlsplit(u).path not in ("/news-sitemap.xml", "/wp-sitemap.xml", "/sitemap_index.xml", "/sitemap.xml")
        ]
        if non_default:
            discovery["sitemaps"] = non_default

        feeds = re.findall(
            r"<link[^>]+type=[\"']application/(?:rss|atom)\+xml[\"'][^>]*href=[\"']([^\"']+)", html, re.I
        ) + re.findall(r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*type=[\"']application/(?:rss|atom)\+xml", html, re.I)
        feed_candidates = [url for f in feeds if "comments" not in f and (url := absolute(self.base, f))]
        if entry["family"] == "blogger":
            feed_candidates.insert(0, urljoin(self.base, "/feeds/posts/default?alt=json"))
        feed_entries = []
        for candidate in dict.fromkeys(feed_candidates + [urljoin(self.base, "/feed/")]):
            fetched = self.get(candidate)
            if fetched is not None and fetched.status == 200:
                parsed_feed = parse_feed(fetched.body, fetched.url)
                if parsed_feed.entries:
                    feed_entries = list(parsed_feed.entries)
                    routes.append("feed")
                    if urlsplit(candidate).path not in ("/feed/",) and entry["family"] != "blogger":
                        discovery["feeds"] = [candidate]
                    break
        routes.append("archive")

        offset = rest_offset(posts)
        if offset is None:
            found = offsets_in(html)
            if not found and feed_entries:
                article = self.get(feed_entries[0].url)
                if article is not None:
                    found = offsets_in(article.body.decode("utf-8", "replace"))
            offset = max(set(found), key=found.count) if found else None
        entry["timezone"] = zone_for(offset, entry["language"])

        sample = posts[0].get("link") if posts else (feed_entries[0].url if feed_entries else None)
        entry["render"] = self._render(sample)
        if tuple(routes) != ROUTES:
            discovery["routes"] = routes  # only what answered, in the default order
        if discovery:
            entry["discovery"] = discovery
        return entry

    def _render(self, article_url: str | None) -> str:
        """``browser`` when an article page has scripts but no readable article text."""
        if not article_url:
            return "http"
        fetched = self.get(article_url)
        if fetched is None or fetched.status != 200:
            return "http"
        from newscrawl.pages import extract

        result = extract(fetched.body, fetched.url)
        has_script = b"<script" in fetched.body.lower()
        if result.article is None and has_script:
            self.notes.append(f"{article_url}: no article text without JavaScript")
            return "browser"
        return "http"


def to_toml(entry: dict[str, Any]) -> str:
    """One ``[[site]]`` table."""

    def value(v: Any) -> str:
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)

    lines = ["[[site]]"]
    tables = {}
    for key, v in entry.items():
        if isinstance(v, dict):
            tables[key] = v
        elif v is not None:
            lines.append(f"{key} = {value(v)}")
    for key, table in tables.items():
        lines.append(f"\n[site.{key}]")
        lines.extend(f"{k} = {value(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


class Command(Standalone, ScrapyCommand):
    requires_project = False

    def syntax(self) -> str:
        return "URL"

    def short_desc(self) -> str:
        return "Detect a site's family, discovery routes, language and timezone; print a registry entry"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one URL, e.g. scrapy probe https://sindobatam.com/")
        probe = Probe(args[0], self.settings.get("USER_AGENT", "newscrawl"))
        try:
            entry = probe.run()
        except UsageError as exc:
            sys.stderr.write(f"newscrawl: probe: {exc}\n")
            self.exitcode = 2
            return
        for note in probe.notes:
            sys.stderr.write(f"# {note}\n")
        sys.stdout.write(to_toml(entry))
