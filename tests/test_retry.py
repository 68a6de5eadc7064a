"""The retry policy, retry budget and client-side rate limiter (sans-I/O parts and wiring)."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    Client,
    Credentials,
    OutcomeUnknownError,
    RetryPolicy,
    ServerError,
    ThrottledError,
)
from ci_moderation.core import RateLimitSpec
from ci_moderation.retry import RateLimiter, RetryBudget, retry_after_seconds

CANCEL_OK = b"<Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>"
SUBMIT_OK = b"<Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>"
BODY = AudioAuditingRequest(input=AudioInput(object="a"), conf=AudioConf(detect_type=["Porn"]))


def _client(responses: list[httpx.Response | Exception], **kw: object) -> tuple[Client, list]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = responses.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    kw.setdefault("retry", RetryPolicy(base_delay=0.001, throttle_base_delay=0.001))
    client = Client(
        base_url="http://127.0.0.1:1",
        credentials=Credentials("id", "key"),
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **kw,  # type: ignore[arg-type]
    )
    return client, seen


def test_full_jitter_backoff_is_bounded() -> None:
    p = RetryPolicy()
    for n in range(12):
        for throttled in (False, True):
            base = p.throttle_base_delay if throttled else p.base_delay
            d = p.backoff(n, throttled)
            assert 0 <= d <= min(p.max_delay, base * 2**n)


def test_retry_after_is_capped_and_tolerant() -> None:
    assert retry_after_seconds("3", 20) == 3
    assert retry_after_seconds("999", 20) == 20
    assert retry_after_seconds("-5", 20) == 0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", 20) is None
    assert retry_after_seconds(None, 20) is None


def test_retry_budget_runs_out_and_refills() -> None:
    b = RetryBudget(10)
    assert b.spend(5) and b.spend(5) and not b.spend(1)
    b.refund()
    assert b.spend(1)


def test_throttling_is_retried_then_reported_with_all_attempts() -> None:
    throttled = httpx.Response(429, content=b"<Error><Code>Throttling</Code></Error>")
    client, seen = _client([throttled, throttled, throttled])
    with pytest.raises(ThrottledError) as info:
        client.create_audio_auditing_job(BODY)
    assert len(seen) == 3 and len(info.value.attempts) == 3
    assert not info.value.maybe_processed


def test_retry_after_is_honoured() -> None:
    slow = httpx.Response(
        503, headers={"retry-after": "0.3"}, content=b"<Error><Code>SlowDown</Code></Error>"
    )
    client, seen = _client([slow, httpx.Response(200, content=SUBMIT_OK)])
    start = time.monotonic()
    client.create_audio_auditing_job(BODY)
    assert time.monotonic() - start >= 0.3 and len(seen) == 2


@pytest.mark.parametrize("status", [500, 502, 504])
def test_submit_never_retries_a_server_error_but_cancel_does(status: int) -> None:
    err = httpx.Response(status, content=b"<Error><Code>InternalError</Code></Error>")
    client, seen = _client([err, httpx.Response(200, content=SUBMIT_OK)])
    with pytest.raises(ServerError) as info:
        client.create_audio_auditing_job(BODY)
    assert len(seen) == 1 and info.value.maybe_processed
    client, seen = _client([err, httpx.Response(200, content=CANCEL_OK)])
    client.cancel_live_auditing_job(job_id="j")
    assert len(seen) == 2


def test_submit_read_timeout_is_outcome_unknown_with_the_data_id() -> None:
    client, seen = _client([httpx.ReadTimeout("slow"), httpx.Response(200, content=SUBMIT_OK)])
    with pytest.raises(OutcomeUnknownError) as info:
        client.create_audio_auditing_job(BODY)
    assert len(seen) == 1
    assert info.value.data_id and info.value.data_id.encode() in seen[0].content
    assert info.value.maybe_processed and info.value.data_id in str(info.value)


def test_connect_errors_are_retried_for_a_submit() -> None:
    client, seen = _client([httpx.ConnectError("refused"), httpx.Response(200, content=SUBMIT_OK)])
    client.create_audio_auditing_job(BODY)
    assert len(seen) == 2
    assert seen[0].content == seen[1].content  # same DataId on both attempts


def test_an_empty_budget_stops_retries() -> None:
    err = httpx.Response(503, content=b"<Error><Code>ServiceUnavailable</Code></Error>")
    policy = RetryPolicy(base_delay=0.001, budget=5, retry_cost=5)
    client, seen = _client([err, err, err, err], retry=policy)
    with pytest.raises(ServerError):
        client.cancel_live_auditing_job(job_id="j")
    assert len(seen) == 2  # one retry paid for, then the budget is empty
    with pytest.raises(ServerError):
        client.cancel_live_auditing_job(job_id="j")
    assert len(seen) == 3


def test_rate_limiter_keeps_every_window_within_the_limit() -> None:
    """Deterministic: a fake clock, callers arriving at irregular times."""
    now = [100.0]
    limiter = RateLimiter(RateLimitSpec(5, 1.0, "bucket"), clock=lambda: now[0])
    slots = []
    for step in [0, 0, 0, 0.1, 0, 0, 0.3, 0, 0.05, 0, 0, 2.0, 0, 0, 0, 0, 0, 0, 0.7, 0] * 3:
        now[0] += step
        booked = limiter.reserve()
        assert booked is not None
        slot, wait = booked
        assert wait >= 0 and slot == now[0] + wait
        slots.append(slot)
    assert slots == sorted(slots)
    for i in range(len(slots) - 5):
        assert slots[i + 5] - slots[i] >= 1.0  # never 6 sends within one window
    # A full bucket admits a burst at once, then one per freed slot.
    assert slots[:3] == [100.0] * 3


def test_rate_limiter_is_shared_by_threads() -> None:
    limiter = RateLimiter(RateLimitSpec(4, 0.2, "bucket"))
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            booked = limiter.reserve()
            assert booked is not None
            w = booked[1]
            with lock:
                waits.append(w)
            time.sleep(w)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    assert len(waits) == 20
    assert sorted(waits)[:4] == pytest.approx([0] * 4, abs=0.05)  # the first burst
    assert elapsed >= 4 * 0.2  # 20 sends, 4 per window: the last goes after 4 windows
    assert elapsed < 3.0
