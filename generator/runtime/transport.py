"""Thin sync and asyncio shells around the sans-I/O core, over httpx.

Each call: prepare once → for each attempt: wait for the rate limiter, sign afresh, send,
read the body under a size cap and the call's deadline, parse, and ask `retry` what next.
The bookkeeping of one call lives in `_Call`, so the two shells only differ in how they wait.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from .core import HttpRequest, OperationModel, PreparedRequest, Response, parse_response, prepare
from .core import sign as sign_request
from .endpoint import Endpoint
from .errors import (
    Attempt,
    CIError,
    ConfigurationError,
    ConnectError,
    DeadlineExceededError,
    OutcomeUnknownError,
    RateLimitWaitError,
    ResponseTooLargeError,
    ServiceError,
    ThrottledError,
)
from .model import Model
from .retry import RateLimiter, RetryBudget, RetryPolicy, is_retryable, retry_after_seconds
from .signing import Credentials, CredentialsSource, SigningWindow

T = TypeVar("T", bound=Model)
log = logging.getLogger(__name__.rpartition(".")[0])

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class Settings:
    """What both shells share: where to send, how to sign, and the retry/limit state."""

    def __init__(
        self,
        *,
        endpoint: Endpoint,
        credentials: CredentialsSource | None,
        timeout: httpx.Timeout | float | None,
        deadline: float,
        attempt_timeout: float | None,
        retry: RetryPolicy,
        rate_limit: bool,
        max_response_bytes: int,
        signing_window: SigningWindow,
        clock: Callable[[], float],
        generate_data_id: bool,
    ) -> None:
        if deadline <= 0:
            raise ConfigurationError("deadline must be positive")
        if retry.max_attempts < 1:
            raise ConfigurationError("retry.max_attempts must be at least 1")
        self.endpoint = endpoint
        self._credentials = credentials if credentials is not None else Credentials.from_env()
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.deadline = deadline
        self.attempt_timeout = attempt_timeout
        self.retry = retry
        self.budget = RetryBudget(retry.budget)
        self.rate_limit = rate_limit
        self.limiters: dict[str, RateLimiter] = {}
        self.max_response_bytes = max_response_bytes
        self.window = signing_window
        self.clock = clock
        self.generate_data_id = generate_data_id

    def limiter(self, op: OperationModel[Any]) -> RateLimiter | None:
        if not self.rate_limit or op.rate_limit is None:
            return None
        lim = self.limiters.get(op.name)
        if lim is None:
            lim = self.limiters.setdefault(op.name, RateLimiter(op.rate_limit))
        return lim

    def signed(self, prepared: PreparedRequest) -> HttpRequest:
        """A freshly signed attempt (credentials re-read: STS tokens may have rotated)."""
        c = self._credentials
        creds = c if isinstance(c, Credentials) else c()
        ep = self.endpoint
        return sign_request(
            prepared, ep.base_url, ep.host, ep.prefix, creds, self.clock(), self.window
        )

    def timeouts(self, remaining: float) -> dict[str, float | None]:
        t = self.timeout
        phases = (("connect", t.connect), ("read", t.read), ("write", t.write), ("pool", t.pool))
        return {k: remaining if v is None else min(v, remaining) for k, v in phases}


class _Call:
    """Bookkeeping of one call across attempts: deadline, attempts, the retry decision."""

    def __init__(self, s: Settings, op: OperationModel[Any], prepared: PreparedRequest) -> None:
        self.s = s
        self.op = op
        self.prepared = prepared
        self.deadline = time.monotonic() + s.deadline
        self.attempt_deadline = self.deadline
        self.limiter = s.limiter(op)
        self.attempts: list[Attempt] = []
        self.started = 0.0

    def remaining(self) -> float:
        """Seconds left for the whole call."""
        return self.deadline - time.monotonic()

    def attempt_remaining(self) -> float:
        """Seconds left for the current attempt (`attempt_timeout` caps one attempt so an
        idempotent call stuck on a slow answer can still retry within the deadline)."""
        return self.attempt_deadline - time.monotonic()

    def begin(self) -> float:
        """Start an attempt; return how long the rate limiter says to wait first."""
        self.started = time.monotonic()
        cap = self.s.attempt_timeout
        self.attempt_deadline = (
            self.deadline if cap is None else min(self.deadline, self.started + cap)
        )
        wait = self.limiter.reserve() if self.limiter is not None else 0.0
        if wait and wait >= self.remaining():
            raise RateLimitWaitError(
                f"the rate limit asks for {wait:.3f} s; the deadline is nearer"
            )
        return wait

    def request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The attempt's request, signed now (after any wait) so its KeyTime is fresh."""
        req = self.s.signed(self.prepared)
        return http.build_request(
            req.method, req.url, headers=req.headers, content=req.body,
            extensions={"timeout": self.s.timeouts(max(0.001, self.attempt_remaining()))},
        )  # fmt: skip

    def check_length(self, resp: httpx.Response) -> None:
        declared = resp.headers.get("content-length", "")
        cap = self.s.max_response_bytes
        if declared.isdigit() and int(declared) > cap:
            raise ResponseTooLargeError(f"response declares {declared} bytes; the cap is {cap}")

    def add_chunk(self, chunks: list[bytes], size: int, chunk: bytes) -> int:
        size += len(chunk)
        if size > self.s.max_response_bytes:
            raise ResponseTooLargeError(
                f"response exceeds the cap of {self.s.max_response_bytes} bytes"
            )
        if time.monotonic() > self.attempt_deadline:
            raise DeadlineExceededError("the deadline (call or attempt) passed reading the body")
        chunks.append(chunk)
        return size

    def result(self, resp: httpx.Response, chunks: list[bytes]) -> Response[Any]:
        return parse_response(
            self.op, resp.status_code, resp.headers, b"".join(chunks),
            max_bytes=self.s.max_response_bytes,
        )  # fmt: skip

    def transport_error(self, exc: Exception) -> CIError:
        """Map httpx's exceptions onto "not sent" and "outcome unknown" (facts §7)."""
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return ConnectError(f"could not connect ({type(exc).__name__})")
        if isinstance(exc, TimeoutError):
            return DeadlineExceededError("the deadline passed during the attempt")
        return OutcomeUnknownError(f"no complete answer after sending ({type(exc).__name__})")

    def response_error(self, error: CIError, resp: httpx.Response) -> CIError:
        """Attach what the response told us to an error raised while reading it."""
        error.status_code = resp.status_code
        error.request_id = resp.headers.get("x-ci-request-id") or error.request_id
        if isinstance(error, ServiceError):
            error.retry_after = retry_after_seconds(
                resp.headers.get("retry-after"), self.s.retry.max_retry_after
            )
        if isinstance(error, ResponseTooLargeError) and resp.status_code < 300:
            error.maybe_processed = not self.op.idempotent
        return error

    def succeeded(self, result: Response[Any], number: int) -> Response[Any]:
        self.s.budget.refund()
        log.debug(
            "%s attempt %d: HTTP %d, request id %s",
            self.op.name, number, result.status_code, result.request_id,
        )  # fmt: skip
        return result

    def failed(self, error: CIError, number: int) -> float:
        """Record a failed attempt; return the backoff before the next, or raise `error`."""
        if isinstance(error, OutcomeUnknownError) and error.data_id is None:
            error.data_id = self.prepared.data_id
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
        if not self.s.budget.spend(policy.timeout_retry_cost if is_timeout else policy.retry_cost):
            return None
        return delay


class SyncTransport:
    """Runs calls on an `httpx.Client` (yours, or one it owns and closes)."""

    def __init__(self, settings: Settings, http: httpx.Client | None) -> None:
        self.s = settings
        self._own = http is None
        self.http = http or httpx.Client(follow_redirects=False, trust_env=False)

    def close(self) -> None:
        if self._own:
            self.http.close()

    def call(
        self, op: OperationModel[T], body: Model | None, path_values: Mapping[str, str]
    ) -> Response[T]:
        prepared = prepare(op, body, path_values, generate_data_id=self.s.generate_data_id)
        call = _Call(self.s, op, prepared)
        number = 0
        while True:
            number += 1
            try:
                return call.succeeded(self._attempt(call), number)
            except CIError as error:
                time.sleep(call.failed(error, number))

    def _attempt(self, call: _Call) -> Response[Any]:
        wait = call.begin()
        if wait:
            time.sleep(wait)
        request = call.request(self.http)
        try:
            # Never follow redirects, even on a caller's client configured to.
            resp = self.http.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise call.transport_error(exc) from None
        try:
            call.check_length(resp)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size = call.add_chunk(chunks, size, chunk)
            return call.result(resp, chunks)
        except httpx.HTTPError as exc:
            raise call.response_error(call.transport_error(exc), resp) from None
        except CIError as error:
            raise call.response_error(error, resp) from None
        finally:
            resp.close()


class AsyncTransport:
    """Runs calls on an `httpx.AsyncClient` (yours, or one it owns and closes)."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None) -> None:
        self.s = settings
        self._own = http is None
        self.http = http or httpx.AsyncClient(follow_redirects=False, trust_env=False)

    async def aclose(self) -> None:
        if self._own:
            await self.http.aclose()

    async def call(
        self, op: OperationModel[T], body: Model | None, path_values: Mapping[str, str]
    ) -> Response[T]:
        prepared = prepare(op, body, path_values, generate_data_id=self.s.generate_data_id)
        call = _Call(self.s, op, prepared)
        number = 0
        while True:
            number += 1
            try:
                return call.succeeded(await self._attempt(call), number)
            except CIError as error:
                await asyncio.sleep(call.failed(error, number))

    async def _attempt(self, call: _Call) -> Response[Any]:
        wait = call.begin()
        if wait:
            await asyncio.sleep(wait)
        request = call.request(self.http)
        resp: httpx.Response | None = None
        try:
            # asyncio can enforce the deadline exactly, even against a drip-feeding server.
            async with asyncio.timeout(max(0.0, call.attempt_remaining())):
                try:
                    resp = await self.http.send(request, stream=True, follow_redirects=False)
                except httpx.HTTPError as exc:
                    raise call.transport_error(exc) from None
                call.check_length(resp)
                chunks: list[bytes] = []
                size = 0
                async for chunk in resp.aiter_bytes():
                    size = call.add_chunk(chunks, size, chunk)
                return call.result(resp, chunks)
        except (httpx.HTTPError, TimeoutError) as exc:
            error = call.transport_error(exc)
            raise (call.response_error(error, resp) if resp is not None else error) from None
        except CIError as error:
            raise (call.response_error(error, resp) if resp is not None else error) from None
        finally:
            if resp is not None:
                await resp.aclose()
