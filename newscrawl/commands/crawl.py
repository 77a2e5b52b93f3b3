"""``scrapy crawl``, checking the store before the crawl starts.

Scrapy's own crawl command, plus: the store named by ``NEWSCRAWL_STORE`` /
``STORE_URI`` is opened first, and an unreachable or misconfigured store ends the
command at once with one line (password masked) and exit code 2, before any page
is fetched. A crawl that the store pipeline had to stop also exits 2.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscrawl.store import StoreError, mask_uri, open_store, store_uri_from_settings

if TYPE_CHECKING:
    import argparse

#: Exit code for a store that cannot be used (1 stays Scrapy's "crawl failed to start").
EXIT_STORE = 2
#: Exit code for a bad spider argument.
EXIT_USAGE = 2


class Command(ScrapyCrawlCommand):
    def _spider_class(self, name: str) -> type | None:
        try:
            return self.crawler_process.spider_loader.load(name)
        except KeyError:
            return None  # Scrapy reports the unknown spider itself

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        settings = self.settings
        if settings.getbool("STORE_ENABLED", True):
            uri = store_uri_from_settings(settings)
            try:
                open_store(uri, connect_timeout=settings.getfloat("STORE_CONNECT_TIMEOUT", 5.0)).close()
            except StoreError as exc:
                sys.stderr.write(f"newscrawl: cannot open store {mask_uri(uri)}: {exc}\n")
                self.exitcode = EXIT_STORE
                return
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's own usage errors
            return
        check = getattr(self._spider_class(args[0]), "check_arguments", None)
        if check is not None:
            try:
                check(opts.spargs)
            except UsageError as exc:
                sys.stderr.write(f"newscrawl: {args[0]}: {exc}\n")
                self.exitcode = EXIT_USAGE
                return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats.get_value("finish_reason") == "store_unavailable":
            self.exitcode = EXIT_STORE
