"""Models of the feedback family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from ..model import DATETIME, ENUM, NEW_LIST, STRING, FieldSpec, Model, ShapeSpec, UnknownElement
from ..xmlcodec import check_groups, leaf, required, unknowns

__all__ = [
    "BadCaseContentType",
    "BadCaseRequest",
    "BadCaseResponse",
]


class BadCaseContentType(IntEnum):
    """What kind of sample is reported. 1 = text, 2 = image."""

    TEXT = 1
    IMAGE = 2


class BadCaseRequest(Model):
    """A wrongly judged sample, its label, and the label you expected.

    The root element `<Request>` of a document.
    """

    __slots__ = (
        "content_type",
        "job_id",
        "moderation_time",
        "text",
        "url",
        "suggested_label",
        "label",
        "unknown_elements",
    )
    content_type: BadCaseContentType | int
    job_id: str | None
    """The job that judged the sample (helps CI find it)."""
    moderation_time: datetime | None
    """When the sample was judged (sent as the docs write it, `+08:00`)."""
    text: str | bytes | None
    """The text sample (ContentType 1); pass `str` or `bytes`, the client encodes it."""
    url: str | None
    """URL of the image sample (ContentType 2)."""
    suggested_label: str
    """The label you expected, e.g. `Normal`."""
    label: str
    """The label CI gave, e.g. `Porn`."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        content_type: BadCaseContentType | int,
        job_id: str | None = None,
        moderation_time: datetime | None = None,
        text: str | bytes | None = None,
        url: str | None = None,
        suggested_label: str,
        label: str,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.content_type = content_type
        self.job_id = job_id
        self.moderation_time = moderation_time
        self.text = text
        self.url = url
        self.suggested_label = suggested_label
        self.label = label
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, BadCaseRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.content_type,
            self.job_id,
            self.moderation_time,
            self.text,
            self.url,
            self.suggested_label,
            self.label,
            self.unknown_elements,
        ) == (
            other.content_type,
            other.job_id,
            other.moderation_time,
            other.text,
            other.url,
            other.suggested_label,
            other.label,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        check_groups(self, path)
        f = self.__ci_shape__.fields
        v: Any
        v = self.content_type
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".ContentType")
        leaf(out, f[0], v, path + ".ContentType")
        v = self.job_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".JobId")
        v = self.moderation_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".ModerationTime")
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Text")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Url")
        v = self.suggested_label
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".SuggestedLabel")
        leaf(out, f[5], v, path + ".SuggestedLabel")
        v = self.label
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Label")
        leaf(out, f[6], v, path + ".Label")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class BadCaseResponse(Model):
    """Answer to a bad-case report.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "unknown_elements")
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, BadCaseResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.request_id, self.unknown_elements) == (
            other.request_id,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".RequestId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
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
