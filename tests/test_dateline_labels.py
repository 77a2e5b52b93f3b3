"""A label or a speaker before a colon is no dateline: it stays in the body (FB18's finding)."""

from __future__ import annotations

import pytest

from newscrawl.attribution import attribute, take_bold_dateline, take_dateline
from newscrawl.pages import GenericPage

EN = "The harbour board voted on Tuesday to close the old ferry pier after divers found its piles rotten."
EN_MORE = "Ferries will use the new terminal on the east quay from next month, the board said on Friday."
DE = "Der Hafenrat hat am Dienstag beschlossen, den alten Fähranleger zu schließen, weil die Pfähle morsch sind."
DE_MORE = "Die Fähren legen vom nächsten Monat an am neuen Terminal am Ostkai an, teilte der Rat am Freitag mit."
ID = "Dewan pelabuhan memutuskan pada Selasa untuk menutup dermaga feri lama karena tiangnya sudah lapuk."
ID_MORE = "Kapal feri akan memakai terminal baru di dermaga timur mulai bulan depan, kata dewan itu pada Jumat."


def _page(paragraphs: list[str], bold_first: str | None = None) -> GenericPage:
    first = paragraphs[0]
    if bold_first:
        first = f"<strong>{bold_first}</strong>{first[len(bold_first) :]}"
    body = "".join(f"<p>{p}</p>" for p in [first, *paragraphs[1:]])
    html = (
        "<html><head><title>Old ferry pier to close</title></head><body><article>"
        f"<h1>Old ferry pier to close</h1>{body}</article></body></html>"
    )
    return GenericPage(html, "https://harbourtimes.example/2026/11/pier-closes/")


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a speaker in a German story
        [f"Ministerin Vogelsang: {DE}", DE_MORE, f"{DE_MORE} Der Umbau kostet weniger als geplant."],
        # a glossary's or a recipe's field in German
        [f"Definition: {DE}", DE_MORE, f"{DE_MORE} Der Umbau kostet weniger als geplant."],
        [f"Zubereitungszeit: {DE}", DE_MORE, f"{DE_MORE} Der Umbau kostet weniger als geplant."],
        [f"Hinweis: {DE}", DE_MORE, f"{DE_MORE} Der Umbau kostet weniger als geplant."],
        [f"Aber: {DE}", DE_MORE, f"{DE_MORE} Der Umbau kostet weniger als geplant."],
        # a transcript's speakers in English
        [f"Anchor: {EN}", f"Mayor: {EN_MORE}", f"Anchor: {EN_MORE} It cost less than planned."],
        [f"Pemberton: {EN}", f"Okafor: {EN_MORE}", f"Pemberton: {EN_MORE} It cost less than planned."],
        # a radio transcript's speakers in capitals, with their role or the surname alone
        [f"WENDA KIRBY, HOST: {EN}", f"TOMAS LUND, BYLINE: {EN_MORE}", f"KIRBY: {EN_MORE} It cost less."],
        [f"KIRBY: {EN}", f"LUND: {EN_MORE}", f"KIRBY: {EN_MORE} It cost less than planned."],
    ],
)
def test_a_label_before_a_colon_stays_in_the_body(paragraphs: list[str]) -> None:
    item = _page(paragraphs).to_item()
    assert item.body.startswith(paragraphs[0])
    assert attribute(paragraphs).dateline is None


def test_a_label_in_bold_stays_in_the_body() -> None:
    paragraph = f"POSTED {EN}"
    assert take_bold_dateline(paragraph, "POSTED") == (paragraph, None)
    item = _page([paragraph, EN_MORE, f"{EN_MORE} It cost less than planned."], bold_first="POSTED").to_item()
    assert item.body.startswith(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (f"NEW DELHI: {EN}", "NEW DELHI"),  # capitals
        (f"KUALA LUMPUR, 26 Nov: {EN}", "KUALA LUMPUR"),  # a date
        (f"Jakarta: {ID}", "Jakarta"),  # a known city
        (f"Berlin: {DE}", "Berlin"),  # a known city in German
        (f"Pekanbaru: {ID}", "Pekanbaru"),  # a capitalised word in a language with small-letter nouns
        (f"Frankfurt am Main: {DE}", "Frankfurt am Main"),  # a place name's particle
    ],
)
def test_a_place_before_a_colon_is_still_a_dateline(paragraph: str, place: str) -> None:
    assert take_dateline(paragraph)[1] == place


def test_the_same_word_is_a_place_unless_labels_follow() -> None:
    # "Pemberton:" opening an English story is a place, as "Moskow:" is; in a transcript, where the
    # next paragraphs open with speakers too, it is a speaker.
    assert take_dateline(f"Pemberton: {EN}", [EN_MORE])[1] == "Pemberton"
    assert take_dateline(f"Pemberton: {EN}", [f"Okafor: {EN_MORE}"])[1] is None


def test_a_place_in_capitals_stays_a_dateline_before_other_places() -> None:
    # A roundup's next item opens with another place: the first is still a dateline, not a speaker.
    assert take_dateline(f"NEW DELHI: {EN}", [f"MUMBAI: {EN_MORE}", f"CHENNAI: {EN_MORE}"])[1] == "NEW DELHI"


@pytest.mark.parametrize(
    ("paragraph", "rest"),
    [
        (f"MIGRATION – {EN}", EN),
        (f"WORLD — {EN}", EN),
        (f"SPORTS - {EN}", EN),
        (f"Politik – {DE}", DE),
        (f"NASIONAL - {ID}", ID),
        (f"WORLD NEWS — {EN}", EN),
        (f"US NEWS — {EN}", EN),
    ],
)
def test_a_section_label_before_a_dash_is_no_dateline(paragraph: str, rest: str) -> None:
    # A desk's or a topic's name set before the story with a dash, as datelines are: no place, and
    # no story text either (a kicker): taken off the body as a dateline would be.
    assert take_dateline(paragraph) == (rest, None, None)
    item = _page([paragraph, EN_MORE, f"{EN_MORE} It cost less than planned."]).to_item()
    assert item.dateline is None
    assert (item.body or "").startswith(rest[:40])


@pytest.mark.parametrize(
    ("paragraph", "rest", "place"),
    [
        (f"Politics: {EN}", EN, None),
        (f"WORLD NEWS: {EN}", EN, None),
        (f"Politik: {DE}", DE, None),
        (f"POLITICS: NEW DELHI: {EN}", EN, "NEW DELHI"),
        (f"Business: LONDON (Reuters) - {EN}", EN, "LONDON"),
    ],
)
def test_a_section_label_before_a_colon_is_no_dateline(paragraph: str, rest: str, place: str | None) -> None:
    # The same label with a colon: no place of its own; a dateline after it is still read.
    assert take_dateline(paragraph)[:2] == (rest, place)
    item = _page([paragraph, EN_MORE, f"{EN_MORE} It cost less than planned."]).to_item()
    assert item.dateline == place
    assert (item.body or "").startswith(rest[:40])


def test_a_section_label_in_bold_is_taken_off_the_body() -> None:
    item = _page([f"MIGRATION – {EN}", EN_MORE, f"{EN_MORE} It cost less than planned."], "MIGRATION –").to_item()
    assert item.dateline is None
    assert (item.body or "").startswith(EN[:40])


def test_a_dateline_after_a_section_label_is_still_read() -> None:
    assert take_dateline(f"WORLD — LONDON — {EN}") == (EN, "LONDON", None)


@pytest.mark.parametrize(
    ("paragraph", "place"), [(f"LONDON — {EN}", "LONDON"), (f"Jakarta - {ID}", "Jakarta"), (f"ROME – {EN}", "ROME")]
)
def test_a_place_before_a_dash_is_still_a_dateline(paragraph: str, place: str) -> None:
    assert take_dateline(paragraph)[1] == place
    assert _page([paragraph, EN_MORE, f"{EN_MORE} It cost less than planned."]).to_item().dateline == place


@pytest.mark.parametrize(
    ("paragraph", "place", "credit"),
    [
        (f"NATION | PORTLAND, Ore. (AP) — {EN}", "PORTLAND, Ore.", "(AP) —"),
        (f"Business: OSLO — {EN}", "OSLO", None),
        (f"World News | NAIROBI, Kenya (Reuters) - {EN}", "NAIROBI, Kenya", "(Reuters) -"),
        (f"Exclusive: BRUSSELS — {EN}", "BRUSSELS", None),
    ],
)
def test_a_section_label_before_a_bar_or_colon_gives_the_dateline_after_it(
    paragraph: str, place: str, credit: str | None
) -> None:
    # A desk's name and a bar or colon before the dateline: no dateline itself; the dateline after
    # it is the page's, and both come off the first paragraph.
    assert take_dateline(paragraph) == (EN, place, credit)
    item = _page([paragraph, EN_MORE, f"{EN_MORE} It cost less than planned."]).to_item()
    assert item.dateline == place
    assert (item.body or "").startswith(EN[:40])
    bold = _page([paragraph, EN_MORE, f"{EN_MORE} It cost less."], paragraph.split()[0]).to_item()
    assert bold.dateline == place


@pytest.mark.parametrize("paragraph", [f"Politics: {EN}", f"HEALTH | {EN}"])
def test_a_desks_name_before_a_bar_or_colon_with_no_dateline_after_it_is_a_kicker(paragraph: str) -> None:
    # As before a dash: no place, and taken off the story.
    assert take_dateline(paragraph) == (EN, None, None)


def test_a_kickers_word_before_a_colon_with_no_dateline_after_it_stays() -> None:
    assert take_dateline(f"Exclusive: {EN}") == (f"Exclusive: {EN}", None, None)


@pytest.mark.parametrize(
    ("paragraph", "rest", "place", "credit"),
    [
        (f"U.K. | CARDIFF (Reuters) - {EN}", EN, "CARDIFF", "(Reuters) -"),
        (f"Home & Away: LISBON (AFP) - {EN}", EN, "LISBON", "(AFP) -"),
        (f"Latin-America | LIMA, Peru (AP) — {EN}", EN, "LIMA, Peru", "(AP) —"),
        (f"Dispatches: ROME (AFP) - {EN}", EN, "ROME", "(AFP) -"),
        (f"Kabar Daerah: MEDAN (Antara) - {ID}", ID, "MEDAN", "(Antara) -"),
    ],
)
def test_any_short_label_before_a_dateline_in_capitals_with_an_agencys_credit_is_a_kicker(
    paragraph: str, rest: str, place: str, credit: str
) -> None:
    # A label of up to three words and a bar or colon, whatever its words ("U.K.", "Home & Away",
    # "Dispatches"), before a place in capitals and an agency's credit: the label is a kicker, the
    # dateline is read, both off the body; the label is no place.
    assert take_dateline(paragraph) == (rest, place, credit)
    more = ID_MORE if rest == ID else EN_MORE
    item = _page([paragraph, more, f"{more} It cost less than planned."]).to_item()
    assert item.dateline == place
    assert (item.body or "").startswith(rest[:40])


@pytest.mark.parametrize(
    "paragraph",
    [
        # no agency's credit, or the place not in capitals: the label is no kicker of a dateline
        f"Dispatches: ROME — {EN}",
        f"Dispatches: Rome (AFP) - {EN}",
        # a label of four words
        f"Notes From The Road: ROME (AFP) - {EN}",
    ],
)
def test_a_label_that_is_no_desks_name_needs_a_capital_dateline_and_an_agency_after_it(paragraph: str) -> None:
    assert take_dateline(paragraph)[1] not in ("ROME", "Rome")


@pytest.mark.parametrize("label", ["Sources", "Notes", "Photos", "Updates", "Editors", "SOURCES"])
def test_a_labels_plural_before_a_colon_is_no_dateline(label: str) -> None:
    paragraph = f"{label}: {EN}"
    assert take_dateline(paragraph, [EN_MORE]) == (paragraph, None, None)


@pytest.mark.parametrize("place", ["Athens", "Brussels", "Lagos", "Nicosia"])
def test_a_place_ending_in_s_before_a_colon_is_still_a_dateline(place: str) -> None:
    assert take_dateline(f"{place}: {EN}", [EN_MORE])[1] == place
