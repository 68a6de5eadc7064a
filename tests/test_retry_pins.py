"""Retry budget and backoff pins: refunds, exact costs, and real jitter."""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest

from ci_moderation import (
    Client,
    Credentials,
    OutcomeUnknownError,
    RetryPolicy,
    ServiceUnavailableError,
)

OK = b"<Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>"
UNAVAILABLE = b"<Error><Code>ServiceUnavailable</Code></Error>"


def _client(policy: RetryPolicy, answers: Iterator[str]) -> tuple[Client, list[str]]:
    """A client on a mock transport answering 'ok', '503' or 'timeout' from `answers`."""
    log: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        kind = next(answers)
        log.append(kind)
        if kind == "timeout":
            raise httpx.ReadTimeout("no answer", request=request)
        if kind == "503":
            return httpx.Response(503, content=UNAVAILABLE)
        return httpx.Response(200, content=OK)

    client = Client(
        base_url="http://127.0.0.1:1",
        credentials=Credentials("AKIDx", "k"),
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        retry=policy,
        rate_limit=False,
    )
    return client, log


def _alternating() -> Iterator[str]:
    while True:
        yield "503"
        yield "ok"


def test_successes_refund_the_budget_so_a_long_lived_client_keeps_retrying() -> None:
    """Pins the refund on success: one retryable failure per call, more calls than
    budget / retry_cost, and every call still recovers with its one retry."""
    policy = RetryPolicy(base_delay=0.0001)  # the defaults: budget 500, cost 5
    calls = policy.budget // policy.retry_cost + 10
    client, log = _client(policy, _alternating())
    with client:
        for _ in range(calls):
            client.cancel_live_auditing_job(job_id="j1")
    assert log == ["503", "ok"] * calls


@pytest.mark.parametrize("kind", ["503", "timeout"])
@pytest.mark.parametrize("multiple", [1, 2])
def test_each_retry_costs_exactly_its_documented_price(kind: str, multiple: int) -> None:
    """Pins retry_cost for a 503 and timeout_retry_cost for an unknown outcome: a budget of
    k·cost pays for exactly k retries, and k·cost − 1 for only k − 1 (no refund happens:
    every attempt fails)."""
    policy = RetryPolicy(max_attempts=10, base_delay=0.0001, retry_cost=3, timeout_retry_cost=7)
    cost = policy.retry_cost if kind == "503" else policy.timeout_retry_cost
    error = ServiceUnavailableError if kind == "503" else OutcomeUnknownError
    for budget, retries in [(multiple * cost, multiple), (multiple * cost - 1, multiple - 1)]:
        client, log = _client(policy.replace(budget=budget), iter([kind] * 10))
        with client, pytest.raises(error) as info:
            client.cancel_live_auditing_job(job_id="j1")
        assert len(log) == 1 + retries, (budget, log)
        assert len(info.value.attempts) == 1 + retries


def test_backoff_is_full_jitter_not_the_cap() -> None:
    """Pins full jitter: 200 draws spread over [0, cap], not piled at the cap."""
    policy = RetryPolicy()
    state = random.getstate()
    random.seed(20240501)
    try:
        for retry_number, throttled in [(2, False), (3, True), (30, True)]:
            base = policy.throttle_base_delay if throttled else policy.base_delay
            cap = min(policy.max_delay, base * 2**retry_number)
            draws = [policy.backoff(retry_number, throttled) for _ in range(200)]
            assert all(0 <= d <= cap for d in draws)
            assert min(draws) < 0.25 * cap and max(draws) > 0.75 * cap
            assert len(set(draws)) > 150
    finally:
        random.setstate(state)
