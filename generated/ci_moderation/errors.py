"""One typed hierarchy for everything a call can raise.

Every error carries `status_code` and `request_id` when a response was seen, so a failure can
always be quoted to Tencent support, and `data_id` when the call sent one, so a submit can be
reconciled whatever went wrong. No error ever holds credentials or signing material. Errors
pickle and copy with their fields (a worker process can raise them to its pool).
"""

from __future__ import annotations

from typing import Any

from .record import Record, assign


class Attempt(Record):
    """What happened on one HTTP attempt of a call (for errors that span retries)."""

    __slots__ = ("number", "outcome", "status_code", "request_id", "elapsed", "maybe_processed")
    number: int
    outcome: str  # the error's class name
    status_code: int | None
    request_id: str | None
    elapsed: float
    maybe_processed: bool

    def __init__(
        self,
        number: int,
        outcome: str,
        status_code: int | None = None,
        request_id: str | None = None,
        elapsed: float = 0.0,
        maybe_processed: bool = False,
    ) -> None:
        assign(self, "number", number)
        assign(self, "outcome", outcome)
        assign(self, "status_code", status_code)
        assign(self, "request_id", request_id)
        assign(self, "elapsed", elapsed)
        assign(self, "maybe_processed", maybe_processed)


def _restore(cls: type[CIError], args: tuple[Any, ...], state: dict[str, Any]) -> CIError:
    """Rebuild an error without calling its `__init__` (whose signature varies by class)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def article(noun: str) -> str:
    """`an AudioConf`, `a Freeze`: for messages that name a class."""
    return ("an " if noun[:1] in "AEIOUaeiou" else "a ") + noun


class CIError(Exception):
    """Base of every error this package raises."""

    status_code: int | None = None
    request_id: str | None = None
    #: True when CI may have acted on the request (a job may exist) although the call failed.
    maybe_processed: bool = False
    attempts: tuple[Attempt, ...] = ()
    #: The business id (a submit's `DataId`) the call sent, to reconcile with CI's records.
    data_id: str | None = None
    #: Every DataId the call sent: the one of a submit, or one per input of a batch.
    data_ids: tuple[str, ...] = ()

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
        maybe_processed: bool = False,
        attempts: tuple[Attempt, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.request_id = request_id
        self.maybe_processed = maybe_processed
        self.attempts = attempts

    def __str__(self) -> str:
        extra = []
        if self.status_code is not None:
            extra.append(f"HTTP {self.status_code}")
        if self.request_id:
            extra.append(f"request id {self.request_id}")
        if self.maybe_processed:
            extra.append("the request may have been processed")
        if len(self.attempts) > 1:
            extra.append(f"{len(self.attempts)} attempts")
        text = self.message + (f" ({'; '.join(extra)})" if extra else "")
        if self.data_id:
            return f"{text} [DataId {self.data_id}]"
        if self.data_ids:
            shown = ", ".join(self.data_ids[:5]) + (", …" if len(self.data_ids) > 5 else "")
            return f"{text} [{len(self.data_ids)} DataIds: {shown}]"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with `cls(*args)`, which our keyword-only fields break.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


# -- raised before anything is sent ------------------------------------------------------------


class ConfigurationError(CIError, ValueError):
    """The client was set up wrongly (endpoint, credentials, options); nothing was sent."""


class RequestValidationError(CIError, ValueError):
    """The input breaks the spec; nothing was sent. `python_path` is where the culprit is in
    your objects (`conf.detect_type[0]`), `field` where it goes in the request
    (`Request.Conf.DetectType`); the message names both."""

    def __init__(self, field: str, reason: str, *, python_path: str | None = None) -> None:
        where = f"{python_path} ({field})" if python_path and python_path != field else field
        super().__init__(f"{where}: {reason}")
        self.field = field
        self.reason = reason
        self.python_path = python_path


# -- transport ---------------------------------------------------------------------------------


class TransportError(CIError):
    """No usable HTTP response was received."""


class NotSentError(TransportError):
    """The request was provably not sent: no job can exist because of it."""


class ConnectError(NotSentError):
    """Connection refused, connect or pool timeout; safe to retry."""


class DeadlineBeforeSendError(NotSentError):
    """The deadline passed (or would pass) before the request could be sent: while waiting
    for a connection slot, for the rate limiter, or connecting. Nothing reached CI."""


class RateLimitWaitError(DeadlineBeforeSendError):
    """The client-side rate limiter could not admit the request before the call's deadline."""


class ClientClosedError(NotSentError):
    """The client was closed before this call could send its request."""


class OutcomeUnknownError(TransportError):
    """The request may have reached CI but no answer was read: a job may or may not exist.

    Never retried automatically for operations that are not idempotent. `data_id` is the
    business id sent with the request: reconcile with it (callback or query) before resubmitting.
    """

    def __init__(self, message: str, *, data_id: str | None = None, **kw: Any) -> None:
        super().__init__(message, maybe_processed=True, **kw)
        self.data_id = data_id


class DeadlineExceededError(OutcomeUnknownError):
    """The call's deadline (or `attempt_timeout`) passed after the request was sent and before
    its answer was complete: the same error for the sync and the async client, whichever
    phase (waiting for the status line, headers, body) the deadline cut."""


# -- a response arrived but is unusable --------------------------------------------------------


class ResponseError(CIError):
    """The HTTP response could not be turned into a result."""


class ResponseParseError(ResponseError):
    """The body is not the XML the spec describes (malformed, truncated, HTML, empty...)."""


class UnsafeResponseError(ResponseParseError):
    """The body carries a DOCTYPE or entity declarations; it is not parsed further."""


class ResponseTooLargeError(ResponseError):
    """The body exceeds the configured size cap; the connection was closed."""


class UnexpectedRedirectError(ResponseError):
    """CI answered with a redirect; redirects are never followed (the signature binds the host)."""


class CallbackError(CIError, ValueError):
    """A callback body is malformed, oversize, or of a version or event the spec lacks."""


# -- CI answered with its <Error> envelope -----------------------------------------------------


class ServiceError(CIError):
    """CI answered with its `<Error>` envelope (whatever the HTTP status, 200 included)."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        trace_id: str | None = None,
        trace_id_header: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
        maybe_processed: bool = False,
        attempts: tuple[Attempt, ...] = (),
    ) -> None:
        super().__init__(
            f"{code}: {message}" if message else code,
            status_code=status_code,
            request_id=request_id,
            maybe_processed=maybe_processed,
            attempts=attempts,
        )
        self.code = code
        self.error_message = message
        #: `TraceId` from the `<Error>` body, and the `x-ci-trace-id` response header.
        self.trace_id = trace_id
        self.trace_id_header = trace_id_header
        #: Seconds from the server's `Retry-After` header, when it sent one.
        self.retry_after: float | None = None


class ClientError(ServiceError):
    """4xx: the request was refused; retrying it unchanged will not help."""


class AccessDeniedError(ClientError):
    """403: signature, credentials, clock skew or permissions."""


class NotFoundError(ClientError):
    """404: the job or resource does not exist."""


class ThrottledError(ServiceError):
    """429 or a throttling code: too many requests."""


class ServerError(ServiceError):
    """5xx: CI failed; for a submit the job may exist (`maybe_processed`)."""


class ServiceUnavailableError(ServerError):
    """503: CI did not take the request; safe to retry."""


THROTTLING_CODES = frozenset(
    # CI documents no throttling code; these are the names used across COS/CI and the emulator.
    {"Throttling", "ThrottlingException", "RequestLimitExceeded", "SlowDown", "TooManyRequests"}
)


def service_error_class(status: int, code: str) -> type[ServiceError]:
    """Pick the most specific class for an `<Error>` envelope.

    A 5xx other than 503 is a `ServerError` whatever its code says: CI may have acted on the
    request before failing, so it must never look like throttling (which is retried)."""
    if status == 429:
        return ThrottledError
    if status >= 500 and status != 503:
        return ServerError
    if code in THROTTLING_CODES:
        return ThrottledError
    if status == 503:
        return ServiceUnavailableError
    if status == 403:
        return AccessDeniedError
    if status == 404:
        return NotFoundError
    if 400 <= status < 500:
        return ClientError
    return ServiceError
