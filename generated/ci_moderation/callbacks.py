"""Typed callbacks: the JSON bodies CI POSTs to your `Callback` URL when a job ends.

Generated from the spec's `webhooks` by `generator/`; do not edit. Callbacks carry no
signature: treat them as untrusted (an unguessable URL), and re-query the job by id before
acting on a verdict.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import models
from .jsoncodec import DEFAULT_MAX_CALLBACK_BYTES, CallbackSpec, parse_callback_with

__all__ = ["CALLBACKS", "Callback", "parse_callback"]

#: Every callback of the spec: its model, the `X-Ci-Content-Version` and the event it has.
CALLBACKS: tuple[CallbackSpec, ...] = (
    CallbackSpec(
        "AudioCallbackDetail",
        models.AudioCallbackDetail,
        version="Detail",
        event="ReviewAudio",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "AudioCallbackSimple",
        models.AudioCallbackSimple,
        version="Simple",
        event="ReviewAudio",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "DocumentCallbackDetail",
        models.DocumentCallbackDetail,
        version="Detail",
        event="ReviewDocument",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "DocumentCallbackSimple",
        models.DocumentCallbackSimple,
        version="Simple",
        event="ReviewDocument",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "ImageCallbackDetail",
        models.ImageCallbackDetail,
        version="Detail",
        event="ReviewImage",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "ImageCallbackSimple",
        models.ImageCallbackSimple,
        version="Simple",
        event="ReviewImage",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "TextCallbackDetail",
        models.TextCallbackDetail,
        version="Detail",
        event="ReviewText",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "TextCallbackSimple",
        models.TextCallbackSimple,
        version="Simple",
        event="ReviewText",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "VideoCallbackDetail",
        models.VideoCallbackDetail,
        version="Detail",
        event="ReviewVideo",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "VideoCallbackSimple",
        models.VideoCallbackSimple,
        version="Simple",
        event="ReviewVideo",
        event_field=("data", "event"),
    ),
    CallbackSpec(
        "WebpageCallbackDetail",
        models.WebpageCallbackDetail,
        version="Detail",
        event="ReviewHtml",
        event_field=("EventName",),
    ),
    CallbackSpec(
        "WebpageCallbackSimple",
        models.WebpageCallbackSimple,
        version="Simple",
        event="ReviewHtml",
        event_field=("EventName",),
    ),
)

Callback = (
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


def parse_callback(
    headers: Mapping[str, str], body: bytes, *, max_bytes: int = DEFAULT_MAX_CALLBACK_BYTES
) -> Callback:
    """Read a callback CI POSTed: the version from the `X-Ci-Content-Version` header
    (`Simple` when absent), the event from the body, then the typed model.

    Raises `CallbackError` for a body that is oversize, not JSON, not the spec's shape, or of
    an event the spec does not describe."""
    return parse_callback_with(CALLBACKS, headers, body, max_bytes=max_bytes)  # type: ignore[return-value]
