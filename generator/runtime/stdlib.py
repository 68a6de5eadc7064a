"""A blocking transport on the standard library alone, so that a vendored copy can run with
lxml as its only dependency: `Client(..., transport="stdlib")` (the sync default).

HTTP/1.1 is spoken here directly over `socket`/`ssl`: one request is one `sendall` of bytes
the core built and signed, and the answer is read by a small parser with hard limits
(`_Reader`, `_read_head`, `_body`). This is about twice as cheap as driving `http.client`,
whose header parsing goes through the `email` package, and it lets every guarantee be checked
where it is kept:
- every connect, read and write waits at most until the attempt's deadline (each socket
  operation's timeout is clamped to it), so a server that drips headers or sends `1xx`
  forever cannot hold a call past its deadline;
- a write cut before its first byte is "not sent"; anything later is "outcome unknown";
- status line and header lines are at most 64 KiB, at most 100 headers; obsolete line
  folding, a `Transfer-Encoding` other than `chunked`, and conflicting `Content-Length`s
  are refused; a body cut short is an error, never a short answer;
- bodies are read under the size cap, one gzip/deflate layer decoded boundedly;
- a pooled connection is reused only when its answer was complete, the server did not ask to
  close, and no byte beyond the answer arrived (surplus bytes retire it: a forged second
  answer is never served), checked again before reuse (a server may close an idle one);
- redirects are never followed and cookies never stored; TLS uses
  `ssl.create_default_context()` (the system's CAs, hostname checked).

Proxies come from the environment as users expect (`http_proxy`, `https_proxy`,
`no_proxy`; `user:password@` is sent as Basic proxy authorization): plain-http requests
go to the proxy in absolute form, https ones through a CONNECT tunnel. Loopback hosts
(`127.0.0.1`, `localhost`, `::1`) are never proxied. The environment is read once, when the
client is made.
"""

from __future__ import annotations

import math
import os
import select
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from . import http11
from .calls import SyncShell, _Call
from .core import Response
from .errors import CIError, ClientClosedError
from .routes import Route, Router
from .settings import Settings

if TYPE_CHECKING:
    import ssl

_RECV = 65536


class _NotWritten(TimeoutError):
    """The deadline passed before this attempt wrote a single byte: provably not sent."""


class _TunnelRefused(OSError):
    """The proxy refused the CONNECT: nothing reached the target."""


class _Socket:
    """A connection's socket whose every wait is clamped to the attempt's deadline and to
    the per-phase timeout, with the read buffer of the connection. `wrote` says whether any
    byte of the current attempt left.

    The socket is non-blocking and waits are `poll`s of our own: a request costs a `send`,
    a `poll` and a `recv` (a socket timeout would add an `ioctl` and a `poll` to each)."""

    __slots__ = (
        "sock", "deadline", "read_timeout", "write_timeout", "wrote", "buf", "readable",
        "writable", "pending",
    )  # fmt: skip

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        sock.setblocking(False)
        self.sock = sock
        # TLS keeps decrypted bytes of its own, which polling the socket does not see: how
        # many it holds (ssl is loaded only once an https connection was made).
        self.pending: Callable[[], int] | None = None
        ssl_module = sys.modules.get("ssl")
        if ssl_module is not None and isinstance(sock, ssl_module.SSLSocket):
            self.pending = sock.pending
        self.deadline = deadline
        self.read_timeout: float | None = None
        self.write_timeout: float | None = None
        self.wrote = False
        self.buf = bytearray()
        self.readable = _Waiter(sock, write=False)
        self.writable: _Waiter | None = None  # made when a write first has to wait

    def _timeout(self, cap: float | None) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the deadline passed")
        return remaining if cap is None else min(cap, remaining)

    def sendall(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                timeout = self._timeout(self.write_timeout)
            except TimeoutError:
                if not self.wrote:
                    raise _NotWritten("the deadline passed before the request was sent") from None
                raise
            try:
                sent = self.sock.send(view)
            except OSError as exc:
                self._wait_after(exc, "write", timeout)
                continue
            self.wrote = self.wrote or sent > 0
            view = view[sent:]

    def fill(self) -> bool:
        """Read what has arrived into the buffer; False at the end of the stream."""
        while True:
            timeout = self._timeout(self.read_timeout)
            if not (self.pending and self.pending()) and not self.readable.wait(timeout):
                raise TimeoutError("no bytes arrived in time")
            try:
                data = self.sock.recv(_RECV)
            except OSError as exc:  # woken without a whole TLS record, or spuriously
                self._wait_after(exc, "read", timeout)
                continue
            self.buf += data
            return bool(data)

    def _wait_after(self, exc: OSError, own: str, timeout: float) -> None:
        """After a non-blocking `send`/`recv` (`own`: "write"/"read") raised `exc`: wait until
        the socket can go on; `exc` again when it is a real failure, `TimeoutError` when the
        socket is not ready in time."""
        wait = _would_block(exc, own)
        if wait is None:
            raise exc
        if wait == "write":
            if self.writable is None:
                self.writable = _Waiter(self.sock, write=True)
            ready = self.writable.wait(timeout)
        else:
            ready = self.readable.wait(timeout)
        if not ready:
            raise TimeoutError(f"the socket was not ready to {own} in time")

    def close(self) -> None:
        self.sock.close()

    def idle_ok(self) -> bool:
        """May this idle connection carry another request? Not when anything is waiting on
        it: bytes nobody asked for, or the server's close."""
        if self.buf or (self.pending and self.pending()):
            return False
        try:
            return not self.readable.wait(0)
        except (OSError, ValueError):
            return False


class _Waiter:
    """Waits until a socket is readable (or writable), by `poll` where there is one: made
    once per connection, registered once."""

    __slots__ = ("sock", "write", "poller")

    def __init__(self, sock: socket.socket, *, write: bool) -> None:
        self.sock = sock
        self.write = write
        self.poller: Any = None
        if hasattr(select, "poll"):
            self.poller = select.poll()
            self.poller.register(sock, select.POLLOUT if write else select.POLLIN)

    def wait(self, timeout: float) -> bool:
        """Whether the socket became ready (or failed: the next call says how) in time."""
        if self.poller is not None:
            return bool(self.poller.poll(math.ceil(timeout * 1000)))
        one = [self.sock]
        r, w, x = select.select([] if self.write else one, one if self.write else [], one, timeout)
        return bool(r or w or x)


def _would_block(exc: OSError, own: str) -> str | None:
    """The direction ("read" or "write") a non-blocking call must wait for before it is
    tried again (`own`: the call's own; TLS may need the other), or None when `exc` is a
    real failure."""
    if isinstance(exc, BlockingIOError):
        return own
    ssl_module = sys.modules.get("ssl")
    if ssl_module is not None:
        if isinstance(exc, ssl_module.SSLWantReadError):
            return "read"
        if isinstance(exc, ssl_module.SSLWantWriteError):
            return "write"
    return None


def _events(conn: _Socket, method: str, ends: list[bool]) -> Iterator[Any]:
    """The `Head`, then the body chunks, of the answer on `conn` (`http11.answer`, fed from
    the socket); `ends` gets whether the connection ends with the body."""
    parser = http11.answer(conn.buf, method)
    try:
        event = next(parser)
        while True:
            if event is http11.NEED_DATA:
                event = parser.send(conn.fill())
            else:
                yield event
                event = next(parser)
    except StopIteration as stop:
        ends.append(bool(stop.value))


def _connect_head(conn: _Socket) -> http11.Head:
    parser = http11.connect_answer(conn.buf)  # yields only NEED_DATA
    try:
        next(parser)
        while True:
            parser.send(conn.fill())
    except StopIteration as stop:
        head: http11.Head = stop.value
        return head


class _Pool:
    """Idle keep-alive connections by (scheme, host, port), last in first out."""

    def __init__(self, max_idle: int) -> None:
        self.max_idle = max_idle
        self.idle: dict[tuple[str, str, int], list[_Socket]] = {}
        self.lock = threading.Lock()
        self.closed = False

    def take(self, key: tuple[str, str, int]) -> _Socket | None:
        while True:
            with self.lock:
                stack = self.idle.get(key)
                if not stack:
                    return None
                conn = stack.pop()
            if conn.idle_ok():
                return conn
            conn.close()  # the server closed it, or sent what nobody asked for

    def give(self, key: tuple[str, str, int], conn: _Socket) -> None:
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
    """Runs calls on pooled connections of its own (see the module docstring)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.max_connections)
        self._pool = _Pool(settings.max_connections)
        self._router = Router(os.environ)
        self._tls: ssl.SSLContext | None = None
        self._tls_lock = threading.Lock()

    def close(self) -> None:
        self._closed = True
        self._pool.close()

    def _context(self) -> ssl.SSLContext:
        import ssl  # only for https: an http endpoint (the emulator) never pays for it

        with self._tls_lock:
            if self._tls is None:
                self._tls = ssl.create_default_context()
            return self._tls

    def _connect(self, call: _Call, key: tuple[str, str, int], route: Route) -> _Socket:
        deadline = call.attempt_deadline
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _NotWritten("the deadline passed before a connection was made")
        cap = call.s.timeout.get("connect")
        timeout = remaining if cap is None else min(remaining, cap)
        raw = socket.create_connection((route.host, route.port), timeout)
        try:
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Socket(raw, deadline)
            conn.read_timeout = cap
            if route.tunnel is not None:
                conn.sendall(route.tunnel)
                status = _connect_head(conn).status
                if status != 200 or conn.buf:
                    raise _TunnelRefused(f"the proxy answered CONNECT with {status}")
            if key[0] == "https":
                raw.settimeout(max(0.001, min(timeout, deadline - time.monotonic())))
                raw = self._context().wrap_socket(raw, server_hostname=route.target)
                conn = _Socket(raw, deadline)
            return conn
        except BaseException:
            raw.close()
            raise

    def _exchange(self, call: _Call) -> Response[Any]:
        req = call.signed()
        key, route, request = self._router.prepare(req)

        conn: _Socket | None = None
        ends: list[bool] = []
        reusable = False
        found: dict[str, str] = {}  # lower-cased names: what the parser gives
        status = 0
        try:
            call.sending = True
            try:
                conn = self._pool.take(key) or self._connect(call, key, route)
                conn.deadline, conn.wrote = call.attempt_deadline, False
                conn.read_timeout = call.s.timeout.get("read")
                conn.write_timeout = call.s.timeout.get("write")
                conn.sendall(request)
                if not conn.buf:
                    conn.fill()
                # Mostly the whole answer came in one read: taken at once, else parsed as
                # it arrives (the same checks either way).
                whole = http11.complete_answer(conn.buf, req.method)
                events = iter(()) if whole is not None else _events(conn, req.method, ends)
                head: http11.Head = whole[0] if whole is not None else next(events)
                status, found = head.status, head.headers
            except Exception as exc:
                failure = self._failure(call, exc, conn)
                raise failure from failure.__cause__
            try:
                body = call.reader(found)
                if whole is not None:
                    call.add_chunk(body, whole[1])
                    ends.append(False)
                for chunk in events:
                    call.add_chunk(body, chunk)
                reusable = http11.keeps_alive(head, ends)
                return call.result(status, http11.Headers(found), body)
            except CIError as error:
                raise call.response_error(error, status, found) from None
            except Exception as exc:
                failure = call.response_error(self._failure(call, exc, conn), status, found)
                raise failure from failure.__cause__
        finally:
            if conn is not None:
                # Reused only if nothing beyond the answer arrived with it (surplus bytes).
                if reusable and not conn.buf:
                    self._pool.give(key, conn)
                else:
                    conn.close()

    def _failure(self, call: _Call, exc: Exception, conn: _Socket | None) -> CIError:
        if isinstance(exc, CIError):
            return exc
        wrote = conn is not None and conn.wrote
        not_sent = isinstance(exc, _NotWritten | _TunnelRefused) or (
            not wrote and isinstance(exc, OSError)
        )
        if not_sent and self.closed:
            return ClientClosedError("the client was closed")
        failure = call.transport_error(
            exc, not_sent=not_sent, timed_out=isinstance(exc, TimeoutError), closed=self.closed
        )
        if isinstance(exc, OSError | http11.ProtocolError):
            return failure  # the stack's own: its message may quote the server; no cause
        failure.__cause__ = exc  # anything unforeseen: keep it for debugging
        return failure
