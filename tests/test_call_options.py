"""Per-call options, positional ids, errors in the user's own names, and an `AsyncClient` that
does not block its event loop (issue 10)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ci_emulator.server import RunningEmulator
from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    Client,
    ConfigurationError,
    Credentials,
    DeadlineExceededError,
    NotFoundError,
    RequestValidationError,
    RetryPolicy,
    operations,
)

from .hostile import OK_SUBMIT, Conn, HostileServer, answer, serve_all

ROOT = Path(__file__).resolve().parent.parent
CREDS = Credentials("AKIDoptions01", "options-secret")
CANCEL = operations.CANCEL_LIVE_AUDITING_JOB


def audio(**conf: object) -> AudioAuditingRequest:
    return AudioAuditingRequest(
        input=AudioInput(object="a.mp3"), conf=AudioConf(detect_type=["Porn"], **conf)
    )


def test_with_options_sets_the_deadline_of_some_calls_only() -> None:
    def silent(conn: Conn) -> None:
        conn.request()
        conn.wait(3)

    with HostileServer(silent) as server:
        with Client(base_url=server.base_url, credentials=CREDS, deadline=30) as client:
            quick = client.with_options(deadline=0.4, retry=RetryPolicy(max_attempts=1))
            start = time.monotonic()
            with pytest.raises(DeadlineExceededError):
                quick.cancel_live_auditing_job("av0000000000000001")
            assert time.monotonic() - start < 1.5
            assert client._settings.deadline == 30  # the original is unchanged
            # The copy shares connections, limiter and budget; closing it closes nothing.
            assert quick._transport is client._transport
            assert quick._settings.budget is client._settings.budget
            assert quick._settings.limiter(CANCEL) is client._settings.limiter(CANCEL)
            quick.close()
            assert not client._transport.closed


def test_with_options_checks_values_like_the_constructor() -> None:
    with Client(base_url="http://127.0.0.1:9", credentials=CREDS) as client:
        bad_options = [
            {"deadline": -1},
            {"retry": 3},
            {"extra_headers": {"Host": "evil"}},
            {"extra_headers": {"x-ci-a": "b\r\nc"}},
            {"max_response_bytes": 0},
        ]
        for bad in bad_options:
            with pytest.raises(ConfigurationError):
                client.with_options(**bad)  # type: ignore[arg-type]


def test_extra_headers_are_sent_and_ci_headers_signed(ci_emulator: RunningEmulator) -> None:
    """An `x-ci-*` extra header is signed (the emulator verifies every header in
    q-header-list, so a wrong signature is a 403); a plain one is sent unsigned."""
    with HostileServer(serve_all(answer(OK_SUBMIT))) as server:
        with Client(base_url=server.base_url, credentials=CREDS) as client:
            tagged = client.with_options(extra_headers={"X-CI-Trace": "t-1", "X-Team": "media"})
            tagged.create_audio_auditing_job(audio())
            client.create_audio_auditing_job(audio())
    first, second = (r.decode().lower() for r in server.requests)
    assert "x-ci-trace: t-1" in first and "x-team: media" in first
    header_list = first.split("q-header-list=")[1].split("&")[0].split(";")
    assert "x-ci-trace" in header_list and "x-team" not in header_list
    assert "x-ci-trace" not in second  # the original client is unchanged
    with ci_emulator.client(extra_headers={"X-CI-Trace": "t-2"}) as client:
        assert client.create_audio_auditing_job(audio()).jobs_detail.job_id


def test_path_parameters_may_be_positional(ci_emulator: RunningEmulator) -> None:
    job_id = ci_emulator.state.seed_live_job()
    with ci_emulator.client() as client:
        assert client.cancel_live_auditing_job(job_id).jobs_detail.job_id == job_id
        with pytest.raises(NotFoundError):
            client.cancel_live_auditing_job_detailed("av0000000000000404")


def test_validation_errors_name_the_python_path_first() -> None:
    with pytest.raises(RequestValidationError) as info:
        audio(callback="ftp://x").to_xml()
    err = info.value
    assert (err.python_path, err.field) == ("conf.callback", "Request.Conf.Callback")
    assert str(err).startswith("conf.callback (Request.Conf.Callback): ")
    body = AudioAuditingRequest(input=AudioInput(object="a"), conf=AudioConf(detect_type=["X"]))
    with pytest.raises(RequestValidationError, match=r"^conf\.detect_type \(Request\.Conf"):
        body.to_xml()
    with pytest.raises(RequestValidationError, match="must be an AudioAuditingRequest"):
        with Client(base_url="http://127.0.0.1:9", credentials=CREDS) as client:
            client.create_audio_auditing_job(AudioInput(object="a"))  # type: ignore[arg-type]


def test_an_async_client_is_built_without_importing_httpx_on_the_loop() -> None:
    """Constructing an AsyncClient inside a running loop imports nothing heavy: httpx and its
    TLS context are loaded by the first call, in a worker thread."""
    script = (
        "import asyncio, sys\n"
        "from ci_moderation import AsyncClient, Credentials\n"
        "async def main():\n"
        "    creds = Credentials('AKIDa', 'k')\n"
        "    c = AsyncClient(base_url='http://127.0.0.1:9', credentials=creds)\n"
        "    print('httpx' in sys.modules)\n"
        "    await c.aclose()\n"
        "asyncio.run(main())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True, text=True, check=True, cwd=ROOT / "generated", timeout=60,
    )  # fmt: skip
    assert out.stdout.strip() == "False", out.stderr


async def test_an_async_client_works_after_lazy_start(ci_emulator: RunningEmulator) -> None:
    async with ci_emulator.async_client() as client:
        results = await asyncio.gather(*(client.create_audio_auditing_job(audio()) for _ in "abc"))
    assert len({r.jobs_detail.job_id for r in results}) == 3
