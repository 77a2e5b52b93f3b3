"""``scrapy crawl``, checking settings, site and store before the crawl starts.

Scrapy's own crawl command, plus, each ending the command at once with one line on
standard error and exit code 2, before any page is fetched:

- a setting an enabled item pipeline would refuse (``-s DEDUPE_MODE=bogus``,
  ``-s STORE_BATCH_SIZE=abc``): every pipeline in ``ITEM_PIPELINES`` with a
  ``check_settings(settings)`` class method is asked first;
- a site (spider) name that is not known, pointing to ``scrapy list``;
- a bad spider argument (``-a since=yesterday``);
- an unreachable or misconfigured store (``NEWSCRAWL_STORE`` / ``STORE_URI``,
  password masked).

After the crawl, one line on standard error when it went wrong: exit code 1 when it found
nothing to crawl (the site does not answer, or no discovery route worked), when a discovery
document failed, or when a site whose pages need a browser was crawled without one and gave
no article; exit code 2
when the store stopped it (an open or a read failed mid-way) or did not take every
article (spooled for the next run, or lost when the spool could not be written either).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import load_object

from newscrawl.config import SettingError, check_crawl_settings, get_bool, get_float
from newscrawl.store import StoreError, mask_uri, open_store, store_uri_from_settings

if TYPE_CHECKING:
    import argparse

#: Exit code for a store that cannot be used (1 stays Scrapy's "crawl failed to start").
EXIT_STORE = 2
#: Exit code for a bad spider argument, setting or site name.
EXIT_USAGE = 2
#: Exit code for a site that does not answer or lists nothing we can read.
EXIT_SITE = 1


def check_settings(settings: Any) -> None:
    """Raise :class:`SettingError` for the first setting an enabled item pipeline would refuse.

    Pipelines are named here only by their dotted paths, from ``ITEM_PIPELINES``.
    """
    check_crawl_settings(settings)
    for path in build_component_list(settings.getwithbase("ITEM_PIPELINES")):
        try:
            component = load_object(path)
        except (ImportError, NameError, ValueError) as exc:
            raise SettingError(f"ITEM_PIPELINES: cannot load {path!r} ({exc})") from None
        check = getattr(component, "check_settings", None)
        if check is not None:
            check(settings)


class Command(ScrapyCrawlCommand):
    def _spider_class(self, name: str) -> type | None:
        try:
            return self.crawler_process.spider_loader.load(name)
        except KeyError:
            return None

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        settings = self.settings
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's own usage errors
            return
        try:
            check_settings(settings)
            store_enabled = get_bool(settings, "STORE_ENABLED", True)
            connect_timeout = get_float(settings, "STORE_CONNECT_TIMEOUT", 5.0, minimum=0)
        except SettingError as exc:
            sys.stderr.write(f"newscrawl: bad setting {exc}\n")
            self.exitcode = EXIT_USAGE
            return
        spider_class = self._spider_class(args[0])
        if spider_class is None:
            sys.stderr.write(f"newscrawl: no site or spider named {args[0]!r}; `scrapy list` shows them\n")
            self.exitcode = EXIT_USAGE
            return
        check = getattr(spider_class, "check_arguments", None)
        if check is not None:
            try:
                check(opts.spargs)
            except UsageError as exc:
                sys.stderr.write(f"newscrawl: {args[0]}: {exc}\n")
                self.exitcode = EXIT_USAGE
                return
        if store_enabled:
            uri = store_uri_from_settings(settings)
            try:
                open_store(uri, connect_timeout=connect_timeout).close()
            except StoreError as exc:
                sys.stderr.write(f"newscrawl: cannot open store {mask_uri(uri)}: {exc}\n")
                self.exitcode = EXIT_STORE
                return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        problem = store_problem(crawler.stats, mask_uri(store_uri_from_settings(settings)))
        if problem:
            sys.stderr.write(problem + "\n")
            self.exitcode = EXIT_STORE
            return
        problem = site_problem(crawler.stats, args[0], getattr(spider_class, "site", None))
        if problem:
            sys.stderr.write(problem + "\n")
            self.exitcode = EXIT_SITE


def site_problem(stats: Any, name: str, site: Any) -> str | None:
    """The one line a crawl ends with when it found nothing to crawl on the site, or None."""
    base = getattr(site, "base_url", "")
    unreachable = stats.get_value("discovery/unreachable")
    if unreachable:
        return f"newscrawl: {name}: {base} does not answer ({unreachable}); nothing crawled"
    if stats.get_value("discovery/no_route"):
        return f"newscrawl: {name}: no discovery route worked on {base}; check the site's [site.discovery] entry"
    no_browser = stats.get_value("render/no_browser")
    if no_browser:
        fetched = stats.get_value("render/browser_unavailable", 0)
        return (
            f'newscrawl: {name}: its pages need a browser (render = "browser") but {no_browser}; no article'
            f" stored, {fetched} page(s) fetched without it are retried next run"
        )
    failed = stats.get_value("discovery/documents_failed")
    if failed:
        return (
            f"newscrawl: {name}: {failed} discovery document(s) of {base} failed; the mark was not moved,"
            " the next run reads them again"
        )
    return None


def store_problem(stats: Any, uri: str) -> str | None:
    """The one line a crawl ends with when the store failed it (stopped it, or did not take
    every article), or None."""
    stopped = stats.get_value("finish_reason") == "store_unavailable"
    spooled, lost = stats.get_value("store/spooled", 0), stats.get_value("store/lost", 0)
    if stats.get_value("store/state_not_saved") and not (stopped or spooled or lost):
        error = stats.get_value("store/last_error") or "unavailable"
        return f"newscrawl: store {uri} failed: {error}; the next run crawls the same window again"
    if not (stopped or spooled or lost):
        return None
    error = stats.get_value("store/last_error") or "unavailable"
    line = f"newscrawl: store failed: {error}" if uri in error else f"newscrawl: store {uri} failed: {error}"
    if stopped:
        line += "; crawl stopped"
    if spooled:
        line += f"; {spooled} articles kept in {stats.get_value('store/spool')} for the next run"
    if lost:
        line += f"; {lost} articles lost"
    return line
