"""The rules of the report register (reports.csv): each report's text is the file it names, unchanged,
and the one datapackage.json lists; its source is recorded or said not to be; its dates and its place's
codes agree with each other.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.package import Problem, csv_line

NOT_RECORDED = "not recorded"
NOT_RECORDED_KIND = "not_recorded"
# How the last digits of a six-digit administrative division code end, by level.
PROVINCE_END, CITY_END = "0000", "00"


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _source_problems(row: pd.Series, sources: dict[str, str], data_dir: Path, file: str, line: int) -> list[Problem]:
    path = data_dir / row["source_path"]
    if not path.is_file():
        return [Problem(file, line, "source_path", f"data/{row['source_path']} does not exist")]
    problems = []
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if row["source_sha256"] != digest:
        problems.append(
            Problem(
                file,
                line,
                "source_sha256",
                f"{row['source_sha256'][:12]}… is not the SHA-256 of data/{row['source_path']} ({digest[:12]}…)",
            )
        )
    if row["source_path"] not in sources:
        problems.append(Problem(file, line, "source_path", "is not among the sources of datapackage.json"))
    elif sources[row["source_path"]] != row["source_sha256"]:
        problems.append(
            Problem(
                file,
                line,
                "source_sha256",
                f"differs from the SHA-256 datapackage.json's sources give ({sources[row['source_path']][:12]}…)",
            )
        )
    return problems


def _origin_problems(row: pd.Series, file: str, line: int) -> list[Problem]:
    """A source not recorded is said so in its kind too; a recorded one says when it was retrieved."""
    recorded = row["source_url"] != NOT_RECORDED
    if recorded and row["source_kind"] == NOT_RECORDED_KIND:
        return [Problem(file, line, "source_kind", "is not_recorded, but source_url is recorded: say who published it")]
    if not recorded and row["source_kind"] != NOT_RECORDED_KIND:
        return [Problem(file, line, "source_kind", f"must be {NOT_RECORDED_KIND!r}: source_url is {NOT_RECORDED!r}")]
    if recorded and row["retrieved"] == NOT_RECORDED:
        return [Problem(file, line, "retrieved", "is not recorded, but source_url is: give the date it was retrieved")]
    return []


def _date_problems(row: pd.Series, file: str, line: int) -> list[Problem]:
    try:
        delivered = date.fromisoformat(row["delivered"])
    except ValueError:
        return [Problem(file, line, "delivered", f"{row['delivered']!r} is not a date")]
    problems = []
    if row["targets_year"] != delivered.year:
        problems.append(
            Problem(file, line, "targets_year", f"must be {delivered.year}, the year the report was delivered")
        )
    if row["reviews_year"] >= row["targets_year"]:
        problems.append(Problem(file, line, "reviews_year", "must be before targets_year"))
    return problems


def _code_problems(row: pd.Series, file: str, line: int) -> list[Problem]:
    """A province's code ends in 0000, a city's in 00, a county's or district's not; its parent is in
    the same province (the first two digits), and only a province has none."""
    code, level, parent = row["admin_code"], row["admin_level"], row["parent_code"]
    shape = {
        "province": code.endswith(PROVINCE_END),
        "city": code.endswith(CITY_END) and not code.endswith(PROVINCE_END),
    }
    if not shape.get(level, not code.endswith(CITY_END)):
        return [Problem(file, line, "admin_code", f"{code} is not the code of a {level}")]
    if level == "province":
        return [] if pd.isna(parent) else [Problem(file, line, "parent_code", "must be empty for a province")]
    if pd.isna(parent):
        return [Problem(file, line, "parent_code", f"is empty: a {level} belongs to a larger area")]
    if parent[:2] != code[:2] or not parent.endswith(CITY_END) or parent == code:
        return [Problem(file, line, "parent_code", f"{parent} cannot be the parent of {code}")]
    return []


def register_problems(reports: pd.DataFrame, data_dir: Path, file: str) -> list[Problem]:
    """Every rule of the register's rows (the module's docstring)."""
    described = package.descriptor(data_dir)
    sources = {source["path"]: source["sha256"] for source in described["sources"]}
    problems = []
    for i, row in reports.iterrows():
        line = csv_line(i)
        problems += _source_problems(row, sources, data_dir, file, line)
        problems += _origin_problems(row, file, line)
        problems += _date_problems(row, file, line)
        problems += _code_problems(row, file, line)
        if _version(row["version"]) > _version(described["version"]):
            problems.append(
                Problem(file, line, "version", f"{row['version']} is later than the package's {described['version']}")
            )
    return problems
