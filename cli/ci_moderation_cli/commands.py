"""One click command per operation, built at run time from its `OperationModel`.

Nothing here names an operation: path parameters become positional arguments, query
parameters options (`--service`, `--limit`), the request body's fields dotted options
(`shapes`), and the help text is the generated client method's docstring. Groups and
commands are built only when asked for, so `ci-moderation audio get` builds one command.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

import click

from ci_moderation import Client
from ci_moderation.core import OperationModel, QueryParamSpec
from ci_moderation.errors import CallbackError, CIError
from ci_moderation.jsoncodec import dump_json, read_json
from ci_moderation.model import ENUM, Model

from . import output, shapes
from .config import Settings
from .naming import ALIASES, Command, commands, kebab, snake

OUTPUTS = ("json", "jsonl", "table")


def method_doc(op: OperationModel[Any]) -> str:
    """The generated client method's docstring: the spec's summary and description."""
    return inspect.cleandoc(getattr(Client, snake(op.name)).__doc__ or op.name)


def _query_help(doc: str) -> dict[str, str]:
    """`- \\`service\\`: The kind …` lines of a method docstring, by python name."""
    found: dict[str, str] = {}
    for m in re.finditer(r"^- `(\w+)`: (.+?)(?=^- `|^\s*$|\Z)", doc, re.M | re.S):
        found[m.group(1)] = " ".join(m.group(2).split())
    return found


def _query_type(q: QueryParamSpec) -> click.ParamType[Any]:
    choices = q.choices
    if choices is not None:
        return click.Choice([str(m.value) for m in choices])
    if q.kind == "integer":
        return click.IntRange(q.minimum, q.maximum)
    if q.kind == "boolean":
        return click.BOOL
    return click.STRING


class OperationCommand(click.Command):
    """The command of one operation (see the module docstring)."""

    def __init__(self, command: Command, name: str, positional: tuple[str, ...] | None) -> None:
        op = command.operation
        self.op = op
        self.positional = positional  # a body field taken as an argument (`text check`)
        self.leaves: dict[str, shapes.Leaf] = {}
        self.queries: dict[str, QueryParamSpec] = {}
        doc = method_doc(op)
        qhelp = _query_help(doc)
        params: list[click.Parameter] = [
            click.Argument([p.attr], metavar=p.attr.upper()) for p in op.params
        ]
        if positional is not None:
            params.append(click.Argument(["positional"], metavar=positional[-1].upper()))
        for i, q in enumerate(x for x in op.query if x.const is None):
            key = f"q_{i}"
            self.queries[key] = q
            params.append(
                click.Option(
                    [f"--{kebab(q.attr)}", key],
                    type=_query_type(q),
                    required=q.required,
                    help=qhelp.get(q.attr, q.name),
                )
            )
        if op.input_cls is not None:
            for i, leaf in enumerate(shapes.leaves(op.input_cls)):
                if positional is not None and leaf.path == positional:
                    continue
                key = f"b_{i}"
                self.leaves[key] = leaf
                params.append(
                    click.Option(
                        [leaf.option, key],
                        multiple=leaf.multiple,
                        help=leaf.help(),
                        metavar=(leaf.spec.kind == ENUM and "WORD") or "VALUE",
                    )
                )
            body_help = "the whole body from FILE (- for stdin) instead of the field options"
            params += [
                click.Option(
                    ["--json", "json_file"],
                    type=click.File("rb"),
                    help=f"JSON, spec names as keys: {body_help}",
                ),
                click.Option(
                    ["--xml", "xml_file"], type=click.File("rb"), help=f"XML: {body_help}"
                ),
            ]
        params += output_options(paged=op.page is not None)
        short = doc.split("\n\n")[0].replace("\n", " ")
        http = f"{op.method} {op.path}"
        super().__init__(
            name,
            params=params,
            callback=self.run,
            help=f"{doc}\n\n{op.name}: {http}",
            short_help=short,
            no_args_is_help=False,
        )

    # -- running -----------------------------------------------------------------------------

    def body(self, kw: dict[str, Any]) -> Model | None:
        cls = self.op.input_cls
        if cls is None:
            return None
        given = {self.leaves[k]: kw.pop(k) for k in list(kw) if k in self.leaves}
        json_file: IO[bytes] | None = kw.pop("json_file", None)
        xml_file: IO[bytes] | None = kw.pop("xml_file", None)
        used = {leaf: v for leaf, v in given.items() if v not in (None, ())}
        if json_file is not None or xml_file is not None:
            if used or self.positional is not None or (json_file and xml_file):
                raise click.UsageError("give --json or --xml alone, not with field options")
            raw = (json_file or xml_file).read()  # type: ignore[union-attr]
            if xml_file is not None:
                try:
                    return cls.from_xml(raw)
                except CIError as exc:
                    raise click.BadParameter(exc.message, param_hint="--xml") from None
            try:
                document = json.loads(raw)
            except ValueError as exc:
                raise click.BadParameter(f"not JSON: {exc}", param_hint="--json") from None
            if not isinstance(document, dict):
                raise click.BadParameter("the body must be a JSON object", param_hint="--json")
            try:
                return read_json(document, cls.__ci_shape__, cls.__ci_shape__.xml_name)
            except CallbackError as exc:  # read_json's error type: the document is wrong
                raise click.BadParameter(exc.message, param_hint="--json") from None
        if self.positional is not None:
            spec = cls.__ci_shape__
            for attr in self.positional[:-1]:
                spec = next(f for f in spec.fields if f.attr == attr).target.__ci_shape__
            f = next(f for f in spec.fields if f.attr == self.positional[-1])
            used[shapes.Leaf(self.positional, f, spec.cls)] = kw.pop("positional")
        try:
            return shapes.build(cls, used)
        except shapes.BadValue as exc:
            raise click.UsageError(str(exc)) from None

    def run(self, **kw: Any) -> None:
        ctx = click.get_current_context()
        fmt = _format(kw)
        fetch_all = bool(kw.pop("all_pages", False))
        body = self.body(kw)
        path = {p.attr: kw.pop(p.attr) for p in self.op.params}
        query = {q.attr: kw.pop(k) for k, q in self.queries.items() if kw.get(k) is not None}
        args: dict[str, Any] = {**path, **query}
        if body is not None:
            args["body"] = body
        with client_for(ctx) as client, guarded():
            page = self.op.page
            if page is not None and fetch_all:
                args.pop(page.offset, None)
                name = "iter_" + snake(self.op.name).removeprefix("list_")
                items: Iterator[Model] = getattr(client, name)(**args)
                write_items((dump_json(i) for i in items), fmt)
                return
            response = getattr(client, snake(self.op.name) + "_detailed")(**args)
            document = dump_json(response.parsed)
            if response.request_id and "RequestId" not in document:
                document["RequestId"] = response.request_id
            if page is not None and fmt != "json":
                found: Any = response.parsed
                for attr in page.items:
                    found = getattr(found, attr, None)
                write_items((dump_json(i) for i in found or []), fmt)
            elif fmt == "table":
                output.key_value_table(document, sys.stdout)
            else:
                click.echo(output.dumps(document, pretty=fmt == "json"))


def output_options(*, paged: bool) -> list[click.Parameter]:
    params: list[click.Parameter] = [
        click.Option(
            ["--output", "-o", "output_format"],
            type=click.Choice(OUTPUTS),
            default=None,
            help="json (default): one document; jsonl: one line per item; table: aligned text",
        ),
        click.Option(["--jsonl", "jsonl"], is_flag=True, help="the same as --output jsonl"),
    ]
    if paged:
        params.append(
            click.Option(
                ["--all", "all_pages"],
                is_flag=True,
                help="every page (iterates; prints items, JSON lines unless --output table)",
            )
        )
    return params


def _format(kw: dict[str, Any]) -> str:
    fmt: str | None = kw.pop("output_format", None)
    if kw.pop("jsonl", False):
        if fmt not in (None, "jsonl"):
            raise click.UsageError("--jsonl and --output are exclusive")
        fmt = "jsonl"
    if fmt is None and kw.get("all_pages"):
        fmt = "jsonl"
    return fmt or "json"


def write_items(items: Iterator[dict[str, Any]], fmt: str) -> None:
    if fmt == "table":
        output.table(list(items), sys.stdout)
        return
    if fmt == "json":
        click.echo(output.dumps(list(items), pretty=True))
        return
    for item in items:
        click.echo(output.dumps(item, pretty=False))


class guarded:
    """Turns the client's errors into one line and the documented exit code."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, et: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if isinstance(exc, CIError):
            raise output.Failure.of(exc) from None


def settings_of(ctx: click.Context) -> Settings:
    root = ctx.find_root()
    settings: Settings | None = root.meta.get("ci.settings")
    if settings is None:
        given = dict(root.params)
        profile = given.pop("profile", None)
        with guarded():
            settings = Settings.resolve(given, profile)
        root.meta["ci.settings"] = settings
    return settings


def client_for(ctx: click.Context, **options: Any) -> Client:
    settings = settings_of(ctx)
    with guarded():
        return settings.client(**options)


class FamilyGroup(click.Group):
    """The commands of one family (spec tag), built on demand."""

    def __init__(self, family: str, description: str) -> None:
        super().__init__(family, help=description, short_help=description)
        self.family = family

    def _entries(self) -> dict[str, tuple[Command, tuple[str, ...] | None]]:
        entries: dict[str, tuple[Command, tuple[str, ...] | None]] = {}
        for name, c in commands()[self.family].items():
            entries[name] = (c, None)
            alias = ALIASES.get((self.family, name))
            if alias is not None:
                entries[alias[0]] = (c, alias[1])
        return entries

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._entries())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = self._entries().get(cmd_name)
        if entry is None:
            return None
        return OperationCommand(entry[0], cmd_name, entry[1])


def family_description(family: str) -> str:
    """The commands a family offers."""
    names = sorted(commands()[family])
    names += [a for (f, c), (a, _) in ALIASES.items() if f == family and c in names]
    return f"{family} operations: {', '.join(sorted(names))}"


Extra = Callable[[], click.Command]
