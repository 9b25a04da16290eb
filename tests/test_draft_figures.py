"""The drafting rules on made-up texts of the genre: every wording class, results and targets told
apart by the outline or by the words around, shares and ranks, and numbers that are not figures.

Every text here is MADE UP for these tests (marked 虚构示例 in the text itself): no real report's words.
"""

from __future__ import annotations

import pytest

from gwr.data.draft import drafting

# MADE UP: a county report's review and targets, with a page number line and a heading inside a paragraph.
COUNTY = """（虚构示例：以下文字为测试而编写，不是任何真实报告。）
政府工作报告
——2025年1月8日在青川县第十八届人民代表大会第四次会议上
青川县人民政府县长 李明
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，全县实现地区生产总值218.6亿元，增长6.2%；一般公共预算收入12.3亿元，增长5.1%；
规模以上工业增加值增长7.8%，固定资产投资增长10.4%。城乡居民人均可支配收入分别达到41256
元、19870元，分别增长5.0%、6.8%。新增市场主体超过5000户，引进亿元以上项目32个，
— 3 —
签约总投资近200亿元。新建5G基站1200余个，城镇新增就业8600人，完成年度目标的107.5%。
二、2025年工作安排
2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，
规模以上工业增加值增长7%以上，固定资产投资增长8%—10%，城镇调查失业率控制在5.5%以内，
居民消费价格涨幅3%左右，粮食产量稳定在50万吨以上。
（一）坚持项目为王。力争全年新签约项目不少于40个，确保完成投资150亿元，争取专项债券资金
15亿元以上。实施“3111”工程，3天内办结审批事项。全年新开工10亿元以上项目6个。
（二）做强县域经济。努力实现社会消费品零售总额突破120亿元，进出口总额达到6至7亿元。
"""
# (value, value_high, unit, bound, stretch, measure, kind, year) of each candidate, in reading order.
COUNTY_FIGURES = [
    ("218.6", "", "亿元", "point", "", "level", "actual", "2024"),
    ("6.2", "", "%", "point", "", "growth_rate", "actual", "2024"),
    ("12.3", "", "亿元", "point", "", "level", "actual", "2024"),
    ("5.1", "", "%", "point", "", "growth_rate", "actual", "2024"),
    ("7.8", "", "%", "point", "", "growth_rate", "actual", "2024"),
    ("10.4", "", "%", "point", "", "growth_rate", "actual", "2024"),
    ("41256", "", "元", "point", "", "level", "actual", "2024"),
    ("19870", "", "元", "point", "", "level", "actual", "2024"),
    ("5", "", "%", "point", "", "growth_rate", "actual", "2024"),
    ("6.8", "", "%", "point", "", "growth_rate", "actual", "2024"),
    ("5000", "", "户", "more_than", "", "level", "actual", "2024"),
    ("32", "", "个", "point", "", "level", "actual", "2024"),
    ("200", "", "亿元", "approx", "", "level", "actual", "2024"),
    ("1200", "", "个", "approx", "", "level", "actual", "2024"),
    ("8600", "", "人", "point", "", "level", "actual", "2024"),
    ("107.5", "", "%", "point", "", "ratio", "actual", "2024"),
    ("6", "", "%", "approx", "", "growth_rate", "target", "2025"),
    ("5", "", "%", "point", "", "growth_rate", "target", "2025"),
    ("7", "", "%", "at_least", "", "growth_rate", "target", "2025"),
    ("8", "10", "%", "range", "", "growth_rate", "target", "2025"),
    ("5.5", "", "%", "at_most", "", "ratio", "target", "2025"),
    ("3", "", "%", "approx", "", "growth_rate", "target", "2025"),
    ("50", "", "万吨", "at_least", "", "level", "target", "2025"),
    ("40", "", "个", "at_least", "力争", "level", "target", "2025"),
    ("150", "", "亿元", "point", "确保", "level", "target", "2025"),
    ("15", "", "亿元", "at_least", "争取", "level", "target", "2025"),
    ("6", "", "个", "point", "", "level", "target", "2025"),
    ("120", "", "亿元", "more_than", "努力", "level", "target", "2025"),
    ("6", "7", "亿元", "range", "", "level", "target", "2025"),
]
# (number, reason) of each number that is not a figure.
COUNTY_NON_FIGURES = [
    ("3", "page_number"),
    ("2025", "year"),
    ("1", "date"),
    ("8", "date"),
    ("第十八", "ordinal"),
    ("第四", "ordinal"),
    ("一", "outline"),
    ("2024", "year"),
    ("一", "idiom"),
    ("一", "idiom"),
    ("5", "technical_term"),
    ("二", "outline"),
    ("2025", "year"),
    ("2025", "year"),
    ("一", "idiom"),
    ("一", "outline"),
    ("3111", "plan_name"),
    ("3", "time_limit"),
    ("10", "threshold"),
    ("二", "outline"),
]

# MADE UP: a news article quoting a district's review and targets, with no outline at all.
ARTICLE = """（虚构示例：以下文字为测试而编写，不是任何真实新闻。）
1月10日，记者从白石区两会获悉，2024年，白石区实现地区生产总值356.2亿元，同比增长5.8%，
总量居全市第二位。全年一般公共预算收入完成23.6亿元，占全市的12.5%。
2025年，白石区主要预期目标为：地区生产总值增长5.5%左右，一般公共预算收入增长4%以上。
区长王华表示，今年将力争引进超10亿元项目8个，确保城镇新增就业不低于6000人。
"""
ARTICLE_FIGURES = [
    ("356.2", "亿元", "point", "", "actual", "2024", "", "2"),
    ("5.8", "%", "point", "", "actual", "2024", "", ""),
    ("23.6", "亿元", "point", "", "actual", "2024", "12.5", ""),
    ("5.5", "%", "approx", "", "target", "2025", "", ""),
    ("4", "%", "at_least", "", "target", "2025", "", ""),
    ("8", "个", "point", "力争", "target", "2025", "", ""),
    ("6000", "人", "at_least", "确保", "target", "2025", "", ""),
]

# One made-up sentence per wording class: (sentence, value, value_high, unit, bound, stretch).
WORDINGS = [
    ("（虚构示例）全县实现地区生产总值180亿元。", "180", "", "亿元", "point", ""),
    ("（虚构示例）惠及群众约3.5万人。", "3.5", "", "万人", "approx", ""),
    ("（虚构示例）带动就业2300余人。", "2300", "", "人", "approx", ""),
    ("（虚构示例）带动就业2300多人。", "2300", "", "人", "approx", ""),
    ("（虚构示例）居民消费价格涨幅3%左右。", "3", "", "%", "approx", ""),
    ("（虚构示例）落实减税降费近8亿元。", "8", "", "亿元", "approx", ""),
    ("（虚构示例）固定资产投资增长12%以上。", "12", "", "%", "at_least", ""),
    ("（虚构示例）粮食产量不低于40万吨。", "40", "", "万吨", "at_least", ""),
    ("（虚构示例）高新技术企业超过120家。", "120", "", "家", "more_than", ""),
    ("（虚构示例）外贸进出口突破50亿元。", "50", "", "亿元", "more_than", ""),
    ("（虚构示例）城镇调查失业率控制在5.5%以内。", "5.5", "", "%", "at_most", ""),
    ("（虚构示例）单位生产总值能耗不超过0.45吨标准煤。", "0.45", "", "吨标准煤", "at_most", ""),
    ("（虚构示例）一般公共预算收入增长6%—7%。", "6", "7", "%", "range", ""),
    ("（虚构示例）地区生产总值增长6.5至7%。", "6.5", "7", "%", "range", ""),
    ("（虚构示例）力争规上工业增加值增长9%。", "9", "", "%", "point", "力争"),
    ("（虚构示例）争取上级资金20亿元以上。", "20", "", "亿元", "at_least", "争取"),
    ("（虚构示例）确保粮食产量稳定在30万吨以上。", "30", "", "万吨", "at_least", "确保"),
    ("（虚构示例）努力实现进出口总额突破10亿元。", "10", "", "亿元", "more_than", "努力"),
]


def _rows(draft, columns):
    return [tuple(row) for row in draft.candidates[list(columns)].itertuples(index=False)]


def test_county_report_figures_in_reading_order():
    draft = drafting.draft_text(COUNTY)
    columns = ("value", "value_high", "unit", "bound", "stretch", "measure", "kind", "year")
    assert _rows(draft, columns) == COUNTY_FIGURES


def test_county_report_non_figures_with_reasons():
    draft = drafting.draft_text(COUNTY)
    assert list(draft.non_figures[["number", "reason"]].itertuples(index=False, name=None)) == COUNTY_NON_FIGURES


def test_county_report_outline_and_years():
    draft = drafting.draft_text(COUNTY)
    assert (draft.years.reviews, draft.years.targets) == (2024, 2025)
    headings = [(h.level, h.title, h.kind.value) for h in draft.document.headings]
    assert headings == [
        (1, "2024年工作回顾", "review"),
        (1, "2025年工作安排", "targets"),
        (2, "坚持项目为王", "targets"),
        (2, "做强县域经济", "targets"),
    ]
    quotes = draft.candidates.set_index("value")["quote"]
    assert quotes["15"] == "争取专项债券资金15亿元以上"  # joined across the PDF line break
    assert "— 3 —" not in draft.document.text


def test_every_quote_is_the_text_between_its_offsets():
    draft = drafting.draft_text(COUNTY)
    text = draft.document.text
    for _, row in draft.candidates.iterrows():
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
        assert int(row["start"]) <= int(row["number_start"]) < int(row["number_end"]) <= int(row["end"])


def test_article_without_outline_reads_kind_from_the_words_around():
    draft = drafting.draft_text(ARTICLE, year=2025)
    columns = ("value", "unit", "bound", "stretch", "kind", "year", "city_share_pct", "city_rank")
    assert _rows(draft, columns) == ARTICLE_FIGURES
    assert set(draft.candidates["unsure"]) == {"1"}
    assert draft.candidates["why_unsure"].str.contains("no outline: kind read from the words around").all()


@pytest.mark.parametrize(("sentence", "value", "high", "unit", "bound", "stretch"), WORDINGS)
def test_each_wording_class(sentence, value, high, unit, bound, stretch):
    draft = drafting.draft_text(sentence, year=2025)
    assert _rows(draft, ("value", "value_high", "unit", "bound", "stretch")) == [(value, high, unit, bound, stretch)]


def test_stretch_word_in_a_result_is_not_a_stretch_goal():
    """争取 in a review means 'obtained' (为企业争取资金2.1亿元), not 'strive for'."""
    text = (
        "（虚构示例）\n一、2024年工作回顾\n全年为企业争取上级资金2.1亿元。\n二、2025年工作安排\n争取上级资金3亿元。\n"
    )
    draft = drafting.draft_text(text)
    assert _rows(draft, ("value", "stretch", "kind")) == [("2.1", "", "actual"), ("3", "争取", "target")]


def test_listed_subjects_share_one_number_when_the_codebook_knows_each():
    text = "（虚构示例）主要预期目标是：地区生产总值、一般公共预算收入增长6%以上。"
    draft = drafting.draft_text(text, year=2025)
    assert _rows(draft, ("value", "indicator", "bound")) == [
        ("6", "gdp", "at_least"),
        ("6", "public_budget_revenue", "at_least"),
    ]


def test_no_figure_of_the_genre():
    with pytest.raises(drafting.NoFigures):
        drafting.draft_text("（虚构示例）一年来，我们坚持稳中求进，推动高质量发展。")


def test_a_parallel_clause_keeps_the_stretch_word_it_leaves_out():
    text = "（虚构示例）力争到2027年营业收入达到300亿元，2025年达到150亿元；争取年内建成2所学校，新增学位800个。"
    draft = drafting.draft_text(text, year=2025)
    assert _rows(draft, ("value", "stretch", "year")) == [
        ("300", "力争", "2027"),  # 到2027年: the year the target is for
        ("150", "力争", "2025"),  # its own clause names its year
        ("2", "争取", "2025"),
        ("800", "", "2025"),  # no stretch word of its own, but a target by the sentence's 争取 and 年内
    ]


def test_full_width_digits_are_read_as_numbers():
    """Word and web copies often write numbers in full width (６．５％)."""
    draft = drafting.draft_text("（虚构示例）全县地区生产总值增长６．５％，达到２１８．６亿元。", year=2025)
    assert _rows(draft, ("value", "unit", "measure")) == [("6.5", "%", "growth_rate"), ("218.6", "亿元", "level")]


def test_a_fall_is_its_size_and_said_to_be_unsure():
    draft = drafting.draft_text("（虚构示例）单位生产总值能耗下降3.2%。", year=2025)
    assert _rows(draft, ("value", "measure", "unsure")) == [("3.2", "growth_rate", "1")]
    assert "a fall (下降3%)" in draft.candidates.loc[0, "why_unsure"]


def test_a_cumulative_figure_is_said_to_be_unsure_of_its_period():
    draft = drafting.draft_text(
        "（虚构示例）\n一、2024年工作回顾\n累计为企业办理退税3.5亿元，惠及企业820家。\n", year=2025
    )
    rows = draft.candidates.set_index("value")
    assert "累计: a cumulative figure" in rows.loc["3.5", "why_unsure"]
    assert rows.loc["820", "why_unsure"] == ""


# MADE UP: a city's review and plans with dates, quarters, thresholds and names in numerals.
CITY = """（虚构示例：以下文字为测试而编写，不是任何真实报告。）
二〇二五年一月十日在北川市第十六届人民代表大会第四次会议上
一、过去一年工作回顾
全市地区生产总值突破千亿元大关，达到1028亿元。前三季度规上工业增加值增长9.2%，1—11月固定资产投资增长11.5%。新增国家4A级旅游景区2家，12345热线办结率99.6%。实施城市更新三年行动计划，开通24小时自助服务站36个。
二、2025年工作安排
一季度实现“开门红”。打造2个百亿级产业集群，培育超千万元村集体经济村15个。
"""


def test_dates_quarters_thresholds_and_names_in_a_city_report():
    draft = drafting.draft_text(CITY, year=2025)
    assert _rows(draft, ("value", "unit", "bound")) == [
        ("1000", "亿元", "more_than"),  # 突破千亿元: 1000 of 亿元, in words
        ("1028", "亿元", "point"),
        ("9.2", "%", "point"),
        ("11.5", "%", "point"),
        ("2", "家", "point"),
        ("99.6", "%", "point"),
        ("36", "个", "point"),
        ("2", "个", "point"),
        ("15", "个", "point"),
    ]
    reasons = dict(zip(draft.non_figures["context"], draft.non_figures["reason"], strict=True))
    assert {reasons[c] for c in reasons if "二〇二五" in c} <= {"year", "date"}
    listed = list(draft.non_figures[["number", "reason"]].itertuples(index=False, name=None))
    for expected in [("1", "date"), ("11", "date"), ("12345", "proper_name"), ("24", "technical_term"),
                     ("三", "plan_name"), ("百亿", "threshold"), ("千万", "threshold"), ("三", "date")]:  # fmt: skip
        assert expected in listed


def test_the_city_report_is_a_valid_draft(tmp_path):
    from typer.testing import CliRunner

    from gwr.data.cli import app

    file = tmp_path / "city.txt"
    file.write_text(CITY, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["draft", str(file), str(tmp_path / "d"), "--year", "2025"]).exit_code == 0
    result = runner.invoke(app, ["check-draft", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output


def test_percentage_points_and_a_rates_base():
    text = "（虚构示例）2024年，常住人口城镇化率达到56.3%，较上年提高1.2个百分点，每万人发明专利拥有量达到12.6件。"
    draft = drafting.draft_text(text, year=2025)
    assert _rows(draft, ("value", "unit", "measure", "indicator")) == [
        ("56.3", "%", "ratio", "urbanization_rate"),
        ("1.2", "个百分点", "ratio", "urbanization_rate"),
        ("12.6", "件", "level", "invention_patents_per_10k_people"),
    ]
    assert ("万", "definition") in list(draft.non_figures[["number", "reason"]].itertuples(index=False, name=None))


def test_a_bound_word_between_the_verb_and_its_number_keeps_the_growth_rate():
    """MADE UP: 增长约10%, 增长超过5%, 增长近8% are growth rates of their subjects, with their bounds."""
    text = "（虚构）\n一、2023年工作回顾\n全区固定资产投资增长约10%，规模以上工业增加值增长超过5%，社会消费品零售总额增长近8%。\n"
    found = drafting.draft_text(text, None).candidates
    rows = found[["value", "bound", "measure", "indicator"]].astype(str).values.tolist()
    assert rows == [
        ["10", "approx", "growth_rate", "fixed_asset_investment"],
        ["5", "more_than", "growth_rate", "industrial_value_added"],
        ["8", "approx", "growth_rate", "retail_sales"],
    ]
