"""Job lifecycle on the controllable clock, failure triggers, and what the ledger records."""

from __future__ import annotations

from typing import Any

import pytest

from ci_emulator import EmulatorConfig, FailureTrigger
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator
from ci_moderation import JobState, NotFoundError

from .conftest import audio_request


def submit(emu: RunningEmulator, **kw: Any) -> str:
    with emu.client() as client:
        detail = client.create_audio_auditing_job(audio_request(**kw)).jobs_detail
    assert detail is not None and detail.job_id is not None
    return detail.job_id


def test_states_advance_with_the_clock(ci_emulator: RunningEmulator) -> None:
    state = ci_emulator.state
    job_id = submit(ci_emulator)
    seen = [state.job(job_id).state]
    for _ in range(3):
        state.advance(0.5)
        seen.append(state.job(job_id).state)
    state.advance(0.5)
    seen.append(state.job(job_id).state)
    assert seen == ["Submitted", "Submitted", "Auditing", "Auditing", "Success"]


def test_nothing_moves_without_the_clock(ci_emulator: RunningEmulator) -> None:
    job_id = submit(ci_emulator)
    assert ci_emulator.state.tick() == 0
    assert ci_emulator.state.job(job_id).state == JobState.SUBMITTED


def test_one_big_step_runs_every_transition(ci_emulator: RunningEmulator) -> None:
    ids = [submit(ci_emulator, data_id=f"d{i}") for i in range(3)]
    assert ci_emulator.state.advance(60) == 3
    assert {ci_emulator.state.job(i).state for i in ids} == {"Success"}


def test_failure_trigger(ci_emulator_factory: EmulatorFactory) -> None:
    trigger = FailureTrigger("bad/*", "UnsupportedFormat", "the audio format is not supported")
    emu = ci_emulator_factory(
        EmulatorConfig.with_random_credentials(failure_triggers=(trigger,), step_seconds=2)
    )
    bad, good = submit(emu, obj="bad/x.amr"), submit(emu, obj="good/x.mp3")
    by_url = submit(emu, obj=None, url="https://example.com/bad/y.mp3")
    emu.state.advance(4)
    failed = emu.state.job(bad)
    assert (failed.state, failed.code, failed.message) == (
        "Failed",
        "UnsupportedFormat",
        "the audio format is not supported",
    )
    assert emu.state.job(good).state == "Success"
    assert emu.state.job(good).code is None
    assert emu.state.job(by_url).state == "Success"  # the pattern is matched whole


def test_advance_needs_a_manual_clock() -> None:
    from ci_emulator import Emulator, SystemClock

    emu = Emulator(EmulatorConfig.with_random_credentials(), SystemClock())
    with pytest.raises(TypeError):
        emu.advance(1)


def test_ledger_records_jobs_and_requests(ci_emulator: RunningEmulator) -> None:
    state = ci_emulator.state
    t0 = state.clock.now()
    job_id = submit(ci_emulator, data_id="order-42")
    live = state.seed_live_job(data_id="room-1")
    with ci_emulator.client() as client:
        cancelled = client.cancel_live_auditing_job_detailed(job_id=live)

    audio, seeded = state.ledger.jobs
    assert (audio.job_id, audio.kind, audio.data_id, audio.source) == (
        job_id,
        "audio",
        "order-42",
        "a.mp3",
    )
    assert audio.created_at == t0
    assert (seeded.job_id, seeded.kind, seeded.request_id) == (live, "live", None)

    submit_rec, cancel_rec = state.ledger.requests
    assert submit_rec.request_id == audio.request_id
    assert (submit_rec.operation, submit_rec.status, submit_rec.job_id) == (
        "CreateAudioAuditingJob",
        200,
        job_id,
    )
    assert submit_rec.secret_id == ci_emulator.credentials.secret_id
    assert (cancel_rec.operation, cancel_rec.status, cancel_rec.created_job) == (
        "CancelLiveAuditingJob",
        200,
        False,
    )
    assert cancel_rec.request_id == cancelled.request_id
    assert state.ledger.request(cancelled.request_id or "") == cancel_rec
    assert state.ledger.jobs_with_data_id("order-42") == [audio]
    assert state.ledger.requests_to("CancelLiveAuditingJob") == [cancel_rec]


def test_refused_requests_are_recorded_with_their_code(ci_emulator: RunningEmulator) -> None:
    with ci_emulator.client() as client, pytest.raises(NotFoundError):
        client.cancel_live_auditing_job(job_id="sl" + "f" * 32)
    [record] = ci_emulator.state.ledger.requests
    assert (record.status, record.code, record.job_id) == (404, "NoSuchJob", None)
