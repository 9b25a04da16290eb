"""Implied city totals (district value ÷ stated share) as the range the stated precision allows.

A share written as 64% may be anything from 63.5% to 64.5%, and 92.8亿元 anything from 92.75 to
92.85, so the city total they imply is a range, never a point: 9 firms at 64% means 13.95 to 14.17
firms, that is 14. Counts of things are whole numbers, so their range is given in whole units, and
a range that holds no whole number is said to be so. A lower bound (超过450家) implies a lower bound.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gwr import formatting, i18n
from gwr.rules import wording

if TYPE_CHECKING:
    import pandas as pd

# Units that measure a quantity rather than count things: their figures are rounded as written.
MEASURE_UNITS = frozenset({"元", "美元", "公里", "亩", "吨", "%", "天", "月"})


def _half_step(value: float) -> float:
    """Half a unit of the last digit written: 44.3 → 0.05, 64 → 0.5."""
    written = formatting.number(value)
    decimals = len(written.partition(".")[2])
    return 0.5 * 10**-decimals


@dataclass(frozen=True)
class ImpliedTotal:
    low: float  # in the figure's unit
    high: float | None  # None for a lower bound
    counted: bool  # whole things (firms, teams): shown in whole units

    def whole_units(self) -> tuple[int, int | None]:
        return math.ceil(self.low - 1e-9), (math.floor(self.high + 1e-9) if self.high is not None else None)

    def holds(self, total: float) -> bool:
        return self.low <= total and (self.high is None or total <= self.high)


def implied(row: pd.Series | dict) -> ImpliedTotal:
    """The city total that a district value and its stated share allow, from their written precision."""
    counted = (
        row["unit_base"] not in MEASURE_UNITS and float(row["value"]).is_integer() and row["value_base"] == row["value"]
    )
    value_step = 0.0 if counted else _half_step(row["value"])
    share_step = _half_step(row["city_share_pct"])
    low = (row["value"] - value_step) / (row["city_share_pct"] + share_step) * 100
    if wording.is_lower(row["bound"]):
        return ImpliedTotal(low, None, counted)
    high = (row["value"] + value_step) / (row["city_share_pct"] - share_step) * 100
    return ImpliedTotal(low, high, counted)


def _range(low: float, high: float | None, row: pd.Series | dict, lang: str, digits: int, strict: bool = False) -> str:
    """'209.13–209.83亿元' / '¥20.913 bn–¥20.983 bn', '≥1168家' ('>' when `strict`), or one amount
    when both ends agree; in the figure's unit (zh) or in base units (en), through the one formatter."""
    factor = row["value_base"] / row["value"] if row["value"] else 1
    ends = list(dict.fromkeys([round(low, digits)] + ([] if high is None else [round(high, digits)])))
    if lang == "zh":
        amounts = [formatting.number(end) for end in ends]
        amounts[-1] += row["unit"]
    else:
        amounts = [formatting.en(end * factor, row["unit_base"]) for end in ends]
        unit = amounts[-1].rpartition(" ")[2] if " " in amounts[-1] else ""
        if len(amounts) == 2 and unit.isalpha() and amounts[0].endswith(f" {unit}"):
            amounts[0] = amounts[0].removesuffix(f" {unit}")  # 138–141 firms, not 138 firms–141 firms
    return f"{'>' if strict else '≥'}{amounts[0]}" if high is None else "–".join(amounts)


def text(row: pd.Series | dict, lang: str) -> str:
    """The implied total as a reader should see it: '14家', '139–140家', '≥1168家', '209.1–209.8亿元'."""
    total = implied(row)
    if total.counted:
        low, high = total.whole_units()
        if high is None or low <= high:
            return _range(low, high, row, lang, 0)
        return i18n.t("implied_no_whole", lang).format(range=_range(total.low, total.high, row, lang, 1))
    digits = len(formatting.number(row["value"]).partition(".")[2]) + 1
    # A whole number of firms above 1167.3 is at least 1168; an amount above ¥X stays strictly above.
    return _range(total.low, total.high, row, lang, digits, strict=row["bound"] == wording.Bound.MORE_THAN)


def published_text(row: pd.Series | dict, lang: str) -> str:
    """The published city total in the same form as the figure (its unit joins on the figure's)."""
    if formatting.missing(row.get("published_total")):
        return i18n.t("no_published", lang)
    return _range(row["published_total"], row["published_total"], row, lang, 6)


def check(row: pd.Series | dict, lang: str) -> str:
    """Whether the published city total falls inside the implied range; '—' when none was found."""
    if formatting.missing(row.get("published_total")):
        return "—"
    return i18n.t("within_range" if implied(row).holds(row["published_total"]) else "outside_range", lang)
