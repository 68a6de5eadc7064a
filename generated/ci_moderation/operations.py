"""Operation models of Tencent Cloud CI content moderation.

Method, path, shapes, and the retry and rate-limit facts of each operation.

Generated from the spec by `generator/`; do not edit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .core import OperationModel, PageSpec, PathParamSpec, QueryParamSpec, RateLimitSpec

if TYPE_CHECKING:  # the models are named, not imported: each family loads on first use
    from . import models

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
    input_name="TextLibKeywordAddRequest",
    output_name="TextLibKeywordAddResponse",
    error_name="Error",
    idempotent=False,
    tag="textlib",
    reconcile_field=None,
    rate_limit=None,
)

CANCEL_LIVE_AUDITING_JOB: OperationModel[models.CancelLiveAuditingResponse] = OperationModel(
    name="CancelLiveAuditingJob",
    method="POST",
    path="/video/cancel_auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="CancelLiveAuditingResponse",
    error_name="Error",
    idempotent=True,
    tag="live",
    reconcile_field=None,
    rate_limit=RateLimitSpec(20, 1.0, "bucket"),
)

CREATE_AUDIO_AUDITING_JOB: OperationModel[models.AudioAuditingResponse] = OperationModel(
    name="CreateAudioAuditingJob",
    method="POST",
    path="/audio/auditing",
    params=(),
    input_name="AudioAuditingRequest",
    output_name="AudioAuditingResponse",
    error_name="Error",
    idempotent=False,
    tag="audio",
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

CREATE_DOCUMENT_AUDITING_JOB: OperationModel[models.DocumentAuditingResponse] = OperationModel(
    name="CreateDocumentAuditingJob",
    method="POST",
    path="/document/auditing",
    params=(),
    input_name="DocumentAuditingRequest",
    output_name="DocumentAuditingResponse",
    error_name="Error",
    idempotent=False,
    tag="document",
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

CREATE_IMAGE_AUDITING_JOB: OperationModel[models.ImageAuditingResponse] = OperationModel(
    name="CreateImageAuditingJob",
    method="POST",
    path="/image/auditing",
    params=(),
    input_name="ImageAuditingRequest",
    output_name="ImageAuditingResponse",
    error_name="Error",
    idempotent=False,
    tag="image",
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

CREATE_LIVE_AUDITING_JOB: OperationModel[models.VideoAuditingResponse] = OperationModel(
    name="CreateLiveAuditingJob",
    method="POST",
    path="/video/auditing",
    params=(),
    input_name="LiveAuditingRequest",
    output_name="VideoAuditingResponse",
    error_name="Error",
    idempotent=False,
    tag="live",
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
    input_name="StrategyCreateRequest",
    output_name="StrategyCreateResponse",
    error_name="Error",
    idempotent=False,
    tag="strategy",
    reconcile_field=None,
    rate_limit=None,
    query=(QueryParamSpec("service", "service", "string", required=True, enum="StrategyService"),),
)

CREATE_TEXT_AUDITING_JOB: OperationModel[models.TextAuditingResponse] = OperationModel(
    name="CreateTextAuditingJob",
    method="POST",
    path="/text/auditing",
    params=(),
    input_name="TextAuditingRequest",
    output_name="TextAuditingResponse",
    error_name="Error",
    idempotent=False,
    tag="text",
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

CREATE_TEXT_LIB: OperationModel[models.TextLibCreateResponse] = OperationModel(
    name="CreateTextLib",
    method="POST",
    path="/audit/textlib",
    params=(),
    input_name="TextLibCreateRequest",
    output_name="TextLibCreateResponse",
    error_name="Error",
    idempotent=False,
    tag="textlib",
    reconcile_field=None,
    rate_limit=None,
)

CREATE_VIDEO_AUDITING_JOB: OperationModel[models.VideoAuditingResponse] = OperationModel(
    name="CreateVideoAuditingJob",
    method="POST",
    path="/video/auditing",
    params=(),
    input_name="VideoAuditingRequest",
    output_name="VideoAuditingResponse",
    error_name="Error",
    idempotent=False,
    tag="video",
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
    input_name="WebpageAuditingRequest",
    output_name="WebpageAuditingResponse",
    error_name="Error",
    idempotent=False,
    tag="webpage",
    reconcile_field=("input", "data_id"),
    rate_limit=None,
)

DELETE_TEXT_LIB: OperationModel[models.TextLibDeleteResponse] = OperationModel(
    name="DeleteTextLib",
    method="DELETE",
    path="/audit/textlib/{libId}",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="TextLibDeleteResponse",
    error_name="Error",
    idempotent=True,
    tag="textlib",
    reconcile_field=None,
    rate_limit=None,
)

DELETE_TEXT_LIB_KEYWORDS: OperationModel[models.TextLibKeywordDeleteResponse] = OperationModel(
    name="DeleteTextLibKeywords",
    method="POST",
    path="/audit/textlib/{libId}/deletekeyword",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name="TextLibKeywordDeleteRequest",
    output_name="TextLibKeywordDeleteResponse",
    error_name="Error",
    idempotent=True,
    tag="textlib",
    reconcile_field=None,
    rate_limit=None,
)

GET_AUDIO_AUDITING_JOB: OperationModel[models.AudioAuditingResultResponse] = OperationModel(
    name="GetAudioAuditingJob",
    method="GET",
    path="/audio/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="AudioAuditingResultResponse",
    error_name="Error",
    idempotent=True,
    tag="audio",
    reconcile_field=None,
    rate_limit=None,
)

GET_DOCUMENT_AUDITING_JOB: OperationModel[models.DocumentAuditingResponse] = OperationModel(
    name="GetDocumentAuditingJob",
    method="GET",
    path="/document/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="DocumentAuditingResponse",
    error_name="Error",
    idempotent=True,
    tag="document",
    reconcile_field=None,
    rate_limit=None,
)

GET_IMAGE_AUDITING_JOB: OperationModel[models.ImageAuditingResultResponse] = OperationModel(
    name="GetImageAuditingJob",
    method="GET",
    path="/image/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="ImageAuditingResultResponse",
    error_name="Error",
    idempotent=True,
    tag="image",
    reconcile_field=None,
    rate_limit=None,
)

GET_STRATEGY: OperationModel[models.StrategyDetailResponse] = OperationModel(
    name="GetStrategy",
    method="GET",
    path="/audit/strategy/{bizType}",
    params=(PathParamSpec("bizType", "biz_type", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="StrategyDetailResponse",
    error_name="Error",
    idempotent=True,
    tag="strategy",
    reconcile_field=None,
    rate_limit=None,
    query=(QueryParamSpec("service", "service", "string", enum="StrategyService"),),
)

GET_TEXT_AUDITING_JOB: OperationModel[models.TextAuditingResponse] = OperationModel(
    name="GetTextAuditingJob",
    method="GET",
    path="/text/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="TextAuditingResponse",
    error_name="Error",
    idempotent=True,
    tag="text",
    reconcile_field=None,
    rate_limit=None,
)

GET_VIDEO_AUDITING_JOB: OperationModel[models.VideoAuditingResultResponse] = OperationModel(
    name="GetVideoAuditingJob",
    method="GET",
    path="/video/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="VideoAuditingResultResponse",
    error_name="Error",
    idempotent=True,
    tag="video",
    reconcile_field=None,
    rate_limit=None,
)

GET_WEBPAGE_AUDITING_JOB: OperationModel[models.WebpageAuditingResponse] = OperationModel(
    name="GetWebpageAuditingJob",
    method="GET",
    path="/webpage/auditing/{jobId}",
    params=(PathParamSpec("jobId", "job_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name=None,
    output_name="WebpageAuditingResponse",
    error_name="Error",
    idempotent=True,
    tag="webpage",
    reconcile_field=None,
    rate_limit=None,
)

LIST_STRATEGIES: OperationModel[models.StrategyListResponse] = OperationModel(
    name="ListStrategies",
    method="GET",
    path="/audit/strategy",
    params=(),
    input_name=None,
    output_name="StrategyListResponse",
    error_name="Error",
    idempotent=True,
    tag="strategy",
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec("service", "service", "string", enum="StrategyService"),
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
    input_name=None,
    output_name="TextLibKeywordListResponse",
    error_name="Error",
    idempotent=True,
    tag="textlib",
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec("content", "content", "string", min_length=1, max_length=20),
        QueryParamSpec("label", "label", "string", enum="TextLibKeywordLabel"),
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
    input_name=None,
    output_name="TextLibListResponse",
    error_name="Error",
    idempotent=True,
    tag="textlib",
    reconcile_field=None,
    rate_limit=None,
    query=(
        QueryParamSpec(
            "libid", "libid", "string", min_length=1, max_length=128, pattern="^[A-Za-z0-9_-]+$"
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
    input_name=None,
    output_name="ImageRecognitionResult",
    error_name="Error",
    idempotent=False,
    tag="image",
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
    input_name=None,
    output_name="ImageRecognitionResult",
    error_name="Error",
    idempotent=False,
    tag="image",
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
    input_name="BadCaseRequest",
    output_name="BadCaseResponse",
    error_name="Error",
    idempotent=True,
    tag="feedback",
    reconcile_field=None,
    rate_limit=None,
)

UPDATE_STRATEGY: OperationModel[models.StrategyUpdateResponse] = OperationModel(
    name="UpdateStrategy",
    method="PUT",
    path="/audit/strategy/{bizType}",
    params=(PathParamSpec("bizType", "biz_type", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name="StrategyUpdateRequest",
    output_name="StrategyUpdateResponse",
    error_name="Error",
    idempotent=True,
    tag="strategy",
    reconcile_field=None,
    rate_limit=None,
    query=(QueryParamSpec("service", "service", "string", required=True, enum="StrategyService"),),
)

UPDATE_TEXT_LIB: OperationModel[models.TextLibUpdateResponse] = OperationModel(
    name="UpdateTextLib",
    method="PUT",
    path="/audit/textlib/{libId}",
    params=(PathParamSpec("libId", "lib_id", 1, 128, re.compile("^[A-Za-z0-9_-]+$")),),
    input_name="TextLibUpdateRequest",
    output_name="TextLibUpdateResponse",
    error_name="Error",
    idempotent=True,
    tag="textlib",
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
