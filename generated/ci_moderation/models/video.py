"""Models of the video family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from ..model import (
    DATETIME,
    ENUM,
    INTEGER,
    NEW_LIST,
    NUMBER,
    SHAPE,
    STRING,
    FieldSpec,
    Model,
    ShapeSpec,
    UnknownElement,
)
from ..xmlcodec import check_groups, child, comma, leaf, repeated, required, unknowns
from .common import (
    AudioSection,
    CallbackType,
    CallbackVersion,
    DetectType,
    ForbidState,
    Freeze,
    HitFlag,
    ListInfo,
    ModerationInfo,
    ModerationResult,
    UserInfo,
    VideoJobState,
)

__all__ = [
    "VideoDetectContent",
    "VideoSnapshotMode",
    "VideoAuditingRequest",
    "VideoAuditingResultResponse",
    "VideoCallbackDetail",
    "VideoCallbackSimple",
    "VideoCallbackSimpleData",
    "VideoConf",
    "VideoInput",
    "VideoJobResult",
    "VideoSimpleModerationInfo",
    "VideoSnapshot",
    "VideoSnapshotConf",
]


class VideoDetectContent(IntEnum):
    """What to moderate. 0 = the pictures only (the default), 1 = the pictures and the sound."""

    IMAGE_ONLY = 0
    IMAGE_AND_AUDIO = 1


class VideoSnapshotMode(StrEnum):
    """How snapshots are spaced. `Interval`: one every `TimeInterval` seconds (with only `Count`,
    `Count` snapshots over the video). `Average`: `Count` snapshots evenly over the whole
    video (`TimeInterval` ignored). `Fps`: `TimeInterval` snapshots a second (without it,
    `Count` in all). CI documents no default."""

    INTERVAL = "Interval"
    AVERAGE = "Average"
    FPS = "Fps"


class VideoAuditingRequest(Model):
    """Body of a video moderation submit.

    The root element `<Request>` of a document.
    """

    __slots__ = ("input", "conf", "unknown_elements")
    input: VideoInput
    conf: VideoConf
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        input: VideoInput,
        conf: VideoConf,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.input = input
        self.conf = conf
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoAuditingRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.input, self.conf, self.unknown_elements) == (
            other.input,
            other.conf,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.input
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Input")
        child(out, f[0], v, path + ".Input")
        v = self.conf
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Conf")
        child(out, f[1], v, path + ".Conf")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoAuditingResultResponse(Model):
    """Answer to a video or live-stream result query.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: VideoJobResult
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: VideoJobResult,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, VideoAuditingResultResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.jobs_detail, self.request_id, self.unknown_elements) == (
            other.jobs_detail,
            other.request_id,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.jobs_detail
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".JobsDetail")
        child(out, f[0], v, path + ".JobsDetail")
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".RequestId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoCallbackDetail(Model):
    """The Detail callback body of a video or live job."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewVideo` (for live jobs too)."""
    jobs_detail: VideoJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: VideoJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoCallbackDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.event_name, self.jobs_detail, self.unknown_elements) == (
            other.event_name,
            other.jobs_detail,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.event_name
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".EventName")
        leaf(out, f[0], v, path + ".EventName")
        v = self.jobs_detail
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".JobsDetail")
        child(out, f[1], v, path + ".JobsDetail")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoCallbackSimple(Model):
    """The Simple callback body of a video or live job. `code` 0 means the job succeeded."""

    __slots__ = ("code", "message", "data", "unknown_elements")
    code: int | None
    """0 when the job succeeded; otherwise CI's error code."""
    message: str | None
    """What happened."""
    data: VideoCallbackSimpleData
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: int | None = None,
        message: str | None = None,
        data: VideoCallbackSimpleData,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.message = message
        self.data = data
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoCallbackSimple) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.code, self.message, self.data, self.unknown_elements) == (
            other.code,
            other.message,
            other.data,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.code
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".code")
        v = self.message
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".message")
        v = self.data
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".data")
        child(out, f[2], v, path + ".data")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoCallbackSimpleData(Model):
    """The verdict in the Simple callback (snake_case keys, as CI sends them)."""

    __slots__ = (
        "event",
        "trace_id",
        "url",
        "result",
        "forbidden_status",
        "porn_info",
        "ads_info",
        "data_id",
        "unknown_elements",
    )
    event: str
    """The event: `ReviewVideo` (for live jobs too)."""
    trace_id: str
    """The job id."""
    url: str | None
    """The video's URL, or the live stream's URL (e.g. `rtmp://…`)."""
    result: ModerationResult | int | None
    forbidden_status: ForbidState | int | None
    porn_info: VideoSimpleModerationInfo | None
    ads_info: VideoSimpleModerationInfo | None
    data_id: str | None
    """The DataId you sent."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event: str,
        trace_id: str,
        url: str | None = None,
        result: ModerationResult | int | None = None,
        forbidden_status: ForbidState | int | None = None,
        porn_info: VideoSimpleModerationInfo | None = None,
        ads_info: VideoSimpleModerationInfo | None = None,
        data_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event = event
        self.trace_id = trace_id
        self.url = url
        self.result = result
        self.forbidden_status = forbidden_status
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.data_id = data_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoCallbackSimpleData) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.event,
            self.trace_id,
            self.url,
            self.result,
            self.forbidden_status,
            self.porn_info,
            self.ads_info,
            self.data_id,
            self.unknown_elements,
        ) == (
            other.event,
            other.trace_id,
            other.url,
            other.result,
            other.forbidden_status,
            other.porn_info,
            other.ads_info,
            other.data_id,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.event
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".event")
        leaf(out, f[0], v, path + ".event")
        v = self.trace_id
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".trace_id")
        leaf(out, f[1], v, path + ".trace_id")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".url")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".result")
        v = self.forbidden_status
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".forbidden_status")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[5], v, path + ".porn_info")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".ads_info")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[7], v, path + ".data_id")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoConf(Model):
    """Moderation rules. `Snapshot` is required (CI's docs mark it so); everything else is
    optional, and without `BizType` the bucket's default moderation policy is used."""

    __slots__ = (
        "detect_type",
        "snapshot",
        "callback",
        "biz_type",
        "callback_version",
        "callback_type",
        "detect_content",
        "freeze",
        "unknown_elements",
    )
    detect_type: list[DetectType | str]
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI's
    current docs drop it in favour of `BizType` policies; it is still sent if set."""
    snapshot: VideoSnapshotConf
    callback: str | None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None
    """Id of a moderation policy configured in the console (32 hex digits in CI's examples)."""
    callback_version: CallbackVersion | str | None
    callback_type: CallbackType | int | None
    detect_content: VideoDetectContent | int | None
    freeze: Freeze | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        detect_type: list[DetectType | str] = NEW_LIST,
        snapshot: VideoSnapshotConf,
        callback: str | None = None,
        biz_type: str | None = None,
        callback_version: CallbackVersion | str | None = None,
        callback_type: CallbackType | int | None = None,
        detect_content: VideoDetectContent | int | None = None,
        freeze: Freeze | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.detect_type = [] if detect_type is NEW_LIST else detect_type
        self.snapshot = snapshot
        self.callback = callback
        self.biz_type = biz_type
        self.callback_version = callback_version
        self.callback_type = callback_type
        self.detect_content = detect_content
        self.freeze = freeze
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.detect_type,
            self.snapshot,
            self.callback,
            self.biz_type,
            self.callback_version,
            self.callback_type,
            self.detect_content,
            self.freeze,
            self.unknown_elements,
        ) == (
            other.detect_type,
            other.snapshot,
            other.callback,
            other.biz_type,
            other.callback_version,
            other.callback_type,
            other.detect_content,
            other.freeze,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.detect_type
        if v is not None and (v or not isinstance(v, str | list)):
            comma(out, f[0], v, path + ".DetectType")
        v = self.snapshot
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Snapshot")
        child(out, f[1], v, path + ".Snapshot")
        v = self.callback
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Callback")
        v = self.biz_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".BizType")
        v = self.callback_version
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".CallbackVersion")
        v = self.callback_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".CallbackType")
        v = self.detect_content
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".DetectContent")
        v = self.freeze
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".Freeze")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoInput(Model):
    """The video to moderate. Exactly one of `Object` and `Url`."""

    __slots__ = ("object", "url", "data_id", "user_info", "unknown_elements")
    object: str | None
    """Key of the video object in the bucket, e.g. `test/video.mp4` (COS keys are at most 850
    bytes)."""
    url: str | None
    """Public http(s) URL of the video. CI documents no length limit; 2048 characters is this
    client's bound."""
    data_id: str | None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        object: str | None = None,
        url: str | None = None,
        data_id: str | None = None,
        user_info: UserInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.object = object
        self.url = url
        self.data_id = data_id
        self.user_info = user_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.object, self.url, self.data_id, self.user_info, self.unknown_elements) == (
            other.object,
            other.url,
            other.data_id,
            other.user_info,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        check_groups(self, path)
        f = self.__ci_shape__.fields
        v: Any
        v = self.object
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Object")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Url")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".DataId")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[3], v, path + ".UserInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoJobResult(Model):
    """A video or live job and its verdict so far. `Label`, `Result`, the `*Info` blocks,
    `Snapshot` and `AudioSection` are there once moderation has produced them; a `Failed` job
    has `Code` and `Message` instead."""

    __slots__ = (
        "code",
        "message",
        "data_id",
        "job_id",
        "state",
        "creation_time",
        "object",
        "url",
        "type",
        "snapshot_count",
        "result",
        "label",
        "sub_label",
        "porn_info",
        "terrorism_info",
        "politics_info",
        "ads_info",
        "teenager_info",
        "abuse_info",
        "illegal_info",
        "meaningless_info",
        "snapshot",
        "audio_section",
        "bucket_id",
        "region",
        "forbid_state",
        "user_info",
        "list_info",
        "unknown_elements",
    )
    code: str | None
    """`Success`, or CI's error code for a failed job (may be a negative number, e.g. `-6101`)."""
    message: str | None
    """What went wrong, for a failed job."""
    data_id: str | None
    """The DataId you sent."""
    job_id: str
    """Id of the job."""
    state: VideoJobState | str | None
    creation_time: datetime | None
    """When the job was created."""
    object: str | None
    """The object key you sent."""
    url: str | None
    """The URL you sent: a video's http(s) URL, or a live stream's URL (e.g. `rtmp://…`)."""
    type: str | None
    """`live_video` for a live-stream job; CI documents no value for a video job."""
    snapshot_count: int | None
    """How many snapshots were moderated. In a live job's callback while it is `Auditing`, how
    many this callback carries."""
    result: ModerationResult | int | None
    label: str | None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    sub_label: str | None
    """A finer label within `Label` (the Go SDK reads it; the video docs do not list it)."""
    porn_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    teenager_info: ModerationInfo | None
    abuse_info: ModerationInfo | None
    illegal_info: ModerationInfo | None
    meaningless_info: ModerationInfo | None
    snapshot: list[VideoSnapshot]
    """The moderated snapshots (all, or with `CallbackType` 2 in a callback only the non-
    compliant ones)."""
    audio_section: list[AudioSection]
    """The moderated sections of the sound; absent when no sound was moderated. For a live job,
    `OffsetTime` is a Unix timestamp in milliseconds."""
    bucket_id: str | None
    """The bucket the job belongs to."""
    region: str | None
    """The bucket's region."""
    forbid_state: ForbidState | int | None
    user_info: UserInfo | None
    list_info: ListInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: str | None = None,
        message: str | None = None,
        data_id: str | None = None,
        job_id: str,
        state: VideoJobState | str | None = None,
        creation_time: datetime | None = None,
        object: str | None = None,
        url: str | None = None,
        type: str | None = None,
        snapshot_count: int | None = None,
        result: ModerationResult | int | None = None,
        label: str | None = None,
        sub_label: str | None = None,
        porn_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        teenager_info: ModerationInfo | None = None,
        abuse_info: ModerationInfo | None = None,
        illegal_info: ModerationInfo | None = None,
        meaningless_info: ModerationInfo | None = None,
        snapshot: list[VideoSnapshot] = NEW_LIST,
        audio_section: list[AudioSection] = NEW_LIST,
        bucket_id: str | None = None,
        region: str | None = None,
        forbid_state: ForbidState | int | None = None,
        user_info: UserInfo | None = None,
        list_info: ListInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.message = message
        self.data_id = data_id
        self.job_id = job_id
        self.state = state
        self.creation_time = creation_time
        self.object = object
        self.url = url
        self.type = type
        self.snapshot_count = snapshot_count
        self.result = result
        self.label = label
        self.sub_label = sub_label
        self.porn_info = porn_info
        self.terrorism_info = terrorism_info
        self.politics_info = politics_info
        self.ads_info = ads_info
        self.teenager_info = teenager_info
        self.abuse_info = abuse_info
        self.illegal_info = illegal_info
        self.meaningless_info = meaningless_info
        self.snapshot = [] if snapshot is NEW_LIST else snapshot
        self.audio_section = [] if audio_section is NEW_LIST else audio_section
        self.bucket_id = bucket_id
        self.region = region
        self.forbid_state = forbid_state
        self.user_info = user_info
        self.list_info = list_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoJobResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code,
            self.message,
            self.data_id,
            self.job_id,
            self.state,
            self.creation_time,
            self.object,
            self.url,
            self.type,
            self.snapshot_count,
            self.result,
            self.label,
            self.sub_label,
            self.porn_info,
            self.terrorism_info,
            self.politics_info,
            self.ads_info,
            self.teenager_info,
            self.abuse_info,
            self.illegal_info,
            self.meaningless_info,
            self.snapshot,
            self.audio_section,
            self.bucket_id,
            self.region,
            self.forbid_state,
            self.user_info,
            self.list_info,
            self.unknown_elements,
        ) == (
            other.code,
            other.message,
            other.data_id,
            other.job_id,
            other.state,
            other.creation_time,
            other.object,
            other.url,
            other.type,
            other.snapshot_count,
            other.result,
            other.label,
            other.sub_label,
            other.porn_info,
            other.terrorism_info,
            other.politics_info,
            other.ads_info,
            other.teenager_info,
            other.abuse_info,
            other.illegal_info,
            other.meaningless_info,
            other.snapshot,
            other.audio_section,
            other.bucket_id,
            other.region,
            other.forbid_state,
            other.user_info,
            other.list_info,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.code
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Code")
        v = self.message
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Message")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".DataId")
        v = self.job_id
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".JobId")
        leaf(out, f[3], v, path + ".JobId")
        v = self.state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".State")
        v = self.creation_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".CreationTime")
        v = self.object
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".Object")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[7], v, path + ".Url")
        v = self.type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Type")
        v = self.snapshot_count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".SnapshotCount")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[10], v, path + ".Result")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[11], v, path + ".Label")
        v = self.sub_label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[12], v, path + ".SubLabel")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[13], v, path + ".PornInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[14], v, path + ".TerrorismInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[15], v, path + ".PoliticsInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[16], v, path + ".AdsInfo")
        v = self.teenager_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[17], v, path + ".TeenagerInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[18], v, path + ".AbuseInfo")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[19], v, path + ".IllegalInfo")
        v = self.meaningless_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[20], v, path + ".MeaninglessInfo")
        v = self.snapshot
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[21], v, path + ".Snapshot")
        v = self.audio_section
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[22], v, path + ".AudioSection")
        v = self.bucket_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[23], v, path + ".BucketId")
        v = self.region
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[24], v, path + ".Region")
        v = self.forbid_state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[25], v, path + ".ForbidState")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[26], v, path + ".UserInfo")
        v = self.list_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[27], v, path + ".ListInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoSimpleModerationInfo(Model):
    """One category's verdict in a video Simple callback (it counts snapshots instead of
    scoring)."""

    __slots__ = ("hit_flag", "label", "count", "unknown_elements")
    hit_flag: HitFlag | int | None
    label: str | None
    """The label; CI's docs say it is currently always empty."""
    count: int | None
    """How many snapshots hit the category."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        hit_flag: HitFlag | int | None = None,
        label: str | None = None,
        count: int | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.hit_flag = hit_flag
        self.label = label
        self.count = count
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, VideoSimpleModerationInfo)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.hit_flag, self.label, self.count, self.unknown_elements) == (
            other.hit_flag,
            other.label,
            other.count,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.hit_flag
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".hit_flag")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".label")
        v = self.count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".count")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoSnapshot(Model):
    """One snapshot of the video or stream and its verdict."""

    __slots__ = (
        "url",
        "text",
        "snapshot_time",
        "label",
        "result",
        "porn_info",
        "terrorism_info",
        "politics_info",
        "ads_info",
        "teenager_info",
        "abuse_info",
        "illegal_info",
        "meaningless_info",
        "unknown_elements",
    )
    url: str | None
    """URL of the snapshot image (valid for 2 hours; query again for a fresh one)."""
    text: str | None
    """Text recognised in the snapshot (OCR), when the policy checks text."""
    snapshot_time: int | None
    """Where the snapshot is, in milliseconds from the start of the video; for a live job, the
    Unix time of the snapshot in milliseconds (e.g. `1649387157000`)."""
    label: str | None
    """The snapshot's most severe label."""
    result: ModerationResult | int | None
    porn_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    teenager_info: ModerationInfo | None
    abuse_info: ModerationInfo | None
    illegal_info: ModerationInfo | None
    meaningless_info: ModerationInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        url: str | None = None,
        text: str | None = None,
        snapshot_time: int | None = None,
        label: str | None = None,
        result: ModerationResult | int | None = None,
        porn_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        teenager_info: ModerationInfo | None = None,
        abuse_info: ModerationInfo | None = None,
        illegal_info: ModerationInfo | None = None,
        meaningless_info: ModerationInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.url = url
        self.text = text
        self.snapshot_time = snapshot_time
        self.label = label
        self.result = result
        self.porn_info = porn_info
        self.terrorism_info = terrorism_info
        self.politics_info = politics_info
        self.ads_info = ads_info
        self.teenager_info = teenager_info
        self.abuse_info = abuse_info
        self.illegal_info = illegal_info
        self.meaningless_info = meaningless_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoSnapshot) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url,
            self.text,
            self.snapshot_time,
            self.label,
            self.result,
            self.porn_info,
            self.terrorism_info,
            self.politics_info,
            self.ads_info,
            self.teenager_info,
            self.abuse_info,
            self.illegal_info,
            self.meaningless_info,
            self.unknown_elements,
        ) == (
            other.url,
            other.text,
            other.snapshot_time,
            other.label,
            other.result,
            other.porn_info,
            other.terrorism_info,
            other.politics_info,
            other.ads_info,
            other.teenager_info,
            other.abuse_info,
            other.illegal_info,
            other.meaningless_info,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Url")
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Text")
        v = self.snapshot_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".SnapshotTime")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Label")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Result")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[5], v, path + ".PornInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".TerrorismInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".PoliticsInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[8], v, path + ".AdsInfo")
        v = self.teenager_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[9], v, path + ".TeenagerInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[10], v, path + ".AbuseInfo")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[11], v, path + ".IllegalInfo")
        v = self.meaningless_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[12], v, path + ".MeaninglessInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoSnapshotConf(Model):
    """How CI takes the snapshots it moderates as images (snapshots are billed). `Count` is
    required."""

    __slots__ = ("mode", "time_interval", "count", "unknown_elements")
    mode: VideoSnapshotMode | str | None
    time_interval: float | None
    """Seconds between snapshots (`Interval` mode) or snapshots per second (`Fps` mode), greater
    than 0 and at most 60, with up to 3 decimals, e.g. `50` or `0.5`."""
    count: int
    """How many snapshots to take at most, 1 to 10000."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        mode: VideoSnapshotMode | str | None = None,
        time_interval: float | None = None,
        count: int,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.mode = mode
        self.time_interval = time_interval
        self.count = count
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoSnapshotConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.mode, self.time_interval, self.count, self.unknown_elements) == (
            other.mode,
            other.time_interval,
            other.count,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.mode
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Mode")
        v = self.time_interval
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".TimeInterval")
        v = self.count
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Count")
        leaf(out, f[2], v, path + ".Count")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
VideoAuditingRequest.__ci_shape__ = ShapeSpec(
    VideoAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, VideoInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, VideoConf, required=True),
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
