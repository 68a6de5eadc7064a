"""Per-call client CPU and cold import, beside baselines measured in the same run.

Baselines: stdlib http.client and a raw httpx.Client posting prebuilt bytes to the same stub.
Target (issue 2): the generated client within 1.15x of raw httpx; cold import <= 45 ms
over the interpreter's own start-up.
Run: make bench
"""

from __future__ import annotations

import http.client
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from ci_moderation import (
    AudioAuditingRequest,
    AudioConf,
    AudioInput,
    Client,
    Credentials,
    RetryPolicy,
)

HERE = Path(__file__).parent
CALLS = 2000
ROUNDS = 5
PREBUILT = (
    b"<Request><Input><Object>a.mp4</Object><DataId>d-1</DataId></Input><Conf>"
    b"<DetectType>Porn,Politics</DetectType><Callback>http://callback.com/</Callback></Conf>"
    b"</Request>"
)


def cpu_per_call(fn: Callable[[], object]) -> float:
    """Median over rounds of client-process CPU µs per call."""
    for _ in range(200):
        fn()  # warm up: connections, caches
    samples = []
    for _ in range(ROUNDS):
        start = time.process_time()
        for _ in range(CALLS):
            fn()
        samples.append((time.process_time() - start) / CALLS * 1e6)
    return statistics.median(samples)


def import_ms(module: str) -> float:
    """Median wall ms of `python -c 'import module'` minus bare interpreter start."""

    def run(code: str) -> float:
        times = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    return run(f"import {module}") - run("pass")


def main() -> None:
    stub = subprocess.Popen(
        [sys.executable, str(HERE / "stub_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert stub.stdout is not None
        port = int(stub.stdout.readline())
        base = f"http://127.0.0.1:{port}"
        conn = http.client.HTTPConnection("127.0.0.1", port)

        def stdlib() -> object:
            conn.request("POST", "/audio/auditing", PREBUILT, {"content-type": "application/xml"})
            return conn.getresponse().read()

        raw = httpx.Client(base_url=base)

        def raw_httpx() -> object:
            return raw.post(
                "/audio/auditing", content=PREBUILT, headers={"content-type": "application/xml"}
            ).content

        client = Client(
            base_url=base,
            credentials=Credentials("AKIDbench", "benchkey"),
            retry=RetryPolicy(max_attempts=1),
            rate_limit=False,
        )
        body = AudioAuditingRequest(
            input=AudioInput(object="a.mp4", data_id="d-1"),
            conf=AudioConf(detect_type=["Porn", "Politics"], callback="http://callback.com/"),
        )
        rows = [
            ("stdlib http.client, prebuilt bytes (floor)", cpu_per_call(stdlib)),
            ("raw httpx.Client, prebuilt bytes (baseline)", cpu_per_call(raw_httpx)),
            ("ci_moderation create_audio_auditing_job", cpu_per_call(
                lambda: client.create_audio_auditing_job(body))),
            ("ci_moderation cancel_live_auditing_job", cpu_per_call(
                lambda: client.cancel_live_auditing_job(job_id="sa0123456789abcdef"))),
        ]  # fmt: skip
        baseline = rows[1][1]
        print(f"client CPU per call, median of {ROUNDS} rounds x {CALLS} calls")
        for name, us in rows:
            print(f"  {name:<46} {us:8.1f} µs   {us / baseline:5.2f}x raw httpx")
        print("cold import (ms over a bare interpreter)")
        for module in ("httpx", "lxml.etree", "ci_moderation"):
            print(f"  import {module:<39} {import_ms(module):8.1f} ms")
    finally:
        stub.terminate()
        stub.wait()


if __name__ == "__main__":
    main()
