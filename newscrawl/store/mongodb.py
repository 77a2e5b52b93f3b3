"""MongoDB store through pymongo: collections ``articles``, ``stories``, ``story_copies``,
``story_aliases``, ``claims``, ``fingerprints``, ``crawl_state`` and ``runs`` in the URI's
database (default ``newscrawl``).

Indexes are created on open (unique on ``url_key``; ``canonical_key``, ``alias_keys``,
``content_hash``, ``story_id``, ``(site, published_at)``, ``published_at``; a
fingerprint's ``ref`` (unique), ``keys`` and ``story_id``). Article batches go out as one unordered
``bulk_write`` of upserts, so a batch replayed after a failure changes nothing.
Times are BSON dates (UTC) in the database and ISO 8601 strings at the interface.

Settings read (through the URI): ``serverSelectionTimeoutMS`` defaults to
``STORE_CONNECT_TIMEOUT`` seconds so an unreachable server fails fast.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from newscrawl.items import parse_iso
from newscrawl.store.base import (
    Store,
    StoreConfigError,
    StoreError,
    StoreUnavailable,
    WriteResult,
    fold_pairs,
    fold_targets,
    folded_article,
    folded_copy,
    mapping_errors,
    mask_uri,
    prepare_article,
)
from newscrawl.urls import url_key

try:
    import pymongo
    from pymongo import ASCENDING, ReturnDocument, UpdateOne
    from pymongo import errors as mongo_errors
except ImportError:  # pragma: no cover - pymongo is a pinned requirement
    pymongo = None

#: Fields kept as BSON dates in the database.
TIME_FIELDS = ("published_at", "modified_at", "fetched_at", "first_seen", "last_seen", "started_at", "finished_at")
_ARTICLE_FIELDS = ("content_hash", "story_id", "site", "canonical_key", "url_key")


def _to_db(doc: dict[str, Any]) -> dict[str, Any]:
    out = dict(doc)
    for name in TIME_FIELDS:
        value = out.get(name)
        if isinstance(value, str) and value:
            try:
                out[name] = parse_iso(value).astimezone(timezone.utc).replace(tzinfo=None)
            except ValueError:
                pass
    return out


def _from_db(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    if doc is None:
        return None
    out = {k: v for k, v in doc.items() if k != "_id"}
    for name in TIME_FIELDS:
        value = out.get(name)
        if isinstance(value, datetime):
            out[name] = value.replace(tzinfo=timezone.utc).isoformat()
    return out


def _mongo_error(store: MongoStore, exc: Exception) -> StoreError | None:
    """pymongo's errors as StoreUnavailable / StoreError with one line."""
    if isinstance(exc, (mongo_errors.ConnectionFailure, mongo_errors.ServerSelectionTimeoutError)):
        return StoreUnavailable(_first_line(exc))
    if isinstance(exc, mongo_errors.PyMongoError):
        return StoreError(_first_line(exc))
    return None


_translated = mapping_errors(_mongo_error)


def _first_line(exc: BaseException) -> str:
    text = str(exc).split("\n", 1)[0].split(", full error:", 1)[0].split(" (configured timeouts", 1)[0]
    return text[:300] or type(exc).__name__


class MongoStore(Store):
    """The :class:`Store` on a MongoDB database."""

    def __init__(self, uri: str, *, connect_timeout: float = 5.0) -> None:
        if pymongo is None:
            raise StoreConfigError("pymongo is not installed (pip install -r requirements.txt)")
        self.display_uri = mask_uri(uri)
        parts = urlsplit(uri)
        db_name = parts.path.lstrip("/") or "newscrawl"
        options: dict[str, Any] = {}
        if "serverselectiontimeoutms" not in parts.query.lower():
            options["serverSelectionTimeoutMS"] = int(connect_timeout * 1000)
        if "connecttimeoutms" not in parts.query.lower():
            options["connectTimeoutMS"] = int(connect_timeout * 1000)
        try:
            self._client = pymongo.MongoClient(uri, tz_aware=False, **options)
        except (mongo_errors.ConfigurationError, mongo_errors.InvalidURI, ValueError, TypeError) as exc:
            raise StoreConfigError(f"{self.display_uri}: {_first_line(exc)}") from None
        self._db = self._client[db_name]
        self.articles = self._db["articles"]
        self.stories = self._db["stories"]
        self.claims = self._db["claims"]
        self.copies = self._db["story_copies"]
        self.state = self._db["crawl_state"]
        self.runs = self._db["runs"]
        self.fingerprints = self._db["fingerprints"]
        self.aliases = self._db["story_aliases"]
        self._create_indexes()

    @_translated
    def _create_indexes(self) -> None:
        self.articles.create_index("url_key", unique=True)
        self.articles.create_index("canonical_key")
        self.articles.create_index("alias_keys")
        self.articles.create_index("content_hash")
        self.articles.create_index("story_id")
        self.articles.create_index([("site", ASCENDING), ("published_at", ASCENDING)])
        self.articles.create_index("published_at")
        self.stories.create_index("story_id", unique=True)
        self.stories.create_index("first_seen")
        self.copies.create_index([("story_id", ASCENDING), ("url_key", ASCENDING)], unique=True)
        self.claims.create_index("key", unique=True)
        self.state.create_index("site", unique=True)
        self.runs.create_index("run_id", unique=True)
        self.fingerprints.create_index("ref", unique=True)
        self.fingerprints.create_index("keys")
        self.fingerprints.create_index("story_id")
        self.aliases.create_index("story_id", unique=True)

    # -- articles ---------------------------------------------------------------

    @_translated
    def upsert_articles(self, docs: Sequence[dict[str, Any]]) -> WriteResult:
        # A story folded into another (merge_stories) since the doc was given its id: the doc
        # gets the story it is in now; a fold that runs while we write is settled after it.
        moved = {s: self._resolve(s) for s in {d["story_id"] for d in docs if d.get("story_id")}}
        prepared = {}
        for doc in docs:
            if doc.get("story_id") and moved[doc["story_id"]] != doc["story_id"]:
                doc = dict(doc, story_id=moved[doc["story_id"]])
            p = prepare_article(doc)
            prepared[p["url_key"]] = p
        result = WriteResult()
        if not prepared:
            return result
        existing = {
            d["url_key"]: d["doc_hash"]
            for d in self.articles.find({"url_key": {"$in": list(prepared)}}, {"url_key": 1, "doc_hash": 1})
        }
        ops = []
        for key, p in prepared.items():
            if key in existing and existing[key] == p["doc_hash"]:
                result.unchanged += 1
                if p["alias_keys"]:  # the same article, reached through a redirect this time
                    ops.append(UpdateOne({"url_key": key}, {"$addToSet": {"alias_keys": {"$each": p["alias_keys"]}}}))
                continue
            fields = _to_db(p)
            if fields.get("story_id") is None:
                fields.pop("story_id", None)  # keep a link the dedupe pipeline made earlier
            # URLs once redirected here stay known when the article is stored again without them.
            aliases = fields.pop("alias_keys", None) or []
            update = {"$set": fields, "$addToSet": {"alias_keys": {"$each": aliases}}}
            ops.append(UpdateOne({"url_key": key}, update, upsert=True))
        if ops:
            try:
                self.articles.bulk_write(ops, ordered=False)
            except mongo_errors.BulkWriteError as exc:
                # A concurrent writer inserted the same key first: its copy stands.
                if any(e.get("code") != 11000 for e in exc.details.get("writeErrors", [])):
                    raise
            # merge_stories sets the alias before it moves the articles: a fold whose move ran
            # before our write is seen here, one whose move runs after moves ours too.
            written = {p["story_id"] for p in prepared.values() if p.get("story_id")}
            for story_id in written:
                now = self._resolve(story_id)
                if now != story_id:
                    self.articles.update_many(
                        {"url_key": {"$in": list(prepared)}, "story_id": story_id}, {"$set": {"story_id": now}}
                    )
            self._follow_moves(prepared)
        for key in prepared:
            if key in existing and existing[key] != prepared[key]["doc_hash"]:
                result.updated += 1
            elif key not in existing:
                result.inserted += 1
        return result

    def _follow_moves(self, prepared: dict[str, dict[str, Any]]) -> None:
        """Rows just written whose article was taken out of its story (``move_copy``) since the
        doc was given its id, while it waited unwritten, get the story their fingerprint is in
        now, and how. Read after the write: ``move_copy`` sets the fingerprint before the row,
        so a move whose row update came before our write is seen here, a later one moves ours."""
        given = {key: p["story_id"] for key, p in prepared.items() if p.get("story_id")}
        if not given:
            return
        found = self.fingerprints.find(
            {"ref": {"$in": list(given)}}, {"ref": 1, "story_id": 1, "fields.match": 1, "fields.score": 1}
        )
        for fp in found:
            story = fp.get("story_id")
            if story and story != given[fp["ref"]]:
                story = self._resolve(story)  # a merge may be under way: the story it ends in
            if not story or story == given[fp["ref"]]:
                continue
            fields = fp.get("fields") or {}
            self.articles.update_one(
                {"url_key": fp["ref"]},
                {"$set": {"story_id": story, "match": fields.get("match"), "match_score": fields.get("score")}},
            )

    @_translated
    def get_article(self, url: str) -> dict[str, Any] | None:
        key = url_key(url)
        doc = (
            self.articles.find_one({"url_key": key})
            or self.articles.find_one({"canonical_key": key})
            or self.articles.find_one({"alias_keys": key})
        )
        return self._public(doc)

    @staticmethod
    def _public(doc: dict[str, Any] | None) -> dict[str, Any] | None:
        out = _from_db(doc)
        if out is not None:
            out.setdefault("story_id", None)
        return out

    @_translated
    def known_urls(self, urls: Iterable[str]) -> set[str]:
        by_key: dict[str, list[str]] = {}
        for url in urls:
            by_key.setdefault(url_key(url), []).append(url)
        keys = list(by_key)
        found: set[str] = set()
        query = {"$or": [{"url_key": {"$in": keys}}, {"canonical_key": {"$in": keys}}, {"alias_keys": {"$in": keys}}]}
        for doc in self.articles.find(query, {"url_key": 1, "canonical_key": 1, "alias_keys": 1}):
            for key in (doc.get("url_key"), doc.get("canonical_key"), *(doc.get("alias_keys") or ())):
                found.update(by_key.get(key, ()))
        return found

    @_translated
    def find_articles(self, **equals: Any) -> list[dict[str, Any]]:
        for name in equals:
            if name not in _ARTICLE_FIELDS:
                raise ValueError(f"find_articles: {name} is not an indexed field")
        return [self._public(d) for d in self.articles.find(equals).sort("published_at", ASCENDING)]

    @_translated
    def iter_articles(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        query = {} if site is None else {"site": site}
        for doc in self.articles.find(query).sort([("published_at", ASCENDING), ("url_key", ASCENDING)]):
            yield self._public(doc)

    @_translated
    def count_articles(self, site: str | None = None) -> int:
        return self.articles.count_documents({} if site is None else {"site": site})

    @_translated
    def set_story(self, url: str, story_id: str | None, match: str | None, score: float | None) -> None:
        self.articles.update_one(
            {"url_key": url_key(url)}, {"$set": {"story_id": story_id, "match": match, "match_score": score}}
        )

    # -- one article under two URLs at one site -------------------------------------------

    @_translated
    def fold_same_article(
        self, docs: Sequence[dict[str, Any]], summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> list[tuple[str, str]]:
        targets = fold_targets(docs)
        if not targets:
            return []
        keys = list({*targets, *(alias for aliases in targets.values() for alias in aliases)})
        fields = {"url_key": 1, "site": 1, "content_hash": 1, "published_at": 1, "fetched_at": 1}
        found = {d["url_key"]: _from_db(d) for d in self.articles.find({"url_key": {"$in": keys}}, fields)}
        texts = list({d["content_hash"] for k, d in found.items() if k in targets and d.get("content_hash")})
        if texts:
            found.update(
                (d["url_key"], _from_db(d)) for d in self.articles.find({"content_hash": {"$in": texts}}, fields)
            )
        rows = [
            (k, d.get("site"), d.get("content_hash"), d.get("published_at"), d.get("fetched_at"))
            for k, d in found.items()
        ]
        pairs = fold_pairs(targets, rows)
        return [pair for pair in pairs if self._fold_article(*pair, summarize)]

    def _fold_article(
        self, folded: str, kept: str, summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> bool:
        """Fold the article ``folded`` into ``kept``: idempotent steps in an order safe to
        resume (every URL of it an alias of ``kept`` first, the folded record deleted last)."""
        old, own = self._public(self.articles.find_one({"url_key": folded})), self.articles.find_one({"url_key": kept})
        if old is None or own is None:
            return False  # folded meanwhile
        article = folded_article(self._public(own), old)
        fields = _to_db(article)
        aliases = [*fields.pop("alias_keys"), *(k for k in own.get("alias_keys") or () if k != kept)]
        aliases += [k for k in old.get("alias_keys") or () if k != kept]
        self.articles.update_one({"url_key": kept}, {"$set": fields, "$addToSet": {"alias_keys": {"$each": aliases}}})
        for link in list(self.copies.find({"url_key": folded})):
            story_id = link["story_id"]
            mine = self.copies.find_one({"story_id": story_id, "url_key": kept})
            copy = folded_copy(mine["copy"] if mine else None, link["copy"], article)
            if story_id != article.get("story_id"):
                pass  # a story the kept article is not in: the copy leaves it
            elif mine is None:
                with contextlib.suppress(mongo_errors.DuplicateKeyError):
                    self.copies.insert_one({"story_id": story_id, "url_key": kept, "copy": copy})
            else:
                self.copies.update_one({"_id": mine["_id"]}, {"$set": {"copy": copy}})
            self.copies.delete_one({"_id": link["_id"]})
            self._summarize(story_id, summarize)
        gone = self.fingerprints.find_one({"ref": folded})
        if gone is not None:
            text = (gone.get("fields") or {}).get("text_hash")
            if text:  # exact copies found through its text now find the kept one
                self.claims.update_one({"key": "text:" + text, "owner": folded}, {"$set": {"owner": kept}})
            mine = self.fingerprints.find_one({"ref": kept})
            if mine is None:
                moved = dict(gone["fields"], ref=kept, url=article["url"])
                self.fingerprints.update_one({"_id": gone["_id"]}, {"$set": {"ref": kept, "fields": moved}})
            else:
                if gone.get("story_id") and mine.get("story_id") in (None, gone["story_id"]):
                    place = {f"fields.{n}": gone["fields"].get(n) for n in ("match", "score", "is_copy", "seen")}
                    self.fingerprints.update_one(
                        {"_id": mine["_id"]},
                        {"$set": {"story_id": gone["story_id"], "seen": gone.get("seen"), **place}},
                    )
                self.fingerprints.delete_one({"_id": gone["_id"]})
        self.articles.delete_one({"url_key": folded})
        return True

    # -- stories ----------------------------------------------------------------

    def _story(self, doc: dict[str, Any] | None) -> dict[str, Any] | None:
        story = _from_db(doc)
        if story is not None:
            links = self.copies.find({"story_id": story["story_id"]}).sort("_id", ASCENDING)
            story["copies"] = [link["copy"] for link in links]
        return story

    @_translated
    def get_story(self, story_id: str) -> dict[str, Any] | None:
        return self._story(self.stories.find_one({"story_id": story_id}))

    @_translated
    def iter_stories(self) -> Iterator[dict[str, Any]]:
        for doc in self.stories.find({}).sort([("first_seen", ASCENDING), ("story_id", ASCENDING)]):
            yield self._story(doc)

    @_translated
    def count_stories(self) -> int:
        return self.stories.count_documents({})

    # -- dedupe keys --------------------------------------------------------------

    @_translated
    def claim_key(self, key: str, owner: str) -> str:
        try:
            doc = self.claims.find_one_and_update(
                {"key": key}, {"$setOnInsert": {"owner": owner}}, upsert=True, return_document=ReturnDocument.AFTER
            )
        except mongo_errors.DuplicateKeyError:
            # Two upserts raced; the loser retries as a plain read.
            doc = self.claims.find_one({"key": key})
        return doc["owner"]

    @_translated
    def clear_stories(self) -> None:
        # delete_many, not drop: keeps the indexes (and works where drop is missing).
        for collection in (self.stories, self.copies, self.claims, self.aliases):
            collection.delete_many({})
        self.fingerprints.update_many({}, {"$set": {"keys": [], "story_id": None}})

    # -- dedupe fingerprints ----------------------------------------------------------

    @_translated
    def put_fingerprint(
        self, fields: dict[str, Any], sig: bytes, keys: Sequence[int], *, replace: bool = False
    ) -> bool:
        doc = {"fields": {k: v for k, v in fields.items() if k != "story_id"}, "sig": bytes(sig)}
        doc.update(ref=fields["ref"], story_id=fields.get("story_id"), seen=fields.get("seen"), keys=list(keys))
        if replace:
            self.fingerprints.replace_one({"ref": doc["ref"]}, doc, upsert=True)
            return True
        try:
            result = self.fingerprints.update_one({"ref": doc["ref"]}, {"$setOnInsert": doc}, upsert=True)
        except mongo_errors.DuplicateKeyError:
            return False  # another process upserted the same ref at the same moment
        return result.upserted_id is not None

    @staticmethod
    def _fingerprint(doc: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        fields = dict(doc["fields"])
        fields["story_id"] = doc.get("story_id")
        return fields, bytes(doc["sig"])

    @_translated
    def get_fingerprint(self, ref: str) -> tuple[dict[str, Any], bytes] | None:
        doc = self.fingerprints.find_one({"ref": ref})
        return self._fingerprint(doc) if doc else None

    @_translated
    def find_fingerprints(self, keys: Sequence[int], limit: int = 50) -> list[tuple[dict[str, Any], bytes, int]]:
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return []
        query = set(wanted)
        found = [
            (*self._fingerprint(doc), len(query.intersection(doc.get("keys", ()))))
            for doc in self.fingerprints.find({"keys": {"$in": wanted}})
        ]
        found.sort(key=lambda f: (-f[2], f[0]["ref"]))
        return found[:limit]

    @_translated
    def iter_fingerprints(self) -> Iterator[tuple[dict[str, Any], bytes]]:
        refs = [d["ref"] for d in self.fingerprints.find({}, {"ref": 1}).sort([("_id", ASCENDING)])]
        for ref in refs:  # by ref, so the caller may rewrite fingerprints while iterating
            doc = self.fingerprints.find_one({"ref": ref})
            if doc is not None:
                yield self._fingerprint(doc)

    @_translated
    def clear_fingerprint_index(self) -> None:
        self.fingerprints.update_many({}, {"$set": {"keys": [], "story_id": None}})

    @_translated
    def link_copy(
        self, story_id: str, copy: dict[str, Any], summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> dict[str, Any]:
        try:
            self.copies.insert_one({"story_id": story_id, "url_key": url_key(copy["url"]), "copy": copy})
        except mongo_errors.DuplicateKeyError:
            pass  # linked already
        return self._summarize(story_id, summarize)

    def _summarize(
        self, story_id: str, summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> dict[str, Any]:
        # Each writer bumps the story's version after linking, reads the copies, and
        # writes its summary only if the version is still its own: a later writer read
        # after its own link (so after ours), and its summary covers every copy.
        doc = None
        for _ in range(50):
            # Two upserts can race (DuplicateKeyError), and another writer that found no
            # copies yet can delete the record between our calls: the next upsert settles it.
            with contextlib.suppress(mongo_errors.DuplicateKeyError):
                doc = self.stories.find_one_and_update(
                    {"story_id": story_id}, {"$inc": {"version": 1}}, upsert=True, return_document=ReturnDocument.AFTER
                )
            if doc is not None:
                break
        else:
            raise StoreError(f"story {story_id}: its record could not be upserted after 50 tries")
        links = self.copies.find({"story_id": story_id}).sort("_id", ASCENDING)
        copies = [link["copy"] for link in links]
        if not copies:  # a merge into a story whose first copy is not linked yet
            self.stories.delete_one({"story_id": story_id, "version": doc["version"]})
            return {"story_id": story_id, "copies": []}
        story = summarize(story_id, copies)
        self.stories.update_one(
            {"story_id": story_id, "version": doc["version"]},
            {"$set": _to_db({k: v for k, v in story.items() if k != "story_id"})},
        )
        story["copies"] = copies
        return story

    @_translated
    def merge_stories(
        self, src: str, dst: str, summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]]
    ) -> None:
        # Idempotent steps in an order that is safe to resume: the alias first, so
        # readers resolve src to dst from the start; src's record is deleted last.
        # dst may itself have been folded away by another process meanwhile: fold into the
        # story it is in now, or src would be aliased to a dead story.
        dst = self._resolve(dst)
        if src == dst:
            return
        self.aliases.update_many({"merged_into": src}, {"$set": {"merged_into": dst}})
        self.aliases.update_one({"story_id": src}, {"$set": {"merged_into": dst}}, upsert=True)
        for link in list(self.copies.find({"story_id": src}).sort("_id", ASCENDING)):
            try:
                self.copies.insert_one({"story_id": dst, "url_key": link["url_key"], "copy": link["copy"]})
            except mongo_errors.DuplicateKeyError:
                pass
            # One by one: a copy linked to src meanwhile stays, for the next merge to move.
            self.copies.delete_one({"_id": link["_id"]})
        self.fingerprints.update_many({"story_id": src}, {"$set": {"story_id": dst}})
        self.articles.update_many({"story_id": src}, {"$set": {"story_id": dst}})
        self._summarize(dst, summarize)
        self.stories.delete_one({"story_id": src})

    @_translated
    def move_copy(
        self,
        url: str,
        src: str,
        dst: str,
        copy: dict[str, Any],
        summarize: Callable[[str, list[dict[str, Any]]], dict[str, Any]],
    ) -> dict[str, Any]:
        key = url_key(url)
        # The fingerprint first, and only out of ``src`` (compare-and-set on its story): of two
        # processes moving it at once, one moves it; the other, whose read is stale, moves
        # nothing and gets the story it is in now. Its story already ``dst``: a move resumed
        # after a failure, or another process's to the same story, is completed.
        moved = {
            "$set": {
                "story_id": dst,
                "fields.match": copy.get("match"),
                "fields.score": copy.get("score"),
                "fields.is_copy": copy.get("match") != "new",
            }
        }
        held = src
        for _ in range(50):
            if self.fingerprints.update_one({"ref": key, "story_id": held}, moved).matched_count:
                break
            doc = self.fingerprints.find_one({"ref": key}, {"story_id": 1})
            if doc is None or doc.get("story_id") is None:
                break  # no fingerprint to hold it: the links move as asked
            now = self._resolve(doc["story_id"])  # an alias of src, left by a merge under way, is src
            if now not in (src, dst):
                return self._story(self.stories.find_one({"story_id": now})) or {"story_id": now, "copies": []}
            held = doc["story_id"]
        else:
            raise StoreError(f"article {url}: its fingerprint could not be moved after 50 tries")
        # The new link, then the old one goes: a reader meanwhile sees the copy twice, never nowhere.
        self.copies.update_one({"story_id": dst, "url_key": key}, {"$set": {"copy": copy}}, upsert=True)
        if src != dst:
            self.copies.delete_one({"story_id": src, "url_key": key})
            self._summarize(src, summarize)
        self.articles.update_one(
            {"url_key": key}, {"$set": {"story_id": dst, "match": copy.get("match"), "match_score": copy.get("score")}}
        )
        return self._summarize(dst, summarize)

    @_translated
    def resolve_story(self, story_id: str) -> str:
        return self._resolve(story_id)

    def _resolve(self, story_id: str) -> str:
        """The story ``story_id`` is in now, following the aliases to the end: two processes
        folding s2 into s1 and s3 into s2 at once leave s3 aliased to s2 (a guard stops a
        cycle, which two crossed folds could leave, at the least id met)."""
        seen = [story_id]
        while True:
            doc = self.aliases.find_one({"story_id": seen[-1]})
            if not doc or doc["merged_into"] == seen[-1]:
                return seen[-1]
            if doc["merged_into"] in seen:
                return min(seen)
            seen.append(doc["merged_into"])

    # -- crawl state and runs ---------------------------------------------------------

    @_translated
    def get_state(self, site: str) -> dict[str, Any]:
        doc = self.state.find_one({"site": site})
        return dict(doc.get("state", {})) if doc else {}

    @_translated
    def update_state(self, site: str, values: dict[str, Any]) -> dict[str, Any]:
        updates = {f"state.{k}": v for k, v in values.items()}
        doc = self.state.find_one_and_update(
            {"site": site}, {"$set": updates}, upsert=True, return_document=ReturnDocument.AFTER
        )
        return dict(doc.get("state", {}))

    @_translated
    def record_run(self, run: dict[str, Any]) -> None:
        self.runs.update_one({"run_id": run["run_id"]}, {"$set": _to_db(run)}, upsert=True)

    @_translated
    def iter_runs(self) -> Iterator[dict[str, Any]]:
        for doc in self.runs.find({}).sort([("started_at", -1), ("run_id", -1)]):
            yield _from_db(doc)

    # -- lifecycle ------------------------------------------------------------------

    @_translated
    def ping(self) -> None:
        self._db.command("ping")

    def close(self) -> None:
        self._client.close()
