"""Fixtures of the emulator tests: the plugin's fixtures plus raw-request helpers.

Everything here talks to servers these tests start on 127.0.0.1 only.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from ci_emulator.server import RunningEmulator
from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    Credentials,
    RetryPolicy,
)
from ci_moderation.core import OperationModel, prepare
from ci_moderation.operations import CANCEL_LIVE_AUDITING_JOB, CREATE_AUDIO_AUDITING_JOB
from ci_moderation.signing import authorization

SUBMIT = CREATE_AUDIO_AUDITING_JOB
CANCEL = CANCEL_LIVE_AUDITING_JOB
NO_RETRY = RetryPolicy(max_attempts=1)


def audio_request(
    obj: str | None = "a.mp3",
    *,
    url: str | None = None,
    data_id: str | None = "data-1",
    callback: str | None = None,
    version: str | None = None,
) -> AudioAuditingRequest:
    return AudioAuditingRequest(
        input=AudioInput(object=obj, url=url, data_id=data_id),
        conf=AudioConf(detect_type=["Porn", "Ads"], callback=callback, callback_version=version),
    )


def host_of(emu: RunningEmulator) -> str:
    return f"127.0.0.1:{emu.port}"


def sign_headers(
    emu: RunningEmulator,
    method: str,
    path: str,
    headers: dict[str, str],
    *,
    credentials: Credentials | None = None,
    now: float | None = None,
    params: dict[str, str] | None = None,
) -> dict[str, str]:
    """`headers` plus an Authorization signing exactly them (like the SDKs, -60 s … +900 s)."""
    t = int(emu.state.clock.now() if now is None else now)
    creds = credentials or emu.credentials
    auth = authorization(creds, method, path, params or {}, headers, t - 60, t + 900)
    return {**headers, "authorization": auth}


def signed_call(
    emu: RunningEmulator,
    op: OperationModel[Any],
    body: AudioAuditingRequest | None = None,
    job_id: str | None = None,
    **kw: Any,
) -> tuple[str, dict[str, str], bytes]:
    """(path, signed headers, body) of one call, built with the generated core."""
    prepared = prepare(op, body, {"job_id": job_id} if job_id is not None else {})
    headers = {"host": host_of(emu)}
    if op.method == "POST":
        headers["content-type"] = "application/xml"
        headers["content-length"] = str(len(prepared.body))
    signed = sign_headers(emu, op.method, prepared.path, headers, **kw)
    return prepared.path, signed, prepared.body


@pytest.fixture
def raw(ci_emulator: RunningEmulator) -> Iterator[httpx.Client]:
    """A plain httpx client on the emulator: to see the wire, not the generated client."""
    with httpx.Client(base_url=ci_emulator.base_url, trust_env=False, timeout=5) as client:
        yield client


def raw_exchange(emu: RunningEmulator, request: bytes, timeout: float = 5.0) -> tuple[bytes, str]:
    """Send bytes on a fresh socket and read until the server ends the connection.
    Returns (everything read, how it ended: "eof" | "reset" | "timeout")."""
    with socket.create_connection(("127.0.0.1", emu.port), timeout=timeout) as sock:
        sock.sendall(request)
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except ConnectionResetError:
            return data, "reset"
        except TimeoutError:
            return data, "timeout"
        return data, "eof"


def http_bytes(path: str, headers: dict[str, str], body: bytes, *, close: bool = True) -> bytes:
    lines = [f"POST {path} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items())]
    if close:
        lines.append("connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)
