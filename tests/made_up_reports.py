"""MADE UP reports for tests: two districts of a made-up city (虚构市 东区, 西区), never real data.

Three texts of the genre, each drafted, curated and built into a package by the curator's own commands
(bench.fixtures.build_report): the East district's reports delivered in 2023 and 2024 (consecutive years
of one place: the 2023 report's targets, the 2024 report's results for 2023) and the West district's
report delivered in 2024. Their figures are designed for the ledger (each target beside the next
report's result) and for the compare page (two districts' shares of one city):

- PAIRS: each designed 2023 target and its 2023 result, by indicator (met, met by 0.1 point, not met,
  undecided, no verdict, not comparable, a target not stated, a result not stated, a range, a target
  whose completion the report states);
- STATEMENT: the 2024 report's own statement about a target (完成全年目标的106%), recorded as Jianxi's
  data records its 完成全年目标的110%;
- SHARES: the districts' 2023 shares of the city, more than 100% together for one indicator, less for
  another.

`build(into)` writes the three packages to into/<report_id>/1.0.0/ and returns their ids; serve them
with GWR_REPORTS_DIR=into (the session fixture `made_up_reports` in conftest.py builds them once).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from bench.fixtures import build_report, report_id

EAST_2023, EAST_2024, WEST_2024 = report_id("east", 2023), report_id("east", 2024), report_id("west", 2024)

EAST_2023_TEXT = """（虚构示例：以下文字为测试而编写，不是任何真实报告。MADE UP for tests.）
政府工作报告
——2023年1月10日在虚构市东区第五届人民代表大会第三次会议上
虚构市东区人民政府区长 王明
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
一、2022年工作回顾
过去一年，全区实现地区生产总值268.4亿元，增长5.2%；一般公共预算收入15.6亿元，增长4.3%；规模以上工业增加值增长6.1%，固定资产投资增长9.0%，社会消费品零售总额增长6.2%。
二、2023年工作安排
2023年经济社会发展的主要预期目标是：地区生产总值增长6%以上，一般公共预算收入增长5%，规模以上工业增加值增长8%以上，固定资产投资增长10%以上，社会消费品零售总额增长7%左右，进出口总额增长5%，居民人均可支配收入增长6%—7%，城镇调查失业率控制在5.5%以内，省市重点项目完成投资80亿元。
"""
EAST_2024_TEXT = """（虚构示例：以下文字为测试而编写，不是任何真实报告。MADE UP for tests.）
政府工作报告
——2024年1月9日在虚构市东区第五届人民代表大会第四次会议上
虚构市东区人民政府区长 王明
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全区实现地区生产总值286.0亿元，占全市的60.5%，增长6.5%；一般公共预算收入16.4亿元，占全市的51.0%，增长5.1%；规模以上工业增加值增长7.2%，固定资产投资增长约10%，社会消费品零售总额增长7.5%，居民人均可支配收入增长6.8%。外贸进出口总额12.3亿元。新增市场主体3200户。省市重点项目完成投资85亿元，完成全年目标的106%。
二、2024年工作安排
2024年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长5%以上，规模以上工业增加值增长7%以上，固定资产投资增长8%，社会消费品零售总额增长6%左右，新增市场主体超过3500户，城镇调查失业率控制在5.5%以内。
"""
WEST_2024_TEXT = """（虚构示例：以下文字为测试而编写，不是任何真实报告。MADE UP for tests.）
政府工作报告
——2024年1月11日在虚构市西区第三届人民代表大会第四次会议上
虚构市西区人民政府区长 李华
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全区实现地区生产总值198.0亿元，占全市的42.0%，增长5.8%；一般公共预算收入12.1亿元，占全市的38.0%，增长4.6%；固定资产投资增长8.5%，新增市场主体2100户。
二、2024年工作安排
2024年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%以上，固定资产投资增长8%以上。
"""

CITY = {"parent_zh": "虚构市", "parent_en": "Made-up City", "parent_code": "990100", "admin_level": "district"}
REGISTERS = {
    "east": {
        **CITY,
        "issuer_zh": "东区人民政府",
        "issuer_en": "East District People's Government (made up)",
        "place_zh": "东区",
        "place_en": "East District (made up)",
        "admin_code": "990101",
    },
    "west": {
        **CITY,
        "issuer_zh": "西区人民政府",
        "issuer_en": "West District People's Government (made up)",
        "place_zh": "西区",
        "place_en": "West District (made up)",
        "admin_code": "990102",
    },
}
MEETINGS = {
    EAST_2023: "Third Session of the 5th People's Congress of East District (made up)",
    EAST_2024: "Fourth Session of the 5th People's Congress of East District (made up)",
    WEST_2024: "Fourth Session of the 3rd People's Congress of West District (made up)",
}
# What the drafter reads wrong and a careful curator corrects, by the candidate's quote: nothing now (增长约10%,
# a bound word between 增长 and the number, was read as a ratio of no indicator until the drafter learnt it).
CORRECTIONS: dict[str, dict[str, dict[str, str]]] = {}
REPORTS = [  # (report id, place, text)
    (EAST_2023, "east", EAST_2023_TEXT),
    (EAST_2024, "east", EAST_2024_TEXT),
    (WEST_2024, "west", WEST_2024_TEXT),
]


class Figure(NamedTuple):
    """One designed facts row: where it is and what the build must record."""

    report_id: str
    indicator: str
    year: int
    kind: str
    measure: str
    bound: str
    value: float
    value_high: float | None = None
    unit: str = "%"


class Pair(NamedTuple):
    """A 2023 target (East 2023) and its 2023 result (East 2024); None where the report states none."""

    name: str
    target: Figure | None
    result: Figure | None


def _target(indicator: str, measure: str, bound: str, value: float, high: float | None = None, unit: str = "%"):
    return Figure(EAST_2023, indicator, 2023, "target", measure, bound, value, high, unit)


def _result(indicator: str, measure: str, bound: str, value: float, unit: str = "%"):
    return Figure(EAST_2024, indicator, 2023, "actual", measure, bound, value, None, unit)


PAIRS = [
    Pair("met", _target("gdp", "growth_rate", "at_least", 6), _result("gdp", "growth_rate", "point", 6.5)),
    Pair(
        "met_by_0.1",
        _target("public_budget_revenue", "growth_rate", "point", 5),
        _result("public_budget_revenue", "growth_rate", "point", 5.1),
    ),
    Pair(
        "not_met",
        _target("industrial_value_added", "growth_rate", "at_least", 8),
        _result("industrial_value_added", "growth_rate", "point", 7.2),
    ),
    Pair(
        "undecided",
        _target("fixed_asset_investment", "growth_rate", "at_least", 10),
        _result("fixed_asset_investment", "growth_rate", "approx", 10),
    ),
    Pair(
        "no_verdict",
        _target("retail_sales", "growth_rate", "approx", 7),
        _result("retail_sales", "growth_rate", "point", 7.5),
    ),
    Pair(
        "not_comparable",
        _target("imports_exports", "growth_rate", "point", 5),
        _result("imports_exports", "level", "point", 12.3, "亿元"),
    ),
    Pair("target_not_stated", None, _result("new_market_entities", "level", "point", 3200, "户")),
    Pair("result_not_stated", _target("urban_surveyed_unemployment_rate", "ratio", "at_most", 5.5), None),
    Pair(
        "range",
        _target("per_capita_disposable_income", "growth_rate", "range", 6, 7),
        _result("per_capita_disposable_income", "growth_rate", "point", 6.8),
    ),
    Pair(
        "stated",
        _target("provincial_municipal_key_projects_investment", "level", "point", 80, unit="亿元"),
        _result("provincial_municipal_key_projects_investment", "level", "point", 85, "亿元"),
    ),
]
STATEMENT = _result("provincial_municipal_key_projects_target_completion", "ratio", "point", 106)
# (indicator, East's 2023 share, West's 2023 share): GDP's add up to 102.5, revenue's to 89.
SHARES = [("gdp", 60.5, 42.0), ("public_budget_revenue", 51.0, 38.0)]


def build(into: Path) -> list[str]:
    """The three made-up packages at into/<report_id>/1.0.0/; their report ids."""
    for rid, place, text in REPORTS:
        register = {**REGISTERS[place], "meeting_en": MEETINGS[rid]}
        build_report(text, rid, register, into, CORRECTIONS.get(rid))
    return [rid for rid, _, _ in REPORTS]
