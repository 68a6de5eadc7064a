"""The asyncio side: the retry loop every async transport shares (`AsyncShell`), and
`AioTransport`, the default one, speaking HTTP/1.1 itself over asyncio's transports (no
httpx; the same sans-I/O parser, `http11.py`, and the same guarantees as `stdlib.py`).

`asyncio.timeout` bounds each attempt exactly, even against a server that drips bytes or
sends `1xx` forever. A connection is reused only when its answer was complete, the server
did not ask to close, and no byte beyond the answer arrived. Proxies come from the
environment as in `stdlib.py` (the environment is read when the client is made).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any, TypeVar

from .calls import _Call
from .core import OperationModel, Response, prepare
from .errors import CIError, ClientClosedError
from .model import Model
from .settings import Settings

T = TypeVar("T", bound=Model)


class AsyncShell:
    """The asyncio retry loop over one transport's `_exchange` (one signed attempt)."""

    _closed = False

    def __init__(self, max_connections: int) -> None:
        self.max_connections = max_connections
        self._slots: asyncio.Semaphore | None = None  # made on first use, in the running loop

    @property
    def closed(self) -> bool:
        return self._closed

    async def call(
        self,
        s: Settings,
        op: OperationModel[T],
        body: Model | None,
        path_values: Mapping[str, str],
        query: Mapping[str, object] | None = None,
    ) -> Response[T]:
        prepared = prepare(op, body, path_values, generate_data_id=s.generate_data_id, query=query)
        call = _Call(s, op, prepared)
        number = 0
        while True:
            number += 1
            try:
                return call.succeeded(await self._attempt(call), number)
            except CIError as error:
                await asyncio.sleep(call.failed(error, number))
            except Exception as exc:  # a defect of ours: still a CIError, the cause kept
                await asyncio.sleep(call.failed(call.internal_error(exc), number))

    async def _attempt(self, call: _Call) -> Response[Any]:
        if self.closed:
            raise ClientClosedError("the client is closed")
        call.begin()
        slots = self._slots
        if slots is None:
            slots = self._slots = asyncio.Semaphore(self.max_connections)
        try:
            async with asyncio.timeout(max(0.0, call.remaining())):
                await slots.acquire()
        except TimeoutError:
            raise call.no_slot() from None
        try:
            if call.remaining() <= 0:
                raise call.no_slot()
            wait = call.reserve()
            if wait:
                try:
                    await asyncio.sleep(wait)
                except BaseException:
                    call.release()  # cancelled while waiting: nothing was sent
                    raise
            return await self._exchange(call)
        finally:
            slots.release()

    async def _exchange(self, call: _Call) -> Response[Any]:  # pragma: no cover - abstract
        raise NotImplementedError
