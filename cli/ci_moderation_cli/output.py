"""Exit codes, error messages and the three output forms (JSON, JSON lines, table)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

import click

from ci_moderation.errors import (
    AccessDeniedError,
    CIError,
    ConfigurationError,
    OutcomeUnknownError,
    RateLimitWaitError,
    RequestValidationError,
    ThrottledError,
)

#: The exit codes (README "Command line" lists them too).
OK = 0
BAD_ARGUMENT = 2  # click's usage errors, RequestValidationError, ConfigurationError
AUTH_FAILED = 3  # AccessDeniedError (signature, credentials, permissions)
THROTTLED = 4  # ThrottledError, or the client-side rate limit could not admit the call
SERVICE_ERROR = 5  # any other error from CI or the network
OUTCOME_UNKNOWN = 6  # a submit may or may not have created its job: reconcile by DataId
PARTIAL_BATCH = 7  # a batch ended with failed or unreconciled items


def exit_code(exc: CIError) -> int:
    if isinstance(exc, RequestValidationError | ConfigurationError):
        return BAD_ARGUMENT
    if isinstance(exc, AccessDeniedError):
        return AUTH_FAILED
    if isinstance(exc, ThrottledError | RateLimitWaitError):
        return THROTTLED
    if isinstance(exc, OutcomeUnknownError) or exc.maybe_processed:
        return OUTCOME_UNKNOWN
    return SERVICE_ERROR


class Failure(click.ClickException):
    """An error a shell user can act on: one line on stderr and its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.exit_code = code  # type: ignore[misc]  # click's class default is 1

    @classmethod
    def of(cls, exc: CIError) -> Failure:
        code = exit_code(exc)
        text = f"{type(exc).__name__}: {exc}"
        if code == OUTCOME_UNKNOWN:
            text += " — a job may exist: reconcile by DataId before submitting again"
        return cls(text, code)


def dumps(document: Any, *, pretty: bool) -> str:
    if pretty:
        return json.dumps(document, ensure_ascii=False, indent=2, default=str)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=str)


def flatten(document: Any, prefix: str = "") -> dict[str, str]:
    """A JSON document as `dotted.key` → text, lists of scalars joined with commas."""
    out: dict[str, str] = {}
    if isinstance(document, Mapping):
        for key, value in document.items():
            out.update(flatten(value, f"{prefix}{key}."))
    elif isinstance(document, list):
        if all(not isinstance(v, Mapping | list) for v in document):
            out[prefix[:-1]] = ",".join(str(v) for v in document)
        else:
            for i, value in enumerate(document):
                out.update(flatten(value, f"{prefix}{i}."))
    elif document is not None:
        out[prefix[:-1]] = str(document)
    return out


def table(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> None:
    """Rows as an aligned text table, columns in first-seen order (long cells cut)."""
    flat = [flatten(r) for r in rows]
    columns: dict[str, None] = {}
    for r in flat:
        columns.update(dict.fromkeys(r))
    if not flat:
        out.write("(no items)\n")
        return
    cells = [[_cut(r.get(c, "")) for c in columns] for r in flat]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def key_value_table(document: Mapping[str, Any], out: IO[str]) -> None:
    flat = flatten(document)
    width = max((len(k) for k in flat), default=0)
    for key, value in flat.items():
        out.write(f"{key.ljust(width)}  {_cut(value, 100)}\n")


def _cut(text: str, size: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= size else text[: size - 1] + "…"
