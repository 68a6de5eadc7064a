"""The cancel rate limit: the spec's 20/s per bucket, a half-open 1 s sliding window over
arrival times on the emulator's clock, HTTP 429 `Throttling` beyond it."""

from __future__ import annotations

import time

import httpx
import pytest

from ci_emulator import EmulatorConfig, ManualClock, SystemClock
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator
from ci_moderation import ThrottledError
from ci_moderation.core import RateLimitSpec
from ci_moderation.operations import OPERATIONS

from .conftest import CANCEL, NO_RETRY, sign_headers, signed_call

LIMIT = OPERATIONS["CancelLiveAuditingJob"].rate_limit


def test_the_default_comes_from_the_spec(ci_emulator: RunningEmulator) -> None:
    assert LIMIT is not None and LIMIT.requests == 20 and LIMIT.per_seconds == 1.0
    limiter = ci_emulator.state.rate_limiter
    assert limiter.limit_of("CancelLiveAuditingJob") == LIMIT
    assert limiter.limit_of("CreateAudioAuditingJob") is None


def test_the_21st_cancel_in_a_second_is_throttled(
    ci_emulator: RunningEmulator, raw: httpx.Client
) -> None:
    assert LIMIT is not None
    state = ci_emulator.state
    ids = [state.seed_live_job() for _ in range(LIMIT.requests + 1)]
    statuses = []
    for job_id in ids:
        path, headers, _ = signed_call(ci_emulator, CANCEL, job_id=job_id)
        statuses.append(raw.post(path, headers=headers))
    assert [a.status_code for a in statuses] == [200] * LIMIT.requests + [429]
    throttled = statuses[-1]
    assert b"<Code>Throttling</Code>" in throttled.content
    assert throttled.headers["x-ci-request-id"]
    assert state.job(ids[-1]).state == "Auditing"  # refused, not processed
    assert state.ledger.requests[-1].code == "Throttling"


def test_the_window_is_half_open(ci_emulator_factory: EmulatorFactory) -> None:
    """Arrivals at t count until t + 1 s exclusive: at t + 0.999 still throttled, at
    exactly t + 1 admitted again. The client signs with the emulator's clock."""
    clock = ManualClock(start=1_800_000_000.0)
    emu = ci_emulator_factory(EmulatorConfig.with_random_credentials(), clock)
    ids = iter([emu.state.seed_live_job() for _ in range(42)])
    with emu.client(rate_limit=False, retry=NO_RETRY, clock=clock.now) as client:
        for _ in range(20):
            client.cancel_live_auditing_job(job_id=next(ids))
        clock.set(1_800_000_000.999)
        with pytest.raises(ThrottledError) as info:
            client.cancel_live_auditing_job(job_id=next(ids))
        assert (info.value.status_code, info.value.code) == (429, "Throttling")
        clock.set(1_800_000_001.0)
        for _ in range(20):  # the 20 arrivals at t no longer count; the refused one never did
            client.cancel_live_auditing_job(job_id=next(ids))
        with pytest.raises(ThrottledError):
            client.cancel_live_auditing_job(job_id=next(ids))


def test_limits_are_per_bucket(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    state = ci_emulator.state
    for job_id in [state.seed_live_job() for _ in range(20)]:
        path, headers, _ = signed_call(ci_emulator, CANCEL, job_id=job_id)
        assert raw.post(path, headers=headers).status_code == 200
    other_host = "otherbucket-1250000000.ci.ap-guangzhou.myqcloud.com"
    path, headers, _ = signed_call(ci_emulator, CANCEL, job_id=state.seed_live_job())
    del headers["authorization"]
    headers["host"] = other_host
    signed = sign_headers(ci_emulator, "POST", path, headers)
    assert raw.post(path, headers=signed).status_code == 200


def test_limits_can_be_changed_or_disabled(ci_emulator_factory: EmulatorFactory) -> None:
    tight = ci_emulator_factory(
        EmulatorConfig.with_random_credentials(
            rate_limits={"CancelLiveAuditingJob": RateLimitSpec(2, 1.0, "bucket")}
        )
    )
    off = ci_emulator_factory(EmulatorConfig.with_random_credentials(rate_limits={}))
    for emu, expected in ((tight, 2), (off, 30)):
        ok = 0
        with emu.client(rate_limit=False, retry=NO_RETRY) as client:
            for job_id in [emu.state.seed_live_job() for _ in range(30)]:
                try:
                    client.cancel_live_auditing_job(job_id=job_id)
                    ok += 1
                except ThrottledError:
                    pass
        assert ok == expected


def test_the_generated_clients_own_limiter_stays_under_it(
    ci_emulator_factory: EmulatorFactory,
) -> None:
    """In real time, the client's spec-derived limiter keeps 25 quick cancels below 20/s."""
    emu = ci_emulator_factory(EmulatorConfig.with_random_credentials(), SystemClock())
    ids = [emu.state.seed_live_job() for _ in range(25)]
    started = time.monotonic()
    with emu.client(retry=NO_RETRY) as client:
        for job_id in ids:
            client.cancel_live_auditing_job(job_id=job_id)
    assert time.monotonic() - started >= 1.0
    assert {r.status for r in emu.state.ledger.requests} == {200}
