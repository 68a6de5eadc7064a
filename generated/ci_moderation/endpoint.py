"""Where requests go: the CI host of a bucket, or an explicit base URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import ConfigurationError

_BUCKET = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$")
_APPID = re.compile(r"^[0-9]{5,20}$")
_REGION = re.compile(r"^[a-z]{2,}(?:-[a-z0-9]+){1,3}$")


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A resolved base URL: scheme, host (with port when not default) and a path prefix."""

    scheme: str
    host: str
    prefix: str = ""

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}{self.prefix}"

    @classmethod
    def from_url(cls, url: str) -> Endpoint:
        """An explicit base URL: a private endpoint or the local emulator."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigurationError(f"base_url must be http(s)://host[:port][/path], got {url!r}")
        if parts.query or parts.fragment or parts.username or parts.password:
            raise ConfigurationError("base_url must not carry a query, fragment or user info")
        return cls(parts.scheme, parts.netloc, parts.path.rstrip("/"))

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
