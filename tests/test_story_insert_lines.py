"""Lines set between or after a story's paragraphs that are no part of it: an ad slot's label
("Article content"), an interactive graphic's placeholder (newscrawl.pages.graphic_lines), a
paywall's notice (newscrawl.pages.paywall_lines); and the story's sentences with the same words,
which stay. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.pages import extract
from newscrawl.pages.cleaning import is_boilerplate_line
from newscrawl.pages.graphic_lines import is_graphic_placeholder
from newscrawl.pages.paywall_lines import is_paywall_notice

PAYWALL_NOTICES = [
    "Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.",
    "La suite de cet article est réservée aux abonnés.",
    "Article réservé aux abonnés",
    "This article is for subscribers only.",
    "The rest of this story is exclusive to Lakeside Ledger subscribers.",
    "This content is available only to premium members.",
    "Subscribers only",
    "You've reached your limit of free articles this month.",
    "To continue reading, please log in or subscribe.",
    "Dieser Artikel ist nur für Abonnentinnen und Abonnenten.",
    "Lesen Sie jetzt weiter mit Kurier Plus",
    "Este contenido es exclusivo para suscriptores.",
    "Para seguir leyendo, suscríbete.",
    "Este conteúdo é exclusivo para assinantes.",
    "Questo articolo è riservato agli abbonati.",
    "Artikel ini khusus untuk pelanggan.",
    "Untuk membaca selengkapnya, silakan berlangganan.",
    "Kandungan ini khas untuk pelanggan.",
]

SUBSCRIBER_SENTENCES = [
    "The parking lot behind the stadium is reserved for subscribers.",
    "This story is for our members, the union leader wrote in a letter.",
    "Le parking est réservé aux abonnés du stade.",
    "Die Lounge ist nur für Abonnenten geöffnet, sagte der Sprecher.",
    "El estadio es exclusivo para socios desde el lunes.",
    "Pelanggan listrik di Kota Baru mengeluhkan pemadaman.",
    "Subscribers to the water plan will pay 4% more from January, the council said.",
    "The full report is available only to subscribers of the institute's data service.",
    "Konten ini khusus untuk pelanggan premium, kata juru bicara operator itu.",
    "Cet article est réservé aux abonnés de la coopérative, a précisé la direction.",
    "Dieser Artikel ist nur für Abonnenten des Vereinsblatts bestimmt, sagte die Verlegerin.",
]

GRAPHIC_PLACEHOLDERS = [
    "Interactive map: new bike lanes by ward",
    "Interactive graphic",
    "INTERACTIVE: How each precinct voted",
    "Interactive chart — rents since 2015",
    "This interactive is best viewed on a larger screen.",
    "This interactive graphic requires JavaScript.",
    "If you can't see the graphic, click here.",
    "Can't see the interactive map? Tap here.",
]

GRAPHIC_SENTENCES = [
    "Interactive maps helped residents find shelters during the flood, the mayor said.",
    "The interactive map shows every bike lane added since 2020.",
    "Interactive: the council said the tool would be online in March. It costs $4,000 a year and was built by students.",
    "Residents who cannot see the river from their homes will pay a lower rate.",
    "Interactive: the warden answered questions from pupils for an hour on Monday.",
    "Interactive - the aquarium lets visitors feed the rays, keepers say",
    "If you cannot see the map, ask a volunteer at the entrance, the organisers said.",
]

STORY_EN = [
    "The Birchmont library will stay open until 10 p.m. on weeknights from January, the board decided on Tuesday.",
    "Trustees said the longer hours would cost about $180,000 a year, paid from the reserve fund.",
    "Students had asked for a quiet place to study after the community centre closed in the spring.",
    "The board will review the change after six months and report to council in July.",
]
STORY_FR = [
    "Le conseil municipal de Valbrune a voté mardi soir la fermeture du pont des Tanneurs pour six mois.",
    "Les travaux doivent renforcer les piles, fragilisées par les crues du printemps dernier.",
    "Les commerçants du quai redoutent une baisse de fréquentation pendant toute la saison.",
    "Une navette gratuite reliera les deux rives toutes les vingt minutes, a promis la mairie.",
]


def _body(lang: str, story: list[str], insert: str, at: int) -> list[str]:
    text = "".join(f"<p>{p}</p>" for p in story[:at]) + insert + "".join(f"<p>{p}</p>" for p in story[at:])
    page = (
        f"<html lang='{lang}'><head><title>Hours and bridges</title></head><body><article>"
        f"<h1>Hours and bridges</h1>{text}</article></body></html>"
    ).encode()
    result = extract(page, "https://birchmont-herald.example/news/2026/11/hours-and-bridges/", None)
    assert result.article is not None, result.reason
    return result.article.body.split("\n\n")


@pytest.mark.parametrize(
    ("lang", "story", "insert", "at"),
    [
        ("en", STORY_EN, "<div class='slot-border'><span>Article content</span></div>", 2),
        ("en", STORY_EN, "<div class='viz' data-viz='hours'><p>Interactive map: library hours by branch</p></div>", 2),
        (
            "fr",
            STORY_FR,
            "<div class='offer-box'><p>Il vous reste 55 % de cet article à lire. La suite est réservée aux abonnés.</p></div>",
            4,
        ),
    ],
)
def test_the_insert_is_cut_and_the_story_stays(lang, story, insert, at):
    assert _body(lang, story, insert, at) == story


def test_the_ad_label_alone_is_boilerplate_and_a_sentence_with_it_is_not():
    assert is_boilerplate_line("Article content")
    assert not is_boilerplate_line("Article content on the site was changed after the complaint, the editor said.")


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        *((is_paywall_notice, line) for line in PAYWALL_NOTICES),
        *((is_graphic_placeholder, line) for line in GRAPHIC_PLACEHOLDERS),
    ],
)
def test_the_line_is_its_rules_and_boilerplate(rule, line):
    assert rule(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        *((is_paywall_notice, line) for line in SUBSCRIBER_SENTENCES),
        *((is_graphic_placeholder, line) for line in GRAPHIC_SENTENCES),
    ],
)
def test_a_story_sentence_with_the_same_words_stays(rule, line):
    assert not rule(line)
    assert not is_boilerplate_line(line)
