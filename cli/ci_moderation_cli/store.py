"""The state of a batch: one SQLite file in WAL mode with synchronous=FULL.

Why SQLite and not an append+fsync journal (bench/state_store.py, this machine): one durable
change costs one fsync either way (≈4,300–4,800/s for SQLite, ≈5,200–5,600/s for the
journal, a few hundred a second on a busy disk), but SQLite commits every change a loop turn
has at once (≈42,000–45,000 changes/s at 8 items a commit), answers "what is still to do"
with an index instead of a journal replay, and never needs compacting at 100,000 items.

Each item moves `pending` → `sending` (committed BEFORE its request is sent) → `done` /
`failed` / `unknown`. A crash leaves an item `sending` at worst: the next run marks it
`unknown` and reports its DataId instead of sending it again.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    line INTEGER PRIMARY KEY,
    input TEXT NOT NULL,
    data_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'done', 'failed', 'unknown')),
    job_id TEXT,
    error TEXT,
    code TEXT,
    sends INTEGER NOT NULL DEFAULT 0,
    updated REAL,
    verdict TEXT
);
CREATE INDEX IF NOT EXISTS items_status ON items (status);
"""
STATUSES = ("pending", "sending", "done", "failed", "unknown")


@dataclass(frozen=True, slots=True)
class Item:
    line: int
    input: str
    data_id: str
    status: str
    job_id: str | None = None
    error: str | None = None
    code: str | None = None
    verdict: str | None = None

    def record(self, **extra: Any) -> dict[str, Any]:
        """The item as one JSON line of output."""
        out: dict[str, Any] = {"line": self.line, "input": self.input, "DataId": self.data_id}
        out["status"] = self.status
        if self.job_id:
            out["JobId"] = self.job_id
        if self.error:
            out["error"] = self.error
        if self.code:
            out["code"] = self.code
        out.update(extra)
        return out


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def create(self, meta: dict[str, str], inputs: Iterable[tuple[int, str, str]]) -> None:
        """A new batch: its description and every item, `pending`, in one transaction."""
        with self.transaction():
            self.db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            self.db.executemany("INSERT INTO items (line, input, data_id) VALUES (?, ?, ?)", inputs)

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def counts(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT status, count(*) FROM items GROUP BY status"))
        return {s: int(found.get(s, 0)) for s in STATUSES}

    def items(self, *statuses: str) -> Iterator[Item]:
        marks = ",".join("?" * len(statuses))
        query = "SELECT line, input, data_id, status, job_id, error, code, verdict FROM items"
        if statuses:
            query += f" WHERE status IN ({marks})"  # bound parameters
        for row in self.db.execute(query + " ORDER BY line", statuses).fetchall():
            yield Item(*row)

    def item(self, data_id: str) -> Item | None:
        row = self.db.execute(
            "SELECT line, input, data_id, status, job_id, error, code, verdict FROM items "
            "WHERE data_id = ?",
            (data_id,),
        ).fetchone()
        return Item(*row) if row else None

    # Writes inside a transaction -------------------------------------------------------

    def mark_sending(self, line: int) -> None:
        self.db.execute(
            "UPDATE items SET status='sending', sends=sends+1, updated=? WHERE line=?",
            (time.time(), line),
        )

    def finish(
        self,
        line: int,
        status: str,
        job_id: str | None = None,
        error: str | None = None,
        code: str | None = None,
    ) -> None:
        self.db.execute(
            "UPDATE items SET status=?, job_id=?, error=?, code=?, updated=? WHERE line=?",
            (status, job_id, error, code, time.time(), line),
        )

    def set_verdict(self, line: int, verdict: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE items SET verdict=? WHERE line=?", (json.dumps(verdict, default=str), line)
        )

    def requeue(self, *statuses: str) -> int:
        marks = ",".join("?" * len(statuses))
        cur = self.db.execute(
            # `marks` is only "?,?": the statuses are bound parameters
            f"UPDATE items SET status='pending', error=NULL, code=NULL WHERE status IN ({marks})",  # noqa: S608
            statuses,
        )
        return cur.rowcount


class _Transaction:
    """`with store.transaction():` one durable commit (BEGIN IMMEDIATE … COMMIT)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: Any) -> None:
        self.db.execute("COMMIT" if et is None else "ROLLBACK")
