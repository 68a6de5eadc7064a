"""The shortcuts taken for speed (issue 9) give exactly what the plain paths gave:
- the serializer writes text instead of building an lxml tree: its bytes are those lxml
  writes for the same document, and what XML cannot carry is refused;
- a head already whole and CRLF-terminated is split at once, and a whole simple answer is
  taken at once: the outcome (answer, body, leftover bytes, or the refusal) is the one of
  reading it a byte at a time;
- the sync socket is non-blocking with waits of our own: a write the peer is slow to take
  completes, and one it never takes ends at the deadline;
- the signing cache of header encodings never holds the STS token;
- the asyncio connection's one timer, moved lazily, still ends every wait on time.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    Credentials,
    RequestValidationError,
    UserInfo,
    core,
    http11,
    operations,
    signing,
)
from ci_moderation.stdlib import _NotWritten, _Socket

# -- the serializer ------------------------------------------------------------------------------

XML_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\ufffe\uffff",
).filter(lambda c: c in "\t\n\r" or ord(c) >= 0x20)


def request(nickname: str, room: str) -> AudioAuditingRequest:
    return AudioAuditingRequest(
        input=AudioInput(object="a.mp4", user_info=UserInfo(nickname=nickname, room=room)),
        conf=AudioConf(biz_type="b"),
    )


@settings(max_examples=60, deadline=None)
# (at most 30 characters: UserInfo fields hold at most 128 bytes, and one may take 4)
@given(st.text(XML_CHARS, min_size=1, max_size=30), st.text(XML_CHARS, min_size=1, max_size=30))
def test_serialized_bytes_are_what_lxml_writes(nickname: str, room: str) -> None:
    body = request(nickname, room)
    data = body.to_xml()
    assert etree.tostring(etree.fromstring(data), encoding="utf-8") == data
    back = AudioAuditingRequest.from_xml(data).input
    assert back is not None and back.user_info is not None
    # Read back exactly, CR included (written as `&#13;`, which XML does not normalise).
    assert back.user_info.nickname == nickname
    assert back.user_info.room == room


@pytest.mark.parametrize("bad", ["a\x00b", "\x1b[31m", "x\ud800", "\ufffe", "\x0b"])
def test_what_xml_cannot_carry_is_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(RequestValidationError) as info:
        request(bad, "r").to_xml()
    assert info.value.field == "Request.Input.UserInfo.Nickname"
    assert info.value.reason in ("contains characters XML cannot carry", "is not valid Unicode")


def test_markup_and_carriage_returns_are_escaped() -> None:
    data = request("<a>&amp;</a>\r\n", "r").to_xml()
    assert b"<Nickname>&lt;a&gt;&amp;amp;&lt;/a&gt;&#13;\n</Nickname>" in data


# -- the head parser -----------------------------------------------------------------------------


def read(data: bytes, *, whole: bool) -> tuple[Any, ...]:
    """(status, http11, headers, body, leftover) of one answer, or ("refused", message): fed
    all at once, or a byte at a time."""
    buf = bytearray(data if whole else b"")
    rest = memoryview(b"" if whole else data)
    if whole:  # as the transports do: taken at once when complete and simple
        try:
            done = http11.complete_answer(buf, "POST")
        except http11.ProtocolError as exc:
            return ("refused", str(exc))
        if done is not None:
            head_, content = done
            return head_.status, head_.http11, dict(head_.headers), content, bytes(buf)
    parser = http11.answer(buf, "POST")
    head: http11.Head | None = None
    body = b""
    try:
        event = next(parser)
        while True:
            if event is http11.NEED_DATA:
                more = bool(rest)
                buf += rest[:1]
                rest = rest[1:]
                event = parser.send(more)
                continue
            if isinstance(event, http11.Head):
                head = event
            else:
                body += event
            event = next(parser)
    except StopIteration:
        pass
    except http11.ProtocolError as exc:
        return ("refused", str(exc))
    assert head is not None
    return head.status, head.http11, dict(head.headers), body, bytes(buf) + bytes(rest)


NAME = st.text("abcXYZ-_019", min_size=1, max_size=8)
VALUE = st.text("abc ,;:=/\t\r019é", max_size=12)


@st.composite
def answers(draw: st.DrawFn) -> bytes:
    crlf = draw(st.sampled_from(["\r\n", "\n", "mixed"]))

    def end() -> str:
        return draw(st.sampled_from(["\r\n", "\n"])) if crlf == "mixed" else crlf

    text = ""
    for _ in range(draw(st.integers(0, 2))):  # interim answers
        text += f"HTTP/1.1 1{draw(st.integers(0, 3)):02d} Info{end()}{end()}"
    body = draw(st.binary(max_size=20))
    status = draw(st.sampled_from(["HTTP/1.1 200 OK", "HTTP/1.0 404 Nope", "HTTP/1.1 20x", "HTP"]))
    text += status + end()
    headers = draw(st.lists(st.tuples(NAME, VALUE), max_size=6))
    headers.append(
        ("Content-Length", draw(st.sampled_from([str(len(body)), "\u00b2", "x", "999"])))
    )
    for name, value in draw(st.permutations(headers)):
        text += f"{name}:{value}{end()}"
    text += end()
    return text.encode("latin-1") + body + draw(st.binary(max_size=8))


@settings(max_examples=300, deadline=None)
@given(answers())
def test_a_head_read_whole_is_read_as_a_byte_at_a_time(data: bytes) -> None:
    assert read(data, whole=True) == read(data, whole=False)


@pytest.mark.parametrize(
    "data",
    [
        b"HTTP/1.1 200 OK\r\n" + b"X-A: 1\r\n" * 101 + b"\r\n",
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * 70_000 + b"\r\n\r\n",
        b"HTTP/1.1 101 Switching\r\n\r\n",
    ],
)
def test_the_limits_hold_on_both_paths(data: bytes) -> None:
    whole = read(data, whole=True)
    assert whole[0] == "refused"
    assert whole == read(data, whole=False)


# -- the non-blocking socket ---------------------------------------------------------------------


def pair() -> tuple[socket.socket, socket.socket]:
    a, b = socket.socketpair()
    a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    b.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    return a, b


def test_a_write_the_peer_is_slow_to_take_is_sent_whole() -> None:
    a, b = pair()
    data = bytes(range(256)) * 4096  # 1 MiB: many times what the buffers hold
    got = bytearray()

    def slow_reader() -> None:
        while len(got) < len(data):
            time.sleep(0.001)
            chunk = b.recv(65536)
            if not chunk:
                return
            got.extend(chunk)

    reader = threading.Thread(target=slow_reader)
    reader.start()
    conn = _Socket(a, time.monotonic() + 30)
    conn.sendall(data)
    reader.join(30)
    assert got == data and conn.wrote
    a.close()
    b.close()


def test_a_write_the_peer_never_takes_ends_at_the_deadline() -> None:
    a, b = pair()
    conn = _Socket(a, time.monotonic() + 0.3)
    start = time.monotonic()
    with pytest.raises(TimeoutError) as info:
        conn.sendall(b"x" * (8 << 20))
    assert 0.25 <= time.monotonic() - start < 2
    assert conn.wrote and not isinstance(info.value, _NotWritten)  # some bytes left: not "not sent"
    a.close()
    b.close()


def test_a_read_waits_for_bytes_until_the_deadline_and_sees_the_close() -> None:
    a, b = pair()
    conn = _Socket(a, time.monotonic() + 0.3)
    start = time.monotonic()
    with pytest.raises(TimeoutError):
        conn.fill()
    assert 0.25 <= time.monotonic() - start < 2
    conn.deadline = time.monotonic() + 5
    threading.Timer(0.05, b.sendall, (b"late",)).start()
    assert conn.fill() and bytes(conn.buf) == b"late"
    assert conn.idle_ok() is False  # bytes nobody asked for are waiting
    conn.buf.clear()
    b.close()
    assert conn.fill() is False  # the peer's close
    a.close()


# -- the signing caches --------------------------------------------------------------------------


def test_the_header_encoding_cache_never_holds_the_sts_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = "STS-token/with+chars=" + "t" * 40
    creds = Credentials("AKIDexample", "secret", token)
    seen: list[str] = []
    cached = signing._encode_public

    def spy(value: str) -> str:
        seen.append(value)
        return cached(value)

    monkeypatch.setattr(signing, "_encode_public", spy)
    prepared = core.prepare(operations.CANCEL_LIVE_AUDITING_JOB, None, {"job_id": "av" + "0" * 32})
    signed = core.sign(prepared, "http://127.0.0.1", "127.0.0.1", "", creds, time.time())
    assert signed.headers[signing.TOKEN_HEADER] == token
    assert "127.0.0.1" in seen and "application/xml" in seen  # public values: cached
    assert token not in seen  # the secret is encoded afresh, never kept
    # and the signature is the one of the uncached encoding
    monkeypatch.setattr(signing, "_encode_public", signing._encode)
    again = core.sign(prepared, "http://127.0.0.1", "127.0.0.1", "", creds, time.time())
    assert (
        again.headers["authorization"].split("&q-signature=")[0]
        == (signed.headers["authorization"].split("&q-signature=")[0])
    )


# -- the asyncio connection's one lazy timer ---------------------------------------------------


async def _connection() -> tuple[Any, socket.socket]:
    from ci_moderation.aio import _Connection

    a, b = socket.socketpair()
    _, conn = await asyncio.get_running_loop().create_connection(_Connection, sock=a)
    return conn, b


def test_an_async_wait_ends_by_the_sooner_of_its_deadline_and_read_timeout() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        conn, peer = await _connection()
        # the read timeout first
        start = loop.time()
        with pytest.raises(TimeoutError):
            await conn.fill(start + 30, 0.2)
        assert 0.18 <= loop.time() - start < 1.5
        # a wait whose limit is later than the timer a previous one left: not ended early
        loop.call_later(0.05, peer.sendall, b"x")
        assert await conn.fill(loop.time() + 30, 5.0)  # arms the timer for ~5 s; bytes come
        loop.call_later(0.3, peer.sendall, b"y")
        assert await conn.fill(loop.time() + 30, 5.0) and bytes(conn.buf) == b"xy"
        # the deadline first, sooner than the timer still armed for the read timeout: it is
        # moved earlier, not waited for
        start = loop.time()
        with pytest.raises(TimeoutError):
            await conn.fill(start + 0.2, 5.0)
        assert 0.18 <= loop.time() - start < 1.5
        # a timer left by an earlier wait fires first, and re-arms for the current one
        loop.call_later(0.05, peer.sendall, b"z")
        assert await conn.fill(loop.time() + 30, 0.3)  # leaves the timer armed for ~0.3 s
        start = loop.time()
        with pytest.raises(TimeoutError):  # by the wait's own limit, not the outer bound
            await asyncio.wait_for(conn.fill(start + 0.6, None), 3)
        assert 0.55 <= loop.time() - start < 1.5
        conn.close()
        peer.close()

    asyncio.run(main())


# -- the generated models' own __init__ and __eq__ ----------------------------------------------


def _model_classes() -> list[type[Any]]:
    from ci_moderation import models
    from ci_moderation.model import Model

    found = (getattr(models, name) for name in sorted(models.FAMILY))
    return [c for c in found if isinstance(c, type) and issubclass(c, Model)]


def test_every_model_init_and_eq_are_what_its_dataclass_fields_declare() -> None:
    """Models write their own `__init__`/`__eq__` (@dataclass would `exec` them at import):
    for every one of them, the parameters are the dataclass fields, keyword-only, with the
    declared defaults (a list field: a new list each time), and `__eq__` compares them all."""
    import dataclasses
    import inspect

    from ci_moderation.model import NEW_LIST

    classes = _model_classes()
    assert len(classes) > 100
    for cls in classes:
        fields = dataclasses.fields(cls)
        params = inspect.signature(cls.__init__).parameters
        assert list(params)[1:] == [f.name for f in fields], cls.__name__
        for f in fields:
            p = params[f.name]
            assert p.kind is inspect.Parameter.KEYWORD_ONLY
            if f.default_factory is not dataclasses.MISSING:
                assert f.default_factory is list and p.default is NEW_LIST, (cls, f.name)
            elif f.default is not dataclasses.MISSING:
                assert p.default is f.default, (cls, f.name)
            else:
                assert p.default is inspect.Parameter.empty, (cls, f.name)
        compared = set(cls.__eq__.__code__.co_names)
        assert {f.name for f in fields} <= compared, cls.__name__
        assert cls.__hash__ is None  # compared by value, mutable: unhashable, as @dataclass


def test_models_still_behave_as_dataclasses() -> None:
    import dataclasses

    a = AudioInput(object="a.mp4")
    assert dataclasses.is_dataclass(a)
    b = dataclasses.replace(a, data_id="d-1")
    assert (b.object, b.data_id, a.data_id) == ("a.mp4", "d-1", None)
    assert a == AudioInput(object="a.mp4") and a != b and a != "a.mp4"
    assert dataclasses.asdict(b)["data_id"] == "d-1"
    one, two = AudioConf(), AudioConf()
    assert one.detect_type == [] and one.detect_type is not two.detect_type
    kept: list[Any] = []
    assert AudioConf(detect_type=kept).detect_type is kept
    with pytest.raises(TypeError):
        AudioInput("a.mp4")  # type: ignore[misc]  # keyword-only
    with pytest.raises(TypeError):
        AudioInput(bogus=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        hash(a)
    from ci_moderation.models import AudioJobDetail

    with pytest.raises(TypeError):
        AudioJobDetail()  # type: ignore[call-arg]  # JobId is required
