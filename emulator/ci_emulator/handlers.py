"""What each operation does, by operation name: typed request in, typed answer out.

A handler gets the `Emulator` and a `Call` (validated path values and body model) and
returns a generated response model, or raises `EmulatorError`. Operations of the spec with
no handler here answer 501, so a new spec operation is visible before it is emulated.

A submit whose `Conf.Callback` is not a loopback URL (127.0.0.1 or any 127.x, `localhost`,
`[::1]`) is refused with 400 `InvalidArgument` and creates no job: the emulator never
contacts other hosts, and accepting such a callback that is then never delivered would look
like success (CI itself accepts any URL; this refusal is an emulator choice).

`GetAudioAuditingJob` answers an audio job with its state and, once it succeeded, the verdict
`verdicts` derives from its object key or URL (the same one its callback carried). An
unknown id, or the id of a live-stream job, is a 404 `NoSuchJob` (an emulator choice).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ci_moderation.core import OperationModel
from ci_moderation.model import Model
from ci_moderation.models import (
    AudioAuditingRequest,
    AudioAuditingResponse,
    AudioAuditingResultResponse,
    BadCaseRequest,
    BadCaseResponse,
    CancelLiveAuditingResponse,
)

from .callbacks import is_loopback
from .errors import EmulatorError

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
    query: dict[str, object] = field(default_factory=dict)  # typed, by python name


Handler = Callable[["Emulator", Call], Model]


LOOPBACK_CALLBACKS_ONLY = (
    "the emulator delivers callbacks only to loopback URLs such as http://127.0.0.1:PORT/path"
)


def check_callback(url: str | None) -> None:
    """400 `InvalidArgument` for a callback the emulator would not deliver (see above). The
    message names the host only: a callback URL may carry a token."""
    if url is None or is_loopback(url):
        return
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    where = f"host {host!r}" if host else "a URL that is not http(s)://host/..."
    raise EmulatorError(
        400, "InvalidArgument", f"Conf.Callback names {where}: {LOOPBACK_CALLBACKS_ONLY}"
    )


def create_audio_auditing_job(emu: Emulator, call: Call) -> AudioAuditingResponse:
    assert isinstance(call.body, AudioAuditingRequest)
    check_callback(call.body.conf.callback)
    job = emu.jobs.create_audio(
        call.body,
        call.request_id,
        emu.clock.now(),
        bucket=call.bucket,
        region=emu.config.region,
    )
    call.job_id = job.job_id
    return AudioAuditingResponse(jobs_detail=job.audio_detail(), request_id=call.request_id)


def get_audio_auditing_job(emu: Emulator, call: Call) -> AudioAuditingResultResponse:
    job = emu.jobs.get_audio(call.path_values["job_id"])
    return AudioAuditingResultResponse(jobs_detail=job.audio_result(), request_id=call.request_id)


def report_bad_case(emu: Emulator, call: Call) -> BadCaseResponse:
    """Keep the report (`state.bad_cases`, decoded: the text as sent) and acknowledge it.
    A text report (ContentType 1) without `Text`, or an image one without `Url`, is 400:
    the docs make each required for its type, which the spec alone cannot say."""
    assert isinstance(call.body, BadCaseRequest)
    report = call.body
    needs = {1: ("Text", report.text), 2: ("Url", report.url)}.get(int(report.content_type))
    if needs is not None and needs[1] is None:
        raise EmulatorError(
            400, "InvalidArgument", f"Request.{needs[0]}: is required for ContentType "
            f"{int(report.content_type)}",
        )  # fmt: skip
    with emu.lock:
        emu.bad_cases.append(report)
    return BadCaseResponse(request_id=call.request_id)


def cancel_live_auditing_job(emu: Emulator, call: Call) -> CancelLiveAuditingResponse:
    job = emu.jobs.cancel_live(call.path_values["job_id"])
    return CancelLiveAuditingResponse(jobs_detail=job.live_detail(), request_id=call.request_id)


HANDLERS: dict[str, Handler] = {
    "ReportBadCase": report_bad_case,
    "CreateAudioAuditingJob": create_audio_auditing_job,
    "GetAudioAuditingJob": get_audio_auditing_job,
    "CancelLiveAuditingJob": cancel_live_auditing_job,
}
