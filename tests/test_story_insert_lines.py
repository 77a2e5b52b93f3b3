"""Lines set between or after a story's paragraphs that are no part of it: an ad slot's label
("Article content"), an interactive graphic's placeholder, a paywall's notice. Fixtures written
for these tests."""

from __future__ import annotations

import pytest

from newscrawl.pages import extract
from newscrawl.pages.cleaning import is_boilerplate_line

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
