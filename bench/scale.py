"""Many reports: `python -m bench.scale [--reports 50 --reports 500] [--starts 3] [--runs 3]`, Markdown on stdout.

The app serving the shipped Jianxi report alone (0 further reports) and with N made-up report packages
beside it (`bench.fixtures`, built once into `--fixtures` and reused; never shipped as data), each
server started with GWR_REPORTS_DIR pointing at them. Every figure of N is read against 0 measured in
the same run, the servers started in turn so that the machine's drift falls on all of them:

- **start**: process launch until the first page run has finished over the websocket (as
  `bench.load --cold`), and that first run alone, in three states of the cache folder (JIANXI_CACHE_DIR):
  *cold* (empty: every package validated), *validated* (the validation kept, no kept results: a restart
  after a code change) and *kept* (both kept: a plain restart);
- **memory**: the server's resident memory (/proc) after the start and after every page has run in both
  languages, and its whole process tree's; growth per report = (RSS_N − RSS_0) / N;
- **answers**: every page the navigation lists, fetched over HTTP and run over the websocket (both
  languages, the shipped report and the last made-up one via `?report=`), then a query on the SQL page,
  without an exception or an error alert;
- **instructions** (`--instructions N`, repeatable; needs valgrind): instructions per warm page run under
  callgrind (`bench.instructions.per_page`), N reports against 0.

A benchmark, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

import bench.load
from bench.load import ROOT, Session, alerts, rss_mib, sql_widgets, tree_rss
from deploy.servers import free_port, start_server, stop_server, wait_healthy
from gwr.data.loading import packages
from gwr.store.cache import CACHE_SETTING

FIXTURES = Path(tempfile.gettempdir()) / "gwr-fixtures" / "scale"
APP = ROOT / "app.py"
STATES = ("cold", "validated", "kept")
SQL_CHECK = "SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id ORDER BY report_id"
SLOW_RUN = 1800.0  # seconds a page run may take: a cold start validates every package on the first run


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def fixtures(root: Path, count: int) -> Path:
    """A folder of `count` made-up report packages (0: an empty one), built by bench.fixtures unless there."""
    folder = root / f"reports-{count}"
    if len(packages(folder)) == count and (count or folder.is_dir()):
        return folder
    shutil.rmtree(folder, ignore_errors=True)  # ours: a partial or different set from an earlier run
    folder.mkdir(parents=True)
    if count:
        log(f"building {count} made-up report packages in {folder}")
        command = [sys.executable, "-m", "bench.fixtures", "--reports", str(count), "--out", str(folder)]
        subprocess.run(command, check=True, cwd=bench.load.ROOT, stdout=subprocess.DEVNULL)
    return folder


@dataclass
class Served:
    """One start of the app and one visit of every page."""

    start: float  # s, process launch → first page run finished
    first_run: float  # s, the first page run alone
    rss_started: float  # MiB, the server after its first page
    rss_visited: float  # MiB, the server after every page in both languages
    tree_visited: float  # MiB, the server and its SQL workers
    first_sql: float  # s, the first query on the SQL page (starts the workers: validation, a DuckDB file)
    pages: list[str] = field(default_factory=list)  # every page the app's navigation offers (URL paths)
    runs: int = 0
    errors: list[str] = field(default_factory=list)


def _http_errors(port: int, pages: list[str]) -> list[str]:
    errors = []
    for page in pages:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{page}", timeout=60) as answer:
                if answer.status != 200:
                    errors.append(f"HTTP {answer.status} for /{page}")
        except OSError as error:
            errors.append(f"HTTP /{page}: {error}")
    return errors


async def _visit(port: int, pages: list[str], report: str | None) -> tuple[int, float, list[str]]:
    """Every page in both languages (and for `report`, if given), then a query on the SQL page: page runs,
    the query's seconds, and what went wrong."""
    runs, errors = 0, []
    for lang in ("zh", "en"):
        async with Session(port, lang) as session:
            for query in [f"lang={lang}"] + ([f"lang={lang}&report={report}"] if report else []):
                for page in pages:
                    outcome = await session.run(page, query=query)
                    runs += 1
                    errors += outcome.errors + [f"{page or 'home'}?{query}: {text[:200]}" for text in alerts(outcome)]
    async with Session(port, "en") as session:
        page = await session.run("sql")
        outcome = await session.run("sql", sql_widgets(page, SQL_CHECK))
        runs += 2
        answered = any(e.WhichOneof("type") in ("arrow_data_frame", "dataframe") for e in outcome.elements)
        errors += outcome.errors + alerts(outcome) + ([] if answered else ["SQL page: no result table"])
    return runs, outcome.seconds, errors


def serve(app: Path, reports: Path, cache: Path, report: str | None) -> Served:
    """Start the app on these reports and this cache folder, time its first page, then visit every page."""
    port = free_port()
    env = {"GWR_REPORTS_DIR": str(reports), CACHE_SETTING: str(cache)}
    launched = time.perf_counter()
    process = start_server(app, port, env=env)
    try:
        wait_healthy(port, SLOW_RUN)

        async def first() -> tuple[bench.load.Outcome, list[str]]:
            async with Session(port, "en") as session:
                return await session.run(""), list(session.pages)  # the navigation names every page

        outcome, pages = asyncio.run(first())
        started = time.perf_counter() - launched
        rss_started = rss_mib(process.pid)
        errors = [f"first page: {e}" for e in outcome.errors + alerts(outcome)]
        errors += _http_errors(port, pages)
        runs, sql, found = asyncio.run(_visit(port, pages, report))
        server, workers = tree_rss(process.pid)
        return Served(started, outcome.seconds, rss_started, server, server + workers, sql, pages, runs, errors + found)
    finally:
        stop_server(process)


def _prepare(cache: Path, state: str) -> None:
    """Set the cache folder up for a start in `state` (after a first start has filled it)."""
    if state == "cold":
        shutil.rmtree(cache, ignore_errors=True)
    elif state == "validated":
        for kept in cache.glob("results-*"):
            shutil.rmtree(kept, ignore_errors=True)


def starts(app: Path, counts: list[int], folders: dict[int, Path], caches: dict[int, Path], repeat: int, cold: int):
    """Every (count, state) started `repeat` times (cold: `cold` times), counts in turn each round."""
    found: dict[tuple[int, str], list[Served]] = {}
    for count in counts:
        if not cold:  # a first start fills the cache folder for the validated and kept states
            log(f"filling the cache: {count} reports")
            serve(app, folders[count], caches[count], None)
    for round_ in range(max(repeat, cold)):
        for state in STATES:
            if round_ >= (cold if state == "cold" else repeat):
                continue
            for count in counts if round_ % 2 == 0 else counts[::-1]:
                _prepare(caches[count], state)
                last = packages(folders[count])[-1].parent.name if count else None
                log(f"start {round_ + 1}: {count} reports, {state}")
                found.setdefault((count, state), []).append(serve(app, folders[count], caches[count], last))
    return found


def _median(values) -> float:
    return statistics.median(values)


def report_starts(counts: list[int], found: dict[tuple[int, str], list[Served]]) -> None:
    print("### Start: process launch → first page run finished (median)\n")
    print("| reports | cache | starts | launch → first page | × Jianxi alone | first page run | × Jianxi alone "
          "| first SQL query | × Jianxi alone | goal ≤ 1.2× (50) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for state in STATES:
        base = found.get((0, state))
        for count in counts:
            if (runs := found.get((count, state))) is None:
                continue
            start, first = _median(r.start for r in runs), _median(r.first_run for r in runs)
            ratio = start / _median(r.start for r in base) if base else float("nan")
            ratio_first = first / _median(r.first_run for r in base) if base else float("nan")
            sql = _median(r.first_sql for r in runs)
            ratio_sql = sql / _median(r.first_sql for r in base) if base else float("nan")
            goal = ("met" if ratio <= 1.2 else "missed") if count == 50 else ""
            print(f"| {count} | {state} | {len(runs)} | {start:.2f} s | {ratio:.2f}× | {first:.2f} s "
                  f"| {ratio_first:.2f}× | {sql:.2f} s | {ratio_sql:.2f}× | {goal} |")  # fmt: skip


def report_memory(counts: list[int], found: dict[tuple[int, str], list[Served]]) -> None:
    print("\n### Resident memory (MiB, median of the starts; growth per report against Jianxi alone)\n")
    print("| reports | cache | server after start | server after every page | whole tree | growth a report "
          "| goal < 2 MB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for state in STATES:
        base = found.get((0, state))
        for count in counts:
            if (runs := found.get((count, state))) is None:
                continue
            visited = _median(r.rss_visited for r in runs)
            growth = (visited - _median(r.rss_visited for r in base)) / count if base and count else None
            cells = "—" if growth is None else f"{growth * 1024:.0f} KiB"
            goal = "" if growth is None else ("met" if growth * 2**20 < 2e6 else "missed")
            print(f"| {count} | {state} | {_median(r.rss_started for r in runs):.0f} | {visited:.0f} "
                  f"| {_median(r.tree_visited for r in runs):.0f} | {cells} | {goal} |")  # fmt: skip


def report_answers(counts: list[int], found: dict[tuple[int, str], list[Served]]) -> None:
    print("\n### Every page answers\n")
    print("| reports | starts | page runs over the websocket | HTTP pages | errors |")
    print("|---|---|---|---|---|")
    for count in counts:
        runs = [r for state in STATES for r in found.get((count, state), [])]
        errors = [e for r in runs for e in r.errors]
        print(f"| {count} | {len(runs)} | {sum(r.runs for r in runs) + len(runs)} | {sum(len(r.pages) for r in runs)} "
              f"| {len(errors)} |")  # fmt: skip
        for error in sorted(set(errors))[:10]:
            print(f"\n{count} reports: {error}")


def instructions(app: Path, pages: list[str], counts: list[int], folders, caches, runs: int) -> None:
    from bench.instructions import per_page

    if not shutil.which("valgrind"):
        log("no valgrind: instructions skipped (apt-get install valgrind)")
        return
    found = {}
    for count in counts:
        log(f"instructions: {count} reports under callgrind")
        settings = {"GWR_REPORTS_DIR": str(folders[count]), CACHE_SETTING: str(caches[count])}
        saved = {name: os.environ.get(name) for name in settings}
        os.environ.update(settings)  # per_page starts its server with this process's environment
        try:
            found[count] = per_page(app, pages, runs)
        finally:
            for name, value in saved.items():
                os.environ.pop(name) if value is None else os.environ.__setitem__(name, value)
    base = found[0]
    print(f"\n### Instructions per warm page run (callgrind, {runs} runs a page, one session)\n")
    print("| page | " + " | ".join(f"{c} reports (M)" for c in counts) + " | " +
          " | ".join(f"{c} ÷ 0" for c in counts if c) + " |")  # fmt: skip
    print("|---|" + "---|" * (len(counts) + len([c for c in counts if c])))
    for page in pages:
        cells = [f"{found[c][page] / 1e6:.2f}" for c in counts] + [
            f"{found[c][page] / base[page]:.3f}×" for c in counts if c
        ]
        print(f"| {page or 'home'} | " + " | ".join(cells) + " |")
    means = {c: sum(found[c].values()) / len(pages) for c in counts}
    cells = [f"**{means[c] / 1e6:.2f}**" for c in counts] + [f"**{means[c] / means[0]:.3f}×**" for c in counts if c]
    print("| **mean of the pages** | " + " | ".join(cells) + " |")


def main(
    reports: Annotated[list[int], typer.Option(help="Further reports to serve beside Jianxi; repeatable.")] = (50, 500),
    starts_: Annotated[int, typer.Option("--starts", help="Starts in the validated and kept states, per count.")] = 3,
    cold: Annotated[int, typer.Option(help="Cold starts (nothing kept: every package validated), per count.")] = 1,
    instructions_: Annotated[
        list[int], typer.Option("--instructions", help="Also count instructions per page run with this many reports.")
    ] = (50,),
    runs: Annotated[int, typer.Option(help="With --instructions: warm runs of each page under callgrind.")] = 3,
    fixtures_: Annotated[Path, typer.Option("--fixtures", help="Where the made-up packages are built and reused.")] = (
        FIXTURES
    ),
    app: Annotated[Path, typer.Option(help="The app to measure, e.g. another checkout's app.py.")] = APP,
) -> None:
    bench.load.RUN_TIMEOUT = SLOW_RUN  # Session's wait for one run: a cold start with 500 reports takes minutes
    counts = sorted({0, *reports})
    counted = sorted({0, *filter(None, instructions_)})
    folders = {count: fixtures(fixtures_, count) for count in sorted({*counts, *counted})}
    with tempfile.TemporaryDirectory(prefix="gwr-scale-") as scratch:
        caches = {count: Path(scratch) / f"cache-{count}" for count in folders}
        found = starts(app, counts, folders, caches, starts_, cold)
        pages = next(iter(found.values()))[0].pages
        print(f"Jianxi alone and with {', '.join(map(str, reports))} made-up reports; {len(pages)} pages.\n")
        report_starts(counts, found)
        report_memory(counts, found)
        report_answers(counts, found)
        if len(counted) > 1:
            instructions(app, pages, counted, folders, caches, runs)


if __name__ == "__main__":
    typer.run(main)
