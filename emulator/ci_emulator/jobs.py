"""Moderation jobs and their lifecycle, driven by the emulator's clock.

An audio job goes `Submitted` → `Auditing` → `Success` (or `Failed` with `Code`/`Message`
when its input matches a `FailureTrigger`), one step every `step_seconds`. Transitions happen
in `tick()`, which returns the jobs that just finished so their callbacks can be sent.
Live-stream jobs are seeded by tests or `--seed-live-job` (CI creates them from a stream),
with a random id or a given one that the spec's `jobId` accepts, and stay `Auditing` until
cancelled. `Cancelled` is an emulator word: CI does not document the state it shows.

A job that ends `Success` gets its `Verdict` then (see `verdicts`), stored on the job so the
result query and the callbacks report the same one. `Job.audio_result()` is the job as
`GetAudioAuditingJob` answers it: no verdict fields before it ends, `Code`/`Message`
`Success`/`Success` when it succeeded, the trigger's code and message when it failed.
"""

from __future__ import annotations

import heapq
import threading
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Literal

from ci_moderation.errors import RequestValidationError
from ci_moderation.models import (
    AudioAuditingRequest,
    AudioJobDetail,
    AudioJobResult,
    Freeze,
    JobState,
    LiveJobDetail,
    UserInfo,
)
from ci_moderation.operations import CANCEL_LIVE_AUDITING_JOB

from .config import FailureTrigger
from .errors import EmulatorError
from .ledger import JobRecord, Ledger
from .verdicts import CATEGORIES, Verdict, info_attr, judge

#: CI reports times in China Standard Time: 2019-07-07T12:12:12+0800.
CHINA_TIME = timezone(timedelta(hours=8))
CANCELLED = "Cancelled"
TERMINAL = frozenset({JobState.SUCCESS.value, JobState.FAILED.value, CANCELLED})


def ci_datetime(timestamp: float) -> datetime:
    return datetime.fromtimestamp(int(timestamp), CHINA_TIME)


def ci_time(timestamp: float) -> str:
    """The wire form of a CI timestamp (no colon in the offset)."""
    return ci_datetime(timestamp).strftime("%Y-%m-%dT%H:%M:%S%z")


@dataclass(slots=True)
class Job:
    """One job. The store hands out copies; only the store changes the real ones."""

    job_id: str
    kind: Literal["audio", "live"]
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
    verdict: Verdict | None = None  # set when the job ends `Success`

    @property
    def source(self) -> str:
        """What the verdict markers are looked for in: the object key, else the URL."""
        return self.object or self.url or ""

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


def _value(word: object) -> str:
    value = getattr(word, "value", word)
    return str(value)


def _thresholds(freeze: Freeze | None) -> tuple[tuple[str, int], ...]:
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
            callback_version=_value(conf.callback_version or "Simple"),
            detect_types=tuple(_value(d) for d in conf.detect_type or ()),
            request_id=request_id,
            failure=next((t for t in self._triggers if t.matches(source)), None),
            bucket=bucket,
            region=region,
            user_info=body.input.user_info,
            freeze=_thresholds(conf.freeze),
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

    def get(self, job_id: str) -> Job:
        with self._lock:
            return replace(self._jobs[job_id])

    def all(self) -> list[Job]:
        with self._lock:
            return [replace(j) for j in self._jobs.values()]

    def tick(self, now: float) -> list[Job]:
        """Apply every transition due by `now`; return copies of the jobs that just ended."""
        ended: list[Job] = []
        with self._lock:
            while self._due and self._due[0][0] <= now:
                at, _, job_id = heapq.heappop(self._due)
                job = self._jobs[job_id]
                if job.state == JobState.SUBMITTED.value:
                    job.state = JobState.AUDITING.value
                    self._schedule(at + self._step, job_id)
                elif job.state == JobState.AUDITING.value:
                    if job.failure is not None:
                        job.state = JobState.FAILED.value
                        job.code, job.message = job.failure.code, job.failure.message
                    else:
                        job.state = JobState.SUCCESS.value
                        job.verdict = judge(job.source, job.detect_types, dict(job.freeze))
                    ended.append(replace(job))
        return ended
