"""A hostile HTTP server on 127.0.0.1: a thread per connection, every byte under the test's
control (1xx forever, drip-fed headers, compression bombs, surplus bytes, cookies...).

Each handler gets the connection and a `Conn` helper; every loop it runs is bounded in count
and time, and it stops at the first failed write (the client went away).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Self

from .rawserver import read_request

OK_SUBMIT = (
    b"<Response><JobsDetail><JobId>av-legit</JobId><State>Submitted</State></JobsDetail></Response>"
)
OK_CANCEL = b"<Response><JobsDetail><JobId>av-legit</JobId></JobsDetail></Response>"


class Conn:
    def __init__(self, sock: socket.socket, server: HostileServer) -> None:
        self.sock = sock
        self.server = server

    def request(self) -> bytes:
        """The next request on this connection (b"" when the client closed it)."""
        data = read_request(self.sock)
        if data:
            with self.server.lock:
                self.server.requests.append(data)
        return data

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            return False

    def wait(self, seconds: float) -> None:
        """Say nothing for `seconds`, or until the server stops."""
        self.server.stopping.wait(seconds)

    def drip(self, data: bytes, interval: float, limit: float = 8.0) -> bool:
        """Send `data` a byte at a time, `interval` apart, for at most `limit` seconds."""
        end = time.monotonic() + limit
        for i in range(len(data)):
            if time.monotonic() > end or not self.send(data[i : i + 1]):
                return False
            self.wait(interval)
        return True


def answer(
    body: bytes,
    status: str = "200 OK",
    headers: dict[str, str] | None = None,
    *,
    length: int | None = None,
) -> bytes:
    """One complete response, keep-alive, with a (possibly lying) Content-Length."""
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/xml"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    lines.append(f"Content-Length: {len(body) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


Handler = Callable[[Conn], None]


class HostileServer:
    def __init__(self, handler: Handler, host: str = "127.0.0.1") -> None:
        self.handler = handler
        self.host = host
        self.requests: list[bytes] = []
        self.connections = 0
        self.lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._listener.bind((host, 0))
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self.stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._start(sock)
        # Connections the kernel completed before the stop but not yet accepted (a loaded
        # machine starves this thread) are served too: their requests count.
        self._listener.setblocking(False)
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            sock.setblocking(True)
            self._start(sock)

    def _start(self, sock: socket.socket) -> None:
        with self.lock:
            self.connections += 1
        t = threading.Thread(target=self._serve, args=(sock,), daemon=True)
        self._threads.append(t)
        t.start()

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(10)
        with sock, contextlib.suppress(OSError):
            self.handler(Conn(sock, self))

    def __enter__(self) -> Self:
        self._accepter.start()
        return self

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()
        self._accepter.join(timeout=2)
        self._listener.close()
        for t in self._threads:
            t.join(timeout=10)


def serve_all(reply: bytes) -> Handler:
    """A handler answering every request on a connection with `reply`."""

    def handler(conn: Conn) -> None:
        while conn.request():
            if not conn.send(reply):
                return

    return handler
