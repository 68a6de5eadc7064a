"""Operation models of Tencent Cloud CI content moderation.

Method, path, shapes, and the retry and rate-limit facts of each operation.

Generated from the spec by `generator/`; do not edit.
"""

from __future__ import annotations

import re
from typing import Any

from . import models
from .core import OperationModel, PageSpec, PathParamSpec, QueryParamSpec, RateLimitSpec

#: The spec's server template of the CI host; `Endpoint.for_bucket` fills it.
SERVER_TEMPLATE = "{scheme}://{bucket}.ci.{region}.myqcloud.com"
DEFAULT_SCHEME = "https"
#: Every host an operation may be on (`OperationModel.host`), by name.
SERVERS: dict[str, str] = {
    "ci": "{scheme}://{bucket}.ci.{region}.myqcloud.com",
    "cos": "{scheme}://{bucket}.cos.{region}.myqcloud.com",
}

ADD_TEXT_LIB_KEYWORDS: OperationModel[models.TextLibKeywordAddResponse] = OperationModel(
    name="AddTextLibKeywords",
    method="POST",
    path="/audit/textlib/{libId}/keyword",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=models.TextLibKeywordAddRequest,
    output_cls=models.TextLibKeywordAddResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=None,
    rate_limit=None,
)

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

CREATE_DOCUMENT_AUDITING_JOB: OperationModel[models.DocumentAuditingResponse] = OperationModel(
    name="CreateDocumentAuditingJob",
    method="POST",
    path="/document/auditing",
    params=(),
    input_cls=models.DocumentAuditingRequest,
    output_cls=models.DocumentAuditingResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

CREATE_IMAGE_AUDITING_JOB: OperationModel[models.ImageAuditingResponse] = OperationModel(
    name="CreateImageAuditingJob",
    method="POST",
    path="/image/auditing",
    params=(),
    input_cls=models.ImageAuditingRequest,
    output_cls=models.ImageAuditingResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

CREATE_LIVE_AUDITING_JOB: OperationModel[models.VideoAuditingResponse] = OperationModel(
    name="CreateLiveAuditingJob",
    method="POST",
    path="/video/auditing",
    params=(),
    input_cls=models.LiveAuditingRequest,
    output_cls=models.VideoAuditingResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=("input", "data_id"),
    rate_limit=None,
    wire_name="SubmitVideoAuditing",
    discriminator=("Type", "live_video"),
)

CREATE_STRATEGY: OperationModel[models.StrategyCreateResponse] = OperationModel(
    name="CreateStrategy",
    method="POST",
    path="/audit/strategy",
    params=(),
    input_cls=models.StrategyCreateRequest,
    output_cls=models.StrategyCreateResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec(
            "service", "service", "string", required=True, choices=models.StrategyService
        ),
    ),
)

CREATE_TEXT_AUDITING_JOB: OperationModel[models.TextAuditingResponse] = OperationModel(
    name="CreateTextAuditingJob",
    method="POST",
    path="/text/auditing",
    params=(),
    input_cls=models.TextAuditingRequest,
    output_cls=models.TextAuditingResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

CREATE_TEXT_LIB: OperationModel[models.TextLibCreateResponse] = OperationModel(
    name="CreateTextLib",
    method="POST",
    path="/audit/textlib",
    params=(),
    input_cls=models.TextLibCreateRequest,
    output_cls=models.TextLibCreateResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=None,
    rate_limit=None,
)

CREATE_VIDEO_AUDITING_JOB: OperationModel[models.VideoAuditingResponse] = OperationModel(
    name="CreateVideoAuditingJob",
    method="POST",
    path="/video/auditing",
    params=(),
    input_cls=models.VideoAuditingRequest,
    output_cls=models.VideoAuditingResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=("input", "data_id"),
    rate_limit=None,
    wire_name="SubmitVideoAuditing",
    discriminator=None,
)

CREATE_WEBPAGE_AUDITING_JOB: OperationModel[models.WebpageAuditingResponse] = OperationModel(
    name="CreateWebpageAuditingJob",
    method="POST",
    path="/webpage/auditing",
    params=(),
    input_cls=models.WebpageAuditingRequest,
    output_cls=models.WebpageAuditingResponse,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

DELETE_TEXT_LIB: OperationModel[models.TextLibDeleteResponse] = OperationModel(
    name="DeleteTextLib",
    method="DELETE",
    path="/audit/textlib/{libId}",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.TextLibDeleteResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

DELETE_TEXT_LIB_KEYWORDS: OperationModel[models.TextLibKeywordDeleteResponse] = OperationModel(
    name="DeleteTextLibKeywords",
    method="POST",
    path="/audit/textlib/{libId}/deletekeyword",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=models.TextLibKeywordDeleteRequest,
    output_cls=models.TextLibKeywordDeleteResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
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

GET_DOCUMENT_AUDITING_JOB: OperationModel[models.DocumentAuditingResponse] = OperationModel(
    name="GetDocumentAuditingJob",
    method="GET",
    path="/document/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.DocumentAuditingResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

GET_IMAGE_AUDITING_JOB: OperationModel[models.ImageAuditingResultResponse] = OperationModel(
    name="GetImageAuditingJob",
    method="GET",
    path="/image/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.ImageAuditingResultResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

GET_STRATEGY: OperationModel[models.StrategyDetailResponse] = OperationModel(
    name="GetStrategy",
    method="GET",
    path="/audit/strategy/{bizType}",
    params=(PathParamSpec("bizType", "biz_type", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.StrategyDetailResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
    query=(QueryParamSpec("service", "service", "string", choices=models.StrategyService),),
)

GET_TEXT_AUDITING_JOB: OperationModel[models.TextAuditingResponse] = OperationModel(
    name="GetTextAuditingJob",
    method="GET",
    path="/text/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.TextAuditingResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

GET_VIDEO_AUDITING_JOB: OperationModel[models.VideoAuditingResultResponse] = OperationModel(
    name="GetVideoAuditingJob",
    method="GET",
    path="/video/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.VideoAuditingResultResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

GET_WEBPAGE_AUDITING_JOB: OperationModel[models.WebpageAuditingResponse] = OperationModel(
    name="GetWebpageAuditingJob",
    method="GET",
    path="/webpage/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.WebpageAuditingResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

LIST_STRATEGIES: OperationModel[models.StrategyListResponse] = OperationModel(
    name="ListStrategies",
    method="GET",
    path="/audit/strategy",
    params=(),
    input_cls=None,
    output_cls=models.StrategyListResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec("service", "service", "string", choices=models.StrategyService),
        QueryParamSpec("offset", "offset", "integer", minimum=0),
        QueryParamSpec("limit", "limit", "integer", minimum=1),
    ),
    page=PageSpec("offset", "limit", ("strategies",), ("total_count",)),
)

LIST_TEXT_LIB_KEYWORDS: OperationModel[models.TextLibKeywordListResponse] = OperationModel(
    name="ListTextLibKeywords",
    method="GET",
    path="/audit/textlib/{libId}/keyword",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=None,
    output_cls=models.TextLibKeywordListResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec("content", "content", "string", min_length=1, max_length=20),
        QueryParamSpec("label", "label", "string", choices=models.TextLibKeywordLabel),
        QueryParamSpec("offset", "offset", "integer", minimum=0),
        QueryParamSpec("limit", "limit", "integer", minimum=1),
    ),
    page=PageSpec("offset", "limit", ("keywords",), ("total_count",)),
)

LIST_TEXT_LIBS: OperationModel[models.TextLibListResponse] = OperationModel(
    name="ListTextLibs",
    method="GET",
    path="/audit/textlib",
    params=(),
    input_cls=None,
    output_cls=models.TextLibListResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec(
            "libid",
            "libid",
            "string",
            min_length=1,
            max_length=128,
            pattern=re.compile("^[A-Za-z0-9_-]+$"),
        ),
        QueryParamSpec("offset", "offset", "integer", minimum=0),
        QueryParamSpec("limit", "limit", "integer", minimum=1, maximum=100),
    ),
    page=PageSpec("offset", "limit", ("libs",), ("total_count",)),
)

RECOGNIZE_IMAGE: OperationModel[models.ImageRecognitionResult] = OperationModel(
    name="RecognizeImage",
    method="GET",
    path="/{ObjectKey}",
    params=(
        PathParamSpec("ObjectKey", "object_key", None, None, None, object_key=True, max_bytes=850),
    ),
    input_cls=None,
    output_cls=models.ImageRecognitionResult,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec(
            "ci-process",
            "ci_process",
            "string",
            required=True,
            const="sensitive-content-recognition",
        ),
        QueryParamSpec("biz-type", "biz_type", "string"),
        QueryParamSpec("detect-type", "detect_type", "string", min_length=1),
        QueryParamSpec("interval", "interval", "integer", minimum=0),
        QueryParamSpec("max-frames", "max_frames", "integer", minimum=1),
        QueryParamSpec("large-image-detect", "large_image_detect", "integer", minimum=0, maximum=1),
        QueryParamSpec("dataid", "dataid", "string", max_bytes=512),
        QueryParamSpec("async", "async_", "integer", minimum=0, maximum=1),
        QueryParamSpec("callback", "callback", "string", max_length=2048, url=True),
    ),
    reconcile_query="dataid",
    host="cos",
)

RECOGNIZE_IMAGE_URL: OperationModel[models.ImageRecognitionResult] = OperationModel(
    name="RecognizeImageUrl",
    method="GET",
    path="/",
    params=(),
    input_cls=None,
    output_cls=models.ImageRecognitionResult,
    error_cls=models.Error,
    idempotent=False,
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec(
            "ci-process",
            "ci_process",
            "string",
            required=True,
            const="sensitive-content-recognition",
        ),
        QueryParamSpec(
            "detect-url",
            "detect_url",
            "string",
            required=True,
            min_length=1,
            max_length=2048,
            url=True,
        ),
        QueryParamSpec("biz-type", "biz_type", "string"),
        QueryParamSpec("detect-type", "detect_type", "string", min_length=1),
        QueryParamSpec("interval", "interval", "integer", minimum=0),
        QueryParamSpec("max-frames", "max_frames", "integer", minimum=1),
        QueryParamSpec("large-image-detect", "large_image_detect", "integer", minimum=0, maximum=1),
        QueryParamSpec("dataid", "dataid", "string", max_bytes=512),
        QueryParamSpec("async", "async_", "integer", minimum=0, maximum=1),
        QueryParamSpec("callback", "callback", "string", max_length=2048, url=True),
    ),
    reconcile_query="dataid",
    host="cos",
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

UPDATE_STRATEGY: OperationModel[models.StrategyUpdateResponse] = OperationModel(
    name="UpdateStrategy",
    method="PUT",
    path="/audit/strategy/{bizType}",
    params=(PathParamSpec("bizType", "biz_type", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=models.StrategyUpdateRequest,
    output_cls=models.StrategyUpdateResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec(
            "service", "service", "string", required=True, choices=models.StrategyService
        ),
    ),
)

UPDATE_TEXT_LIB: OperationModel[models.TextLibUpdateResponse] = OperationModel(
    name="UpdateTextLib",
    method="PUT",
    path="/audit/textlib/{libId}",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_cls=models.TextLibUpdateRequest,
    output_cls=models.TextLibUpdateResponse,
    error_cls=models.Error,
    idempotent=True,
    reconcile_field=None,
    rate_limit=None,
)

#: Every operation by its spec operationId.
OPERATIONS: dict[str, OperationModel[Any]] = {
    "AddTextLibKeywords": ADD_TEXT_LIB_KEYWORDS,
    "CancelLiveAuditingJob": CANCEL_LIVE_AUDITING_JOB,
    "CreateAudioAuditingJob": CREATE_AUDIO_AUDITING_JOB,
    "CreateDocumentAuditingJob": CREATE_DOCUMENT_AUDITING_JOB,
    "CreateImageAuditingJob": CREATE_IMAGE_AUDITING_JOB,
    "CreateLiveAuditingJob": CREATE_LIVE_AUDITING_JOB,
    "CreateStrategy": CREATE_STRATEGY,
    "CreateTextAuditingJob": CREATE_TEXT_AUDITING_JOB,
    "CreateTextLib": CREATE_TEXT_LIB,
    "CreateVideoAuditingJob": CREATE_VIDEO_AUDITING_JOB,
    "CreateWebpageAuditingJob": CREATE_WEBPAGE_AUDITING_JOB,
    "DeleteTextLib": DELETE_TEXT_LIB,
    "DeleteTextLibKeywords": DELETE_TEXT_LIB_KEYWORDS,
    "GetAudioAuditingJob": GET_AUDIO_AUDITING_JOB,
    "GetDocumentAuditingJob": GET_DOCUMENT_AUDITING_JOB,
    "GetImageAuditingJob": GET_IMAGE_AUDITING_JOB,
    "GetStrategy": GET_STRATEGY,
    "GetTextAuditingJob": GET_TEXT_AUDITING_JOB,
    "GetVideoAuditingJob": GET_VIDEO_AUDITING_JOB,
    "GetWebpageAuditingJob": GET_WEBPAGE_AUDITING_JOB,
    "ListStrategies": LIST_STRATEGIES,
    "ListTextLibKeywords": LIST_TEXT_LIB_KEYWORDS,
    "ListTextLibs": LIST_TEXT_LIBS,
    "RecognizeImage": RECOGNIZE_IMAGE,
    "RecognizeImageUrl": RECOGNIZE_IMAGE_URL,
    "ReportBadCase": REPORT_BAD_CASE,
    "UpdateStrategy": UPDATE_STRATEGY,
    "UpdateTextLib": UPDATE_TEXT_LIB,
}
