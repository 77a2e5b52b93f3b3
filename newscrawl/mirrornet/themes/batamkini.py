"""``batamkini``: a Sindobatam-like Indonesian WordPress mirror of the origin's wire copy.

Exercises: machine-translated copies (Indonesian), a "Dapatkan berita terbaru" subscribe
box above the article, the dateline at the body's start ("Moskow: ..."), related-post
lines "READ  <title>" between paragraphs, an ad block inside the content, and the
syndication notice at the end ("(Kecuali judulnya, cerita ini belum diedit oleh staf
NDTV dan diterbitkan dari feed sindikasi.)"); Indonesian dates ("Rabu, 13 September
2023 10:15 WIB"); comments with their own dates under the article; some articles answer
503 with ``Retry-After: 1`` the first time.

URL layout (WordPress core)::

    /YYYY/MM/DD/<slug>/          article (no slash: 301; /amp/ suffix: AMP copy; /?p=ID: 301)
    /wp-json/wp/v2/posts         REST (page, per_page, after, before, modified_after,
                                 modified_before, orderby, order, _fields, categories, include);
                                 also /?rest_route=/wp/v2/posts
    /wp-sitemap.xml -> /wp-sitemap-posts-post-N.xml (2000 a page), -posts-page-1, -taxonomies-category-1
    /feed/ (?paged=N)  /category/<slug>/feed/
    /page/N/  /category/<slug>/[page/N/]  /YYYY/MM/[DD/]  /tag/<slug>/  /author/redaksi/  /?s=
    /tentang-kami/  /kontak/
"""

from __future__ import annotations

import re
from random import Random
from typing import Any

from ..server import Request, Response
from ..stories import SECTIONS, Story, slugify
from .base import esc, indonesian_date, iso, sitemap_index, urlset
from .wordpress import WordPressTheme

NOTICE = "(Kecuali judulnya, cerita ini belum diedit oleh staf NDTV dan diterbitkan dari feed sindikasi.)"
SITEMAP_PAGE = 2000
_COMMENTERS = ("Budi S.", "Rina", "andre_btm", "Hj. Sumiati", "Yosua", "Dedi Kurnia", "warga batam")
_COMMENTS = (
    "Semoga cepat selesai masalahnya.",
    "Terima kasih infonya, min.",
    "Beritanya kurang lengkap, sumbernya dari mana?",
    "Mantap, lanjutkan liputannya.",
    "Kok baru diberitakan sekarang ya?",
    "Turut prihatin untuk semua yang terdampak.",
)


class BatamKini(WordPressTheme):
    name = "batamkini"
    title_suffix = "BatamKini"
    publisher = "BatamKini"
    tagline = "Berita Batam, Kepri dan Dunia Terkini"
    language = "id"
    timezone = "Asia/Jakarta"
    delay_hours = 2.5
    local_share = 0.08
    id_base = 5000
    id_stride = 3
    flaky_every = 25
    robots_disallow = ("/wp-admin/", "/?s=", "/search/")
    sitemaps = ("/wp-sitemap.xml",)
    staff = ("Rudi Hartono", "Fitri Handayani")

    def kind_for(self, k: int, rng: Random) -> str:
        return "translated"

    def attribution(self, k: int, story: Story, kind: str) -> dict[str, Any]:
        if kind == "original":
            author = self.staff[k % len(self.staff)]
            return {
                "authors": (author,),
                "byline": author,
                "publisher": self.publisher,
                "agencies": (),
                "credit": None,
                "original_url": None,
            }
        return {
            "authors": (),
            "byline": "Redaksi",
            "publisher": "NDTV",
            "agencies": (),
            "credit": NOTICE,
            "original_url": None,
        }

    def robots(self) -> str:
        return (
            super()
            .robots()
            .replace("Disallow: /wp-admin/\n", "Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
        )

    # -- routing ---------------------------------------------------------------------

    def route(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith("/wp-json"):
            return self.rest(request, path[len("/wp-json") :])
        if path == "/" and "rest_route" in query:
            return self.rest(request, query["rest_route"])
        if path == "/wp-sitemap.xml":
            return self.sitemap_root()
        match = re.match(r"^/wp-sitemap-posts-post-(\d+)\.xml$", path)
        if match:
            return self.post_sitemap(int(match.group(1)))
        if path == "/wp-sitemap-posts-page-1.xml":
            return self.xml(urlset([{"loc": self.abs(p)} for p in ("/tentang-kami/", "/kontak/")]))
        if path == "/wp-sitemap-taxonomies-category-1.xml":
            return self.xml(urlset([{"loc": self.abs(f"/category/{self.category_slug(key)}/")} for key in SECTIONS]))
        if path in ("/tentang-kami/", "/kontak/") or (path == "/" and query.get("page_id") == "2"):
            return Response(self.static_page(path))
        match = re.match(r"^/author/([a-z-]+)/$", path)
        if match:
            return self.author_listing(match.group(1), ("Redaksi", *self.staff))
        return self.wp_route(request)

    # -- sitemaps --------------------------------------------------------------------

    def sitemap_root(self) -> Response:
        pages = max(1, -(-self.count // SITEMAP_PAGE))
        entries = [(self.abs(f"/wp-sitemap-posts-post-{n}.xml"), None) for n in range(1, pages + 1)]
        entries += [
            (self.abs("/wp-sitemap-posts-page-1.xml"), None),
            (self.abs("/wp-sitemap-taxonomies-category-1.xml"), None),
        ]
        return self.xml(sitemap_index(entries))

    def post_sitemap(self, n: int) -> Response | None:
        ks = range((n - 1) * SITEMAP_PAGE, min(n * SITEMAP_PAGE, self.count))
        if n < 1 or not ks:
            return None
        return self.xml(urlset([{"loc": self.url(k), "lastmod": iso(self.updated(k))} for k in ks]))

    # -- markup ----------------------------------------------------------------------

    def display_date(self, dt) -> str:
        return indonesian_date(dt)

    def entry_content(self, k: int) -> str:
        copy = self.article(k)
        paragraphs = list(copy.paragraphs)
        first = f"{copy.dateline}: {paragraphs[0]}" if copy.dateline else paragraphs[0]
        out = [f"<p>{esc(first)}</p>"]
        for i, paragraph in enumerate(paragraphs[1:], start=1):
            if i in (2, 5) and k - i // 2 - 1 >= 0:
                other = k - i // 2 - 1
                out.append(f'<p>READ&nbsp; <a href="{esc(self.url(other))}">{esc(self.title(other))}</a></p>')
            if i == 3:
                out.append(
                    '<div class="code-block code-block-3" style="margin:8px auto;text-align:center;">'
                    '<ins class="adsbygoogle" data-ad-slot="4411"></ins><span>Iklan</span></div>'
                )
            out.append(f"<p>{esc(paragraph)}</p>")
        if copy.credit:
            out.append(f"<p>{esc(copy.credit)}</p>")
        return "\n".join(out)

    def layout(self, title: str, main: str, head: str = "", body_class: str = "home blog") -> str:
        menu = "".join(
            f'<li class="menu-item"><a href="/category/{self.category_slug(key)}/">{esc(labels["id"])}</a></li>'
            for key, labels in SECTIONS.items()
        )
        recent = "".join(
            f'<li><a href="{esc(self.url(j))}">{esc(self.title(j))}</a> '
            f'<span class="post-date">{indonesian_date(self.published(j), False)}</span></li>'
            for j in self.newest(0, 5)
        )
        newest = self.published(self.count - 1)
        return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>{head}
<link rel="https://api.w.org/" href="{self.abs("/wp-json/")}">
<link rel="alternate" type="application/rss+xml" title="BatamKini &raquo; Feed" href="{self.abs("/feed/")}">
<meta name="generator" content="WordPress 6.3.1"></head>
<body class="{body_class}"><div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">BatamKini</a></p>
<p class="site-description">{esc(self.tagline)}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area">{main}</div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" action="/"><input name="s" placeholder="Cari &hellip;"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{recent}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Arsip</h2><ul><li><a href="/{newest:%Y/%m}/">{newest:%m/%Y}</a></li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; BatamKini. <a href="/tentang-kami/">Tentang Kami</a> | <a href="/kontak/">Kontak</a> | Proudly powered by WordPress</div></footer>
</div></body></html>"""

    def comments(self, k: int) -> str:
        rng = Random(f"{self.world.seed}:comments:{k}")
        n = rng.choice((0, 0, 1, 2, 3))
        if not n:
            return '<div id="comments" class="comments-area"><p class="no-comments">Belum ada komentar.</p></div>'
        items = []
        for i in range(n):
            when = self.ago(k, 3 + i * 5 + rng.random() * 4)
            items.append(
                f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><b class="fn">{esc(rng.choice(_COMMENTERS))}</b> <span class="says">berkata:</span></div>'
                f'<div class="comment-metadata"><time datetime="{when.isoformat()}">{when.day} {indonesian_date(when, False).split(" ", 2)[2]} pukul {when:%H.%M}</time></div></footer>'
                f'<div class="comment-content"><p>{esc(rng.choice(_COMMENTS))}</p></div></article></li>'
            )
        return (
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} tanggapan untuk &ldquo;'
            f'{esc(self.title(k))}&rdquo;</h2><ol class="comment-list">{"".join(items)}</ol>'
            f'<div id="respond"><h3>Tinggalkan Balasan</h3><form><textarea name="comment"></textarea></form></div></div>'
        )

    def article_page(self, k: int) -> str:
        copy = self.article(k)
        post_id = copy.post_id
        url = self.url(k)
        desc = esc(self.description(copy) or "")
        head = (
            f'<meta name="description" content="{desc}"><link rel="canonical" href="{esc(url)}">'
            f'<link rel="shortlink" href="{self.abs(f"/?p={post_id}")}">'
            f'<link rel="alternate" type="application/json" href="{self.abs(f"/wp-json/wp/v2/posts/{post_id}")}">'
            f'<link rel="amphtml" href="{esc(url)}amp/">'
            f'<meta property="og:locale" content="id_ID"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(copy.title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="BatamKini">'
            f'<meta property="og:image" content="{self.abs(self.image_path(k))}">'
            f'<meta property="article:published_time" content="{iso(copy.published)}">'
            + (f'<meta property="article:modified_time" content="{iso(copy.modified)}">' if copy.modified else "")
        )
        section_slug = self.category_slug(copy.section_key)
        tags = ", ".join(f'<a href="/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in copy.tags)
        updated = (
            f'<time class="updated" datetime="{iso(copy.modified)}">{indonesian_date(copy.modified)}</time>'
            if copy.modified
            else ""
        )
        author_slug = slugify(copy.byline or "redaksi")
        prev_link = (
            (
                f'<div class="nav-previous"><a href="{esc(self.url(k - 1))}" rel="prev">'
                f'<span class="meta-nav">Sebelumnya</span> {esc(self.title(k - 1))}</a></div>'
            )
            if k > 0
            else ""
        )
        main = f"""<main id="main" class="site-main">
<div class="subscribe-box widget_mc4wp_form_widget"><h3 class="widget-title">Dapatkan berita terbaru</h3>
<p>Langganan gratis, kirim ke email Anda setiap pagi.</p><form class="mc4wp-form"><input type="email" name="EMAIL" placeholder="Alamat email Anda"><input type="submit" value="Berlangganan"></form></div>
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{section_slug}">
<header class="entry-header"><h1 class="entry-title">{esc(copy.title)}</h1>
<div class="entry-meta"><span class="posted-on"><a href="{esc(url)}" rel="bookmark"><time class="entry-date published" datetime="{iso(copy.published)}">{indonesian_date(copy.published)}</time>{updated}</a></span>
<span class="byline"> oleh <span class="author vcard"><a class="url fn n" href="/author/{author_slug}/">{esc(copy.byline or "")}</a></span></span></div></header>
<div class="post-thumbnail"><img width="780" height="440" src="{self.image_path(k)}" class="attachment-post-thumbnail wp-post-image" alt=""></div>
<div class="entry-content">
{self.entry_content(k)}
</div>
<footer class="entry-footer"><span class="cat-links">Diposting di <a href="/category/{section_slug}/" rel="category tag">{esc(copy.section)}</a></span>
<span class="tags-links">Tag: {tags}</span></footer></article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links">{prev_link}</div></nav>
{self.comments(k)}
</main>"""
        return self.layout(
            f"{copy.title} - BatamKini",
            main,
            head,
            f"post-template-default single single-post postid-{post_id} single-format-standard",
        )

    def listing(self, heading: str, ks: list[int], nav: str) -> str:
        items = "".join(
            f'<article class="post-{self.id_base + self.id_stride * k} post type-post"><header class="entry-header">'
            f'<h2 class="entry-title"><a href="{esc(self.url(k))}" rel="bookmark">{esc(self.title(k))}</a></h2>'
            f'<div class="entry-meta"><time class="entry-date published" datetime="{iso(self.published(k))}">'
            f"{indonesian_date(self.published(k))}</time></div></header>"
            f'<div class="entry-summary"><p>{esc(self.description(self.article(k)) or "")}</p></div></article>'
            for k in ks
        )
        return self.layout(
            f"{heading} - BatamKini",
            f'<main id="main" class="site-main"><header class="page-header">'
            f'<h1 class="page-title">{esc(heading)}</h1></header>{items}'
            f'<nav class="navigation pagination"><div class="nav-links">{nav}</div></nav></main>',
            body_class="archive",
        )

    def home(self) -> str:
        ks = self.newest(0, self.per_page)
        items = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="{esc(self.url(k))}'
            f'{"?utm_source=beranda&amp;utm_medium=headline" if i == 0 else ""}">{esc(self.title(k))}</a></h2>'
            f'<time class="entry-date">{indonesian_date(self.published(k))}</time></article>'
            for i, k in enumerate(ks)
        )
        nav = (
            '<a class="next page-numbers" href="/page/2/">Berikutnya &raquo;</a>' if self.count > self.per_page else ""
        )
        return self.layout(
            "BatamKini - " + self.tagline,
            f'<main id="main" class="site-main">{items}<nav class="navigation pagination">{nav}</nav></main>',
        )

    def static_page(self, path: str) -> str:
        if "kontak" in path:
            heading, text = "Kontak", "Redaksi BatamKini: redaksi@batamkini.example, Jl. Raja Ali Haji No. 9, Batam."
        else:
            heading, text = (
                "Tentang Kami",
                (
                    "BatamKini menyajikan berita Batam, Kepulauan Riau dan dunia. "
                    "Sebagian berita berasal dari kantor berita dan feed sindikasi."
                ),
            )
        return self.layout(
            f"{heading} - BatamKini",
            f'<main id="main"><article class="page"><h1 class="entry-title">'
            f'{heading}</h1><div class="entry-content"><p>{text}</p></div></article></main>',
            body_class="page-template-default page",
        )
