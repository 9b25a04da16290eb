"""Downloads of query results: types as the descriptor declares them, numbers as the report writes
them, and file names that say which data version and which filter they hold."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

import pandas as pd

from gwr import formatting
from gwr.data import package

if TYPE_CHECKING:
    from gwr.reports import Report


def typed(frame: pd.DataFrame, resource: str = "facts") -> pd.DataFrame:
    """Columns the descriptor declares integer become nullable integers again (a gap made them float)."""
    integers = {f["name"] for f in package.resource(resource)["schema"]["fields"] if f["type"] == "integer"}
    return frame.astype({column: "Int64" for column in frame.columns if column in integers})


def _plain(value) -> str:
    """450.0 → '450', 1.4 → '1.4', 71300000000.0 → '71300000000'; missing → ''."""
    if formatting.missing(value):
        return ""
    return f"{value:.15g}"


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV as UTF-8 with a BOM (Excel opens it cleanly); integers never written as 450.0."""
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_float_dtype(frame[column].dtype):
            frame[column] = frame[column].map(_plain)
    return frame.to_csv(index=False).encode("utf-8-sig")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _slug(value) -> str:
    return re.sub(r"[\W_]+", "-", str(value).lower()).strip("-")


def file_name(report: Report, filters: dict[str, list | str | None], extension: str) -> str:
    """luoyang-jianxi_2022_2023_v3.1.0_sector-enterprises-trade_year-2022.csv (the report's file_stem, then
    the filters); '_all' when nothing is filtered."""
    parts = [
        f"{name}-{'-'.join(_slug(v) for v in (values if isinstance(values, list | tuple) else [values]))}"
        for name, values in filters.items()
        if values
    ]
    return f"{report.file_stem()}_{'_'.join(parts) or 'all'}.{extension}"
