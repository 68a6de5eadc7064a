"""One XML serializer and one XML parser for every model, driven by `ShapeSpec` metadata.

Serializing validates as it walks (required fields, byte lengths, bounds, enum words, URLs,
XML-incompatible characters), so bad input fails with a typed error naming the field before
anything is sent. Parsing uses a hardened lxml parser and a single pass over children.

Reading rules, one for every field:
- an empty element (`<X/>`, `<X></X>`) is absent: `None`, or no list item; a repeated
  element is always a list, empty when absent (and so `""` and `[]` are written as no element);
- integers are ASCII digits with an optional sign (`1_0`, `٣`, `5.0` are refused);
- `contentEncoding: base64` text is decoded: to `str` when it is UTF-8, else `bytes`;
- timestamps are CI's ISO 8601 form with an offset (`2019-07-07T12:12:12+0800`, `+08:00`
  or `Z`) and are always timezone-aware;
- what the spec does not describe is kept as `UnknownElement`s, within bounds: at most
  `MAX_UNKNOWN_ELEMENTS` per document, `MAX_UNKNOWN_ATTRIBUTES` per element, and a body
  may hold at most one tag per `BYTES_PER_TAG` bytes of its size cap. Past a bound the
  answer is refused with `ResponseParseError`, never truncated silently.
"""

from __future__ import annotations

import binascii
import re
import threading
from datetime import datetime  # most answers carry a timestamp: imported once, not per read
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from lxml import etree
else:

    class _Etree:
        """`lxml.etree`, imported on first use (a client that never parses or serializes
        XML, or not yet, does not pay for it): the first attribute read replaces this
        placeholder with the module itself."""

        def __getattr__(self, name: str) -> Any:
            from lxml import etree as module

            globals()["etree"] = module
            return getattr(module, name)

    etree = _Etree()

from .errors import (
    RequestValidationError,
    ResponseParseError,
    ResponseTooLargeError,
    UnsafeResponseError,
    article,
)
from .model import (
    BOOLEAN,
    DATETIME,
    ENUM,
    INTEGER,
    NUMBER,
    SHAPE,
    STRING,
    FieldSpec,
    Model,
    ShapeSpec,
    UnknownElement,
)

M = TypeVar("M", bound=Model)

#: Bodies larger than this are refused before parsing (CI answers are a few KiB).
DEFAULT_MAX_BYTES = 4 * 1024 * 1024
#: Unknown elements kept per document; each one costs a few hundred bytes of Python objects.
MAX_UNKNOWN_ELEMENTS = 10_000
#: Attributes kept per unknown element (CI uses none; lxml reads values in quadratic time).
MAX_UNKNOWN_ATTRIBUTES = 64
#: A body may hold at most one `<` per this many bytes of the size cap (bounds the tree).
BYTES_PER_TAG = 16

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})"
)
_URL_CHARS = re.compile(r"[!-~]+")  # printable ASCII, no space: what a URL may carry

_local = threading.local()


def _parser() -> etree.XMLParser:
    """A hardened parser per thread (lxml parsers must not be shared between threads)."""
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
            recover=False,
        )
        _local.parser = parser
    return parser


# -- serializing -------------------------------------------------------------------------------


def serialize(model: Model) -> bytes:
    """Validate `model` and return its XML document (no declaration, UTF-8).

    Each model writes its own child elements (`_write_xml`, generated per shape: the fields
    in spec order, each through the helper of its kind below), as text rather than an lxml
    tree: element names come from the spec, and every text goes through `_text`, which
    escapes what lxml escapes and refuses what XML cannot carry, so the bytes are those
    `etree.tostring` would give."""
    spec = model.__ci_shape__
    out: list[str] = []
    try:
        model._write_xml(out, spec.xml_name)
    except RequestValidationError as exc:
        # Paths are built with XML names while writing (cheap); name the Python one too.
        python = python_path(spec, exc.field)
        raise RequestValidationError(exc.field, exc.reason, python_path=python) from None
    return _element(spec.xml_name, out).encode("utf-8")


def _element(tag: str, inner: list[str]) -> str:
    return f"<{tag}>{''.join(inner)}</{tag}>" if inner else f"<{tag}/>"


def _text(text: str, path: str) -> str:
    """Element text as lxml writes it (`&`, `<`, `>` escaped, CR as `&#13;`).

    A printable text holds no control character, surrogate or non-character, so nothing
    XML 1.0 refuses: only markup is looked for. Any other text is searched for what XML
    cannot carry (that pattern compiles in ≈ 1 ms, so only on the first such text)."""
    if not text.isprintable() and _not_xml().search(text) is not None:
        raise RequestValidationError(path, "contains characters XML cannot carry")
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return (
            text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;")
        )  # fmt: skip
    return text


@lru_cache(maxsize=1)
def _not_xml() -> re.Pattern[str]:
    """What XML 1.0 cannot carry: C0 controls but tab, LF and CR; surrogates; U+FFFE/FFFF."""
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def python_path(spec: ShapeSpec, xml_path: str) -> str:
    """`Request.Conf.DetectType[0]` → `conf.detect_type[0]`, following the shapes."""
    parts = []
    current: ShapeSpec | None = spec
    for segment in xml_path.split(".")[1:]:
        tag, bracket, index = segment.partition("[")
        f = current.by_tag.get(tag) if current is not None else None
        parts.append((f.attr if f is not None else tag) + bracket + index)
        current = f.target.__ci_shape__ if f is not None and f.kind == SHAPE else None
    return ".".join(parts) or "body"


# -- what the generated `_write_xml` methods call: checks across fields, then one helper per
# -- kind of field (`path` is the field's own path, `Request.Conf.Callback`) -----------------


def required(path: str) -> RequestValidationError:
    return RequestValidationError(path, "is required")


def check_groups(model: Model, path: str) -> None:
    """The shape's `one_of` (exactly one set) and `any_of` (at least one set) groups."""
    spec = model.__ci_shape__
    for group in spec.one_of:
        present = [a for a in group if getattr(model, a) not in (None, "")]
        if len(present) != 1:
            raise RequestValidationError(path, f"exactly one of {_names(spec, group)} must be set")
    for group in spec.any_of:
        if all(getattr(model, a) in (None, [], "") for a in group):
            raise RequestValidationError(path, f"at least one of {_names(spec, group)} must be set")


def leaf(out: list[str], f: FieldSpec, value: Any, path: str) -> None:
    """A scalar element."""
    out.append(f"<{f.xml_name}>{_text(write_scalar(f, value, path), path)}</{f.xml_name}>")


def child(out: list[str], f: FieldSpec, value: Any, path: str) -> None:
    """A nested shape's element."""
    if not isinstance(value, f.target):
        raise RequestValidationError(path, f"must be {article(f.target.__name__)}")
    inner: list[str] = []
    value._write_xml(inner, path)
    out.append(_element(f.xml_name, inner))


def repeated(out: list[str], f: FieldSpec, value: Any, path: str) -> None:
    """A list as one element per item (scalars or shapes)."""
    _check_list(f, value, path)
    one = child if f.kind == SHAPE else leaf
    for i, v in enumerate(value):
        if v == "":
            raise RequestValidationError(f"{path}[{i}]", "cannot be empty")
        one(out, f, v, f"{path}[{i}]")


def comma(out: list[str], f: FieldSpec, value: Any, path: str) -> None:
    """A list as one comma-joined element (`<DetectType>Porn,Ads</DetectType>`)."""
    _check_list(f, value, path)
    words = [write_scalar(f, v, path) for v in value]
    for w in words:  # what reading would split or strip cannot be sent
        if "," in w or not w.strip() or w != w.strip():
            raise RequestValidationError(path, f"{w!r} cannot be a list item")
    out.append(f"<{f.xml_name}>{_text(','.join(words), path)}</{f.xml_name}>")


def unknowns(out: list[str], elements: list[UnknownElement], path: str) -> None:
    """Elements kept from a parsed document, written back as they came."""
    out += [_unknown(u, path) for u in elements]


def _check_list(f: FieldSpec, value: Any, path: str) -> None:
    if not isinstance(value, list):
        raise RequestValidationError(path, "must be a list")
    if f.min_items is not None and len(value) < f.min_items:
        raise RequestValidationError(path, f"needs at least {f.min_items} item(s)")


def _names(spec: ShapeSpec, group: tuple[str, ...]) -> str:
    """`object | url (Object | Url)`"""
    return f"{' | '.join(group)} ({' | '.join(spec.by_attr[a] for a in group)})"


def write_scalar(f: FieldSpec, value: Any, path: str) -> str:
    """Check one scalar against its spec and return its wire text (an XML element's, or a
    query parameter's: `core.QueryParamSpec`)."""
    kind = f.kind
    if kind == STRING and f.base64:
        return _base64(f, value, path)
    if kind == STRING:
        if not isinstance(value, str):
            raise RequestValidationError(path, "must be a string")
        if f.min_length is not None and len(value) < f.min_length:
            raise RequestValidationError(path, f"must be at least {f.min_length} character(s)")
        if f.max_length is not None and len(value) > f.max_length:
            raise RequestValidationError(path, f"must be at most {f.max_length} characters")
        if f.max_bytes is not None:
            try:
                size = len(value) if value.isascii() else len(value.encode("utf-8"))
            except UnicodeError:
                raise RequestValidationError(path, "is not valid Unicode") from None
            if size > f.max_bytes:
                raise RequestValidationError(
                    path, f"is {size} bytes in UTF-8; at most {f.max_bytes} allowed"
                )
        if f.pattern is not None and not f.pattern.fullmatch(value):  # `$` allows a \n
            raise RequestValidationError(path, f"must match {f.pattern.pattern!r}")
        if f.url:
            _check_url(value, path)
        return value
    if kind == ENUM:
        enum_cls: type[Enum] = f.target
        if isinstance(value, enum_cls):
            return str(value._value_)  # the attribute itself: `.value` is a descriptor call
        try:
            return str(enum_cls(value).value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in enum_cls)
            raise RequestValidationError(path, f"{value!r} is not one of {allowed}") from None
    if kind == INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RequestValidationError(path, "must be an integer")
        if f.minimum is not None and value < f.minimum:
            raise RequestValidationError(path, f"must be ≥ {f.minimum}")
        if f.maximum is not None and value > f.maximum:
            raise RequestValidationError(path, f"must be ≤ {f.maximum}")
        return str(value)
    if kind == NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            raise RequestValidationError(path, "must be a number")
        if value in (float("inf"), float("-inf")):
            raise RequestValidationError(path, "must be finite")
        if f.minimum is not None and value < f.minimum:
            raise RequestValidationError(path, f"must be ≥ {f.minimum}")
        if f.maximum is not None and value > f.maximum:
            raise RequestValidationError(path, f"must be ≤ {f.maximum}")
        # Whole numbers as CI writes them (`10`, not `10.0`); others in their shortest form.
        number = float(value)
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    if kind == BOOLEAN:
        if not isinstance(value, bool):
            raise RequestValidationError(path, "must be a bool")
        return "true" if value else "false"
    if kind == DATETIME:
        if not isinstance(value, datetime):
            raise RequestValidationError(path, "must be a datetime")
        if value.utcoffset() is None:
            raise RequestValidationError(path, "must be timezone-aware")
        if f.colon_offset:  # RFC 3339, where CI's docs write it so: 2021-08-07T12:12:12+08:00
            return value.isoformat()
        # CI's XML form, without a colon: 2019-07-07T12:12:12+0800 (both are read).
        return value.strftime("%Y-%m-%dT%H:%M:%S%z")
    raise AssertionError(kind)  # pragma: no cover


def _base64(f: FieldSpec, value: Any, path: str) -> str:
    """`str` (sent as its UTF-8 bytes) or `bytes`, base64-encoded; limits apply to the bytes."""
    if isinstance(value, str):
        try:
            raw = value.encode("utf-8")
        except UnicodeError:
            raise RequestValidationError(path, "is not valid Unicode") from None
    elif isinstance(value, bytes | bytearray):
        raw = bytes(value)
    else:
        raise RequestValidationError(path, "must be str or bytes")
    if f.min_length is not None and len(raw) < f.min_length:
        raise RequestValidationError(path, f"must be at least {f.min_length} byte(s)")
    if f.max_bytes is not None and len(raw) > f.max_bytes:
        raise RequestValidationError(path, f"is {len(raw)} bytes; at most {f.max_bytes} allowed")
    return binascii.b2a_base64(raw, newline=False).decode("ascii")  # = base64.b64encode


def _check_url(value: str, path: str) -> None:
    """An absolute http(s) URL with a host (scheme in any case), printable ASCII only."""
    problem = _url_problem(value)
    if problem is not None:
        raise RequestValidationError(path, problem)


@lru_cache(maxsize=256)
def _url_problem(value: str) -> str | None:
    """What is wrong with a URL, or None (callback URLs repeat call after call: cached)."""
    if not _URL_CHARS.fullmatch(value):
        return "must be a URL of printable ASCII without spaces (percent-encode the rest)"
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 - validates the port
    except ValueError:
        return "is not a valid URL"
    if parts.scheme.lower() not in ("http", "https") or not host:
        return "must be an http:// or https:// URL with a host"
    return None


def _unknown(u: UnknownElement, path: str) -> str:
    """An element kept from a parsed document, written back by lxml (its tag and
    attributes are arbitrary: lxml checks them)."""
    return str(etree.tostring(_unknown_tree(u, path), encoding="unicode"))


def _unknown_tree(u: UnknownElement, path: str, parent: etree._Element | None = None) -> Any:
    try:
        el = (
            etree.Element(u.tag, u.attributes)
            if parent is None
            else etree.SubElement(parent, u.tag, u.attributes)
        )
        el.text = u.text
    except (ValueError, UnicodeError):
        raise RequestValidationError(f"{path}.{u.tag}", "is not valid XML") from None
    for c in u.children:
        _unknown_tree(c, f"{path}.{u.tag}", el)
    return el


# -- parsing -----------------------------------------------------------------------------------


def parse_root(body: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> etree._Element:
    """Parse untrusted bytes (a response, or a request in the emulator) with the hardened
    parser; DOCTYPE and entities are refused, nothing of the parser's error log is echoed."""
    if len(body) > max_bytes:
        raise ResponseTooLargeError(f"the body is {len(body)} bytes; the cap is {max_bytes}")
    if not body.strip():
        raise ResponseParseError("the body is empty")
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise UnsafeResponseError("the body carries a DOCTYPE or entity declaration; refused")
    max_tags = max(1024, max_bytes // BYTES_PER_TAG)
    if body.count(b"<") > max_tags:
        raise ResponseParseError(f"the body holds more than {max_tags} tags; refused unparsed")
    try:
        root = etree.fromstring(body, _parser())
    except etree.XMLSyntaxError as exc:
        # Only this document's message: `error_log` may hold earlier documents' errors.
        raise ResponseParseError(f"the body is not well-formed XML: {str(exc.msg)[:160]}") from None
    tree = root.getroottree()
    info = tree.docinfo
    if getattr(info, "doctype", "") or getattr(info, "internalDTD", None) is not None:
        raise UnsafeResponseError("the body carries a DOCTYPE; refused")
    return root


def parse_document(body: bytes, cls: type[M], max_bytes: int = DEFAULT_MAX_BYTES) -> M:
    """Parse a whole document whose root element must be `cls`'s."""
    root = parse_root(body, max_bytes)
    return parse_element(root, cls)


def parse_element(root: etree._Element, cls: type[M]) -> M:
    spec = cls.__ci_shape__
    if root.tag != spec.xml_name:
        raise ResponseParseError(f"expected <{spec.xml_name}>, got <{_tag(root)}>")
    return _read(root, spec, spec.xml_name, [MAX_UNKNOWN_ELEMENTS])  # type: ignore[return-value]


def _tag(el: etree._Element) -> str:
    return el.tag if isinstance(el.tag, str) else "?"


def _read(el: etree._Element, spec: ShapeSpec, path: str, budget: list[int]) -> Model:
    """One model from `el`; `budget` holds how many unknown elements may still be kept."""
    values: dict[str, Any] = {}
    unknown: list[UnknownElement] = []
    by_tag = spec.by_tag
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            raise ResponseParseError(f"{path}: unexpected entity reference")
        f = by_tag.get(tag)
        if f is None:
            unknown.append(_keep(child, path, budget))
            continue
        if f.kind == SHAPE:
            value: Any = _read(child, f.target.__ci_shape__, f"{path}.{tag}", budget)
        else:
            if len(child):
                raise ResponseParseError(f"{path}.{tag}: expected text, found child elements")
            text = child.text
            if not text:
                continue  # an empty element is absent, whatever its type
            if f.comma:  # `Porn, Ads,` → ["Porn", "Ads"]: blanks around words and empty words
                words = [w.strip() for w in text.split(",")]
                values[f.attr] = [read_scalar(f, w, path) for w in words if w]
                continue
            value = text if f.kind == STRING and not f.base64 else read_scalar(f, text, path)
        if f.is_list:
            values.setdefault(f.attr, []).append(value)
        elif f.attr in values:
            unknown.append(_keep(child, path, budget))  # a repeated single element: keep it
        else:
            values[f.attr] = value
    for f in spec.required:
        if f.attr not in values:
            raise ResponseParseError(f"{path}.{f.xml_name}: is required")
    if unknown:
        values["unknown_elements"] = unknown
    return spec.cls(**values)


def read_scalar(f: FieldSpec, text: str, parent: str) -> Any:
    """The typed value of one element's (non-empty) text; `parent` is its container's path."""
    kind = f.kind
    if kind == STRING and f.base64:
        try:
            raw = binascii.a2b_base64(text.strip(), strict_mode=True)  # = b64decode(validate=)
        except ValueError:
            raise _bad(f, parent, text, "base64") from None
        try:
            return raw.decode("utf-8")  # text, as it was most likely sent
        except UnicodeDecodeError:
            return raw
    if kind == STRING:
        return text
    if kind == ENUM:
        # Unknown words are kept as plain values: CI adds states and labels over time.
        if issubclass(f.target, str):
            try:
                return f.target(text.strip())
            except ValueError:
                return text
        if not _INTEGER.fullmatch(text.strip()):
            return text
        number = int(text)
        try:
            return f.target(number)
        except ValueError:
            return number
    if kind == INTEGER:
        if not _INTEGER.fullmatch(text.strip()):
            raise _bad(f, parent, text, "an integer")
        return int(text)
    if kind == NUMBER:
        if not _NUMBER.fullmatch(text.strip()) or len(text) > 64:
            raise _bad(f, parent, text, "a number")
        return float(text)
    if kind == DATETIME:
        stamp = text.strip()
        if not _TIMESTAMP.fullmatch(stamp):
            raise _bad(f, parent, text, "a timestamp with an offset")
        try:
            return datetime.fromisoformat(stamp)
        except ValueError:
            raise _bad(f, parent, text, "a timestamp") from None
    if kind == BOOLEAN:
        low = text.strip().lower()
        if low in ("true", "1"):
            return True
        if low in ("false", "0"):
            return False
        raise _bad(f, parent, text, "a boolean")
    raise AssertionError(kind)  # pragma: no cover


def _bad(f: FieldSpec, parent: str, text: str, what: str) -> ResponseParseError:
    return ResponseParseError(f"{parent}.{f.xml_name}: {text[:40]!r} is not {what}")


def spend_unknown(budget: list[int], path: str) -> None:
    """Count one more kept unknown element (or JSON key) against the document's bound."""
    budget[0] -= 1
    if budget[0] < 0:
        raise ResponseParseError(
            f"{path}: more than {MAX_UNKNOWN_ELEMENTS} elements the spec does not describe"
        )


def _keep(el: etree._Element, path: str, budget: list[int]) -> UnknownElement:
    """An element the spec does not describe, kept within the document's bounds."""
    spend_unknown(budget, path)
    if len(el.attrib) > MAX_UNKNOWN_ATTRIBUTES:
        raise ResponseParseError(
            f"{path}.{_tag(el)}: more than {MAX_UNKNOWN_ATTRIBUTES} attributes"
        )
    return UnknownElement(
        tag=_tag(el),
        text=el.text,
        children=[_keep(c, path, budget) for c in el if isinstance(c.tag, str)],
        attributes={str(k): str(v) for k, v in el.attrib.items()},
    )
