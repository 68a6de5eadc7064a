"""Connections cannot be held forever: slow or idle ones are closed by the header and
keep-alive timeouts, and connections beyond `max_connections` are not kept.

Every socket here goes to an emulator these tests start on 127.0.0.1, and every wait is
bounded (a few seconds at most)."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from ci_emulator import EmulatorConfig, Fault
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator
from ci_moderation import ResponseTooLargeError

from .conftest import NO_RETRY, audio_request

OP = "CreateAudioAuditingJob"

HEADER_TIMEOUT = 0.5
KEEP_ALIVE = 0.3
#: How long a test waits for the server to close a connection before calling it held open.
PATIENCE = 1.8


@pytest.fixture
def emu(ci_emulator_factory: EmulatorFactory) -> RunningEmulator:
    return ci_emulator_factory(
        EmulatorConfig.with_random_credentials(
            header_timeout=HEADER_TIMEOUT, keep_alive_timeout=KEEP_ALIVE
        )
    )


def connect(emu: RunningEmulator) -> socket.socket:
    return socket.create_connection(("127.0.0.1", emu.port), timeout=2)


def seconds_until_closed(sock: socket.socket, drip: bytes = b"") -> float | None:
    """Watch `sock` (sending `drip` one byte per 0.2 s) until the server closes it; the
    seconds that took, or None if it was still open after PATIENCE seconds."""
    started = time.monotonic()
    sock.settimeout(0.2)
    pending = drip
    while time.monotonic() - started < PATIENCE:
        try:
            if sock.recv(65536) == b"":
                return time.monotonic() - started
        except TimeoutError:
            if pending:
                try:
                    sock.sendall(pending[:1])
                except (BrokenPipeError, ConnectionResetError):
                    return time.monotonic() - started
                pending = pending[1:]
        except ConnectionResetError:
            return time.monotonic() - started
    return None


def read_answer(sock: socket.socket) -> bytes:
    """One whole answer with a Content-Length, read from a keep-alive connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head


def request_bytes(emu: RunningEmulator) -> bytes:
    return f"GET /nowhere HTTP/1.1\r\nhost: 127.0.0.1:{emu.port}\r\n\r\n".encode()


def test_a_slowloris_request_line_is_cut_off(emu: RunningEmulator) -> None:
    rest = f"diting HTTP/1.1\r\nhost: 127.0.0.1:{emu.port}\r\nx-slow: ".encode() + b"a" * 50
    with connect(emu) as sock:
        sock.sendall(b"POST /audio/au")
        closed = seconds_until_closed(sock, drip=rest)
    assert closed is not None, "a connection dripping its headers was held open"
    assert HEADER_TIMEOUT - 0.1 <= closed <= HEADER_TIMEOUT + 0.6


def test_a_connection_that_sends_nothing_is_closed(emu: RunningEmulator) -> None:
    with connect(emu) as sock:
        closed = seconds_until_closed(sock)
    assert closed is not None and closed <= HEADER_TIMEOUT + 0.6


def test_an_idle_keep_alive_connection_is_closed(emu: RunningEmulator) -> None:
    with connect(emu) as sock:
        sock.sendall(request_bytes(emu))
        assert read_answer(sock).startswith(b"HTTP/1.1 404 ")
        closed = seconds_until_closed(sock)
    assert closed is not None, "an idle keep-alive connection was held open"
    assert closed <= KEEP_ALIVE + 0.6


def test_a_slow_second_request_is_cut_off_too(emu: RunningEmulator) -> None:
    """Data after an answer stops the keep-alive timer; the header timer still runs."""
    with connect(emu) as sock:
        sock.sendall(request_bytes(emu))
        read_answer(sock)
        closed = seconds_until_closed(sock, drip=request_bytes(emu))
    assert closed is not None and closed <= HEADER_TIMEOUT + 0.6


def test_requests_on_one_connection_within_the_timeouts_work(emu: RunningEmulator) -> None:
    with connect(emu) as sock:
        for _ in range(4):  # 4 x 0.2 s: longer than either timeout, shorter than each gap
            sock.sendall(request_bytes(emu))
            assert read_answer(sock).startswith(b"HTTP/1.1 404 ")
            time.sleep(0.2)


def test_the_generated_client_works_across_closed_connections(emu: RunningEmulator) -> None:
    with emu.client() as client:
        for _ in range(2):
            job = client.create_audio_auditing_job(audio_request())
            assert job.jobs_detail is not None and job.jobs_detail.job_id is not None
            time.sleep(KEEP_ALIVE + 0.3)  # the server closes the pooled connection meanwhile
    assert [r.status for r in emu.state.ledger.requests] == [200, 200]


def test_connections_beyond_the_limit_are_closed(ci_emulator_factory: EmulatorFactory) -> None:
    emu = ci_emulator_factory(EmulatorConfig.with_random_credentials(max_connections=2))
    with connect(emu) as first, connect(emu) as second:
        time.sleep(0.1)  # both accepted before the third arrives
        with connect(emu) as third:
            closed = seconds_until_closed(third)
            assert closed is not None and closed < 0.5
        # At the limit, a request is answered 503 (uvicorn's), not left hanging.
        first.sendall(request_bytes(emu))
        assert read_answer(first).startswith(b"HTTP/1.1 503 ")
        second.settimeout(0.2)
        with pytest.raises(TimeoutError):  # still open
            second.recv(1)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_client_refusing_an_oversize_chunked_body_leaves_no_server_error(
    ci_emulator: RunningEmulator,
) -> None:
    """The fault stops writing when the client hangs up; it must then wait for uvicorn to
    see the disconnect, or uvicorn logs "ASGI callable returned without completing
    response" (a race: hence several rounds)."""
    records = _Records()
    uvicorn_log = logging.getLogger("uvicorn.error")
    uvicorn_log.addHandler(records)
    try:
        with ci_emulator.client(retry=NO_RETRY) as client:
            for _ in range(12):
                ci_emulator.state.faults.add(OP, Fault.oversize_body(5_000_000, chunked=True))
                with pytest.raises(ResponseTooLargeError):
                    client.create_audio_auditing_job(audio_request())
        time.sleep(0.2)  # let the server finish with the last connection
    finally:
        uvicorn_log.removeHandler(records)
    assert records.messages == []
