"""Models of the text family.

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
    CallbackType,
    CallbackVersion,
    DetectType,
    ForbidState,
    Freeze,
    HitFlag,
    JobState,
    ListInfo,
    ModerationInfo,
    ModerationResult,
    TextModerationInfo,
    UserInfo,
)

__all__ = [
    "TextAuditingRequest",
    "TextAuditingResponse",
    "TextCallbackDetail",
    "TextCallbackSimple",
    "TextCallbackSimpleData",
    "TextConf",
    "TextInput",
    "TextJobResult",
    "TextSection",
    "TextSimpleModerationInfo",
]


class TextAuditingRequest(Model):
    """Body of a text moderation submit.

    The root element `<Request>` of a document.
    """

    __slots__ = ("input", "conf", "unknown_elements")
    input: TextInput
    conf: TextConf
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        input: TextInput,
        conf: TextConf,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.input = input
        self.conf = conf
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextAuditingRequest) or other.__class__ is not self.__class__:
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


class TextAuditingResponse(Model):
    """Answer to a text submit (a created job, or for `Content` the finished verdict) and to a
    text result query.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: TextJobResult
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: TextJobResult,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextAuditingResponse) or other.__class__ is not self.__class__:
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


class TextCallbackDetail(Model):
    """The Detail text callback body."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewText`."""
    jobs_detail: TextJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: TextJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextCallbackDetail) or other.__class__ is not self.__class__:
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


class TextCallbackSimple(Model):
    """The Simple text callback body. `code` 0 means the job succeeded."""

    __slots__ = ("code", "message", "data", "unknown_elements")
    code: int | None
    """0 when the job succeeded; otherwise CI's error code."""
    message: str | None
    """What happened."""
    data: TextCallbackSimpleData
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: int | None = None,
        message: str | None = None,
        data: TextCallbackSimpleData,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.message = message
        self.data = data
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextCallbackSimple) or other.__class__ is not self.__class__:
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


class TextCallbackSimpleData(Model):
    """The verdict in the Simple text callback (snake_case keys, as CI sends them)."""

    __slots__ = (
        "event",
        "trace_id",
        "url",
        "result",
        "forbidden_status",
        "porn_info",
        "ads_info",
        "abuse_info",
        "illegal_info",
        "data_id",
        "unknown_elements",
    )
    event: str
    """The event: `ReviewText`."""
    trace_id: str
    """The job id."""
    url: str | None
    """Full URL of the moderated text file."""
    result: ModerationResult | int | None
    forbidden_status: ForbidState | int | None
    porn_info: TextSimpleModerationInfo | None
    ads_info: TextSimpleModerationInfo | None
    abuse_info: TextSimpleModerationInfo | None
    illegal_info: TextSimpleModerationInfo | None
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
        porn_info: TextSimpleModerationInfo | None = None,
        ads_info: TextSimpleModerationInfo | None = None,
        abuse_info: TextSimpleModerationInfo | None = None,
        illegal_info: TextSimpleModerationInfo | None = None,
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
        self.abuse_info = abuse_info
        self.illegal_info = illegal_info
        self.data_id = data_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextCallbackSimpleData) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.event,
            self.trace_id,
            self.url,
            self.result,
            self.forbidden_status,
            self.porn_info,
            self.ads_info,
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
            other.ads_info,
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
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".ads_info")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".abuse_info")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[8], v, path + ".illegal_info")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".data_id")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextConf(Model):
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
    """Deprecated by CI. Categories to check, sent as one comma-joined element
    (`Porn,Ads,Illegal,Abuse`). CI says it is no longer maintained; use `BizType`."""
    callback: str | None
    """http(s) URL CI posts the result of an `Object`/`Url` job to; ignored for `Content`. CI
    documents no length limit; 2048 characters is this client's bound."""
    biz_type: str | None
    """Id of a moderation policy configured in the console; without it the default policy
    applies."""
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
        if not isinstance(other, TextConf) or other.__class__ is not self.__class__:
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


class TextInput(Model):
    """The text to moderate: exactly one of `Content` (answered at once), `Object` or `Url`
    (answered by a job)."""

    __slots__ = ("object", "content", "url", "data_id", "user_info", "unknown_elements")
    object: str | None
    """Key of a text file in the bucket (UTF-8 or GBK, at most 1 MB). COS keys are at most 850
    bytes."""
    content: str | bytes | None
    """The text itself; pass `str` (sent as UTF-8) or `bytes`, the client base64-encodes it. CI
    limits the text before encoding to 10,000 UTF-8 characters (characters, not bytes) and
    answers an error beyond that; CI states no byte limit. 40,000 bytes (10,000 characters of
    at most 4 bytes) is this client's guard on the unencoded bytes, never stricter than CI;
    longer texts are refused by CI, not here. Only UTF-8 text is accepted. The verdict comes
    back in this call's answer."""
    url: str | None
    """Public http(s) URL of a text file (UTF-8 or GBK, at most 1 MB). CI documents no length
    limit; 2048 characters is this client's bound."""
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
        content: str | bytes | None = None,
        url: str | None = None,
        data_id: str | None = None,
        user_info: UserInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.object = object
        self.content = content
        self.url = url
        self.data_id = data_id
        self.user_info = user_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.object,
            self.content,
            self.url,
            self.data_id,
            self.user_info,
            self.unknown_elements,
        ) == (
            other.object,
            other.content,
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
        v = self.content
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Content")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Url")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".DataId")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".UserInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextJobResult(Model):
    """A text job and its verdict. `Label`, `Result`, the `*Info` blocks and `Section` are there
    once `State` is `Success`; a `Failed` job has `Code` and `Message` instead. A just-created
    job has only `DataId`, `JobId`, `State` and `CreationTime`."""

    __slots__ = (
        "code",
        "message",
        "data_id",
        "job_id",
        "state",
        "creation_time",
        "object",
        "url",
        "content",
        "section_count",
        "label",
        "result",
        "porn_info",
        "ads_info",
        "illegal_info",
        "abuse_info",
        "politics_info",
        "terrorism_info",
        "section",
        "user_info",
        "list_info",
        "bucket_id",
        "region",
        "forbid_state",
        "unknown_elements",
    )
    code: str | None
    """`Success`, or CI's error code for a failed job."""
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
    content: str | bytes | None
    """The text you sent inline (`Content` jobs), decoded (`str` when it is UTF-8, else `bytes`)."""
    section_count: int | None
    """How many sections CI split the text into (10,000 UTF-8 characters each); always 1 for
    inline `Content`."""
    label: str | None
    """The most severe label found: `Normal`, `Porn`, `Ads`, `Illegal`, `Abuse`, … (CI adds
    labels over time)."""
    result: ModerationResult | int | None
    porn_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    illegal_info: ModerationInfo | None
    abuse_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    section: list[TextSection]
    """Each section of the text and its verdict (with `CallbackType` 2, callbacks carry only the
    non-compliant ones)."""
    user_info: UserInfo | None
    list_info: ListInfo | None
    bucket_id: str | None
    """The bucket the text is in (Detail callback)."""
    region: str | None
    """The bucket's region (Detail callback)."""
    forbid_state: ForbidState | int | None
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
        content: str | bytes | None = None,
        section_count: int | None = None,
        label: str | None = None,
        result: ModerationResult | int | None = None,
        porn_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        illegal_info: ModerationInfo | None = None,
        abuse_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        section: list[TextSection] = NEW_LIST,
        user_info: UserInfo | None = None,
        list_info: ListInfo | None = None,
        bucket_id: str | None = None,
        region: str | None = None,
        forbid_state: ForbidState | int | None = None,
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
        self.content = content
        self.section_count = section_count
        self.label = label
        self.result = result
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.illegal_info = illegal_info
        self.abuse_info = abuse_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.section = [] if section is NEW_LIST else section
        self.user_info = user_info
        self.list_info = list_info
        self.bucket_id = bucket_id
        self.region = region
        self.forbid_state = forbid_state
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextJobResult) or other.__class__ is not self.__class__:
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
            self.content,
            self.section_count,
            self.label,
            self.result,
            self.porn_info,
            self.ads_info,
            self.illegal_info,
            self.abuse_info,
            self.politics_info,
            self.terrorism_info,
            self.section,
            self.user_info,
            self.list_info,
            self.bucket_id,
            self.region,
            self.forbid_state,
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
            other.content,
            other.section_count,
            other.label,
            other.result,
            other.porn_info,
            other.ads_info,
            other.illegal_info,
            other.abuse_info,
            other.politics_info,
            other.terrorism_info,
            other.section,
            other.user_info,
            other.list_info,
            other.bucket_id,
            other.region,
            other.forbid_state,
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
        v = self.content
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Content")
        v = self.section_count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".SectionCount")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[10], v, path + ".Label")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[11], v, path + ".Result")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[12], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[13], v, path + ".AdsInfo")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[14], v, path + ".IllegalInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[15], v, path + ".AbuseInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[16], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[17], v, path + ".TerrorismInfo")
        v = self.section
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[18], v, path + ".Section")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[19], v, path + ".UserInfo")
        v = self.list_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[20], v, path + ".ListInfo")
        v = self.bucket_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[21], v, path + ".BucketId")
        v = self.region
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[22], v, path + ".Region")
        v = self.forbid_state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[23], v, path + ".ForbidState")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextSection(Model):
    """One section of the text and its verdict."""

    __slots__ = (
        "start_byte",
        "label",
        "result",
        "porn_info",
        "ads_info",
        "illegal_info",
        "abuse_info",
        "politics_info",
        "terrorism_info",
        "unknown_elements",
    )
    start_byte: int | None
    """Where the section starts in the text, counted from 0 in UTF-8 characters despite the name
    (10 = the 11th character)."""
    label: str | None
    """The section's most severe label."""
    result: ModerationResult | int | None
    porn_info: TextModerationInfo | None
    ads_info: TextModerationInfo | None
    illegal_info: TextModerationInfo | None
    abuse_info: TextModerationInfo | None
    politics_info: TextModerationInfo | None
    terrorism_info: TextModerationInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        start_byte: int | None = None,
        label: str | None = None,
        result: ModerationResult | int | None = None,
        porn_info: TextModerationInfo | None = None,
        ads_info: TextModerationInfo | None = None,
        illegal_info: TextModerationInfo | None = None,
        abuse_info: TextModerationInfo | None = None,
        politics_info: TextModerationInfo | None = None,
        terrorism_info: TextModerationInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.start_byte = start_byte
        self.label = label
        self.result = result
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.illegal_info = illegal_info
        self.abuse_info = abuse_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextSection) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start_byte,
            self.label,
            self.result,
            self.porn_info,
            self.ads_info,
            self.illegal_info,
            self.abuse_info,
            self.politics_info,
            self.terrorism_info,
            self.unknown_elements,
        ) == (
            other.start_byte,
            other.label,
            other.result,
            other.porn_info,
            other.ads_info,
            other.illegal_info,
            other.abuse_info,
            other.politics_info,
            other.terrorism_info,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.start_byte
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".StartByte")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Label")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Result")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[3], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".AdsInfo")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[5], v, path + ".IllegalInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".AbuseInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[8], v, path + ".TerrorismInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextSimpleModerationInfo(Model):
    """One category's verdict in the Simple text callback (a count of sections, no score)."""

    __slots__ = ("hit_flag", "label", "count", "unknown_elements")
    hit_flag: HitFlag | int | None
    label: str | None
    """The keyword that hit (CI's description)."""
    count: int | None
    """How many sections of the text hit this category."""
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
        if not isinstance(other, TextSimpleModerationInfo) or other.__class__ is not self.__class__:
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


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
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
