"""How fast can a batch record "sending" then "done" per item, durably? (issue 11)

Compares the two crash-safe stores the CLI could use: SQLite in WAL mode with
synchronous=FULL (one transaction per state change), and an append-only JSON-lines journal
with an fsync per line. Prints durable state changes per second for each, in a temporary
directory on the same file system as the working directory (or `--dir`).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time


def sqlite_wal(path: str, n: int) -> float:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE items (line INTEGER PRIMARY KEY, status TEXT, job_id TEXT)")
    start = time.perf_counter()
    for i in range(n):
        db.execute("INSERT INTO items VALUES (?, 'sending', NULL)", (i,))
        db.execute("UPDATE items SET status='done', job_id=? WHERE line=?", (f"job{i}", i))
    elapsed = time.perf_counter() - start
    db.close()
    return 2 * n / elapsed


def sqlite_grouped(path: str, n: int, group: int = 8) -> float:
    """As the CLI writes: every change a loop turn has (results in, items out) in one commit."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE items (line INTEGER PRIMARY KEY, status TEXT, job_id TEXT)")
    start = time.perf_counter()
    for base in range(0, n, group):
        db.execute("BEGIN")
        for i in range(base, min(n, base + group)):
            db.execute(
                "UPDATE items SET status='done', job_id=? WHERE line=?", (f"job{i}", i - group)
            )
            db.execute("INSERT INTO items VALUES (?, 'sending', NULL)", (i,))
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return 2 * n / elapsed


def journal(path: str, n: int) -> float:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    start = time.perf_counter()
    for i in range(n):
        for rec in ({"line": i, "status": "sending"}, {"line": i, "status": "done", "job": i}):
            os.write(fd, (json.dumps(rec) + "\n").encode())
            os.fsync(fd)
    elapsed = time.perf_counter() - start
    os.close(fd)
    return 2 * n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=2000, help="items (two state changes each)")
    parser.add_argument("--dir", default=".", help="where the files go (a temporary subfolder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        wal = sqlite_wal(os.path.join(tmp, "state.db"), args.n)
        grouped = sqlite_grouped(os.path.join(tmp, "grouped.db"), args.n)
        log = journal(os.path.join(tmp, "state.jsonl"), args.n)
    print(f"durable state changes per second ({args.n} items, 2 changes each):")
    print(f"  SQLite WAL, synchronous=FULL  {wal:10,.0f}/s")
    print(f"  SQLite WAL, 8 items a commit  {grouped:10,.0f}/s")
    print(f"  append + fsync journal        {log:10,.0f}/s")


if __name__ == "__main__":
    main()
