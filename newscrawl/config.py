"""Typed reading of the project's Scrapy settings, validated where they are read.

A value that does not fit (``-s STORE_BATCH_SIZE=abc``, ``-s DEDUPE_WINDOW_DAYS=-1``,
``-s DEDUPE_MODE=bogus``) is a :class:`SettingError` whose message is one line naming
the setting, the value given and what it accepts; the commands print it and exit 2
before anything is fetched. Components read their settings through these functions
once, into a frozen config class (``DedupeSettings``, ``StoreSettings``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class SettingError(ValueError):
    """A setting whose value cannot be used; the message names it and what it accepts."""


def _raw(settings: Any, name: str, default: Any) -> Any:
    value = settings.get(name, default)
    return default if value is None else value


def _bad(name: str, value: Any, accepts: str) -> SettingError:
    return SettingError(f"{name} = {value!r}: expected {accepts}")


def get_int(settings: Any, name: str, default: int, *, minimum: int | None = None) -> int:
    """``settings[name]`` as a whole number (``"10"`` accepted), at least ``minimum``."""
    value = _raw(settings, name, default)
    accepts = "a whole number" + (f" >= {minimum}" if minimum is not None else "")
    if isinstance(value, bool):
        raise _bad(name, value, accepts)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise _bad(name, value, accepts) from None
    if isinstance(value, float) and number != value:
        raise _bad(name, value, accepts)
    if minimum is not None and number < minimum:
        raise _bad(name, value, accepts)
    return number


def get_float(settings: Any, name: str, default: float, *, minimum: float | None = None) -> float:
    """``settings[name]`` as a finite number (``"2.5"`` accepted), at least ``minimum``."""
    value = _raw(settings, name, default)
    accepts = "a number" + (f" >= {minimum:g}" if minimum is not None else "")
    if isinstance(value, bool):
        raise _bad(name, value, accepts)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise _bad(name, value, accepts) from None
    if number != number or number in (float("inf"), float("-inf")):  # nan, inf
        raise _bad(name, value, accepts)
    if minimum is not None and number < minimum:
        raise _bad(name, value, accepts)
    return number


def get_choice(settings: Any, name: str, default: str, choices: Iterable[str]) -> str:
    """``settings[name]`` lower-cased, one of ``choices``."""
    value = _raw(settings, name, default)
    options = tuple(choices)
    chosen = str(value).strip().lower()
    if chosen not in options:
        raise _bad(name, value, "one of " + ", ".join(options))
    return chosen


def get_bool(settings: Any, name: str, default: bool) -> bool:
    """``settings[name]`` as a switch: True/False, 1/0 (as Scrapy's ``getbool`` reads them)."""
    value = _raw(settings, name, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    raise _bad(name, value, "True or False (1 or 0)")


#: Settings that the spider, the middlewares and the run recorder read (each reads its own
#: with Scrapy's getters); checked here once so a bad value is one line before the crawl.
_NUMBERS: tuple[tuple[str, type, float, float], ...] = (
    # name, kind, default, minimum
    ("DISCOVERY_OVERLAP_HOURS", float, 24.0, 0),
    ("DISCOVERY_RETRY_RUNS", int, 5, 1),
    ("DISCOVERY_REST_PER_PAGE", int, 100, 1),
    ("RETRY_AFTER_MAX", float, 120.0, 0),
    ("RETRY_AFTER_TIMES", int, 3, 0),
    ("RETRY_AFTER_DEFAULT", float, 5.0, 0),
    ("STORE_CONNECT_TIMEOUT", float, 5.0, 0),
)
_SWITCHES: tuple[tuple[str, bool], ...] = (
    ("STORE_ENABLED", True),
    ("RUNS_ENABLED", True),
    ("NEWSCRAWL_BROWSER_ENABLED", True),
    ("DEDUPE_ENABLED", True),
)


def check_crawl_settings(settings: Any) -> None:
    """Raise :class:`SettingError` for the first of the crawl's own settings that does not fit."""
    for name, kind, default, minimum in _NUMBERS:
        if kind is int:
            get_int(settings, name, int(default), minimum=int(minimum))
        else:
            get_float(settings, name, default, minimum=minimum)
    for name, default in _SWITCHES:
        get_bool(settings, name, default)
