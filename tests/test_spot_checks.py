"""Figures read off the report by hand, asserted against the fact table.

Each entry: a fragment of the clause (whitespace removed), value, unit, year, bound,
city share, city rank. The row is found by fragment and value, not by fact_id, so the
check does not depend on naming.
"""

import math

import pandas as pd
import pytest

from gwr.data.validation import read_tables

EXPECTED = [
    ("全区实现地区生产总值713亿元", 713, "亿元", 2022, "point", None, 1),
    ("406个区级重大项目完成投资515亿元", 515, "亿元", 2022, "point", None, None),
    ("406个区级重大项目完成投资515亿元", 406, "个", 2022, "point", None, None),
    ("实现投资321亿元", 321, "亿元", 2022, "point", None, None),
    ("完成全年目标的110%", 110, "%", 2022, "point", None, None),
    ("全区主板上市企业达到7家，占全市的47%", 7, "家", 2022, "point", 47, None),
    ("“头雁”企业9家", 9, "家", 2022, "point", 64, 1),
    ("中小企业46家", 46, "家", 2022, "point", 33, 1),
    ("全年为企业解决问题281个", 281, "个", 2022, "point", None, None),
    ("上级政策性资金2.1亿元", 2.1, "亿元", 2022, "point", None, None),
    ("“天使贷”5779万元", 5779, "万元", 2022, "point", None, None),
    ("留抵退税14.1亿元", 14.1, "亿元", 2022, "point", 13.2, None),
    ("销售额实现637亿元", 637, "亿元", 2022, "point", None, None),
    ("逆势增长22%", 22, "%", 2022, "point", None, None),
    ("社会消费品零售总额实现323亿元", 323, "亿元", 2022, "point", 14, None),
    ("涉及出口货值4672万美元", 4672, "万美元", 2022, "point", None, None),
    ("进出口总值达到92.8亿元", 92.8, "亿元", 2022, "point", 44.3, None),
    ("科技型中小企业900家", 900, "家", 2022, "point", 29.6, None),  # 全市第一 ranks the high-tech total; see note
    ("高新技术企业总数超过450家", 450, "家", 2022, "more_than", 38.5, 1),
    ("（团队）7个，占全市总量的60%", 7, "个", 2022, "point", 60, None),
    ("占全市总量的3/4", 75, "%", 2022, "point", 75, None),
    ("惠及群众约13万人", 13, "万人", 2022, "approx", None, None),
    ("电梯加装102户", 102, "户", 2022, "point", None, 1),
    ("6600余名群众乔迁新居", 6600, "名", 2022, "approx", None, None),
    ("参保率达到98.6%", 98.6, "%", 2022, "point", None, None),
    ("研发财政补助等近10亿元", 10, "亿元", 2022, "approx", None, None),
    ("社会保障和就业支出4.65亿元", 4.65, "亿元", 2022, "point", None, None),
    ("全区1.2万名党员干部", 1.2, "万名", 2022, "point", None, None),
    ("全员劳动生产率增长8%以上", 8, "%", 2023, "at_least", None, None),
    ("研发经费投入强度达到5.5%以上", 5.5, "%", 2023, "at_least", None, None),
    ("工业增加值增长9.5%以上", 9.5, "%", 2023, "at_least", None, None),
    ("新增各类市场主体8000户", 8000, "户", 2023, "point", None, None),
    ("城镇新增就业1.4万人", 1.4, "万人", 2023, "point", None, None),
    ("计划完成投资539亿元", 539, "亿元", 2023, "point", None, None),
    ("争取政策性资金60亿元以上", 60, "亿元", 2023, "at_least", None, None),
    ("进出口贸易55亿元以上", 55, "亿元", 2023, "at_least", None, None),
    ("高新技术企业超过500家", 500, "家", 2023, "more_than", None, None),
    ("科技型中小企业达到950家", 950, "家", 2023, "point", None, None),
    ("设计产能5万台", 5, "万台", 2023, "point", None, None),
    ("年产360万片8英寸硅外延片", 360, "万片", 2023, "point", None, None),
    ("力争基金规模超过100亿元人民币", 100, "亿元", 2023, "more_than", None, None),
    ("新增学位3170个", 3170, "个", 2023, "point", None, None),
    ("投资总额达到2000亿元", 2000, "亿元", 2025, "point", None, None),
    ("2022年达到500亿元", 500, "亿元", 2022, "point", None, None),
]


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    tables, problems = read_tables()
    assert not problems
    return tables["facts"]


def _same(actual, expected) -> bool:
    if expected is None:
        return pd.isna(actual)
    return not pd.isna(actual) and math.isclose(float(actual), expected)


@pytest.mark.parametrize(
    ("fragment", "value", "unit", "year", "bound", "share", "rank"),
    EXPECTED,
    ids=[f"{e[0]}={e[1]}" for e in EXPECTED],
)
def test_figure(facts, fragment, value, unit, year, bound, share, rank):
    rows = facts[
        facts["quote"].str.contains(fragment, regex=False) & (facts["value"] == value) & (facts["unit"] == unit)
    ]
    assert len(rows) >= 1, f"no row with {value} {unit} quoting {fragment}"
    row = rows.iloc[0]
    assert row["year"] == year
    assert row["bound"] == bound
    assert _same(row["city_share_pct"], share)
    assert _same(row["city_rank"], rank)


def test_there_are_at_least_thirty_spot_checks():
    assert len(EXPECTED) >= 30


def test_the_ambiguous_tech_sme_rank_is_recorded_as_a_note(facts):
    row = facts[facts["fact_id"] == "2022-tech-smes-new"].iloc[0]
    assert pd.isna(row["city_rank"])
    assert "ambiguous" in row["note"]


# Design capacities describe a project, not the year's goal: (fragment, value, unit).
CAPACITIES = [
    ("设计产能5万台", 5, "万台"),
    ("年产360万片8英寸硅外延片", 360, "万片"),
    ("厦门钨业10万吨正极材料", 10, "万吨"),
]


@pytest.mark.parametrize(("fragment", "value", "unit"), CAPACITIES, ids=[c[0] for c in CAPACITIES])
def test_design_capacity_is_context_not_target(facts, fragment, value, unit):
    rows = facts[facts["quote"].str.contains(fragment, regex=False) & (facts["value"] == value)]
    assert len(rows) == 1
    assert rows.iloc[0]["unit"] == unit
    assert (rows.iloc[0]["kind"], rows.iloc[0]["measure"]) == ("context", "capacity")
