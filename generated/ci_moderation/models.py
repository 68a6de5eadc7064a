"""Request and response models of Tencent Cloud CI content moderation.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from .model import (
    BOOLEAN,
    DATETIME,
    ENUM,
    INTEGER,
    NUMBER,
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
    "ImageAsync",
    "ImageCompressionResult",
    "ImageLargeImageDetect",
    "JobState",
    "LibType",
    "ListType",
    "LiveAuditingType",
    "ModerationResult",
    "StrategyService",
    "TextLibKeywordLabel",
    "TextLibKeywordResultCode",
    "TextLibMatchType",
    "TextLibSuggestion",
    "VideoDetectContent",
    "VideoJobState",
    "VideoSnapshotMode",
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
    "DocumentAuditingRequest",
    "DocumentAuditingResponse",
    "DocumentCallbackDetail",
    "DocumentCallbackSimple",
    "DocumentConf",
    "DocumentInput",
    "DocumentJobResult",
    "DocumentLabels",
    "DocumentPageResult",
    "DocumentPageSegment",
    "Error",
    "Freeze",
    "ImageAuditingRequest",
    "ImageAuditingResponse",
    "ImageAuditingResultResponse",
    "ImageCallbackDetail",
    "ImageCallbackSimple",
    "ImageCallbackSimpleData",
    "ImageConf",
    "ImageInput",
    "ImageJobResult",
    "ImageRecognitionResult",
    "LibResult",
    "ListInfo",
    "ListResult",
    "LiveAuditingRequest",
    "LiveConf",
    "LiveInput",
    "LiveJobDetail",
    "LiveStorageConf",
    "Location",
    "ModerationInfo",
    "ObjectResult",
    "OcrResult",
    "SimpleModerationInfo",
    "StrategyCreateRequest",
    "StrategyCreateResponse",
    "StrategyDetail",
    "StrategyDetailResponse",
    "StrategyLabelSet",
    "StrategyLabels",
    "StrategyListResponse",
    "StrategySummary",
    "StrategyUpdateRequest",
    "StrategyUpdateResponse",
    "TextAuditingRequest",
    "TextAuditingResponse",
    "TextCallbackDetail",
    "TextCallbackSimple",
    "TextCallbackSimpleData",
    "TextConf",
    "TextInput",
    "TextJobResult",
    "TextLibCreateRequest",
    "TextLibCreateResponse",
    "TextLibDeleteResponse",
    "TextLibInfo",
    "TextLibKeyword",
    "TextLibKeywordAddRequest",
    "TextLibKeywordAddResponse",
    "TextLibKeywordAddResult",
    "TextLibKeywordDeleteRequest",
    "TextLibKeywordDeleteResponse",
    "TextLibKeywordDeleteResult",
    "TextLibKeywordInfo",
    "TextLibKeywordListResponse",
    "TextLibListResponse",
    "TextLibStrategyRef",
    "TextLibUpdateRequest",
    "TextLibUpdateResponse",
    "TextModerationInfo",
    "TextSection",
    "TextSimpleModerationInfo",
    "TimedLabel",
    "UserInfo",
    "VideoAuditingRequest",
    "VideoAuditingResponse",
    "VideoAuditingResultResponse",
    "VideoCallbackDetail",
    "VideoCallbackSimple",
    "VideoCallbackSimpleData",
    "VideoConf",
    "VideoInput",
    "VideoJobDetail",
    "VideoJobResult",
    "VideoSimpleModerationInfo",
    "VideoSnapshot",
    "VideoSnapshotConf",
    "WebpageAuditingRequest",
    "WebpageAuditingResponse",
    "WebpageCallbackDetail",
    "WebpageCallbackSimple",
    "WebpageConf",
    "WebpageImageResult",
    "WebpageImageResults",
    "WebpageInput",
    "WebpageJobResult",
    "WebpageLabels",
    "WebpageTextResult",
    "WebpageTextResults",
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


class ImageAsync(IntEnum):
    """Whether a batch waits for the verdicts. 0 = yes, synchronous (the default); 1 = no,
    asynchronous."""

    SYNC = 0
    ASYNC_ = 1


class ImageCompressionResult(IntEnum):
    """Whether CI compressed the image before moderating it. 0 = no, 1 = yes."""

    NOT_COMPRESSED = 0
    COMPRESSED = 1


class ImageLargeImageDetect(IntEnum):
    """Whether CI compresses an image over 5 MB before moderating it. 0 = no (the default; such
    an image fails), 1 = yes (up to 32 MB; billed as image processing)."""

    FALSE = 0
    TRUE = 1


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


class LiveAuditingType(StrEnum):
    """The job type that makes `POST /video/auditing` a live-stream job. Set by the client."""

    LIVE_VIDEO = "live_video"


class ModerationResult(IntEnum):
    """The verdict. 0 = normal, 1 = sensitive (block), 2 = suspicious (review by a person)."""

    NORMAL = 0
    SENSITIVE = 1
    SUSPICIOUS = 2


class StrategyService(StrEnum):
    """The kind of content a policy moderates. `Html` is a webpage; `Document` an office or PDF
    file."""

    IMAGE = "Image"
    VIDEO = "Video"
    AUDIO = "Audio"
    TEXT = "Text"
    DOCUMENT = "Document"
    HTML = "Html"


class TextLibKeywordLabel(StrEnum):
    """The category a keyword belongs to; a job reports a match under this category."""

    PORN = "Porn"
    POLITICS = "Politics"
    TERRORISM = "Terrorism"
    ADS = "Ads"
    ABUSE = "Abuse"
    ILLEGAL = "Illegal"


class TextLibKeywordResultCode(StrEnum):
    """Outcome for one keyword of a batch. `Success`, or `Failed` (see `ErrMsg`)."""

    SUCCESS = "Success"
    FAILED = "Failed"


class TextLibMatchType(StrEnum):
    """How text is matched against the library's words. `Exact` = exact match, `Fuzzy` = fuzzy
    match."""

    EXACT = "Exact"
    FUZZY = "Fuzzy"


class TextLibSuggestion(StrEnum):
    """What a job reports when text matches a word of the library. `Block` = sensitive (result
    1), `Review` = suspicious, to be checked by a person (result 2)."""

    BLOCK = "Block"
    REVIEW = "Review"


class VideoDetectContent(IntEnum):
    """What to moderate. 0 = the pictures only (the default), 1 = the pictures and the sound."""

    IMAGE_ONLY = 0
    IMAGE_AND_AUDIO = 1


class VideoJobState(StrEnum):
    """State of a video or live job. `Snapshoting` means CI is still taking snapshots (video docs
    only). A live job stays `Auditing` while the stream is moderated."""

    SUBMITTED = "Submitted"
    SNAPSHOTING = "Snapshoting"
    AUDITING = "Auditing"
    SUCCESS = "Success"
    FAILED = "Failed"


class VideoSnapshotMode(StrEnum):
    """How snapshots are spaced. `Interval`: one every `TimeInterval` seconds (with only `Count`,
    `Count` snapshots over the video). `Average`: `Count` snapshots evenly over the whole
    video (`TimeInterval` ignored). `Fps`: `TimeInterval` snapshots a second (without it,
    `Count` in all). CI documents no default."""

    INTERVAL = "Interval"
    AVERAGE = "Average"
    FPS = "Fps"


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
class DocumentAuditingRequest(Model):
    """Body of a document moderation submit.

    The root element `<Request>` of a document.
    """

    input: DocumentInput
    conf: DocumentConf
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentAuditingResponse(Model):
    """Answer to a document submit (the created job) and to a document result query.

    The root element `<Response>` of a document.
    """

    jobs_detail: DocumentJobResult
    request_id: str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentCallbackDetail(Model):
    """The document callback body, read when CI sends `X-Ci-Content-Version` Detail (same shape)."""

    event_name: str
    """The event: `ReviewDocument`."""
    jobs_detail: DocumentJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentCallbackSimple(Model):
    """The document callback body, read when CI sends no version header (see
    DocumentCallbackDetail)."""

    event_name: str
    """The event: `ReviewDocument`."""
    jobs_detail: DocumentJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentConf(Model):
    """Moderation rules. Everything is optional: an empty `Conf` uses the bucket's default
    moderation policy."""

    detect_type: list[DetectType | str] = field(default_factory=list)
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI's
    current document page no longer lists it; use `BizType`."""
    callback: str | None = None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None = None
    """Id of a moderation policy configured in the console; without it the default policy
    applies."""
    callback_type: CallbackType | int | None = None
    freeze: Freeze | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentInput(Model):
    """The document to moderate. Exactly one of `Object` and `Url`."""

    object: str | None = None
    """Key of the document in the bucket (COS keys are at most 850 bytes)."""
    url: str | None = None
    """Public http(s) URL of the document (another cloud's storage works). CI documents no length
    limit; 2048 characters is this client's bound."""
    type: str | None = None
    """The document's type as a file extension (`docx`, `pptx`, `pdf`, `xlsx`, `txt`, …).
    Optional when the name or URL ends in the extension; REQUIRED otherwise, or the job fails.
    CI lists the accepted types in its docs but not their spelling (upper or lower case), so
    the client passes the value as given."""
    data_id: str | None = None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentJobResult(Model):
    """A document job and its verdict. `Label`, `Suggestion`, `Labels` and `PageSegment` are
    there once `State` is `Success`; a `Failed` job has `Code` and `Message` instead. A just-
    created job has only `DataId`, `JobId`, `State` and `CreationTime`."""

    code: str | None = None
    """`Success`, or CI's error code for a failed job."""
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
    page_count: int | None = None
    """How many page images CI made of the document."""
    label: str | None = None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    suggestion: ModerationResult | int | None = None
    labels: DocumentLabels | None = None
    page_segment: DocumentPageSegment | None = None
    user_info: UserInfo | None = None
    list_info: ListInfo | None = None
    bucket_id: str | None = None
    """The bucket of the job (callback)."""
    region: str | None = None
    """The bucket's region (callback)."""
    forbid_state: ForbidState | int | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentLabels(Model):
    """The whole document's verdict per category (`HitFlag`, `Score`)."""

    porn_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentPageResult(Model):
    """One page image of the document and its verdict."""

    url: str | None = None
    """URL of the page image; valid for two hours (query again for a fresh one)."""
    text: str | None = None
    """The page's OCR text; only when text detection is on in the moderation policy."""
    page_number: int | None = None
    """The page number."""
    sheet_number: int | None = None
    """The sheet number, for spreadsheets."""
    label: str | None = None
    """The page's most severe label."""
    suggestion: ModerationResult | int | None = None
    porn_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class DocumentPageSegment(Model):
    """The per-page results."""

    results: list[DocumentPageResult] = field(default_factory=list)
    """One entry per page image (with `CallbackType` 2, callbacks carry only the non-compliant
    pages)."""
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
class ImageAuditingRequest(Model):
    """Body of a batch image moderation request.

    The root element `<Request>` of a document.
    """

    input: list[ImageInput]
    """The images, one `Input` each (at most 100 a request)."""
    conf: ImageConf
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageAuditingResponse(Model):
    """Answer to a batch image moderation request.

    The root element `<Response>` of a document.
    """

    jobs_detail: list[ImageJobResult]
    """One entry per `Input` (match them by `DataId`)."""
    request_id: str | None = None
    """Id CI gave the request."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageAuditingResultResponse(Model):
    """Answer to an image job query.

    The root element `<Response>` of a document.
    """

    jobs_detail: ImageJobResult
    request_id: str | None = None
    """Id CI gave the request."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageCallbackDetail(Model):
    """The Detail callback body."""

    event_name: str
    """The event: `ReviewImage`."""
    jobs_detail: ImageJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageCallbackSimple(Model):
    """The Simple callback body. `code` 0 means the moderation succeeded."""

    code: int | None = None
    """0 when the moderation succeeded; otherwise CI's error code."""
    message: str | None = None
    """What happened."""
    data: ImageCallbackSimpleData
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageCallbackSimpleData(Model):
    """The verdict in the Simple callback (snake_case keys, as CI sends them)."""

    event: str
    """The event: `ReviewImage`."""
    trace_id: str
    """Unique id of the moderation (the job id)."""
    url: str | None = None
    """Full URL of the image moderated."""
    result: ModerationResult | int | None = None
    forbidden_status: ForbidState | int | None = None
    porn_info: SimpleModerationInfo | None = None
    ads_info: SimpleModerationInfo | None = None
    quality_info: SimpleModerationInfo | None = None
    data_id: str | None = None
    """The DataId you sent (newest CN docs only)."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageConf(Model):
    """Moderation rules for every image of the request. Everything is optional: an empty `Conf`
    uses the bucket's default policy and answers synchronously."""

    biz_type: str | None = None
    """Id of a moderation policy configured in the console."""
    detect_type: list[DetectType | str] = field(default_factory=list)
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI's
    current docs drop it in favour of `BizType` policies; it is still sent if set."""
    async_: ImageAsync | int | None = None
    callback: str | None = None
    """http(s) URL CI posts each verdict to (the Detail form), when `Async` is 1. CI documents no
    length limit; 2048 characters is this client's bound."""
    freeze: Freeze | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageInput(Model):
    """One image: exactly one of `Object`, `Url` and `Content` (CI would use only one, in the
    order Content, Object, Url, and ignore the others silently)."""

    data_id: str | None = None
    """Your business id for the image, echoed in its `JobsDetail` and callback."""
    object: str | None = None
    """Key of the image in the bucket, e.g. `test/image.jpg` (read over the private network; COS
    keys are at most 850 bytes)."""
    url: str | None = None
    """Public http(s) URL of the image (fetching it causes public traffic at its origin). CI
    documents no length limit; 2048 characters is this client's bound."""
    content: str | bytes | None = None
    """The image itself; pass `bytes`, the client base64-encodes it. CI documents a 32 MB image
    limit but no limit on the encoded element or the request body."""
    interval: int | None = None
    """GIF only: take every Nth frame, starting with the first (CI's default 5). What 0 means is
    not documented."""
    max_frames: int | None = None
    """GIF only: the most frames to moderate, at least 1 (CI's default 5)."""
    large_image_detect: ImageLargeImageDetect | int | None = None
    user_info: UserInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageJobResult(Model):
    """One image job: its state and, once `State` is `Success`, its verdict (`Result`, `Label`,
    the `*Info` blocks). In a batch answer an image CI refused has only `Code`, `Message` and
    `DataId` (no `JobId`); a `Submitted` job has only its ids."""

    code: str | None = None
    """CI's error code when this image failed (e.g. `InvalidArgument`, or a negative number);
    `Success` or absent otherwise."""
    message: str | None = None
    """What went wrong for this image."""
    data_id: str | None = None
    """The DataId you sent."""
    job_id: str | None = None
    """Id of the job (absent when CI refused the image)."""
    state: JobState | str | None = None
    creation_time: datetime | None = None
    """When the job was created."""
    compression_result: ImageCompressionResult | int | None = None
    object: str | None = None
    """The object key you sent."""
    url: str | None = None
    """The URL you sent."""
    label: str | None = None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    result: ModerationResult | int | None = None
    score: int | None = None
    """Confidence in `Label`, 0–100."""
    category: str | None = None
    """The category within `Label`, e.g. `Sexy` within `Porn`."""
    sub_label: str | None = None
    """The finer label within `Label`, e.g. `SexBehavior`."""
    text: str | None = None
    """Text recognised in the image (when the policy enables OCR)."""
    porn_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    quality_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorism_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorist_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    teenager_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    user_info: UserInfo | None = None
    list_info: ListInfo | None = None
    forbid_state: ForbidState | int | None = None
    bucket_id: str | None = None
    """The bucket the image is in (in callbacks)."""
    region: str | None = None
    """The bucket's region (in callbacks)."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ImageRecognitionResult(Model):
    """Answer to a single-image moderation. Synchronous (`async` 0): the verdict, `State`
    `Success`. Asynchronous (`async` 1): only `JobId` (and `State` `Submitted`, `DataId`,
    `Object` or `Url`); the verdict comes later.

    The root element `<RecognitionResult>` of a document.
    """

    job_id: str | None = None
    """Id of the moderation job; use it with GetImageAuditingJob."""
    state: JobState | str | None = None
    data_id: str | None = None
    """The `dataid` you sent."""
    object: str | None = None
    """The object key moderated."""
    url: str | None = None
    """The `detect-url` moderated."""
    compression_result: ImageCompressionResult | int | None = None
    result: ModerationResult | int | None = None
    label: str | None = None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    category: str | None = None
    """The category within `Label`, e.g. `Sexy` within `Porn`."""
    sub_label: str | None = None
    """The finer label within `Label`, e.g. `SexBehavior`."""
    score: int | None = None
    """Confidence in `Label`, 0–100."""
    text: str | None = None
    """Text recognised in the image (when the policy enables OCR)."""
    porn_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    quality_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorism_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorist_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    teenager_info: ModerationInfo | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    forbid_state: ForbidState | int | None = None
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
    image_id: str | None = None
    """Id of the library image the snapshot matched."""
    score: int | None = None
    """Confidence, 0–100, that the image matches the library sample."""
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
class LiveAuditingRequest(Model):
    """Body of a live-stream moderation submit; `Type` is always `live_video`.

    The root element `<Request>` of a document.
    """

    type: LiveAuditingType | str = LiveAuditingType.LIVE_VIDEO
    input: LiveInput
    conf: LiveConf
    storage_conf: LiveStorageConf | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class LiveConf(Model):
    """Moderation rules for a live stream. `BizType` is required for live jobs."""

    callback: str | None = None
    """http(s) URL CI posts results to while the stream is moderated. CI documents no length
    limit; 2048 characters is this client's bound."""
    biz_type: str
    """Id of a moderation policy configured in the console (required for live jobs)."""
    callback_version: CallbackVersion | str | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    callback_type: CallbackType | int | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class LiveInput(Model):
    """The live stream to moderate."""

    url: str
    """URL of the stream, e.g. `rtmp://example.com/live/123`. CI documents RTMP, HLS, HTTP and
    HTTPS streams; the pattern only asks for `scheme://host…`. CI documents no length limit;
    2048 characters is this client's bound."""
    data_id: str | None = None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None = None
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
class LiveStorageConf(Model):
    """Where CI saves the stream in the bucket: `Path/{JobId}.m3u8` and
    `Path/{JobId}-{yyyyMMddHHmmssSSS}.ts`."""

    path: str | None = None
    """Folder (key prefix) in the bucket for the saved stream. CI documents no limit; 800 bytes
    is this client's bound, leaving room for the file names CI appends within COS's 850-byte
    keys."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class Location(Model):
    """A box in the image, in pixels. CI types every member Float; they are decimal strings here
    because this spec has no number type (see the notes)."""

    x: float | None = None
    """X of the box's top-left corner."""
    y: float | None = None
    """Y of the box's top-left corner."""
    width: float | None = None
    """Width of the box."""
    height: float | None = None
    """Height of the box."""
    rotate: float | None = None
    """Rotation of the box, 0–360 degrees counter-clockwise."""
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
    count: int | None = None
    """How many snapshots hit this category (job level of a video or live job)."""
    ocr_results: list[OcrResult] = field(default_factory=list)
    """Text found in the image that hit the category, with where it is."""
    object_results: list[ObjectResult] = field(default_factory=list)
    """Objects (e.g. a person's name, a logo) recognised in the image, with where they are."""
    code: str | None = None
    """A per-category status code. CI's text-query skeleton (1534/64485) shows an empty `<Code>`
    in section blocks without describing it; the Go SDK reads an integer. Kept as text so that
    any value reads."""
    msg: str | None = None
    """A per-category status message (Go SDK `RecognitionInfo.Msg`; no doc describes it). Not
    documented by CI for this operation (seen in official SDKs)."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class ObjectResult(Model):
    """An object recognised in an image and where it is."""

    name: str | None = None
    """What was recognised, e.g. a person's name."""
    location: Location | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class OcrResult(Model):
    """Text recognised in an image, the words that hit, and where the text is."""

    text: str | None = None
    """The recognised text."""
    keywords: list[str] = field(default_factory=list)
    """The words that hit the category."""
    location: Location | None = None
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
class StrategyCreateRequest(Model):
    """A new policy: its name and what it checks. Give `Labels`, `TextLibs` or both (CI needs at
    least one).

    The root element `<Request>` of a document.
    """

    name: str
    """Name of the policy: Chinese characters, letters, digits and `_`, at most 30 characters.
    `default` is reserved by CI and refused."""
    labels: StrategyLabels | None = None
    text_libs: list[str] = field(default_factory=list)
    """Ids (`LibID`) of the custom text libraries the policy also matches against."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyCreateResponse(Model):
    """Answer to a policy create.

    The root element `<Response>` of a document.
    """

    biz_type: str
    """Id of the new policy: pass it as `Conf.BizType` when you submit a job."""
    request_id: str | None = None
    """Id of the request."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyDetail(Model):
    """A policy with what it checks."""

    name: str | None = None
    """Name of the policy."""
    service: StrategyService | str | None = None
    biz_type: str | None = None
    """Id of the policy."""
    text_libs: list[str] = field(default_factory=list)
    """Ids of the custom text libraries the policy uses."""
    labels: StrategyLabels | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyDetailResponse(Model):
    """Answer to a policy query.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
    """Id of the request."""
    strategy: StrategyDetail
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyLabelSet(Model):
    """The sub-labels switched on under each top-level label (one element per sub-label). The
    valid sub-labels differ for images, text and audio; CI refuses one that does not apply."""

    porn: list[str] = field(default_factory=list)
    """Porn sub-labels. Image: `ObsceneBehaviour`, `Sexuality`, `SexProducts`, `Sexy`, `OcrText`.
    Text: `Pornography`, `PornographyObscene`. Audio: `Pornography`, `PornographyObscene`,
    `Moan`."""
    politics: list[str] = field(default_factory=list)
    """Politics sub-labels. Image: `PositiveCharacter`, `NegativeFigure`, `ForeignLeaders`,
    `Underdog`, `Gallery`, `PositiveFlagsLogos`, `NegativeFlagsLogos`, `ChinaMap`, `Building`,
    `SpecialItems`, `OcrText`. Text and audio: `NegativeContent`, `PositiveContent`."""
    terrorism: list[str] = field(default_factory=list)
    """Terrorism sub-labels. Image: `SpecialDress`, `Uniforms`, `Firearms`, `LargeWeapons`,
    `ColdWeapons`, `CrowdGathering`, `BloodyScenes`, `FireExplosion`, `TerrorismActs`,
    `Delinquenent` (CI's spelling), `Illegal`, `Contraband`, `NonMainstream`, `OcrText`. Text:
    `SeriousTerrorism`, `TerrorismObjects`. Audio: `SeriousTerrorism`, `TerrorismObjects`
    (CI's table also lists `Illegal` and `Abuse` there)."""
    ads: list[str] = field(default_factory=list)
    """Advertising sub-labels. Image: `QRCode`, `LOGO`, `OcrText`. Text and audio:
    `AdvertisingPractices`."""
    abuse: list[str] = field(default_factory=list)
    """Abuse sub-labels. Text: `MildAbuse`, `AbuseSeverely`. CI's tables list none for images or
    audio."""
    illegal: list[str] = field(default_factory=list)
    """Illegal-content sub-labels. Text: `Illegal`. CI's tables list none for images (their
    `Illegal`, `Contraband`, `NonMainstream` sit under `Terrorism`) or audio."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyLabels(Model):
    """The labels a policy checks, per kind of content in the job. Leaving `Labels` out checks no
    label. `Image` applies to Image, Video, Document and Html policies; `Text` to Text and
    Html; `Audio` to Audio and Video."""

    image: StrategyLabelSet | None = None
    text: StrategyLabelSet | None = None
    audio: StrategyLabelSet | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyListResponse(Model):
    """One page of policies.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
    """Id of the request."""
    total_count: int | None = None
    """How many policies match in all (not only on this page)."""
    strategies: list[StrategySummary] = field(default_factory=list)
    """The policies on this page."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategySummary(Model):
    """A policy in a list."""

    name: str | None = None
    """Name of the policy."""
    service: StrategyService | str | None = None
    biz_type: str | None = None
    """Id of the policy."""
    is_default: bool | None = None
    """Whether this is the preset default policy CI made for the service."""
    create_time: str | None = None
    """When the policy was created. CI documents no format for this field, so it is kept as CI's
    text."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyUpdateRequest(Model):
    """The policy's new labels and text libraries. They replace the old ones: what you leave out
    is switched off. Give `Labels`, `TextLibs` or both.

    The root element `<Request>` of a document.
    """

    labels: StrategyLabels | None = None
    text_libs: list[str] = field(default_factory=list)
    """Ids (`LibID`) of the custom text libraries the policy matches against."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class StrategyUpdateResponse(Model):
    """Answer to a policy update.

    The root element `<Response>` of a document.
    """

    biz_type: str
    """Id of the updated policy (the one in the path)."""
    request_id: str | None = None
    """Id of the request."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextAuditingRequest(Model):
    """Body of a text moderation submit.

    The root element `<Request>` of a document.
    """

    input: TextInput
    conf: TextConf
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextAuditingResponse(Model):
    """Answer to a text submit (a created job, or for `Content` the finished verdict) and to a
    text result query.

    The root element `<Response>` of a document.
    """

    jobs_detail: TextJobResult
    request_id: str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextCallbackDetail(Model):
    """The Detail text callback body."""

    event_name: str
    """The event: `ReviewText`."""
    jobs_detail: TextJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextCallbackSimple(Model):
    """The Simple text callback body. `code` 0 means the job succeeded."""

    code: int | None = None
    """0 when the job succeeded; otherwise CI's error code."""
    message: str | None = None
    """What happened."""
    data: TextCallbackSimpleData
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextCallbackSimpleData(Model):
    """The verdict in the Simple text callback (snake_case keys, as CI sends them)."""

    event: str
    """The event: `ReviewText`."""
    trace_id: str
    """The job id."""
    url: str | None = None
    """Full URL of the moderated text file."""
    result: ModerationResult | int | None = None
    forbidden_status: ForbidState | int | None = None
    porn_info: TextSimpleModerationInfo | None = None
    ads_info: TextSimpleModerationInfo | None = None
    abuse_info: TextSimpleModerationInfo | None = None
    illegal_info: TextSimpleModerationInfo | None = None
    data_id: str | None = None
    """The DataId you sent."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextConf(Model):
    """Moderation rules. Everything is optional: an empty `Conf` uses the bucket's default
    moderation policy."""

    detect_type: list[DetectType | str] = field(default_factory=list)
    """Deprecated by CI. Categories to check, sent as one comma-joined element
    (`Porn,Ads,Illegal,Abuse`). CI says it is no longer maintained; use `BizType`."""
    callback: str | None = None
    """http(s) URL CI posts the result of an `Object`/`Url` job to; ignored for `Content`. CI
    documents no length limit; 2048 characters is this client's bound."""
    biz_type: str | None = None
    """Id of a moderation policy configured in the console; without it the default policy
    applies."""
    callback_version: CallbackVersion | str | None = None
    callback_type: CallbackType | int | None = None
    freeze: Freeze | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextInput(Model):
    """The text to moderate: exactly one of `Content` (answered at once), `Object` or `Url`
    (answered by a job)."""

    object: str | None = None
    """Key of a text file in the bucket (UTF-8 or GBK, at most 1 MB). COS keys are at most 850
    bytes."""
    content: str | bytes | None = None
    """The text itself; pass `str` (sent as UTF-8) or `bytes`, the client base64-encodes it. CI
    limits the text before encoding to 10,000 UTF-8 characters (characters, not bytes) and
    answers an error beyond that; CI states no byte limit. 40,000 bytes (10,000 characters of
    at most 4 bytes) is this client's guard on the unencoded bytes, never stricter than CI;
    longer texts are refused by CI, not here. Only UTF-8 text is accepted. The verdict comes
    back in this call's answer."""
    url: str | None = None
    """Public http(s) URL of a text file (UTF-8 or GBK, at most 1 MB). CI documents no length
    limit; 2048 characters is this client's bound."""
    data_id: str | None = None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextJobResult(Model):
    """A text job and its verdict. `Label`, `Result`, the `*Info` blocks and `Section` are there
    once `State` is `Success`; a `Failed` job has `Code` and `Message` instead. A just-created
    job has only `DataId`, `JobId`, `State` and `CreationTime`."""

    code: str | None = None
    """`Success`, or CI's error code for a failed job."""
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
    content: str | bytes | None = None
    """The text you sent inline (`Content` jobs), decoded (`str` when it is UTF-8, else `bytes`)."""
    section_count: int | None = None
    """How many sections CI split the text into (10,000 UTF-8 characters each); always 1 for
    inline `Content`."""
    label: str | None = None
    """The most severe label found: `Normal`, `Porn`, `Ads`, `Illegal`, `Abuse`, … (CI adds
    labels over time)."""
    result: ModerationResult | int | None = None
    porn_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    illegal_info: ModerationInfo | None = None
    abuse_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    section: list[TextSection] = field(default_factory=list)
    """Each section of the text and its verdict (with `CallbackType` 2, callbacks carry only the
    non-compliant ones)."""
    user_info: UserInfo | None = None
    list_info: ListInfo | None = None
    bucket_id: str | None = None
    """The bucket the text is in (Detail callback)."""
    region: str | None = None
    """The bucket's region (Detail callback)."""
    forbid_state: ForbidState | int | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibCreateRequest(Model):
    """A new custom text library.

    The root element `<Request>` of a document.
    """

    lib_name: str
    """Name of the library: Chinese characters, letters, digits and `_`, at most 32 characters."""
    suggestion: TextLibSuggestion | str | None = None
    match_type: TextLibMatchType | str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibCreateResponse(Model):
    """Answer to a library create.

    The root element `<Response>` of a document.
    """

    lib_id: str
    """Id of the new library; list it in a policy's `TextLibs`."""
    request_id: str | None = None
    """Id of the request."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibDeleteResponse(Model):
    """Answer to a library delete.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
    """Id of the request."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibInfo(Model):
    """A custom text library."""

    lib_id: str | None = None
    """Id of the library."""
    lib_name: str | None = None
    """Name of the library."""
    suggestion: TextLibSuggestion | str | None = None
    strategies: list[TextLibStrategyRef] = field(default_factory=list)
    """The policies that use the library; absent when none does."""
    match_type: TextLibMatchType | str | None = None
    create_time: str | None = None
    """When the library was created. CI documents no format for this field, so it is kept as CI's
    text."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeyword(Model):
    """A word to add to a library."""

    content: str
    """The word or phrase, at most 20 characters."""
    label: TextLibKeywordLabel | str
    remark: str | None = None
    """A note for yourself, at most 100 characters."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordAddRequest(Model):
    """Words to add to a library.

    The root element `<Request>` of a document.
    """

    keywords: list[TextLibKeyword]
    """The words, one element each. CI documents no per-call limit."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordAddResponse(Model):
    """Answer to a keyword add, one result per word.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
    """Id of the request."""
    results: list[TextLibKeywordAddResult] = field(default_factory=list)
    """One entry per word sent."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordAddResult(Model):
    """What happened to one word of an add."""

    code: TextLibKeywordResultCode | str | None = None
    err_msg: str | None = None
    """Why the word was not added (when `Code` is `Failed`)."""
    keyword_id: str | None = None
    """Id of the added word; deleting it needs this id."""
    content: str | None = None
    """The word, as sent."""
    label: TextLibKeywordLabel | str | None = None
    remark: str | None = None
    """The note, as sent."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordDeleteRequest(Model):
    """Ids of the words to delete.

    The root element `<Request>` of a document.
    """

    keyword_ids: list[str]
    """The ids (`KeywordID`), one element each. CI documents no per-call limit."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordDeleteResponse(Model):
    """Answer to a keyword delete, one result per id.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
    """Id of the request."""
    results: list[TextLibKeywordDeleteResult] = field(default_factory=list)
    """One entry per id sent."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordDeleteResult(Model):
    """What happened to one id of a delete."""

    code: TextLibKeywordResultCode | str | None = None
    err_msg: str | None = None
    """Why the word was not deleted (when `Code` is `Failed`)."""
    keyword_id: str | None = None
    """The id, as sent."""
    content: str | None = None
    """The deleted word."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordInfo(Model):
    """A word of a library."""

    keyword_id: str | None = None
    """Id of the word."""
    content: str | None = None
    """The word or phrase."""
    label: TextLibKeywordLabel | str | None = None
    remark: str | None = None
    """The note given when it was added."""
    create_time: str | None = None
    """When the word was added. CI documents no format for this field, so it is kept as CI's
    text."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibKeywordListResponse(Model):
    """One page of a library's keywords.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
    """Id of the request."""
    total_count: int | None = None
    """How many keywords match in all (not only on this page)."""
    keywords: list[TextLibKeywordInfo] = field(default_factory=list)
    """The keywords on this page."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibListResponse(Model):
    """One page of custom text libraries.

    The root element `<Response>` of a document.
    """

    request_id: str | None = None
    """Id of the request."""
    total_count: int | None = None
    """How many libraries match in all (not only on this page)."""
    libs: list[TextLibInfo] = field(default_factory=list)
    """The libraries on this page."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibStrategyRef(Model):
    """A policy that uses a library."""

    bucket: str | None = None
    """The bucket the policy belongs to."""
    service: StrategyService | str | None = None
    biz_type: str | None = None
    """Id of the policy."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibUpdateRequest(Model):
    """The library's new name, suggestion or both.

    The root element `<Request>` of a document.
    """

    lib_name: str | None = None
    """New name: Chinese characters, letters, digits and `_`, at most 32 characters."""
    suggestion: TextLibSuggestion | str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextLibUpdateResponse(Model):
    """Answer to a library update.

    The root element `<Response>` of a document.
    """

    lib_id: str
    """Id of the updated library (the one in the path)."""
    request_id: str | None = None
    """Id of the request."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextModerationInfo(Model):
    """The verdict for one category in a text section (or a webpage's text). As `ModerationInfo`,
    except that CI sends `Keywords` as one element of comma-joined words
    (`<Keywords>a,b</Keywords>`, `"Keywords": "a,b"`), read here as a list."""

    hit_flag: HitFlag | int | None = None
    score: int | None = None
    """Confidence, 0–100: the higher, the more likely the category applies."""
    label: str | None = None
    """The label within the category."""
    sub_label: str | None = None
    """A finer label."""
    category: str | None = None
    """The category CI matched."""
    count: int | None = None
    """How many times the category was hit in the section."""
    keywords: list[str] = field(default_factory=list)
    """The words that matched."""
    lib_results: list[LibResult] = field(default_factory=list)
    """Keyword libraries that matched."""
    code: str | None = None
    """A per-category status code (CI shows it empty and does not describe it)."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextSection(Model):
    """One section of the text and its verdict."""

    start_byte: int | None = None
    """Where the section starts in the text, counted from 0 in UTF-8 characters despite the name
    (10 = the 11th character)."""
    label: str | None = None
    """The section's most severe label."""
    result: ModerationResult | int | None = None
    porn_info: TextModerationInfo | None = None
    ads_info: TextModerationInfo | None = None
    illegal_info: TextModerationInfo | None = None
    abuse_info: TextModerationInfo | None = None
    politics_info: TextModerationInfo | None = None
    terrorism_info: TextModerationInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class TextSimpleModerationInfo(Model):
    """One category's verdict in the Simple text callback (a count of sections, no score)."""

    hit_flag: HitFlag | int | None = None
    label: str | None = None
    """The keyword that hit (CI's description)."""
    count: int | None = None
    """How many sections of the text hit this category."""
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


@dataclass(slots=True, kw_only=True, repr=False)
class VideoAuditingRequest(Model):
    """Body of a video moderation submit.

    The root element `<Request>` of a document.
    """

    input: VideoInput
    conf: VideoConf
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoAuditingResponse(Model):
    """Answer to a video or live-stream moderation submit.

    The root element `<Response>` of a document.
    """

    jobs_detail: VideoJobDetail
    request_id: str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoAuditingResultResponse(Model):
    """Answer to a video or live-stream result query.

    The root element `<Response>` of a document.
    """

    jobs_detail: VideoJobResult
    request_id: str | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoCallbackDetail(Model):
    """The Detail callback body of a video or live job."""

    event_name: str
    """The event: `ReviewVideo` (for live jobs too)."""
    jobs_detail: VideoJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoCallbackSimple(Model):
    """The Simple callback body of a video or live job. `code` 0 means the job succeeded."""

    code: int | None = None
    """0 when the job succeeded; otherwise CI's error code."""
    message: str | None = None
    """What happened."""
    data: VideoCallbackSimpleData
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoCallbackSimpleData(Model):
    """The verdict in the Simple callback (snake_case keys, as CI sends them)."""

    event: str
    """The event: `ReviewVideo` (for live jobs too)."""
    trace_id: str
    """The job id."""
    url: str | None = None
    """The video's URL, or the live stream's URL (e.g. `rtmp://…`)."""
    result: ModerationResult | int | None = None
    forbidden_status: ForbidState | int | None = None
    porn_info: VideoSimpleModerationInfo | None = None
    ads_info: VideoSimpleModerationInfo | None = None
    data_id: str | None = None
    """The DataId you sent."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoConf(Model):
    """Moderation rules. `Snapshot` is required (CI's docs mark it so); everything else is
    optional, and without `BizType` the bucket's default moderation policy is used."""

    detect_type: list[DetectType | str] = field(default_factory=list)
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI's
    current docs drop it in favour of `BizType` policies; it is still sent if set."""
    snapshot: VideoSnapshotConf
    callback: str | None = None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None = None
    """Id of a moderation policy configured in the console (32 hex digits in CI's examples)."""
    callback_version: CallbackVersion | str | None = None
    callback_type: CallbackType | int | None = None
    detect_content: VideoDetectContent | int | None = None
    freeze: Freeze | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoInput(Model):
    """The video to moderate. Exactly one of `Object` and `Url`."""

    object: str | None = None
    """Key of the video object in the bucket, e.g. `test/video.mp4` (COS keys are at most 850
    bytes)."""
    url: str | None = None
    """Public http(s) URL of the video. CI documents no length limit; 2048 characters is this
    client's bound."""
    data_id: str | None = None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoJobDetail(Model):
    """The job as CI sees it right after the submit."""

    data_id: str | None = None
    """The DataId you sent."""
    job_id: str
    """Id of the new job (live jobs start with `av` in CI's examples)."""
    state: VideoJobState | str | None = None
    creation_time: datetime | None = None
    """When the job was created."""
    object: str | None = None
    """The object key you sent (the Go SDK reads it; the docs do not list it)."""
    url: str | None = None
    """The URL you sent (the Go SDK reads it; the docs do not list it)."""
    code: str | None = None
    """Error code when the job failed (not in the submit docs)."""
    message: str | None = None
    """Error message when the job failed (not in the submit docs)."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoJobResult(Model):
    """A video or live job and its verdict so far. `Label`, `Result`, the `*Info` blocks,
    `Snapshot` and `AudioSection` are there once moderation has produced them; a `Failed` job
    has `Code` and `Message` instead."""

    code: str | None = None
    """`Success`, or CI's error code for a failed job (may be a negative number, e.g. `-6101`)."""
    message: str | None = None
    """What went wrong, for a failed job."""
    data_id: str | None = None
    """The DataId you sent."""
    job_id: str
    """Id of the job."""
    state: VideoJobState | str | None = None
    creation_time: datetime | None = None
    """When the job was created."""
    object: str | None = None
    """The object key you sent."""
    url: str | None = None
    """The URL you sent: a video's http(s) URL, or a live stream's URL (e.g. `rtmp://…`)."""
    type: str | None = None
    """`live_video` for a live-stream job; CI documents no value for a video job."""
    snapshot_count: int | None = None
    """How many snapshots were moderated. In a live job's callback while it is `Auditing`, how
    many this callback carries."""
    result: ModerationResult | int | None = None
    label: str | None = None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    sub_label: str | None = None
    """A finer label within `Label` (the Go SDK reads it; the video docs do not list it)."""
    porn_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    teenager_info: ModerationInfo | None = None
    abuse_info: ModerationInfo | None = None
    illegal_info: ModerationInfo | None = None
    meaningless_info: ModerationInfo | None = None
    snapshot: list[VideoSnapshot] = field(default_factory=list)
    """The moderated snapshots (all, or with `CallbackType` 2 in a callback only the non-
    compliant ones)."""
    audio_section: list[AudioSection] = field(default_factory=list)
    """The moderated sections of the sound; absent when no sound was moderated. For a live job,
    `OffsetTime` is a Unix timestamp in milliseconds."""
    bucket_id: str | None = None
    """The bucket the job belongs to."""
    region: str | None = None
    """The bucket's region."""
    forbid_state: ForbidState | int | None = None
    user_info: UserInfo | None = None
    list_info: ListInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoSimpleModerationInfo(Model):
    """One category's verdict in a video Simple callback (it counts snapshots instead of
    scoring)."""

    hit_flag: HitFlag | int | None = None
    label: str | None = None
    """The label; CI's docs say it is currently always empty."""
    count: int | None = None
    """How many snapshots hit the category."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoSnapshot(Model):
    """One snapshot of the video or stream and its verdict."""

    url: str | None = None
    """URL of the snapshot image (valid for 2 hours; query again for a fresh one)."""
    text: str | None = None
    """Text recognised in the snapshot (OCR), when the policy checks text."""
    snapshot_time: int | None = None
    """Where the snapshot is, in milliseconds from the start of the video; for a live job, the
    Unix time of the snapshot in milliseconds (e.g. `1649387157000`)."""
    label: str | None = None
    """The snapshot's most severe label."""
    result: ModerationResult | int | None = None
    porn_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    teenager_info: ModerationInfo | None = None
    abuse_info: ModerationInfo | None = None
    illegal_info: ModerationInfo | None = None
    meaningless_info: ModerationInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class VideoSnapshotConf(Model):
    """How CI takes the snapshots it moderates as images (snapshots are billed). `Count` is
    required."""

    mode: VideoSnapshotMode | str | None = None
    time_interval: float | None = None
    """Seconds between snapshots (`Interval` mode) or snapshots per second (`Fps` mode), greater
    than 0 and at most 60, with up to 3 decimals, e.g. `50` or `0.5`."""
    count: int
    """How many snapshots to take at most, 1 to 10000."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageAuditingRequest(Model):
    """Body of a webpage moderation submit.

    The root element `<Request>` of a document.
    """

    input: WebpageInput
    conf: WebpageConf
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageAuditingResponse(Model):
    """Answer to a webpage submit (the created job) and to a webpage result query.

    The root element `<Response>` of a document.
    """

    jobs_detail: WebpageJobResult
    request_id: str | None = None
    """Id of the request; the documented result skeleton leaves it out, so it may be absent."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageCallbackDetail(Model):
    """The webpage callback body, read when CI sends `X-Ci-Content-Version` Detail (same shape)."""

    event_name: str
    """The event: `ReviewHtml`."""
    jobs_detail: WebpageJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageCallbackSimple(Model):
    """The webpage callback body, read when CI sends no version header (see
    WebpageCallbackDetail)."""

    event_name: str
    """The event: `ReviewHtml`."""
    jobs_detail: WebpageJobResult
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageConf(Model):
    """Moderation rules. Everything is optional: an empty `Conf` uses the bucket's default
    moderation policy."""

    detect_type: list[DetectType | str] = field(default_factory=list)
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI
    says it is no longer maintained; use `BizType`."""
    callback: str | None = None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None = None
    """Id of a moderation policy configured in the console; without it the default policy
    applies."""
    return_highlight_html: bool | None = None
    """Ask for `HighlightHtml` (the page with its non-compliant text highlighted) in the result
    and the callback. Sent as `true`/`false`."""
    callback_type: CallbackType | int | None = None
    """Not documented by CI for this operation (seen in official SDKs)."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageImageResult(Model):
    """One image of the page and its verdict."""

    url: str | None = None
    """URL of the image on the page."""
    text: str | None = None
    """The image's OCR text; only when text detection is on in the moderation policy."""
    label: str | None = None
    """The image's most severe label."""
    suggestion: ModerationResult | int | None = None
    porn_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageImageResults(Model):
    """The verdicts of the page's images."""

    results: list[WebpageImageResult] = field(default_factory=list)
    """One entry per image of the page."""
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageInput(Model):
    """The webpage to moderate."""

    url: str
    """Full http(s) URL of the webpage, e.g. `http://www.test.com`. CI documents no length limit;
    2048 characters is this client's bound."""
    data_id: str | None = None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageJobResult(Model):
    """A webpage job and its verdict. `Label`, `Suggestion`, `Labels`, `ImageResults` and
    `TextResults` are there once `State` is `Success`; a `Failed` job has `Code` and `Message`
    instead. A just-created job has only `JobId`, `State`, `CreationTime` and `Url`."""

    code: str | None = None
    """`Success`, or CI's error code for a failed job."""
    message: str | None = None
    """What went wrong, for a failed job."""
    data_id: str | None = None
    """The DataId you sent."""
    job_id: str
    """Id of the job."""
    state: JobState | str | None = None
    creation_time: datetime | None = None
    """When the job was created."""
    url: str | None = None
    """The webpage URL you sent."""
    page_count: int | None = None
    """How many image links and text sections of the page CI moderated."""
    label: str | None = None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    suggestion: ModerationResult | int | None = None
    labels: WebpageLabels | None = None
    image_results: WebpageImageResults | None = None
    text_results: WebpageTextResults | None = None
    highlight_html: str | None = None
    """The page's HTML with its non-compliant words highlighted; only when the job asked for it
    with `ReturnHighlightHtml`. (CI's tables call it HTML content; one SDK comment calls it a
    link.)"""
    user_info: UserInfo | None = None
    list_info: ListInfo | None = None
    bucket_id: str | None = None
    """The bucket of the job (callback)."""
    region: str | None = None
    """The bucket's region (callback)."""
    forbid_state: ForbidState | int | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageLabels(Model):
    """The whole page's verdict per category (`HitFlag`, `Score`)."""

    porn_info: ModerationInfo | None = None
    ads_info: ModerationInfo | None = None
    politics_info: ModerationInfo | None = None
    terrorism_info: ModerationInfo | None = None
    illegal_info: ModerationInfo | None = None
    abuse_info: ModerationInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageTextResult(Model):
    """One text section of the page and its verdict."""

    text: str | None = None
    """The section's text."""
    label: str | None = None
    """The section's most severe label."""
    suggestion: ModerationResult | int | None = None
    porn_info: TextModerationInfo | None = None
    ads_info: TextModerationInfo | None = None
    politics_info: TextModerationInfo | None = None
    terrorism_info: TextModerationInfo | None = None
    illegal_info: TextModerationInfo | None = None
    abuse_info: TextModerationInfo | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)
    """Elements the spec does not describe, kept verbatim."""


@dataclass(slots=True, kw_only=True, repr=False)
class WebpageTextResults(Model):
    """The verdicts of the page's text."""

    results: list[WebpageTextResult] = field(default_factory=list)
    """One entry per text section (10,000 UTF-8 characters each)."""
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
DocumentAuditingRequest.__ci_shape__ = ShapeSpec(
    DocumentAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, DocumentInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, DocumentConf, required=True),
    ),
)
DocumentAuditingResponse.__ci_shape__ = ShapeSpec(
    DocumentAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, DocumentJobResult, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
DocumentCallbackDetail.__ci_shape__ = ShapeSpec(
    DocumentCallbackDetail,
    "DocumentCallbackDetail",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, DocumentJobResult, required=True),
    ),
)
DocumentCallbackSimple.__ci_shape__ = ShapeSpec(
    DocumentCallbackSimple,
    "DocumentCallbackSimple",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, DocumentJobResult, required=True),
    ),
)
DocumentConf.__ci_shape__ = ShapeSpec(
    DocumentConf,
    "DocumentConf",
    (
        FieldSpec(
            "DetectType", "detect_type", ENUM, DetectType, is_list=True, comma=True, min_items=1
        ),
        FieldSpec("Callback", "callback", STRING, max_length=2048, url=True),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("CallbackType", "callback_type", ENUM, CallbackType),
        FieldSpec("Freeze", "freeze", SHAPE, Freeze),
    ),
)
DocumentInput.__ci_shape__ = ShapeSpec(
    DocumentInput,
    "DocumentInput",
    (
        FieldSpec("Object", "object", STRING, max_bytes=850, min_length=1),
        FieldSpec("Url", "url", STRING, max_length=2048, url=True),
        FieldSpec("Type", "type", STRING, min_length=1),
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
    ),
    one_of=(("object", "url"),),
)
DocumentJobResult.__ci_shape__ = ShapeSpec(
    DocumentJobResult,
    "DocumentJobResult",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("PageCount", "page_count", INTEGER, minimum=0),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("Labels", "labels", SHAPE, DocumentLabels),
        FieldSpec("PageSegment", "page_segment", SHAPE, DocumentPageSegment),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
        FieldSpec("ListInfo", "list_info", SHAPE, ListInfo),
        FieldSpec("BucketId", "bucket_id", STRING),
        FieldSpec("Region", "region", STRING),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
    ),
)
DocumentLabels.__ci_shape__ = ShapeSpec(
    DocumentLabels,
    "DocumentLabels",
    (
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
    ),
)
DocumentPageResult.__ci_shape__ = ShapeSpec(
    DocumentPageResult,
    "DocumentPageResult",
    (
        FieldSpec("Url", "url", STRING),
        FieldSpec("Text", "text", STRING),
        FieldSpec("PageNumber", "page_number", INTEGER, minimum=0),
        FieldSpec("SheetNumber", "sheet_number", INTEGER, minimum=0),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
    ),
)
DocumentPageSegment.__ci_shape__ = ShapeSpec(
    DocumentPageSegment,
    "DocumentPageSegment",
    (FieldSpec("Results", "results", SHAPE, DocumentPageResult, is_list=True),),
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
ImageAuditingRequest.__ci_shape__ = ShapeSpec(
    ImageAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, ImageInput, is_list=True, required=True, min_items=1),
        FieldSpec("Conf", "conf", SHAPE, ImageConf, required=True),
    ),
)
ImageAuditingResponse.__ci_shape__ = ShapeSpec(
    ImageAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, ImageJobResult, is_list=True, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
ImageAuditingResultResponse.__ci_shape__ = ShapeSpec(
    ImageAuditingResultResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, ImageJobResult, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
ImageCallbackDetail.__ci_shape__ = ShapeSpec(
    ImageCallbackDetail,
    "ImageCallbackDetail",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, ImageJobResult, required=True),
    ),
)
ImageCallbackSimple.__ci_shape__ = ShapeSpec(
    ImageCallbackSimple,
    "ImageCallbackSimple",
    (
        FieldSpec("code", "code", INTEGER),
        FieldSpec("message", "message", STRING),
        FieldSpec("data", "data", SHAPE, ImageCallbackSimpleData, required=True),
    ),
)
ImageCallbackSimpleData.__ci_shape__ = ShapeSpec(
    ImageCallbackSimpleData,
    "ImageCallbackSimpleData",
    (
        FieldSpec("event", "event", STRING, required=True),
        FieldSpec("trace_id", "trace_id", STRING, required=True),
        FieldSpec("url", "url", STRING),
        FieldSpec("result", "result", ENUM, ModerationResult),
        FieldSpec("forbidden_status", "forbidden_status", ENUM, ForbidState),
        FieldSpec("porn_info", "porn_info", SHAPE, SimpleModerationInfo),
        FieldSpec("ads_info", "ads_info", SHAPE, SimpleModerationInfo),
        FieldSpec("quality_info", "quality_info", SHAPE, SimpleModerationInfo),
        FieldSpec("data_id", "data_id", STRING),
    ),
)
ImageConf.__ci_shape__ = ShapeSpec(
    ImageConf,
    "ImageConf",
    (
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec(
            "DetectType", "detect_type", ENUM, DetectType, is_list=True, comma=True, min_items=1
        ),
        FieldSpec("Async", "async_", ENUM, ImageAsync),
        FieldSpec("Callback", "callback", STRING, max_length=2048, url=True),
        FieldSpec("Freeze", "freeze", SHAPE, Freeze),
    ),
)
ImageInput.__ci_shape__ = ShapeSpec(
    ImageInput,
    "ImageInput",
    (
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("Object", "object", STRING, max_bytes=850, min_length=1),
        FieldSpec("Url", "url", STRING, max_length=2048, url=True),
        FieldSpec("Content", "content", STRING, min_length=1, base64=True),
        FieldSpec("Interval", "interval", INTEGER, minimum=0),
        FieldSpec("MaxFrames", "max_frames", INTEGER, minimum=1),
        FieldSpec("LargeImageDetect", "large_image_detect", ENUM, ImageLargeImageDetect),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
    ),
    one_of=(("object", "url", "content"),),
)
ImageJobResult.__ci_shape__ = ShapeSpec(
    ImageJobResult,
    "ImageJobResult",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("CompressionResult", "compression_result", ENUM, ImageCompressionResult),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("Score", "score", INTEGER),
        FieldSpec("Category", "category", STRING),
        FieldSpec("SubLabel", "sub_label", STRING),
        FieldSpec("Text", "text", STRING),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("QualityInfo", "quality_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("TerroristInfo", "terrorist_info", SHAPE, ModerationInfo),
        FieldSpec("TeenagerInfo", "teenager_info", SHAPE, ModerationInfo),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
        FieldSpec("ListInfo", "list_info", SHAPE, ListInfo),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
        FieldSpec("BucketId", "bucket_id", STRING),
        FieldSpec("Region", "region", STRING),
    ),
)
ImageRecognitionResult.__ci_shape__ = ShapeSpec(
    ImageRecognitionResult,
    "RecognitionResult",
    (
        FieldSpec("JobId", "job_id", STRING),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("CompressionResult", "compression_result", ENUM, ImageCompressionResult),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Category", "category", STRING),
        FieldSpec("SubLabel", "sub_label", STRING),
        FieldSpec("Score", "score", INTEGER),
        FieldSpec("Text", "text", STRING),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("QualityInfo", "quality_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("TerroristInfo", "terrorist_info", SHAPE, ModerationInfo),
        FieldSpec("TeenagerInfo", "teenager_info", SHAPE, ModerationInfo),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
    ),
)
LibResult.__ci_shape__ = ShapeSpec(
    LibResult,
    "LibResult",
    (
        FieldSpec("LibType", "lib_type", ENUM, LibType),
        FieldSpec("LibName", "lib_name", STRING),
        FieldSpec("Keywords", "keywords", STRING, is_list=True),
        FieldSpec("ImageId", "image_id", STRING),
        FieldSpec("Score", "score", INTEGER),
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
LiveAuditingRequest.__ci_shape__ = ShapeSpec(
    LiveAuditingRequest,
    "Request",
    (
        FieldSpec("Type", "type", ENUM, LiveAuditingType, required=True),
        FieldSpec("Input", "input", SHAPE, LiveInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, LiveConf, required=True),
        FieldSpec("StorageConf", "storage_conf", SHAPE, LiveStorageConf),
    ),
)
LiveConf.__ci_shape__ = ShapeSpec(
    LiveConf,
    "LiveConf",
    (
        FieldSpec("Callback", "callback", STRING, max_length=2048, url=True),
        FieldSpec("BizType", "biz_type", STRING, required=True, min_length=1),
        FieldSpec("CallbackVersion", "callback_version", ENUM, CallbackVersion),
        FieldSpec("CallbackType", "callback_type", ENUM, CallbackType),
    ),
)
LiveInput.__ci_shape__ = ShapeSpec(
    LiveInput,
    "LiveInput",
    (
        FieldSpec(
            "Url",
            "url",
            STRING,
            required=True,
            min_length=1,
            max_length=2048,
            pattern="^[A-Za-z][A-Za-z0-9+.-]*://[^\\s/]+\\S*$",
        ),
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
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
LiveStorageConf.__ci_shape__ = ShapeSpec(
    LiveStorageConf,
    "LiveStorageConf",
    (FieldSpec("Path", "path", STRING, max_bytes=800, min_length=1),),
)
Location.__ci_shape__ = ShapeSpec(
    Location,
    "Location",
    (
        FieldSpec("X", "x", NUMBER),
        FieldSpec("Y", "y", NUMBER),
        FieldSpec("Width", "width", NUMBER),
        FieldSpec("Height", "height", NUMBER),
        FieldSpec("Rotate", "rotate", NUMBER),
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
        FieldSpec("Count", "count", INTEGER),
        FieldSpec("OcrResults", "ocr_results", SHAPE, OcrResult, is_list=True),
        FieldSpec("ObjectResults", "object_results", SHAPE, ObjectResult, is_list=True),
        FieldSpec("Code", "code", STRING),
        FieldSpec("Msg", "msg", STRING),
    ),
)
ObjectResult.__ci_shape__ = ShapeSpec(
    ObjectResult,
    "ObjectResult",
    (
        FieldSpec("Name", "name", STRING),
        FieldSpec("Location", "location", SHAPE, Location),
    ),
)
OcrResult.__ci_shape__ = ShapeSpec(
    OcrResult,
    "OcrResult",
    (
        FieldSpec("Text", "text", STRING),
        FieldSpec("Keywords", "keywords", STRING, is_list=True),
        FieldSpec("Location", "location", SHAPE, Location),
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
StrategyCreateRequest.__ci_shape__ = ShapeSpec(
    StrategyCreateRequest,
    "Request",
    (
        FieldSpec("Name", "name", STRING, required=True, min_length=1, max_length=30),
        FieldSpec("Labels", "labels", SHAPE, StrategyLabels),
        FieldSpec(
            "TextLibs",
            "text_libs",
            STRING,
            is_list=True,
            min_length=1,
            max_length=128,
            min_items=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ),
    any_of=(("labels", "text_libs"),),
)
StrategyCreateResponse.__ci_shape__ = ShapeSpec(
    StrategyCreateResponse,
    "Response",
    (
        FieldSpec("BizType", "biz_type", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
StrategyDetail.__ci_shape__ = ShapeSpec(
    StrategyDetail,
    "StrategyDetail",
    (
        FieldSpec("Name", "name", STRING),
        FieldSpec("Service", "service", ENUM, StrategyService),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("TextLibs", "text_libs", STRING, is_list=True),
        FieldSpec("Labels", "labels", SHAPE, StrategyLabels),
    ),
)
StrategyDetailResponse.__ci_shape__ = ShapeSpec(
    StrategyDetailResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("Strategy", "strategy", SHAPE, StrategyDetail, required=True),
    ),
)
StrategyLabelSet.__ci_shape__ = ShapeSpec(
    StrategyLabelSet,
    "StrategyLabelSet",
    (
        FieldSpec("Porn", "porn", STRING, is_list=True, min_length=1),
        FieldSpec("Politics", "politics", STRING, is_list=True, min_length=1),
        FieldSpec("Terrorism", "terrorism", STRING, is_list=True, min_length=1),
        FieldSpec("Ads", "ads", STRING, is_list=True, min_length=1),
        FieldSpec("Abuse", "abuse", STRING, is_list=True, min_length=1),
        FieldSpec("Illegal", "illegal", STRING, is_list=True, min_length=1),
    ),
)
StrategyLabels.__ci_shape__ = ShapeSpec(
    StrategyLabels,
    "StrategyLabels",
    (
        FieldSpec("Image", "image", SHAPE, StrategyLabelSet),
        FieldSpec("Text", "text", SHAPE, StrategyLabelSet),
        FieldSpec("Audio", "audio", SHAPE, StrategyLabelSet),
    ),
)
StrategyListResponse.__ci_shape__ = ShapeSpec(
    StrategyListResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("TotalCount", "total_count", INTEGER, minimum=0),
        FieldSpec("Strategies", "strategies", SHAPE, StrategySummary, is_list=True),
    ),
)
StrategySummary.__ci_shape__ = ShapeSpec(
    StrategySummary,
    "StrategySummary",
    (
        FieldSpec("Name", "name", STRING),
        FieldSpec("Service", "service", ENUM, StrategyService),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("IsDefault", "is_default", BOOLEAN),
        FieldSpec("CreateTime", "create_time", STRING),
    ),
)
StrategyUpdateRequest.__ci_shape__ = ShapeSpec(
    StrategyUpdateRequest,
    "Request",
    (
        FieldSpec("Labels", "labels", SHAPE, StrategyLabels),
        FieldSpec(
            "TextLibs",
            "text_libs",
            STRING,
            is_list=True,
            min_length=1,
            max_length=128,
            min_items=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ),
    any_of=(("labels", "text_libs"),),
)
StrategyUpdateResponse.__ci_shape__ = ShapeSpec(
    StrategyUpdateResponse,
    "Response",
    (
        FieldSpec("BizType", "biz_type", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
TextAuditingRequest.__ci_shape__ = ShapeSpec(
    TextAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, TextInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, TextConf, required=True),
    ),
)
TextAuditingResponse.__ci_shape__ = ShapeSpec(
    TextAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, TextJobResult, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
TextCallbackDetail.__ci_shape__ = ShapeSpec(
    TextCallbackDetail,
    "TextCallbackDetail",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, TextJobResult, required=True),
    ),
)
TextCallbackSimple.__ci_shape__ = ShapeSpec(
    TextCallbackSimple,
    "TextCallbackSimple",
    (
        FieldSpec("code", "code", INTEGER),
        FieldSpec("message", "message", STRING),
        FieldSpec("data", "data", SHAPE, TextCallbackSimpleData, required=True),
    ),
)
TextCallbackSimpleData.__ci_shape__ = ShapeSpec(
    TextCallbackSimpleData,
    "TextCallbackSimpleData",
    (
        FieldSpec("event", "event", STRING, required=True),
        FieldSpec("trace_id", "trace_id", STRING, required=True),
        FieldSpec("url", "url", STRING),
        FieldSpec("result", "result", ENUM, ModerationResult),
        FieldSpec("forbidden_status", "forbidden_status", ENUM, ForbidState),
        FieldSpec("porn_info", "porn_info", SHAPE, TextSimpleModerationInfo),
        FieldSpec("ads_info", "ads_info", SHAPE, TextSimpleModerationInfo),
        FieldSpec("abuse_info", "abuse_info", SHAPE, TextSimpleModerationInfo),
        FieldSpec("illegal_info", "illegal_info", SHAPE, TextSimpleModerationInfo),
        FieldSpec("data_id", "data_id", STRING),
    ),
)
TextConf.__ci_shape__ = ShapeSpec(
    TextConf,
    "TextConf",
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
TextInput.__ci_shape__ = ShapeSpec(
    TextInput,
    "TextInput",
    (
        FieldSpec("Object", "object", STRING, max_bytes=850, min_length=1),
        FieldSpec("Content", "content", STRING, max_bytes=40000, min_length=1, base64=True),
        FieldSpec("Url", "url", STRING, max_length=2048, url=True),
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
    ),
    one_of=(("content", "object", "url"),),
)
TextJobResult.__ci_shape__ = ShapeSpec(
    TextJobResult,
    "TextJobResult",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("Content", "content", STRING, base64=True),
        FieldSpec("SectionCount", "section_count", INTEGER, minimum=0),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, ModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("Section", "section", SHAPE, TextSection, is_list=True),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
        FieldSpec("ListInfo", "list_info", SHAPE, ListInfo),
        FieldSpec("BucketId", "bucket_id", STRING),
        FieldSpec("Region", "region", STRING),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
    ),
)
TextLibCreateRequest.__ci_shape__ = ShapeSpec(
    TextLibCreateRequest,
    "Request",
    (
        FieldSpec("LibName", "lib_name", STRING, required=True, min_length=1, max_length=32),
        FieldSpec("Suggestion", "suggestion", ENUM, TextLibSuggestion),
        FieldSpec("MatchType", "match_type", ENUM, TextLibMatchType),
    ),
)
TextLibCreateResponse.__ci_shape__ = ShapeSpec(
    TextLibCreateResponse,
    "Response",
    (
        FieldSpec("LibID", "lib_id", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
TextLibDeleteResponse.__ci_shape__ = ShapeSpec(
    TextLibDeleteResponse,
    "Response",
    (FieldSpec("RequestId", "request_id", STRING),),
)
TextLibInfo.__ci_shape__ = ShapeSpec(
    TextLibInfo,
    "TextLibInfo",
    (
        FieldSpec("LibID", "lib_id", STRING),
        FieldSpec("LibName", "lib_name", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, TextLibSuggestion),
        FieldSpec("Strategies", "strategies", SHAPE, TextLibStrategyRef, is_list=True),
        FieldSpec("MatchType", "match_type", ENUM, TextLibMatchType),
        FieldSpec("CreateTime", "create_time", STRING),
    ),
)
TextLibKeyword.__ci_shape__ = ShapeSpec(
    TextLibKeyword,
    "TextLibKeyword",
    (
        FieldSpec("Content", "content", STRING, required=True, min_length=1, max_length=20),
        FieldSpec("Label", "label", ENUM, TextLibKeywordLabel, required=True),
        FieldSpec("Remark", "remark", STRING, max_length=100),
    ),
)
TextLibKeywordAddRequest.__ci_shape__ = ShapeSpec(
    TextLibKeywordAddRequest,
    "Request",
    (
        FieldSpec(
            "Keywords", "keywords", SHAPE, TextLibKeyword, is_list=True, required=True, min_items=1
        ),
    ),
)
TextLibKeywordAddResponse.__ci_shape__ = ShapeSpec(
    TextLibKeywordAddResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("Results", "results", SHAPE, TextLibKeywordAddResult, is_list=True),
    ),
)
TextLibKeywordAddResult.__ci_shape__ = ShapeSpec(
    TextLibKeywordAddResult,
    "TextLibKeywordAddResult",
    (
        FieldSpec("Code", "code", ENUM, TextLibKeywordResultCode),
        FieldSpec("ErrMsg", "err_msg", STRING),
        FieldSpec("KeywordID", "keyword_id", STRING),
        FieldSpec("Content", "content", STRING),
        FieldSpec("Label", "label", ENUM, TextLibKeywordLabel),
        FieldSpec("Remark", "remark", STRING),
    ),
)
TextLibKeywordDeleteRequest.__ci_shape__ = ShapeSpec(
    TextLibKeywordDeleteRequest,
    "Request",
    (
        FieldSpec(
            "KeywordIDs",
            "keyword_ids",
            STRING,
            is_list=True,
            required=True,
            min_length=1,
            min_items=1,
        ),
    ),
)
TextLibKeywordDeleteResponse.__ci_shape__ = ShapeSpec(
    TextLibKeywordDeleteResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("Results", "results", SHAPE, TextLibKeywordDeleteResult, is_list=True),
    ),
)
TextLibKeywordDeleteResult.__ci_shape__ = ShapeSpec(
    TextLibKeywordDeleteResult,
    "TextLibKeywordDeleteResult",
    (
        FieldSpec("Code", "code", ENUM, TextLibKeywordResultCode),
        FieldSpec("ErrMsg", "err_msg", STRING),
        FieldSpec("KeywordID", "keyword_id", STRING),
        FieldSpec("Content", "content", STRING),
    ),
)
TextLibKeywordInfo.__ci_shape__ = ShapeSpec(
    TextLibKeywordInfo,
    "TextLibKeywordInfo",
    (
        FieldSpec("KeywordID", "keyword_id", STRING),
        FieldSpec("Content", "content", STRING),
        FieldSpec("Label", "label", ENUM, TextLibKeywordLabel),
        FieldSpec("Remark", "remark", STRING),
        FieldSpec("CreateTime", "create_time", STRING),
    ),
)
TextLibKeywordListResponse.__ci_shape__ = ShapeSpec(
    TextLibKeywordListResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("TotalCount", "total_count", INTEGER, minimum=0),
        FieldSpec("Keywords", "keywords", SHAPE, TextLibKeywordInfo, is_list=True),
    ),
)
TextLibListResponse.__ci_shape__ = ShapeSpec(
    TextLibListResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("TotalCount", "total_count", INTEGER, minimum=0),
        FieldSpec("Libs", "libs", SHAPE, TextLibInfo, is_list=True),
    ),
)
TextLibStrategyRef.__ci_shape__ = ShapeSpec(
    TextLibStrategyRef,
    "TextLibStrategyRef",
    (
        FieldSpec("Bucket", "bucket", STRING),
        FieldSpec("Service", "service", ENUM, StrategyService),
        FieldSpec("BizType", "biz_type", STRING),
    ),
)
TextLibUpdateRequest.__ci_shape__ = ShapeSpec(
    TextLibUpdateRequest,
    "Request",
    (
        FieldSpec("LibName", "lib_name", STRING, min_length=1, max_length=32),
        FieldSpec("Suggestion", "suggestion", ENUM, TextLibSuggestion),
    ),
    any_of=(("lib_name", "suggestion"),),
)
TextLibUpdateResponse.__ci_shape__ = ShapeSpec(
    TextLibUpdateResponse,
    "Response",
    (
        FieldSpec("LibID", "lib_id", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
TextModerationInfo.__ci_shape__ = ShapeSpec(
    TextModerationInfo,
    "TextModerationInfo",
    (
        FieldSpec("HitFlag", "hit_flag", ENUM, HitFlag),
        FieldSpec("Score", "score", INTEGER),
        FieldSpec("Label", "label", STRING),
        FieldSpec("SubLabel", "sub_label", STRING),
        FieldSpec("Category", "category", STRING),
        FieldSpec("Count", "count", INTEGER),
        FieldSpec("Keywords", "keywords", STRING, is_list=True, comma=True),
        FieldSpec("LibResults", "lib_results", SHAPE, LibResult, is_list=True),
        FieldSpec("Code", "code", STRING),
    ),
)
TextSection.__ci_shape__ = ShapeSpec(
    TextSection,
    "TextSection",
    (
        FieldSpec("StartByte", "start_byte", INTEGER, minimum=0),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, TextModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, TextModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, TextModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, TextModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, TextModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, TextModerationInfo),
    ),
)
TextSimpleModerationInfo.__ci_shape__ = ShapeSpec(
    TextSimpleModerationInfo,
    "TextSimpleModerationInfo",
    (
        FieldSpec("hit_flag", "hit_flag", ENUM, HitFlag),
        FieldSpec("label", "label", STRING),
        FieldSpec("count", "count", INTEGER, minimum=0),
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
VideoAuditingRequest.__ci_shape__ = ShapeSpec(
    VideoAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, VideoInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, VideoConf, required=True),
    ),
)
VideoAuditingResponse.__ci_shape__ = ShapeSpec(
    VideoAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, VideoJobDetail, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
VideoAuditingResultResponse.__ci_shape__ = ShapeSpec(
    VideoAuditingResultResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, VideoJobResult, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
VideoCallbackDetail.__ci_shape__ = ShapeSpec(
    VideoCallbackDetail,
    "VideoCallbackDetail",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, VideoJobResult, required=True),
    ),
)
VideoCallbackSimple.__ci_shape__ = ShapeSpec(
    VideoCallbackSimple,
    "VideoCallbackSimple",
    (
        FieldSpec("code", "code", INTEGER),
        FieldSpec("message", "message", STRING),
        FieldSpec("data", "data", SHAPE, VideoCallbackSimpleData, required=True),
    ),
)
VideoCallbackSimpleData.__ci_shape__ = ShapeSpec(
    VideoCallbackSimpleData,
    "VideoCallbackSimpleData",
    (
        FieldSpec("event", "event", STRING, required=True),
        FieldSpec("trace_id", "trace_id", STRING, required=True),
        FieldSpec("url", "url", STRING),
        FieldSpec("result", "result", ENUM, ModerationResult),
        FieldSpec("forbidden_status", "forbidden_status", ENUM, ForbidState),
        FieldSpec("porn_info", "porn_info", SHAPE, VideoSimpleModerationInfo),
        FieldSpec("ads_info", "ads_info", SHAPE, VideoSimpleModerationInfo),
        FieldSpec("data_id", "data_id", STRING),
    ),
)
VideoConf.__ci_shape__ = ShapeSpec(
    VideoConf,
    "VideoConf",
    (
        FieldSpec(
            "DetectType", "detect_type", ENUM, DetectType, is_list=True, comma=True, min_items=1
        ),
        FieldSpec("Snapshot", "snapshot", SHAPE, VideoSnapshotConf, required=True),
        FieldSpec("Callback", "callback", STRING, max_length=2048, url=True),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("CallbackVersion", "callback_version", ENUM, CallbackVersion),
        FieldSpec("CallbackType", "callback_type", ENUM, CallbackType),
        FieldSpec("DetectContent", "detect_content", ENUM, VideoDetectContent),
        FieldSpec("Freeze", "freeze", SHAPE, Freeze),
    ),
)
VideoInput.__ci_shape__ = ShapeSpec(
    VideoInput,
    "VideoInput",
    (
        FieldSpec("Object", "object", STRING, max_bytes=850, min_length=1),
        FieldSpec("Url", "url", STRING, max_length=2048, url=True),
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
    ),
    one_of=(("object", "url"),),
)
VideoJobDetail.__ci_shape__ = ShapeSpec(
    VideoJobDetail,
    "VideoJobDetail",
    (
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, VideoJobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
    ),
)
VideoJobResult.__ci_shape__ = ShapeSpec(
    VideoJobResult,
    "VideoJobResult",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, VideoJobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("Object", "object", STRING),
        FieldSpec("Url", "url", STRING),
        FieldSpec("Type", "type", STRING),
        FieldSpec("SnapshotCount", "snapshot_count", INTEGER),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("Label", "label", STRING),
        FieldSpec("SubLabel", "sub_label", STRING),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("TeenagerInfo", "teenager_info", SHAPE, ModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, ModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, ModerationInfo),
        FieldSpec("MeaninglessInfo", "meaningless_info", SHAPE, ModerationInfo),
        FieldSpec("Snapshot", "snapshot", SHAPE, VideoSnapshot, is_list=True),
        FieldSpec("AudioSection", "audio_section", SHAPE, AudioSection, is_list=True),
        FieldSpec("BucketId", "bucket_id", STRING),
        FieldSpec("Region", "region", STRING),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
        FieldSpec("ListInfo", "list_info", SHAPE, ListInfo),
    ),
)
VideoSimpleModerationInfo.__ci_shape__ = ShapeSpec(
    VideoSimpleModerationInfo,
    "VideoSimpleModerationInfo",
    (
        FieldSpec("hit_flag", "hit_flag", ENUM, HitFlag),
        FieldSpec("label", "label", STRING),
        FieldSpec("count", "count", INTEGER),
    ),
)
VideoSnapshot.__ci_shape__ = ShapeSpec(
    VideoSnapshot,
    "VideoSnapshot",
    (
        FieldSpec("Url", "url", STRING),
        FieldSpec("Text", "text", STRING),
        FieldSpec("SnapshotTime", "snapshot_time", INTEGER),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Result", "result", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("TeenagerInfo", "teenager_info", SHAPE, ModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, ModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, ModerationInfo),
        FieldSpec("MeaninglessInfo", "meaningless_info", SHAPE, ModerationInfo),
    ),
)
VideoSnapshotConf.__ci_shape__ = ShapeSpec(
    VideoSnapshotConf,
    "VideoSnapshotConf",
    (
        FieldSpec("Mode", "mode", ENUM, VideoSnapshotMode),
        FieldSpec("TimeInterval", "time_interval", NUMBER, minimum=0.001, maximum=60),
        FieldSpec("Count", "count", INTEGER, required=True, minimum=1, maximum=10000),
    ),
)
WebpageAuditingRequest.__ci_shape__ = ShapeSpec(
    WebpageAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, WebpageInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, WebpageConf, required=True),
    ),
)
WebpageAuditingResponse.__ci_shape__ = ShapeSpec(
    WebpageAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, WebpageJobResult, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
WebpageCallbackDetail.__ci_shape__ = ShapeSpec(
    WebpageCallbackDetail,
    "WebpageCallbackDetail",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, WebpageJobResult, required=True),
    ),
)
WebpageCallbackSimple.__ci_shape__ = ShapeSpec(
    WebpageCallbackSimple,
    "WebpageCallbackSimple",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, WebpageJobResult, required=True),
    ),
)
WebpageConf.__ci_shape__ = ShapeSpec(
    WebpageConf,
    "WebpageConf",
    (
        FieldSpec(
            "DetectType", "detect_type", ENUM, DetectType, is_list=True, comma=True, min_items=1
        ),
        FieldSpec("Callback", "callback", STRING, max_length=2048, url=True),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("ReturnHighlightHtml", "return_highlight_html", BOOLEAN),
        FieldSpec("CallbackType", "callback_type", ENUM, CallbackType),
    ),
)
WebpageImageResult.__ci_shape__ = ShapeSpec(
    WebpageImageResult,
    "WebpageImageResult",
    (
        FieldSpec("Url", "url", STRING),
        FieldSpec("Text", "text", STRING),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
    ),
)
WebpageImageResults.__ci_shape__ = ShapeSpec(
    WebpageImageResults,
    "WebpageImageResults",
    (FieldSpec("Results", "results", SHAPE, WebpageImageResult, is_list=True),),
)
WebpageInput.__ci_shape__ = ShapeSpec(
    WebpageInput,
    "WebpageInput",
    (
        FieldSpec("Url", "url", STRING, required=True, max_length=2048, url=True),
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
    ),
)
WebpageJobResult.__ci_shape__ = ShapeSpec(
    WebpageJobResult,
    "WebpageJobResult",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("Url", "url", STRING),
        FieldSpec("PageCount", "page_count", INTEGER, minimum=0),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("Labels", "labels", SHAPE, WebpageLabels),
        FieldSpec("ImageResults", "image_results", SHAPE, WebpageImageResults),
        FieldSpec("TextResults", "text_results", SHAPE, WebpageTextResults),
        FieldSpec("HighlightHtml", "highlight_html", STRING),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
        FieldSpec("ListInfo", "list_info", SHAPE, ListInfo),
        FieldSpec("BucketId", "bucket_id", STRING),
        FieldSpec("Region", "region", STRING),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
    ),
)
WebpageLabels.__ci_shape__ = ShapeSpec(
    WebpageLabels,
    "WebpageLabels",
    (
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, ModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, ModerationInfo),
    ),
)
WebpageTextResult.__ci_shape__ = ShapeSpec(
    WebpageTextResult,
    "WebpageTextResult",
    (
        FieldSpec("Text", "text", STRING),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, TextModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, TextModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, TextModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, TextModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, TextModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, TextModerationInfo),
    ),
)
WebpageTextResults.__ci_shape__ = ShapeSpec(
    WebpageTextResults,
    "WebpageTextResults",
    (FieldSpec("Results", "results", SHAPE, WebpageTextResult, is_list=True),),
)
