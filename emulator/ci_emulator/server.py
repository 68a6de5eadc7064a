"""Serving the emulator with uvicorn on 127.0.0.1, in the foreground or in a thread.

uvicorn is run with a subclass of its HTTP protocol whose only change is to put each
connection's asyncio transport into the ASGI scope (`wire.TRANSPORT_EXTENSION`), so faults
can reset or cut a real socket. It relies on the protocol keeping its app in `self.app`
(uvicorn 0.30 … 0.54 do). Only the loopback address is ever bound.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from ci_moderation import AsyncClient, Client, Credentials

from .app import create_app, emulator_of
from .clock import Clock
from .config import EmulatorConfig
from .state import Emulator
from .wire import TRANSPORT_EXTENSION

LOOPBACK = "127.0.0.1"


def _with_transport(base: type[asyncio.Protocol]) -> type[asyncio.Protocol]:
    """`base` (a uvicorn HTTP protocol) that exposes its transport to the app."""

    def connection_made(self: Any, transport: asyncio.Transport) -> None:
        base.connection_made(self, transport)
        app: ASGIApp = self.app

        async def app_with_transport(scope: Scope, receive: Receive, send: Send) -> None:
            scope.setdefault("extensions", {})[TRANSPORT_EXTENSION] = transport
            await app(scope, receive, send)

        self.app = app_with_transport

    return type(f"SocketExposing{base.__name__}", (base,), {"connection_made": connection_made})


HTTP_PROTOCOL = _with_transport(AutoHTTPProtocol)


def loopback_socket(port: int = 0) -> socket.socket:
    """A TCP socket bound to 127.0.0.1:`port` (0: a free port), not yet listening.

    `IPPROTO_TCP` is explicit because asyncio only disables Nagle (TCP_NODELAY) on sockets
    whose `proto` says TCP; with proto 0 every answer waits ~40 ms for a delayed ACK."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LOOPBACK, port))
    return sock


def uvicorn_config(app: ASGIApp, log_level: str = "warning") -> uvicorn.Config:
    return uvicorn.Config(
        app,
        http=HTTP_PROTOCOL,
        lifespan="on",
        log_level=log_level,
        access_log=False,
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=2,
    )


class BackgroundServer:
    """An ASGI app served by uvicorn on a daemon thread, on 127.0.0.1 only."""

    def __init__(self, app: ASGIApp, *, port: int = 0, log_level: str = "warning") -> None:
        self._sock = loopback_socket(port)
        self.port: int = self._sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn_config(app, log_level))
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self, timeout: float = 10.0) -> Self:
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True,
            name=f"uvicorn-{self.port}",
        )  # fmt: skip
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the server on port {self.port} did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._sock.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


@dataclass
class RunningEmulator:
    """A served emulator: where it is, how to call it, and its state."""

    server: BackgroundServer
    state: Emulator

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def credentials(self) -> Credentials:
        """The first configured key pair (with its STS token, if it has one)."""
        return self.state.config.credentials[0]

    def client(self, **options: Any) -> Client:
        """A generated sync client for this emulator (keyword options as for `Client`)."""
        options.setdefault("credentials", self.credentials)
        return Client(base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        options.setdefault("credentials", self.credentials)
        return AsyncClient(base_url=self.base_url, **options)

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def start_emulator(
    config: EmulatorConfig | None = None,
    *,
    clock: Clock | None = None,
    port: int = 0,
    log_level: str = "warning",
) -> RunningEmulator:
    """Serve a new emulator on 127.0.0.1 in a background thread (stop it when done)."""
    app = create_app(config or EmulatorConfig.with_random_credentials(), clock=clock)
    server = BackgroundServer(app, port=port, log_level=log_level).start()
    return RunningEmulator(server, emulator_of(app))
