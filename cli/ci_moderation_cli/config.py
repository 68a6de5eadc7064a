"""Where the command line's endpoint, bucket and credentials come from.

In order, the first that gives a value wins:

1. the command line (`--endpoint`, `--bucket`, `--region`);
2. the profile named by `--profile` (or CI_PROFILE) in the config file;
3. the environment: CI_BASE_URL, CI_BUCKET, CI_REGION, TENCENTCLOUD_SECRET_ID /
   TENCENTCLOUD_SECRET_KEY / TENCENTCLOUD_SESSION_TOKEN;
4. the `[default]` table of the config file.

The config file is `$CI_MODERATION_CONFIG`, else `$XDG_CONFIG_HOME/ci-moderation/config.toml`
(`~/.config/ci-moderation/config.toml`); it need not exist. Its tables are `[default]` and
`[profiles.NAME]`, with the keys `endpoint`, `bucket`, `region`, `secret_id`, `secret_key`,
`session_token`, `max_connections` and `deadline`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ci_moderation import Client, Credentials
from ci_moderation.errors import ConfigurationError

KEYS = (
    "endpoint",
    "bucket",
    "region",
    "secret_id",
    "secret_key",
    "session_token",
    "max_connections",
    "deadline",
)
_ENV = {
    "endpoint": "CI_BASE_URL",
    "bucket": "CI_BUCKET",
    "region": "CI_REGION",
    "secret_id": "TENCENTCLOUD_SECRET_ID",
    "secret_key": "TENCENTCLOUD_SECRET_KEY",
    "session_token": "TENCENTCLOUD_SESSION_TOKEN",
}


def config_path(env: Mapping[str, str]) -> Path:
    if env.get("CI_MODERATION_CONFIG"):
        return Path(env["CI_MODERATION_CONFIG"])
    base = env.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "ci-moderation" / "config.toml"


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"cannot read the config file {path}: {exc}") from None


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a client needs, resolved (see the module docstring)."""

    endpoint: str | None
    bucket: str | None
    region: str | None
    secret_id: str | None
    secret_key: str | None
    session_token: str | None
    max_connections: int = 64
    deadline: float = 60.0

    @classmethod
    def resolve(
        cls,
        given: Mapping[str, Any],
        profile: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Settings:
        env = os.environ if env is None else env
        path = config_path(env)
        document = _read(path)
        profile = profile or env.get("CI_PROFILE") or None
        chosen: dict[str, Any] = {}
        if profile is not None:
            profiles = document.get("profiles", {})
            if not isinstance(profiles, dict) or profile not in profiles:
                raise ConfigurationError(f"no profile {profile!r} in {path}")
            chosen = profiles[profile]
        default = document.get("default", {})
        values: dict[str, Any] = {}
        for key in KEYS:
            for source in (given, chosen, {k: env.get(v) for k, v in _ENV.items()}, default):
                value = source.get(key) if isinstance(source, Mapping) else None
                if value not in (None, ""):
                    values[key] = value
                    break
        # An endpoint beats a bucket from a lower layer (the emulator over [default]).
        if given.get("endpoint") or (not given.get("bucket") and values.get("endpoint")):
            values.pop("bucket", None)
            values.pop("region", None)
        elif given.get("bucket"):
            values.pop("endpoint", None)
        return cls(
            endpoint=values.get("endpoint"),
            bucket=values.get("bucket"),
            region=values.get("region"),
            secret_id=values.get("secret_id"),
            secret_key=values.get("secret_key"),
            session_token=values.get("session_token"),
            max_connections=int(values.get("max_connections", 64)),
            deadline=float(values.get("deadline", 60.0)),
        )

    def credentials(self) -> Credentials:
        if not self.secret_id or not self.secret_key:
            raise ConfigurationError(
                "no credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY "
                "(or secret_id/secret_key in a config profile)"
            )
        return Credentials(self.secret_id, self.secret_key, self.session_token)

    def client(self, **options: Any) -> Client:
        options.setdefault("max_connections", self.max_connections)
        options.setdefault("deadline", self.deadline)
        if self.endpoint:
            return Client(base_url=self.endpoint, credentials=self.credentials(), **options)
        if not self.bucket or not self.region:
            raise ConfigurationError(
                "no endpoint: give --endpoint (or CI_BASE_URL), or --bucket and --region "
                "(or CI_BUCKET and CI_REGION)"
            )
        return Client(
            bucket=self.bucket, region=self.region, credentials=self.credentials(), **options
        )
