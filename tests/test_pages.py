"""Every page under AppTest: runs alone without exception, shows its key elements, reacts to a filter
and to the language; the frame switches language; the numbers shown are the CSV's."""

import base64
import json
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from jianxi import charts, formatting
from jianxi.paths import DATA_DIR, ROOT

PAGES = ["overview", "share_of_city", "years", "sectors", "data", "report"]
TITLES = {
    "overview": ("涧西区2023年政府工作报告 · 数据", "Jianxi District 2023 Government Work Report · Data"),
    "share_of_city": ("占全市比重", "Jianxi's share of Luoyang"),
    "years": ("2022年实绩 → 2023年目标", "2022 results → 2023 targets"),
    "sectors": ("领域与产业集群", "Sectors and industry clusters"),
    "data": ("数据", "Data"),
    "report": ("报告原文", "The report"),
}
HEADLINE_INDICATORS = 8


def run_page(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def _decoded(node):
    """Plotly's JSON packs numeric arrays as base64 typed arrays; unpack them to lists."""
    if isinstance(node, dict) and set(node) >= {"dtype", "bdata"}:
        return np.frombuffer(base64.b64decode(node["bdata"]), dtype=node["dtype"]).tolist()
    if isinstance(node, dict):
        return {key: _decoded(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_decoded(value) for value in node]
    return node


def figures(at: AppTest) -> list[go.Figure]:
    return [go.Figure(_decoded(json.loads(chart.proto.spec))) for chart in at.get("plotly_chart")]


def facts_csv() -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / "jianxi_2022_2023.csv", encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(("lang", "index"), [("中文", 0), ("English", 1)])
def test_page_runs_alone_in_each_language(page, lang, index):
    at = run_page(page, lang=lang)
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert not at.error
    assert at.title[0].value == TITLES[page][index]


def test_overview_metrics_are_the_csv_figures():
    at = run_page("overview")
    facts = facts_csv()
    metrics = {m.label: m.value for m in at.metric}
    assert len(metrics) == HEADLINE_INDICATORS
    gdp = facts[facts["fact_id"] == "2022-gdp"].iloc[0]
    assert metrics[gdp["metric_zh"]] == "713亿元"
    for label, shown in metrics.items():
        row = facts[(facts["metric_zh"] == label) & (facts["year"] == 2022) & (facts["kind"] == "actual")].iloc[0]
        assert shown == formatting.zh(row["value"], row["unit"], row["qualifier_zh"])
    assert len(figures(at)) == 1


def test_share_page_bars_are_the_csv_shares():
    at = run_page("share_of_city")
    facts = facts_csv()
    expected = sorted(facts[facts["city_share_pct"].notna() & facts["restates"].isna()]["city_share_pct"])
    (fig,) = figures(at)
    assert sorted(fig.data[0].x) == expected
    tables = at.dataframe
    implied = tables[0].value
    imports = implied[implied["district"] == "92.8 亿元"].iloc[0]
    assert (
        imports["implied"] == f"{92.8 / 44.3 * 100:.1f} 亿元" and imports["ratio"] == f"{92.8 / 44.3 * 100 / 209.2:.3f}"
    )
    assert (implied["published"] == "未找到公开数据").sum() == len(implied) - 2


def test_share_page_sector_filter_narrows_the_chart():
    at = run_page("share_of_city")
    every = len(figures(at)[0].data[0].x)
    at.multiselect(key="sectors").set_value(["trade"]).run()
    assert 0 < len(figures(at)[0].data[0].x) < every


def test_years_page_filter_and_pair_notes():
    at = run_page("years")
    dumbbell = figures(at)[0]
    all_pairs = len(dumbbell.data[-1].x)
    assert len(figures(at)) == 3
    table = at.dataframe[0].value
    assert table["metric"].str.endswith("†").sum() == (table["pair_note"] != "").sum() > 0
    at.selectbox(key="sector").set_value("urban").run()
    assert 0 < len(figures(at)[0].data[-1].x) < all_pairs


def test_sectors_page_changes_with_the_sector():
    at = run_page("sectors")
    first = [f.layout.title.text for f in figures(at)]
    at.selectbox(key="sector").set_value("rural").run()
    second = [f.layout.title.text for f in figures(at)]
    assert first and second and first != second
    assert all("乡村振兴" in title for title in second)


def test_sectors_page_lists_cluster_members():
    at = run_page("sectors")
    at.selectbox(key="cluster").set_value("cluster_hydrogen_storage").run()
    members = at.dataframe[-1].value
    assert "5万台" in members["figure"].tolist()


def test_data_page_filters_and_downloads():
    at = run_page("data")
    total = len(at.dataframe[0].value)
    assert total == len(facts_csv())
    at.multiselect(key="sectors").set_value(["enterprises"]).run()
    filtered = at.dataframe[0].value
    assert 0 < len(filtered) < total and set(filtered["sector"]) == {"enterprises"}
    at.text_input(key="q").set_value("小巨人").run()
    found = at.dataframe[0].value
    assert "little_giants" in set(found["indicator"])
    assert (found["metric_zh"] + found["quote"]).str.contains("小巨人").all()
    assert len(at.get("download_button")) == 3


def test_report_page_marks_figures_and_finds_text():
    at = run_page("report", fact="2022-gdp")
    html = "".join(element.proto.body for element in at.get("html"))
    assert html.count("<mark") > 10 and "#FFB74D" in html  # the selected figure stands out
    at.text_input(key="q").set_value("713").run()
    assert any("**1**" in m.value for m in at.markdown)


def test_report_page_unknown_fact_is_a_clear_warning():
    at = run_page("report", fact="no-such-fact")
    assert not at.exception
    assert "no-such-fact" in at.warning[0].value


def test_frame_language_switch_follows_the_url():
    """The switch is bound to ?lang= (the browser writes the URL when it is clicked; AppTest cannot)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    switch = at.sidebar.get("button_group")[0]
    assert switch.value == "zh" and at.title[0].value == TITLES["overview"][0]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "English"
    at.run()
    assert at.sidebar.get("button_group")[0].value == "en"
    assert at.title[0].value == TITLES["overview"][1]


def test_invalid_data_shows_file_and_rule_not_traceback(served_copy):
    facts = served_copy / "jianxi_2022_2023.csv"
    facts.write_text(facts.read_text(encoding="utf-8").replace(",actual,", ",guess,", 1), encoding="utf-8")
    at = run_page("overview")
    assert not at.exception
    assert at.error and "数据文件有误" in at.error[0].value
    assert "data/jianxi_2022_2023.csv:2 [kind]" in at.code[0].value


def test_missing_data_file_is_named(served_copy):
    (served_copy / "clusters.csv").unlink()
    at = run_page("sectors")
    assert not at.exception
    assert "data/clusters.csv: file not found" in at.code[0].value


def test_metric_values_are_not_nan():
    at = run_page("overview", lang="English")
    assert all(m.value and not (isinstance(m.value, float) and math.isnan(m.value)) for m in at.metric)


def test_briefing_view_hides_chrome_and_citations():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["briefing"] = "1"
    at.run()
    assert not at.exception
    assert any('[data-testid="stSidebar"]' in element.proto.body for element in at.get("html"))
    assert not at.get("popover")
    normal = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert normal.get("popover")


def test_cite_this_chart_gives_both_styles():
    at = run_page("overview")
    codes = [c.value for c in at.code]
    title = charts.title_of(figures(at)[0])
    assert any(code.startswith(f"{title}//Jianxi report explorer") and "[DS]" in code for code in codes)
    assert any(code.startswith(f"{title}. In Jianxi report explorer. (2026)") for code in codes)


def test_text_from_the_url_is_shown_literally():
    at = run_page("report", fact="[click](http://evil.example)")
    warning = at.warning[0].value
    assert "\\[click\\]" in warning and "[click](" not in warning and "http\\://" in warning
