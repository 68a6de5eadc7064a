"""Models of the live family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from ..model import (
    DATETIME,
    ENUM,
    NEW_LIST,
    SHAPE,
    STRING,
    FieldSpec,
    Model,
    ShapeSpec,
    UnknownElement,
)
from ..xmlcodec import child, leaf, required, unknowns
from .common import CallbackType, CallbackVersion, JobState, UserInfo

__all__ = [
    "LiveAuditingType",
    "CancelLiveAuditingResponse",
    "LiveAuditingRequest",
    "LiveConf",
    "LiveInput",
    "LiveJobDetail",
    "LiveStorageConf",
]


class LiveAuditingType(StrEnum):
    """The job type that makes `POST /video/auditing` a live-stream job. Set by the client."""

    LIVE_VIDEO = "live_video"


class CancelLiveAuditingResponse(Model):
    """Answer to a live-stream cancel.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: LiveJobDetail
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: LiveJobDetail,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, CancelLiveAuditingResponse)
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


class LiveAuditingRequest(Model):
    """Body of a live-stream moderation submit; `Type` is always `live_video`.

    The root element `<Request>` of a document.
    """

    __slots__ = ("type", "input", "conf", "storage_conf", "unknown_elements")
    type: LiveAuditingType | str
    input: LiveInput
    conf: LiveConf
    storage_conf: LiveStorageConf | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        type: LiveAuditingType | str = LiveAuditingType.LIVE_VIDEO,
        input: LiveInput,
        conf: LiveConf,
        storage_conf: LiveStorageConf | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.type = type
        self.input = input
        self.conf = conf
        self.storage_conf = storage_conf
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, LiveAuditingRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.type, self.input, self.conf, self.storage_conf, self.unknown_elements) == (
            other.type,
            other.input,
            other.conf,
            other.storage_conf,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.type
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Type")
        leaf(out, f[0], v, path + ".Type")
        v = self.input
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Input")
        child(out, f[1], v, path + ".Input")
        v = self.conf
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Conf")
        child(out, f[2], v, path + ".Conf")
        v = self.storage_conf
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[3], v, path + ".StorageConf")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class LiveConf(Model):
    """Moderation rules for a live stream. `BizType` is required for live jobs."""

    __slots__ = ("callback", "biz_type", "callback_version", "callback_type", "unknown_elements")
    callback: str | None
    """http(s) URL CI posts results to while the stream is moderated. CI documents no length
    limit; 2048 characters is this client's bound."""
    biz_type: str
    """Id of a moderation policy configured in the console (required for live jobs)."""
    callback_version: CallbackVersion | str | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    callback_type: CallbackType | int | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        callback: str | None = None,
        biz_type: str,
        callback_version: CallbackVersion | str | None = None,
        callback_type: CallbackType | int | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.callback = callback
        self.biz_type = biz_type
        self.callback_version = callback_version
        self.callback_type = callback_type
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, LiveConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.callback,
            self.biz_type,
            self.callback_version,
            self.callback_type,
            self.unknown_elements,
        ) == (
            other.callback,
            other.biz_type,
            other.callback_version,
            other.callback_type,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.callback
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Callback")
        v = self.biz_type
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".BizType")
        leaf(out, f[1], v, path + ".BizType")
        v = self.callback_version
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".CallbackVersion")
        v = self.callback_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".CallbackType")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class LiveInput(Model):
    """The live stream to moderate."""

    __slots__ = ("url", "data_id", "user_info", "unknown_elements")
    url: str
    """URL of the stream, e.g. `rtmp://example.com/live/123`. CI documents RTMP, HLS, HTTP and
    HTTPS streams; the pattern only asks for `scheme://host…`. CI documents no length limit;
    2048 characters is this client's bound."""
    data_id: str | None
    """Your business id, echoed in results and callbacks."""
    user_info: UserInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        url: str,
        data_id: str | None = None,
        user_info: UserInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.url = url
        self.data_id = data_id
        self.user_info = user_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, LiveInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.url, self.data_id, self.user_info, self.unknown_elements) == (
            other.url,
            other.data_id,
            other.user_info,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.url
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Url")
        leaf(out, f[0], v, path + ".Url")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".DataId")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[2], v, path + ".UserInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class LiveJobDetail(Model):
    """The job that was stopped."""

    __slots__ = ("data_id", "job_id", "state", "creation_time", "unknown_elements")
    data_id: str | None
    """The DataId given when the job was submitted."""
    job_id: str
    """Id of the cancelled job."""
    state: JobState | str | None
    creation_time: datetime | None
    """When the job was created."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        data_id: str | None = None,
        job_id: str,
        state: JobState | str | None = None,
        creation_time: datetime | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.data_id = data_id
        self.job_id = job_id
        self.state = state
        self.creation_time = creation_time
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, LiveJobDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.data_id,
            self.job_id,
            self.state,
            self.creation_time,
            self.unknown_elements,
        ) == (other.data_id, other.job_id, other.state, other.creation_time, other.unknown_elements)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".DataId")
        v = self.job_id
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".JobId")
        leaf(out, f[1], v, path + ".JobId")
        v = self.state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".State")
        v = self.creation_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".CreationTime")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class LiveStorageConf(Model):
    """Where CI saves the stream in the bucket: `Path/{JobId}.m3u8` and
    `Path/{JobId}-{yyyyMMddHHmmssSSS}.ts`."""

    __slots__ = ("path", "unknown_elements")
    path: str | None
    """Folder (key prefix) in the bucket for the saved stream. CI documents no limit; 800 bytes
    is this client's bound, leaving room for the file names CI appends within COS's 850-byte
    keys."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        path: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.path = path
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, LiveStorageConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.path, self.unknown_elements) == (other.path, other.unknown_elements)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.path
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Path")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
CancelLiveAuditingResponse.__ci_shape__ = ShapeSpec(
    CancelLiveAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, LiveJobDetail, required=True),
        FieldSpec("RequestId", "request_id", STRING),
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
