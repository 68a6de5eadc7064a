"""Shared fixtures: the spec's IR, the generated package's operations, and a call runner
that drives the sync and the asyncio client the same way."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

# The emulator's fixtures, as a user enables them (`pytest_plugins` or these imports).
from ci_emulator.pytest_plugin import (  # noqa: F401
    ci_callback_receiver,
    ci_emulator,
    ci_emulator_config,
    ci_emulator_factory,
)
from ci_moderation import AsyncClient, Client
from generator.ir import Api
from generator.loader import load_api

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "ci-moderation.yaml"

# Tencent's worked example credentials (public, from the signature document).
SECRET_ID = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
SECRET_KEY = "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz"


@pytest.fixture(scope="session")
def api() -> Api:
    return load_api(SPEC)


@dataclass(frozen=True)
class CallRunner:
    """One client call, made the same way on every client and transport: "sync" (`Client`,
    its default standard-library transport), "async" (`AsyncClient`, its default asyncio
    transport, on a fresh event loop), "httpx" and "httpx-async" (the same clients with
    `transport="httpx"`). `runner.call(options, "cancel_live_auditing_job", job_id=...)` builds
    the client from `options`, calls the method, closes the client, and returns the result or
    raises the error. `http` builds the caller's own httpx client of the matching kind (closed
    afterwards) with those options: only the httpx modes take one."""

    mode: str

    @property
    def sync(self) -> bool:
        """Whether this mode's client is `Client` (else `AsyncClient`)."""
        return self.mode in ("sync", "httpx")

    def client_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """`options` with this mode's transport, for a test that builds its client itself."""
        opts: dict[str, Any] = dict(options)
        if self.mode.startswith("httpx"):
            opts["transport"] = "httpx"
        return opts

    def call(
        self,
        options: Mapping[str, Any],
        method: str,
        *args: Any,
        http: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        if http is not None and not self.mode.startswith("httpx"):
            pytest.skip("a caller's own httpx client is the httpx transport's case")
        opts = self.client_options(options)
        if self.sync:
            with contextlib.ExitStack() as stack:
                if http is not None:
                    opts["http_client"] = stack.enter_context(httpx.Client(**http))
                with Client(**opts) as client:
                    return getattr(client, method)(*args, **kwargs)

        async def run() -> Any:
            async with contextlib.AsyncExitStack() as stack:
                if http is not None:
                    opts["http_client"] = await stack.enter_async_context(httpx.AsyncClient(**http))
                async with AsyncClient(**opts) as client:
                    return await getattr(client, method)(*args, **kwargs)

        return asyncio.run(run())


SYNC_RUNNER = CallRunner("sync")


@pytest.fixture(params=["sync", "async", "httpx", "httpx-async"])
def call_runner(request: pytest.FixtureRequest) -> CallRunner:
    """Runs a transport-level test once with each client on each transport."""
    return CallRunner(request.param)
