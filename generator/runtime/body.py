"""Reading a response body under the size cap, with bounded decoding (no HTTP library)."""

from __future__ import annotations

import zlib
from typing import Any

from .errors import ResponseParseError, ResponseTooLargeError


class BodyReader:
    """Collects a response body under the size cap while it arrives, decoding a single
    gzip or deflate layer (we ask for `identity`; a proxy may compress anyway) without ever
    holding more than the cap: a compression bomb fails after at most `cap` bytes of output.
    Any other or a stacked `Content-Encoding` is refused."""

    __slots__ = ("chunks", "size", "raw", "cap", "decoder")

    def __init__(self, cap: int, encoding: str | None) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.raw = 0
        self.cap = cap
        self.decoder: Any = None
        if encoding:
            word = encoding.strip().lower()
            if word in ("gzip", "x-gzip", "deflate"):
                self.decoder = zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip or zlib header
            elif word != "identity":
                raise ResponseParseError(
                    f"the body has Content-Encoding {encoding[:40]!r}; only identity and a "
                    "single gzip or deflate layer are accepted"
                )

    def add(self, data: bytes) -> None:
        self.raw += len(data)
        if self.raw > self.cap:
            raise ResponseTooLargeError(f"the response exceeds the cap of {self.cap} bytes")
        if self.decoder is not None:
            try:
                data = self.decoder.decompress(data, self.cap - self.size + 1)
            except zlib.error:
                raise ResponseParseError("the body is not valid gzip/deflate data") from None
            if self.decoder.unconsumed_tail:
                self._too_large()
        self.size += len(data)
        if self.size > self.cap:
            self._too_large()
        self.chunks.append(data)

    def _too_large(self) -> None:
        raise ResponseTooLargeError(f"the decoded response exceeds the cap of {self.cap} bytes")

    def body(self) -> bytes:
        d = self.decoder
        if d is not None:
            try:
                tail = d.flush()
            except zlib.error:
                raise ResponseParseError("the body is not valid gzip/deflate data") from None
            self.size += len(tail)
            if self.size > self.cap:
                self._too_large()
            self.chunks.append(tail)
            if not d.eof or d.unused_data:
                raise ResponseParseError("the compressed body is truncated or has trailing data")
        return b"".join(self.chunks)
