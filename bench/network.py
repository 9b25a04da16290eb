"""Network benchmark: `python -m bench.network [--repeat 3]`, Markdown on stdout (issue 24).

The public instance's first view as a visitor's browser has it: Chromium (Debian's) through Playwright,
a fresh browser context a run (nothing cached), as a phone (390×844, WeChat's user agent) and as a
desktop (1400×900), over a link throttled through the DevTools protocol (1.6 Mbit/s down, 750 kbit/s
up, 150 ms latency, CPU ×4: `Network.emulateNetworkConditions`, `Emulation.setCPUThrottlingRate`) and
unthrottled. Views: the app's home, Sectors and a filtered Data link, and the floor app (one page, one
Plotly chart: the least a Streamlit page with a chart costs), each served directly by its own
`streamlit run` on loopback, and through the public instance's proxy (`make public`: Caddy in front of
two instances, `deploy/`), the floor through a proxy of its own configured the same way.

Each run reports: seconds from navigation to the first chart drawn and to the first table (a data
grid, or a phone's rows), HTTP bytes as they crossed the wire (encoded) and websocket bytes (frames
both ways); the heaviest requests of the last run are listed. The physical limit beside each throttled
row: bytes before the first view ÷ link speed, plus the round trips that must follow one another.

A benchmark, not a test: nothing here asserts a timing. Medians of `--repeat` runs, the app's views
and the floor interleaved so they see the same machine.
"""

from __future__ import annotations

import statistics
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import typer
from playwright.sync_api import Browser, sync_playwright

from bench.load import FLOOR, ROOT
from deploy.servers import free_port, start_public, start_server, stop_server, wait_healthy

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
WECHAT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/124.0.0.0 Mobile Safari/537.36 XWEB/1240025 MMWEBSDK/20240301 MicroMessenger/8.0.48"
)
DEVICES = {
    "phone": {"viewport": {"width": 390, "height": 844}, "user_agent": WECHAT, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1400, "height": 900}},
}
# A slow mobile link, as the issue measured it: bytes per second, and milliseconds each way.
DOWN, UP, LATENCY_MS, CPU = 1.6e6 / 8, 750e3 / 8, 150, 4
# view: (server, path with query, what its first view draws: a chart, a table or both)
VIEWS = {
    "app home": ("app", "/?lang=zh", {"chart"}),
    "app Sectors": ("app", "/sectors?lang=zh", {"chart", "table"}),
    "app Data, filtered": ("app", "/data?lang=en&sector=trade,finance", {"table"}),
    "floor": ("floor", "/", {"chart"}),
}
CHART = "document.querySelector('.js-plotly-plot .main-svg')"
TABLE = (
    'document.querySelector(\'[data-testid="stDataFrame"] canvas, [data-testid="stMarkdownContainer"] strong + br\')'
)
TIMEOUT_S = 180
CHAIN = 5  # round trips one after another before a first chart (limit_s)


@dataclass
class Run:
    chart_s: float | None = None
    table_s: float | None = None
    http_bytes: int = 0
    ws_bytes: int = 0
    bytes_before_first: int = 0  # before the first chart, or the table of a view without one
    first_drawn: bool = False
    heaviest: list[tuple[int, str]] = field(default_factory=list)


def visit(browser: Browser, url: str, device: str, throttled: bool, draws: frozenset = frozenset({"chart"})) -> Run:
    """One visit in a fresh context: navigation until what the view draws (its first chart, its first
    table) is there, or the timeout, with the bytes of every response and websocket frame."""
    context = browser.new_context(**DEVICES[device])
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    if throttled:
        cdp.send(
            "Network.emulateNetworkConditions",
            {"offline": False, "latency": LATENCY_MS, "downloadThroughput": DOWN, "uploadThroughput": UP},
        )
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU})
    run, urls, start = Run(), {}, time.monotonic()
    sizes: dict[str, int] = {}

    def finished(event):
        size = int(event.get("encodedDataLength", 0))
        run.http_bytes += size
        sizes[event["requestId"]] = size
        if not run.first_drawn:
            run.bytes_before_first += size

    def frame(event):
        run.ws_bytes += len(event["response"].get("payloadData", ""))

    cdp.on("Network.requestWillBeSent", lambda event: urls.setdefault(event["requestId"], event["request"]["url"]))
    cdp.on("Network.loadingFinished", finished)
    cdp.on("Network.webSocketFrameReceived", frame)
    cdp.on("Network.webSocketFrameSent", frame)
    page.goto(url, wait_until="commit", timeout=TIMEOUT_S * 1000)
    deadline = start + TIMEOUT_S
    waiting = lambda: ("chart" in draws and run.chart_s is None) or ("table" in draws and run.table_s is None)  # noqa: E731
    while time.monotonic() < deadline and waiting():
        found = page.evaluate(f"[!!{CHART}, !!{TABLE}]")
        now = time.monotonic() - start
        if found[0] and run.chart_s is None:
            run.chart_s = now
        if found[1] and run.table_s is None:
            run.table_s = now
        run.first_drawn = run.chart_s is not None if "chart" in draws else run.table_s is not None
        page.wait_for_timeout(100)
    page.wait_for_timeout(500)
    run.heaviest = sorted(((size, urls.get(rid, "?")) for rid, size in sizes.items()), reverse=True)[:5]
    context.close()
    return run


def limit_s(run: Run) -> float:
    """The physical limit of a throttled first view: its bytes at the link's speed, plus the round trips
    that must follow one another before anything is drawn (the page, its entry script, the websocket's
    handshake, the script run's first message, the chart's bundle), each one latency (DevTools applies
    it per request). A lower bound: it leaves out the phone's CPU."""
    return run.bytes_before_first / DOWN + CHAIN * LATENCY_MS / 1000


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


LINKS = typer.Option(["throttled", "direct"], "--link", help="throttled, direct or both (repeat the option).")
DEVICE_NAMES = typer.Option(list(DEVICES), "--device", help="phone, desktop or both (repeat the option).")
SERVINGS = typer.Option(
    ["direct", "proxy"], "--serving", help="direct (streamlit run), proxy (make public's Caddy), or both."
)


def serve(stack: ExitStack, serving: str, script: Path) -> str:
    """The address of `script` served directly by one `streamlit run`, or through the public instance's
    proxy (`deploy.public`: Caddy in front of two instances), stopped when `stack` closes."""
    port = free_port()
    process = start_server(script, port) if serving == "direct" else start_public(script, port)
    stack.callback(stop_server, process)
    wait_healthy(port, timeout=300)  # the first start through the proxy compresses Streamlit's bundles
    return f"http://127.0.0.1:{port}"


def main(
    repeat: int = typer.Option(3, help="Runs of each view, device and link; the median is reported."),
    links: list[str] = LINKS,
    devices: list[str] = DEVICE_NAMES,
    servings: list[str] = SERVINGS,
) -> None:
    typer.echo(f"Network benchmark: median of {repeat}; throttled = {DOWN * 8 / 1e6:.1f} Mbit/s down, "
               f"{UP * 8 / 1e3:.0f} kbit/s up, {LATENCY_MS} ms, CPU ×{CPU}; × floor: the app's first chart "
               "over the floor's, served the same way.\n")  # fmt: skip
    typer.echo("| view | served | device | link | first chart s | first table s | HTTP bytes | websocket bytes "
               "| bytes before first view | limit s | × floor |")  # fmt: skip
    typer.echo("|---|---|---|---|---|---|---|---|---|---|---|")
    heaviest = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for serving in servings:
            with ExitStack() as stack:
                servers = {"app": serve(stack, serving, ROOT / "app.py"), "floor": serve(stack, serving, FLOOR)}
                for server in servers.values():  # one visit each first: a server's own first run is not a visitor's
                    visit(browser, server + "/", "desktop", throttled=False)
                for device in devices:
                    for throttled in (link == "throttled" for link in links):
                        runs: dict[str, list[Run]] = {view: [] for view in VIEWS}
                        for _ in range(repeat):
                            for view, (server, path, draws) in VIEWS.items():
                                url = servers[server] + path
                                runs[view].append(visit(browser, url, device, throttled, frozenset(draws)))
                        _rows(runs, serving, device, throttled)
                        heaviest.update({(view, serving): measured[-1].heaviest for view, measured in runs.items()})
        browser.close()
    typer.echo("\nHeaviest requests (last run of each view, bytes on the wire):\n")
    for (view, serving), rows in heaviest.items():
        typer.echo(
            f"- {view}, {serving}: " + "; ".join(f"{url.rsplit('/', 1)[-1][:50]} {size:,}" for size, url in rows)
        )


def _rows(runs: dict[str, list[Run]], serving: str, device: str, throttled: bool) -> None:
    floor_chart = _median([r.chart_s for r in runs["floor"]])
    for view, measured in runs.items():
        chart = _median([r.chart_s for r in measured])
        ratio = f"{chart / floor_chart:.2f}" if chart and floor_chart else "—"
        limit = _seconds(_median([limit_s(r) for r in measured])) if throttled else "—"
        typer.echo(
            f"| {view} | {serving} | {device} | {'throttled' if throttled else 'direct'} | {_seconds(chart)} "
            f"| {_seconds(_median([r.table_s for r in measured]))} "
            f"| {statistics.median(r.http_bytes for r in measured):,.0f} "
            f"| {statistics.median(r.ws_bytes for r in measured):,.0f} "
            f"| {statistics.median(r.bytes_before_first for r in measured):,.0f} | {limit} | {ratio} |"
        )


if __name__ == "__main__":
    typer.run(main)
