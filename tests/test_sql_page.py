"""The public SQL page under AppTest: the attack matrix through the page, URL-borne queries are shown
but not run, canned queries load and run, bad data gives a clear message."""

import hashlib

import duckdb
import pandas as pd
import pytest
from sql_attacks import ATTACKS
from streamlit.testing.v1 import AppTest

from gwr.app import results
from gwr.paths import DATA_DIR, ROOT

PAGE = str(ROOT / "pages" / "sql.py")
MATRIX = [(category, sql) for category, inputs in ATTACKS.items() for sql in inputs]


@pytest.fixture(scope="module")
def page():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception
    return at


def run_sql(at: AppTest, sql: str) -> AppTest:
    at.text_area(key="sql").set_value(sql)
    return at.button[0].click().run()


def result_notes(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.endswith(("ms", "毫秒")) or "行 ·" in m.value]


def table_counts(db_path) -> dict[str, int]:
    connection = duckdb.connect(str(db_path), read_only=True)
    try:
        names = [row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


@pytest.mark.parametrize(("category", "sql"), MATRIX, ids=[f"{c}-{i}" for i, (c, _) in enumerate(MATRIX)])
def test_attack_through_the_page_is_refused(page, category, sql, tmp_path):
    pool = results._sql_pool()
    db_hash = hashlib.sha256(pool.db_path.read_bytes()).hexdigest()
    before_counts = table_counts(pool.db_path)
    filled = sql.replace("{db}", str(pool.db_path)).replace("{data}", str(DATA_DIR)).replace("{tmp}", str(tmp_path))
    at = run_sql(page, filled)
    assert not at.exception, at.exception[0].value
    assert at.error, f"{category}: no refusal for {sql[:60]}"
    assert not result_notes(at)
    assert list(tmp_path.iterdir()) == []
    assert hashlib.sha256(pool.db_path.read_bytes()).hexdigest() == db_hash
    assert table_counts(pool.db_path) == before_counts
    at = run_sql(page, "SELECT count(*) AS n FROM facts")
    assert not at.error and result_notes(at)


def test_query_from_the_url_is_shown_not_run():
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["sql"] = "SELECT count(*) AS n FROM facts"
    at.run()
    assert at.text_area(key="sql").value == "SELECT count(*) AS n FROM facts"
    assert not result_notes(at) and not at.error
    at.button[0].click().run()
    assert result_notes(at)[0].startswith("1行")


def test_canned_query_loads_and_runs_with_parameters():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.selectbox(key="canned").set_value("sector_figures").run()
    assert "$sector" in at.text_area(key="sql").value
    at.text_input(key="param_sector").set_value("trade").run()
    at.button[0].click().run()
    facts = pd.read_csv(DATA_DIR / "jianxi_2022_2023.csv")
    expected = int(((facts["sector"] == "trade") & facts["restates"].isna()).sum())
    assert not at.error and result_notes(at)[0].startswith(f"{expected}行")


def test_language_switch_changes_the_refusal():
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["lang"] = "English"
    at.run()
    at = run_sql(at, "DROP TABLE facts")
    assert at.error[0].value == "Only read-only SELECT queries are allowed, not DROP."


def test_invalid_data_at_start_is_a_clear_message(served_copy):
    """The page's top reads the register (which report it shows, gwr.app.picker), so invalid data is
    told as the page starts, before any query is run."""
    (served_copy / "units.csv").write_text('unit,unit_en\n"broken', encoding="utf-8")
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception
    assert at.error and "data/units.csv" in at.code[0].value
