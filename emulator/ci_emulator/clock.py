"""Clocks the emulator reads time from: real time for a server, a hand-driven one for tests.

Everything time-dependent (signature windows, job lifecycle, the rate limiter) asks the
injected clock, so a test can move time forward instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    """Anything with `now()` returning Unix seconds."""

    def now(self) -> float: ...


class SystemClock:
    """Wall-clock time, for a server that runs in real time."""

    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that only moves when told to. Starts at the real time so that signatures made
    by an ordinary client (which signs with the wall clock) are valid at first."""

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else start
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds` (never backward) and return the new time."""
        if seconds < 0:
            raise ValueError("a clock only moves forward")
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, timestamp: float) -> None:
        """Jump to an absolute time, e.g. to test signatures from the past or the future."""
        with self._lock:
            self._now = timestamp
