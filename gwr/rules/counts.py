"""What a count of figures means, defined once for every page, label and table.

The fact table has one row per statement of a number; a few rows restate a figure stated earlier in
the report (`restates` names the row they repeat). A *figure* is a row that restates nothing, so
"197 rows, 192 distinct figures" and a sum over figures never counts a number twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gwr import i18n

if TYPE_CHECKING:
    import pandas as pd


def is_figure(facts: pd.DataFrame) -> pd.Series:
    """True for the rows that count as figures (they restate no other row)."""
    return facts["restates"].isna()


FIGURE_ROWS = {"restates": (None,)}  # is_figure as a row filter for a shared table (results.table's keep=)


def figures(facts: pd.DataFrame) -> int:
    return int(is_figure(facts).sum())


def restatements(facts: pd.DataFrame) -> int:
    return len(facts) - figures(facts)


def by_sector(facts: pd.DataFrame) -> pd.DataFrame:
    """Per sector: rows, figures, and the figures that are 2022 results and 2023 targets; most figures first."""
    counted = facts.assign(
        figure=is_figure(facts),
        result_2022=is_figure(facts) & (facts["year"] == 2022) & (facts["kind"] == "actual"),
        target_2023=is_figure(facts) & (facts["year"] == 2023) & (facts["kind"] == "target"),
    )
    table = counted.groupby("sector", sort=False).agg(
        rows=("fact_id", "size"), figures=("figure", "sum"), actual_2022=("result_2022", "sum"),
        target_2023=("target_2023", "sum"),
    )  # fmt: skip
    return table.astype("int64").reset_index().sort_values(["figures", "sector"], ascending=[False, True])


def summary(facts: pd.DataFrame, lang: str) -> str:
    """'197 rows, 192 distinct figures' (or just '8 figures' when no row is a restatement)."""
    return describe(len(facts), figures(facts), lang)


def describe(rows: int, figures: int, lang: str) -> str:
    """summary() from the two counts: rows, and the figures among them."""
    if rows == figures:
        return i18n.count(figures, "figure", lang)
    return i18n.t("count_rows_figures", lang).format(
        rows=i18n.count(rows, "row", lang), figures=i18n.count(figures, "distinct_figure", lang)
    )
