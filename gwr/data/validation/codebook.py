"""The rules of the indicator codebook (indicators.csv), shared by every report.

A wording means one indicator: the same phrase in two rows is ambiguous, and a guess made from it would
join two different things. An indicator's dimension, base unit and measure agree with units.csv and with
each other, and a figure is in its indicator's base unit unless it is a growth rate or says in
pair_note how it differs.
"""

from __future__ import annotations

import pandas as pd

from gwr.data.package import Problem, csv_line

SEPARATOR = "|"
PERCENT, PERCENT_DIMENSION = "%", "percent"
PERCENT_MEASURES = ("growth_rate", "ratio")


def wordings(cell: str) -> list[str]:
    """The wordings of one row."""
    return cell.split(SEPARATOR)


def _wording_problems(indicators: pd.DataFrame, file: str) -> list[Problem]:
    problems, first_seen = [], {}
    for i, row in indicators.iterrows():
        line = csv_line(i)
        found = wordings(row["wordings_zh"])
        for text in found:
            if not text or text != text.strip():
                problems.append(
                    Problem(file, line, "wordings_zh", f"{text!r} is not a wording: no empty or padded part between |")
                )
            elif found.count(text) > 1:
                problems.append(Problem(file, line, "wordings_zh", f"{text!r} is listed twice"))
            elif text in first_seen:
                other, other_line = first_seen[text]
                problems.append(
                    Problem(
                        file,
                        line,
                        "wordings_zh",
                        f"{text!r} is also a wording of {other!r} (line {other_line}): a wording that means two "
                        "things is ambiguous; keep it in one row, or neither",
                    )
                )
            else:
                first_seen.setdefault(text, (row["indicator"], line))
    return problems


def _unit_problems(indicators: pd.DataFrame, units: pd.DataFrame | None, file: str) -> list[Problem]:
    """Dimension and base unit are given together, agree with units.csv, and a rate is in %."""
    problems = []
    dimensions = {PERCENT: PERCENT_DIMENSION}
    if units is not None:
        dimensions |= dict(zip(units["unit_base"], units["dimension"], strict=True))
    for i, row in indicators.iterrows():
        line = csv_line(i)
        dimension, base, measure = row["dimension"], row["unit_base"], row["measure"]
        if pd.isna(dimension) != pd.isna(base):
            problems.append(Problem(file, line, "unit_base", "dimension and unit_base are given together, or neither"))
        elif pd.notna(base) and base not in dimensions:
            problems.append(Problem(file, line, "unit_base", f"{base!r} is not a unit_base of units.csv"))
        elif pd.notna(base) and dimensions[base] != dimension:
            problems.append(
                Problem(file, line, "dimension", f"must be {dimensions[base]!r} for unit_base {base!r} (units.csv)")
            )
        if pd.isna(measure) and pd.notna(base):
            problems.append(Problem(file, line, "measure", "is empty, but the indicator has a unit: give its measure"))
        if measure in PERCENT_MEASURES and pd.notna(base) and base != PERCENT:
            problems.append(Problem(file, line, "unit_base", f"a {measure} indicator is in %, not {base!r}"))
    return problems


def codebook_problems(indicators: pd.DataFrame, units: pd.DataFrame | None, file: str) -> list[Problem]:
    """Every rule of the codebook's own rows (the module's docstring)."""
    return _wording_problems(indicators, file) + _unit_problems(indicators, units, file)


def fact_unit_problems(facts: pd.DataFrame, indicators: pd.DataFrame, file: str) -> list[Problem]:
    """A figure is in its indicator's base unit, unless it is a growth rate (its unit is %, a rule of
    figures) or its pair_note says how it differs. Unknown indicators are the foreign key's to report."""
    problems = []
    base_of = dict(zip(indicators["indicator"], indicators["unit_base"], strict=True))
    for i, row in facts.iterrows():
        if row["indicator"] not in base_of or row["measure"] == "growth_rate" or pd.notna(row["pair_note"]):
            continue
        expected = base_of[row["indicator"]]
        if pd.isna(expected) or row["unit_base"] != expected:
            codebook = "none" if pd.isna(expected) else repr(expected)
            problems.append(
                Problem(
                    file,
                    csv_line(i),
                    "unit_base",
                    f"{row['unit_base']!r} is not the unit_base of indicator {row['indicator']!r} ({codebook} in "
                    "indicators.csv): state the figure in that unit, or say in pair_note how it differs",
                )
            )
    return problems
