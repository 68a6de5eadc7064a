"""Callbacks: Simple and Detail JSON to a real receiver on 127.0.0.1, retries, refusal of
non-loopback targets, and delivery in real time."""

from __future__ import annotations

import re

from ci_emulator import CallbackReceiver, EmulatorConfig, FailureTrigger, Job, SystemClock
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator

from .conftest import audio_request

CI_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0800$")


def submit(emu: RunningEmulator, callback: str, version: str | None = None, **kw: str) -> str:
    body = audio_request(callback=callback, version=version, **kw)
    with emu.client() as client:
        detail = client.create_audio_auditing_job(body).jobs_detail
    assert detail is not None and detail.job_id is not None
    return detail.job_id


def test_simple_callback(
    ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    job_id = submit(ci_emulator, ci_callback_receiver.url, data_id="cb-simple")
    assert ci_callback_receiver.received == []  # not before the job ends
    ci_emulator.state.advance(2)
    [delivery] = ci_emulator.state.wait_callbacks(1)
    [got] = ci_callback_receiver.wait(1)

    assert got.path == "/callback"
    assert got.headers["content-type"] == "application/json"
    assert "x-ci-content-version" not in got.headers
    assert got.json() == {
        "code": 0,
        "message": "success",
        "data": {
            "event": "ReviewAudio",
            "trace_id": job_id,
            "url": "https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/a.mp3",
            "result": 0,
            "forbidden_status": 0,
            "porn_info": {"hit_flag": 0, "label": "", "score": 0},
            "ads_info": {"hit_flag": 0, "label": "", "score": 0},
            "data_id": "cb-simple",
        },
    }
    assert (delivery.job_id, delivery.outcome, delivery.version) == (job_id, "delivered", "Simple")
    assert [(a.number, a.status_code) for a in delivery.attempts] == [(1, 200)]
    assert delivery.payload == got.json()


def test_detail_callback(
    ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    job_id = submit(ci_emulator, ci_callback_receiver.url, "Detail", data_id="cb-detail")
    ci_emulator.state.advance(2)
    ci_emulator.state.wait_callbacks(1)
    [got] = ci_callback_receiver.received
    assert got.headers["x-ci-content-version"] == "Detail"
    payload = got.json()
    assert payload["EventName"] == "ReviewAudio"
    detail = payload["JobsDetail"]
    assert CI_TIME.match(detail.pop("CreationTime"))
    assert detail == {
        "JobId": job_id,
        "State": "Success",
        "DataId": "cb-detail",
        "Object": "a.mp3",
        "Result": 0,
        "Label": "Normal",
        "Section": [],
        "PornInfo": {"HitFlag": 0, "Score": 0, "Label": ""},
        "AdsInfo": {"HitFlag": 0, "Score": 0, "Label": ""},
        "BucketId": "examplebucket-1250000000",
        "Region": "ap-beijing",
        "ForbidState": 0,
        "CosHeaders": {},
    }


def test_failed_job_callback(
    ci_emulator_factory: EmulatorFactory, ci_callback_receiver: CallbackReceiver
) -> None:
    trigger = FailureTrigger("*.amr", "UnsupportedFormat", "cannot decode")
    emu = ci_emulator_factory(EmulatorConfig.with_random_credentials(failure_triggers=(trigger,)))
    submit(emu, ci_callback_receiver.url, obj="x.amr")
    submit(emu, ci_callback_receiver.url, "Detail", obj="y.amr")
    emu.state.advance(2)
    emu.state.wait_callbacks(2)
    by_version = {
        "Detail" if "EventName" in c.json() else "Simple": c.json()
        for c in ci_callback_receiver.received
    }
    assert (by_version["Simple"]["code"], by_version["Simple"]["message"]) == (1, "cannot decode")
    detail = by_version["Detail"]["JobsDetail"]
    assert (detail["State"], detail["Code"], detail["Message"]) == (
        "Failed",
        "UnsupportedFormat",
        "cannot decode",
    )
    assert "Result" not in detail


def test_retries_then_delivers(
    ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    ci_callback_receiver.fail_next(2, status=503)
    submit(ci_emulator, ci_callback_receiver.url)
    ci_emulator.state.advance(2)
    [delivery] = ci_emulator.state.wait_callbacks(1)
    assert delivery.outcome == "delivered"
    assert [a.status_code for a in delivery.attempts] == [503, 503, 200]
    assert len(ci_callback_receiver.received) == 3


def test_gives_up_after_the_last_attempt(
    ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    ci_callback_receiver.fail_next(5)
    submit(ci_emulator, ci_callback_receiver.url)
    ci_emulator.state.advance(2)
    [delivery] = ci_emulator.state.wait_callbacks(1)
    assert delivery.outcome == "failed"
    assert [a.status_code for a in delivery.attempts] == [500, 500, 500]


def test_unreachable_receiver_is_recorded(ci_emulator: RunningEmulator) -> None:
    with CallbackReceiver() as receiver:
        url = receiver.url
    submit(ci_emulator, url)  # the receiver is gone: connections are refused
    ci_emulator.state.advance(2)
    [delivery] = ci_emulator.state.wait_callbacks(1)
    assert delivery.outcome == "failed"
    assert [a.error for a in delivery.attempts] == ["ConnectError"] * 3


def test_non_loopback_targets_are_refused(ci_emulator: RunningEmulator) -> None:
    """The submit is refused (see test_callback_refusal.py); a job that still carries such a
    callback (a custom handler's) is never contacted: recorded `refused`, no attempt."""
    state = ci_emulator.state
    urls = ("http://example.com/cb", "http://10.0.0.1/cb", "https://169.254.169.254/x")
    for n, url in enumerate(urls):
        state.callbacks.dispatch(Job(f"sa{n}", "audio", "Success", 0.0, callback=url))
    deliveries = state.wait_callbacks(3)
    assert {d.outcome for d in deliveries} == {"refused"}
    assert all(d.attempts == () for d in deliveries)


def test_jobs_without_callback_send_nothing(ci_emulator: RunningEmulator) -> None:
    with ci_emulator.client() as client:
        client.create_audio_auditing_job(audio_request())
    assert ci_emulator.state.advance(2) == 1
    assert ci_emulator.state.ledger.callbacks == []


def test_real_time_mode(
    ci_emulator_factory: EmulatorFactory, ci_callback_receiver: CallbackReceiver
) -> None:
    """On the system clock the served app's ticker finishes jobs without `advance`."""
    config = EmulatorConfig.with_random_credentials(step_seconds=0.05, tick_interval=0.02)
    emu = ci_emulator_factory(config, SystemClock())
    job_id = submit(emu, ci_callback_receiver.url)
    [got] = ci_callback_receiver.wait(1, timeout=5)
    assert got.json()["data"]["trace_id"] == job_id
    assert emu.state.job(job_id).state == "Success"
