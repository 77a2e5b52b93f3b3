"""Boilerplate lines and related-posts boxes in the languages of the pages we read."""

from __future__ import annotations

import pytest

from newscrawl.pages import GenericPage
from newscrawl.pages.body import drop_dangling_tail
from newscrawl.pages.cleaning import (
    drop_closing_appeal,
    drop_desk_initials,
    drop_related_blocks,
    drop_site_name_line,
    drop_source_initials,
    is_boilerplate_line,
    is_caption,
    is_zone_after_time,
    looks_like_name,
)

STORY = [
    "Die Feuerwehr war am Dienstagabend mit drei Zügen im Einsatz, nachdem ein Lagerhaus am Hafen in Brand geraten war.",
    "Verletzt wurde niemand, teilte ein Sprecher der Stadt am Mittwoch mit.",
    "Die Ermittlungen zur Ursache dauern an; die Polizei schließt Brandstiftung nicht aus.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch: Neuer Radweg am Hafen wird eröffnet",
        "Das könnte Sie auch interessieren",
        "Weitere Artikel zum Thema",
        "À lire aussi : Le port rouvre ses quais aux ferries",
        "Lea también: El puerto reabre tras la tormenta",
        "VEA TAMBIÉN: El alcalde presenta el nuevo presupuesto",
        "LE PUEDE INTERESAR: Las claves del juicio",
        "Leia também: Porto reabre após tempestade",
        "Leggi anche: Il porto riapre dopo la tempesta",
        "Czytaj też: Port znów otwarty po burzy",
        "ANZEIGE - Jetzt Tickets sichern",
        "Anzeige",
        "Reklama",
        "3 Kommentare",
        "Teilen mit:",
        "Foto: Jane Doe/dpa",
        "Crédits photos : Agence Exemple",
        "Photograph: Jane Doe",
        "Photographs: Jane Doe/Harbour Times",
        "Photographer: Jane Doe",
        "Fotografía: Juan Pérez/Agencia Ejemplo",
        "Fotografie: Jan de Vries",
        "Getty Images",
        "AFP / JANE DOE",
        "Never miss the latest news by signing up to our newsletter today!",
        "For the latest stories and breaking news updates download the Harbour Times apps for iOS and Android.",
        "Follow The Harbour Times on Twitter and Instagram.",
        "If you're seeing this message but you're already a subscriber, you can log in for immediate access.",
        "Zum Newsletter anmelden",
        "(Bild: Jane Doe)",
        "Fot. Jan Kowalski / Agencja Przykład",
        "© Jane Doe/Getty Images",
        "5 min read",
        "Lesezeit: 3 Minuten",
        "Facebook https://facebook.example/harbourtimes",
        "LINE ID = @harbourtimes",
        "Dieser Beitrag enthält Werbung für eine Hafenrundfahrt.",
        "We want to hear what you think. Submit a letter to the editor.",
        "More Must-Reads From The Harbour Times",
        "Leia também Porto amplia horário de funcionamento",
        "Most read: Ferry crossing delayed by fog",
        "Saiba mais | Calendário de obras",
        # source lines, stamps of the page's history, bare dates, prompts, credited captions
        "Quelle: Hafenbehörde Kiel",
        "Fuente: Autoridad Portuaria",
        "Letzte Änderung 03.05.2024",
        "Aktualisiert am 04.05.2024.",
        "Last Modified: 05-03-2024 2:20pm",
        "Stand: 05.05.2024 18:00 Uhr",
        "Release Date:",
        "04.05.2024",
        "May 4, 2024",
        "4. Mai 2024, 19:49",
        "3:59 PM",
        "Harbour Times Newsletter",
        "© Hafenamt | Jane Doe",
        "Der Kran am Kai kurz nach dem Brand. © EXAMPLE / JANE DOE",
        "La grúa del puerto, el martes por la noche (Foto: Jane Doe/Agencia Ejemplo).",
        "Sie möchten keinen Beitrag verpassen? Dann abonnieren Sie unseren Hafennewsletter!",
        "Einfach hier klicken und für die digitale Ausgabe registrieren!",
        "Get the Harbour Times by email and never miss our top stories",
        "Du musst eingeloggt sein, um Kommentare zu schreiben!",
        "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
        "| Weitere Artikel zum Thema |",
        "| | Quelle: Hafenbehörde Kiel | |",
        "Weitere Informationen:",
        "Pressekontakt",
        "About the author",
        "We pick the gear we review ourselves, and advertisers do not influence our picks. We may receive "
        "compensation when you buy through links on this page, which helps pay for our reporting on the port.",
        "© 2024, Harbour Times. This article is the copyrighted property of the Harbour Times. Written permission "
        "must be obtained before reprint in online or print media.",
        # The site asking for money or a comment.
        "The Harbour Times is free to read. Support independent local journalism with a monthly gift.",
        "Unterstütze Hafenblatt bereits mit 3 Euro im Monat!",
        "Deshalb unterstütze uns und wir berichten weiter aus dem Hafen.",
        "Wesprzyj nas, abyśmy mogli dalej pisać o porcie.",
        "Apoie o Porto",
        # The same call to support the site by its name, in other languages.
        "Support Harbour Times from $1 a month",
        "Sostieni Il Porto",
        "Dukung Kabar Segar sekarang dengan Rp 10.000",
        "Soutenez Le Port dès 1 euro !",
        "Verraten Sie gerne in den Kommentaren: Wie gefällt Ihnen der neue Kai?",
        "Ihr wart auch am Hafenfest? Dann hinterlasse einfach einen Kommentar mit deinen Fotos!",
        "Have you sailed from the new pier? Let us know in the comments.",
        # Follow prompts in other languages, and their labels on a line of their own.
        "Síguenos en Telegram, Instagram y Facebook para recibir las noticias del puerto",
        "Folgen Sie uns auf Mastodon und Instagram",
        "Suivez-nous sur Facebook",
        "Folgen Sie uns:",
        "Follow us on",
        # A widget's label set as a list item, and a slide show's buttons.
        "- Share on Twitter",
        "- 941 comments",
        "- - Actualizado: 29/4/2022 - 12:00 am",
        "Fullscreen",
        "- 1 of 5",
        # A comment section's rules and label, a wire copy's end mark.
        "- Harbour Times se reserva el derecho de eliminar cualquier comentario inapropiado.",
        "The views expressed in the comments are those of our readers, not of the Harbour Times.",
        "Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.",
        "Comentar",
        "(END)",
        "-30-",
        "###",
        # The same end marks spaced out, which also read as a list item ("- " + "END -").
        "- END -",
        "- 30 -",
    ],
)
def test_inserts_prompts_and_credits_in_other_languages_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        *STORY,
        # Words that open ordinary sentences, and sentences about the things widgets name.
        "Lea Müller, die Sprecherin des Hafens, bestätigte den Brand.",
        "Mira dijo que el puerto abrirá el lunes.",
        # Sentences that open with a support verb and a name.
        "Support Ukraine with 5 billion dollars, the minister urged on Monday.",
        "Apoie o Porto na final, pediu o prefeito aos torcedores.",
        "Unterstütze Hafenblatt mit 3 Euro, schrieb der Verein 2019 in einem Brief an die Stadt.",
        "Anzeige gegen Unbekannt wurde erstattet.",
        "Weitere Beiträge zu unseren Messungen sind in diesem Bericht erschienen.",
        "Getty Images said on Tuesday that it would license the archive to the museum.",
        "Fotos of the fire were shared thousands of times within an hour.",
        "Photographs of the fire were shared thousands of times within an hour.",
        "Photographer Jane Doe took the picture from the crane's cab.",
        # a photographer's label over a sentence or a heading, not a name: an interview's answer
        "Photographer: My father's old camera.",
        "Photographer: Yes.",
        "Fotografía: la muestra de Lina Roca abre el lunes en el puerto",
        "Fotografie: Licht und Schatten im Hafenmuseum, bis 3. März",
        "Fotografo: ho iniziato con la macchina di mio zio.",
        "Users can download the new app from the company's website starting on Monday.",
        "Quellen im Hafen zufolge war das Lager seit Wochen leer.",
        "Stand der Ermittlungen ist, dass das Feuer im Büro ausbrach.",
        "Updated figures show that 12 ships were diverted on 04.05.2024.",
        "| 04.05.2024 | Kran 3 | außer Betrieb |",
        "| | 4 May 1856 |",
        "| Weitere Artikel | zum Thema |",
        "Kontakt zur Besatzung gab es seit dem Abend nicht mehr.",
        "The shipping line said advertisers had pulled out of its magazine after the fire.",
        "2024",
        "The newsletter, which the port sends to 3,000 readers, reported the fire first.",
        "Der Hafen ist © und ™ der Stadt, sagte der Sprecher am Mittwoch vor Journalisten.",
        "Fans can follow the team on Twitter, the club said.",
        "Folgen Sie uns in den Hafen, sagte der Lotse, und fuhr voraus.",
        "Síguenos la pista, dijo el capitán a los periodistas en el muelle.",
        "The paper said readers who subscribe to the newsletter will get the report first.",
        "Facebook said on Monday that the outage had been fixed.",
        "Bild: the tabloid ran the story on its front page the next morning, the agency said.",
        "The crossing takes 5 minutes by ferry.",
        # A subheading or sentence led by a widget's heading words, without a colon or dash.
        "Most popular beaches on the north coast",
        "Saiba mais sobre o calendário de obras no site da prefeitura",
        "Más sobre el nuevo horario de los trenes de cercanías",
        # Sentences about support and comments.
        "The foundation said it would support the harbour's museum with a grant.",
        "Die Reederei unterstützen Sie uns zufolge seit Jahren nicht mehr, sagte der Sprecher.",
        "Readers left more than 300 comments under the port's post, the paper said.",
        "- Share prices of the port operator fell 3% on Monday.",
        "- Next",
        "The port's comments are moderated by a press officer, the minister said in parliament.",
        "The end of the strike (END of the month) was welcomed by the port.",
    ],
)
def test_story_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # "Read also" as the sites of South and South-East Asia and East Africa label an insert, with
        # a colon or straight before the linked title; Hindi's and Bengali's nukta letters typed
        # composed and decomposed.
        "यह भी पढ़ें: बंदरगाह पर नई क्रेन लगी",
        "ये भी पढ़ें: बंदरगाह पर नई क्रेन लगी",
        "यह भी पढ़ें बंदरगाह पर नई क्रेन लगी",
        "یہ بھی پڑھیں: بندرگاہ پر نئی کرین نصب",
        "আরও পড়ুন: বন্দরে নতুন ক্রেন বসল",
        "আরো পড়ুন: বন্দরে নতুন ক্রেন বসল",
        "हेही वाचा: बंदरात नवी क्रेन",
        "આ પણ વાંચો: બંદર પર નવી ક્રેન",
        "यो पनि पढ्नुहोस्: बन्दरगाहमा नयाँ क्रेन",
        "இதையும் படிக்க: துறைமுகத்தில் புதிய கிரேன்",
        "ఇది కూడా చదవండి: ఓడరేవులో కొత్త క్రేన్",
        "ಇದನ್ನೂ ಓದಿ: ಬಂದರಿನಲ್ಲಿ ಹೊಸ ಕ್ರೇನ್",
        "ഇതും വായിക്കുക: തുറമുഖത്ത് പുതിയ ക്രെയിൻ",
        "อ่านเพิ่มเติม: ท่าเรือเปิดเครนใหม่",
        "Xem thêm: Cảng lắp cần cẩu mới",
        "XEM THÊM: Cảng lắp cần cẩu mới",
        "Đọc thêm: Cảng lắp cần cẩu mới",
        "BASAHIN: Bagong crane sa pantalan",
        "Basahin din: Bagong crane sa pantalan",
        "Soma pia: Kreni mpya bandarini",
        "SOMA PIA: Kreni mpya bandarini",
    ],
)
def test_read_also_labels_of_asian_and_african_sites_are_inserts(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # The same words in a sentence of the story: a full stop (a danda, Urdu's full stop) ends it.
        "यह भी पढ़ें कि बंदरगाह प्रशासन ने क्रेन के बारे में क्या कहा है।",
        "یہ بھی پڑھیں کہ بندرگاہ کے حکام نے کیا کہا ہے۔",
        "Basahin ang buong ulat ng pantalan sa kanilang website.",
        "Soma pia ripoti ya bandari kuhusu kreni hiyo mpya.",
        "Xem thêm các quy định mới của cảng tại trang web.",
    ],
)
def test_read_also_words_in_a_sentence_are_the_story(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # Join, follow and donate prompts: after a pictograph, in a sentence, with Google News.
        "📣 Click here to join Harbour Times on WhatsApp and get the latest news and updates.",
        "Get your news on the go, click here to join the Harbour Times WhatsApp channel.",
        "Join Harbour Times on Telegram for breaking news",
        "¡Síguenos en Google News y entérate de todo lo que pasa en el puerto!",
        "Follow us on Google News",
        "👉 Read also: Ferry timetable changes next week",
        "Harbour Times relies on readers like you to keep reporting from the port. Any amount helps.",
        "Any donation, big or small, helps.",
        "Join us on Telegram for breaking news",
        "Join our readers on WhatsApp",
        # A picture's label before its caption or credit, outside a <figure>.
        "Pic: Fishing boats at the inner basin",
        "Ảnh: Ngọc Lan",
        "ছবি: সংগৃহীত",
    ],
)
def test_join_follow_and_donate_prompts_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "📌 The port reopened on Monday after the storm, officials said.",
        "Parents were asked to join the school's WhatsApp group to get updates on the ferry.",
        "Join date and time of the ferry crew on WhatsApp were checked by the inquiry, the report said.",
        "The company said any amount of rain would delay the works.",
        # A donate box's words quoted or reported in the story: quote marks or a said-verb.
        '"We have never seen queues like this," said the director. "This shelter relies on people like you."',
        "The shelter needs blankets and volunteers. Any donation, big or small, helps, the director added.",
        "\u201cThe lifeboat crew relies on people like you,\u201d the coxswain wrote in an appeal.",
        # Joining a group on WhatsApp in a story's sentence: no "us", "our" or name, a said-verb.
        "Join thousands of protesters on WhatsApp groups, organisers urged on Monday.",
        "Join the Harbour Union on Telegram, the organisers urged dock workers.",
    ],
)
def test_sentences_about_joining_or_amounts_are_the_story(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_the_site_s_name_closing_the_body_goes() -> None:
    names = ["Harbour Times", "harbourtimes.example", "harbourtimes"]
    assert drop_site_name_line([*STORY, "HarbourTimes"], names) == STORY
    assert drop_site_name_line([*STORY, "Harbour Times"], names) == STORY
    # Another name, or the name inside a line, is the story's.
    assert drop_site_name_line([*STORY, "Port Authority"], names) == [*STORY, "Port Authority"]
    assert drop_site_name_line([*STORY, "Harbour Times reporters"], names) == [*STORY, "Harbour Times reporters"]


def test_a_related_box_goes_with_its_teaser_titles() -> None:
    box = ["NOTAS RELACIONADAS", "El puerto reabre tras la tormenta", "Jueves 21 abril, 2022"]
    assert drop_related_blocks(STORY[:2] + box + STORY[2:]) == STORY


def test_a_related_list_ends_where_the_list_ends() -> None:
    box = ["Weitere Artikel zum Thema", "- Neuer Radweg am Hafen", "- Der Hafen in Zahlen"]
    subheading = "Die Ursache"
    assert drop_related_blocks(STORY[:2] + box + [subheading] + STORY[2:]) == STORY[:2] + [subheading] + STORY[2:]


def test_an_other_stories_or_also_on_heading_goes_with_its_teasers() -> None:
    for heading in ("Other Opinion Columns", "Also on harbourtimes.com", "Auch auf hafenblatt.de"):
        box = [heading, "Ferry timetable changes next week", "New crane for the port"]
        assert drop_related_blocks(STORY[:2] + box + STORY[2:]) == STORY
    lines = [STORY[0], "Other ships were diverted to Kiel", STORY[1]]
    assert drop_related_blocks(lines) == lines


@pytest.mark.parametrize(
    "line", ["Back to top", "Zurück zum Inhaltsverzeichnis", "Nach oben", "Retour en haut de page", "Volver arriba"]
)
def test_a_link_back_up_the_page_is_a_widget_line(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    ["Back to top of the league after the win, the club said.", "Nach oben ging es für den Ölpreis am Montag."],
)
def test_a_sentence_opening_with_those_words_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_an_english_recirculation_heading_goes_with_its_box_line() -> None:
    story = [
        "The ferry operator said on Tuesday that two new boats would join the harbour route in spring.",
        "Fares will stay the same until the end of the year, a spokeswoman for the operator said.",
        "The older boats will be sold to a shipyard in the north, where they are to be scrapped.",
    ]
    for heading in ("Keep Reading", "You may also like", "Recommended for you", "Keep reading...", "Keep reading…"):
        box = [heading, "The latest on shipping, from ports to the people who work them"]
        assert drop_related_blocks(story[:2] + box + story[2:]) == story
        assert drop_related_blocks([*story, heading]) == story
    # A sentence opening with the same words is the story's.
    lines = [story[0], "Keep reading the timetable closely, the operator warned passengers.", story[1]]
    assert drop_related_blocks(lines) == lines


def test_a_more_label_in_capitals_goes_with_its_teaser_list() -> None:
    story = [
        "The club lost its third game in a row on Sunday, and the coach said changes would come soon.",
        "The forward scored twice in the first half but left the game with a sprained ankle.",
    ]
    teasers = ["- MORE HARBOURS", "- Five takeaways after five games", "- Game notes: the forward shines in a win"]
    assert drop_related_blocks(story[:1] + teasers + story[1:]) == story
    over = ["MORE FROM THE GAZETTE", "Five takeaways after five games", "Game notes: the forward shines in a win"]
    assert drop_related_blocks(story[:1] + over + story[1:]) == story
    # A subheading in capitals over a paragraph of the story, or "MORE THAN ...", stays.
    lines = [story[0], "MORE RAIN", "The storm will bring more rain on Tuesday, the weather service said.", story[1]]
    assert drop_related_blocks(lines) == lines
    lines = [story[0], "MORE THAN A GAME", "A derby day in the old port", story[1]]
    assert drop_related_blocks(lines) == lines


def test_an_editors_picks_subheading_over_a_guides_products_stays() -> None:
    lines = [
        "Our testers tried a dozen rain jackets on the coast path this winter, and these kept them dry.",
        "Editor's picks",
        "Harbourline shell jacket",
        "Westmere packable cagoule",
        "Each jacket was worn for a week of wet walks and washed twice before we judged it.",
    ]
    assert drop_related_blocks(lines) == lines


def test_a_listicle_s_next_numbered_subheading_is_no_teaser() -> None:
    story = ["3. Check the mooring lines", STORY[0], "4. Ask the harbour master", STORY[1]]
    box = ["Read more", "Ferry timetable changes next week"]
    after = ["5. Keep the deck clear", STORY[2]]
    assert drop_related_blocks(story + box + after) == story + after
    # A numbered teaser list under the heading goes whole, whatever the story's numbers.
    teasers = ["Most read:", "1. Ferry timetable changes", "2. New crane for the port"]
    assert drop_related_blocks(story + teasers + [STORY[2]]) == story + [STORY[2]]


def test_a_video_box_heading_goes_with_its_video_title() -> None:
    for heading in ("Also watch", "Te recomendamos", "À voir aussi"):
        box = [heading, "VIDEO: How the new crane lifts a container"]
        assert drop_related_blocks(STORY[:2] + box + STORY[2:]) == STORY
    # The same words opening a sentence of the story.
    lines = [STORY[0], "Te recomendamos llegar temprano, dijo el capitán del puerto.", STORY[1]]
    assert drop_related_blocks(lines) == lines
    assert not is_boilerplate_line(lines[1])


def test_a_label_with_its_title_is_no_heading_and_takes_nothing_with_it() -> None:
    lines = [STORY[0], "Lesen Sie auch: Neuer Radweg am Hafen", "Die Ursache", STORY[1]]
    assert drop_related_blocks(lines) == lines


def test_the_body_of_a_page_leaves_out_a_related_box() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY[:2])
    html = f"""<html lang="de"><head><title>Brand am Hafen</title></head><body><article>
    <h1>Brand am Hafen</h1>{paragraphs}
    <p>Foto: Jane Doe/dpa</p>
    <h3>Weitere Artikel zum Thema</h3><p>Neuer Radweg am Hafen</p><p>Der Hafen in Zahlen</p>
    <p>{STORY[2]}</p></article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand-am-hafen").body()
    assert body == "\n\n".join(STORY)


def _lead_page(lead: str, *, description: str = "") -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    meta = f'<meta name="description" content="{description}">' if description else ""
    return f"""<html lang="de"><head><title>Brand am Hafen</title>{meta}</head><body>
    <header><h1>Brand am Hafen</h1>{lead}</header>
    <figure><img src="a.jpg"><figcaption>Das Lagerhaus am Mittwochmorgen, von der Hafenmauer aus gesehen.</figcaption></figure>
    <div class="article-body">{paragraphs}</div>
    <aside class="related"><p>Neuer Radweg am Hafen wird im Sommer eröffnet, teilte die Stadt mit.</p></aside>
    </body></html>""".encode()


LEAD = "Ein Lagerhaus am Hafen brennt aus, die Feuerwehr ist die ganze Nacht im Einsatz und die Polizei ermittelt."


def test_a_lead_set_apart_from_the_story_is_the_body_s_first_paragraph() -> None:
    for lead in (f'<p class="article-lead">{LEAD}</p>', f'<div class="c-intro"><p>{LEAD}</p></div>'):
        body = GenericPage(_lead_page(lead), "https://harbour.example/2024/05/brand-am-hafen").body()
        assert body == "\n\n".join([LEAD, *STORY])
    # unmarked, but the page's description
    body = GenericPage(_lead_page(f"<p>{LEAD}</p>", description=LEAD), "https://harbour.example/2024/05/b").body()
    assert body == "\n\n".join([LEAD, *STORY])


def test_a_lead_is_found_beside_widgets_of_the_header_and_page_it_shares_with_the_headline() -> None:
    # The header holding the headline holds the share bar too ("has-sharing"), the <body>'s class
    # says "no-ads": neither makes the lead a widget.
    page = (
        _lead_page(f'<div class="c-abstract">{LEAD}</div>')
        .replace(b"<header>", b'<header class="article-header has-sharing">')
        .replace(b"<body>", b'<body class="page-article no-ads">')
    )
    body = GenericPage(page, "https://harbour.example/2024/05/brand-am-hafen").body()
    assert body == "\n\n".join([LEAD, *STORY])
    # a share box of its own, under the header, still is one
    page = _lead_page(f'<div class="share-box"><p class="intro">{LEAD}</p></div>')
    assert GenericPage(page, "https://harbour.example/2024/05/b").body() == "\n\n".join(STORY)


def test_a_lead_is_the_description_cut_short_and_may_hold_the_first_subheading_s_word() -> None:
    cut = LEAD[:90].rsplit(" ", 1)[0] + " ..."
    body = GenericPage(_lead_page(f"<p>{LEAD}</p>", description=cut), "https://harbour.example/2024/05/b").body()
    assert body == "\n\n".join([LEAD, *STORY])
    # The story opens on a subheading ("Feuerwehr") that is a word of the lead.
    page = _lead_page(f'<p class="teaser-text">{LEAD}</p>').replace(
        b'<div class="article-body">', b'<div class="article-body"><h3>Feuerwehr</h3>'
    )
    body = GenericPage(page, "https://harbour.example/2024/05/brand-am-hafen").body()
    assert body == "\n\n".join([LEAD, "Feuerwehr", *STORY])


def test_a_subtitle_a_caption_or_an_unmarked_line_is_no_lead() -> None:
    for lead in (f'<p class="article-dek">{LEAD}</p>', f'<p class="lead-image-caption">{LEAD}</p>', f"<p>{LEAD}</p>"):
        body = GenericPage(_lead_page(lead), "https://harbour.example/2024/05/brand-am-hafen").body()
        assert body == "\n\n".join(STORY)


def test_a_closing_copyright_line_goes_wherever_its_mark_is() -> None:
    for notice in (
        "™ & © 2024 Harbour Times Ltd. All rights reserved.",
        "Harbour Times 2024. Alle Rechte vorbehalten.",
    ):
        assert drop_dangling_tail([*STORY, notice]) == STORY
    closing = "The logo, marked ©, belonged to the port authority, the court ruled."
    assert drop_dangling_tail([*STORY, closing]) == [*STORY, closing]
    notices = [
        "Reader comments are copyrighted by their authors.",
        "Harbour Times is a registered trademark of Harbour Media Ltd.",
        "All text on this site is licensed under a Creative Commons Attribution 4.0 International License.",
    ]
    assert drop_dangling_tail([*STORY, *notices]) == STORY
    # inside the story, or a closing paragraph that only speaks of a licence, it stays
    licence = "The city said the new harbour software would be licensed under the GPL, like the old one."
    assert drop_dangling_tail([*STORY, licence]) == [*STORY, licence]
    assert drop_dangling_tail([notices[0], *STORY]) == [notices[0], *STORY]


def test_a_paragraph_the_page_shows_twice_in_a_row_is_kept_twice() -> None:
    repeated = STORY[0] + " " + STORY[1]
    html = f"""<html><head><title>Brand am Hafen</title></head><body><article><h1>Brand am Hafen</h1>
    <p>{repeated}</p><p>{repeated}</p><p>{STORY[2]}</p>
    <p style="display:none">{STORY[2]}</p></article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand-am-hafen").body()
    assert body == "\n\n".join([repeated, repeated, STORY[2]])


def test_a_row_of_equal_paragraphs_broken_by_a_share_box_or_a_script_is_one_row() -> None:
    repeated = STORY[0] + " " + STORY[1]
    share = "<div class='share-box'><h3>Teilen:</h3><span>Facebook</span></div>"
    html = f"""<html><head><title>Brand am Hafen</title></head><body><article><h1>Brand am Hafen</h1>
    <p>{repeated}</p><p>{repeated}</p>{share}<p>{repeated}</p><script>var slot = 1;</script>
    <p>{repeated}</p><p>{STORY[2]}</p></article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand-am-hafen").body()
    assert body == "\n\n".join([repeated] * 4 + [STORY[2]])
    # a paragraph of the story between two equal ones still parts them
    html = html.replace(share, f"<p>{STORY[2]}</p>")
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand-am-hafen").body() or ""
    assert body == "\n\n".join([repeated, repeated, STORY[2], repeated, repeated, STORY[2]])


@pytest.mark.parametrize(
    "between",
    [
        "<div class='ad-slot'><script>fill(2)</script></div>",
        "<div class='social-share'><a href='#'>Mastodon</a> <a href='#'>Mail</a></div>",
        "<script>window.slot = 2;</script>",
        "<figure><img src='/kran.jpg'><figcaption>Der Kran am Kai.</figcaption></figure>",
    ],
)
def test_a_paragraph_shown_again_after_a_widget_is_a_duplicate_not_a_row(between: str) -> None:
    lead = "Der Fährbetrieb zur Insel Lindholm ruht seit Montag, weil zwei Schiffe zugleich in der Werft liegen."
    rest = "".join(f"<p>{p}</p>" for p in STORY)
    html = f"""<html><head><title>Fähre ruht</title></head><body><article><h1>Fähre ruht</h1>
    <p>{lead}</p>{between}<p>{lead}</p>{rest}</article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/06/faehre-ruht").body() or ""
    assert body.split("\n\n") == [lead, *STORY]


def test_a_picture_gallery_and_a_video_player_s_text_leave_the_body() -> None:
    gallery = ["Der Hafen in Bildern"] + [
        f"- {n}/4 Ein Kran hebt einen Container auf das Schiff Nummer {n}." for n in range(1, 5)
    ]
    assert drop_related_blocks(STORY[:2] + gallery + STORY[2:]) == STORY
    # two numbered lines are no gallery
    assert drop_related_blocks(STORY + gallery[:3]) == STORY + gallery[:3]
    for line in ("This is a modal window.", "- subtitles off, selected", "Current Time 0:00", "Loaded: 0%"):
        assert is_boilerplate_line(line)


def test_runs_of_equal_blocks_are_counted_in_one_pass():
    from lxml import html

    from newscrawl.pages.body import _repeat_runs

    long = (
        "A paragraph the page prints several times over, long enough to be a paragraph of the story itself, as it is."
    )
    other = "Another paragraph of the story, which is long enough to count as one of its paragraphs and says something else."
    blocks = [long] * 3 + [other] + [long] * 2 + [other] * 2 + [long] * 1500
    tree = html.fromstring("<div>" + "".join(f"<p>{text}</p>" for text in blocks) + "</div>")
    assert _repeat_runs(tree) == {long: 1500, other: 2}
    short = html.fromstring("<div><p>Too short.</p><p>Too short.</p></div>")
    assert _repeat_runs(short) == {}


def test_a_text_div_the_page_shows_twice_is_kept_twice_even_when_its_lines_break() -> None:
    wrapped = "\n        ".join([STORY[0], STORY[1], STORY[2]])
    html = f"""<html><head><title>Brand am Hafen</title></head><body><article>
    <div>
        {wrapped}
    </div>
    <div>
        {wrapped}
    </div></article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand-am-hafen").body()
    words = " ".join(STORY)
    assert " ".join(body.split()) == f"{words} {words}"


TWIN_PAGE = """<html><body><div id="page"><section class="story">
<h1>Brand am Hafen</h1>
<div class="module"><div class="module-text"><p>{a}</p><p>{b}</p></div></div>
<figure><img src="kran.jpg"></figure>
<div class="module"><div class="module-text"><p>{c}</p><h2>Die Ermittlungen</h2><p>{d}</p></div></div>
<div class="module related"><div class="module-text"><p>{e}</p></div></div>
<div class="module"><div class="module-text"><p><a href="/a">Neuer Radweg am Hafen</a> <a href="/b">Ein
Kran für den Hafen</a> <a href="/c">Die Fähre fährt wieder</a></p></div></div>
</section></div></body></html>"""


def test_blocks_of_the_article_beside_the_one_trafilatura_took_come_back() -> None:
    from lxml import html

    from newscrawl.pages.body import twin_paragraphs

    texts = {
        "a": STORY[0],
        "b": STORY[1],
        "c": STORY[2],
        "d": "Der Schaden wird auf mehrere Millionen Euro geschätzt, sagte der Hafenmeister am Abend vor Ort.",
        "e": "Ein anderes Lagerhaus brannte schon im vergangenen Jahr, damals wurde ein Arbeiter verletzt.",
    }
    tree = html.fromstring(TWIN_PAGE.format(**texts))
    holder = tree.xpath("//div[@class='module-text']")[1]
    found = [texts["c"], "Die Ermittlungen", texts["d"]]
    # the twins before and after, in page order; not the related block's, not the teaser links
    assert twin_paragraphs(holder, found, []) == [texts["a"], texts["b"], *found]
    # a block with no class has no twins: bare divs are everywhere
    bare = html.fromstring("<div><div><p>" + STORY[0] + "</p></div><div><p>" + STORY[1] + "</p></div></div>")
    assert twin_paragraphs(bare[1], [STORY[1]], []) == [STORY[1]]
    assert twin_paragraphs(None, [STORY[1]], []) == [STORY[1]]


def test_what_trafilatura_took_from_after_the_article_s_container_leaves_the_body() -> None:
    from lxml import html

    from newscrawl.pages.body import drop_outside_tail

    teaser = "Ein anderes Lagerhaus brannte schon im vergangenen Jahr, damals wurde ein Arbeiter verletzt und der Hafen lag still."
    credit = "Jana Ulm contributed to this report."
    row = "| Einsätze | 3 |"
    tree = html.fromstring(
        f"""<html><body><div class="story"><p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></div>
        <div class="more"><p>{teaser}</p><p>{credit}</p><table><tr><td>Einsätze</td><td>3</td></tr></table></div>
        </body></html>"""
    )
    holder = tree.find(".//div")
    assert drop_outside_tail(holder, [*STORY, teaser, "Newsletter abonnieren"]) == STORY
    # a teaser in the middle is no tail; reporters' credits and table rows after the container stay
    assert drop_outside_tail(holder, [STORY[0], teaser, *STORY[1:]]) == [STORY[0], teaser, *STORY[1:]]
    assert drop_outside_tail(holder, [*STORY, credit, teaser]) == [*STORY, credit]
    assert drop_outside_tail(holder, [*STORY, row]) == [*STORY, row]
    # nothing of it in the container: the container is no frame
    assert drop_outside_tail(holder, [teaser, "Newsletter abonnieren"]) == [teaser, "Newsletter abonnieren"]
    assert drop_outside_tail(None, [*STORY, teaser]) == [*STORY, teaser]


def test_a_story_set_as_sibling_blocks_keeps_its_last_blocks() -> None:
    from lxml import html

    from newscrawl.pages.body import drop_outside_tail

    last = ["Zutaten: Salz, Wasser und Geduld.", "Dauer: ungefähr zwei Stunden am Abend."]
    blocks = "".join(f'<div style="text-align: justify;">{text}</div>' for text in [*STORY, *last])
    tree = html.fromstring(f"<html><body><div id='main'>{blocks}</div><div>Newsletter abonnieren</div></body></html>")
    holder = tree.find(".//div[@style]")  # trafilatura's text sat in the first block only
    assert drop_outside_tail(holder, [*STORY, *last]) == [*STORY, *last]
    assert drop_outside_tail(holder, [*STORY, *last, "Newsletter abonnieren"]) == [*STORY, *last]


def test_a_kicker_and_the_headline_on_the_body_s_first_line_leave_the_body() -> None:
    html = f"""<html><head><title>Brand im Lagerhaus am Hafen | Harbour Times</title></head><body>
    <header><h1>Brand im Lagerhaus am Hafen</h1></header>
    <article><p>Feuer in der Nacht: Brand im Lagerhaus am Hafen</p>
    <p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand").body()
    assert body == "\n\n".join(STORY)


def test_the_page_s_title_on_the_body_s_first_line_leaves_the_body() -> None:
    title = "Brand im Lagerhaus am Hafen | Lokales | Harbour Times | 05.05.2024"
    html = f"""<html><head><title>{title}</title></head><body>
    <header><h1>Brand im Lagerhaus am Hafen</h1></header>
    <article><p>{title}</p>
    <p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand").body()
    assert body == "\n\n".join(STORY)


def test_a_closing_biography_of_the_writer_leaves_the_body() -> None:
    from newscrawl.pages.cleaning import drop_author_bio

    bio = "Jana Ulm ist Redakteurin im Hafenressort und schreibt über Schifffahrt."
    english = "Jane Doe is the Harbour Times' port reporter. Follow her on Twitter."
    assert drop_author_bio([*STORY, bio], ["Jana Ulm"]) == STORY
    assert drop_author_bio([*STORY, english, "Newsletter"], ["Jane Doe", "Jana Ulm"]) == [*STORY, "Newsletter"]
    # the writer quoted or named in the story, a first name alone, or a bio early in the story stays
    quoted = "Jana Ulm sagte, der Hafen werde am Montag wieder geöffnet."
    assert drop_author_bio([*STORY, quoted], ["Jana Ulm"]) == [*STORY, quoted]
    assert drop_author_bio([*STORY, "Jana ist Redakteurin."], ["Jana"]) == [*STORY, "Jana ist Redakteurin."]
    assert drop_author_bio([bio, *STORY, *STORY], ["Jana Ulm"]) == [bio, *STORY, *STORY]


def test_a_story_only_a_script_renders_is_read_from_its_json_ld_article_body() -> None:
    from newscrawl.pages.body import ld_body_paragraphs

    article_body = "\n".join(STORY * 3)
    assert ld_body_paragraphs(article_body, ["Photo: AP"]) == STORY * 3
    assert ld_body_paragraphs("<p>" + "</p><p>".join(STORY * 3) + "</p>", ["Menu"]) == STORY * 3
    # an extraction that is a fair part of it, a short or missing articleBody: the extraction stays
    assert ld_body_paragraphs(article_body, STORY) == STORY
    assert ld_body_paragraphs(STORY[0], ["Photo: AP"]) == ["Photo: AP"]
    assert ld_body_paragraphs(None, ["Photo: AP"]) == ["Photo: AP"]


def test_a_contact_box_goes_with_its_lines() -> None:
    box = ["Pressekontakt:", "Jana Ulm", "Tel.: 0431 000000", "E-Mail: presse@harbour.example"]
    assert drop_related_blocks(STORY[:2] + box + STORY[2:]) == STORY


def test_the_reporters_credit_after_the_precision_run_s_end_stays() -> None:
    from newscrawl.pages.body import trim_to_precise

    credit = "Additional reporting by Jana Ulm; Editing by Jane Doe"
    teaser = "Ferry crossing delayed by fog"
    assert trim_to_precise([*STORY, credit, teaser], STORY) == [*STORY, credit]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Das Lagerhaus am Hafen nach dem Brand. Foto: Jana Ulm", True),
        ("Löschzüge vor dem Lagerhaus (Foto: Jana Ulm/dpa).", True),
        ("The warehouse at dawn, after the fire. Photo: Jane Doe", True),
        ("The warehouse at dawn © AFP / JANE DOE", True),
        # a sentence about a photo, a label in the middle of a line, a story's paragraph
        ("Photo: the mayor said the works would end in May. She was glad.", False),
        ("Die Zeitung Bild: ein Bericht über den Brand am Hafen", False),
        (STORY[0], False),
    ],
)
def test_a_caption_ends_in_its_pictures_credit(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


# -- news portals: staff credits, desk initials, channel prompts, notices ------------------------


@pytest.mark.parametrize(
    "line",
    [
        # Staff credit lines, one label or several ("Penulis : A | Editor : B"), and Tribun's reporter line.
        "Penulis: Fajar Nugroho",
        "Editor: Lina Marlina",
        "Penulis : Nabilla Ramadhian",
        "Pewarta: Satria Wibowo",
        "| Editor: Dewi Haryati",
        "Penulis: Endra Kaputra | Editor: Dewi Haryati",
        "Penulis : Aisyah Rahman Editor : Yohanes Enggar",
        "Reporter: Andika Pratama dan Siti Rahmawati",
        "Rep: Febryan Ahmad Red: Satria K Yudha",
        "Disunting oleh: Nur Aina binti Ahmad",
        "Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda",
        # Calls to follow the site on Google News or its channels.
        "Baca berita Tribunbatam.id lainnya di Google News",
        "Ikuti kami di Google News untuk berita terkini",
        "Follow us on Google News for the latest updates",
        "Simak berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Harian Kepri "
        "WhatsApp Channel : https://www.whatsapp.com/channel/abc. Pastikan kamu sudah install aplikasi WhatsApp ya.",
        "Sertai saluran Telegram kami untuk berita terkini.",
        # Copyright notices, a written-out picture credit, a Malay related-posts heading.
        "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed without permission.",
        "Copyright © Harian Kepri 2025",
        "Photographs by Mina Holt",
        "Photo by Jane Doe on Unsplash",
        "Foto oleh Budi Santoso",
        "Photo courtesy of Maco MDRRMO",
        "(Photo courtesy: Harbour Police)",
        "Berita berkaitan",
        "Artikel berkaitan:",
    ],
)
def test_portal_credits_prompts_and_notices_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Editor: this is the week the paper changed how it chooses its front page, she wrote.",
        "Red is the colour of the season, the designers said at the show in Jakarta.",
        "The editor said: we will publish the full report tomorrow morning.",
        "Reporter Jane Doe contributed to this story from the harbour.",
        "Reporting by Jane Doe; Editing by John Smith",  # wire copy prints it as part of the story
        "(AFP)",  # an agency's credit: attribution's
        "Meta meluncurkan fitur WhatsApp Channel di Indonesia pada Rabu, kata perusahaan itu.",
        "Berita berkaitan dengan banjir itu tular di media sosial sejak pagi tadi.",
        "Copyright law in the EU was reformed in 2019, the commission said on Tuesday.",
        "Die Lizenzen stehen zwischen dem Copyright (all rights reserved) und dem Public Domain, sagte sie.",
        "Photographs by the agency show the damage to the bridge and the road beyond it.",
        "Photo courtesy of the city government shows a flooded road in Maco on Wednesday.",
        "Google News is a news aggregator that the company launched in 2002.",
        "24/7",
    ],
)
def test_portal_story_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # A story's sentence naming a channel, with "US" or "our" in it (review R6).
        "The navy said on its Telegram channel that US-built drones had hit two boats near the harbour.",
        "The militia said on its WhatsApp channel that our convoy was stopped at the border, a spokesman wrote.",
        "“Join our Telegram channel,” the mayor told residents at a meeting in the town hall on Friday.",
        "Folgen hatte der Telegram-Kanal der Partei vor allem für ihre jüngeren Mitglieder, sagte sie.",
        # A quoted or spoken line of an interview is no staff credit.
        "Rep: Yes",
        "Editor: Why Now",
        "Writer: Thank You",
        # A note that names Google News, and sentences that end or open like a copyright notice.
        "Update: The harbour map is now shown to readers in Google News as well.",
        "The singer said the melody was hers, all rights reserved.",
        "Copyright 2019 claims against the museum were dropped, the court said.",
    ],
)
def test_story_lines_that_look_like_portal_furniture_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Join our WhatsApp channel for the latest updates.",
        "Jangan lupa ikuti saluran WhatsApp Harian Pelabuhan untuk berita terkini.",
        "Berita terbaru ada di WhatsApp Channel Harian Pelabuhan: https://whatsapp.com/channel/xyz",
        "Hafenblatt-WhatsApp-Kanal abonnieren",
        "Folgen Sie uns auf unserem WhatsApp-Kanal",
        "Editor: Sugiyarto",
        "Harbour Times Media 2024, all rights reserved.",
        "Harbour Times Media Group, All Rights Reserved",
    ],
)
def test_channel_calls_single_names_and_notices_still_go(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_story_sentence_about_a_telegram_channel_stays_in_the_body() -> None:
    story = [
        "Drones struck the port city overnight, damaging two warehouses and a ferry terminal, officials said on Tuesday.",
        "The air force said on its Telegram channel that US-supplied systems had shot down nine of the eleven drones.",
        "Crews worked through the night to clear the quay, and the ferry service is expected to resume on Thursday.",
    ]
    html = "<html><body><article><h1>Drones hit the port</h1>" + "".join(f"<p>{p}</p>" for p in story)
    body = GenericPage((html + "</article></body></html>").encode(), "https://harbour.example/2025/03/drones").body()
    assert story[1] in body


@pytest.mark.parametrize(
    "tag",
    ["(rdp/idn)", "(red)", "(*)", "(mcr8/jpnn)", "kb/rox", "bur-jm/tc", "aja/PAP", "(Tribunbatam.id/Endra Kaputra)"],
)
def test_a_desks_initials_at_the_storys_end_go(tag: str) -> None:
    assert drop_desk_initials([*STORY, tag]) == STORY
    assert drop_desk_initials([*STORY, tag, "Sumber: Antara"]) == [*STORY, "Sumber: Antara"]


def test_a_code_listings_line_in_parentheses_stays() -> None:
    lines = ["and one more function:", "(func $_start", "(nop)", ")", *STORY]
    assert drop_desk_initials(lines) == lines
    # Not a desk's tag, even at the end: a date, a figure, a sentence in parentheses.
    for line in ("(12/10/2025)", "(1/2)", "(The minister did not reply to a request for comment.)"):
        assert drop_desk_initials([*STORY, line]) == [*STORY, line]


def test_a_malay_related_heading_goes_with_its_teasers() -> None:
    story = ["Feri ke Pulau Tioman kembali beroperasi pagi ini selepas ribut reda.", "Jeti akan dibaiki."]
    box = ["Berita berkaitan", "Jeti baharu Mersing siap hujung tahun", "Pelancong ke Tioman meningkat 20 peratus"]
    assert drop_related_blocks(story[:1] + box + story[1:]) == story


def test_a_team_or_a_date_labels_words_are_no_name() -> None:
    # "Tim" (Indonesian) and "Pasukan" (Malay) before a name of two words or more are a team.
    assert not looks_like_name("Tim Kabar Pasar")
    assert not looks_like_name("Pasukan Berita Harian")
    assert looks_like_name("Tim Cook") and looks_like_name("Tim van Damme")
    # What is left of a byline block that holds only "Published: Oct 14, 2025, 06:05 PM IST".
    assert not looks_like_name("Published Oct")
    assert not looks_like_name("Updated: Jane Doe")


def test_a_comment_section_named_in_the_site_s_language_leaves_the_story_s_end() -> None:
    from lxml import html

    from newscrawl.pages.body import drop_comment_tail

    comments = [
        "Hafenfreund: Das Lagerhaus stand doch seit Jahren leer, warum hat niemand früher etwas gesagt?",
        "Beachten Sie, dass die Redaktion beleidigende Kommentare entfernt.",
    ]
    story = "".join(f"<p>{line}</p>" for line in STORY)
    section = "".join(f"<p>{line}</p>" for line in comments)
    node = html.fromstring(f'<div class="story">{story}<div class="kommentarModul">{section}</div></div>')
    assert drop_comment_tail(node, [*STORY, *comments]) == STORY
    # the page's class and id values say where to look; none with a comment word, no search
    assert drop_comment_tail(node, [*STORY, *comments], frozenset({".story"})) == [*STORY, *comments]
    # an opinion column classed "kommentar" is the story itself
    column = html.fromstring(f'<div class="story"><div class="kommentar">{story}{section}</div></div>')
    assert drop_comment_tail(column, [*STORY, *comments]) == [*STORY, *comments]
    # English names are trafilatura's: a live ticker's "comment" entries are the story
    ticker = html.fromstring(f'<div class="story">{story}<div class="live-comment">{section}</div></div>')
    assert drop_comment_tail(ticker, [*STORY, *comments]) == [*STORY, *comments]


def test_an_opening_summary_of_the_story_s_first_paragraphs_goes_but_a_repeated_paragraph_stays() -> None:
    from newscrawl.pages.body import drop_opening_summary

    wire = ["HAFENSTADT (dpa) - " + STORY[0], STORY[1], STORY[2]]
    summary = f"{STORY[0]} {STORY[1]}"
    assert drop_opening_summary([summary, *wire]) == wire
    # a lead in words of its own, a paragraph shown twice, a line inside one paragraph: they stay
    assert drop_opening_summary([LEAD, *wire]) == [LEAD, *wire]
    assert drop_opening_summary([STORY[0], *STORY]) == [STORY[0], *STORY]
    part = STORY[0].split(",")[0] + " und " + STORY[1]
    assert drop_opening_summary([part, *wire]) == [part, *wire]


@pytest.mark.parametrize(
    "line",
    [
        "Copyright Harbour Herald.",
        "Copyright The Valley Times",
        "All rights reserved. This content may not be copied, published, broadcast, rewritten or redistributed.",
        "No part of this story may not be reproduced, published, broadcast or republished without leave.",
        "Get all the latest Valley Times stories delivered to your inbox.",
        "Sign up to receive our morning briefing in your inbox.",
        "Like us on Facebook",
        "Like Harbour Views on Facebook, follow @harbourviews on Twitter for every column.",
    ],
)
def test_closing_notices_and_prompts_go(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law changed in 2019 after the ruling.",
        "All rights reserved, the singer said, belonged to her label.",
        "Like many parents on Facebook, she shared photos of the flooded school.",
        "Scammers send fake invoices to your inbox every week, the police said.",
    ],
)
def test_story_sentences_about_copyright_and_inboxes_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_source_line_signed_with_a_desks_initials_goes_at_the_end() -> None:
    assert drop_source_initials([*STORY, "Source: Harbour Herald/jd(kl)"]) == STORY
    assert drop_source_initials([*STORY, "Sumber: Warta/ab"]) == STORY
    # Not at the story's start, and not a source line without initials (attribution's).
    assert drop_source_initials(["Source: Harbour Herald/jd", *STORY]) == ["Source: Harbour Herald/jd", *STORY]
    assert drop_source_initials([*STORY, "Source: Harbour Herald"]) == [*STORY, "Source: Harbour Herald"]


# Lines each long pattern matches, in capitals and with letters that fold to ASCII ones only in a
# case-blind match (the long s, the Kelvin sign, the dotless i): the word check before the pattern
# must let every one through.
_GATED_LINES = [
    "Sign up for our daily newsletter",
    "NEVER MISS A STORY: get our alerts",
    "For the latest updates download the Harbour app",
    "Follow us on Twitter",
    "Like us on Facebook",
    "Get the morning briefing delivered to your inbox",
    "Siga-nos no Instagram",
    "To read the full story, please subscribe",
    "Already a subscriber? Log in",
    "Submit your letter to the editor",
    "This article contains affiliate links",
    "We may earn a commission from links on this page",
    "Sie sind nicht eingeloggt",
    "Cancela cuando quieras",
    "Hazte miembro",
    "Suscríbete ahora",
    "Zapraszamy do subskrypcji",
    "Únete a nuestro canal de Telegram: únete",
    "Abonnez-vous",
    "Einfach hier klicken",
    "Haz clic aquí",
    "Cliquez ici pour lire",
    "You must be logged in to post a comment",
    "Keine Kommentare (0)",
    "Advertisers do not influence our picks",
    "© 2024 Harbour Times",
    "(c) 2024 Harbour Times",
]


@pytest.mark.parametrize("line", _GATED_LINES + [line.upper() for line in _GATED_LINES])
@pytest.mark.parametrize("odd", ["", "ſ", "K", "ı"])
def test_the_word_checks_before_the_long_patterns_keep_every_match(line: str, odd: str) -> None:
    from newscrawl.pages import cleaning

    if odd:
        line = line.replace({"ſ": "s", "K": "k", "ı": "i"}[odd], odd)
    gates = (
        (cleaning._PROMPT, cleaning._PROMPT_WORDS),
        (cleaning._PROMPT_INTL, cleaning._PROMPT_INTL_WORDS),
        (cleaning._NOTICE, cleaning._NOTICE_WORDS),
    )
    matched = [words for pattern, words in gates if pattern.search(line)]
    assert all(cleaning._holds_any(line, words) for words in matched), line
    if line in _GATED_LINES:
        assert matched  # each line of the list is one a pattern matches


# -- mirror inserts and labels in any case, stamps, tag lists, feed disclaimers (review rv21) ------


@pytest.mark.parametrize(
    "line",
    [
        # A related-link label in capitals alone, or its second word capitalised.
        "BACA: Harga cabai naik jelang akhir tahun",
        "Baca Juga: Rupiah Menguat di Awal Pekan",
        "Lihat Juga :Gempa Kecil Guncang Pesisir Selatan",
        'Simak Video "Video: Antrean Kendaraan di Gerbang Tol" [Gambas:Video 20detak]',
        # An embed's placeholder left as text.
        "[Gambas:Video CNN]",
        "[Embed: Instagram]",
        # The page's own update stamp at the story's end, its month written out.
        "Kemaskini: Disember 3, 2026 @ 9:15am",
        "Dikemaskini: 3 Dis 2026 10:05 pagi",
        "Updated: March 4, 2026 10:12 am",
        # A tag list written as a paragraph.
        "Tags: rubber, prices, Penang market",
        "Kata kunci: banjir, Sungai Ciliwung, evakuasi",
        # A labelled syndication disclaimer, not in parentheses.
        "Disclaimer: The Valley Ledger carries this report from a syndicated feed; the headline may have been edited.",
        # A translated wire photo's caption set as a paragraph, its photographer's credit closing it.
        "Para pekerja memperbaiki rel yang rusak di dekat stasiun Lyon, Prancis, 2 Desember 2026. REUTERS/Jana Ulm",
        "Nelayan menarik perahu ke darat di pantai Anyer. ANTARA FOTO/Budi Santoso",
    ],
)
def test_mirror_labels_stamps_tag_lists_and_feed_disclaimers_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Updated figures 2025 show that exports grew faster than imports, the ministry said.",
        "Tags: the police said the suspect, who was known to them, had left the city.",
        # A story's paragraph with a label: its items are phrases, not tags.
        "Topics: what it means, why the permit stalls, who pays",
        "Note: The story has been corrected to give the mayor's full name.",
        "Note: the agency said the syndicated figures were preliminary and would be revised next month.",
        "[1] Figures from the statistics office.",
        "Output rose to 3/4 of the plan. Reuters/Ipsos polled 1,000 people.",
        "The agency's photographer filed the picture from Lyon. AFP/Getty said it was not consulted on the use.",
    ],
)
def test_story_lines_like_mirror_labels_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_share_button_s_label_in_japanese_chinese_or_korean_goes() -> None:
    for label in ("このニュースをシェア", "この記事をシェアする", "シェア", "分享到", "공유하기"):
        assert is_boilerplate_line(label), label
    # a sentence about sharing is the story's
    for sentence in ("市場シェアは3割に達した。", "分享经济在中国发展迅速。", "공유 경제가 커지고 있다."):
        assert not is_boilerplate_line(sentence), sentence


def test_one_widget_label_twice_on_a_line_is_a_label() -> None:
    # Two ad slots' labels, each in its own element, read as one line.
    assert is_boilerplate_line("Publicidad Publicidad")
    assert is_boilerplate_line("Anzeige Anzeige")
    assert is_boilerplate_line("বিজ্ঞাপন বিজ্ঞাপন")
    # Words said twice that are no label stay.
    assert not is_boilerplate_line("Bravo bravo")
    assert not is_boilerplate_line("New York New York")


def test_a_zone_left_from_a_live_blog_entry_s_time_stamp_goes() -> None:
    # Each entry opens with "<time>hh.mm</time> BST": the extractor leaves the <time> out and the
    # zone stayed behind as a paragraph of its own, once per entry.
    entries = "".join(
        f'<div class="entry"><p class="entry-time"><time>{clock}</time> BST</p><p>{line}</p></div>'
        for clock, line in zip(("11.40", "10.15", "09.05"), STORY, strict=True)
    )
    page_html = (
        "<html><head><title>Hafenbrand: der Tag im Überblick</title></head><body><main><article>"
        f'<h1>Hafenbrand: der Tag im Überblick</h1><div class="live-blog">{entries}</div>'
        "</article></main></body></html>"
    )
    body = GenericPage(page_html.encode(), "https://news.example/2025/07/hafen-live").body() or ""
    assert body.split("\n\n") == STORY
    for zone in ("GMT", "UTC", "(CEST)", "WIB", "GMT+7", "UTC+05:30"):
        assert is_zone_after_time(zone, "09.58", set()), zone
        assert is_zone_after_time(zone, "", {zone}), zone
    # capitals that are no zone, and a zone in a sentence, stay
    for line in ("NATO", "USA", "OK", "GMT time is used at sea."):
        assert not is_zone_after_time(line, "09.58", {line}), line


def test_a_zone_shaped_subhead_or_list_item_stays() -> None:
    # Review R43 (f1, f2): a guide's subheads STAY/EAT/ART/PET, a list of plastics' codes.
    sections = "".join(f"<h2>{head}</h2><p>{line}</p>" for head, line in zip(("EAT", "ART", "PET"), STORY, strict=True))
    page_html = (
        "<html><head><title>A weekend in the harbour town</title></head><body><main><article>"
        f"<h1>A weekend in the harbour town</h1>{sections}<ul><li>PET</li><li>HDPE</li></ul>"
        "</article></main></body></html>"
    )
    body = GenericPage(page_html.encode(), "https://news.example/2025/07/harbour-weekend").body() or ""
    assert body.split("\n\n")[:6] == ["EAT", STORY[0], "ART", STORY[1], "PET", STORY[2]]
    assert "- PET" in body


def test_a_video_player_s_default_track_item_is_the_player_s() -> None:
    # video.js lists its text tracks as menu items; the default one reads "default, selected".
    assert is_boilerplate_line("- default, selected")
    assert is_boilerplate_line("default, selected")
    assert not is_boilerplate_line("The default was selected by the board on Monday.")


# Review rv28's classes: "read also" inserts, ad labels and pager lines in the languages of wire
# mirrors the lists did not know; the label is the whole line, or opens it before a linked title.
_MORE_LANGUAGE_INSERTS = [
    "Læs også: Ny cykelsti åbner langs havnen",
    "LÆS OGSÅ",
    "Les også: Fergen til Hurtigruten får nytt rutetilbud",
    "Läs också Ny bro öppnar i Malmö",
    "Lue myös: Raitiotie jatkuu Hervantaan",
    "Čtěte také: Brno opraví most přes Svratku",
    "Přečtěte si také: Ostrava zavede noční tramvaje",
    "Čítajte tiež: Košice otvoria novú plaváreň",
    "Citește și: Clujul primește autobuze electrice noi",
    "Citeşte şi: Iaşiul deschide un parc nou",
    "Olvassa el ezt is: Bővítik a szegedi villamoshálózatot",
    "Kapcsolódó cikkek",
    "Читайте також: У Львові відкриють новий міст",
    "Читайте также: В Казани построят новую школу",
    "Pročitajte još: Novi Sad dobija novi most",
    "Pročitajte i: Zagreb obnavlja tramvajske pruge",
    "Прочитајте још: Ниш гради нову болницу",
    "Preberite tudi: Ljubljana uvaja nove avtobuse",
    "Διαβάστε επίσης: Νέα γραμμή τραμ στην Πάτρα",
    "Karanta kuma: Gwamnati ta bude sabuwar makaranta a Kano",
    "Funda futhi: Kuvulwe umtholampilo omusha eThekwini",
    "මෙයත් කියවන්න: ගාල්ල නගරයට නව බස් නැවතුම්පොළක්",
    "ഇതും വായിക്കുകതൃശൂരിൽ പുതിയ പാലം തുറന്നു",
    "អានបន្ថែម៖ ផ្លូវថ្មីនៅភ្នំពេញបើកដំណើរការ",
    "Холбоотой мэдээ: Эрдэнэтэд шинэ эмнэлэг нээгдэнэ",
    "Мөн уншаарай: Улаанбаатарт шинэ гүүр баригдана",
]
_MORE_LANGUAGE_AD_LABELS = [
    "Annons", "ANNONSE", "Annonce", "Mainos", "PUBLICITATE", "Reclamă", "Hirdetés", "ΔΙΑΦΗΜΙΣΗ", "Διαφήμιση",
    "Реклама", "РЕКЛАМА", "Оглас", "פרסומת", "إعلان",
]  # fmt: skip
_MORE_LANGUAGE_PAGER_AND_CREDITS = [
    "Halaman : 1",
    "Halaman 1 2 3 Selanjutnya",
    "Page 2 of 3",
    "Seite 1 / 2",
    "Redaktor: Ewa Nowak",
]


@pytest.mark.parametrize("line", _MORE_LANGUAGE_INSERTS + _MORE_LANGUAGE_AD_LABELS + _MORE_LANGUAGE_PAGER_AND_CREDITS)
def test_read_also_inserts_ad_labels_and_pagers_in_more_languages_go(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that opens with the label's words is the story's
        "Læs også rapporten, som kommunen sendte ud i går.",
        "Annonsen kostede kommunen to millioner kroner.",
        "Annons på sociala medier ökade med en tredjedel i fjol.",
        "Hirdetés nélkül a helyi lap nem tud megélni, mondta a főszerkesztő.",
        "Реклама на телевидении подорожает с января.",
        "Pročitajte i komentare čitatelja ispod članka.",
        "Citește și tu raportul complet, a spus ministrul.",
        "Funda futhi ukuthi izinto zishintshe kanjani emakhaya.",
        "ഇതും വായിക്കുകയും ചെയ്യുക.",
        "Page 3 of the audit says the costs rose.",
        "Halaman 5 laporan itu memuat angka terbaru.",
        # a quote's page in a book review
        "Seite 17",
        # an interview's turn, not a credit
        "Redaktor: Dlaczego to zrobiliście?",
    ],
)
def test_story_sentences_opening_with_those_labels_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_read_also_label_stuck_to_its_link_and_a_local_ad_label_leave_the_story() -> None:
    story = [
        "Kommunen åbner i næste måned en ny cykelsti langs havnen, der skal forbinde to bydele.",
        "Stien bliver fire meter bred og får lys hele vejen, oplyser teknisk forvaltning.",
        "Byggeriet har kostet 38 millioner kroner og er betalt af kommunen og staten i fællesskab.",
    ]
    page_html = (
        "<html><head><title>Ny cykelsti langs havnen</title></head><body><main><article>"
        "<h1>Ny cykelsti langs havnen</h1>"
        f"<p>{story[0]}</p>"
        '<div class="also"><span>Læs også</span><a href="/lokalt/2026/11/bro">Ny bro over kanalen får navn</a></div>'
        f'<p>{story[1]}</p><div class="ad">ANNONCE</div><p>{story[2]}</p>'
        "</article></main></body></html>"
    )
    body = GenericPage(page_html.encode(), "https://avis.example/lokalt/2026/11/cykelsti").body() or ""
    assert body.split("\n\n") == story


# -- a support or membership box closing the story -------------------------------------------------

APPEAL_DE = [
    "Gefällt dir unser Hafenblatt? Wir haben uns gegen eine Bezahlschranke entschieden, und dabei bleibt es.",
    "Damit wir weniger von Werbung abhängen, brauchen wir deine Unterstützung.",
    "Darum: Hilf mit und unterstütze unser Hafenblatt mit einem kleinen Beitrag.",
]
APPEAL_EN = [
    "When you join the Harbour Times, you get every story we publish and our weekly letter.",
    "Join now or renew to get:",
    "- Unlimited access to our reporting",
    "- Invitations to our events",
    "First-time subscribers also get a tote bag made by a local weaver.",
]


def test_a_support_box_closing_the_story_goes_whole() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*STORY, *APPEAL_DE])
    html = f"""<html lang="de"><head><title>Brand am Hafen</title></head><body><article>
    <h1>Brand am Hafen</h1>{paragraphs}<p>+++</p><p>Titelbild: Jane Doe</p></article></body></html>"""
    body = GenericPage(html.encode(), "https://harbour.example/2024/05/brand-am-hafen").body()
    assert body is not None and body.startswith("\n\n".join(STORY))
    for line in APPEAL_DE:
        assert line not in body
    assert drop_closing_appeal([*STORY, *APPEAL_EN]) == STORY
    assert drop_closing_appeal([*STORY, "Damit es weitergeht, brauchen wir eure Hilfe."]) == STORY
    assert drop_closing_appeal([*STORY, *APPEAL_DE, "+++", "Titelbild: Jane Doe"]) == [*STORY, "Titelbild: Jane Doe"]


@pytest.mark.parametrize(
    "closing",
    [
        # a charity's appeal reported or quoted by the story, in no one's voice or with a said-verb
        ["The shelter needs support this winter, and volunteers can join today's collection at the quay."],
        ["“We need your support now more than ever,” the shelter's director said on Friday."],
        ["Die Polizei bittet um Hinweise: Helfen Sie mit, den Fahrer zu finden."],
        ["Viele Nachbarn unterstützen uns, erzählt die Wirtin."],
        # a club's page asking its members for a hand, not for money
        ["Du möchtest mitmachen? So geht es:", "- hilf mit, unsere Anleitungen zu übersetzen", "- empfehle uns weiter"],
        # a support box with the story's long paragraph after it: not the story's end
        [*APPEAL_DE, STORY[0] + " " + STORY[1], STORY[2], STORY[1]],
    ],
)
def test_a_story_s_closing_lines_about_support_stay(closing: list[str]) -> None:
    assert drop_closing_appeal([*STORY, *closing]) == [*STORY, *closing]


@pytest.mark.parametrize(
    ("story", "box"),
    [
        # every line holds French "du" ("of the"): none is the reader addressed (review R49, f32_fr)
        (
            [
                "Les usagers du réseau régional devront s'armer de patience jeudi, jour de grève.",
                "Seul un train sur trois circulera sur la ligne du littoral entre 6 heures et 20 heures.",
                "Une réunion est prévue lundi au siège du conseil régional pour sortir de la crise.",
            ],
            ["Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité du territoire."],
        ),
        # an explainer written to "you": the story's lines, not the box's (f32_en_tips)
        (
            [
                "First, bleed your radiators: trapped air makes your boiler work harder than it needs to.",
                "Second, turn your thermostat down by one degree. You could save ten per cent on your bill.",
                "Finally, ask your supplier whether you qualify for a discount on a low income.",
            ],
            ["We need your support to keep our consumer advice free for everyone."],
        ),
        # a story's last line telling readers what to do (f32_en_members)
        (
            [
                *STORY,
                "Patients with appointments on those days will be contacted, and you should attend unless you hear otherwise.",
            ],
            [
                "If you value our local reporting, please consider supporting our work with a subscription.",
                "Subscribe today",
            ],
        ),
    ],
)
def test_a_support_box_takes_no_story_line_in_the_reader_s_voice(story: list[str], box: list[str]) -> None:
    assert drop_closing_appeal([*story, *box]) == story


def test_a_support_box_s_lines_before_its_ask_never_outweigh_the_story_left() -> None:
    lines = [
        "We opened the shop in 1998 with two ovens and a loan from our parents.",
        "Our bread is baked every night by the same three bakers.",
        "We need your support to keep our shop open this winter.",
    ]
    assert drop_closing_appeal([STORY[0], *lines]) == [STORY[0], *lines]


@pytest.mark.parametrize(
    "line",
    [
        "Folgt uns auf unserem neuen Instagram-Account!",
        "Abonniere unseren YouTube-Kanal",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "Rejoignez notre chaîne Telegram",
        "Ikuti kanal WhatsApp kami untuk berita terbaru",
        "Follow our Instagram page for more pictures",
    ],
)
def test_a_prompt_naming_the_site_s_own_channel_goes(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "“Our YouTube channel was hacked,” the club said.",
        "Our YouTube channel was hacked on Monday, the club said.",
        "The club said its Instagram account had been hacked overnight.",
        "Viele Leser kennen den YouTube-Kanal der Stadt schon seit Jahren.",
        # an interview's answer (review R49, f32_interview)
        "We put the first clips on our YouTube channel in 2024, and one of them reached a million views in a week.",
    ],
)
def test_a_story_line_about_a_channel_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("line", ["Related Posts", "Related Videos", "Ähnliche Beiträge"])
def test_a_related_heading_in_title_case_or_german_goes(line: str) -> None:
    assert is_boilerplate_line(line)
    assert drop_related_blocks([*STORY, line]) == STORY


def test_a_story_line_opening_with_related_videos_stays() -> None:
    # the title-case and "videos" forms are a label on a line of its own only (review R49)
    assert not is_boilerplate_line("Related videos posted by witnesses show the bus leaving the road at speed.")
    assert not is_boilerplate_line("Related Videos Show The Bus Leaving The Road At Speed")
    assert is_boilerplate_line("Related Videos:")


@pytest.mark.parametrize("line", ["Photo courtesy of Cebu PDRRMO", "Photos courtesy Harbour Board"])
def test_a_courtesy_caption_on_a_line_of_its_own_is_boilerplate(line: str) -> None:
    # a caption written as a plain <p><em> (review rv29)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photos courtesy of residents show the water rising to the rooftops of the lower village.",
        # an embedded tweet's sign-off stays with its text, as the evaluation sets' gold keeps it
        "— Harbour Board Press (@harbourboard_ph) November 26, 2026",
    ],
)
def test_a_courtesy_photo_sentence_and_a_tweets_signoff_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Warning: Use of undefined constant posts - assumed 'posts' (this will throw an Error in a future "
        "version of PHP) in /var/www/harbour/wp-content/plugins/latest-posts/latest.php on line 212",
        "Deprecated: Function create_function() is deprecated in /home/site/public_html/wp-includes/kses.php on line 45",
        "Non-static method Gallery::options() should not be called statically in C:\\sites\\blog\\gallery.inc on line 9",
        "Notice: Undefined index: layout in /srv/www/ferry/wp-content/themes/tide/header.php on line 77",
    ],
)
def test_a_server_error_message_printed_into_the_page_is_boilerplate(line: str) -> None:
    # A plugin's PHP warning printed above or inside the story (sixteenth session, brief F34).
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The bug in /src/parse.c on line 12 crashed the ferry booking site for two days, its maintainers said.",
        "Turn left at the bus stop on line 4 and walk to the harbour office.",
        # a tech story's sentence naming a PHP file: no PHP label, no code named
        "Security researchers said the hole sits in /wp-includes/class-wp-comment-query.php on line 388",
    ],
)
def test_a_sentence_naming_a_file_or_a_line_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_json_ld_article_body_read_whole_keeps_its_paragraphs() -> None:
    # A page whose HTML shows "Loading…" where the story goes: trafilatura's fallback reads the
    # JSON-LD articleBody with its line breaks collapsed; the breaks part the paragraphs again.
    import json

    from newscrawl.pages import extract
    from newscrawl.pages.body import ld_body_breaks

    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour wall",
        "articleBody": "\n\n".join(STORY),
    }
    page = (
        "<html lang='de'><head><title>Harbour wall - Coast Post</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main>"
        "<h1>Harbour wall</h1><div class='byline'>By Ann Lowe</div><div class='loading'>Loading…</div>"
        "</main></body></html>"
    )
    result = extract(page, "https://coastpost.example/news/harbour-wall")
    assert result.article is not None, result.reason
    assert result.article.body.split("\n\n") == STORY
    # only the paragraph that is the whole field splits; one line, markup or no field changes nothing
    assert ld_body_breaks("\n".join(STORY), ["Menu", " ".join(STORY)]) == ["Menu", *STORY]
    assert ld_body_breaks(STORY[0], [STORY[0]]) == [STORY[0]]
    assert ld_body_breaks("<p>a</p>\n<p>b</p>", ["a b"]) == ["a b"]
    assert ld_body_breaks(None, ["a"]) == ["a"]


def test_a_hard_wrapped_json_ld_article_body_splits_at_sentence_ends_only() -> None:
    import textwrap

    from newscrawl.pages.body import ld_body_breaks

    story = [
        "The parish hall will reopen in spring after a new roof and a wider door for wheelchairs, the vicar said.",
        "Builders found rot in two of the old beams, which added six weeks and a third to the cost of the work.",
        "The choir has practised in the school gym since June and will sing at the hall's first evening there.",
    ]
    # each line broken at about sixty characters, mid-sentence
    wrapped = [line for text in story for line in textwrap.wrap(text, 60)]
    assert len(wrapped) == 6
    whole = [" ".join(story)]
    # no blank line: a break after a sentence's end parts paragraphs, the others join
    assert ld_body_breaks("\n".join(wrapped), whole) == story
    # blank lines part the paragraphs; the single breaks inside them join
    field = "\n\n".join("\n".join(wrapped[i : i + 2]) for i in range(0, 6, 2))
    assert ld_body_breaks(field, whole) == story
    assert ld_body_breaks(field.replace("\n", "\r\n"), whole) == story


def test_a_json_ld_article_body_not_hard_wrapped_splits_at_every_line() -> None:
    from newscrawl.pages.body import ld_body_breaks

    # Subheadings on lines of their own, and no blank lines: each line is a paragraph.
    lines = [
        "Why the ferry stopped",
        "The harbour board halted the night ferry on Sunday after a crew member fell ill on the quay.",
        "What comes next",
        "A relief crew will take over the sailings from Thursday, the board said in a notice to riders.",
    ]
    assert ld_body_breaks("\n".join(lines), [" ".join(lines)]) == lines
    # A line ending in a title or an initialism runs on into the next.
    field = (
        "The surgery was opened by Dr.\nHanna Pell, who said the village of Corrow had waited years for it.\n"
        "She thanked the U.K.\nFund for its grant of two million pounds to the island's health board."
    )
    assert ld_body_breaks(field, [" ".join(field.split())]) == [
        "The surgery was opened by Dr. Hanna Pell, who said the village of Corrow had waited years for it.",
        "She thanked the U.K. Fund for its grant of two million pounds to the island's health board.",
    ]
