"""``wirenews``: the English origin publisher (an NDTV-like site) carrying wire copy.

Exercises: JSON-LD NewsArticle (with the agency as an Organization author when no
reporter is named), agency credits in the text ("Moscow (AFP) - ...", "... - Reuters"),
monthly sitemaps plus a Google News sitemap, an RSS feed, section archives with
``?page=``, an AMP copy under ``/amp/``, short links that 301 to the article, the same
page with and without a trailing slash or with ``utm_*`` parameters, and an infinite
calendar (``/calendar/2023/09/`` links to the next month forever).

URL layout::

    /world-news/<slug>-<id>          article (also with a trailing slash)
    /amp/world-news/<slug>-<id>      AMP copy
    /news/<id>                       301 to the article
    /world-news/?page=2              section archive
    /topic/<tag>/  /author/<name>/  /search?q=  /about/  /contact/  /calendar/YYYY/MM/
    /feeds/latest.xml  /feeds/<section>.xml
    /sitemap.xml -> /sitemaps/YYYY-MM.xml, /sitemaps/news.xml
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from random import Random
from typing import Any

from ..server import Request, Response
from ..stories import SECTIONS, Story, slugify
from .base import (
    AGENCY_NAMES,
    Theme,
    esc,
    iso,
    rss,
    sitemap_index,
    urlset,
    wire_credit,
    wire_paragraphs,
)

_ARTICLE = re.compile(r"^/(amp/)?([a-z]+)-news/([a-z0-9-]+)-(\d+)/?$")
_SECTION = re.compile(r"^/([a-z]+)-news/?$")
_CALENDAR = re.compile(r"^/calendar/(\d{4})/(\d{1,2})/?$")
_MONTH_SITEMAP = re.compile(r"^/sitemaps/(\d{4})-(\d{2})\.xml$")


def _english_date(dt: datetime) -> str:
    """``September 13, 2023 8:45 am IST``."""
    hour = dt.hour % 12 or 12
    return f"{dt:%B} {dt.day}, {dt.year} {hour}:{dt:%M} {'am' if dt.hour < 12 else 'pm'} IST"


class WireNews(Theme):
    name = "wirenews"
    origin = True
    title_suffix = "Wire News"
    publisher = "Wire News"
    language = "en"
    timezone = "Asia/Kolkata"
    family = "generic"
    id_base = 4_300_000
    id_stride = 1
    robots_disallow = ("/search", "/api/")
    sitemaps = ("/sitemap.xml", "/sitemaps/news.xml")
    home_size = 15

    def kind_for(self, k: int, rng: Random) -> str:
        return "original"

    def attribution(self, k: int, story: Story, kind: str) -> dict[str, Any]:
        return {
            "authors": story.authors,
            "byline": ", ".join(story.authors) or (AGENCY_NAMES[story.agency] if story.agency else "Wire News Desk"),
            "publisher": self.publisher,
            "agencies": (story.agency,) if story.agency else (),
            "credit": wire_credit(story.agency),
            "original_url": None,
        }

    # -- URLs ------------------------------------------------------------------------

    def path(self, k: int) -> str:
        return f"/{self.section_key(k)}-news/{slugify(self.title(k))}-{self.id_base + k}"

    def find(self, path: str) -> int | None:
        match = _ARTICLE.match(path)
        return self.by_post_id(match.group(4)) if match else None

    def image_path(self, k: int) -> str:
        return f"/images/{self.id_base + k}/lead.jpg"

    # -- pages -----------------------------------------------------------------------

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return Response(self.home())
        match = _ARTICLE.match(path)
        if match:
            k = self.by_post_id(match.group(4))
            if k is None:
                return None
            canonical = self.path(k)
            if match.group(1):
                return Response(self.amp_page(k))
            if path.rstrip("/") != canonical:
                return self.redirect(self.url(k))
            return self.article_response(request, k, self.article_page)
        match = re.match(r"^/news/(\d+)/?$", path)
        if match:
            k = self.by_post_id(match.group(1))
            return self.redirect(self.url(k)) if k is not None else None
        match = _SECTION.match(path)
        if match and match.group(1) in SECTIONS:
            page = self.page_number(request.query.get("page"))
            return self.section_page(match.group(1), page) if page else None
        match = _CALENDAR.match(path)
        if match and 1 <= int(match.group(2)) <= 12:
            return Response(self.calendar(int(match.group(1)), int(match.group(2))))
        if path.startswith("/topic/"):
            return Response(
                self.listing_page(
                    f"Topic: {path[7:].strip('/')}",
                    self.scan(lambda k: path[7:].strip("/") in {slugify(t) for t in self.article(k).tags}),
                )
            )
        if path.startswith("/author/"):
            who = path[8:].strip("/")
            return Response(
                self.listing_page(
                    f"Author: {who}", self.scan(lambda k: who in {slugify(a) for a in self.article(k).authors})
                )
            )
        if path == "/search":
            words = request.query.get("q", "").lower().split()
            return Response(
                self.listing_page(
                    "Search results", self.scan(lambda k: all(w in self.title(k).lower() for w in words), limit=10)
                )
            )
        if path in ("/about/", "/contact/", "/about", "/contact"):
            return Response(self.static_page(path.strip("/")))
        if path == "/feeds/latest.xml" or re.match(r"^/feeds/[a-z]+\.xml$", path):
            section = path[7:-4]
            if section != "latest" and section not in SECTIONS:
                return None
            return self.feed(None if section == "latest" else section)
        if path == "/sitemap.xml":
            return self.xml(self.sitemap_root())
        if path == "/sitemaps/news.xml":
            return self.xml(self.news_sitemap())
        match = _MONTH_SITEMAP.match(path)
        if match:
            return self.month_sitemap(int(match.group(1)), int(match.group(2)))
        return None

    def scan(self, keep, limit: int = 20, depth: int = 500) -> list[int]:
        """Newest articles passing ``keep``, looking at most ``depth`` articles back."""
        return [k for k in self.newest(0, depth) if keep(k)][:limit]

    def layout(self, title: str, main: str, head: str = "", body_class: str = "") -> str:
        nav = "".join(f'<li><a href="/{key}-news/">{labels["en"]}</a></li>' for key, labels in SECTIONS.items())
        trending = "".join(
            f'<li><a href="{esc(self.url(k))}?utm_source=trending&amp;utm_medium=sidebar">{esc(self.title(k))}</a></li>'
            for k in self.newest(0, 5)
        )
        newest = self.published(self.count - 1)
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>{head}
<link rel="alternate" type="application/rss+xml" title="Wire News - Latest" href="{self.abs("/feeds/latest.xml")}">
<link rel="icon" href="/favicon.ico"></head>
<body class="{body_class}">
<header class="site-header"><a class="logo" href="/"><img src="/logo.png" alt="Wire News"></a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<div class="container">{main}
<aside class="sidebar"><div class="widget trending"><h3>Trending</h3><ul>{trending}</ul></div>
<div class="widget archive"><h3>Archive</h3><a href="/calendar/{newest.year}/{newest.month:02d}/">Browse by month</a></div>
<div class="ad-slot" data-slot="rhs-300x250">Advertisement</div></aside></div>
<footer class="site-footer"><a href="/about/">About us</a> | <a href="/contact/">Contact</a> |
<a href="/feeds/latest.xml">RSS</a><p>&copy; Wire News. All rights reserved.</p></footer>
</body></html>"""

    def article_page(self, k: int) -> str:
        copy = self.article(k)
        url = self.url(k)
        desc = esc(self.description(copy) or "")
        head = (
            f'<meta name="description" content="{desc}">'
            f'<link rel="canonical" href="{esc(url)}">'
            f'<link rel="amphtml" href="{esc(self.abs("/amp" + self.path(k)))}">'
            f'<meta property="og:type" content="article"><meta property="og:site_name" content="Wire News">'
            f'<meta property="og:title" content="{esc(copy.title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:image" content="{self.abs(self.image_path(k))}">'
            f'<meta property="article:published_time" content="{iso(copy.published)}">'
            f'<meta property="article:modified_time" content="{iso(copy.updated)}">'
            + (f'<meta name="author" content="{esc(", ".join(copy.authors))}">' if copy.authors else "")
            + self.jsonld(k)
        )
        if copy.authors:
            byline = "Written by " + ", ".join(
                f'<a class="pst-by_lnk" href="/author/{slugify(a)}/">{esc(a)}</a>' for a in copy.authors
            )
        else:
            byline = f'<span class="pst-by_lnk">{esc(copy.byline or "")}</span>'
        updated = f"Updated: {_english_date(copy.updated)}"
        body = "\n".join(f"<p>{esc(p)}</p>" for p in wire_paragraphs(copy))
        tags = " ".join(f'<a href="/topic/{slugify(t)}/">{esc(t)}</a>' for t in copy.tags)
        related = "".join(
            f'<li><a href="{esc(self.url(j))}">{esc(self.title(j))}</a>'
            f'<span class="rel-date">{_english_date(self.published(j))}</span></li>'
            for j in range(k - 1, max(k - 4, -1), -1)
        )
        main = f"""<main class="main-col"><div class="breadcrumb"><a href="/">Home</a> &raquo;
<a href="/{copy.section_key}-news/">{esc(copy.section)} News</a></div>
<article class="ins_storybody" id="ins_storybody">
<h1 class="sp-ttl">{esc(copy.title)}</h1>
<div class="pst-by">{byline} | {esc(copy.section)} News | <span class="pst-by_li">{updated}</span></div>
<figure class="ins_instory_dv"><img src="{self.image_path(k)}" alt="{esc(copy.title)}" width="640" height="360">
<figcaption>File photo.</figcaption></figure>
<div class="sp-cn ins_storybody" itemprop="articleBody">
{body}
</div>
<div class="social-share"><a href="#">Share on X</a> <a href="#">WhatsApp</a></div>
<div class="tags">Tags: {tags}</div>
</article>
<section class="related"><h2>Related News</h2><ul>{related}</ul></section></main>"""
        return self.layout(f"{copy.title} | Wire News", main, head, "article-page")

    def amp_page(self, k: int) -> str:
        copy = self.article(k)
        body = "\n".join(f"<p>{esc(p)}</p>" for p in wire_paragraphs(copy))
        return f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8">
<title>{esc(copy.title)} | Wire News</title><link rel="canonical" href="{esc(self.url(k))}">
<meta name="viewport" content="width=device-width">{self.jsonld(k)}
<style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header class="amp-header"><a href="/">Wire News</a></header>
<article class="amp-story"><h1>{esc(copy.title)}</h1>
<div class="amp-byline">{esc(", ".join(copy.authors) or copy.byline or "")} | Updated: {_english_date(copy.updated)}</div>
<amp-img src="{self.image_path(k)}" width="640" height="360" layout="responsive"></amp-img>
<div class="amp-body">{body}</div></article></body></html>"""

    def listing_page(self, heading: str, ks: list[int], nav: str = "") -> str:
        items = "".join(
            f'<li class="news_item"><a href="{esc(self.url(k))}">{esc(self.title(k))}</a>'
            f'<span class="posted-on">{_english_date(self.published(k))}</span></li>'
            for k in ks
        )
        return self.layout(
            f"{heading} | Wire News",
            f'<main class="listing"><h1>{esc(heading)}</h1><ul class="news-list">{items}</ul>{nav}</main>',
            body_class="listing",
        )

    def home(self) -> str:
        ks = self.newest(0, self.home_size)
        items = "".join(
            f'<div class="lead-story"><a href="{esc(self.url(k))}{"?utm_source=homepage&amp;utm_medium=top" if i < 3 else ""}">'
            f"{esc(self.title(k))}</a></div>"
            for i, k in enumerate(ks)
        )
        return self.layout(
            "Wire News: Latest News, World News, Business and Sport",
            f'<main class="home">{items}</main>',
            body_class="home",
        )

    def section_page(self, section: str, page: int) -> Response | None:
        ks = self.in_section(section)
        per = 20
        chunk = ks[::-1][(page - 1) * per : page * per]
        if not chunk and page > 1:
            return None
        nav = ""
        if page * per < len(ks):
            nav += f'<a class="next" href="/{section}-news/?page={page + 1}">Next</a>'
        if page > 1:
            nav += f' <a class="prev" href="/{section}-news/?page={page - 1}">Previous</a>'
        return Response(
            self.listing_page(f"{SECTIONS[section]['en']} News", chunk, f'<div class="pagination">{nav}</div>')
        )

    def calendar(self, year: int, month: int) -> str:
        # The trap: every month links to the next one, for ever, whether or not it has news.
        start = datetime(year, month, 1, tzinfo=self.tz)
        nxt = (start + timedelta(days=32)).replace(day=1)
        prev = (start - timedelta(days=1)).replace(day=1)
        ks = list(self.between(start, nxt))[::-1][:30] if year < 3000 else []
        nav = (
            f'<div class="cal-nav"><a href="/calendar/{prev.year}/{prev.month:02d}/">&laquo; {prev:%B %Y}</a> '
            f'<a href="/calendar/{nxt.year}/{nxt.month:02d}/">{nxt:%B %Y} &raquo;</a></div>'
        )
        return self.listing_page(f"News archive: {start:%B %Y}", ks, nav)

    def static_page(self, which: str) -> str:
        text = {
            "about": "Wire News is an independent English-language news site. We publish our own reporting and "
            "stories from international news agencies, credited on every article.",
            "contact": "Newsroom: newsroom@wirenews.example. Advertising: ads@wirenews.example.",
        }[which]
        return self.layout(
            f"{which.title()} | Wire News", f'<main class="page"><h1>{which.title()}</h1><p>{text}</p></main>'
        )

    # -- feeds and sitemaps ----------------------------------------------------------

    def feed(self, section: str | None) -> Response:
        ks = self.in_section(section)[::-1][:20] if section else self.newest(0, 20)
        items = [
            {
                "title": self.title(k),
                "link": self.url(k),
                "date": self.published(k),
                "creator": self.article(k).byline,
                "categories": [self.article(k).section],
                "description": self.description(self.article(k)),
            }
            for k in ks
        ]
        channel = {
            "title": "Wire News - Latest",
            "link": self.base_url,
            "self": self.abs("/feeds/latest.xml"),
            "description": "Latest news from Wire News",
            "language": "en",
            "updated": items[0]["date"].strftime("%a, %d %b %Y %H:%M:%S %z") if items else "",
        }
        return self.xml(rss(channel, items), "application/rss+xml; charset=UTF-8")

    def months(self) -> list[tuple[int, int]]:
        first, last = self.published(0), self.published(self.count - 1)
        out, y, m = [], first.year, first.month
        while (y, m) <= (last.year, last.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def sitemap_root(self) -> str:
        entries = [(self.abs(f"/sitemaps/{y}-{m:02d}.xml"), None) for y, m in reversed(self.months())]
        return sitemap_index([(self.abs("/sitemaps/news.xml"), None), *entries])

    def month_sitemap(self, year: int, month: int) -> Response | None:
        if not 1 <= month <= 12:
            return None
        start = datetime(year, month, 1, tzinfo=self.tz)
        end = (start + timedelta(days=32)).replace(day=1)
        ks = self.between(start, end)
        if not ks:
            return None
        return self.xml(urlset([{"loc": self.url(k), "lastmod": iso(self.updated(k))} for k in reversed(ks)]))

    def news_sitemap(self) -> str:
        newest = self.time(self.count - 1)
        ks = range(self.first_after(newest - 2 * 86400), self.count)
        return urlset(
            [
                {
                    "loc": self.url(k),
                    "news": {
                        "name": "Wire News",
                        "language": "en",
                        "date": iso(self.published(k)),
                        "title": self.title(k),
                    },
                }
                for k in reversed(ks)
            ][:1000]
        )
