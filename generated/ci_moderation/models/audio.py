"""Models of the audio family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..model import (
    DATETIME,
    ENUM,
    INTEGER,
    NEW_LIST,
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
    JobState,
    ListInfo,
    ModerationInfo,
    ModerationResult,
    SimpleModerationInfo,
    TimedLabel,
    UserInfo,
)

__all__ = [
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
]


class AudioAuditingRequest(Model):
    """Body of an audio moderation submit.

    The root element `<Request>` of a document.
    """

    __slots__ = ("input", "conf", "unknown_elements")
    input: AudioInput
    conf: AudioConf
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        input: AudioInput,
        conf: AudioConf,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.input = input
        self.conf = conf
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioAuditingRequest) or other.__class__ is not self.__class__:
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


class AudioAuditingResponse(Model):
    """Answer to an audio moderation submit.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: AudioJobDetail
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: AudioJobDetail,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioAuditingResponse) or other.__class__ is not self.__class__:
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


class AudioAuditingResultResponse(Model):
    """Answer to an audio result query.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: AudioJobResult
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: AudioJobResult,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, AudioAuditingResultResponse)
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


class AudioCallbackDetail(Model):
    """The Detail callback body."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewAudio`."""
    jobs_detail: AudioJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: AudioJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioCallbackDetail) or other.__class__ is not self.__class__:
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


class AudioCallbackSimple(Model):
    """The Simple callback body. `code` 0 means the job succeeded."""

    __slots__ = ("code", "message", "data", "unknown_elements")
    code: int | None
    """0 when the job succeeded."""
    message: str | None
    """What happened."""
    data: AudioCallbackSimpleData
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: int | None = None,
        message: str | None = None,
        data: AudioCallbackSimpleData,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.message = message
        self.data = data
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioCallbackSimple) or other.__class__ is not self.__class__:
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


class AudioCallbackSimpleData(Model):
    """The verdict in the Simple callback (snake_case keys, as CI sends them)."""

    __slots__ = (
        "event",
        "trace_id",
        "url",
        "result",
        "forbidden_status",
        "porn_info",
        "terrorism_info",
        "politics_info",
        "ads_info",
        "teenager_info",
        "abuse_info",
        "illegal_info",
        "data_id",
        "unknown_elements",
    )
    event: str
    """The event: `ReviewAudio`."""
    trace_id: str
    """The job id."""
    url: str | None
    """The audio's URL."""
    result: ModerationResult | int | None
    forbidden_status: ForbidState | int | None
    porn_info: SimpleModerationInfo | None
    terrorism_info: SimpleModerationInfo | None
    politics_info: SimpleModerationInfo | None
    ads_info: SimpleModerationInfo | None
    teenager_info: SimpleModerationInfo | None
    abuse_info: SimpleModerationInfo | None
    illegal_info: SimpleModerationInfo | None
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
        porn_info: SimpleModerationInfo | None = None,
        terrorism_info: SimpleModerationInfo | None = None,
        politics_info: SimpleModerationInfo | None = None,
        ads_info: SimpleModerationInfo | None = None,
        teenager_info: SimpleModerationInfo | None = None,
        abuse_info: SimpleModerationInfo | None = None,
        illegal_info: SimpleModerationInfo | None = None,
        data_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event = event
        self.trace_id = trace_id
        self.url = url
        self.result = result
        self.forbidden_status = forbidden_status
        self.porn_info = porn_info
        self.terrorism_info = terrorism_info
        self.politics_info = politics_info
        self.ads_info = ads_info
        self.teenager_info = teenager_info
        self.abuse_info = abuse_info
        self.illegal_info = illegal_info
        self.data_id = data_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioCallbackSimpleData) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.event,
            self.trace_id,
            self.url,
            self.result,
            self.forbidden_status,
            self.porn_info,
            self.terrorism_info,
            self.politics_info,
            self.ads_info,
            self.teenager_info,
            self.abuse_info,
            self.illegal_info,
            self.data_id,
            self.unknown_elements,
        ) == (
            other.event,
            other.trace_id,
            other.url,
            other.result,
            other.forbidden_status,
            other.porn_info,
            other.terrorism_info,
            other.politics_info,
            other.ads_info,
            other.teenager_info,
            other.abuse_info,
            other.illegal_info,
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
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".terrorism_info")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".politics_info")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[8], v, path + ".ads_info")
        v = self.teenager_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[9], v, path + ".teenager_info")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[10], v, path + ".abuse_info")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[11], v, path + ".illegal_info")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[12], v, path + ".data_id")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class AudioConf(Model):
    """Moderation rules. Everything is optional: an empty `Conf` uses the bucket's default
    moderation policy."""

    __slots__ = (
        "detect_type",
        "callback",
        "biz_type",
        "callback_version",
        "callback_type",
        "freeze",
        "unknown_elements",
    )
    detect_type: list[DetectType | str]
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Politics`).
    CI's current docs drop it in favour of `BizType` policies; it is still sent if set."""
    callback: str | None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None
    """Id of a moderation policy configured in the console."""
    callback_version: CallbackVersion | str | None
    callback_type: CallbackType | int | None
    freeze: Freeze | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        detect_type: list[DetectType | str] = NEW_LIST,
        callback: str | None = None,
        biz_type: str | None = None,
        callback_version: CallbackVersion | str | None = None,
        callback_type: CallbackType | int | None = None,
        freeze: Freeze | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.detect_type = [] if detect_type is NEW_LIST else detect_type
        self.callback = callback
        self.biz_type = biz_type
        self.callback_version = callback_version
        self.callback_type = callback_type
        self.freeze = freeze
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.detect_type,
            self.callback,
            self.biz_type,
            self.callback_version,
            self.callback_type,
            self.freeze,
            self.unknown_elements,
        ) == (
            other.detect_type,
            other.callback,
            other.biz_type,
            other.callback_version,
            other.callback_type,
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
        v = self.callback
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Callback")
        v = self.biz_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".BizType")
        v = self.callback_version
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".CallbackVersion")
        v = self.callback_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".CallbackType")
        v = self.freeze
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[5], v, path + ".Freeze")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class AudioInput(Model):
    """The audio to moderate. Exactly one of `Object` and `Url`."""

    __slots__ = ("object", "url", "data_id", "user_info", "unknown_elements")
    object: str | None
    """Key of the audio object in the bucket (COS keys are at most 850 bytes)."""
    url: str | None
    """Public http(s) URL of the audio. CI documents no length limit; 2048 characters is this
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
        if not isinstance(other, AudioInput) or other.__class__ is not self.__class__:
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


class AudioJobDetail(Model):
    """The job as CI sees it. `Code` and `Message` describe a `Failed` job (CI may also send
    `Success`/`Success` for one that did not fail)."""

    __slots__ = (
        "job_id",
        "state",
        "creation_time",
        "data_id",
        "object",
        "url",
        "code",
        "message",
        "unknown_elements",
    )
    job_id: str
    """Id of the new job."""
    state: JobState | str | None
    creation_time: datetime | None
    """When the job was created."""
    data_id: str | None
    """The DataId you sent."""
    object: str | None
    """The object key you sent."""
    url: str | None
    """The URL you sent."""
    code: str | None
    """Error code when the job failed."""
    message: str | None
    """Error message when the job failed."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        job_id: str,
        state: JobState | str | None = None,
        creation_time: datetime | None = None,
        data_id: str | None = None,
        object: str | None = None,
        url: str | None = None,
        code: str | None = None,
        message: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.job_id = job_id
        self.state = state
        self.creation_time = creation_time
        self.data_id = data_id
        self.object = object
        self.url = url
        self.code = code
        self.message = message
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioJobDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.job_id,
            self.state,
            self.creation_time,
            self.data_id,
            self.object,
            self.url,
            self.code,
            self.message,
            self.unknown_elements,
        ) == (
            other.job_id,
            other.state,
            other.creation_time,
            other.data_id,
            other.object,
            other.url,
            other.code,
            other.message,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.job_id
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".JobId")
        leaf(out, f[0], v, path + ".JobId")
        v = self.state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".State")
        v = self.creation_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".CreationTime")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".DataId")
        v = self.object
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Object")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".Url")
        v = self.code
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".Code")
        v = self.message
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[7], v, path + ".Message")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class AudioJobResult(Model):
    """An audio job and its verdict. `Label`, `Result`, the `*Info` blocks and `Section` are
    there once `State` is `Success`; a `Failed` job has `Code` and `Message` instead."""

    __slots__ = (
        "code",
        "message",
        "data_id",
        "job_id",
        "state",
        "creation_time",
        "object",
        "url",
        "label",
        "sub_label",
        "result",
        "audio_text",
        "porn_info",
        "terrorism_info",
        "politics_info",
        "ads_info",
        "teenager_info",
        "abuse_info",
        "illegal_info",
        "meaningless_info",
        "section",
        "language_results",
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
    state: JobState | str | None
    creation_time: datetime | None
    """When the job was created."""
    object: str | None
    """The object key you sent."""
    url: str | None
    """The URL you sent."""
    label: str | None
    """The most severe label found: `Normal`, `Porn`, `Ads`, `Politics`, … (CI adds labels over
    time)."""
    sub_label: str | None
    """A finer label within `Label`."""
    result: ModerationResult | int | None
    audio_text: str | None
    """The whole recognised text of the audio."""
    porn_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    teenager_info: ModerationInfo | None
    abuse_info: ModerationInfo | None
    illegal_info: ModerationInfo | None
    meaningless_info: ModerationInfo | None
    section: list[AudioSection]
    """The flagged (or, with `CallbackType` 1, all) sections of the audio."""
    language_results: list[TimedLabel]
    """Languages detected in the audio."""
    bucket_id: str | None
    """The bucket the object is in."""
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
        state: JobState | str | None = None,
        creation_time: datetime | None = None,
        object: str | None = None,
        url: str | None = None,
        label: str | None = None,
        sub_label: str | None = None,
        result: ModerationResult | int | None = None,
        audio_text: str | None = None,
        porn_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        teenager_info: ModerationInfo | None = None,
        abuse_info: ModerationInfo | None = None,
        illegal_info: ModerationInfo | None = None,
        meaningless_info: ModerationInfo | None = None,
        section: list[AudioSection] = NEW_LIST,
        language_results: list[TimedLabel] = NEW_LIST,
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
        self.label = label
        self.sub_label = sub_label
        self.result = result
        self.audio_text = audio_text
        self.porn_info = porn_info
        self.terrorism_info = terrorism_info
        self.politics_info = politics_info
        self.ads_info = ads_info
        self.teenager_info = teenager_info
        self.abuse_info = abuse_info
        self.illegal_info = illegal_info
        self.meaningless_info = meaningless_info
        self.section = [] if section is NEW_LIST else section
        self.language_results = [] if language_results is NEW_LIST else language_results
        self.bucket_id = bucket_id
        self.region = region
        self.forbid_state = forbid_state
        self.user_info = user_info
        self.list_info = list_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioJobResult) or other.__class__ is not self.__class__:
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
            self.label,
            self.sub_label,
            self.result,
            self.audio_text,
            self.porn_info,
            self.terrorism_info,
            self.politics_info,
            self.ads_info,
            self.teenager_info,
            self.abuse_info,
            self.illegal_info,
            self.meaningless_info,
            self.section,
            self.language_results,
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
            other.label,
            other.sub_label,
            other.result,
            other.audio_text,
            other.porn_info,
            other.terrorism_info,
            other.politics_info,
            other.ads_info,
            other.teenager_info,
            other.abuse_info,
            other.illegal_info,
            other.meaningless_info,
            other.section,
            other.language_results,
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
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Label")
        v = self.sub_label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".SubLabel")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[10], v, path + ".Result")
        v = self.audio_text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[11], v, path + ".AudioText")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[12], v, path + ".PornInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[13], v, path + ".TerrorismInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[14], v, path + ".PoliticsInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[15], v, path + ".AdsInfo")
        v = self.teenager_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[16], v, path + ".TeenagerInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[17], v, path + ".AbuseInfo")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[18], v, path + ".IllegalInfo")
        v = self.meaningless_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[19], v, path + ".MeaninglessInfo")
        v = self.section
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[20], v, path + ".Section")
        v = self.language_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[21], v, path + ".LanguageResults")
        v = self.bucket_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[22], v, path + ".BucketId")
        v = self.region
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[23], v, path + ".Region")
        v = self.forbid_state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[24], v, path + ".ForbidState")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[25], v, path + ".UserInfo")
        v = self.list_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[26], v, path + ".ListInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


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
