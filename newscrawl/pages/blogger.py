"""Blogger (Blogspot) pages: the classes every Blogger layout template emits.

Posts sit in ``.post-outer .post`` with ``.post-title``, ``.post-body``,
``.post-timestamp abbr.published[title]`` (ISO with offset) or ``time.published``
in newer layouts, ``.post-author .fn`` and ``.post-labels a``. A listing page
(home, label, search) shows several ``.post-outer`` blocks.
"""

from __future__ import annotations

from newscrawl.pages.base import ArticlePage


class BloggerPage(ArticlePage):
    """An article of a Blogger site."""

    body_selectors = (".post-body", ".entry-content", "[itemprop=articleBody]")
    title_selectors = ("h3.post-title", "h1.post-title", ".post-title", "h1.entry-title")
    date_selectors = (
        "abbr.published",
        ".post-timestamp time",
        "time.published",
        "[itemprop=datePublished]",
        ".post-timestamp .published",
        ".date-header span",
    )
    modified_selectors = ("abbr.updated", "[itemprop=dateModified]")
    author_selectors = (".post-author .fn", ".post-author-name", ".post-author a", ".byline.post-author")
    drop_selectors = (".post-share-buttons", ".post-footer", ".blog-pager", ".comments", ".related-posts")
    section_selectors = (".post-labels a",)
    tag_selectors = (".post-labels a",)

    def tags(self) -> list[str]:
        """Labels other than the first, which Blogger themes show as the post's section."""
        labels = super().tags()
        if labels and self.section() == labels[0]:
            return labels[1:]
        return labels

    def page_type(self) -> str | None:
        reason = super().page_type()
        if reason is not None or self.rest_post is not None or self.tree is None:
            return reason
        if self.select(".status-msg-body"):
            return "not_article:tag"
        return None
