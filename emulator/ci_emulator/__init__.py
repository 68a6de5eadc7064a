"""A local emulator of the Tencent Cloud CI moderation API (what moto is to boto3).

Routes, models, serializers and the signature come from the generated `ci_moderation`
package, so the emulator speaks exactly the wire format the spec describes. Serve it with
`python -m ci_emulator`, run it in-process with `httpx.ASGITransport(create_app(...))`, or
use the pytest fixture `ci_emulator` from `ci_emulator.pytest_plugin`.
"""

from typing import TYPE_CHECKING

from .extra import missing_extra, missing_extra_message

# Without the `emulator` extra the package still imports (so `python -m ci_emulator` can say
# what to install); its names then raise ModuleNotFoundError with that advice.
try:
    from .app import create_app, emulator_of
    from .clock import Clock, ManualClock, SystemClock
    from .config import EmulatorConfig, FailureTrigger
    from .errors import EmulatorError
    from .faults import Fault, FaultKind, FaultPlan, FaultRule
    from .jobs import Job
    from .ledger import CallbackAttempt, CallbackDelivery, JobRecord, Ledger, RequestRecord
    from .receiver import CallbackReceiver, ReceivedCallback
    from .server import BackgroundServer, RunningEmulator, start_emulator
    from .state import Emulator
    from .verdicts import Verdict
    from .wire import FaultNeedsServer
except ModuleNotFoundError as _exc:
    _missing = missing_extra(_exc)
    if _missing is None:
        raise
    _MISSING_MESSAGE = missing_extra_message(_missing)
    if not TYPE_CHECKING:

        def __getattr__(name: str) -> object:
            if name in __all__:
                raise ModuleNotFoundError(_MISSING_MESSAGE, name=_missing)
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BackgroundServer",
    "CallbackAttempt",
    "CallbackDelivery",
    "CallbackReceiver",
    "Clock",
    "Emulator",
    "EmulatorConfig",
    "EmulatorError",
    "FailureTrigger",
    "Fault",
    "FaultKind",
    "FaultNeedsServer",
    "FaultPlan",
    "FaultRule",
    "Job",
    "JobRecord",
    "Ledger",
    "ManualClock",
    "ReceivedCallback",
    "RequestRecord",
    "RunningEmulator",
    "SystemClock",
    "Verdict",
    "create_app",
    "emulator_of",
    "start_emulator",
]
