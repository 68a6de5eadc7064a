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

The other media (lifecycles in `jobs`, verdicts in `verdicts`, callbacks in `callbacks`):

- `RecognizeImage` (`GET /{ObjectKey}?ci-process=sensitive-content-recognition`, the COS
  host) and `RecognizeImageUrl` (`GET /?ci-process=…&detect-url=…`): without `async`, or
  `async=0`, the verdict at once (`State` `Success`, `JobId` of a job that has already ended;
  `callback` is ignored, as CI ignores it, and not checked). With `async=1`: `JobId`, `State`
  `Submitted`, `DataId` and `Object`/`Url`; the verdict comes with the job (GetImageAuditingJob,
  and the Detail callback to `callback`). `detect-type` is read case-insensitively and
  comma-joined (`porn,ads`). An image matching a `FailureTrigger` answers synchronously an
  HTTP 400 with the trigger's code and message (the answer has no place for a failure), and
  asynchronously a job that ends `Failed`.
- `CreateImageAuditingJob`: one `JobsDetail` per `Input`, in order (a list even for one).
  `Conf.Async` 0 or absent: every entry is the finished job with its verdict (or `Failed`
  with the trigger's code); `Conf.Callback` is then ignored. `Async` 1: every entry is just
  created (`JobId`, `State` `Submitted`, `DataId`, `Object`/`Url`, `CreationTime`), each job
  ends on the clock and calls back on its own. An inline `Content` image is judged by the
  words in its bytes. `GetImageAuditingJob` answers image jobs of all three operations.
- `CreateVideoAuditingJob` / `CreateLiveAuditingJob` (one `POST /video/auditing`, told apart
  by `<Type>live_video</Type>`): the created job (`JobId`, `State` `Submitted`,
  `CreationTime`, `DataId`, `Object`/`Url`). `GetVideoAuditingJob` answers video and live
  jobs (live ones with `Type` `live_video`; seeded ones too), and `CancelLiveAuditingJob`
  cancels live jobs of either origin.
- `CreateTextAuditingJob`: inline `Content` answers synchronously with the full result
  (`State` `Success`, `Content` echoed decoded, one `Section`); `Conf.Callback` is then
  ignored and not checked, as CI ignores it. `Object`/`Url` create a job (`JobId`, `State`,
  `CreationTime`, `DataId`, `Object`/`Url`). `GetTextAuditingJob` answers both.
- `CreateDocumentAuditingJob` / `CreateWebpageAuditingJob`: the created job;
  `GetDocumentAuditingJob` / `GetWebpageAuditingJob` answer it with its pages / text and
  image entries (`HighlightHtml` when `Conf.ReturnHighlightHtml` is true).

Each Get answers only jobs of its own medium; any other id is 404 `NoSuchJob`. The request
that created jobs has its first job's id in the ledger's request record; every job is in
the ledger's job records with that request id.
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
    DocumentAuditingRequest,
    DocumentAuditingResponse,
    DocumentJobResult,
    ImageAuditingRequest,
    ImageAuditingResponse,
    ImageAuditingResultResponse,
    ImageJobResult,
    ImageRecognitionResult,
    JobState,
    LiveAuditingRequest,
    TextAuditingRequest,
    TextAuditingResponse,
    TextJobResult,
    UserInfo,
    VideoAuditingRequest,
    VideoAuditingResponse,
    VideoAuditingResultResponse,
    WebpageAuditingRequest,
    WebpageAuditingResponse,
    WebpageJobResult,
)

from .callbacks import is_loopback
from .errors import EmulatorError
from .jobs import Job, thresholds, word_value
from .ledger import JobKind
from .verdicts import CATEGORIES, build

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


# -- every other medium -------------------------------------------------------------------


def _callback_version(conf: Model, default: str) -> str:
    """`Conf.CallbackVersion` when the spec gives the medium one, else an unlisted
    `<CallbackVersion>` element of the `Conf` (see `callbacks`), else `default`."""
    value = getattr(conf, "callback_version", None)
    if value is None:
        unknown = getattr(conf, "unknown_elements", ())
        value = next((u.text for u in unknown if u.tag == "CallbackVersion" and u.text), None)
    value = word_value(value or default)
    return "Detail" if value.strip().lower() == "detail" else "Simple"


def _new_job(
    emu: Emulator,
    call: Call,
    kind: JobKind,
    source: Model,
    conf: Model | None,
    *,
    callback: str | None = None,
    version: str = "Simple",
    detect_types: tuple[str, ...] | None = None,
    **extra: Any,
) -> Job:
    """A Submitted job of `kind` from an `Input`-like `source` and a `Conf`-like `conf`;
    `callback` is the one the job will use (already checked)."""
    check_callback(callback)
    user_info = getattr(source, "user_info", None)
    if detect_types is None:
        detect_types = tuple(word_value(d) for d in getattr(conf, "detect_type", None) or ())
    return Job(
        job_id=emu.jobs.new_id(kind),
        kind=kind,
        state=JobState.SUBMITTED.value,
        created_at=emu.clock.now(),
        data_id=getattr(source, "data_id", None),
        object=getattr(source, "object", None),
        url=getattr(source, "url", None),
        callback=callback,
        callback_version=version if conf is None else _callback_version(conf, version),
        detect_types=detect_types,
        request_id=call.request_id,
        bucket=call.bucket,
        region=emu.config.region,
        user_info=user_info if isinstance(user_info, UserInfo) else None,
        freeze=thresholds(getattr(conf, "freeze", None)),
        **extra,
    )


def _created(cls: type[Any], job: Job) -> Any:
    """A just-created job as a submit answers it: its ids, state, time and input."""
    return build(
        cls,
        job_id=job.job_id,
        state=job.state,
        creation_time=job.creation_time,
        data_id=job.data_id,
        object=job.object,
        url=job.url,
    )


def _query_detect_types(raw: object) -> tuple[str, ...]:
    """`detect-type=porn,ads` (any case) → ("Porn", "Ads"); unknown names are dropped."""
    by_lower = {c.lower(): c for c in CATEGORIES}
    words = str(raw or "").split(",")
    return tuple(by_lower[w.strip().lower()] for w in words if w.strip().lower() in by_lower)


def _recognize(emu: Emulator, call: Call, source: Model) -> ImageRecognitionResult:
    query = call.query
    is_async = query.get("async_") == 1
    callback = query.get("callback") if is_async else None
    job = _new_job(
        emu,
        call,
        "image",
        source,
        None,
        callback=callback if isinstance(callback, str) else None,
        version="Detail",
        detect_types=_query_detect_types(query.get("detect_type")),
    )
    job = emu.jobs.add(job, finished=not is_async)
    call.job_id = job.job_id
    if is_async:
        created: ImageRecognitionResult = _created(ImageRecognitionResult, job)
        return created
    if job.state == JobState.FAILED.value:
        raise EmulatorError(400, job.code or "AuditingFailed", job.message or "failed")
    return job.recognition_result()


@dataclass(slots=True)
class _Source:
    """What RecognizeImage(Url) moderates, shaped like an `ImageInput`."""

    object: str | None = None
    url: str | None = None
    data_id: str | None = None


def recognize_image(emu: Emulator, call: Call) -> ImageRecognitionResult:
    dataid = call.query.get("dataid")
    source = _Source(object=call.path_values["object_key"], data_id=_str_or_none(dataid))
    return _recognize(emu, call, source)  # type: ignore[arg-type]


def recognize_image_url(emu: Emulator, call: Call) -> ImageRecognitionResult:
    dataid, url = call.query.get("dataid"), call.query.get("detect_url")
    source = _Source(url=_str_or_none(url), data_id=_str_or_none(dataid))
    return _recognize(emu, call, source)  # type: ignore[arg-type]


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def create_image_auditing_job(emu: Emulator, call: Call) -> ImageAuditingResponse:
    assert isinstance(call.body, ImageAuditingRequest)
    conf = call.body.conf
    is_async = int(conf.async_ or 0) == 1
    check_callback(conf.callback)
    details: list[ImageJobResult] = []
    for image in call.body.input:
        job = _new_job(
            emu,
            call,
            "image",
            image,
            conf,
            callback=conf.callback if is_async else None,
            version="Detail",
            content=image.content,
        )
        job = emu.jobs.add(job, finished=not is_async)
        call.job_id = call.job_id or job.job_id
        details.append(_created(ImageJobResult, job) if is_async else job.image_result())
    return ImageAuditingResponse(jobs_detail=details, request_id=call.request_id)


def get_image_auditing_job(emu: Emulator, call: Call) -> ImageAuditingResultResponse:
    job = emu.jobs.find(call.path_values["job_id"], "image")
    return ImageAuditingResultResponse(jobs_detail=job.image_result(), request_id=call.request_id)


def create_video_auditing_job(emu: Emulator, call: Call) -> VideoAuditingResponse:
    assert isinstance(call.body, VideoAuditingRequest)
    conf = call.body.conf
    job = _new_job(
        emu,
        call,
        "video",
        call.body.input,
        conf,
        callback=conf.callback,
        snapshot_count=conf.snapshot.count,
        detect_content=int(conf.detect_content or 0),
    )
    job = emu.jobs.add(job)
    call.job_id = job.job_id
    return VideoAuditingResponse(jobs_detail=job.video_detail(), request_id=call.request_id)


def create_live_auditing_job(emu: Emulator, call: Call) -> VideoAuditingResponse:
    assert isinstance(call.body, LiveAuditingRequest)
    conf = call.body.conf
    job = emu.jobs.add(_new_job(emu, call, "live", call.body.input, conf, callback=conf.callback))
    call.job_id = job.job_id
    return VideoAuditingResponse(jobs_detail=job.video_detail(), request_id=call.request_id)


def get_video_auditing_job(emu: Emulator, call: Call) -> VideoAuditingResultResponse:
    job = emu.jobs.find(call.path_values["job_id"], "video", "live")
    return VideoAuditingResultResponse(jobs_detail=job.video_result(), request_id=call.request_id)


def create_text_auditing_job(emu: Emulator, call: Call) -> TextAuditingResponse:
    assert isinstance(call.body, TextAuditingRequest)
    conf, text = call.body.conf, call.body.input
    inline = text.content is not None
    callback = None if inline else conf.callback
    job = _new_job(emu, call, "text", text, conf, callback=callback, content=text.content)
    job = emu.jobs.add(job, finished=inline)
    call.job_id = job.job_id
    detail = job.text_result() if inline else _created(TextJobResult, job)
    return TextAuditingResponse(jobs_detail=detail, request_id=call.request_id)


def get_text_auditing_job(emu: Emulator, call: Call) -> TextAuditingResponse:
    job = emu.jobs.find(call.path_values["job_id"], "text")
    return TextAuditingResponse(jobs_detail=job.text_result(), request_id=call.request_id)


def create_document_auditing_job(emu: Emulator, call: Call) -> DocumentAuditingResponse:
    assert isinstance(call.body, DocumentAuditingRequest)
    conf = call.body.conf
    job = _new_job(emu, call, "document", call.body.input, conf, callback=conf.callback)
    job = emu.jobs.add(job)
    call.job_id = job.job_id
    detail = _created(DocumentJobResult, job)
    return DocumentAuditingResponse(jobs_detail=detail, request_id=call.request_id)


def get_document_auditing_job(emu: Emulator, call: Call) -> DocumentAuditingResponse:
    job = emu.jobs.find(call.path_values["job_id"], "document")
    return DocumentAuditingResponse(jobs_detail=job.document_result(), request_id=call.request_id)


def create_webpage_auditing_job(emu: Emulator, call: Call) -> WebpageAuditingResponse:
    assert isinstance(call.body, WebpageAuditingRequest)
    conf = call.body.conf
    job = _new_job(
        emu,
        call,
        "webpage",
        call.body.input,
        conf,
        callback=conf.callback,
        highlight=bool(conf.return_highlight_html),
    )
    job = emu.jobs.add(job)
    call.job_id = job.job_id
    detail = _created(WebpageJobResult, job)
    return WebpageAuditingResponse(jobs_detail=detail, request_id=call.request_id)


def get_webpage_auditing_job(emu: Emulator, call: Call) -> WebpageAuditingResponse:
    job = emu.jobs.find(call.path_values["job_id"], "webpage")
    return WebpageAuditingResponse(jobs_detail=job.webpage_result(), request_id=call.request_id)


# Policies and text libraries live in their own module, which imports `Call` from this one.
from .policies import POLICY_HANDLERS  # noqa: E402

HANDLERS: dict[str, Handler] = {
    **POLICY_HANDLERS,
    "ReportBadCase": report_bad_case,
    "CreateAudioAuditingJob": create_audio_auditing_job,
    "GetAudioAuditingJob": get_audio_auditing_job,
    "CancelLiveAuditingJob": cancel_live_auditing_job,
    "RecognizeImage": recognize_image,
    "RecognizeImageUrl": recognize_image_url,
    "CreateImageAuditingJob": create_image_auditing_job,
    "GetImageAuditingJob": get_image_auditing_job,
    "CreateVideoAuditingJob": create_video_auditing_job,
    "CreateLiveAuditingJob": create_live_auditing_job,
    "GetVideoAuditingJob": get_video_auditing_job,
    "CreateTextAuditingJob": create_text_auditing_job,
    "GetTextAuditingJob": get_text_auditing_job,
    "CreateDocumentAuditingJob": create_document_auditing_job,
    "GetDocumentAuditingJob": get_document_auditing_job,
    "CreateWebpageAuditingJob": create_webpage_auditing_job,
    "GetWebpageAuditingJob": get_webpage_auditing_job,
}
