"""Bad input fails with a typed error naming the field, before anything is sent."""

from __future__ import annotations

import pytest

from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    ConfigurationError,
    Endpoint,
    Freeze,
    RequestValidationError,
    UserInfo,
    operations,
)
from ci_moderation.core import prepare


def _req(input: AudioInput | None = None, **conf: object) -> AudioAuditingRequest:
    conf.setdefault("detect_type", ["Porn"])
    return AudioAuditingRequest(
        input=input or AudioInput(object="a.mp3"),
        conf=AudioConf(**conf),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        (_req(AudioInput()), "Request.Input", "exactly one of object | url (Object | Url)"),
        (_req(AudioInput(object="a", url="http://u")), "Request.Input", "exactly one of"),
        (_req(detect_type=["Nudity"]), "Request.Conf.DetectType", "'Nudity' is not one of"),
        (_req(detect_type="Porn"), "Request.Conf.DetectType", "must be a list"),
        (_req(callback="ftp://x"), "Request.Conf.Callback", "http:// or https:// URL"),
        (_req(callback_version="Full"), "Request.Conf.CallbackVersion", "not one of"),
        (_req(callback_type=3), "Request.Conf.CallbackType", "not one of"),
        (_req(freeze=Freeze(porn_score=101)), "Request.Conf.Freeze.PornScore", "≤ 100"),
        (_req(freeze=Freeze(ads_score=-1)), "Request.Conf.Freeze.AdsScore", "≥ 0"),
        (_req(freeze=Freeze(ads_score=True)), "Request.Conf.Freeze.AdsScore", "integer"),
        (_req(AudioInput(object="a", data_id="é" * 257)), "Request.Input.DataId", "514 bytes"),
        (
            _req(AudioInput(object="a", user_info=UserInfo(room="x" * 129))),
            "Request.Input.UserInfo.Room",
            "at most 128",
        ),
        (
            _req(AudioInput(object="")),
            "Request.Input",
            "exactly one of object | url (Object | Url)",
        ),
        (_req(AudioInput(object=5)), "Request.Input.Object", "must be a string"),  # type: ignore[arg-type]
    ],
)
def test_invalid_submit_inputs(body: AudioAuditingRequest, field: str, reason: str) -> None:
    with pytest.raises(RequestValidationError) as info:
        prepare(operations.CREATE_AUDIO_AUDITING_JOB, body)
    assert info.value.field == field
    assert reason in info.value.reason
    assert isinstance(info.value, ValueError)


def test_limits_are_inclusive() -> None:
    ok = _req(
        AudioInput(object="a", data_id="x" * 512, user_info=UserInfo(room="é" * 64)),
        biz_type="policy",
        detect_type=None,
        freeze=Freeze(porn_score=0, ads_score=100),
        callback="https://cb",
    )
    assert prepare(operations.CREATE_AUDIO_AUDITING_JOB, ok).body


def test_wrong_body_type_is_refused() -> None:
    with pytest.raises(RequestValidationError):
        prepare(operations.CREATE_AUDIO_AUDITING_JOB, AudioInput(object="a"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "url"),
    [
        ({"bucket": "examplebucket-1250000000", "region": "ap-beijing"},
         "https://examplebucket-1250000000.ci.ap-beijing.myqcloud.com"),
        ({"bucket": "examplebucket", "appid": "1250000000", "region": "ap-guangzhou"},
         "https://examplebucket-1250000000.ci.ap-guangzhou.myqcloud.com"),
        ({"bucket": "my-bucket-1250000000", "appid": "1250000000", "region": "ap-beijing",
          "scheme": "http"},
         "http://my-bucket-1250000000.ci.ap-beijing.myqcloud.com"),
    ],
)  # fmt: skip
def test_endpoint_from_bucket(kw: dict[str, str], url: str) -> None:
    from ci_moderation.operations import SERVER_TEMPLATE

    assert Endpoint.for_bucket(SERVER_TEMPLATE, **kw).base_url == url


@pytest.mark.parametrize(
    "kw",
    [
        {"bucket": "examplebucket", "region": "ap-beijing"},
        {"bucket": "Bad_Bucket-1250000000", "region": "ap-beijing"},
        {"bucket": "b-1250000000", "region": "ap-beijing/../x"},
        {"bucket": "b-1250000000", "region": "ap-beijing", "scheme": "ftp"},
        {"bucket": "evil.com/x-1250000000", "region": "ap-beijing"},
    ],
)
def test_bad_endpoints_are_configuration_errors(kw: dict[str, str]) -> None:
    from ci_moderation.operations import SERVER_TEMPLATE

    with pytest.raises(ConfigurationError):
        Endpoint.for_bucket(SERVER_TEMPLATE, **kw)


def test_explicit_base_url() -> None:
    ep = Endpoint.from_url("http://127.0.0.1:8080/ci/")
    assert (ep.scheme, ep.host, ep.prefix) == ("http", "127.0.0.1:8080", "/ci")
    with pytest.raises(ConfigurationError):
        Endpoint.from_url("ftp://x")
    with pytest.raises(ConfigurationError):
        Endpoint.from_url("http://user:pw@host/")


def test_an_empty_conf_is_valid_it_uses_the_default_policy() -> None:
    """CI requires neither DetectType (deprecated) nor BizType (audit §0.1)."""
    body = _req(detect_type=None)
    assert b"<Conf/>" in prepare(operations.CREATE_AUDIO_AUDITING_JOB, body).body
    # An empty list is absent too: a repeated element is a list, [] when there is none.
    assert b"<Conf/>" in prepare(operations.CREATE_AUDIO_AUDITING_JOB, _req(detect_type=[])).body
    assert AudioConf().detect_type == []
