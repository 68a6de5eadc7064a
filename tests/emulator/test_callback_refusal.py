"""A submit whose callback the emulator would never deliver (not a loopback URL) is refused
with 400 `InvalidArgument`, recorded in the ledger, and creates no job; loopback callbacks
(127.0.0.1, localhost, [::1]) are accepted as before."""

from __future__ import annotations

import httpx
import pytest

from ci_emulator.server import RunningEmulator
from ci_moderation import ServiceError
from ci_moderation.models import Error
from ci_moderation.xmlcodec import parse_document

from .conftest import NO_RETRY, SUBMIT, audio_request, signed_call


def submit_raw(emu: RunningEmulator, raw: httpx.Client, callback: str) -> httpx.Response:
    path, headers, body = signed_call(emu, SUBMIT, audio_request(callback=callback))
    return raw.post(path, headers=headers, content=body)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/ci-callback",  # the README's
        "http://callback.com/",  # the seed's
        "http://10.0.0.1/cb",
        "https://169.254.169.254/latest/meta-data",
        "http://127.0.0.1.example.com/cb",
    ],
)
def test_non_loopback_callbacks_are_refused_at_submit(
    ci_emulator: RunningEmulator, raw: httpx.Client, url: str
) -> None:
    answer = submit_raw(ci_emulator, raw, url)
    assert answer.status_code == 400
    error = parse_document(answer.content, Error)
    assert error.code == "InvalidArgument"
    assert error.message is not None
    assert "the emulator delivers callbacks only to loopback URLs" in error.message
    assert "http://127.0.0.1:PORT/path" in error.message
    ledger = ci_emulator.state.ledger
    assert ledger.jobs == []
    [record] = ledger.requests_to("CreateAudioAuditingJob")
    assert (record.status, record.code, record.job_id) == (400, "InvalidArgument", None)
    assert record.request_id == answer.headers["x-ci-request-id"]


def test_the_refusal_names_the_host_but_not_the_url(
    ci_emulator: RunningEmulator, raw: httpx.Client
) -> None:
    answer = submit_raw(ci_emulator, raw, "https://hooks.example.com/cb?token=s3cret")
    message = parse_document(answer.content, Error).message or ""
    assert "'hooks.example.com'" in message
    assert "s3cret" not in message and "/cb" not in message


def test_the_generated_client_sees_the_refusal(ci_emulator: RunningEmulator) -> None:
    with ci_emulator.client(retry=NO_RETRY) as client, pytest.raises(ServiceError) as caught:
        client.create_audio_auditing_job(audio_request(callback="https://example.com/cb"))
    assert (caught.value.status_code, caught.value.code) == (400, "InvalidArgument")
    assert ci_emulator.state.ledger.jobs == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/cb",
        "https://127.0.0.1/cb",
        "http://localhost:9/cb",
        "http://LOCALHOST/cb",
        "http://[::1]:9/cb",
        "http://127.0.0.2/cb",
    ],
)
def test_loopback_callbacks_are_accepted(
    ci_emulator: RunningEmulator, raw: httpx.Client, url: str
) -> None:
    answer = submit_raw(ci_emulator, raw, url)
    assert answer.status_code == 200
    [job] = ci_emulator.state.ledger.jobs
    assert ci_emulator.state.job(job.job_id).callback == url


def test_a_malformed_url_is_not_loopback() -> None:
    from ci_emulator.callbacks import is_loopback

    assert not is_loopback("http://[::1/cb")  # urlsplit raises: not a 500 inside a handler
    assert is_loopback("http://[::1]/cb")
