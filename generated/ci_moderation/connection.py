"""The HTTP connections under `transport="httpx"`: deadline-bounded sockets, and no reuse of a
connection that carried a protocol violation.

httpcore bounds each socket read by a per-read timeout, so a server that drips a byte a
second, or sends `102 Processing` forever, could hold a blocking call far past its deadline.
The pool a sync `Client(transport="httpx")` owns therefore has a network backend whose every
connect, read and write waits at most until the current call's deadline (a thread-local: a
blocking call does its socket I/O in its own thread). The async client needs none of this:
`asyncio.timeout` bounds every phase of an attempt.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterable
from typing import Any

import httpcore

log = logging.getLogger(__name__.rpartition(".")[0])

#: The deadline (time.monotonic) of the blocking call running in this thread, if any.
_local = threading.local()


class DeadlineBeforeWrite(httpcore.WriteTimeout):
    """The deadline passed before this attempt wrote a single byte: provably not sent."""


def set_deadline(at: float | None) -> None:
    """Bound this thread's socket I/O by `at` (None: unbounded), for a new attempt."""
    _local.at = at
    _local.wrote = False


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout`, shortened to what is left before this thread's call deadline."""
    at: float | None = getattr(_local, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        if error is httpcore.WriteTimeout and not getattr(_local, "wrote", True):
            error = DeadlineBeforeWrite
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the calling thread's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        timeout = _clamp(timeout, httpcore.WriteTimeout)
        _local.wrote = True  # from here on, some bytes of the request may have left
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        # shutdown() first: it wakes a read blocked in another thread (client.close()
        # during a call), which a bare close() on Linux does not.
        sock = self._inner.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - CI endpoints are TCP
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover - unused by HTTP/1.1
        self._inner.sleep(seconds)


def deadline_pool(max_connections: int) -> httpcore.ConnectionPool:
    """httpcore's pool (HTTP/1.1) of deadline-bounded sockets: what `transport="httpx"` runs
    on when you pass no client of your own. TLS uses httpcore's default context (certifi's
    roots, as httpx), built on the first https connection only."""
    return httpcore.ConnectionPool(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=5.0,
        network_backend=_DeadlineBackend(),
    )


def retire_if_surplus(stream: Any) -> bool:
    """After a complete response: if its connection already holds bytes beyond it (a server
    that sent more than its Content-Length, perhaps a second, forged response), mark the
    connection failed so httpcore closes it instead of reading them as the next answer.

    httpx exposes no public way to see those bytes; this follows httpcore 1.x's HTTP/1.1
    objects to h11's public `trailing_data` and `send_failed()`, and does nothing if the
    layout differs (bytes still in the socket are caught anyway: httpcore never reuses a
    connection whose idle socket is readable). Returns whether the connection was retired.
    """
    obj = stream  # an httpx or httpcore response's stream
    for _ in range(6):
        state = getattr(obj, "_h11_state", None)
        if state is not None:
            if state.trailing_data[0]:
                state.send_failed()
                log.warning("the server sent bytes beyond its response; connection closed")
                return True
            return False
        for attr in ("_stream", "_httpcore_stream", "_connection"):
            inner = getattr(obj, attr, None)
            if inner is not None:
                obj = inner
                break
        else:
            return False
    return False
