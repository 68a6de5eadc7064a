"""Signature verification: each way a signature can be wrong gets its own 403 answer, and
no answer, log line or ledger entry carries a secret."""

from __future__ import annotations

import logging

import httpx
import pytest

from ci_emulator import EmulatorConfig
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator
from ci_moderation import AccessDeniedError, Credentials
from ci_moderation.models import Error
from ci_moderation.signing import sign_key
from ci_moderation.xmlcodec import parse_document

from .conftest import CANCEL, NO_RETRY, SUBMIT, audio_request, host_of, sign_headers, signed_call


def error_of(answer: httpx.Response) -> tuple[int, str | None, str | None]:
    env = parse_document(answer.content, Error)
    assert env.request_id == answer.headers["x-ci-request-id"]
    return answer.status_code, env.code, env.message


def test_a_correct_signature_passes(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    assert raw.post(path, headers=headers, content=body).status_code == 200


def test_missing_and_malformed_authorization(
    ci_emulator: RunningEmulator, raw: httpx.Client
) -> None:
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    del headers["authorization"]
    assert error_of(raw.post(path, headers=headers, content=body)) == (
        403, "AccessDenied", "Authorization header is missing",
    )  # fmt: skip
    headers["authorization"] = "q-sign-algorithm=sha1&q-ak=x"
    assert error_of(raw.post(path, headers=headers, content=body)) == (
        403, "AccessDenied", "Authorization header is malformed",
    )  # fmt: skip
    assert ci_emulator.state.ledger.jobs == []


def test_wrong_key(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    wrong = Credentials(ci_emulator.credentials.secret_id, "not-the-key")
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(), credentials=wrong)
    assert error_of(raw.post(path, headers=headers, content=body)) == (
        403, "SignatureDoesNotMatch", "the calculated signature does not match",
    )  # fmt: skip


def test_unknown_secret_id(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    stranger = Credentials("AKIDnobodyknowsme", ci_emulator.credentials.secret_key)
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(), credentials=stranger)
    assert error_of(raw.post(path, headers=headers, content=body))[:2] == (
        403, "InvalidAccessKeyId",
    )  # fmt: skip


def test_expired_and_not_yet_valid(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    now = ci_emulator.state.clock.now()
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(), now=now - 2000)
    assert error_of(raw.post(path, headers=headers, content=body)) == (
        403, "AccessDenied", "Request has expired",
    )  # fmt: skip
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(), now=now + 2000)
    assert error_of(raw.post(path, headers=headers, content=body))[:2] == (
        403, "RequestTimeTooSkewed",
    )  # fmt: skip


def test_clock_skew_allowance(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    """A KeyTime starting up to `clock_skew` (5 s) ahead is accepted; 7 s is not."""
    now = ci_emulator.state.clock.now()
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(), now=now + 64)
    assert raw.post(path, headers=headers, content=body).status_code == 200
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(), now=now + 67)
    assert raw.post(path, headers=headers, content=body).status_code == 403


def test_expiry_follows_the_emulator_clock(ci_emulator: RunningEmulator) -> None:
    """The generated client signs for 900 s; once the emulator's clock is past that, 403."""
    with ci_emulator.client(retry=NO_RETRY) as client:
        client.create_audio_auditing_job(audio_request())
        ci_emulator.state.advance(1000)
        with pytest.raises(AccessDeniedError) as info:
            client.create_audio_auditing_job(audio_request())
    assert (info.value.code, info.value.error_message) == ("AccessDenied", "Request has expired")


def test_tampered_signed_header(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    headers["content-type"] = "text/xml"
    assert error_of(raw.post(path, headers=headers, content=body))[:2] == (
        403, "SignatureDoesNotMatch",
    )  # fmt: skip


def test_tampered_body_length(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(data_id="a"))
    _, _, longer = signed_call(ci_emulator, SUBMIT, audio_request(data_id="abc"))
    del headers["content-length"]  # httpx then sends the real, different, length
    answer = raw.post(path, headers=headers, content=longer)
    assert error_of(answer)[:2] == (403, "SignatureDoesNotMatch")
    assert len(body) != len(longer)


def test_signed_header_missing_from_request(
    ci_emulator: RunningEmulator, raw: httpx.Client
) -> None:
    path = "/video/cancel_auditing/sl1"
    plain = {"host": host_of(ci_emulator), "content-type": "application/xml", "content-length": "0"}
    headers = sign_headers(ci_emulator, "POST", path, {**plain, "x-ci-extra": "1"})
    del headers["x-ci-extra"]
    assert error_of(raw.post(path, headers=headers)) == (
        403, "SignatureDoesNotMatch", "signed header 'x-ci-extra' is absent",
    )  # fmt: skip


def test_wrong_path(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    live = ci_emulator.state.seed_live_job()
    other = ci_emulator.state.seed_live_job()
    path, headers, _ = signed_call(ci_emulator, CANCEL, job_id=live)
    answer = raw.post(path.replace(live, other), headers=headers)
    assert error_of(answer)[:2] == (403, "SignatureDoesNotMatch")
    assert ci_emulator.state.job(other).state == "Auditing"


def test_unsigned_query_parameter(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    answer = raw.post(path, params={"extra": "1"}, headers=headers, content=body)
    assert error_of(answer)[:2] == (403, "SignatureDoesNotMatch")


def test_signed_query_parameter_passes(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    _, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    del headers["authorization"]
    signed = sign_headers(ci_emulator, "POST", "/audio/auditing", headers, params={"ci-x": "a b"})
    answer = raw.post("/audio/auditing", params={"ci-x": "a b"}, headers=signed, content=body)
    assert answer.status_code == 200


def test_host_must_be_signed(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    path = "/video/cancel_auditing/sl1"
    headers = sign_headers(ci_emulator, "POST", path, {"content-length": "0"})
    assert error_of(raw.post(path, headers=headers)) == (
        403, "AccessDenied", "the host header must be signed",
    )  # fmt: skip


def test_sts_token(ci_emulator_factory: EmulatorFactory) -> None:
    creds = Credentials("AKIDsts000001", "sts-secret-key", "sts-session-token-value")
    emu = ci_emulator_factory(EmulatorConfig(credentials=(creds,)))
    with emu.client() as client:  # sends and signs x-ci-security-token
        assert client.create_audio_auditing_job(audio_request()).jobs_detail is not None
    for token in (None, "wrong-token"):
        bad = Credentials(creds.secret_id, creds.secret_key, token)
        with (
            emu.client(credentials=bad, retry=NO_RETRY) as client,
            pytest.raises(AccessDeniedError) as info,
        ):
            client.create_audio_auditing_job(audio_request())
        assert info.value.code == "InvalidSecurityToken"
        assert "sts-session-token-value" not in str(info.value)
    # A token that is sent but left out of q-header-list is refused on its own.
    path = "/audio/auditing"
    _, headers, body = signed_call(emu, SUBMIT, audio_request())
    headers["x-ci-security-token"] = creds.session_token or ""
    with httpx.Client(base_url=emu.base_url) as raw:
        answer = raw.post(path, headers=headers, content=body)
    assert error_of(answer) == (403, "AccessDenied", "x-ci-security-token must be signed")


def test_no_secret_in_answers_ledger_or_logs(
    ci_emulator: RunningEmulator, raw: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    creds = ci_emulator.credentials
    wrong = Credentials(creds.secret_id, "wrong-key-0123")
    now = ci_emulator.state.clock.now()
    answers = []
    for kw in ({"credentials": wrong}, {"now": now - 5000}, {}):
        path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request(), **kw)
        answers.append(raw.post(path, headers=headers, content=body))
    t = int(now)
    secrets = [
        creds.secret_key,
        "wrong-key-0123",
        sign_key(creds.secret_key, f"{t - 60};{t + 900}"),
    ]
    seen = b"".join(a.content + str(a.headers).encode() for a in answers).decode()
    seen += repr(ci_emulator.state.ledger.requests) + repr(ci_emulator.state.config) + caplog.text
    for secret in secrets:
        assert secret not in seen
    assert [a.status_code for a in answers] == [403, 403, 200]
