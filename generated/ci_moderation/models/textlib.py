"""Models of the textlib family.

Generated from the spec by `generator/`; do not edit. Enums accept their plain values
(`"Porn"`); values CI adds later parse as plain `str`/`int` instead of failing.
Shapes other families use too are in `models.common`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..model import (
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
from ..xmlcodec import check_groups, leaf, repeated, required, unknowns
from .common import StrategyService

__all__ = [
    "TextLibKeywordLabel",
    "TextLibKeywordResultCode",
    "TextLibMatchType",
    "TextLibSuggestion",
    "TextLibCreateRequest",
    "TextLibCreateResponse",
    "TextLibDeleteResponse",
    "TextLibInfo",
    "TextLibKeyword",
    "TextLibKeywordAddRequest",
    "TextLibKeywordAddResponse",
    "TextLibKeywordAddResult",
    "TextLibKeywordDeleteRequest",
    "TextLibKeywordDeleteResponse",
    "TextLibKeywordDeleteResult",
    "TextLibKeywordInfo",
    "TextLibKeywordListResponse",
    "TextLibListResponse",
    "TextLibStrategyRef",
    "TextLibUpdateRequest",
    "TextLibUpdateResponse",
]


class TextLibKeywordLabel(StrEnum):
    """The category a keyword belongs to; a job reports a match under this category."""

    PORN = "Porn"
    POLITICS = "Politics"
    TERRORISM = "Terrorism"
    ADS = "Ads"
    ABUSE = "Abuse"
    ILLEGAL = "Illegal"


class TextLibKeywordResultCode(StrEnum):
    """Outcome for one keyword of a batch. `Success`, or `Failed` (see `ErrMsg`)."""

    SUCCESS = "Success"
    FAILED = "Failed"


class TextLibMatchType(StrEnum):
    """How text is matched against the library's words. `Exact` = exact match, `Fuzzy` = fuzzy
    match."""

    EXACT = "Exact"
    FUZZY = "Fuzzy"


class TextLibSuggestion(StrEnum):
    """What a job reports when text matches a word of the library. `Block` = sensitive (result
    1), `Review` = suspicious, to be checked by a person (result 2)."""

    BLOCK = "Block"
    REVIEW = "Review"


class TextLibCreateRequest(Model):
    """A new custom text library.

    The root element `<Request>` of a document.
    """

    __slots__ = ("lib_name", "suggestion", "match_type", "unknown_elements")
    lib_name: str
    """Name of the library: Chinese characters, letters, digits and `_`, at most 32 characters."""
    suggestion: TextLibSuggestion | str | None
    match_type: TextLibMatchType | str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        lib_name: str,
        suggestion: TextLibSuggestion | str | None = None,
        match_type: TextLibMatchType | str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.lib_name = lib_name
        self.suggestion = suggestion
        self.match_type = match_type
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibCreateRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.lib_name, self.suggestion, self.match_type, self.unknown_elements) == (
            other.lib_name,
            other.suggestion,
            other.match_type,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.lib_name
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".LibName")
        leaf(out, f[0], v, path + ".LibName")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Suggestion")
        v = self.match_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".MatchType")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibCreateResponse(Model):
    """Answer to a library create.

    The root element `<Response>` of a document.
    """

    __slots__ = ("lib_id", "request_id", "unknown_elements")
    lib_id: str
    """Id of the new library; list it in a policy's `TextLibs`."""
    request_id: str | None
    """Id of the request."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        lib_id: str,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.lib_id = lib_id
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibCreateResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.lib_id, self.request_id, self.unknown_elements) == (
            other.lib_id,
            other.request_id,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.lib_id
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".LibID")
        leaf(out, f[0], v, path + ".LibID")
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".RequestId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibDeleteResponse(Model):
    """Answer to a library delete.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "unknown_elements")
    request_id: str | None
    """Id of the request."""
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
        if not isinstance(other, TextLibDeleteResponse) or other.__class__ is not self.__class__:
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


class TextLibInfo(Model):
    """A custom text library."""

    __slots__ = (
        "lib_id",
        "lib_name",
        "suggestion",
        "strategies",
        "match_type",
        "create_time",
        "unknown_elements",
    )
    lib_id: str | None
    """Id of the library."""
    lib_name: str | None
    """Name of the library."""
    suggestion: TextLibSuggestion | str | None
    strategies: list[TextLibStrategyRef]
    """The policies that use the library; absent when none does."""
    match_type: TextLibMatchType | str | None
    create_time: str | None
    """When the library was created. CI documents no format for this field, so it is kept as CI's
    text."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        lib_id: str | None = None,
        lib_name: str | None = None,
        suggestion: TextLibSuggestion | str | None = None,
        strategies: list[TextLibStrategyRef] = NEW_LIST,
        match_type: TextLibMatchType | str | None = None,
        create_time: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.lib_id = lib_id
        self.lib_name = lib_name
        self.suggestion = suggestion
        self.strategies = [] if strategies is NEW_LIST else strategies
        self.match_type = match_type
        self.create_time = create_time
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.lib_id,
            self.lib_name,
            self.suggestion,
            self.strategies,
            self.match_type,
            self.create_time,
            self.unknown_elements,
        ) == (
            other.lib_id,
            other.lib_name,
            other.suggestion,
            other.strategies,
            other.match_type,
            other.create_time,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.lib_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".LibID")
        v = self.lib_name
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".LibName")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Suggestion")
        v = self.strategies
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[3], v, path + ".Strategies")
        v = self.match_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".MatchType")
        v = self.create_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".CreateTime")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeyword(Model):
    """A word to add to a library."""

    __slots__ = ("content", "label", "remark", "unknown_elements")
    content: str
    """The word or phrase, at most 20 characters."""
    label: TextLibKeywordLabel | str
    remark: str | None
    """A note for yourself, at most 100 characters."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        content: str,
        label: TextLibKeywordLabel | str,
        remark: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.content = content
        self.label = label
        self.remark = remark
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibKeyword) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.content, self.label, self.remark, self.unknown_elements) == (
            other.content,
            other.label,
            other.remark,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.content
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Content")
        leaf(out, f[0], v, path + ".Content")
        v = self.label
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Label")
        leaf(out, f[1], v, path + ".Label")
        v = self.remark
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Remark")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordAddRequest(Model):
    """Words to add to a library.

    The root element `<Request>` of a document.
    """

    __slots__ = ("keywords", "unknown_elements")
    keywords: list[TextLibKeyword]
    """The words, one element each. CI documents no per-call limit."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        keywords: list[TextLibKeyword],
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.keywords = keywords
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibKeywordAddRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.keywords, self.unknown_elements) == (other.keywords, other.unknown_elements)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.keywords
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".Keywords")
        repeated(out, f[0], v, path + ".Keywords")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordAddResponse(Model):
    """Answer to a keyword add, one result per word.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "results", "unknown_elements")
    request_id: str | None
    """Id of the request."""
    results: list[TextLibKeywordAddResult]
    """One entry per word sent."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        request_id: str | None = None,
        results: list[TextLibKeywordAddResult] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.request_id = request_id
        self.results = [] if results is NEW_LIST else results
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, TextLibKeywordAddResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.request_id, self.results, self.unknown_elements) == (
            other.request_id,
            other.results,
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
        v = self.results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[1], v, path + ".Results")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordAddResult(Model):
    """What happened to one word of an add."""

    __slots__ = ("code", "err_msg", "keyword_id", "content", "label", "remark", "unknown_elements")
    code: TextLibKeywordResultCode | str | None
    err_msg: str | None
    """Why the word was not added (when `Code` is `Failed`)."""
    keyword_id: str | None
    """Id of the added word; deleting it needs this id."""
    content: str | None
    """The word, as sent."""
    label: TextLibKeywordLabel | str | None
    remark: str | None
    """The note, as sent."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: TextLibKeywordResultCode | str | None = None,
        err_msg: str | None = None,
        keyword_id: str | None = None,
        content: str | None = None,
        label: TextLibKeywordLabel | str | None = None,
        remark: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.err_msg = err_msg
        self.keyword_id = keyword_id
        self.content = content
        self.label = label
        self.remark = remark
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibKeywordAddResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code,
            self.err_msg,
            self.keyword_id,
            self.content,
            self.label,
            self.remark,
            self.unknown_elements,
        ) == (
            other.code,
            other.err_msg,
            other.keyword_id,
            other.content,
            other.label,
            other.remark,
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
        v = self.err_msg
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".ErrMsg")
        v = self.keyword_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".KeywordID")
        v = self.content
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Content")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".Label")
        v = self.remark
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[5], v, path + ".Remark")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordDeleteRequest(Model):
    """Ids of the words to delete.

    The root element `<Request>` of a document.
    """

    __slots__ = ("keyword_ids", "unknown_elements")
    keyword_ids: list[str]
    """The ids (`KeywordID`), one element each. CI documents no per-call limit."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        keyword_ids: list[str],
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.keyword_ids = keyword_ids
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, TextLibKeywordDeleteRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.keyword_ids, self.unknown_elements) == (
            other.keyword_ids,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.keyword_ids
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".KeywordIDs")
        repeated(out, f[0], v, path + ".KeywordIDs")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordDeleteResponse(Model):
    """Answer to a keyword delete, one result per id.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "results", "unknown_elements")
    request_id: str | None
    """Id of the request."""
    results: list[TextLibKeywordDeleteResult]
    """One entry per id sent."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        request_id: str | None = None,
        results: list[TextLibKeywordDeleteResult] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.request_id = request_id
        self.results = [] if results is NEW_LIST else results
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, TextLibKeywordDeleteResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.request_id, self.results, self.unknown_elements) == (
            other.request_id,
            other.results,
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
        v = self.results
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[1], v, path + ".Results")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordDeleteResult(Model):
    """What happened to one id of a delete."""

    __slots__ = ("code", "err_msg", "keyword_id", "content", "unknown_elements")
    code: TextLibKeywordResultCode | str | None
    err_msg: str | None
    """Why the word was not deleted (when `Code` is `Failed`)."""
    keyword_id: str | None
    """The id, as sent."""
    content: str | None
    """The deleted word."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        code: TextLibKeywordResultCode | str | None = None,
        err_msg: str | None = None,
        keyword_id: str | None = None,
        content: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.code = code
        self.err_msg = err_msg
        self.keyword_id = keyword_id
        self.content = content
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, TextLibKeywordDeleteResult)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.code, self.err_msg, self.keyword_id, self.content, self.unknown_elements) == (
            other.code,
            other.err_msg,
            other.keyword_id,
            other.content,
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
        v = self.err_msg
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".ErrMsg")
        v = self.keyword_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".KeywordID")
        v = self.content
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Content")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordInfo(Model):
    """A word of a library."""

    __slots__ = ("keyword_id", "content", "label", "remark", "create_time", "unknown_elements")
    keyword_id: str | None
    """Id of the word."""
    content: str | None
    """The word or phrase."""
    label: TextLibKeywordLabel | str | None
    remark: str | None
    """The note given when it was added."""
    create_time: str | None
    """When the word was added. CI documents no format for this field, so it is kept as CI's
    text."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        keyword_id: str | None = None,
        content: str | None = None,
        label: TextLibKeywordLabel | str | None = None,
        remark: str | None = None,
        create_time: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.keyword_id = keyword_id
        self.content = content
        self.label = label
        self.remark = remark
        self.create_time = create_time
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibKeywordInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.keyword_id,
            self.content,
            self.label,
            self.remark,
            self.create_time,
            self.unknown_elements,
        ) == (
            other.keyword_id,
            other.content,
            other.label,
            other.remark,
            other.create_time,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.keyword_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".KeywordID")
        v = self.content
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Content")
        v = self.label
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".Label")
        v = self.remark
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[3], v, path + ".Remark")
        v = self.create_time
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[4], v, path + ".CreateTime")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibKeywordListResponse(Model):
    """One page of a library's keywords.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "total_count", "keywords", "unknown_elements")
    request_id: str | None
    """Id of the request."""
    total_count: int | None
    """How many keywords match in all (not only on this page)."""
    keywords: list[TextLibKeywordInfo]
    """The keywords on this page."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        request_id: str | None = None,
        total_count: int | None = None,
        keywords: list[TextLibKeywordInfo] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.request_id = request_id
        self.total_count = total_count
        self.keywords = [] if keywords is NEW_LIST else keywords
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if (
            not isinstance(other, TextLibKeywordListResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.request_id, self.total_count, self.keywords, self.unknown_elements) == (
            other.request_id,
            other.total_count,
            other.keywords,
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
        v = self.keywords
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[2], v, path + ".Keywords")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibListResponse(Model):
    """One page of custom text libraries.

    The root element `<Response>` of a document.
    """

    __slots__ = ("request_id", "total_count", "libs", "unknown_elements")
    request_id: str | None
    """Id of the request."""
    total_count: int | None
    """How many libraries match in all (not only on this page)."""
    libs: list[TextLibInfo]
    """The libraries on this page."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        request_id: str | None = None,
        total_count: int | None = None,
        libs: list[TextLibInfo] = NEW_LIST,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.request_id = request_id
        self.total_count = total_count
        self.libs = [] if libs is NEW_LIST else libs
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibListResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.request_id, self.total_count, self.libs, self.unknown_elements) == (
            other.request_id,
            other.total_count,
            other.libs,
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
        v = self.libs
        if v is not None and (v or not isinstance(v, str | list)):
            repeated(out, f[2], v, path + ".Libs")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibStrategyRef(Model):
    """A policy that uses a library."""

    __slots__ = ("bucket", "service", "biz_type", "unknown_elements")
    bucket: str | None
    """The bucket the policy belongs to."""
    service: StrategyService | str | None
    biz_type: str | None
    """Id of the policy."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        bucket: str | None = None,
        service: StrategyService | str | None = None,
        biz_type: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.bucket = bucket
        self.service = service
        self.biz_type = biz_type
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibStrategyRef) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.bucket, self.service, self.biz_type, self.unknown_elements) == (
            other.bucket,
            other.service,
            other.biz_type,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.bucket
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".Bucket")
        v = self.service
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Service")
        v = self.biz_type
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[2], v, path + ".BizType")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibUpdateRequest(Model):
    """The library's new name, suggestion or both.

    The root element `<Request>` of a document.
    """

    __slots__ = ("lib_name", "suggestion", "unknown_elements")
    lib_name: str | None
    """New name: Chinese characters, letters, digits and `_`, at most 32 characters."""
    suggestion: TextLibSuggestion | str | None
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        lib_name: str | None = None,
        suggestion: TextLibSuggestion | str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.lib_name = lib_name
        self.suggestion = suggestion
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibUpdateRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.lib_name, self.suggestion, self.unknown_elements) == (
            other.lib_name,
            other.suggestion,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        check_groups(self, path)
        f = self.__ci_shape__.fields
        v: Any
        v = self.lib_name
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[0], v, path + ".LibName")
        v = self.suggestion
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".Suggestion")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


class TextLibUpdateResponse(Model):
    """Answer to a library update.

    The root element `<Response>` of a document.
    """

    __slots__ = ("lib_id", "request_id", "unknown_elements")
    lib_id: str
    """Id of the updated library (the one in the path)."""
    request_id: str | None
    """Id of the request."""
    unknown_elements: list[UnknownElement]
    """Elements the spec does not describe, kept verbatim."""

    # `__init__` and `__eq__` are what @dataclass would make, generated (see `model.py`).
    def __init__(
        self,
        *,
        lib_id: str,
        request_id: str | None = None,
        unknown_elements: list[UnknownElement] = NEW_LIST,
    ) -> None:
        self.lib_id = lib_id
        self.request_id = request_id
        self.unknown_elements = [] if unknown_elements is NEW_LIST else unknown_elements

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TextLibUpdateResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.lib_id, self.request_id, self.unknown_elements) == (
            other.lib_id,
            other.request_id,
            other.unknown_elements,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _write_xml(self, out: list[str], path: str) -> None:
        """Generated: the fields in spec order, each by its kind's `xmlcodec` helper; `None`,
        `""` and `[]` are absent, as an empty element reads."""
        f = self.__ci_shape__.fields
        v: Any
        v = self.lib_id
        if v is None or (not v and isinstance(v, str | list)):
            raise required(path + ".LibID")
        leaf(out, f[0], v, path + ".LibID")
        v = self.request_id
        if v is not None and (v or not isinstance(v, str | list)):
            leaf(out, f[1], v, path + ".RequestId")
        if self.unknown_elements:
            unknowns(out, self.unknown_elements, path)


# XML metadata: what `xmlcodec` walks. Assigned after the classes so shapes can nest.
TextLibCreateRequest.__ci_shape__ = ShapeSpec(
    TextLibCreateRequest,
    "Request",
    (
        FieldSpec("LibName", "lib_name", STRING, required=True, min_length=1, max_length=32),
        FieldSpec("Suggestion", "suggestion", ENUM, TextLibSuggestion),
        FieldSpec("MatchType", "match_type", ENUM, TextLibMatchType),
    ),
)
TextLibCreateResponse.__ci_shape__ = ShapeSpec(
    TextLibCreateResponse,
    "Response",
    (
        FieldSpec("LibID", "lib_id", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
TextLibDeleteResponse.__ci_shape__ = ShapeSpec(
    TextLibDeleteResponse,
    "Response",
    (FieldSpec("RequestId", "request_id", STRING),),
)
TextLibInfo.__ci_shape__ = ShapeSpec(
    TextLibInfo,
    "TextLibInfo",
    (
        FieldSpec("LibID", "lib_id", STRING),
        FieldSpec("LibName", "lib_name", STRING),
        FieldSpec("Suggestion", "suggestion", ENUM, TextLibSuggestion),
        FieldSpec("Strategies", "strategies", SHAPE, TextLibStrategyRef, is_list=True),
        FieldSpec("MatchType", "match_type", ENUM, TextLibMatchType),
        FieldSpec("CreateTime", "create_time", STRING),
    ),
)
TextLibKeyword.__ci_shape__ = ShapeSpec(
    TextLibKeyword,
    "TextLibKeyword",
    (
        FieldSpec("Content", "content", STRING, required=True, min_length=1, max_length=20),
        FieldSpec("Label", "label", ENUM, TextLibKeywordLabel, required=True),
        FieldSpec("Remark", "remark", STRING, max_length=100),
    ),
)
TextLibKeywordAddRequest.__ci_shape__ = ShapeSpec(
    TextLibKeywordAddRequest,
    "Request",
    (
        FieldSpec(
            "Keywords", "keywords", SHAPE, TextLibKeyword, is_list=True, required=True, min_items=1
        ),
    ),
)
TextLibKeywordAddResponse.__ci_shape__ = ShapeSpec(
    TextLibKeywordAddResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("Results", "results", SHAPE, TextLibKeywordAddResult, is_list=True),
    ),
)
TextLibKeywordAddResult.__ci_shape__ = ShapeSpec(
    TextLibKeywordAddResult,
    "TextLibKeywordAddResult",
    (
        FieldSpec("Code", "code", ENUM, TextLibKeywordResultCode),
        FieldSpec("ErrMsg", "err_msg", STRING),
        FieldSpec("KeywordID", "keyword_id", STRING),
        FieldSpec("Content", "content", STRING),
        FieldSpec("Label", "label", ENUM, TextLibKeywordLabel),
        FieldSpec("Remark", "remark", STRING),
    ),
)
TextLibKeywordDeleteRequest.__ci_shape__ = ShapeSpec(
    TextLibKeywordDeleteRequest,
    "Request",
    (
        FieldSpec(
            "KeywordIDs",
            "keyword_ids",
            STRING,
            is_list=True,
            required=True,
            min_length=1,
            min_items=1,
        ),
    ),
)
TextLibKeywordDeleteResponse.__ci_shape__ = ShapeSpec(
    TextLibKeywordDeleteResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("Results", "results", SHAPE, TextLibKeywordDeleteResult, is_list=True),
    ),
)
TextLibKeywordDeleteResult.__ci_shape__ = ShapeSpec(
    TextLibKeywordDeleteResult,
    "TextLibKeywordDeleteResult",
    (
        FieldSpec("Code", "code", ENUM, TextLibKeywordResultCode),
        FieldSpec("ErrMsg", "err_msg", STRING),
        FieldSpec("KeywordID", "keyword_id", STRING),
        FieldSpec("Content", "content", STRING),
    ),
)
TextLibKeywordInfo.__ci_shape__ = ShapeSpec(
    TextLibKeywordInfo,
    "TextLibKeywordInfo",
    (
        FieldSpec("KeywordID", "keyword_id", STRING),
        FieldSpec("Content", "content", STRING),
        FieldSpec("Label", "label", ENUM, TextLibKeywordLabel),
        FieldSpec("Remark", "remark", STRING),
        FieldSpec("CreateTime", "create_time", STRING),
    ),
)
TextLibKeywordListResponse.__ci_shape__ = ShapeSpec(
    TextLibKeywordListResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("TotalCount", "total_count", INTEGER, minimum=0),
        FieldSpec("Keywords", "keywords", SHAPE, TextLibKeywordInfo, is_list=True),
    ),
)
TextLibListResponse.__ci_shape__ = ShapeSpec(
    TextLibListResponse,
    "Response",
    (
        FieldSpec("RequestId", "request_id", STRING),
        FieldSpec("TotalCount", "total_count", INTEGER, minimum=0),
        FieldSpec("Libs", "libs", SHAPE, TextLibInfo, is_list=True),
    ),
)
TextLibStrategyRef.__ci_shape__ = ShapeSpec(
    TextLibStrategyRef,
    "TextLibStrategyRef",
    (
        FieldSpec("Bucket", "bucket", STRING),
        FieldSpec("Service", "service", ENUM, StrategyService),
        FieldSpec("BizType", "biz_type", STRING),
    ),
)
TextLibUpdateRequest.__ci_shape__ = ShapeSpec(
    TextLibUpdateRequest,
    "Request",
    (
        FieldSpec("LibName", "lib_name", STRING, min_length=1, max_length=32),
        FieldSpec("Suggestion", "suggestion", ENUM, TextLibSuggestion),
    ),
    any_of=(("lib_name", "suggestion"),),
)
TextLibUpdateResponse.__ci_shape__ = ShapeSpec(
    TextLibUpdateResponse,
    "Response",
    (
        FieldSpec("LibID", "lib_id", STRING, required=True),
        FieldSpec("RequestId", "request_id", STRING),
    ),
)
