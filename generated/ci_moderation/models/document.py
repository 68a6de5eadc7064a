"""Models of the document family.

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
    DetectType,
    ForbidState,
    Freeze,
    JobState,
    ListInfo,
    ModerationInfo,
    ModerationResult,
    UserInfo,
)

__all__ = [
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
]


class DocumentAuditingRequest(Model):
    """Body of a document moderation submit.

    The root element `<Request>` of a document.
    """

    __slots__ = ("input", "conf", "unknown_elements")
    input: DocumentInput
    conf: DocumentConf
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        input: DocumentInput,
        conf: DocumentConf,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.input = input
        self.conf = conf
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentAuditingRequest) or other.__class__ is not self.__class__:
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


class DocumentAuditingResponse(Model):
    """Answer to a document submit (the created job) and to a document result query.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: DocumentJobResult
    request_id: str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: DocumentJobResult,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentAuditingResponse) or other.__class__ is not self.__class__:
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


class DocumentCallbackDetail(Model):
    """The document callback body, read when CI sends `X-Ci-Content-Version` Detail (same shape)."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewDocument`."""
    jobs_detail: DocumentJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: DocumentJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentCallbackDetail) or other.__class__ is not self.__class__:
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


class DocumentCallbackSimple(Model):
    """The document callback body, read when CI sends no version header (see
    DocumentCallbackDetail)."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewDocument`."""
    jobs_detail: DocumentJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: DocumentJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentCallbackSimple) or other.__class__ is not self.__class__:
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


class DocumentConf(Model):
    """Moderation rules. Everything is optional: an empty `Conf` uses the bucket's default
    moderation policy."""

    __slots__ = (
        "detect_type",
        "callback",
        "biz_type",
        "callback_type",
        "freeze",
        "unknown_elements",
    )
    detect_type: list[DetectType | str]
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI's
    current document page no longer lists it; use `BizType`."""
    callback: str | None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None
    """Id of a moderation policy configured in the console; without it the default policy
    applies."""
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
        callback_type: CallbackType | int | None = None,
        freeze: Freeze | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.detect_type = [] if detect_type is NEW_LIST else detect_type
        self.callback = callback
        self.biz_type = biz_type
        self.callback_type = callback_type
        self.freeze = freeze
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.detect_type,
            self.callback,
            self.biz_type,
            self.callback_type,
            self.freeze,
            self.unknown_elements,
        ) == (
            other.detect_type,
            other.callback,
            other.biz_type,
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
        v = self.callback_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".CallbackType")
        v = self.freeze
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".Freeze")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class DocumentInput(Model):
    """The document to moderate. Exactly one of `Object` and `Url`."""

    __slots__ = ("object", "url", "type", "data_id", "user_info", "unknown_elements")
    object: str | None
    """Key of the document in the bucket (COS keys are at most 850 bytes)."""
    url: str | None
    """Public http(s) URL of the document (another cloud's storage works). CI documents no length
    limit; 2048 characters is this client's bound."""
    type: str | None
    """The document's type as a file extension (`docx`, `pptx`, `pdf`, `xlsx`, `txt`, …).
    Optional when the name or URL ends in the extension; REQUIRED otherwise, or the job fails.
    CI lists the accepted types in its docs but not their spelling (upper or lower case), so
    the client passes the value as given."""
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
        type: str | None = None,
        data_id: str | None = None,
        user_info: UserInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.object = object
        self.url = url
        self.type = type
        self.data_id = data_id
        self.user_info = user_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.object,
            self.url,
            self.type,
            self.data_id,
            self.user_info,
            self.unknown_elements,
        ) == (
            other.object,
            other.url,
            other.type,
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
        v = self.type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Type")
        v = self.data_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".DataId")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".UserInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class DocumentJobResult(Model):
    """A document job and its verdict. `Label`, `Suggestion`, `Labels` and `PageSegment` are
    there once `State` is `Success`; a `Failed` job has `Code` and `Message` instead. A just-
    created job has only `DataId`, `JobId`, `State` and `CreationTime`."""

    __slots__ = (
        "code",
        "message",
        "data_id",
        "job_id",
        "state",
        "creation_time",
        "object",
        "url",
        "page_count",
        "label",
        "suggestion",
        "labels",
        "page_segment",
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
    page_count: int | None
    """How many page images CI made of the document."""
    label: str | None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    suggestion: ModerationResult | int | None
    labels: DocumentLabels | None
    page_segment: DocumentPageSegment | None
    user_info: UserInfo | None
    list_info: ListInfo | None
    bucket_id: str | None
    """The bucket of the job (callback)."""
    region: str | None
    """The bucket's region (callback)."""
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
        page_count: int | None = None,
        label: str | None = None,
        suggestion: ModerationResult | int | None = None,
        labels: DocumentLabels | None = None,
        page_segment: DocumentPageSegment | None = None,
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
        self.page_count = page_count
        self.label = label
        self.suggestion = suggestion
        self.labels = labels
        self.page_segment = page_segment
        self.user_info = user_info
        self.list_info = list_info
        self.bucket_id = bucket_id
        self.region = region
        self.forbid_state = forbid_state
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentJobResult) or other.__class__ is not self.__class__:
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
            self.page_count,
            self.label,
            self.suggestion,
            self.labels,
            self.page_segment,
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
            other.page_count,
            other.label,
            other.suggestion,
            other.labels,
            other.page_segment,
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
        v = self.page_count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".PageCount")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".Label")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[10], v, path + ".Suggestion")
        v = self.labels
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[11], v, path + ".Labels")
        v = self.page_segment
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[12], v, path + ".PageSegment")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[13], v, path + ".UserInfo")
        v = self.list_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[14], v, path + ".ListInfo")
        v = self.bucket_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[15], v, path + ".BucketId")
        v = self.region
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[16], v, path + ".Region")
        v = self.forbid_state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[17], v, path + ".ForbidState")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class DocumentLabels(Model):
    """The whole document's verdict per category (`HitFlag`, `Score`)."""

    __slots__ = ("porn_info", "ads_info", "politics_info", "terrorism_info", "unknown_elements")
    porn_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        porn_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentLabels) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.porn_info,
            self.ads_info,
            self.politics_info,
            self.terrorism_info,
            self.unknown_elements,
        ) == (
            other.porn_info,
            other.ads_info,
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
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[0], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[1], v, path + ".AdsInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[2], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[3], v, path + ".TerrorismInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class DocumentPageResult(Model):
    """One page image of the document and its verdict."""

    __slots__ = (
        "url",
        "text",
        "page_number",
        "sheet_number",
        "label",
        "suggestion",
        "porn_info",
        "ads_info",
        "politics_info",
        "terrorism_info",
        "unknown_elements",
    )
    url: str | None
    """URL of the page image; valid for two hours (query again for a fresh one)."""
    text: str | None
    """The page's OCR text; only when text detection is on in the moderation policy."""
    page_number: int | None
    """The page number."""
    sheet_number: int | None
    """The sheet number, for spreadsheets."""
    label: str | None
    """The page's most severe label."""
    suggestion: ModerationResult | int | None
    porn_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        url: str | None = None,
        text: str | None = None,
        page_number: int | None = None,
        sheet_number: int | None = None,
        label: str | None = None,
        suggestion: ModerationResult | int | None = None,
        porn_info: ModerationInfo | None = None,
        ads_info: ModerationInfo | None = None,
        politics_info: ModerationInfo | None = None,
        terrorism_info: ModerationInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.url = url
        self.text = text
        self.page_number = page_number
        self.sheet_number = sheet_number
        self.label = label
        self.suggestion = suggestion
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentPageResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url,
            self.text,
            self.page_number,
            self.sheet_number,
            self.label,
            self.suggestion,
            self.porn_info,
            self.ads_info,
            self.politics_info,
            self.terrorism_info,
            self.unknown_elements,
        ) == (
            other.url,
            other.text,
            other.page_number,
            other.sheet_number,
            other.label,
            other.suggestion,
            other.porn_info,
            other.ads_info,
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
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Url")
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Text")
        v = self.page_number
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".PageNumber")
        v = self.sheet_number
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".SheetNumber")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Label")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".Suggestion")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".AdsInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[8], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[9], v, path + ".TerrorismInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class DocumentPageSegment(Model):
    """The per-page results."""

    __slots__ = ("results", "unknown_elements")
    results: list[DocumentPageResult]
    """One entry per page image (with `CallbackType` 2, callbacks carry only the non-compliant
    pages)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        results: list[DocumentPageResult] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.results = [] if results is NEW_LIST else results
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentPageSegment) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.results, self.unknown_elements) == (other.results, other.unknown_elements)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[0], v, path + ".Results")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
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
