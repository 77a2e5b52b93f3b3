"""The article's paragraphs on pages trafilatura reads whole (``pages/body.py``): classes of text
the evaluation sets showed lost or kept (tenth session, issue #5)."""

from __future__ import annotations

import pytest
from lxml import html
from lxml.html import HtmlElement

from newscrawl.pages import GenericPage
from newscrawl.pages.body import drop_dangling_tail, trim_to_precise, twin_paragraphs

URL = "https://science.example/2026/03/orbit-maths"

MATHML_STORY = (
    "<p>Engineers plotting the probe's path start from a simple rule: when "
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>v</mi><mo>&gt;</mo><mn>11</mn></math>'
    " kilometres a second, a craft leaves the Earth for good, whatever its heading.</p>"
    "<p>The team checked that bound against the tracking data from the first three days of the flight.</p>"
    '<mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math aria-hidden="true">'
    '<mjx-mi class="mjx-i"><mjx-c class="mjx-c1D438"></mjx-c></mjx-mi></mjx-math>'
    '<mjx-assistive-mml display="block"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">'
    "<mi>E</mi><mo>=</mo><mfrac><mrow><mi>m</mi><msup><mi>v</mi><mn>2</mn></msup></mrow><mn>2</mn></mfrac>"
    '<annotation encoding="application/x-tex">E = \\frac{mv^2}{2}</annotation>'
    "</math></mjx-assistive-mml></mjx-container>"
    "<p>From that energy the mission planners worked out how much fuel the second burn would need "
    "to bring the probe into a stable orbit around the moon before the winter.</p>"
    "<p>The burn is planned for the middle of April, when the moon is closest, the agency said on Monday.</p>"
)


def _page(article: str) -> str:
    return (
        "<html><head><title>How the probe's path was worked out | Science Desk</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/space">Space</a></nav>'
        f"<article><h1>How the probe's path was worked out</h1>{article}</article>"
        "<footer><p>About us</p></footer></body></html>"
    )


def test_a_mathml_formula_is_read_as_the_story_s_text() -> None:
    page = GenericPage(_page(MATHML_STORY).encode(), URL)
    body = page.body() or ""
    # The inline formula stays in its sentence, the displayed one (drawn by MathJax, kept as
    # MathML for screen readers) is read once, without its TeX source.
    assert "when v > 11 kilometres a second" in body
    assert "E = m v 2 2" in body
    assert "frac" not in body
    assert body.count("E =") == 1
    # The page's own tree is left as it was (the other fields read it).
    assert len(page.tree.findall(".//math")) == 2


def test_a_hidden_mathml_copy_beside_a_formula_s_image_stays_out() -> None:
    # Wikipedia's shape: the MathML hidden beside the image of the formula that readers see.
    story = MATHML_STORY.replace(
        '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>v</mi>',
        '<span style="display: none"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>w</mi>',
    ).replace("<mn>11</mn></math>", '<mn>11</mn></math></span><img alt="w > 11" src="/f.png">')
    body = GenericPage(_page(story).encode(), URL).body() or ""
    assert "w >" not in body
    assert "E = m v 2 2" in body


STORY = [
    "The new game reached the top of the charts in its first week, the studio said on Thursday.",
    "Players can race through the city on foot or by bike, and the levels change with the weather.",
]


def test_a_closing_sentence_that_leads_into_an_embed_stays() -> None:
    lead_in = "To see the new game in action, check out the footage from the studio below:"
    assert drop_dangling_tail([*STORY, lead_in]) == [*STORY, lead_in]
    # a box's label, however it is worded, still goes
    for label in (
        "More on this topic:",
        "Verwandte Themen auf unserem Blog:",
        "Read the full list of our partner blogs here:",
    ):
        assert drop_dangling_tail([*STORY, label]) == STORY


def test_a_closing_line_of_markup_shown_as_text_goes() -> None:
    # A CMS field printed escaped after the story ("&lt;p&gt;...&lt;/p&gt;" in the page's source).
    for markup in (
        "<p>The new game reached the top of the charts in its first week.</p>",
        '<div class="embed"><iframe src="https://video.example/clip"></iframe></div>',
        "<!-- wp:paragraph --> <p>Players can race through the city.</p> <!-- /wp:paragraph -->",
    ):
        assert drop_dangling_tail([*STORY, markup]) == STORY
    # A sentence about tags is text ("<p>" in a guide to HTML), at the end or not.
    guide = "Use the tag <p> for each paragraph, the guide says, and close it with </p>."
    assert drop_dangling_tail([*STORY, guide]) == [*STORY, guide]
    assert drop_dangling_tail(["<b>Bold</b> text is what the studio used for the menus.", *STORY]) == [
        "<b>Bold</b> text is what the studio used for the menus.",
        *STORY,
    ]


def test_a_formula_in_a_theme_s_content_element_is_read_the_same_way() -> None:
    # A page whose family knows its content element (WordPress's .entry-content) is read without
    # trafilatura: the formula is spaced the same, without its TeX source.
    from newscrawl.pages.wordpress import WordPressPage

    page = WordPressPage(_page(f'<div class="entry-content">{MATHML_STORY}</div>').encode(), URL)
    body = page.body() or ""
    assert "when v > 11 kilometres a second" in body
    assert "E = m v 2 2" in body
    assert "frac" not in body


# -- the story's last section under a subhead, after the precision run's end -----------------------

REVIEW = [
    "The new harbour ferry was tested for a week on the east route, in calm water and in two storms. " * 4,
    "Its engines kept the timetable in both storms, though the crossing took four minutes longer. " * 4,
]
CLOSING = "On balance the ferry is the best the route has had, and the crew like it as much as the riders do. " * 4


def test_the_last_section_under_a_subhead_stays_after_the_precise_end() -> None:
    # The precision run ends before the verdict's subhead; the default run goes on with the
    # subhead and the story's closing paragraph (a review's "Our verdict", a report's last part).
    lines = [*REVIEW, "Our verdict: very good", CLOSING, "More from the harbour"]
    assert trim_to_precise(lines, REVIEW) == [*REVIEW, "Our verdict: very good", CLOSING]


def test_a_box_s_heading_or_a_label_after_the_precise_end_still_ends_the_story() -> None:
    # A box's heading ("Related stories"), a label ending in a colon or a list item is no subhead:
    # the long line after it is not the story's, whatever its length.
    for line in ("Related stories", "More from the harbour", "Most read", "Comments:", "- Ferry timetable", "The end."):
        lines = [*REVIEW, line, CLOSING]
        assert trim_to_precise(lines, REVIEW) == REVIEW


def test_a_disclaimer_sponsor_trending_or_author_box_after_the_precise_end_ends_the_story() -> None:
    # A disclaimer, a sponsor's or a trending box, an author box (the writer's name over a bio that
    # opens with it) is no section of the story, however long its text (review R31 finding 11).
    notice = "The views in this piece are the writer's own and not those of the harbour board. " * 4
    for line in ("Disclaimer", "Sponsored", "Sponsored content", "Advertisement", "Trending now", "About the author"):
        lines = [*REVIEW, line, notice]
        assert trim_to_precise(lines, REVIEW) == REVIEW, line
    bio = "Jana Ulm covers the harbour, its ferries and its trade for the paper, and has done so since 2019. " * 4
    assert trim_to_precise([*REVIEW, "Jana Ulm", bio], REVIEW) == REVIEW


# A page whose story sits in no container trafilatura knows (a plain <div> holding the whole
# page): trafilatura's recovery of "wild" text reads its paragraphs only.
WILD_PAGE = (
    "<html><head><title>Harbour works: what changes this winter</title></head><body>"
    "<div class='wrap'><div class='top'><a href='/'>Harbour Weekly</a></div>"
    "<div class='box'>"
    "<h1>Harbour works: what changes this winter</h1>"
    "<p>The port authority set out on Tuesday how the works on the old quay will run until the spring, "
    "and which berths close first while the new crane rails are laid.</p>"
    "<h2>Which berths close</h2>"
    "<p>Berths four and five close from the first week of December, the ferries move to berth two.</p>"
    "<ul><li>Berth four: closed until the end of January.</li>"
    "<li>Berth five: closed until the middle of February.</li>"
    "<li>Berth two: ferries only, from the first of December.</li></ul>"
    "<p>Fishing boats keep their moorings on the north side throughout the works, the authority said.</p>"
    "</div>"
    "<div class='more'><h3>More from the harbour</h3><ul><li><a href='/a'>New crane arrives</a></li>"
    "<li><a href='/b'>Ferry timetable for the winter</a></li></ul></div>"
    "</div></body></html>"
)


def test_the_story_s_subheads_and_lists_between_its_paragraphs_come_back_with_wild_text() -> None:
    body = GenericPage(WILD_PAGE.encode(), "https://harbour.example/works-winter").body() or ""
    lines = body.split("\n\n")
    assert lines[1] == "Which berths close"
    assert "- Berth four: closed until the end of January." in lines
    assert lines.index("Which berths close") < lines.index("- Berth five: closed until the middle of February.")
    assert lines[-1].startswith("Fishing boats keep their moorings")
    # The related box after the story (no paragraph after it) stays out.
    assert "More from the harbour" not in body
    assert "New crane arrives" not in body


def test_a_list_of_links_between_wild_paragraphs_stays_out_with_its_heading() -> None:
    page = WILD_PAGE.replace(
        "<ul><li>Berth four",
        "<h3>Ports of the North Sea</h3><ul><li><a href='/c'>Rotterdam</a></li>"
        "<li><a href='/d'>Hamburg</a></li><li><a href='/e'>Antwerp</a></li></ul><ul><li>Berth four",
    )
    body = GenericPage(page.encode(), "https://harbour.example/works-winter").body() or ""
    assert "- Berth four: closed until the end of January." in body.split("\n\n")
    assert "Rotterdam" not in body
    assert "Ports of the North Sea" not in body


def test_a_box_of_links_labelled_by_its_first_item_stays_out_too() -> None:
    page = WILD_PAGE.replace(
        "<ul><li>Berth four",
        "<ul><li>NORTH SEA PORTS</li><li><a href='/c'>Rotterdam</a></li>"
        "<li><a href='/d'>Hamburg</a></li><li><a href='/e'>Antwerp</a></li></ul><ul><li>Berth four",
    )
    body = GenericPage(page.encode(), "https://harbour.example/works-winter").body() or ""
    assert "- Berth four: closed until the end of January." in body.split("\n\n")
    assert "Rotterdam" not in body
    assert "NORTH SEA PORTS" not in body


def test_a_teaser_box_between_wild_paragraphs_stays_out() -> None:
    # Each item a linked headline and its teaser sentence: other stories, not this one's list
    # (R39's finding 8: FB13's put-back kept them).
    page = WILD_PAGE.replace(
        "<ul><li>Berth four",
        "<ul class='related'><li><a href='/c'>Dredger booked for March</a><p>The channel gets deeper.</p></li>"
        "<li><a href='/d'>Quay lights replaced</a><p>Two hundred lamps go.</p></li></ul><ul><li>Berth four",
    )
    body = GenericPage(page.encode(), "https://harbour.example/works-winter").body() or ""
    assert "- Berth four: closed until the end of January." in body.split("\n\n")
    assert "Dredger booked" not in body
    assert "Two hundred lamps" not in body


def test_a_newsletter_heading_and_its_list_between_wild_paragraphs_stay_out() -> None:
    page = WILD_PAGE.replace(
        "<ul><li>Berth four",
        "<h3>Get the Quayside Daily newsletter</h3><ul><li>Each morning at seven</li>"
        "<li>Free of charge, leave when you like</li></ul><ul><li>Berth four",
    )
    body = GenericPage(page.encode(), "https://harbour.example/works-winter").body() or ""
    lines = body.split("\n\n")
    assert "- Berth four: closed until the end of January." in lines
    assert "Which berths close" in lines
    assert "newsletter" not in body
    assert "Each morning at seven" not in body


def test_a_data_table_cell_whose_line_is_a_linked_div_keeps_its_text() -> None:
    # An editor's export sets each cell's line in a <div>; the first column's names link to the
    # mission pages. trafilatura's link-density pass dropped the link-only <div>s: "| | 4.2 t |".
    def cell(inner: str) -> str:
        return f'<td style="border: solid 1px"><div dir="ltr" style="margin: 0">{inner}</div></td>'

    rows = [("Lunar Scout", "1.1 t"), ("Ice Mapper", "2.7 t"), ("Deep Relay", "4.2 t")]
    table = (
        "<table><tr>"
        + cell("<span>Mission</span>")
        + cell("<span>Launch mass</span>")
        + "</tr>"
        + "".join(
            "<tr>" + cell(f'<a href="/missions/{n}"><span>{name}</span></a>') + cell(f"<span>{mass}</span>") + "</tr>"
            for n, (name, mass) in enumerate(rows)
        )
        + "</table>"
    )
    story = (
        "<p>The agency compared the three missions it flew from the southern pad last year, from the "
        "lightest to the heaviest, before it chose the rocket for the next one.</p>"
        f"{table}"
        "<p>The heaviest of them needed the larger upper stage, which the agency will now buy for the next "
        "flight as well, its director told the committee on Tuesday.</p>"
    )
    body = GenericPage(_page(story).encode(), URL).body() or ""
    for name, mass in rows:
        assert f"| {name} | {mass} |" in body, body


def test_a_related_stories_table_of_linked_divs_keeps_no_headlines() -> None:
    # Review R43 (f5): a "Related stories" table, each row's <div> a link to another story of the site.
    heads = ["Council approves the harbour wall plan after a long night", "Contractor chosen for the harbour wall"]
    rows = "".join(
        f'<tr><td><div><a href="/2026/10/0{n}/story.html">{head}</a></div></td><td>{n} Oct 2026</td></tr>'
        for n, head in enumerate(heads, 1)
    )
    story = (
        "<p>The agency compared the three missions it flew from the southern pad last year, from the "
        "lightest to the heaviest, before it chose the rocket for the next one.</p>"
        f"<table><tr><th>Related stories</th><th>Date</th></tr>{rows}</table>"
        "<p>The heaviest of them needed the larger upper stage, which the agency will now buy for the next "
        "flight as well, its director told the committee on Tuesday.</p>"
    )
    body = GenericPage(_page(story).encode(), URL).body() or ""
    assert not any(head in body for head in heads)


# Text set loose in the story's container (sixteenth session, brief F34): the first paragraph
# written straight into the container before its first <p>, a standfirst in a bare <header>.

LOOSE_URL = "https://county.example/2026/05/council-delays-budget-vote"
LOOSE_PARAGRAPHS = "".join(
    f"<p>The {word} paragraph of the council story says the budget vote moved to the spring session after a "
    "long debate about the roads, the schools and the bus lines of the district.</p>"
    for word in ("first", "second", "third", "fourth", "fifth")
)


def _loose_page(story: str) -> str:
    rail = "".join(
        f"<li><a href='/s{n}'>Story number {n} about the weather and the harbour works of the old town</a></li>"
        for n in range(12)
    )
    return (
        "<html><head><title>Council delays budget vote</title></head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<article><h1>Council delays budget vote</h1><div class='story-text'>{story}</div></article>"
        f"<div class='rail'><h3>Most read</h3><ul>{rail}</ul></div><footer>County Herald</footer></body></html>"
    )


def _loose_lines(story: str) -> list[str]:
    return (GenericPage(_loose_page(story).encode(), LOOSE_URL).body() or "").split("\n\n")


def test_a_first_paragraph_written_loose_before_the_container_s_paragraphs_comes_back_first() -> None:
    lines = _loose_lines(
        "The council put off its budget vote until <a href='/spring'>spring</a>, leaving the district's "
        "road and school plans <em>on hold</em> for months, the mayor said on Tuesday." + LOOSE_PARAGRAPHS
    )
    assert lines[0] == (
        "The council put off its budget vote until spring, leaving the district's road and school plans on "
        "hold for months, the mayor said on Tuesday."
    )
    assert lines[1].startswith("The first paragraph of the council story")
    assert len(lines) == 6


def test_a_standfirst_in_a_bare_header_inside_the_container_comes_back_before_the_story() -> None:
    lines = _loose_lines(
        "<header>The council put off its budget vote until spring, leaving the district's road and school "
        "plans on hold for months.</header>" + LOOSE_PARAGRAPHS
    )
    assert lines[0].startswith("The council put off its budget vote")
    assert lines[1].startswith("The first paragraph of the council story")


@pytest.mark.parametrize(
    "header",
    [
        "<header><span>By Lena Marsh, Local Government Correspondent</span> | <span>Posted 3 May 2026, 08:15, "
        "last changed 10:40</span></header>",
        "<header><span class='author-by'>Lena Marsh, Local Government Correspondent</span> | <span>3 May 2026, "
        "08:15, last changed 10:40</span></header>",
        "<header>Lena Marsh, Local Government Correspondent, in the council chamber | <time datetime="
        "'2026-05-03T08:15'>3 May 2026, 08:15</time></header>",
    ],
)
def test_a_byline_and_date_header_inside_the_container_stays_out_of_the_body(header: str) -> None:
    lines = _loose_lines(header + LOOSE_PARAGRAPHS)
    assert lines[0].startswith("The first paragraph of the council story")
    assert len(lines) == 5


def test_loose_labels_link_lists_and_hidden_headers_in_the_container_stay_out() -> None:
    tags = " ".join(
        f"<a href='/tag/{word}'>{word} council news</a>," for word in ("roads", "schools", "buses", "budget")
    )
    lines = _loose_lines(
        "Filed under: Politics"  # a label: too short
        + LOOSE_PARAGRAPHS[: LOOSE_PARAGRAPHS.index("<p>The third")]
        + f"Tags: {tags} district"  # mostly links
        + LOOSE_PARAGRAPHS[LOOSE_PARAGRAPHS.index("<p>The third") :]
        + "<header style='display:none'>Sign up to get the County Herald's morning mail with every council "
        "story of the week.</header>"
    )
    assert len(lines) == 5
    assert not any("Filed under" in line or "Tags:" in line or "Sign up" in line for line in lines)


@pytest.mark.parametrize(
    "subhead",
    [
        "<p><br></p><strong><em>What the roads plan holds</em></strong>",  # after an empty paragraph
        "<p><br></p><span><b>What the roads plan holds</b></span>",
    ],
)
def test_a_short_bold_subhead_set_loose_between_two_paragraphs_comes_back_in_place(subhead: str) -> None:
    cut = LOOSE_PARAGRAPHS.index("<p>The third")
    lines = _loose_lines(LOOSE_PARAGRAPHS[:cut] + subhead + LOOSE_PARAGRAPHS[cut:])
    assert lines[2] == "What the roads plan holds"
    assert lines[1].startswith("The second paragraph") and lines[3].startswith("The third paragraph")
    assert len(lines) == 6


def test_a_loose_bold_label_with_a_link_or_outside_the_story_s_paragraphs_stays_out() -> None:
    cut = LOOSE_PARAGRAPHS.index("<p>The third")
    lines = _loose_lines(
        "<p><br></p><strong>Filed under Politics</strong><p><br></p>"  # before the story's first paragraph
        + LOOSE_PARAGRAPHS[:cut]
        + "<p><br></p><strong>See also: <a href='/roads'>the roads plan</a></strong>"  # a link
        + LOOSE_PARAGRAPHS[cut:]
    )
    assert len(lines) == 5
    assert not any("Filed under" in line or "See also" in line for line in lines)


@pytest.mark.parametrize(
    "subhead",
    [
        "<p><br></p><strong><em>What the roads plan holds</em></strong>",  # after an empty paragraph
        "<strong>What the roads plan holds</strong>",  # the container's first child
    ],
)
def test_a_bold_subhead_set_loose_above_the_story_s_first_paragraph_comes_back_first(subhead: str) -> None:
    lines = _loose_lines(
        subhead
        + LOOSE_PARAGRAPHS.replace(
            "first paragraph",
            "first paragraph (<a href='/r'>roads<span class='sr-only'>Opens a new window</span></a>)",
            1,
        )
    )
    assert lines[0] == "What the roads plan holds"
    assert lines[1].startswith("The first paragraph") and len(lines) == 6


@pytest.mark.parametrize(
    "label",
    [
        "<strong>By Lena Marsh</strong>",
        "<strong>Filed under Politics</strong><p><br></p>",
        "<strong>Lena Marsh</strong>",  # a writer's name
        "<b>County Herald</b>",  # the site's
        "<b>LONDON</b>",  # a dateline
        "<strong>Advertisement</strong>",
    ],
)
def test_a_bold_byline_or_a_label_apart_from_the_first_paragraph_stays_out(label: str) -> None:
    lines = _loose_lines(label + LOOSE_PARAGRAPHS)
    assert lines[0].startswith("The first paragraph") and len(lines) == 5


@pytest.mark.parametrize(
    "furniture",
    [
        "Listen to this article",
        "Photo courtesy of the county council",
        "Updated on Tuesday with the council's reply",
        "Tom Reed, county correspondent",
        "Tom Reed in Dunmore",
        "Text and photos: Tom Reed",
        "From our correspondent in Dunmore",
        "In partnership with the Coast Fund",
        "This article is more than 3 years old",
        "Jump to comments",
    ],
)
@pytest.mark.parametrize("tag", ["strong", "b"])
def test_the_page_s_bold_furniture_above_the_first_paragraph_is_no_opening_subhead(furniture: str, tag: str) -> None:
    lines = _loose_lines(f"<{tag}>{furniture}</{tag}>" + LOOSE_PARAGRAPHS)
    assert lines[0].startswith("The first paragraph") and len(lines) == 5


def test_a_caption_set_in_spans_between_two_paragraphs_stays_out_beside_the_subhead_rule() -> None:
    cut = LOOSE_PARAGRAPHS.index("<p>The third")
    caption = (
        "<span class='storyimage'><span class='caption'><span class='credit'>County Herald</span> Council members "
        "leave the chamber after the budget debate ran past midnight on Tuesday, 3 May 2026.</span></span>"
    )
    lines = _loose_lines(LOOSE_PARAGRAPHS[:cut] + caption + LOOSE_PARAGRAPHS[cut:])
    assert len(lines) == 5
    assert not any("leave the chamber" in line for line in lines)


@pytest.mark.parametrize("label", ["PAID CONTENT", "Sponsored post", "Advertising", "Watch the video:"])
@pytest.mark.parametrize("layout", ["<p><br></p><strong>{}</strong>", "<strong>{}</strong>"])
def test_a_loose_bold_ad_or_video_label_between_two_paragraphs_is_no_subhead(label: str, layout: str) -> None:
    cut = LOOSE_PARAGRAPHS.index("<p>The third")
    lines = _loose_lines(LOOSE_PARAGRAPHS[:cut] + layout.format(label) + LOOSE_PARAGRAPHS[cut:])
    assert len(lines) == 5
    assert lines[2].startswith("The third paragraph")
    # a sentence about advertising or a video stays
    said = "Advertising on the new trams pays for the video screens at every stop, the council said."
    lines = _loose_lines(LOOSE_PARAGRAPHS[:cut] + f"<p>{said}</p>" + LOOSE_PARAGRAPHS[cut:])
    assert lines[2] == said


# A page set as a run of full-width sections straight under <body>, each holding a stretch of the
# story between tables (sixteenth session, brief F34): the twins of the story's block lie four
# classed levels down from <body>.

SECTION = (
    '<div class="band text-band"><div class="container topic"><div class="row">'
    '<div class="col-8 story-col">{}</div></div></div></div>'
)
TABLE_BAND = (
    '<div class="band table-band"><div class="container"><table><tr><th>Gas</th><th>Boils at</th></tr>'
    "<tr><td>Propane</td><td>-42 C</td></tr></table></div></div>"
)
BAND_STORY = [
    "The harbour's ferries run on diesel today, and the port board wants them on a cleaner gas within five "
    "years, its chair told the council on Monday evening.",
    "Propane burns with far less soot than diesel, and the engines the yard already services can be "
    "converted for it in a single winter, the engineers' report says.",
    "The board will put the plan to the council in March, together with the cost of the new storage tanks, "
    "which the report puts at four million euros over three years.",
]


def _bands(*blocks: str) -> HtmlElement:
    return html.fromstring(
        '<html><body><div class="site-header"><a href="/">Harbour News</a></div>'
        + "".join(blocks)
        + '<div class="site-footer"><a href="/about">About</a></div></body></html>'
    )


def test_stretches_of_the_story_in_sections_straight_under_the_body_come_back_in_order() -> None:
    sections = [SECTION.format(f"<p>{text}</p>") for text in BAND_STORY]
    tree = _bands(sections[0], TABLE_BAND, sections[1], TABLE_BAND, sections[2])
    holder = tree.xpath("//div[@class='col-8 story-col']")[1]  # the stretch trafilatura took
    assert twin_paragraphs(holder, [BAND_STORY[1]], []) == BAND_STORY


def test_sections_under_the_body_of_a_shallow_path_or_holding_links_are_no_twins() -> None:
    links = "".join(f"<a href='/s{n}'>Ferry story number {n} of the winter timetable</a> " for n in range(6))
    tree = _bands(
        SECTION.format(f"<p>{BAND_STORY[0]}</p>"),
        TABLE_BAND,
        SECTION.format(f"<p>{links}</p>"),
    )
    holder = tree.xpath("//div[@class='col-8 story-col']")[0]
    assert twin_paragraphs(holder, [BAND_STORY[0]], []) == [BAND_STORY[0]]
    # Two levels under <body> (a page's own frame: header, main, footer) give no twins.
    shallow = html.fromstring(
        "<html><body>"
        + "".join(f'<div class="band"><div class="text"><p>{text}</p></div></div>' for text in BAND_STORY)
        + "</body></html>"
    )
    holder = shallow.xpath("//div[@class='text']")[1]
    assert twin_paragraphs(holder, [BAND_STORY[1]], []) == [BAND_STORY[1]]


# A how-to's step headings set as classed spans opening each step's block, above its paragraph
# (nineteenth session, brief FB20): trafilatura keeps no text a <div> holds outside a paragraph.

STEP_TEXT = (
    "Pull the loose boards off the rails and stack them on the lawn, so that none of them goes missing "
    "while the old nails come out of the posts one by one."
)


def _steps_page(heading: str) -> str:
    steps = "".join(
        f"<div class='step'><div class='content'>{heading.format(n)}<p>{STEP_TEXT.replace('boards', f'boards of row {n}')}"
        "</p></div></div>"
        for n in range(1, 5)
    )
    return (
        "<html><head><title>How to mend a garden fence</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>How to mend a garden fence</h1><div class='intro'><p>A fence that leans after a winter of "
        "storms can be set right in an afternoon with a hammer, a saw and a box of galvanised nails.</p></div>"
        f"{steps}</article><footer>Garden Desk</footer></body></html>"
    )


def test_a_how_to_s_step_headings_set_as_classed_spans_come_back_above_their_steps() -> None:
    page = GenericPage(_steps_page("<span class='headline2 head'>Step {}</span>").encode(), URL)
    lines = (page.body() or "").split("\n\n")
    assert lines[1:5] == [
        "Step 1",
        STEP_TEXT.replace("boards", "boards of row 1"),
        "Step 2",
        STEP_TEXT.replace("boards", "boards of row 2"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "<span class='title'><a href='/more/{0}'>Another fence story {0}</a></span>",  # a teaser's linked title
        "<span class='label'>Step {}</span>",  # no heading class
        "<span class='head'>Read more about fences</span>",  # a box's heading
        "<span class='head'>The nails go in at an angle, each one a thumb's width from the edge.</span>",
    ],
)
def test_spans_that_are_no_step_heading_stay_out(heading: str) -> None:
    page = GenericPage(_steps_page(heading).encode(), URL)
    lines = (page.body() or "").split("\n\n")
    assert not any(line.startswith(("Another fence", "Step", "Read more", "The nails")) for line in lines)
    if "<a " not in heading:  # (linked titles make each step a teaser block, which goes whole)
        assert len(lines) == 5 and lines[1] == STEP_TEXT.replace("boards", "boards of row 1")
