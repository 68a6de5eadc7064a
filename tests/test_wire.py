"""Both operations on the wire, through httpx's mock transport (sync and asyncio)."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

import httpx
import pytest

from ci_moderation import (
    AccessDeniedError,
    AsyncClient,
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    Client,
    Credentials,
    DetectType,
    JobState,
    NotFoundError,
    RequestValidationError,
    RetryPolicy,
    ServiceError,
    UnexpectedRedirectError,
    signing,
)

from .conftest import SECRET_ID, SECRET_KEY

SUBMIT_OK = b"""<Response><JobsDetail><JobId>sa0123456789abcdef0123456789abcdef</JobId>
<State>Submitted</State><CreationTime>2019-07-07T12:12:12+0800</CreationTime>
<DataId>d-1</DataId></JobsDetail><RequestId>body-rid</RequestId></Response>"""
CANCEL_OK = b"""<Response><JobsDetail><DataId>123-fdrsg-123</DataId>
<JobId>vab1ca9fc8a3ed11ea834c525400863904</JobId>
<CreationTime>2021-08-07T12:12:12+0800</CreationTime></JobsDetail>
<RequestId>xxxxxxxxxxxxxx</RequestId></Response>"""
NOW = 1_700_000_000


def verify_signature(request: httpx.Request, secret_key: str = SECRET_KEY) -> dict[str, str]:
    """Recompute the q-sign signature the way a server would; return the parsed fields."""
    fields = dict(p.split("=", 1) for p in request.headers["authorization"].split("&"))
    headers = {k: request.headers[k] for k in fields["q-header-list"].split(";") if k}
    start, end = (int(x) for x in fields["q-key-time"].split(";"))
    expected = signing.authorization(
        Credentials(fields["q-ak"], secret_key),
        request.method,
        unquote(request.url.path),
        dict(request.url.params),
        headers,
        start,
        end,
    )
    assert request.headers["authorization"] == expected
    return fields


def submit_body(**input_kw: str) -> AudioAuditingRequest:
    return AudioAuditingRequest(
        input=AudioInput(object="a.mp4", **input_kw),
        conf=AudioConf(detect_type=[DetectType.PORN, DetectType.ADS], callback="https://cb/x"),
    )


def client_with(handler: Callable[[httpx.Request], httpx.Response], **kw: object) -> Client:
    return Client(
        bucket="examplebucket-1250000000",
        region="ap-beijing",
        credentials=Credentials(SECRET_ID, SECRET_KEY, kw.pop("token", None)),  # type: ignore[arg-type]
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        clock=lambda: NOW,
        **kw,  # type: ignore[arg-type]
    )


def test_submit_sends_a_signed_xml_post_and_parses_the_answer() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"x-ci-request-id": "hdr-rid"}, content=SUBMIT_OK)

    with client_with(handler) as client:
        r = client.create_audio_auditing_job_detailed(submit_body(data_id="d-1"))
    (req,) = seen
    assert req.method == "POST"
    assert (
        str(req.url) == "https://examplebucket-1250000000.ci.ap-beijing.myqcloud.com/audio/auditing"
    )
    assert req.headers["content-type"] == "application/xml"
    assert req.content == (
        b"<Request><Input><Object>a.mp4</Object><DataId>d-1</DataId></Input><Conf>"
        b"<DetectType>Porn,Ads</DetectType><Callback>https://cb/x</Callback></Conf></Request>"
    )
    fields = verify_signature(req)
    assert fields["q-header-list"] == "content-length;content-type;host"
    assert fields["q-sign-time"] == f"{NOW - 60};{NOW + 900}"
    assert r.status_code == 200 and r.request_id == "hdr-rid"
    assert r.headers["x-ci-request-id"] == "hdr-rid"
    assert r.content == SUBMIT_OK
    job = r.parsed.jobs_detail
    assert job is not None and job.state is JobState.SUBMITTED and job.data_id == "d-1"


def test_cancel_posts_to_the_job_path_without_a_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=CANCEL_OK)

    with client_with(handler) as client:
        out = client.cancel_live_auditing_job(job_id="vab1ca9fc8a3ed11ea834c525400863904")
    (req,) = seen
    assert (
        req.method == "POST"
        and req.url.path == "/video/cancel_auditing/vab1ca9fc8a3ed11ea834c525400863904"
    )
    assert req.content == b""
    verify_signature(req)
    assert out.jobs_detail is not None and out.jobs_detail.data_id == "123-fdrsg-123"


def test_sts_token_is_sent_and_signed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=CANCEL_OK)

    with client_with(handler, token="sts-token-value") as client:
        client.cancel_live_auditing_job(job_id="job1")
    assert seen[0].headers["x-ci-security-token"] == "sts-token-value"
    assert "x-ci-security-token" in verify_signature(seen[0])["q-header-list"].split(";")


def test_every_attempt_is_signed_afresh() -> None:
    times = iter([NOW, NOW + 5])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(503, content=b"<Error><Code>ServiceUnavailable</Code></Error>")
        return httpx.Response(200, content=CANCEL_OK)

    client = Client(
        base_url="http://127.0.0.1:9",
        credentials=Credentials(SECRET_ID, SECRET_KEY),
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        clock=lambda: next(times),
        retry=RetryPolicy(base_delay=0.001),
    )
    client.cancel_live_auditing_job(job_id="job1")
    assert len(seen) == 2
    a, b = (verify_signature(r)["q-key-time"] for r in seen)
    assert a != b


@pytest.mark.parametrize("status", [200, 400, 403])
def test_error_envelope_is_honoured_whatever_the_status(status: int) -> None:
    envelope = (
        b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message>"
        b"<RequestId>body-rid</RequestId><TraceId>trace-1</TraceId></Error>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"x-ci-request-id": "hdr-rid"}, content=envelope)

    with client_with(handler) as client, pytest.raises(ServiceError) as info:
        client.cancel_live_auditing_job(job_id="job1")
    err = info.value
    assert (err.code, err.error_message, err.trace_id) == (
        "AccessDenied",
        "Request has expired",
        "trace-1",
    )
    assert err.status_code == status and err.request_id == "hdr-rid"
    assert isinstance(err, AccessDeniedError) == (status == 403)
    assert "AccessDenied" in str(err) and "hdr-rid" in str(err)


def test_not_found_and_request_id_from_body_when_header_missing() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404, content=b"<Error><Code>NoSuchJob</Code><RequestId>b</RequestId></Error>"
        )

    with client_with(handler) as client, pytest.raises(NotFoundError) as info:
        client.cancel_live_auditing_job(job_id="nope")
    assert info.value.request_id == "b" and info.value.code == "NoSuchJob"


def test_redirects_are_never_followed() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(302, headers={"location": "http://elsewhere.example/"})

    with client_with(handler) as client, pytest.raises(UnexpectedRedirectError):
        client.cancel_live_auditing_job(job_id="job1")
    assert len(calls) == 1


@pytest.mark.parametrize(
    "job_id", ["", "../../x", "a/b", "a#b", "a?b", "a b", "%2e%2e", "a\n", "é", "x" * 129]
)
def test_job_ids_that_could_change_the_target_are_refused_before_sending(job_id: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:  # pragma: no cover - never called
        raise AssertionError("sent")

    with client_with(handler) as client, pytest.raises(RequestValidationError) as info:
        client.cancel_live_auditing_job(job_id=job_id)
    assert (info.value.field, info.value.python_path) == ("jobId", "job_id")


async def test_async_client_runs_both_operations() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = SUBMIT_OK if request.url.path == "/audio/auditing" else CANCEL_OK
        return httpx.Response(200, headers={"x-ci-request-id": "r"}, content=body)

    async with AsyncClient(
        base_url="http://127.0.0.1:1/prefix",
        credentials=Credentials(SECRET_ID, SECRET_KEY),
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    ) as client:
        submitted = await client.create_audio_auditing_job(submit_body())
        detailed = await client.cancel_live_auditing_job_detailed(job_id="job1")
    assert submitted.jobs_detail is not None and submitted.jobs_detail.job_id
    assert detailed.status_code == 200 and detailed.request_id == "r"
    assert [r.url.path for r in seen] == [
        "/prefix/audio/auditing",
        "/prefix/video/cancel_auditing/job1",
    ]
    for r in seen:
        verify_signature(r)
