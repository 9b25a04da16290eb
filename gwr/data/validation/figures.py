"""The rules of a figure (facts.csv) and of a number that is not one (non_figures.csv).

A figure's value and city share are written in its quote, a rate is in %, its base value follows from
its unit, one row states each indicator, year, kind and measure (a repeat names what it restates), and
an indicator that mixes units (a growth rate aside) says why. A non-figure's number is in its context, and listed once.
"""

from __future__ import annotations

import math

import pandas as pd

from gwr.data.package import Problem, csv_line
from gwr.data.report import (
    Report,
    number_values,
    squash,
    tokens,
    word_tokens,
)
from gwr.data.validation import quotes

PERCENT_MEASURES = ("growth_rate", "ratio")
RELATIVE_TOLERANCE = 1e-9


def close(a: float, b: float) -> bool:
    """The same number, as written and as parsed."""
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-9)


def fact_problems(facts: pd.DataFrame, units: pd.DataFrame | None, report: Report, file: str) -> list[Problem]:
    """Every figure's rules (the module's docstring), with its quote's place and qualifier words."""
    problems = quotes.in_report(report, file, facts, "quote")
    known_sections = set(report.section_names)
    unit_table = units.set_index("unit") if units is not None else None
    for i, row in facts.iterrows():
        line = csv_line(i)
        quote = squash(row["quote"])
        offsets = report.find_all(quote)
        found = number_values(quote)
        problems += quotes.locator_problems(row, offsets, report, known_sections, file, line)
        if not any(close(row["value"], v) for v in found):
            problems.append(Problem(file, line, "value", f"{row['value']:g} does not appear in its quote"))
        high = row.get("value_high")
        if pd.notna(high) and not any(close(high, v) for v in found):
            problems.append(Problem(file, line, "value_high", f"{high:g} does not appear in its quote"))
        elif pd.notna(high) and high <= row["value"]:
            problems.append(Problem(file, line, "value_high", f"{high:g} is not above value {row['value']:g}"))
        share = row["city_share_pct"]
        if pd.notna(share) and not any(close(share, v) for v in found):
            problems.append(Problem(file, line, "city_share_pct", f"{share:g} does not appear in its quote"))
        if row["measure"] in PERCENT_MEASURES and row["unit"] != "%":
            problems.append(Problem(file, line, "unit", f"a {row['measure']} must be in %, not {row['unit']!r}"))
        problems += quotes.qualifier_word_problems(row, quote, file, line)
        if unit_table is not None and row["unit"] in unit_table.index:
            unit = unit_table.loc[row["unit"]]
            if row["unit_base"] != unit["unit_base"]:
                problems.append(
                    Problem(file, line, "unit_base", f"must be {unit['unit_base']!r} for unit {row['unit']!r}")
                )
            expected = row["value"] * unit["factor"]
            if not close(row["value_base"], expected):
                problems.append(
                    Problem(
                        file,
                        line,
                        "value_base",
                        f"{row['value_base']:g} ≠ {row['value']:g} {row['unit']} = {expected:g} {unit['unit_base']}",
                    )
                )
    first_statements = facts[facts["restates"].isna()]
    repeated = first_statements.duplicated(["indicator", "year", "kind", "measure"], keep=False)
    for i in first_statements.index[repeated]:
        row = facts.loc[i]
        problems.append(
            Problem(
                file,
                csv_line(i),
                "indicator",
                f"two rows state {row['indicator']!r} {row['year']} {row['kind']} {row['measure']}: indicator, year, "
                "kind and measure must identify a figure (a repeat names its first statement in restates)",
            )
        )
    # A growth rate beside its level (地区生产总值218.6亿元，增长6.2%) is the same thing measured two
    # ways, which measure says; other rows of one indicator in different units must say how they differ.
    for indicator, group in facts[facts["measure"] != "growth_rate"].groupby("indicator"):
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


def non_figure_problems(non_figures: pd.DataFrame, report: Report, file: str) -> list[Problem]:
    """Every listed non-figure is a number of its context, the context is in the report, and more than
    the number alone."""
    problems = quotes.in_report(report, file, non_figures, "context")
    for i, row in non_figures.iterrows():
        context = squash(row["context"])
        found = {t.text for t in tokens(context)} | {t.text for t in word_tokens(context)}
        if row["number"] not in found:
            problems.append(Problem(file, csv_line(i), "number", f"{row['number']!r} is not a number in its context"))
        elif context == row["number"]:
            problems.append(
                Problem(
                    file,
                    csv_line(i),
                    "context",
                    "is the number alone: give the words around it, so it covers only what it means",
                )
            )
    for i in non_figures.index[non_figures.duplicated(["number", "context"])]:
        problems.append(
            Problem(file, csv_line(i), "context", f"{non_figures.loc[i, 'number']!r} with this context is listed twice")
        )
    return problems
