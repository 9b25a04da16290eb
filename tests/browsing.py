"""What the browser tests share: the app served on a free loopback port, Debian's Chromium through
Playwright, the pages, a phone, and waiting for a page to be drawn. The fixtures (`server`, `browser`,
`page`, `desktop`, `phone`) are in conftest.py."""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Page

from deploy.servers import free_port, start_server, stop_server, wait_healthy
from gwr.paths import ROOT

CHROMIUM = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
LANGUAGES = {"zh": "中文", "en": "English"}
# url path, charts the default view draws, its title per language
PAGES = {
    "": (2, "涧西区2023年政府工作报告 · 数据", "Jianxi District 2023 Government Work Report · Data"),
    "share_of_city": (1, "涧西区占洛阳市的比重", "Jianxi District's share of Luoyang"),
    "years": (3, "2022年实绩 → 2023年目标", "2022 results → 2023 targets"),
    "ledger": (0, "目标与结果：涧西区", "Targets and results: Jianxi District"),
    "compare": (0, "地区与年份对比", "Compare places and years"),
    "sectors": (1, "领域与产业集群", "Sectors and industry clusters"),
    "data": (0, "数据", "Data"),
    "sql": (0, "SQL 查询", "SQL"),
    "report": (0, "报告原文", "The report"),
}
# A phone as Chromium emulates one: touch, and a phone's user agent (the app lays charts out for
# phones by the user agent; a Pixel's Chrome says "Mobile", as iPhones and WeChat's browser do).
PHONE = {
    "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "is_mobile": True,
    "has_touch": True,
}
# Both sizes every screen is looked at: a phone (its user agent too) and a desktop's first screen.
DEVICES = {"phone": ({"width": 390, "height": 844}, PHONE), "desktop": ({"width": 1400, "height": 900}, {})}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def running_app(env: dict | None = None):
    """`streamlit run app.py` on a free loopback port (bench.load starts it as the benchmarks do), with
    `env` added to its environment (GWR_REPORTS_DIR: further reports); yields its URL once it answers.
    Its log goes to artifacts/."""
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk"
    port = free_port()
    log = ROOT / "artifacts" / f"streamlit-{port}.log"
    log.parent.mkdir(exist_ok=True)
    with log.open("w") as output:
        process = start_server(ROOT / "app.py", port, env=env, stderr=output)
        try:
            try:
                wait_healthy(port, timeout=60)
            except RuntimeError:
                pytest.fail(f"streamlit did not start; see {log}")
            yield f"http://127.0.0.1:{port}"
        finally:
            stop_server(process)


def wait_for_app(page: Page, charts: int) -> None:
    page.wait_for_selector("h1", timeout=60_000)
    if charts:
        page.wait_for_function(
            f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {charts}", timeout=60_000
        )
    page.wait_for_timeout(500)


def wait_settled(page: Page) -> None:
    """Until no element of an earlier run is still drawn faded (Streamlit marks them stale while a rerun
    is under way; a check of colours then reads the fade)."""
    page.wait_for_function("!document.querySelector('[data-stale=\"true\"]')", timeout=30_000)
    page.wait_for_timeout(300)


def assert_no_error(page: Page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    errors = page.locator('[data-testid="stAlertContentError"]')
    assert errors.count() == 0, errors.first.inner_text()
