"""`ci-moderation batch`: moderate many objects, URLs or texts, resumably.

`batch submit --family F FILE|-` reads one item a line, gives line n the DataId
`<batch id>-<n>` (the batch id hashes the family, the `--set` options and the input), and
submits every item once, with bounded concurrency, through one sync `Client` (its rate
limits and retry policy: a submit is never retried once it may have created a job). The
state is a SQLite file (`store`): an item is recorded `sending` before its request and
`done` / `failed` / `unknown` after. Running the same command again resumes: done items are
skipped, items left `sending` by a crash or `unknown` are reported with their DataIds and
not sent again (unless `--resend-unknown`), failed ones are sent again with `--retry-failed`.

`batch wait --state FILE` polls the result query of every submitted job until it ends and
writes one verdict a line: label, result, score, offending sections and keywords.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import IO, Any

import click

from ci_moderation import Client
from ci_moderation.core import OperationModel
from ci_moderation.errors import CIError, OutcomeUnknownError, ServiceError
from ci_moderation.jsoncodec import dump_json
from ci_moderation.model import Model

from . import output, shapes
from .commands import client_for, guarded
from .naming import ALIASES, commands, snake
from .store import Item, Store

FINAL_STATES = ("Success", "Failed")
SOURCES = ("object", "url", "content")


def families() -> list[str]:
    """Families with a submit that carries a DataId and a result query: batchable."""
    return sorted(
        f
        for f, cs in commands().items()
        if "submit" in cs and "get" in cs and cs["submit"].operation.reconcile_field is not None
    )


class Family:
    """What a batch of one family needs from the model: the submit and get operations, the
    input element (a list of one for image batches) and the body's dotted options."""

    def __init__(self, name: str, settings: tuple[str, ...], source: str | None) -> None:
        cs = commands()[name]
        self.name = name
        self.submit: OperationModel[Any] = cs["submit"].operation
        self.get: OperationModel[Any] = cs["get"].operation
        cls = self.submit.input_cls
        assert cls is not None and self.submit.reconcile_field is not None
        self.cls = cls
        self.leaves = {leaf.option[2:]: leaf for leaf in shapes.leaves(cls)}
        self.input_path = self.submit.reconcile_field[:-1]  # ("input",)
        prefix = ".".join(self.input_path)
        self.fixed: dict[shapes.Leaf, Any] = {}
        for word in settings:
            key, sep, value = word.partition("=")
            leaf = self.leaves.get(key.strip())
            if not sep or leaf is None:
                choices = ", ".join(k for k in self.leaves if not k.startswith(prefix + "."))
                raise click.BadParameter(f"{word!r}: give PATH=VALUE, PATH one of {choices}")
            self.fixed[leaf] = (*self.fixed.get(leaf, ()), value) if leaf.multiple else value
        self.sources = [s for s in SOURCES if f"{prefix}.{s}" in self.leaves]
        alias = ALIASES.get((name, "submit"))
        default = "content" if alias is not None and alias[1][-1] == "content" else "object"
        if source is not None and source not in self.sources:
            raise click.BadParameter(
                f"{name} items can be {', '.join(self.sources)}", param_hint="--as"
            )
        self.source = source or (default if default in self.sources else self.sources[0])
        self.data_id_leaf = self.leaves[
            f"{prefix}.{self.submit.reconcile_field[-1]}".replace("_", "-")
        ]

    def source_of(self, text: str) -> str:
        url = text.startswith(("http://", "https://"))
        if self.source == "object" and url and "url" in self.sources:
            return "url"
        return self.source

    def request(self, text: str, data_id: str) -> Model:
        prefix = ".".join(self.input_path)
        given = dict(self.fixed)
        given[self.leaves[f"{prefix}.{self.source_of(text)}"]] = self.one(text)
        given[self.data_id_leaf] = self.one(data_id)
        return shapes.build(self.cls, given)

    def one(self, value: str) -> Any:
        return (value,) if self.data_id_leaf.repeat else value


def read_lines(source: IO[str]) -> list[str]:
    return [line.rstrip("\r\n") for line in source if line.strip()]


def batch_id_of(family: str, settings: tuple[str, ...], lines: list[str]) -> str:
    digest = hashlib.sha256(family.encode())
    for part in (*settings, "", *lines):
        digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


@click.group()
def batch() -> None:
    """Moderate many items from a file, resumably (submit, then wait for verdicts)."""


@batch.command("submit")
@click.option("--family", required=True, type=click.Choice(families()), help="what the items are")
@click.argument("source", type=click.File("r", encoding="utf-8"), metavar="FILE|-")
@click.option(
    "--set", "settings", multiple=True, metavar="PATH=VALUE",
    help="a body field for every item, e.g. conf.detect-type=Porn,Ads (repeatable)",
)  # fmt: skip
@click.option(
    "--as", "source_kind", type=click.Choice(SOURCES),
    help="what a line is (default: object key, or URL when it looks like one; text: content)",
)  # fmt: skip
@click.option("--concurrency", "-c", type=click.IntRange(1, 256), default=8, show_default=True)
@click.option("--state", type=click.Path(dir_okay=False, path_type=Path), help="state file")
@click.option("--resend-unknown", is_flag=True, help="send unknown items again (risk: 2 jobs)")
@click.option("--retry-failed", is_flag=True, help="send failed items again")
@click.option("--progress/--no-progress", default=None, help="default: on a terminal only")
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="JSON lines")
def submit(
    family: str,
    source: IO[str],
    settings: tuple[str, ...],
    source_kind: str | None,
    concurrency: int,
    state: Path | None,
    resend_unknown: bool,
    retry_failed: bool,
    progress: bool | None,
    out: IO[str],
) -> None:
    """Submit one moderation job per line of FILE (- for stdin), exactly once.

    Writes one JSON line per item (input, DataId, JobId or error), a summary on stderr.
    Re-run the same command to resume after a crash: items whose outcome is unknown are
    listed with their DataIds for reconciliation, not sent again."""
    fam = Family(family, settings, source_kind)
    lines = read_lines(source)
    bid = batch_id_of(family, settings, lines)
    path = state or Path(".ci-moderation") / f"batch-{bid}.db"
    store = Store(path)
    try:
        meta = store.meta()
        if not meta:
            store.create(
                {"batch_id": bid, "family": family, "operation": fam.submit.name,
                 "settings": json.dumps(settings), "source": fam.source},
                ((n, text, f"{bid}-{n}") for n, text in enumerate(lines, 1)),
            )  # fmt: skip
        elif meta.get("batch_id") != bid:
            raise click.UsageError(
                f"{path} holds batch {meta.get('batch_id')}, not this one ({bid}): "
                "another input, family or --set; give another --state"
            )
        code = _run(store, fam, concurrency, resend_unknown, retry_failed, progress, out)
    finally:
        store.close()
    sys.exit(code)


def _run(
    store: Store,
    fam: Family,
    concurrency: int,
    resend_unknown: bool,
    retry_failed: bool,
    progress: bool | None,
    out: IO[str],
) -> int:
    with store.transaction():  # in flight when the last run ended: outcome unknown
        for item in store.items("sending"):
            store.finish(item.line, "unknown", error="interrupted while sending", code="Crashed")
        if resend_unknown:
            store.requeue("unknown")
        if retry_failed:
            store.requeue("failed")
    for item in store.items("unknown"):
        out.write(output.dumps(item.record(reconcile=True), pretty=False) + "\n")
    todo = list(store.items("pending"))
    shown = sys.stderr.isatty() if progress is None else progress
    from tqdm import tqdm

    bar = tqdm(total=len(todo), unit="item", disable=not shown, file=sys.stderr, dynamic_ncols=True)
    ctx = click.get_current_context()
    interrupted = False
    with client_for(ctx) as client, ThreadPoolExecutor(concurrency) as pool:
        inflight: dict[Future[tuple[str, str | None, str | None, str | None]], Item] = {}
        queue = iter(todo)
        exhausted = stop = False
        while True:
            finished: set[Future[Any]] = set()
            if inflight and (len(inflight) >= concurrency or exhausted or stop):
                try:
                    finished, _ = wait(inflight, return_when=FIRST_COMPLETED)
                except KeyboardInterrupt:  # finish what is in flight, send nothing more
                    stop = interrupted = True
                    continue
            new: list[Item] = []
            while (
                not (stop or exhausted) and len(inflight) - len(finished) + len(new) < concurrency
            ):
                nxt = next(queue, None)
                if nxt is None:
                    exhausted = True
                else:
                    new.append(nxt)
            results = [(inflight.pop(f), f.result()) for f in finished]
            with store.transaction():  # one commit: results in, next items marked sending
                for item, (status, job_id, error, code) in results:
                    store.finish(item.line, status, job_id, error, code)
                for item in new:
                    store.mark_sending(item.line)
            for item, (status, job_id, error, code) in results:
                rec = Item(item.line, item.input, item.data_id, status, job_id, error, code)
                out.write(output.dumps(rec.record(), pretty=False) + "\n")
            if results:
                out.flush()
                bar.update(len(results))
            for item in new:  # sent only once `sending` is on disk
                inflight[pool.submit(_submit_one, client, fam, item)] = item
            if not inflight and (exhausted or stop):
                break
    bar.close()
    counts = store.counts()
    total = sum(counts.values())
    unknown = list(store.items("unknown"))
    summary = (
        f"batch {store.meta().get('batch_id')}: {total} items: {counts['done']} done, "
        f"{counts['failed']} failed, {counts['unknown']} unknown, {counts['pending']} pending"
        f" (state {store.path})"
    )
    click.echo(summary, err=True)
    if unknown:
        ids = " ".join(i.data_id for i in unknown[:10]) + (" …" if len(unknown) > 10 else "")
        click.echo(
            f"reconcile these by DataId before sending again (--resend-unknown): {ids}", err=True
        )
    if interrupted:
        return 130
    return output.OK if counts["done"] == total else output.PARTIAL_BATCH


def _submit_one(
    client: Client, fam: Family, item: Item
) -> tuple[str, str | None, str | None, str | None]:
    """(status, job id, error, error code) of one submit; never raises for a CI error."""
    try:
        body = fam.request(item.input, item.data_id)
        method = getattr(client, snake(fam.submit.name))
        parsed = method(body=body)
    except shapes.BadValue as exc:
        return "failed", None, str(exc), "BadValue"
    except CIError as exc:
        code = exc.code if isinstance(exc, ServiceError) else type(exc).__name__
        unknown = isinstance(exc, OutcomeUnknownError) or exc.maybe_processed
        return ("unknown" if unknown else "failed"), None, str(exc), code
    details = parsed.jobs_detail
    detail = details[0] if isinstance(details, list) and details else details
    job_id: str | None = getattr(detail, "job_id", None)
    if not job_id:
        refused: str | None = getattr(detail, "code", None)
        return "failed", None, getattr(detail, "message", None) or "no JobId", refused
    return "done", job_id, None, None


# -- wait ------------------------------------------------------------------------------------


def verdict(item: Item, detail: Model) -> dict[str, Any]:
    """The parts of a result a reviewer acts on, from any family's result model."""
    doc = dump_json(detail)
    out = item.record(
        State=doc.get("State"),
        Label=doc.get("Label"),
        Result=doc.get("Result"),
    )
    scores = [v.get("Score") for v in doc.values() if isinstance(v, dict) and "HitFlag" in v]
    score = doc.get("Score", max((s for s in scores if isinstance(s, int | float)), default=None))
    out["Score"] = score
    if doc.get("State") == "Failed":
        out["code"], out["error"] = doc.get("Code"), doc.get("Message")
    sections = []
    for key in ("Section", "PageSegment", "ImageSegment", "TextSegment", "AudioSection"):
        for s in _as_list(doc.get(key)):
            if isinstance(s, dict) and s.get("Result") not in (None, 0):
                sections.append(
                    {
                        k: v
                        for k, v in s.items()
                        if not isinstance(v, dict | list) or k == "Keywords"
                    }
                )
    out["Sections"] = sections
    out["Keywords"] = sorted(set(_keywords(doc)))
    return out


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _keywords(doc: Any) -> Iterator[str]:
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "Keywords":
                for word in _as_list(value):
                    if isinstance(word, str):
                        yield from (w for w in word.split(",") if w)
            else:
                yield from _keywords(value)
    elif isinstance(doc, list):
        for value in doc:
            yield from _keywords(value)


@batch.command("wait")
@click.option(
    "--state", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--interval", type=float, default=2.0, show_default=True, help="seconds")
@click.option("--timeout", type=float, default=None, help="give up after this many seconds")
@click.option("--concurrency", "-c", type=click.IntRange(1, 256), default=8, show_default=True)
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="JSON lines")
def wait_cmd(
    state: Path, interval: float, timeout: float | None, concurrency: int, out: IO[str]
) -> None:
    """Poll every submitted job of a batch until it ends; one verdict per line."""
    store = Store(state)
    try:
        meta = store.meta()
        if not meta:
            raise click.UsageError(f"{state} is not a batch state file")
        fam = commands()[meta["family"]]["get"].operation
        code = _wait(store, fam, interval, timeout, concurrency, out)
    finally:
        store.close()
    sys.exit(code)


def _wait(
    store: Store,
    get: OperationModel[Any],
    interval: float,
    timeout: float | None,
    concurrency: int,
    out: IO[str],
) -> int:
    deadline = None if timeout is None else time.monotonic() + timeout
    for item in store.items("done"):
        if item.verdict:
            out.write(item.verdict + "\n")
    method = snake(get.name)
    ctx = click.get_current_context()
    with client_for(ctx) as client, ThreadPoolExecutor(concurrency) as pool, guarded():
        while True:
            waiting = [i for i in store.items("done") if i.verdict is None and i.job_id]
            if not waiting:
                break
            results = list(pool.map(lambda i: getattr(client, method)(i.job_id), waiting))
            with store.transaction():
                for item, parsed in zip(waiting, results, strict=True):
                    details = parsed.jobs_detail
                    detail = details[0] if isinstance(details, list) else details
                    state_value = getattr(detail, "state", None)
                    state_text = getattr(state_value, "value", state_value)
                    if state_text in FINAL_STATES:
                        found = verdict(item, detail)
                        store.set_verdict(item.line, found)
                        out.write(output.dumps(found, pretty=False) + "\n")
            out.flush()
            if deadline is not None and time.monotonic() + interval > deadline:
                left = len([i for i in store.items("done") if i.verdict is None])
                if left:
                    click.echo(f"{left} jobs still running after {timeout} s", err=True)
                    return output.PARTIAL_BATCH
            time.sleep(interval)
    counts = store.counts()
    total = sum(counts.values())
    click.echo(
        f"batch {store.meta().get('batch_id')}: {counts['done']} of {total} items have a verdict",
        err=True,
    )
    return output.OK if counts["done"] == total else output.PARTIAL_BATCH


@batch.command("mark")
@click.option(
    "--state", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.argument("data_id")
@click.option("--job-id", help="the job CI created for it (found by reconciliation)")
@click.option("--not-sent", is_flag=True, help="CI has no job for it: send it on the next run")
def mark(state: Path, data_id: str, job_id: str | None, not_sent: bool) -> None:
    """Record the outcome of an unknown item once reconciled (by its DataId)."""
    if bool(job_id) == not_sent:
        raise click.UsageError("give exactly one of --job-id and --not-sent")
    store = Store(state)
    try:
        item = store.item(data_id)
        if item is None:
            raise click.BadParameter(f"no item has DataId {data_id}", param_hint="DATA_ID")
        with store.transaction():
            if job_id:
                store.finish(item.line, "done", job_id)
            else:
                store.finish(item.line, "pending")
    finally:
        store.close()


@batch.command("status")
@click.option(
    "--state", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def status(state: Path) -> None:
    """Counts by status, as one JSON document."""
    store = Store(state)
    try:
        click.echo(output.dumps({**store.meta(), **store.counts()}, pretty=True))
    finally:
        store.close()
