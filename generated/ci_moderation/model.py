"""The base of every generated model and the metadata that drives the XML codec.

Generated classes are slotted, with generated keyword-only `__init__` and `__eq__` (what
@dataclass would make, without importing `dataclasses` and `inspect`: ≈ 12 ms of every cold
start, and its `exec` of each method made a family's first use 4× slower); each carries a
`ShapeSpec` (built once at import) that `xmlcodec` walks and that `Model.replace` reads.
Behaviour lives here, not in per-model code.
"""

from __future__ import annotations

import importlib
import re
from enum import Enum
from typing import Any, ClassVar, Self

from .record import replaced

STRING, INTEGER, BOOLEAN, DATETIME, ENUM, SHAPE, NUMBER = range(7)


class _New:
    """The default of a list (or dict) parameter of an `__init__`: a new empty one each time,
    as `field(default_factory=list)` gives a dataclass."""

    def __init__(self, shown: str) -> None:
        self.shown = shown

    def __repr__(self) -> str:
        return self.shown


NEW_LIST: Any = _New("[]")
NEW_DICT: Any = _New("{}")


class UnknownElement:
    """An XML element the spec does not describe, kept so new CI fields are never lost."""

    __slots__ = ("tag", "text", "children", "attributes")
    tag: str
    text: str | None
    children: list[UnknownElement]
    attributes: dict[str, str]

    def __init__(
        self,
        *,
        tag: str,
        text: str | None = None,
        children: list[UnknownElement] = NEW_LIST,
        attributes: dict[str, str] = NEW_DICT,
    ) -> None:
        self.tag = tag
        self.text = text
        self.children = [] if children is NEW_LIST else children
        self.attributes = {} if attributes is NEW_DICT else attributes

    def _values(self) -> tuple[Any, ...]:
        return (self.tag, self.text, self.children, self.attributes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnknownElement) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return (
            f"UnknownElement(tag={self.tag!r}, text={self.text!r}, children={self.children!r}, "
            f"attributes={self.attributes!r})"
        )


class FieldSpec:
    """How one field maps to XML and what values it accepts."""

    __slots__ = (
        "xml_name", "attr", "kind", "target", "is_list", "comma", "required", "max_bytes",
        "min_length", "max_length", "minimum", "maximum", "min_items", "pattern", "url", "base64",
        "colon_offset",
    )  # fmt: skip

    def __init__(
        self,
        xml_name: str,
        attr: str,
        kind: int,
        target: Any = None,
        *,
        is_list: bool = False,
        comma: bool = False,
        required: bool = False,
        max_bytes: int | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        min_items: int | None = None,
        pattern: str | None = None,
        url: bool = False,
        base64: bool = False,
        colon_offset: bool = False,
    ) -> None:
        self.xml_name = xml_name
        self.attr = attr
        self.kind = kind
        self.target = target  # the Enum subclass or Model subclass for ENUM / SHAPE
        self.is_list = is_list
        self.comma = comma
        self.required = required
        self.max_bytes = max_bytes
        self.min_length = min_length
        self.max_length = max_length
        self.minimum = minimum
        self.maximum = maximum
        self.min_items = min_items
        self.pattern = re.compile(pattern) if pattern is not None else None
        self.url = url  # `format: uri`: an absolute http(s) URL with a host
        self.base64 = base64  # `contentEncoding: base64`: str (UTF-8) or bytes, sent encoded
        self.colon_offset = colon_offset  # `x-ci-time-offset: colon`: written +08:00


class ShapeSpec:
    """The XML shape of one model class: element name, fields, and cross-field rules."""

    __slots__ = ("cls", "xml_name", "fields", "by_tag", "by_attr", "required", "one_of", "any_of")

    def __init__(
        self,
        cls: type[Model],
        xml_name: str,
        fields: tuple[FieldSpec, ...],
        *,
        one_of: tuple[tuple[str, ...], ...] = (),
        any_of: tuple[tuple[str, ...], ...] = (),
    ) -> None:
        self.cls = cls
        self.xml_name = xml_name
        self.fields = fields
        self.by_tag = {f.xml_name: f for f in fields}
        self.by_attr = {f.attr: f.xml_name for f in fields}
        self.required = tuple(f for f in fields if f.required)
        self.one_of = one_of
        self.any_of = any_of


class Model:
    """Mixin of generated models: XML in and out, and a repr that hides unset fields."""

    __slots__: tuple[str, ...] = ()  # a generated model's: its fields, then unknown_elements
    __ci_shape__: ClassVar[ShapeSpec]

    def to_xml(self) -> bytes:
        """Validate against the spec and serialize; raises `RequestValidationError`."""
        from .xmlcodec import serialize

        return serialize(self)

    def _write_xml(self, out: list[str], path: str) -> None:
        """Append this model's child elements to `out` (generated per model: `xmlcodec`
        has the helpers it calls); `path` names the element in errors."""
        raise NotImplementedError(f"{type(self).__name__} is not generated: it cannot be written")

    @classmethod
    def from_xml(cls, body: bytes) -> Self:
        """Parse a document whose root is this model, with the hardened parser."""
        from .xmlcodec import parse_document

        return parse_document(body, cls)

    def replace(self, **changes: Any) -> Self:
        """A shallow copy with `changes` applied (what `dataclasses.replace` did when models
        were dataclasses); an unknown field name is a `TypeError`."""
        new: Self = replaced(self, changes)
        return new

    __replace__ = replace  # copy.replace() on Python >= 3.13

    def __repr__(self) -> str:
        parts = []
        for f in self.__ci_shape__.fields:
            value = getattr(self, f.attr)
            if value is not None and value != []:
                parts.append(f"{f.attr}={_short(value)}")
        unknown = getattr(self, "unknown_elements", None)
        if unknown:
            parts.append(f"unknown_elements=[{', '.join(u.tag for u in unknown)}]")
        return f"{type(self).__name__}({', '.join(parts)})"


def _short(value: Any) -> str:
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, list):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    return repr(value)


def model_class(name: str) -> Any:
    """The generated model (or enum) called `name`. Families load on first use, so
    importing the package does not build every model."""
    found = _CLASSES.get(name)
    if found is None:
        models = importlib.import_module(".models", __package__)  # generated beside this module
        found = _CLASSES[name] = getattr(models, name)
    return found


_CLASSES: dict[str, Any] = {}
