"""Load and validate the OpenAPI document, then lower it to the IR.

openapi-python-client's pydantic models validate the document's OpenAPI structure; this module
then checks what they let through (unknown keywords, unsupported constructs, our `x-ci-*`
extensions) and reports every problem as `file#/json/pointer: message`.
"""

from __future__ import annotations

import hashlib
import json
import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.schema import OpenAPI
from pydantic import ValidationError

from .ir import (
    Api,
    EnumDef,
    Example,
    FieldDef,
    OperationDef,
    Paginate,
    PathParam,
    QueryParam,
    RateLimit,
    ShapeDef,
    WebhookDef,
)

# Keywords a schema may use; anything else (a typo such as `maxLenght`) is an error.
SCHEMA_KEYWORDS = {
    "type", "description", "enum", "properties", "required", "items", "xml", "format",
    "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems",
    "oneOf", "anyOf", "$ref", "title", "examples", "default", "deprecated", "contentEncoding",
}  # fmt: skip
SCHEMA_EXTENSIONS = {
    "x-ci-max-bytes", "x-ci-xml-list", "x-ci-enum-names", "x-ci-error-envelope",
    "x-ci-undocumented", "x-ci-time-offset",
}  # fmt: skip
OPERATION_EXTENSIONS = {
    "x-ci-idempotent", "x-ci-rate-limit", "x-ci-reconcile-field", "x-ci-variants",
    "x-ci-paginate",
}  # fmt: skip
PARAMETER_KEYS = {"name", "in", "required", "description", "schema", "x-ci-object-key"}
PARAMETER_SCHEMA_KEYS = {
    "type", "const", "$ref", "minLength", "maxLength", "minimum", "maximum", "pattern", "format",
    "x-ci-max-bytes", "description",
}  # fmt: skip
VARIANT_KEYS = {
    "operationId", "summary", "description", "request", "idempotent", "reconcile-field", "tags",
}  # fmt: skip
PAGINATE_KEYS = {"offset", "limit", "items", "total"}
#: The host an operation is on when it names no other (`x-ci-host` of the top-level server).
DEFAULT_HOST = "ci"
EXAMPLE_EXTENSIONS = {"x-ci-malformed"}
WEBHOOK_EXTENSIONS = {"x-ci-callback"}
METHODS = ("get", "put", "post", "delete", "patch", "head")
_REF_RE = re.compile(r"^#/components/(schemas|parameters|responses|headers)/([A-Za-z0-9_.-]+)$")


def _field_description(prop: dict[str, Any], item: dict[str, Any]) -> str:
    """The property's description, with what `deprecated` and `x-ci-undocumented` say."""
    text = str(prop.get("description", "")).strip()
    if prop.get("deprecated") or item.get("deprecated"):
        text = ("Deprecated by CI. " + text).strip()
    if prop.get("x-ci-undocumented") or item.get("x-ci-undocumented"):
        text = (text + " Not documented by CI for this operation (seen in official SDKs).").strip()
    return text


@dataclass(frozen=True)
class SpecProblem:
    file: str
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}: {self.message}"


class SpecError(Exception):
    """The spec is invalid; `problems` lists every finding with its JSON pointer."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = problems
        super().__init__("invalid spec:\n" + "\n".join(f"  {p}" for p in problems))


def _escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    return "".join("/" + _escape(t) for t in tokens)


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate mapping keys instead of keeping the last one."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,
)


# What every generated model has besides its fields (runtime/model.py's `Model`).
MODEL_NAMES = frozenset({"unknown_elements", "to_xml", "from_xml", "replace", "_write_xml"})


def snake(name: str) -> str:
    """`ReceiveTokenId` → `receive_token_id`, `IP` → `ip`, `jobId` → `job_id`,
    `KeywordIDs` → `keyword_ids` (a plural acronym is one word)."""
    name = re.sub(r"([A-Z]{2,})s(?![a-z])", lambda m: m.group(1).capitalize() + "s", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower().replace("-", "_")
    return s + "_" if keyword.iskeyword(s) else s


def _pydantic_pointer(raw: Any, loc: tuple[int | str, ...]) -> str:
    """Map a pydantic error location onto the raw document, skipping union-branch labels."""
    tokens: list[str | int] = []
    node = raw
    for part in loc:
        in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
        if (isinstance(node, dict) and part in node) or in_list:
            node = node[part]
            tokens.append(part)
    return pointer(*tokens)


def load_document(path: Path) -> dict[str, Any]:
    """Read YAML or JSON and validate it against the OpenAPI 3.1 models."""
    name = str(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506
    except yaml.YAMLError as exc:
        raise SpecError([SpecProblem(name, "", f"not valid YAML: {exc}")]) from None
    if not isinstance(raw, dict):
        raise SpecError([SpecProblem(name, "", "the document must be a mapping")])
    if not str(raw.get("openapi", "")).startswith("3.1."):
        raise SpecError([SpecProblem(name, "/openapi", "must be an OpenAPI 3.1.x document")])
    try:
        OpenAPI.model_validate(raw)
    except ValidationError as exc:
        problems = [
            SpecProblem(name, _pydantic_pointer(raw, tuple(err["loc"])), err["msg"])
            for err in exc.errors()
        ]
        raise SpecError(problems) from None
    return raw


class _Lowering:
    """Walks the raw document once, collecting problems rather than stopping at the first."""

    def __init__(self, file: str, raw: dict[str, Any]) -> None:
        self.file = file
        self.raw = raw
        self.problems: list[SpecProblem] = []
        self.schemas: dict[str, Any] = raw.get("components", {}).get("schemas", {}) or {}
        self.op_hosts: dict[str, str] = {}  # x-ci-host name → server URL, from operations

    def problem(self, ptr: str, message: str) -> None:
        self.problems.append(SpecProblem(self.file, ptr, message))

    def resolve(self, node: Any, ptr: str, kind: str) -> tuple[Any, str]:
        """Follow one `$ref` of the given component kind; return (node, its pointer)."""
        if isinstance(node, dict) and "$ref" in node:
            m = _REF_RE.match(str(node["$ref"]))
            if not m or m.group(1) != kind:
                self.problem(ptr + "/$ref", f"expected a reference to #/components/{kind}/…")
                return {}, ptr
            target = self.raw.get("components", {}).get(kind, {}).get(m.group(2))
            if target is None:
                self.problem(ptr + "/$ref", f"unresolved reference {node['$ref']}")
                return {}, ptr
            return target, pointer("components", kind, m.group(2))
        return node, ptr

    def ref_name(self, node: dict[str, Any], ptr: str) -> str | None:
        m = _REF_RE.match(str(node.get("$ref", "")))
        if not m or m.group(1) != "schemas" or m.group(2) not in self.schemas:
            self.problem(ptr + "/$ref", f"unresolved schema reference {node.get('$ref')!r}")
            return None
        return m.group(2)

    def check_keys(self, node: dict[str, Any], ptr: str) -> None:
        for key in node:
            if key.startswith("x-"):
                if key not in SCHEMA_EXTENSIONS:
                    self.problem(pointer_join(ptr, key), f"unknown extension {key!r}")
            elif key not in SCHEMA_KEYWORDS:
                self.problem(pointer_join(ptr, key), f"unsupported schema keyword {key!r}")

    # -- schemas -----------------------------------------------------------------------------

    def enums(self) -> list[EnumDef]:
        out = []
        for name, node in sorted(self.schemas.items()):
            ptr = pointer("components", "schemas", name)
            if "enum" not in node:
                continue
            self.check_keys(node, ptr)
            vtype = node.get("type")
            if vtype not in ("string", "integer"):
                self.problem(ptr + "/type", "an enum must be of type string or integer")
                continue
            values = node["enum"]
            names = node.get("x-ci-enum-names")
            if vtype == "integer":
                if not isinstance(names, list) or len(names) != len(values):
                    self.problem(ptr, "an integer enum needs x-ci-enum-names, one per value")
                    continue
            else:
                names = values
            members = []
            for member, value in zip(names, values, strict=True):
                if vtype == "string" and not isinstance(value, str):
                    self.problem(ptr + "/enum", f"{value!r} is not a string")
                if vtype == "integer" and not isinstance(value, int):
                    self.problem(ptr + "/enum", f"{value!r} is not an integer")
                py = _member_name(member)
                members.append((py, value))
            out.append(EnumDef(name, vtype, tuple(members), node.get("description", "").strip()))
        return out

    def shapes(self) -> list[ShapeDef]:
        out = []
        for name, node in sorted(self.schemas.items()):
            if "enum" in node:
                continue
            ptr = pointer("components", "schemas", name)
            self.check_keys(node, ptr)
            if node.get("type") != "object":
                self.problem(ptr, "a named schema must be an enum or an object")
                continue
            out.append(self.shape(name, node, ptr))
        return out

    def shape(self, name: str, node: dict[str, Any], ptr: str) -> ShapeDef:
        props = node.get("properties") or {}
        required = set(node.get("required") or [])
        for r in sorted(required - set(props)):
            self.problem(ptr + "/required", f"required property {r!r} is not defined")
        fields = []
        seen_py: dict[str, str] = {}
        for xml_name, prop in props.items():
            fptr = pointer_join(ptr + "/properties", xml_name)
            fd = self.field(xml_name, prop, xml_name in required, fptr)
            if fd is None:
                continue
            if fd.py_name in seen_py or fd.py_name in MODEL_NAMES:
                self.problem(
                    fptr, f"python name {fd.py_name!r} collides with another field or a method"
                )
            seen_py[fd.py_name] = xml_name
            fields.append(fd)
        groups: dict[str, tuple[str, ...]] = {}
        for combinator in ("oneOf", "anyOf"):
            names: list[str] = []
            for i, alt in enumerate(node.get(combinator) or []):
                aptr = pointer(*_tokens(ptr), combinator, i)
                req = alt.get("required") if isinstance(alt, dict) else None
                if not isinstance(req, list) or len(req) != 1 or set(alt) != {"required"}:
                    self.problem(aptr, f"{combinator} entries may only be `required: [<name>]`")
                elif req[0] not in props:
                    self.problem(aptr, f"unknown property {req[0]!r}")
                else:
                    names.append(snake(req[0]))
            if names:
                groups[combinator] = tuple(names)
        xml = node.get("xml") or {}
        return ShapeDef(
            name=name,
            xml_name=xml.get("name", name),
            description=node.get("description", "").strip(),
            fields=tuple(fields),
            one_of=(groups["oneOf"],) if "oneOf" in groups else (),
            any_of=(groups["anyOf"],) if "anyOf" in groups else (),
            is_error=bool(node.get("x-ci-error-envelope", False)),
            is_document="name" in xml,
        )

    def field(self, xml_name: str, prop: Any, required: bool, ptr: str) -> FieldDef | None:
        if not isinstance(prop, dict):
            self.problem(ptr, "a property must be a mapping")
            return None
        self.check_keys(prop, ptr)
        is_list = prop.get("type") == "array"
        list_style = prop.get("x-ci-xml-list", "repeated")
        if list_style not in ("repeated", "comma"):
            self.problem(ptr + "/x-ci-xml-list", "must be `repeated` or `comma`")
        item = prop.get("items", {}) if is_list else prop
        iptr = ptr + "/items" if is_list else ptr
        if is_list and not isinstance(item, dict):
            self.problem(iptr, "an array needs `items`")
            return None
        ref: str | None = None
        if "$ref" in item:
            ref = self.ref_name(item, iptr)
            if ref is None:
                return None
            kind = "enum" if "enum" in self.schemas[ref] else "shape"
        else:
            t = item.get("type")
            if t == "string":
                kind = "datetime" if item.get("format") == "date-time" else "string"
            elif t in ("integer", "boolean", "number"):
                kind = t
            elif t == "object":
                self.problem(iptr, "inline objects are not supported; name them in components")
                return None
            else:
                self.problem(iptr + "/type", f"unsupported type {t!r}")
                return None
        if list_style == "comma" and kind not in ("string", "enum"):
            self.problem(ptr + "/x-ci-xml-list", "a comma list must hold strings or enums")
        self.only(item, iptr, "contentEncoding", "base64", kind, "string")
        self.only(item, iptr, "x-ci-time-offset", "colon", kind, "datetime")
        pattern = item.get("pattern")
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                self.problem(iptr + "/pattern", f"bad regular expression: {exc}")
        fixed = None
        if kind == "enum" and required and not is_list and ref is not None:
            target = self.schemas[ref]
            values = target.get("enum") or []
            if len(values) == 1:
                names = target.get("x-ci-enum-names") or values
                fixed = _member_name(names[0])
        return FieldDef(
            fixed_member=fixed,
            xml_name=xml_name,
            py_name=snake(xml_name),
            kind=kind,  # type: ignore[arg-type]
            ref=ref,
            is_list=is_list,
            list_style=list_style if is_list else "repeated",
            required=required,
            description=_field_description(prop, item),
            max_bytes=item.get("x-ci-max-bytes"),
            min_length=item.get("minLength"),
            max_length=item.get("maxLength"),
            minimum=item.get("minimum"),
            maximum=item.get("maximum"),
            min_items=prop.get("minItems") if is_list else None,
            pattern=pattern,
            url=kind == "string" and item.get("format") == "uri",
            base64=kind == "string" and item.get("contentEncoding") == "base64",
            colon_offset=kind == "datetime" and item.get("x-ci-time-offset") == "colon",
        )

    # -- operations --------------------------------------------------------------------------

    def operations(self, shapes: dict[str, ShapeDef]) -> list[OperationDef]:
        out = []
        for path, item in (self.raw.get("paths") or {}).items():
            for method in METHODS:
                if method in item:
                    ptr = pointer("paths", path, method)
                    out += self.operation(path, method, item[method], ptr, shapes)
        names = [o.name for o in out]
        for n in sorted({n for n in names if names.count(n) > 1}):
            self.problem("/paths", f"operationId {n!r} is used more than once")
        return sorted(out, key=lambda o: o.name)

    def _body_schema(self, content: Any, ptr: str) -> tuple[str | None, dict[str, Any]]:
        media = (content or {}).get("application/xml")
        if media is None:
            self.problem(ptr, "only application/xml bodies are supported")
            return None, {}
        schema = media.get("schema", {})
        name = self.ref_name(schema, ptr + "/application~1xml/schema")
        return name, media.get("examples") or {}

    def hosts(self) -> list[tuple[str, str]]:
        """(`x-ci-host` name, server template), `ci` first: the top-level server, and each
        host an operation named in its `servers` entry (collected by `operation`)."""
        top = (self.raw.get("servers") or [{}])[0]
        found = {DEFAULT_HOST: str(top.get("url", "")), **self.op_hosts}
        return sorted(found.items(), key=lambda kv: (kv[0] != DEFAULT_HOST, kv[0]))

    def _server(self, node: dict[str, Any], ptr: str) -> tuple[str | None, str]:
        servers = node.get("servers")
        if servers is None:
            return None, ""
        if not isinstance(servers, list) or len(servers) != 1 or not isinstance(servers[0], dict):
            self.problem(ptr, "an operation may name exactly one server")
            return None, ""
        server = servers[0]
        name = server.get("x-ci-host")
        unknown = [k for k in server if k.startswith("x-") and k != "x-ci-host"]
        for key in unknown:
            self.problem(pointer_join(ptr + "/0", key), f"unknown extension {key!r}")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9]*", name):
            self.problem(ptr + "/0", "an operation's server needs `x-ci-host: <lower-case name>`")
            return None, ""
        if name == DEFAULT_HOST:
            self.problem(ptr + "/0/x-ci-host", f"{DEFAULT_HOST!r} is the top-level server")
            return None, ""
        return name, str(server.get("url", ""))

    def operation(
        self, path: str, method: str, node: dict[str, Any], ptr: str, shapes: dict[str, ShapeDef]
    ) -> list[OperationDef]:
        for key in node:
            if key.startswith("x-") and key not in OPERATION_EXTENSIONS:
                self.problem(pointer_join(ptr, key), f"unknown extension {key!r}")
        op_id = node.get("operationId")
        if not op_id:
            self.problem(ptr, "every operation needs an operationId")
            return []
        variants = node.get("x-ci-variants")
        if "x-ci-idempotent" not in node and variants is None:
            self.problem(ptr, "say whether the operation is idempotent (x-ci-idempotent)")
        examples: list[Example] = []
        input_shape = None
        request_examples: dict[str, Any] = {}
        if "requestBody" in node and variants is None:
            input_shape, request_examples = self._body_schema(
                node["requestBody"].get("content"), ptr + "/requestBody/content"
            )
        output_shape = error_shape = None
        for status, resp in (node.get("responses") or {}).items():
            rptr = pointer_join(ptr + "/responses", str(status))
            resp, rptr = self.resolve(resp, rptr, "responses")
            name, ex = self._body_schema(resp.get("content"), rptr + "/content")
            examples += self.examples(op_id, "response", str(status), ex, rptr)
            if str(status) == "200":
                output_shape = name
            elif str(status) == "default":
                error_shape = name
        if output_shape is None:
            self.problem(ptr + "/responses", "a 200 response with an XML body is required")
        if error_shape is None or (error_shape in shapes and not shapes[error_shape].is_error):
            self.problem(
                ptr + "/responses", "a `default` response with the <Error> envelope is needed"
            )
        params, query = self.parameters(node, ptr)
        declared = re.findall(r"{([^}]+)}", path)
        if sorted(declared) != sorted(p.name for p in params):
            self.problem(ptr, f"path placeholders {declared} do not match the path parameters")
        for p in params:
            if not p.object_key and (not p.pattern or p.max_length is None):
                self.problem(ptr, f"path parameter {p.name!r} needs a pattern and a maxLength")
        rate = node.get("x-ci-rate-limit")
        rate_limit = None
        if rate is not None:
            try:
                rate_limit = RateLimit(
                    int(rate["requests"]), float(rate["per-seconds"]), str(rate["scope"])
                )
            except (KeyError, TypeError, ValueError):
                self.problem(ptr + "/x-ci-rate-limit", "needs requests, per-seconds and scope")
        host, url = self._server(node, ptr + "/servers")
        if host is not None and self.op_hosts.setdefault(host, url) != url:
            self.problem(ptr + "/servers", f"host {host!r} is given two different URLs")
        host = host or DEFAULT_HOST
        paginate = None
        if "x-ci-paginate" in node:
            paginate = self.paginate(node["x-ci-paginate"], query, output_shape, shapes, ptr)
        base = OperationDef(
            name=op_id,
            py_name=snake(op_id),
            method=method.upper(),
            path=path,
            summary=str(node.get("summary", "")).strip(),
            description=str(node.get("description", "")).strip(),
            path_params=tuple(params),
            input_shape=input_shape,
            output_shape=output_shape or "",
            error_shape=error_shape or "",
            idempotent=bool(node.get("x-ci-idempotent", False)),
            reconcile_field=None,
            rate_limit=rate_limit,
            query_params=tuple(query),
            host=host,
            paginate=paginate,
            tag=self.tag(node, ptr),
        )
        if variants is not None:
            return self.variants(base, variants, node, examples, shapes, ptr)
        examples += self.examples(op_id, "request", "", request_examples, ptr + "/requestBody")
        reconcile = node.get("x-ci-reconcile-field")
        reconcile_path = reconcile_query = None
        by_query = {q.name: q for q in query}
        if reconcile in by_query:  # a query parameter (single-image moderation's `dataid`)
            if by_query[reconcile].kind != "string" or by_query[reconcile].const is not None:
                self.problem(ptr + "/x-ci-reconcile-field", "must name a string parameter")
            reconcile_query = by_query[reconcile].py_name
        elif reconcile is not None:
            reconcile_path = self.reconcile(reconcile, input_shape, shapes, ptr)
        return [
            replace(
                base,
                reconcile_field=reconcile_path,
                reconcile_query=reconcile_query,
                examples=tuple(examples),
            )
        ]

    def parameters(
        self, node: dict[str, Any], ptr: str
    ) -> tuple[list[PathParam], list[QueryParam]]:
        params: list[PathParam] = []
        query: list[QueryParam] = []
        for i, prm in enumerate(node.get("parameters") or []):
            prm, pptr = self.resolve(prm, pointer(*_tokens(ptr), "parameters", i), "parameters")
            for key in prm:
                if key not in PARAMETER_KEYS:
                    self.problem(pointer_join(pptr, key), f"unsupported parameter key {key!r}")
            schema = prm.get("schema", {})
            for key in schema:
                if key not in PARAMETER_SCHEMA_KEYS:
                    self.problem(
                        f"{pptr}/schema/{key}", f"unsupported parameter schema key {key!r}"
                    )
            name = str(prm.get("name", ""))
            where = prm.get("in")
            if where == "path":
                object_key = bool(prm.get("x-ci-object-key", False))
                params.append(
                    PathParam(
                        name=name,
                        py_name=snake(name),
                        min_length=schema.get("minLength"),
                        max_length=schema.get("maxLength"),
                        pattern=schema.get("pattern"),
                        description=str(prm.get("description", "")).strip(),
                        object_key=object_key,
                        max_bytes=schema.get("x-ci-max-bytes"),
                    )
                )
                if object_key and schema.get("x-ci-max-bytes") is None:
                    self.problem(pptr, "an x-ci-object-key parameter needs x-ci-max-bytes")
                continue
            if where != "query":
                self.problem(pptr + "/in", "only path and query parameters are supported")
                continue
            if "x-ci-object-key" in prm:
                self.problem(pptr + "/x-ci-object-key", "only a path parameter is an object key")
            enum = None
            if "$ref" in schema:
                enum = self.ref_name(schema, pptr + "/schema")
                target = self.schemas.get(enum or "", {})
                if enum is not None and "enum" not in target:
                    self.problem(pptr + "/schema/$ref", "may refer to an enum only")
                schema = {k: v for k, v in schema.items() if k != "$ref"}
                schema["type"] = target.get("type")
            kind = schema.get("type")
            if kind not in ("string", "integer", "boolean"):
                self.problem(
                    pptr + "/schema/type", "a query parameter is a string, integer or boolean"
                )
                continue
            const = schema.get("const")
            if const is not None and (not isinstance(const, str) or not prm.get("required")):
                self.problem(pptr + "/schema/const", "a const query parameter is a required string")
            query.append(
                QueryParam(
                    name=name,
                    py_name=snake(name),
                    kind=kind,
                    required=bool(prm.get("required", False)),
                    const=const if isinstance(const, str) else None,
                    description=str(prm.get("description", "")).strip(),
                    min_length=schema.get("minLength"),
                    max_length=schema.get("maxLength"),
                    max_bytes=schema.get("x-ci-max-bytes"),
                    minimum=schema.get("minimum"),
                    maximum=schema.get("maximum"),
                    pattern=schema.get("pattern"),
                    url=schema.get("format") == "uri",
                    enum=enum,
                )
            )
        py_names = [p.py_name for p in params] + [q.py_name for q in query]
        for dup in sorted(
            {n for n in py_names if py_names.count(n) > 1} | ({"body"} & set(py_names))
        ):
            self.problem(ptr + "/parameters", f"parameter python name {dup!r} is used twice")
        return params, query

    def variants(
        self,
        base: OperationDef,
        variants: Any,
        node: dict[str, Any],
        response_examples: list[Example],
        shapes: dict[str, ShapeDef],
        ptr: str,
    ) -> list[OperationDef]:
        """`x-ci-variants`: several typed operations sharing one method and path, told apart
        by a discriminator element of the request body."""
        vptr = ptr + "/x-ci-variants"
        content = (node.get("requestBody") or {}).get("content") or {}
        media = content.get("application/xml") or {}
        schema = media.get("schema") or {}
        sptr = ptr + "/requestBody/content/application~1xml/schema"
        refs = [
            self.ref_name(alt, f"{sptr}/oneOf/{i}")
            for i, alt in enumerate(schema.get("oneOf") or [])
        ]
        disc = schema.get("discriminator") or {}
        prop = disc.get("propertyName")
        mapping = {
            self.ref_name({"$ref": target}, sptr + "/discriminator/mapping"): value
            for value, target in (disc.get("mapping") or {}).items()
        }
        if set(schema) != {"oneOf", "discriminator"} or not isinstance(prop, str) or not mapping:
            self.problem(
                sptr, "x-ci-variants needs `oneOf` of $refs and a `discriminator` with a mapping"
            )
            return []
        if not isinstance(variants, list) or len(variants) < 2:
            self.problem(vptr, "list two or more variants")
            return []
        out: list[OperationDef] = []
        examples = media.get("examples") or {}
        defaults = 0
        for i, var in enumerate(variants):
            iptr = pointer(*_tokens(vptr), i)
            if not isinstance(var, dict) or not {"operationId", "request", "idempotent"} <= set(
                var
            ):
                self.problem(iptr, "a variant needs operationId, request and idempotent")
                continue
            for key in set(var) - VARIANT_KEYS:
                self.problem(pointer_join(iptr, key), f"unsupported variant key {key!r}")
            request = str(var["request"])
            if request not in refs:
                self.problem(
                    iptr + "/request", f"{request!r} is not one of the requestBody's oneOf"
                )
                continue
            value = mapping.get(request)
            if value is None:
                defaults += 1
            else:
                field = next((f for f in shapes[request].fields if f.xml_name == prop), None)
                if field is None or not field.required:
                    self.problem(iptr, f"{request} must require the discriminator {prop!r}")
            name = str(var["operationId"])
            mine = {
                k.removeprefix(name + "-"): v
                for k, v in examples.items()
                if k.startswith(name + "-")
            }
            reconcile = var.get("reconcile-field")
            out.append(
                replace(
                    base,
                    name=name,
                    py_name=snake(name),
                    summary=str(var.get("summary", "")).strip(),
                    description=str(var.get("description", "")).strip(),
                    input_shape=request,
                    idempotent=bool(var["idempotent"]),
                    reconcile_field=(
                        None
                        if reconcile is None
                        else self.reconcile(reconcile, request, shapes, iptr)
                    ),
                    wire_name=base.name,
                    discriminator=None if value is None else (prop, str(value)),
                    tag=self.tag(var, iptr) if "tags" in var else base.tag,
                    examples=tuple(self.examples(name, "request", "", mine, ptr + "/requestBody"))
                    + (tuple(response_examples) if value is None else ()),
                )
            )
        if defaults != 1:
            self.problem(vptr, "exactly one variant must be the default (absent from the mapping)")
        stray = [
            k
            for k in examples
            if not any(
                k.startswith(str(v.get("operationId")) + "-")
                for v in variants
                if isinstance(v, dict)
            )
        ]
        for k in stray:
            self.problem(
                ptr + "/requestBody", f"example {k!r} names no variant (prefix it with one)"
            )
        return out

    def paginate(
        self,
        spec: Any,
        query: list[QueryParam],
        output_shape: str | None,
        shapes: dict[str, ShapeDef],
        ptr: str,
    ) -> Paginate | None:
        pptr = ptr + "/x-ci-paginate"
        if (
            not isinstance(spec, dict)
            or not {"offset", "limit", "items"} <= set(spec)
            or set(spec) - PAGINATE_KEYS
        ):
            self.problem(pptr, "needs offset, limit and items (and optionally total)")
            return None
        by_name = {q.name: q for q in query}
        for key in ("offset", "limit"):
            q = by_name.get(str(spec[key]))
            if q is None or q.kind != "integer" or q.const is not None or q.required:
                self.problem(f"{pptr}/{key}", "must name an optional integer query parameter")
                return None
        items = self._field_path(str(spec["items"]), output_shape, shapes, pptr + "/items")
        if items is None:
            return None
        item_path, item_field = items
        if not item_field.is_list:
            self.problem(pptr + "/items", "must name a repeated element")
            return None
        total_path = None
        if "total" in spec:
            total = self._field_path(str(spec["total"]), output_shape, shapes, pptr + "/total")
            if total is None:
                return None
            if total[1].kind != "integer" or total[1].is_list:
                self.problem(pptr + "/total", "must name an integer element")
                return None
            total_path = total[0]
        return Paginate(
            offset=by_name[str(spec["offset"])].py_name,
            limit=by_name[str(spec["limit"])].py_name,
            items=item_path,
            item_shape=item_field.ref or item_field.kind,
            total=total_path,
        )

    def _field_path(
        self, dotted: str, shape_name: str | None, shapes: dict[str, ShapeDef], ptr: str
    ) -> tuple[tuple[str, ...], FieldDef] | None:
        shape = shapes.get(shape_name or "")
        path: list[str] = []
        fd = None
        for part in dotted.split("."):
            fd = next((f for f in shape.fields if f.xml_name == part), None) if shape else None
            if fd is None:
                self.problem(ptr, f"{dotted!r} is not a field of the answer")
                return None
            path.append(fd.py_name)
            shape = shapes.get(fd.ref or "") if fd.kind == "shape" and not fd.is_list else None
        assert fd is not None
        return tuple(path), fd

    def tag(self, node: dict[str, Any], ptr: str) -> str:
        """The family of an operation or webhook: its first tag, one of the spec's `tags`
        (`misc` when it has none). Its models go in `models.<family>`."""
        tags = node.get("tags") or []
        known = {str(t.get("name")) for t in self.raw.get("tags") or [] if isinstance(t, dict)}
        if not tags:
            return "misc"  # untagged: a `models.misc` module of its own
        if tags[0] not in known:
            self.problem(ptr + "/tags", f"needs a first tag, its family: one of {sorted(known)}")
            return ""
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(tags[0])) or keyword.iskeyword(tags[0]):
            self.problem(ptr + "/tags", "a family tag must be a lower-case Python name")
        return str(tags[0])

    def reconcile(
        self, dotted: str, input_shape: str | None, shapes: dict[str, ShapeDef], ptr: str
    ) -> tuple[str, ...] | None:
        shape = shapes.get(input_shape or "")
        path: list[str] = []
        for part in str(dotted).split("."):
            fd = next((f for f in shape.fields if f.xml_name == part), None) if shape else None
            if fd is None:
                self.problem(ptr + "/x-ci-reconcile-field", f"{dotted!r} is not a request field")
                return None
            path.append(fd.py_name)
            shape = shapes.get(fd.ref or "") if fd.kind == "shape" else None
        if fd is None or fd.kind != "string":
            self.problem(ptr + "/x-ci-reconcile-field", "must name a string field")
            return None
        return tuple(path)

    def examples(
        self, op: str, direction: str, status: str, examples: dict[str, Any], ptr: str
    ) -> Iterator[Example]:
        for name, ex in sorted(examples.items()):
            for key in ex:
                if key.startswith("x-") and key not in EXAMPLE_EXTENSIONS:
                    self.problem(pointer_join(ptr, key), f"unknown extension {key!r}")
            if not isinstance(ex.get("value"), str):
                self.problem(pointer_join(ptr, name), "an XML example needs a string `value`")
                continue
            yield Example(
                operation=op,
                direction=direction,  # type: ignore[arg-type]
                name=name,
                status=status,
                body=ex["value"],
                malformed=bool(ex.get("x-ci-malformed", False)),
            )

    def only(
        self, item: dict[str, Any], ptr: str, key: str, value: str, kind: str, on: str
    ) -> None:
        """`key`, when present, must be `value` on a property of kind `on`."""
        if key in item and (item[key] != value or kind != on):
            self.problem(f"{ptr}/{key}", f"only `{value}`, on a {on} property, is supported")

    # -- webhooks ----------------------------------------------------------------------------

    def webhooks(self, shapes: dict[str, ShapeDef]) -> list[WebhookDef]:
        """`webhooks`: each a `post` with a JSON body of a named shape and `x-ci-callback`
        {version, event, event-field} saying how `parse_callback` recognises it."""
        out = []
        for name, item in sorted((self.raw.get("webhooks") or {}).items()):
            ptr = pointer("webhooks", name)
            post = item.get("post") if isinstance(item, dict) else None
            if not isinstance(post, dict) or set(item) != {"post"}:
                self.problem(ptr, "a webhook must be a single `post`")
                continue
            ptr = pointer("webhooks", name, "post")
            for key in post:
                if key.startswith("x-") and key not in WEBHOOK_EXTENSIONS:
                    self.problem(pointer_join(ptr, key), f"unknown extension {key!r}")
            ext = post.get("x-ci-callback")
            if not isinstance(ext, dict) or set(ext) != {"version", "event", "event-field"}:
                self.problem(ptr, "needs x-ci-callback: {version, event, event-field}")
                continue
            content = ((post.get("requestBody") or {}).get("content") or {}).get("application/json")
            if not isinstance(content, dict):
                self.problem(ptr + "/requestBody", "needs an application/json body")
                continue
            shape = self.ref_name(content.get("schema") or {}, ptr + "/requestBody/schema")
            if shape is None or shape not in shapes:
                continue
            examples = tuple(
                (ex_name, json.dumps(ex.get("value"), ensure_ascii=False))
                for ex_name, ex in sorted((content.get("examples") or {}).items())
            )
            out.append(
                WebhookDef(
                    name=name,
                    summary=str(post.get("summary", "")).strip(),
                    shape=shape,
                    version=str(ext["version"]),
                    event=str(ext["event"]),
                    event_field=tuple(str(ext["event-field"]).split(".")),
                    examples=examples,
                    tag=self.tag(post, ptr),
                )
            )
        return out


def _member_name(member: object) -> str:
    """An enum member's Python name: `live_video` → `LIVE_VIDEO`, `NotHit` → `NOT_HIT`."""
    return re.sub(r"\W", "_", snake(str(member))).upper()


def _tokens(ptr: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]]


def pointer_join(ptr: str, token: str) -> str:
    return ptr + "/" + _escape(token)


def load_api(path: Path) -> Api:
    """Load, validate and lower a spec file. Raises `SpecError` listing every problem."""
    raw = load_document(path)
    low = _Lowering(str(path), raw)
    enums = low.enums()
    shapes = low.shapes()
    by_name = {s.name: s for s in shapes}
    operations = low.operations(by_name)
    webhooks = low.webhooks(by_name)
    hosts = low.hosts()
    if low.problems:  # a problem seen from two places (a host, a shared parameter) once
        raise SpecError(list(dict.fromkeys(low.problems)))
    server = (raw.get("servers") or [{}])[0]
    variables = server.get("variables") or {}
    return Api(
        title=raw["info"]["title"],
        version=str(raw["info"]["version"]),
        server_template=server.get("url", ""),
        default_scheme=str((variables.get("scheme") or {}).get("default", "https")),
        operations=tuple(operations),
        shapes=tuple(shapes),
        enums=tuple(enums),
        spec_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        webhooks=tuple(webhooks),
        hosts=tuple(hosts),
    )
