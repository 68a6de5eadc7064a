"""Models of the image family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
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
    DetectType,
    ForbidState,
    Freeze,
    JobState,
    ListInfo,
    ModerationInfo,
    ModerationResult,
    SimpleModerationInfo,
    UserInfo,
)

__all__ = [
    "ImageAsync",
    "ImageCompressionResult",
    "ImageLargeImageDetect",
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
]


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


class ImageAuditingRequest(Model):
    """Body of a batch image moderation request.

    The root element `<Request>` of a document.
    """

    __slots__ = ("input", "conf", "unknown_elements")
    input: list[ImageInput]
    """The images, one `Input` each (at most 100 a request)."""
    conf: ImageConf
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        input: list[ImageInput],
        conf: ImageConf,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.input = input
        self.conf = conf
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageAuditingRequest) or other.__class__ is not self.__class__:
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
        repeated(out, f[0], v, path + ".Input")
        v = self.conf
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Conf")
        child(out, f[1], v, path + ".Conf")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ImageAuditingResponse(Model):
    """Answer to a batch image moderation request.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: list[ImageJobResult]
    """One entry per `Input` (match them by `DataId`)."""
    request_id: str | None
    """Id CI gave the request."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: list[ImageJobResult],
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageAuditingResponse) or other.__class__ is not self.__class__:
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
        repeated(out, f[0], v, path + ".JobsDetail")
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".RequestId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ImageAuditingResultResponse(Model):
    """Answer to an image job query.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: ImageJobResult
    request_id: str | None
    """Id CI gave the request."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: ImageJobResult,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, ImageAuditingResultResponse)
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


class ImageCallbackDetail(Model):
    """The Detail callback body."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewImage`."""
    jobs_detail: ImageJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: ImageJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageCallbackDetail) or other.__class__ is not self.__class__:
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


class ImageCallbackSimple(Model):
    """The Simple callback body. `code` 0 means the moderation succeeded."""

    __slots__ = ("code", "message", "data", "unknown_elements")
    code: int | None
    """0 when the moderation succeeded; otherwise CI's error code."""
    message: str | None
    """What happened."""
    data: ImageCallbackSimpleData
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: int | None = None,
        message: str | None = None,
        data: ImageCallbackSimpleData,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.message = message
        self.data = data
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageCallbackSimple) or other.__class__ is not self.__class__:
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


class ImageCallbackSimpleData(Model):
    """The verdict in the Simple callback (snake_case keys, as CI sends them)."""

    __slots__ = (
        "event",
        "trace_id",
        "url",
        "result",
        "forbidden_status",
        "porn_info",
        "ads_info",
        "quality_info",
        "data_id",
        "unknown_elements",
    )
    event: str
    """The event: `ReviewImage`."""
    trace_id: str
    """Unique id of the moderation (the job id)."""
    url: str | None
    """Full URL of the image moderated."""
    result: ModerationResult | int | None
    forbidden_status: ForbidState | int | None
    porn_info: SimpleModerationInfo | None
    ads_info: SimpleModerationInfo | None
    quality_info: SimpleModerationInfo | None
    data_id: str | None
    """The DataId you sent (newest CN docs only)."""
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
        ads_info: SimpleModerationInfo | None = None,
        quality_info: SimpleModerationInfo | None = None,
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
        self.quality_info = quality_info
        self.data_id = data_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageCallbackSimpleData) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.event,
            self.trace_id,
            self.url,
            self.result,
            self.forbidden_status,
            self.porn_info,
            self.ads_info,
            self.quality_info,
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
            other.quality_info,
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
        v = self.quality_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".quality_info")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".data_id")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ImageConf(Model):
    """Moderation rules for every image of the request. Everything is optional: an empty `Conf`
    uses the bucket's default policy and answers synchronously."""

    __slots__ = ("biz_type", "detect_type", "async_", "callback", "freeze", "unknown_elements")
    biz_type: str | None
    """Id of a moderation policy configured in the console."""
    detect_type: list[DetectType | str]
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI's
    current docs drop it in favour of `BizType` policies; it is still sent if set."""
    async_: ImageAsync | int | None
    callback: str | None
    """http(s) URL CI posts each verdict to (the Detail form), when `Async` is 1. CI documents no
    length limit; 2048 characters is this client's bound."""
    freeze: Freeze | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        biz_type: str | None = None,
        detect_type: list[DetectType | str] = NEW_LIST,
        async_: ImageAsync | int | None = None,
        callback: str | None = None,
        freeze: Freeze | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.biz_type = biz_type
        self.detect_type = [] if detect_type is NEW_LIST else detect_type
        self.async_ = async_
        self.callback = callback
        self.freeze = freeze
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.biz_type,
            self.detect_type,
            self.async_,
            self.callback,
            self.freeze,
            self.unknown_elements,
        ) == (
            other.biz_type,
            other.detect_type,
            other.async_,
            other.callback,
            other.freeze,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.biz_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".BizType")
        v = self.detect_type
        if v is not None and (v or not isinstance(v, str | list)):
            comma(out, f[1], v, path + ".DetectType")
        v = self.async_
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Async")
        v = self.callback
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Callback")
        v = self.freeze
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".Freeze")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ImageInput(Model):
    """One image: exactly one of `Object`, `Url` and `Content` (CI would use only one, in the
    order Content, Object, Url, and ignore the others silently)."""

    __slots__ = (
        "data_id",
        "object",
        "url",
        "content",
        "interval",
        "max_frames",
        "large_image_detect",
        "user_info",
        "unknown_elements",
    )
    data_id: str | None
    """Your business id for the image, echoed in its `JobsDetail` and callback."""
    object: str | None
    """Key of the image in the bucket, e.g. `test/image.jpg` (read over the private network; COS
    keys are at most 850 bytes)."""
    url: str | None
    """Public http(s) URL of the image (fetching it causes public traffic at its origin). CI
    documents no length limit; 2048 characters is this client's bound."""
    content: str | bytes | None
    """The image itself; pass `bytes`, the client base64-encodes it. CI documents a 32 MB image
    limit but no limit on the encoded element or the request body."""
    interval: int | None
    """GIF only: take every Nth frame, starting with the first (CI's default 5). What 0 means is
    not documented."""
    max_frames: int | None
    """GIF only: the most frames to moderate, at least 1 (CI's default 5)."""
    large_image_detect: ImageLargeImageDetect | int | None
    user_info: UserInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        data_id: str | None = None,
        object: str | None = None,
        url: str | None = None,
        content: str | bytes | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: ImageLargeImageDetect | int | None = None,
        user_info: UserInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.data_id = data_id
        self.object = object
        self.url = url
        self.content = content
        self.interval = interval
        self.max_frames = max_frames
        self.large_image_detect = large_image_detect
        self.user_info = user_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.data_id,
            self.object,
            self.url,
            self.content,
            self.interval,
            self.max_frames,
            self.large_image_detect,
            self.user_info,
            self.unknown_elements,
        ) == (
            other.data_id,
            other.object,
            other.url,
            other.content,
            other.interval,
            other.max_frames,
            other.large_image_detect,
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
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".DataId")
        v = self.object
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Object")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Url")
        v = self.content
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Content")
        v = self.interval
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Interval")
        v = self.max_frames
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".MaxFrames")
        v = self.large_image_detect
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".LargeImageDetect")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".UserInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ImageJobResult(Model):
    """One image job: its state and, once `State` is `Success`, its verdict (`Result`, `Label`,
    the `*Info` blocks). In a batch answer an image CI refused has only `Code`, `Message` and
    `DataId` (no `JobId`); a `Submitted` job has only its ids."""

    __slots__ = (
        "code",
        "message",
        "data_id",
        "job_id",
        "state",
        "creation_time",
        "compression_result",
        "object",
        "url",
        "label",
        "result",
        "score",
        "category",
        "sub_label",
        "text",
        "porn_info",
        "ads_info",
        "quality_info",
        "politics_info",
        "terrorism_info",
        "terrorist_info",
        "teenager_info",
        "user_info",
        "list_info",
        "forbid_state",
        "bucket_id",
        "region",
        "unknown_elements",
    )
    code: str | None
    """CI's error code when this image failed (e.g. `InvalidArgument`, or a negative number);
    `Success` or absent otherwise."""
    message: str | None
    """What went wrong for this image."""
    data_id: str | None
    """The DataId you sent."""
    job_id: str | None
    """Id of the job (absent when CI refused the image)."""
    state: JobState | str | None
    creation_time: datetime | None
    """When the job was created."""
    compression_result: ImageCompressionResult | int | None
    object: str | None
    """The object key you sent."""
    url: str | None
    """The URL you sent."""
    label: str | None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    result: ModerationResult | int | None
    score: int | None
    """Confidence in `Label`, 0–100."""
    category: str | None
    """The category within `Label`, e.g. `Sexy` within `Porn`."""
    sub_label: str | None
    """The finer label within `Label`, e.g. `SexBehavior`."""
    text: str | None
    """Text recognised in the image (when the policy enables OCR)."""
    porn_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    quality_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorism_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorist_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    teenager_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    user_info: UserInfo | None
    list_info: ListInfo | None
    forbid_state: ForbidState | int | None
    bucket_id: str | None
    """The bucket the image is in (in callbacks)."""
    region: str | None
    """The bucket's region (in callbacks)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: str | None = None,
        message: str | None = None,
        data_id: str | None = None,
        job_id: str | None = None,
        state: JobState | str | None = None,
        creation_time: datetime | None = None,
        compression_result: ImageCompressionResult | int | None = None,
        object: str | None = None,
        url: str | None = None,
        label: str | None = None,
        result: ModerationResult | int | None = None,
        score: int | None = None,
        category: str | None = None,
        sub_label: str | None = None,
        text: str | None = None,
        porn_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        quality_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        terrorist_info: ModerationInfo | None = None,
        teenager_info: ModerationInfo | None = None,
        user_info: UserInfo | None = None,
        list_info: ListInfo | None = None,
        forbid_state: ForbidState | int | None = None,
        bucket_id: str | None = None,
        region: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.message = message
        self.data_id = data_id
        self.job_id = job_id
        self.state = state
        self.creation_time = creation_time
        self.compression_result = compression_result
        self.object = object
        self.url = url
        self.label = label
        self.result = result
        self.score = score
        self.category = category
        self.sub_label = sub_label
        self.text = text
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.quality_info = quality_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.terrorist_info = terrorist_info
        self.teenager_info = teenager_info
        self.user_info = user_info
        self.list_info = list_info
        self.forbid_state = forbid_state
        self.bucket_id = bucket_id
        self.region = region
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageJobResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code,
            self.message,
            self.data_id,
            self.job_id,
            self.state,
            self.creation_time,
            self.compression_result,
            self.object,
            self.url,
            self.label,
            self.result,
            self.score,
            self.category,
            self.sub_label,
            self.text,
            self.porn_info,
            self.ads_info,
            self.quality_info,
            self.politics_info,
            self.terrorism_info,
            self.terrorist_info,
            self.teenager_info,
            self.user_info,
            self.list_info,
            self.forbid_state,
            self.bucket_id,
            self.region,
            self.unknown_elements,
        ) == (
            other.code,
            other.message,
            other.data_id,
            other.job_id,
            other.state,
            other.creation_time,
            other.compression_result,
            other.object,
            other.url,
            other.label,
            other.result,
            other.score,
            other.category,
            other.sub_label,
            other.text,
            other.porn_info,
            other.ads_info,
            other.quality_info,
            other.politics_info,
            other.terrorism_info,
            other.terrorist_info,
            other.teenager_info,
            other.user_info,
            other.list_info,
            other.forbid_state,
            other.bucket_id,
            other.region,
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
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".JobId")
        v = self.state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".State")
        v = self.creation_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".CreationTime")
        v = self.compression_result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".CompressionResult")
        v = self.object
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[7], v, path + ".Object")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Url")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".Label")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[10], v, path + ".Result")
        v = self.score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[11], v, path + ".Score")
        v = self.category
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[12], v, path + ".Category")
        v = self.sub_label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[13], v, path + ".SubLabel")
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[14], v, path + ".Text")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[15], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[16], v, path + ".AdsInfo")
        v = self.quality_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[17], v, path + ".QualityInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[18], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[19], v, path + ".TerrorismInfo")
        v = self.terrorist_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[20], v, path + ".TerroristInfo")
        v = self.teenager_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[21], v, path + ".TeenagerInfo")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[22], v, path + ".UserInfo")
        v = self.list_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[23], v, path + ".ListInfo")
        v = self.forbid_state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[24], v, path + ".ForbidState")
        v = self.bucket_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[25], v, path + ".BucketId")
        v = self.region
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[26], v, path + ".Region")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class ImageRecognitionResult(Model):
    """Answer to a single-image moderation. Synchronous (`async` 0): the verdict, `State`
    `Success`. Asynchronous (`async` 1): only `JobId` (and `State` `Submitted`, `DataId`,
    `Object` or `Url`); the verdict comes later.

    The root element `<RecognitionResult>` of a document.
    """

    __slots__ = (
        "job_id",
        "state",
        "data_id",
        "object",
        "url",
        "compression_result",
        "result",
        "label",
        "category",
        "sub_label",
        "score",
        "text",
        "porn_info",
        "ads_info",
        "quality_info",
        "politics_info",
        "terrorism_info",
        "terrorist_info",
        "teenager_info",
        "forbid_state",
        "unknown_elements",
    )
    job_id: str | None
    """Id of the moderation job; use it with GetImageAuditingJob."""
    state: JobState | str | None
    data_id: str | None
    """The `dataid` you sent."""
    object: str | None
    """The object key moderated."""
    url: str | None
    """The `detect-url` moderated."""
    compression_result: ImageCompressionResult | int | None
    result: ModerationResult | int | None
    label: str | None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    category: str | None
    """The category within `Label`, e.g. `Sexy` within `Porn`."""
    sub_label: str | None
    """The finer label within `Label`, e.g. `SexBehavior`."""
    score: int | None
    """Confidence in `Label`, 0–100."""
    text: str | None
    """Text recognised in the image (when the policy enables OCR)."""
    porn_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    quality_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorism_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    terrorist_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    teenager_info: ModerationInfo | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    forbid_state: ForbidState | int | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        job_id: str | None = None,
        state: JobState | str | None = None,
        data_id: str | None = None,
        object: str | None = None,
        url: str | None = None,
        compression_result: ImageCompressionResult | int | None = None,
        result: ModerationResult | int | None = None,
        label: str | None = None,
        category: str | None = None,
        sub_label: str | None = None,
        score: int | None = None,
        text: str | None = None,
        porn_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        quality_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        terrorist_info: ModerationInfo | None = None,
        teenager_info: ModerationInfo | None = None,
        forbid_state: ForbidState | int | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.job_id = job_id
        self.state = state
        self.data_id = data_id
        self.object = object
        self.url = url
        self.compression_result = compression_result
        self.result = result
        self.label = label
        self.category = category
        self.sub_label = sub_label
        self.score = score
        self.text = text
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.quality_info = quality_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.terrorist_info = terrorist_info
        self.teenager_info = teenager_info
        self.forbid_state = forbid_state
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, ImageRecognitionResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.job_id,
            self.state,
            self.data_id,
            self.object,
            self.url,
            self.compression_result,
            self.result,
            self.label,
            self.category,
            self.sub_label,
            self.score,
            self.text,
            self.porn_info,
            self.ads_info,
            self.quality_info,
            self.politics_info,
            self.terrorism_info,
            self.terrorist_info,
            self.teenager_info,
            self.forbid_state,
            self.unknown_elements,
        ) == (
            other.job_id,
            other.state,
            other.data_id,
            other.object,
            other.url,
            other.compression_result,
            other.result,
            other.label,
            other.category,
            other.sub_label,
            other.score,
            other.text,
            other.porn_info,
            other.ads_info,
            other.quality_info,
            other.politics_info,
            other.terrorism_info,
            other.terrorist_info,
            other.teenager_info,
            other.forbid_state,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.job_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".JobId")
        v = self.state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".State")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".DataId")
        v = self.object
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Object")
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Url")
        v = self.compression_result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".CompressionResult")
        v = self.result
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".Result")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[7], v, path + ".Label")
        v = self.category
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Category")
        v = self.sub_label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".SubLabel")
        v = self.score
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[10], v, path + ".Score")
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[11], v, path + ".Text")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[12], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[13], v, path + ".AdsInfo")
        v = self.quality_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[14], v, path + ".QualityInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[15], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[16], v, path + ".TerrorismInfo")
        v = self.terrorist_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[17], v, path + ".TerroristInfo")
        v = self.teenager_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[18], v, path + ".TeenagerInfo")
        v = self.forbid_state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[19], v, path + ".ForbidState")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
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
