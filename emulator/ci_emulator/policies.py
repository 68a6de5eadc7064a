"""Moderation policies (`/audit/strategy`) and custom text libraries (`/audit/textlib`), kept
in a `PolicyStore` (`Emulator.policies`) so that what one call creates the next one sees.

Tencent's pages for these eleven operations could not be read when the spec was written
(see the spec's descriptions); where CI's behaviour is undocumented, the emulator picks one
and says so here. Every such point is an **emulator choice**, not CI's documented behaviour:

- Ids are derived from the bucket and a sequence number: `BizType` and `LibID` are 32 hex
  characters (the shape of CI's known `BizType`s), `KeywordID`s count up from `1001`. They
  are unique within one emulator and the same from run to run.
- Every service has a preset policy named `default` with `IsDefault` true (the spec lists
  them in `ListStrategies`); it can be read and updated like any other. Policies and
  libraries are listed in creation order, the default policies first.
- Lists page with `offset` (default 0) and `limit` (default 20); `TotalCount` counts every
  match, not only the page.
- Errors: an unknown `BizType` (or one of another service than the `service` sent) is 404
  `NoSuchStrategy`; an unknown `LibID` in the path is 404 `NoSuchTextLib`. A `TextLibs`
  entry naming no library is 400 `InvalidArgument`. Deleting a library a policy still
  lists is 409 `TextLibInUse`: remove it from the policies first. The `libid` filter of
  `ListTextLibs` is a filter: an unknown one gives an empty page, not an error.
- Validation beyond the generated models (which check lengths, enums and "at least one of"):
  the name `default` is refused on create (CI reserves it), and a policy's `Labels` may only
  hold the media its service moderates — `Image` for Image, Video, Document and Html;
  `Text` for Text and Html; `Audio` for Audio and Video (CI: the node "is only valid" there).
  Sub-label values and the names' character set are not checked.
- Keywords: a word whose `Content` the library already holds (whatever its label, or earlier
  in the same request) is `Failed` with `keyword already exists`; an unknown or repeated id
  in a delete is `Failed` with `keyword not found`. The `content` filter of
  `ListTextLibKeywords` matches a substring; `label` matches exactly.
- `Suggestion` and `MatchType` left out of a create stay unset (CI documents no default).
"""

from __future__ import annotations

import copy
import hashlib
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from ci_moderation.models import (
    StrategyCreateRequest,
    StrategyCreateResponse,
    StrategyDetail,
    StrategyDetailResponse,
    StrategyLabels,
    StrategyListResponse,
    StrategyService,
    StrategySummary,
    StrategyUpdateRequest,
    StrategyUpdateResponse,
    TextLibCreateRequest,
    TextLibCreateResponse,
    TextLibDeleteResponse,
    TextLibInfo,
    TextLibKeywordAddRequest,
    TextLibKeywordAddResponse,
    TextLibKeywordAddResult,
    TextLibKeywordDeleteRequest,
    TextLibKeywordDeleteResponse,
    TextLibKeywordDeleteResult,
    TextLibKeywordInfo,
    TextLibKeywordListResponse,
    TextLibKeywordResultCode,
    TextLibListResponse,
    TextLibStrategyRef,
    TextLibUpdateRequest,
    TextLibUpdateResponse,
)

from .errors import EmulatorError
from .handlers import Call, Handler
from .jobs import ci_time

if TYPE_CHECKING:
    from .state import Emulator

T = TypeVar("T")

DEFAULT_LIMIT = 20
FIRST_KEYWORD_ID = 1001
RESERVED_NAME = "default"

#: Which `Labels` child applies to which services (the `StrategyLabels` description).
LABEL_MEDIA: dict[str, frozenset[str]] = {
    "Image": frozenset({"Image", "Video", "Document", "Html"}),
    "Text": frozenset({"Text", "Html"}),
    "Audio": frozenset({"Audio", "Video"}),
}


@dataclass(slots=True)
class Policy:
    biz_type: str
    name: str
    service: str
    bucket: str
    created_at: float
    is_default: bool = False
    labels: StrategyLabels | None = None
    text_libs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Keyword:
    keyword_id: str
    content: str
    label: str
    remark: str | None
    created_at: float


@dataclass(slots=True)
class TextLib:
    lib_id: str
    lib_name: str
    suggestion: str | None
    match_type: str | None
    created_at: float
    keywords: dict[str, Keyword] = field(default_factory=dict)  # by id, in insertion order


class PolicyStore:
    """The policies, text libraries and keywords of one emulator. Changes happen under a
    lock; the records it returns are the stored ones (the handlers, on the server's event
    loop, turn them into response models at once)."""

    def __init__(self, bucket: str, now: float) -> None:
        self.bucket = bucket
        self._lock = threading.Lock()
        self._seq = 0
        self._next_keyword = FIRST_KEYWORD_ID
        self.policies: dict[str, Policy] = {}
        self.libs: dict[str, TextLib] = {}
        for service in StrategyService:
            biz_type = self._hex_id(f"default/{service.value}")
            self.policies[biz_type] = Policy(
                biz_type, RESERVED_NAME, service.value, bucket, now, is_default=True
            )

    def _hex_id(self, what: str) -> str:
        return hashlib.sha256(f"{self.bucket}/{what}".encode()).hexdigest()[:32]

    def _new_id(self, kind: str) -> str:
        self._seq += 1
        return self._hex_id(f"{kind}/{self._seq}")

    # -- policies --------------------------------------------------------------------------

    def policy(self, biz_type: str, service: str | None = None) -> Policy:
        found = self.policies.get(biz_type)
        if found is None or (service is not None and found.service != service):
            where = f" for service {service}" if service is not None else ""
            raise EmulatorError(404, "NoSuchStrategy", f"no policy {biz_type!r}{where}")
        return found

    def _check_policy(
        self, service: str, labels: StrategyLabels | None, text_libs: list[str]
    ) -> list[str]:
        """The cross-field rules (see the module docstring); returns `text_libs` without
        repeats."""
        if labels is not None:
            for media, services in LABEL_MEDIA.items():
                if getattr(labels, media.lower()) is not None and service not in services:
                    raise EmulatorError(
                        400, "InvalidArgument",
                        f"Request.Labels.{media}: does not apply to a {service} policy",
                    )  # fmt: skip
        for lib_id in text_libs:
            if lib_id not in self.libs:
                raise EmulatorError(
                    400, "InvalidArgument", f"Request.TextLibs: no text library {lib_id!r}"
                )
        return list(dict.fromkeys(text_libs))

    def create_policy(
        self, service: str, body: StrategyCreateRequest, bucket: str, now: float
    ) -> Policy:
        if body.name == RESERVED_NAME:
            raise EmulatorError(
                400, "InvalidArgument", f"Request.Name: {RESERVED_NAME!r} is reserved"
            )
        with self._lock:
            libs = self._check_policy(service, body.labels, body.text_libs)
            policy = Policy(
                self._new_id("strategy"), body.name, service, bucket, now,
                labels=copy.deepcopy(body.labels), text_libs=libs,
            )  # fmt: skip
            self.policies[policy.biz_type] = policy
            return policy

    def update_policy(self, biz_type: str, service: str, body: StrategyUpdateRequest) -> Policy:
        """Replace the labels and text libraries (what is left out is switched off)."""
        with self._lock:
            policy = self.policy(biz_type, service)
            libs = self._check_policy(service, body.labels, body.text_libs)
            policy.labels = copy.deepcopy(body.labels)
            policy.text_libs = libs
            return policy

    def list_policies(self, service: str | None) -> list[Policy]:
        with self._lock:
            return [p for p in self.policies.values() if service in (None, p.service)]

    # -- text libraries --------------------------------------------------------------------

    def lib(self, lib_id: str) -> TextLib:
        found = self.libs.get(lib_id)
        if found is None:
            raise EmulatorError(404, "NoSuchTextLib", f"no text library {lib_id!r}")
        return found

    def create_lib(self, body: TextLibCreateRequest, now: float) -> TextLib:
        with self._lock:
            lib = TextLib(
                self._new_id("textlib"),
                body.lib_name,
                _text(body.suggestion),
                _text(body.match_type),
                now,
            )
            self.libs[lib.lib_id] = lib
            return lib

    def update_lib(self, lib_id: str, body: TextLibUpdateRequest) -> TextLib:
        with self._lock:
            lib = self.lib(lib_id)
            if body.lib_name is not None:
                lib.lib_name = body.lib_name
            if body.suggestion is not None:
                lib.suggestion = _text(body.suggestion)
            return lib

    def delete_lib(self, lib_id: str) -> None:
        with self._lock:
            self.lib(lib_id)
            users = [p.biz_type for p in self._users(lib_id)]
            if users:
                raise EmulatorError(
                    409, "TextLibInUse",
                    f"text library {lib_id!r} is used by policies {', '.join(users)}",
                )  # fmt: skip
            del self.libs[lib_id]

    def _users(self, lib_id: str) -> list[Policy]:
        return [p for p in self.policies.values() if lib_id in p.text_libs]

    def list_libs(self, lib_id: str | None) -> list[tuple[TextLib, list[Policy]]]:
        with self._lock:
            libs = [lib for lib in self.libs.values() if lib_id in (None, lib.lib_id)]
            return [(lib, self._users(lib.lib_id)) for lib in libs]

    # -- keywords --------------------------------------------------------------------------

    def add_keywords(
        self, lib_id: str, body: TextLibKeywordAddRequest, now: float
    ) -> list[TextLibKeywordAddResult]:
        results = []
        with self._lock:
            lib = self.lib(lib_id)
            held = {k.content for k in lib.keywords.values()}
            for word in body.keywords:
                label = _text(word.label) or ""
                result = TextLibKeywordAddResult(
                    content=word.content, label=word.label, remark=word.remark
                )
                if word.content in held:
                    result.code = TextLibKeywordResultCode.FAILED
                    result.err_msg = "keyword already exists"
                else:
                    keyword_id = str(self._next_keyword)
                    self._next_keyword += 1
                    lib.keywords[keyword_id] = Keyword(
                        keyword_id, word.content, label, word.remark, now
                    )
                    held.add(word.content)
                    result.code = TextLibKeywordResultCode.SUCCESS
                    result.keyword_id = keyword_id
                results.append(result)
        return results

    def list_keywords(self, lib_id: str, content: str | None, label: str | None) -> list[Keyword]:
        with self._lock:
            return [
                k
                for k in self.lib(lib_id).keywords.values()
                if (content is None or content in k.content) and label in (None, k.label)
            ]

    def delete_keywords(
        self, lib_id: str, body: TextLibKeywordDeleteRequest
    ) -> list[TextLibKeywordDeleteResult]:
        results = []
        with self._lock:
            lib = self.lib(lib_id)
            for keyword_id in body.keyword_ids:
                gone = lib.keywords.pop(keyword_id, None)
                if gone is None:
                    results.append(
                        TextLibKeywordDeleteResult(
                            code=TextLibKeywordResultCode.FAILED,
                            err_msg="keyword not found",
                            keyword_id=keyword_id,
                        )
                    )
                else:
                    results.append(
                        TextLibKeywordDeleteResult(
                            code=TextLibKeywordResultCode.SUCCESS,
                            keyword_id=keyword_id,
                            content=gone.content,
                        )
                    )
        return results


def _text(value: object) -> str | None:
    """An enum member or a string as its wire text."""
    return None if value is None else str(getattr(value, "value", value))


def _query_str(call: Call, name: str) -> str | None:
    value = call.query.get(name)
    return None if value is None else str(value)


def _page(items: list[T], call: Call) -> list[T]:
    offset, limit = call.query.get("offset", 0), call.query.get("limit", DEFAULT_LIMIT)
    assert isinstance(offset, int) and isinstance(limit, int)  # typed by the app
    return items[offset : offset + limit]


def _required_service(call: Call) -> str:
    service = _query_str(call, "service")
    assert service is not None  # a required query parameter: the app checked it
    return service


# -- handlers -------------------------------------------------------------------------------


def create_strategy(emu: Emulator, call: Call) -> StrategyCreateResponse:
    assert isinstance(call.body, StrategyCreateRequest)
    policy = emu.policies.create_policy(
        _required_service(call), call.body, call.bucket, emu.clock.now()
    )
    return StrategyCreateResponse(biz_type=policy.biz_type, request_id=call.request_id)


def update_strategy(emu: Emulator, call: Call) -> StrategyUpdateResponse:
    assert isinstance(call.body, StrategyUpdateRequest)
    biz_type = call.path_values["biz_type"]
    emu.policies.update_policy(biz_type, _required_service(call), call.body)
    return StrategyUpdateResponse(biz_type=biz_type, request_id=call.request_id)


def get_strategy(emu: Emulator, call: Call) -> StrategyDetailResponse:
    p = emu.policies.policy(call.path_values["biz_type"], _query_str(call, "service"))
    detail = StrategyDetail(
        name=p.name,
        service=p.service,
        biz_type=p.biz_type,
        text_libs=list(p.text_libs),
        labels=copy.deepcopy(p.labels),
    )
    return StrategyDetailResponse(strategy=detail, request_id=call.request_id)


def list_strategies(emu: Emulator, call: Call) -> StrategyListResponse:
    matches = emu.policies.list_policies(_query_str(call, "service"))
    return StrategyListResponse(
        request_id=call.request_id,
        total_count=len(matches),
        strategies=[
            StrategySummary(
                name=p.name,
                service=p.service,
                biz_type=p.biz_type,
                is_default=p.is_default,
                create_time=ci_time(p.created_at),
            )
            for p in _page(matches, call)
        ],
    )


def create_text_lib(emu: Emulator, call: Call) -> TextLibCreateResponse:
    assert isinstance(call.body, TextLibCreateRequest)
    lib = emu.policies.create_lib(call.body, emu.clock.now())
    return TextLibCreateResponse(lib_id=lib.lib_id, request_id=call.request_id)


def list_text_libs(emu: Emulator, call: Call) -> TextLibListResponse:
    lib_id = _query_str(call, "libid")
    matches = emu.policies.list_libs(lib_id)
    page = matches if lib_id is not None else _page(matches, call)  # `libid` ignores paging
    return TextLibListResponse(
        request_id=call.request_id,
        total_count=len(matches),
        libs=[
            TextLibInfo(
                lib_id=lib.lib_id,
                lib_name=lib.lib_name,
                suggestion=lib.suggestion,
                strategies=[
                    TextLibStrategyRef(bucket=p.bucket, service=p.service, biz_type=p.biz_type)
                    for p in users
                ],
                match_type=lib.match_type,
                create_time=ci_time(lib.created_at),
            )
            for lib, users in page
        ],
    )


def update_text_lib(emu: Emulator, call: Call) -> TextLibUpdateResponse:
    assert isinstance(call.body, TextLibUpdateRequest)
    lib = emu.policies.update_lib(call.path_values["lib_id"], call.body)
    return TextLibUpdateResponse(lib_id=lib.lib_id, request_id=call.request_id)


def delete_text_lib(emu: Emulator, call: Call) -> TextLibDeleteResponse:
    emu.policies.delete_lib(call.path_values["lib_id"])
    return TextLibDeleteResponse(request_id=call.request_id)


def add_text_lib_keywords(emu: Emulator, call: Call) -> TextLibKeywordAddResponse:
    assert isinstance(call.body, TextLibKeywordAddRequest)
    results = emu.policies.add_keywords(call.path_values["lib_id"], call.body, emu.clock.now())
    return TextLibKeywordAddResponse(request_id=call.request_id, results=results)


def list_text_lib_keywords(emu: Emulator, call: Call) -> TextLibKeywordListResponse:
    matches = emu.policies.list_keywords(
        call.path_values["lib_id"], _query_str(call, "content"), _query_str(call, "label")
    )
    return TextLibKeywordListResponse(
        request_id=call.request_id,
        total_count=len(matches),
        keywords=[
            TextLibKeywordInfo(
                keyword_id=k.keyword_id,
                content=k.content,
                label=k.label,
                remark=k.remark,
                create_time=ci_time(k.created_at),
            )
            for k in _page(matches, call)
        ],
    )


def delete_text_lib_keywords(emu: Emulator, call: Call) -> TextLibKeywordDeleteResponse:
    assert isinstance(call.body, TextLibKeywordDeleteRequest)
    results = emu.policies.delete_keywords(call.path_values["lib_id"], call.body)
    return TextLibKeywordDeleteResponse(request_id=call.request_id, results=results)


POLICY_HANDLERS: dict[str, Handler] = {
    "CreateStrategy": create_strategy,
    "UpdateStrategy": update_strategy,
    "GetStrategy": get_strategy,
    "ListStrategies": list_strategies,
    "CreateTextLib": create_text_lib,
    "ListTextLibs": list_text_libs,
    "UpdateTextLib": update_text_lib,
    "DeleteTextLib": delete_text_lib,
    "AddTextLibKeywords": add_text_lib_keywords,
    "ListTextLibKeywords": list_text_lib_keywords,
    "DeleteTextLibKeywords": delete_text_lib_keywords,
}
