"""A curator's workflow on a draft (python -m gwr.data review|accept|reject|edit|build), and the round
trip: draft the shipped text, accept every candidate that is a curated row, build the package, and the
app loads it beside the shipped report.

The county text is MADE UP (test_draft_figures.COUNTY); the round trip builds a test copy of the shipped
report under another id, in a temporary folder, never in data/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from test_draft_figures import COUNTY
from typer.testing import CliRunner

from bench.draft import score
from gwr.data.cli import app
from gwr.data.draft import drafting, output
from gwr.data.draft.drafting import NOTE_COLUMNS
from gwr.data.loading import all_tables
from gwr.data.report import load_from
from gwr.data.validation import check, read_tables
from gwr.paths import DATA_DIR, REPORT_TEXT, SHIPPED_REPORT_ID

runner = CliRunner()
TEST_ID = "luoyang-jianxi-draft-test-2023"
REGISTER = {
    "issuer_en": "Jianxi District People's Government",
    "place_en": "Jianxi District",
    "admin_code": "410305",
    "parent_zh": "洛阳市",
    "parent_en": "Luoyang",
    "parent_code": "410300",
    "meeting_en": "Third Session of the 16th People's Congress of Jianxi District",
}
REFUSED_KIND = "{file}:{line} [kind]: 'maybe' must be one of: actual, target, context"
REFUSED_COLUMN = "{file}:{line} [quote]: cannot be edited; edit one of value, value_high, unit, qualifier_zh, measure, kind, year, period, indicator, sector, city_share_pct, city_rank, start, end, note, note_zh, pair_note, pair_note_zh"
STILL_PROPOSED = "{file} [status]: {n} candidate(s) still proposed: accept, edit or reject each"


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture
def county(tmp_path) -> Path:
    text = tmp_path / "county.txt"
    text.write_text(COUNTY, encoding="utf-8")
    out = tmp_path / "county"
    assert invoke("draft", text, out).exit_code == 0
    return out


def test_accept_reject_and_edit(county):
    assert invoke("accept", county, "sure").exit_code == 0
    frame = table(county / output.CANDIDATES)
    assert set(frame["status"]) == {"accepted"}  # the made-up county text left the rules unsure of none
    result = invoke("reject", county, "c0002", "--why", "a made-up rejection")
    assert result.exit_code == 0, result.output
    result = invoke("edit", county, "c0001", "qualifier_zh=力争…以上", "indicator=gdp")
    assert result.exit_code == 0, result.output
    frame = table(county / output.CANDIDATES).set_index("candidate_id")
    assert frame.loc["c0002", ["status", "why_unsure"]].tolist() == ["rejected", "a made-up rejection"]
    assert frame.loc["c0001", ["status", "bound", "stretch", "indicator"]].tolist() == [
        "edited",
        "at_least",
        "力争",
        "gdp",
    ]
    # The words 力争 and 以上 are not in the clause: the checks say so at once, in the curator's file.
    assert f"{county}/candidates.csv:2 [qualifier_zh]: '力争' is not in the quote" in result.output


def test_a_refused_edit_changes_nothing(county):
    before = (county / output.CANDIDATES).read_bytes()
    result = invoke("edit", county, "c0003", "kind=maybe")
    assert result.exit_code == 1
    assert REFUSED_KIND.format(file=f"{county}/candidates.csv", line=4) in result.output
    assert result.output.strip().endswith("Nothing was changed.")
    result = invoke("edit", county, "c0003", "quote=全县实现地区生产总值999亿元")
    assert REFUSED_COLUMN.format(file=f"{county}/candidates.csv", line=4) in result.output
    assert invoke("accept", county, "c9999").exit_code == 1
    assert (county / output.CANDIDATES).read_bytes() == before


def test_build_needs_every_candidate_decided_and_the_register(county, tmp_path):
    result = invoke("build", county, "--id", "test-county-2025", "--into", tmp_path / "reports")
    assert result.exit_code == 1
    proposed = (table(county / output.CANDIDATES)["status"] == "proposed").sum()
    assert STILL_PROPOSED.format(file=f"{county}/candidates.csv", n=proposed) in result.output
    assert f"{county}/report.csv:2 [place_en]: is empty: fill it in before the build" in result.output
    assert not (tmp_path / "reports" / "test-county-2025").exists()


def _curate_like_the_shipped_tables(out: Path) -> int:
    """Accept each candidate that is a curated row, with the curated indicator and sector (what a curator
    would set); reject the rest; fill the register. Returns how many were accepted."""
    tables, _ = read_tables(DATA_DIR)
    draft = drafting.draft_text(REPORT_TEXT.read_text(encoding="utf-8"))
    frame = table(out / output.CANDIDATES)
    frame["status"] = "rejected"
    for candidates, curated, found in score(draft, tables["facts"], tables["claims"], load_from(REPORT_TEXT)).values():
        for pair in found:
            if pair.right:
                row = curated.iloc[pair.row]
                at = frame.index[frame["candidate_id"] == candidates.iloc[pair.candidate]["candidate_id"]][0]
                frame.loc[at, ["status", "indicator", "sector"]] = ["accepted", row["indicator"], row["sector"]]
                for column in NOTE_COLUMNS:
                    frame.loc[at, column] = row.get(column) if isinstance(row.get(column), str) else ""
    frame.to_csv(out / output.CANDIDATES, index=False, lineterminator="\n")
    register = table(out / output.REPORT)
    for column, value in REGISTER.items():
        register.loc[0, column] = value
    register.to_csv(out / output.REPORT, index=False, lineterminator="\n")
    return int((frame["status"] == "accepted").sum())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("round-trip")
    out = root / "draft"
    assert invoke("draft", REPORT_TEXT, out).exit_code == 0
    accepted = _curate_like_the_shipped_tables(out)
    result = invoke("build", out, "--id", TEST_ID, "--into", root / "reports")
    assert result.exit_code == 0, result.output
    return root / "reports", accepted


def test_round_trip_builds_a_valid_package(built):
    reports, accepted = built
    package = reports / TEST_ID / "1.0.0"
    tables, problems = check(package)
    assert problems == []
    assert len(tables["facts"]) + len(tables["claims"]) == accepted
    assert set(tables["facts"]["report_id"]) == {TEST_ID}
    assert tables["reports"]["report_id"].tolist() == [TEST_ID]
    assert invoke("coverage", "--data-dir", package).exit_code == 0


def test_an_accepted_version_is_never_written_over(built, tmp_path):
    reports, _ = built
    draft = tmp_path / "again"
    assert invoke("draft", REPORT_TEXT, draft).exit_code == 0
    _curate_like_the_shipped_tables(draft)
    result = invoke("build", draft, "--id", TEST_ID, "--into", reports)
    assert result.exit_code == 1
    assert "exists: an accepted version is never written over; build a new --version" in result.output
    assert invoke("build", draft, "--id", TEST_ID, "--into", reports, "--version", "1.0.1").exit_code == 0
    shutil.rmtree(reports / TEST_ID / "1.0.1")


def test_the_app_loads_the_package_beside_the_shipped_report(built, monkeypatch):
    reports, accepted = built
    tables, problems = all_tables(DATA_DIR, reports)
    assert problems == []
    assert set(tables["reports"]["report_id"]) == {SHIPPED_REPORT_ID, TEST_ID}
    shipped, _ = read_tables(DATA_DIR)
    assert (tables["facts"]["report_id"] == TEST_ID).sum() + (
        tables["claims"]["report_id"] == TEST_ID
    ).sum() == accepted
    assert (tables["facts"]["report_id"] == SHIPPED_REPORT_ID).sum() == len(shipped["facts"])


@pytest.fixture
def served_with(built, serve_reports):
    """The app serving the shipped data with the built package beside it (conftest's serve_reports)."""
    reports, _ = built
    return serve_reports(reports)


@pytest.mark.parametrize("page", ["overview", "share_of_city", "years", "sectors", "data", "report"])
def test_every_page_runs_with_the_package_beside_and_shows_the_shipped_report(served_with, page):
    from streamlit.testing.v1 import AppTest

    from gwr.paths import ROOT

    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60).run()
    assert not at.exception and not at.error
    if page == "data":
        shipped, _ = read_tables(DATA_DIR)
        shown = [m.value for m in [*at.markdown, *at.caption]]
        figures = int(shipped["facts"]["restates"].isna().sum())  # the page counts distinct figures
        assert any(f"**{figures}个数字**" in text for text in shown), (
            "the Data page counts the shipped report's figures"
        )


def test_sql_page_answers_over_every_report(served_with):
    from streamlit.testing.v1 import AppTest

    from gwr.paths import ROOT

    at = AppTest.from_file(str(ROOT / "pages" / "sql.py"), default_timeout=60).run()
    at.text_area(key="sql").set_value(
        "SELECT report_id, count(*) AS n FROM facts GROUP BY report_id ORDER BY report_id"
    )
    at.button[0].click().run()
    assert not at.error
    shown = at.dataframe[0].value
    assert shown["report_id"].tolist() == sorted([TEST_ID, SHIPPED_REPORT_ID])


COUNTY_REGISTER = {
    "issuer_en": "Qingchuan County People's Government (made up)",
    "place_en": "Qingchuan County (made up)",
    "admin_code": "419901",
    "parent_zh": "虚构市",
    "parent_en": "A made-up city",
    "parent_code": "419900",
    "meeting_en": "Fourth Session of the 18th People's Congress of Qingchuan County (made up)",
}


def test_a_made_up_county_report_becomes_a_package_with_its_range(county, tmp_path):
    """Another place and year: accept what the codebook names, reject the rest, build, and the ranges
    (固定资产投资增长8%—10%, 进出口总额达到6至7亿元) are kept with both ends."""
    frame = table(county / output.CANDIDATES)
    named = frame["indicator"] != ""
    assert invoke("accept", county, ",".join(frame.loc[named, "candidate_id"])).exit_code == 0
    assert invoke("reject", county, ",".join(frame.loc[~named, "candidate_id"]), "--why", "no indicator").exit_code == 0
    register = table(county / output.REPORT)
    for column, value in COUNTY_REGISTER.items():
        register.loc[0, column] = value
    register.to_csv(county / output.REPORT, index=False, lineterminator="\n")
    result = invoke("build", county, "--id", "made-up-qingchuan-2025", "--into", tmp_path / "reports")
    assert result.exit_code == 0, result.output
    built, problems = check(tmp_path / "reports" / "made-up-qingchuan-2025" / "1.0.0")
    assert problems == []
    ranged = built["facts"][built["facts"]["bound"] == "range"]
    assert ranged[["indicator", "value", "value_high", "unit"]].values.tolist() == [
        ["fixed_asset_investment", 8.0, 10.0, "%"],
        ["imports_exports", 6.0, 7.0, "亿元"],
    ]
    assert set(built["facts"]["year"]) == {2024, 2025}


def test_an_accepted_package_edited_in_place_is_refused(built, tmp_path):
    reports, _ = built
    copy = tmp_path / "reports"
    shutil.copytree(reports / TEST_ID / "1.0.0", copy / TEST_ID / "1.0.0")
    facts = copy / TEST_ID / "1.0.0" / "jianxi_2022_2023.csv"
    facts.write_text(facts.read_text(encoding="utf-8").replace(",713,", ",714,", 1), encoding="utf-8")
    _, problems = all_tables(DATA_DIR, copy)
    assert [str(p) for p in problems] == [
        f"{facts}: differs from the accepted version (datapackage.json's files): build a new version instead"
    ]


def test_the_shipped_report_id_is_the_registers_first_row():
    tables, _ = read_tables(DATA_DIR)
    assert tables["reports"]["report_id"].iloc[0] == SHIPPED_REPORT_ID
