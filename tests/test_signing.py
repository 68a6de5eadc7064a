"""COS q-sign signature: Tencent's two worked examples, every intermediate value."""

from __future__ import annotations

import hashlib

from ci_moderation import signing
from ci_moderation.signing import Credentials

from .conftest import SECRET_ID, SECRET_KEY

PATH = "/exampleobject(腾讯云)"
HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com"


def _check(method, params, headers, kt, want_key, want_sha, want_sig, want_headers, want_params):
    start, end = (int(x) for x in kt.split(";"))
    assert signing.key_time(start, end) == kt
    assert signing.sign_key(SECRET_KEY, kt) == want_key
    hs, param_list, header_list = signing.http_string(method, PATH, params, headers)
    assert hashlib.sha1(hs.encode()).hexdigest() == want_sha
    assert header_list == want_headers
    assert param_list == want_params
    assert signing.string_to_sign(kt, hs) == f"sha1\n{kt}\n{want_sha}\n"
    auth = signing.authorization(
        Credentials(SECRET_ID, SECRET_KEY), method, PATH, params, headers, start, end
    )
    assert auth == (
        f"q-sign-algorithm=sha1&q-ak={SECRET_ID}&q-sign-time={kt}&q-key-time={kt}"
        f"&q-header-list={want_headers}&q-url-param-list={want_params}&q-signature={want_sig}"
    )


def test_put_object_example() -> None:
    headers = {
        "Date": "Thu, 16 May 2019 06:45:51 GMT",
        "Host": HOST,
        "Content-Type": "text/plain",
        "Content-Length": "13",
        "Content-MD5": "mQ/fVh815F3k6TAUm8m0eg==",
        "x-cos-acl": "private",
        "x-cos-grant-read": 'uin="100000000011"',
    }
    _check(
        "PUT", {}, headers, "1557989151;1557996351",
        "eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f",
        "8b2751e77f43a0995d6e9eb9477f4b685cca4172",
        "3b8851a11a569213c17ba8fa7dcf2abec6935172",
        "content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read",
        "",
    )  # fmt: skip


def test_get_object_example_with_params() -> None:
    params = {
        "response-content-type": "application/octet-stream",
        "response-cache-control": "max-age=600",
    }
    headers = {"Date": "Thu, 16 May 2019 06:55:53 GMT", "Host": HOST}
    _check(
        "GET", params, headers, "1557989753;1557996953",
        "937914bf490e9e8c189836aad2052e4feeb35eaf",
        "54ecfe22f59d3514fdc764b87a32d8133ea611e6",
        "01681b8c9d798a678e43b685a9f1bba0f6c0e012",
        "date;host",
        "response-cache-control;response-content-type",
    )  # fmt: skip


def test_signed_header_subset_excludes_date_and_keeps_ci_headers() -> None:
    headers = {
        "Host": "h",
        "Date": "x",
        "Content-Type": "application/xml",
        "User-Agent": "u",
        "x-ci-security-token": "t",
        "X-Cos-Meta": "m",
    }
    assert sorted(signing.signed_headers(headers)) == [
        "Content-Type",
        "Host",
        "X-Cos-Meta",
        "x-ci-security-token",
    ]


def test_credentials_from_env() -> None:
    env = {
        "TENCENTCLOUD_SECRET_ID": "AKIDxxxxxxxxxxxx",
        "TENCENTCLOUD_SECRET_KEY": "k" * 32,
        "TENCENTCLOUD_SESSION_TOKEN": "tok" * 10,
    }
    c = Credentials.from_env(env)
    assert (c.secret_id, c.secret_key, c.session_token) == (
        "AKIDxxxxxxxxxxxx",
        "k" * 32,
        "tok" * 10,
    )
    assert Credentials.from_env({**env, "TENCENTCLOUD_SESSION_TOKEN": ""}).session_token is None
