"""Dedupe verdicts that must not depend on the order in which the crawl meets the copies.

Fixtures written for these tests: a ferry story in English, its Indonesian translation, and
another agency's Indonesian report of the same event (a rival: same names, same day).
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import DedupeEngine, compare, fingerprint
from newscrawl.dedupe.story import precedes_story
from newscrawl.store.sqlite import SQLiteStore

FERRY_EN = """Merak: A ferry carrying 312 passengers ran aground off Merak port in Banten on Friday, and all on board were taken off safely, the transport ministry said.

The KMP Nusa Jaya struck a sandbank at 05.40 local time about 2 kilometres from the harbour, spokesman Adita Irawati told reporters.

Coast guard boats and 14 fishing vessels ferried the passengers to shore within three hours, Irawati said.

Harbourmaster Budi Santoso said the ship had left Merak for Bakauheni in Lampung with 87 vehicles on board.

Santoso said the captain had reported engine trouble shortly before the ferry drifted onto the sandbank.

The ministry said crossings between Merak and Bakauheni would run as normal, with 28 other ferries on the route."""

FERRY_ID = """Merak: Sebuah kapal feri yang membawa 312 penumpang kandas di lepas pelabuhan Merak di Banten pada hari Jumat, dan semua penumpang berhasil dievakuasi dengan selamat, kata Kementerian Perhubungan.

KMP Nusa Jaya menabrak gundukan pasir pada pukul 05.40 waktu setempat sekitar 2 kilometer dari pelabuhan, kata juru bicara Adita Irawati kepada wartawan.

Kapal penjaga pantai dan 14 kapal nelayan mengangkut para penumpang ke darat dalam waktu tiga jam, kata Irawati.

Syahbandar Budi Santoso mengatakan kapal itu berangkat dari Merak menuju Bakauheni di Lampung dengan 87 kendaraan di dalamnya.

Santoso mengatakan nakhoda sempat melaporkan gangguan mesin sesaat sebelum feri itu hanyut ke gundukan pasir.

Kementerian mengatakan penyeberangan antara Merak dan Bakauheni berjalan normal, dengan 28 feri lain di lintasan itu."""

# Another agency's own report of the event: the same ship, port and people, its own facts.
FERRY_RIVAL_ID = """Bakauheni: Keluarga penumpang KMP Nusa Jaya menunggu berjam-jam di pelabuhan Bakauheni di Lampung pada hari Jumat setelah kapal itu kandas di dekat Merak.

Sebanyak 40 keluarga berkumpul di ruang tunggu sejak pagi, kata petugas pelabuhan Rudi Hartono.

Hartono mengatakan operator kapal menyediakan makanan dan minuman bagi 120 kerabat yang menunggu.

Juru bicara Adita Irawati mengatakan Kementerian Perhubungan akan memeriksa nakhoda kapal itu pekan depan.

Seorang penumpang, Sri Wahyuni, mengatakan kepada 6 wartawan bahwa ia tiba di Bakauheni dengan kapal lain sembilan jam kemudian."""


def article(url: str, body: str, language: str, day: str, hour: int = 9) -> dict:
    return {
        "url": url,
        "site": url.split("/")[2],
        "title": body.split(":", 1)[1].split(",")[0].strip()[:80],
        "body": body,
        "language": language,
        "published_at": f"{day}T{hour:02d}:00:00+00:00",
    }


ORIGINAL = article("https://wire.example/ferry", FERRY_EN, "en", "2024-03-01", 6)
MIRROR = article("https://mirror.example/ferry", FERRY_EN, "en", "2024-03-01", 11)
TRANSLATION = article("https://berita.example/feri", FERRY_ID, "id", "2024-03-01", 12)
WEEK_LATER = article("https://kabar.example/feri", FERRY_ID, "id", "2024-03-08", 9)  # its copy a week on
WEEK_LATER_CUT = article(  # a mirror's copy a week on, cut to its first 3 paragraphs
    "https://ringkas.example/feri", "\n\n".join(FERRY_ID.split("\n\n")[:3]), "id", "2024-03-08", 10
)
RIVAL = article("https://warta.example/keluarga", FERRY_RIVAL_ID, "id", "2024-03-01", 13)
RIVAL_WEEK_LATER = article("https://ulang.example/keluarga", FERRY_RIVAL_ID, "id", "2024-03-08", 10)


def _stories(tmp_path, docs: list[dict]) -> dict[str, str]:
    """url -> the story each article ended in, the articles processed in the order given."""
    store = SQLiteStore(str(tmp_path / f"s{abs(hash(tuple(d['url'] for d in docs)))}.sqlite"))
    try:
        engine = DedupeEngine(store)
        verdicts = {d["url"]: engine.process(d) for d in docs}
        return {url: store.resolve_story(v.story_id) for url, v in verdicts.items()}
    finally:
        store.close()


def test_the_fixtures_match_as_the_tests_need():
    original, translation = fingerprint(ORIGINAL), fingerprint(TRANSLATION)
    assert compare(translation, original).kind == "translation"
    assert compare(fingerprint(WEEK_LATER), original) is None  # a week apart, no credit: the window
    assert compare(fingerprint(WEEK_LATER_CUT), original) is None
    assert compare(translation, fingerprint(WEEK_LATER_CUT)).kind == "near"
    assert compare(fingerprint(RIVAL), original) is None
    assert compare(fingerprint(RIVAL), translation) is None


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_a_translation_and_its_copy_a_week_later_join_the_story_in_any_order(tmp_path, order):
    docs = [ORIGINAL, MIRROR, TRANSLATION, WEEK_LATER]
    stories = _stories(tmp_path, [docs[k] for k in order])
    assert len(set(stories.values())) == 1, order


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_a_rival_report_and_its_copy_a_week_later_stay_apart_in_any_order(tmp_path, order):
    docs = [ORIGINAL, TRANSLATION, RIVAL, RIVAL_WEEK_LATER]
    stories = _stories(tmp_path, [docs[k] for k in order])
    assert stories[ORIGINAL["url"]] == stories[TRANSLATION["url"]]
    assert stories[RIVAL["url"]] == stories[RIVAL_WEEK_LATER["url"]] != stories[ORIGINAL["url"]]


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_a_translation_and_its_cut_copy_a_week_later_join_the_story_in_any_order(tmp_path, order):
    # The cut copy a week later is no exact copy: the translation on the day is near to it.
    docs = [ORIGINAL, MIRROR, TRANSLATION, WEEK_LATER_CUT]
    stories = _stories(tmp_path, [docs[k] for k in order])
    assert len(set(stories.values())) == 1, order


def test_a_later_copy_of_the_text_carries_no_fold(tmp_path):
    # The week-later copy arrives, then the original, then ANOTHER copy a week later: that
    # copy is not the text's earliest (the text is a week late for the original's window), so
    # its story stays apart, as in publication order the earliest copy would have left it.
    later = dict(WEEK_LATER, url="https://lagi.example/feri", published_at="2024-03-09T09:00:00+00:00")
    stories = _stories(tmp_path, [WEEK_LATER, ORIGINAL, later])
    assert stories[WEEK_LATER["url"]] == stories[later["url"]] != stories[ORIGINAL["url"]]


def test_precedes_story_compares_times():
    fp = {"seen": "2024-03-01T12:00:00+00:00"}
    story = {"copies": [{"seen": "2024-03-08T09:00:00+00:00"}, {"seen": "2024-03-01T12:00:00+00:00"}]}
    assert not precedes_story(fp, story)  # strictly: a copy of the same moment is not later
    earlier = {"seen": "2024-03-01T11:59:59+00:00"}
    assert precedes_story(earlier, story)
    assert not precedes_story({"seen": "2024-03-01T12:00:01+00:00"}, story)  # hours count, not days
    assert precedes_story({"seen": "2024-03-01T18:59:59+07:00"}, story)  # the same moment elsewhere
    # A day alone (stored as its midnight) precedes only copies of a later day.
    day = {"seen": "2024-03-01T00:00:00+00:00", "_day_only": True}
    assert not precedes_story(day, story)
    assert precedes_story(day, {"copies": [{"seen": "2024-03-02T00:00:00+00:00"}]})
    assert precedes_story(dict(day, _day_only=False), story)
    assert not precedes_story(fp, {"copies": [{"seen": None}]})  # a copy of unknown time
    assert not precedes_story(fp, {"copies": [{"seen": "not a date"}]})
    assert not precedes_story({"seen": None}, story)
    assert not precedes_story(fp, None) and not precedes_story(fp, {"copies": []})


def _scripted(monkeypatch, verdicts: dict[frozenset, tuple[str, float] | None]) -> None:
    """compare() as scripted for the pairs of urls given (both ways), real for the rest."""
    import newscrawl.dedupe.engine as engine_module

    real = engine_module.compare

    def scripted(a, b, **kwargs):
        pair = frozenset((a["url"], b["url"]))
        if pair in verdicts:
            found = verdicts[pair]
            return engine_module.Evidence(*found) if found else None
        return real(a, b, **kwargs)

    monkeypatch.setattr(engine_module, "compare", scripted)


def _malay_cut(day: str, hour: int) -> dict:
    return article("https://warta.example/feri-ms", "\n\n".join(FERRY_ID.split("\n\n")[:2]), "ms", day, hour)


def test_a_later_story_joins_an_article_it_matches_best_in_any_order(tmp_path, monkeypatch):
    # A Malay copy cut short matches only the Indonesian translation (scripted), published
    # after it. Crawled before it, it begins a story; the translation then folds it in: in
    # publication order the cut came second and joined the translation.
    cut = _malay_cut("2024-03-01", 18)
    _scripted(
        monkeypatch,
        {
            frozenset((cut["url"], ORIGINAL["url"])): None,
            frozenset((cut["url"], TRANSLATION["url"])): ("translation", 0.85),
        },
    )
    for order in itertools.permutations([ORIGINAL, TRANSLATION, cut]):
        stories = _stories(tmp_path, list(order))
        assert len(set(stories.values())) == 1, [d["url"] for d in order]


def test_a_story_older_than_the_article_is_not_taken(tmp_path, monkeypatch):
    # The same cut published before the translation: in publication order it came first and
    # stayed apart (it matches nothing stored then), so the translation does not take it.
    cut = _malay_cut("2024-03-01", 7)
    _scripted(
        monkeypatch,
        {
            frozenset((cut["url"], ORIGINAL["url"])): None,
            frozenset((cut["url"], TRANSLATION["url"])): ("translation", 0.85),
        },
    )
    stories = _stories(tmp_path, [ORIGINAL, cut, TRANSLATION])
    assert stories[TRANSLATION["url"]] == stories[ORIGINAL["url"]] != stories[cut["url"]]


def test_a_later_story_whose_copy_matches_another_story_better_is_not_taken(tmp_path, monkeypatch):
    # The cut matches the rival report (published before it) better than the translation:
    # in publication order it would have joined the rival's story, so it is not taken.
    cut = _malay_cut("2024-03-01", 18)
    _scripted(
        monkeypatch,
        {
            frozenset((cut["url"], ORIGINAL["url"])): None,
            frozenset((cut["url"], TRANSLATION["url"])): ("translation", 0.85),
            frozenset((cut["url"], RIVAL["url"])): ("translation", 0.9),
            frozenset((RIVAL["url"], TRANSLATION["url"])): None,
            frozenset((RIVAL["url"], ORIGINAL["url"])): None,
        },
    )
    # The rival is crawled after the cut and joins its story... unless the cut is its best:
    # crawl the rival first, then the original, the cut, the translation.
    stories = _stories(tmp_path, [RIVAL, ORIGINAL, cut, TRANSLATION])
    assert stories[cut["url"]] == stories[RIVAL["url"]] != stories[TRANSLATION["url"]]
    assert stories[TRANSLATION["url"]] == stories[ORIGINAL["url"]]


def test_a_later_story_contradicted_in_its_own_language_is_not_taken(tmp_path, monkeypatch):
    # An English report published after the translation reads as a translation of it
    # (scripted) but, compared text to text with the English original, as another story: in
    # publication order its translation verdict is dropped (the rival rule), and so it is
    # when it comes first. (When the translation comes before the original and the report
    # joins it, the original is the one kept apart: the rival rule's own order limit.)
    other = article("https://other.example/ferry", FERRY_EN.replace("Merak:", "Banten:"), "en", "2024-03-01", 18)
    _scripted(
        monkeypatch,
        {
            frozenset((other["url"], ORIGINAL["url"])): None,
            frozenset((other["url"], MIRROR["url"])): None,
            frozenset((other["url"], TRANSLATION["url"])): ("translation", 0.85),
        },
    )
    for order in ([ORIGINAL, TRANSLATION, other], [ORIGINAL, other, TRANSLATION], [other, ORIGINAL, TRANSLATION]):
        stories = _stories(tmp_path, order)
        assert stories[TRANSLATION["url"]] == stories[ORIGINAL["url"]] != stories[other["url"]], [
            d["url"] for d in order
        ]


#: A wire report (miles), a rival agency's own report of the typhoon (km, its own quote and
#: figures) and the wire's Indonesian translation (km): the rival takes the translation by a
#: thin verdict when it comes first (R28, probe G4).
TYPHOON_WIRE = (
    "MANILA, Nov 4 (Wire) - Typhoon Kalmaegi slammed into Isabela province in the northern Philippines on Tuesday"
    " with winds of 115 miles per hour, forcing 1.2 million people from their homes, officials said.\n\n"
    "The storm's rain bands stretched 1,100 miles across, the weather agency PAGASA said, and waves of up to"
    " 30 feet hit the coast.\n\n"
    "At least 6 people were killed in Cagayan, disaster officials said.\n\n"
    "Schools and offices were shut across Luzon."
)
TYPHOON_RIVAL = (
    "Super Typhoon Kalmaegi made landfall in Palanan, Isabela, late on Monday packing sustained winds of 185"
    " kilometres per hour, PAGASA said in its 5 a.m. bulletin on Tuesday.\n\n"
    "About 1.2 million people had been moved to evacuation centres in Luzon, Civil Defense chief Ariel"
    " Nepomuceno told reporters.\n\n"
    "The storm's diameter of 1,770 kilometres covered most of the country, and storm surges of up to 9 metres"
    " were possible, PAGASA warned.\n\n"
    "Six deaths were reported in Cagayan and Apayao."
)
TYPHOON_ID = (
    "MANILA - Topan Kalmaegi menghantam provinsi Isabela di Filipina utara pada Selasa dengan angin berkecepatan"
    " 185 km per jam, memaksa 1,2 juta orang meninggalkan rumah, kata pejabat.\n\n"
    "Pita hujan badai membentang 1.770 km, kata badan cuaca PAGASA, dan gelombang hingga 9 meter menghantam pantai.\n\n"
    "Sedikitnya 6 orang tewas di Cagayan, kata pejabat penanggulangan bencana.\n\n"
    "Sekolah dan kantor ditutup di seluruh Luzon."
)


def test_a_translation_beyond_doubt_does_not_grow_a_thin_wrong_merge(tmp_path):
    """In reverse order the rival joins the translation by a thin verdict; the wire then
    translates to it beyond doubt, and the rival (same language) calls the wire another story.
    A contradicting copy that holds its story so loosely is believed: the wire stays apart
    rather than join the rival's story (it did, a translation of 0.9 overrode any copy)."""
    from tests.dedupe_corpus import article as corpus_article
    from tests.test_dedupe_review import project_config, run_dedupe

    rows = []
    for id_, url, body, language, hour, title in (
        ("id", "https://mirror-id.example/topan", TYPHOON_ID, "id", 6, "Topan Kalmaegi hantam Filipina utara"),
        ("rival", "https://rival.example/kalmaegi", TYPHOON_RIVAL, "en", 4, "Super Typhoon Kalmaegi lands in Isabela"),
        ("wire", "https://wire.example/typhoon", TYPHOON_WIRE, "en", 3, "Typhoon Kalmaegi hits northern Philippines"),
    ):
        row = corpus_article(url, body, language, "2026-11-04", hour, title=title)
        row["id"] = id_
        rows.append(row)
    fps = {r["id"]: fingerprint(r) for r in rows}
    assert compare(fps["wire"], fps["rival"]) is None
    assert compare(fps["wire"], fps["id"]).score >= 0.9
    story = run_dedupe(rows, tmp_path, project_config())  # latest first, as crawled
    assert story["wire"] != story["rival"]
