"""Shared fixtures: the spec's IR and the generated package's operations."""

from __future__ import annotations

from pathlib import Path

import pytest

# The emulator's fixtures, as a user enables them (`pytest_plugins` or these imports).
from ci_emulator.pytest_plugin import (  # noqa: F401
    ci_callback_receiver,
    ci_emulator,
    ci_emulator_config,
    ci_emulator_factory,
)
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
