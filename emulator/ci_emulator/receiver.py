"""A callback receiver on 127.0.0.1 that records what CI (or the emulator) POSTs to it.

For tests and the demo: `url` to put in `Conf.Callback`, `wait(n)` to block until n
callbacks arrived, `fail_next(n)` to answer errors and exercise the sender's retries.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .server import BackgroundServer


@dataclass(frozen=True, slots=True)
class ReceivedCallback:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class CallbackReceiver:
    """Records every POST; answers 200, or the queued failure statuses first."""

    def __init__(self) -> None:
        self._received: list[ReceivedCallback] = []
        self._failures: list[int] = []
        self._cond = threading.Condition()
        app = Starlette(routes=[Route("/{path:path}", self._receive, methods=["POST"])])
        self._server = BackgroundServer(app)

    @property
    def url(self) -> str:
        return f"{self._server.base_url}/callback"

    def fail_next(self, count: int, status: int = 500) -> None:
        with self._cond:
            self._failures.extend([status] * count)

    async def _receive(self, request: Request) -> Response:
        body = await request.body()
        with self._cond:
            self._received.append(
                ReceivedCallback(request.url.path, dict(request.headers.items()), body)
            )
            status = self._failures.pop(0) if self._failures else 200
            self._cond.notify_all()
        return Response(status_code=status)

    @property
    def received(self) -> list[ReceivedCallback]:
        with self._cond:
            return list(self._received)

    def wait(self, count: int, timeout: float = 5.0) -> list[ReceivedCallback]:
        """Block until at least `count` POSTs arrived (failed ones included)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self._received) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(self._received)} of {count} callbacks arrived")
                self._cond.wait(left)
            return list(self._received)

    def start(self) -> Self:
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
