"""What every figure shares: fonts, colours, the trimmed template, the title and the source line inside
the image, the title a slide gives it, value labels with their unit, one encoding of a † pair and of a
lower bound, and the hover that gives a figure's clause and where the report says it.
"""

from __future__ import annotations

import functools
import textwrap
from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import formatting, i18n
from gwr.charts import wrap
from gwr.charts.wrap import escape
from gwr.data import package
from gwr.data.report import locator_label
from gwr.rules import wording

if TYPE_CHECKING:
    import pandas as pd

    from gwr.reports import Report


FONT_FAMILY = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
# Tableau 20, one colour per sector in the order of the sector vocabulary.
PALETTE = (
    "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F",
    "#499894", "#86BCB6", "#D37295", "#A0CBE8", "#FFBE7D", "#8CD17D", "#B6992D", "#79706E", "#F1CE63",
    "#D4A6C8", "#9D7660",
)  # fmt: skip


SECTOR_COLORS = dict(zip(i18n.SECTORS, PALETTE, strict=True))
RESULT_COLOR, TARGET_COLOR = "#4E79A7", "#F28E2B"  # the year a report reviews, and the year it targets
DATA_VERSION = package.descriptor()["version"]


def title_of(fig: go.Figure) -> str:
    """A figure's title as plain text."""
    meta = fig.layout.meta
    return meta.get("title", "") if isinstance(meta, dict) else str(fig.layout.title.text or "")


def slide_title(title: str, lang: str, report: Report, scope: str = "") -> str:
    """The title of a chart on a slide, which travels without its page: the report's place, and the
    filter its rows are (`scope`, a sector's name), before the chart's own title. The place is left out
    where the title names it already (the share of the city chart's)."""
    if scope:
        title = i18n.t("scoped_title", lang).format(scope=scope, title=title)
    if report.words(lang)["place"] in title:
        return title
    return report.text("slide_title", lang, title=title)


def sector_color(sector: str) -> str:
    return SECTOR_COLORS.get(sector, "#999999")


def _counted(unit_base: str, lang: str) -> str:
    """The unit a value label gives: the row's own, except that a generic count, which the English
    formatter writes as a bare number, says it counts items (units.csv's English for it; the Chinese
    figure keeps the report's own unit)."""
    return i18n.t("count_noun", lang) if formatting.BASE_UNITS_EN.get(unit_base) == "" else unit_base


def value_label(row: pd.Series | dict, lang: str, largest: float | None = None) -> str:
    """A fact's figure as a chart labels it, always with a unit: formatting.figure, with _counted's unit."""
    return formatting.figure({**row, "unit_base": _counted(row["unit_base"], lang)}, lang, largest)


def pair_label(row: pd.Series | dict, year: int, lang: str) -> str:
    """One side of a year_pairs row as a chart labels it, always with a unit (formatting.pair_side)."""
    unit = f"unit_base_{year}"
    return formatting.pair_side({**row, unit: _counted(row[unit], lang)}, year, lang)


# One encoding, on every chart, of what keeps two figures from reading as a change: the marks of a pair
# that is not like for like (†) are hollow, and the line between them (where a chart draws one) dotted;
# a lower bound (≥, >: the figure is at least this) is a triangle pointing to higher values, in place
# of its year's or kind's symbol. A legend entry names each (key_entries), in the catalog's words.
UNLIKE_MARK = " †"
UNLIKE_DASH = "dot"
LOWER_BOUND_SYMBOL = "triangle-right"
MARK_SIZE = 12
KEY_GREY = "#777777"


def mark_symbol(symbol: str, *, like: bool = True, lower: bool = False) -> str:
    """The symbol of one mark: `symbol` (its year's or kind's), a triangle for a lower bound, hollow for a † pair."""
    return (LOWER_BOUND_SYMBOL if lower else symbol) + ("" if like else "-open")


def marks(symbol: str, color: str, likes, bounds) -> dict:
    """The marker of a trace's points in one colour: mark_symbol for each point's pair (`likes`) and bound."""
    return {
        "size": MARK_SIZE,
        "color": color,
        "line": {"width": 2, "color": color},
        "symbol": [mark_symbol(symbol, like=bool(like), lower=wording.is_lower(bound or "point"))
                   for like, bound in zip(likes, bounds, strict=True)],
    }  # fmt: skip


def bar_tip() -> dict:
    """The marker of a lower bound at the end of its bar: the triangle, inside the bar's tip (pointing
    right and backed off by half its size), so the value label beside the bar stays clear."""
    return {"symbol": "triangle-up", "angle": 90, "standoff": MARK_SIZE / 2, "size": MARK_SIZE, "color": KEY_GREY,
            "line": {"width": 1, "color": "#ffffff"}}  # fmt: skip


def pair_line(color: str, like: bool) -> dict:
    """The line between the two figures of a pair: solid, or dotted for a † pair."""
    return {"color": color, "width": 3, "dash": "solid" if like else UNLIKE_DASH}


def legend_entry(name: str, at, **marker_or_line) -> go.Scatter:
    """A legend-only trace (no point is drawn), so the legend shows the encoding itself rather than
    whichever row comes first; `at` is a y value already on the axis (a category, or a phone row's
    pixel position), so the axis gains nothing."""
    mode = "+".join(mode for mode, key in (("lines", "line"), ("markers", "marker")) if key in marker_or_line)
    return go.Scatter(x=[None], y=[at], mode=mode, name=name, hoverinfo="skip", showlegend=True, **marker_or_line)


def key_entries(lang: str, at, *, unlike: bool, lower: bool) -> list[go.Scatter]:
    """The legend entries of the encoding, for what a chart draws: a † pair (a dotted line through a
    hollow mark), a lower bound (the triangle)."""
    entries = []
    if unlike:
        entries.append(legend_entry(
            i18n.t("legend_unlike", lang), at, line={"color": KEY_GREY, "width": 3, "dash": UNLIKE_DASH},
            marker={"symbol": "circle-open", "size": MARK_SIZE, "color": KEY_GREY, "line": {"width": 2}},
        ))  # fmt: skip
    if lower:
        marker = {"symbol": LOWER_BOUND_SYMBOL, "size": MARK_SIZE, "color": KEY_GREY}
        entries.append(legend_entry(i18n.t("legend_lower_bound", lang), at, marker=marker))
    return entries


LEGEND_ROW = 34  # px a row of a horizontal legend takes above the plot
LEGEND_PER_ROW = 3  # entries a row of a long legend holds, each a third of the plot's width


def legend_rows(fig: go.Figure, legend: bool) -> int:
    """The rows a horizontal legend of `fig` takes on a desktop: one for up to LEGEND_PER_ROW entries;
    a longer legend is laid out LEGEND_PER_ROW to a row (each entry a fixed third of the plot's width,
    so the rows are known here; Plotly's own wrapping depends on text widths it alone measures)."""
    entries = sum(1 for trace in fig.data if trace.showlegend is not False and trace.name) if legend else 0
    if entries > LEGEND_PER_ROW:
        fig.update_layout(legend={"entrywidth": 1 / LEGEND_PER_ROW, "entrywidthmode": "fraction"})
    return -(-entries // LEGEND_PER_ROW)


def source_line(lang: str, report: Report) -> str:
    """The line under every chart: the report it draws from, and the version of the package its rows are in."""
    return f"{report.text('source', lang)} · {i18n.t('data_version', lang)} {report.version}"


def sources_line(lang: str, reports: list[str]) -> str:
    """The line under a chart of several reports (`reports`: each one's place and year); each report's
    package has its own version, which its own pages give."""
    return i18n.t("sources_many", lang).format(reports=i18n.t("sources_separator", lang).join(reports))


def credits(title: str, lang: str, report: Report | None, scope: str, source: str) -> tuple[str, str]:
    """A figure's source line and the title a slide gives it: the report's (source_line, slide_title), or
    for a chart of several reports (no `report`) its own `source` line and its own title."""
    if report is None:
        return source, title
    return source or source_line(lang, report), slide_title(title, lang, report, scope)


def year_color(year: int, report: Report) -> str:
    """A year's colour: the year the report reviews (its results) and the year it targets, each its own
    on every chart; any other year grey."""
    return {report.reviews_year: RESULT_COLOR, report.targets_year: TARGET_COLOR}.get(year, GREY)


def hover_text(text: str, width: int = 28) -> str:
    """Escape and wrap a clause for a hover label (Plotly hover labels do not wrap by themselves)."""
    return "<br>".join(textwrap.wrap(escape(str(text)), width)) if isinstance(text, str) else ""


def value_range(values: pd.Series, headroom: float = 1.35) -> list[float]:
    """An axis range from zero with room for the value labels outside the bars."""
    top = float(values.max()) if len(values) else 1.0
    return [0, top * headroom if top > 0 else 1.0]


def layout(
    fig: go.Figure,
    title: str,
    lang: str,
    *,
    height: int,
    x_title: str = "",
    subtitle: str = "",
    legend: bool = False,
    scope: str = "",
    report: Report | None,
    source: str = "",
) -> go.Figure:
    """Title (and subtitle), fonts, margins and the source line of `report` inside the image; the title
    a slide gives it (slide_title, with the `scope` of its rows). A chart of several reports gives no
    `report` but its own `source` line (sources_line), and its title names what it compares."""
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
        # A legend gets rows of its own between the (sub)title and the plot.
        margin={"l": 10, "r": 40, "t": (90 if subtitle else 70) + LEGEND_ROW * legend_rows(fig, legend), "b": 80},
        showlegend=legend,
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    source, slide = credits(title, lang, report, scope, source)
    return finish(fig, title, escape(x_title), escape(source), source_shift=-62, source_size=11, slide=slide)


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
    fig: go.Figure, title: str, x_title: str, source: str, *, source_shift: float, source_size: int, slide: str
) -> go.Figure:
    """What every figure shares, on a desktop or a phone: theme, hover font, the plain title for
    citations (the drawn one is escaped) and for a slide (gwr.charts.slides), the x axis title and the
    source line under the plot (both as drawn: escaped, maybe wrapped)."""
    fig.update_layout(
        template=template(),
        hoverlabel={"font": {"family": FONT_FAMILY}, "align": "left"},
        meta={"title": title, "slide_title": slide},
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
            escape(wrap.metric(row, lang)),
            escape(value_label(row, lang)),
            hover_text(row["quote"]),
            escape(locator_label(row.get("locator") or "", lang)),
        ]
        for _, row in frame.iterrows()
    ]
    template = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<br><i>%{customdata[4]}</i><extra></extra>"
    return data, template
