"""The spec vocabulary the family needed, as the runtime and the emulator honour it: query
parameters (typed, checked before sending, signed), two operations on one method and path
(`x-ci-variants`), and auto-pagination (`x-ci-paginate`), sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ci_emulator.handlers import Call
from ci_emulator.server import start_emulator
from ci_emulator.state import Emulator
from ci_moderation import (
    AsyncClient,
    Client,
    LiveAuditingRequest,
    LiveConf,
    LiveInput,
    RequestValidationError,
    StrategyListResponse,
    StrategyService,
    StrategySummary,
    VideoAuditingRequest,
    VideoAuditingResponse,
    VideoConf,
    VideoInput,
    VideoJobDetail,
    VideoSnapshotConf,
    core,
    operations,
)

LIVE = operations.CREATE_LIVE_AUDITING_JOB
VIDEO = operations.CREATE_VIDEO_AUDITING_JOB
LIST = operations.LIST_STRATEGIES


def live_request() -> LiveAuditingRequest:
    return LiveAuditingRequest(
        input=LiveInput(url="rtmp://example.com/live/1"), conf=LiveConf(biz_type="b0")
    )


def video_request() -> VideoAuditingRequest:
    return VideoAuditingRequest(
        input=VideoInput(object="a.mp4"), conf=VideoConf(snapshot=VideoSnapshotConf(count=3))
    )


# -- two operations on one method and path ----------------------------------------------------


def test_variants_share_the_wire_call_and_are_told_apart_by_the_body() -> None:
    assert (LIVE.method, LIVE.path) == (VIDEO.method, VIDEO.path) == ("POST", "/video/auditing")
    assert LIVE.wire_name == VIDEO.wire_name == "SubmitVideoAuditing"
    assert LIVE.discriminator == ("Type", "live_video") and VIDEO.discriminator is None
    live = core.prepare(LIVE, live_request()).body
    assert b"<Type>live_video</Type>" in live  # the discriminator is filled in for the user
    assert b"<Type>" not in core.prepare(VIDEO, video_request()).body
    # each method takes only its own body
    with pytest.raises(RequestValidationError):
        core.prepare(LIVE, video_request())


def _answer(job_id: str) -> Any:
    def handler(emu: Emulator, call: Call) -> VideoAuditingResponse:
        detail = VideoJobDetail(job_id=job_id, data_id=call.body.input.data_id)  # type: ignore[union-attr]
        return VideoAuditingResponse(jobs_detail=detail, request_id=call.request_id)

    return handler


def test_the_emulator_routes_each_variant_to_its_own_operation() -> None:
    handlers = {
        "CreateVideoAuditingJob": _answer("av-video"),
        "CreateLiveAuditingJob": _answer("av-live"),
    }
    with start_emulator(handlers=handlers) as emu, emu.client() as client:
        assert client.create_live_auditing_job(live_request()).jobs_detail.job_id == "av-live"
        assert client.create_video_auditing_job(video_request()).jobs_detail.job_id == "av-video"
        names = [r.operation for r in emu.state.ledger.requests]
    assert names == ["CreateLiveAuditingJob", "CreateVideoAuditingJob"]


# -- query parameters -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"offset": -1}, "offset"),
        ({"offset": True}, "offset"),
        ({"limit": "10"}, "limit"),
        ({"service": "Hologram"}, "service"),
        ({"service": 3}, "service"),
    ],
)
def test_bad_query_values_are_refused_before_sending(kwargs: dict[str, Any], field: str) -> None:
    with start_emulator() as emu, emu.client() as client:
        with pytest.raises(RequestValidationError) as info:
            client.list_strategies(**kwargs)
        assert info.value.field == field
        assert emu.state.ledger.requests == []  # nothing was sent


def test_query_values_are_sent_signed_and_typed_on_arrival() -> None:
    seen: list[dict[str, object]] = []

    def handler(emu: Emulator, call: Call) -> StrategyListResponse:
        seen.append(dict(call.query))
        return StrategyListResponse(request_id=call.request_id)

    with start_emulator(handlers={"ListStrategies": handler}) as emu, emu.client() as client:
        client.list_strategies(service=StrategyService.TEXT, offset=0, limit=5)
        client.list_strategies(service="Image")
        client.list_strategies()
        paths = [r.path for r in emu.state.ledger.requests]
    assert seen == [{"service": "Text", "offset": 0, "limit": 5}, {"service": "Image"}, {}]
    assert paths == ["/audit/strategy"] * 3
    prepared = core.prepare(LIST, query={"service": "Text", "limit": 5})
    assert prepared.target == "/audit/strategy?service=Text&limit=5"


# -- pagination -----------------------------------------------------------------------------

POLICIES = [StrategySummary(name=f"p{i}", biz_type=f"b{i}") for i in range(7)]


def _pages(total: bool) -> Any:
    def handler(emu: Emulator, call: Call) -> StrategyListResponse:
        offset = int(call.query.get("offset", 0))  # type: ignore[call-overload]
        limit = int(call.query.get("limit", 3))  # type: ignore[call-overload]
        return StrategyListResponse(
            strategies=POLICIES[offset : offset + limit],
            total_count=len(POLICIES) if total else None,
            request_id=call.request_id,
        )

    return handler


@pytest.mark.parametrize("total", [True, False], ids=["total", "no-total"])
def test_iterators_walk_every_page_sync_and_async(total: bool) -> None:
    with start_emulator(handlers={"ListStrategies": _pages(total)}) as emu:
        with emu.client() as client:
            names = [p.name for p in client.iter_strategies(limit=3)]
        offsets = [r.path for r in emu.state.ledger.requests]

        async def run() -> list[str | None]:
            async with emu.async_client() as client:
                return [p.name async for p in client.iter_strategies(limit=3)]

        assert asyncio.run(run()) == names
    assert names == [f"p{i}" for i in range(7)]
    # 7 items by 3: pages of 3, 3, 1; the short last page ends it (with or without a total)
    assert len(offsets) == 3


def test_an_iterator_without_a_page_size_stops_at_an_empty_page() -> None:
    with start_emulator(handlers={"ListStrategies": _pages(False)}) as emu:
        with emu.client() as client:
            assert len(list(client.iter_strategies())) == 7
        # pages of 3 (the handler's default), 3, 1, then an empty one
        assert len(emu.state.ledger.requests) == 4


def test_a_failing_page_raises_from_the_iterator_after_the_items_before_it() -> None:
    calls = 0

    def handler(emu: Emulator, call: Call) -> StrategyListResponse:
        nonlocal calls
        calls += 1
        if calls == 2:
            from ci_emulator.errors import EmulatorError

            raise EmulatorError(403, "AccessDenied", "no")
        return _pages(True)(emu, call)  # type: ignore[no-any-return]

    got = []
    with start_emulator(handlers={"ListStrategies": handler}) as emu, emu.client() as client:
        with pytest.raises(Exception) as info:
            got.extend(p.name for p in client.iter_strategies(limit=3))
    assert got == ["p0", "p1", "p2"]
    assert type(info.value).__name__ == "AccessDeniedError"


def test_clients_have_typed_iterators_for_every_list_operation() -> None:
    paged = [op for op in operations.OPERATIONS.values() if op.page is not None]
    assert {op.name for op in paged} >= {"ListStrategies", "ListTextLibs", "ListTextLibKeywords"}
    for op in paged:
        name = "iter_" + core_snake(op.name).removeprefix("list_")
        assert callable(getattr(Client, name)) and callable(getattr(AsyncClient, name))


def core_snake(name: str) -> str:
    import re

    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


# -- a second host and object keys ----------------------------------------------------------

RECOGNIZE = operations.RECOGNIZE_IMAGE
KEY = "photos/2026/中 文+#?%.jpg"


def test_an_object_key_is_sent_encoded_and_signed_decoded() -> None:
    prepared = core.prepare(RECOGNIZE, None, {"object_key": KEY}, query={"dataid": "d1"})
    assert prepared.path == "/" + KEY  # COS signs the decoded path
    assert prepared.target == (
        "/photos/2026/%E4%B8%AD%20%E6%96%87%2B%23%3F%25.jpg"
        "?ci-process=sensitive-content-recognition&dataid=d1"
    )


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("", "empty"),
        ("a/../b", "`..`"),
        ("./a", "`.`"),
        ("a\nb", "control"),
        ("é" * 426, "850 bytes"),
    ],
)
def test_an_object_key_that_would_not_name_the_object_is_refused(key: str, reason: str) -> None:
    with pytest.raises(RequestValidationError) as info:
        core.prepare(RECOGNIZE, None, {"object_key": key})
    assert reason in info.value.reason and info.value.field == "ObjectKey"


def test_single_image_moderation_gets_a_data_id_to_reconcile_by() -> None:
    prepared = core.prepare(RECOGNIZE, None, {"object_key": "a.jpg"})
    assert prepared.data_id and f"dataid={prepared.data_id}" in prepared.target
    mine = core.prepare(RECOGNIZE, None, {"object_key": "a.jpg"}, query={"dataid": "order-7"})
    assert mine.data_id == "order-7"
    off = core.prepare(RECOGNIZE, None, {"object_key": "a.jpg"}, generate_data_id=False)
    assert off.data_id is None and "dataid" not in off.target


def test_each_operation_goes_to_its_own_host() -> None:
    from ci_moderation import Credentials

    creds = Credentials("AKIDexample", "secret")
    with Client(bucket="examplebucket-1250000000", region="ap-beijing", credentials=creds) as c:
        settings = c._settings
        image = settings.signed(core.prepare(RECOGNIZE, None, {"object_key": "a.jpg"}))
        audio = settings.signed(
            core.prepare(operations.GET_AUDIO_AUDITING_JOB, None, {"job_id": "j1"})
        )
    assert image.headers["host"] == "examplebucket-1250000000.cos.ap-beijing.myqcloud.com"
    assert image.url.startswith(
        "https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/a.jpg?"
    )
    assert audio.headers["host"] == "examplebucket-1250000000.ci.ap-beijing.myqcloud.com"


def test_base_url_may_name_one_url_per_host() -> None:
    from ci_moderation import ConfigurationError, Credentials

    creds = Credentials("AKIDexample", "secret")
    urls = {"ci": "http://127.0.0.1:9001", "cos": "http://127.0.0.1:9002"}
    with Client(base_url=urls, credentials=creds) as c:
        assert {k: e.base_url for k, e in c._settings.hosts.items()} == urls
    with pytest.raises(ConfigurationError, match="every host"):
        Client(base_url={"ci": "http://127.0.0.1:9001"}, credentials=creds)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_an_object_key_reaches_the_emulator_intact(flavour: str) -> None:
    from ci_moderation import ImageRecognitionResult

    def handler(emu: Emulator, call: Call) -> ImageRecognitionResult:
        return ImageRecognitionResult(
            object=call.path_values["object_key"],
            data_id=str(call.query.get("dataid")),
        )

    with start_emulator(handlers={"RecognizeImage": handler}) as emu:
        if flavour == "sync":
            with emu.client() as client:
                result = client.recognize_image(KEY, dataid="d-9")
        else:

            async def run() -> ImageRecognitionResult:
                async with emu.async_client() as client:
                    return await client.recognize_image(KEY, dataid="d-9")

            result = asyncio.run(run())
    # the emulator verified the signature over the decoded key, as COS does
    assert (result.object, result.data_id) == (KEY, "d-9")


def test_a_batch_whose_outcome_is_unknown_names_every_data_id() -> None:
    from ci_emulator.faults import Fault
    from ci_moderation import ImageAuditingRequest, ImageConf, ImageInput, OutcomeUnknownError

    body = ImageAuditingRequest(
        input=[ImageInput(object="a.jpg"), ImageInput(object="b.jpg", data_id="mine")],
        conf=ImageConf(),
    )
    with start_emulator() as emu, emu.client() as client:
        emu.state.faults.add("CreateImageAuditingJob", Fault.reset_after_read())
        with pytest.raises(OutcomeUnknownError) as info:
            client.create_image_auditing_job(body)
        sent = [r for r in emu.state.ledger.requests if r.operation == "CreateImageAuditingJob"]
    error = info.value
    assert error.maybe_processed and len(sent) == 1  # may exist: never sent twice
    assert len(error.data_ids) == 2 and error.data_ids[1] == "mine" and error.data_ids[0]
    assert "2 DataIds" in str(error)


def test_a_pattern_holds_for_the_whole_value_a_trailing_newline_included() -> None:
    """`$` matches before a final newline: patterns are applied with `fullmatch`, to body
    fields and query parameters alike (one checker for both)."""
    with pytest.raises(RequestValidationError) as info:
        core.prepare(operations.LIST_TEXT_LIBS, query={"libid": "lib1\n"})
    assert info.value.field == "libid"
    bad = LiveAuditingRequest(
        input=LiveInput(url="rtmp://example.com/live/1\n"), conf=LiveConf(biz_type="b0")
    )
    with pytest.raises(RequestValidationError):
        core.prepare(LIVE, bad)
    assert core.prepare(operations.LIST_TEXT_LIBS, query={"libid": "lib1"}).target.endswith(
        "libid=lib1"
    )
