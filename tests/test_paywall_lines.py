"""A paywall's notice left in the story's text (newscrawl.pages.paywall_lines), and the story's
sentences with the same words, which stay. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.pages.cleaning import is_boilerplate_line
from newscrawl.pages.paywall_lines import is_paywall_notice

NOTICES = [
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

STORY_LINES = [
    "The parking lot behind the stadium is reserved for subscribers.",
    "This story is for our members, the union leader wrote in a letter.",
    "Le parking est réservé aux abonnés du stade.",
    "Die Lounge ist nur für Abonnenten geöffnet, sagte der Sprecher.",
    "El estadio es exclusivo para socios desde el lunes.",
    "Pelanggan listrik di Kota Baru mengeluhkan pemadaman.",
    "Subscribers to the water plan will pay 4% more from January, the council said.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_paywall_notice_is_boilerplate(line):
    assert is_paywall_notice(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_about_subscribers_stays(line):
    assert not is_paywall_notice(line)
    assert not is_boilerplate_line(line)
