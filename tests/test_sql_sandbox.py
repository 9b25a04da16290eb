"""The SQL sandbox through its worker API: every hostile input refused cleanly, nothing on disk
changes, the tables stay intact, the next query answers; bombs are contained while others are served."""

import hashlib
import os
import statistics
import threading
import time
from pathlib import Path

import duckdb
import pytest
from sql_attacks import ATTACKS, BOMBS, ODD_BUT_HARMLESS

from gwr.data import validation
from gwr.paths import DATA_DIR, ROOT
from gwr.sql import sandbox, worker
from gwr.sql.guard import Refusal
from gwr.sql.sandbox import Answer, Failure

CANNED = "SELECT sector, count(*) AS figures FROM facts GROUP BY sector ORDER BY figures DESC"
SKIPPED_DIRS = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", "artifacts"}


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file below the folders with its size and modification time."""
    found = {}
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = [d for d in dirnames if d not in SKIPPED_DIRS]
            for name in filenames:
                path = Path(dirpath) / name
                stat = path.stat()
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def tables():
    typed, problems = validation.check()
    assert not problems
    return typed


@pytest.fixture(scope="module")
def pool(tables, tmp_path_factory):
    db_folder = tmp_path_factory.mktemp("db")
    pool = sandbox.Pool(sandbox.build_database_file(tables, db_folder), set(tables))
    yield pool
    pool.close()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("scratch")


def counts(db_path: Path, names) -> dict[str, int]:
    connection = duckdb.connect(str(db_path), read_only=True)
    try:
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


def fill(sql: str, pool, scratch) -> str:
    return sql.replace("{db}", str(pool.db_path)).replace("{data}", str(DATA_DIR)).replace("{tmp}", str(scratch))


MATRIX = [(category, sql) for category, inputs in ATTACKS.items() for sql in inputs]


@pytest.mark.parametrize(("category", "sql"), MATRIX, ids=[f"{c}-{i}" for i, (c, _) in enumerate(MATRIX)])
def test_hostile_input_is_refused_and_changes_nothing(pool, tables, scratch, category, sql):
    db_hash = digest(pool.db_path)
    before = snapshot(DATA_DIR, pool.db_path.parent, ROOT / "queries", scratch)
    result = pool.run(fill(sql, pool, scratch))
    assert isinstance(result, Refusal | Failure), f"{category}: ran: {sql[:80]}"
    assert result.zh and result.en and "Traceback" not in result.en
    assert str(pool.db_path) not in result.en, "the message must not disclose the database path"
    assert str(pool.db_path.parent) not in result.zh + result.en, "nor its folder"
    time.sleep(0.05)
    assert digest(pool.db_path) == db_hash
    assert snapshot(DATA_DIR, pool.db_path.parent, ROOT / "queries", scratch) == before
    assert counts(pool.db_path, tables) == {name: len(frame) for name, frame in tables.items()}
    after = pool.run("SELECT count(*) FROM facts")
    assert isinstance(after, Answer) and after.rows == [[len(tables["facts"])]]


@pytest.mark.parametrize("sql", ODD_BUT_HARMLESS)
def test_odd_but_harmless_input_answers_safely(pool, sql):
    result = pool.run(sql)
    assert isinstance(result, Answer), getattr(result, "en", result)
    for row in result.rows:
        for cell in row:
            assert not isinstance(cell, str) or len(cell) <= worker.MAX_CELL_CHARS + 1
            assert not isinstance(cell, int) or abs(cell) < worker.SAFE_INTEGER


def test_rows_are_capped(pool):
    result = pool.run("SELECT * FROM range(5000)")
    assert isinstance(result, Answer) and len(result.rows) == sandbox.MAX_ROWS and result.truncated


def test_named_parameters_are_bound(pool):
    result = pool.run("SELECT count(*) FROM facts WHERE sector = $sector", {"sector": "urban'; DROP TABLE facts; --"})
    assert isinstance(result, Answer) and result.rows == [[0]]
    missing = pool.run("SELECT $sector")
    assert isinstance(missing, Failure) and "$sector" in missing.en


def test_planning_past_the_hard_limit_kills_and_replaces_the_worker(tables, tmp_path):
    """Planning ignores interrupts: this bomb plans for about 3 s here, so a 1.2 s hard limit must kill it."""
    quick = sandbox.Pool(
        sandbox.build_database_file(tables, tmp_path), set(tables), workers=2, soft_seconds=0.5, hard_seconds=1.2
    )
    try:
        before = set(quick.pids)
        result = quick.run(BOMBS["planner_bomb"])
        assert isinstance(result, Failure) and result.rule == "stopped"
        deadline = time.monotonic() + 30
        while len(quick.pids) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(quick.pids) == 2 and set(quick.pids) != before and quick.restarts == 1
        assert isinstance(quick.run("SELECT 1"), Answer)
    finally:
        quick.close()


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_other_sessions_are_served_during_a_bomb(pool, bomb, capsys):
    """One session runs a bomb; another session's canned queries keep answering (latency reported)."""
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.setdefault("bomb", pool.run(BOMBS[bomb])))
    thread.start()
    time.sleep(0.2)
    latencies = []
    while thread.is_alive() or len(latencies) < 3:
        started = time.perf_counter()
        answer = pool.run(CANNED, canned=True)
        latencies.append(time.perf_counter() - started)
        assert isinstance(answer, Answer), getattr(answer, "en", answer)
        time.sleep(0.05)
    thread.join()
    assert isinstance(outcome["bomb"], Failure)
    with capsys.disabled():
        print(f"\n  {bomb}: {len(latencies)} canned answers, median {statistics.median(latencies) * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms")  # fmt: skip


def test_canned_queries_answer_while_visitors_fill_every_open_worker(pool):
    threads = [threading.Thread(target=pool.run, args=(BOMBS["planner_bomb"],)) for _ in range(3)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    answer = pool.run(CANNED, canned=True)
    assert isinstance(answer, Answer)
    for thread in threads:
        thread.join()


SECOND_LAYER = [
    "SELECT * FROM read_csv('/etc/passwd')",
    "COPY (SELECT 1) TO '{tmp}/out.csv'",
    "COPY (SELECT 1) TO '{db}' (USE_TMP_FILE false)",
    "ATTACH '{tmp}/evil.duckdb' AS evil",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET threads = 8",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "DROP TABLE facts",
    "CREATE TABLE x AS SELECT 1",
    "SELECT * FROM glob('/*')",
]


@pytest.mark.parametrize("sql", SECOND_LAYER)
def test_lockdown_holds_even_without_the_guard(pool, scratch, sql):
    """The worker's DuckDB settings alone refuse these, should a statement ever slip past guard."""
    connection = duckdb.connect(str(pool.db_path), read_only=True)
    try:
        for statement in worker.LOCKDOWN:
            connection.execute(statement)
        db_hash = digest(pool.db_path)
        with pytest.raises(duckdb.Error):
            connection.execute(fill(sql, pool, scratch))
        assert digest(pool.db_path) == db_hash and list(scratch.iterdir()) == []
    finally:
        connection.close()


def test_the_workers_file_is_a_read_only_copy_of_the_apps_database(tmp_path):
    """copy_database_file: every table of the app's database, row for row, in a file no one may write."""
    import os

    import duckdb

    from gwr.store import db

    connection = db.build()
    path = sandbox.copy_database_file(connection, tmp_path)
    assert not os.access(path, os.W_OK) or os.geteuid() == 0  # root ignores the mode bits
    assert oct(path.stat().st_mode & 0o777) == "0o444"
    copy = duckdb.connect(str(path), read_only=True)
    try:
        names = [row[0] for row in connection.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        assert names
        for name in names:
            assert (
                copy.execute(f'SELECT count(*) FROM "{name}"').fetchone()
                == connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            )
    finally:
        copy.close()
