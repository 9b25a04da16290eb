"""Visitor SQL runs here: a small pool of worker processes over a read-only, locked-down database file.

Each worker opens the database file read-only, switches off every way out (external access, the
local file system, extension loading), locks its configuration, then limits its own address space.
A query is checked by `gwr.sql.guard`, runs on its own cursor, is interrupted at the soft time limit and
its worker is killed and replaced past the hard limit (query *planning* cannot be interrupted).
The pool answers other visitors meanwhile, and caps how many queries run at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import duckdb

from gwr.data import package
from gwr.paths import ROOT
from gwr.sql import guard
from gwr.sql.guard import Notice, Refusal

MAX_ROWS = 1000
SOFT_SECONDS = 1.0
HARD_SECONDS = 4.0
WORKERS = 3
RESERVED_FOR_CANNED = 1  # workers that only the app's own canned queries may use when the rest are busy
WAIT_FOR_WORKER_SECONDS = 2.0
MEMORY_HEADROOM_BYTES = 768 * 1024 * 1024  # address space a worker may add after connecting
# The whole process tree (server and workers) must stay under TREE_CEILING_BYTES while visitors run
# bombs. One worker's address space is capped above; the workers together are held to
# WORKERS_BUDGET_BYTES by the pool's memory guard, which samples their resident memory every
# MEMORY_GUARD_SECONDS and kills the largest when the sum is over (its visitor gets "memory").
# The rest is the server's (about 300 MiB with 20 sessions; see docs/benchmarks.md).
TREE_CEILING_BYTES = 1536 * 1024 * 1024
WORKERS_BUDGET_BYTES = 1024 * 1024 * 1024
MEMORY_GUARD_SECONDS = 0.02
MAX_LISTED_VALUES = 40  # a parameter's valid values are listed only for a column with at most this many


@dataclass(frozen=True)
class Answer:
    """A query's result, capped: column names, rows as plain Python values, whether rows were cut."""

    columns: list[str]
    rows: list[list]
    truncated: bool
    seconds: float


class Failure(Notice):
    """A query that ran but failed, or was stopped (the texts are safe to show)."""


BUSY = Failure("busy")


# --- the valid values of a parameter -----------------------------------------------------------


def parameter_column(name: str, descriptor: dict) -> tuple[str, str] | None:
    """The table and column whose values a `$name` parameter takes, or None.

    The column is named `name`, or for a list parameter its singular ($sectors → sector); its table is the
    one whose primary key it is ($cluster_id → clusters), else the first table of the package that has it
    ($year → facts). Only names from the descriptor are returned; the visitor's name is only compared.
    """
    wanted = name.lower()
    for column in (wanted, wanted[:-1] if wanted.endswith("s") else None):
        holders = [r for r in descriptor["resources"] if column in {f["name"] for f in r["schema"]["fields"]}]
        if holders:
            home = next((r for r in holders if r["schema"].get("primaryKey") in ([column], column)), holders[0])
            field = next(f["name"] for f in home["schema"]["fields"] if f["name"] == column)
            return home["name"], field
    return None


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- the database file -------------------------------------------------------------------------


def build_database_file(tables: dict, folder: Path | None = None) -> Path:
    """Write the validated tables to a new DuckDB file, typed as the descriptor says."""
    folder = folder or Path(tempfile.mkdtemp(prefix="jianxi-sql-"))
    path = folder / "jianxi.duckdb"
    connection = duckdb.connect(str(path))
    try:
        package.load_into(connection, tables)
        connection.execute("CHECKPOINT")
    finally:
        connection.close()
    os.chmod(path, 0o444)
    return path


def copy_database_file(connection: duckdb.DuckDBPyConnection, folder: Path | None = None) -> Path:
    """Copy the in-memory database of `connection` (every table, as typed there) to a new DuckDB file."""
    folder = folder or Path(tempfile.mkdtemp(prefix="jianxi-sql-"))
    path = folder / "jianxi.duckdb"
    cursor = connection.cursor()
    try:
        # The path is ours (a new temporary folder), never a visitor's; ATTACH takes no parameter.
        cursor.execute(f"ATTACH '{path}' AS sandbox_copy")
        cursor.execute("COPY FROM DATABASE memory TO sandbox_copy")
        cursor.execute("DETACH sandbox_copy")
    finally:
        cursor.close()
    os.chmod(path, 0o444)
    return path


# --- in the app's process ----------------------------------------------------------------------


class _Worker:
    """One `gwr.sql.worker` subprocess and its end of a socket pair."""

    def __init__(self, db_path: Path, limits: dict):
        parent_end, child_end = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gwr.sql.worker", str(child_end.fileno()), str(db_path), json.dumps(limits)],
            pass_fds=[child_end.fileno()],
            cwd=ROOT,
            env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "HOME": str(db_path.parent)},
            stdin=subprocess.DEVNULL,
        )
        child_end.close()
        self.pipe = Connection(parent_end.detach())
        self.over_budget = False  # set by the pool's memory guard when it killed this worker
        if not self.pipe.poll(60):
            self.kill()
            raise RuntimeError("a SQL worker did not start within 60 s")
        hello = self.pipe.recv()
        if not hello.get("ready"):
            self.kill()
            raise RuntimeError(f"a SQL worker could not open the database: {hello.get('error')}")
        self.pid = hello["pid"]

    def ask(self, sql: str, params: dict, hard_seconds: float) -> dict | None:
        """The worker's reply, or None if it died or ran past the hard limit (then it is killed)."""
        job_id = uuid.uuid4().hex
        try:
            self.pipe.send((job_id, sql, params))
            deadline = time.monotonic() + hard_seconds
            while (left := deadline - time.monotonic()) > 0:
                if self.pipe.poll(left):
                    reply_id, reply = self.pipe.recv()
                    if reply_id == job_id:
                        return reply
            self.kill()
            return None
        except (EOFError, OSError):
            self.kill()
            return None

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def resident_bytes(self) -> int:
        try:
            with open(f"/proc/{self.process.pid}/statm") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            return 0  # gone already

    def kill(self) -> None:
        if self.alive:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self.pipe.close()


class Pool:
    """A few worker processes that run visitor SQL; safe to share between Streamlit's session threads."""

    def __init__(
        self,
        db_path: Path,
        tables: set[str],
        *,
        workers: int = WORKERS,
        reserved: int = RESERVED_FOR_CANNED,
        soft_seconds: float = SOFT_SECONDS,
        hard_seconds: float = HARD_SECONDS,
        max_rows: int = MAX_ROWS,
        memory_headroom: int = MEMORY_HEADROOM_BYTES,
        workers_budget: int = WORKERS_BUDGET_BYTES,
    ):
        self.db_path = db_path
        self.hard_seconds = hard_seconds
        self.limits = {
            "soft_seconds": soft_seconds,
            "max_rows": max_rows,
            "memory_headroom": memory_headroom,
            "tables": sorted(tables),
        }
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self.restarts = 0
        self._closed = False
        self._values: dict[tuple[str, str], list | None] = {}
        self._visitor_slots = threading.BoundedSemaphore(max(1, workers - reserved))
        self.workers_budget = workers_budget
        self.memory_kills = 0
        for _ in range(workers):
            self._add()
        threading.Thread(target=self._guard_memory, daemon=True, name="sql-memory-guard").start()

    def _guard_memory(self) -> None:
        """Hold the workers' resident memory, together, under the budget: past it, kill the largest.
        (Each worker's own address-space limit caps one bomb; this caps several at once.)"""
        while not self._closed:
            with self._lock:
                workers = list(self._all)
            sizes = {worker: worker.resident_bytes() for worker in workers}
            if sizes and sum(sizes.values()) > self.workers_budget:
                largest = max(sizes, key=sizes.get)
                largest.over_budget = True
                with contextlib.suppress(OSError):
                    largest.process.kill()  # its query's ask() sees the pipe close and replaces it
                self.memory_kills += 1
            time.sleep(MEMORY_GUARD_SECONDS)

    def _add(self) -> None:
        worker = _Worker(self.db_path, self.limits)
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._all.append(worker)
        self._idle.put(worker)

    def _add_quietly(self) -> None:
        try:
            self._add()
        except Exception:  # the pool goes on with fewer workers; the next replacement tries again
            if not self._closed:
                logging.getLogger(__name__).exception("could not start a replacement SQL worker")

    def _replace(self, dead: _Worker) -> None:
        with self._lock:
            if dead in self._all:
                self._all.remove(dead)
            self.restarts += 1
        threading.Thread(target=self._add_quietly, daemon=True, name="sql-worker-restart").start()

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._all]

    def run(self, sql: str, params: dict | None = None, *, canned: bool = False) -> Answer | Failure | Refusal:
        """Run one query: an Answer, or a Refusal/Failure that says why not in both languages.

        Visitor SQL may occupy all workers but the reserved ones; `canned=True` (the app's own queries,
        matched by text) may use any, so they still answer while visitors run bombs.
        """
        if len(sql) > guard.MAX_LENGTH:
            return guard.refusal("too_long", limit=guard.MAX_LENGTH)
        if not canned and not self._visitor_slots.acquire(timeout=WAIT_FOR_WORKER_SECONDS):
            return BUSY
        try:
            return self._run_on_worker(sql, params)
        finally:
            if not canned:
                self._visitor_slots.release()

    def _idle_worker(self) -> _Worker | None:
        """A live idle worker within the wait (one the memory guard killed while idle is replaced)."""
        deadline = time.monotonic() + WAIT_FOR_WORKER_SECONDS
        while (left := deadline - time.monotonic()) > 0:
            try:
                worker = self._idle.get(timeout=left)
            except queue.Empty:
                return None
            if worker.alive:
                return worker
            worker.kill()
            self._replace(worker)
        return None

    def _run_on_worker(self, sql: str, params: dict | None) -> Answer | Failure | Refusal:
        worker = self._idle_worker()
        if worker is None:
            return BUSY
        reply = worker.ask(sql, dict(params or {}), self.hard_seconds)
        spent = reply is not None and reply.get("failure", {}).get("rule") == "memory"
        if spent and worker.alive:
            worker.kill()  # after hitting its memory ceiling a worker may stay too fragmented to serve
            self._replace(worker)
            return Failure(**reply["failure"])
        if reply is None or not worker.alive:
            self._replace(worker)
            if worker.over_budget:
                return Failure("memory")
            return Failure("stopped", {"seconds": f"{self.hard_seconds:g}"})
        self._idle.put(worker)
        if "answer" in reply:
            columns, rows, truncated, seconds = reply["answer"]
            return Answer(columns, rows, truncated, seconds)
        if "refusal" in reply:
            return Refusal(**reply["refusal"])
        return Failure(**reply["failure"])

    def values(self, table: str, column: str) -> list | None:
        """The distinct values of one of the pool's columns (None if there are more than can be listed,
        or the pool cannot answer now). `table` and `column` come from the data package's descriptor,
        never from a visitor; they are still checked and quoted, and the query passes the guard."""
        if table not in self.limits["tables"]:
            return None
        with self._lock:
            if (table, column) in self._values:
                return self._values[(table, column)]
        name = _identifier(column)
        sql = f"SELECT DISTINCT {name} FROM {_identifier(table)} WHERE {name} IS NOT NULL ORDER BY 1"
        result = self.run(sql + f" LIMIT {MAX_LISTED_VALUES + 1}", canned=True)
        if not isinstance(result, Answer):
            return None  # busy, or not a column: nothing to list, and nothing cached
        found = [row[0] for row in result.rows] if len(result.rows) <= MAX_LISTED_VALUES else None
        with self._lock:
            self._values[(table, column)] = found
        return found

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = self._all, []
        for worker in workers:
            worker.kill()
