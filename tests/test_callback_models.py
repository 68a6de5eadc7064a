"""Typed callbacks from the spec's `webhooks` (issue 8 §3): `parse_callback` picks Simple or
Detail by header and event, reads JSON by the XML side's rules, and refuses what it cannot read."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ci_emulator.server import RunningEmulator
from ci_moderation import (
    AudioAuditingRequest,
    AudioCallbackDetail,
    AudioCallbackSimple,
    AudioConf,
    AudioInput,
    CallbackError,
    CIError,
    HitFlag,
    JobState,
    ModerationResult,
    parse_callback,
)
from ci_moderation.jsoncodec import dump_json
from generator.ir import Api

DETAIL = {"X-Ci-Content-Version": "Detail"}


def _examples(api: Api) -> list[tuple[str, str, str]]:
    return [(w.name, w.version, body) for w in api.webhooks for _, body in w.examples]


def test_every_webhook_example_parses_and_round_trips(api: Api) -> None:
    checked = 0
    for name, version, body in _examples(api):
        headers = DETAIL if version == "Detail" else {}
        parsed = parse_callback(headers, body.encode())
        assert type(parsed).__name__ == name and parsed.unknown_elements == []
        assert dump_json(parsed) == _without_empty(json.loads(body))
        checked += 1
    # every webhook has at least one example, and every example was checked
    assert checked == len(_examples(api)) >= len(api.webhooks) > 2
    assert all(w.examples for w in api.webhooks)


def _without_empty(value: Any) -> Any:
    """`""` is absent on reading (one rule with XML's empty elements), so it is not written."""
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v != ""}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def test_a_detail_callback_is_the_job_as_the_query_describes_it(api: Api) -> None:
    body = next(b for n, _, b in _examples(api) if n == "AudioCallbackDetail")
    parsed = parse_callback({"x-ci-content-version": "Detail"}, body.encode())
    assert isinstance(parsed, AudioCallbackDetail)
    job = parsed.jobs_detail
    assert job.state is JobState.SUCCESS and job.result is ModerationResult.SENSITIVE
    assert job.creation_time is not None and job.creation_time.utcoffset() is not None
    (section,) = job.section
    assert section.porn_info is not None and section.porn_info.keywords == ["hello"]


def test_a_simple_callback_by_default(api: Api) -> None:
    body = next(b for n, _, b in _examples(api) if n == "AudioCallbackSimple")
    parsed = parse_callback({}, body.encode())
    assert isinstance(parsed, AudioCallbackSimple)
    assert parsed.data.porn_info is not None and parsed.data.porn_info.hit_flag is HitFlag.HIT


def detail(**job: Any) -> bytes:
    return json.dumps({"EventName": "ReviewAudio", "JobsDetail": {"JobId": "j", **job}}).encode()


def test_numbers_as_strings_one_object_for_a_list_and_unknown_keys() -> None:
    body = detail(
        Result="1",
        Section={"OffsetTime": "3000", "PornInfo": {"Score": 90, "Keywords": "w"}},
        HitInfos=[{"Type": "new"}],
        Extra={"a": 1},
    )
    job = parse_callback(DETAIL, body).jobs_detail  # type: ignore[union-attr]
    assert job.result is ModerationResult.SENSITIVE
    (section,) = job.section  # one object where the spec has a list: a list of one
    assert section.offset_time == 3000 and section.porn_info.keywords == ["w"]  # type: ignore[union-attr]
    assert [u.tag for u in job.unknown_elements] == ["HitInfos", "Extra"]
    assert job.unknown_elements[1].children[0].text == "1"


@pytest.mark.parametrize(
    ("headers", "body", "message"),
    [
        ({}, b"not json", "not valid JSON"),
        ({}, b"[1, 2]", "not a JSON object"),
        ({}, b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (
            DETAIL,
            json.dumps({"EventName": "ReviewHologram", "JobsDetail": {}}).encode(),
            "ReviewHologram",
        ),
        ({"X-Ci-Content-Version": "Fancy"}, b"{}", "version"),
        (DETAIL, detail(Section={"Duration": 1.5}), "Duration"),
        (DETAIL, detail(Result=True), "true/false"),
        (DETAIL, detail(Section=[1]), "an object was expected"),
        (DETAIL, json.dumps({"EventName": "ReviewAudio", "JobsDetail": {}}).encode(), "JobId"),
        (DETAIL, detail(CreationTime="2021-08-10 21:01:08"), "CreationTime"),
        (DETAIL, detail(JobId=["a", "b"]), "a list where"),
    ],
)
def test_what_cannot_be_read_is_a_typed_error(
    headers: dict[str, str], body: bytes, message: str
) -> None:
    with pytest.raises(CallbackError, match=message) as info:
        parse_callback(headers, body)
    assert isinstance(info.value, CIError)


def test_an_oversize_callback_is_refused_unparsed() -> None:
    with pytest.raises(CallbackError, match="cap"):
        parse_callback(DETAIL, detail(AudioText="x" * 2000), max_bytes=1000)


@pytest.mark.parametrize("version", ["Simple", "Detail"])
def test_what_the_emulator_sends_parses(
    ci_emulator: RunningEmulator, ci_callback_receiver: Any, version: str
) -> None:
    """End to end: a submit with a loopback callback, the job finishes, the receiver gets the
    POST, and `parse_callback` reads it into the same verdict the result query returns."""
    request = AudioAuditingRequest(
        input=AudioInput(object="clips/porn-demo.mp3"),
        conf=AudioConf(callback=ci_callback_receiver.url, callback_version=version),
    )
    with ci_emulator.client() as client:
        job_id = client.create_audio_auditing_job(request).jobs_detail.job_id
        ci_emulator.state.advance(60)
        (received,) = ci_callback_receiver.wait(1)
        queried = client.get_audio_auditing_job(job_id).jobs_detail
    parsed = parse_callback(received.headers, received.body)
    if version == "Detail":
        assert isinstance(parsed, AudioCallbackDetail)
        assert parsed.jobs_detail.job_id == job_id and parsed.jobs_detail.label == queried.label
        assert [s.offset_time for s in parsed.jobs_detail.section] == [
            s.offset_time for s in queried.section
        ]
    else:
        assert isinstance(parsed, AudioCallbackSimple)
        assert parsed.data.trace_id == job_id and parsed.data.result == queried.result


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
KEYS = st.sampled_from(
    ["EventName", "JobsDetail", "JobId", "Section", "PornInfo", "Keywords", "Result",
     "OffsetTime", "CreationTime", "data", "event", "trace_id"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    version=st.sampled_from(["Simple", "Detail", "detail", "x"]),
    body=st.dictionaries(KEYS, JSON | st.dictionaries(KEYS, JSON, max_size=4), max_size=4),
)
def test_any_json_gives_a_model_or_a_callback_error(version: str, body: dict[str, Any]) -> None:
    """Fuzz: whatever JSON arrives, `parse_callback` returns a model or raises CallbackError."""
    for event in ({"EventName": "ReviewAudio"}, {"data": {"event": "ReviewAudio"}}, {}):
        with contextlib.suppress(CallbackError):
            parse_callback(
                {"X-Ci-Content-Version": version}, json.dumps({**body, **event}).encode()
            )


def test_unknown_keys_are_bounded_like_unknown_elements() -> None:
    from ci_moderation.xmlcodec import MAX_UNKNOWN_ELEMENTS

    extra = {f"k{i}": i for i in range(MAX_UNKNOWN_ELEMENTS + 1)}
    with pytest.raises(CallbackError, match="elements the spec does not describe"):
        parse_callback(DETAIL, detail(**extra))
