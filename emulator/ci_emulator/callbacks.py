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
from ci_moderation.models import JobState

from .config import EmulatorConfig
from .jobs import Job, ci_time
from .ledger import CallbackAttempt, CallbackDelivery, CallbackOutcome, Ledger
from .verdicts import reported_categories

log = logging.getLogger("ci_emulator.callbacks")

EVENT = "ReviewAudio"
DETAIL_HEADER = "X-Ci-Content-Version"


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
    verdict = job.final_verdict()
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
    """A generated model as callback JSON: its XML names as keys, lists as arrays, unset
    fields left out."""
    out: dict[str, Any] = {}
    for f in type(model).__ci_shape__.fields:
        value = getattr(model, f.attr)
        if value is None or value == []:
            continue
        out[f.xml_name] = [_json_value(v) for v in value] if f.is_list else _json_value(value)
    return out


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
        detail = job.callback_version == "Detail"
        payload = detail_payload(job, self._config) if detail else simple_payload(job, self._config)
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
