"""Construction and lifetime of the generated clients; per-operation methods are generated."""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from .core import OperationModel, Response
from .endpoint import Endpoint
from .errors import ClientClosedError, ConfigurationError
from .model import Model
from .operations import SERVERS
from .retry import RetryPolicy
from .settings import Settings
from .signing import CredentialsSource, SigningWindow
from .xmlcodec import DEFAULT_MAX_BYTES

if TYPE_CHECKING:  # httpx costs ~70 ms to import: load it with the first client, not before
    import httpx

    from .aio import AioTransport
    from .stdlib import StdlibTransport
    from .transport import AsyncTransport, SyncTransport

_UNSET: Any = object()

#: One overall limit per call, across attempts, backoff and body reading (seconds).
DEFAULT_DEADLINE = 60.0
#: Calls of one client in flight at once (each holds a connection); more queue for a slot.
DEFAULT_MAX_CONNECTIONS = 64

T = TypeVar("T", bound=Model)
H = TypeVar("H")


def _importable(name: str) -> bool:
    """Whether `name` can be imported, found without importing it."""
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a module set to None in sys.modules, or broken
        return False


def _settings(
    *,
    bucket: str | None,
    region: str | None,
    appid: str | None,
    scheme: str,
    base_url: str | Mapping[str, str] | None,
    credentials: CredentialsSource | None,
    timeout: httpx.Timeout | float | None,
    deadline: float,
    attempt_timeout: float | None,
    retry: RetryPolicy | None,
    rate_limit: bool,
    max_response_bytes: int,
    signing_window: SigningWindow | None,
    clock: Callable[[], float] | None,
    generate_data_id: bool,
    max_connections: int,
    extra_headers: Mapping[str, str] | None,
) -> Settings:
    if base_url is not None:
        if bucket is not None or region is not None:
            raise ConfigurationError("pass either base_url or bucket and region, not both")
        hosts = _base_urls(base_url)
    elif bucket is not None and region is not None:
        hosts = {
            name: Endpoint.for_bucket(template, bucket, region, appid=appid, scheme=scheme)
            for name, template in SERVERS.items()
        }
    else:
        raise ConfigurationError("pass bucket= and region=, or base_url=")
    return Settings(
        endpoint=hosts["ci"],
        hosts=hosts,
        credentials=credentials,
        timeout=timeout,
        deadline=deadline,
        attempt_timeout=attempt_timeout,
        retry=retry or RetryPolicy(),
        rate_limit=rate_limit,
        max_response_bytes=max_response_bytes,
        signing_window=signing_window or SigningWindow(),
        clock=clock or time.time,
        generate_data_id=generate_data_id,
        max_connections=max_connections,
        extra_headers=extra_headers,
    )


def _base_urls(base_url: str | Mapping[str, str]) -> dict[str, Endpoint]:
    """One URL serves every host (the emulator answers them all); a mapping names one URL
    per host of `operations.SERVERS` (`ci`, `cos`), every one of them."""
    if isinstance(base_url, str):
        endpoint = Endpoint.from_url(base_url)
        return {name: endpoint for name in SERVERS}
    if not isinstance(base_url, Mapping):
        raise ConfigurationError("base_url must be a str, or a mapping of host name to URL")
    if set(base_url) != set(SERVERS):
        raise ConfigurationError(
            f"base_url as a mapping must name every host: {sorted(SERVERS)}, got {sorted(base_url)}"
        )
    return {name: Endpoint.from_url(base_url[name]) for name in SERVERS}


class _Pages:
    """The paging state of an `iter_*` call (`OperationModel.page`): the offset grows by
    the items seen; it stops at an empty page, a page shorter than the `limit` asked for,
    or once the answer's total count is reached."""

    def __init__(self, op: OperationModel[Any], query: dict[str, object]) -> None:
        assert op.page is not None
        self.page = op.page
        self.query = query
        self.offset = 0
        self.done = False

    def next_query(self) -> dict[str, object] | None:
        return None if self.done else {**self.query, self.page.offset: self.offset}

    def take(self, parsed: Model) -> list[Any]:
        items: list[Any] = list(_get(parsed, self.page.items) or [])
        self.offset += len(items)
        limit = self.query.get(self.page.limit)
        total = _get(parsed, self.page.total) if self.page.total else None
        self.done = (
            not items
            or (isinstance(limit, int) and len(items) < limit)
            or (isinstance(total, int) and self.offset >= total)
        )
        return items


def _get(model: Any, path: tuple[str, ...]) -> Any:
    for attr in path:
        if model is None:
            return None
        model = getattr(model, attr)
    return model


_OPTIONS_DOC = """Keyword options shared by both clients.

- `bucket` (`name-APPID`, or `name` with `appid=`) and `region`, or `base_url`
  (a private endpoint or the local emulator; one URL for every host, or a mapping
  `{"ci": url, "cos": url}`). `scheme` defaults to https. Most operations go to the
  bucket's CI host; a few (single-image moderation) to its COS host.
- `credentials`: `Credentials` or a callable returning them (re-read every attempt, so
  rotating STS tokens work); default: the TENCENTCLOUD_* environment variables.
- `timeout`: per-phase httpx timeout (default 10 s, connect 5 s); `deadline`: one limit
  for the whole call, retries and body reading included (default 60 s); `attempt_timeout`:
  an optional limit for one attempt, so an idempotent call can retry a stalled answer.
- `retry`: `RetryPolicy`; `RetryPolicy(max_attempts=1)` disables retries.
- `rate_limit`: apply the spec's per-operation limits client-side (default on).
- `max_response_bytes`: larger answers are refused.
- `generate_data_id`: give a submit without DataId a uuid4 one, so it can be reconciled.
- `max_connections`: calls in flight at once (default 64); more calls queue for a slot
  within their deadline (a deadline reached in the queue is `DeadlineBeforeSendError`).
- `extra_headers`: sent with every request (`x-ci-*` / `x-cos-*` ones are signed).
- `transport`: `"stdlib"`, the default — HTTP/1.1 spoken by this package over the standard
  library's sockets (`stdlib.py`) or asyncio (`aio.py`), no httpx import, proxies from the
  environment — or `"httpx"` (chosen by itself when you pass `http_client`).
- `http_client`: your own httpx client (redirects are never followed and cookies never
  sent whatever it is configured to do); else one is owned. Only an owned sync client bounds
  every socket read by the deadline: yours bounds each read by `timeout` and the deadline
  is checked between reads.

`client.with_options(deadline=5, retry=RetryPolicy(max_attempts=1), ...)` returns a cheap
copy for some calls, sharing the connections, rate limiters and retry budget.
"""


class _ClientBase(Generic[H]):
    """Options and endpoint shared by both clients; `H` is the httpx client type."""

    __doc__ = _OPTIONS_DOC
    _settings: Settings

    def __init__(
        self,
        *,
        bucket: str | None = None,
        region: str | None = None,
        appid: str | None = None,
        scheme: str = "https",
        base_url: str | Mapping[str, str] | None = None,
        credentials: CredentialsSource | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float = DEFAULT_DEADLINE,
        attempt_timeout: float | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: bool = True,
        max_response_bytes: int = DEFAULT_MAX_BYTES,
        signing_window: SigningWindow | None = None,
        clock: Callable[[], float] | None = None,
        generate_data_id: bool = True,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        extra_headers: Mapping[str, str] | None = None,
        http_client: H | None = None,
        transport: str | None = None,
    ) -> None:
        self._settings = _settings(
            bucket=bucket, region=region, appid=appid, scheme=scheme, base_url=base_url,
            credentials=credentials, timeout=timeout, deadline=deadline,
            attempt_timeout=attempt_timeout, retry=retry,
            rate_limit=rate_limit, max_response_bytes=max_response_bytes,
            signing_window=signing_window, clock=clock, generate_data_id=generate_data_id,
            max_connections=max_connections, extra_headers=extra_headers,
        )  # fmt: skip
        self._owner = True
        if transport is None:  # the class's default, or httpx for a caller's httpx client
            transport = "httpx" if http_client is not None else self._TRANSPORTS[0]
        if transport not in self._TRANSPORTS:
            raise ConfigurationError(
                f"transport must be one of {', '.join(self._TRANSPORTS)}, got {transport!r}"
            )
        if transport != "httpx" and http_client is not None:
            raise ConfigurationError(
                "http_client is an httpx client: use it with transport='httpx'"
            )
        if transport == "httpx" and not _importable("httpx"):
            raise ConfigurationError(
                "transport='httpx' needs httpx, an optional dependency: "
                "pip install 'ci-moderation[httpx]' (the default transport needs nothing)"
            )
        self._open(self._settings, http_client, transport)

    _TRANSPORTS: tuple[str, ...] = ("httpx",)

    def _open(self, settings: Settings, http_client: H | None, transport: str) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        deadline: float = _UNSET,
        attempt_timeout: float | None = _UNSET,
        timeout: httpx.Timeout | float | None = _UNSET,
        retry: RetryPolicy = _UNSET,
        max_response_bytes: int = _UNSET,
        generate_data_id: bool = _UNSET,
        extra_headers: Mapping[str, str] = _UNSET,
    ) -> Self:
        """A copy of this client whose calls use these options (the rest unchanged).

        Cheap (no new connections): the copy shares this client's connections, rate
        limiters and retry budget, and closing it does nothing; close the original.
        `extra_headers` replaces the headers given at construction. Bad values raise
        `ConfigurationError` here, as they would at construction."""
        given = dict(
            deadline=deadline, attempt_timeout=attempt_timeout, timeout=timeout, retry=retry,
            max_response_bytes=max_response_bytes, generate_data_id=generate_data_id,
            extra_headers=extra_headers,
        )  # fmt: skip
        import copy  # here: only a copy of a client needs it

        clone = copy.copy(self)
        clone._settings = self._settings.derive({k: v for k, v in given.items() if v is not _UNSET})
        clone._owner = False
        return clone

    @property
    def endpoint(self) -> Endpoint:
        return self._settings.endpoint

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.endpoint.base_url!r})"


class BaseSyncClient(_ClientBase["httpx.Client"]):
    __doc__ = _OPTIONS_DOC
    _transport: SyncTransport | StdlibTransport

    _TRANSPORTS = ("stdlib", "httpx")  # the first is the default

    def _open(self, settings: Settings, http_client: httpx.Client | None, transport: str) -> None:
        if transport == "stdlib":  # http.client: no httpx import at all
            from .stdlib import StdlibTransport

            self._transport = StdlibTransport(settings)
            return
        from .transport import SyncTransport

        self._transport = SyncTransport(settings, http_client)

    def _call(
        self,
        op: OperationModel[T],
        body: Model | None,
        path_values: Mapping[str, str],
        query: Mapping[str, object] | None = None,
    ) -> Response[T]:
        return self._transport.call(self._settings, op, body, path_values, query)

    def _paginate(
        self, op: OperationModel[Any], path_values: Mapping[str, str], query: dict[str, object]
    ) -> Iterator[Any]:
        pages = _Pages(op, query)
        while (q := pages.next_query()) is not None:
            yield from pages.take(self._call(op, None, path_values, q).parsed)

    def close(self) -> None:
        """Close the connections (a copy made by `with_options` leaves them open)."""
        if self._owner:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _LazyAsyncTransport:
    """The async transport, built on the first call in a worker thread: importing httpx and
    building its TLS context take tens of milliseconds that must not block the event loop.
    Shared by a client and its `with_options` copies."""

    def __init__(
        self, settings: Settings, http_client: httpx.AsyncClient | None, kind: str
    ) -> None:
        import asyncio  # here, not at the top: sync-only users need not pay its import

        self.settings = settings
        self.http_client = http_client
        self.kind = kind
        self.transport: AsyncTransport | AioTransport | None = None
        self.closed = False
        self._lock = asyncio.Lock()

    async def get(self) -> AsyncTransport | AioTransport:
        transport = self.transport
        if transport is not None:
            return transport
        import asyncio

        async with self._lock:
            if self.transport is None:
                if self.closed:
                    raise ClientClosedError("the client is closed")
                if self.kind == "stdlib":  # cheap to build: no thread needed
                    from .aio import AioTransport

                    self.transport = AioTransport(self.settings)
                else:
                    self.transport = await asyncio.to_thread(self._build)
            return self.transport

    def _build(self) -> AsyncTransport:
        from .transport import AsyncTransport

        return AsyncTransport(self.settings, self.http_client)

    async def aclose(self) -> None:
        self.closed = True
        if self.transport is not None:
            await self.transport.aclose()


class BaseAsyncClient(_ClientBase["httpx.AsyncClient"]):
    __doc__ = _OPTIONS_DOC
    _transport: _LazyAsyncTransport

    _TRANSPORTS = ("stdlib", "httpx")  # the first is the default

    def _open(
        self, settings: Settings, http_client: httpx.AsyncClient | None, transport: str
    ) -> None:
        if http_client is not None:
            httpx_module = sys.modules.get("httpx")  # imported already: the caller made one
            if httpx_module is None or not isinstance(http_client, httpx_module.AsyncClient):
                raise ConfigurationError("http_client must be an httpx.AsyncClient")
        self._transport = _LazyAsyncTransport(settings, http_client, transport)

    async def _call(
        self,
        op: OperationModel[T],
        body: Model | None,
        path_values: Mapping[str, str],
        query: Mapping[str, object] | None = None,
    ) -> Response[T]:
        transport = self._transport.transport or await self._transport.get()
        return await transport.call(self._settings, op, body, path_values, query)

    async def _paginate(
        self, op: OperationModel[Any], path_values: Mapping[str, str], query: dict[str, object]
    ) -> AsyncIterator[Any]:
        pages = _Pages(op, query)
        while (q := pages.next_query()) is not None:
            for item in pages.take((await self._call(op, None, path_values, q)).parsed):
                yield item

    async def aclose(self) -> None:
        """Close the connections (a copy made by `with_options` leaves them open)."""
        if self._owner:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
