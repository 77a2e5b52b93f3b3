"""Publication and update labels of the French, German, Spanish, Portuguese, Nordic and other press ("Mise en ligne
le ... / Mis à jour le ...", "Publié le", "Stand:", "Actualizado:", "Atualizado em"), each read as
the publication or the last update, with and without a stamp in the markup; pages we wrote."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newscrawl.pages import GenericPage

HEADLINE = "Le port de plaisance rouvre après deux ans de travaux"
STORY = "".join(
    f"<p>Paragraphe {n} : les pontons ont été refaits, la capitainerie a déménagé sur le quai nord et "
    f"les plaisanciers retrouvent leurs places à partir de lundi, selon la mairie.</p>"
    for n in range(1, 5)
)


def page(lines: str, lang: str, head: str = "") -> GenericPage:
    html = (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title>{head}</head><body><article>'
        f"<h1>{HEADLINE}</h1>{lines}{STORY}</article></body></html>"
    )
    return GenericPage(html, "https://port-news.example/actualite/port-rouvre")


def wall(value: datetime | None) -> datetime | None:
    """The clock the page shows (no zone is tested here: the site's is unknown)."""
    return value.replace(tzinfo=None) if value else None


PUBLISHED = datetime(2025, 2, 24, 8, 15)
UPDATED = datetime(2025, 2, 25, 10, 30)


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        ("<p class='meta'>Mise en ligne le 24 février 2025 à 08h15 / Mis à jour le 25 février 2025 à 10h30</p>", "fr"),
        (
            "<p class='meta'>Mise en ligne le 24 février 2025 à 08h15</p><p>Mis à jour le 25 février 2025 à 10h30</p>",
            "fr",
        ),
        ("<div><span>Publié le 24/02/2025 à 08:15</span> <span>Mis à jour le 25/02/2025 à 10:30</span></div>", "fr"),
        ("<p>Veröffentlicht am 24.02.2025 um 08:15 Uhr</p><p>Stand: 25.02.2025, 10:30 Uhr</p>", "de"),
        ("<p>Publicado: 24/02/2025 08:15</p><p>Actualizado: 25/02/2025 10:30</p>", "es"),
        ("<p>24 feb 2025 - 08:15 Actualizado: 25 feb 2025 - 10:30</p>", "es"),
        ("<p>Publicado em 24/02/2025 às 08h15 Atualizado em 25/02/2025 às 10h30</p>", "pt-BR"),
        ("<p>24/02/2025 08h15 - Atualizado em 25/02/2025 10h30</p>", "pt-BR"),
        # the update first, then the publication, on one line set apart by a mark
        ("<p>Mis à jour le 25 février 2025 à 10h30 | Mis en ligne le 24 février 2025 à 08h15</p>", "fr"),
        ("<p>Uppdaterad 2025-02-25 kl. 10.30 | Publicerad 2025-02-24 kl. 08.15</p>", "sv"),
        ("<p>Opdateret 25.02.2025 kl. 10.30 | Publiceret 24.02.2025 kl. 08.15</p>", "da"),
        ("<p>Oppdatert 25.02.2025 kl. 10.30 | Publisert 24.02.2025 kl. 08.15</p>", "nb"),
        ("<p>Päivitetty 25.2.2025 10:30 | Julkaistu 24.2.2025 8:15</p>", "fi"),
        ("<p>Actualizada el 25/02/2025 a las 10:30 | Publicada el 24/02/2025 a las 08:15</p>", "es"),
        ("<p>Aktualisiert am 25.02.2025, 10:30 Uhr | Erschienen am 24.02.2025, 08:15 Uhr</p>", "de"),
        ("<p>Güncelleme: 25.02.2025 10:30 | Yayınlanma: 24.02.2025 08:15</p>", "tr"),
        ("<p>Обновлено 25.02.2025 10:30 | Опубликовано 24.02.2025 08:15</p>", "ru"),
        ("<p>Ενημερώθηκε 25.02.2025 10:30 | Δημοσιεύθηκε 24.02.2025 08:15</p>", "el"),
        ("<p>Frissítve: 2025.02.25. 10:30 | Közzétéve: 2025.02.24. 08:15</p>", "hu"),
    ],
)
def test_a_publication_and_its_update_shown_under_the_headline(lines: str, lang: str) -> None:
    shown = page(lines, lang)
    assert wall(shown.published_at()) == PUBLISHED
    assert wall(shown.modified_at()) == UPDATED


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("<p class='meta'>Mise en ligne le 24 février 2025 à 08h15</p>", "fr"),
        ("<p>Publié le lundi 24 février 2025 à 08h15</p>", "fr"),
        ("<p>Stand: 24.02.2025, 08:15 Uhr</p>", "de"),  # an "as of" line alone stands for the publication
    ],
)
def test_a_publication_line_alone(line: str, lang: str) -> None:
    shown = page(line, lang)
    assert wall(shown.published_at()) == PUBLISHED
    assert shown.modified_at() is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("<p>Mis à jour le 25 février 2025 à 10h30</p>", "fr"),
        ("<p>Stand: 25.02.2025, 10:30 Uhr</p>", "de"),
        ("<p>Actualizado: 25/02/2025 10:30</p>", "es"),
        ("<p>Atualizado em 25/02/2025 às 10h30</p>", "pt-BR"),
    ],
)
def test_an_update_line_under_a_stamp_is_the_update_not_the_publication(line: str, lang: str) -> None:
    stamp = '<meta property="article:published_time" content="2025-02-24T08:15:00+00:00">'
    shown = page(line, lang, head=stamp)
    assert shown.published_at() == PUBLISHED.replace(tzinfo=UTC)  # (shown in the page's zone: the same instant)
    assert wall(shown.modified_at()) == UPDATED
