"""``kabarmirror``: a second Indonesian WordPress mirror, Yoast SEO, REST API switched off.

Exercises: Yoast ``sitemap_index.xml`` (``post-sitemap.xml``, ``post-sitemap2.xml`` ...
1000 posts each, oldest first) and a Google News sitemap (``news-sitemap.xml``: the last
two days before the newest post, those of its last six hours under their ``/?p=ID``
shortlink, a 301 to the permalink); the REST API answering 404 under both URL forms while
the page still advertises it; retitled and truncated copies published a day or more after
the origin; "Baca juga:" inserts; the credit as a last line "Sumber: AFP" or "Sumber:
Wire News" (linked); malformed markup (unclosed ``<p>`` and ``<div>``, stray closing
tags); a ``Crawl-delay`` in robots.txt.

URL layout::

    /YYYY/MM/<slug>/              article (no slash: 301; /amp/: AMP copy; /?p=ID: 301)
    /sitemap_index.xml -> /post-sitemap.xml, /post-sitemapN.xml, /page-sitemap.xml,
                          /kanal-sitemap.xml;  /news-sitemap.xml;  /sitemap.xml: 301 to the index
    /feed/ (?paged=N)   /kanal/<slug>/[page/N/]   /page/N/   /YYYY/MM/   /tag/<slug>/   /?s=
    /wp-json/...  /?rest_route=...  -> 404
"""

from __future__ import annotations

import json
import re
from random import Random
from typing import Any

from ..server import Request, Response
from ..stories import SECTIONS, Story, slugify
from .base import ID_MONTHS, esc, iso, sitemap_index, urlset
from .wordpress import WordPressTheme, _rest_error

SITEMAP_PAGE = 1000
_SHORT_MONTHS = [m[:3] for m in ID_MONTHS]


def short_date(dt) -> str:
    """``14 Sep 2023, 13:20 WIB``."""
    return f"{dt.day} {_SHORT_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M} WIB"


class KabarMirror(WordPressTheme):
    name = "kabarmirror"
    title_suffix = "KabarMirror"
    publisher = "KabarMirror"
    tagline = "Kabar Terkini dari Berbagai Penjuru"
    language = "id"
    timezone = "Asia/Jakarta"
    by_month = True
    delay_hours = 26.0
    local_share = 0.05
    id_base = 20_000
    id_stride = 7
    category_base = "kanal"
    feed_size = 15
    robots_disallow = ("/wp-admin/", "/?s=", "/cari/")
    sitemaps = ("/sitemap_index.xml", "/news-sitemap.xml")
    crawl_delay = 0.1
    editors = ("Dimas Pratama", "Ayu Lestari", "Yohanes Sitorus")

    def kind_for(self, k: int, rng: Random) -> str:
        roll = rng.random()
        return "retitled" if roll < 0.35 else "truncated" if roll < 0.55 else "translated"

    def attribution(self, k: int, story: Story, kind: str) -> dict[str, Any]:
        editor = self.editors[k % len(self.editors)]
        base = {"authors": (editor,), "byline": editor}
        if kind == "original":
            return {**base, "publisher": self.publisher, "agencies": (), "credit": None, "original_url": None}
        if k % 3 == 0 or not story.agency:
            return {
                **base,
                "publisher": "Wire News",
                "agencies": (),
                "credit": "Sumber: Wire News",
                "original_url": self.origin_url(k),
            }
        return {
            **base,
            "publisher": None,
            "agencies": (story.agency,),
            "credit": f"Sumber: {story.agency}",
            "original_url": None,
        }

    # -- routing ---------------------------------------------------------------------

    def route(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith("/wp-json") or (path == "/" and "rest_route" in query):
            # The REST API is switched off by a security plugin, though the theme still links it.
            return _rest_error("rest_no_route", "No route was found matching the URL and request method.", 404)
        if path == "/sitemap.xml":
            return self.redirect(self.abs("/sitemap_index.xml"))
        if path == "/sitemap_index.xml":
            return self.sitemap_root()
        match = re.match(r"^/post-sitemap(\d*)\.xml$", path)
        if match:
            return self.post_sitemap(int(match.group(1) or 1))
        if path == "/news-sitemap.xml":
            return self.news_sitemap()
        if path == "/page-sitemap.xml":
            return self.xml(urlset([{"loc": self.abs("/redaksi/")}, {"loc": self.abs("/pedoman-media-siber/")}]))
        if path == "/kanal-sitemap.xml":
            return self.xml(urlset([{"loc": self.abs(f"/kanal/{self.category_slug(key)}/")} for key in SECTIONS]))
        if path in ("/redaksi/", "/pedoman-media-siber/"):
            return Response(
                self.layout(
                    "Redaksi",
                    f'<article class="page"><h1>{path.strip("/").title()}</h1>'
                    f"<p>Pemimpin Redaksi: {self.editors[0]}. Alamat: Jakarta.</p></article>",
                )
            )
        match = re.match(r"^/author/([a-z-]+)/$", path)
        if match:
            return self.author_listing(match.group(1), self.editors)
        return self.wp_route(request)

    # -- sitemaps --------------------------------------------------------------------

    def sitemap_root(self) -> Response:
        pages = max(1, -(-self.count // SITEMAP_PAGE))
        entries = []
        for n in range(1, pages + 1):
            last = min(n * SITEMAP_PAGE, self.count) - 1
            entries.append((self.abs(f"/post-sitemap{n if n > 1 else ''}.xml"), iso(self.updated(last))))
        entries += [(self.abs("/page-sitemap.xml"), None), (self.abs("/kanal-sitemap.xml"), None)]
        return self.xml(sitemap_index(entries))

    def post_sitemap(self, n: int) -> Response | None:
        ks = range((n - 1) * SITEMAP_PAGE, min(n * SITEMAP_PAGE, self.count))
        if n < 1 or not ks:
            return None
        return self.xml(
            urlset(
                [
                    {"loc": self.url(k), "lastmod": iso(self.updated(k)), "image": self.abs(self.image_path(k))}
                    for k in ks
                ]
            )
        )

    def news_sitemap(self) -> Response:
        newest = self.time(self.count - 1)
        ks = range(self.first_after(newest - 2 * 86400), self.count)
        # The news plugin lists a post of the last six hours under its shortlink (/?p=ID, a 301
        # to the permalink): a crawler must know it as the article it redirects to.
        fresh = newest - 6 * 3600
        return self.xml(
            urlset(
                [
                    {
                        "loc": self.abs(f"/?p={self.id_base + self.id_stride * k}")
                        if self.time(k) > fresh
                        else self.url(k),
                        "news": {
                            "name": "KabarMirror",
                            "language": "id",
                            "date": iso(self.published(k)),
                            "title": self.title(k),
                        },
                    }
                    for k in reversed(ks)
                ][:1000]
            )
        )

    # -- markup ----------------------------------------------------------------------

    def display_date(self, dt) -> str:
        return short_date(dt)

    def entry_content(self, k: int) -> str:
        copy = self.article(k)
        paragraphs = list(copy.paragraphs)
        first = f"{copy.dateline} - {paragraphs[0]}" if copy.dateline else paragraphs[0]
        # Unclosed <p> tags, as this theme's editor leaves them.
        out = [f"<p>{esc(first)}"]
        for i, paragraph in enumerate(paragraphs[1:], start=1):
            if i in (2, 4) and k - i >= 0:
                other = k - i
                out.append(
                    f'<p><strong>Baca juga:</strong> <a href="{esc(self.url(other))}">{esc(self.title(other))}</a>'
                )
            out.append(f"<p>{esc(paragraph)}")
        if copy.credit:
            if copy.original_url:
                out.append(f'<p><em>Sumber: <a href="{esc(copy.original_url)}" rel="nofollow">Wire News</a></em></p>')
            else:
                out.append(f"<p><em>{esc(copy.credit)}</em></p>")
        return "\n".join(out)

    def layout(self, title: str, main: str, head: str = "", body_class: str = "home") -> str:
        menu = "".join(
            f'<li><a href="/kanal/{self.category_slug(key)}/">{esc(labels["id"])}</a></li>'
            for key, labels in SECTIONS.items()
        )
        popular = "".join(
            f'<li class="widget-single-post-item"><a href="{esc(self.url(j))}">{esc(self.title(j))}</a>'
            f'<span class="date">{short_date(self.published(j))}</span></li>'
            for j in self.newest(2, 5)
        )
        return f"""<!DOCTYPE html>
<html lang="id" class=""><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<!-- This site is optimized with the Yoast SEO plugin v21.1 - https://yoast.com/wordpress/plugins/seo/ -->
{head}
<!-- / Yoast SEO plugin. -->
<link rel="https://api.w.org/" href="{self.abs("/wp-json/")}">
<link rel="alternate" type="application/rss+xml" title="KabarMirror &raquo; Feed" href="{self.abs("/feed/")}"></head>
<body class="{body_class}"><div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<nav id="main-nav" class="main-nav header-nav"><div class="main-menu"><ul id="menu-utama" class="menu">{menu}</ul></div></nav>
<div class="stream-item stream-item-above-header"><div class="ads-728"><span>Advertisement</span>
<div id="content" class="site-content container"><div class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">{main}</div>
<aside class="sidebar tie-col-md-4"><div class="container-wrapper widget posts-list"><div class="widget-title"><h4>Terpopuler</h4></div>
<ul class="posts-list-items">{popular}</ul></div>
<div class="widget"><b><i>Ikuti kami</b></i> di media sosial</span></div></aside>
</div></div>
<footer id="footer" class="site-footer"><div class="copyright-text">&copy; KabarMirror. Hak cipta dilindungi. <a href="/redaksi/">Redaksi</a> | <a href="/pedoman-media-siber/">Pedoman Media Siber</a></div></footer>
</div></div></div></body></html>"""

    def article_page(self, k: int) -> str:
        copy = self.article(k)
        url = self.url(k)
        desc = esc(self.description(copy) or "")
        section_slug = self.category_slug(copy.section_key)
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": url + "#article",
                    "headline": copy.title,
                    "datePublished": iso(copy.published),
                    "dateModified": iso(copy.updated),
                    "author": {"name": copy.byline, "@id": self.abs(f"/#/schema/person/{slugify(copy.byline or '')}")},
                    "articleSection": [copy.section],
                    "inLanguage": "id",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{copy.title} | KabarMirror",
                    "datePublished": iso(copy.published),
                },
                {"@type": "Person", "name": copy.byline, "url": self.abs(f"/author/{slugify(copy.byline or '')}/")},
            ],
        }
        head = (
            f'<meta name="description" content="{desc}"><link rel="canonical" href="{esc(url)}">'
            f'<meta property="og:locale" content="id_ID"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(copy.title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="KabarMirror">'
            f'<meta property="article:published_time" content="{iso(copy.published)}">'
            f'<meta property="article:modified_time" content="{iso(copy.updated)}">'
            f'<meta property="og:image" content="{self.abs(self.image_path(k))}">'
            f'<meta name="author" content="{esc(copy.byline or "")}">'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'
            f'<link rel="amphtml" href="{esc(url)}amp/">'
        )
        tags = "".join(f'<a href="/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in copy.tags)
        related = "".join(
            f'<div class="related-item"><a href="{esc(self.url(j))}" class="post-title">{esc(self.title(j))}</a>'
            f'<div class="post-meta"><span class="date">{short_date(self.published(j))}</span></div></div>'
            for j in range(k - 1, max(k - 4, -1), -1)
        )
        author_slug = slugify(copy.byline or "")
        main = f"""<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Beranda</a><em class="delimiter">/</em><a href="/kanal/{section_slug}/">{esc(copy.section)}</a></span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-{section_slug}" href="/kanal/{section_slug}/">{esc(copy.section)}</a></span>
<h1 class="post-title entry-title">{esc(copy.title)}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author"><span class="meta-item meta-author-wrapper">
<span class="meta-author"><a href="/author/{author_slug}/" class="author-name tie-icon" title="{esc(copy.byline or "")}">{esc(copy.byline or "")}</a></span></span></span>
<span class="date meta-item tie-icon">{short_date(copy.published)}</span></div></div></header>
<div class="featured-area"><figure class="single-featured-image"><img width="780" height="470" src="{self.image_path(k)}" alt=""><figcaption class="single-caption-text">Ilustrasi. (Foto: Istimewa)</figcaption></figure></div>
<div class="entry-content entry clearfix">
<div class="stream-item stream-item-in-post"><span>Advertisement</span></div>
{self.entry_content(k)}
</div>
<div id="post-extra-info"><div class="share-buttons"><a href="#" class="facebook-share-btn">Bagikan</a> <a href="#" class="whatsapp-share-btn">WhatsApp</a></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title">Tags</div><span class="tagcloud">{tags}</span></div></div>
</article>
<div class="about-author container-wrapper"><h3 class="author-name">{esc(copy.byline or "")}</h3><div class="author-bio">Editor di KabarMirror.</div></div>
<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>Berita Terkait</h3></div>{related}</div>"""
        return self.layout(f"{copy.title} | KabarMirror", main, head, "post-template-default single single-post")

    def listing(self, heading: str, ks: list[int], nav: str) -> str:
        items = "".join(
            f'<li class="post-item tie-standard"><h2 class="post-title"><a href="{esc(self.url(k))}">{esc(self.title(k))}</a></h2>'
            f'<div class="post-meta"><span class="date meta-item">{short_date(self.published(k))}</span></div>'
            f'<p class="post-excerpt">{esc(self.description(self.article(k)) or "")}</p></li>'
            for k in ks
        )
        return self.layout(
            f"{heading} | KabarMirror",
            f'<div class="mag-box"><h1 class="page-title">{esc(heading)}</h1>'
            f'<ul id="posts-container" class="posts-items">{items}</ul>'
            f'<div class="pages-nav">{nav}</div></div>',
            body_class="archive",
        )

    def home(self) -> str:
        ks = self.newest(0, self.per_page)
        items = "".join(
            f'<li class="post-item"><a href="{esc(self.url(k))}{"?utm_source=kabarmirror&amp;utm_campaign=home" if i % 4 == 1 else ""}" '
            f'class="post-title">{esc(self.title(k))}</a><span class="date">{short_date(self.published(k))}</span></li>'
            for i, k in enumerate(ks)
        )
        nav = '<a class="next page-numbers" href="/page/2/">Selanjutnya</a>' if self.count > self.per_page else ""
        return self.layout(
            "KabarMirror - " + self.tagline, f'<ul class="posts-items">{items}</ul><div class="pages-nav">{nav}</div>'
        )
