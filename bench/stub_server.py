"""A loopback HTTP/1.1 keep-alive stub answering with fixed, prebuilt bytes.

Runs in its own process (`python bench/stub_server.py` prints its port, then serves until
terminated) so its CPU never counts against the client being measured. It is an asyncio
protocol, not `http.server`: a few µs per request, so the server is never what a client
waits on for long.

- `POST /video/cancel_auditing/{jobId}` with no body: the cancel answer (the seed's
  corrected document). A cancel that carries a body is answered 400, so a floor that posts
  one fails the benchmark's check instead of passing for a cancel.
- any other `POST` (the submit): the submit answer.

Only 127.0.0.1 is bound. Requests are read by `Content-Length` (no client measured sends
chunked bodies); pipelined requests are answered in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

SUBMIT_BODY = (
    b"<Response><JobsDetail><DataId>d-1</DataId>"
    b"<JobId>sab1ca9fc8a3ed11ea834c525400863904</JobId><State>Submitted</State>"
    b"<CreationTime>2019-07-07T12:12:12+0800</CreationTime></JobsDetail>"
    b"<RequestId>NTk0MjdmODlfMjQ4OGY3XzYzYzhfMWE0</RequestId></Response>"
)
CANCEL_BODY = (
    b"<Response><JobsDetail><DataId>123-fdrsg-123</DataId>"
    b"<JobId>vab1ca9fc8a3ed11ea834c525400863904</JobId>"
    b"<CreationTime>2021-08-07T12:12:12+0800</CreationTime></JobsDetail>"
    b"<RequestId>NTk0MjdmODlfMjQ4OGY3XzYzYzhfMWE0</RequestId></Response>"
)


def _answer(status: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\n"
        b"Content-Type: application/xml\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n"
        b"x-ci-request-id: NTk0MjdmODlfMjQ4OGY3XzYzYzhfMWE0\r\n"
        b"\r\n" + body
    )


SUBMIT = _answer(b"200 OK", SUBMIT_BODY)
CANCEL = _answer(b"200 OK", CANCEL_BODY)
CANCEL_WITH_BODY = _answer(
    b"400 Bad Request",
    b"<Error><Code>InvalidArgument</Code><Message>stub: a cancel has no body</Message></Error>",
)
BAD_REQUEST = _answer(
    b"400 Bad Request",
    b"<Error><Code>InvalidArgument</Code><Message>stub: unreadable request</Message></Error>",
)


class Stub(asyncio.Protocol):
    def __init__(self) -> None:
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:  # else delayed ACKs add ~40 ms per call
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        buf = self.buf + data
        while (end := buf.find(b"\r\n\r\n")) >= 0:
            head = buf[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
                elif name.strip().lower() == b"transfer-encoding":
                    self.transport.write(BAD_REQUEST)
                    self.transport.close()
                    return
            total = end + 4 + length
            if len(buf) < total:
                break
            target = head.split(b" ", 2)[1]
            buf = buf[total:]
            if b"/cancel_auditing/" in target:
                self.transport.write(CANCEL_WITH_BODY if length else CANCEL)
            else:
                self.transport.write(SUBMIT)
        self.buf = buf


async def serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Stub, "127.0.0.1", 0, backlog=64)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())


if __name__ == "__main__":
    main()
