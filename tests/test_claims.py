"""Claims without a digit, read off the report by hand and asserted against claims.csv.

Each entry: a fragment of the quote (whitespace removed), the exact words, claim type, year,
kind, value, unit, rank, grade. The row is found by fragment and words, not by claim_id.
"""

import math

import pandas as pd
import pytest

from gwr import formatting
from gwr.data.validation import read_tables
from gwr.store import db

EXPECTED = [
    ("技术合同成交额、研发投入强度双双位居全市第一", "双双位居全市第一", "rank", 2022, "actual", None, None, 1, None),
    ("确保全年技术合同成交额稳居全市首位", "稳居全市首位", "rank", 2023, "target", None, None, 1, None),
    ("加快推进两支QFLP外资基金在自贸区落地", "两支", "quantity_words", 2023, "target", 2, "支", None, None),
    ("力争实现产能翻番", "翻番", "multiple", 2023, "target", 2, "倍", None, None),
    ("抓好辛店千亩温棚蔬菜种植", "千亩", "quantity_words", 2023, "context", 1000, "亩", None, None),
    ("万亩菊花等15个", "万亩菊花", "quantity_words", 2023, "context", 10000, "亩", None, None),
    ("围绕六大产业集群分别建立研发中心", "六大产业集群", "quantity_words", 2023, "context", 6, "个", None, None),
    ("着力建设六大产业集群", "六大产业集群", "quantity_words", 2023, "context", 6, "个", None, None),
    (
        "聚焦氢能储能、人工智能、第三代半导体三大",
        "三大“风口”产业方向",
        "quantity_words",
        2023,
        "context",
        3,
        "个",
        None,
        None,
    ),
    ("健全的社区管理机制六大方面", "六大方面", "quantity_words", 2023, "context", 6, "个", None, None),
    ("推进创新主体倍增", "倍增", "multiple", 2023, "context", 2, "倍", None, None),
    ("高新技术企业倍增", "倍增", "multiple", 2023, "context", 2, "倍", None, None),
    ("加速推进规上工业企业研发活动全覆盖", "研发活动全覆盖", "full_coverage", 2023, "target", 100, "%", None, None),
    ("实现职业技能培训城乡全覆盖", "城乡全覆盖", "full_coverage", 2023, "target", 100, "%", None, None),
    ("实现社区养老服务中心全覆盖", "全覆盖", "full_coverage", 2023, "target", 100, "%", None, None),
    ("全年未发生重特大生产安全事故", "未发生", "zero", 2022, "actual", 0, "起", None, None),
    ("国企改革三年行动工作成果获评全市A等级", "全市A等级", "grade", 2022, "actual", None, None, None, "A等级"),
    ("国苑集团获得AA+信用等级评级", "AA+信用等级", "grade", 2022, "actual", None, None, None, "AA+"),
    ("进入全国综保区绩效评估排名B类行列", "B类行列", "grade", 2023, "target", None, None, None, "B类"),
    ("主要经济指标增速保持在全市第一方阵", "全市第一方阵", "grade", 2023, "target", None, None, None, "第一方阵"),
    ("进出口总值平稳增长", "平稳增长", "direction", 2023, "target", None, None, None, None),
    ("居民收入增长和经济增长基本同步", "基本同步", "direction", 2023, "target", None, None, None, None),
    ("污染防治、节能降耗完成市定目标", "完成市定目标", "direction", 2023, "target", None, None, None, None),
    ("等5家企业入选市十大“5G+智能制造应用案例”", "市十大", "implied_share", 2022, "actual", 10, "个", None, None),
    ("新西兰和东盟十国共15方成员", "东盟十国", "quantity_words", 2023, "context", 10, "个", None, None),
    ("成为都市核心区唯一一家区属人民医院", "唯一一家", "quantity_words", 2022, "actual", 1, "家", None, None),
    ("全国首家红色主题剧本体验馆", "全国首家", "first", 2022, "actual", None, None, 1, None),
    ("现代农机装备制造业成功晋级“国家队”", "全省“零”的突破", "first", 2022, "actual", None, None, 1, None),
    ("年底前发行全省首单知识产权证券化产品", "全省首单", "first", 2023, "target", None, None, 1, None),
    ("打造全省第一、全国领先的氢能电机产业基地", "打造全省第一", "rank", 2023, "target", None, None, 1, None),
    ("打造全国最大的硅基氮化镓材料生产基地", "全国最大", "superlative", 2023, "target", None, None, 1, None),
    (
        "力争实现在全省产业用地审批最快、流程最短、效率最高",
        "全省产业用地审批最快、流程最短、效率最高",
        "superlative",
        2023,
        "target",
        None,
        None,
        1,
        None,
    ),
]


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    tables, problems = read_tables()
    assert not problems
    return tables["claims"]


def _same(actual, expected) -> bool:
    if expected is None:
        return pd.isna(actual)
    if isinstance(expected, str):
        return actual == expected
    return not pd.isna(actual) and math.isclose(float(actual), expected)


@pytest.mark.parametrize(
    ("fragment", "words", "claim_type", "year", "kind", "value", "unit", "rank", "grade"),
    EXPECTED,
    ids=[f"{e[0]}={e[1]}" for e in EXPECTED],
)
def test_claim(claims, fragment, words, claim_type, year, kind, value, unit, rank, grade):
    rows = claims[claims["quote"].str.contains(fragment, regex=False) & (claims["words_zh"] == words)]
    assert len(rows) >= 1, f"no claim with {words!r} quoting {fragment}"
    matching = rows[rows["claim_type"] == claim_type]
    assert len(matching) >= 1, f"{words!r} is {sorted(rows['claim_type'])}, not {claim_type}"
    row = matching.iloc[0]
    assert (row["year"], row["kind"]) == (year, kind)
    for column, expected in (("value", value), ("unit", unit), ("rank", rank), ("grade", grade)):
        assert _same(row[column], expected), f"{column}: {row[column]!r} ≠ {expected!r}"


def test_there_are_at_least_fifteen_claim_spot_checks():
    assert len(EXPECTED) >= 15


def test_both_2022_ranks_are_claims(claims):
    both = claims[claims["quote"] == "全区技术合同成交额、研发投入强度双双位居全市第一"]
    assert sorted(both["indicator"]) == ["rd_intensity", "tech_contract_turnover"]


def test_implied_share_is_five_of_ten(claims):
    row = claims[claims["claim_type"] == "implied_share"].iloc[0]
    assert row["fact_id"] == "2022-smart-manufacturing-5g-cases"
    assert row["city_share_pct"] == 50


def test_claims_sit_beside_facts_in_the_database():
    con = db.build()
    joined = con.execute(
        "SELECT c.claim_id, f.fact_id FROM claims AS c JOIN facts AS f "
        "ON f.indicator = c.indicator AND f.kind = 'target' AND f.year = 2023 "
        "WHERE c.indicator = 'rd_intensity'"
    ).fetchall()
    assert joined == [("2022-rd-intensity-rank", "2023-target-rd-intensity")]


# A claim's English meaning, by claim_id: what its words say, with the words beside them.
MEANINGS_EN = {
    "2023-gan-on-silicon-base-largest": "largest in China (“全国最大”)",
    "2023-industrial-land-approval-fastest": "fastest, shortest and highest in the province (“全省产业用地审批最快、流程最短、效率最高”) · stretch goal (力争)",
    "2022-agricultural-machinery-national-team-first": "the first in the province (“全省“零”的突破”)",
    "2023-imports-exports-direction": "steady growth (“平稳增长”)",
    "2023-resident-income-growth-direction": "broadly in step (“基本同步”)",
    "2023-pollution-energy-saving-direction": "meet the city's targets (“完成市定目标”)",
}


@pytest.mark.parametrize(("claim_id", "expected"), MEANINGS_EN.items())
def test_claim_reads_in_english_as_what_its_words_say(claims, claim_id, expected):
    row = claims[claims["claim_id"] == claim_id].iloc[0]
    assert formatting.claim(row, "en") == expected


def test_the_r_and_d_centres_sentence_counts_clusters_not_centres(claims):
    row = claims[claims["claim_id"] == "2023-cluster-rd-centres"].iloc[0]
    assert (row["indicator"], row["restates"], row["kind"]) == (
        "industry_clusters",
        "2023-industry-clusters",
        "context",
    )
    assert "研发中心" not in row["words_zh"]


def test_2022_imports_and_exports_have_their_2023_target_in_words():
    con = db.build()
    words = db.execute(con, "word_targets_2023").set_index("indicator")
    row = words.loc["imports_exports"]
    assert (row["id_2022"], row["value_2022"], row["unit_2022"]) == ("2022-imports-exports", 92.8, "亿元")
    assert (row["id_2023"], row["claim_type_2023"], row["words_2023"]) == (
        "2023-imports-exports-direction",
        "direction",
        "平稳增长",
    )


def test_doubling_drives_are_not_listed_as_2023_targets():
    con = db.build()
    listed = set(db.execute(con, "word_targets_2023")["id_2023"])
    assert not listed & {"2023-glossary-high-tech-enterprises-doubling", "2023-innovation-entities-doubling"}
    assert "2023-calb-capacity-doubling" in listed  # a doubling the report does set as the year's aim
