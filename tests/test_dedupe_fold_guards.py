"""What the arrival-order folds must not do (review R10): fold a rival report in through a
translation verdict, or fold two unrelated stories through a digest page dated first.

Fixtures written for these tests (with those of test_dedupe_arrival.py): another agency's
Indonesian report of the ferry grounding, and an unrelated English wire story (a quake).
"""

from __future__ import annotations

import itertools
import os

import pytest

from newscrawl.dedupe import DedupeEngine, compare, fingerprint
from newscrawl.dedupe.engine import _fingerprint
from newscrawl.dedupe.story import day_only
from newscrawl.store.sqlite import SQLiteStore
from tests.test_dedupe_arrival import FERRY_EN, MIRROR, ORIGINAL, TRANSLATION, _scripted, article

# Another agency's own report: the harbourmaster's account, the same ship, people and figures.
RIVAL_BODY = """Merak: Syahbandar Merak Budi Santoso menyatakan nakhoda KMP Nusa Jaya tidak melaporkan cuaca buruk sebelum kapal dengan 312 penumpang itu kandas pada hari Jumat.

Menurut Santoso, kapal yang mengangkut 87 kendaraan itu seharusnya tiba di Bakauheni pukul 07.00, namun tertahan di gundukan pasir sejak 05.40.

Petugas kami segera mengirim 14 perahu nelayan, katanya, sambil menunggu kapal tunda dari Bakauheni yang baru tiba siang hari.

Juru bicara Adita Irawati menambahkan bahwa kementerian akan meminta keterangan operator kapal mengenai perawatan mesin.

Irawati mengatakan pemeriksaan kelaikan seluruh feri di lintasan Merak akan dilakukan bulan ini."""
RIVAL = article("https://kantor.example/syahbandar", RIVAL_BODY, "id", "2024-03-01", 13)

QUAKE_EN = """Padang: A magnitude 5.8 earthquake shook West Sumatra on Friday morning, damaging 23 houses in two districts, the disaster agency said.

The quake struck at 08.15 local time at a depth of 10 kilometres, 41 kilometres southwest of Pariaman, agency spokesman Abdul Muhari said.

Muhari said 6 people were treated for light injuries in Padang Pariaman and Agam districts.

Residents of Padang ran out of their houses and shops when the shaking began, witness Rina Marlina told reporters.

The meteorology agency said the quake did not have the potential to trigger a tsunami, and 9 aftershocks followed within two hours.

Schools in Pariaman were closed for the day while engineers checked 17 buildings, the local government said."""
QUAKE = article("https://wire.example/quake", QUAKE_EN, "en", "2024-03-01", 7)
QUAKE_MIRROR = article("https://mirror.example/quake", QUAKE_EN, "en", "2024-03-01", 10)


def _digest(published_at: str) -> dict:
    """A round-up page: the ferry story and the quake story, one under the other."""
    return {
        "url": "https://digest.example/today",
        "site": "digest.example",
        "title": "Today",
        "body": FERRY_EN + "\n\n" + QUAKE_EN,
        "language": "en",
        "published_at": published_at,
    }


def _stories(tmp_path, docs: list[dict], batch: bool = False) -> dict[str, str]:
    """url -> the story each article ended in, the articles processed in the order given."""
    store = SQLiteStore(str(tmp_path / f"s{os.urandom(6).hex()}.sqlite"))
    try:
        engine = DedupeEngine(store)
        verdicts = engine.process_batch(docs) if batch else [engine.process(d) for d in docs]
        return {d["url"]: store.resolve_story(v.story_id) for d, v in zip(docs, verdicts, strict=True)}
    finally:
        store.close()


@pytest.fixture
def rival_reads_as_a_translation(monkeypatch):
    # Names and figures alone: the English text and the rival read as translations (scripted,
    # as such pairs are elsewhere); the rival and the Indonesian translation, text to text,
    # are another story (the real verdict).
    _scripted(
        monkeypatch,
        {
            frozenset((ORIGINAL["url"], RIVAL["url"])): ("translation", 0.8),
            frozenset((MIRROR["url"], RIVAL["url"])): ("translation", 0.8),
        },
    )


def test_the_fixtures_match_as_the_tests_need():
    assert compare(fingerprint(RIVAL), fingerprint(TRANSLATION)) is None
    digest = fingerprint(_digest("2024-03-01"))
    assert compare(digest, fingerprint(ORIGINAL)).kind == "near"
    assert compare(digest, fingerprint(QUAKE)).kind == "near"
    assert compare(fingerprint(ORIGINAL), fingerprint(QUAKE)) is None


def test_publication_order_keeps_the_rival_apart(tmp_path, rival_reads_as_a_translation):
    stories = _stories(tmp_path, [ORIGINAL, MIRROR, TRANSLATION, RIVAL])
    assert len({stories[d["url"]] for d in (ORIGINAL, MIRROR, TRANSLATION)}) == 1
    assert stories[RIVAL["url"]] != stories[ORIGINAL["url"]]


# The mirror, the translation and the rival in every order where the translation comes before
# the rival or the mirror (so the rival's translation verdict is contradicted before it links
# the mirror): the rival stays apart. The original, oldest of all, crawled last, then joins
# the mirror's text (its claim) and must not fold the rival in through a translation verdict.
_ORDERS = [
    o
    for o in itertools.permutations([MIRROR, TRANSLATION, RIVAL])
    if o.index(TRANSLATION) < max(o.index(MIRROR), o.index(RIVAL))
]


@pytest.mark.parametrize("order", _ORDERS, ids=lambda o: "-".join(d["site"].split(".")[0] for d in o))
def test_the_oldest_article_crawled_last_folds_no_rival_in(tmp_path, rival_reads_as_a_translation, order):
    stories = _stories(tmp_path, [*order, ORIGINAL])
    assert stories[MIRROR["url"]] == stories[ORIGINAL["url"]] == stories[TRANSLATION["url"]]
    assert stories[RIVAL["url"]] != stories[ORIGINAL["url"]]


def test_the_oldest_article_crawled_last_folds_no_rival_in_a_batch(tmp_path, rival_reads_as_a_translation):
    stories = _stories(tmp_path, [MIRROR, TRANSLATION, RIVAL, ORIGINAL], batch=True)
    assert stories[RIVAL["url"]] != stories[ORIGINAL["url"]] == stories[TRANSLATION["url"]]


@pytest.mark.parametrize(
    ("published_at", "precision"),
    [
        ("2024-03-01", None),
        ("2024-03-01T03:00:00+00:00", None),
        ("2024-03-01T00:00:00+07:00", None),
        ("2024-02-29T17:00:00+00:00", "day"),  # Jakarta's 1 March as stored, its precision given
    ],
)
@pytest.mark.parametrize("batch", [False, True])
def test_a_digest_dated_first_and_crawled_last_folds_no_two_stories(tmp_path, published_at, precision, batch):
    # A date alone (stored as midnight) or a round-up dated when it was begun: the page is
    # older than every copy of both stories, and near to each.
    digest = dict(_digest(published_at), published_precision=precision)
    stories = _stories(tmp_path, [ORIGINAL, MIRROR, QUAKE, QUAKE_MIRROR, digest], batch=batch)
    assert stories[ORIGINAL["url"]] == stories[MIRROR["url"]]
    assert stories[QUAKE["url"]] == stories[QUAKE_MIRROR["url"]] != stories[ORIGINAL["url"]]
    assert stories[digest["url"]] in (stories[ORIGINAL["url"]], stories[QUAKE["url"]])


def test_day_only():
    assert day_only("2024-03-01") and day_only("2024-03-01T00:00:00+07:00") and day_only("2024-03-01T00:00:00Z")
    assert not day_only("2024-03-01T00:00:01+00:00") and not day_only("2024-02-29T17:00:00+00:00")
    assert not day_only(None) and not day_only("") and not day_only("not a date") and not day_only(12)


def test_a_day_alone_is_read_from_the_precision_when_the_article_gives_it():
    # Jakarta's 1 March as stored (UTC): midnight is gone, the precision says it is a day alone.
    stored = _digest("2024-02-29T17:00:00+00:00")
    assert not _fingerprint(stored)["_day_only"]  # an old record: guessed from the time
    assert _fingerprint(dict(stored, published_precision="day"))["_day_only"]
    # A real midnight with its time given is a time, not a day.
    midnight = _digest("2024-03-01T00:00:00+07:00")
    assert _fingerprint(midnight)["_day_only"]
    assert not _fingerprint(dict(midnight, published_precision="minute"))["_day_only"]
    assert not _fingerprint(dict(stored, published_at=None, published_precision="day"))["_day_only"]


def test_a_story_of_later_copies_with_a_later_translation_in_it_still_folds(tmp_path, monkeypatch):
    # The Indonesian translation's copy a week later and a Malay copy a week later that joined
    # it by a translation verdict (scripted), crawled first; then the original, its mirror,
    # and the translation on the day: in publication order all five are one story, and the
    # Malay copy (no copy of the story in Malay contradicts it) follows the translation.
    from tests.test_dedupe_arrival import WEEK_LATER

    malay = article(
        "https://berita-ms.example/feri", "\n\n".join(WEEK_LATER["body"].split("\n\n")[:4]), "ms", "2024-03-08", 10
    )
    verdicts = {frozenset((malay["url"], d["url"])): ("translation", 0.9) for d in (WEEK_LATER, TRANSLATION)}
    verdicts.update({frozenset((malay["url"], d["url"])): None for d in (ORIGINAL, MIRROR)})
    _scripted(monkeypatch, verdicts)
    stories = _stories(tmp_path, [WEEK_LATER, malay, ORIGINAL, MIRROR, TRANSLATION])
    assert len(set(stories.values())) == 1
