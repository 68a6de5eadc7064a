"""The shortcuts taken for speed (issue 9) give exactly what the plain paths gave:
- the serializer writes text instead of building an lxml tree: its bytes are those lxml
  writes for the same document, and what XML cannot carry is refused;
- a head already whole and CRLF-terminated is split at once, and a whole simple answer is
  taken at once: the outcome (answer, body, leftover bytes, or the refusal) is the one of
  reading it a byte at a time;
- the sync socket is non-blocking with waits of our own: a write the peer is slow to take
  completes, and one it never takes ends at the deadline;
- the signing cache of header encodings never holds the STS token;
- the asyncio connection's one timer, moved lazily, still ends every wait on time;
- models and records without dataclasses keep what users had: keyword-only `__init__`s with
  the spec's fields, value equality, `replace()`, copy and pickle, immutability (records);
- start-up and first calls leave out `dataclasses`, `inspect`, `uuid` and `base64`, and a
  DataId made without `uuid` is still a random version-4 UUID.
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


# -- models and records without dataclasses ---------------------------------------------------


def _model_classes() -> list[type[Any]]:
    from ci_moderation import models
    from ci_moderation.model import Model

    found = (getattr(models, name) for name in sorted(models.FAMILY))
    return [c for c in found if isinstance(c, type) and issubclass(c, Model)]


def test_every_model_has_its_spec_fields_as_slots_init_and_eq() -> None:
    """Models write their own `__init__`/`__eq__` (no @dataclass): for every one of them, the
    slots and the `__init__` parameters are the spec's fields in order (then
    `unknown_elements`), keyword-only; a required field has no default (or its one fixed enum
    value), a list a new list each time, any other None; `__eq__` compares them all."""
    import inspect
    from enum import Enum

    from ci_moderation.model import NEW_LIST

    classes = _model_classes()
    assert len(classes) > 100
    for cls in classes:
        specs = {f.attr: f for f in cls.__ci_shape__.fields}
        names = [*specs, "unknown_elements"]
        assert list(cls.__slots__) == names, cls.__name__
        params = inspect.signature(cls.__init__).parameters
        assert list(params)[1:] == names, cls.__name__
        assert all(params[n].kind is inspect.Parameter.KEYWORD_ONLY for n in names)
        assert params["unknown_elements"].default is NEW_LIST
        for name, f in specs.items():
            default = params[name].default
            if f.required:
                fixed = isinstance(default, Enum) and isinstance(default, f.target)
                assert default is inspect.Parameter.empty or fixed, (cls, name)
            else:
                assert default is (NEW_LIST if f.is_list else None), (cls, name)
        assert set(names) <= set(cls.__eq__.__code__.co_names), cls.__name__
        assert cls.__hash__ is None  # compared by value, mutable: unhashable


def test_models_are_mutable_values_that_copy_pickle_and_replace() -> None:
    import copy
    import pickle

    a = AudioInput(object="a.mp4")
    b = a.replace(data_id="d-1")
    assert (b.object, b.data_id, a.data_id) == ("a.mp4", "d-1", None)
    assert a == AudioInput(object="a.mp4") and a != b and a != "a.mp4"
    with pytest.raises(TypeError):
        a.replace(bogus=1)
    request = AudioAuditingRequest(input=b, conf=AudioConf(detect_type=["Porn"]))
    for clone in (copy.copy(request), copy.deepcopy(request), pickle.loads(pickle.dumps(request))):
        assert clone == request and clone is not request
        assert clone.to_xml() == request.to_xml()
    assert copy.deepcopy(request).conf is not request.conf
    if hasattr(copy, "replace"):  # Python >= 3.13
        assert copy.replace(a, data_id="d-2").data_id == "d-2"
    one, two = AudioConf(), AudioConf()
    assert one.detect_type == [] and one.detect_type is not two.detect_type
    kept: list[Any] = []
    assert AudioConf(detect_type=kept).detect_type is kept
    a.data_id = "d-3"  # models are mutable, as they were as dataclasses
    assert a.data_id == "d-3"
    with pytest.raises(AttributeError):
        a.bogus = 1  # type: ignore[attr-defined]  # slotted: a misspelt field is refused
    with pytest.raises(TypeError):
        AudioInput("a.mp4")  # type: ignore[misc]  # keyword-only
    with pytest.raises(TypeError):
        AudioInput(bogus=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        hash(a)
    from ci_moderation.models import AudioJobDetail

    with pytest.raises(TypeError):
        AudioJobDetail()  # type: ignore[call-arg]  # JobId is required


def test_records_are_immutable_values_with_replace_repr_and_pickle() -> None:
    """`Endpoint`, `RetryPolicy`, `SigningWindow`, `Attempt` and `Response` keep what they
    had as frozen dataclasses: positional or keyword construction in field order, value
    equality and hash, a field-by-field repr (a `Response` leaves its body out), no
    assignment, `replace()`, and copy/pickle."""
    import copy
    import inspect
    import pickle

    from ci_moderation import Attempt, Endpoint, Response, RetryPolicy
    from ci_moderation.model import UnknownElement
    from ci_moderation.signing import SigningWindow

    records = [
        Endpoint("https", "ci.example.com", "/p"),
        RetryPolicy(max_attempts=5),
        SigningWindow(30, 600),
        Attempt(1, "ConnectError", status_code=None, elapsed=0.5),
        Response(200, {"x-ci-request-id": "r1"}, b"<Response/>", None, "r1"),
    ]
    assert repr(records[0]) == "Endpoint(scheme='https', host='ci.example.com', prefix='/p')"
    assert repr(records[2]) == "SigningWindow(before=30, after=600)"
    assert repr(records[4]) == (
        "Response(status_code=200, headers={'x-ci-request-id': 'r1'}, parsed=None, request_id='r1')"
    )
    assert RetryPolicy() == RetryPolicy(3, 0.05, 1.0, 20.0, 20.0, 500, 5, 10)
    assert RetryPolicy(max_attempts=1) != RetryPolicy() and RetryPolicy() != (3,)
    for record in records:
        fields = type(record).__slots__
        assert list(inspect.signature(type(record)).parameters) == list(fields)
        assert record == type(record)(*(getattr(record, n) for n in fields))
        for clone in (copy.copy(record), copy.deepcopy(record)):
            assert clone == record
        if not isinstance(record, Response):  # its headers are a dict: unhashable, as before
            assert hash(record) == hash(pickle.loads(pickle.dumps(record)))
            assert pickle.loads(pickle.dumps(record)) == record
        with pytest.raises(AttributeError):
            setattr(record, fields[0], None)
        with pytest.raises(AttributeError):
            delattr(record, fields[0])
        changed = record.replace(**{fields[-1]: "changed"})
        assert getattr(changed, fields[-1]) == "changed" and changed != record
        assert getattr(record, fields[-1]) != "changed"
        with pytest.raises(TypeError):
            record.replace(bogus=1)
    assert UnknownElement(tag="A", text="1") == UnknownElement(tag="A", text="1")
    assert UnknownElement(tag="A").children is not UnknownElement(tag="A").children
    assert repr(UnknownElement(tag="A")) == (
        "UnknownElement(tag='A', text=None, children=[], attributes={})"
    )


# -- start-up ------------------------------------------------------------------------------------


def test_start_up_and_first_calls_leave_out_what_they_do_not_need() -> None:
    """What a cold start is spared (issue 9), in a plain interpreter (no site, no plugins):
    import and `Client()` load neither `dataclasses` nor `inspect` (≈ 12 ms; lxml, loaded by
    the first answer, brings `inspect` then); a submit that gets a generated DataId and a
    cancel load neither `dataclasses`, nor `uuid` with `platform` (≈ 4 ms), nor `base64`."""
    import os
    import subprocess
    import sys
    import sysconfig
    from pathlib import Path

    from tests.hostile import OK_SUBMIT, HostileServer, answer, serve_all

    generated = Path(__file__).resolve().parent.parent / "generated"
    script = """
import sys
sys.path[:0] = sys.argv[1:3]
unwanted = {"dataclasses", "inspect", "uuid", "platform", "base64"}
from ci_moderation import AudioAuditingRequest, AudioConf, AudioInput, Client, Credentials
with Client(base_url=sys.argv[3], credentials=Credentials("AKIDx", "k")) as client:
    print(sorted(unwanted & set(sys.modules)))
    job = client.create_audio_auditing_job(
        AudioAuditingRequest(input=AudioInput(object="a.mp4"), conf=AudioConf(biz_type="b"))
    )
    assert job.jobs_detail.job_id == "av-legit"
    client.cancel_live_auditing_job("av12345678901234567890123456789012")
print(sorted((unwanted - {"inspect"}) & set(sys.modules)))
"""
    purelib = sysconfig.get_paths()["purelib"]
    with HostileServer(serve_all(answer(OK_SUBMIT))) as server:
        out = subprocess.run(
            [sys.executable, "-I", "-S", "-c", script, str(generated), purelib, server.base_url],
            capture_output=True, text=True, timeout=60, env={**os.environ},
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines() == ["[]", "[]"]
        sent = server.requests[0]
    assert b"<DataId>" in sent  # the submit carried a DataId, made without uuid


def test_a_generated_data_id_is_a_random_version_4_uuid_in_hex() -> None:
    import uuid

    made = {core._new_data_id() for _ in range(200)}
    assert len(made) == 200
    for data_id in made:
        parsed = uuid.UUID(hex=data_id)
        assert parsed.hex == data_id and len(data_id) == 32
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
