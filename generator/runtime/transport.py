"""Thin sync and asyncio shells around the sans-I/O core, over httpx.

Each call: prepare once → for each attempt: wait for a connection slot (`max_connections`
calls in flight per client; the rest queue), then for the rate limiter, sign afresh, send,
read the body under a size cap and the call's deadline, parse, and ask `retry` what next.
The bookkeeping of one call lives in `_Call`, so the two shells only differ in how they wait.
Every failure surfaces as a `CIError`: what the HTTP stack raises is classified here as
"not sent", "outcome unknown" or "deadline", and anything unforeseen as outcome unknown.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, TypeVar

import httpcore
import httpx

from .aio import AsyncShell
from .calls import EXTRA_HEADERS, SyncShell, _Call
from .connection import (
    DeadlineBeforeWrite,
    DeadlineTransport,
    no_cookies,
    retire_if_surplus,
    set_deadline,
)
from .core import (
    Response,
)
from .errors import (
    CIError,
    ClientClosedError,
    ConfigurationError,
)
from .model import Model
from .settings import Settings

T = TypeVar("T", bound=Model)
log = logging.getLogger(__name__.rpartition(".")[0])

_NOT_SENT = (
    httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout,
    httpcore.ConnectError, httpcore.ConnectTimeout, httpcore.PoolTimeout, DeadlineBeforeWrite,
)  # fmt: skip
_TIMEOUTS = (httpx.TimeoutException, httpcore.TimeoutException, TimeoutError)


def _request(call: _Call, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
    """The attempt's httpx request, signed now."""
    req = call.signed()
    request = http.build_request(
        req.method, req.url, headers=EXTRA_HEADERS | req.headers, content=req.body,
        extensions={"timeout": call.s.timeouts(max(0.001, call.attempt_remaining()))},
    )  # fmt: skip
    request.headers.pop("cookie", None)  # a caller's client may keep cookies: never send
    return request


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
    """What the two shells share: their httpx client and whether it is closed."""

    http: httpx.Client | httpx.AsyncClient
    _closed = False

    @property
    def closed(self) -> bool:
        """Closed by us, or (for a caller's client) by its owner."""
        return self._closed or self.http.is_closed


class SyncTransport(_Shell, SyncShell):
    """Runs calls on an `httpx.Client`: yours, or one it owns (deadline-bounded sockets)."""

    http: httpx.Client

    def __init__(self, settings: Settings, http: httpx.Client | None) -> None:
        if http is not None and not isinstance(http, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client")
        SyncShell.__init__(self, settings.max_connections)
        self._own = http is None
        self.http = http or httpx.Client(
            transport=DeadlineTransport(settings.max_connections),
            follow_redirects=False,
            trust_env=False,
            cookies=no_cookies(),
        )

    def close(self) -> None:
        self._closed = True
        if self._own:
            self.http.close()

    def _exchange(self, call: _Call) -> Response[Any]:
        request = _request(call, self.http)
        set_deadline(call.attempt_deadline)
        try:
            call.sending = True
            try:
                # Never follow redirects, even on a caller's client configured to.
                resp = self.http.send(request, stream=True, follow_redirects=False)
            except Exception as exc:  # httpx's, httpcore's, or anything else: classify
                if isinstance(exc, RuntimeError) and self.closed:
                    raise ClientClosedError("the client was closed") from None
                raise _classify(call, exc, self.closed) from _cause(exc)
            try:
                body = call.reader(resp.headers)
                # The raw stream, not `iter_raw()`: that one hands the connection back to the
                # pool as it ends, before `result` can check it for surplus bytes.
                stream: Any = (resp.content,) if resp.is_stream_consumed else resp.stream
                for chunk in stream:
                    call.add_chunk(body, chunk)
                retire_if_surplus(resp)  # before parsing: an error answer may carry surplus
                return call.result(resp.status_code, resp.headers, body)
            except CIError as error:
                raise call.response_error(error, resp.status_code, resp.headers) from None
            except Exception as exc:
                failure = _classify(call, exc, self.closed)
                raise call.response_error(failure, resp.status_code, resp.headers) from _cause(exc)
            finally:
                resp.close()
        finally:
            set_deadline(None)


class AsyncTransport(_Shell, AsyncShell):
    """Runs calls on an `httpx.AsyncClient` (yours, or one it owns and closes)."""

    http: httpx.AsyncClient

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None) -> None:
        if http is not None and not isinstance(http, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        AsyncShell.__init__(self, settings.max_connections)
        self._own = http is None
        limits = httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_connections,
        )
        self.http = http or httpx.AsyncClient(
            follow_redirects=False, trust_env=False, cookies=no_cookies(), limits=limits
        )

    async def aclose(self) -> None:
        self._closed = True
        if self._own:
            await self.http.aclose()

    async def _exchange(self, call: _Call) -> Response[Any]:
        request = _request(call, self.http)
        resp: httpx.Response | None = None
        try:
            # asyncio bounds the whole attempt exactly, even against a drip-feeding server.
            async with asyncio.timeout(max(0.0, call.attempt_remaining())):
                call.sending = True
                try:
                    resp = await self.http.send(request, stream=True, follow_redirects=False)
                except RuntimeError:
                    if self.closed:
                        raise ClientClosedError("the client was closed") from None
                    raise
                body = call.reader(resp.headers)
                if resp.is_stream_consumed:  # built in memory (a mock transport): read already
                    call.add_chunk(body, resp.content)
                else:
                    stream: Any = resp.stream  # raw, not `aiter_raw()`: see the sync shell
                    async for chunk in stream:
                        call.add_chunk(body, chunk)
                retire_if_surplus(resp)  # before parsing: an error answer may carry surplus
                return call.result(resp.status_code, resp.headers, body)
        except CIError as error:
            if resp is not None:
                error = call.response_error(error, resp.status_code, resp.headers)
            raise error from None
        except Exception as exc:  # httpx's, asyncio's timeout, or anything else: classify
            failure = _classify(call, exc, self.closed)
            if resp is not None:
                failure = call.response_error(failure, resp.status_code, resp.headers)
            raise failure from _cause(exc)
        finally:
            if resp is not None:
                await resp.aclose()
