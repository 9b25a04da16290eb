"""The report's wording of a figure: its bound and its stretch word, kept apart.

A government work report says how firm a number is in two independent ways:

- the **bound**: what the number is, as a value. ``point`` (as stated), ``approx`` (约, 近, 余, 多,
  左右, 上下), ``at_least`` (以上, 不低于, 不少于: the number itself is included), ``more_than`` (超过, 突破, 超:
  strictly above), ``at_most`` (以内, 不超过, 控制在, 以下), ``range`` (8%—9%, 6至7亿元: a low and a
  high end, `value` and `value_high`);
- the **stretch word**: how hard the government commits to it. 力争 and 努力 (strive for), 争取
  (seek to), 确保 (ensure). A stretch goal can have any bound: 力争…以上 is a lower bound the
  government strives for.

``qualifier_zh`` keeps the report's own words (… where the number stands); ``bound`` and ``stretch``
are read from them by the rules below, which the validator checks and ``gwr.data derive``
applies. Every formatter, the comparison rule and the ledger use the bound; the stretch word is
shown wherever the figure is.
"""

from __future__ import annotations

from enum import StrEnum


class Bound(StrEnum):
    POINT = "point"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    RANGE = "range"  # 8%—9%: value is the low end, value_high the high end; no qualifier word states it


# Checked in this order: 不超过 holds 超过, and 超过 holds 超.
BOUND_WORDS: tuple[tuple[Bound, tuple[str, ...]], ...] = (
    (Bound.AT_MOST, ("不超过", "以内", "控制在", "以下")),
    (Bound.AT_LEAST, ("以上", "不低于", "不少于")),
    (Bound.MORE_THAN, ("超过", "突破", "超")),
    (Bound.APPROX, ("约", "近", "余", "多", "左右", "上下")),
)
STRETCH_WORDS = ("力争", "争取", "确保", "努力")
LOWER_BOUNDS = (Bound.AT_LEAST, Bound.MORE_THAN)

# The sign before a figure in English: ≥ for 以上 (the number is included), > for 超过 (it is not).
SIGNS = {
    Bound.POINT: "",
    Bound.APPROX: "≈ ",
    Bound.AT_LEAST: "≥ ",
    Bound.MORE_THAN: "> ",
    Bound.AT_MOST: "≤ ",
    Bound.RANGE: "",
}


def _parts(words: str | None) -> list[str]:
    return [part for part in (words or "").split("…") if part] if isinstance(words, str) else []


def _bound_match(words: str | None) -> tuple[Bound, str]:
    """The bound the report's words state and the word that states it (POINT and '' when none)."""
    for bound, markers in BOUND_WORDS:
        for part in _parts(words):
            if any(marker in part for marker in markers):
                return bound, part
    return Bound.POINT, ""


def bound_word(words: str | None) -> str:
    """The word of qualifier_zh that sets the bound (超过 in 力争…超过), or ''."""
    return _bound_match(words)[1]


def bound_of(words: str | None, value_high: float | None = None) -> Bound:
    """The bound the report's words state: 力争…以上 → at_least, 超过 → more_than, 约 → approx; a figure
    with a high end (8%—9%) is a range whatever the words."""
    if value_high is not None and value_high == value_high:  # not NaN
        return Bound.RANGE
    return _bound_match(words)[0]


def stretch_of(words: str | None) -> str:
    """The stretch word among the report's words (力争, 争取, 确保, 努力), or ''."""
    return next((word for word in STRETCH_WORDS for part in _parts(words) if word in part), "")


def is_lower(bound: str) -> bool:
    return bound in LOWER_BOUNDS


def sign(bound: str) -> str:
    """The sign an English figure carries for its bound: '≥ ', '> ', '≤ ', '≈ ' or ''."""
    return SIGNS.get(bound, "")  # a StrEnum member and its value are one key
