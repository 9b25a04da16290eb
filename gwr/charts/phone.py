"""The phone layout.

On a phone (about 360 px of chart) Plotly cannot wrap text, and axis labels beside the bars would
leave the bars no room. So a phone figure puts each row's label on its own lines above its mark,
across the full width, wraps every title and note itself, and keeps value labels short. The y axis
is measured in pixels (1 unit = 1 px of plot height), so labels and marks never drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr.charts import style, wrap
from gwr.charts.wrap import escape

if TYPE_CHECKING:
    from gwr.reports import Report

# Wrap widths (Latin, CJK characters) of the texts of a phone figure (a row label's: wrap.PHONE_LABEL).
PHONE_TITLE = (38, 19)  # of the title at 17 px
PHONE_NOTE = (54, 30)  # of the subtitle and the source line at 10–11 px
PHONE_AXIS = (46, 24)  # of the x axis title at 12 px
PHONE_PLOT_WIDTH = 300  # px a phone is sure to give the plot area (390 px screen less paddings)
LINE_PX, MARK_PX, ROW_GAP_PX = 16, 14, 14
LEGEND_SAMPLE_PX = 50  # of a legend entry, before its name: the sample (a line through a mark) and gaps


def _lines(text: str, widths: tuple[int, int]) -> list[str]:
    return [escape(line) for line in wrap.wrap_text(text, *widths)]


def label_rows(fig: go.Figure, blocks: list[str]) -> list[float]:
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


def layout(
    fig: go.Figure,
    title: str,
    lang: str,
    *,
    x_title: str = "",
    subtitle: str = "",
    legend_rows: int = 0,
    scope: str = "",
    report: Report | None,
    source: str = "",
) -> go.Figure:
    """A phone figure's frame: title and subtitle wrapped to the width, a legend (if any) in rows of
    its own above the plot (two entries to a row, or one where a name would not fit half the width),
    horizontal ticks, no room wasted at the sides, the source line wrapped; the title a slide gives it,
    as on a desktop (style.slide_title)."""
    names = [trace.name or "" for trace in fig.data if trace.showlegend is True]
    one_a_row = any(wrap.width_px(name) + LEGEND_SAMPLE_PX > PHONE_PLOT_WIDTH / 2 for name in names)
    if legend_rows and one_a_row:
        legend_rows = len(names)
    title_lines = _lines(title, PHONE_TITLE)
    subtitle_lines = _lines(subtitle, PHONE_NOTE) if subtitle else []
    source, slide = style.credits(title, lang, report, scope, source)
    source_lines = _lines(source, PHONE_NOTE)
    x_lines = _lines(x_title, PHONE_AXIS) if x_title else []
    title_bottom = 12 + 24 * len(title_lines)  # px from the top of the figure
    # Plotly sets the subtitle about a line's gap under the title; a legend row is about 30 px, and a row
    # of one entry under another about 20.
    legend_px = 30 + 20 * (legend_rows - 1) if one_a_row and legend_rows else 30 * legend_rows
    top = title_bottom + (15 * len(subtitle_lines) + 16 if subtitle_lines else 0) + legend_px + 6
    axis_height = 26 + 16 * len(x_lines)  # tick labels, then the axis title
    bottom = axis_height + 10 + 14 * len(source_lines)
    plot_height = fig.layout.yaxis.range[1]  # _phone_rows measured the rows in px
    height = round(top + plot_height + bottom)
    fig.update_layout(
        title={
            "text": "<br>".join(title_lines),
            "subtitle": {"text": "<br>".join(subtitle_lines), "font": {"size": 11, "color": style.GREY}},
            # Anchored at its middle: Plotly places a many-line title's top or bottom a line or two off.
            "x": 0, "xanchor": "left", "xref": "paper", "y": 1 - (title_bottom + 12) / 2 / height, "yanchor": "middle",
            "yref": "container", "font": {"size": 17},
        },
        font={"family": style.FONT_FAMILY, "size": 12, "color": "#262730"},
        height=height,
        margin={"l": 4, "r": 8, "t": top, "b": bottom},
        showlegend=legend_rows > 0,
        # Entries a row as counted above, so the rows the top margin leaves for the legend are enough.
        legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left", "yref": "paper",
                "entrywidth": 1 if one_a_row else 0.5, "entrywidthmode": "fraction"},
        dragmode=False,
    )  # fmt: skip
    fig.update_xaxes(tickangle=0, automargin=False, fixedrange=True, title_standoff=4)
    return style.finish(fig, title, "<br>".join(x_lines), "<br>".join(source_lines), source_shift=-axis_height - 6,
                        source_size=10, slide=slide)  # fmt: skip


def pack(parts: list[tuple[str, str]], width: float = PHONE_PLOT_WIDTH) -> str:
    """Coloured (text, colour) parts joined by " · ", a new line wherever the next would not fit."""
    lines, line, used = [], [], 0.0
    for text, color in parts:
        need = wrap.width_px(text) + (wrap.width_px(" · ") if line else 0)
        if line and used + need > width:
            lines, line, used = [*lines, line], [], 0.0
            need = wrap.width_px(text)
        line.append(f'<span style="color:{color}">{escape(text)}</span>')
        used += need
    return "<br>".join(" · ".join(spans) for spans in [*lines, line] if spans)


def outside_range(values: list[float], texts: list[str], low: float = 0.0) -> list[float]:
    """An x range from `low` wide enough that each bar's value label fits beside it on a phone."""
    top = max(values, default=1.0) or 1.0
    need = [
        v * PHONE_PLOT_WIDTH / max(PHONE_PLOT_WIDTH - wrap.width_px(t) - 8, 40)
        for v, t in zip(values, texts, strict=True)
    ]
    return [low, max(top * 1.05, *need) if need else top * 1.35]
