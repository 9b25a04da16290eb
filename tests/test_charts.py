"""Chart builders: title, source line inside the figure, one point per row, sector colours, units."""

import pytest

from jianxi import charts, db, i18n

SOURCE_ZH = "来源：涧西区人民政府《政府工作报告》"


@pytest.fixture(scope="module")
def con():
    return db.build()


def annotations(fig):
    return [a.text for a in fig.layout.annotations]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_growth_targets(con, lang):
    frame = db.execute(con, "growth_targets_2023")
    fig = charts.growth_targets(frame, lang)
    assert fig.layout.title.text
    assert len(charts.bar_values(fig)) == len(frame) == 8
    assert "%" in fig.layout.xaxis.title.text
    assert any(("来源" if lang == "zh" else "Source") in a for a in annotations(fig))
    # One trace per sector, named in the legend, in the sector's colour.
    assert fig.layout.showlegend
    assert {(t.name, t.marker.color) for t in fig.data} == {
        (i18n.sector_name(s, lang), charts.sector_color(s)) for s in frame["sector"]
    }


def test_city_shares_labels_carry_value_and_unit(con):
    frame = db.execute(con, "city_shares")
    fig = charts.city_shares(frame, "zh")
    assert len(charts.bar_values(fig)) == len(frame)
    texts = charts.bar_texts(fig)
    assert "44.3% · 92.8亿元" in texts
    assert "13.2% · 累计14.1亿元" not in texts  # hedges that do not change the number are left out
    assert "38.5% · 超过450家 · 报告称全市第一" in texts  # a rank is the report's claim
    assert any(SOURCE_ZH in a for a in annotations(fig))
    assert fig.layout.xaxis.tickvals[-1] == 100


def test_year_pairs_default_holds_only_like_for_like_pairs(con):
    frame = db.execute(con, "year_pairs")
    fig = charts.year_pairs(frame, "zh")
    ends = [trace for trace in fig.data if trace.mode == "markers+text"]
    like = frame[frame["pair_note"].isna() & (frame["unit_base_2022"] == frame["unit_base_2023"])]
    assert len(ends[1].x) == len(like) > 0
    assert not any(label.endswith(charts.PAIR_NOTE_MARK) for label in ends[1].y)
    assert "超过500家" in ends[1].text and "超过450家" in ends[0].text  # values in their own units
    assert fig.layout.xaxis.type == "log"


def test_year_pairs_with_unlike_pairs_marks_them_and_the_legend_shows_the_encoding(con):
    frame = db.execute(con, "year_pairs")
    fig = charts.year_pairs(frame, "en", unlike=True)
    ends = [trace for trace in fig.data if trace.mode == "markers+text"]
    noted = frame["pair_note"].notna().sum()
    assert len(ends[1].x) == len(frame)
    assert sum(label.endswith(charts.PAIR_NOTE_MARK) for label in ends[1].y) == noted > 0
    assert sum(symbol.endswith("-open") for symbol in ends[1].marker.symbol) == noted
    # The legend is drawn from legend-only entries with filled symbols, whatever row comes first.
    legend = [trace for trace in fig.data if trace.showlegend]
    assert [trace.name for trace in legend] == ["2022 result", "2023 target", "† not like for like (dotted, hollow)"]
    assert [trace.marker.symbol for trace in legend[:2]] == ["circle", "diamond"]
    assert all(trace.x == (None,) for trace in legend)


def test_sector_colours_are_fixed_and_distinct():
    assert len(set(charts.SECTOR_COLORS.values())) == len(charts.SECTOR_COLORS) == 20
    assert charts.sector_color("economy") == charts.PALETTE[0]


@pytest.mark.parametrize("sector", ["urban", "finance", "enterprises", "rural"])
def test_sector_charts_group_by_dimension_and_never_draw_a_lone_point(con, sector):
    frame = db.execute(con, "sector_figures", sector=sector)
    charted, standalone = charts.sector_groups(frame)
    figs = [charts.sector_dimension(frame, dimension, sector, "en") for dimension in charted]
    points = [sum(len(t.x) for t in fig.data) for fig in figs]
    # Every figure is drawn once or listed once; every chart has two indicators or more and a legend.
    assert sum(points) + len(standalone) == len(frame)
    for fig, dimension in zip(figs, charted, strict=True):
        assert len(set(fig.data[0].y) | {y for t in fig.data for y in t.y}) >= 2
        assert fig.layout.showlegend and all(t.name for t in fig.data)
        assert dimension in ("money_cny", "count", "people", "percent", "area", "person_times")
    assert standalone["dimension"].map(frame.groupby("dimension")["indicator"].nunique()).le(1).all()


def test_money_of_different_units_shares_one_chart(con):
    frame = db.execute(con, "sector_figures", sector="finance")
    charted, _ = charts.sector_groups(frame)
    fig = charts.sector_dimension(frame, "money_cny", "finance", "en")
    texts = [text for trace in fig.data for text in trace.text]
    assert "money_cny" in charted and "¥0.058 bn" in texts  # 天使贷 5779万元 beside the 亿元 figures
    assert fig.layout.xaxis.type == "log" and fig.layout.xaxis.title.text == "Value (¥ bn)"


def test_target_completion_shows_the_report_pairs(con):
    frame = db.execute(con, "target_vs_result_2022")
    fig = charts.target_completion(frame, "zh")
    assert sorted(round(x) for x in fig.data[0].x) == [101, 103, 110]


def test_png_button_saves_at_double_scale():
    config = charts.image_config("jianxi-test")
    assert config["toImageButtonOptions"] == {"format": "png", "scale": 2, "filename": "jianxi-test"}


def test_hover_text_is_escaped():
    assert "&lt;b&gt;" in charts._wrap("<b>bold</b>")


def test_title_for_citations_is_plain_text(con):
    fig = charts.city_shares(db.execute(con, "city_shares"), "en")
    assert charts.title_of(fig) == "Jianxi's share of the Luoyang total (2022, as the report states)"
    assert "&#x27;" in fig.layout.title.text  # the drawn title is escaped


HOVER_LOCATORS = {"zh": "一（一）第1段·四是", "en": "Part 1, §(1), para. 1, item 4"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hover_says_where_in_the_report(con, lang):
    fig = charts.city_shares(db.execute(con, "city_shares"), lang)
    rows = [row for trace in fig.data for row in trace.customdata if row[0] == "2022-imports-exports"]
    assert rows and rows[0][4] == HOVER_LOCATORS[lang]
    assert "%{customdata[4]}" in fig.data[0].hovertemplate


def test_axis_names_the_unit_its_rows_share(con):
    """人 and 名 both count people, so their chart's axis says people; firms, roads and sites together
    are only a number."""
    frame = db.execute(con, "sector_figures", sector="urban")
    people = charts.sector_dimension(frame, "people", "urban", "en")
    counts = charts.sector_dimension(frame, "count", "urban", "zh")
    assert people.layout.xaxis.title.text == "Value (people)"
    assert counts.layout.xaxis.title.text == "数值（数量）"
