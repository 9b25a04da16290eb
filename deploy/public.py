"""`make public`: the public instance, in the foreground, until SIGTERM or Ctrl-C.

Two or more Streamlit instances of app.py on loopback ports, all with the same
`server.cookieSecret`, behind Caddy (`deploy/Caddyfile`) on PUBLIC_PORT (default 8080): compressed
responses, a year's caching of Streamlit's hashed bundles (precompressed once, `deploy.bundles`),
websockets passed through, sticky sessions by cookie, health checks on `/_stcore/health`. An instance
that exits is started again on its port; the proxy leaves it out until its health check answers.
SIGTERM, SIGINT or SIGHUP stops Caddy and every instance (with its SQL workers), then exits.

Settings, from the environment: PUBLIC_PORT, PUBLIC_SITE (a domain to serve over HTTPS instead),
PUBLIC_INSTANCES (default 2), PUBLIC_RESTART_AFTER
(seconds before an instance that exited is started again, default 1),
STREAMLIT_SERVER_COOKIE_SECRET and PUBLIC_LB_SECRET (each random at every start when unset: set them
to keep visitors' cookies valid across restarts).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import typer

from deploy.bundles import bundle, precompressed
from deploy.servers import free_port, start_server, stop_server, wait_healthy
from gwr.paths import ROOT

CADDYFILE = ROOT / "deploy" / "Caddyfile"
LOGS = ROOT / "artifacts" / "public"
APP = typer.Option(ROOT / "app.py", help="The script to serve (the benchmarks serve their floor app too).")


@dataclass
class Instance:
    number: int
    port: int
    process: subprocess.Popen | None = None

    def start(self, script: Path, env: dict) -> None:
        log = (LOGS / f"instance-{self.port}.log").open("a")
        self.process = start_server(script, self.port, env=env, stderr=log)
        log.close()  # the child holds its own copy
        say(f"instance {self.number}: http://127.0.0.1:{self.port} (pid {self.process.pid})")


def say(message: str) -> None:
    print(f"[public] {message}", file=sys.stderr, flush=True)


class Stop(Exception):
    """SIGTERM, SIGINT or SIGHUP arrived."""


STOPPING = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _stop(signum, frame) -> None:
    raise Stop


def main(
    port: int = typer.Option(8080, envvar="PUBLIC_PORT", help="The port visitors reach."),
    instances: int = typer.Option(2, envvar="PUBLIC_INSTANCES", min=1, help="Streamlit instances behind the proxy."),
    app: Path = APP,
    site: str = typer.Option(
        "",
        envvar="PUBLIC_SITE",
        help="A domain to serve over HTTPS (Caddy gets its certificate); default: HTTP on the port.",
    ),
    restart_after: float = typer.Option(
        1.0, envvar="PUBLIC_RESTART_AFTER", help="Seconds before an instance that exited is started again."
    ),
) -> None:
    caddy = shutil.which("caddy")
    if caddy is None:
        say("Caddy is not installed: apt-get install caddy (`make public` installs it on Debian).")
        raise typer.Exit(1)
    LOGS.mkdir(parents=True, exist_ok=True)
    static_root = precompressed()
    shared = {
        "STREAMLIT_SERVER_COOKIE_SECRET": os.environ.get("STREAMLIT_SERVER_COOKIE_SECRET") or secrets.token_hex(32)
    }
    running = [Instance(number, free_port()) for number in range(1, instances + 1)]
    proxy: subprocess.Popen | None = None
    for stopping in STOPPING:
        signal.signal(stopping, _stop)
    try:
        for instance in running:
            instance.start(app, shared)
        for instance in running:
            try:
                wait_healthy(instance.port)
            except RuntimeError:
                say(f"instance {instance.number} did not start; its log: {LOGS / f'instance-{instance.port}.log'}")
                raise typer.Exit(1) from None
        proxy_env = {
            **os.environ,
            "SITE": site or f":{port}",
            "UPSTREAMS": " ".join(f"127.0.0.1:{instance.port}" for instance in running),
            "STATIC_ROOT": str(static_root),
            "LB_SECRET": os.environ.get("PUBLIC_LB_SECRET") or secrets.token_hex(32),
            "PLOTLY_BUNDLE": bundle("PlotlyChart"),
        }
        command = [caddy, "run", "--config", str(CADDYFILE), "--adapter", "caddyfile"]
        proxy = subprocess.Popen(command, env=proxy_env)
        say(f"caddy: pid {proxy.pid}")
        address = f"https://{site}" if site else f"http://127.0.0.1:{port}"
        say(f"serving {address} ({instances} instances behind Caddy); SIGTERM or Ctrl-C stops")
        while proxy.poll() is None:
            for instance in running:
                if instance.process.poll() is not None:
                    say(f"instance {instance.number} exited ({instance.process.returncode}); starting it again")
                    time.sleep(restart_after)
                    instance.start(app, shared)
            time.sleep(0.2)
        say(f"Caddy exited ({proxy.returncode}); stopping the instances")
        raise typer.Exit(proxy.returncode or 1)
    except Stop:
        say("stopping")
    finally:
        for stopping in STOPPING:
            signal.signal(stopping, signal.SIG_IGN)
        if proxy is not None:
            stop_server(proxy)
        for instance in running:
            if instance.process is not None:
                stop_server(instance.process)


if __name__ == "__main__":
    typer.run(main)
