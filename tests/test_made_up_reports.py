"""The MADE UP district reports (tests/made_up_reports.py) build into valid packages that hold the rows they
were designed to hold: each test names the designed pair or share whose row broke, so a change of the
drafter or the build that moves a figure says which one."""

from __future__ import annotations

import pandas as pd
import pytest
from made_up_reports import EAST_2023, EAST_2024, PAIRS, REPORTS, SHARES, STATEMENT, WEST_2024, Figure

from gwr.data.loading import all_tables
from gwr.data.validation import check, read_tables
from gwr.paths import DATA_DIR, SHIPPED_REPORT_ID

IDS = [EAST_2023, EAST_2024, WEST_2024]
# The register rows a careful curator fills: (report id, place, code, parent code, reviews, targets).
REGISTER = [
    (EAST_2023, "东区", "990101", "990100", 2022, 2023),
    (EAST_2024, "东区", "990101", "990100", 2023, 2024),
    (WEST_2024, "西区", "990102", "990100", 2023, 2024),
]
JIANXI_STATEMENT = "2022-provincial-municipal-key-projects-target-completion"


@pytest.fixture(scope="module")
def facts(made_up_reports) -> pd.DataFrame:
    tables, problems = all_tables(DATA_DIR, made_up_reports)
    assert problems == []
    return tables["facts"][tables["facts"]["report_id"].isin(IDS)]


def rows(facts: pd.DataFrame, report_id: str, indicator: str, year: int, kind: str) -> pd.DataFrame:
    found = facts[
        (facts["report_id"] == report_id)
        & (facts["indicator"] == indicator)
        & (facts["year"] == year)
        & (facts["kind"] == kind)
    ]
    return found[found["restates"].isna()]


def the_row(facts: pd.DataFrame, figure: Figure) -> pd.Series:
    found = rows(facts, figure.report_id, figure.indicator, figure.year, figure.kind)
    found = found[found["measure"] == figure.measure]
    assert len(found) == 1, f"{figure}: {len(found)} rows"
    return found.iloc[0]


def test_the_builder_returns_the_ids_and_each_text_says_it_is_made_up(made_up_reports):
    assert sorted(p.name for p in made_up_reports.iterdir() if not p.name.startswith(".")) == sorted(IDS)
    for _, _, text in REPORTS:
        assert text.startswith("（虚构示例：以下文字为测试而编写，不是任何真实报告。MADE UP for tests.）\n")


@pytest.mark.parametrize("report_id", IDS)
def test_each_package_is_valid(made_up_reports, report_id):
    tables, problems = check(made_up_reports / report_id / "1.0.0")
    assert problems == []
    assert tables["reports"]["report_id"].tolist() == [report_id]


def test_the_app_loads_them_beside_the_shipped_report(made_up_reports):
    tables, problems = all_tables(DATA_DIR, made_up_reports)
    assert problems == []  # among them: no fact id used by two reports (the 2023 targets and results)
    register = tables["reports"].set_index("report_id")
    assert set(register.index) == {SHIPPED_REPORT_ID, *IDS}
    shown = register.loc[IDS, ["place_zh", "admin_code", "parent_code", "reviews_year", "targets_year"]]
    assert [(rid, *row) for rid, row in zip(IDS, shown.values.tolist(), strict=True)] == REGISTER


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.name for pair in PAIRS])
def test_each_designed_pair_has_its_rows(facts, pair):
    for figure in (pair.target, pair.result):
        if figure is None:
            continue
        row = the_row(facts, figure)
        assert (row["bound"], row["value"], row["unit"]) == (figure.bound, figure.value, figure.unit), pair.name
        high = None if pd.isna(row["value_high"]) else row["value_high"]
        assert high == figure.value_high, pair.name
        assert figure.value_high is None or row["bound"] == "range"
    if pair.target is None:
        indicator = pair.result.indicator
        assert rows(facts, EAST_2023, indicator, 2023, "target").empty, f"{pair.name}: a 2023 target of {indicator}"
    if pair.result is None:
        indicator = pair.target.indicator
        assert rows(facts, EAST_2024, indicator, 2023, "actual").empty, f"{pair.name}: a 2023 result of {indicator}"
    if pair.target and pair.result and pair.target.measure != pair.result.measure:
        other = rows(facts, EAST_2024, pair.result.indicator, 2023, "actual")
        assert (other["measure"] != pair.target.measure).all(), f"{pair.name}: a result of the target's measure"


def test_the_statement_about_a_target_is_recorded_as_jianxis(facts):
    shipped = read_tables(DATA_DIR)[0]["facts"].set_index("fact_id").loc[JIANXI_STATEMENT]
    row = the_row(facts, STATEMENT)
    columns = ["indicator", "kind", "measure", "bound", "unit"]
    assert row[columns].tolist() == shipped[columns].tolist()
    assert row["value"] == STATEMENT.value
    assert "目标" in row["metric_zh"] and "目标" in shipped["metric_zh"]
    assert row["quote"] == "完成全年目标的106%"


def test_the_2024_targets_are_not_yet_reported(facts):
    targets = facts[(facts["report_id"] == EAST_2024) & (facts["kind"] == "target")]
    assert set(targets["year"]) == {2024}
    assert len(targets) == 7


@pytest.mark.parametrize(("indicator", "east", "west"), SHARES, ids=[share[0] for share in SHARES])
def test_the_districts_shares_of_the_city(facts, indicator, east, west):
    shares = {}
    for report_id in (EAST_2024, WEST_2024):
        found = rows(facts, report_id, indicator, 2023, "actual").dropna(subset=["city_share_pct"])
        assert found["measure"].tolist() == ["level"], f"{report_id}: {indicator}"
        shares[report_id] = found["city_share_pct"].iloc[0]
    assert (shares[EAST_2024], shares[WEST_2024]) == (east, west)


def test_one_indicators_shares_add_up_to_more_than_the_city_and_one_to_less():
    totals = {indicator: round(east + west, 1) for indicator, east, west in SHARES}
    assert totals == {"gdp": 102.5, "public_budget_revenue": 89.0}
