"""Ground truth and the site registry, written to files beside a running network.

The truth is one JSON object per article per site (see ``Theme.truth`` for the fields);
the registry is a ``newscrawl/sites.py`` TOML file describing the sites at their local
addresses, so ``NEWSCRAWL_SITES=PATH scrapy crawl <name>`` crawls them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .themes.base import Theme


def records(themes: Iterable[Theme]) -> Iterator[dict[str, Any]]:
    """Truth records of every article of every site, site by site, oldest first."""
    for theme in themes:
        for k in range(theme.count):
            yield theme.truth(k)


def write_truth(themes: Iterable[Theme], path: Path) -> int:
    """Write the truth as JSON lines, atomically (a reader never sees half a file)."""
    tmp = path.with_name(path.name + ".part")
    n = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for record in records(themes):
            fh.write(json.dumps(record, ensure_ascii=False))
            fh.write("\n")
            n += 1
    os.replace(tmp, path)
    return n


def read_truth(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def registry_toml(entries: list[dict[str, Any]], header: str = "") -> str:
    """``[[site]]`` tables; a dict value becomes a ``[site.<key>]`` sub-table."""
    out = [f"# {line}" if line else "#" for line in header.splitlines()]
    for entry in entries:
        out.append("\n[[site]]")
        tables = {k: v for k, v in entry.items() if isinstance(v, dict)}
        for key, value in entry.items():
            if key not in tables and value is not None:
                out.append(f"{key} = {_toml_value(value)}")
        for key, table in tables.items():
            out.append(f"[site.{key}]")
            out += [f"{k} = {_toml_value(v)}" for k, v in table.items() if v is not None]
    return "\n".join(out) + "\n"
