"""A sector's indicators, one chart per dimension (money, people, counts …), on a log axis when they span
more than LOG_SPREAD times.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import formatting, i18n
from gwr.charts import phone, style, wrap, years
from gwr.charts.wrap import escape
from gwr.rules import wording

if TYPE_CHECKING:
    import pandas as pd

    from gwr.reports import Report


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


def sector_dimension(
    frame: pd.DataFrame, dimension: str, sector: str, lang: str, compact: bool = False, *, report: Report
) -> go.Figure:
    """A sector's indicators of one dimension (money, people, counts …), one row each, with the 2022
    result and the 2023 target side by side as labelled markers on one axis. The axis is logarithmic
    when the values span more than LOG_SPREAD times, so that 4 renewal areas stay visible beside
    2,700 charging piles; a legend names every year and kind drawn. An indicator whose two years are
    not like for like (a pair note) and a lower bound are drawn as on 2022 → 2023 (style's encoding:
    †, hollow marks joined by a dotted line; a triangle). On a phone (`compact`) the figures stand
    under each row's label, in their year's colour, instead of beside the markers."""
    frame = frame[frame["dimension"] == dimension]
    values, axis_unit = formatting.axis(frame, lang)
    frame = frame.assign(plotted=values)
    order = frame.groupby("indicator")["plotted"].max().sort_values().index.tolist()
    unlike = set(frame.loc[frame["pair_note"].notna(), "indicator"])
    names = {
        ind: wrap.axis_label(rows.iloc[0], lang, compact=compact) + (style.UNLIKE_MARK if ind in unlike else "")
        for ind, rows in frame.groupby("indicator", sort=False)
    }
    largest = frame["value_base"].abs().max()
    fig = go.Figure()
    if compact:

        def point(r: pd.Series) -> tuple[str, str]:
            kind = i18n.t("legend_year_kind", lang).format(year=r["year"], kind=i18n.kind_word(r["kind"], lang))
            return f"{kind} {style.value_label(r, lang, largest)}", style.year_color(r["year"], report)

        top_first = order[::-1]
        blocks = [
            names[ind] + "<br>" + phone.pack([point(r) for _, r in frame[frame["indicator"] == ind].sort_values("year").iterrows()])
            for ind in top_first
        ]  # fmt: skip
        names = dict(zip(top_first, phone.label_rows(fig, blocks), strict=True))
    labels = [names[ind] for ind in order]
    for ind in order:  # a † pair's marks are joined by a dotted line, under them
        plotted = frame.loc[frame["indicator"] == ind, "plotted"]
        if ind in unlike and len(plotted) > 1:
            fig.add_trace(go.Scatter(
                x=[plotted.min(), plotted.max()], y=[names[ind]] * 2, mode="lines", name=i18n.t("legend_unlike", lang),
                showlegend=False, hoverinfo="skip", line=style.pair_line(style.sector_color(sector), like=False),
            ))  # fmt: skip
    entries, labelled = [], []
    for (year, kind), rows in frame.groupby(["year", "kind"], sort=True):
        customdata, template = style.hover(rows, lang)
        others = frame[(frame["year"] != year) | (frame["kind"] != kind)].groupby("indicator")["plotted"].max()
        right = [others.get(r["indicator"], -math.inf) <= r["plotted"] for _, r in rows.iterrows()]
        name = i18n.t("legend_year_kind", lang).format(year=year, kind=i18n.kind_word(kind, lang))
        color, symbol = style.year_color(year, report), KIND_SYMBOLS.get(kind, "circle")
        texts = [style.value_label(r, lang, largest) for _, r in rows.iterrows()]
        positions = ["middle right" if r else "middle left" for r in right]
        labelled += zip(rows["plotted"], texts, positions, strict=True)
        fig.add_trace(
            go.Scatter(
                x=rows["plotted"], y=[names[i] for i in rows["indicator"]], cliponaxis=False,
                mode="markers" if compact else "markers+text", name=name, showlegend=False,
                marker=style.marks(symbol, color, ~rows["indicator"].isin(unlike), rows["bound"]),
                text=None if compact else [escape(text) for text in texts], textposition=positions,
                textfont={"size": 12, "color": color},
                customdata=customdata, hovertemplate=template,
            )
        )  # fmt: skip
        # The legend shows the year's colour and the kind's symbol, whatever the first row's encoding.
        entries.append(
            style.legend_entry(name, labels[0], marker={"size": style.MARK_SIZE, "symbol": symbol, "color": color})
        )
    lower = frame["bound"].map(wording.is_lower).any()
    fig.add_traces([*entries, *style.key_entries(lang, labels[0], unlike=bool(unlike), lower=bool(lower))])
    low, high = float(frame["plotted"].min()), float(frame["plotted"].max())
    log = low > 0 and high / low > LOG_SPREAD
    labelled = [] if compact else labelled
    if log:
        ticks = _log_ticks(low / 2, high * 2, (1,) if high / low > 1000 else (1, 2, 5))  # no crowding
        left, right = years.label_room(labelled, math.log10(low), math.log10(high), math.log10, 0.18)
        fig.update_xaxes(
            type="log", range=[left, right], tickvals=ticks, ticktext=[formatting.number(t) for t in ticks]
        )
    else:
        fig.update_xaxes(range=[0, years.label_room(labelled, 0, high, float, 0.1 * high)[1]])
    if not compact:
        fig.update_yaxes(categoryorder="array", categoryarray=labels)
        fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"})
    title = report.text(
        "chart_sector_dimension",
        lang,
        sector=i18n.sector_name(sector, lang),
        dimension=i18n.dimension_name(dimension, lang),
    )
    subtitle = i18n.t("sector_dimension_subtitle", lang).format(
        scale=i18n.t("scale_log" if log else "scale_linear", lang)
    )
    if frame["pair_note"].notna().any():
        subtitle += i18n.t("unlike_key", lang)
    x_title = i18n.t("axis_value_unit", lang).format(unit=axis_unit)
    if compact:
        fig.update_xaxes(nticks=5)
        return phone.layout(
            fig, title, lang, x_title=x_title, subtitle=subtitle, report=report,
            legend_rows=math.ceil(sum(trace.showlegend is True for trace in fig.data) / 2),
        )  # fmt: skip
    row_height = 22 + 16 * wrap.line_count(labels)
    return style.layout(fig, title, lang, height=200 + row_height * max(len(labels), 2), x_title=x_title,
                  subtitle=subtitle, legend=True, report=report)  # fmt: skip
