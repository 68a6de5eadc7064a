"""`Client(transport="stdlib")`: the standard library's http.client under the same guarantees
(the transport-level tests of `test_hostile_server.py` and `test_resilience.py` run on it via
the `call_runner` fixture). Here: what only it has — no httpx at all, keep-alive pooling,
proxies from the environment — and its use from many threads. Every server is on loopback; a
"proxy" is a local server that answers itself, so nothing leaves the machine."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ci_moderation import Client, ConnectError, Credentials, RetryPolicy
from ci_moderation.routes import bypass as _bypass

from .hostile import OK_CANCEL, Conn, HostileServer, answer, serve_all

ROOT = Path(__file__).resolve().parent.parent
CREDS = Credentials("AKIDexample", "secret")
JOB = "vab1ca9fc8a3ed11ea834c525400863904"
ONCE = RetryPolicy(max_attempts=1)


def stdlib_client(base_url: str, **extra: object) -> Client:
    return Client(base_url=base_url, credentials=CREDS, transport="stdlib", retry=ONCE, **extra)  # type: ignore[arg-type]


def test_it_runs_where_httpx_cannot_be_imported(tmp_path: Path) -> None:
    """A vendored copy on the default transports needs lxml only (pyproject's one runtime
    dependency): httpx (and httpcore) are made unimportable in a fresh interpreter, and a sync
    and an async call still work; `transport="httpx"` is then refused when the client is made."""
    script = f"""
import sys
sys.modules["httpx"] = None  # importing it now raises ImportError
sys.modules["httpcore"] = None
from ci_moderation import Client, Credentials
from tests.hostile import HostileServer, serve_all, answer, OK_CANCEL
import asyncio
from ci_moderation import AsyncClient
with HostileServer(serve_all(answer(OK_CANCEL))) as server:
    options = dict(base_url=server.base_url, credentials=Credentials("AKIDx", "k"))
    with Client(**options) as client:
        print(client.cancel_live_auditing_job("{JOB}").jobs_detail.job_id)
    async def main():
        async with AsyncClient(**options) as client:
            print((await client.cancel_live_auditing_job("{JOB}")).jobs_detail.job_id)
    asyncio.run(main())
from ci_moderation import ConfigurationError
for cls in (Client, AsyncClient):
    try:
        cls(**options, transport="httpx")
    except ConfigurationError as exc:
        print("refused" if "ci-moderation[httpx]" in str(exc) else exc)
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT)])}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        check=False, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    # sync and async, both by default; asking for httpx without it names the extra, at once
    assert out.stdout.split() == ["av-legit", "av-legit", "refused", "refused"]


def test_connections_are_kept_alive_and_a_closed_idle_one_is_replaced() -> None:
    def once_then_close(conn: Conn) -> None:  # answers two requests, then closes
        for _ in range(2):
            if not conn.request() or not conn.send(answer(OK_CANCEL)):
                return

    with HostileServer(once_then_close) as server, stdlib_client(server.base_url) as client:
        for _ in range(5):
            assert client.cancel_live_auditing_job(JOB).jobs_detail.job_id == "av-legit"
            time.sleep(0.05)  # the server's close reaches us while the connection is idle
        # 2 requests per connection: 3 connections for 5 calls, none failed on a closed one
        assert server.connections == 3 and len(server.requests) == 5


def test_many_threads_share_one_client() -> None:
    errors: list[BaseException] = []
    with HostileServer(serve_all(answer(OK_CANCEL))) as server:
        with stdlib_client(server.base_url, max_connections=4, rate_limit=False) as client:

            def work() -> None:
                try:
                    for _ in range(25):
                        client.cancel_live_auditing_job(JOB)
                except BaseException as exc:  # collected for the assert
                    errors.append(exc)

            threads = [threading.Thread(target=work) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert errors == [] and len(server.requests) == 200
        assert server.connections <= 4  # at most max_connections, all reused


class _Proxy:
    """A local "proxy" that records what it is asked and answers itself."""

    def __init__(self, reply: bytes | None) -> None:
        self.reply = reply
        self.server = HostileServer(self.handle)

    def handle(self, conn: Conn) -> None:
        data = conn.request()
        if data and self.reply is not None:
            conn.send(self.reply)


def test_an_http_proxy_from_the_environment_gets_the_absolute_form(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy = _Proxy(answer(OK_CANCEL))
    with proxy.server:
        monkeypatch.setenv("http_proxy", f"http://user:p%40ss@127.0.0.1:{proxy.server.port}")
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        # A CI-shaped host: the proxy answers for it; nothing is resolved or contacted.
        target = "http://examplebucket-1250000000.ci.ap-beijing.myqcloud.com"
        with stdlib_client(target) as client:
            assert client.cancel_live_auditing_job(JOB).jobs_detail.job_id == "av-legit"
    [request] = proxy.server.requests
    head = request.split(b"\r\n\r\n")[0].decode()
    assert head.startswith(f"POST {target}/video/cancel_auditing/{JOB} HTTP/1.1")
    assert "host: examplebucket-1250000000.ci.ap-beijing.myqcloud.com" in head.lower()
    assert "proxy-authorization: Basic dXNlcjpwQHNz" in head  # user:p@ss


def test_https_goes_through_a_connect_tunnel(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = _Proxy(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
    with proxy.server:
        monkeypatch.setenv("https_proxy", f"http://u:pw@127.0.0.1:{proxy.server.port}")
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        target = "https://examplebucket-1250000000.ci.ap-beijing.myqcloud.com"
        with stdlib_client(target) as client, pytest.raises(ConnectError):
            client.cancel_live_auditing_job(JOB)  # the proxy refuses: nothing was sent
    [request] = proxy.server.requests
    head = request.decode()
    assert head.startswith(
        "CONNECT examplebucket-1250000000.ci.ap-beijing.myqcloud.com:443 HTTP/1."
    )
    assert "Proxy-Authorization: Basic dTpwdw==" in head


def test_loopback_is_never_proxied(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = _Proxy(None)
    with proxy.server, HostileServer(serve_all(answer(OK_CANCEL))) as server:
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.server.port}")
        with stdlib_client(server.base_url) as client:
            client.cancel_live_auditing_job(JOB)
    assert proxy.server.requests == [] and len(server.requests) == 1


@pytest.mark.parametrize("transport", ["stdlib", "httpx"])
def test_only_the_stdlib_transport_follows_the_proxy_variables(
    monkeypatch: pytest.MonkeyPatch, transport: str
) -> None:
    """The README's contrast: `transport="httpx"`'s own pool ignores the environment. The
    server is on 127.0.0.2 (loopback, but not a name the proxy bypass knows)."""
    proxy = _Proxy(answer(OK_CANCEL))
    with proxy.server, HostileServer(serve_all(answer(OK_CANCEL)), host="127.0.0.2") as server:
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.server.port}")
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        with Client(base_url=server.base_url, credentials=CREDS, transport=transport) as client:
            client.cancel_live_auditing_job(JOB)
    proxied = transport == "stdlib"
    assert (len(proxy.server.requests), len(server.requests)) == ((1, 0) if proxied else (0, 1))


@pytest.mark.parametrize(
    ("host", "no_proxy", "bypass"),
    [
        ("a.example.com", "example.com", True),
        ("a.example.com", ".example.com", True),
        ("example.com", "example.com:8080", True),
        ("badexample.com", "example.com", False),
        ("anything", "*", True),
        ("x.y", "", False),
        ("x.y", " other , x.y ", True),
    ],
)
def test_no_proxy_is_read_as_curl_reads_it(host: str, no_proxy: str, bypass: bool) -> None:
    assert _bypass(host, no_proxy) is bypass


def test_a_caller_httpx_client_does_not_mix_with_the_stdlib_transport() -> None:
    import httpx

    from ci_moderation import ConfigurationError

    with httpx.Client() as http, pytest.raises(ConfigurationError, match="transport='httpx'"):
        Client(
            base_url="http://127.0.0.1:1", credentials=CREDS, transport="stdlib", http_client=http
        )
    with pytest.raises(ConfigurationError, match="transport must be one of"):
        Client(base_url="http://127.0.0.1:1", credentials=CREDS, transport="urllib3")


def _raw(head: str, body: bytes = b"") -> bytes:
    return head.replace("\n", "\r\n").encode() + body


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        (_raw("HTTP/1.1 200 OK\nX-A: 1\n folded\nContent-Length: 0\n\n"), "folding"),
        (_raw("HTTP/1.1 200 OK\nTransfer-Encoding: gzip, chunked\n\n"), "Transfer-Encoding"),
        (_raw("HTTP/1.1 200 OK\nContent-Length: 5\nContent-Length: 6\n\n", b"12345"), "conflict"),
        (_raw("HTTP/1.1 200 OK\nContent-Length: -5\n\n"), "length"),
        (_raw("HTTP/1.1 101 Switching Protocols\n\n"), "switch"),
        (_raw("HTTP/2 200 OK\n\n"), "status line"),
        (_raw("HTTP/1.1 200 OK\n" + "X-A: 1\n" * 101 + "\n"), "101 headers"),
        (_raw("HTTP/1.1 200 OK\nX-A: " + "a" * 70_000 + "\n\n"), "long line"),
        (_raw("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nzz\n"), "chunk size"),
        (_raw("HTTP/1.1 200 OK\nContent-Length: 500\n\n", OK_CANCEL), "cut short"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_answers_that_are_not_http_1_1_as_we_accept_it_are_refused(reply: bytes, why: str) -> None:
    from ci_moderation import OutcomeUnknownError

    def handler(conn: Conn) -> None:
        if conn.request():
            conn.send(reply)

    with HostileServer(handler) as server, stdlib_client(server.base_url) as client:
        with pytest.raises(OutcomeUnknownError):  # sent, and no answer we can trust
            client.cancel_live_auditing_job(JOB)


def test_chunk_extensions_trailers_and_interim_answers_are_read() -> None:
    body = OK_CANCEL
    reply = (
        _raw(
            "HTTP/1.1 100 Continue\n\nHTTP/1.1 103 Early Hints\nLink: </a>\n\n"
            "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\nX-Ci-Request-Id: r-1\n\n"
            f"{len(body[:10]):x};ext=1\n"
        )
        + body[:10]
        + _raw(f"\n{len(body[10:]):x}\n")
        + body[10:]
        + _raw("\n0\nX-Trailer: t\n\n")
    )
    with HostileServer(serve_all(reply)) as server, stdlib_client(server.base_url) as client:
        for _ in range(2):  # and the connection is reused after it
            answer_ = client.cancel_live_auditing_job_detailed(JOB)
            assert answer_.parsed.jobs_detail.job_id == "av-legit"
            assert answer_.request_id == "r-1" and answer_.headers["x-ci-request-id"] == "r-1"
        assert server.connections == 1


def test_an_http_1_0_answer_closes_the_connection() -> None:
    reply = _raw(f"HTTP/1.0 200 OK\nContent-Length: {len(OK_CANCEL)}\n\n", OK_CANCEL)
    with HostileServer(serve_all(reply)) as server, stdlib_client(server.base_url) as client:
        for _ in range(2):
            client.cancel_live_auditing_job(JOB)
        assert server.connections == 2


def test_proxy_variables_are_read_as_urllib_reads_them() -> None:
    from ci_moderation.routes import proxies_from

    env = {"HTTP_PROXY": "http://upper:1", "http_proxy": "http://lower:2", "NO_PROXY": "a,b"}
    assert proxies_from(env) == {"http": "http://lower:2", "no": "a,b"}
    assert proxies_from({"HTTPS_PROXY": "http://p:3", "ftp_proxy": ""}) == {"https": "http://p:3"}
    # As a CGI script, HTTP_PROXY may come from a request header (httpoxy): not used.
    assert proxies_from({"HTTP_PROXY": "http://evil:1", "REQUEST_METHOD": "GET"}) == {}


def test_the_async_client_reuses_connections_and_follows_the_proxy_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import asyncio

    from ci_moderation import AsyncClient

    proxy = _Proxy(answer(OK_CANCEL))
    with proxy.server, HostileServer(serve_all(answer(OK_CANCEL))) as server:
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.server.port}")
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)

        async def main() -> None:
            options = {"credentials": CREDS, "retry": ONCE, "rate_limit": False}
            async with AsyncClient(base_url=server.base_url, **options) as client:  # type: ignore[arg-type]
                for _ in range(5):
                    await client.cancel_live_auditing_job(JOB)
            target = "http://examplebucket-1250000000.ci.ap-beijing.myqcloud.com"
            async with AsyncClient(base_url=target, **options) as client:  # type: ignore[arg-type]
                await client.cancel_live_auditing_job(JOB)

        asyncio.run(main())
    assert server.connections == 1 and len(server.requests) == 5  # loopback: direct, reused
    [request] = proxy.server.requests
    assert request.startswith(b"POST http://examplebucket-1250000000.ci.ap-beijing.myqcloud.com/")


def test_an_async_client_belongs_to_one_event_loop() -> None:
    """Used again from another `asyncio.run`, it says so before sending anything (its
    connections belong to the first loop), and closing it from there still works."""
    import asyncio

    from ci_moderation import AsyncClient, ConfigurationError

    with HostileServer(serve_all(answer(OK_CANCEL))) as server:
        client = AsyncClient(base_url=server.base_url, credentials=CREDS, retry=ONCE)

        async def one() -> str | None:
            return (await client.cancel_live_auditing_job(JOB)).jobs_detail.job_id

        assert asyncio.run(one()) == "av-legit"
        with pytest.raises(ConfigurationError, match="one loop"):
            asyncio.run(one())
        asyncio.run(client.aclose())
        assert len(server.requests) == 1


def test_answer_headers_are_read_in_any_case() -> None:
    reply = answer(OK_CANCEL, headers={"X-Ci-Request-Id": "r-9"})
    with HostileServer(serve_all(reply)) as server, stdlib_client(server.base_url) as client:
        headers = client.cancel_live_auditing_job_detailed(JOB).headers
    assert headers["X-CI-Request-Id"] == headers["x-ci-request-id"] == "r-9"
    assert headers.get("Content-Type") == "application/xml" and "CONTENT-LENGTH" in headers


def test_importing_the_package_builds_no_model_and_loads_no_http_library() -> None:
    """What the README promises of start-up: families, lxml, httpx and the callback parser
    load when used."""
    script = """
import sys
import ci_moderation
from ci_moderation import Client, Credentials
Client(base_url="http://127.0.0.1:9", credentials=Credentials("AKIDx", "k")).close()
loaded = sorted(m for m in sys.modules if m.startswith(("ci_moderation.models.", "lxml",
                "httpx", "httpcore", "ci_moderation.callbacks", "ci_moderation.jsoncodec")))
print(loaded)
ci_moderation.AudioAuditingRequest  # a name of the audio family: that family loads
print(sorted(m for m in sys.modules if m.startswith("ci_moderation.models.")))
from ci_moderation import parse_callback, Callback  # the callbacks module loads when asked for
print(parse_callback.__module__, Callback is not None)
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True, timeout=60,
    )  # fmt: skip
    first, second, third = out.stdout.splitlines()
    assert first == "[]"
    assert second == "['ci_moderation.models.audio', 'ci_moderation.models.common']"
    assert third == "ci_moderation.callbacks True"


def test_calls_log_once_logging_is_in_use_and_never_import_it() -> None:
    """The call log (`ci_moderation` logger, DEBUG) reaches a program that configured
    logging, even after the client was made; a program that never imports logging does not
    get it imported by a client or its calls."""
    script = f"""
import sys
from ci_moderation import Client, Credentials
from tests.hostile import HostileServer, serve_all, answer, OK_CANCEL
with HostileServer(serve_all(answer(OK_CANCEL))) as server:
    with Client(base_url=server.base_url, credentials=Credentials("AKIDx", "k")) as client:
        client.cancel_live_auditing_job("{JOB}")
        print("logging" in sys.modules)
        import logging
        logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(name)s %(message)s")
        client.cancel_live_auditing_job("{JOB}")
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT)])}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True, timeout=60,
    )  # fmt: skip
    lines = out.stdout.splitlines()
    assert lines[0] == "False"
    assert "ci_moderation CancelLiveAuditingJob attempt 1: HTTP 200, request id None" in lines[1:]
