"""Models of the webpage family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..model import (
    BOOLEAN,
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
from ..xmlcodec import child, comma, leaf, repeated, required, unknowns
from .common import (
    CallbackType,
    DetectType,
    ForbidState,
    JobState,
    ListInfo,
    ModerationInfo,
    ModerationResult,
    TextModerationInfo,
    UserInfo,
)

__all__ = [
    "WebpageAuditingRequest",
    "WebpageAuditingResponse",
    "WebpageCallbackDetail",
    "WebpageCallbackSimple",
    "WebpageConf",
    "WebpageImageResult",
    "WebpageImageResults",
    "WebpageInput",
    "WebpageJobResult",
    "WebpageLabels",
    "WebpageTextResult",
    "WebpageTextResults",
]


class WebpageAuditingRequest(Model):
    """Body of a webpage moderation submit.

    The root element `<Request>` of a document.
    """

    __slots__ = ("input", "conf", "unknown_elements")
    input: WebpageInput
    conf: WebpageConf
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        input: WebpageInput,
        conf: WebpageConf,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.input = input
        self.conf = conf
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageAuditingRequest) or other.__class__ is not self.__class__:
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


class WebpageAuditingResponse(Model):
    """Answer to a webpage submit (the created job) and to a webpage result query.

    The root element `<Response>` of a document.
    """

    __slots__ = ("jobs_detail", "request_id", "unknown_elements")
    jobs_detail: WebpageJobResult
    request_id: str | None
    """Id of the request; the documented result skeleton leaves it out, so it may be absent."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        jobs_detail: WebpageJobResult,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.jobs_detail = jobs_detail
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageAuditingResponse) or other.__class__ is not self.__class__:
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


class WebpageCallbackDetail(Model):
    """The webpage callback body, read when CI sends `X-Ci-Content-Version` Detail (same shape)."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewHtml`."""
    jobs_detail: WebpageJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: WebpageJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageCallbackDetail) or other.__class__ is not self.__class__:
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


class WebpageCallbackSimple(Model):
    """The webpage callback body, read when CI sends no version header (see
    WebpageCallbackDetail)."""

    __slots__ = ("event_name", "jobs_detail", "unknown_elements")
    event_name: str
    """The event: `ReviewHtml`."""
    jobs_detail: WebpageJobResult
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        event_name: str,
        jobs_detail: WebpageJobResult,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.event_name = event_name
        self.jobs_detail = jobs_detail
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageCallbackSimple) or other.__class__ is not self.__class__:
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


class WebpageConf(Model):
    """Moderation rules. Everything is optional: an empty `Conf` uses the bucket's default
    moderation policy."""

    __slots__ = (
        "detect_type",
        "callback",
        "biz_type",
        "return_highlight_html",
        "callback_type",
        "unknown_elements",
    )
    detect_type: list[DetectType | str]
    """Deprecated by CI. Categories to check, sent as one comma-joined element (`Porn,Ads`). CI
    says it is no longer maintained; use `BizType`."""
    callback: str | None
    """http(s) URL CI posts the result to. CI documents no length limit; 2048 characters is this
    client's bound."""
    biz_type: str | None
    """Id of a moderation policy configured in the console; without it the default policy
    applies."""
    return_highlight_html: bool | None
    """Ask for `HighlightHtml` (the page with its non-compliant text highlighted) in the result
    and the callback. Sent as `true`/`false`."""
    callback_type: CallbackType | int | None
    """Not documented by CI for this operation (seen in official SDKs)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        detect_type: list[DetectType | str] = NEW_LIST,
        callback: str | None = None,
        biz_type: str | None = None,
        return_highlight_html: bool | None = None,
        callback_type: CallbackType | int | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.detect_type = [] if detect_type is NEW_LIST else detect_type
        self.callback = callback
        self.biz_type = biz_type
        self.return_highlight_html = return_highlight_html
        self.callback_type = callback_type
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageConf) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.detect_type,
            self.callback,
            self.biz_type,
            self.return_highlight_html,
            self.callback_type,
            self.unknown_elements,
        ) == (
            other.detect_type,
            other.callback,
            other.biz_type,
            other.return_highlight_html,
            other.callback_type,
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
        v = self.return_highlight_html
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".ReturnHighlightHtml")
        v = self.callback_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".CallbackType")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class WebpageImageResult(Model):
    """One image of the page and its verdict."""

    __slots__ = (
        "url",
        "text",
        "label",
        "suggestion",
        "porn_info",
        "ads_info",
        "politics_info",
        "terrorism_info",
        "unknown_elements",
    )
    url: str | None
    """URL of the image on the page."""
    text: str | None
    """The image's OCR text; only when text detection is on in the moderation policy."""
    label: str | None
    """The image's most severe label."""
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
        self.label = label
        self.suggestion = suggestion
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageImageResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url,
            self.text,
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
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Label")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Suggestion")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[5], v, path + ".AdsInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".TerrorismInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class WebpageImageResults(Model):
    """The verdicts of the page's images."""

    __slots__ = ("results", "unknown_elements")
    results: list[WebpageImageResult]
    """One entry per image of the page."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        results: list[WebpageImageResult] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.results = [] if results is NEW_LIST else results
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageImageResults) or other.__class__ is not self.__class__:
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


class WebpageInput(Model):
    """The webpage to moderate."""

    __slots__ = ("url", "data_id", "user_info", "unknown_elements")
    url: str
    """Full http(s) URL of the webpage, e.g. `http://www.test.com`. CI documents no length limit;
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
        if not isinstance(other, WebpageInput) or other.__class__ is not self.__class__:
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


class WebpageJobResult(Model):
    """A webpage job and its verdict. `Label`, `Suggestion`, `Labels`, `ImageResults` and
    `TextResults` are there once `State` is `Success`; a `Failed` job has `Code` and `Message`
    instead. A just-created job has only `JobId`, `State`, `CreationTime` and `Url`."""

    __slots__ = (
        "code",
        "message",
        "data_id",
        "job_id",
        "state",
        "creation_time",
        "url",
        "page_count",
        "label",
        "suggestion",
        "labels",
        "image_results",
        "text_results",
        "highlight_html",
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
    url: str | None
    """The webpage URL you sent."""
    page_count: int | None
    """How many image links and text sections of the page CI moderated."""
    label: str | None
    """The most severe label found: `Normal`, `Porn`, `Ads`, … (CI adds labels over time)."""
    suggestion: ModerationResult | int | None
    labels: WebpageLabels | None
    image_results: WebpageImageResults | None
    text_results: WebpageTextResults | None
    highlight_html: str | None
    """The page's HTML with its non-compliant words highlighted; only when the job asked for it
    with `ReturnHighlightHtml`. (CI's tables call it HTML content; one SDK comment calls it a
    link.)"""
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
        url: str | None = None,
        page_count: int | None = None,
        label: str | None = None,
        suggestion: ModerationResult | int | None = None,
        labels: WebpageLabels | None = None,
        image_results: WebpageImageResults | None = None,
        text_results: WebpageTextResults | None = None,
        highlight_html: str | None = None,
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
        self.url = url
        self.page_count = page_count
        self.label = label
        self.suggestion = suggestion
        self.labels = labels
        self.image_results = image_results
        self.text_results = text_results
        self.highlight_html = highlight_html
        self.user_info = user_info
        self.list_info = list_info
        self.bucket_id = bucket_id
        self.region = region
        self.forbid_state = forbid_state
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageJobResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code,
            self.message,
            self.data_id,
            self.job_id,
            self.state,
            self.creation_time,
            self.url,
            self.page_count,
            self.label,
            self.suggestion,
            self.labels,
            self.image_results,
            self.text_results,
            self.highlight_html,
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
            other.url,
            other.page_count,
            other.label,
            other.suggestion,
            other.labels,
            other.image_results,
            other.text_results,
            other.highlight_html,
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
        v = self.url
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[6], v, path + ".Url")
        v = self.page_count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[7], v, path + ".PageCount")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[8], v, path + ".Label")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[9], v, path + ".Suggestion")
        v = self.labels
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[10], v, path + ".Labels")
        v = self.image_results
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[11], v, path + ".ImageResults")
        v = self.text_results
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[12], v, path + ".TextResults")
        v = self.highlight_html
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[13], v, path + ".HighlightHtml")
        v = self.user_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[14], v, path + ".UserInfo")
        v = self.list_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[15], v, path + ".ListInfo")
        v = self.bucket_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[16], v, path + ".BucketId")
        v = self.region
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[17], v, path + ".Region")
        v = self.forbid_state
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[18], v, path + ".ForbidState")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class WebpageLabels(Model):
    """The whole page's verdict per category (`HitFlag`, `Score`)."""

    __slots__ = (
        "porn_info",
        "ads_info",
        "politics_info",
        "terrorism_info",
        "illegal_info",
        "abuse_info",
        "unknown_elements",
    )
    porn_info: ModerationInfo | None
    ads_info: ModerationInfo | None
    politics_info: ModerationInfo | None
    terrorism_info: ModerationInfo | None
    illegal_info: ModerationInfo | None
    abuse_info: ModerationInfo | None
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
        illegal_info: ModerationInfo | None = None,
        abuse_info: ModerationInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.illegal_info = illegal_info
        self.abuse_info = abuse_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageLabels) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.porn_info,
            self.ads_info,
            self.politics_info,
            self.terrorism_info,
            self.illegal_info,
            self.abuse_info,
            self.unknown_elements,
        ) == (
            other.porn_info,
            other.ads_info,
            other.politics_info,
            other.terrorism_info,
            other.illegal_info,
            other.abuse_info,
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
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".IllegalInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[5], v, path + ".AbuseInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class WebpageTextResult(Model):
    """One text section of the page and its verdict."""

    __slots__ = (
        "text",
        "label",
        "suggestion",
        "porn_info",
        "ads_info",
        "politics_info",
        "terrorism_info",
        "illegal_info",
        "abuse_info",
        "unknown_elements",
    )
    text: str | None
    """The section's text."""
    label: str | None
    """The section's most severe label."""
    suggestion: ModerationResult | int | None
    porn_info: TextModerationInfo | None
    ads_info: TextModerationInfo | None
    politics_info: TextModerationInfo | None
    terrorism_info: TextModerationInfo | None
    illegal_info: TextModerationInfo | None
    abuse_info: TextModerationInfo | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        text: str | None = None,
        label: str | None = None,
        suggestion: ModerationResult | int | None = None,
        porn_info: TextModerationInfo | None = None,
        ads_info: TextModerationInfo | None = None,
        politics_info: TextModerationInfo | None = None,
        terrorism_info: TextModerationInfo | None = None,
        illegal_info: TextModerationInfo | None = None,
        abuse_info: TextModerationInfo | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.text = text
        self.label = label
        self.suggestion = suggestion
        self.porn_info = porn_info
        self.ads_info = ads_info
        self.politics_info = politics_info
        self.terrorism_info = terrorism_info
        self.illegal_info = illegal_info
        self.abuse_info = abuse_info
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageTextResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text,
            self.label,
            self.suggestion,
            self.porn_info,
            self.ads_info,
            self.politics_info,
            self.terrorism_info,
            self.illegal_info,
            self.abuse_info,
            self.unknown_elements,
        ) == (
            other.text,
            other.label,
            other.suggestion,
            other.porn_info,
            other.ads_info,
            other.politics_info,
            other.terrorism_info,
            other.illegal_info,
            other.abuse_info,
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
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Label")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Suggestion")
        v = self.porn_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[3], v, path + ".PornInfo")
        v = self.ads_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".AdsInfo")
        v = self.politics_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[5], v, path + ".PoliticsInfo")
        v = self.terrorism_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[6], v, path + ".TerrorismInfo")
        v = self.illegal_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[7], v, path + ".IllegalInfo")
        v = self.abuse_info
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[8], v, path + ".AbuseInfo")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class WebpageTextResults(Model):
    """The verdicts of the page's text."""

    __slots__ = ("results", "unknown_elements")
    results: list[WebpageTextResult]
    """One entry per text section (10,000 UTF-8 characters each)."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        results: list[WebpageTextResult] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.results = [] if results is NEW_LIST else results
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, WebpageTextResults) or other.__class__ is not self.__class__:
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
WebpageAuditingRequest.__ci_shape__ = ShapeSpec(
    WebpageAuditingRequest,
    "Request",
    (
        FieldSpec("Input", "input", SHAPE, WebpageInput, required=True),
        FieldSpec("Conf", "conf", SHAPE, WebpageConf, required=True),
    ),
)
WebpageAuditingResponse.__ci_shape__ = ShapeSpec(
    WebpageAuditingResponse,
    "Response",
    (
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, WebpageJobResult, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
WebpageCallbackDetail.__ci_shape__ = ShapeSpec(
    WebpageCallbackDetail,
    "WebpageCallbackDetail",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, WebpageJobResult, required=True),
    ),
)
WebpageCallbackSimple.__ci_shape__ = ShapeSpec(
    WebpageCallbackSimple,
    "WebpageCallbackSimple",
    (
        FieldSpec("EventName", "event_name", STRING, required=True),
        FieldSpec("JobsDetail", "jobs_detail", SHAPE, WebpageJobResult, required=True),
    ),
)
WebpageConf.__ci_shape__ = ShapeSpec(
    WebpageConf,
    "WebpageConf",
    (
        FieldSpec(
            "DetectType", "detect_type", ENUM, DetectType, is_list=True, comma=True, min_items=1
        ),
        FieldSpec("Callback", "callback", STRING, max_length=2048, url=True),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("ReturnHighlightHtml", "return_highlight_html", BOOLEAN),
        FieldSpec("CallbackType", "callback_type", ENUM, CallbackType),
    ),
)
WebpageImageResult.__ci_shape__ = ShapeSpec(
    WebpageImageResult,
    "WebpageImageResult",
    (
        FieldSpec("Url", "url", STRING),
        FieldSpec("Text", "text", STRING),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
    ),
)
WebpageImageResults.__ci_shape__ = ShapeSpec(
    WebpageImageResults,
    "WebpageImageResults",
    (FieldSpec("Results", "results", SHAPE, WebpageImageResult, is_list=True),),
)
WebpageInput.__ci_shape__ = ShapeSpec(
    WebpageInput,
    "WebpageInput",
    (
        FieldSpec("Url", "url", STRING, required=True, max_length=2048, url=True),
        FieldSpec("DataId", "data_id", STRING, max_bytes=512),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
    ),
)
WebpageJobResult.__ci_shape__ = ShapeSpec(
    WebpageJobResult,
    "WebpageJobResult",
    (
        FieldSpec("Code", "code", STRING),
        FieldSpec("Message", "message", STRING),
        FieldSpec("DataId", "data_id", STRING),
        FieldSpec("JobId", "job_id", STRING, required=True),
        FieldSpec("State", "state", ENUM, JobState),
        FieldSpec("CreationTime", "creation_time", DATETIME),
        FieldSpec("Url", "url", STRING),
        FieldSpec("PageCount", "page_count", INTEGER, minimum=0),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("Labels", "labels", SHAPE, WebpageLabels),
        FieldSpec("ImageResults", "image_results", SHAPE, WebpageImageResults),
        FieldSpec("TextResults", "text_results", SHAPE, WebpageTextResults),
        FieldSpec("HighlightHtml", "highlight_html", STRING),
        FieldSpec("UserInfo", "user_info", SHAPE, UserInfo),
        FieldSpec("ListInfo", "list_info", SHAPE, ListInfo),
        FieldSpec("BucketId", "bucket_id", STRING),
        FieldSpec("Region", "region", STRING),
        FieldSpec("ForbidState", "forbid_state", ENUM, ForbidState),
    ),
)
WebpageLabels.__ci_shape__ = ShapeSpec(
    WebpageLabels,
    "WebpageLabels",
    (
        FieldSpec("PornInfo", "porn_info", SHAPE, ModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, ModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, ModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, ModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, ModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, ModerationInfo),
    ),
)
WebpageTextResult.__ci_shape__ = ShapeSpec(
    WebpageTextResult,
    "WebpageTextResult",
    (
        FieldSpec("Text", "text", STRING),
        FieldSpec("Label", "label", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, ModerationResult),
        FieldSpec("PornInfo", "porn_info", SHAPE, TextModerationInfo),
        FieldSpec("AdsInfo", "ads_info", SHAPE, TextModerationInfo),
        FieldSpec("PoliticsInfo", "politics_info", SHAPE, TextModerationInfo),
        FieldSpec("TerrorismInfo", "terrorism_info", SHAPE, TextModerationInfo),
        FieldSpec("IllegalInfo", "illegal_info", SHAPE, TextModerationInfo),
        FieldSpec("AbuseInfo", "abuse_info", SHAPE, TextModerationInfo),
    ),
)
WebpageTextResults.__ci_shape__ = ShapeSpec(
    WebpageTextResults,
    "WebpageTextResults",
    (FieldSpec("Results", "results", SHAPE, WebpageTextResult, is_list=True),),
)
