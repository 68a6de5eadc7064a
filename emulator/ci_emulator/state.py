"""`Emulator`: the state of one emulated CI bucket and the handles tests drive it with:
`seed_live_job()` makes a live job to cancel, `advance(seconds)` moves the clock so jobs end
and callbacks go, `wait_callbacks(n)` blocks until they are delivered (or given up),
`ledger` proves there was no duplicate submit, `faults` arms injected failures.
"""

from __future__ import annotations

import threading

from ci_moderation.models import BadCaseRequest

from .auth import HostPolicy, Verifier
from .callbacks import CallbackDispatcher
from .clock import Clock, ManualClock, SystemClock
from .config import EmulatorConfig
from .faults import FaultPlan
from .jobs import Job, JobStore
from .ledger import CallbackDelivery, Ledger
from .policies import PolicyStore
from .ratelimit import RateLimiter


class Emulator:
    """Everything one emulator knows: jobs, ledger, faults, limits, clock and callbacks."""

    def __init__(self, config: EmulatorConfig, clock: Clock | None = None) -> None:
        self.config = config
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.ledger = Ledger(config.ledger_max_requests)
        self.faults = FaultPlan()
        self.jobs = JobStore(self.ledger, config.step_seconds, config.failure_triggers)
        self.verifier = Verifier(
            config.credentials, config.clock_skew, HostPolicy(config.virtual_hosts)
        )
        self.rate_limiter = RateLimiter(config.effective_rate_limits())
        self.callbacks = CallbackDispatcher(self.ledger, config)
        #: Bad-case reports received (`ReportBadCase`), in order, as parsed.
        self.bad_cases: list[BadCaseRequest] = []
        #: Moderation policies and custom text libraries (`policies.POLICY_HANDLERS`).
        self.policies = PolicyStore(config.bucket, self.clock.now())
        self.lock = threading.Lock()
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()
        # One tick at a time, and `advance` moves the clock and ticks as one step, so the
        # real-time ticker cannot take the transitions an `advance` call reports.
        self._tick_lock = threading.RLock()

    # -- driving ---------------------------------------------------------------------------

    def tick(self) -> int:
        """Apply the job transitions due now and send their callbacks; return how many
        jobs ended."""
        with self._tick_lock:
            ended = self.jobs.tick(self.clock.now())
            for job in ended:
                self.callbacks.dispatch(job)
            return len(ended)

    def advance(self, seconds: float) -> int:
        """Move a `ManualClock` forward, then `tick()`."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs the emulator to run on a ManualClock")
        with self._tick_lock:
            self.clock.advance(seconds)
            return self.tick()

    def seed_live_job(
        self, data_id: str | None = None, *, finished: bool = False, job_id: str | None = None
    ) -> str:
        """Create a live-stream job (CI creates them from a stream) and return its id:
        `job_id` if given (it must match the spec's `jobId`, 1-128 of `[A-Za-z0-9_-]`, and be
        new, else ValueError), else a random one. `finished=True` makes one that already
        ended, to test cancelling it."""
        return self.jobs.seed_live(
            data_id, self.clock.now(), finished=finished, job_id=job_id
        ).job_id

    def job(self, job_id: str) -> Job:
        """A snapshot of one job; KeyError when unknown."""
        return self.jobs.get(job_id)

    def wait_callbacks(self, count: int, timeout: float = 5.0) -> list[CallbackDelivery]:
        """Block until `count` callbacks have a final outcome (delivered, failed, refused)."""
        return self.ledger.wait_callbacks(count, timeout)

    # -- real time -------------------------------------------------------------------------

    def start_ticker(self, interval: float) -> None:
        """Tick every `interval` seconds on a daemon thread (for a server in real time)."""
        if self._ticker is not None:
            return
        self._stop.clear()
        self._ticker = threading.Thread(
            target=self._tick_forever, args=(interval,), name="ci-emulator-ticker", daemon=True
        )
        self._ticker.start()

    def _tick_forever(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.tick()

    def stop_ticker(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=5)
            self._ticker = None

    def close(self) -> None:
        """Stop the ticker and the callback workers. The ledger stays readable."""
        self.stop_ticker()
        self.callbacks.close()
