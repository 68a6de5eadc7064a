"""Hostile and broken response bodies give typed errors, never a partial success."""

from __future__ import annotations

import pytest

from ci_moderation import (
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    UnsafeResponseError,
    core,
    operations,
)

SUBMIT = operations.CREATE_AUDIO_AUDITING_JOB
CANCEL = operations.CANCEL_LIVE_AUDITING_JOB

XXE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Response><JobsDetail><JobId>&x;</JobId></JobsDetail></Response>"""
LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<Response><RequestId>&lol2;</RequestId></Response>"""
UTF16_DOCTYPE = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r><Response/>'.encode("utf-16")


@pytest.mark.parametrize("body", [XXE, LAUGHS, UTF16_DOCTYPE], ids=["xxe", "laughs", "utf16"])
def test_doctype_and_entities_are_refused(body: bytes) -> None:
    with pytest.raises(UnsafeResponseError) as info:
        core.parse_response(SUBMIT, 200, {"x-ci-request-id": "r"}, body)
    assert info.value.request_id == "r" and info.value.maybe_processed


def test_undefined_entity_reference_is_a_parse_error() -> None:
    with pytest.raises(ResponseParseError):
        core.parse_response(SUBMIT, 200, {}, b"<Response><RequestId>&x;</RequestId></Response>")


def test_comments_and_processing_instructions_do_not_split_values() -> None:
    body = b"<Response><JobsDetail><JobId>ab<!--x-->cd<?pi y?>ef</JobId></JobsDetail></Response>"
    r = core.parse_response(SUBMIT, 200, {}, body)
    assert r.parsed.jobs_detail is not None and r.parsed.jobs_detail.job_id == "abcdef"


def test_oversize_body_is_refused_before_parsing() -> None:
    body = b"<Response><RequestId>" + b"a" * 2000 + b"</RequestId></Response>"
    with pytest.raises(ResponseTooLargeError):
        core.parse_response(SUBMIT, 200, {}, body, max_bytes=1000)


@pytest.mark.parametrize(
    "body",
    [b"", b"   ", b"<html><body>502 Bad Gateway</body></html>", b"{}", b"<Response>"],
    ids=["empty", "blank", "html", "json", "truncated"],
)
def test_bad_bodies_on_200_are_parse_errors_marked_maybe_processed(body: bytes) -> None:
    with pytest.raises(ResponseParseError) as info:
        core.parse_response(SUBMIT, 200, {}, body)
    assert info.value.maybe_processed  # a submit: the job may exist
    with pytest.raises(ResponseParseError) as info:
        core.parse_response(CANCEL, 200, {}, body)
    assert not info.value.maybe_processed  # idempotent: nothing to reconcile


def test_html_error_page_on_502_is_a_server_error() -> None:
    with pytest.raises(ServerError) as info:
        core.parse_response(SUBMIT, 502, {}, b"<html><body>Bad Gateway</body></html>")
    assert info.value.code == "HTTP502" and info.value.maybe_processed


def test_wrong_root_element_is_refused() -> None:
    with pytest.raises(ResponseParseError):
        core.parse_response(SUBMIT, 200, {}, b"<Request><Input/></Request>")


def test_nested_element_where_text_is_expected_is_refused() -> None:
    with pytest.raises(ResponseParseError) as info:
        core.parse_response(SUBMIT, 200, {}, b"<Response><RequestId><a/></RequestId></Response>")
    assert "Response.RequestId" in str(info.value)


def test_bad_timestamp_names_the_field() -> None:
    body = b"<Response><JobsDetail><CreationTime>yesterday</CreationTime></JobsDetail></Response>"
    with pytest.raises(ResponseParseError) as info:
        core.parse_response(SUBMIT, 200, {}, body)
    assert "Response.JobsDetail.CreationTime" in str(info.value)


def test_unknown_enum_values_are_kept_as_plain_strings() -> None:
    body = b"<Response><JobsDetail><JobId>j</JobId><State>Paused</State></JobsDetail></Response>"
    r = core.parse_response(SUBMIT, 200, {}, body)
    assert r.parsed.jobs_detail is not None and r.parsed.jobs_detail.state == "Paused"


def test_missing_required_element_is_a_typed_error_naming_it() -> None:
    from ci_moderation import AudioAuditingRequest

    with pytest.raises(ResponseParseError) as info:
        AudioAuditingRequest.from_xml(
            b"<Request><Conf><DetectType>Porn</DetectType></Conf></Request>"
        )
    assert str(info.value) == "Request.Input: is required"
