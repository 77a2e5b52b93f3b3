"""``scrapy dedupe``: run the dedupe engine outside a crawl.

``scrapy dedupe INPUT.jsonl [-o OUT.jsonl]`` reads lines ``{id, url, site, title,
body, language?, published_at?, ...}`` in file order, assigns each to a story in a
fresh temporary store (the same engine as the pipeline, default settings unless
``-s DEDUPE_...`` says otherwise) and writes ``{id, story_id, match, score}`` lines
(standard output without ``-o``; once every line is read, since a later article may
show two stories to be one). A line that is not an article is reported with its
line number and skipped (exit code 1); a failure of the store or the engine mid-input
writes the lines done, then the error in one line (exit code 1); an ``-o`` file that
cannot be written or a bad ``DEDUPE_*`` setting is one line, exit code 2.

``scrapy dedupe --rebuild`` re-clusters everything in the configured store
(``NEWSCRAWL_STORE`` / ``STORE_URI``) without refetching: stories, copy links and
keys are cleared, then every stored fingerprint is matched again in the order it
was first stored, then stored articles that have none (stored before dedupe was
on) are fingerprinted from their body. Articles get their new ``story_id``. A fingerprint
made by another version (``FINGERPRINT_VERSION``) is made again from its article's stored
text; the summary line counts those (``fingerprints.refingerprinted``) and those without
stored text, matched as they are (``fingerprints.stale``, also one line on stderr).
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.commands import Standalone
from newscrawl.config import SettingError, get_float
from newscrawl.dedupe import DedupeConfig, DedupeEngine, fingerprint
from newscrawl.dedupe.engine import mark_day_only
from newscrawl.dedupe.features import FINGERPRINT_VERSION, fingerprint_version, from_record
from newscrawl.store import StoreError, mask_uri, open_store, store_uri_from_settings
from newscrawl.store.base import cached_url_key
from newscrawl.store.sqlite import SQLiteStore
from newscrawl.urls import url_key, url_problem

if TYPE_CHECKING:
    import argparse

logger = logging.getLogger(__name__)

EXIT_STORE = 2
#: Exit code for a bad setting or an output file that cannot be written.
EXIT_OUTPUT = 2
#: Input lines whose store work is one transaction (``DedupeEngine.process_batch``): the
#: commit and the transaction's set-up once per batch instead of once per article.
FILE_BATCH = 100


class Command(Standalone, ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "INPUT.jsonl [-o OUT.jsonl] | --rebuild"

    def short_desc(self) -> str:
        return "Group articles into wire stories (a JSON-lines file, or --rebuild the store)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", metavar="FILE", help="write {id, story_id, match, score} lines here")
        parser.add_argument("--rebuild", action="store_true", help="re-cluster every article in the configured store")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        try:
            config = DedupeConfig.from_settings(self.settings)
        except SettingError as exc:
            sys.stderr.write(f"newscrawl: bad setting {exc}\n")
            self.exitcode = EXIT_OUTPUT
            return
        if opts.rebuild:
            if args:
                raise UsageError("--rebuild takes no input file")
            self.exitcode = self._rebuild(config)
            return
        if len(args) != 1:
            raise UsageError("expected one INPUT.jsonl (or --rebuild)")
        self.exitcode = dedupe_file(Path(args[0]), Path(opts.output) if opts.output else None, config)

    def _rebuild(self, config: DedupeConfig) -> int:
        uri = store_uri_from_settings(self.settings)
        try:
            timeout = get_float(self.settings, "STORE_CONNECT_TIMEOUT", 5.0, minimum=0)
        except SettingError as exc:
            sys.stderr.write(f"newscrawl: bad setting {exc}\n")
            return EXIT_OUTPUT
        try:
            store = open_store(uri, connect_timeout=timeout)
        except StoreError as exc:
            sys.stderr.write(f"newscrawl: cannot open store {mask_uri(uri)}: {exc}\n")
            return EXIT_STORE
        with store:
            versions: Counter[str] = Counter()
            try:
                counts, seconds = rebuild(store, config, versions)
            except StoreError as exc:  # a lock past the timeout, a corrupt page, a full disk
                sys.stderr.write(
                    f"newscrawl: store {mask_uri(uri)} failed during the rebuild: {exc}; articles are"
                    " untouched, run `scrapy dedupe --rebuild` again once it is fixed\n"
                )
                return EXIT_STORE
            # Stories, not ``new`` verdicts: a later article may have folded some of those away.
            stories = store.count_stories()
        total = sum(counts.values())
        if versions["stale"]:
            sys.stderr.write(
                f"newscrawl: {versions['stale']} fingerprints of another version than this one makes"
                f" ({FINGERPRINT_VERSION}) were matched as they are: their articles' text is not stored (copies"
                " stored as light records in DEDUPE_MODE link, or dropped), so a rewrite or a translation of one may be missed\n"
            )
        if versions["folded"]:
            sys.stderr.write(
                f"newscrawl: {versions['folded']} fingerprints of another version than this one makes"
                f" ({FINGERPRINT_VERSION}) were matched as they are: each is the row of a URL folded into another"
                " article, whose stored text makes that article's fingerprint, not this row's\n"
            )
        summary = {"articles": total, "stories": stories, "matches": dict(counts), "seconds": seconds}
        summary["fingerprints"] = {name: versions[name] for name in ("refingerprinted", "stale", "folded")}
        sys.stdout.write(json.dumps(summary) + "\n")
        return 0


def dedupe_file(source: Path, output: Path | None, config: DedupeConfig) -> int:
    """Process one JSON-lines file in a fresh temporary store.

    A line that is not an article (not a JSON object, a field of the wrong type, a URL
    that does not parse) is reported on standard error with its line number and skipped.
    Returns 0; 1 when the input cannot be read or lines were skipped, or when the store or
    the engine failed mid-input (the lines done are written, then the error, one line); 2
    when the output cannot be written.
    """
    try:
        lines = source.open("rb")
    except OSError as exc:
        sys.stderr.write(f"newscrawl: cannot read {source}: {exc.strerror or exc}\n")
        return 1
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        lines.close()
        sys.stderr.write(f"newscrawl: cannot write {output}: {exc.strerror or exc}\n")
        return EXIT_OUTPUT
    read = skipped = 0
    with tempfile.TemporaryDirectory(prefix="newscrawl-dedupe-") as tmp, lines:
        store = SQLiteStore(str(Path(tmp) / "dedupe.sqlite"))
        engine = DedupeEngine(store, config)
        # The output lines, written out once every story id is final (``write_rows``).
        pending = (Path(tmp) / "rows.jsonl").open("w+", encoding="utf-8")
        batch: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
        done = [0]  # the last input line whose row is pending
        # Articles a later one took out of their story (``Verdict.moved``): where they are now.
        moved: dict[str, tuple[str, str, float]] = {}

        def skip(number: int, exc: Exception) -> None:
            nonlocal skipped
            sys.stderr.write(f"newscrawl: {source}:{number}: skipped: {line_problem(exc)}\n")
            skipped += 1

        def write_batch() -> None:
            # Nothing else uses this store: a batch holds it as long as it likes.
            try:
                verdicts = engine.process_batch([doc for _, _, doc in batch])
                answered = list(zip(batch, verdicts, strict=True))
            except _BAD_LINE:
                # An engine error the checks missed rolled the batch back: one by one, so
                # it costs its own line only, as in the pipeline.
                answered = []
                for entry in batch:
                    try:
                        answered.append((entry, engine.process(entry[2])))
                    except _BAD_LINE as exc:
                        skip(entry[0], exc)
            batch.clear()
            for (number, record, doc), verdict in answered:
                row = {"id": record.get("id", number), "story_id": verdict.story_id, "match": verdict.match}
                row["score"] = verdict.score
                row["_key"] = cached_url_key(doc["url"])
                for url, to, kind, score in verdict.moved:
                    moved[cached_url_key(url)] = (to, kind, score)
                pending.write(json.dumps(row, ensure_ascii=False) + "\n")
                done[0] = number

        def resolve(story_id: str, failing: bool) -> str:
            if not failing:
                return store.resolve_story(story_id)
            try:  # the store failed: the id the article was given, if it cannot say more
                return store.resolve_story(story_id)
            except Exception:
                return story_id

        def write_rows(failing: bool = False) -> None:
            # A later article may show two stories to be one and fold them (the engine's
            # ``_join``): every line gets the story its article ended in.
            pending.seek(0)
            ends: dict[str, str] = {}
            for line in pending:
                row = json.loads(line)
                if row["_key"] in moved:
                    row["story_id"], row["match"], row["score"] = moved[row["_key"]]
                del row["_key"]
                story_id = row["story_id"]
                if story_id not in ends:
                    ends[story_id] = resolve(story_id, failing)
                row["story_id"] = ends[story_id]
                try:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                except OSError as exc:
                    raise _OutputFailed(exc.strerror or str(exc)) from None

        try:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                read += 1
                try:
                    # JSONDecodeError and UnicodeDecodeError are ValueErrors.
                    record = json.loads(line.rstrip(b"\r\n").decode("utf-8"))
                    batch.append((number, record, input_doc(record, number)))
                except _BAD_LINE as exc:
                    skip(number, exc)
                    continue
                if len(batch) >= FILE_BATCH:
                    write_batch()
            write_batch()
            write_rows()
        except _OutputFailed as exc:
            sys.stderr.write(f"newscrawl: cannot write {output or 'standard output'}: {exc}\n")
            return EXIT_OUTPUT
        except OSError as exc:
            sys.stderr.write(f"newscrawl: cannot read {source}: {exc.strerror or exc}\n")
            return 1
        except Exception as exc:  # a store or engine failure: the lines done are written, then why
            logger.debug("Dedupe of %s failed", source, exc_info=True)
            try:
                write_rows(failing=True)
            except _OutputFailed as failed:
                sys.stderr.write(f"newscrawl: cannot write {output or 'standard output'}: {failed}\n")
                return EXIT_OUTPUT
            problem = " ".join(f"{type(exc).__name__}: {exc}".split())
            sys.stderr.write(f"newscrawl: {source}: stopped after line {done[0]}: {problem}\n")
            return 1
        finally:
            pending.close()
            store.close()
            if output:
                out.close()
    if skipped:
        sys.stderr.write(f"newscrawl: {source}: {skipped} of {read} lines skipped\n")
        return 1
    return 0


#: What a line that is not an article raises (JSONDecodeError and UnicodeDecodeError are
#: ValueErrors; RecursionError comes from JSON nested thousands deep).
_BAD_LINE = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


class _OutputFailed(Exception):
    """The output file (or standard output) refused a write."""


def line_problem(exc: Exception) -> str:
    """What is wrong with an input line, in a few words."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg.removesuffix(' starting at')} at column {exc.colno})"
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 ({exc.reason} at byte {exc.start + 1})"
    if isinstance(exc, RecursionError):
        return "JSON nested too deep"
    return str(exc)


#: Input fields the engine reads as text: a line with anything but a string or null there is
#  skipped. (Dates are not here: one that does not parse is read as unknown, like a crawl's.)
TEXT_FIELDS = (
    "url", "canonical_url", "image_url", "site", "site_publisher", "title", "body", "language", "content_hash",
)  # fmt: skip


def input_doc(record: Any, number: int) -> dict[str, Any]:
    """An article dict from one input line; a line without url gets one made from its id.

    Raises ValueError, in a few words, for a line that is not an article.
    """
    if not isinstance(record, dict):
        raise ValueError(f"not a JSON object but a JSON {_json_kind(record)}")
    attribution = record.get("attribution")
    if attribution is not None and not isinstance(attribution, dict):
        raise ValueError(f'"attribution" is a JSON {_json_kind(attribution)}, expected an object')
    checks = [(name, record.get(name)) for name in TEXT_FIELDS]
    checks += [(f"attribution.{name}", (attribution or {}).get(name)) for name in ("original_url", "publisher")]
    for name, value in checks:
        if value is not None and not isinstance(value, str):
            raise ValueError(f'"{name}" is a JSON {_json_kind(value)}, expected a string')
        if value and name.endswith("url"):
            problem = url_problem(value, web=False)
            if problem:
                raise ValueError(f'"{name}" {value!r}: {problem}')
    agencies = (attribution or {}).get("agencies")
    if agencies is not None and not (isinstance(agencies, list) and all(isinstance(a, str) for a in agencies)):
        raise ValueError('"attribution.agencies" is not a list of strings')
    doc = dict(record)
    if not doc.get("url"):
        doc["url"] = f"http://dedupe.input/{record.get('id', number)}"
    return doc


def _json_kind(value: Any) -> str:
    """The JSON name of a decoded value's type."""
    for kind, types in (("null", type(None)), ("boolean", bool), ("number", (int, float)), ("string", str)):
        if isinstance(value, types):
            return kind
    return "array" if isinstance(value, list) else "object"


#: Fingerprint fields that come from outside the article's text (the registry's word on the
#: site, the time the live path saw it): a fingerprint made again keeps the stored ones.
KEPT_FIELDS = ("seen", "day", "origin", "origin_site", "day_only")


def refingerprint(store: Any, fields: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """The stored fingerprint made again by this version from its article's stored text
    (``"refingerprinted"``, the fingerprint), or ``("stale", None)`` when the store has no text
    for it (a copy stored as a light record, or dropped), or ``("folded", None)`` for the row of
    a URL folded into another article (the stored text is that one's)."""
    article = store.get_article(fields["url"])
    if article is None or not article.get("body"):
        return "stale", None
    fp = fingerprint(article)
    if fp["ref"] != fields["ref"]:
        return "folded", None
    fp.update((name, fields[name]) for name in KEPT_FIELDS if name in fields)
    # As the live path marked it: the article's precision, else the flag stored with it.
    return "refingerprinted", mark_day_only(fp, article.get("published_precision"), article.get("published_at"))


def rebuild(store: Any, config: DedupeConfig, versions: Counter[str] | None = None) -> tuple[Counter[str], float]:
    """Re-cluster a store from its fingerprints (and bodies of articles without one).

    A fingerprint of another version (:data:`~newscrawl.dedupe.features.FINGERPRINT_VERSION`)
    is made again from its article's stored text first (counted in ``versions`` as
    ``refingerprinted``); one without stored text is matched as it is (``stale``), and so is
    the row of a URL folded into another article (``folded``).
    """
    started = time.perf_counter()
    engine = DedupeEngine(store, config)
    counts: Counter[str] = Counter()
    versions = Counter() if versions is None else versions
    store.clear_stories()
    store.clear_fingerprint_index()
    done: set[str] = set()
    for batch in _batches(store.iter_fingerprints()):
        with store.dedupe_batch():  # SQLite: one transaction a batch, as for an input file
            for fields, sig in batch:
                fp = None
                if fingerprint_version(fields) != FINGERPRINT_VERSION:
                    kind, fp = refingerprint(store, fields)
                    versions[kind] += 1
                if fp is None:
                    # As the live path marked it (a record stored before ``day_only``: not day-only, as before).
                    fp = mark_day_only(from_record(fields, sig))
                verdict = engine.assign(fp, replace=True)
                counts[verdict.match] += 1
                done.add(fields["ref"])
                store.set_story(fields["url"], verdict.story_id, verdict.match, verdict.score)
    unfingerprinted = (a for a in store.iter_articles() if url_key(a["url"]) not in done and a.get("body"))
    for batch in _batches(unfingerprinted):
        with store.dedupe_batch():
            for article in batch:
                verdict = engine.assign(
                    mark_day_only(
                        fingerprint(article), article.get("published_precision"), article.get("published_at")
                    ),
                    replace=True,
                )
                counts[verdict.match] += 1
                store.set_story(article["url"], verdict.story_id, verdict.match, verdict.score)
    return counts, round(time.perf_counter() - started, 3)


def _batches(items: Iterable[Any]) -> Iterator[list[Any]]:
    """``items`` in lists of ``FILE_BATCH`` (read ahead of the batch's transaction)."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= FILE_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
