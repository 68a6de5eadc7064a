"""A blocking transport on the standard library alone (`http.client`), so that a vendored
copy can run with lxml as its only dependency: `Client(..., transport="stdlib")`.

It keeps the guarantees of the httpx one, with the same `_Call` bookkeeping:
- every connect, read and write waits at most until the attempt's deadline (each socket
  operation's timeout is clamped to it), so a server that drips headers or sends `1xx`
  forever cannot hold a call past its deadline;
- a write cut before its first byte is "not sent"; anything later is "outcome unknown";
- bodies are read under the size cap, one gzip/deflate layer decoded boundedly;
- a pooled connection is reused only when its answer was complete, the server did not ask to
  close, and nothing more is waiting on it (surplus bytes retire it: a forged second answer
  is never served), checked again before reuse (a server may close an idle connection);
- redirects are never followed and cookies never stored; TLS uses
  `ssl.create_default_context()` (the system's CAs, hostname checked).

Proxies come from the environment as users expect (`http_proxy`, `https_proxy`,
`no_proxy`; `user:password@` is sent as Basic proxy authorization): plain-http requests
go to the proxy in absolute form, https ones through a CONNECT tunnel. Loopback hosts
(`127.0.0.1`, `localhost`, `::1`) are never proxied. The environment is read once, when the
client is made.
"""

from __future__ import annotations

import base64
import http.client
import io
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import getproxies_environment

from .calls import EXTRA_HEADERS, SyncShell, _Call
from .core import Response
from .errors import CIError, ClientClosedError
from .settings import Settings

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_CHUNK = 65536


class _NotWritten(TimeoutError):
    """The deadline passed before this attempt wrote a single byte: provably not sent."""


class _DeadlineSocket:
    """A connection's socket whose every wait is clamped to the attempt's deadline and to
    the per-phase timeout. `wrote` says whether any byte of the current attempt left."""

    __slots__ = ("sock", "deadline", "read_timeout", "write_timeout", "wrote")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.deadline = float("inf")
        self.read_timeout: float | None = None
        self.write_timeout: float | None = None
        self.wrote = False

    def _clamp(self, timeout: float | None) -> None:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the deadline passed")
        self.sock.settimeout(remaining if timeout is None else min(timeout, remaining))

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        self._clamp(self.read_timeout)
        return self.sock.recv_into(buffer, nbytes, flags)

    def recv(self, size: int, flags: int = 0) -> bytes:
        self._clamp(self.read_timeout)
        return self.sock.recv(size, flags)

    def sendall(self, data: Any) -> None:
        view = memoryview(data).cast("B")
        while view:
            try:
                self._clamp(self.write_timeout)
            except TimeoutError:
                if not self.wrote:
                    raise _NotWritten("the deadline passed before the request was sent") from None
                raise
            sent = self.sock.send(view)
            self.wrote = self.wrote or sent > 0
            view = view[sent:]

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(socket.SocketIO(self, "rb"))  # type: ignore[arg-type]

    def _decref_socketios(self) -> None:  # what `socket.SocketIO.close` calls
        pass

    def fileno(self) -> int:
        return self.sock.fileno()

    def settimeout(self, timeout: float | None) -> None:  # http.client's; we clamp instead
        pass

    def close(self) -> None:
        self.sock.close()

    def dropped(self) -> bool:
        """Is anything waiting on an idle connection: bytes nobody asked for, or the
        server's close? Either way it must not carry another request."""
        sock = self.sock
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        try:
            if hasattr(select, "poll"):
                poller = select.poll()
                poller.register(sock, select.POLLIN)
                return bool(poller.poll(0))
            return bool(select.select([sock], [], [], 0)[0])
        except (OSError, ValueError):
            return True


class _Response(http.client.HTTPResponse):
    """Skips every interim `1xx` answer (http.client skips only `100`), each read bounded by
    the deadline like any other, so `102 Processing` forever ends at the deadline."""

    def _read_status(self) -> tuple[str, int, str]:
        while True:
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if not 101 < status < 200:
                return version, status, reason
            http.client._read_headers(self.fp)  # type: ignore[attr-defined]


class _Connection(http.client.HTTPConnection):
    """One keep-alive connection: direct, to a proxy, or tunnelled through one."""

    response_class = _Response

    def __init__(
        self,
        host: str,
        port: int,
        *,
        tls: ssl.SSLContext | None,
        tls_host: str,
        connect_timeout: float | None,
    ) -> None:
        super().__init__(host, port)
        self.tls = tls
        self.tls_host = tls_host
        self.connect_timeout = connect_timeout
        self.dsock: _DeadlineSocket | None = None
        self.deadline = float("inf")

    def connect(self) -> None:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise _NotWritten("the deadline passed before a connection was made")
        timeout = (
            remaining if self.connect_timeout is None else min(remaining, self.connect_timeout)
        )
        raw = socket.create_connection((self.host, self.port), timeout)
        try:
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.dsock = _DeadlineSocket(raw)
            self.dsock.deadline = self.deadline
            self.sock = self.dsock
            if self._tunnel_host:  # type: ignore[attr-defined]
                self._tunnel()  # type: ignore[attr-defined]
            if self.tls is not None:
                raw.settimeout(max(0.001, min(timeout, self.deadline - time.monotonic())))
                wrapped = self.tls.wrap_socket(raw, server_hostname=self.tls_host)
                self.dsock = _DeadlineSocket(wrapped)
                self.dsock.deadline = self.deadline
                self.sock = self.dsock
            self.dsock.wrote = False  # the tunnel's CONNECT is not the request
        except BaseException:
            raw.close()
            self.sock = self.dsock = None
            raise


def _bypass(host: str, no_proxy: str) -> bool:
    """`no_proxy` as curl reads it: `*`, or names that match the host or a domain of it
    (`example.com` and `.example.com` both cover `a.example.com`); ports are ignored."""
    host = host.lower().strip("[]")
    for entry in no_proxy.lower().split(","):
        name = entry.strip()
        if name == "*":
            return True
        name = name.rsplit(":", 1)[0] if name.count(":") == 1 else name
        name = name.strip("[]").lstrip(".")
        if name and (host == name or host.endswith("." + name)):
            return True
    return False


def _basic(userinfo: str) -> str:
    user, _, password = userinfo.partition(":")
    token = base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode()).decode()
    return f"Basic {token}"


class _Route:
    """Where a request for one scheme://host:port goes: direct, or through a proxy."""

    __slots__ = ("host", "port", "tls_host", "tunnel", "absolute", "auth")

    def __init__(self, scheme: str, host: str, port: int, proxies: dict[str, str]) -> None:
        self.host, self.port, self.tls_host = host, port, host
        self.tunnel: tuple[str, int] | None = None
        self.absolute = False
        self.auth: str | None = None
        proxy = proxies.get(scheme)
        if not proxy or host.lower() in _LOOPBACK or _bypass(host, proxies.get("no", "")):
            return
        parts = urlsplit(proxy if "://" in proxy else "http://" + proxy)
        if parts.scheme != "http" or not parts.hostname:
            return  # only plain-http proxies; anything else is not used (nor guessed at)
        if "@" in parts.netloc:
            self.auth = _basic(parts.netloc.rpartition("@")[0])
        self.host, self.port = parts.hostname, parts.port or 80
        if scheme == "https":
            self.tunnel = (host, port)
        else:
            self.absolute = True


class _Pool:
    """Idle keep-alive connections by (scheme, host, port), last in first out."""

    def __init__(self, max_idle: int) -> None:
        self.max_idle = max_idle
        self.idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self.lock = threading.Lock()
        self.closed = False

    def take(self, key: tuple[str, str, int]) -> _Connection | None:
        while True:
            with self.lock:
                stack = self.idle.get(key)
                if not stack:
                    return None
                conn = stack.pop()
            if conn.dsock is not None and not conn.dsock.dropped():
                return conn
            conn.close()  # the server closed it, or sent what nobody asked for

    def give(self, key: tuple[str, str, int], conn: _Connection) -> None:
        with self.lock:
            stack = self.idle.setdefault(key, [])
            if not self.closed and len(stack) < self.max_idle:
                stack.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self.lock:
            self.closed = True
            conns = [c for stack in self.idle.values() for c in stack]
            self.idle.clear()
        for conn in conns:
            conn.close()


class StdlibTransport(SyncShell):
    """Runs calls on pooled `http.client` connections (see the module docstring)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.max_connections)
        self._pool = _Pool(settings.max_connections)
        self._proxies = getproxies_environment()
        self._routes: dict[tuple[str, str, int], _Route] = {}
        self._tls: ssl.SSLContext | None = None
        self._tls_lock = threading.Lock()

    def close(self) -> None:
        self._closed = True
        self._pool.close()

    def _context(self) -> ssl.SSLContext:
        with self._tls_lock:
            if self._tls is None:
                self._tls = ssl.create_default_context()
            return self._tls

    def _connection(self, call: _Call, key: tuple[str, str, int]) -> tuple[_Connection, _Route]:
        route = self._routes.get(key)
        if route is None:
            route = self._routes.setdefault(key, _Route(*key, self._proxies))
        conn = self._pool.take(key)
        if conn is None:
            timeouts = call.s.timeout
            conn = _Connection(
                route.host,
                route.port,
                tls=self._context() if key[0] == "https" else None,
                tls_host=route.tls_host,
                connect_timeout=timeouts.get("connect"),
            )
            if route.tunnel is not None:
                auth = {"Proxy-Authorization": route.auth} if route.auth else None
                conn.set_tunnel(*route.tunnel, headers=auth)
        return conn, route

    def _exchange(self, call: _Call) -> Response[Any]:
        req = call.signed()
        url = urlsplit(req.url)
        scheme = url.scheme.lower()
        key = (scheme, (url.hostname or "").lower(), url.port or (443 if scheme == "https" else 80))
        conn, route = self._connection(call, key)
        deadline = call.attempt_deadline
        conn.deadline = deadline
        if conn.dsock is not None:
            conn.dsock.deadline, conn.dsock.wrote = deadline, False
        timeouts = call.s.timeout
        target = req.url if route.absolute else req.url[req.url.index("/", len(scheme) + 3) :]
        reusable = False
        resp: _Response | None = None
        try:
            call.sending = True
            try:
                conn.putrequest(req.method, target, skip_host=True, skip_accept_encoding=True)
                if conn.dsock is None:
                    conn.connect()
                assert conn.dsock is not None
                conn.dsock.read_timeout = timeouts.get("read")
                conn.dsock.write_timeout = timeouts.get("write")
                headers = EXTRA_HEADERS | req.headers
                if route.absolute and route.auth:
                    headers = headers | {"proxy-authorization": route.auth}
                for name, value in headers.items():
                    conn.putheader(name, value)
                conn.endheaders(req.body or None)
                resp = conn.getresponse()  # type: ignore[assignment]
            except Exception as exc:
                failure = self._failure(call, exc, conn)
                raise failure from failure.__cause__
            assert resp is not None
            status = resp.status
            found = {k.lower(): v for k, v in resp.getheaders()}
            try:
                body = call.reader(resp)
                for chunk in _chunks(resp):
                    call.add_chunk(body, chunk)
                # read1 leaves a length-delimited response open at its end: close it, which
                # also drops any surplus its buffer read ahead (never served as an answer)
                reusable = not resp.will_close and (resp.isclosed() or resp.length == 0)
                resp.close()
                return call.result(status, found, body)
            except CIError as error:
                raise call.response_error(error, status, found) from None
            except Exception as exc:
                failure = call.response_error(self._failure(call, exc, conn), status, found)
                raise failure from failure.__cause__
        finally:
            if reusable:
                self._pool.give(key, conn)
            else:
                conn.close()

    def _failure(self, call: _Call, exc: Exception, conn: _Connection) -> CIError:
        if isinstance(exc, CIError):
            return exc
        wrote = conn.dsock is not None and conn.dsock.wrote
        not_sent = isinstance(exc, _NotWritten) or (
            not wrote and isinstance(exc, OSError) and not _after_send(exc)
        )
        if not_sent and self.closed:
            return ClientClosedError("the client was closed")
        failure = call.transport_error(
            exc, not_sent=not_sent, timed_out=isinstance(exc, TimeoutError), closed=self.closed
        )
        if isinstance(exc, http.client.HTTPException | OSError):
            return failure  # the stack's own: its message may quote the server; no cause
        failure.__cause__ = exc  # anything unforeseen: keep it for debugging
        return failure


def _after_send(exc: BaseException) -> bool:
    """An error that http.client raises only once the request went out (a closed or
    garbled answer)."""
    return isinstance(exc, http.client.HTTPException)


def _chunks(resp: http.client.HTTPResponse) -> Iterator[bytes]:
    while True:
        chunk = resp.read1(_CHUNK)
        if not chunk:
            # read1 ends quietly where read() would say the body was cut short
            if resp.length:
                raise http.client.IncompleteRead(b"", resp.length)
            return
        yield chunk
