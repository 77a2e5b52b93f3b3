"""benchmarks/fingerprint_check.py's --speed-against compares the fields both trees make."""

from __future__ import annotations

import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_field_new_since_the_base_is_left_out_of_the_check(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    check = importlib.import_module("fingerprint_check")
    base = {"ref": "a.example/1", "sig": b"\x01", "hedged": []}
    assert check.shared_fields_equal(base, dict(base, asides=["#3"])) == (True, {"asides"})
    assert check.shared_fields_equal(dict(base, hedged=[["#5", 5.0]]), dict(base, asides=[])) == (False, {"asides"})
    assert check.shared_fields_equal(base, dict(base)) == (True, set())


def test_a_field_of_the_base_this_tree_lacks_fails_the_check(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    check = importlib.import_module("fingerprint_check")
    base = {"ref": "a.example/1", "sig": b"\x01", "hedged": []}
    assert check.shared_fields_equal(dict(base, asides=[]), base) == (False, {"asides"})
