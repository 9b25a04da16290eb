"""The indicator codebook (data/indicators.csv): one row for every indicator of facts and claims and for
the indicators almost every 政府工作报告 states, wordings that occur in report prose and mean one thing
each, and the validator's rules, each caught on a deliberately broken copy."""

from pathlib import Path

import pytest

from gwr.data import package
from gwr.data.report import squash
from gwr.data.validation import validate

CODEBOOK = "indicators.csv"
FACTS = "jianxi_2022_2023.csv"
CLAIMS = "claims.csv"

# Indicators as shipped: those of the Jianxi report's facts and claims, and the genre's standard ones.
FROM_THE_REPORT = 196
GENRE_STANDARD = 48
# Genre-standard wordings, some of which Jianxi does not use (data as shipped).
WORDINGS = {
    "gdp": {"地区生产总值", "生产总值", "GDP"},
    "per_capita_gdp": {"人均GDP", "人均地区生产总值"},
    "industrial_value_added": {"规模以上工业增加值", "规上工业增加值"},
    "public_budget_revenue": {"一般公共预算收入", "地方一般公共预算收入"},
    "imports_exports": {"进出口总值", "进出口总额", "外贸进出口"},
    "actual_foreign_investment": {"实际利用外资", "实际使用外资"},
    "urban_surveyed_unemployment_rate": {"城镇调查失业率"},
    "urban_registered_unemployment_rate": {"城镇登记失业率"},
    "rd_intensity": {"研发经费投入强度", "研发投入强度", "研究与试验发展经费投入强度", "R&D经费投入强度"},
    "pm25": {"PM2.5平均浓度", "细颗粒物平均浓度"},
    "good_air_days": {"空气质量优良天数", "优良天数"},
}
# Rows whose quote holds no wording of their indicator, and why (data as shipped).
NO_WORDING_IN_QUOTE = {
    "2022-25425-plan-projects": "积极谋划400个项目 names no project list",
    "2022-25425-plan-investment-goal": "2022年达到500亿元 follows the 十四五 total's words",
    "2022-research-assistant-enterprises": "the post is named in the clause before the quote",
    "2023-glossary-rcep-members": "15方成员: 成员 alone names nothing",
}
# Indicators whose report names them only with words other indicators' figures share (总投资, 惠及群众).
SHARED_WORDS = ("bonded_zone_projects_investment", "rural_industry_projects_investment", "needy_relief_beneficiaries")
# Words that qualify a number or report an action, which a wording leaves out.
HEDGES = ("约", "近", "力争", "确保", "争取", "实现", "达到", "累计")
BOUNDS = ("以上", "左右", "以内", "以下")


def table(data_dir: Path, file: str):
    return package.read_text_table(data_dir / file)


def edit(data_dir: Path, file: str, key: str, value: str, column: str, new: str) -> int:
    """Set one cell of the row whose `key` column is `value`; return the row's CSV line."""
    frame = table(data_dir, file)
    row = int(frame.index[frame[key] == value][0])
    frame.loc[row, column] = new
    frame.to_csv(data_dir / file, index=False, encoding="utf-8", lineterminator="\n")
    return row + 2


def line_of(data_dir: Path, file: str, key: str, value: str) -> int:
    frame = table(data_dir, file)
    return int(frame.index[frame[key] == value][0]) + 2


def messages(data_dir: Path) -> list[str]:
    return [str(p) for p in validate(data_dir)]


def wordings_of(codebook) -> dict[str, list[str]]:
    return {row.indicator: [w for w in row.wordings_zh.split("|") if w] for row in codebook.itertuples()}


# --- the shipped codebook -------------------------------------------------------------------------


def test_every_indicator_of_the_report_and_the_genre():
    codebook = table(package.DATA_DIR, CODEBOOK)
    used = set(table(package.DATA_DIR, FACTS)["indicator"]) | set(table(package.DATA_DIR, CLAIMS)["indicator"])
    assert len(used) == FROM_THE_REPORT and used <= set(codebook["indicator"])
    assert len(codebook) == FROM_THE_REPORT + GENRE_STANDARD


def test_genre_wordings():
    found = wordings_of(table(package.DATA_DIR, CODEBOOK))
    for indicator, expected in WORDINGS.items():
        assert expected <= set(found[indicator]), indicator


def test_each_quote_holds_a_wording_of_its_indicator():
    """The wordings are the report's own words: each row's quote holds one, except the few listed."""
    found = wordings_of(table(package.DATA_DIR, CODEBOOK))
    missing = set()
    for file, key in ((FACTS, "fact_id"), (CLAIMS, "claim_id")):
        for _, row in table(package.DATA_DIR, file).iterrows():
            if not any(w in squash(row["quote"]) for w in found[row["indicator"]]):
                missing.add(row[key])
    assert missing == set(NO_WORDING_IN_QUOTE)


def test_wordings_leave_out_hedges_and_bounds():
    for indicator, texts in wordings_of(table(package.DATA_DIR, CODEBOOK)).items():
        for text in texts:
            assert not text.startswith(HEDGES) and not text.endswith(BOUNDS), (indicator, text)


def test_two_unemployment_rates_are_kept_apart():
    codebook = table(package.DATA_DIR, CODEBOOK).set_index("indicator")
    surveyed, registered = (codebook.loc[f"urban_{kind}_unemployment_rate"] for kind in ("surveyed", "registered"))
    assert "urban_registered_unemployment_rate" in surveyed["note"]
    assert "urban_surveyed_unemployment_rate" in registered["note"]


def test_shared_words_keep_the_words_around_them():
    """总投资 and 惠及群众 name figures of several indicators: no wording is the bare words."""
    found = wordings_of(table(package.DATA_DIR, CODEBOOK))
    every = {text for texts in found.values() for text in texts}
    assert not every & {"总投资", "惠及群众"}
    for indicator in SHARED_WORDS:
        assert all(any(words in text for words in ("总投资", "惠及群众")) for text in found[indicator]), indicator


# --- each rule on a broken copy ---------------------------------------------------------------------


def test_unknown_indicator_of_a_fact(data_copy):
    line = edit(data_copy, FACTS, "fact_id", "2022-high-growth-enterprises", "indicator", "high_growth_firms")
    expected = f"data/{FACTS}:{line} [indicator]: 'high_growth_firms' is not an indicator of indicators"
    assert expected in messages(data_copy)


def test_unknown_indicator_of_a_claim(data_copy):
    line = edit(data_copy, CLAIMS, "claim_id", "2023-qflp-funds", "indicator", "qflp_fund_count")
    assert f"data/{CLAIMS}:{line} [indicator]: 'qflp_fund_count' is not an indicator of indicators" in messages(
        data_copy
    )


def test_indicator_removed_from_the_codebook(data_copy):
    frame = table(data_copy, CODEBOOK)
    frame[frame["indicator"] != "qflp_funds"].to_csv(data_copy / CODEBOOK, index=False, lineterminator="\n")
    line = line_of(data_copy, CLAIMS, "claim_id", "2023-qflp-funds")
    assert f"data/{CLAIMS}:{line} [indicator]: 'qflp_funds' is not an indicator of indicators" in messages(data_copy)


def test_wording_of_two_indicators(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "fiscal_total_revenue", "wordings_zh", "财政总收入|地区生产总值")
    gdp = line_of(data_copy, CODEBOOK, "indicator", "gdp")
    expected = (
        f"data/{CODEBOOK}:{line} [wordings_zh]: '地区生产总值' is also a wording of 'gdp' (line {gdp}): a wording "
        "that means two things is ambiguous; keep it in one row, or neither"
    )
    assert expected in messages(data_copy)


def test_wording_listed_twice_in_one_row(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "tax_revenue", "wordings_zh", "税收收入|税收收入")
    assert f"data/{CODEBOOK}:{line} [wordings_zh]: '税收收入' is listed twice" in messages(data_copy)


@pytest.mark.parametrize("wordings", ["地区生产总值||GDP", "地区生产总值| GDP", "地区生产总值|"])
def test_empty_or_padded_wording(data_copy, wordings):
    line = edit(data_copy, CODEBOOK, "indicator", "gdp", "wordings_zh", wordings)
    found = [m for m in messages(data_copy) if m.startswith(f"data/{CODEBOOK}:{line} [wordings_zh]: ")]
    assert found and all("is not a wording: no empty or padded part between |" in m for m in found)


def test_empty_wordings(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "tax_revenue", "wordings_zh", "")
    assert f"data/{CODEBOOK}:{line} [wordings_zh]: is empty, but a value is required" in messages(data_copy)


def test_fact_in_another_unit_than_its_indicator(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "high_growth_enterprises", "unit_base", "个")
    fact = line_of(data_copy, FACTS, "fact_id", "2022-high-growth-enterprises")
    found = messages(data_copy)
    assert (
        f"data/{FACTS}:{fact} [unit_base]: '家' is not the unit_base of indicator 'high_growth_enterprises' ('个' in "
        "indicators.csv): state the figure in that unit, or say in pair_note how it differs"
    ) in found
    assert not any(m.startswith(f"data/{CODEBOOK}:{line} ") for m in found)  # 个 is a count, as 家 is


def test_growth_rate_and_pair_note_are_exempt(data_copy):
    """The 2023 GDP target is a growth rate in %, and the 2022 lift retrofits in 户 carry a pair_note."""
    found = [m for m in messages(data_copy) if "is not the unit_base of indicator" in m]
    assert found == []
    line = edit(data_copy, FACTS, "fact_id", "2022-elevator-retrofits", "pair_note", "")
    edit(data_copy, FACTS, "fact_id", "2022-elevator-retrofits", "pair_note_zh", "")
    assert (
        f"data/{FACTS}:{line} [unit_base]: '户' is not the unit_base of indicator 'elevator_retrofits' ('部' in "
        "indicators.csv): state the figure in that unit, or say in pair_note how it differs" in messages(data_copy)
    )


def test_dimension_that_is_not_the_units(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "gdp", "dimension", "count")
    assert f"data/{CODEBOOK}:{line} [dimension]: must be 'money_cny' for unit_base '元' (units.csv)" in messages(
        data_copy
    )


def test_unit_base_not_in_units(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "gdp", "unit_base", "万元")
    assert f"data/{CODEBOOK}:{line} [unit_base]: '万元' is not a unit_base of units.csv" in messages(data_copy)


def test_unit_base_without_dimension(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "pm25", "unit_base", "天")
    expected = f"data/{CODEBOOK}:{line} [unit_base]: dimension and unit_base are given together, or neither"
    assert expected in messages(data_copy)


def test_ratio_indicator_not_in_percent(data_copy):
    edit(data_copy, CODEBOOK, "indicator", "forest_coverage", "dimension", "area")
    line = edit(data_copy, CODEBOOK, "indicator", "forest_coverage", "unit_base", "亩")
    assert f"data/{CODEBOOK}:{line} [unit_base]: a ratio indicator is in %, not '亩'" in messages(data_copy)


def test_unit_without_measure(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "tax_revenue", "measure", "")
    expected = f"data/{CODEBOOK}:{line} [measure]: is empty, but the indicator has a unit: give its measure"
    assert expected in messages(data_copy)


def test_measure_outside_vocabulary(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "tax_revenue", "measure", "stock")
    assert f"data/{CODEBOOK}:{line} [measure]: 'stock' must be one of: level, growth_rate, ratio, capacity" in (
        messages(data_copy)
    )


def test_note_without_its_translation(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "urban_surveyed_unemployment_rate", "note_zh", "")
    assert f"data/{CODEBOOK}:{line} [note_zh]: is empty, but note has text: translate it" in messages(data_copy)


def test_english_name_in_chinese(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "tax_revenue", "name_en", "税收收入")
    assert f"data/{CODEBOOK}:{line} [name_en]: is a copy of name_zh, not a translation" in messages(data_copy)


def test_duplicate_indicator(data_copy):
    line = edit(data_copy, CODEBOOK, "indicator", "tax_revenue", "indicator", "gdp")
    assert f"data/{CODEBOOK}:{line} [indicator]: 'gdp' appears more than once; it must be unique" in messages(data_copy)
