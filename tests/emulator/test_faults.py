"""Each injected fault produces the wire behaviour it claims, seen with a raw socket or a
plain httpx client, and the ledger tells whether the faulted request created a job."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import httpx
import pytest

from ci_emulator import EmulatorConfig, Fault, FaultNeedsServer, create_app, emulator_of
from ci_emulator.ledger import RequestRecord
from ci_emulator.server import RunningEmulator
from ci_moderation import (
    AsyncClient,
    AudioAuditingResponse,
    ClientError,
    Credentials,
    DeadlineExceededError,
    OutcomeUnknownError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    ServiceError,
    UnexpectedRedirectError,
    UnsafeResponseError,
)

from .conftest import NO_RETRY, SUBMIT, audio_request, http_bytes, raw_exchange, signed_call

OP = "CreateAudioAuditingJob"
MAX_RESPONSE = 4 * 1024 * 1024  # the generated client's default cap


def submit_raw(emu: RunningEmulator, fault: Fault) -> tuple[bytes, str, RequestRecord]:
    """Arm `fault`, send one signed submit on a fresh socket, read until the server ends."""
    emu.state.faults.add(OP, fault)
    path, headers, body = signed_call(emu, SUBMIT, audio_request())
    data, end = raw_exchange(emu, http_bytes(path, headers, body))
    return data, end, emu.state.ledger.requests[-1]


def split(data: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


def created(emu: RunningEmulator, record: RequestRecord) -> bool:
    jobs = [j.job_id for j in emu.state.ledger.jobs]
    assert record.created_job == bool(jobs)
    return record.created_job


# -- the connection ----------------------------------------------------------------------


def test_reset_before_read(ci_emulator: RunningEmulator) -> None:
    data, end, record = submit_raw(ci_emulator, Fault.reset_before_read())
    assert (data, end) == (b"", "reset")
    assert (record.status, record.fault) == (None, "reset_before_read")
    assert not created(ci_emulator, record)


def test_reset_after_read_creates_the_job(ci_emulator: RunningEmulator) -> None:
    data, end, record = submit_raw(ci_emulator, Fault.reset_after_read())
    assert (data, end) == (b"", "reset")
    assert record.status is None
    assert created(ci_emulator, record)


def test_close_after_read_creates_the_job(ci_emulator: RunningEmulator) -> None:
    data, end, record = submit_raw(ci_emulator, Fault.close_after_read())
    assert (data, end) == (b"", "eof")
    assert created(ci_emulator, record)


def test_truncated_body_with_content_length(ci_emulator: RunningEmulator) -> None:
    data, end, record = submit_raw(ci_emulator, Fault.truncated_body())
    status, headers, body = split(data)
    assert (status, end) == (200, "eof")
    assert 0 < len(body) < int(headers["content-length"])
    assert body.startswith(b"<Response>") and not body.endswith(b"</Response>")
    assert created(ci_emulator, record)


def test_truncated_chunked_body(ci_emulator: RunningEmulator) -> None:
    data, end, record = submit_raw(ci_emulator, Fault.truncated_chunked())
    status, headers, body = split(data)
    assert (status, end) == (200, "eof")
    assert headers["transfer-encoding"] == "chunked" and "content-length" not in headers
    assert not body.endswith(b"0\r\n\r\n")  # the last chunk never comes
    assert created(ci_emulator, record)


@pytest.mark.parametrize("fault", [Fault.truncated_body(), Fault.truncated_chunked()])
def test_httpx_sees_truncation(
    ci_emulator: RunningEmulator, raw: httpx.Client, fault: Fault
) -> None:
    ci_emulator.state.faults.add(OP, fault)
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    with pytest.raises(httpx.RemoteProtocolError):
        raw.post(path, headers=headers, content=body)


def test_drip_feed(ci_emulator: RunningEmulator) -> None:
    ci_emulator.state.faults.add(OP, Fault.drip_feed(interval=0.05, chunk=40))
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    reads = 0
    data = b""
    with socket.create_connection(("127.0.0.1", ci_emulator.port), timeout=5) as sock:
        started = time.monotonic()
        sock.sendall(http_bytes(path, headers, body))
        while chunk := sock.recv(65536):
            reads += 1
            data += chunk
        elapsed = time.monotonic() - started
    status, headers, answer = split(data)
    assert status == 200 and len(answer) == int(headers["content-length"])
    pieces = -(-len(answer) // 40)
    assert elapsed >= (pieces - 1) * 0.05  # the server slept between pieces
    assert reads >= pieces // 2  # and they came separately, not as one body
    assert AudioAuditingResponse.from_xml(answer).jobs_detail is not None


def test_delay_before_headers(ci_emulator: RunningEmulator) -> None:
    ci_emulator.state.faults.add(OP, Fault.delay(0.6), times=2)
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    short = httpx.Timeout(5, read=0.2)
    with (
        httpx.Client(base_url=ci_emulator.base_url, timeout=short) as h,
        pytest.raises(httpx.ReadTimeout),
    ):
        h.post(path, headers=headers, content=body)
    with httpx.Client(base_url=ci_emulator.base_url, timeout=5) as h:
        started = time.monotonic()
        assert h.post(path, headers=headers, content=body).status_code == 200
        assert time.monotonic() - started >= 0.6
    assert len(ci_emulator.state.ledger.jobs) == 2  # the timed-out one exists too


# -- the answer --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "processed"),
    [
        (429, "Throttling", False),
        (500, "InternalError", True),
        (502, "BadGateway", True),
        (503, "ServiceUnavailable", False),
        (504, "GatewayTimeout", True),
    ],
)
def test_http_errors(ci_emulator: RunningEmulator, status: int, code: str, processed: bool) -> None:
    data, _, record = submit_raw(ci_emulator, Fault.http_error(status))
    got, headers, body = split(data)
    assert got == status
    assert body.startswith(b"<Error>") and f"<Code>{code}</Code>".encode() in body
    assert headers["x-ci-request-id"] == record.request_id
    assert (record.status, record.code) == (status, code)
    assert created(ci_emulator, record) is processed


def test_http_error_processing_can_be_chosen(ci_emulator: RunningEmulator) -> None:
    _, _, record = submit_raw(ci_emulator, Fault.http_error(500, "Oops", processed=False))
    assert record.code == "Oops" and not created(ci_emulator, record)


@pytest.mark.parametrize(
    ("fault", "content_type", "check"),
    [
        (Fault.malformed_body(), "application/xml", lambda b: b.startswith(b"<Response>")),
        (Fault.html_body(), "text/html", lambda b: b.startswith(b"<html>")),
        (Fault.empty_body(), "application/xml", lambda b: b == b""),
        (Fault.doctype_body(), "application/xml", lambda b: b"<!DOCTYPE" in b and b"<!ENTITY" in b),
    ],
)
def test_garbled_200_bodies_still_create_the_job(
    ci_emulator: RunningEmulator, fault: Fault, content_type: str, check: Callable[[bytes], bool]
) -> None:
    data, _, record = submit_raw(ci_emulator, fault)
    status, headers, body = split(data)
    assert status == 200 and headers["content-type"] == content_type
    assert check(body)
    if fault.kind != "empty_body":
        with pytest.raises(ResponseParseError):
            AudioAuditingResponse.from_xml(body)
    assert created(ci_emulator, record)


def test_error_envelope_on_200(ci_emulator: RunningEmulator) -> None:
    data, _, record = submit_raw(ci_emulator, Fault.error_on_200("InternalError"))
    status, _, body = split(data)
    assert status == 200 and body.startswith(b"<Error><Code>InternalError</Code>")
    assert not created(ci_emulator, record)


@pytest.mark.parametrize("chunked", [False, True])
def test_oversize_body(ci_emulator: RunningEmulator, raw: httpx.Client, chunked: bool) -> None:
    ci_emulator.state.faults.add(OP, Fault.oversize_body(5 * 1024 * 1024, chunked=chunked))
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    answer = raw.post(path, headers=headers, content=body)
    assert answer.status_code == 200 and len(answer.content) > MAX_RESPONSE
    assert ("content-length" in answer.headers) is not chunked
    assert ci_emulator.state.ledger.requests[-1].created_job


def test_redirect(ci_emulator: RunningEmulator) -> None:
    fault = Fault.redirect("http://127.0.0.1:9/moved", status=302)
    data, _, record = submit_raw(ci_emulator, fault)
    status, headers, _ = split(data)
    assert (status, headers["location"]) == (302, "http://127.0.0.1:9/moved")
    assert not created(ci_emulator, record)


def test_wrong_content_type(ci_emulator: RunningEmulator) -> None:
    data, _, record = submit_raw(ci_emulator, Fault.wrong_content_type("text/plain"))
    status, headers, body = split(data)
    assert (status, headers["content-type"]) == (200, "text/plain")
    assert AudioAuditingResponse.from_xml(body).jobs_detail is not None
    assert created(ci_emulator, record)


# -- what the generated client makes of them (no duplicate submit) -----------------------


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.reset_after_read(), OutcomeUnknownError),
        (Fault.close_after_read(), OutcomeUnknownError),
        (Fault.truncated_body(), OutcomeUnknownError),
        (Fault.truncated_chunked(), OutcomeUnknownError),
        (Fault.http_error(500), ServerError),
        (Fault.http_error(502), ServerError),
        (Fault.html_body(), ResponseParseError),
        (Fault.malformed_body(), ResponseParseError),
        (Fault.empty_body(), ResponseParseError),
        (Fault.doctype_body(), UnsafeResponseError),
        (Fault.oversize_body(), ResponseTooLargeError),
        (Fault.oversize_body(chunked=True), ResponseTooLargeError),
    ],
    ids=lambda v: v.kind.value if isinstance(v, Fault) else v.__name__,
)
def test_submit_is_never_duplicated(
    ci_emulator: RunningEmulator, fault: Fault, error: type[Exception]
) -> None:
    ci_emulator.state.faults.add(OP, fault, times=None)
    with ci_emulator.client() as client, pytest.raises(error) as info:
        client.create_audio_auditing_job(audio_request(data_id="once"))
    assert getattr(info.value, "maybe_processed", False)
    assert len(ci_emulator.state.ledger.requests_to(OP)) == 1
    assert len(ci_emulator.state.ledger.jobs_with_data_id("once")) == 1


def test_refused_submits_are_retried(ci_emulator: RunningEmulator) -> None:
    ci_emulator.state.faults.add(OP, Fault.http_error(503), times=2)
    with ci_emulator.client() as client:
        client.create_audio_auditing_job(audio_request(data_id="retried"))
    records = ci_emulator.state.ledger.requests_to(OP)
    assert [(r.fault, r.status, r.created_job) for r in records] == [
        ("http_error", 503, False),
        ("http_error", 503, False),
        (None, 200, True),
    ]
    assert len(ci_emulator.state.ledger.jobs_with_data_id("retried")) == 1


def test_a_reset_is_ambiguous_to_the_client(ci_emulator: RunningEmulator) -> None:
    """Reset before reading: no job, but the client cannot know, so it does not resubmit."""
    ci_emulator.state.faults.add(OP, Fault.reset_before_read())
    with ci_emulator.client() as client, pytest.raises(OutcomeUnknownError) as info:
        client.create_audio_auditing_job(audio_request(data_id="unknown"))
    assert info.value.data_id == "unknown"
    assert len(ci_emulator.state.ledger.requests_to(OP)) == 1
    assert ci_emulator.state.ledger.jobs == []


def test_redirect_error_on_200_and_deadline(ci_emulator: RunningEmulator) -> None:
    state = ci_emulator.state
    state.faults.add(OP, Fault.redirect())
    state.faults.add(OP, Fault.error_on_200(), skip=1)
    state.faults.add(OP, Fault.drip_feed(0.1), skip=2)
    with ci_emulator.client(retry=NO_RETRY, deadline=0.5) as client:
        with pytest.raises(UnexpectedRedirectError):
            client.create_audio_auditing_job(audio_request())
        with pytest.raises(ServiceError) as info:
            client.create_audio_auditing_job(audio_request())
        assert (info.value.status_code, info.value.code) == (200, "InternalError")
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError):
            client.create_audio_auditing_job(audio_request())
        assert time.monotonic() - started < 2


async def test_async_client_and_a_reset_cancel(ci_emulator: RunningEmulator) -> None:
    """A cancel is idempotent: reset after the job was stopped → retried → 409."""
    live = ci_emulator.state.seed_live_job()
    ci_emulator.state.faults.add("CancelLiveAuditingJob", Fault.reset_after_read())
    async with ci_emulator.async_client() as client:
        with pytest.raises(ClientError) as info:
            await client.cancel_live_auditing_job(job_id=live)
    assert info.value.code == "JobAlreadyFinished"
    assert [r.status for r in ci_emulator.state.ledger.requests] == [None, 409]


# -- the plan ----------------------------------------------------------------------------


def test_skip_times_and_any_operation(ci_emulator: RunningEmulator) -> None:
    plan = ci_emulator.state.faults
    rule = plan.add(OP, Fault.http_error(503), skip=1, times=2)
    everything = plan.add("*", Fault.http_error(429), skip=4)
    with ci_emulator.client(retry=NO_RETRY) as client:
        outcomes = []
        for _ in range(6):
            try:
                client.create_audio_auditing_job(audio_request())
                outcomes.append(200)
            except ServiceError as e:
                outcomes.append(e.status_code or 0)
    assert outcomes == [200, 503, 503, 200, 429, 200]
    assert (rule.hits, everything.hits) == (2, 1)
    assert plan.rules == []
    with pytest.raises(ValueError):
        plan.add("NoSuchOperation", Fault.empty_body())


async def test_connection_faults_need_the_server() -> None:
    creds = Credentials("AKIDinprocess0003", "in-process-secret")
    app = create_app(EmulatorConfig(credentials=(creds,), tick_interval=None))
    emulator_of(app).faults.add(OP, Fault.reset_after_read())
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport) as http,
        AsyncClient(base_url="http://ci.test", credentials=creds, http_client=http) as client,
    ):
        with pytest.raises(OutcomeUnknownError) as info:
            await client.create_audio_auditing_job(audio_request())
    # Everything raised is a CIError; what the in-process app raised is kept as the cause.
    assert isinstance(info.value.__cause__, FaultNeedsServer)
