"""A raw-socket HTTP server on 127.0.0.1 for tests that must see or shape the exact bytes.

One background thread accepts connections one at a time and hands each to `handler(conn)`.
Every wait is bounded by socket timeouts; `stop()` ends the thread.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self

Handler = Callable[[socket.socket], None]


class RawServer:
    def __init__(self, handler: Handler, *, timeout: float = 5.0) -> None:
        self.handler = handler
        self.timeout = timeout
        self.errors: list[BaseException] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(self.timeout)
                try:
                    self.handler(conn)
                except Exception as exc:  # reported by the test through `errors`
                    self.errors.append(exc)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.timeout + 1)
        self._listener.close()

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def read_request(conn: socket.socket) -> bytes:
    """Read one HTTP/1.1 request (head and Content-Length body) exactly as it arrived."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return head + b"\r\n\r\n" + rest


def respond(conn: socket.socket, status: str, body: bytes, headers: dict[str, str]) -> None:
    """Send one complete answer with Content-Length and `Connection: close`."""
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items())]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
