"""Command-line options from a request model's `__ci_shape__`, and a model from their values.

Every scalar field of the body becomes one dotted option named after its python path in
kebab case (`--input.object`, `--conf.detect-type`, `--conf.freeze.porn-score`). A list of
scalars takes commas when the spec says so (`--conf.detect-type Porn,Ads`) and repeats
otherwise; a field inside a repeated element (`Keywords` of a text library) repeats too, the
n-th occurrence going to the n-th element. Help comes from the field docstrings in the
generated model's source. What dotted options cannot say, `--json FILE` / `--xml FILE` can.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import sys
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any

from ci_moderation.model import (
    BOOLEAN,
    DATETIME,
    ENUM,
    INTEGER,
    NUMBER,
    SHAPE,
    FieldSpec,
    Model,
)

from .naming import kebab

#: How deep dotted options go (the spec's bodies are three levels deep at most).
MAX_DEPTH = 5


class BadValue(ValueError):
    """A value or a combination of options the model cannot take (exit code 2)."""


@dataclass(frozen=True, slots=True)
class Leaf:
    """One dotted option: the python path to a scalar field, and where a repeated element
    sits on that path (`repeat` is the length of its path, 0 when there is none)."""

    path: tuple[str, ...]
    spec: FieldSpec
    owner: type[Model]
    repeat: int = 0

    @property
    def option(self) -> str:
        return "--" + ".".join(kebab(a) for a in self.path)

    @property
    def multiple(self) -> bool:
        return self.repeat > 0 or (self.spec.is_list and not self.spec.comma)

    def help(self) -> str:
        parts = [(field_doc(self.owner, self.spec.attr) or self.spec.xml_name).rstrip(".")]
        target = self.spec.target
        if self.spec.kind == ENUM and isinstance(target, type) and issubclass(target, Enum):
            parts.append("one of " + ", ".join(str(m.value) for m in target))
        if self.spec.is_list and self.spec.comma:
            parts.append("comma-separated")
        if self.repeat:
            parts.append("repeat: one per repeated element")
        elif self.multiple:
            parts.append("repeatable")
        if self.spec.required and not _has_default(self.owner, self.spec.attr):
            parts.append("required")
        return "; ".join(parts)


def leaves(cls: type[Model]) -> list[Leaf]:
    """Every dotted option of a request model, in field order."""
    out: list[Leaf] = []
    _walk(cls, (), 0, 0, out)
    return out


def _walk(
    cls: type[Model], prefix: tuple[str, ...], repeat: int, depth: int, out: list[Leaf]
) -> None:
    for f in cls.__ci_shape__.fields:
        path = (*prefix, f.attr)
        if f.kind != SHAPE:
            out.append(Leaf(path, f, cls, repeat))
        elif depth < MAX_DEPTH and not (f.is_list and repeat):  # one repeated level only
            _walk(f.target, path, len(path) if f.is_list else repeat, depth + 1, out)


@cache
def _docs(module_name: str) -> dict[tuple[str, str], str]:
    """(class, attribute) → the docstring under the field in the generated source."""
    module = sys.modules.get(module_name)
    try:
        tree = ast.parse(inspect.getsource(module)) if module is not None else None
    except (OSError, TypeError):
        tree = None
    found: dict[tuple[str, str], str] = {}
    for node in tree.body if tree is not None else []:
        if not isinstance(node, ast.ClassDef):
            continue
        body = node.body
        for stmt, nxt in itertools.pairwise(body):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(nxt, ast.Expr)
                and isinstance(nxt.value, ast.Constant)
                and isinstance(nxt.value.value, str)
            ):
                found[(node.name, stmt.target.id)] = " ".join(nxt.value.value.split())
    return found


def field_doc(cls: type[Any], attr: str) -> str:
    return _docs(cls.__module__).get((cls.__name__, attr), "")


def model_doc(cls: type[Any]) -> str:
    return inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0]


# -- values → a model ----------------------------------------------------------------------


def convert(spec: FieldSpec, text: str) -> Any:
    """One command-line word as the field's python value."""
    kind = spec.kind
    try:
        if kind == INTEGER:
            return int(text)
        if kind == NUMBER:
            return float(text)
        if kind == BOOLEAN:
            low = text.lower()
            if low not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(text)
            return low in ("true", "1", "yes")
        if kind == DATETIME:
            return datetime.fromisoformat(text)
    except ValueError:
        raise BadValue(f"{text!r} is not a valid {_KINDS.get(kind, 'value')}") from None
    if kind == ENUM and isinstance(spec.target, type) and issubclass(spec.target, Enum):
        values = [m.value for m in spec.target]
        if values and all(isinstance(v, int) for v in values) and text.lstrip("-").isdigit():
            return int(text)
    return text


_KINDS = {INTEGER: "integer", NUMBER: "number", BOOLEAN: "boolean", DATETIME: "timestamp"}


def field_value(leaf: Leaf, given: Any) -> Any:
    """A leaf's option value(s) as the model field wants them (a list for list fields)."""
    words = list(given) if isinstance(given, tuple | list) else [given]
    if leaf.spec.comma:
        words = [w.strip() for word in words for w in str(word).split(",") if w.strip()]
    values = [convert(leaf.spec, str(w)) for w in words]
    return values if leaf.spec.is_list else values[-1]


def build(cls: type[Model], given: dict[Leaf, Any]) -> Model:
    """The request model from the dotted options given (`Leaf` → click's value).
    A required part nobody filled is built empty when it can be (`Conf` with no options)."""
    tree: dict[str, Any] = {}
    for leaf, raw in given.items():
        if raw is None or raw == ():
            continue
        if leaf.repeat:
            outer, inner = leaf.path[: leaf.repeat], leaf.path[leaf.repeat :]
            items = _slot(tree, outer[:-1]).setdefault(outer[-1], [])
            occurrences = list(raw) if isinstance(raw, tuple | list) else [raw]
            while len(items) < len(occurrences):
                items.append({})
            for item, word in zip(items, occurrences, strict=False):
                one = Leaf(inner, leaf.spec, leaf.owner)
                _slot(item, inner[:-1])[inner[-1]] = field_value(one, word)
        else:
            _slot(tree, leaf.path[:-1])[leaf.path[-1]] = field_value(leaf, raw)
    return _make(cls, tree, "")


def _slot(tree: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    for attr in path:
        tree = tree.setdefault(attr, {})
    return tree


def _make(cls: type[Model], values: dict[str, Any], prefix: str) -> Model:
    kwargs: dict[str, Any] = {}
    for f in cls.__ci_shape__.fields:
        option = f"--{prefix}{kebab(f.attr)}"
        if f.attr in values:
            value = values[f.attr]
            if f.kind == SHAPE:
                sub = f"{prefix}{kebab(f.attr)}."
                value = (
                    [_make(f.target, v, sub) for v in value]
                    if f.is_list
                    else _make(f.target, value, sub)
                )
            kwargs[f.attr] = value
        elif f.required and f.kind == SHAPE and not f.is_list:
            kwargs[f.attr] = _make(f.target, {}, f"{prefix}{kebab(f.attr)}.")
        elif f.required and not _has_default(cls, f.attr):  # `Type: live_video` fills itself
            shown = f"{option}.*" if f.kind == SHAPE else option
            raise BadValue(f"missing {shown} ({f.xml_name} is required), or give --json/--xml")
    return cls(**kwargs)


def _has_default(cls: type[Model], attr: str) -> bool:
    """Whether the model fills the field itself (a one-value enum such as `Type`)."""
    import inspect

    param = inspect.signature(cls).parameters.get(attr)
    return param is not None and param.default is not inspect.Parameter.empty
