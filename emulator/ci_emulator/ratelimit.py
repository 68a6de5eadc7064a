"""Per-operation, per-bucket request limits, counted over the emulator's clock.

A request is admitted when fewer than `requests` earlier requests were admitted in the
half-open window `(now - per_seconds, now]`; an arrival exactly `per_seconds` ago no longer
counts. Refused requests are not counted, so a client that backs off gets through again.
CI documents the limit (20/s for cancel) but not its throttling code; the emulator answers
HTTP 429 with code `Throttling`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping

from ci_moderation.core import RateLimitSpec

from .errors import EmulatorError

THROTTLING_CODE = "Throttling"


class RateLimiter:
    """Sliding-window limits for every operation that has one."""

    def __init__(self, limits: Mapping[str, RateLimitSpec]) -> None:
        self._limits = dict(limits)
        self._admitted: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def limit_of(self, operation: str) -> RateLimitSpec | None:
        return self._limits.get(operation)

    def check(self, operation: str, scope_key: str, now: float) -> None:
        """Admit one request or raise `EmulatorError` (429 Throttling)."""
        spec = self._limits.get(operation)
        if spec is None:
            return
        with self._lock:
            times = self._admitted.setdefault((operation, scope_key), deque())
            while times and times[0] <= now - spec.per_seconds:
                times.popleft()
            if len(times) >= spec.requests:
                raise EmulatorError(
                    429,
                    THROTTLING_CODE,
                    f"{operation} is limited to {spec.requests} requests per "
                    f"{spec.per_seconds:g} s per {spec.scope}",
                )
            times.append(now)
