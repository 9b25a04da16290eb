"""The ledger's chart: a year's rate targets (growth rates and ratios, in %) and the results the next
report states for them, one row an indicator, the verdict of the one rule (gwr.rules.ledger) beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import formatting, i18n
from gwr.charts import phone, style, wrap
from gwr.charts.wrap import escape
from gwr.rules import ledger

if TYPE_CHECKING:
    import pandas as pd

    from gwr.reports import Report

# A verdict's colour: met and not met by the bounds in green and red; what the bounds leave open in greys.
VERDICT_COLORS = {
    ledger.Verdict.MET: "#59A14F",
    ledger.Verdict.NOT_MET: "#E15759",
    ledger.Verdict.UNDECIDED: "#9C755F",
    ledger.Verdict.NO_VERDICT: "#79706E",
}
TARGET_SYMBOL, RESULT_SYMBOL = "diamond-open", "circle"


def charted(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows the chart draws: year `year`'s pairs whose both sides are in %, and comparable."""
    rows = frame[(frame["ledger_year"] == year) & frame["target_fact"].notna() & frame["result_fact"].notna()]
    return rows[(rows["target_unit_base"] == "%") & (rows["result_unit_base"] == "%")]


def rate_targets(
    frame: pd.DataFrame, year: int, sources: tuple[str, ...], lang: str, compact: bool = False, *, report: Report
) -> go.Figure:
    """Each rate target of `year` (a hollow diamond) and the result the next report states (a dot in its
    verdict's colour), joined by a line; each labelled with its figure as written (≥ 6%, ≈ 10%), and the
    verdict and distance after the row's name. Verdicts are the rule's; the chart adds nothing to them.
    `sources`: the two reports, as the source line names them."""
    rows = charted(frame, year).to_dict("records")
    judged = [ledger.judge_row(r) for r in rows]
    shown = [(r, e) for r, e in zip(rows, judged, strict=True) if e.verdict in VERDICT_COLORS]
    shown.sort(key=lambda pair: pair[0]["result_value_base"] - pair[0]["target_value_base"])
    names = [
        f"{i18n.metric(r, lang)} · {i18n.t(ledger.label_key(e.verdict), lang)} {ledger.distance_text(e, '%', lang)}"
        for r, e in shown
    ]
    fig = go.Figure()
    if compact:  # the figures, which a phone's markers carry no label for, under the row's name
        sides = [
            f"{i18n.t('ledger_target', lang)} {formatting.figure(ledger.side(r, 'target_'), lang)} → "
            f"{i18n.t('ledger_result', lang)} {formatting.figure(ledger.side(r, 'result_'), lang)}"
            for r, _ in shown
        ]
        blocks = [
            "<br>".join([*(escape(line) for line in wrap.wrap_text(n, *wrap.PHONE_LABEL)), style.grey(escape(f))])
            for n, f in zip(names, sides, strict=True)
        ]
        labels = phone.label_rows(fig, blocks[::-1])[::-1]
    else:
        labels = ["<br>".join(escape(line) for line in wrap.wrap_label(n, 44, 26)) for n in names]
    for label, (r, e) in zip(labels, shown, strict=True):
        fig.add_trace(go.Scatter(
            x=[r["target_value_base"], r["result_value_base"]], y=[label, label], mode="lines", showlegend=False,
            hoverinfo="skip", line={"color": VERDICT_COLORS[e.verdict], "width": 2},
        ))  # fmt: skip
    for side, symbol in (("target_", TARGET_SYMBOL), ("result_", RESULT_SYMBOL)):
        figures = [formatting.figure(ledger.side(r, side), lang) for r, _ in shown]
        colours = [VERDICT_COLORS[e.verdict] for _, e in shown]
        ahead = [r["result_value_base"] >= r["target_value_base"] for r, _ in shown]
        outward = ahead if side == "result_" else [not a for a in ahead]
        fig.add_trace(go.Scatter(
            x=[r[f"{side}value_base"] for r, _ in shown], y=labels, mode="markers" if compact else "markers+text",
            showlegend=False, cliponaxis=False,
            marker={"symbol": symbol, "size": style.MARK_SIZE, "color": colours, "line": {"width": 2, "color": colours}},
            text=None if compact else [escape(f) for f in figures],
            textposition=["middle right" if out else "middle left" for out in outward],
            customdata=[[r[f"{side}fact"], escape(i18n.metric(r, lang)), escape(f), style.hover_text(r[f"{side}quote"])]
                        for (r, _), f in zip(shown, figures, strict=True)],
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<extra></extra>",
        ))  # fmt: skip
    first = labels[0] if labels else ""
    key = i18n.t("ledger_target", lang), i18n.t("ledger_result", lang)
    fig.add_trace(style.legend_entry(key[0], first, marker={"symbol": TARGET_SYMBOL, "size": style.MARK_SIZE,
                                                           "color": style.KEY_GREY, "line": {"width": 2}}))  # fmt: skip
    fig.add_trace(style.legend_entry(key[1], first, marker={"symbol": RESULT_SYMBOL, "size": style.MARK_SIZE,
                                                           "color": style.KEY_GREY}))  # fmt: skip
    values = [r[f"{side}value_base"] for r, _ in shown for side in ("target_", "result_")]
    low, high = min(values, default=0.0), max(values, default=1.0)
    pad = max((high - low) * 0.6, 2.0)
    title = i18n.t("ledger_chart_title", lang).format(place=report.words(lang)["place"], year=year, next=year + 1)
    subtitle = i18n.t("ledger_chart_subtitle", lang)
    source = style.sources_line(lang, list(sources))
    x_title = i18n.t("ledger_chart_axis", lang)
    if compact:
        fig.update_xaxes(range=[min(low - 1, 0), high * 1.15 + 1], ticksuffix="%", nticks=5)
        return phone.layout(fig, title, lang, x_title=x_title, subtitle=subtitle, legend_rows=1, report=None,
                            source=source)  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    fig.update_xaxes(range=[min(low - pad, 0), high + pad], ticksuffix="%")
    fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"})
    height = 190 + (22 + 16 * wrap.line_count(labels)) * max(len(labels), 2)
    return style.layout(fig, title, lang, height=height, x_title=x_title, subtitle=subtitle, legend=True,
                        report=None, source=source)  # fmt: skip
