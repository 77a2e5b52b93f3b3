"""The site registry: which sites to crawl and how, as data.

``newscrawl/sites.toml`` ships with the project; a user file named by the
``NEWSCRAWL_SITES`` environment variable (or the ``NEWSCRAWL_SITES`` setting) is
merged over it, entry by entry (the user's entries win). Loading validates every
entry and fails with one line naming the file, the entry and the field.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

BUILTIN_REGISTRY = Path(__file__).with_name("sites.toml")

FAMILIES = ("wordpress", "blogger", "generic")
RENDERS = ("http", "browser")
#: Discovery routes, most efficient first; a site's ``routes`` picks and orders them.
ROUTES = ("rest", "news_sitemap", "sitemap", "feed", "archive")

_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2}$")


class RegistryError(ValueError):
    """A registry file or entry is invalid; ``str()`` is the one line to show."""


@dataclass(frozen=True, slots=True)
class Discovery:
    """Where a site's new articles are listed, when not at the usual places."""

    routes: tuple[str, ...] = ROUTES
    rest_url: str | None = None
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    archives: tuple[str, ...] = ()
    #: Regex a URL's path must match to be taken for an article (None: any same-site page).
    article_pattern: str | None = None
    #: Regex of paths never to follow (traps, search, calendars).
    deny_pattern: str | None = None
    max_sitemap_urls: int = 50_000
    #: Child sitemaps followed in one run, over every index (the newest first).
    max_sitemaps: int = 2_000
    max_archive_pages: int = 200


@dataclass(frozen=True, slots=True)
class Extraction:
    """Per-site overrides for the page classes: CSS selectors."""

    drop: tuple[str, ...] = ()
    body: str | None = None
    title: str | None = None
    date: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Politeness:
    """Per-site overrides of the crawl's politeness settings (None: the global setting)."""

    concurrency: int | None = None
    delay: float | None = None
    obey_robots: bool | None = None


@dataclass(frozen=True, slots=True)
class Site:
    """One site to crawl."""

    name: str
    base_url: str
    domains: tuple[str, ...]
    family: str = "generic"
    language: str | None = None
    timezone: str = "UTC"
    render: str = "http"
    publisher: str | None = None
    #: True for an original publisher (it writes or first carries the stories, like NDTV);
    #: False for a mirror that republishes others' copy. Decides ``attribution.publisher``
    #: when a page names no other publisher.
    origin: bool = False
    discovery: Discovery = field(default_factory=Discovery)
    extract: Extraction = field(default_factory=Extraction)
    politeness: Politeness = field(default_factory=Politeness)
    source: str = ""

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _fail(source: str, entry: str, fieldname: str, problem: str) -> RegistryError:
    return RegistryError(f"{source}: site {entry!r}: field {fieldname!r}: {problem}")


def _strings(value: Any, source: str, entry: str, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(source, entry, name, "expected a list of non-empty strings")
    return tuple(value)


def _section(cls: type, raw: Any, source: str, entry: str, prefix: str) -> Any:
    if raw is None:
        return cls()
    if not isinstance(raw, dict):
        raise _fail(source, entry, prefix, "expected a table")
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{prefix}.{key}"
        if key not in known:
            raise _fail(source, entry, name, f"unknown field (known: {', '.join(known)})")
        default = known[key].default
        if isinstance(default, tuple):
            value = _strings(value, source, entry, name)
            if key == "routes":
                bad = [r for r in value if r not in ROUTES]
                if bad:
                    raise _fail(source, entry, name, f"unknown route {bad[0]!r} (known: {', '.join(ROUTES)})")
        elif key.endswith("pattern") and value is not None:
            try:
                re.compile(value)
            except (re.error, TypeError) as exc:
                raise _fail(source, entry, name, f"bad regular expression: {exc}") from None
        elif isinstance(default, bool) or key == "obey_robots":
            if not isinstance(value, bool):
                raise _fail(source, entry, name, "expected true or false")
        elif isinstance(default, int) or key == "concurrency":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise _fail(source, entry, name, "expected a whole number of at least 1")
        elif key == "delay":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise _fail(source, entry, name, "expected a number of seconds, 0 or more")
            value = float(value)
        elif not isinstance(value, str) or not value:
            raise _fail(source, entry, name, "expected a non-empty string")
        values[key] = value
    return cls(**values)


_TOP_FIELDS = {f.name for f in fields(Site)} - {"source"}


def parse_site(raw: dict[str, Any], source: str) -> Site:
    """Validate one registry entry into a :class:`Site`."""
    entry = str(raw.get("name", "?"))
    for key in raw:
        if key not in _TOP_FIELDS:
            raise _fail(source, entry, key, f"unknown field (known: {', '.join(sorted(_TOP_FIELDS))})")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise _fail(source, entry, "name", "expected lower-case letters, digits, '-' or '_', starting with a letter")
    base_url = raw.get("base_url")
    parts = urlsplit(base_url) if isinstance(base_url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise _fail(source, name, "base_url", f"expected an http(s) URL, got {base_url!r}")
    if not base_url.endswith("/"):
        base_url += "/"
    domains = _strings(raw.get("domains", [parts.hostname]), source, name, "domains")
    domains = tuple(d.lower() for d in domains)
    family = raw.get("family", "generic")
    if family not in FAMILIES:
        raise _fail(source, name, "family", f"{family!r} is not one of {', '.join(FAMILIES)}")
    render = raw.get("render", "http")
    if render not in RENDERS:
        raise _fail(source, name, "render", f"{render!r} is not one of {', '.join(RENDERS)}")
    language = raw.get("language")
    if language is not None and (not isinstance(language, str) or not _LANG.match(language)):
        raise _fail(source, name, "language", f"expected an ISO 639-1 code such as 'id', got {language!r}")
    timezone = raw.get("timezone", "UTC")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise _fail(source, name, "timezone", f"unknown IANA timezone {timezone!r}") from None
    publisher = raw.get("publisher")
    if publisher is not None and (not isinstance(publisher, str) or not publisher):
        raise _fail(source, name, "publisher", "expected a non-empty string")
    origin = raw.get("origin", False)
    if not isinstance(origin, bool):
        raise _fail(source, name, "origin", "expected true or false")
    return Site(
        name=name,
        base_url=base_url,
        domains=domains,
        family=family,
        language=language,
        timezone=timezone,
        render=render,
        publisher=publisher,
        origin=origin,
        discovery=_section(Discovery, raw.get("discovery"), source, name, "discovery"),
        extract=_section(Extraction, raw.get("extract"), source, name, "extract"),
        politeness=_section(Politeness, raw.get("politeness"), source, name, "politeness"),
        source=source,
    )


def load_file(path: str | Path) -> dict[str, Site]:
    """Sites of one registry file, by name; duplicate names or domains are errors."""
    source = str(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise RegistryError(f"{source}: no such registry file") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{source}: not valid TOML: {exc}") from None
    entries = data.get("site", [])
    if not isinstance(entries, list):
        raise RegistryError(f"{source}: expected [[site]] tables")
    sites: dict[str, Site] = {}
    for raw in entries:
        site = parse_site(raw, source)
        if site.name in sites:
            raise _fail(source, site.name, "name", "defined twice in this file")
        sites[site.name] = site
    _check_domains(sites.values())
    return sites


def _check_domains(sites: Any) -> None:
    owner: dict[str, Site] = {}
    for site in sites:
        for domain in site.domains:
            other = owner.setdefault(domain, site)
            if other is not site:
                raise _fail(site.source, site.name, "domains", f"{domain!r} already belongs to site {other.name!r}")


def load_registry(user_file: str | Path | None = None) -> dict[str, Site]:
    """The shipped registry with the user's file (``NEWSCRAWL_SITES``) merged over it."""
    sites = load_file(BUILTIN_REGISTRY)
    user_file = user_file or os.environ.get("NEWSCRAWL_SITES")
    if user_file:
        user = load_file(user_file)
        # A user entry replaces the shipped entry of the same name, and also any
        # shipped entry that claims one of its domains.
        for site in user.values():
            for name, shipped in list(sites.items()):
                if name == site.name or set(shipped.domains) & set(site.domains):
                    del sites[name]
        sites.update(user)
    return sites
