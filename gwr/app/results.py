"""Results every session shares, made once per input: query results, figures, tables, rows and counts,
with invalid data explained instead of raised; and the shared pool of SQL workers.

pandas, pyarrow and DuckDB (gwr.store.db, gwr.app.tables, gwr.rules.counts) are imported where a result
is computed, not here: the first page of a start draws from kept results (gwr.store.cache) without them,
which is most of a cold start's time (0.6 of 1.5 s).
"""

from __future__ import annotations

import atexit
import json
import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING

import streamlit as st

from gwr import charts, paths
from gwr.app import internals
from gwr.data import package
from gwr.data.package import DataError
from gwr.store import cache, memo
from gwr.store.queries import SQL

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from gwr.reports import Report

from gwr.app import frame


def _or_explain(compute):
    """compute(); on invalid data, explain which file and rule instead, then stop the page."""
    try:
        return compute()
    except DataError as error:
        frame.show_data_error(error.problems, frame.language())
        st.stop()
        raise  # unreachable: st.stop() ends the script run


def _bound(query_name: SQL, params: dict) -> dict:
    """`params` with the report shown (gwr.app.picker) as $report_id, for a query that takes one and
    was not given it: every page shows the chosen report through this one binding."""
    from gwr.store import queries

    if "report_id" in queries.get(query_name).params and "report_id" not in params:
        from gwr.app import picker

        return {**params, "report_id": picker.current().report_id}
    return params


def query(name: SQL, **params) -> pd.DataFrame:
    """The result of a named query (cached as data)."""
    from gwr.store import db

    params = _bound(name, params)
    return _or_explain(lambda: db.run(name, **params))


def _key(params: dict) -> tuple:
    """Keyword arguments as a hashable, order-free key for a shared result."""
    return tuple(sorted(params.items()))


@memo.shared()
def _figure(
    builder: Callable, query_name: SQL, args: tuple, params: tuple, compact: bool, report: Report
) -> charts.SharedFigure:
    def build() -> charts.SharedFigure:
        from gwr.store import db

        extra = {"compact": True} if compact else {}
        return charts.SharedFigure(builder(db.run(query_name, **dict(params)), *args, report=report, **extra))

    name = "-".join(["figure", builder.__name__, query_name, *map(str, args), "compact" * compact])
    return _kept_if_whole(params, name, build, _figure_json, _figure_from_json)


def _kept_if_whole(params: tuple, name: str, compute, dump, load):
    """compute(); for a whole query of one report (no parameter but the report: not a visitor's choice
    of rows, so a bounded set) also kept for the next start (gwr.store.cache.result)."""
    choice = dict(params)
    report = choice.pop("report_id", None)
    if choice:
        return compute()
    return cache.result(paths.data_dir(), f"{name}-{report}" if report else name, compute, dump, load)


def _figure_json(fig: charts.SharedFigure) -> str:
    import plotly.io

    return plotly.io.to_json(fig.to_dict(), validate=False)


def _figure_from_json(text: str) -> charts.SharedFigure:
    return charts.SharedFigure(json.loads(text))


def figure(builder: Callable, query_name: SQL, *args, **params) -> charts.SharedFigure:
    """builder(result of the named query, *args), a chart builder of gwr.charts, in its phone layout
    on a phone (compact=True); built once
    per distinct input and shared: building a figure costs far more than drawing one. Treat the
    result as read-only."""
    from gwr.app import picker

    params = _bound(query_name, params)
    report = picker.registered()[params["report_id"]] if "report_id" in params else picker.current()
    return _or_explain(lambda: _figure(builder, query_name, args, _key(params), frame.phone(), report))


class Shown:
    """A table as a page shows it, made once and shared by every session (`table`): `frame` to read
    (read-only), and the same rows as Arrow for st.dataframe, which sends a pyarrow table as it is.
    Converting a pandas frame to Arrow, and filtering it, on every draw took milliseconds a table."""

    def __init__(self, frame: pd.DataFrame):
        import pyarrow as pa

        self.frame = frame.reset_index(drop=True)
        self._arrow = pa.Table.from_pandas(self.frame, preserve_index=False)
        self._columns: dict[tuple[str, ...], pa.Table] = {}

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def empty(self) -> bool:
        return self.frame.empty

    def arrow(self, columns) -> pa.Table:
        """These columns, in this order (no copy): the same table object on every draw, its Arrow IPC
        bytes written once (gwr.app.internals)."""
        key = tuple(columns)
        if (table := self._columns.get(key)) is None:
            table = self._columns[key] = internals.written_once(self._arrow.select(list(key)))
        return table


def _kept(frame: pd.DataFrame, column: str, values: tuple) -> pd.Series:
    """Rows whose `column` is one of `values`; None among them stands for a missing value."""
    kept = frame[column].isin([v for v in values if v is not None])
    return kept | frame[column].isna() if None in values else kept


@memo.shared()  # at most 512: a visitor can ask for many filter combinations (a table is ~0.3 MB)
def _table(builder: Callable, query_name: SQL, lang: str, args: tuple, params: tuple, keep: tuple) -> Shown:
    from gwr.store import db

    frame = builder(db.run(query_name, **dict(params)), lang, *args)
    for column, values in keep:
        frame = frame[_kept(frame, column, values)]
    return Shown(frame)


def table(builder: Callable, query_name: SQL, lang: str, *args, keep: dict | None = None, **params) -> Shown:
    """builder(result of the named query, lang, *args), a table builder of gwr.app.tables, with only the rows whose columns hold
    one of the values `keep` names for them ({"sector": ("industry",)}; None stands for missing): the
    table a page shows, made once per input and shared."""
    kept = tuple(sorted((column, tuple(sorted(set(values), key=repr))) for column, values in (keep or {}).items()))
    params = _bound(query_name, params)
    return _or_explain(lambda: _table(builder, query_name, lang, args, _key(params), kept))


@memo.shared()
def _records(query_name: SQL, params: tuple) -> tuple[dict, ...]:
    def compute() -> tuple[dict, ...]:
        from gwr.store import db

        return tuple(db.run(query_name, **dict(params)).to_dict("records"))

    return _kept_if_whole(params, f"records-{query_name}", compute, json.dumps, lambda text: tuple(json.loads(text)))


def records(query_name: SQL, **params) -> tuple[dict, ...]:
    """The rows of a named query's result as dicts, made once per parameters and shared (read-only):
    for pages that read rows one by one or look a row up."""
    params = _bound(query_name, params)
    return _or_explain(lambda: _records(query_name, _key(params)))


@memo.shared()
def _kinds_by_year(params: tuple) -> tuple:
    from gwr.app import tables
    from gwr.store import db

    return tables.kinds_by_year(db.run(SQL.facts_filtered, **dict(params)))


def fact_row(fact_id: str) -> dict | None:
    """A figure's row of the report_figures query (shared, read-only), or None if there is none."""
    return next((row for row in records(SQL.report_figures) if row["fact_id"] == fact_id), None)


def kinds_by_year() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """What kinds of figure each year of the data holds (tables.kinds_by_year of every fact)."""
    return _or_explain(lambda: _kinds_by_year(_key(_bound(SQL.facts_filtered, {}))))


@memo.shared()
def _sector_groups(params: tuple) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from gwr.store import db

    charted, standalone = charts.sector_groups(db.run(SQL.sector_figures, **dict(params)))
    return tuple(charted), tuple(standalone["fact_id"])


def sector_groups(sector: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A sector's charted dimensions and the fact_ids of its figures that stand alone (charts.sector_groups)."""
    return _or_explain(lambda: _sector_groups(_key(_bound(SQL.sector_figures, {"sector": sector}))))


@memo.shared()
def _count(query_name: SQL, params: tuple) -> tuple[int, int]:
    from gwr.rules import counts
    from gwr.store import db

    facts = db.run(query_name, **dict(params))
    return len(facts), counts.figures(facts)


def count(query_name: SQL, **params) -> tuple[int, int]:
    """The rows of a named query over the facts, and the figures among them (gwr.rules.counts)."""
    params = _bound(query_name, params)
    return _or_explain(lambda: _count(query_name, _key(params)))


@memo.shared()
def fields_table(name: str, lang: str) -> Shown:
    """A table's columns, types and meanings in one language (package.fields_table), shared."""
    return Shown(package.fields_table(name, lang))


@st.cache_resource(show_spinner=False)
def _sql_pool():
    from gwr.sql import sandbox
    from gwr.store import db

    # The database this process already built from the validated tables (DataError if invalid), copied
    # to the workers' file: no second validation pass over every package, no second load from pandas.
    db_file = sandbox.copy_database_file(db.connection())
    pool = sandbox.Pool(db_file, set(package.resource_names(paths.data_dir())))
    atexit.register(shutil.rmtree, db_file.parent, ignore_errors=True)
    atexit.register(pool.close)  # runs first: stop the workers, then remove their database file
    return pool


def sql_pool():
    """The shared pool of SQL workers, started on first use."""
    return _or_explain(_sql_pool)
