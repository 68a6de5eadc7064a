"""The asyncio side: the retry loop every async transport shares (`AsyncShell`), and
`AioTransport`, the default one, speaking HTTP/1.1 itself over asyncio's transports (no
httpx; the same sans-I/O parser, `http11.py`, and the same guarantees as `stdlib.py`).

Every wait for bytes ends by the attempt's deadline or the read timeout, whichever comes
first, even against a server that drips bytes or sends `1xx` forever (`_Connection.fill`,
with one timer per connection moved lazily, not a timer per read and per attempt);
connecting is bounded by `asyncio.timeout`. A connection is reused only when its answer was
complete, the server did not ask to close, and no byte beyond the answer arrived. Proxies
come from the environment as in `stdlib.py` (the environment is read when the client is made).
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from . import http11
from .calls import _Call
from .core import OperationModel, Response, prepare
from .errors import CIError, ClientClosedError, ConfigurationError
from .model import Model
from .routes import Key, Route, Router
from .settings import Settings

if TYPE_CHECKING:
    import ssl

T = TypeVar("T", bound=Model)


class AsyncShell:
    """The asyncio retry loop over one transport's `_exchange` (one signed attempt)."""

    _closed = False

    def __init__(self, max_connections: int) -> None:
        self.max_connections = max_connections
        self._slots: asyncio.Semaphore | None = None  # made on first use, in the running loop
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def closed(self) -> bool:
        return self._closed

    async def call(
        self,
        s: Settings,
        op: OperationModel[T],
        body: Model | None,
        path_values: Mapping[str, str],
        query: Mapping[str, object] | None = None,
    ) -> Response[T]:
        prepared = prepare(op, body, path_values, generate_data_id=s.generate_data_id, query=query)
        call = _Call(s, op, prepared)
        number = 0
        while True:
            number += 1
            try:
                return call.succeeded(await self._attempt(call), number)
            except CIError as error:
                await asyncio.sleep(call.failed(error, number))
            except Exception as exc:  # a defect of ours: still a CIError, the cause kept
                await asyncio.sleep(call.failed(call.internal_error(exc), number))

    async def _attempt(self, call: _Call) -> Response[Any]:
        if self.closed:
            raise ClientClosedError("the client is closed")
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:  # its connections and queues belong to that loop
            raise ConfigurationError(
                "this AsyncClient was first used in another event loop; an AsyncClient "
                "belongs to one loop: make one per asyncio.run() (nothing was sent)"
            )
        call.begin()
        slots = self._slots
        if slots is None:
            slots = self._slots = asyncio.Semaphore(self.max_connections)
        if slots.locked():  # wait for a slot, within the deadline
            try:
                async with asyncio.timeout(max(0.0, call.remaining())):
                    await slots.acquire()
            except TimeoutError:
                raise call.no_slot() from None
        else:  # free: taken at once (no timer to set up)
            await slots.acquire()
        try:
            if call.remaining() <= 0:
                raise call.no_slot()
            wait = call.reserve()
            if wait:
                try:
                    await asyncio.sleep(wait)
                except BaseException:
                    call.release()  # cancelled while waiting: nothing was sent
                    raise
            return await self._exchange(call)
        finally:
            slots.release()

    async def _exchange(self, call: _Call) -> Response[Any]:  # pragma: no cover - abstract
        raise NotImplementedError


_HIGH_WATER = 1 << 20  # bytes buffered before reading pauses (the body cap still applies)


class _Connection(asyncio.Protocol):
    """One connection: what arrived (`buf`), whether the stream ended, and a way to wait for
    more within a time limit. Reading pauses while a megabyte waits unparsed."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.loop = asyncio.get_running_loop()  # a connection belongs to the loop it was made in
        self.transport: asyncio.Transport | None = None
        self.ended = False
        self.paused = False
        self._waiter: asyncio.Future[None] | None = None
        self._until = 0.0  # the loop time by which the awaited bytes must have come
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if len(self.buf) > _HIGH_WATER and self.transport is not None and not self.paused:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.ended = True
        self._wake()
        return False  # close our side too

    def connection_lost(self, exc: Exception | None) -> None:
        self.ended = True
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def fill(self, deadline: float, read_timeout: float | None) -> bool:
        """Wait until more bytes are in `buf` (True), or the stream ended (False); raise
        `TimeoutError` when neither happened by `deadline` (`time.monotonic`, the loop's
        clock) or within `read_timeout` seconds."""
        size = len(self.buf)
        if self.paused and self.transport is not None:
            self.paused = False
            self.transport.resume_reading()
        if len(self.buf) == size and not self.ended:
            now = self.loop.time()
            until = deadline if read_timeout is None else min(deadline, now + read_timeout)
            if until <= now:
                raise TimeoutError("the deadline passed")
            waiter = self._waiter = self.loop.create_future()
            self._until = until
            # One timer per connection, kept while it fires no later than this wait must end
            # (a later wait only moves `_until`; `_expire` re-arms): calls on a keep-alive
            # connection schedule about one timer per read timeout, not one per read.
            timer = self._timer
            if timer is None or timer.when() > until:
                if timer is not None:
                    timer.cancel()
                self._timer = self.loop.call_at(until, self._expire)
            try:
                await waiter  # woken by data, the end of the stream, or `_expire`
            finally:
                self._waiter = None
        return len(self.buf) > size

    def _expire(self) -> None:
        self._timer = None
        waiter = self._waiter
        if waiter is None or waiter.done():
            return  # nothing waits: the timer lapses until the next wait
        if self.loop.time() >= self._until:
            waiter.set_exception(TimeoutError("no byte arrived in time"))
        else:  # set for an earlier wait: on to this one's limit
            self._timer = self.loop.call_at(self._until, self._expire)

    def write(self, data: bytes) -> None:
        assert self.transport is not None
        self.transport.write(data)

    def idle_ok(self) -> bool:
        transport = self.transport
        return not (self.buf or self.ended or transport is None or transport.is_closing())

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        transport = self.transport
        if transport is None:
            return
        if not self.loop.is_closed():
            if transport.get_extra_info("sslcontext") is not None:
                # No TLS close_notify exchange: asyncio would wait for the peer's (up to 30 s)
                # before letting go of the socket, and bodies are framed by length anyway.
                transport.abort()
            else:
                transport.close()
            return
        # Its loop ended without closing the client: the transport cannot be closed through
        # it any more, so its socket is closed directly, and the transport told it has none
        # (asyncio's selector transports keep it as `_sock`; else it leaks until collected).
        sock = getattr(transport, "_sock", None)
        if isinstance(sock, socket.socket):
            sock.close()
            transport._sock = None  # type: ignore[attr-defined]


class _End:
    """What `_next` returns once the answer is complete (a coroutine may not raise
    `StopIteration`): whether the connection ends with the body."""

    __slots__ = ("closes",)

    def __init__(self, closes: bool) -> None:
        self.closes = closes


async def _next(
    conn: _Connection, parser: http11.Parser, deadline: float, read_timeout: float | None
) -> Any:
    """The parser's next event that is not `NEED_DATA` (the `Head`, then body chunks), fed
    what arrives on `conn` in time; an `_End` once the answer is complete."""
    try:
        event = next(parser)
        while event is http11.NEED_DATA:
            event = parser.send(await conn.fill(deadline, read_timeout))
    except StopIteration as stop:
        return _End(bool(stop.value))
    return event


class _TunnelRefused(OSError):
    """The proxy refused the CONNECT: nothing reached the target."""


class _ConnectFailed(Exception):
    """Connecting failed: nothing was sent (`__cause__` says why)."""


class AioTransport(AsyncShell):
    """Runs calls on pooled asyncio connections of its own (see the module docstring)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.max_connections)
        self._idle: dict[Key, list[_Connection]] = {}
        self._router = Router(os.environ)
        self._tls: ssl.SSLContext | None = None

    async def aclose(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, {}
        for stack in idle.values():
            for conn in stack:
                conn.close()

    def _take(self, key: Key) -> _Connection | None:
        stack = self._idle.get(key)
        loop = asyncio.get_running_loop()
        while stack:
            conn = stack.pop()
            if conn.loop is not loop:  # made in another event loop: never used here
                conn.close()
                continue
            if conn.idle_ok():
                return conn
            conn.close()  # the server closed it, or sent what nobody asked for
        return None

    def _give(self, key: Key, conn: _Connection) -> None:
        stack = self._idle.setdefault(key, [])
        if self._closed or len(stack) >= self.max_connections:
            conn.close()
        else:
            stack.append(conn)

    async def _connect(self, call: _Call, key: Key, route: Route) -> _Connection:
        loop = asyncio.get_running_loop()
        cap = call.s.timeout.get("connect")
        remaining = max(0.0, call.attempt_remaining())
        try:
            async with asyncio.timeout(remaining if cap is None else min(cap, remaining)):
                _, conn = await loop.create_connection(_Connection, route.host, route.port)
                if route.tunnel is not None:
                    conn.write(route.tunnel)
                    head = await _connect_head(conn, call.attempt_deadline)
                    if head.status != 200 or conn.buf:
                        conn.close()
                        raise _TunnelRefused(f"the proxy answered CONNECT with {head.status}")
                if key[0] == "https":
                    assert conn.transport is not None
                    tls = await loop.start_tls(
                        conn.transport, conn, self._context(), server_hostname=route.target
                    )
                    assert isinstance(tls, asyncio.Transport)
                    conn.transport = tls
                return conn
        except (OSError, TimeoutError, http11.ProtocolError) as exc:
            raise _ConnectFailed(type(exc).__name__) from exc

    def _context(self) -> ssl.SSLContext:
        import ssl  # only for https

        if self._tls is None:
            self._tls = ssl.create_default_context()
        return self._tls

    async def _exchange(self, call: _Call) -> Response[Any]:
        req = call.signed()
        key, route, request = self._router.prepare(req)
        conn: _Connection | None = None
        reusable = False
        status = 0
        found: dict[str, str] = {}  # lower-cased names: what the parser gives
        # Every wait below ends by the attempt's deadline or the read timeout (`fill`).
        times = call.attempt_deadline, call.s.timeout.get("read")
        try:
            conn = self._take(key) or await self._connect(call, key, route)
            call.sending = True
            conn.write(request)
            if not conn.buf:
                await conn.fill(*times)
            # Mostly the whole answer came at once: taken so, else parsed as it arrives.
            whole = http11.complete_answer(conn.buf, req.method)
            parser = http11.answer(conn.buf, req.method)  # (not started when `whole`)
            head = whole[0] if whole else await _next(conn, parser, *times)
            assert isinstance(head, http11.Head)
            status, found = head.status, head.headers
            body = call.reader(found)
            end = _End(False)
            if whole:
                call.add_chunk(body, whole[1])
            else:
                while not isinstance(event := await _next(conn, parser, *times), _End):
                    call.add_chunk(body, event)
                end = event
            reusable = http11.keeps_alive(head, [end.closes])
            return call.result(status, http11.Headers(found), body)
        except CIError as error:
            if status:
                error = call.response_error(error, status, found)
            raise error from None
        except _ConnectFailed as exc:
            failure = call.transport_error(exc, not_sent=True, timed_out=False)
            if self.closed:
                failure = ClientClosedError("the client was closed")
            raise failure from None
        except Exception as exc:  # nothing was sent unless the request was handed over
            failure = call.transport_error(
                exc,
                not_sent=not call.sending,
                timed_out=isinstance(exc, TimeoutError),
                closed=self.closed,
            )
            if status:
                failure = call.response_error(failure, status, found)
            known = isinstance(exc, OSError | TimeoutError | http11.ProtocolError)
            raise failure from (None if known else exc)
        finally:
            if conn is not None:
                if reusable and not conn.buf:
                    self._give(key, conn)
                else:
                    conn.close()


async def _connect_head(conn: _Connection, deadline: float) -> http11.Head:
    parser = http11.connect_answer(conn.buf)  # yields only NEED_DATA
    try:
        next(parser)
        while True:
            parser.send(await conn.fill(deadline, None))
    except StopIteration as stop:
        head: http11.Head = stop.value
        return head
