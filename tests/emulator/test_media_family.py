"""The rest of CI's moderation family on the emulator, end to end with the generated sync
`Client` and `AsyncClient` (every test runs with both): images (single, by URL, batches,
sync and async), video and live streams, text (inline and by object), documents and
webpages. States move on the emulator's `ManualClock`; verdicts follow the marker words of
`ci_emulator.verdicts`; callbacks are received on 127.0.0.1 and read with
`ci_moderation.parse_callback`, for every medium in both forms.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from ci_emulator import CallbackReceiver, EmulatorConfig, FailureTrigger
from ci_emulator.pytest_plugin import EmulatorFactory
from ci_emulator.server import RunningEmulator
from ci_moderation import (
    ClientError,
    DocumentAuditingRequest,
    DocumentCallbackDetail,
    DocumentCallbackSimple,
    DocumentConf,
    DocumentInput,
    ImageAuditingRequest,
    ImageAuditingResponse,
    ImageCallbackDetail,
    ImageCallbackSimple,
    ImageConf,
    ImageInput,
    LiveAuditingRequest,
    LiveConf,
    LiveInput,
    NotFoundError,
    TextAuditingRequest,
    TextCallbackDetail,
    TextCallbackSimple,
    TextConf,
    TextInput,
    UnknownElement,
    VideoAuditingRequest,
    VideoCallbackDetail,
    VideoCallbackSimple,
    VideoConf,
    VideoInput,
    VideoSnapshotConf,
    WebpageAuditingRequest,
    WebpageCallbackDetail,
    WebpageCallbackSimple,
    WebpageConf,
    WebpageInput,
    core,
    operations,
    parse_callback,
)
from ci_moderation.callbacks import Callback
from ci_moderation.models import HitFlag, ModerationResult

from .conftest import NO_RETRY

MODES = ["sync", "async"]
BIZ_TYPE = "b81d45f94b91a683255e9a9506f45a11"


class Api:
    """Calls one generated client method per call, on the sync `Client` or in a fresh event
    loop on the `AsyncClient`, so that one test body covers both."""

    def __init__(self, emu: RunningEmulator, mode: str) -> None:
        self.emu, self.mode = emu, mode

    def __getattr__(self, name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if self.mode == "sync":
                with self.emu.client(retry=NO_RETRY) as client:
                    return getattr(client, name)(*args, **kwargs)

            async def run() -> Any:
                async with self.emu.async_client(retry=NO_RETRY) as client:
                    return await getattr(client, name)(*args, **kwargs)

            return asyncio.run(run())

        return call

    def image_batch(self, body: ImageAuditingRequest) -> ImageAuditingResponse:
        """CreateImageAuditingJob with the generated client (sync or async)."""
        answer: ImageAuditingResponse = self.create_image_auditing_job(body)
        return answer


@pytest.fixture(params=MODES)
def api(request: pytest.FixtureRequest, ci_emulator: RunningEmulator) -> Api:
    return Api(ci_emulator, request.param)


def callbacks(emu: RunningEmulator, receiver: CallbackReceiver, count: int) -> list[Callback]:
    """The `count` callbacks delivered, parsed, in the order they arrived."""
    deliveries = emu.state.wait_callbacks(count)
    assert [d.outcome for d in deliveries] == ["delivered"] * count
    return [parse_callback(r.headers, r.body) for r in receiver.wait(count)]


def by_job(items: list[Callback]) -> dict[str, Callback]:
    out: dict[str, Callback] = {}
    for item in items:
        data = getattr(item, "data", None)
        job_id = data.trace_id if data is not None else item.jobs_detail.job_id  # type: ignore[union-attr]
        out[job_id] = item
    return out


VERSION_SIMPLE = [UnknownElement(tag="CallbackVersion", text="Simple")]
VERSION_DETAIL = [UnknownElement(tag="CallbackVersion", text="Detail")]


# -- images ------------------------------------------------------------------------------------


def test_recognize_image_answers_at_once(api: Api) -> None:
    result = api.recognize_image("photos/porn-1.jpg", dataid="img-1")
    assert (result.state, result.object, result.data_id) == (
        "Success",
        "photos/porn-1.jpg",
        "img-1",
    )
    assert result.job_id and result.job_id.startswith("si")
    assert (result.label, result.result, result.score, result.category) == ("Porn", 1, 90, "Porn")
    assert result.result is ModerationResult.SENSITIVE
    porn = result.porn_info
    assert porn is not None and (porn.hit_flag, porn.score, porn.keywords) == (1, 90, ["porn"])
    assert isinstance(porn.ocr_results, list) and len(porn.ocr_results) == 1
    [ocr] = porn.ocr_results
    assert (ocr.text, ocr.keywords) == ("... porn ...", ["porn"])
    assert ocr.location is not None and (ocr.location.y, ocr.location.height) == (0, 32)
    ads = result.ads_info
    assert ads is not None and (ads.hit_flag, ads.score, ads.keywords) == (0, 0, [])

    queried = api.get_image_auditing_job(result.job_id).jobs_detail
    assert (queried.job_id, queried.state, queried.label, queried.code) == (
        result.job_id,
        "Success",
        "Porn",
        "Success",
    )
    assert queried.bucket_id == "examplebucket-1250000000"


def test_recognize_image_detect_type_and_clean_image(api: Api) -> None:
    clean = api.recognize_image("photos/cat.jpg")
    assert (clean.label, clean.result, clean.score) == ("Normal", 0, 0)
    assert clean.data_id  # the client fills `dataid` for reconciliation
    politics = api.recognize_image("politics-porn.png", detect_type="politics")
    assert politics.label == "Politics" and politics.porn_info is None
    assert politics.politics_info is not None and politics.politics_info.keywords == ["politics"]


def test_recognize_image_async_job_calls_back_in_detail(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    created = api.recognize_image(
        "uploads/ads-banner.png", async_=1, callback=ci_callback_receiver.url, dataid="img-a"
    )
    assert (created.state, created.data_id, created.label, created.porn_info) == (
        "Submitted",
        "img-a",
        None,
        None,
    )
    assert created.job_id is not None
    ci_emulator.state.advance(1)
    assert api.get_image_auditing_job(created.job_id).jobs_detail.state == "Auditing"
    ci_emulator.state.advance(1)
    done = api.get_image_auditing_job(created.job_id).jobs_detail
    assert (done.state, done.label, done.result) == ("Success", "Ads", 1)
    [callback] = callbacks(ci_emulator, ci_callback_receiver, 1)
    assert isinstance(callback, ImageCallbackDetail)
    assert callback.event_name == "ReviewImage"
    detail = callback.jobs_detail
    assert (detail.job_id, detail.label, detail.data_id, detail.object) == (
        created.job_id,
        "Ads",
        "img-a",
        "uploads/ads-banner.png",
    )
    assert detail.ads_info is not None and detail.ads_info.keywords == ["ads"]
    assert (detail.bucket_id, detail.region) == ("examplebucket-1250000000", "ap-beijing")


def test_recognize_image_url(api: Api, ci_emulator: RunningEmulator) -> None:
    result = api.recognize_image_url(detect_url="https://img.example.com/ads/banner.jpg")
    assert (result.url, result.state, result.label, result.result) == (
        "https://img.example.com/ads/banner.jpg",
        "Success",
        "Ads",
        1,
    )
    assert result.object is None
    created = api.recognize_image_url(detect_url="https://img.example.com/a.jpg", async_=1)
    assert created.state == "Submitted" and created.job_id
    ci_emulator.state.advance(2)
    done = api.get_image_auditing_job(created.job_id).jobs_detail
    assert (done.state, done.label, done.url) == ("Success", "Normal", created.url)


def test_image_batch_synchronous(api: Api) -> None:
    answer = api.image_batch(
        ImageAuditingRequest(
            input=[
                ImageInput(object="batch/porn.jpg", data_id="b-0"),
                ImageInput(url="https://example.com/cat.jpg", data_id="b-1"),
                ImageInput(content=b"an image saying ads", data_id="b-2"),
            ],
            conf=ImageConf(detect_type=["Porn", "Ads"]),
        )
    )
    assert answer.request_id
    details = answer.jobs_detail
    assert [d.data_id for d in details] == ["b-0", "b-1", "b-2"]
    assert [(d.state, d.label, d.result) for d in details] == [
        ("Success", "Porn", 1),
        ("Success", "Normal", 0),
        ("Success", "Ads", 1),
    ]
    assert all(d.job_id and d.creation_time for d in details)
    single = api.image_batch(
        ImageAuditingRequest(input=[ImageInput(object="one-suspect.jpg")], conf=ImageConf())
    ).jobs_detail
    assert isinstance(single, list) and len(single) == 1  # one JobsDetail is a list of one
    assert (single[0].label, single[0].result) == ("Porn", ModerationResult.SUSPICIOUS)
    assert single[0].porn_info is not None and single[0].porn_info.hit_flag == HitFlag.SUSPICIOUS
    queried = api.get_image_auditing_job(details[0].job_id).jobs_detail
    assert (queried.label, queried.data_id) == ("Porn", "b-0")


def test_image_batch_asynchronous_calls_back_in_both_forms(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    url = ci_callback_receiver.url
    detail_batch = api.image_batch(
        ImageAuditingRequest(
            input=[ImageInput(object="a/porn.jpg"), ImageInput(object="a/clean.jpg")],
            conf=ImageConf(async_=1, callback=url),
        )
    ).jobs_detail
    simple_batch = api.image_batch(
        ImageAuditingRequest(
            input=[ImageInput(object="s/ads.jpg", data_id="s-ads")],
            conf=ImageConf(async_=1, callback=url, unknown_elements=list(VERSION_SIMPLE)),
        )
    ).jobs_detail
    assert [d.state for d in detail_batch + simple_batch] == ["Submitted"] * 3
    assert all(d.label is None for d in detail_batch + simple_batch)
    ci_emulator.state.advance(2)
    got = by_job(callbacks(ci_emulator, ci_callback_receiver, 3))
    porn, clean = (got[d.job_id or ""] for d in detail_batch)
    assert isinstance(porn, ImageCallbackDetail) and isinstance(clean, ImageCallbackDetail)
    assert (porn.jobs_detail.label, clean.jobs_detail.label) == ("Porn", "Normal")
    simple = got[simple_batch[0].job_id or ""]
    assert isinstance(simple, ImageCallbackSimple)
    assert (simple.code, simple.message, simple.data.event) == (0, "success", "ReviewImage")
    assert (simple.data.result, simple.data.data_id) == (1, "s-ads")
    assert simple.data.ads_info is not None
    assert (simple.data.ads_info.hit_flag, simple.data.ads_info.score) == (1, 90)
    assert simple.data.porn_info is not None and simple.data.porn_info.hit_flag == 0


def test_a_batch_gives_every_input_a_data_id_to_reconcile_by(api: Api) -> None:
    body = ImageAuditingRequest(
        input=[ImageInput(object="a.jpg"), ImageInput(object="b.jpg", data_id="mine")],
        conf=ImageConf(),
    )
    details = api.create_image_auditing_job(body).jobs_detail
    assert [d.object for d in details] == ["a.jpg", "b.jpg"]
    assert details[1].data_id == "mine" and details[0].data_id  # a uuid4 filled in
    prepared = core.prepare(operations.CREATE_IMAGE_AUDITING_JOB, body)
    assert len(prepared.data_ids) == 2 and prepared.data_ids[1] == "mine"
    assert prepared.data_id is None  # one id only for a single submit


# -- video and live ---------------------------------------------------------------------------


def video_request(obj: str, callback: str | None = None, version: str | None = None) -> Any:
    return VideoAuditingRequest(
        input=VideoInput(object=obj, data_id="vid-1"),
        conf=VideoConf(
            snapshot=VideoSnapshotConf(count=10, mode="Interval", time_interval=5),
            detect_content=1,
            callback=callback,
            callback_version=version,
        ),
    )


def test_video_job_moves_through_its_states(api: Api, ci_emulator: RunningEmulator) -> None:
    created = api.create_video_auditing_job(video_request("videos/porn-clip.mp4")).jobs_detail
    assert (created.state, created.data_id, created.object) == (
        "Submitted",
        "vid-1",
        "videos/porn-clip.mp4",
    )
    assert created.job_id.startswith("av")
    states = [api.get_video_auditing_job(created.job_id).jobs_detail.state]
    for _ in range(3):
        ci_emulator.state.advance(1)
        states.append(api.get_video_auditing_job(created.job_id).jobs_detail.state)
    assert states == ["Submitted", "Snapshoting", "Auditing", "Success"]
    done = api.get_video_auditing_job(created.job_id).jobs_detail
    assert (done.label, done.result, done.snapshot_count, done.type) == ("Porn", 1, 10, None)
    assert done.porn_info is not None and (done.porn_info.count, done.porn_info.keywords) == (
        1,
        ["porn"],
    )
    assert isinstance(done.snapshot, list) and len(done.snapshot) == 1
    [snap] = done.snapshot
    assert (snap.snapshot_time, snap.label, snap.result, snap.text) == (
        3000,
        "Porn",
        1,
        "... porn ...",
    )
    assert snap.url and snap.url.endswith(f"/ci-emulator/{created.job_id}/snapshot-0.jpg")
    assert snap.porn_info is not None and snap.porn_info.keywords == ["porn"]
    assert snap.ads_info is not None and snap.ads_info.hit_flag == 0
    assert len(done.audio_section) == 1 and done.audio_section[0].offset_time == 3000


def test_video_callbacks_in_both_forms(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    url = ci_callback_receiver.url
    simple_id = api.create_video_auditing_job(video_request("v/ads.mp4", url)).jobs_detail.job_id
    detail_id = api.create_video_auditing_job(
        video_request("v/clean.mp4", url, "Detail")
    ).jobs_detail.job_id
    ci_emulator.state.advance(3)
    got = by_job(callbacks(ci_emulator, ci_callback_receiver, 2))
    simple, detail = got[simple_id], got[detail_id]
    assert isinstance(simple, VideoCallbackSimple)
    assert (simple.data.event, simple.data.result, simple.data.data_id) == (
        "ReviewVideo",
        1,
        "vid-1",
    )
    assert simple.data.ads_info is not None
    assert (simple.data.ads_info.hit_flag, simple.data.ads_info.count) == (1, 1)
    assert isinstance(detail, VideoCallbackDetail)
    assert (detail.event_name, detail.jobs_detail.state, detail.jobs_detail.label) == (
        "ReviewVideo",
        "Success",
        "Normal",
    )
    assert detail.jobs_detail.snapshot == []


def test_live_job_runs_until_cancelled(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    request = LiveAuditingRequest(
        input=LiveInput(url="rtmp://live.example.com/live/ads-room", data_id="room-1"),
        conf=LiveConf(biz_type=BIZ_TYPE, callback=ci_callback_receiver.url),
    )
    created = api.create_live_auditing_job(request).jobs_detail
    assert (created.state, created.data_id, created.url) == (
        "Submitted",
        "room-1",
        "rtmp://live.example.com/live/ads-room",
    )
    ci_emulator.state.advance(1)
    running = api.get_video_auditing_job(created.job_id).jobs_detail
    assert (running.state, running.type, running.label, running.result) == (
        "Auditing",
        "live_video",
        "Ads",
        1,
    )
    assert running.creation_time is not None
    [snap] = running.snapshot
    assert snap.snapshot_time == int(running.creation_time.timestamp()) * 1000 + 3000
    [callback] = callbacks(ci_emulator, ci_callback_receiver, 1)
    assert isinstance(callback, VideoCallbackSimple)
    assert (callback.data.trace_id, callback.data.url, callback.data.data_id) == (
        created.job_id,
        "rtmp://live.example.com/live/ads-room",
        "room-1",
    )
    ci_emulator.state.advance(600)
    assert api.get_video_auditing_job(created.job_id).jobs_detail.state == "Auditing"
    cancelled = api.cancel_live_auditing_job(created.job_id).jobs_detail
    assert (cancelled.job_id, cancelled.data_id) == (created.job_id, "room-1")
    after = api.get_video_auditing_job(created.job_id).jobs_detail
    assert (after.state, after.label) == ("Success", "Ads")  # the spec has no Cancelled state
    assert ci_emulator.state.job(created.job_id).state == "Cancelled"
    with pytest.raises(ClientError) as info:
        api.cancel_live_auditing_job(created.job_id)
    assert (info.value.status_code, info.value.code) == (409, "JobAlreadyFinished")
    assert len(ci_callback_receiver.received) == 1  # no callback for the cancel


def test_live_detail_callback_and_seeded_jobs(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    request = LiveAuditingRequest(
        input=LiveInput(url="rtmp://live.example.com/live/porn"),
        conf=LiveConf(
            biz_type=BIZ_TYPE, callback=ci_callback_receiver.url, callback_version="Detail"
        ),
    )
    job_id = api.create_live_auditing_job(request).jobs_detail.job_id
    ci_emulator.state.advance(1)
    [callback] = callbacks(ci_emulator, ci_callback_receiver, 1)
    assert isinstance(callback, VideoCallbackDetail)
    detail = callback.jobs_detail
    assert (detail.job_id, detail.state, detail.type, detail.label) == (
        job_id,
        "Auditing",
        "live_video",
        "Porn",
    )
    assert len(detail.snapshot) == 1 and detail.snapshot_count == 1
    seeded = ci_emulator.state.seed_live_job(data_id="seeded")
    answer = api.get_video_auditing_job(seeded).jobs_detail
    assert (answer.state, answer.data_id, answer.type, answer.snapshot) == (
        "Auditing",
        "seeded",
        "live_video",
        [],
    )


# -- text -------------------------------------------------------------------------------------


def test_inline_text_answers_synchronously(api: Api, ci_emulator: RunningEmulator) -> None:
    answer = api.create_text_auditing_job(
        TextAuditingRequest(
            input=TextInput(content="buy cheap ads here, and porn", data_id="t-1"),
            conf=TextConf(detect_type=["Porn", "Ads"]),
        )
    )
    detail = answer.jobs_detail
    assert (detail.state, detail.label, detail.result, detail.data_id) == (
        "Success",
        "Porn",
        1,
        "t-1",
    )
    assert detail.content == "buy cheap ads here, and porn"
    assert detail.section_count == 1
    assert isinstance(detail.section, list) and len(detail.section) == 1
    [section] = detail.section
    assert (section.start_byte, section.label, section.result) == (0, "Porn", 1)
    assert section.porn_info is not None and section.porn_info.keywords == ["porn"]
    assert section.ads_info is not None and section.ads_info.keywords == ["ads"]
    assert detail.ads_info is not None and (detail.ads_info.hit_flag, detail.ads_info.count) == (
        1,
        1,
    )
    assert ci_emulator.state.ledger.callbacks == []
    queried = api.get_text_auditing_job(detail.job_id).jobs_detail
    assert (queried.state, queried.label, queried.content) == ("Success", "Porn", detail.content)

    clean = api.create_text_auditing_job(
        TextAuditingRequest(input=TextInput(content="你好，世界"), conf=TextConf())
    ).jobs_detail
    assert (clean.label, clean.result, clean.content) == ("Normal", 0, "你好，世界")
    assert [s.label for s in clean.section] == ["Normal"]


def test_text_object_job_and_callbacks(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    url = ci_callback_receiver.url

    def submit(obj: str, version: str | None) -> str:
        conf = TextConf(callback=url, callback_version=version)
        created = api.create_text_auditing_job(
            TextAuditingRequest(input=TextInput(object=obj, data_id=obj), conf=conf)
        ).jobs_detail
        assert (created.state, created.label, created.section) == ("Submitted", None, [])
        assert created.job_id.startswith("st")
        return created.job_id

    simple_id, detail_id = submit("posts/ads.txt", None), submit("posts/porn.txt", "Detail")
    ci_emulator.state.advance(1)
    assert api.get_text_auditing_job(simple_id).jobs_detail.state == "Auditing"
    ci_emulator.state.advance(1)
    done = api.get_text_auditing_job(simple_id).jobs_detail
    assert (done.state, done.label, done.section_count) == ("Success", "Ads", 2)
    assert [(s.start_byte, s.label) for s in done.section] == [(0, "Normal"), (10000, "Ads")]
    ads = done.section[1].ads_info
    assert ads is not None and (ads.keywords, ads.score) == (["ads"], 90)
    got = by_job(callbacks(ci_emulator, ci_callback_receiver, 2))
    simple, detail = got[simple_id], got[detail_id]
    assert isinstance(simple, TextCallbackSimple)
    assert (simple.data.event, simple.data.result, simple.data.data_id) == (
        "ReviewText",
        1,
        "posts/ads.txt",
    )
    assert simple.data.ads_info is not None
    assert (
        simple.data.ads_info.hit_flag,
        simple.data.ads_info.label,
        simple.data.ads_info.count,
    ) == (
        1,
        "ads",
        1,
    )
    assert isinstance(detail, TextCallbackDetail)
    section = detail.jobs_detail.section[1]
    assert (detail.jobs_detail.label, section.start_byte) == ("Porn", 10000)
    assert section.porn_info is not None and section.porn_info.keywords == ["porn"]


# -- documents and webpages ---------------------------------------------------------------------


def test_document_job_and_callbacks(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    url = ci_callback_receiver.url
    created = api.create_document_auditing_job(
        DocumentAuditingRequest(
            input=DocumentInput(object="contracts/porn-7.docx", data_id="doc-7"),
            conf=DocumentConf(callback=url),
        )
    ).jobs_detail
    assert (created.state, created.data_id, created.page_segment) == ("Submitted", "doc-7", None)
    detail_id = api.create_document_auditing_job(
        DocumentAuditingRequest(
            input=DocumentInput(url="https://example.com/ads.pdf"),
            conf=DocumentConf(callback=url, unknown_elements=list(VERSION_DETAIL)),
        )
    ).jobs_detail.job_id
    ci_emulator.state.advance(1)
    assert api.get_document_auditing_job(created.job_id).jobs_detail.state == "Auditing"
    ci_emulator.state.advance(1)
    done = api.get_document_auditing_job(created.job_id).jobs_detail
    assert (done.state, done.label, done.suggestion, done.page_count) == ("Success", "Porn", 1, 2)
    assert done.labels is not None and done.labels.porn_info is not None
    assert done.labels.porn_info.hit_flag == 1
    assert done.page_segment is not None and len(done.page_segment.results) == 2
    first, page = done.page_segment.results
    assert (first.page_number, first.label, first.suggestion) == (1, "Normal", 0)
    assert (page.page_number, page.label, page.text) == (2, "Porn", "... porn ...")
    assert page.porn_info is not None and page.porn_info.keywords == ["porn"]
    assert len(page.porn_info.ocr_results) == 1
    got = by_job(callbacks(ci_emulator, ci_callback_receiver, 2))
    simple, detail = got[created.job_id], got[detail_id]
    assert isinstance(simple, DocumentCallbackSimple)
    assert (simple.event_name, simple.jobs_detail.label) == ("ReviewDocument", "Porn")
    assert simple.jobs_detail.page_segment is not None
    assert len(simple.jobs_detail.page_segment.results) == 2
    assert isinstance(detail, DocumentCallbackDetail)
    assert (detail.jobs_detail.label, detail.jobs_detail.url) == (
        "Ads",
        "https://example.com/ads.pdf",
    )


def test_webpage_job_and_callbacks(
    api: Api, ci_emulator: RunningEmulator, ci_callback_receiver: CallbackReceiver
) -> None:
    url = ci_callback_receiver.url
    created = api.create_webpage_auditing_job(
        WebpageAuditingRequest(
            input=WebpageInput(url="https://shop.example.com/ads/landing", data_id="page-1"),
            conf=WebpageConf(callback=url, return_highlight_html=True),
        )
    ).jobs_detail
    assert (created.state, created.url, created.data_id) == (
        "Submitted",
        "https://shop.example.com/ads/landing",
        "page-1",
    )
    detail_id = api.create_webpage_auditing_job(
        WebpageAuditingRequest(
            input=WebpageInput(url="https://example.com/"),
            conf=WebpageConf(callback=url, unknown_elements=list(VERSION_DETAIL)),
        )
    ).jobs_detail.job_id
    ci_emulator.state.advance(2)
    done = api.get_webpage_auditing_job(created.job_id).jobs_detail
    assert (done.state, done.label, done.suggestion, done.page_count) == ("Success", "Ads", 1, 3)
    assert done.text_results is not None and done.image_results is not None
    texts = done.text_results.results
    assert [(t.text, t.label) for t in texts] == [
        ("emulated page text", "Normal"),
        ("... ads ...", "Ads"),
    ]
    assert texts[1].ads_info is not None and texts[1].ads_info.keywords == ["ads"]
    assert [i.url for i in done.image_results.results] == ["https://shop.example.com/logo.png"]
    assert done.highlight_html and '<span style="color:red">ads</span>' in done.highlight_html
    assert done.labels is not None and done.labels.ads_info is not None
    got = by_job(callbacks(ci_emulator, ci_callback_receiver, 2))
    simple, detail = got[created.job_id], got[detail_id]
    assert isinstance(simple, WebpageCallbackSimple)
    assert (simple.event_name, simple.jobs_detail.label) == ("ReviewHtml", "Ads")
    assert isinstance(detail, WebpageCallbackDetail)
    assert (detail.jobs_detail.label, detail.jobs_detail.highlight_html) == ("Normal", None)


# -- the emulator's rules, for the new media ----------------------------------------------------


def test_unknown_and_foreign_ids_are_404(api: Api) -> None:
    text_id = api.create_text_auditing_job(
        TextAuditingRequest(input=TextInput(content="hi"), conf=TextConf())
    ).jobs_detail.job_id
    getters = (
        "get_image_auditing_job",
        "get_video_auditing_job",
        "get_document_auditing_job",
        "get_webpage_auditing_job",
    )
    for name in getters:
        for job_id in ("sx0000000000000000000000000000000000", text_id):
            with pytest.raises(NotFoundError) as info:
                getattr(api, name)(job_id)
            assert info.value.code == "NoSuchJob"
    with pytest.raises(NotFoundError):
        api.get_text_auditing_job("st0000")


def test_non_loopback_callbacks_are_refused(api: Api, ci_emulator: RunningEmulator) -> None:
    far = "https://example.com/callback"
    attempts: list[Callable[[], Any]] = [
        lambda: api.create_video_auditing_job(video_request("v.mp4", far)),
        lambda: api.recognize_image("a.jpg", async_=1, callback=far),
        lambda: api.image_batch(
            ImageAuditingRequest(
                input=[ImageInput(object="a.jpg")], conf=ImageConf(async_=1, callback=far)
            )
        ),
        lambda: api.create_text_auditing_job(
            TextAuditingRequest(input=TextInput(object="a.txt"), conf=TextConf(callback=far))
        ),
        lambda: api.create_document_auditing_job(
            DocumentAuditingRequest(
                input=DocumentInput(object="a.pdf"), conf=DocumentConf(callback=far)
            )
        ),
        lambda: api.create_webpage_auditing_job(
            WebpageAuditingRequest(input=WebpageInput(url=far), conf=WebpageConf(callback=far))
        ),
        lambda: api.create_live_auditing_job(
            LiveAuditingRequest(
                input=LiveInput(url="rtmp://x/y"), conf=LiveConf(biz_type=BIZ_TYPE, callback=far)
            )
        ),
    ]
    for attempt in attempts:
        with pytest.raises(ClientError) as info:
            attempt()
        assert (info.value.status_code, info.value.code) == (400, "InvalidArgument")
    assert ci_emulator.state.ledger.jobs == []


@pytest.mark.parametrize("mode", MODES)
def test_failure_triggers_apply_to_every_medium(
    mode: str, ci_emulator_factory: EmulatorFactory, ci_callback_receiver: CallbackReceiver
) -> None:
    trigger = FailureTrigger("*.broken*", "-6101", "cannot decode")
    emu = ci_emulator_factory(EmulatorConfig.with_random_credentials(failure_triggers=(trigger,)))
    api = Api(emu, mode)
    [failed] = api.image_batch(
        ImageAuditingRequest(input=[ImageInput(object="x.broken.jpg")], conf=ImageConf())
    ).jobs_detail
    assert (failed.state, failed.code, failed.message, failed.label) == (
        "Failed",
        "-6101",
        "cannot decode",
        None,
    )
    with pytest.raises(ClientError) as info:
        api.recognize_image("y.broken.png")
    assert (info.value.status_code, info.value.code) == (400, "-6101")
    video_id = api.create_video_auditing_job(
        video_request("porn.broken.mp4", ci_callback_receiver.url)
    ).jobs_detail.job_id
    emu.state.advance(3)
    video = api.get_video_auditing_job(video_id).jobs_detail
    assert (video.state, video.code, video.label, video.snapshot) == ("Failed", "-6101", None, [])
    [callback] = callbacks(emu, ci_callback_receiver, 1)
    assert isinstance(callback, VideoCallbackSimple)
    assert (callback.code, callback.message) == (1, "cannot decode")
