"""The one data-access module: the data package in an in-process DuckDB database.

The database is built once per process from the validated tables, with the column types the
descriptor declares (no type sniffing). Every query runs on its own cursor, because a DuckDB
connection must not be shared between Streamlit's session threads; results are cached as data.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from jianxi import package, paths, queries
from jianxi.package import DataError
from jianxi.paths import DATA_DIR
from jianxi.validation import check


def build(data_dir: Path = DATA_DIR) -> duckdb.DuckDBPyConnection:
    """A new in-memory database holding every table of the package; DataError if any is invalid."""
    tables, problems = check(data_dir)
    if problems:
        raise DataError(problems)
    connection = duckdb.connect(":memory:")
    package.load_into(connection, tables, data_dir)
    return connection


@st.cache_resource(show_spinner=False)
def connection() -> duckdb.DuckDBPyConnection:
    return build(paths.data_dir())


def execute(con: duckdb.DuckDBPyConnection, name: str, **params) -> pd.DataFrame:
    """Run the named query on a fresh cursor of `con`, binding exactly its declared parameters."""
    query = queries.get(name)
    unknown = set(params) - set(query.params)
    if unknown:
        raise TypeError(f"queries/{name}.sql takes no parameter {', '.join(sorted(unknown))}")
    cursor = con.cursor()
    try:
        frame = cursor.execute(query.sql, {key: params.get(key) for key in query.params}).df()
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


@st.cache_data(show_spinner=False, max_entries=512)
def run(name: str, **params) -> pd.DataFrame:
    """The result of a named query over the shipped data, cached per parameters."""
    return execute(connection(), name, **params)
