"""How pages show figures, apart from Streamlit: a chart's accessible name and the figures it lists, and a
table as a phone reads it (gwr.app.display)."""

import pandas as pd
import pytest
import streamlit as st

from gwr import charts, i18n, reports
from gwr.app import display, results
from gwr.store import db
from gwr.store.queries import SQL

# Each chart key a page draws, with the builder and query it draws.
CHARTS = {
    "growth_targets": (charts.growth_targets, SQL.growth_targets_2023, ()),
    "year_pairs": (charts.year_pairs, SQL.year_pairs, (True,)),
    "completion": (charts.target_completion, SQL.target_vs_result_2022, ()),
    "city_shares": (charts.city_shares, SQL.city_shares, ()),
}
REPORT = reports.shipped()


@pytest.fixture(scope="module")
def con():
    return db.build()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("key", list(CHARTS))
def test_a_charts_name_is_its_title_then_what_it_shows(con, key, lang):
    builder, query, args = CHARTS[key]
    frame = db.execute(con, query)
    figure = builder(frame, lang, *args, report=REPORT).to_dict()
    name = display.alt_text(figure, key, lang, REPORT)
    title = charts.title_of(builder(frame, lang, *args, report=REPORT))
    assert name.startswith(title + i18n.t("sentence_end", lang))
    indicators = {name for name, _figure in display.chart_rows(figure)}
    assert REPORT.text(display.ALT[key], lang, n=len(indicators)) in name
    assert "<" not in name and "&" not in name  # plain text: no tags, no entities


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_compare_charts_name_is_its_title_then_what_it_shows(con, lang):
    """The Compare page's chart of several reports' stated shares (key "share_sums"): its name counts the
    districts' bars, not the sums (our arithmetic, no figure of a report)."""
    frame = db.execute(con, SQL.compare_shares, indicator="retail_sales")
    figure = charts.share_sums(frame, "retail_sales", lang, report=REPORT).to_dict()
    name = display.alt_text(figure, "share_sums", lang, REPORT)
    title = charts.title_of(charts.share_sums(frame, "retail_sales", lang, report=REPORT))
    assert name.startswith(title + i18n.t("sentence_end", lang))
    assert len(display.chart_rows(figure)) == len(frame) > 0
    assert REPORT.text(display.ALT["share_sums"], lang, n=len(frame)) in name
    assert "<" not in name and "&" not in name


def test_a_sector_charts_name_counts_its_indicators(con):
    frame = db.execute(con, SQL.sector_figures, sector="finance")
    dimension = charts.sector_groups(frame)[0][0]
    figure = charts.sector_dimension(frame, dimension, "finance", "en", report=REPORT).to_dict()
    rows = display.chart_rows(figure)
    name = display.alt_text(figure, f"sector_{dimension}", "en", REPORT)
    assert f"Bars show {len({metric for metric, _ in rows})} indicators of this sector" in name


def test_chart_rows_lists_each_figure_once_with_its_label(con):
    frame = db.execute(con, SQL.growth_targets_2023)
    rows = display.chart_rows(charts.growth_targets(frame, "en", report=REPORT).to_dict())
    assert len(rows) == len(frame)
    assert ("R&D expenditure intensity (R&D spending as share of GDP)", "≥ 5.5%") in rows


def test_a_phone_row_leads_with_the_indicator_and_its_figure():
    table = results.Shown(pd.DataFrame({
        "metric": ["New *jobs*", "Exports"],
        "figure": ["26,000 people", "≥ ¥5.5 bn · stretch goal (力争)"],
        "year": ["2022", None],
        "quote": ["a long clause the phone leaves to the linked sentence", "…"],
        "link": ["/report?fact=a&lang=en", "/report?fact=b&lang=en"],
    }))  # fmt: skip
    config = {
        "metric": "Indicator",
        "figure": "Figure",
        "year": "Year",
        "quote": "Clause",
        "link": st.column_config.LinkColumn("Open in the report", display_text="↗"),
    }
    first, second = display.row_lines(table, config, "en")
    assert first == "**New \\*jobs\\***  \n26,000 people · Year: 2022 · [sentence ↗](/report?fact=a&lang=en)"
    assert second == "**Exports**  \n≥ ¥5.5 bn · stretch goal (力争) · [sentence ↗](/report?fact=b&lang=en)"
    (chinese, _) = display.row_lines(table, config, "zh")
    assert "Year：2022" in chinese and "[原文 ↗]" in chinese


def test_a_phone_row_labels_a_second_column_that_is_not_the_figure():
    """The Years page's targets in words: no 2022 statement, then the 2023 target, labelled."""
    table = results.Shown(pd.DataFrame({
        "metric": ["Coverage of communities by elderly-care service centres"],
        "side_2022": [None],
        "side_2023": ["full coverage (“全覆盖”)"],
        "quote_2023": ["实现社区养老服务中心全覆盖"],
    }))  # fmt: skip
    config = {"metric": "Indicator", "side_2022": "2022 result", "side_2023": "2023 target", "quote_2023": "Clause"}
    (line,) = display.row_lines(table, config, "en")
    assert (
        line == "**Coverage of communities by elderly-care service centres**  \n2023 target: full coverage (“全覆盖”)"
    )
