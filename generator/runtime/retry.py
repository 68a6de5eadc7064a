"""When to retry, how long to wait, and how fast to go: sans-I/O, shared by sync and async.

The rules (facts §7, botocore "standard" mode):
- retry when the request provably was not sent, on throttling, and on 503 `<Error>`;
- an operation that is not idempotent (a submit creates a billable job) never retries an
  ambiguous outcome (read timeout, reset after send, truncated body, 500/502/504, bad body);
  idempotent ones (cancel) do;
- full-jitter exponential backoff, a retry budget per client, `Retry-After` within a cap,
  and everything bounded by the call's overall deadline.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections.abc import Callable

from .core import RateLimitSpec
from .errors import (
    CIError,
    ConnectError,
    OutcomeUnknownError,
    ResponseParseError,
    ServerError,
    ServiceUnavailableError,
    ThrottledError,
    UnsafeResponseError,
)
from .record import Record, assign


class RetryPolicy(Record):
    """Limits of automatic retries. `RetryPolicy(max_attempts=1)` turns them off."""

    __slots__ = (
        "max_attempts", "base_delay", "throttle_base_delay", "max_delay", "max_retry_after",
        "budget", "retry_cost", "timeout_retry_cost",
    )  # fmt: skip
    max_attempts: int
    base_delay: float
    throttle_base_delay: float
    max_delay: float
    max_retry_after: float
    budget: int
    retry_cost: int
    timeout_retry_cost: int

    def __init__(
        self,
        max_attempts: int = 3,
        base_delay: float = 0.05,  # transient errors
        throttle_base_delay: float = 1.0,  # throttling
        max_delay: float = 20.0,
        max_retry_after: float = 20.0,
        budget: int = 500,  # retry quota shared by every call of one client
        retry_cost: int = 5,
        timeout_retry_cost: int = 10,
    ) -> None:
        assign(self, "max_attempts", max_attempts)
        assign(self, "base_delay", base_delay)
        assign(self, "throttle_base_delay", throttle_base_delay)
        assign(self, "max_delay", max_delay)
        assign(self, "max_retry_after", max_retry_after)
        assign(self, "budget", budget)
        assign(self, "retry_cost", retry_cost)
        assign(self, "timeout_retry_cost", timeout_retry_cost)

    def backoff(self, retry_number: int, throttled: bool) -> float:
        import random  # here: only a retry needs it (1.4 ms of a cold start otherwise)

        base = self.throttle_base_delay if throttled else self.base_delay
        return random.uniform(0, min(self.max_delay, base * (2**retry_number)))


def is_retryable(error: CIError, idempotent: bool) -> bool:
    """Whether another attempt is safe and useful for this error."""
    if not idempotent and error.maybe_processed:
        return False  # the job may exist: raise, never duplicate, whatever the error says
    if isinstance(error, ConnectError | ThrottledError | ServiceUnavailableError):
        return True  # not sent, or refused before being processed
    if not idempotent:
        return False
    if isinstance(error, UnsafeResponseError):
        return False  # hostile answer: do not ask again
    return isinstance(error, OutcomeUnknownError | ServerError | ResponseParseError)


class RetryBudget:
    """botocore's retry quota: retries spend tokens, successes earn one back."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._tokens = capacity
        self._lock = threading.Lock()

    def spend(self, cost: int) -> bool:
        with self._lock:
            if self._tokens < cost:
                return False
            self._tokens -= cost
            return True

    def refund(self, amount: int = 1) -> None:
        with self._lock:
            self._tokens = min(self._capacity, self._tokens + amount)


def retry_after_seconds(value: str | None, cap: float) -> float | None:
    """`Retry-After` in seconds (HTTP dates are not used by CI); None when absent or bad."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return min(max(seconds, 0.0), cap)


class RateLimiter:
    """At most `requests` sends in any window of `per_seconds`, shared by every thread and
    task of one client.

    `reserve(max_wait)` books the earliest slot that keeps the limit under a lock and returns
    how long to wait for it, so one object serves blocking and asyncio callers without an
    async lock. A slot further away than `max_wait` (the call's deadline) is refused and not
    booked, and a booked slot whose call never sent anything is given back with `release`,
    so an overload leaves no debt: the limiter is free again one window after it ends.

    The schedule only grows at its end once full (each new slot is at least one window after
    the `requests`-th latest), and releasing only removes sends, so no window ever holds more
    than `requests`. A small margin keeps arrival times at the server inside the limit
    despite network jitter.
    """

    MARGIN = 1.05

    def __init__(self, spec: RateLimitSpec, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.limit = spec.requests
        self.window = spec.per_seconds * self.MARGIN
        self._slots: list[float] = []  # booked send times within the last window or later
        self._lock = threading.Lock()

    def reserve(self, max_wait: float = math.inf) -> tuple[float, float] | None:
        """Book a slot; return `(slot, wait)`, or None (nothing booked) when the slot is
        `max_wait` seconds or more away."""
        with self._lock:
            now = self.clock()
            slots = self._slots
            horizon = now - self.window
            if slots and slots[0] <= horizon:
                del slots[: bisect.bisect_right(slots, horizon)]
            if len(slots) < self.limit:
                slot = now
            else:
                slot = max(now, slots[-1], slots[-self.limit] + self.window)
            wait = slot - now
            if wait > 0 and wait >= max_wait:
                return None
            bisect.insort(slots, slot)
            return slot, wait

    def release(self, slot: float) -> None:
        """Give back a booked `slot` whose call sent nothing."""
        with self._lock:
            i = bisect.bisect_left(self._slots, slot)
            if i < len(self._slots) and self._slots[i] == slot:
                del self._slots[i]

    def pending(self) -> int:
        """How many booked slots lie in the future (for tests and diagnostics)."""
        with self._lock:
            now = self.clock()
            return len(self._slots) - bisect.bisect_right(self._slots, now)
