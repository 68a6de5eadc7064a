"""Golden bytes: exactly what the sync client writes to the socket for each operation.

The emulator shares the client's signer, header names and models, so a mistake both make
(say, a bodiless POST losing its signed content-type/content-length) passes every emulator
test. These expectations are literal bytes, and the signature is re-derived with an
independent implementation of Tencent's documented algorithm (`tests/qsign.py`).

The transport is httpx today: its default headers (Accept, Connection) and our unsigned
ones (identity encoding: no compression asked for; our User-Agent) are pinned in their
order. When the transport is replaced, update GOLDEN deliberately, line by line, and keep
the signed headers and body unchanged.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any

import httpcore
import httpx
import pytest

from ci_moderation import AudioAuditingRequest, AudioConf, AudioInput, Client, Credentials

from . import qsign
from .conftest import SECRET_ID, SECRET_KEY
from .rawserver import RawServer, read_request, respond

HOST = "examplebucket-1250000000.ci.ap-beijing.myqcloud.com"
NOW = 1700000000.0
JOB = "vab1ca9fc8a3ed11ea834c525400863904"
ANSWER = b"<Response><JobsDetail><JobId>" + JOB.encode() + b"</JobId></JobsDetail></Response>"
SUBMIT_BODY = (
    b"<Request><Input><Object>a.mp4</Object><DataId>order-42</DataId></Input><Conf>"
    b"<DetectType>Porn,Politics</DetectType><Callback>https://example.com/ci-callback</Callback>"
    b"</Conf></Request>"
)
KEY_TIME = "1699999940;1700000900"  # NOW - 60 … NOW + 900
AUTH_PREFIX = (
    f"authorization: q-sign-algorithm=sha1&q-ak={SECRET_ID}&q-sign-time={KEY_TIME}"
    f"&q-key-time={KEY_TIME}&q-header-list=content-length;content-type;host&q-url-param-list="
)
GOLDEN = {
    "submit": [
        "POST /audio/auditing HTTP/1.1",
        f"host: {HOST}",
        "Accept: */*",
        "Connection: keep-alive",
        "accept-encoding: identity",
        "user-agent: ci-moderation-python",
        "content-type: application/xml",
        "content-length: 184",
        AUTH_PREFIX + "&q-signature=f436ed14fc74521e21dc43c0022a428eab0ae0e0",
    ],
    "cancel": [
        f"POST /video/cancel_auditing/{JOB} HTTP/1.1",
        f"host: {HOST}",
        "Accept: */*",
        "Connection: keep-alive",
        "accept-encoding: identity",
        "user-agent: ci-moderation-python",
        "content-type: application/xml",
        "content-length: 0",
        AUTH_PREFIX + "&q-signature=69fd4b103cc66d6aa3525898850b94578d36c4e4",
    ],
}
GOLDEN_BODY = {"submit": SUBMIT_BODY, "cancel": b""}


class _ToLoopback(httpcore.SyncBackend):
    """Connects every host to the loopback server, so the real CI host name (and its
    signature) can be pinned without any DNS lookup or non-loopback connection."""

    def __init__(self, port: int) -> None:
        self.port = port

    def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        return super().connect_tcp("127.0.0.1", self.port, *args, **kwargs)


def _capture(op: str, *, ci_host: bool) -> bytes:
    """The bytes one call writes: to the real CI host name (redirected to loopback) when
    `ci_host`, else through the client's own httpx client to `http://127.0.0.1:port`."""
    seen: list[bytes] = []

    def handler(conn: socket.socket) -> None:
        seen.append(read_request(conn))
        respond(conn, "200 OK", ANSWER, {"Content-Type": "application/xml"})

    with RawServer(handler) as server, contextlib.ExitStack() as stack:
        options: dict[str, Any] = {
            "credentials": Credentials(SECRET_ID, SECRET_KEY),
            "clock": lambda: NOW,
        }
        if ci_host:
            transport = httpx.HTTPTransport()
            transport._pool = httpcore.ConnectionPool(network_backend=_ToLoopback(server.port))
            http = stack.enter_context(httpx.Client(transport=transport, trust_env=False))
            options["http_client"] = http
            options.update(bucket="examplebucket-1250000000", region="ap-beijing", scheme="http")
        else:
            options["base_url"] = server.base_url
        with Client(**options) as client:
            if op == "submit":
                body = AudioAuditingRequest(
                    input=AudioInput(object="a.mp4", data_id="order-42"),
                    conf=AudioConf(
                        detect_type=["Porn", "Politics"], callback="https://example.com/ci-callback"
                    ),
                )
                client.create_audio_auditing_job(body)
            else:
                client.cancel_live_auditing_job(job_id=JOB)
    assert server.errors == [] and len(seen) == 1
    return seen[0]


def _split(raw: bytes) -> tuple[list[str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return head.decode().split("\r\n"), body


@pytest.mark.parametrize("op", ["submit", "cancel"])
def test_request_bytes_match_the_golden(op: str) -> None:
    """Pins each operation's exact request line, headers (order included) and body."""
    raw = _capture(op, ci_host=True)
    lines, body = _split(raw)
    assert lines == GOLDEN[op]
    assert body == GOLDEN_BODY[op]
    assert raw == ("\r\n".join(GOLDEN[op]) + "\r\n\r\n").encode() + GOLDEN_BODY[op]


@pytest.mark.parametrize("op", ["submit", "cancel"])
def test_signature_matches_the_documented_algorithm(op: str) -> None:
    """Pins the q-signature to Tencent's algorithm, recomputed independently of the client,
    over exactly the headers named in q-header-list as they arrived on the wire."""
    lines, _ = _split(_capture(op, ci_host=False))
    method, target, _ = lines[0].split(" ")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    auth = headers.pop("authorization")
    fields = dict(p.split("=", 1) for p in auth.split("&"))
    signed = {k: headers[k] for k in fields["q-header-list"].split(";")}
    assert sorted(signed) == ["content-length", "content-type", "host"]
    assert signed["content-type"] == "application/xml"
    assert signed["content-length"] == str(len(GOLDEN_BODY[op]))
    assert auth == qsign.authorization(SECRET_ID, SECRET_KEY, method, target, {}, signed, KEY_TIME)


def test_reference_signer_reproduces_tencents_worked_example() -> None:
    """The reference in tests/qsign.py is itself checked against Tencent's PUT example."""
    headers = {
        "Date": "Thu, 16 May 2019 06:45:51 GMT",
        "Host": "examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
        "Content-Type": "text/plain",
        "Content-Length": "13",
        "Content-MD5": "mQ/fVh815F3k6TAUm8m0eg==",
        "x-cos-acl": "private",
        "x-cos-grant-read": 'uin="100000000011"',
    }
    sig = qsign.q_signature(
        SECRET_KEY, "PUT", "/exampleobject(腾讯云)", {}, headers, "1557989151;1557996351"
    )
    assert sig == "3b8851a11a569213c17ba8fa7dcf2abec6935172"
