"""What the two WordPress mirrors share: permalinks by day, REST post objects, core routes.

WordPress answers ``/?p=ID`` with a 301 to the permalink, a permalink without its
trailing slash with a 301 to the slashed one, and ignores unknown query parameters
(``utm_*``), so one article is reachable under many URLs.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

from ..server import Request, Response
from ..stories import SECTIONS, slugify
from .base import Theme, esc, rfc822, rss

#: WordPress term ids of the categories (one per section) and of the "Uncategorized" term.
CATEGORY_IDS = {key: i + 2 for i, key in enumerate(SECTIONS)}


def wp_local(dt: datetime) -> str:
    """WordPress REST's ``date``: local time without offset."""
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def tag_id(tag: str) -> int:
    return 100 + zlib.crc32(slugify(tag).encode()) % 900_000


_DAY_PERMALINK = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(/amp)?(/?)$")
_MONTH_PERMALINK = re.compile(r"^/(\d{4})/(\d{2})/()([a-z0-9-]+)(/amp)?(/?)$")


class WordPressTheme(Theme):
    """A WordPress site with date permalinks: ``/YYYY/MM/DD/slug/`` or (``by_month``) ``/YYYY/MM/slug/``."""

    family = "wordpress"
    by_month = False
    id_stride = 3
    per_page = 10
    category_base = "category"

    def category_slug(self, section: str) -> str:
        return slugify(SECTIONS[section][self.language])

    def section_from_slug(self, slug: str) -> str | None:
        return next((key for key in SECTIONS if self.category_slug(key) == slug), None)

    # -- permalinks ------------------------------------------------------------------

    def _period(self, dt: datetime) -> tuple[datetime, datetime]:
        """The day (or month) whose posts must have distinct slugs."""
        if self.by_month:
            start = datetime(dt.year, dt.month, 1, tzinfo=self.tz)
            return start, (start + timedelta(days=32)).replace(day=1)
        start = datetime(dt.year, dt.month, dt.day, tzinfo=self.tz)
        return start, start + timedelta(days=1)

    @property
    def permalink_re(self) -> re.Pattern[str]:
        return _MONTH_PERMALINK if self.by_month else _DAY_PERMALINK

    def slug(self, k: int) -> str:
        return self.period_slugs(*self._period(self.published(k)))[k]

    def path(self, k: int) -> str:
        return f"/{self.published(k):{'%Y/%m' if self.by_month else '%Y/%m/%d'}}/{self.slug(k)}/"

    def find(self, path: str) -> int | None:
        match = self.permalink_re.match(path)
        if not match:
            return None
        try:
            day = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1), tzinfo=self.tz)
        except ValueError:
            return None
        slugs = self.period_slugs(*self._period(day))
        return next((k for k, slug in slugs.items() if slug == match.group(4)), None)

    def image_path(self, k: int) -> str:
        return f"/wp-content/uploads/{self.published(k):%Y/%m}/{self.slug(k)}.jpg"

    # -- routing shared by both WordPress sites --------------------------------------

    def author_listing(self, slug: str, names: Iterable[str]) -> Response | None:
        """``/author/<slug>/``: the author's ten newest posts, or None for an unknown author."""
        who = next((name for name in names if slugify(name) == slug), None)
        if who is None:
            return None
        ks = [k for k in self.newest(0, 300) if self.article(k).byline == who][:10]
        return Response(self.listing(f"Penulis: {who}", ks, ""))

    def wp_route(self, request: Request) -> Response | None:
        """Permalinks, ``?p=``, feeds and paged archives; None when the path is not one of them."""
        path, query = request.path, request.query
        if path == "/" and "p" in query:
            k = self.by_post_id(query["p"])
            return self.redirect(self.url(k)) if k is not None else None
        match = self.permalink_re.match(path)
        k = self.find(path) if match else None
        if match and k is not None:
            if match.group(5):
                return Response(self.amp_page(k))
            if not match.group(6):
                return self.redirect(self.url(k))
            return self.article_response(request, k, self.article_page)
        if path in ("/feed/", "/feed"):
            page = self.page_number(query.get("paged"))
            return self.feed(None, page) if page else None
        match = re.match(rf"^/{self.category_base}/([a-z0-9-]+)/(?:page/(\d+)/|feed/)?$", path)
        if match:
            section = self.section_from_slug(match.group(1))
            if section is None:
                return None
            if path.endswith("/feed/"):
                return self.feed(section, 1)
            return self.archive(
                self.in_section(section),
                int(match.group(2) or 1),
                f"/{self.category_base}/{match.group(1)}/",
                SECTIONS[section][self.language],
            )
        match = re.match(r"^/(?:page/(\d+)/)?$", path)
        if match and not query.get("s"):
            page = int(match.group(1) or 1)
            if page == 1:
                return Response(self.home())
            return self.archive(range(self.count), page, "/", self.title_suffix)
        match = re.match(r"^/(\d{4})/(\d{2})/(?:(\d{2})/)?(?:page/(\d+)/)?$", path)
        if match:
            try:
                start = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1), tzinfo=self.tz)
            except ValueError:
                return None
            end = start + timedelta(days=1) if match.group(3) else (start + timedelta(days=32)).replace(day=1)
            base = path.split("page/")[0]
            return self.archive(self.between(start, end), int(match.group(4) or 1), base, f"Arsip {start:%m/%Y}")
        if path == "/" and "s" in query:
            words = query["s"].lower().split()
            hits = [k for k in self.newest(0, 300) if all(w in self.title(k).lower() for w in words)]
            return Response(self.listing(f"Hasil pencarian: {query['s']}", hits[:10], ""))
        match = re.match(r"^/tag/([a-z0-9-]+)/$", path)
        if match:
            hits = [k for k in self.newest(0, 500) if match.group(1) in {slugify(t) for t in self.article(k).tags}]
            return Response(self.listing(f"Tag: {match.group(1)}", hits[:20], ""))
        return None

    def archive(self, ks, page: int, base: str, heading: str) -> Response | None:
        """A paged archive, newest first, ``per_page`` a page, ``base`` + ``page/N/`` links."""
        total = len(ks)
        pages = max(1, -(-total // self.per_page))
        if page > pages:
            return None
        top = total - 1 - (page - 1) * self.per_page
        chunk = [ks[i] for i in range(top, max(top - self.per_page, -1), -1)]
        nav = []
        if page < pages:
            nav.append(f'<a class="next page-numbers" href="{base}page/{page + 1}/">Berikutnya &raquo;</a>')
        if page > 1:
            prev = base if page == 2 else f"{base}page/{page - 1}/"
            nav.append(f'<a class="prev page-numbers" href="{prev}">&laquo; Sebelumnya</a>')
        return Response(self.listing(heading, chunk, " ".join(nav)))

    # -- feeds -----------------------------------------------------------------------

    feed_size = 10

    def feed(self, section: str | None, page: int) -> Response | None:
        ks = self.in_section(section) if section else range(self.count)
        top = len(ks) - 1 - (page - 1) * self.feed_size
        if top < 0:
            return None
        chosen = [ks[i] for i in range(top, max(top - self.feed_size, -1), -1)]
        items = [
            {
                "title": self.title(k),
                "link": self.url(k),
                "date": self.published(k),
                "creator": self.article(k).byline,
                "categories": [self.article(k).section, *self.article(k).tags],
                "guid": self.abs(f"/?p={self.id_base + self.id_stride * k}"),
                "description": self.description(self.article(k)),
                "content": self.entry_content(k),
            }
            for k in chosen
        ]
        channel = {
            "title": self.title_suffix,
            "link": self.base_url,
            "self": self.abs("/feed/"),
            "description": self.tagline,
            "language": "id-ID",
            "updated": rfc822(self.updated(self.count - 1)),
        }
        return self.xml(rss(channel, items), "application/rss+xml; charset=UTF-8")

    tagline = ""

    # -- REST ------------------------------------------------------------------------

    def rest_post(self, k: int) -> dict[str, Any]:
        copy = self.article(k)
        post_id = self.id_base + self.id_stride * k
        return {
            "id": post_id,
            "date": wp_local(copy.published),
            "date_gmt": _gmt(copy.published),
            "guid": {"rendered": self.abs(f"/?p={post_id}")},
            "modified": wp_local(copy.updated),
            "modified_gmt": _gmt(copy.updated),
            "slug": self.slug(k),
            "status": "publish",
            "type": "post",
            "link": self.url(k),
            "title": {"rendered": esc(copy.title, quote=False)},
            "content": {"rendered": self.entry_content(k) + "\n", "protected": False},
            "excerpt": {"rendered": f"<p>{esc(self.description(copy) or '', quote=False)}</p>\n", "protected": False},
            "author": 1,
            "featured_media": post_id + 1,
            "comment_status": "open",
            "ping_status": "open",
            "sticky": False,
            "template": "",
            "format": "standard",
            "meta": [],
            "categories": [CATEGORY_IDS[copy.section_key]],
            "tags": [tag_id(t) for t in copy.tags],
            "_links": {
                "self": [{"href": self.abs(f"/wp-json/wp/v2/posts/{post_id}")}],
                "collection": [{"href": self.abs("/wp-json/wp/v2/posts")}],
                "author": [{"embeddable": True, "href": self.abs("/wp-json/wp/v2/users/1")}],
            },
        }

    def rest(self, request: Request, route: str) -> Response | None:
        """The WordPress REST API (``/wp-json/<route>`` or ``/?rest_route=/<route>``)."""
        route = "/" + route.strip("/")
        if route in ("/", ""):
            return self.json(
                {
                    "name": self.title_suffix,
                    "description": self.tagline,
                    "url": self.base_url,
                    "namespaces": ["oembed/1.0", "wp/v2"],
                    "routes": {"/wp/v2/posts": {}},
                }
            )
        if route == "/wp/v2/posts":
            return self.rest_posts(request.query)
        match = re.match(r"^/wp/v2/posts/(\d+)$", route)
        if match:
            k = self.by_post_id(match.group(1))
            if k is None:
                return _rest_error("rest_post_invalid_id", "Invalid post ID.", 404)
            return self.json(_fields(self.rest_post(k), request.query.get("_fields")))
        if route == "/wp/v2/categories":
            return self.json(
                [
                    {
                        "id": CATEGORY_IDS[key],
                        "name": labels[self.language],
                        "slug": self.category_slug(key),
                        "taxonomy": "category",
                        "link": self.abs(f"/{self.category_base}/{self.category_slug(key)}/"),
                    }
                    for key, labels in SECTIONS.items()
                ]
            )
        if route == "/wp/v2/users/1":
            return self.json({"id": 1, "name": "Redaksi", "slug": "redaksi", "link": self.abs("/author/redaksi/")})
        return _rest_error("rest_no_route", "No route was found matching the URL and request method.", 404)

    def rest_posts(self, query: dict[str, str]) -> Response:
        try:
            page = int(query.get("page", "1"))
            per_page = int(query.get("per_page", "10"))
        except ValueError:
            return _rest_error("rest_invalid_param", "Invalid parameter(s): page, per_page", 400)
        if not 1 <= per_page <= 100 or page < 1:
            return _rest_error("rest_invalid_param", "Invalid parameter(s): per_page", 400)
        lo, hi = 0, self.count
        for name, key, upper in (
            ("after", self.time, False),
            ("before", self.time, True),
            ("modified_after", self.updated_time, False),
            ("modified_before", self.updated_time, True),
        ):
            if name not in query:
                continue
            try:
                bound = datetime.fromisoformat(query[name].replace("Z", "+00:00"))
            except ValueError:
                return _rest_error("rest_invalid_param", f"Invalid parameter(s): {name}", 400)
            if bound.tzinfo is None:
                bound = bound.replace(tzinfo=self.tz)
            ts = bound.timestamp()
            # Times grow with the index on every site, so a bound is a binary search.
            edge = bisect_left(range(self.count), ts + (0 if upper else 1e-6), key=key)
            lo, hi = (lo, min(hi, edge)) if upper else (max(lo, edge), hi)
        ks = range(lo, max(lo, hi))
        if "categories" in query:
            wanted = {int(c) for c in query["categories"].split(",") if c.isdigit()}
            sections = [key for key, cid in CATEGORY_IDS.items() if cid in wanted]
            allowed = set().union(*(self.in_section(s) for s in sections)) if sections else set()
            ks = [k for k in ks if k in allowed]
        if "include" in query:
            wanted_k = {self.by_post_id(i) for i in query["include"].split(",")}
            ks = [k for k in ks if k in wanted_k]
        orderby = query.get("orderby", "date")
        order = query.get("order", "desc")
        if orderby not in ("date", "id", "modified", "title", "slug", "include") or order not in ("asc", "desc"):
            return _rest_error("rest_invalid_param", "Invalid parameter(s): orderby", 400)
        ordered = list(ks) if orderby != "title" else sorted(ks, key=self.title)
        if order == "desc":
            ordered.reverse()
        total = len(ordered)
        pages = -(-total // per_page)
        if page > max(pages, 1):
            return _rest_error(
                "rest_post_invalid_page_number",
                "The page number requested is larger than the number of pages available.",
                400,
            )
        chunk = ordered[(page - 1) * per_page : page * per_page]
        headers = [("X-WP-Total", str(total)), ("X-WP-TotalPages", str(pages))]
        if page < pages:
            headers.append(
                ("Link", f'<{self.abs("/wp-json/wp/v2/posts")}?page={page + 1}&per_page={per_page}>; rel="next"')
            )
        fields = query.get("_fields")
        return self.json([_fields(self.rest_post(k), fields) for k in chunk], headers=headers)

    def updated_time(self, k: int) -> float:
        return self.updated(k).timestamp()

    def entry_content(self, k: int) -> str:
        raise NotImplementedError

    def amp_page(self, k: int) -> str:
        copy = self.article(k)
        return f"""<!doctype html><html amp lang="id"><head><meta charset="utf-8"><title>{esc(copy.title)} - {esc(self.title_suffix)}</title>
<link rel="canonical" href="{esc(self.url(k))}"><meta name="viewport" content="width=device-width">
<style amp-boilerplate>body{{visibility:hidden}}</style></head><body class="amp-wp">
<header class="amp-wp-header"><a href="/">{esc(self.title_suffix)}</a></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(copy.title)}</h1>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{copy.published.isoformat()}">{self.display_date(copy.published)}</time></div></header>
<div class="amp-wp-article-content">{self.entry_content(k)}</div></article></body></html>"""

    def display_date(self, dt: datetime) -> str:
        raise NotImplementedError

    def home(self) -> str:
        raise NotImplementedError

    def listing(self, heading: str, ks: list[int], nav: str) -> str:
        raise NotImplementedError

    def article_page(self, k: int) -> str:
        raise NotImplementedError


def _fields(post: dict[str, Any], fields: str | None) -> dict[str, Any]:
    """WordPress's ``_fields=id,title.rendered``: keep only the named (top-level or dotted) fields."""
    if not fields:
        return post
    out: dict[str, Any] = {}
    for name in fields.split(","):
        head, _, rest = name.strip().partition(".")
        if head not in post:
            continue
        if rest and isinstance(post[head], dict):
            if rest in post[head]:
                out.setdefault(head, {})[rest] = post[head][rest]
        else:
            out[head] = post[head]
    return out


def _rest_error(code: str, message: str, status: int) -> Response:
    return Theme.json({"code": code, "message": message, "data": {"status": status}}, status=status)


def _gmt(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
