"""Pages per second of newscrawl's extraction beside plain trafilatura, on one core.

    taskset -c 0 .venv/bin/python benchmarks/extraction_speed.py [--pages N] [--rounds N] [--mirror-size N]

Real pages: the first N pages of the trafilatura evaluation set (unpacked by
extraction_eval.py into /tmp/newscrawl-evalpages). Both systems start from the same
bytes: ours decodes, parses once and fills every Article field; trafilatura's
``extract()`` decodes, parses and extracts the main text. Mirror pages: every article
of a simulated mirror network (newscrawl.mirrornet, seed 1), fetched once, then
extracted with its site's registry entry, as the crawl does. Rates are pages per
second of CPU time (``time.process_time``, measured inside the process that extracts).
On the real pages each system runs in its own long-lived worker process (``Worker``),
both pinned to one core (``--core``, default the first this script was given); plain
trafilatura's worker never imports newscrawl. Each worker runs a warm-up round (imports,
models, caches), then the two are driven page by page in turn over a pipe, which one goes
first alternating (``paired_seconds``): both see the same load at the same moments and
neither pays for the other's heap and caches. (Until the eleventh session trafilatura's
rounds were timed first, in a process that had not yet run ours, and ours after: a load
change between the two phases went whole into the ratio. SP11 then timed both in turn in
one process, where trafilatura runs 3-16 % slower for having run ours, so its ratios,
~0.87x, stood high; figures from before QF13 are not comparable with these.)
``benchmarks/speed_alternate.py`` times its rounds with the same function.
Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Worker:
    """A long-lived process that runs one extractor, ``"ours"`` (``newscrawl.pages.extract``,
    from ``root``'s checkout if given) or ``"trafilatura"`` (plain ``trafilatura.extract``; the
    process never imports newscrawl), over ``pages`` (``(path, url)`` pairs), pinned to ``core``.
    It reads the pages and runs a warm-up round of them (imports, models, caches) when started;
    calling it with a page's index runs that page once and gives the CPU seconds
    (``time.process_time``) measured inside the worker."""

    def __init__(self, kind: str, pages: list[tuple[str, str]], core: int, root: str | None = None) -> None:
        command = ["taskset", "-c", str(core), sys.executable, str(Path(__file__).resolve()), "--worker"]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._ask(json.dumps({"kind": kind, "pages": pages, "root": root}), "ready")

    def _ask(self, line: str, expected: str | None = None) -> str:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        if not answer or (expected is not None and answer != expected):
            raise RuntimeError(f"speed worker failed on {line[:60]!r}: {answer!r}")
        return answer

    def __call__(self, index: int) -> float:
        return float(self._ask(f"run {index}"))

    def modules(self) -> list[str]:
        """The names in the worker's ``sys.modules``."""
        return json.loads(self._ask("modules"))

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def serve() -> None:
    """The worker's side of ``Worker``: one JSON line of settings, then one command a line."""
    spec = json.loads(sys.stdin.readline())
    logging.disable(logging.CRITICAL)
    if spec["kind"] == "ours":
        if spec["root"]:
            sys.path.insert(0, str(spec["root"]))  # the checkout under test's newscrawl
        from newscrawl.pages import extract

        def run(data: bytes, url: str) -> object:
            return extract(data, url)

    else:
        import trafilatura

        def run(data: bytes, url: str) -> object:
            return trafilatura.extract(data, url=url)

    pages = [(Path(path).read_bytes(), url) for path, url in spec["pages"]]
    for page in pages:  # warm-up round: imports, models, caches
        run(*page)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "run":
            started = time.process_time()
            run(*pages[int(argument)])
            print(repr(time.process_time() - started), flush=True)
        elif command == "modules":
            print(json.dumps(sorted(sys.modules)), flush=True)


def paired_seconds(ours, theirs, count: int, first: int = 0) -> tuple[float, float]:
    """CPU seconds of ``ours`` and ``theirs`` (``Worker``s, or any callable that runs page
    ``index`` and gives its seconds) over pages ``0 .. count - 1``, each page run by both in
    turn; which goes first alternates from page to page (``first``: the parity on which ours does)."""
    spent = [0.0, 0.0]
    for index in range(count):
        for which in (0, 1) if index % 2 == first % 2 else (1, 0):
            spent[which] += (ours if which == 0 else theirs)(index)
    return spent[0], spent[1]


def paired_rates(ours, theirs, count: int, rounds: int = 1) -> tuple[float, float]:
    """Pages per CPU second of ``ours`` and ``theirs`` (warmed-up ``Worker``s) over ``rounds``
    rounds of ``paired_seconds``, the page order swapped from round to round."""
    spent = [0.0, 0.0]
    for turn in range(rounds):
        seconds = paired_seconds(ours, theirs, count, turn)
        spent = [spent[0] + seconds[0], spent[1] + seconds[1]]
    return rounds * count / spent[0], rounds * count / spent[1]


def _rate(func, pages: list, rounds: int = 1) -> float:
    for page in pages:  # warm-up round: imports, models, caches
        func(*page)
    started = time.process_time()
    for _ in range(rounds):
        for page in pages:
            func(*page)
    return rounds * len(pages) / (time.process_time() - started)


def mirror_pages(size: int) -> list[tuple[bytes, str, object, dict]]:
    """``(bytes, url, site, headers)`` of every HTTP-rendered article of a simulated network."""
    import tempfile
    import urllib.error
    import urllib.request

    from newscrawl.mirrornet import MirrorNet
    from newscrawl.sites import load_file

    pages = []
    with MirrorNet(size=size, seed=1, workdir=tempfile.mkdtemp(prefix="nc-speed-")) as net:
        sites = load_file(net.registry_path)
        for truth in net.truth:
            site = sites.get(truth["site"])
            if site is None or site.render == "browser":
                continue
            for _ in range(3):  # some pages answer 503 + Retry-After the first time
                try:
                    with urllib.request.urlopen(truth["url"], timeout=10) as response:
                        pages.append((response.read(), response.geturl(), site, dict(response.headers)))
                    break
                except urllib.error.HTTPError as exc:
                    if exc.code != 503:
                        raise
                    time.sleep(float(exc.headers.get("Retry-After") or 1) + 0.05)
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-pages", type=Path, default=Path("/tmp/newscrawl-evalpages/trafilatura-htmldate"))
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=1, help="timed rounds of the real pages after the warm-up")
    parser.add_argument("--mirror-size", type=int, default=40, help="articles per simulated site (0: skip)")
    parser.add_argument("--core", type=int, help="the core both workers are pinned to (default: this process's first)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        serve()
        return 0
    logging.disable(logging.CRITICAL)
    core = min(os.sched_getaffinity(0)) if args.core is None else args.core

    figures: dict[str, float] = {}
    real_dir = args.eval_pages / "trafilatura" / "tests" / "eval"
    if real_dir.exists():
        real = [(str(p), f"https://example.org/{p.stem}/a.html") for p in sorted(real_dir.glob("*.html"))[: args.pages]]
        ours, theirs = Worker("ours", real, core, str(ROOT)), Worker("trafilatura", real, core)
        try:
            figures["real.newscrawl"], figures["real.trafilatura"] = paired_rates(ours, theirs, len(real), args.rounds)
        finally:
            ours.close()
            theirs.close()
        figures["real.ratio"] = figures["real.newscrawl"] / figures["real.trafilatura"]
        figures["real.pages"] = len(real)
    else:
        print(f"no real pages at {real_dir} (run benchmarks/extraction_eval.py once to unpack them)", file=sys.stderr)

    if args.mirror_size:
        from newscrawl.pages import extract

        mirror = mirror_pages(args.mirror_size)
        figures["mirror.newscrawl"] = _rate(lambda d, u, site, h: extract(d, u, site, headers=h), mirror, 2)
        figures["mirror.pages"] = len(mirror)

    for key, value in figures.items():
        print(f"{key:<22} {value:10.2f}")
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
