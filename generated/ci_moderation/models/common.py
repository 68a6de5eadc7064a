"""Models shared by several families.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.

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
from ..xmlcodec import child, comma, leaf, repeated, required, unknowns

__all__ = [
    "CallbackType",
    "CallbackVersion",
    "DetectType",
    "ForbidState",
    "HitFlag",
    "JobState",
    "LibType",
    "ListType",
    "ModerationResult",
    "StrategyService",
    "VideoJobState",
    "AudioSection",
    "Error",
    "Freeze",
    "LibResult",
    "ListInfo",
    "ListResult",
    "Location",
    "ModerationInfo",
    "ObjectResult",
    "OcrResult",
    "SimpleModerationInfo",
    "TextModerationInfo",
    "TimedLabel",
    "UserInfo",
    "VideoAuditingResponse",
    "VideoJobDetail",
]


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


class StrategyService(StrEnum):
    """The kind of content a policy moderates. `Html` is a webpage; `Document` an office or PDF
    file."""

    IMAGE = "Image"
    VIDEO = "Video"
    AUDIO = "Audio"
    TEXT = "Text"
    DOCUMENT = "Document"
    HTML = "Html"


class VideoJobState(StrEnum):
    """State of a video or live job. `Snapshoting` means CI is still taking snapshots (video docs
    only). A live job stays `Auditing` while the stream is moderated."""

    SUBMITTED = "Submitted"
    SNAPSHOTING = "Snapshoting"
    AUDITING = "Auditing"
    SUCCESS = "Success"
    FAILED = "Failed"


class AudioSection(Model):
    """One section of the audio and its verdict."""

    __slots__ = (
        "url",
        "offset_time",
        "duration",
        "text",
        "label",
        "sub_label",
        "result",
        "porn_info",
        "terrorism_info",
        "politics_info",
        "ads_info",
        "teenager_info",
        "abuse_info",
        "illegal_info",
        "meaningless_info",
        "language_results",
        "unknown_elements",
    )
    url: str | None
    """URL of the section's audio (valid for 2 hours)."""
    offset_time: int | None
    """Where the section starts, in milliseconds."""
    duration: int | None
    """How long the section is, in milliseconds."""
    text: str | None
    """The section's recognised text."""
    label: str | None
    """The section's most severe label."""
    sub_label: str | None
    """A finer label."""
    result: ModerationResult | int | None
    porn_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    teenager_info: ModerationInfo | None
    abuse_info: ModerationInfo | None
    illegal_info: ModerationInfo | None
    meaningless_info: ModerationInfo | None
    language_results: list[TimedLabel]
    """Languages detected in the section."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        url: str | None = None,
        offset_time: int | None = None,
        duration: int | None = None,
        text: str | None = None,
        label: str | None = None,
        sub_label: str | None = None,
        result: ModerationResult | int | None = None,
        porn_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        teenager_info: ModerationInfo | None = None,
        abuse_info: ModerationInfo | None = None,
        illegal_info: ModerationInfo | None = None,
        meaningless_info: ModerationInfo | None = None,
        language_results: list[TimedLabel] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.url = url
        self.offset_time = offset_time
        self.duration = duration
        self.text = text
        self.label = label
        self.sub_label = sub_label
        self.result = result
        self.porn_info = porn_info
        self.terrorism_info = terrorism_info
        self.politics_info = politics_info
        self.ads_info = ads_info
        self.teenager_info = teenager_info
        self.abuse_info = abuse_info
        self.illegal_info = illegal_info
        self.meaningless_info = meaningless_info
        self.language_results = [] if language_results is NEW_LIST else language_results
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, AudioSection) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url,
            self.offset_time,
            self.duration,
            self.text,
            self.label,
            self.sub_label,
            self.result,
            self.porn_info,
            self.terrorism_info,
            self.politics_info,
            self.ads_info,
            self.teenager_info,
            self.abuse_info,
            self.illegal_info,
            self.meaningless_info,
            self.language_results,
            self.unknown_elements,
        ) == (
            other.url,
            other.offset_time,
            other.duration,
            other.text,
            other.label,
            other.sub_label,
            other.result,
            other.porn_info,
            other.terrorism_info,
            other.politics_info,
            other.ads_info,
            other.teenager_info,
            other.abuse_info,
            other.illegal_info,
            other.meaningless_info,
            other.language_results,
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
        v = self.offset_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".OffsetTime")
        v = self.duration
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Duration")
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Text")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Label")
        v = self.sub_label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".SubLabel")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".Result")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".PornInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[8], v, path + ".TerrorismInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[9], v, path + ".PoliticsInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[10], v, path + ".AdsInfo")
        v = self.teenager_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[11], v, path + ".TeenagerInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[12], v, path + ".AbuseInfo")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[13], v, path + ".IllegalInfo")
        v = self.meaningless_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[14], v, path + ".MeaninglessInfo")
        v = self.language_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[15], v, path + ".LanguageResults")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class Error(Model):
    """The CI error envelope (like COS's; CI's docs list no `Resource`, COS's do).

    The root element `<Error>` of a document.
    """

    __slots__ = ("code", "message", "resource", "request_id", "trace_id", "unknown_elements")
    code: str | None
    """Error code, for example `InvalidArgument`."""
    message: str | None
    """What went wrong."""
    resource: str | None
    """The resource the request named (COS hosts send it)."""
    request_id: str | None
    """Id of the failed request."""
    trace_id: str | None
    """Trace id for Tencent support."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: str | None = None,
        message: str | None = None,
        resource: str | None = None,
        request_id: str | None = None,
        trace_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.message = message
        self.resource = resource
        self.request_id = request_id
        self.trace_id = trace_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, Error) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code,
            self.message,
            self.resource,
            self.request_id,
            self.trace_id,
            self.unknown_elements,
        ) == (
            other.code,
            other.message,
            other.resource,
            other.request_id,
            other.trace_id,
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
        v = self.resource
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Resource")
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".RequestId")
        v = self.trace_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".TraceId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class Freeze(Model):
    """Freeze the object automatically when a category's score reaches the threshold (0–100)."""

    __slots__ = (
        "porn_score",
        "illegal_score",
        "terrorism_score",
        "politics_score",
        "ads_score",
        "abuse_score",
        "teenager_score",
        "unknown_elements",
    )
    porn_score: int | None
    illegal_score: int | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorism_score: int | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    politics_score: int | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    ads_score: int | None
    abuse_score: int | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    teenager_score: int | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        porn_score: int | None = None,
        illegal_score: int | None = None,
        terrorism_score: int | None = None,
        politics_score: int | None = None,
        ads_score: int | None = None,
        abuse_score: int | None = None,
        teenager_score: int | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.porn_score = porn_score
        self.illegal_score = illegal_score
        self.terrorism_score = terrorism_score
        self.politics_score = politics_score
        self.ads_score = ads_score
        self.abuse_score = abuse_score
        self.teenager_score = teenager_score
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, Freeze) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.porn_score,
            self.illegal_score,
            self.terrorism_score,
            self.politics_score,
            self.ads_score,
            self.abuse_score,
            self.teenager_score,
            self.unknown_elements,
        ) == (
            other.porn_score,
            other.illegal_score,
            other.terrorism_score,
            other.politics_score,
            other.ads_score,
            other.abuse_score,
            other.teenager_score,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.porn_score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".PornScore")
        v = self.illegal_score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".IllegalScore")
        v = self.terrorism_score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".TerrorismScore")
        v = self.politics_score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".PoliticsScore")
        v = self.ads_score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".AdsScore")
        v = self.abuse_score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".AbuseScore")
        v = self.teenager_score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".TeenagerScore")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class LibResult(Model):
    """A keyword library that matched."""

    __slots__ = ("lib_type", "lib_name", "keywords", "image_id", "score", "unknown_elements")
    lib_type: LibType | int | None
    lib_name: str | None
    """The library's name."""
    keywords: list[str]
    """The library's words that matched."""
    image_id: str | None
    """Id of the library image the snapshot matched."""
    score: int | None
    """Confidence, 0–100, that the image matches the library sample."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        lib_type: LibType | int | None = None,
        lib_name: str | None = None,
        keywords: list[str] = NEW_LIST,
        image_id: str | None = None,
        score: int | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.lib_type = lib_type
        self.lib_name = lib_name
        self.keywords = [] if keywords is NEW_LIST else keywords
        self.image_id = image_id
        self.score = score
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, LibResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.lib_type,
            self.lib_name,
            self.keywords,
            self.image_id,
            self.score,
            self.unknown_elements,
        ) == (
            other.lib_type,
            other.lib_name,
            other.keywords,
            other.image_id,
            other.score,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.lib_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".LibType")
        v = self.lib_name
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".LibName")
        v = self.keywords
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[2], v, path + ".Keywords")
        v = self.image_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".ImageId")
        v = self.score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Score")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ListInfo(Model):
    """Allow or block lists the content matched."""

    __slots__ = ("list_results", "unknown_elements")
    list_results: list[ListResult]
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        list_results: list[ListResult] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.list_results = [] if list_results is NEW_LIST else list_results
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ListInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.list_results, self.unknown_elements) == (
            other.list_results,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.list_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[0], v, path + ".ListResults")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ListResult(Model):
    """One list that matched."""

    __slots__ = ("list_type", "list_name", "entity", "unknown_elements")
    list_type: ListType | int | None
    list_name: str | None
    """The list's name."""
    entity: str | None
    """The entry that matched."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        list_type: ListType | int | None = None,
        list_name: str | None = None,
        entity: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.list_type = list_type
        self.list_name = list_name
        self.entity = entity
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ListResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.list_type, self.list_name, self.entity, self.unknown_elements) == (
            other.list_type,
            other.list_name,
            other.entity,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.list_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".ListType")
        v = self.list_name
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".ListName")
        v = self.entity
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Entity")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class Location(Model):
    """A box in the image, in pixels. CI types every member Float; they are decimal strings here
    because this spec has no number type (see the notes)."""

    __slots__ = ("x", "y", "width", "height", "rotate", "unknown_elements")
    x: float | None
    """X of the box's top-left corner."""
    y: float | None
    """Y of the box's top-left corner."""
    width: float | None
    """Width of the box."""
    height: float | None
    """Height of the box."""
    rotate: float | None
    """Rotation of the box, 0–360 degrees counter-clockwise."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        x: float | None = None,
        y: float | None = None,
        width: float | None = None,
        height: float | None = None,
        rotate: float | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.rotate = rotate
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, Location) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.x, self.y, self.width, self.height, self.rotate, self.unknown_elements) == (
            other.x,
            other.y,
            other.width,
            other.height,
            other.rotate,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.x
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".X")
        v = self.y
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Y")
        v = self.width
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Width")
        v = self.height
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Height")
        v = self.rotate
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Rotate")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ModerationInfo(Model):
    """The verdict for one category (porn, ads, …), for the whole job or one section."""

    __slots__ = (
        "hit_flag",
        "score",
        "label",
        "sub_label",
        "category",
        "keywords",
        "lib_results",
        "speaker_results",
        "recognition_results",
        "count",
        "ocr_results",
        "object_results",
        "code",
        "msg",
        "unknown_elements",
    )
    hit_flag: HitFlag | int | None
    score: int | None
    """Confidence, 0–100: the higher, the more likely the category applies."""
    label: str | None
    """The label within the category."""
    sub_label: str | None
    """A finer label."""
    category: str | None
    """The category CI matched."""
    keywords: list[str]
    """The words that matched."""
    lib_results: list[LibResult]
    """Keyword libraries that matched."""
    speaker_results: list[TimedLabel]
    """Speaker traits (gender, age…) recognised, with when."""
    recognition_results: list[TimedLabel]
    """Sounds recognised (e.g. moaning), with when."""
    count: int | None
    """How many snapshots hit this category (job level of a video or live job)."""
    ocr_results: list[OcrResult]
    """Text found in the image that hit the category, with where it is."""
    object_results: list[ObjectResult]
    """Objects (e.g. a person's name, a logo) recognised in the image, with where they are."""
    code: str | None
    """A per-category status code. CI's text-query skeleton (1534/64485) shows an empty `<Code>`
    in section blocks without describing it; the Go SDK reads an integer. Kept as text so that
    any value reads."""
    msg: str | None
    """A per-category status message (Go SDK `RecognitionInfo.Msg`; no doc describes it). Not
    documented by CI for this operation (seen in official SDKs)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        hit_flag: HitFlag | int | None = None,
        score: int | None = None,
        label: str | None = None,
        sub_label: str | None = None,
        category: str | None = None,
        keywords: list[str] = NEW_LIST,
        lib_results: list[LibResult] = NEW_LIST,
        speaker_results: list[TimedLabel] = NEW_LIST,
        recognition_results: list[TimedLabel] = NEW_LIST,
        count: int | None = None,
        ocr_results: list[OcrResult] = NEW_LIST,
        object_results: list[ObjectResult] = NEW_LIST,
        code: str | None = None,
        msg: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.hit_flag = hit_flag
        self.score = score
        self.label = label
        self.sub_label = sub_label
        self.category = category
        self.keywords = [] if keywords is NEW_LIST else keywords
        self.lib_results = [] if lib_results is NEW_LIST else lib_results
        self.speaker_results = [] if speaker_results is NEW_LIST else speaker_results
        self.recognition_results = [] if recognition_results is NEW_LIST else recognition_results
        self.count = count
        self.ocr_results = [] if ocr_results is NEW_LIST else ocr_results
        self.object_results = [] if object_results is NEW_LIST else object_results
        self.code = code
        self.msg = msg
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ModerationInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.hit_flag,
            self.score,
            self.label,
            self.sub_label,
            self.category,
            self.keywords,
            self.lib_results,
            self.speaker_results,
            self.recognition_results,
            self.count,
            self.ocr_results,
            self.object_results,
            self.code,
            self.msg,
            self.unknown_elements,
        ) == (
            other.hit_flag,
            other.score,
            other.label,
            other.sub_label,
            other.category,
            other.keywords,
            other.lib_results,
            other.speaker_results,
            other.recognition_results,
            other.count,
            other.ocr_results,
            other.object_results,
            other.code,
            other.msg,
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
            leaf(out, f[0], v, path + ".HitFlag")
        v = self.score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Score")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Label")
        v = self.sub_label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".SubLabel")
        v = self.category
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Category")
        v = self.keywords
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[5], v, path + ".Keywords")
        v = self.lib_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[6], v, path + ".LibResults")
        v = self.speaker_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[7], v, path + ".SpeakerResults")
        v = self.recognition_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[8], v, path + ".RecognitionResults")
        v = self.count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".Count")
        v = self.ocr_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[10], v, path + ".OcrResults")
        v = self.object_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[11], v, path + ".ObjectResults")
        v = self.code
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[12], v, path + ".Code")
        v = self.msg
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[13], v, path + ".Msg")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ObjectResult(Model):
    """An object recognised in an image and where it is."""

    __slots__ = ("name", "location", "unknown_elements")
    name: str | None
    """What was recognised, e.g. a person's name."""
    location: Location | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        name: str | None = None,
        location: Location | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.name = name
        self.location = location
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ObjectResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.location, self.unknown_elements) == (
            other.name,
            other.location,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.name
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Name")
        v = self.location
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[1], v, path + ".Location")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class OcrResult(Model):
    """Text recognised in an image, the words that hit, and where the text is."""

    __slots__ = ("text", "keywords", "location", "unknown_elements")
    text: str | None
    """The recognised text."""
    keywords: list[str]
    """The words that hit the category."""
    location: Location | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        text: str | None = None,
        keywords: list[str] = NEW_LIST,
        location: Location | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.text = text
        self.keywords = [] if keywords is NEW_LIST else keywords
        self.location = location
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, OcrResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.keywords, self.location, self.unknown_elements) == (
            other.text,
            other.keywords,
            other.location,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Text")
        v = self.keywords
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[1], v, path + ".Keywords")
        v = self.location
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[2], v, path + ".Location")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class SimpleModerationInfo(Model):
    """One category's verdict in the Simple callback."""

    __slots__ = ("hit_flag", "score", "label", "unknown_elements")
    hit_flag: HitFlag | int | None
    score: int | None
    """Confidence, 0–100."""
    label: str | None
    """The label within the category."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        hit_flag: HitFlag | int | None = None,
        score: int | None = None,
        label: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.hit_flag = hit_flag
        self.score = score
        self.label = label
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, SimpleModerationInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.hit_flag, self.score, self.label, self.unknown_elements) == (
            other.hit_flag,
            other.score,
            other.label,
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
        v = self.score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".score")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".label")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextModerationInfo(Model):
    """The verdict for one category in a text section (or a webpage's text). As `ModerationInfo`,
    except that CI sends `Keywords` as one element of comma-joined words
    (`<Keywords>a,b</Keywords>`, `"Keywords": "a,b"`), read here as a list."""

    __slots__ = (
        "hit_flag",
        "score",
        "label",
        "sub_label",
        "category",
        "count",
        "keywords",
        "lib_results",
        "code",
        "unknown_elements",
    )
    hit_flag: HitFlag | int | None
    score: int | None
    """Confidence, 0–100: the higher, the more likely the category applies."""
    label: str | None
    """The label within the category."""
    sub_label: str | None
    """A finer label."""
    category: str | None
    """The category CI matched."""
    count: int | None
    """How many times the category was hit in the section."""
    keywords: list[str]
    """The words that matched."""
    lib_results: list[LibResult]
    """Keyword libraries that matched."""
    code: str | None
    """A per-category status code (CI shows it empty and does not describe it)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        hit_flag: HitFlag | int | None = None,
        score: int | None = None,
        label: str | None = None,
        sub_label: str | None = None,
        category: str | None = None,
        count: int | None = None,
        keywords: list[str] = NEW_LIST,
        lib_results: list[LibResult] = NEW_LIST,
        code: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.hit_flag = hit_flag
        self.score = score
        self.label = label
        self.sub_label = sub_label
        self.category = category
        self.count = count
        self.keywords = [] if keywords is NEW_LIST else keywords
        self.lib_results = [] if lib_results is NEW_LIST else lib_results
        self.code = code
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextModerationInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.hit_flag,
            self.score,
            self.label,
            self.sub_label,
            self.category,
            self.count,
            self.keywords,
            self.lib_results,
            self.code,
            self.unknown_elements,
        ) == (
            other.hit_flag,
            other.score,
            other.label,
            other.sub_label,
            other.category,
            other.count,
            other.keywords,
            other.lib_results,
            other.code,
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
            leaf(out, f[0], v, path + ".HitFlag")
        v = self.score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Score")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Label")
        v = self.sub_label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".SubLabel")
        v = self.category
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Category")
        v = self.count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".Count")
        v = self.keywords
        if v is not None and (v or not isinstance(v, str | list)):
            comma(out, f[6], v, path + ".Keywords")
        v = self.lib_results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[7], v, path + ".LibResults")
        v = self.code
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Code")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TimedLabel(Model):
    """A label recognised over a span of time (a speaker trait, a sound, a language)."""

    __slots__ = ("label", "score", "start_time", "end_time", "unknown_elements")
    label: str | None
    """What was recognised."""
    score: int | None
    """Confidence, 0–100."""
    start_time: int | None
    """Where it starts, in milliseconds."""
    end_time: int | None
    """Where it ends, in milliseconds."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        label: str | None = None,
        score: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.label = label
        self.score = score
        self.start_time = start_time
        self.end_time = end_time
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TimedLabel) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.label, self.score, self.start_time, self.end_time, self.unknown_elements) == (
            other.label,
            other.score,
            other.start_time,
            other.end_time,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Label")
        v = self.score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Score")
        v = self.start_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".StartTime")
        v = self.end_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".EndTime")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class UserInfo(Model):
    """Who produced the content; every field is at most 128 bytes."""

    __slots__ = (
        "token_id",
        "nickname",
        "device_id",
        "app_id",
        "room",
        "ip",
        "type",
        "receive_token_id",
        "gender",
        "level",
        "role",
        "unknown_elements",
    )
    token_id: str | None
    """Account id."""
    nickname: str | None
    """Nickname."""
    device_id: str | None
    """Device id."""
    app_id: str | None
    """App id."""
    room: str | None
    """Room id."""
    ip: str | None
    """IP address."""
    type: str | None
    """Business type."""
    receive_token_id: str | None
    """Account id of the receiver."""
    gender: str | None
    """Gender."""
    level: str | None
    """Level."""
    role: str | None
    """Role."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        token_id: str | None = None,
        nickname: str | None = None,
        device_id: str | None = None,
        app_id: str | None = None,
        room: str | None = None,
        ip: str | None = None,
        type: str | None = None,
        receive_token_id: str | None = None,
        gender: str | None = None,
        level: str | None = None,
        role: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.token_id = token_id
        self.nickname = nickname
        self.device_id = device_id
        self.app_id = app_id
        self.room = room
        self.ip = ip
        self.type = type
        self.receive_token_id = receive_token_id
        self.gender = gender
        self.level = level
        self.role = role
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, UserInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.token_id,
            self.nickname,
            self.device_id,
            self.app_id,
            self.room,
            self.ip,
            self.type,
            self.receive_token_id,
            self.gender,
            self.level,
            self.role,
            self.unknown_elements,
        ) == (
            other.token_id,
            other.nickname,
            other.device_id,
            other.app_id,
            other.room,
            other.ip,
            other.type,
            other.receive_token_id,
            other.gender,
            other.level,
            other.role,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.token_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".TokenId")
        v = self.nickname
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Nickname")
        v = self.device_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".DeviceId")
        v = self.app_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".AppId")
        v = self.room
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Room")
        v = self.ip
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".IP")
        v = self.type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".Type")
        v = self.receive_token_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[7], v, path + ".ReceiveTokenId")
        v = self.gender
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Gender")
        v = self.level
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".Level")
        v = self.role
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[10], v, path + ".Role")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class VideoAuditingResponse(Model):
    """Answer to a video or live-stream moderation submit.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: VideoJobDetail
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: VideoJobDetail,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoAuditingResponse) or other.__class__ is not self.__class__:
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


class VideoJobDetail(Model):
    """The job as CI sees it right after the submit."""

    __slots__ = (
        "data_id",
        "job_id",
        "state",
        "creation_time",
        "object",
        "url",
        "code",
        "message",
        "unknown_elements",
    )
    data_id: str | None
    """The DataId you sent."""
    job_id: str
    """Id of the new job (live jobs start with `av` in CI's examples)."""
    state: VideoJobState | str | None
    creation_time: datetime | None
    """When the job was created."""
    object: str | None
    """The object key you sent (the Go SDK reads it; the docs do not list it)."""
    url: str | None
    """The URL you sent (the Go SDK reads it; the docs do not list it)."""
    code: str | None
    """Error code when the job failed (not in the submit docs)."""
    message: str | None
    """Error message when the job failed (not in the submit docs)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        data_id: str | None = None,
        job_id: str,
        state: VideoJobState | str | None = None,
        creation_time: datetime | None = None,
        object: str | None = None,
        url: str | None = None,
        code: str | None = None,
        message: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.data_id = data_id
        self.job_id = job_id
        self.state = state
        self.creation_time = creation_time
        self.object = object
        self.url = url
        self.code = code
        self.message = message
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, VideoJobDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.data_id,
            self.job_id,
            self.state,
            self.creation_time,
            self.object,
            self.url,
            self.code,
            self.message,
            self.unknown_elements,
        ) == (
            other.data_id,
            other.job_id,
            other.state,
            other.creation_time,
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


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
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
VideoAuditingResponse.__ci_shape__ = ShapeSpec(
    VideoAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, VideoJobDetail, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
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
