"""`ci-moderation batch submit` at scale against the emulator: throughput, the CLI's peak
memory, and how long a resumed run takes to find nothing left to do. Not a test.

The emulator runs in its own process (rate limits off: this measures the client, since CI's
own per-bucket limit is what bounds a real batch); the CLI runs as users run it, in a
subprocess, reading N object keys from a file.

    python bench/batch_scale.py [-n 100000] [-c 16]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import uvicorn

from ci_emulator import EmulatorConfig, create_app
from ci_emulator.server import loopback_socket, uvicorn_config
from ci_moderation import Credentials

ROOT = Path(__file__).resolve().parent.parent
CREDS = ("AKIDbatchbench01", "batch-bench-secret")


def serve(conn: Connection) -> None:
    config = EmulatorConfig(credentials=(Credentials(*CREDS),), rate_limits={}, tick_interval=None)
    sock = loopback_socket()
    conn.send(sock.getsockname()[1])
    uvicorn.Server(uvicorn_config(create_app(config), "error")).run(sockets=[sock])


def run_cli(args: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, the child's peak RSS (KiB) and its stderr's last line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "ci_moderation_cli", *args],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"the CLI failed ({done.returncode}): {done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    last = (done.stderr.strip().splitlines() or [""])[-1]
    return elapsed, max(peak, before), last


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", "--items", type=int, default=100_000)
    ap.add_argument("-c", "--concurrency", type=int, default=16)
    args = ap.parse_args()
    spawn = mp.get_context("spawn")
    parent, child = spawn.Pipe()
    server = spawn.Process(target=serve, args=(child,), daemon=True)
    server.start()
    try:
        port = parent.recv()
        env = {
            **{k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")},
            "CI_BASE_URL": f"http://127.0.0.1:{port}",
            "TENCENTCLOUD_SECRET_ID": CREDS[0],
            "TENCENTCLOUD_SECRET_KEY": CREDS[1],
            "PYTHONPATH": os.pathsep.join(str(ROOT / d) for d in ("generated", "emulator", "cli")),
        }
        with tempfile.TemporaryDirectory() as tmp:
            keys = Path(tmp) / "keys.txt"
            keys.write_text("".join(f"clips/item-{i:06d}.mp3\n" for i in range(args.items)))
            state = Path(tmp) / "batch.db"
            common = [
                "batch", "submit", "--family", "audio", "--state", str(state),
                "--concurrency", str(args.concurrency), "--out", os.devnull, str(keys),
            ]  # fmt: skip
            first, peak, summary = run_cli(common, env)
            resumed, _, resumed_summary = run_cli(common, env)
            size = state.stat().st_size + sum(
                p.stat().st_size for p in Path(tmp).glob("batch.db-*")
            )
    finally:
        server.terminate()
        server.join()
    print(f"batch submit of {args.items:,} audio items, {args.concurrency} in flight, emulator in")
    print("its own process (rate limits off; a real batch is bound by CI's per-bucket rate):")
    print(f"  first run   {first:7.1f} s  {args.items / first:8,.0f} items/s   CLI peak RSS "
          f"{peak / 1024:.0f} MiB   state file {size / 1e6:.1f} MB")  # fmt: skip
    print(f"              {summary}")
    print(f"  resumed run {resumed:7.1f} s  (nothing left to send)   {resumed_summary}")


if __name__ == "__main__":
    main()
