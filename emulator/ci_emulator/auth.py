"""Checks the Host and the COS "q-sign" signature of a request, reusing
`ci_moderation.signing`.

The Host header must name this emulator (see `HostPolicy`): `127.0.0.1:PORT` or
`localhost:PORT` (PORT: the port the request arrived on), or a virtual host name — by
default any CI-shaped `<bucket>.ci.<region>.myqcloud.com`, or exactly the configured
`EmulatorConfig.virtual_hosts` — with or without PORT. CI itself routes by Host, so a
request for another host is refused before its signature is looked at.

The signature is recomputed from what actually arrived (method, decoded path, every query
parameter, the headers named in `q-header-list`), so tampering with any signed part fails.
One leniency: the signed `host` may be the Host header as sent or the same without its
`:PORT`, because cos-python-sdk-v5 with a custom `Domain` signs the URL's hostname (no
port) while sending `Host: name:PORT`. No other host value is accepted.

Refusals are HTTP 403. Which code CI uses for which failure is not documented apart from
`AccessDenied` / "Request has expired"; the rest of this table is the emulator's choice:

| failure                                   | code                  |
|-------------------------------------------|-----------------------|
| Host absent or not a host we serve        | AccessDenied          |
| no / unparsable Authorization (any field, | AccessDenied          |
|   e.g. a KeyTime that is not two ≤ 19-    |                       |
|   digit ASCII numbers `start;end`)        |                       |
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
import re
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
#: KeyTime: ASCII digits only (`str.isdigit` also takes "²" and "١"), and few enough that
#: `int()` never meets Python's 4300-digit limit (19 digits reach past the year 10^11).
_KEY_TIME = re.compile(r"([0-9]{1,19});([0-9]{1,19})")
#: The shape of a CI host name: `<bucket>.ci.<region>.myqcloud.com` (lower-case).
CI_HOST = re.compile(r"([a-z0-9-]+)\.ci\.[a-z0-9-]+\.myqcloud\.com")
#: The bucket's COS host, which serves single-image moderation (`ci-process=...`).
COS_HOST = re.compile(r"([a-z0-9-]+)\.cos\.[a-z0-9-]+\.myqcloud\.com")
_PORT = re.compile(r"[0-9]{1,5}")
_LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost"})
_HTTP_PORT = 80


@dataclass(frozen=True, slots=True)
class SignedRequest:
    """The parts of a request the signature covers, as received."""

    method: str
    path: str
    params: Mapping[str, str]
    headers: Mapping[str, str]  # lower-case names
    #: The ASGI scope's `server`: the (address, port) the request arrived on, if known.
    server: tuple[str, int | None] | None = None


class HostPolicy:
    """Which Host header values this emulator answers to.

    - the loopback names (`127.0.0.1`, `localhost`) and the address the request arrived on,
      with the port it arrived on (the port may be left out only when that port is 80);
    - virtual host names, with that port or none (as behind a proxy): `virtual_hosts=None`
      takes any CI- or COS-shaped `<bucket>.ci|cos.<region>.myqcloud.com`, otherwise exactly
      the given names (case-insensitive, without port); `()` allows none.
    """

    def __init__(self, virtual_hosts: Sequence[str] | None = None) -> None:
        self._virtual = None if virtual_hosts is None else {h.lower() for h in virtual_hosts}

    def _is_virtual(self, name: str) -> bool:
        if self._virtual is None:
            return CI_HOST.fullmatch(name) is not None or COS_HOST.fullmatch(name) is not None
        return name in self._virtual

    def signable(self, host: str, server: tuple[str, int | None] | None) -> tuple[str, ...]:
        """The values a signature may give `host` for this Host header: the header as sent
        and, when it has a port, the same without it. Empty when the host is not ours."""
        name, sep, port_text = host.rpartition(":")
        if not sep:
            name, port_text = host, ""
        elif not _PORT.fullmatch(port_text):
            return ()
        name = name.lower()
        port = int(port_text) if port_text else None
        served_name, served_port = server if server is not None else (None, None)
        served_port = served_port or _HTTP_PORT
        if name in _LOOPBACK_NAMES or name == served_name:
            ours = (port or _HTTP_PORT) == served_port
        else:
            ours = self._is_virtual(name) and port in (None, served_port)
        if not ours:
            return ()
        return (host, host[: -len(port_text) - 1]) if port_text else (host,)


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
    match = _KEY_TIME.fullmatch(value)
    if match is None or int(match[1]) > int(match[2]):
        raise _denied("AccessDenied", "q-key-time is not '<start>;<end>' in Unix seconds")
    return int(match[1]), int(match[2])


class Verifier:
    """Verifies requests against a set of credentials and a clock reading."""

    def __init__(
        self,
        credentials: Sequence[Credentials],
        skew: float,
        hosts: HostPolicy | None = None,
    ) -> None:
        self._by_id = {c.secret_id: c for c in credentials}
        self._skew = skew
        self._hosts = hosts if hosts is not None else HostPolicy()

    def verify(self, request: SignedRequest, now: float) -> str:
        """Return the caller's SecretId, or raise `EmulatorError` (403)."""
        host_forms = self._hosts.signable(request.headers.get("host", ""), request.server)
        if not host_forms:
            raise _denied("AccessDenied", "the Host header does not name this emulator")
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
        # The generated signer, fed what arrived, must reproduce the received signature
        # (with the host as sent, or without its port: see the module docstring).
        for host in host_forms:
            signed["host"] = host
            expected = _fields(
                authorization(
                    creds, request.method, request.path, request.params, signed, start, end
                )
            )
            if all(
                hmac.compare_digest(expected[k].encode(), fields[k].encode()) for k in _COMPARED
            ):
                return creds.secret_id
        raise _denied("SignatureDoesNotMatch", "the calculated signature does not match")

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
