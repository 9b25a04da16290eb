"""Every page under AppTest: runs alone without exception, shows its key elements, reacts to a filter
and to the language; the frame switches language; the numbers shown are the CSV's."""

import base64
import html
import json
import math
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from page_top import page_title
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest

from gwr import charts, formatting, i18n, reports
from gwr.app import frame, url_state
from gwr.paths import DATA_DIR, ROOT

PAGES = ["overview", "share_of_city", "years", "ledger", "compare", "sectors", "data", "report"]
TITLES = {
    "overview": ("涧西区2023年政府工作报告 · 数据", "Jianxi District 2023 Government Work Report · Data"),
    "share_of_city": ("涧西区占洛阳市的比重", "Jianxi District's share of Luoyang"),
    "years": ("2022年实绩 → 2023年目标", "2022 results → 2023 targets"),
    "ledger": ("目标与结果：涧西区", "Targets and results: Jianxi District"),
    "compare": ("地区与年份对比", "Compare places and years"),
    "sectors": ("领域与产业集群", "Sectors and industry clusters"),
    "data": ("数据", "Data"),
    "report": ("报告原文", "The report"),
}
HEADLINE_INDICATORS = 8


HEADING_HTML = ">一年来，我们迎难而上、聚力发展，经济运行稳中向好。</h2>"
CHART_AUTHOR_ZH = "涧西区报告数据项目贡献者"
PLACEHOLDERS = ("URL not set", "网址未设置", "JIANXI_PUBLIC_URL")
PUBLIC_URL = "https://jianxi.example.org"
DATASET_APA_ZH = "涧西区报告数据项目贡献者. (2026). 涧西区2023年政府工作报告数据 (版本 3.1.0) [数据集]."
DATASET_APA_EN = (
    "Jianxi report explorer contributors. (2026). Jianxi District 2023 Government Work Report as data (Version 3.1.0) "
    "[Data set]."
)


def run_page(page: str, opened: tuple[str, ...] = (), **params) -> AppTest:
    """Run a page with the URL's query `params`; the popovers keyed in `opened` are open."""
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    for key in opened:
        at.session_state[key] = True
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
    assert page_title(at) == TITLES[page][index]


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
    # Each card's notes (shown in the metric's muted line, with no arrow) end with its sentence link.
    notes = {m.label: m.proto.delta for m in at.metric}
    assert notes[gdp["metric_zh"]].splitlines()[0] == formatting.rank(gdp["city_rank"], "zh")
    for m in at.metric:
        row = facts[(facts["metric_zh"] == m.label) & (facts["year"] == 2022) & (facts["kind"] == "actual")].iloc[0]
        assert notes[m.label].splitlines()[-1] == f"[原文 ↗]({url_state.report_url(row['fact_id'], 'zh')})"
        assert (m.proto.color, m.proto.direction, m.proto.show_border) == (MetricProto.GRAY, MetricProto.NONE, True)
    assert len(figures(at)) == 1


def test_share_page_bars_are_the_csv_shares():
    at = run_page("share_of_city")
    facts = facts_csv()
    expected = sorted(facts[facts["city_share_pct"].notna() & facts["restates"].isna()]["city_share_pct"])
    (fig,) = figures(at)
    assert sorted(charts.bar_values(fig)) == expected
    tables = at.dataframe
    implied = tables[0].value.set_index("district")
    # 92.8亿元 (92.75–92.85) at 44.3% (44.25–44.35%) implies 209.13–209.83亿元; 209.2 is inside.
    assert implied.loc["92.8亿元", "implied"] == f"{92.75 / 44.35 * 100:.2f}–{92.85 / 44.25 * 100:.2f}亿元"
    assert implied.loc["92.8亿元", "check"] == "✓ 在推算范围内"
    # Counts are whole: 9 firms at 64% (63.5–64.5%) is 13.95–14.17 firms, so 14; ≥450 at 38.5% is ≥1168.
    assert implied.loc["9家", "implied"] == "14家" and implied.loc["超过450家", "implied"] == "≥1168家"
    assert (implied["published"] == "未找到公开数据").sum() == len(implied) - 2


def test_share_page_sector_filter_narrows_the_chart():
    at = run_page("share_of_city")
    every = len(charts.bar_values(figures(at)[0]))
    at.multiselect(key="sector").set_value(["trade"]).run()
    assert 0 < len(charts.bar_values(figures(at)[0])) < every


SIGNED_PERCENT = re.compile(r"[+−-]\d")


def _pair_rows(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The CSV's 2022 and 2023 sides of every row of the 2022 → 2023 table, by indicator name."""
    facts = facts_csv()
    name = "metric_zh" if lang == "zh" else "metric_en"
    targets = facts[(facts["year"] == 2023) & (facts["kind"] == "target") & facts["restates"].isna()]
    metric = table["metric"].str.removesuffix(charts.PAIR_NOTE_MARK)
    return targets.set_index(name).loc[metric]


@pytest.mark.parametrize("lang", ["中文", "English"])
def test_years_page_shows_a_change_only_where_the_data_supports_one(lang):
    at = run_page("years", lang=lang)
    code = "zh" if lang == "中文" else "en"
    table = at.dataframe[0].value
    dumbbell = figures(at)[0]
    default_ids = {point[0] for trace in dumbbell.data if trace.customdata is not None for point in trace.customdata}
    facts = facts_csv().set_index("fact_id")
    # The default view holds only like-for-like pairs: no pair_note on either side, one base unit.
    assert len(table) > 0 and not table["metric"].str.endswith("†").any()
    for fact_id in default_ids:
        assert pd.isna(facts.loc[fact_id, "pair_note"]), fact_id
    # With the switch on, the pairs that are not like for like are added, marked †, and show no change.
    at.toggle(key="unlike").set_value(True).run()
    table = at.dataframe[0].value
    noted = table["metric"].str.endswith(charts.PAIR_NOTE_MARK)
    assert noted.sum() == table["pair_note"].notna().sum() > 0
    assert (table.loc[noted, "change"] == "—").all()
    # No row with a pair note, or with a side that is not exact, shows a signed percentage.
    sides = _pair_rows(table, code)
    years_pairs = pd.read_csv(DATA_DIR / "jianxi_2022_2023.csv")
    actual = years_pairs[
        (years_pairs["year"] == 2022) & (years_pairs["kind"] == "actual") & years_pairs["restates"].isna()
    ]
    bound_2022 = actual.set_index("indicator").loc[sides["indicator"], "bound"].to_numpy()
    for change, note, q2022, q2023 in zip(table["change"], table["pair_note"], bound_2022, sides["bound"], strict=True):
        exact = q2022 == q2023 == "point"
        both_approx = q2022 == q2023 == "approx"
        if isinstance(note, str) or not (exact or both_approx):
            assert not (change.endswith("%") and SIGNED_PERCENT.match(change.removeprefix("≈ "))), change
        elif exact:
            assert SIGNED_PERCENT.match(change) and change.endswith("%"), change
    assert len(figures(at)[0].data) > len(dumbbell.data)


def test_years_page_lower_bounds_are_shown_as_thresholds():
    at = run_page("years", lang="English")
    table = at.dataframe[0].value.set_index("metric")
    assert table.loc["High-tech enterprises in the district (total)", "change"] == (
        "> 450 firms → > 500 firms; both lower bounds (“more than”, “at least”): change unknown"
    )


def test_years_page_sector_filter_narrows_the_pairs():
    at = run_page("years")
    every = len(at.dataframe[0].value)
    at.selectbox(key="sector").set_value("urban").run()
    assert 0 < len(at.dataframe[0].value) < every


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
    facts = facts_csv()
    total = len(at.dataframe[0].value)
    assert total == facts["restates"].isna().sum()  # restatements are behind a switch
    at.multiselect(key="sector").set_value(["enterprises"]).run()
    filtered = at.dataframe[0].value
    assert 0 < len(filtered) < total and set(filtered["sector"]) == {"市场主体"}
    at.text_input(key="q").set_value("小巨人").run()
    found = at.dataframe[0].value
    assert set(found["fact_id"]) >= {"2022-little-giants"}
    assert (found["metric"] + found["quote"]).str.contains("小巨人").all()
    assert len(at.get("download_button")) == 3


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_data_page_reads_metric_and_figure_first_in_the_visitors_language(lang):
    at = run_page("data", lang=lang)
    table = at.dataframe[0]
    assert list(table.value.columns[:5]) == ["metric", "figure", "wording", "year", "kind"]
    assert list(table.value.columns[-2:]) == ["fact_id", "link"]
    labels = {name: config.get("label") for name, config in json.loads(table.proto.columns).items()}
    assert labels["figure"] == ("数值" if lang == "zh" else "Figure")
    assert table.proto.placeholder == "—"
    rows = table.value.set_index("fact_id")
    high_tech = rows.loc["2022-high-tech-enterprises"]
    if lang == "zh":
        assert (high_tech["figure"], high_tech["kind"], high_tech["sector"]) == ("超过450家", "实绩", "市场主体")
        assert high_tech["wording"] == "不含本数的下限（超过）" and high_tech["rank"] == "报告称全市第一"
    else:
        assert (high_tech["figure"], high_tech["kind"], high_tech["sector"]) == ("> 450 firms", "Result", "Enterprises")
        assert high_tech["wording"] == "more than (超过)"
        assert high_tech["year"] == "2022"
    years = set(rows["year"])
    assert ("2025年（远期目标）" if lang == "zh" else "2025 (longer-term targets)") in years


def test_report_page_marks_figures_and_finds_text():
    at = run_page("report", fact="2022-gdp")
    html = "".join(element.proto.body for element in at.get("html"))
    assert html.count("<mark") > 10
    # the selected figure stands out: once in context at the top, once in its section
    assert html.count('data-selected="1"') == 2 and 'id="selected-clause"' in html
    at.text_input(key="q").set_value("713").run()
    assert any(m.value == "**1处**" for m in at.markdown)


def test_report_page_headings_are_headings():
    at = run_page("report", fact="2022-imports-exports")
    html = "".join(element.proto.body for element in at.get("html"))
    assert HEADING_HTML in html
    assert "一、2022年工作回顾2022年是" not in html


def test_report_search_finds_english_metric_names_and_glossary_terms():
    at = run_page("report", lang="English", q="imports")
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Metric · Total imports and exports") for c in captions), captions
    at = run_page("report", lang="English", q="angel loan")
    assert any(c.startswith("Glossary · 天使贷") for c in (c.value for c in at.caption))


def test_report_page_unknown_fact_is_a_clear_warning():
    at = run_page("report", fact="no-such-fact")
    assert not at.exception
    assert "no-such-fact" in at.warning[0].value


def test_frame_language_switch_follows_the_url():
    """The switch is bound to ?lang= (the browser writes the URL when it is clicked; AppTest cannot)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    switch = at.sidebar.get("button_group")[0]
    assert switch.value == "zh" and page_title(at) == TITLES["overview"][0]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "English"
    at.run()
    assert at.sidebar.get("button_group")[0].value == "en"
    assert page_title(at) == TITLES["overview"][1]


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


def test_footer_gives_the_source_and_data_version_under_a_rule_except_on_a_slide():
    for briefing, ruled in (False, True), (True, False):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        if briefing:
            at.query_params["briefing"] = "1"
        footer = at.run().caption[-1].value
        assert footer.endswith(f"{i18n.t('data_version', 'zh')} {charts.DATA_VERSION}")
        assert reports.shipped().text("source", "zh") in footer and footer.startswith("---\n\n") == ruled
        assert "来源：涧西区人民政府《政府工作报告》（2023年2月21日）" in footer


def test_citations_are_sent_only_while_their_popover_is_open():
    at = run_page("overview")
    assert at.get("popover") and not at.code and not at.get("download_button")


def test_cite_this_chart_gives_both_styles():
    at = run_page("overview", opened=("cite_growth_targets",))
    codes = [c.value for c in at.code]
    title = charts.title_of(figures(at)[0])
    assert (
        f"{CHART_AUTHOR_ZH}. {title}[DB]//{CHART_AUTHOR_ZH}. 涧西区2023年政府工作报告数据. 3.1.0版. {CHART_AUTHOR_ZH}, 2026."
        in codes
    )
    assert f"{CHART_AUTHOR_ZH}. (2026). {title} [图表]. 涧西区2023年政府工作报告数据 (版本 3.1.0)." in codes
    assert len(at.get("download_button")) >= 2  # BibTeX and RIS


def test_clicked_point_from_the_url_is_shown_above_its_chart_with_its_citation():
    at = run_page(
        "share_of_city", opened=("cite_figure_city_shares_2022-imports-exports",), lang="English",
        point="2022-imports-exports",
    )  # fmt: skip
    assert not at.exception
    captions = [c.value for c in at.caption]
    assert "Where in the report: Part 1, §(1), para. 1, item 4 · 一、2022年工作回顾 / 经济运行稳中向好" in captions
    assert any(code.startswith("[1] 涧西区人民政府. 涧西区2023年政府工作报告: ") for code in (c.value for c in at.code))


# Every citation form a page offers: a chart's and the data set's on their own, a figure's where one is
# selected (a chart point from the URL, the report page's figure).
CITING_RUNS = [(page, {}) for page in [*PAGES, "sql"]] + [
    ("share_of_city", {"point": "2022-imports-exports"}),
    ("report", {"fact": "2022-imports-exports"}),
]


@pytest.fixture
def public_url(monkeypatch):
    """Set the public URL for one test; cite.public_url reads it once per process, so its cache is emptied."""
    from gwr.app import cite

    def set_to(value: str | None):
        if value is None:
            monkeypatch.delenv("JIANXI_PUBLIC_URL", raising=False)
        else:
            monkeypatch.setenv("JIANXI_PUBLIC_URL", value)
        cite.public_url.clear()

    yield set_to
    cite.public_url.clear()


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def _rendered(at: AppTest, stores: list) -> str:
    """Everything a visitor could read: every element's proto as UTF-8 text (markdown, captions, code,
    HTML, labels, tables' metadata), the figures' JSON, and the data of the download buttons."""
    from google.protobuf import text_format

    parts = []
    for root in (at.main, at.sidebar):
        for node in _walk(root):
            if node.proto is not None:  # the root blocks have none
                parts.append(text_format.MessageToString(node.proto, as_utf8=True))
    parts += [json.dumps(json.loads(chart.proto.spec), ensure_ascii=False) for chart in at.get("plotly_chart")]
    for button in at.get("download_button"):
        if not button.proto.url:
            continue  # data made on click (the data page's files), not citations
        content = stores[-1].get_file(button.proto.url.rsplit("/", 1)[-1]).content
        parts.append(content.decode("utf-8", errors="replace") if isinstance(content, bytes) else content)
    return "\n".join(parts)


def _with_every_popover_open(page: str, lang: str, **params) -> AppTest:
    closed = run_page(page, lang=lang, **params)
    keys = tuple(popover.proto.id.split("-", 2)[2] for popover in closed.get("popover"))  # $$ID-<hash>-<key>
    return run_page(page, keys, lang=lang, **params)


@pytest.mark.parametrize(("page", "params"), CITING_RUNS)
@pytest.mark.parametrize("lang", ["中文", "English"])
def test_no_page_shows_a_url_placeholder_or_a_setting(page, params, lang, kept_downloads, public_url):
    public_url(None)
    at = _with_every_popover_open(page, lang, **params)
    assert not at.exception
    text = _rendered(at, kept_downloads)
    assert not [mark for mark in PLACEHOLDERS if mark in text]
    offered = len(at.get("popover"))
    assert len(at.code) >= 2 * offered and len(at.get("download_button")) >= 2 * offered  # every popover is open
    assert not offered or ("@dataset{" in text and "TY  - DATA" in text)  # the files were read
    if page == "overview":
        assert (DATASET_APA_ZH if lang == "中文" else DATASET_APA_EN) in [code.value for code in at.code]
    slide = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    slide.query_params.update(lang=lang, briefing="1", **params)
    slide.run()
    assert not [mark for mark in PLACEHOLDERS if mark in _rendered(slide, kept_downloads)]
    for fig in figures(slide):
        assert fig.layout.annotations[-1].text == html.escape(DATASET_APA_ZH if lang == "中文" else DATASET_APA_EN)


def test_the_frame_shows_no_url_placeholder(kept_downloads, public_url):
    public_url(None)
    for lang in ("中文", "English"):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["lang"] = lang
        at.session_state["cite_dataset"] = True
        at.run()
        assert not at.exception and at.code
        assert not [mark for mark in PLACEHOLDERS if mark in _rendered(at, kept_downloads)]


def test_citations_give_the_public_url_where_one_is_set(kept_downloads, public_url):
    public_url(PUBLIC_URL + "/")
    at = run_page("overview", ("cite_dataset", "cite_growth_targets"), lang="English")
    codes = [code.value for code in at.code]
    assert f"{DATASET_APA_EN} {PUBLIC_URL}" in codes
    assert any(
        code.endswith(f"[DB/OL]. Version 3.1.0. Jianxi report explorer contributors, 2026[{_today()}]. {PUBLIC_URL}")
        for code in codes
    )
    downloads = _rendered(at, kept_downloads)
    assert f"url = {{{PUBLIC_URL}}}" in downloads and f"UR  - {PUBLIC_URL}" in downloads


def _today() -> str:
    from datetime import date

    return date.today().isoformat()


def test_text_from_the_url_is_shown_literally():
    """A crafted value is quoted in a code span, where Markdown makes no link, image or autolink."""
    at = run_page("report", fact="[click](http://evil.example) www.evil.example " + "x" * 100)
    warning = at.warning[0].value
    (quoted,) = re.findall(r"`([^`]*)`", warning)
    assert quoted.startswith("[click](http://evil.example) www.evil.example") and quoted.endswith("…")
    assert len(quoted) == frame.ECHO_LIMIT
    assert warning.replace(f"`{quoted}`", "").count("evil") == 0  # nothing outside the span


def test_share_page_lists_the_reports_rank_claims_with_and_without_digits():
    at = run_page("share_of_city", lang="English")
    ranks = at.dataframe[1].value.set_index(["metric", "year"])
    turnover = "Technology contract turnover: rank in Luoyang"
    assert ranks.loc[(turnover, "2022"), "claim"] == "1st in the city (“双双位居全市第一”)"
    assert ranks.loc[(turnover, "2023"), "claim"] == "1st in the city (“稳居全市首位”) · stretch goal (确保)"
    ranks = ranks.reset_index("year")
    assert ranks.loc["Gross regional product", "claim"] == "1st in the city"  # a fact's city_rank
    # Under the section's heading, in the same element: these are the report's claims.
    (section,) = [m.value for m in at.markdown if m.value.startswith(f"## {i18n.t('claimed_ranks', 'en')}")]
    assert "report's own statements" in section


def test_share_page_shows_the_district_gdp_sources_where_they_dispute_the_reports_rank():
    """Published sources put Jianxi's GDP elsewhere than the report's "1st in the city" (rank_disputes has
    rows), so the share page lists them under their heading, with the warning that they disagree."""
    at = run_page("share_of_city", lang="English")
    assert any(m.value == f"## {i18n.t('gdp_sources', 'en')}" for m in at.markdown)
    gdp = at.dataframe[2].value
    assert "1st in the city (our translation of “总量稳居全市第一”)" in set(gdp["claim"])
    assert [w.value for w in at.warning] == [reports.shipped().text("gdp_disagree", "en")]


def test_years_page_shows_targets_stated_in_words_beside_2022():
    at = run_page("years")
    words = at.dataframe[1].value.set_index("metric")
    # The 2023 R&D-intensity target (a digit) has a 2022 counterpart only as a rank without a digit.
    assert tuple(words.loc["研发经费投入强度", ["side_2022", "side_2023"]]) == ("“双双位居全市第一”", "5.5%以上")
    assert words.loc["QFLP外资基金", "side_2023"] == "“两支”"


def test_sectors_page_cluster_members_carry_their_claims():
    at = run_page("sectors", lang="English")
    at.selectbox(key="cluster").set_value("direction_hydrogen_storage").run()
    members = at.dataframe[-1].value
    assert "Industrial park" in set(members["member_type"])
    assert "×2 (“翻番”) · stretch goal (力争)" in set(members["figure"])


def test_data_dictionary_opens_at_the_table_the_url_names_and_at_the_figures_table_otherwise():
    from gwr.data import package

    closed = run_page("data", lang="English")
    assert not closed.selectbox and len(closed.dataframe) == 1  # the dictionary is built only while open
    facts = run_page("data", ("expander_dictionary",), lang="English")
    assert package.resource_text(package.resource("facts"), "description", "en") in [m.value for m in facts.markdown]
    assert list(facts.dataframe[-1].value["name"])[:2] == ["report_id", "fact_id"]
    clusters = run_page("data", lang="zh", table="clusters")
    assert package.resource_text(package.resource("clusters"), "description", "zh") in [
        m.value for m in clusters.markdown
    ]
    assert list(clusters.dataframe[-1].value["列名"]) == [
        f["name"] for f in package.resource("clusters")["schema"]["fields"]
    ]
    unknown = run_page("data", lang="English", table="nope")
    assert not unknown.exception and "nope" in unknown.warning[0].value
    assert list(unknown.dataframe[-1].value["name"])[:1] == ["report_id"]


def test_no_page_relies_on_magic():
    """.streamlit/config.toml turns Streamlit's magic off: no script may hold a bare expression that
    magic would have drawn (a name, a literal, an f-string…; calls are not drawn by magic)."""
    import ast
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False
    drawn = []
    for path in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef)))]
        docstrings = {id(scope.body[0]) for scope in scopes if ast.get_docstring(scope) is not None}
        drawn += [
            (path.name, node.lineno)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr)
            and not isinstance(node.value, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom))
            and id(node) not in docstrings
        ]
    assert not drawn, drawn


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_data_page_shows_every_stretch_word_and_keeps_more_than_apart_from_at_least(lang):
    """Every figure whose report wording holds 力争, 争取, 确保 or 努力 shows that word in the Data table
    (its figure and its wording column), in both languages; no 超过 figure is shown with ≥, and the
    wording filter finds exactly the stretch goals."""
    at = run_page("data", lang=lang, restated="1")
    table = at.dataframe[0].value.set_index("fact_id")
    facts = facts_csv().set_index("fact_id")
    stretched = facts[facts["qualifier_zh"].fillna("").str.contains("力争|争取|确保|努力")]
    assert len(stretched) >= 9
    for fact_id, row in stretched.iterrows():
        word = row["stretch"]
        assert isinstance(word, str) and word in row["qualifier_zh"], fact_id
        assert word in table.loc[fact_id, "figure"] and word in table.loc[fact_id, "wording"], fact_id
        if lang == "en":
            assert f"stretch goal ({word})" in table.loc[fact_id, "figure"], fact_id
    more_than = facts[facts["qualifier_zh"].fillna("").str.contains("超过")].index
    assert len(more_than) >= 5
    for fact_id in more_than:
        assert "≥" not in table.loc[fact_id, "figure"], fact_id
        if lang == "en":
            assert table.loc[fact_id, "figure"].startswith("> "), fact_id
    at.multiselect(key="wording").set_value(["stretch"]).run()
    assert set(at.dataframe[0].value["fact_id"]) == set(stretched.index)
    assert at.query_params["wording"] in ("stretch", ["stretch"])
