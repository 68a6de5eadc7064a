"""`GetAudioAuditingJob` on the emulator: state before the end, deterministic verdicts from
the markers of `ci_emulator.verdicts`, failures, unknown ids, and callbacks that agree with
the query."""

from __future__ import annotations

from typing import Any

import pytest

from ci_emulator import CallbackReceiver, EmulatorConfig, FailureTrigger
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator
from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    NotFoundError,
)
from ci_moderation.models import (
    AudioJobResult,
    Freeze,
    HitFlag,
    LibResult,
    LibType,
    ModerationResult,
    UserInfo,
)

from .conftest import audio_request


def submit(emu: RunningEmulator, body: AudioAuditingRequest | None = None, **kw: Any) -> str:
    with emu.client() as client:
        detail = client.create_audio_auditing_job(body or audio_request(**kw)).jobs_detail
    assert detail is not None and detail.job_id is not None
    return detail.job_id


def query(emu: RunningEmulator, job_id: str) -> AudioJobResult:
    with emu.client() as client:
        answer = client.get_audio_auditing_job(job_id)
    assert answer.request_id
    return answer.jobs_detail


VERDICT_FIELDS = ("label", "result", "audio_text", "porn_info", "ads_info")


def no_verdict(detail: AudioJobResult) -> bool:
    """No verdict yet (or none for a failed job): no fields, and no sections (an empty list:
    a repeated element is never None)."""
    return all(getattr(detail, name) is None for name in VERDICT_FIELDS) and detail.section == []


def assert_porn_verdict(detail: AudioJobResult) -> None:
    assert (detail.state, detail.code, detail.message) == ("Success", "Success", "Success")
    assert (detail.label, detail.result) == ("Porn", ModerationResult.SENSITIVE)
    assert detail.result == 1
    assert detail.audio_text == "emulated speech ... porn ..."
    porn = detail.porn_info
    assert porn is not None
    assert (porn.hit_flag, porn.score, porn.label, porn.keywords) == (1, 90, "Porn", ["porn"])
    ads = detail.ads_info
    assert ads is not None and (ads.hit_flag, ads.score, ads.label) == (0, 0, None)
    assert detail.politics_info is None  # not asked for
    assert isinstance(detail.section, list) and len(detail.section) == 1
    [section] = detail.section
    assert (section.offset_time, section.duration, section.text) == (3000, 2000, "... porn ...")
    assert (section.label, section.result) == ("Porn", 1)
    assert section.ads_info is None
    info = section.porn_info
    assert info is not None
    assert (info.hit_flag, info.score, info.label, info.keywords) == (1, 90, "Porn", ["porn"])
    assert info.lib_results == [
        LibResult(lib_type=LibType.PRESET, lib_name="ci-preset", keywords=["porn"])
    ]
    assert detail.forbid_state == 0


def test_before_the_end_there_is_no_verdict(ci_emulator: RunningEmulator) -> None:
    body = audio_request("clip-porn.mp3", data_id="order-7")
    body.input.user_info = UserInfo(token_id="user-1", room="r9")
    job_id = submit(ci_emulator, body)

    submitted = query(ci_emulator, job_id)
    assert (submitted.job_id, submitted.state, submitted.data_id, submitted.object) == (
        job_id,
        "Submitted",
        "order-7",
        "clip-porn.mp3",
    )
    assert submitted.creation_time is not None and submitted.creation_time.utcoffset()
    assert (submitted.bucket_id, submitted.region) == ("examplebucket-1250000000", "ap-beijing")
    assert submitted.user_info == UserInfo(token_id="user-1", room="r9")
    assert submitted.code is None and submitted.message is None
    assert no_verdict(submitted)

    ci_emulator.state.advance(1)
    auditing = query(ci_emulator, job_id)
    assert auditing.state == "Auditing"
    assert no_verdict(auditing)

    ci_emulator.state.advance(1)
    done = query(ci_emulator, job_id)
    assert_porn_verdict(done)
    assert done.user_info == UserInfo(token_id="user-1", room="r9")
    assert done.creation_time == submitted.creation_time


def test_a_normal_object(ci_emulator: RunningEmulator) -> None:
    job_id = submit(ci_emulator, obj="uploads/downloads.mp3")  # `ads` only as a whole word
    ci_emulator.state.advance(2)
    detail = query(ci_emulator, job_id)
    assert (detail.state, detail.code, detail.label, detail.result) == (
        "Success",
        "Success",
        "Normal",
        ModerationResult.NORMAL,
    )
    assert detail.section == []
    assert detail.audio_text == "emulated speech"
    for info in (detail.porn_info, detail.ads_info):
        assert info is not None and (info.hit_flag, info.score, info.keywords) == (0, 0, [])


@pytest.mark.parametrize(
    ("source", "label", "result", "hit_flag", "score", "keyword"),
    [
        ("ads/spot.mp3", "Ads", 1, 1, 90, "ads"),
        ("AUDIO/Clip_PORN.MP3", "Porn", 1, 1, 90, "porn"),
        ("suspect.mp3", "Porn", 2, 2, 60, "suspect"),
        ("porn-suspect.mp3", "Porn", 2, 2, 60, "porn"),
        ("ads-suspect.mp3", "Ads", 2, 2, 60, "ads"),
    ],
)
def test_markers(
    ci_emulator: RunningEmulator,
    source: str,
    label: str,
    result: int,
    hit_flag: int,
    score: int,
    keyword: str,
) -> None:
    job_id = submit(ci_emulator, obj=source)
    ci_emulator.state.advance(2)
    detail = query(ci_emulator, job_id)
    assert (detail.label, detail.result) == (label, result)
    info = getattr(detail, f"{label.lower()}_info")
    assert (info.hit_flag, info.score, info.label, info.keywords) == (
        hit_flag,
        score,
        label,
        [keyword],
    )
    [section] = detail.section or []
    assert (section.offset_time, section.text, section.result) == (
        3000,
        f"... {keyword} ...",
        result,
    )


def test_a_url_with_two_markers_has_two_sections(ci_emulator: RunningEmulator) -> None:
    job_id = submit(ci_emulator, obj=None, url="https://example.com/Ads/porn.mp3")
    ci_emulator.state.advance(2)
    detail = query(ci_emulator, job_id)
    assert (detail.url, detail.object, detail.label, detail.result) == (
        "https://example.com/Ads/porn.mp3",
        None,
        "Porn",
        1,
    )
    sections = detail.section or []
    assert [(s.label, s.offset_time, s.duration) for s in sections] == [
        ("Porn", 3000, 2000),
        ("Ads", 8000, 2000),
    ]
    assert detail.audio_text == "emulated speech ... porn ... ... ads ..."
    assert detail.ads_info is not None and detail.ads_info.hit_flag == HitFlag.HIT


def test_only_the_asked_categories_are_reported(ci_emulator: RunningEmulator) -> None:
    body = AudioAuditingRequest(
        input=AudioInput(object="clip-porn-politics.mp3"),
        conf=AudioConf(detect_type=["Politics", "Abuse"]),
    )
    job_id = submit(ci_emulator, body)
    ci_emulator.state.advance(2)
    detail = query(ci_emulator, job_id)
    assert (detail.label, detail.result, detail.porn_info) == ("Politics", 1, None)
    assert detail.politics_info is not None and detail.politics_info.keywords == ["politics"]
    assert detail.abuse_info is not None and detail.abuse_info.hit_flag == 0
    assert [s.label for s in detail.section or []] == ["Politics"]


def test_an_empty_conf_is_accepted_and_reports_porn_and_ads(ci_emulator: RunningEmulator) -> None:
    body = AudioAuditingRequest(input=AudioInput(object="spot-ads.mp3"), conf=AudioConf())
    job_id = submit(ci_emulator, body)
    ci_emulator.state.advance(2)
    detail = query(ci_emulator, job_id)
    assert (detail.state, detail.label, detail.result) == ("Success", "Ads", 1)
    assert detail.porn_info is not None and detail.porn_info.hit_flag == 0
    assert detail.ads_info is not None and detail.ads_info.hit_flag == 1
    others = ("terrorism_info", "politics_info", "illegal_info", "abuse_info", "teenager_info")
    assert all(getattr(detail, name) is None for name in others)


def test_freeze_threshold_sets_forbid_state(ci_emulator: RunningEmulator) -> None:
    frozen = AudioAuditingRequest(
        input=AudioInput(object="porn.mp3"), conf=AudioConf(freeze=Freeze(porn_score=85))
    )
    kept = AudioAuditingRequest(
        input=AudioInput(object="suspect.mp3"), conf=AudioConf(freeze=Freeze(porn_score=85))
    )
    ids = submit(ci_emulator, frozen), submit(ci_emulator, kept)
    ci_emulator.state.advance(2)
    assert [query(ci_emulator, i).forbid_state for i in ids] == [1, 0]


def test_a_failed_job_is_an_http_200_with_code_and_message(
    ci_emulator_factory: EmulatorFactory,
) -> None:
    trigger = FailureTrigger("*.amr", "-6101", "the audio could not be decoded")
    emu = ci_emulator_factory(EmulatorConfig.with_random_credentials(failure_triggers=(trigger,)))
    job_id = submit(emu, obj="porn.amr")
    emu.state.advance(2)
    with emu.client() as client:
        response = client.get_audio_auditing_job_detailed(job_id)
    assert response.status_code == 200
    detail = response.parsed.jobs_detail
    assert (detail.state, detail.code, detail.message) == (
        "Failed",
        "-6101",
        "the audio could not be decoded",
    )
    assert no_verdict(detail)
    assert detail.forbid_state is None


def test_unknown_and_live_ids_are_not_found(ci_emulator: RunningEmulator) -> None:
    live = ci_emulator.state.seed_live_job()
    with ci_emulator.client() as client:
        for job_id in ("sa" + "0" * 32, live):
            with pytest.raises(NotFoundError) as info:
                client.get_audio_auditing_job(job_id)
            assert (info.value.status_code, info.value.code) == (404, "NoSuchJob")
    codes = [(r.operation, r.status, r.code) for r in ci_emulator.state.ledger.requests]
    assert codes == [("GetAudioAuditingJob", 404, "NoSuchJob")] * 2


def test_the_verdict_is_stored_once(ci_emulator: RunningEmulator) -> None:
    job_id = submit(ci_emulator, obj="clip-porn.mp3")
    ci_emulator.state.advance(2)
    stored = ci_emulator.state.job(job_id).verdict
    assert stored is not None and stored.label == "Porn"
    first, second = query(ci_emulator, job_id), query(ci_emulator, job_id)
    assert first.to_xml() == second.to_xml()


def test_callbacks_agree_with_the_query(
    ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    url = ci_callback_receiver.url
    detail_id = submit(ci_emulator, obj="clip-porn.mp3", callback=url, version="Detail")
    simple_id = submit(ci_emulator, obj="clip-porn.mp3", callback=url)
    ci_emulator.state.advance(2)
    ci_emulator.state.wait_callbacks(2)
    by_version = {
        "Detail" if "EventName" in c.json() else "Simple": c.json()
        for c in ci_callback_receiver.received
    }
    answer = query(ci_emulator, detail_id)
    assert_porn_verdict(answer)

    detail = by_version["Detail"]["JobsDetail"]
    assert detail["JobId"] == detail_id
    assert (detail["Label"], detail["Result"]) == (answer.label, answer.result)
    assert detail["PornInfo"] == {"HitFlag": 1, "Score": 90, "Label": "Porn", "Keywords": ["porn"]}
    assert detail["AdsInfo"] == {"HitFlag": 0, "Score": 0, "Label": ""}
    assert detail["ForbidState"] == answer.forbid_state == 0
    [section] = answer.section or []
    assert detail["Section"] == [
        {
            "Text": "... porn ...",
            "OffsetTime": 3000,
            "Duration": 2000,
            "Label": "Porn",
            "Result": 1,
            "PornInfo": {
                "HitFlag": 1,
                "Score": 90,
                "Label": "Porn",
                "Keywords": ["porn"],
                "LibResults": [{"LibType": 1, "LibName": "ci-preset", "Keywords": ["porn"]}],
            },
        }
    ]
    assert (section.offset_time, section.duration, section.text) == (3000, 2000, "... porn ...")

    simple = by_version["Simple"]["data"]
    assert simple["trace_id"] == simple_id
    assert (simple["result"], simple["forbidden_status"]) == (1, 0)
    assert simple["porn_info"] == {"hit_flag": 1, "label": "Porn", "score": 90}
    assert simple["ads_info"] == {"hit_flag": 0, "label": "", "score": 0}


async def test_the_async_client(ci_emulator: RunningEmulator) -> None:
    async with ci_emulator.async_client() as client:
        submitted = await client.create_audio_auditing_job(audio_request("clip-porn.mp3"))
        job_id = submitted.jobs_detail.job_id
        before = (await client.get_audio_auditing_job(job_id)).jobs_detail
        assert before.state == "Submitted" and before.label is None
        ci_emulator.state.advance(2)
        after = await client.get_audio_auditing_job(job_id)
        with pytest.raises(NotFoundError):
            await client.get_audio_auditing_job("sa" + "1" * 32)
    assert after.request_id
    assert_porn_verdict(after.jobs_detail)
