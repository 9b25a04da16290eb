"""Chart builders: pure functions from a query result to a titled, sourced Plotly figure.

Every figure carries its title, axis units and the source line inside the image, uses one colour
per sector (the same on every page) and shows value, unit, qualifier and the report's clause on
hover, so that a screenshot or an exported PNG stands on its own.
"""

from __future__ import annotations

import re
import textwrap
from html import escape

import pandas as pd
import plotly.graph_objects as go

from jianxi import formatting, i18n, package

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
MIN_SLOTS = 4  # a bar chart keeps room for this many bars, so a lone bar stays slim
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


def axis_label(row: pd.Series, lang: str, prefix: str = "") -> str:
    """A metric name short enough for an axis: English parentheticals dropped, at most two wrapped lines."""
    text = prefix + i18n.metric(row, lang)
    if lang == "en":
        text = re.sub(r"\s*\([^)]*\)", "", text)
    width = 34 if lang == "en" else 20
    lines = textwrap.wrap(text, width) if lang == "en" else [text[i : i + width] for i in range(0, len(text), width)]
    if len(lines) > 2:
        lines = [lines[0], lines[1][: width - 1] + "…"]
    return "<br>".join(escape(line) for line in lines)


def _value_range(values: pd.Series, headroom: float = 1.35) -> list[float]:
    """An axis range from zero with room for the value labels outside the bars."""
    top = float(values.max()) if len(values) else 1.0
    return [0, top * headroom if top > 0 else 1.0]


def _at_least_slots(fig: go.Figure, rows: int, slots: int = 4) -> None:
    """Keep bars slim when a chart has only a few: the category axis gets room for `slots` bars."""
    if rows < slots:
        pad = (slots - rows) / 2
        fig.update_yaxes(range=[-0.5 - pad, rows - 0.5 + pad])


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
        margin={"l": 10, "r": 40, "t": 90 if subtitle else 70, "b": 80},
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
    """customdata (fact_id, label, figure, clause) and the template that shows it."""
    data = [
        [row["fact_id"], escape(i18n.metric(row, lang)), escape(formatting.figure(row, lang)), _wrap(row["quote"])]
        for _, row in frame.iterrows()
    ]
    template = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<extra></extra>"
    return data, template


def _hbars(x, y, colors, text, customdata, hovertemplate, **extra) -> go.Figure:
    """A horizontal bar chart whose value labels stand outside the bars at full size."""
    bar = go.Bar(
        x=x, y=y, orientation="h", marker_color=colors, text=text, textposition="outside", cliponaxis=False,
        constraintext="none", customdata=customdata, hovertemplate=hovertemplate, **extra,
    )  # fmt: skip
    return go.Figure(bar)


def growth_targets(frame: pd.DataFrame, lang: str) -> go.Figure:
    """The 2023 growth-rate and ratio targets as horizontal bars, largest first."""
    frame = frame.sort_values("value")
    customdata, template = _hover(frame, lang)
    fig = _hbars(
        frame["value"],
        [axis_label(r, lang) for _, r in frame.iterrows()],
        [sector_color(s) for s in frame["sector"]],
        [formatting.figure(r, lang) for _, r in frame.iterrows()],
        customdata,
        template,
    )
    fig.update_xaxes(range=_value_range(frame["value"]))
    title = "2023年主要预期目标（增速与比率）" if lang == "zh" else "Main targets for 2023 (growth rates and ratios)"
    x_title = "目标值（%）" if lang == "zh" else "Target (%)"
    return _frame(fig, title, lang, height=120 + 42 * len(frame), x_title=x_title)


def city_shares(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Every figure with a stated share of the city, sorted by share, value and unit on each bar."""
    frame = frame.sort_values("city_share_pct")
    customdata, template = _hover(frame, lang)
    labels = [
        " · ".join(
            [f"{formatting.number(r['city_share_pct'])}%"]
            + ([formatting.figure(r, lang)] if r["unit"] != "%" else [])
            + ([i18n.t("rank_first", lang)] if r["city_rank"] == 1 else [])
        )
        for _, r in frame.iterrows()
    ]
    fig = _hbars(
        frame["city_share_pct"],
        [axis_label(r, lang) for _, r in frame.iterrows()],
        [sector_color(s) for s in frame["sector"]],
        labels,
        customdata,
        template,
    )
    fig.update_xaxes(range=[0, 135], tickvals=[0, 25, 50, 75, 100], ticksuffix="%")
    title = "涧西区占洛阳全市的比重（2022年）" if lang == "zh" else "Jianxi's share of the Luoyang total (2022)"
    x_title = "占全市比重（%）" if lang == "zh" else "Share of the city total (%)"
    return _frame(fig, title, lang, height=140 + 44 * len(frame), x_title=x_title)


def year_pairs(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Dumbbells from each 2022 result (= 100) to its 2023 target, grouped by sector.

    Pairs that are not like for like (a pair_note) are drawn dashed with hollow markers and
    marked †; their hover shows the note.
    """
    frame = frame.assign(index_2023=frame["value_base_2023"] / frame["value_base_2022"] * 100)
    frame = frame.sort_values(["sector", "index_2023"], ascending=[False, True]).reset_index(drop=True)
    labels = [
        axis_label(r, lang, prefix=f"{i18n.sector_name(r['sector'], lang)} · ")
        + (PAIR_NOTE_MARK if isinstance(r["pair_note"], str) else "")
        for _, r in frame.iterrows()
    ]
    fig = go.Figure()
    for label, (_, row) in zip(labels, frame.iterrows(), strict=True):
        noted = isinstance(row["pair_note"], str)
        fig.add_trace(
            go.Scatter(
                x=[100, row["index_2023"]], y=[label, label], mode="lines",
                line={"color": sector_color(row["sector"]), "width": 3, "dash": "dot" if noted else "solid"},
                hoverinfo="skip",
            )
        )  # fmt: skip
    noted = frame["pair_note"].apply(lambda note: isinstance(note, str))
    for year, x, symbol_filled in ((2022, [100] * len(frame), "circle"), (2023, frame["index_2023"], "diamond")):
        figures = [formatting.pair_side(r, year, lang) for _, r in frame.iterrows()]
        customdata = [
            [
                r[f"fact_{year}"], escape(i18n.metric(r, lang)), escape(fig_text), _wrap(r[f"quote_{year}"]),
                _wrap(r["pair_note"], 40) if isinstance(r["pair_note"], str) else "",
                formatting.percent(r["change_pct"]),
            ]
            for fig_text, (_, r) in zip(figures, frame.iterrows(), strict=True)
        ]  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=x,
                y=labels,
                mode="markers",
                name=str(year),
                marker={
                    "size": 12,
                    "symbol": [f"{symbol_filled}-open" if n else symbol_filled for n in noted],
                    "color": [YEAR_COLORS[year]] * len(frame),
                    "line": {"width": 2, "color": YEAR_COLORS[year]},
                },
                customdata=customdata,
                hovertemplate=f"<b>{year}</b> %{{customdata[1]}}<br>%{{customdata[2]}} (%{{customdata[5]}})"
                "<br><br>“%{customdata[3]}”<br><i>%{customdata[4]}</i><extra></extra>",
            )
        )
    ticks = [v for v in INDEX_TICKS if frame["index_2023"].min() / 1.5 <= v <= frame["index_2023"].max() * 1.5]
    fig.update_xaxes(type="log", tickvals=ticks, ticktext=[str(v) for v in ticks], gridcolor="#e5e5e5")
    fig.add_vline(x=100, line={"color": "#999999", "width": 1})
    fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1, "xanchor": "right"})
    fig.for_each_trace(lambda trace: trace.update(showlegend=trace.mode == "markers"))
    if lang == "zh":
        title, x_title = "2022年实绩 → 2023年目标", "2023年目标（2022年实绩 = 100，对数刻度）"
        note = "● 2022年实绩　◆ 2023年目标　† 空心、虚线：两年口径不同，不可直接比较（悬停可见说明）"
    else:
        title, x_title = "2022 results → 2023 targets", "2023 target (2022 result = 100, log scale)"
        note = "● 2022 result  ◆ 2023 target  † hollow, dotted: not like for like (hover for the note)"
    row_height = 22 + 16 * max(label.count("<br>") + 1 for label in labels) if labels else 30
    return _frame(fig, title, lang, height=180 + row_height * len(frame), x_title=x_title, subtitle=note, legend=True)


def target_completion(frame: pd.DataFrame, lang: str) -> go.Figure:
    """The report's own 2022 target-versus-result statements as completion ratios against 100%."""
    labels = [axis_label(r, lang) for _, r in frame.iterrows()]
    texts = []
    for _, r in frame.iterrows():
        if pd.notna(r["target_value"]):
            unit = r["unit"]
            target, result = formatting.number(r["target_value"]), formatting.number(r["result_value"])
            texts.append(
                f"{r['completion_pct']:.0f}% ({result}{unit} / {target}{unit})"
                if lang == "zh"
                else f"{r['completion_pct']:.0f}% ({result} / {target} {unit})"
            )
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
    title = "2022年目标完成情况（报告所述）" if lang == "zh" else "2022 targets met, as the report states"
    x_title = "实绩占目标（%）" if lang == "zh" else "Result as % of target"
    return _frame(fig, title, lang, height=160 + 50 * len(frame), x_title=x_title)


def unit_groups(frame: pd.DataFrame) -> list[str]:
    """Units of a sector's figures, most figures first: one chart each."""
    return frame["unit"].value_counts().index.tolist()


def sector_unit_bars(frame: pd.DataFrame, unit: str, sector: str, lang: str) -> go.Figure:
    """A sector's figures in one unit, both years, as horizontal bars coloured by year."""
    frame = frame[frame["unit"] == unit].sort_values(["year", "value"])
    customdata, template = _hover(frame, lang)
    fig = _hbars(
        frame["value"],
        [axis_label(r, lang, prefix=f"{r['year']} · ") for _, r in frame.iterrows()],
        [YEAR_COLORS.get(y, "#999999") for y in frame["year"]],
        [formatting.figure(r, lang) for _, r in frame.iterrows()],
        customdata,
        template,
        marker_pattern_shape=["/" if k == "target" else "" for k in frame["kind"]],
    )
    fig.update_xaxes(range=_value_range(frame["value"]))
    _at_least_slots(fig, len(frame), MIN_SLOTS)
    name = i18n.sector_name(sector, lang)
    if lang == "zh":
        title, x_title = f"{name}：以“{unit}”计的数字（2022年实绩 / 2023年目标）", f"数值（{unit}）"
    else:
        title, x_title = f"{name}: figures in {unit} (2022 results / 2023 targets)", f"Value ({unit})"
    return _frame(fig, title, lang, height=140 + 44 * max(len(frame), MIN_SLOTS), x_title=x_title)


def image_config(filename: str) -> dict:
    """Plotly config for st.plotly_chart: the modebar's camera saves a 2× PNG under a meaningful name."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": filename},
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }
