"""numba's compiled loops, loaded once a process, checked against numpy before use.

MinHash (``dedupe.minhash``) and the key runs' lookup (``store.keyruns``) each keep plain-loop
versions of numpy steps for numba (pinned in requirements.txt; docs/dedupe.md weighs its
cost). Both load them the same way: not at all with ``NEWSCRAWL_NUMBA=0`` or without numba;
compiled or loaded from numba's cache (``cache=True``; ``nogil``); then a probe that raises
unless they give numpy's output. A broken install costs the speed, never a value: any failure
is logged once and the caller keeps numpy.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any


def compile_checked(
    functions: tuple[Callable[..., Any], ...],
    probe: Callable[[tuple[Callable[..., Any], ...]], None],
    logger: logging.Logger,
    fallback: str,
) -> tuple[Callable[..., Any], ...] | None:
    """``functions`` compiled by numba, once ``probe`` (which raises when a compiled one
    differs from numpy) passed; None with ``NEWSCRAWL_NUMBA=0``, without numba, or when
    compiling or the probe fails (logged as a warning: ``fallback`` names what runs instead)."""
    if os.environ.get("NEWSCRAWL_NUMBA", "1") == "0":
        return None
    try:
        import numba
    except ImportError:
        return None
    try:
        compiled = tuple(numba.njit(cache=True, nogil=True)(function) for function in functions)
        probe(compiled)
    except Exception as exc:  # a broken install must cost the speed, never a value
        logger.warning("%s: numba's kernels failed (%s: %s)", fallback, type(exc).__name__, exc)
        return None
    return compiled
