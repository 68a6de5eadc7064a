"""Operation models of Tencent Cloud CI content moderation.

Method, path, shapes, and the retry and rate-limit facts of each operation.

Generated from the spec by `generator/`; do not edit.
"""

from __future__ import annotations

import re
from typing import Any

from . import models
from .core import OperationModel, PathParamSpec, RateLimitSpec

#: The spec's server template of the CI host; `Endpoint.for_bucket` fills it.
SERVER_TEMPLATE = "{scheme}://{bucket}.ci.{region}.myqcloud.com"
DEFAULT_SCHEME = "https"
#: Every host an operation may be on (`OperationModel.host`), by name.
SERVERS: dict[str, str] = {
    "ci": "{scheme}://{bucket}.ci.{region}.myqcloud.com",
}

CANCEL_LIVE_AUDITING_JOB: OperationModel[models.CancelLiveAuditingResponse] = OperationModel(
    name="CancelLiveAuditingJob",
    method="POST",
    path="/video/cancel_auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.CancelLiveAuditingResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=RateLimitSpec(20, 1.0, "bucket"),
)

CREATE_AUDIO_AUDITING_JOB: OperationModel[models.AudioAuditingResponse] = OperationModel(
    name="CreateAudioAuditingJob",
    method="POST",
    path="/audio/auditing",
    params=(),
    input_cls=models.AudioAuditingRequest,
    output_cls=models.AudioAuditingResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

GET_AUDIO_AUDITING_JOB: OperationModel[models.AudioAuditingResultResponse] = OperationModel(
    name="GetAudioAuditingJob",
    method="GET",
    path="/audio/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.AudioAuditingResultResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

REPORT_BAD_CASE: OperationModel[models.BadCaseResponse] = OperationModel(
    name="ReportBadCase",
    method="POST",
    path="/report/badcase",
    params=(),
    input_cls=models.BadCaseRequest,
    output_cls=models.BadCaseResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

#: Every operation by its spec operationId.
OPERATIONS: dict[str, OperationModel[Any]] = {
    "CancelLiveAuditingJob": CANCEL_LIVE_AUDITING_JOB,
    "CreateAudioAuditingJob": CREATE_AUDIO_AUDITING_JOB,
    "GetAudioAuditingJob": GET_AUDIO_AUDITING_JOB,
    "ReportBadCase": REPORT_BAD_CASE,
}
