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
    "BadCaseContentType",
    "CallbackType",
    "CallbackVersion",
    "DetectType",
    "ForbidState",
    "HitFlag",
    "JobState",
    "LibType",
    "ListType",
    "ModerationResult",
    "AudioAuditingRequest",
    "AudioAuditingResponse",
    "AudioAuditingResultResponse",
    "AudioCallbackDetail",
    "AudioCallbackSimple",
    "AudioCallbackSimpleData",
    "AudioConf",
    "AudioInput",
    "AudioJobDetail",
    "AudioJobResult",
    "AudioSection",
    "BadCaseRequest",
    "BadCaseResponse",
    "CancelLiveAuditingResponse",
    "Error",
    "Freeze",
    "LibResult",
    "ListInfo",
    "ListResult",
    "LiveJobDetail",
    "ModerationInfo",
    "SimpleModerationInfo",
    "TimedLabel",
    "UserInfo",
    "UnknownElement",
]


class BadCaseContentType(IntEnum):
    """What kind of sample is reported. 1 = text, 2 = image."""

    TEXT = 1
    IMAGE = 2


class CallbackType(IntEnum):
    """Which segments a callback reports. 1 = all segments (the default), 2 = only the non-
    compliant ones."""

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


class ForbidState(IntEnum):
    """What happened to the object. 0 = nothing, 1 = frozen, 2 = moved."""

    NORMAL = 0
    FROZEN = 1
    MOVED = 2


class HitFlag(IntEnum):
    """Whether a category was hit. 0 = no, 1 = yes, 2 = suspicious."""

    NOT_HIT = 0
    HIT = 1
    SUSPICIOUS = 2


class JobState(StrEnum):
    """State of a moderation job."""

    SUBMITTED = "Submitted"
    AUDITING = "Auditing"
    SUCCESS = "Success"
    FAILED = "Failed"


class LibType(IntEnum):
    """The kind of keyword library that matched. 1 = preset by CI, 2 = your custom library."""

    PRESET = 1
    CUSTOM = 2


class ListType(IntEnum):
    """The kind of list that matched. 0 = allow list, 1 = block list."""

    ALLOW = 0
    BLOCK = 1


class ModerationResult(IntEnum):
    """The verdict. 0 = normal, 1 = sensitive (block), 2 = suspicious (review by a person)."""

    NORMAL = 0
    SENSITIVE = 1
    SUSPICIOUS = 2


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
class AudioAuditingResultResponse(Model):
    """Answer to an audio result query.

    The root element `<Response>` of a document.
    """

    jobs_detail: AudioJobResult
    request_id: str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioCallbackDetail(Model):
    """The Detail callback body."""

    event_name: str
    """The event: `ReviewAudio`."""
    jobs_detail: AudioJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioCallbackSimple(Model):
    """The Simple callback body. `code` 0 means the job succeeded."""

    code: int | None = None
    """0 when the job succeeded."""
    message: str | None = None
    """What happened."""
    data: AudioCallbackSimpleData
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioCallbackSimpleData(Model):
    """The verdict in the Simple callback (snake_case keys, as CI sends them)."""

    event: str
    """The event: `ReviewAudio`."""
    trace_id: str
    """The job id."""
    url: str | None = None
    """The audio's URL."""
    result: ModerationResult | int | None = None
    forbidden_status: ForbidState | int | None = None
    porn_info: SimpleModerationInfo | None = None
    terrorism_info: SimpleModerationInfo | None = None
    politics_info: SimpleModerationInfo | None = None
    ads_info: SimpleModerationInfo | None = None
    teenager_info: SimpleModerationInfo | None = None
    abuse_info: SimpleModerationInfo | None = None
    illegal_info: SimpleModerationInfo | None = None
    data_id: str | None = None
    """The DataId you sent."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioConf(Model):
    """Moderation rules. Everything is optional: an empty `Conf` uses the bucket's default
    moderation policy."""

    detect_type: list[DetectType | str] = field(default_factory=list)
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Politics`).
    CI's current docs drop it in favour of `BizType` policies; it is still sent if set."""
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
    """The job as CI sees it. `Code` and `Message` describe a `Failed` job (CI may also send
    `Success`/`Success` for one that did not fail)."""

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
class AudioJobResult(Model):
    """An audio job and its verdict. `Label`, `Result`, the `*Info` blocks and `Section` are
    there once `State` is `Success`; a `Failed` job has `Code` and `Message` instead."""

    code: str | None = None
    """`Success`, or CI's error code for a failed job (may be a negative number, e.g. `-6101`)."""
    message: str | None = None
    """What went wrong, for a failed job."""
    data_id: str | None = None
    """The DataId you sent."""
    job_id: str
    """Id of the job."""
    state: JobState | str | None = None
    creation_time: datetime | None = None
    """When the job was created."""
    object: str | None = None
    """The object key you sent."""
    url: str | None = None
    """The URL you sent."""
    label: str | None = None
    """The most severe label found: `Normal`, `Porn`, `Ads`, `Politics`, … (CI adds labels over
    time)."""
    sub_label: str | None = None
    """A finer label within `Label`."""
    result: ModerationResult | int | None = None
    audio_text: str | None = None
    """The whole recognised text of the audio."""
    porn_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    teenager_info: ModerationInfo | None = None
    abuse_info: ModerationInfo | None = None
    illegal_info: ModerationInfo | None = None
    meaningless_info: ModerationInfo | None = None
    section: list[AudioSection] = field(default_factory=list)
    """The flagged (or, with `CallbackType` 1, all) sections of the audio."""
    language_results: list[TimedLabel] = field(default_factory=list)
    """Languages detected in the audio."""
    bucket_id: str | None = None
    """The bucket the object is in."""
    region: str | None = None
    """The bucket's region."""
    forbid_state: ForbidState | int | None = None
    user_info: UserInfo | None = None
    list_info: ListInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class AudioSection(Model):
    """One section of the audio and its verdict."""

    url: str | None = None
    """URL of the section's audio (valid for 2 hours)."""
    offset_time: int | None = None
    """Where the section starts, in milliseconds."""
    duration: int | None = None
    """How long the section is, in milliseconds."""
    text: str | None = None
    """The section's recognised text."""
    label: str | None = None
    """The section's most severe label."""
    sub_label: str | None = None
    """A finer label."""
    result: ModerationResult | int | None = None
    porn_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    teenager_info: ModerationInfo | None = None
    abuse_info: ModerationInfo | None = None
    illegal_info: ModerationInfo | None = None
    meaningless_info: ModerationInfo | None = None
    language_results: list[TimedLabel] = field(default_factory=list)
    """Languages detected in the section."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class BadCaseRequest(Model):
    """A wrongly judged sample, its label, and the label you expected.

    The root element `<Request>` of a document.
    """

    content_type: BadCaseContentType | int
    job_id: str | None = None
    """The job that judged the sample (helps CI find it)."""
    moderation_time: datetime | None = None
    """When the sample was judged (sent as the docs write it, `+08:00`)."""
    text: str | bytes | None = None
    """The text sample (ContentType 1); pass `str` or `bytes`, the client encodes it."""
    url: str | None = None
    """URL of the image sample (ContentType 2)."""
    suggested_label: str
    """The label you expected, e.g. `Normal`."""
    label: str
    """The label CI gave, e.g. `Porn`."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class BadCaseResponse(Model):
    """Answer to a bad-case report.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
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
    """The CI error envelope (like COS's; CI's docs list no `Resource`, COS's do).

    The root element `<Error>` of a document.
    """

    code: str | None = None
    """Error code, for example `InvalidArgument`."""
    message: str | None = None
    """What went wrong."""
    resource: str | None = None
    """The resource the request named (COS hosts send it)."""
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
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorism_score: int | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    politics_score: int | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    ads_score: int | None = None
    abuse_score: int | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    teenager_score: int | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class LibResult(Model):
    """A keyword library that matched."""

    lib_type: LibType | int | None = None
    lib_name: str | None = None
    """The library's name."""
    keywords: list[str] = field(default_factory=list)
    """The library's words that matched."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ListInfo(Model):
    """Allow or block lists the content matched."""

    list_results: list[ListResult] = field(default_factory=list)
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ListResult(Model):
    """One list that matched."""

    list_type: ListType | int | None = None
    list_name: str | None = None
    """The list's name."""
    entity: str | None = None
    """The entry that matched."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class LiveJobDetail(Model):
    """The job that was stopped."""

    data_id: str | None = None
    """The DataId given when the job was submitted."""
    job_id: str
    """Id of the cancelled job."""
    state: JobState | str | None = None
    creation_time: datetime | None = None
    """When the job was created."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ModerationInfo(Model):
    """The verdict for one category (porn, ads, …), for the whole job or one section."""

    hit_flag: HitFlag | int | None = None
    score: int | None = None
    """Confidence, 0–100: the higher, the more likely the category applies."""
    label: str | None = None
    """The label within the category."""
    sub_label: str | None = None
    """A finer label."""
    category: str | None = None
    """The category CI matched."""
    keywords: list[str] = field(default_factory=list)
    """The words that matched."""
    lib_results: list[LibResult] = field(default_factory=list)
    """Keyword libraries that matched."""
    speaker_results: list[TimedLabel] = field(default_factory=list)
    """Speaker traits (gender, age…) recognised, with when."""
    recognition_results: list[TimedLabel] = field(default_factory=list)
    """Sounds recognised (e.g. moaning), with when."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class SimpleModerationInfo(Model):
    """One category's verdict in the Simple callback."""

    hit_flag: HitFlag | int | None = None
    score: int | None = None
    """Confidence, 0–100."""
    label: str | None = None
    """The label within the category."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TimedLabel(Model):
    """A label recognised over a span of time (a speaker trait, a sound, a language)."""

    label: str | None = None
    """What was recognised."""
    score: int | None = None
    """Confidence, 0–100."""
    start_time: int | None = None
    """Where it starts, in milliseconds."""
    end_time: int | None = None
    """Where it ends, in milliseconds."""
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
AudioAuditingResultResponse.__ci_shape__ = ShapeSpec(
    AudioAuditingResultResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, AudioJobResult, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
AudioCallbackDetail.__ci_shape__ = ShapeSpec(
    AudioCallbackDetail,
    "AudioCallbackDetail",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, AudioJobResult, required=True),
    ),
)
AudioCallbackSimple.__ci_shape__ = ShapeSpec(
    AudioCallbackSimple,
    "AudioCallbackSimple",
    (
        FieldSpec("code", "code", INTEGER),
        FieldSpec("message", "message", STRING),
        FieldSpec("data", "data", SHAPE, AudioCallbackSimpleData, required=True),
    ),
)
AudioCallbackSimpleData.__ci_shape__ = ShapeSpec(
    AudioCallbackSimpleData,
    "AudioCallbackSimpleData",
    (
        FieldSpec("event", "event", STRING, required=True),
        FieldSpec("trace_id", "trace_id", STRING, required=True),
        FieldSpec("url", "url", STRING),
        FieldSpec("result", "result", ENUM, ModerationResult),
        FieldSpec("forbidden_status", "forbidden_status", ENUM, ForbidState),
        FieldSpec("porn_info", "porn_info", SHAPE, SimpleModerationInfo),
        FieldSpec("terrorism_info", "terrorism_info", SHAPE, SimpleModerationInfo),
        FieldSpec("politics_info", "politics_info", SHAPE, SimpleModerationInfo),
        FieldSpec("ads_info", "ads_info", SHAPE, SimpleModerationInfo),
        FieldSpec("teenager_info", "teenager_info", SHAPE, SimpleModerationInfo),
        FieldSpec("abuse_info", "abuse_info", SHAPE, SimpleModerationInfo),
        FieldSpec("illegal_info", "illegal_info", SHAPE, SimpleModerationInfo),
        FieldSpec("data_id", "data_id", STRING),
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
AudioJobResult.__ci_shape__ = ShapeSpec(
    AudioJobResult,
    "AudioJobResult",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("Label", "label", STRING),
        FieldSpec("SubLabel", "sub_label", STRING),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("AudioText", "audio_text", STRING),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("TeenagerInfo", "teenager_info", SHAPE, ModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, ModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, ModerationInfo),
        FieldSpec("MeaninglessInfo", "meaningless_info", SHAPE, ModerationInfo),
        FieldSpec("Section", "section", SHAPE, AudioSection, is_list=True),
        FieldSpec("LanguageResults", "language_results", SHAPE, TimedLabel, is_list=True),
        FieldSpec("BucketId", "bucket_id", STRING),
        FieldSpec("Region", "region", STRING),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
        FieldSpec("ListInfo", "list_info", SHAPE, ListInfo),
    ),
)
AudioSection.__ci_shape__ = ShapeSpec(
    AudioSection,
    "AudioSection",
    (
        FieldSpec("Url", "url", STRING),
        FieldSpec("OffsetTime", "offset_time", INTEGER),
        FieldSpec("Duration", "duration", INTEGER),
        FieldSpec("Text", "text", STRING),
        FieldSpec("Label", "label", STRING),
        FieldSpec("SubLabel", "sub_label", STRING),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("TeenagerInfo", "teenager_info", SHAPE, ModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, ModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, ModerationInfo),
        FieldSpec("MeaninglessInfo", "meaningless_info", SHAPE, ModerationInfo),
        FieldSpec("LanguageResults", "language_results", SHAPE, TimedLabel, is_list=True),
    ),
)
BadCaseRequest.__ci_shape__ = ShapeSpec(
    BadCaseRequest,
    "Request",
    (
        FieldSpec("ContentType", "content_type", ENUM, BadCaseContentType, required=True),
        FieldSpec("JobId", "job_id", STRING),
        FieldSpec("ModerationTime", "moderation_time", DATETIME, colon_offset=True),
        FieldSpec("Text", "text", STRING, min_length=1, base64=True),
        FieldSpec("Url", "url", STRING, max_length=2048, url=True),
        FieldSpec("SuggestedLabel", "suggested_label", STRING, required=True, min_length=1),
        FieldSpec("Label", "label", STRING, required=True, min_length=1),
    ),
    one_of=(("text", "url"),),
)
BadCaseResponse.__ci_shape__ = ShapeSpec(
    BadCaseResponse,
    "Response",
    (FieldSpec("RequestId", "request_id", STRING),),
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
        FieldSpec("Resource", "resource", STRING),
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
LibResult.__ci_shape__ = ShapeSpec(
    LibResult,
    "LibResult",
    (
        FieldSpec("LibType", "lib_type", ENUM, LibType),
        FieldSpec("LibName", "lib_name", STRING),
        FieldSpec("Keywords", "keywords", STRING, is_list=True),
    ),
)
ListInfo.__ci_shape__ = ShapeSpec(
    ListInfo,
    "ListInfo",
    (FieldSpec("ListResults", "list_results", SHAPE, ListResult, is_list=True),),
)
ListResult.__ci_shape__ = ShapeSpec(
    ListResult,
    "ListResult",
    (
        FieldSpec("ListType", "list_type", ENUM, ListType),
        FieldSpec("ListName", "list_name", STRING),
        FieldSpec("Entity", "entity", STRING),
    ),
)
LiveJobDetail.__ci_shape__ = ShapeSpec(
    LiveJobDetail,
    "LiveJobDetail",
    (
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
    ),
)
ModerationInfo.__ci_shape__ = ShapeSpec(
    ModerationInfo,
    "ModerationInfo",
    (
        FieldSpec("HitFlag", "hit_flag", ENUM, HitFlag),
        FieldSpec("Score", "score", INTEGER),
        FieldSpec("Label", "label", STRING),
        FieldSpec("SubLabel", "sub_label", STRING),
        FieldSpec("Category", "category", STRING),
        FieldSpec("Keywords", "keywords", STRING, is_list=True),
        FieldSpec("LibResults", "lib_results", SHAPE, LibResult, is_list=True),
        FieldSpec("SpeakerResults", "speaker_results", SHAPE, TimedLabel, is_list=True),
        FieldSpec("RecognitionResults", "recognition_results", SHAPE, TimedLabel, is_list=True),
    ),
)
SimpleModerationInfo.__ci_shape__ = ShapeSpec(
    SimpleModerationInfo,
    "SimpleModerationInfo",
    (
        FieldSpec("hit_flag", "hit_flag", ENUM, HitFlag),
        FieldSpec("score", "score", INTEGER),
        FieldSpec("label", "label", STRING),
    ),
)
TimedLabel.__ci_shape__ = ShapeSpec(
    TimedLabel,
    "TimedLabel",
    (
        FieldSpec("Label", "label", STRING),
        FieldSpec("Score", "score", INTEGER),
        FieldSpec("StartTime", "start_time", INTEGER),
        FieldSpec("EndTime", "end_time", INTEGER),
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
