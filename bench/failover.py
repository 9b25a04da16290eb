"""Failover benchmark: `python -m bench.failover [--sessions 20]`, Markdown on stdout (issue 24, item 5).

The public instance (`make public`: Caddy in front of two Streamlit instances) with N websocket
sessions browsing through the proxy, each a visitor of bench.load (Streamlit's own protocol, and the
proxy's sticky cookie kept as a browser keeps it), each on its own views (a page, its language and
filters in the query string). Then one instance is stopped (SIGTERM), as a crash or a deployment
would stop it:

- its visitors' websockets close; each reconnects through the proxy, which sends it to the other
  instance, and asks for the view it was on: the view must be the same as before (the page's title in
  the visitor's language, the same kinds and number of elements);
- the other visitors must see nothing: no dropped socket, no error, no exception;
- new visitors (requests without the cookie) must stop landing on the stopped instance within the
  proxy's health-check interval (2 s, deploy/Caddyfile); once the instance is started again
  (`deploy.public` restarts it after `--restart-after` seconds), new visitors reach it again.

`failover()` is what tests/test_public.py runs; timings here are reported, never asserted.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import re
import signal
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import typer
import websockets

from bench.load import ROOT, Outcome, Session
from deploy.servers import free_port, start_public, stop_server, wait_healthy

COOKIE = "jianxi_instance"  # deploy/Caddyfile's lb_policy cookie
HEALTH_INTERVAL_S = 2.0  # deploy/Caddyfile's health_interval
RECONNECT_S = 30.0  # how long a visitor keeps trying to reconnect, as Streamlit's frontend does
# Each visitor's views: a page and its query, filled with the visitor's language.
VIEWS = (
    ("", "lang={lang}"),
    ("sectors", "lang={lang}&sector=trade"),
    ("data", "lang={lang}&sector=trade,finance"),
    ("years", "lang={lang}&unlike=1"),
)
INSTANCE_LINE = re.compile(r"instance (\d+): http://127\.0\.0\.1:(\d+) \(pid (\d+)\)")


def cookie_for(secret: str, port: int) -> str:
    """The sticky cookie Caddy gives a visitor it sends to 127.0.0.1:port (HMAC-SHA256 of the address)."""
    return hmac.new(secret.encode(), f"127.0.0.1:{port}".encode(), hashlib.sha256).hexdigest()


def instances(log: Path) -> dict[int, tuple[int, int]]:
    """Instance number → (port, pid) of its latest start, from deploy.public's log."""
    found = {}
    for number, port, pid in INSTANCE_LINE.findall(log.read_text()):
        found[int(number)] = (int(port), int(pid))
    return found


def fingerprint(outcome: Outcome) -> tuple:
    """What a visitor sees of a view: its title, and how many elements of each kind."""
    kinds = Counter(element.WhichOneof("type") for element in outcome.elements)
    title = next((e.markdown.body.split("\n", 1)[0] for e in outcome.elements if e.WhichOneof("type") == "markdown"
                  and e.markdown.body.startswith("# ")), "")  # fmt: skip
    return title, tuple(sorted(kinds.items()))


@dataclass
class Visitor:
    number: int
    lang: str
    instance: str = ""  # the sticky cookie it started with
    runs: int = 0
    seen: dict[tuple[str, str], tuple] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    drops: int = 0
    reconnects: int = 0
    changed: list[str] = field(default_factory=list)  # views that came back different after a reconnect


async def _reconnect(session: Session) -> None:
    deadline = time.monotonic() + RECONNECT_S
    while True:
        try:
            await session.connect()
            return
        except (OSError, websockets.WebSocketException):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)


async def _visit(port: int, visitor: Visitor, stop: asyncio.Event) -> None:
    session = Session(port, visitor.lang)
    await session.connect()
    visitor.instance = session.cookies.get(COOKIE, "")
    try:
        while not stop.is_set():
            for page, query in VIEWS:
                query = query.format(lang=visitor.lang)
                reconnected = False
                try:
                    outcome = await session.run(page, query=query)
                except (OSError, TimeoutError, websockets.WebSocketException):
                    visitor.drops += 1
                    await _reconnect(session)
                    visitor.reconnects += 1
                    reconnected = True
                    outcome = await session.run(page, query=query)
                visitor.runs += 1
                visitor.errors += outcome.errors
                seen = fingerprint(outcome)
                before = visitor.seen.setdefault((page, query), seen)
                if reconnected and seen != before:
                    visitor.changed.append(f"{page or 'home'}?{query}")
    except Exception as error:  # a visitor's failure is a finding, not a crash of the benchmark
        visitor.errors.append(f"visitor {visitor.number}: {type(error).__name__}: {error}")
    finally:
        await session.socket.close()


def sticky(headers) -> str | None:
    """The proxy's sticky cookie among the cookies an answer sets (Streamlit sets its XSRF cookie too)."""
    cookies = headers.get_all("Set-Cookie") or []
    return next((c.split(";", 1)[0].split("=", 1)[1] for c in cookies if c.startswith(f"{COOKIE}=")), None)


def _new_visitor_lands(port: int) -> str:
    """The sticky cookie a new visitor (no cookie) is given: which instance the proxy picked."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5) as answer:
        return sticky(answer.headers) or ""


@dataclass
class Failover:
    sessions: int
    on_stopped: list[Visitor]
    survivors: list[Visitor]
    left_out_s: float | None  # stop → 20 new visitors in a row sent elsewhere
    back_s: float | None  # stop → a new visitor sent to the restarted instance

    @property
    def survivor_problems(self) -> list[str]:
        return [f"visitor {v.number}: {e}" for v in self.survivors for e in v.errors] + [
            f"visitor {v.number}: {v.drops} dropped sockets" for v in self.survivors if v.drops
        ]


async def _failover(port: int, log: Path, secret: str, sessions: int, stopped: int, browse_s: float) -> Failover:
    stop = asyncio.Event()
    visitors = [Visitor(n, ("zh", "en")[n % 2]) for n in range(sessions)]
    tasks = [asyncio.create_task(_visit(port, visitor, stop)) for visitor in visitors]
    deadline = time.monotonic() + 120
    while any(v.runs < len(VIEWS) and not t.done() for v, t in zip(visitors, tasks, strict=True)):
        if time.monotonic() > deadline:
            break  # a visitor that never got through its views is reported with its errors
        await asyncio.sleep(0.2)  # every visitor still browsing has seen each of its views once
    victim_port, victim_pid = instances(log)[stopped]
    victim = cookie_for(secret, victim_port)
    os.kill(victim_pid, signal.SIGTERM)
    killed, left_out_s, back_s, in_a_row = time.monotonic(), None, None, 0
    while back_s is None and time.monotonic() - killed < 120:
        landed = await asyncio.to_thread(_new_visitor_lands, port)
        elapsed = time.monotonic() - killed
        if left_out_s is None:
            in_a_row = in_a_row + 1 if landed != victim else 0
            left_out_s = elapsed if in_a_row >= 20 else None
        elif landed == victim:
            back_s = elapsed
        if elapsed > browse_s:
            stop.set()
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*tasks)
    return Failover(
        sessions,
        on_stopped=[v for v in visitors if v.instance == victim],
        survivors=[v for v in visitors if v.instance != victim],
        left_out_s=left_out_s,
        back_s=back_s,
    )


def failover(port: int, log: Path, secret: str, sessions: int = 20, stopped: int = 1, browse_s: float = 10.0):
    """N visitors browse the public instance on `port` (started with PUBLIC_LB_SECRET=`secret`, its
    log in `log`); instance number `stopped` is stopped once every visitor has seen its views; they
    browse on for `browse_s` seconds, and new visitors are watched until the instance is back."""
    return asyncio.run(_failover(port, log, secret, sessions, stopped, browse_s))


def report(result: Failover) -> None:
    moved = result.on_stopped
    typer.echo("| sessions | on the stopped instance | reconnected | views intact after reconnecting "
               "| survivors' errors or drops | new visitors left out after s | back after s |")  # fmt: skip
    typer.echo("|---|---|---|---|---|---|---|")
    intact = sum(1 for v in moved if v.reconnects and not v.changed and not v.errors)
    seconds = ["—" if s is None else f"{s:.1f}" for s in (result.left_out_s, result.back_s)]
    typer.echo(f"| {result.sessions} | {len(moved)} | {sum(1 for v in moved if v.reconnects)} | {intact} of {len(moved)} "
               f"| {len(result.survivor_problems)} | {seconds[0]} | {seconds[1]} |")  # fmt: skip
    for problem in result.survivor_problems + [e for v in moved for e in v.errors + v.changed]:
        typer.echo(f"- {problem}")


def main(
    sessions: int = typer.Option(20, help="Visitors browsing through the proxy."),
    restart_after: float = typer.Option(5.0, help="Seconds before deploy.public starts the stopped instance again."),
) -> None:
    port, secret = free_port(), "bench-failover"
    log = ROOT / "artifacts" / "public" / f"failover-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as output:
        options = ("--restart-after", str(restart_after))
        process = start_public(ROOT / "app.py", port, output, {"PUBLIC_LB_SECRET": secret}, options)
        try:
            wait_healthy(port, timeout=300)
            report(failover(port, log, secret, sessions))
        finally:
            stop_server(process)


if __name__ == "__main__":
    typer.run(main)
