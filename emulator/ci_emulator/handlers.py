"""What each operation does, by operation name: typed request in, typed answer out.

A handler gets the `Emulator` and a `Call` (validated path values and body model) and
returns a generated response model, or raises `EmulatorError`. Operations of the spec with
no handler here answer 501, so a new spec operation is visible before it is emulated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ci_moderation.core import OperationModel
from ci_moderation.model import Model
from ci_moderation.models import (
    AudioAuditingRequest,
    AudioAuditingResponse,
    CancelLiveAuditingResponse,
)

if TYPE_CHECKING:
    from .state import Emulator


@dataclass(slots=True)
class Call:
    """One request as the handlers see it; the pipeline and handlers fill in the outcome."""

    operation: OperationModel[Any]
    request_id: str
    bucket: str
    path_values: dict[str, str]
    body: Model | None = None
    secret_id: str | None = None
    job_id: str | None = None  # set by a handler that created a job


Handler = Callable[["Emulator", Call], Model]


def create_audio_auditing_job(emu: Emulator, call: Call) -> AudioAuditingResponse:
    assert isinstance(call.body, AudioAuditingRequest)
    job = emu.jobs.create_audio(call.body, call.request_id, emu.clock.now())
    call.job_id = job.job_id
    return AudioAuditingResponse(jobs_detail=job.audio_detail(), request_id=call.request_id)


def cancel_live_auditing_job(emu: Emulator, call: Call) -> CancelLiveAuditingResponse:
    job = emu.jobs.cancel_live(call.path_values["job_id"])
    return CancelLiveAuditingResponse(jobs_detail=job.live_detail(), request_id=call.request_id)


HANDLERS: dict[str, Handler] = {
    "CreateAudioAuditingJob": create_audio_auditing_job,
    "CancelLiveAuditingJob": cancel_live_auditing_job,
}
