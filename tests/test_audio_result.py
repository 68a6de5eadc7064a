"""The audio result query's answer (audit §7): the whole tree, typed, with lists that stay lists,
job-level failures told apart from failed requests, and every example of the spec as a vector."""

from __future__ import annotations

from typing import Any

import pytest

from ci_moderation import (
    AccessDeniedError,
    AudioAuditingResultResponse,
    Freeze,
    HitFlag,
    JobState,
    LibType,
    ListType,
    ModerationResult,
    core,
    models,
    operations,
)
from generator.ir import Api

from .xmlutil import canonical

QUERY = operations.GET_AUDIO_AUDITING_JOB


def every_example(api: Api) -> list[tuple[str, Any]]:
    return [
        (f"{o.name}-{ex.direction}-{ex.name}", (o, ex))
        for o in api.operations
        for ex in o.examples
        if not ex.malformed
    ]


def test_every_documented_example_is_a_round_trip_vector(api: Api) -> None:
    """parse → typed → serialize → the same document, for every example of every operation."""
    checked = 0
    for _, (op, ex) in every_example(api):
        shape = op.input_shape if ex.direction == "request" else None
        cls = getattr(models, shape) if shape else operations.OPERATIONS[op.name].output_cls
        if ex.direction == "response" and ex.status not in ("", "200"):
            continue
        parsed = cls.from_xml(ex.body.encode())
        assert parsed.unknown_elements == [], (op.name, ex.name)
        assert canonical(parsed.to_xml()) == canonical(ex.body.encode()), (op.name, ex.name)
        checked += 1
    assert checked >= 4


def test_the_documented_result_reads_as_a_verdict(api: Api) -> None:
    (body,) = [
        ex.body
        for o in api.operations
        if o.name == "GetAudioAuditingJob"
        for ex in o.examples
        if ex.name == "documented"
    ]
    job = core.parse_response(QUERY, 200, {}, body.encode()).parsed.jobs_detail
    assert job.state is JobState.SUCCESS and job.result is ModerationResult.SENSITIVE
    assert job.porn_info is not None and job.porn_info.hit_flag is HitFlag.HIT
    assert job.porn_info.score == 90 and job.porn_info.label == "Porn"
    (section,) = job.section  # one <Section>: still a list
    assert (section.offset_time, section.duration, section.text) == (0, 3000, "Haha")
    assert section.porn_info is not None and section.porn_info.keywords == ["haha"]
    assert job.creation_time is not None and job.creation_time.utcoffset() is not None


FULL = b"""<Response><JobsDetail>
<Code>Success</Code><Message>Success</Message><DataId>d-1</DataId><JobId>av01</JobId>
<State>Success</State><CreationTime>2021-08-10T21:01:08+08:00</CreationTime>
<Url>https://example.com/a.mp3</Url><Label>Ads</Label><SubLabel>QRCode</SubLabel>
<Result>2</Result><AudioText>buy now</AudioText>
<AdsInfo><HitFlag>2</HitFlag><Score>65</Score><Label>Ads</Label><Category>QR</Category>
  <Keywords>buy</Keywords><Keywords>now</Keywords>
  <LibResults><LibType>2</LibType><LibName>mine</LibName><Keywords>buy</Keywords></LibResults>
  <SpeakerResults><Label>male</Label><Score>88</Score><StartTime>0</StartTime><EndTime>900</EndTime></SpeakerResults>
  <RecognitionResults><Label>moan</Label><Score>10</Score><StartTime>5</StartTime><EndTime>9</EndTime></RecognitionResults>
  <HitInfos><Type>future</Type></HitInfos>
</AdsInfo>
<Section><OffsetTime>0</OffsetTime><Duration>1000</Duration><Text>buy</Text><Result>2</Result>
  <AdsInfo><HitFlag>2</HitFlag><Score>65</Score><Keywords>buy</Keywords></AdsInfo>
  <LanguageResults><Label>zh</Label><Score>99</Score></LanguageResults></Section>
<Section><OffsetTime>1000</OffsetTime><Duration>1000</Duration><Text>now</Text><Result>0</Result></Section>
<LanguageResults><Label>zh</Label><Score>99</Score><StartTime>0</StartTime><EndTime>2000</EndTime></LanguageResults>
<BucketId>b-1250000000</BucketId><Region>ap-beijing</Region><ForbidState>1</ForbidState>
<UserInfo><TokenId>u1</TokenId></UserInfo>
<ListInfo><ListResults><ListType>1</ListType><ListName>block</ListName><Entity>buy</Entity></ListResults></ListInfo>
</JobsDetail><RequestId>r-1</RequestId></Response>"""


def test_the_whole_result_tree_is_typed() -> None:
    job = AudioAuditingResultResponse.from_xml(FULL).jobs_detail
    assert job.result is ModerationResult.SUSPICIOUS and job.forbid_state == 1
    ads = job.ads_info
    assert ads is not None and ads.keywords == ["buy", "now"] and ads.category == "QR"
    (lib,) = ads.lib_results
    assert lib.lib_type is LibType.CUSTOM and lib.keywords == ["buy"]
    assert ads.speaker_results[0].end_time == 900 and ads.recognition_results[0].label == "moan"
    assert [u.tag for u in ads.unknown_elements] == ["HitInfos"]  # new CI fields survive
    assert [s.text for s in job.section] == ["buy", "now"]
    assert job.section[0].language_results[0].label == "zh"
    assert job.section[1].ads_info is None and job.section[1].result is ModerationResult.NORMAL
    assert job.list_info is not None and job.list_info.list_results[0].list_type is ListType.BLOCK
    assert job.user_info is not None and job.user_info.token_id == "u1"
    again = AudioAuditingResultResponse.from_xml(
        AudioAuditingResultResponse.from_xml(FULL).to_xml()
    )
    assert again == AudioAuditingResultResponse.from_xml(FULL)


def test_a_failed_job_is_a_result_not_an_error() -> None:
    """CI answers 200 with State=Failed and its own code (a negative number in a string):
    the call succeeded, the job did not."""
    body = (
        b"<Response><JobsDetail><Code>-6101</Code><Message>download failed</Message>"
        b"<JobId>av02</JobId><State>Failed</State></JobsDetail></Response>"
    )
    job = core.parse_response(QUERY, 200, {}, body).parsed.jobs_detail
    assert job.state is JobState.FAILED and job.code == "-6101" and job.label is None
    assert job.section == [] and job.language_results == []  # lists are lists, even absent


def test_a_query_is_a_get_without_body_or_content_headers() -> None:
    from ci_moderation import Credentials

    prepared = core.prepare(QUERY, None, {"job_id": "av0123"})
    req = core.sign(prepared, "http://h", "h", "", Credentials("AKIDx", "k"), 1_700_000_000)
    assert (req.method, req.path, req.body) == ("GET", "/audio/auditing/av0123", b"")
    assert "content-type" not in req.headers and "content-length" not in req.headers


def test_the_trace_id_header_is_kept_beside_the_bodys() -> None:
    body = b"<Error><Code>AccessDenied</Code><Message>m</Message><TraceId>body-t</TraceId></Error>"
    with pytest.raises(AccessDeniedError) as info:
        core.parse_response(QUERY, 403, {"x-ci-trace-id": "header-t"}, body)
    assert (info.value.trace_id, info.value.trace_id_header) == ("body-t", "header-t")


def test_deprecated_and_undocumented_fields_say_so() -> None:
    import inspect

    source = inspect.getsource(models.audio) + inspect.getsource(models.common)
    assert "Deprecated by CI." in source.split("detect_type:")[1].split("callback:")[0]
    assert "Not documented by CI" in source.split("illegal_score:")[1].split("terrorism_score")[0]
    assert "Not documented by CI" not in source.split("porn_score:")[1].split("illegal_score")[0]
    assert Freeze(porn_score=1, illegal_score=2).to_xml()  # still fully usable
