"""SecretKey, the derived signing key and the STS token never leak."""

from __future__ import annotations

import logging
import time
import traceback

import httpx
import pytest

from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    CIError,
    Client,
    Credentials,
    RetryPolicy,
    core,
    operations,
    signing,
)

SECRET_KEY = "SuperSecretKeyValue0123456789abcd"
TOKEN = "StsSessionTokenValue-xyz-0123456789"
SIGN_KEY = signing.sign_key(SECRET_KEY, "1;2")


def _secrets(key_time: str) -> list[str]:
    return [SECRET_KEY, TOKEN, signing.sign_key(SECRET_KEY, key_time)]


def test_credentials_repr_and_str_hide_secrets() -> None:
    c = Credentials("AKIDabcdefgh1234", SECRET_KEY, TOKEN)
    for text in (repr(c), str(c), f"{c}", repr([c]), repr({"c": c})):
        assert SECRET_KEY not in text and TOKEN not in text
    assert "AKIDabcdefgh1234" not in repr(c)  # even the id is shortened
    assert "<hidden>" in repr(c)


def test_prepared_and_signed_requests_hide_secrets() -> None:
    prepared = core.prepare(operations.CANCEL_LIVE_AUDITING_JOB, None, {"job_id": "j1"})
    req = core.sign(prepared, "http://h", "h", "", Credentials("AKID1", SECRET_KEY, TOKEN), 1000)
    assert req.headers["x-ci-security-token"] == TOKEN  # it is sent...
    assert TOKEN not in repr(req) and SECRET_KEY not in repr(req)  # ...but not shown


@pytest.mark.parametrize("status", [200, 403, 500])
def test_logs_and_errors_never_carry_secrets(status: int, caplog: pytest.LogCaptureFixture) -> None:
    now = 1_700_000_000

    def handler(request: httpx.Request) -> httpx.Response:
        if status == 200:
            return httpx.Response(200, content=b"<Response><RequestId>r</RequestId></Response>")
        return httpx.Response(status, content=b"<Error><Code>X</Code><Message>m</Message></Error>")

    caplog.set_level(logging.DEBUG)  # root: ours, httpx's and httpcore's loggers
    client = Client(
        base_url="http://127.0.0.1:1",
        credentials=Credentials("AKID1", SECRET_KEY, TOKEN),
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        clock=lambda: now,
        retry=RetryPolicy(max_attempts=2, base_delay=0.001),
    )
    texts = [repr(client)]
    try:
        client.create_audio_auditing_job(
            AudioAuditingRequest(input=AudioInput(object="a"), conf=AudioConf(detect_type=["Porn"]))
        )
    except CIError as exc:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(exc.attempts)]
    texts += [r.getMessage() for r in caplog.records] + [caplog.text]
    assert any("attempt" in t for t in texts)  # the log did record the calls
    window = f"{now - 60};{now + 900}"
    for text in texts:
        for secret in _secrets(window):
            assert secret not in text


def test_real_sockets_with_sts_credentials_leak_nothing(
    ci_emulator_factory: object, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    """Over real loopback sockets (on the httpx transport, so httpcore's DEBUG logging
    runs), with an STS token."""
    from ci_emulator.config import EmulatorConfig

    creds = Credentials("AKIDstsexample01", SECRET_KEY, TOKEN)
    emu = ci_emulator_factory(EmulatorConfig(credentials=(creds,)))  # type: ignore[operator]
    caplog.set_level(logging.DEBUG)
    texts = []
    once = RetryPolicy(max_attempts=1)
    with Client(base_url=emu.base_url, credentials=creds, retry=once, transport="httpx") as c:
        out = c.create_audio_auditing_job(
            AudioAuditingRequest(input=AudioInput(object="a"), conf=AudioConf(detect_type=["Porn"]))
        )
        texts.append(repr(out))
        try:
            c.cancel_live_auditing_job(job_id="slunknown")
        except CIError as exc:
            texts += [str(exc), "".join(traceback.format_exception(exc))]
    wrong = Credentials("AKIDstsexample01", SECRET_KEY, "another-token")
    with Client(base_url=emu.base_url, credentials=wrong, retry=once) as c:  # default transport
        with pytest.raises(CIError) as info:
            c.cancel_live_auditing_job(job_id="slunknown")
        texts += [str(info.value), repr(info.value)]
    assert "InvalidSecurityToken" in texts[-2]
    assert any(r.name.startswith("httpcore") for r in caplog.records)  # its DEBUG log ran
    captured = capfd.readouterr()
    texts += [caplog.text, captured.out, captured.err]
    now = int(time.time())
    windows = {f"{t - 60};{t + 900}" for t in range(now - 30, now + 2)}
    for text in texts:
        assert TOKEN not in text and SECRET_KEY not in text
        for w in windows:
            assert signing.sign_key(SECRET_KEY, w) not in text
