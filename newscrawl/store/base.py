"""The storage interface every backend implements, and its error types.

Documents crossing this interface are plain dicts shaped like
:func:`newscrawl.items.article_to_doc` (times as UTC ISO 8601 strings). Every write
is idempotent: writing the same document twice changes nothing the second time,
and two processes writing the same key end with one record.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import re
from abc import ABC, abstractmethod
from collections import UserList
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, TypeVar

from newscrawl.urls import url_key


class StoreError(Exception):
    """A store operation failed; the message is one line fit for a user."""


class StoreConfigError(StoreError):
    """The store URI or a STORE_* setting is wrong."""


class StoreUnavailable(StoreError):
    """The store cannot be reached (at open or mid-crawl)."""


T = TypeVar("T")


def mapping_errors(
    mapped: Callable[[Any, Exception], StoreError | None],
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A decorator for a backend's methods: an error ``mapped(store, exc)`` turns into a
    :class:`StoreError` (one line) is raised as that, any other as it was. A generator
    method is wrapped while it is iterated (it runs its queries after the call returns)."""

    def decorate(method: Callable[..., T]) -> Callable[..., T]:
        if inspect.isgeneratorfunction(method):

            @functools.wraps(method)
            def iterating(self: Any, *args: Any, **kwargs: Any) -> Any:
                try:
                    yield from method(self, *args, **kwargs)
                except Exception as exc:
                    error = mapped(self, exc)
                    if error is None:
                        raise
                    raise error from None

            return iterating  # type: ignore[return-value]

        @functools.wraps(method)
        def calling(self: Any, *args: Any, **kwargs: Any) -> T:
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:
                error = mapped(self, exc)
                if error is None:
                    raise
                raise error from None

        return calling

    return decorate


_SECRET_IN_URI = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@]+:)(?P<secret>[^@/]*)(?=@)", re.I)


def mask_uri(uri: str) -> str:
    """``uri`` with any password replaced by ``***``, for every log line and error."""
    return _SECRET_IN_URI.sub(lambda m: m.group("head") + "***", uri)


@dataclass(slots=True)
class WriteResult:
    """What one batch of article upserts did."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: WriteResult) -> WriteResult:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self


#: :func:`newscrawl.urls.url_key` for the URLs in hand: dedupe and the store key one
#: article's URL ~6 times (25 us each, a tenth of the SQL dedupe does per article).
cached_url_key = functools.lru_cache(maxsize=4096)(url_key)

#: Fields left out of the change check: re-fetching an unchanged page is no update, by
#: its own URL or through a redirect (the URLs redirected from are kept apart, as aliases).
VOLATILE_FIELDS = frozenset(
    {"fetched_at", "url_key", "canonical_key", "doc_hash", "_id", "redirected_from", "alias_keys"}
)


def doc_hash(doc: dict[str, Any]) -> str:
    """Hash of a document's stable fields, to tell an update from a re-fetch."""
    stable = {k: v for k, v in doc.items() if k not in VOLATILE_FIELDS}
    return hashlib.sha1(json.dumps(stable, sort_keys=True, default=str).encode()).hexdigest()


def prepare_article(doc: dict[str, Any]) -> dict[str, Any]:
    """Add the index keys (``url_key``, ``canonical_key``) and ``doc_hash`` to a doc."""
    if not doc.get("url"):
        raise StoreError("article without url cannot be stored")
    prepared = dict(doc)
    prepared["url_key"] = url_key(doc["url"])
    canonical = doc.get("canonical_url")
    prepared["canonical_key"] = url_key(canonical) if canonical else None
    own = {prepared["url_key"], prepared["canonical_key"]}
    prepared["alias_keys"] = sorted({url_key(u) for u in doc.get("redirected_from") or () if u} - own)
    prepared["doc_hash"] = doc_hash(doc)
    return prepared


# -- one article under two URLs at one site (a slug edited, the old URL a redirect) ----------

#: Fields an article takes from a row of it folded in: its place in its story.
_STORY_FIELDS = ("story_id", "match", "match_score")
#: Fields of the text: a kept row without a body (a light record) takes them from the row folded in.
_TEXT_FIELDS = ("body", "description", "content_hash", "word_count")
#: Fields of a story copy that say its place in the story, kept from the copy folded in.
_COPY_PLACE = ("match", "score", "seen")


def fold_targets(docs: Iterable[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """The articles of a written batch that may have another row at their site, by URL key,
    with the URL keys that redirected to each; the last written first."""
    targets: dict[str, frozenset[str]] = {}
    for doc in reversed(list(docs)):
        if not doc.get("url") or not doc.get("site"):
            continue
        key = cached_url_key(doc["url"])
        if key not in targets and (doc.get("content_hash") or doc.get("redirected_from")):
            targets[key] = frozenset(cached_url_key(u) for u in doc.get("redirected_from") or () if u) - {key}
    return targets


#: A stored row as :func:`fold_pairs` compares it: url key, site, content hash, published at, fetched at.
FoldRow = tuple[str, "str | None", "str | None", "str | None", "str | None"]


def fold_pairs(targets: dict[str, frozenset[str]], rows: Iterable[FoldRow]) -> list[tuple[str, str]]:
    """(folded, kept) URL-key pairs of stored rows that are one article at one site: a target
    and a row of its site that redirected to it (an edited slug) and agrees with it on the
    text or on the publication time (a redirect alone is not enough: a site sends a removed
    post's URL to another post, WordPress guesses a permalink), or a row that has its text and
    its publication time (an edited slug keeps the post's date; the same text alone is not
    enough: a paywall teaser or a site's boilerplate can be all a page gives). Of equal rows the one
    fetched last is kept (then the greater key): every process picks the same one, so two
    processes folding at once never fold each into the other."""
    rows = {row[0]: row for row in rows}
    by_text: dict[tuple[str | None, str, str], list[str]] = {}
    for key, site, text, published, _ in rows.values():
        if text and published:
            by_text.setdefault((site, text, published), []).append(key)
    pairs: dict[str, str] = {}
    for key, aliases in targets.items():
        if key not in rows or key in pairs:
            continue  # not stored, or folded into another already
        _, site, text, published, _ = rows[key]
        for other in sorted(aliases & rows.keys()):
            _, other_site, other_text, other_published, _ = rows[other]
            agree = (text and other_text == text) or (published and other_published == published)
            if other_site == site and agree and other not in pairs:
                pairs[other] = key
        for other in by_text.get((site, text, published), ()) if text and published else ():
            if other == key or other in pairs or key in pairs:
                continue
            keep = max((key, other), key=lambda k: (rows[k][4] or "", k))
            pairs[other if keep == key else key] = keep
    return list(pairs.items())


def folded_article(kept: dict[str, Any], folded: dict[str, Any]) -> dict[str, Any]:
    """The stored article ``kept`` with another row of it, ``folded``, folded in (prepared as
    :func:`prepare_article` does): a ``kept`` without a body (a light record) takes the text
    of ``folded`` (body, description, content hash, word count), so the article keeps a body;
    of equal text, what else ``kept`` lacks comes from ``folded``; ``folded``'s story place wins where they
    agree on the story (it was linked first); its URL, canonical URL and the URLs that
    redirected to it join ``redirected_from``, so every one of them still finds the article."""
    doc = {k: v for k, v in kept.items() if k not in ("url_key", "canonical_key", "doc_hash", "alias_keys", "_id")}
    if not kept.get("body") and folded.get("body"):
        doc.update({name: folded.get(name) for name in _TEXT_FIELDS})
    if kept.get("content_hash") and kept.get("content_hash") == folded.get("content_hash"):
        for name, value in folded.items():
            if doc.get(name) is None and value is not None and name not in VOLATILE_FIELDS:
                doc[name] = value
    if folded.get("story_id") and kept.get("story_id") in (None, folded["story_id"]):
        doc.update({name: folded.get(name) for name in _STORY_FIELDS})
    own = cached_url_key(kept["url"])
    urls = [
        *(kept.get("redirected_from") or ()),
        folded["url"],
        folded.get("canonical_url"),
        *(folded.get("redirected_from") or ()),
    ]
    doc["redirected_from"] = list(dict.fromkeys(u for u in urls if u and cached_url_key(u) != own))
    return prepare_article(doc)


def folded_copy(kept_copy: dict[str, Any] | None, folded_copy: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    """The story copy of article ``kept`` once another row of it is folded in: its own copy
    record with the folded copy's place (how it matched, when first seen), or, when it has
    none, the folded copy under its URL and title."""
    if kept_copy is None:
        return dict(folded_copy, url=kept["url"], title=kept.get("title") or folded_copy.get("title"))
    return dict(kept_copy, **{name: folded_copy.get(name) for name in _COPY_PLACE})


class LazyCopies(UserList):
    """A story's copies as ``link_copy`` returns them when it read none of them (a summary
    state kept): read when first used; ``len`` and ``kinds`` (copies by ``match``) from the
    state without reading them."""

    def __init__(self, load: Callable[[], list[dict[str, Any]]], n: int, kinds: dict[str, int]) -> None:
        self._load: Callable[[], list[dict[str, Any]]] | None = load
        self._n = n
        self.kinds = dict(kinds)

    @property  # type: ignore[override]
    def data(self) -> list[dict[str, Any]]:
        if self._load is not None:
            self._data, self._load = self._load(), None
        return self._data

    @data.setter
    def data(self, value: list[dict[str, Any]]) -> None:
        self._data, self._load = value, None

    def __len__(self) -> int:
        return self._n if self._load is not None else len(self.data)


class Store(ABC):
    """Articles, stories, dedupe keys, per-site crawl state and run records."""

    #: The URI with its password masked; safe to log.
    display_uri: str

    # -- articles ---------------------------------------------------------------

    @abstractmethod
    def upsert_articles(self, docs: Sequence[dict[str, Any]]) -> WriteResult:
        """Insert or update articles keyed by ``url_key(url)``, as one batch. A doc given a
        story whose fingerprint is in another story now (``move_copy`` took it out while it
        waited unwritten) is stored in that story, with the fingerprint's match and score."""

    @abstractmethod
    def get_article(self, url: str) -> dict[str, Any] | None:
        """The stored article whose URL, canonical URL or a URL that redirected to it
        (``redirected_from``) normalises like ``url``."""

    @abstractmethod
    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """The members of ``urls`` already stored (by URL, canonical URL or redirecting URL key)."""

    @abstractmethod
    def find_articles(self, **equals: Any) -> list[dict[str, Any]]:
        """Articles whose indexed field equals a value: ``content_hash``, ``story_id``, ``site``."""

    @abstractmethod
    def iter_articles(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored article (of one site), oldest publication first."""

    @abstractmethod
    def count_articles(self, site: str | None = None) -> int:
        """How many articles are stored (for one site)."""

    @abstractmethod
    def fold_same_article(
        self, docs: Sequence[dict[str, Any]], summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> list[tuple[str, str]]:
        """Fold the stored rows that are one of ``docs`` (written already) under another URL at
        its site (a URL that redirected to it: an edited slug; else the same text, see
        :func:`fold_pairs`) into one: its URLs become aliases, its story copy, fingerprint and
        text claim move (stories rewritten as ``summarize(story_id, copies)``). Idempotent,
        safe with several processes; returns the (folded, kept) URL-key pairs."""

    @abstractmethod
    def set_story(self, url: str, story_id: str | None, match: str | None, score: float | None) -> None:
        """Link a stored article to a story (the dedupe pipeline's verdict)."""

    # -- stories ----------------------------------------------------------------

    @abstractmethod
    def get_story(self, story_id: str) -> dict[str, Any] | None:
        """A story with its ``copies`` list, or None."""

    @abstractmethod
    def iter_stories(self) -> Iterator[dict[str, Any]]:
        """Every story, with its copies."""

    @abstractmethod
    def count_stories(self) -> int:
        """How many stories are stored."""

    # -- dedupe keys --------------------------------------------------------------

    @abstractmethod
    def claim_key(self, key: str, owner: str) -> str:
        """Atomically claim a unique key; returns the owner that holds it (first wins)."""

    @abstractmethod
    def clear_stories(self) -> None:
        """Forget every story, copy link, claim and key (for a re-cluster)."""

    # -- dedupe fingerprints (newscrawl.dedupe) -----------------------------------------

    @abstractmethod
    def put_fingerprint(
        self, fields: dict[str, Any], sig: bytes, keys: Sequence[int], *, replace: bool = False
    ) -> bool:
        """Store an article's fingerprint (``ref`` key, ``story_id``, ``seen``) indexed under
        ``keys`` (signed 64-bit); False when ``ref`` was stored already and ``replace`` is off
        (first wins, so two processes storing one URL agree)."""

    @abstractmethod
    def get_fingerprint(self, ref: str) -> tuple[dict[str, Any], bytes] | None:
        """The fingerprint fields and signature stored for ``ref``, or None."""

    @abstractmethod
    def find_fingerprints(self, keys: Sequence[int], limit: int = 50) -> list[tuple[dict[str, Any], bytes, int]]:
        """Fingerprints indexed under any of ``keys``: (fields, sig, keys hit), most hits first."""

    @abstractmethod
    def iter_fingerprints(self) -> Iterator[tuple[dict[str, Any], bytes]]:
        """Every fingerprint, oldest ``seen`` first (for a re-cluster)."""

    @abstractmethod
    def clear_fingerprint_index(self) -> None:
        """Forget every fingerprint's keys and story (the fingerprints stay, for a re-cluster)."""

    @abstractmethod
    def link_copy(
        self, story_id: str, copy: dict[str, Any], summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> dict[str, Any]:
        """Atomically link ``copy`` to a story (created when missing) and rewrite the story
        record as ``summarize(story_id, copies)``; returns the story with its copies. Two
        processes linking copies at once both end up in the record."""

    @abstractmethod
    def merge_stories(
        self, src: str, dst: str, summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> None:
        """Fold story ``src`` into ``dst``: copies, fingerprints and articles move, ``src``
        is deleted and kept as an alias (``resolve_story(src) == dst``)."""

    @abstractmethod
    def move_copy(
        self,
        url: str,
        src: str,
        dst: str,
        copy: dict[str, Any],
        summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]],
    ) -> dict[str, Any]:
        """Take the article ``url`` out of story ``src`` into ``dst`` (created when missing) as
        ``copy``: its copy link, its fingerprint's story and its stored article's ``story_id``,
        ``match`` and ``match_score`` move; both records are rewritten as ``summarize(story_id,
        copies)`` (``src`` deleted when it has no copy left). Returns ``dst`` with its copies.
        Idempotent: moving it again changes nothing. Only out of ``src``: when the article's
        fingerprint is in another story now (another process moved it since the caller read
        it), nothing moves and that story is returned, with its copies."""

    @abstractmethod
    def resolve_story(self, story_id: str) -> str:
        """The story ``story_id`` was merged into, following aliases; itself when not merged."""

    #: True when :meth:`dedupe_batch` makes its writes one atomic, serialised unit: a
    #: dedupe claim is then never seen without the fingerprint written beside it.
    atomic_dedupe_batch: bool = False

    def dedupe_batch(self) -> AbstractContextManager[None]:
        """Group the store calls dedupe makes for one article (claim, lookups, fingerprint,
        copy link, merges) into one unit where the backend can (SQLite: one write
        transaction, so one commit instead of four); elsewhere each call stands alone."""
        return nullcontext()

    def prefetch_keys(self, keys: Sequence[int]) -> None:  # noqa: B027 - a hint: nothing to do by default
        """Inside :meth:`dedupe_batch`: the lookup keys the batch's articles will ask
        :meth:`find_fingerprints` for, so a backend may look them all up at once (SQLite:
        each key block read once). Only speed: what the lookups find stays the same."""

    # -- crawl state and runs ---------------------------------------------------------

    @abstractmethod
    def get_state(self, site: str) -> dict[str, Any]:
        """A site's incremental crawl state ({} for a new site)."""

    @abstractmethod
    def update_state(self, site: str, values: dict[str, Any]) -> dict[str, Any]:
        """Merge ``values`` into a site's state; returns the new state."""

    @abstractmethod
    def record_run(self, run: dict[str, Any]) -> None:
        """Create or replace a run record (``run_id`` key)."""

    @abstractmethod
    def iter_runs(self) -> Iterator[dict[str, Any]]:
        """Run records, newest first."""

    # -- lifecycle ------------------------------------------------------------------

    @abstractmethod
    def ping(self) -> None:
        """Raise :class:`StoreUnavailable` unless the store answers now."""

    def flush(self) -> None:  # noqa: B027 - backends without buffers need nothing
        """Make every write so far durable."""

    @abstractmethod
    def close(self) -> None:
        """Flush and release the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
