"""Both operations over real loopback sockets with the generated sync and async clients,
in-process through httpx.ASGITransport, and the `python -m ci_emulator` server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from ci_emulator import EmulatorConfig, ManualClock, create_app, emulator_of
from ci_emulator.server import RunningEmulator
from ci_moderation import (
    AsyncClient,
    AudioAuditingResponse,
    CancelLiveAuditingResponse,
    Client,
    ClientError,
    Credentials,
    JobState,
    NotFoundError,
    ServerError,
)

from .conftest import NO_RETRY, audio_request

JOB_ID = re.compile(r"^sa[0-9a-f]{32}$")
CI_TIME = re.compile(rb"<CreationTime>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0800</CreationTime>")
ROOT = Path(__file__).resolve().parents[2]


def test_sync_client_submits_and_cancels(ci_emulator: RunningEmulator) -> None:
    with ci_emulator.client() as client:
        submitted = client.create_audio_auditing_job_detailed(audio_request(data_id="d-sync"))
        live_id = ci_emulator.state.seed_live_job(data_id="room-7")
        cancelled = client.cancel_live_auditing_job_detailed(job_id=live_id)

    assert submitted.status_code == 200
    assert isinstance(submitted.parsed, AudioAuditingResponse)
    detail = submitted.parsed.jobs_detail
    assert detail is not None and detail.job_id is not None
    assert JOB_ID.match(detail.job_id)
    assert detail.state == JobState.SUBMITTED
    assert detail.data_id == "d-sync" and detail.object == "a.mp3"
    assert detail.creation_time is not None and detail.creation_time.utcoffset() is not None
    assert CI_TIME.search(submitted.content)
    assert submitted.request_id == submitted.headers["x-ci-request-id"]
    assert submitted.parsed.request_id == submitted.request_id

    assert isinstance(cancelled.parsed, CancelLiveAuditingResponse)
    live = cancelled.parsed.jobs_detail
    assert live is not None
    assert (live.job_id, live.data_id) == (live_id, "room-7")
    assert re.match(r"^sl[0-9a-f]{32}$", live_id)
    assert cancelled.parsed.request_id == cancelled.request_id
    assert ci_emulator.state.job(live_id).state == "Cancelled"


async def test_async_client_submits_and_cancels(ci_emulator: RunningEmulator) -> None:
    live_id = ci_emulator.state.seed_live_job(data_id="room-async")
    async with ci_emulator.async_client() as client:
        submitted = await client.create_audio_auditing_job(
            audio_request(obj=None, url="https://example.com/a.mp3", data_id="d-async")
        )
        cancelled = await client.cancel_live_auditing_job(job_id=live_id)
    assert submitted.jobs_detail is not None
    assert submitted.jobs_detail.url == "https://example.com/a.mp3"
    assert submitted.jobs_detail.object is None
    assert cancelled.jobs_detail is not None and cancelled.jobs_detail.job_id == live_id
    [job] = ci_emulator.state.ledger.jobs_with_data_id("d-async")
    assert job.source == "https://example.com/a.mp3"


def test_cancel_unknown_and_finished_jobs_are_told_apart(ci_emulator: RunningEmulator) -> None:
    finished = ci_emulator.state.seed_live_job(finished=True)
    live = ci_emulator.state.seed_live_job()
    with ci_emulator.client(retry=NO_RETRY) as client:
        client.cancel_live_auditing_job(job_id=live)
        with pytest.raises(NotFoundError) as unknown:
            client.cancel_live_auditing_job(job_id="sl" + "0" * 32)
        with pytest.raises(ClientError) as again:
            client.cancel_live_auditing_job(job_id=live)
        with pytest.raises(ClientError) as done:
            client.cancel_live_auditing_job(job_id=finished)
    assert (unknown.value.status_code, unknown.value.code) == (404, "NoSuchJob")
    assert (again.value.status_code, again.value.code) == (409, "JobAlreadyFinished")
    assert "Cancelled" in again.value.error_message
    assert (done.value.status_code, done.value.code) == (409, "JobAlreadyFinished")
    assert "Success" in done.value.error_message
    assert not isinstance(again.value, NotFoundError)


def test_audio_job_ids_cannot_be_cancelled_as_live(ci_emulator: RunningEmulator) -> None:
    with ci_emulator.client(retry=NO_RETRY) as client:
        audio = client.create_audio_auditing_job(audio_request())
        assert audio.jobs_detail is not None and audio.jobs_detail.job_id is not None
        with pytest.raises(NotFoundError):
            client.cancel_live_auditing_job(job_id=audio.jobs_detail.job_id)


async def test_in_process_through_asgi_transport() -> None:
    """No socket at all: the app under httpx.ASGITransport with the generated AsyncClient."""
    creds = Credentials("AKIDinprocess0001", "in-process-secret")
    clock = ManualClock()
    app = create_app(EmulatorConfig(credentials=(creds,), tick_interval=None), clock=clock)
    state = emulator_of(app)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    client = AsyncClient(
        base_url="http://ci.emulator.test", credentials=creds, http_client=http, clock=clock.now
    )
    async with client:
        submitted = await client.create_audio_auditing_job_detailed(audio_request(data_id="asgi"))
        live = state.seed_live_job(data_id="asgi-live")
        cancelled = await client.cancel_live_auditing_job(job_id=live)
    await http.aclose()
    state.close()

    detail = submitted.parsed.jobs_detail
    assert detail is not None and detail.job_id is not None
    assert submitted.request_id and cancelled.jobs_detail is not None
    state.advance(2.0)
    assert state.job(detail.job_id).state == "Success"
    [record, _] = state.ledger.requests
    assert (record.operation, record.status, record.job_id) == (
        "CreateAudioAuditingJob",
        200,
        detail.job_id,
    )


async def test_operation_without_handler_answers_501() -> None:
    creds = Credentials("AKIDinprocess0002", "in-process-secret")
    app = create_app(EmulatorConfig(credentials=(creds,), tick_interval=None), handlers={})
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport) as http,
        AsyncClient(
            base_url="http://ci.emulator.test", credentials=creds, http_client=http, retry=NO_RETRY
        ) as client,
    ):
        with pytest.raises(ServerError) as info:
            await client.cancel_live_auditing_job(job_id="sl1")
    assert (info.value.status_code, info.value.code) == (501, "NotImplemented")


def test_unknown_routes_answer_ci_errors(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    missing = raw.post("/no/such/thing")
    wrong_method = raw.get("/audio/auditing")
    assert missing.status_code == 404 and b"<Code>NoSuchOperation</Code>" in missing.content
    assert (
        wrong_method.status_code == 405 and b"<Code>MethodNotAllowed</Code>" in wrong_method.content
    )
    for answer in (missing, wrong_method):
        rid = answer.headers["x-ci-request-id"]
        assert rid and f"<RequestId>{rid}</RequestId>".encode() in answer.content
        assert answer.content.startswith(b"<Error>") and b"<TraceId>" in answer.content
    assert [r.status for r in ci_emulator.state.ledger.requests] == [404, 405]


def test_command_line_server() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "emulator")]),
        "TENCENTCLOUD_SECRET_KEY": "cli-secret-key-value",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "ci_emulator", "--port", "0", "--secret-id", "AKIDcli0001",
         "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, line
        creds = Credentials("AKIDcli0001", "cli-secret-key-value")
        with Client(base_url=match.group(0), credentials=creds) as client:
            answer = client.create_audio_auditing_job(audio_request())
        assert answer.jobs_detail is not None and answer.jobs_detail.state == JobState.SUBMITTED
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=10)
    assert "cli-secret-key-value" not in line + out + err


def test_the_demo_runs_locally() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "emulator")]),
    }
    done = subprocess.run(
        [sys.executable, "-m", "ci_emulator.demo"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"EventName": "ReviewAudio"' in done.stdout  # the Detail callback, received
    assert "parsed: AudioCallbackDetail" in done.stdout  # ...and typed by parse_callback
    assert "label Porn, result <ModerationResult.SENSITIVE: 1>" in done.stdout  # the query
    assert "at 3.0 s for 2.0 s: porn, score 90, keywords ['porn']" in done.stdout
    assert "cancelled a live job: HTTP 200" in done.stdout
    assert "created 1 audio job(s) and delivered 1 callback(s)" in done.stdout
