"""Pages of sites with no known family: structured data, then trafilatura for the text."""

from __future__ import annotations

from newscrawl.pages.base import ArticlePage


class GenericPage(ArticlePage):
    """An article page of any site; every field from structured data or the page at large."""

    date_selectors = (
        "[itemprop=datePublished]",
        "time.published",
        "time.entry-date",
        ".published",
        ".post-date",
        ".article-date",
    )
    modified_selectors = ("[itemprop=dateModified]", "time.updated")
    section_selectors = ("a[rel~=category]",)
    tag_selectors = ("a[rel~=tag]",)
