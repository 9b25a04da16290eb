"""Chart builders: pure functions from a query result to a titled, sourced Plotly figure.

Every figure carries its title, axis units and the source line inside the image, uses one colour
per sector (the same on every page) and shows value, unit, qualifier and the report's clause on
hover, so that a screenshot or an exported PNG stands on its own.
"""

from __future__ import annotations

import functools
import math
import re
import textwrap
from html import escape
from typing import TYPE_CHECKING

import plotly.graph_objects as go
from plotly.basedatatypes import BaseFigure

from gwr import formatting, i18n
from gwr.data import package, report
from gwr.rules import comparison

if TYPE_CHECKING:
    import pandas as pd

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


# A run of Latin letters and digits ("2023", "5G", "3.5%") is one unbreakable token, and a space
# goes with what follows it.
TOKEN = re.compile(r"\s*(?:[A-Za-z0-9][A-Za-z0-9.,%+-]*|\S)|\s+")
CJK = re.compile(r"[\u2e80-\u9fff\uff00-\uffef]")


def break_cjk(text: str, width: int) -> list[str]:
    """Chinese text in lines of about `width` characters, breaking between any two characters except
    inside a run of Latin letters or digits, or where a line would start with 、，。）》 … or end
    with （《 … (the punctuation moves with its word)."""
    lines, line = [], ""
    for token in TOKEN.findall(text):
        if line.strip() and len(line) + len(token) > width and token.lstrip()[:1] not in NO_LINE_START:
            carried = ""
            while line and line[-1] in NO_LINE_END:
                carried, line = line[-1] + carried, line[:-1]
            lines.append(line.rstrip())
            line = carried
            token = token if line else token.lstrip()
        line += token
    return [*lines, line] if line else lines


def wrap_text(text: str, width_latin: int, width_cjk: int) -> list[str]:
    """Text in lines: by characters where it holds Chinese (with the line-breaking rules above), else by words."""
    if CJK.search(text):
        return break_cjk(text, width_cjk)
    return textwrap.wrap(text, width_latin)


def wrap_label(text: str, width_latin: int = 34, width_cjk: int = 20) -> list[str]:
    """A metric name in lines, English parentheticals dropped (the hover has the full name)."""
    return wrap_text(text if CJK.search(text) else re.sub(r"\s*\([^)]*\)", "", text), width_latin, width_cjk)


def axis_label(row: pd.Series, lang: str, prefix: str = "", compact: bool = False) -> str:
    """A metric name short enough for an axis, at most two wrapped lines (or, `compact`, three lines
    the width of a phone, above its row); the hover has the full name."""
    lines = wrap_label(prefix + i18n.metric(row, lang), *(PHONE_LABEL if compact else (34, 20)))
    most = 3 if compact else 2
    width = max((len(line) for line in lines), default=0)
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1][: width - 1] + "…"]
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
        showlegend=legend,
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return _style(fig, title, escape(x_title), escape(source_line(lang)), source_shift=-62, source_size=11)


# What of plotly_white our charts use: its layout less maps, polar, ternary and 3D axes and colour
# scales, and its defaults for bars and scatters only. The whole template was 7.1 KB of every figure's
# 9–17 KB, which Streamlit turns into JSON, hashes into the chart's widget id and hashes again for its
# message cache on every draw of every chart.
TEMPLATE_LAYOUT_UNUSED = frozenset({"polar", "ternary", "scene", "geo", "mapbox", "map", "coloraxis", "colorscale"})
TEMPLATE_TRACES = frozenset({"bar", "scatter"})


@functools.cache
def template() -> go.layout.Template:
    import plotly.io as pio

    full = pio.templates["plotly_white"].to_plotly_json()
    return go.layout.Template(
        layout={k: v for k, v in full["layout"].items() if k not in TEMPLATE_LAYOUT_UNUSED},
        data={k: v for k, v in full["data"].items() if k in TEMPLATE_TRACES},
    )


def _style(
    fig: go.Figure, title: str, x_title: str, source: str, *, source_shift: float, source_size: int
) -> go.Figure:
    """What every figure shares, on a desktop or a phone: theme, hover font, the plain title for
    citations (the drawn one is escaped), the x axis title and the source line under the plot (both
    as drawn: escaped, maybe wrapped)."""
    fig.update_layout(
        template=template(),
        hoverlabel={"font": {"family": FONT_FAMILY}, "align": "left"},
        meta={"title": title},
    )
    fig.update_xaxes(title_text=x_title)
    fig.add_annotation(
        text=source, xref="paper", yref="paper", x=0, y=0, yshift=source_shift, xanchor="left", yanchor="top",
        showarrow=False, font={"size": source_size, "color": "#6b6b6b"}, align="left",
    )  # fmt: skip
    return fig


# --- phone layout --------------------------------------------------------------------------------
# On a phone (about 360 px of chart) Plotly cannot wrap text, and axis labels beside the bars would
# leave the bars no room. So a phone figure puts each row's label on its own lines above its mark,
# across the full width, wraps every title and note itself, and keeps value labels short. The y axis
# is measured in pixels (1 unit = 1 px of plot height), so labels and marks never drift apart.
PHONE_LABEL = (40, 24)  # wrap widths (Latin, CJK characters) of a row label at 12 px
PHONE_TITLE = (38, 19)  # of the title at 17 px
PHONE_NOTE = (54, 30)  # of the subtitle and the source line at 10–11 px
PHONE_AXIS = (46, 24)  # of the x axis title at 12 px
PHONE_PLOT_WIDTH = 300  # px a phone is sure to give the plot area (390 px screen less paddings)
LINE_PX, MARK_PX, ROW_GAP_PX = 16, 14, 14
GREY = "#6b6b6b"


def _lines(text: str, widths: tuple[int, int]) -> list[str]:
    return [escape(line) for line in wrap_text(text, *widths)]


def grey(text: str) -> str:
    """Escaped text drawn in grey (a detail line under a phone row's label)."""
    return f'<span style="color:{GREY}">{escape(text)}</span>'


def _phone_rows(fig: go.Figure, blocks: list[str]) -> list[float]:
    """Each row's label block (lines joined by <br>) placed above the row's mark; returns the y of
    each mark's centre, top row first. The y axis spans the rows' height in px (the frame reads it)."""
    heights = [(block.count("<br>") + 1) * LINE_PX + MARK_PX + ROW_GAP_PX for block in blocks]
    total = float(sum(heights)) or 1.0
    centres, top = [], total
    for block, height in zip(blocks, heights, strict=True):
        label_bottom = top - height + MARK_PX + ROW_GAP_PX / 2
        fig.add_annotation(
            text=block, x=0, xref="paper", y=label_bottom, yref="y", xanchor="left", yanchor="bottom", align="left",
            showarrow=False, font={"size": 12},
        )  # fmt: skip
        centres.append(label_bottom - 2 - MARK_PX / 2)
        top -= height
    fig.update_yaxes(range=[0, total], showticklabels=False, showgrid=False, zeroline=False, fixedrange=True)
    return centres


def _phone_frame(
    fig: go.Figure, title: str, lang: str, *, x_title: str = "", subtitle: str = "", legend_rows: int = 0
) -> go.Figure:
    """A phone figure's frame: title and subtitle wrapped to the width, a legend (if any) in rows of
    its own above the plot, horizontal ticks, no room wasted at the sides, the source line wrapped."""
    title_lines = _lines(title, PHONE_TITLE)
    subtitle_lines = _lines(subtitle, PHONE_NOTE) if subtitle else []
    source_lines = _lines(source_line(lang), PHONE_NOTE)
    x_lines = _lines(x_title, PHONE_AXIS) if x_title else []
    title_bottom = 12 + 24 * len(title_lines)  # px from the top of the figure
    # Plotly sets the subtitle about a line's gap under the title, and a legend row is about 30 px.
    top = title_bottom + (15 * len(subtitle_lines) + 16 if subtitle_lines else 0) + 30 * legend_rows + 6
    axis_height = 26 + 16 * len(x_lines)  # tick labels, then the axis title
    bottom = axis_height + 10 + 14 * len(source_lines)
    plot_height = fig.layout.yaxis.range[1]  # _phone_rows measured the rows in px
    height = round(top + plot_height + bottom)
    fig.update_layout(
        title={
            "text": "<br>".join(title_lines),
            "subtitle": {"text": "<br>".join(subtitle_lines), "font": {"size": 11, "color": GREY}},
            # Anchored at its middle: Plotly places a many-line title's top or bottom a line or two off.
            "x": 0, "xanchor": "left", "xref": "paper", "y": 1 - (title_bottom + 12) / 2 / height, "yanchor": "middle",
            "yref": "container", "font": {"size": 17},
        },
        font={"family": FONT_FAMILY, "size": 12, "color": "#262730"},
        height=height,
        margin={"l": 4, "r": 8, "t": top, "b": bottom},
        showlegend=legend_rows > 0,
        # Two entries to a row, so the rows the top margin leaves for the legend are enough.
        legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left", "yref": "paper",
                "entrywidth": 0.5, "entrywidthmode": "fraction"},
        dragmode=False,
    )  # fmt: skip
    fig.update_xaxes(tickangle=0, automargin=False, fixedrange=True, title_standoff=4)
    return _style(fig, title, "<br>".join(x_lines), "<br>".join(source_lines), source_shift=-axis_height - 6,
                  source_size=10)  # fmt: skip


def _text_px(text: str) -> float:
    """About how wide a text is at 12 px: CJK characters are square, Latin ones about 0.6 em."""
    return sum(12 if ord(c) > 0x2E80 else 7 for c in text)


def _pack(parts: list[tuple[str, str]], width: float = PHONE_PLOT_WIDTH) -> str:
    """Coloured (text, colour) parts joined by " · ", a new line wherever the next would not fit."""
    lines, line, used = [], [], 0.0
    for text, color in parts:
        need = _text_px(text) + (_text_px(" · ") if line else 0)
        if line and used + need > width:
            lines, line, used = [*lines, line], [], 0.0
            need = _text_px(text)
        line.append(f'<span style="color:{color}">{escape(text)}</span>')
        used += need
    return "<br>".join(" · ".join(spans) for spans in [*lines, line] if spans)


DESKTOP_PLOT_WIDTH = 540  # px of plot area at a 1400 px window beside the open sidebar and long row names


def _label_room(labelled: list, low: float, high: float, scale, pad: float) -> tuple[float, float]:
    """An axis range (in axis units: `scale` maps a value to them) from `low` to `high` widened so
    that every (value, text, textposition) label beside its marker fits inside the plot."""
    left, right = low - pad, high + pad
    for _ in range(2):  # each side's room depends on the other's
        for value, text, position in labelled:
            share = (_text_px(text) + 16) / DESKTOP_PLOT_WIDTH  # of the plot's width the label needs
            at = scale(value)
            if position.endswith("right"):
                right = max(right, (at - share * left) / (1 - share) if share < 1 else right)
            else:
                left = min(left, (at - share * right) / (1 - share) if share < 1 else left)
    return left, right


def _outside_range(values: list[float], texts: list[str], low: float = 0.0) -> list[float]:
    """An x range from `low` wide enough that each bar's value label fits beside it on a phone."""
    top = max(values, default=1.0) or 1.0
    need = [
        v * PHONE_PLOT_WIDTH / max(PHONE_PLOT_WIDTH - _text_px(t) - 8, 40) for v, t in zip(values, texts, strict=True)
    ]
    return [low, max(top * 1.05, *need) if need else top * 1.35]


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


def _sector_bars(
    frame: pd.DataFrame, x: str, lang: str, text: list[str], compact: bool = False, details: list[str] | None = None
) -> go.Figure:
    """Horizontal bars of `frame[x]` in row order, one trace per sector so the legend names each
    sector colour; the hover shows value, unit, qualifier and clause. On a phone (`compact`) each
    label stands above its bar with the sector and `details` in grey under it, instead of a legend."""
    customdata, template = _hover(frame, lang)
    fig = go.Figure()
    if compact:
        blocks = [
            "<br>".join([axis_label(r, lang, compact=True),
                         grey(" · ".join([i18n.sector_name(r["sector"], lang), *([d] if d else [])]))])
            for d, (_, r) in zip(details or [""] * len(frame), frame.iterrows(), strict=True)
        ]  # fmt: skip
        labels = _phone_rows(fig, blocks[::-1])[::-1]  # the first row of `frame` is drawn lowest
    else:
        labels = [axis_label(r, lang) for _, r in frame.iterrows()]
    for sector in dict.fromkeys(frame["sector"]):
        rows = [i for i, s in enumerate(frame["sector"]) if s == sector]
        fig.add_trace(
            go.Bar(
                x=frame[x].iloc[rows], y=[labels[i] for i in rows], orientation="h", name=i18n.sector_name(sector, lang),
                marker_color=sector_color(sector), text=[text[i] for i in rows], textposition="outside",
                cliponaxis=False, constraintext="none", customdata=[customdata[i] for i in rows],
                hovertemplate=template, **({"width": MARK_PX} if compact else {}),
            )
        )  # fmt: skip
    if compact:
        fig.update_xaxes(range=_outside_range(frame[x].tolist(), text))
        return fig
    # One bar per category, so stacking never stacks; it only keeps bars full width and in row order.
    fig.update_layout(barmode="relative", legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0})
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    return fig


def bar_values(fig: go.Figure) -> list:
    """Every bar value of a figure, across its traces (for checks and tests)."""
    return [value for trace in fig.data if trace.type == "bar" for value in trace.x]


def bar_texts(fig: go.Figure) -> list[str]:
    return [text for trace in fig.data if trace.type == "bar" for text in trace.text]


def growth_targets(frame: pd.DataFrame, lang: str, compact: bool = False) -> go.Figure:
    """The 2023 growth-rate and ratio targets as horizontal bars, largest first (`compact`: for a phone)."""
    frame = frame.sort_values("value")
    fig = _sector_bars(frame, "value", lang, [formatting.figure(r, lang) for _, r in frame.iterrows()], compact)
    title, x_title = i18n.t("chart_growth_targets", lang), i18n.t("axis_target_pct", lang)
    if compact:
        fig.update_xaxes(nticks=5)
        return _phone_frame(fig, title, lang, x_title=x_title)
    fig.update_xaxes(range=_value_range(frame["value"]))
    return _frame(fig, title, lang, height=150 + 42 * len(frame), x_title=x_title, legend=True)


def city_shares(frame: pd.DataFrame, lang: str, compact: bool = False) -> go.Figure:
    """Every figure with a share of the city stated by the report, sorted by share, value and unit on
    each bar; shares and ranks are the report's own claims, and the title says so. On a phone
    (`compact`) the bar carries the share and the line under its label the figure and rank."""
    frame = frame.sort_values("city_share_pct")
    shares = [f"{formatting.number(v)}%" for v in frame["city_share_pct"]]
    details = [
        " · ".join(
            ([formatting.figure(r, lang)] if r["unit"] != "%" else [])
            + ([formatting.rank(r["city_rank"], lang)] if not formatting.missing(r["city_rank"]) else [])
        )
        for _, r in frame.iterrows()
    ]
    title, x_title = i18n.t("shares_title", lang), i18n.t("axis_share_pct", lang)
    ticks = {"tickvals": [0, 25, 50, 75, 100], "ticksuffix": "%"}
    if compact:
        fig = _sector_bars(frame, "city_share_pct", lang, shares, compact, details)
        fig.update_xaxes(**ticks)
        return _phone_frame(fig, title, lang, x_title=x_title)
    labels = [" · ".join(filter(None, [share, detail])) for share, detail in zip(shares, details, strict=True)]
    fig = _sector_bars(frame, "city_share_pct", lang, labels)
    fig.update_xaxes(range=[0, 135], **ticks)
    return _frame(fig, title, lang, height=150 + 44 * len(frame), x_title=x_title, legend=True)


def _legend_entry(name: str, at, **marker_or_line) -> go.Scatter:
    """A legend-only trace (no point is drawn), so the legend shows the encoding itself rather than
    whichever row comes first; `at` is a y value already on the axis (a category, or a phone row's
    pixel position), so the axis gains nothing."""
    mode = "lines" if "line" in marker_or_line else "markers"
    return go.Scatter(x=[None], y=[at], mode=mode, name=name, hoverinfo="skip", showlegend=True, **marker_or_line)


def _spaced(ticks: list[float], gap: float) -> list[float]:
    """Index ticks at least `gap` apart on the log axis, going out from 100 (which is kept), so that a
    range widened for long labels does not crowd its tick labels together."""
    kept = [100] if 100 in ticks else ticks[:1]
    for side in ([t for t in ticks if t > kept[0]], [t for t in reversed(ticks) if t < kept[0]]):
        last = kept[0]
        for tick in side:
            if abs(math.log10(tick) - math.log10(last)) >= gap:
                kept.append(tick)
                last = tick
    return sorted(kept)


def year_pairs(frame: pd.DataFrame, lang: str, unlike: bool = False, compact: bool = False) -> go.Figure:
    """Dumbbells from each 2022 result to its 2023 target on an index axis (2022 = 100), each end
    labelled with its figure in its own unit, grouped by sector.

    Only like-for-like pairs by default (gwr.rules.comparison decides); with `unlike`, the pairs that are
    not like for like are added, drawn dotted with hollow markers and marked †, their note on hover.
    On a phone (`compact`) the two figures stand on the line under the row's label, in their colours.
    """
    frame = comparison.assess(frame)
    if not unlike:
        frame = frame[frame["like_for_like"]]
    frame = frame.assign(index_2023=frame["value_base_2023"] / frame["value_base_2022"] * 100)
    frame = frame.sort_values(["sector", "index_2023"], ascending=[False, True]).reset_index(drop=True)
    names = [
        axis_label(r, lang, prefix=f"{i18n.sector_name(r['sector'], lang)} · ", compact=compact)
        + ("" if r["like_for_like"] else PAIR_NOTE_MARK)
        for _, r in frame.iterrows()
    ]
    sides = {year: [formatting.pair_side(r, year, lang) for _, r in frame.iterrows()] for year in (2022, 2023)}
    fig = go.Figure()
    if compact:
        blocks = [
            f"{name}<br>" + _pack([(f"{year} {sides[year][i]}", YEAR_COLORS[year]) for year in (2022, 2023)])
            for i, name in enumerate(names)
        ]
        labels = _phone_rows(fig, blocks[::-1])[::-1]  # the first row is drawn lowest, as on a desktop
    else:
        labels = names
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
        figures = sides[year]
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
                mode="markers" if compact else "markers+text",
                showlegend=False,
                text=None if compact else [escape(text) for text in figures],
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
    if compact and len(ticks) > 5:
        ticks = ticks[::2] if 100 in ticks[::2] else ticks[1::2]  # half as many, 100 kept
    # Room on both sides for the value labels beside the markers (the axis is logarithmic).
    pad = 1.3 if compact else 2.2
    span = [math.log10(low / pad), math.log10(high * pad)]
    if not compact:  # long labels (a stretch goal's words) get the room they need
        labelled = [
            (value, text, "middle right" if out else "middle left")
            for year, values, _ in ends
            for value, text, out in zip(values, sides[year], rising if year == 2023 else ~rising, strict=True)
        ]
        span = list(_label_room(labelled, math.log10(low), math.log10(high), math.log10, math.log10(pad)))
        ticks = _spaced(ticks, (span[1] - span[0]) / 10)
    fig.update_xaxes(type="log", range=span, tickvals=ticks, ticktext=[str(v) for v in ticks],
                     gridcolor="#e5e5e5")  # fmt: skip
    fig.add_vline(x=100, line={"color": "#999999", "width": 1})
    unlike_count = int((~frame["like_for_like"]).sum())
    subtitle = (
        i18n.t("pairs_subtitle_unlike", lang).format(
            shown=i18n.count(len(frame), "indicator", lang), unlike=i18n.count(unlike_count, "pair", lang)
        )
        if unlike
        else i18n.t("pairs_subtitle_like", lang).format(shown=i18n.count(len(frame), "indicator", lang))
    )
    title = i18n.t("pairs_title_unlike" if unlike else "pairs_title", lang)
    if compact:
        return _phone_frame(fig, title, lang, x_title=i18n.t("pairs_axis", lang), subtitle=subtitle,
                            legend_rows=math.ceil(sum(t.showlegend is True for t in fig.data) / 2))  # fmt: skip
    fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"})
    row_height = 22 + 16 * max(label.count("<br>") + 1 for label in labels) if labels else 30
    return _frame(
        fig,
        title,
        lang,
        height=210 + row_height * len(frame),
        x_title=i18n.t("pairs_axis", lang),
        subtitle=subtitle,
        legend=True,
    )


def check_side(row: pd.Series | dict, side: str) -> dict:
    """One side (result or target) of a target_vs_result_2022 row, as a fact row for the formatter."""
    return {"value": row[f"{side}_value"], "value_base": row[f"{side}_base"], "unit": row[f"{side}_unit"],
            "unit_base": row[f"{side}_unit_base"], "bound": row[f"{side}_bound"], "stretch": row[f"{side}_stretch"],
            "qualifier_zh": row[f"{side}_qualifier_zh"]}  # fmt: skip


def check_pct(row: pd.Series | dict) -> str:
    """A target check's ratio: '110%', '≈ 98%'; '—' where the comparison rule allows none."""
    if formatting.missing(row["completion_pct"]):
        return "—"
    return f"{'≈ ' if row['approx'] else ''}{row['completion_pct']:.0f}%"


def check_text(row: pd.Series | dict, lang: str) -> str:
    """What a target check says, and whose claim it is: the report's ratio as the report's, or ours
    with the result and the target it divides, each with its wording (the catalog's check_*_text)."""
    pct = check_pct(row)
    if row["check"] == comparison.Check.STATED:
        return i18n.t("check_stated_text", lang).format(pct=pct)
    result, target = (formatting.figure(check_side(row, side), lang) for side in ("result", "target"))
    return i18n.t("check_computed_text", lang).format(pct=pct, result=result, target=target)


CHECK_STYLES = {
    comparison.Check.STATED: {"marker_color": "#59A14F"},
    # Our arithmetic is drawn hatched and lighter: the same scale, a different claimant.
    comparison.Check.COMPUTED: {"marker": {"color": "#D7EBD4", "line": {"color": "#59A14F", "width": 1.5},
                                           "pattern": {"shape": "/", "fgcolor": "#59A14F", "size": 6}}},
}  # fmt: skip


def target_completion(frame: pd.DataFrame, lang: str, compact: bool = False) -> go.Figure:
    """2022 results against 2022 targets, each bar saying whose claim it is: the report's own
    completion statements (solid) and the ratios the comparison rule allows us to compute from a
    target's and a result's quotes (hatched, with both figures and their wording). Pairs the rule
    rejects are not drawn. The subtitle says what the report cannot tell. On a phone (`compact`) the
    line under each label says whose claim the bar is."""
    frame = comparison.assess_targets(frame)
    frame = frame[frame["check"] != comparison.Check.NOT_COMPARABLE].reset_index(drop=True)
    rows = frame.to_dict("records")
    texts = [check_text(r, lang) for r in rows]
    percents = [check_pct(r) for r in rows]
    fig = go.Figure()
    if compact:
        blocks = [
            axis_label(r, lang, compact=True) + "".join(f"<br>{grey(line)}" for line in wrap_text(text, *PHONE_NOTE))
            for text, r in zip(texts, rows, strict=True)
        ]
        labels = _phone_rows(fig, blocks)  # top row first, as on a desktop
    else:
        labels = [axis_label(r, lang) for r in rows]
    for check, style in CHECK_STYLES.items():
        shown = [i for i, r in enumerate(rows) if r["check"] == check]
        if not shown:
            continue
        fig.add_trace(
            go.Bar(
                x=[rows[i]["completion_pct"] for i in shown], y=[labels[i] for i in shown], orientation="h",
                name=i18n.t(f"check_{check}", lang), text=[(percents if compact else texts)[i] for i in shown],
                textposition="outside", cliponaxis=False, constraintext="none",
                customdata=[[rows[i]["result_fact"], escape(i18n.metric(rows[i], lang)), escape(texts[i]),
                             _wrap(rows[i]["result_quote"]), _wrap(rows[i]["target_quote"] or "")] for i in shown],
                hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<br>%{customdata[4]}"
                "<extra></extra>", **style, **({"width": MARK_PX} if compact else {}),
            )
        )  # fmt: skip
    fig.add_vline(x=100, line={"color": "#E15759", "dash": "dash"})
    title, x_title = i18n.t("chart_targets_met", lang), i18n.t("axis_result_of_target", lang)
    subtitle = i18n.t("targets_cannot_tell", lang)
    values = [r["completion_pct"] for r in rows]
    if compact:
        fig.update_xaxes(range=_outside_range(values, percents), ticksuffix="%", nticks=5)
        # The two claimants' names are long: one legend row each.
        fig = _phone_frame(fig, title, lang, x_title=x_title, subtitle=subtitle, legend_rows=2)
        return fig.update_layout(legend={"entrywidth": 1})
    fig.update_layout(barmode="relative", legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0})
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1])
    fig.update_xaxes(range=[0, max(130, max(values, default=100) * 1.25) * 1.6], ticksuffix="%")
    return _frame(fig, title, lang, height=190 + 56 * len(frame), x_title=x_title, subtitle=subtitle, legend=True)


KIND_SYMBOLS = {"actual": "circle", "target": "diamond", "context": "square"}
LOG_SPREAD = 20  # a dimension whose largest value is this many times its smallest gets a log axis


def sector_groups(frame: pd.DataFrame) -> tuple[list[str], pd.DataFrame]:
    """The dimensions of a sector's figures that hold two indicators or more (one chart each, most
    indicators first), and the figures of the other dimensions, which stand alone (a table)."""
    indicators = frame.groupby("dimension")["indicator"].nunique().sort_values(ascending=False, kind="stable")
    charted = indicators[indicators >= 2].index.tolist()
    return charted, frame[~frame["dimension"].isin(charted)]


def _log_ticks(low: float, high: float, steps: tuple[int, ...] = (1, 2, 5)) -> list[float]:
    """1, 2, 5 × 10^k (or other `steps`) between low and high."""
    ticks, power = [], math.floor(math.log10(low))
    while 10**power <= high * 10:
        ticks += [m * 10**power for m in steps if low <= m * 10**power <= high]
        power += 1
    return ticks


def sector_dimension(frame: pd.DataFrame, dimension: str, sector: str, lang: str, compact: bool = False) -> go.Figure:
    """A sector's indicators of one dimension (money, people, counts …), one row each, with the 2022
    result and the 2023 target side by side as labelled markers on one axis. The axis is logarithmic
    when the values span more than LOG_SPREAD times, so that 4 renewal areas stay visible beside
    2,700 charging piles; a legend names every year and kind drawn. On a phone (`compact`) the
    figures stand under each row's label, in their year's colour, instead of beside the markers."""
    frame = frame[frame["dimension"] == dimension]
    values, axis_unit = formatting.axis(frame, lang)
    frame = frame.assign(plotted=values)
    order = frame.groupby("indicator")["plotted"].max().sort_values().index.tolist()
    names = {
        ind: axis_label(rows.iloc[0], lang, compact=compact)
        + (PAIR_NOTE_MARK if rows["pair_note"].notna().any() else "")
        for ind, rows in frame.groupby("indicator", sort=False)
    }
    largest = frame["value_base"].abs().max()
    fig = go.Figure()
    if compact:

        def point(r: pd.Series) -> tuple[str, str]:
            kind = i18n.t("legend_year_kind", lang).format(year=r["year"], kind=i18n.kind_word(r["kind"], lang))
            return f"{kind} {formatting.figure(r, lang, largest)}", YEAR_COLORS.get(r["year"], GREY)

        top_first = order[::-1]
        blocks = [
            names[ind] + "<br>" + _pack([point(r) for _, r in frame[frame["indicator"] == ind].sort_values("year").iterrows()])
            for ind in top_first
        ]  # fmt: skip
        names = dict(zip(top_first, _phone_rows(fig, blocks), strict=True))
    labels = [names[ind] for ind in order]
    for (year, kind), rows in frame.groupby(["year", "kind"], sort=True):
        customdata, template = _hover(rows, lang)
        others = frame[(frame["year"] != year) | (frame["kind"] != kind)].groupby("indicator")["plotted"].max()
        right = [others.get(r["indicator"], -math.inf) <= r["plotted"] for _, r in rows.iterrows()]
        fig.add_trace(
            go.Scatter(
                x=rows["plotted"], y=[names[i] for i in rows["indicator"]], cliponaxis=False,
                mode="markers" if compact else "markers+text",
                name=i18n.t("legend_year_kind", lang).format(year=year, kind=i18n.kind_word(kind, lang)),
                marker={"size": 12, "symbol": KIND_SYMBOLS.get(kind, "circle"),
                        "color": YEAR_COLORS.get(year, "#999999")},
                text=None if compact else [escape(formatting.figure(r, lang, largest)) for _, r in rows.iterrows()],
                textposition=["middle right" if r else "middle left" for r in right],
                textfont={"size": 12, "color": YEAR_COLORS.get(year, "#555555")},
                customdata=customdata, hovertemplate=template,
            )
        )  # fmt: skip
    low, high = float(frame["plotted"].min()), float(frame["plotted"].max())
    log = low > 0 and high / low > LOG_SPREAD
    labelled = (
        []
        if compact
        else [label for trace in fig.data for label in zip(trace.x, trace.text, trace.textposition, strict=True)]
    )
    if log:
        ticks = _log_ticks(low / 2, high * 2, (1,) if high / low > 1000 else (1, 2, 5))  # no crowding
        left, right = _label_room(labelled, math.log10(low), math.log10(high), math.log10, 0.18)
        fig.update_xaxes(
            type="log", range=[left, right], tickvals=ticks, ticktext=[formatting.number(t) for t in ticks]
        )
    else:
        fig.update_xaxes(range=[0, _label_room(labelled, 0, high, float, 0.1 * high)[1]])
    if not compact:
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
    if compact:
        fig.update_xaxes(nticks=5)
        return _phone_frame(
            fig, title, lang, x_title=x_title, subtitle=subtitle, legend_rows=math.ceil(len(fig.data) / 2)
        )
    row_height = 22 + 16 * max(label.count("<br>") + 1 for label in labels)
    return _frame(fig, title, lang, height=200 + row_height * max(len(labels), 2), x_title=x_title,
                  subtitle=subtitle, legend=True)  # fmt: skip


SLIDE_HEIGHT = 860  # px a slide gives the figure (1600×900 less the page's padding)
SLIDE_SCALE = (0.8, 1.6)  # text grows at most this much on a slide, and shrinks at most this much


class SharedFigure:
    """A built figure that many sessions draw and nobody changes (`ui.figure` keeps one per input),
    held as the dict Streamlit sends: made from a built figure, or from that dict as a start kept it.

    Streamlit asks a figure for `to_dict()` on every draw, and plotly makes that dict anew each time (a
    deep copy of every trace and of the layout): here it is made once. The figure object (`figure`) is
    made only when something reads more than the dict (a citation's title, a slide): made from a
    kept dict, plotly checks every property, 0.2 s of a cold start whose first page never needs it.
    Read it, never change it; change a copy (`for_slide` makes one)."""

    def __init__(self, fig: go.Figure | dict):
        self._figure = fig if isinstance(fig, go.Figure) else None
        self._dict = fig.to_dict() if isinstance(fig, go.Figure) else fig
        self.drawn = _Drawn(self._dict)  # what st.plotly_chart takes

    def to_dict(self) -> dict:
        return self._dict

    @property
    def figure(self) -> go.Figure:
        if self._figure is None:
            self._figure = go.Figure(self._dict)
        return self._figure


class _Drawn(BaseFigure):
    """A SharedFigure as st.plotly_chart takes it: plotly.tools reads a BaseFigure by its to_dict() and
    checks no further, where a dict would be checked property by property on every draw. Nothing but
    to_dict() is ever asked of it, so plotly's own constructor is not run."""

    def __init__(self, as_dict: dict):
        self._as_dict = as_dict

    def to_dict(self) -> dict:
        return self._as_dict


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
