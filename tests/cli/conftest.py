"""Fixtures of the command-line tests: a real-time emulator on 127.0.0.1, the environment
that points the CLI at it, and runners (in-process with click's CliRunner, or a subprocess).

Nothing here talks to anything but the emulators these tests start."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ci_emulator import EmulatorConfig
from ci_emulator.server import RunningEmulator, start_emulator
from ci_moderation_cli.__main__ import cli

ROOT = Path(__file__).resolve().parents[2]
LIVE_JOB = "vab1ca9fc8a3ed11ea834c525400863904"


@pytest.fixture
def emu() -> Iterator[RunningEmulator]:
    """An emulator in real time whose jobs end within ~0.1 s."""
    running = start_emulator(EmulatorConfig.with_random_credentials(step_seconds=0.03))
    running.state.seed_live_job(job_id=LIVE_JOB)
    try:
        yield running
    finally:
        running.stop()


def env_for(emu: RunningEmulator, tmp_path: Path) -> dict[str, str]:
    creds = emu.credentials
    return {
        "CI_BASE_URL": emu.base_url,
        "TENCENTCLOUD_SECRET_ID": creds.secret_id,
        "TENCENTCLOUD_SECRET_KEY": creds.secret_key,
        "CI_MODERATION_CONFIG": str(tmp_path / "no-config.toml"),
        "NO_PROXY": "*",
    }


@dataclass
class Cli:
    env: dict[str, str]
    cwd: Path

    def __call__(self, *args: str, input: str | None = None) -> Result:
        runner = CliRunner()
        old = os.getcwd()
        os.chdir(self.cwd)
        try:
            return runner.invoke(cli, list(args), env=self.env, input=input, catch_exceptions=False)
        finally:
            os.chdir(old)

    def process(self, *args: str, **kw: object) -> subprocess.Popen[bytes]:
        """The real console entry point in a child process (for kill -9 and TTY tests)."""
        env = {**os.environ, **self.env}
        env["PYTHONPATH"] = os.pathsep.join(str(ROOT / p) for p in ("generated", "emulator", "cli"))
        return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
            [sys.executable, "-m", "ci_moderation_cli", *args], cwd=self.cwd, env=env, **kw
        )


@pytest.fixture
def run(emu: RunningEmulator, tmp_path: Path) -> Cli:
    return Cli(env_for(emu, tmp_path), tmp_path)
