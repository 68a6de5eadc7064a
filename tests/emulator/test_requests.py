"""Request bodies and path values are validated with the generated models: malformed XML,
DOCTYPE, missing or invalid fields and oversize bodies get 400/413 CI `<Error>`s that name
the field and never echo parser logs."""

from __future__ import annotations

import httpx
import pytest

from ci_emulator.server import RunningEmulator
from ci_moderation.models import Error
from ci_moderation.xmlcodec import parse_document

from .conftest import host_of, sign_headers

VALID = (
    b"<Request><Input><Object>a.mp3</Object></Input>"
    b"<Conf><DetectType>Porn,Politics</DetectType></Conf></Request>"
)


def post(
    emu: RunningEmulator, raw: httpx.Client, body: bytes, path: str = "/audio/auditing"
) -> tuple[int, str | None, str | None]:
    headers = {
        "host": host_of(emu),
        "content-type": "application/xml",
        "content-length": str(len(body)),
    }
    answer = raw.post(path, headers=sign_headers(emu, "POST", path, headers), content=body)
    if answer.status_code == 200:
        return answer.status_code, None, None
    env = parse_document(answer.content, Error)
    return answer.status_code, env.code, env.message


def test_the_seed_request_is_accepted(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    seed = (
        b"<Request>\n\t\t\t<Input>\n\t\t\t\t<Object>a.mp4</Object>\n\t\t\t</Input>\n\t\t\t<Conf>\n"
        b"\t\t\t\t<DetectType>Porn,Politics</DetectType>\n"
        b"\t\t\t\t<Callback>http://callback.com/</Callback>\n\t\t\t</Conf>\n</Request>"
    )
    # The seed's callback.com is not loopback: the emulator refuses what it would not deliver.
    status, code, message = post(ci_emulator, raw, seed)
    assert (status, code) == (400, "InvalidArgument")
    assert message is not None and "only to loopback URLs" in message
    loopback = seed.replace(b"http://callback.com/", b"http://127.0.0.1:9/cb")
    assert post(ci_emulator, raw, loopback)[0] == 200
    assert post(ci_emulator, raw, VALID)[0] == 200
    assert len(ci_emulator.state.ledger.jobs) == 2


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (b"", "MalformedXML", "the request body is empty"),
        (b"<Request><Input>", "MalformedXML", "the request body is not well-formed XML"),
        (b"not xml at all", "MalformedXML", "the request body is not well-formed XML"),
        (
            b'<!DOCTYPE Request [<!ENTITY x SYSTEM "file:///etc/passwd">]><Request>&x;</Request>',
            "MalformedXML",
            "DOCTYPE and entities are not allowed",
        ),
        (
            b"<Request><Conf><DetectType>Porn</DetectType></Conf></Request>",
            "InvalidArgument",
            "Request.Input: is required",
        ),
        (
            b"<Request><Input><Object>a</Object></Input></Request>",
            "InvalidArgument",
            "Request.Conf: is required",
        ),
        (
            b"<Request><Input><Object>a</Object><Url>http://x/a</Url></Input>"
            b"<Conf><DetectType>Porn</DetectType></Conf></Request>",
            "InvalidArgument",
            "Request.Input: exactly one of object | url (Object | Url) must be set",
        ),
        (
            b"<Request><Input><Object>a</Object></Input>"
            b"<Conf><DetectType>Porn,Gambling</DetectType></Conf></Request>",
            "InvalidArgument",
            "Request.Conf.DetectType: 'Gambling' is not one of "
            "Porn, Terrorism, Politics, Ads, Illegal, Abuse, Teenager",
        ),
        (
            b"<Request><Input><Object>a</Object></Input><Conf><DetectType>Porn</DetectType>"
            b"<Freeze><PornScore>high</PornScore></Freeze></Conf></Request>",
            "InvalidArgument",
            "Request.Conf.Freeze.PornScore: 'high' is not an integer",
        ),
        (
            b"<Request><Input><Object>a</Object></Input><Conf><DetectType>Porn</DetectType>"
            b"<Callback>ftp://x/</Callback></Conf></Request>",
            "InvalidArgument",
            "Request.Conf.Callback: must be an http:// or https:// URL with a host",
        ),
        (
            b"<Response><Input><Object>a</Object></Input></Response>",
            "InvalidArgument",
            "expected <Request>, got <Response>",
        ),
    ],
)
def test_bad_bodies(
    ci_emulator: RunningEmulator, raw: httpx.Client, body: bytes, code: str, message: str
) -> None:
    assert post(ci_emulator, raw, body) == (400, code, message)
    assert ci_emulator.state.ledger.jobs == []
    assert ci_emulator.state.ledger.requests[-1].code == code


def test_oversize_request_body(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    body = VALID.replace(b"</Request>", b"<Pad>" + b"x" * (1024 * 1024) + b"</Pad></Request>")
    status, code, _ = post(ci_emulator, raw, body)
    assert (status, code) == (413, "EntityTooLarge")


def test_unknown_elements_are_tolerated(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    body = VALID.replace(b"</Conf>", b"<NewFlag>1</NewFlag></Conf>")
    assert post(ci_emulator, raw, body)[0] == 200


def test_invalid_job_id_in_the_path(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    path = "/video/cancel_auditing/bad.id"
    headers = {
        "host": host_of(ci_emulator),
        "content-type": "application/xml",
        "content-length": "0",
    }
    answer = raw.post(path, headers=sign_headers(ci_emulator, "POST", path, headers))
    env = parse_document(answer.content, Error)
    assert (answer.status_code, env.code) == (400, "InvalidArgument")
    assert env.message is not None and env.message.startswith("jobId: 'bad.id' is not a valid id")
