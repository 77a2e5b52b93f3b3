"""The page's furniture around the story that the body leaves out: embedded posts, layout tables,
table markup, pull quotes, the header's date and byline lines (review R7)."""

from __future__ import annotations

from newscrawl.pages import GenericPage

URL = "https://news.example/2025/11/harbour-wall"
STORY = [
    "Engineers began work on the new harbour wall on Monday after two years of delays and a long dispute over its cost.",
    "The wall will protect about 300 homes on the lower streets from winter storms, the council said in a statement.",
    "Residents said they had waited a long time for the work and hoped it would be finished before next winter.",
    "The council expects the first section to be finished in the spring, weather permitting, and the rest by autumn.",
]


def _paragraphs(html: str, url: str = URL) -> list[str]:
    page = GenericPage(html.encode(), url)
    return (page.body() or "").split("\n\n")


def _page(inside: str, header: str = "") -> str:
    return f"""<html><head><title>Harbour wall work begins</title></head><body>
    <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
    <main><div class="story-head"><h1>Harbour wall work begins</h1>{header}</div>
    <div class="story-text">{inside}</div></main>
    <footer>Contact us</footer></body></html>"""


def _story(between: str = "", at: int = 2) -> str:
    parts = [f"<p>{line}</p>" for line in STORY]
    return "".join(parts[:at]) + between + "".join(parts[at:])


def test_an_embedded_posts_widget_text_leaves_the_body() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en">Great day for the lower streets, work starts at last!</p>'
        '&mdash; Harbour Residents (@harbourfolk) <a href="https://twitter.com/x/status/1">November 24, 2025</a>'
        "</blockquote>"
    )
    post = (
        '<blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/x/">View this post on '
        "Instagram</a><p>First stone laid this morning on the new wall.</p><p>A post shared by Council "
        "(@harbourcouncil)</p></div></blockquote>"
    )
    paragraphs = _paragraphs(_page(_story(tweet + post)))
    # The Instagram post's widget text goes; a tweet is a quote the story gives (the evaluation
    # sets' gold keep it), with its source line.
    assert paragraphs[:2] + paragraphs[-2:] == STORY
    assert paragraphs[2:-2] == [
        "Great day for the lower streets, work starts at last!",
        "— Harbour Residents (@harbourfolk) November 24, 2025",
    ]


def test_a_themes_container_with_an_embeds_class_stays() -> None:
    html = _page(f'<div class="instagram-media post-content">{_story()}</div>')
    assert _paragraphs(html) == STORY


def test_a_layout_table_of_one_cell_a_row_is_read_as_blocks() -> None:
    html = f"""<html><head><title>Harbour wall work begins</title></head><body>
    <table width="760"><tr><td><a href="/">Harbour Gazette</a></td></tr>
    <tr><td><h1>Harbour wall work begins</h1>{_story()}</td></tr></table></body></html>"""
    paragraphs = _paragraphs(html)
    assert paragraphs[-4:] == STORY
    assert not any(p.startswith("|") for p in paragraphs)


def test_a_data_table_keeps_its_rows_without_the_header_rule() -> None:
    table = (
        "<table><thead><tr><th>Section</th><th>Length</th><th>Cost</th></tr></thead><tbody>"
        "<tr><td>North</td><td>400 m</td><td>2.1m</td></tr><tr><td>South</td><td>650 m</td><td>3.4m</td></tr>"
        "</tbody></table>"
    )
    paragraphs = _paragraphs(_page(_story(table)))
    assert "| North | 400 m | 2.1m |" in paragraphs
    assert not any(set(p) <= set("|-: ") for p in paragraphs)


def test_a_pull_quote_repeating_a_sentence_of_the_story_leaves_the_body() -> None:
    quote = '<blockquote class="pull-quote"><p>We had waited a long time for the work</p></blockquote>'
    story = _story(quote, at=2).replace(
        "Residents said they had waited",
        "Residents said: &quot;We had waited a long time for the work&quot; and added they had waited",
    )
    paragraphs = _paragraphs(_page(story))
    assert "We had waited a long time for the work" not in paragraphs
    assert any("We had waited a long time for the work" in p for p in paragraphs)


def test_a_pull_quote_known_only_by_its_class_leaves_the_body() -> None:
    # A <div>, not a <blockquote> or <aside>: found through the page's class markers alone.
    quote = '<div class="story-pullquote"><p>We had waited a long time for the work</p></div>'
    story = _story(quote, at=2).replace(
        "Residents said they had waited",
        "Residents said: &quot;We had waited a long time for the work&quot; and added they had waited",
    )
    paragraphs = _paragraphs(_page(story))
    assert "We had waited a long time for the work" not in paragraphs
    assert any("We had waited a long time for the work" in p for p in paragraphs)


def test_a_pull_quote_with_its_speaker_in_a_cite_leaves_the_body_with_the_speaker() -> None:
    # WordPress's pullquote block: the quote's text, then its speaker in a <cite>.
    quote = (
        '<blockquote class="wp-block-pullquote"><p>We had waited a long time for the work</p>'
        "<cite>A resident of Quay Street</cite></blockquote>"
    )
    story = _story(quote, at=2).replace(
        "Residents said they had waited",
        "Residents said: &quot;We had waited a long time for the work&quot; and added they had waited",
    )
    paragraphs = _paragraphs(_page(story))
    assert "We had waited a long time for the work" not in paragraphs
    assert "A resident of Quay Street" not in paragraphs
    assert any("We had waited a long time for the work" in p for p in paragraphs)


def test_a_quote_the_story_does_not_repeat_stays() -> None:
    quote = "<blockquote><p>The sea gives and the sea takes, and this wall will hold it back.</p></blockquote>"
    paragraphs = _paragraphs(_page(_story(quote, at=2)))
    assert "The sea gives and the sea takes, and this wall will hold it back." in paragraphs


def test_the_headers_byline_and_date_lines_leave_the_body_and_the_dateline_is_read() -> None:
    header = (
        '<div class="byline"><a href="/staff/jane-doe">Jane Doe</a><div>The Harbour Gazette</div></div>'
        '<div class="stamp">Published 2:48 p.m. ET Nov. 24, 2025 | Updated 4:12 p.m. ET Nov. 24, 2025</div>'
        '<div class="stamp">UPDATED Nov 24, 2025, 06:31 PM</div>'
    )
    story = _story().replace("<p>Engineers", "<p>PORTHAVEN - Engineers", 1)
    page = GenericPage(_page(story, header).encode(), URL)
    assert (page.body() or "").split("\n\n") == STORY
    assert page.dateline() == "PORTHAVEN"


def test_a_date_line_inside_the_storys_element_goes_and_a_short_opening_paragraph_stays() -> None:
    opening = "It has taken two years."
    story = f"<p>By Jane Doe</p><p>Nov 24, 2025 02:15 PM IST</p><p>{opening}</p>" + _story()
    page = GenericPage(_page(story).replace("<head>", '<head><meta name="author" content="Jane Doe">').encode(), URL)
    assert (page.body() or "").split("\n\n") == [opening, *STORY]


def test_header_lines_are_read_against_a_frame_that_holds_the_story() -> None:
    from newscrawl.pages.body import _key
    from newscrawl.pages.furniture import drop_header_lines

    lines = ["Prep time: 25 minutes", "Makes: 40 biscuits", *STORY]
    # The element holding the story: the lines outside it before the story are its header's.
    assert drop_header_lines(lines, _key(" ".join(STORY)), [], []) == STORY
    # An element that holds a small part of the body (one list of it) says nothing of a header.
    assert drop_header_lines(lines, _key(STORY[0]), [], []) == lines
    # A date line the date methods read goes wherever it is.
    assert drop_header_lines(["24.11.2025 14:15", *STORY], None, ["24.11.2025 14:15"], []) == STORY


def test_a_long_stamp_line_of_two_dates_inside_the_story_box_goes() -> None:
    # Review R33 (rv25/07): the stamp line ("Updated: ... | First published: ...", 80 characters or
    # more) in the box that also holds the headline and the story's <div>: each of its dates is
    # a date line the date methods read, so the line is a stamp, not the story's lead.
    stamp = (
        '<div class="stamp"><span>Updated: Nov 24, 2025, 11:05 PM GMT</span> | '
        "<span>First published: Nov 24, 2025, 06:30 PM GMT</span></div>"
    )
    html = f"""<html><head><title>Harbour wall work begins</title></head><body>
    <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
    <div class="story"><h1>Harbour wall work begins</h1><div class="writer">Jane Doe</div>{stamp}
    <div class="story-text">{_story()}</div></div>
    <footer>Contact us</footer></body></html>"""
    assert _paragraphs(html) == STORY


def test_a_long_lead_that_holds_a_date_line_stays() -> None:
    from newscrawl.pages.furniture import drop_header_lines

    lead = "Updated: Nov 24, 2025 | The council said on Monday the wall would be finished by autumn next year."
    # (one date line inside a sentence of the story: not a line of dates alone)
    assert drop_header_lines([lead, *STORY], None, ["Updated: Nov 24, 2025", "Nov 24, 2025"], []) == [lead, *STORY]


def test_a_signed_pull_quote_leaves_the_body_with_its_speakers_line() -> None:
    # WordPress's pull quote block: the quote, then its speaker in a <cite>, read as two lines.
    quote = (
        '<blockquote class="wp-block-pullquote"><p>We had waited a long time for the work.</p>'
        "<cite>Harbour residents' association</cite></blockquote>"
    )
    story = _story(quote, at=2).replace(
        "Residents said they had waited",
        "Residents said: &quot;We had waited a long time for the work&quot; and added they had waited",
    )
    paragraphs = _paragraphs(_page(story))
    assert "We had waited a long time for the work." not in paragraphs
    assert "Harbour residents' association" not in paragraphs
    assert len(paragraphs) == len(STORY)


def test_a_signed_quote_the_story_does_not_repeat_stays_with_its_speaker() -> None:
    quote = (
        "<blockquote><p>The sea gives and the sea takes, and this wall will hold it back.</p>"
        "<cite>Harbour master</cite></blockquote>"
    )
    paragraphs = _paragraphs(_page(_story(quote, at=2)))
    assert "The sea gives and the sea takes, and this wall will hold it back." in paragraphs
    assert "Harbour master" in paragraphs
