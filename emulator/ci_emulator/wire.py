"""Writing answers to the connection, including the broken ways a fault asks for.

Starlette writes well-formed answers. Resets, closes and truncated bodies need the socket
itself: uvicorn does not expose it, so `server.py` runs uvicorn with a protocol that puts
the connection's asyncio transport into `scope["extensions"][TRANSPORT_EXTENSION]`. Under
an in-process ASGI transport there is no socket and such faults raise `FaultNeedsServer`.
"""

from __future__ import annotations

import asyncio
import socket
import struct

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .faults import Answer, Fault, FaultKind

TRANSPORT_EXTENSION = "ci_emulator.transport"
#: Connection faults wait at most this long for the server to notice the closed socket.
_DISCONNECT_TIMEOUT = 5.0


class FaultNeedsServer(RuntimeError):
    """A connection-level fault was asked for where there is no socket (in-process ASGI)."""


class Wire:
    """One request's connection: its ASGI channels and, under our uvicorn, its transport."""

    def __init__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.scope = scope
        self.receive = receive
        self.send = send

    def _transport(self) -> asyncio.Transport:
        transport: asyncio.Transport | None = self.scope.get("extensions", {}).get(
            TRANSPORT_EXTENSION
        )
        if transport is None:
            raise FaultNeedsServer("connection faults need the uvicorn server of ci_emulator")
        return transport

    async def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), whatever was read so far."""
        transport = self._transport()
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
        await self._until_disconnected()

    async def close(self) -> None:
        """Close the connection (FIN) after whatever was already written."""
        self._transport().close()
        await self._until_disconnected()

    async def _until_disconnected(self) -> None:
        # Returning before the server saw the disconnect would make it answer a 500.
        async with asyncio.timeout(_DISCONNECT_TIMEOUT):
            while (await self.receive())["type"] != "http.disconnect":
                pass

    async def _start(self, answer: Answer, length: int | None) -> None:
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers.items()]
        if length is not None:
            headers.append((b"content-length", str(length).encode()))
        await self.send(
            {"type": "http.response.start", "status": answer.status, "headers": headers}
        )

    async def _body(self, data: bytes, more: bool) -> None:
        await self.send({"type": "http.response.body", "body": data, "more_body": more})

    async def write(self, answer: Answer, fault: Fault | None) -> None:
        """Send `answer` the way `fault` dictates (normally, when there is none)."""
        kind = fault.kind if fault is not None else None
        if fault is not None and kind == FaultKind.DELAY:
            await asyncio.sleep(fault.seconds)
        if kind == FaultKind.RESET_AFTER_READ:
            await self.reset()
        elif kind == FaultKind.CLOSE_AFTER_READ:
            await self.close()
        elif kind in (FaultKind.TRUNCATED_BODY, FaultKind.TRUNCATED_CHUNKED):
            self._transport()
            # Without a length, HTTP/1.1 answers chunked: then the last chunk never comes.
            length = len(answer.body) if kind == FaultKind.TRUNCATED_BODY else None
            await self._start(answer, length)
            await self._body(answer.body[: len(answer.body) // 2], more=True)
            await self.close()
        elif fault is not None and kind == FaultKind.DRIP_FEED:
            await self._drip(answer, fault.seconds, max(1, fault.size))
        elif fault is not None and kind == FaultKind.OVERSIZE_BODY and fault.chunked:
            await self._start(answer, None)
            step = 64 * 1024
            for i in range(0, len(answer.body), step):
                if self._client_gone():
                    # The client refused the rest, as it should. Returning before uvicorn
                    # saw the disconnect would make it log an incomplete answer.
                    await self._until_disconnected()
                    return
                await self._body(answer.body[i : i + step], more=True)
            await self._body(b"", more=False)
        else:
            response = Response(answer.body, answer.status, answer.headers)
            await response(self.scope, self.receive, self.send)

    def _client_gone(self) -> bool:
        transport = self.scope.get("extensions", {}).get(TRANSPORT_EXTENSION)
        return transport is not None and bool(transport.is_closing())

    async def _drip(self, answer: Answer, interval: float, chunk: int) -> None:
        await self._start(answer, len(answer.body))
        for i in range(0, len(answer.body), chunk):
            if self._client_gone():  # the client gave up; stop dripping
                await self._until_disconnected()
                return
            await self._body(answer.body[i : i + chunk], more=True)
            await asyncio.sleep(interval)
        await self._body(b"", more=False)
