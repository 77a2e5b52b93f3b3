"""``beritablog``: a Blogger-style mirror in Malay.

Exercises: Blogger markup (``post-body entry-content``, ``date-header``, ``abbr.published``),
paragraphs separated by ``<br /><br />`` instead of ``<p>``, the credit "— AFP" as the
last line, the Blogger JSON feed with ``start-index`` / ``max-results`` paging and
``published-min`` / ``updated-min`` filters, the Atom and RSS feeds, a sitemap index
paged with ``?page=N``, ``?m=1`` mobile URLs for the same post, ``/search`` disallowed
in robots.txt (labels live there), and Malay dates ("Rabu, 13 September 2023", "6:15 PTG").

URL layout::

    /YYYY/MM/<slug>.html              post (also ?m=1)
    /feeds/posts/default              Atom; ?alt=json, ?alt=rss; start-index, max-results (<= 150),
                                      published-min/max, updated-min/max, orderby=published|updated
    /feeds/posts/summary              the same with summaries
    /sitemap.xml -> /sitemap.xml?page=N (150 posts a page), /sitemap-pages.xml
    /YYYY/MM/                         month archive     /search/label/<Label>  /search?q=
    /p/tentang-kami.html  /p/hubungi-kami.html
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from random import Random
from typing import Any
from urllib.parse import quote

from ..server import Request, Response
from ..stories import SECTIONS, Story, slugify
from .base import MS_MONTHS, Theme, esc, iso, malay_date, rss, sitemap_index, urlset

BLOG_ID = "8812345678901234567"
SITEMAP_PAGE = 150
MAX_RESULTS = 150
_POST = re.compile(r"^/(\d{4})/(\d{2})/([a-z0-9_-]+)\.html$")


def blogger_slug(title: str) -> str:
    """Blogger's slug: the title's words, cut to about 40 characters at a word."""
    slug = slugify(title, max_words=40)
    if len(slug) <= 40:
        return slug
    return slug[:40].rsplit("-", 1)[0]


def malay_time(dt: datetime) -> str:
    """``6:15 PTG`` (PG before noon)."""
    return f"{dt.hour % 12 or 12}:{dt:%M} {'PG' if dt.hour < 12 else 'PTG'}"


def _blogger_time(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000") + dt.strftime("%z")[:3] + ":" + dt.strftime("%z")[3:]


class BeritaBlog(Theme):
    name = "beritablog"
    title_suffix = "Berita Blog"
    publisher = "Berita Blog"
    language = "ms"
    timezone = "Asia/Kuala_Lumpur"
    family = "blogger"
    delay_hours = 6.0
    local_share = 0.05
    id_base = 1_234_567_890_123_456_789
    id_stride = 7919
    robots_disallow = ("/search",)
    sitemaps = ("/sitemap.xml",)

    def kind_for(self, k: int, rng: Random) -> str:
        return "truncated" if rng.random() < 0.2 else "translated"

    def attribution(self, k: int, story: Story, kind: str) -> dict[str, Any]:
        if kind == "original":
            return {
                "authors": ("Siti Aminah",),
                "byline": "Siti Aminah",
                "publisher": self.publisher,
                "agencies": (),
                "credit": None,
                "original_url": None,
            }
        # A copy that credits no one presents itself as the blog's own story: that is all a
        # reader (or an extractor) can tell from the page; dedupe links it to its origin.
        return {
            "authors": (),
            "byline": "Admin",
            "publisher": None if story.agency else self.publisher,
            "agencies": (story.agency,) if story.agency else (),
            "credit": f"— {story.agency}" if story.agency else None,
            "original_url": None,
        }

    def robots(self) -> str:
        return "User-agent: Mediapartners-Google\nDisallow: \n\n" + super().robots().replace(
            "Disallow: /search\n", "Disallow: /search\nAllow: /\n"
        )

    # -- URLs ------------------------------------------------------------------------

    def _month(self, dt: datetime) -> tuple[datetime, datetime]:
        start = datetime(dt.year, dt.month, 1, tzinfo=self.tz)
        return start, (start + timedelta(days=32)).replace(day=1)

    def slug(self, k: int) -> str:
        return self.period_slugs(*self._month(self.published(k)), sep="_", slugger=blogger_slug)[k]

    def path(self, k: int) -> str:
        return f"/{self.published(k):%Y/%m}/{self.slug(k)}.html"

    def find(self, path: str) -> int | None:
        match = _POST.match(path)
        if not match or not 1 <= int(match.group(2)) <= 12:
            return None
        start = datetime(int(match.group(1)), int(match.group(2)), 1, tzinfo=self.tz)
        slugs = self.period_slugs(*self._month(start), sep="_", slugger=blogger_slug)
        return next((k for k, slug in slugs.items() if slug == match.group(3)), None)

    def image_path(self, k: int) -> str:
        return f"/img/b/R29vZ2xl/{self.id_base + self.id_stride * k}/s1600/{self.slug(k)}.jpg"

    # -- routing ---------------------------------------------------------------------

    def route(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path == "/":
            return Response(self.home())
        k = self.find(path)
        if k is not None:
            return self.article_response(request, k, self.post_page)
        if path in ("/feeds/posts/default", "/feeds/posts/summary", "/feeds/posts/default/", "/feeds/posts/summary/"):
            return self.feed(query, summary="summary" in path)
        if path == "/sitemap.xml":
            return self.sitemap(query.get("page"))
        if path == "/sitemap-pages.xml":
            return self.xml(urlset([{"loc": self.abs(p)} for p in ("/p/tentang-kami.html", "/p/hubungi-kami.html")]))
        match = re.match(r"^/(\d{4})/(\d{2})/?$", path)
        if match and 1 <= int(match.group(2)) <= 12:
            start, end = self._month(datetime(int(match.group(1)), int(match.group(2)), 1, tzinfo=self.tz))
            ks = list(self.between(start, end))[::-1]
            return Response(self.listing(f"{MS_MONTHS[start.month - 1]} {start.year}", ks)) if ks else None
        match = re.match(r"^/search/label/([^/]+)$", path)
        if match:
            section = next(
                (key for key, labels in SECTIONS.items() if labels["ms"] == match.group(1).replace("%20", " ")), None
            )
            return Response(self.listing(match.group(1), self.in_section(section)[::-1][:20])) if section else None
        if path == "/search":
            words = query.get("q", "").lower().split()
            if "updated-max" in query:
                try:
                    bound = datetime.fromisoformat(query["updated-max"])
                except ValueError:
                    return None
                top = self.first_at_or_after(bound.timestamp())
                return Response(self.listing("Catatan Lama", list(range(top - 1, max(top - 8, -1), -1))))
            hits = [k for k in self.newest(0, 300) if all(w in self.title(k).lower() for w in words)]
            return Response(self.listing("Carian", hits[:10]))
        if path in ("/p/tentang-kami.html", "/p/hubungi-kami.html"):
            text = (
                "Berita Blog mengumpul berita serantau dan dunia dalam bahasa Melayu."
                if "tentang" in path
                else "Hubungi kami: beritablog@example.com"
            )
            return Response(
                self.layout(
                    "Tentang Kami",
                    f'<div class="post hentry"><h3 class="post-title">Halaman</h3>'
                    f'<div class="post-body">{text}</div></div>',
                )
            )
        return None

    # -- markup ----------------------------------------------------------------------

    @staticmethod
    def _updated_meta(copy) -> str:
        # Blogger themes carry an edited post's edit time as schema.org metadata.
        return f"<meta content='{iso(copy.modified)}' itemprop='dateModified'/>" if copy.modified else ""

    def post_html(self, k: int) -> str:
        """The post body as Blogger stores it: ``<br />`` between paragraphs."""
        copy = self.article(k)
        lines = list(copy.paragraphs)
        if copy.dateline:
            lines[0] = f"<b>{esc(copy.dateline)}:</b> {esc(lines[0])}"
        else:
            lines[0] = esc(lines[0])
        lines[1:] = [esc(p) for p in lines[1:]]
        if copy.credit:
            lines.append(esc(copy.credit))
        image = f'<div class="separator" style="clear: both;"><a href="{self.image_path(k)}"><img border="0" src="{self.image_path(k)}" width="400" /></a></div>'
        return f'{image}<div style="text-align: justify;">' + "<br /><br />".join(lines) + "</div>"

    def layout(self, title: str, main: str, head: str = "") -> str:
        newest, oldest = self.published(self.count - 1), self.published(0)
        months = []
        y, m = newest.year, newest.month
        while (y, m) >= (oldest.year, oldest.month) and len(months) < 24:
            months.append(f"<li><a class='post-count-link' href='/{y}/{m:02d}/'>{MS_MONTHS[m - 1]} {y}</a></li>")
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        labels = "".join(
            f"<li><a dir='ltr' href='/search/label/{quote(lk['ms'])}'>{esc(lk['ms'])}</a></li>"
            for lk in SECTIONS.values()
        )
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='ms' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'>
<head><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
<title>{esc(title)}</title>{head}
<link rel="alternate" type="application/atom+xml" title="Berita Blog - Atom" href="{self.abs("/feeds/posts/default")}" />
<link rel="alternate" type="application/rss+xml" title="Berita Blog - RSS" href="{self.abs("/feeds/posts/default?alt=rss")}" />
<link rel="service.post" type="application/atom+xml" title="Berita Blog - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
</head><body class='loading'><div class='outer-wrapper'>
<div class='header-outer'><div class='header section' id='header'><div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'>
<h1 class='title'><a href='/'>Berita Blog</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Berita serantau dan dunia</span></p></div></div></div></div></div>
<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
{main}
</div></div></div>
<div class='sidebar section' id='sidebar-right-1'><div class='widget BlogArchive' id='BlogArchive1'><h2>Arkib Blog</h2><ul class='flat'>{"".join(months)}</ul></div>
<div class='widget Label' id='Label1'><h2>Label</h2><ul>{labels}</ul></div>
<div class='widget PopularPosts'><h2>Catatan Popular</h2><ul>{"".join(f"<li><a href='{esc(self.url(j))}'>{esc(self.title(j))}</a></li>" for j in self.newest(3, 4))}</ul></div></div></div>
<div class='footer-outer'><p>Dikuasakan oleh <a href='https://www.blogger.com'>Blogger</a>. <a href='/p/tentang-kami.html'>Tentang Kami</a></p></div>
</div></body></html>"""

    def comments(self, k: int) -> str:
        rng = Random(f"{self.world.seed}:bcomments:{k}")
        n = rng.choice((0, 1, 2))
        if not n:
            return "<div class='comments' id='comments'><h4>Tiada ulasan:</h4></div>"
        entries = []
        for i in range(n):
            when = self.ago(k, 2 + 7 * i + rng.random() * 5)
            entries.append(
                f"<dt class='comment-author' id='c{k}{i}'>{esc(rng.choice(('Ahmad', 'Nurul', 'Tanpa Nama', 'Kamal')))} berkata...</dt>"
                f"<dd class='comment-body'><p>{esc(rng.choice(('Terima kasih atas perkongsian.', 'Sedih baca berita ni.', 'Harap pihak berkuasa ambil tindakan segera.')))}</p></dd>"
                f"<dd class='comment-footer'><span class='comment-timestamp'><a href='#c{k}{i}'>{when.day} {MS_MONTHS[when.month - 1]} {when.year} pada {malay_time(when)}</a></span></dd>"
            )
        return f"<div class='comments' id='comments'><h4>{n} ulasan:</h4><dl id='comments-block'>{''.join(entries)}</dl></div>"

    def post_page(self, k: int) -> str:
        copy = self.article(k)
        pid = self.id_base + self.id_stride * k
        url = self.url(k)
        desc = esc(self.description(copy) or "")
        head = (
            f"<link href='{esc(url)}' rel='canonical'/><meta content='{esc(url)}' property='og:url'/>"
            f"<meta content='{esc(copy.title)}' property='og:title'/><meta content='{desc}' property='og:description'/>"
            f"<meta content='{self.abs(self.image_path(k))}' property='og:image'/><meta content='{desc}' name='description'/>"
        )
        labels = ", ".join(
            f"<a href='/search/label/{quote(t)}' rel='tag'>{esc(t)}</a>" for t in (copy.section, *copy.tags)
        )
        byline = copy.byline or "Admin"
        main = f"""<div class='date-outer'><h2 class='date-header'><span>{malay_date(copy.published)}</span></h2>
<div class='date-posts'><div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{self.abs(self.image_path(k))}' itemprop='image_url'/><meta content='{BLOG_ID}' itemprop='blogId'/><meta content='{pid}' itemprop='postId'/>
<a name='{pid}'></a><h3 class='post-title entry-title' itemprop='name'>{esc(copy.title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{self.post_html(k)}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Dicatat oleh <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{esc(byline)}</span></span></span>
<span class='post-timestamp'>di <meta content='{esc(url)}' itemprop='url'/><a class='timestamp-link' href='{esc(url)}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(copy.published)}'>{malay_time(copy.published)}</abbr></a></span>{self._updated_meta(copy)}
<span class='post-comment-link'><a class='comment-link' href='{esc(url)}#comment-form'>Catat Ulasan</a></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label: {labels}</span></div>
<div class='post-share-buttons goog-inline-block'><a class='share-button sb-email' href='#'>E-mel Catatan Ini</a> <a class='share-button sb-facebook' href='#'>Kongsi ke Facebook</a></div></div></div>
{self.comments(k)}
</div></div></div>"""
        return self.layout(f"Berita Blog: {copy.title}", main, head)

    def listing(self, heading: str, ks: list[int]) -> str:
        items = "".join(
            f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'><a href='{esc(self.url(k))}'>{esc(self.title(k))}</a></h3>"
            f"<div class='post-header'><abbr class='published' title='{iso(self.published(k))}'>{malay_date(self.published(k))}</abbr></div></div></div>"
            for k in ks
        )
        return self.layout(f"Berita Blog: {heading}", f"<h2 class='archive-title'>{esc(heading)}</h2>{items}")

    def home(self) -> str:
        ks = self.newest(0, 7)
        items = "".join(
            f"<div class='date-outer'><h2 class='date-header'><span>{malay_date(self.published(k))}</span></h2>"
            f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>"
            f"<a href='{esc(self.url(k))}'>{esc(self.title(k))}</a></h3><div class='post-body entry-content'>"
            f"{esc(self.description(self.article(k)) or '')} <a class='jump-link' href='{esc(self.url(k))}#more'>Baca selanjutnya &#187;</a></div></div></div></div>"
            for k in ks
        )
        older = ""
        if self.count > 7:
            bound = self.published(ks[-1]).isoformat()
            older = f"<div class='blog-pager' id='blog-pager'><a class='blog-pager-older-link' href='/search?updated-max={quote(bound)}&amp;max-results=7'>Catatan Lama</a></div>"
        return self.layout("Berita Blog", items + older)

    # -- feeds and sitemaps ----------------------------------------------------------

    def sitemap(self, page: str | None) -> Response | None:
        if page is None:
            pages = max(1, -(-self.count // SITEMAP_PAGE))
            return self.xml(sitemap_index([(self.abs(f"/sitemap.xml?page={n}"), None) for n in range(1, pages + 1)]))
        n = self.page_number(page)
        if n is None:
            return None
        # Page 1 holds the newest posts, as on Blogger.
        top = self.count - 1 - (n - 1) * SITEMAP_PAGE
        ks = range(top, max(top - SITEMAP_PAGE, -1), -1)
        if not ks:
            return None
        return self.xml(urlset([{"loc": self.url(k), "lastmod": iso(self.updated(k))} for k in ks]))

    def feed(self, query: dict[str, str], summary: bool) -> Response:
        try:
            start = max(1, int(query.get("start-index", "1")))
            limit = min(MAX_RESULTS, max(0, int(query.get("max-results", "25"))))
        except ValueError:
            return Response("Invalid parameter", status=400, content_type="text/plain")
        lo, hi = 0, self.count
        for name, key, upper in (
            ("published-min", self.time, False),
            ("published-max", self.time, True),
            ("updated-min", self._updated_ts, False),
            ("updated-max", self._updated_ts, True),
        ):
            if name in query:
                try:
                    bound = datetime.fromisoformat(query[name].replace(" ", "+").replace("Z", "+00:00"))
                except ValueError:
                    return Response(f"Invalid {name}", status=400, content_type="text/plain")
                if bound.tzinfo is None:
                    bound = bound.replace(tzinfo=self.tz)
                edge = self._bisect(bound.timestamp(), key)
                lo, hi = (lo, min(hi, edge)) if upper else (max(lo, edge), hi)
        ks = list(range(max(lo, hi) - 1, lo - 1, -1))  # newest first
        total = len(ks)
        chunk = ks[start - 1 : start - 1 + limit]
        alt = query.get("alt", "atom")
        entries = [self._entry(k, summary) for k in chunk]
        links = []
        if start - 1 + limit < total:
            nxt = dict(query)
            nxt["start-index"] = str(start + limit)
            nxt["max-results"] = str(limit)
            links.append(
                {
                    "rel": "next",
                    "type": "application/atom+xml",
                    "href": self.abs("/feeds/posts/default?" + "&".join(f"{k}={quote(v)}" for k, v in nxt.items())),
                }
            )
        if alt == "json":
            feed = {
                "xmlns": "http://www.w3.org/2005/Atom",
                "xmlns$openSearch": "http://a9.com/-/spec/opensearchrss/1.0/",
                "xmlns$blogger": "http://schemas.google.com/blogger/2008",
                "id": {"$t": f"tag:blogger.com,1999:blog-{BLOG_ID}"},
                "updated": {"$t": _blogger_time(self.updated(self.count - 1))},
                "category": [{"term": s["ms"]} for s in SECTIONS.values()],
                "title": {"type": "text", "$t": "Berita Blog"},
                "subtitle": {"type": "html", "$t": "Berita serantau dan dunia"},
                "link": [{"rel": "alternate", "type": "text/html", "href": self.base_url}, *links],
                "author": [{"name": {"$t": "Admin"}, "email": {"$t": "noreply@blogger.com"}}],
                "generator": {"version": "7.00", "uri": "http://www.blogger.com", "$t": "Blogger"},
                "openSearch$totalResults": {"$t": str(total)},
                "openSearch$startIndex": {"$t": str(start)},
                "openSearch$itemsPerPage": {"$t": str(limit)},
                "entry": entries,
            }
            return self.json({"version": "1.0", "encoding": "UTF-8", "feed": feed})
        if alt == "rss":
            return self.xml(self._rss(chunk), "application/rss+xml; charset=UTF-8")
        return self.xml(self._atom(entries, total, start, limit, links), "application/atom+xml; charset=UTF-8")

    def _updated_ts(self, k: int) -> float:
        return self.updated(k).timestamp()

    def _bisect(self, ts: float, key) -> int:
        lo, hi = 0, self.count
        while lo < hi:
            mid = (lo + hi) // 2
            if key(mid) < ts:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _entry(self, k: int, summary: bool) -> dict[str, Any]:
        copy = self.article(k)
        pid = self.id_base + self.id_stride * k
        entry: dict[str, Any] = {
            "id": {"$t": f"tag:blogger.com,1999:blog-{BLOG_ID}.post-{pid}"},
            "published": {"$t": _blogger_time(copy.published)},
            "updated": {"$t": _blogger_time(copy.updated)},
            "category": [{"scheme": "http://www.blogger.com/atom/ns#", "term": t} for t in (copy.section, *copy.tags)],
            "title": {"type": "text", "$t": copy.title},
            "link": [
                {
                    "rel": "replies",
                    "type": "application/atom+xml",
                    "href": self.abs(f"/feeds/{pid}/comments/default"),
                    "title": "Catat Ulasan",
                },
                {"rel": "self", "type": "application/atom+xml", "href": self.abs(f"/feeds/posts/default/{pid}")},
                {"rel": "alternate", "type": "text/html", "href": self.url(k), "title": copy.title},
            ],
            "author": [{"name": {"$t": copy.byline or "Admin"}, "email": {"$t": "noreply@blogger.com"}}],
            "media$thumbnail": {
                "xmlns$media": "http://search.yahoo.com/mrss/",
                "url": self.abs(self.image_path(k)),
                "height": "72",
                "width": "72",
            },
        }
        if summary:
            entry["summary"] = {"type": "text", "$t": self.description(copy)}
        else:
            entry["content"] = {"type": "html", "$t": self.post_html(k)}
        return entry

    def _atom(self, entries: list[dict[str, Any]], total: int, start: int, limit: int, links: list) -> str:
        out = [
            "<?xml version='1.0' encoding='UTF-8'?>",
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>",
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><title type='text'>Berita Blog</title>",
            f"<link rel='alternate' type='text/html' href='{self.base_url}'/>",
            *[f"<link rel='{lk['rel']}' type='application/atom+xml' href='{esc(lk['href'])}'/>" for lk in links],
            f"<openSearch:totalResults>{total}</openSearch:totalResults>",
            f"<openSearch:startIndex>{start}</openSearch:startIndex><openSearch:itemsPerPage>{limit}</openSearch:itemsPerPage>",
        ]
        for e in entries:
            body = e.get("content") or e.get("summary")
            out.append(
                f"<entry><id>{e['id']['$t']}</id><published>{e['published']['$t']}</published><updated>{e['updated']['$t']}</updated>"
                + "".join(
                    f"<category scheme='http://www.blogger.com/atom/ns#' term='{esc(c['term'])}'/>"
                    for c in e["category"]
                )
                + f"<title type='text'>{esc(e['title']['$t'])}</title><{'content' if 'content' in e else 'summary'} type='{body['type']}'>{esc(body['$t'])}</{'content' if 'content' in e else 'summary'}>"
                + "".join(f"<link rel='{lk['rel']}' type='{lk['type']}' href='{esc(lk['href'])}'/>" for lk in e["link"])
                + f"<author><name>{esc(e['author'][0]['name']['$t'])}</name></author></entry>"
            )
        out.append("</feed>")
        return "\n".join(out)

    def _rss(self, ks: list[int]) -> str:
        items = [
            {
                "title": self.title(k),
                "link": self.url(k),
                "date": self.published(k),
                "creator": self.article(k).byline,
                "categories": [self.article(k).section],
                "guid": f"tag:blogger.com,1999:blog-{BLOG_ID}.post-{self.id_base + self.id_stride * k}",
                "description": self.post_html(k),
            }
            for k in ks
        ]
        channel = {
            "title": "Berita Blog",
            "link": self.base_url,
            "self": self.abs("/feeds/posts/default?alt=rss"),
            "description": "Berita serantau dan dunia",
            "language": "ms",
        }
        return rss(channel, items)
