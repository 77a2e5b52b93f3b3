"""``scrapy extract``: run the crawl's extraction on saved pages, one JSON object per page.

    scrapy extract page.html [more.html ...] [--url URL] [--site NAME]
    scrapy extract --from-list pages.tsv            # lines "path<TAB>url"; .gz files accepted
    scrapy extract page.html --url URL --fetched-at 2025-11-24T09:30:00Z

Each output line is the Article's fields (times in UTC, ISO 8601) plus ``path``;
a page that is not an article gives ``{"path": ..., "url": ..., "article": null,
"reason": "not_article:tag"}``. The site comes from ``--site``, else from the URL's
host in the registry (``NEWSCRAWL_SITES`` merged over the shipped one), else none
(generic page class, UTC). Same code as the crawl: :func:`newscrawl.pages.extract`.
``--fetched-at`` (ISO 8601; UTC when it names no zone) is when the pages were fetched: a
relative date ("3 hours ago") counts back from it. Without it such a date gives no date: a
saved file keeps no response headers, and its modification time is when it was copied last.
A file that cannot be read, or a list line whose URL does not parse, costs that page
only (one line on standard error, exit code 1); a bad ``--url`` is exit code 2.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.commands import Standalone
from newscrawl.items import article_to_doc
from newscrawl.pages import extract
from newscrawl.sites import RegistryError, Site, load_registry
from newscrawl.urls import url_problem

if TYPE_CHECKING:
    import argparse


def _open(path: str) -> bytes:
    """The file's bytes, gunzipped if gzipped; OSError for any file that cannot be read."""
    data = Path(path).read_bytes()
    if path.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (EOFError, zlib.error) as exc:  # cut short, corrupt: BadGzipFile is an OSError already
            raise OSError(f"broken gzip data ({exc})") from None
    return data


def read_list(path: str) -> list[tuple[str, str | None]]:
    """``(path, url)`` pairs of a list file: ``path<TAB>url`` lines; blank lines and ``#`` comments skipped."""
    try:
        text = _open(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise OSError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    base = Path(path).parent
    pairs = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        page, _, url = line.partition("\t")
        page_path = Path(page.strip())
        if not page_path.is_absolute() and not page_path.exists():
            page_path = base / page_path
        pairs.append((str(page_path), url.strip() or None))
    return pairs


def parse_fetched_at(text: str) -> datetime | None:
    """An ISO 8601 date and time ("2025-11-24T09:30:00Z", "2025-11-24 16:30+07:00"), UTC when it names
    no zone; None for anything else."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def site_for_url(url: str, sites: dict[str, Site]) -> Site | None:
    """The registry site whose domains hold the URL's host (``www.`` and subdomains included).

    None for a URL that does not parse (``https://[x/``, a port out of range).
    """
    try:
        parts = urlsplit(url)
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        return None
    for site in sites.values():
        base = urlsplit(site.base_url)
        if port and base.port == port and base.hostname == host:
            return site
    for site in sites.values():
        for domain in site.domains:
            if host == domain or host.endswith("." + domain) or host.removeprefix("www.") == domain:
                return site
    return None


class Command(Standalone, ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "FILE... [--url URL] | --from-list LIST.tsv"

    def short_desc(self) -> str:
        return "Extract articles from saved pages, printing one JSON object per page"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", help="URL the page was fetched from (one FILE)")
        parser.add_argument("--from-list", dest="from_list", help="file of 'path<TAB>url' lines (.gz accepted)")
        parser.add_argument("--site", help="registry name of the site (default: found from the URL's host)")
        parser.add_argument(
            "--fetched-at",
            dest="fetched_at",
            help="when the pages were fetched, ISO 8601 (relative dates count back from it; none without it)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        pairs: list[tuple[str, str | None]] = []
        if opts.from_list:
            try:
                pairs += read_list(opts.from_list)
            except OSError as exc:
                raise UsageError(f"cannot read list {opts.from_list}: {exc.strerror or exc}") from None
        if opts.url and len(args) != 1:
            raise UsageError("--url goes with exactly one FILE")
        problem = url_problem(opts.url) if opts.url else None
        if problem:
            sys.stderr.write(f"newscrawl: --url {opts.url!r}: {problem}\n")
            self.exitcode = 2
            return
        fetched_at = None
        if opts.fetched_at:
            fetched_at = parse_fetched_at(opts.fetched_at)
            if fetched_at is None:
                sys.stderr.write(f"newscrawl: --fetched-at {opts.fetched_at!r}: not an ISO 8601 date and time\n")
                self.exitcode = 2
                return
        pairs += [(path, opts.url) for path in args]
        if not pairs:
            raise UsageError("give FILE... or --from-list LIST.tsv")
        try:
            sites = load_registry(self.settings.get("NEWSCRAWL_SITES"))
        except RegistryError as exc:
            sys.stderr.write(f"newscrawl: {exc}\n")
            self.exitcode = 2
            return
        fixed_site = None
        if opts.site:
            fixed_site = sites.get(opts.site)
            if fixed_site is None:
                raise UsageError(f"no site {opts.site!r} in the registry (known: {', '.join(sorted(sites))})")
        failures = self.extract_all(pairs, sites, fixed_site, sys.stdout, fetched_at)
        if failures:
            self.exitcode = 1

    def extract_all(
        self,
        pairs: list[tuple[str, str | None]],
        sites: dict[str, Site],
        fixed_site: Site | None,
        out: TextIO,
        fetched_at: datetime | None = None,
    ) -> int:
        failures = 0
        for path, url in pairs:
            problem = url_problem(url) if url else None
            if problem:  # from the list: costs this page only
                sys.stderr.write(f"newscrawl: {path}: skipped, bad URL {url!r}: {problem}\n")
                failures += 1
                continue
            try:
                data = _open(path)
            except OSError as exc:
                sys.stderr.write(f"newscrawl: cannot read {path}: {exc.strerror or exc}\n")
                failures += 1
                continue
            page_url = url or Path(path).resolve().as_uri()
            site = fixed_site or (site_for_url(page_url, sites) if url else None)
            result = extract(data, page_url, site, fetched_at=fetched_at)
            record: dict[str, Any]
            if result.article is None:
                record = {"path": path, "url": page_url, "article": None, "reason": result.reason}
            else:
                record = article_to_doc(result.article)
                record["path"] = path
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        return failures
