"""HTTP/1.1 answers read sans-I/O, for the standard-library transports (sync `stdlib.py` and
asyncio `aio.py`): the parser never touches a socket, so both read with the same code and the
same limits.

`answer(buf, method)` is a generator over a connection's read buffer. It yields `NEED_DATA`
when it needs more bytes (the transport appends what arrived to `buf` and sends `True`, or
`False` at the end of the stream), then the `Head` of the final answer once (interim `1xx`
answers are skipped), then each body chunk as `bytes`; it returns whether the connection ends
with the body (no length: read to close). What it leaves in `buf` arrived beyond the answer.
`complete_answer(buf, method)` takes an answer that is already all in `buf` and simple (a
final status, a `Content-Length` body) in one step, or returns None and leaves `buf` to
`answer`: the transports try it first, since a CI answer mostly arrives in one read.

Refused, as `ProtocolError`: a status line that is not HTTP/1.0 or 1.1, `101` (no protocol
switch was asked for), a line over 64 KiB, more than 100 headers, obsolete line folding, a
`Transfer-Encoding` other than `chunked`, conflicting `Content-Length`s, a malformed chunk, and
a body cut short.
"""

# No `from __future__ import annotations`: NamedTuple would turn every string annotation
# into a ForwardRef and compile it, ≈ 0.3 ms per class at import.
from collections.abc import Generator
from typing import Any, NamedTuple

MAX_LINE = 65536
MAX_HEADERS = 100
_HEX = frozenset(b"0123456789abcdefABCDEF")

#: Yielded by the parser when it needs more bytes in `buf`.
NEED_DATA: Any = object()

Parser = Generator[Any, bool, bool]


class ProtocolError(Exception):
    """The bytes are not an HTTP/1.1 answer we accept."""


class Headers(dict[str, str]):
    """An answer's headers: names lower-cased, looked up in any case (`headers["X-Ci-Request-Id"]`
    as well as `headers["x-ci-request-id"]`), as httpx's are. Repeated ones are joined with ", "."""

    def __getitem__(self, name: str) -> str:
        return dict.__getitem__(self, name.lower())

    def get(self, name: str, default: Any = None) -> Any:
        return dict.get(self, name.lower(), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(name.lower())


class Head(NamedTuple):
    status: int
    http11: bool
    headers: dict[str, str]  # names lower-cased; `Headers(...)` for callers' lookups


def answer(buf: bytearray, method: str) -> Parser:
    """See the module docstring."""
    head = yield from _head(buf)
    yield head
    headers = head.headers
    if method == "HEAD" or head.status in (204, 304):
        return False
    coding = headers.get("transfer-encoding")
    if coding is not None:
        if coding.strip().lower() != "chunked":
            raise ProtocolError(f"Transfer-Encoding {coding[:40]!r} is not accepted")
        yield from _chunked(buf)
        return False
    length = headers.get("content-length")
    if length is not None:
        yield from _sized(buf, _length(length))
        return False
    while True:  # no length: the body ends with the connection
        if buf:
            chunk = bytes(buf)
            buf.clear()
            yield chunk
        if not (yield NEED_DATA):
            return True


def _is_number(text: str) -> bool:
    return text.isdigit() and text.isascii()  # not `²`, a digit to isdigit() but not int()


def _length(declared: str) -> int:
    if not _is_number(declared):
        raise ProtocolError("the Content-Length is not a number")
    return int(declared)


def keeps_alive(head: Head, ends: list[bool]) -> bool:
    """May the connection carry another request after this complete answer? `ends` holds
    what `answer` returned (whether the body ended with the connection)."""
    return (
        head.http11
        and ends == [False]
        and "close" not in head.headers.get("connection", "").lower()
    )


def connect_answer(buf: bytearray) -> Generator[Any, bool, Head]:
    """The head of a proxy's answer to CONNECT (it has no body)."""
    return (yield from _head(buf))


def _line(buf: bytearray) -> Generator[Any, bool, bytes]:
    start = 0
    while (end := buf.find(b"\n", start)) < 0:
        if len(buf) > MAX_LINE:
            raise ProtocolError("a line of the answer is too long")
        start = len(buf)
        if not (yield NEED_DATA):
            raise ProtocolError("the connection closed inside the answer's head")
    if end > MAX_LINE:
        raise ProtocolError("a line of the answer is too long")
    line = bytes(buf[:end])
    del buf[: end + 1]
    return line[:-1] if line.endswith(b"\r") else line


def _head(buf: bytearray) -> Generator[Any, bool, Head]:
    while True:
        if not buf and not (yield NEED_DATA):
            raise ProtocolError("the connection closed inside the answer's head")
        whole = _head_lines(buf)
        if whole is None:  # not all here yet, or not CRLF throughout: line by line
            line = yield from _line(buf)
            status, is11 = _status_line(line)
            headers = yield from _headers(buf)
        else:
            lines, size = whole
            del buf[:size]
            status, is11 = _status_line(lines[0])
            headers = _header_dict(lines)
        if status == 101:
            raise ProtocolError("the server switched protocols")
        if not 100 <= status < 200:
            return Head(status, is11, headers)


def _head_lines(buf: bytearray) -> tuple[list[bytes], int] | None:
    """The lines of a head already whole at the start of `buf`, CRLF-terminated throughout
    (what servers send: one split instead of a generator step per line), and its size with
    the blank line; None when it is not, and `_line` reads it (same limits, same refusals)."""
    end = buf.find(b"\r\n\r\n")
    if end < 0 or end > MAX_LINE:
        return None
    block = bytes(buf[:end])
    if block.count(b"\n") != block.count(b"\r\n"):
        return None  # a bare LF somewhere: the slow path splits as it always did
    lines = block.split(b"\r\n")
    if len(lines) > MAX_HEADERS + 1:
        raise ProtocolError(f"the answer has more than {MAX_HEADERS} headers")
    return lines, end + 4


def complete_answer(buf: bytearray, method: str) -> tuple[Head, bytes] | None:
    """The whole answer when it is all in `buf` already and simple (a final status, CRLF
    head, `Content-Length` body): read with no generator step, and taken out of `buf`. None
    leaves `buf` as it was, for `answer` to read; what is refused is what `answer` refuses."""
    whole = _head_lines(buf)
    if whole is None:
        return None
    lines, size = whole
    status, is11 = _status_line(lines[0])
    if status < 200:  # interim answers (and 101): `answer`'s business
        return None
    headers = _header_dict(lines)
    if method == "HEAD" or status in (204, 304):
        length = 0
    else:
        declared = headers.get("content-length")
        if declared is None or "transfer-encoding" in headers or not _is_number(declared):
            return None  # (a bad length is refused by `answer`, after the head, as always)
        length = int(declared)
        if len(buf) < size + length:
            return None
    body = bytes(buf[size : size + length])
    del buf[: size + length]
    return Head(status, is11, headers), body


def _status_line(line: bytes) -> tuple[int, bool]:
    version, _, rest = line.partition(b" ")
    code = rest[:3]
    if version not in (b"HTTP/1.1", b"HTTP/1.0") or len(code) != 3 or not code.isdigit():
        raise ProtocolError("the answer does not start with an HTTP/1.x status line")
    return int(code), version == b"HTTP/1.1"


def _headers(buf: bytearray) -> Generator[Any, bool, dict[str, str]]:
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADERS + 1):
        line = yield from _line(buf)
        if not line:
            return headers
        _add_header(headers, line)
    raise ProtocolError(f"the answer has more than {MAX_HEADERS} headers")


def _header_dict(lines: list[bytes]) -> dict[str, str]:
    """The headers of a head's lines (the status line first)."""
    headers: dict[str, str] = {}
    for line in lines[1:]:
        _add_header(headers, line)
    return headers


def _add_header(headers: dict[str, str], line: bytes) -> None:
    if line[:1] in (b" ", b"\t"):
        raise ProtocolError("obsolete header line folding is not accepted")
    name, colon, value = line.partition(b":")
    if not colon or not name or name != name.strip():
        raise ProtocolError("a header line is malformed")
    add_header(headers, name.decode("latin-1").lower(), value.strip(b" \t").decode("latin-1"))


def add_header(headers: dict[str, str], key: str, text: str) -> None:
    """One header (name lower-cased) into `headers`: a repeated one's values are joined
    with ", ", and conflicting Content-Lengths refused."""
    if key in headers:
        if key == "content-length":
            if headers[key] != text:
                raise ProtocolError("conflicting Content-Length headers")
            return
        text = f"{headers[key]}, {text}"
    headers[key] = text


def _sized(buf: bytearray, length: int) -> Parser:
    while length:
        if not buf and not (yield NEED_DATA):
            raise ProtocolError("the connection closed before the whole body arrived")
        chunk = bytes(buf[:length])
        del buf[:length]
        length -= len(chunk)
        if chunk:
            yield chunk
    return False


def _chunked(buf: bytearray) -> Parser:
    while True:
        size_line = yield from _line(buf)
        size_text = size_line.split(b";", 1)[0].strip()
        if not size_text or len(size_text) > 16 or not _HEX.issuperset(size_text):
            raise ProtocolError("a chunk size is malformed")
        size = int(size_text, 16)
        if size == 0:
            yield from _headers(buf)  # trailers, read and dropped
            return False
        yield from _sized(buf, size)
        if (yield from _line(buf)):
            raise ProtocolError("a chunk does not end with CRLF")
