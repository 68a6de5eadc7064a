"""What a hostile or broken server can do to a call, against both clients (issue 7).

Every test runs the sync and the asyncio client the same way (`call_runner`) against a raw
socket server on 127.0.0.1 that controls every byte. The README's promises are asserted as
written: everything raised is a `CIError`, `deadline=` bounds the whole call in every phase,
a submit is never silently duplicated and always carries its DataId.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import re
import threading
import time
import tracemalloc
import zlib
from typing import Any

import httpx
import pytest

from ci_moderation import (
    AsyncClient,
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    CIError,
    Client,
    ClientClosedError,
    Credentials,
    DeadlineBeforeSendError,
    DeadlineExceededError,
    OutcomeUnknownError,
    ResponseParseError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    ThrottledError,
    operations,
)

from .conftest import CallRunner
from .hostile import OK_CANCEL, OK_SUBMIT, Conn, HostileServer, answer, serve_all

JOB = "av0123456789abcdef0123456789abcdef"
FAST = RetryPolicy(base_delay=0.01, throttle_base_delay=0.01, max_retry_after=0.05)
CREDS = Credentials("AKIDhostile0001", "hostile-secret-key")
CANCEL_OP = operations.CANCEL_LIVE_AUDITING_JOB


def options(server: HostileServer, **extra: Any) -> dict[str, Any]:
    return {"base_url": server.base_url, "credentials": CREDS, "retry": FAST, **extra}


def submit_body() -> AudioAuditingRequest:
    return AudioAuditingRequest(
        input=AudioInput(object="a.mp3"), conf=AudioConf(detect_type=["Porn"])
    )


def submit(runner: CallRunner, server: HostileServer, **extra: Any) -> Any:
    return runner.call(options(server, **extra), "create_audio_auditing_job", submit_body())


def cancel(runner: CallRunner, server: HostileServer, **extra: Any) -> Any:
    return runner.call(options(server, **extra), "cancel_live_auditing_job", job_id=JOB)


def sent_data_id(server: HostileServer) -> str:
    """The DataId the (only) submit request carried."""
    found = re.search(rb"<DataId>([^<]+)</DataId>", server.requests[0])
    assert found is not None
    return found.group(1).decode()


# -- item 2: a 5xx other than 503 is never retried for a submit, whatever its code --------------


@pytest.mark.parametrize("status", ["500 Internal Server Error", "502 Bad Gateway", "504 Timeout"])
@pytest.mark.parametrize(
    "code", ["SlowDown", "Throttling", "RequestLimitExceeded", "InternalError"]
)
def test_submit_is_sent_once_on_5xx_whatever_the_code(
    call_runner: CallRunner, status: str, code: str
) -> None:
    body = f"<Error><Code>{code}</Code><Message>m</Message></Error>".encode()
    with HostileServer(serve_all(answer(body, status))) as server:
        with pytest.raises(ServerError) as info:
            submit(call_runner, server)
    assert not isinstance(info.value, ThrottledError)
    assert len(server.requests) == 1
    err = info.value
    assert err.maybe_processed and err.code == code and err.data_id == sent_data_id(server)


def test_503_throttling_retries_a_submit_and_a_5xx_retries_a_cancel(
    call_runner: CallRunner,
) -> None:
    body = b"<Error><Code>SlowDown</Code><Message>m</Message></Error>"
    with HostileServer(serve_all(answer(body, "503 Service Unavailable"))) as server:
        with pytest.raises(ThrottledError):
            submit(call_runner, server)
    assert len(server.requests) == 3  # 503 + throttling: not processed, so retried
    with HostileServer(serve_all(answer(body, "500 Internal Server Error"))) as server:
        with pytest.raises(ServerError):
            cancel(call_runner, server)
    assert len(server.requests) == 3  # idempotent: retried


# -- items 3 and 17: the deadline bounds every phase; one error type for both clients ----------


def processing_forever(conn: Conn) -> None:
    conn.request()
    for _ in range(40):
        if not conn.send(b"HTTP/1.1 102 Processing\r\n\r\n"):
            return
        conn.wait(0.1)


def drip_headers(conn: Conn) -> None:
    conn.request()
    conn.drip(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nX-Pad: " + b"a" * 200, 0.1)


def drip_chunk_size(conn: Conn) -> None:
    conn.request()
    conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    conn.drip(b"0000000000000000000000000000000000000000000000000000000000000000000000000", 0.1)


def silent(conn: Conn) -> None:
    conn.request()
    conn.wait(4)


@pytest.mark.parametrize(
    "handler", [processing_forever, drip_headers, drip_chunk_size, silent], ids=lambda h: h.__name__
)
def test_deadline_bounds_every_phase(call_runner: CallRunner, handler: Any) -> None:
    """`deadline=` ends the call on time whatever the server drips, as `DeadlineExceededError`
    in both clients; the submit's outcome is unknown and it carries its DataId."""
    with HostileServer(handler) as server:
        start = time.monotonic()
        with pytest.raises(DeadlineExceededError) as info:
            submit(call_runner, server, deadline=0.6)
        elapsed = time.monotonic() - start
    assert 0.55 <= elapsed < 1.5, elapsed
    assert info.value.maybe_processed and info.value.data_id == sent_data_id(server)
    assert len(server.requests) == 1


def test_attempt_timeout_then_retry_within_the_deadline_for_cancel(call_runner: CallRunner) -> None:
    calls = []

    def handler(conn: Conn) -> None:
        while conn.request():
            calls.append(1)
            if len(calls) == 1:
                drip_headers(conn)  # the first attempt stalls...
                return
            conn.send(answer(OK_CANCEL))  # ...the retry is answered

    with HostileServer(handler) as server:
        result = cancel(call_runner, server, deadline=3.0, attempt_timeout=0.5)
    assert result.jobs_detail.job_id == "av-legit" and len(calls) == 2


# -- item 4: compression --------------------------------------------------------------------


def test_stacked_or_unknown_encodings_are_refused(call_runner: CallRunner) -> None:
    inner = gzip.compress(gzip.compress(OK_SUBMIT))
    for encoding, body in [("gzip, gzip", inner), ("br", b"\x0b\x02\x80"), ("zstd", b"x")]:
        reply = answer(body, headers={"Content-Encoding": encoding})
        with HostileServer(serve_all(reply)) as server:
            with pytest.raises(ResponseParseError, match="Content-Encoding") as info:
                submit(call_runner, server)
        assert info.value.maybe_processed and info.value.data_id == sent_data_id(server)


def test_a_single_gzip_layer_is_decoded(call_runner: CallRunner) -> None:
    reply = answer(gzip.compress(OK_SUBMIT), headers={"Content-Encoding": "gzip"})
    with HostileServer(serve_all(reply)) as server:
        assert submit(call_runner, server).jobs_detail.job_id == "av-legit"
    assert b"accept-encoding: identity" in server.requests[0].lower()


@functools.cache
def _bomb(encoding: str) -> bytes:
    """24 MiB of XML text that never closes, packed to about 24 KiB."""
    bomb = b"<Response><RequestId>" + b"a" * (24 << 20)
    return gzip.compress(bomb, 6) if encoding == "gzip" else zlib.compress(bomb, 6)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_stops_at_the_cap_with_memory_near_it(
    call_runner: CallRunner, encoding: str
) -> None:
    cap = 1 << 20
    reply = answer(_bomb(encoding), headers={"Content-Encoding": encoding})
    with HostileServer(serve_all(reply)) as server:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as info:
                submit(call_runner, server, max_response_bytes=cap)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 12 * cap, peak  # the old path decoded everything: 24 MiB and more
    assert info.value.maybe_processed and info.value.data_id == sent_data_id(server)


def test_a_truncated_gzip_body_is_a_parse_error(call_runner: CallRunner) -> None:
    packed = gzip.compress(OK_SUBMIT)[:-6]
    with HostileServer(serve_all(answer(packed, headers={"Content-Encoding": "gzip"}))) as server:
        with pytest.raises(ResponseParseError):
            submit(call_runner, server)


# -- items 11, 12 and 15: every submit error carries its DataId; one maybe_processed rule -------


@pytest.mark.parametrize(
    ("reply", "error", "maybe"),
    [
        (answer(b"<Response><JobsDetail>"), ResponseParseError, True),
        (answer(b"<Response/>"), ResponseParseError, True),
        (answer(b"<Error><Code>E</Code></Error>", "502 Bad Gateway"), ServerError, True),
        (answer(b"<R>" + b"a" * 5000 + b"</R>"), ResponseTooLargeError, True),
        (answer(b"<R>" + b"a" * 5000 + b"</R>", "502 Bad Gateway"), ResponseTooLargeError, True),
        (answer(b"<R>" + b"a" * 5000 + b"</R>", "500 Oops"), ResponseTooLargeError, True),
        (answer(b"<R>" + b"a" * 5000 + b"</R>", "400 Bad"), ResponseTooLargeError, False),
    ],
    ids=["malformed", "empty-response", "502", "oversize-200", "oversize-502", "oversize-500",
         "oversize-400"],
)  # fmt: skip
def test_every_submit_error_carries_the_data_id(
    call_runner: CallRunner, reply: bytes, error: type[CIError], maybe: bool
) -> None:
    with HostileServer(serve_all(reply)) as server, pytest.raises(error) as info:
        submit(call_runner, server, max_response_bytes=4096)
    assert info.value.data_id == sent_data_id(server)
    assert info.value.maybe_processed is maybe
    assert sent_data_id(server) in str(info.value)


def test_an_answer_without_the_promised_fields_is_an_error_naming_them(
    call_runner: CallRunner,
) -> None:
    with HostileServer(serve_all(answer(b"<Response/>"))) as server:
        with pytest.raises(ResponseParseError, match="JobsDetail: is required"):
            submit(call_runner, server)
    reply = answer(b"<Response><JobsDetail><State>Submitted</State></JobsDetail></Response>")
    with HostileServer(serve_all(reply)) as server:
        with pytest.raises(ResponseParseError, match=r"JobsDetail\.JobId: is required"):
            submit(call_runner, server)


# -- item 13: surplus bytes after a response are never read as the next answer ----------------


def test_surplus_bytes_are_never_served_as_the_next_answer(
    call_runner: CallRunner, caplog: pytest.LogCaptureFixture
) -> None:
    """Whatever the transport, the forged second answer is never read; the httpx transport's
    pool also sees the surplus bytes and retires the connection at once (and says so)."""
    forged = answer(OK_SUBMIT.replace(b"av-legit", b"av-FORGED"))

    def handler(conn: Conn) -> None:
        first = True
        while conn.request():
            if first:  # a correct answer, then a forged one nobody asked for, in one write
                conn.send(answer(OK_SUBMIT) + forged)
                first = False
            else:
                conn.send(answer(OK_SUBMIT))

    with HostileServer(handler) as server, caplog.at_level("WARNING", "ci_moderation"):
        opts = call_runner.client_options(options(server))
        if call_runner.sync:
            with Client(**opts) as client:
                ids = [
                    client.create_audio_auditing_job(submit_body()).jobs_detail.job_id for _ in "ab"
                ]
        else:

            async def run() -> list[str]:
                async with AsyncClient(**opts) as client:
                    return [
                        (await client.create_audio_auditing_job(submit_body())).jobs_detail.job_id
                        for _ in "ab"
                    ]

            ids = asyncio.run(run())
    assert ids == ["av-legit", "av-legit"]
    assert len(server.requests) == 2 and server.connections == 2
    if call_runner.mode.startswith("httpx"):
        assert "the server sent bytes beyond its response; connection closed" in caplog.messages


# -- item 14: cookies are never kept or sent ----------------------------------------------


@pytest.mark.parametrize("own_http", [False, True], ids=["owned", "callers-httpx"])
def test_cookies_are_never_sent_back(call_runner: CallRunner, own_http: bool) -> None:
    """A `Set-Cookie` is never stored by our clients nor sent back, even by a caller's
    httpx client that keeps cookies."""
    reply = answer(OK_CANCEL, headers={"Set-Cookie": "session=evil; Path=/"})
    with HostileServer(serve_all(reply)) as server:
        opts = call_runner.client_options(options(server))
        if call_runner.sync:
            with contextlib.ExitStack() as stack:
                if own_http:
                    opts["http_client"] = stack.enter_context(httpx.Client(trust_env=False))
                client = stack.enter_context(Client(**opts))
                for _ in "ab":
                    client.cancel_live_auditing_job(job_id=JOB)
        else:

            async def twice() -> None:
                async with contextlib.AsyncExitStack() as stack:
                    if own_http:
                        http = httpx.AsyncClient(trust_env=False)
                        opts["http_client"] = await stack.enter_async_context(http)
                    client = await stack.enter_async_context(AsyncClient(**opts))
                    for _ in "ab":
                        await client.cancel_live_auditing_job(job_id=JOB)

            asyncio.run(twice())
    assert len(server.requests) == 2
    assert not any(b"cookie:" in r.lower() for r in server.requests)


# -- items 5 and 9: closed clients, queued calls, and the deadline while waiting ---------------


def test_a_closed_client_raises_a_typed_error(call_runner: CallRunner) -> None:
    with HostileServer(serve_all(answer(OK_CANCEL))) as server:
        opts = call_runner.client_options(options(server))
        if call_runner.sync:
            client = Client(**opts)
            client.close()
            with pytest.raises(ClientClosedError):
                client.cancel_live_auditing_job(job_id=JOB)
        else:

            async def run() -> None:
                client = AsyncClient(**opts)
                await client.aclose()
                with pytest.raises(ClientClosedError):
                    await client.cancel_live_auditing_job(job_id=JOB)

            asyncio.run(run())
    assert server.requests == []


def test_closing_a_sync_client_under_a_call_in_flight_raises_a_cierror() -> None:
    with HostileServer(silent) as server:
        client = Client(**options(server, deadline=5.0))
        errors: list[BaseException] = []

        def call() -> None:
            try:
                client.create_audio_auditing_job(submit_body())
            except BaseException as exc:
                errors.append(exc)

        t = threading.Thread(target=call)
        t.start()
        while not server.requests:
            time.sleep(0.01)
        client.close()
        t.join(timeout=6)
    assert len(errors) == 1 and isinstance(errors[0], OutcomeUnknownError), errors


async def test_closing_an_async_client_under_calls_in_flight_raises_cierrors() -> None:
    with HostileServer(silent) as server:
        client = AsyncClient(**options(server, deadline=5.0))
        tasks = [asyncio.create_task(client.cancel_live_auditing_job(job_id=JOB)) for _ in range(3)]
        while len(server.requests) < 3:
            await asyncio.sleep(0.01)
        await client.aclose()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    assert all(isinstance(r, CIError) for r in results), results


async def test_many_tasks_queue_for_connections_instead_of_failing() -> None:
    """500 tasks on one AsyncClient limited to 8 connections all succeed: they queue."""

    def handler(conn: Conn) -> None:
        while conn.request():
            time.sleep(0.002)
            if not conn.send(answer(OK_SUBMIT)):
                return

    with HostileServer(handler) as server:
        async with AsyncClient(**options(server, max_connections=8)) as client:
            results = await asyncio.gather(
                *(client.create_audio_auditing_job(submit_body()) for _ in range(500)),
                return_exceptions=True,
            )
    assert all(not isinstance(r, BaseException) for r in results), {
        type(r).__name__ for r in results if isinstance(r, BaseException)
    }
    assert len(server.requests) == 500 and server.connections <= 8


async def test_the_deadline_bounds_the_wait_for_a_connection() -> None:
    """600 cancels, limiter off, server silent: every call ends by its deadline, queued ones
    as `DeadlineBeforeSendError` (nothing sent), those in flight as `DeadlineExceededError`."""
    with HostileServer(silent) as server:
        opts = options(server, deadline=1.0, rate_limit=False, max_connections=16)
        async with AsyncClient(**opts) as client:
            start = time.monotonic()
            results = await asyncio.gather(
                *(client.cancel_live_auditing_job(job_id=JOB) for _ in range(600)),
                return_exceptions=True,
            )
            elapsed = time.monotonic() - start
    kinds = {type(r) for r in results}
    assert kinds <= {DeadlineBeforeSendError, DeadlineExceededError}, kinds
    queued = [r for r in results if isinstance(r, DeadlineBeforeSendError)]
    # Most never got a connection slot; a few got one freed just before their deadline.
    assert len(queued) >= 300 and not any(r.maybe_processed for r in queued)
    assert len(server.requests) <= 600 - len(queued)  # "not sent" was never a guess
    assert elapsed < 2.5, elapsed


def test_the_sync_deadline_bounds_the_wait_for_a_connection() -> None:
    with HostileServer(silent) as server:
        client = Client(**options(server, deadline=1.0, rate_limit=False, max_connections=2))
        errors: list[BaseException] = []

        def call() -> None:
            try:
                client.cancel_live_auditing_job(job_id=JOB)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(6)]
        start = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=5)
        elapsed = time.monotonic() - start
        client.close()
    assert len(errors) == 6
    assert {type(e) for e in errors} <= {DeadlineBeforeSendError, DeadlineExceededError}
    queued = [e for e in errors if isinstance(e, DeadlineBeforeSendError)]
    assert len(queued) + len(server.requests) == 6  # "not sent" is exact: never a guess
    assert elapsed < 2.5


def test_a_503_queue_is_retried_not_failed(call_runner: CallRunner) -> None:
    replies = iter([answer(b"<Error><Code>Busy</Code></Error>", "503 Busy"), answer(OK_CANCEL)])

    def handler(conn: Conn) -> None:
        while conn.request():
            conn.send(next(replies))

    with HostileServer(handler) as server:
        assert cancel(call_runner, server).jobs_detail.job_id == "av-legit"
    assert len(server.requests) == 2


def test_a_defect_of_ours_still_surfaces_as_a_cierror(
    call_runner: CallRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an unforeseen exception inside the transport reaches the caller as a `CIError`
    (outcome unknown once sending began), with the original kept as its cause."""
    from ci_moderation import transport

    def broken(self: object, resp: object) -> None:
        raise TypeError("a planted defect")

    monkeypatch.setattr(transport._Call, "reader", broken)  # shared by every transport
    with HostileServer(serve_all(answer(OK_SUBMIT))) as server:
        with pytest.raises(OutcomeUnknownError) as info:
            submit(call_runner, server)
    assert isinstance(info.value.__cause__, TypeError)
    assert info.value.data_id == sent_data_id(server) and len(server.requests) == 1


def test_a_used_rate_limit_slot_is_never_given_back() -> None:
    """A cancel is sent (slot used), answered 503 with Retry-After, and the client is closed
    during the backoff: the next attempt sends nothing, but the first one's slot must stay
    booked, or the limiter would admit one send too many in that window."""
    reply = answer(b"<Error><Code>Busy</Code></Error>", "503 Busy", {"Retry-After": "1"})
    with HostileServer(serve_all(reply)) as server:
        client = Client(**options(server, retry=RetryPolicy(max_retry_after=2.0)))
        errors: list[BaseException] = []

        def call() -> None:
            try:
                client.cancel_live_auditing_job(JOB)
            except BaseException as exc:
                errors.append(exc)

        t = threading.Thread(target=call)
        t.start()
        while not server.requests:
            time.sleep(0.01)
        time.sleep(0.2)  # inside the 1 s backoff
        client.close()
        t.join(timeout=5)
    assert len(errors) == 1 and isinstance(errors[0], ClientClosedError)
    limiter = client._settings.limiter(CANCEL_OP)
    assert limiter is not None and len(limiter._slots) == 1  # the sent attempt's slot


def test_a_throttling_code_on_a_4xx_is_retried_for_a_submit(call_runner: CallRunner) -> None:
    """CI answered 4xx with a throttling code: refused, not processed, so retried."""
    body = b"<Error><Code>RequestLimitExceeded</Code><Message>m</Message></Error>"
    with HostileServer(serve_all(answer(body, "400 Bad Request"))) as server:
        with pytest.raises(ThrottledError) as info:
            submit(call_runner, server)
    assert len(server.requests) == 3 and not info.value.maybe_processed


def test_a_success_after_a_retry_gives_back_what_the_retry_cost() -> None:
    """botocore's quota as the README states it: with a budget of 10 and retries at 5, ten
    calls that each need one retry all succeed (a refund of 1 would run dry at the third)."""
    replies = iter(
        [answer(b"<Error><Code>Busy</Code></Error>", "503 Busy"), answer(OK_CANCEL)] * 10
    )

    def handler(conn: Conn) -> None:
        while conn.request():
            conn.send(next(replies))

    policy = RetryPolicy(base_delay=0.001, budget=10, retry_cost=5)
    with HostileServer(handler) as server, Client(**options(server, retry=policy)) as client:
        for _ in range(10):
            client.cancel_live_auditing_job(JOB)
    assert len(server.requests) == 20


def test_answer_headers_read_alike_on_every_transport(call_runner: CallRunner) -> None:
    """`Response.headers` is one type on every transport: names in any case, a repeated
    header's values joined with ", "."""
    reply = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nX-Ci-Request-Id: r-9\r\n"
        b"Vary: Accept\r\nVary: Origin\r\nContent-Length: %d\r\n\r\n" % len(OK_CANCEL) + OK_CANCEL
    )
    with HostileServer(serve_all(reply)) as server:
        got = call_runner.call(options(server), "cancel_live_auditing_job_detailed", job_id=JOB)
    assert got.request_id == "r-9"
    assert got.headers["X-CI-Request-Id"] == got.headers["x-ci-request-id"] == "r-9"
    assert got.headers["vary"] == "Accept, Origin" and "CONTENT-LENGTH" in got.headers
    assert isinstance(got.headers, dict)
