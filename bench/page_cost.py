"""What one run of each page costs the server: `python -m bench.page_cost [--runs 40] [--profile F]`.

One session at a time (Streamlit's websocket protocol, as `bench.load` speaks it) runs each page
`runs` times on a warm server; for each page it reports the messages one run sends (every element,
container, column, expander and popover is one) and the server's CPU time per run, read from its
`/proc` counters, beside the floor app's in the same run. Unlike `bench.load` it measures no
contention, so it says which page costs what, not how many visitors an instance holds.

`--profile F`: also run the app under cProfile (only the script runs, after a warm-up) while one
session visits every page `runs` times, and write the stats to F (read them with `pstats`).
A benchmark, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import asyncio
import collections
import os
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

import typer
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.load import APP_PAGES, FLOOR, ROOT, Session
from deploy.servers import free_port, start_server, stop_server, wait_healthy

# `streamlit run` with each script run after the first `skip` under cProfile; stats written at exit.
PROFILED_SERVER = textwrap.dedent(
    """
    import atexit, cProfile, sys
    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.web import cli

    out, skip = sys.argv[1], [int(sys.argv[2])]
    profile, run_script = cProfile.Profile(), script_runner.ScriptRunner._run_script

    def profiled(self, *args, **kwargs):
        if skip[0] > 0:
            skip[0] -= 1
            return run_script(self, *args, **kwargs)
        profile.enable()
        try:
            return run_script(self, *args, **kwargs)
        finally:
            profile.disable()

    script_runner.ScriptRunner._run_script = profiled
    atexit.register(lambda: profile.dump_stats(out))
    sys.argv = ["streamlit", "run", *sys.argv[3:]]
    cli.main()
    """
)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (all its threads, ended ones included)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def message_kind(raw: bytes) -> str:
    msg = ForwardMsg()
    msg.ParseFromString(raw)
    kind = msg.WhichOneof("type")
    if kind == "delta":
        delta = msg.delta.WhichOneof("type")
        return msg.delta.new_element.WhichOneof("type") if delta == "new_element" else delta
    return kind


async def measure_pages(port: int, pid: int, pages: list[str], runs: int, lang: str) -> dict[str, tuple[int, float]]:
    """Per page: messages of one run, and the server's CPU milliseconds per run."""
    found = {}
    async with Session(port, lang) as session:
        for page in pages:  # warm: caches filled, scripts compiled
            await session.run(page)
        receive = session.socket.recv
        for page in pages:
            kinds = collections.Counter()

            async def counting_receive(kinds=kinds):
                raw = await receive()
                kinds[message_kind(raw)] += 1
                return raw

            session.socket.recv = counting_receive
            await session.run(page)
            session.socket.recv = receive
            started = cpu_seconds(pid)
            for _ in range(runs):
                await session.run(page)
            found[page] = (sum(kinds.values()), 1000 * (cpu_seconds(pid) - started) / runs)
    return found


def measure(script: Path, pages: list[str], runs: int, lang: str) -> dict[str, tuple[int, float]]:
    port = free_port()
    process = start_server(script, port)
    try:
        wait_healthy(port)
        return asyncio.run(measure_pages(port, process.pid, pages, runs, lang))
    finally:
        stop_server(process)


def profile(out: Path, runs: int) -> None:
    port, warm = free_port(), 2 * (len(APP_PAGES) + 1)
    process = subprocess.Popen(
        [sys.executable, "-c", PROFILED_SERVER, str(out), str(warm), str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip

    async def visit(times: int) -> None:
        async with Session(port, "en") as session:
            for _ in range(times):
                for page in APP_PAGES:
                    await session.run(page)

    try:
        wait_healthy(port)
        asyncio.run(visit(2))
        asyncio.run(visit(runs))
    finally:
        stop_server(process)


RUNS = typer.Option(40, help="Runs of each page, after one warm-up run.")
PROFILE = typer.Option(None, "--profile", help="Also write cProfile stats of the script runs to this file.")


def main(runs: int = RUNS, profile_to: Path = PROFILE) -> None:
    print(f"### One run of each page, one session at a time (CPU: mean of {runs} runs)\n")
    print("| page | language | messages a run | server CPU a run | ÷ floor |")
    print("|---|---|---|---|---|")
    floor_messages, floor_cpu = measure(FLOOR, [""], runs, "en")[""]
    ratios = []
    for lang in ("zh", "en"):
        for page, (messages, cpu) in measure(ROOT / "app.py", APP_PAGES, runs, lang).items():
            ratios.append(cpu / floor_cpu)
            print(f"| {page or 'home'} | {lang} | {messages} | {cpu:.1f} ms | {cpu / floor_cpu:.2f}× |")
    print(f"| floor | | {floor_messages} | {floor_cpu:.1f} ms | 1 |")
    print(f"\nMean over the app's pages: {statistics.mean(ratios):.2f}× the floor's CPU a run.")
    if profile_to:
        profile(profile_to, runs)
        print(f"\ncProfile of the script runs: {profile_to}")


if __name__ == "__main__":
    typer.run(main)
