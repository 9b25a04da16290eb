"""The public instance (`make public`, deploy/): Caddy in front of two Streamlit instances, started as
the README says, on a free port. Compressed bundles with a year's caching, pages compressed and never
cached, the Plotly bundle announced on the pages that draw a chart and only there, the sticky cookie
set and honoured, pages drawn in Chromium through the proxy with no request to any other host, an
instance stopped under 20 visitors (bench.failover) and a browser tab that lives through it, and
everything stopped at the end."""

import gzip
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import brotli
import pytest
from browsing import CHROMIUM, CHROMIUM_ARGS, DEVICES, PAGES, assert_no_error, wait_for_app, wait_settled
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from bench.failover import COOKIE, cookie_for, failover, instances, sticky
from deploy.bundles import bundle, streamlit_static
from deploy.servers import free_port, healthy
from gwr.paths import ROOT

SECRET = "test-public"
STATIC = streamlit_static() / "static" / "js"
YEAR = "max-age=31536000"


@pytest.fixture(scope="module")
def public(tmp_path_factory):
    """`make public` on a free port; yields (port, log of deploy.public); stops it with SIGTERM and
    checks that every process it started is gone."""
    port = free_port()
    log = tmp_path_factory.mktemp("public") / "public.log"
    # A stopped instance is started again after 15 s, so a failover is seen before it is back.
    env = {**os.environ, "PUBLIC_PORT": str(port), "PUBLIC_LB_SECRET": SECRET, "PUBLIC_RESTART_AFTER": "15"}
    with log.open("w") as output:
        make = subprocess.Popen(["make", "-s", "public"], cwd=ROOT, env=env, stdout=output, stderr=output)
    try:
        deadline = time.monotonic() + 300  # a first start compresses Streamlit's bundles (~30 s)
        while not healthy(port):
            assert make.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.2)
        yield port, log
    finally:
        started = [pid for _, pid in instances(log).values()] + [
            int(p) for p in re.findall(r"caddy: pid (\d+)", log.read_text())
        ]
        make.send_signal(signal.SIGTERM)
        make.wait(timeout=60)
    time.sleep(0.5)
    assert [pid for pid in started if _alive(pid)] == [], log.read_text()[-2000:]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _get(port: int, path: str, encodings: str | None, cookie: str | None = None):
    headers = {"Accept-Encoding": encodings} if encodings else {}
    if cookie:
        headers["Cookie"] = f"{COOKIE}={cookie}"
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.headers, answer.read()


@contextmanager
def _chromium():
    """Debian's Chromium for one test (not the module's `browser` fixture: its Playwright loop would
    still run under bench.failover's asyncio.run)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _decoded(headers, body: bytes) -> bytes:
    encoding = headers.get("Content-Encoding")
    return {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda data: data}[encoding](body)


@pytest.mark.parametrize(("accepted", "expected"), [("br, gzip, zstd", "br"), ("gzip", "gzip"), (None, None)])
def test_bundles_come_compressed_and_cached_for_a_year(public, accepted, expected):
    port, _ = public
    name = bundle("PlotlyChart")
    headers, body = _get(port, f"/static/js/{name}", accepted)
    assert headers.get("Content-Encoding") == expected
    assert "immutable" in headers["Cache-Control"] and YEAR in headers["Cache-Control"]
    original = (STATIC / name).read_bytes()
    assert _decoded(headers, body) == original
    if expected:
        assert len(body) < len(original) / 3


@pytest.mark.parametrize("path", [f"/{page}" for page in PAGES])
def test_pages_come_compressed_never_cached_and_announce_plotly_only_where_they_draw(public, path):
    port, _ = public
    headers, _ = _get(port, path + "?lang=en", "zstd")  # Streamlit's own compression is gzip only: this is Caddy's
    assert headers.get("Content-Encoding") == "zstd"
    assert headers["Cache-Control"] == "no-cache"
    assert headers.get("X-Content-Type-Options") == "nosniff" and headers.get("Server") is None
    draws = PAGES[path.strip("/")][0] > 0
    link = headers.get("Link") or ""
    assert (bundle("PlotlyChart") in link and "modulepreload" in link) == draws, link


def test_streamlit_json_is_compressed(public):
    port, _ = public
    headers, _ = _get(port, "/_stcore/host-config", "zstd")
    assert headers.get("Content-Encoding") == "zstd"


def test_a_large_request_body_is_refused_at_the_proxy(public):
    """A request that announces 2 MB is answered 413 by the proxy before any of it is sent."""
    port, _ = public
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(
            b"PUT /_stcore/upload_file/x/y HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n"
        )
        assert connection.recv(100).startswith(b"HTTP/1.1 413")


def test_sticky_cookie_is_set_for_an_instance_and_honoured(public):
    port, log = public
    cookies = {cookie_for(SECRET, instance_port) for instance_port, _ in instances(log).values()}
    assert len(cookies) == 2
    given = sticky(_get(port, "/_stcore/health", None)[0])
    assert given in cookies  # the cookie names one of the two instances
    for _ in range(10):  # and a visitor who sends it back keeps it: no other instance is picked
        assert sticky(_get(port, "/_stcore/health", None, cookie=given)[0]) is None
    # a cookie no instance has (a stale or forged one) gets a real one
    assert sticky(_get(port, "/_stcore/health", None, cookie="0" * 64)[0]) in cookies


@pytest.mark.parametrize("device", list(DEVICES))
def test_every_page_is_drawn_through_the_proxy_from_the_instance_alone(public, device):
    port, _ = public
    base = f"http://127.0.0.1:{port}"
    viewport, emulation = DEVICES[device]
    with _chromium() as chromium:
        context = chromium.new_context(viewport=viewport, **emulation)
        elsewhere: list[str] = []
        context.on(
            "request", lambda request: request.url.startswith((base, "data:", "blob:")) or elsewhere.append(request.url)
        )
        for page_path, (charts, *titles) in PAGES.items():
            for lang, title in zip(("zh", "en"), titles, strict=True):
                tab = context.new_page()
                tab.goto(f"{base}/{page_path}?lang={lang}")
                wait_for_app(tab, charts)
                assert tab.locator("h1").first.inner_text().strip() == title
                assert_no_error(tab)
                tab.close()
    assert elsewhere == []


def test_an_instance_stopped_under_twenty_visitors(public):
    """bench.failover: its visitors reconnect to the other instance with their view intact; the
    others see no error and no dropped socket; new visitors are sent elsewhere, and reach it again
    once deploy.public has started it again."""
    port, log = public
    result = failover(port, log, SECRET, sessions=20, stopped=1, browse_s=8.0)
    assert result.on_stopped and result.survivors, "the sticky cookie should spread 20 visitors over both"
    assert result.survivor_problems == []
    for visitor in result.on_stopped:
        assert visitor.reconnects >= 1 and visitor.errors == [] and visitor.changed == [], visitor
    assert result.left_out_s is not None, "new visitors kept landing on the stopped instance"
    assert result.back_s is not None, "the restarted instance took no new visitor"


def test_a_browser_tab_lives_through_its_instance_stopping(public):
    """A real tab on a filtered English view: its instance stops; Streamlit's frontend reconnects
    through the proxy, which sends it to the other instance; the view is the same, word for word, and
    the page answers the visitor's clicks there."""
    port, log = public
    base = f"http://127.0.0.1:{port}"
    with _chromium() as chromium:
        context = chromium.new_context(viewport=DEVICES["desktop"][0])
        tab = context.new_page()
        sockets = []
        tab.on("websocket", lambda socket: sockets.append(socket))
        tab.goto(f"{base}/sectors?lang=en&sector=trade")
        wait_for_app(tab, 1)
        before = tab.locator('[data-testid="stMain"]').inner_text()
        assert "Trade" in before and len(sockets) == 1
        ours = next(c["value"] for c in context.cookies() if c["name"] == COOKIE)
        number = next(n for n, (p, _) in instances(log).items() if cookie_for(SECRET, p) == ours)
        os.kill(instances(log)[number][1], signal.SIGTERM)
        deadline = time.monotonic() + 60
        while len(sockets) < 2 and time.monotonic() < deadline:
            tab.wait_for_timeout(200)
        assert len(sockets) == 2 and not sockets[1].is_closed(), "the tab did not reconnect"
        wait_settled(tab)
        assert tab.locator('[data-testid="stMain"]').inner_text() == before  # the same view, word for word
        assert "sector=trade" in tab.url and "lang=en" in tab.url
        # The session on the other instance is new: Streamlit's frontend sends a widget's value with the
        # first rerun, which the new session reads only once the widget is drawn, so the frame takes
        # the language from the URL and the first click is spent; the second switches.
        switch = tab.locator('[data-testid="stSidebar"] button', has_text="中文")
        for _ in range(2):
            switch.click()
            try:
                tab.wait_for_function("document.querySelector('h1').innerText.includes('领域')", timeout=15_000)
                break
            except PlaywrightTimeout:
                continue
        assert tab.locator("h1").first.inner_text().strip() == "领域与产业集群"
        assert sockets[1].is_closed() is False and len(sockets) == 2  # answered on the socket it reconnected with
