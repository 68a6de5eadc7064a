"""Moderation policies and custom text libraries against the emulator (`ci_emulator.policies`),
end to end with the generated sync `Client` and `AsyncClient` over 127.0.0.1: state persists
across calls, lists page, filters filter, unknown ids are typed errors, and two emulators
share nothing."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from ci_emulator.clock import ManualClock
from ci_emulator.handlers import HANDLERS
from ci_emulator.policies import POLICY_HANDLERS
from ci_emulator.server import RunningEmulator, start_emulator
from ci_moderation import (
    ClientError,
    NotFoundError,
    RequestValidationError,
    StrategyService,
)
from ci_moderation.models import (
    StrategyCreateRequest,
    StrategyLabels,
    StrategyLabelSet,
    StrategyUpdateRequest,
    TextLibCreateRequest,
    TextLibKeyword,
    TextLibKeywordAddRequest,
    TextLibKeywordDeleteRequest,
    TextLibKeywordLabel,
    TextLibKeywordResultCode,
    TextLibMatchType,
    TextLibSuggestion,
    TextLibUpdateRequest,
)

HEX32 = re.compile(r"^[0-9a-f]{32}$")
CI_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0800$")
SERVICES = [s.value for s in StrategyService]
OK, FAILED = TextLibKeywordResultCode.SUCCESS, TextLibKeywordResultCode.FAILED


class Api:
    """The generated client's methods, called the same way whichever client is under test:
    the sync `Client`, or the `AsyncClient` with each call awaited on one event loop.
    `iter_*` methods return the list of every item (walking the pages)."""

    def __init__(self, emu: RunningEmulator, mode: str) -> None:
        self.mode = mode
        self._loop: asyncio.AbstractEventLoop | None = None
        if mode == "sync":
            self._client: Any = emu.client()
        else:
            self._loop = asyncio.new_event_loop()
            self._client = emu.async_client()

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._client, name)
        loop = self._loop
        if loop is None:
            return (lambda *a, **k: list(method(*a, **k))) if name.startswith("iter_") else method
        if name.startswith("iter_"):
            return lambda *a, **k: loop.run_until_complete(_collect(method(*a, **k)))
        return lambda *a, **k: loop.run_until_complete(method(*a, **k))

    def close(self) -> None:
        if self._loop is None:
            self._client.close()
        else:
            self._loop.run_until_complete(self._client.aclose())
            self._loop.close()


async def _collect(items: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in items]


def start() -> RunningEmulator:
    return start_emulator(clock=ManualClock(), handlers={**HANDLERS, **POLICY_HANDLERS})


@pytest.fixture
def emu() -> Iterator[RunningEmulator]:
    with start() as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, emu: RunningEmulator) -> Iterator[Api]:
    client = Api(emu, request.param)
    yield client
    client.close()


def calls(emu: RunningEmulator, operation: str) -> int:
    return sum(r.operation == operation for r in emu.state.ledger.requests)


def text_labels() -> StrategyLabels:
    return StrategyLabels(text=StrategyLabelSet(porn=["Pornography"], ads=["AdvertisingPractices"]))


def new_lib(api: Api, name: str = "brand_blocklist") -> str:
    created = api.create_text_lib(
        TextLibCreateRequest(
            lib_name=name, suggestion=TextLibSuggestion.BLOCK, match_type=TextLibMatchType.EXACT
        )
    )
    lib_id: str = created.lib_id
    return lib_id


def add_words(api: Api, lib_id: str, *words: tuple[str, str]) -> list[Any]:
    body = TextLibKeywordAddRequest(
        keywords=[TextLibKeyword(content=c, label=label) for c, label in words]
    )
    results: list[Any] = api.add_text_lib_keywords(lib_id, body).results
    return results


# -- policies -------------------------------------------------------------------------------


def test_every_service_has_a_preset_default_policy(api: Api) -> None:
    page = api.list_strategies()
    assert page.total_count == len(SERVICES) == len(page.strategies)
    assert [p.service for p in page.strategies] == SERVICES
    assert all(p.name == "default" and p.is_default is True for p in page.strategies)
    assert all(HEX32.match(p.biz_type) and CI_TIME.match(p.create_time) for p in page.strategies)
    # a default policy reads like any other
    text_default = api.list_strategies(service="Text").strategies[0]
    detail = api.get_strategy(text_default.biz_type).strategy
    assert (detail.name, detail.service, detail.labels) == ("default", "Text", None)


def test_policy_create_get_update_list(api: Api) -> None:
    lib_id = new_lib(api)
    created = api.create_strategy(
        StrategyCreateRequest(name="comment_policy", labels=text_labels(), text_libs=[lib_id]),
        service=StrategyService.TEXT,
    )
    biz_type = created.biz_type
    assert HEX32.match(biz_type) and created.request_id

    got = api.get_strategy(biz_type, service="Text").strategy
    assert (got.name, got.service, got.biz_type) == ("comment_policy", "Text", biz_type)
    assert got.text_libs == [lib_id]
    assert got.labels.text.porn == ["Pornography"]
    assert got.labels.text.ads == ["AdvertisingPractices"]
    assert got.labels.image is None

    # the library now lists the policy that uses it, with the bucket
    (lib,) = api.list_text_libs(libid=lib_id).libs
    assert [(s.service, s.biz_type) for s in lib.strategies] == [("Text", biz_type)]
    assert lib.strategies[0].bucket == "examplebucket-1250000000"

    # update replaces: the text library left out is dropped, labels are the new ones
    new_labels = StrategyLabels(text=StrategyLabelSet(abuse=["MildAbuse"]))
    updated = api.update_strategy(
        biz_type, StrategyUpdateRequest(labels=new_labels), service="Text"
    )
    assert updated.biz_type == biz_type
    got = api.get_strategy(biz_type).strategy
    assert got.text_libs == [] and got.labels.text.abuse == ["MildAbuse"]
    assert got.labels.text.porn == [] and got.name == "comment_policy"
    assert api.list_text_libs(libid=lib_id).libs[0].strategies == []

    listed = api.list_strategies(service="Text")
    assert listed.total_count == 2
    mine = listed.strategies[-1]
    assert (mine.name, mine.biz_type, mine.is_default) == ("comment_policy", biz_type, False)
    assert CI_TIME.match(mine.create_time)
    assert api.list_strategies(service="Image").total_count == 1
    assert api.list_strategies().total_count == len(SERVICES) + 1


def test_policy_lists_page_with_a_total(api: Api, emu: RunningEmulator) -> None:
    made = [
        api.create_strategy(
            StrategyCreateRequest(name=f"p{i}", labels=StrategyLabels(image=StrategyLabelSet())),
            service="Image",
        ).biz_type
        for i in range(16)
    ]
    assert len(set(made)) == 16  # unique ids
    page = api.list_strategies(service="Image", offset=4, limit=5)
    assert page.total_count == 17  # the default policy and the 16: all matches, not the page
    assert [p.name for p in page.strategies] == ["p3", "p4", "p5", "p6", "p7"]
    beyond = api.list_strategies(offset=100)
    assert beyond.strategies == [] and beyond.total_count == len(SERVICES) + 16
    assert len(api.list_strategies().strategies) == 20  # CI's default page size (of 22)

    before = calls(emu, "ListStrategies")
    walked = api.iter_strategies(service="Image", limit=5)
    assert [p.name for p in walked] == ["default", *(f"p{i}" for i in range(16))]
    assert calls(emu, "ListStrategies") - before == 4  # 5 + 5 + 5 + 2
    everything = api.iter_strategies(limit=4)
    assert len(everything) == len(SERVICES) + 16
    assert len({p.biz_type for p in everything}) == len(everything)


# -- text libraries -------------------------------------------------------------------------


def test_text_lib_create_list_update_delete(api: Api) -> None:
    lib_id = new_lib(api, "brand_blocklist")
    plain = api.create_text_lib(TextLibCreateRequest(lib_name="plain")).lib_id
    assert HEX32.match(lib_id) and lib_id != plain

    page = api.list_text_libs()
    assert page.total_count == 2
    first, second = page.libs
    assert (first.lib_id, first.lib_name, first.suggestion, first.match_type) == (
        lib_id, "brand_blocklist", TextLibSuggestion.BLOCK, TextLibMatchType.EXACT,
    )  # fmt: skip
    assert CI_TIME.match(first.create_time) and first.strategies == []
    assert (second.lib_id, second.suggestion, second.match_type) == (plain, None, None)

    updated = api.update_text_lib(lib_id, TextLibUpdateRequest(suggestion="Review"))
    assert updated.lib_id == lib_id
    (lib,) = api.list_text_libs(libid=lib_id, offset=5, limit=1).libs  # paging is ignored
    assert (lib.lib_name, lib.suggestion, lib.match_type) == ("brand_blocklist", "Review", "Exact")
    api.update_text_lib(lib_id, TextLibUpdateRequest(lib_name="brand_watchlist"))
    assert api.list_text_libs(libid=lib_id).libs[0].lib_name == "brand_watchlist"

    assert api.delete_text_lib(lib_id).request_id
    gone = api.list_text_libs(libid=lib_id)
    assert (gone.total_count, gone.libs) == (0, [])
    assert [lib.lib_id for lib in api.list_text_libs().libs] == [plain]
    with pytest.raises(NotFoundError) as info:
        api.delete_text_lib(lib_id)  # a second delete finds it gone
    assert info.value.code == "NoSuchTextLib"


def test_text_libs_page(api: Api, emu: RunningEmulator) -> None:
    ids = [new_lib(api, f"lib_{i}") for i in range(7)]
    page = api.list_text_libs(offset=2, limit=3)
    assert page.total_count == 7 and [lib.lib_id for lib in page.libs] == ids[2:5]
    before = calls(emu, "ListTextLibs")
    assert [lib.lib_id for lib in api.iter_text_libs(limit=3)] == ids
    assert calls(emu, "ListTextLibs") - before == 3
    with pytest.raises(RequestValidationError):
        api.list_text_libs(limit=101)  # the documented maximum, checked before sending


# -- keywords -------------------------------------------------------------------------------


def test_keywords_add_list_filter_delete(api: Api) -> None:
    lib_id = new_lib(api)
    results = add_words(
        api, lib_id, ("buy followers", "Ads"), ("idiot", "Abuse"), ("buy followers", "Porn")
    )
    assert [r.code for r in results] == [OK, OK, FAILED]
    assert [r.content for r in results] == ["buy followers", "idiot", "buy followers"]
    assert [r.label for r in results] == ["Ads", "Abuse", "Porn"]
    first, second = results[0].keyword_id, results[1].keyword_id
    assert first and second and first != second
    assert results[2].keyword_id is None and results[2].err_msg == "keyword already exists"
    # a word already in the library fails alone; the others of the call are added
    again = add_words(api, lib_id, ("idiot", "Abuse"), ("cheap followers", "Ads"))
    assert [r.code for r in again] == [FAILED, OK]
    third = again[1].keyword_id

    body = TextLibKeywordAddRequest(
        keywords=[TextLibKeyword(content="moron", label="Abuse", remark="from reports")]
    )
    (remarked,) = api.add_text_lib_keywords(lib_id, body).results
    assert remarked.code == OK and remarked.remark == "from reports"

    listed = api.list_text_lib_keywords(lib_id)
    assert listed.total_count == 4
    assert [k.content for k in listed.keywords] == [
        "buy followers", "idiot", "cheap followers", "moron",
    ]  # fmt: skip
    assert [k.keyword_id for k in listed.keywords[:3]] == [first, second, third]
    assert listed.keywords[3].remark == "from reports" and CI_TIME.match(
        listed.keywords[0].create_time
    )

    followers = api.list_text_lib_keywords(lib_id, content="followers")  # a substring
    assert [k.keyword_id for k in followers.keywords] == [first, third]
    abuse = api.list_text_lib_keywords(lib_id, label=TextLibKeywordLabel.ABUSE)
    assert [k.content for k in abuse.keywords] == ["idiot", "moron"] and abuse.total_count == 2
    both = api.list_text_lib_keywords(lib_id, content="buy", label="Ads")
    assert [k.keyword_id for k in both.keywords] == [first]
    assert api.list_text_lib_keywords(lib_id, content="buy", label="Porn").total_count == 0

    deleted = api.delete_text_lib_keywords(
        lib_id, TextLibKeywordDeleteRequest(keyword_ids=[first, "999999", first])
    ).results
    assert [(r.code, r.keyword_id) for r in deleted] == [
        (OK, first), (FAILED, "999999"), (FAILED, first),
    ]  # fmt: skip
    assert deleted[0].content == "buy followers" and deleted[1].err_msg == "keyword not found"
    left = api.list_text_lib_keywords(lib_id)
    assert [k.content for k in left.keywords] == ["idiot", "cheap followers", "moron"]
    # a deleted word can be added again, under a new id
    (readded,) = add_words(api, lib_id, ("buy followers", "Ads"))
    assert readded.code == OK and readded.keyword_id not in (first, second, third)


def test_keywords_page_and_belong_to_their_library(api: Api, emu: RunningEmulator) -> None:
    lib_id, other = new_lib(api, "a"), new_lib(api, "b")
    add_words(api, lib_id, *((f"word{i}", "Ads" if i % 2 else "Porn") for i in range(11)))
    add_words(api, other, ("word0", "Ads"))  # the same word in another library is fine
    page = api.list_text_lib_keywords(lib_id, offset=8, limit=5)
    assert page.total_count == 11 and [k.content for k in page.keywords] == [
        "word8", "word9", "word10",
    ]  # fmt: skip
    before = calls(emu, "ListTextLibKeywords")
    walked = api.iter_text_lib_keywords(lib_id, limit=4)
    assert [k.content for k in walked] == [f"word{i}" for i in range(11)]
    assert calls(emu, "ListTextLibKeywords") - before == 3
    porn = api.iter_text_lib_keywords(lib_id, label="Porn", limit=2)
    assert [k.content for k in porn] == [f"word{i}" for i in range(0, 11, 2)]
    assert api.list_text_lib_keywords(other).total_count == 1

    api.delete_text_lib(lib_id)  # its keywords go with it
    with pytest.raises(NotFoundError):
        api.list_text_lib_keywords(lib_id)


# -- errors ---------------------------------------------------------------------------------


def test_unknown_ids_are_not_found(api: Api) -> None:
    lib_id = new_lib(api)
    unknown = "0" * 32
    text_default = api.list_strategies(service="Text").strategies[0].biz_type
    attempts: list[tuple[str, Callable[[], Any]]] = [
        ("NoSuchStrategy", lambda: api.get_strategy(unknown)),
        ("NoSuchStrategy", lambda: api.get_strategy(text_default, service="Image")),
        (
            "NoSuchStrategy",
            lambda: api.update_strategy(
                unknown, StrategyUpdateRequest(text_libs=[lib_id]), service="Text"
            ),
        ),
        (
            "NoSuchStrategy",  # the policy exists, but not for this service
            lambda: api.update_strategy(
                text_default, StrategyUpdateRequest(text_libs=[lib_id]), service="Audio"
            ),
        ),
        ("NoSuchTextLib", lambda: api.update_text_lib(unknown, TextLibUpdateRequest(lib_name="x"))),
        ("NoSuchTextLib", lambda: api.delete_text_lib(unknown)),
        ("NoSuchTextLib", lambda: add_words(api, unknown, ("word", "Ads"))),
        ("NoSuchTextLib", lambda: api.list_text_lib_keywords(unknown)),
        (
            "NoSuchTextLib",
            lambda: api.delete_text_lib_keywords(
                unknown, TextLibKeywordDeleteRequest(keyword_ids=["1001"])
            ),
        ),
    ]
    for code, attempt in attempts:
        with pytest.raises(NotFoundError) as info:
            attempt()
        assert (info.value.code, info.value.status_code) == (code, 404)
        assert unknown in info.value.error_message or text_default in info.value.error_message
    # nothing changed
    assert api.get_strategy(text_default).strategy.text_libs == []
    assert api.list_text_libs().total_count == 1


def test_cross_field_rules_are_refused(api: Api) -> None:
    lib_id = new_lib(api)
    refused: list[tuple[int, str, str, Callable[[], Any]]] = [
        (
            400, "InvalidArgument", "reserved",
            lambda: api.create_strategy(
                StrategyCreateRequest(name="default", text_libs=[lib_id]), service="Text"
            ),
        ),
        (
            400, "InvalidArgument", "Labels.Image",  # image labels on a text policy
            lambda: api.create_strategy(
                StrategyCreateRequest(
                    name="p", labels=StrategyLabels(image=StrategyLabelSet(porn=["Sexy"]))
                ),
                service="Text",
            ),
        ),
        (
            400, "InvalidArgument", "TextLibs",  # a library that does not exist
            lambda: api.create_strategy(
                StrategyCreateRequest(name="p", text_libs=["f" * 32]), service="Text"
            ),
        ),
    ]  # fmt: skip
    for status, code, words, attempt in refused:
        with pytest.raises(ClientError) as info:
            attempt()
        assert (info.value.status_code, info.value.code) == (status, code)
        assert words in info.value.error_message
    assert api.list_strategies().total_count == len(SERVICES)  # none was created

    # labels of every medium a service moderates are accepted
    video = StrategyLabels(image=StrategyLabelSet(), audio=StrategyLabelSet(porn=["Moan"]))
    biz_type = api.create_strategy(
        StrategyCreateRequest(name="video_policy", labels=video, text_libs=[lib_id, lib_id]),
        service="Video",
    ).biz_type
    assert api.get_strategy(biz_type).strategy.text_libs == [lib_id]  # no repeats
    with pytest.raises(ClientError) as info:
        api.update_strategy(biz_type, StrategyUpdateRequest(labels=text_labels()), service="Video")
    assert info.value.status_code == 400

    # a library a policy still uses cannot be deleted; once unused it can
    with pytest.raises(ClientError) as info:
        api.delete_text_lib(lib_id)
    assert (info.value.status_code, info.value.code) == (409, "TextLibInUse")
    assert biz_type in info.value.error_message
    api.update_strategy(biz_type, StrategyUpdateRequest(labels=video), service="Video")
    api.delete_text_lib(lib_id)
    assert api.list_text_libs().total_count == 0


def test_the_model_rules_are_checked_before_sending(api: Api, emu: RunningEmulator) -> None:
    with pytest.raises(RequestValidationError):  # neither Labels nor TextLibs
        api.create_strategy(StrategyCreateRequest(name="p"), service="Text")
    with pytest.raises(RequestValidationError):  # neither LibName nor Suggestion
        api.update_text_lib("a" * 32, TextLibUpdateRequest())
    with pytest.raises(RequestValidationError):
        add_words(api, "a" * 32, ("x" * 21, "Ads"))  # at most 20 characters
    assert emu.state.ledger.requests == []


# -- isolation ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_two_emulators_share_nothing(mode: str) -> None:
    with start() as one, start() as two:
        a, b = Api(one, mode), Api(two, mode)
        try:
            lib_id = new_lib(a)
            add_words(a, lib_id, ("word", "Ads"))
            biz_type = a.create_strategy(
                StrategyCreateRequest(name="only_in_one", text_libs=[lib_id]), service="Text"
            ).biz_type
            assert b.list_strategies().total_count == len(SERVICES)
            assert b.list_text_libs().total_count == 0
            with pytest.raises(NotFoundError):
                b.get_strategy(biz_type)
            with pytest.raises(NotFoundError):
                b.list_text_lib_keywords(lib_id)
            assert a.get_strategy(biz_type).strategy.name == "only_in_one"
            assert a.list_text_lib_keywords(lib_id).total_count == 1
            assert len(one.state.policies.policies) == len(SERVICES) + 1
            assert len(two.state.policies.policies) == len(SERVICES)
        finally:
            a.close()
            b.close()
