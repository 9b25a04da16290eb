"""Every report the app serves: the shipped package and the further reports' packages beside it.

A further report is its own package under `reports/<report_id>/<version>/` (built by `python -m gwr.data
build`, never edited in place: a correction is a new version). The app reads the latest version of each,
validated like the shipped one (kept valid results are reused), and adds its register row, facts and
claims to the shipped tables: every row carries its `report_id`, and ids stay unique across reports.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from gwr.data.package import Problem
from gwr.data.validation import check_cached

JOINED = ("reports", "facts", "claims")  # tables that hold every report's rows
KEYS = {"reports": "report_id", "facts": "fact_id", "claims": "claim_id"}


def _version_key(folder: Path) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in folder.name.split("."))


def packages(reports_dir: Path) -> list[Path]:
    """The latest version folder of each report under reports_dir, in report_id order."""
    if not reports_dir.is_dir():
        return []
    latest = []
    for report in sorted(p for p in reports_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        versions = [v for v in report.iterdir() if (v / "datapackage.json").is_file()]
        if versions:
            latest.append(max(versions, key=_version_key))
    return latest


def all_tables(data_dir: Path, reports_dir: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """The shipped package's tables with every further report's rows joined in; the problems of any."""
    tables, problems = check_cached(data_dir)
    if problems:
        return tables, problems
    tables = dict(tables)
    for folder in packages(reports_dir):
        found, broken = check_cached(folder)
        problems += broken
        if broken:
            continue
        for name in JOINED:
            tables[name] = pd.concat([tables[name], found[name]], ignore_index=True)
    for name, key in KEYS.items():
        repeated = tables[name][key][tables[name][key].duplicated()]
        problems += [Problem(str(reports_dir), None, key, f"{value!r} is used by two reports") for value in repeated]
    return tables, problems
