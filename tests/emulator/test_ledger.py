"""The ledger is bounded: it keeps the newest request records (a ring), counts every
request, keeps every job record, and can be reset."""

from __future__ import annotations

import httpx

from ci_emulator import EmulatorConfig
from ci_emulator.ledger import (
    DEFAULT_MAX_REQUESTS,
    CallbackAttempt,
    CallbackDelivery,
    JobRecord,
    Ledger,
    RequestRecord,
)
from ci_emulator.pytest_plugin import EmulatorFactory

from .conftest import audio_request


def record(n: int) -> RequestRecord:
    return RequestRecord(f"r{n}", "CreateAudioAuditingJob", "POST", "/audio/auditing", 200)


def test_the_ring_keeps_the_newest_records() -> None:
    ledger = Ledger(max_requests=3)
    for n in range(7):
        ledger.record_request(record(n))
    assert [r.request_id for r in ledger.requests] == ["r4", "r5", "r6"]
    assert (ledger.total_requests, ledger.max_requests) == (7, 3)
    assert ledger.request("r6") == record(6)
    assert len(ledger.requests_to("CreateAudioAuditingJob")) == 3


def test_the_default_size_is_documented() -> None:
    assert Ledger().max_requests == DEFAULT_MAX_REQUESTS == 10_000
    config = EmulatorConfig.with_random_credentials()
    assert config.ledger_max_requests == DEFAULT_MAX_REQUESTS


def test_a_served_emulator_keeps_size_records_and_every_job(
    ci_emulator_factory: EmulatorFactory,
) -> None:
    emu = ci_emulator_factory(EmulatorConfig.with_random_credentials(ledger_max_requests=5))
    request_ids = []
    with emu.client() as client:
        for n in range(8):
            sent = client.create_audio_auditing_job_detailed(audio_request(data_id=f"d{n}"))
            request_ids.append(sent.request_id)
    ledger = emu.state.ledger
    assert [r.request_id for r in ledger.requests] == request_ids[-5:]
    assert ledger.total_requests == 8
    assert len(ledger.jobs) == 8  # jobs that exist stay provable, "exactly once" included
    assert [len(ledger.jobs_with_data_id(f"d{n}")) for n in range(8)] == [1] * 8
    # Unauthenticated requests fill the same ring: they cannot grow the ledger either.
    with httpx.Client(base_url=emu.base_url, trust_env=False, timeout=5) as raw:
        for _ in range(20):
            assert raw.post("/audio/auditing", content=b"x").status_code == 403
    assert len(ledger.requests) == 5 and ledger.total_requests == 28
    assert {r.code for r in ledger.requests} == {"AccessDenied"}


def test_reset_forgets_everything_recorded_so_far() -> None:
    ledger = Ledger()
    ledger.record_request(record(1))
    ledger.record_job(JobRecord("j1", "audio", "d", "r1", 0.0))
    ledger.record_callback(CallbackDelivery("j1", "http://127.0.0.1:1/cb", "Simple", {}))
    ledger.record_callback(CallbackDelivery("j0", "http://127.0.0.1:1/cb", "Simple", {}))
    ledger.finish_callback("j0", "delivered")
    ledger.reset()
    assert (ledger.requests, ledger.jobs, ledger.total_requests) == ([], [], 0)
    # A delivery still under way keeps being recorded; finished ones are forgotten.
    assert [d.job_id for d in ledger.callbacks] == ["j1"]
    ledger.add_attempt("j1", CallbackAttempt(1, 200, None, 1.0), "delivered")
    assert ledger.callback("j1").outcome == "delivered"
    ledger.record_request(record(2))
    assert [r.request_id for r in ledger.requests] == ["r2"] and ledger.total_requests == 1
