"""Issue 4's fault table, row by row, against the emulator over real loopback sockets.

Each test asserts the client's outcome *and* the emulator's ledger: how many requests the
client made and how many jobs exist, so "never duplicated, never silently lost" is proven.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from ci_emulator.clock import SystemClock
from ci_emulator.faults import Fault
from ci_emulator.server import RunningEmulator
from ci_moderation import (
    AccessDeniedError,
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    CIError,
    Client,
    ClientError,
    ConnectError,
    Credentials,
    DeadlineExceededError,
    NotFoundError,
    OutcomeUnknownError,
    ResponseParseError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    ServiceError,
    ServiceUnavailableError,
    ThrottledError,
    UnexpectedRedirectError,
    UnsafeResponseError,
)

SUBMIT = "CreateAudioAuditingJob"
CANCEL = "CancelLiveAuditingJob"
FAST = RetryPolicy(base_delay=0.01, throttle_base_delay=0.02)


def body(data_id: str | None = None) -> AudioAuditingRequest:
    return AudioAuditingRequest(
        input=AudioInput(object="clip.mp3", data_id=data_id),
        conf=AudioConf(detect_type=["Porn"]),
    )


@dataclass
class Outcome:
    error: CIError | None
    result: Any
    requests: int  # requests the emulator received for the operation
    jobs: int  # audio jobs created (submit) / live jobs cancelled (cancel)
    elapsed: float


def run(emu: RunningEmulator, op: str, fault: Fault | None, **kw: Any) -> Outcome:
    """One call through the generated client with `fault` armed for its first request."""
    if fault is not None:
        emu.state.faults.add(op, fault, times=kw.pop("times", 1))
    kw.setdefault("retry", FAST)
    kw.setdefault("timeout", httpx.Timeout(1.0))
    kw.setdefault("deadline", 5.0)
    live = emu.state.seed_live_job(data_id="room-1") if op == CANCEL else ""
    start = time.monotonic()
    error: CIError | None = None
    result = None
    with emu.client(**kw) as client:
        try:
            if op == SUBMIT:
                result = client.create_audio_auditing_job(body())
            else:
                result = client.cancel_live_auditing_job(job_id=live)
        except CIError as exc:
            error = exc
    elapsed = time.monotonic() - start
    ledger = emu.state.ledger
    if op == SUBMIT:
        jobs = len([j for j in ledger.jobs if j.kind == "audio"])
    else:
        jobs = int(emu.state.job(live).state == "Cancelled")
    return Outcome(error, result, len(ledger.requests_to(op)), jobs, elapsed)


# -- row 1: the request provably was not sent ---------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("op", [SUBMIT, CANCEL])
def test_row1_refused_connection_is_retried_then_a_connect_error(op: str) -> None:
    client = Client(
        base_url=f"http://127.0.0.1:{_closed_port()}",
        credentials=Credentials("AKIDx", "k"),
        retry=FAST,
    )
    with client, pytest.raises(ConnectError) as info:
        if op == SUBMIT:
            client.create_audio_auditing_job(body())
        else:
            client.cancel_live_auditing_job(job_id="sl1")
    assert len(info.value.attempts) == 3
    assert not info.value.maybe_processed


@pytest.fixture
def full_backlog() -> Iterator[int]:
    """A loopback port whose accept queue is full: new SYNs are dropped, connects time out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):  # Linux admits backlog+1 connections before dropping SYNs
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", port))
        fillers.append(s)
    time.sleep(0.05)
    yield port
    for s in fillers:
        s.close()
    listener.close()


def test_row1_connect_timeout_is_retried_then_a_connect_error(full_backlog: int) -> None:
    client = Client(
        base_url=f"http://127.0.0.1:{full_backlog}",
        credentials=Credentials("AKIDx", "k"),
        retry=FAST,
        timeout=httpx.Timeout(1.0, connect=0.2),
    )
    with client, pytest.raises(ConnectError) as info:
        client.create_audio_auditing_job(body())
    assert [a.outcome for a in info.value.attempts] == ["ConnectError"] * 3


def test_row1_reset_before_read_is_never_guessed_as_not_sent(ci_emulator: RunningEmulator) -> None:
    """Once the request bytes are written, a reset is ambiguous to the client: it cannot tell
    "before the server read it" from row 2's "after". The submit therefore reports an
    unknown outcome with its DataId instead of risking a second job; cancel retries."""
    out = run(ci_emulator, SUBMIT, Fault.reset_before_read())
    assert isinstance(out.error, OutcomeUnknownError) and out.error.data_id
    assert (out.requests, out.jobs) == (1, 0)
    out = run(ci_emulator, CANCEL, Fault.reset_before_read())
    assert out.error is None and out.jobs == 1
    assert out.requests == 2


# -- rows 2-5: sent, answer lost ------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [Fault.reset_after_read(), Fault.close_after_read(), Fault.delay(1.5)],
    ids=["reset", "close", "late-headers"],
)
def test_rows2_3_submit_is_not_retried_and_reports_outcome_unknown(
    ci_emulator: RunningEmulator, fault: Fault
) -> None:
    out = run(ci_emulator, SUBMIT, fault, timeout=httpx.Timeout(1.0, read=0.5))
    err = out.error
    assert isinstance(err, OutcomeUnknownError) and err.maybe_processed
    assert (out.requests, out.jobs) == (1, 1)  # exactly one job, and the caller knows it may
    (job,) = ci_emulator.state.ledger.jobs
    assert err.data_id == job.data_id  # ...and can find it by the DataId it was given
    assert len(err.attempts) == 1


@pytest.mark.parametrize(
    "fault",
    [Fault.reset_after_read(), Fault.close_after_read(), Fault.delay(1.5)],
    ids=["reset", "close", "late-headers"],
)
def test_rows2_3_cancel_is_retried(ci_emulator: RunningEmulator, fault: Fault) -> None:
    out = run(ci_emulator, CANCEL, fault, timeout=httpx.Timeout(1.0, read=0.5))
    assert out.requests == 2 and out.jobs == 1
    # The first attempt did cancel the job; the retry learns it is already cancelled and the
    # error says an earlier attempt may have done it.
    err = out.error
    assert isinstance(err, ClientError) and err.code == "JobAlreadyFinished"
    assert err.maybe_processed
    assert [(a.outcome, a.maybe_processed) for a in err.attempts] == [
        ("OutcomeUnknownError", True),
        ("ClientError", False),
    ]


def test_row4_drip_fed_submit_hits_the_deadline(ci_emulator: RunningEmulator) -> None:
    out = run(ci_emulator, SUBMIT, Fault.drip_feed(0.2), deadline=1.0)
    assert isinstance(out.error, DeadlineExceededError) and out.error.maybe_processed
    assert out.error.request_id  # the headers had arrived
    assert out.elapsed < 1.0 + 0.8  # the server cannot hold the caller (60 s of drip)
    assert (out.requests, out.jobs) == (1, 1)


async def test_row4_drip_fed_async_deadline_is_exact(ci_emulator: RunningEmulator) -> None:
    ci_emulator.state.faults.add(SUBMIT, Fault.drip_feed(0.2))
    start = time.monotonic()
    async with ci_emulator.async_client(deadline=0.8, retry=FAST) as client:
        with pytest.raises(DeadlineExceededError):
            await client.create_audio_auditing_job(body())
    assert time.monotonic() - start < 0.8 + 0.4  # a drip would take seconds


def test_row4_drip_fed_cancel_retries_when_time_remains(ci_emulator: RunningEmulator) -> None:
    out = run(ci_emulator, CANCEL, Fault.drip_feed(0.2), deadline=3.0, attempt_timeout=0.6)
    assert out.requests == 2 and out.jobs == 1
    assert out.error is not None
    assert out.error.attempts[0].outcome == "DeadlineExceededError"
    out = run(ci_emulator, CANCEL, Fault.drip_feed(0.2), deadline=1.0)
    assert isinstance(out.error, DeadlineExceededError) and out.requests == 3


@pytest.mark.parametrize(
    "fault", [Fault.truncated_body(), Fault.truncated_chunked()], ids=["length", "chunked"]
)
def test_row5_truncated_body_after_200(ci_emulator: RunningEmulator, fault: Fault) -> None:
    out = run(ci_emulator, SUBMIT, fault)
    assert isinstance(out.error, OutcomeUnknownError)
    assert out.error.status_code == 200 and out.error.request_id  # the request id is kept
    assert (out.requests, out.jobs) == (1, 1)
    out = run(ci_emulator, CANCEL, fault)
    assert out.requests == 2 and out.jobs == 1


# -- rows 6-9: CI answered with an error ----------------------------------------------------


@pytest.mark.parametrize("op", [SUBMIT, CANCEL])
def test_row6_throttling_is_retried_with_backoff_then_reported(
    ci_emulator: RunningEmulator, op: str
) -> None:
    out = run(ci_emulator, op, Fault.http_error(429), times=3)
    assert isinstance(out.error, ThrottledError) and not out.error.maybe_processed
    assert out.requests == 3 and out.jobs == 0
    out = run(ci_emulator, op, Fault.http_error(429), times=1)
    assert out.error is None and out.jobs == 1


@pytest.mark.parametrize("op", [SUBMIT, CANCEL])
def test_row7_503_is_retried_then_unavailable(ci_emulator: RunningEmulator, op: str) -> None:
    out = run(ci_emulator, op, Fault.http_error(503), times=3)
    assert isinstance(out.error, ServiceUnavailableError) and out.requests == 3
    assert out.jobs == 0


@pytest.mark.parametrize("status", [500, 502, 504])
def test_row8_server_errors(ci_emulator: RunningEmulator, status: int) -> None:
    out = run(ci_emulator, SUBMIT, Fault.http_error(status))
    assert isinstance(out.error, ServerError) and out.error.maybe_processed
    assert out.error.status_code == status
    assert (out.requests, out.jobs) == (1, 1)  # the emulator did create it: reported, not hidden
    out = run(ci_emulator, SUBMIT, Fault.http_error(status, processed=False))
    assert isinstance(out.error, ServerError) and out.error.maybe_processed
    assert (out.requests, out.jobs) == (2, 1)  # no retry; nothing new
    out = run(ci_emulator, CANCEL, Fault.http_error(status, processed=False))
    assert out.error is None and out.requests == 2 and out.jobs == 1


def test_row9_client_errors_are_typed_and_not_retried(ci_emulator: RunningEmulator) -> None:
    out = run(ci_emulator, SUBMIT, Fault.http_error(400, "InvalidArgument", processed=False))
    assert isinstance(out.error, ClientError) and out.error.code == "InvalidArgument"
    assert (out.requests, out.jobs) == (1, 0)
    with ci_emulator.client(retry=FAST) as client:
        with pytest.raises(NotFoundError) as unknown:
            client.cancel_live_auditing_job(job_id="slnosuchjob")
        finished = ci_emulator.state.seed_live_job(finished=True)
        with pytest.raises(ClientError) as done:
            client.cancel_live_auditing_job(job_id=finished)
        bad = Client(
            base_url=ci_emulator.base_url, credentials=Credentials("AKIDwrong", "k"), retry=FAST
        )
        with bad, pytest.raises(AccessDeniedError):
            bad.cancel_live_auditing_job(job_id=finished)
    assert unknown.value.code == "NoSuchJob" and done.value.code == "JobAlreadyFinished"
    assert not isinstance(done.value, NotFoundError)  # "unknown" and "already" differ
    assert len(unknown.value.attempts) == len(done.value.attempts) == 1


# -- rows 10-15: the answer is unusable --------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [Fault.malformed_body(), Fault.empty_body(), Fault.html_body()],
    ids=["malformed", "empty", "html"],
)
def test_row10_unreadable_200(ci_emulator: RunningEmulator, fault: Fault) -> None:
    out = run(ci_emulator, SUBMIT, fault)
    assert isinstance(out.error, ResponseParseError) and out.error.maybe_processed
    assert (out.requests, out.jobs) == (1, 1)
    out = run(ci_emulator, CANCEL, fault, times=3)
    assert isinstance(out.error, ResponseParseError) and out.jobs == 1


def test_row11_error_envelope_on_200(ci_emulator: RunningEmulator) -> None:
    out = run(ci_emulator, SUBMIT, Fault.error_on_200("InternalError"))
    assert type(out.error) is ServiceError and out.error.status_code == 200
    assert out.error.code == "InternalError" and out.jobs == 0


@pytest.mark.parametrize("op", [SUBMIT, CANCEL])
def test_row12_doctype_is_refused_unparsed(ci_emulator: RunningEmulator, op: str) -> None:
    out = run(ci_emulator, op, Fault.doctype_body())
    assert isinstance(out.error, UnsafeResponseError) and out.requests == 1


@pytest.mark.parametrize("chunked", [False, True], ids=["declared", "chunked"])
def test_row13_oversize_body_is_refused(ci_emulator: RunningEmulator, chunked: bool) -> None:
    out = run(ci_emulator, SUBMIT, Fault.oversize_body(2_000_000, chunked=chunked),
              max_response_bytes=100_000)  # fmt: skip
    assert isinstance(out.error, ResponseTooLargeError) and out.error.maybe_processed
    assert out.elapsed < 2.0


@pytest.mark.parametrize("op", [SUBMIT, CANCEL])
def test_row14_redirect_is_never_followed(ci_emulator: RunningEmulator, op: str) -> None:
    target = f"{ci_emulator.base_url}/audio/auditing"  # even a same-host target
    out = run(ci_emulator, op, Fault.redirect(target))
    assert isinstance(out.error, UnexpectedRedirectError) and out.requests == 1
    # ...even when the caller's own httpx client would follow redirects.
    http = httpx.Client(follow_redirects=True)
    out = run(ci_emulator, op, Fault.redirect(target), http_client=http)
    assert isinstance(out.error, UnexpectedRedirectError) and out.requests == 2


def test_row15_wrong_content_type_with_valid_xml_is_accepted(
    ci_emulator: RunningEmulator,
) -> None:
    out = run(ci_emulator, SUBMIT, Fault.wrong_content_type("text/plain"))
    assert out.error is None and out.result.jobs_detail.job_id and out.jobs == 1


# -- row 16: clock skew -------------------------------------------------------------------


def test_row16_clock_skew_names_the_servers_message(ci_emulator: RunningEmulator) -> None:
    job = ci_emulator.state.seed_live_job()
    client = ci_emulator.client(clock=lambda: time.time() - 7200, retry=FAST)
    with client, pytest.raises(AccessDeniedError) as info:
        client.cancel_live_auditing_job(job_id=job)
    assert "expired" in str(info.value).lower()
    assert len(info.value.attempts) == 1


# -- row 17: the client keeps the documented rate ----------------------------------------


def test_row17_client_rate_limit_means_zero_429s(ci_emulator_factory: Any) -> None:
    emu = ci_emulator_factory(clock=SystemClock())  # the emulator counts real time
    jobs = [emu.state.seed_live_job() for _ in range(45)]
    errors: list[Exception] = []
    with emu.client(retry=RetryPolicy(max_attempts=1)) as client:

        def worker(ids: list[str]) -> None:
            for job_id in ids:
                try:
                    client.cancel_live_auditing_job(job_id=job_id)
                except CIError as exc:
                    errors.append(exc)

        start = time.monotonic()
        threads = [threading.Thread(target=worker, args=(jobs[i::3],)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - start
    statuses = [r.status for r in emu.state.ledger.requests_to(CANCEL)]
    assert errors == [] and statuses == [200] * 45
    assert elapsed >= 1.0  # 45 requests at ≤ 20/s take more than two windows


def test_row17_without_the_client_limit_the_emulator_throttles(ci_emulator_factory: Any) -> None:
    emu = ci_emulator_factory(clock=SystemClock())
    jobs = [emu.state.seed_live_job() for _ in range(25)]
    throttled = 0
    with emu.client(rate_limit=False, retry=RetryPolicy(max_attempts=1)) as client:
        for job_id in jobs:
            try:
                client.cancel_live_auditing_job(job_id=job_id)
            except ThrottledError:
                throttled += 1
    assert throttled >= 1  # so the test above can fail


async def test_async_client_shares_the_limit_across_tasks(ci_emulator_factory: Any) -> None:
    import asyncio

    emu = ci_emulator_factory(clock=SystemClock())
    jobs = [emu.state.seed_live_job() for _ in range(30)]
    async with emu.async_client(retry=RetryPolicy(max_attempts=1)) as client:
        await asyncio.gather(*(client.cancel_live_auditing_job(job_id=j) for j in jobs))
    assert [r.status for r in emu.state.ledger.requests_to(CANCEL)] == [200] * 30


# -- whole-call properties --------------------------------------------------------------


def test_each_attempt_is_signed_afresh_and_credentials_are_reread(
    ci_emulator: RunningEmulator,
) -> None:
    calls = []

    def creds() -> Credentials:
        calls.append(1)
        return ci_emulator.credentials

    ci_emulator.state.faults.add(CANCEL, Fault.http_error(503), times=2)
    with ci_emulator.client(credentials=creds, retry=FAST) as client:
        client.cancel_live_auditing_job(job_id=ci_emulator.state.seed_live_job())
    assert len(calls) == 3
