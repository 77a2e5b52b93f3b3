"""Scrapy subcommands: ``crawl`` (Scrapy's, with checks first), ``extract``, ``dedupe``, ``probe``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.utils.log import configure_logging

if TYPE_CHECKING:
    import argparse


class Standalone:
    """Mixed into a ``ScrapyCommand`` that runs without a crawler process, so without
    Scrapy's start-up log (its errors stay one line), but logs as ``scrapy crawl`` does:
    ``-L``, ``--logfile``, ``--nolog`` and ``-s LOG_*`` apply. Quiet by default
    (``LOG_LEVEL = WARNING``). Not a ``ScrapyCommand`` itself: Scrapy would list it."""

    requires_crawler_process = False
    default_settings = {"LOG_LEVEL": "WARNING"}

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)  # type: ignore[misc]
        # A crawler process would do this; without one, Python's last-resort handler
        # printed WARNING and above, bare, whatever the options said.
        configure_logging(self.settings)
