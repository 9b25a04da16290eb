"""Network benchmark: `python -m bench.network [--repeat 3]`, Markdown on stdout (issue 24).

The public instance's first view as a visitor's browser has it: Chromium (Debian's) through Playwright,
a fresh browser context a run (nothing cached), as a phone (390×844, WeChat's user agent) and as a
desktop (1400×900), over a link throttled through the DevTools protocol (1.6 Mbit/s down, 750 kbit/s
up, 150 ms latency, CPU ×4: `Network.emulateNetworkConditions`, `Emulation.setCPUThrottlingRate`) and
unthrottled. Views: the app's home, Sectors and a filtered Data link, and the floor app (one page, one
Plotly chart: the least a Streamlit page with a chart costs), each served by its own `streamlit run`
on loopback, or at `--base` (a proxy in front of the app).

Each run reports: seconds from navigation to the first chart drawn and to the first table (a data
grid, or a phone's rows), HTTP bytes as they crossed the wire (encoded) and websocket bytes (frames
both ways); the heaviest requests of the last run are listed. The physical limit beside each throttled
row: bytes before the first chart ÷ link speed, plus the round trips of the requests before it.

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

from bench.load import FLOOR, ROOT, free_port, start_server, stop_server, wait_healthy

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
# view: (server, path with query, what "first chart" and "first table" wait for)
VIEWS = {
    "app home": ("app", "/?lang=zh"),
    "app Sectors": ("app", "/sectors?lang=zh"),
    "app Data, filtered": ("app", "/data?lang=en&sector=trade,finance"),
    "floor": ("floor", "/"),
}
CHART = "document.querySelector('.js-plotly-plot .main-svg')"
TABLE = (
    'document.querySelector(\'[data-testid="stDataFrame"] canvas, [data-testid="stMarkdownContainer"] strong + br\')'
)
TIMEOUT_S = 180


@dataclass
class Run:
    chart_s: float | None = None
    table_s: float | None = None
    http_bytes: int = 0
    ws_bytes: int = 0
    bytes_before_chart: int = 0
    requests_before_chart: int = 0
    heaviest: list[tuple[int, str]] = field(default_factory=list)


def visit(browser: Browser, url: str, device: str, throttled: bool) -> Run:
    """One visit in a fresh context: navigation until the first chart and the first table (or the
    timeout), with the bytes of every response and websocket frame."""
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
        if run.chart_s is None:
            run.bytes_before_chart += size
            run.requests_before_chart += 1

    def frame(event):
        run.ws_bytes += len(event["response"].get("payloadData", ""))

    cdp.on("Network.requestWillBeSent", lambda event: urls.setdefault(event["requestId"], event["request"]["url"]))
    cdp.on("Network.loadingFinished", finished)
    cdp.on("Network.webSocketFrameReceived", frame)
    cdp.on("Network.webSocketFrameSent", frame)
    page.goto(url, wait_until="commit", timeout=TIMEOUT_S * 1000)
    deadline = start + TIMEOUT_S
    while time.monotonic() < deadline and (run.chart_s is None or run.table_s is None):
        found = page.evaluate(f"[!!{CHART}, !!{TABLE}]")
        now = time.monotonic() - start
        if found[0] and run.chart_s is None:
            run.chart_s = now
        if found[1] and run.table_s is None:
            run.table_s = now
        if "Data" not in url and run.chart_s is not None and now > run.chart_s + 2:
            break  # pages whose table is far below: the chart is the first view
        page.wait_for_timeout(100)
    page.wait_for_timeout(500)
    run.heaviest = sorted(((size, urls.get(rid, "?")) for rid, size in sizes.items()), reverse=True)[:5]
    context.close()
    return run


def limit_s(run: Run) -> float:
    """The physical limit of a throttled first chart: its bytes at the link's speed, and one round trip
    (twice the latency) a request, as if none overlapped another (an upper bound of the limit)."""
    return run.bytes_before_chart / DOWN + run.requests_before_chart * 2 * LATENCY_MS / 1000


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


LINKS = typer.Option(["throttled", "direct"], "--link", help="throttled, direct or both (repeat the option).")
DEVICE_NAMES = typer.Option(list(DEVICES), "--device", help="phone, desktop or both (repeat the option).")


def main(
    repeat: int = typer.Option(3, help="Runs of each view, device and link; the median is reported."),
    links: list[str] = LINKS,
    devices: list[str] = DEVICE_NAMES,
    base: str = typer.Option("", help="The app's address (a proxy in front of it); default: a server of our own."),
    floor_base: str = typer.Option("", help="The floor app's address, if served elsewhere."),
) -> None:
    with sync_playwright() as playwright, ExitStack() as stack:
        servers = {}
        for name, script, given in (("app", ROOT / "app.py", base), ("floor", FLOOR, floor_base)):
            if given:
                servers[name] = given.rstrip("/")
                continue
            port = free_port()
            process = start_server(Path(script), port)
            stack.callback(stop_server, process)
            wait_healthy(port)
            servers[name] = f"http://127.0.0.1:{port}"
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        stack.callback(browser.close)
        for server in servers.values():  # one visit each first: Streamlit's own first-run costs are not a visitor's
            visit(browser, server + "/", "desktop", throttled=False)
        typer.echo(f"Network benchmark: median of {repeat}; throttled = {DOWN * 8 / 1e6:.1f} Mbit/s down, "
                   f"{UP * 8 / 1e3:.0f} kbit/s up, {LATENCY_MS} ms, CPU ×{CPU}.\n")  # fmt: skip
        typer.echo("| view | device | link | first chart s | first table s | HTTP bytes | websocket bytes "
                   "| bytes before chart | limit s | × floor |")  # fmt: skip
        typer.echo("|---|---|---|---|---|---|---|---|---|---|")
        heaviest = {}
        for device in devices:
            for throttled in (link == "throttled" for link in links):
                runs: dict[str, list[Run]] = {view: [] for view in VIEWS}
                for _ in range(repeat):
                    for view, (server, path) in VIEWS.items():
                        runs[view].append(visit(browser, servers[server] + path, device, throttled))
                floor_chart = _median([r.chart_s for r in runs["floor"]])
                for view, measured in runs.items():
                    chart = _median([r.chart_s for r in measured])
                    ratio = f"{chart / floor_chart:.2f}" if chart and floor_chart else "—"
                    limit = _seconds(_median([limit_s(r) for r in measured])) if throttled else "—"
                    typer.echo(
                        f"| {view} | {device} | {'throttled' if throttled else 'direct'} | {_seconds(chart)} "
                        f"| {_seconds(_median([r.table_s for r in measured]))} "
                        f"| {statistics.median(r.http_bytes for r in measured):,.0f} "
                        f"| {statistics.median(r.ws_bytes for r in measured):,.0f} "
                        f"| {statistics.median(r.bytes_before_chart for r in measured):,.0f} | {limit} | {ratio} |"
                    )
                    heaviest[view] = measured[-1].heaviest
        typer.echo("\nHeaviest requests (last run of each view):\n")
        for view, rows in heaviest.items():
            typer.echo(f"- {view}: " + "; ".join(f"{url.rsplit('/', 1)[-1][:50]} {size:,}" for size, url in rows))


if __name__ == "__main__":
    typer.run(main)
