"""Numbers as people read them: with the report's unit, bound and stretch word, in either language."""

from __future__ import annotations

import math
import sys
from typing import TYPE_CHECKING

from gwr import i18n
from gwr.rules import wording

if TYPE_CHECKING:
    import pandas as pd

# Qualifier words that stand after the number and unit (8%以上), inside it (6600余名), or before it.
AFTER = ("以上", "左右", "上下", "以内", "以下")
INSIDE = ("余", "多")
# Shown before the number: the bound words that do not stand after it or inside it, and the stretch
# words. Hedges such as 累计/计划/达到 are left out: they do not change what the figure means.
BEFORE = (
    *(m for _, markers in wording.BOUND_WORDS for m in markers if m not in AFTER + INSIDE),
    *wording.STRETCH_WORDS,
)
SCALES_EN = ((1e8, "100 m"), (1e4, "10 k"))
BASE_UNITS_EN = {
    "元": "yuan",
    "美元": "US$",
    "人": "people",
    "人次": "person-times",
    "家": "firms",
    "个": "",
    "%": "%",
    "名": "people",
    "户": "households",
    "部": "elevators",
    "条": "roads",
    "处": "sites",
    "所": "schools",
    "套": "units",
    "张": "beds",
    "公里": "km",
    "亩": "mu",
    "项": "items",
    "件": "items",
    "份": "certificates",
    "支": "funds",
    "座": "facilities",
    "本": "certificates",
    "台": "units",
    "片": "wafers",
    "吨": "t",
    "类": "categories",
    "板块": "segments",
    "方": "parties",
    "倍": "times",
    "起": "incidents",
    "年": "years",
}


def missing(value) -> bool:
    """Whether a cell holds no value: None, NaN, or pandas' NA or NaT. Those exist only once pandas is
    loaded, so a page drawn from kept results (plain None and floats) does not load it to ask."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    pandas = sys.modules.get("pandas")
    return pandas is not None and pandas.api.types.is_scalar(value) and bool(pandas.isna(value))


def number(value: float) -> str:
    """1.40 → '1.4', 713.0 → '713', 5779 → '5779' (no thousands separator, as the report writes)."""
    if missing(value):
        return ""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def zh(value: float, unit: str, qualifier_zh: str | None = None) -> str:
    """The figure as the report writes it: 超过450家, 约13万人, 8%以上, 6600余名, 力争55亿元以上."""
    words = qualifier_zh if isinstance(qualifier_zh, str) else ""
    before, after, inside = [], [], ""
    for part in filter(None, words.split("…")):
        if part in AFTER:
            after.append(part)
        elif part in INSIDE:
            inside = part
        else:
            before.append(part)
    before = [w for w in before if w in BEFORE]
    return f"{''.join(before)}{number(value)}{inside}{unit}{''.join(after)}"


CURRENCIES = {"元": "¥", "美元": "US$"}
MONEY_SCALES = ((1e9, "bn", 3), (1e6, "m", 2))


def money_scale(largest: float) -> tuple[float, str, int]:
    """The scale English figures of money use: bn from 1e9, m from 1e6, else units."""
    return next(((size, word, digits) for size, word, digits in MONEY_SCALES if abs(largest) >= size), (1, "", 2))


def en(
    value_base: float, unit_base: str, bound: str = "point", largest: float | None = None, stretch: str | None = None
) -> str:
    """The figure in base units for English readers: ≥ ¥6 bn (以上), > 450 firms (超过), ≈ 130,000 people,
    ≥ ¥5.5 bn · stretch goal (力争). Money is scaled by its own size, or by `largest` when several
    figures share one axis."""
    prefix = wording.sign(bound)
    suffix = f" · {stretch_label(stretch, 'en')}" if isinstance(stretch, str) and stretch else ""
    unit = BASE_UNITS_EN.get(unit_base, unit_base)
    if unit_base == "%":
        return f"{prefix}{number(value_base)}%{suffix}"
    currency = CURRENCIES.get(unit_base)
    size, word, digits = money_scale(value_base if largest is None else largest)
    if currency and word:
        return f"{prefix}{currency}{number(round(value_base / size, digits))} {word}{suffix}"
    amount = f"{value_base:,.0f}" if value_base == int(value_base) else f"{value_base:,.2f}"
    plain = f"{prefix}{currency}{amount}" if currency else f"{prefix}{amount} {unit}".strip()
    return f"{plain}{suffix}"


def stretch_label(stretch: str | None, lang: str) -> str:
    """A stretch word as a reader should see it: 力争 / stretch goal (力争); '' for none."""
    if not isinstance(stretch, str) or not stretch:
        return ""
    return i18n.t("stretch_goal", lang).format(word=stretch)


def wording_text(row: pd.Series | dict, lang: str) -> str:
    """A figure's bound and stretch word in words, for a table's column: 不含本数的下限（超过） · 力争 /
    more than (超过) · stretch goal (力争); 确数 / as stated when the report adds neither."""
    bound = row.get("bound") or "point"
    words = row.get("qualifier_zh")
    said = wording.bound_word(words)
    name = i18n.bound_name(bound, lang)
    parts = [f"{name}（{said}）" if lang == "zh" else f"{name} ({said})"] if said else [name]
    return " · ".join(filter(None, [*parts, stretch_label(row.get("stretch"), lang)]))


def figure(row: pd.Series | dict, lang: str, largest: float | None = None) -> str:
    """A fact row's figure in the chosen language (`largest`: see en); a range gives both ends."""
    high = row.get("value_high")
    if row.get("bound") == wording.Bound.RANGE and not missing(high):
        if lang == "zh":
            low = zh(row["value"], "", row.get("qualifier_zh"))
            return f"{low}—{zh(high, row['unit'])}"
        factor = row["value_base"] / row["value"] if row["value"] else 1.0
        low = en(row["value_base"], row["unit_base"], "point", largest or high * factor)
        return f"{low} to {en(high * factor, row['unit_base'], 'point', largest or high * factor, row.get('stretch'))}"
    if lang == "zh":
        return zh(row["value"], row["unit"], row.get("qualifier_zh"))
    return en(row["value_base"], row["unit_base"], row.get("bound") or "point", largest, row.get("stretch"))


# Chinese axis units by the size of the largest value: (threshold, divisor, unit).
ZH_SCALES = {"元": ((1e8, 1e8, "亿元"), (1e4, 1e4, "万元")), "美元": ((1e4, 1e4, "万美元"),),
             "人": ((1e4, 1e4, "万人"),), "名": ((1e4, 1e4, "万人"),), "人次": ((1e4, 1e4, "万人次"),)}  # fmt: skip


def axis(frame: pd.DataFrame, lang: str) -> tuple[pd.Series, str]:
    """The values to plot for rows of one dimension (one base unit, or counts of several kinds of
    things), and the unit their axis names: 亿元 / ¥ bn, 万人 / people, 个 / number."""
    bases = frame["unit_base"].unique()
    largest = frame["value_base"].abs().max()
    if (
        len({BASE_UNITS_EN.get(b, b) for b in bases}) > 1
    ):  # firms, projects and roads together; 人 and 名 are both people
        return frame["value_base"], i18n.t("count_unit", lang)
    base = bases[0]
    if lang == "zh":
        scale = next(((div, unit) for top, div, unit in ZH_SCALES.get(base, ()) if largest >= top), (1, base))
        return frame["value_base"] / scale[0], scale[1]
    currency = CURRENCIES.get(base)
    if currency:
        size, word, _ = money_scale(largest)
        return frame["value_base"] / size, f"{currency} {word}".strip()
    return frame["value_base"], BASE_UNITS_EN.get(base, base) or i18n.t("count_unit", lang)


def pair_side(row: pd.Series | dict, year: int, lang: str) -> str:
    """One side of a year_pairs row (columns suffixed _2022 or _2023) in the chosen language."""
    if lang == "zh":
        return zh(row[f"value_{year}"], row[f"unit_{year}"], row[f"qualifier_zh_{year}"])
    return en(
        row[f"value_base_{year}"], row[f"unit_base_{year}"], row[f"bound_{year}"], None, row.get(f"stretch_{year}")
    )


def percent(value: float, digits: int = 1) -> str:
    return "" if missing(value) else f"{value:+.{digits}f}%"


def _place(ordinal: int, scope: str, lang: str) -> str:
    """全市第一 / 1st in Luoyang; 全省第二 / 2nd in Henan."""
    if lang == "zh":
        number_zh = "一二三四五六七八九十"[ordinal - 1] if 1 <= ordinal <= 10 else str(ordinal)
        return f"{i18n.scope_name(scope, lang)}第{number_zh}"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(ordinal if ordinal < 20 else ordinal % 10, "th")
    return f"{ordinal}{suffix} {i18n.scope_name(scope, lang)}"


def rank(value: float, lang: str, scope: str = "city") -> str:
    """A rank stated by the report, worded as the report's claim: 报告称全市第一 / report: 1st in Luoyang."""
    if missing(value):
        return ""
    return i18n.t("claim", lang).format(claim=_place(int(value), scope, lang))


# English of the report's superlatives (report.SUPERLATIVE_WORDS) and of its targets stated as a direction.
SUPERLATIVES_EN = {"最大": "largest", "最快": "fastest", "最短": "shortest", "最高": "highest"}
DIRECTIONS_EN = {"平稳增长": "steady growth", "基本同步": "broadly in step", "完成市定目标": "meet the city's targets"}


def _superlatives(words: str) -> str:
    """largest; fastest, shortest and highest: the 最 words of a claim in the order it says them."""
    said = sorted((words.find(w), en) for w, en in SUPERLATIVES_EN.items() if w in words)
    names = [en for _, en in said]
    return " and ".join(filter(None, (", ".join(names[:-1]), names[-1]))) if names else "first"


def claim(row: pd.Series | dict, lang: str) -> str:
    """A claim without a digit (claims.csv) as a reader should see it: in Chinese the report's own
    words; in English what they mean, with the words beside them: 1st in Luoyang (“稳居全市首位”),
    largest in China (“全国最大”), ×2 (“翻番”), 10,000 mu (“万亩菊花”), steady growth (“平稳增长”). A fact's
    city rank, which has no words, reads 全市第一. A stretch word goes with the words: 力争“翻番” / ×2
    (“翻番”) · stretch goal (力争)."""
    words = row.get("words_zh")
    if not isinstance(words, str):
        return _place(int(row["rank"]), row.get("scope") or "city", lang)
    stretch = row.get("stretch") if isinstance(row.get("stretch"), str) else ""
    if lang == "zh":
        return f"{stretch}“{words}”"
    kind, value, scope = row.get("claim_type"), row.get("value"), row.get("scope")
    scope = scope if isinstance(scope, str) else "city"
    if kind == "rank":
        meaning = _place(int(row["rank"]), scope, lang)
    elif kind == "first":
        meaning = f"the first {i18n.scope_name(scope, lang)}"
    elif kind == "superlative":
        meaning = f"{_superlatives(words)} {i18n.scope_name(scope, lang)}"
    elif kind == "direction":
        meaning = next((en for w, en in DIRECTIONS_EN.items() if w in words), "a direction")
    elif kind == "grade":
        meaning = "grade or tier"
    elif kind == "multiple":
        meaning = f"×{number(value)}"
    elif kind == "full_coverage":
        meaning = "full coverage"
    elif kind == "zero":
        meaning = "none"
    else:
        meaning = en(value, row["unit"])
    return f"{meaning} (“{words}”)" + (f" · {stretch_label(stretch, lang)}" if stretch else "")


def share(value: float, lang: str) -> str:
    """A share of the city total stated by the report, as the report's claim: 报告称占全市44.3%."""
    if missing(value):
        return ""
    return i18n.t("claim", lang).format(claim=i18n.t("share_of_city", lang).format(share=f"{number(value)}%"))


def word_side(row: pd.Series | dict, year: int, lang: str) -> str | None:
    """One side of a word_targets_2023 row (columns suffixed _2022 or _2023): a claim in its words, a
    fact by the one formatter, or None where the year has no counterpart."""
    source = row[f"source_{year}"]
    if source == "claim":
        fields = ("value", "unit", "rank", "grade", "scope", "claim_type", "stretch")
        return claim({"words_zh": row[f"words_{year}"], **{f: row.get(f"{f}_{year}") for f in fields}}, lang)
    if source == "fact":
        return pair_side(row, year, lang)
    return None
