"""Memory under attack: while every visitor worker runs memory bombs and planner bombs at once, the
pool's processes together stay under their budget, and a canned query keeps answering.

Not a timing: the resident memory of the pool's processes is sampled every 10 ms during the bombs."""

import threading
import time
from pathlib import Path

import pytest
from sql_attacks import ATTACKS, BOMBS

from gwr.data import validation
from gwr.sql import sandbox
from gwr.sql.sandbox import Answer, Failure

CANNED = "SELECT sector, count(*) AS figures FROM facts GROUP BY sector ORDER BY figures DESC"
# What the workers may hold together: the tree's ceiling less the server's share (it peaks near 300 MiB
# with 20 sessions browsing). The guard holds them to the budget, give or take one sampling interval.
SERVER_SHARE = 384 * 2**20
WORKERS_CEILING = sandbox.TREE_CEILING_BYTES - SERVER_SHARE
BOMBS_AT_ONCE = [*ATTACKS["memory_bomb"], BOMBS["planner_bomb"], BOMBS["planner_bomb"]]


def rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass  # a worker killed between listing and reading
    return 0


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    tables, problems = validation.check_cached()
    assert not problems
    pool = sandbox.Pool(sandbox.build_database_file(tables, tmp_path_factory.mktemp("db")), set(tables))
    yield pool
    pool.close()


def test_bombs_on_every_visitor_worker_stay_under_the_budget_and_canned_queries_answer(pool, capsys):
    peak, stop = [0], threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], sum(rss_bytes(pid) for pid in pool.pids))
            time.sleep(0.01)

    outcomes = []
    bombers = [threading.Thread(target=lambda sql=sql: outcomes.append(pool.run(sql))) for sql in BOMBS_AT_ONCE * 2]
    sampler = threading.Thread(target=sample)
    sampler.start()
    for bomber in bombers:
        bomber.start()
    canned = []
    while any(bomber.is_alive() for bomber in bombers):
        canned.append(pool.run(CANNED, canned=True))
        time.sleep(0.05)
    for bomber in bombers:
        bomber.join()
    canned.append(pool.run(CANNED, canned=True))
    stop.set()
    sampler.join()

    with capsys.disabled():
        print(f"\n  workers peaked at {peak[0] / 2**20:.0f} MiB during {len(outcomes)} bombs "
              f"({pool.memory_kills} guard kills); {len(canned)} canned answers")  # fmt: skip
    assert all(isinstance(o, Failure) for o in outcomes), [getattr(o, "rule", o) for o in outcomes]
    assert canned and all(isinstance(a, Answer) for a in canned), [getattr(a, "en", a) for a in canned]
    assert peak[0] < WORKERS_CEILING, f"workers peaked at {peak[0] / 2**20:.0f} MiB"
    assert isinstance(pool.run("SELECT count(*) FROM facts"), Answer), "visitors are served again afterwards"


def test_the_budget_leaves_room_for_the_server():
    assert sandbox.WORKERS_BUDGET_BYTES < WORKERS_CEILING
