"""What every transport shares: the bookkeeping of one call across its attempts (`_Call`:
deadline, connection slot, rate-limit slot, signing, body reading, error classification,
the retry decision) and the blocking retry loop (`SyncShell`). No HTTP library here: each
transport (httpx in `transport.py`, the standard library's http.client in `stdlib.py`) only
sends one signed request and hands back status, headers and body chunks.
"""

from __future__ import annotations

import queue
import sys
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .body import BodyReader
from .core import (
    HttpRequest,
    OperationModel,
    PreparedRequest,
    Response,
    may_have_created,
    parse_response,
    prepare,
    request_id_of,
)
from .errors import (
    Attempt,
    CIError,
    ClientClosedError,
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

if TYPE_CHECKING:
    import logging

T = TypeVar("T", bound=Model)


class _Log:
    """The package's logger, taken once the program has imported `logging`: until then no
    handler can be listening, so a program that never logs does not import it for us."""

    __slots__ = ("name", "logger")

    def __init__(self, name: str) -> None:
        self.name = name
        self.logger: logging.Logger | None = None

    def debug(self, msg: str, *args: object) -> None:
        logger = self.logger
        if logger is None:
            module = sys.modules.get("logging")
            if module is None:
                return
            logger = self.logger = module.getLogger(self.name)
        logger.debug(msg, *args)


log = _Log(__name__.rpartition(".")[0])

#: Headers every attempt carries besides the signed ones: no compression (CI answers are a few
#: KiB, and a compressed body is a bomb risk), and who we are.
EXTRA_HEADERS = {"accept-encoding": "identity", "user-agent": "ci-moderation-python"}


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

    def signed(self) -> HttpRequest:
        """The attempt's request, signed now (after any wait) so its KeyTime is fresh."""
        return self.s.signed(self.prepared)

    def reader(self, headers: Mapping[str, str]) -> BodyReader:
        """A body reader for an answer with these headers, refusing a declared length over
        the cap before a byte is read."""
        declared = headers.get("content-length") or ""
        cap = self.s.max_response_bytes
        if declared.isdigit() and int(declared) > cap:
            raise ResponseTooLargeError(f"response declares {declared} bytes; the cap is {cap}")
        return BodyReader(cap, headers.get("content-encoding"))

    def add_chunk(self, body: BodyReader, chunk: bytes) -> None:
        body.add(chunk)
        if time.monotonic() > self.attempt_deadline:
            raise DeadlineExceededError("the deadline (call or attempt) passed reading the body")

    def result(self, status: int, headers: Mapping[str, str], body: BodyReader) -> Response[Any]:
        return parse_response(
            self.op, status, headers, body.body(), max_bytes=self.s.max_response_bytes
        )

    def transport_error(
        self, exc: BaseException, *, not_sent: bool, timed_out: bool, closed: bool = False
    ) -> CIError:
        """Map what the HTTP stack raised (each transport says whether it proves nothing
        was sent, and whether it is a timeout) onto "not sent", "deadline" and "outcome
        unknown" (anything unforeseen after sending began is outcome unknown: never a
        duplicate)."""
        if not_sent:
            if self.remaining() <= 0:
                return DeadlineBeforeSendError("the deadline passed before a connection was made")
            return ConnectError(f"could not connect ({type(exc).__name__})")
        if closed:
            return OutcomeUnknownError("the client was closed while the call was in flight")
        if timed_out and self.attempt_remaining() <= 0.002:
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

    def response_error(self, error: CIError, status: int, headers: Mapping[str, str]) -> CIError:
        """Attach what the response told us to an error raised while reading it."""
        error.status_code = status
        error.request_id = request_id_of(headers) or error.request_id
        if isinstance(error, ServiceError):
            error.retry_after = retry_after_seconds(
                headers.get("retry-after"), self.s.retry.max_retry_after
            )
        if isinstance(error, ResponseError):  # unusable body: the status says what CI did
            error.maybe_processed = may_have_created(self.op, status)
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


class SyncShell:
    """The blocking retry loop over one transport's `_exchange` (one signed attempt)."""

    _closed = False

    def __init__(self, max_connections: int) -> None:
        # One token per connection slot: a C queue, cheaper to take and give than a
        # threading.Semaphore (written in Python); every take is given back in `finally`.
        self._slots: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(max_connections):
            self._slots.put(None)

    @property
    def closed(self) -> bool:
        return self._closed

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
        try:
            self._slots.get(timeout=max(0.0, call.remaining()))
        except queue.Empty:
            raise call.no_slot() from None
        try:
            if call.remaining() <= 0:
                raise call.no_slot()
            wait = call.reserve()
            if wait:
                time.sleep(wait)
            return self._exchange(call)
        finally:
            self._slots.put(None)

    def _exchange(self, call: _Call) -> Response[Any]:  # pragma: no cover - abstract
        raise NotImplementedError
