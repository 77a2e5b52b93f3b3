"""``globalwire``: an English aggregator that republishes the origin with its own boilerplate.

Exercises: "Also Read" inserts and a newsletter prompt inside the article body, share
bars and a "Most Read" list with dates; verbatim, retitled and lightly rewritten copies
(words swapped, paragraphs reordered, the last one cut); a wrong charset declaration
(the HTTP header says ``iso-8859-1``, the bytes and the ``<meta>`` are UTF-8: decode as
UTF-8 and the truth holds); one slow article (``slow_seconds``, 1 s by default); an Atom
feed; a sitemap index of big sitemaps.

URL layout::

    /news/<id>-<slug>             article (wrong slug: 301)
    /latest?page=N  /section/<key>?page=N  /tag/<slug>  /search?q=  /about
    /feeds/all.atom.xml (latest 20)
    /sitemap-index.xml -> /sitemap-posts-N.xml (10000 a page)
"""

from __future__ import annotations

import re
from datetime import datetime
from random import Random
from typing import Any

from ..server import Request, Response
from ..stories import SECTIONS, Story, slugify
from .base import Theme, esc, iso, wire_credit, wire_paragraphs

SITEMAP_PAGE = 10_000
PER_PAGE = 20
# The lie: real bytes are UTF-8.
HTML_TYPE = "text/html; charset=iso-8859-1"
_ARTICLE = re.compile(r"^/news/(\d+)-([a-z0-9-]+)$")


def gmt(dt: datetime) -> str:
    """``13 Sep 2023, 04:05 GMT``."""
    return f"{dt.day} {dt:%b %Y, %H:%M} GMT"


class GlobalWire(Theme):
    name = "globalwire"
    article_path = _ARTICLE
    title_suffix = "Global Wire"
    publisher = "Global Wire"
    language = "en"
    timezone = "UTC"
    delay_hours = 0.5
    id_base = 700_000
    id_stride = 1
    robots_disallow = ("/search", "/share/")
    sitemaps = ("/sitemap-index.xml",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.slow_index = self.world.size // 2

    def kind_for(self, k: int, rng: Random) -> str:
        roll = rng.random()
        return "rewritten" if roll < 0.25 else "retitled" if roll < 0.4 else "verbatim"

    def attribution(self, k: int, story: Story, kind: str) -> dict[str, Any]:
        authors = () if kind == "rewritten" else story.authors
        return {
            "authors": authors,
            "byline": ", ".join(authors) or "Global Wire Desk",
            "publisher": "Wire News",
            "agencies": (story.agency,) if story.agency else (),
            "credit": wire_credit(story.agency),
            "original_url": self.origin_url(k),
        }

    def path(self, k: int) -> str:
        return f"/news/{self.id_base + k}-{slugify(self.title(k))}"

    def image_path(self, k: int) -> str:
        return f"/static/img/{self.id_base + k}.png"

    def html(self, text: str, **kw: Any) -> Response:
        return Response(text, content_type=HTML_TYPE, **kw)

    def route(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path == "/":
            return self.html(
                self.listing(
                    "Global Wire: the world's news, aggregated",
                    self.newest(0, PER_PAGE),
                    '<a class="more" href="/latest?page=2">More news</a>',
                )
            )
        match = re.match(r"^/news/(\d+)(?:-[a-z0-9-]*)?/?$", path)
        if match:
            k = self.by_post_id(match.group(1))
            if k is None:
                return None
            if path != self.path(k):
                return self.redirect(self.url(k))
            return self.article_response(request, k, self.article_page, content_type=HTML_TYPE)
        if path == "/latest":
            page = self.page_number(query.get("page"))
            if page is None or (page - 1) * PER_PAGE >= self.count:
                return None
            nav = f'<a class="next" href="/latest?page={page + 1}">Older</a>' if page * PER_PAGE < self.count else ""
            return self.html(
                self.listing(f"Latest news, page {page}", self.newest((page - 1) * PER_PAGE, PER_PAGE), nav)
            )
        match = re.match(r"^/section/([a-z]+)$", path)
        if match and match.group(1) in SECTIONS:
            page = self.page_number(query.get("page")) or 1
            ks = self.in_section(match.group(1))[::-1]
            chunk = ks[(page - 1) * PER_PAGE : page * PER_PAGE]
            if not chunk and page > 1:
                return None
            nav = (
                f'<a class="next" href="/section/{match.group(1)}?page={page + 1}">Older</a>'
                if page * PER_PAGE < len(ks)
                else ""
            )
            return self.html(self.listing(SECTIONS[match.group(1)]["en"], chunk, nav))
        match = re.match(r"^/tag/([a-z0-9-]+)$", path)
        if match:
            ks = [k for k in self.newest(0, 400) if match.group(1) in {slugify(t) for t in self.article(k).tags}]
            return self.html(self.listing(f"Tagged: {match.group(1)}", ks[:PER_PAGE], ""))
        if path == "/search":
            words = query.get("q", "").lower().split()
            return self.html(
                self.listing(
                    "Search",
                    [k for k in self.newest(0, 300) if all(w in self.title(k).lower() for w in words)][:10],
                    "",
                )
            )
        if path == "/about":
            return self.html(
                self.frame(
                    "About Global Wire",
                    "<h1>About</h1><p>Global Wire collects the day's most "
                    "important stories from publishers around the world and links to the source.</p>",
                )
            )
        if path == "/feeds/all.atom.xml":
            return self.xml(self.atom(), "application/atom+xml; charset=UTF-8")
        if path == "/sitemap-index.xml":
            return self.post_sitemap_index("/sitemap-posts-{n}.xml", SITEMAP_PAGE)
        match = re.match(r"^/sitemap-posts-(\d+)\.xml$", path)
        if match:
            return self.post_sitemap(int(match.group(1)), SITEMAP_PAGE)
        return None

    def frame(self, title: str, main: str, head: str = "") -> str:
        sections = " ".join(f'<a href="/section/{key}">{labels["en"]}</a>' for key, labels in SECTIONS.items())
        most_read = "".join(
            f'<li><a href="{esc(self.url(j))}">{esc(self.title(j))}</a> <time datetime="{iso(self.published(j))}">'
            f"{gmt(self.published(j))}</time></li>"
            for j in self.newest(1, 5)
        )
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>{head}
<link rel="alternate" type="application/atom+xml" href="{self.abs("/feeds/all.atom.xml")}"></head>
<body><div class="gw-top"><a class="gw-logo" href="/">Global Wire</a> <nav class="gw-sections">{sections}</nav>
<form action="/search"><input name="q"></form></div>
<div class="gw-page"><div class="gw-main">{main}</div>
<div class="gw-rail"><section class="most-read"><h3>Most Read</h3><ol>{most_read}</ol></section>
<section class="gw-ad">Sponsored &middot; Ad</section></div></div>
<footer class="gw-footer">Global Wire &mdash; news from everywhere. <a href="/about">About</a> &middot; Privacy &middot; Terms</footer></body></html>"""

    def article_page(self, k: int) -> str:
        copy = self.article(k)
        url = self.url(k)
        desc = esc(self.description(copy) or "")
        head = (
            f'<link rel="canonical" href="{esc(url)}"><meta name="description" content="{desc}">'
            f'<meta property="og:title" content="{esc(copy.title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:image" content="{self.abs(self.image_path(k))}"><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{iso(copy.published)}">'
            + (f'<meta name="author" content="{esc(", ".join(copy.authors))}">' if copy.authors else "")
            + self.jsonld(k)
        )
        parts = []
        for i, paragraph in enumerate(wire_paragraphs(copy)):
            parts.append(f"<p>{esc(paragraph)}</p>")
            if i == 1 and k > 0:
                parts.append(
                    f'<p class="also"><b>Also Read</b> | <a href="{esc(self.url(k - 1))}">{esc(self.title(k - 1))}</a></p>'
                )
            if i == 3:
                parts.append(
                    '<aside class="nl-box"><p><strong>The Morning Brief</strong> The five stories you need, '
                    'in your inbox at 6am.</p><form><input type="email" placeholder="you@example.com">'
                    "<button>Sign up</button></form></aside>"
                )
        via = (
            f'<div class="gw-via">Via <a href="{esc(copy.original_url)}" rel="nofollow">Wire News</a></div>'
            if copy.original_url
            else ""
        )
        byline = copy.byline or "Global Wire Desk"
        main = f"""<article class="gw-article"><div class="gw-kicker"><a href="/section/{copy.section_key}">{esc(copy.section)}</a></div>
<h1 class="gw-headline">{esc(copy.title)}</h1>
<div class="gw-meta"><span class="gw-by">By {esc(byline)}</span> &middot; <time datetime="{iso(copy.published)}">{gmt(copy.published)}</time></div>
{via}
<div class="gw-share"><a href="/share/x">Post</a> <a href="/share/fb">Share</a> <a href="/share/mail">Email</a></div>
<img class="gw-lead" src="{self.image_path(k)}" alt="">
<div class="gw-body">
{"".join(parts)}
</div>
<div class="gw-tags">{" ".join(f'<a href="/tag/{slugify(t)}">#{esc(t)}</a>' for t in copy.tags)}</div>
</article>"""
        return self.frame(f"{copy.title} | Global Wire", main, head)

    def listing(self, heading: str, ks: list[int], nav: str) -> str:
        items = "".join(
            f'<li class="gw-item"><a href="{esc(self.url(k))}">{esc(self.title(k))}</a> '
            f'<time datetime="{iso(self.published(k))}">{gmt(self.published(k))}</time></li>'
            for k in ks
        )
        return self.frame(heading, f'<h1>{esc(heading)}</h1><ul class="gw-list">{items}</ul>{nav}')

    def atom(self) -> str:
        entries = []
        for k in self.newest(0, 20):
            copy = self.article(k)
            entries.append(
                f'<entry><title>{esc(copy.title)}</title><link href="{esc(self.url(k))}"/>'
                f"<id>{esc(self.url(k))}</id><published>{iso(copy.published)}</published>"
                f"<updated>{iso(copy.updated)}</updated><author><name>{esc(copy.byline or '')}</name></author>"
                f"<summary>{esc(self.description(copy) or '')}</summary></entry>"
            )
        newest = iso(self.updated(self.count - 1))
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Global Wire</title><link href="{self.base_url}"/><link rel="self" href="{self.abs("/feeds/all.atom.xml")}"/>'
            f"<id>{self.base_url}</id><updated>{newest}</updated>" + "".join(entries) + "</feed>"
        )
