"""Credentials and the COS "q-sign" HMAC-SHA1 request signature that CI uses.

https://cloud.tencent.com/document/product/436/7778 — every step is a separate function so
tests can check each intermediate value against Tencent's worked examples.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from urllib.parse import quote

from .errors import ConfigurationError
from .record import Record, assign

#: Header that carries an STS session token on CI hosts (the official Python SDK's choice).
TOKEN_HEADER = "x-ci-security-token"  # noqa: S105 - a header name
#: Headers signed besides every x-ci-* / x-cos-* header. `date` is not signed (clock drift).
SIGNED_HEADERS = frozenset({"host", "content-type", "content-length", "content-md5"})


#: What each credential may hold. The SecretId travels verbatim in `Authorization` (so no
#: `&`, `=` or spaces); the token travels in a header; the key feeds the HMAC. Tencent issues
#: all three as printable ASCII without spaces.
_CREDENTIAL_RULES = (
    ("SecretId", re.compile(r"[A-Za-z0-9._~-]+"), "letters, digits and . _ ~ -", 256),
    ("SecretKey", re.compile(r"[!-~]+"), "printable ASCII without spaces", 256),
    ("session token", re.compile(r"[!-~]+"), "printable ASCII without spaces", 16384),
)


def _check_credential(index: int, value: object) -> None:
    """Refuse a value a header or the signature cannot carry; never echo the value."""
    name, pattern, allowed, longest = _CREDENTIAL_RULES[index]
    if not isinstance(value, str):
        raise ConfigurationError(f"credentials: the {name} must be a str")
    if not value:
        raise ConfigurationError("credentials need both a SecretId and a SecretKey")
    if len(value) > longest or not pattern.fullmatch(value):
        hint = ""
        if value != value.strip():
            hint = " (a trailing newline or space? strip values read from files)"
        raise ConfigurationError(
            f"credentials: the {name} may only hold {allowed}, at most {longest} characters{hint}"
        )


class Credentials:
    """A SecretId/SecretKey pair and an optional STS token. Never shown in repr or str.

    Values are checked when created (so also on every refresh of a credentials callable):
    a value that a header or the signature cannot carry is a `ConfigurationError` naming
    the field, never showing the value.
    """

    __slots__ = ("secret_id", "_secret_key", "_session_token")

    def __init__(self, secret_id: str, secret_key: str, session_token: str | None = None) -> None:
        _check_credential(0, secret_id)
        _check_credential(1, secret_key)
        if session_token is not None and session_token != "":
            _check_credential(2, session_token)
        self.secret_id = secret_id
        self._secret_key = secret_key
        self._session_token = session_token or None

    @property
    def secret_key(self) -> str:
        return self._secret_key

    @property
    def session_token(self) -> str | None:
        return self._session_token

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Credentials:
        """Read TENCENTCLOUD_SECRET_ID / _SECRET_KEY / _SESSION_TOKEN."""
        env = os.environ if environ is None else environ
        sid = env.get("TENCENTCLOUD_SECRET_ID", "")
        skey = env.get("TENCENTCLOUD_SECRET_KEY", "")
        if not sid or not skey:
            raise ConfigurationError(
                "no credentials: pass credentials= or set TENCENTCLOUD_SECRET_ID and "
                "TENCENTCLOUD_SECRET_KEY"
            )
        return cls(sid, skey, env.get("TENCENTCLOUD_SESSION_TOKEN") or None)

    def __repr__(self) -> str:
        token = ", session_token=<hidden>" if self._session_token else ""
        return f"Credentials(secret_id={_mask(self.secret_id)!r}, secret_key=<hidden>{token})"

    __str__ = __repr__

    def __reduce__(self) -> str:  # pragma: no cover - refuse pickling secrets by accident
        raise TypeError("Credentials cannot be pickled")


#: Anything that yields credentials per attempt: fixed `Credentials` or a refreshing callable.
CredentialsSource = Credentials | Callable[[], Credentials]


def _mask(secret_id: str) -> str:
    return secret_id[:4] + "…" + secret_id[-2:] if len(secret_id) > 8 else "…"


def key_time(start: int, end: int) -> str:
    return f"{start};{end}"


def sign_key(secret_key: str, key_time_value: str) -> str:
    """SignKey = hex(HMAC-SHA1(SecretKey, KeyTime)). A secret: never log it."""
    import hmac  # with the first signature, not at import

    return hmac.digest(secret_key.encode(), key_time_value.encode(), "sha1").hex()


#: The derived key changes only with the KeyTime (once a second at most): calls within
#: one second share it. Kept in memory like the secret itself; never shown.
_sign_key = lru_cache(maxsize=16)(sign_key)

#: Values that percent-encoding leaves as they are.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def _encode(value: str) -> str:
    """UTF-8 percent-encoding keeping only A-Z a-z 0-9 - _ . ~"""
    return value if _UNRESERVED.fullmatch(value) else quote(value, safe="-_.~")


@lru_cache(maxsize=256)
def _encode_key(key: str) -> str:
    """Encoded, lower-cased names repeat call after call."""
    return _encode(key).lower()


#: Header values repeat call after call too (host, content-type): cached, except the STS
#: token's, which is a secret and is encoded afresh.
_encode_public = lru_cache(maxsize=256)(_encode)


def canonical(pairs: Mapping[str, str]) -> tuple[str, str]:
    """Return (`k=v&…`, `k;…`) for params or headers: keys encoded then lower-cased, sorted."""
    if not pairs:
        return "", ""
    items = []
    for k, v in pairs.items():
        key = _encode_key(k)
        items.append((key, _encode(v) if key == TOKEN_HEADER else _encode_public(v)))
    items.sort()
    return "&".join([f"{k}={v}" for k, v in items]), ";".join([k for k, _ in items])


def http_string(
    method: str, path: str, params: Mapping[str, str], headers: Mapping[str, str]
) -> tuple[str, str, str]:
    """Return (HttpString, url-param-list, header-list). `path` is the decoded path."""
    param_str, param_list = canonical(params)
    header_str, header_list = canonical(headers)
    return f"{method.lower()}\n{path}\n{param_str}\n{header_str}\n", param_list, header_list


def string_to_sign(key_time_value: str, http_string_value: str) -> str:
    import hashlib  # with the first signature, not at import

    digest = hashlib.sha1(http_string_value.encode()).hexdigest()  # noqa: S324 - the protocol
    return f"sha1\n{key_time_value}\n{digest}\n"


_SIGNED = ("x-ci-", "x-cos-")  # prefixes of headers signed whatever their name


@lru_cache(maxsize=64)
def _signed_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names among `names` that are signed (the set of names repeats call after call)."""
    signed = (k for k in names if (lk := k.lower()) in SIGNED_HEADERS or lk.startswith(_SIGNED))
    return tuple(signed)


def signed_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The subset of headers the SDKs sign: host, content-*, and every x-ci-* / x-cos-*."""
    return {k: headers[k] for k in _signed_names(tuple(headers))}


def authorization(
    credentials: Credentials,
    method: str,
    path: str,
    params: Mapping[str, str],
    headers: Mapping[str, str],
    start: int,
    end: int,
) -> str:
    """The `Authorization` header value for one request, signing exactly `headers`."""
    kt = key_time(start, end)
    hs, param_list, header_list = http_string(method, path, params, headers)
    import hmac

    # hmac.digest is the C fast path; hmac.new builds a Python HMAC object per call.
    signature = hmac.digest(
        _sign_key(credentials.secret_key, kt).encode(), string_to_sign(kt, hs).encode(), "sha1"
    ).hex()
    return (
        f"q-sign-algorithm=sha1&q-ak={credentials.secret_id}&q-sign-time={kt}&q-key-time={kt}"
        f"&q-header-list={header_list}&q-url-param-list={param_list}&q-signature={signature}"
    )


class SigningWindow(Record):
    """How long a signature is valid around `now`: the Python SDK's -60 s … +10000 s is
    generous; a short window limits what a leaked Authorization header is worth."""

    __slots__ = ("before", "after")
    before: int
    after: int

    def __init__(self, before: int = 60, after: int = 900) -> None:
        assign(self, "before", before)
        assign(self, "after", after)
