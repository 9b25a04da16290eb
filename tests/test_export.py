"""Downloads keep the descriptor's types and the report's numbers, under names that say what they hold."""

import io
import zipfile

import pandas as pd

from gwr import paths, reports
from gwr.app import export
from gwr.data import loading, package
from gwr.store import db

VERSION = package.descriptor()["version"]


def facts():
    return db.execute(db.build(), "facts_filtered")


def test_csv_writes_integers_as_integers():
    frame = export.typed(facts())
    text = export.csv_bytes(frame).decode("utf-8-sig")
    assert text.startswith("report_id,fact_id,")
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False).set_index("fact_id")
    high_tech = back.loc["2022-high-tech-enterprises"]
    assert (high_tech["value"], high_tech["city_rank"], high_tech["year"]) == ("450", "1", "2022")
    assert back.loc["2022-gdp", "value_base"] == "71300000000"
    assert back.loc["2022-imports-exports", "value"] == "92.8"
    assert back.loc["2022-gdp", "city_share_pct"] == ""  # a blank stays blank, not "nan"
    assert ".0," not in text.replace("0.0,", "")


def test_parquet_keeps_nullable_integers():
    frame = pd.read_parquet(io.BytesIO(export.parquet_bytes(export.typed(facts()))))
    assert str(frame["city_rank"].dtype) == "Int64" and str(frame["year"].dtype) == "Int64"
    assert frame["city_rank"].isna().any() and frame["value"].dtype == "float64"


def test_file_names_carry_report_version_and_filter():
    report = reports.shipped()
    assert export.file_name(report, {"sector": [], "year": []}, "csv") == f"luoyang-jianxi_2022_2023_v{VERSION}_all.csv"
    named = export.file_name(report, {"sector": ["enterprises", "trade"], "year": [2022], "q": "小巨人"}, "parquet")
    assert named == f"luoyang-jianxi_2022_2023_v{VERSION}_sector-enterprises-trade_year-2022_q-小巨人.parquet"


def test_the_package_download_holds_its_files_under_the_reports_name():
    """The Data page's zip (pages/data.py): luoyang-jianxi_2022_2023_v3.1.0.zip, every file under a folder
    of that name."""
    report = reports.shipped()
    stem = report.file_stem()
    assert stem == f"luoyang-jianxi_2022_2023_v{VERSION}"
    folder = loading.package_folder(report.report_id, paths.data_dir(), paths.reports_dir())
    with zipfile.ZipFile(io.BytesIO(package.archive(folder, stem))) as archive:
        names = archive.namelist()
    assert f"{stem}/datapackage.json" in names and f"{stem}/jianxi_2022_2023.csv" in names
    assert all(name.startswith(f"{stem}/") for name in names)
