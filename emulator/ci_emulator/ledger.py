"""What happened, for tests to read: every request and its answer, every job and the request
that created it, every callback delivery and each of its attempts.

This is how a test proves "no duplicate submit": count the jobs with one DataId, and see
which request (and which injected fault) created each.

What is kept, so a long-running server (or a flood of unauthenticated requests) cannot
grow it without bound:

- request records: the newest `max_requests` (default `DEFAULT_MAX_REQUESTS`, 10,000;
  `EmulatorConfig.ledger_max_requests`) in a ring; `total_requests` counts every request
  ever recorded, evicted ones included;
- job records and callback deliveries: all of them, as long as the jobs exist (one each
  per job, which is what "exactly once" proofs need; jobs come only from authenticated
  requests or seeding);
- `reset()` forgets everything recorded so far (for a test that wants a clean slate, or a
  long-running server), except callback deliveries still under way.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any, Literal

CallbackOutcome = Literal["pending", "delivered", "failed", "refused"]
#: The kinds of job the emulator keeps, one per medium (`live`: a live-stream video job).
JobKind = Literal["audio", "live", "image", "video", "text", "document", "webpage"]
#: Request records a ledger keeps unless told otherwise.
DEFAULT_MAX_REQUESTS = 10_000


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request as received and answered. `status` is None when no answer was sent (the
    connection was reset or closed by a fault); `job_id` is set when it created a job."""

    request_id: str
    operation: str | None
    method: str
    path: str
    status: int | None
    code: str | None = None
    fault: str | None = None
    job_id: str | None = None
    secret_id: str | None = None
    at: float = 0.0

    @property
    def created_job(self) -> bool:
        return self.job_id is not None


@dataclass(frozen=True, slots=True)
class JobRecord:
    """A job as created: by which request (None for seeded jobs), with which DataId, when."""

    job_id: str
    kind: JobKind
    data_id: str | None
    request_id: str | None
    created_at: float
    source: str | None = None


@dataclass(frozen=True, slots=True)
class CallbackAttempt:
    """One POST of a callback: the receiver's status, or the transport error's name."""

    number: int
    status_code: int | None
    error: str | None
    at: float


@dataclass(frozen=True, slots=True)
class CallbackDelivery:
    """A callback for one finished job, and how its delivery went."""

    job_id: str
    url: str
    version: str
    payload: dict[str, Any]
    outcome: CallbackOutcome = "pending"
    attempts: tuple[CallbackAttempt, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.outcome != "pending"


class Ledger:
    """Thread-safe records: the newest `max_requests` requests, every job and callback
    (see the module docstring). Readers get copies."""

    def __init__(self, max_requests: int = DEFAULT_MAX_REQUESTS) -> None:
        if max_requests < 1:
            raise ValueError("a ledger keeps at least one request record")
        self._requests: deque[RequestRecord] = deque(maxlen=max_requests)
        self._total_requests = 0
        self._jobs: list[JobRecord] = []
        self._callbacks: dict[str, CallbackDelivery] = {}
        self._cond = threading.Condition()

    @property
    def max_requests(self) -> int:
        """How many request records are kept (the newest)."""
        size = self._requests.maxlen
        assert size is not None
        return size

    # -- writing ---------------------------------------------------------------------------

    def record_request(self, record: RequestRecord) -> None:
        with self._cond:
            self._requests.append(record)  # the oldest record falls out when full
            self._total_requests += 1

    def record_job(self, record: JobRecord) -> None:
        with self._cond:
            self._jobs.append(record)

    def record_callback(self, delivery: CallbackDelivery) -> None:
        with self._cond:
            self._callbacks[delivery.job_id] = delivery
            self._cond.notify_all()

    def add_attempt(
        self, job_id: str, attempt: CallbackAttempt, outcome: CallbackOutcome = "pending"
    ) -> None:
        with self._cond:
            d = self._callbacks[job_id]
            self._callbacks[job_id] = replace(d, attempts=(*d.attempts, attempt), outcome=outcome)
            self._cond.notify_all()

    def finish_callback(self, job_id: str, outcome: CallbackOutcome) -> None:
        with self._cond:
            self._callbacks[job_id] = replace(self._callbacks[job_id], outcome=outcome)
            self._cond.notify_all()

    def reset(self) -> None:
        """Forget every request (and the total), job record and finished callback so far.
        Callback deliveries still pending stay, so their attempts keep being recorded."""
        with self._cond:
            self._requests.clear()
            self._total_requests = 0
            self._jobs.clear()
            self._callbacks = {k: d for k, d in self._callbacks.items() if not d.finished}
            self._cond.notify_all()

    # -- reading ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        """The kept request records, oldest first (at most `max_requests`)."""
        with self._cond:
            return list(self._requests)

    @property
    def total_requests(self) -> int:
        """Every request recorded since the start (or `reset()`), evicted ones included."""
        with self._cond:
            return self._total_requests

    @property
    def jobs(self) -> list[JobRecord]:
        with self._cond:
            return list(self._jobs)

    @property
    def callbacks(self) -> list[CallbackDelivery]:
        with self._cond:
            return list(self._callbacks.values())

    def requests_to(self, operation: str) -> list[RequestRecord]:
        return [r for r in self.requests if r.operation == operation]

    def request(self, request_id: str) -> RequestRecord:
        for r in self.requests:
            if r.request_id == request_id:
                return r
        raise KeyError(request_id)

    def jobs_with_data_id(self, data_id: str) -> list[JobRecord]:
        return [j for j in self.jobs if j.data_id == data_id]

    def callback(self, job_id: str) -> CallbackDelivery:
        with self._cond:
            return self._callbacks[job_id]

    def wait_callbacks(self, count: int, timeout: float = 5.0) -> list[CallbackDelivery]:
        """Block until `count` callbacks have a final outcome; return the finished ones."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                done = [d for d in self._callbacks.values() if d.finished]
                if len(done) >= count:
                    return done
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(done)} of {count} callbacks finished in {timeout} s")
                self._cond.wait(left)
