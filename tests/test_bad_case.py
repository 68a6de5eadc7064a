"""Bad-case feedback (`POST /report/badcase`): base64 text from the spec's `contentEncoding`,
an RFC 3339 `ModerationTime`, exactly one of Text and Url, against both clients."""

from __future__ import annotations

import asyncio
import base64
from datetime import datetime, timedelta, timezone

import pytest

from ci_emulator.server import RunningEmulator
from ci_moderation import (
    BadCaseContentType,
    BadCaseRequest,
    ClientError,
    RequestValidationError,
    ResponseParseError,
    core,
    operations,
)

REPORT = operations.REPORT_BAD_CASE
CST = timezone(timedelta(hours=8))


def text_report(text: str | bytes = "你好, nothing wrong here") -> BadCaseRequest:
    return BadCaseRequest(
        content_type=BadCaseContentType.TEXT,
        text=text,
        label="Porn",
        suggested_label="Normal",
        job_id="st0123456789abcdef0123456789abcdef",
        moderation_time=datetime(2021, 8, 7, 12, 12, 12, tzinfo=CST),
    )


def test_text_is_sent_base64_and_the_time_as_the_docs_write_it() -> None:
    body = core.prepare(REPORT, text_report()).body
    encoded = base64.b64encode("你好, nothing wrong here".encode()).decode()
    assert f"<Text>{encoded}</Text>".encode() in body
    assert b"<ModerationTime>2021-08-07T12:12:12+08:00</ModerationTime>" in body
    assert BadCaseRequest.from_xml(body).text == "你好, nothing wrong here"


def test_bytes_are_sent_as_they_are_and_read_back_as_bytes_unless_text() -> None:
    raw = b"\xff\xfe not utf-8"
    body = core.prepare(REPORT, text_report(raw)).body
    assert BadCaseRequest.from_xml(body).text == raw


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": None}, "Request"),  # neither Text nor Url
        ({"url": "https://h.example/a.jpg"}, "Request"),  # both
        ({"text": 5}, "Request.Text"),
        ({"text": ""}, "Request"),  # empty is absent
        ({"label": ""}, "Request.Label"),
    ],
)
def test_bad_reports_are_refused_before_sending(changes: dict[str, object], field: str) -> None:
    report = text_report()
    for name, value in changes.items():
        setattr(report, name, value)
    with pytest.raises(RequestValidationError) as info:
        core.prepare(REPORT, report)
    assert info.value.field == field


def test_a_bad_base64_answer_is_a_parse_error() -> None:
    body = b"<Request><ContentType>1</ContentType><Text>not base64!</Text><Label>a</Label>"
    with pytest.raises(ResponseParseError, match="base64"):
        BadCaseRequest.from_xml(body + b"<SuggestedLabel>b</SuggestedLabel></Request>")


def test_the_emulator_keeps_the_decoded_report(ci_emulator: RunningEmulator) -> None:
    with ci_emulator.client() as client:
        answer = client.report_bad_case_detailed(text_report())
        image = BadCaseRequest(
            content_type=BadCaseContentType.IMAGE,
            url="https://h.example/a.jpg",
            label="Ads",
            suggested_label="Normal",
        )
        client.report_bad_case(image)
        with pytest.raises(ClientError, match=r"Request\.Text: is required for ContentType 1"):
            client.report_bad_case(
                BadCaseRequest(
                    content_type=1, url="https://h.example/x", label="a", suggested_label="b"
                )
            )
    assert answer.status_code == 200 and answer.parsed.request_id == answer.request_id
    first, second = ci_emulator.state.bad_cases
    assert first.text == "你好, nothing wrong here" and first.moderation_time == datetime(
        2021, 8, 7, 12, 12, 12, tzinfo=CST
    )
    assert second.url == "https://h.example/a.jpg"


def test_the_async_client_reports_too(ci_emulator: RunningEmulator) -> None:
    async def run() -> None:
        async with ci_emulator.async_client() as client:
            await client.report_bad_case(text_report("again"))

    asyncio.run(run())
    assert [r.text for r in ci_emulator.state.bad_cases] == ["again"]
