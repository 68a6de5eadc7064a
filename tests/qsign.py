"""A tiny reference implementation of the COS/CI "q-sign" signature, written from Tencent's
documented algorithm (reference facts §3) and deliberately independent of
`ci_moderation.signing`, so tests can check the client against it.
"""

from __future__ import annotations

import hashlib
import hmac
import string

_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-_.~")


def percent(text: str) -> str:
    """UTF-8 percent-encoding with upper-case hex; only A-Z a-z 0-9 - _ . ~ stay."""
    out = []
    for ch in text:
        if ch in _UNRESERVED:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def canonical(pairs: dict[str, str]) -> tuple[str, str]:
    """(`k=v&…`, `k;…`): key encoded then lower-cased, value encoded, sorted by the key."""
    encoded = sorted((percent(k).lower(), percent(v)) for k, v in pairs.items())
    return "&".join(f"{k}={v}" for k, v in encoded), ";".join(k for k, _ in encoded)


def q_signature(
    secret_key: str,
    method: str,
    path: str,
    params: dict[str, str],
    headers: dict[str, str],
    key_time: str,
) -> str:
    sign_key = hmac.new(secret_key.encode(), key_time.encode(), hashlib.sha1).hexdigest()
    param_str, _ = canonical(params)
    header_str, _ = canonical(headers)
    http_string = f"{method.lower()}\n{path}\n{param_str}\n{header_str}\n"
    digest = hashlib.sha1(http_string.encode()).hexdigest()
    string_to_sign = f"sha1\n{key_time}\n{digest}\n"
    return hmac.new(sign_key.encode(), string_to_sign.encode(), hashlib.sha1).hexdigest()


def authorization(
    secret_id: str,
    secret_key: str,
    method: str,
    path: str,
    params: dict[str, str],
    headers: dict[str, str],
    key_time: str,
) -> str:
    sig = q_signature(secret_key, method, path, params, headers, key_time)
    return (
        f"q-sign-algorithm=sha1&q-ak={secret_id}&q-sign-time={key_time}&q-key-time={key_time}"
        f"&q-header-list={canonical(headers)[1]}&q-url-param-list={canonical(params)[1]}"
        f"&q-signature={sig}"
    )
