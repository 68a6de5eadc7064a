"""Sync and asyncio clients of Tencent Cloud CI content moderation.

Generated from the spec by `generator/`; do not edit. Each operation has a plain method that
returns the parsed model and a `*_detailed` twin returning `Response[T]` (status, headers,
raw body, request id, parsed model). A list operation also has an `iter_*` method that
yields every item of every page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from . import models, operations
from .clientbase import BaseAsyncClient, BaseSyncClient
from .core import Response

__all__ = ["AsyncClient", "Client"]


class Client(BaseSyncClient):
    """Blocking client. See `BaseSyncClient` for the options."""

    def add_text_lib_keywords(
        self,
        lib_id: str,
        body: models.TextLibKeywordAddRequest,
    ) -> models.TextLibKeywordAddResponse:
        """Add keywords to a custom text library.

        Adds each `Keywords` entry and reports one `Results` entry per word: `Code` `Success`
        with the new `KeywordID` (keep it: deleting needs it), or `Failed` with `ErrMsg`. An
        HTTP 200 does not mean every word was added: check each result. CI documents no
        idempotency and no per-call limit; adding a word twice may give two entries or one
        failure (undocumented), so this client does not retry it.

        `POST /audit/textlib/{libId}/keyword`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.add_text_lib_keywords_detailed(lib_id=lib_id, body=body)).parsed

    def add_text_lib_keywords_detailed(
        self,
        lib_id: str,
        body: models.TextLibKeywordAddRequest,
    ) -> Response[models.TextLibKeywordAddResponse]:
        """Add keywords to a custom text library.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/textlib/{libId}/keyword`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.ADD_TEXT_LIB_KEYWORDS,
            body,
            {"lib_id": lib_id},
        )

    def cancel_live_auditing_job(
        self,
        job_id: str,
    ) -> models.CancelLiveAuditingResponse:
        """Cancel a live-stream moderation job that is in progress.

        Returns the id of the job that was stopped. No request body. CI documents a limit of
        20 requests a second without saying per what; this client applies it per bucket (its
        choice). CI documents neither idempotency nor what a second cancel returns; this
        client treats cancel as idempotent (a retry can at worst find the job already
        stopped).

        `POST /video/cancel_auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        Rate-limited to 20 per 1.0 s per bucket.
        """
        return (self.cancel_live_auditing_job_detailed(job_id=job_id)).parsed

    def cancel_live_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.CancelLiveAuditingResponse]:
        """Cancel a live-stream moderation job that is in progress.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /video/cancel_auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        Rate-limited to 20 per 1.0 s per bucket.
        """
        return self._call(
            operations.CANCEL_LIVE_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    def create_audio_auditing_job(
        self,
        body: models.AudioAuditingRequest,
    ) -> models.AudioAuditingResponse:
        """Submit an audio moderation job.

        Creates a billable moderation job for an audio object in the bucket or a public URL.
        CI documents no idempotency token, so a retried submit may create a second job.

        `POST /audio/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_audio_auditing_job_detailed(body=body)).parsed

    def create_audio_auditing_job_detailed(
        self,
        body: models.AudioAuditingRequest,
    ) -> Response[models.AudioAuditingResponse]:
        """Submit an audio moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audio/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_AUDIO_AUDITING_JOB,
            body,
            {},
        )

    def create_document_auditing_job(
        self,
        body: models.DocumentAuditingRequest,
    ) -> models.DocumentAuditingResponse:
        """Submit a document moderation job.

        Creates a billable job for a document in the bucket (`Object`) or at a public URL
        (`Url`). CI converts each page (each sheet page of a spreadsheet) to an image and
        moderates the images and their OCR text; it also bills the conversion. The document
        may be at most 200 MB and 5,000 pages; supported types are Office/WPS presentations,
        texts and spreadsheets, PDF and plain-text formats (txt, html, rtf, xml, source
        files…). The answer only says the job was created; read the verdict with
        GetDocumentAuditingJob or from the callback. CI documents no idempotency token, so a
        retried submit may create a second job.

        `POST /document/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_document_auditing_job_detailed(body=body)).parsed

    def create_document_auditing_job_detailed(
        self,
        body: models.DocumentAuditingRequest,
    ) -> Response[models.DocumentAuditingResponse]:
        """Submit a document moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /document/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_DOCUMENT_AUDITING_JOB,
            body,
            {},
        )

    def create_image_auditing_job(
        self,
        body: models.ImageAuditingRequest,
    ) -> models.ImageAuditingResponse:
        """Moderate up to 100 images in one request.

        Each `Input` is one image: an object key, a URL, or the image bytes themselves
        (`Content`, base64). The answer has one `JobsDetail` per `Input`, in CI's order (match
        them by `DataId`). With `Conf.Async` 0 (the default) each `JobsDetail` is the full
        verdict; with 1 each is a `Submitted` job whose verdict comes to `Conf.Callback` (the
        Detail form) or through GetImageAuditingJob. An `Input` CI refuses does not fail the
        request: its `JobsDetail` carries `Code`/`Message` (e.g. `InvalidArgument`) and no
        `JobId`. Billable per image and category; CI documents no idempotency token, so a
        retried submit may moderate (and bill) every image again.

        `POST /image/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_image_auditing_job_detailed(body=body)).parsed

    def create_image_auditing_job_detailed(
        self,
        body: models.ImageAuditingRequest,
    ) -> Response[models.ImageAuditingResponse]:
        """Moderate up to 100 images in one request.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /image/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_IMAGE_AUDITING_JOB,
            body,
            {},
        )

    def create_live_auditing_job(
        self,
        body: models.LiveAuditingRequest,
    ) -> models.VideoAuditingResponse:
        """Submit a live-stream moderation job.

        Starts moderating a live stream (RTMP, HLS, HTTP or HTTPS; at most 5 hours; up to
        1080p). A `BizType` policy is required. CI runs at most 10 live jobs at once by
        default and answers an error beyond that. The job runs until the stream ends or
        you call `cancel_live_auditing_job`; its results are read with
        `get_video_auditing_job`. CI documents no idempotency token, so a retried submit
        may start a second job (and a second bill) on the same stream.

        `POST /video/auditing` with `Type` live_video
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_live_auditing_job_detailed(body=body)).parsed

    def create_live_auditing_job_detailed(
        self,
        body: models.LiveAuditingRequest,
    ) -> Response[models.VideoAuditingResponse]:
        """Submit a live-stream moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /video/auditing` with `Type` live_video
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_LIVE_AUDITING_JOB,
            body,
            {},
        )

    def create_strategy(
        self,
        body: models.StrategyCreateRequest,
        *,
        service: models.StrategyService | str,
    ) -> models.StrategyCreateResponse:
        """Create a moderation policy for one kind of content.

        Creates a policy (审核策略) for the service named in `service` and returns its
        `BizType`, the id you pass as `Conf.BizType` when you submit a job. Give `Labels`,
        `TextLibs` or both. CI documents no idempotency token and no field to find a policy
        created by a lost answer, so a retried create may make a second policy: list the
        policies (`ListStrategies`) and look for your `Name` before creating again.

        - `service`: The kind of content the policy moderates.

        `POST /audit/strategy`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_strategy_detailed(body=body, service=service)).parsed

    def create_strategy_detailed(
        self,
        body: models.StrategyCreateRequest,
        *,
        service: models.StrategyService | str,
    ) -> Response[models.StrategyCreateResponse]:
        """Create a moderation policy for one kind of content.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/strategy`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_STRATEGY,
            body,
            {},
            {"service": service},
        )

    def create_text_auditing_job(
        self,
        body: models.TextAuditingRequest,
    ) -> models.TextAuditingResponse:
        """Moderate a text, or submit a text-file moderation job.

        Give exactly one of `Input.Content` (the text itself), `Input.Object` (a text file in
        the bucket) or `Input.Url` (a public text file). With `Content` CI answers
        SYNCHRONOUSLY: the answer is the full verdict (`State` `Success` or `Failed`, `Label`,
        `Result`, the per-category blocks and `Section`), `Callback` is ignored, and nothing
        needs to be queried. With `Object` or `Url` the answer only says the job was created
        (`Submitted`); read the verdict with GetTextAuditingJob or from the callback. Billable
        per category checked. CI documents no idempotency token, so a retried submit may
        create (and bill) a second job.

        `POST /text/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_text_auditing_job_detailed(body=body)).parsed

    def create_text_auditing_job_detailed(
        self,
        body: models.TextAuditingRequest,
    ) -> Response[models.TextAuditingResponse]:
        """Moderate a text, or submit a text-file moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /text/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_TEXT_AUDITING_JOB,
            body,
            {},
        )

    def create_text_lib(
        self,
        body: models.TextLibCreateRequest,
    ) -> models.TextLibCreateResponse:
        """Create a custom text library.

        Creates an empty library (自定义文本库) and returns its `LibID`. Add words with
        `AddTextLibKeywords`, then list the library in a policy's `TextLibs`. CI documents no
        idempotency token and no field to find a library created by a lost answer, so a
        retried create may make a second library: list the libraries and look for your
        `LibName` first.

        `POST /audit/textlib`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_text_lib_detailed(body=body)).parsed

    def create_text_lib_detailed(
        self,
        body: models.TextLibCreateRequest,
    ) -> Response[models.TextLibCreateResponse]:
        """Create a custom text library.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/textlib`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_TEXT_LIB,
            body,
            {},
        )

    def create_video_auditing_job(
        self,
        body: models.VideoAuditingRequest,
    ) -> models.VideoAuditingResponse:
        """Submit a video moderation job.

        Moderates a video object in the bucket or a public http(s) URL: CI takes snapshots
        (`Conf.Snapshot`) and moderates them as images and, with `DetectContent` 1, the sound
        as audio. Files must be under 5 GB, in FLV, MKV, MP4, RMVB, AVI, WMV, 3GP, MOV, M3U8
        or M4V. Each category moderated is billed separately, plus snapshot fees. CI documents
        no idempotency token, so a retried submit may create a second job.

        `POST /video/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_video_auditing_job_detailed(body=body)).parsed

    def create_video_auditing_job_detailed(
        self,
        body: models.VideoAuditingRequest,
    ) -> Response[models.VideoAuditingResponse]:
        """Submit a video moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /video/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_VIDEO_AUDITING_JOB,
            body,
            {},
        )

    def create_webpage_auditing_job(
        self,
        body: models.WebpageAuditingRequest,
    ) -> models.WebpageAuditingResponse:
        """Submit a webpage moderation job.

        Creates a billable job for a public webpage URL. CI moderates the page's images
        (billed as image moderation) and its text (billed as text moderation). The answer only
        says the job was created; read the verdict with GetWebpageAuditingJob or from the
        callback. CI documents a default concurrency of 10 jobs (460/63968) but no rate limit.
        CI documents no idempotency token, so a retried submit may create a second job.

        `POST /webpage/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (self.create_webpage_auditing_job_detailed(body=body)).parsed

    def create_webpage_auditing_job_detailed(
        self,
        body: models.WebpageAuditingRequest,
    ) -> Response[models.WebpageAuditingResponse]:
        """Submit a webpage moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /webpage/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.CREATE_WEBPAGE_AUDITING_JOB,
            body,
            {},
        )

    def delete_text_lib(
        self,
        lib_id: str,
    ) -> models.TextLibDeleteResponse:
        """Delete a custom text library and its keywords.

        No request body. CI documents neither what happens to policies that list the library
        nor what a second delete returns; this client treats delete as idempotent (its choice:
        a retry can at worst find the library already gone, an error you can ignore).

        `DELETE /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.delete_text_lib_detailed(lib_id=lib_id)).parsed

    def delete_text_lib_detailed(
        self,
        lib_id: str,
    ) -> Response[models.TextLibDeleteResponse]:
        """Delete a custom text library and its keywords.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `DELETE /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.DELETE_TEXT_LIB,
            None,
            {"lib_id": lib_id},
        )

    def delete_text_lib_keywords(
        self,
        lib_id: str,
        body: models.TextLibKeywordDeleteRequest,
    ) -> models.TextLibKeywordDeleteResponse:
        """Delete keywords from a custom text library by id.

        Deletes the words whose `KeywordID`s you send (from `AddTextLibKeywords` or
        `ListTextLibKeywords`) and reports one `Results` entry per id: `Success`, or `Failed`
        with `ErrMsg`. An HTTP 200 does not mean every word was deleted: check each result.
        The wire form is not verified against CI's docs: the official SDKs disagree (Java:
        `POST …/deletekeyword`; Android: `DELETE …/keyword` with the same body) and CI's page
        could not be read when this was written. This spec follows Java: a path no SDK author
        would invent, and a body many HTTP stacks drop from a DELETE. If CI's docs say DELETE,
        only this path and method change. Deleting an id twice leaves the library the same, so
        this client retries it (its choice; a second delete at worst reports that id
        `Failed`).

        `POST /audit/textlib/{libId}/deletekeyword`
        Idempotent: retried on ambiguous failures.
        """
        return (self.delete_text_lib_keywords_detailed(lib_id=lib_id, body=body)).parsed

    def delete_text_lib_keywords_detailed(
        self,
        lib_id: str,
        body: models.TextLibKeywordDeleteRequest,
    ) -> Response[models.TextLibKeywordDeleteResponse]:
        """Delete keywords from a custom text library by id.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/textlib/{libId}/deletekeyword`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.DELETE_TEXT_LIB_KEYWORDS,
            body,
            {"lib_id": lib_id},
        )

    def get_audio_auditing_job(
        self,
        job_id: str,
    ) -> models.AudioAuditingResultResponse:
        """Get the state and the full result of an audio moderation job.

        The verdict of a job: its overall label and result, the per-category scores, and each
        flagged section of the audio with its offset, duration, text and keywords. CI keeps
        results for one to three months (the docs disagree). A job that failed is still an
        HTTP 200 answer, with `State` `Failed` and CI's `Code`/`Message` (which may be a
        negative number as a string, e.g. `-6101`): check `jobs_detail.state`.

        `GET /audio/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.get_audio_auditing_job_detailed(job_id=job_id)).parsed

    def get_audio_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.AudioAuditingResultResponse]:
        """Get the state and the full result of an audio moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audio/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.GET_AUDIO_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    def get_document_auditing_job(
        self,
        job_id: str,
    ) -> models.DocumentAuditingResponse:
        """Get the state and the full result of a document moderation job.

        The verdict of a document job: its overall label and `Suggestion`, the per-category
        scores under `Labels`, and, under `PageSegment`, each page image with its page (and
        sheet) number, OCR text and per-category verdicts with the OCR lines that matched.
        Page image URLs are valid for two hours. CI keeps results for one month (436/48259) or
        three months (1045/52122): the docs disagree. A failed job is an HTTP 200 answer with
        `State` `Failed` and `Code`/`Message`.

        `GET /document/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.get_document_auditing_job_detailed(job_id=job_id)).parsed

    def get_document_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.DocumentAuditingResponse]:
        """Get the state and the full result of a document moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /document/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.GET_DOCUMENT_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    def get_image_auditing_job(
        self,
        job_id: str,
    ) -> models.ImageAuditingResultResponse:
        """Get the state and the verdict of an image moderation job.

        For a job created with `async` 1 (RecognizeImage, RecognizeImageUrl) or `Conf.Async` 1
        (CreateImageAuditingJob); a synchronous job's id works too. CI keeps results for one
        month. A job that failed is still an HTTP 200 answer, with `State` `Failed` and CI's
        `Code`/`Message`: check `jobs_detail.state`.

        `GET /image/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.get_image_auditing_job_detailed(job_id=job_id)).parsed

    def get_image_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.ImageAuditingResultResponse]:
        """Get the state and the verdict of an image moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /image/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.GET_IMAGE_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    def get_strategy(
        self,
        biz_type: str,
        *,
        service: models.StrategyService | str | None = None,
    ) -> models.StrategyDetailResponse:
        """Get a moderation policy's labels and text libraries.

        The policy's name, service, the labels it checks and the text libraries it uses. A
        query, so this client retries it.

        - `service`: The kind of content the policy is for. CI documents it as optional here;
        when given, a policy of another kind is not found.

        `GET /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.get_strategy_detailed(biz_type=biz_type, service=service)).parsed

    def get_strategy_detailed(
        self,
        biz_type: str,
        *,
        service: models.StrategyService | str | None = None,
    ) -> Response[models.StrategyDetailResponse]:
        """Get a moderation policy's labels and text libraries.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.GET_STRATEGY,
            None,
            {"biz_type": biz_type},
            {"service": service},
        )

    def get_text_auditing_job(
        self,
        job_id: str,
    ) -> models.TextAuditingResponse:
        """Get the state and the full result of a text moderation job.

        The verdict of a text-file job: its overall label and result, per-category hit counts,
        and each section of the text (CI splits text into sections of 10,000 UTF-8 characters)
        with its start offset, label and keywords. CI keeps results for one month
        (1534/108718). A job that failed is still an HTTP 200 answer with `State` `Failed` and
        CI's `Code`/`Message`: check `jobs_detail.state`. Within a section, a category's
        `Keywords` is ONE element holding comma-joined words (`a,b`), so it reads as a one-
        item list.

        `GET /text/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.get_text_auditing_job_detailed(job_id=job_id)).parsed

    def get_text_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.TextAuditingResponse]:
        """Get the state and the full result of a text moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /text/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.GET_TEXT_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    def get_video_auditing_job(
        self,
        job_id: str,
    ) -> models.VideoAuditingResultResponse:
        """Get the state and the full result of a video or live-stream moderation job.

        The verdict of a job: its overall label and result, per-category hit counts, each
        moderated snapshot (`Snapshot`) and each sound section (`AudioSection`), with their
        URLs (valid 2 hours), text and scores. It also answers for live-stream jobs: then
        `Type` is `live_video`, `Url` is the stream's URL (e.g. `rtmp://…`), `SnapshotTime`
        and `OffsetTime` are Unix timestamps in milliseconds instead of offsets into the file,
        and a job still `Auditing` shows what has been moderated so far. CI keeps results for
        one month. A job that failed is still an HTTP 200 answer, with `State` `Failed` and
        CI's `Code`/`Message`: check `jobs_detail.state`.

        `GET /video/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.get_video_auditing_job_detailed(job_id=job_id)).parsed

    def get_video_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.VideoAuditingResultResponse]:
        """Get the state and the full result of a video or live-stream moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /video/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.GET_VIDEO_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    def get_webpage_auditing_job(
        self,
        job_id: str,
    ) -> models.WebpageAuditingResponse:
        """Get the state and the full result of a webpage moderation job.

        The verdict of a webpage job: its overall label and `Suggestion`, the per-category
        scores under `Labels`, each image of the page (`ImageResults`) and each text section
        (`TextResults`, 10,000 UTF-8 characters each) with its verdict, and, when the job
        asked for it, `HighlightHtml`. CI keeps results for three months. A failed job is an
        HTTP 200 answer with `State` `Failed` and `Code`/`Message`. In `TextResults`, a
        category's `Keywords` is one comma-joined element, read as a one-item list.

        `GET /webpage/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.get_webpage_auditing_job_detailed(job_id=job_id)).parsed

    def get_webpage_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.WebpageAuditingResponse]:
        """Get the state and the full result of a webpage moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /webpage/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.GET_WEBPAGE_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    def list_strategies(
        self,
        *,
        service: models.StrategyService | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> models.StrategyListResponse:
        """List the moderation policies, one page at a time.

        Pages through the policies of every service, or of the one named in `service`, the
        preset default policies included (`IsDefault`). A query, so this client retries it.

        - `service`: Only policies for this kind of content; leave it out for every kind.
        - `offset`: Index of the first policy to return (CI's default is 0).
        - `limit`: How many policies to return (CI's default is 20). CI documents no maximum
        for this list; the text-library list documents 100.

        `GET /audit/strategy`
        Idempotent: retried on ambiguous failures.
        """
        return (self.list_strategies_detailed(service=service, offset=offset, limit=limit)).parsed

    def list_strategies_detailed(
        self,
        *,
        service: models.StrategyService | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Response[models.StrategyListResponse]:
        """List the moderation policies, one page at a time.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/strategy`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.LIST_STRATEGIES,
            None,
            {},
            {"service": service, "offset": offset, "limit": limit},
        )

    def iter_strategies(
        self,
        *,
        service: models.StrategyService | str | None = None,
        limit: int | None = None,
    ) -> Iterator[models.StrategySummary]:
        """Every item of `list_strategies`, page after page (`for`).

        Each page is one call, with its own deadline and retries; `limit` sets
        the page size. It stops at an empty or short page or at the total count.
        """
        return self._paginate(
            operations.LIST_STRATEGIES,
            {},
            {"service": service, "limit": limit},
        )

    def list_text_lib_keywords(
        self,
        lib_id: str,
        *,
        content: str | None = None,
        label: models.TextLibKeywordLabel | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> models.TextLibKeywordListResponse:
        """List the keywords of a custom text library, one page at a time.

        Pages through the library's keywords, optionally only those matching `content` or of
        one `label`. A query, so this client retries it.

        - `content`: Only keywords with this content (CI does not say whether it matches
        exactly or as a substring).
        - `label`: Only keywords of this label.
        - `offset`: Index of the first keyword to return (CI's default is 0).
        - `limit`: How many keywords to return (CI's default is 20; CI documents no maximum).

        `GET /audit/textlib/{libId}/keyword`
        Idempotent: retried on ambiguous failures.
        """
        return (
            self.list_text_lib_keywords_detailed(
                lib_id=lib_id, content=content, label=label, offset=offset, limit=limit
            )
        ).parsed

    def list_text_lib_keywords_detailed(
        self,
        lib_id: str,
        *,
        content: str | None = None,
        label: models.TextLibKeywordLabel | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Response[models.TextLibKeywordListResponse]:
        """List the keywords of a custom text library, one page at a time.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/textlib/{libId}/keyword`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.LIST_TEXT_LIB_KEYWORDS,
            None,
            {"lib_id": lib_id},
            {"content": content, "label": label, "offset": offset, "limit": limit},
        )

    def iter_text_lib_keywords(
        self,
        lib_id: str,
        *,
        content: str | None = None,
        label: models.TextLibKeywordLabel | str | None = None,
        limit: int | None = None,
    ) -> Iterator[models.TextLibKeywordInfo]:
        """Every item of `list_text_lib_keywords`, page after page (`for`).

        Each page is one call, with its own deadline and retries; `limit` sets
        the page size. It stops at an empty or short page or at the total count.
        """
        return self._paginate(
            operations.LIST_TEXT_LIB_KEYWORDS,
            {"lib_id": lib_id},
            {"content": content, "label": label, "limit": limit},
        )

    def list_text_libs(
        self,
        *,
        libid: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> models.TextLibListResponse:
        """List the custom text libraries, or get one by id.

        Pages through the account's libraries, with the policies each is used by. With
        `libid`, only that library is returned and `offset`/`limit` are ignored. A query, so
        this client retries it.

        - `libid`: Return only this library. CI documents no format; the pattern and length
        are this client's guard.
        - `offset`: Index of the first library to return (CI's default is 0). Ignored with
        `libid`.
        - `limit`: How many libraries to return, at most 100 (CI's default is 20). Ignored
        with `libid`.

        `GET /audit/textlib`
        Idempotent: retried on ambiguous failures.
        """
        return (self.list_text_libs_detailed(libid=libid, offset=offset, limit=limit)).parsed

    def list_text_libs_detailed(
        self,
        *,
        libid: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Response[models.TextLibListResponse]:
        """List the custom text libraries, or get one by id.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/textlib`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.LIST_TEXT_LIBS,
            None,
            {},
            {"libid": libid, "offset": offset, "limit": limit},
        )

    def iter_text_libs(
        self,
        *,
        libid: str | None = None,
        limit: int | None = None,
    ) -> Iterator[models.TextLibInfo]:
        """Every item of `list_text_libs`, page after page (`for`).

        Each page is one call, with its own deadline and retries; `limit` sets
        the page size. It stops at an empty or short page or at the total count.
        """
        return self._paginate(
            operations.LIST_TEXT_LIBS,
            {},
            {"libid": libid, "limit": limit},
        )

    def recognize_image(
        self,
        object_key: str,
        *,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> models.ImageRecognitionResult:
        """Moderate one image stored in the bucket.

        Moderates the object `ObjectKey` of the bucket. This call goes to the bucket's COS
        host, not the CI host. By default it waits for the verdict and returns it (`async` 0);
        with `async` 1 it only creates a job and returns its `JobId` (state `Submitted`), and
        the verdict comes to `callback` (the Detail form) or through GetImageAuditingJob. Each
        category checked is billed once per image, so a retried call is billed again; with
        `async` 1 a retry also creates a second job. CI documents no idempotency token, so
        this client does not retry an ambiguous failure. Images must be under 32 MB; above 5
        MB set `large-image-detect` 1. Formats: PNG, JPG/JPEG, BMP, GIF, WEBP (HEIF/HEIC in
        newer docs).

        - `biz_type` (`biz-type`): Id of a moderation policy configured in the console;
        without it the bucket's default policy is used.
        - `detect_type` (`detect-type`): Deprecated by CI ("no longer maintained"; use `biz-
        type`). Categories to check, comma joined, e.g. `Porn,Ads` (the SDKs send lower case,
        `porn,ads`). CI documents no closed list for images.
        - `interval`: GIF only: take every Nth frame, starting with the first (CI's default
        5). CI's own sample sends 0 for a still image; what 0 means is not documented.
        - `max_frames` (`max-frames`): GIF only: the most frames to moderate, at least 1 (CI's
        default 5).
        - `large_image_detect` (`large-image-detect`): 1 = compress an image over the size
        limit (5 MB) before moderating it (images up to 32 MB; billed as image processing; a
        large GIF may time out); 0 = do not (CI's default). Without it an image over 5 MB
        fails.
        - `dataid`: Your business id for the image, echoed in the result and the callback.
        - `async_` (`async`): 0 = wait for the verdict and return it (CI's default); 1 =
        return at once with the job id and deliver the verdict to `callback` or
        GetImageAuditingJob.
        - `callback`: http(s) URL CI posts the verdict to (the Detail form), for `async` 1
        only. CI documents no length limit; 2048 characters is this client's bound.

        `GET /{ObjectKey}` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return (
            self.recognize_image_detailed(
                object_key=object_key,
                biz_type=biz_type,
                detect_type=detect_type,
                interval=interval,
                max_frames=max_frames,
                large_image_detect=large_image_detect,
                dataid=dataid,
                async_=async_,
                callback=callback,
            )
        ).parsed

    def recognize_image_detailed(
        self,
        object_key: str,
        *,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> Response[models.ImageRecognitionResult]:
        """Moderate one image stored in the bucket.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /{ObjectKey}` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.RECOGNIZE_IMAGE,
            None,
            {"object_key": object_key},
            {
                "biz_type": biz_type,
                "detect_type": detect_type,
                "interval": interval,
                "max_frames": max_frames,
                "large_image_detect": large_image_detect,
                "dataid": dataid,
                "async_": async_,
                "callback": callback,
            },
        )

    def recognize_image_url(
        self,
        *,
        detect_url: str,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> models.ImageRecognitionResult:
        """Moderate one image given by a public URL.

        The same call as RecognizeImage, on the bucket's COS host, for an image anywhere on
        the public internet: `detect-url` names it and the path is `/` (no object key). When
        both a key and `detect-url` are sent CI moderates `detect-url`; this operation never
        sends a key. The bucket is only billed for the moderation; fetching the URL causes
        public traffic at the image's origin. Sync or async, billing and retries as for
        RecognizeImage. To moderate image bytes you hold locally, use CreateImageAuditingJob
        with `Content`.

        - `detect_url` (`detect-url`): Public http(s) URL of the image, e.g.
        `http://www.example.com/abc.jpg`; the client percent-encodes it in the query. CI
        documents no length limit; 2048 characters is this client's bound.
        - `biz_type` (`biz-type`): Id of a moderation policy configured in the console;
        without it the bucket's default policy is used.
        - `detect_type` (`detect-type`): Deprecated by CI ("no longer maintained"; use `biz-
        type`). Categories to check, comma joined, e.g. `Porn,Ads` (the SDKs send lower case,
        `porn,ads`). CI documents no closed list for images.
        - `interval`: GIF only: take every Nth frame, starting with the first (CI's default
        5). CI's own sample sends 0 for a still image; what 0 means is not documented.
        - `max_frames` (`max-frames`): GIF only: the most frames to moderate, at least 1 (CI's
        default 5).
        - `large_image_detect` (`large-image-detect`): 1 = compress an image over the size
        limit (5 MB) before moderating it (images up to 32 MB; billed as image processing; a
        large GIF may time out); 0 = do not (CI's default). Without it an image over 5 MB
        fails.
        - `dataid`: Your business id for the image, echoed in the result and the callback.
        - `async_` (`async`): 0 = wait for the verdict and return it (CI's default); 1 =
        return at once with the job id and deliver the verdict to `callback` or
        GetImageAuditingJob.
        - `callback`: http(s) URL CI posts the verdict to (the Detail form), for `async` 1
        only. CI documents no length limit; 2048 characters is this client's bound.

        `GET /` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return (
            self.recognize_image_url_detailed(
                detect_url=detect_url,
                biz_type=biz_type,
                detect_type=detect_type,
                interval=interval,
                max_frames=max_frames,
                large_image_detect=large_image_detect,
                dataid=dataid,
                async_=async_,
                callback=callback,
            )
        ).parsed

    def recognize_image_url_detailed(
        self,
        *,
        detect_url: str,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> Response[models.ImageRecognitionResult]:
        """Moderate one image given by a public URL.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return self._call(
            operations.RECOGNIZE_IMAGE_URL,
            None,
            {},
            {
                "detect_url": detect_url,
                "biz_type": biz_type,
                "detect_type": detect_type,
                "interval": interval,
                "max_frames": max_frames,
                "large_image_detect": large_image_detect,
                "dataid": dataid,
                "async_": async_,
                "callback": callback,
            },
        )

    def report_bad_case(
        self,
        body: models.BadCaseRequest,
    ) -> models.BadCaseResponse:
        """Report a moderation verdict you believe is wrong.

        Sends CI a text (`ContentType` 1, `Text`) or an image (`ContentType` 2, `Url`) it
        judged wrongly, with its label and the one you expected. It does not change the
        result; CI confirms the report in the background and uses it in later jobs. Give the
        `Text` for ContentType 1 and the `Url` for 2: exactly one of them (the spec cannot
        tie them to ContentType). A report twice is harmless, so this client retries it
        like a query (its choice; CI documents no idempotency).

        `POST /report/badcase`
        Idempotent: retried on ambiguous failures.
        """
        return (self.report_bad_case_detailed(body=body)).parsed

    def report_bad_case_detailed(
        self,
        body: models.BadCaseRequest,
    ) -> Response[models.BadCaseResponse]:
        """Report a moderation verdict you believe is wrong.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /report/badcase`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.REPORT_BAD_CASE,
            body,
            {},
        )

    def update_strategy(
        self,
        biz_type: str,
        body: models.StrategyUpdateRequest,
        *,
        service: models.StrategyService | str,
    ) -> models.StrategyUpdateResponse:
        """Replace the labels and text libraries of a moderation policy.

        Sets the policy's `Labels` and `TextLibs` to what you send: a part you leave out is
        switched off (CI: no `Labels` means no label is checked), so send the whole policy.
        The name cannot be changed here. Because the call replaces rather than adds, sending
        it twice leaves the same policy, so this client retries it (its choice; CI documents
        no idempotency).

        - `service`: The kind of content the policy moderates.

        `PUT /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.update_strategy_detailed(biz_type=biz_type, body=body, service=service)).parsed

    def update_strategy_detailed(
        self,
        biz_type: str,
        body: models.StrategyUpdateRequest,
        *,
        service: models.StrategyService | str,
    ) -> Response[models.StrategyUpdateResponse]:
        """Replace the labels and text libraries of a moderation policy.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `PUT /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.UPDATE_STRATEGY,
            body,
            {"biz_type": biz_type},
            {"service": service},
        )

    def update_text_lib(
        self,
        lib_id: str,
        body: models.TextLibUpdateRequest,
    ) -> models.TextLibUpdateResponse:
        """Rename a custom text library or change its suggestion.

        Sets `LibName`, `Suggestion` or both (at least one). The match type cannot be changed.
        Setting the same values twice gives the same library, so this client retries it (its
        choice; CI documents no idempotency).

        `PUT /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return (self.update_text_lib_detailed(lib_id=lib_id, body=body)).parsed

    def update_text_lib_detailed(
        self,
        lib_id: str,
        body: models.TextLibUpdateRequest,
    ) -> Response[models.TextLibUpdateResponse]:
        """Rename a custom text library or change its suggestion.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `PUT /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return self._call(
            operations.UPDATE_TEXT_LIB,
            body,
            {"lib_id": lib_id},
        )


class AsyncClient(BaseAsyncClient):
    """asyncio client. See `BaseAsyncClient` for the options."""

    async def add_text_lib_keywords(
        self,
        lib_id: str,
        body: models.TextLibKeywordAddRequest,
    ) -> models.TextLibKeywordAddResponse:
        """Add keywords to a custom text library.

        Adds each `Keywords` entry and reports one `Results` entry per word: `Code` `Success`
        with the new `KeywordID` (keep it: deleting needs it), or `Failed` with `ErrMsg`. An
        HTTP 200 does not mean every word was added: check each result. CI documents no
        idempotency and no per-call limit; adding a word twice may give two entries or one
        failure (undocumented), so this client does not retry it.

        `POST /audit/textlib/{libId}/keyword`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.add_text_lib_keywords_detailed(lib_id=lib_id, body=body)).parsed

    async def add_text_lib_keywords_detailed(
        self,
        lib_id: str,
        body: models.TextLibKeywordAddRequest,
    ) -> Response[models.TextLibKeywordAddResponse]:
        """Add keywords to a custom text library.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/textlib/{libId}/keyword`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.ADD_TEXT_LIB_KEYWORDS,
            body,
            {"lib_id": lib_id},
        )

    async def cancel_live_auditing_job(
        self,
        job_id: str,
    ) -> models.CancelLiveAuditingResponse:
        """Cancel a live-stream moderation job that is in progress.

        Returns the id of the job that was stopped. No request body. CI documents a limit of
        20 requests a second without saying per what; this client applies it per bucket (its
        choice). CI documents neither idempotency nor what a second cancel returns; this
        client treats cancel as idempotent (a retry can at worst find the job already
        stopped).

        `POST /video/cancel_auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        Rate-limited to 20 per 1.0 s per bucket.
        """
        return (await self.cancel_live_auditing_job_detailed(job_id=job_id)).parsed

    async def cancel_live_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.CancelLiveAuditingResponse]:
        """Cancel a live-stream moderation job that is in progress.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /video/cancel_auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        Rate-limited to 20 per 1.0 s per bucket.
        """
        return await self._call(
            operations.CANCEL_LIVE_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    async def create_audio_auditing_job(
        self,
        body: models.AudioAuditingRequest,
    ) -> models.AudioAuditingResponse:
        """Submit an audio moderation job.

        Creates a billable moderation job for an audio object in the bucket or a public URL.
        CI documents no idempotency token, so a retried submit may create a second job.

        `POST /audio/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_audio_auditing_job_detailed(body=body)).parsed

    async def create_audio_auditing_job_detailed(
        self,
        body: models.AudioAuditingRequest,
    ) -> Response[models.AudioAuditingResponse]:
        """Submit an audio moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audio/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_AUDIO_AUDITING_JOB,
            body,
            {},
        )

    async def create_document_auditing_job(
        self,
        body: models.DocumentAuditingRequest,
    ) -> models.DocumentAuditingResponse:
        """Submit a document moderation job.

        Creates a billable job for a document in the bucket (`Object`) or at a public URL
        (`Url`). CI converts each page (each sheet page of a spreadsheet) to an image and
        moderates the images and their OCR text; it also bills the conversion. The document
        may be at most 200 MB and 5,000 pages; supported types are Office/WPS presentations,
        texts and spreadsheets, PDF and plain-text formats (txt, html, rtf, xml, source
        files…). The answer only says the job was created; read the verdict with
        GetDocumentAuditingJob or from the callback. CI documents no idempotency token, so a
        retried submit may create a second job.

        `POST /document/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_document_auditing_job_detailed(body=body)).parsed

    async def create_document_auditing_job_detailed(
        self,
        body: models.DocumentAuditingRequest,
    ) -> Response[models.DocumentAuditingResponse]:
        """Submit a document moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /document/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_DOCUMENT_AUDITING_JOB,
            body,
            {},
        )

    async def create_image_auditing_job(
        self,
        body: models.ImageAuditingRequest,
    ) -> models.ImageAuditingResponse:
        """Moderate up to 100 images in one request.

        Each `Input` is one image: an object key, a URL, or the image bytes themselves
        (`Content`, base64). The answer has one `JobsDetail` per `Input`, in CI's order (match
        them by `DataId`). With `Conf.Async` 0 (the default) each `JobsDetail` is the full
        verdict; with 1 each is a `Submitted` job whose verdict comes to `Conf.Callback` (the
        Detail form) or through GetImageAuditingJob. An `Input` CI refuses does not fail the
        request: its `JobsDetail` carries `Code`/`Message` (e.g. `InvalidArgument`) and no
        `JobId`. Billable per image and category; CI documents no idempotency token, so a
        retried submit may moderate (and bill) every image again.

        `POST /image/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_image_auditing_job_detailed(body=body)).parsed

    async def create_image_auditing_job_detailed(
        self,
        body: models.ImageAuditingRequest,
    ) -> Response[models.ImageAuditingResponse]:
        """Moderate up to 100 images in one request.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /image/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_IMAGE_AUDITING_JOB,
            body,
            {},
        )

    async def create_live_auditing_job(
        self,
        body: models.LiveAuditingRequest,
    ) -> models.VideoAuditingResponse:
        """Submit a live-stream moderation job.

        Starts moderating a live stream (RTMP, HLS, HTTP or HTTPS; at most 5 hours; up to
        1080p). A `BizType` policy is required. CI runs at most 10 live jobs at once by
        default and answers an error beyond that. The job runs until the stream ends or
        you call `cancel_live_auditing_job`; its results are read with
        `get_video_auditing_job`. CI documents no idempotency token, so a retried submit
        may start a second job (and a second bill) on the same stream.

        `POST /video/auditing` with `Type` live_video
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_live_auditing_job_detailed(body=body)).parsed

    async def create_live_auditing_job_detailed(
        self,
        body: models.LiveAuditingRequest,
    ) -> Response[models.VideoAuditingResponse]:
        """Submit a live-stream moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /video/auditing` with `Type` live_video
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_LIVE_AUDITING_JOB,
            body,
            {},
        )

    async def create_strategy(
        self,
        body: models.StrategyCreateRequest,
        *,
        service: models.StrategyService | str,
    ) -> models.StrategyCreateResponse:
        """Create a moderation policy for one kind of content.

        Creates a policy (审核策略) for the service named in `service` and returns its
        `BizType`, the id you pass as `Conf.BizType` when you submit a job. Give `Labels`,
        `TextLibs` or both. CI documents no idempotency token and no field to find a policy
        created by a lost answer, so a retried create may make a second policy: list the
        policies (`ListStrategies`) and look for your `Name` before creating again.

        - `service`: The kind of content the policy moderates.

        `POST /audit/strategy`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_strategy_detailed(body=body, service=service)).parsed

    async def create_strategy_detailed(
        self,
        body: models.StrategyCreateRequest,
        *,
        service: models.StrategyService | str,
    ) -> Response[models.StrategyCreateResponse]:
        """Create a moderation policy for one kind of content.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/strategy`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_STRATEGY,
            body,
            {},
            {"service": service},
        )

    async def create_text_auditing_job(
        self,
        body: models.TextAuditingRequest,
    ) -> models.TextAuditingResponse:
        """Moderate a text, or submit a text-file moderation job.

        Give exactly one of `Input.Content` (the text itself), `Input.Object` (a text file in
        the bucket) or `Input.Url` (a public text file). With `Content` CI answers
        SYNCHRONOUSLY: the answer is the full verdict (`State` `Success` or `Failed`, `Label`,
        `Result`, the per-category blocks and `Section`), `Callback` is ignored, and nothing
        needs to be queried. With `Object` or `Url` the answer only says the job was created
        (`Submitted`); read the verdict with GetTextAuditingJob or from the callback. Billable
        per category checked. CI documents no idempotency token, so a retried submit may
        create (and bill) a second job.

        `POST /text/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_text_auditing_job_detailed(body=body)).parsed

    async def create_text_auditing_job_detailed(
        self,
        body: models.TextAuditingRequest,
    ) -> Response[models.TextAuditingResponse]:
        """Moderate a text, or submit a text-file moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /text/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_TEXT_AUDITING_JOB,
            body,
            {},
        )

    async def create_text_lib(
        self,
        body: models.TextLibCreateRequest,
    ) -> models.TextLibCreateResponse:
        """Create a custom text library.

        Creates an empty library (自定义文本库) and returns its `LibID`. Add words with
        `AddTextLibKeywords`, then list the library in a policy's `TextLibs`. CI documents no
        idempotency token and no field to find a library created by a lost answer, so a
        retried create may make a second library: list the libraries and look for your
        `LibName` first.

        `POST /audit/textlib`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_text_lib_detailed(body=body)).parsed

    async def create_text_lib_detailed(
        self,
        body: models.TextLibCreateRequest,
    ) -> Response[models.TextLibCreateResponse]:
        """Create a custom text library.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/textlib`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_TEXT_LIB,
            body,
            {},
        )

    async def create_video_auditing_job(
        self,
        body: models.VideoAuditingRequest,
    ) -> models.VideoAuditingResponse:
        """Submit a video moderation job.

        Moderates a video object in the bucket or a public http(s) URL: CI takes snapshots
        (`Conf.Snapshot`) and moderates them as images and, with `DetectContent` 1, the sound
        as audio. Files must be under 5 GB, in FLV, MKV, MP4, RMVB, AVI, WMV, 3GP, MOV, M3U8
        or M4V. Each category moderated is billed separately, plus snapshot fees. CI documents
        no idempotency token, so a retried submit may create a second job.

        `POST /video/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_video_auditing_job_detailed(body=body)).parsed

    async def create_video_auditing_job_detailed(
        self,
        body: models.VideoAuditingRequest,
    ) -> Response[models.VideoAuditingResponse]:
        """Submit a video moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /video/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_VIDEO_AUDITING_JOB,
            body,
            {},
        )

    async def create_webpage_auditing_job(
        self,
        body: models.WebpageAuditingRequest,
    ) -> models.WebpageAuditingResponse:
        """Submit a webpage moderation job.

        Creates a billable job for a public webpage URL. CI moderates the page's images
        (billed as image moderation) and its text (billed as text moderation). The answer only
        says the job was created; read the verdict with GetWebpageAuditingJob or from the
        callback. CI documents a default concurrency of 10 jobs (460/63968) but no rate limit.
        CI documents no idempotency token, so a retried submit may create a second job.

        `POST /webpage/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return (await self.create_webpage_auditing_job_detailed(body=body)).parsed

    async def create_webpage_auditing_job_detailed(
        self,
        body: models.WebpageAuditingRequest,
    ) -> Response[models.WebpageAuditingResponse]:
        """Submit a webpage moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /webpage/auditing`
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.CREATE_WEBPAGE_AUDITING_JOB,
            body,
            {},
        )

    async def delete_text_lib(
        self,
        lib_id: str,
    ) -> models.TextLibDeleteResponse:
        """Delete a custom text library and its keywords.

        No request body. CI documents neither what happens to policies that list the library
        nor what a second delete returns; this client treats delete as idempotent (its choice:
        a retry can at worst find the library already gone, an error you can ignore).

        `DELETE /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.delete_text_lib_detailed(lib_id=lib_id)).parsed

    async def delete_text_lib_detailed(
        self,
        lib_id: str,
    ) -> Response[models.TextLibDeleteResponse]:
        """Delete a custom text library and its keywords.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `DELETE /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.DELETE_TEXT_LIB,
            None,
            {"lib_id": lib_id},
        )

    async def delete_text_lib_keywords(
        self,
        lib_id: str,
        body: models.TextLibKeywordDeleteRequest,
    ) -> models.TextLibKeywordDeleteResponse:
        """Delete keywords from a custom text library by id.

        Deletes the words whose `KeywordID`s you send (from `AddTextLibKeywords` or
        `ListTextLibKeywords`) and reports one `Results` entry per id: `Success`, or `Failed`
        with `ErrMsg`. An HTTP 200 does not mean every word was deleted: check each result.
        The wire form is not verified against CI's docs: the official SDKs disagree (Java:
        `POST …/deletekeyword`; Android: `DELETE …/keyword` with the same body) and CI's page
        could not be read when this was written. This spec follows Java: a path no SDK author
        would invent, and a body many HTTP stacks drop from a DELETE. If CI's docs say DELETE,
        only this path and method change. Deleting an id twice leaves the library the same, so
        this client retries it (its choice; a second delete at worst reports that id
        `Failed`).

        `POST /audit/textlib/{libId}/deletekeyword`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.delete_text_lib_keywords_detailed(lib_id=lib_id, body=body)).parsed

    async def delete_text_lib_keywords_detailed(
        self,
        lib_id: str,
        body: models.TextLibKeywordDeleteRequest,
    ) -> Response[models.TextLibKeywordDeleteResponse]:
        """Delete keywords from a custom text library by id.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /audit/textlib/{libId}/deletekeyword`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.DELETE_TEXT_LIB_KEYWORDS,
            body,
            {"lib_id": lib_id},
        )

    async def get_audio_auditing_job(
        self,
        job_id: str,
    ) -> models.AudioAuditingResultResponse:
        """Get the state and the full result of an audio moderation job.

        The verdict of a job: its overall label and result, the per-category scores, and each
        flagged section of the audio with its offset, duration, text and keywords. CI keeps
        results for one to three months (the docs disagree). A job that failed is still an
        HTTP 200 answer, with `State` `Failed` and CI's `Code`/`Message` (which may be a
        negative number as a string, e.g. `-6101`): check `jobs_detail.state`.

        `GET /audio/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.get_audio_auditing_job_detailed(job_id=job_id)).parsed

    async def get_audio_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.AudioAuditingResultResponse]:
        """Get the state and the full result of an audio moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audio/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.GET_AUDIO_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    async def get_document_auditing_job(
        self,
        job_id: str,
    ) -> models.DocumentAuditingResponse:
        """Get the state and the full result of a document moderation job.

        The verdict of a document job: its overall label and `Suggestion`, the per-category
        scores under `Labels`, and, under `PageSegment`, each page image with its page (and
        sheet) number, OCR text and per-category verdicts with the OCR lines that matched.
        Page image URLs are valid for two hours. CI keeps results for one month (436/48259) or
        three months (1045/52122): the docs disagree. A failed job is an HTTP 200 answer with
        `State` `Failed` and `Code`/`Message`.

        `GET /document/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.get_document_auditing_job_detailed(job_id=job_id)).parsed

    async def get_document_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.DocumentAuditingResponse]:
        """Get the state and the full result of a document moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /document/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.GET_DOCUMENT_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    async def get_image_auditing_job(
        self,
        job_id: str,
    ) -> models.ImageAuditingResultResponse:
        """Get the state and the verdict of an image moderation job.

        For a job created with `async` 1 (RecognizeImage, RecognizeImageUrl) or `Conf.Async` 1
        (CreateImageAuditingJob); a synchronous job's id works too. CI keeps results for one
        month. A job that failed is still an HTTP 200 answer, with `State` `Failed` and CI's
        `Code`/`Message`: check `jobs_detail.state`.

        `GET /image/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.get_image_auditing_job_detailed(job_id=job_id)).parsed

    async def get_image_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.ImageAuditingResultResponse]:
        """Get the state and the verdict of an image moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /image/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.GET_IMAGE_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    async def get_strategy(
        self,
        biz_type: str,
        *,
        service: models.StrategyService | str | None = None,
    ) -> models.StrategyDetailResponse:
        """Get a moderation policy's labels and text libraries.

        The policy's name, service, the labels it checks and the text libraries it uses. A
        query, so this client retries it.

        - `service`: The kind of content the policy is for. CI documents it as optional here;
        when given, a policy of another kind is not found.

        `GET /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.get_strategy_detailed(biz_type=biz_type, service=service)).parsed

    async def get_strategy_detailed(
        self,
        biz_type: str,
        *,
        service: models.StrategyService | str | None = None,
    ) -> Response[models.StrategyDetailResponse]:
        """Get a moderation policy's labels and text libraries.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.GET_STRATEGY,
            None,
            {"biz_type": biz_type},
            {"service": service},
        )

    async def get_text_auditing_job(
        self,
        job_id: str,
    ) -> models.TextAuditingResponse:
        """Get the state and the full result of a text moderation job.

        The verdict of a text-file job: its overall label and result, per-category hit counts,
        and each section of the text (CI splits text into sections of 10,000 UTF-8 characters)
        with its start offset, label and keywords. CI keeps results for one month
        (1534/108718). A job that failed is still an HTTP 200 answer with `State` `Failed` and
        CI's `Code`/`Message`: check `jobs_detail.state`. Within a section, a category's
        `Keywords` is ONE element holding comma-joined words (`a,b`), so it reads as a one-
        item list.

        `GET /text/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.get_text_auditing_job_detailed(job_id=job_id)).parsed

    async def get_text_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.TextAuditingResponse]:
        """Get the state and the full result of a text moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /text/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.GET_TEXT_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    async def get_video_auditing_job(
        self,
        job_id: str,
    ) -> models.VideoAuditingResultResponse:
        """Get the state and the full result of a video or live-stream moderation job.

        The verdict of a job: its overall label and result, per-category hit counts, each
        moderated snapshot (`Snapshot`) and each sound section (`AudioSection`), with their
        URLs (valid 2 hours), text and scores. It also answers for live-stream jobs: then
        `Type` is `live_video`, `Url` is the stream's URL (e.g. `rtmp://…`), `SnapshotTime`
        and `OffsetTime` are Unix timestamps in milliseconds instead of offsets into the file,
        and a job still `Auditing` shows what has been moderated so far. CI keeps results for
        one month. A job that failed is still an HTTP 200 answer, with `State` `Failed` and
        CI's `Code`/`Message`: check `jobs_detail.state`.

        `GET /video/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.get_video_auditing_job_detailed(job_id=job_id)).parsed

    async def get_video_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.VideoAuditingResultResponse]:
        """Get the state and the full result of a video or live-stream moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /video/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.GET_VIDEO_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    async def get_webpage_auditing_job(
        self,
        job_id: str,
    ) -> models.WebpageAuditingResponse:
        """Get the state and the full result of a webpage moderation job.

        The verdict of a webpage job: its overall label and `Suggestion`, the per-category
        scores under `Labels`, each image of the page (`ImageResults`) and each text section
        (`TextResults`, 10,000 UTF-8 characters each) with its verdict, and, when the job
        asked for it, `HighlightHtml`. CI keeps results for three months. A failed job is an
        HTTP 200 answer with `State` `Failed` and `Code`/`Message`. In `TextResults`, a
        category's `Keywords` is one comma-joined element, read as a one-item list.

        `GET /webpage/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.get_webpage_auditing_job_detailed(job_id=job_id)).parsed

    async def get_webpage_auditing_job_detailed(
        self,
        job_id: str,
    ) -> Response[models.WebpageAuditingResponse]:
        """Get the state and the full result of a webpage moderation job.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /webpage/auditing/{jobId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.GET_WEBPAGE_AUDITING_JOB,
            None,
            {"job_id": job_id},
        )

    async def list_strategies(
        self,
        *,
        service: models.StrategyService | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> models.StrategyListResponse:
        """List the moderation policies, one page at a time.

        Pages through the policies of every service, or of the one named in `service`, the
        preset default policies included (`IsDefault`). A query, so this client retries it.

        - `service`: Only policies for this kind of content; leave it out for every kind.
        - `offset`: Index of the first policy to return (CI's default is 0).
        - `limit`: How many policies to return (CI's default is 20). CI documents no maximum
        for this list; the text-library list documents 100.

        `GET /audit/strategy`
        Idempotent: retried on ambiguous failures.
        """
        return (
            await self.list_strategies_detailed(service=service, offset=offset, limit=limit)
        ).parsed

    async def list_strategies_detailed(
        self,
        *,
        service: models.StrategyService | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Response[models.StrategyListResponse]:
        """List the moderation policies, one page at a time.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/strategy`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.LIST_STRATEGIES,
            None,
            {},
            {"service": service, "offset": offset, "limit": limit},
        )

    def iter_strategies(
        self,
        *,
        service: models.StrategyService | str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[models.StrategySummary]:
        """Every item of `list_strategies`, page after page (`async for`).

        Each page is one call, with its own deadline and retries; `limit` sets
        the page size. It stops at an empty or short page or at the total count.
        """
        return self._paginate(
            operations.LIST_STRATEGIES,
            {},
            {"service": service, "limit": limit},
        )

    async def list_text_lib_keywords(
        self,
        lib_id: str,
        *,
        content: str | None = None,
        label: models.TextLibKeywordLabel | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> models.TextLibKeywordListResponse:
        """List the keywords of a custom text library, one page at a time.

        Pages through the library's keywords, optionally only those matching `content` or of
        one `label`. A query, so this client retries it.

        - `content`: Only keywords with this content (CI does not say whether it matches
        exactly or as a substring).
        - `label`: Only keywords of this label.
        - `offset`: Index of the first keyword to return (CI's default is 0).
        - `limit`: How many keywords to return (CI's default is 20; CI documents no maximum).

        `GET /audit/textlib/{libId}/keyword`
        Idempotent: retried on ambiguous failures.
        """
        return (
            await self.list_text_lib_keywords_detailed(
                lib_id=lib_id, content=content, label=label, offset=offset, limit=limit
            )
        ).parsed

    async def list_text_lib_keywords_detailed(
        self,
        lib_id: str,
        *,
        content: str | None = None,
        label: models.TextLibKeywordLabel | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Response[models.TextLibKeywordListResponse]:
        """List the keywords of a custom text library, one page at a time.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/textlib/{libId}/keyword`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.LIST_TEXT_LIB_KEYWORDS,
            None,
            {"lib_id": lib_id},
            {"content": content, "label": label, "offset": offset, "limit": limit},
        )

    def iter_text_lib_keywords(
        self,
        lib_id: str,
        *,
        content: str | None = None,
        label: models.TextLibKeywordLabel | str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[models.TextLibKeywordInfo]:
        """Every item of `list_text_lib_keywords`, page after page (`async for`).

        Each page is one call, with its own deadline and retries; `limit` sets
        the page size. It stops at an empty or short page or at the total count.
        """
        return self._paginate(
            operations.LIST_TEXT_LIB_KEYWORDS,
            {"lib_id": lib_id},
            {"content": content, "label": label, "limit": limit},
        )

    async def list_text_libs(
        self,
        *,
        libid: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> models.TextLibListResponse:
        """List the custom text libraries, or get one by id.

        Pages through the account's libraries, with the policies each is used by. With
        `libid`, only that library is returned and `offset`/`limit` are ignored. A query, so
        this client retries it.

        - `libid`: Return only this library. CI documents no format; the pattern and length
        are this client's guard.
        - `offset`: Index of the first library to return (CI's default is 0). Ignored with
        `libid`.
        - `limit`: How many libraries to return, at most 100 (CI's default is 20). Ignored
        with `libid`.

        `GET /audit/textlib`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.list_text_libs_detailed(libid=libid, offset=offset, limit=limit)).parsed

    async def list_text_libs_detailed(
        self,
        *,
        libid: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Response[models.TextLibListResponse]:
        """List the custom text libraries, or get one by id.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /audit/textlib`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.LIST_TEXT_LIBS,
            None,
            {},
            {"libid": libid, "offset": offset, "limit": limit},
        )

    def iter_text_libs(
        self,
        *,
        libid: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[models.TextLibInfo]:
        """Every item of `list_text_libs`, page after page (`async for`).

        Each page is one call, with its own deadline and retries; `limit` sets
        the page size. It stops at an empty or short page or at the total count.
        """
        return self._paginate(
            operations.LIST_TEXT_LIBS,
            {},
            {"libid": libid, "limit": limit},
        )

    async def recognize_image(
        self,
        object_key: str,
        *,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> models.ImageRecognitionResult:
        """Moderate one image stored in the bucket.

        Moderates the object `ObjectKey` of the bucket. This call goes to the bucket's COS
        host, not the CI host. By default it waits for the verdict and returns it (`async` 0);
        with `async` 1 it only creates a job and returns its `JobId` (state `Submitted`), and
        the verdict comes to `callback` (the Detail form) or through GetImageAuditingJob. Each
        category checked is billed once per image, so a retried call is billed again; with
        `async` 1 a retry also creates a second job. CI documents no idempotency token, so
        this client does not retry an ambiguous failure. Images must be under 32 MB; above 5
        MB set `large-image-detect` 1. Formats: PNG, JPG/JPEG, BMP, GIF, WEBP (HEIF/HEIC in
        newer docs).

        - `biz_type` (`biz-type`): Id of a moderation policy configured in the console;
        without it the bucket's default policy is used.
        - `detect_type` (`detect-type`): Deprecated by CI ("no longer maintained"; use `biz-
        type`). Categories to check, comma joined, e.g. `Porn,Ads` (the SDKs send lower case,
        `porn,ads`). CI documents no closed list for images.
        - `interval`: GIF only: take every Nth frame, starting with the first (CI's default
        5). CI's own sample sends 0 for a still image; what 0 means is not documented.
        - `max_frames` (`max-frames`): GIF only: the most frames to moderate, at least 1 (CI's
        default 5).
        - `large_image_detect` (`large-image-detect`): 1 = compress an image over the size
        limit (5 MB) before moderating it (images up to 32 MB; billed as image processing; a
        large GIF may time out); 0 = do not (CI's default). Without it an image over 5 MB
        fails.
        - `dataid`: Your business id for the image, echoed in the result and the callback.
        - `async_` (`async`): 0 = wait for the verdict and return it (CI's default); 1 =
        return at once with the job id and deliver the verdict to `callback` or
        GetImageAuditingJob.
        - `callback`: http(s) URL CI posts the verdict to (the Detail form), for `async` 1
        only. CI documents no length limit; 2048 characters is this client's bound.

        `GET /{ObjectKey}` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return (
            await self.recognize_image_detailed(
                object_key=object_key,
                biz_type=biz_type,
                detect_type=detect_type,
                interval=interval,
                max_frames=max_frames,
                large_image_detect=large_image_detect,
                dataid=dataid,
                async_=async_,
                callback=callback,
            )
        ).parsed

    async def recognize_image_detailed(
        self,
        object_key: str,
        *,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> Response[models.ImageRecognitionResult]:
        """Moderate one image stored in the bucket.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /{ObjectKey}` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.RECOGNIZE_IMAGE,
            None,
            {"object_key": object_key},
            {
                "biz_type": biz_type,
                "detect_type": detect_type,
                "interval": interval,
                "max_frames": max_frames,
                "large_image_detect": large_image_detect,
                "dataid": dataid,
                "async_": async_,
                "callback": callback,
            },
        )

    async def recognize_image_url(
        self,
        *,
        detect_url: str,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> models.ImageRecognitionResult:
        """Moderate one image given by a public URL.

        The same call as RecognizeImage, on the bucket's COS host, for an image anywhere on
        the public internet: `detect-url` names it and the path is `/` (no object key). When
        both a key and `detect-url` are sent CI moderates `detect-url`; this operation never
        sends a key. The bucket is only billed for the moderation; fetching the URL causes
        public traffic at the image's origin. Sync or async, billing and retries as for
        RecognizeImage. To moderate image bytes you hold locally, use CreateImageAuditingJob
        with `Content`.

        - `detect_url` (`detect-url`): Public http(s) URL of the image, e.g.
        `http://www.example.com/abc.jpg`; the client percent-encodes it in the query. CI
        documents no length limit; 2048 characters is this client's bound.
        - `biz_type` (`biz-type`): Id of a moderation policy configured in the console;
        without it the bucket's default policy is used.
        - `detect_type` (`detect-type`): Deprecated by CI ("no longer maintained"; use `biz-
        type`). Categories to check, comma joined, e.g. `Porn,Ads` (the SDKs send lower case,
        `porn,ads`). CI documents no closed list for images.
        - `interval`: GIF only: take every Nth frame, starting with the first (CI's default
        5). CI's own sample sends 0 for a still image; what 0 means is not documented.
        - `max_frames` (`max-frames`): GIF only: the most frames to moderate, at least 1 (CI's
        default 5).
        - `large_image_detect` (`large-image-detect`): 1 = compress an image over the size
        limit (5 MB) before moderating it (images up to 32 MB; billed as image processing; a
        large GIF may time out); 0 = do not (CI's default). Without it an image over 5 MB
        fails.
        - `dataid`: Your business id for the image, echoed in the result and the callback.
        - `async_` (`async`): 0 = wait for the verdict and return it (CI's default); 1 =
        return at once with the job id and deliver the verdict to `callback` or
        GetImageAuditingJob.
        - `callback`: http(s) URL CI posts the verdict to (the Detail form), for `async` 1
        only. CI documents no length limit; 2048 characters is this client's bound.

        `GET /` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return (
            await self.recognize_image_url_detailed(
                detect_url=detect_url,
                biz_type=biz_type,
                detect_type=detect_type,
                interval=interval,
                max_frames=max_frames,
                large_image_detect=large_image_detect,
                dataid=dataid,
                async_=async_,
                callback=callback,
            )
        ).parsed

    async def recognize_image_url_detailed(
        self,
        *,
        detect_url: str,
        biz_type: str | None = None,
        detect_type: str | None = None,
        interval: int | None = None,
        max_frames: int | None = None,
        large_image_detect: int | None = None,
        dataid: str | None = None,
        async_: int | None = None,
        callback: str | None = None,
    ) -> Response[models.ImageRecognitionResult]:
        """Moderate one image given by a public URL.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `GET /` on the cos host
        Not idempotent: never retried once it may have been processed.
        """
        return await self._call(
            operations.RECOGNIZE_IMAGE_URL,
            None,
            {},
            {
                "detect_url": detect_url,
                "biz_type": biz_type,
                "detect_type": detect_type,
                "interval": interval,
                "max_frames": max_frames,
                "large_image_detect": large_image_detect,
                "dataid": dataid,
                "async_": async_,
                "callback": callback,
            },
        )

    async def report_bad_case(
        self,
        body: models.BadCaseRequest,
    ) -> models.BadCaseResponse:
        """Report a moderation verdict you believe is wrong.

        Sends CI a text (`ContentType` 1, `Text`) or an image (`ContentType` 2, `Url`) it
        judged wrongly, with its label and the one you expected. It does not change the
        result; CI confirms the report in the background and uses it in later jobs. Give the
        `Text` for ContentType 1 and the `Url` for 2: exactly one of them (the spec cannot
        tie them to ContentType). A report twice is harmless, so this client retries it
        like a query (its choice; CI documents no idempotency).

        `POST /report/badcase`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.report_bad_case_detailed(body=body)).parsed

    async def report_bad_case_detailed(
        self,
        body: models.BadCaseRequest,
    ) -> Response[models.BadCaseResponse]:
        """Report a moderation verdict you believe is wrong.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `POST /report/badcase`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.REPORT_BAD_CASE,
            body,
            {},
        )

    async def update_strategy(
        self,
        biz_type: str,
        body: models.StrategyUpdateRequest,
        *,
        service: models.StrategyService | str,
    ) -> models.StrategyUpdateResponse:
        """Replace the labels and text libraries of a moderation policy.

        Sets the policy's `Labels` and `TextLibs` to what you send: a part you leave out is
        switched off (CI: no `Labels` means no label is checked), so send the whole policy.
        The name cannot be changed here. Because the call replaces rather than adds, sending
        it twice leaves the same policy, so this client retries it (its choice; CI documents
        no idempotency).

        - `service`: The kind of content the policy moderates.

        `PUT /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return (
            await self.update_strategy_detailed(biz_type=biz_type, body=body, service=service)
        ).parsed

    async def update_strategy_detailed(
        self,
        biz_type: str,
        body: models.StrategyUpdateRequest,
        *,
        service: models.StrategyService | str,
    ) -> Response[models.StrategyUpdateResponse]:
        """Replace the labels and text libraries of a moderation policy.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `PUT /audit/strategy/{bizType}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.UPDATE_STRATEGY,
            body,
            {"biz_type": biz_type},
            {"service": service},
        )

    async def update_text_lib(
        self,
        lib_id: str,
        body: models.TextLibUpdateRequest,
    ) -> models.TextLibUpdateResponse:
        """Rename a custom text library or change its suggestion.

        Sets `LibName`, `Suggestion` or both (at least one). The match type cannot be changed.
        Setting the same values twice gives the same library, so this client retries it (its
        choice; CI documents no idempotency).

        `PUT /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return (await self.update_text_lib_detailed(lib_id=lib_id, body=body)).parsed

    async def update_text_lib_detailed(
        self,
        lib_id: str,
        body: models.TextLibUpdateRequest,
    ) -> Response[models.TextLibUpdateResponse]:
        """Rename a custom text library or change its suggestion.
        Returns the `Response`: status, headers, raw body and the parsed model.

        `PUT /audit/textlib/{libId}`
        Idempotent: retried on ambiguous failures.
        """
        return await self._call(
            operations.UPDATE_TEXT_LIB,
            body,
            {"lib_id": lib_id},
        )
