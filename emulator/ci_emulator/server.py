"""Serving the emulator with uvicorn on 127.0.0.1, in the foreground or in a thread.

uvicorn is run with a subclass of its HTTP protocol (`http_protocol`) that

- puts each connection's asyncio transport into the ASGI scope (`wire.TRANSPORT_EXTENSION`),
  so faults can reset or cut a real socket;
- closes a connection that has not delivered a whole request head (request line and
  headers) within `header_timeout` seconds of its opening or of the end of the previous
  answer: uvicorn has no such timeout, and a slowloris client dripping bytes could hold
  a connection forever (its keep-alive timer stops at the first byte);
- closes a connection accepted while `max_connections` are already open.

Limits (`ServerLimits`, from `EmulatorConfig` / the CLI), with their defaults:

| limit                | default | what it does                                          |
|----------------------|---------|-------------------------------------------------------|
| `header_timeout`     | 10 s    | close a connection whose request head is not complete |
| `keep_alive_timeout` | 5 s     | uvicorn `timeout_keep_alive`: close idle keep-alives  |
| `max_connections`    | 1000    | uvicorn `limit_concurrency` (503 at the limit); close |
|                      |         | connections accepted beyond it                        |

A request whose head is complete is not timed any further: a slow body or a slow answer
(the drip-feed fault) is left alone. The subclass relies on uvicorn's protocols keeping
their app in `self.app`, their transport in `self.transport`, the open connections in
`self.connections`, the current cycle in `self.cycle` and calling `on_response_complete`
(uvicorn 0.30 … 0.54, httptools and h11, do). Only the loopback address is ever bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Mapping
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
from .handlers import Handler
from .state import Emulator
from .wire import TRANSPORT_EXTENSION

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """How long and how many connections the server keeps (see the module docstring)."""

    header_timeout: float = 10.0
    keep_alive_timeout: float = 5.0
    max_connections: int = 1000

    @classmethod
    def of(cls, config: EmulatorConfig) -> ServerLimits:
        return cls(config.header_timeout, config.keep_alive_timeout, config.max_connections)


def http_protocol(
    limits: ServerLimits = ServerLimits(),
    base: type[asyncio.Protocol] = AutoHTTPProtocol,
) -> type[asyncio.Protocol]:
    """`base` (a uvicorn HTTP protocol) that exposes its transport to the app, times out
    request heads and refuses connections beyond `limits.max_connections`."""

    def connection_made(self: Any, transport: asyncio.Transport) -> None:
        base.connection_made(self, transport)
        self._head_timer = None
        if len(self.connections) > limits.max_connections:
            transport.close()  # nothing was read: the request (if any) was not processed
            return
        app: ASGIApp = self.app

        async def app_with_transport(scope: Scope, receive: Receive, send: Send) -> None:
            _stop_head_timer(self)  # the request head is complete
            scope.setdefault("extensions", {})[TRANSPORT_EXTENSION] = transport
            await app(scope, receive, send)

        self.app = app_with_transport
        _start_head_timer(self)

    def on_response_complete(self: Any) -> None:
        base.on_response_complete(self)  # type: ignore[attr-defined]
        if not self.transport.is_closing():
            _start_head_timer(self)  # the next request's head, on a kept-alive connection

    def connection_lost(self: Any, exc: Exception | None) -> None:
        _stop_head_timer(self)
        base.connection_lost(self, exc)

    def _start_head_timer(self: Any) -> None:
        _stop_head_timer(self)
        loop = asyncio.get_running_loop()
        self._head_timer = loop.call_later(limits.header_timeout, _head_timed_out, self)

    def _head_timed_out(self: Any) -> None:
        self._head_timer = None
        busy = self.cycle is not None and not self.cycle.response_complete
        if not busy and not self.transport.is_closing():
            self.transport.close()

    return type(
        f"Guarded{base.__name__}",
        (base,),
        {
            "connection_made": connection_made,
            "on_response_complete": on_response_complete,
            "connection_lost": connection_lost,
        },
    )


def _stop_head_timer(protocol: Any) -> None:
    timer: asyncio.TimerHandle | None = getattr(protocol, "_head_timer", None)
    if timer is not None:
        timer.cancel()
        protocol._head_timer = None


HTTP_PROTOCOL = http_protocol()


def loopback_socket(port: int = 0) -> socket.socket:
    """A TCP socket bound to 127.0.0.1:`port` (0: a free port), not yet listening.

    `IPPROTO_TCP` is explicit because asyncio only disables Nagle (TCP_NODELAY) on sockets
    whose `proto` says TCP; with proto 0 every answer waits ~40 ms for a delayed ACK."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LOOPBACK, port))
    return sock


def uvicorn_config(
    app: ASGIApp, log_level: str = "warning", limits: ServerLimits | None = None
) -> uvicorn.Config:
    limits = limits or ServerLimits()
    return uvicorn.Config(
        app,
        http=http_protocol(limits),
        lifespan="on",
        log_level=log_level,
        access_log=False,
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=2,
        timeout_keep_alive=limits.keep_alive_timeout,  # type: ignore[arg-type]
        limit_concurrency=limits.max_connections,
    )


class _PromptServer(uvicorn.Server):
    """uvicorn's server, woken at once by `stop()` instead of noticing `should_exit` on its
    next 0.1 s tick (a test suite starts and stops hundreds of emulators)."""

    _wake: asyncio.Event | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.1):
                    await self._wake.wait()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """uvicorn's graceful shutdown without its fixed 0.1 s pauses: stop accepting, ask
        each connection to finish, wait (polling briefly) up to the graceful timeout."""
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        state = self.server_state
        for connection in list(state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        until = loop.time() + (self.config.timeout_graceful_shutdown or 0)
        while (state.connections or state.tasks) and loop.time() < until and not self.force_exit:
            await asyncio.sleep(0.005)
        for task in state.tasks:
            task.cancel(msg="the emulator is stopping")
        if not self.force_exit:
            await self.lifespan.shutdown()

    def stop_soon(self) -> None:
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(wake.set)


class BackgroundServer:
    """An ASGI app served by uvicorn on a daemon thread, on 127.0.0.1 only."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        port: int = 0,
        log_level: str = "warning",
        limits: ServerLimits | None = None,
    ) -> None:
        self._sock = loopback_socket(port)
        self.port: int = self._sock.getsockname()[1]
        self._server = _PromptServer(uvicorn_config(app, log_level, limits))
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
        self._server.stop_soon()
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
    handlers: Mapping[str, Handler] | None = None,
) -> RunningEmulator:
    """Serve a new emulator on 127.0.0.1 in a background thread (stop it when done).
    `handlers` replaces the built-in ones (a test of a spec with operations of its own)."""
    config = config or EmulatorConfig.with_random_credentials()
    app = create_app(config, clock=clock, handlers=handlers)
    limits = ServerLimits.of(config)
    server = BackgroundServer(app, port=port, log_level=log_level, limits=limits).start()
    return RunningEmulator(server, emulator_of(app))
