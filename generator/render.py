"""IR → files: one Jinja template per generated module, runtime modules copied, then ruff.

Output is deterministic: sorted inputs, no timestamps, and formatting with ruff in isolated
mode (fixed settings, so the bytes do not depend on where the package is written).
"""

from __future__ import annotations

import keyword
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from . import ir
from .ir import Api

HERE = Path(__file__).parent
RUNTIME = HERE / "runtime"
TEMPLATES = HERE / "templates"
LINE_LENGTH = 100
#: Generated modules: output file → template.
GENERATED = {
    "__init__.py": "__init__.py.jinja",
    "models/__init__.py": "models_init.py.jinja",
    "operations.py": "operations.py.jinja",
    "client.py": "client.py.jinja",
    "callbacks.py": "callbacks.py.jinja",
}
_PY_TYPES = {
    "string": "str", "integer": "int", "boolean": "bool", "datetime": "datetime",
    "number": "float",
}  # fmt: skip
_KIND_CONST = {
    "string": "STRING", "integer": "INTEGER", "boolean": "BOOLEAN",
    "datetime": "DATETIME", "enum": "ENUM", "shape": "SHAPE", "number": "NUMBER",
}  # fmt: skip


def annotation(f: ir.FieldDef) -> str:
    if f.kind == "shape":
        item = f.ref or ""
    elif f.kind == "enum":
        # Plain values stay accepted, and unknown ones CI adds later parse as such.
        item = f"{f.ref} | {'int' if f.ref in _INT_ENUMS else 'str'}"
    elif f.base64:
        item = "str | bytes"  # text is sent as its UTF-8 bytes; read back as text when it is
    else:
        item = _PY_TYPES[f.kind]
    if f.is_list:  # never None: an absent repeated element is an empty list
        return f"list[{item}]"
    return item if f.required else f"{item} | None"


_INT_ENUMS: set[str] = set()


def fieldspec(f: ir.FieldDef) -> str:
    args = [repr(f.xml_name), repr(f.py_name), _KIND_CONST[f.kind]]
    if f.ref:
        args.append(f.ref)
    opts: dict[str, Any] = {
        "is_list": f.is_list,
        "comma": f.list_style == "comma" and f.is_list,
        "required": f.required,
        "max_bytes": f.max_bytes,
        "min_length": f.min_length,
        "max_length": f.max_length,
        "minimum": f.minimum,
        "maximum": f.maximum,
        "min_items": f.min_items,
        "pattern": f.pattern,
        "url": f.url,
        "base64": f.base64,
        "colon_offset": f.colon_offset,
    }
    args += [f"{k}={v!r}" for k, v in opts.items() if v is not None and v is not False]
    return ", ".join(args)


def init_default(f: ir.FieldDef) -> str:
    """The default of a field's `__init__` parameter: none when the spec requires it."""
    if f.fixed_member:
        return f" = {f.ref}.{f.fixed_member}"
    if f.is_list and not f.required:
        return " = NEW_LIST"
    return "" if f.required else " = None"


def init_value(f: ir.FieldDef) -> str:
    """What `__init__` stores for the parameter of the same name."""
    if f.is_list and not f.required:
        return f"[] if {f.py_name} is NEW_LIST else {f.py_name}"
    return f.py_name


def xml_writer(f: ir.FieldDef) -> str:
    """The `xmlcodec` helper a generated `_write_xml` calls for this field."""
    if f.is_list:
        return "comma" if f.list_style == "comma" else "repeated"
    return "child" if f.kind == "shape" else "leaf"


def queryspec(q: ir.QueryParam) -> str:
    args = [repr(q.name), repr(q.py_name), repr(q.kind)]
    opts: dict[str, Any] = {
        "required": q.required,
        "const": q.const,
        "min_length": q.min_length,
        "max_length": q.max_length,
        "max_bytes": q.max_bytes,
        "minimum": q.minimum,
        "maximum": q.maximum,
        "url": q.url,
    }
    args += [f"{k}={v!r}" for k, v in opts.items() if v is not None and v is not False]
    if q.pattern is not None:
        args.append(f"pattern={q.pattern!r}")
    if q.enum is not None:
        args.append(f"enum={q.enum!r}")
    return ", ".join(args)


def query_annotation(q: ir.QueryParam) -> str:
    py = f"models.{q.enum} | {_PY_TYPES[q.kind]}" if q.enum else _PY_TYPES[q.kind]
    return py if q.required else f"{py} | None = None"


def docstring(text: str, indent: int) -> str:
    """Docstring body: escaped, long lines wrapped to fit the line length with quotes."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    width = LINE_LENGTH - indent - 6
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        rows = paragraph.splitlines()
        if all(len(row) <= width for row in rows):
            lines.extend(row.rstrip() for row in rows)
        elif any(row.lstrip().startswith("- ") for row in rows):  # a list: wrap item by item
            for row in rows:
                lines.extend(textwrap.wrap(row, width) if len(row) > width else [row.rstrip()])
        else:  # prose: reflow the paragraph, so a long line does not leave a stub behind
            lines.extend(textwrap.wrap(" ".join(row.strip() for row in rows), width))
    return ("\n" + " " * indent).join(lines)


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - the output is Python source, not HTML
    )
    env.filters.update(
        pyrepr=repr,
        annotation=annotation,
        fieldspec=fieldspec,
        xml_writer=xml_writer,
        init_default=init_default,
        init_value=init_value,
        docstring=docstring,
        queryspec=queryspec,
        query_annotation=query_annotation,
    )
    return env


def _error_names() -> list[str]:
    """Public exception and record names of the runtime's errors module, in file order."""
    import ast

    tree = ast.parse((RUNTIME / "errors.py").read_text(encoding="utf-8"))
    return [n.name for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")]


#: The models module of shapes and enums more than one family uses.
COMMON = "common"


def model_modules(api: Api) -> dict[str, tuple[list[ir.EnumDef], list[ir.ShapeDef]]]:
    """Models by module: each family (an operation's or webhook's first tag) gets the shapes
    and enums only it reaches; what several reach is in `common`. A common shape reaches only
    common ones (what it reaches, every family reaching it reaches too), so family modules
    import from `common` and never from each other."""
    shapes = {s.name: s for s in api.shapes}
    reach: dict[str, set[str]] = {}

    def walk(name: str, tag: str, seen: set[str]) -> None:
        if name in seen:
            return
        seen.add(name)
        reach.setdefault(name, set()).add(tag)
        for f in shapes[name].fields if name in shapes else ():
            if f.ref:
                walk(f.ref, tag, seen)

    for op in api.operations:
        for root in (op.input_shape, op.output_shape, op.error_shape):
            if root:
                walk(root, op.tag, set())
        for q in op.query_params:
            if q.enum:
                walk(q.enum, op.tag, set())
    for w in api.webhooks:
        walk(w.shape, w.tag, set())

    owners = {n: next(iter(t)) if len(t) == 1 else COMMON for n, t in reach.items()}
    # A shape no operation reaches is common; so is everything a common shape refers to.
    pending = [n for n in shapes if owners.setdefault(n, COMMON) == COMMON]
    while pending:
        for f in shapes[pending.pop()].fields:
            if f.ref and owners.get(f.ref) != COMMON:
                owners[f.ref] = COMMON
                if f.ref in shapes:
                    pending.append(f.ref)

    def owner(name: str) -> str:
        return owners.get(name, COMMON)

    modules: dict[str, tuple[list[ir.EnumDef], list[ir.ShapeDef]]] = {COMMON: ([], [])}
    for e in api.enums:
        modules.setdefault(owner(e.name), ([], []))[0].append(e)
    for sh in api.shapes:
        modules.setdefault(owner(sh.name), ([], []))[1].append(sh)
    return dict(sorted(modules.items(), key=lambda kv: (kv[0] != COMMON, kv[0])))


def render(api: Api) -> dict[str, str]:
    """Every file of the package, by relative path, before formatting."""
    env = _env()
    _INT_ENUMS.clear()
    _INT_ENUMS.update(e.name for e in api.enums if e.value_type == "integer")
    kinds = sorted({_KIND_CONST[f.kind] for s in api.shapes for f in s.fields})
    errors = _error_names()
    all_names = sorted(
        ["AsyncClient", "Callback", "Client", "Credentials", "Endpoint", "Response",
         "RetryPolicy", "SPEC_SHA256", "SPEC_VERSION", "UnknownElement", "parse_callback"]
        + errors + [e.name for e in api.enums] + [s.name for s in api.shapes]
    )  # fmt: skip
    modules = model_modules(api)
    ctx = {
        "api": api, "kinds_used": kinds, "error_names": errors, "all_names": all_names,
        "modules": modules,
    }  # fmt: skip
    files = {out: env.get_template(tpl).render(**ctx) for out, tpl in GENERATED.items()}
    common = {n.name for n in modules[COMMON][0]} | {n.name for n in modules[COMMON][1]}
    for module, (enums, shapes) in modules.items():
        used = sorted({f.ref for sh in shapes for f in sh.fields if f.ref and f.ref in common})
        files[f"models/{module}.py"] = env.get_template("models.py.jinja").render(
            **ctx,
            module=module,
            enums=enums,
            shapes=shapes,
            common_imports=[] if module == COMMON else used,
            module_kinds=sorted({_KIND_CONST[f.kind] for sh in shapes for f in sh.fields}),
        )
    for src in sorted(RUNTIME.glob("*.py")):
        if src.name in files:
            raise RuntimeError(f"runtime module {src.name} clashes with a generated one")
        files[src.name] = src.read_text(encoding="utf-8")
    files["py.typed"] = ""
    return files


def _ruff(*args: str) -> None:
    cmd = [sys.executable, "-m", "ruff", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}{proc.stderr}")


def write_package(api: Api, out_dir: Path, package: str) -> Path:
    """Write `out_dir/package/`, replacing what was there; return the package path."""
    if not package.isidentifier() or keyword.iskeyword(package) or package.startswith("__"):
        raise ValueError(f"package name {package!r} is not a usable Python package name")
    files = render(api)
    target = out_dir / package
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=f".{package}-") as tmp:
        staging = Path(tmp) / package
        staging.mkdir()
        for name, text in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8", newline="\n")
        fmt = ["--isolated", "--line-length", str(LINE_LENGTH), "--target-version", "py311"]
        _ruff("check", *fmt, "--select", "I,F401", "--fix", "--quiet", str(staging))
        _ruff("format", *fmt, "--quiet", str(staging))
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging), str(target))
    return target
