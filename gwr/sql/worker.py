"""A SQL worker process: `python -m gwr.sql.worker FD DB_PATH LIMITS_JSON`.

Started by `gwr.sql.sandbox.Pool` as a plain subprocess (not a multiprocessing child, so it imports only
DuckDB and the guard, not the app). It opens the database file read-only, switches off every way out
(external access, the local file system, extension loading), locks its configuration, limits its own
address space, lowers its CPU priority, then answers jobs on the connection FD until it closes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import json
import math
import os
import resource
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

import duckdb

from gwr.sql import guard
from gwr.sql.guard import Refusal

MAX_COLUMNS = 100
MAX_CELL_CHARS = 500
SAFE_INTEGER = 2**53
DUCKDB_MEMORY_LIMIT = "256MB"

# Order matters: everything is switched off first, the lock comes last (a SET after it fails).
LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET allow_community_extensions = false",
    "SET allow_unsigned_extensions = false",
    "SET disabled_filesystems = 'LocalFileSystem'",
    "SET threads = 1",
    f"SET memory_limit = '{DUCKDB_MEMORY_LIMIT}'",
    "SET max_temp_directory_size = '0B'",
    "SET lock_configuration = true",
)


@dataclass(frozen=True)
class Limits:
    soft_seconds: float
    max_rows: int
    memory_headroom: int
    tables: frozenset[str]
    secrets: tuple[str, ...] = ()  # strings no message may show: the database file's path and folder


def _plain(value):
    """A cell as a value the results table and a CSV can hold, capped in size."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if -SAFE_INTEGER < value < SAFE_INTEGER else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, str):
        return value if len(value) <= MAX_CELL_CHARS else value[:MAX_CELL_CHARS] + "…"
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)[: MAX_CELL_CHARS // 2].hex()
    text = str(value)
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS] + "…"


class Watchdog:
    """Interrupts the running query past the soft limit: one thread, started before the address-space
    limit applies. (A timer thread per query needs a new stack, which a worker near its ceiling after a
    memory bomb cannot map; its next query then failed instead of answering.)"""

    def __init__(self):
        self._wake = threading.Condition()
        self._cursor = None
        self._deadline = 0.0
        threading.Thread(target=self._watch, daemon=True, name="sql-watchdog").start()

    def arm(self, cursor, seconds: float) -> None:
        with self._wake:
            self._cursor, self._deadline = cursor, time.monotonic() + seconds
            self._wake.notify()

    def disarm(self) -> None:
        with self._wake:
            self._cursor = None
            self._wake.notify()

    def _watch(self) -> None:
        with self._wake:
            while True:
                if self._cursor is None:
                    self._wake.wait()
                elif (left := self._deadline - time.monotonic()) > 0:
                    self._wake.wait(left)
                else:
                    self._cursor.interrupt()
                    self._cursor = None


def _address_space() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _open(db_path: str, limits: Limits) -> tuple[duckdb.DuckDBPyConnection, Watchdog]:
    guard.setting_names()  # learnt now, from a scratch in-memory database, before any limit applies
    guard.environment_literals()
    connection = duckdb.connect(db_path, read_only=True)
    for statement in LOCKDOWN:
        connection.execute(statement)
    watchdog = Watchdog()
    ceiling = _address_space() + limits.memory_headroom
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    return connection, watchdog


def _execute(
    connection: duckdb.DuckDBPyConnection, limits: Limits, sql: str, params: dict, watchdog: Watchdog | None = None
) -> dict:
    checked = guard.check(sql, connection, set(limits.tables), limits.secrets)
    if isinstance(checked, Refusal):
        return {"refusal": dataclasses.asdict(checked)}
    missing = [p for p in checked.parameters if p not in params]
    if missing:
        return {"failure": _failure("parameter", names=", ".join(f"${p}" for p in missing))}
    cursor = connection.cursor()
    watchdog = watchdog or Watchdog()
    started = time.perf_counter()
    watchdog.arm(cursor, limits.soft_seconds)
    try:
        relation = cursor.execute(checked.sql, {p: params[p] for p in checked.parameters} or None)
        columns = [d[0] for d in relation.description or []]
        if len(columns) > MAX_COLUMNS:
            return {"failure": _failure("columns", limit=MAX_COLUMNS)}
        rows = relation.fetchmany(limits.max_rows + 1)
    except duckdb.InterruptException:
        return {"failure": _timeout_failure(limits.soft_seconds)}
    except (duckdb.OutOfMemoryException, MemoryError):
        return {"failure": _memory_failure()}
    except duckdb.Error as error:
        return {"failure": _error_failure(error, limits.secrets)}
    except Exception as error:  # some failures are not duckdb.Error
        return {"failure": _error_failure(type(error).__name__)}
    finally:
        watchdog.disarm()
        cursor.close()
    seconds = time.perf_counter() - started
    truncated = len(rows) > limits.max_rows
    plain = [[_plain(v) for v in row] for row in rows[: limits.max_rows]]
    return {"answer": (columns, plain, truncated, seconds)}


def _failure(rule: str, *, engine: str = "", engine_class: str = "", **params) -> dict:
    """A failure as plain fields, for `sandbox.Failure(**fields)` in the app's process."""
    return {"rule": rule, "params": params, "extra": (), "engine": engine, "engine_class": engine_class}


def _timeout_failure(seconds: float) -> dict:
    return _failure("timeout", seconds=f"{seconds:g}")


def _error_failure(error: BaseException | str, secrets: tuple[str, ...] = ()) -> dict:
    """DuckDB's error, cleaned, with its class; a non-DuckDB error shows only its type's name."""
    if isinstance(error, str):
        return _failure("error", engine=error, engine_class="other")
    return _failure("error", engine=guard.engine_text(str(error), secrets), engine_class=guard.engine_class(error))


def _memory_failure() -> dict:
    return _failure("memory")


def _serve(pipe, db_path: str, limits: Limits) -> None:
    """Worker main loop: open the locked-down database, then answer jobs until the pipe closes."""
    os.nice(10)  # a runaway query must not starve the app's own process of CPU
    try:
        connection, watchdog = _open(db_path, limits)
    except Exception as error:
        pipe.send({"ready": False, "error": f"{type(error).__name__}: {error}"})
        return
    pipe.send({"ready": True, "pid": os.getpid()})
    while True:
        try:
            job_id, sql, params = pipe.recv()
        except (EOFError, OSError):
            return
        try:
            reply = _execute(connection, limits, sql, params, watchdog)
        except MemoryError:
            reply = {"failure": _memory_failure()}
        except Exception as error:
            reply = {"failure": _error_failure(type(error).__name__)}
        try:
            pipe.send((job_id, reply))
        except MemoryError:
            pipe.send((job_id, {"failure": _memory_failure()}))


def main(argv: list[str]) -> None:
    fd, db_path, limits_json = argv
    settings = json.loads(limits_json)
    secrets = (db_path, os.path.dirname(db_path))
    limits = Limits(settings["soft_seconds"], settings["max_rows"], settings["memory_headroom"],
                    frozenset(settings["tables"]), secrets)  # fmt: skip
    _serve(Connection(int(fd)), db_path, limits)


if __name__ == "__main__":
    main(sys.argv[1:])
