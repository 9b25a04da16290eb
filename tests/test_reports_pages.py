"""Across reports, under AppTest: the report picker in the URL (?report=), the ledger page (every verdict
class, worded as the rule says, the report's own statements apart), the compare page (units kept apart,
a city's shares summed and flagged over 100 %), and every page following the chosen report.

The further reports are MADE UP (tests/made_up_reports.py): two consecutive reports of one district
and a neighbour's, served beside the shipped Jianxi report."""

from __future__ import annotations

import html

import pytest
from made_up_reports import EAST_2023, EAST_2024, WEST_2024
from streamlit.testing.v1 import AppTest

from gwr import i18n
from gwr.app import tables
from gwr.paths import ROOT
from gwr.rules import ledger
from gwr.store import db
from gwr.store.queries import SQL

LANGS = ["zh", "en"]
PAGES = ["overview", "share_of_city", "years", "ledger", "compare", "sectors", "data", "sql", "report"]


def run(page: str, lang: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


def texts(at: AppTest) -> str:
    """Every text the page shows: Markdown, captions, notices and the tables' cells."""
    parts = [element.value for kind in ("markdown", "caption", "info", "warning") for element in at.get(kind)]
    parts += [frame.value.to_csv() for frame in at.dataframe]
    return "\n".join(map(str, parts))


def verdict(code: ledger.Verdict, lang: str) -> str:
    return i18n.t(ledger.label_key(code), lang)


# ---- the picker --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_the_chosen_report(served_reports, page, lang):
    """?report=<id> on any page: that report's place, never Jianxi's figures (its title names the place
    where the page's title does)."""
    at = run(page, lang, report=EAST_2024)
    shown = texts(at)
    east = "东区" if lang == "zh" else "East District"
    if page in ("overview", "ledger"):
        assert east in at.markdown[0].value
    assert "涧西区2023年政府工作报告 · 数据" not in shown
    assert "713" not in shown or page == "compare"  # Jianxi's GDP (71.3 bn / 713亿元) only where all reports are


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_without_report_opens_the_shipped_report(served_reports, lang):
    """Links made before the picker (no report=) open what they opened then: Jianxi's report."""
    at = run("overview", lang)
    assert ("涧西区" if lang == "zh" else "Jianxi District") in at.markdown[0].value
    assert not at.warning


def test_an_unknown_report_is_named_and_the_shipped_report_shown(served_reports):
    at = run("overview", "en", report="nowhere-1999")
    assert any("nowhere-1999" in w.value for w in at.warning)
    assert "Jianxi District" in at.markdown[0].value


def test_the_shipped_report_alone_looks_as_before():
    """With one report loaded, the pages name Jianxi and no link carries report=."""
    at = run("data", "en")
    links = [link for frame in at.dataframe for link in frame.value.get("link", [])]
    assert links and all("report=" not in link for link in links)


def test_links_to_a_further_reports_sentences_name_it(served_reports):
    at = run("data", "en", report=EAST_2024)
    links = [link for frame in at.dataframe for link in frame.value.get("link", [])]
    assert links and all(f"report={EAST_2024}" in link for link in links)


# ---- the ledger --------------------------------------------------------------------------------------


@pytest.fixture
def east_ledger(served_reports):
    """The ledger rows of the made-up East district, as the page's table builder makes them."""
    con = db.build()
    return {lang: tables.ledger_rows(db.execute(con, SQL.ledger, report_id=EAST_2024), lang) for lang in LANGS}


def test_the_ledger_pairs_each_target_with_the_next_reports_result(east_ledger):
    rows = east_ledger["en"]
    of_2023 = rows[rows["ledger_year"] == 2023].set_index("indicator")
    expected = {
        "gdp": ledger.Verdict.MET,
        "public_budget_revenue": ledger.Verdict.MET,
        "industrial_value_added": ledger.Verdict.NOT_MET,
        "fixed_asset_investment": ledger.Verdict.UNDECIDED,
        "retail_sales": ledger.Verdict.NO_VERDICT,
        "imports_exports": ledger.Verdict.NOT_COMPARABLE,
        "urban_surveyed_unemployment_rate": ledger.Verdict.RESULT_NOT_STATED,
        "new_market_entities": ledger.Verdict.TARGET_NOT_STATED,
        "per_capita_disposable_income": ledger.Verdict.MET,
    }
    assert {ind: of_2023.loc[ind, "verdict"] for ind in expected} == {k: v.value for k, v in expected.items()}
    # Each side from its own report; the growth target met by 0.1 pp carries the neutral note.
    assert set(of_2023["target_report"].dropna()) == {EAST_2023}
    assert set(of_2023["result_report"]) == {EAST_2024}
    assert of_2023.loc["public_budget_revenue", "just_met"]
    assert of_2023.loc["public_budget_revenue", "distance"] == "+0.1 pp"
    assert i18n.t(ledger.NOTE_JUST_MET, "en") in of_2023.loc["public_budget_revenue", "why"]
    assert not of_2023.loc["gdp", "just_met"]
    # The 2024 report's own targets have no later report.
    of_2024 = rows[rows["ledger_year"] == 2024]
    assert len(of_2024) == 7 and set(of_2024["verdict"]) == {ledger.Verdict.NOT_YET_REPORTED.value}


@pytest.mark.parametrize("lang", LANGS)
def test_the_ledger_page_shows_every_verdict_class_in_words(served_reports, lang):
    at = run("ledger", lang, report=EAST_2024)
    shown = texts(at)
    for code in ledger.Verdict:
        if code is ledger.Verdict.TARGET_NOT_STATED:
            continue  # behind its expander, built when opened (below)
        assert verdict(code, lang) in shown, code
    assert i18n.t(ledger.NOTE_JUST_MET, lang) in shown
    assert ("106%" in shown) and i18n.t("ledger_statements_caption", lang) in shown  # the report's own claim
    label = i18n.t("ledger_unpaired", lang).format(year=2023, next=2024, n=1)
    assert label in [expander.label for expander in at.expander]


def test_results_without_a_target_are_listed_when_the_earlier_report_is_loaded(east_ledger):
    rows = east_ledger["zh"]
    loose = rows[rows["unpaired"]]
    assert set(loose["ledger_year"]) == {2023}  # East's 2022 results: the 2022 report is not loaded
    assert (loose["verdict_text"] == verdict(ledger.Verdict.TARGET_NOT_STATED, "zh")).all()


@pytest.mark.parametrize("lang", LANGS)
def test_jianxi_alone_lists_its_targets_as_not_yet_reported(lang):
    at = run("ledger", lang)
    shown = texts(at)
    verdicts = {text for frame in at.dataframe if "verdict_text" in frame.value for text in frame.value["verdict_text"]}
    assert verdicts == {verdict(ledger.Verdict.NOT_YET_REPORTED, lang)}
    assert i18n.t("ledger_no_later", lang).format(year=2023, next=2024) in shown  # and how to add it
    assert "110%" in shown  # its own statement about 2022, as its claim
    assert i18n.t("ledger_no_earlier", lang).format(year=2022, next=2023) in shown


# ---- compare -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_compare_keeps_units_apart_and_flags_shares_over_100(served_reports, lang):
    at = run("compare", lang, indicator="gdp")
    headings = [m.value for m in at.markdown if m.value.startswith("## ")]
    assert len(headings) == 2  # growth rates (%) and levels (元): two tables, never one column
    chart = next(c for c in at.get("plotly_chart"))
    assert "102.5%" in chart.proto.spec and "100%" in chart.proto.spec
    assert html.escape(i18n.t("compare_sum_over", lang).format(sum="102.5%")) in chart.proto.spec


def test_compare_sums_a_city_under_100_without_a_flag(served_reports):
    at = run("compare", "en", indicator="public_budget_revenue")
    spec = next(c for c in at.get("plotly_chart")).proto.spec
    assert "sum 89%" in spec and "over 100%" not in spec


@pytest.mark.parametrize("lang", LANGS)
def test_compare_with_one_report_says_how_to_add_another(lang):
    at = run("compare", lang)
    assert i18n.t("compare_one_report", lang) in texts(at)


def test_a_report_id_is_a_code_in_the_url_not_a_label(served_reports):
    """A report's label in the other language does not open it: ids are codes (url_state)."""
    at = run("overview", "en", report="东区2024年报告")
    assert at.warning and "Jianxi District" in at.markdown[0].value


@pytest.mark.parametrize("report", [EAST_2023, WEST_2024])
def test_other_made_up_reports_open_too(served_reports, report):
    at = run("years", "en", report=report)
    assert not at.error


def test_the_sql_pages_report_parameter_follows_the_picker(served_reports):
    """A canned query's $report_id starts as the report shown; emptied, it means every report."""
    from gwr.store import queries

    at = run("sql", "en", report=EAST_2024, sql=queries.get("city_shares").sql)
    assert at.text_input(key="param_report_id").value == EAST_2024
    at.button[0].click().run()
    (shown,) = at.dataframe
    assert set(shown.value["report_id"]) == {EAST_2024}
    at.text_input(key="param_report_id").set_value("").run()
    at.button[0].click().run()
    (shown,) = at.dataframe
    assert {EAST_2024, "luoyang-jianxi-2023"} <= set(shown.value["report_id"])


@pytest.mark.parametrize("compact", [False, True])
def test_the_ledger_chart_draws_the_rules_verdicts_of_rate_pairs(east_ledger, compact):
    """Rate pairs only (both in %), each in its verdict's colour; not comparable and missing sides are left
    to the table."""
    from gwr import charts, reports
    from gwr.charts.ledger import VERDICT_COLORS

    con = db.build()
    frame = db.execute(con, SQL.ledger, report_id=EAST_2024)
    fig = charts.rate_targets(frame, 2023, ("a", "b"), "en", compact, report=reports.shipped())
    # The results' trace: a dot for each pair (the legend's own entries draw no point).
    drawn = next(t for t in fig.data if t.marker and t.marker.symbol == "circle" and t.x and len(t.x) > 1)
    assert len(drawn.x) == 6  # gdp, budget revenue, industry, investment, retail, income: all in %
    colours = dict(zip([point[0] for point in drawn.customdata], drawn.marker.color, strict=True))
    rows = east_ledger["en"].set_index("result_fact")
    for fact, colour in colours.items():
        assert colour == VERDICT_COLORS[ledger.Verdict(rows.loc[fact, "verdict"])]
    assert "Sources: the Government Work Reports of a; b" in fig.layout.annotations[-1].text
