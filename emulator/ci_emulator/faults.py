"""Injected failures: what goes wrong (`Fault`) and for which requests (`FaultPlan`).

    state.faults.add("CreateAudioAuditingJob", Fault.reset_after_read(), times=1)
    state.faults.add("CancelLiveAuditingJob", Fault.http_error(503), skip=2)  # the 3rd one

`Fault.processed` says whether the request is still handled: a submit hit by a fault that
strikes after reading (reset, truncated or garbled answer, 500/502/504) still creates its
job, exactly the ambiguity a client must survive; the ledger records which it was.
Connection-level faults (resets, closes, truncation, drip-feed) need the real server:
they act on the socket, which an in-process ASGI transport does not have.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import StrEnum

from ci_moderation.operations import OPERATIONS

from .errors import XML_MEDIA_TYPE, error_document

ANY_OPERATION = "*"


class FaultKind(StrEnum):
    DELAY = "delay"
    RESET_BEFORE_READ = "reset_before_read"
    RESET_AFTER_READ = "reset_after_read"
    CLOSE_AFTER_READ = "close_after_read"
    TRUNCATED_BODY = "truncated_body"
    TRUNCATED_CHUNKED = "truncated_chunked"
    DRIP_FEED = "drip_feed"
    HTTP_ERROR = "http_error"
    MALFORMED_BODY = "malformed_body"
    HTML_BODY = "html_body"
    EMPTY_BODY = "empty_body"
    ERROR_ON_200 = "error_on_200"
    DOCTYPE_BODY = "doctype_body"
    OVERSIZE_BODY = "oversize_body"
    REDIRECT = "redirect"
    WRONG_CONTENT_TYPE = "wrong_content_type"


_ERROR_CODES = {
    429: "Throttling",
    500: "InternalError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}
_HTML = (
    b"<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)
_DOCTYPE = (
    b'<?xml version="1.0"?>\n<!DOCTYPE Response [<!ENTITY x "boom"><!ENTITY y "&x;&x;&x;">]>\n'
    b"<Response><JobsDetail><JobId>&y;</JobId></JobsDetail></Response>"
)


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP answer before it is written (possibly badly) to the wire."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    code: str | None = None  # the `<Error>` code, for the ledger


@dataclass(frozen=True, slots=True)
class Fault:
    """One kind of failure and its parameters. Build it with the class methods."""

    kind: FaultKind
    processed: bool = True
    seconds: float = 0.0
    status: int = 200
    code: str | None = None
    size: int = 0
    chunked: bool = False
    content_type: str | None = None
    location: str | None = None

    # -- the connection ------------------------------------------------------------------

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Handle the request, then wait `seconds` before sending the headers."""
        return cls(FaultKind.DELAY, seconds=seconds)

    @classmethod
    def reset_before_read(cls) -> Fault:
        """Reset the connection (RST) without reading the request: nothing is created."""
        return cls(FaultKind.RESET_BEFORE_READ, processed=False)

    @classmethod
    def reset_after_read(cls) -> Fault:
        """Read and handle the request (a submit creates its job), then reset (RST)."""
        return cls(FaultKind.RESET_AFTER_READ)

    @classmethod
    def close_after_read(cls) -> Fault:
        """Read and handle the request, then close cleanly (FIN) without any answer."""
        return cls(FaultKind.CLOSE_AFTER_READ)

    @classmethod
    def truncated_body(cls) -> Fault:
        """Declare the full Content-Length, send only the first half of the body, close."""
        return cls(FaultKind.TRUNCATED_BODY)

    @classmethod
    def truncated_chunked(cls) -> Fault:
        """Send half the body with chunked encoding, then close without the last chunk."""
        return cls(FaultKind.TRUNCATED_CHUNKED)

    @classmethod
    def drip_feed(cls, interval: float = 0.3, chunk: int = 1) -> Fault:
        """Send headers at once, then the body `chunk` bytes every `interval` seconds."""
        return cls(FaultKind.DRIP_FEED, seconds=interval, size=chunk)

    # -- the answer ----------------------------------------------------------------------

    @classmethod
    def http_error(
        cls, status: int, code: str | None = None, *, processed: bool | None = None
    ) -> Fault:
        """Answer `status` with a CI `<Error>`. By default 429 and 503 refuse the request
        unhandled, while 500/502/504 answer after handling it (the job exists)."""
        if processed is None:
            processed = status not in (429, 503)
        return cls(
            FaultKind.HTTP_ERROR,
            processed=processed,
            status=status,
            code=code or _ERROR_CODES.get(status, f"HTTP{status}"),
        )

    @classmethod
    def malformed_body(cls) -> Fault:
        """HTTP 200 with the real answer cut in half: not well-formed XML."""
        return cls(FaultKind.MALFORMED_BODY)

    @classmethod
    def html_body(cls) -> Fault:
        """HTTP 200 with a proxy's HTML page instead of XML."""
        return cls(FaultKind.HTML_BODY)

    @classmethod
    def empty_body(cls) -> Fault:
        """HTTP 200 with an empty body."""
        return cls(FaultKind.EMPTY_BODY)

    @classmethod
    def error_on_200(cls, code: str = "InternalError") -> Fault:
        """HTTP 200 whose body is a CI `<Error>` (CI does this); the request is not handled."""
        return cls(FaultKind.ERROR_ON_200, processed=False, code=code)

    @classmethod
    def doctype_body(cls) -> Fault:
        """HTTP 200 with a DOCTYPE and entity declarations (an XXE / expansion probe)."""
        return cls(FaultKind.DOCTYPE_BODY)

    @classmethod
    def oversize_body(cls, size: int = 5 * 1024 * 1024, *, chunked: bool = False) -> Fault:
        """HTTP 200 with a well-formed body of about `size` bytes; `chunked` hides the length."""
        return cls(FaultKind.OVERSIZE_BODY, size=size, chunked=chunked)

    @classmethod
    def redirect(cls, location: str = "http://127.0.0.1:9/elsewhere", status: int = 302) -> Fault:
        """A redirect instead of an answer; the request is not handled."""
        return cls(FaultKind.REDIRECT, processed=False, status=status, location=location)

    @classmethod
    def wrong_content_type(cls, content_type: str = "text/html; charset=utf-8") -> Fault:
        """The real XML answer labelled with another Content-Type."""
        return cls(FaultKind.WRONG_CONTENT_TYPE, content_type=content_type)

    # -- applying ------------------------------------------------------------------------

    def rewrite(self, answer: Answer | None, request_id: str) -> Answer | None:
        """The answer this fault sends instead of `answer` (None when the request was not
        handled and the fault has nothing to say, e.g. a connection fault)."""
        headers = {"content-type": XML_MEDIA_TYPE}
        kind = self.kind
        if kind == FaultKind.HTTP_ERROR or kind == FaultKind.ERROR_ON_200:
            assert self.code is not None
            message = "injected by the CI emulator"
            body = error_document(self.code, message, request_id)
            return Answer(self.status, body, headers, self.code)
        if kind == FaultKind.REDIRECT:
            assert self.location is not None
            return Answer(self.status, b"", {"location": self.location})
        if answer is None:
            return None
        if kind == FaultKind.MALFORMED_BODY:
            return Answer(200, answer.body[: len(answer.body) // 2], headers)
        if kind == FaultKind.HTML_BODY:
            return Answer(200, _HTML, {"content-type": "text/html"})
        if kind == FaultKind.EMPTY_BODY:
            return Answer(200, b"", headers)
        if kind == FaultKind.DOCTYPE_BODY:
            return Answer(200, _DOCTYPE, headers)
        if kind == FaultKind.OVERSIZE_BODY:
            body = b"<Response><Padding>" + b"x" * self.size + b"</Padding></Response>"
            return Answer(200, body, headers)
        if kind == FaultKind.WRONG_CONTENT_TYPE:
            assert self.content_type is not None
            return Answer(
                answer.status, answer.body, {"content-type": self.content_type}, answer.code
            )
        return answer


@dataclass(slots=True)
class FaultRule:
    """A fault armed for one operation (or `*`): skip `skip` requests, then strike the next
    `times` (None: every one). `hits` counts strikes so far."""

    operation: str
    fault: Fault
    times: int | None = 1
    skip: int = 0
    hits: int = 0

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times


class FaultPlan:
    """The armed faults of one emulator. Every rule for an operation sees every request to
    it; the first rule due strikes. Thread-safe."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def add(
        self, operation: str, fault: Fault, *, times: int | None = 1, skip: int = 0
    ) -> FaultRule:
        """Arm `fault` for the next `times` requests to `operation` after skipping `skip`
        (request number k from now: `skip=k - 1`)."""
        if operation != ANY_OPERATION and operation not in OPERATIONS:
            raise ValueError(f"unknown operation {operation!r}; known: {sorted(OPERATIONS)}")
        if (times is not None and times < 1) or skip < 0:
            raise ValueError("times must be ≥ 1 (or None) and skip ≥ 0")
        rule = FaultRule(operation, fault, times, skip)
        with self._lock:
            self._rules.append(rule)
        return rule

    def take(self, operation: str) -> Fault | None:
        """The fault for one arriving request to `operation`, if any."""
        if not self._rules:
            return None
        chosen: Fault | None = None
        with self._lock:
            for rule in self._rules:
                if rule.operation not in (operation, ANY_OPERATION):
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                elif chosen is None and not rule.exhausted:
                    rule.hits += 1
                    chosen = rule.fault
            self._rules = [r for r in self._rules if not r.exhausted]
        return chosen

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    @property
    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)
