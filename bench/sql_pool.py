"""Benchmark the SQL sandbox: `python -m bench.sql_pool [--repeat N]`, results as a Markdown table.

Measured in one run, so the ratios compare like with like on a noisy machine:
- a canned query through a worker vs the same query directly on a DuckDB cursor (ratio);
- time from starting a runaway (CPU) query to its "stopped" answer (soft limit + interrupt);
- time to kill a worker stuck in planning and have the pool full again;
- resident memory of the pool's workers, and of the app's own process for scale.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import duckdb
import typer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sql_attacks import BOMBS

from gwr.data import validation
from gwr.sql import sandbox
from gwr.store import queries

CANNED = "city_shares"


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def median_seconds(action, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main(repeat: int = typer.Option(30, help="Runs per timing; the median is reported.")) -> None:
    tables, problems = validation.check()
    if problems:
        raise typer.Exit("the data is invalid; run make validate")
    db_path = sandbox.build_database_file(tables)
    sql = queries.get(CANNED).sql
    direct = duckdb.connect(str(db_path), read_only=True)

    def on_cursor():
        cursor = direct.cursor()
        cursor.execute(sql).fetchall()
        cursor.close()

    started = time.perf_counter()
    pool = sandbox.Pool(db_path, set(tables))
    pool_start = time.perf_counter() - started
    try:
        for _ in range(3):
            pool.run(sql, canned=True)
            on_cursor()
        through_worker = median_seconds(lambda: pool.run(sql, canned=True), repeat)
        baseline = median_seconds(on_cursor, repeat)
        runaway = median_seconds(lambda: pool.run(BOMBS["cpu_bomb"]), max(3, repeat // 10))

        quick = sandbox.Pool(db_path, set(tables), workers=2, hard_seconds=2)
        kills = []
        for _ in range(3):
            started = time.perf_counter()
            outcome = quick.run(BOMBS["planner_bomb"])
            answered = time.perf_counter() - started
            while len(quick.pids) < 2:
                time.sleep(0.01)
            kills.append((answered, time.perf_counter() - started, outcome.rule))
        quick.close()
        worker_rss = [rss_kib(pid) for pid in pool.pids]
        own_rss = rss_kib(os_pid := __import__("os").getpid())
    finally:
        pool.close()
        direct.close()

    print("| measure | value | baseline | ratio |")
    print("|---|---|---|---|")
    print(
        f"| canned query `{CANNED}` through a worker (median of {repeat}) | {through_worker * 1000:.2f} ms "
        f"| {baseline * 1000:.2f} ms directly on a cursor | {through_worker / baseline:.1f}× |"
    )
    print(
        f"| runaway CPU query until its answer (soft limit {sandbox.SOFT_SECONDS:g} s) | {runaway:.2f} s "
        f"| {sandbox.SOFT_SECONDS:g} s limit | {runaway / sandbox.SOFT_SECONDS:.2f}× |"
    )
    answered = statistics.median(k[0] for k in kills)
    refilled = statistics.median(k[1] for k in kills)
    print(
        f"| planner bomb: answer after kill at a 2 s hard limit (outcomes {sorted({k[2] for k in kills})}) "
        f"| {answered:.2f} s | 2 s limit | {answered / 2:.2f}× |"
    )
    print(
        f"| planner bomb: pool full again after the kill | {refilled:.2f} s | {answered:.2f} s answer "
        f"| {refilled / answered:.2f}× |"
    )
    print(f"| pool start ({sandbox.WORKERS} workers) | {pool_start:.2f} s | | |")
    print(f"| resident memory of the {len(worker_rss)} workers | {sum(worker_rss) / 1024:.0f} MiB "
          f"({', '.join(f'{r / 1024:.0f}' for r in worker_rss)}) | {own_rss / 1024:.0f} MiB this process (pid {os_pid}) "
          f"| {sum(worker_rss) / own_rss:.2f}× |")  # fmt: skip


if __name__ == "__main__":
    typer.run(main)
