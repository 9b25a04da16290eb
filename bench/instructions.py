"""Instructions per page run: `python -m bench.instructions [--runs 10] [--sessions 20]`, Markdown on stdout.

`bench.load` reads the server's cost per page run from page runs per second, which on these shared
machines moves by ±20 % from one minute to the next. This counts what the server executes instead:
each server runs under valgrind's callgrind, with counting switched on only around warm page runs
(`callgrind_control --instr=on|off`), so a count is the same from run to run whatever else the machine
does. Every thread of the server counts: the script threads, the event loop, the websocket sends.

- one session: each page of the app run `--runs` times in a row, against the floor's one page;
- `--sessions N`: N sessions at once visit every page (the floor: as many runs of its page), as in
  `bench.load`; valgrind runs one thread at a time, so this counts the extra work of many sessions
  (the flush loop visits every session) but not what sharing two cores costs in cache and kernel time.

Needs valgrind (Debian's package). A benchmark, not a test; it asserts nothing.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import typer

from bench.load import APP, APP_PAGES, FLOOR, Session, load
from deploy.servers import free_port, start_server, stop_server, wait_healthy

START_TIMEOUT = 900  # seconds: a server starts 10 to 20 times slower under valgrind


class Counted:
    """A server under callgrind, counting only between `start()` and `stop()`."""

    def __init__(self, script: Path, folder: Path):
        self.port, self.out = free_port(), folder / "callgrind.out"
        wrapper = ("valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={self.out}.%p")
        self.process = start_server(script, self.port, wrapper=wrapper)
        self.dumps = 0

    def __enter__(self):
        wait_healthy(self.port, START_TIMEOUT)
        return self

    def __exit__(self, *exc):
        stop_server(self.process)

    def _control(self, *args: str) -> None:
        subprocess.run(["callgrind_control", *args, str(self.process.pid)], check=True, capture_output=True)

    def start(self) -> None:
        self._control("--zero")
        self._control("--instr=on")

    def stop(self) -> int:
        """Instructions since `start()`."""
        self._control("--instr=off")
        self._control("--dump")
        self.dumps += 1
        dump = Path(f"{self.out}.{self.process.pid}.{self.dumps}").read_text()
        return int(re.search(r"^totals:\s+(\d+)", dump, re.MULTILINE).group(1))


def per_page(script: Path, pages: list[str], runs: int) -> dict[str, float]:
    """Instructions per warm run of each page, in one session that has visited every page twice."""

    async def count(server: Counted) -> dict[str, float]:
        counts = {}
        async with Session(server.port, "en") as session:
            for page in pages * 2:
                await session.run(page)
            for page in pages:
                server.start()
                for _ in range(runs):
                    await session.run(page)
                counts[page] = server.stop() / runs
        return counts

    with tempfile.TemporaryDirectory() as folder, Counted(script, Path(folder)) as server:
        return asyncio.run(count(server))


def under_load(script: Path, pages: list[str], sessions: int) -> float:
    """Instructions per page run while `sessions` new sessions visit every page at once (as bench.load)."""
    with tempfile.TemporaryDirectory() as folder, Counted(script, Path(folder)) as server:
        asyncio.run(load(server.port, pages, 2, 1, 0))  # a first visitor in each language fills the caches
        server.start()
        tally, _ = asyncio.run(load(server.port, pages, sessions, 1, 0))
        total = server.stop()
        if tally.errors:
            raise SystemExit(f"errors under load: {tally.errors[:3]}")
        return total / sum(len(runs) for runs in tally.runs.values())


def main(
    runs: int = typer.Option(10, help="Warm runs of each page, one session."),
    sessions: int = typer.Option(20, help="Also count under this many concurrent sessions (0: skip)."),
    app: Path = APP,
) -> None:
    if not shutil.which("valgrind"):
        typer.echo("bench.instructions needs valgrind: apt-get install valgrind (make bench installs it).", err=True)
        raise typer.Exit(1)
    app_pages = per_page(app, APP_PAGES, runs)
    (floor,) = per_page(FLOOR, [""], runs).values()
    mean = sum(app_pages.values()) / len(app_pages)
    print(f"### Instructions per page run, one session (callgrind, {runs} warm runs a page)\n")
    print("| page | app (M) | ÷ floor |")
    print("|---|---|---|")
    for page, count in app_pages.items():
        print(f"| {page or 'home'} | {count / 1e6:.2f} | {count / floor:.2f}× |")
    print(f"| **mean of the pages** | **{mean / 1e6:.2f}** | **{mean / floor:.2f}×** |")
    print(f"| floor | {floor / 1e6:.2f} | 1.00× |")
    if sessions:
        loaded_app = under_load(app, APP_PAGES, sessions)
        loaded_floor = under_load(FLOOR, [""] * len(APP_PAGES), sessions)
        print(f"\n### Instructions per page run, {sessions} sessions at once\n")
        print("| app (M) | floor (M) | ratio | goal ≤ 1.5× |")
        print("|---|---|---|---|")
        ratio = loaded_app / loaded_floor
        print(
            f"| {loaded_app / 1e6:.2f} | {loaded_floor / 1e6:.2f} | {ratio:.2f}× | {'met' if ratio <= 1.5 else 'missed'} |"
        )


if __name__ == "__main__":
    typer.run(main)
