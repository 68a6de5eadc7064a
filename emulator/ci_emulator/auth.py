"""Checks the COS "q-sign" signature of a request, reusing `ci_moderation.signing`.

The signature is recomputed from what actually arrived (method, decoded path, every query
parameter, the headers named in `q-header-list`), so tampering with any signed part fails.
Refusals are HTTP 403. Which code CI uses for which failure is not documented apart from
`AccessDenied` / "Request has expired"; the rest of this table is the emulator's choice:

| failure                                   | code                  |
|-------------------------------------------|-----------------------|
| no / unparsable Authorization             | AccessDenied          |
| unknown SecretId                          | InvalidAccessKeyId    |
| KeyTime not yet valid                     | RequestTimeTooSkewed  |
| KeyTime expired                           | AccessDenied          |
| `host` not signed                         | AccessDenied          |
| a header in q-header-list is absent       | SignatureDoesNotMatch |
| STS token required but absent or wrong    | InvalidSecurityToken  |
| signature differs (key, path, header...)  | SignatureDoesNotMatch |

Nothing secret (SecretKey, SignKey, token, expected signature) is put into a message.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ci_moderation import Credentials
from ci_moderation.signing import TOKEN_HEADER, authorization

from .errors import EmulatorError

_FIELDS = (
    "q-sign-algorithm", "q-ak", "q-sign-time", "q-key-time",
    "q-header-list", "q-url-param-list", "q-signature",
)  # fmt: skip
#: What must equal the Authorization a correct signer computes from the received request.
_COMPARED = ("q-signature", "q-header-list", "q-url-param-list")


@dataclass(frozen=True, slots=True)
class SignedRequest:
    """The parts of a request the signature covers, as received."""

    method: str
    path: str
    params: Mapping[str, str]
    headers: Mapping[str, str]  # lower-case names


def _denied(code: str, message: str) -> EmulatorError:
    return EmulatorError(403, code, message)


def _fields(value: str) -> dict[str, str]:
    # Split by hand: values are not form-encoded, and `q-header-list` keys may carry `%XX`.
    return dict(part.partition("=")[::2] for part in value.split("&"))


def _parse(value: str) -> dict[str, str]:
    fields = _fields(value)
    if any(name not in fields for name in _FIELDS):
        raise _denied("AccessDenied", "Authorization header is malformed")
    if fields["q-sign-algorithm"] != "sha1":
        raise _denied("AccessDenied", "q-sign-algorithm must be sha1")
    if fields["q-sign-time"] != fields["q-key-time"]:
        raise _denied("AccessDenied", "q-sign-time and q-key-time differ")
    return fields


def _window(value: str) -> tuple[int, int]:
    start, sep, end = value.partition(";")
    if not sep or not start.isdigit() or not end.isdigit() or int(start) > int(end):
        raise _denied("AccessDenied", "q-key-time is not '<start>;<end>' in Unix seconds")
    return int(start), int(end)


class Verifier:
    """Verifies requests against a set of credentials and a clock reading."""

    def __init__(self, credentials: Sequence[Credentials], skew: float) -> None:
        self._by_id = {c.secret_id: c for c in credentials}
        self._skew = skew

    def verify(self, request: SignedRequest, now: float) -> str:
        """Return the caller's SecretId, or raise `EmulatorError` (403)."""
        header = request.headers.get("authorization")
        if not header:
            raise _denied("AccessDenied", "Authorization header is missing")
        fields = _parse(header)
        creds = self._by_id.get(fields["q-ak"])
        if creds is None:
            raise _denied("InvalidAccessKeyId", "the SecretId in q-ak does not exist")
        start, end = _window(fields["q-key-time"])
        if now + self._skew < start:
            raise _denied("RequestTimeTooSkewed", "q-key-time starts in the future")
        if now - self._skew > end:
            raise _denied("AccessDenied", "Request has expired")
        names = fields["q-header-list"].split(";") if fields["q-header-list"] else []
        if "host" not in names:
            raise _denied("AccessDenied", "the host header must be signed")
        for name in names:
            if name not in request.headers:
                raise _denied("SignatureDoesNotMatch", f"signed header {name!r} is absent")
        self._check_token(creds, request.headers, names)
        signed = {name: request.headers[name] for name in names}
        # The generated signer, fed what arrived, must reproduce the received signature.
        expected = _fields(
            authorization(creds, request.method, request.path, request.params, signed, start, end)
        )
        if not all(
            hmac.compare_digest(expected[k].encode(), fields[k].encode()) for k in _COMPARED
        ):
            raise _denied("SignatureDoesNotMatch", "the calculated signature does not match")
        return creds.secret_id

    @staticmethod
    def _check_token(creds: Credentials, headers: Mapping[str, str], names: list[str]) -> None:
        required = creds.session_token
        sent = headers.get(TOKEN_HEADER)
        if sent is not None and TOKEN_HEADER not in names:
            raise _denied("AccessDenied", f"{TOKEN_HEADER} must be signed")
        if required is None:
            return
        if sent is None or not hmac.compare_digest(sent.encode(), required.encode()):
            raise _denied("InvalidSecurityToken", "the security token is missing or invalid")
