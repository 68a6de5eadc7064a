"""Models of the live family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ..model import DATETIME, ENUM, SHAPE, STRING, FieldSpec, Model, ShapeSpec, UnknownElement
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
