"""The one data-access module: the data package in an in-process DuckDB database.

The database is built once per process from the validated tables, with the column types the
descriptor declares (no type sniffing). Every query runs on its own cursor, because a DuckDB
connection must not be shared between Streamlit's session threads. A result is computed once per
process and each caller gets its own shallow copy (pandas copy-on-write keeps the shared one intact).
"""

from __future__ import annotations

import gc
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from gwr import paths
from gwr.data import package
from gwr.data.loading import all_tables
from gwr.data.package import DataError
from gwr.paths import DATA_DIR
from gwr.store import memo, queries


def build(data_dir: Path = DATA_DIR) -> duckdb.DuckDBPyConnection:
    """A new in-memory database holding every table of the package, with the further reports' rows
    (gwr.data.loading); DataError if any is invalid. Files that passed validation before, unchanged, are
    not validated again (`check_cached`)."""
    tables, problems = all_tables(data_dir, paths.reports_dir())
    if problems:
        raise DataError(problems)
    connection = duckdb.connect(":memory:")
    package.load_into(connection, tables, data_dir)
    return connection


@st.cache_resource(show_spinner=False)
def connection() -> duckdb.DuckDBPyConnection:
    built = build(paths.data_dir())
    _freeze_long_lived()
    return built


def _freeze_long_lived() -> None:
    """Move what the process holds for good (imported modules, the database: ~140,000 objects of
    pandas, Plotly, DuckDB and Streamlit) out of the garbage collector's sight, so that its full
    passes while visitors browse need not walk them. Objects created later, such as each run's own,
    are still collected as before. No collection first: at this point it found about 20 unreachable
    objects and took 70 ms of the first page's start."""
    gc.freeze()


def execute(con: duckdb.DuckDBPyConnection, name: str, **params) -> pd.DataFrame:
    """Run the named query on a fresh cursor of `con`, binding exactly its declared parameters."""
    query = queries.get(name)
    unknown = set(params) - set(query.params)
    if unknown:
        raise TypeError(f"queries/{name}.sql takes no parameter {', '.join(sorted(unknown))}")
    bound = {key: params.get(key) for key in query.params}
    if "report_id" in bound and bound["report_id"] is None:  # a page shows the shipped report unless told
        bound["report_id"] = paths.SHIPPED_REPORT_ID
    cursor = con.cursor()
    try:
        frame = cursor.execute(query.sql, bound).df()
    finally:
        cursor.close()
    return _plain_missing(frame)


def _plain_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable integer columns with gaps become float, so a missing rank is NaN, not an ambiguous pd.NA."""
    for column in frame.columns:
        dtype = frame[column].dtype
        if pd.api.types.is_integer_dtype(dtype) and pd.api.types.is_extension_array_dtype(dtype):
            has_gaps = frame[column].isna().any()
            frame[column] = frame[column].astype("float64" if has_gaps else "int64")
    return frame


def run(name: str, **params) -> pd.DataFrame:
    """The result of a named query over the shipped data, computed once per parameters.

    The caller gets its own shallow copy: under pandas' copy-on-write, setting a column or a cell
    of it copies first, so the shared result never changes. (`st.cache_data` unpickled a deep copy
    on every call, about a tenth of a page run.)"""
    return _shared_result(name, **params).copy(deep=False)


@memo.shared()
def _shared_result(name: str, **params) -> pd.DataFrame:
    return execute(connection(), name, **params)
