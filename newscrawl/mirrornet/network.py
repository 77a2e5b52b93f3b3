"""MirrorNet: the whole simulated network, started from Python or from the command line.

Each site listens on its own loopback address and port (``http://127.0.0.101:PORT/``,
``http://127.0.0.102:PORT/`` ...), so sites differ by host name the way real sites do:
the registry's ``domains`` are unique, Scrapy's offsite filter and per-domain download
slots see one domain per site, and robots.txt is per host. Where extra loopback
addresses cannot be bound (macOS has only 127.0.0.1 by default) every site falls back to
127.0.0.1 on its own port and the registry's domains become ``127.0.0.1:PORT``.

    with MirrorNet(size=40, seed=1) as net:
        net.sites["batamkini"]      # "http://127.0.0.102:40123/"
        net.truth                   # list of truth records
        net.publish(10)             # ten new stories on every site
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..sites import load_file
from .server import Server, listen
from .themes import THEMES
from .themes.base import Theme
from .truth import records, registry_toml, write_truth
from .world import DEFAULT_SIZE, World

logger = logging.getLogger(__name__)

#: Site ``i`` listens on LOOPBACK_PREFIX + str(LOOPBACK_FIRST + i).
LOOPBACK_PREFIX = "127.0.0."
LOOPBACK_FIRST = 101
#: Above this many articles per site the CLI writes the truth file in the background
# (6 sites x 1000 records take about a second; see benchmarks/mirrornet_start.py).
EAGER_TRUTH_MAX = 1000


class MirrorNet:
    """The simulated sites, their registry file and their ground truth.

    ``start()`` binds every socket and writes the files; ``serve_in_thread()`` (or the
    context manager) serves them from a background thread; ``stop()`` undoes both.
    """

    def __init__(
        self,
        size: int = DEFAULT_SIZE,
        seed: int = 1,
        port: int = 0,
        workdir: str | Path | None = None,
        gzip: bool = True,
        loopback: bool = True,
        truth: bool = True,
        crawl_delay: float | None = 0.1,
        slow_seconds: float = 1.0,
    ) -> None:
        self.size = size
        self.seed = seed
        self.port = port
        self.gzip = gzip
        self.loopback = loopback
        self.write_truth_file = truth
        self.crawl_delay = crawl_delay
        self.slow_seconds = slow_seconds
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir else None
        self.world: World | None = None
        self.themes: dict[str, Theme] = {}
        self.server: Server | None = None
        self._sockets: list[socket.socket] = []
        self.registry_path: Path | None = None
        self.truth_path: Path | None = None

    # -- life cycle ------------------------------------------------------------------

    def start(self) -> MirrorNet:
        """Build the sites, bind their sockets, write the registry (and the truth)."""
        self.world = World(self.size, self.seed)
        self.themes = {}
        for slot, cls in enumerate(THEMES):
            theme = cls(self.world, self, slot)
            theme.slow_seconds = self.slow_seconds
            if theme.crawl_delay is not None:
                theme.crawl_delay = self.crawl_delay
            self.themes[theme.name] = theme
        self._bind()
        if self.workdir is None:
            self.workdir = Path(tempfile.mkdtemp(prefix="mirrornet-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.registry_path = self.workdir / "sites.toml"
        self.truth_path = self.workdir / "truth.jsonl"
        self.write_registry()
        if self.write_truth_file:
            self.write_truth()
        self.server = Server(
            [(sock, theme.handle) for sock, theme in zip(self._sockets, self.themes.values(), strict=True)],
            gzip=self.gzip,
        )
        return self

    def _bind(self) -> None:
        hosts = [f"{LOOPBACK_PREFIX}{LOOPBACK_FIRST + i}" for i in range(len(self.themes))]
        if self.loopback:
            try:
                probe = listen(hosts[0], 0)
                probe.close()
            except OSError:
                logger.warning("mirrornet: cannot bind %s; every site falls back to 127.0.0.1", hosts[0])
                self.loopback = False
        if not self.loopback:
            hosts = ["127.0.0.1"] * len(self.themes)
        try:
            for i, (host, theme) in enumerate(zip(hosts, self.themes.values(), strict=True)):
                sock = listen(host, self.port + i if self.port else 0)
                self._sockets.append(sock)
                theme.host, theme.port = sock.getsockname()[:2]
                theme.base_url = f"http://{theme.host}:{theme.port}/"
        except OSError:
            self._close_sockets()
            raise

    def _close_sockets(self) -> None:
        for sock in self._sockets:
            sock.close()
        self._sockets = []

    def serve_in_thread(self) -> MirrorNet:
        assert self.server is not None, "start() first"
        self.server.start_thread()
        return self

    async def serve(self, stop: asyncio.Event) -> None:
        """Serve in the running loop until ``stop`` is set (the command line's way)."""
        assert self.server is not None, "start() first"
        await self.server.start()
        await stop.wait()
        await self.server.close()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop_thread()
            self.server = None
        self._close_sockets()
        if self._own_workdir and self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> MirrorNet:
        self.start()
        try:
            return self.serve_in_thread()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests and tools read ---------------------------------------------------

    @property
    def sites(self) -> dict[str, str]:
        """Site name -> base URL (ends with ``/``)."""
        return {name: theme.base_url for name, theme in self.themes.items()}

    @property
    def truth(self) -> list[dict[str, Any]]:
        """Every article's truth record (computed now; includes published ones)."""
        return list(records(self.themes.values()))

    def truth_for(self, site: str) -> list[dict[str, Any]]:
        return list(records([self.themes[site]]))

    def site(self, name: str) -> Theme:
        return self.themes[name]

    def ready_line(self) -> str:
        """The one JSON line the command line prints when the network is up."""
        return json.dumps(
            {
                "sites": self.sites,
                "registry": str(self.registry_path),
                "truth": str(self.truth_path),
                "size": self.size,
                "seed": self.seed,
            }
        )

    # -- files -----------------------------------------------------------------------

    def registry_entries(self) -> list[dict[str, Any]]:
        entries = []
        for theme in self.themes.values():
            entry = theme.registry_entry()
            entry["domains"] = [theme.host if self.loopback else f"{theme.host}:{theme.port}"]
            entries.append(entry)
        return entries

    def write_registry(self) -> None:
        assert self.registry_path is not None
        header = (
            f"Site registry of a simulated mirror network (python -m newscrawl.mirrornet --size {self.size} "
            f"--seed {self.seed}).\nUse as NEWSCRAWL_SITES={self.registry_path}"
        )
        self.registry_path.write_text(registry_toml(self.registry_entries(), header), encoding="utf-8")
        load_file(self.registry_path)  # the registry must load; fail here, not in a spider

    def write_truth(self) -> int:
        assert self.truth_path is not None
        return write_truth(self.themes.values(), self.truth_path)

    # -- change over time ------------------------------------------------------------

    def break_page(self, url: str, status: int = 500) -> None:
        """Serve ``status`` at ``url`` (a page of one of the sites) until :meth:`mend_page`."""
        theme, path = self._page(url)
        self._apply(lambda: theme.outages.__setitem__(path, status))

    def mend_page(self, url: str) -> None:
        theme, path = self._page(url)
        self._apply(lambda: theme.outages.pop(path, None))

    def _page(self, url: str) -> tuple[Theme, str]:
        parts = urlsplit(url)
        for theme in self.themes.values():
            if (parts.hostname, parts.port) == (theme.host, theme.port):
                return theme, parts.path or "/"
        raise ValueError(f"{url} is on none of the network's sites")

    def _apply(self, change: Callable[[], Any]) -> None:
        if self.server is not None:
            self.server.call(change)
        else:
            change()

    def publish(self, n: int = 1, sites: list[str] | tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        """Publish ``n`` new articles on each of ``sites`` (default: every site).

        They show up at once in listings, REST, feeds and sitemaps; the truth file is
        rewritten. Returns the new articles' truth records.
        """
        chosen = [self.themes[name] for name in (sites or self.themes)]

        def apply() -> list[dict[str, Any]]:
            new = []
            for theme in chosen:
                first = theme.count
                theme.count += n
                new += [theme.truth(k) for k in range(first, theme.count)]
            return new

        new = self.server.call(apply) if self.server is not None else apply()
        if self.write_truth_file and self.truth_path is not None:
            self.write_truth()
        return new  # type: ignore[return-value]
