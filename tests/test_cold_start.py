"""A start draws its first page from results an earlier start kept (gwr.store.cache) for the same data and
code, without loading pandas, pyarrow or DuckDB: importing them was most of a cold start."""

import asyncio
import json
import re

from bench.load import ROOT, load
from deploy.servers import free_port, start_server, stop_server, wait_healthy
from gwr.store import cache

HEAVY = {"pandas", "pyarrow", "duckdb"}


def modules_of_a_first_page(env: dict, log) -> set[str]:
    """Start the app, draw the home page for one visitor, stop: the top-level packages it imported
    (Python's -X importtime, one line per module)."""
    port = free_port()
    with open(log, "w") as stderr:
        process = start_server(ROOT / "app.py", port, {**env, "PYTHONPROFILEIMPORTTIME": "1"}, stderr)
        try:
            wait_healthy(port)
            tally, _ = asyncio.run(load(port, [""], 1, 1, 0))
        finally:
            stop_server(process)
    assert tally.errors == [] and len(tally.runs[""]) == 1
    return {m.group(1).split(".")[0] for m in re.finditer(r"^import time:.*\|\s*([\w.]+)$", log.read_text(), re.M)}


def test_a_later_start_draws_the_first_page_without_pandas_or_duckdb(tmp_path):
    env = {cache.CACHE_SETTING: str(tmp_path / "cache")}
    first = modules_of_a_first_page(env, tmp_path / "first.log")
    assert first >= HEAVY  # nothing kept yet: the first start validates, builds the database and keeps
    assert list((tmp_path / "cache").glob("results-*/records-headline_figures-*.json"))
    second = modules_of_a_first_page(env, tmp_path / "second.log")
    assert "streamlit" in second and "plotly" in second
    assert not HEAVY & second


def test_a_kept_result_answers_for_the_same_data_and_code_only(tmp_path, monkeypatch, data_copy):
    monkeypatch.setenv(cache.CACHE_SETTING, str(tmp_path / "cache"))
    computed = []

    def compute():
        computed.append(1)
        return {"rows": [1.5, None, float("nan")]}

    def result(data_dir):
        return cache.result(data_dir, "records-test", compute, json.dumps, json.loads)

    first = result(data_copy)
    assert result(data_copy)["rows"][:2] == first["rows"][:2] == [1.5, None] and len(computed) == 1
    (cache.results_dir(data_copy) / "records-test.json").write_text("{not json")
    assert result(data_copy)["rows"][0] == 1.5 and len(computed) == 2  # unreadable: computed again
    (data_copy / "units.csv").write_text((data_copy / "units.csv").read_text() + "\n")
    result(data_copy)
    assert len(computed) == 3  # another file, another fingerprint: not answered from the old entry


def test_a_result_that_cannot_be_kept_is_still_answered(tmp_path, monkeypatch, data_copy):
    monkeypatch.setenv(cache.CACHE_SETTING, str(tmp_path / "cache"))
    value = {"not json": object()}
    assert cache.result(data_copy, "records-odd", lambda: value, json.dumps, json.loads) is value
    assert not (cache.results_dir(data_copy) / "records-odd.json").exists()
