"""Benchmark the dashboard: `python -m bench.pages [--repeat N]`, results as Markdown tables.

Every figure is a median of several runs against a baseline measured in the same run:
- warm script-run time of each page (AppTest) vs a page drawing the same number of charts from
  constant data (goal ≤ 1.5×);
- cold start: process start until the first page's charts are visible in Chromium, vs a hello-world
  Streamlit app (goal ≤ 1.5×);
- briefing export of every chart vs exporting one chart alone (goal ≤ 3×);
- peak memory of the server after visiting every page in both languages.
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

import typer
from playwright.sync_api import sync_playwright
from streamlit.testing.v1 import AppTest

from gwr.charts import briefing
from gwr.paths import ROOT

PAGES = ["overview", "share_of_city", "years", "sectors", "data", "sql", "report"]
URLS = ["", "share_of_city", "years", "sectors", "data", "sql", "report"]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

BASELINE_PAGE = """
import plotly.graph_objects as go
import streamlit as st

st.title("baseline")
for i in range({charts}):
    fig = go.Figure(go.Bar(x=list(range(12)), y=[v * (i + 1) for v in range(12)], text=[str(v) for v in range(12)]))
    fig.update_layout(title="constant chart %d" % i, height=500)
    st.plotly_chart(fig, theme=None, key="c%d" % i)
"""
HELLO = 'import streamlit as st\nst.title("hello")\n'


def warm_run(script: Path, repeat: int) -> tuple[float, int]:
    app = AppTest.from_file(str(script), default_timeout=120)
    app.run()
    app.run()
    charts = len(app.get("plotly_chart"))
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        app.run()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), charts


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(script: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def wait_healthy(port: int) -> None:
    while True:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                return
        except OSError:
            time.sleep(0.05)


def cold_start(browser, script: Path, ready_js: str) -> float:
    port = free_port()
    started = time.perf_counter()
    process = start_server(script, port)
    try:
        wait_healthy(port)
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_function(ready_js, timeout=120_000)
        elapsed = time.perf_counter() - started
        page.close()
        return elapsed
    finally:
        process.terminate()
        process.wait(timeout=20)


def peak_memory(browser) -> tuple[float, float]:
    """Peak resident memory (MiB) of the server after every page in both languages, and of its SQL workers."""
    port = free_port()
    process = start_server(ROOT / "app.py", port)
    try:
        wait_healthy(port)
        page = browser.new_page(viewport={"width": 1400, "height": 1200})
        for lang in ("中文", "English"):
            for url in URLS:
                page.goto(f"http://127.0.0.1:{port}/{url}?lang={lang}")
                page.wait_for_selector("h1", timeout=60_000)
                page.wait_for_timeout(1500)
        page.goto(f"http://127.0.0.1:{port}/sql?sql=SELECT%20count(*)%20FROM%20facts")
        page.get_by_role("button", name="运行").click()  # starts the SQL workers
        page.wait_for_selector("text=1 行", timeout=60_000)
        status = Path(f"/proc/{process.pid}/status").read_text()
        peak = int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1]) / 1024
        workers = subprocess.run(["pgrep", "-P", str(process.pid), "-f", "gwr.sql.worker"],
                                 capture_output=True, text=True).stdout.split()  # fmt: skip
        worker_rss = 0.0
        for pid in workers:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS"):
                    worker_rss += int(line.split()[1]) / 1024
        return peak, worker_rss
    finally:
        process.terminate()
        process.wait(timeout=20)


def export_seconds(single: bool) -> float:
    out = Path(tempfile.mkdtemp(prefix="jianxi-bench-export-"))
    original = briefing.charts_for
    if single:
        briefing.charts_for = lambda lang, connection=None: original(lang, connection)[:1]
    try:
        started = time.perf_counter()
        written = briefing.export(out, ["zh"] if single else ["zh", "en"], "png", "1600x900")
        elapsed = time.perf_counter() - started
    finally:
        briefing.charts_for = original
    return elapsed, len(written)


def main(repeat: int = typer.Option(7, help="Runs per timing; the median is reported.")) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="jianxi-bench-"))
    print("### Warm script run of each page (AppTest)\n")
    print("| page | charts | page run | baseline run (same charts, constant data) | ratio | goal ≤ 1.5× |")
    print("|---|---|---|---|---|---|")
    for name in PAGES:
        seconds, charts = warm_run(ROOT / "pages" / f"{name}.py", repeat)
        baseline_script = scratch / f"baseline_{charts}.py"
        baseline_script.write_text(textwrap.dedent(BASELINE_PAGE.format(charts=charts)))
        base, _ = warm_run(baseline_script, repeat)
        ratio = seconds / base
        print(f"| {name} | {charts} | {seconds * 1000:.0f} ms | {base * 1000:.0f} ms | {ratio:.2f}× "
              f"| {'met' if ratio <= 1.5 else 'missed'} |")  # fmt: skip

    hello = scratch / "hello.py"
    hello.write_text(HELLO)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        charts_js = "document.querySelectorAll('.js-plotly-plot .main-svg').length >= 2"
        hello_js = "document.querySelector('h1') && document.querySelector('h1').innerText === 'hello'"
        app_runs = [cold_start(browser, ROOT / "app.py", charts_js) for _ in range(3)]
        hello_runs = [cold_start(browser, hello, hello_js) for _ in range(3)]
        peak, workers = peak_memory(browser)
        browser.close()
    app_cold, hello_cold = statistics.median(app_runs), statistics.median(hello_runs)
    print("\n### Cold start (median of 3)\n")
    print("| measure | app | hello-world baseline | ratio | goal ≤ 1.5× |")
    print("|---|---|---|---|---|")
    print(f"| process start → first page's charts visible | {app_cold:.2f} s | {hello_cold:.2f} s "
          f"| {app_cold / hello_cold:.2f}× | {'met' if app_cold / hello_cold <= 1.5 else 'missed'} |")  # fmt: skip

    singles = [export_seconds(single=True) for _ in range(2)]
    batches = [export_seconds(single=False) for _ in range(2)]
    single, batch = statistics.median(s for s, _ in singles), statistics.median(b for b, _ in batches)
    print("\n### Briefing export (median of 2, each including Chromium's start)\n")
    print("| measure | batch | one chart alone | ratio | goal ≤ 3× |")
    print("|---|---|---|---|---|")
    print(f"| all {batches[0][1]} charts (zh + en) vs 1 chart | {batch:.1f} s | {single:.1f} s "
          f"| {batch / single:.2f}× | {'met' if batch / single <= 3 else 'missed'} |")  # fmt: skip

    print("\n### Memory\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| server peak resident memory after every page in both languages | {peak:.0f} MiB |")
    print(f"| its SQL workers, resident | {workers:.0f} MiB |")


if __name__ == "__main__":
    typer.run(main)
