"""Callbacks CI POSTs when a job ends: their JSON (facts §4) and their delivery.

Delivery runs on a small thread pool with its own httpx client (no proxies, no redirects),
a few attempts with exponential backoff, and every attempt written to the ledger. Only
loopback targets are contacted. A submit naming any other callback URL is already refused with
400 `InvalidArgument` (see `handlers`), so the caller sees it at once instead of waiting for a
callback that never comes; should a job still carry one (a custom handler), it is not
contacted but logged (host only: a callback URL may carry a token) and recorded with outcome
`refused`, so the emulator never reaches out.
For a `Failed` job the Simple form carries `code` 1 and the job's message (an emulator
choice: CI documents only `code` 0 = success). A `Success` job's callback carries the verdict
stored on the job (see `verdicts`), the one `GetAudioAuditingJob` answers too.

**Every medium.** Image, video, live, text, document and webpage jobs call back too, with
bodies built from the generated callback models (`ImageCallbackSimple`/`Detail`,
`VideoCallback*` for video and live jobs alike with the event `ReviewVideo`, `TextCallback*`,
`DocumentCallback*`, `WebpageCallback*`) and the same delivery rules. The Detail form is
`{"EventName", "JobsDetail"}` with the job as its result query answers it (plus `BucketId`
and `Region`), sent with `X-Ci-Content-Version: Detail`; the Simple form of image, video
and text jobs is `{"code", "message", "data": {...}}` with the spec's snake_case keys
(`count` instead of `score` for video and text, a text category's `label` being its
keyword, a video's `""`); a failed job's Simple form carries `code` 1 and its message.
Which form a job gets (emulator choices where CI's docs are silent):

- video, live and text jobs: their `Conf.CallbackVersion` (`Simple` when absent);
- image jobs: `Detail` (CI's docs say image jobs call back in the Detail form), or `Simple`
  when a batch request's `Conf` carries a `<CallbackVersion>Simple</CallbackVersion>`
  element the spec does not give images (kept in `unknown_elements`);
- document and webpage jobs: CI documents one body and no version header; the emulator
  sends it without the header (read as the `Simple` webhook), or with `Detail` when the
  `Conf` carries an unlisted `<CallbackVersion>Detail</CallbackVersion>`.

A live job calls back once, when its first snapshots have been judged (state `Auditing`).
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from enum import Enum
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from ci_moderation.model import Model
from ci_moderation.models import (
    DocumentCallbackDetail,
    DocumentCallbackSimple,
    ImageCallbackDetail,
    ImageCallbackSimple,
    ImageCallbackSimpleData,
    JobState,
    TextCallbackDetail,
    TextCallbackSimple,
    TextCallbackSimpleData,
    VideoCallbackDetail,
    VideoCallbackSimple,
    VideoCallbackSimpleData,
    WebpageCallbackDetail,
    WebpageCallbackSimple,
)

from .config import EmulatorConfig
from .jobs import Job, ci_time
from .ledger import CallbackAttempt, CallbackDelivery, CallbackOutcome, Ledger
from .verdicts import build, info_class, reported_categories, simple_info

log = logging.getLogger("ci_emulator.callbacks")

EVENT = "ReviewAudio"
DETAIL_HEADER = "X-Ci-Content-Version"
#: The event each kind of job calls back with.
EVENTS = {
    "audio": EVENT,
    "image": "ReviewImage",
    "video": "ReviewVideo",
    "live": "ReviewVideo",
    "text": "ReviewText",
    "document": "ReviewDocument",
    "webpage": "ReviewHtml",
}
_DETAIL: dict[str, type[Model]] = {
    "image": ImageCallbackDetail,
    "video": VideoCallbackDetail,
    "live": VideoCallbackDetail,
    "text": TextCallbackDetail,
    "document": DocumentCallbackDetail,
    "webpage": WebpageCallbackDetail,
}
#: Simple forms with their own body; documents and webpages send the Detail body.
_SIMPLE: dict[str, tuple[type[Model], type[Model], str]] = {
    "image": (ImageCallbackSimple, ImageCallbackSimpleData, "category"),
    "video": (VideoCallbackSimple, VideoCallbackSimpleData, ""),
    "live": (VideoCallbackSimple, VideoCallbackSimpleData, ""),
    "text": (TextCallbackSimple, TextCallbackSimpleData, "word"),
}
_SAME_BODY: dict[str, type[Model]] = {
    "document": DocumentCallbackSimple,
    "webpage": WebpageCallbackSimple,
}


def is_loopback(url: str) -> bool:
    """True for http(s) URLs whose host is a loopback address or `localhost` (no DNS)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        return False
    if parts.scheme not in ("http", "https") or host is None:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def source_url(job: Job, config: EmulatorConfig) -> str:
    """The audio's URL, or the COS URL of its object key."""
    if job.url:
        return job.url
    key = quote(job.object or "", safe="/")
    bucket, region = job.bucket or config.bucket, job.region or config.region
    return f"https://{bucket}.cos.{region}.myqcloud.com/{key}"


def _categories(job: Job) -> tuple[str, ...]:
    verdict = job.reported_verdict()
    return verdict.categories if verdict is not None else reported_categories(job.detect_types)


def simple_payload(job: Job, config: EmulatorConfig) -> dict[str, Any]:
    """The Simple form. A `Success` job carries its verdict (`result`, `forbidden_status`,
    `<category>_info` {hit_flag, label, score}); any other job `result` 0 and zeros."""
    verdict = job.final_verdict()
    data: dict[str, Any] = {
        "event": EVENT,
        "trace_id": job.job_id,
        "url": source_url(job, config),
        "result": verdict.result if verdict is not None else 0,
        "forbidden_status": verdict.forbid_state if verdict is not None else 0,
    }
    for category in _categories(job):
        info = verdict.info(category) if verdict is not None else None
        data[f"{category.lower()}_info"] = {
            "hit_flag": _json_value(info.hit_flag) if info is not None else 0,
            "label": (info.label if info is not None else None) or "",
            "score": (info.score if info is not None else None) or 0,
        }
    if job.data_id is not None:
        data["data_id"] = job.data_id
    ok = job.state == JobState.SUCCESS.value
    return {"code": 0 if ok else 1, "message": "success" if ok else job.message, "data": data}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S%z")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Model):
        return model_json(value)
    return value


def model_json(model: Model) -> dict[str, Any]:
    """A generated model as callback JSON: its XML names as keys, lists as arrays (a
    comma-joined element, e.g. a text section's `Keywords`, as one `"a,b"` string, as CI
    sends it), unset fields left out."""
    out: dict[str, Any] = {}
    for f in type(model).__ci_shape__.fields:
        value = getattr(model, f.attr)
        if value is None or value == []:
            continue
        if f.comma:
            out[f.xml_name] = ",".join(str(_json_value(v)) for v in value)
        elif f.is_list:
            out[f.xml_name] = [_json_value(v) for v in value]
        else:
            out[f.xml_name] = _json_value(value)
    return out


def media_payload(job: Job, config: EmulatorConfig) -> tuple[dict[str, Any], bool]:
    """The callback of a job of any medium but audio, and whether it is the Detail form
    (see the module's docstring)."""
    detail = job.callback_version == "Detail"
    if detail or job.kind not in _SIMPLE:
        jobs_detail = job.result_model()
        for name, value in (("bucket_id", job.bucket or config.bucket),
                            ("region", job.region or config.region)):  # fmt: skip
            if getattr(jobs_detail, name, None) is None:
                setattr(jobs_detail, name, value)
        cls = _DETAIL[job.kind] if detail else _SAME_BODY[job.kind]
        body = build(cls, event_name=EVENTS[job.kind], jobs_detail=jobs_detail)
        return model_json(body), detail
    envelope, data_cls, label = _SIMPLE[job.kind]
    verdict = job.reported_verdict()
    infos = {}
    for category in _categories(job):
        attr = f"{category.lower()}_info"
        if attr in data_cls.__ci_shape__.by_attr:
            infos[attr] = simple_info(verdict, category, info_class(data_cls, category), label)
    data = build(
        data_cls,
        event=EVENTS[job.kind],
        trace_id=job.job_id,
        url=job.url if job.kind == "live" else source_url(job, config),
        result=verdict.result if verdict is not None else 0,
        forbidden_status=verdict.forbid_state if verdict is not None else 0,
        data_id=job.data_id,
        **infos,
    )
    failed = job.state == JobState.FAILED.value
    body = envelope(
        code=1 if failed else 0, message=job.message if failed else "success", data=data
    )  # type: ignore[call-arg]
    return model_json(body), False


def detail_payload(job: Job, config: EmulatorConfig) -> dict[str, Any]:
    """`JobsDetail` in PascalCase, its fields named by the generated models' XML names. A
    `Success` job adds its verdict: `Result`, `Label`, `Section` (an array, possibly empty)
    and `<Category>Info` blocks, built from the same models as the query's answer (a
    category not hit: {HitFlag 0, Score 0, Label ""})."""
    detail = model_json(job.audio_detail())
    detail["CreationTime"] = ci_time(job.created_at)
    verdict = job.final_verdict()
    if verdict is not None:
        detail.update(
            Result=verdict.result,
            Label=verdict.label,
            Section=[model_json(s) for s in verdict.sections()],
        )
        for category in verdict.categories:
            info = model_json(verdict.info(category))
            detail[f"{category}Info"] = {"HitFlag": 0, "Score": 0, "Label": "", **info}
    detail.update(
        BucketId=job.bucket or config.bucket,
        Region=job.region or config.region,
        ForbidState=verdict.forbid_state if verdict is not None else 0,
        CosHeaders={},
    )
    return {"EventName": EVENT, "JobsDetail": detail}


class CallbackDispatcher:
    """Builds and delivers the callback of each finished job that asked for one."""

    def __init__(self, ledger: Ledger, config: EmulatorConfig) -> None:
        self._ledger = ledger
        self._config = config
        self._executor: ThreadPoolExecutor | None = None
        self._http: httpx.Client | None = None
        self._lock = threading.Lock()

    def dispatch(self, job: Job) -> None:
        if not job.callback:
            return
        if job.kind == "audio":
            detail = job.callback_version == "Detail"
            config = self._config
            payload = detail_payload(job, config) if detail else simple_payload(job, config)
        else:
            payload, detail = media_payload(job, self._config)
        headers = {DETAIL_HEADER: "Detail"} if detail else {}
        delivery = CallbackDelivery(
            job.job_id, job.callback, job.callback_version, payload, headers=headers
        )
        if not is_loopback(job.callback):
            log.warning(
                "callback of %s to non-loopback host %r refused",
                job.job_id,
                urlsplit(job.callback).hostname,
            )
            self._ledger.record_callback(
                CallbackDelivery(
                    job.job_id,
                    job.callback,
                    job.callback_version,
                    payload,
                    outcome="refused",
                    headers=headers,
                )
            )
            return
        self._ledger.record_callback(delivery)
        self._pool().submit(self._deliver, delivery)

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(4, thread_name_prefix="ci-emulator-callback")
                self._http = httpx.Client(
                    timeout=self._config.callback_timeout, trust_env=False, follow_redirects=False
                )
            return self._executor

    def _deliver(self, d: CallbackDelivery) -> None:
        assert self._http is not None
        attempts = self._config.callback_attempts
        for number in range(1, attempts + 1):
            status: int | None = None
            error: str | None = None
            try:
                status = self._http.post(d.url, json=d.payload, headers=d.headers).status_code
            except httpx.HTTPError as exc:
                error = type(exc).__name__
            ok = status is not None and 200 <= status < 300
            outcome: CallbackOutcome = (
                "delivered" if ok else "failed" if number == attempts else "pending"
            )
            self._ledger.add_attempt(
                d.job_id, CallbackAttempt(number, status, error, time.time()), outcome
            )
            if ok:
                return
            if number < attempts:
                time.sleep(self._config.callback_backoff * 2 ** (number - 1))

    def close(self) -> None:
        with self._lock:
            executor, http = self._executor, self._http
            self._executor = self._http = None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        if http is not None:
            http.close()
