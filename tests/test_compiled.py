"""The one loader of numba's loops that MinHash and the key runs' lookup share."""

from __future__ import annotations

import logging

import pytest

from newscrawl import compiled
from newscrawl.dedupe import minhash
from newscrawl.store import keyruns


def _twice(x):
    return x * 2


def test_off_by_environment_without_trying(monkeypatch):
    monkeypatch.setenv("NEWSCRAWL_NUMBA", "0")
    probed = []
    assert compiled.compile_checked((_twice,), probed.append, logging.getLogger("t"), "numpy") is None
    assert probed == []


def test_a_probe_that_fails_keeps_numpy_and_says_so(monkeypatch, caplog):
    pytest.importorskip("numba")
    monkeypatch.delenv("NEWSCRAWL_NUMBA", raising=False)

    def probe(loops):
        if loops[0](3) != 7:
            raise ValueError("compiled values differ from numpy's")

    with caplog.at_level(logging.WARNING):
        assert compiled.compile_checked((_twice,), probe, logging.getLogger("t"), "Doubling with numpy") is None
    assert "Doubling with numpy: numba's kernels failed (ValueError: compiled values differ" in caplog.text


def test_a_probe_that_passes_gives_the_compiled_loops(monkeypatch):
    pytest.importorskip("numba")
    monkeypatch.delenv("NEWSCRAWL_NUMBA", raising=False)
    seen = []
    loops = compiled.compile_checked((_twice,), seen.append, logging.getLogger("t"), "numpy")
    assert loops is not None and loops[0](21) == 42 and seen == [loops]


def test_minhash_and_the_key_runs_load_through_it(monkeypatch):
    calls = []

    def fake(functions, probe, logger, fallback):
        calls.append([f.__name__ for f in functions])
        return None

    monkeypatch.setattr(minhash, "compile_checked", fake)
    monkeypatch.setattr(keyruns, "compile_checked", fake)
    monkeypatch.setattr(minhash, "_kernel_tried", False)
    monkeypatch.setattr(keyruns, "_loops_tried", False)
    monkeypatch.setattr(minhash, "_kernel", None)
    monkeypatch.setattr(keyruns, "_loops", None)
    assert minhash._compiled() is None and keyruns.load_compiled() is None
    assert calls == [["_text_minhash_loops"], ["_candidate_loops", "_pair_loops"]]
    assert minhash._compiled() is None and len(calls) == 2  # once a process
