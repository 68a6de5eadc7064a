"""The sans-I/O core: typed input → HTTP request, and (status, headers, body) → typed result.

Nothing here does I/O, so the sync and async clients, the emulator and tests all share it.
A call is prepared (validated and serialized) once, then signed afresh for every attempt.
"""

# No `from __future__ import annotations`: NamedTuple would turn every string annotation
# into a ForwardRef and compile it, ≈ 0.3 ms per class at import.
import os
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, Generic, NamedTuple, TypeVar, cast
from urllib.parse import quote

from .errors import (
    CIError,
    RequestValidationError,
    ResponseParseError,
    ResponseTooLargeError,
    ServiceError,
    UnexpectedRedirectError,
    UnsafeResponseError,
    article,
    service_error_class,
)
from .model import BOOLEAN, ENUM, INTEGER, STRING, FieldSpec, Model, model_class
from .record import Record, assign
from .signing import TOKEN_HEADER, Credentials, SigningWindow, authorization, signed_headers
from .xmlcodec import DEFAULT_MAX_BYTES, parse_element, parse_root, serialize, write_scalar

T = TypeVar("T", bound=Model)

REQUEST_ID_HEADER = "x-ci-request-id"
TRACE_ID_HEADER = "x-ci-trace-id"
_WINDOW = SigningWindow()
XML_CONTENT_TYPE = "application/xml"


class RateLimitSpec(NamedTuple):
    requests: int
    per_seconds: float
    scope: str


class PathParamSpec(NamedTuple):
    """A path parameter: an id matched by `pattern`, or (`object_key`) a COS object key,
    which may hold `/` and any text, and is percent-encoded on the wire."""

    name: str
    attr: str
    min_length: int | None
    max_length: int | None
    pattern: re.Pattern[str] | None
    object_key: bool = False
    max_bytes: int | None = None


_KEY_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")


def _key_problem(key: str, max_bytes: int | None) -> str | None:
    """Why an object key cannot be sent as it is signed, or None. A `.`/`..` segment would
    be normalised away by a server or proxy after signing, changing the object."""
    if not key:
        return "must not be empty"
    if max_bytes is not None and len(key.encode("utf-8", "surrogatepass")) > max_bytes:
        return f"must be at most {max_bytes} bytes of UTF-8"
    if _KEY_FORBIDDEN.search(key):
        return "must not contain control characters"
    if any(seg in (".", "..") for seg in key.split("/")):
        return "must not contain `.` or `..` path segments"
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        return "must be valid Unicode text (it holds a lone surrogate)"
    return None


class QueryParamSpec(NamedTuple):
    """A query-string parameter. `const` ones are fixed (a sub-resource such as
    `ci-process=...`) and always sent; others are sent when given."""

    name: str
    attr: str
    kind: str  # "string", "integer" or "boolean"
    required: bool = False
    const: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_bytes: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    url: bool = False
    enum: str | None = None  # the name of the enum whose values are the choices

    @property
    def choices(self) -> type[Enum] | None:
        return None if self.enum is None else cast("type[Enum]", model_class(self.enum))

    def render(self, value: object) -> str:
        """The wire text of a value, checked by the same rules as a body field's, or a
        `RequestValidationError` naming the parameter."""
        field = _QUERY_FIELDS.get(self)
        if field is None:
            kind = ENUM if self.enum is not None else _QUERY_KINDS[self.kind]
            field = _QUERY_FIELDS[self] = FieldSpec(
                self.name, self.attr, kind, self.choices, max_bytes=self.max_bytes,
                min_length=self.min_length, max_length=self.max_length, minimum=self.minimum,
                maximum=self.maximum, pattern=self.pattern, url=self.url,
            )  # fmt: skip
        try:
            text = write_scalar(field, value, self.name)
            text.encode("utf-8")  # a lone surrogate cannot be percent-encoded
        except RequestValidationError as exc:
            raise RequestValidationError(self.name, exc.reason, python_path=self.attr) from None
        except UnicodeEncodeError:
            reason = "is not valid Unicode (it holds a lone surrogate)"
            raise RequestValidationError(self.name, reason, python_path=self.attr) from None
        return text


_QUERY_KINDS = {"string": STRING, "integer": INTEGER, "boolean": BOOLEAN}
_QUERY_FIELDS: dict[QueryParamSpec, FieldSpec] = {}


def _q(text: str) -> str:
    """Percent-encode as the signature does (only A-Z a-z 0-9 - _ . ~ stay)."""
    return quote(text, safe="-_.~")


class PageSpec(NamedTuple):
    """How a list operation pages: offset/limit query parameters (python names), the
    python-name path of the repeated element in the answer, and of the total count."""

    offset: str
    limit: str
    items: tuple[str, ...]
    total: tuple[str, ...] | None = None


class OperationModel(NamedTuple, Generic[T]):
    """Everything the runtime needs to know about one operation, emitted from the spec."""

    name: str
    method: str
    path: str
    params: tuple[PathParamSpec, ...]
    #: Model names (the classes are `input_cls`, `output_cls`, `error_cls`): a family's
    #: models are built when one of its operations is first used, not at import.
    input_name: str | None
    output_name: str
    error_name: str
    idempotent: bool
    reconcile_field: tuple[str, ...] | None = None
    rate_limit: RateLimitSpec | None = None
    query: tuple[QueryParamSpec, ...] = ()
    host: str = "ci"
    #: For one of several operations sharing a method and path (`x-ci-variants`): the
    #: shared name, and the (element, value) of the request body that selects this one.
    wire_name: str | None = None
    discriminator: tuple[str, str] | None = None
    page: PageSpec | None = None
    #: The family (the spec's first tag): `models.<tag>` holds its models; the CLI's group.
    tag: str = ""
    #: A query parameter (python name) that identifies the call for reconciliation, as
    #: `reconcile_field` does in a body: filled with a uuid4 when the caller leaves it out.
    reconcile_query: str | None = None

    # `model_class` returns Any: assigned to a typed name, not `cast` (a call per use).
    @property
    def input_cls(self) -> type[Model] | None:
        if self.input_name is None:
            return None
        cls: type[Model] = model_class(self.input_name)
        return cls

    @property
    def output_cls(self) -> type[T]:
        cls: type[T] = model_class(self.output_name)
        return cls

    @property
    def error_cls(self) -> type[Model]:
        cls: type[Model] = model_class(self.error_name)
        return cls

    def build_path(self, values: Mapping[str, str]) -> str:
        """Validate path values before any URL exists, so no value can change the target.
        Returns the path as signed (decoded); `url_path` is the form sent."""
        return self._paths(values)[0]

    def url_path(self, values: Mapping[str, str]) -> str:
        """The path as sent: object keys percent-encoded (ids need no encoding)."""
        return self._paths(values)[1]

    def _paths(self, values: Mapping[str, str]) -> tuple[str, str]:
        path = sent = self.path
        for p in self.params:
            value = values.get(p.attr)
            if not isinstance(value, str):
                reason: str | None = "is required and must be a string"
            elif p.object_key:
                reason = _key_problem(value, p.max_bytes)
            elif p.min_length is not None and len(value) < p.min_length:
                reason = "must not be empty"
            elif p.max_length is not None and len(value) > p.max_length:
                reason = f"must be at most {p.max_length} characters"
            # fullmatch, not match: "abc\n" must not pass a `$`-anchored pattern.
            elif p.pattern is not None and not p.pattern.fullmatch(value):
                reason = f"{value[:40]!r} is not a valid id ({p.pattern.pattern})"
            else:
                reason = None
            if reason is not None:
                raise RequestValidationError(p.name, reason, python_path=p.attr)
            assert isinstance(value, str)
            slot = "{" + p.name + "}"
            path = path.replace(slot, value)
            sent = sent.replace(slot, quote(value, safe="/-_.~") if p.object_key else value)
        return path, sent

    def build_query(self, values: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
        """The query pairs to send, in spec order: every `const` one, and each other one
        the caller gave (None means not given). Values are checked before anything is sent."""
        unknown = values and set(values) - {q.attr for q in self.query if q.const is None}
        if unknown:
            name = sorted(unknown)[0]
            raise RequestValidationError(name, f"is not a query parameter of {self.name}")
        pairs = []
        for q in self.query:
            if q.const is not None:
                pairs.append((q.name, q.const))
                continue
            value = values.get(q.attr)
            if value is None:
                if q.required:
                    raise RequestValidationError(q.name, "is required", python_path=q.attr)
                continue
            pairs.append((q.name, q.render(value)))
        return tuple(pairs)


class PreparedRequest(NamedTuple):
    """A validated, serialized call: the same bytes go out on every attempt."""

    operation: OperationModel[Any]
    method: str
    path: str  # as signed (decoded)
    body: bytes
    data_id: str | None = None
    params: tuple[tuple[str, str], ...] = ()
    url_path: str = ""  # as sent (object keys percent-encoded); `path` when empty
    data_ids: tuple[str, ...] = ()  # every DataId sent: one per input of a batch

    @property
    def target(self) -> str:
        """Path and query string as sent, relative to the endpoint's base URL."""
        target = self.url_path or self.path
        if self.params:
            target += "?" + "&".join(f"{_q(k)}={_q(v)}" for k, v in self.params)
        return target


class HttpRequest:
    """One signed attempt, ready for any transport. Its repr hides credentials."""

    __slots__ = ("method", "url", "path", "headers", "body")

    def __init__(
        self, method: str, url: str, path: str, headers: dict[str, str], body: bytes
    ) -> None:
        self.method = method
        self.url = url
        self.path = path
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return f"HttpRequest({self.method} {self.url}, {len(self.body)} bytes)"


class Response(Record, Generic[T]):
    """A detailed result: HTTP status, headers, raw body and the parsed model."""

    __slots__ = ("status_code", "headers", "content", "parsed", "request_id")
    _hidden = frozenset({"content"})
    status_code: int
    headers: Mapping[str, str]
    content: bytes
    parsed: T
    request_id: str | None

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        parsed: T,
        request_id: str | None,
    ) -> None:
        assign(self, "status_code", status_code)
        assign(self, "headers", headers)
        assign(self, "content", content)
        assign(self, "parsed", parsed)
        assign(self, "request_id", request_id)


def _new_data_id() -> str:
    """A random UUID (version 4) in hex, made as `uuid.uuid4().hex` makes it: `import uuid`
    (which imports `platform`) would cost the first submit ≈ 4 ms."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC 4122 variant
    return raw.hex()


def _reconcile(model: Any, path: tuple[str, ...], generate: bool) -> tuple[Any, list[str]]:
    """The DataIds at `path` (through lists: a batch has one per input), each empty one
    filled with a uuid4 when `generate`; returns a copy of `model` with them set. A missing
    parent (no `Input`) gets none: the request is invalid and serializing it says so."""
    head, *rest = path
    value = getattr(model, head)
    if not rest:
        if value:
            return model, [value]
        if not generate:
            return model, []
        new = _new_data_id()
        return model.replace(**{head: new}), [new]
    if value is None:
        return model, []
    if isinstance(value, list):
        items, ids = [], []
        for item in value:
            item, got = _reconcile(item, tuple(rest), generate)
            items.append(item)
            ids += got
        unchanged = all(new is old for new, old in zip(items, value, strict=True))
        return (model if unchanged else model.replace(**{head: items})), ids
    sub, ids = _reconcile(value, tuple(rest), generate)
    return (model if sub is value else model.replace(**{head: sub})), ids


def prepare(
    op: OperationModel[Any],
    body: Model | None = None,
    path_values: Mapping[str, str] | None = None,
    *,
    generate_data_id: bool = True,
    query: Mapping[str, object] | None = None,
) -> PreparedRequest:
    """Validate and serialize once. Raises `RequestValidationError` before anything is sent.

    For operations with a reconcile field (a submit's DataId) an empty one is filled with a
    uuid4, so a call whose outcome is unknown can still be matched to its job later.
    """
    path, url_path = op._paths(path_values or {})
    data_id = None
    data_ids: tuple[str, ...] = ()
    if op.reconcile_query is not None:
        query = dict(query or {})
        data_id = query.get(op.reconcile_query)
        if not data_id and generate_data_id:
            data_id = query[op.reconcile_query] = _new_data_id()
        data_ids = (data_id,) if isinstance(data_id, str) and data_id else ()
    params = op.build_query(query or {})
    data = b""
    input_cls = op.input_cls
    if input_cls is not None:
        if not isinstance(body, input_cls):
            raise RequestValidationError(
                input_cls.__ci_shape__.xml_name,
                f"must be {article(input_cls.__name__)}",
                python_path="body",
            )
        if op.reconcile_field is not None:
            body, ids = _reconcile(body, op.reconcile_field, generate_data_id)
            data_ids = tuple(ids)
            data_id = ids[0] if len(ids) == 1 else None
        data = serialize(body)
    elif body is not None:
        raise RequestValidationError(op.name, "takes no request body")
    return PreparedRequest(
        op,
        op.method,
        path,
        data,
        data_id if isinstance(data_id, str) and data_id else None,
        params,
        url_path if url_path != path else "",
        data_ids,
    )


def sign(
    prepared: PreparedRequest,
    base_url: str,
    host: str,
    prefix: str,
    credentials: Credentials,
    now: float,
    window: SigningWindow = _WINDOW,
    extra_headers: Mapping[str, str] | None = None,
) -> HttpRequest:
    """Build one attempt's headers and signature (call again for every retry).
    `extra_headers` (checked, lower-cased) are sent too, and signed if `x-ci-*`/`x-cos-*`."""
    path = prefix + prepared.path
    headers = {"host": host}
    if prepared.body or prepared.method in ("POST", "PUT"):
        headers["content-type"] = XML_CONTENT_TYPE
        headers["content-length"] = str(len(prepared.body))
    if extra_headers:
        headers.update(extra_headers)
    token = credentials.session_token
    if token:
        headers[TOKEN_HEADER] = token
    start = int(now) - window.before
    headers["authorization"] = authorization(
        credentials,
        prepared.method,
        path,
        dict(prepared.params),
        signed_headers(headers),
        start,
        int(now) + window.after,
    )
    return HttpRequest(prepared.method, base_url + prepared.target, path, headers, prepared.body)


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """CI hosts send `x-ci-request-id`; the COS host (single-image moderation) sends
    `x-cos-request-id`."""
    return headers.get(REQUEST_ID_HEADER) or headers.get("x-cos-request-id") or None


def may_have_created(op: OperationModel[Any], status: int) -> bool:
    """The one rule for `maybe_processed` once an answer arrived, whatever went wrong
    reading it (an `<Error>`, a malformed, unsafe or oversize body): a call that is not
    idempotent may have created its job when CI answered 2xx or any 5xx but 503 (which says
    the request was not taken). Idempotent calls leave nothing to reconcile."""
    return not op.idempotent and (status < 300 or (status >= 500 and status != 503))


def _service_error(
    op: OperationModel[Any],
    status: int,
    headers: Mapping[str, str],
    rid: str | None,
    code: str,
    message: str,
    **kw: Any,
) -> ServiceError:
    """The typed error for an `<Error>` envelope, or for an error status without one."""
    cls = service_error_class(status, code)
    return cls(
        code or f"HTTP{status}",
        message,
        status_code=status,
        request_id=rid,
        maybe_processed=may_have_created(op, status),
        trace_id_header=headers.get(TRACE_ID_HEADER) or None,
        **kw,
    )


def parse_response(
    op: OperationModel[T],
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Response[T]:
    """Turn a complete HTTP answer into a `Response[T]` or raise the matching `CIError`.

    The `<Error>` envelope is honoured whatever the status (CI sends it with 200 too).
    A body that is not the documented document never yields a partial result.
    """
    rid = request_id_of(headers)
    ambiguous = may_have_created(op, status)
    if 300 <= status < 400:
        raise UnexpectedRedirectError(
            f"CI answered with a redirect to {headers.get('location', '?')!r}; not followed",
            status_code=status,
            request_id=rid,
        )
    try:
        root = parse_root(body, max_bytes)
    except (UnsafeResponseError, ResponseTooLargeError) as exc:
        exc.status_code, exc.request_id, exc.maybe_processed = status, rid, ambiguous
        raise
    except ResponseParseError as exc:
        if status < 300:
            exc.status_code, exc.request_id, exc.maybe_processed = status, rid, ambiguous
            raise
        detail = f"HTTP {status} without a CI <Error> body ({exc.message})"
        raise _service_error(op, status, headers, rid, "", detail) from None
    if root.tag == op.error_cls.__ci_shape__.xml_name:
        env: Any = parse_element(root, op.error_cls)
        rid = rid or env.request_id
        code, message = env.code or "", env.message or ""
        raise _service_error(op, status, headers, rid, code, message, trace_id=env.trace_id)
    if status >= 300:
        detail = f"HTTP {status} with an unexpected <{root.tag}> body"
        raise _service_error(op, status, headers, rid, "", detail)
    try:
        parsed = parse_element(root, op.output_cls)
    except CIError as exc:
        exc.status_code, exc.request_id, exc.maybe_processed = status, rid, ambiguous
        raise
    return Response(status, headers, body, parsed, rid or getattr(parsed, "request_id", None))
