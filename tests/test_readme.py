"""Every Python snippet of the README runs as written against the emulator, as `make emulator`
serves it (same credentials, the same seeded live job), so the README cannot drift from the code.

A snippet that defines `test_*` functions is run with pytest (it shows the emulator's pytest
fixtures); any other is run as a script with the environment the emulator's banner exports.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ci_emulator.config import EmulatorConfig
from ci_emulator.server import RunningEmulator, start_emulator
from ci_moderation import Credentials

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
# What `make emulator` uses (see the Makefile); the README's snippets rely on them.
MAKE_EMULATOR_KEY = Credentials("AKIDEXAMPLE", "emulator-secret")
README_LIVE_JOB = "vab1ca9fc8a3ed11ea834c525400863904"


def snippets() -> list[tuple[int, str]]:
    """(line number, code) of every ```python block."""
    text = README.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r"^```python\n(.*?)^```", text, re.S | re.M):
        found.append((text.count("\n", 0, match.start()) + 1, match.group(1)))
    return found


@pytest.fixture(scope="module")
def make_emulator() -> Iterator[RunningEmulator]:
    config = EmulatorConfig(credentials=(MAKE_EMULATOR_KEY,), step_seconds=0.05)
    emu = start_emulator(config)
    emu.state.seed_live_job(job_id=README_LIVE_JOB)
    try:
        yield emu
    finally:
        emu.stop()


def test_the_readme_has_snippets() -> None:
    assert len(snippets()) >= 3


@pytest.mark.parametrize(
    ("line", "code"), snippets(), ids=lambda v: f"line{v}" if isinstance(v, int) else ""
)
def test_readme_snippet_runs(
    make_emulator: RunningEmulator, tmp_path: Path, line: int, code: str
) -> None:
    env = {
        **os.environ,
        "CI_BASE_URL": make_emulator.base_url,
        "TENCENTCLOUD_SECRET_ID": MAKE_EMULATOR_KEY.secret_id,
        "TENCENTCLOUD_SECRET_KEY": MAKE_EMULATOR_KEY.secret_key,
        "PYTHONPATH": os.pathsep.join(str(ROOT / d) for d in ("generated", "emulator")),
    }
    env.pop("TENCENTCLOUD_SESSION_TOKEN", None)
    script = tmp_path / ("test_snippet.py" if "\ndef test_" in "\n" + code else "snippet.py")
    script.write_text(code, encoding="utf-8")
    # Warnings are errors: a client the snippet leaks is a ResourceWarning, so it fails.
    if script.name.startswith("test_"):
        plugins = ["-p", "no:cacheprovider", "-p", "no:asyncio", "-p", "no:xdist"]
        command = [sys.executable, "-m", "pytest", "-q", "-W", "error", *plugins, str(script)]
    else:
        command = [sys.executable, "-X", "dev", "-W", "error", str(script)]
    out = subprocess.run(
        command, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False
    )
    assert out.returncode == 0, f"README line {line}:\n{out.stdout}\n{out.stderr}"
    for trouble in ("Traceback", "Exception ignored", "Warning"):  # e.g. an unclosed socket
        assert trouble not in out.stderr, f"README line {line}:\n{out.stderr}"


def test_the_readme_lists_every_operation_and_iterator() -> None:
    """The family table is a promise: every generated method is in it."""
    from ci_moderation import Client, operations

    text = README.read_text(encoding="utf-8")
    methods = [
        name
        for name in dir(Client)
        if not name.startswith("_") and not name.endswith("_detailed")
        and callable(getattr(Client, name)) and name not in ("close", "with_options")
    ]  # fmt: skip
    assert len(methods) >= len(operations.OPERATIONS)
    missing = [m for m in methods if f"`{m}`" not in text]
    assert missing == []
