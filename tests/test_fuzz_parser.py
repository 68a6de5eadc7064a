"""A short fuzz run of the response parser: any bytes give a result or a `CIError`, never
another exception, and never a success for a document that is not complete."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ci_moderation import CIError, core, operations

SEEDS = [
    b"<Response><JobsDetail><JobId>j</JobId><State>Submitted</State>"
    b"<CreationTime>2019-07-07T12:12:12+0800</CreationTime></JobsDetail></Response>",
    b"<Error><Code>X</Code><Message>m</Message><RequestId>r</RequestId></Error>",
    b"<Response><JobsDetail><DataId>d</DataId><JobId>j</JobId></JobsDetail>"
    b"<RequestId>r</RequestId></Response>",
]
TOKENS = [
    b"<", b">", b"</", b"/>", b"&", b"&amp;", b"&#0;", b"&#x1F600;", b"<!DOCTYPE x>", b"<!--",
    b"-->", b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
    b"<Error>", b"</Error>", b"<JobsDetail>", b"<State>", b"<CreationTime>", b"+0800", b"\r\n",
]  # fmt: skip


def _mutate(seed: bytes, cuts: list[tuple[int, bytes]]) -> bytes:
    out = bytearray(seed)
    for pos, token in cuts:
        p = pos % (len(out) + 1)
        out[p:p] = token
    return bytes(out)


BODIES = st.one_of(
    st.binary(max_size=300),
    st.builds(
        _mutate,
        st.sampled_from(SEEDS),
        st.lists(st.tuples(st.integers(0, 400), st.sampled_from(TOKENS)), max_size=4),
    ),
    st.builds(lambda s, n: s[:n], st.sampled_from(SEEDS), st.integers(0, 200)),
)


# One operation per answer shape: the parser's behaviour depends on the shape, not the name.
BY_SHAPE = sorted(
    {op.output_cls.__name__: name for name, op in operations.OPERATIONS.items()}.values()
)


@pytest.mark.parametrize("op", BY_SHAPE)
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=BODIES, status=st.sampled_from([200, 200, 404, 429, 500, 503]))
def test_parser_raises_only_typed_errors(op: str, body: bytes, status: int) -> None:
    try:
        result = core.parse_response(operations.OPERATIONS[op], status, {}, body)
    except CIError:
        return
    assert status == 200
    assert result.parsed is not None
