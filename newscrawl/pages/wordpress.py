"""WordPress pages: the REST post when the spider has it, else the theme's standard markup.

Most themes follow the underscores (``_s``) starter's classes: ``.entry-title``,
``.entry-content``, ``time.entry-date`` in ``.posted-on``, ``.byline .author``;
``<body class="single ...">`` on a post, ``home``/``archive``/``tag``/``search`` elsewhere.
"""

from __future__ import annotations

from newscrawl.pages.base import ArticlePage


class WordPressPage(ArticlePage):
    """An article of a WordPress site."""

    body_selectors = (
        ".entry-content",
        ".post-content",
        ".td-post-content",
        ".single-post-content",
        ".article-content",
        "[itemprop=articleBody]",
    )
    title_selectors = ("h1.entry-title", ".entry-title", "h1.post-title", "h1.jeg_post_title", "h1.tdb-title-text")
    date_selectors = (
        ".entry-meta time.entry-date.published",
        "time.entry-date.published",
        ".posted-on time.published",
        ".posted-on time",
        "time.entry-date",
        "[itemprop=datePublished]",
        ".entry-date",
        ".post-date",
        ".jeg_meta_date",
    )
    modified_selectors = ("time.updated", "[itemprop=dateModified]")
    author_selectors = (
        ".entry-meta .author .fn",
        ".byline .author a",
        ".byline .fn",
        ".entry-meta .author",
        ".author.vcard",
        ".jeg_meta_author a",
        ".td-post-author-name a",
    )
    drop_selectors = (".sharedaddy", ".jp-relatedposts", ".yarpp-related", ".wp-block-embed", ".code-block")
    section_selectors = (".cat-links a", "a[rel~=category]")
    tag_selectors = (".tags-links a", "a[rel~=tag]")
