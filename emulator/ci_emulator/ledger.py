"""What happened, for tests to read: every request and its answer, every job and the request
that created it, every callback delivery and each of its attempts.

This is how a test proves "no duplicate submit": count the jobs with one DataId, and see
which request (and which injected fault) created each.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any, Literal

CallbackOutcome = Literal["pending", "delivered", "failed", "refused"]


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
    kind: Literal["audio", "live"]
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
    """Thread-safe append-only records. Readers get copies."""

    def __init__(self) -> None:
        self._requests: list[RequestRecord] = []
        self._jobs: list[JobRecord] = []
        self._callbacks: dict[str, CallbackDelivery] = {}
        self._cond = threading.Condition()

    # -- writing ---------------------------------------------------------------------------

    def record_request(self, record: RequestRecord) -> None:
        with self._cond:
            self._requests.append(record)

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

    # -- reading ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        with self._cond:
            return list(self._requests)

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
