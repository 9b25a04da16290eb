"""The one rule for comparing a 2022 figure with a 2023 figure, used by every table, chart and export.

A change is a claim, so it is shown only when the data supports it:

- both sides measure the same thing (no pair_note, one base unit), and
- both are points (a signed percentage), or both approximate (the same, marked ≈).

The bound (gwr.rules.wording) decides, never the stretch word: 力争…以上 is a lower bound like 以上.
When either side is a bound (超过, 以上, 以内) or only one side is approximate, the true change is
unknown: the two figures are shown as they stand, with the reason, and no percentage. A pair that
is not like for like (a pair_note) gets no change at all: "—" and its note.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from gwr import formatting, i18n
from gwr.rules import wording
from gwr.rules.wording import Bound

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
    if Bound.RANGE in (before, after):
        return Comparison(Verdict.BOUNDS, None, "reason_range")
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


# ---- 2022 targets against 2022 results --------------------------------------------------------------


class Check(StrEnum):
    STATED = "stated"  # the report's own completion statement (完成全年目标的110%): the report's claim
    COMPUTED = "computed"  # a result ÷ its own target, from two quotes: our arithmetic
    NOT_COMPARABLE = "not_comparable"  # quoted side by side, but one may not be divided by the other


@dataclass(frozen=True)
class TargetCheck:
    check: Check
    pct: float | None  # the report's ratio, or ours where the rule allows one
    approx: bool  # a side is approximate: our ratio is ≈
    reason: str  # catalog key of why no ratio is computed, "" otherwise


def target_check(row: pd.Series | dict) -> TargetCheck:
    """The verdict for one target_vs_result_2022 row. A ratio of ours needs a like-for-like pair: one
    indicator, one year, a stated target (kind target) and a result (kind actual), one measure and base
    unit, and a result that is a number rather than a bound (a result of '超过350亿元' against a target
    says nothing exact). A target that is itself a lower bound or a stretch goal still divides; the chart
    says which it is."""
    if row["source"] == "report":
        return TargetCheck(Check.STATED, row["stated_pct"], False, "")
    alike = (
        row["result_year"] == row["target_year"]
        and (row["result_kind"], row["target_kind"]) == ("actual", "target")
        and row["result_measure"] == row["target_measure"]
        and row["result_unit_base"] == row["target_unit_base"]
    )
    if not alike:
        return TargetCheck(Check.NOT_COMPARABLE, None, False, "reason_not_like_for_like")
    if row["result_bound"] not in (Bound.POINT, Bound.APPROX) or not row["target_base"]:
        return TargetCheck(Check.NOT_COMPARABLE, None, False, "reason_result_is_bound")
    approx = Bound.APPROX in (row["result_bound"], row["target_bound"])
    return TargetCheck(Check.COMPUTED, row["result_base"] / row["target_base"] * 100, approx, "")


def assess_targets(frame: pd.DataFrame) -> pd.DataFrame:
    """target_vs_result_2022 rows with the rule's check, ratio (only where allowed) and reason."""
    checks = [target_check(row) for row in frame.to_dict("records")]
    return frame.assign(
        check=[c.check.value for c in checks],
        completion_pct=[c.pct for c in checks],
        approx=[c.approx for c in checks],
        reason=[c.reason for c in checks],
    )
