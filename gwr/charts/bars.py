"""Bar charts of one figure a row: the 2023 growth targets, the shares of the city, and the bars they share."""

from __future__ import annotations

from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import formatting, i18n
from gwr.charts import phone, style, wrap
from gwr.rules import wording

if TYPE_CHECKING:
    import pandas as pd

    from gwr.reports import Report


def _sector_bars(
    frame: pd.DataFrame,
    x: str,
    lang: str,
    text: list[str],
    compact: bool = False,
    details: list[str] | None = None,
    bounded: bool = False,
) -> go.Figure:
    """Horizontal bars of `frame[x]` in row order, one trace per sector so the legend names each
    sector colour; the hover shows value, unit, qualifier and clause. Where the bar is the row's figure
    (`bounded`), a lower bound's bar ends in style's triangle, as on every chart. On a phone (`compact`)
    each label stands above its bar with the sector and `details` in grey under it, instead of a legend."""
    customdata, template = style.hover(frame, lang)
    fig = go.Figure()
    if compact:
        blocks = [
            "<br>".join([wrap.axis_label(r, lang, compact=True),
                         style.grey(" · ".join([i18n.sector_name(r["sector"], lang), *([d] if d else [])]))])
            for d, (_, r) in zip(details or [""] * len(frame), frame.iterrows(), strict=True)
        ]  # fmt: skip
        labels = phone.label_rows(fig, blocks[::-1])[::-1]  # the first row of `frame` is drawn lowest
    else:
        labels = [wrap.axis_label(r, lang) for _, r in frame.iterrows()]
    for sector in dict.fromkeys(frame["sector"]):
        rows = [i for i, s in enumerate(frame["sector"]) if s == sector]
        fig.add_trace(
            go.Bar(
                x=frame[x].iloc[rows], y=[labels[i] for i in rows], orientation="h", name=i18n.sector_name(sector, lang),
                marker_color=style.sector_color(sector), text=[text[i] for i in rows], textposition="outside",
                cliponaxis=False, constraintext="none", customdata=[customdata[i] for i in rows],
                hovertemplate=template, **({"width": phone.MARK_PX} if compact else {}),
            )
        )  # fmt: skip
    lower = [bounded and wording.is_lower(bound) for bound in frame["bound"]]
    if any(lower):
        tips = [i for i, low in enumerate(lower) if low]
        fig.add_trace(go.Scatter(
            x=frame[x].iloc[tips], y=[labels[i] for i in tips], mode="markers", name=i18n.t("legend_lower_bound", lang),
            showlegend=False, hoverinfo="skip", cliponaxis=False,
            marker=style.bar_tip(),
        ))  # fmt: skip
        if not compact:
            fig.add_traces(style.key_entries(lang, labels[tips[0]], unlike=False, lower=True))
    if compact:
        fig.update_xaxes(range=phone.outside_range(frame[x].tolist(), text))
        return fig
    # One bar per category, so stacking never stacks; it only keeps bars full width and in row order.
    fig.update_layout(barmode="relative", legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0})
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    return fig


def _row_px(fig: go.Figure, least: int) -> int:
    """The px a bar's row takes: `least`, or more where a label wraps to more than two lines."""
    return max(least, 12 + 16 * wrap.line_count(fig.layout.yaxis.categoryarray or []))


def bar_values(fig: go.Figure) -> list:
    """Every bar value of a figure, across its traces (for checks and tests)."""
    return [value for trace in fig.data if trace.type == "bar" for value in trace.x]


def bar_texts(fig: go.Figure) -> list[str]:
    return [text for trace in fig.data if trace.type == "bar" for text in trace.text]


def growth_targets(frame: pd.DataFrame, lang: str, compact: bool = False, *, report: Report) -> go.Figure:
    """The 2023 growth-rate and ratio targets as horizontal bars, largest first (`compact`: for a phone)."""
    frame = frame.sort_values("value")
    fig = _sector_bars(frame, "value", lang, [style.value_label(r, lang) for _, r in frame.iterrows()], compact,
                       bounded=True)  # fmt: skip
    title, x_title = report.text("chart_growth_targets", lang), i18n.t("axis_target_pct", lang)
    if compact:
        fig.update_xaxes(nticks=5)
        return phone.layout(fig, title, lang, x_title=x_title, report=report)
    fig.update_xaxes(range=style.value_range(frame["value"]))
    return style.layout(
        fig, title, lang, height=150 + _row_px(fig, 42) * len(frame), x_title=x_title, legend=True, report=report
    )


def city_shares(frame: pd.DataFrame, lang: str, compact: bool = False, *, report: Report) -> go.Figure:
    """Every figure with a share of the city stated by the report, sorted by share, value and unit on
    each bar; shares and ranks are the report's own claims, and the title says so. On a phone
    (`compact`) the bar carries the share and the line under its label the figure and rank."""
    frame = frame.sort_values("city_share_pct")
    shares = [f"{formatting.number(v)}%" for v in frame["city_share_pct"]]
    details = [
        " · ".join(
            ([style.value_label(r, lang)] if r["unit"] != "%" else [])
            + ([formatting.rank(r["city_rank"], lang)] if not formatting.missing(r["city_rank"]) else [])
        )
        for _, r in frame.iterrows()
    ]
    title, x_title = report.text("shares_title", lang), i18n.t("axis_share_pct", lang)
    ticks = {"tickvals": [0, 25, 50, 75, 100], "ticksuffix": "%"}
    if compact:
        fig = _sector_bars(frame, "city_share_pct", lang, shares, compact, details)
        fig.update_xaxes(**ticks)
        return phone.layout(fig, title, lang, x_title=x_title, report=report)
    labels = [" · ".join(filter(None, [share, detail])) for share, detail in zip(shares, details, strict=True)]
    fig = _sector_bars(frame, "city_share_pct", lang, labels)
    fig.update_xaxes(range=[0, 135], **ticks)
    return style.layout(
        fig, title, lang, height=150 + _row_px(fig, 44) * len(frame), x_title=x_title, legend=True, report=report
    )
