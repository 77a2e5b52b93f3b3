"""``jsmirror``: an English mirror whose article text only exists after JavaScript runs.

Exercises: ``render = "browser"`` in the registry. The HTML carries the title and meta
tags (server-side rendered) but no body text: a script builds the article from an inline
JSON blob (``<script id="__DATA__">``, even post ids) or from ``/api/post/<id>.json``
(odd post ids). The home page is a script too, so discovery must use the sitemap or the
feed. Copies are verbatim or retitled, credited "Originally published by Wire News".

URL layout::

    /article/<id>/<slug>          article (wrong or missing slug: 301)
    /api/post/<id>.json           the article's data      /api/posts?page=N   latest, 20 a page
    /sitemap.xml -> /sitemaps/posts-N.xml (5000 a page)   /rss.xml (latest 20)
    /static/app.js                the renderer
"""

from __future__ import annotations

import json
import re
from random import Random
from typing import Any

from ..server import Request, Response
from ..stories import Story, slugify
from .base import Theme, esc, iso, rss, wire_credit, wire_paragraphs

SITEMAP_PAGE = 5000
_ARTICLE = re.compile(r"^/article/(\d+)(?:/([a-z0-9-]*))?/?$")

APP_JS = r"""(function () {
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }
  function render(d) {
    var root = document.getElementById('root');
    root.innerHTML = '';
    var article = el('article', 'story');
    article.appendChild(el('h1', 'story-title', d.title));
    var meta = el('div', 'story-meta');
    if (d.byline) meta.appendChild(el('span', 'story-byline', 'By ' + d.byline));
    var time = el('time', 'story-date', d.published_display);
    time.setAttribute('datetime', d.published);
    meta.appendChild(time);
    article.appendChild(meta);
    var body = el('div', 'story-body');
    d.paragraphs.forEach(function (p) { body.appendChild(el('p', null, p)); });
    article.appendChild(body);
    if (d.source) {
      var source = el('p', 'story-source', 'Originally published by ');
      var link = el('a', null, d.source.name);
      link.href = d.source.url;
      source.appendChild(link);
      article.appendChild(source);
    }
    root.appendChild(article);
  }
  function renderList(items) {
    var root = document.getElementById('root');
    root.innerHTML = '';
    var list = el('ul', 'latest');
    items.forEach(function (item) {
      var li = el('li'); var a = el('a', null, item.title); a.href = item.url; li.appendChild(a); list.appendChild(li);
    });
    root.appendChild(list);
  }
  var blob = document.getElementById('__DATA__');
  if (blob) { render(JSON.parse(blob.textContent)); return; }
  if (window.__POST_ID__) {
    fetch('/api/post/' + window.__POST_ID__ + '.json').then(function (r) { return r.json(); }).then(render);
  } else {
    fetch('/api/posts?page=1').then(function (r) { return r.json(); }).then(function (d) { renderList(d.posts); });
  }
})();
"""


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


class JsMirror(Theme):
    name = "jsmirror"
    article_path = _ARTICLE
    title_suffix = "JS Mirror"
    publisher = "JS Mirror"
    language = "en"
    timezone = "Asia/Singapore"
    render = "browser"
    delay_hours = 1.0
    id_base = 900_000
    id_stride = 1
    robots_disallow = ("/search",)
    sitemaps = ("/sitemap.xml",)

    def kind_for(self, k: int, rng: Random) -> str:
        return "retitled" if rng.random() < 0.2 else "verbatim"

    def attribution(self, k: int, story: Story, kind: str) -> dict[str, Any]:
        return {
            "authors": story.authors,
            "byline": ", ".join(story.authors) or None,
            "publisher": "Wire News",
            "agencies": (story.agency,) if story.agency else (),
            "credit": wire_credit(story.agency),
            "original_url": self.origin_url(k),
        }

    def path(self, k: int) -> str:
        return f"/article/{self.id_base + k}/{slugify(self.title(k))}"

    def image_path(self, k: int) -> str:
        return f"/media/{self.id_base + k}.jpg"

    def data(self, k: int) -> dict[str, Any]:
        """What the script renders: the page's article, as the API returns it."""
        copy = self.article(k)
        return {
            "id": self.id_base + k,
            "title": copy.title,
            "byline": copy.byline,
            "authors": list(copy.authors),
            "published": iso(copy.published),
            "published_display": f"{copy.published:%d %b %Y, %H:%M} SGT",
            "modified": iso(copy.modified),
            "section": copy.section,
            "tags": list(copy.tags),
            "paragraphs": wire_paragraphs(copy),
            "image": self.abs(self.image_path(k)),
            "source": {"name": "Wire News", "url": copy.original_url} if copy.original_url else None,
        }

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return Response(self.shell("JS Mirror: world news, fast", "<script>window.__POST_ID__ = null;</script>"))
        match = _ARTICLE.match(path)
        if match:
            k = self.by_post_id(match.group(1))
            if k is None:
                return None
            if path.rstrip("/") != self.path(k):
                return self.redirect(self.url(k))
            return self.article_response(request, k, self.article_page)
        match = re.match(r"^/api/post/(\d+)\.json$", path)
        if match:
            k = self.by_post_id(match.group(1))
            return self.json(self.data(k)) if k is not None else self.json({"error": "not found"}, 404)
        if path == "/api/posts":
            page = self.page_number(request.query.get("page")) or 1
            ks = self.newest((page - 1) * 20, 20)
            return self.json(
                {
                    "page": page,
                    "total": self.count,
                    "posts": [
                        {
                            "id": self.id_base + k,
                            "title": self.title(k),
                            "url": self.url(k),
                            "published": iso(self.published(k)),
                        }
                        for k in ks
                    ],
                }
            )
        if path == "/static/app.js":
            return Response(APP_JS, content_type="application/javascript; charset=utf-8")
        if path == "/rss.xml":
            items = [
                {
                    "title": self.title(k),
                    "link": self.url(k),
                    "date": self.published(k),
                    "description": self.description(self.article(k)),
                }
                for k in self.newest(0, 20)
            ]
            channel = {
                "title": "JS Mirror",
                "link": self.base_url,
                "self": self.abs("/rss.xml"),
                "language": "en",
                "description": "Latest stories",
            }
            return self.xml(rss(channel, items), "application/rss+xml; charset=UTF-8")
        if path == "/sitemap.xml":
            return self.post_sitemap_index("/sitemaps/posts-{n}.xml", SITEMAP_PAGE)
        match = re.match(r"^/sitemaps/posts-(\d+)\.xml$", path)
        if match:
            return self.post_sitemap(int(match.group(1)), SITEMAP_PAGE)
        if path == "/about":
            return Response(self.shell("About JS Mirror", "<script>window.__POST_ID__ = null;</script>"))
        return None

    def shell(self, title: str, extra: str, head: str = "") -> str:
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}
<link rel="alternate" type="application/rss+xml" href="{self.abs("/rss.xml")}"></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"><div class="skeleton"><div class="skeleton-line"></div><div class="skeleton-line"></div></div></div>
{extra}<script src="/static/app.js" defer></script></body></html>"""

    def article_page(self, k: int) -> str:
        copy = self.article(k)
        url = self.url(k)
        desc = esc(self.description(copy) or "")
        head = (
            f'<link rel="canonical" href="{esc(url)}"><meta name="description" content="{desc}">'
            f'<meta property="og:title" content="{esc(copy.title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:image" content="{self.abs(self.image_path(k))}">'
            f'<meta property="og:type" content="article"><meta property="og:site_name" content="JS Mirror">'
            f'<meta property="article:published_time" content="{iso(copy.published)}">'
        )
        post_id = self.id_base + k
        if post_id % 2 == 0:
            extra = f'<script id="__DATA__" type="application/json">{_script_json(self.data(k))}</script>'
        else:
            extra = f"<script>window.__POST_ID__ = {post_id};</script>"
        return self.shell(f"{copy.title} - JS Mirror", extra, head)
