"""Chart builders: pure functions from a query result to a titled, sourced Plotly figure.

Every figure carries its title, axis units and the source line inside the image, uses one colour
per sector (the same on every page) and shows value, unit, qualifier and the report's clause on
hover, so that a screenshot or an exported PNG stands on its own.
"""

from __future__ import annotations

import math
import re
import textwrap
from html import escape

import pandas as pd
import plotly.graph_objects as go

from jianxi import comparison, formatting, i18n, package, report

FONT_FAMILY = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
# Tableau 20, one colour per sector in the order of the sector vocabulary.
PALETTE = (
    "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F",
    "#499894", "#86BCB6", "#D37295", "#A0CBE8", "#FFBE7D", "#8CD17D", "#B6992D", "#79706E", "#F1CE63",
    "#D4A6C8", "#9D7660",
)  # fmt: skip
SECTOR_COLORS = dict(zip(i18n.SECTORS, PALETTE, strict=True))
YEAR_COLORS = {2022: "#4E79A7", 2023: "#F28E2B"}
PAIR_NOTE_MARK = " †"
INDEX_TICKS = (10, 25, 50, 75, 100, 150, 200, 300, 500, 1000, 2000, 3000, 5000)
DATA_VERSION = package.descriptor()["version"]


def title_of(fig: go.Figure) -> str:
    """A figure's title as plain text."""
    meta = fig.layout.meta
    return meta.get("title", "") if isinstance(meta, dict) else str(fig.layout.title.text or "")


def sector_color(sector: str) -> str:
    return SECTOR_COLORS.get(sector, "#999999")


def source_line(lang: str) -> str:
    return f"{i18n.t('source', lang)} · {i18n.t('data_version', lang)} {DATA_VERSION}"


def _wrap(text: str, width: int = 28) -> str:
    """Escape and wrap a clause for a hover label (Plotly hover labels do not wrap by themselves)."""
    return "<br>".join(textwrap.wrap(escape(str(text)), width)) if isinstance(text, str) else ""


# 避头尾: no line may start with closing punctuation or end with opening punctuation.
NO_LINE_START = set("、，。；：！？）》」』”’·")
NO_LINE_END = set("（《「『“‘")


def break_cjk(text: str, width: int) -> list[str]:
    """Chinese text in lines of about `width` characters, breaking between any two characters except
    where a line would start with 、，。）》 … or end with （《 … (the punctuation moves with its word)."""
    lines, line = [], ""
    for char in text:
        if len(line) >= width and char not in NO_LINE_START:
            carried = ""
            while line and line[-1] in NO_LINE_END:
                carried, line = line[-1] + carried, line[:-1]
            lines.append(line)
            line = carried
        line += char
    return [*lines, line] if line else lines


def wrap_label(text: str, width_latin: int = 34, width_cjk: int = 20) -> list[str]:
    """A label in lines: by words where the text has spaces (English), else by characters (Chinese)."""
    if " " in text.strip():
        return textwrap.wrap(re.sub(r"\s*\([^)]*\)", "", text), width_latin)  # parentheticals dropped
    return break_cjk(text, width_cjk)


def axis_label(row: pd.Series, lang: str, prefix: str = "") -> str:
    """A metric name short enough for an axis: at most two wrapped lines."""
    lines = wrap_label(prefix + i18n.metric(row, lang))
    width = max((len(line) for line in lines), default=0)
    if len(lines) > 2:
        lines = [lines[0], lines[1][: width - 1] + "…"]
    return "<br>".join(escape(line) for line in lines)


def _value_range(values: pd.Series, headroom: float = 1.35) -> list[float]:
    """An axis range from zero with room for the value labels outside the bars."""
    top = float(values.max()) if len(values) else 1.0
    return [0, top * headroom if top > 0 else 1.0]


def _frame(
    fig: go.Figure, title: str, lang: str, *, height: int, x_title: str = "", subtitle: str = "", legend: bool = False
) -> go.Figure:
    """Title (and subtitle), fonts, margins and the source line inside the image."""
    fig.update_layout(
        template="plotly_white",
        title={
            "text": escape(title),
            "subtitle": {"text": escape(subtitle), "font": {"size": 12, "color": "#6b6b6b"}},
            "x": 0.01,
            "xanchor": "left",
            "font": {"size": 20},
        },
        font={"family": FONT_FAMILY, "size": 13, "color": "#262730"},
        height=height,
        # A legend gets a row of its own between the (sub)title and the plot.
        margin={"l": 10, "r": 40, "t": (90 if subtitle else 70) + (34 if legend else 0), "b": 80},
        hoverlabel={"font": {"family": FONT_FAMILY}, "align": "left"},
        showlegend=legend,
        meta={"title": title},  # the plain title, for citations and captions (the drawn one is escaped)
    )
    fig.update_xaxes(title_text=escape(x_title), automargin=True)
    fig.update_yaxes(automargin=True)
    fig.add_annotation(
        text=escape(source_line(lang)),
        xref="paper", yref="paper", x=0, y=0, yshift=-62, xanchor="left", yanchor="top",
        showarrow=False, font={"size": 11, "color": "#6b6b6b"},
    )  # fmt: skip
    return fig


def _hover(frame: pd.DataFrame, lang: str) -> tuple[list[list[str]], str]:
    """customdata (fact_id, label, figure, clause, where in the report) and the template that shows it."""
    data = [
        [
            row["fact_id"],
            escape(i18n.metric(row, lang)),
            escape(formatting.figure(row, lang)),
            _wrap(row["quote"]),
            escape(report.locator_label(row.get("locator") or "", lang)),
        ]
        for _, row in frame.iterrows()
    ]
    template = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<br><i>%{customdata[4]}</i><extra></extra>"
    return data, template


def _hbars(x, y, colors, text, customdata, hovertemplate, **extra) -> go.Figure:
    """A horizontal bar chart whose value labels stand outside the bars at full size."""
    bar = go.Bar(
        x=x, y=y, orientation="h", marker_color=colors, text=text, textposition="outside", cliponaxis=False,
        constraintext="none", customdata=customdata, hovertemplate=hovertemplate, **extra,
    )  # fmt: skip
    return go.Figure(bar)


def _sector_bars(frame: pd.DataFrame, x: str, lang: str, text: list[str]) -> go.Figure:
    """Horizontal bars of `frame[x]` in row order, one trace per sector so the legend names each
    sector colour; the hover shows value, unit, qualifier and clause."""
    labels = [axis_label(r, lang) for _, r in frame.iterrows()]
    customdata, template = _hover(frame, lang)
    fig = go.Figure()
    for sector in dict.fromkeys(frame["sector"]):
        rows = [i for i, s in enumerate(frame["sector"]) if s == sector]
        fig.add_trace(
            go.Bar(
                x=frame[x].iloc[rows], y=[labels[i] for i in rows], orientation="h", name=i18n.sector_name(sector, lang),
                marker_color=sector_color(sector), text=[text[i] for i in rows], textposition="outside",
                cliponaxis=False, constraintext="none", customdata=[customdata[i] for i in rows],
                hovertemplate=template,
            )
        )  # fmt: skip
    # One bar per category, so stacking never stacks; it only keeps bars full width and in row order.
    fig.update_layout(barmode="relative", legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0})
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    return fig


def bar_values(fig: go.Figure) -> list:
    """Every bar value of a figure, across its traces (for checks and tests)."""
    return [value for trace in fig.data if trace.type == "bar" for value in trace.x]


def bar_texts(fig: go.Figure) -> list[str]:
    return [text for trace in fig.data if trace.type == "bar" for text in trace.text]


def growth_targets(frame: pd.DataFrame, lang: str) -> go.Figure:
    """The 2023 growth-rate and ratio targets as horizontal bars, largest first."""
    frame = frame.sort_values("value")
    fig = _sector_bars(frame, "value", lang, [formatting.figure(r, lang) for _, r in frame.iterrows()])
    fig.update_xaxes(range=_value_range(frame["value"]))
    title, x_title = i18n.t("chart_growth_targets", lang), i18n.t("axis_target_pct", lang)
    return _frame(fig, title, lang, height=150 + 42 * len(frame), x_title=x_title, legend=True)


def city_shares(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Every figure with a share of the city stated by the report, sorted by share, value and unit on
    each bar; shares and ranks are the report's own claims, and the title says so."""
    frame = frame.sort_values("city_share_pct")
    labels = [
        " · ".join(
            [f"{formatting.number(r['city_share_pct'])}%"]
            + ([formatting.figure(r, lang)] if r["unit"] != "%" else [])
            + ([formatting.rank(r["city_rank"], lang)] if pd.notna(r["city_rank"]) else [])
        )
        for _, r in frame.iterrows()
    ]
    fig = _sector_bars(frame, "city_share_pct", lang, labels)
    fig.update_xaxes(range=[0, 135], tickvals=[0, 25, 50, 75, 100], ticksuffix="%")
    title = i18n.t("shares_title", lang)
    x_title = i18n.t("axis_share_pct", lang)
    return _frame(fig, title, lang, height=150 + 44 * len(frame), x_title=x_title, legend=True)


def _legend_entry(name: str, category: str, **marker_or_line) -> go.Scatter:
    """A legend-only trace (no point is drawn), so the legend shows the encoding itself rather than
    whichever row comes first; `category` is an existing category, so none is added to the axis."""
    mode = "lines" if "line" in marker_or_line else "markers"
    return go.Scatter(x=[None], y=[category], mode=mode, name=name, hoverinfo="skip", showlegend=True, **marker_or_line)


def year_pairs(frame: pd.DataFrame, lang: str, unlike: bool = False) -> go.Figure:
    """Dumbbells from each 2022 result to its 2023 target on an index axis (2022 = 100), each end
    labelled with its figure in its own unit, grouped by sector.

    Only like-for-like pairs by default (jianxi.comparison decides); with `unlike`, the pairs that are
    not like for like are added, drawn dotted with hollow markers and marked †, their note on hover.
    """
    frame = comparison.assess(frame)
    if not unlike:
        frame = frame[frame["like_for_like"]]
    frame = frame.assign(index_2023=frame["value_base_2023"] / frame["value_base_2022"] * 100)
    frame = frame.sort_values(["sector", "index_2023"], ascending=[False, True]).reset_index(drop=True)
    labels = [
        axis_label(r, lang, prefix=f"{i18n.sector_name(r['sector'], lang)} · ")
        + ("" if r["like_for_like"] else PAIR_NOTE_MARK)
        for _, r in frame.iterrows()
    ]
    fig = go.Figure()
    for label, (_, row) in zip(labels, frame.iterrows(), strict=True):
        fig.add_trace(
            go.Scatter(
                x=[100, row["index_2023"]], y=[label, label], mode="lines", showlegend=False, hoverinfo="skip",
                line={"color": sector_color(row["sector"]), "width": 3,
                      "dash": "solid" if row["like_for_like"] else "dot"},
            )
        )  # fmt: skip
    rising = frame["index_2023"] >= 100
    changes = [comparison.change_text(r, lang) for _, r in frame.iterrows()]
    ends = ((2022, [100] * len(frame), "circle"), (2023, frame["index_2023"].tolist(), "diamond"))
    for year, x, symbol in ends:
        figures = [formatting.pair_side(r, year, lang) for _, r in frame.iterrows()]
        outward = rising if year == 2023 else ~rising  # each label stands on the far side of its marker
        customdata = [
            [
                r[f"fact_{year}"], escape(i18n.metric(r, lang)), escape(text), _wrap(r[f"quote_{year}"]),
                _wrap(i18n.data_text(r, "pair_note", lang), 40), escape(change),
            ]
            for text, change, (_, r) in zip(figures, changes, frame.iterrows(), strict=True)
        ]  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=x,
                y=labels,
                mode="markers+text",
                showlegend=False,
                text=[escape(text) for text in figures],
                textposition=["middle right" if out else "middle left" for out in outward],
                textfont={"size": 12, "color": YEAR_COLORS[year]},
                cliponaxis=False,
                marker={
                    "size": 12,
                    "symbol": [symbol if like else f"{symbol}-open" for like in frame["like_for_like"]],
                    "color": YEAR_COLORS[year],
                    "line": {"width": 2, "color": YEAR_COLORS[year]},
                },
                customdata=customdata,
                hovertemplate=f"<b>{year}</b> %{{customdata[1]}}<br>%{{customdata[2]}}"
                f"<br>{escape(i18n.t('change', lang))}: %{{customdata[5]}}"
                "<br><br>“%{customdata[3]}”<br><i>%{customdata[4]}</i><extra></extra>",
            )
        )
    first = labels[0] if labels else ""
    for year, symbol in ((2022, "circle"), (2023, "diamond")):
        marker = {"symbol": symbol, "size": 12, "color": YEAR_COLORS[year]}
        fig.add_trace(_legend_entry(i18n.t(f"legend_{year}", lang), first, marker=marker))
    if not frame["like_for_like"].all():
        dotted = {"color": "#777777", "width": 3, "dash": "dot"}
        fig.add_trace(_legend_entry(i18n.t("legend_unlike", lang), first, line=dotted))
    low = min(100.0, float(frame["index_2023"].min())) if len(frame) else 100.0
    high = max(100.0, float(frame["index_2023"].max())) if len(frame) else 100.0
    ticks = [v for v in INDEX_TICKS if low / 1.5 <= v <= high * 1.5]
    # Room on both sides for the value labels beside the markers (the axis is logarithmic).
    fig.update_xaxes(type="log", range=[math.log10(low / 2.2), math.log10(high * 2.2)], tickvals=ticks,
                     ticktext=[str(v) for v in ticks], gridcolor="#e5e5e5")  # fmt: skip
    fig.add_vline(x=100, line={"color": "#999999", "width": 1})
    fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"})
    unlike_count = int((~frame["like_for_like"]).sum())
    subtitle = (
        i18n.t("pairs_subtitle_unlike", lang).format(shown=len(frame), unlike=unlike_count)
        if unlike
        else i18n.t("pairs_subtitle_like", lang).format(shown=len(frame))
    )
    row_height = 22 + 16 * max(label.count("<br>") + 1 for label in labels) if labels else 30
    return _frame(
        fig,
        i18n.t("pairs_title_unlike" if unlike else "pairs_title", lang),
        lang,
        height=210 + row_height * len(frame),
        x_title=i18n.t("pairs_axis", lang),
        subtitle=subtitle,
        legend=True,
    )


def _side(row: pd.Series, side: str) -> dict:
    """One side (result or target) of a target_vs_result_2022 row, as a figure row for the formatter."""
    return {"value": row[f"{side}_value"], "value_base": row[f"{side}_base"], "unit": row["unit"],
            "unit_base": row["unit_base"]}  # fmt: skip


def target_completion(frame: pd.DataFrame, lang: str) -> go.Figure:
    """The report's own 2022 target-versus-result statements as completion ratios against 100%."""
    labels = [axis_label(r, lang) for _, r in frame.iterrows()]
    texts = []
    for _, r in frame.iterrows():
        if pd.notna(r["target_value"]):
            result = formatting.figure(_side(r, "result"), lang)
            target = formatting.figure(_side(r, "target"), lang)
            texts.append(f"{r['completion_pct']:.0f}% ({result} / {target})")
        else:
            texts.append(f"{r['completion_pct']:.0f}%")
    customdata = [
        [r["result_fact"], escape(i18n.metric(r, lang)), text, _wrap(r["result_quote"]), _wrap(r["target_quote"])]
        for text, (_, r) in zip(texts, frame.iterrows(), strict=True)
    ]
    fig = _hbars(
        frame["completion_pct"],
        labels,
        "#59A14F",
        texts,
        customdata,
        "<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<br>“%{customdata[4]}”<extra></extra>",
    )
    fig.add_vline(x=100, line={"color": "#E15759", "dash": "dash"})
    fig.update_xaxes(range=[0, max(130, float(frame["completion_pct"].max()) * 1.25)], ticksuffix="%")
    title, x_title = i18n.t("chart_targets_met", lang), i18n.t("axis_result_of_target", lang)
    return _frame(fig, title, lang, height=160 + 50 * len(frame), x_title=x_title)


KIND_SYMBOLS = {"actual": "circle", "target": "diamond", "context": "square"}
LOG_SPREAD = 20  # a dimension whose largest value is this many times its smallest gets a log axis


def sector_groups(frame: pd.DataFrame) -> tuple[list[str], pd.DataFrame]:
    """The dimensions of a sector's figures that hold two indicators or more (one chart each, most
    indicators first), and the figures of the other dimensions, which stand alone (a table)."""
    indicators = frame.groupby("dimension")["indicator"].nunique().sort_values(ascending=False, kind="stable")
    charted = indicators[indicators >= 2].index.tolist()
    return charted, frame[~frame["dimension"].isin(charted)]


def _log_ticks(low: float, high: float) -> list[float]:
    """1, 2, 5 × 10^k between low and high."""
    ticks, power = [], math.floor(math.log10(low))
    while 10**power <= high * 10:
        ticks += [m * 10**power for m in (1, 2, 5) if low <= m * 10**power <= high]
        power += 1
    return ticks


def sector_dimension(frame: pd.DataFrame, dimension: str, sector: str, lang: str) -> go.Figure:
    """A sector's indicators of one dimension (money, people, counts …), one row each, with the 2022
    result and the 2023 target side by side as labelled markers on one axis. The axis is logarithmic
    when the values span more than LOG_SPREAD times, so that 4 renewal areas stay visible beside
    2,700 charging piles; a legend names every year and kind drawn."""
    frame = frame[frame["dimension"] == dimension]
    values, axis_unit = formatting.axis(frame, lang)
    frame = frame.assign(plotted=values)
    order = frame.groupby("indicator")["plotted"].max().sort_values().index.tolist()
    names = {
        ind: axis_label(rows.iloc[0], lang) + (PAIR_NOTE_MARK if rows["pair_note"].notna().any() else "")
        for ind, rows in frame.groupby("indicator", sort=False)
    }
    labels = [names[ind] for ind in order]
    largest = frame["value_base"].abs().max()
    fig = go.Figure()
    for (year, kind), rows in frame.groupby(["year", "kind"], sort=True):
        customdata, template = _hover(rows, lang)
        others = frame[(frame["year"] != year) | (frame["kind"] != kind)].groupby("indicator")["plotted"].max()
        right = [others.get(r["indicator"], -math.inf) <= r["plotted"] for _, r in rows.iterrows()]
        fig.add_trace(
            go.Scatter(
                x=rows["plotted"], y=[names[i] for i in rows["indicator"]], mode="markers+text", cliponaxis=False,
                name=i18n.t("legend_year_kind", lang).format(year=year, kind=i18n.kind_name(kind, lang)),
                marker={"size": 12, "symbol": KIND_SYMBOLS.get(kind, "circle"),
                        "color": YEAR_COLORS.get(year, "#999999")},
                text=[escape(formatting.figure(r, lang, largest)) for _, r in rows.iterrows()],
                textposition=["middle right" if r else "middle left" for r in right],
                textfont={"size": 12, "color": YEAR_COLORS.get(year, "#555555")},
                customdata=customdata, hovertemplate=template,
            )
        )  # fmt: skip
    low, high = float(frame["plotted"].min()), float(frame["plotted"].max())
    log = low > 0 and high / low > LOG_SPREAD
    if log:
        ticks = _log_ticks(low / 2, high * 2)
        fig.update_xaxes(type="log", range=[math.log10(low / 3), math.log10(high * 3)], tickvals=ticks,
                         ticktext=[formatting.number(t) for t in ticks])  # fmt: skip
    else:
        fig.update_xaxes(range=[0, high * 1.35])
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"})
    title = i18n.t("chart_sector_dimension", lang).format(
        sector=i18n.sector_name(sector, lang), dimension=i18n.dimension_name(dimension, lang)
    )
    subtitle = i18n.t("sector_dimension_subtitle", lang).format(
        scale=i18n.t("scale_log" if log else "scale_linear", lang)
    )
    if frame["pair_note"].notna().any():
        subtitle += i18n.t("unlike_key", lang)
    x_title = i18n.t("axis_value_unit", lang).format(unit=axis_unit)
    row_height = 22 + 16 * max(label.count("<br>") + 1 for label in labels)
    return _frame(fig, title, lang, height=200 + row_height * max(len(labels), 2), x_title=x_title,
                  subtitle=subtitle, legend=True)  # fmt: skip


SLIDE_HEIGHT = 860  # px a slide gives the figure (1600×900 less the page's padding)
SLIDE_SCALE = (0.8, 1.6)  # text grows at most this much on a slide, and shrinks at most this much


def for_slide(fig: go.Figure, cite_line: str, height: int | None = None) -> go.Figure:
    """A copy of a built figure for a slide or a briefing image: every text (title, subtitle, axes,
    ticks, legend, value labels, the source line) scaled by one factor, so they keep their
    proportions; a one-line citation under the source line; sized by its container when `height` is
    None. The factor fits the figure's rows into a 16:9 slide: a short chart grows, a tall one shrinks."""
    slide = go.Figure(fig)
    built = fig.layout.height or 450
    scale = min(SLIDE_SCALE[1], max(SLIDE_SCALE[0], SLIDE_HEIGHT / built))
    layout = slide.layout
    margin = layout.margin
    slide.update_layout(
        font_size=(layout.font.size or 13) * scale,
        title_font_size=(layout.title.font.size or 20) * scale,
        title_subtitle_font_size=(layout.title.subtitle.font.size or 12) * scale,
        margin={"l": (margin.l or 10) * scale, "r": (margin.r or 40) * scale, "t": (margin.t or 70) * scale,
                "b": (margin.b or 80) * scale + 22 * scale},
        height=height,
        autosize=height is None,
    )  # fmt: skip
    for trace in slide.data:
        if getattr(trace, "textfont", None) is not None and trace.textfont.size:
            trace.textfont.size = trace.textfont.size * scale
        size = trace.marker.to_plotly_json().get("size") if trace.type == "scatter" else None
        if isinstance(size, int | float):
            trace.marker.size = size * scale
    for note in slide.layout.annotations:
        note.font.size = (note.font.size or 12) * scale
        note.yshift = (note.yshift or 0) * scale
    source = slide.layout.annotations[-1] if slide.layout.annotations else None
    slide.add_annotation(
        text=escape(cite_line), xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
        yshift=(source.yshift if source else -62 * scale) - 18 * scale, showarrow=False,
        font={"size": 11 * scale, "color": "#6b6b6b"},
    )  # fmt: skip
    return slide


def image_config(filename: str) -> dict:
    """Plotly config for st.plotly_chart: the modebar's camera saves a 2× PNG under a meaningful name."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": filename},
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }
