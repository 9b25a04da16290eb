"""The package's files as typed tables: each read and checked against the pandera schema its descriptor
entry builds (columns, types, vocabularies, ranges, uniqueness), the report text against its checksum,
and every foreign key against the table it names.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.package import Problem, csv_line
from gwr.paths import DATA_DIR


def _plain(failure: pd.Series, file: str) -> Problem | None:
    check, column, case, index = (failure[k] for k in ("check", "column", "failure_case", "index"))
    line = None if index is None or pd.isna(index) else csv_line(int(index))
    if check == "column_in_schema":
        return Problem(file, None, str(case), "unknown column: it is not declared in datapackage.json")
    if check == "column_in_dataframe":
        return Problem(file, None, str(case), "missing column: datapackage.json requires it")
    if check.startswith("coerce_dtype"):
        kind = "a whole number" if "Int" in check else "a number"
        return Problem(file, line, column, f"{case!r} is not {kind}")
    if check == "not_nullable":
        return Problem(file, line, column, "is empty, but a value is required")
    if check == "field_uniqueness":
        return Problem(file, line, column, f"{case!r} appears more than once; it must be unique")
    if check.startswith("dtype(") or line is None:
        return None  # repeats a coercion failure reported above
    return Problem(file, line, column, f"{case!r} {check}")


def frame_problems(name: str, frame: pd.DataFrame, file: str, data_dir: Path) -> list[Problem]:
    """What breaks a table's declared schema, before it is written (a curator's edit)."""
    return _schema_problems(name, frame, file, data_dir)[1]


def _schema_problems(
    name: str, frame: pd.DataFrame, file: str, data_dir: Path
) -> tuple[pd.DataFrame | None, list[Problem]]:
    import pandera.errors  # here, not at the top: a start whose data validated before never needs it

    try:
        return package.typed(name, frame, data_dir), []
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases.sort_values("index", na_position="first", key=lambda s: s.astype(float))
        problems = [p for _, failure in cases.iterrows() if (p := _plain(failure, file))]
        return None, list(dict.fromkeys(problems))


def read_tables(data_dir: Path = DATA_DIR) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Every table of the package, typed; and the problems that kept any from loading."""
    tables, problems = {}, []
    for res in package.descriptor(data_dir)["resources"]:
        path = data_dir / res["path"]
        file = package.display_path(res["name"], data_dir)
        if not path.exists():
            problems.append(Problem(file, None, None, "file not found"))
            continue
        try:
            raw = package.read_text_table(path)
        except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
            problems.append(Problem(file, None, None, f"cannot be read as UTF-8 CSV: {error}"))
            continue
        frame, found = _schema_problems(res["name"], raw, file, data_dir)
        problems += found
        if frame is not None:
            tables[res["name"]] = frame
    return tables, problems


def source_problems(data_dir: Path) -> list[Problem]:
    source = package.descriptor(data_dir)["sources"][0]
    path = data_dir / source["path"]
    if not path.exists():
        return [Problem(f"data/{source['path']}", None, None, "the report text is missing")]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != source["sha256"]:
        return [
            Problem(
                f"data/{source['path']}",
                None,
                None,
                f"SHA-256 {digest[:12]}… differs from datapackage.json ({source['sha256'][:12]}…): "
                "the report text was changed",
            )
        ]
    return []


def foreign_key_problems(tables: dict[str, pd.DataFrame], data_dir: Path) -> list[Problem]:
    problems = []
    for res in package.descriptor(data_dir)["resources"]:
        frame = tables.get(res["name"])
        for key in res["schema"].get("foreignKeys", []):
            (column,), ref = key["fields"], key["reference"]
            target = tables.get(ref["resource"] or res["name"])
            if frame is None or target is None:
                continue
            allowed = set(target[ref["fields"][0]].dropna())
            target_name, target_field = ref["resource"] or res["name"], ref["fields"][0]
            article = "an" if target_field[0] in "aeio" else "a"  # "an indicator", but "a unit"
            for index, value in frame[column].items():
                if pd.notna(value) and value not in allowed:
                    problems.append(
                        Problem(
                            package.display_path(res["name"], data_dir),
                            csv_line(index),
                            column,
                            f"{value!r} is not {article} {target_field} of {target_name}",
                        )
                    )
    return problems


def accepted_problems(data_dir: Path) -> list[Problem]:
    """A further report's package, once accepted, is never edited in place (a correction is a new
    version): its descriptor records each table's SHA-256 at the build ("files"), and a table that
    differs is reported."""
    recorded = package.descriptor(data_dir).get("files", {})
    problems = []
    for name, digest in recorded.items():
        path = data_dir / name
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            why = "differs from the accepted version (datapackage.json's files): build a new version instead"
            problems.append(Problem(str(path), None, None, why))
    return problems
