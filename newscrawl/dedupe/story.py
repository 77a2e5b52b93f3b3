"""Story records: one per wire story, summarising every copy linked to it.

A story record holds ``story_id``, ``representative`` (the url of its best copy:
the origin-language original when we have it, else the earliest complete copy),
``title`` and ``language`` of that copy, ``languages``, ``sites``, ``agencies``,
``first_seen`` / ``last_seen``, ``n_copies`` and ``copies`` (each: url, site, title,
language, published_at, match, score, agencies, origin, words).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from newscrawl.items import parse_iso

#: A copy with at least this share of the longest copy's words (same language) is complete.
COMPLETE_SHARE = 0.8


def copy_record(fp: dict[str, Any], match: str, score: float) -> dict[str, Any]:
    """The entry a copy gets in its story's ``copies`` list."""
    return {
        "url": fp["url"],
        "site": fp.get("site"),
        "title": fp.get("title"),
        "language": fp.get("language"),
        "published_at": fp.get("published_at"),
        "seen": fp.get("seen"),
        "match": match,
        "score": score,
        "agencies": fp.get("agencies") or [],
        "publisher": fp.get("publisher"),
        "origin": bool(fp.get("origin")),
        "origin_site": bool(fp.get("origin_site")),
        "words": fp.get("words", 0),
    }


def representative(copies: list[dict[str, Any]]) -> dict[str, Any]:
    """The copy that stands for the story.

    A copy from a site the registry calls an original publisher beats the rest; then an
    origin copy (one that credits no other publisher and links no original); among those,
    a copy in the language most such copies share, a complete copy before a truncated one,
    then the earliest.
    """
    origins = [c for c in copies if c.get("origin_site")] or [c for c in copies if c.get("origin")]
    origin_languages = Counter(c.get("language") or "" for c in origins)
    longest: dict[Any, int] = {}
    for c in copies:
        longest[c.get("language")] = max(longest.get(c.get("language"), 0), c.get("words") or 0)
    return min(copies, key=_rank(_origin_language(origin_languages), longest))


def _origin_language(counts: dict[str, int]) -> str | None:
    # Ties go to the alphabetically first language, so that the choice never depends on hashing.
    return max(sorted(counts), key=counts.__getitem__) if counts else None


def _rank(origin_language: str | None, longest: dict[Any, int]) -> Callable[[dict[str, Any]], tuple]:
    def rank(c: dict[str, Any]) -> tuple[int, int, int, int, str, str]:
        complete = (c.get("words") or 0) >= COMPLETE_SHARE * longest.get(c.get("language"), 0)
        return (
            0 if c.get("origin_site") else 1,
            0 if c.get("origin") else 1,
            0 if origin_language is None or (c.get("language") or "") == origin_language else 1,
            0 if complete else 1,
            c.get("published_at") or c.get("seen") or "",
            c["url"],
        )

    return rank


def summarize(story_id: str, copies: list[dict[str, Any]]) -> dict[str, Any]:
    """The story record (without ``copies``) for the given copies."""
    best = representative(copies)
    times = [c.get("published_at") or c.get("seen") for c in copies if c.get("published_at") or c.get("seen")]
    return {
        "story_id": story_id,
        "representative": best["url"],
        "title": best.get("title"),
        "language": best.get("language"),
        "languages": sorted({c["language"] for c in copies if c.get("language")}),
        "sites": sorted({c["site"] for c in copies if c.get("site")}),
        "agencies": sorted({a for c in copies for a in c.get("agencies") or []}),
        "first_seen": min(times) if times else None,
        "last_seen": max(times) if times else None,
        "n_copies": len(copies),
    }


# -- the same record, kept up copy by copy --------------------------------------------------
#
# A story's summary state (JSON, kept by the store beside the record) holds what ``summarize``
# reads of all its copies: counts, the sets, the time span, each language's longest copy, the
# origin copies' languages, and the copies that may yet stand for the story. A copy C never
# does while a copy D of its class (the same publisher and origin flags and language) has at
# least its words and an earlier (time, url): whatever the longest copy and the origin
# language become, D ranks before C. So the record from the state is ``summarize``'s.

#: The copy fields the state keeps of a copy that may stand for the story.
_CANDIDATE_FIELDS = ("url", "title", "language", "words", "origin", "origin_site", "published_at", "seen")


def summary_state(copies: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary state of a story with ``copies`` (``add_copy`` of each in turn)."""
    state: dict[str, Any] = {
        "n": 0,
        "languages": [],
        "sites": [],
        "agencies": [],
        "first": None,
        "last": None,
        "longest": [],
        "origin_site_languages": {},
        "origin_languages": {},
        "kinds": {},
        "candidates": [],
    }
    for copy in copies:
        add_copy(state, copy)
    return state


def add_copy(state: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
    """Add one copy (not in it yet) to a summary state, in place; returns the state."""
    state["n"] += 1
    for name, values in (
        ("languages", [copy["language"]] if copy.get("language") else []),
        ("sites", [copy["site"]] if copy.get("site") else []),
        ("agencies", copy.get("agencies") or []),
    ):
        if any(v not in state[name] for v in values):
            state[name] = sorted({*state[name], *values})
    when = copy.get("published_at") or copy.get("seen")
    if when:
        state["first"] = when if state["first"] is None else min(state["first"], when)
        state["last"] = when if state["last"] is None else max(state["last"], when)
    language, words = copy.get("language"), copy.get("words") or 0
    longest = state["longest"]  # [language, words] pairs: a language may be None
    held = next((pair for pair in longest if pair[0] == language), None)
    if held is None:
        longest.append([language, words])
    elif words > held[1]:
        held[1] = words
    for flag, name in (("origin_site", "origin_site_languages"), ("origin", "origin_languages")):
        if copy.get(flag):
            key = copy.get("language") or ""
            state[name][key] = state[name].get(key, 0) + 1
    kind = str(copy.get("match"))
    state["kinds"][kind] = state["kinds"].get(kind, 0) + 1
    mine = {name: copy.get(name) for name in _CANDIDATE_FIELDS}
    rest = []
    for other in state["candidates"]:
        if _same_class(other, mine):
            if _beats(other, mine):
                return state  # ``other`` ranks before it whatever comes: it never stands for the story
            if _beats(mine, other):
                continue
        rest.append(other)
    state["candidates"] = [*rest, mine]
    return state


def summary_of(story_id: str, state: dict[str, Any]) -> dict[str, Any]:
    """The story record (``summarize``'s) of a summary state."""
    origins = state["origin_site_languages"] or state["origin_languages"]
    longest = {language: words for language, words in state["longest"]}
    best = min(state["candidates"], key=_rank(_origin_language(origins), longest))
    return {
        "story_id": story_id,
        "representative": best["url"],
        "title": best.get("title"),
        "language": best.get("language"),
        "languages": list(state["languages"]),
        "sites": list(state["sites"]),
        "agencies": list(state["agencies"]),
        "first_seen": state["first"],
        "last_seen": state["last"],
        "n_copies": state["n"],
    }


def _same_class(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        bool(a.get("origin_site")) == bool(b.get("origin_site"))
        and bool(a.get("origin")) == bool(b.get("origin"))
        and a.get("language") == b.get("language")
    )


def _beats(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether copy ``a`` ranks before ``b`` of its class however the story grows."""
    return (a.get("words") or 0) >= (b.get("words") or 0) and (
        a.get("published_at") or a.get("seen") or "",
        a["url"],
    ) < (b.get("published_at") or b.get("seen") or "", b["url"])


#: ``summarize`` as the store may keep it up copy by copy (``Store.link_copy``).
summarize.state = summary_state  # type: ignore[attr-defined]
summarize.add = add_copy  # type: ignore[attr-defined]
summarize.record = summary_of  # type: ignore[attr-defined]


def precedes_story(fp: dict[str, Any], story: dict[str, Any] | None) -> bool:
    """Whether the article ``fp`` was published (``seen``) before every copy of ``story``.

    Asked of the story whose text claim an article holds an exact copy of (a mirror's copy
    published a week later came first and began it; other late copies joined it): that text
    is then as old as the article, and in publication order the article would have come
    first, been matched on its own, and taken the story's later copies with it (see
    ``DedupeEngine._best_match``). Compared by the time, not the day: a digest page's copy
    published hours after the story its first copy joined did not come first. Strictly: a
    copy of the same moment is not later. An article dated by its day alone (``_day_only``:
    a date with no time, stored as its midnight) precedes only copies of a later day. A
    copy of unknown time, or an article of unknown time, is taken for older."""
    mine = _moment(fp.get("seen"))
    copies = (story or {}).get("copies") or ()
    if mine is None or not copies:
        return False
    if fp.get("_day_only"):
        mine += timedelta(days=1)  # any time of its day: only the next day is surely later
    for copy in copies:
        theirs = _moment(copy.get("seen") or copy.get("published_at"))
        if theirs is None or theirs < mine or (theirs == mine and not fp.get("_day_only")):
            return False
    return True


def day_only(value: Any) -> bool:
    """Whether a publication time as given is a day alone: a date without a time ("2024-03-01"),
    or midnight in the offset it is written in (how a day with no time is stored; midnight
    UTC is a day, not an instant). A local midnight already turned to UTC elsewhere
    ("2024-02-29T17:00:00+00:00" for Jakarta) reads as a time: the offset is gone. The guess
    for an article without ``published_precision`` (stored before it; the engine reads that first)."""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value)) if value else None
    except (TypeError, ValueError):
        return False
    return moment is not None and (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)


def _moment(value: Any) -> datetime | None:
    try:
        return parse_iso(value)
    except (TypeError, ValueError):
        return None
