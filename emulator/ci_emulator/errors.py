"""CI-style failures: one exception type for every refusal, rendered as CI's `<Error>` body.

The body is built with the generated `ci_moderation.models.Error`, so it is exactly the
envelope the client parses: `<Error><Code/><Message/><RequestId/><TraceId/></Error>`.
"""

from __future__ import annotations

import base64
import itertools
import os
import secrets
import time

from ci_moderation.models import Error

XML_MEDIA_TYPE = "application/xml"
REQUEST_ID_HEADER = "x-ci-request-id"

_counter = itertools.count(1)


class EmulatorError(Exception):
    """A refusal the emulator answers with an HTTP status and a CI `<Error>` document.

    Messages are written for the caller: they never carry secrets or parser logs.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


def new_request_id() -> str:
    """An id shaped like CI's (base64 of time, process, sequence and randomness)."""
    raw = f"{int(time.time()):x}_{os.getpid():x}_{next(_counter):x}_{secrets.token_hex(3)}"
    return base64.b64encode(raw.encode()).decode().rstrip("=")


def new_trace_id() -> str:
    return base64.b64encode(secrets.token_bytes(48)).decode()


def error_document(code: str, message: str, request_id: str) -> bytes:
    """The `<Error>` body for one refusal."""
    return Error(
        code=code, message=message, request_id=request_id, trace_id=new_trace_id()
    ).to_xml()
