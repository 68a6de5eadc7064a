"""Models of the live family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..model import DATETIME, ENUM, SHAPE, STRING, FieldSpec, Model, ShapeSpec, UnknownElement
from .common import JobState

__all__ = [
    "CancelLiveAuditingResponse",
    "LiveJobDetail",
]


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


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
CancelLiveAuditingResponse.__ci_shape__ = ShapeSpec(
    CancelLiveAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, LiveJobDetail, required=True),
        FieldSpec("RequestId", "request_id", STRING),
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
