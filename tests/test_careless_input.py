"""Careless input and hostile documents, without a network (issue 7).

Configuration mistakes are `ConfigurationError`s at construction (naming the field, never
showing a secret); lax values in answers are refused by one strict rule; what the codec
keeps of unknown XML is bounded; every public error pickles and copies with its fields.
"""

from __future__ import annotations

import copy
import logging
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from typing import Any

import pytest

import ci_moderation
from ci_moderation import (
    Attempt,
    AudioAuditingRequest,
    AudioAuditingResponse,
    AudioConf,
    AudioInput,
    CIError,
    Client,
    ConfigurationError,
    Credentials,
    Freeze,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitWaitError,
    RequestValidationError,
    ResponseParseError,
    ServiceError,
    core,
    operations,
)
from ci_moderation.core import RateLimitSpec
from ci_moderation.retry import RateLimiter
from ci_moderation.xmlcodec import MAX_UNKNOWN_ATTRIBUTES, MAX_UNKNOWN_ELEMENTS

SUBMIT = operations.CREATE_AUDIO_AUDITING_JOB
CANCEL = operations.CANCEL_LIVE_AUDITING_JOB
CREDS = Credentials("AKIDcareless01", "careless-secret")
SECRET = "s3cr3t-value-never-shown"

# -- item 1: the rate limiter never keeps a slot for a call that sent nothing --------------


def test_a_refused_reservation_books_nothing_and_the_limiter_recovers() -> None:
    now = [0.0]
    limiter = RateLimiter(RateLimitSpec(20, 1.0, "bucket"), clock=lambda: now[0])
    for _ in range(20):
        assert limiter.reserve(2.0) is not None  # a full window at once
    # An overload: thousands of callers whose deadline is nearer than the next free slot.
    booked = 0
    for _ in range(5000):
        if limiter.reserve(0.5) is not None:
            booked += 1
    assert booked == 0 and limiter.pending() == 0
    now[0] += limiter.window  # one window later the limiter is free again
    assert limiter.reserve(0.01) == (now[0], 0.0)


def test_a_slot_given_back_is_free_again() -> None:
    now = [0.0]
    limiter = RateLimiter(RateLimitSpec(2, 1.0, "bucket"), clock=lambda: now[0])
    limiter.reserve()
    second = limiter.reserve()
    third = limiter.reserve()
    assert second == (0.0, 0.0) and third is not None and third[1] > 0
    limiter.release(third[0])  # its call failed before sending
    assert limiter.pending() == 0
    fourth = limiter.reserve()
    assert fourth is not None and fourth[0] == third[0]  # the freed slot, not a later one


def test_refused_calls_leave_no_debt_on_a_real_client() -> None:
    """The overload of the issue: calls refused with RateLimitWaitError used to keep their
    slots, so the next free slot drifted hours away and the client refused everything."""
    with Client(base_url="http://127.0.0.1:9", credentials=CREDS, deadline=0.3) as client:
        limiter = client._settings.limiter(CANCEL)
        assert limiter is not None
        for _ in range(limiter.limit):
            limiter.reserve()
        for _ in range(200):
            with pytest.raises(RateLimitWaitError) as info:
                client.cancel_live_auditing_job(job_id="av0000000000000001")
            assert not info.value.maybe_processed
        assert limiter.pending() == 0


# -- item 5: configuration mistakes are ConfigurationErrors at construction ------------------


@pytest.mark.parametrize(
    "options",
    [
        {"base_url": "http://a b.example"},
        {"base_url": "http://h.example/\r\nX-Injected: 1"},
        {"base_url": "http://bücher.example"},
        {"base_url": "http://h.example/a/.."},
        {"base_url": "http://h.example/%2e%2e/x"},
        {"base_url": "http://h.example:99999"},
        {"base_url": 8080},
        {"base_url": "http://h.example", "credentials": ("AKIDx", "key")},
        {"base_url": "http://h.example", "credentials": "AKIDx:key"},
        {"base_url": "http://h.example", "deadline": "10"},
        {"base_url": "http://h.example", "deadline": 0},
        {"base_url": "http://h.example", "max_connections": 0},
        {"base_url": "http://h.example", "max_response_bytes": -1},
        {"base_url": "http://h.example", "timeout": "soon"},
        {"base_url": "http://h.example", "http_client": object()},
        {"bucket": 12, "region": "ap-beijing"},
        {"bucket": "b-1250000000", "region": None},
    ],
)
def test_bad_options_are_configuration_errors(options: dict[str, Any]) -> None:
    options.setdefault("credentials", CREDS)
    with pytest.raises(ConfigurationError):
        Client(**options)
    with pytest.raises(ConfigurationError):
        ci_moderation.AsyncClient(**options)


# -- item 6: credentials a header or the signature cannot carry ------------------------------


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("AKIDx\n", SECRET), "SecretId"),
        (("AKIDx&q-ak=evil", SECRET), "SecretId"),
        (("AKIDé", SECRET), "SecretId"),
        (("AKIDx", SECRET + "\n"), "SecretKey"),
        (("AKIDx", "clé" + SECRET), "SecretKey"),
        (("AKIDx", SECRET, SECRET + "\n"), "session token"),
        (("AKIDx", SECRET, "tok en" + SECRET), "session token"),
    ],
)
def test_credentials_are_checked_when_created(args: tuple[str, ...], field: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Credentials(*args)
    assert field in str(info.value)
    assert SECRET not in str(info.value) and "evil" not in str(info.value)


def test_a_refreshed_credential_that_cannot_be_sent_sends_nothing_and_is_not_retried(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls = []

    def refresh() -> Credentials:
        calls.append(1)
        return Credentials("AKIDx", "key", SECRET + "\n")  # a token read from a file

    caplog.set_level(logging.DEBUG)
    with Client(base_url="http://127.0.0.1:9", credentials=refresh) as client:
        with pytest.raises(ConfigurationError) as info:
            client.create_audio_auditing_job(
                AudioAuditingRequest(
                    input=AudioInput(object="a.mp3"), conf=AudioConf(detect_type=["Porn"])
                )
            )
    assert len(calls) == 1 and not info.value.maybe_processed
    assert SECRET not in caplog.text and SECRET not in str(info.value)


def test_a_credentials_callable_that_fails_or_returns_junk_is_a_configuration_error() -> None:
    def broken() -> Credentials:
        raise OSError("vault unreachable")

    for source in (broken, lambda: ("AKIDx", "key")):
        with Client(base_url="http://127.0.0.1:9", credentials=source) as client:  # type: ignore[arg-type]
            with pytest.raises(ConfigurationError):
                client.cancel_live_auditing_job(job_id="av0000000000000001")


# -- items 7 and 8: what is kept of unknown XML is bounded -----------------------------------


def _answer(extra: str) -> bytes:
    return f"<Response><JobsDetail><JobId>j</JobId></JobsDetail>{extra}</Response>".encode()


def test_unknown_elements_keep_at_most_the_documented_attributes() -> None:
    ok = " ".join(f'a{i}="v"' for i in range(MAX_UNKNOWN_ATTRIBUTES))
    parsed = core.parse_response(SUBMIT, 200, {}, _answer(f"<Future {ok}/>")).parsed
    assert len(parsed.unknown_elements[0].attributes) == MAX_UNKNOWN_ATTRIBUTES
    # 40,000 attributes took lxml 4 s (quadratic) to hand over; now refused at once.
    many = " ".join(f'a{i}="v"' for i in range(40_000))
    with pytest.raises(ResponseParseError, match="attributes") as info:
        core.parse_response(SUBMIT, 200, {}, _answer(f"<Future {many}/>"))
    assert info.value.maybe_processed


def test_unknown_elements_are_bounded_per_document() -> None:
    ok = core.parse_response(SUBMIT, 200, {}, _answer("<a/>" * MAX_UNKNOWN_ELEMENTS)).parsed
    assert len(ok.unknown_elements) == MAX_UNKNOWN_ELEMENTS
    nested = "<a>" + "<b/>" * MAX_UNKNOWN_ELEMENTS + "</a>"  # children count too
    with pytest.raises(ResponseParseError, match="elements the spec does not describe"):
        core.parse_response(SUBMIT, 200, {}, _answer(nested))


def test_a_body_made_of_tags_is_refused_before_parsing() -> None:
    body = _answer("<a/>" * 1_000_000)  # 4 MB: 361 MiB of objects before the bound
    with pytest.raises(ResponseParseError, match="tags"):
        core.parse_response(SUBMIT, 200, {}, body, max_bytes=8 << 20)


# -- item 10: errors pickle and copy with their fields ---------------------------------------


def _errors() -> list[CIError]:
    attempt = Attempt(1, "ServerError", 502, "rid", 0.5, True)
    service = NotFoundError("NoSuchJob", "gone", trace_id="t", status_code=404, request_id="r")
    service.retry_after = 1.5
    unknown = OutcomeUnknownError("lost", data_id="d-1", status_code=None, attempts=(attempt,))
    return [
        service,
        ServiceError("Code", "msg", status_code=200),
        unknown,
        RequestValidationError("Request.Input.DataId", "too long"),
        ConfigurationError("bad"),
        RateLimitWaitError("later"),
    ] + [cls("m") for cls in _plain_error_classes()]


def _plain_error_classes() -> list[type[CIError]]:
    names = [n for n in ci_moderation.__all__ if n.endswith("Error")]
    classes = [getattr(ci_moderation, n) for n in names]
    special = (ServiceError, RequestValidationError, OutcomeUnknownError)
    return [
        c
        for c in classes
        if isinstance(c, type) and issubclass(c, CIError) and not issubclass(c, special)
    ]


def _fields(e: BaseException) -> dict[str, Any]:
    return {"type": type(e), "str": str(e), "args": e.args, **vars(e)}


@pytest.mark.parametrize("error", _errors(), ids=lambda e: type(e).__name__)
def test_errors_pickle_and_copy_with_their_fields(error: CIError) -> None:
    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert _fields(clone) == _fields(error)


def _raise_not_found(_: int) -> None:
    raise NotFoundError("NoSuchJob", "gone", status_code=404, request_id="r-1")


def test_an_error_raised_in_a_worker_process_reaches_the_caller_intact() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(NotFoundError) as info:
            pool.submit(_raise_not_found, 1).result(timeout=30)
        assert pool.submit(abs, -3).result(timeout=30) == 3  # the pool survived
    assert (info.value.code, info.value.status_code, info.value.request_id) == (
        "NoSuchJob",
        404,
        "r-1",
    )


# -- items 16 and 22: values in answers are read by one strict rule -------------------------


@pytest.mark.parametrize(
    "stamp",
    ["2019-07-07", "2019-W27-7", "2019-07-07 12:12:12", "2019-07-07T12:12:12", "20190707T121212Z"],
)
def test_timestamps_without_an_offset_or_in_other_forms_are_refused(stamp: str) -> None:
    body = _answer("").replace(
        b"</JobId>", f"</JobId><CreationTime>{stamp}</CreationTime>".encode()
    )
    with pytest.raises(ResponseParseError, match="CreationTime"):
        core.parse_response(SUBMIT, 200, {}, body)


@pytest.mark.parametrize(
    ("stamp", "offset"),
    [
        ("2019-07-07T12:12:12+0800", 8),
        ("2019-07-07T12:12:12+08:00", 8),
        ("2019-07-07T12:12:12.250Z", 0),
        ("2019-07-07T12:12:12-0330", -3.5),
    ],
)
def test_cis_timestamp_forms_are_read_timezone_aware(stamp: str, offset: float) -> None:
    body = _answer("").replace(
        b"</JobId>", f"</JobId><CreationTime>{stamp}</CreationTime>".encode()
    )
    parsed = core.parse_response(SUBMIT, 200, {}, body).parsed
    created = parsed.jobs_detail.creation_time
    assert created is not None and created.utcoffset() == timedelta(hours=offset)


@pytest.mark.parametrize("text", ["1_0", "٣", "5.0", "1e3", "0x1f", " ", "five"])
def test_integers_are_ascii_digits_only(text: str) -> None:
    with pytest.raises(ResponseParseError):
        Freeze.from_xml(f"<Freeze><PornScore>{text}</PornScore></Freeze>".encode())


@pytest.mark.parametrize(("text", "value"), [("7", 7), ("+7", 7), ("-6101", -6101), (" 42\n", 42)])
def test_integers_with_a_sign_or_surrounding_blanks_are_read(text: str, value: int) -> None:
    score = Freeze.from_xml(f"<Freeze><PornScore>{text}</PornScore></Freeze>".encode()).porn_score
    assert score == value and type(score) is int


def test_integer_enums_never_take_exotic_digits() -> None:
    body = "<Request><Input><Object>a</Object></Input><Conf><CallbackType>١</CallbackType>"
    request = AudioAuditingRequest.from_xml((body + "</Conf></Request>").encode())  # Arabic 1
    assert request.conf.callback_type == "١"  # kept as an unknown plain value, not 1


@pytest.mark.parametrize(
    "url",
    ["http://", "https://", "ftp://h.example/cb", "http:///path", "//h.example/x", "h.example",
     "http://h.example/a b", "http://h.example/\u00e9", "http://h.example:99999/"],
)  # fmt: skip
def test_callback_and_url_must_be_http_urls_with_a_host(url: str) -> None:
    for body in (
        AudioAuditingRequest(
            input=AudioInput(object="a.mp3"), conf=AudioConf(detect_type=["Porn"], callback=url)
        ),
        AudioAuditingRequest(input=AudioInput(url=url), conf=AudioConf(detect_type=["Porn"])),
    ):
        with pytest.raises(RequestValidationError):
            body.to_xml()


@pytest.mark.parametrize("url", ["HTTPS://h.example/cb", "Http://127.0.0.1:8080/cb?a=1&b=%20"])
def test_url_schemes_are_case_insensitive(url: str) -> None:
    body = AudioAuditingRequest(
        input=AudioInput(url=url), conf=AudioConf(detect_type=["Porn"], callback=url)
    )
    assert AudioAuditingRequest.from_xml(body.to_xml()) == body


@pytest.mark.parametrize(
    ("input_", "field"),
    [
        (AudioInput(object="k" * 851), "Request.Input.Object"),
        (AudioInput(object="中" * 284), "Request.Input.Object"),  # 852 bytes in UTF-8
        (AudioInput(url="https://h.example/" + "a" * 2031), "Request.Input.Url"),
    ],
)
def test_object_and_url_lengths_are_bounded(input_: AudioInput, field: str) -> None:
    body = AudioAuditingRequest(input=input_, conf=AudioConf(detect_type=["Porn"]))
    with pytest.raises(RequestValidationError) as info:
        body.to_xml()
    assert info.value.field == field
    long_callback = AudioConf(detect_type=["Porn"], callback="https://h.example/" + "c" * 2031)
    with pytest.raises(RequestValidationError, match="Callback"):
        AudioAuditingRequest(input=AudioInput(object="a"), conf=long_callback).to_xml()


def test_the_documented_response_fields_are_guaranteed() -> None:
    """`JobsDetail` and its `JobId` are required: an answer without them is an error, so
    `job.jobs_detail.job_id` (the README's example) never raises AttributeError."""
    for body in (b"<Response/>", b"<Response><JobsDetail/></Response>"):
        with pytest.raises(ResponseParseError):
            AudioAuditingResponse.from_xml(body)


def test_comma_lists_and_enum_words_ignore_blanks() -> None:
    body = b"<Request><Input><Object>a</Object></Input><Conf><DetectType> Porn, Ads,</DetectType>"
    body += b"<CallbackVersion> Detail\n</CallbackVersion></Conf></Request>"
    conf = AudioAuditingRequest.from_xml(body).conf
    assert conf.detect_type == ["Porn", "Ads"] and conf.callback_version == "Detail"
