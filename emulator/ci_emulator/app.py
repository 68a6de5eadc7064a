"""The ASGI app: one starlette route per operation of `ci_moderation.operations.OPERATIONS`.

Each request runs one pipeline: take an armed fault → read the body (size-capped) → verify
the signature → rate limit → validate path values and body with the generated models →
handler → serialize the generated response model → write it (or what the fault makes of
it). Every answer carries `x-ci-request-id`; every request lands in the ledger.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ci_moderation.core import OperationModel
from ci_moderation.errors import CIError, RequestValidationError, UnsafeResponseError
from ci_moderation.model import Model
from ci_moderation.operations import OPERATIONS
from ci_moderation.xmlcodec import DEFAULT_MAX_BYTES, parse_element, parse_root

from .auth import CI_HOST, COS_HOST, SignedRequest
from .clock import Clock
from .config import EmulatorConfig
from .errors import (
    REQUEST_ID_HEADER,
    XML_MEDIA_TYPE,
    EmulatorError,
    error_document,
    new_request_id,
)
from .faults import Answer, Fault, FaultKind
from .handlers import HANDLERS, Call, Handler
from .ledger import RequestRecord
from .state import Emulator
from .wire import Wire

log = logging.getLogger("ci_emulator")

_CONNECTION_FAULTS = frozenset({FaultKind.RESET_AFTER_READ, FaultKind.CLOSE_AFTER_READ})


def _error_answer(error: EmulatorError, request_id: str) -> Answer:
    body = error_document(error.code, error.message, request_id)
    return Answer(error.status, body, {"content-type": XML_MEDIA_TYPE}, error.code)


def parse_body(cls: type[Model], body: bytes, max_bytes: int) -> Model:
    """Parse with the generated hardened parser, then validate by re-serializing with the
    generated serializer. Parser messages are never echoed for syntax errors."""
    if not body.strip():
        raise EmulatorError(400, "MalformedXML", "the request body is empty")
    try:
        root = parse_root(body, max_bytes)
    except UnsafeResponseError:
        raise EmulatorError(400, "MalformedXML", "DOCTYPE and entities are not allowed") from None
    except CIError:
        raise EmulatorError(
            400, "MalformedXML", "the request body is not well-formed XML"
        ) from None
    try:
        model = parse_element(root, cls)
    except CIError as exc:  # a field-level message of the generated codec: safe to show
        raise EmulatorError(400, "InvalidArgument", exc.message) from None
    try:
        model.to_xml()
    except RequestValidationError as exc:  # in the request's own (XML) names, as CI would
        raise EmulatorError(400, "InvalidArgument", f"{exc.field}: {exc.reason}") from None
    return model


class OperationEndpoint:
    """The ASGI endpoint of one method and path (raw ASGI, so faults can reach the
    connection). Usually one operation; several when they differ by a fixed query
    parameter (`ci-process=...`) or share the path as `x-ci-variants`, told apart by the
    request body's discriminator element. For those the body is read before a fault is
    taken, so a `RESET_BEFORE_READ` there resets after the body was read."""

    def __init__(
        self, emu: Emulator, ops: list[OperationModel[Any]], handlers: Mapping[str, Handler]
    ) -> None:
        self.emu = emu
        self.ops = ops
        self.handlers = handlers
        self.others: list[Route] = []  # for an object-key route: the routes it shadows

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        emu = self.emu
        request = Request(scope, receive)
        wire = Wire(scope, receive, send)
        candidates = [
            op
            for op in self.ops
            if op.method == request.method and _const_query_matches(op, request)
        ]
        if not candidates:
            # A path another route has (with another method) is a 405, as starlette says it.
            status = 405 if any(_path_matches(r, scope) for r in self.others) else 404
            response = await _route_error(request, HTTPException(status))
            await response(scope, receive, send)
            return
        op, body = candidates[0], None
        if len(candidates) > 1:
            try:
                body = await self._read_body(request)
            except EmulatorError as error:
                answer = _error_answer(error, new_request_id())
                answer.headers[REQUEST_ID_HEADER] = new_request_id()
                await wire.write(answer, None)
                return
            op = _variant(candidates, body)
        call = Call(op, new_request_id(), self._bucket(request), {})
        fault = emu.faults.take(op.name)
        if fault is not None and fault.kind == FaultKind.RESET_BEFORE_READ:
            self._record(call, scope, fault, None, None)
            await wire.reset()
            return
        answer = await self._answer(request, call, fault, body)
        if fault is not None:
            answer = fault.rewrite(answer, call.request_id) or answer
        answer.headers[REQUEST_ID_HEADER] = call.request_id
        if fault is not None and fault.kind in _CONNECTION_FAULTS:
            self._record(call, scope, fault, None, None)
        else:
            self._record(call, scope, fault, answer.status, answer.code)
        # Recorded before writing: whoever reads the answer finds it in the ledger.
        await wire.write(answer, fault)

    def _record(
        self, call: Call, scope: Scope, fault: Fault | None, status: int | None, code: str | None
    ) -> None:
        self.emu.ledger.record_request(
            RequestRecord(
                call.request_id,
                call.operation.name,
                call.operation.method,
                scope["path"],
                status,
                code,
                fault.kind.value if fault is not None else None,
                call.job_id,
                call.secret_id,
                self.emu.clock.now(),
            )
        )

    def _bucket(self, request: Request) -> str:
        host = request.headers.get("host", "").lower().partition(":")[0]
        match = CI_HOST.fullmatch(host) or COS_HOST.fullmatch(host)
        return match.group(1) if match else self.emu.config.bucket

    async def _answer(
        self, request: Request, call: Call, fault: Fault | None, body: bytes | None
    ) -> Answer:
        try:
            if body is None:
                body = await self._read_body(request)
            if fault is not None and not fault.processed:
                return Answer(200, b"")  # replaced by the fault
            model = self._handle(request, call, body)
            return Answer(200, model.to_xml(), {"content-type": XML_MEDIA_TYPE})
        except EmulatorError as error:
            return _error_answer(error, call.request_id)
        except Exception:
            log.exception("%s failed inside the emulator", call.operation.name)
            return _error_answer(
                EmulatorError(500, "InternalError", "the emulator failed"), call.request_id
            )

    async def _read_body(self, request: Request) -> bytes:
        limit = self.emu.config.max_request_bytes
        declared = request.headers.get("content-length", "")
        too_large = EmulatorError(413, "EntityTooLarge", f"request bodies are at most {limit} B")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)

    def _handle(self, request: Request, call: Call, body: bytes) -> Model:
        emu, op = self.emu, call.operation
        emu.tick()
        now = emu.clock.now()
        signed = SignedRequest(
            request.method,
            request.scope["path"],
            dict(request.query_params.items()),
            dict(request.headers.items()),
            request.scope.get("server"),
        )
        call.secret_id = emu.verifier.verify(signed, now)
        emu.rate_limiter.check(op.wire_name or op.name, call.bucket, now)
        handler = self.handlers.get(op.name)
        if handler is None:
            raise EmulatorError(501, "NotImplemented", f"{op.name} is not emulated")
        params = request.path_params
        call.path_values = {p.attr: str(params.get(p.name, "")) for p in op.params}
        try:
            op.build_path(call.path_values)
            call.query = _typed_query(op, request)
            op.build_query(call.query)
        except RequestValidationError as exc:
            raise EmulatorError(400, "InvalidArgument", f"{exc.field}: {exc.reason}") from None
        if op.input_cls is not None:
            call.body = parse_body(op.input_cls, body, emu.config.max_request_bytes)
        return handler(emu, call)


def _const_query_matches(op: OperationModel[Any], request: Request) -> bool:
    query = request.query_params
    return all(query.get(q.name) == q.const for q in op.query if q.const is not None)


def _variant(ops: list[OperationModel[Any]], body: bytes) -> OperationModel[Any]:
    """The variant whose discriminator element the body holds, else the default one. A body
    that does not parse goes to the default, whose parser then refuses it."""
    try:
        root = parse_root(body, DEFAULT_MAX_BYTES)
    except CIError:
        root = None
    for op in ops:
        if op.discriminator is not None and root is not None:
            element, value = op.discriminator
            child = root.find(element)
            if child is not None and (child.text or "").strip() == value:
                return op
    return next((op for op in ops if op.discriminator is None), ops[0])


def _typed_query(op: OperationModel[Any], request: Request) -> dict[str, object]:
    """The caller's query parameters by python name, typed as the spec says (an integer
    that is not one is refused); unknown names are ignored, as CI does."""
    out: dict[str, object] = {}
    query = request.query_params
    for q in op.query:
        if q.const is not None or q.name not in query:
            continue
        raw = query[q.name]
        if q.kind == "integer":
            if not raw.lstrip("-").isdigit() or not raw.isascii():
                raise RequestValidationError(q.name, f"{raw[:20]!r} is not an integer")
            out[q.attr] = int(raw)
        elif q.kind == "boolean":
            if raw not in ("true", "false"):
                raise RequestValidationError(q.name, "must be true or false")
            out[q.attr] = raw == "true"
        else:
            out[q.attr] = raw
    return out


def _path_matches(route: Route, scope: Scope) -> bool:
    return route.path_regex.match(scope["path"]) is not None


def _route_path(op: OperationModel[Any]) -> str:
    path = op.path
    for p in op.params:
        if p.object_key:
            path = path.replace("{" + p.name + "}", "{" + p.name + ":path}")
    return path


async def _route_error(request: Request, exc: Exception) -> Response:
    """404 / 405 for paths and methods no operation has, as CI `<Error>`s (codes are
    emulator choices)."""
    emu: Emulator = request.app.state.emulator
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    code = {404: "NoSuchOperation", 405: "MethodNotAllowed"}.get(status, "InvalidRequest")
    rid = new_request_id()
    emu.ledger.record_request(
        RequestRecord(rid, None, request.method, request.url.path, status, code, at=emu.clock.now())
    )
    body = error_document(code, f"no operation for {request.method} {request.url.path}", rid)
    return Response(body, status, {REQUEST_ID_HEADER: rid}, media_type=XML_MEDIA_TYPE)


def create_app(
    config: EmulatorConfig,
    *,
    clock: Clock | None = None,
    handlers: Mapping[str, Handler] | None = None,
) -> Starlette:
    """The emulator as a starlette app; its state is `app.state.emulator` (see
    `emulator_of`). Served, its lifespan runs the real-time ticker and stops callbacks."""
    emu = Emulator(config, clock)
    table = HANDLERS if handlers is None else handlers
    unknown = set(table) - set(OPERATIONS)
    if unknown:
        raise ValueError(f"handlers for operations the spec lacks: {sorted(unknown)}")
    groups: dict[tuple[str, str], list[OperationModel[Any]]] = {}
    for op in OPERATIONS.values():
        groups.setdefault((_route_path(op), op.method), []).append(op)
    # Object-key paths (`/{ObjectKey:path}`) match anything: they go last.
    order = sorted(groups, key=lambda k: (":path}" in k[0], k))
    # An object-key path matches any path: it takes every method and answers 404 for a
    # request that is not one of its operations (as CI's COS host would say NoSuchKey).
    routes = [
        Route(
            path,
            OperationEndpoint(emu, groups[path, method], table),
            methods=None if ":path}" in path else [method],
        )
        for path, method in order
    ]
    for route in routes:
        if ":path}" in route.path and isinstance(route.endpoint, OperationEndpoint):
            route.endpoint.others = [r for r in routes if ":path}" not in r.path]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if config.tick_interval is not None:
            emu.start_ticker(config.tick_interval)
        try:
            yield
        finally:
            emu.close()

    app = Starlette(
        routes=routes, exception_handlers={HTTPException: _route_error}, lifespan=lifespan
    )
    app.state.emulator = emu
    return app


def emulator_of(app: Starlette) -> Emulator:
    """The `Emulator` behind an app made by `create_app`."""
    emu: Emulator = app.state.emulator
    return emu
