"""Signing pins with mixed-case header names, against literal expected strings."""

from __future__ import annotations

from ci_moderation import signing
from ci_moderation.signing import Credentials

from . import qsign
from .conftest import SECRET_ID, SECRET_KEY

MIXED = {"X-Ci-Foo": "Bar Baz/1", "Content-Type": "application/xml", "host": "h.example:8080"}


def test_header_list_is_sorted_by_the_lower_cased_name() -> None:
    """Pins q-header-list order: by the encoded, lower-cased name, never the raw one
    (raw order would put `X-Ci-Foo` before `host`, which a real server rejects)."""
    header_str, header_list = signing.canonical(MIXED)
    assert header_list == "content-type;host;x-ci-foo"
    assert header_str == (
        "content-type=application%2Fxml&host=h.example%3A8080&x-ci-foo=Bar%20Baz%2F1"
    )
    hs, _, listed = signing.http_string("POST", "/video/cancel_auditing/j1", {}, MIXED)
    assert listed == "content-type;host;x-ci-foo"
    assert hs == (
        "post\n/video/cancel_auditing/j1\n\n"
        "content-type=application%2Fxml&host=h.example%3A8080&x-ci-foo=Bar%20Baz%2F1\n"
    )


def test_authorization_with_mixed_case_headers_matches_the_reference() -> None:
    """Pins the whole Authorization for mixed-case headers to the independent reference."""
    auth = signing.authorization(
        Credentials(SECRET_ID, SECRET_KEY), "POST", "/audio/auditing", {}, MIXED, 100, 200
    )
    assert "&q-header-list=content-type;host;x-ci-foo&" in auth
    assert auth == qsign.authorization(
        SECRET_ID, SECRET_KEY, "POST", "/audio/auditing", {}, MIXED, "100;200"
    )
