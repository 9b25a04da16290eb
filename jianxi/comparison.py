"""The one rule for comparing a 2022 figure with a 2023 figure, used by every table, chart and export.

A change is a claim, so it is shown only when the data supports it:

- both sides measure the same thing (no pair_note, one base unit), and
- both are points (a signed percentage), or both approximate (the same, marked ≈).

The bound (jianxi.wording) decides, never the stretch word: 力争…以上 is a lower bound like 以上.
When either side is a bound (超过, 以上, 以内) or only one side is approximate, the true change is
unknown: the two figures are shown as they stand, with the reason, and no percentage. A pair that
is not like for like (a pair_note) gets no change at all: "—" and its note.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from jianxi import formatting, i18n, wording
from jianxi.wording import Bound

if TYPE_CHECKING:
    import pandas as pd


class Verdict(StrEnum):
    CHANGE = "change"  # both points: +12.9%
    APPROX_CHANGE = "approx_change"  # both approximate: ≈ +15.4%
    BOUNDS = "bounds"  # like for like, but a side is a bound or only one side is approximate
    NOT_LIKE_FOR_LIKE = "not_like_for_like"  # a pair_note or different base units: no change


@dataclass(frozen=True)
class Comparison:
    verdict: Verdict
    change_pct: float | None  # only for CHANGE and APPROX_CHANGE
    reason: str  # catalog key of the reason shown beside a non-percentage verdict, "" for CHANGE

    @property
    def like_for_like(self) -> bool:
        return self.verdict is not Verdict.NOT_LIKE_FOR_LIKE


def _has(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def compare(row: pd.Series | dict) -> Comparison:
    """The verdict for one year_pairs row (columns suffixed _2022 and _2023, plus pair_note)."""
    if _has(row.get("pair_note")) or row["unit_base_2022"] != row["unit_base_2023"]:
        return Comparison(Verdict.NOT_LIKE_FOR_LIKE, None, "reason_not_like_for_like")
    before, after = row["bound_2022"], row["bound_2023"]
    ratio = (row["value_base_2023"] / row["value_base_2022"] - 1) * 100 if row["value_base_2022"] else None
    if before == after == Bound.POINT and ratio is not None:
        return Comparison(Verdict.CHANGE, ratio, "")
    if before == after == Bound.APPROX and ratio is not None:
        return Comparison(Verdict.APPROX_CHANGE, ratio, "reason_both_approx")
    if wording.is_lower(before) and wording.is_lower(after):
        return Comparison(Verdict.BOUNDS, None, "reason_both_lower_bounds")
    if Bound.AT_MOST in (before, after):
        return Comparison(Verdict.BOUNDS, None, "reason_upper_bound")
    if wording.is_lower(before) or wording.is_lower(after):
        return Comparison(Verdict.BOUNDS, None, "reason_one_lower_bound")
    return Comparison(Verdict.BOUNDS, None, "reason_one_approx")


def assess(frame: pd.DataFrame) -> pd.DataFrame:
    """year_pairs rows with the rule's verdict, change (only where allowed) and like_for_like columns."""
    verdicts = [compare(row) for _, row in frame.iterrows()]
    return frame.assign(
        verdict=[v.verdict.value for v in verdicts],
        change_pct=[v.change_pct for v in verdicts],
        like_for_like=[v.like_for_like for v in verdicts],
        reason=[v.reason for v in verdicts],
    )


def change_text(row: pd.Series | dict, lang: str) -> str:
    """What a table cell or hover says about the change: a signed percentage, the two thresholds with
    the reason, or "—" for a pair that is not like for like (its note is shown beside it)."""
    comparison = compare(row)
    if comparison.verdict is Verdict.CHANGE:
        return formatting.percent(comparison.change_pct)
    if comparison.verdict is Verdict.APPROX_CHANGE:
        return f"≈ {formatting.percent(comparison.change_pct)}"
    if comparison.verdict is Verdict.NOT_LIKE_FOR_LIKE:
        return "—"
    sides = f"{formatting.pair_side(row, 2022, lang)} → {formatting.pair_side(row, 2023, lang)}"
    return f"{sides}{i18n.t('reason_separator', lang)}{i18n.t(comparison.reason, lang)}"
