"""Load benchmark: concurrent live-job cancels with the generated AsyncClient against the
emulator on loopback. Not a test: it prints cancels/s, the error count and CPU per cancel.

The emulator runs in a child process, with rate limiting off and the live jobs seeded
before timing starts; the client side (rate limiting and retries off) runs in this process,
or split over `--processes` child processes.

    PYTHONPATH=generated:emulator python bench/emulator_load.py [-n 5000] [-c 8] [-p 2]

Target (issue 3): ≥ 2,000 cancels/s on the 2-core machine. The emulator's own CPU (one
process) is part of the figure; httpcore needs `sniffio` installed (a runtime dependency)
or it pays a failed import on every async request.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import time
from multiprocessing.connection import Connection

import uvicorn

from ci_emulator import EmulatorConfig, create_app, emulator_of
from ci_emulator.server import loopback_socket, uvicorn_config
from ci_moderation import AsyncClient, CIError, Credentials, RetryPolicy

CREDS = ("AKIDbench0123456789", "bench-secret-key")


def serve(count: int, conn: Connection) -> None:
    """Child process: seed `count` live jobs, report (port, ids), serve until terminated."""
    config = EmulatorConfig(credentials=(Credentials(*CREDS),), rate_limits={}, tick_interval=None)
    app = create_app(config)
    ids = [emulator_of(app).seed_live_job(data_id=f"d{i}") for i in range(count)]
    sock = loopback_socket()
    conn.send((sock.getsockname()[1], ids))
    uvicorn.Server(uvicorn_config(app, "error")).run(sockets=[sock])


async def cancel_all(base_url: str, ids: list[str], concurrency: int, transport: str) -> int:
    """Cancel every id with `concurrency` workers sharing one client; return the errors."""
    client = AsyncClient(
        base_url=base_url, credentials=Credentials(*CREDS), rate_limit=False,
        retry=RetryPolicy(max_attempts=1), max_connections=concurrency, transport=transport,
    )  # fmt: skip
    errors = 0
    queue = iter(ids)

    async def worker() -> None:
        nonlocal errors
        for job_id in queue:
            try:
                await client.cancel_live_auditing_job(job_id=job_id)
            except CIError:
                errors += 1

    async with client:
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return errors


def client_process(
    base_url: str, ids: list[str], concurrency: int, transport: str, conn: Connection
) -> None:
    asyncio.run(cancel_all(base_url, ids[:50], concurrency, transport))  # warm up
    conn.send("ready")
    conn.recv()  # start together
    cpu = time.process_time()
    errors = asyncio.run(cancel_all(base_url, ids[50:], concurrency, transport))
    conn.send((errors, time.process_time() - cpu))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("-n", "--cancels", type=int, default=5000)
    p.add_argument("-c", "--concurrency", type=int, default=64, help="in-flight per process")
    p.add_argument("-p", "--processes", type=int, default=1, help="client processes")
    p.add_argument("-t", "--transport", default="stdlib", choices=["stdlib", "httpx"])
    args = p.parse_args()
    spawn = mp.get_context("spawn")
    warmup = 50 * args.processes
    parent, child = spawn.Pipe()
    server = spawn.Process(target=serve, args=(args.cancels + warmup, child), daemon=True)
    server.start()
    clients: list[tuple[mp.process.BaseProcess, Connection]] = []
    try:
        port, ids = parent.recv()
        base_url = f"http://127.0.0.1:{port}"
        share = -(-len(ids) // args.processes)
        for i in range(args.processes):
            mine, theirs = spawn.Pipe()
            part = ids[i * share : (i + 1) * share]
            proc = spawn.Process(
                target=client_process,
                args=(base_url, part, args.concurrency, args.transport, theirs),
                daemon=True,
            )
            proc.start()
            clients.append((proc, mine))
        for _, conn in clients:
            conn.recv()  # every client imported and warmed up
        assert server.pid is not None
        server_cpu = cpu_seconds(server.pid)
        started = time.perf_counter()
        for _, conn in clients:
            conn.send("go")
        results = [conn.recv() for _, conn in clients]
        elapsed = time.perf_counter() - started
        server_cpu = cpu_seconds(server.pid) - server_cpu
    finally:
        for client, _ in clients:
            client.join(timeout=10)
        server.terminate()
        server.join()
    count = args.cancels
    errors = sum(e for e, _ in results)
    client_cpu = sum(c for _, c in results)
    print(
        f"{count} cancels, {args.processes} client process(es) × {args.concurrency} in flight"
        f" ({args.transport} transport)"
        f": {elapsed:.2f} s, "
        f"{count / elapsed:,.0f} cancels/s, {errors} errors; CPU per cancel: "
        f"client {client_cpu / count * 1e6:.0f} µs, server {server_cpu / count * 1e6:.0f} µs"
    )


if __name__ == "__main__":
    main()
