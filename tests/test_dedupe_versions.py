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
    assert summary["fingerprints"] == {"refingerprinted": 1, "stale": 1} and summary["stories"] == 1
    (line,) = err.splitlines()
    assert line.startswith("newscrawl: 1 fingerprints of another version")


#: What fingerprint version 1 makes of the English fixture (fields as stored, then the signature).
VERSION_DIGEST = "085d5c0a686b6db6"


def test_a_change_to_fingerprints_comes_with_a_new_version():
    # When this fails, fingerprints changed: stores hold rows a lookup would misread. Raise
    # FINGERPRINT_VERSION (features.py) and record the new digest here, with the version.
    fields, sig = to_record(fingerprint(EN))
    digest = hashlib.sha256(json.dumps(fields, sort_keys=True).encode() + sig).hexdigest()[:16]
    assert (FINGERPRINT_VERSION, digest) == (1, VERSION_DIGEST)
