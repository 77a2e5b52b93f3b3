"""Pages in front of an article or in place of one: a bot check, a consent wall, a section front (review R7)."""

from __future__ import annotations

import time

import pytest
from lxml import html as lxml_html

from newscrawl.pages import extract
from newscrawl.pages.walls import is_search_page

URL = "https://news.example/local/harbour-wall-work-begins"
PROSE = (
    "Engineers began work on the new harbour wall on Monday after two years of delays and a long dispute over "
    "its cost, and the council said the first section would be finished in the spring if the weather held."
)
STORY = "".join(
    f"<p>{PROSE} Paragraph {n} adds that residents of the lower streets had waited a long time.</p>" for n in range(4)
)


def _reason(html: str, url: str = URL) -> str | None:
    return extract(html.encode(), url).reason


def _article(extra: str = "", head: str = "") -> str:
    return f"""<html><head><title>Harbour wall work begins</title>{head}</head><body>
    <main><h1>Harbour wall work begins</h1>{STORY}</main>{extra}</body></html>"""


def test_a_bot_checks_challenge_page_is_no_article() -> None:
    html = """<html><head><title>One moment, please</title></head><body><div class="main">
    <h1>news.example</h1><h2 id="challenge-running">Verifying your browser before you go on</h2>
    <div id="challenge-body-text">news.example has to check your connection before it lets you in.</div>
    <form id="challenge-form" action="/local/x?__cf_chl_f_tk=1" method="POST"><input type="hidden" name="md"></form>
    </div><div class="footer">Ray ID: <code>0a1b2c</code> Performance and security by a vendor</div>
    <script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>"""
    assert _reason(html) == "not_article:challenge"


def test_an_article_with_the_vendors_detection_script_is_an_article() -> None:
    script = '<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>'
    assert _reason(_article(script)) is None


def test_a_consent_wall_is_no_article() -> None:
    wall = "".join(
        f"<p>We and our {n} partners store and access information on your device, such as cookies, and process "
        "personal data for personalised advertising, measurement and the development of our services.</p>"
        for n in (100, 200, 300)
    )
    html = f"""<html><head><title>Harbour Gazette</title></head><body>
    <div id="privacy-consent" class="cmp-dialog"><h1>Your privacy matters to us</h1>{wall}
    <button>Accept all</button></div></body></html>"""
    assert _reason(html) == "not_article:consent"


def test_an_article_under_a_cookie_banner_is_an_article() -> None:
    banner = '<div class="cookie-banner"><p>We use cookies to improve the site. <button>OK</button></p></div>'
    assert _reason(_article(banner)) is None


def test_a_section_front_of_linked_headlines_is_no_article() -> None:
    html = f"""<html><head><title>Local | Harbour Gazette</title></head><body>
    <main><h1>Local</h1><div class="lead"><h2><a href="/local/2025/11/24/harbour-wall">Harbour wall work
    begins after two years of delays</a></h2><p class="by">By Jane Doe</p><p>{PROSE}</p>
    <a href="/local/2025/11/24/harbour-wall">Read more</a></div>
    <ul><li><a href="/local/a">Ferry timetable changes for winter</a></li>
    <li><a href="/local/b">School roof repairs start next week</a></li></ul></main></body></html>"""
    assert _reason(html, "https://news.example/local/") == "not_article:section"


def test_an_article_followed_by_linked_teasers_with_summaries_is_an_article() -> None:
    teasers = "".join(
        f'<div class="teaser"><h3><a href="/local/story-{n}">Another story from the harbour number {n}</a></h3>'
        f"<p>{PROSE}</p></div>"
        for n in range(3)
    )
    assert _reason(_article(f"<aside>{teasers}</aside>")) is None
    # its headline linking to itself is its own
    linked = _article().replace(
        "<h1>Harbour wall work begins</h1>", f'<h1><a href="{URL}">Harbour wall work begins</a></h1>'
    )
    assert _reason(linked) is None


def test_a_post_under_a_title_linking_its_permalink_and_page_builder_components_are_articles() -> None:
    post = _article().replace(
        "<h1>Harbour wall work begins</h1>",
        '<h2><a href="/blog/2025/harbour-wall-work-begins/">Harbour wall work begins today</a></h2>',
    )
    assert _reason(post, "https://news.example/blog/?p=12") is None
    components = _article().replace("<main>", '<main class="ls-cmp-wrap">')
    assert _reason(components) is None


def test_an_article_in_chinese_under_a_cookie_banner_is_an_article() -> None:
    line = "凯尔特人在主场以较大比分战胜对手，这是球队本赛季在主场取得的第十场胜利，球迷们在赛后久久不愿离去。"
    story = "".join(f"<p>{line}第{n}段。</p>" for n in range(5))
    html = f"""<html><head><title>比赛结果</title></head><body>
    <div class="cookie-consent"><p>We use cookies to improve the site. <button>OK</button></p></div>
    <main><h1>比赛结果</h1>{story}</main></body></html>"""
    assert _reason(html, "https://news.example/sport/20200121/1.html") is None


def test_a_label_page_of_whole_posts_is_no_article() -> None:
    # Two whole posts, each under a title that links its permalink: a label's listing (review rv21).
    posts = "".join(
        f'<div class="post"><h2><a href="/2025/11/harbour-story-{n}.html">Harbour story number {n} of the week</a>'
        f"</h2>{STORY}</div>"
        for n in range(2)
    )
    html = f"<html><head><title>Harbour | Gazette</title></head><body><main>{posts}</main></body></html>"
    assert _reason(html, "https://news.example/label/harbour") == "not_article:section"


def test_blogger_markup_of_several_posts_is_no_article_on_a_generic_page() -> None:
    # A blogspot site not in the registry, its label page: Blogger's post blocks, the text in <br><br>.
    post = (
        '<div class="post-outer"><div class="post hentry"><h3 class="post-title"><a href="/2025/11/p{n}.html">'
        'Harbour post {n}</a></h3><div class="post-body">' + "<br><br>".join([PROSE] * 3) + "</div></div></div>"
    )
    html = (
        "<html><head><title>Harbour</title></head><body>"
        + "".join(post.format(n=n) for n in range(2))
        + "</body></html>"
    )
    assert _reason(html, "https://harbour.blogspot.com/search/label/Harbour") == "not_article:archive"
    assert _reason(html.replace(post.format(n=1), ""), "https://harbour.blogspot.com/2025/11/p0.html") is None


def _recording(player: str, caption: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in ("local", "sport", "video", "weather"))
    more = "".join(
        f'<li><a href="/video/clip-{n}.html">Another clip from the quay, number {n}</a></li>' for n in range(4)
    )
    return f"""<html><head><title>Video: the harbour wall from the air - News</title>
    <meta property="og:type" content="website">{head}</head><body>
    <header><a href="/" rel="home">News</a><nav><ul>{menu}</ul></nav></header>
    <main>{player}<h1>Video: the harbour wall from the air</h1><div class="meta">26 November 2026 · 1:42</div>
    <p class="caption">{caption}</p><section class="more"><h3>More videos</h3><ul>{more}</ul></section></main>
    <footer><a href="/about/">About</a> © 2026 News</footer></body></html>"""


def test_a_videos_or_a_podcast_episodes_page_with_a_caption_is_no_article() -> None:
    caption = "A drone flew over the new harbour wall on its first day of work."
    video = '<video controls src="https://cdn.news.example/v/118830.mp4"></video>'
    assert _reason(_recording(video, caption)) == "not_article:media"
    audio = '<audio controls src="https://cdn.news.example/podcast/212.mp3"></audio>'
    assert _reason(_recording(audio, caption)) == "not_article:media"
    # A player drawn by a script, the recording named in JSON-LD.
    ld = '<script type="application/ld+json">{"@type":"VideoObject","name":"The harbour wall from the air"}</script>'
    assert _reason(_recording('<div class="player" data-id="118830"></div>', caption, ld)) == "not_article:media"


def test_a_story_with_a_video_a_video_in_a_sidebar_and_a_signed_clip_are_articles() -> None:
    video = '<video controls src="https://cdn.news.example/v/118830.mp4"></video>'
    # The story's text under the player: a text.
    assert _reason(_recording(video, PROSE + " " + PROSE)) is None
    # The player in a sidebar beside a caption-long page: not the page's own recording.
    page = _recording(f"<aside>{video}</aside>", "A drone flew over the new harbour wall on its first day.")
    assert _reason(page) != "not_article:media"
    # A page that says it is an article, and a clip its reporter signs.
    page = _recording(video, "A drone flew over the new harbour wall on its first day of work.")
    assert _reason(page.replace('content="website"', 'content="article"')) is None
    signed = page.replace('<p class="caption">', '<div class="byline">By Kit Lane</div><p class="caption">')
    assert _reason(signed) is None


def test_an_embedded_youtube_or_vimeo_player_with_a_caption_is_no_article_and_a_story_with_one_is() -> None:
    caption = "A drone flew over the new harbour wall on its first day of work."
    youtube = '<iframe src="https://www.youtube.com/embed/Xq4bT0r9mZk" allowfullscreen></iframe>'
    assert _reason(_recording(youtube, caption)) == "not_article:media"
    vimeo = '<div class="embed"><iframe data-src="//player.vimeo.com/video/48211907"></iframe></div>'
    assert _reason(_recording(vimeo, caption)) == "not_article:media"
    # A short story with a video in it: its text is longer than a caption.
    assert _reason(_recording(youtube, PROSE + " " + PROSE)) is None
    # Another frame (a map, an ad), or the player in a sidebar: not the page's recording.
    frame = '<iframe src="https://maps.example/embed?q=quay"></iframe>'
    assert _reason(_recording(frame, caption)) != "not_article:media"
    assert _reason(_recording(f"<aside>{youtube}</aside>", caption)) != "not_article:media"


def test_a_short_brief_with_a_player_is_no_media_page() -> None:
    # Review R43 (m1, m2): a 37-word brief under a video; a 40-word brief under a "read aloud" player.
    brief = (
        "Firefighters fought a large blaze at a timber warehouse in the port district late on Tuesday. "
        "Nobody was injured, the fire brigade said, but the roads around the quay stayed closed overnight."
    )
    video = '<video controls src="https://cdn.news.example/v/5531.mp4"></video>'
    assert _reason(_recording(video, brief)) != "not_article:media"
    page = _recording("", "A drone flew over the new harbour wall on its first day of work.").replace(
        '<p class="caption">',
        '<div class="tts">Listen <audio controls src="/tts/1.mp3"></audio></div><p class="caption">',
    )
    assert _reason(page) != "not_article:media"


INTRO = (
    "Floods on the lower river come back every wet season, and the quays of the old town are the first to go "
    "under. This page gathers our reporting on the floods, from the warnings to the council's flood plan."
)


def _cards(dates: list[str], wrapped: bool = True) -> str:
    """Story cards, each a headline linking another page, a one-line summary and a date."""
    cards = []
    for n, day in enumerate(dates):
        headline = f"River gauge at the old bridge reaches warning level number {n}"
        link = (
            f'<a href="/local/flood-{n}"><h3>{headline}</h3></a>'
            if wrapped
            else f'<h3><a href="/local/flood-{n}">{headline}</a></h3>'
        )
        cards.append(f"<li>{link}<p>Pumps ran through the night on the quay.</p><span>{day}</span></li>")
    return f"<ul class='cards'>{''.join(cards)}</ul>"


DAYS = ["24 November 2026 21:10", "24 November 2026 08:30", "23 November 2026 15:05"]


def _topic(name: str = "River floods", intro: str = f"<p>{INTRO}</p><p>{PROSE}</p>", cards: str = "") -> str:
    return f"""<html><head><title>{name}: latest news | Harbour Gazette</title>
    <meta property="og:type" content="website"></head><body><main><section class="topic">
    <h1>{name}</h1><div class="intro">{intro}</div>{cards or _cards(DAYS)}
    <nav><a href="?page=2">Next</a></nav></section></main></body></html>"""


def test_a_topic_page_with_an_intro_over_dated_cards_is_no_article() -> None:
    # Review rv32: a topic's name, two paragraphs of intro, cards of other stories each with its date.
    url = "https://news.example/topic/river-floods"
    assert _reason(_topic(), url) == "not_article:topic"
    assert _reason(_topic(cards=_cards(DAYS, wrapped=False)), url) == "not_article:topic"
    dated = [f'<time datetime="2026-11-2{n}">Tuesday</time>' for n in range(3)]
    assert _reason(_topic(cards=_cards(dated)), url) == "not_article:topic"


def test_a_story_over_related_cards_is_an_article() -> None:
    url = "https://news.example/topic/river-floods"  # an address that says nothing: each rule on its own
    # its own date under its headline, or its byline
    assert _reason(_topic(intro=f"<p>24 November 2026 07:00</p><p>{INTRO}</p><p>{PROSE}</p>"), url) is None
    assert _reason(_topic(intro=f"<p class='byline'>By Jane Doe</p><p>{INTRO}</p><p>{PROSE}</p>"), url) is None
    # a headline that says more than a name; a story of more paragraphs than an intro
    assert _reason(_topic(name="Quays under water as the river bursts its banks again"), url) is None
    assert _reason(_topic(intro=STORY), url) is None
    # one long paragraph under a short name: a glossary entry over its blog's dated posts
    assert _reason(_topic(name="Heat pumps", intro=f"<p>{' '.join([INTRO] * 4)}</p>"), url) is None
    # cards without their own dates, or fewer than three
    assert _reason(_topic(cards=_cards(["", "", ""])), url) != "not_article:topic"
    assert _reason(_topic(cards=_cards(DAYS[:2])), url) != "not_article:topic"
    # prose after the cards, outside them: the story goes on
    assert _reason(_topic().replace("<nav>", f"<p>{PROSE}</p><nav>"), url) is None
    # a page that says it is an article
    head = '<meta property="og:type" content="article">'
    assert _reason(_topic().replace('<meta property="og:type" content="website">', head), url) is None


def test_a_short_brief_over_dated_related_cards_is_an_article() -> None:
    # Review R57: a brief with a three-word headline, two paragraphs, no byline and no metadata, over
    # three dated "Related" cards: its address (a date, an id, a headline's slug), a <time> of its
    # own or a date line under its headline says it is a story.
    brief = _topic(name="Quay reopens today", intro=f"<p>{INTRO}</p>").replace(
        '<meta property="og:type" content="website">', ""
    )
    assert _reason(brief, "https://news.example/topic/quay-works") == "not_article:topic"
    for url in (
        "https://news.example/2026/11/24/quay-reopens/",
        "https://news.example/local/quay-reopens-to-boats-today",
        "https://news.example/local/article-8812345",
    ):
        assert _reason(brief, url) is None, url
    url = "https://news.example/topic/quay-works"
    own_time = brief.replace("</ul>", "</ul><time datetime='2026-11-24'>24 November 2026</time>")
    assert _reason(own_time, url) is None
    dateline = brief.replace('<div class="intro">', '<div class="intro"><span>24 November 2026 07:00</span>')
    assert _reason(dateline, url) is None
    canonical = brief.replace("</head>", '<link rel="canonical" href="https://news.example/2026/11/24/quay/"></head>')
    assert _reason(canonical, url) is None


@pytest.mark.parametrize(
    "box",
    ['<aside class="related-posts">{}</aside>', '<div id="more-stories">{}</div>', '<div class="terkait">{}</div>'],
)
def test_a_short_brief_over_a_related_box_at_an_undated_short_address_is_an_article(box: str) -> None:
    # The brief above with its three dated cards in a box named as related stories: the cards are
    # the story's "Related" box, not a topic's own list, whatever the address says.
    brief = _topic(name="Quay reopens today", intro=f"<p>{INTRO}</p>").replace(
        '<meta property="og:type" content="website">', ""
    )
    boxed = brief.replace(_cards(DAYS), box.format(_cards(DAYS)))
    assert boxed != brief
    # (its address was "/topic/quay-works" until review R59: a topic's address keeps a topic page)
    assert _reason(boxed, "https://news.example/local/quay-works") is None
    # a topic page whose whole section is named as the site's (a sidebar-less layout) stays a topic page
    whole = _topic().replace('<section class="topic">', '<section class="topic" id="related-topics">')
    assert _reason(whole, "https://news.example/topic/river-floods") == "not_article:topic"


@pytest.mark.parametrize(
    "box",
    [
        '<div class="more-stories">{}</div>',
        '<section class="related-articles">{}</section>',
        '<div id="sidebar-main">{}</div>',
    ],
)
def test_a_topic_pages_own_list_in_a_related_named_box_stays_a_topic_page(box: str) -> None:
    # A topic's name, a one-line intro and its dated cards in a box whose class or id a related-posts
    # box also wears: nothing of a story of its own, no "Related" heading, so still a topic page.
    short = "<p>Every story we ran on the winter floods.</p>"
    topic = _topic(intro=short).replace('<meta property="og:type" content="website">', "")
    boxed = topic.replace(_cards(DAYS), box.format(_cards(DAYS)))
    assert boxed != topic
    for url in ("https://news.example/topic/river-floods", "https://news.example/local/river-floods"):
        assert _reason(boxed, url) == "not_article:topic", url
    # a heading over the box that names it as related stories makes it a brief's box
    headed = boxed.replace(short, f"{short}<h2>Related stories</h2>")
    assert _reason(headed, "https://news.example/local/river-floods") != "not_article:topic"
    # a brief's prose over the box: a story's, but not at a topic's or a tag's address
    brief = topic.replace(short, f"<p>{INTRO}</p>").replace(_cards(DAYS), box.format(_cards(DAYS)))
    assert _reason(brief, "https://news.example/local/river-floods") is None
    for url in ("https://news.example/topic/river-floods", "https://news.example/tag/river-floods"):
        assert _reason(brief, url) == "not_article:topic", url


def _results(heading: str, titles: list[str], summary: str = "Divers searched the reef all week.") -> str:
    """A site search's page: the query's heading, a count, a list of dated result cards, a sidebar."""
    cards = "".join(
        f'<li class="result"><a href="/news/item-{n}">{title}</a> <span class="date">2{n} Nov 2026 10:0{n}</span>'
        f"<p>{summary}</p></li>"
        for n, title in enumerate(titles)
    )
    return f"""<html><head><title>{heading} - Tidewater Post</title></head><body>
    <header><a href="/">Tidewater Post</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
    <main><h1>{heading}</h1><p class="count">{len(titles)} found</p><ul class="results">{cards}</ul></main>
    <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/r/1">Night ferry to the islands runs late again</a>
    </li></ol></aside><footer><p>© 2026 Tidewater Post</p></footer></body></html>"""


TITLES = [
    "Coral survey finds bleaching on the outer reef",
    "Reef rangers get two new patrol boats",
    "Tour operators ask for a longer season on the reef",
]


@pytest.mark.parametrize(
    "heading",
    [
        'Search results for "reef"',
        "12 search results for: reef",
        'Hasil pencarian untuk "terumbu karang"',
        "Hasil carian: terumbu",
        "Résultats de recherche pour « récif »",
        "Suchergebnisse für Riff",
        "Resultados de la búsqueda: arrecife",
    ],
)
def test_a_site_searchs_page_of_result_cards_is_no_article(heading: str) -> None:
    # Review rv34: the query's heading (in any language listed), then a list of dated results, no story.
    assert _reason(_results(heading, TITLES), "https://news.example/find/reef") == "not_article:search"


def test_a_search_address_with_result_cards_is_no_article_whatever_its_heading() -> None:
    page = _results("Reef", TITLES)
    for url in ("https://news.example/search?q=reef", "https://news.example/cari/reef", "https://news.example/?s=reef"):
        assert _reason(page, url) == "not_article:search", url
    assert _reason(page, "https://news.example/find/reef") != "not_article:search"


def test_a_story_about_search_results_or_at_a_search_like_address_is_an_article() -> None:
    # a headline that opens with the words, over a story's prose and related links
    story = _results("Search results for flu remedies doubled this winter", TITLES).replace(
        '<p class="count">3 found</p>', STORY
    )
    assert _reason(story, "https://news.example/health/flu-searches") is None
    # a story's page at an address with a search segment: its prose says it is a story
    assert _reason(_article(f"<ul>{''.join(f'<li><a href=/n/{n}>{t}</a></li>' for n, t in enumerate(TITLES))}</ul>"),
                   "https://news.example/search/harbour-wall-work-begins") is None  # fmt: skip
    # a story set in one <div> with <br>s, not <p>s, over two related links
    lines = [
        "Our yearly look at the words readers typed into the search box of the site this year.",
        "The most searched word was reef, after the storms that closed the marina for a week in spring.",
        "Second came ferry, as the island timetable changed twice over the summer.",
    ]
    story = _results("Search results: what readers looked for in 2026", TITLES[:2], "").replace(
        '<p class="count">2 found</p>', f'<div class="post-body">{"<br><br>".join(lines)}</div>'
    )
    assert _reason(story, "https://news.example/news/searched-2026") is None
    # the words in a sentence, not opening the heading; one result only
    assert _reason(_results("Why the reef search results matter", TITLES)) != "not_article:search"
    assert _reason(_results('Search results for "reef"', TITLES[:1])) != "not_article:search"


def test_thousands_of_links_at_a_search_address_take_linear_time() -> None:
    # a tag cloud of distinct links in one block: the cards are found from the links' targets
    # grouped once, not by comparing each link with every other (quadratic: seconds at this size)
    links = "".join(f'<span><a href="/news/story-number-{n}">tag word number {n}</a></span> ' for n in range(6000))
    tree = lxml_html.fromstring(
        f"<html><head><title>Reef</title></head><body><h1>Search results for reef</h1><div>{links}</div></body></html>"
    )
    started = time.process_time()
    assert is_search_page(tree, "https://news.example/find/reef")
    assert time.process_time() - started < 1.5
