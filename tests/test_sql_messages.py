"""SQL messages that help: DuckDB's hints kept and its private details stripped, each engine error class
explained in both languages, the valid tables named in a refusal, a parameter's valid values listed, the
canned description shown only while its SQL is in the editor, no language chosen inline on the page."""

import re

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from gwr import i18n
from gwr.app import frame, results
from gwr.data import package
from gwr.paths import ROOT
from gwr.sql import guard, sandbox
from gwr.sql.guard import Notice, Refusal
from gwr.sql.sandbox import Answer, Failure
from gwr.store import queries

PAGE = str(ROOT / "pages" / "sql.py")

# --- DuckDB's text: hints survive, private details do not ---------------------------------------

BINDER = """Binder Error: Referenced column "sectr" not found in FROM clause!
Candidate bindings: "sector", "section", "stretch", "locator", "metric_en"

LINE 1: SELECT sectr FROM facts
               ^^^^^"""

CATALOG = """Catalog Error: Scalar Function with name lenght does not exist!
Did you mean "length"?

LINE 1: SELECT lenght(quote) FROM facts
               ^^^^^^^^^^^^^"""

GROUP_BY = """Binder Error: column "sector" must appear in the GROUP BY clause or must be part of an aggregate function.
Either add it to the GROUP BY list, or use ANY_VALUE("sector") if the exact value of "sector" is not important.

LINE 1: SELECT sector, count(*) FROM facts
               ^^^^^^"""

PRIVATE = {
    "file path": (
        'Binder Error: Referenced column "x" not found in FROM clause!\n'
        'Candidate bindings: "sector"\nThe table was loaded from /srv/app/data/jianxi_2022_2023.csv',
        'Binder Error: Referenced column "x" not found in FROM clause!\nCandidate bindings: "sector"',
    ),
    "file path in the headline": (
        'IO Error: Cannot open file "/var/lib/jianxi/jianxi.duckdb": Permission denied',
        "IO Error: …",
    ),
    "url": (
        'Catalog Error: Table with name x does not exist!\nDid you mean "facts"?\nSee s3://bucket/secret.parquet',
        'Catalog Error: Table with name x does not exist!\nDid you mean "facts"?',
    ),
    "temp directory": (
        "Out of Memory Error: failed to allocate data of size 16.0 MiB\n"
        "This limit was set by the 'max_temp_directory_size' setting.\n"
        "By default, this setting utilizes the available disk space on the drive where the 'temp_directory' "
        "is located.\nThe temporary files live in jianxi.duckdb.tmp",
        "Out of Memory Error: failed to allocate data of size 16.0 MiB",
    ),
    "settings": (
        "Out of Memory Error: could not allocate block of size 256.0 KiB (245.0 MiB/256.0 MiB used)\n\n"
        "Possible solutions:\n"
        "* Reducing the number of threads (SET threads=X)\n"
        "* Disabling insertion-order preservation (SET preserve_insertion_order=false)\n"
        "* Increasing the memory limit (SET memory_limit='...GB')\n"
        "* Raising memory_limit or lowering checkpoint_threshold",
        "Out of Memory Error: could not allocate block of size 256.0 KiB (245.0 MiB/256.0 MiB used)\n\n"
        "Possible solutions:",
    ),
    "setting in the headline": (
        "Permission Error: Cannot change enable_external_access setting while database is running",
        "Permission Error: …",
    ),
    "environment": (
        "Invalid Input Error: cannot expand a path\n"
        "The HOME environment variable is not set\n"
        "Set $TMPDIR or PATH to continue\n"
        "Extension build for platform linux_amd64, v1.4.0",
        "Invalid Input Error: cannot expand a path",
    ),
}


@pytest.mark.parametrize("message", [BINDER, CATALOG, GROUP_BY], ids=["candidates", "did_you_mean", "group_by"])
def test_duckdb_hints_survive_as_written(message):
    assert guard.engine_text(message) == message


@pytest.mark.parametrize("case", sorted(PRIVATE))
def test_private_details_are_stripped(case):
    message, expected = PRIVATE[case]
    assert guard.engine_text(message) == expected


def test_a_secret_echoed_in_the_query_drops_the_echo_and_its_pointer():
    db = "/tmp/jianxi-sql-q1w2e3/jianxi.duckdb"
    message = f"Conversion Error: Could not convert string 'x' to INT32\n\nLINE 1: SELECT '{db}'::INTEGER\n         ^^^"
    assert guard.engine_text(message, secrets=(db,)) == "Conversion Error: Could not convert string 'x' to INT32"


def test_this_machines_folders_host_and_user_are_secrets():
    for literal in guard.environment_literals():
        message = f'Binder Error: something\nHint: look in {literal}\nCandidate bindings: "sector"'
        assert guard.engine_text(message) == 'Binder Error: something\nCandidate bindings: "sector"'


def test_engine_text_is_capped():
    text = guard.engine_text("Binder Error: " + "x" * 5000)
    assert len(text) == guard.MAX_ENGINE_CHARS + 1 and text.endswith("…")


# --- the engine's error classes, explained in both languages ------------------------------------

CLASSES = {
    "SELECT sectr FROM facts": "binder",
    "SELECT lenght(quote) FROM facts": "catalog",
    "SELECT 'abc'::INTEGER": "conversion",
    "SELECT 2147483647::INTEGER + 1": "out_of_range",
    "SELECT regexp_matches('a', '(')": "invalid_input",
    "SELEC 1": "parser",
}


@pytest.mark.parametrize("sql", sorted(CLASSES))
def test_each_error_class_is_named_from_duckdb(sql):
    with duckdb.connect() as connection:
        connection.execute("CREATE TABLE facts (sector VARCHAR, year INTEGER, quote VARCHAR)")
        with pytest.raises(duckdb.Error) as raised:
            connection.execute(sql)
    assert guard.engine_class(raised.value) == CLASSES[sql]
    assert guard.engine_class(str(raised.value)) == CLASSES[sql]


def test_every_engine_class_and_rule_has_both_languages():
    keys = {f"sql_engine_{c}" for c in [*guard.ENGINE_CLASSES.values(), "other"]}
    rules = ["empty", "too_long", "syntax", "multiple", "not_select", "not_select_other", "table", "table_close",
             "function", "parameters_mixed", "busy", "stopped", "parameter", "columns", "timeout", "memory", "error"]  # fmt: skip
    keys |= {f"sql_{r}" for r in rules}
    for key in keys:
        zh, en = i18n.TEXT[key]
        assert zh and en and zh != en, key
        assert re.search(r"[\u4e00-\u9fff]", zh), key


BINDER_ZH = (
    "绑定错误（Binder Error）：语句读懂了，但其中的某个列名、表别名或聚合无法与数据表对应。请检查列名拼写"
    "（下方 Candidate bindings 列出相近的列）、多表连接时是否需写明表名（如 f.sector），以及未聚合的列是否"
    "已写入 GROUP BY。"
)
BINDER_EN = (
    "Binder Error: the statement was read, but a column name, table alias or aggregate does not match the "
    "tables. Check the column's spelling (Candidate bindings below lists close ones), whether a join needs "
    "the table named (f.sector), and that every column not aggregated is in GROUP BY."
)
TABLES = (
    "city_totals_reference, claims, cluster_members, clusters, facts, glossary, indicators, non_figures, reports, units"
)
TABLES_ZH = (
    "city_totals_reference、claims、cluster_members、clusters、facts、glossary、indicators、non_figures、reports、units"
)
REFUSAL_EN = f"Only the app's own tables can be queried, not “fact”. The tables are: {TABLES}. Did you mean “facts”?"
REFUSAL_ZH = f"只能查询本应用的数据表；不允许读取 “fact”。可查询的表：{TABLES_ZH}。是否想查询 “facts”？"


@pytest.fixture(scope="module")
def pool():
    return results._sql_pool()


def test_binder_error_through_the_sandbox(pool):
    result = pool.run("SELECT sectr FROM facts")
    assert isinstance(result, Failure) and result.engine_class == "binder"
    assert result.text("zh") == BINDER_ZH and result.text("en") == BINDER_EN
    assert result.engine == BINDER
    assert result.en == f"{BINDER_EN}\n\n{BINDER}"


def test_parser_error_keeps_duckdb_text(pool):
    result = pool.run("SELEC 1")
    assert isinstance(result, Refusal) and result.rule == "syntax" and result.engine_class == "parser"
    assert result.engine == 'Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^^^^^'


def test_table_refusal_names_the_tables_and_the_close_one(pool):
    result = pool.run("SELECT * FROM fact")
    assert isinstance(result, Refusal) and result.rule == "table"
    assert result.text("en") == REFUSAL_EN and result.text("zh") == REFUSAL_ZH
    assert set(TABLES.split(", ")) == set(package.resource_names())


def test_table_refusal_without_a_close_table(pool):
    result = pool.run("SELECT * FROM information_schema.tables")
    assert result.text("en") == (
        f"Only the app's own tables can be queried, not “information_schema.tables”. The tables are: {TABLES}."
    )


def test_notice_formats_params_literally():
    notice = Refusal("function", {"name": "{tables}x"})
    assert notice.text("en") == "The function {tables}x() is not allowed."


# --- valid values of a parameter ----------------------------------------------------------------

COLUMNS = {
    "sectors": ("facts", "sector"),
    "sector": ("facts", "sector"),
    "years": ("facts", "year"),
    "kinds": ("facts", "kind"),
    "cluster_id": ("clusters", "cluster_id"),
    "report_id": ("reports", "report_id"),  # the register: empty means every report
    "indicator": ("indicators", "indicator"),  # the codebook (the compare page)
    "search": None,
    "wordings": None,  # a bound or "stretch": two columns, so no one column lists its values (the query says)
}
KINDS = ["actual", "context", "target"]


def test_every_canned_parameter_maps_to_its_column():
    canned = {p for query in queries.load_all().values() for p in query.params}
    assert canned == set(COLUMNS)
    for name in canned:
        assert sandbox.parameter_column(name, package.descriptor()) == COLUMNS[name], name


@pytest.mark.parametrize("name", ['sector"; DROP TABLE facts; --', "facts", "nothing", "", "s"])
def test_names_that_are_no_column_map_to_nothing(name):
    assert sandbox.parameter_column(name, package.descriptor()) is None


def test_values_come_from_the_tables(pool):
    assert pool.values("facts", "kind") == KINDS
    expected = pool.run("SELECT DISTINCT sector FROM facts ORDER BY 1")
    assert isinstance(expected, Answer) and pool.values("facts", "sector") == [r[0] for r in expected.rows]
    assert pool.values("facts", "fact_id") is None  # too many to list
    assert pool.values("secrets", "kind") is None  # not one of the pool's tables
    assert pool.values("facts", 'kind" FROM facts; --') is None  # not a column: refused or fails, never runs


# --- the page -----------------------------------------------------------------------------------


def english(at: AppTest) -> AppTest:
    at.query_params["lang"] = "English"
    return at.run()


def test_parameter_input_lists_valid_values():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.text_area(key="sql").set_value("SELECT * FROM facts WHERE list_contains($kinds, kind) AND $search = ''").run()
    assert [c.value for c in at.caption if c.value.startswith("可选值")] == [
        "可选值（facts.kind）：actual、context、target"
    ]
    at = english(AppTest.from_file(PAGE, default_timeout=60))
    at.text_area(key="sql").set_value("SELECT * FROM facts WHERE kind = $kind").run()
    assert [c.value for c in at.caption if c.value.startswith("Valid")] == [
        "Valid values (facts.kind): actual, context, target"
    ]


def test_canned_description_shows_only_while_its_sql_is_in_the_editor():
    query = queries.get("glossary")
    at = english(AppTest.from_file(PAGE, default_timeout=60))
    at.selectbox(key="canned").set_value("glossary").run()
    assert query.description["en"] in [c.value for c in at.caption]
    at.text_area(key="sql").set_value(query.sql + " LIMIT 5").run()
    assert query.description["en"] not in [c.value for c in at.caption]
    at.text_area(key="sql").set_value(query.sql).run()
    assert query.description["en"] in [c.value for c in at.caption]


def test_binder_error_on_the_page_in_both_languages():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.text_area(key="sql").set_value("SELECT sectr FROM facts").run()
    at.button[0].click().run()
    assert at.error[0].value == frame.escape_markdown(BINDER_ZH)
    assert at.code[0].value == BINDER
    at = english(AppTest.from_file(PAGE, default_timeout=60))
    at.text_area(key="sql").set_value("SELECT sectr FROM facts").run()
    at.button[0].click().run()
    assert at.error[0].value == frame.escape_markdown(BINDER_EN)
    assert at.code[0].value == BINDER


def test_table_refusal_on_the_page():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.text_area(key="sql").set_value("SELECT * FROM fact").run()
    at.button[0].click().run()
    assert at.error[0].value == frame.escape_markdown(REFUSAL_ZH) and not at.code


def test_page_chooses_no_language_inline():
    source = (ROOT / "pages" / "sql.py").read_text(encoding="utf-8")
    assert not re.search(r"lang\s*==|==\s*lang|\"zh\"|'zh'", source)
    assert not re.search(r"[\u4e00-\u9fff]", source), "Chinese text belongs in the catalog"
    for key in re.findall(r"i18n\.(?:t|TEXT\[)\(?\"(\w+)\"", source):
        assert key in i18n.TEXT, key


def test_notices_are_catalog_keys_not_text():
    assert not any(isinstance(v, str) and re.search(r"[\u4e00-\u9fff]", v) for v in vars(Notice("busy")).values())
