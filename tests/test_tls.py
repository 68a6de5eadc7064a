"""TLS on the default transports (real CI is https): a loopback server with a certificate from
a throwaway CA (trustme), trusted through `SSL_CERT_FILE` as `ssl.create_default_context()`
reads it. A trusted certificate for the host works, sync and async; an untrusted one or one
for another name is refused before anything is sent."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from ci_moderation import AsyncClient, Client, ConnectError, Credentials, RetryPolicy

from .hostile import OK_CANCEL, Conn, HostileServer, answer, serve_all

JOB = "vab1ca9fc8a3ed11ea834c525400863904"
CREDS = Credentials("AKIDexample", "secret")


class TlsServer(HostileServer):
    """The hostile server's loop, each connection wrapped in TLS with `cert`."""

    def __init__(self, cert: trustme.LeafCert) -> None:
        super().__init__(serve_all(answer(OK_CANCEL)))
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(self.context)

    def _serve(self, sock: object) -> None:
        try:
            tls = self.context.wrap_socket(sock, server_side=True)  # type: ignore[arg-type]
        except (ssl.SSLError, OSError):
            sock.close()  # type: ignore[attr-defined]
            return
        tls.settimeout(10)
        with tls, contextlib.suppress(OSError):
            self.handler(Conn(tls, self))


@pytest.fixture
def ca(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[trustme.CA]:
    authority = trustme.CA()
    pem = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))  # what create_default_context() trusts
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    yield authority


def _call(mode: str, base_url: str) -> str | None:
    options = {"base_url": base_url, "credentials": CREDS, "retry": RetryPolicy(max_attempts=1)}
    if mode == "sync":
        with Client(**options) as client:  # type: ignore[arg-type]
            return client.cancel_live_auditing_job(JOB).jobs_detail.job_id

    async def run() -> str | None:
        async with AsyncClient(**options) as client:  # type: ignore[arg-type]
            return (await client.cancel_live_auditing_job(JOB)).jobs_detail.job_id

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_https_with_a_trusted_certificate(ca: trustme.CA, mode: str) -> None:
    with TlsServer(ca.issue_cert("localhost")) as server:
        assert _call(mode, f"https://localhost:{server.port}") == "av-legit"
        assert len(server.requests) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_certificate_for_another_name_is_refused(ca: trustme.CA, mode: str) -> None:
    with TlsServer(ca.issue_cert("ci.example.org")) as server:
        with pytest.raises(ConnectError):  # hostname checked: nothing was sent
            _call(mode, f"https://localhost:{server.port}")
        assert server.requests == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_untrusted_certificate_is_refused(ca: trustme.CA, mode: str) -> None:
    stranger = trustme.CA()  # not the one SSL_CERT_FILE names
    with TlsServer(stranger.issue_cert("localhost")) as server:
        with pytest.raises(ConnectError):
            _call(mode, f"https://localhost:{server.port}")
        assert server.requests == []


class TunnelProxy(HostileServer):
    """A CONNECT proxy that relays bytes to `ci.example.test`, which it serves from loopback
    (the client never resolves a proxied host, so nothing leaves the machine)."""

    def __init__(self) -> None:
        super().__init__(self._tunnel)
        self.connects: list[bytes] = []

    def _tunnel(self, conn: Conn) -> None:
        import socket
        import threading

        head = b""
        while b"\r\n\r\n" not in head:
            chunk = conn.sock.recv(4096)
            if not chunk:
                return
            head += chunk
        self.connects.append(head)
        target = head.split(b" ")[1].decode()
        host, _, port = target.rpartition(":")
        assert host == "ci.example.test"  # never resolved: this proxy serves it from loopback
        upstream = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
        conn.sock.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pump(src: socket.socket, dst: socket.socket) -> None:
            with contextlib.suppress(OSError):
                while data := src.recv(65536):
                    dst.sendall(data)
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)

        back = threading.Thread(target=pump, args=(upstream, conn.sock), daemon=True)
        back.start()
        pump(conn.sock, upstream)
        back.join(timeout=10)
        upstream.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_https_through_a_connect_tunnel_from_the_environment(
    ca: trustme.CA, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The proxy sees only CONNECT; TLS runs end to end, to the target's certificate."""
    with TlsServer(ca.issue_cert("ci.example.test")) as server, TunnelProxy() as proxy:
        monkeypatch.setenv("https_proxy", f"http://127.0.0.1:{proxy.port}")
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        assert _call(mode, f"https://ci.example.test:{server.port}") == "av-legit"
    assert [c.split(b"\r\n")[0] for c in proxy.connects] == [
        f"CONNECT ci.example.test:{server.port} HTTP/1.1".encode()
    ]
