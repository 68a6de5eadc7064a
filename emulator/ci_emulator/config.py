"""What an emulator instance is set up with: who may call, which bucket, how fast jobs run,
which inputs fail, which limits apply and how callbacks are delivered."""

from __future__ import annotations

import fnmatch
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ci_moderation import Credentials
from ci_moderation.core import RateLimitSpec
from ci_moderation.operations import OPERATIONS

from .ledger import DEFAULT_MAX_REQUESTS


@dataclass(frozen=True, slots=True)
class FailureTrigger:
    """Jobs whose object key or URL matches `pattern` (fnmatch) end `Failed` with this
    `code` and `message` instead of `Success`. The default code is an emulator choice."""

    pattern: str
    code: str = "AuditingFailed"
    message: str = "the content could not be moderated"

    def matches(self, source: str) -> bool:
        return fnmatch.fnmatchcase(source, self.pattern)


def spec_rate_limits() -> dict[str, RateLimitSpec]:
    """The per-operation limits the spec declares (`x-ci-rate-limit`), by operation name
    (variants of one wire operation share its limit, under the wire name)."""
    return {
        op.wire_name or name: op.rate_limit
        for name, op in OPERATIONS.items()
        if op.rate_limit is not None
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class EmulatorConfig:
    """Settings of one emulator. Only `credentials` is required.

    - `credentials`: accepted SecretId/SecretKey pairs; a pair with a `session_token` demands
      that token in a signed `x-ci-security-token` header (an STS credential).
    - `step_seconds`: time a job spends in `Submitted`, then in `Auditing`, before it ends.
    - `rate_limits`: per-operation limits; `None` takes them from the spec, `{}` disables all.
    - `clock_skew`: seconds of tolerance around a signature's KeyTime.
    - `tick_interval`: how often a served app advances jobs in real time (`None`: never;
      `Emulator.advance` / `tick` still do).
    - `virtual_hosts`: host names served besides `127.0.0.1:PORT` / `localhost:PORT`, with
      or without `:PORT`; `None` (default) serves any CI-shaped
      `<bucket>.ci.<region>.myqcloud.com` (the bucket is taken from it), `()` none. A
      request for any other Host gets 403 `AccessDenied` (see `auth.HostPolicy`).
    - `header_timeout`: seconds a connection gets to deliver a request's headers, counted
      from its opening and from the end of each answer; then it is closed (slowloris).
    - `keep_alive_timeout`: seconds an idle keep-alive connection stays open after an answer.
    - `max_connections`: open connections at once; at this many, requests get uvicorn's
      503 and connections beyond it are closed as soon as they are accepted.
    - `ledger_max_requests`: request records the ledger keeps (the newest); job and
      callback records are all kept (see `ledger.Ledger`).
    """

    credentials: tuple[Credentials, ...]
    bucket: str = "examplebucket-1250000000"
    region: str = "ap-beijing"
    step_seconds: float = 1.0
    failure_triggers: tuple[FailureTrigger, ...] = ()
    rate_limits: Mapping[str, RateLimitSpec] | None = None
    clock_skew: float = 5.0
    max_request_bytes: int = 1024 * 1024
    callback_attempts: int = 3
    callback_backoff: float = 0.05
    callback_timeout: float = 2.0
    tick_interval: float | None = 0.05
    virtual_hosts: tuple[str, ...] | None = None
    header_timeout: float = 10.0
    keep_alive_timeout: float = 5.0
    max_connections: int = 1000
    ledger_max_requests: int = DEFAULT_MAX_REQUESTS

    def __post_init__(self) -> None:
        if not self.credentials:
            raise ValueError("an emulator needs at least one SecretId/SecretKey pair")
        if self.step_seconds < 0 or self.callback_attempts < 1:
            raise ValueError("step_seconds must be ≥ 0 and callback_attempts ≥ 1")
        if self.header_timeout <= 0 or self.keep_alive_timeout <= 0:
            raise ValueError("header_timeout and keep_alive_timeout must be > 0")
        if self.max_connections < 1 or self.ledger_max_requests < 1:
            raise ValueError("max_connections and ledger_max_requests must be ≥ 1")

    @classmethod
    def with_random_credentials(cls, **options: Any) -> EmulatorConfig:
        """A config with a fresh random key pair (what the pytest fixture uses)."""
        creds = Credentials("AKIDemu" + secrets.token_hex(12), secrets.token_urlsafe(24))
        return cls(credentials=(creds,), **options)

    def effective_rate_limits(self) -> dict[str, RateLimitSpec]:
        return spec_rate_limits() if self.rate_limits is None else dict(self.rate_limits)
