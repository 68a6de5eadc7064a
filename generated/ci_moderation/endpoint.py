"""Where requests go: the CI host of a bucket, or an explicit base URL."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import ConfigurationError
from .record import Record, assign

_BUCKET = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$")
_APPID = re.compile(r"^[0-9]{5,20}$")
_REGION = re.compile(r"^[a-z]{2,}(?:-[a-z0-9]+){1,3}$")
_PRINTABLE = re.compile(r"[!-~]+")
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
_SEGMENT = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@-]+")


def _is_ip6(host: str) -> bool:
    import ipaddress  # only for a host that is not a plain name

    try:
        return isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address)
    except ValueError:
        return False


class Endpoint(Record):
    """A resolved base URL: scheme, host (with port when not default) and a path prefix."""

    __slots__ = ("scheme", "host", "prefix")
    scheme: str
    host: str
    prefix: str

    def __init__(self, scheme: str, host: str, prefix: str = "") -> None:
        assign(self, "scheme", scheme)
        assign(self, "host", host)
        assign(self, "prefix", prefix)

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}{self.prefix}"

    @classmethod
    def from_url(cls, url: str) -> Endpoint:
        """An explicit base URL: a private endpoint or the local emulator.

        Only what is sent exactly as it is signed is accepted: an ASCII host name or IP
        literal, an optional port, and a path prefix of plain segments (no `.`/`..`, no
        percent-escapes, which a server would normalise after we signed the raw form)."""
        if not isinstance(url, str):
            raise ConfigurationError("base_url must be a str")
        shown = repr(url[:80])
        if not _PRINTABLE.fullmatch(url):
            hint = ""
            if url.isprintable() and " " not in url.strip():
                try:
                    idn = urlsplit(url.strip()).hostname or ""
                    ascii_host = idn.encode("idna").decode()
                    hint = f"; write an international host in its ASCII form ({ascii_host})"
                except (UnicodeError, ValueError):
                    pass
            raise ConfigurationError(
                f"base_url may only hold printable ASCII without spaces, got {shown}{hint}"
            )
        try:
            parts = urlsplit(url)
            host, port = parts.hostname, parts.port
        except ValueError:
            raise ConfigurationError(f"base_url is not a valid URL: {shown}") from None
        if parts.scheme not in ("http", "https") or not host:
            raise ConfigurationError(f"base_url must be http(s)://host[:port][/path], got {shown}")
        if parts.query or parts.fragment or parts.username or parts.password or "@" in url:
            raise ConfigurationError("base_url must not carry a query, fragment or user info")
        if not (_HOST.fullmatch(host) or _is_ip6(host)) or port == 0:
            raise ConfigurationError(f"base_url has an invalid host or port: {shown}")
        prefix = parts.path.rstrip("/")
        segments = prefix.split("/")[1:]
        if any(not _SEGMENT.fullmatch(seg) or seg in (".", "..") for seg in segments):
            raise ConfigurationError(
                "base_url's path must be plain segments (no empty, `.` or `..` segment, no "
                f"percent-escapes), got {shown}"
            )
        return cls(parts.scheme, parts.netloc, prefix)

    @classmethod
    def for_bucket(
        cls,
        template: str,
        bucket: str,
        region: str,
        *,
        appid: str | None = None,
        scheme: str = "https",
    ) -> Endpoint:
        """Fill the spec's server template; `bucket` may already end in `-APPID`."""
        for name, value in (("bucket", bucket), ("region", region), ("scheme", scheme)):
            if not isinstance(value, str):
                raise ConfigurationError(f"{name} must be a str")
        if appid is not None and not isinstance(appid, str):
            raise ConfigurationError("appid must be a str of digits")
        name, _, tail = bucket.rpartition("-")
        if appid is not None:
            if not _APPID.match(appid):
                raise ConfigurationError(f"appid must be digits, got {appid!r}")
            full = bucket if name and tail == appid else f"{bucket}-{appid}"
        elif name and _APPID.match(tail):
            full = bucket
        else:
            raise ConfigurationError(
                f"bucket {bucket!r} has no -APPID suffix; pass appid= or 'name-1250000000'"
            )
        if not _BUCKET.match(full.rpartition("-")[0]):
            raise ConfigurationError(f"bucket name {full!r} is not a valid COS bucket name")
        if not _REGION.match(region):
            raise ConfigurationError(f"region {region!r} is not a region name like ap-beijing")
        if scheme not in ("http", "https"):
            raise ConfigurationError(f"scheme must be http or https, got {scheme!r}")
        return cls.from_url(template.format(scheme=scheme, bucket=full, region=region))
