"""The units a report writes after a number, and what each measures.

The shipped `units.csv` lists the units curated so far; reports of the genre use more (亩, 公顷, 万千瓦,
平方公里 …), so the drafter reads those too and says which ones a curator must add to `units.csv`.
"""

from __future__ import annotations

from functools import cache

from gwr.data import package
from gwr.paths import DATA_DIR

# Units the genre writes that units.csv may not list yet, with their dimension.
GENRE_UNITS = {
    "万亿元": "money_cny",
    "千万元": "money_cny",
    "亿美元": "money_usd",
    "平方公里": "area",
    "万平方米": "area",
    "平方米": "area",
    "万亩": "area",
    "公顷": "area",
    "千米": "length",
    "米": "length",
    "万千瓦时": "energy",
    "亿千瓦时": "energy",
    "千瓦时": "energy",
    "万千瓦": "power",
    "千瓦": "power",
    "兆瓦": "power",
    "吨标准煤": "weight",
    "万吨标准煤": "weight",
    "万立方米": "volume",
    "立方米": "volume",
    "微克/立方米": "concentration",
    "万公斤": "weight",
    "公斤": "weight",
    "万斤": "weight",
    "斤": "weight",
    "万户": "count",
    "万家": "count",
    "万辆": "count",
    "辆": "count",
    "万头": "count",
    "头": "count",
    "万只": "count",
    "只": "count",
    "万株": "count",
    "株": "count",
    "张": "count",
    "间": "count",
    "栋": "count",
    "幢": "count",
    "床": "count",
    "艘": "count",
    "架": "count",
    "宗": "count",
    "笔": "count",
    "单": "count",
    "款": "count",
    "种": "count",
    "批": "count",
    "场": "count",
    "次": "count",
    "轮": "count",
    "届": "count",
    "位": "people",
    "万人次": "person_times",
    "家次": "count",
    "个月": "time",
    "小时": "time",
    "个工作日": "time",
    "个百分点": "percentage_points",
    "百分点": "percentage_points",
    "‰": "percent",
    "倍": "multiple",
}
PERCENT = "%"


@cache
def curated(data_dir=DATA_DIR) -> dict[str, str]:
    """unit → dimension, from units.csv."""
    table = package.read_text_table(data_dir / "units.csv")
    return dict(zip(table["unit"], table["dimension"], strict=True))


@cache
def known(data_dir=DATA_DIR) -> dict[str, str]:
    """Every unit the drafter reads, curated first: unit → dimension."""
    return {**GENRE_UNITS, **curated(data_dir)}


@cache
def longest_first(data_dir=DATA_DIR) -> tuple[str, ...]:
    return tuple(sorted(known(data_dir), key=len, reverse=True))


def unit_at(text: str, at: int, data_dir=DATA_DIR) -> str:
    """The unit written at `at` (亿元 in …713亿元), the longest that matches, or ''."""
    # 人民币 after a money unit (100亿元人民币) names the currency; the unit is 亿元.
    return next((unit for unit in longest_first(data_dir) if text.startswith(unit, at)), "")


def dimension(unit: str, data_dir=DATA_DIR) -> str:
    return known(data_dir).get(unit, "")
