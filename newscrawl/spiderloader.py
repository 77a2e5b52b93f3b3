"""Spider loader that adds one spider per registered site.

Scrapy's own loader finds the spider classes in ``SPIDER_MODULES``; this one then
makes, for every site in the registry (``newscrawl.sites``), a subclass of the class
named by ``NEWSCRAWL_SITE_SPIDER`` (its family's spider) whose ``site`` attribute is
that site. ``scrapy list`` shows them all and ``scrapy crawl <site name>`` runs one.
A bad registry stops the command with one line naming file, entry and field.
"""

from __future__ import annotations

import sys
from typing import Any

from scrapy.spiderloader import SpiderLoader
from scrapy.utils.misc import load_object

from newscrawl.sites import RegistryError, Site, load_registry


class SiteSpiderLoader(SpiderLoader):
    """Scrapy's SpiderLoader plus a spider per registry entry."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        base = load_object(settings.get("NEWSCRAWL_SITE_SPIDER", "spiders.news.NewsSpider"))
        try:
            sites = load_registry(settings.get("NEWSCRAWL_SITES") or None)
        except RegistryError as exc:
            sys.stderr.write(f"newscrawl: bad site registry: {exc}\n")
            raise SystemExit(2) from None
        for site in sites.values():
            if site.name not in self._spiders:
                self._spiders[site.name] = site_spider(base, site)

    @classmethod
    def from_settings(cls, settings: Any) -> SiteSpiderLoader:
        return cls(settings)


def site_spider(base: type, site: Site) -> type:
    """A spider class for one site: ``base`` with ``name`` and ``site`` set."""
    custom: dict[str, Any] = dict(getattr(base, "custom_settings", None) or {})
    politeness = site.politeness
    if politeness.concurrency is not None:
        custom["CONCURRENT_REQUESTS_PER_DOMAIN"] = politeness.concurrency
    if politeness.delay is not None:
        custom["DOWNLOAD_DELAY"] = politeness.delay
    if politeness.obey_robots is not None:
        custom["ROBOTSTXT_OBEY"] = politeness.obey_robots
    attrs = {
        "name": site.name,
        "site": site,
        "allowed_domains": list(site.domains),
        "custom_settings": custom,
        "__module__": base.__module__,
    }
    return type(f"{base.__name__}_{site.name.replace('-', '_')}", (base,), attrs)
