"""2022 → 2023: each 2022 result against its 2023 target, on an index axis, by the comparison rule."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import i18n
from gwr.charts import phone, style, wrap
from gwr.charts.wrap import escape
from gwr.rules import comparison, wording

if TYPE_CHECKING:
    import pandas as pd

    from gwr.reports import Report


PAIR_NOTE_MARK = style.UNLIKE_MARK
INDEX_TICKS = (10, 25, 50, 75, 100, 150, 200, 300, 500, 1000, 2000, 3000, 5000)
DESKTOP_PLOT_WIDTH = 540  # px of plot area at a 1400 px window beside the open sidebar and long row names


def label_room(labelled: list, low: float, high: float, scale, pad: float) -> tuple[float, float]:
    """An axis range (in axis units: `scale` maps a value to them) from `low` to `high` widened so
    that every (value, text, textposition) label beside its marker fits inside the plot."""
    left, right = low - pad, high + pad
    for _ in range(2):  # each side's room depends on the other's
        for value, text, position in labelled:
            share = (wrap.width_px(text) + 16) / DESKTOP_PLOT_WIDTH  # of the plot's width the label needs
            at = scale(value)
            if position.endswith("right"):
                right = max(right, (at - share * left) / (1 - share) if share < 1 else right)
            else:
                left = min(left, (at - share * right) / (1 - share) if share < 1 else left)
    return left, right


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


def year_pairs(
    frame: pd.DataFrame, lang: str, unlike: bool = False, compact: bool = False, *, report: Report
) -> go.Figure:
    """Dumbbells from each 2022 result to its 2023 target on an index axis (2022 = 100), each end
    labelled with its figure in its own unit, grouped by sector.

    Only like-for-like pairs by default (gwr.rules.comparison decides); with `unlike`, the pairs that are
    not like for like are added, marked † and drawn as style encodes them (dotted, hollow), their note
    on hover; a lower bound's end is style's triangle. When every row is of one sector (the query's
    filter), a slide's title names it. On a phone (`compact`) the two figures stand on the line under
    the row's label, in their colours.
    """
    sectors = frame["sector"].unique()
    scope = i18n.sector_name(sectors[0], lang) if len(sectors) == 1 else ""
    frame = comparison.assess(frame)
    if not unlike:
        frame = frame[frame["like_for_like"]]
    frame = frame.assign(index_2023=frame["value_base_2023"] / frame["value_base_2022"] * 100)
    frame = frame.sort_values(["sector", "index_2023"], ascending=[False, True]).reset_index(drop=True)
    names = [
        wrap.axis_label(r, lang, prefix=f"{i18n.sector_name(r['sector'], lang)} · ", compact=compact)
        + ("" if r["like_for_like"] else PAIR_NOTE_MARK)
        for _, r in frame.iterrows()
    ]
    sides = {year: [style.pair_label(r, year, lang) for _, r in frame.iterrows()] for year in (2022, 2023)}
    # The query's sides are named 2022 (the year reviewed: results) and 2023 (the year targeted); what a
    # reader sees is the report's own years, in its colours.
    shown_year = {2022: report.reviews_year, 2023: report.targets_year}
    colour = {2022: style.RESULT_COLOR, 2023: style.TARGET_COLOR}
    fig = go.Figure()
    if compact:
        blocks = [
            f"{name}<br>"
            + phone.pack([(f"{shown_year[year]} {sides[year][i]}", colour[year]) for year in (2022, 2023)])
            for i, name in enumerate(names)
        ]
        labels = phone.label_rows(fig, blocks[::-1])[::-1]  # the first row is drawn lowest, as on a desktop
    else:
        labels = names
    for label, (_, row) in zip(labels, frame.iterrows(), strict=True):
        fig.add_trace(
            go.Scatter(
                x=[100, row["index_2023"]], y=[label, label], mode="lines", showlegend=False, hoverinfo="skip",
                line=style.pair_line(style.sector_color(row["sector"]), row["like_for_like"]),
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
                r[f"fact_{year}"], escape(wrap.metric(r, lang)), escape(text), style.hover_text(r[f"quote_{year}"]),
                style.hover_text(i18n.data_text(r, "pair_note", lang), 40), escape(change),
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
                textfont={"size": 12, "color": colour[year]},
                cliponaxis=False,
                marker=style.marks(symbol, colour[year], frame["like_for_like"], frame[f"bound_{year}"]),
                customdata=customdata,
                hovertemplate=f"<b>{shown_year[year]}</b> %{{customdata[1]}}<br>%{{customdata[2]}}"
                f"<br>{escape(i18n.t('change', lang))}: %{{customdata[5]}}"
                "<br><br>“%{customdata[3]}”<br><i>%{customdata[4]}</i><extra></extra>",
            )
        )
    first = labels[0] if labels else ""
    for year, symbol in ((2022, "circle"), (2023, "diamond")):
        marker = {"symbol": symbol, "size": style.MARK_SIZE, "color": colour[year]}
        fig.add_trace(style.legend_entry(report.text(f"legend_{year}", lang), first, marker=marker))
    lower = any(wording.is_lower(bound) for year in (2022, 2023) for bound in frame[f"bound_{year}"])
    fig.add_traces(style.key_entries(lang, first, unlike=not frame["like_for_like"].all(), lower=lower))
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
        span = list(label_room(labelled, math.log10(low), math.log10(high), math.log10, math.log10(pad)))
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
    title = report.text("pairs_title_unlike" if unlike else "pairs_title", lang)
    if compact:
        return phone.layout(fig, title, lang, x_title=report.text("pairs_axis", lang), subtitle=subtitle, scope=scope,
                            report=report, legend_rows=math.ceil(sum(t.showlegend is True for t in fig.data) / 2))  # fmt: skip
    fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"})
    row_height = 22 + 16 * wrap.line_count(labels) if labels else 30
    return style.layout(
        fig,
        title,
        lang,
        height=210 + row_height * len(frame),
        x_title=report.text("pairs_axis", lang),
        subtitle=subtitle,
        legend=True,
        scope=scope,
        report=report,
    )
