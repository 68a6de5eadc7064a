"""The intermediate representation: what templates see.

Small, frozen and independent of OpenAPI, so later front ends (callback JSON models, a CLI)
read the same objects. Every name a template needs is computed here, not in Jinja.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Scalar = Literal["string", "integer", "boolean", "datetime"]
Kind = Literal["string", "integer", "boolean", "datetime", "enum", "shape", "number"]
ListStyle = Literal["repeated", "comma"]


@dataclass(frozen=True, slots=True)
class EnumDef:
    name: str
    value_type: Literal["string", "integer"]
    members: tuple[tuple[str, str | int], ...]  # (python member name, wire value)
    description: str


@dataclass(frozen=True, slots=True)
class FieldDef:
    xml_name: str
    py_name: str
    kind: Kind
    ref: str | None  # enum or shape name for kind "enum" / "shape"
    is_list: bool
    list_style: ListStyle
    required: bool
    description: str
    max_bytes: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    pattern: str | None = None
    url: bool = False
    base64: bool = False
    colon_offset: bool = False
    fixed_member: str | None = None  # a required one-value enum: its member is the default


@dataclass(frozen=True, slots=True)
class ShapeDef:
    name: str
    xml_name: str
    description: str
    fields: tuple[FieldDef, ...]
    one_of: tuple[tuple[str, ...], ...] = ()  # groups of py names: exactly one must be set
    any_of: tuple[tuple[str, ...], ...] = ()  # groups of py names: at least one must be set
    is_error: bool = False
    is_document: bool = False  # has its own `xml.name`: a request, response or error root


@dataclass(frozen=True, slots=True)
class PathParam:
    name: str
    py_name: str
    min_length: int | None
    max_length: int | None
    pattern: str | None
    description: str
    object_key: bool = False  # `x-ci-object-key`: a COS key, may hold `/`, percent-encoded
    max_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class QueryParam:
    """A query-string parameter; a `const` one is fixed (a sub-resource such as `ci-process`)
    and never a method argument."""

    name: str
    py_name: str
    kind: Literal["string", "integer", "boolean"]
    required: bool
    const: str | None
    description: str
    min_length: int | None = None
    max_length: int | None = None
    max_bytes: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    url: bool = False
    enum: str | None = None  # an enum schema's name: its values are the choices


@dataclass(frozen=True, slots=True)
class Paginate:
    """`x-ci-paginate`: how a list operation pages (offset/limit query, items, total)."""

    offset: str  # python name of the offset query parameter
    limit: str  # python name of the limit query parameter
    items: tuple[str, ...]  # python-name path of the repeated element in the answer
    item_shape: str  # its type (a shape name, or a scalar kind)
    total: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class RateLimit:
    requests: int
    per_seconds: float
    scope: str


@dataclass(frozen=True, slots=True)
class Example:
    """An XML body from the spec; a test vector."""

    operation: str
    direction: Literal["request", "response"]
    name: str
    status: str
    body: str
    malformed: bool


@dataclass(frozen=True, slots=True)
class OperationDef:
    name: str  # operationId, PascalCase
    py_name: str
    method: str
    path: str
    summary: str
    description: str
    path_params: tuple[PathParam, ...]
    input_shape: str | None
    output_shape: str
    error_shape: str
    idempotent: bool
    reconcile_field: tuple[str, ...] | None  # py-name path into the input: ("input", "data_id")
    rate_limit: RateLimit | None
    examples: tuple[Example, ...] = ()
    query_params: tuple[QueryParam, ...] = ()
    host: str = "ci"  # which server (`x-ci-host`) the operation is on
    wire_name: str | None = None  # the shared operationId when this is an `x-ci-variants` entry
    discriminator: tuple[str, str] | None = None  # (element, value) selecting this variant
    paginate: Paginate | None = None
    reconcile_query: str | None = None  # python name of a query parameter that reconciles
    tag: str = ""  # the family (first OpenAPI tag): which models module its shapes live in

    @property
    def arg_query_params(self) -> tuple[QueryParam, ...]:
        """The query parameters a caller passes (the `const` ones are fixed)."""
        return tuple(q for q in self.query_params if q.const is None)

    @property
    def iter_name(self) -> str:
        """`list_strategies` → `iter_strategies`: the auto-paginating method's name."""
        return "iter_" + self.py_name.removeprefix("list_")


@dataclass(frozen=True, slots=True)
class WebhookDef:
    """A callback CI POSTs (an OpenAPI `webhooks` entry): a JSON body of one shape."""

    name: str
    summary: str
    shape: str
    version: str  # the X-Ci-Content-Version that selects it (`Simple` when absent)
    event: str
    event_field: tuple[str, ...]
    examples: tuple[tuple[str, str], ...] = ()  # (name, JSON text)
    tag: str = ""


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    version: str
    server_template: str
    default_scheme: str
    operations: tuple[OperationDef, ...]
    shapes: tuple[ShapeDef, ...]
    enums: tuple[EnumDef, ...]
    spec_sha256: str
    extra: dict[str, str] = field(default_factory=dict)
    webhooks: tuple[WebhookDef, ...] = ()
    hosts: tuple[tuple[str, str], ...] = ()  # (x-ci-host name, server template); `ci` first

    def shape(self, name: str) -> ShapeDef:
        for s in self.shapes:
            if s.name == name:
                return s
        raise KeyError(name)
