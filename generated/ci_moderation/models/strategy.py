"""Models of the strategy family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from typing import Any

from ..model import (
    BOOLEAN,
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
from ..xmlcodec import check_groups, child, leaf, repeated, required, unknowns
from .common import StrategyService

__all__ = [
    "StrategyCreateRequest",
    "StrategyCreateResponse",
    "StrategyDetail",
    "StrategyDetailResponse",
    "StrategyLabelSet",
    "StrategyLabels",
    "StrategyListResponse",
    "StrategySummary",
    "StrategyUpdateRequest",
    "StrategyUpdateResponse",
]


class StrategyCreateRequest(Model):
    """A new policy: its name and what it checks. Give `Labels`, `TextLibs` or both (CI needs at
    least one).

    The root element `<Request>` of a document.
    """

    __slots__ = ("name", "labels", "text_libs", "unknown_elements")
    name: str
    """Name of the policy: Chinese characters, letters, digits and `_`, at most 30 characters.
    `default` is reserved by CI and refused."""
    labels: StrategyLabels | None
    text_libs: list[str]
    """Ids (`LibID`) of the custom text libraries the policy also matches against."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        name: str,
        labels: StrategyLabels | None = None,
        text_libs: list[str] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.name = name
        self.labels = labels
        self.text_libs = [] if text_libs is NEW_LIST else text_libs
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyCreateRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.labels, self.text_libs, self.unknown_elements) == (
            other.name,
            other.labels,
            other.text_libs,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        check_groups(self, path)
        f = self.__ci_shape__.fields
        v: Any
        v = self.name
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Name")
        leaf(out, f[0], v, path + ".Name")
        v = self.labels
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[1], v, path + ".Labels")
        v = self.text_libs
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[2], v, path + ".TextLibs")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyCreateResponse(Model):
    """Answer to a policy create.

    The root element `<Response>` of a document.
    """

    __slots__ = ("biz_type", "request_id", "unknown_elements")
    biz_type: str
    """Id of the new policy: pass it as `Conf.BizType` when you submit a job."""
    request_id: str | None
    """Id of the request."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        biz_type: str,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.biz_type = biz_type
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyCreateResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.biz_type, self.request_id, self.unknown_elements) == (
            other.biz_type,
            other.request_id,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.biz_type
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".BizType")
        leaf(out, f[0], v, path + ".BizType")
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".RequestId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyDetail(Model):
    """A policy with what it checks."""

    __slots__ = ("name", "service", "biz_type", "text_libs", "labels", "unknown_elements")
    name: str | None
    """Name of the policy."""
    service: StrategyService | str | None
    biz_type: str | None
    """Id of the policy."""
    text_libs: list[str]
    """Ids of the custom text libraries the policy uses."""
    labels: StrategyLabels | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        name: str | None = None,
        service: StrategyService | str | None = None,
        biz_type: str | None = None,
        text_libs: list[str] = NEW_LIST,
        labels: StrategyLabels | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.name = name
        self.service = service
        self.biz_type = biz_type
        self.text_libs = [] if text_libs is NEW_LIST else text_libs
        self.labels = labels
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name,
            self.service,
            self.biz_type,
            self.text_libs,
            self.labels,
            self.unknown_elements,
        ) == (
            other.name,
            other.service,
            other.biz_type,
            other.text_libs,
            other.labels,
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
        v = self.service
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Service")
        v = self.biz_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".BizType")
        v = self.text_libs
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[3], v, path + ".TextLibs")
        v = self.labels
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[4], v, path + ".Labels")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyDetailResponse(Model):
    """Answer to a policy query.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "strategy", "unknown_elements")
    request_id: str | None
    """Id of the request."""
    strategy: StrategyDetail
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        request_id: str | None = None,
        strategy: StrategyDetail,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.request_id = request_id
        self.strategy = strategy
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyDetailResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.request_id, self.strategy, self.unknown_elements) == (
            other.request_id,
            other.strategy,
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
        v = self.strategy
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Strategy")
        child(out, f[1], v, path + ".Strategy")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyLabelSet(Model):
    """The sub-labels switched on under each top-level label (one element per sub-label). The
    valid sub-labels differ for images, text and audio; CI refuses one that does not apply."""

    __slots__ = ("porn", "politics", "terrorism", "ads", "abuse", "illegal", "unknown_elements")
    porn: list[str]
    """Porn sub-labels. Image: `ObsceneBehaviour`, `Sexuality`, `SexProducts`, `Sexy`, `OcrText`.
    Text: `Pornography`, `PornographyObscene`. Audio: `Pornography`, `PornographyObscene`,
    `Moan`."""
    politics: list[str]
    """Politics sub-labels. Image: `PositiveCharacter`, `NegativeFigure`, `ForeignLeaders`,
    `Underdog`, `Gallery`, `PositiveFlagsLogos`, `NegativeFlagsLogos`, `ChinaMap`, `Building`,
    `SpecialItems`, `OcrText`. Text and audio: `NegativeContent`, `PositiveContent`."""
    terrorism: list[str]
    """Terrorism sub-labels. Image: `SpecialDress`, `Uniforms`, `Firearms`, `LargeWeapons`,
    `ColdWeapons`, `CrowdGathering`, `BloodyScenes`, `FireExplosion`, `TerrorismActs`,
    `Delinquenent` (CI's spelling), `Illegal`, `Contraband`, `NonMainstream`, `OcrText`. Text:
    `SeriousTerrorism`, `TerrorismObjects`. Audio: `SeriousTerrorism`, `TerrorismObjects`
    (CI's table also lists `Illegal` and `Abuse` there)."""
    ads: list[str]
    """Advertising sub-labels. Image: `QRCode`, `LOGO`, `OcrText`. Text and audio:
    `AdvertisingPractices`."""
    abuse: list[str]
    """Abuse sub-labels. Text: `MildAbuse`, `AbuseSeverely`. CI's tables list none for images or
    audio."""
    illegal: list[str]
    """Illegal-content sub-labels. Text: `Illegal`. CI's tables list none for images (their
    `Illegal`, `Contraband`, `NonMainstream` sit under `Terrorism`) or audio."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        porn: list[str] = NEW_LIST,
        politics: list[str] = NEW_LIST,
        terrorism: list[str] = NEW_LIST,
        ads: list[str] = NEW_LIST,
        abuse: list[str] = NEW_LIST,
        illegal: list[str] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.porn = [] if porn is NEW_LIST else porn
        self.politics = [] if politics is NEW_LIST else politics
        self.terrorism = [] if terrorism is NEW_LIST else terrorism
        self.ads = [] if ads is NEW_LIST else ads
        self.abuse = [] if abuse is NEW_LIST else abuse
        self.illegal = [] if illegal is NEW_LIST else illegal
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyLabelSet) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.porn,
            self.politics,
            self.terrorism,
            self.ads,
            self.abuse,
            self.illegal,
            self.unknown_elements,
        ) == (
            other.porn,
            other.politics,
            other.terrorism,
            other.ads,
            other.abuse,
            other.illegal,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.porn
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[0], v, path + ".Porn")
        v = self.politics
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[1], v, path + ".Politics")
        v = self.terrorism
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[2], v, path + ".Terrorism")
        v = self.ads
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[3], v, path + ".Ads")
        v = self.abuse
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[4], v, path + ".Abuse")
        v = self.illegal
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[5], v, path + ".Illegal")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyLabels(Model):
    """The labels a policy checks, per kind of content in the job. Leaving `Labels` out checks no
    label. `Image` applies to Image, Video, Document and Html policies; `Text` to Text and
    Html; `Audio` to Audio and Video."""

    __slots__ = ("image", "text", "audio", "unknown_elements")
    image: StrategyLabelSet | None
    text: StrategyLabelSet | None
    audio: StrategyLabelSet | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        image: StrategyLabelSet | None = None,
        text: StrategyLabelSet | None = None,
        audio: StrategyLabelSet | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.image = image
        self.text = text
        self.audio = audio
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyLabels) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.image, self.text, self.audio, self.unknown_elements) == (
            other.image,
            other.text,
            other.audio,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.image
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[0], v, path + ".Image")
        v = self.text
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[1], v, path + ".Text")
        v = self.audio
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[2], v, path + ".Audio")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyListResponse(Model):
    """One page of policies.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "total_count", "strategies", "unknown_elements")
    request_id: str | None
    """Id of the request."""
    total_count: int | None
    """How many policies match in all (not only on this page)."""
    strategies: list[StrategySummary]
    """The policies on this page."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        request_id: str | None = None,
        total_count: int | None = None,
        strategies: list[StrategySummary] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.request_id = request_id
        self.total_count = total_count
        self.strategies = [] if strategies is NEW_LIST else strategies
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyListResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.request_id, self.total_count, self.strategies, self.unknown_elements) == (
            other.request_id,
            other.total_count,
            other.strategies,
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
        v = self.total_count
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".TotalCount")
        v = self.strategies
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[2], v, path + ".Strategies")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategySummary(Model):
    """A policy in a list."""

    __slots__ = ("name", "service", "biz_type", "is_default", "create_time", "unknown_elements")
    name: str | None
    """Name of the policy."""
    service: StrategyService | str | None
    biz_type: str | None
    """Id of the policy."""
    is_default: bool | None
    """Whether this is the preset default policy CI made for the service."""
    create_time: str | None
    """When the policy was created. CI documents no format for this field, so it is kept as CI's
    text."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        name: str | None = None,
        service: StrategyService | str | None = None,
        biz_type: str | None = None,
        is_default: bool | None = None,
        create_time: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.name = name
        self.service = service
        self.biz_type = biz_type
        self.is_default = is_default
        self.create_time = create_time
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategySummary) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name,
            self.service,
            self.biz_type,
            self.is_default,
            self.create_time,
            self.unknown_elements,
        ) == (
            other.name,
            other.service,
            other.biz_type,
            other.is_default,
            other.create_time,
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
        v = self.service
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Service")
        v = self.biz_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".BizType")
        v = self.is_default
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".IsDefault")
        v = self.create_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".CreateTime")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyUpdateRequest(Model):
    """The policy's new labels and text libraries. They replace the old ones: what you leave out
    is switched off. Give `Labels`, `TextLibs` or both.

    The root element `<Request>` of a document.
    """

    __slots__ = ("labels", "text_libs", "unknown_elements")
    labels: StrategyLabels | None
    text_libs: list[str]
    """Ids (`LibID`) of the custom text libraries the policy matches against."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        labels: StrategyLabels | None = None,
        text_libs: list[str] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.labels = labels
        self.text_libs = [] if text_libs is NEW_LIST else text_libs
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyUpdateRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.labels, self.text_libs, self.unknown_elements) == (
            other.labels,
            other.text_libs,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        check_groups(self, path)
        f = self.__ci_shape__.fields
        v: Any
        v = self.labels
        if v is not None and (v or not isinstance(v, str | list)):
            child(out, f[0], v, path + ".Labels")
        v = self.text_libs
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[1], v, path + ".TextLibs")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class StrategyUpdateResponse(Model):
    """Answer to a policy update.

    The root element `<Response>` of a document.
    """

    __slots__ = ("biz_type", "request_id", "unknown_elements")
    biz_type: str
    """Id of the updated policy (the one in the path)."""
    request_id: str | None
    """Id of the request."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        biz_type: str,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.biz_type = biz_type
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, StrategyUpdateResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.biz_type, self.request_id, self.unknown_elements) == (
            other.biz_type,
            other.request_id,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.biz_type
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".BizType")
        leaf(out, f[0], v, path + ".BizType")
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".RequestId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
StrategyCreateRequest.__ci_shape__ = ShapeSpec(
    StrategyCreateRequest,
    "Request",
    (
        FieldSpec("Name", "name", STRING, required=True, min_length=1, max_length=30),
        FieldSpec("Labels", "labels", SHAPE, StrategyLabels),
        FieldSpec(
            "TextLibs",
            "text_libs",
            STRING,
            is_list=True,
            min_length=1,
            max_length=128,
            min_items=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ),
    any_of=(("labels", "text_libs"),),
)
StrategyCreateResponse.__ci_shape__ = ShapeSpec(
    StrategyCreateResponse,
    "Response",
    (
        FieldSpec("BizType", "biz_type", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
StrategyDetail.__ci_shape__ = ShapeSpec(
    StrategyDetail,
    "StrategyDetail",
    (
        FieldSpec("Name", "name", STRING),
        FieldSpec("Service", "service", ENUM, StrategyService),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("TextLibs", "text_libs", STRING, is_list=True),
        FieldSpec("Labels", "labels", SHAPE, StrategyLabels),
    ),
)
StrategyDetailResponse.__ci_shape__ = ShapeSpec(
    StrategyDetailResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("Strategy", "strategy", SHAPE, StrategyDetail, required=True),
    ),
)
StrategyLabelSet.__ci_shape__ = ShapeSpec(
    StrategyLabelSet,
    "StrategyLabelSet",
    (
        FieldSpec("Porn", "porn", STRING, is_list=True, min_length=1),
        FieldSpec("Politics", "politics", STRING, is_list=True, min_length=1),
        FieldSpec("Terrorism", "terrorism", STRING, is_list=True, min_length=1),
        FieldSpec("Ads", "ads", STRING, is_list=True, min_length=1),
        FieldSpec("Abuse", "abuse", STRING, is_list=True, min_length=1),
        FieldSpec("Illegal", "illegal", STRING, is_list=True, min_length=1),
    ),
)
StrategyLabels.__ci_shape__ = ShapeSpec(
    StrategyLabels,
    "StrategyLabels",
    (
        FieldSpec("Image", "image", SHAPE, StrategyLabelSet),
        FieldSpec("Text", "text", SHAPE, StrategyLabelSet),
        FieldSpec("Audio", "audio", SHAPE, StrategyLabelSet),
    ),
)
StrategyListResponse.__ci_shape__ = ShapeSpec(
    StrategyListResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("TotalCount", "total_count", INTEGER, minimum=0),
        FieldSpec("Strategies", "strategies", SHAPE, StrategySummary, is_list=True),
    ),
)
StrategySummary.__ci_shape__ = ShapeSpec(
    StrategySummary,
    "StrategySummary",
    (
        FieldSpec("Name", "name", STRING),
        FieldSpec("Service", "service", ENUM, StrategyService),
        FieldSpec("BizType", "biz_type", STRING),
        FieldSpec("IsDefault", "is_default", BOOLEAN),
        FieldSpec("CreateTime", "create_time", STRING),
    ),
)
StrategyUpdateRequest.__ci_shape__ = ShapeSpec(
    StrategyUpdateRequest,
    "Request",
    (
        FieldSpec("Labels", "labels", SHAPE, StrategyLabels),
        FieldSpec(
            "TextLibs",
            "text_libs",
            STRING,
            is_list=True,
            min_length=1,
            max_length=128,
            min_items=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ),
    any_of=(("labels", "text_libs"),),
)
StrategyUpdateResponse.__ci_shape__ = ShapeSpec(
    StrategyUpdateResponse,
    "Response",
    (
        FieldSpec("BizType", "biz_type", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
