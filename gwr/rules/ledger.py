"""The one rule for the ledger: a year's target beside the result the next report claims for it.

A report delivered in year N states year-N targets; the report delivered in N+1 states year-N results.
The ledger sets them side by side by indicator, and this rule says what the pair shows. It is used by
every table, chart and export of the ledger page.

**Verdicts come from bounds only** (gwr.rules.wording), never from the stretch word (力争, 争取, 确保,
努力). Each side is read as an interval of the values it allows:

    point [v, v] · at_least [v, ∞) · more_than (v, ∞) · at_most (−∞, v] · range [v, value_high]
    approx (约, 左右, 近): its tolerance is not stated, so as a result it allows any value

A target asks the result to reach its threshold: point and at_least v, x ≥ v; more_than v, x > v;
a range [a, b], x ≥ a (its low end); at_most v, x ≤ v. Then

- **met**: every value the result allows meets the target (for a lower threshold: its lowest value
  reaches it; for at_most: its highest value stays within it);
- **not met**: no value the result allows meets it;
- **undecided**: some do and some do not (a target 以上 against a result 约; a target 6 against 以上5).

An approximate target (约, 左右) gets **no verdict**: 左右 states no tolerance, so there is nothing to
meet. Missing sides are told apart: **not yet reported** (no later report loaded), **result not
stated** (the later report is loaded and says nothing of it), **target not stated**. A pair that
does not measure one thing is **not comparable**, with its reason: different base units, different
measures (level, ratio, growth rate), or a pair_note on either side (a scope or definition changed).

The **distance** is the result minus the target's threshold, in the target's base unit (percentage
points where the base unit is %), for every comparable pair, with or without a verdict. It is only
as exact as the figures: a result 以上 gives a distance "≥", 超过 ">", 以内 "≤", a range a range of
distances, and an approximate side "≈" (whatever the other side's bound; see `Entry`).

A rate that is met by at most 0.1 percentage point (an exact distance) is marked **just met**, a
neutral note: results bunching just past their targets is a known pattern, never an accusation.

Values are compared with a tolerance (`TOLERANCE`, relative and absolute 1e-9): base values are
products and sums of decimals (6.1 + 0.1 is 6.199999999999999), and a result that equals its
target must not fail by the last binary digit. The just-met margin has the same allowance.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from gwr import formatting, i18n
from gwr.rules import wording
from gwr.rules.wording import Bound

if TYPE_CHECKING:
    import pandas as pd

TOLERANCE = 1e-9  # relative and absolute, for every comparison of values (see the module's text)
JUST_MET_PP = 0.1  # a rate met by at most this many percentage points is just met
NOTE_JUST_MET = "ledger_just_met"  # catalog key of the neutral note beside a just-met result
PERCENT = "%"


class Verdict(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNDECIDED = "undecided"  # the result's possible values lie on both sides of the target
    NO_VERDICT = "no_verdict"  # an approximate target: only the distance
    NOT_YET_REPORTED = "not_yet_reported"  # no result, and no later report loaded
    RESULT_NOT_STATED = "result_not_stated"  # the later report is loaded and states no result
    TARGET_NOT_STATED = "target_not_stated"  # a result without a target
    NOT_COMPARABLE = "not_comparable"  # not one measure of one thing: no verdict, no distance


@dataclass(frozen=True)
class Entry:
    """One ledger row's verdict and distance.

    `distance` is the result minus the target's threshold in the target's base unit (percentage points
    for %), None where there is no comparable pair. `distance_bound` says how exact it is, as a
    wording.Bound: POINT exact; AT_LEAST, MORE_THAN, AT_MOST the true distance is ≥, > or ≤ it; RANGE
    the true distance lies from `distance` to `distance_high`; APPROX either side is approximate (≈),
    `distance_high` set too when the result is a range. `reason` is a catalog key ("" for none);
    `just_met` marks a rate met by at most JUST_MET_PP percentage point (its note is NOTE_JUST_MET).
    """

    verdict: Verdict
    distance: float | None = None
    distance_high: float | None = None
    distance_bound: Bound | None = None
    reason: str = ""
    just_met: bool = False


def label_key(verdict: Verdict | str) -> str:
    """The catalog key of a verdict's name: ledger_verdict_met, ledger_verdict_not_met, …"""
    return f"ledger_verdict_{Verdict(verdict).value}"


# ---- comparing values with a tolerance ----------------------------------------------------------------


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE)


def _above(a: float, b: float) -> bool:
    """a > b beyond the tolerance."""
    return a > b and not _same(a, b)


def _below(a: float, b: float) -> bool:
    """a < b beyond the tolerance."""
    return a < b and not _same(a, b)


# ---- a side as an interval --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Interval:
    low: float  # -inf for none
    high: float  # inf for none
    low_open: bool = False
    high_open: bool = False


def _has(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _bound(side: Mapping) -> Bound:
    bound = side.get("bound")
    return Bound.POINT if formatting.missing(bound) or not bound else Bound(bound)


def _ends(side: Mapping) -> tuple[float, float]:
    """A side's value in base units, and its high end (the value itself unless a range); a range's
    high end is scaled to base units as its value is."""
    low = float(side["value_base"])
    high = side.get("value_high")
    if _bound(side) is not Bound.RANGE or formatting.missing(high):
        return low, low
    value = side.get("value")
    factor = low / float(value) if not formatting.missing(value) and float(value) else 1.0
    return low, float(high) * factor


def _interval(side: Mapping) -> _Interval:
    """The values a result allows (an approximate result allows any)."""
    low, high = _ends(side)
    bound = _bound(side)
    if bound is Bound.AT_LEAST:
        return _Interval(low, math.inf)
    if bound is Bound.MORE_THAN:
        return _Interval(low, math.inf, low_open=True)
    if bound is Bound.AT_MOST:
        return _Interval(-math.inf, low)
    if bound is Bound.APPROX:
        return _Interval(-math.inf, math.inf, low_open=True, high_open=True)
    return _Interval(low, high)  # point, range


def _decide(target: Mapping, result: _Interval) -> Verdict:
    """Met, not met or undecided: whether all, none or some of the result's values meet the target."""
    bound = _bound(target)
    threshold = _ends(target)[0]
    if bound is Bound.AT_MOST:  # x <= threshold
        if not _above(result.high, threshold):
            return Verdict.MET
        if _above(result.low, threshold) or (_same(result.low, threshold) and result.low_open):
            return Verdict.NOT_MET
        return Verdict.UNDECIDED
    if bound is Bound.MORE_THAN:  # x > threshold
        if _above(result.low, threshold) or (_same(result.low, threshold) and result.low_open):
            return Verdict.MET
        if not _above(result.high, threshold):
            return Verdict.NOT_MET
        return Verdict.UNDECIDED
    # point, at_least, range (its low end): x >= threshold
    if not _below(result.low, threshold):
        return Verdict.MET
    if _below(result.high, threshold) or (_same(result.high, threshold) and result.high_open):
        return Verdict.NOT_MET
    return Verdict.UNDECIDED


def _distance(target: Mapping, result: Mapping) -> tuple[float, float | None, Bound]:
    """Result minus the target's threshold: the distance, its high end (ranges), and its bound."""
    threshold = _ends(target)[0]
    low, high = _ends(result)
    bound = _bound(result)
    ranged = bound is Bound.RANGE and not _same(low, high)
    if Bound.APPROX in (bound, _bound(target)):
        return low - threshold, (high - threshold if ranged else None), Bound.APPROX
    if ranged:
        return low - threshold, high - threshold, Bound.RANGE
    return low - threshold, None, Bound.POINT if bound is Bound.RANGE else bound


def _not_comparable(target: Mapping, result: Mapping) -> str:
    """The reason key why a pair does not measure one thing, or ''."""
    if target.get("unit_base") != result.get("unit_base"):
        return "ledger_reason_unit"
    if target.get("measure") != result.get("measure"):
        return "ledger_reason_measure"
    notes = ("pair_note", "pair_note_zh")
    if any(_has(side.get(note)) for side in (target, result) for note in notes):
        return "ledger_reason_definition"
    return ""


def judge(target: Mapping | None, result: Mapping | None, *, later_report_loaded: bool) -> Entry:
    """The ledger's verdict for one indicator and year: `target` is the fact of kind target, `result`
    the fact of kind actual the next report states (None where there is none); each a mapping with at
    least value, value_high, value_base, unit_base, measure, bound and pair_note."""
    if target is None and result is None:
        raise ValueError("a ledger row needs a target or a result")
    if result is None:
        return Entry(Verdict.RESULT_NOT_STATED if later_report_loaded else Verdict.NOT_YET_REPORTED)
    if target is None:
        return Entry(Verdict.TARGET_NOT_STATED)
    reason = _not_comparable(target, result)
    if reason:
        return Entry(Verdict.NOT_COMPARABLE, reason=reason)
    distance, distance_high, distance_bound = _distance(target, result)
    found = {"distance": distance, "distance_high": distance_high, "distance_bound": distance_bound}
    if _bound(target) is Bound.APPROX:
        return Entry(Verdict.NO_VERDICT, reason="ledger_reason_approx_target", **found)
    verdict = _decide(target, _interval(result))
    if verdict is Verdict.UNDECIDED:
        approx = _bound(result) is Bound.APPROX
        return Entry(verdict, reason="ledger_reason_approx_result" if approx else "ledger_reason_overlap", **found)
    margin = -distance if _bound(target) is Bound.AT_MOST else distance
    just_met = (
        verdict is Verdict.MET
        and target.get("unit_base") == PERCENT
        and distance_bound is Bound.POINT
        and (margin < JUST_MET_PP or _same(margin, JUST_MET_PP))
    )
    return Entry(verdict, **found, just_met=just_met)


# ---- a frame of ledger rows -------------------------------------------------------------------------------


def side(row: Mapping, prefix: str) -> dict | None:
    """One side of a joined row (columns prefixed target_ or result_), None when its fact is missing."""
    if formatting.missing(row.get(f"{prefix}fact")):
        return None
    return {key[len(prefix) :]: value for key, value in row.items() if key.startswith(prefix)}


def judge_row(row: Mapping) -> Entry:
    """`judge` of one joined row (columns prefixed target_ and result_, and later_report_loaded)."""
    return judge(side(row, "target_"), side(row, "result_"), later_report_loaded=bool(row["later_report_loaded"]))


def assess(frame: pd.DataFrame) -> pd.DataFrame:
    """Joined ledger rows (columns prefixed target_ and result_, a side missing where its *_fact is
    null, and later_report_loaded) with the rule's verdict, distance, distance_high, distance_bound,
    reason and just_met columns."""
    entries = [judge_row(row) for row in frame.to_dict("records")]
    return frame.assign(
        verdict=[e.verdict.value for e in entries],
        distance=[e.distance for e in entries],
        distance_high=[e.distance_high for e in entries],
        distance_bound=[e.distance_bound.value if e.distance_bound else None for e in entries],
        reason=[e.reason for e in entries],
        just_met=[e.just_met for e in entries],
    )


# ---- the distance in words ------------------------------------------------------------------------------


def _signed(magnitude: str, value: float) -> str:
    """+0.3, −0.5 (a true minus sign); a distance that is (or shows as) zero has no sign."""
    if _same(value, 0.0) or formatting.number(abs(value)) == "0":
        return magnitude
    return f"{'+' if value > 0 else '−'}{magnitude}"


def _zh_scale(unit_base: str, largest: float) -> tuple[float, str]:
    scales = formatting.ZH_SCALES.get(unit_base, ())
    return next(((div, unit) for top, div, unit in scales if largest >= top), (1.0, unit_base))


def _join(parts: list[str], lang: str) -> str:
    """One figure, or a range of two: +0.5 to +2.5."""
    if len(parts) == 1:
        return parts[0]
    return i18n.t("ledger_distance_range", lang).format(low=parts[0], high=parts[1])


def _amounts(values: list[float], unit_base: str, lang: str) -> str:
    """Signed distances in one unit, with the unit: +0.3 pp, +5至+25亿元, +¥0.5 bn to +¥2.5 bn."""
    largest = max(abs(v) for v in values)
    if unit_base == PERCENT:
        numbers = [_signed(formatting.number(abs(v)), v) for v in values]
        return i18n.t("ledger_points", lang).format(n=_join(numbers, lang))
    if lang == "zh":
        divisor, unit = _zh_scale(unit_base, largest)
        return f"{_join([_signed(formatting.number(abs(v) / divisor), v) for v in values], lang)}{unit}"
    return _join([_signed(formatting.en(abs(v), unit_base, largest=largest), v) for v in values], lang)


def distance_text(entry: Entry, unit_base: str, lang: str) -> str:
    """The distance as honestly as the figures allow: +0.3个百分点 / +0.3 pp, ≥ +1 pp, ≈ −0.5 pp,
    +0.5至+2.5个百分点 / +0.5 to +2.5 pp, +12亿元 / +¥1.2 bn; "—" where there is none."""
    if entry.distance is None or entry.distance_bound is None:
        return "—"
    values = [entry.distance] if entry.distance_high is None else [entry.distance, entry.distance_high]
    return f"{wording.sign(entry.distance_bound)}{_amounts(values, unit_base, lang)}"
