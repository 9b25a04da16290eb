"""What every figure shares: fonts, colours, the trimmed template, the title and the source line inside
the image, and the hover that gives a figure's clause and where the report says it.
"""

from __future__ import annotations

import functools
import textwrap
from html import escape
from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import formatting, i18n
from gwr.data import package, report

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
DATA_VERSION = package.descriptor()["version"]


def title_of(fig: go.Figure) -> str:
    """A figure's title as plain text."""
    meta = fig.layout.meta
    return meta.get("title", "") if isinstance(meta, dict) else str(fig.layout.title.text or "")


def sector_color(sector: str) -> str:
    return SECTOR_COLORS.get(sector, "#999999")


def source_line(lang: str) -> str:
    return f"{i18n.t('source', lang)} · {i18n.t('data_version', lang)} {DATA_VERSION}"


def hover_text(text: str, width: int = 28) -> str:
    """Escape and wrap a clause for a hover label (Plotly hover labels do not wrap by themselves)."""
    return "<br>".join(textwrap.wrap(escape(str(text)), width)) if isinstance(text, str) else ""


def value_range(values: pd.Series, headroom: float = 1.35) -> list[float]:
    """An axis range from zero with room for the value labels outside the bars."""
    top = float(values.max()) if len(values) else 1.0
    return [0, top * headroom if top > 0 else 1.0]


def layout(
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
    return finish(fig, title, escape(x_title), escape(source_line(lang)), source_shift=-62, source_size=11)


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


def finish(
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


GREY = "#6b6b6b"


def grey(text: str) -> str:
    """Escaped text drawn in grey (a detail line under a phone row's label)."""
    return f'<span style="color:{GREY}">{escape(text)}</span>'


def hover(frame: pd.DataFrame, lang: str) -> tuple[list[list[str]], str]:
    """customdata (fact_id, label, figure, clause, where in the report) and the template that shows it."""
    data = [
        [
            row["fact_id"],
            escape(i18n.metric(row, lang)),
            escape(formatting.figure(row, lang)),
            hover_text(row["quote"]),
            escape(report.locator_label(row.get("locator") or "", lang)),
        ]
        for _, row in frame.iterrows()
    ]
    template = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<br><i>%{customdata[4]}</i><extra></extra>"
    return data, template
