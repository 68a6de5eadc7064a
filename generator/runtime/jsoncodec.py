"""JSON in and out for the models CI also sends as JSON (its callbacks), driven by the same
`ShapeSpec` metadata as the XML codec and read by the same rules.

A key is the field's spec name (`xml_name`). As on the XML side: a value may be a JSON number
or a string (read through the XML codec's scalar rules: `"90"` and `90` are both 90); one
object where the spec says a list gives a list of one; `null` and `""` are absent; keys the
spec does not describe are kept as `unknown_elements`, within the XML side's bounds.
"""

# No `from __future__ import annotations`: NamedTuple would turn every string annotation
# into a ForwardRef and compile it, ≈ 0.3 ms per class at import.
from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import Any, NamedTuple, cast

from .errors import CallbackError, CIError
from .model import (
    BOOLEAN,
    SHAPE,
    STRING,
    FieldSpec,
    Model,
    ShapeSpec,
    UnknownElement,
    model_class,
)
from .xmlcodec import MAX_UNKNOWN_ELEMENTS, read_scalar, spend_unknown

#: Callback bodies larger than this are refused unparsed (CI's are a few KiB).
DEFAULT_MAX_CALLBACK_BYTES = 1024 * 1024
#: The header whose value (`Detail`) selects the Detail form; without it a callback is Simple.
VERSION_HEADER = "x-ci-content-version"


class CallbackSpec(NamedTuple):
    """One webhook of the spec: which model, for which `X-Ci-Content-Version` and event."""

    name: str
    shape: str  # the model's name; its class is `cls`, built on first use
    version: str
    event: str
    event_field: tuple[str, ...]  # keys leading to the event name in the body

    @property
    def cls(self) -> type[Model]:
        return cast("type[Model]", model_class(self.shape))


def parse_callback_with(
    specs: Sequence[CallbackSpec],
    headers: Mapping[str, str],
    body: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_CALLBACK_BYTES,
) -> Model:
    """Pick the webhook by version header and event name, then read the body as its model."""
    if len(body) > max_bytes:
        raise CallbackError(f"the callback body is {len(body)} bytes; the cap is {max_bytes}")
    try:
        import json  # with the first callback, not at import

        document = json.loads(body)
    except (ValueError, RecursionError):
        raise CallbackError("the callback body is not valid JSON") from None
    if not isinstance(document, dict):
        raise CallbackError("the callback body is not a JSON object")
    version = next((v for k, v in headers.items() if k.lower() == VERSION_HEADER), "Simple")
    candidates = [s for s in specs if s.version.lower() == version.strip().lower()]
    if not candidates:
        raise CallbackError(f"no callback of version {version[:40]!r} is in the spec")
    for spec in candidates:
        if _dig(document, spec.event_field) == spec.event:
            return read_json(document, spec.cls.__ci_shape__, spec.name)
    events = sorted({str(_dig(document, s.event_field))[:40] for s in candidates})
    raise CallbackError(f"no {version} callback for the event {', '.join(events)} is in the spec")


def _dig(document: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        if not isinstance(document, dict):
            return None
        document = document.get(key)
    return document


def read_json(obj: Mapping[str, Any], spec: ShapeSpec, path: str) -> Model:
    """One model from a parsed JSON object."""
    try:
        return _read(obj, spec, path, [MAX_UNKNOWN_ELEMENTS])
    except CallbackError:
        raise
    except CIError as exc:  # a value the XML rules refuse: the same message, as a callback error
        raise CallbackError(exc.message) from None


def _read(obj: Mapping[str, Any], spec: ShapeSpec, path: str, budget: list[int]) -> Model:
    values: dict[str, Any] = {}
    unknown: list[UnknownElement] = []
    for key, raw in obj.items():
        f = spec.by_tag.get(key)
        if f is None:
            unknown.append(_keep(key, raw, path, budget))
            continue
        if f.comma and isinstance(raw, str):  # `"a, b,"` → ["a", "b"], as in XML
            raw = [word.strip() for word in raw.split(",") if word.strip()]
        items = raw if isinstance(raw, list) else [raw]
        if not f.is_list and isinstance(raw, list):
            raise CallbackError(f"{path}.{key}: a list where the spec has one value")
        read = [_value(f, item, f"{path}.{key}", budget) for item in items]
        read = [v for v in read if v is not None]
        if f.is_list:
            if read:
                values[f.attr] = read
        elif read:
            values[f.attr] = read[0]
    for f in spec.required:
        if f.attr not in values:
            raise CallbackError(f"{path}.{f.xml_name}: is required")
    if unknown:
        values["unknown_elements"] = unknown
    return spec.cls(**values)


def _value(f: FieldSpec, raw: Any, path: str, budget: list[int]) -> Any:
    if raw is None or raw == "":
        return None  # absent, as an empty XML element
    if f.kind == SHAPE:
        if not isinstance(raw, dict):
            raise CallbackError(f"{path}: an object was expected")
        return _read(raw, f.target.__ci_shape__, path, budget)
    if isinstance(raw, dict | list):
        raise CallbackError(f"{path}: a value was expected, found a JSON {type(raw).__name__}")
    if isinstance(raw, bool):
        if f.kind != BOOLEAN:
            raise CallbackError(f"{path}: true/false where the spec has no boolean")
        return raw
    text = raw if isinstance(raw, str) else _dumps(raw)
    if f.kind == STRING:
        return text
    return read_scalar(f, text, path.rpartition(".")[0])


def _keep(key: str, raw: Any, path: str, budget: list[int]) -> UnknownElement:
    """A key the spec does not describe, kept as the XML side keeps an element."""
    spend_unknown(budget, path)  # a ResponseParseError here: `read_json` re-raises it typed
    if isinstance(raw, dict):
        children = [_keep(k, v, f"{path}.{key}", budget) for k, v in raw.items()]
        return UnknownElement(tag=key, children=children)
    if isinstance(raw, list):
        return UnknownElement(tag=key, children=[_keep(key, v, path, budget) for v in raw])
    text = None if raw is None else raw if isinstance(raw, str) else _dumps(raw)
    return UnknownElement(tag=key, text=text)


def dump_json(model: Model) -> dict[str, Any]:
    """A model as a JSON object (spec names as keys, unset fields left out)."""
    out: dict[str, Any] = {}
    for f in model.__ci_shape__.fields:
        value = getattr(model, f.attr)
        if value is None or value == "" or value == []:
            continue
        if f.comma:
            out[f.xml_name] = ",".join(str(_dump(v)) for v in value)
        else:
            out[f.xml_name] = [_dump(v) for v in value] if f.is_list else _dump(value)
    for u in getattr(model, "unknown_elements", ()):
        out[u.tag] = _dump_unknown(u)
    return out


def _dump(value: Any) -> Any:
    if isinstance(value, Model):
        return dump_json(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _dump_unknown(u: UnknownElement) -> Any:
    if u.children:
        return {c.tag: _dump_unknown(c) for c in u.children}
    return u.text


def _dumps(value: Any) -> str:
    import json

    return json.dumps(value)
