"""Hostile Authorization values and Host headers: always a CI-style 403, never a 500, and
a request is only served for a host the emulator serves."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ci_emulator import EmulatorConfig
from ci_emulator.auth import SignedRequest, Verifier
from ci_emulator.errors import EmulatorError
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator
from ci_moderation import Credentials
from ci_moderation.models import Error
from ci_moderation.signing import authorization
from ci_moderation.xmlcodec import parse_document

from .conftest import CANCEL, SUBMIT, audio_request, host_of, sign_headers, signed_call


def error_of(answer: httpx.Response) -> tuple[int, str | None]:
    env = parse_document(answer.content, Error)
    return answer.status_code, env.code


def wire_bytes(value: str) -> bytes:
    """A header value as bytes: latin-1 where it can be (the server decodes latin-1)."""
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode()


def with_field(auth: str, name: str, value: str) -> str:
    return "&".join(
        f"{name}={value}" if part.startswith(name + "=") else part for part in auth.split("&")
    )


# -- 18: a malformed Authorization is a 403, never a 500 ------------------------------------


@pytest.mark.parametrize(
    "key_time",
    [
        "1" * 5000 + ";" + "2" * 5000,  # int() refuses more than 4300 digits
        "1;" + "9" * 5000,
        "²;³",  # str.isdigit() says yes, int() says no
        "١٧٠٠٠٠٠٠٠٠;١٨٠٠٠٠٠٠٠٠",  # Arabic-Indic digits: not Unix seconds on the wire
        "-1;5",
        " 1; 5",
    ],
)
def test_hostile_key_time_is_access_denied(
    ci_emulator: RunningEmulator, raw: httpx.Client, key_time: str
) -> None:
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    auth = with_field(headers["authorization"], "q-key-time", key_time)
    value = with_field(auth, "q-sign-time", key_time)
    wire = {**headers, "authorization": wire_bytes(value)}
    answer = raw.post(path, headers=wire, content=body)
    assert error_of(answer) == (403, "AccessDenied")
    assert ci_emulator.state.ledger.jobs == []


def test_huge_key_time_in_one_field_only(ci_emulator: RunningEmulator, raw: httpx.Client) -> None:
    path, headers, body = signed_call(ci_emulator, SUBMIT, audio_request())
    headers["authorization"] = with_field(headers["authorization"], "q-key-time", "7" * 5000)
    assert error_of(raw.post(path, headers=headers, content=body)) == (403, "AccessDenied")


CREDS = Credentials("AKIDfuzz0001", "fuzz-secret")
NOW = 1_800_000_000
_VALID = authorization(CREDS, "POST", "/x", {}, {"host": "h"}, NOW - 60, NOW + 900)
_FIELDS = dict(part.partition("=")[::2] for part in _VALID.split("&"))
_WIRE_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=60)


def _verify(header: str, headers: dict[str, str] | None = None) -> None:
    """Verify one request; anything but success or a 403 EmulatorError fails the test."""
    verifier = Verifier([CREDS], 5.0)
    sent = {"host": "h", **(headers or {}), "authorization": header}
    try:
        verifier.verify(SignedRequest("POST", "/x", {}, sent, ("h", None)), NOW)
    except EmulatorError as error:
        assert error.status == 403
        assert error.code in {
            "AccessDenied", "InvalidAccessKeyId", "RequestTimeTooSkewed",
            "SignatureDoesNotMatch", "InvalidSecurityToken",
        }  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_fuzzed_authorization_never_fails_otherwise(header: str) -> None:
    _verify(header)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(sorted(_FIELDS)),
        st.one_of(
            _WIRE_TEXT,
            st.text("0123456789;²١", max_size=40),
            st.builds(lambda n: "9" * n + ";" + "9" * n, st.integers(4000, 6000)),
            st.lists(
                st.sampled_from(["host", "x", "%41", "", "authorization", "x-ci-security-token"])
            ).map(";".join),
        ),
    ),
    st.dictionaries(st.sampled_from(["x", "%41", "x-ci-security-token"]), _WIRE_TEXT),
    st.booleans(),
)
def test_fuzzed_authorization_fields_never_fail_otherwise(
    changes: dict[str, str], extra_headers: dict[str, str], same_times: bool
) -> None:
    if same_times and "q-key-time" in changes:  # past the "sign and key times differ" check
        changes["q-sign-time"] = changes["q-key-time"]
    _verify("&".join(f"{k}={changes.get(k, v)}" for k, v in _FIELDS.items()), extra_headers)


# -- 19: the Host header must name this emulator --------------------------------------------


def _post_with_host(
    emu: RunningEmulator, raw: httpx.Client, host: str, signed_host: str | None = None
) -> httpx.Response:
    """A cancel of a live job sent with `Host: host`, signed over `signed_host` (default:
    the host as sent)."""
    path, headers, _ = signed_call(emu, CANCEL, job_id=emu.state.seed_live_job())
    del headers["authorization"]
    headers["host"] = signed_host if signed_host is not None else host
    signed = sign_headers(emu, "POST", path, headers)
    signed["host"] = host
    return raw.post(path, headers=signed)


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:{port}",
        "127.0.0.1:1",
        "127.0.0.1",
        "127.0.0.2:{port}",
        "localhost.evil.example:{port}",
        "examplebucket-1250000000.ci.ap-beijing.myqcloud.com.evil.example",
        "examplebucket-1250000000.ci.ap-beijing.myqcloud.com:1",
    ],
)
def test_a_foreign_host_is_refused(
    ci_emulator: RunningEmulator, raw: httpx.Client, host: str
) -> None:
    answer = _post_with_host(ci_emulator, raw, host.format(port=ci_emulator.port))
    assert error_of(answer) == (403, "AccessDenied")
    assert "host" in parse_document(answer.content, Error).message.lower()
    assert ci_emulator.state.ledger.requests[-1].status == 403


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1:{port}",
        "localhost:{port}",
        "LocalHost:{port}",
        "examplebucket-1250000000.ci.ap-beijing.myqcloud.com",
        "examplebucket-1250000000.ci.ap-beijing.myqcloud.com:{port}",
    ],
)
def test_the_hosts_we_serve_are_accepted(
    ci_emulator: RunningEmulator, raw: httpx.Client, host: str
) -> None:
    assert _post_with_host(ci_emulator, raw, host.format(port=ci_emulator.port)).status_code == 200


def test_virtual_hosts_can_be_configured(
    ci_emulator_factory: EmulatorFactory, raw: httpx.Client
) -> None:
    emu = ci_emulator_factory(
        EmulatorConfig.with_random_credentials(virtual_hosts=("ci.emulator.test",))
    )
    with httpx.Client(base_url=emu.base_url, trust_env=False, timeout=5) as http:
        assert _post_with_host(emu, http, "ci.emulator.test").status_code == 200
        assert _post_with_host(emu, http, f"CI.emulator.test:{emu.port}").status_code == 200
        assert _post_with_host(emu, http, f"localhost:{emu.port}").status_code == 200
        other = "examplebucket-1250000000.ci.ap-beijing.myqcloud.com"
        assert error_of(_post_with_host(emu, http, other)) == (403, "AccessDenied")


def test_a_signature_over_the_host_without_its_port_is_accepted(
    ci_emulator: RunningEmulator, raw: httpx.Client
) -> None:
    """cos-python-sdk-v5 with `Domain='127.0.0.1:PORT'` signs `host` as the URL's hostname
    (`urlparse(url).hostname`, no port) while requests sends `Host: 127.0.0.1:PORT`."""
    port = ci_emulator.port
    for host, signed in (("127.0.0.1", "127.0.0.1"), ("localhost", "localhost")):
        answer = _post_with_host(ci_emulator, raw, f"{host}:{port}", signed_host=signed)
        assert answer.status_code == 200, answer.text


@pytest.mark.parametrize(
    "signed_host", ["localhost", "127.0.0.1:1", "127.0.0.1:{port}0", "evil.example", ""]
)
def test_only_the_host_with_or_without_its_port_may_be_signed(
    ci_emulator: RunningEmulator, raw: httpx.Client, signed_host: str
) -> None:
    port = ci_emulator.port
    answer = _post_with_host(
        ci_emulator, raw, host_of(ci_emulator), signed_host=signed_host.format(port=port)
    )
    assert error_of(answer) == (403, "SignatureDoesNotMatch")


def test_the_generated_client_still_passes(ci_emulator: RunningEmulator) -> None:
    with ci_emulator.client() as client:
        job = client.create_audio_auditing_job(audio_request())
    assert job.jobs_detail is not None and job.jobs_detail.job_id is not None
