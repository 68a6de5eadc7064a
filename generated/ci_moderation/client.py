"""Sync and asyncio clients of Tencent Cloud CI content moderation.

Generated from the spec by `generator/`; do not edit. Each operation has a plain method that
returns the parsed model and a `*_detailed` twin returning `Response[T]` (status, headers,
raw body, request id, parsed model). A list operation also has an `iter_*` method that
yields every item of every page.
"""

from __future__ import annotations

from . import models, operations
from .clientbase import BaseAsyncClient, BaseSyncClient
from .core import Response

__all__ = ["AsyncClient", "Client"]


class Client(BaseSyncClient):
    """Blocking client. See `BaseSyncClient` for the options."""

    def cancel_live_auditing_job(
        self,
        job_id: str,
    ) -> models.CancelLiveAuditingResponse:
        """Cancel a live-stream moderation job that is in progress.

        Returns the id of the job that was stopped. No request body. CI documents a limit of
        20 requests a second without saying per what; this client applies it per bucket (its
        choice). CI documents neither idempotency nor what a second cancel returns; this
        client
        treats cancel as idempotent (a retry can at worst find the job already stopped).

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
        return (self.create_audio_auditing_job_detailed(body)).parsed

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
        return (self.report_bad_case_detailed(body)).parsed

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


class AsyncClient(BaseAsyncClient):
    """asyncio client. See `BaseAsyncClient` for the options."""

    async def cancel_live_auditing_job(
        self,
        job_id: str,
    ) -> models.CancelLiveAuditingResponse:
        """Cancel a live-stream moderation job that is in progress.

        Returns the id of the job that was stopped. No request body. CI documents a limit of
        20 requests a second without saying per what; this client applies it per bucket (its
        choice). CI documents neither idempotency nor what a second cancel returns; this
        client
        treats cancel as idempotent (a retry can at worst find the job already stopped).

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
        return (await self.create_audio_auditing_job_detailed(body)).parsed

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
        return (await self.report_bad_case_detailed(body)).parsed

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
