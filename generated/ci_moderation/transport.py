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
import threading
import time
from collections.abc import Mapping
from typing import Any, TypeVar

import httpcore
import httpx

from .connection import (
    BodyReader,
    DeadlineBeforeWrite,
    DeadlineTransport,
    no_cookies,
    retire_if_surplus,
    set_deadline,
)
from .core import (
    OperationModel,
    PreparedRequest,
    Response,
    may_have_created,
    parse_response,
    prepare,
)
from .errors import (
    Attempt,
    CIError,
    ClientClosedError,
    ConfigurationError,
    ConnectError,
    DeadlineBeforeSendError,
    DeadlineExceededError,
    NotSentError,
    OutcomeUnknownError,
    RateLimitWaitError,
    ResponseError,
    ResponseTooLargeError,
    ServiceError,
    ThrottledError,
)
from .model import Model
from .retry import is_retryable, retry_after_seconds
from .settings import Settings

T = TypeVar("T", bound=Model)
log = logging.getLogger(__name__.rpartition(".")[0])

#: Headers every attempt carries besides the signed ones: no compression (CI answers are a few
#: KiB, and a compressed body is a bomb risk), and who we are.
EXTRA_HEADERS = {"accept-encoding": "identity", "user-agent": "ci-moderation-python"}

_NOT_SENT = (
    httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout,
    httpcore.ConnectError, httpcore.ConnectTimeout, httpcore.PoolTimeout, DeadlineBeforeWrite,
)  # fmt: skip
_TIMEOUTS = (httpx.TimeoutException, httpcore.TimeoutException, TimeoutError)


class _Call:
    """Bookkeeping of one call across attempts: deadline, attempts, the retry decision."""

    def __init__(self, s: Settings, op: OperationModel[Any], prepared: PreparedRequest) -> None:
        self.s = s
        self.op = op
        self.prepared = prepared
        self.deadline = time.monotonic() + s.deadline
        self.attempt_deadline = self.deadline
        self.limiter = s.limiter(op)
        self.slot: float | None = None
        self.sending = False  # whether the current attempt handed its request to httpx
        self.spent = 0  # retry tokens the last retry cost
        self.attempts: list[Attempt] = []
        self.started = 0.0

    def remaining(self) -> float:
        """Seconds left for the whole call."""
        return self.deadline - time.monotonic()

    def attempt_remaining(self) -> float:
        """Seconds left for the current attempt (`attempt_timeout` caps one attempt so an
        idempotent call stuck on a slow answer can still retry within the deadline)."""
        return self.attempt_deadline - time.monotonic()

    def begin(self) -> None:
        """Start an attempt: its clock and deadline."""
        self.started = time.monotonic()
        self.sending = False
        cap = self.s.attempt_timeout
        self.attempt_deadline = (
            self.deadline if cap is None else min(self.deadline, self.started + cap)
        )

    def no_slot(self) -> DeadlineBeforeSendError:
        return DeadlineBeforeSendError(
            f"no connection slot became free before the deadline ({self.s.max_connections} "
            "calls in flight; see max_connections)"
        )

    def reserve(self) -> float:
        """Book a rate-limit slot usable before the deadline; return how long to wait."""
        if self.limiter is None:
            return 0.0
        booked = self.limiter.reserve(self.remaining())
        if booked is None:
            raise RateLimitWaitError("the rate limit asks for a wait beyond the deadline")
        self.slot, wait = booked
        return wait

    def release(self) -> None:
        """Give back the rate-limit slot of an attempt that sent nothing."""
        if self.slot is not None and self.limiter is not None:
            self.limiter.release(self.slot)
        self.slot = None

    def request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The attempt's request, signed now (after any wait) so its KeyTime is fresh."""
        req = self.s.signed(self.prepared)
        request = http.build_request(
            req.method, req.url, headers=EXTRA_HEADERS | req.headers, content=req.body,
            extensions={"timeout": self.s.timeouts(max(0.001, self.attempt_remaining()))},
        )  # fmt: skip
        request.headers.pop("cookie", None)  # a caller's client may keep cookies: never send
        return request

    def reader(self, resp: httpx.Response) -> BodyReader:
        declared = resp.headers.get("content-length", "")
        cap = self.s.max_response_bytes
        if declared.isdigit() and int(declared) > cap:
            raise ResponseTooLargeError(f"response declares {declared} bytes; the cap is {cap}")
        return BodyReader(cap, resp.headers.get("content-encoding"))

    def add_chunk(self, body: BodyReader, chunk: bytes) -> None:
        body.add(chunk)
        if time.monotonic() > self.attempt_deadline:
            raise DeadlineExceededError("the deadline (call or attempt) passed reading the body")

    def result(self, resp: httpx.Response, body: BodyReader) -> Response[Any]:
        content = body.body()
        retire_if_surplus(resp)
        return parse_response(
            self.op, resp.status_code, resp.headers, content, max_bytes=self.s.max_response_bytes
        )

    def transport_error(self, exc: BaseException, closed: bool = False) -> CIError:
        """Map what the HTTP stack raised onto "not sent", "deadline" and "outcome unknown"
        (anything unforeseen after sending began is "outcome unknown": never a duplicate)."""
        if isinstance(exc, _NOT_SENT):
            if self.remaining() <= 0:
                return DeadlineBeforeSendError("the deadline passed before a connection was made")
            return ConnectError(f"could not connect ({type(exc).__name__})")
        if closed:
            return OutcomeUnknownError("the client was closed while the call was in flight")
        if isinstance(exc, _TIMEOUTS) and self.attempt_remaining() <= 0.002:
            return DeadlineExceededError("no complete answer before the deadline")
        return OutcomeUnknownError(f"no complete answer after sending ({type(exc).__name__})")

    def internal_error(self, exc: Exception) -> CIError:
        """An unforeseen exception, as "not sent" or "outcome unknown" by where it arose."""
        name = type(exc).__name__
        error: CIError = (
            OutcomeUnknownError(f"internal error after sending began ({name})")
            if self.sending
            else ConnectError(f"internal error before sending ({name})")
        )
        error.__cause__ = exc
        return error

    def response_error(self, error: CIError, resp: httpx.Response) -> CIError:
        """Attach what the response told us to an error raised while reading it."""
        error.status_code = resp.status_code
        error.request_id = resp.headers.get("x-ci-request-id") or error.request_id
        if isinstance(error, ServiceError):
            error.retry_after = retry_after_seconds(
                resp.headers.get("retry-after"), self.s.retry.max_retry_after
            )
        if isinstance(error, ResponseError):  # unusable body: the status says what CI did
            error.maybe_processed = may_have_created(self.op, resp.status_code)
        return error

    def succeeded(self, result: Response[Any], number: int) -> Response[Any]:
        # botocore's quota: a success gives back what its last retry cost, or 1 token.
        self.s.budget.refund(self.spent or 1)
        log.debug(
            "%s attempt %d: HTTP %d, request id %s",
            self.op.name, number, result.status_code, result.request_id,
        )  # fmt: skip
        return result

    def failed(self, error: CIError, number: int) -> float:
        """Record a failed attempt; return the backoff before the next, or raise `error`."""
        if not self.sending or isinstance(error, NotSentError):
            self.release()
        self.slot, self.sending = None, False  # this attempt is over: nothing carries over
        if error.data_id is None:
            error.data_id = self.prepared.data_id
        if not error.data_ids:
            error.data_ids = self.prepared.data_ids
        outcome = type(error).__name__
        elapsed = time.monotonic() - self.started
        attempt = Attempt(
            number, outcome, error.status_code, error.request_id, elapsed, error.maybe_processed
        )
        self.attempts.append(attempt)
        log.debug("%s attempt %d failed: %s", self.op.name, number, outcome)
        delay = self._delay(error, number)
        if delay is None:
            error.attempts = tuple(self.attempts)
            # An earlier attempt that may have created the job taints the whole call.
            error.maybe_processed = any(a.maybe_processed for a in self.attempts)
            raise error
        return delay

    def _delay(self, error: CIError, number: int) -> float | None:
        policy = self.s.retry
        if number >= policy.max_attempts or not is_retryable(error, self.op.idempotent):
            return None
        delay = policy.backoff(number - 1, isinstance(error, ThrottledError))
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            delay = max(delay, retry_after)
        if delay >= self.remaining():
            return None
        is_timeout = isinstance(error, OutcomeUnknownError)
        cost = policy.timeout_retry_cost if is_timeout else policy.retry_cost
        if not self.s.budget.spend(cost):
            return None
        self.spent = cost
        return delay


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


class SyncTransport(_Shell):
    """Runs calls on an `httpx.Client`: yours, or one it owns (deadline-bounded sockets)."""

    http: httpx.Client

    def __init__(self, settings: Settings, http: httpx.Client | None) -> None:
        if http is not None and not isinstance(http, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client")
        self._own = http is None
        self._slots = threading.BoundedSemaphore(settings.max_connections)
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

    def call(
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
                return call.succeeded(self._attempt(call), number)
            except CIError as error:
                time.sleep(call.failed(error, number))
            except Exception as exc:  # a defect of ours: still a CIError, the cause kept
                time.sleep(call.failed(call.internal_error(exc), number))

    def _attempt(self, call: _Call) -> Response[Any]:
        if self.closed:
            raise ClientClosedError("the client is closed")
        call.begin()
        if not self._slots.acquire(timeout=max(0.0, call.remaining())):
            raise call.no_slot()
        try:
            if call.remaining() <= 0:
                raise call.no_slot()
            wait = call.reserve()
            if wait:
                time.sleep(wait)
            return self._exchange(call)
        finally:
            self._slots.release()

    def _exchange(self, call: _Call) -> Response[Any]:
        request = call.request(self.http)
        set_deadline(call.attempt_deadline)
        try:
            call.sending = True
            try:
                # Never follow redirects, even on a caller's client configured to.
                resp = self.http.send(request, stream=True, follow_redirects=False)
            except Exception as exc:  # httpx's, httpcore's, or anything else: classify
                if isinstance(exc, RuntimeError) and self.closed:
                    raise ClientClosedError("the client was closed") from None
                raise call.transport_error(exc, self.closed) from _cause(exc)
            try:
                body = call.reader(resp)
                # The raw stream, not `iter_raw()`: that one hands the connection back to the
                # pool as it ends, before `result` can check it for surplus bytes.
                stream: Any = (resp.content,) if resp.is_stream_consumed else resp.stream
                for chunk in stream:
                    call.add_chunk(body, chunk)
                return call.result(resp, body)
            except CIError as error:
                raise call.response_error(error, resp) from None
            except Exception as exc:
                failure = call.transport_error(exc, self.closed)
                raise call.response_error(failure, resp) from _cause(exc)
            finally:
                resp.close()
        finally:
            set_deadline(None)


class AsyncTransport(_Shell):
    """Runs calls on an `httpx.AsyncClient` (yours, or one it owns and closes)."""

    http: httpx.AsyncClient

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None) -> None:
        if http is not None and not isinstance(http, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        self.max_connections = settings.max_connections
        self._own = http is None
        self._slots: asyncio.Semaphore | None = None  # made on first use, in the running loop
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
        call.begin()
        slots = self._slots
        if slots is None:
            slots = self._slots = asyncio.Semaphore(self.max_connections)
        try:
            async with asyncio.timeout(max(0.0, call.remaining())):
                await slots.acquire()
        except TimeoutError:
            raise call.no_slot() from None
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

    async def _exchange(self, call: _Call) -> Response[Any]:
        request = call.request(self.http)
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
                body = call.reader(resp)
                if resp.is_stream_consumed:  # built in memory (a mock transport): read already
                    call.add_chunk(body, resp.content)
                else:
                    stream: Any = resp.stream  # raw, not `aiter_raw()`: see the sync shell
                    async for chunk in stream:
                        call.add_chunk(body, chunk)
                return call.result(resp, body)
        except CIError as error:
            raise (call.response_error(error, resp) if resp is not None else error) from None
        except Exception as exc:  # httpx's, asyncio's timeout, or anything else: classify
            failure = call.transport_error(exc, self.closed)
            failure = call.response_error(failure, resp) if resp is not None else failure
            raise failure from _cause(exc)
        finally:
            if resp is not None:
                await resp.aclose()
