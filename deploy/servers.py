"""Starting, checking and stopping a `streamlit run` on loopback: one way for the public instance
(`deploy.public`), the benchmarks and the browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from gwr.paths import ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(
    script: Path, port: int, env: dict | None = None, stderr=subprocess.DEVNULL, wrapper: tuple[str, ...] = ()
) -> subprocess.Popen:
    """`streamlit run script`, from the folder holding its .streamlit/ (the floor's: this project), under
    `wrapper` (a command prefix such as valgrind's) if given."""
    home = script.parent if (script.parent / ".streamlit").exists() else ROOT
    return subprocess.Popen(
        [*wrapper, sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false"],
        cwd=home, stdout=subprocess.DEVNULL, stderr=stderr, env={**os.environ, **(env or {})},
    )  # fmt: skip


def start_public(
    script: Path, port: int, stderr=subprocess.DEVNULL, env: dict | None = None, options: tuple[str, ...] = ()
) -> subprocess.Popen:
    """The public instance (`deploy.public`: Caddy on `port` in front of two servers of `script`, or as
    its command-line `options` say); `stop_server` stops it and everything it started."""
    return subprocess.Popen(
        [sys.executable, "-m", "deploy.public", "--app", str(script), "--port", str(port), *options],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, env={**os.environ, **(env or {})},
    )  # fmt: skip


def healthy(port: int) -> bool:
    """Whether the server on `port` answers its health check."""
    try:
        return urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok"
    except OSError:
        return False


def wait_healthy(port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if healthy(port):
            return
        time.sleep(0.02)
    raise RuntimeError(f"no server on port {port} after {timeout:g} s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
