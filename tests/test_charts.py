"""Chart builders: title, source line inside the figure, one point per row, sector colours, units."""

import html
import re
from html import escape

import pytest

from gwr import charts, i18n, reports
from gwr.charts import phone, style, wrap
from gwr.rules import comparison
from gwr.store import db

SOURCE_ZH = "来源：涧西区人民政府《政府工作报告》"
REPORT = reports.shipped()


@pytest.fixture(scope="module")
def con():
    return db.build()


def annotations(fig):
    return [a.text for a in fig.layout.annotations]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_growth_targets(con, lang):
    frame = db.execute(con, "growth_targets_2023")
    fig = charts.growth_targets(frame, lang, report=REPORT)
    assert fig.layout.title.text
    assert len(charts.bar_values(fig)) == len(frame) == 8
    assert "%" in fig.layout.xaxis.title.text
    assert any(("来源" if lang == "zh" else "Source") in a for a in annotations(fig))
    # One trace of bars per sector, named in the legend, in the sector's colour.
    assert fig.layout.showlegend
    assert {(t.name, t.marker.color) for t in fig.data if t.type == "bar"} == {
        (i18n.sector_name(s, lang), style.sector_color(s)) for s in frame["sector"]
    }


def test_city_shares_labels_carry_value_and_unit(con):
    frame = db.execute(con, "city_shares")
    fig = charts.city_shares(frame, "zh", report=REPORT)
    assert len(charts.bar_values(fig)) == len(frame)
    texts = charts.bar_texts(fig)
    assert "44.3% · 92.8亿元" in texts
    assert "13.2% · 累计14.1亿元" not in texts  # hedges that do not change the number are left out
    assert "38.5% · 超过450家 · 报告称全市第一" in texts  # a rank is the report's claim
    assert any(SOURCE_ZH in a for a in annotations(fig))
    assert fig.layout.xaxis.tickvals[-1] == 100


def test_year_pairs_default_holds_only_like_for_like_pairs(con):
    frame = db.execute(con, "year_pairs")
    fig = charts.year_pairs(frame, "zh", report=REPORT)
    ends = [trace for trace in fig.data if trace.mode == "markers+text"]
    like = frame[frame["pair_note"].isna() & (frame["unit_base_2022"] == frame["unit_base_2023"])]
    assert len(ends[1].x) == len(like) > 0
    assert not any(label.endswith(charts.PAIR_NOTE_MARK) for label in ends[1].y)
    assert "超过500家" in ends[1].text and "超过450家" in ends[0].text  # values in their own units
    assert fig.layout.xaxis.type == "log"


def test_year_pairs_with_unlike_pairs_marks_them_and_the_legend_shows_the_encoding(con):
    frame = db.execute(con, "year_pairs")
    fig = charts.year_pairs(frame, "en", unlike=True, report=REPORT)
    ends = [trace for trace in fig.data if trace.mode == "markers+text"]
    noted = frame["pair_note"].notna().sum()
    assert len(ends[1].x) == len(frame)
    assert sum(label.endswith(charts.PAIR_NOTE_MARK) for label in ends[1].y) == noted > 0
    assert sum(symbol.endswith("-open") for symbol in ends[1].marker.symbol) == noted
    # The legend is drawn from legend-only entries with filled symbols, whatever row comes first.
    legend = [trace for trace in fig.data if trace.showlegend]
    assert [trace.name for trace in legend] == [
        "2022 result", "2023 target", "† not like for like", "lower bound (≥, >)"
    ]  # fmt: skip
    assert [trace.marker.symbol for trace in legend[:2]] == ["circle", "diamond"]
    assert all(trace.x == (None,) for trace in legend)


def test_sector_colours_are_fixed_and_distinct():
    assert len(set(style.SECTOR_COLORS.values())) == len(style.SECTOR_COLORS) == 20
    assert style.sector_color("economy") == style.PALETTE[0]


@pytest.mark.parametrize("sector", ["urban", "finance", "enterprises", "rural"])
def test_sector_charts_group_by_dimension_and_never_draw_a_lone_point(con, sector):
    frame = db.execute(con, "sector_figures", sector=sector)
    charted, standalone = charts.sector_groups(frame)
    figs = [charts.sector_dimension(frame, dimension, sector, "en", report=REPORT) for dimension in charted]
    points = [sum(len(t.x) for t in fig.data if t.customdata is not None) for fig in figs]
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
    fig = charts.sector_dimension(frame, "money_cny", "finance", "en", report=REPORT)
    texts = [text for trace in fig.data for text in trace.text or ()]
    assert "money_cny" in charted and "¥0.058 bn" in texts  # 天使贷 5779万元 beside the 亿元 figures
    assert fig.layout.xaxis.type == "log" and fig.layout.xaxis.title.text == "Value (¥ bn)"


def test_target_completion_keeps_the_reports_claim_apart_from_ours(con):
    """110% is the report's statement; 103% (515亿 ÷ 力争500亿) is our arithmetic and says so, with the
    target's stretch word; the 25425 plan's 400 planned projects are no 2022 target and draw no bar."""
    frame = db.execute(con, "target_vs_result_2022")
    for lang in ("zh", "en"):
        fig = charts.target_completion(frame, lang, report=REPORT)
        by_name = {trace.name: trace for trace in fig.data}
        stated, computed = by_name[i18n.t("check_stated", lang)], by_name[i18n.t("check_computed", lang)]
        assert [round(x) for x in stated.x] == [110] and [round(x) for x in computed.x] == [103]
        assert computed.marker.pattern.shape == "/" and stated.marker.pattern.shape is None
        assert fig.layout.title.subtitle.text == escape(REPORT.text("targets_cannot_tell", lang))
    assert computed.text == ("103%, computed here: ¥51.5 bn ÷ ¥50 bn · stretch goal (力争)",)
    assert stated.text == ("110%, as the report states",)
    assert round(sum(charts.bar_values(fig))) == 213  # no third bar


def test_target_check_divides_only_like_for_like_pairs():
    base = {"source": "quotes", "result_year": 2022, "target_year": 2022, "result_kind": "actual",
            "target_kind": "target", "result_measure": "level", "target_measure": "level", "result_unit_base": "元",
            "target_unit_base": "元", "result_bound": "point", "target_bound": "point", "result_base": 515.0,
            "target_base": 500.0, "stated_pct": None}  # fmt: skip
    assert comparison.target_check(base).check is comparison.Check.COMPUTED
    assert round(comparison.target_check(base).pct) == 103
    for change in ({"target_kind": "context"}, {"target_year": 2025}, {"target_unit_base": "个"},
                   {"target_measure": "growth_rate"}, {"result_bound": "more_than"}):  # fmt: skip
        assert comparison.target_check({**base, **change}).check is comparison.Check.NOT_COMPARABLE, change
    assert comparison.target_check({**base, "target_bound": "approx"}).approx
    stated = comparison.target_check({**base, "source": "report", "stated_pct": 110.0})
    assert (stated.check, stated.pct) == (comparison.Check.STATED, 110.0)


def test_a_shared_figure_draws_as_its_figure_and_a_copy_of_it_changes_alone(con):
    """Streamlit draws a figure from its to_dict(), which a shared figure makes once: it must be the
    built figure's dict, the same on every draw, and a slide made from it must not change it."""
    import json

    import plotly.io as pio

    def drawn(figure):
        return json.loads(pio.to_json(figure, validate=False))

    built = charts.year_pairs(db.execute(con, "year_pairs"), "en", report=REPORT)
    fig = charts.SharedFigure(built)
    assert drawn(fig.drawn) == drawn(built)
    assert fig.to_dict() is fig.to_dict() is fig.drawn.to_dict()
    before = drawn(fig.drawn)
    slide = charts.for_slide(fig.figure, "cite me", height=900)
    slide.data[0].marker.color = "#000000"
    assert slide.layout.height == 900
    assert drawn(fig.drawn) == before


def test_a_figure_kept_as_its_dict_draws_and_reads_as_the_built_one(con):
    """A start keeps a shared figure as JSON (gwr.store.cache); the next start draws it from that dict and
    makes the figure object only when asked: both must be the built figure's."""
    import json

    import plotly.io as pio

    built = charts.SharedFigure(charts.growth_targets(db.execute(con, "growth_targets_2023"), "zh", report=REPORT))
    kept = charts.SharedFigure(json.loads(pio.to_json(built.to_dict(), validate=False)))
    assert kept._figure is None  # drawing needs only the dict
    assert pio.to_json(kept.drawn, validate=False) == pio.to_json(built.drawn, validate=False)
    assert charts.title_of(kept.figure) == charts.title_of(built.figure)
    assert json.loads(pio.to_json(kept.figure)) == json.loads(
        pio.to_json(built.figure)
    )  # keys may come in another order


def test_png_button_saves_at_double_scale():
    config = charts.image_config("jianxi-test")
    assert config["toImageButtonOptions"] == {"format": "png", "scale": 2, "filename": "jianxi-test"}


def test_hover_text_is_escaped():
    assert "&lt;b&gt;" in style.hover_text("<b>bold</b>")


def test_title_for_citations_is_plain_text(con):
    fig = charts.city_shares(db.execute(con, "city_shares"), "en", report=REPORT)
    assert charts.title_of(fig) == "Jianxi District's share of the Luoyang total (2022, as the report states)"
    assert "&#x27;" in fig.layout.title.text  # the drawn title is escaped


HOVER_LOCATORS = {"zh": "一（一）第1段·四是", "en": "Part 1, §(1), para. 1, item 4"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hover_says_where_in_the_report(con, lang):
    fig = charts.city_shares(db.execute(con, "city_shares"), lang, report=REPORT)
    rows = [row for trace in fig.data for row in trace.customdata if row[0] == "2022-imports-exports"]
    assert rows and rows[0][4] == HOVER_LOCATORS[lang]
    assert "%{customdata[4]}" in fig.data[0].hovertemplate


def test_axis_names_the_unit_its_rows_share(con):
    """人 and 名 both count people, so their chart's axis says people; firms, roads and sites together
    are only a number."""
    frame = db.execute(con, "sector_figures", sector="urban")
    people = charts.sector_dimension(frame, "people", "urban", "en", report=REPORT)
    counts = charts.sector_dimension(frame, "count", "urban", "zh", report=REPORT)
    assert people.layout.xaxis.title.text == "Value (people)"
    assert counts.layout.xaxis.title.text == "数值（数量）"


# --- phone layout --------------------------------------------------------------------------------
PHONE_CHARTS = [
    ("growth_targets", "growth_targets_2023", ()),
    ("city_shares", "city_shares", ()),
    ("year_pairs", "year_pairs", ()),
    ("year_pairs", "year_pairs", (True,)),
    ("target_completion", "target_vs_result_2022", ()),
]


def fact_ids(fig) -> list[str]:
    return sorted(row[0] for trace in fig.data if trace.customdata is not None for row in trace.customdata)


def assert_rows_stack(fig) -> None:
    """Each row's label stands above its marks and below the marks of the row above it, with no
    overlap, inside the plot (the y axis counts pixels); no mark carries a text of its own beside it
    unless it is a bar's short value."""
    labels = sorted((a for a in fig.layout.annotations if a.yref == "y"), key=lambda a: a.y)
    marks = sorted({y for trace in fig.data if trace.y is not None for y in trace.y if y is not None})
    assert len(labels) == len(marks) >= 2
    top = fig.layout.yaxis.range[1]
    for index, (label, mark) in enumerate(zip(labels, marks, strict=True)):
        label_top = label.y + (label.text.count("<br>") + 1) * phone.LINE_PX
        above = marks[index + 1] - phone.MARK_PX / 2 if index + 1 < len(marks) else top
        assert mark + phone.MARK_PX / 2 < label.y and label_top <= above + 0.01, label.text
    for trace in fig.data:
        if trace.type == "scatter":
            assert trace.text is None
        elif trace.type == "bar":
            assert all(len(text) <= 12 for text in trace.text)  # "44.3%", "≥12%", "110%"
    assert fig.layout.xaxis.tickangle == 0 and fig.layout.dragmode is False


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("builder", "query", "args"), PHONE_CHARTS)
def test_phone_layout_keeps_every_figure_with_its_label_above_it(con, builder, query, args, lang):
    frame = db.execute(con, query)
    desktop = getattr(charts, builder)(frame, lang, *args, report=REPORT)
    phone = getattr(charts, builder)(frame, lang, *args, compact=True, report=REPORT)
    assert fact_ids(phone) == fact_ids(desktop)
    assert charts.title_of(phone) == charts.title_of(desktop)
    assert_rows_stack(phone)
    assert SOURCE_ZH[:3] in annotations(phone)[-1] or "Source" in annotations(phone)[-1]
    # A legend where the colours or symbols stand for years; bars are labelled with their sector.
    assert phone.layout.showlegend == (builder in ("year_pairs", "target_completion"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_phone_sector_charts_draw_what_the_desktop_draws(con, lang):
    for sector in i18n.SECTORS:
        frame = db.execute(con, "sector_figures", sector=sector)
        for dimension in charts.sector_groups(frame)[0]:
            desktop = charts.sector_dimension(frame, dimension, sector, lang, report=REPORT)
            phone = charts.sector_dimension(frame, dimension, sector, lang, compact=True, report=REPORT)
            assert fact_ids(phone) == fact_ids(desktop)
            assert_rows_stack(phone)
            assert phone.layout.showlegend and all(trace.name for trace in phone.data)


def test_phone_rows_name_both_years_in_their_colours(con):
    fig = charts.year_pairs(db.execute(con, "year_pairs"), "zh", compact=True, report=REPORT)
    block = next(a.text for a in fig.layout.annotations if "全区高新技术企业" in a.text)
    assert f'color:{style.RESULT_COLOR}">2022 超过450家' in block
    assert f'color:{style.TARGET_COLOR}">2023 超过500家' in block


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("建成新时代文明实践中心（所、站）", 11, ["建成新时代文明实践中心", "（所、站）"]),
        ("城市建设：数量（2022年实绩与2023年目标）", 19, ["城市建设：数量（2022年实绩与", "2023年目标）"]),
        ("来源：报告（2023年2月21日） · 数据版本 3.1.0", 17, ["来源：报告（2023年2月21日） ·", "数据版本 3.1.0"]),
    ],
)
def test_chinese_lines_keep_numbers_whole_and_punctuation_with_its_word(text, width, lines):
    assert wrap.break_cjk(text, width) == lines


def test_every_chart_carries_the_plotly_white_it_draws_with_and_no_more(con):
    import plotly.io as pio

    from gwr.charts import briefing

    full = pio.templates["plotly_white"]
    kept_layout = {k: v for k, v in full.layout.to_plotly_json().items() if k not in style.TEMPLATE_LAYOUT_UNUSED}
    for lang in ("zh", "en"):
        phone = [
            getattr(charts, b)(db.execute(con, q), lang, *args, compact=True, report=REPORT)
            for b, q, args in PHONE_CHARTS
        ]
        for fig in [chart.figure for chart in briefing.charts_for(lang, con)] + phone:
            template = fig.layout.template
            # Every trace type drawn keeps plotly_white's defaults for it (the bars' white outline).
            assert {trace.type for trace in fig.data} <= style.TEMPLATE_TRACES, charts.title_of(fig)
            assert {kind: getattr(template.data, kind) for kind in style.TEMPLATE_TRACES} == {
                kind: getattr(full.data, kind) for kind in style.TEMPLATE_TRACES
            }
            assert template.layout.to_plotly_json() == kept_layout
            assert set(template.to_plotly_json()["data"]) == style.TEMPLATE_TRACES


# --- slides and saved images: whole labels, units, quotes, one encoding (issue 23) ----------------
def every_figure(con, lang: str) -> list:
    """Every chart the dashboard draws in a language: the briefing batch, the years chart of each sector
    (with its † pairs) and the phone layouts."""
    from gwr.charts import briefing

    sectors = db.execute(con, "year_pairs")["sector"].unique()
    return (
        [chart.figure for chart in briefing.charts_for(lang, con)]
        + [
            charts.year_pairs(db.execute(con, "year_pairs", sector=s), lang, unlike=True, report=REPORT)
            for s in sectors
        ]
        + [
            getattr(charts, b)(db.execute(con, q), lang, *args, compact=True, report=REPORT)
            for b, q, args in PHONE_CHARTS
        ]
    )


def drawn_texts(fig) -> list[str]:
    """The texts a figure draws: row labels, value labels, legend names, annotations (phone rows, the
    source line), title and subtitle, and the names its hover shows."""
    texts = [fig.layout.title.text or "", fig.layout.title.subtitle.text or ""]
    texts += [a.text for a in fig.layout.annotations]
    for trace in fig.data:
        texts += [trace.name or ""] + [y for y in trace.y or () if isinstance(y, str)]
        texts += [t for t in trace.text or () if t] if not isinstance(trace.text, str) else [trace.text]
        texts += [row[1] for row in trace.customdata if len(row) > 1] if trace.customdata is not None else []
    return texts


LONGEST_LABELS = {  # cut with "…" before: "provincial-level 'specialized…", "signed under the 'Helu…"
    "year_pairs": "Newly cultivated provincial-level 'specialized, refined, distinctive and innovative' SMEs",
    "city_shares": "Innovation and entrepreneurship talents signed under the 'Heluo Elite Talent Plan'",
}


def plain_rows(fig) -> list[str]:
    return [html.unescape(y.replace("<br>", " ")) for trace in fig.data for y in trace.y or () if isinstance(y, str)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_row_labels_wrap_and_are_never_cut(con, lang):
    for fig in every_figure(con, lang):
        rows = [y for trace in fig.data for y in trace.y or () if isinstance(y, str)]
        rows += [a.text for a in fig.layout.annotations if a.yref == "y"]  # a phone's row labels
        assert not [row for row in rows if "…" in row], charts.title_of(fig)
    if lang == "en":
        pairs = charts.year_pairs(db.execute(con, "year_pairs"), lang, unlike=True, report=REPORT)
        shares = charts.city_shares(db.execute(con, "city_shares"), lang, report=REPORT)
        assert any(row.endswith(LONGEST_LABELS["year_pairs"]) for row in plain_rows(pairs))
        assert LONGEST_LABELS["city_shares"] in plain_rows(shares)


def test_a_wrapped_label_keeps_every_word():
    row = {"metric_en": "Newly cultivated provincial-level 'specialized, refined, distinctive and innovative' SMEs"}
    label = wrap.axis_label(row, "en")
    assert label.count("<br>") == 2 and label.replace("<br>", " ").replace("&#x27;", "'") == row["metric_en"]


NUMBER = re.compile(r"(?<![\w.,])\d[\d,.]*")
UNIT_AFTER = re.compile(r"\s?(?:[%¥$]|[^\W\d_]|bn\b|m\b)")  # %, a word or a CJK character: 7 items, 7个, 3.6 bn


def value_labels(fig) -> list[str]:
    """The value labels a figure draws beside its marks, or under a phone row's label (in colour)."""
    labels = [t for trace in fig.data for t in (trace.text if isinstance(trace.text, tuple) else ()) if t]
    spans = [a.text for a in fig.layout.annotations if a.yref == "y"]
    return labels + [part for text in spans for part in re.findall(r'<span style="color:[^"]+">([^<]+)</span>', text)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_value_label_carries_its_unit(con, lang):
    """A number beside a mark always says what it counts: "60% · 7 items", not "60% · 7"; 7个 in Chinese."""
    bare = []
    for fig in every_figure(con, lang):
        for label in value_labels(fig):
            text = html.unescape(label).replace("2022 ", "").replace("2023 ", "")  # a phone line's year
            for number in NUMBER.finditer(text):
                after, before = text[number.end() :], text[: number.start()]
                if not UNIT_AFTER.match(after) and not before.rstrip().endswith(("¥", "$", "÷")):
                    bare.append((charts.title_of(fig), label))
    assert not bare
    shares = charts.bar_texts(charts.city_shares(db.execute(con, "city_shares"), lang, report=REPORT))
    assert ("60% · 7 items" if lang == "en" else "60% · 7个") in shares


def test_english_quotes_are_straight_and_singly_spaced():
    assert wrap.label_text("“Angel loans”  provided", "en") == '"Angel loans" provided'
    assert wrap.label_text("‘two constructions’ projects", "en") == "'two constructions' projects"
    # Quotes around Chinese stay, and Chinese keeps its own marks.
    assert wrap.label_text("level (省级制造业“头雁”)", "en") == "level (省级制造业“头雁”)"
    assert wrap.label_text("“25425”专项行动计划", "zh") == "“25425”专项行动计划"
    assert wrap.escape('"Angel loans"') == "&#34;Angel loans&#34;"  # Plotly decodes no &quot;


LATIN_CURLY = re.compile(r"[“‘][^“”‘’\u2e80-\u9fff]*[”’]")


def test_english_labels_have_no_full_width_quotes_or_double_spaces(con):
    """The fonts draw “ ” as wide as a Chinese character: in English they read "  “Angel loans”   provided"."""
    found = [
        (charts.title_of(fig), text)
        for fig in every_figure(con, "en")
        for text in drawn_texts(fig)
        if LATIN_CURLY.search(html.unescape(text)) or "  " in text or "&quot;" in text
    ]
    assert not found
    fig = charts.sector_dimension(
        db.execute(con, "sector_figures", sector="finance"), "money_cny", "finance", "en", report=REPORT
    )
    assert any("&#34;Angel loans&#34; provided" in y for trace in fig.data for y in trace.y)


def marks_by_fact(fig) -> dict[str, str]:
    """Each drawn figure's marker symbol, by its fact_id."""
    return {
        row[0]: (trace.marker.symbol[i] if isinstance(trace.marker.symbol, tuple) else trace.marker.symbol)
        for trace in fig.data
        if trace.type == "scatter" and trace.customdata is not None
        for i, row in enumerate(trace.customdata)
    }


def key_entries(fig) -> dict:
    """The legend entries of the encoding (a † pair, a lower bound) as drawn: name → line and marker."""
    names = {i18n.t("legend_unlike", "en"), i18n.t("legend_lower_bound", "en")}
    return {t.name: (t.mode, t.line.to_plotly_json(), t.marker.to_plotly_json()) for t in fig.data
            if t.showlegend and t.name in names}  # fmt: skip


def test_unlike_pairs_and_lower_bounds_look_the_same_on_every_chart(con):
    """A figure drawn on 2022 → 2023 and on Sectors has one mark on both: hollow when its pair is not like
    for like, a triangle when it is a lower bound (¥1.88 bn → ≥ ¥5.5 bn was filled on Sectors, so it read
    as a tripling); the dotted line and the legend entries are the same too."""
    years = charts.year_pairs(db.execute(con, "year_pairs"), "en", unlike=True, report=REPORT)
    on_years = marks_by_fact(years)
    shared, legends = 0, []
    for sector in i18n.SECTORS:
        frame = db.execute(con, "sector_figures", sector=sector)
        for dimension in charts.sector_groups(frame)[0]:
            fig = charts.sector_dimension(frame, dimension, sector, "en", report=REPORT)
            for fact, symbol in marks_by_fact(fig).items():
                if fact in on_years:
                    shared += 1
                    assert symbol == on_years[fact], (sector, fact)
            dotted = [t for t in fig.data if t.mode == "lines" and t.customdata is None]
            assert all(t.line.dash == style.UNLIKE_DASH for t in dotted)
            legends.append(key_entries(fig))
    assert shared > 20
    assert {symbol for symbol in on_years.values()} >= {
        "circle-open",
        "diamond-open",
        "triangle-right",
        "triangle-right-open",
    }
    # The trade pair (¥1.88 bn → ≥ ¥5.5 bn, a stretch goal) is hollow and its target a triangle on both.
    trade = charts.sector_dimension(
        db.execute(con, "sector_figures", sector="trade"), "money_cny", "trade", "en", report=REPORT
    )
    bonded = {fact: symbol for fact, symbol in marks_by_fact(trade).items() if "bonded" in fact}
    assert sorted(bonded.values()) == ["circle-open", "triangle-right-open"], bonded
    assert [t.line.dash for t in trade.data if t.mode == "lines" and t.customdata is None] == [style.UNLIKE_DASH]
    # One legend wording and one look for each entry, wherever it is drawn.
    reference = key_entries(years)
    assert set(reference) == {"† not like for like", "lower bound (≥, >)"}
    assert any(set(entries) == set(reference) for entries in legends)
    for entries in legends:
        assert all(entries[name] == reference[name] for name in entries)
    targets = charts.growth_targets(db.execute(con, "growth_targets_2023"), "en", report=REPORT)
    assert key_entries(targets) == {name: look for name, look in reference.items() if "lower" in name}
