"""A lean asyncio HTTP/1.1 server: every simulated site in one event loop, one thread.

Crawl benchmarks run close to Scrapy's ceiling, so the server stays out of the way: a
bare ``asyncio.Protocol`` per connection, keep-alive and pipelining, no per-request
threads. A site is a handler ``Request -> Response``; a response may ask to be sent after
a delay (the slow page) without blocking other connections.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import zlib
from collections.abc import Callable
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

logger = logging.getLogger(__name__)

#: Bodies smaller than this are sent uncompressed (gzip would not pay for its header).
GZIP_MIN_BYTES = 512
# Level 1: most of the size win for a fraction of the CPU; the server shares the
# machine with the crawler it is benchmarking.
GZIP_LEVEL = 1
MAX_HEADER_BYTES = 65536
_COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/xml",
    "application/rss",
    "application/atom",
    "application/javascript",
)
_REASONS = {s.value: s.phrase for s in HTTPStatus}


class Request:
    """One parsed request; ``query`` maps each parameter to its first value."""

    __slots__ = ("method", "target", "path", "query", "headers", "version")

    def __init__(self, method: str, target: str, headers: dict[str, str], version: str = "HTTP/1.1") -> None:
        self.method = method
        self.target = target
        parts = urlsplit(target)
        self.path = parts.path or "/"
        self.query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        self.headers = headers
        self.version = version


class Response:
    """Status, headers and body bytes; ``delay`` seconds before it is sent."""

    __slots__ = ("status", "headers", "body", "delay")

    def __init__(
        self,
        body: bytes | str = b"",
        status: int = 200,
        content_type: str | None = "text/html; charset=utf-8",
        headers: list[tuple[str, str]] | None = None,
        delay: float = 0.0,
    ) -> None:
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.headers = list(headers or ())
        if content_type:
            self.headers.append(("Content-Type", content_type))
        self.delay = delay


Handler = Callable[[Request], Response]


def _wants_gzip(request: Request, response: Response) -> bool:
    if len(response.body) < GZIP_MIN_BYTES or "gzip" not in request.headers.get("accept-encoding", ""):
        return False
    ctype = next((v for k, v in response.headers if k == "Content-Type"), "")
    return ctype.startswith(_COMPRESSIBLE)


class _Connection(asyncio.Protocol):
    def __init__(self, handler: Handler, gzip: bool) -> None:
        self.handler = handler
        self.gzip = gzip
        self.buffer = bytearray()
        self.waiting = False  # a delayed response is pending; keep later ones in order
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if not self.waiting:
            self._process()

    def _process(self) -> None:
        while self.transport is not None and not self.waiting:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEADER_BYTES:
                    self._fail(431)
                return
            lines = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                self._fail(400)
                return
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            try:
                length = int(headers.get("content-length") or 0)
            except ValueError:
                self._fail(400)
                return
            if len(self.buffer) < end + 4 + length:
                return
            del self.buffer[: end + 4 + length]
            connection = headers.get("connection", "").lower()
            keep_alive = connection != "close" if version == "HTTP/1.1" else connection == "keep-alive"
            request = Request(method.upper(), target, headers, version)
            try:
                response = self.handler(request)
            except Exception:
                logger.exception("mirrornet: handler failed on %s", target)
                response = Response("internal error", status=500, content_type="text/plain; charset=utf-8")
            if response.delay > 0:
                self.waiting = True
                asyncio.get_running_loop().call_later(response.delay, self._send_late, request, response, keep_alive)
                return
            self._send(request, response, keep_alive)

    def _send_late(self, request: Request, response: Response, keep_alive: bool) -> None:
        self.waiting = False
        if self.transport is not None:
            self._send(request, response, keep_alive)
            self._process()

    def _send(self, request: Request, response: Response, keep_alive: bool) -> None:
        body = response.body
        headers = response.headers
        if self.gzip and response.status == 200 and _wants_gzip(request, response):
            packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)
            body = packer.compress(body) + packer.flush()
            headers = headers + [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        head = [f"HTTP/1.1 {response.status} {_REASONS.get(response.status, 'Status')}", "Server: mirrornet"]
        head += [f"{k}: {v}" for k, v in headers]
        head.append(f"Content-Length: {len(body)}")
        head.append("Connection: keep-alive" if keep_alive else "Connection: close")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        assert self.transport is not None
        self.transport.write(data if request.method == "HEAD" else data + body)
        if not keep_alive:
            self.transport.close()
            self.transport = None

    def _fail(self, status: int) -> None:
        assert self.transport is not None
        self.transport.write(
            f"HTTP/1.1 {status} {_REASONS[status]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode()
        )
        self.transport.close()
        self.transport = None


def listen(host: str, port: int) -> socket.socket:
    """A bound, listening TCP socket (port 0: a free one)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(1024)
    sock.setblocking(False)
    return sock


class Server:
    """Serve handlers on already-bound sockets, in the caller's loop or in a thread."""

    def __init__(self, endpoints: list[tuple[socket.socket, Handler]], gzip: bool = True) -> None:
        self.endpoints = endpoints
        self.gzip = gzip
        self.loop: asyncio.AbstractEventLoop | None = None
        self._servers: list[asyncio.base_events.Server] = []
        self._thread: threading.Thread | None = None

    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        for sock, handler in self.endpoints:
            server = await self.loop.create_server(lambda handler=handler: _Connection(handler, self.gzip), sock=sock)
            self._servers.append(server)

    async def close(self) -> None:
        for server in self._servers:
            server.close()
        for server in self._servers:
            try:
                await asyncio.wait_for(server.wait_closed(), 1.0)
            except TimeoutError:
                pass
        self._servers.clear()

    def start_thread(self) -> None:
        """Run the loop in a daemon thread; returns once every socket accepts."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self.start())
            except BaseException as exc:  # surfaced to the starting thread
                failure.append(exc)
                ready.set()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self.close())
                loop.close()

        self._thread = threading.Thread(target=run, name="mirrornet", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]

    def call(self, func: Callable[[], object]) -> object:
        """Run ``func`` in the server's loop thread and return its result."""
        if self.loop is None or self._thread is None:
            return func()

        async def wrapper() -> object:
            return func()

        return asyncio.run_coroutine_threadsafe(wrapper(), self.loop).result(10)

    def stop_thread(self) -> None:
        if self.loop is not None and self._thread is not None:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)
            self._thread = None
