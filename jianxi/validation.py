"""Every rule the data package must satisfy, each failure located by file, line and column.

The schema part (columns, types, vocabularies, ranges, uniqueness) comes from pandera schemas
built from the descriptor; the rules that tie tables to each other and to the report text are
below.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pandas as pd
import pandera.errors

from jianxi import package
from jianxi.package import Problem, csv_line
from jianxi.paths import DATA_DIR
from jianxi.report import Report, load_from, number_values, squash, tokens

QUALIFIER_WORDS = {"at_least": ("以上", "超过", "超"), "approx": ("约", "近", "余", "左右")}
PERCENT_MEASURES = ("growth_rate", "ratio")
RELATIVE_TOLERANCE = 1e-9


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


def _schema_problems(
    name: str, frame: pd.DataFrame, file: str, data_dir: Path
) -> tuple[pd.DataFrame | None, list[Problem]]:
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


def _source_problems(data_dir: Path) -> list[Problem]:
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


def _foreign_key_problems(tables: dict[str, pd.DataFrame], data_dir: Path) -> list[Problem]:
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


def _in_report(report: Report, file: str, frame: pd.DataFrame, column: str) -> list[Problem]:
    return [
        Problem(file, csv_line(i), column, f"not found in the report (compared without whitespace): {text[:40]}…")
        for i, text in frame[column].items()
        if pd.notna(text) and not report.find_all(text)
    ]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-9)


def _fact_problems(facts: pd.DataFrame, units: pd.DataFrame | None, report: Report, file: str) -> list[Problem]:
    problems = _in_report(report, file, facts, "quote")
    known_sections = set(report.section_names)
    unit_table = units.set_index("unit") if units is not None else None
    for i, row in facts.iterrows():
        line = csv_line(i)
        quote = squash(row["quote"])
        offsets = report.find_all(quote)
        found = number_values(quote)
        if row["section"] not in known_sections:
            problems.append(
                Problem(file, line, "section", f"{row['section']!r} is not a section of the report's outline")
            )
        elif offsets and row["section"] not in {report.section_at(o) for o in offsets}:
            problems.append(
                Problem(
                    file,
                    line,
                    "section",
                    f"the quote stands under {report.section_at(offsets[0])!r}, not {row['section']!r}",
                )
            )
        if not any(_close(row["value"], v) for v in found):
            problems.append(Problem(file, line, "value", f"{row['value']:g} does not appear in its quote"))
        share = row["city_share_pct"]
        if pd.notna(share) and not any(_close(share, v) for v in found):
            problems.append(Problem(file, line, "city_share_pct", f"{share:g} does not appear in its quote"))
        if row["measure"] in PERCENT_MEASURES and row["unit"] != "%":
            problems.append(Problem(file, line, "unit", f"a {row['measure']} must be in %, not {row['unit']!r}"))
        words = row["qualifier_zh"] if pd.notna(row["qualifier_zh"]) else ""
        for part in filter(None, words.split("…")):
            if part not in quote:
                problems.append(Problem(file, line, "qualifier_zh", f"{part!r} is not in the quote"))
        for qualifier, markers in QUALIFIER_WORDS.items():
            says = any(m in words for m in markers)
            if says != (row["qualifier"] == qualifier) and (says or row["qualifier"] == qualifier):
                problems.append(
                    Problem(
                        file,
                        line,
                        "qualifier",
                        f"{row['qualifier']!r} does not agree with the qualifier words {words!r}",
                    )
                )
        if unit_table is not None and row["unit"] in unit_table.index:
            unit = unit_table.loc[row["unit"]]
            if row["unit_base"] != unit["unit_base"]:
                problems.append(
                    Problem(file, line, "unit_base", f"must be {unit['unit_base']!r} for unit {row['unit']!r}")
                )
            expected = row["value"] * unit["factor"]
            if not _close(row["value_base"], expected):
                problems.append(
                    Problem(
                        file,
                        line,
                        "value_base",
                        f"{row['value_base']:g} ≠ {row['value']:g} {row['unit']} = {expected:g} {unit['unit_base']}",
                    )
                )
    for indicator, group in facts.groupby("indicator"):
        if group["unit_base"].nunique() > 1:
            for i in group.index[group["pair_note"].isna()]:
                problems.append(
                    Problem(
                        file,
                        csv_line(i),
                        "pair_note",
                        f"indicator {indicator!r} mixes units {sorted(group['unit_base'].unique())}: "
                        "explain the difference in pair_note",
                    )
                )
    return problems


def _non_figure_problems(non_figures: pd.DataFrame, report: Report, file: str) -> list[Problem]:
    problems = _in_report(report, file, non_figures, "context")
    for i, row in non_figures.iterrows():
        if row["number"] not in {t.text for t in tokens(squash(row["context"]))}:
            problems.append(Problem(file, csv_line(i), "number", f"{row['number']!r} is not a number in its context"))
    return problems


def check(data_dir: Path = DATA_DIR, report: Report | None = None) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """The typed tables of the package and every problem with them; no problems means valid."""
    problems = _source_problems(data_dir)
    if problems:
        return {}, problems
    report = report or load_from(data_dir / package.descriptor(data_dir)["sources"][0]["path"])
    tables, problems = read_tables(data_dir)
    problems += _foreign_key_problems(tables, data_dir)
    if "facts" in tables:
        problems += _fact_problems(
            tables["facts"], tables.get("units"), report, package.display_path("facts", data_dir)
        )
    if "non_figures" in tables:
        problems += _non_figure_problems(tables["non_figures"], report, package.display_path("non_figures", data_dir))
    for name, column in (
        ("glossary", "definition_zh"),
        ("glossary", "term_zh"),
        ("clusters", "quote"),
        ("cluster_members", "quote"),
        ("cluster_members", "name_zh"),
    ):
        if name in tables:
            problems += _in_report(report, package.display_path(name, data_dir), tables[name], column)
    return tables, problems


def validate(data_dir: Path = DATA_DIR) -> list[Problem]:
    """Every problem with the data package; an empty list means it is valid."""
    return check(data_dir)[1]
