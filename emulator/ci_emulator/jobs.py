"""Moderation jobs and their lifecycle, driven by the emulator's clock.

An audio job goes `Submitted` → `Auditing` → `Success` (or `Failed` with `Code`/`Message`
when its input matches a `FailureTrigger`), one step every `step_seconds`. Transitions happen
in `tick()`, which returns the jobs that just finished so their callbacks can be sent.
Live-stream jobs are seeded by tests or `--seed-live-job` (CI creates them from a stream),
with a random id or a given one that the spec's `jobId` accepts, and stay `Auditing` until
cancelled. `Cancelled` is an emulator word: CI does not document the state it shows.

Every other medium follows the same clock (emulator choices, one step every `step_seconds`):

- image (async), text (`Object`/`Url`), document and webpage jobs: `Submitted` →
  `Auditing` → `Success`/`Failed`, like audio;
- video jobs: `Submitted` → `Snapshoting` → `Auditing` → `Success`/`Failed` (one more step,
  the `Snapshoting` state CI's video docs name);
- live-stream jobs made by CreateLiveAuditingJob: `Submitted` → `Auditing`, and at that step
  their first snapshots are judged: the verdict is there (state still `Auditing`) and the
  job's one callback goes then (`tick()` returns the job, so `advance()` counts it). They
  stay `Auditing` until CancelLiveAuditingJob (`Cancelled`), which sends no callback. The
  spec's `State` values have no word for a cancelled job, so GetVideoAuditingJob reports a
  cancelled live job as `Success` (the moderation of the stream ended; its verdict so far
  stays), while `Emulator.job(id).state` says `Cancelled`. A `FailureTrigger` does not
  apply to them;
- synchronous answers (single-image moderation without `async`, a batch image request with
  `Async` 0, inline text `Content`) make a job that has already ended when it is answered
  (so GetImageAuditingJob / GetTextAuditingJob find it later); it sends no callback.

Job ids: `sa` audio, `si` image, `av` video and live, `st` text, `sd` document, `sh`
webpage, then 32 hex digits (`sl` for seeded live jobs).

A job that ends `Success` gets its `Verdict` then (see `verdicts`), stored on the job so the
result query and the callbacks report the same one. `Job.audio_result()` is the job as
`GetAudioAuditingJob` answers it: no verdict fields before it ends, `Code`/`Message`
`Success`/`Success` when it succeeded, the trigger's code and message when it failed. The
other `*_result()` methods do the same for their media, in their generated models.
"""

from __future__ import annotations

import heapq
import threading
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import TypeVar
from urllib.parse import quote, urljoin

from ci_moderation.errors import RequestValidationError
from ci_moderation.model import Model
from ci_moderation.models import (
    AudioAuditingRequest,
    AudioJobDetail,
    AudioJobResult,
    DocumentJobResult,
    DocumentLabels,
    DocumentPageResult,
    DocumentPageSegment,
    Freeze,
    ImageCompressionResult,
    ImageJobResult,
    ImageRecognitionResult,
    JobState,
    LiveJobDetail,
    TextJobResult,
    TextSection,
    UserInfo,
    VideoJobDetail,
    VideoJobResult,
    VideoJobState,
    VideoSnapshot,
    WebpageImageResult,
    WebpageImageResults,
    WebpageJobResult,
    WebpageLabels,
    WebpageTextResult,
    WebpageTextResults,
)
from ci_moderation.operations import CANCEL_LIVE_AUDITING_JOB

from .config import FailureTrigger
from .errors import EmulatorError
from .ledger import JobKind, JobRecord, Ledger
from .verdicts import (
    CATEGORIES,
    PAGE_TEXT,
    TEXT_SECTION_CHARS,
    Verdict,
    build,
    fill_unit,
    info_attr,
    judge,
    offset_ms,
    put_job_infos,
    text_of,
)

M = TypeVar("M", bound=Model)
#: CI reports times in China Standard Time: 2019-07-07T12:12:12+0800.
CHINA_TIME = timezone(timedelta(hours=8))
CANCELLED = "Cancelled"
TERMINAL = frozenset({JobState.SUCCESS.value, JobState.FAILED.value, CANCELLED})
LIVE_VIDEO = "live_video"
#: The prefix of each kind's job ids.
ID_PREFIX: dict[JobKind, str] = {
    "audio": "sa",
    "image": "si",
    "video": "av",
    "live": "av",
    "text": "st",
    "document": "sd",
    "webpage": "sh",
}


def ci_datetime(timestamp: float) -> datetime:
    return datetime.fromtimestamp(int(timestamp), CHINA_TIME)


def ci_time(timestamp: float) -> str:
    """The wire form of a CI timestamp (no colon in the offset)."""
    return ci_datetime(timestamp).strftime("%Y-%m-%dT%H:%M:%S%z")


@dataclass(slots=True)
class Job:
    """One job. The store hands out copies; only the store changes the real ones."""

    job_id: str
    kind: JobKind
    state: str
    created_at: float
    data_id: str | None = None
    object: str | None = None
    url: str | None = None
    callback: str | None = None
    callback_version: str = "Simple"
    detect_types: tuple[str, ...] = ()
    request_id: str | None = None
    code: str | None = None
    message: str | None = None
    failure: FailureTrigger | None = None
    bucket: str | None = None
    region: str | None = None
    user_info: UserInfo | None = None
    freeze: tuple[tuple[str, int], ...] = ()  # (category, Conf.Freeze threshold)
    verdict: Verdict | None = None  # set when the job ends `Success` (live: starts auditing)
    content: str | bytes | None = None  # inline text or image bytes
    snapshot_count: int | None = None  # video: Conf.Snapshot.Count
    detect_content: int = 0  # video: 1 = the sound too
    highlight: bool = False  # webpage: Conf.ReturnHighlightHtml

    @property
    def source(self) -> str:
        """What the verdict markers are looked for in: the object key, else the URL, else the
        inline content."""
        return self.object or self.url or text_of(self.content)

    def reported_verdict(self) -> Verdict | None:
        """The verdict a query or callback reports: a `Success` job's, or a live job's so far."""
        if self.kind == "live":
            return self.verdict
        return self.final_verdict()

    def cos_url(self, key: str) -> str:
        bucket, region = self.bucket or "examplebucket-1250000000", self.region or "ap-beijing"
        return f"https://{bucket}.cos.{region}.myqcloud.com/{quote(key, safe='/')}"

    def _common(self, cls: type[M]) -> M:
        """The fields every medium's result has, and `Code`/`Message`."""
        code = message = None
        if self.state == JobState.FAILED.value:
            code, message = self.code, self.message
        elif self.state == JobState.SUCCESS.value:
            code = message = "Success"
        return build(
            cls,
            code=code,
            message=message,
            job_id=self.job_id,
            state=self.state,
            creation_time=self.creation_time,
            data_id=self.data_id,
            object=self.object,
            url=self.url,
            bucket_id=self.bucket,
            region=self.region,
            user_info=self.user_info,
        )

    # -- image ---------------------------------------------------------------------------------

    def image_result(self) -> ImageJobResult:
        """The image job as GetImageAuditingJob (and a batch answer) reports it."""
        result = self._common(ImageJobResult)
        verdict = self.reported_verdict()
        if verdict is None:
            return result
        top = verdict.hit(verdict.label)
        result.compression_result = ImageCompressionResult.NOT_COMPRESSED
        result.label, result.result = verdict.label, verdict.result
        result.score = top.score if top is not None else 0
        result.category = top.category if top is not None else None
        result.text = " ".join(h.text for h in verdict.hits) or None
        result.forbid_state = verdict.forbid_state
        put_job_infos(result, verdict, image=True)
        return result

    def recognition_result(self) -> ImageRecognitionResult:
        """The answer of RecognizeImage / RecognizeImageUrl: the image result's fields that
        `RecognitionResult` has (no bucket, region, user info)."""
        image = self.image_result()
        shape = ImageRecognitionResult.__ci_shape__
        values = {f.attr: getattr(image, f.attr) for f in shape.fields if hasattr(image, f.attr)}
        return build(ImageRecognitionResult, **values)

    # -- video and live --------------------------------------------------------------------------

    def video_detail(self) -> VideoJobDetail:
        return build(
            VideoJobDetail,
            job_id=self.job_id,
            state=self.state,
            creation_time=self.creation_time,
            data_id=self.data_id,
            object=self.object,
            url=self.url,
        )

    def video_result(self) -> VideoJobResult:
        """A video or live job as GetVideoAuditingJob reports it."""
        result = self._common(VideoJobResult)
        if self.kind == "live":
            result.type = LIVE_VIDEO
            if self.state == CANCELLED:  # the spec's states have no word for it
                result.state = JobState.SUCCESS.value
                result.code = result.message = "Success"
        verdict = self.reported_verdict()
        if verdict is None:
            return result
        base = int(self.created_at) * 1000 if self.kind == "live" else 0
        result.snapshot = [
            fill_unit(
                VideoSnapshot(
                    url=self.cos_url(f"ci-emulator/{self.job_id}/snapshot-{n}.jpg"),
                    text=hit.text,
                    snapshot_time=base + offset_ms(n),
                ),
                [(n, hit)],
                verdict.categories,
                ocr=True,
            )
            for n, hit in enumerate(verdict.hits)
        ]
        if self.kind == "live":
            result.snapshot_count = len(result.snapshot)
        else:
            result.snapshot_count = self.snapshot_count
        result.label, result.result = verdict.label, verdict.result
        result.forbid_state = verdict.forbid_state
        put_job_infos(result, verdict)
        if self.detect_content:
            result.audio_section = verdict.sections()
            for section in result.audio_section:
                section.offset_time = base + (section.offset_time or 0)
        return result

    # -- text ----------------------------------------------------------------------------------

    def text_result(self) -> TextJobResult:
        """A text job as GetTextAuditingJob (and an inline `Content` submit) reports it."""
        result = self._common(TextJobResult)
        result.content = self.content if isinstance(self.content, str | bytes) else None
        verdict = self.reported_verdict()
        if verdict is None:
            return result
        cats = verdict.categories
        hits = list(enumerate(verdict.hits))
        if self.content is not None:  # inline text is one section
            sections = [fill_unit(TextSection(start_byte=0), hits, cats)]
        else:
            sections = [fill_unit(TextSection(start_byte=0), [], cats)]
            sections += [
                fill_unit(TextSection(start_byte=TEXT_SECTION_CHARS * (n + 1)), [(n, h)], cats)
                for n, h in hits
            ]
        result.section = sections
        result.section_count = len(sections)
        result.label, result.result = verdict.label, verdict.result
        result.forbid_state = verdict.forbid_state
        put_job_infos(result, verdict)
        return result

    # -- document ------------------------------------------------------------------------------

    def document_result(self) -> DocumentJobResult:
        result = self._common(DocumentJobResult)
        verdict = self.reported_verdict()
        if verdict is None:
            return result
        cats = verdict.categories

        def page(number: int, text: str | None) -> DocumentPageResult:
            url = self.cos_url(f"ci-emulator/{self.job_id}/page-{number}.jpg")
            return DocumentPageResult(url=url, text=text, page_number=number, sheet_number=0)

        pages = [fill_unit(page(1, None), [], cats, result_attr="suggestion")]
        pages += [
            fill_unit(page(n + 2, h.text), [(n, h)], cats, result_attr="suggestion", ocr=True)
            for n, h in enumerate(verdict.hits)
        ]
        result.page_count = len(pages)
        result.page_segment = DocumentPageSegment(results=pages)
        result.label, result.suggestion = verdict.label, verdict.result
        result.labels = DocumentLabels()
        put_job_infos(result.labels, verdict)
        result.forbid_state = verdict.forbid_state
        return result

    # -- webpage -------------------------------------------------------------------------------

    def webpage_result(self) -> WebpageJobResult:
        result = self._common(WebpageJobResult)
        verdict = self.reported_verdict()
        if verdict is None:
            return result
        cats = verdict.categories
        texts = [fill_unit(WebpageTextResult(text=PAGE_TEXT), [], cats, result_attr="suggestion")]
        texts += [
            fill_unit(WebpageTextResult(text=h.text), [(n, h)], cats, result_attr="suggestion")
            for n, h in enumerate(verdict.hits)
        ]
        logo = urljoin(self.url or "", "/logo.png")
        images = [fill_unit(WebpageImageResult(url=logo), [], cats, result_attr="suggestion")]
        result.text_results = WebpageTextResults(results=texts)
        result.image_results = WebpageImageResults(results=images)
        result.page_count = len(texts) + len(images)
        result.label, result.suggestion = verdict.label, verdict.result
        result.labels = WebpageLabels()
        put_job_infos(result.labels, verdict)
        if self.highlight:
            marked = " ".join(
                f'... <span style="color:red">{h.word}</span> ...' for h in verdict.hits
            )
            result.highlight_html = f"<html><body><p>{PAGE_TEXT}</p><p>{marked}</p></body></html>"
        return result

    def result_model(self) -> Model:
        """The job as its medium's result query answers it."""
        return {
            "audio": self.audio_result,
            "image": self.image_result,
            "video": self.video_result,
            "live": self.video_result,
            "text": self.text_result,
            "document": self.document_result,
            "webpage": self.webpage_result,
        }[self.kind]()

    def final_verdict(self) -> Verdict | None:
        """The verdict of a `Success` job (judged now for one made without the store, e.g. by
        a custom handler); None for any other state."""
        if self.state != JobState.SUCCESS.value:
            return None
        if self.verdict is None:
            return judge(self.source, self.detect_types, dict(self.freeze))
        return self.verdict

    @property
    def finished(self) -> bool:
        return self.state in TERMINAL

    @property
    def creation_time(self) -> datetime:
        return ci_datetime(self.created_at)

    def audio_detail(self) -> AudioJobDetail:
        return AudioJobDetail(
            job_id=self.job_id,
            state=self.state,
            creation_time=self.creation_time,
            data_id=self.data_id,
            object=self.object,
            url=self.url,
            code=self.code,
            message=self.message,
        )

    def audio_result(self) -> AudioJobResult:
        """The job and, once it succeeded, its verdict, as `GetAudioAuditingJob` answers."""
        result = AudioJobResult(
            job_id=self.job_id,
            state=self.state,
            creation_time=self.creation_time,
            data_id=self.data_id,
            object=self.object,
            url=self.url,
            bucket_id=self.bucket,
            region=self.region,
            user_info=self.user_info,
        )
        if self.state == JobState.FAILED.value:
            result.code, result.message = self.code, self.message
        verdict = self.final_verdict()
        if verdict is None:
            return result
        result.code = result.message = "Success"
        result.label = verdict.label
        result.result = verdict.result
        result.audio_text = verdict.audio_text
        for category in verdict.categories:
            setattr(result, info_attr(category), verdict.info(category))
        result.section = verdict.sections()
        result.forbid_state = verdict.forbid_state
        return result

    def live_detail(self) -> LiveJobDetail:
        return LiveJobDetail(
            data_id=self.data_id, job_id=self.job_id, creation_time=self.creation_time
        )


def check_job_id(job_id: str) -> str:
    """`job_id` if the spec's `jobId` path parameter accepts it, else ValueError."""
    try:
        CANCEL_LIVE_AUDITING_JOB.build_path({"job_id": job_id})
    except RequestValidationError:
        [param] = CANCEL_LIVE_AUDITING_JOB.params
        raise ValueError(
            f"job id {job_id[:40]!r} is not valid: {param.min_length} to {param.max_length} "
            f"characters matching {param.pattern.pattern if param.pattern else '.*'}"
        ) from None
    return job_id


def word_value(word: object) -> str:
    value = getattr(word, "value", word)
    return str(value)


def thresholds(freeze: Freeze | None) -> tuple[tuple[str, int], ...]:
    """`Conf.Freeze` as (category, threshold) pairs: `PornScore` → ("Porn", n)."""
    if freeze is None:
        return ()
    pairs = ((c, getattr(freeze, f"{c.lower()}_score", None)) for c in CATEGORIES)
    return tuple((c, n) for c, n in pairs if isinstance(n, int))


class JobStore:
    """All jobs of one emulator, with a heap of pending transitions."""

    def __init__(
        self, ledger: Ledger, step_seconds: float, triggers: tuple[FailureTrigger, ...]
    ) -> None:
        self._ledger = ledger
        self._step = step_seconds
        self._triggers = triggers
        self._jobs: dict[str, Job] = {}
        self._due: list[tuple[float, int, str]] = []
        self._seq = 0
        self._lock = threading.Lock()

    def _schedule(self, at: float, job_id: str) -> None:
        self._seq += 1
        heapq.heappush(self._due, (at, self._seq, job_id))

    def create_audio(
        self,
        body: AudioAuditingRequest,
        request_id: str,
        now: float,
        *,
        bucket: str | None = None,
        region: str | None = None,
    ) -> Job:
        source = body.input.object or body.input.url or ""
        conf = body.conf
        job = Job(
            job_id="sa" + uuid.uuid4().hex,
            kind="audio",
            state=JobState.SUBMITTED.value,
            created_at=now,
            data_id=body.input.data_id,
            object=body.input.object,
            url=body.input.url,
            callback=conf.callback,
            callback_version=word_value(conf.callback_version or "Simple"),
            detect_types=tuple(word_value(d) for d in conf.detect_type or ()),
            request_id=request_id,
            failure=next((t for t in self._triggers if t.matches(source)), None),
            bucket=bucket,
            region=region,
            user_info=body.input.user_info,
            freeze=thresholds(conf.freeze),
        )
        with self._lock:
            self._jobs[job.job_id] = job
            self._schedule(now + self._step, job.job_id)
            self._ledger.record_job(
                JobRecord(job.job_id, "audio", job.data_id, request_id, now, source)
            )
            return replace(job)

    def seed_live(
        self, data_id: str | None, now: float, *, finished: bool = False, job_id: str | None = None
    ) -> Job:
        """A new live job, with `job_id` (checked against the spec; ValueError when invalid or
        taken) or a random id."""
        state = JobState.SUCCESS.value if finished else JobState.AUDITING.value
        new_id = "sl" + uuid.uuid4().hex if job_id is None else check_job_id(job_id)
        job = Job(new_id, "live", state, now, data_id=data_id)
        with self._lock:
            if job.job_id in self._jobs:
                raise ValueError(f"a job {job.job_id} already exists")
            self._jobs[job.job_id] = job
            self._ledger.record_job(JobRecord(job.job_id, "live", data_id, None, now))
            return replace(job)

    def cancel_live(self, job_id: str) -> Job:
        """Stop a live job. Unknown → 404 NoSuchJob; already over → 409 JobAlreadyFinished
        (both codes are emulator choices: CI does not document these answers)."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.kind != "live":
                raise EmulatorError(404, "NoSuchJob", f"no live-stream job {job_id}")
            if job.finished:
                raise EmulatorError(
                    409, "JobAlreadyFinished", f"job {job_id} is already {job.state}"
                )
            job.state = CANCELLED
            return replace(job)

    def get_audio(self, job_id: str) -> Job:
        """An audio job. Unknown, or a live-stream job → 404 NoSuchJob (an emulator choice,
        as for cancel: CI documents no answer for either)."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.kind != "audio":
                raise EmulatorError(404, "NoSuchJob", f"no audio job {job_id}")
            return replace(job)

    def new_id(self, kind: JobKind) -> str:
        return ID_PREFIX[kind] + uuid.uuid4().hex

    def add(self, job: Job, *, finished: bool = False) -> Job:
        """Keep a new job (made by a handler, `job_id` from `new_id`, `state` Submitted) and
        record it. `finished`: end it now (a synchronous answer), else schedule its first
        step. A job whose object key or URL matches a `FailureTrigger` will end `Failed`
        (live jobs never do)."""
        if job.kind != "live" and (job.object or job.url):
            job.failure = next((t for t in self._triggers if t.matches(job.source)), None)
        now = job.created_at
        with self._lock:
            if finished:
                self._end(job)
            else:
                self._schedule(now + self._step, job.job_id)
            self._jobs[job.job_id] = job
            source = job.object or job.url
            self._ledger.record_job(
                JobRecord(job.job_id, job.kind, job.data_id, job.request_id, now, source)
            )
            return replace(job)

    def find(self, job_id: str, *kinds: JobKind) -> Job:
        """A job of one of `kinds`. Unknown, or of another kind → 404 NoSuchJob (an emulator
        choice: CI documents no answer for either)."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.kind not in kinds:
                what = " or ".join(kinds)
                raise EmulatorError(404, "NoSuchJob", f"no {what} job {job_id}")
            return replace(job)

    def _end(self, job: Job) -> None:
        if job.failure is not None:
            job.state = JobState.FAILED.value
            job.code, job.message = job.failure.code, job.failure.message
        else:
            job.state = JobState.SUCCESS.value
            job.verdict = judge(job.source, job.detect_types, dict(job.freeze))

    def get(self, job_id: str) -> Job:
        with self._lock:
            return replace(self._jobs[job_id])

    def all(self) -> list[Job]:
        with self._lock:
            return [replace(j) for j in self._jobs.values()]

    def tick(self, now: float) -> list[Job]:
        """Apply every transition due by `now`; return copies of the jobs that just ended
        (and of live jobs that just started auditing: they call back then)."""
        ended: list[Job] = []
        with self._lock:
            while self._due and self._due[0][0] <= now:
                at, _, job_id = heapq.heappop(self._due)
                job = self._jobs[job_id]
                if job.state == JobState.SUBMITTED.value and job.kind == "live":
                    job.state = JobState.AUDITING.value  # and stays so until cancelled
                    job.verdict = judge(job.source, job.detect_types, dict(job.freeze))
                    ended.append(replace(job))  # its callback: the first snapshots' verdict
                elif job.state == JobState.SUBMITTED.value and job.kind == "video":
                    job.state = VideoJobState.SNAPSHOTING.value
                    self._schedule(at + self._step, job_id)
                elif job.state in (JobState.SUBMITTED.value, VideoJobState.SNAPSHOTING.value):
                    job.state = JobState.AUDITING.value
                    self._schedule(at + self._step, job_id)
                elif job.state == JobState.AUDITING.value and job.kind != "live":
                    self._end(job)
                    ended.append(replace(job))
        return ended
