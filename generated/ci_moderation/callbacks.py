"""Typed callbacks: the JSON bodies CI POSTs to your `Callback` URL when a job ends.

Generated from the spec's `webhooks` by `generator/`; do not edit. Callbacks carry no
signature: treat them as untrusted (an unguessable URL), and re-query the job by id before
acting on a verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .jsoncodec import DEFAULT_MAX_CALLBACK_BYTES, CallbackSpec, parse_callback_with
from .model import model_class

if TYPE_CHECKING:
    from . import models

__all__ = ["CALLBACKS", "Callback", "parse_callback"]

#: Every callback of the spec: its model, the `X-Ci-Content-Version` and the event it has.
CALLBACKS: tuple[CallbackSpec, ...] = (
    CallbackSpec(
        "AudioCallbackDetail",
        "AudioCallbackDetail",
        version="Detail",
        event="ReviewAudio",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "AudioCallbackSimple",
        "AudioCallbackSimple",
        version="Simple",
        event="ReviewAudio",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "DocumentCallbackDetail",
        "DocumentCallbackDetail",
        version="Detail",
        event="ReviewDocument",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "DocumentCallbackSimple",
        "DocumentCallbackSimple",
        version="Simple",
        event="ReviewDocument",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "ImageCallbackDetail",
        "ImageCallbackDetail",
        version="Detail",
        event="ReviewImage",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "ImageCallbackSimple",
        "ImageCallbackSimple",
        version="Simple",
        event="ReviewImage",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "TextCallbackDetail",
        "TextCallbackDetail",
        version="Detail",
        event="ReviewText",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "TextCallbackSimple",
        "TextCallbackSimple",
        version="Simple",
        event="ReviewText",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "VideoCallbackDetail",
        "VideoCallbackDetail",
        version="Detail",
        event="ReviewVideo",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "VideoCallbackSimple",
        "VideoCallbackSimple",
        version="Simple",
        event="ReviewVideo",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "WebpageCallbackDetail",
        "WebpageCallbackDetail",
        version="Detail",
        event="ReviewHtml",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "WebpageCallbackSimple",
        "WebpageCallbackSimple",
        version="Simple",
        event="ReviewHtml",
        event_field=("EventName",),
    ),
)

if TYPE_CHECKING:
    from typing import TypeAlias

    Callback: TypeAlias = (
        models.AudioCallbackDetail
        | models.AudioCallbackSimple
        | models.DocumentCallbackDetail
        | models.DocumentCallbackSimple
        | models.ImageCallbackDetail
        | models.ImageCallbackSimple
        | models.TextCallbackDetail
        | models.TextCallbackSimple
        | models.VideoCallbackDetail
        | models.VideoCallbackSimple
        | models.WebpageCallbackDetail
        | models.WebpageCallbackSimple
    )


def __getattr__(name: str) -> Any:
    """`Callback`, the union of every callback model, built on first use (it needs them all)."""
    if name != "Callback":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    union: Any = None
    for spec in CALLBACKS:
        union = spec.cls if union is None else union | spec.cls
    globals()["Callback"] = union = union if union is not None else model_class("Error")
    return union


def parse_callback(
    headers: Mapping[str, str], body: bytes, *, max_bytes: int = DEFAULT_MAX_CALLBACK_BYTES
) -> Callback:
    """Read a callback CI POSTed: the version from the `X-Ci-Content-Version` header
    (`Simple` when absent), the event from the body, then the typed model.

    Raises `CallbackError` for a body that is oversize, not JSON, not the spec's shape, or of
    an event the spec does not describe."""
    return parse_callback_with(CALLBACKS, headers, body, max_bytes=max_bytes)  # type: ignore[return-value]
