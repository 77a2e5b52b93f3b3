"""``python -m newscrawl.mirrornet [--size N] [--port BASE] [--seed S]``: serve the network.

The first line on standard output is one JSON object, printed once every site accepts
connections: ``{"sites": {name: base_url}, "registry": PATH, "truth": PATH, ...}``.
It then serves until SIGTERM or SIGINT, and removes its files (unless ``--workdir``).
Logs go to standard error.

Up to ``EAGER_TRUTH_MAX`` articles per site the truth file is complete when the line is
printed. Above, a child process writes it while the sites already serve and moves it
into place when done (``"truth_ready": false`` in the line): wait for the path to exist.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys

from .network import EAGER_TRUTH_MAX, MirrorNet
from .world import DEFAULT_SIZE

logger = logging.getLogger("newscrawl.mirrornet")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl.mirrornet", description="Serve the simulated network of syndication mirrors."
    )
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help=f"articles per site (default {DEFAULT_SIZE})")
    parser.add_argument(
        "--port", type=int, default=0, help="first port; site i listens on BASE+i (default 0: free ports)"
    )
    parser.add_argument("--seed", type=int, default=1, help="content seed (default 1)")
    parser.add_argument("--workdir", help="where to write sites.toml and truth.jsonl (default: a temporary directory)")
    parser.add_argument("--no-gzip", action="store_true", help="never compress responses")
    parser.add_argument(
        "--one-host", action="store_true", help="serve every site on 127.0.0.1 (domains become 127.0.0.1:PORT)"
    )
    parser.add_argument(
        "--crawl-delay",
        type=float,
        default=0.1,
        help="Crawl-delay of the site whose robots.txt has one; 0 drops the line (default 0.1)",
    )
    parser.add_argument("--slow", type=float, default=1.0, help="seconds the slow page takes (default 1)")
    args = parser.parse_args(argv)
    if args.size < 1:
        parser.error("--size must be at least 1")
    if not 0 <= args.port <= 65535 - 10:
        parser.error("--port must be 0 or a port number")
    return args


def _write_truth_in_child(net: MirrorNet) -> int:
    """Fork a child that writes the truth file; the parent goes on serving."""
    pid = os.fork()
    if pid == 0:
        try:
            net._close_sockets()  # the parent serves; the child only writes
            net.write_truth()
        finally:
            os._exit(0)
    return pid


async def _serve(net: MirrorNet) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await net.serve(stop)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(message)s")
    net = MirrorNet(
        size=args.size,
        seed=args.seed,
        port=args.port,
        workdir=args.workdir,
        gzip=not args.no_gzip,
        loopback=not args.one_host,
        truth=False,
        crawl_delay=args.crawl_delay or None,
        slow_seconds=args.slow,
    )
    try:
        net.start()
    except OSError as exc:
        print(f"mirrornet: cannot listen: {exc} (try another --port, or --port 0)", file=sys.stderr)
        return 2
    child = None
    if args.size <= EAGER_TRUTH_MAX:
        net.write_truth()
    else:
        child = _write_truth_in_child(net)
    line = json.loads(net.ready_line())
    line["truth_ready"] = child is None
    print(json.dumps(line), flush=True)
    logger.info("serving %d sites, %d articles each; stop with Ctrl-C", len(net.sites), args.size)
    try:
        asyncio.run(_serve(net))
    finally:
        if child is not None:
            try:
                if os.waitpid(child, os.WNOHANG) == (0, 0):
                    os.kill(child, signal.SIGTERM)
                    os.waitpid(child, 0)
            except ChildProcessError:
                pass
        net.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
