"""Every report the app serves: the shipped package and the further reports' packages beside it.

A further report is its own package under `reports/<report_id>/<version>/` (built by `python -m gwr.data
build`, never edited in place: a correction is a new version). The app reads the latest version of each,
validated like the shipped one (kept valid results are reused), and adds its register row, facts and
claims to the shipped tables: every row carries its `report_id`, and ids stay unique across reports.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.package import Problem
from gwr.data.validation import check_cached, keep, kept
from gwr.store.cache import cache_dir, fingerprint

JOINED = ("reports", "facts", "claims")  # tables that hold every report's rows
KEYS = {"reports": "report_id", "facts": "fact_id", "claims": "claim_id"}
# Packages whose frames are joined at once when validating: each concat copies the rows joined so far,
# but holding every package's small frames for one concat at the end left 0.3 MB a report resident
# after a cold start (100 packages: +63 MiB; by eights: +27 MiB, one by one: +23 MiB).
BATCH = 8


def _version_key(folder: Path) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in folder.name.split("."))


def packages(reports_dir: Path) -> list[Path]:
    """The latest version folder of each report under reports_dir, in report_id order."""
    if not reports_dir.is_dir():
        return []
    reports = sorted(p for p in reports_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    return [latest for report in reports if (latest := _latest(report))]


def _latest(report: Path) -> Path | None:
    """The latest version folder of one report's folder, if it holds any."""
    versions = [v for v in report.iterdir() if (v / "datapackage.json").is_file()]
    return max(versions, key=_version_key) if versions else None


def all_tables(data_dir: Path, reports_dir: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """The shipped package's tables with every further report's rows joined in; the problems of any.

    Every package is validated (`check_cached`: again only when its files changed); once all are valid,
    the joined tables are kept too, under a digest of every file of every package, so that a start with
    the same files reads ten tables, not four for each report, and fingerprints no package on its own."""
    folders = packages(reports_dir)
    shipped_key = fingerprint(data_dir)  # the shipped files, the rules and the libraries that type the tables
    names = package.resource_names(data_dir)
    entry = cache_dir() / f"joined-{_joined_key(shipped_key, folders, reports_dir)}" if folders else None
    if entry and (tables := kept(entry, names)) is not None:
        return tables, []
    tables, problems = check_cached(data_dir, shipped_key)
    if problems:
        return tables, problems
    parts = {name: [tables[name]] for name in JOINED}
    for folder in folders:
        found, broken = check_cached(folder)
        problems += broken
        if not broken:
            for name in JOINED:
                parts[name].append(found[name])
                if len(parts[name]) == BATCH:  # a few frames at a time, not 500 held at once
                    parts[name] = [pd.concat(parts[name], ignore_index=True)]
    tables = {**tables, **{name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}}
    for name, key in KEYS.items():
        repeated = tables[name][key][tables[name][key].duplicated()]
        problems += [Problem(str(reports_dir), None, key, f"{value!r} is used by two reports") for value in repeated]
    if entry and not problems:
        keep(entry, tables, names)
    return tables, problems


def _joined_key(shipped: str, folders: list[Path], reports_dir: Path) -> str:
    """SHA-256 of what the joined tables come from: this module, the shipped package's fingerprint (which
    also covers the rules and library versions), and every file of every package, path and bytes. Each
    package's own fingerprint is needed only when this misses (`check_cached`)."""
    digest = hashlib.sha256(Path(__file__).read_bytes() + b"\0" + shipped.encode())
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(f"\0{path.relative_to(reports_dir)}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def package_folder(report_id: str, data_dir: Path, reports_dir: Path) -> Path:
    """The folder of the package a report's rows come from: the shipped package, or the latest version
    of the report's own under reports_dir. Looks in that report's folder only (pages ask on every run,
    once for each chart's citation: listing every package took 4 ms a call with 50 reports)."""
    report = reports_dir / report_id
    if report_id.startswith(".") or report.parent != reports_dir or not report.is_dir():
        return data_dir
    return _latest(report) or data_dir
