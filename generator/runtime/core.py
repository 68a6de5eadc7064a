"""The sans-I/O core: typed input → HTTP request, and (status, headers, body) → typed result.

Nothing here does I/O, so the sync and async clients, the emulator and tests all share it.
A call is prepared (validated and serialized) once, then signed afresh for every attempt.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

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
from .model import Model
from .signing import TOKEN_HEADER, Credentials, SigningWindow, authorization, signed_headers
from .xmlcodec import DEFAULT_MAX_BYTES, parse_element, parse_root, serialize

T = TypeVar("T", bound=Model)

REQUEST_ID_HEADER = "x-ci-request-id"
TRACE_ID_HEADER = "x-ci-trace-id"
_WINDOW = SigningWindow()
XML_CONTENT_TYPE = "application/xml"


@dataclass(frozen=True, slots=True)
class RateLimitSpec:
    requests: int
    per_seconds: float
    scope: str


@dataclass(frozen=True, slots=True)
class PathParamSpec:
    name: str
    attr: str
    min_length: int | None
    max_length: int | None
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class OperationModel(Generic[T]):
    """Everything the runtime needs to know about one operation, emitted from the spec."""

    name: str
    method: str
    path: str
    params: tuple[PathParamSpec, ...]
    input_cls: type[Model] | None
    output_cls: type[T]
    error_cls: type[Model]
    idempotent: bool
    reconcile_field: tuple[str, ...] | None = None
    rate_limit: RateLimitSpec | None = None

    def build_path(self, values: Mapping[str, str]) -> str:
        """Validate path values before any URL exists, so no value can change the target."""
        path = self.path
        for p in self.params:
            value = values.get(p.attr)
            if not isinstance(value, str):
                reason = "is required and must be a string"
            elif p.min_length is not None and len(value) < p.min_length:
                reason = "must not be empty"
            elif p.max_length is not None and len(value) > p.max_length:
                reason = f"must be at most {p.max_length} characters"
            # fullmatch, not match: "abc\n" must not pass a `$`-anchored pattern.
            elif not p.pattern.fullmatch(value):
                reason = f"{value[:40]!r} is not a valid id ({p.pattern.pattern})"
            else:
                path = path.replace("{" + p.name + "}", value)
                continue
            raise RequestValidationError(p.name, reason, python_path=p.attr)
        return path


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """A validated, serialized call: the same bytes go out on every attempt."""

    operation: OperationModel[Any]
    method: str
    path: str
    body: bytes
    data_id: str | None = None


@dataclass(slots=True)
class HttpRequest:
    """One signed attempt, ready for any transport. Its repr hides credentials."""

    method: str
    url: str
    path: str
    headers: dict[str, str]
    body: bytes

    def __repr__(self) -> str:
        return f"HttpRequest({self.method} {self.url}, {len(self.body)} bytes)"


@dataclass(frozen=True, slots=True)
class Response(Generic[T]):
    """A detailed result: HTTP status, headers, raw body and the parsed model."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes = field(repr=False)
    parsed: T
    request_id: str | None


def _get(model: Any, path: tuple[str, ...]) -> Any:
    for attr in path:
        if model is None:
            return None
        model = getattr(model, attr)
    return model


def _with(model: Any, path: tuple[str, ...], value: str) -> Any:
    """Copy of `model` with the field at `path` set (models are never mutated in place)."""
    head, *rest = path
    if not rest:
        return replace(model, **{head: value})
    return replace(model, **{head: _with(getattr(model, head), tuple(rest), value)})


def prepare(
    op: OperationModel[Any],
    body: Model | None = None,
    path_values: Mapping[str, str] | None = None,
    *,
    generate_data_id: bool = True,
) -> PreparedRequest:
    """Validate and serialize once. Raises `RequestValidationError` before anything is sent.

    For operations with a reconcile field (a submit's DataId) an empty one is filled with a
    uuid4, so a call whose outcome is unknown can still be matched to its job later.
    """
    path = op.build_path(path_values or {})
    data = b""
    data_id = None
    if op.input_cls is not None:
        if not isinstance(body, op.input_cls):
            raise RequestValidationError(
                op.input_cls.__ci_shape__.xml_name,
                f"must be {article(op.input_cls.__name__)}",
                python_path="body",
            )
        if op.reconcile_field is not None:
            data_id = _get(body, op.reconcile_field)
            if not data_id and generate_data_id and _get(body, op.reconcile_field[:-1]):
                data_id = uuid.uuid4().hex
                body = _with(body, op.reconcile_field, data_id)
        data = serialize(body)
    elif body is not None:
        raise RequestValidationError(op.name, "takes no request body")
    return PreparedRequest(op, op.method, path, data, data_id or None)


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
        {},
        signed_headers(headers),
        start,
        int(now) + window.after,
    )
    return HttpRequest(prepared.method, base_url + prepared.path, path, headers, prepared.body)


def request_id_of(headers: Mapping[str, str]) -> str | None:
    return headers.get(REQUEST_ID_HEADER) or None


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
