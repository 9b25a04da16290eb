"""Load benchmark: `python -m bench.load [--sessions 20] [--rounds 1] [--attack]`, Markdown on stdout.

N sessions at once speak Streamlit's own protocol over its websocket (`/_stcore/stream`): BackMsg
`rerun_script` with the page's script hash in the ClientState, ForwardMsgs until `script_finished`,
as the browser does, but without one. Each session opens the app's frame (the default page), then
visits every page in turn, `rounds` times. The floor app (`bench/floor_app.py`: one chart of constant
data, one bound selectbox) gets the same number of page runs from the same number of sessions, in the
same run, so the app's cost per page run reads as a ratio. Also:

- the resident memory of each server's whole process tree (server, SQL workers), sampled every 0.1 s;
- `--attack`: meanwhile, visitors on the SQL page run a memory bomb and a planner bomb on every
  visitor worker, and another keeps running a canned query, which must keep answering;
- `--cold N`: process start until the first page run has finished over the websocket (no browser),
  median of N, app against floor; `--browser N`: the same until the first chart is drawn in Chromium.

A benchmark, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import typer
import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sql_attacks import BOMBS  # noqa: E402

from deploy.servers import free_port, start_server, stop_server, wait_healthy  # noqa: E402
from gwr.store import queries  # noqa: E402

APP_PAGES = ["", "share_of_city", "years", "sectors", "data", "sql", "report"]
FLOOR = ROOT / "bench" / "floor_app.py"
RUN_TIMEOUT = 120.0
CANNED = "city_shares"  # one of the app's canned queries: the SQL page matches its text, so it may use any worker
EARLY = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN
COMPILE_ERROR = ForwardMsg.ScriptFinishedStatus.FINISHED_WITH_COMPILE_ERROR


# --- the servers ----------------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        found.setdefault(parent, []).append(int(entry.name))
    return found


def rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def tree_rss(root: int) -> tuple[float, float]:
    """Resident memory (MiB) of a process and of all its descendants."""
    children, total = _children(), 0.0
    stack = list(children.get(root, []))
    while stack:
        pid = stack.pop()
        total += rss_mib(pid)
        stack += children.get(pid, [])
    return rss_mib(root), total


class MemorySampler:
    """Peak resident memory of a server process and of its descendants, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.1):
        self.pid, self.every = pid, every
        self.server = self.descendants = self.tree = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            server, descendants = tree_rss(self.pid)
            self.server = max(self.server, server)
            self.descendants = max(self.descendants, descendants)
            self.tree = max(self.tree, server + descendants)
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


# --- one session, speaking the protocol -----------------------------------------------------------


@dataclass
class Outcome:
    seconds: float
    errors: list[str] = field(default_factory=list)
    elements: list = field(default_factory=list)
    messages: int = 0  # ForwardMsgs the run sent: under load, the server's cost follows them (docs/benchmarks.md)


class Session:
    """One browser tab's worth of protocol: a websocket, the pages the app declared, the message cache."""

    def __init__(self, port: int, lang: str):
        self.port, self.lang = port, lang
        self.pages: dict[str, str] = {}  # url path → page script hash, from the navigation message
        self.cached: set[str] = set()
        self.cookies: dict[str, str] = {}  # as a browser keeps them: a proxy's sticky cookie comes back
        self.socket = None

    async def __aenter__(self):
        await self.connect()
        return self

    async def __aexit__(self, *exc):
        await self.socket.close()

    async def connect(self) -> None:
        """Open the websocket (again, after a reconnect), sending the cookies earlier answers set."""
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        self.socket = await websockets.connect(
            f"ws://127.0.0.1:{self.port}/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=RUN_TIMEOUT,
            ping_interval=None,
            additional_headers={"Cookie": cookie} if cookie else None,
        )
        for header in self.socket.response.headers.get_all("Set-Cookie"):
            name, _, value = header.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        self.cached.clear()  # a new session knows none of the messages the old one sent

    async def run(self, page: str, widgets=(), query: str | None = None) -> Outcome:
        """Ask for one page run, as a click on the navigation does, and read until it has finished."""
        query = f"lang={self.lang}" if query is None else query
        message = BackMsg()
        state = message.rerun_script
        state.query_string = query
        state.page_name = page
        state.page_script_hash = self.pages.get(page, "")
        state.cached_message_hashes.extend(sorted(self.cached))
        state.context_info.url = f"http://127.0.0.1:{self.port}/{page}?{query}"
        state.context_info.locale = "zh-CN" if self.lang == "zh" else "en-US"
        state.context_info.timezone = "Asia/Shanghai"
        for widget in widgets:
            state.widget_states.widgets.append(widget)
        started = time.perf_counter()
        await self.socket.send(message.SerializeToString())
        outcome = Outcome(0.0)
        while True:
            raw = await asyncio.wait_for(self.socket.recv(), RUN_TIMEOUT)
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            outcome.messages += 1
            if msg.metadata.cacheable and msg.hash:
                self.cached.add(msg.hash)
            kind = msg.WhichOneof("type")
            if kind == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
            elif kind == "page_not_found":
                outcome.errors.append(f"page not found: {page!r}")
            elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                element = msg.delta.new_element
                outcome.elements.append(element)
                if element.WhichOneof("type") == "exception":
                    outcome.errors.append(
                        f"{page or 'home'}: exception {element.exception.type} {element.exception.message[:200]}"
                    )
            elif kind == "script_finished" and msg.script_finished != EARLY:
                if msg.script_finished == COMPILE_ERROR:
                    outcome.errors.append(f"{page or 'home'}: compile error")
                outcome.seconds = time.perf_counter() - started
                return outcome


def alerts(outcome: Outcome) -> list[str]:
    return [e.alert.body for e in outcome.elements if e.WhichOneof("type") == "alert" and e.alert.format == Alert.ERROR]


def widget_id(outcome: Outcome, kind: str) -> str:
    return next(getattr(e, kind).id for e in outcome.elements if e.WhichOneof("type") == kind)


def sql_widgets(outcome: Outcome, sql: str):
    """Widget states that type `sql` into the SQL page's editor and press Run."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    editor, button = WidgetState(), WidgetState()
    editor.id, editor.string_value = widget_id(outcome, "text_area"), sql
    button.id, button.trigger_value = widget_id(outcome, "button"), True
    return [editor, button]


@dataclass
class Tally:
    runs: dict[str, list[float]] = field(default_factory=dict)
    messages: dict[str, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    bombs: int = 0
    canned_answers: int = 0
    canned_failures: list[str] = field(default_factory=list)


async def browse(port: int, pages: list[str], rounds: int, lang: str, tally: Tally) -> None:
    try:
        async with Session(port, lang) as session:
            for _ in range(rounds):
                for page in pages:
                    outcome = await session.run(page)
                    tally.runs.setdefault(page, []).append(outcome.seconds)
                    tally.messages.setdefault(page, []).append(outcome.messages)
                    tally.errors += outcome.errors
    except (OSError, TimeoutError, websockets.WebSocketException) as error:
        tally.errors.append(f"session: {type(error).__name__}: {error}")


async def attack(port: int, sql: str, done: asyncio.Event, tally: Tally) -> None:
    """A visitor on the SQL page who runs `sql` again and again until the browsing is done."""
    async with Session(port, "en") as session:
        page = await session.run("sql")
        while not done.is_set():
            outcome = await session.run("sql", sql_widgets(page, sql))
            tally.errors += outcome.errors
            tally.bombs += 1


async def canned(port: int, done: asyncio.Event, tally: Tally) -> None:
    """A visitor who keeps running a canned query on the SQL page; every run must answer."""
    async with Session(port, "en") as session:
        page = await session.run("sql")
        while not done.is_set():
            outcome = await session.run("sql", sql_widgets(page, queries.get(CANNED).sql))
            answered = any(e.WhichOneof("type") == "arrow_data_frame" or e.WhichOneof("type") == "dataframe"
                           for e in outcome.elements)  # fmt: skip
            if answered and not alerts(outcome):
                tally.canned_answers += 1
            else:
                tally.canned_failures += alerts(outcome) or ["no result table"]
            await asyncio.sleep(0.2)


async def load(port: int, pages: list[str], sessions: int, rounds: int, attackers: int) -> tuple[Tally, float]:
    tally, done = Tally(), asyncio.Event()
    side = []
    if attackers:
        bombs = [BOMBS["memory_bomb"], BOMBS["planner_bomb"]]
        side = [asyncio.create_task(attack(port, bombs[i % 2], done, tally)) for i in range(attackers)]
        side.append(asyncio.create_task(canned(port, done, tally)))
        await asyncio.sleep(1.0)  # let the bombs start before the visitors arrive
    started = time.perf_counter()
    await asyncio.gather(*(browse(port, pages, rounds, ("zh", "en")[i % 2], tally) for i in range(sessions)))
    elapsed = time.perf_counter() - started
    done.set()
    for task in side:
        try:
            await asyncio.wait_for(task, RUN_TIMEOUT)
        except Exception as error:  # an attacker's failure is a finding, not a crash of the benchmark
            tally.errors.append(f"sql visitor: {type(error).__name__}: {error}")
    return tally, elapsed


@dataclass
class Measured:
    name: str
    tally: Tally
    elapsed: float
    memory: MemorySampler

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.tally.runs.values())

    @property
    def per_second(self) -> float:
        return self.count / self.elapsed

    def percentile(self, page: str | None, q: float) -> float:
        values = sorted(self.tally.runs[page] if page is not None else [v for r in self.tally.runs.values() for v in r])
        return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def measure(name: str, script: Path, pages: list[str], sessions: int, rounds: int, attackers: int = 0) -> Measured:
    port = free_port()
    process = start_server(script, port)
    try:
        wait_healthy(port)
        asyncio.run(load(port, pages, 2, 1, 0))  # a first visitor in each language fills the caches
        with MemorySampler(process.pid) as memory:
            tally, elapsed = asyncio.run(load(port, pages, sessions, rounds, attackers))
        return Measured(name, tally, elapsed, memory)
    finally:
        stop_server(process)


def cold_start(script: Path) -> float:
    """Process start until the first page run has finished for a first visitor (no browser)."""
    port = free_port()
    started = time.perf_counter()
    process = start_server(script, port)
    try:
        wait_healthy(port)
        asyncio.run(load(port, [""], 1, 1, 0))
        return time.perf_counter() - started
    finally:
        stop_server(process)


def _median(runs: list[Measured]) -> Measured:
    return sorted(runs, key=lambda run: run.per_second)[len(runs) // 2]


def report(app: Measured, floor: Measured, sessions: int, rounds: int) -> None:
    ratio = floor.per_second / app.per_second
    print(f"### {sessions} sessions, every page {rounds}× each ({app.count} app page runs, {floor.count} floor)\n")
    print("| measure | app | floor | ratio (app cost ÷ floor cost) | goal ≤ 1.5× |")
    print("|---|---|---|---|---|")
    print(f"| page runs per second | {app.per_second:.1f} | {floor.per_second:.1f} | {ratio:.2f}× "
          f"| {'met' if ratio <= 1.5 else 'missed'} |")  # fmt: skip
    for label, q in (("p50", 0.5), ("p95", 0.95)):
        a, f = app.percentile(None, q), floor.percentile(None, q)
        print(f"| {label} of a page run, all pages | {a:.2f} s | {f:.2f} s | {a / f:.2f}× | |")
    print(f"| errors | {len(app.tally.errors)} | {len(floor.tally.errors)} | | 0 |")
    print(f"| peak resident memory, server | {app.memory.server:.0f} MiB | {floor.memory.server:.0f} MiB | | |")
    print(f"| peak resident memory, its workers | {app.memory.descendants:.0f} MiB "
          f"| {floor.memory.descendants:.0f} MiB | | |")  # fmt: skip
    print(f"| peak resident memory, whole tree | {app.memory.tree:.0f} MiB | {floor.memory.tree:.0f} MiB | | |")
    print("\n| app page | runs | p50 | p95 | messages a run (median) |")
    print("|---|---|---|---|---|")
    for page in APP_PAGES:
        if page in app.tally.runs:
            print(f"| {page or 'home'} | {len(app.tally.runs[page])} | {app.percentile(page, 0.5):.2f} s "
                  f"| {app.percentile(page, 0.95):.2f} s | {statistics.median(app.tally.messages[page]):g} |")  # fmt: skip
    print(f"| floor | {floor.count} | {floor.percentile(None, 0.5):.2f} s | {floor.percentile(None, 0.95):.2f} s "
          f"| {statistics.median(floor.tally.messages['']):g} |")  # fmt: skip
    for name, measured in (("app", app), ("floor", floor)):
        for error in sorted(set(measured.tally.errors))[:10]:
            print(f"\n{name} error: {error}")


def browser_cold_starts(repeat: int) -> tuple[float, float]:
    """Process start until the first chart is drawn in Chromium (median of `repeat`), app and floor."""
    from playwright.sync_api import sync_playwright

    from bench.pages import ARGS, CHROMIUM
    from bench.pages import cold_start as browser_cold_start

    drawn = "document.querySelectorAll('.js-plotly-plot .main-svg').length >= 1"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            apps, floors = [], []
            for _ in range(repeat):  # interleaved, so both see the same machine
                apps.append(browser_cold_start(chromium, ROOT / "app.py", drawn))
                floors.append(browser_cold_start(chromium, FLOOR, drawn))
        finally:
            chromium.close()
    return statistics.median(apps), statistics.median(floors)


APP = typer.Option(ROOT / "app.py", help="The app to measure, e.g. another checkout's app.py.")
SESSIONS = typer.Option([20], help="Concurrent sessions; repeat the option for several runs (0: none).")


def main(
    sessions: list[int] = SESSIONS,
    app: Path = APP,
    rounds: int = typer.Option(1, help="How many times each session visits every page."),
    repeat: int = typer.Option(1, help="Measure app and floor alternately this many times; report the medians."),
    attack: bool = typer.Option(False, help="SQL visitors run memory and planner bombs meanwhile."),
    attackers: int = typer.Option(4, help="With --attack: how many bombing visitors (half memory, half planner)."),
    cold: int = typer.Option(0, help="Also measure cold start, median of this many (0: skip)."),
    browser: int = typer.Option(
        0, help="Also measure cold start to the first chart drawn in Chromium, median of this many."
    ),
) -> None:
    for count in filter(None, sessions):  # --sessions 0: only the cold start
        apps, floors = [], []
        for _ in range(repeat):  # alternately, so that the machine's drift falls on both
            apps.append(measure("app", app, APP_PAGES, count, rounds, attackers if attack else 0))
            floors.append(measure("floor", FLOOR, [""], count, rounds * len(APP_PAGES)))
        measured, floor = _median(apps), _median(floors)
        report(measured, floor, count, rounds)
        if repeat > 1:
            ratios = sorted(f.per_second / a.per_second for a, f in zip(apps, floors, strict=True))
            print(f"\nAlternating {repeat}×, page runs per second: app {', '.join(f'{a.per_second:.0f}' for a in apps)}; "
                  f"floor {', '.join(f'{f.per_second:.0f}' for f in floors)}. The table holds the median runs; "
                  f"the ratio of each pair ranged {ratios[0]:.2f}–{ratios[-1]:.2f}×.")  # fmt: skip
        if attack:
            t = measured.tally
            print(f"\nUnder attack: {t.bombs} bombs run by {attackers} SQL visitors; canned query answered "
                  f"{t.canned_answers}×, failed {len(t.canned_failures)}× {sorted(set(t.canned_failures))[:3]}; "
                  f"peak of the whole tree {measured.memory.tree:.0f} MiB (ceiling 1536 MiB)")  # fmt: skip
        print()
    if cold:
        apps = [cold_start(app) for _ in range(cold)]
        floors = [cold_start(FLOOR) for _ in range(cold)]
        a, f = statistics.median(apps), statistics.median(floors)
        print(f"### Cold start, no browser (median of {cold})\n")
        print("| measure | app | floor | ratio | goal ≤ 1.2× |")
        print("|---|---|---|---|---|")
        print(f"| process start → first page run finished | {a:.2f} s | {f:.2f} s | {a / f:.2f}× "
              f"| {'met' if a / f <= 1.2 else 'missed'} |")  # fmt: skip
    if browser:
        a, f = browser_cold_starts(browser)
        print(f"\n### Cold start in Chromium (median of {browser})\n")
        print("| measure | app | floor | ratio | goal ≤ 1.2× |")
        print("|---|---|---|---|---|")
        print(f"| process start → first chart drawn | {a:.2f} s | {f:.2f} s | {a / f:.2f}× "
              f"| {'met' if a / f <= 1.2 else 'missed'} |")  # fmt: skip


if __name__ == "__main__":
    typer.run(main)
