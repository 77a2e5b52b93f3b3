"""Fingerprint versions: every stored fingerprint records the version that made it; a lookup
meeting another version's says so once, and ``scrapy dedupe --rebuild`` makes older ones again
from the stored text (both backends)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter

import pytest

from newscrawl.commands.dedupe import rebuild
from newscrawl.dedupe import DedupeConfig, DedupeEngine, features, fingerprint
from newscrawl.dedupe.features import FINGERPRINT_VERSION, fingerprint_version, index_keys, mention_blob, to_record
from newscrawl.store.sqlite import SQLiteStore
from tests import dedupe_corpus
from tests.dedupe_corpus import KIM_EN, KIM_ID, article

EN = article("https://origin.example/kim", KIM_EN, "en", "2023-09-13", 8)
ID = article("https://mirror.example/kim", KIM_ID, "id", "2023-09-13", 10)
#: A copy of the original stored without its text (a light record of ``link`` mode, or dropped).
LIGHT = article("https://light.example/kim", KIM_EN, "en", "2023-09-13", 11)


@pytest.fixture(autouse=True)
def _report_again(monkeypatch):
    monkeypatch.setattr(features, "_REPORTED", set())


def _older(doc: dict, *, version: int | None = None, anchors: bool = True) -> tuple[dict, bytes, list[int]]:
    """``doc``'s fingerprint as another version stored it: no ``fv`` (before versions were
    recorded) or ``version``; ``anchors=False``: one that read no names or figures."""
    fp = fingerprint(doc)
    keys = index_keys(fp, DedupeConfig().window_days)
    fields, sig = to_record(fp)
    del fields["fv"]
    if version is not None:
        fields["fv"] = version
    if not anchors:
        fields.update(anchors=[], key_anchors=[], anchor_seq=mention_blob([]), asides=[], skeletons=[])
    return fields, sig, keys


def test_a_fingerprint_is_stored_and_read_with_its_version(store):
    fp = fingerprint(EN)
    assert fp["fv"] == FINGERPRINT_VERSION >= 1
    DedupeEngine(store).process(EN)
    stored, _ = store.get_fingerprint(fp["ref"])
    assert fingerprint_version(stored) == FINGERPRINT_VERSION
    assert fingerprint_version({"ref": "r"}) == 0  # stored before versions were recorded


def test_a_lookup_meeting_an_older_fingerprint_warns_once_naming_the_rebuild(store, caplog):
    fields, sig, keys = _older(EN)
    store.put_fingerprint(dict(fields, story_id="s-old"), sig, keys)
    engine = DedupeEngine(store)
    with caplog.at_level(logging.WARNING, logger="newscrawl.dedupe.features"):
        engine.process(ID)
        engine.process(LIGHT)
    (record,) = [r for r in caplog.records if r.name == "newscrawl.dedupe.features"]
    message = record.getMessage()
    assert "\n" not in message and "older version (0" in message and "`scrapy dedupe --rebuild`" in message


def test_a_lookup_meeting_a_newer_fingerprint_asks_for_an_upgrade(store, caplog):
    # Two processes of different versions share one store (MongoDB): the older one says so.
    fields, sig, keys = _older(EN, version=FINGERPRINT_VERSION + 1)
    store.put_fingerprint(dict(fields, story_id="s-new"), sig, keys)
    with caplog.at_level(logging.WARNING, logger="newscrawl.dedupe.features"):
        DedupeEngine(store).process(ID)
    (record,) = [r for r in caplog.records if r.name == "newscrawl.dedupe.features"]
    assert f"newer version ({FINGERPRINT_VERSION + 1}" in record.getMessage() and "upgrade" in record.getMessage()


def test_rebuild_makes_older_fingerprints_again_from_the_stored_text(store):
    # An older version's fingerprint of the English original read no names or figures: the
    # Indonesian translation is not found against it as it is. The rebuild makes it again from
    # the stored body; the light copy has no stored text and is matched as it is.
    store.upsert_articles([EN, ID])
    fields, sig, keys = _older(EN, anchors=False)
    store.put_fingerprint(fields, sig, keys)
    light, light_sig, light_keys = _older(LIGHT, version=0, anchors=False)
    store.put_fingerprint(light, light_sig, light_keys)
    versions: Counter[str] = Counter()
    counts, _ = rebuild(store, DedupeConfig(), versions)
    assert versions == {"refingerprinted": 1, "stale": 1}
    assert sum(counts.values()) == 3
    remade, _ = store.get_fingerprint(fields["ref"])
    assert fingerprint_version(remade) == FINGERPRINT_VERSION
    assert remade["anchors"] == fingerprint(EN)["anchors"] and remade["seen"] == fields["seen"]
    translated, _ = store.get_fingerprint(fingerprint(ID)["ref"])
    assert translated["match"] == "translation"
    assert store.resolve_story(translated["story_id"]) == store.resolve_story(remade["story_id"])
    assert fingerprint_version(store.get_fingerprint(light["ref"])[0]) == 0
    # Run again: nothing left to make again, the same stories (idempotent).
    again: Counter[str] = Counter()
    rebuild(store, DedupeConfig(), again)
    assert again == {"stale": 1}
    assert store.resolve_story(store.get_fingerprint(fingerprint(ID)["ref"])[0]["story_id"]) == store.resolve_story(
        store.get_fingerprint(fields["ref"])[0]["story_id"]
    )


def test_the_rebuild_command_counts_what_it_made_again(tmp_path, monkeypatch, capsys):
    from scrapy.settings import Settings

    from newscrawl.commands.dedupe import Command

    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        store.upsert_articles([EN, ID])
        fields, sig, keys = _older(EN, anchors=False)
        store.put_fingerprint(fields, sig, keys)
        light, light_sig, light_keys = _older(LIGHT, anchors=False)
        store.put_fingerprint(light, light_sig, light_keys)
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    command = Command()
    command.settings = Settings({"STORE_URI": f"sqlite:///{tmp_path}/s.sqlite"})
    assert command._rebuild(DedupeConfig()) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out.splitlines()[-1])
    assert summary["fingerprints"] == {"refingerprinted": 1, "stale": 1, "folded": 0} and summary["stories"] == 1
    (line,) = err.splitlines()
    assert line.startswith("newscrawl: 1 fingerprints of another version")


def test_the_rebuild_counts_the_row_of_a_folded_url_apart(tmp_path, monkeypatch, capsys):
    """R32: an older row whose URL now stores another article's text (its ``ref`` differs: the
    URL was folded into that article) is no copy without stored text: counted as ``folded``."""
    from scrapy.settings import Settings

    from newscrawl.commands.dedupe import Command

    with SQLiteStore(str(tmp_path / "s.sqlite")) as store:
        store.upsert_articles([EN])
        fields, sig, keys = _older(LIGHT, version=1)
        fields["url"] = EN["url"]  # the light copy's URL, folded into the original's article
        store.put_fingerprint(fields, sig, keys)
        versions: Counter[str] = Counter()
        rebuild(store, DedupeConfig(), versions)
        assert versions == {"folded": 1}
        store.put_fingerprint(fields, sig, keys)
    monkeypatch.delenv("NEWSCRAWL_STORE", raising=False)
    command = Command()
    command.settings = Settings({"STORE_URI": f"sqlite:///{tmp_path}/s.sqlite"})
    assert command._rebuild(DedupeConfig()) == 0
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[-1])["fingerprints"] == {"refingerprinted": 0, "stale": 0, "folded": 1}
    (line,) = err.splitlines()
    assert line.startswith("newscrawl: 1 fingerprints of another version") and "folded into another article" in line
    assert "not stored" not in line


#: The corpus articles the version test fingerprints (their language).
VERSION_CORPUS = (
    ("KIM_EN", "en"),
    ("KIM_ID", "id"),
    ("KIM_RIVAL", "en"),
    ("FLOOD_EN", "en"),
    ("FLOOD_ID", "id"),
    ("FLOOD_RIVAL", "en"),
    ("RATE_EN", "en"),
    ("RATE_ID", "id"),
    ("ORCHID_EN", "en"),
    ("ORCHID_ID", "id"),
    ("STRIKE_EN", "en"),
    ("STRIKE_ID", "id"),
    ("STRIKE_RIVAL_ID", "id"),
    ("FINAL_EN", "en"),
    ("FINAL_RIVAL_ID", "id"),
    ("EXPORTS_VANDORIA", "en"),
    ("EXPORTS_CORLATH", "en"),
    ("FEVER_BEDS_EN", "en"),
    ("FEVER_CASES_ID", "id"),
    ("FEVER_BEDS_ID", "id"),
    ("MARATHON_EN", "en"),
    ("MARATHON_FOLLOWUP_ID", "id"),
    ("MARATHON_FOLLOWUP2_ID", "id"),
    ("VINFAST_EN", "en"),
    ("VINFAST_CUT_ID", "id"),
    ("VINFAST_RIVAL_ID", "id"),
)
#: Short texts of the version test's corpus, written to reach every field a fingerprint reads
#: (asides, money, years, units, hedges, decimals, dates, quotes, follow calls, section calls).
VERSION_TEXTS = (
    (
        "en",
        "Jakarta: A column of ash rose nine kilometres (5.6 miles) into the sky on Tuesday, forcing displaced"
        " tenants (about 300 families) from their homes, while about 1,200 others stayed, officials said.\n\n"
        "Thailand agreed to buy 44.7 billion baht ($1.3 billion) of rice, a rise of 4.50% on the year, trade"
        " minister Jurin Laksanawisit said, after the finals of 2000, 2002 and 2016 to Indonesia.\n\n"
        '"We are ready to help every family here," said Governor Budi Santoso, who flew 35 km (22 miles) to the'
        " site at 5:30 a.m. (2230 GMT Monday).\n\n"
        "Join our WhatsApp channel for the latest updates.",
    ),
    (
        "id",
        "Jakarta: Kapal yang diasuransikan 4,5 juta dolar AS atau sekitar Rp 74 miliar kandas pada Rabu (19/11)"
        " pukul 21.00 WIB, dan satuan Brimob (400 personel) dikerahkan ke lokasi, kata Kapolda Irjen Budi Santoso.\n\n"
        "Kapal buatan 2009 itu pernah kandas pada 2001, 2005, dan 2019, serta suku bunga naik menjadi 6,25 persen, 40 mil laut dari pantai (7 batu nautika dari pelabuhan), tumbuh 5,0-5,5 persen.\n\n"
        "Jangan membuang sampah ke Kanal Banjir Timur dan sungai lainnya, kata Gubernur Jakarta Pramono Anung.\n\n"
        "Mari kita jaga kebersihan kanal dan saluran air di lingkungan kita, ujar Wali Kota Surabaya Eri Cahyadi.\n\n"
        "Simak berita maritim lainnya di kanal Nusantara.",
    ),
    (
        "id",
        "Surabaya: Abu vulkanik membubung sembilan kilometer (5,6 mil) ke udara pada Selasa, 12 Maret 2024, dan"
        " sedikitnya 37 orang tewas serta sekitar 1.250 warga mengungsi, kata juru bicara BNPB Abdul Muhari.\n\n"
        "Ikuti berita terkini kami di Google News.\n\n"
        "Warga menerima bantuan Rp 1,5 juta per keluarga, atau hampir 100 dolar AS, sejak tahun 2023.",
    ),
    (
        "en",
        "Thrissur (Kerala), Mar 12 (PTI) Eleven fishermen were rescued off Chettuva on Tuesday after their"
        " boat capsized, the coastal police said.\n\n"
        "All 11 were taken to a hospital in Thrissur, they said.",
    ),
)


#: What fingerprint version 9 makes of the corpus and the texts above (fields as stored, then
#: the signature, of each in turn). 1 (the English fixture alone): "085d5c0a686b6db6"; 2 (before
#: "40 mil laut", a nautical mile, and "5,0-5,5 persen", a range of rates, were added):
#: "9f5b7dcf8e5b8acd"; 3 (before "7 batu nautika", a Malay nautical mile): "9add5c9d19b724b3";
#: 4 (before ``text_agencies``, the text's own credits): "db5eaac5c3bfc81a"; 5 (before ``cited``, the
#: agencies a running text reports from, and "RM45mil" read as no miles): "bc524acf2c55542e"; 6 (before
#: ``spelled``, numbers written as words): "625ace52a01e8320"; 7 (before ``dateline``, the lead's
#: mentions in its dateline, the word after a dateline closing on a credit read as opening the
#: lead's sentence, and a word opening a sentence read as a name its title names): "a10fdbbb22ee6136";
#: 8 (before ``translator``, the text's credit to its translator): "5a46df6490e9c722"; 9 (before
#: ``name_runs`` and the translator read from the extracted credit): "f2d76bf73723bf23".
VERSION_DIGEST = "4ddb2650edcd0c3a"


def test_a_change_to_fingerprints_comes_with_a_new_version():
    # When this fails, fingerprints changed: stores hold rows a lookup would misread. Raise
    # FINGERPRINT_VERSION (features.py) and record the new digest here, with the version.
    docs = [
        article(f"https://corpus.example/{name.lower()}", getattr(dedupe_corpus, name), language, "2024-03-12")
        for name, language in VERSION_CORPUS
    ]
    docs += [
        article(f"https://own.example/{i}", body, language, "2024-03-12")
        for i, (language, body) in enumerate(VERSION_TEXTS)
    ]
    digest = hashlib.sha256()
    for doc in docs:
        fields, sig = to_record(fingerprint(doc))
        digest.update(json.dumps(fields, sort_keys=True).encode() + sig)
    assert (FINGERPRINT_VERSION, digest.hexdigest()[:16]) == (10, VERSION_DIGEST)
