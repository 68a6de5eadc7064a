"""The response size cap bounds what is read, not only what is parsed."""

from __future__ import annotations

import socket

import pytest

from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    Credentials,
    ResponseTooLargeError,
    RetryPolicy,
)

from .conftest import CallRunner
from .rawserver import RawServer, read_request

MIB = 1024 * 1024
CHUNKS = 64
CAP = 4 * MIB


def test_an_endless_chunked_body_is_cut_off_at_the_cap(call_runner: CallRunner) -> None:
    """Pins the cap on the running total: a chunked 200 of 64 × 1 MiB is abandoned soon
    after 4 MiB arrive, not read to the end and refused only by the parser."""
    sent: list[int] = []

    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + b"a\r\n<Response>\r\n"
        )
        chunk = b"%x\r\n" % MIB + b" " * MIB + b"\r\n"
        count = 0
        try:
            for _ in range(CHUNKS):
                conn.sendall(chunk)
                count += 1
            conn.sendall(b"0\r\n\r\n")
        except OSError:  # the client closed the connection: what we want
            pass
        sent.append(count)

    with RawServer(handler) as server:
        options = {
            "base_url": server.base_url,
            "credentials": Credentials("AKIDx", "k"),
            "retry": RetryPolicy(max_attempts=1),
            "max_response_bytes": CAP,
            "deadline": 10.0,
        }
        body = AudioAuditingRequest(
            input=AudioInput(object="a.mp3", data_id="d-1"), conf=AudioConf(detect_type=["Porn"])
        )
        with pytest.raises(ResponseTooLargeError) as info:
            call_runner.call(options, "create_audio_auditing_job", body)
    assert server.errors == []
    assert info.value.status_code == 200 and info.value.maybe_processed
    # 4 MiB read, plus whatever the loopback socket buffers hold (a few MiB): far from 64.
    (count,) = sent
    assert count < CHUNKS // 2, f"the server could send {count} of {CHUNKS} MiB"
