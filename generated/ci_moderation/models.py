"""Request and response models of Tencent Cloud CI content moderation.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from .model import (
    DATETIME,
    ENUM,
    INTEGER,
    SHAPE,
    STRING,
    FieldSpec,
    Model,
    ShapeSpec,
    UnknownElement,
)

__all__ = [
    "CallbackType",
    "CallbackVersion",
    "DetectType",
    "JobState",
    "AudioAuditingRequest",
    "AudioAuditingResponse",
    "AudioConf",
    "AudioInput",
    "AudioJobDetail",
    "CancelLiveAuditingResponse",
    "Error",
    "Freeze",
    "LiveJobDetail",
    "UserInfo",
    "UnknownElement",
]


class CallbackType(IntEnum):
    """Which segments a callback reports. 1 = all segments, 2 = only the non-compliant ones."""

    ALL_SEGMENTS = 1
    NON_COMPLIANT_SEGMENTS = 2


class CallbackVersion(StrEnum):
    """Shape of the callback JSON. `Simple` is the default."""

    SIMPLE = "Simple"
    DETAIL = "Detail"


class DetectType(StrEnum):
    """A moderation category. The seed documents the first four; the wider API adds the rest."""

    PORN = "Porn"
    TERRORISM = "Terrorism"
    POLITICS = "Politics"
    ADS = "Ads"
    ILLEGAL = "Illegal"
    ABUSE = "Abuse"
    TEENAGER = "Teenager"


class JobState(StrEnum):
    """State of a moderation job."""

    SUBMITTED = "Submitted"
    AUDITING = "Auditing"
    SUCCESS = "Success"
    FAILED = "Failed"


@dataclass(slots=True, kw_only=True, repr=False)
class AudioAuditingRequest(Model):
    """Body of an audio moderation submit.

    The root element `<Request>` of a document.
    """

    input: AudioInput
    conf: AudioConf
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioAuditingResponse(Model):
    """Answer to an audio moderation submit.

    The root element `<Response>` of a document.
    """

    jobs_detail: AudioJobDetail
    request_id: str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioConf(Model):
    """Moderation rules. `DetectType` is required unless a `BizType` policy is given."""

    detect_type: list[DetectType | str] | None = None
    """Categories to check, sent as one comma-joined element (`Porn,Politics`)."""
    callback: str | None = None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None = None
    """Id of a moderation policy configured in the console."""
    callback_version: CallbackVersion | str | None = None
    callback_type: CallbackType | int | None = None
    freeze: Freeze | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioInput(Model):
    """The audio to moderate. Exactly one of `Object` and `Url`."""

    object: str | None = None
    """Key of the audio object in the bucket (COS keys are at most 850 bytes)."""
    url: str | None = None
    """Public http(s) URL of the audio. CI documents no length limit; 2048 characters is this
    client's bound."""
    data_id: str | None = None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioJobDetail(Model):
    """The job as CI sees it. `Code` and `Message` are set when `State` is `Failed`."""

    job_id: str
    """Id of the new job."""
    state: JobState | str | None = None
    creation_time: datetime | None = None
    """When the job was created."""
    data_id: str | None = None
    """The DataId you sent."""
    object: str | None = None
    """The object key you sent."""
    url: str | None = None
    """The URL you sent."""
    code: str | None = None
    """Error code when the job failed."""
    message: str | None = None
    """Error message when the job failed."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class CancelLiveAuditingResponse(Model):
    """Answer to a live-stream cancel.

    The root element `<Response>` of a document.
    """

    jobs_detail: LiveJobDetail
    request_id: str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class Error(Model):
    """The CI error envelope (no `Resource` element, unlike COS).

    The root element `<Error>` of a document.
    """

    code: str | None = None
    """Error code, for example `InvalidArgument`."""
    message: str | None = None
    """What went wrong."""
    request_id: str | None = None
    """Id of the failed request."""
    trace_id: str | None = None
    """Trace id for Tencent support."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class Freeze(Model):
    """Freeze the object automatically when a category's score reaches the threshold (0–100)."""

    porn_score: int | None = None
    illegal_score: int | None = None
    terrorism_score: int | None = None
    politics_score: int | None = None
    ads_score: int | None = None
    abuse_score: int | None = None
    teenager_score: int | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class LiveJobDetail(Model):
    """The job that was stopped."""

    data_id: str | None = None
    """The DataId given when the job was submitted."""
    job_id: str
    """Id of the cancelled job."""
    creation_time: datetime | None = None
    """When the job was created."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class UserInfo(Model):
    """Who produced the content; every field is at most 128 bytes."""

    token_id: str | None = None
    """Account id."""
    nickname: str | None = None
    """Nickname."""
    device_id: str | None = None
    """Device id."""
    app_id: str | None = None
    """App id."""
    room: str | None = None
    """Room id."""
    ip: str | None = None
    """IP address."""
    type: str | None = None
    """Business type."""
    receive_token_id: str | None = None
    """Account id of the receiver."""
    gender: str | None = None
    """Gender."""
    level: str | None = None
    """Level."""
    role: str | None = None
    """Role."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
AudioAuditingRequest.__ci_shape__ = ShapeSpec(
    AudioAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, AudioInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, AudioConf, required=True),
    ),
)
AudioAuditingResponse.__ci_shape__ = ShapeSpec(
    AudioAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, AudioJobDetail, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
AudioConf.__ci_shape__ = ShapeSpec(
    AudioConf,
    "AudioConf",
    (
        FieldSpec(
            "DetectType", "detect_type", ENUM, DetectType, is_list=True, comma=True, min_items=1
        ),
        FieldSpec("Callback", "callback", STRING, max_length=2048, url=True),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("CallbackVersion", "callback_version", ENUM, CallbackVersion),
        FieldSpec("CallbackType", "callback_type", ENUM, CallbackType),
        FieldSpec("Freeze", "freeze", SHAPE, Freeze),
    ),
    any_of=(("detect_type", "biz_type"),),
)
AudioInput.__ci_shape__ = ShapeSpec(
    AudioInput,
    "AudioInput",
    (
        FieldSpec("Object", "object", STRING, max_bytes=850, min_length=1),
        FieldSpec("Url", "url", STRING, max_length=2048, url=True),
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
    ),
    one_of=(("object", "url"),),
)
AudioJobDetail.__ci_shape__ = ShapeSpec(
    AudioJobDetail,
    "AudioJobDetail",
    (
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
    ),
)
CancelLiveAuditingResponse.__ci_shape__ = ShapeSpec(
    CancelLiveAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, LiveJobDetail, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
Error.__ci_shape__ = ShapeSpec(
    Error,
    "Error",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("TraceId", "trace_id", STRING),
    ),
)
Freeze.__ci_shape__ = ShapeSpec(
    Freeze,
    "Freeze",
    (
        FieldSpec("PornScore", "porn_score", INTEGER, minimum=0, maximum=100),
        FieldSpec("IllegalScore", "illegal_score", INTEGER, minimum=0, maximum=100),
        FieldSpec("TerrorismScore", "terrorism_score", INTEGER, minimum=0, maximum=100),
        FieldSpec("PoliticsScore", "politics_score", INTEGER, minimum=0, maximum=100),
        FieldSpec("AdsScore", "ads_score", INTEGER, minimum=0, maximum=100),
        FieldSpec("AbuseScore", "abuse_score", INTEGER, minimum=0, maximum=100),
        FieldSpec("TeenagerScore", "teenager_score", INTEGER, minimum=0, maximum=100),
    ),
)
LiveJobDetail.__ci_shape__ = ShapeSpec(
    LiveJobDetail,
    "LiveJobDetail",
    (
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("CreationTime", "creation_time", DATETIME),
    ),
)
UserInfo.__ci_shape__ = ShapeSpec(
    UserInfo,
    "UserInfo",
    (
        FieldSpec("TokenId", "token_id", STRING, max_bytes=128),
        FieldSpec("Nickname", "nickname", STRING, max_bytes=128),
        FieldSpec("DeviceId", "device_id", STRING, max_bytes=128),
        FieldSpec("AppId", "app_id", STRING, max_bytes=128),
        FieldSpec("Room", "room", STRING, max_bytes=128),
        FieldSpec("IP", "ip", STRING, max_bytes=128),
        FieldSpec("Type", "type", STRING, max_bytes=128),
        FieldSpec("ReceiveTokenId", "receive_token_id", STRING, max_bytes=128),
        FieldSpec("Gender", "gender", STRING, max_bytes=128),
        FieldSpec("Level", "level", STRING, max_bytes=128),
        FieldSpec("Role", "role", STRING, max_bytes=128),
    ),
)
