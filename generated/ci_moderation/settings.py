"""A client's options, checked once at construction: where to send, how to sign, how long to
wait, how to retry. Per-client state that copies made by `with_options` share (the retry budget
and the rate limiters) lives here too. No httpx import: building an `AsyncClient` must not
block its event loop on importing the HTTP stack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .core import HttpRequest, OperationModel, PreparedRequest
from .core import sign as sign_request
from .endpoint import Endpoint
from .errors import CIError, ConfigurationError
from .retry import RateLimiter, RetryBudget, RetryPolicy
from .signing import TOKEN_HEADER, Credentials, CredentialsSource, SigningWindow

#: Per-phase limits of one attempt (seconds), each also cut to what is left of the deadline.
DEFAULT_TIMEOUTS = {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP header name
_VALUE = re.compile(r"[\t\x20-\x7e]*")  # printable ASCII and tab: no CR, LF or NUL
#: Headers the client computes itself; an extra header may not replace them.
_RESERVED = frozenset(
    {"host", "authorization", "content-type", "content-length", "cookie", TOKEN_HEADER}
)


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _check_count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be an int of at least 1")


def _timeouts(timeout: object) -> dict[str, float | None]:
    """Seconds (every phase), an `httpx.Timeout`-like object, or None (the defaults)."""
    if timeout is None:
        return dict(DEFAULT_TIMEOUTS)
    if _positive(timeout):
        return dict.fromkeys(DEFAULT_TIMEOUTS, float(timeout))  # type: ignore[arg-type]
    if isinstance(timeout, Mapping):  # what `Settings.timeout` holds, when copying one
        phases = {k: timeout.get(k, False) for k in DEFAULT_TIMEOUTS}
    else:
        phases = {k: getattr(timeout, k, False) for k in DEFAULT_TIMEOUTS}
    if all(v is None or _positive(v) for v in phases.values()):
        return phases
    raise ConfigurationError("timeout must be positive seconds or an httpx.Timeout")


def check_extra_headers(headers: object) -> dict[str, str]:
    """Extra request headers, lower-cased; `x-ci-*`/`x-cos-*` ones are signed like CI's."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError("extra_headers must be a mapping of str to str")
    out = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise ConfigurationError(f"extra_headers: {name!r} is not a header name")
        if not isinstance(value, str) or not _VALUE.fullmatch(value):
            raise ConfigurationError(
                f"extra_headers: the value of {name!r} must be printable ASCII on one line"
            )
        if name.lower() in _RESERVED:
            raise ConfigurationError(f"extra_headers: {name!r} is set by the client itself")
        out[name.lower()] = value
    return out


class _Shared:
    """What every copy of one client shares: its retry budget and its rate limiters."""

    __slots__ = ("budget", "limiters")

    def __init__(self, budget: RetryBudget, limiters: dict[str, RateLimiter]) -> None:
        self.budget = budget
        self.limiters = limiters


class Settings:
    """What both shells need for a call: where to send, how to sign, and the retry state."""

    def __init__(
        self,
        *,
        endpoint: Endpoint,
        credentials: CredentialsSource | None,
        timeout: Any,
        deadline: float,
        attempt_timeout: float | None,
        retry: RetryPolicy,
        rate_limit: bool,
        max_response_bytes: int,
        signing_window: SigningWindow,
        clock: Callable[[], float],
        generate_data_id: bool,
        max_connections: int,
        extra_headers: Mapping[str, str] | None = None,
        hosts: Mapping[str, Endpoint] | None = None,
    ) -> None:
        if not _positive(deadline):
            raise ConfigurationError("deadline must be a positive number of seconds")
        if not isinstance(retry, RetryPolicy) or retry.max_attempts < 1:
            raise ConfigurationError("retry must be a RetryPolicy with max_attempts ≥ 1")
        _check_count("max_connections", max_connections)
        _check_count("max_response_bytes", max_response_bytes)
        if attempt_timeout is not None and not _positive(attempt_timeout):
            raise ConfigurationError("attempt_timeout must be a positive number of seconds")
        if credentials is not None and not (
            isinstance(credentials, Credentials) or callable(credentials)
        ):
            raise ConfigurationError(
                "credentials must be a Credentials, or a callable returning one "
                f"(got a {type(credentials).__name__})"
            )
        self.endpoint = endpoint
        #: The endpoint of each host an operation may be on (`OperationModel.host`).
        self.hosts = {"ci": endpoint, **(hosts or {})}
        self._credentials = credentials if credentials is not None else Credentials.from_env()
        self.max_connections = max_connections
        self.timeout = _timeouts(timeout)
        self.deadline = deadline
        self.attempt_timeout = attempt_timeout
        self.retry = retry
        self.rate_limit = rate_limit
        self.max_response_bytes = max_response_bytes
        self.window = signing_window
        self.clock = clock
        self.generate_data_id = generate_data_id
        self.extra_headers = check_extra_headers(extra_headers or {})
        self._shared = _Shared(RetryBudget(retry.budget), {})

    @property
    def budget(self) -> RetryBudget:
        return self._shared.budget

    def derive(self, changes: Mapping[str, Any]) -> Settings:
        """A copy with `changes` (deadline, attempt_timeout, retry, timeout, extra_headers,
        max_response_bytes, generate_data_id), checked like a new client's options, sharing
        this one's retry budget and rate limiters."""
        options: dict[str, Any] = dict(
            endpoint=self.endpoint, credentials=self._credentials, timeout=self.timeout,
            deadline=self.deadline, attempt_timeout=self.attempt_timeout, retry=self.retry,
            rate_limit=self.rate_limit, max_response_bytes=self.max_response_bytes,
            signing_window=self.window, clock=self.clock, generate_data_id=self.generate_data_id,
            max_connections=self.max_connections, extra_headers=self.extra_headers,
            hosts=self.hosts,
        )  # fmt: skip
        options.update(changes)
        clone = Settings(**options)
        clone._shared = self._shared
        return clone

    def limiter(self, op: OperationModel[Any]) -> RateLimiter | None:
        if not self.rate_limit or op.rate_limit is None:
            return None
        limiters = self._shared.limiters
        key = op.wire_name or op.name  # variants share their wire operation's limit
        lim = limiters.get(key)
        if lim is None:
            lim = limiters.setdefault(key, RateLimiter(op.rate_limit))
        return lim

    def signed(self, prepared: PreparedRequest) -> HttpRequest:
        """A freshly signed attempt (credentials re-read: STS tokens may have rotated)."""
        c = self._credentials
        if isinstance(c, Credentials):
            creds = c
        else:
            try:
                creds = c()
            except CIError:
                raise
            except Exception as exc:
                raise ConfigurationError(
                    f"the credentials callable failed ({type(exc).__name__})"
                ) from None
            if not isinstance(creds, Credentials):
                raise ConfigurationError(
                    f"the credentials callable returned a {type(creds).__name__}, not Credentials"
                )
        ep = self.hosts[prepared.operation.host]
        return sign_request(
            prepared, ep.base_url, ep.host, ep.prefix, creds, self.clock(), self.window,
            self.extra_headers,
        )  # fmt: skip

    def timeouts(self, remaining: float) -> dict[str, float | None]:
        return {k: remaining if v is None else min(v, remaining) for k, v in self.timeout.items()}
