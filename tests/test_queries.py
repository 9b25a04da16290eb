"""Every queries/*.sql file: documented header, runs, returns its documented columns; values are bound."""

import re

import pytest

from gwr.paths import QUERIES_DIR, ROOT
from gwr.store import db, queries

SAMPLE_PARAMS = {"sector": "enterprises", "cluster_id": "cluster_hydrogen_storage", "indicator": "retail_sales"}


@pytest.fixture(scope="module")
def con():
    return db.build()


@pytest.mark.parametrize("name", sorted(queries.load_all()))
def test_query_runs_and_returns_documented_columns(con, name):
    query = queries.get(name)
    params = {p: SAMPLE_PARAMS.get(p) for p in query.params}
    result = db.execute(con, name, **params)
    assert tuple(result.columns) == query.columns
    assert len(result) > 0, f"{name} returned no rows on the shipped data"


@pytest.mark.parametrize("name", sorted(queries.load_all()))
def test_query_header_is_bilingual(name):
    query = queries.get(name)
    assert all(query.title.values()) and all(query.description.values())
    assert re.search(r"[\u4e00-\u9fff]", query.title["zh"])


def test_the_names_code_uses_are_exactly_the_query_files():
    """queries.SQL, the names pages and charts call queries by, lists every file and nothing else."""
    assert {member.value for member in queries.SQL} == {path.stem for path in QUERIES_DIR.glob("*.sql")}
    assert all(member.name == member.value for member in queries.SQL)


def test_pages_name_queries_and_builders_by_what_an_editor_can_follow():
    """No page reaches a query, a chart or a table by a string the editor cannot jump from."""
    for page in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        text = page.read_text(encoding="utf-8")
        by_name = re.findall(r"results\.(?:figure|table|records|query|count)\(\s*[\"']", text)
        assert not by_name, f"{page.name}: {by_name}"


def test_one_statement_per_file():
    for path in QUERIES_DIR.glob("*.sql"):
        assert queries.get(path.stem).sql.count(";") == 0, path.name


def test_header_without_columns_is_refused():
    with pytest.raises(ValueError, match="header lacks columns"):
        queries.parse("broken", "-- title_zh: a\n-- title_en: b\n-- description_zh: c\n-- description_en: d\n"
                      "-- params:\nSELECT 1")  # fmt: skip


def test_pages_hold_no_sql():
    for page in (ROOT / "pages").glob("*.py"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\bSELECT\b[^\n]*\bFROM\b", text, re.IGNORECASE), f"{page.name} contains SQL"


def test_search_text_is_bound_not_formatted(con):
    hostile = "'; DROP TABLE facts; --"
    assert db.execute(con, "facts_filtered", search=hostile).empty
    assert len(db.execute(con, "facts_filtered")) == con.execute("SELECT count(*) FROM facts").fetchone()[0]


def test_unknown_parameter_is_refused(con):
    with pytest.raises(TypeError, match="takes no parameter"):
        db.execute(con, "glossary", sector="x")


def test_filters_narrow_the_fact_table(con):
    everything = db.execute(con, "facts_filtered")
    enterprises_2023 = db.execute(con, "facts_filtered", sectors=("enterprises",), years=(2023,))
    assert 0 < len(enterprises_2023) < len(everything)
    assert set(enterprises_2023["sector"]) == {"enterprises"} and set(enterprises_2023["year"]) == {2023}
    found = db.execute(con, "facts_filtered", search="高新技术企业")
    assert set(found["fact_id"]) >= {"2022-high-tech-enterprises", "2023-high-tech-enterprises"}


def test_implied_totals_match_published_where_available(con):
    totals = db.execute(con, "implied_city_totals").dropna(subset=["published_total"])
    assert set(totals["fact_id"]) == {"2022-imports-exports", "2022-retail-sales"}
    assert totals["ratio"].between(0.99, 1.01).all()


def test_concurrent_sessions_get_their_own_results(con):
    """One shared connection, many threads: each query runs on its own cursor, so no thread ever
    receives another's rows (a shared connection without cursors mixed them up)."""
    import threading

    sectors = sorted(db.execute(con, "sectors")["sector"])
    expected = {s: set(db.execute(con, "sector_figures", sector=s)["fact_id"]) for s in sectors}
    wrong: list[str] = []

    def session(offset: int) -> None:
        for i in range(40):
            sector = sectors[(offset + i) % len(sectors)]
            if set(db.execute(con, "sector_figures", sector=sector)["fact_id"]) != expected[sector]:
                wrong.append(sector)

    threads = [threading.Thread(target=session, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
