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
