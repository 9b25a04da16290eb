"""Across reports: the shares of one city's total that its districts' reports state, side by side with
their sum (a sum above 100 % flagged: the claims cannot all hold)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import formatting, i18n
from gwr.charts import phone, style, wrap
from gwr.charts.wrap import escape

if TYPE_CHECKING:
    import pandas as pd

    from gwr.reports import Report

OVER_COLOR = "#E15759"  # a sum above 100 %
SUM_COLOR = "#79706E"


def report_names(frame: pd.DataFrame, lang: str) -> list[str]:
    """Each report of the rows once, as a source line names it: East District 2024 (report_place_year)."""
    seen = dict.fromkeys((i18n.field(r, "place", lang), int(r["report_year"])) for r in frame.to_dict("records"))
    return [i18n.t("report_place_year", lang).format(place=place, year=year) for place, year in seen]


def share_sums(frame: pd.DataFrame, indicator: str, lang: str, compact: bool = False, *, report: Report) -> go.Figure:
    """For each city and year: a bar for each district's stated share, then their sum, red and noted when
    it passes 100 %, with a line at 100 %. Each bar is a report's own claim; the sum is our arithmetic,
    and its label says so. `report` (the one shown elsewhere) is not named: the chart is of several."""
    rows = frame.to_dict("records")
    bars, groups = [], []
    for (_, year), members in frame.groupby(["parent_code", "year"], sort=False):
        first = members.iloc[0].to_dict()
        city = i18n.t("compare_city_year", lang).format(city=first[f"parent_{lang}"], year=int(year))
        groups.append(city)
        for row in members.to_dict("records"):
            label = i18n.t("compare_city_year", lang).format(city=i18n.field(row, "place", lang), year=int(year))
            share = f"{formatting.number(row['city_share_pct'])}%"
            bars.append((label, row["city_share_pct"], share, style.sector_color("economy"), row))
        total = float(members["city_share_pct"].sum())
        shown = f"{formatting.number(round(total, 1))}%"
        note = (
            i18n.t("compare_sum_over", lang).format(sum=shown)
            if total > 100 + 1e-9
            else i18n.t("compare_sum_under", lang).format(sum=shown, places=i18n.count(len(members), "place", lang))
        )
        colour = OVER_COLOR if total > 100 + 1e-9 else SUM_COLOR
        bars.append((f"{city} · {i18n.t('compare_sum', lang)}", total, note, colour, None))  # our arithmetic
    fig = go.Figure()
    if compact:
        labels = phone.label_rows(fig, [escape(label) for label, *_ in bars][::-1])[::-1]
    else:
        labels = ["<br>".join(escape(line) for line in wrap.wrap_label(label, 34, 20)) for label, *_ in bars]
    # As every builder's: [fact_id, what the bar is, its figure, the clause]; the sum has no fact.
    hover = [
        [row["fact_id"] if row else "", escape(label), escape(text), style.hover_text(row["quote"]) if row else ""]
        for label, _, text, _, row in bars
    ]
    fig.add_trace(
        go.Bar(
            x=[value for _, value, *_ in bars], y=labels, orientation="h", showlegend=False,
            marker_color=[colour for *_, colour, _ in bars], text=[escape(text) for _, _, text, _, _ in bars],
            textposition="outside", cliponaxis=False, constraintext="none", customdata=hover,
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>%{customdata[3]}<extra></extra>",
            **({"width": phone.MARK_PX} if compact else {}),
        )
    )  # fmt: skip
    fig.add_vline(x=100, line={"color": "#999999", "dash": "dash", "width": 1})
    name = rows[0][f"metric_{lang}"] if rows else indicator
    title = i18n.t("compare_shares", lang).format(indicator=name)
    source = style.sources_line(lang, report_names(frame, lang))
    x_title = i18n.t("axis_share_of_city", lang)
    top = max([value for _, value, *_ in bars] + [100])
    if compact:
        fig.update_xaxes(range=[0, top * 1.6], ticksuffix="%", nticks=5)
        return phone.layout(fig, title, lang, x_title=x_title, report=None, source=source)
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1])
    fig.update_xaxes(range=[0, top * 2.2], ticksuffix="%")
    height = 150 + (22 + 16 * wrap.line_count(labels)) * len(labels)
    return style.layout(fig, title, lang, height=height, x_title=x_title, report=None, source=source)
