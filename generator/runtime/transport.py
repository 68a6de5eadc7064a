"""Thin sync and asyncio shells around the sans-I/O core, over httpcore or your httpx client.

Each call: prepare once → for each attempt: wait for a connection slot (`max_connections`
calls in flight per client; the rest queue), then for the rate limiter, sign afresh, send,
read the body under a size cap and the call's deadline, parse, and ask `retry` what next.
The bookkeeping of one call lives in `_Call`, so the two shells only differ in how they wait.
Every failure surfaces as a `CIError`: what the HTTP stack raises is classified here as
"not sent", "outcome unknown" or "deadline", and anything unforeseen as outcome unknown.

Without a client of yours, the sync shell sends on httpcore's pool (httpx's engine) itself:
`httpx.Client` would add URL parsing, header merging, auth and redirect steps and a cookie
jar to every call, none of which the binding uses (it signs, never follows redirects and
never sends cookies) — about a third of the cost of the path. Your `httpx.Client` is used
through its `send()`, so its transport, mounts and event hooks still apply.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, NamedTuple, TypeVar

import httpcore
import httpx

from .aio import AsyncShell
from .calls import EXTRA_HEADERS, SyncShell, _Call
from .connection import (
    DeadlineBeforeWrite,
    deadline_pool,
    retire_if_surplus,
    set_deadline,
)
from .core import Response
from .errors import (
    CIError,
    ClientClosedError,
    ConfigurationError,
)
from .http11 import Headers, add_header
from .model import Model
from .routes import key_of, split_url
from .settings import Settings

T = TypeVar("T", bound=Model)
log = logging.getLogger(__name__.rpartition(".")[0])

_NOT_SENT = (
    httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout,
    httpcore.ConnectError, httpcore.ConnectTimeout, httpcore.PoolTimeout, DeadlineBeforeWrite,
)  # fmt: skip
_TIMEOUTS = (httpx.TimeoutException, httpcore.TimeoutException, TimeoutError)


def _httpx_request(call: _Call, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
    """The attempt's httpx request, signed now."""
    req = call.signed()
    request = http.build_request(
        req.method, req.url, headers=EXTRA_HEADERS | req.headers, content=req.body,
        extensions={"timeout": call.s.timeouts(max(0.001, call.attempt_remaining()))},
    )  # fmt: skip
    request.headers.pop("cookie", None)  # a caller's client may keep cookies: never send
    return request


def _core_request(call: _Call, origins: dict[str, tuple[bytes, bytes, int]]) -> Any:
    """The attempt as httpcore's request, signed now; a URL's origin is split once."""
    req = call.signed()
    origin, target = split_url(req.url)
    where = origins.get(origin)
    if where is None:
        scheme, host, port = key_of(origin)
        where = origins.setdefault(origin, (scheme.encode("ascii"), host.encode("ascii"), port))
    return httpcore.Request(
        req.method,
        httpcore.URL(scheme=where[0], host=where[1], port=where[2], target=target.encode("ascii")),
        headers=[(k.encode("latin-1"), v.encode("latin-1")) for k, v in
                 (EXTRA_HEADERS | req.headers).items()],
        content=req.body,
        extensions={"timeout": call.s.timeouts(max(0.001, call.attempt_remaining()))},
    )  # fmt: skip


def _answer_headers(raw: list[tuple[bytes, bytes]]) -> Headers:
    """An answer's raw header list as the standard-library transports give headers (one
    `Response.headers` type, read with plain dict lookups), by the same `add_header`."""
    found: dict[str, str] = {}
    for name, value in raw:
        add_header(found, name.decode("latin-1").lower(), value.decode("latin-1"))
    return Headers(found)


def _classify(call: _Call, exc: BaseException, closed: bool) -> CIError:
    return call.transport_error(
        exc, not_sent=isinstance(exc, _NOT_SENT), timed_out=isinstance(exc, _TIMEOUTS),
        closed=closed,
    )  # fmt: skip


def _cause(exc: Exception) -> Exception | None:
    """The cause to chain: none for the HTTP stack's own errors (an h11 message can quote
    a header value), the original for anything unforeseen, so it can still be debugged."""
    known = httpx.HTTPError | httpcore.ConnectError | httpcore.TimeoutException | TimeoutError
    if isinstance(exc, known | httpcore.NetworkError | httpcore.ProtocolError):
        return None
    return exc


class _Shell:
    """What the two shells share: the caller's httpx client, if any, and whether closed."""

    http: httpx.Client | httpx.AsyncClient | None
    _origins: dict[str, tuple[bytes, bytes, int]]
    _closed = False

    @property
    def closed(self) -> bool:
        """Closed by us, or (for a caller's client) by its owner."""
        return self._closed or (self.http is not None and self.http.is_closed)

    def _request(self, call: _Call) -> Any:
        """The attempt's request, signed now: httpcore's for our pool, else httpx's."""
        if self.http is None:
            return _core_request(call, self._origins)
        return _httpx_request(call, self.http)


class _Opened(NamedTuple):
    """An answer whose head has arrived: status, headers, the raw body stream, its closer."""

    status: int
    headers: Mapping[str, str]
    stream: Any  # the raw stream: not `iter_raw()`, which hands the connection back to the
    # pool as it ends, before `retire_if_surplus` can check it for surplus bytes
    close: Callable[[], Any]


class SyncTransport(_Shell, SyncShell):
    """Runs calls on httpcore's pool of deadline-bounded sockets, or on your `httpx.Client`."""

    http: httpx.Client | None

    def __init__(self, settings: Settings, http: httpx.Client | None) -> None:
        if http is not None and not isinstance(http, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client")
        SyncShell.__init__(self, settings.max_connections)
        self.http = http
        self._pool = deadline_pool(settings.max_connections) if http is None else None
        self._origins: dict[str, tuple[bytes, bytes, int]] = {}

    def close(self) -> None:
        self._closed = True
        if self._pool is not None:
            self._pool.close()

    def _exchange(self, call: _Call) -> Response[Any]:
        # Signed outside the classification below: what signing raises is not the HTTP stack's.
        request = self._request(call)
        set_deadline(call.attempt_deadline)
        try:
            call.sending = True
            try:
                opened = self._send(request)
            except Exception as exc:  # httpcore's, httpx's, or anything else: classify
                if isinstance(exc, RuntimeError) and self.closed:
                    raise ClientClosedError("the client was closed") from None
                raise _classify(call, exc, self.closed) from _cause(exc)
            try:
                body = call.reader(opened.headers)
                for chunk in opened.stream:
                    call.add_chunk(body, chunk)
                retire_if_surplus(opened.stream)  # before parsing: an error may carry surplus
                return call.result(opened.status, opened.headers, body)
            except CIError as error:
                raise call.response_error(error, opened.status, opened.headers) from None
            except Exception as exc:
                failure = _classify(call, exc, self.closed)
                raise call.response_error(failure, opened.status, opened.headers) from _cause(exc)
            finally:
                opened.close()
        finally:
            set_deadline(None)

    def _send(self, request: Any) -> _Opened:
        if self.http is None:
            assert self._pool is not None
            resp = self._pool.handle_request(request)
            return _Opened(resp.status, _answer_headers(resp.headers), resp.stream, resp.close)
        # Never follow redirects, even on a caller's client configured to.
        got = self.http.send(request, stream=True, follow_redirects=False)
        stream = (got.content,) if got.is_stream_consumed else got.stream  # a mock: read
        return _Opened(got.status_code, _answer_headers(got.headers.raw), stream, got.close)


class AsyncTransport(_Shell, AsyncShell):
    """Runs calls on httpcore's asyncio pool, or on your `httpx.AsyncClient`."""

    http: httpx.AsyncClient | None

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None) -> None:
        if http is not None and not isinstance(http, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        AsyncShell.__init__(self, settings.max_connections)
        self.http = http
        self._pool = None
        if http is None:
            self._pool = httpcore.AsyncConnectionPool(
                max_connections=settings.max_connections,
                max_keepalive_connections=settings.max_connections,
                keepalive_expiry=5.0,
            )
        self._origins: dict[str, tuple[bytes, bytes, int]] = {}

    async def aclose(self) -> None:
        self._closed = True
        if self._pool is not None:
            await self._pool.aclose()

    async def _exchange(self, call: _Call) -> Response[Any]:
        # Signed outside the classification below: what signing raises is not the HTTP stack's.
        request = self._request(call)
        opened: _Opened | None = None
        try:
            # asyncio bounds the whole attempt exactly, even against a drip-feeding server.
            async with asyncio.timeout(max(0.0, call.attempt_remaining())):
                call.sending = True
                opened = await self._send(request)
                body = call.reader(opened.headers)
                async for chunk in opened.stream:
                    call.add_chunk(body, chunk)
                retire_if_surplus(opened.stream)  # before parsing: an error may carry surplus
                return call.result(opened.status, opened.headers, body)
        except CIError as error:
            if opened is not None:
                error = call.response_error(error, opened.status, opened.headers)
            raise error from None
        except Exception as exc:  # httpcore's, httpx's, asyncio's timeout, anything: classify
            if opened is None and isinstance(exc, RuntimeError) and self.closed:
                raise ClientClosedError("the client was closed") from None
            failure = _classify(call, exc, self.closed)
            if opened is not None:
                failure = call.response_error(failure, opened.status, opened.headers)
            raise failure from _cause(exc)
        finally:
            if opened is not None:
                await opened.close()

    async def _send(self, request: Any) -> _Opened:
        if self.http is None:
            assert self._pool is not None
            resp = await self._pool.handle_async_request(request)
            return _Opened(resp.status, _answer_headers(resp.headers), resp.stream, resp.aclose)
        got = await self.http.send(request, stream=True, follow_redirects=False)
        stream = _once(got.content) if got.is_stream_consumed else got.stream  # a mock: read
        return _Opened(got.status_code, _answer_headers(got.headers.raw), stream, got.aclose)


async def _once(content: bytes) -> AsyncIterator[bytes]:
    yield content
