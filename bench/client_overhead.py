"""Client CPU per call, codec and cold import, each beside its floor measured in the same run.

Method (issue 9):
- A stub server in its own process (bench/stub_server.py) answers fixed bytes over
  keep-alive on 127.0.0.1; nothing here talks to any other host (proxy variables are
  dropped from this process's environment first).
- Every client x operation is a unit. Each round runs every unit for `calls` calls, in an
  order rotated by one each round, so load moves every figure alike. The figure of a block is
  `time.process_time()` of this process (all its threads) per call; a row reports the min
  and the median over the rounds. A row's ratio is the median over rounds of
  (row ÷ floor in the same round), so a busy moment hits both sides of a ratio.
- Submit (`create_audio_auditing_job`) builds its request model on every call, as users do;
  the raw floors post the very bytes the binding serializes, with the same header set
  prebuilt. Cancel (`cancel_live_auditing_job`) cycles over 34-character job ids and posts
  no body, in every client (the stub answers 400 to a cancel with a body, and each unit's
  first call is checked).
- Codec: serialize the seed request model + parse the seed response, beside a hand-written
  lxml floor that builds the same tree and reads the fields directly (same hardened parser).
- Cold import: `import ci_moderation`, and import + first `Client()`, timed inside fresh
  interpreters that see the package as a plain (non-editable) install would: a copy of the
  package, compiled, on sys.path and no .pth files run (the dev venv's editable finder
  preloads re, enum, pathlib, urllib.parse… and would hide their cost).

Optional rows: `requests` and urllib3 (dev extra), the official `cos-python-sdk-v5` and
aiohttp (`bench` extra: "not installed" without them), `Client(transport="stdlib")` ("n/a" until the
Client accepts `transport=`).

Run: make bench (full), make bench-quick (a smoke run under 20 s; CI runs it).
This is a benchmark: targets not met never fail it; a client that errors does.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import gc
import http.client
import importlib
import inspect
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from lxml import etree

import ci_moderation
from ci_moderation import (
    AsyncClient,
    AudioAuditingRequest,
    AudioAuditingResponse,
    AudioConf,
    AudioInput,
    Client,
    Credentials,
    DetectType,
    core,
    operations,
)

HERE = Path(__file__).parent
PACKAGE_DIR = Path(ci_moderation.__file__).parent
SUBMIT_PATH = "/audio/auditing"
CANCEL_PREFIX = "/video/cancel_auditing/"
CREDS = Credentials("AKIDbench0123456789abcdefghijklmnop", "bench-secret-key-0123456789abcdef")
BUCKET = "examplebucket-1250000000"
# Realistic live-job ids: 34 characters, "av" + 32 hex digits, cycled over.
_RNG = random.Random(9)
JOB_IDS = tuple(f"av{_RNG.getrandbits(128):032x}" for _ in range(64))
assert all(len(j) == 34 for j in JOB_IDS)

# The seed documents (spec: CreateAudioAuditingJob examples "seed"), whitespace as published.
SEED_RESPONSE = (
    b"<Response>\n\t\t\t<JobsDetail>\n\t\t\t\t<JobId>vab1ca9fc8a3ed11ea834c525400863904</JobId>\n"
    b"\t\t\t\t<State>Submitted</State>\n"
    b"\t\t\t\t<CreationTime>2019-07-07T12:12:12+0800</CreationTime>\n"
    b"\t\t\t</JobsDetail>\n</Response>\n"
)


def submit_body() -> AudioAuditingRequest:
    """The request model, built per call as users build it."""
    return AudioAuditingRequest(
        input=AudioInput(object="a.mp4", data_id="d-1"),
        conf=AudioConf(
            detect_type=[DetectType.PORN, DetectType.POLITICS], callback="http://callback.com/"
        ),
    )


def seed_request() -> AudioAuditingRequest:
    return AudioAuditingRequest(
        input=AudioInput(object="a.mp4"),
        conf=AudioConf(
            detect_type=[DetectType.PORN, DetectType.POLITICS], callback="http://callback.com/"
        ),
    )


PREBUILT = submit_body().to_xml()  # the floors post exactly what the binding serializes
# The floors send the binding's header set, prebuilt once (the stub checks no signature).
_signed = core.sign(
    core.prepare(operations.CREATE_AUDIO_AUDITING_JOB, submit_body()),
    "http://127.0.0.1",
    "127.0.0.1",
    "",
    CREDS,
    time.time(),
)
AUTHORIZATION = _signed.headers["authorization"]
SUBMIT_HEADERS = {"content-type": "application/xml", "authorization": AUTHORIZATION}
CANCEL_HEADERS = {"authorization": AUTHORIZATION}


def optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def version_of(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


# -- units -------------------------------------------------------------------------------------

Block = Callable[[int], None]  # runs n calls


@dataclass
class Row:
    """One client (or codec side): a block per operation, or why it has none."""

    key: str
    label: str
    blocks: dict[str, Block] = field(default_factory=dict)
    missing: str = ""  # "not installed", "n/a (...)": printed instead of figures
    samples: dict[str, list[float]] = field(default_factory=dict)


def sync_blocks(submit: Callable[[], object], cancel: Callable[[str], object]) -> dict[str, Block]:
    def run_submit(n: int) -> None:
        for _ in range(n):
            submit()

    def run_cancel(n: int) -> None:
        ids = JOB_IDS
        for i in range(n):
            cancel(ids[i & 63])

    return {"submit": run_submit, "cancel": run_cancel}


def async_blocks(
    runner: asyncio.Runner,
    submit: Callable[[], Awaitable[object]],
    cancel: Callable[[str], Awaitable[object]],
) -> dict[str, Block]:
    async def many_submit(n: int) -> None:
        for _ in range(n):
            await submit()

    async def many_cancel(n: int) -> None:
        ids = JOB_IDS
        for i in range(n):
            await cancel(ids[i & 63])

    return {
        "submit": lambda n: runner.run(many_submit(n)),
        "cancel": lambda n: runner.run(many_cancel(n)),
    }


def expect(ok: bool, what: str) -> None:
    if not ok:
        raise SystemExit(f"bench: {what}")


def check_raw(status: int, body: bytes, op: str, who: str) -> None:
    """A floor's first answer: 200 and the document of its operation (so cancel sent no body)."""
    want = b"<Response><JobsDetail><DataId>" + (b"d-1" if op == "submit" else b"123-fdrsg-123")
    expect(status == 200 and body.startswith(want), f"{who} {op}: got {status} {body[:80]!r}")


def stdlib_row(port: int, closers: list[Callable[[], object]]) -> Row:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    closers.append(conn.close)

    def submit() -> tuple[int, bytes]:
        conn.request("POST", SUBMIT_PATH, PREBUILT, SUBMIT_HEADERS)
        resp = conn.getresponse()
        return resp.status, resp.read()

    def cancel(job_id: str) -> tuple[int, bytes]:
        conn.request("POST", CANCEL_PREFIX + job_id, None, CANCEL_HEADERS)  # Content-Length: 0
        resp = conn.getresponse()
        return resp.status, resp.read()

    check_raw(*submit(), "submit", "http.client")
    check_raw(*cancel(JOB_IDS[0]), "cancel", "http.client")
    return Row("http.client", "raw `http.client`, prebuilt bytes", sync_blocks(submit, cancel))


def httpx_row(base: str, closers: list[Callable[[], object]]) -> Row:
    raw = httpx.Client(base_url=base)
    closers.append(raw.close)

    def submit() -> httpx.Response:
        return raw.post(SUBMIT_PATH, content=PREBUILT, headers=SUBMIT_HEADERS)

    def cancel(job_id: str) -> httpx.Response:
        return raw.post(CANCEL_PREFIX + job_id, headers=CANCEL_HEADERS)

    for op, r in (("submit", submit()), ("cancel", cancel(JOB_IDS[0]))):
        check_raw(r.status_code, r.content, op, "httpx")
    return Row("httpx", "raw `httpx.Client`, prebuilt bytes", sync_blocks(submit, cancel))


def requests_row(base: str, closers: list[Callable[[], object]]) -> Row:
    label = "raw `requests.Session`, prebuilt bytes"
    requests = optional("requests")
    if requests is None:
        return Row("requests", label, missing="not installed (dev extra)")
    session = requests.Session()
    closers.append(session.close)

    def submit() -> Any:
        return session.post(base + SUBMIT_PATH, data=PREBUILT, headers=SUBMIT_HEADERS)

    def cancel(job_id: str) -> Any:
        return session.post(base + CANCEL_PREFIX + job_id, headers=CANCEL_HEADERS)

    for op, r in (("submit", submit()), ("cancel", cancel(JOB_IDS[0]))):
        check_raw(r.status_code, r.content, op, "requests")
    return Row("requests", label, sync_blocks(submit, cancel))


def urllib3_row(port: int, closers: list[Callable[[], object]]) -> Row:
    label = "raw urllib3 `HTTPConnectionPool`, prebuilt bytes"
    urllib3 = optional("urllib3")
    if urllib3 is None:
        return Row("urllib3", label, missing="not installed")
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1)
    closers.append(pool.close)

    def submit() -> Any:
        return pool.urlopen(
            "POST", SUBMIT_PATH, body=PREBUILT, headers=SUBMIT_HEADERS, retries=False
        )

    def cancel(job_id: str) -> Any:
        return pool.urlopen("POST", CANCEL_PREFIX + job_id, headers=CANCEL_HEADERS, retries=False)

    for op, r in (("submit", submit()), ("cancel", cancel(JOB_IDS[0]))):
        check_raw(r.status, r.data, op, "urllib3")
    return Row("urllib3", label, sync_blocks(submit, cancel))


def sdk_row(port: int) -> Row:
    label = f"official `cos-python-sdk-v5` {version_of('cos-python-sdk-v5')}"
    qcloud_cos = optional("qcloud_cos")
    if qcloud_cos is None:
        return Row("sdk", "official `cos-python-sdk-v5`", missing="not installed ('.[bench]')")
    # IP + Port make every URL http://127.0.0.1:port/… (the bucket's host goes in the Host
    # header only): the SDK never resolves or contacts Tencent's hosts here.
    config = qcloud_cos.CosConfig(
        Region="ap-guangzhou",
        SecretId=CREDS.secret_id,
        SecretKey=CREDS.secret_key,
        Scheme="http",
        IP="127.0.0.1",
        Port=port,
    )
    sdk = qcloud_cos.CosS3Client(config, retry=0)
    ci_detect = importlib.import_module("qcloud_cos.cos_comm").CiDetectType
    detect = ci_detect.PORN | ci_detect.POLITICS

    def submit() -> Any:
        return sdk.ci_auditing_audio_submit(
            Bucket=BUCKET,
            Key="a.mp4",
            DetectType=detect,
            Callback="http://callback.com/",
            CallbackVersion=None,
            DataId="d-1",
        )

    def cancel(job_id: str) -> Any:
        return sdk.ci_auditing_live_video_cancle(Bucket=BUCKET, JobID=job_id)

    got = submit(), cancel(JOB_IDS[0])
    expect(
        got[0]["JobsDetail"]["DataId"] == "d-1"
        and got[1]["JobsDetail"]["DataId"] == "123-fdrsg-123",
        f"official SDK: unexpected answers {got!r}",
    )
    return Row("sdk", label, sync_blocks(submit, cancel))


def binding_row(
    key: str, label: str, base: str, closers: list[Callable[[], object]], **kw: Any
) -> Row:
    client = Client(base_url=base, credentials=CREDS, rate_limit=False, **kw)
    closers.append(client.close)

    def submit() -> object:
        return client.create_audio_auditing_job(submit_body())

    def cancel(job_id: str) -> object:
        return client.cancel_live_auditing_job(job_id)

    expect(submit_job_ok(submit()), f"{label}: submit answer")
    expect(cancel_job_ok(cancel(JOB_IDS[0])), f"{label}: cancel answer")
    return Row(key, label, sync_blocks(submit, cancel))


def submit_job_ok(parsed: object) -> bool:
    return getattr(getattr(parsed, "jobs_detail", None), "data_id", None) == "d-1"


def cancel_job_ok(parsed: object) -> bool:
    return getattr(getattr(parsed, "jobs_detail", None), "data_id", None) == "123-fdrsg-123"


def asyncio_row(runner: asyncio.Runner, port: int, closers: list[Callable[[], object]]) -> Row:
    """The async floor: asyncio streams, one keep-alive connection, prebuilt request bytes,
    the answer read by its Content-Length (what any asyncio HTTP/1.1 client must do)."""

    async def connect() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection("127.0.0.1", port)

    reader, writer = runner.run(connect())
    closers.append(writer.close)

    def request(path: str, body: bytes, headers: dict[str, str]) -> bytes:
        lines = [f"POST {path} HTTP/1.1", f"host: 127.0.0.1:{port}"]
        lines += [f"{k}: {v}" for k, v in headers.items()] + [f"content-length: {len(body)}"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    submit_bytes = request(SUBMIT_PATH, PREBUILT, SUBMIT_HEADERS)
    cancel_bytes = {j: request(CANCEL_PREFIX + j, b"", CANCEL_HEADERS) for j in JOB_IDS}

    async def exchange(data: bytes) -> tuple[int, bytes]:
        writer.write(data)
        head = await reader.readuntil(b"\r\n\r\n")
        found = re.search(rb"(?i)\r\ncontent-length: *([0-9]+)", head)
        assert found is not None
        return int(head[9:12]), await reader.readexactly(int(found.group(1)))

    def raw_submit() -> Awaitable[tuple[int, bytes]]:
        return exchange(submit_bytes)

    def raw_cancel(job_id: str) -> Awaitable[tuple[int, bytes]]:
        return exchange(cancel_bytes[job_id])

    async def check() -> None:
        check_raw(*await raw_submit(), "submit", "asyncio streams")
        check_raw(*await raw_cancel(JOB_IDS[0]), "cancel", "asyncio streams")

    runner.run(check())
    label = "raw asyncio streams, prebuilt bytes, sequential awaits"
    return Row("asyncio", label, async_blocks(runner, raw_submit, raw_cancel))


def aiohttp_row(runner: asyncio.Runner, base: str, closers: list[Callable[[], object]]) -> Row:
    """The other asyncio candidate the issue names: aiohttp (`bench` extra), raw."""
    label = "raw `aiohttp.ClientSession`, prebuilt bytes, sequential awaits"
    aiohttp = optional("aiohttp")
    if aiohttp is None:
        return Row("aiohttp", label, missing="not installed")

    async def make() -> Any:
        return aiohttp.ClientSession(base_url=base)

    session = runner.run(make())
    closers.append(lambda: runner.run(session.close()))

    async def exchange(path: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
        async with session.post(path, data=body, headers=headers) as answer:
            return answer.status, await answer.read()

    def raw_submit() -> Awaitable[tuple[int, bytes]]:
        return exchange(SUBMIT_PATH, PREBUILT, SUBMIT_HEADERS)

    def raw_cancel(job_id: str) -> Awaitable[tuple[int, bytes]]:
        return exchange(CANCEL_PREFIX + job_id, None, CANCEL_HEADERS)

    async def check() -> None:
        check_raw(*await raw_submit(), "submit", "aiohttp")
        check_raw(*await raw_cancel(JOB_IDS[0]), "cancel", "aiohttp")

    runner.run(check())
    return Row("aiohttp", label, async_blocks(runner, raw_submit, raw_cancel))


def async_rows(runner: asyncio.Runner, base: str, closers: list[Callable[[], object]]) -> list[Row]:
    async def make() -> tuple[httpx.AsyncClient, AsyncClient, AsyncClient, AsyncClient]:
        yours = httpx.AsyncClient()  # a caller's own client, as httpx makes it by default
        closers.append(lambda: runner.run(yours.aclose()))
        return (
            httpx.AsyncClient(base_url=base),
            AsyncClient(base_url=base, credentials=CREDS, rate_limit=False),
            AsyncClient(base_url=base, credentials=CREDS, rate_limit=False, transport="httpx"),
            AsyncClient(base_url=base, credentials=CREDS, rate_limit=False, http_client=yours),
        )

    raw, client, on_httpx, on_yours = runner.run(make())
    closers.append(lambda: runner.run(raw.aclose()))
    closers.append(lambda: runner.run(client.aclose()))
    closers.append(lambda: runner.run(on_httpx.aclose()))
    closers.append(lambda: runner.run(on_yours.aclose()))

    def yours_submit() -> Awaitable[object]:
        return on_yours.create_audio_auditing_job(submit_body())

    def yours_cancel(job_id: str) -> Awaitable[object]:
        return on_yours.cancel_live_auditing_job(job_id)

    def httpx_submit() -> Awaitable[object]:
        return on_httpx.create_audio_auditing_job(submit_body())

    def httpx_cancel(job_id: str) -> Awaitable[object]:
        return on_httpx.cancel_live_auditing_job(job_id)

    def raw_submit() -> Awaitable[httpx.Response]:
        return raw.post(SUBMIT_PATH, content=PREBUILT, headers=SUBMIT_HEADERS)

    def raw_cancel(job_id: str) -> Awaitable[httpx.Response]:
        return raw.post(CANCEL_PREFIX + job_id, headers=CANCEL_HEADERS)

    def submit() -> Awaitable[object]:
        return client.create_audio_auditing_job(submit_body())

    def cancel(job_id: str) -> Awaitable[object]:
        return client.cancel_live_auditing_job(job_id)

    async def check() -> None:
        for op, r in (("submit", await raw_submit()), ("cancel", await raw_cancel(JOB_IDS[0]))):
            check_raw(r.status_code, r.content, op, "httpx.AsyncClient")
        expect(submit_job_ok(await submit()), "AsyncClient: submit answer")
        expect(cancel_job_ok(await cancel(JOB_IDS[0])), "AsyncClient: cancel answer")

    runner.run(check())
    return [
        Row(
            "httpx-async",
            "raw `httpx.AsyncClient`, prebuilt bytes, sequential awaits",
            async_blocks(runner, raw_submit, raw_cancel),
        ),
        Row(
            "async",
            "binding `AsyncClient`, default transport (stdlib), sequential awaits",
            async_blocks(runner, submit, cancel),
        ),
        Row(
            "async-httpx",
            'binding `AsyncClient(transport="httpx")` (httpcore\'s pool), sequential awaits',
            async_blocks(runner, httpx_submit, httpx_cancel),
        ),
        Row(
            "async-yours",
            "binding `AsyncClient(http_client=<your httpx.AsyncClient>)`, sequential awaits",
            async_blocks(runner, yours_submit, yours_cancel),
        ),
    ]


def codec_rows() -> list[Row]:
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
    model = seed_request()
    detect = [DetectType.PORN, DetectType.POLITICS]

    def floor() -> tuple[bytes, str | None, str | None, datetime]:
        root = etree.Element("Request")
        inp = etree.SubElement(root, "Input")
        etree.SubElement(inp, "Object").text = "a.mp4"
        conf = etree.SubElement(root, "Conf")
        etree.SubElement(conf, "DetectType").text = ",".join(d.value for d in detect)
        etree.SubElement(conf, "Callback").text = "http://callback.com/"
        body = etree.tostring(root)
        doc = etree.fromstring(SEED_RESPONSE, parser)
        job = doc.find("JobsDetail")
        assert job is not None
        created = datetime.fromisoformat(job.findtext("CreationTime", "").strip())
        return body, job.findtext("JobId"), job.findtext("State"), created

    def binding() -> tuple[bytes, AudioAuditingResponse]:
        return model.to_xml(), AudioAuditingResponse.from_xml(SEED_RESPONSE)

    body, parsed = binding()
    expect(body == floor()[0], "codec: the floor builds another document than the binding")
    expect(parsed.jobs_detail.job_id == floor()[1], "codec: the floor reads another job id")

    def block(fn: Callable[[], object]) -> Block:
        def run(n: int) -> None:
            for _ in range(n):
                fn()

        return run

    return [
        Row("codec-floor", "hand-written lxml: build tree + read fields", {"codec": block(floor)}),
        Row("codec", "binding codec: `to_xml()` + `from_xml()`", {"codec": block(binding)}),
    ]


# -- measuring ---------------------------------------------------------------------------------


def measure(rows: list[Row], rounds: int, calls: int) -> None:
    units = [(row, op, run) for row in rows for op, run in row.blocks.items()]
    for _row, _op, run in units:  # warm up: connections, caches, lazy imports
        run(max(10, calls // 4))
    for r in range(rounds):
        k = r % len(units)
        for row, op, run in units[k:] + units[:k]:
            gc.collect()
            start = time.process_time()
            run(calls)
            row.samples.setdefault(op, []).append((time.process_time() - start) / calls * 1e6)


def cold_import(runs: int, base: str) -> tuple[float, float, float, float]:
    """Medians (ms) of: a bare interpreter's start-up (wall), `import ci_moderation`,
    import + first `Client()`, and import + `Client()` + a first submit to the stub at `base`
    (each timed inside its fresh process), over `runs` processes each, interleaved, from a
    plain copy of the package (compiled, as pip installs it)."""
    import sysconfig

    purelib = sysconfig.get_paths()["purelib"]
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(
            PACKAGE_DIR, Path(tmp) / "ci_moderation", ignore=shutil.ignore_patterns("__pycache__")
        )
        compileall.compile_dir(tmp, quiet=1)
        # -I -S: no PYTHONPATH, no .pth files (the editable finder); `import site` still
        # loads what site loads at every start-up (os, stat, posixpath...).
        prelude = f"import site, sys, time; sys.path[:0] = [{tmp!r}, {purelib!r}]; "
        timed = {
            "import": "import ci_moderation",
            "client": (
                "import ci_moderation; ci_moderation.Client(base_url='http://127.0.0.1:9', "
                "credentials=ci_moderation.Credentials('AKIDx', 'k')).close()"
            ),
            "first": (
                f"import ci_moderation as m; c = m.Client(base_url={base!r}, "
                "credentials=m.Credentials('AKIDx', 'k')); c.create_audio_auditing_job("
                "m.AudioAuditingRequest(input=m.AudioInput(object='a.mp4'), "
                "conf=m.AudioConf(biz_type='b'))); c.close()"
            ),
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

        def child(code: str) -> float:
            out = subprocess.run(
                [sys.executable, "-I", "-S", "-c", code],
                check=True, capture_output=True, text=True, env=env,
            )  # fmt: skip
            return float(out.stdout)

        def one(what: str) -> float:
            if what == "bare":
                start = time.perf_counter()
                subprocess.run([sys.executable, "-I", "-c", "pass"], check=True, env=env)
                return (time.perf_counter() - start) * 1000
            code = f"t = time.perf_counter(); {timed[what]}; "
            code += "print((time.perf_counter() - t) * 1000)"
            return child(prelude + code)

        for what in timed:
            one(what)  # caches warm, bytecode written
        samples: dict[str, list[float]] = {"bare": [], **{what: [] for what in timed}}
        for _ in range(runs):
            for what in samples:
                samples[what].append(one(what))
    return tuple(statistics.median(samples[w]) for w in samples)  # type: ignore[return-value]


# -- the table ---------------------------------------------------------------------------------


@dataclass
class Spec:
    floor: str  # row key of the floor
    target: float
    at_least: bool = False  # the ratio must be >= target (the official SDK's lead)


def ratio(row: Row, floor: Row, op: str) -> float:
    """Median over rounds of row ÷ floor, each pair from the same round."""
    return statistics.median(a / b for a, b in zip(row.samples[op], floor.samples[op], strict=True))


def fmt_us(samples: list[float]) -> str:
    return f"{statistics.median(samples):,.0f} ({min(samples):,.0f})"


def table(
    rows: list[Row], specs: dict[str, Spec], imports: tuple[float, float, float, float]
) -> str:
    by_key = {r.key: r for r in rows}
    out = [
        "| client | submit µs med (min) | cancel µs med (min) | floor | ratio submit | "
        "ratio cancel | target | met |",
        "|---|---:|---:|---|---:|---:|---|---|",
    ]
    for row in rows:
        if row.key.startswith("codec"):
            continue
        if row.missing:
            out.append(f"| {row.label} | {row.missing} | | | | | | |")
            continue
        cells = [row.label, fmt_us(row.samples["submit"]), fmt_us(row.samples["cancel"])]
        spec = specs.get(row.key)
        floor = by_key.get(spec.floor) if spec else None
        if spec is None or floor is None or floor.missing:
            base = by_key["http.client"]
            rs = [ratio(row, base, op) for op in ("submit", "cancel")]
            note = "floor" if spec is None else f"({spec.floor} missing)"
            cells += ["÷ raw http.client", *(f"{x:.2f}×" for x in rs), note, "—"]
        else:
            rs = [ratio(row, floor, op) for op in ("submit", "cancel")]
            ok = all((x >= spec.target) if spec.at_least else (x <= spec.target) for x in rs)
            sign = "≥" if spec.at_least else "≤"
            cells += [
                f"÷ {floor.label}" if not spec.at_least else f"÷ {floor.label} (SDK ÷ binding)",
                *(f"{x:.2f}×" for x in rs),
                f"{sign} {spec.target}×",
                "met" if ok else "NOT MET",
            ]
        out.append("| " + " | ".join(cells) + " |")
    codec, codec_floor = by_key["codec"], by_key["codec-floor"]
    r = ratio(codec, codec_floor, "codec")
    out.append(
        f"| {codec.label} | {fmt_us(codec.samples['codec'])} (serialize + parse) | | "
        f"÷ {codec_floor.label}: {fmt_us(codec_floor.samples['codec'])} µs | {r:.2f}× | | ≤ 2× | "
        f"{'met' if r <= 2 else 'NOT MET'} |"
    )
    bare, imp, cli, first = imports
    for label, ms, target in (
        ("cold `import ci_moderation`", imp, 45.0),
        ("cold import + first `Client()`", cli, 60.0),
        ("cold import + `Client()` + first submit (loads lxml and the audio models)", first, None),
    ):
        out.append(
            f"| {label} | {ms:.1f} ms over a bare interpreter | | bare interpreter start-up: "
            f"{bare:.1f} ms (wall) | | | "
            + ("— | — |" if target is None else f"≤ {target:.0f} ms | ")
            + ("" if target is None else f"{'met' if ms <= target else 'NOT MET'} |")
        )
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="tiny counts: a smoke run (< 20 s)")
    ap.add_argument("--rounds", type=int, help="rounds (default 30; quick 3)")
    ap.add_argument("--calls", type=int, help="calls per unit per round (default 100; quick 80)")
    ap.add_argument("--imports", type=int, help="fresh processes per import row (default 21)")
    args = ap.parse_args()
    rounds = args.rounds or (3 if args.quick else 30)
    calls = args.calls or (80 if args.quick else 100)
    import_runs = args.imports or (5 if args.quick else 21)

    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(var, None)  # loopback only, whatever the environment says
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

    load_before = os.getloadavg()
    started = time.perf_counter()
    stub = subprocess.Popen(
        [sys.executable, str(HERE / "stub_server.py")], stdout=subprocess.PIPE, text=True
    )
    closers: list[Callable[[], object]] = []
    runner = asyncio.Runner()
    try:
        assert stub.stdout is not None
        port = int(stub.stdout.readline())
        base = f"http://127.0.0.1:{port}"

        params = inspect.signature(Client).parameters
        has_transport = "transport" in params
        default = "httpx"
        if has_transport:  # what a plain Client() runs on (its transports list the default first)
            default = params["transport"].default or getattr(Client, "_TRANSPORTS", ("httpx",))[0]
        default_name = default if default in ("httpx", "stdlib") else f"{default!r}"
        default_floor = "http.client" if default == "stdlib" else "httpx"
        default_target = 1.3 if default == "stdlib" else 1.15

        rows = [
            stdlib_row(port, closers),
            httpx_row(base, closers),
            requests_row(base, closers),
            urllib3_row(port, closers),
            binding_row(
                "binding", f"binding `Client`, default transport ({default_name})", base, closers
            ),
        ]
        specs = {
            "binding": Spec(default_floor, default_target),
            "stdlib-binding": Spec("http.client", 1.3),
            "httpx-binding": Spec("httpx", 1.15),
            "async": Spec("asyncio", 1.3),
            "async-httpx": Spec("httpx-async", 1.3),
            "httpx-yours": Spec("httpx", 1.15),
            "async-yours": Spec("httpx-async", 1.3),
            "sdk": Spec("binding", 4.0, at_least=True),
        }
        stdlib_label = 'binding `Client(transport="stdlib")`'
        if not has_transport:
            rows.append(Row("stdlib-binding", stdlib_label, missing="n/a (no `transport=` yet)"))
        elif default != "stdlib":
            rows.append(
                binding_row("stdlib-binding", stdlib_label, base, closers, transport="stdlib")
            )
        if has_transport and default != "httpx":
            label = 'binding `Client(transport="httpx")` (httpcore\'s pool)'
            rows.append(binding_row("httpx-binding", label, base, closers, transport="httpx"))
        yours = httpx.Client()  # a caller's own client, as httpx makes it by default
        closers.append(yours.close)
        label = "binding `Client(http_client=<your httpx.Client>)`"
        rows.append(binding_row("httpx-yours", label, base, closers, http_client=yours))
        rows.append(asyncio_row(runner, port, closers))
        rows.append(aiohttp_row(runner, base, closers))
        rows += async_rows(runner, base, closers)
        rows.append(sdk_row(port))
        rows += codec_rows()

        measure(rows, rounds, calls)
        imports = cold_import(import_runs, base)
    finally:
        for close in reversed(closers):
            close()
        runner.close()
        stub.terminate()
        stub.wait()

    load_after = os.getloadavg()
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    print(
        f"## Client CPU per call ({'quick smoke run' if args.quick else 'full run'}): "
        f"{rounds} rounds × {calls} calls per client and operation, interleaved; "
        f"import: median of {import_runs} fresh processes"
    )
    print(
        f"machine: {cores} cores ({usable} usable), {platform.machine()}, "
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"load average {load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f} "
        f"before, {load_after[0]:.2f} / {load_after[1]:.2f} / {load_after[2]:.2f} after; "
        f"httpx {version_of('httpx')}, requests {version_of('requests')}, "
        f"urllib3 {version_of('urllib3')}, lxml {version_of('lxml')}"
    )
    print(
        "µs: client process CPU (`time.process_time`) per call, median (min) over rounds; "
        "ratio: median over rounds of row ÷ floor, same round"
    )
    print()
    print(table(rows, specs, imports))
    print()
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
