"""The validator: the shipped data passes, and each rule catches a deliberately broken copy."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from gwr.data import package
from gwr.data.cli import app
from gwr.data.validation import validate

FACTS = "jianxi_2022_2023.csv"


def set_cell(data_dir: Path, file: str, row: int, column: str, value: str) -> int:
    """Set one cell of a table; return the CSV line the row is on."""
    path = data_dir / file
    frame = package.read_text_table(path)
    frame.loc[row, column] = value
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return row + 2


def first_row(data_dir: Path, query: str, file: str = FACTS) -> int:
    frame = package.read_text_table(data_dir / file)
    return int(frame.query(query, engine="python").index[0])


def messages(data_dir: Path) -> list[str]:
    return [str(p) for p in validate(data_dir)]


def assert_reported(data_dir: Path, *fragments: str) -> None:
    found = messages(data_dir)
    assert any(all(f in m for f in fragments) for m in found), f"no problem mentions {fragments}: {found}"


def test_shipped_data_is_valid():
    assert [str(p) for p in validate()] == []


def test_missing_column(data_copy):
    path = data_copy / FACTS
    frame = package.read_text_table(path).drop(columns=["unit"])
    frame.to_csv(path, index=False)
    assert_reported(data_copy, f"data/{FACTS}", "[unit]", "missing column")


def test_unknown_column(data_copy):
    path = data_copy / FACTS
    frame = package.read_text_table(path).assign(notes="x")
    frame.to_csv(path, index=False)
    assert_reported(data_copy, f"data/{FACTS}", "[notes]", "unknown column")


def test_value_that_is_not_a_number(data_copy):
    line = set_cell(data_copy, FACTS, 3, "value", "七")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[value]", "'七' is not a number")


def test_year_that_is_not_a_whole_number(data_copy):
    line = set_cell(data_copy, FACTS, 4, "year", "2022.5")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[year]", "not a whole number")


def test_value_outside_vocabulary(data_copy):
    line = set_cell(data_copy, FACTS, 5, "sector", "sports")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[sector]", "'sports'", "must be one of")


def test_kind_outside_vocabulary(data_copy):
    line = set_cell(data_copy, FACTS, 6, "kind", "forecast")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[kind]", "must be one of: actual, target, context")


def test_required_value_missing(data_copy):
    line = set_cell(data_copy, FACTS, 7, "metric_en", "")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[metric_en]", "is empty")


def test_duplicate_fact_id(data_copy):
    first = package.read_text_table(data_copy / FACTS).loc[0, "fact_id"]
    line = set_cell(data_copy, FACTS, 8, "fact_id", first)
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[fact_id]", "more than once")


def test_quote_not_in_report(data_copy):
    line = set_cell(data_copy, FACTS, 9, "quote", "全区实现地区生产总值999亿元")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[quote]", "not found in the report")


def test_value_not_in_quote(data_copy):
    row = first_row(data_copy, "unit == '亿元'")
    line = set_cell(data_copy, FACTS, row, "value", "123.45")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[value]", "123.45 does not appear in its quote")


def test_fraction_counts_as_percentage(data_copy):
    row = first_row(data_copy, "quote.str.contains('3/4')")
    assert messages(data_copy) == []
    set_cell(data_copy, FACTS, row, "value", "3")
    assert_reported(data_copy, "[value]", "3 does not appear in its quote")


def test_value_base_inconsistent_with_unit(data_copy):
    row = first_row(data_copy, "unit == '万人'")
    line = set_cell(data_copy, FACTS, row, "value_base", "1")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[value_base]", "万人")


def test_unit_base_inconsistent_with_unit(data_copy):
    row = first_row(data_copy, "unit == '亿元'")
    line = set_cell(data_copy, FACTS, row, "unit_base", "美元")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[unit_base]", "must be '元'")


def test_unknown_unit(data_copy):
    line = set_cell(data_copy, FACTS, 10, "unit", "斤")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[unit]", "'斤' is not a unit of units")


@pytest.mark.parametrize("share", ["0", "120", "-3"])
def test_city_share_outside_range(data_copy, share):
    row = first_row(data_copy, "city_share_pct != ''")
    line = set_cell(data_copy, FACTS, row, "city_share_pct", share)
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[city_share_pct]")


def test_city_share_not_in_quote(data_copy):
    row = first_row(data_copy, "city_share_pct != ''")
    line = set_cell(data_copy, FACTS, row, "city_share_pct", "12.34")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[city_share_pct]", "does not appear in its quote")


def test_mixed_units_without_pair_note(data_copy):
    frame = package.read_text_table(data_copy / FACTS)
    levels = frame[frame["measure"] != "growth_rate"]  # a growth rate beside its level is not a mix
    mixed = levels.groupby("indicator")["unit_base"].transform("nunique") > 1
    row = int(levels.index[mixed & (levels["pair_note"] != "")][0])
    line = set_cell(data_copy, FACTS, row, "pair_note", "")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[pair_note]", "mixes units")


def test_restates_unknown_fact(data_copy):
    line = set_cell(data_copy, FACTS, 11, "restates", "2023-no-such-fact")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[restates]", "'2023-no-such-fact' is not a fact_id")


def test_section_that_does_not_hold_the_quote(data_copy):
    row = first_row(data_copy, "year == '2022' and section.str.startswith('一、')")
    line = set_cell(data_copy, FACTS, row, "section", "二、2023年目标任务")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[section]", "the quote stands under")


def test_section_not_in_outline(data_copy):
    line = set_cell(data_copy, FACTS, 12, "section", "四、不存在")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[section]", "not a section")


def test_lost_bound(data_copy):
    row = first_row(data_copy, "bound == 'at_least'")
    line = set_cell(data_copy, FACTS, row, "bound", "point")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[bound]", "does not agree")


def test_more_than_recorded_as_at_least(data_copy):
    """超过 is strictly above (>), 以上 includes the number (≥): the two are not interchangeable."""
    row = first_row(data_copy, "qualifier_zh == '超过'")
    line = set_cell(data_copy, FACTS, row, "bound", "at_least")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[bound]", "which say 'more_than'")


def test_unknown_bound(data_copy):
    line = set_cell(data_copy, FACTS, 0, "bound", "exact")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[bound]")


def test_lost_stretch_word(data_copy):
    row = first_row(data_copy, "stretch == '力争'")
    line = set_cell(data_copy, FACTS, row, "stretch", "")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[stretch]", "which say '力争'")


def test_stretch_word_without_the_words(data_copy):
    row = first_row(data_copy, "qualifier_zh == ''")  # no words at all
    line = set_cell(data_copy, FACTS, row, "stretch", "确保")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[stretch]", "hold no such word")


def test_unknown_stretch_word(data_copy):
    row = first_row(data_copy, "stretch == '争取'")
    line = set_cell(data_copy, FACTS, row, "stretch", "希望")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[stretch]")


def test_claim_lost_stretch_word(data_copy):
    row = first_row(data_copy, "stretch == '确保'", CLAIMS)
    line = set_cell(data_copy, CLAIMS, row, "stretch", "")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[stretch]", "which say '确保'")


def test_qualifier_words_not_in_quote(data_copy):
    line = set_cell(data_copy, FACTS, 13, "qualifier_zh", "力争")
    frame = package.read_text_table(data_copy / FACTS)
    assert "力争" not in frame.loc[13, "quote"], "pick a row whose quote lacks 力争"
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[qualifier_zh]", "not in the quote")


def test_growth_rate_must_be_percent(data_copy):
    row = first_row(data_copy, "measure == 'growth_rate'")
    line = set_cell(data_copy, FACTS, row, "unit", "亿元")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[unit]", "must be in %")


def test_report_text_changed(data_copy):
    source = data_copy / "source" / "jianxi_2023_government_work_report.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("713", "731"), encoding="utf-8")
    assert_reported(data_copy, "jianxi_2023_government_work_report.txt", "SHA-256", "was changed")


def test_missing_table_file(data_copy):
    (data_copy / "glossary.csv").unlink()
    assert_reported(data_copy, "data/glossary.csv", "file not found")


def test_corrupt_csv(data_copy):
    (data_copy / "units.csv").write_bytes(b"unit,unit_en\n\xff\xfe\x00bad")
    assert_reported(data_copy, "data/units.csv", "cannot be read")


def test_non_figure_context_not_in_report(data_copy):
    line = set_cell(data_copy, "non_figures.csv", 0, "context", "第99届不存在")
    assert_reported(data_copy, f"data/non_figures.csv:{line}", "[context]", "not found in the report")


def test_non_figure_number_not_in_context(data_copy):
    line = set_cell(data_copy, "non_figures.csv", 0, "number", "98765")
    assert_reported(data_copy, f"data/non_figures.csv:{line}", "[number]", "not a number in its context")


def test_glossary_definition_not_in_report(data_copy):
    line = set_cell(data_copy, "glossary.csv", 0, "definition_zh", "一个并不存在的定义。")
    assert_reported(data_copy, f"data/glossary.csv:{line}", "[definition_zh]", "not found in the report")


def test_cluster_member_links_unknown_fact(data_copy):
    line = set_cell(data_copy, "cluster_members.csv", 0, "fact_id", "2023-no-such-project")
    assert_reported(data_copy, f"data/cluster_members.csv:{line}", "[fact_id]", "is not a fact_id of facts")


def test_cluster_member_in_unknown_cluster(data_copy):
    line = set_cell(data_copy, "cluster_members.csv", 0, "cluster_id", "cluster_nowhere")
    assert_reported(data_copy, f"data/cluster_members.csv:{line}", "[cluster_id]", "is not a cluster_id")


def test_reference_total_for_unknown_indicator(data_copy):
    line = set_cell(data_copy, "city_totals_reference.csv", 0, "indicator", "gdp_typo")
    assert_reported(data_copy, f"data/city_totals_reference.csv:{line}", "[indicator]", "not an indicator")


def test_cli_fails_with_located_message(data_copy):
    set_cell(data_copy, FACTS, 3, "kind", "guess")
    result = CliRunner().invoke(app, ["validate", "--data-dir", str(data_copy)])
    assert result.exit_code == 1
    assert f"data/{FACTS}:5 [kind]" in result.output


def test_cli_passes_on_shipped_data():
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Valid:")


def test_every_table_row_count_is_reported():
    result = CliRunner().invoke(app, ["validate"])
    for name in package.resource_names():
        assert name in result.output


# --- claims without a digit ---------------------------------------------------------------------

CLAIMS = "claims.csv"


def claim_row(data_dir: Path, claim_id: str) -> int:
    return first_row(data_dir, f"claim_id == '{claim_id}'", CLAIMS)


def test_claim_quote_not_in_report(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-qflp-funds"), "quote", "加快推进三支QFLP外资基金")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[quote]", "not found in the report")


def test_claim_section_that_does_not_hold_the_quote(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-qflp-funds"), "section", "二、2023年目标任务")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[section]", "the quote stands under")


def test_claim_words_not_in_quote(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-qflp-funds"), "words_zh", "三支")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[words_zh]", "'三支' is not in the quote")


@pytest.mark.parametrize(
    ("claim_id", "wrong"),
    [("2023-qflp-funds", "3"), ("2023-xindian-greenhouse-area", "100"), ("2023-calb-capacity-doubling", "3")],
)
def test_claim_value_that_the_words_do_not_say(data_copy, claim_id, wrong):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, claim_id), "value", wrong)
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[value]", "is not what")


def test_claim_rank_that_the_words_do_not_state(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-tech-contract-turnover-rank"), "rank", "2")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[rank]", "is not the place")


@pytest.mark.parametrize(
    ("claim_id", "column"),
    [
        ("2022-tech-contract-turnover-rank", "rank"),
        ("2022-tech-contract-turnover-rank", "scope"),
        ("2022-soe-reform-grade", "grade"),
        ("2023-qflp-funds", "unit"),
        ("2022-smart-manufacturing-5g-cases-share", "fact_id"),
        ("2023-gan-on-silicon-base-largest", "rank"),
        ("2023-industrial-land-approval-fastest", "scope"),
    ],
)
def test_claim_type_needs_its_columns(data_copy, claim_id, column):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, claim_id), column, "")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", f"[{column}]", "claim needs it")


def test_superlative_without_a_superlative_word(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-gan-on-silicon-base-largest"), "words_zh", "全国")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[words_zh]", "holds no superlative")


def test_superlative_scope_its_words_do_not_say(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-gan-on-silicon-base-largest"), "scope", "province")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[scope]", "does not say 全省")


def test_superlative_recorded_as_a_first(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-gan-on-silicon-base-largest"), "claim_type", "first")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[claim_type]", "not in time: superlative")


@pytest.mark.parametrize("claim_id", ["2023-fengkou-directions", "2023-industry-clusters"])
def test_count_of_a_plans_parts_as_a_target(data_copy, claim_id):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, claim_id), "kind", "target")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[kind]", "a plan is organised by: that is context")


@pytest.mark.parametrize(("column", "value"), [("value", "2"), ("rank", "1"), ("grade", "B类")])
def test_direction_with_a_number(data_copy, column, value):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-imports-exports-direction"), column, value)
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", f"[{column}]", "a direction claim states no number")


def test_direction_whose_words_hold_a_numeral(data_copy):
    row = claim_row(data_copy, "2023-growth-echelon")
    set_cell(data_copy, CLAIMS, row, "grade", "")
    line = set_cell(data_copy, CLAIMS, row, "claim_type", "direction")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[words_zh]", "holds a numeral")


def test_direction_that_is_not_a_target(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-imports-exports-direction"), "kind", "context")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[kind]", "a direction claim is a target")


def test_claim_grade_not_in_its_words(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2022-soe-reform-grade"), "grade", "B等级")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[grade]", "not in words_zh")


def test_implied_share_that_does_not_follow(data_copy):
    line = set_cell(
        data_copy, CLAIMS, claim_row(data_copy, "2022-smart-manufacturing-5g-cases-share"), "city_share_pct", "60"
    )
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[city_share_pct]", "60 ≠ 5 ÷ 10 × 100 = 50")


def test_claim_type_outside_vocabulary(data_copy):
    line = set_cell(data_copy, CLAIMS, 0, "claim_type", "guess")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[claim_type]", "must be one of")


def test_claim_qualifier_words_not_in_quote(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-qflp-funds"), "qualifier_zh", "确保")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[qualifier_zh]", "not in the quote")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("fact_id", "2023-no-such-fact", "is not a fact_id of facts"),
        ("unit", "斤", "is not a unit of units"),
        ("restates", "2023-no-such-claim", "is not a claim_id of claims"),
    ],
)
def test_claim_foreign_keys(data_copy, column, value, message):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2023-qflp-funds"), column, value)
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", f"[{column}]", message)


def test_duplicate_claim_id(data_copy):
    first = package.read_text_table(data_copy / CLAIMS).loc[0, "claim_id"]
    line = set_cell(data_copy, CLAIMS, 1, "claim_id", first)
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[claim_id]", "more than once")


# --- kind agrees with the part of the report ----------------------------------------------------


def test_result_outside_part_one(data_copy):
    row = first_row(data_copy, "fact_id == '2023-new-signed-projects'")
    line = set_cell(data_copy, FACTS, row, "kind", "actual")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[kind]", "'actual' is a result of the year reviewed")


def test_target_in_part_one(data_copy):
    line = set_cell(data_copy, CLAIMS, claim_row(data_copy, "2022-tech-contract-turnover-rank"), "kind", "target")
    assert_reported(
        data_copy, f"data/{CLAIMS}:{line}", "[kind]", "'target' in 一、2022年工作回顾, which reports results"
    )


def test_two_rows_for_one_figure(data_copy):
    row = first_row(data_copy, "fact_id == '2022-25425-plan-investment-goal'")
    line = set_cell(data_copy, FACTS, row, "kind", "actual")
    set_cell(data_copy, FACTS, row, "section", "一、2022年工作回顾 / 经济运行稳中向好")
    set_cell(data_copy, FACTS, row, "quote", "406个区级重大项目完成投资515亿元")
    set_cell(data_copy, FACTS, row, "value", "515")
    set_cell(data_copy, FACTS, row, "value_base", "51500000000")
    set_cell(data_copy, FACTS, row, "qualifier_zh", "")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[indicator]", "'major_projects_investment' 2022 actual level")


def test_design_capacity_is_a_measure(data_copy):
    row = first_row(data_copy, "measure == 'capacity'")
    set_cell(data_copy, FACTS, row, "measure", "design")
    assert_reported(data_copy, "[measure]", "must be one of: level, growth_rate, ratio, capacity")


# --- non-figures and clusters -------------------------------------------------------------------


def test_non_figure_listed_twice(data_copy):
    path = data_copy / "non_figures.csv"
    frame = package.read_text_table(path)
    frame.loc[len(frame)] = frame.loc[0]
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    assert_reported(data_copy, f"data/non_figures.csv:{len(frame) + 1}", "[context]", "listed twice")


def test_non_figure_context_that_is_the_number_alone(data_copy):
    row = first_row(data_copy, "number == '一' and context == '一是'", "non_figures.csv")
    line = set_cell(data_copy, "non_figures.csv", row, "context", "一")
    assert_reported(data_copy, f"data/non_figures.csv:{line}", "[context]", "the number alone")


def test_non_figure_numeral_not_in_context(data_copy):
    row = first_row(data_copy, "number == '一' and context == '一是'", "non_figures.csv")
    line = set_cell(data_copy, "non_figures.csv", row, "number", "二")
    assert_reported(data_copy, f"data/non_figures.csv:{line}", "[number]", "'二' is not a number in its context")


def test_cluster_quote_that_does_not_name_it(data_copy):
    row = first_row(data_copy, "cluster_id == 'cluster_biomedicine'", "clusters.csv")
    line = set_cell(data_copy, "clusters.csv", row, "quote", "围绕人工智能产业集群")
    assert_reported(data_copy, f"data/clusters.csv:{line}", "[quote]", "does not name '生物医药产业集群'")


def test_cluster_focus_not_verbatim(data_copy):
    line = set_cell(data_copy, "clusters.csv", 0, "focus_zh", "打造氢能电机产业基地与产业链")
    assert_reported(data_copy, f"data/clusters.csv:{line}", "[focus_zh]", "not found in the report")


def test_cluster_member_quote_that_does_not_name_it(data_copy):
    line = set_cell(data_copy, "cluster_members.csv", 0, "name_zh", "双瑞新能源储能设备")
    set_cell(data_copy, "cluster_members.csv", 0, "quote", "以中航光电为龙头")
    assert_reported(data_copy, f"data/cluster_members.csv:{line}", "[quote]", "does not name")


def test_cluster_member_links_unknown_claim(data_copy):
    line = set_cell(data_copy, "cluster_members.csv", 0, "claim_id", "2023-no-such-claim")
    assert_reported(data_copy, f"data/cluster_members.csv:{line}", "[claim_id]", "is not a claim_id of claims")


def test_locator_that_is_not_where_the_quote_stands(data_copy):
    row = first_row(data_copy, "fact_id == '2022-imports-exports'")
    line = set_cell(data_copy, FACTS, row, "locator", "一（一）第1段·三是")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[locator]", "'一（一）第1段·四是'", "derive")


def test_empty_locator_of_a_claim(data_copy):
    line = set_cell(data_copy, "claims.csv", 0, "locator", "")
    assert_reported(data_copy, f"data/claims.csv:{line}", "[locator]", "is empty")


def test_derive_refills_the_locators(data_copy):
    path = data_copy / FACTS
    original = package.read_text_table(path)
    original.assign(locator="").to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    result = CliRunner().invoke(app, ["derive", "--data-dir", str(data_copy)])
    assert result.exit_code == 0, result.output
    assert package.read_text_table(path)["locator"].tolist() == original["locator"].tolist()
    assert messages(data_copy) == []


def test_quote_that_runs_across_a_paragraph_break(data_copy):
    row = first_row(data_copy, "fact_id == '2022-imports-exports'")
    line = set_cell(
        data_copy, FACTS, row, "quote", "全年进出口总值达到92.8亿元，占全市总量的44.3%。一年来，我们借势乘势"
    )
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[quote]", "runs across a paragraph break")
