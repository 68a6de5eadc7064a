"""The seed documents' examples, stored in the spec, are test vectors for the codec."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ci_moderation import (
    AudioAuditingRequest,
    AudioAuditingResponse,
    AudioConf,
    AudioInput,
    CancelLiveAuditingResponse,
    DetectType,
    JobState,
    ResponseParseError,
    core,
    operations,
)
from generator.ir import Api

from .xmlutil import canonical

CST = timezone(timedelta(hours=8))


def _example(api: Api, op: str, direction: str, name: str, status: str = "") -> bytes:
    for o in api.operations:
        for ex in o.examples:
            if (o.name, ex.direction, ex.name, ex.status) == (op, direction, name, status):
                return ex.body.encode()
    raise LookupError((op, direction, name, status))


def test_submit_request_body_equals_the_seed(api: Api) -> None:
    body = AudioAuditingRequest(
        input=AudioInput(object="a.mp4"),
        conf=AudioConf(
            detect_type=[DetectType.PORN, DetectType.POLITICS], callback="http://callback.com/"
        ),
    )
    seed = _example(api, "CreateAudioAuditingJob", "request", "seed")
    assert canonical(body.to_xml()) == canonical(seed)
    # Plain strings are accepted where enums are expected.
    plain = AudioAuditingRequest(
        input=AudioInput(object="a.mp4"),
        conf=AudioConf(detect_type=["Porn", "Politics"], callback="http://callback.com/"),
    )
    assert plain.to_xml() == body.to_xml()


def test_seed_request_parses_back_to_the_typed_input(api: Api) -> None:
    seed = _example(api, "CreateAudioAuditingJob", "request", "seed")
    parsed = AudioAuditingRequest.from_xml(seed)
    assert parsed.input.object == "a.mp4"
    assert parsed.conf.detect_type == [DetectType.PORN, DetectType.POLITICS]
    assert parsed.conf.callback == "http://callback.com/"
    assert parsed.unknown_elements == []


def test_submit_seed_response(api: Api) -> None:
    seed = _example(api, "CreateAudioAuditingJob", "response", "seed", "200")
    headers = {"x-ci-request-id": "NTk0MjdmODlfMjQ4OGY3XzYzYzhf****"}
    r = core.parse_response(operations.CREATE_AUDIO_AUDITING_JOB, 200, headers, seed)
    assert r.status_code == 200
    assert r.request_id == "NTk0MjdmODlfMjQ4OGY3XzYzYzhf****"
    assert isinstance(r.parsed, AudioAuditingResponse)
    job = r.parsed.jobs_detail
    assert job is not None
    assert job.job_id == "vab1ca9fc8a3ed11ea834c525400863904"
    assert job.state is JobState.SUBMITTED and job.state == "Submitted"
    assert job.creation_time == datetime(2019, 7, 7, 12, 12, 12, tzinfo=CST)
    assert job.data_id is None and job.code is None


def test_cancel_seed_response_with_typo_corrected(api: Api) -> None:
    seed = _example(api, "CancelLiveAuditingJob", "response", "seed-corrected", "200")
    r = core.parse_response(operations.CANCEL_LIVE_AUDITING_JOB, 200, {}, seed)
    assert isinstance(r.parsed, CancelLiveAuditingResponse)
    assert r.request_id == "xxxxxxxxxxxxxx"  # from the body when the header is missing
    job = r.parsed.jobs_detail
    assert job is not None
    assert (job.data_id, job.job_id) == ("123-fdrsg-123", "vab1ca9fc8a3ed11ea834c525400863904")
    assert job.creation_time == datetime(2021, 8, 7, 12, 12, 12, tzinfo=CST)
    assert r.parsed.request_id == "xxxxxxxxxxxxxx"


def test_cancel_seed_verbatim_is_a_typed_parse_error_not_a_guess(api: Api) -> None:
    """Decision: the documented `<DataId>…</DataID>` is not well-formed; we refuse it.

    A recovering parser would have to guess, and would equally accept truncated documents
    as partial successes; real CI answers are well-formed.
    """
    seed = _example(api, "CancelLiveAuditingJob", "response", "seed-verbatim", "200")
    with pytest.raises(ResponseParseError) as info:
        core.parse_response(
            operations.CANCEL_LIVE_AUDITING_JOB, 200, {"x-ci-request-id": "r1"}, seed
        )
    assert info.value.status_code == 200
    assert info.value.request_id == "r1"
    assert "not well-formed" in str(info.value)


@pytest.mark.parametrize("op_name", ["CreateAudioAuditingJob", "CancelLiveAuditingJob"])
def test_every_truncation_of_a_response_is_an_error(api: Api, op_name: str) -> None:
    name = "seed" if op_name == "CreateAudioAuditingJob" else "seed-corrected"
    full = _example(api, op_name, "response", name, "200").rstrip()
    op = operations.OPERATIONS[op_name]
    core.parse_response(op, 200, {}, full)  # the whole document parses
    for cut in range(len(full)):
        with pytest.raises(ResponseParseError):
            core.parse_response(op, 200, {}, full[:cut])


def test_submit_without_data_id_gets_one_for_reconciliation() -> None:
    body = AudioAuditingRequest(
        input=AudioInput(object="a.mp4"), conf=AudioConf(detect_type=[DetectType.PORN])
    )
    prepared = core.prepare(operations.CREATE_AUDIO_AUDITING_JOB, body)
    assert prepared.data_id is not None and len(prepared.data_id) == 32
    assert f"<DataId>{prepared.data_id}</DataId>".encode() in prepared.body
    assert body.input.data_id is None  # the caller's model is not mutated
    mine = AudioAuditingRequest(
        input=AudioInput(object="a.mp4", data_id="order-1"),
        conf=AudioConf(detect_type=[DetectType.PORN]),
    )
    assert core.prepare(operations.CREATE_AUDIO_AUDITING_JOB, mine).data_id == "order-1"
    off = core.prepare(operations.CREATE_AUDIO_AUDITING_JOB, body, generate_data_id=False)
    assert off.data_id is None and b"DataId" not in off.body
