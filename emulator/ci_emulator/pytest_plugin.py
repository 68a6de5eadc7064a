"""pytest fixtures that serve the emulator on a free 127.0.0.1 port for one test.

The fixtures are opt-in: enable them with `pytest_plugins = ["ci_emulator.pytest_plugin"]` in
a root conftest.py. The package declares no `pytest11` entry point, which would load this
module into every pytest run, and break pytest where the `emulator` extra (starlette, uvicorn)
is not installed. Fixtures:

- `ci_emulator`: a `RunningEmulator` on a `ManualClock` — `.base_url`, `.credentials`,
  `.state` (ledger, clock, faults, `advance`, `seed_live_job`, `wait_callbacks`),
  `.client()` / `.async_client()`. Override `ci_emulator_config` to change its settings.
- `ci_emulator_factory(config=None, clock=None)`: start more, or differently set up, ones.
- `ci_callback_receiver`: a `CallbackReceiver` to point `Conf.Callback` at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from .clock import Clock, ManualClock
from .config import EmulatorConfig
from .receiver import CallbackReceiver
from .server import RunningEmulator, start_emulator

EmulatorFactory = Callable[..., RunningEmulator]


@pytest.fixture
def ci_emulator_config() -> EmulatorConfig:
    """The settings of `ci_emulator`: fresh random credentials, 1 s per job state."""
    return EmulatorConfig.with_random_credentials()


@pytest.fixture
def ci_emulator_factory() -> Iterator[EmulatorFactory]:
    started: list[RunningEmulator] = []

    def start(config: EmulatorConfig | None = None, clock: Clock | None = None) -> RunningEmulator:
        running = start_emulator(config, clock=clock or ManualClock())
        started.append(running)
        return running

    yield start
    for running in reversed(started):
        running.stop()


@pytest.fixture
def ci_emulator(
    ci_emulator_factory: EmulatorFactory, ci_emulator_config: EmulatorConfig
) -> RunningEmulator:
    return ci_emulator_factory(ci_emulator_config)


@pytest.fixture
def ci_callback_receiver() -> Iterator[CallbackReceiver]:
    with CallbackReceiver() as receiver:
        yield receiver
